#include "sitrep/store.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <mutex>
#include <string_view>
#include <utility>

#include "store/database.h"
#include "store/date_bound.h"
#include "store/link_writer.h"
#include "store/facts_writer.h"
#include "store/fts_query.h"
#include "store/fts_tokenizer.h"
#include "store/schema.h"
#include "store/store_internal.h"

namespace sitrep::store {

namespace {

// The columns every article query reads, in the order ReadArticle expects; the text,
// when wanted, comes right after them.
constexpr std::string_view kArticleColumns =
    "a.seq, a.id, a.origin, a.format, a.source, a.url, a.external_id, a.title, "
    "a.published, a.dateline, a.author, a.language, a.language_confidence, "
    "a.metadata_json, a.ingested_at, substr(a.text, 1, 240)";
constexpr int kTextColumn = 16;

void ReadArticle(const Statement& row, bool with_text, StoredArticle* out) {
  out->seq = row.ColumnInt64(0);
  Article& a = out->article;
  a.id = row.ColumnText(1);
  a.origin = row.ColumnText(2);
  a.format = row.ColumnText(3);
  a.source = row.ColumnText(4);
  a.url = row.ColumnText(5);
  a.external_id = row.ColumnText(6);
  a.title = row.ColumnText(7);
  a.published = row.ColumnText(8);
  a.dateline = row.ColumnText(9);
  a.author = row.ColumnText(10);
  a.language = row.ColumnText(11);
  a.language_confidence = row.ColumnDouble(12);
  a.metadata_json = row.ColumnText(13);
  out->ingested_at = row.ColumnText(14);
  out->lead = row.ColumnText(15);
  a.text = with_text ? row.ColumnText(kTextColumn) : std::string();
}

std::string NowUtc() {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr)));
}

// Article ids are 16 lowercase hex digits; a user may type a prefix in any case.
bool IsHexPrefix(const std::string& s) {
  return s.size() >= 4 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

std::string ToLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Groups of a GROUP BY query (key, count) into `out`.
Status ReadCounts(Database* db, std::string_view sql, std::vector<CountByKey>* out) {
  ScopedStatement stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  while (stmt->Step()) out->push_back({stmt->ColumnText(0), stmt->ColumnInt64(1)});
  return stmt->status();
}

}  // namespace

Status BuildFilters(const std::string& since, const std::string& until,
                    const std::string& source, int first_param, Filters* filters) {
  for (const std::string* bound : {&since, &until}) {
    if (!bound->empty() && !IsValidDateBound(*bound)) {
      return Status::Error(fmt::format(
          "invalid date \"{}\": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]",
          *bound));
    }
  }
  int param = first_param;
  // NULL (undated) fails every comparison, which is what excludes undated articles.
  if (!since.empty()) {
    filters->sql += fmt::format(" AND a.published >= ?{}", param++);
    filters->values.push_back(since);
  }
  if (!until.empty()) {
    filters->sql += fmt::format(" AND a.published < ?{}", param++);
    filters->values.push_back(UntilExclusive(until));
  }
  if (!source.empty()) {
    // COLLATE NOCASE matches the index on source, which the planner then uses.
    filters->sql += fmt::format(" AND a.source = ?{} COLLATE NOCASE", param++);
    filters->values.push_back(source);
  }
  filters->next_param = param;
  return Status::Ok();
}

void AddScope(const ArticleScope& scope, std::string_view seq_column, Filters* filters) {
  // The ids are integers, written into the SQL rather than bound as text, so that each
  // subquery reads its index (article_events_by_storyline, article_events_by_event,
  // article_entities_by_entity) with an integer key.
  if (scope.storyline != 0) {
    filters->sql += fmt::format(
        " AND {} IN (SELECT article_seq FROM article_events WHERE storyline_id = {})",
        seq_column, scope.storyline);
  }
  if (scope.event != 0) {
    filters->sql += fmt::format(
        " AND {} IN (SELECT article_seq FROM article_events WHERE event_id = {})", seq_column,
        scope.event);
  }
  if (scope.entity != 0) {
    filters->sql += fmt::format(
        " AND {} IN (SELECT article_seq FROM article_entities WHERE entity_id = {})",
        seq_column, scope.entity);
  }
}

