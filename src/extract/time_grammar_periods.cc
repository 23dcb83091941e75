// Period rules of the time grammar: relative words ("yesterday"), modified periods
// ("last week", "next summer"), years, decades, quarters, weeks, holidays, anaphora
// ("a day earlier") and parts of periods ("late January", "the end of 2008").
#include <cmath>

#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {

bool Grammar::RelativeWord(size_t i, DateSpec* s, size_t* end) const {
  DateSpec d;
  d.anchor = Anchor::kToday;
  d.gran = Gran::kDay;
  size_t k = i;
  bool the = Is(k, "the");
  if (the) ++k;
  if (Is(k, "day") && IsAny(k + 1, {"after", "before"}) &&
      IsAny(k + 2, {"tomorrow", "yesterday", "tmrw"})) {
    bool after = Is(k + 1, "after");
    bool tomorrow = !Is(k + 2, "yesterday");
    d.shift = (tomorrow ? 1 : -1) + (after ? 1 : -1);
    *s = d;
    *end = k + 3;
    return true;
  }
  if (the) return false;
  std::string_view w = t_.low(i);
  if (w == "today") {
    d.shift = 0;
  } else if (w == "tomorrow" || w == "tmrw" || w == "tmr") {
    d.shift = 1;
  } else if (w == "yesterday") {
    d.shift = -1;
  } else if (w == "tonight" || w == "tonite") {
    d.clock.set = true;
    d.clock.part = PartOfDay::kNight;
  } else if ((w == "this" || w == "last") && t_.IsWord(i + 1)) {
    PartOfDay p = PartOfDayFromWord(t_.low(i + 1));
    if (p == PartOfDay::kNone || Is(i + 1, "overnight") || Is(i + 1, "dawn")) return false;
    if (w == "last") {
      if (p != PartOfDay::kNight && p != PartOfDay::kEvening && p != PartOfDay::kMorning)
        return false;
      d.shift = -1;
    }
    d.clock.set = true;
    d.clock.part = p;
    *s = d;
    *end = i + 2;
    return true;
  } else {
    return false;
  }
  *s = d;
  *end = i + 1;
  return true;
}

