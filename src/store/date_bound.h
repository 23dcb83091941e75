// Date bounds of --since/--until filters, compared with the stored ISO 8601 dates as
// strings: an ISO date sorts as it reads, whatever its precision.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::store {

// The smallest string above every date that starts with `until`, so that
// `published < UntilExclusive("2022-02-10")` keeps "2022-02-10T23:59". Dates are ASCII
// and DEL (0x7f) sorts above every printable ASCII character.
std::string UntilExclusive(std::string_view until);

}  // namespace sitrep::store
