// Numbers as newsrooms write them: "100,000", "one hundred thousand", "2.5 million".
#pragma once

#include <cstdint>
#include <string>

namespace sitrep::gen {

// 8500 -> "8,500"; negative values keep their sign.
std::string WithCommas(int64_t value);

// 14000 -> "fourteen thousand", 8500 -> "eight thousand five hundred",
// 25 -> "twenty-five". Defined for 0 <= value < 10^15.
std::string IntegerWords(int64_t value);

// Writes value / scale with at most `decimals` digits after the point and no trailing
// zeros: (2500000, 1000000, 2) -> "2.5", (14000000, 1000000, 2) -> "14".
std::string ScaledDecimal(double value, double scale, int decimals);

// Whether value is a whole multiple of 10^k large enough to read well in words (the
// kind of figure a wire story spells out: "one hundred thousand", not "8,537").
bool IsWordFriendly(int64_t value);

}  // namespace sitrep::gen
