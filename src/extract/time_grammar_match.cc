// Clock times and fuzzy references of the time grammar, and MatchAt, which tries every
// rule at a token and keeps the longest match.
#include <utility>

#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {

bool Grammar::FuzzyMatch(size_t i, Match* m) const {
  if (!t_.IsWord(i)) return false;
  Match r;
  r.first = i;
  r.type = Match::Type::kFuzzy;
  std::string_view w = t_.low(i);
  if (w == "now" || (w == "right" && Is(i + 1, "now")) || (w == "just" && Is(i + 1, "now"))) {
    // "now that ...": a conjunction, not a time.
    size_t e = w == "now" ? i + 1 : i + 2;
    if (Is(e, "that")) return false;
    r.fuzzy = "PRESENT_REF";
    r.end = e;
  } else if (w == "currently" || w == "nowadays" ||
             (w == "at" && IsAny(i + 1, {"present"}) && !t_.IsWord(i + 2)) ||
             (w == "at" && Is(i + 1, "the") && Is(i + 2, "moment")) ||
             (w == "these" && Is(i + 1, "days"))) {
    r.fuzzy = "PRESENT_REF";
    r.end = w == "at" ? (Is(i + 1, "the") ? i + 3 : i + 2) : w == "these" ? i + 2 : i + 1;
  } else if (w == "recently" || w == "lately" ||
             (w == "in" && Is(i + 1, "the") && Is(i + 2, "past") && !t_.IsNumber(i + 3) &&
              !IsAny(i + 3, {"few", "several", "two", "three", "week", "month", "year",
                             "day", "decade", "hour", "weeks", "months", "years", "days",
                             "decades", "hours", "couple"}))) {
    r.fuzzy = "PAST_REF";
    r.end = w == "in" ? i + 3 : i + 1;
  } else if (w == "in" && Is(i + 1, "the") &&
             ((Is(i + 2, "near") && Is(i + 3, "future")) || Is(i + 2, "future"))) {
    r.fuzzy = "FUTURE_REF";
    r.end = Is(i + 2, "near") ? i + 4 : i + 3;
  } else if ((w == "to" || w == "till" || w == "until") && Is(i + 1, "date") &&
             !t_.IsWord(i + 2)) {
    r.fuzzy = "PRESENT_REF";  // "the largest to date"
    r.end = i + 2;
  } else if ((w == "long" || w == "while" || (w == "some" && Is(i + 1, "time"))) &&
             IsAny(w == "some" ? i + 2 : i + 1, {"ago"})) {
    r.fuzzy = "PAST_REF";
    r.end = w == "some" ? i + 3 : i + 2;
  } else if (w == "a" && Is(i + 1, "while") && Is(i + 2, "ago")) {
    r.fuzzy = "PAST_REF";
    r.end = i + 3;
  } else {
    // "weeks ago", "years ago", "moments ago"
    bool plural = false;
    size_t ue = 0;
    Unit u = UnitWord(i, &ue, &plural, false);
    if ((u != Unit::kNone && plural) || w == "moments") {
      if (w == "moments") ue = i + 1;
      if (!Is(ue, "ago")) return false;
      r.fuzzy = "PAST_REF";
      r.end = ue + 1;
    } else {
      return false;
    }
  }
  *m = r;
  return true;
}

bool Grammar::ClockMatch(size_t i, Match* m) const {
  Match r;
  if (ClockRange(i, &r)) {
    *m = r;
    return true;
  }
  r = Match();
  r.type = Match::Type::kClock;
  // "in the morning at 7", "in the evening"
  PartOfDay p = PartOfDay::kNone;
  size_t pe = 0;
  ClockSpec c;
  size_t ce = 0;
  if (IsAny(i, {"early", "late"}) || (Is(i, "in") && IsAny(i + 1, {"early", "late"}))) {
    // "in the early morning", "late afternoon"
    size_t k = Is(i, "in") ? i + 2 : i + 1;
    PartOfDay q = PartOfDayFromWord(t_.low(k));
    if (q != PartOfDay::kNone && !Is(k, "overnight")) {
      r.first = i;
      r.end = k + 1;
      // "early morning at 8:00": the clock, in that part of the day.
      if (Is(k + 1, "at") && Clock(k + 2, &c, &ce, true)) {
        c.part = q;
        r.end = ce;
      } else {
        c = ClockSpec();
        c.set = true;
        c.part = q;
      }
      r.clock = c;
      *m = r;
      return true;
    }
  }
  if (PartOfDayPhrase(i, &p, &pe)) {
    // "in the morning at 7", or a clock that is clearly one: "in the morning 9 o'clock".
    if ((Is(pe, "at") && Clock(pe + 1, &c, &ce, true)) || Clock(pe, &c, &ce, false)) {
      c.part = p;
      r.first = i;
      r.end = ce;
      r.clock = c;
      *m = r;
      return true;
    }
    c = ClockSpec();
    c.set = true;
    c.part = p;
    r.first = i;
    r.end = pe;
    r.clock = c;
    *m = r;
    return true;
  }
  size_t k = i;
  bool at = false;
  if (IsAny(k, {"at", "around", "about", "@"}) || t_.IsPunct(k, '@')) {
    at = true;
    ++k;
    r = Match();
    if (ClockRange(k, &r)) {
      *m = r;
      return true;
    }
    r = Match();
    r.type = Match::Type::kClock;
  }
  if (!ClockWithPart(k, &c, &ce, at)) return false;
  r.first = k;
  r.end = ce;
  r.clock = c;
  // "at 3pm today", "at 12:30 PM on Fri": a clock with its day.
  Match dated;
  if (at && RangeOrDate(k, &dated) && dated.end > ce) {
    *m = dated;
    return true;
  }
  *m = r;
  return true;
}

bool Grammar::MatchRules(size_t i, Match* out) const {
  Match best;
  size_t best_end = 0;
  // Each rule starts from a fresh Match; constructing one costs less than resetting a
  // shared one by assignment.
  auto consider = [&](bool (Grammar::*rule)(size_t, Match*) const) {
    Match m;
    if ((this->*rule)(i, &m) && m.end > best_end) {
      best_end = m.end;
      best = std::move(m);
    }
  };
  if (t_[i].kind == TokenKind::kPunct) {
    if (t_.IsPunct(i, '\'')) consider(&Grammar::RangeOrDate);
    if (t_.IsPunct(i, '@')) consider(&Grammar::ClockMatch);
    if (best_end == 0) return false;
    *out = std::move(best);
    return true;
  }
  // Only the rules that can open with this token ("on", "the" and figures open few): a
  // rule skipped would have failed.
  const uint32_t opens = Opens(i);
  if (opens & kOpensPrefixedRange) consider(&Grammar::PrefixedRange);
  if (opens & kOpensAroundReference) consider(&Grammar::AroundReference);
  if (opens & kOpensSliceMatch) consider(&Grammar::SliceMatch);
  if (opens & kOpensOffsetMatch) consider(&Grammar::OffsetMatch);
  if (opens & kOpensSetMatch) consider(&Grammar::SetMatch);
  if (opens & kOpensRangeOrDate) consider(&Grammar::RangeOrDate);
  if (opens & kOpensClockMatch) consider(&Grammar::ClockMatch);
  if (opens & kOpensDurationMatch) consider(&Grammar::DurationMatch);
  if (opens & kOpensFuzzyMatch) consider(&Grammar::FuzzyMatch);
  if (best_end == 0) return false;
  *out = std::move(best);
  return true;
}

}  // namespace sitrep::extract::time_internal
