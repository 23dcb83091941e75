#include "extract/time_calendar.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

namespace sitrep::extract::time_internal {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month_day;
using std::chrono::year_month_day_last;

bool InRange(int y) { return y >= 1 && y <= 9999; }

// Appends v as snprintf's "%0<width>d" prints it. Written out for the values a date
// holds: snprintf took more than half of the work of formatting a day (some 1,700
// instructions for "%04d-%02u-%02u"), and every time expression formats a few.
void AppendPadded(std::string* out, int v, int width) {
  static constexpr int kLimit[] = {1, 10, 100, 1000, 10000};
  if (width >= 1 && width <= 4 && v >= 0 && v < kLimit[width]) {
    char digits[4];
    for (int k = width - 1; k >= 0; --k) {
      digits[k] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
    out->append(digits, static_cast<size_t>(width));
    return;
  }
  char buf[32];
  const int n = std::snprintf(buf, sizeof buf, "%0*d", width, v);
  out->append(buf, static_cast<size_t>(std::max(n, 0)));
}

std::string Printf4(int y) {
  std::string out;
  AppendPadded(&out, y, 4);
  return out;
}

Period Make(Gran g, Days first, Days last, std::string value) {
  Period p;
  p.gran = g;
  p.first = first;
  p.last = last;
  p.value = std::move(value);
  return p;
}

bool ParseDigits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool ParseReference(std::string_view s, Reference* out) {
  *out = Reference();
  int y, m, d;
  if (!ParseDigits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || s[7] != '-' ||
      !ParseDigits(s, 5, 2, &m) || !ParseDigits(s, 8, 2, &d) || !IsValidDate(y, m, d)) {
    return false;
  }
  out->known = true;
  out->day = MakeDays(y, m, d);
  if (s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && s[13] == ':') {
    int hh, mm;
    if (ParseDigits(s, 11, 2, &hh) && ParseDigits(s, 14, 2, &mm) && hh < 24 && mm < 60) {
      out->has_time = true;
      out->hour = hh;
      out->minute = mm;
      int ss;
      if (s.size() >= 19 && s[16] == ':' && ParseDigits(s, 17, 2, &ss) && ss < 60) {
        out->second = ss;
      }
    }
  }
  return true;
}

bool IsValidDate(int y, int m, int d) {
  if (!InRange(y) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return year_month_day(year(y), month(m), day(d)).ok();
}

Days MakeDays(int y, int m, int d) {
  return Days(year_month_day(year(y), month(m), day(d)));
}

int YearOf(Days d) { return static_cast<int>(year_month_day(d).year()); }
int MonthOf(Days d) { return static_cast<int>(static_cast<unsigned>(year_month_day(d).month())); }
int DayOf(Days d) { return static_cast<int>(static_cast<unsigned>(year_month_day(d).day())); }
int IsoWeekday(Days d) { return static_cast<int>(weekday(d).iso_encoding()); }

IsoWeek IsoWeekOf(Days d) {
  // The ISO week belongs to the year holding its Thursday.
  Days thursday = d + days(4 - IsoWeekday(d));
  int y = YearOf(thursday);
  Days jan1 = MakeDays(y, 1, 1);
  return {y, static_cast<int>((thursday - jan1).count() / 7 + 1)};
}

Days IsoWeekStart(int iso_year, int week) {
  Days jan4 = MakeDays(iso_year, 1, 4);
  Days monday1 = jan4 - days(IsoWeekday(jan4) - 1);
  return monday1 + days(7 * (week - 1));
}

int IsoWeeksInYear(int iso_year) { return IsoWeekOf(MakeDays(iso_year, 12, 28)).week; }

Days AddMonths(Days d, int months) {
  year_month_day ymd(d);
  int total = static_cast<int>(ymd.year()) * 12 +
              static_cast<int>(static_cast<unsigned>(ymd.month())) - 1 + months;
  int y = total / 12;
  int m = total % 12 + 1;
  year_month_day_last last{year(y), std::chrono::month_day_last{month(m)}};
  unsigned dd = std::min(static_cast<unsigned>(ymd.day()),
                         static_cast<unsigned>(last.day()));
  return Days(year_month_day(year(y), month(m), day(dd)));
}

std::optional<Period> DayPeriod(Days d) {
  if (!InRange(YearOf(d))) return std::nullopt;
  return Make(Gran::kDay, d, d, FormatDay(d));
}

std::optional<Period> WeekPeriod(int iso_year, int week) {
  if (!InRange(iso_year) || iso_year >= 9999 || week < 1 ||
      week > IsoWeeksInYear(iso_year)) {
    return std::nullopt;
  }
  Days first = IsoWeekStart(iso_year, week);
  std::string value;
  AppendPadded(&value, iso_year, 4);
  value += "-W";
  AppendPadded(&value, week, 2);
  return Make(Gran::kWeek, first, first + days(6), std::move(value));
}

std::optional<Period> WeekendPeriod(int iso_year, int week) {
  auto w = WeekPeriod(iso_year, week);
  if (!w) return std::nullopt;
  return Make(Gran::kWeekend, w->first + days(5), w->last, w->value + "-WE");
}

std::optional<Period> MonthPeriod(int y, int m) {
  if (!InRange(y) || m < 1 || m > 12) return std::nullopt;
  Days first = MakeDays(y, m, 1);
  std::string value;
  AppendPadded(&value, y, 4);
  value += '-';
  AppendPadded(&value, m, 2);
  return Make(Gran::kMonth, first, AddMonths(first, 1) - days(1), std::move(value));
}

std::optional<Period> QuarterPeriod(int y, int q) {
  if (!InRange(y) || q < 1 || q > 4) return std::nullopt;
  Days first = MakeDays(y, 3 * q - 2, 1);
  return Make(Gran::kQuarter, first, AddMonths(first, 3) - days(1),
              Printf4(y) + "-Q" + std::to_string(q));
}

std::optional<Period> HalfPeriod(int y, int h) {
  if (!InRange(y) || h < 1 || h > 2) return std::nullopt;
  Days first = MakeDays(y, 6 * h - 5, 1);
  return Make(Gran::kHalf, first, AddMonths(first, 6) - days(1),
              Printf4(y) + "-H" + std::to_string(h));
}

std::optional<Period> SeasonPeriod(int y, Season s) {
  if (!InRange(y) || y >= 9999 || s == Season::kNone) return std::nullopt;
  int start_month = s == Season::kSpring   ? 3
                    : s == Season::kSummer ? 6
                    : s == Season::kAutumn ? 9
                                           : 12;
  Days first = MakeDays(y, start_month, 1);
  return Make(Gran::kSeason, first, AddMonths(first, 3) - days(1),
              Printf4(y) + "-" + SeasonCode(s));
}

std::optional<Period> YearPeriod(int y) {
  if (!InRange(y)) return std::nullopt;
  return Make(Gran::kYear, MakeDays(y, 1, 1), MakeDays(y, 12, 31), Printf4(y));
}

std::optional<Period> DecadePeriod(int first_year) {
  if (first_year < 0 || first_year % 10 != 0 || first_year + 9 > 9999 || first_year < 10)
    return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", first_year / 10);
  return Make(Gran::kDecade, MakeDays(first_year, 1, 1), MakeDays(first_year + 9, 12, 31),
              buf);
}

std::optional<Period> CenturyPeriod(int first_year) {
  if (first_year < 100 || first_year % 100 != 0 || first_year + 99 > 9999)
    return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", first_year / 100);
  return Make(Gran::kCentury, MakeDays(first_year, 1, 1),
              MakeDays(first_year + 99, 12, 31), buf);
}

std::optional<Period> PeriodContaining(Days d, Gran g) {
  int y = YearOf(d);
  int m = MonthOf(d);
  switch (g) {
    case Gran::kDay: return DayPeriod(d);
    case Gran::kWeek: {
      IsoWeek w = IsoWeekOf(d);
      return WeekPeriod(w.year, w.week);
    }
    case Gran::kWeekend: {
      IsoWeek w = IsoWeekOf(d);
      return WeekendPeriod(w.year, w.week);
    }
    case Gran::kMonth: return MonthPeriod(y, m);
    case Gran::kQuarter: return QuarterPeriod(y, (m - 1) / 3 + 1);
    case Gran::kHalf: return HalfPeriod(y, (m - 1) / 6 + 1);
    case Gran::kSeason: {
      if (m <= 2) return SeasonPeriod(y - 1, Season::kWinter);
      if (m == 12) return SeasonPeriod(y, Season::kWinter);
      Season s = m <= 5 ? Season::kSpring : m <= 8 ? Season::kSummer : Season::kAutumn;
      return SeasonPeriod(y, s);
    }
    case Gran::kYear: return YearPeriod(y);
    case Gran::kDecade: return DecadePeriod(y - y % 10);
    case Gran::kCentury: return CenturyPeriod(y - y % 100);
    case Gran::kNone: break;
  }
  return std::nullopt;
}

std::optional<Period> ShiftPeriod(const Period& p, int n) {
  switch (p.gran) {
    case Gran::kDay: return DayPeriod(p.first + days(n));
    case Gran::kWeek: return PeriodContaining(p.first + days(7 * n), Gran::kWeek);
    case Gran::kWeekend: return PeriodContaining(p.first + days(7 * n), Gran::kWeekend);
    case Gran::kMonth: return PeriodContaining(AddMonths(p.first, n), Gran::kMonth);
    case Gran::kQuarter: return PeriodContaining(AddMonths(p.first, 3 * n), Gran::kQuarter);
    case Gran::kHalf: return PeriodContaining(AddMonths(p.first, 6 * n), Gran::kHalf);
    case Gran::kSeason: return PeriodContaining(AddMonths(p.first, 12 * n), Gran::kSeason);
    case Gran::kYear: return YearPeriod(YearOf(p.first) + n);
    case Gran::kDecade: return DecadePeriod(YearOf(p.first) + 10 * n);
    case Gran::kCentury: return CenturyPeriod(YearOf(p.first) + 100 * n);
    case Gran::kNone: break;
  }
  return std::nullopt;
}

Days EasterSunday(int y) {
  // The Gregorian computus (Meeus/Jones/Butcher): the Sunday after the ecclesiastical
  // full moon on or after March 21. <chrono> has calendars, not moveable feasts.
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return MakeDays(y, month, day);
}

std::string FormatDay(Days d) {
  year_month_day ymd(d);
  // A month and a day of a date made from a day count are 1..12 and 1..31.
  std::string out;
  AppendPadded(&out, static_cast<int>(ymd.year()), 4);
  out += '-';
  AppendPadded(&out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out += '-';
  AppendPadded(&out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  return out;
}

std::string FormatClock(int hour, int minute, int second) {
  std::string out;
  AppendPadded(&out, hour, 2);
  out += ':';
  AppendPadded(&out, minute, 2);
  if (second > 0) {
    out += ':';
    AppendPadded(&out, second, 2);
  }
  return out;
}

}  // namespace sitrep::extract::time_internal
