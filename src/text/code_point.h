// Code point access shared by the tokenizer and the sentence splitter. Internal to the
// text module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <utf8proc.h>

namespace sitrep::text::internal {

// Decodes the code point at s[i]; *len receives its byte length. An invalid byte decodes
// as -1 with length 1, so callers always make progress.
inline int32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    *len = 1;
    return -1;
  }
  *len = static_cast<size_t>(n);
  return cp;
}

// Decodes the code point that ends just before s[end]; *begin receives its start.
inline int32_t DecodeBefore(std::string_view s, size_t end, size_t* begin) {
  size_t b = end - 1;
  // Step back over at most three continuation bytes.
  for (int k = 0; k < 3 && b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80; ++k) --b;
  size_t len = 0;
  const int32_t cp = DecodeAt(s, b, &len);
  if (b + len != end) {
    *begin = end - 1;
    return -1;
  }
  *begin = b;
  return cp;
}

inline utf8proc_category_t Category(int32_t cp) {
  return cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
}

inline bool IsLetter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const auto c = Category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

inline bool IsDigit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return Category(cp) == UTF8PROC_CATEGORY_ND;
}

// Letters, digits (any numeric category) and combining marks, which belong to the letter
// before them.
inline bool IsWordChar(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  const auto c = Category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

inline bool IsUpper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = Category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

inline bool IsLower(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return Category(cp) == UTF8PROC_CATEGORY_LL;
}

inline bool IsAsciiSpace(int32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v';
}

// Any white space, including no-break and typographic spaces.
inline bool IsSpace(int32_t cp) {
  if (cp < 0x80) return IsAsciiSpace(cp);
  return Category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

}  // namespace sitrep::text::internal
