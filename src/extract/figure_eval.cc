// EvaluateNumberSpecs: runs FindNumbers and FindFigures over the public test tables in
// devdata/ and scores them as documented in sitrep/figures.h.

#include <utf8proc.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/figures.h"
#include "sitrep/numbers.h"

namespace sitrep::extract {
namespace {

using nlohmann::json;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Table {
  kNumber,       // FindNumbers, cardinals
  kOrdinal,      // FindNumbers, ordinals
  kPercent,      // FindNumbers, percentages
  kRange,        // FindFigures, bounds and ranges as intervals
  kCurrency,     // FindFigures, money
  kDimension,    // FindFigures, physical units
  kTemperature,  // FindFigures, temperatures
  kAge,          // FindFigures, negative test
  kQuantulum,    // FindFigures, every figure
};

struct Item {
  size_t begin = 0, end = 0;  // bytes; [begin, end)
  double value = 0;
  double high = kNaN;  // intervals: upper bound, NaN when open-ended
  std::string unit;    // unit code, or the interval's bracket pattern
  std::string text;    // for failure lines
};

// Byte offset of each UTF-16 code unit index (the tables' Start/End are .NET string
// indices), plus one past the end.
std::vector<size_t> Utf16ToBytes(std::string_view s) {
  std::vector<size_t> map;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) len = 1;
    map.push_back(i);
    if (cp >= 0x10000) map.push_back(i);
    i += static_cast<size_t>(len);
  }
  map.push_back(s.size());
  return map;
}

bool ParseDouble(const std::string& s, double* v) {
  if (s.empty()) return false;
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end != s.c_str();
}

// "(20,35]", "[30,)", "(,100]" -> lo, hi and a bracket pattern for one-sided intervals.
bool ParseInterval(const std::string& s, Item* it) {
  if (s.size() < 3) return false;
  size_t comma = s.find(',');
  if (comma == std::string::npos) return false;
  std::string lo = s.substr(1, comma - 1), hi = s.substr(comma + 1, s.size() - comma - 2);
  it->value = kNaN;
  it->high = kNaN;
  if (!lo.empty() && !ParseDouble(lo, &it->value)) return false;
  if (!hi.empty() && !ParseDouble(hi, &it->high)) return false;
  if (lo.empty() || hi.empty() || it->value == it->high) {
    it->unit = std::string(1, s.front()) + s.back();
  }
  return true;
}

// The interval a figure states, or false when it states a point.
bool FigureInterval(const Figure& f, Item* it) {
  it->value = kNaN;
  it->high = kNaN;
  if (f.value_high != f.value) {
    it->value = f.value;
    it->high = f.value_high;
    return true;
  }
  const std::string& q = f.qualifier;
  if (q == "more than") {
    it->value = f.value;
    it->unit = "()";
  } else if (q == "at least") {
    it->value = f.value;
    it->unit = "[)";
  } else if (q == "less than") {
    it->high = f.value;
    it->unit = "()";
  } else if (q == "at most" || q == "up to") {
    it->high = f.value;
    it->unit = "(]";
  } else if (q == "exactly") {
    it->value = it->high = f.value;
    it->unit = "[]";
  } else {
    return false;
  }
  return true;
}

