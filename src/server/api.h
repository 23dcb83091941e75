// The JSON API, independent of HTTP: a GET path and its parameters in, a status and a
// JSON body out. The HTTP server only moves bytes; everything a client can ask is
// answered (and tested) here.
//
// Lists are {"items": [...], "limit": N, "offset": N, "has_more": bool}; errors are
// {"error": {"status": N, "message": "..."}} with status 400 (bad parameter), 404 (no
// such thing) or 500 (the store could not be read).
#pragma once

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "server/params.h"
#include "server/response_cache.h"
#include "server/store_pool.h"

namespace sitrep::server {

struct ApiResponse {
  int status = 200;
  nlohmann::json body;
};

ApiResponse ErrorResponse(const ApiError& error);

// A response as the server sends it: the JSON already written out.
struct ApiText {
  int status = 200;
  std::shared_ptr<const std::string> body;
  bool cached = false;  // served from the cache
};

class Api {
 public:
  // `cache_bytes` 0: every answer is computed afresh.
  explicit Api(StorePool* pool, size_t cache_bytes = 0)
      : pool_(pool), cache_(cache_bytes > 0 ? std::make_unique<ResponseCache>(cache_bytes) : nullptr) {}

  // `path` starts with "/api/".
  ApiResponse Get(const std::string& path, const Params& params) const;
  // The same, written out, and from the cache when the store has not changed since.
  ApiText GetText(const std::string& path, const Params& params) const;

 private:
  ApiResponse Answer(const store::Store& store, const std::string& path, const Params& params) const;
  // The store's LastSeq, read again at most every kGenerationCheck: a cached answer
  // needs no store reader at all (under load, waiting for one is what makes the slow
  // tail), and new articles show within that delay.
  int64_t Generation() const;

  StorePool* pool_;
  std::unique_ptr<ResponseCache> cache_;
  // Answers being computed, by cache key: a request for one of them waits for it rather
  // than computing it again (200 analysts opening the same storyline at once cost one
  // computation, not 200).
  mutable std::atomic<int64_t> generation_{0};
  mutable std::atomic<int64_t> generation_checked_ns_{0};
  mutable std::mutex generation_mu_;
  mutable std::mutex flights_mu_;
  mutable std::unordered_map<std::string, std::shared_future<ApiText>> flights_;
};

// JSON as the API writes it (invalid UTF-8, which the store never holds, replaced).
std::string WriteJson(const nlohmann::json& body);

}  // namespace sitrep::server
