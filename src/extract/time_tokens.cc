#include "extract/time_tokens.h"

#include <array>

namespace sitrep::extract::time_internal {
namespace {

constexpr bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// IsAsciiLetter for every byte, for the loop over a word's letters: one load and a test
// instead of the arithmetic.
constexpr std::array<bool, 256> kAsciiLetter = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = IsAsciiLetter(static_cast<unsigned char>(c));
  return t;
}();

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting with lead byte `c` (1 for stray bytes, so that
// malformed input still advances).
size_t SequenceLength(unsigned char c) {
  if (c >= 0xF0 && c <= 0xF4) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC2 && c < 0xE0) return 2;
  return 1;
}

// How the grammar sees one non-ASCII character.
enum class Wide { kSpace, kPunct, kLetter };

Wide ClassifyWide(std::string_view s, char* punct) {
  if (s == "\xC2\xA0") return Wide::kSpace;  // no-break space
  if (s.size() == 3 && static_cast<unsigned char>(s[0]) == 0xE2 &&
      static_cast<unsigned char>(s[1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(s[2]);
    if (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) return Wide::kSpace;
    if (c >= 0x90 && c <= 0x95) {  // hyphen, figure dash, en dash, em dash, bar
      *punct = '-';
      return Wide::kPunct;
    }
    if (c >= 0x98 && c <= 0x9B) {  // single quotes
      *punct = '\'';
      return Wide::kPunct;
    }
    if (c >= 0x9C && c <= 0x9F) {  // double quotes
      *punct = '"';
      return Wide::kPunct;
    }
    if (c == 0xA6) {  // ellipsis
      *punct = '.';
      return Wide::kPunct;
    }
    *punct = '?';  // other general punctuation (bullets, daggers): a plain separator
    return Wide::kPunct;
  }
  if (s == "\xE2\x88\x92") {  // minus sign
    *punct = '-';
    return Wide::kPunct;
  }
  if (s == "\xE3\x80\x80") return Wide::kSpace;  // ideographic space
  if (s == "\xC2\xAB" || s == "\xC2\xBB") {      // guillemets
    *punct = '"';
    return Wide::kPunct;
  }
  return Wide::kLetter;
}

}  // namespace

TimeTokens::TimeTokens(std::string_view text) : lower_(text) {
  // ASCII capitals occur in words only: the word loop below lowers them as it passes.
  tokens_.reserve(text.size() / 4 + 16);  // news runs about one token per five bytes
  bool space = false;
  bool newline = false;
  size_t i = 0;
  const size_t n = text.size();
  // The buffers' addresses held in locals: a char store may alias anything, so through
  // lower_ the compiler would reload its buffer's address after every store.
  const char* const src = text.data();
  char* const low = lower_.data();
  // Inlined at each of its call sites: called once per token, as a call it cost as
  // much as reading the token (copying the token into an argument, then into the vector).
  auto push = [&](TimeToken& t) __attribute__((always_inline)) {
    t.space_before = space || tokens_.empty();
    t.newline_before = newline;
    space = newline = false;
    tokens_.push_back(t);
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      ++i;
      continue;
    }
    if (c == '\n') {
      space = newline = true;
      ++i;
      continue;
    }
    if (IsDigit(c)) {
      TimeToken t;
      t.kind = TokenKind::kNumber;
      t.begin = i;
      while (i < n && IsDigit(static_cast<unsigned char>(text[i]))) {
        if (t.number < 1000000000000LL) t.number = t.number * 10 + (text[i] - '0');
        ++t.digits;
        ++i;
      }
      t.end = i;
      push(t);
      continue;
    }
    if (c < 0x80 && !IsAsciiLetter(c)) {
      TimeToken t;
      t.kind = TokenKind::kPunct;
      t.begin = i;
      t.end = i + 1;
      t.punct = static_cast<char>(c);
      push(t);
      ++i;
      continue;
    }
    // A word: ASCII letters and non-ASCII letters, up to a digit, ASCII punctuation,
    // space or a non-ASCII space/punctuation character.
    TimeToken t;
    t.kind = TokenKind::kWord;
    t.begin = i;
    t.capitalized = c >= 'A' && c <= 'Z';
    bool any = false;
    while (i < n) {
      // A run of ASCII letters, the bulk of every word, in a tight loop of its own: taken
      // one at a time through the tests below, a letter cost some 18 instructions.
      const size_t run = i;
      while (i < n && kAsciiLetter[static_cast<unsigned char>(src[i])]) {
        low[i] = static_cast<char>(src[i] | 0x20);
        ++i;
      }
      if (i > run) any = true;
      if (i >= n) break;
      unsigned char d = static_cast<unsigned char>(text[i]);
      if (d < 0x80) break;  // ASCII, not a letter
      size_t len = SequenceLength(d);
      if (i + len > n) len = n - i;
      char punct = 0;
      Wide w = ClassifyWide(text.substr(i, len), &punct);
      if (w == Wide::kLetter) {
        i += len;
        any = true;
        continue;
      }
      if (any) break;  // the wide character starts the next token
      // The wide character itself: a space or a punctuation token.
      if (w == Wide::kSpace) {
        space = true;
      } else {
        TimeToken p;
        p.kind = TokenKind::kPunct;
        p.begin = i;
        p.end = i + len;
        p.punct = punct;
        push(p);
      }
      i += len;
      t.begin = i;
      break;
    }
    if (any) {
      t.end = i;
      push(t);
    }
  }
}

}  // namespace sitrep::extract::time_internal
