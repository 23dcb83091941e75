// Date rules of the time grammar: calendar dates in words and digits ("Feb. 3",
// "3 February 2022", "02/10/2022"), weekdays, and a date with its clock time; DateCore
// picks the longest of all date rules (those for periods are in time_grammar_periods.cc).
#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {
namespace {

// A two-digit year, in this century; resolution moves it back a century when that
// puts it more than 20 years after the reference (time_resolve.cc).
int TwoDigitYear(int yy) { return 2000 + yy; }

// Value of a number word below 100 that can be part of a year said aloud: "five" 5,
// "nineteen" 19, "seventy" 70; -1 otherwise.
int SmallNumberWord(std::string_view w) {
  static constexpr std::string_view kUnits[] = {
      "",        "one",     "two",       "three",    "four",     "five",    "six",
      "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
  static constexpr std::string_view kTens[] = {"",      "",      "twenty", "thirty", "forty",
                                               "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int n = 1; n < 20; ++n) {
    if (w == kUnits[n]) return n;
  }
  for (int n = 2; n < 10; ++n) {
    if (w == kTens[n]) return 10 * n;
  }
  return -1;
}

}  // namespace

// 1..99 in words over tokens [i, *end): "five", "nineteen", "seventy two", "thirty-three".
bool Grammar::SmallNumber(size_t i, int* value, size_t* end) const {
  if (!t_.IsWord(i)) return false;
  int v = SmallNumberWord(t_.low(i));
  if (v < 0) return false;
  size_t e = i + 1;
  if (v >= 20 && v % 10 == 0) {
    size_t k = e;
    if (t_.IsPunct(k, '-') && t_.Touches(k) && t_.Touches(k + 1)) ++k;
    int u = t_.IsWord(k) ? SmallNumberWord(t_.low(k)) : -1;
    if (u >= 1 && u <= 9) {
      v += u;
      e = k + 1;
    }
  }
  *value = v;
  *end = e;
  return true;
}

// A year said aloud, as transcripts and quotes write it: "nineteen seventy two",
// "nineteen oh five", "seventeen hundred thirty three", "two thousand and five",
// "two thousand". Only where a year is expected (after a month or a day and month), so
// "nineteen twenty" in other places stays a pair of numbers.
bool Grammar::YearWords(size_t i, int* year, size_t* end) const {
  int a = 0;
  size_t ae = 0;
  if (!SmallNumber(i, &a, &ae)) return false;
  size_t k = ae;
  int rest = 0;
  size_t re = 0;
  if ((a == 1 || a == 2) && Is(k, "thousand")) {  // "two thousand and five"
    size_t e = k + 1;
    size_t q = Is(e, "and") ? e + 1 : e;
    if (SmallNumber(q, &rest, &re)) e = re;
    *year = a * 1000 + (e == k + 1 ? 0 : rest);
    *end = e;
    return true;
  }
  if (a < 10) return false;
  if (Is(k, "hundred")) {  // "nineteen hundred ninety three", "seventeen hundred"
    size_t e = k + 1;
    size_t q = Is(e, "and") ? e + 1 : e;
    if (SmallNumber(q, &rest, &re)) e = re;
    *year = a * 100 + (e == k + 1 ? 0 : rest);
    *end = e;
    return true;
  }
  if (IsAny(k, {"oh", "o"}) && SmallNumber(k + 1, &rest, &re) && rest < 10) {
    *year = a * 100 + rest;  // "nineteen oh five"
    *end = re;
    return true;
  }
  if (SmallNumber(k, &rest, &re) && rest >= 10) {  // "nineteen seventy two"
    *year = a * 100 + rest;
    *end = re;
    return true;
  }
  return false;
}

bool Grammar::DateCueBefore(size_t i) const {
  if (i == 0) return false;
  if (t_.IsPunct(i - 1, '-') && Is(i - 2, "mid")) return true;
  if (IsAny(i - 1, {"on", "in", "since", "until", "till", "til", "by", "from", "to",
                    "through", "thru", "between", "and", "or", "before", "after",
                    "during", "of", "early", "mid", "late", "last", "next", "this",
                    "for", "around", "beginning", "starting", "ending", "end",
                    "start", "middle", "throughout", "within", "that", "every", "each",
                    "coming", "following", "previous", "past", "circa", "dated"})) {
    return true;
  }
  bool plural = false, ambiguous = false;
  int wd = 0;
  size_t e = 0;
  if (WeekdayName(i - 1, &wd, &e, &plural, &ambiguous) && e == i) return true;
  if (t_.IsPunct(i - 1, ',') && WeekdayName(i - 2, &wd, &e, &plural, &ambiguous)) return true;
  // A list of dates: "11/20, 11/22 or 11/25"
  if (t_.IsPunct(i - 1, ',') && t_.IsNumber(i - 2) && t_.IsPunct(i - 3, '/')) return true;
  return false;
}

size_t Grammar::TrailingYear(size_t i, int* year) const {
  size_t k = i;
  if (t_.IsPunct(k, ',')) {
    ++k;
  } else if (IsAny(k, {"of", "in"})) {
    ++k;
  } else if ((t_.IsPunct(k, '-') || t_.IsPunct(k, '/')) && t_.Touches(k) && t_.Touches(k + 1)) {
    ++k;
  }
  size_t e = 0;
  if (YearNumber(k, 1000, 2999, year, &e)) return e;
  if (YearWords(k, year, &e) && *year >= 1000) return e;
  *year = 0;
  // "Jan 1, '22" and "5/3/18" style two-digit years are left to numeric dates.
  return i;
}

bool Grammar::MonthLed(size_t i, DateSpec* s, size_t* end) const {
  int month = 0;
  size_t j = 0;
  bool ambiguous = false;
  if (!MonthName(i, &month, &j, &ambiguous)) return false;
  bool cue = DateCueBefore(i);
  bool capital = t_[i].capitalized;
  DateSpec d;
  d.month = month;

  // Month and day: "February 10", "Feb. 3rd", "Dec31", "Oct/2", "june the 28th".
  size_t k = j;
  bool with_the = false;
  bool comma = false;
  if ((t_.IsPunct(k, '/') || t_.IsPunct(k, '-')) && t_.Touches(k) && t_.IsNumber(k + 1) &&
      t_.Touches(k + 1) && t_[k + 1].digits <= 2) {
    ++k;
  } else if (Is(k, "the")) {
    with_the = true;
    ++k;
  } else if (t_.IsPunct(k, ',') && t_.IsNumber(k + 1) && IsAny(k + 2, {"st", "nd", "rd", "th"})) {
    comma = true;  // "October, 1st"
    ++k;
  }
  bool glued = t_.IsNumber(j) && t_.Touches(j);  // "mar3", "Dec31"
  int day = 0;
  size_t de = 0;
  bool ordinal = false;
  if (DayNumber(k, &day, &de, &ordinal) && (!with_the || ordinal) && (!comma || ordinal) &&
      !(t_.IsPunct(de, ':') && t_.IsNumber(de + 1))) {
    // "in March 15 people died" would misread; a count noun after the number shows it.
    bool count = t_.IsWord(de) && IsCountNoun(t_.low(de));
    if (!count && (!ambiguous || capital || cue || ordinal || glued)) {
      int year = 0;
      size_t ye = TrailingYear(de, &year);
      if (ye == de && (t_.IsPunct(de, '/') || t_.IsPunct(de, '-')) && t_.Touches(de) &&
          t_.IsNumber(de + 1) && t_.Touches(de + 1) && t_[de + 1].digits == 2 &&
          k > j && t_.IsPunct(k - 1, '/')) {
        year = TwoDigitYear(static_cast<int>(t_[de + 1].number));
        d.two_digit_year = true;
        ye = de + 2;
      }
      if (year != 0 ? IsValidDate(year, month, day) : IsValidDate(2000, month, day)) {
        d.day = day;
        d.year = year;
        d.gran = Gran::kDay;
        d.lean = TenseLean(i, true);
        *s = d;
        *end = ye;
        return true;
      }
    }
  }
  // Month and year: "February 2022", "Feb, 2022", "june of 1992", "Dec-2018".
  k = j;
  if (t_.IsPunct(k, ',') || IsAny(k, {"of", "in"}) ||
      ((t_.IsPunct(k, '-') || t_.IsPunct(k, '/')) && t_.Touches(k) && t_.Touches(k + 1))) {
    ++k;
  }
  int year = 0;
  size_t ye = 0;
  if ((YearNumber(k, 1000, 2999, &year, &ye) || (YearWords(k, &year, &ye) && year >= 1000)) &&
      (!ambiguous || capital || cue)) {
    d.year = year;
    d.gran = Gran::kMonth;
    *s = d;
    *end = ye;
    return true;
  }
  // The month alone. News writes month names with a capital; in lowercase one needs a
  // date cue before it ("in the april"). Names that are also words need the cue in any
  // case, and in lowercase nothing word-like after them ("It may be in may"). A span of
  // months ("Jan-Feb 2017", "May to March") vouches for the first one.
  size_t c = 0;
  int other = 0;
  size_t oe = 0;
  bool other_ambiguous = false;
  bool span = Connector(j, &c, false) && MonthName(c, &other, &oe, &other_ambiguous);
  if (!span) {
    if (ambiguous && !cue) return false;
    if (!capital && !cue && !Is(i - 1, "the")) return false;
    if (ambiguous && !capital && t_.IsWord(j)) return false;
    if (t_.low(i) == "jan" && !capital) return false;
  }
  d.gran = Gran::kMonth;
  d.lean = TenseLean(i, false);
  *s = d;
  *end = j;
  return true;
}

bool Grammar::DayLed(size_t i, DateSpec* s, size_t* end) const {
  size_t k = i;
  bool with_the = false;
  if (Is(k, "the")) {
    with_the = true;
    ++k;
  }
  int day = 0;
  size_t de = 0;
  bool ordinal = false;
  if (!DayNumber(k, &day, &de, &ordinal)) return false;
  if (with_the && !ordinal) return false;
  size_t m = de;
  bool glued = false;
  if (ordinal && Is(m, "day") && Is(m + 1, "of")) {
    m += 2;
  } else if (Is(m, "of")) {
    ++m;
  } else if ((t_.IsPunct(m, '-') || t_.IsPunct(m, '/')) && t_.Touches(m) &&
             t_.IsWord(m + 1) && t_.Touches(m + 1)) {
    ++m;  // "05-Aug-2016", "22/Jan/2019"
    glued = true;
  }
  int month = 0;
  size_t me = 0;
  bool ambiguous = false;
  if (MonthName(m, &month, &me, &ambiguous)) {
    int year = 0;
    size_t ye = TrailingYear(me, &year);
    if (ambiguous && !t_[m].capitalized && ye == me && m == de && !glued) return false;
    if (year != 0 ? !IsValidDate(year, month, day) : !IsValidDate(2000, month, day)) {
      return false;
    }
    DateSpec d;
    d.day = day;
    d.month = month;
    d.year = year;
    d.gran = Gran::kDay;
    d.lean = TenseLean(i, true);
    *s = d;
    *end = ye;
    return true;
  }
  if (!with_the || !ordinal) return false;
  // "the 18th" alone, or of this / next month.
  DateSpec d;
  d.day = day;
  d.gran = Gran::kDay;
  d.lean = TenseLean(i, true);
  size_t e = m;
  size_t p = m;
  if (Is(p, "the") && Is(p + 1, "month")) {
    e = p + 2;
    d.anchor = Anchor::kRefPeriod;
    d.gran = Gran::kMonth;
  } else if (IsAny(p, {"this", "next", "last"}) && Is(p + 1, "month")) {
    bool ok = false;
    d.anchor = Anchor::kRefPeriod;
    d.gran = Gran::kMonth;
    d.shift = ModifierShift(t_.low(p), &ok);
    e = p + 2;
  } else if (m != de) {
    return false;  // "the 3rd of" something that is not a month
  } else if (t_.IsWord(de) || t_.IsNumber(de)) {
    return false;  // "the 18th century", "the 3rd floor"
  } else if (t_.IsPunct(de, '-') && t_.Touches(de)) {
    return false;  // "the 18th-century"
  }
  *s = d;
  *end = e;
  return true;
}

bool Grammar::Numeric(size_t i, DateSpec* s, size_t* end, bool in_range) const {
  if (!t_.IsNumber(i)) return false;
  const TimeToken& a = t_[i];
  // Inside a longer run of digits and separators (phone numbers, codes, decimals), except
  // the second date of a range ("10/1/2018-10/7/2018") and an ISO date in a file name
  // ("report-2002-10-09").
  if (t_.Touches(i) && i > 0) {
    bool ok = false;
    if (t_[i - 1].kind == TokenKind::kPunct) {
      char p = t_[i - 1].punct;
      ok = p == '(' || p == '"' || p == '\'' || p == '[';
      if ((p == '-' || p == '~') && t_.IsNumber(i - 2) && t_.Touches(i - 1)) {
        int d = t_[i - 2].digits;
        ok = d == 1 || d == 2 || d == 4;
      } else if ((p == '-' || p == '_' || p == '/') && a.digits == 4 && !t_.IsNumber(i - 2)) {
        ok = true;
      }
    }
    if (!ok) return false;
  }
  size_t j = i + 1;
  if (!t_.Touches(j) || t_[j].kind != TokenKind::kPunct) return false;
  char sep = t_[j].punct;
  if (sep != '/' && sep != '-' && sep != '.') return false;
  // "2019/aug/01", "2019-aug-1"
  if (a.digits == 4 && t_.IsWord(j + 1) && t_.Touches(j + 1)) {
    int month = 0;
    size_t me = 0;
    bool ambiguous = false;
    if (!MonthName(j + 1, &month, &me, &ambiguous)) return false;
    if (!t_.IsPunct(me, sep) || !t_.Touches(me) || !t_.IsNumber(me + 1) ||
        !t_.Touches(me + 1) || t_[me + 1].digits > 2) {
      return false;
    }
    int y = static_cast<int>(a.number), d = static_cast<int>(t_[me + 1].number);
    if (!IsValidDate(y, month, d)) return false;
    s->year = y;
    s->month = month;
    s->day = d;
    s->gran = Gran::kDay;
    *end = me + 2;
    return true;
  }
  if (!t_.IsNumber(j + 1) || !t_.Touches(j + 1)) return false;
  const TimeToken& b = t_[j + 1];
  size_t k = j + 2;
  bool three = t_.IsPunct(k, sep) && t_.Touches(k) && t_.IsNumber(k + 1) && t_.Touches(k + 1);
  DateSpec d;
  if (three) {
    const TimeToken& c = t_[k + 1];
    size_t e = k + 2;
    // A fourth group ("1.2.3.4", "10-20-30-40") is not a date; a date range such as
    // "10-1-2018-10-7-2018" continues with a separator and a date, which the range rule
    // reads after this one.
    if (t_.Touches(e) && t_[e].kind == TokenKind::kPunct && t_[e].punct == sep &&
        t_.IsNumber(e + 1) && t_.Touches(e + 1) && sep == '.') {
      return false;
    }
    int y = 0, m = 0, dd = 0;
    if (a.digits == 4) {
      if (b.digits > 2 || c.digits > 2) return false;
      y = static_cast<int>(a.number);
      m = static_cast<int>(b.number);
      dd = static_cast<int>(c.number);
    } else if (a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2)) {
      y = c.digits == 4 ? static_cast<int>(c.number)
                        : TwoDigitYear(static_cast<int>(c.number));
      d.two_digit_year = c.digits == 2;
      int n1 = static_cast<int>(a.number), n2 = static_cast<int>(b.number);
      bool us = IsValidDate(y, n1, n2);
      bool eu = IsValidDate(y, n2, n1);
      // Slashes and dashes: US order unless impossible. Dots: day first, as written in
      // Europe, unless impossible.
      bool day_first = sep == '.' ? eu : !us && eu;
      if (!us && !eu) return false;
      m = day_first ? n2 : n1;
      dd = day_first ? n1 : n2;
    } else {
      return false;
    }
    if (!IsValidDate(y, m, dd)) return false;
    d.year = y;
    d.month = m;
    d.day = dd;
    d.gran = Gran::kDay;
    *s = d;
    *end = e;
    return true;
  }
  // A third group after another separator ("3/4.5", "10-20:30") is not a date.
  if (t_.Touches(k) && t_[k].kind == TokenKind::kPunct && t_.IsNumber(k + 1) &&
      t_.Touches(k + 1) && (t_[k].punct == '.' || t_[k].punct == ',' || t_[k].punct == ':')) {
    return false;
  }
  if (sep == '.') {
    // "7.6" only right after a weekday ("Friday 7.6"); otherwise a decimal number.
    bool plural = false, ambiguous = false;
    int wd = 0;
    size_t we = 0;
    if (!(i > 0 && WeekdayName(i - 1, &wd, &we, &plural, &ambiguous) && we == i) &&
        !(i > 1 && Is(i - 1, "on"))) {
      return false;
    }
    if (a.digits > 2 || b.digits > 2) return false;
  }
  if (a.digits == 4 && b.digits <= 2 && b.number >= 1 && b.number <= 12 && sep != '.') {
    // "2015-03", "2016/11"; "2011-12" is a span of years (2011-2012).
    if (sep == '-' && b.digits == 2 && b.number == (a.number + 1) % 100) return false;
    if (a.number < 1000 || a.number > 2999) return false;
    d.year = static_cast<int>(a.number);
    d.month = static_cast<int>(b.number);
    d.gran = Gran::kMonth;
    *s = d;
    *end = k;
    return true;
  }
  if (b.digits == 4 && a.digits <= 2 && a.number >= 1 && a.number <= 12 && sep != '.' &&
      b.number >= 1000 && b.number <= 2999) {
    d.year = static_cast<int>(b.number);
    d.month = static_cast<int>(a.number);
    d.gran = Gran::kMonth;
    *s = d;
    *end = k;
    return true;
  }
  if (a.digits <= 2 && b.digits <= 2 && b.number >= 1 && a.number >= 1) {
    int n1 = static_cast<int>(a.number), n2 = static_cast<int>(b.number);
    // The 11 September 2001 attacks, written as a name.
    if (sep == '/' && n1 == 9 && n2 == 11 && !t_.IsWord(k) && a.digits == 1) {
      d.year = 2001;
      d.month = 9;
      d.day = 11;
      d.gran = Gran::kDay;
      *s = d;
      *end = k;
      return true;
    }
    if (n1 == 24 && n2 == 7) return false;  // "24/7": around the clock
    // Without a year, "3/4" is more often a fraction: only after a date cue. With
    // dashes, "Monday 8-9" is a span of hours and "10-20" a span of numbers.
    if (!DateCueBefore(i) && !in_range) return false;
    if (sep == '-' && !in_range && !IsAny(i - 1, {"from", "between"})) return false;
    bool us = IsValidDate(2000, n1, n2);
    bool eu = IsValidDate(2000, n2, n1);
    if (!us && !eu) return false;
    bool day_first = !us;
    d.month = day_first ? n2 : n1;
    d.day = day_first ? n1 : n2;
    d.gran = Gran::kDay;
    d.lean = TenseLean(i, true);
    *s = d;
    *end = k;
    return true;
  }
  return false;
}

