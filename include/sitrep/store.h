// store: the embedded SQLite store. One file, WAL mode, a versioned schema migrated on
// open, an FTS5 index over title and text that is written in the same transaction as
// the articles, so that the two never diverge.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/analysis.h"
#include "sitrep/article.h"
#include "sitrep/status.h"
#include "sitrep/store_copies.h"
#include "sitrep/store_events.h"
#include "sitrep/store_facts.h"

namespace sitrep::store {

// An article as stored: the Article plus its insertion sequence number.
struct StoredArticle {
  int64_t seq = 0;          // 1, 2, 3... in the order articles were first stored
  std::string ingested_at;  // UTC, ISO 8601
  // The first 240 characters of the text, read even when the text is not, so that
  // listings can show the lead of an article that has no headline.
  std::string lead;
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

// Date bounds (ListOptions and SearchQuery) compare the stored dates as strings, the
// way ISO 8601 sorts: since "2022-02" keeps "2022-02-01" and later; until "2022-02-10"
// keeps everything that starts with "2022-02-10", so the whole day. A date that is
// less precise than the bound counts as the start of its period: "2022-02" is kept by
// until "2022-02-10" but not by since "2022-02-10". Undated articles are left out as
// soon as either bound is given. Bounds must pass IsValidDateBound.
struct ListOptions {
  std::string since;   // inclusive, ISO date or date-time prefix; empty: no bound
  std::string until;   // inclusive (a date includes its whole day)
  std::string source;  // exact source name, case-insensitive; empty: any
  // Only the articles of one storyline, of one event, or naming one entity; 0: any.
  int64_t storyline = 0;
  int64_t event = 0;
  int64_t entity = 0;
  int64_t limit = -1;  // -1: all
  int64_t offset = 0;
  bool with_text = false;
  // Newest published first (ISO dates sort as strings), undated articles after the
  // dated ones, newest stored first; otherwise the order in which they were stored.
  bool newest_first = false;
};

struct SearchQuery {
  // Words and "quoted phrases", all required; OR between two terms makes either enough;
  // a leading '-' excludes a word or phrase. Words match their inflections ("troop"
  // finds "troops"), regardless of case and accents. Never interpreted as raw FTS5
  // syntax, so any user input is safe: the only query error is "empty query", when
  // nothing searchable is left (no words, or only excluded ones).
  // At most 64 terms count; the rest are ignored.
  std::string text;
  std::string since, until, source;
  int64_t storyline = 0;  // only articles of this storyline; 0: any
  int64_t entity = 0;     // only articles naming this entity; 0: any
  int64_t limit = 20;  // -1: all
  int64_t offset = 0;
};

struct SearchHit {
  StoredArticle article;   // without text
  std::string snippet;     // about 24 words of the text, matched words wrapped in [ and ],
                           // cuts marked with "…"
  double score = 0.0;      // BM25 with title words weighing 5 times text words; > 0,
                           // higher is better
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
  std::vector<CountByKey> by_day;                // "YYYY-MM-DD", in date order; articles
                                                 // dated to the month or year only are
                                                 // counted in `dated` but not here
  int64_t files = 0;                             // files fully ingested
  int64_t analysed = 0;                          // articles the extractors read
  int64_t entities = 0;                          // corpus entities, merged
  int64_t quotes = 0;
  int64_t figures = 0;
  int64_t copies = 0;                            // articles that copy an earlier one
  int64_t copy_groups = 0;
  int64_t events = 0;
  int64_t storylines = 0;
};

// A Store may be shared between threads: its calls are serialized on one connection.
// Threads that read in parallel (an HTTP server) do better with a Store each; any
// number of Stores, in any number of processes, may open the same file, and readers
// never wait for the writer.
// One transaction's worth of work for CommitBatch.
struct Batch {
  std::vector<Article> articles;
  // Either empty or one entry per article (facts[i] and copies[i] belong to
  // articles[i]); kept for the articles that are new.
  std::vector<extract::ArticleFacts> facts;
  std::vector<CopyRecord> copies;
  std::vector<EventRecord> events;
  std::vector<FileMark> done_files;
  // Either empty or one entry per article: the keys its paragraphs taught the
  // furniture learner (ingest::EncodeParagraphKeys), kept for the articles that are new.
  std::vector<std::string> paragraph_keys;
};

class Store {
 public:
  // Opens or creates the store at `path` and migrates its schema to the current
  // version. Fails ("not a sitrep store: ...") on a file that is not a SQLite database
  // or is one that sitrep did not create, and on a store written by a newer sitrep.
  static Status Open(const std::string& path, std::unique_ptr<Store>* store);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static int CurrentSchemaVersion();
  int SchemaVersion() const;

  // Stores the articles not yet present and marks the files done, all in one
  // transaction: after a crash either all of it is there or none of it. An article
  // whose id is stored already (or appears earlier in the batch) counts as a
  // duplicate and changes nothing; a file mark replaces an older mark of its path.
  // Every article needs an id. On failure nothing is stored and the message says why.
  Status CommitBatch(const std::vector<Article>& articles,
                     const std::vector<FileMark>& done_files, BatchResult* result);
  // The same, with the facts of each article (facts[i] belongs to articles[i]); they
  // are stored with the articles that are new, in the same transaction.
  Status CommitBatch(const std::vector<Article>& articles,
                     const std::vector<extract::ArticleFacts>& facts,
                     const std::vector<FileMark>& done_files, BatchResult* result);