ReadLease::ReadLease(std::mutex* main_mu, Database* main_db, ReaderPool* pool, const std::string& path)
    : main_db_(main_db), pool_(pool), main_(*main_mu, std::try_to_lock) {
  if (main_.owns_lock()) return;
  {
    std::lock_guard<std::mutex> lock(pool_->mu);
    if (!pool_->idle.empty()) {
      own_ = std::move(pool_->idle.back());
      pool_->idle.pop_back();
      return;
    }
  }
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) {
    main_.lock();
    return;
  }
  auto reader = std::make_unique<Database>();
  if (OpenReader(reader.get(), path).ok()) {
    own_ = std::move(reader);
  } else {
    main_.lock();
  }
}

ReadLease::~ReadLease() {
  if (own_ == nullptr) return;
  std::lock_guard<std::mutex> lock(pool_->mu);
  pool_->idle.push_back(std::move(own_));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() = default;

Status Store::Open(const std::string& path, std::unique_ptr<Store>* store) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  // NOMUTEX: the Store serializes its calls itself.
  Status s = impl->db.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return Status::Error(fmt::format("cannot open store {}: {}", path, s.message()));
  s = OpenSchema(&impl->db, path, &impl->schema_version);
  if (!s.ok()) return s;
  s = FtsTokenizer::Create(&impl->db, &impl->tokenizer);
  if (!s.ok()) return Status::Error(fmt::format("cannot open store {}: {}", path, s.message()));
  store->reset(new Store(std::move(impl)));
  return Status::Ok();
}

int Store::CurrentSchemaVersion() { return store::SchemaVersion(); }

int Store::SchemaVersion() const { return impl_->schema_version; }

Status Store::CommitBatch(const std::vector<Article>& articles,
                          const std::vector<FileMark>& done_files, BatchResult* result) {
  Batch batch;
  batch.articles = articles;
  batch.done_files = done_files;
  return CommitBatch(batch, result);
}

Status Store::CommitBatch(const std::vector<Article>& articles,
                          const std::vector<extract::ArticleFacts>& facts,
                          const std::vector<FileMark>& done_files, BatchResult* result) {
  Batch batch;
  batch.articles = articles;
  batch.facts = facts;
  batch.done_files = done_files;
  return CommitBatch(batch, result);
}