bool Grammar::Modified(size_t i, DateSpec* s, size_t* end) const {
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  bool ok = false;
  int shift = ModifierShift(w, &ok);
  if (!ok) return false;
  size_t k = i + 1;
  WeekdayMode mode = shift < 0 ? WeekdayMode::kLast
                     : shift > 0 ? WeekdayMode::kNext
                                 : WeekdayMode::kThis;
  if (w == "past") mode = WeekdayMode::kPast;
  if (w == "coming" || w == "upcoming") mode = WeekdayMode::kComing;
  if (w == "this" && IsAny(k, {"past"})) {
    mode = WeekdayMode::kPast;
    shift = -1;
    ++k;
  } else if (w == "this" && IsAny(k, {"coming", "upcoming"})) {
    mode = WeekdayMode::kComing;
    shift = 1;
    ++k;
  }
  DateSpec d;
  // A weekday: "last Wednesday", "this coming Friday".
  int wd = 0;
  size_t we = 0;
  bool plural = false, ambiguous = false;
  if (WeekdayName(k, &wd, &we, &plural, &ambiguous) && !plural) {
    d.weekday = wd;
    d.weekday_mode = mode;
    d.gran = Gran::kDay;
    *s = d;
    *end = we;
    // "this Friday 5/12", "this friday (jun-15)": the written date decides.
    DateSpec x;
    size_t xe = 0;
    if (WeekdayLed(k, &x, &xe) && xe > we && (x.month || x.day) &&
        x.anchor == Anchor::kAbsolute) {
      *s = x;
      *end = xe;
    }
    return true;
  }
  // A month: "last October", "this September".
  int month = 0;
  size_t me = 0;
  if (MonthName(k, &month, &me, &ambiguous) && (!ambiguous || t_[k].capitalized)) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = Gran::kMonth;
    d.month = month;
    d.shift = shift;
    *s = d;
    *end = me;
    return true;
  }
  // A holiday: "last Easter", "next Christmas".
  {
    DateSpec h;
    size_t he = 0;
    if (Holiday(k, &h, &he) && h.anchor == Anchor::kAbsolute && h.year == 0) {
      h.lean = shift < 0 ? Lean::kPast : shift > 0 ? Lean::kFuture : Lean::kNearest;
      *s = h;
      *end = he;
      return true;
    }
  }
  // A season: "last summer", "next winter".
  Season season = SeasonFromWord(t_.low(k));
  if (season != Season::kNone) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = Gran::kSeason;
    d.season = season;
    d.shift = shift;
    *s = d;
    *end = k + 1;
    return true;
  }
  // A unit: "last week", "this year", "next weekend", "this working week". "The past
  // week" and "the next week" are spans around the reference (AroundReference); "the
  // following week" counts from the last date named (Anaphoric).
  if (i > 0 && Is(i - 1, "the") && (w == "past" || w == "last" || w == "next" ||
                                    w == "following" || w == "previous" || w == "coming")) {
    return false;
  }
  size_t u = k;
  if (IsAny(u, {"working", "work", "calendar"}) && IsAny(u + 1, {"week", "year"})) ++u;
  if (Is(u, "business") && Is(u + 1, "week")) ++u;
  Gran g = PeriodWord(t_.low(u));
  if (g == Gran::kNone) return false;
  if (mode == WeekdayMode::kPast && w == "this") return false;
  d.anchor = Anchor::kRefPeriod;
  d.gran = g;
  d.shift = shift;
  size_t e = u + 1;
  if (g == Gran::kWeek) {
    // "next week Monday", "next week on Tuesday", "previous week - monday".
    size_t m = e;
    if (Is(m, "on") || (t_.IsPunct(m, '-'))) ++m;
    if (t_.IsPunct(m, '\'') && Is(m + 1, "s")) m += 2;  // "next week's Monday"
    if (WeekdayName(m, &wd, &we, &plural, &ambiguous) && !plural &&
        (!ambiguous || t_[m].capitalized)) {
      d.weekday = wd;
      e = we;
    }
  }
  *s = d;
  *end = e;
  return true;
}

