// The store's event and storyline listings, and what the clusterer reads back to resume.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "sitrep/store.h"
#include "store/store_internal.h"

namespace sitrep::store {
namespace {

// Describes clusters keyed by `column` (event_id or storyline_id) of article_events,
// grouped over articles `a` filtered by `filters`, most articles first.
Status ReadClusters(Database* db, std::string_view column, const ClusterQuery& query,
                    Filters filters, std::vector<StoredCluster>* out) {
  std::string where = filters.sql;
  if (query.storyline > 0) {
    where += fmt::format(" AND ae.storyline_id = ?{}", filters.next_param++);
    filters.values.push_back(std::to_string(query.storyline));
  }
  const int min_param = filters.next_param++;
  const int page = filters.next_param;
  const std::string sql = fmt::format(
      "SELECT ae.{0}, min(ae.storyline_id), count(*), count(c.article_seq), "
      "count(DISTINCT ae.event_id), count(DISTINCT a.source), min(a.published), max(a.published) "
      "FROM article_events ae JOIN articles a ON a.seq = ae.article_seq "
      "LEFT JOIN copies c ON c.article_seq = ae.article_seq WHERE 1{1} "
      "GROUP BY ae.{0} HAVING count(*) >= ?{2} ORDER BY count(*) DESC, ae.{0} "
      "LIMIT ?{3} OFFSET ?{4}",
      column, where, min_param, page, page + 1);
  {
    ScopedStatement stmt = db->Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    for (size_t i = 0; i < filters.values.size(); ++i) {
      // The storyline id is an integer column: bind it as one.
      const int param = 1 + static_cast<int>(i);
      if (query.storyline > 0 && i + 1 == filters.values.size()) {
        stmt->BindInt64(param, query.storyline);
      } else {
        stmt->BindText(param, filters.values[i]);
      }
    }
    stmt->BindInt64(min_param, std::max<int64_t>(query.min_articles, 1));
    stmt->BindInt64(page, query.limit < 0 ? -1 : query.limit);
    stmt->BindInt64(page + 1, std::max<int64_t>(query.offset, 0));
    while (stmt->Step()) {
      StoredCluster c;
      c.id = stmt->ColumnInt64(0);
      c.storyline = stmt->ColumnInt64(1);
      c.articles = stmt->ColumnInt64(2);
      c.copies = stmt->ColumnInt64(3);
      c.events = stmt->ColumnInt64(4);
      c.sources = stmt->ColumnInt64(5);
      c.first_published = stmt->ColumnText(6);
      c.last_published = stmt->ColumnText(7);
      out->push_back(std::move(c));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  // Title: the headline of its earliest dated original (else its first original), and
  // that article's lead, which names the cluster when the article has no headline.
  ScopedStatement title = db->Prepare(fmt::format(
      "SELECT a.id, a.title, substr(a.text, 1, 240) FROM article_events ae "
      "JOIN articles a ON a.seq = ae.article_seq "
      "WHERE ae.{} = ?1 AND ae.article_seq NOT IN (SELECT article_seq FROM copies) "
      "ORDER BY a.published IS NULL, a.published, a.seq LIMIT 1",
      column));
  // Top entities: the people, organisations and places named in most of its articles,
  // counted over at most kEntitySample of them, spread evenly over the cluster (every
  // k-th by storing order). Exact for clusters up to that size; for a storyline of
  // 10,000 articles (350,000 entity rows) the sample names the same few in a fraction
  // of the time, and this runs for every cluster listed.
  constexpr size_t kEntitySample = 50;
  ScopedStatement members = db->Prepare(fmt::format(
      "SELECT article_seq FROM article_events WHERE {} = ?1 ORDER BY article_seq", column));
  // Every entity of a sampled article is counted, and the type is looked up only for
  // the most counted, until five people, organisations or places are found: joining
  // each row to its entity to filter by type was most of the cost of listing events.
  ScopedStatement named = db->Prepare("SELECT entity_id FROM article_entities WHERE article_seq = ?1");
  ScopedStatement name = db->Prepare("SELECT name, type IN ('PER', 'ORG', 'LOC') FROM entities WHERE id = ?1");
  if (!title.ok()) return title.status();
  if (!members.ok()) return members.status();
  if (!named.ok()) return named.status();
  if (!name.ok()) return name.status();
  std::vector<int64_t> seqs;
  std::vector<int64_t> of_article;
  std::unordered_map<int64_t, int64_t> counts;  // entity id -> sampled articles naming it
  std::vector<std::pair<int64_t, int64_t>> ranked;
  struct Named {
    std::string name;
    bool listed = false;  // a person, organisation or place
  };
  std::unordered_map<int64_t, Named> names;  // looked up once per listing
  for (StoredCluster& c : *out) {
    title->BindInt64(1, c.id);
    if (title->Step()) {
      c.first_article = title->ColumnText(0);
      c.title = title->ColumnText(1);
      c.lead = title->ColumnText(2);
    }
    if (!title->status().ok()) return title->status();
    title->Reset();

    seqs.clear();
    members->BindInt64(1, c.id);
    while (members->Step()) seqs.push_back(members->ColumnInt64(0));
    if (!members->status().ok()) return members->status();
    members->Reset();
    counts.clear();
    const size_t step = std::max<size_t>(1, (seqs.size() + kEntitySample - 1) / kEntitySample);
    for (size_t i = 0; i < seqs.size(); i += step) {
      of_article.clear();
      named->BindInt64(1, seqs[i]);
      while (named->Step()) of_article.push_back(named->ColumnInt64(0));
      if (!named->status().ok()) return named->status();
      named->Reset();
      std::sort(of_article.begin(), of_article.end());  // an article counts once
      of_article.erase(std::unique(of_article.begin(), of_article.end()), of_article.end());
      for (int64_t id : of_article) ++counts[id];
    }
    // Most articles first, then the entity stored first.
    ranked.assign(counts.begin(), counts.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (size_t i = 0; i < ranked.size() && c.top_entities.size() < 5; ++i) {
      auto it = names.find(ranked[i].first);
      if (it == names.end()) {
        Named n;
        name->BindInt64(1, ranked[i].first);
        if (name->Step()) {
          n.name = name->ColumnText(0);
          n.listed = name->ColumnInt64(1) != 0;
        }
        if (!name->status().ok()) return name->status();
        name->Reset();
        it = names.emplace(ranked[i].first, std::move(n)).first;
      }
      if (it->second.listed) c.top_entities.push_back(it->second.name);
    }
  }
  return Status::Ok();
}

}  // namespace

Status Store::ForEachEventFeatures(
    const std::function<void(const std::string&, int64_t)>& f) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT ef.features, coalesce(oe.event_id, 0) FROM event_features ef "
      "LEFT JOIN copies c ON c.article_seq = ef.article_seq "
      "LEFT JOIN article_events oe ON oe.article_seq = c.original_seq ORDER BY ef.article_seq");
  if (!stmt.ok()) return stmt.status();
  while (stmt->Step()) f(stmt->ColumnBlob(0), stmt->ColumnInt64(1));
  return stmt->status();
}

Status Store::EventsOf(const std::vector<std::string>& ids, std::vector<int64_t>* events) const {
  events->assign(ids.size(), 0);
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT ae.event_id FROM articles a JOIN article_events ae ON ae.article_seq = a.seq "
      "WHERE a.id = ?1");
  if (!stmt.ok()) return stmt.status();
  for (size_t i = 0; i < ids.size(); ++i) {
    stmt->BindText(1, ids[i]);
    if (stmt->Step()) (*events)[i] = stmt->ColumnInt64(0);
    if (!stmt->status().ok()) return stmt->status();
    stmt->Reset();
  }
  return Status::Ok();
}

Status Store::StorylineEvents(int64_t storyline, std::vector<std::pair<int64_t, int64_t>>* seq_events) const {
  seq_events->clear();
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT article_seq, event_id FROM article_events WHERE storyline_id = ?1 ORDER BY article_seq");
  if (!stmt.ok()) return stmt.status();
  stmt->BindInt64(1, storyline);
  while (stmt->Step()) seq_events->emplace_back(stmt->ColumnInt64(0), stmt->ColumnInt64(1));
  if (!stmt->status().ok()) seq_events->clear();
  return stmt->status();
}

namespace {

Status ListClusters(std::mutex* mu, Database* db, std::string_view column,
                    const ClusterQuery& query, std::vector<StoredCluster>* out) {
  out->clear();
  Filters filters;
  Status s = BuildFilters(query.since, query.until, query.source, 1, &filters);
  if (!s.ok()) return s;
  std::lock_guard<std::mutex> lock(*mu);
  Transaction snapshot(db);
  s = snapshot.BeginRead();
  if (s.ok()) s = ReadClusters(db, column, query, filters, out);
  if (!s.ok()) out->clear();
  return s;
}

}  // namespace

Status Store::ListStorylines(const ClusterQuery& query, std::vector<StoredCluster>* out) const {
  return ListClusters(&impl_->mu, &impl_->db, "storyline_id", query, out);
}

Status Store::ListEvents(const ClusterQuery& query, std::vector<StoredCluster>* out) const {
  return ListClusters(&impl_->mu, &impl_->db, "event_id", query, out);
}

Status Store::ArticlesPerDay(int64_t storyline, std::vector<CountByKey>* out) const {
  out->clear();
  const std::string sql = fmt::format(
      "SELECT substr(a.published, 1, 10) AS day, count(*) FROM articles a "
      "WHERE length(a.published) >= 10{} GROUP BY day ORDER BY day",
      storyline == 0 ? "" : fmt::format(" AND a.seq IN (SELECT article_seq FROM article_events "
                                        "WHERE storyline_id = {})", storyline));
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  while (stmt->Step()) out->push_back({stmt->ColumnText(0), stmt->ColumnInt64(1)});
  if (!stmt->status().ok()) out->clear();
  return stmt->status();
}

Status Store::GetArticleEvent(const std::string& article_id, int64_t* event, int64_t* storyline) const {
  *event = *storyline = 0;
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT ae.event_id, ae.storyline_id FROM articles a "
      "JOIN article_events ae ON ae.article_seq = a.seq WHERE a.id = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, article_id);
  if (stmt->Step()) {
    *event = stmt->ColumnInt64(0);
    *storyline = stmt->ColumnInt64(1);
  }
  return stmt->status();
}

}  // namespace sitrep::store
