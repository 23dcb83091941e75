// Store readers shared by the request workers: each request leases one for its whole
// duration, so that requests read in parallel (a Store serializes its own calls) and
// each sees one connection's consistent view.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::server {

class StorePool {
 public:
  // Opens `size` readers of the store at `path`.
  static Status Open(const std::string& path, int size, std::unique_ptr<StorePool>* pool);

  // A reader, returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> store)
        : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_->Return(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    const store::Store& operator*() const { return *store_; }
    const store::Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // Waits until a reader is free.
  Lease Acquire();
  const std::string& path() const { return path_; }

 private:
  void Return(std::unique_ptr<store::Store> store);

  std::string path_;
  std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<store::Store>> free_;
};

}  // namespace sitrep::server
