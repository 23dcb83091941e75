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
  ScopedStatement named = db->Prepare(
      "SELECT DISTINCT x.entity_id FROM article_entities x JOIN entities e ON e.id = x.entity_id "
      "WHERE x.article_seq = ?1 AND e.type IN ('PER', 'ORG', 'LOC')");
  ScopedStatement name = db->Prepare("SELECT name FROM entities WHERE id = ?1");
  if (!title.ok()) return title.status();
  if (!members.ok()) return members.status();
  if (!named.ok()) return named.status();
  if (!name.ok()) return name.status();
  std::vector<int64_t> seqs;
  std::unordered_map<int64_t, int64_t> counts;  // entity id -> sampled articles naming it
  std::vector<std::pair<int64_t, int64_t>> ranked;
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
      named->BindInt64(1, seqs[i]);
      while (named->Step()) ++counts[named->ColumnInt64(0)];
      if (!named->status().ok()) return named->status();
      named->Reset();
    }
    // Most articles first, then the entity stored first.
    ranked.assign(counts.begin(), counts.end());
    const size_t top = std::min<size_t>(5, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(top), ranked.end(),
                      [](const auto& a, const auto& b) {
                        return a.second != b.second ? a.second > b.second : a.first < b.first;
                      });
    for (size_t i = 0; i < top; ++i) {
      name->BindInt64(1, ranked[i].first);
      if (name->Step()) c.top_entities.push_back(name->ColumnText(0));
      if (!name->status().ok()) return name->status();
      name->Reset();
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