bool Grammar::WeekdayLed(size_t i, DateSpec* s, size_t* end) const {
  int wd = 0;
  size_t j = 0;
  bool plural = false, ambiguous = false;
  if (!WeekdayName(i, &wd, &j, &plural, &ambiguous) || plural) return false;
  if (ambiguous && !t_[i].capitalized) return false;
  // "the Sunday Times", "The Monday Briefing": a weekday inside a name.
  if (Is(i - 1, "the") && i > 0 && t_.IsWord(j) && t_[j].capitalized && t_.Touches(j) == false &&
      (WordRoles(t_.low(j)) & kTimeWord) == 0) {
    return false;
  }
  DateSpec d;
  d.weekday = wd;
  d.gran = Gran::kDay;
  Lean lean = TenseLean(i, false);
  d.lean = lean == Lean::kFuture ? Lean::kFuture : Lean::kPast;
  size_t e = j;
  // A date after the weekday: "Tuesday, Jan 15", "Friday 7/6", "tues the 4th".
  size_t k = j;
  if (t_.IsPunct(k, ',')) ++k;
  if (t_.IsPunct(k, '(')) ++k;  // "friday (jun-15)"
  if (t_.IsPunct(k, '-') && t_.Touches(k) && t_.IsWord(k + 1)) ++k;  // "Friday-Jun-15"
  DateSpec x;
  size_t xe = 0;
  bool merged = false;
  if ((MonthLed(k, &x, &xe) && x.day) || (DayLed(k, &x, &xe) && (x.month || x.day)) ||
      (Numeric(k, &x, &xe, false) && x.day && !t_.IsPunct(k + 1, '-'))) {
    if (x.anchor == Anchor::kAbsolute) {
      x.weekday = wd;
      x.lean = TenseLean(i, true);
      d = x;
      e = xe;
      merged = true;
      if (t_.IsPunct(e, ')') && t_.IsPunct(k - 1, '(')) ++e;
    }
  }
  if (!merged && Is(k, "the")) {
    // "tues the 4th", "monday the twenty seventh at six pm"
    int day = 0;
    size_t de = 0;
    bool ordinal = false;
    if (DayNumber(k + 1, &day, &de, &ordinal) && ordinal && !Is(de, "of")) {
      d.day = day;
      d.lean = TenseLean(i, true);
      e = de;
      merged = true;
    }
  }
  if (!merged && k == j) {
    int day = 0;
    size_t de = 0;
    bool ordinal = false;
    // "Monday 21!", "Monday 21st", but not "Monday 21 people" or "Monday 21.5".
    if (DayNumber(k, &day, &de, &ordinal)) {
      bool alone = !t_.IsWord(de) && !t_.IsNumber(de) &&
                   !(t_.IsPunct(de, ',') && t_.IsNumber(de + 1)) && !t_.IsPunct(de, ':') &&
                   !t_.IsPunct(de, '.') && !t_.IsPunct(de, '-') && !t_.IsPunct(de, '/');
      if (alone || ordinal) {
        d.day = day;
        d.lean = TenseLean(i, true);
        e = de;
        merged = true;
      }
    }
  }
  if (!merged) {
    // "Wednesday of next week", "Tuesday of last week", "Wednesday next week",
    // "Monday of the following week".
    size_t m = j;
    if (Is(m, "of")) ++m;
    bool ok = false;
    if (Is(m, "the") && IsAny(m + 1, {"following", "next", "previous"}) &&
        Is(m + 2, "week")) {
      d.anchor = Anchor::kPrevious;
      d.gran = Gran::kWeek;
      d.shift = Is(m + 1, "previous") ? -1 : 1;
      e = m + 3;
    } else if (t_.IsWord(m)) {
      int shift = ModifierShift(t_.low(m), &ok);
      if (ok && Is(m + 1, "week")) {
        d.anchor = Anchor::kRefPeriod;
        d.gran = Gran::kWeek;
        d.shift = shift;
        e = m + 2;
      }
    }
  }
  *s = d;
  *end = e;
  return true;
}

