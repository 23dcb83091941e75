#include "server/store_pool.h"

namespace sitrep::server {

Status StorePool::Open(const std::string& path, int size, std::unique_ptr<StorePool>* pool) {
  auto p = std::make_unique<StorePool>();
  p->path_ = path;
  for (int i = 0; i < std::max(size, 1); ++i) {
    std::unique_ptr<store::Store> s;
    Status status = store::Store::Open(path, &s);
    if (!status.ok()) return status;
    p->free_.push_back(std::move(s));
  }
  *pool = std::move(p);
  return Status::Ok();
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  returned_.wait(lock, [this] { return !free_.empty(); });
  std::unique_ptr<store::Store> s = std::move(free_.back());
  free_.pop_back();
  return Lease(this, std::move(s));
}

void StorePool::Return(std::unique_ptr<store::Store> store) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(store));
  }
  returned_.notify_one();
}

}  // namespace sitrep::server
