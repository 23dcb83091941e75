// First-token gates of the time grammar: which rules can match starting at a token,
// read off what each rule requires of its first token. MatchAt tries every rule at each
// position near a time word, and most of those positions open no expression ("on", "the",
// "in", figures): the gates let it skip the rules that cannot start there without
// running them. Each gate is a superset of where its rule succeeds, so no match changes.
#include <string_view>
#include <unordered_map>

#include "extract/time_grammar.h"
#include "extract/time_lexicon.h"
#include "extract/view_table.h"
#include "extract/word_hash.h"

namespace sitrep::extract::time_internal {
namespace {

// What a token of each kind opens. A rule reached through another one is opened with
// it: a date rule opens RangeOrDate (through DateTime and DateCore), a clock time opens
// the rules that read one first (SetMatch "3pm each day", ClockMatch, DateTime "3pm
// today").
constexpr uint32_t kDate = Grammar::kOpensRangeOrDate;
constexpr uint32_t kClockStart = Grammar::kOpensClock | Grammar::kOpensSetMatch |
                                 Grammar::kOpensRangeOrDate | Grammar::kOpensClockMatch;
// Count's words without the article: OffsetCore and DurationPhrase ("several weeks
// ago"), SetMatch ("three times a week"), Anaphoric ("two days later").
constexpr uint32_t kCount = Grammar::kOpensOffsetMatch | Grammar::kOpensSetMatch |
                            Grammar::kOpensDurationMatch | Grammar::kOpensAnaphoric | kDate;
// "a"/"an": Count with the article allowed, which SetMatch does not allow.
constexpr uint32_t kArticle = Grammar::kOpensOffsetMatch | Grammar::kOpensDurationMatch |
                              Grammar::kOpensAnaphoric | kDate;
// Words DurationPhrase opens with besides a count ("all day", "another week"), which
// OffsetCore reads too ("2 weeks and 2 days ago").
constexpr uint32_t kDurationLead = Grammar::kOpensOffsetMatch | Grammar::kOpensDurationMatch;
// A unit word opens DurationPhrase ("for weeks", "weeks-long") and FuzzyMatch ("weeks
// ago").
constexpr uint32_t kUnit = kDurationLead | Grammar::kOpensFuzzyMatch;

struct Opening {
  std::string_view word;
  uint32_t opens;
};

// The fixed first words of each rule, as its code tests them. Month, weekday, unit,
// modifier and holiday words come from the lexicon (WordOpens).
constexpr Opening kOpenings[] = {
    // PrefixedRange: every branch tests the word at i.
    {"from", Grammar::kOpensPrefixedRange}, {"between", Grammar::kOpensPrefixedRange},
    {"since", Grammar::kOpensPrefixedRange}, {"ever", Grammar::kOpensPrefixedRange},
    {"starting", Grammar::kOpensPrefixedRange}, {"beginning", Grammar::kOpensPrefixedRange},
    {"commencing", Grammar::kOpensPrefixedRange}, {"effective", Grammar::kOpensPrefixedRange},
    {"as", Grammar::kOpensPrefixedRange}, {"until", Grammar::kOpensPrefixedRange},
    {"till", Grammar::kOpensPrefixedRange}, {"til", Grammar::kOpensPrefixedRange},
    {"through", Grammar::kOpensPrefixedRange}, {"thru", Grammar::kOpensPrefixedRange},
    {"throughout", Grammar::kOpensPrefixedRange}, {"up", Grammar::kOpensPrefixedRange},
    {"by", Grammar::kOpensPrefixedRange}, {"no", Grammar::kOpensPrefixedRange},
    {"on", Grammar::kOpensPrefixedRange}, {"in", Grammar::kOpensPrefixedRange},
    {"at", Grammar::kOpensPrefixedRange}, {"before", Grammar::kOpensPrefixedRange},
    {"prior", Grammar::kOpensPrefixedRange}, {"earlier", Grammar::kOpensPrefixedRange},
    {"sooner", Grammar::kOpensPrefixedRange}, {"after", Grammar::kOpensPrefixedRange},
    {"later", Grammar::kOpensPrefixedRange}, {"around", Grammar::kOpensPrefixedRange},
    {"about", Grammar::kOpensPrefixedRange}, {"circa", Grammar::kOpensPrefixedRange},
    {"approximately", Grammar::kOpensPrefixedRange},
    {"roughly", Grammar::kOpensPrefixedRange},
    // AroundReference: "within", "the", a direction, "recent", "in recent".
    {"within", Grammar::kOpensAroundReference}, {"the", Grammar::kOpensAroundReference},
    {"past", Grammar::kOpensAroundReference}, {"last", Grammar::kOpensAroundReference},
    {"previous", Grammar::kOpensAroundReference},
    {"preceding", Grammar::kOpensAroundReference},
    {"next", Grammar::kOpensAroundReference}, {"coming", Grammar::kOpensAroundReference},
    {"following", Grammar::kOpensAroundReference},
    {"upcoming", Grammar::kOpensAroundReference}, {"recent", Grammar::kOpensAroundReference},
    {"in", Grammar::kOpensAroundReference},
    // SliceMatch: "the first ...", "last ...".
    {"the", Grammar::kOpensSliceMatch}, {"first", Grammar::kOpensSliceMatch},
    {"opening", Grammar::kOpensSliceMatch}, {"last", Grammar::kOpensSliceMatch},
    {"final", Grammar::kOpensSliceMatch}, {"closing", Grammar::kOpensSliceMatch},
    // OffsetCore: "in", an approximation, "more/less than" before its amount.
    {"in", Grammar::kOpensOffsetMatch}, {"about", Grammar::kOpensOffsetMatch},
    {"around", Grammar::kOpensOffsetMatch}, {"roughly", Grammar::kOpensOffsetMatch},
    {"approximately", Grammar::kOpensOffsetMatch}, {"some", Grammar::kOpensOffsetMatch},
    {"more", Grammar::kOpensOffsetMatch}, {"less", Grammar::kOpensOffsetMatch},
    // DurationPhrase: "all day", "the whole week", "another hour", "business days".
    {"all", kDurationLead}, {"whole", kDurationLead}, {"full", kDurationLead},
    {"entire", kDurationLead}, {"another", kDurationLead}, {"business", kUnit},
    {"working", kUnit},
    // Count.
    {"a", kArticle}, {"an", kArticle}, {"couple", kCount}, {"few", kCount},
    {"several", kCount}, {"some", kCount}, {"many", kCount}, {"multiple", kCount},
    {"numerous", kCount}, {"dozens", kCount}, {"hundreds", kCount}, {"tens", kCount},
    {"thousands", kCount}, {"half", kCount},
    // SetMatch: its adverbs, "semi-"/"bi-", "once a week", "every".
    {"daily", Grammar::kOpensSetMatch}, {"everyday", Grammar::kOpensSetMatch},
    {"nightly", Grammar::kOpensSetMatch}, {"weekly", Grammar::kOpensSetMatch},
    {"biweekly", Grammar::kOpensSetMatch}, {"fortnightly", Grammar::kOpensSetMatch},
    {"monthly", Grammar::kOpensSetMatch}, {"quarterly", Grammar::kOpensSetMatch},
    {"yearly", Grammar::kOpensSetMatch}, {"annually", Grammar::kOpensSetMatch},
    {"hourly", Grammar::kOpensSetMatch}, {"semiannually", Grammar::kOpensSetMatch},
    {"biannually", Grammar::kOpensSetMatch}, {"semiannual", Grammar::kOpensSetMatch},
    {"semi", Grammar::kOpensSetMatch}, {"bi", Grammar::kOpensSetMatch},
    {"once", Grammar::kOpensSetMatch}, {"twice", Grammar::kOpensSetMatch},
    {"thrice", Grammar::kOpensSetMatch}, {"every", Grammar::kOpensSetMatch},
    {"each", Grammar::kOpensSetMatch},
    // Clock: "noon", "midnight", "half past seven", "quarter to nine".
    {"noon", kClockStart}, {"midday", kClockStart}, {"noonish", kClockStart},
    {"noontime", kClockStart}, {"midnight", kClockStart}, {"half", kClockStart},
    {"quarter", kClockStart},
    // ClockMatch: ClockRange's "from"/"between", "early/late morning", a part of the day
    // ("in the morning", "at night", "overnight"), "at"/"around"/"about" a clock.
    {"from", Grammar::kOpensClockMatch}, {"between", Grammar::kOpensClockMatch},
    {"early", Grammar::kOpensClockMatch}, {"late", Grammar::kOpensClockMatch},
    {"in", Grammar::kOpensClockMatch}, {"during", Grammar::kOpensClockMatch},
    {"at", Grammar::kOpensClockMatch}, {"overnight", Grammar::kOpensClockMatch},
    {"around", Grammar::kOpensClockMatch}, {"about", Grammar::kOpensClockMatch},
    // DurationMatch: its modifiers.
    {"more", Grammar::kOpensDurationMatch}, {"less", Grammar::kOpensDurationMatch},
    {"fewer", Grammar::kOpensDurationMatch}, {"at", Grammar::kOpensDurationMatch},
    {"up", Grammar::kOpensDurationMatch}, {"about", Grammar::kOpensDurationMatch},
    {"around", Grammar::kOpensDurationMatch},
    {"approximately", Grammar::kOpensDurationMatch},
    {"roughly", Grammar::kOpensDurationMatch}, {"nearly", Grammar::kOpensDurationMatch},
    {"almost", Grammar::kOpensDurationMatch},
    // FuzzyMatch: its words; plural units come from the lexicon.
    {"now", Grammar::kOpensFuzzyMatch}, {"right", Grammar::kOpensFuzzyMatch},
    {"just", Grammar::kOpensFuzzyMatch}, {"currently", Grammar::kOpensFuzzyMatch},
    {"nowadays", Grammar::kOpensFuzzyMatch}, {"at", Grammar::kOpensFuzzyMatch},
    {"these", Grammar::kOpensFuzzyMatch}, {"recently", Grammar::kOpensFuzzyMatch},
    {"lately", Grammar::kOpensFuzzyMatch}, {"in", Grammar::kOpensFuzzyMatch},
    {"to", Grammar::kOpensFuzzyMatch}, {"till", Grammar::kOpensFuzzyMatch},
    {"until", Grammar::kOpensFuzzyMatch}, {"long", Grammar::kOpensFuzzyMatch},
    {"while", Grammar::kOpensFuzzyMatch}, {"some", Grammar::kOpensFuzzyMatch},
    {"a", Grammar::kOpensFuzzyMatch}, {"moments", Grammar::kOpensFuzzyMatch},
    // DateTime: "on the morning of", "the morning of".
    {"on", kDate}, {"the", kDate},
    // DateCore's word rules.
    {"the", Grammar::kOpensRelativeWord | kDate}, {"day", Grammar::kOpensRelativeWord | kDate},
    {"today", Grammar::kOpensRelativeWord | kDate},
    {"tomorrow", Grammar::kOpensRelativeWord | kDate},
    {"tmrw", Grammar::kOpensRelativeWord | kDate}, {"tmr", Grammar::kOpensRelativeWord | kDate},
    {"yesterday", Grammar::kOpensRelativeWord | kDate},
    {"tonight", Grammar::kOpensRelativeWord | kDate},
    {"tonite", Grammar::kOpensRelativeWord | kDate},
    {"this", Grammar::kOpensRelativeWord | kDate}, {"last", Grammar::kOpensRelativeWord | kDate},
    {"the", Grammar::kOpensYearLed | kDate}, {"year", Grammar::kOpensYearLed | kDate},
    {"calendar", Grammar::kOpensYearLed | kDate},
    {"q", Grammar::kOpensPeriodic | kDate}, {"h", Grammar::kOpensPeriodic | kDate},
    {"the", Grammar::kOpensPeriodic | kDate},
    {"the", Grammar::kOpensPartOf | kDate}, {"beginning", Grammar::kOpensPartOf | kDate},
    {"start", Grammar::kOpensPartOf | kDate}, {"middle", Grammar::kOpensPartOf | kDate},
    {"end", Grammar::kOpensPartOf | kDate}, {"turn", Grammar::kOpensPartOf | kDate},
    {"early", Grammar::kOpensPartOf | kDate}, {"late", Grammar::kOpensPartOf | kDate},
    {"mid", Grammar::kOpensPartOf | kDate}, {"earlier", Grammar::kOpensPartOf | kDate},
    {"later", Grammar::kOpensPartOf | kDate},
    {"the", Grammar::kOpensAnaphoric | kDate}, {"next", Grammar::kOpensAnaphoric | kDate},
    {"the", Grammar::kOpensWeekPhrase | kDate}, {"week", Grammar::kOpensWeekPhrase | kDate},
    {"w", Grammar::kOpensWeekPhrase | kDate}, {"last", Grammar::kOpensWeekPhrase | kDate},
    {"final", Grammar::kOpensWeekPhrase | kDate},
    {"the", Grammar::kOpensDayLed | kDate},
};

// What the lexicon says a word opens: month, weekday, unit, modifier and holiday words.
uint32_t LexiconOpens(std::string_view w) {
  uint32_t opens = 0;
  bool plural = false, ambiguous = false;
  if (MonthFromWord(w, &ambiguous) != 0) opens |= Grammar::kOpensMonthLed | kDate;
  if (WeekdayFromWord(w, &plural, &ambiguous) != 0) {
    // WeekdayLed, OffsetMatch ("Monday two weeks from now"), SetMatch ("Mondays").
    opens |= Grammar::kOpensWeekdayLed | kDate | Grammar::kOpensOffsetMatch |
             Grammar::kOpensSetMatch;
  }
  if (UnitFromWord(w, &plural, false) != Unit::kNone) opens |= kUnit;
  bool modifier = false;
  ModifierShift(w, &modifier);
  if (modifier) opens |= Grammar::kOpensModified | kDate;
  if (OpensHoliday(w)) opens |= Grammar::kOpensHoliday | kDate;
  return opens;
}

// Words that open something through the lexicon alone, listed so that the table below
// answers for them in one lookup. The list only saves time: a word missing from it gets
// the same bits from LexiconOpens.
constexpr std::string_view kLexiconWords[] = {
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june",
    "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct",
    "november", "nov", "december", "dec", "monday", "mon", "tuesday", "tue", "tues",
    "wednesday", "wed", "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday",
    "sat", "sunday", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
    "saturdays", "sundays", "second", "seconds", "sec", "secs", "minute", "minutes", "min",
    "mins", "hour", "hours", "hr", "hrs", "days", "night", "nights", "weeks", "wk", "wks",
    "weekend", "weekends", "fortnight", "fortnights", "month", "months", "mo", "mos",
    "quarters", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
    "workday", "workdays", "weekday", "weekdays", "current", "present", "christmas",
    "halloween", "juneteenth", "thanksgiving", "easter", "good", "martin", "international",
    "new", "st", "saint", "orthodox", "boxing", "valentines", "independence", "bastille",
    "victory", "veterans", "remembrance", "armistice", "earth", "labor", "memorial",
    "mothers", "fathers", "black"};

using OpeningTable = internal::ViewTable<uint32_t>;

// Per word, everything it opens: its fixed openings and what the lexicon gives it. A word
// not in the table has no fixed openings (all of kOpenings is in it), so LexiconOpens
// alone answers for it.
const OpeningTable& Openings() {
  static const OpeningTable* const kTable = [] {
    std::unordered_map<std::string_view, uint32_t, internal::WordHash> merged;
    for (const Opening& o : kOpenings) merged[o.word] |= o.opens;
    for (std::string_view w : kLexiconWords) merged[w] |= 0;
    for (auto& [w, opens] : merged) opens |= LexiconOpens(w);
    auto* t = new OpeningTable();
    t->Build(merged);
    return t;
  }();
  return *kTable;
}

}  // namespace

bool Grammar::MayOpenClock(size_t j) const {
  return t_.IsNumber(j) || StartsNumberWords(j) ||
         IsAny(j, {"noon", "midday", "noonish", "noontime", "midnight", "half", "quarter"});
}

bool Grammar::MayOpenCount(size_t j) const {
  return t_.IsNumber(j) || StartsNumberWords(j) ||
         IsAny(j, {"a", "an", "couple", "few", "several", "some", "many", "multiple",
                   "numerous", "dozens", "hundreds", "tens", "thousands", "half"});
}

uint32_t Grammar::ClosedAfterThe(size_t j) const {
  uint32_t closed = 0;
  if (!IsAny(j, {"past", "last", "previous", "preceding", "next", "coming", "following",
                 "upcoming"})) {
    closed |= kOpensAroundReference;  // "the past 24 hours"
  }
  if (!IsAny(j, {"first", "opening", "last", "final", "closing"})) {
    closed |= kOpensSliceMatch;  // "the first six months of 2022"
  }
  const bool number = t_.IsNumber(j) || StartsNumberWords(j);
  if (!Is(j, "day")) closed |= kOpensRelativeWord;  // "the day after tomorrow"
  if (!Is(j, "year")) closed |= kOpensYearLed;      // "the year 2014"
  // "the 21st century", "the first quarter of 2013", "the last quarter of"
  if (!number && !IsAny(j, {"last", "final"})) closed |= kOpensPeriodic;
  if (!IsAny(j, {"beginning", "start", "middle", "end", "turn"})) {
    closed |= kOpensPartOf;  // "the end of 2008"
  }
  if (!IsAny(j, {"previous", "next", "following", "preceding", "same", "day"})) {
    closed |= kOpensAnaphoric;  // "the next day", "the day before"
  }
  // "the week of April 10th", "the 3rd week of Jan", "the last week of July"
  if (!number && !IsAny(j, {"week", "last", "final"})) closed |= kOpensWeekPhrase;
  if (!number) closed |= kOpensDayLed;  // "the 18th"
  // RangeOrDate reads "the" through DateCore's rules above, and DateTime's "the morning
  // of February 24".
  constexpr uint32_t kDateRules = kOpensRelativeWord | kOpensYearLed | kOpensPeriodic |
                                  kOpensPartOf | kOpensAnaphoric | kOpensWeekPhrase |
                                  kOpensDayLed;
  if ((closed & kDateRules) == kDateRules &&
      !(t_.IsWord(j) && PartOfDayFromWord(t_.low(j)) != PartOfDay::kNone)) {
    closed |= kOpensRangeOrDate;
  }
  return closed;
}

uint32_t Grammar::ClosedAfterOn(size_t j) const {
  uint32_t closed = 0;
  if (!Is(j, "or")) closed |= kOpensPrefixedRange;  // "on or before May 1"
  if (!Is(j, "the")) closed |= kOpensRangeOrDate;   // "on the morning of May 1"
  return closed;
}

uint32_t Grammar::ClosedAfterIn(size_t j) const {
  uint32_t closed = 0;
  if (!IsAny(j, {"or", "advance"})) closed |= kOpensPrefixedRange;  // "in advance of"
  if (!Is(j, "recent")) closed |= kOpensAroundReference;            // "in recent days"
  // "in 3 days", "in about a week"
  if (!MayOpenCount(j) && !IsAny(j, {"about", "around", "roughly", "approximately"})) {
    closed |= kOpensOffsetMatch;
  }
  // "in early morning", "in the morning"
  if (!IsAny(j, {"early", "late", "the"})) closed |= kOpensClockMatch;
  if (!Is(j, "the")) closed |= kOpensFuzzyMatch;  // "in the past", "in the future"
  return closed;
}

uint32_t Grammar::ClosedAfterAt(size_t j) const {
  uint32_t closed = 0;
  if (!Is(j, "or")) closed |= kOpensPrefixedRange;  // "at or after 5pm"
  // "at night", "at 7", "at from 3 to 5" (ClockRange after "at")
  if (!MayOpenClock(j) && !IsAny(j, {"night", "from", "between"})) {
    closed |= kOpensClockMatch;
  }
  if (!IsAny(j, {"least", "most"})) closed |= kOpensDurationMatch;  // "at least 3 days"
  if (!IsAny(j, {"present", "the"})) closed |= kOpensFuzzyMatch;    // "at the moment"
  return closed;
}

uint32_t Grammar::ClosedAfterEarlierLater(size_t j) const {
  uint32_t closed = 0;
  if (!Is(j, "than")) closed |= kOpensPrefixedRange;  // "earlier than May"
  if (!IsAny(j, {"this", "that", "in"})) {
    closed |= kOpensPartOf | kOpensRangeOrDate;  // "earlier this month"
  }
  return closed;
}

uint32_t Grammar::ClosedAfterArticle(size_t i) const {
  // Count reads "a", "a few", "a dozen", "a couple (of)", "a number of"; every rule that
  // counts from it needs a unit right after: "a week later", "a few days ago".
  bool plural = false;
  size_t e = 0;
  bool unit = false;
  for (size_t k = i + 1; k <= i + 3 && !unit; ++k) {
    unit = UnitWord(k, &e, &plural, false) != Unit::kNone;
  }
  uint32_t closed = 0;
  if (!unit) {
    closed |= kOpensOffsetMatch | kOpensDurationMatch | kOpensAnaphoric | kOpensRangeOrDate;
  }
  if (!Is(i + 1, "while")) closed |= kOpensFuzzyMatch;  // "a while ago"
  return closed;
}

uint32_t Grammar::ClosedAfterWeekday(size_t i) const {
  int wd = 0;
  size_t we = 0;
  bool plural = false, ambiguous = false;
  if (!WeekdayName(i, &wd, &we, &plural, &ambiguous) || plural) return 0;
  uint32_t closed = 0;
  // OffsetMatch: "Monday two weeks from now", an offset right after the weekday.
  const size_t k = t_.IsPunct(we, ',') ? we + 1 : we;
  bool plural_unit = false;
  size_t ue = 0;
  if (!MayOpenCount(k) && UnitWord(k, &ue, &plural_unit, false) == Unit::kNone &&
      !IsAny(k, {"in", "about", "around", "roughly", "approximately", "some", "more", "less",
                 "all", "whole", "full", "entire", "another"})) {
    closed |= kOpensOffsetMatch;
  }
  // SetMatch: a singular weekday only before a part of the day in the plural ("Friday
  // mornings").
  const std::string_view next = t_.IsWord(we) ? t_.low(we) : std::string_view();
  if (next.size() < 2 || next.back() != 's') closed |= kOpensSetMatch;
  return closed;
}

uint32_t Grammar::ClosedByNext(std::string_view w, size_t i) const {
  if (w == "the") return ClosedAfterThe(i + 1);
  if (w == "on") return ClosedAfterOn(i + 1);
  if (w == "in") return ClosedAfterIn(i + 1);
  if (w == "at") return ClosedAfterAt(i + 1);
  if (w == "earlier" || w == "later") return ClosedAfterEarlierLater(i + 1);
  if (w == "a" || w == "an") return ClosedAfterArticle(i);
  return 0;
}

uint32_t Grammar::WordOpens(size_t i) const {
  const std::string_view w = t_.low(i);
  const uint32_t* known = Openings().Find(w);
  uint32_t opens = known != nullptr ? *known : LexiconOpens(w);
  opens &= ~ClosedByNext(w, i);
  // A weekday's openings of OffsetMatch and SetMatch come from it alone (no weekday
  // name is a unit, count or modifier word), so the word after it can close them.
  if (opens & kOpensWeekdayLed) opens &= ~ClosedAfterWeekday(i);
  // Holiday reads "Valentine's" as "valentines": any word before an apostrophe may open
  // one.
  if (t_.IsPunct(i + 1, '\'')) opens |= kOpensHoliday | kDate;
  return opens;
}

uint32_t Grammar::Opens(size_t i) const {
  if (i >= t_.size()) return 0;
  uint32_t& opens = opens_[i];
  if (opens != 0) return opens;
  opens = kOpensKnown;
  // A number in words opens what the rules that read one open; those that test for
  // fixed words first take none. An ordinal ("first", "twenty-first") is a day or the
  // ordinal of Periodic and WeekPhrase ("the first quarter", "the 3rd week of"); Count
  // and Clock take only cardinals ("two weeks", "at seven").
  if (StartsNumberWords(i)) {
    if (words_[i].ordinal) {
      opens |= kOpensRangeOrDate | kOpensPeriodic | kOpensWeekPhrase | kOpensDayLed;
    } else {
      opens |= kOpensOffsetMatch | kOpensSetMatch | kOpensRangeOrDate | kOpensClockMatch |
               kOpensDurationMatch | kOpensAnaphoric | kOpensClock;
    }
  }
  if (t_.IsNumber(i)) {
    // Digits open every rule but those that test for a word first.
    opens |= kOpensAll & ~(kOpensPrefixedRange | kOpensAroundReference | kOpensSliceMatch |
                           kOpensFuzzyMatch);
  } else if (t_.IsWord(i)) {
    opens |= WordOpens(i);
  }
  return opens;
}

}  // namespace sitrep::extract::time_internal
