#include "link/quote_spans.h"

namespace sitrep::link::internal {
namespace {

// Length of the quote mark at s[i] and whether it opens (+1), closes (-1) or toggles
// (0, the straight mark); 0 length when there is none.
size_t MarkAt(std::string_view s, size_t i, int* direction) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == '"') {
    *direction = 0;
    return 1;
  }
  if (i + 1 < s.size() && c == 0xC2) {  // « U+00AB, » U+00BB
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (d == 0xAB || d == 0xBB) {
      *direction = d == 0xAB ? 1 : -1;
      return 2;
    }
  }
  if (i + 2 < s.size() && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[i + 2]);  // “ 9C, ” 9D, „ 9E
    if (d == 0x9C || d == 0x9E || d == 0x9D) {
      *direction = d == 0x9D ? -1 : 1;
      return 3;
    }
  }
  return 0;
}

// Bytes that can start a quote mark or a paragraph break; the rest are skipped.
struct MarkBytes {
  constexpr MarkBytes() {
    for (unsigned char c : {'"', '\n'}) table[c] = true;
    for (unsigned char c : {0xC2, 0xE2}) table[c] = true;
  }
  bool table[256] = {};
};
constexpr MarkBytes kMarkBytes;

}  // namespace

std::vector<text::Span> QuotedSpans(std::string_view s) {
  std::vector<text::Span> spans;
  bool inside = false;
  bool low_opened = false;  // opened by „, which “ closes (German style)
  size_t begin = 0;
  for (size_t i = 0; i < s.size();) {
    // Fast path: bytes that can start neither a mark nor a paragraph break.
    while (i < s.size() && !kMarkBytes.table[static_cast<unsigned char>(s[i])]) ++i;
    if (i == s.size()) break;
    if (s[i] == '\n' && i + 1 < s.size() && s[i + 1] == '\n') {
      if (inside) spans.push_back({begin, i});
      inside = false;
      i += 2;
      continue;
    }
    int direction = 0;
    const size_t len = MarkAt(s, i, &direction);
    if (len == 0) {
      ++i;
      continue;
    }
    const bool low = len == 3 && static_cast<unsigned char>(s[i + 2]) == 0x9E;
    const bool german_close = inside && low_opened && len == 3 && !low;
    const bool opens = !german_close && (direction > 0 || (direction == 0 && !inside));
    if (opens && !inside) {
      inside = true;
      low_opened = low;
      begin = i + len;
    } else if (!opens && inside) {
      spans.push_back({begin, i});
      inside = false;
    }
    i += len;
  }
  if (inside) spans.push_back({begin, s.size()});
  return spans;
}

}  // namespace sitrep::link::internal
