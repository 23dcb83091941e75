#include "link/minhash.h"

#include <gtest/gtest.h>

namespace sitrep::link::internal {
namespace {

std::vector<uint64_t> Tokens(uint64_t from, uint64_t to) {
  std::vector<uint64_t> t;
  for (uint64_t i = from; i < to; ++i) t.push_back(i * 0x9E3779B97F4A7C15ull);
  return t;
}

int Equal(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  int n = 0;
  for (size_t i = 0; i < a.size(); ++i) n += a[i] == b[i];
  return n;
}

TEST(MinHash, SameInputSameSignature) {
  EXPECT_EQ(MinHash(Tokens(0, 50), 2, 24), MinHash(Tokens(0, 50), 2, 24));
  EXPECT_EQ(MinHash(Tokens(0, 50), 2, 24).size(), 24u);
  EXPECT_TRUE(MinHash({}, 2, 24).empty());
  EXPECT_EQ(MinHash(Tokens(0, 1), 2, 8).size(), 8u);  // one shingle of everything
}

TEST(MinHash, AgreementTracksJaccard) {
  // 200 shingles, 100 shared: Jaccard 1/3. With 256 values the share of equal ones is
  // within a few standard deviations (0.03) of it.
  const auto a = MinHash(Tokens(0, 201), 2, 256);
  const auto b = MinHash(Tokens(100, 301), 2, 256);
  const double share = Equal(a, b) / 256.0;
  EXPECT_GT(share, 0.2);
  EXPECT_LT(share, 0.47);
  const auto c = MinHash(Tokens(1000, 1201), 2, 256);
  EXPECT_LT(Equal(a, c), 5);
}

TEST(BandKeys, OnePerBandAndBandsDiffer) {
  const std::vector<uint32_t> m = {7, 7, 7, 7, 7, 7};
  const auto keys = BandKeys(m, 2);
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_NE(keys[0], keys[1]);  // equal values, different bands
  EXPECT_EQ(BandKeys(m, 1).size(), 6u);
}

}  // namespace
}  // namespace sitrep::link::internal
