// Amount rules of the time grammar: durations ("24 hours", "an hour and a half"),
// offsets from the reference or a date ("three weeks ago", "2 weeks before May 13") and
// recurrences ("every Monday", "weekly", "twice a year").
#include <cmath>

#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {

bool Grammar::OffsetMatch(size_t i, Match* m) const {
  // A weekday with an offset day names that weekday of the offset day's week: "Monday
  // two weeks from now", "Thursday, two years from now", "in 3 days on Friday".
  auto day_offset = [](const Match& r) {
    return r.type == Match::Type::kDate && !r.date.clock.set &&
           ((r.date.anchor == Anchor::kRefOffset && !SubDay(r.date.unit)) ||
            (r.date.offset_unit != Unit::kNone && !SubDay(r.date.offset_unit)));
  };
  int wd = 0;
  size_t we = 0;
  bool plural = false, ambiguous = false;
  if (WeekdayName(i, &wd, &we, &plural, &ambiguous) && !plural &&
      (!ambiguous || t_[i].capitalized)) {
    size_t k = t_.IsPunct(we, ',') ? we + 1 : we;
    if (OffsetCore(k, m) && day_offset(*m)) {
      m->first = i;
      m->date.weekday_in_week = wd;
      return true;
    }
    return false;
  }
  if (!OffsetCore(i, m)) return false;
  size_t p = t_.IsPunct(m->end, ',') ? m->end + 1 : m->end;
  if (day_offset(*m) && Is(p, "on") && WeekdayName(p + 1, &wd, &we, &plural, &ambiguous) &&
      !plural && (!ambiguous || t_[p + 1].capitalized)) {
    m->date.weekday_in_week = wd;
    m->end = we;
  }
  return true;
}

bool Grammar::OffsetCore(size_t i, Match* m) const {
  size_t k = i;
  bool in = false;
  std::string approx;
  if (Is(k, "in")) {
    in = true;
    ++k;
  }
  if (IsAny(k, {"about", "around", "roughly", "approximately", "some"}) &&
      !Is(k + 1, "a") && !Is(k + 1, "an")) {
    approx = "APPROX";
    ++k;
  } else if (IsAny(k, {"more", "less"}) && Is(k + 1, "than") && !in) {
    approx = Is(k, "more") ? "MORE_THAN" : "LESS_THAN";  // "more than 2 weeks before today"
    k += 2;
  }
  // Several pieces: "2 weeks and 2 days ago", "2 years 1 month 21 days later".
  {
    Duration dur;
    size_t de = 0;
    if (!in && DurationPhrase(k, &dur, &de) && dur.pieces.size() > 1 &&
        IsAny(de, {"ago", "later", "earlier"})) {
      bool any_unknown = false;
      for (const auto& p : dur.pieces) any_unknown = any_unknown || p.amount < 0;
      if (!any_unknown) {
        m->first = i;
        m->end = de + 1;
        m->type = Match::Type::kRange;
        m->shape = Is(de, "ago") || Is(de, "earlier") ? Match::RangeShape::kPast
                                                      : Match::RangeShape::kWithin;
        m->duration = dur;
        m->point = true;
        m->mod = approx;
        return true;
      }
    }
  }
  double n = 0;
  size_t ce = 0;
  if (!Count(k, &n, &ce, true)) return false;
  bool plural = false;
  size_t ue = 0;
  Unit u = UnitWord(ce, &ue, &plural, t_.Touches(ce) && t_.IsNumber(k));
  if (u == Unit::kNone || u == Unit::kNight) return false;
  if (u == Unit::kSecond && Is(k, "a") && t_.IsWord(ue)) return false;  // "a second round"
  DateSpec d;
  d.gran = Gran::kDay;
  Match r;
  r.first = i;
  if (in) {
    if (n <= 0) return false;
    if (Is(ue, "of") || Is(ue, "ago")) return false;
    size_t e = ue;
    if (t_.IsPunct(e, '\'') && Is(e + 1, "time")) {
      e += 2;
    } else if (t_.IsPunct(e, '\'') && Is(e + 1, "s") && Is(e + 2, "time")) {
      e += 3;
    } else if (Is(e, "time")) {
      ++e;
    }
    d.anchor = Anchor::kRefOffset;
    d.unit = u;
    d.amount = n;
    r.end = e;
    r.type = Match::Type::kDate;
    r.date = d;
    r.mod = approx;
    *m = r;
    return true;
  }
  if (Is(ue, "ago") || Is(ue, "hence") ||
      (IsAny(ue, {"from", "after"}) && Is(ue + 1, "now"))) {
    if (n < 0) {
      if (!Is(ue, "ago")) return false;
      r.type = Match::Type::kFuzzy;
      r.fuzzy = "PAST_REF";
      r.end = ue + 1;
      r.mod = approx;
      *m = r;
      return true;
    }
    d.anchor = Anchor::kRefOffset;
    d.unit = u;
    d.amount = Is(ue, "ago") ? -n : n;
    r.end = Is(ue, "ago") || Is(ue, "hence") ? ue + 1 : ue + 2;
    r.type = Match::Type::kDate;
    r.date = d;
    r.mod = approx;
    *m = r;
    return true;
  }
  if (n <= 0) return false;
  if (IsAny(ue, {"before", "after", "from", "since"})) {
    if (Is(ue, "from") && Is(i - 1, "for")) return false;  // a span, read by SpanFrom
    DateSpec x;
    size_t xe = 0;
    if (DateTime(ue + 1, &x, &xe) &&
        (IsDayLevel(x) || (Is(ue, "since") && x.gran == Gran::kYear))) {
      if (x.gran == Gran::kYear) {
        x.month = 1;
        x.day = 1;
        x.gran = Gran::kDay;
      }
      x.offset_unit = u;
      x.offset_amount = Is(ue, "before") ? -n : n;
      r.end = xe;
      r.type = Match::Type::kDate;
      r.date = x;
      r.mod = approx;
      *m = r;
      return true;
    }
    return false;
  }
  if (IsAny(ue, {"later", "earlier"}) && SubDay(u)) {
    // "30 minutes later": from the reference moment.
    d.anchor = Anchor::kRefOffset;
    d.unit = u;
    d.amount = Is(ue, "later") ? n : -n;
    r.end = ue + 1;
    r.type = Match::Type::kDate;
    r.date = d;
    r.mod = approx;
    *m = r;
    return true;
  }
  return false;
}