Status Store::CommitBatch(const Batch& batch, BatchResult* result) {
  *result = BatchResult();
  const std::vector<Article>& articles = batch.articles;
  const std::vector<extract::ArticleFacts>& facts = batch.facts;
  const std::vector<CopyRecord>& copies = batch.copies;
  const std::vector<FileMark>& done_files = batch.done_files;
  if (!facts.empty() && facts.size() != articles.size()) {
    return Status::Error(fmt::format("cannot store {} articles with the facts of {}",
                                     articles.size(), facts.size()));
  }
  if (!batch.events.empty() && batch.events.size() != articles.size()) {
    return Status::Error(fmt::format("cannot store {} articles with the events of {}",
                                     articles.size(), batch.events.size()));
  }
  if (!batch.paragraph_keys.empty() && batch.paragraph_keys.size() != articles.size()) {
    return Status::Error(fmt::format("cannot store {} articles with the paragraph keys of {}",
                                     articles.size(), batch.paragraph_keys.size()));
  }
  if (!copies.empty() && copies.size() != articles.size()) {
    return Status::Error(fmt::format("cannot store {} articles with the copy records of {}",
                                     articles.size(), copies.size()));
  }
  for (const Article& a : articles) {
    if (a.id.empty()) {
      return Status::Error(fmt::format("cannot store an article without an id (from {})",
                                       a.origin.empty() ? "unknown origin" : a.origin));
    }
  }
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  auto fail = [this](const Status& s) {
    return Status::Error(fmt::format("cannot write to store {}: {}", impl_->path, s.message()));
  };

  Transaction transaction(&db);
  Status s = transaction.Begin();
  if (!s.ok()) return fail(s);
  const std::string now = NowUtc();
  BatchResult counts;
  {
    // ON CONFLICT(id) DO NOTHING rather than INSERT OR IGNORE: only a known id is
    // skipped; any other constraint failure is an error, not a silent loss.
    ScopedStatement insert = db.Prepare(
        "INSERT INTO articles(id, origin, format, source, url, external_id, title, "
        "published, dateline, author, language, language_confidence, text, "
        "metadata_json, ingested_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        "ON CONFLICT(id) DO NOTHING");
    // The external-content index gets exactly the values the row holds (a NULL title
    // stays NULL), or a later delete from the index would not find its entries.
    ScopedStatement index =
        db.Prepare("INSERT INTO articles_fts(rowid, title, text) VALUES (?1, ?2, ?3)");
    ScopedStatement mark = db.Prepare(
        "INSERT INTO files(path, size, mtime_ns, articles, done_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "articles = excluded.articles, done_at = excluded.done_at");
    ScopedStatement keys = db.Prepare("INSERT INTO paragraph_keys(article_seq, keys) VALUES (?1, ?2)");
    for (const ScopedStatement* stmt : {&insert, &index, &mark, &keys}) {
      if (!stmt->ok()) return fail(stmt->status());
    }
    FactsWriter facts_writer(&db);

    for (size_t i = 0; i < articles.size(); ++i) {
      const Article& a = articles[i];
      insert->BindText(1, a.id);
      insert->BindTextOrNull(2, a.origin);
      insert->BindTextOrNull(3, a.format);
      insert->BindTextOrNull(4, a.source);
      insert->BindTextOrNull(5, a.url);
      insert->BindTextOrNull(6, a.external_id);
      insert->BindTextOrNull(7, a.title);
      insert->BindTextOrNull(8, a.published);
      insert->BindTextOrNull(9, a.dateline);
      insert->BindTextOrNull(10, a.author);
      insert->BindTextOrNull(11, a.language);
      insert->BindDouble(12, a.language_confidence);
      insert->BindText(13, a.text);
      insert->BindTextOrNull(14, a.metadata_json);
      insert->BindText(15, now);
      s = insert->Run();
      if (!s.ok()) return fail(s);
      const bool inserted = db.Changes() == 1;
      insert->Reset();
      if (!inserted) {
        ++counts.duplicates;
        continue;
      }
      ++counts.added;
      const int64_t seq = db.LastInsertRowid();
      index->BindInt64(1, seq);
      index->BindTextOrNull(2, a.title);
      index->BindText(3, a.text);
      s = index->Run();
      if (!s.ok()) return fail(s);
      index->Reset();
      if (!facts.empty()) {
        s = facts_writer.Write(seq, a, facts[i]);
        if (!s.ok()) return fail(s);
      }
      if (!copies.empty()) {
        s = WriteCopyRecord(&db, seq, copies[i]);
        if (!s.ok()) return fail(s);
      }
      if (!batch.events.empty()) {
        s = WriteEventRecord(&db, seq, batch.events[i]);
        if (!s.ok()) return fail(s);
      }
      if (!batch.paragraph_keys.empty() && !batch.paragraph_keys[i].empty()) {
        keys->BindInt64(1, seq);
        keys->BindBlob(2, batch.paragraph_keys[i]);
        s = keys->Run();
        if (!s.ok()) return fail(s);
        keys->Reset();
      }
    }

    for (const FileMark& f : done_files) {
      mark->BindText(1, f.path);
      mark->BindInt64(2, f.size);
      mark->BindInt64(3, f.mtime_ns);
      mark->BindInt64(4, f.articles);
      mark->BindText(5, now);
      s = mark->Run();
      if (!s.ok()) return fail(s);
      mark->Reset();
    }
  }
  s = transaction.Commit();
  if (!s.ok()) return fail(s);
  *result = counts;
  return Status::Ok();
}

Status Store::GetSetting(const std::string& key, std::string* value) const {
  value->clear();
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare("SELECT value FROM meta WHERE key = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, key);
  if (stmt->Step()) *value = stmt->ColumnText(0);
  return stmt->status();
}

Status Store::PutSetting(const std::string& key, const std::string& value) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "INSERT INTO meta(key, value) VALUES (?1, ?2) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, key);
  stmt->BindText(2, value);
  return stmt->Run();
}

bool Store::IsFileDone(const std::string& path, int64_t size, int64_t mtime_ns) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare("SELECT size, mtime_ns FROM files WHERE path = ?1");
  if (!stmt.ok()) return false;
  stmt->BindText(1, path);
  return stmt->Step() && stmt->ColumnInt64(0) == size && stmt->ColumnInt64(1) == mtime_ns;
}

int64_t Store::ArticleCount() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  int64_t count = 0;
  if (!impl_->db.QueryInt64("SELECT count(*) FROM articles", &count).ok()) return 0;
  return count;
}

int64_t Store::LastSeq() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  int64_t seq = 0;
  // max() of the rowid is read from the end of the table's b-tree: no scan.
  if (!impl_->db.QueryInt64("SELECT coalesce(max(seq), 0) FROM articles", &seq).ok()) return 0;
  return seq;
}

