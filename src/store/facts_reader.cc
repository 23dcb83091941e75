// The store's fact listings: entities, quotes, figures, and all facts of one article.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "sitrep/store.h"
#include "store/store_internal.h"

namespace sitrep::store {
namespace {

// Columns naming the article a fact comes from, read by ReadSource at `first`.
constexpr std::string_view kSourceColumns = "a.id, a.title, a.source, a.published";

void ReadSource(const Statement& row, int first, FactSource* out) {
  out->article_id = row.ColumnText(first);
  out->title = row.ColumnText(first + 1);
  out->source = row.ColumnText(first + 2);
  out->published = row.ColumnText(first + 3);
}

// The article columns of facts, read once per article: listings return facts in
// article order, often dozens per article, and joining every fact to its article (and
// to the article it copies) cost more than reading the facts themselves.
class ArticleSources {
 public:
  explicit ArticleSources(Database* db)
      : article_(db->Prepare(fmt::format("SELECT {} FROM articles a WHERE a.seq = ?1", kSourceColumns))),
        original_(db->Prepare("SELECT o.id FROM copies c JOIN articles o ON o.seq = c.original_seq "
                              "WHERE c.article_seq = ?1")) {}

  // The source of the article stored as `seq` and the id of the article it copies
  // ("" when none); valid until the next call.
  Status Lookup(int64_t seq, const FactSource** from, const std::string** copy_of) {
    if (!article_.ok()) return article_.status();
    if (!original_.ok()) return original_.status();
    if (seq != seq_) {
      from_ = FactSource();
      copy_of_.clear();
      article_->BindInt64(1, seq);
      if (article_->Step()) ReadSource(*article_, 0, &from_);
      if (!article_->status().ok()) return article_->status();
      article_->Reset();
      original_->BindInt64(1, seq);
      if (original_->Step()) copy_of_ = original_->ColumnText(0);
      if (!original_->status().ok()) return original_->status();
      original_->Reset();
      seq_ = seq;
    }
    *from = &from_;
    *copy_of = &copy_of_;
    return Status::Ok();
  }

 private:
  ScopedStatement article_, original_;
  int64_t seq_ = 0;
  FactSource from_;
  std::string copy_of_;
};

// Entity names by id, each read once: a storyline's quotes name a few hundred speakers.
class EntityNames {
 public:
  explicit EntityNames(Database* db) : name_(db->Prepare("SELECT name FROM entities WHERE id = ?1")) {}

  // The entity's name, or "" when there is no such entity.
  Status Lookup(int64_t id, const std::string** name) {
    if (!name_.ok()) return name_.status();
    auto it = names_.find(id);
    if (it == names_.end()) {
      std::string found;
      name_->BindInt64(1, id);
      if (name_->Step()) found = name_->ColumnText(0);
      if (!name_->status().ok()) return name_->status();
      name_->Reset();
      it = names_.emplace(id, std::move(found)).first;
    }
    *name = &it->second;
    return Status::Ok();
  }

