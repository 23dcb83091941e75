#include "sitrep/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/database.h"
#include "store/testing.h"

namespace sitrep::store {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::MakeArticle;

constexpr char kTroops[] = "a1b2c3d4e5f60001";
constexpr char kGeneva[] = "a1b2c3d4e5f60002";  // shares "a1b2c3d4e5f6000" with kTroops
constexpr char kKirby[] = "b7e1000000000003";
constexpr char kUndated[] = "c0ffee0000000004";
constexpr char kMonthly[] = "d00d000000000005";

std::vector<Article> Corpus() {
  std::vector<Article> articles;
  articles.push_back(MakeArticle(
      kTroops, "Russian troops mass near Ukraine border",
      "Satellite images show troops and armour gathering in Belarus.\n\nPentagon "
      "spokesman John Kirby said the build-up was continuing.",
      "2022-02-10T08:19", "AFP"));
  articles.push_back(MakeArticle(kGeneva, "Diplomats meet in Geneva",
                                 "Talks about the border ended without progress.",
                                 "2022-02-10", "Reuters"));
  articles.push_back(MakeArticle(kKirby, "Kirby briefing",
                                 "John Kirby told reporters the troop numbers had grown.",
                                 "2022-02-11T14:00", "afp"));
  articles.push_back(MakeArticle(kUndated, "", "An undated wire about troop exercises."));
  articles.push_back(
      MakeArticle(kMonthly, "Monthly review", "January saw talks in Geneva.", "2022-01", "Reuters"));
  return articles;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    path_ = dir_.File("store.db");
    Status s = Store::Open(path_, &store_);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  void AddCorpus() {
    BatchResult result;
    Status s = store_->CommitBatch(Corpus(), {}, &result);
    ASSERT_TRUE(s.ok()) << s.message();
    ASSERT_EQ(result.added, 5);
  }

  // The ids of what a search finds, best first.
  std::vector<std::string> Found(SearchQuery query) {
    std::vector<SearchHit> hits;
    Status s = store_->Search(query, &hits);
    EXPECT_TRUE(s.ok()) << query.text << ": " << s.message();
    std::vector<std::string> ids;
    for (const SearchHit& hit : hits) ids.push_back(hit.article.article.id);
    return ids;
  }
  std::vector<std::string> Found(const std::string& text) {
    SearchQuery query;
    query.text = text;
    return Found(query);
  }

  std::vector<std::string> Listed(const ListOptions& options) {
    std::vector<std::string> ids;
    for (const StoredArticle& a : store_->ListArticles(options)) ids.push_back(a.article.id);
    return ids;
  }

  // The index and the table hold the same rows, by FTS5's own check.
  void ExpectIndexInSync() {
    Database raw;
    ASSERT_TRUE(raw.Open(path_, SQLITE_OPEN_READWRITE).ok());
    int64_t articles = -1, indexed = -2;
    ASSERT_TRUE(raw.QueryInt64("SELECT count(*) FROM articles", &articles).ok());
    ASSERT_TRUE(raw.QueryInt64("SELECT count(*) FROM articles_fts_docsize", &indexed).ok());
    EXPECT_EQ(articles, indexed);
    Status s = raw.Exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
    EXPECT_TRUE(s.ok()) << s.message();
  }

  testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

// ---- CommitBatch ----

TEST_F(StoreTest, BatchCountsNewAndDuplicateArticles) {
  EXPECT_EQ(store_->LastSeq(), 0);
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch(Corpus(), {}, &result).ok());
  EXPECT_EQ(result.added, 5);
  EXPECT_EQ(result.duplicates, 0);
  EXPECT_EQ(store_->LastSeq(), 5);
  // A batch of duplicates only changes nothing, so LastSeq stays.
  ASSERT_TRUE(store_->CommitBatch(Corpus(), {}, &result).ok());
  EXPECT_EQ(store_->LastSeq(), 5);

  std::vector<Article> again = Corpus();
  again.push_back(MakeArticle(testing::TestId(9, 1), "New", "Something new."));
  ASSERT_TRUE(store_->CommitBatch(again, {}, &result).ok());
  EXPECT_EQ(result.added, 1);
  EXPECT_EQ(result.duplicates, 5);
  EXPECT_EQ(store_->ArticleCount(), 6);
  // Duplicates are not indexed twice either.
  EXPECT_EQ(Found("pentagon").size(), 1u);
  ExpectIndexInSync();
}

TEST_F(StoreTest, DuplicateWithinABatchIsCountedOnce) {
  const Article a = MakeArticle(testing::TestId(1, 1), "Same", "Same text.");
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({a, a, a}, {}, &result).ok());
  EXPECT_EQ(result.added, 1);
  EXPECT_EQ(result.duplicates, 2);
  EXPECT_EQ(store_->ArticleCount(), 1);
  ExpectIndexInSync();
}

