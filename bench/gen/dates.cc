#include "bench/gen/dates.h"

#include <fmt/format.h>

namespace sitrep::gen {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
Day DayFromCivil(int year, int month, int day) {
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t yoe = year - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDay(Day z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  return {year, month, day};
}

int Weekday(Day day) { return static_cast<int>(day >= -4 ? (day + 4) % 7 : (day + 5) % 7 + 6); }

const char* WeekdayName(int weekday) {
  static constexpr const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday"};
  return kNames[weekday];
}

const char* MonthName(int month) {
  static constexpr const char* kNames[] = {"January", "February", "March",     "April",
                                           "May",     "June",     "July",      "August",
                                           "September", "October", "November", "December"};
  return kNames[month - 1];
}

const char* MonthAbbreviation(int month) {
  static constexpr const char* kNames[] = {"Jan.", "Feb.",  "March", "April", "May",  "June",
                                           "July", "Aug.",  "Sept.", "Oct.",  "Nov.", "Dec."};
  return kNames[month - 1];
}

namespace {

// Zero-padded decimal digits, written right to left: the truth records print several
// dates per article, and this is their hot path.
void Digits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

}  // namespace

std::string IsoDate(Day day) {
  const CivilDate c = CivilFromDay(day);
  if (c.year < 0 || c.year > 9999) return fmt::format("{}-{:02}-{:02}", c.year, c.month, c.day);
  char buf[10];
  Digits(buf, c.year, 4);
  buf[4] = '-';
  Digits(buf + 5, c.month, 2);
  buf[7] = '-';
  Digits(buf + 8, c.day, 2);
  return std::string(buf, 10);
}

std::string IsoDateTime(Day day, int minute_of_day) {
  std::string out = IsoDate(day);
  char buf[6];
  buf[0] = 'T';
  Digits(buf + 1, minute_of_day / 60, 2);
  buf[3] = ':';
  Digits(buf + 4, minute_of_day % 60, 2);
  out.append(buf, 6);
  return out;
}

std::string NumericUsDate(Day day) {
  const CivilDate c = CivilFromDay(day);
  return fmt::format("{:02}/{:02}/{:04}", c.month, c.day, c.year);
}

std::string WrittenDate(Day day, DateStyle style) {
  const CivilDate c = CivilFromDay(day);
  switch (style) {
    case DateStyle::kAp:
      return fmt::format("{} {}", MonthAbbreviation(c.month), c.day);
    case DateStyle::kLong:
      return fmt::format("{} {}", MonthName(c.month), c.day);
    case DateStyle::kBritish:
      return fmt::format("{} {}", c.day, MonthName(c.month));
  }
  return {};
}

std::string DateExpression(Day target, Day reference, DateStyle style, uint64_t variant,
                           bool* absolute) {
  const int64_t ago = reference - target;
  const std::string weekday = WeekdayName(Weekday(target));
  *absolute = false;
  if (ago == 0) {
    switch (variant % 4) {
      case 0: return "on " + weekday;
      case 1: return weekday;
      case 2: return "earlier on " + weekday;
      default: return "on " + weekday;
    }
  }
  if (ago == 1) {
    switch (variant % 3) {
      case 0: return "on " + weekday;
      case 1: return "yesterday";
      default: return weekday;
    }
  }
  // Reporters name the weekday only while it is unambiguous, that is within the week.
  if (ago > 1 && ago < 7) {
    return variant % 3 == 2 ? "last " + weekday : "on " + weekday;
  }
  const CivilDate t = CivilFromDay(target);
  const CivilDate r = CivilFromDay(reference);
  if (ago >= 7 && ago < 14 && variant % 3 == 0) return "last week";
  if (ago >= 14 && variant % 5 == 1 && t.month == r.month && t.year == r.year) {
    return "earlier this month";
  }
  if (ago >= 14 && variant % 5 == 2 &&
      (t.year * 12 + t.month) + 1 == (r.year * 12 + r.month)) {
    return "last month";
  }
  *absolute = true;
  return "on " + WrittenDate(target, style);
}

}  // namespace sitrep::gen
