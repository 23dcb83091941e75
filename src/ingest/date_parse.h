// Dates in metadata (header lines, JSON fields, datelines), normalised to ISO 8601 with
// exactly the precision the input gave. Internal to the ingest module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// Parses a date, optionally with a time and zone, at the start of `s`. Accepted forms:
//   ISO 8601      2022-02-10, 2022-02, 2022-02-10T08:19, 2022-02-10 08:19:05Z, ...+02:00
//   written       February 2, 2022 | Feb. 2, 2022 | 2 Feb 2022 | Thu, 10 Feb 2022 08:19:00 +0000
//                 February 2022 (month precision)
//   numeric       02/10/2022 (US month/day unless the first number is above 12),
//                 10.02.2022 (day.month.year), 2022/02/10
// each optionally followed by a time "08:19", "8:19 pm", "08:19:00 GMT". Returns "" when
// `s` does not start with a valid calendar date with a four-digit year (a date without
// a year is not a date we can place). *consumed receives the bytes used.
std::string ParseDatePrefix(std::string_view s, size_t* consumed);

// The whole of `s` (trimmed) must be one date; an unknown zone abbreviation after the
// time ("8:19 ET") is tolerated and dropped. Returns "" when it is not a date.
std::string NormalizeDate(std::string_view s);

// Seconds since the Unix epoch as UTC ISO 8601 ("2022-02-10T08:00:00Z"); values that
// look like milliseconds are scaled. Returns "" outside years 1970..2999.
std::string DateFromEpoch(int64_t value);

}  // namespace sitrep::ingest::internal