TEST_F(StoreTest, FirstStoredCopyWins) {
  Article first = MakeArticle(testing::TestId(1, 1), "First", "Text.");
  Article second = first;
  second.origin = "elsewhere.jsonl#3";
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({first}, {}, &result).ok());
  ASSERT_TRUE(store_->CommitBatch({second}, {}, &result).ok());
  StoredArticle stored;
  ASSERT_TRUE(store_->GetArticle(first.id, &stored).ok());
  EXPECT_EQ(stored.article.origin, "test.txt");
  EXPECT_EQ(stored.seq, 1);
}

TEST_F(StoreTest, EveryFieldRoundTrips) {
  Article a;
  a.id = "0123456789abcdef";
  a.origin = "feeds/afp.jsonl#12";
  a.format = "jsonl";
  a.source = "AFP";
  a.url = "https://example.org/news/1";
  a.external_id = "urn:afp:1";
  a.title = "Title with «quotes» and é";
  a.published = "2022-02-10T08:19";
  a.dateline = "Washington";
  a.author = "Jane Doe";
  a.language = "en";
  a.language_confidence = 0.875;
  a.text = "First paragraph.\n\nSecond paragraph with a NUL \0 byte?";
  a.metadata_json = R"({"section":"world"})";
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({a}, {}, &result).ok());

  StoredArticle stored;
  ASSERT_TRUE(store_->GetArticle(a.id, &stored).ok());
  const Article& b = stored.article;
  EXPECT_EQ(stored.seq, 1);
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.origin, a.origin);
  EXPECT_EQ(b.format, a.format);
  EXPECT_EQ(b.source, a.source);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.external_id, a.external_id);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.published, a.published);
  EXPECT_EQ(b.dateline, a.dateline);
  EXPECT_EQ(b.author, a.author);
  EXPECT_EQ(b.language, a.language);
  EXPECT_DOUBLE_EQ(b.language_confidence, a.language_confidence);
  EXPECT_EQ(b.text, a.text);
  EXPECT_EQ(b.metadata_json, a.metadata_json);
  // "YYYY-MM-DDTHH:MM:SSZ"
  ASSERT_EQ(stored.ingested_at.size(), 20u) << stored.ingested_at;
  EXPECT_EQ(stored.ingested_at[10], 'T');
  EXPECT_EQ(stored.ingested_at.back(), 'Z');
  EXPECT_TRUE(IsValidDateBound(stored.ingested_at.substr(0, 19))) << stored.ingested_at;
}

TEST_F(StoreTest, ArticleWithoutIdFailsTheWholeBatch) {
  std::vector<Article> batch = Corpus();
  batch.push_back(MakeArticle("", "No id", "Text."));
  BatchResult result;
  Status s = store_->CommitBatch(batch, {{"in.txt", 1, 2, 6}}, &result);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("without an id"));
  EXPECT_EQ(store_->ArticleCount(), 0);
  EXPECT_FALSE(store_->IsFileDone("in.txt", 1, 2));
  EXPECT_EQ(result.added, 0);
}

