#include "extract/time_resolve.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace sitrep::extract::time_internal {
namespace {

using std::chrono::days;

// Among candidate days, the one a date without a year most likely means.
std::optional<Days> Pick(const std::vector<Days>& cands, Lean lean, Days ref) {
  if (cands.empty()) return std::nullopt;
  std::optional<Days> nearest, past, future;
  for (Days d : cands) {
    if (!nearest || std::abs((d - ref).count()) < std::abs((*nearest - ref).count()))
      nearest = d;
    if (d <= ref && (!past || d > *past)) past = d;
    if (d >= ref && (!future || d < *future)) future = d;
  }
  switch (lean) {
    case Lean::kNearest: return nearest;
    case Lean::kPast: return past ? past : nearest;
    case Lean::kFuture: return future ? future : nearest;
    case Lean::kSoftPast:
      return *nearest > ref + days(30) && past ? past : nearest;
    case Lean::kSoftFuture:
      return *nearest < ref - days(30) && future ? future : nearest;
  }
  return nearest;
}

// Same for periods (months, seasons): distance 0 when the period holds the reference.
std::optional<Period> PickPeriod(const std::vector<Period>& cands, Lean lean, Days ref) {
  if (cands.empty()) return std::nullopt;
  const Period* nearest = nullptr;
  const Period* past = nullptr;
  const Period* future = nullptr;
  auto distance = [&](const Period& p) -> long {
    if (p.first <= ref && ref <= p.last) return 0;
    return p.first > ref ? (p.first - ref).count() : (ref - p.last).count();
  };
  for (const Period& p : cands) {
    if (!nearest || distance(p) < distance(*nearest)) nearest = &p;
    if (p.first <= ref && (!past || p.first > past->first)) past = &p;
    if (p.last >= ref && (!future || p.first < future->first)) future = &p;
  }
  if ((lean == Lean::kPast || lean == Lean::kSoftPast) && past) return *past;
  if ((lean == Lean::kFuture || lean == Lean::kSoftFuture) && future) return *future;
  return *nearest;
}

// The day a month/day or floating holiday falls on in year y.
std::optional<Days> DayInYear(const DateSpec& s, int y) {
  if (s.easter) {
    if (y < 1583 || y > 9999) return std::nullopt;
    return EasterSunday(y) + days(s.holiday_offset);
  }
  if (s.month == 0) return std::nullopt;
  if (s.day != 0) {
    if (!IsValidDate(y, s.month, s.day)) return std::nullopt;
    return MakeDays(y, s.month, s.day);
  }
  if (s.weekday != 0 && s.nth != 0) {
    Days first = MakeDays(y, s.month, 1);
    Days last = AddMonths(first, 1) - days(1);
    Days d;
    if (s.nth > 0) {
      int delta = (s.weekday - IsoWeekday(first) + 7) % 7;
      d = first + days(delta + 7 * (s.nth - 1));
      if (d > last) return std::nullopt;
    } else {
      int delta = (IsoWeekday(last) - s.weekday + 7) % 7;
      d = last - days(delta);
    }
    return d + days(s.holiday_offset);
  }
  return std::nullopt;
}

Days ResolveWeekday(int wd, WeekdayMode mode, Lean lean, Days ref) {
  int rw = IsoWeekday(ref);
  Days monday = ref - days(rw - 1);
  switch (mode) {
    case WeekdayMode::kLast: return monday - days(7) + days(wd - 1);
    case WeekdayMode::kThis: return monday + days(wd - 1);
    case WeekdayMode::kNext: return monday + days(7) + days(wd - 1);
    case WeekdayMode::kPast: {
      int back = (rw - wd + 7) % 7;
      return ref - days(back == 0 ? 7 : back);
    }
    case WeekdayMode::kComing: {
      int ahead = (wd - rw + 7) % 7;
      return ref + days(ahead == 0 ? 7 : ahead);
    }
    case WeekdayMode::kBare: break;
  }
  if (lean == Lean::kFuture || lean == Lean::kSoftFuture) return ref + days((wd - rw + 7) % 7);
  return ref - days((rw - wd + 7) % 7);
}

// "last summer", "this winter", "next spring": shift -1, 0, +1.
std::optional<Period> RelativeSeason(Days ref, Season s, int shift) {
  auto current = PeriodContaining(ref, Gran::kSeason);
  if (!current) return std::nullopt;
  int y = YearOf(ref);
  bool in_it = current->value.substr(5) == SeasonCode(s);
  if (shift == 0) {
    if (in_it) return current;
    return SeasonPeriod(s == Season::kWinter && MonthOf(ref) <= 2 ? y - 1 : y, s);
  }
  if (shift < 0) {
    if (in_it) return ShiftPeriod(*current, -1);
    auto p = SeasonPeriod(y, s);
    while (p && p->first > ref) p = ShiftPeriod(*p, -1);
    return p;
  }
  auto p = SeasonPeriod(y - 1, s);
  while (p && p->first <= ref) p = ShiftPeriod(*p, 1);
  return p;
}

std::optional<Period> Absolute(const DateSpec& in, const Reference& r) {
  DateSpec s = in;
  if (s.fiscal) return std::nullopt;
  int now = r.known ? YearOf(r.day) : 2000;
  if (s.two_digit_year && s.year > now + 20) s.year -= 100;
  if (s.century >= 0) return CenturyPeriod(s.century);
  if (s.decade >= 0) return DecadePeriod(s.decade);
  if (s.decade_digits >= 0) {
    if (!r.known) return std::nullopt;
    int ry = YearOf(r.day);
    int d = 1900 + s.decade_digits;
    if (d + 100 <= ry) d += 100;
    return DecadePeriod(d);
  }
  if (s.year != 0) {
    if (s.season != Season::kNone) return SeasonPeriod(s.year, s.season);
    if (s.quarter) return QuarterPeriod(s.year, s.quarter);
    if (s.half) return HalfPeriod(s.year, s.half);
    if (s.week && !s.nth_week) return WeekPeriod(s.year, s.week);
    if (s.easter) {
      auto d = DayInYear(s, s.year);
      if (!d) return std::nullopt;
      return DayPeriod(*d);
    }
    if (s.month) {
      if (s.day || s.nth) {
        auto d = DayInYear(s, s.year);
        if (!d) return std::nullopt;
        return DayPeriod(*d);
      }
      return MonthPeriod(s.year, s.month);
    }
    return YearPeriod(s.year);
  }
  if (!r.known) return std::nullopt;
  int ry = YearOf(r.day);
  if ((s.month && (s.day || s.nth)) || s.easter) {
    std::vector<Days> cands;
    for (int y = ry - 1; y <= ry + 1; ++y) {
      if (auto d = DayInYear(s, y)) cands.push_back(*d);
    }
    if (s.weekday && s.day) {
      // "Tuesday, Jan 15": the nearest year in which the 15th is a Tuesday.
      std::vector<Days> agree;
      for (int y = ry - 6; y <= ry + 6; ++y) {
        auto d = DayInYear(s, y);
        if (d && IsoWeekday(*d) == s.weekday) agree.push_back(*d);
      }
      if (!agree.empty()) {
        auto d = Pick(agree, Lean::kNearest, r.day);
        return DayPeriod(*d);
      }
    }
    auto d = Pick(cands, s.lean, r.day);
    if (!d) return std::nullopt;
    return DayPeriod(*d);
  }
  if (s.month) {
    std::vector<Period> cands;
    for (int y = ry - 1; y <= ry + 1; ++y) {
      if (auto p = MonthPeriod(y, s.month)) cands.push_back(*p);
    }
    return PickPeriod(cands, s.lean, r.day);
  }
  if (s.day) {
    // "the 18th", "Monday 21": a day of a nearby month.
    std::vector<Days> cands;
    int span = s.weekday ? 12 : 1;
    Days first = MakeDays(ry, MonthOf(r.day), 1);
    for (int k = -span; k <= span; ++k) {
      Days m = AddMonths(first, k);
      if (!IsValidDate(YearOf(m), MonthOf(m), s.day)) continue;
      Days d = MakeDays(YearOf(m), MonthOf(m), s.day);
      if (s.weekday && IsoWeekday(d) != s.weekday) continue;
      cands.push_back(d);
    }
    auto d = Pick(cands, s.weekday ? Lean::kNearest : s.lean, r.day);
    if (!d) return std::nullopt;
    return DayPeriod(*d);
  }
  if (s.weekday) return DayPeriod(ResolveWeekday(s.weekday, s.weekday_mode, s.lean, r.day));
  if (s.season != Season::kNone) {
    std::vector<Period> cands;
    for (int y = ry - 2; y <= ry + 1; ++y) {
      if (auto p = SeasonPeriod(y, s.season)) cands.push_back(*p);
    }
    return PickPeriod(cands, s.lean, r.day);
  }
  if (s.quarter) return QuarterPeriod(ry, s.quarter);
  if (s.half) return HalfPeriod(ry, s.half);
  if (s.week) return WeekPeriod(ry, s.week);
  return std::nullopt;
}

std::optional<Period> Base(const DateSpec& s, const ResolveContext& c) {
  const Reference& r = c.ref;
  switch (s.anchor) {
    case Anchor::kAbsolute: return Absolute(s, r);
    case Anchor::kToday:
      if (!r.known) return std::nullopt;
      return DayPeriod(r.day + days(s.shift));
    case Anchor::kPrevious: {
      std::optional<Days> base = c.previous;
      if (!base && r.known) base = r.day;
      if (!base) return std::nullopt;
      if (s.offset_unit != Unit::kNone) return DayPeriod(*base);  // shifted below
      if (s.gran == Gran::kDay || s.gran == Gran::kNone) return DayPeriod(*base + days(s.shift));
      auto p = PeriodContaining(*base, s.gran);
      if (!p) return std::nullopt;
      return ShiftPeriod(*p, s.shift);
    }
    case Anchor::kRefPeriod: {
      if (!r.known) return std::nullopt;
      int ry = YearOf(r.day);
      if (s.season != Season::kNone) return RelativeSeason(r.day, s.season, s.shift);
      if (s.month && s.gran == Gran::kMonth) return MonthPeriod(ry + s.shift, s.month);
      if (s.quarter) return QuarterPeriod(ry + s.shift, s.quarter);
      if (s.half) return HalfPeriod(ry + s.shift, s.half);
      if (s.gran == Gran::kYear && (s.month || s.easter)) {
        auto d = DayInYear(s, ry + s.shift);
        if (!d) return std::nullopt;
        return DayPeriod(*d);
      }
      auto p = PeriodContaining(r.day, s.gran);
      if (!p) return std::nullopt;
      return ShiftPeriod(*p, s.shift);
    }
    case Anchor::kRefOffset: {
      if (!r.known) return std::nullopt;
      Duration d;
      d.pieces.push_back({std::fabs(s.amount), s.unit});
      auto day = AddDuration(r.day, d, s.amount < 0 ? -1 : 1);
      if (!day) return std::nullopt;
      return DayPeriod(*day);
    }
  }
  return std::nullopt;
}

void PartBounds(const Period& p, Part part, const Reference& r, ResolvedDate* out) {
  if (part == Part::kWhole) return;
  static const char* kMods[] = {"", "START", "MID", "END", "", ""};
  out->part_mod = kMods[static_cast<int>(part)];
  if (p.gran == Gran::kDay) return;  // "early Monday": the mod alone
  if (part == Part::kBeforeRef || part == Part::kAfterRef) {
    if (!r.known || r.day < p.first || r.day > p.last) return;
    out->part_begin = FormatDay(part == Part::kBeforeRef ? p.first : r.day);
    out->part_end = FormatDay(part == Part::kBeforeRef ? r.day : p.last);
    return;
  }
  int third = static_cast<int>(part) - static_cast<int>(Part::kEarly);  // 0, 1, 2
  char buf[48];
  if (p.gran == Gran::kYear) {
    int y = YearOf(p.first);
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, 1 + 4 * third);
    out->part_begin = buf;
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, 4 + 4 * third);
    out->part_end = buf;
    return;
  }
  if (p.gran == Gran::kDecade || p.gran == Gran::kCentury) {
    int y = YearOf(p.first);
    int len = p.gran == Gran::kDecade ? 10 : 100;
    int b = y + (third == 0 ? 0 : third == 1 ? len * 4 / 10 : len * 7 / 10);
    int e = y + (third == 0 ? len * 4 / 10 - 1 : third == 1 ? len * 7 / 10 - 1 : len - 1);
    std::snprintf(buf, sizeof buf, "%04d", b);
    out->part_begin = buf;
    std::snprintf(buf, sizeof buf, "%04d", e);
    out->part_end = buf;
    return;
  }
  long len = (p.last - p.first).count() + 1;
  long t = len / 3;
  Days b = p.first + days(t * third);
  Days e = third == 2 ? p.last : p.first + days(t * (third + 1) - 1);
  out->part_begin = FormatDay(b);
  out->part_end = FormatDay(e);
}

