// Units and currencies that follow or precede a number. Internal to src/extract.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/number_tokens.h"

namespace sitrep::extract::internal {

enum class UnitKind : unsigned char {
  kNone,
  kCurrency,
  kPercent,
  kLength,
  kArea,
  kVolume,
  kMass,
  kSpeed,
  kTemperature,
  kEnergy,
  kPower,
  kData,
  kFrequency,
  kTime,  // seconds .. centuries: a duration or an age, which the time module reads
  kAge,   // "yo", "years old" markers
};

struct UnitInfo {
  std::string_view code;  // "USD", "km", "percent", ...; for kTime the unit name
  UnitKind kind = UnitKind::kNone;
  double scale = 1;  // value multiplier into `code` ("cents" -> USD 0.01)
  // A name shared with a common word or another unit: taken only after digits, or
  // resolved by context ("pounds": sterling or weight; "in": inch or preposition).
  bool ambiguous = false;
};

struct UnitHit {
  UnitInfo info;
  size_t tok_end = 0;  // one past the last token of the unit phrase
};

// The longest unit phrase starting at token k ("km", "square kilometres", "km/h",
// "degrees Celsius", "US dollars", "€"). Tokens after the first must follow on the same
// line; digits inside a unit ("km2") must be glued to it.
bool UnitAt(std::string_view text, const std::vector<Tok>& toks, size_t k, UnitHit* hit);

// A currency written before a number ending just before token k: "$", "US$", "C $",
// "£", "€", "Rs.", "USD". Sets *tok_begin to its first token.
bool CurrencyBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    std::string_view* code, size_t* tok_begin);

}  // namespace sitrep::extract::internal
