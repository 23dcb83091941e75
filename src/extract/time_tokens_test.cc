#include "extract/time_tokens.h"

#include <gtest/gtest.h>

namespace sitrep::extract::time_internal {
namespace {

TEST(TimeTokensTest, SplitsWordsNumbersAndPunctuation) {
  TimeTokens t("On Feb. 3rd, 02/10/2022 08:19");
  ASSERT_EQ(t.size(), 14u);
  EXPECT_TRUE(t.Is(0, "on"));
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_TRUE(t.Is(1, "feb"));
  EXPECT_TRUE(t.IsPunct(2, '.'));
  EXPECT_TRUE(t.Touches(2));
  EXPECT_TRUE(t.IsNumber(3));
  EXPECT_EQ(t[3].number, 3);
  EXPECT_TRUE(t.Is(4, "rd"));
  EXPECT_TRUE(t.Touches(4));  // "3rd" is one written word
  EXPECT_TRUE(t.IsNumber(6));
  EXPECT_EQ(t[6].digits, 2);
  EXPECT_TRUE(t.IsPunct(7, '/'));
  EXPECT_EQ(t[10].number, 2022);
  EXPECT_FALSE(t.Touches(11));  // a space before "08"
  EXPECT_TRUE(t.IsPunct(12, ':'));
  EXPECT_TRUE(t.Touches(13));
}

TEST(TimeTokensTest, MapsUnicodeDashesQuotesAndSpaces) {
  // en dash, right single quote, no-break space, em dash
  TimeTokens t("10\xE2\x80\x93" "20 Kyiv\xE2\x80\x99s\xC2\xA0" "2014\xE2\x80\x94now");
  ASSERT_GE(t.size(), 8u);
  EXPECT_TRUE(t.IsNumber(0));
  EXPECT_TRUE(t.IsPunct(1, '-'));
  EXPECT_TRUE(t.IsNumber(2));
  EXPECT_TRUE(t.Is(3, "kyiv"));
  EXPECT_TRUE(t.IsPunct(4, '\''));
  EXPECT_TRUE(t.Is(5, "s"));
  EXPECT_TRUE(t.IsNumber(6));
  EXPECT_FALSE(t.Touches(6));  // the no-break space separates
  EXPECT_TRUE(t.IsPunct(7, '-'));
  EXPECT_TRUE(t.Is(8, "now"));
}

TEST(TimeTokensTest, KeepsByteOffsetsAndLineBreaks) {
  TimeTokens t("ab\n\ncd 12");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].begin, 4u);
  EXPECT_EQ(t[1].end, 6u);
  EXPECT_TRUE(t[1].newline_before);
  EXPECT_FALSE(t[2].newline_before);
  EXPECT_EQ(t.low(99), "");
}

TEST(TimeTokensTest, SurvivesMalformedUtf8AndHugeNumbers) {
  std::string s = "\xFF\xE2\x80 99999999999999999999 \xC3";
  TimeTokens t(s);
  bool saw_number = false;
  for (size_t i = 0; i < t.size(); ++i) {
    EXPECT_LE(t[i].end, s.size());
    if (t.IsNumber(i)) {
      saw_number = true;
      EXPECT_EQ(t[i].digits, 20);
      EXPECT_GE(t[i].number, 1000000000000LL);
    }
  }
  EXPECT_TRUE(saw_number);
}

}  // namespace
}  // namespace sitrep::extract::time_internal
