// Thin RAII owners of a SQLite connection, its prepared statements and its
// transactions. They add no policy: the store decides what to run, these only make
// sure every handle is finalized, every cached statement is reset after use and
// every failed transaction is rolled back.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sitrep/status.h"

namespace sitrep::store {

// A prepared statement. Errors (from binding or stepping) are sticky until Reset(),
// so a caller may bind several values and check once, after stepping.
class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are numbered from 1, as in SQLite. Text is copied, so the argument
  // need not outlive the call.
  void BindNull(int index);
  void BindInt64(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindText(int index, std::string_view value);
  // Binds NULL for an empty string: optional fields are NULL in the store so that
  // comparisons and GROUP BY treat "unknown" as SQL does.
  void BindTextOrNull(int index, std::string_view value);
  void BindBlob(int index, std::string_view value);

  // Advances to the next row: true while a row is available, false when the
  // statement is done or failed (see status()).
  bool Step();
  // Steps a statement that returns no rows (INSERT, UPDATE...) to completion.
  Status Run();
  const Status& status() const { return status_; }

  // Columns are numbered from 0. NULL reads as 0 or "".
  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;
  std::string ColumnBlob(int column) const;
  bool ColumnIsNull(int column) const;

  // Makes the statement ready to run again: resets it, clears its bindings and errors.
  void Reset();

  sqlite3_stmt* get() const { return stmt_; }

 private:
  void Fail(int code);

  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

class Database;

// A statement borrowed from a Database's cache; reset when the borrow ends so that it
// holds no read transaction open and keeps no bound values. Holds an error instead
// when the SQL could not be prepared.
class ScopedStatement {
 public:
  ScopedStatement(ScopedStatement&& other) noexcept;
  ScopedStatement& operator=(ScopedStatement&&) = delete;
  ~ScopedStatement();

  bool ok() const { return statement_ != nullptr; }
  const Status& status() const { return error_; }
  Statement* operator->() const { return statement_; }
  Statement& operator*() const { return *statement_; }

 private:
  friend class Database;
  explicit ScopedStatement(Status error) : error_(std::move(error)) {}
  ScopedStatement(Statement* cached, bool* in_use) : statement_(cached), in_use_(in_use) {}
  explicit ScopedStatement(std::unique_ptr<Statement> owned)
      : owned_(std::move(owned)), statement_(owned_.get()) {}

  std::unique_ptr<Statement> owned_;  // set when the cached copy was already borrowed
  Statement* statement_ = nullptr;
  bool* in_use_ = nullptr;
  Status error_;
};

// A connection. Not thread-safe: the owner serializes calls.
class Database {
 public:
  Database() = default;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens `path` with sqlite3_open_v2 `flags`. Extended result codes are enabled.
  Status Open(const std::string& path, int flags);
  bool is_open() const { return db_ != nullptr; }

  // Runs one or more SQL statements that return nothing of interest.
  Status Exec(std::string_view sql);
  // Runs a query expected to return one integer (SELECT count(*), PRAGMA user_version).
  Status QueryInt64(std::string_view sql, int64_t* value);

  // A prepared statement for `sql`, prepared on first use and reused afterwards:
  // preparing costs about as much as running a small INSERT.
  ScopedStatement Prepare(std::string_view sql);

  int64_t Changes() const { return sqlite3_changes64(db_); }
  int64_t LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
  bool InTransaction() const { return db_ != nullptr && sqlite3_get_autocommit(db_) == 0; }
  // The message and extended code of the most recent failure on this connection.
  std::string ErrorMessage() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }
  int ErrorCode() const { return db_ ? sqlite3_extended_errcode(db_) : SQLITE_MISUSE; }

  sqlite3* handle() const { return db_; }

 private:
  struct CachedStatement {
    Statement statement;
    bool in_use = false;
  };

  sqlite3* db_ = nullptr;
  // Keyed by SQL text; the store builds a bounded number of distinct statements (one per
  // combination of filters), so the cache needs no eviction.
  std::unordered_map<std::string, std::unique_ptr<CachedStatement>> cache_;
};

// BEGIN IMMEDIATE ... COMMIT, or BEGIN ... for a read snapshot. IMMEDIATE takes the write lock up front, so a writer
// waits for another writer through the busy timeout instead of failing half-way when
// it tries to upgrade a read lock. Rolls back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Database* db) : db_(db) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  Status Begin();
  // BEGIN DEFERRED, for reads only: every query until the end sees one snapshot of
  // the store, even while another connection commits.
  Status BeginRead();
  Status Commit();
  // Undoes everything since Begin(); harmless when SQLite already rolled back by itself
  // (it does after some errors, such as a full disk).
  void Rollback();

 private:
  Database* db_;
  bool active_ = false;
};

}  // namespace sitrep::store
