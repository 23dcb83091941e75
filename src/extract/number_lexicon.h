// English number words. Internal to src/extract.
#pragma once

#include <string_view>

#include "extract/word_filter.h"

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
// and call MayContain inline. Out of line, the call and the guard of the filter's
// static cost more than the test itself.
const WordFilter& NumberWords();

}  // namespace sitrep::extract::internal
