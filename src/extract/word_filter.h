// A quick test that rules most words out of a small word list before any hashing.
// Internal to the extract module.
//
// The extractors look every word of a text up in lists of a few hundred words (number
// words, speech verbs, time words) that nearly all words of running text are not in. A
// lookup hashes the word and probes a table, some hundred instructions; this filter
// answers "not in the list" for most words with two loads and a bit test, inline.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::extract::internal {

// A bitmap of the (first letter, second letter, length) triples that occur in a word
// list, letters in either case. On the first letter and the length alone, "the", "that"
// and "said" got through to the number words' lookup, two words in five; with the
// second letter, what gets through is mostly in the list.
class WordFilter {
 public:
  WordFilter() = default;

  // From the words of the list (keys of a map: a range of pairs), in any case.
  template <typename Map>
  static WordFilter FromKeys(const Map& words) {
    WordFilter f;
    for (const auto& entry : words) f.Add(entry.first);
    return f;
  }

  void Add(std::string_view w) {
    if (w.empty() || w.size() >= 32 || Letter(w[0]) == kNoLetter) return;
    lengths_[Letter(w[0])][Second(w)] |= 1u << w.size();
  }

  // False when `word` (in any case) is not in the list; true when it may be.
  bool MayContain(std::string_view word) const {
    if (word.empty() || word.size() >= 32) return false;
    const uint8_t first = Letter(word[0]);
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
  static uint8_t Letter(char c) { return kLetter[static_cast<unsigned char>(c)]; }
  // kNoLetter for a one-letter word or a second byte that is no letter.
  static uint8_t Second(std::string_view w) {
    return w.size() < 2 ? kNoLetter : Letter(w[1]);
  }

  // Bit L of lengths_[first][second] is set when some word of length L in the list
  // opens with those letters.
  uint32_t lengths_[26][27] = {};
};

}  // namespace sitrep::extract::internal
