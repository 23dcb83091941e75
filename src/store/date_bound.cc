#include "store/date_bound.h"

#include <chrono>

#include "sitrep/store.h"

namespace sitrep::store {
namespace {

// Reads `count` digits at `pos` into `value`; false unless all are ASCII digits.
bool Digits(const std::string& s, size_t pos, size_t count, int* value) {
  if (pos + count > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

}  // namespace

bool IsValidDateBound(const std::string& value) {
  // Accepted lengths: YYYY 4, YYYY-MM 7, YYYY-MM-DD 10, +THH:MM 16, +:SS 19.
  const size_t n = value.size();
  if (n != 4 && n != 7 && n != 10 && n != 16 && n != 19) return false;
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  if (!Digits(value, 0, 4, &year) || year < 1) return false;
  if (n >= 7 && (value[4] != '-' || !Digits(value, 5, 2, &month))) return false;
  if (n >= 10 && (value[7] != '-' || !Digits(value, 8, 2, &day))) return false;
  if (n >= 16 && (value[10] != 'T' || !Digits(value, 11, 2, &hour) || value[13] != ':' ||
                  !Digits(value, 14, 2, &minute))) {
    return false;
  }
  if (n == 19 && (value[16] != ':' || !Digits(value, 17, 2, &second))) return false;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  // year_month_day knows month lengths and leap years.
  const std::chrono::year_month_day date{std::chrono::year(year),
                                         std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  return date.ok();
}

std::string UntilExclusive(std::string_view until) {
  std::string bound(until);
  bound += '\x7f';
  return bound;
}

}  // namespace sitrep::store
