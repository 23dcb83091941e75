// Evaluation of FindTimes against the Microsoft Recognizers-Text English DateTime specs.
// The specs are JSON arrays of cases: Input, Context.ReferenceDateTime, and Results with
// Text, Type or TypeName, Start with End (inclusive) or Length, and a resolution
// (Resolution.values, Value.values, or Value.Timex for durations). Offsets count UTF-16
// code units.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/time_calendar.h"
#include "sitrep/times.h"

namespace sitrep::extract {
namespace {

namespace ti = time_internal;
using json = nlohmann::json;

struct Candidate {
  std::string value, start, end;
};

struct Gold {
  size_t begin = 0, end = 0;  // UTF-16 units, end exclusive
  std::string type;
  std::vector<std::string> timex;
  std::vector<Candidate> candidates;
  double duration_seconds = -1;
};

// UTF-16 index of every byte offset of `s` (code points above U+FFFF count twice).
std::vector<size_t> Utf16Index(std::string_view s) {
  std::vector<size_t> idx(s.size() + 1, 0);
  size_t u = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    idx[i] = u;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) u += c >= 0xF0 ? 2 : 1;
  }
  idx[s.size()] = u;
  return idx;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

// "2016-11-07 22:00:00" -> "2016-11-07T22:00", "T08" -> "T08:00", "07:30:00" -> "T07:30".
std::string Canon(std::string s) {
  std::replace(s.begin(), s.end(), ' ', 'T');
  if (s.size() == 8 && s[2] == ':' && s[5] == ':') s = "T" + s;
  size_t t = s.find('T');
  if (t == std::string::npos || s.rfind('P', 0) == 0) return s;
  std::string clock = s.substr(t + 1);
  if (clock.empty() || !std::isdigit(static_cast<unsigned char>(clock[0]))) return s;
  if (clock.size() == 1) clock = "0" + clock;
  if (clock.size() == 2) clock += ":00";
  if (clock.size() == 8 && clock.substr(5) == ":00") clock = clock.substr(0, 5);
  return s.substr(0, t + 1) + clock;
}

int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// The days a date value names: [first, last].
std::optional<ti::Period> PeriodOf(const std::string& v) {
  if (v.size() == 2 && Digits(v, 0, 2) >= 0) return ti::CenturyPeriod(Digits(v, 0, 2) * 100);
  if (v.size() == 3 && Digits(v, 0, 3) >= 0) return ti::DecadePeriod(Digits(v, 0, 3) * 10);
  int y = Digits(v, 0, 4);
  if (y < 0) return std::nullopt;
  if (v.size() == 4) return ti::YearPeriod(y);
  if (v.size() < 7 || v[4] != '-') return std::nullopt;
  std::string rest = v.substr(5);
  if (rest.size() == 2 && Digits(rest, 0, 2) >= 0) return ti::MonthPeriod(y, Digits(rest, 0, 2));
  if (rest.size() == 5 && rest[2] == '-' && Digits(rest, 0, 2) >= 0 && Digits(rest, 3, 2) >= 0) {
    int m = Digits(rest, 0, 2), d = Digits(rest, 3, 2);
    if (!ti::IsValidDate(y, m, d)) return std::nullopt;
    return ti::DayPeriod(ti::MakeDays(y, m, d));
  }
  if (rest[0] == 'W' && Digits(rest, 1, 2) >= 0) {
    if (rest.size() == 3) return ti::WeekPeriod(y, Digits(rest, 1, 2));
    if (rest.substr(3) == "-WE") return ti::WeekendPeriod(y, Digits(rest, 1, 2));
  }
  if (rest.size() == 2 && rest[0] == 'Q') return ti::QuarterPeriod(y, rest[1] - '0');
  if (rest.size() == 2 && rest[0] == 'H') return ti::HalfPeriod(y, rest[1] - '0');
  static const std::pair<const char*, ti::Season> kSeasons[] = {
      {"SP", ti::Season::kSpring}, {"SU", ti::Season::kSummer},
      {"FA", ti::Season::kAutumn}, {"WI", ti::Season::kWinter}};
  for (const auto& [code, season] : kSeasons) {
    if (rest == code) return ti::SeasonPeriod(y, season);
  }
  return std::nullopt;
}

// Start of a bound as the specs write it ("2016-11-07" or "2016-11-07T16:00"), and the
// start of what follows it.
std::string StartOf(const std::string& v) {
  if (v.find('T') != std::string::npos) return Canon(v);
  auto p = PeriodOf(v);
  return p ? ti::FormatDay(p->first) : v;
}
std::string AfterOf(const std::string& v) {
  auto p = PeriodOf(v);
  return p ? ti::FormatDay(p->last + std::chrono::days(1)) : "";
}

bool WildcardEqual(const std::string& pattern, const std::string& v) {
  if (pattern.size() != v.size()) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    if (pattern[i] != 'X' && pattern[i] != v[i]) return false;
  }
  return true;
}

