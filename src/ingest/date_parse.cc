// Date normalisation with a handful of anchored RE2 patterns, each linear in its input.
#include "date_parse.h"

#include <chrono>
#include <cstdio>
#include <string>

#include <re2/re2.h>

namespace sitrep::ingest::internal {
namespace {

// Building blocks shared by the patterns. All are case-insensitive.
#define SITREP_MONTH                                                                 \
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define SITREP_WEEKDAY \
  "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
// A time after the date: hours, minutes, optional seconds (fraction dropped), optional
// am/pm and zone. Groups: hour, minute, second, meridiem, zone.
#define SITREP_TIME                                                     \
  "(?:(?:T|\\s+|,\\s*|\\s+at\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?" \
  "(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}))?)?"

enum class Order { kIso, kMonthDayYear, kDayMonthYear, kMonthYear, kSlashed, kDotted, kYmdSlashed };

struct Pattern {
  Order order;
  const RE2* re;
};

const RE2::Options& CaseInsensitive() {
  static const RE2::Options* options = [] {
    auto* o = new RE2::Options();
    o->set_case_sensitive(false);
    o->set_log_errors(false);
    return o;
  }();
  return *options;
}

const std::vector<Pattern>& Patterns() {
  static const std::vector<Pattern>* patterns = [] {
    const auto& o = CaseInsensitive();
    auto* p = new std::vector<Pattern>{
        // year, month, day, hour, minute, second, zone (ISO has no am/pm: empty group)
        {Order::kIso, new RE2("(\\d{4})-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})"
                              "(?:[.,]\\d+)?)?()\\s?(z|[+-]\\d{2}:?\\d{2})?)?)?",
                              o)},
        // month, day, year, time
        {Order::kMonthDayYear,
         new RE2(SITREP_WEEKDAY SITREP_MONTH "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" SITREP_TIME, o)},
        // day, month, year, time
        {Order::kDayMonthYear,
         new RE2(SITREP_WEEKDAY "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" SITREP_MONTH ",?\\s+(\\d{4})" SITREP_TIME, o)},
        // month, year
        {Order::kMonthYear, new RE2(SITREP_MONTH ",?\\s+(\\d{4})", o)},
        // a/b/yyyy, time
        {Order::kSlashed, new RE2("(\\d{1,2})/(\\d{1,2})/(\\d{4})" SITREP_TIME, o)},
        // d.m.yyyy, time
        {Order::kDotted, new RE2("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" SITREP_TIME, o)},
        // yyyy/m/d, time
        {Order::kYmdSlashed, new RE2("(\\d{4})/(\\d{1,2})/(\\d{1,2})" SITREP_TIME, o)},
    };
    return p;
  }();
  return *patterns;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int MonthFromName(std::string_view name) {
  static constexpr const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  char key[3];
  for (int k = 0; k < 3; ++k) key[k] = static_cast<char>(name[k] | 0x20);
  for (int m = 0; m < 12; ++m) {
    if (std::string_view(kNames[m], 3) == std::string_view(key, 3)) return m + 1;
  }
  return 0;
}

bool ValidDay(int year, int month, int day) {
  if (year < 1000 || year > 2999 || month < 1 || month > 12) return false;
  if (day == 0) return true;  // month precision
  namespace chr = std::chrono;
  const chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                                chr::day{static_cast<unsigned>(day)}};
  return day >= 1 && ymd.ok();
}

struct Parts {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = -1;
  std::string_view meridiem, zone;
};

std::string Format(const Parts& p) {
  if (!ValidDay(p.year, p.month, p.day)) return "";
  char buf[64];
  if (p.day == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", p.year, p.month);
    return buf;
  }
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", p.year, p.month, p.day);
  std::string out = buf;
  if (!p.has_time) return out;
  int hour = p.hour;
  if (!p.meridiem.empty()) {
    if (hour < 1 || hour > 12) return "";
    const bool pm = p.meridiem[0] == 'p' || p.meridiem[0] == 'P';
    hour = hour % 12 + (pm ? 12 : 0);
  }
  if (hour > 23 || p.minute > 59 || p.second > 60) return "";
  if (p.second >= 0) {
    std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hour, p.minute, p.second);
  } else {
    std::snprintf(buf, sizeof(buf), "T%02d:%02d", hour, p.minute);
  }
  out += buf;
  if (!p.zone.empty()) {
    const char first = p.zone[0];
    if (first == '+' || first == '-') {
      // "+0000" and "+00:00" both become "+00:00"
      std::string digits;
      for (char c : p.zone.substr(1)) {
        if (c != ':') digits.push_back(c);
      }
      const int zh = ToInt(digits.substr(0, 2));
      const int zm = ToInt(digits.substr(2, 2));
      if (zh > 14 || zm > 59) return "";
      if (zh == 0 && zm == 0) {
        out += 'Z';
      } else {
        out += first;
        out += digits.substr(0, 2);
        out += ':';
        out += digits.substr(2, 2);
      }
    } else {
      out += 'Z';  // Z, UTC, GMT
    }
  }
  return out;
}

void FillTime(const re2::StringPiece* g, Parts* p) {
  if (g[0].empty()) return;
  p->has_time = true;
  p->hour = ToInt(g[0]);
  p->minute = ToInt(g[1]);
  if (!g[2].empty()) p->second = ToInt(g[2]);
  p->meridiem = std::string_view(g[3].data(), g[3].size());
  p->zone = std::string_view(g[4].data(), g[4].size());
}

bool IsWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string ParseDatePrefix(std::string_view s, size_t* consumed) {
  *consumed = 0;
  // Only the head of a long line can hold the date.
  const re2::StringPiece text(s.data(), std::min<size_t>(s.size(), 96));
  re2::StringPiece g[10];
  for (const Pattern& pattern : Patterns()) {
    const int groups = pattern.re->NumberOfCapturingGroups();
    if (!pattern.re->Match(text, 0, text.size(), RE2::ANCHOR_START, g, groups + 1)) continue;
    const size_t end = g[0].size();
    // The date must end at a word boundary: "2022-02-021" or "2 Febx 2022" are not dates.
    if (end < s.size() && IsWordByte(s[end]) && IsWordByte(s[end - 1])) continue;
    Parts p;
    switch (pattern.order) {
      case Order::kIso:
        p.year = ToInt(g[1]);
        p.month = ToInt(g[2]);
        p.day = g[3].empty() ? 0 : ToInt(g[3]);
        if (!g[4].empty()) {
          p.has_time = true;
          p.hour = ToInt(g[4]);
          p.minute = ToInt(g[5]);
          if (!g[6].empty()) p.second = ToInt(g[6]);
          p.zone = std::string_view(g[8].data(), g[8].size());
        }
        break;
      case Order::kMonthDayYear:
        p.month = MonthFromName(g[1]);
        p.day = ToInt(g[2]);
        p.year = ToInt(g[3]);
        FillTime(g + 4, &p);
        break;
      case Order::kDayMonthYear:
        p.day = ToInt(g[1]);
        p.month = MonthFromName(g[2]);
        p.year = ToInt(g[3]);
        FillTime(g + 4, &p);
        break;
      case Order::kMonthYear:
        p.month = MonthFromName(g[1]);
        p.year = ToInt(g[2]);
        break;
      case Order::kSlashed: {
        // US order (month/day) unless the first number cannot be a month.
        const int a = ToInt(g[1]);
        const int b = ToInt(g[2]);
        p.month = a > 12 ? b : a;
        p.day = a > 12 ? a : b;
        p.year = ToInt(g[3]);
        if (p.day == 0) return "";
        FillTime(g + 4, &p);
        break;
      }
      case Order::kDotted:
        p.day = ToInt(g[1]);
        p.month = ToInt(g[2]);
        p.year = ToInt(g[3]);
        if (p.day == 0) return "";
        FillTime(g + 4, &p);
        break;
      case Order::kYmdSlashed:
        p.year = ToInt(g[1]);
        p.month = ToInt(g[2]);
        p.day = ToInt(g[3]);
        if (p.day == 0) return "";
        FillTime(g + 4, &p);
        break;
    }
    std::string iso = Format(p);
    if (iso.empty()) return "";
    *consumed = end;
    return iso;
  }
  return "";
}

std::string NormalizeDate(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  size_t consumed = 0;
  std::string iso = ParseDatePrefix(s, &consumed);
  if (iso.empty()) return "";
  std::string_view rest = s.substr(consumed);
  if (rest.empty()) return iso;
  // A local zone abbreviation after a time ("8:19 ET", "14:00 CET"): the time stays
  // local, as it does when no zone is given at all.
  static const RE2 kZoneTail("\\s+\\(?[A-Z]{2,5}\\)?");
  if (iso.size() > 10 && RE2::FullMatch(re2::StringPiece(rest.data(), rest.size()), kZoneTail)) {
    return iso;
  }
  return "";
}

std::string DateFromEpoch(int64_t value) {
  // Seconds until the year 2999 fit in 11 digits; larger values are milliseconds.
  if (value > 40'000'000'000LL) value /= 1000;
  if (value < 0 || value > 32'503'680'000LL) return "";
  namespace chr = std::chrono;
  const chr::sys_seconds t{chr::seconds{value}};
  const auto days = chr::floor<chr::days>(t);
  const chr::year_month_day ymd{days};
  const chr::hh_mm_ss hms{t - days};
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

}  // namespace sitrep::ingest::internal