// `n` working days (Monday to Friday) after `d`, or before it for negative n: "4
// business days" from a Tuesday end on the Monday after. Whole weeks of five are
// counted at once, so a large n costs no more than a small one.
Days AddBusinessDays(Days d, long n) {
  const int step = n < 0 ? -1 : 1;
  long left = n < 0 ? -n : n;
  if (left > 5) {
    long weeks = (left - 1) / 5;  // keep at least one step, which leaves any weekend
    d += days(7 * weeks * step);
    left -= 5 * weeks;
  }
  while (left > 0) {
    d += days(step);
    if (IsoWeekday(d) <= 5) --left;
  }
  return d;
}

}  // namespace

std::optional<Days> AddDuration(Days d, const Duration& dur, int sign) {
  for (const Duration::Piece& p : dur.pieces) {
    if (p.amount < 0) return std::nullopt;
    double n = p.amount * sign;
    switch (p.unit) {
      case Unit::kDay:
      case Unit::kNight: d += days(static_cast<int>(std::lround(n))); break;
      case Unit::kBusinessDay:
        if (std::fabs(n) > 3e6) return std::nullopt;  // beyond the calendar's years
        d = AddBusinessDays(d, std::lround(n));
        break;
      case Unit::kWeek: d += days(static_cast<int>(std::lround(7 * n))); break;
      case Unit::kWeekend: d += days(static_cast<int>(std::lround(7 * n))); break;
      case Unit::kFortnight: d += days(static_cast<int>(std::lround(14 * n))); break;
      case Unit::kMonth: d = AddMonths(d, static_cast<int>(std::lround(n))); break;
      case Unit::kQuarter: d = AddMonths(d, static_cast<int>(std::lround(3 * n))); break;
      case Unit::kYear: d = AddMonths(d, static_cast<int>(std::lround(12 * n))); break;
      case Unit::kDecade: d = AddMonths(d, static_cast<int>(std::lround(120 * n))); break;
      case Unit::kCentury: d = AddMonths(d, static_cast<int>(std::lround(1200 * n))); break;
      case Unit::kHour: d += days(static_cast<int>(std::floor(n / 24))); break;
      case Unit::kMinute: d += days(static_cast<int>(std::floor(n / 1440))); break;
      case Unit::kSecond: d += days(static_cast<int>(std::floor(n / 86400))); break;
      case Unit::kNone: return std::nullopt;
    }
  }
  if (YearOf(d) < 1 || YearOf(d) > 9999) return std::nullopt;
  return d;
}

