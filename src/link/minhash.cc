#include "link/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

namespace sitrep::link::internal {

std::vector<uint32_t> MinHash(const std::vector<uint64_t>& tokens, int shingle, int k) {
  std::vector<uint32_t> mins;
  if (tokens.empty() || k <= 0) return mins;
  const size_t width = std::min(tokens.size(), static_cast<size_t>(std::max(shingle, 1)));
  const size_t count = tokens.size() - width + 1;
  // Each shingle is hashed once with XXH3; the k permutations are then the classic
  // MinHash family h -> a_j * h + b_j (mod 2^64, a_j odd), whose high bits order
  // uniformly random inputs independently for each j. The multipliers and offsets
  // are themselves drawn from XXH3.
  std::vector<uint64_t> a(static_cast<size_t>(k)), b(static_cast<size_t>(k));
  for (size_t j = 0; j < a.size(); ++j) {
    a[j] = XXH3_64bits_withSeed(&j, sizeof j, 0x6d696e68) | 1;
    b[j] = XXH3_64bits_withSeed(&j, sizeof j, 0x61736821);
  }
  std::vector<uint64_t> low(static_cast<size_t>(k), std::numeric_limits<uint64_t>::max());
  for (size_t i = 0; i < count; ++i) {
    const uint64_t h = XXH3_64bits(tokens.data() + i, width * sizeof(uint64_t));
    for (size_t j = 0; j < low.size(); ++j) low[j] = std::min(low[j], a[j] * h + b[j]);
  }
  mins.reserve(low.size());
  for (uint64_t v : low) mins.push_back(static_cast<uint32_t>(v >> 32));
  return mins;
}

std::vector<uint32_t> BandKeys(const std::vector<uint32_t>& minhash, int rows) {
  std::vector<uint32_t> keys;
  if (rows <= 0) return keys;
  const size_t r = static_cast<size_t>(rows);
  for (size_t b = 0; b + r <= minhash.size(); b += r) {
    const uint64_t h = XXH3_64bits_withSeed(minhash.data() + b, r * sizeof(uint32_t), b / r);
    keys.push_back(static_cast<uint32_t>(h));
  }
  return keys;
}

}  // namespace sitrep::link::internal
