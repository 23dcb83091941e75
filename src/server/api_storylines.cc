// /api/storylines and /api/storylines/{id}: the storylines, each with its volume per
// day (for sparklines), and one storyline's report.
#include <fmt/format.h>

#include "server/api_handlers.h"
#include "sitrep/claims.h"
#include "sitrep/report.h"

namespace sitrep::server {
namespace {

nlohmann::json VolumeJson(const store::Store& store, int64_t storyline) {
  std::vector<store::CountByKey> days;
  Check(store.ArticlesPerDay(storyline, &days));
  nlohmann::json out = nlohmann::json::array();
  for (const store::CountByKey& d : days) out.push_back({{"day", d.key}, {"count", d.count}});
  return out;
}

// Claim groups as a page shows them: conflicts first (BuildClaims' order), the first
// kMaxClaims groups, each with its first kMaxClaimSources sources and their count; a
// storyline of 10,000 articles states thousands of figures.
constexpr size_t kMaxClaims = 30;
constexpr size_t kMaxClaimSources = 10;

nlohmann::json ClaimsJson(const std::vector<report::ClaimGroup>& groups) {
  nlohmann::json out = nlohmann::json::array();
  for (const report::ClaimGroup& g : groups) {
    if (out.size() == kMaxClaims) break;
    nlohmann::json j = report::ClaimGroupJson(g);
    j["source_count"] = g.sources.size();
    if (j["sources"].size() > kMaxClaimSources) {
      j["sources"].erase(j["sources"].begin() + kMaxClaimSources, j["sources"].end());
    }
    out.push_back(std::move(j));
  }
  return out;
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

nlohmann::json One(const store::Store& store, int64_t id) {
  store::ClusterQuery q;
  q.storyline = id;
  std::vector<store::StoredCluster> found;
  Check(store.ListStorylines(q, &found));
  if (found.empty()) throw ApiError{404, fmt::format("no storyline {}", id)};
  nlohmann::json out;
  out["storyline"] = report::ClusterJson(found[0], false);
  out["volume"] = VolumeJson(store, id);

  // The largest events and the first quotes: a storyline of 10,000 articles would
  // otherwise send megabytes no page shows (the listings page through the rest).
  store::ClusterQuery events;
  events.storyline = id;
  events.limit = 300;
  std::vector<store::StoredCluster> event_list;
  Check(store.ListEvents(events, &event_list));
  out["events"] = nlohmann::json::array();
  for (const store::StoredCluster& e : event_list) out["events"].push_back(report::ClusterJson(e, true));

  store::FigureQuery figures;
  figures.storyline = id;
  figures.limit = -1;
  std::vector<store::StoredFigure> figure_list;
  Check(store.ListFigures(figures, &figure_list));
  out["claims"] = ClaimsJson(report::BuildClaims(figure_list, 2));

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
