// A read-only table keyed by string views, for the word lists the extractors consult
// at every word. Internal to the extract module.
//
// The keys view strings that the owner keeps in place (a node-based map filled once at
// start-up), so lookups touch one flat array (Abseil's flat_hash_map): a node-based map
// costs a pointer chase and often a cache miss per probe, and the lists are read
// millions of times per second.
#pragma once

#include <functional>
#include <string_view>

#include <absl/container/flat_hash_map.h>

#include "extract/word_hash.h"

namespace sitrep::extract::internal {

template <typename V>
class ViewTable {
 public:
  ViewTable() = default;

  // Builds from (key, value) pairs; of repeated keys the first counts. The keys must
  // outlive the table.
  template <typename Range>
  void Build(const Range& entries) {
    table_.clear();
    table_.reserve(std::size(entries));
    for (const auto& [key, value] : entries) table_.try_emplace(std::string_view(key), value);
  }

  // The value for `key`, or nullptr.
  const V* Find(std::string_view key) const {
    const auto it = table_.find(key);
    return it == table_.end() ? nullptr : &it->second;
  }

 private:
  absl::flat_hash_map<std::string_view, V, WordHash, std::equal_to<>> table_;
};

}  // namespace sitrep::extract::internal
