// TIMEX3 values of durations.
#include <cmath>
#include <cstdio>

#include "extract/time_spec.h"

namespace sitrep::extract::time_internal {
namespace {

// "3", "1.5", "0.25": the shortest decimal that reads back as the amount.
std::string Amount(double v) {
  if (v < 0) return "X";
  char buf[32];
  if (v == std::floor(v) && v < 1e12) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

struct Slot {
  double amount = 0;
  bool used = false;
  bool unknown = false;
};

}  // namespace

std::string DurationValue(const Duration& d) {
  // Date part Y, M, W, WE, D, BD; time part H, M, S. Decades and centuries are years,
  // fortnights two weeks, quarters three months, nights days.
  enum { kY, kMo, kW, kWE, kD, kBD, kH, kMi, kS, kSlots };
  static const char* kNames[kSlots] = {"Y", "M", "W", "WE", "D", "BD", "H", "M", "S"};
  Slot slots[kSlots];
  auto add = [&](int slot, double amount, double scale) {
    slots[slot].used = true;
    if (amount < 0) {
      slots[slot].unknown = true;
    } else {
      slots[slot].amount += amount * scale;
    }
  };
  for (const Duration::Piece& p : d.pieces) {
    switch (p.unit) {
      case Unit::kSecond: add(kS, p.amount, 1); break;
      case Unit::kMinute: add(kMi, p.amount, 1); break;
      case Unit::kHour: add(kH, p.amount, 1); break;
      case Unit::kDay:
      case Unit::kNight: add(kD, p.amount, 1); break;
      case Unit::kBusinessDay: add(kBD, p.amount, 1); break;
      case Unit::kWeek: add(kW, p.amount, 1); break;
      case Unit::kWeekend: add(kWE, p.amount, 1); break;
      case Unit::kFortnight: add(kW, p.amount, 2); break;
      case Unit::kMonth: add(kMo, p.amount, 1); break;
      case Unit::kQuarter: add(kMo, p.amount, 3); break;
      case Unit::kYear: add(kY, p.amount, 1); break;
      case Unit::kDecade: add(kY, p.amount, 10); break;
      case Unit::kCentury: add(kY, p.amount, 100); break;
      case Unit::kNone: break;
    }
  }
  std::string out = "P";
  bool time = false;
  for (int i = 0; i < kSlots; ++i) {
    if (!slots[i].used) continue;
    if (i >= kH && !time) {
      out += "T";
      time = true;
    }
    out += slots[i].unknown ? "X" : Amount(slots[i].amount);
    out += kNames[i];
  }
  return out == "P" ? "" : out;
}

}  // namespace sitrep::extract::time_internal
