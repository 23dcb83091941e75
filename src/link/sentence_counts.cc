#include "link/sentence_counts.h"

#include "link/table_math.h"

namespace sitrep::link::internal {
namespace {

uint32_t Stored(uint32_t key) { return key == 0 ? 1 : key; }

}  // namespace

SentenceCounts::SentenceCounts() : keys_(kInitialSlots, 0), counts_(kInitialSlots, 0) {}

size_t SentenceCounts::Find(uint32_t key) const {
  size_t i = HomeSlot(key, keys_.size());
  while (keys_[i] != 0 && keys_[i] != key) {
    if (++i == keys_.size()) i = 0;
  }
  return i;
}

int SentenceCounts::Count(uint32_t key) const {
  key = Stored(key);
  const size_t i = Find(key);
  return keys_[i] == key ? counts_[i] : 0;
}

void SentenceCounts::Increment(uint32_t key) {
  key = Stored(key);
  if (NeedsGrowth(used_, keys_.size())) Grow();
  const size_t i = Find(key);
  if (keys_[i] == 0) {
    keys_[i] = key;
    ++used_;
  }
  if (counts_[i] < 255) ++counts_[i];
}

void SentenceCounts::Grow() {
  std::vector<uint32_t> old_keys;
  std::vector<uint8_t> old_counts;
  old_keys.swap(keys_);
  old_counts.swap(counts_);
  const size_t capacity = GrownCapacity(old_keys.size());
  keys_.assign(capacity, 0);
  counts_.assign(capacity, 0);
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    const size_t j = Find(old_keys[i]);
    keys_[j] = old_keys[i];
    counts_[j] = old_counts[i];
  }
}

}  // namespace sitrep::link::internal
