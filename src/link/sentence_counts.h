// SentenceCounts: in how many articles each sentence has appeared, to recognise
// boilerplate.
//
// An outlet prints the same lines under every story ("Follow the Courier on social
// media", "Your email address will not be published."). Two independent stories by
// one outlet share them, so they must not count as evidence of copying. They are told
// apart by frequency alone: a sentence already seen in many articles is boilerplate,
// while even a much-copied story is reprinted only a few times.
//
// Keys are 32-bit fingerprints of a sentence's sketch; counts saturate at 255. A
// fingerprint collision merges two counts, which can only make a rare sentence look
// common once in billions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sitrep::link::internal {

class SentenceCounts {
 public:
  SentenceCounts();

  int Count(uint32_t key) const;
  void Increment(uint32_t key);

  size_t memory_bytes() const {
    return keys_.capacity() * sizeof(uint32_t) + counts_.capacity();
  }

 private:
  size_t Find(uint32_t key) const;
  void Grow();

  size_t used_ = 0;
  std::vector<uint32_t> keys_;  // 0 marks an empty slot
  std::vector<uint8_t> counts_;
};

}  // namespace sitrep::link::internal