Status Store::ListArticles(const ListOptions& options, std::vector<StoredArticle>* out) const {
  out->clear();
  Filters filters;
  Status s = BuildFilters(options.since, options.until, options.source, 1, &filters);
  if (!s.ok()) return s;
  AddScope({options.storyline, options.event, options.entity}, "a.seq", &filters);
  const int limit = filters.next_param;
  const std::string sql = fmt::format(
      "SELECT {}{} FROM articles a WHERE 1{} ORDER BY {} LIMIT ?{} OFFSET ?{}",
      kArticleColumns, options.with_text ? ", a.text" : "", filters.sql,
      options.newest_first ? "a.published IS NULL, a.published DESC, a.seq DESC" : "a.seq",
      limit, limit + 1);

  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  filters.Bind(&*stmt, 1);
  stmt->BindInt64(limit, options.limit < 0 ? -1 : options.limit);
  stmt->BindInt64(limit + 1, std::max<int64_t>(options.offset, 0));
  while (stmt->Step()) {
    StoredArticle article;
    ReadArticle(*stmt, options.with_text, &article);
    out->push_back(std::move(article));
  }
  if (!stmt->status().ok()) out->clear();
  return stmt->status();
}

std::vector<StoredArticle> Store::ListArticles(const ListOptions& options) const {
  std::vector<StoredArticle> out;
  ListArticles(options, &out);
  return out;
}

Status Store::GetArticle(const std::string& id_or_prefix, StoredArticle* out) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  const std::string select =
      fmt::format("SELECT {}, a.text FROM articles a WHERE a.id = ?1", kArticleColumns);
  // The count and the row come from one snapshot.
  Transaction snapshot(&db);
  Status s = snapshot.BeginRead();
  if (!s.ok()) return s;
  {
    ScopedStatement exact = db.Prepare(select);
    if (!exact.ok()) return exact.status();
    exact->BindText(1, id_or_prefix);
    if (exact->Step()) {
      ReadArticle(*exact, true, out);
      return Status::Ok();
    }
    if (!exact->status().ok()) return exact->status();
  }
  if (!IsHexPrefix(id_or_prefix)) {
    return Status::Error(fmt::format("not an article id: {}", id_or_prefix));
  }

  // Every id with the prefix sorts in [prefix, prefix with its last digit raised):
  // a range the unique index on id answers directly.
  const std::string low = ToLower(id_or_prefix);
  std::string high = low;
  ++high.back();
  ScopedStatement count = db.Prepare("SELECT count(*) FROM articles WHERE id >= ?1 AND id < ?2");
  if (!count.ok()) return count.status();
  count->BindText(1, low);
  count->BindText(2, high);
  const int64_t matches = count->Step() ? count->ColumnInt64(0) : 0;
  if (!count->status().ok()) return count->status();
  if (matches == 0) return Status::Error(fmt::format("no article with id {}", id_or_prefix));
  if (matches > 1) {
    return Status::Error(
        fmt::format("id prefix {} is ambiguous ({} articles)", id_or_prefix, matches));
  }
  ScopedStatement row = db.Prepare(fmt::format(
      "SELECT {}, a.text FROM articles a WHERE a.id >= ?1 AND a.id < ?2", kArticleColumns));
  if (!row.ok()) return row.status();
  row->BindText(1, low);
  row->BindText(2, high);
  if (!row->Step()) {
    return row->status().ok() ? Status::Error(fmt::format("no article with id {}", id_or_prefix))
                              : row->status();
  }
  ReadArticle(*row, true, out);
  return Status::Ok();
}

