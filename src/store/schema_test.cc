#include "store/schema.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "sitrep/store.h"
#include "store/testing.h"

namespace sitrep::store {
namespace {

using ::testing::HasSubstr;

// Reads the store file directly, past the Store's interface.
class RawFile {
 public:
  explicit RawFile(const std::string& path) {
    EXPECT_TRUE(db_.Open(path, SQLITE_OPEN_READWRITE).ok());
  }
  int64_t Int(const std::string& sql) {
    int64_t v = -1;
    Status s = db_.QueryInt64(sql, &v);
    EXPECT_TRUE(s.ok()) << sql << ": " << s.message();
    return v;
  }
  std::string Text(const std::string& sql) {
    ScopedStatement stmt = db_.Prepare(sql);
    EXPECT_TRUE(stmt.ok()) << sql;
    if (!stmt.ok() || !stmt->Step()) return "<none>";
    return stmt->ColumnText(0);
  }
  // Every schema object, to compare before and after.
  std::string Schema() {
    std::string all;
    ScopedStatement stmt = db_.Prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name");
    while (stmt->Step()) {
      all += stmt->ColumnText(0) + " " + stmt->ColumnText(1) + " " + stmt->ColumnText(2) + "\n";
    }
    return all;
  }
  Database& db() { return db_; }

 private:
  Database db_;
};

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(dir_.ok()); }
  testing::TempDir dir_;
};

TEST_F(SchemaTest, NewStoreHasTheCurrentSchema) {
  const std::string path = dir_.File("new.db");
  {
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, &store);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(store->SchemaVersion(), Store::CurrentSchemaVersion());
    EXPECT_GE(Store::CurrentSchemaVersion(), 1);
    EXPECT_EQ(store->ArticleCount(), 0);
  }
  RawFile raw(path);
  EXPECT_EQ(raw.Int("PRAGMA user_version"), Store::CurrentSchemaVersion());
  EXPECT_EQ(raw.Text("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(raw.Text("SELECT value FROM meta WHERE key = 'application'"), "sitrep");
  for (const char* name : {"articles", "articles_fts", "files", "meta", "articles_by_published",
                           "articles_by_source"}) {
    EXPECT_EQ(raw.Int(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + name +
                      "'"),
              1)
        << name;
  }
  EXPECT_THAT(raw.Text("SELECT sql FROM sqlite_schema WHERE name = 'articles_fts'"),
              HasSubstr("porter unicode61 remove_diacritics 2"));
}

TEST_F(SchemaTest, ReopeningChangesNothing) {
  const std::string path = dir_.File("again.db");
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, &store).ok());
  BatchResult result;
  ASSERT_TRUE(store->CommitBatch({testing::MakeArticle(testing::TestId(1, 1), "t", "x")}, {},
                                 &result)
                  .ok());
  store.reset();
  std::string before;
  {
    RawFile raw(path);
    before = raw.Schema();
  }
  for (int i = 0; i < 3; ++i) {
    Status s = Store::Open(path, &store);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(store->SchemaVersion(), Store::CurrentSchemaVersion());
    EXPECT_EQ(store->ArticleCount(), 1);
    store.reset();
  }
  RawFile raw(path);
  EXPECT_EQ(raw.Schema(), before);
  EXPECT_EQ(raw.Int("SELECT count(*) FROM meta"), 1);  // the marker was not written twice
}

TEST_F(SchemaTest, TwoStoresMayOpenTheSameFile) {
  const std::string path = dir_.File("shared.db");
  std::unique_ptr<Store> a, b;
  ASSERT_TRUE(Store::Open(path, &a).ok());
  Status s = Store::Open(path, &b);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(b->SchemaVersion(), a->SchemaVersion());
}

TEST_F(SchemaTest, ZeroLengthFileBecomesAStore) {
  const std::string path = dir_.File("empty.db");
  std::ofstream(path).close();
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(store->SchemaVersion(), Store::CurrentSchemaVersion());
}

TEST_F(SchemaTest, RefusesAndLeavesAloneAForeignSqliteDatabase) {
  const std::string path = dir_.File("foreign.db");
  {
    Database db;
    ASSERT_TRUE(db.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db.Exec("CREATE TABLE meta(key TEXT, value TEXT);"
                        "INSERT INTO meta VALUES ('application', 'other');"
                        "CREATE TABLE notes(x)")
                    .ok());
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("not a sitrep store: " + path));
  EXPECT_EQ(store, nullptr);

  RawFile raw(path);
  EXPECT_EQ(raw.Text("PRAGMA journal_mode"), "delete");  // not switched to WAL
  EXPECT_EQ(raw.Int("SELECT count(*) FROM sqlite_schema"), 2);
  EXPECT_EQ(raw.Int("PRAGMA user_version"), 0);
}

TEST_F(SchemaTest, RefusesASqliteDatabaseWithoutMeta) {
  const std::string path = dir_.File("plain.db");
  {
    Database db;
    ASSERT_TRUE(db.Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db.Exec("CREATE TABLE articles(x)").ok());
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("not a sitrep store"));
}

TEST_F(SchemaTest, RefusesAFileThatIsNotADatabase) {
  const std::string path = dir_.File("notes.txt");
  {
    std::ofstream out(path);
    for (int i = 0; i < 200; ++i) out << "Troops massed near the border, officials said.\n";
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("not a sitrep store: " + path));
  EXPECT_THAT(s.message(), HasSubstr("not a database"));
}

TEST_F(SchemaTest, RefusesASchemaNewerThanThisBinary) {
  const std::string path = dir_.File("future.db");
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, &store).ok());
  }
  {
    RawFile raw(path);
    ASSERT_TRUE(raw.db()
                    .Exec("PRAGMA user_version = " +
                          std::to_string(Store::CurrentSchemaVersion() + 1))
                    .ok());
  }
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("newer"));
  EXPECT_THAT(s.message(), HasSubstr(path));
}

TEST_F(SchemaTest, ReportsAPathThatCannotBeCreated) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(dir_.File("missing/sub/store.db"), &store);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cannot open store"));
}

}  // namespace
}  // namespace sitrep::store
