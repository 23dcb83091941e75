#include "extract/time_calendar.h"

#include <gtest/gtest.h>

namespace sitrep::extract::time_internal {
namespace {

TEST(TimeCalendarTest, ParsesReferenceDates) {
  Reference r;
  ASSERT_TRUE(ParseReference("2022-02-10T08:19", &r));
  EXPECT_EQ(FormatDay(r.day), "2022-02-10");
  EXPECT_TRUE(r.has_time);
  EXPECT_EQ(r.hour, 8);
  EXPECT_EQ(r.minute, 19);
  ASSERT_TRUE(ParseReference("2016-11-07T00:00:00", &r));
  EXPECT_TRUE(r.has_time);
  ASSERT_TRUE(ParseReference("2022-02-02", &r));
  EXPECT_FALSE(r.has_time);
  EXPECT_FALSE(ParseReference("", &r));
  EXPECT_FALSE(r.known);
  EXPECT_FALSE(ParseReference("2022-02-30", &r));
  EXPECT_FALSE(ParseReference("Feb 2, 2022", &r));
}

TEST(TimeCalendarTest, IsoWeeks) {
  EXPECT_EQ(IsoWeekOf(MakeDays(2022, 2, 10)).week, 6);
  EXPECT_EQ(IsoWeekOf(MakeDays(2021, 1, 3)).year, 2020);  // a Sunday in 2020-W53
  EXPECT_EQ(IsoWeekOf(MakeDays(2021, 1, 3)).week, 53);
  EXPECT_EQ(FormatDay(IsoWeekStart(2019, 1)), "2018-12-31");
  EXPECT_EQ(IsoWeeksInYear(2020), 53);
  EXPECT_EQ(IsoWeeksInYear(2022), 52);
  EXPECT_EQ(WeekPeriod(2022, 5)->value, "2022-W05");
  EXPECT_FALSE(WeekPeriod(2022, 53).has_value());
  EXPECT_EQ(WeekendPeriod(2016, 45)->value, "2016-W45-WE");
  EXPECT_EQ(FormatDay(WeekendPeriod(2016, 45)->first), "2016-11-12");
}

TEST(TimeCalendarTest, MonthArithmeticClampsToMonthEnd) {
  EXPECT_EQ(FormatDay(AddMonths(MakeDays(2022, 1, 31), 1)), "2022-02-28");
  EXPECT_EQ(FormatDay(AddMonths(MakeDays(2024, 3, 31), -1)), "2024-02-29");
  EXPECT_EQ(FormatDay(AddMonths(MakeDays(2022, 11, 15), 3)), "2023-02-15");
}

TEST(TimeCalendarTest, PeriodsAndTheirNames) {
  EXPECT_EQ(MonthPeriod(2021, 10)->value, "2021-10");
  EXPECT_EQ(FormatDay(MonthPeriod(2024, 2)->last), "2024-02-29");
  EXPECT_EQ(QuarterPeriod(2019, 3)->value, "2019-Q3");
  EXPECT_EQ(HalfPeriod(2019, 2)->value, "2019-H2");
  EXPECT_EQ(SeasonPeriod(2021, Season::kSummer)->value, "2021-SU");
  EXPECT_EQ(FormatDay(SeasonPeriod(2021, Season::kWinter)->last), "2022-02-28");
  EXPECT_EQ(DecadePeriod(1990)->value, "199");
  EXPECT_EQ(CenturyPeriod(1900)->value, "19");
  EXPECT_EQ(PeriodContaining(MakeDays(2022, 2, 10), Gran::kSeason)->value, "2021-WI");
  EXPECT_EQ(ShiftPeriod(*YearPeriod(2022), -8)->value, "2014");
  EXPECT_EQ(ShiftPeriod(*WeekPeriod(2022, 1), -1)->value, "2021-W52");
  EXPECT_FALSE(YearPeriod(0).has_value());
}

TEST(TimeCalendarTest, EasterSunday) {
  EXPECT_EQ(FormatDay(EasterSunday(2018)), "2018-04-01");
  EXPECT_EQ(FormatDay(EasterSunday(2019)), "2019-04-21");
  EXPECT_EQ(FormatDay(EasterSunday(2022)), "2022-04-17");
  EXPECT_EQ(FormatDay(EasterSunday(2038)), "2038-04-25");  // the latest possible
}

// Dates and clocks are written digit by digit, as snprintf's zero-padded fields wrote
// them, for small years and out-of-range values too.
TEST(TimeCalendarTest, FormatsLikeZeroPaddedPrintf) {
  EXPECT_EQ(FormatDay(MakeDays(1, 1, 1)), "0001-01-01");
  EXPECT_EQ(FormatDay(MakeDays(987, 7, 9)), "0987-07-09");
  EXPECT_EQ(FormatDay(MakeDays(9999, 12, 31)), "9999-12-31");
  EXPECT_EQ(FormatDay(MakeDays(10000, 1, 2)), "10000-01-02");
  EXPECT_EQ(FormatDay(MakeDays(-5, 3, 4)), "-005-03-04");
  EXPECT_EQ(FormatClock(8, 5, 0), "08:05");
  EXPECT_EQ(FormatClock(23, 59, 7), "23:59:07");
  EXPECT_EQ(FormatClock(100, -1, 0), "100:-1");
  EXPECT_EQ(MonthPeriod(45, 3)->value, "0045-03");
  EXPECT_EQ(WeekPeriod(2021, 5)->value, "2021-W05");
  EXPECT_EQ(YearPeriod(800)->value, "0800");
  EXPECT_EQ(DecadePeriod(1990)->value, "199");
  EXPECT_EQ(DecadePeriod(50)->value, "005");
  EXPECT_EQ(CenturyPeriod(900)->value, "09");
}

}  // namespace
}  // namespace sitrep::extract::time_internal