bool Grammar::DurationPhrase(size_t i, Duration* d, size_t* end) const {
  Duration out;
  size_t k = i;
  bool plural = false;
  size_t ue = 0;
  // "all day", "the whole week", "full-month", "another hour"
  if (IsAny(k, {"all", "whole", "full", "entire", "another"})) {
    size_t u0 = k + 1;
    if (t_.IsPunct(u0, '-') && t_.Touches(u0)) ++u0;
    Unit u = UnitWord(u0, &ue, &plural, false);
    if (u != Unit::kNone && !plural && !SubDay(u) && u != Unit::kNight) {
      if (Is(k, "another") || !IsAny(ue, {"long"})) {
        out.pieces.push_back({1, u});
        *d = out;
        *end = ue;
        return true;
      }
    }
    if (Is(k, "another") && u != Unit::kNone && !plural) {
      out.pieces.push_back({1, u});
      *d = out;
      *end = ue;
      return true;
    }
    return false;
  }
  // Bare plural units in "for weeks", "in decades", "over years": an unknown amount.
  if (IsAny(i - 1, {"for", "in", "over", "within", "after", "lasting"}) && i > 0) {
    Unit u = UnitWord(k, &ue, &plural, false);
    if (u != Unit::kNone && plural && u != Unit::kNight &&
        !IsAny(ue, {"ago", "of", "earlier", "later", "before", "after", "old"}) &&
        !(t_.IsPunct(ue, '\'') && Is(ue + 1, "time"))) {
      out.pieces.push_back({-1, u});
      *d = out;
      *end = ue;
      return true;
    }
  }
  // "weeks-long", "decade-long"
  {
    Unit u = UnitWord(k, &ue, &plural, false);
    if (u != Unit::kNone && t_.IsPunct(ue, '-') && t_.Touches(ue) && Is(ue + 1, "long") &&
        t_.Touches(ue + 1)) {
      out.pieces.push_back({plural ? -1.0 : 1.0, u});
      *d = out;
      *end = ue + 2;
      return true;
    }
  }
  Unit last = Unit::kNone;
  // At most one piece per unit that a duration can name (Y M W D H M S and a spare).
  while (out.pieces.size() < 8) {
    double n = 0;
    size_t ce = 0;
    if (!Count(k, &n, &ce, true)) break;
    size_t u0 = ce;
    bool adjective = false;
    if (t_.IsPunct(u0, '-') && t_.Touches(u0) && t_.IsNumber(k) && t_.Touches(u0 + 1)) {
      ++u0;  // "24-hour", "3-day", "30-minutes"
      adjective = true;
    }
    Unit u = UnitWord(u0, &ue, &plural, t_.Touches(u0) && t_.IsNumber(k) && !adjective);
    if (u == Unit::kNone) break;
    if (u == Unit::kNight && !plural && n != 1 && !adjective) break;  // "three night markets"
    // "a day remembered as...", "a week of talks": an article and a unit make an amount
    // of time only where the sentence measures time.
    if (out.pieces.empty() && IsAny(k, {"a", "an"}) && !plural &&
        !IsAny(k - 1, {"for", "in", "within", "over", "after", "about", "around", "than",
                       "nearly", "almost", "least", "most", "lasted", "lasting", "last",
                       "lasts", "takes", "took", "take", "spent", "spend", "another",
                       "half", "only", "just", "barely", "roughly", "some"}) &&
        !IsAny(ue, {"and", "or", "later", "earlier", "ago", "before", "after", "from",
                    "starting", "beginning"}) &&
        !(t_.IsPunct(ue, '-') && Is(ue + 1, "long"))) {
      break;
    }
    if (u == Unit::kSecond && Is(k, "a") && t_.IsWord(ue) &&
        !IsAny(ue, {"or", "and", "later", "ago", "earlier"})) {
      break;  // "a second round"
    }
    if (last != Unit::kNone && static_cast<int>(u) == static_cast<int>(last)) break;
    size_t e = ue;
    // "an hour and a half", "one year and a quarter"
    if (Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "half")) {
      n += 0.5;
      e += 3;
    } else if (Is(e, "and") && Is(e + 1, "half")) {
      n += 0.5;
      e += 2;
    } else if (Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "quarter")) {
      n += 0.25;
      e += 3;
    }
    out.pieces.push_back({n, u});
    last = u;
    k = e;
    // Another piece: "1 year 1 month 21 days", "1 hour and 30 minutes".
    size_t next = k;
    if (Is(next, "and") || t_.IsPunct(next, ',')) ++next;
    double n2 = 0;
    size_t c2 = 0;
    bool p2 = false;
    size_t u2e = 0;
    if (Count(next, &n2, &c2, false) && n2 > 0 &&
        UnitWord(c2, &u2e, &p2, t_.Touches(c2) && t_.IsNumber(next)) != Unit::kNone) {
      k = next;
      continue;
    }
    break;
  }
  if (out.empty()) return false;
  *d = out;
  *end = k;
  return true;
}

