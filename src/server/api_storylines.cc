// /api/storylines and /api/storylines/{id}: the storylines, each with its volume per
// day (for sparklines), and one storyline's report.
#include <fmt/format.h>

#include "server/api_handlers.h"
#include "sitrep/claims.h"
#include "sitrep/report.h"
#include "sitrep/storyline_report.h"

namespace sitrep::server {
namespace {

nlohmann::json VolumeJson(const store::Store& store, int64_t storyline) {
  std::vector<store::CountByKey> days;
  Check(store.ArticlesPerDay(storyline, &days));
  nlohmann::json out = nlohmann::json::array();
  for (const store::CountByKey& d : days) out.push_back({{"day", d.key}, {"count", d.count}});
  return out;
}

// What a page of one storyline shows at most: claim groups (conflicts come first),
// sources per group (each group says its source_count), events.
constexpr size_t kMaxClaims = 30;
constexpr size_t kMaxClaimSources = 10;
constexpr size_t kMaxEvents = 300;

void CapArray(nlohmann::json* array, size_t max) {
  if (array->is_array() && array->size() > max) array->erase(array->begin() + max, array->end());
}

nlohmann::json List(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  store::ClusterQuery q;
  q.min_articles = params.Int("min_articles", 1, int64_t{1} << 40, 1);
  q.since = params.Date("since");
  q.until = params.Date("until");
  q.source = params.Text("source");
  CheckParams(params);
  q.limit = page.limit + 1;
  q.offset = page.offset;
  std::vector<store::StoredCluster> storylines;
  Check(store.ListStorylines(q, &storylines));
  nlohmann::json items = nlohmann::json::array();
  for (const store::StoredCluster& c : storylines) {
    nlohmann::json j = report::ClusterJson(c, false);
    j["volume"] = VolumeJson(store, c.id);
    items.push_back(std::move(j));
  }
  return PageJson(std::move(items), page);
}

// The storyline report (timeline, brief, claims, quotes by speaker, sources, copies,
// disputes) with the volume per day for its chart, and the storyline's quotes as a
// flat list (the first 200) for pages that group them their own way.
nlohmann::json One(const store::Store& store, int64_t id) {
  report::StorylineReport r;
  Check(report::BuildStorylineReport(store, id, report::StorylineReportOptions(), &r));
  nlohmann::json out = report::StorylineReportJson(r);
  out["volume"] = VolumeJson(store, id);
  // The largest events and the first claim groups: a storyline of 10,000 articles
  // would otherwise send megabytes no page shows (the listings page through the rest).
  CapArray(&out["events"], kMaxEvents);
  CapArray(&out["claims"], kMaxClaims);
  for (nlohmann::json& claim : out["claims"]) CapArray(&claim["sources"], kMaxClaimSources);
  store::QuoteQuery quotes;
  quotes.storyline = id;
  quotes.limit = 200;
  std::vector<store::StoredQuote> quote_list;
  Check(store.ListQuotes(quotes, &quote_list));
  out["quotes"] = nlohmann::json::array();
  for (const store::StoredQuote& q : quote_list) out["quotes"].push_back(report::QuoteJson(q, true));
  return out;
}

}  // namespace

nlohmann::json HandleStorylines(const store::Store& store, const Segments& path, const Params& params) {
  if (path.empty()) return List(store, params);
  if (path.size() == 1) return One(store, SegmentId(path[0], "storyline"));
  throw ApiError{404, "no such endpoint"};
}

}  // namespace sitrep::server
