// A hash for the word tables of the extractors. Internal to the extract module.
//
// The tables are looked up once or more per word of every article, with keys of a few
// bytes: FNV-1a inline costs a fraction of std::hash's out-of-line Murmur for those,
// and spreads short words well enough for the tables' prime bucket counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::extract::internal {

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
};

}  // namespace sitrep::extract::internal
