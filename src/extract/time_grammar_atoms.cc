// Atoms of the time grammar: counts, days of the month, years, month and weekday names,
// units and clock times.
#include <cmath>

#include "extract/time_grammar.h"

namespace sitrep::extract::time_internal {

Grammar::Grammar(const TimeTokens& tokens, const SentenceTense& tense,
                 const std::vector<WordNumber>& word_numbers, const std::vector<uint8_t>& roles)
    : t_(tokens), tense_(tense), words_(word_numbers), can_start_(tokens.size(), 0),
      next_time_(tokens.size() + 1, tokens.size() + kReach + 1), opens_(tokens.size(), 0) {
  for (size_t i = tokens.size(); i-- > 0;) {
    unsigned r = roles[i];
    if (word_numbers[i].end != 0) r |= kTimeWord | kStartWord;
    can_start_[i] = (r & kStartWord) != 0;
    next_time_[i] = (r & kTimeWord) != 0 ? i : next_time_[i + 1];
  }
}

int ModifierShift(std::string_view w, bool* ok) {
  *ok = true;
  if (w == "this" || w == "current" || w == "present") return 0;
  if (w == "last" || w == "previous" || w == "past" || w == "preceding") return -1;
  if (w == "next" || w == "following" || w == "coming" || w == "upcoming") return 1;
  *ok = false;
  return 0;
}

Gran PeriodWord(std::string_view w) {
  if (w == "week" || w == "workweek") return Gran::kWeek;
  if (w == "weekend") return Gran::kWeekend;
  if (w == "month") return Gran::kMonth;
  if (w == "quarter") return Gran::kQuarter;
  if (w == "year") return Gran::kYear;
  if (w == "decade") return Gran::kDecade;
  if (w == "century") return Gran::kCentury;
  return Gran::kNone;
}

Lean Grammar::TenseLean(size_t i, bool day_precision) const {
  Tense t = tense_.At(i);
  if (t == Tense::kFuture) return day_precision ? Lean::kSoftFuture : Lean::kFuture;
  if (t == Tense::kPast) return day_precision ? Lean::kSoftPast : Lean::kPast;
  return Lean::kNearest;
}

bool Grammar::NumberWords(size_t i, double* value, size_t* end, bool* ordinal) const {
  if (i >= words_.size() || words_[i].end == 0) return false;
  *value = words_[i].value;
  *end = words_[i].end;
  *ordinal = words_[i].ordinal;
  return true;
}

bool Grammar::Count(size_t i, double* value, size_t* end, bool allow_article) const {
  if (t_.IsNumber(i)) {
    const TimeToken& tok = t_[i];
    if (tok.digits > 6) return false;
    // Part of a larger figure ("8,500", "1.5" read from its fraction).
    if (t_.Touches(i) && (t_.IsPunct(i - 1, ',') || t_.IsPunct(i - 1, '.')) &&
        t_.IsNumber(i - 2) && t_.Touches(i - 1)) {
      return false;
    }
    size_t e = i + 1;
    if ((t_.IsPunct(e, ',')) && t_.Touches(e) && t_.IsNumber(e + 1) && t_.Touches(e + 1) &&
        t_[e + 1].digits == 3) {
      return false;
    }
    double v = static_cast<double>(tok.number);
    if (t_.IsPunct(e, '.') && t_.Touches(e) && t_.IsNumber(e + 1) && t_.Touches(e + 1) &&
        t_[e + 1].digits <= 6) {
      v += static_cast<double>(t_[e + 1].number) / std::pow(10.0, t_[e + 1].digits);
      e += 2;
    }
    if (Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "half")) {
      v += 0.5;
      e += 3;
    } else if (t_.IsPunct(e, '-') && t_.Touches(e) && Is(e + 1, "and") && Is(e + 2, "a") &&
               Is(e + 3, "half")) {
      v += 0.5;
      e += 4;
    }
    *value = v;
    *end = e;
    return true;
  }
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  if (w == "a" || w == "an") {
    if (!allow_article) return false;
    if (Is(i + 1, "couple")) {
      *value = 2;
      *end = Is(i + 2, "of") ? i + 3 : i + 2;
      return true;
    }
    if (Is(i + 1, "few") || (Is(i + 1, "number") && Is(i + 2, "of"))) {
      *value = -1;
      *end = Is(i + 1, "few") ? i + 2 : i + 3;
      return true;
    }
    if (Is(i + 1, "dozen")) {
      *value = 12;
      *end = i + 2;
      return true;
    }
    *value = 1;
    *end = i + 1;
    return true;
  }
  if (w == "couple") {
    *value = 2;
    *end = Is(i + 1, "of") ? i + 2 : i + 1;
    return true;
  }
  if (w == "few" || w == "several" || w == "some" || w == "many" || w == "multiple" ||
      w == "numerous") {
    *value = -1;
    *end = i + 1;
    return true;
  }
  if ((w == "dozens" || w == "hundreds" || w == "tens" || w == "thousands") &&
      Is(i + 1, "of")) {
    *value = -1;
    *end = i + 2;
    return true;
  }
  if (w == "half") {
    *value = 0.5;
    *end = IsAny(i + 1, {"a", "an"}) ? i + 2 : i + 1;
    return true;
  }
  bool ordinal = false;
  double v = 0;
  size_t e = 0;
  if (NumberWords(i, &v, &e, &ordinal) && !ordinal && v >= 0) {
    if (Is(e, "and") && IsAny(e + 1, {"a", "one"}) && Is(e + 2, "half")) {
      v += 0.5;
      e += 3;
    } else if (Is(e, "and") && Is(e + 1, "half")) {
      v += 0.5;
      e += 2;
    } else if (Is(e, "and") && Is(e + 1, "a") && Is(e + 2, "quarter")) {
      v += 0.25;
      e += 3;
    }
    *value = v;
    *end = e;
    return true;
  }
  return false;
}