bool Grammar::DateCore(size_t i, DateSpec* s, size_t* end) const {
  Nest nest(&depth_);
  if (nest.too_deep()) return false;
  DateSpec best;
  size_t best_end = 0;
  DateSpec d;
  size_t e = 0;
  // A copy of an empty spec: resetting field by field after each of a dozen rules cost
  // more than the rules that fail at their first word.
  static constexpr DateSpec kEmpty{};
  auto consider = [&](bool ok) {
    if (ok && e > best_end) {
      best = d;
      best_end = e;
    }
    d = kEmpty;
  };
  if (t_.IsNumber(i)) {
    consider(Numeric(i, &d, &e, false));
    consider(DayLed(i, &d, &e));
    consider(YearLed(i, &d, &e));
    consider(Periodic(i, &d, &e));
    consider(WeekPhrase(i, &d, &e));
    consider(Anaphoric(i, &d, &e));
  } else if (t_.IsWord(i)) {
    // Only the rules that can open with this word: a rule skipped would have failed.
    const uint32_t opens = Opens(i);
    if (opens & kOpensMonthLed) consider(MonthLed(i, &d, &e));
    if (opens & kOpensWeekdayLed) consider(WeekdayLed(i, &d, &e));
    if (opens & kOpensRelativeWord) consider(RelativeWord(i, &d, &e));
    if (opens & kOpensModified) consider(Modified(i, &d, &e));
    if (opens & kOpensYearLed) consider(YearLed(i, &d, &e));
    if (opens & kOpensPeriodic) consider(Periodic(i, &d, &e));
    if (opens & kOpensPartOf) consider(PartOf(i, &d, &e));
    if (opens & kOpensHoliday) consider(Holiday(i, &d, &e));
    if (opens & kOpensAnaphoric) consider(Anaphoric(i, &d, &e));
    if (opens & kOpensWeekPhrase) consider(WeekPhrase(i, &d, &e));
    if (opens & kOpensDayLed) consider(DayLed(i, &d, &e));
    // "Monday, Feb. 7" reads as a weekday-led date; "Feb. 7, Monday" is a month-led date
    // followed by a weekday, absorbed here.
    if (best_end > 0 && best.gran == Gran::kDay && best.month && best.day &&
        !best.weekday) {
      size_t k = best_end;
      if (t_.IsPunct(k, ',') || t_.IsPunct(k, '(')) ++k;
      int wd = 0;
      size_t we = 0;
      bool plural = false, ambiguous = false;
      if (WeekdayName(k, &wd, &we, &plural, &ambiguous) && !plural &&
          (!ambiguous || t_[k].capitalized)) {
        best.weekday = wd;
        best_end = t_.IsPunct(we, ')') && t_.IsPunct(k - 1, '(') ? we + 1 : we;
      }
    }
  } else if (t_.IsPunct(i, '\'')) {
    consider(YearLed(i + 1, &d, &e));  // "'90s"
  }
  if (best_end == 0) return false;
  *s = best;
  *end = best_end;
  return true;
}

