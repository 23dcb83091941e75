// Invariants of the text kernels over random input, valid UTF-8 or not.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

// Random strings from pieces that exercise every branch: ASCII, punctuation, spaces of
// all kinds, multi-byte letters, combining marks, and invalid bytes.
std::string RandomText(std::mt19937& rng, bool valid) {
  static const char* kPieces[] = {
      "a", "Z", "Mr", "U.S", "1", "8,500", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "!", "?",
      "...", ",", "'", "\"", "(", ")", "-", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99",
      "\xE2\x80\xA6", "\xE2\x80\xA2", "\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xA8", "\xE2\x80\xA9",
      "\xEF\xBB\xBF", "\xC3\xA9", "e\xCC\x81", "\xCC\x81", "\xD0\x96", "\xE6\x97\xA5", "\xE3\x80\x82",
      "\xF0\x9F\x98\x80", "\x01", "\x7f", "\xC2\x85", "\xEF\xAC\x81"};
  static const char* kInvalid[] = {"\xFF", "\xC3", "\xE2\x80", "\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80"};
  std::string s;
  const int n = static_cast<int>(rng() % 60);
  for (int k = 0; k < n; ++k) {
    if (!valid && rng() % 10 == 0) {
      s += kInvalid[rng() % (sizeof(kInvalid) / sizeof(kInvalid[0]))];
    } else {
      s += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    }
  }
  return s;
}

TEST(TextProperties, ValidInput) {
  std::mt19937 rng(20220210);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = RandomText(rng, /*valid=*/true);
    ASSERT_TRUE(IsValidUtf8(s));
    const std::string clean = CleanWhitespace(s);
    ASSERT_TRUE(IsValidUtf8(clean)) << s;
    ASSERT_EQ(CleanWhitespace(clean), clean) << s;
    ASSERT_EQ(clean.find("\n\n\n"), std::string::npos);
    const std::string nfc = NormalizeNfc(s);
    ASSERT_TRUE(IsValidUtf8(nfc));
    ASSERT_EQ(NormalizeNfc(nfc), nfc) << s;
    const std::string folded = FoldCase(s);
    ASSERT_EQ(FoldCase(folded), folded) << s;
  }
}

TEST(TextProperties, AnyInputGivesSpansInsideTheText) {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = RandomText(rng, /*valid=*/i % 2 == 0);
    size_t last = 0;
    for (const Token& t : Tokenize(s)) {
      ASSERT_LE(last, t.begin);
      ASSERT_LT(t.begin, t.end);
      ASSERT_LE(t.end, s.size());
      last = t.end;
    }
    last = 0;
    for (const Span& span : SplitSentences(s)) {
      ASSERT_LE(last, span.begin) << s;
      ASSERT_LT(span.begin, span.end);
      ASSERT_LE(span.end, s.size());
      last = span.end;
    }
    // Never crashes or loops on invalid input.
    CleanWhitespace(s);
    NormalizeNfc(s);
    LooksBinary(s);
    DetectLanguage(s);
  }
}

}  // namespace
}  // namespace sitrep::text
