// RFC 822 is parsed here rather than by NormalizeDate because it differs in two ways
// that matter for feeds: its zone names are defined (EST is -05:00, not a local time to
// drop), and RFC 822 itself uses two-digit years, which RFC 2822 reads as 1950..2049.
#include "rss_dates.h"

#include <cstdio>

#include <re2/re2.h>

#include "date_parse.h"

namespace sitrep::ingest::internal {
namespace {

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int MonthFromName(std::string_view name) {
  static constexpr std::string_view kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string key(name.substr(0, 3));
  for (char& c : key) c = static_cast<char>(c | 0x20);
  for (int m = 0; m < 12; ++m) {
    if (kNames[m] == key) return m + 1;
  }
  return 0;
}

// Offset in minutes east of UTC for an RFC 822 zone name; false when unknown.
bool ZoneOffset(std::string_view zone, int* minutes) {
  std::string z(zone);
  for (char& c : z) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  struct Named {
    std::string_view name;
    int hours;
  };
  static constexpr Named kNamed[] = {{"UT", 0},   {"UTC", 0},  {"GMT", 0},  {"Z", 0},
                                     {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
                                     {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
  for (const Named& n : kNamed) {
    if (n.name == z) {
      *minutes = n.hours * 60;
      return true;
    }
  }
  // Military zones: A..I = +1..+9, K..M = +10..+12, N..Y = -1..-12. RFC 1123 notes
  // their signs were specified backwards and advises reading them as unknown; only Z is
  // taken (above).
  return false;
}

std::string Rfc822(std::string_view s) {
  // [day-name ","] day month year hour ":" minute [":" second] [zone]
  static const RE2 kRfc822(
      "\\s*(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4}|\\d{2})\\s+"
      "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([+-]\\d{4}|[+-]\\d{2}:\\d{2}|[A-Za-z]{1,5})?\\s*");
  std::string day, month, year, hour, minute, second, zone;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), kRfc822, &day, &month, &year, &hour,
                      &minute, &second, &zone)) {
    return "";
  }
  const int m = MonthFromName(month);
  if (m == 0) return "";
  int y = ToInt(year);
  if (year.size() == 2) y += y < 50 ? 2000 : 1900;
  // Build an ISO string and let NormalizeDate validate the calendar and format the zone
  // exactly as it does for every other input.
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%s", y, m, ToInt(day), ToInt(hour),
                minute.c_str());
  std::string iso = buf;
  if (!second.empty()) iso += ":" + second;
  if (!zone.empty()) {
    if (zone[0] == '+' || zone[0] == '-') {
      iso += zone;
    } else {
      int offset = 0;
      if (!ZoneOffset(zone, &offset)) return NormalizeDate(iso);  // local time, zone unknown
      std::snprintf(buf, sizeof(buf), "%c%02d:%02d", offset < 0 ? '-' : '+',
                    (offset < 0 ? -offset : offset) / 60, (offset < 0 ? -offset : offset) % 60);
      iso += buf;
    }
  }
  return NormalizeDate(iso);
}

}  // namespace

std::string FeedDate(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return "";
  std::string iso = Rfc822(s);
  if (!iso.empty()) return iso;
  return NormalizeDate(s);
}

}  // namespace sitrep::ingest::internal
