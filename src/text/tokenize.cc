// Word tokens. A token is a run of letters and digits; an apostrophe or hyphen inside a
// word ("don't", "Kremlin’s", "ex-Soviet") and a separator inside a number ("8,500",
// "1.2") do not end it, because splitting there would break names and figures apart
// for every later stage.
#include "code_point.h"
#include "sitrep/text.h"

namespace sitrep::text {
namespace {

using internal::DecodeAt;
using internal::IsDigit;
using internal::IsWordChar;

// ASCII letters and digits: the bytes of most words, tested without decoding.
struct AsciiWordBytes {
  constexpr AsciiWordBytes() {
    for (int c = '0'; c <= '9'; ++c) table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  }
  bool table[256] = {};
};
constexpr AsciiWordBytes kAsciiWord;

bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool IsHyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// True when s[i..] starts with exactly three ASCII digits not followed by a fourth: the
// shape of a thousands group, so that "1,000" is one token and the list "1,2,3" is not.
bool ThousandsGroupAt(std::string_view s, size_t i) {
  size_t k = 0;
  while (i + k < s.size() && k < 4 && s[i + k] >= '0' && s[i + k] <= '9') ++k;
  return k == 3;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    size_t len = 0;
    int32_t cp = DecodeAt(s, i, &len);
    if (!IsWordChar(cp)) {
      i += len;
      continue;
    }
    Token token;
    token.begin = i;
    int32_t prev = cp;
    i += len;
    while (i < n) {
      if (kAsciiWord.table[static_cast<unsigned char>(s[i])]) {
        while (i + 1 < n && kAsciiWord.table[static_cast<unsigned char>(s[i + 1])]) ++i;
        prev = static_cast<unsigned char>(s[i]);
        ++i;
        continue;
      }
      cp = DecodeAt(s, i, &len);
      if (IsWordChar(cp)) {
        prev = cp;
        i += len;
        continue;
      }
      // A joiner stays inside the token only between two word characters of the right
      // kind.
      if (i + len >= n) break;
      size_t next_len = 0;
      const int32_t next = DecodeAt(s, i + len, &next_len);
      bool joins = false;
      if (IsApostrophe(cp) || IsHyphen(cp)) {
        joins = IsWordChar(prev) && IsWordChar(next);
      } else if (cp == ',') {
        joins = IsDigit(prev) && ThousandsGroupAt(s, i + 1);
      } else if (cp == '.') {
        joins = IsDigit(prev) && IsDigit(next);
      }
      if (!joins) break;
      prev = next;
      i += len + next_len;
    }
    token.end = i;
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace sitrep::text
