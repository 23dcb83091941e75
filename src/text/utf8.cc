// UTF-8 validation and the binary-content test. Inputs can be gigabytes of mostly ASCII
// news text, so both functions skip ASCII eight bytes at a time and hand only the
// multi-byte sequences to utf8proc, which rejects overlong forms, surrogates and code
// points above U+10FFFF.
#include <cstdint>
#include <cstring>

#include <utf8proc.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Index of the first non-ASCII byte at or after `i`, or `n`.
size_t SkipAscii(const unsigned char* p, size_t i, size_t n) {
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, sizeof(word));
    if (word & kHighBits) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while ((i = SkipAscii(p, i, n)) < n) {
    utf8proc_int32_t code_point;
    const utf8proc_ssize_t len =
        utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &code_point);
    if (len <= 0) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += static_cast<size_t>(len);
  }
  return true;
}

bool LooksBinary(std::string_view s) {
  if (s.empty()) return false;
  if (std::memchr(s.data(), '\0', s.size()) != nullptr) return true;
  // Real text carries at most a stray escape or form feed; executables, images and
  // UTF-16 dumps without NULs still show control bytes in quantity. One in twenty is far
  // above anything a news text contains.
  size_t controls = 0;
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
      ++controls;
    }
  }
  return controls * 20 > s.size();
}

}  // namespace sitrep::text