bool Grammar::YearLed(size_t i, DateSpec* s, size_t* end) const {
  DateSpec d;
  size_t k = i;
  if (Is(k, "the") && Is(k + 1, "year")) {
    k += 2;
  } else if (Is(k, "year") || (Is(k, "calendar") && Is(k + 1, "year"))) {
    k += Is(k, "year") ? 1 : 2;
  }
  bool introduced = k != i;
  int year = 0;
  size_t ye = 0;
  if (t_.IsNumber(k) && t_[k].digits == 4 && !introduced) {
    // Decades: "1990s", "1990's", "1990 s".
    int64_t v = t_[k].number;
    size_t e = k + 1;
    bool decade = false;
    if (v % 10 == 0 && v >= 1000 && v <= 2990) {
      if (Is(e, "s") && (t_.Touches(e) || !t_.IsWord(e + 1))) {
        decade = true;
        ++e;
      } else if (t_.IsPunct(e, '\'') && t_.Touches(e) && Is(e + 1, "s") && t_.Touches(e + 1)) {
        decade = true;
        e += 2;
      }
    }
    if (decade) {
      d.decade = static_cast<int>(v);
      d.gran = Gran::kDecade;
      // "the 1900s" may be a century; news means the decade only with "early"/"late"
      // as often as not, so the decade reading is kept.
      *s = d;
      *end = e;
      return true;
    }
    // Year and quarter or half: "2017-q1", "2017 Q1", "2019 H2".
    size_t q = k + 1;
    if (t_.IsPunct(q, '-') && t_.Touches(q)) ++q;
    if (IsAny(q, {"q", "h"}) && t_.IsNumber(q + 1) && t_.Touches(q + 1) && v >= 1000 &&
        v <= 2999) {
      int n = static_cast<int>(t_[q + 1].number);
      bool quarter = Is(q, "q");
      if (n >= 1 && n <= (quarter ? 4 : 2) && !t_.Touches(q + 2)) {
        d.year = static_cast<int>(v);
        if (quarter) {
          d.quarter = n;
          d.gran = Gran::kQuarter;
        } else {
          d.half = n;
          d.gran = Gran::kHalf;
        }
        *s = d;
        *end = q + 2;
        return true;
      }
    }
  }
  // "'90s", "the 90s"
  if (!introduced && t_.IsNumber(k) && t_[k].digits == 2 && t_[k].number % 10 == 0 &&
      (Is(k + 1, "s") && t_.Touches(k + 1)) &&
      ((t_.IsPunct(k - 1, '\'') && t_.Touches(k)) || Is(k - 1, "the"))) {
    d.decade_digits = static_cast<int>(t_[k].number);
    d.gran = Gran::kDecade;
    *s = d;
    *end = k + 2;
    return true;
  }
  int lo = introduced ? 1000 : 1900;
  int hi = introduced ? 2999 : 2100;
  if (!YearNumber(k, lo, hi, &year, &ye)) return false;
  if (!introduced) {
    // A count, not a year: "about 2000", "$2014", "2000 pieces", "2014 people".
    if (i > 0 && t_.IsWord(i - 1) && IsQuantityLead(t_.low(i - 1))) {
      // "more than 2000", but "later than 2020" is a date.
      if (!(Is(i - 1, "than") && IsAny(i - 2, {"later", "earlier", "sooner", "before",
                                                 "after"}))) {
        return false;
      }
    }
    if (i > 0 && t_.Touches(i) && t_[i - 1].kind == TokenKind::kPunct &&
        t_[i - 1].punct != '(' && t_[i - 1].punct != '"' && t_[i - 1].punct != '\'') {
      // "$2014", "#2014", "138-2010" are not years; "2014-2018" ends with one.
      char p = t_[i - 1].punct;
      bool range = (p == '-' || p == '~' || p == '/') && t_.IsNumber(i - 2) &&
                   t_[i - 2].digits == 4 && t_.Touches(i - 1) &&
                   !(t_.Touches(i - 2) && t_.IsNumber(i - 4) && t_.Touches(i - 3));
      if (!range) return false;
    }
    if (t_.IsWord(ye) && IsCountNoun(t_.low(ye))) return false;
    if (t_.IsPunct(ye, '%')) return false;
    if ((t_.IsPunct(ye, '-') || t_.IsPunct(ye, '/')) && t_.Touches(ye) && t_.IsNumber(ye + 1) &&
        t_.Touches(ye + 1) && (t_.IsPunct(ye + 2, '-') || t_.IsPunct(ye + 2, '/'))) {
      return false;  // "2010-2015-86"
    }
    if (Is(i - 1, "of") && Is(i - 2, "total")) return false;
  }
  // Year then month: "2017 april".
  int month = 0;
  size_t me = 0;
  bool ambiguous = false;
  if (!introduced && MonthName(ye, &month, &me, &ambiguous) && !ambiguous &&
      !t_.IsNumber(me)) {
    d.year = year;
    d.month = month;
    d.gran = Gran::kMonth;
    *s = d;
    *end = me;
    return true;
  }
  d.year = year;
  d.gran = Gran::kYear;
  *s = d;
  *end = ye;
  return true;
}

