// /api/articles, /api/articles/{id} and /api/search.
#include <fmt/format.h>

#include "server/api_handlers.h"
#include "sitrep/report.h"

namespace sitrep::server {
namespace {

nlohmann::json List(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  const Page page = ReadPage(&params);
  store::ListOptions q;
  q.since = params.Date("since");
  q.until = params.Date("until");
  q.source = params.Text("source");
  q.storyline = params.Id("storyline");
  q.event = params.Id("event");
  q.entity = params.Id("entity");
  q.newest_first = params.OneOf("order", {"newest", "stored"}) != "stored";
  CheckParams(params);
  q.limit = page.limit + 1;
  q.offset = page.offset;
  std::vector<store::StoredArticle> articles;
  Check(store.ListArticles(q, &articles));
  nlohmann::json items = nlohmann::json::array();
  for (const store::StoredArticle& a : articles) items.push_back(report::ArticleJson(a, false));
  return PageJson(std::move(items), page);
}

nlohmann::json One(const store::Store& store, const std::string& id) {
  if (id.size() > 64) throw ApiError{400, "not an article id: too long"};
  store::StoredArticle article;
  Check(store.GetArticle(id, &article));
  nlohmann::json out = report::ArticleJson(article, true);
  store::ArticleFactsView facts;
  Check(store.GetArticleFacts(article.article.id, &facts));
  out["facts"] = report::ArticleFactsJson(facts);
  store::ArticleCopies copies;
  Check(store.GetArticleCopies(article.article.id, &copies));
  out["copies"] = report::ArticleCopiesJson(copies);
  int64_t event = 0, storyline = 0;
  Check(store.GetArticleEvent(article.article.id, &event, &storyline));
  out["event"] = event;
  out["storyline"] = storyline;
  return out;
}

}  // namespace

nlohmann::json HandleArticles(const store::Store& store, const Segments& path, const Params& params) {
  if (path.empty()) return List(store, params);
  if (path.size() == 1) return One(store, path[0]);
  throw ApiError{404, "no such endpoint"};
}

nlohmann::json HandleSearch(const store::Store& store, const Params& raw) {
  ParamReader params(raw);
  store::SearchQuery q;
  q.text = params.Text("q");
  q.since = params.Date("since");
  q.until = params.Date("until");
  q.source = params.Text("source");
  q.entity = params.Id("entity");
  q.storyline = params.Id("storyline");
  const int64_t page = params.Int("page", 1, 100000, 1);
  const int64_t limit = params.Int("limit", 1, 100, 20);
  CheckParams(params);
  if (q.text.empty()) throw ApiError{400, "parameter q (the search words) is required"};
  q.limit = limit + 1;
  q.offset = (page - 1) * limit;
  std::vector<store::SearchHit> hits;
  Check(store.Search(q, &hits));
  nlohmann::json items = nlohmann::json::array();
  for (const store::SearchHit& h : hits) items.push_back(report::SearchHitJson(h));
  const bool more = static_cast<int64_t>(items.size()) > limit;
  if (more) items.erase(items.begin() + limit, items.end());
  return {{"items", std::move(items)},
          {"query", q.text},
          {"page", page},
          {"limit", limit},
          {"has_more", more}};
}

}  // namespace sitrep::server