bool Grammar::DayNumber(size_t i, int* day, size_t* end, bool* ordinal) const {
  if (t_.IsNumber(i)) {
    const TimeToken& tok = t_[i];
    if (tok.digits > 2 || tok.number < 1 || tok.number > 31) return false;
    // The fraction of a figure ("6,107.31") or a sum of money ("$12", "$ 12").
    if (t_.Touches(i) && (t_.IsPunct(i - 1, '.') || t_.IsPunct(i - 1, ',')) &&
        t_.IsNumber(i - 2)) {
      return false;
    }
    if (t_.IsPunct(i - 1, '$') || Is(i - 1, "\xE2\x82\xAC") || Is(i - 1, "\xC2\xA3")) {
      return false;
    }
    size_t e = i + 1;
    *ordinal = false;
    if (t_.IsWord(e) && t_.Touches(e)) {
      if (!IsAny(e, {"st", "nd", "rd", "th"})) return false;  // "3pm", "3h"
      *ordinal = true;
      ++e;
    }
    *day = static_cast<int>(tok.number);
    *end = e;
    return true;
  }
  double v = 0;
  size_t e = 0;
  bool ord = false;
  if (!NumberWords(i, &v, &e, &ord) || !ord) return false;
  if (v < 1 || v > 31 || v != std::floor(v)) return false;
  *day = static_cast<int>(v);
  *end = e;
  *ordinal = true;
  return true;
}

bool Grammar::YearNumber(size_t i, int lo, int hi, int* year, size_t* end) const {
  if (!t_.IsNumber(i) || t_[i].digits != 4) return false;
  int y = static_cast<int>(t_[i].number);
  if (y < lo || y > hi) return false;
  // Inside a figure: "2,014", "1.2014", "12014" is excluded by the digit count.
  if (t_.Touches(i) && (t_.IsPunct(i - 1, ',') || t_.IsPunct(i - 1, '.')) &&
      t_.IsNumber(i - 2) && t_.Touches(i - 1)) {
    return false;
  }
  size_t e = i + 1;
  if (t_.Touches(e) && (t_.IsPunct(e, ',') || t_.IsPunct(e, '.')) && t_.IsNumber(e + 1) &&
      t_.Touches(e + 1)) {
    return false;
  }
  if (t_.Touches(e) && t_.IsWord(e)) return false;  // "2000km", "1990s" (a decade rule)
  *year = y;
  *end = e;
  return true;
}

