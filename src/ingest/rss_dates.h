// Dates in feeds: RFC 822 (RSS pubDate) and ISO 8601 (Atom, dc:date), normalised as
// every other sitrep date is (date_parse.h). Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// "Thu, 10 Feb 2022 08:19:00 EST" -> "2022-02-10T08:19:00-05:00": RFC 822 and 1123
// forms with two- or four-digit years and the zones RFC 822 names (UT, GMT, EST..PDT,
// military letters) or numeric offsets; then anything NormalizeDate reads. The
// precision the feed gave is kept (no seconds in, no seconds out). "" when it is not a
// date.
std::string FeedDate(std::string_view s);

}  // namespace sitrep::ingest::internal
