#include "bench/gen/figures.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bench/gen/lexicon.h"
#include "bench/gen/numbers.h"
#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

struct QualifierForms {
  std::string_view id;
  std::string_view canonical;
  std::vector<std::string_view> surfaces;
};

const std::vector<QualifierForms>& Qualifiers() {
  static const std::vector<QualifierForms> table = {
      {"more than", "more than", {"more than", "over"}},
      {"just over", "more than", {"just over", "slightly more than"}},
      {"about", "about", {"about", "around", "roughly", "approximately"}},
      {"some", "about", {"some"}},
      {"an estimated", "about", {"an estimated"}},
      {"at least", "at least", {"at least"}},
      {"nearly", "nearly", {"nearly", "almost"}},
      {"up to", "up to", {"up to", "as many as"}},
      {"as much as", "up to", {"as much as"}},
      {"less than", "less than", {"less than"}},
  };
  return table;
}

const QualifierForms& FindQualifier(const std::string& id) {
  for (const QualifierForms& q : Qualifiers()) {
    if (q.id == id) return q;
  }
  throw std::invalid_argument("unknown qualifier: " + id);
}

// Two significant digits, for conversions ("$1.4 billion", "150 miles").
double TwoSignificant(double v) {
  if (v < 100) return std::round(v);
  const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 1);
  return std::round(v / magnitude) * magnitude;
}

std::string Decimal(double v) {
  return v == std::floor(v) ? WithCommas(static_cast<int64_t>(v)) : ScaledDecimal(v, 1, 1);
}

// "1.2 billion", "350 million", "48,000"; with `short_scale`, "1.2bn" and "350m".
std::string Amount(double v, bool short_scale) {
  if (v >= 1e12) return ScaledDecimal(v, 1e12, 2) + (short_scale ? "tn" : " trillion");
  if (v >= 1e9) return ScaledDecimal(v, 1e9, 2) + (short_scale ? "bn" : " billion");
  if (v >= 1e6) return ScaledDecimal(v, 1e6, 2) + (short_scale ? "m" : " million");
  return WithCommas(static_cast<int64_t>(std::llround(v)));
}

std::string Count(Rng& rng, double value) {
  const int64_t v = std::llround(value);
  if (value != std::floor(value)) return Decimal(value);
  if (v < 10 && rng.Chance(0.75)) return IntegerWords(v);
  if (v >= 1000000) return rng.Chance(0.8) ? Amount(value, false) : WithCommas(v);
  if (v >= 1000 && IsWordFriendly(v) && rng.Chance(0.12)) return IntegerWords(v);
  return WithCommas(v);
}

std::string CurrencyUnitName(const std::string& code) {
  for (const Country& c : Countries()) {
    if (c.currency == code && !c.currency_unit.empty()) return c.currency_unit;
  }
  return code;
}

std::string Money(Rng& rng, double v, const std::string& code, const Source& source) {
  const bool short_scale = source.british && v >= 1e6 && rng.Chance(0.5);
  const std::string a = Amount(v, short_scale);
  if (code == "EUR") {
    const double r = rng.Unit();
    if (r < 0.45 && !short_scale) return a + " euros";
    if (r < 0.9 || short_scale) return "€" + a;
    return "EUR " + a;
  }
  if (code == "USD") {
    const double r = rng.Unit();
    if (r < 0.7 || short_scale) return "$" + a;
    if (r < 0.85) return a + " dollars";
    return "US$" + a;
  }
  if (code == "GBP") return rng.Chance(0.7) || short_scale ? "£" + a : a + " pounds";
  if (short_scale) return code + " " + a;
  return rng.Chance(0.75) ? a + " " + CurrencyUnitName(code) : code + " " + a;
}

}  // namespace

std::string CanonicalQualifier(const std::string& id) {
  if (id.empty()) return "";
  return std::string(FindQualifier(id).canonical);
}

std::vector<std::string> QualifiersFacing(const std::vector<std::string>& ids, int direction) {
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    const std::string canonical = CanonicalQualifier(id);
    const int facing = canonical == "more than" || canonical == "at least" ? 1
                       : canonical == "nearly" || canonical == "up to" || canonical == "less than"
                           ? -1
                           : 0;
    if (facing == 0 || facing == direction) out.push_back(id);
  }
  if (out.empty()) out.push_back("");
  return out;
}

