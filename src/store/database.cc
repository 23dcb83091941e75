#include "store/database.h"

#include <fmt/format.h>

#include <utility>

namespace sitrep::store {

// ---- Statement ----

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), status_(std::move(other.status_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    status_ = std::move(other.status_);
  }
  return *this;
}

void Statement::Fail(int code) {
  if (!status_.ok()) return;  // keep the first error: later ones are its consequences
  sqlite3* db = sqlite3_db_handle(stmt_);
  status_ = Status::Error(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

void Statement::BindNull(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) Fail(rc);
}

void Statement::BindInt64(int index, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) Fail(rc);
}

void Statement::BindDouble(int index, double value) {
  const int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK) Fail(rc);
}

void Statement::BindText(int index, std::string_view value) {
  // data() of an empty view may be null, which SQLite would bind as NULL.
  const char* data = value.empty() ? "" : value.data();
  const int rc = sqlite3_bind_text64(stmt_, index, data, value.size(), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
  if (rc != SQLITE_OK) Fail(rc);
}

void Statement::BindBlob(int index, std::string_view value) {
  const char* data = value.empty() ? "" : value.data();
  const int rc = sqlite3_bind_blob64(stmt_, index, data, value.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) Fail(rc);
}

std::string Statement::ColumnBlob(int column) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  if (data == nullptr) return std::string();
  return std::string(data, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

void Statement::BindTextOrNull(int index, std::string_view value) {
  if (value.empty()) {
    BindNull(index);
  } else {
    BindText(index, value);
  }
}

bool Statement::Step() {
  if (!status_.ok()) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) Fail(rc);
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  return status_;
}

int64_t Statement::ColumnInt64(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::ColumnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::ColumnText(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return std::string();
  // The byte count, not strlen: text may hold NUL bytes.
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Statement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

void Statement::Reset() {
  // The return value of sqlite3_reset repeats the last step's error, already recorded.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

// ---- ScopedStatement ----

ScopedStatement::ScopedStatement(ScopedStatement&& other) noexcept
    : owned_(std::move(other.owned_)),
      statement_(std::exchange(other.statement_, nullptr)),
      in_use_(std::exchange(other.in_use_, nullptr)),
      error_(std::move(other.error_)) {}

ScopedStatement::~ScopedStatement() {
  if (statement_ != nullptr) statement_->Reset();
  if (in_use_ != nullptr) *in_use_ = false;
}

// ---- Database ----

Database::~Database() {
  cache_.clear();  // statements must be finalized before their connection closes
  sqlite3_close_v2(db_);
}

Status Database::Open(const std::string& path, int flags) {
  cache_.clear();
  sqlite3_close_v2(db_);
  db_ = nullptr;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    // Even a failed open may allocate a handle, which carries the message.
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::Error(std::move(message));
  }
  sqlite3_extended_result_codes(db, 1);
  db_ = db;
  return Status::Ok();
}

Status Database::Exec(std::string_view sql) {
  const std::string text(sql);  // sqlite3_exec wants a NUL-terminated string
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string message = error ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  return Status::Error(std::move(message));
}

Status Database::QueryInt64(std::string_view sql, int64_t* value) {
  ScopedStatement stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  if (!stmt->Step()) {
    if (!stmt->status().ok()) return stmt->status();
    return Status::Error(fmt::format("no result from: {}", sql));
  }
  *value = stmt->ColumnInt64(0);
  return Status::Ok();
}

ScopedStatement Database::Prepare(std::string_view sql) {
  auto prepare = [this, sql](Statement* out) -> Status {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return Status::Error(sqlite3_errmsg(db_));
    }
    *out = Statement(stmt);
    return Status::Ok();
  };

  const std::string key(sql);
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    auto entry = std::make_unique<CachedStatement>();
    Status s = prepare(&entry->statement);
    if (!s.ok()) return ScopedStatement(std::move(s));
    it = cache_.emplace(key, std::move(entry)).first;
  }
  CachedStatement& entry = *it->second;
  if (entry.in_use) {
    // The same SQL is already running further up the stack (a query nested in its own
    // loop): give this caller a private copy rather than reset the other's cursor.
    auto owned = std::make_unique<Statement>();
    Status s = prepare(owned.get());
    if (!s.ok()) return ScopedStatement(std::move(s));
    return ScopedStatement(std::move(owned));
  }
  entry.in_use = true;
  return ScopedStatement(&entry.statement, &entry.in_use);
}

// ---- Transaction ----

Transaction::~Transaction() { Rollback(); }

Status Transaction::Begin() {
  Status s = db_->Exec("BEGIN IMMEDIATE");
  active_ = s.ok();
  return s;
}

Status Transaction::BeginRead() {
  Status s = db_->Exec("BEGIN DEFERRED");
  active_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  Status s = db_->Exec("COMMIT");
  if (s.ok()) {
    active_ = false;
    return s;
  }
  Rollback();  // a COMMIT that failed (busy, I/O) leaves the transaction open
  return s;
}

void Transaction::Rollback() {
  if (!active_) return;
  active_ = false;
  if (db_->InTransaction()) db_->Exec("ROLLBACK");
}

}  // namespace sitrep::store
