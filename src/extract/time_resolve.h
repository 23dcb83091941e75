// Resolution of what the grammar understood against the reference date: a DateSpec
// becomes a calendar period and its TIMEX3 value, following the news conventions
// described in include/sitrep/times.h.
#pragma once

#include <optional>
#include <string>

#include "extract/time_calendar.h"
#include "extract/time_spec.h"

namespace sitrep::extract::time_internal {

struct ResolveContext {
  Reference ref;
  // The last day named earlier in the text, for "a day earlier", "the next day".
  std::optional<Days> previous;
};

struct ResolvedDate {
  Period period;
  std::string value;  // the period's value, with a clock time or part of day on a day
  bool has_clock = false;
  // Bounds of a part of the period ("late January": 2022-01-21 .. 2022-01-31), and
  // its TIMEX3 mod ("END"); empty for the whole period.
  std::string part_begin, part_end, part_mod;
};

// nullopt when the date needs a reference and none is known, or names no real day.
std::optional<ResolvedDate> ResolveDate(const DateSpec& s, const ResolveContext& c);

// True when the date depends on the reference ("Wednesday", "last week", "Feb. 3").
bool IsRelative(const DateSpec& s);

// 24-hour clock hour, with "evening"/"afternoon" moving 1..11 to the afternoon;
// -1 for a part of day alone.
int ClockHour24(const ClockSpec& c);
// "T08:19", "T17:49:19", "TEV", "T23:59:59".
std::string ClockValue(const ClockSpec& c);

// The reference moved by a duration, at day precision ("2022-02-07") or, for hours and
// minutes on a reference with a time, minute precision ("2022-02-09T08:19").
// nullopt without a reference or for an unknown amount.
std::optional<std::string> ShiftReference(const Reference& r, const Duration& d, int sign,
                                          bool force_day);
// A moment (day and clock) moved by a duration, always at minute precision or finer:
// "2019-10-12T17:00". nullopt for an unknown amount or outside the calendar.
std::optional<std::string> ShiftMoment(Days day, int hour, int minute, int second,
                                       const Duration& dur, int sign);
// Same, from a given day.
std::optional<Days> AddDuration(Days d, const Duration& dur, int sign);

}  // namespace sitrep::extract::time_internal