bool Grammar::MonthName(size_t i, int* month, size_t* end, bool* ambiguous) const {
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  int m = MonthFromWord(w, ambiguous);
  if (m == 0) return false;
  size_t e = i + 1;
  // Abbreviations take a full stop ("Feb.", "Sept."); full names do not, so that the
  // full stop ending a sentence stays out of the expression.
  bool abbreviation = w.size() <= 4 && w != "june" && w != "july" && w != "may";
  if (abbreviation && t_.IsPunct(e, '.') && t_.Touches(e)) ++e;
  *month = m;
  *end = e;
  return true;
}

bool Grammar::WeekdayName(size_t i, int* weekday, size_t* end, bool* plural,
                          bool* ambiguous) const {
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  int d = WeekdayFromWord(w, plural, ambiguous);
  if (d == 0) return false;
  size_t e = i + 1;
  if (w.size() <= 5 && w.substr(w.size() - 3) != "day" && t_.IsPunct(e, '.') &&
      t_.Touches(e)) {
    ++e;
  }
  *weekday = d;
  *end = e;
  return true;
}

Unit Grammar::UnitWord(size_t i, size_t* end, bool* plural, bool glued) const {
  if (!t_.IsWord(i)) return Unit::kNone;
  std::string_view w = t_.low(i);
  if ((w == "business" || w == "working") && IsAny(i + 1, {"day", "days"})) {
    *plural = Is(i + 1, "days");
    *end = i + 2;
    return Unit::kBusinessDay;
  }
  Unit u = UnitFromWord(w, plural, glued);
  if (u != Unit::kNone) *end = i + 1;
  return u;
}

bool Grammar::Meridiem(size_t i, bool* pm, size_t* end, bool allow_letter) const {
  if (!t_.IsWord(i)) return false;
  std::string_view w = t_.low(i);
  if (w == "am" || w == "pm") {
    *pm = w == "pm";
    *end = i + 1;
    if (t_.IsPunct(*end, '.') && t_.Touches(*end)) ++*end;  // "am."
    return true;
  }
  if (w == "a" || w == "p") {
    // "a.m.", "a. m.", "p . m .", or a lone letter glued to the number ("9a").
    size_t e = i + 1;
    if (t_.IsPunct(e, '.') && Is(e + 1, "m")) {
      e += 2;
      if (t_.IsPunct(e, '.')) ++e;
      *pm = w == "p";
      *end = e;
      return true;
    }
    if (Is(e, "m") && !t_.IsWord(e + 1)) {
      *pm = w == "p";
      *end = e + 1;
      return true;
    }
    if (allow_letter && t_.Touches(i) && !t_.IsWord(e) && !t_.IsNumber(e)) {
      *pm = w == "p";
      *end = e;  // "at 9a." keeps the sentence's full stop outside
      return true;
    }
  }
  return false;
}

bool Grammar::ClockWithPart(size_t i, ClockSpec* c, size_t* end, bool bare_ok) const {
  if (!Clock(i, c, end, bare_ok)) return false;
  PartOfDay p = PartOfDay::kNone;
  size_t pe = 0;
  if (PartOfDayPhrase(*end, &p, &pe)) {
    c->part = p;
    *end = pe;
  } else if (IsAny(*end, {"early", "late"}) && t_.IsWord(*end + 1) &&
             (p = PartOfDayFromWord(t_.low(*end + 1))) != PartOfDay::kNone &&
             !Is(*end + 1, "overnight")) {
    c->part = p;  // "8:00 early morning", "11 late evening"
    *end += 2;
  }
  return true;
}

bool Grammar::PartOfDayFollows(size_t i) const {
  PartOfDay p = PartOfDay::kNone;
  size_t e = 0;
  return PartOfDayPhrase(i, &p, &e);
}

