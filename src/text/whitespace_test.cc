#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

TEST(CleanWhitespace, LineEndingsTabsAndRuns) {
  EXPECT_EQ(CleanWhitespace("a\r\nb\rc\n"), "a\nb\nc");
  EXPECT_EQ(CleanWhitespace("a\t\t b   c"), "a b c");
  EXPECT_EQ(CleanWhitespace("  lead and trail  \n"), "lead and trail");
}

TEST(CleanWhitespace, BlankLinesCollapseToOne) {
  EXPECT_EQ(CleanWhitespace("\n\n\npara one\n\n\n\n  \t \npara two\n\n\n"),
            "para one\n\npara two");
  EXPECT_EQ(CleanWhitespace("line one\nline two"), "line one\nline two");
}

TEST(CleanWhitespace, UnicodeSpacesAndBom) {
  EXPECT_EQ(CleanWhitespace("\xEF\xBB\xBFTitle"), "Title");
  EXPECT_EQ(CleanWhitespace("100\xC2\xA0" "000 troops"), "100 000 troops");
  EXPECT_EQ(CleanWhitespace("a\xE2\x80\x89" "b\xE3\x80\x80" "c"), "a b c");  // thin, ideographic
  EXPECT_EQ(CleanWhitespace("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c"), "a\nb\n\nc");
}

TEST(CleanWhitespace, KeepsOtherCharactersAndControlsBecomeSpaces) {
  EXPECT_EQ(CleanWhitespace("  \xE2\x80\xA2 bullet \xE2\x80\x9Cq\xE2\x80\x9D"),
            "\xE2\x80\xA2 bullet \xE2\x80\x9Cq\xE2\x80\x9D");
  EXPECT_EQ(CleanWhitespace(std::string("a\0b\x1b" "c", 5)), "a b c");
  EXPECT_EQ(CleanWhitespace(""), "");
  EXPECT_EQ(CleanWhitespace(" \n\t\n "), "");
}

}  // namespace
}  // namespace sitrep::text
