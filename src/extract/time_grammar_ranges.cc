// Range rules of the time grammar: date ranges ("February 10-20", "from 2014 to 2018"),
// prefixed ones ("since October", "until Friday", "before 2018"), clock ranges ("5 to
// 6pm"), spans around the reference ("the past 24 hours") and slices of a period ("the
// first six months of 2022").
#include <cmath>

#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {
namespace {

// Two range endpoints that belong together: calendar dates with calendar dates,
// relative days with days. "2014 to May 2018" is fine; "2014 to tomorrow" is not.
bool Compatible(const DateSpec& a, const DateSpec& b) {
  if (a.clock.set != b.clock.set) return false;
  if (a.anchor == Anchor::kPrevious || b.anchor == Anchor::kPrevious) return false;
  if (a.gran == Gran::kNone || b.gran == Gran::kNone) return false;
  return true;
}

// "Nov-Feb 2017": a start without a year takes the end's, or the year before when its
// month comes later.
void PropagateYear(DateSpec* a, DateSpec* b) {
  if (a->anchor != Anchor::kAbsolute || b->anchor != Anchor::kAbsolute) return;
  if (a->year == 0 && b->year != 0 && a->month != 0) {
    a->year = b->month != 0 && a->month > b->month ? b->year - 1 : b->year;
  }
}

}  // namespace

bool Grammar::Connector(size_t i, size_t* end, bool allow_and) const {
  if (t_.IsPunct(i, '-') || t_.IsPunct(i, '~')) {
    *end = i + 1;
    return true;
  }
  if (IsAny(i, {"to", "until", "till", "til", "through", "thru"})) {
    *end = i + 1;
    return true;
  }
  if (allow_and && Is(i, "and")) {
    *end = i + 1;
    return true;
  }
  return false;
}

bool Grammar::ClockRange(size_t i, Match* m, bool on_day) const {
  size_t k = i;
  bool between = false;
  bool introduced = false;
  if (Is(k, "from")) {
    introduced = true;
    ++k;
  } else if (Is(k, "between")) {
    between = introduced = true;
    ++k;
  }
  ClockSpec a, b;
  size_t ae = 0, be = 0, c = 0;
  if (!Clock(k, &a, &ae, true)) return false;
  PartOfDay first_part = PartOfDay::kNone;
  size_t fpe = 0;
  if (PartOfDayPhrase(ae, &first_part, &fpe)) {  // "from 3 in the morning until 5pm"
    a.part = first_part;
    ae = fpe;
  }
  if (!Connector(ae, &c, between)) return false;
  if (!Clock(c, &b, &be, true)) return false;
  bool strong = a.meridiem || a.minute_given || b.meridiem || b.minute_given ||
               first_part != PartOfDay::kNone;
  PartOfDay part = PartOfDay::kNone;
  size_t pe = 0;
  if (PartOfDayPhrase(be, &part, &pe)) {
    a.part = b.part = part;
    be = pe;
    strong = true;
  }
  // "... on Monday", "... tomorrow", "... of April 22"
  size_t d = be;
  if (Is(d, "on") || Is(d, "of") || t_.IsPunct(d, ',')) ++d;
  DateSpec x;
  size_t xe = 0;
  bool dated = DateCore(d, &x, &xe) && IsDayLevel(x) && (!x.clock.set || x.clock.hour < 0);
  if (dated && x.clock.set) strong = true;  // "between 7 and 9 last night"
  // Two bare numbers are hours when the text puts them on a day and marks them as a
  // span ("between 3 and 5 on 1/1/2015", "Wednesday from 10-4"); elsewhere they are
  // scores, ages or counts ("won 3-1 on Sunday").
  if (!strong && !on_day && !(dated && introduced)) return false;
  // "5 to 6pm": the second hour's pm carries over when it keeps the order.
  if (!a.meridiem && b.meridiem && b.hour >= 12 && a.hour < 12 && a.hour + 12 <= b.hour) {
    a.hour += 12;
    a.meridiem = true;
  }
  // "from 10:30 to 3", "from 8am-3": an end before the start is in the afternoon.
  if (!b.meridiem && b.hour >= 1 && b.hour < 12 && b.hour < a.hour && b.hour + 12 > a.hour) {
    b.hour += 12;
    b.meridiem = true;
  }
  m->first = i;
  m->end = be;
  m->type = Match::Type::kRange;
  m->shape = Match::RangeShape::kClocks;
  m->clock = a;
  m->clock_end = b;
  if (dated) {
    if (x.clock.set) {
      m->clock.part = m->clock_end.part = x.clock.part;
      x.clock = ClockSpec();
    }
    m->date = x;
    m->range_on_date = true;
    m->end = xe;
  }
  return true;
}

