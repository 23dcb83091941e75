#include "server/api.h"

#include <fmt/format.h>

#include <chrono>
#include <string_view>

#include "server/api_handlers.h"
#include "sitrep/report.h"

namespace sitrep::server {
namespace {

Segments Split(std::string_view path) {
  Segments out;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const size_t end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) out.emplace_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

nlohmann::json Health(const store::Store& store) {
  return {{"status", "ok"},
          {"articles", store.ArticleCount()},
          {"schema_version", store.SchemaVersion()}};
}

nlohmann::json Report(const store::Store& store, const std::string& path) {
  return report::ReportJson(report::BuildReport(store, path, 10));
}

}  // namespace

ApiResponse ErrorResponse(const ApiError& error) {
  return {error.status, {{"error", {{"status", error.status}, {"message", error.message}}}}};
}

void CheckParams(const ParamReader& params) {
  if (params.error()) throw *params.error();
}

void Check(const Status& status) {
  if (status.ok()) return;
  const std::string& m = status.message();
  // The store's messages for what a client asked wrongly, as opposed to read errors.
  if (StartsWith(m, "no ")) throw ApiError{404, m};
  if (StartsWith(m, "invalid date") || StartsWith(m, "empty query") ||
      StartsWith(m, "not an article id") || m.find("is ambiguous") != std::string::npos) {
    throw ApiError{400, m};
  }
  throw ApiError{500, m};
}

int64_t SegmentId(const std::string& segment, const char* what) {
  std::optional<int64_t> id = ParseId(segment);
  if (!id) throw ApiError{400, fmt::format("{} id must be a positive integer, not \"{}\"", what, segment.substr(0, 64))};
  return *id;
}

Page ReadPage(ParamReader* params) {
  Page page;
  page.limit = params->Int("limit", 1, 500, 50);
  page.offset = params->Int("offset", 0, int64_t{1} << 40, 0);
  return page;
}

nlohmann::json PageJson(nlohmann::json items, const Page& page) {
  const bool more = static_cast<int64_t>(items.size()) > page.limit;
  if (more) items.erase(items.begin() + page.limit, items.end());
  return {{"items", std::move(items)},
          {"limit", page.limit},
          {"offset", page.offset},
          {"has_more", more}};
}

std::string WriteJson(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

ApiResponse Api::Get(const std::string& path, const Params& params) const {
  StorePool::Lease store = pool_->Acquire();
  return Answer(*store, path, params);
}

ApiText Api::GetText(const std::string& path, const Params& params) const {
  if (!cache_) {
    StorePool::Lease store = pool_->Acquire();
    ApiResponse r = Answer(*store, path, params);
    return {r.status, std::make_shared<const std::string>(WriteJson(r.body)), false};
  }
  // Parameters are in a multimap: sorted by name, so equal queries make equal keys.
  // Lengths keep "a=b&c" and "a=b" + "&c" apart.
  std::string key = fmt::format("{}:{}", path.size(), path);
  for (const auto& [name, value] : params) {
    key += fmt::format("|{}:{}={}:{}", name.size(), name, value.size(), value);
  }
  const int64_t generation = Generation();
  if (auto body = cache_->Find(key, generation)) return {200, body, true};

  const std::string flight = fmt::format("{}@{}", key, generation);
  std::promise<ApiText> promise;
  std::shared_future<ApiText> running;
  {
    std::lock_guard<std::mutex> lock(flights_mu_);
    auto [it, first] = flights_.try_emplace(flight);
    if (first) {
      it->second = promise.get_future().share();
    } else {
      running = it->second;
    }
  }
  if (running.valid()) return running.get();
  ApiText out;
  try {
    StorePool::Lease store = pool_->Acquire();
    ApiResponse r = Answer(*store, path, params);
    out = {r.status, std::make_shared<const std::string>(WriteJson(r.body)), false};
    // Health is cheap and must always be fresh; errors are cheap to recompute.
    if (r.status == 200 && path != "/api/health") cache_->Put(key, generation, out.body);
    promise.set_value(out);
  } catch (...) {
    promise.set_exception(std::current_exception());
    std::lock_guard<std::mutex> lock(flights_mu_);
    flights_.erase(flight);
    throw;
  }
  std::lock_guard<std::mutex> lock(flights_mu_);
  flights_.erase(flight);
  return out;
}

int64_t Api::Generation() const {
  constexpr int64_t kGenerationCheckNs = 50'000'000;  // 50 ms
  const int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count();
  const int64_t checked = generation_checked_ns_.load();
  if (checked == 0 || now - checked > kGenerationCheckNs) {
    // One request refreshes; the others go on with the value just before.
    std::unique_lock<std::mutex> refreshing(generation_mu_, std::try_to_lock);
    if (refreshing.owns_lock() || checked == 0) {
      if (!refreshing.owns_lock()) refreshing.lock();
      if (generation_checked_ns_.load() == checked) {
        StorePool::Lease store = pool_->Acquire();
        generation_.store(store->LastSeq());
        generation_checked_ns_.store(now);
      }
    }
  }
  return generation_.load();
}

ApiResponse Api::Answer(const store::Store& store, const std::string& path, const Params& params) const {
  const Segments s = Split(path);
  if (s.empty() || s[0] != "api") return ErrorResponse({404, "not an API path"});
  const std::string resource = s.size() > 1 ? s[1] : "";
  const Segments rest(s.begin() + std::min<size_t>(2, s.size()), s.end());
  try {
    nlohmann::json body;
    if (resource == "health" && rest.empty()) {
      body = Health(store);
    } else if (resource == "report" && rest.empty()) {
      body = Report(store, pool_->path());
    } else if (resource == "storylines") {
      body = HandleStorylines(store, rest, params);
    } else if (resource == "articles") {
      body = HandleArticles(store, rest, params);
    } else if (resource == "search" && rest.empty()) {
      body = HandleSearch(store, params);
    } else if (resource == "entities") {
      body = HandleEntities(store, rest, params);
    } else if (resource == "quotes" && rest.empty()) {
      body = HandleQuotes(store, params);
    } else if (resource == "claims" && rest.empty()) {
      body = HandleClaims(store, params);
    } else if (resource == "copies" && rest.empty()) {
      body = HandleCopies(store, params);
    } else {
      return ErrorResponse({404, fmt::format("no such endpoint: {}", path.substr(0, 200))});
    }
    return {200, std::move(body)};
  } catch (const ApiError& e) {
    return ErrorResponse(e);
  }
}

}  // namespace sitrep::server
