// The time-expression grammar: from a token position, the longest time expression that
// starts there. Each rule looks a bounded number of tokens ahead, so scanning a text is
// linear in its length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/time_spec.h"
#include "extract/time_tense.h"
#include "extract/time_tokens.h"

namespace sitrep::extract::time_internal {

// A number written in words that starts at a token ("twenty-four", "third"), from
// sitrep::extract::FindNumbers. `end` is the token after it; 0 when none starts there.
struct WordNumber {
  size_t end = 0;
  double value = 0;
  bool ordinal = false;
};

// Shift of a modifier word: "this" 0, "last"/"previous"/"past" -1, "next"/"following"/
// "coming" +1; *ok is false for any other word.
int ModifierShift(std::string_view word, bool* ok);
// The calendar period a word names: "week", "month", "year", "quarter", "weekend",
// "decade", "century"; Gran::kNone otherwise.
Gran PeriodWord(std::string_view word);

class Grammar {
 public:
  // `word_numbers` and `roles` (WordRoles bits) have one entry per token.
  Grammar(const TimeTokens& tokens, const SentenceTense& tense,
          const std::vector<WordNumber>& word_numbers, const std::vector<uint8_t>& roles);

  // The longest match starting at token i; false when none starts there. Inline: the
  // skipping test rules out nine tokens in ten, and as the opening of an out-of-line
  // call it also paid for saving and restoring the registers the rules need.
  bool MatchAt(size_t i, Match* out) const {
    if (i >= can_start_.size() || !can_start_[i] || next_time_[i] >= i + kReach) return false;
    return MatchRules(i, out);
  }

  // Bits of Opens: the rules that can match from a token. Public for the tables of
  // time_grammar_gates.cc.
  enum : uint32_t {
    // MatchAt's rules.
    kOpensPrefixedRange = 1u << 0,
    kOpensAroundReference = 1u << 1,
    kOpensSliceMatch = 1u << 2,
    kOpensOffsetMatch = 1u << 3,
    kOpensSetMatch = 1u << 4,
    kOpensRangeOrDate = 1u << 5,
    kOpensClockMatch = 1u << 6,
    kOpensDurationMatch = 1u << 7,
    kOpensFuzzyMatch = 1u << 8,
    // DateCore's rules for a word.
    kOpensMonthLed = 1u << 9,
    kOpensWeekdayLed = 1u << 10,
    kOpensRelativeWord = 1u << 11,
    kOpensModified = 1u << 12,
    kOpensYearLed = 1u << 13,
    kOpensPeriodic = 1u << 14,
    kOpensPartOf = 1u << 15,
    kOpensHoliday = 1u << 16,
    kOpensAnaphoric = 1u << 17,
    kOpensWeekPhrase = 1u << 18,
    kOpensDayLed = 1u << 19,
    // The Clock atom.
    kOpensClock = 1u << 20,
    kOpensAll = (1u << 21) - 1,
    kOpensKnown = 1u << 31,  // the token's bits are computed
  };

 private:
  // MatchAt past its skipping test: every rule that can open at token i.
  bool MatchRules(size_t i, Match* out) const;

  // ---- first-token gates (time_grammar_gates.cc) ----
  // The rules that can match starting at token i (kOpens* bits), from what token i is:
  // each rule's code needs one of a few words, a number, or a number in words there.
  // Computed on first use and kept: the rules ask about the same tokens many times.
  uint32_t Opens(size_t i) const;
  uint32_t WordOpens(size_t i) const;
  // The openings of the word at i that the token after it rules out: "the", "on", "in",
  // "at", "earlier" and "later" open most of their rules only before a few words ("on or
  // before", "on the morning of"), and they are the commonest words MatchAt tries.
  uint32_t ClosedByNext(std::string_view w, size_t i) const;
  uint32_t ClosedAfterThe(size_t j) const;
  uint32_t ClosedAfterOn(size_t j) const;
  uint32_t ClosedAfterIn(size_t j) const;
  uint32_t ClosedAfterAt(size_t j) const;
  uint32_t ClosedAfterEarlierLater(size_t j) const;
  // These take the position of the word itself: "a" and "an" look up to three tokens
  // ahead, a weekday past its full stop ("Fri.").
  uint32_t ClosedAfterArticle(size_t i) const;
  uint32_t ClosedAfterWeekday(size_t i) const;
  // Whether Clock, or Count with the article, can start at token j.
  bool MayOpenClock(size_t j) const;
  bool MayOpenCount(size_t j) const;
  // Whether a number in words starts at token j.
  bool StartsNumberWords(size_t j) const { return j < words_.size() && words_[j].end != 0; }