Status Store::Search(const SearchQuery& query, std::vector<SearchHit>* hits) const {
  hits->clear();
  // ?1 is the FTS5 expression; the filters follow, then limit and offset.
  Filters filters;
  Status s = BuildFilters(query.since, query.until, query.source, 2, &filters);
  if (!s.ok()) return s;
  AddScope({query.storyline, 0, query.entity}, "a.seq", &filters);
  const int limit = filters.next_param;
  // Two steps, because SQLite computes a row's whole SELECT list before it sorts: the
  // page of best matches is chosen first, on the score alone (joining the articles only
  // to filter them), and only its rows are read and get a snippet, which re-tokenizes
  // the text. On common words that is most of the cost of a query.
  //
  // Title words weigh five times text words: a headline names what the story is
  // about, the body mentions much in passing. FTS5's bm25() is negative, lower better.
  //
  // CROSS JOIN fixes the join order: the page drives, and FTS5 looks each row up by
  // rowid within the match, which is what snippet() needs.
  const std::string sql = fmt::format(
      "WITH top(seq, rank) AS ("
      "SELECT articles_fts.rowid, bm25(articles_fts, 5.0, 1.0) FROM articles_fts{} "
      "WHERE articles_fts MATCH ?1{} ORDER BY 2, 1 LIMIT ?{} OFFSET ?{}) "
      "SELECT {}, snippet(articles_fts, 1, '[', ']', '…', 24), top.rank "
      "FROM top CROSS JOIN articles a CROSS JOIN articles_fts "
      "WHERE a.seq = top.seq AND articles_fts.rowid = top.seq AND articles_fts MATCH ?1 "
      "ORDER BY top.rank, top.seq",
      filters.sql.empty() ? "" : " JOIN articles a ON a.seq = articles_fts.rowid", filters.sql,
      limit, limit + 1, kArticleColumns);

  std::lock_guard<std::mutex> lock(impl_->mu);
  std::string expression;
  const FtsTokenizer& tokenizer = *impl_->tokenizer;
  s = BuildFtsQuery(query.text,
                    [&tokenizer](std::string_view term) { return tokenizer.HasTokens(term); },
                    &expression);
  if (!s.ok()) return s;
  ScopedStatement stmt = impl_->db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, expression);
  filters.Bind(&*stmt, 2);
  stmt->BindInt64(limit, query.limit < 0 ? -1 : query.limit);
  stmt->BindInt64(limit + 1, std::max<int64_t>(query.offset, 0));
  while (stmt->Step()) {
    SearchHit hit;
    ReadArticle(*stmt, false, &hit.article);
    hit.snippet = stmt->ColumnText(kTextColumn);
    hit.score = -stmt->ColumnDouble(kTextColumn + 1);
    hits->push_back(std::move(hit));
  }
  if (!stmt->status().ok()) hits->clear();
  return stmt->status();
}

Status Store::Stats(CorpusStats* stats) const {
  *stats = CorpusStats();
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  Transaction snapshot(&db);
  Status s = snapshot.BeginRead();
  if (!s.ok()) return s;
  {
    ScopedStatement totals = db.Prepare(
        "SELECT count(*), count(published), min(published), max(published) FROM articles");
    if (!totals.ok()) return totals.status();
    if (totals->Step()) {
      stats->articles = totals->ColumnInt64(0);
      stats->dated = totals->ColumnInt64(1);
      stats->first_published = totals->ColumnText(2);
      stats->last_published = totals->ColumnText(3);
    }
    if (!totals->status().ok()) return totals->status();
  }
  // Sources group without regard to case, as the source filter matches them.
  s = ReadCounts(&db,
                 "SELECT source, count(*) AS n FROM articles "
                 "GROUP BY source COLLATE NOCASE ORDER BY n DESC, source",
                 &stats->by_source);
  if (s.ok()) {
    s = ReadCounts(&db,
                   "SELECT language, count(*) AS n FROM articles "
                   "GROUP BY language ORDER BY n DESC, language",
                   &stats->by_language);
  }
  if (s.ok()) {
    s = ReadCounts(&db,
                   "SELECT substr(published, 1, 10) AS day, count(*) FROM articles "
                   "WHERE length(published) >= 10 GROUP BY day ORDER BY day",
                   &stats->by_day);
  }
  if (s.ok()) s = db.QueryInt64("SELECT count(*) FROM files", &stats->files);
  if (s.ok()) {
    s = db.QueryInt64("SELECT count(*) FROM article_analysis WHERE analysed = 1",
                      &stats->analysed);
  }
  if (s.ok()) s = db.QueryInt64("SELECT count(*) FROM entities", &stats->entities);
  if (s.ok()) s = db.QueryInt64("SELECT count(*) FROM quotes", &stats->quotes);
  if (s.ok()) s = db.QueryInt64("SELECT count(*) FROM figures", &stats->figures);
  if (s.ok()) s = db.QueryInt64("SELECT count(*) FROM copies", &stats->copies);
  if (s.ok()) {
    s = db.QueryInt64("SELECT count(DISTINCT group_seq) FROM copies", &stats->copy_groups);
  }
  if (s.ok()) s = db.QueryInt64("SELECT count(DISTINCT event_id) FROM article_events", &stats->events);
  if (s.ok()) {
    s = db.QueryInt64("SELECT count(DISTINCT storyline_id) FROM article_events", &stats->storylines);
  }
  if (!s.ok()) *stats = CorpusStats();
  return s;
}

CorpusStats Store::Stats() const {
  CorpusStats stats;
  Stats(&stats);
  return stats;
}

}  // namespace sitrep::store