  // The same, from a Batch.
  Status CommitBatch(const Batch& batch, BatchResult* result);

  // For each id, whether the store holds an article with it.
  Status ContainsArticles(const std::vector<std::string>& ids, std::vector<bool>* found) const;
  // Calls `f` with every stored copy signature, in storing order, with its article's id
  // and published date; stops at the first read error.
  Status ForEachCopySignature(
      const std::function<void(const std::string& id, const std::string& published,
                               const std::string& signature)>& f) const;
  // Calls `f` with every stored article's source, address and paragraph keys, in
  // storing order.
  Status ForEachParagraphKeys(
      const std::function<void(const std::string& source, const std::string& url,
                               const std::string& keys)>& f) const;
  // Calls `f` with every stored article's event features, in storing order, with the
  // event of the article it copies (0 when it is not a copy).
  Status ForEachEventFeatures(
      const std::function<void(const std::string& features, int64_t copy_of_event)>& f) const;
  // The event of each article id given (0 when it has none or is not stored).
  Status EventsOf(const std::vector<std::string>& ids, std::vector<int64_t>* events) const;
  // The event of every article of a storyline, as (article seq, event id) pairs in
  // storing order: one read where EventsOf would look each article up.
  Status StorylineEvents(int64_t storyline, std::vector<std::pair<int64_t, int64_t>>* seq_events) const;
  // Storylines and events, most articles first; one article's event and storyline.
  Status ListStorylines(const ClusterQuery& query, std::vector<StoredCluster>* out) const;
  Status ListEvents(const ClusterQuery& query, std::vector<StoredCluster>* out) const;
  Status GetArticleEvent(const std::string& article_id, int64_t* event, int64_t* storyline) const;

  // Copy groups, largest first, then by first member; and one article's copy group.
  Status ListCopyGroups(const CopyQuery& query, std::vector<CopyGroup>* out) const;
  Status GetArticleCopies(const std::string& article_id, ArticleCopies* out) const;

  // Settings kept in the store (the meta table): "" when `key` is not set.
  Status GetSetting(const std::string& key, std::string* value) const;
  Status PutSetting(const std::string& key, const std::string& value);

  // True when `path` was fully ingested with this size and mtime.
  bool IsFileDone(const std::string& path, int64_t size, int64_t mtime_ns) const;

  int64_t ArticleCount() const;
  // The sequence number of the last stored article (0 when none): it changes with every
  // committed batch, and only then, so a reader can tell that what it computed is stale.
  int64_t LastSeq() const;
  // Articles in the order they were first stored (seq): stable while the store grows,
  // so that limit/offset pages neither skip nor repeat articles. Fails on an invalid
  // date bound or a read error.
  Status ListArticles(const ListOptions& options, std::vector<StoredArticle>* out) const;
  // The same, empty on any error.
  std::vector<StoredArticle> ListArticles(const ListOptions& options) const;
  // Finds an article by its id or a unique prefix of it (at least 4 hex digits).
  // Fails with "no article with id X", "id prefix X is ambiguous (N articles)" or
  // "not an article id: X" (too short, or not hex).
  Status GetArticle(const std::string& id_or_prefix, StoredArticle* out) const;
  // Best matches first (then in storing order); see SearchQuery for the syntax.
  Status Search(const SearchQuery& query, std::vector<SearchHit>* hits) const;
  // Facts: entities of the corpus (most articles first), quotes, figures and time
  // expressions (in the order their articles were stored, then in text order), and all
  // facts of one article. Fail on an invalid date bound or a read error.
  Status ListEntities(const EntityQuery& query, std::vector<StoredEntity>* out) const;
  Status ListQuotes(const QuoteQuery& query, std::vector<StoredQuote>* out) const;
  Status ListFigures(const FigureQuery& query, std::vector<StoredFigure>* out) const;
  // Articles per publication day ("YYYY-MM-DD", in date order) of one storyline, or of
  // the whole store when `storyline` is 0.
  Status ArticlesPerDay(int64_t storyline, std::vector<CountByKey>* out) const;
  Status GetArticleFacts(const std::string& article_id, ArticleFactsView* out) const;
  // The time expressions of each article given by seq (out[i] belongs to seqs[i]), in
  // text order, read in one snapshot; their `from` is left empty, since the caller
  // holds the articles.
  Status ArticleTimes(const std::vector<int64_t>& seqs, std::vector<std::vector<StoredTime>>* out) const;
  // All counts are read from one snapshot, so they agree with each other.
  Status Stats(CorpusStats* stats) const;
  // The same, zeros on a read error.
  CorpusStats Stats() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Validates a --since/--until value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or
// YYYY-MM-DDTHH:MM:SS, with real months, days (leap years included) and times.
bool IsValidDateBound(const std::string& value);

}  // namespace sitrep::store