std::optional<std::string> ShiftReference(const Reference& r, const Duration& dur, int sign,
                                          bool force_day) {
  if (!r.known) return std::nullopt;
  bool sub_day = false;
  for (const Duration::Piece& p : dur.pieces) {
    if (p.amount < 0) return std::nullopt;
    if (p.unit == Unit::kHour || p.unit == Unit::kMinute || p.unit == Unit::kSecond)
      sub_day = true;
  }
  if (!sub_day || !r.has_time || force_day) {
    auto d = AddDuration(r.day, dur, sign);
    if (!d) return std::nullopt;
    return FormatDay(*d);
  }
  return ShiftMoment(r.day, r.hour, r.minute, r.second, dur, sign);
}

std::optional<std::string> ShiftMoment(Days day, int hour, int minute, int second,
                                       const Duration& dur, int sign) {
  // Minute arithmetic on the moment; day-sized pieces go through the calendar.
  for (const Duration::Piece& p : dur.pieces) {
    if (p.amount < 0) return std::nullopt;
  }
  long long seconds = hour * 3600LL + minute * 60LL + second;
  Duration calendar;
  for (const Duration::Piece& p : dur.pieces) {
    double n = p.amount * sign;
    if (p.unit == Unit::kHour) {
      seconds += std::llround(n * 3600);
    } else if (p.unit == Unit::kMinute) {
      seconds += std::llround(n * 60);
    } else if (p.unit == Unit::kSecond) {
      seconds += std::llround(n);
    } else {
      calendar.pieces.push_back(p);
    }
  }
  auto d = AddDuration(day, calendar, sign);
  if (!d) return std::nullopt;
  long long day_shift = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  seconds -= day_shift * 86400;
  *d += days(day_shift);
  int h = static_cast<int>(seconds / 3600);
  int m = static_cast<int>(seconds / 60 % 60);
  int sec = static_cast<int>(seconds % 60);
  return FormatDay(*d) + "T" + FormatClock(h, m, sec);
}