bool Grammar::Periodic(size_t i, DateSpec* s, size_t* end) const {
  DateSpec d;
  // "Q1 2019", "q1-2019", "Q3 of 2019", "H2 2019".
  if (IsAny(i, {"q", "h"}) && t_.IsNumber(i + 1) && t_.Touches(i + 1) &&
      !(t_.IsWord(i + 2) && t_.Touches(i + 2))) {
    bool quarter = Is(i, "q");
    int n = static_cast<int>(t_[i + 1].number);
    if (t_[i + 1].digits != 1 || n < 1 || n > (quarter ? 4 : 2)) return false;
    size_t k = i + 2;
    if (t_.IsPunct(k, '-') || Is(k, "of")) ++k;
    int year = 0;
    size_t ye = 0;
    if (YearNumber(k, 1000, 2999, &year, &ye)) {
      d.year = year;
    } else {
      ye = i + 2;
      if (!quarter) return false;  // "H2" alone is hydrogen more often than a half
    }
    d.gran = quarter ? Gran::kQuarter : Gran::kHalf;
    (quarter ? d.quarter : d.half) = n;
    d.lean = Lean::kNearest;
    *s = d;
    *end = ye;
    return true;
  }
  size_t k = i;
  bool the = Is(k, "the");
  if (the) ++k;
  // Ordinal quarter, half, century: "the first quarter of 2013", "the second half of the
  // year", "the 21st century".
  double v = 0;
  size_t ne = 0;
  bool ordinal = false;
  int n = 0;
  if (t_.IsNumber(k) && t_[k].digits <= 2 && IsAny(k + 1, {"st", "nd", "rd", "th"}) &&
      t_.Touches(k + 1)) {
    n = static_cast<int>(t_[k].number);
    ne = k + 2;
  } else if (NumberWords(k, &v, &ne, &ordinal) && ordinal && v == std::floor(v)) {
    n = static_cast<int>(v);
  } else if (IsAny(k, {"last", "final"}) && the) {
    n = -1;
    ne = k + 1;
  } else {
    return false;
  }
  size_t u = ne;
  if (t_.IsPunct(u, '-') && t_.Touches(u) && Is(u + 1, "century")) ++u;
  if (Is(u, "century") && n >= 1 && n <= 30) {
    d.century = (n - 1) * 100;
    d.gran = Gran::kCentury;
    if (d.century < 100) return false;
    *s = d;
    *end = u + 1;
    return true;
  }
  bool quarter = Is(u, "quarter");
  bool half = Is(u, "half");
  if (!quarter && !half) return false;
  if (n == -1 && !Is(u + 1, "of")) return false;  // "the last quarter": the previous one
  if (n == -1) n = quarter ? 4 : 2;
  if (n < 1 || n > (quarter ? 4 : 2)) return false;
  size_t e = u + 1;
  d.gran = quarter ? Gran::kQuarter : Gran::kHalf;
  (quarter ? d.quarter : d.half) = n;
  if (Is(e, "of")) {
    int year = 0;
    size_t ye = 0;
    bool ok = false;
    if (YearNumber(e + 1, 1000, 2999, &year, &ye)) {
      d.year = year;
      e = ye;
    } else if (Is(e + 1, "the") && Is(e + 2, "year")) {
      e += 3;
    } else if (t_.IsWord(e + 1) && Is(e + 2, "year")) {
      int shift = ModifierShift(t_.low(e + 1), &ok);
      if (!ok) return false;
      d.anchor = Anchor::kRefPeriod;
      d.shift = shift;
      e += 3;
    } else {
      return false;
    }
  } else if (YearNumber(e, 1000, 2999, &d.year, &ne)) {
    e = ne;
  } else if (!the) {
    return false;  // "first half" in prose without a year is rarely a date
  }
  if (d.anchor == Anchor::kRefPeriod) {
    // "the first quarter of next year": year from the reference, shifted.
    d.gran = quarter ? Gran::kQuarter : Gran::kHalf;
  }
  *s = d;
  *end = e;
  return true;
}

