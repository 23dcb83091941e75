// LshIndex: band key -> the most recent articles stored under it.
//
// One open-addressing table of fixed-size slots: a 32-bit key and `ways` article
// numbers, newest first. A popular key (a boilerplate line every article of an outlet
// carries) keeps only its latest articles, so a lookup costs the same however large the
// corpus and however common the key, and memory is a few bytes per key. A 32-bit key
// may collide with another band's; that only adds a candidate, which verification
// rejects.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sitrep::link::internal {

class LshIndex {
 public:
  explicit LshIndex(int ways);

  // Appends the articles stored under `key` to `out`, newest first.
  void Lookup(uint32_t key, std::vector<uint32_t>* out) const;
  // Stores `article` under `key`, dropping the oldest when the slot is full.
  void Insert(uint32_t key, uint32_t article);

  size_t keys() const { return used_; }
  size_t memory_bytes() const { return slots_.capacity() * sizeof(uint32_t); }

 private:
  size_t Find(uint32_t key) const;  // slot index holding key, or the empty slot to use
  void Grow();

  size_t stride_;        // 1 + ways
  size_t capacity_ = 0;  // slots
  size_t used_ = 0;
  std::vector<uint32_t> slots_;  // [key, id+1 ...] per slot; key 0 marks an empty slot
};

}  // namespace sitrep::link::internal
