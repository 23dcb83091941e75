#include "store/fts_query.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/fts_tokenizer.h"

namespace sitrep::store {
namespace {

using ::testing::HasSubstr;

// Runs expressions against a real FTS5 table with the store's tokenizer, so that
// "FTS5 accepts it" and "it finds the right rows" are checked by FTS5 itself.
class FtsQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(db_.Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
    ASSERT_TRUE(db_.Exec("CREATE VIRTUAL TABLE f USING fts5(title, text, "
                         "tokenize='porter unicode61 remove_diacritics 2');"
                         "INSERT INTO f(rowid, title, text) VALUES "
                         "(1, 'Troops gather', 'Russian troops gathered near the border.'),"
                         "(2, 'Talks in Geneva', 'Diplomats met for talks about the border.'),"
                         "(3, 'Kirby briefing', 'John Kirby said the troop build-up continues.'),"
                         "(4, 'Kyïv', 'Zelenský spoke in Kyiv about a 24/7 watch.')")
                    .ok());
    ASSERT_TRUE(FtsTokenizer::Create(&db_, &tokenizer_).ok());
  }

  Status Build(const std::string& query, std::string* expression) {
    return BuildFtsQuery(
        query, [this](std::string_view t) { return tokenizer_->HasTokens(t); }, expression);
  }

  std::string Expr(const std::string& query) {
    std::string expression;
    Status s = Build(query, &expression);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    return expression;
  }

  // The rowids the query finds, or the FTS5 error.
  std::vector<int64_t> Find(const std::string& query, std::string* error = nullptr) {
    std::vector<int64_t> rows;
    std::string expression;
    Status s = Build(query, &expression);
    if (!s.ok()) {
      if (error) *error = s.message();
      return rows;
    }
    ScopedStatement stmt = db_.Prepare("SELECT rowid FROM f WHERE f MATCH ?1 ORDER BY rowid");
    stmt->BindText(1, expression);
    while (stmt->Step()) rows.push_back(stmt->ColumnInt64(0));
    if (!stmt->status().ok() && error) *error = stmt->status().message();
    EXPECT_TRUE(stmt->status().ok())
        << "query " << query << " -> " << expression << ": " << stmt->status().message();
    return rows;
  }

