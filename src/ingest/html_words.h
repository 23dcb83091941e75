// A fixed set of short words (tag names, class-name words, roles), each with a few flag
// bits, looked up by hash. The extractor asks "is this one of ~100 words?" for every
// element of every page; one hash and usually one comparison beat a comparison with
// each word in turn. Internal to the ingest module.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace sitrep::ingest::internal {

class WordTable {
 public:
  constexpr WordTable(std::initializer_list<std::pair<std::string_view, uint8_t>> words) {
    for (const auto& [word, flags] : words) Insert(word, flags);
  }

  // The flags of `word` (all listed words are lower-case), or 0 when it is not listed.
  constexpr uint8_t Find(std::string_view word) const {
    for (size_t i = Hash(word) & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.flags == 0) return 0;
      if (Same(s.word, word)) return s.flags;
    }
  }

 private:
  static constexpr size_t kSlots = 512;  // at most half full: probes stay short
  static constexpr size_t kMask = kSlots - 1;

  // Equality of short words without a call to memcmp, which costs more than the
  // compare itself at these lengths.
  static constexpr bool Same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  static constexpr size_t Hash(std::string_view w) {
    uint32_t h = 2166136261u;
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 16);
  }

  constexpr void Insert(std::string_view word, uint8_t flags) {
    size_t i = Hash(word) & kMask;
    while (slots_[i].flags != 0 && slots_[i].word != word) i = (i + 1) & kMask;
    slots_[i].word = word;
    slots_[i].flags |= flags;
  }

  struct Slot {
    std::string_view word;
    uint8_t flags = 0;
  };
  std::array<Slot, kSlots> slots_{};
};

}  // namespace sitrep::ingest::internal