  // ---- atoms (time_grammar_atoms.cc) ----
  // A count: digits ("3", "3.5"), number words ("twenty-four", via ParseNumber),
  // "a"/"an" (1), "a couple of" (2), "a dozen" (12), "half a" (0.5), "one and a half";
  // -1 for an unknown amount ("several", "a few", "some", "many").
  bool Count(size_t i, double* value, size_t* end, bool allow_article) const;
  // A number written in words over tokens [i, end) ("twenty four", "twenty-first").
  bool NumberWords(size_t i, double* value, size_t* end, bool* ordinal) const;
  // Day of month 1..31: "3", "03", "3rd", "third", "twenty-first".
  bool DayNumber(size_t i, int* day, size_t* end, bool* ordinal) const;
  // Four-digit year within [lo, hi], not part of a larger figure ("2,014").
  bool YearNumber(size_t i, int lo, int hi, int* year, size_t* end) const;
  bool MonthName(size_t i, int* month, size_t* end, bool* ambiguous) const;
  // 1..99 in words ("seventy two", "thirty-three"), and a year said aloud ("nineteen
  // seventy two", "two thousand and five"), both over tokens [i, *end).
  bool SmallNumber(size_t i, int* value, size_t* end) const;
  bool YearWords(size_t i, int* year, size_t* end) const;
  bool WeekdayName(size_t i, int* weekday, size_t* end, bool* plural,
                   bool* ambiguous) const;
  // A time unit word, singular or plural; `glued` allows "h", "d" directly after a number.
  Unit UnitWord(size_t i, size_t* end, bool* plural, bool glued) const;
  // Clock times: "8:19", "17:49:19", "8am", "8 a.m.", "8.30pm", "noon", "midnight",
  // "9 o'clock", "ten am", "half past seven", "1140 a.m.", with a trailing zone
  // ("GMT", "local time") absorbed. `bare_ok` also accepts a bare hour ("at 7").
  bool Clock(size_t i, ClockSpec* c, size_t* end, bool bare_ok) const;
  // A clock time with a part of day after it: "2 in the afternoon", "7 at night".
  bool ClockWithPart(size_t i, ClockSpec* c, size_t* end, bool bare_ok) const;
  // am/pm markers: "am", "a.m.", "a. m.", "pm", "p . m .", "a", "p".
  bool Meridiem(size_t i, bool* pm, size_t* end, bool allow_letter) const;
  // "in the morning", "at night", "in the evening", "this afternoon" is a date rule.
  bool PartOfDayPhrase(size_t i, PartOfDay* p, size_t* end) const;
  size_t SkipZone(size_t i) const;
  // "in the morning", "at night" starts at token i.
  bool PartOfDayFollows(size_t i) const;

  // ---- dates (time_grammar_dates.cc) ----
  bool DateCore(size_t i, DateSpec* s, size_t* end) const;
  bool MonthLed(size_t i, DateSpec* s, size_t* end) const;
  bool DayLed(size_t i, DateSpec* s, size_t* end) const;
  // `in_range`: after a range connector, where "5/7" needs no date cue before it.
  bool Numeric(size_t i, DateSpec* s, size_t* end, bool in_range) const;
  bool WeekdayLed(size_t i, DateSpec* s, size_t* end) const;
  bool RelativeWord(size_t i, DateSpec* s, size_t* end) const;
  bool Modified(size_t i, DateSpec* s, size_t* end) const;
  bool YearLed(size_t i, DateSpec* s, size_t* end) const;
  bool Periodic(size_t i, DateSpec* s, size_t* end) const;
  bool PartOf(size_t i, DateSpec* s, size_t* end) const;
  bool Holiday(size_t i, DateSpec* s, size_t* end) const;
  bool Anaphoric(size_t i, DateSpec* s, size_t* end) const;
  bool WeekPhrase(size_t i, DateSpec* s, size_t* end) const;
  // Optional ", 2022" / " 2022" / " of 2022" / " in 2022" after a month and day.
  size_t TrailingYear(size_t i, int* year) const;
  // A date followed or preceded by a clock time or a part of the day.
  bool DateTime(size_t i, DateSpec* s, size_t* end) const;
  // DateTime once DateCore(i) has run: `have`, `d` and `e` are what it gave (d and e
  // unset when it failed). For callers that need DateCore's answer too.
  bool DateTimeAfter(size_t i, bool have, DateSpec d, size_t e, DateSpec* s,
                     size_t* end) const;