double UsdPerUnit(const std::string& code) {
  static const std::vector<std::pair<std::string_view, double>> rates = {
      {"USD", 1},        {"EUR", 1.08},      {"GBP", 1.27},     {"UAH", 0.026},
      {"RUB", 0.011},    {"BYN", 0.31},      {"PLN", 0.25},     {"RON", 0.22},
      {"MDL", 0.056},    {"CZK", 0.044},     {"GEL", 0.37},     {"AMD", 0.0025},
      {"AZN", 0.59},     {"TRY", 0.031},     {"SEK", 0.095},    {"NOK", 0.094},
      {"RSD", 0.0092},   {"BAM", 0.55},      {"BGN", 0.55},     {"INR", 0.012},
      {"PKR", 0.0036},   {"BDT", 0.0091},    {"NPR", 0.0075},   {"LKR", 0.0033},
      {"MMK", 0.00048},  {"CNY", 0.14},      {"JPY", 0.0067},   {"KRW", 0.00075},
      {"PHP", 0.018},    {"IDR", 0.000064},  {"VND", 0.000041}, {"THB", 0.028},
      {"MYR", 0.21},     {"KZT", 0.0022},    {"KGS", 0.011},    {"TJS", 0.091},
      {"IRR", 0.000024}, {"IQD", 0.00076},   {"SYP", 0.000077}, {"LBP", 0.000011},
      {"JOD", 1.41},     {"YER", 0.004},     {"EGP", 0.021},    {"LYD", 0.21},
      {"TND", 0.32},     {"MAD", 0.1},       {"DZD", 0.0074},   {"SDG", 0.0017},
      {"SSP", 0.00077},  {"ETB", 0.0176},    {"SOS", 0.00175},  {"KES", 0.0066},
      {"UGX", 0.00026},  {"TZS", 0.0004},    {"CDF", 0.00036},  {"NGN", 0.00066},
      {"GHS", 0.067},    {"XOF", 0.00165},   {"MZN", 0.0157},   {"ZAR", 0.054},
      {"ZWL", 0.0031},   {"CAD", 0.74},      {"MXN", 0.058},    {"GTQ", 0.128},
      {"HNL", 0.04},     {"COP", 0.00025},   {"VES", 0.027},    {"PEN", 0.27},
      {"BOB", 0.145},    {"BRL", 0.2},       {"ARS", 0.0011},   {"CLP", 0.00105},
      {"HTG", 0.0075},   {"GYD", 0.0048},    {"AUD", 0.66},     {"NZD", 0.61}};
  for (const auto& [c, rate] : rates) {
    if (c == code) return rate;
  }
  return 1.0;
}

FigureSurface WriteFigure(Rng& rng, const FigureSpec& spec, double value,
                          const std::string& currency, const std::string& qualifier,
                          const Source& source) {
  FigureSurface f;
  f.value = value;
  std::string number;
  switch (spec.unit) {
    case Unit::kCount:
      number = Count(rng, value);
      break;
    case Unit::kMoney: {
      f.unit = currency;
      number = Money(rng, value, currency, source);
      if (currency != "USD" && rng.Chance(0.4)) {
        f.converted_value = TwoSignificant(value * UsdPerUnit(currency));
        f.converted_unit = "USD";
        number += " ($" + Amount(f.converted_value, false) + ")";
      }
      break;
    }
    case Unit::kPercent: {
      f.unit = "percent";
      const double r = rng.Unit();
      if (r < 0.3) {
        number = Decimal(value) + "%";
      } else {
        number = Decimal(value) + (source.british ? " per cent" : " percent");
      }
      break;
    }
    case Unit::kDistance: {
      f.unit = "km";
      const double r = rng.Unit();
      if (r < 0.3) {
        number = Decimal(value) + (rng.Chance(0.5) ? " km" : "km");
      } else {
        number = Decimal(value) + (source.british ? " kilometres" : " kilometers");
      }
      if (rng.Chance(0.45)) {
        f.converted_value = TwoSignificant(value * 0.621371);
        f.converted_unit = "mi";
        number += fmt::format(" ({} miles)", Decimal(f.converted_value));
      }
      break;
    }
    case Unit::kArea:
      f.unit = "hectares";
      number = Decimal(value) + " hectares";
      if (rng.Chance(0.35)) {
        f.converted_value = TwoSignificant(value * 2.47105);
        f.converted_unit = "acres";
        number += fmt::format(" ({} acres)", Decimal(f.converted_value));
      }
      break;
    case Unit::kVolume:
      f.unit = "cubic_meters";
      number = Amount(value, false) + (source.british ? " cubic metres" : " cubic meters");
      break;
    case Unit::kYears: {
      f.unit = "years";
      const int64_t years = std::llround(value);
      number = (years < 10 && rng.Chance(0.6) ? IntegerWords(years) : std::to_string(years)) +
               (years == 1 ? " year" : " years");
      break;
    }
    case Unit::kMagnitude:
      f.unit = "magnitude";
      number = ScaledDecimal(value, 1, 1);
      if (number.find('.') == std::string::npos) number += ".0";
      break;
    case Unit::kRainfall: {
      f.unit = "mm";
      number = Decimal(value) + (rng.Chance(0.3) ? " mm" : (source.british ? " millimetres"
                                                                         : " millimeters"));
      if (rng.Chance(0.35)) {
        f.converted_value = std::round(value / 25.4);
        f.converted_unit = "in";
        number += fmt::format(" ({} inches)", Decimal(f.converted_value));
      }
      break;
    }
    case Unit::kTonnes:
      f.unit = "tonnes";
      number = Decimal(value) + " tonnes";
      break;
  }
  if (!qualifier.empty()) {
    const QualifierForms& q = FindQualifier(qualifier);
    f.qualifier = std::string(q.canonical);
    std::string_view word = q.surfaces[rng.Below(q.surfaces.size())];
    // "As many as" reads wrong before a sum of money or a share.
    if (word == "as many as" && spec.unit != Unit::kCount) word = "up to";
    if (word == "less than" && spec.unit == Unit::kCount) word = "fewer than";
    f.text = std::string(word) + " " + number;
  } else {
    f.text = std::move(number);
  }
  return f;
}

}  // namespace sitrep::gen