bool Grammar::SpanFrom(size_t i, const Duration& d, size_t e, Match* m) const {
  for (const auto& p : d.pieces) {
    if (p.amount <= 0) return false;  // "for weeks from May": no end to name
  }
  size_t p = e;
  if (t_.IsPunct(p, ',')) ++p;
  // "3 days from today" alone is a day (an offset); "for 3 days from today" is a span.
  bool from = Is(p, "from") && Is(i - 1, "for");
  bool starting = IsAny(p, {"starting", "beginning", "commencing"});
  if (!from && !starting) return false;
  size_t q = p + 1;
  if (starting && IsAny(q, {"from", "on", "at", "in"})) ++q;
  Match r;
  r.first = i;
  r.type = Match::Type::kRange;
  r.shape = Match::RangeShape::kSpan;
  r.duration = d;
  DateSpec x;
  size_t xe = 0;
  ClockSpec c;
  size_t ce = 0;
  if (DateTime(q, &x, &xe) && x.gran != Gran::kNone && !x.fiscal &&
      (x.gran == Gran::kDay || !x.clock.set)) {
    r.date = x;
    r.range_on_date = true;
    r.end = xe;
  } else if (Clock(q, &c, &ce, true)) {
    r.clock = c;
    r.end = ce;
  } else {
    return false;
  }
  *m = r;
  return true;
}

