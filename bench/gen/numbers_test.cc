#include "bench/gen/numbers.h"

#include <gtest/gtest.h>

namespace sitrep::gen {
namespace {

TEST(NumbersTest, WithCommas) {
  EXPECT_EQ(WithCommas(0), "0");
  EXPECT_EQ(WithCommas(999), "999");
  EXPECT_EQ(WithCommas(8500), "8,500");
  EXPECT_EQ(WithCommas(100000), "100,000");
  EXPECT_EQ(WithCommas(1234567), "1,234,567");
  EXPECT_EQ(WithCommas(-14000), "-14,000");
}

TEST(NumbersTest, IntegerWords) {
  EXPECT_EQ(IntegerWords(0), "zero");
  EXPECT_EQ(IntegerWords(7), "seven");
  EXPECT_EQ(IntegerWords(25), "twenty-five");
  EXPECT_EQ(IntegerWords(100), "one hundred");
  EXPECT_EQ(IntegerWords(8500), "eight thousand five hundred");
  EXPECT_EQ(IntegerWords(14000), "fourteen thousand");
  EXPECT_EQ(IntegerWords(100000), "one hundred thousand");
  EXPECT_EQ(IntegerWords(2500000), "two million five hundred thousand");
}

TEST(NumbersTest, ScaledDecimal) {
  EXPECT_EQ(ScaledDecimal(2500000, 1e6, 2), "2.5");
  EXPECT_EQ(ScaledDecimal(14000000, 1e6, 2), "14");
  EXPECT_EQ(ScaledDecimal(1.25e9, 1e9, 2), "1.25");
  EXPECT_EQ(ScaledDecimal(60.6, 1, 1), "60.6");
}

TEST(NumbersTest, WordFriendly) {
  EXPECT_TRUE(IsWordFriendly(14000));
  EXPECT_TRUE(IsWordFriendly(100000));
  EXPECT_TRUE(IsWordFriendly(7));
  EXPECT_FALSE(IsWordFriendly(8537));
  EXPECT_FALSE(IsWordFriendly(0));
}

}  // namespace
}  // namespace sitrep::gen