bool Grammar::RangeOrDate(size_t i, Match* m) const {
  DateSpec a;
  size_t ae = 0;
  // "9 to 12 of June": a bare day, then a day and month.
  int day = 0;
  size_t de = 0, c = 0;
  bool ordinal = false;
  if (DayNumber(i, &day, &de, &ordinal) && Connector(de, &c, false)) {
    DateSpec b;
    size_t be = 0;
    if (DayLed(c, &b, &be) && b.month && b.day && b.day > day) {
      a = b;
      a.day = day;
      m->first = i;
      m->end = be;
      m->type = Match::Type::kRange;
      m->shape = Match::RangeShape::kDates;
      m->date = a;
      m->date_end = b;
      return true;
    }
  }
  // DateCore's answer serves twice: for DateTime, and for a clock range on the day below.
  DateSpec core;
  size_t core_end = 0;
  const bool have_core = DateCore(i, &core, &core_end);
  if (!DateTimeAfter(i, have_core, core, core_end, &a, &ae)) return false;
  m->first = i;
  m->end = ae;
  m->type = Match::Type::kDate;
  m->date = a;

  // A clock on this day and how long from it: "14th Feb from 9:30am for 7 hours",
  // "Monday for 2 hours from 10am".
  if (IsDayLevel(a) && Is(ae, "for") && (!a.clock.set || a.clock.hour >= 0)) {
    Duration d;
    size_t de1 = 0;
    ClockSpec c;
    size_t ce = 0;
    DateSpec on = a;
    size_t end = 0;
    if (DurationPhrase(ae + 1, &d, &de1)) {
      if (a.clock.set) {
        end = de1;
      } else if (Is(de1, "from") && ClockWithPart(de1 + 1, &c, &ce, true)) {
        on.clock = c;
        end = ce;
      }
    }
    bool known = end != 0;
    for (const auto& p : d.pieces) known = known && p.amount > 0;
    if (known) {
      m->type = Match::Type::kRange;
      m->shape = Match::RangeShape::kSpan;
      m->date = on;
      m->range_on_date = true;
      m->duration = d;
      m->end = end;
      return true;
    }
  }
  // A clock range on this day: "Monday 8-9am", "1/1/2015 between 10 and 11:30",
  // "Tuesday from 2:00 to 2:30 pm", "yesterday afternoon from 3-8pm".
  DateSpec on = core;
  size_t de0 = core_end;
  if (have_core && IsDayLevel(on) && (!on.clock.set || on.clock.hour < 0)) {
    size_t k = de0;
    PartOfDay part = on.clock.part;
    if (!on.clock.set && t_.IsWord(k)) {
      PartOfDay p = PartOfDayFromWord(t_.low(k));
      if (p != PartOfDay::kNone && !Is(k, "overnight")) {
        part = p;
        ++k;
      }
    }
    bool comma = t_.IsPunct(k, ',');
    if (comma) ++k;
    if (Is(k, "at")) ++k;
    Match cr;
    // After a day, bare hours are a span when introduced ("Wednesday from 10-4") or
    // set in a part of the day ("next Monday morning 6-8"); not after a comma, which
    // more often closes a list of days or a clause ("on Friday, 3-1").
    bool on_day = !comma && (part != PartOfDay::kNone || IsAny(k, {"from", "between"}) ||
                             Is(k - 1, "at"));
    if (ClockRange(k, &cr, on_day) && !cr.range_on_date && cr.end > ae) {
      if (part != PartOfDay::kNone) {
        cr.clock.part = cr.clock_end.part = part;
      }
      on.clock = ClockSpec();
      *m = cr;
      m->first = i;
      m->date = on;
      m->range_on_date = true;
      return true;
    }
    // "today before 4pm", "Thursday after 6:30PM", "next Wednesday later than 10"
    if (!on.clock.set) {
      size_t k2 = de0;
      std::string mod;
      if (Is(k2, "before") || ((Is(k2, "earlier") || Is(k2, "sooner")) && Is(k2 + 1, "than"))) {
        mod = "BEFORE";
      } else if (Is(k2, "after") || (Is(k2, "later") && Is(k2 + 1, "than"))) {
        mod = "AFTER";
      } else if (Is(k2, "by") || (Is(k2, "no") && Is(k2 + 1, "later") && Is(k2 + 2, "than"))) {
        mod = "ON_OR_BEFORE";
      }
      if (!mod.empty()) {
        k2 += Is(k2, "no") ? 3 : Is(k2 + 1, "than") ? 2 : 1;
        ClockSpec c;
        size_t ce = 0;
        if (ClockWithPart(k2, &c, &ce, false)) {
          on.clock = c;
          m->date = on;
          m->end = ce;
          m->mod = mod;
          return true;
        }
      }
    }
  }
  // "2011-12": a year and the next year's last two digits.
  if (a.gran == Gran::kYear && a.year && a.anchor == Anchor::kAbsolute &&
      (t_.IsPunct(ae, '-') || t_.IsPunct(ae, '/')) && t_.Touches(ae) && t_.IsNumber(ae + 1) &&
      t_.Touches(ae + 1) && t_[ae + 1].digits == 2 &&
      t_[ae + 1].number == (a.year + 1) % 100) {
    DateSpec b = a;
    b.year = a.year + 1;
    m->type = Match::Type::kRange;
    m->shape = Match::RangeShape::kDates;
    m->date_end = b;
    m->end = ae + 2;
    return true;
  }
  size_t k = 0;
  if (Connector(ae, &k, false) && !a.clock.set) {
    DateSpec b;
    size_t be = 0;
    bool have = false;
    // "February 10-20", "Nov 18-19, 2015": a bare day after a month and day.
    if (a.gran == Gran::kDay && a.month && a.day && !a.weekday &&
        DayNumber(k, &day, &de, &ordinal)) {
      DateSpec full;
      size_t fe = 0;
      bool full_date = DateCore(k, &full, &fe) && full.month;
      bool more_digits = (t_.IsPunct(de, '/') || t_.IsPunct(de, '-')) && t_.Touches(de);
      if (!full_date && !more_digits && DayNumber(k, &day, &de, &ordinal) && day > a.day &&
          !(t_.IsWord(de) && IsCountNoun(t_.low(de)))) {
        b = a;
        b.day = day;
        int year = 0;
        size_t ye = TrailingYear(de, &year);
        if (year != 0) {
          if (a.year == 0) a.year = year;
          b.year = year;
        }
        be = ye;
        have = IsValidDate(b.year ? b.year : 2000, b.month, b.day);
      }
    }
    if (!have && Numeric(k, &b, &be, true) && b.day && Compatible(a, b)) {
      // "10/1-11/7", "5/1-5/7, 2020"
      int year = 0;
      size_t ye = b.year == 0 ? TrailingYear(be, &year) : be;
      if (year != 0) {
        b.year = year;
        be = ye;
      }
      have = true;
    }
    if (!have && DateTime(k, &b, &be) && Compatible(a, b)) {
      have = true;
    }
    if (!have && Is(ae, "to") && Is(k, "date")) {  // "from March to date"
      b = DateSpec();
      b.anchor = Anchor::kToday;
      b.gran = Gran::kDay;
      be = k + 1;
      have = true;
    }
    if (have) {
      // A bare number after a connector is rarely the end of a date range unless it is a
      // date itself; "Monday to Friday" and "2014-2018" are.
      PropagateYear(&a, &b);
      m->type = Match::Type::kRange;
      m->shape = Match::RangeShape::kDates;
      m->date = a;
      m->date_end = b;
      m->end = be;
      return true;
    }
  }
  // "2016 or later", "1/1/2016 and after", "2012 onwards"
  if (IsAny(ae, {"or", "and"}) && IsAny(ae + 1, {"later", "after", "earlier", "before"}) &&
      !t_.IsWord(ae + 2) && !t_.IsNumber(ae + 2)) {
    bool later = IsAny(ae + 1, {"later", "after"});
    m->mod = later ? "ON_OR_AFTER" : "ON_OR_BEFORE";
    m->end = ae + 2;
    return true;
  }
  if (IsAny(ae, {"onwards", "onward"})) {
    m->mod = "ON_OR_AFTER";
    m->end = ae + 1;
  }
  return true;
}