// Table unit names -> the codes FindFigures writes, with a factor for minor currency.
struct UnitMap {
  const char* name;
  const char* code;
  double scale;
};
constexpr UnitMap kUnitMap[] = {
    // Recognizers-Text currency names.
    {"Dollar", "USD", 1},
    {"United States dollar", "USD", 1},
    {"Canadian dollar", "CAD", 1},
    {"Australian dollar", "AUD", 1},
    {"Hong Kong dollar", "HKD", 1},
    {"New Zealand dollar", "NZD", 1},
    {"Singapore dollar", "SGD", 1},
    {"Euro", "EUR", 1},
    {"British pound", "GBP", 1},
    {"Japanese yen", "JPY", 1},
    {"Chinese yuan", "CNY", 1},
    {"Rupee", "INR", 1},
    {"Indian rupee", "INR", 1},
    {"Sri Lankan rupee", "LKR", 1},
    {"Swiss franc", "CHF", 1},
    {"Franc", "franc", 1},
    {"Finnish markka", "FIM", 1},
    {"Peseta", "ESP", 1},
    {"Netherlands guilder", "NLG", 1},
    {"Turkish lira", "TRY", 1},
    {"Bitcoin", "BTC", 1},
    {"Mexican peso", "MXN", 1},
    {"Costa Rican colón", "CRC", 1},
    {"Georgian lari", "GEL", 1},
    {"Lao kip", "LAK", 1},
    {"Cent", "USD", 0.01},
    {"Pence", "GBP", 0.01},
    {"Penny", "GBP", 0.01},
    // Recognizers-Text dimension and temperature names.
    {"Mile", "mi", 1},
    {"Kilometer", "km", 1},
    {"Meter", "m", 1},
    {"Centimeter", "cm", 1},
    {"Millimeter", "mm", 1},
    {"Decimeter", "dm", 1},
    {"Foot", "ft", 1},
    {"Inch", "in", 1},
    {"Yard", "yd", 1},
    {"Picometer", "pm", 1},
    {"Nanometer", "nm", 1},
    {"Square meter", "m2", 1},
    {"Square kilometer", "km2", 1},
    {"Square mile", "mi2", 1},
    {"Square foot", "ft2", 1},
    {"Hectare", "ha", 1},
    {"Acre", "acre", 1},
    {"Gallon", "gal", 1},
    {"Liter", "l", 1},
    {"Cubic foot", "ft3", 1},
    {"Cubic meter", "m3", 1},
    {"Barrel", "bbl", 1},
    {"Ton", "t", 1},
    {"Metric ton", "t", 1},
    {"Kilogram", "kg", 1},
    {"Gram", "g", 1},
    {"Milligram", "mg", 1},
    {"Microgram", "ug", 1},
    {"Ounce", "oz", 1},
    {"Mile per hour", "mph", 1},
    {"Kilometer per hour", "km/h", 1},
    {"Meter per second", "m/s", 1},
    {"Knot", "kn", 1},
    {"Bit", "bit", 1},
    {"Byte", "B", 1},
    {"Megabit", "Mbit", 1},
    {"Megabyte", "MB", 1},
    {"Gigabyte", "GB", 1},
    {"Kilobyte", "KB", 1},
    {"Terabyte", "TB", 1},
    {"Degree", "deg", 1},
    {"Cup", "cup", 1},
    {"Tablespoon", "tbsp", 1},
    {"Teaspoon", "tsp", 1},
    {"C", "C", 1},
    {"F", "F", 1},
    {"Milliliter", "ml", 1},
    {"Centiliter", "cl", 1},
    {"Millisecond", "ms", 1},
    {"K", "K", 1},
    // quantulum3 names.
    {"metre", "m", 1},
    {"kilometre", "km", 1},
    {"centimetre", "cm", 1},
    {"millimetre", "mm", 1},
    {"nanometre", "nm", 1},
    {"picometre", "pm", 1},
    {"mile", "mi", 1},
    {"inch", "in", 1},
    {"foot", "ft", 1},
    {"yard", "yd", 1},
    {"pound sterling", "GBP", 1},
    {"dollar", "USD", 1},
    {"euro", "EUR", 1},
    {"japanese yen", "JPY", 1},
    {"yen", "JPY", 1},
    {"cent", "USD", 0.01},
    {"penny", "GBP", 0.01},
    {"dime", "USD", 0.1},
    {"percentage", "percent", 1},
    {"gallon", "gal", 1},
    {"litre", "l", 1},
    {"centilitre", "cl", 1},
    {"cubic centimetre", "ml", 1},
    {"milligram", "mg", 1},
    {"kilogram", "kg", 1},
    {"pound-mass", "lb", 1},
    {"tonne", "t", 1},
    {"gigahertz", "GHz", 1},
    {"megabyte", "MB", 1},
    {"exabyte", "EB", 1},
    {"byte", "B", 1},
    {"bit", "bit", 1},
    {"square kilometre", "km2", 1},
    {"square mile", "mi2", 1},
    {"cubic kilometre", "km3", 1},
    {"degree Celsius", "C", 1},
    {"degree Fahrenheit", "F", 1},
    {"degree fahrenheit", "F", 1},
    {"degree celsius", "C", 1},
    {"kelvin", "K", 1},
    {"watt", "W", 1},
    {"kilowatt", "kW", 1},
    {"megawatt", "MW", 1},
    {"gigabyte", "GB", 1},
    {"kilobyte", "KB", 1},
    {"kilometre per hour", "km/h", 1},
    {"watt hour", "Wh", 1},
    {"megawatt hour", "MWh", 1},
    {"gigawatt", "GW", 1},
    {"dimensionless", "", 1},
    {"cup", "cup", 1},
    {"tablespoon", "tbsp", 1},
};

