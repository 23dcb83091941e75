// The JSON API, independent of HTTP: a GET path and its parameters in, a status and a
// JSON body out. The HTTP server only moves bytes; everything a client can ask is
// answered (and tested) here.
//
// Lists are {"items": [...], "limit": N, "offset": N, "has_more": bool}; errors are
// {"error": {"status": N, "message": "..."}} with status 400 (bad parameter), 404 (no
// such thing) or 500 (the store could not be read).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "server/params.h"
#include "server/store_pool.h"

namespace sitrep::server {

struct ApiResponse {
  int status = 200;
  nlohmann::json body;
};

ApiResponse ErrorResponse(const ApiError& error);

class Api {
 public:
  explicit Api(StorePool* pool) : pool_(pool) {}

  // `path` starts with "/api/".
  ApiResponse Get(const std::string& path, const Params& params) const;

 private:
  StorePool* pool_;
};

}  // namespace sitrep::server
