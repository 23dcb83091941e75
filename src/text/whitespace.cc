// Whitespace cleaning in one pass over the bytes. The writer holds back spaces and line
// breaks until the next visible character, which trims every line, collapses runs, and
// drops leading and trailing blank lines without a second pass.
#include <cstdint>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

enum class Kind { kVisible, kSpace, kNewline, kParagraph, kDrop };

// Classifies the character at s[i] (with `len` its byte length). Unicode spaces become
// plain spaces; control characters, which have no business in stored text, too. The
// Unicode line and paragraph separators and NEL count as line breaks.
Kind Classify(const unsigned char* s, size_t i, size_t n, size_t* len) {
  const unsigned char c = s[i];
  *len = 1;
  if (c < 0x80) {
    if (c == '\n' || c == '\f' || c == '\v') return Kind::kNewline;
    if (c == '\r') {
      if (i + 1 < n && s[i + 1] == '\n') *len = 2;
      return Kind::kNewline;
    }
    if (c < 0x20 || c == 0x7f) return Kind::kSpace;  // tab and other controls
    if (c == ' ') return Kind::kSpace;
    return Kind::kVisible;
  }
  if (c == 0xC2 && i + 1 < n) {
    const unsigned char d = s[i + 1];
    *len = 2;
    if (d == 0x85) return Kind::kNewline;                // U+0085 NEL
    if (d == 0xA0) return Kind::kSpace;                  // U+00A0 NBSP
    if (d >= 0x80 && d <= 0x9F) return Kind::kSpace;     // C1 controls
    return Kind::kVisible;
  }
  if ((c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF) && i + 2 < n) {
    const unsigned char d = s[i + 1];
    const unsigned char e = s[i + 2];
    *len = 3;
    if (c == 0xE1 && d == 0x9A && e == 0x80) return Kind::kSpace;  // U+1680
    if (c == 0xE2 && d == 0x80) {
      if (e <= 0x8A) return Kind::kSpace;                           // U+2000..U+200A
      if (e == 0xA8) return Kind::kNewline;                         // U+2028
      if (e == 0xA9) return Kind::kParagraph;                       // U+2029
      if (e == 0xAF) return Kind::kSpace;                           // U+202F
    }
    if (c == 0xE2 && d == 0x81 && e == 0x9F) return Kind::kSpace;  // U+205F
    if (c == 0xE3 && d == 0x80 && e == 0x80) return Kind::kSpace;  // U+3000
    // U+FEFF: a byte-order mark, or a zero-width no-break space left by joining files.
    if (c == 0xEF && d == 0xBB && e == 0xBF) return Kind::kDrop;
    return Kind::kVisible;
  }
  // Any other lead byte: copy the sequence whole so that multi-byte characters are never
  // split (invalid bytes are copied one at a time).
  if (c >= 0xC0 && c < 0xE0) *len = 2;
  else if (c >= 0xE0 && c < 0xF0) *len = 3;
  else if (c >= 0xF0 && c < 0xF8) *len = 4;
  if (i + *len > n) *len = 1;
  return Kind::kVisible;
}

bool IsPlainVisible(unsigned char c) { return c > 0x20 && c < 0x7f; }

}  // namespace

std::string CleanWhitespace(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::string out;
  out.reserve(n);
  size_t i = 0;
  int pending_breaks = 0;     // line breaks since the last visible character
  bool pending_space = false;
  bool line_has_text = false;
  while (i < n) {
    size_t len = 0;
    const Kind kind = Classify(s, i, n, &len);
    switch (kind) {
      case Kind::kSpace:
        pending_space = line_has_text;
        break;
      case Kind::kNewline:
      case Kind::kParagraph:
        pending_breaks += kind == Kind::kParagraph ? 2 : 1;
        pending_space = false;
        line_has_text = false;
        break;
      case Kind::kDrop:
        break;
      case Kind::kVisible: {
        if (!out.empty() && pending_breaks > 0) {
          out.append(pending_breaks >= 2 ? "\n\n" : "\n");
        } else if (pending_space) {
          out.push_back(' ');
        }
        pending_breaks = 0;
        pending_space = false;
        line_has_text = true;
        // Copy the visible character and the plain ASCII run after it in one append.
        size_t end = i + len;
        while (end < n && IsPlainVisible(s[end])) ++end;
        out.append(text.data() + i, end - i);
        len = end - i;
        break;
      }
    }
    i += len;
  }
  return out;
}

}  // namespace sitrep::text
