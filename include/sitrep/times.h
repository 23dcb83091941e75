// times: time expressions in English news text ("on Wednesday", "Feb. 3", "since 2014",
// "in the past 24 hours", "last summer"), normalised TIMEX3-style against the article's
// own date.
//
// News conventions the resolver follows (news looks back more often than forward, so
// these differ from the conventions of scheduling software):
//  - A bare weekday ("on Wednesday") is the most recent such day on or before the
//    reference date, the same day included; in a sentence in the future tense ("will
//    meet on Friday") it is the next one, the same day included.
//  - A month and day without a year ("February 10-20", "Feb. 3") take the year that puts
//    them nearest the reference, unless the tense points clearly the other way.
//  - A month alone ("in October") is the nearest such month, the most recent one in a
//    past-tense clause or after "since", the next one in a future-tense clause or after
//    "until"/"by". The tense is that of the marker nearest the expression in its
//    sentence ("will", "said", a verb in -ed).
//  - "last week"/"this week"/"next week" are ISO weeks; "last <weekday>" is that day of
//    the previous week and "next <weekday>" that day of the next week.
//  - "last summer" is the most recent summer that has ended (the one before, when the
//    reference falls in a summer).
//  - "a day earlier", "the day before", "two days later", "the next day" count from the
//    most recent day named before them in the text, or from the reference date.
//  - Fuzzy references ("weeks ago", "recently", "now", "in the near future") get the
//    TIMEX3 tokens PAST_REF, PRESENT_REF and FUTURE_REF, which name no day and so need no
//    reference; with one, a PAST_REF ends at it (range_end) and a FUTURE_REF starts at it
//    (range_begin), the only bound the text gives.
//  - "the last two quarters" are whole calendar quarters; "the past 24 hours", "the next
//    three days" and "within 3 years" count from the reference itself.
// Nothing relative is guessed without a reference: value stays "" and resolved is false,
// except for what the text fixes on its own ("since 2014" is "2014/..").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

struct TimeExpr {
  size_t begin = 0;  // byte offsets into the text; end is one past the last byte
  size_t end = 0;
  // "date": a day or a calendar period (week, month, season, quarter, year, decade);
  // "time": a clock time or part of day with no day ("at 8:19", "in the morning");
  // "datetime": a day with a clock time or part of day ("Monday evening");
  // "duration": an amount of time ("24 hours", "several weeks");
  // "set": a recurrence ("every Monday", "weekly");
  // "range": an interval ("February 10-20", "since 2014", "in the past 24 hours").
  std::string kind;
  // TIMEX3-style normalised value:
  //   day "2022-02-09", ISO week "2022-W06", weekend "2022-W06-WE", month "2022-02",
  //   quarter "2022-Q1", half "2022-H1", season "2021-SU" (SP, SU, FA, WI; a winter is
  //   named by the year of its December), year "2014", decade "199", century "20";
  //   datetime "2022-02-10T08:19", part of day "2022-02-07TEV" (TMO, TAF, TEV, TNI);
  //   time "T08:19"; duration "PT24H", "P3W", "P1.5Y", "PXW" (unknown amount of weeks);
  //   set "P1W", "XXXX-WXX-1" (every Monday), "T15:00" (3pm every day);
  //   fuzzy "PAST_REF", "PRESENT_REF", "FUTURE_REF";
  //   range "begin/end" (ISO 8601 interval; ".." for an open or unknown end, as in
  //   "2014/..").
  // "" when it cannot be resolved without a reference date.
  std::string value;
  // Bounds of a range, each at the precision the text gives ("2022-02-10", "2021-10",
  // "2022-02-09T08:19"), both inclusive: "February 10-20" -> 2022-02-10 .. 2022-02-20,
  // "since October" -> 2021-10 .. reference date, "in the past 24 hours" ->
  // reference - 24h .. reference. For a part of a period ("late January", "mid-2014")
  // they bound that part while value names the whole period. "" when open or unknown.
  std::string range_begin;
  std::string range_end;
  // TIMEX3 mod qualifying value: "START" (early), "MID", "END" (late), "BEFORE",
  // "AFTER", "ON_OR_BEFORE" ("by Friday"), "ON_OR_AFTER" ("2016 or later"), "APPROX",
  // "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE" ("at least"), "EQUAL_OR_LESS" ("up to");
  // "" when none.
  std::string mod;
  bool relative = false;  // depends on the reference date ("on Wednesday", "weeks ago")
  bool resolved = false;  // value is set; false when it needs a reference that is missing
  std::string anchor_text;  // the expression as written, for display
};

// Finds time expressions in `text` (UTF-8), in text order, not overlapping.
// `reference_date` is the article's own date, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
// (seconds allowed), or "" when unknown; anything else counts as unknown.
// Runs in time linear in text.size().
std::vector<TimeExpr> FindTimes(std::string_view text, std::string_view reference_date);

// Evaluation against the Microsoft Recognizers-Text English DateTime specs
// (devdata/recognizers_text_specs_en/DateTime/English/*.json).
//
// A gold expression is detected when a found expression overlaps its span; its value is
// correct when the found expression's value (or range bounds) equals the gold TIMEX, or,
// for a gold TIMEX left underspecified by the specs ("XXXX-10-02", "XXXX-WXX-5"), one of
// the resolutions the specs list for it (they list the past and the future reading; the
// news conventions above pick one). Clock times compare at the precision written
// ("T08" equals "T08:00"); durations also by length in seconds ("PT1.5H" = "PT90M").
// Gold intervals are "[start, start + duration)" in the specs, so a found range's end
// matches either the start or the end of the named day or period. The specs split
// "Monday at 3pm" into a date and a time where a news timeline keeps one datetime; a
// found datetime matches a gold date or time that it holds.
struct TimeEvalResult {
  std::string file;  // spec file name, "DateTimeModel.json"
  // "" for the whole file; else one gold type ("date", "daterange", "duration", ...),
  // for which precision and f1 are -1: a found expression has no type until it matches.
  std::string type;
  int cases = 0;          // test cases (inputs) counted
  int gold = 0;           // gold expressions
  int found = 0;          // expressions found (whole-file rows only)
  int detected = 0;       // gold expressions overlapped by a found one
  int value_correct = 0;  // detected gold expressions with a matching value
  double precision = 0;   // found expressions overlapping some gold one / found
  double recall = 0;      // detected / gold
  double f1 = 0;
  double value_accuracy = 0;  // value_correct / detected
};

// A gold expression that was missed or got a different value, for inspection.
struct TimeEvalMiss {
  std::string file;
  std::string input;
  std::string reference;
  std::string gold_text;
  std::string gold_type;
  std::string gold_timex;   // the specs' TIMEX values, joined by " | "
  std::string found_text;   // "" when nothing overlapped the gold expression
  std::string found_value;
};

// Runs every *.json spec under `devdata_dir`/recognizers_text_specs_en/DateTime/English
// (or under `devdata_dir` itself when it already is that folder). Returns one row per
// file followed by its per-type rows, files in name order; empty when none is readable.
// When `misses` is given, it receives every gold expression not detected or not matched.
std::vector<TimeEvalResult> EvaluateDateTimeSpecs(const std::string& devdata_dir,
                                                  std::vector<TimeEvalMiss>* misses = nullptr);

}  // namespace sitrep::extract