bool Grammar::WeekPhrase(size_t i, DateSpec* s, size_t* end) const {
  size_t k = i;
  if (Is(k, "the")) ++k;
  // "week 31"
  if (k == i && Is(k, "week") && t_.IsNumber(k + 1) && t_[k + 1].digits <= 2 &&
      t_[k + 1].number >= 1 && t_[k + 1].number <= 53 && !t_.Touches(k + 2) &&
      !t_.IsPunct(k + 2, '-')) {
    DateSpec d;
    d.week = static_cast<int>(t_[k + 1].number);
    d.gran = Gran::kWeek;
    size_t e = k + 2;
    // "week 3 of 2027", "week 27 of last year"
    int year = 0;
    size_t ye = 0;
    bool ok = false;
    if (Is(e, "of") && YearNumber(e + 1, 1000, 2999, &year, &ye)) {
      d.year = year;
      e = ye;
    } else if (Is(e, "of") && t_.IsWord(e + 1) && Is(e + 2, "year")) {
      int shift = ModifierShift(t_.low(e + 1), &ok);
      if (ok) {
        d.anchor = Anchor::kRefPeriod;
        d.gran = Gran::kYear;
        d.shift = shift;
        d.nth_week = d.week;
        d.week = 0;
        e += 3;
      }
    }
    *s = d;
    *end = e;
    return true;
  }
  // "the week of April 10th", "the week beginning February 4", "w/c Feb 4"
  size_t a = 0;
  if (Is(k, "week") && Is(k + 1, "of")) {
    a = k + 2;
  } else if (Is(k, "week") && IsAny(k + 1, {"beginning", "starting", "commencing"})) {
    a = Is(k + 2, "on") ? k + 3 : k + 2;
  } else if (Is(i, "w") && t_.IsPunct(i + 1, '/') && Is(i + 2, "c")) {
    a = i + 3;
  }
  if (a != 0) {
    DateSpec d;
    size_t de = 0;
    if (DateCore(a, &d, &de) && IsDayLevel(d)) {
      d.week_of = true;
      *s = d;
      *end = de;
      return true;
    }
    return false;
  }
  // "the first week of 2015", "the last week of July", "3rd week of Jan"
  int n = 0;
  double v = 0;
  size_t ne = 0;
  bool ordinal = false;
  if (t_.IsNumber(k) && t_[k].digits == 1 && IsAny(k + 1, {"st", "nd", "rd", "th"}) &&
      t_.Touches(k + 1)) {
    n = static_cast<int>(t_[k].number);
    ne = k + 2;
  } else if (NumberWords(k, &v, &ne, &ordinal) && ordinal && v >= 1 && v <= 5) {
    n = static_cast<int>(v);
  } else if (IsAny(k, {"last", "final"})) {
    n = -1;
    ne = k + 1;
  } else {
    return false;
  }
  if (!Is(ne, "week") || !Is(ne + 1, "of")) return false;
  DateSpec d;
  size_t de = 0;
  if (!DateCore(ne + 2, &d, &de)) return false;
  if (d.gran != Gran::kMonth && d.gran != Gran::kYear) return false;
  d.nth_week = n;
  *s = d;
  *end = de;
  return true;
}

bool Grammar::Holiday(size_t i, DateSpec* s, size_t* end) const {
  if (!t_.IsWord(i)) return false;
  // Words with possessives folded in: "New Year's Day" -> new, years, day.
  std::string buf[4];
  std::string_view words[4];
  size_t ends[4];
  int n = 0;
  size_t k = i;
  while (n < 4 && t_.IsWord(k)) {
    buf[n] = std::string(t_.low(k));
    ++k;
    if (t_.IsPunct(k, '\'') && Is(k + 1, "s") && t_.Touches(k)) {
      buf[n] += "s";
      k += 2;
    } else if (t_.IsPunct(k, '\'') && t_.Touches(k) && buf[n].back() == 's') {
      ++k;  // "Workers' Day"
    }
    ends[n] = k;
    ++n;
    // Most words open no holiday name: stop before copying the words after them.
    if (n == 1 && !OpensHoliday(buf[0])) return false;
  }
  for (int m = 0; m < n; ++m) words[m] = buf[m];
  struct Holiday h;
  int used = HolidayFromWords(words, n, &h);
  if (used == 0) return false;
  // "may day" and "labor day" in lowercase prose are not worth the risk; a holiday name
  // is written with a capital in news.
  if (!t_[i].capitalized && used > 1 && buf[0] != "christmas") {
    return false;
  }
  DateSpec d;
  d.month = h.month;
  d.gran = Gran::kDay;
  if (h.easter) {
    d.easter = true;
    d.holiday_offset = h.day_offset;
  } else if (h.day != 0) {
    d.day = h.day;
  } else {
    d.weekday = h.weekday;
    d.nth = h.nth;
    d.holiday_offset = h.day_offset;
  }
  size_t e = ends[used - 1];
  int year = 0;
  size_t ye = 0;
  if (YearNumber(e, 1000, 2999, &year, &ye)) {
    d.year = year;
    e = ye;
  } else if ((Is(e, "of") && Is(e + 1, "this") && Is(e + 2, "year")) ||
             (Is(e, "this") && Is(e + 1, "year"))) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = Gran::kYear;
    e = Is(e, "of") ? e + 3 : e + 2;
  }
  d.lean = TenseLean(i, true);
  *s = d;
  *end = e;
  return true;
}

