// English number words. Internal to src/extract.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::extract::internal {

enum class NumWord : unsigned char {
  kNone,
  kUnit,           // zero .. nine (and "nought")
  kTeen,           // ten .. nineteen
  kTens,           // twenty .. ninety
  kHundred,        // hundred
  kBig,            // thousand, million, billion, trillion, lakh, crore
  kOrdinal,        // first .. ninth, tenth .., twentieth .., hundredth, thousandth, ...
  kOrdinalPlural,  // thirds, fourths, fifths, ..., hundredths: fraction denominators
  kDozen,          // dozen
  kPluralBig,      // hundreds, thousands, millions, billions, dozens, scores: vague
  kTensVague,      // tens (as in "tens of thousands")
  kHalf,           // half
  kQuarter,        // quarter, quarters
  kPoint,          // point (decimal)
  kMinus,          // minus, negative
  kArticle,        // a, an
  kCouple,         // couple
};

struct NumWordInfo {
  NumWord kind = NumWord::kNone;
  double value = 0;  // the number; for ordinals the ordinal; for kPluralBig the magnitude
  // For ordinals: the cardinal class they compound like (kUnit for "fifth", kTens for
  // "twentieth", kHundred for "hundredth", kBig for "thousandth").
  NumWord ordinal_class = NumWord::kNone;
};

// Looks up a lower-case ASCII word; kind is kNone when it is not a number word.
NumWordInfo LookupNumberWord(std::string_view lower);

// False when `word`, in any case, cannot be a number word: a check on its first two
// letters and length that rules out nearly all other words before they are lower-cased
// and looked up.
bool MayBeNumberWord(std::string_view word);

// MayBeNumberWord's test, for loops over every word of a text: take NumberWords() once
// and call MayBe inline. Out of line, the call and the guard of the filter's static
// cost more than the test itself.
//
// A bitmap of (first letter, second letter, length) triples that occur among number
// words. On the first letter alone "the", "that" and "said" went on to a lookup, two
// words in five of those tried; with the second letter, what goes on is mostly a number
// word or "a".
class NumberWordFilter {
 public:
  explicit NumberWordFilter(const std::vector<std::string_view>& words);

  bool MayBe(std::string_view word) const {
    if (word.empty() || word.size() >= 32) return false;
    const uint8_t first = kLetter[static_cast<unsigned char>(word[0])];
    return first != kNoLetter && ((lengths_[first][Second(word)] >> word.size()) & 1u);
  }

 private:
  static constexpr uint8_t kNoLetter = 26;
  // 0..25 for an ASCII letter in either case, else kNoLetter.
  static constexpr std::array<uint8_t, 256> kLetter = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
      t[c] = c >= 'a' && c <= 'z'   ? static_cast<uint8_t>(c - 'a')
             : c >= 'A' && c <= 'Z' ? static_cast<uint8_t>(c - 'A')
                                    : kNoLetter;
    }
    return t;
  }();
  // The second letter's index; kNoLetter for a one-letter word or a second byte that
  // is no letter.
  static uint8_t Second(std::string_view w) {
    return w.size() < 2 ? kNoLetter : kLetter[static_cast<unsigned char>(w[1])];
  }

  // Bit L of lengths_[first][second] is set when some number word of length L opens
  // with those letters.
  uint32_t lengths_[26][27] = {};
};

const NumberWordFilter& NumberWords();

}  // namespace sitrep::extract::internal
