// store: the embedded SQLite store. One file, WAL mode, a versioned schema migrated on
// open, an FTS5 index over title and text that is written in the same transaction as
// the articles, so that the two never diverge.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::store {

// An article as stored: the Article plus its insertion sequence number.
struct StoredArticle {
  int64_t seq = 0;          // 1, 2, 3... in the order articles were first stored
  std::string ingested_at;  // UTC, ISO 8601
  Article article;
};

// A file whose records are all committed: a re-run skips it while size and mtime match.
struct FileMark {
  std::string path;
  int64_t size = 0;
  int64_t mtime_ns = 0;
  int64_t articles = 0;  // records it yielded
};

struct BatchResult {
  int64_t added = 0;       // articles new to the store
  int64_t duplicates = 0;  // articles already stored (same id)
};

struct ListOptions {
  std::string since;   // inclusive, ISO date or date-time prefix; empty: no bound
  std::string until;   // inclusive (a date includes its whole day)
  std::string source;  // exact source name, case-insensitive; empty: any
  int64_t limit = -1;  // -1: all
  int64_t offset = 0;
  bool with_text = false;
};

struct SearchQuery {
  // Words and "quoted phrases", all required; OR between two terms makes either enough.
  // Never interpreted as raw FTS5 syntax, so any user input is safe.
  std::string text;
  std::string since, until, source;
  int64_t limit = 20;
  int64_t offset = 0;
};

struct SearchHit {
  StoredArticle article;   // without text
  std::string snippet;     // matched words wrapped in [ and ]
  double score = 0.0;      // BM25, higher is better
};

struct CountByKey {
  std::string key;
  int64_t count = 0;
};

struct CorpusStats {
  int64_t articles = 0;
  int64_t dated = 0;
  std::string first_published, last_published;  // empty when nothing is dated
  std::vector<CountByKey> by_source;             // most articles first; "" = unknown
  std::vector<CountByKey> by_language;
  std::vector<CountByKey> by_day;                // "YYYY-MM-DD", in date order
  int64_t files = 0;                             // files fully ingested
};

class Store {
 public:
  // Opens or creates the store at `path` and migrates its schema to the current
  // version. Fails on a file that is not a sitrep store or is newer than this binary.
  static Status Open(const std::string& path, std::unique_ptr<Store>* store);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static int CurrentSchemaVersion();
  int SchemaVersion() const;

  // Stores the articles not yet present and marks the files done, all in one
  // transaction: after a crash either all of it is there or none of it.
  Status CommitBatch(const std::vector<Article>& articles,
                     const std::vector<FileMark>& done_files, BatchResult* result);

  // True when `path` was fully ingested with this size and mtime.
  bool IsFileDone(const std::string& path, int64_t size, int64_t mtime_ns) const;

  int64_t ArticleCount() const;
  std::vector<StoredArticle> ListArticles(const ListOptions& options) const;
  // Finds an article by its id or a unique prefix of it (at least 4 hex digits).
  Status GetArticle(const std::string& id_or_prefix, StoredArticle* out) const;
  Status Search(const SearchQuery& query, std::vector<SearchHit>* hits) const;
  CorpusStats Stats() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Validates a --since/--until value: YYYY, YYYY-MM, YYYY-MM-DD or a date-time.
bool IsValidDateBound(const std::string& value);

}  // namespace sitrep::store