bool Grammar::PrefixedRange(size_t i, Match* m) const {
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  size_t k = i + 1;
  DateSpec a;
  size_t ae = 0;
  if (w == "from" || w == "between") {
    bool between = w == "between";
    // "between 3 and 12 of Sept"
    int day = 0;
    size_t de = 0, c = 0;
    bool ordinal = false;
    if (DayNumber(k, &day, &de, &ordinal) && Connector(de, &c, between)) {
      DateSpec b;
      size_t be = 0;
      if (DayLed(c, &b, &be) && b.month && b.day > day) {
        a = b;
        a.day = day;
        m->first = i;
        m->end = be;
        m->type = Match::Type::kRange;
        m->shape = Match::RangeShape::kDates;
        m->date = a;
        m->date_end = b;
        return true;
      }
    }
    bool now_first = Is(k, "now");
    if (now_first) {
      a.anchor = Anchor::kToday;
      a.gran = Gran::kDay;
      ae = k + 1;
    } else if (!DateTime(k, &a, &ae)) {
      return ClockRange(i, m);
    }
    size_t c2 = 0;
    if (!Connector(ae, &c2, between)) {
      return false;  // "from October" alone is the month, found on its own
    }
    DateSpec b;
    size_t be = 0;
    if (Is(c2, "now") || Is(c2, "date") || (Is(c2, "the") && Is(c2 + 1, "present")) ||
        (Is(c2, "current") && Is(c2 + 1, "date"))) {
      b.anchor = Anchor::kToday;
      b.gran = Gran::kDay;
      be = IsAny(c2, {"the", "current"}) ? c2 + 2 : c2 + 1;
    } else if (!DateTime(c2, &b, &be)) {
      // "from 5/1-5/7, 2020": a month/day after the connector, year after it.
      return ClockRange(i, m);
    } else if (!Compatible(a, b) && !now_first) {
      return false;
    }
    PropagateYear(&a, &b);
    m->first = i;
    m->end = be;
    m->type = Match::Type::kRange;
    m->shape = Match::RangeShape::kDates;
    m->date = a;
    m->date_end = b;
    return true;
  }
  Match::RangeShape shape = Match::RangeShape::kDates;
  std::string mod;
  bool range = false;
  Lean lean = Lean::kNearest;
  if (w == "since" || (w == "ever" && Is(k, "since"))) {
    if (w == "ever") ++k;
    shape = Match::RangeShape::kSince;
    range = true;
    lean = Lean::kPast;
  } else if (IsAny(i, {"starting", "beginning", "commencing", "effective"})) {
    if (IsAny(k, {"on", "from", "in", "at"})) ++k;
    shape = Match::RangeShape::kFrom;
    range = true;
  } else if (w == "as" && Is(k, "of")) {
    ++k;
    shape = Match::RangeShape::kFrom;
    range = true;
  } else if (IsAny(i, {"until", "till", "til", "through", "thru", "throughout"}) ||
             (w == "up" && IsAny(k, {"to", "until", "till"}))) {
    if (w == "up") ++k;
    shape = Match::RangeShape::kUntil;
    range = w != "throughout";
    lean = Lean::kFuture;
  } else if (w == "by" || (w == "no" && Is(k, "later") && Is(k + 1, "than")) ||
             (IsAny(i, {"on", "in", "at"}) && Is(k, "or") &&
              IsAny(k + 1, {"before", "earlier"})) ||
             (w == "before" && Is(k, "or") && IsAny(k + 1, {"on", "in", "at"}))) {
    if (w == "no") k += 2;
    if (IsAny(i, {"on", "in", "at"})) k += 2;
    if (w == "before") k += 2;
    if (Is(k, "than")) ++k;
    mod = "ON_OR_BEFORE";
    lean = Lean::kFuture;
  } else if (w == "before" || (w == "prior" && Is(k, "to")) ||
             (IsAny(i, {"earlier", "sooner"}) && Is(k, "than")) ||
             (w == "in" && Is(k, "advance") && Is(k + 1, "of"))) {
    if (w == "prior" || w == "earlier" || w == "sooner") ++k;
    if (w == "in") k += 2;
    mod = "BEFORE";
  } else if (w == "after" || (w == "later" && Is(k, "than"))) {
    if (w == "later") ++k;
    mod = "AFTER";
    if (Is(k, "or") && IsAny(k + 1, {"on", "at", "in"})) {
      k += 2;
      mod = "ON_OR_AFTER";
    } else if (Is(k, "or") && Is(k + 1, "equal") && Is(k + 2, "to")) {
      k += 3;
      mod = "ON_OR_AFTER";
    }
  } else if ((IsAny(i, {"on", "at"}) && Is(k, "or") && Is(k + 1, "after")) ||
             (w == "no" && Is(k, "earlier") && Is(k + 1, "than"))) {
    k += 2;
    if (Is(k, "than")) ++k;
    mod = "ON_OR_AFTER";
  } else if (IsAny(i, {"around", "about", "circa", "approximately", "roughly"})) {
    mod = "APPROX";
  } else {
    return false;
  }
  // Not a duration: "after 3 days" is an offset, "by 2 percent" a figure.
  bool now = Is(k, "now");
  if (!now && !DateTime(k, &a, &ae)) {
    // A clock: "since 8pm", "before 8pm", "after around 3:30pm".
    if (IsAny(k, {"around", "about"})) ++k;
    ClockSpec c;
    size_t ce = 0;
    if (!ClockWithPart(k, &c, &ce, false)) return false;  // "circa 5 in the morning"
    m->first = i;
    m->end = ce;
    m->type = Match::Type::kClock;
    m->clock = c;
    m->mod = range ? (shape == Match::RangeShape::kUntil ? "ON_OR_BEFORE" : "ON_OR_AFTER")
                   : mod;
    return true;
  }
  if (now) return false;
  if (lean != Lean::kNearest && a.anchor == Anchor::kAbsolute && a.year == 0) {
    a.lean = lean;
  }
  m->first = i;
  m->end = ae;
  if (range) {
    m->type = Match::Type::kRange;
    m->shape = shape;
    m->date = a;
  } else {
    m->type = Match::Type::kDate;
    m->date = a;
    m->mod = mod;
  }
  return true;
}

