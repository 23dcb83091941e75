// numbers: numbers written in digits, words or both, as they occur in English news prose.
//
// FindNumbers is the shared lexical layer under figures (counts, money, distances) and
// time expressions (days of the month, years, clock times). It reports every number it
// sees, including years and ordinals; deciding what a number *means* is left to callers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sitrep::extract {

struct NumberMatch {
  size_t begin = 0;  // byte offsets into the text; end is one past the last byte
  size_t end = 0;
  double value = 0;
  bool ordinal = false;     // "third", "3rd", "twenty-first"
  bool is_percent = false;  // "50%", "50 percent", "fifty per cent" (value is 50, not 0.5)
  // How the number was written; callers use it to tell "2014" (a likely year) from
  // "2,014" or "two thousand fourteen".
  bool has_digits = false;      // at least one ASCII digit in the span
  bool has_words = false;       // at least one number word ("two", "million", "dozen")
  bool has_separators = false;  // thousands separators ("8,500", "8 500")
  bool has_fraction = false;    // a decimal point or a fraction ("1.2", "3/4", "one half")
  bool negative = false;        // a leading minus sign ("-5", "minus five")
  int digit_count = 0;          // digits before any decimal point, separators excluded
  // A vague magnitude: "hundreds", "tens of thousands", "dozens", "a couple of
  // thousand". value is the lower bound the words name (100, 10000, 12, 2000).
  bool approximate = false;
  // Letters follow the number with no space and are not part of it: "29km", "5pm",
  // "1960s". The number is reported; what the letters mean is the caller's business.
  bool unit_glued = false;
};

// Numbers in digits, words or both: "8,500", "1.2", "one hundred thousand",
// "2.5 million", "1.2bn", "twenty-four", "a dozen", "third"/"3rd" (ordinal),
// "50%"/"50 percent". Matches are sorted by begin and do not overlap. Runs in time
// linear in text.size().
std::vector<NumberMatch> FindNumbers(std::string_view text);

// Parses a whole string as one number ("twenty-four" -> 24, "1.2bn" -> 1.2e9,
// "3rd" -> 3). Leading and trailing spaces are ignored. Returns false, leaving *value
// untouched, if the string is not exactly one number.
bool ParseNumber(std::string_view text, double* value);

}  // namespace sitrep::extract
