// What the grammar understood, before resolution against the reference date: a date
// with some fields missing or given relative to the reference, a clock time, an amount
// of time. Resolution (time_resolve.cc) turns these into TIMEX3 values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/time_calendar.h"
#include "extract/time_lexicon.h"

namespace sitrep::extract::time_internal {

// How a date is fixed on the calendar.
enum class Anchor {
  kAbsolute,   // by its calendar fields; a missing year (or month) is chosen near the
               // reference, as `lean` says
  kToday,      // the reference day, + shift days ("yesterday")
  kRefPeriod,  // the reference's period of granularity `gran`, + shift ("last week")
  kRefOffset,  // the reference day + amount of unit ("three weeks ago", "in 2 years")
  kPrevious,   // the last day named earlier in the text (else the reference), + shift
               // days ("a day earlier"), or its period of `gran` + shift ("the
               // following week")
};

// Which way a date missing its year leans from the reference.
enum class Lean {
  kNearest,
  kPast,        // on or before the reference ("since October", past tense and a month)
  kFuture,      // on or after it ("until October", future tense and a month)
  kSoftPast,    // nearest, unless that is more than a month ahead (past tense, a day)
  kSoftFuture,  // nearest, unless that is more than a month back
};

// Modifiers of a named weekday.
enum class WeekdayMode {
  kBare,    // "Wednesday": by tense (news: the most recent one)
  kLast,    // "last Wednesday": that day of the previous ISO week
  kThis,    // "this Wednesday": that day of the current ISO week
  kNext,    // "next Wednesday": that day of the next ISO week
  kPast,    // "this past Wednesday": the most recent before the reference
  kComing,  // "this coming Wednesday", "upcoming": the next after the reference
};

// Early / middle / late part of a period ("late January", "mid-2014", "end of March"),
// or the part before / after the reference ("earlier this month", "later this week").
enum class Part { kWhole, kEarly, kMid, kLate, kBeforeRef, kAfterRef };

struct ClockSpec {
  bool set = false;
  int hour = -1;  // -1: only a part of the day ("in the evening")
  int minute = 0;
  int second = 0;
  bool minute_given = false;
  bool second_given = false;
  bool meridiem = false;  // am/pm written, or implied by a part of day or a 24-hour hour
  PartOfDay part = PartOfDay::kNone;
  bool end_of_day = false;  // "end of the day": 23:59:59
};

struct DateSpec {
  Anchor anchor = Anchor::kAbsolute;
  Gran gran = Gran::kNone;  // the unit the expression names
  int year = 0;             // 0: not given
  bool two_digit_year = false;  // written "18": may belong to the previous century
  int month = 0;
  int day = 0;
  int week = 0;  // ISO week number ("week 31"), or with nth_week the week of a month
  int quarter = 0;
  int half = 0;
  Season season = Season::kNone;
  int decade = -1;           // first year of a decade ("1990s"): 1990
  int decade_digits = -1;    // "the 90s": 90, century chosen from the reference
  int century = -1;          // first year of a century: 1900 for "the 20th century"
  int weekday = 0;           // 1..7
  WeekdayMode weekday_mode = WeekdayMode::kBare;
  int nth = 0;               // nth weekday of the month (-1: last)
  int holiday_offset = 0;    // days after the nth weekday or Easter (Black Friday)
  bool easter = false;       // a day counted from Easter Sunday
  int nth_week = 0;          // nth week of the month or year (-1: last)
  bool week_of = false;      // "the week of April 10": the ISO week holding the day
  int shift = 0;             // kToday, kRefPeriod, kPrevious: steps
  Unit unit = Unit::kNone;   // kRefOffset: unit of `amount`
  double amount = 0;         // kRefOffset: signed amount
  // "2 weeks before May 13": shift of the resolved day.
  Unit offset_unit = Unit::kNone;
  double offset_amount = 0;
  // "in 3 days on Friday", "Monday two weeks from now": that weekday (1..7) of the ISO
  // week holding the day named, after any offset; 0 when none.
  int weekday_in_week = 0;
  Lean lean = Lean::kNearest;
  Part part = Part::kWhole;
  ClockSpec clock;
  bool fiscal = false;  // "fiscal year": not the calendar year, never resolved
};

// A day, or a weekday within a week ("Tuesday of next week"): what a clock time can sit on.
inline bool IsDayLevel(const DateSpec& d) {
  return d.gran == Gran::kDay || (d.gran == Gran::kWeek && d.weekday != 0);
}

inline bool SubDay(Unit u) {
  return u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond;
}

// An amount of time: "24 hours", "1 year 1 month 21 days", "several weeks".
struct Duration {
  struct Piece {
    double amount = 0;  // < 0: unknown amount ("several weeks")
    Unit unit = Unit::kNone;
  };
  std::vector<Piece> pieces;
  bool empty() const { return pieces.empty(); }
};

// The TIMEX3 value of a duration: "PT24H", "P1Y1M21D", "PXW", "P1.5Y".
std::string DurationValue(const Duration& d);

// What one grammar rule matched, over tokens [first, end).
struct Match {
  enum class Type {
    kDate,      // date (with optional clock)
    kClock,     // clock time or part of day alone
    kDuration,  // amount of time
    kSet,       // recurrence; value in set_value
    kRange,     // interval
    kFuzzy,     // PAST_REF / PRESENT_REF / FUTURE_REF in fuzzy
  };
  size_t first = 0;
  size_t end = 0;
  Type type = Type::kDate;
  DateSpec date;       // kDate; kRange: the start
  DateSpec date_end;   // kRange: the end
  ClockSpec clock;     // kClock; kRange of clocks: the start
  ClockSpec clock_end; // kRange of clocks: the end
  Duration duration;   // kDuration; kRange around the reference: its length
  std::string mod;     // TIMEX3 mod
  std::string set_value;
  std::string fuzzy;
  // kRange shapes.
  enum class RangeShape {
    kDates,        // date .. date_end
    kClocks,       // clock .. clock_end, optionally on `date` (range_on_date)
    kSince,        // date .. reference
    kFrom,         // date .. open end ("starting January 7")
    kUntil,        // reference .. date
    kPast,         // reference - duration .. reference ("the past 24 hours")
    kNext,         // reference + 1 day .. reference + duration ("the next 3 days")
    kWithin,       // reference .. reference + duration ("within 3 years")
    kFirstPart,    // the first `duration` of `date` ("the first six months of 2022")
    kLastPart,     // the last `duration` of `date` ("the last three weeks of the year")
    kSpan,         // `duration` from its start: `date` when range_on_date, else `clock`
                   // ("for 3 days from today", "2 weeks starting May 20th", "for 2
                   // hours from 2pm")
  };
  RangeShape shape = RangeShape::kDates;
  bool range_on_date = false;
  // kPast / kWithin: only the far end is meant, a point in time ("2 weeks and 2 days
  // ago" is a day, not a span).
  bool point = false;
  size_t Length() const { return end - first; }
};

}  // namespace sitrep::extract::time_internal
