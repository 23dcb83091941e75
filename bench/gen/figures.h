// Writing a quantity the many ways reports do: "more than 100,000", "more than one
// hundred thousand", "an estimated 2.5 million", "1.2 billion euros ($1.3 billion)",
// "240 kilometres (150 miles)", "14 per cent".
#pragma once

#include <string>
#include <vector>

#include "bench/gen/kinds.h"
#include "bench/gen/sources.h"

namespace sitrep::gen {

class Rng;

struct FigureSurface {
  std::string text;       // exactly as it appears in the article
  std::string qualifier;  // canonical: "more than", "about", "at least", "nearly",
                          // "up to", "less than"; empty when the figure is exact
  double value = 0;       // the number stated, in `unit`
  std::string unit;       // ground-truth unit code: "" for counts, "EUR", "km", "percent"
  double converted_value = 0;  // a conversion given alongside ("($1.4 billion)"), if any
  std::string converted_unit;
};

// Writes `value` of the quantity described by `spec` in `source`'s house style.
// `currency` is the ISO code for money. `qualifier` is one of spec.qualifiers (a
// qualifier id such as "more than", "some", "an estimated", or "" for none).
FigureSurface WriteFigure(Rng& rng, const FigureSpec& spec, double value,
                          const std::string& currency, const std::string& qualifier,
                          const Source& source);

// The canonical qualifier for a qualifier id ("some" -> "about", "over" -> "more than").
// Throws std::invalid_argument for an unknown id.
std::string CanonicalQualifier(const std::string& id);

// The qualifiers of `ids` that agree with a direction: +1 keeps those that put the
// true value at or below the stated number ("more than", "at least"), -1 those that
// put it at or above ("nearly", "up to"); neutral ones ("about", none) stay in both.
// Reports of one quantity that mixed "more than 3,700" and "nearly 3,700" would
// contradict each other, so a claim group sticks to one direction.
std::vector<std::string> QualifiersFacing(const std::vector<std::string>& ids, int direction);

// Approximate US dollars per unit of a currency, for the conversions reports print in
// brackets. 1.0 for unknown codes.
double UsdPerUnit(const std::string& code);

}  // namespace sitrep::gen