bool Grammar::Anaphoric(size_t i, DateSpec* s, size_t* end) const {
  DateSpec d;
  d.anchor = Anchor::kPrevious;
  d.gran = Gran::kDay;
  // "the next morning", "the following evening", "next evening": a part of the day
  // after (or before) the last day named.
  {
    size_t k = Is(i, "the") ? i + 1 : i;
    if ((k > i && IsAny(k, {"previous", "next", "following", "preceding", "same"})) ||
        (k == i && Is(k, "next"))) {
      PartOfDay p = t_.IsWord(k + 1) ? PartOfDayFromWord(t_.low(k + 1)) : PartOfDay::kNone;
      if (p != PartOfDay::kNone && !IsAny(k + 1, {"overnight", "dawn", "sunrise", "sunset"})) {
        d.shift = Is(k, "same") ? 0 : IsAny(k, {"previous", "preceding"}) ? -1 : 1;
        d.clock.set = true;
        d.clock.part = p;
        *s = d;
        *end = k + 2;
        return true;
      }
    }
  }
  // "the day before", "the day after", "the previous day", "the next day", "the same
  // day", "the following week".
  if (Is(i, "the")) {
    if (Is(i + 1, "day") && IsAny(i + 2, {"before", "after"})) {
      // "the day before the vote" still counts from the last date named.
      if (IsAny(i + 3, {"yesterday", "tomorrow"})) return false;
      d.shift = Is(i + 2, "before") ? -1 : 1;
      *s = d;
      *end = i + 3;
      return true;
    }
    if (IsAny(i + 1, {"previous", "next", "following", "preceding", "same"})) {
      int shift = Is(i + 1, "same") ? 0 : IsAny(i + 1, {"previous", "preceding"}) ? -1 : 1;
      Gran g = Is(i + 2, "day") ? Gran::kDay : PeriodWord(t_.low(i + 2));
      if (g == Gran::kNone || g == Gran::kDecade || g == Gran::kCentury) return false;
      if (g == Gran::kDay && IsAny(i + 3, {"of", "after", "before"})) return false;
      d.gran = g;
      d.shift = shift;
      *s = d;
      *end = i + 3;
      return true;
    }
    return false;
  }
  // "a day earlier", "two days later", "a week later", "three months earlier".
  double amount = 0;
  size_t ce = 0;
  if (!Count(i, &amount, &ce, true) || amount <= 0) return false;
  bool plural = false;
  size_t ue = 0;
  Unit u = UnitWord(ce, &ue, &plural, false);
  if (u == Unit::kNone || !IsAny(ue, {"earlier", "later", "before", "after"})) return false;
  if (IsAny(ue, {"before", "after"}) && t_.IsWord(ue + 1) &&
      !IsAny(ue + 1, {"that", "this"})) {
    return false;  // "2 weeks before May 13": an offset from a date, another rule
  }
  if (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond) return false;
  if (amount != std::floor(amount)) return false;
  bool back = IsAny(ue, {"earlier", "before"});
  d.offset_unit = u;
  d.offset_amount = back ? -amount : amount;
  d.gran = u == Unit::kMonth                                           ? Gran::kMonth
           : (u == Unit::kYear || u == Unit::kDecade || u == Unit::kCentury) ? Gran::kYear
                                                                             : Gran::kDay;
  *s = d;
  *end = ue + 1;
  return true;
}