TEST_F(StoreTest, FailedBatchRollsBackEverything) {
  AddCorpus();
  {
    // A trigger makes the store fail half-way through the next batch.
    Database raw;
    ASSERT_TRUE(raw.Open(path_, SQLITE_OPEN_READWRITE).ok());
    ASSERT_TRUE(raw.Exec("CREATE TRIGGER fail_on_bad BEFORE INSERT ON articles "
                         "WHEN NEW.title = 'bad' BEGIN SELECT RAISE(ABORT, 'refused by test'); "
                         "END")
                    .ok());
  }
  const std::vector<Article> batch = {
      MakeArticle(testing::TestId(2, 1), "good", "Fresh news about a ceasefire."),
      MakeArticle(testing::TestId(2, 2), "bad", "Never stored.")};
  BatchResult result;
  Status s = store_->CommitBatch(batch, {{"batch.txt", 10, 20, 2}}, &result);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("refused by test"));
  EXPECT_EQ(store_->ArticleCount(), 5);
  EXPECT_THAT(Found("ceasefire"), ElementsAre());
  EXPECT_FALSE(store_->IsFileDone("batch.txt", 10, 20));
  ExpectIndexInSync();

  // The store is usable afterwards.
  ASSERT_TRUE(store_->CommitBatch({batch[0]}, {}, &result).ok());
  EXPECT_EQ(result.added, 1);
  EXPECT_THAT(Found("ceasefire"), ElementsAre(batch[0].id));
}

// ---- File marks ----

TEST_F(StoreTest, FileMarksMatchOnSizeAndMtime) {
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({}, {{"/data/a.jsonl", 100, 5000, 3}}, &result).ok());
  EXPECT_TRUE(store_->IsFileDone("/data/a.jsonl", 100, 5000));
  EXPECT_FALSE(store_->IsFileDone("/data/a.jsonl", 101, 5000));
  EXPECT_FALSE(store_->IsFileDone("/data/a.jsonl", 100, 5001));
  EXPECT_FALSE(store_->IsFileDone("/data/b.jsonl", 100, 5000));

  // The file changed and was ingested again: the new mark replaces the old one.
  ASSERT_TRUE(store_->CommitBatch({}, {{"/data/a.jsonl", 120, 6000, 4}}, &result).ok());
  EXPECT_FALSE(store_->IsFileDone("/data/a.jsonl", 100, 5000));
  EXPECT_TRUE(store_->IsFileDone("/data/a.jsonl", 120, 6000));
  EXPECT_EQ(store_->Stats().files, 1);

  ASSERT_TRUE(store_->CommitBatch(Corpus(), {{"/data/b.jsonl", 1, 2, 5}}, &result).ok());
  EXPECT_TRUE(store_->IsFileDone("/data/b.jsonl", 1, 2));
  EXPECT_EQ(store_->Stats().files, 2);
}

// ---- Search ----

TEST_F(StoreTest, SearchFindsTitleAndTextWords) {
  AddCorpus();
  EXPECT_THAT(Found("geneva"), ElementsAre(kGeneva, kMonthly));  // title beats text
  EXPECT_THAT(Found("Pentagon"), ElementsAre(kTroops));
  EXPECT_THAT(Found("armour belarus"), ElementsAre(kTroops));
  EXPECT_THAT(Found("nonexistentword"), ElementsAre());
}

TEST_F(StoreTest, SearchMatchesInflectionsPhrasesOrAndNot) {
  AddCorpus();
  EXPECT_THAT(Found("troop"), ::testing::UnorderedElementsAre(kTroops, kKirby, kUndated));
  EXPECT_THAT(Found("\"john kirby said\""), ElementsAre(kTroops));
  EXPECT_THAT(Found("\"kirby john\""), ElementsAre());
  EXPECT_THAT(Found("belarus OR reporters"), ::testing::UnorderedElementsAre(kTroops, kKirby));
  EXPECT_THAT(Found("troops -kirby"), ElementsAre(kUndated));
  EXPECT_THAT(Found("talks -\"without progress\""), ElementsAre(kMonthly));
}

