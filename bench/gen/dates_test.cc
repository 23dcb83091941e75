#include "bench/gen/dates.h"

#include <gtest/gtest.h>

namespace sitrep::gen {
namespace {

TEST(DatesTest, CivilRoundTrip) {
  EXPECT_EQ(DayFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(IsoDate(DayFromCivil(2022, 2, 10)), "2022-02-10");
  for (Day d = DayFromCivil(1999, 12, 25); d < DayFromCivil(2001, 3, 5); ++d) {
    const CivilDate c = CivilFromDay(d);
    ASSERT_EQ(DayFromCivil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(IsoDate(DayFromCivil(2024, 2, 29)), "2024-02-29");
}

TEST(DatesTest, Weekdays) {
  EXPECT_STREQ(WeekdayName(Weekday(DayFromCivil(2022, 2, 9))), "Wednesday");
  EXPECT_STREQ(WeekdayName(Weekday(DayFromCivil(1970, 1, 1))), "Thursday");
  EXPECT_STREQ(WeekdayName(Weekday(DayFromCivil(1969, 12, 31))), "Wednesday");
}

TEST(DatesTest, Formats) {
  const Day d = DayFromCivil(2024, 3, 14);
  EXPECT_EQ(IsoDateTime(d, 9 * 60 + 12), "2024-03-14T09:12");
  EXPECT_EQ(NumericUsDate(d), "03/14/2024");
  EXPECT_EQ(WrittenDate(DayFromCivil(2022, 2, 3), DateStyle::kAp), "Feb. 3");
  EXPECT_EQ(WrittenDate(DayFromCivil(2022, 3, 3), DateStyle::kAp), "March 3");
  EXPECT_EQ(WrittenDate(DayFromCivil(2022, 9, 3), DateStyle::kAp), "Sept. 3");
  EXPECT_EQ(WrittenDate(d, DateStyle::kLong), "March 14");
  EXPECT_EQ(WrittenDate(d, DateStyle::kBritish), "14 March");
}

TEST(DatesTest, RelativeExpressions) {
  const Day wed = DayFromCivil(2022, 2, 9);
  bool absolute = true;
  EXPECT_EQ(DateExpression(wed, wed, DateStyle::kAp, 0, &absolute), "on Wednesday");
  EXPECT_FALSE(absolute);
  EXPECT_EQ(DateExpression(wed - 1, wed, DateStyle::kAp, 1, &absolute), "yesterday");
  EXPECT_EQ(DateExpression(wed - 3, wed, DateStyle::kAp, 0, &absolute), "on Sunday");
  EXPECT_EQ(DateExpression(wed - 8, wed, DateStyle::kAp, 0, &absolute), "last week");
  // Farther back the date itself is named.
  EXPECT_EQ(DateExpression(wed - 30, wed, DateStyle::kAp, 0, &absolute), "on Jan. 10");
  EXPECT_TRUE(absolute);
  // A weekday name is never used for a day more than six days away.
  for (uint64_t v = 0; v < 30; ++v) {
    const std::string text = DateExpression(wed - 9, wed, DateStyle::kLong, v, &absolute);
    EXPECT_EQ(text.find("Monday"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace sitrep::gen