double DurationSeconds(const std::string& v) {
  if (v.empty() || v[0] != 'P') return -1;
  double total = 0;
  bool time = false;
  size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < v.size() && (std::isdigit(static_cast<unsigned char>(v[j])) || v[j] == '.')) ++j;
    if (j == i || j >= v.size()) return -1;
    double n = std::stod(v.substr(i, j - i));
    std::string unit(1, v[j]);
    if (j + 1 < v.size() && v[j] == 'W' && v[j + 1] == 'E') unit = "WE";
    if (j + 1 < v.size() && v[j] == 'B' && v[j + 1] == 'D') unit = "BD";
    double s = 0;
    if (time) {
      s = unit == "H" ? 3600 : unit == "M" ? 60 : unit == "S" ? 1 : -1;
    } else {
      s = unit == "Y" ? 31536000 : unit == "M" ? 2592000 : unit == "W" ? 604800
          : unit == "D" || unit == "BD" ? 86400 : unit == "WE" ? 172800 : -1;
    }
    if (s < 0) return -1;
    total += n * s;
    i = j + unit.size();
  }
  return total;
}

// The found expression's bounds against a gold interval (either may be "").
bool BoundsMatch(const TimeExpr& e, const std::string& start, const std::string& end) {
  std::string b = e.range_begin, en = e.range_end;
  if (b.empty() && en.empty()) {
    // A period such as a quarter or decade, which the specs write as an interval.
    auto p = PeriodOf(e.value.substr(0, e.value.find('T')));
    if (!p || e.value.find('T') != std::string::npos) return false;
    return (start.empty() || Canon(start) == ti::FormatDay(p->first)) &&
           (end.empty() || Canon(end) == ti::FormatDay(p->last + std::chrono::days(1)));
  }
  if (!start.empty() && (b.empty() || StartOf(b) != Canon(start))) return false;
  if (!end.empty() &&
      (en.empty() || (StartOf(en) != Canon(end) && AfterOf(en) != Canon(end)))) {
    return false;
  }
  return true;
}

bool ValueMatchesExactly(const TimeExpr& e, const std::string& mine, const Gold& g);

// The specs split "Monday at 3pm" into a date and a time where a news timeline wants one
// datetime; a found datetime matches a gold date or time that it holds.
bool ValueMatches(const TimeExpr& e, const Gold& g) {
  if (e.value.empty()) return false;
  std::string mine = Canon(e.value);
  if (ValueMatchesExactly(e, mine, g)) return true;
  size_t t = mine.find('T');
  if (e.kind == "datetime" && t != std::string::npos && t > 0) {
    TimeExpr part = e;
    part.kind = g.type == "time" ? "time" : "date";
    std::string piece = g.type == "time" ? mine.substr(t) : mine.substr(0, t);
    part.value = piece;
    if (g.type == "date" || g.type == "time") return ValueMatchesExactly(part, piece, g);
  }
  return false;
}