TEST_F(StoreTest, SearchRanksTitleMatchesFirstWithPositiveScores) {
  AddCorpus();
  SearchQuery query;
  query.text = "kirby";
  std::vector<SearchHit> hits;
  ASSERT_TRUE(store_->Search(query, &hits).ok());
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].article.article.id, kKirby);  // in the title and the text
  EXPECT_EQ(hits[1].article.article.id, kTroops);
  EXPECT_GT(hits[0].score, hits[1].score);
  EXPECT_GT(hits[1].score, 0.0);
  // Hits carry the metadata but not the text.
  EXPECT_EQ(hits[0].article.article.title, "Kirby briefing");
  EXPECT_EQ(hits[0].article.article.text, "");
  EXPECT_GT(hits[0].article.seq, 0);
  EXPECT_THAT(hits[0].snippet, HasSubstr("John [Kirby] told"));
}

TEST_F(StoreTest, SnippetIsAnExcerptAroundTheMatch) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "filler" + std::to_string(i) + " ";
  text += "the ceasefire held overnight ";
  for (int i = 60; i < 120; ++i) text += "filler" + std::to_string(i) + " ";
  BatchResult result;
  ASSERT_TRUE(
      store_->CommitBatch({MakeArticle(testing::TestId(3, 1), "Long", text)}, {}, &result).ok());
  SearchQuery query;
  query.text = "ceasefire";
  std::vector<SearchHit> hits;
  ASSERT_TRUE(store_->Search(query, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_THAT(hits[0].snippet, StartsWith("…"));
  EXPECT_THAT(hits[0].snippet, HasSubstr("[ceasefire]"));
  EXPECT_THAT(hits[0].snippet, ::testing::EndsWith("…"));
  EXPECT_LT(hits[0].snippet.size(), 300u);
}

TEST_F(StoreTest, SearchFiltersOnDatesAndSource) {
  AddCorpus();
  SearchQuery query;
  query.text = "troops OR talks OR kirby";
  EXPECT_EQ(Found(query).size(), 5u);

  query.since = "2022-02-10";
  EXPECT_THAT(Found(query), ::testing::UnorderedElementsAre(kTroops, kGeneva, kKirby));
  query.since = "2022-02-10T09:00";
  EXPECT_THAT(Found(query), ElementsAre(kKirby));
  query.since.clear();

  // The whole day of the bound counts, and undated articles drop out.
  query.until = "2022-02-10";
  EXPECT_THAT(Found(query), ::testing::UnorderedElementsAre(kTroops, kGeneva, kMonthly));
  query.until = "2022-02-09";
  EXPECT_THAT(Found(query), ElementsAre(kMonthly));
  query.until.clear();

  query.source = "AFP";  // matches "afp" too
  EXPECT_THAT(Found(query), ::testing::UnorderedElementsAre(kTroops, kKirby));
  query.source = "reuters";
  query.since = "2022-02";
  EXPECT_THAT(Found(query), ElementsAre(kGeneva));
  query.source = "Nobody";
  EXPECT_THAT(Found(query), ElementsAre());
}

TEST_F(StoreTest, SearchRejectsAnInvalidDateBound) {
  AddCorpus();
  SearchQuery query;
  query.text = "troops";
  query.until = "2022-02-30";
  std::vector<SearchHit> hits;
  Status s = store_->Search(query, &hits);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("invalid date \"2022-02-30\""));
}

TEST_F(StoreTest, SearchPagesThroughHits) {
  AddCorpus();
  SearchQuery query;
  query.text = "troops OR talks OR kirby";
  const std::vector<std::string> all = Found(query);
  ASSERT_EQ(all.size(), 5u);
  std::vector<std::string> paged;
  query.limit = 2;
  for (query.offset = 0; query.offset < 6; query.offset += 2) {
    for (const std::string& id : Found(query)) paged.push_back(id);
  }
  EXPECT_EQ(paged, all);
  query.limit = -1;
  query.offset = 3;
  EXPECT_EQ(Found(query).size(), 2u);
}