bool Grammar::AroundReference(size_t i, Match* m) const {
  size_t k = i;
  bool within = false;
  if (Is(k, "within")) {
    within = true;
    ++k;
  }
  bool the = Is(k, "the");
  if (the) ++k;
  int dir = 0;
  if (IsAny(k, {"past", "last", "previous", "preceding"})) {
    dir = -1;
  } else if (IsAny(k, {"next", "coming", "following", "upcoming"})) {
    dir = 1;
  } else if (IsAny(k, {"recent"}) && the == false && Is(i, "recent")) {
    dir = -2;  // "recent weeks"
  }
  if (dir != 0) ++k;
  if (dir == 0 && !within) {
    // "in recent days"
    if (Is(i, "in") && Is(i + 1, "recent")) {
      dir = -2;
      k = i + 2;
    } else {
      return false;
    }
  }
  double n = 1;
  size_t ce = k;
  bool counted = Count(k, &n, &ce, false);
  if (!counted) ce = k;
  bool plural = false;
  size_t ue = 0;
  Unit u = UnitWord(ce, &ue, &plural, t_.Touches(ce) && counted);
  if (u == Unit::kNone) return false;
  if (!counted && !the && !within && dir != -2) return false;  // "last week": an ISO week
  if (!counted && !plural && !within && dir > 0 &&
      (!IsAny(i - 1, {"in", "over", "during", "for", "throughout"}) || Is(k - 1, "following"))) {
    return false;  // "the next week" in a narrative is the week after, read elsewhere
  }
  if (!counted && !plural && u == Unit::kQuarter) return false;  // "the last quarter"
  if (!counted && !plural && dir == -2) return false;
  if (counted && n == 1 && plural && t_.IsNumber(k) == false) return false;
  if (IsAny(ue, {"ago", "earlier", "later", "of"})) return false;
  Match r;
  r.first = i;
  r.end = ue;
  Duration longer;
  size_t le = 0;
  if (counted && DurationPhrase(k, &longer, &le) && le > ue) {
    r.end = le;  // "within 5 years 1 month 12 days"
  }
  if ((!counted && plural) || n < 0) {
    // "the past few days", "in the coming weeks", "in recent days": only a direction.
    r.type = Match::Type::kFuzzy;
    r.fuzzy = dir > 0 ? "FUTURE_REF" : "PAST_REF";
    *m = r;
    return true;
  }
  if (dir == -2) return false;
  r.type = Match::Type::kRange;
  if (r.end > ue) {
    r.duration = longer;
  } else {
    r.duration.pieces.push_back({n, u});
  }
  if (within) {
    r.shape = dir < 0 ? Match::RangeShape::kPast : Match::RangeShape::kWithin;
  } else {
    r.shape = dir < 0 ? Match::RangeShape::kPast : Match::RangeShape::kNext;
  }
  *m = r;
  return true;
}