bool Grammar::PartOf(size_t i, DateSpec* s, size_t* end) const {
  size_t k = i;
  Part part = Part::kWhole;
  bool the = Is(k, "the");
  bool of_form = false;  // "the end of", as opposed to "late"
  if (the) ++k;
  if (IsAny(k, {"beginning", "start", "middle", "end", "turn"}) && Is(k + 1, "of")) {
    of_form = true;
    std::string_view w = t_.low(k);
    part = w == "middle" ? Part::kMid : w == "end" ? Part::kLate : Part::kEarly;
    if (w == "turn") part = Part::kEarly;
    k += 2;
  } else if (the) {
    return false;
  } else if (Is(k, "early") || Is(k, "late")) {
    part = Is(k, "early") ? Part::kEarly : Part::kLate;
    ++k;
    if (Is(k, "on")) ++k;  // "late on Tuesday"
  } else if (Is(k, "mid") || Is(k, "middle")) {
    part = Part::kMid;
    ++k;
    if (t_.IsPunct(k, '-') && t_.Touches(k)) ++k;
  } else if (IsAny(k, {"earlier", "later"}) &&
             (IsAny(k + 1, {"this", "that"}) ||
              (Is(k + 1, "in") && Is(k + 2, "the")))) {
    part = Is(k, "earlier") ? Part::kEarly : Part::kLate;
    k += Is(k + 1, "in") ? 2 : 1;
    // "earlier this month": the part of the period before the reference.
    DateSpec d;
    size_t de = 0;
    Gran g = Gran::kNone;
    if (Is(k, "this") || Is(k, "that") || Is(k, "the")) g = PeriodWord(t_.low(k + 1));
    if (g == Gran::kNone || g == Gran::kDecade || g == Gran::kCentury) {
      if (!(Is(k, "this") && Modified(k, &d, &de))) return false;
    } else {
      d.anchor = Anchor::kRefPeriod;
      d.gran = g;
      de = k + 2;
    }
    d.part = part == Part::kEarly ? Part::kBeforeRef : Part::kAfterRef;
    *s = d;
    *end = de;
    return true;
  } else {
    return false;
  }
  // "end of day", "the end of the day": the last moment of the reference day.
  if (part == Part::kLate && (Is(k, "day") || (Is(k, "the") && Is(k + 1, "day")))) {
    DateSpec d;
    d.anchor = Anchor::kToday;
    d.gran = Gran::kDay;
    d.clock.set = true;
    d.clock.end_of_day = true;
    *s = d;
    *end = Is(k, "day") ? k + 1 : k + 2;
    return true;
  }
  DateSpec d;
  size_t de = 0;
  // "the week", "the month", "the year": the reference's.
  if (Is(k, "the") && (PeriodWord(t_.low(k + 1)) != Gran::kNone)) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = PeriodWord(t_.low(k + 1));
    de = k + 2;
  } else if (IsAny(k, {"year", "month", "week"}) && !t_.IsNumber(k + 1)) {
    d.anchor = Anchor::kRefPeriod;
    d.gran = PeriodWord(t_.low(k));
    de = k + 1;
  } else if (!DateCore(k, &d, &de)) {
    return false;
  }
  if (d.part != Part::kWhole) return false;
  if (d.clock.set) return false;
  if (d.gran == Gran::kDay) {
    // "early Monday", "late Tuesday": the day with a START/END mod; "the end of today",
    // "end of tomorrow": its last moment.
    if (part == Part::kMid) return false;
    if (part == Part::kLate && of_form) {
      d.clock.set = true;
      d.clock.end_of_day = true;
      *s = d;
      *end = de;
      return true;
    }
  }
  if (d.gran == Gran::kNone) return false;
  d.part = part;
  *s = d;
  *end = de;
  return true;
}

}  // namespace sitrep::extract::time_internal