size_t Grammar::SkipZone(size_t i) const {
  if (!t_.IsWord(i)) return i;
  std::string_view w = t_.low(i);
  static constexpr std::string_view kZones[] = {
      "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt",
      "mst", "mdt", "cet", "cest", "eet", "eest", "msk", "bst", "ist", "jst", "aest", "z"};
  for (std::string_view z : kZones) {
    if (w == z && (t_[i].capitalized || w.size() > 2)) {
      size_t e = i + 1;
      // "GMT+2", "UTC-5"
      if ((t_.IsPunct(e, '+') || t_.IsPunct(e, '-')) && t_.Touches(e) && t_.IsNumber(e + 1) &&
          t_.Touches(e + 1)) {
        e += 2;
      }
      return e;
    }
  }
  if (w == "local" && Is(i + 1, "time")) return i + 2;
  // "Moscow time", "Kyiv time", "Eastern time"
  if (t_[i].capitalized && Is(i + 1, "time")) return i + 2;
  return i;
}

bool Grammar::PartOfDayPhrase(size_t i, PartOfDay* p, size_t* end) const {
  if (IsAny(i, {"in", "during"}) && Is(i + 1, "the")) {
    PartOfDay q = PartOfDayFromWord(t_.low(i + 2));
    if (q != PartOfDay::kNone && !Is(i + 2, "overnight")) {
      *p = q;
      *end = i + 3;
      return true;
    }
  }
  if (Is(i, "at") && Is(i + 1, "night")) {
    *p = PartOfDay::kNight;
    *end = i + 2;
    return true;
  }
  if (Is(i, "overnight")) {
    *p = PartOfDay::kNight;
    *end = i + 1;
    return true;
  }
  return false;
}

namespace {

void ApplyMeridiem(ClockSpec* c, bool pm) {
  c->meridiem = true;
  if (pm && c->hour < 12) c->hour += 12;
  if (!pm && c->hour == 12) c->hour = 0;
}

}  // namespace

