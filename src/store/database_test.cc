#include "store/database.h"

#include <gtest/gtest.h>

#include <string>

#include "store/testing.h"

namespace sitrep::store {
namespace {

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    ASSERT_TRUE(db_.Open(dir_.File("t.db"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db_.Exec("CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT)").ok());
  }

  int64_t Count() {
    int64_t n = -1;
    EXPECT_TRUE(db_.QueryInt64("SELECT count(*) FROM t", &n).ok());
    return n;
  }

  testing::TempDir dir_;
  Database db_;
};

TEST_F(DatabaseTest, CachedStatementIsResetAndUnboundAfterUse) {
  {
    ScopedStatement insert = db_.Prepare("INSERT INTO t(k, v) VALUES (?1, ?2)");
    ASSERT_TRUE(insert.ok());
    insert->BindInt64(1, 1);
    insert->BindText(2, "one");
    ASSERT_TRUE(insert->Run().ok());
  }
  {
    // The same statement again: its old values must be gone (k NULL = a new rowid,
    // v NULL).
    ScopedStatement insert = db_.Prepare("INSERT INTO t(k, v) VALUES (?1, ?2)");
    ASSERT_TRUE(insert.ok());
    ASSERT_TRUE(insert->Run().ok());
  }
  ScopedStatement select = db_.Prepare("SELECT k, v FROM t ORDER BY k");
  ASSERT_TRUE(select->Step());
  EXPECT_EQ(select->ColumnInt64(0), 1);
  EXPECT_EQ(select->ColumnText(1), "one");
  ASSERT_TRUE(select->Step());
  EXPECT_EQ(select->ColumnInt64(0), 2);
  EXPECT_TRUE(select->ColumnIsNull(1));
  EXPECT_EQ(select->ColumnText(1), "");
  EXPECT_FALSE(select->Step());
  EXPECT_TRUE(select->status().ok());
}

TEST_F(DatabaseTest, NestedUseOfTheSameSqlGetsItsOwnCursor) {
  ASSERT_TRUE(db_.Exec("INSERT INTO t(k, v) VALUES (1, 'a'), (2, 'b'), (3, 'c')").ok());
  const char* sql = "SELECT k FROM t WHERE k >= ?1 ORDER BY k";
  ScopedStatement outer = db_.Prepare(sql);
  outer->BindInt64(1, 1);
  int64_t pairs = 0;
  while (outer->Step()) {
    ScopedStatement inner = db_.Prepare(sql);
    ASSERT_TRUE(inner.ok());
    inner->BindInt64(1, outer->ColumnInt64(0));
    while (inner->Step()) ++pairs;
    ASSERT_TRUE(inner->status().ok());
  }
  EXPECT_TRUE(outer->status().ok());
  EXPECT_EQ(pairs, 3 + 2 + 1);
}

TEST_F(DatabaseTest, TextKeepsEmbeddedNulAndEmptyIsNotNull) {
  const std::string value("a\0b", 3);
  ScopedStatement insert = db_.Prepare("INSERT INTO t(k, v) VALUES (?1, ?2)");
  insert->BindInt64(1, 1);
  insert->BindText(2, value);
  ASSERT_TRUE(insert->Run().ok());
  insert->Reset();
  insert->BindInt64(1, 2);
  insert->BindText(2, std::string_view());
  ASSERT_TRUE(insert->Run().ok());
  insert->Reset();
  insert->BindInt64(1, 3);
  insert->BindTextOrNull(2, "");
  ASSERT_TRUE(insert->Run().ok());

  ScopedStatement select = db_.Prepare("SELECT v, v IS NULL FROM t ORDER BY k");
  ASSERT_TRUE(select->Step());
  EXPECT_EQ(select->ColumnText(0), value);
  ASSERT_TRUE(select->Step());
  EXPECT_EQ(select->ColumnInt64(1), 0);  // "" bound as text stays text
  ASSERT_TRUE(select->Step());
  EXPECT_EQ(select->ColumnInt64(1), 1);  // BindTextOrNull("") is NULL
}

TEST_F(DatabaseTest, ErrorsAreReportedAndStickyUntilReset) {
  ScopedStatement bad = db_.Prepare("SELEKT 1");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("syntax error"), std::string::npos);

  ScopedStatement insert = db_.Prepare("INSERT INTO t(k, v) VALUES (?1, ?2)");
  insert->BindInt64(7, 1);  // no such parameter
  insert->BindInt64(1, 1);
  Status s = insert->Run();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("range"), std::string::npos) << s.message();
  EXPECT_EQ(Count(), 0);  // never stepped
  insert->Reset();
  insert->BindInt64(1, 1);
  EXPECT_TRUE(insert->Run().ok());
  insert->Reset();
  insert->BindInt64(1, 1);  // the same key again
  s = insert->Run();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("UNIQUE"), std::string::npos) << s.message();
}

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted) {
  {
    Transaction transaction(&db_);
    ASSERT_TRUE(transaction.Begin().ok());
    EXPECT_TRUE(db_.InTransaction());
    ASSERT_TRUE(db_.Exec("INSERT INTO t(k) VALUES (1)").ok());
  }
  EXPECT_FALSE(db_.InTransaction());
  EXPECT_EQ(Count(), 0);
  {
    Transaction transaction(&db_);
    ASSERT_TRUE(transaction.Begin().ok());
    ASSERT_TRUE(db_.Exec("INSERT INTO t(k) VALUES (1)").ok());
    ASSERT_TRUE(transaction.Commit().ok());
  }
  EXPECT_EQ(Count(), 1);
}

TEST_F(DatabaseTest, ReadSnapshotIgnoresLaterCommits) {
  ASSERT_TRUE(db_.Exec("PRAGMA journal_mode = WAL").ok());
  Database other;
  ASSERT_TRUE(other.Open(dir_.File("t.db"), SQLITE_OPEN_READWRITE).ok());
  Transaction snapshot(&other);
  ASSERT_TRUE(snapshot.BeginRead().ok());
  int64_t n = -1;
  ASSERT_TRUE(other.QueryInt64("SELECT count(*) FROM t", &n).ok());
  EXPECT_EQ(n, 0);
  ASSERT_TRUE(db_.Exec("INSERT INTO t(k) VALUES (1)").ok());
  ASSERT_TRUE(other.QueryInt64("SELECT count(*) FROM t", &n).ok());
  EXPECT_EQ(n, 0);
  snapshot.Rollback();
  ASSERT_TRUE(other.QueryInt64("SELECT count(*) FROM t", &n).ok());
  EXPECT_EQ(n, 1);
}

TEST(DatabaseOpenTest, ReportsWhyAFileCannotBeOpened) {
  Database db;
  Status s = db.Open("/nonexistent-dir/sub/t.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unable to open"), std::string::npos) << s.message();
  EXPECT_FALSE(db.is_open());
}

}  // namespace
}  // namespace sitrep::store
