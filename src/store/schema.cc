#include "store/schema.h"

#include <fmt/format.h>

#include <cstdint>
#include <iterator>

namespace sitrep::store {
namespace {

// A reader (the web server) and a writer (an ingest) share the file; a writer holds
// the write lock for one batch, well under this.
constexpr int kBusyTimeoutMs = 5000;

// One step of the schema, applied in its own transaction. Later versions append steps
// here and never edit a released one: a store created by any earlier sitrep replays
// the tail it lacks. The version of step i is i + 1, kept in PRAGMA user_version,
// which SQLite stores in the file header and updates inside the same transaction.
struct Migration {
  const char* summary;
  const char* sql;
};

constexpr Migration kMigrations[] = {
    {"articles, their full-text index, ingested files",
     // seq is the rowid: the FTS index refers to it, and ListArticles orders by it.
     // No AUTOINCREMENT: articles are never deleted, so rowids already only grow.
     //
     // Optional fields are NULL when unknown (the store binds "" as NULL), so that
     // date filters skip undated articles and GROUP BY collects unknowns together.
     //
     // The full-text index is an external-content FTS5 table: it stores only the index,
     // and reads title and text back from `articles` for snippets, so the text is kept
     // once. It must then be written by the store in the same transaction as the row,
     // which CommitBatch does.
     //
     // Tokenizer: unicode61 folds case and, with remove_diacritics 2, accents ("Kyiv"
     // and "Kyïv", "Zelensky" and "Zelenský" match), and porter stems English words
     // on both sides, so "troop" finds "troops" and "negotiate" finds "negotiations":
     // a reader of news searches for a topic, not an inflection, and the few false
     // friends stemming creates cost less than the misses it prevents. On other
     // languages Porter's suffix rules fire rarely, and they fire identically on the
     // query, so they only widen a match a little. Stemming costs about a tenth of
     // the indexing work.
     //
     // Index settings, stored with the index (measured on batches of 500 articles of
     // 3 KB, counting instructions per batch over a store growing to 50,000 articles):
     // FTS5 buffers a transaction's new entries in memory and writes them out as a
     // segment when the buffer passes 'hashsize', 1 MiB by default; a batch needs
     // more, so it became two or three small segments to be merged right away. 8 MiB
     // makes one segment per batch. 'automerge' 16 (default 4) merges segments sixteen
     // at a time, so each entry is rewritten fewer times as the index grows. Together
     // they cut the work per batch by a third (373 to 251 million instructions); the
     // extra segments left unmerged did not change query times measurably.
     R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO meta(key, value) VALUES ('application', 'sitrep');

CREATE TABLE articles(
  seq INTEGER PRIMARY KEY,
  id TEXT UNIQUE NOT NULL,
  origin TEXT,
  format TEXT,
  source TEXT,
  url TEXT,
  external_id TEXT,
  title TEXT,
  published TEXT,
  dateline TEXT,
  author TEXT,
  language TEXT,
  language_confidence REAL NOT NULL DEFAULT 0,
  text TEXT NOT NULL DEFAULT '',
  metadata_json TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_source ON articles(source COLLATE NOCASE);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content='articles', content_rowid='seq',
  tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);

CREATE TABLE files(
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  done_at TEXT NOT NULL
);
)sql"},
    {"the facts of each article: entities, quotes, figures, time expressions",
     // Written in the same transaction as the article, for new articles only, so that
     // facts and articles never diverge and a re-run adds nothing twice. Rows refer to
     // articles by seq (the rowid), which is smaller and faster to join than the id.
     //
     // entities holds one row per entity of the corpus: articles' entities merge on
     // (type, key), the key being EntityKey of the name ("kyiv" for Kiev and Kyiv).
     // entity_aliases maps every (type, key) seen to the entity it joined: a person
     // named by surname only ("Kirby") joins the one person of that surname already
     // known by full name, and the alias keeps later surname-only mentions there.
     //
     // Offsets are bytes of the article's clean text, end exclusive. Articles stored
     // before this version have no row in article_analysis: their facts are unknown,
     // which is not the same as none.
     R"sql(
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  last_word TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  UNIQUE(type, key)
);
CREATE INDEX entities_by_last_word ON entities(type, last_word) WHERE last_word IS NOT NULL;

CREATE TABLE entity_aliases(
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY(type, key)
) WITHOUT ROWID;

CREATE TABLE article_analysis(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  analysed INTEGER NOT NULL,
  skipped TEXT
);

CREATE TABLE article_entities(
  article_seq INTEGER NOT NULL,
  n INTEGER NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  roles TEXT,
  spans TEXT NOT NULL,
  PRIMARY KEY(article_seq, n)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_entity ON article_entities(entity_id, article_seq);

CREATE TABLE quotes(
  article_seq INTEGER NOT NULL,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  speaker_id INTEGER REFERENCES entities(id),
  speaker TEXT,
  direct INTEGER NOT NULL,
  PRIMARY KEY(article_seq, n)
) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes(speaker_id, article_seq) WHERE speaker_id IS NOT NULL;

CREATE TABLE figures(
  article_seq INTEGER NOT NULL,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value REAL NOT NULL,
  value_high REAL NOT NULL,
  qualifier TEXT,
  unit TEXT,
  counted TEXT,
  modifier TEXT,
  event TEXT,
  approximate INTEGER NOT NULL,
  equivalents TEXT,
  PRIMARY KEY(article_seq, n)
) WITHOUT ROWID;
CREATE INDEX figures_by_counted ON figures(counted, article_seq) WHERE counted IS NOT NULL;

CREATE TABLE times(
  article_seq INTEGER NOT NULL,
  n INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT,
  range_begin TEXT,
  range_end TEXT,
  modifier TEXT,
  relative INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  PRIMARY KEY(article_seq, n)
) WITHOUT ROWID;
CREATE INDEX times_by_value ON times(value) WHERE value IS NOT NULL;
)sql"},
    {"copies: each article's copy signature, and the earlier article it copies",
     // copy_signatures keeps what the copy detector needs of every stored article, so
     // that a later ingest rebuilds the detector from the store instead of re-reading
     // every text; the blob's layout is the link module's (SerializeCopySignature).
     //
     // copies has a row for each article that copies an earlier one: the article it
     // copies (original_seq), the first-stored member of its copy group (group_seq,
     // the same for every member), the kind and how much was reused. The likely
     // original of a group is chosen when it is read, from the members' dates and
     // texts, since a later article may date the group better.
     R"sql(
CREATE TABLE copy_signatures(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  signature BLOB NOT NULL
);

CREATE TABLE copies(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  original_seq INTEGER NOT NULL REFERENCES articles(seq),
  group_seq INTEGER NOT NULL REFERENCES articles(seq),
  kind TEXT NOT NULL,
  reused_share REAL NOT NULL,
  similarity REAL NOT NULL,
  coverage REAL NOT NULL,
  aligned TEXT
);
CREATE INDEX copies_by_original ON copies(original_seq);
CREATE INDEX copies_by_group ON copies(group_seq);
)sql"},
    {"events and storylines: each article's event, and what the clusterer needs of it",
     // event_features keeps each article's clustering features, so that a later ingest
     // rebuilds the clusterer by replaying them in storing order (with the events of
     // copies' originals) and decides exactly as if the stream had not been cut.
     // article_events gives each article its event and storyline; events and
     // storylines are described when read (dates, articles, entities), as they grow
     // with every batch.
     R"sql(
CREATE TABLE event_features(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  features BLOB NOT NULL
);

CREATE TABLE article_events(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  event_id INTEGER NOT NULL,
  storyline_id INTEGER NOT NULL,
  score REAL NOT NULL
);
CREATE INDEX article_events_by_event ON article_events(event_id, article_seq);
CREATE INDEX article_events_by_storyline ON article_events(storyline_id, article_seq);
)sql"},
    {"furniture: what each article taught the learner of its source's repeated lines",
     // paragraph_keys keeps the keys of an article's candidate paragraphs (see
     // src/ingest/repeated_paragraphs.h), so that a later ingest replays them in
     // storing order and drops the same furniture as if the stream had not been cut.
     // Articles stored before this version taught nothing.
     R"sql(
CREATE TABLE paragraph_keys(
  article_seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  keys BLOB NOT NULL
);
)sql"},
    {"figure owners: the entity whose counted things a figure gives",
     // owner_id is the entity ("100,000 Russian troops": Russian), owner its name as
     // the article gave it. Figures stored before this version have neither.
     R"sql(
ALTER TABLE figures ADD COLUMN owner_id INTEGER REFERENCES entities(id);
ALTER TABLE figures ADD COLUMN owner TEXT;
)sql"},
};

constexpr int kCurrentVersion = static_cast<int>(std::size(kMigrations));

// Connection settings, not stored in the file: every connection sets them.
Status ConfigureConnection(Database* db) {
  // synchronous=NORMAL in WAL mode syncs at checkpoints only: a killed process loses
  // nothing committed (the WAL is in the OS cache), only a power cut may lose the last
  // transactions, and still never leaves a torn one.
  return db->Exec(
      "PRAGMA synchronous = NORMAL;"
      "PRAGMA foreign_keys = ON;"
      "PRAGMA temp_store = MEMORY;"
      // 64 MiB: the FTS index pages touched by a batch stay in memory across batches.
      "PRAGMA cache_size = -65536;");
}

// True when the file holds no schema at all: a new or zero-length file.
Status IsEmptyDatabase(Database* db, const std::string& path, bool* empty) {
  int64_t objects = 0;
  Status s = db->QueryInt64("SELECT count(*) FROM sqlite_schema", &objects);
  if (!s.ok()) {
    const int code = db->ErrorCode() & 0xff;
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
      return Status::Error(fmt::format("not a sitrep store: {}: {}", path, s.message()));
    }
    return Status::Error(fmt::format("cannot read store {}: {}", path, s.message()));
  }
  *empty = objects == 0;
  return Status::Ok();
}

// A SQLite file is only ever touched if sitrep created it: the marker row is written by
// the first migration, in the transaction that creates the tables.
Status CheckMarker(Database* db, const std::string& path) {
  int64_t has_meta = 0;
  Status s = db->QueryInt64(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'", &has_meta);
  if (!s.ok()) return Status::Error(fmt::format("cannot read store {}: {}", path, s.message()));
  std::string application;
  if (has_meta) {
    ScopedStatement stmt = db->Prepare("SELECT value FROM meta WHERE key = 'application'");
    if (stmt.ok() && stmt->Step()) application = stmt->ColumnText(0);
  }
  if (application != "sitrep") {
    return Status::Error(fmt::format(
        "not a sitrep store: {} is a SQLite database that sitrep did not create", path));
  }
  return Status::Ok();
}

Status ReadVersion(Database* db, int64_t* version) {
  return db->QueryInt64("PRAGMA user_version", version);
}

Status Migrate(Database* db, const std::string& path) {
  for (int version = 1; version <= kCurrentVersion; ++version) {
    Transaction transaction(db);
    Status s = transaction.Begin();
    int64_t at = 0;
    // Read the version under the write lock: two processes opening a new file at once
    // both get here, and the second must find the work done.
    if (s.ok()) s = ReadVersion(db, &at);
    if (s.ok() && at >= version) continue;  // the transaction rolls back: nothing to do
    const Migration& step = kMigrations[version - 1];
    if (s.ok()) s = db->Exec(step.sql);
    if (s.ok()) s = db->Exec(fmt::format("PRAGMA user_version = {}", version));
    if (s.ok()) s = transaction.Commit();
    if (!s.ok()) {
      return Status::Error(fmt::format("cannot migrate store {} to schema version {} ({}): {}",
                                       path, version, step.summary, s.message()));
    }
  }
  return Status::Ok();
}

}  // namespace

int SchemaVersion() { return kCurrentVersion; }

Status OpenReader(Database* db, const std::string& path) {
  Status s = db->Open(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);
  return db->Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
}

Status OpenSchema(Database* db, const std::string& path, int* version) {
  sqlite3_busy_timeout(db->handle(), kBusyTimeoutMs);
  // The first read of the file: it tells a foreign file from a store, before any
  // setting is applied.
  bool empty = false;
  Status s = IsEmptyDatabase(db, path, &empty);
  if (s.ok()) s = ConfigureConnection(db);
  if (!s.ok()) return s;

  int64_t at = 0;
  if (!empty) {
    s = CheckMarker(db, path);
    if (s.ok()) s = ReadVersion(db, &at);
    if (!s.ok()) return s;
    if (at > kCurrentVersion) {
      return Status::Error(fmt::format(
          "store {} has schema version {}, newer than this sitrep knows ({}): use a newer "
          "sitrep",
          path, at, kCurrentVersion));
    }
  } else {
    // The page size can only be chosen before the first table is written.
    s = db->Exec("PRAGMA page_size = 8192");
    if (!s.ok()) return s;
  }

  // WAL lets readers run while a batch is being written, and is a property of the file:
  // on a store that already uses it this is a no-op. Only after the marker check, so
  // that a foreign database is never modified.
  {
    ScopedStatement stmt = db->Prepare("PRAGMA journal_mode = WAL");
    if (!stmt.ok()) return stmt.status();
    std::string mode = stmt->Step() ? stmt->ColumnText(0) : std::string();
    if (!stmt->status().ok()) {
      return Status::Error(
          fmt::format("cannot use a write-ahead log for {}: {}", path, stmt->status().message()));
    }
    // "memory" is what an in-memory database answers; it has no readers to share with.
    if (mode != "wal" && mode != "memory") {
      return Status::Error(fmt::format("cannot use a write-ahead log for {} (journal mode {})",
                                       path, mode));
    }
  }

  if (at < kCurrentVersion) {
    s = Migrate(db, path);
    if (!s.ok()) return s;
    s = ReadVersion(db, &at);
    if (!s.ok()) return s;
  }
  *version = static_cast<int>(at);
  return Status::Ok();
}

}  // namespace sitrep::store