TEST_F(StoreTest, HostileQueriesOnlyEverFailAsEmpty) {
  AddCorpus();
  for (const std::string text :
       {"\"troops", "troops\"", "AND", "OR", "NOT", "*", "NEAR(", "NEAR(troops", ":", "\"",
        "title:kirby", "troops AND", "(", ")", "^kirby", "-", "--", "troops -", "\"\"", "",
        "  \t ", "{title}: x"}) {
    SearchQuery query;
    query.text = text;
    std::vector<SearchHit> hits;
    Status s = store_->Search(query, &hits);
    EXPECT_TRUE(s.ok() || s.message() == "empty query") << "[" << text << "]: " << s.message();
  }
  SearchQuery query;
  query.text = "  * : ";
  std::vector<SearchHit> hits;
  EXPECT_EQ(store_->Search(query, &hits).message(), "empty query");
  EXPECT_THAT(Found("NEAR( troops"), ElementsAre(kTroops));
}

// ---- ListArticles ----

TEST_F(StoreTest, ListsInStoringOrder) {
  AddCorpus();
  ListOptions options;
  EXPECT_THAT(Listed(options), ElementsAre(kTroops, kGeneva, kKirby, kUndated, kMonthly));
  const std::vector<StoredArticle> without = store_->ListArticles(options);
  ASSERT_EQ(without.size(), 5u);
  EXPECT_EQ(without[0].seq, 1);
  EXPECT_EQ(without[4].seq, 5);
  EXPECT_EQ(without[0].article.text, "");
  EXPECT_EQ(without[0].article.title, "Russian troops mass near Ukraine border");
  options.with_text = true;
  const std::vector<StoredArticle> with = store_->ListArticles(options);
  EXPECT_THAT(with[1].article.text, HasSubstr("Talks about the border"));

  options.limit = 2;
  options.offset = 1;
  EXPECT_THAT(Listed(options), ElementsAre(kGeneva, kKirby));
  options.offset = 4;
  EXPECT_THAT(Listed(options), ElementsAre(kMonthly));
  options.offset = 9;
  EXPECT_THAT(Listed(options), ElementsAre());
}

TEST_F(StoreTest, ListFiltersOnDatesAndSource) {
  AddCorpus();
  ListOptions options;
  options.since = "2022-02";
  EXPECT_THAT(Listed(options), ElementsAre(kTroops, kGeneva, kKirby));
  options.since = "2022";
  options.until = "2022-01";
  EXPECT_THAT(Listed(options), ElementsAre(kMonthly));
  options.until = "2022-02-10T08:19";  // a minute includes its seconds
  EXPECT_THAT(Listed(options), ElementsAre(kTroops, kGeneva, kMonthly));
  options.until = "2022-02-10T08:18";
  EXPECT_THAT(Listed(options), ElementsAre(kGeneva, kMonthly));
  options = ListOptions();
  options.source = "REUTERS";
  EXPECT_THAT(Listed(options), ElementsAre(kGeneva, kMonthly));

  options.since = "yesterday";
  std::vector<StoredArticle> out;
  Status s = store_->ListArticles(options, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("invalid date"));
  EXPECT_TRUE(store_->ListArticles(options).empty());
}

// ---- GetArticle ----

TEST_F(StoreTest, GetsByIdOrUniquePrefix) {
  AddCorpus();
  StoredArticle a;
  ASSERT_TRUE(store_->GetArticle(kKirby, &a).ok());
  EXPECT_EQ(a.article.id, kKirby);
  EXPECT_THAT(a.article.text, HasSubstr("troop numbers"));  // with its text

  ASSERT_TRUE(store_->GetArticle("b7e1", &a).ok());
  EXPECT_EQ(a.article.id, kKirby);
  ASSERT_TRUE(store_->GetArticle("C0FFEE", &a).ok());
  EXPECT_EQ(a.article.id, kUndated);
  ASSERT_TRUE(store_->GetArticle("a1b2c3d4e5f60002", &a).ok());
  EXPECT_EQ(a.article.id, kGeneva);
  ASSERT_TRUE(store_->GetArticle("a1b2c3d4e5f60001", &a).ok());
  EXPECT_EQ(a.article.id, kTroops);
}

