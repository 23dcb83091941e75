#include "link/lsh_index.h"

#include <gtest/gtest.h>

namespace sitrep::link::internal {
namespace {

std::vector<uint32_t> Find(const LshIndex& index, uint32_t key) {
  std::vector<uint32_t> out;
  index.Lookup(key, &out);
  return out;
}

TEST(LshIndex, NewestFirstAndCapped) {
  LshIndex index(3);
  for (uint32_t a = 0; a < 5; ++a) index.Insert(42, a);
  EXPECT_EQ(Find(index, 42), (std::vector<uint32_t>{4, 3, 2}));
  EXPECT_TRUE(Find(index, 43).empty());
}

TEST(LshIndex, KeyZeroWorks) {
  LshIndex index(2);
  index.Insert(0, 9);
  EXPECT_EQ(Find(index, 0), (std::vector<uint32_t>{9}));
}

TEST(LshIndex, SurvivesGrowth) {
  LshIndex index(2);
  for (uint32_t k = 1; k <= 100000; ++k) index.Insert(k * 2654435761u, k);
  EXPECT_EQ(index.keys(), 100000u);
  for (uint32_t k = 1; k <= 100000; k += 997) {
    EXPECT_EQ(Find(index, k * 2654435761u), (std::vector<uint32_t>{k}));
  }
}

}  // namespace
}  // namespace sitrep::link::internal
