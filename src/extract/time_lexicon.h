// Word lists of the time-expression grammar: month and weekday names, units, seasons,
// parts of the day and fixed-date holidays. Lookups take ASCII-lowercased words.
#pragma once

#include <string_view>

#include "extract/word_filter.h"

namespace sitrep::extract::time_internal {

// 1..12 for a month name or abbreviation ("feb", "sept"), else 0. *ambiguous is set
// for names that are also common words ("may", "march", "mar", "jan" as a first name),
// which the grammar accepts only next to a day or year or after a date preposition.
int MonthFromWord(std::string_view word, bool* ambiguous);

// 1 (Monday) .. 7 (Sunday) for a weekday name, abbreviation or plural ("wednesdays"),
// else 0. *plural is set for plurals ("on Mondays": a recurrence); *ambiguous for
// abbreviations that are also words ("sat", "sun", "wed", "mon").
int WeekdayFromWord(std::string_view word, bool* plural, bool* ambiguous);

enum class Unit {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kNight,  // counts as a day in a duration ("two nights")
  kBusinessDay,
  kWeek,
  kWeekend,
  kFortnight,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

// Time unit for a word: "hours", "hrs", "h", "days", "fortnight", "decades"...
// *plural is set for plural forms. Single letters ("h", "d") are returned only when
// `allow_letter` is set (the grammar allows them glued to a number: "3h").
Unit UnitFromWord(std::string_view word, bool* plural, bool allow_letter);

// Seasons as TIMEX3 codes.
enum class Season { kNone, kSpring, kSummer, kAutumn, kWinter };
Season SeasonFromWord(std::string_view word);  // "fall" included; callers guard it
const char* SeasonCode(Season s);               // "SP", "SU", "FA", "WI"

enum class PartOfDay { kNone, kMorning, kAfternoon, kEvening, kNight };
PartOfDay PartOfDayFromWord(std::string_view word);  // "morning", "evening", "night"...
const char* PartOfDayCode(PartOfDay p);              // "MO", "AF", "EV", "NI"

// Fixed holidays: month and day, or the nth weekday of a month (nth -1 = the last).
struct Holiday {
  int month = 0;
  int day = 0;      // fixed date, or 0
  int weekday = 0;  // 1..7 with nth, for floating holidays
  int nth = 0;
  int day_offset = 0;  // days after the floating date (Black Friday)
  bool easter = false;  // counted from (Western) Easter Sunday
};
// Matches a holiday name given as its words (lowercase, apostrophes and "'s" dropped:
// {"christmas","eve"}, {"new","years","day"}). Returns the number of words used, 0 if
// none. `words` holds up to 4 consecutive words.
int HolidayFromWords(const std::string_view* words, int count, Holiday* out);
// Whether some holiday name opens with this word (given as HolidayFromWords takes it).
bool OpensHoliday(std::string_view word);

// What a word can do in a time expression, for skipping text that holds none:
// kTimeWord carries time itself (a month, weekday, unit, season, part of day, "now",
// "ago", "daily"); kStartWord can open an expression ("since", "the", "every") and
// includes every kTimeWord.
enum WordRole : unsigned char { kTimeWord = 1, kStartWord = 2 };
unsigned WordRoles(std::string_view word);
// WordRoles' first test, for the loop over every word of a text: a word it rules out
// has no role, and the call for it is saved.
const internal::WordFilter& RoleWords();

// Words before a number that can make it a clock time or a day: "at 7", "from 3 to 5",
// "between 10 and 11", "until 9", "by 5", "around 8", "since 1", "on 5.12".
bool IntroducesClock(std::string_view word);

// Words after which a bare four-digit number is a count, not a year ("about 2000").
bool IsQuantityLead(std::string_view word);
// Words after a number that make it a count ("2014 people", "2000 pieces").
bool IsCountNoun(std::string_view word);

}  // namespace sitrep::extract::time_internal