int ClockHour24(const ClockSpec& c) {
  if (c.end_of_day) return 23;
  int h = c.hour;
  if (h < 0) return -1;
  if (!c.meridiem && h >= 1 && h < 12) {
    if (c.part == PartOfDay::kAfternoon || c.part == PartOfDay::kEvening) h += 12;
    if (c.part == PartOfDay::kNight && h >= 6) h += 12;
  }
  return h % 24;
}

std::string ClockValue(const ClockSpec& c) {
  if (c.end_of_day) return "T23:59:59";
  int h = ClockHour24(c);
  if (h < 0) return std::string("T") + PartOfDayCode(c.part);
  return "T" + FormatClock(h, c.minute, c.second);
}

bool IsRelative(const DateSpec& s) {
  if (s.anchor != Anchor::kAbsolute) return true;
  if (s.century >= 0 || s.decade >= 0) return false;
  return s.year == 0;
}

std::optional<ResolvedDate> ResolveDate(const DateSpec& s, const ResolveContext& c) {
  auto p = Base(s, c);
  if (!p) return std::nullopt;
  if (s.weekday && (p->gran == Gran::kWeek || p->gran == Gran::kWeekend)) {
    p = DayPeriod(PeriodContaining(p->first, Gran::kWeek)->first + days(s.weekday - 1));
  } else if (s.day && p->gran == Gran::kMonth && s.anchor == Anchor::kRefPeriod) {
    int y = YearOf(p->first), m = MonthOf(p->first);
    if (!IsValidDate(y, m, s.day)) return std::nullopt;
    p = DayPeriod(MakeDays(y, m, s.day));
  }
  if (!p) return std::nullopt;
  if (s.nth_week != 0) {
    if (p->gran == Gran::kYear) {
      int y = YearOf(p->first);
      p = WeekPeriod(y, s.nth_week > 0 ? s.nth_week : IsoWeeksInYear(y));
    } else if (p->gran == Gran::kMonth) {
      Days d = s.nth_week > 0 ? p->first + days(7 * (s.nth_week - 1)) : p->last;
      p = PeriodContaining(d, Gran::kWeek);
    }
    if (!p) return std::nullopt;
  }
  if (s.week_of && p->gran == Gran::kDay) {
    p = PeriodContaining(p->first, Gran::kWeek);
    if (!p) return std::nullopt;
  }
  if (s.offset_unit != Unit::kNone) {
    Duration d;
    d.pieces.push_back({std::fabs(s.offset_amount), s.offset_unit});
    auto day = AddDuration(p->first, d, s.offset_amount < 0 ? -1 : 1);
    if (!day) return std::nullopt;
    Gran g = s.anchor == Anchor::kPrevious ? s.gran : Gran::kDay;
    p = PeriodContaining(*day, g == Gran::kNone ? Gran::kDay : g);
    if (!p) return std::nullopt;
  }
  if (s.weekday_in_week != 0 && p->gran == Gran::kDay) {
    p = DayPeriod(p->first + days(s.weekday_in_week - IsoWeekday(p->first)));
    if (!p) return std::nullopt;
  }
  ResolvedDate out;
  out.period = *p;
  out.value = p->value;
  if (s.clock.set && p->gran == Gran::kDay) {
    out.value += ClockValue(s.clock);
    out.has_clock = true;
  }
  PartBounds(*p, s.part, c.ref, &out);
  return out;
}

}  // namespace sitrep::extract::time_internal