bool Grammar::Clock(size_t i, ClockSpec* c, size_t* end, bool bare_ok) const {
  Nest nest(&depth_);
  if (nest.too_deep()) return false;
  *c = ClockSpec();
  c->set = true;
  // Every clock opens with a number, a number in words, "noon", "midnight", "half" or
  // "quarter"; most tokens the rules ask about are none of them.
  if ((Opens(i) & kOpensClock) == 0) return false;
  size_t e = i;
  if (IsAny(i, {"noon", "midday", "noonish", "noontime"})) {
    c->hour = 12;
    c->meridiem = true;
    *end = i + 1;
    return true;
  }
  if (Is(i, "midnight")) {
    c->hour = 0;
    c->meridiem = true;
    *end = i + 1;
    return true;
  }
  // "20 min past eight", "10 past 9", "ten to six": minutes, then past/to, then an hour.
  {
    double mins = -1;
    size_t me = 0;
    bool mord = false;
    if (t_.IsNumber(i) && t_[i].digits <= 2 && !t_.Touches(i + 1)) {
      mins = static_cast<double>(t_[i].number);
      me = i + 1;
    } else if (NumberWords(i, &mins, &me, &mord) && mord) {
      mins = -1;
    }
    if (mins >= 1 && mins < 60 && mins == std::floor(mins)) {
      size_t p = me;
      if (IsAny(p, {"minutes", "minute", "min", "mins"})) ++p;
      // "5 to 6pm" and "from five to seven" are spans of hours: "N to M" counts minutes
      // only when "minutes" is written or the number is a word in a clock's position
      // ("at ten to six").
      bool to_hour = IsAny(p, {"to", "before"}) && p == me &&
                     (t_.IsNumber(i) || !IsAny(i - 1, {"at", "around", "about", "by"}));
      if (!to_hour && IsAny(p, {"past", "to", "after", "before"}) &&
          (p > me || IsAny(p, {"past", "to"}))) {
        ClockSpec h;
        size_t he = 0;
        if (Clock(p + 1, &h, &he, true) && !h.minute_given && h.hour >= 0) {
          *c = h;
          if (IsAny(p, {"to", "before"})) {
            c->hour = (c->hour + 23) % 24;
            c->minute = 60 - static_cast<int>(mins);
          } else {
            c->minute = static_cast<int>(mins);
          }
          c->minute_given = true;
          *end = he;
          return true;
        }
      }
    }
  }
  if (t_.IsNumber(i)) {
    const TimeToken& tok = t_[i];
    // Not the fraction or thousands group of a figure.
    if (t_.Touches(i) && (t_.IsPunct(i - 1, '.') || t_.IsPunct(i - 1, ',') ||
                          t_.IsPunct(i - 1, ':') || t_.IsPunct(i - 1, '/'))) {
      return false;
    }
    if (tok.digits <= 2 && tok.number <= 24) {
      c->hour = static_cast<int>(tok.number);
      e = i + 1;
      bool separated = false;
      // "8:19", "17:49:19", "8.30" (the dot form needs am/pm or a clock context).
      bool colon = t_.IsPunct(e, ':');
      bool dot = t_.IsPunct(e, '.');
      if ((colon || dot) && t_.Touches(e) && t_.IsNumber(e + 1) && t_.Touches(e + 1) &&
          t_[e + 1].digits == 2 && t_[e + 1].number < 60) {
        c->minute = static_cast<int>(t_[e + 1].number);
        c->minute_given = true;
        e += 2;
        separated = true;
        if (colon && t_.IsPunct(e, ':') && t_.Touches(e) && t_.IsNumber(e + 1) &&
            t_.Touches(e + 1) && t_[e + 1].digits == 2 && t_[e + 1].number < 60) {
          c->second = static_cast<int>(t_[e + 1].number);
          c->second_given = true;
          e += 2;
        }
        // Part of a longer numeric run ("10:20:30:40", "1.2.3"): not a clock.
        if ((t_.IsPunct(e, ':') || t_.IsPunct(e, '.')) && t_.Touches(e) &&
            t_.IsNumber(e + 1) && t_.Touches(e + 1)) {
          return false;
        }
      }
      if (c->hour == 24 && c->minute > 0) return false;
      bool pm = false;
      size_t me = 0;
      if (c->hour <= 12 && Meridiem(e, &pm, &me, true) && c->hour > 0) {
        ApplyMeridiem(c, pm);
        e = me;
      } else if (c->hour <= 12 && IsAny(e, {"ish"}) && t_.Touches(e)) {
        ++e;
      } else if (IsAny(e, {"oclock"}) || (Is(e, "o") && t_.IsPunct(e + 1, '\'') &&
                                          Is(e + 2, "clock"))) {
        e = Is(e, "oclock") ? e + 1 : e + 3;
      } else if (separated && colon) {
        if (c->hour > 12 || c->hour == 0) c->meridiem = true;
        if (IsAny(e, {"h", "hrs", "hours"}) && c->hour > 12) ++e;
      } else if (separated && dot) {
        if (!bare_ok) return false;  // "6.45 percent" is a figure
      } else if (Is(e, "noon") && c->hour == 12) {
        c->meridiem = true;
        ++e;
      } else if (!bare_ok && !PartOfDayFollows(e)) {
        return false;
      } else if (PartOfDayFollows(e) || SkipZone(e) > e) {
        if (c->hour == 0 || c->hour > 12) return false;
      } else {
        // A bare hour after "at": not followed by a unit or a noun.
        // "at 9 last night" names the day after the hour.
        bool last_part = Is(e, "last") && t_.IsWord(e + 1) &&
                         PartOfDayFromWord(t_.low(e + 1)) != PartOfDay::kNone;
        if (t_.IsWord(e) && !last_part &&
            !IsAny(e, {"in", "on", "this", "tonight", "today", "tomorrow", "yesterday", "and",
                       "or", "to", "until", "till"})) {
          return false;
        }
        if (t_.IsPunct(e, '%') || t_.IsPunct(e, '.') || t_.IsPunct(e, ',')) {
          if (t_.IsNumber(e + 1) && t_.Touches(e + 1)) return false;
        }
        if (c->hour == 0 || c->hour > 12) return false;
      }
      *end = SkipZone(e);
      return true;
    }
    // "1140 a.m.", "0800 GMT", "1500 hours"
    if (tok.digits == 4 || tok.digits == 3) {
      int hh = static_cast<int>(tok.number / 100);
      int mm = static_cast<int>(tok.number % 100);
      if (hh > 23 || mm > 59) return false;
      e = i + 1;
      bool pm = false;
      size_t me = 0;
      if (hh >= 1 && hh <= 12 && Meridiem(e, &pm, &me, true)) {
        c->hour = hh;
        c->minute = mm;
        c->minute_given = true;
        ApplyMeridiem(c, pm);
        *end = SkipZone(me);
        return true;
      }
      if (tok.digits == 4 && (IsAny(e, {"gmt", "utc", "hrs", "hours", "h"}) ||
                              (Is(e, "local") && Is(e + 1, "time")))) {
        c->hour = hh;
        c->minute = mm;
        c->minute_given = true;
        c->meridiem = true;
        e = IsAny(e, {"hrs", "hours", "h"}) ? e + 1 : e;
        *end = SkipZone(e);
        return true;
      }
    }
    return false;
  }
  // Words: "ten am", "nine o'clock", "half past seven", "quarter to nine",
  // "twenty minutes past eight", "five-thirty pm".
  if (IsAny(i, {"half", "quarter"}) && IsAny(i + 1, {"past", "to"})) {
    int minutes = Is(i, "half") ? 30 : 15;
    bool to = Is(i + 1, "to");
    if (to && Is(i, "half")) return false;
    ClockSpec h;
    size_t he = 0;
    if (!Clock(i + 2, &h, &he, true) || h.minute_given) return false;
    *c = h;
    if (to) {
      c->hour = (c->hour + 23) % 24;
      c->minute = 60 - minutes;
    } else {
      c->minute = minutes;
    }
    c->minute_given = true;
    *end = he;
    return true;
  }
  double v = 0;
  bool ordinal = false;
  if (NumberWords(i, &v, &e, &ordinal) && !ordinal && v == std::floor(v)) {
    // "twenty minutes past eight"
    if (v >= 1 && v < 60 && IsAny(e, {"minutes", "minute", "min", "mins"}) &&
        IsAny(e + 1, {"past", "to", "after", "before"})) {
      ClockSpec h;
      size_t he = 0;
      if (!Clock(e + 2, &h, &he, true) || h.minute_given) return false;
      *c = h;
      if (IsAny(e + 1, {"to", "before"})) {
        c->hour = (c->hour + 23) % 24;
        c->minute = 60 - static_cast<int>(v);
      } else {
        c->minute = static_cast<int>(v);
      }
      c->minute_given = true;
      *end = he;
      return true;
    }
    if (v < 1 || v > 12) return false;
    c->hour = static_cast<int>(v);
    // "five-thirty", "nine thirty", "two forty five": a second number word of minutes.
    size_t m = e;
    if (t_.IsPunct(m, '-') && t_.Touches(m)) ++m;
    double mv = 0;
    size_t me = 0;
    bool mord = false;
    bool has_minutes = false;
    if (NumberWords(m, &mv, &me, &mord) && !mord && mv >= 10 && mv < 60 &&
        mv == std::floor(mv)) {
      c->minute = static_cast<int>(mv);
      c->minute_given = true;
      has_minutes = true;
      e = me;
    }
    bool pm = false;
    size_t pe = 0;
    if (Meridiem(e, &pm, &pe, false)) {
      ApplyMeridiem(c, pm);
      *end = SkipZone(pe);
      return true;
    }
    if (Is(e, "oclock") || (Is(e, "o") && t_.IsPunct(e + 1, '\'') && Is(e + 2, "clock"))) {
      *end = Is(e, "oclock") ? e + 1 : e + 3;
      return true;
    }
    if (has_minutes || bare_ok || PartOfDayFollows(e)) {
      if (!has_minutes && t_.IsWord(e) && !PartOfDayFollows(e) && SkipZone(e) == e &&
          !IsAny(e, {"in", "on", "this", "tonight", "today", "tomorrow", "and", "or", "to"})) {
        return false;
      }
      *end = e;
      return true;
    }
    return false;
  }
  return false;
}

}  // namespace sitrep::extract::time_internal
