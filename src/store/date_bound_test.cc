#include "store/date_bound.h"

#include <gtest/gtest.h>

#include <string>

#include "sitrep/store.h"

namespace sitrep::store {
namespace {

TEST(DateBoundTest, AcceptsEveryPrecision) {
  for (const char* value : {"2022", "2022-02", "2022-02-10", "2022-02-10T08:19",
                            "2022-02-10T23:59:59", "2024-02-29", "2000-02-29", "0001-01-01"}) {
    EXPECT_TRUE(IsValidDateBound(value)) << value;
  }
}

TEST(DateBoundTest, RejectsMalformedAndOutOfRange) {
  for (const char* value :
       {"", "22", "20222", "2022-2", "2022-02-1", "2022/02/10", "2022-13", "2022-00",
        "2022-02-30", "2023-02-29", "1900-02-29", "2022-04-31", "2022-02-00", "0000",
        "2022-02-10 08:19", "2022-02-10T24:00", "2022-02-10T08:60", "2022-02-10T08:19:60",
        "2022-02-10T8:19", "2022-02-10T08:19Z", "2022-02-10T08", "abcd", "2022-02-10T08:19:5",
        "-2022", "２０２２"}) {
    EXPECT_FALSE(IsValidDateBound(value)) << value;
  }
}

TEST(DateBoundTest, UntilCoversEveryDateWithTheBoundAsPrefix) {
  const std::string day = UntilExclusive("2022-02-10");
  EXPECT_LT(std::string("2022-02-10"), day);
  EXPECT_LT(std::string("2022-02-10T23:59:59+01:00"), day);
  EXPECT_LT(std::string("2022-02-09T23:59"), day);
  EXPECT_LT(std::string("2022-02"), day);
  EXPECT_GT(std::string("2022-02-11"), day);
  const std::string year = UntilExclusive("2022");
  EXPECT_LT(std::string("2022-12-31T23:59"), year);
  EXPECT_GT(std::string("2023"), year);
}

}  // namespace
}  // namespace sitrep::store