bool ValueMatchesExactly(const TimeExpr& e, const std::string& mine, const Gold& g) {
  for (const std::string& tx : g.timex) {
    if (tx.empty()) continue;
    if (Canon(tx) == mine) return true;
    if (tx.find('X') != std::string::npos && tx[0] != '(' && WildcardEqual(Canon(tx), mine))
      return true;
    if (tx[0] == '(' && tx.find('X') == std::string::npos) {
      size_t c1 = tx.find(','), c2 = tx.find(',', c1 + 1);
      if (c1 != std::string::npos && c2 != std::string::npos &&
          BoundsMatch(e, tx.substr(1, c1 - 1), tx.substr(c1 + 1, c2 - c1 - 1))) {
        return true;
      }
    }
  }
  // A part of day on a weekday the specs leave open ("XXXX-WXX-2TAF"): the code must
  // agree and the day be one of the days the specs list.
  for (const std::string& tx : g.timex) {
    if (tx.size() > 3 && tx.find('X') != std::string::npos && mine.size() > 3 &&
        tx.substr(tx.size() - 3) == mine.substr(mine.size() - 3) &&
        mine[mine.size() - 3] == 'T' && std::isalpha(static_cast<unsigned char>(mine.back()))) {
      for (const Candidate& c : g.candidates) {
        if (c.start.size() >= 10 && c.start.substr(0, 10) == mine.substr(0, 10)) return true;
      }
    }
  }
  for (const Candidate& c : g.candidates) {
    if (!c.value.empty() && c.value != "not resolved" && Canon(c.value) == mine) return true;
    if (!c.value.empty() && e.kind == "date" && !e.value.empty()) {
      auto p = PeriodOf(e.value);
      if (p && p->gran == ti::Gran::kDay && Canon(c.value) == ti::FormatDay(p->first) + "")
        return true;
    }
    if ((!c.start.empty() || !c.end.empty()) && BoundsMatch(e, c.start, c.end)) return true;
  }
  if (g.duration_seconds >= 0 && e.kind == "duration") {
    double s = DurationSeconds(e.value);
    if (s >= 0 && std::fabs(s - g.duration_seconds) < 0.5) return true;
  }
  return false;
}

std::optional<Gold> ReadGold(const json& r) {
  Gold g;
  std::string type = Str(r, "TypeName");
  if (type.empty()) type = Str(r, "Type");
  if (type.rfind("datetimeV2.", 0) == 0) type = type.substr(11);
  g.type = type.empty() ? "other" : type;
  if (!r.contains("Start") || !r["Start"].is_number_integer()) return std::nullopt;
  g.begin = r["Start"].get<size_t>();
  if (r.contains("End") && r["End"].is_number_integer()) {
    g.end = r["End"].get<size_t>() + 1;
  } else if (r.contains("Length") && r["Length"].is_number_integer()) {
    g.end = g.begin + r["Length"].get<size_t>();
  } else {
    std::string text = Str(r, "Text");
    g.end = g.begin + text.size();
  }
  const json* values = nullptr;
  if (r.contains("Resolution") && r["Resolution"].contains("values")) {
    values = &r["Resolution"]["values"];
  } else if (r.contains("Value") && r["Value"].is_object() && r["Value"].contains("values")) {
    values = &r["Value"]["values"];
  } else if (r.contains("Value") && r["Value"].is_object()) {
    const json& v = r["Value"];
    g.timex.push_back(Str(v, "Timex"));
    if (v.contains("FutureResolution") && v["FutureResolution"].contains("duration")) {
      std::string s = Str(v["FutureResolution"], "duration");
      if (!s.empty()) g.duration_seconds = std::stod(s);
    }
  }
  if (values != nullptr && values->is_array()) {
    for (const json& v : *values) {
      g.timex.push_back(Str(v, "timex"));
      Candidate c{Str(v, "value"), Str(v, "start"), Str(v, "end")};
      if (Str(v, "type") == "duration" && !c.value.empty()) {
        g.duration_seconds = std::atof(c.value.c_str());
        c.value.clear();
      }
      g.candidates.push_back(c);
    }
  }
  return g;
}

struct Tally {
  int cases = 0, gold = 0, found = 0, found_matched = 0, detected = 0, correct = 0;
};

TimeEvalResult Finish(const std::string& file, const std::string& type, const Tally& t) {
  TimeEvalResult r;
  r.file = file;
  r.type = type;
  r.cases = t.cases;
  r.gold = t.gold;
  r.found = t.found;
  r.detected = t.detected;
  r.value_correct = t.correct;
  r.recall = t.gold ? static_cast<double>(t.detected) / t.gold : 0;
  r.value_accuracy = t.detected ? static_cast<double>(t.correct) / t.detected : 0;
  if (type.empty()) {
    r.precision = t.found ? static_cast<double>(t.found_matched) / t.found : 0;
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  } else {
    r.precision = -1;
    r.f1 = -1;
  }
  return r;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) {
    if (s.empty() || out.find(s) != std::string::npos) continue;
    if (!out.empty()) out += " | ";
    out += s;
  }
  return out;
}

