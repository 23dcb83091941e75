#include "extract/time_build.h"

#include <chrono>
#include <optional>
#include <string>

namespace sitrep::extract::time_internal {

TimeExpr TimeExprBuilder::Build(const Match& m) {
  TimeExpr e;
  e.begin = t_[m.first].begin;
  e.end = t_[m.end - 1].end;
  e.anchor_text = std::string(text_.substr(e.begin, e.end - e.begin));
  e.mod = m.mod;
  switch (m.type) {
    case Match::Type::kDate: BuildDate(m, &e); break;
    case Match::Type::kClock:
      e.kind = "time";
      e.value = ClockValue(m.clock);
      break;
    case Match::Type::kDuration:
      e.kind = "duration";
      e.value = DurationValue(m.duration);
      break;
    case Match::Type::kSet:
      e.kind = "set";
      e.value = m.set_value;
      break;
    case Match::Type::kFuzzy:
      e.kind = "date";
      e.value = m.fuzzy;
      e.relative = true;
      if (ctx_->ref.known) {
        if (m.fuzzy == "PAST_REF") e.range_end = FormatDay(ctx_->ref.day);
        if (m.fuzzy == "FUTURE_REF") e.range_begin = FormatDay(ctx_->ref.day);
      }
      break;
    case Match::Type::kRange: BuildRange(m, &e); break;
  }
  e.resolved = !e.value.empty();
  return e;
}

void TimeExprBuilder::BuildDate(const Match& m, TimeExpr* e) {
  const DateSpec& d = m.date;
  e->kind = d.clock.set ? "datetime" : "date";
  e->relative = IsRelative(d);
  if (d.anchor == Anchor::kRefOffset && SubDay(d.unit)) {
    // "in 5 minutes", "three hours ago": from the reference moment.
    Duration dur;
    dur.pieces.push_back({d.amount < 0 ? -d.amount : d.amount, d.unit});
    auto v = ShiftReference(ctx_->ref, dur, d.amount < 0 ? -1 : 1, false);
    if (v) e->value = *v;
    e->kind = v && v->find('T') != std::string::npos ? "datetime" : "date";
    return;
  }
  auto r = ResolveDate(d, *ctx_);
  if (!r) return;
  e->value = r->value;
  if (r->has_clock) e->kind = "datetime";
  if (e->mod.empty()) e->mod = r->part_mod;
  e->range_begin = r->part_begin;
  e->range_end = r->part_end;
  Remember(*r, m.mod);
}

// The day this expression names becomes the anchor of "a day earlier" after it.
void TimeExprBuilder::Remember(const ResolvedDate& r, const std::string& mod) {
  if (r.period.gran == Gran::kDay && mod.empty()) ctx_->previous = r.period.first;
}

// "from August to October", "May to March": months without a year take the year that
// puts the whole span nearest the reference (holding it when it can), so that in
// September "from August to October" is this year's.
void TimeExprBuilder::ChooseRangeYear(DateSpec* a, DateSpec* b) const {
  if (a->anchor != Anchor::kAbsolute || b->anchor != Anchor::kAbsolute) return;
  if (a->year != 0 || b->year != 0 || a->month == 0 || b->month == 0 || a->weekday ||
      b->weekday) {
    return;
  }
  const Days ref = ctx_->ref.day;
  int ry = YearOf(ref);
  int best_year = 0;
  long best = 0;
  for (int y = ry - 1; y <= ry + 1; ++y) {
    DateSpec x = *a, z = *b;
    x.year = y;
    z.year = b->month < a->month || (b->month == a->month && b->day < a->day) ? y + 1 : y;
    ResolveContext plain;
    plain.ref = ctx_->ref;
    auto rx = ResolveDate(x, plain);
    auto rz = ResolveDate(z, plain);
    if (!rx || !rz) continue;
    long d = ref < rx->period.first ? (rx->period.first - ref).count()
             : ref > rz->period.last ? (ref - rz->period.last).count()
                                     : 0;
    bool later_wins = a->lean == Lean::kFuture ||
                      a->lean == Lean::kSoftFuture;
    if (best_year == 0 || d < best || (d == best && later_wins)) {
      best = d;
      best_year = y;
    }
  }
  if (best_year == 0) return;
  a->year = best_year;
  b->year = b->month < a->month || (b->month == a->month && b->day < a->day) ? best_year + 1
                                                                             : best_year;
}

std::string TimeExprBuilder::RefDay() const {
  return ctx_->ref.known ? FormatDay(ctx_->ref.day) : std::string();
}

// "February 10-20", "from 2014 to 2018", "Monday to Friday".
bool TimeExprBuilder::DateRange(const Match& m, std::string* b, std::string* en) {
  DateSpec start = m.date;
  DateSpec end = m.date_end;
  if (ctx_->ref.known) ChooseRangeYear(&start, &end);
  auto ra = ResolveDate(start, *ctx_);
  if (ra && end.anchor == Anchor::kAbsolute && end.year == 0 &&
      (end.month != 0 || end.day != 0) && !end.weekday) {
    // The end takes the start's year, or the next one when it would come first.
    int y = YearOf(ra->period.first);
    if (end.month == 0) end.month = MonthOf(ra->period.first);
    end.year = y;
    DateSpec probe = end;
    probe.clock = {};
    auto rb = ResolveDate(probe, *ctx_);
    if (rb && rb->period.first < ra->period.first) end.year = y + 1;
  } else if (ra && end.anchor == Anchor::kAbsolute && end.year == 0 && end.weekday &&
             !end.month && !end.day) {
    // "Monday to Friday": the first such day on or after the start.
    int wd = IsoWeekday(ra->period.first);
    auto day = ra->period.first + std::chrono::days((end.weekday - wd + 7) % 7);
    end = DateSpec();
    end.year = YearOf(day);
    end.month = MonthOf(day);
    end.day = DayOf(day);
    end.gran = Gran::kDay;
  }
  auto rb = ResolveDate(end, *ctx_);
  // "from the middle of 2007 to the end of 2008": the parts bound the range.
  if (ra) *b = ra->part_begin.empty() ? ra->value : ra->part_begin;
  if (rb) *en = rb->part_end.empty() ? rb->value : rb->part_end;
  return ra && rb;
}

// "the first six months of 2022", "the last three weeks of the year".
bool TimeExprBuilder::Slice(const Match& m, std::string* b, std::string* en) const {
  using Shape = Match::RangeShape;
  auto r = ResolveDate(m.date, *ctx_);
  if (!r || m.duration.pieces.empty()) return false;
  const auto& period = r->period;
  bool first = m.shape == Shape::kFirstPart;
  auto other = first ? AddDuration(period.first, m.duration, 1)
                     : AddDuration(period.last + std::chrono::days(1),
                                                  m.duration, -1);
  if (!other) return false;
  Days lo = first ? period.first : *other;
  Days hi = first ? *other - std::chrono::days(1) : period.last;
  if (lo < period.first) lo = period.first;
  if (hi > period.last) hi = period.last;
  // Bounds at the precision of the unit counted: "2021-09" .. "2021-12".
  Unit u = m.duration.pieces.front().unit;
  auto format = [u](Days d) {
    std::string s = FormatDay(d);
    if (u == Unit::kMonth || u == Unit::kQuarter) return s.substr(0, 7);
    if (u == Unit::kYear || u == Unit::kDecade) return s.substr(0, 4);
    return s;
  };
  *b = format(lo);
  *en = format(hi);
  return true;
}

// "the past 24 hours", "the next three days", "within 3 years": spans that start or end at
// the reference.
bool TimeExprBuilder::AroundReference(const Match& m, std::string* b, std::string* en) const {
  using Shape = Match::RangeShape;
  const auto& r = ctx_->ref;
  if (!r.known) return false;
  bool sub_day = false;
  for (const auto& p : m.duration.pieces) sub_day = sub_day || SubDay(p.unit);
  if (m.duration.pieces.size() == 1 && m.duration.pieces[0].unit == Unit::kQuarter &&
      m.duration.pieces[0].amount > 0 && m.shape != Shape::kWithin) {
    // "the last two quarters": whole calendar quarters, as results are reported.
    auto q = PeriodContaining(r.day, Gran::kQuarter);
    int n = static_cast<int>(m.duration.pieces[0].amount);
    auto lo = q ? ShiftPeriod(*q, m.shape == Shape::kPast ? -n : 1)
                : std::nullopt;
    auto hi = q ? ShiftPeriod(*q, m.shape == Shape::kPast ? -1 : n)
                : std::nullopt;
    if (!lo || !hi) return false;
    *b = FormatDay(lo->first);
    *en = FormatDay(hi->last);
    return true;
  }
  std::string now = FormatDay(r.day);
  if (sub_day && r.has_time) {
    now += "T" + FormatClock(r.hour, r.minute, r.second);
  }
  auto shifted = ShiftReference(r, m.duration, m.shape == Shape::kPast ? -1 : 1, false);
  if (!shifted) return false;
  if (m.shape == Shape::kPast) {
    *b = *shifted;
    *en = now;
  } else {
    *b = m.shape == Shape::kNext && !sub_day ? FormatDay(r.day + std::chrono::days(1)) : now;
    *en = *shifted;
  }
  return true;
}

// "for 3 days from today", "a day starting this Friday at 5 pm", "for 2 hours from
// 2pm": an amount of time from a start. Whole days end on the last day they hold (both
// bounds inclusive, as elsewhere); a start with a clock ends at the moment the amount
// runs out.
bool TimeExprBuilder::Span(const Match& m, std::string* b, std::string* en) const {
  const Duration& dur = m.duration;
  if (dur.empty()) return false;
  bool sub_day = false;
  for (const auto& p : dur.pieces) sub_day = sub_day || SubDay(p.unit);
  if (!m.range_on_date) {
    // A clock alone: its day is unknown, so the end is a clock as well, on any day.
    const ClockSpec& c = m.clock;
    int h = ClockHour24(c);
    if (h < 0 || !sub_day) return false;
    auto end = ShiftMoment(Days{}, h, c.minute, c.second, dur, 1);
    if (!end) return false;
    *b = ClockValue(c);
    *en = end->substr(end->find('T'));
    return true;
  }
  auto r = ResolveDate(m.date, *ctx_);
  if (!r) return false;
  const ClockSpec& c = m.date.clock;
  int h = c.set ? ClockHour24(c) : -1;
  if (r->has_clock && h >= 0 && r->period.gran == Gran::kDay) {
    auto end = ShiftMoment(r->period.first, h, c.minute, c.second, dur, 1);
    if (!end) return false;
    *b = r->value;
    *en = *end;
    return true;
  }
  if (sub_day || r->has_clock) return false;  // "for 3 hours from Monday": no start time
  auto last = AddDuration(r->period.first, dur, 1);
  if (!last) return false;
  *b = r->period.gran == Gran::kDay ? r->value : FormatDay(r->period.first);
  *en = FormatDay(*last - std::chrono::days(1));
  return true;
}

void TimeExprBuilder::BuildRange(const Match& m, TimeExpr* e) {
  e->kind = "range";
  using Shape = Match::RangeShape;
  std::string b, en;
  bool ok = true;
  switch (m.shape) {
    case Shape::kDates:
      e->relative = IsRelative(m.date) || IsRelative(m.date_end);
      ok = DateRange(m, &b, &en);
      break;
    case Shape::kClocks: {
      std::string day;
      if (m.range_on_date) {
        e->relative = IsRelative(m.date);
        auto r = ResolveDate(m.date, *ctx_);
        if (!r) {
          ok = false;
          break;
        }
        day = r->value;
      }
      b = day + ClockValue(m.clock);
      en = day + ClockValue(m.clock_end);
      break;
    }
    case Shape::kSince:
    case Shape::kFrom: {
      e->relative = m.shape == Shape::kSince || IsRelative(m.date);
      auto ra = ResolveDate(m.date, *ctx_);
      if (!ra) {
        ok = false;
        break;
      }
      b = ra->part_begin.empty() ? ra->value : ra->part_begin;
      if (m.shape == Shape::kSince) en = RefDay();
      break;
    }
    case Shape::kUntil: {
      e->relative = true;
      auto rb = ResolveDate(m.date, *ctx_);
      if (!rb) {
        ok = false;
        break;
      }
      b = RefDay();
      en = rb->part_end.empty() ? rb->value : rb->part_end;
      break;
    }
    case Shape::kFirstPart:
    case Shape::kLastPart:
      e->relative = IsRelative(m.date);
      ok = Slice(m, &b, &en);
      break;
    case Shape::kSpan:
      e->relative = m.range_on_date && IsRelative(m.date);
      ok = Span(m, &b, &en);
      break;
    case Shape::kPast:
    case Shape::kNext:
    case Shape::kWithin:
      e->relative = true;
      ok = AroundReference(m, &b, &en);
      break;
  }
  if (!ok) return;
  if (m.point) {
    // "2 weeks and 2 days ago": the far end alone.
    e->value = m.shape == Shape::kPast ? b : en;
    e->kind = e->value.find('T') != std::string::npos ? "datetime" : "date";
    return;
  }
  e->range_begin = b;
  e->range_end = en;
  e->value = (b.empty() ? ".." : b) + "/" + (en.empty() ? ".." : en);
}

}  // namespace sitrep::extract::time_internal
