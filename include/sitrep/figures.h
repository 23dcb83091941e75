// figures: the quantities a news report states, with what they count.
//
// A figure is a number that measures something: "more than 100,000 military
// personnel", "1.2 billion euros ($1.4 billion)", "240 kilometers (150 mi)", "About
// 14,000 people have died", "hundreds of troops", "27%". Years, dates, clock times,
// durations, ages, ordinals, model names ("S-400", "F-16") and reference numbers are not
// figures and are not reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

struct Figure {
  size_t begin = 0;  // the whole figure phrase, qualifier to counted noun; end is one
  size_t end = 0;    // past the last byte
  double value = 0;
  double value_high = 0;  // upper end of a range ("10 to 20", "10-20"); == value otherwise

  // The qualifier, normalised to one of:
  //   ""            none
  //   "more than"   more than, over, above, in excess of, upwards of, exceeding, 100,000+
  //   "at least"    at least, no fewer than, no less than, a minimum of, ... or more
  //   "less than"   less than, fewer than, under, below
  //   "at most"     at most, no more than, not more than, a maximum of, ... or less
  //   "up to"       up to, as many as, as much as, as high as
  //   "about"       about, around, some, roughly, approximately, circa, ~
  //   "nearly"      nearly, almost, close to, just under, just shy of
  //   "estimated"   an estimated, estimated
  //   "exactly"     exactly, precisely, equal to
  //   "between"     between X and Y, from X to Y (value and value_high are the ends)
  //   vague magnitudes, value being the lower bound they name: "tens of", "hundreds
  //   of", "thousands of", "millions of", "billions of", "dozens of", "scores of",
  //   "several", "a few", "a couple of"
  std::string qualifier;

  // ISO 4217 code for money ("USD", "EUR", "GBP"; cents and pence are converted to the
  // main unit, so "50 cents" is USD 0.5; "$" alone is USD). A currency named without its
  // country keeps its name, which no text resolves: "franc", "peso", "dinar", "riyal".
  // Otherwise a unit symbol: "percent", "percentage point", "bp", "km", "m", "mi", "ft",
  // "in", "nmi", "km2", "ha", "acre", "l", "gal", "bbl", "m3", "bcm", "kg", "t", "lb",
  // "oz", "km/h", "mph", "kn", "C", "F", "K", "deg" (degrees of unstated scale), "MW",
  // "GWh", "MB", "GHz", ... Empty for a plain count.
  std::string unit;

  // Head of the counted noun phrase, lowercased as written ("troops", "soldiers",
  // "people", "personnel", "jets"). Number is kept because "troops" and "troop" differ
  // in sense; grouping synonyms ("folks" and "people") is left to later stages.
  std::string counted;
  // The words of the noun phrase before the head, as written: "US-based", "Russian",
  // "military", "S-400", "fighter".
  std::string modifier;
  // What happened to the counted things, when the sentence says it next to the number,
  // as a past participle: "killed", "died", "wounded", "displaced", "deployed", "sent"
  // ("13,000 people killed", "About 14,000 people have died", "killing 20 people").
  std::string event;

  // The value is itself imprecise: "about", "nearly", "estimated" and the vague
  // magnitudes ("tens of thousands"). Bounds such as "more than" are exact bounds and
  // do not set it.
  bool approximate = false;

  // The same quantity restated in another unit right after it, in brackets:
  // "1.2 billion euros ($1.4 billion)" -> EUR 1.2e9 with equivalent USD 1.4e9.
  std::vector<Figure> equivalents;

  // Whose counted things these are, as an index into the article's entities
  // (EntityResult::entities), where the text makes it clear: "100,000 Russian troops",
  // "Russia's 100,000 troops", "Russia has massed 100,000 troops". -1 otherwise, and
  // always from FindFigures alone: AnalyseArticle sets it once entities are known.
  int owner_entity = -1;
};

// Figures in `text` (UTF-8), sorted by begin, not overlapping. Linear in text.size().
std::vector<Figure> FindFigures(std::string_view text);

// ---------------------------------------------------------------------------------------
// Evaluation against public test tables (devdata/), as library code so that the CLI can
// run it (`sitrep eval figures`).
//
// Each table is a list of cases: an input text and its gold items, each item a span,
// a value and, for quantities, a unit. Predicted items come from FindNumbers (number,
// ordinal and percent tables) or FindFigures (range, currency, dimension, temperature
// and quantulum3 tables), each figure's equivalents counted as items of their own.
// A predicted item matches a gold item when the spans overlap, the values agree to a
// relative 1e-6, and, where the table has units, the units agree once mapped to the
// codes above. Items are matched one to one in text order.
//   precision = matched / predicted, recall = matched / gold, F1 their harmonic mean,
//   a case passes when every gold item is matched and nothing else is predicted.
// How each table is read:
//   - range tables: a figure predicts an interval from its qualifier ("more than 30" is
//     (30,), "at least 30" [30,), "less than" (,30), "at most"/"up to" (,30], "exactly"
//     [30,30]) or its range; one-sided intervals must agree on their brackets, two-sided
//     ones on their ends only (the default and experimental tables disagree on those);
//   - unit tables: only figures of the table's kind count as predictions (money for
//     the currency table, physical units for the dimension table, degrees for both the
//     dimension and the temperature table);
//   - quantulum3: a range is predicted by its middle, as that table writes ranges; a
//     plain count matches its "dimensionless" items.
// Scope, applied the same way to every table:
//   - cases the tables mark NotSupported for "dotnet" (the reference implementation
//     itself fails them) are skipped; cases failing only on other platforms count;
//   - gold items without a value (a unit named alone: "convert to fahrenheit"),
//     relative ordinals ("next", "last"), durations ("three days": time expressions)
//     and bare years ("in 1979") are not counted: none of them is a figure;
//   - in the number table, numbers with letters glued on ("29km", "5pm") and vague
//     magnitudes ("hundreds") are not predicted: the table counts neither as a number;
//   - the age table is scored as a negative test: ages are not figures, so a case
//     passes when no figure overlaps a gold age (precision, recall and F1 are all the
//     share of cases passed);
//   - the experimental and percent-mode number tables restate the default tables
//     under other settings and are not run.
struct EvalResult {
  std::string file;  // path relative to devdata_dir
  int cases = 0;     // cases scored
  int passed = 0;
  int skipped = 0;  // cases skipped as described above
  int gold_items = 0;
  int predicted_items = 0;
  int matched_items = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  std::vector<std::string> failures;  // one line per failed case, for inspection
};

// Runs every table under devdata_dir (the folder holding recognizers_text_specs_en/
// and quantulum3_tests_en/). A table that is missing or unreadable is reported with
// cases == 0 and a failure line saying why.
std::vector<EvalResult> EvaluateNumberSpecs(const std::string& devdata_dir);

}  // namespace sitrep::extract