bool Grammar::DurationMatch(size_t i, Match* m) const {
  size_t k = i;
  std::string mod;
  if (Is(k, "more") && Is(k + 1, "than")) {
    mod = "MORE_THAN";
    k += 2;
  } else if ((Is(k, "less") || Is(k, "fewer")) && Is(k + 1, "than")) {
    mod = "LESS_THAN";
    k += 2;
  } else if (Is(k, "at") && Is(k + 1, "least")) {
    mod = "EQUAL_OR_MORE";
    k += 2;
  } else if ((Is(k, "at") && Is(k + 1, "most")) || (Is(k, "up") && Is(k + 1, "to"))) {
    mod = "EQUAL_OR_LESS";
    k += 2;
  } else if (IsAny(k, {"about", "around", "approximately", "roughly"})) {
    mod = "APPROX";
    ++k;
  } else if (IsAny(k, {"nearly", "almost"})) {
    mod = "LESS_THAN";
    ++k;
  }
  Duration d;
  size_t e = 0;
  if (!DurationPhrase(k, &d, &e)) return false;
  if (mod.empty() && SpanFrom(i, d, e, m)) return true;
  m->first = i;
  m->end = e;
  m->type = Match::Type::kDuration;
  m->duration = d;
  m->mod = mod;
  return true;
}

