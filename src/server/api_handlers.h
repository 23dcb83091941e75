// The API's handlers, one per resource, each given a store reader, the path segments
// after "/api/" and the query parameters. They report failures by throwing ApiError,
// which Api::Get turns into an error response, so that a handler reads as the happy
// path.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/params.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::server {

using Segments = std::vector<std::string>;

// Parameters read; throws the first bad one's error.
void CheckParams(const ParamReader& params);
// Throws the error a failed store call means: 404 for a missing thing, 400 for a bad
// query, 500 for a read error.
void Check(const Status& status);
// A path segment as an id; throws 400 naming `what` when it is not one.
int64_t SegmentId(const std::string& segment, const char* what);
// The page parameters "limit" (1..500, default 50) and "offset".
struct Page {
  int64_t limit = 50;
  int64_t offset = 0;
};
Page ReadPage(ParamReader* params);
// {"items": items (at most page.limit of them), "limit", "offset", "has_more"}; the
// caller asked the store for limit + 1 items, so that one more says there is more.
nlohmann::json PageJson(nlohmann::json items, const Page& page);

nlohmann::json HandleStorylines(const store::Store& store, const Segments& path, const Params& params);
nlohmann::json HandleArticles(const store::Store& store, const Segments& path, const Params& params);
nlohmann::json HandleSearch(const store::Store& store, const Params& params);
nlohmann::json HandleEntities(const store::Store& store, const Segments& path, const Params& params);
nlohmann::json HandleQuotes(const store::Store& store, const Params& params);
nlohmann::json HandleClaims(const store::Store& store, const Params& params);
nlohmann::json HandleCopies(const store::Store& store, const Params& params);

}  // namespace sitrep::server
