#include "bench/gen/numbers.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace sitrep::gen {
namespace {

constexpr const char* kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                                 "five",    "six",     "seven",     "eight",    "nine",
                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr const char* kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                 "fifty", "sixty", "seventy", "eighty", "ninety"};

// Words for 1..999, appended to out.
void BelowThousand(int value, std::string& out) {
  if (value >= 100) {
    out += kOnes[value / 100];
    out += " hundred";
    value %= 100;
    if (value == 0) return;
    out += ' ';
  }
  if (value < 20) {
    out += kOnes[value];
    return;
  }
  out += kTens[value / 10];
  if (value % 10 != 0) {
    out += '-';
    out += kOnes[value % 10];
  }
}

}  // namespace

std::string WithCommas(int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  if (value < 0) out += '-';
  const size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (size_t i = lead; i < digits.size(); i += 3) {
    out += ',';
    out.append(digits, i, 3);
  }
  return out;
}

std::string IntegerWords(int64_t value) {
  if (value == 0) return "zero";
  static constexpr struct {
    int64_t size;
    const char* name;
  } kGroups[] = {{1000000000000LL, "trillion"},
                 {1000000000LL, "billion"},
                 {1000000LL, "million"},
                 {1000LL, "thousand"}};
  std::string out;
  for (const auto& group : kGroups) {
    if (value >= group.size) {
      if (!out.empty()) out += ' ';
      BelowThousand(static_cast<int>(value / group.size), out);
      out += ' ';
      out += group.name;
      value %= group.size;
    }
  }
  if (value > 0) {
    if (!out.empty()) out += ' ';
    BelowThousand(static_cast<int>(value), out);
  }
  return out;
}

std::string ScaledDecimal(double value, double scale, int decimals) {
  std::string text = fmt::format("{:.{}f}", value / scale, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

bool IsWordFriendly(int64_t value) {
  if (value <= 0) return false;
  if (value <= 20) return true;
  // Two significant digits at most: "fourteen thousand", "two hundred fifty".
  int64_t v = value;
  while (v >= 100) {
    if (v % 10 != 0) return false;
    v /= 10;
  }
  return v % 10 == 0 || v < 20 || value >= 1000;
}

}  // namespace sitrep::gen
