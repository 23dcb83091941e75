// The parts of the store shared by its implementation files: the connection behind a
// Store, and the article filters every listing applies.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/store.h"
#include "store/database.h"
#include "store/fts_tokenizer.h"

namespace sitrep::store {

// Read-only connections for the long listings (ReadLease), kept once opened.
struct ReaderPool {
  std::mutex mu;
  std::vector<std::unique_ptr<Database>> idle;
};

struct Store::Impl {
  std::string path;
  int schema_version = 0;
  std::mutex mu;  // one connection, one caller at a time
  Database db;
  // Declared after db: destroyed first, as it belongs to the connection.
  std::unique_ptr<FtsTokenizer> tokenizer;
  ReaderPool readers;
};

// A connection to read from for one long listing: the store's own when it is free,
// else a read-only one of its own, so that two listings (a report's figures and its
// quotes) run side by side instead of one waiting for the other. WAL mode lets the
// readers run beside a writer too. Falls back to waiting for the store's connection
// when no reader can be opened (an in-memory store).
class ReadLease {
 public:
  // `path` is the store's file, which the read-only connections open.
  ReadLease(std::mutex* main_mu, Database* main_db, ReaderPool* pool, const std::string& path);
  ~ReadLease();
  ReadLease(const ReadLease&) = delete;
  ReadLease& operator=(const ReadLease&) = delete;

  Database& db() { return own_ != nullptr ? *own_ : *main_db_; }

 private:
  Database* main_db_;
  ReaderPool* pool_;
  std::unique_lock<std::mutex> main_;
  std::unique_ptr<Database> own_;
};

// The WHERE conditions for date and source filters on articles `a`, with numbered
// parameters from `first_param` on, and the values to bind to them in order.
struct Filters {
  std::string sql;  // " AND ..." per active filter
  std::vector<std::string> values;
  int next_param = 1;  // the first parameter number after the filters'

  // Binds the filter values to their parameters.
  void Bind(Statement* stmt, int first_param) const {
    for (size_t i = 0; i < values.size(); ++i) {
      stmt->BindText(first_param + static_cast<int>(i), values[i]);
    }
  }
};

// Validates the bounds and builds the conditions on articles `a`, numbering parameters
// from `first_param`.
Status BuildFilters(const std::string& since, const std::string& until,
                    const std::string& source, int first_param, Filters* filters);

// Restricts articles to one storyline, one event, or those naming one entity (each 0:
// no restriction), by conditions on `seq_column`, the article sequence number of the
// query's rows ("a.seq", "q.article_seq").
struct ArticleScope {
  int64_t storyline = 0, event = 0, entity = 0;
};
void AddScope(const ArticleScope& scope, std::string_view seq_column, Filters* filters);

}  // namespace sitrep::store
