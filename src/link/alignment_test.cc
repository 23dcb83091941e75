#include "link/alignment.h"

#include <gtest/gtest.h>

namespace sitrep::link::internal {
namespace {

// A sentence made of word ids; words are spread over the sketch by a multiplier.
uint64_t S(std::initializer_list<uint64_t> words, uint64_t skeleton = 0) {
  std::vector<uint64_t> h;
  for (uint64_t w : words) h.push_back(w * 0x9E3779B97F4A7C15ull);
  return SentenceSketch(h, skeleton);
}

TEST(SketchOverlap, Dice) {
  EXPECT_DOUBLE_EQ(SketchOverlap(S({1, 2, 3, 4}), S({1, 2, 3, 4})), 1.0);
  EXPECT_DOUBLE_EQ(SketchOverlap(0, 0), 0.0);
  EXPECT_LT(SketchOverlap(S({1, 2, 3, 4}), S({5, 6, 7, 8})), 0.3);
}

TEST(SkeletonsAgree, EqualOrMissing) {
  EXPECT_TRUE(SkeletonsAgree(S({1}, 0x3), S({2}, 0x3)));
  EXPECT_TRUE(SkeletonsAgree(S({1}, 0), S({2}, 0x3)));
  EXPECT_FALSE(SkeletonsAgree(S({1}, 0x3), S({2}, 0x5)));
}

TEST(AlignSentences, KeepsOrderAndFindsMovedSentences) {
  const std::vector<uint64_t> a = {S({1, 2, 3, 4}), S({5, 6, 7, 8}), S({9, 10, 11, 12}),
                                   S({13, 14, 15, 16})};
  // b: a's sentences 0, 2, 3 in order, sentence 1 moved to the end, one of its own.
  const std::vector<uint64_t> b = {S({1, 2, 3, 4}), S({9, 10, 11, 12}), S({13, 14, 15, 16}),
                                   S({40, 41, 42, 43}), S({5, 6, 7, 8})};
  const Alignment al = AlignSentences(a, b, {}, 0.5, 0.6);
  ASSERT_EQ(al.pairs.size(), 4u);
  EXPECT_EQ(al.pairs[0], (std::pair<int, int>{0, 0}));
  EXPECT_EQ(al.pairs[1], (std::pair<int, int>{1, 4}));
  EXPECT_EQ(al.moved, 1);
  EXPECT_EQ(al.identical, 4);
  EXPECT_EQ(al.adjacent, 2);  // (0,0)->(2,1)->(3,2)
}

TEST(AlignSentences, WeightsAndSkeletonClash) {
  const std::vector<uint64_t> a = {S({1, 2, 3, 4}, 0x1), S({5, 6, 7, 8}, 0x2)};
  const std::vector<uint64_t> b = {S({1, 2, 3, 4}, 0x1), S({5, 6, 7, 8}, 0x4)};
  const std::vector<double> w = {0.25, 1.0};
  const Alignment al = AlignSentences(a, b, w, 0.5, 0.6);
  ASSERT_EQ(al.pairs.size(), 1u);  // the second pair names other names or figures
  EXPECT_DOUBLE_EQ(al.weight_sum, 0.25);
  EXPECT_DOUBLE_EQ(al.weighted_skeleton, 0.25);
}

TEST(AlignSentences, EmptySides) {
  EXPECT_TRUE(AlignSentences({}, std::vector<uint64_t>{S({1, 2, 3})}, {}, 0.5, 0.6).pairs.empty());
}

}  // namespace
}  // namespace sitrep::link::internal