TEST_F(StoreTest, ExplainsWhyAnIdDoesNotResolve) {
  AddCorpus();
  StoredArticle a;
  EXPECT_EQ(store_->GetArticle("a1b2", &a).message(), "id prefix a1b2 is ambiguous (2 articles)");
  EXPECT_EQ(store_->GetArticle("a1b2c3d4e5f6000", &a).message(),
            "id prefix a1b2c3d4e5f6000 is ambiguous (2 articles)");
  EXPECT_EQ(store_->GetArticle("ffff", &a).message(), "no article with id ffff");
  EXPECT_EQ(store_->GetArticle("a1b2c3d4e5f60009", &a).message(),
            "no article with id a1b2c3d4e5f60009");
  EXPECT_EQ(store_->GetArticle("b7e", &a).message(), "not an article id: b7e");
  EXPECT_EQ(store_->GetArticle("kirby", &a).message(), "not an article id: kirby");
  EXPECT_EQ(store_->GetArticle("", &a).message(), "not an article id: ");
  EXPECT_EQ(store_->GetArticle("b7e1%", &a).message(), "not an article id: b7e1%");
}

TEST_F(StoreTest, PrefixOfFHexDigitsStaysInRange) {
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({MakeArticle("ffff000000000001", "x", "y"),
                                   MakeArticle("fffe000000000001", "x", "y")},
                                  {}, &result)
                  .ok());
  StoredArticle a;
  ASSERT_TRUE(store_->GetArticle("ffff", &a).ok());
  EXPECT_EQ(a.article.id, "ffff000000000001");
  ASSERT_TRUE(store_->GetArticle("fffe", &a).ok());
  EXPECT_EQ(a.article.id, "fffe000000000001");
}

// ---- Stats ----

TEST_F(StoreTest, StatsCountTheCorpus) {
  EXPECT_EQ(store_->Stats().articles, 0);
  EXPECT_EQ(store_->Stats().first_published, "");
  AddCorpus();
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({}, {{"a.txt", 1, 1, 1}, {"b.txt", 2, 2, 4}}, &result).ok());
  CorpusStats stats;
  ASSERT_TRUE(store_->Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 5);
  EXPECT_EQ(stats.dated, 4);
  EXPECT_EQ(stats.first_published, "2022-01");
  EXPECT_EQ(stats.last_published, "2022-02-11T14:00");
  ASSERT_EQ(stats.by_source.size(), 3u);
  EXPECT_THAT(stats.by_source[0].key, ::testing::AnyOf("AFP", "afp"));  // "AFP" and "afp"
  EXPECT_EQ(stats.by_source[0].count, 2);
  EXPECT_EQ(stats.by_source[1].key, "Reuters");
  EXPECT_EQ(stats.by_source[1].count, 2);
  EXPECT_EQ(stats.by_source[2].key, "");
  EXPECT_EQ(stats.by_source[2].count, 1);
  ASSERT_EQ(stats.by_language.size(), 1u);
  EXPECT_EQ(stats.by_language[0].key, "en");
  EXPECT_EQ(stats.by_language[0].count, 5);
  ASSERT_EQ(stats.by_day.size(), 2u);
  EXPECT_EQ(stats.by_day[0].key, "2022-02-10");
  EXPECT_EQ(stats.by_day[0].count, 2);
  EXPECT_EQ(stats.by_day[1].key, "2022-02-11");
  EXPECT_EQ(stats.by_day[1].count, 1);
  EXPECT_EQ(stats.files, 2);
}

}  // namespace
}  // namespace sitrep::store