bool Grammar::SetMatch(size_t i, Match* m) const {
  static constexpr struct {
    std::string_view word;
    const char* value;
  } kAdverbs[] = {{"daily", "P1D"},         {"everyday", "P1D"},     {"nightly", "P1D"},
                  {"weekly", "P1W"},        {"biweekly", "P2W"},     {"fortnightly", "P2W"},
                  {"monthly", "P1M"},       {"quarterly", "P3M"},    {"yearly", "P1Y"},
                  {"annually", "P1Y"},      {"hourly", "PT1H"},      {"semiannually", "P0.5Y"},
                  {"biannually", "P0.5Y"},  {"semiannual", "P0.5Y"}};
  Match r;
  r.first = i;
  r.type = Match::Type::kSet;
  // "3pm each day", "8 am every week"
  ClockSpec c;
  size_t ce = 0;
  if (Clock(i, &c, &ce, false) && IsAny(ce, {"each", "every"}) && Is(ce + 1, "day")) {
    r.set_value = "T" + FormatClock(c.hour, c.minute, c.second);
    r.end = ce + 2;
    *m = r;
    return true;
  }
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  for (const auto& a : kAdverbs) {
    if (w == a.word) {
      r.set_value = a.value;
      r.end = i + 1;
      *m = r;
      return true;
    }
  }
  if ((w == "semi" || w == "bi") && t_.IsPunct(i + 1, '-') && t_.Touches(i + 1)) {
    std::string_view x = t_.low(i + 2);
    std::string joined = std::string(w) + std::string(x);
    for (const auto& a : kAdverbs) {
      if (joined == a.word || (w == "bi" && x == "monthly")) {
        r.set_value = w == "bi" && x == "monthly" ? "P2M" : a.value;
        r.end = i + 3;
        *m = r;
        return true;
      }
    }
  }
  // "once a week", "twice a year", "three times a month"
  {
    size_t k = i;
    bool ok = false;
    if (IsAny(k, {"once", "twice", "thrice"})) {
      ok = true;
      ++k;
    } else {
      double n = 0;
      size_t ce2 = 0;
      if (Count(k, &n, &ce2, false) && n > 0 && Is(ce2, "times")) {
        ok = true;
        k = ce2 + 1;
      }
    }
    if (ok && IsAny(k, {"a", "an", "per", "every", "each"})) {
      bool plural = false;
      size_t ue = 0;
      Unit u = UnitWord(k + 1, &ue, &plural, false);
      if (u != Unit::kNone && !plural) {
        Duration d;
        d.pieces.push_back({1, u});
        r.set_value = DurationValue(d);
        r.end = ue;
        *m = r;
        return true;
      }
    }
  }
  // "Mondays", "on Tuesdays at 9am"
  int wd = 0;
  size_t we = 0;
  bool plural = false, ambiguous = false;
  if (WeekdayName(i, &wd, &we, &plural, &ambiguous) && !plural && t_.IsWord(we) &&
      (!ambiguous || t_[i].capitalized)) {
    // "Friday mornings", "Sunday nights": a weekday and a part of day in the plural.
    std::string_view w = t_.low(we);
    if (w.size() > 1 && w.back() == 's') {
      PartOfDay p = PartOfDayFromWord(w.substr(0, w.size() - 1));
      if (p != PartOfDay::kNone && !Is(we, "overnights")) {
        r.set_value = "XXXX-WXX-" + std::to_string(wd) + "T" + PartOfDayCode(p);
        r.end = we + 1;
        *m = r;
        return true;
      }
    }
  }
  if (WeekdayName(i, &wd, &we, &plural, &ambiguous) && plural) {
    r.set_value = "XXXX-WXX-" + std::to_string(wd);
    r.end = we;
    size_t k = we;
    if (Is(k, "at")) ++k;
    if (Clock(k, &c, &ce, Is(we, "at"))) {
      r.set_value += "T" + FormatClock(c.hour, c.minute, c.second);
      r.end = ce;
    }
    *m = r;
    return true;
  }
  if (!IsAny(i, {"every", "each"})) return false;
  size_t k = i + 1;
  bool other = false;
  if (IsAny(k, {"other", "second"})) {
    other = true;
    ++k;
  }
  if (WeekdayName(k, &wd, &we, &plural, &ambiguous)) {
    r.set_value = "XXXX-WXX-" + std::to_string(wd);
    r.end = we;
    // "every Friday morning"
    PartOfDay wp = t_.IsWord(we) ? PartOfDayFromWord(t_.low(we)) : PartOfDay::kNone;
    if (wp != PartOfDay::kNone && !Is(we, "overnight")) {
      r.set_value += std::string("T") + PartOfDayCode(wp);
      r.end = we + 1;
      *m = r;
      return true;
    }
    size_t a = we;
    if (Is(a, "at")) ++a;
    if (Clock(a, &c, &ce, Is(we, "at"))) {
      r.set_value += "T" + FormatClock(c.hour, c.minute, c.second);
      r.end = ce;
    }
    *m = r;
    return true;
  }
  PartOfDay p = PartOfDayFromWord(t_.low(k));
  if (p != PartOfDay::kNone && !Is(k, "overnight")) {
    r.set_value = std::string("T") + PartOfDayCode(p);
    r.end = k + 1;
    size_t a = k + 1;
    if (Is(a, "at")) ++a;
    if (Clock(a, &c, &ce, Is(k + 1, "at"))) {
      r.set_value = "T" + FormatClock(c.hour, c.minute, c.second);
      r.end = ce;
    }
    *m = r;
    return true;
  }
  double n = 1;
  size_t ce2 = k;
  if (!Count(k, &n, &ce2, false)) ce2 = k;
  if (n <= 0) return false;
  Unit u = UnitWord(ce2, &we, &plural, false);
  if (u == Unit::kNone) return false;
  if (u == Unit::kWeekend && n == 1 && !other) {
    r.set_value = "XXXX-WXX-WE";
    r.end = we;
    *m = r;
    return true;
  }
  Duration d;
  d.pieces.push_back({other ? 2 * n : n, u});
  r.set_value = DurationValue(d);
  r.end = we;
  size_t a = we;
  if (Is(a, "at")) ++a;
  if (u == Unit::kDay && Clock(a, &c, &ce, Is(we, "at"))) {
    r.set_value = "T" + FormatClock(c.hour, c.minute, c.second);
    r.end = ce;
  }
  *m = r;
  return true;
}

}  // namespace sitrep::extract::time_internal
