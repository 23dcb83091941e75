// Calendar dates as day numbers, and the ways newsrooms write them.
//
// A Day counts days since 1970-01-01 (proleptic Gregorian), so date arithmetic is plain
// integer arithmetic and no time zone or locale enters the corpus.
#pragma once

#include <cstdint>
#include <string>

namespace sitrep::gen {

using Day = int64_t;

struct CivilDate {
  int year;
  int month;  // 1..12
  int day;    // 1..31
};

Day DayFromCivil(int year, int month, int day);
CivilDate CivilFromDay(Day day);
int Weekday(Day day);  // 0 = Sunday ... 6 = Saturday

const char* WeekdayName(int weekday);     // "Wednesday"
const char* MonthName(int month);         // "February"
const char* MonthAbbreviation(int month);  // AP style: "Feb.", "March", "Sept."

std::string IsoDate(Day day);                             // "2024-03-14"
std::string IsoDateTime(Day day, int minute_of_day);      // "2024-03-14T09:12"
std::string NumericUsDate(Day day);                       // "03/14/2024"

// How a house style writes a calendar date inside a sentence.
enum class DateStyle {
  kAp,       // "Feb. 3"
  kLong,     // "February 3"
  kBritish,  // "3 February"
};

// A date without the year, in the given style.
std::string WrittenDate(Day day, DateStyle style);

// An expression for `target` as written in an article published on `reference`:
// "on Wednesday", "yesterday", "last week", "on Feb. 3", "earlier this month", ...
// `variant` (any value) selects among the wordings that fit the distance. `absolute`
// is set when the text names the calendar date itself rather than a relative day.
std::string DateExpression(Day target, Day reference, DateStyle style, uint64_t variant,
                           bool* absolute);

}  // namespace sitrep::gen
