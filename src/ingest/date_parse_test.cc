#include "date_parse.h"

#include <gtest/gtest.h>

namespace sitrep::ingest::internal {
namespace {

TEST(NormalizeDate, Iso8601KeepsPrecision) {
  EXPECT_EQ(NormalizeDate("2022-02-02"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("2022-02"), "2022-02");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19"), "2022-02-10T08:19");
  EXPECT_EQ(NormalizeDate("2022-02-10 08:19:05"), "2022-02-10T08:19:05");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19:05.123Z"), "2022-02-10T08:19:05Z");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19:05+0200"), "2022-02-10T08:19:05+02:00");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19:05-05:00"), "2022-02-10T08:19:05-05:00");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19:05+00:00"), "2022-02-10T08:19:05Z");
  EXPECT_EQ(NormalizeDate("  2022-02-10  "), "2022-02-10");
  EXPECT_EQ(NormalizeDate("2022-02-10T08:19:00.000000 +01:00"), "2022-02-10T08:19:00+01:00");
}

TEST(NormalizeDate, WrittenDates) {
  EXPECT_EQ(NormalizeDate("February 2, 2022"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("Feb. 2, 2022"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("2 Feb 2022"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("2nd of February 2022"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("Wednesday, February 2, 2022"), "2022-02-02");
  EXPECT_EQ(NormalizeDate("Thu, 10 Feb 2022 08:19:00 +0000"), "2022-02-10T08:19:00Z");
  EXPECT_EQ(NormalizeDate("Thu, 10 Feb 2022 08:19:00 GMT"), "2022-02-10T08:19:00Z");
  EXPECT_EQ(NormalizeDate("February 10, 2022 8:19 pm"), "2022-02-10T20:19");
  EXPECT_EQ(NormalizeDate("February 10, 2022 12:05 a.m."), "2022-02-10T00:05");
  EXPECT_EQ(NormalizeDate("Feb. 10, 2022 8:19 a.m. ET"), "2022-02-10T08:19");
  EXPECT_EQ(NormalizeDate("February 2022"), "2022-02");
  EXPECT_EQ(NormalizeDate("SEPTEMBER 30, 2021"), "2021-09-30");
}

TEST(NormalizeDate, NumericDates) {
  EXPECT_EQ(NormalizeDate("02/10/2022"), "2022-02-10");        // US month/day
  EXPECT_EQ(NormalizeDate("02/10/2022 08:19"), "2022-02-10T08:19");
  EXPECT_EQ(NormalizeDate("25/12/2021"), "2021-12-25");        // first number > 12
  EXPECT_EQ(NormalizeDate("10.02.2022"), "2022-02-10");        // day.month.year
  EXPECT_EQ(NormalizeDate("2022/02/10"), "2022-02-10");
}

TEST(NormalizeDate, RejectsWhatIsNotADate) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate("Feb 10"), "");            // no year: not placeable
  EXPECT_EQ(NormalizeDate("2022-02-30"), "");        // no such day
  EXPECT_EQ(NormalizeDate("2022-13-01"), "");
  EXPECT_EQ(NormalizeDate("13/13/2022"), "");
  EXPECT_EQ(NormalizeDate("2022-02-10T25:00"), "");
  EXPECT_EQ(NormalizeDate("02/10/22"), "");          // two-digit year: century unknown
  EXPECT_EQ(NormalizeDate("2022-02-02 and more"), "");
  EXPECT_EQ(NormalizeDate("2022-02-021"), "");
  EXPECT_EQ(NormalizeDate("2021-02-29"), "");        // not a leap year
  EXPECT_EQ(NormalizeDate("2024-02-29"), "2024-02-29");
}

TEST(ParseDatePrefix, ReportsConsumedBytes) {
  size_t used = 0;
  EXPECT_EQ(ParseDatePrefix("2022-02-02 \xE2\x80\x9CThese forces", &used), "2022-02-02");
  EXPECT_EQ(used, 10u);
  EXPECT_EQ(ParseDatePrefix("02/10/2022 08:19", &used), "2022-02-10T08:19");
  EXPECT_EQ(used, 16u);
  EXPECT_EQ(ParseDatePrefix("Troops moved", &used), "");
  EXPECT_EQ(used, 0u);
}

TEST(DateFromEpoch, SecondsAndMilliseconds) {
  EXPECT_EQ(DateFromEpoch(1644481140), "2022-02-10T08:19:00Z");
  EXPECT_EQ(DateFromEpoch(1644481140000), "2022-02-10T08:19:00Z");
  EXPECT_EQ(DateFromEpoch(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(DateFromEpoch(-5), "");
}

}  // namespace
}  // namespace sitrep::ingest::internal
