// Calendar periods on C++20 <chrono> types, and their TIMEX3 names. A Period is any
// span the text can name (a day, ISO week, weekend, month, quarter, half, season, year,
// decade, century) with its first and last day.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "extract/time_lexicon.h"

namespace sitrep::extract::time_internal {

using Days = std::chrono::sys_days;

enum class Gran {
  kNone,
  kCentury,
  kDecade,
  kYear,
  kHalf,
  kQuarter,
  kSeason,
  kMonth,
  kWeek,
  kWeekend,
  kDay,
};

struct Period {
  Gran gran = Gran::kNone;
  Days first{};
  Days last{};        // inclusive
  std::string value;  // TIMEX3: "2022-02-09", "2022-W06", "2021-SU", "199"
};

// The article's own date and, when given, time of day.
struct Reference {
  bool known = false;
  Days day{};
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
};
// "YYYY-MM-DD", optionally followed by 'T' or ' ' and "HH:MM" or "HH:MM:SS" (anything
// after that, such as a zone, is ignored). False for anything else or an invalid date.
bool ParseReference(std::string_view s, Reference* out);

bool IsValidDate(int y, int m, int d);
Days MakeDays(int y, int m, int d);  // callers check IsValidDate first
int YearOf(Days d);
int MonthOf(Days d);
int DayOf(Days d);
int IsoWeekday(Days d);  // 1 = Monday .. 7 = Sunday

struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(Days d);
Days IsoWeekStart(int iso_year, int week);  // its Monday
int IsoWeeksInYear(int iso_year);

// Adds months, clamping the day to the end of the target month (Jan 31 + 1 = Feb 28).
Days AddMonths(Days d, int months);

// Periods by name; nullopt when out of range (years outside 1..9999, week 54).
std::optional<Period> DayPeriod(Days d);
std::optional<Period> WeekPeriod(int iso_year, int week);
std::optional<Period> WeekendPeriod(int iso_year, int week);
std::optional<Period> MonthPeriod(int year, int month);
std::optional<Period> QuarterPeriod(int year, int quarter);
std::optional<Period> HalfPeriod(int year, int half);
std::optional<Period> SeasonPeriod(int year, Season s);  // winter: December of `year`
std::optional<Period> YearPeriod(int year);
std::optional<Period> DecadePeriod(int first_year);    // 1990 -> "199"
std::optional<Period> CenturyPeriod(int first_year);   // 1900 -> "19"

// The period of granularity `g` that contains day `d` (kSeason: the meteorological
// season; kWeekend: the weekend of d's ISO week).
std::optional<Period> PeriodContaining(Days d, Gran g);
// The period `n` steps after (negative: before) `p`, same granularity.
std::optional<Period> ShiftPeriod(const Period& p, int n);

// Western (Gregorian) Easter Sunday of a year, which fixes Good Friday and Easter
// Monday in news about Christian holidays.
Days EasterSunday(int year);

std::string FormatDay(Days d);                         // "2022-02-09"
std::string FormatClock(int hour, int minute, int second);  // "08:19", "08:19:30"

}  // namespace sitrep::extract::time_internal
