#include "bench/gen/rng.h"

namespace sitrep::gen {

uint64_t Rng::Below(uint64_t n) {
  // Values below `threshold` would make r % n favour small results; 2^64 mod n of them
  // exist, and -n % n computes exactly that count in unsigned arithmetic.
  const uint64_t threshold = (0 - n) % n;
  for (;;) {
    const uint64_t r = engine_();
    if (r >= threshold) return r % n;
  }
}

size_t Rng::Weighted(std::span<const double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  double x = Unit() * total;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  // Rounding can leave x a hair above the last weight; give it the last non-zero slot.
  for (size_t i = weights.size(); i > 0; --i) {
    if (weights[i - 1] > 0) return i - 1;
  }
  return 0;
}

uint64_t Rng::Derive(uint64_t seed, uint64_t label) {
  // SplitMix64 finaliser over the pair: cheap and avalanches every input bit.
  uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (label + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace sitrep::gen
