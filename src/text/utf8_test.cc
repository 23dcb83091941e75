#include <string>

#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

TEST(IsValidUtf8, AcceptsAsciiAndMultiByte) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii text, long enough to use the word loop"));
  EXPECT_TRUE(IsValidUtf8("Kyiv \xE2\x80\x9Cquoted\xE2\x80\x9D caf\xC3\xA9 \xF0\x9F\x98\x80"));
}

TEST(IsValidUtf8, ReportsOffsetOfFirstBadSequence) {
  size_t offset = 99;
  EXPECT_FALSE(IsValidUtf8("abcdefghij\xFFxyz", &offset));
  EXPECT_EQ(offset, 10u);
  EXPECT_FALSE(IsValidUtf8("ok \xC3", &offset));  // truncated sequence at the end
  EXPECT_EQ(offset, 3u);
}

TEST(IsValidUtf8, RejectsOverlongSurrogatesAndOutOfRange) {
  EXPECT_FALSE(IsValidUtf8("\xC0\x80"));          // overlong NUL
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\x80"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\x80"));              // lone continuation byte
}

TEST(IsValidUtf8, FindsBadByteAfterLongAsciiRun) {
  std::string s(1000, 'a');
  s += "\xE2\x82";  // truncated euro sign
  size_t offset = 0;
  EXPECT_FALSE(IsValidUtf8(s, &offset));
  EXPECT_EQ(offset, 1000u);
}

TEST(LooksBinary, NulOrManyControlBytes) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("Line one\r\n\tLine two\f"));
  EXPECT_TRUE(LooksBinary(std::string("text\0more", 9)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 abc"));
  std::string mostly_text(1000, 'x');
  mostly_text[10] = '\x1b';  // one stray escape is still text
  EXPECT_FALSE(LooksBinary(mostly_text));
}

}  // namespace
}  // namespace sitrep::text