 private:
  ScopedStatement name_;
  std::unordered_map<int64_t, std::string> names_;
};

// Words of a filter, for "contains every word" conditions.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// LIKE patterns match literally: % and _ in the user's words are escaped.
std::string LikePattern(const std::string& word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

// Adds " AND (expr LIKE ?n ESCAPE '\' OR ...)" for each word, every one required, over
// any of `columns`.
void AddWordConditions(const std::string& text, const std::vector<std::string_view>& columns,
                       Filters* filters) {
  for (const std::string& word : Words(text)) {
    std::string any;
    const int param = filters->next_param++;
    for (std::string_view column : columns) {
      any += fmt::format("{}{} LIKE ?{} ESCAPE '\\'", any.empty() ? "" : " OR ", column, param);
    }
    filters->sql += " AND (" + any + ")";
    filters->values.push_back(LikePattern(word));
  }
}

// Reserves room for every row a whole listing will return, counted first: a storyline's
// listing can hold 200,000 facts, and growing the vector by doubling moved each of
// them twice and touched twice the fresh memory.
template <typename Row>
void ReserveForAll(Database* db, std::string_view from_where, const Filters& filters,
                   const FactQuery& q, std::vector<Row>* out) {
  if (q.limit >= 0) return;
  ScopedStatement count = db->Prepare(fmt::format("SELECT count(*) {}", from_where));
  if (!count.ok()) return;  // only a hint: the listing itself reports any error
  filters.Bind(&*count, 1);
  if (count->Step()) out->reserve(static_cast<size_t>(std::max<int64_t>(count->ColumnInt64(0), 0)));
}

void BindPage(Statement* stmt, int param, const FactQuery& q) {
  stmt->BindInt64(param, q.limit < 0 ? -1 : q.limit);
  stmt->BindInt64(param + 1, std::max<int64_t>(q.offset, 0));
}

std::vector<std::string> JsonStrings(const std::string& json) {
  std::vector<std::string> out;
  if (json.empty()) return out;
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const auto& v : parsed) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::vector<std::pair<int64_t, int64_t>> JsonSpans(const std::string& json) {
  std::vector<std::pair<int64_t, int64_t>> out;
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const auto& v : parsed) {
    if (v.is_array() && v.size() == 2 && v[0].is_number_integer() && v[1].is_number_integer()) {
      out.emplace_back(v[0].get<int64_t>(), v[1].get<int64_t>());
    }
  }
  return out;
}

// Roles and full names an entity was given, most frequent first, from at most its first
// `sample` articles: enough to describe it, bounded for entities in every article.
Status ReadEntityDetails(Database* db, StoredEntity* e, int sample = 200) {
  ScopedStatement stmt = db->Prepare(
      "SELECT name, roles FROM article_entities WHERE entity_id = ?1 "
      "ORDER BY article_seq LIMIT ?2");
  if (!stmt.ok()) return stmt.status();
  stmt->BindInt64(1, e->id);
  stmt->BindInt64(2, sample);
  std::map<std::string, int> roles, names;
  while (stmt->Step()) {
    ++names[stmt->ColumnText(0)];
    for (const std::string& r : JsonStrings(stmt->ColumnText(1))) ++roles[r];
  }
  auto ranked = [](const std::map<std::string, int>& counts) {
    std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> out;
    for (auto& [k, n] : v) out.push_back(k);
    return out;
  };
  e->roles = ranked(roles);
  e->names = ranked(names);
  return stmt->status();
}

}  // namespace

Status Store::ListEntities(const EntityQuery& query, std::vector<StoredEntity>* out) const {
  out->clear();
  Filters filters;
  if (!query.type.empty()) {
    filters.sql += fmt::format(" AND e.type = ?{}", filters.next_param++);
    filters.values.push_back(query.type);
  }
  AddWordConditions(query.name, {"e.name", "e.key"}, &filters);
  if (query.id > 0) filters.sql += fmt::format(" AND e.id = {}", query.id);
  // Date and source bounds restrict the articles an entity is counted in; without them
  // the running totals kept on each entity answer directly.
  Filters bounds;
  Status s = BuildFilters(query.since, query.until, query.source, filters.next_param, &bounds);
  if (!s.ok()) return s;
  const bool bounded = !bounds.values.empty();
  std::string sql;
  int page = 0;
  if (!bounded) {
    page = filters.next_param;
    sql = fmt::format(
        "SELECT * FROM (SELECT e.id, e.type, e.name, e.key, e.articles, e.mentions, "
        "(SELECT count(*) FROM quotes q WHERE q.speaker_id = e.id) AS quoted "
        "FROM entities e WHERE 1{}) {} LIMIT ?{} OFFSET ?{}",
        filters.sql,
        query.most_quoted ? "WHERE quoted > 0 ORDER BY quoted DESC, articles DESC, id"
                          : "ORDER BY articles DESC, mentions DESC, id",
        page, page + 1);
  } else {
    page = bounds.next_param;
    sql = fmt::format(
        "SELECT e.id, e.type, e.name, e.key, count(DISTINCT ae.article_seq), "
        "sum(json_array_length(ae.spans)), "
        "(SELECT count(*) FROM quotes q WHERE q.speaker_id = e.id) AS quoted "
        "FROM entities e JOIN article_entities ae ON ae.entity_id = e.id "
        "JOIN articles a ON a.seq = ae.article_seq WHERE 1{}{} GROUP BY e.id {} "
        "LIMIT ?{} OFFSET ?{}",
        filters.sql, bounds.sql,
        query.most_quoted ? "HAVING quoted > 0 ORDER BY quoted DESC, 5 DESC, e.id" : "ORDER BY 5 DESC, 6 DESC, e.id",
        page, page + 1);
  }
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  Transaction snapshot(&db);
  s = snapshot.BeginRead();
  if (!s.ok()) return s;
  {
    ScopedStatement stmt = db.Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    filters.Bind(&*stmt, 1);
    if (bounded) bounds.Bind(&*stmt, filters.next_param);
    BindPage(&*stmt, page, query);
    while (stmt->Step()) {
      StoredEntity e;
      e.id = stmt->ColumnInt64(0);
      e.type = stmt->ColumnText(1);
      e.name = stmt->ColumnText(2);
      e.key = stmt->ColumnText(3);
      e.articles = stmt->ColumnInt64(4);
      e.mentions = stmt->ColumnInt64(5);
      e.quotes = stmt->ColumnInt64(6);
      out->push_back(std::move(e));
    }
    if (!stmt->status().ok()) {
      out->clear();
      return stmt->status();
    }
  }
  for (StoredEntity& e : *out) {
    s = ReadEntityDetails(&db, &e);
    if (!s.ok()) {
      out->clear();
      return s;
    }
  }
  return Status::Ok();
}

Status Store::ListQuotes(const QuoteQuery& query, std::vector<StoredQuote>* out) const {
  out->clear();
  Filters filters;
  Status s = BuildFilters(query.since, query.until, query.source, 1, &filters);
  if (!s.ok()) return s;
  // The articles and entities are joined only when a filter needs them; the columns
  // shown are read once per article and per speaker (ArticleSources, EntityNames).
  const bool join_articles = !filters.sql.empty();
  const bool join_entities = !Words(query.speaker).empty();
  AddWordConditions(query.speaker, {"e.name", "q.speaker"}, &filters);
  AddWordConditions(query.text, {"q.text"}, &filters);
  if (query.speaker_id > 0) filters.sql += fmt::format(" AND q.speaker_id = {}", query.speaker_id);
  AddScope({query.storyline, 0, 0}, "q.article_seq", &filters);
  if (query.originals_only && query.storyline != 0) {
    filters.sql += fmt::format(
        " AND q.article_seq NOT IN (SELECT c.article_seq FROM copies c JOIN article_events e "
        "ON e.article_seq = c.original_seq WHERE e.storyline_id = {})",
        query.storyline);
  }
  const int page = filters.next_param;
  const std::string from_where = fmt::format(
      "FROM quotes q{}{} WHERE 1{}", join_articles ? " JOIN articles a ON a.seq = q.article_seq" : "",
      join_entities ? " LEFT JOIN entities e ON e.id = q.speaker_id" : "", filters.sql);
  const std::string sql = fmt::format(
      "SELECT q.article_seq, q.span_begin, q.span_end, q.text, q.cue, q.speaker_id, q.speaker, q.direct {} "
      "ORDER BY q.article_seq, q.n LIMIT ?{} OFFSET ?{}",
      from_where, page, page + 1);
  ReadLease lease(&impl_->mu, &impl_->db, &impl_->readers, impl_->path);
  Database& db = lease.db();
  Transaction snapshot(&db);  // the count and the rows from one snapshot
  s = snapshot.BeginRead();
  if (!s.ok()) return s;
  ReserveForAll(&db, from_where, filters, query, out);
  ScopedStatement stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  filters.Bind(&*stmt, 1);
  BindPage(&*stmt, page, query);
  ArticleSources sources(&db);
  EntityNames names(&db);
  while (stmt->Step()) {
    StoredQuote q;
    const FactSource* from = nullptr;
    const std::string* copy_of = nullptr;
    s = sources.Lookup(stmt->ColumnInt64(0), &from, &copy_of);
    if (!s.ok()) break;
    q.from = *from;
    q.begin = stmt->ColumnInt64(1);
    q.end = stmt->ColumnInt64(2);
    q.text = stmt->ColumnText(3);
    q.cue = stmt->ColumnText(4);
    q.speaker_id = stmt->ColumnInt64(5);
    const std::string* name = nullptr;
    if (q.speaker_id != 0) {
      s = names.Lookup(q.speaker_id, &name);
      if (!s.ok()) break;
    }
    q.speaker = name != nullptr && !name->empty() ? *name : stmt->ColumnText(6);  // as coalesce(e.name, q.speaker)
    q.direct = stmt->ColumnInt64(7) != 0;
    out->push_back(std::move(q));
  }
  if (!s.ok()) {
    out->clear();
    return s;
  }
  if (!stmt->status().ok()) out->clear();
  return stmt->status();
}

namespace {

constexpr std::string_view kFigureColumns =
    "f.span_begin, f.span_end, f.text, f.value, f.value_high, f.qualifier, f.unit, f.counted, "
    "f.modifier, f.event, f.approximate, f.equivalents, f.owner_id, "
    "coalesce((SELECT e.name FROM entities e WHERE e.id = f.owner_id), f.owner)";

void ReadFigure(const Statement& row, int first, StoredFigure* f) {
  f->begin = row.ColumnInt64(first);
  f->end = row.ColumnInt64(first + 1);
  f->text = row.ColumnText(first + 2);
  f->value = row.ColumnDouble(first + 3);
  f->value_high = row.ColumnDouble(first + 4);
  f->qualifier = row.ColumnText(first + 5);
  f->unit = row.ColumnText(first + 6);
  f->counted = row.ColumnText(first + 7);
  f->modifier = row.ColumnText(first + 8);
  f->event = row.ColumnText(first + 9);
  f->approximate = row.ColumnInt64(first + 10) != 0;
  f->equivalents_json = row.ColumnText(first + 11);
  f->owner_id = row.ColumnInt64(first + 12);
  f->owner = row.ColumnText(first + 13);
}

constexpr std::string_view kTimeColumns =
    "t.span_begin, t.span_end, t.text, t.kind, t.value, t.range_begin, t.range_end, "
    "t.modifier, t.relative, t.resolved";

void ReadTime(const Statement& row, int first, StoredTime* t) {
  t->begin = row.ColumnInt64(first);
  t->end = row.ColumnInt64(first + 1);
  t->text = row.ColumnText(first + 2);
  t->kind = row.ColumnText(first + 3);
  t->value = row.ColumnText(first + 4);
  t->range_begin = row.ColumnText(first + 5);
  t->range_end = row.ColumnText(first + 6);
  t->modifier = row.ColumnText(first + 7);
  t->relative = row.ColumnInt64(first + 8) != 0;
  t->resolved = row.ColumnInt64(first + 9) != 0;
}

}  // namespace

Status Store::ListFigures(const FigureQuery& query, std::vector<StoredFigure>* out) const {
  out->clear();
  Filters filters;
  Status s = BuildFilters(query.since, query.until, query.source, 1, &filters);
  if (!s.ok()) return s;
  const bool join_articles = !filters.sql.empty();  // a date or source filter
  if (!query.counted.empty()) {
    filters.sql += fmt::format(" AND f.counted = ?{} COLLATE NOCASE", filters.next_param++);
    filters.values.push_back(query.counted);
  }
  if (!query.unit.empty()) {
    filters.sql += fmt::format(" AND f.unit = ?{} COLLATE NOCASE", filters.next_param++);
    filters.values.push_back(query.unit);
  }
  AddScope({query.storyline, 0, 0}, "f.article_seq", &filters);
  const int page = filters.next_param;
  // The articles are joined only when a filter needs them; the columns shown are read
  // once per article (ArticleSources).
  const std::string from_where = fmt::format(
      "FROM figures f{} WHERE 1{}", join_articles ? " JOIN articles a ON a.seq = f.article_seq" : "",
      filters.sql);
  const std::string sql = fmt::format(
      "SELECT f.article_seq, {} {} ORDER BY f.article_seq, f.n LIMIT ?{} OFFSET ?{}",
      kFigureColumns, from_where, page, page + 1);
  ReadLease lease(&impl_->mu, &impl_->db, &impl_->readers, impl_->path);
  Database& db = lease.db();
  Transaction snapshot(&db);  // the count and the rows from one snapshot
  s = snapshot.BeginRead();
  if (!s.ok()) return s;
  ReserveForAll(&db, from_where, filters, query, out);
  ScopedStatement stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  filters.Bind(&*stmt, 1);
  BindPage(&*stmt, page, query);
  ArticleSources sources(&db);
  while (stmt->Step()) {
    StoredFigure f;
    const FactSource* from = nullptr;
    const std::string* copy_of = nullptr;
    s = sources.Lookup(stmt->ColumnInt64(0), &from, &copy_of);
    if (!s.ok()) {
      out->clear();
      return s;
    }
    f.from = *from;
    f.copy_of = *copy_of;
    ReadFigure(*stmt, 1, &f);
    out->push_back(std::move(f));
  }
  if (!stmt->status().ok()) out->clear();
  return stmt->status();
}

Status Store::GetArticleFacts(const std::string& article_id, ArticleFactsView* out) const {
  *out = ArticleFactsView();
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  Transaction snapshot(&db);
  Status s = snapshot.BeginRead();
  if (!s.ok()) return s;
  int64_t seq = 0;
  FactSource from;
  {
    ScopedStatement stmt = db.Prepare(fmt::format(
        "SELECT a.seq, {}, x.analysed, x.skipped FROM articles a "
        "LEFT JOIN article_analysis x ON x.article_seq = a.seq WHERE a.id = ?1",
        kSourceColumns));
    if (!stmt.ok()) return stmt.status();
    stmt->BindText(1, article_id);
    if (!stmt->Step()) {
      return stmt->status().ok() ? Status::Error(fmt::format("no article with id {}", article_id))
                                 : stmt->status();
    }
    seq = stmt->ColumnInt64(0);
    ReadSource(*stmt, 1, &from);
    out->known = !stmt->ColumnIsNull(5);
    out->analysed = stmt->ColumnInt64(5) != 0;
    out->skipped = stmt->ColumnText(6);
  }
  if (!out->analysed) return Status::Ok();
  {
    ScopedStatement stmt = db.Prepare(
        "SELECT ae.entity_id, e.type, e.name, ae.name, ae.roles, ae.spans "
        "FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
        "WHERE ae.article_seq = ?1 ORDER BY ae.n");
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, seq);
    while (stmt->Step()) {
      ArticleEntity e;
      e.entity_id = stmt->ColumnInt64(0);
      e.type = stmt->ColumnText(1);
      e.name = stmt->ColumnText(2);
      e.name_in_article = stmt->ColumnText(3);
      e.roles = JsonStrings(stmt->ColumnText(4));
      e.spans = JsonSpans(stmt->ColumnText(5));
      out->entities.push_back(std::move(e));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  {
    ScopedStatement stmt = db.Prepare(
        "SELECT q.span_begin, q.span_end, q.text, q.cue, q.speaker_id, "
        "coalesce(e.name, q.speaker), q.direct FROM quotes q "
        "LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.article_seq = ?1 ORDER BY q.n");
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, seq);
    while (stmt->Step()) {
      StoredQuote q;
      q.from = from;
      q.begin = stmt->ColumnInt64(0);
      q.end = stmt->ColumnInt64(1);
      q.text = stmt->ColumnText(2);
      q.cue = stmt->ColumnText(3);
      q.speaker_id = stmt->ColumnInt64(4);
      q.speaker = stmt->ColumnText(5);
      q.direct = stmt->ColumnInt64(6) != 0;
      out->quotes.push_back(std::move(q));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  {
    ScopedStatement stmt = db.Prepare(
        fmt::format("SELECT {} FROM figures f WHERE f.article_seq = ?1 ORDER BY f.n", kFigureColumns));
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, seq);
    while (stmt->Step()) {
      StoredFigure f;
      f.from = from;
      ReadFigure(*stmt, 0, &f);
      out->figures.push_back(std::move(f));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  {
    ScopedStatement stmt = db.Prepare(
        fmt::format("SELECT {} FROM times t WHERE t.article_seq = ?1 ORDER BY t.n", kTimeColumns));
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, seq);
    while (stmt->Step()) {
      StoredTime t;
      t.from = from;
      ReadTime(*stmt, 0, &t);
      out->times.push_back(std::move(t));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  return Status::Ok();
}

Status Store::ArticleTimes(const std::vector<int64_t>& seqs,
                           std::vector<std::vector<StoredTime>>* out) const {
  out->assign(seqs.size(), {});
  std::lock_guard<std::mutex> lock(impl_->mu);
  Transaction snapshot(&impl_->db);
  Status s = snapshot.BeginRead();
  if (!s.ok()) return s;
  ScopedStatement stmt = impl_->db.Prepare(
      fmt::format("SELECT {} FROM times t WHERE t.article_seq = ?1 ORDER BY t.n", kTimeColumns));
  if (!stmt.ok()) return stmt.status();
  for (size_t i = 0; i < seqs.size(); ++i) {
    stmt->BindInt64(1, seqs[i]);
    while (stmt->Step()) {
      StoredTime t;
      ReadTime(*stmt, 0, &t);
      (*out)[i].push_back(std::move(t));
    }
    if (!stmt->status().ok()) {
      out->assign(seqs.size(), {});
      return stmt->status();
    }
    stmt->Reset();
  }
  return Status::Ok();
}

}  // namespace sitrep::store
