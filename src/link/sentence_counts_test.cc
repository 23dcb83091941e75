#include "link/sentence_counts.h"

#include <gtest/gtest.h>

namespace sitrep::link::internal {
namespace {

TEST(SentenceCounts, CountsSaturateAndSurviveGrowth) {
  SentenceCounts c;
  EXPECT_EQ(c.Count(5), 0);
  for (int i = 0; i < 300; ++i) c.Increment(5);
  EXPECT_EQ(c.Count(5), 255);
  for (uint32_t k = 1; k < 50000; ++k) c.Increment(k * 2654435761u);
  EXPECT_EQ(c.Count(5), 255);
  EXPECT_EQ(c.Count(7 * 2654435761u), 1);
  c.Increment(0);
  EXPECT_GE(c.Count(0), 1);
}

}  // namespace
}  // namespace sitrep::link::internal
