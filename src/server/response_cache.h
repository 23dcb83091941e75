// Answers already computed, kept while the store has not changed: the storyline report
// of a large storyline and a search over common words take the store tens to thousands
// of milliseconds, and during a crisis many analysts open the same pages.
//
// Each entry remembers the store's LastSeq when it was computed; an entry of an older
// generation is stale and recomputed. Least recently used entries go first once the
// bodies exceed the byte budget.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sitrep::server {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The body cached for `key` at `generation`, or null.
  std::shared_ptr<const std::string> Find(const std::string& key, int64_t generation);
  void Put(const std::string& key, int64_t generation, std::shared_ptr<const std::string> body);

  size_t bytes() const { return bytes_; }

 private:
  struct Entry {
    std::string key;
    int64_t generation;
    std::shared_ptr<const std::string> body;
  };
  void EvictOver(size_t budget);

  const size_t max_bytes_;
  std::mutex mu_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
};

}  // namespace sitrep::server
