// Unicode normalisation through utf8proc.
//
// Every ASCII character is a normalisation boundary (canonical combining class 0, never
// the second half of a composition pair), so only runs of non-ASCII characters, together
// with the ASCII character just before them (a possible base letter for a following
// combining mark), need utf8proc. Everything else is copied as is. The code point buffer
// is reused per thread so that a text full of curly quotes costs no allocation per quote.
#include <cctype>
#include <cstdint>
#include <vector>

#include <utf8proc.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

// Appends the normalisation of `segment` (under `options`) to `out`. A segment utf8proc
// rejects (invalid UTF-8) is appended unchanged: callers validate first, and copying is
// the least surprising fallback.
void AppendMapped(std::string_view segment, utf8proc_option_t options, std::string* out) {
  thread_local std::vector<utf8proc_int32_t> buffer;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(segment.data());
  const auto len = static_cast<utf8proc_ssize_t>(segment.size());
  if (buffer.size() < segment.size() + 8) buffer.resize(segment.size() + 8);
  utf8proc_ssize_t count = utf8proc_decompose(
      bytes, len, buffer.data(), static_cast<utf8proc_ssize_t>(buffer.size()), options);
  if (count > static_cast<utf8proc_ssize_t>(buffer.size())) {
    buffer.resize(static_cast<size_t>(count));
    count = utf8proc_decompose(bytes, len, buffer.data(), count, options);
  }
  if (count < 0) {
    out->append(segment);
    return;
  }
  // utf8proc_reencode composes in place and writes UTF-8 bytes over the code points.
  const utf8proc_ssize_t out_len = utf8proc_reencode(buffer.data(), count, options);
  if (out_len < 0) {
    out->append(segment);
    return;
  }
  out->append(reinterpret_cast<const char*>(buffer.data()), static_cast<size_t>(out_len));
}

template <bool kLowerAscii>
std::string MapNonAsciiRuns(std::string_view s, utf8proc_option_t options) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t ascii_end = i;
    while (ascii_end < n && static_cast<unsigned char>(s[ascii_end]) < 0x80) ++ascii_end;
    // The last ASCII character before a non-ASCII run goes with the run.
    size_t copy_end = ascii_end;
    if (ascii_end < n && ascii_end > i) --copy_end;
    for (size_t k = i; k < copy_end; ++k) {
      out.push_back(kLowerAscii ? static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])))
                                : s[k]);
    }
    if (ascii_end >= n) {
      // Trailing ASCII (copy_end == ascii_end here).
      break;
    }
    size_t run_end = ascii_end;
    while (run_end < n && static_cast<unsigned char>(s[run_end]) >= 0x80) ++run_end;
    AppendMapped(s.substr(copy_end, run_end - copy_end), options, &out);
    i = run_end;
  }
  return out;
}

}  // namespace

std::string NormalizeNfc(std::string_view s) {
  return MapNonAsciiRuns<false>(
      s, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
}

std::string FoldCase(std::string_view s) {
  // IGNORE drops default-ignorable characters (soft hyphen, zero-width joiners), as
  // Unicode's NFKC_Casefold does: they never distinguish two spellings of a name.
  return MapNonAsciiRuns<true>(
      s, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                        UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
}

}  // namespace sitrep::text