bool Grammar::DateTime(size_t i, DateSpec* s, size_t* end) const {
  DateSpec d;
  size_t e = 0;
  bool have = DateCore(i, &d, &e);
  return DateTimeAfter(i, have, d, e, s, end);
}

bool Grammar::DateTimeAfter(size_t i, bool have, DateSpec d, size_t e, DateSpec* s,
                            size_t* end) const {
  if (have && IsDayLevel(d) && !d.clock.end_of_day) {
    // Date then clock: "Monday at 2.30", "tomorrow 8:00am", "02/10/2022 08:19".
    size_t k = e;
    if (t_.IsPunct(k, ',') || t_.IsPunct(k, '@') || t_.IsPunct(k, '-')) ++k;
    bool at = false;
    bool weak = false;  // "for 3", "from 10" need a clock that is clearly one
    if (IsAny(k, {"at", "around", "about", "by", "for", "from"}) && !Is(k + 1, "the")) {
      at = true;
      weak = IsAny(k, {"for", "from"});
      ++k;
      if (IsAny(k, {"around", "about", "approximately"})) ++k;  // "at around 5 a.m."
    }
    // Date then part of day: "Monday evening", "tomorrow morning", "Friday in the
    // afternoon".
    PartOfDay part = PartOfDay::kNone;
    size_t pe = 0;
    if (!d.clock.set && t_.IsWord(k) && !at) {
      // "Sunday early morning", "Monday late evening": the part of day, its mod unsaid.
      if (IsAny(k, {"early", "late"}) && PartOfDayFromWord(t_.low(k + 1)) != PartOfDay::kNone &&
          !Is(k + 1, "overnight")) {
        ++k;
      }
      PartOfDay p = PartOfDayFromWord(t_.low(k));
      if (p != PartOfDay::kNone && !Is(k, "overnight") && !Is(k, "dawn") &&
          !Is(k, "sunrise") && !Is(k, "sunset")) {
        part = p;
        pe = k + 1;
      } else if (PartOfDayPhrase(k, &p, &pe)) {
        part = p;
      }
    }
    if (part != PartOfDay::kNone) {
      d.clock.set = true;
      d.clock.part = part;
      e = pe;
      k = pe;
      if (t_.IsPunct(k, ',')) ++k;
      at = false;
      if (IsAny(k, {"at", "around", "about"})) {
        at = true;
        ++k;
      }
    }
    ClockSpec c;
    size_t ce = 0;
    if (ClockWithPart(k, &c, &ce, (at && !weak) || part != PartOfDay::kNone)) {
      if (c.part == PartOfDay::kNone) c.part = d.clock.part;  // "by 2 in the afternoon"
      d.clock = c;
      e = ce;
    }
    *s = d;
    *end = e;
    return true;
  }
  if (have) {
    *s = d;
    *end = e;
    // A clock may still start here ("2014" is not a clock); fall through only for
    // numbers below.
  }
  // Clock then date: "3pm today", "13:00 February 28, 2013", "8am this morning".
  ClockSpec c;
  size_t ce = 0;
  if (Clock(i, &c, &ce, false)) {
    size_t k = ce;
    if (t_.IsPunct(k, ',')) ++k;
    if (IsAny(k, {"on", "of"})) ++k;
    DateSpec x;
    size_t xe = 0;
    if (DateCore(k, &x, &xe) && IsDayLevel(x) && xe > e) {
      PartOfDay part = x.clock.part;
      // "five-thirty tomorrow evening": the part of day after the day places the clock.
      if (part == PartOfDay::kNone && c.part == PartOfDay::kNone && t_.IsWord(xe) &&
          !Is(xe, "overnight") && !Is(xe, "dawn") && !Is(xe, "sunrise") && !Is(xe, "sunset") &&
          (part = PartOfDayFromWord(t_.low(xe))) != PartOfDay::kNone) {
        ++xe;
      }
      if (part == PartOfDay::kNone) part = c.part;
      c.part = part;
      x.clock = c;
      *s = x;
      *end = xe;
      return true;
    }
  }
  // "the morning of February 24"
  size_t k = i;
  if (Is(k, "on") && Is(k + 1, "the")) ++k;
  if (Is(k, "the")) {
    PartOfDay p = PartOfDayFromWord(t_.low(k + 1));
    if (p != PartOfDay::kNone && Is(k + 2, "of")) {
      DateSpec x;
      size_t xe = 0;
      if (DateCore(k + 3, &x, &xe) && IsDayLevel(x) && !x.clock.set && xe > e) {
        x.clock.set = true;
        x.clock.part = p;
        *s = x;
        *end = xe;
        return true;
      }
    }
  }
  return have;
}

}  // namespace sitrep::extract::time_internal
