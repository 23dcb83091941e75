#include <gtest/gtest.h>

#include "sitrep/copies.h"

namespace sitrep::link {
namespace {

TEST(PickOriginal, EarliestPublishedWhenAllDated) {
  const OriginalChoice c = PickOriginal({{"a", "2024-03-14T10:00", 20, 0.5},
                                         {"b", "2024-03-14T09:12", 10, 0.2},
                                         {"c", "2024-03-15", 30, 1.0}});
  EXPECT_EQ(c.id, "b");
  EXPECT_NE(c.reason.find("earliest published (2024-03-14T09:12)"), std::string::npos);
}

TEST(PickOriginal, SameDayFallsBackToTheFullestContainingText) {
  // "2024-03-14" and "2024-03-14T09:12" are the same day at the precision both give.
  const OriginalChoice c = PickOriginal({{"a", "2024-03-14", 12, 0.4},
                                         {"b", "2024-03-14T09:12", 20, 0.95},
                                         {"c", "2024-03-15", 25, 1.0}});
  EXPECT_EQ(c.id, "b");
  EXPECT_NE(c.reason.find("published together"), std::string::npos);
  EXPECT_NE(c.reason.find("fullest text"), std::string::npos);
}

TEST(PickOriginal, UndatedUsesContainment) {
  const OriginalChoice c =
      PickOriginal({{"a", "", 12, 0.3}, {"b", "2024-03-14", 20, 0.9}, {"c", "", 25, 0.5}});
  EXPECT_EQ(c.id, "b");
  EXPECT_NE(c.reason.find("not all dated"), std::string::npos);
}

TEST(PickOriginal, TextsThatContainEachOtherKeepTheFirst) {
  const OriginalChoice c = PickOriginal({{"a", "", 12, 0.95}, {"b", "", 20, 0.97}});
  EXPECT_EQ(c.id, "a");
}

TEST(PickOriginal, NothingContainsTheOthers) {
  const OriginalChoice c = PickOriginal({{"a", "", 12, 0.3}, {"b", "", 20, 0.5}});
  EXPECT_EQ(c.id, "a");
  EXPECT_NE(c.reason.find("first ingested"), std::string::npos);
  EXPECT_TRUE(PickOriginal({}).id.empty());
  EXPECT_EQ(PickOriginal({{"x", "", 1, 0}}).id, "x");
}

}  // namespace
}  // namespace sitrep::link
