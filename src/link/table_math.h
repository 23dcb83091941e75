// Sizing shared by the detector's open-addressing tables (LshIndex, SentenceCounts).
//
// Tables grow by half again, not by doubling, and map a key to a slot by "fast range"
// (the high half of key x capacity), which works for any capacity: memory per entry
// then stays between 1/0.75 and 1.5/0.75 slots instead of swinging up to twice that
// after each doubling, which keeps the detector within its budget per article.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sitrep::link::internal {

constexpr size_t kInitialSlots = 1024;

// Grow when one more entry would pass three quarters full.
inline bool NeedsGrowth(size_t used, size_t capacity) { return (used + 1) * 4 > capacity * 3; }

inline size_t GrownCapacity(size_t capacity) { return capacity + capacity / 2; }

// The home slot of a key. The keys are hashes already; multiplying by a large odd
// constant first spreads keys that differ only in their high bits.
inline size_t HomeSlot(uint32_t key, size_t capacity) {
  const uint64_t mixed = static_cast<uint32_t>(key * 0x9E3779B1u);
  return static_cast<size_t>((mixed * capacity) >> 32);
}

}  // namespace sitrep::link::internal
