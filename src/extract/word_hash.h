// A hash for the word tables of the extractors. Internal to the extract module.
//
// The tables are looked up once or more per word of every article, with keys of a few
// bytes: XXH3, whose short-input path is a couple of loads and one wide multiplication,
// inlined here (XXH_INLINE_ALL) so that a lookup costs no call. A byte-at-a-time hash
// spent more than the lookups' other work. Only lookups depend on the hash: no result
// depends on the order of a table.
#pragma once

#include <cstddef>
#include <string_view>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace sitrep::extract::internal {

struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(XXH3_64bits(s.data(), s.size())); }
};

}  // namespace sitrep::extract::internal