  Database db_;
  std::unique_ptr<FtsTokenizer> tokenizer_;
};

using Rows = std::vector<int64_t>;

TEST_F(FtsQueryTest, WordsBecomeQuotedRequiredTerms) {
  EXPECT_EQ(Expr("kirby"), "((\"kirby\"))");
  EXPECT_EQ(Expr("troops  border"), "((\"troops\") AND (\"border\"))");
  EXPECT_EQ(Find("troops border"), Rows({1}));
  EXPECT_EQ(Find("border"), Rows({1, 2}));
}

TEST_F(FtsQueryTest, StemmingAndAccentFolding) {
  EXPECT_EQ(Find("troop"), Rows({1, 3}));
  EXPECT_EQ(Find("TROOPS"), Rows({1, 3}));
  EXPECT_EQ(Find("kyiv"), Rows({4}));
  EXPECT_EQ(Find("zelensky"), Rows({4}));
}

TEST_F(FtsQueryTest, PhrasesKeepWordOrder) {
  EXPECT_EQ(Expr("\"troop build\""), "((\"troop build\"))");
  EXPECT_EQ(Find("\"troop build-up\""), Rows({3}));
  EXPECT_EQ(Find("\"border troops\""), Rows({}));
  EXPECT_EQ(Find("\"the border\" talks"), Rows({2}));
}

TEST_F(FtsQueryTest, OrBetweenTwoTerms) {
  EXPECT_EQ(Expr("kirby OR geneva border"), "((\"kirby\" OR \"geneva\") AND (\"border\"))");
  EXPECT_EQ(Find("kirby OR geneva"), Rows({2, 3}));
  EXPECT_EQ(Find("kirby OR geneva OR kyiv"), Rows({2, 3, 4}));
  EXPECT_EQ(Find("kirby OR OR geneva"), Rows({2, 3}));
  // Lowercase "or" is a word; an OR with nothing on one side is dropped.
  EXPECT_EQ(Expr("kirby or"), "((\"kirby\") AND (\"or\"))");
  EXPECT_EQ(Find("OR kirby"), Rows({3}));
  EXPECT_EQ(Find("kirby OR"), Rows({3}));
  EXPECT_EQ(Find("border OR -troops"), Rows({2}));
}

TEST_F(FtsQueryTest, LeadingDashExcludes) {
  EXPECT_EQ(Expr("border -troops"), "((\"border\")) NOT \"troops\"");
  EXPECT_EQ(Find("border -troops"), Rows({2}));
  EXPECT_EQ(Find("border -\"Russian troops\""), Rows({2}));
  EXPECT_EQ(Find("border -troops -geneva"), Rows({}));
  // A dash inside a word is punctuation, and a lone dash excludes nothing.
  EXPECT_EQ(Find("build-up"), Rows({3}));
  EXPECT_EQ(Find("border - troops"), Rows({1}));
}

TEST_F(FtsQueryTest, EmptyAfterCleaningIsTheOnlyError) {
  for (const std::string query : {"", "   ", "-", "\"\"", "*", ":", "()", "-border", "OR",
                                  "« »", "-\"troops\" -kirby", "\" \""}) {
    std::string error;
    EXPECT_EQ(Find(query, &error), Rows()) << query;
    EXPECT_EQ(error, "empty query") << "[" << query << "]";
  }
}

TEST_F(FtsQueryTest, HostileInputNeverReachesFtsSyntax) {
  const std::vector<std::string> hostile = {
      "\"unbalanced border",    "border\"",          "AND",         "border AND",
      "NOT border",             "border NOT",        "*",           "troop*",
      "NEAR(troops border)",    "NEAR(",             "title:kirby", ":kirby",
      "\"",                     "\"\"\"",            "bor\"der",    "(border",
      "border)",                "^troops",           "{title text}: kirby",
      "+border",                "'border'",          "border -",    "--border troops",
      "\\\"border\\\"",         "\x01\x02 border",   "\xff\xfe border",
      "title : text : kirby",   "kirby\0x",          "a AND b OR NOT c"};
  for (const std::string& query : hostile) {
    std::string error;
    Find(query, &error);
    EXPECT_TRUE(error.empty() || error == "empty query") << "[" << query << "]: " << error;
  }
  EXPECT_EQ(Find("NEAR( troops border )"), Rows({1}));  // the words, not the operator
  EXPECT_EQ(Find("NEAR(troops border)"), Rows({}));    // the phrase "near troops"
  EXPECT_EQ(Find("title:kirby"), Rows({}));           // "title kirby" is no phrase here
  EXPECT_EQ(Find("briefing:kirby"), Rows({}));
  EXPECT_EQ(Find("\"unbalanced border"), Rows({}));
  EXPECT_EQ(Find("\"russian troops"), Rows({1}));  // an unclosed quote runs to the end
  EXPECT_EQ(Find("troop*"), Rows({1, 3}));           // the star is dropped
  EXPECT_EQ(Find("AND"), Rows({}));                  // a word like any other
}

TEST_F(FtsQueryTest, RandomInputIsAlwaysValid) {
  const std::string alphabet = "ab \"-*():^+{}ORNDTEA\\'\t.,x\xc3\xa9";
  std::mt19937 random(20220210);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 24);
  for (int i = 0; i < 3000; ++i) {
    std::string query;
    for (size_t n = length(random); n > 0; --n) query += alphabet[pick(random)];
    std::string error;
    Find(query, &error);
    ASSERT_TRUE(error.empty() || error == "empty query") << "[" << query << "]: " << error;
  }
}

TEST_F(FtsQueryTest, TermsBeyondTheLimitAreIgnored) {
  std::string query = "border";
  for (int i = 0; i < kMaxQueryTerms + 10; ++i) query += " troops";
  const std::string expression = Expr(query);
  size_t terms = 0;
  for (size_t p = expression.find("\"troops\""); p != std::string::npos;
       p = expression.find("\"troops\"", p + 1)) {
    ++terms;
  }
  EXPECT_EQ(terms + 1, static_cast<size_t>(kMaxQueryTerms));
}

TEST(FtsQueryBuilderTest, QuoteInsideAWordIsASeparator) {
  // A predicate that accepts everything shows the raw quoting.
  auto any = [](std::string_view) { return true; };
  std::string expression;
  ASSERT_TRUE(BuildFtsQuery("a\"b", any, &expression).ok());
  EXPECT_EQ(expression, "((\"a b\"))");
  ASSERT_TRUE(BuildFtsQuery("\"x y", any, &expression).ok());
  EXPECT_EQ(expression, "((\"x y\"))");
  EXPECT_THAT(BuildFtsQuery("-x", any, &expression).message(), HasSubstr("empty query"));
}

}  // namespace
}  // namespace sitrep::store
