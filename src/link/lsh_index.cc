#include "link/lsh_index.h"

#include "link/table_math.h"

#include <algorithm>

namespace sitrep::link::internal {
namespace {

// Key 0 marks an empty slot; the one real key 0 shares the slot of key 1.
uint32_t Stored(uint32_t key) { return key == 0 ? 1 : key; }

}  // namespace

LshIndex::LshIndex(int ways) : stride_(1 + static_cast<size_t>(std::max(ways, 1))) {
  capacity_ = kInitialSlots;
  slots_.assign(capacity_ * stride_, 0);
}

size_t LshIndex::Find(uint32_t key) const {
  size_t i = HomeSlot(key, capacity_);
  for (;;) {
    const uint32_t k = slots_[i * stride_];
    if (k == key || k == 0) return i;
    if (++i == capacity_) i = 0;
  }
}

void LshIndex::Lookup(uint32_t key, std::vector<uint32_t>* out) const {
  key = Stored(key);
  const size_t i = Find(key);
  const uint32_t* slot = &slots_[i * stride_];
  if (slot[0] != key) return;
  for (size_t w = 1; w < stride_ && slot[w] != 0; ++w) out->push_back(slot[w] - 1);
}

void LshIndex::Insert(uint32_t key, uint32_t article) {
  key = Stored(key);
  if (NeedsGrowth(used_, capacity_)) Grow();
  const size_t i = Find(key);
  uint32_t* slot = &slots_[i * stride_];
  if (slot[0] == 0) {
    slot[0] = key;
    ++used_;
  }
  // Newest first: shift the others down, the oldest falls off.
  for (size_t w = stride_ - 1; w > 1; --w) slot[w] = slot[w - 1];
  slot[1] = article + 1;
}

void LshIndex::Grow() {
  std::vector<uint32_t> old;
  old.swap(slots_);
  capacity_ = GrownCapacity(capacity_);
  slots_.assign(capacity_ * stride_, 0);
  for (size_t i = 0; i + stride_ <= old.size(); i += stride_) {
    if (old[i] == 0) continue;
    const size_t j = Find(old[i]);
    std::copy(old.begin() + static_cast<long>(i), old.begin() + static_cast<long>(i + stride_),
              slots_.begin() + static_cast<long>(j * stride_));
  }
}

}  // namespace sitrep::link::internal