bool Grammar::SliceMatch(size_t i, Match* m) const {
  size_t k = i;
  if (Is(k, "the")) ++k;
  bool first = IsAny(k, {"first", "opening"});
  if (!first && !IsAny(k, {"last", "final", "closing"})) return false;
  ++k;
  double n = 0;
  size_t ce = 0;
  if (!Count(k, &n, &ce, false) || n <= 0 || n != std::floor(n)) return false;
  bool plural = false;
  size_t ue = 0;
  Unit u = UnitWord(ce, &ue, &plural, false);
  if (u == Unit::kNone || u == Unit::kNight || !Is(ue, "of")) return false;
  DateSpec d;
  size_t de = 0;
  size_t p = ue + 1;
  if (Is(p, "the") && IsAny(p + 1, {"year", "month", "week", "decade"})) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = Is(p + 1, "year")    ? Gran::kYear
             : Is(p + 1, "month") ? Gran::kMonth
             : Is(p + 1, "week")  ? Gran::kWeek
                                  : Gran::kDecade;
    de = p + 2;
  } else if (!DateCore(p, &d, &de) || d.gran == Gran::kDay || d.gran == Gran::kNone ||
             d.clock.set) {
    return false;
  }
  m->first = i;
  m->end = de;
  m->type = Match::Type::kRange;
  m->shape = first ? Match::RangeShape::kFirstPart : Match::RangeShape::kLastPart;
  m->date = d;
  m->duration.pieces.push_back({n, u});
  return true;
}

}  // namespace sitrep::extract::time_internal
