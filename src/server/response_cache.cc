#include "server/response_cache.h"

namespace sitrep::server {

std::shared_ptr<const std::string> ResponseCache::Find(const std::string& key, int64_t generation) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return nullptr;
  if (it->second->generation != generation) {
    bytes_ -= it->second->body->size() + it->second->key.size();
    lru_.erase(it->second);
    index_.erase(it);
    return nullptr;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->body;
}

void ResponseCache::Put(const std::string& key, int64_t generation,
                        std::shared_ptr<const std::string> body) {
  const size_t size = body->size() + key.size();
  if (size > max_bytes_ / 4) return;  // one page must not flush everything else
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it != index_.end()) {
    bytes_ -= it->second->body->size() + it->second->key.size();
    lru_.erase(it->second);
    index_.erase(it);
  }
  EvictOver(max_bytes_ - size);
  lru_.push_front({key, generation, std::move(body)});
  index_[key] = lru_.begin();
  bytes_ += size;
}

void ResponseCache::EvictOver(size_t budget) {
  while (bytes_ > budget && !lru_.empty()) {
    const Entry& last = lru_.back();
    bytes_ -= last.body->size() + last.key.size();
    index_.erase(last.key);
    lru_.pop_back();
  }
}

}  // namespace sitrep::server
