// /api/entities, /api/entities/{id}, /api/quotes, /api/claims and /api/copies.
#include <fmt/format.h>

#include <algorithm>

#include "server/api_handlers.h"
#include "sitrep/claims.h"
#include "sitrep/report.h"

namespace sitrep::server {
namespace {

void ReadBounds(ParamReader* params, store::FactQuery* q) {
  q->since = params->Date("since");
  q->until = params->Date("until");
  q->source = params->Text("source");
}

nlohmann::json ListEntities(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  store::EntityQuery q;
  ReadBounds(&params, &q);
  q.type = params.OneOf("type", {"PER", "ORG", "LOC", "NORP", "MISC"});
  q.name = params.Text("name", 200);
  q.most_quoted = params.OneOf("order", {"articles", "quotes"}) == "quotes";
  CheckParams(params);
  q.limit = page.limit + 1;
  q.offset = page.offset;
  std::vector<store::StoredEntity> entities;
  Check(store.ListEntities(q, &entities));
  nlohmann::json items = nlohmann::json::array();
  for (const store::StoredEntity& e : entities) items.push_back(report::EntityJson(e));
  return PageJson(std::move(items), page);
}

// Everything said by and about an entity: its quotes and the articles naming it,
// newest first, each capped (the listings page further).
nlohmann::json OneEntity(const store::Store& store, int64_t id) {
  store::EntityQuery q;
  q.id = id;
  std::vector<store::StoredEntity> found;
  Check(store.ListEntities(q, &found));
  if (found.empty()) throw ApiError{404, fmt::format("no entity {}", id)};
  nlohmann::json out;
  out["entity"] = report::EntityJson(found[0]);
  store::QuoteQuery quotes;
  quotes.speaker_id = id;
  quotes.limit = 200;
  std::vector<store::StoredQuote> quote_list;
  Check(store.ListQuotes(quotes, &quote_list));
  // Over time: the store lists in storing order; a reader wants dates.
  std::stable_sort(quote_list.begin(), quote_list.end(), [](const auto& a, const auto& b) {
    return a.from.published < b.from.published;
  });
  out["quotes"] = nlohmann::json::array();
  for (const store::StoredQuote& s : quote_list) out["quotes"].push_back(report::QuoteJson(s, true));
  store::ListOptions articles;
  articles.entity = id;
  articles.newest_first = true;
  articles.limit = 100;
  std::vector<store::StoredArticle> article_list;
  Check(store.ListArticles(articles, &article_list));
  out["articles"] = nlohmann::json::array();
  for (const store::StoredArticle& a : article_list) out["articles"].push_back(report::ArticleJson(a, false));
  return out;
}

}  // namespace

nlohmann::json HandleEntities(const store::Store& store, const Segments& path, const Params& params) {
  if (path.empty()) return ListEntities(store, params);
  if (path.size() == 1) return OneEntity(store, SegmentId(path[0], "entity"));
  throw ApiError{404, "no such endpoint"};
}

nlohmann::json HandleQuotes(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  store::QuoteQuery q;
  ReadBounds(&params, &q);
  q.speaker = params.Text("speaker", 200);
  q.text = params.Text("text", 200);
  q.speaker_id = params.Id("speaker_id");
  q.storyline = params.Id("storyline");
  CheckParams(params);
  q.limit = page.limit + 1;
  q.offset = page.offset;
  std::vector<store::StoredQuote> quotes;
  Check(store.ListQuotes(q, &quotes));
  nlohmann::json items = nlohmann::json::array();
  for (const store::StoredQuote& s : quotes) items.push_back(report::QuoteJson(s, true));
  return PageJson(std::move(items), page);
}

// Claim groups of one storyline, or of the largest storylines when none is named (the
// groups are computed per storyline, from all of its figures).
nlohmann::json HandleClaims(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  const int64_t storyline = params.Id("storyline");
  const std::string status = params.OneOf("status", {"agree", "conflict", "changed", "single"});
  const int64_t min_sources = params.Int("min_sources", 1, 1000, status == "single" ? 1 : 2);
  CheckParams(params);
  std::vector<int64_t> storylines;
  if (storyline > 0) {
    storylines.push_back(storyline);
  } else {
    store::ClusterQuery largest;
    largest.limit = 20;
    largest.min_articles = 2;
    std::vector<store::StoredCluster> list;
    Check(store.ListStorylines(largest, &list));
    for (const store::StoredCluster& c : list) storylines.push_back(c.id);
  }
  nlohmann::json items = nlohmann::json::array();
  int64_t skipped = 0;
  for (int64_t id : storylines) {
    store::FigureQuery q;
    q.storyline = id;
    q.limit = -1;
    std::vector<store::StoredFigure> figures;
    Check(store.ListFigures(q, &figures));
    for (const report::ClaimGroup& g : report::BuildClaims(figures, static_cast<size_t>(min_sources))) {
      if (!status.empty() && g.status != status) continue;
      if (skipped++ < page.offset) continue;
      if (static_cast<int64_t>(items.size()) > page.limit) break;
      nlohmann::json j = report::ClaimGroupJson(g);
      j["storyline"] = id;
      items.push_back(std::move(j));
    }
    if (static_cast<int64_t>(items.size()) > page.limit) break;
  }
  return PageJson(std::move(items), page);
}

nlohmann::json HandleCopies(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  store::CopyQuery q;
  ReadBounds(&params, &q);
  q.kind = params.OneOf("kind", {"exact", "near", "rewrite"});
  CheckParams(params);
  q.limit = page.limit + 1;
  q.offset = page.offset;
  std::vector<store::CopyGroup> groups;
  Check(store.ListCopyGroups(q, &groups));
  nlohmann::json items = nlohmann::json::array();
  for (const store::CopyGroup& g : groups) items.push_back(report::CopyGroupJson(g));
  return PageJson(std::move(items), page);
}

}  // namespace sitrep::server
