// Rng: the generator's only source of randomness.
//
// std::uniform_int_distribution and friends are implementation-defined, so the same
// seed could give different corpora with another standard library. Every draw here is
// built on the raw 64-bit output of std::mt19937_64, whose sequence the standard fixes,
// which keeps `sitrep-gen --seed S` byte-for-byte reproducible everywhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace sitrep::gen {

class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}

  uint64_t Next() { return engine_(); }

  // Uniform integer in [0, n); n must be positive. Rejection sampling keeps it unbiased.
  uint64_t Below(uint64_t n);

  // Uniform integer in [lo, hi], both inclusive; lo <= hi.
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }

  // Uniform double in [0, 1) from the top 53 bits.
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  bool Chance(double p) { return Unit() < p; }

  // Index drawn with probability proportional to weights[i]; weights not all zero.
  size_t Weighted(std::span<const double> weights);

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

  template <typename T>
  void Shuffle(std::vector<T>& items) {
    // Fisher-Yates with our own bounded draw (std::shuffle's use of the engine is
    // unspecified).
    for (size_t i = items.size(); i > 1; --i) {
      std::swap(items[i - 1], items[Below(i)]);
    }
  }

  // A well-mixed seed for an independent stream, derived from a parent seed and a
  // label. Sub-streams keep one part of the corpus (say, the world) from shifting when
  // another part draws more or fewer numbers.
  static uint64_t Derive(uint64_t seed, uint64_t label);

 private:
  std::mt19937_64 engine_;
};

}  // namespace sitrep::gen