void MapUnit(Table table, const std::string& name, std::string* code, double* scale) {
  if (name == "Pound") {  // the tables use one name for sterling and for weight
    *code = table == Table::kCurrency ? "GBP" : "lb";
    *scale = 1;
    return;
  }
  for (const UnitMap& u : kUnitMap) {
    if (name == u.name) {
      *code = u.code;
      *scale = u.scale;
      return;
    }
  }
  *code = "?" + name;  // a unit FindFigures does not write: can never match
  *scale = 1;
}

// Units that the time module reads (durations) are out of the figures' scope.
bool IsTimeUnitName(const std::string& name) {
  static constexpr std::string_view kNames[] = {"second",  "minute",   "hour",     "day",
                                                "week",    "month",    "year",     "decade",
                                                "century", "megayear", "gigayear", "millisecond"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

enum class UnitClass { kCount, kCurrency, kPercent, kTemperature, kDimension };

UnitClass ClassOf(const std::string& code) {
  if (code.empty()) return UnitClass::kCount;
  if (code == "percent" || code == "percentage point" || code == "bp") return UnitClass::kPercent;
  if (code == "C" || code == "F" || code == "K" || code == "deg") return UnitClass::kTemperature;
  bool iso = code.size() == 3;
  for (char c : code) iso = iso && c >= 'A' && c <= 'Z';
  static constexpr std::string_view kNamed[] = {"franc", "peso",   "dinar", "riyal",
                                                "rial",  "dirham", "krone", "shilling"};
  for (std::string_view n : kNamed) iso = iso || code == n;
  return iso ? UnitClass::kCurrency : UnitClass::kDimension;
}

bool SameValue(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::fabs(a - b) <= 1e-6 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool Overlap(const Item& a, const Item& b) {
  if (a.begin == a.end || b.begin == b.end) return true;  // position unknown
  return a.begin < b.end && b.begin < a.end;
}

std::string Describe(const Item& it) {
  std::ostringstream os;
  os << "[" << it.text << "] " << it.value;
  if (!std::isnan(it.high) && it.high != it.value) os << ".." << it.high;
  if (!it.unit.empty()) os << " " << it.unit;
  return os.str();
}

Item FigureItem(std::string_view text, const Figure& f) {
  Item it;
  it.begin = f.begin;
  it.end = f.end;
  it.value = f.value;
  it.high = f.value_high;
  it.unit = f.unit;
  it.text = std::string(text.substr(f.begin, f.end - f.begin));
  return it;
}

std::vector<Item> Predict(Table table, const std::string& input) {
  std::vector<Item> out;
  auto add_number = [&](const NumberMatch& m) {
    Item it;
    it.begin = m.begin;
    it.end = m.end;
    it.value = m.value;
    it.text = input.substr(m.begin, m.end - m.begin);
    out.push_back(it);
  };
  switch (table) {
    case Table::kNumber:
      for (const NumberMatch& m : FindNumbers(input)) {
        if (!m.ordinal && !m.unit_glued && !m.approximate) add_number(m);
      }
      break;
    case Table::kOrdinal:
      for (const NumberMatch& m : FindNumbers(input)) {
        if (m.ordinal) add_number(m);
      }
      break;
    case Table::kPercent:
      for (const NumberMatch& m : FindNumbers(input)) {
        if (m.is_percent) add_number(m);
      }
      break;
    case Table::kRange:
      for (const Figure& f : FindFigures(input)) {
        Item it = FigureItem(input, f);
        it.unit.clear();  // the tables' ranges have no units; the field holds brackets
        if (FigureInterval(f, &it)) out.push_back(it);
      }
      break;
    default: {
      for (const Figure& f : FindFigures(input)) {
        std::vector<const Figure*> all{&f};
        for (const Figure& e : f.equivalents) all.push_back(&e);
        for (const Figure* g : all) {
          UnitClass cls = ClassOf(g->unit);
          bool keep =
              table == Table::kQuantulum || table == Table::kAge ||
              (table == Table::kCurrency && cls == UnitClass::kCurrency) ||
              (table == Table::kTemperature && cls == UnitClass::kTemperature) ||
              (table == Table::kDimension && (cls == UnitClass::kDimension || g->unit == "deg"));
          if (!keep) continue;
          Item it = FigureItem(input, *g);
          if (table == Table::kQuantulum && it.high != it.value) {
            it.value = (it.value + it.high) / 2;  // the table states a range by its middle
          }
          it.high = kNaN;
          out.push_back(it);
        }
      }
    }
  }
  return out;
}

// Gold items of one Recognizers-Text case. Returns false when the case is skipped.
bool RecognizersGold(Table table, const json& c, const std::string& input, std::vector<Item>* gold,
                     int* dropped) {
  std::vector<size_t> map = Utf16ToBytes(input);
  for (const json& r : c.value("Results", json::array())) {
    std::string type = r.value("TypeName", "");
    if (type == "ordinal.relative") {
      ++*dropped;
      continue;
    }
    const json& res = r.contains("Resolution") ? r["Resolution"] : json::object();
    Item it;
    it.text = r.value("Text", "");
    size_t start = r.value("Start", 0), end = r.value("End", 0) + 1;
    if (start < map.size() && end < map.size()) {
      it.begin = map[start];
      it.end = map[end];
    }
    std::string v =
        res.contains("value") && res["value"].is_string() ? res["value"].get<std::string>() : "";
    if (table == Table::kRange) {
      if (!ParseInterval(v, &it)) {
        ++*dropped;
        continue;
      }
      gold->push_back(it);
      continue;
    }
    if (!v.empty() && v.back() == '%') v.pop_back();
    if (!ParseDouble(v, &it.value)) {
      ++*dropped;  // a unit named without a value
      continue;
    }
    if (table == Table::kCurrency || table == Table::kDimension || table == Table::kTemperature) {
      double scale;
      MapUnit(table, res.value("unit", ""), &it.unit, &scale);
      it.value *= scale;
    }
    gold->push_back(it);
  }
  return true;
}

bool QuantulumGold(const json& c, const std::string& input, std::vector<Item>* gold, int* dropped) {
  size_t from = 0;
  for (const json& r : c.value("res", json::array())) {
    Item it;
    it.text = r.value("surface", "");
    size_t at = input.find(it.text, from);
    if (at == std::string::npos) at = input.find(it.text);
    if (at != std::string::npos && !it.text.empty()) {
      it.begin = at;
      it.end = at + it.text.size();
      from = it.end;
    }
    if (!r.contains("value") || !r["value"].is_number()) {
      ++*dropped;
      continue;
    }
    it.value = r["value"].get<double>();
    std::string unit = r.value("unit", "");
    if (IsTimeUnitName(unit)) {
      ++*dropped;  // a duration: the time module's
      continue;
    }
    // A bare four-digit number from 1000 to 2100 is a year, which is no figure.
    bool year = unit == "dimensionless" && it.text.size() == 4 && it.value >= 1000 &&
                it.value <= 2100 && it.value == std::floor(it.value);
    if (year) {
      ++*dropped;
      continue;
    }
    double scale;
    MapUnit(Table::kQuantulum, unit, &it.unit, &scale);
    it.value *= scale;
    gold->push_back(it);
  }
  return true;
}

void Score(const std::vector<Item>& gold, const std::vector<Item>& pred, bool units, bool intervals,
           int* matched, std::vector<std::string>* missing, std::vector<std::string>* extra) {
  std::vector<bool> used(pred.size(), false);
  for (const Item& g : gold) {
    bool found = false;
    for (size_t p = 0; p < pred.size() && !found; ++p) {
      if (used[p] || !Overlap(g, pred[p])) continue;
      bool ok = SameValue(g.value, pred[p].value);
      if (intervals) ok = ok && SameValue(g.high, pred[p].high) && g.unit == pred[p].unit;
      if (units) ok = ok && g.unit == pred[p].unit;
      if (ok) {
        used[p] = true;
        found = true;
      }
    }
    if (found) {
      ++*matched;
    } else {
      missing->push_back(Describe(g));
    }
  }
  for (size_t p = 0; p < pred.size(); ++p) {
    if (!used[p]) extra->push_back(Describe(pred[p]));
  }
}

EvalResult RunTable(const std::string& dir, const std::string& file, Table table) {
  EvalResult r;
  r.file = file;
  std::ifstream in(dir + "/" + file, std::ios::binary);
  if (!in) {
    r.failures.push_back("cannot open " + dir + "/" + file);
    return r;
  }
  json cases = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!cases.is_array()) {
    r.failures.push_back("not a JSON array: " + file);
    return r;
  }
  for (const json& c : cases) {
    std::string input;
    std::vector<Item> gold;
    int dropped = 0;
    bool quantulum = table == Table::kQuantulum;
    if (quantulum) {
      input = c.value("req", "");
      QuantulumGold(c, input, &gold, &dropped);
    } else {
      std::string ns = c.value("NotSupported", "");
      if (ns.find("dotnet") != std::string::npos) {
        ++r.skipped;
        continue;
      }
      input = c.value("Input", "");
      RecognizersGold(table, c, input, &gold, &dropped);
    }
    std::vector<Item> pred = Predict(table, input);
    ++r.cases;
    if (table == Table::kAge) {
      // Ages are not figures: fail when a figure overlaps a gold age.
      bool clean = true;
      for (const Item& g : gold) {
        for (const Item& p : pred) clean = clean && !Overlap(g, p);
      }
      r.gold_items += static_cast<int>(gold.size());
      if (clean) {
        ++r.passed;
        r.matched_items += static_cast<int>(gold.size());
      } else {
        r.failures.push_back(input + " :: a figure overlaps an age");
      }
      continue;
    }
    bool units = table == Table::kCurrency || table == Table::kDimension ||
                 table == Table::kTemperature || quantulum;
    int matched = 0;
    std::vector<std::string> missing, extra;
    Score(gold, pred, units, table == Table::kRange, &matched, &missing, &extra);
    r.gold_items += static_cast<int>(gold.size());
    r.predicted_items += static_cast<int>(pred.size());
    r.matched_items += matched;
    if (missing.empty() && extra.empty()) {
      ++r.passed;
    } else {
      std::string line = input.substr(0, 160) + " ::";
      for (const auto& s : missing) line += " missing " + s + ";";
      for (const auto& s : extra) line += " extra " + s + ";";
      r.failures.push_back(line);
    }
  }
  if (table == Table::kAge) {
    r.precision = r.recall = r.f1 = r.cases ? static_cast<double>(r.passed) / r.cases : 0;
    return r;
  }
  r.precision = r.predicted_items ? static_cast<double>(r.matched_items) / r.predicted_items : 1;
  r.recall = r.gold_items ? static_cast<double>(r.matched_items) / r.gold_items : 1;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

}  // namespace

std::vector<EvalResult> EvaluateNumberSpecs(const std::string& devdata_dir) {
  const std::string rt = "recognizers_text_specs_en/";
  const std::pair<std::string, Table> kTables[] = {
      {rt + "Number/English/NumberModel.json", Table::kNumber},
      {rt + "Number/English/OrdinalModel.json", Table::kOrdinal},
      {rt + "Number/English/OrdinalModelSuppressExtendedTypes.json", Table::kOrdinal},
      {rt + "Number/English/PercentModel.json", Table::kPercent},
      {rt + "Number/English/NumberRangeModel.json", Table::kRange},
      {rt + "Number/English/NumberRangeModelExperimentalMode.json", Table::kRange},
      {rt + "NumberWithUnit/English/CurrencyModel.json", Table::kCurrency},
      {rt + "NumberWithUnit/English/DimensionModel.json", Table::kDimension},
      {rt + "NumberWithUnit/English/TemperatureModel.json", Table::kTemperature},
      {rt + "NumberWithUnit/English/AgeModel.json", Table::kAge},
      {"quantulum3_tests_en/quantities.json", Table::kQuantulum},
      {"quantulum3_tests_en/quantities.ambiguity.json", Table::kQuantulum},
  };
  std::vector<EvalResult> results;
  for (const auto& [file, table] : kTables) results.push_back(RunTable(devdata_dir, file, table));
  return results;
}

}  // namespace sitrep::extract