  // ---- composition (time_grammar_match.cc) ----
  // MatchAt and DateCore try a rule only at tokens that Opens says can start it, and
  // Clock runs only there too. The words each rule can start with (and, for "the", "on",
  // "in", "at", "earlier", "later", "a", "an" and weekdays, what must follow them) are
  // listed in time_grammar_gates.cc: a rule that learns to start with a new word needs
  // it listed there, or it will never be tried at that word.
  bool RangeOrDate(size_t i, Match* m) const;
  bool PrefixedRange(size_t i, Match* m) const;
  bool AroundReference(size_t i, Match* m) const;
  // "the first six months of 2022", "the last three weeks of this year".
  bool SliceMatch(size_t i, Match* m) const;
  bool ClockMatch(size_t i, Match* m) const;
  // "5 to 6pm", "between 3 and 5 pm", "from 10am to noon", optionally on a date.
  // Bare hours ("from 3 to 5") are a clock range only on a day: `on_day` when the caller
  // has read one before it, else a day must follow ("between 3 and 8 yesterday").
  bool ClockRange(size_t i, Match* m, bool on_day = false) const;
  bool DurationMatch(size_t i, Match* m) const;
  // A duration over tokens [i, e) followed by its start: "for 3 days from today", "2
  // weeks starting May 20th", "for 2 hours from 2pm".
  bool SpanFrom(size_t i, const Duration& d, size_t e, Match* m) const;
  bool OffsetMatch(size_t i, Match* m) const;
  // "three weeks ago", "in 2 years", "2 weeks before May 13", without a weekday.
  bool OffsetCore(size_t i, Match* m) const;
  bool SetMatch(size_t i, Match* m) const;
  bool FuzzyMatch(size_t i, Match* m) const;
  // An amount of time: "24 hours", "an hour and a half", "1 year 1 month 21 days".
  bool DurationPhrase(size_t i, Duration* d, size_t* end) const;
  // Range connectors after a first endpoint: "-", "to", "until", "through", "and".
  bool Connector(size_t i, size_t* end, bool allow_and) const;

  Lean TenseLean(size_t i, bool day_precision) const;
  bool Is(size_t i, std::string_view w) const { return t_.Is(i, w); }
  // Inline: the rules ask this about 40 times per position they try, and with the list
  // in sight the compiler turns each call into a few length and letter tests.
  bool IsAny(size_t i, std::initializer_list<std::string_view> ws) const {
    if (!t_.IsWord(i)) return false;
    const std::string_view w = t_.low(i);
    for (std::string_view x : ws) {
      // Nearly every pair differs in length or first letter: test those before memcmp.
      if (w.size() == x.size() && (w.empty() || w[0] == x[0]) && w == x) return true;
    }
    return false;
  }
  // True when token i-1 is a word that introduces a date ("on", "since", "by"...), so
  // that an ambiguous name ("May", "Sat") or a bare "7/6" can be read as one.
  bool DateCueBefore(size_t i) const;

  const TimeTokens& t_;
  const SentenceTense& tense_;
  const std::vector<WordNumber>& words_;
  // Per token: may it open an expression; and the index of the next token at or after it
  // that carries time. Every rule's match holds such a token within its first kReach
  // tokens, so positions farther from one are skipped without trying the rules.
  static constexpr size_t kReach = 6;
  std::vector<uint8_t> can_start_;  // bytes, not bits: read at every token
  std::vector<size_t> next_time_;
  mutable std::vector<uint32_t> opens_;  // per token: Opens, or 0 before its first use

  // Rules that contain themselves ("the week of <date>", "half past <clock>") nest at
  // most kMaxDepth deep, so that "the week of the week of ..." costs constant work per
  // position instead of running to the end of the text.
  static constexpr int kMaxDepth = 4;
  mutable int depth_ = 0;
  class Nest {
   public:
    explicit Nest(int* depth) : depth_(depth) { ++*depth_; }
    ~Nest() { --*depth_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;
    bool too_deep() const { return *depth_ > kMaxDepth; }

   private:
    int* depth_;
  };
};

}  // namespace sitrep::extract::time_internal