std::vector<TimeEvalResult> EvaluateFile(const std::filesystem::path& path,
                                         std::vector<TimeEvalMiss>* misses) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  json doc = json::parse(ss.str(), nullptr, /*allow_exceptions=*/false);
  if (!doc.is_array()) return {};
  std::string file = path.filename().string();
  Tally all;
  std::map<std::string, Tally> by_type;
  for (const json& c : doc) {
    if (!c.is_object() || !c.contains("Input") || !c["Input"].is_string()) continue;
    std::string input = c["Input"].get<std::string>();
    std::string ref;
    if (c.contains("Context") && c["Context"].is_object()) {
      ref = Str(c["Context"], "ReferenceDateTime");
    }
    std::vector<size_t> idx = Utf16Index(input);
    std::vector<Gold> golds;
    if (c.contains("Results") && c["Results"].is_array()) {
      for (const json& r : c["Results"]) {
        if (auto g = ReadGold(r)) golds.push_back(std::move(*g));
      }
    }
    std::vector<TimeExpr> found = FindTimes(input, ref);
    ++all.cases;
    std::map<std::string, bool> counted;
    for (const Gold& g : golds) {
      if (!counted[g.type]) {
        ++by_type[g.type].cases;
        counted[g.type] = true;
      }
    }
    all.found += static_cast<int>(found.size());
    auto overlap = [&](const TimeExpr& e, const Gold& g) -> size_t {
      size_t b = idx[e.begin], en = idx[e.end];
      size_t lo = std::max(b, g.begin), hi = std::min(en, g.end);
      return hi > lo ? hi - lo : 0;
    };
    for (const TimeExpr& e : found) {
      for (const Gold& g : golds) {
        if (overlap(e, g) > 0) {
          ++all.found_matched;
          break;
        }
      }
    }
    for (const Gold& g : golds) {
      Tally& t = by_type[g.type];
      ++all.gold;
      ++t.gold;
      const TimeExpr* best = nullptr;
      size_t best_overlap = 0;
      for (const TimeExpr& e : found) {
        size_t o = overlap(e, g);
        if (o > best_overlap) {
          best_overlap = o;
          best = &e;
        }
      }
      bool ok = false;
      if (best != nullptr) {
        ++all.detected;
        ++t.detected;
        ok = ValueMatches(*best, g);
        if (ok) {
          ++all.correct;
          ++t.correct;
        }
      }
      if (!ok && misses != nullptr) {
        TimeEvalMiss m;
        m.file = file;
        m.input = input;
        m.reference = ref;
        size_t b = 0, e = 0;
        for (size_t i = 0; i < idx.size(); ++i) {
          if (idx[i] <= g.begin) b = i;
          if (idx[i] <= g.end) e = i;
        }
        m.gold_text = input.substr(b, e - b);
        m.gold_type = g.type;
        m.gold_timex = Join(g.timex);
        if (best != nullptr) {
          m.found_text = best->anchor_text;
          m.found_value = best->value;
        }
        misses->push_back(std::move(m));
      }
    }
  }
  std::vector<TimeEvalResult> out;
  out.push_back(Finish(file, "", all));
  for (const auto& [type, t] : by_type) out.push_back(Finish(file, type, t));
  return out;
}

}  // namespace

std::vector<TimeEvalResult> EvaluateDateTimeSpecs(const std::string& devdata_dir,
                                                  std::vector<TimeEvalMiss>* misses) {
  namespace fs = std::filesystem;
  fs::path dir(devdata_dir);
  fs::path nested = dir / "recognizers_text_specs_en" / "DateTime" / "English";
  std::error_code ec;
  if (fs::is_directory(nested, ec)) dir = nested;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<TimeEvalResult> out;
  for (const fs::path& f : files) {
    std::vector<TimeEvalResult> rows = EvaluateFile(f, misses);
    out.insert(out.end(), rows.begin(), rows.end());
  }
  return out;
}

}  // namespace sitrep::extract
