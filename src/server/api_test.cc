// The JSON API over a small hand-made store: every endpoint's shape, paging, and every
// kind of bad request answered with a 4xx and a message.
#include "server/api.h"

#include <gtest/gtest.h>

#include "sitrep/store.h"
#include "store/testing.h"

namespace sitrep::server {
namespace {

using store::testing::MakeArticle;
using store::testing::TestId;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    const std::string path = dir_.File("api.db");
    {
      std::unique_ptr<store::Store> writer;
      ASSERT_TRUE(store::Store::Open(path, &writer).ok());
      store::Batch batch;
      const std::string text =
          "Pentagon spokesman John Kirby said: \"8,500 troops are on alert.\" More than 13,000 "
          "people have died.";
      batch.articles = {MakeArticle(TestId(1, 1), "Troops on alert", text, "2022-01-24", "AFP"),
                        MakeArticle(TestId(1, 2), "Alert", "About 14,000 people have died, Kirby said.",
                                    "2022-01-25", "Reuters"),
                        MakeArticle(TestId(1, 3), "Other", "Nothing to see.", "", "")};
      extract::ArticleFacts first;
      first.analysed = true;
      extract::Entity kirby;
      kirby.id = 0;
      kirby.type = "PER";
      kirby.name = "John Kirby";
      kirby.key = "john kirby";
      kirby.roles = {"Pentagon spokesman"};
      extract::Mention m;
      m.begin = text.find("John Kirby");
      m.end = m.begin + 10;
      kirby.mentions = {0};
      first.entities.mentions = {m};
      first.entities.entities = {kirby};
      extract::Quote q;
      q.begin = text.find("8,500");
      q.end = text.find("alert.") + 6;
      q.cue = "said";
      q.speaker_entity = 0;
      q.speaker_name = "John Kirby";
      first.quotes = {q};
      extract::ArticleFacts second;
      second.analysed = true;
      extract::ArticleFacts third;
      third.analysed = true;
      batch.facts = {first, second, third};
      batch.events = {{"", 1, 1, 1.0}, {"", 2, 1, 1.0}, {"", 3, 2, 1.0}};
      store::BatchResult result;
      ASSERT_TRUE(writer->CommitBatch(batch, &result).ok());
    }
    ASSERT_TRUE(StorePool::Open(path, 2, &pool_).ok());
    api_ = std::make_unique<Api>(pool_.get());
  }

  ApiResponse Get(const std::string& path, Params params = {}) { return api_->Get(path, params); }

  // The response's error message, failing the test unless it has status `status`.
  std::string ErrorOf(const ApiResponse& r, int status) {
    EXPECT_EQ(r.status, status) << r.body.dump();
    EXPECT_EQ(r.body["error"]["status"], status);
    return r.body["error"]["message"].get<std::string>();
  }

  store::testing::TempDir dir_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, HealthCountsArticles) {
  ApiResponse r = Get("/api/health");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["status"], "ok");
  EXPECT_EQ(r.body["articles"], 3);
}

TEST_F(ApiTest, StorylinesCarryVolumeAndTheirReport) {
  ApiResponse r = Get("/api/storylines");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  ASSERT_EQ(r.body["items"].size(), 2u);
  const auto& largest = r.body["items"][0];
  EXPECT_EQ(largest["id"], 1);
  EXPECT_EQ(largest["articles"], 2);
  ASSERT_EQ(largest["volume"].size(), 2u);
  EXPECT_EQ(largest["volume"][0]["day"], "2022-01-24");

  r = Get("/api/storylines/1");
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["storyline"]["id"], 1);
  EXPECT_EQ(r.body["events"].size(), 2u);
  ASSERT_EQ(r.body["quotes"].size(), 1u);
  EXPECT_EQ(r.body["quotes"][0]["speaker"], "John Kirby");

  EXPECT_NE(ErrorOf(Get("/api/storylines/99"), 404).find("no storyline 99"), std::string::npos);
  EXPECT_NE(ErrorOf(Get("/api/storylines/abc"), 400).find("abc"), std::string::npos);
  ErrorOf(Get("/api/storylines/-1"), 400);
  ErrorOf(Get("/api/storylines/1/2"), 404);
}

TEST_F(ApiTest, PagesSayWhetherMoreFollow) {
  ApiResponse r = Get("/api/articles", {{"limit", "2"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["items"].size(), 2u);
  EXPECT_TRUE(r.body["has_more"]);
  r = Get("/api/articles", {{"limit", "2"}, {"offset", "2"}});
  EXPECT_EQ(r.body["items"].size(), 1u);
  EXPECT_FALSE(r.body["has_more"]);
  r = Get("/api/articles", {{"storyline", "1"}});
  EXPECT_EQ(r.body["items"].size(), 2u);
}

TEST_F(ApiTest, ArticleCarriesTextFactsCopiesAndCluster) {
  ApiResponse r = Get("/api/articles/" + TestId(1, 1));
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_NE(r.body["text"].get<std::string>().find("Kirby"), std::string::npos);
  EXPECT_EQ(r.body["facts"]["quotes"].size(), 1u);
  EXPECT_EQ(r.body["event"], 1);
  EXPECT_EQ(r.body["storyline"], 1);
  EXPECT_TRUE(r.body.contains("copies"));
  ErrorOf(Get("/api/articles/0000000000000000"), 404);
  ErrorOf(Get("/api/articles/zz"), 400);
  ErrorOf(Get("/api/articles/" + std::string(100, 'a')), 400);
}

TEST_F(ApiTest, SearchFiltersAndRefusesBadInput) {
  ApiResponse r = Get("/api/search", {{"q", "died"}});
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["items"].size(), 2u);
  EXPECT_NE(r.body["items"][0]["snippet"].get<std::string>().find("[died]"), std::string::npos);
  r = Get("/api/search", {{"q", "died"}, {"source", "reuters"}});
  EXPECT_EQ(r.body["items"].size(), 1u);
  r = Get("/api/search", {{"q", "died"}, {"until", "2022-01-24"}});
  EXPECT_EQ(r.body["items"].size(), 1u);
  r = Get("/api/search", {{"q", "died"}, {"limit", "1"}, {"page", "2"}});
  ASSERT_EQ(r.body["items"].size(), 1u);
  EXPECT_FALSE(r.body["has_more"]);

  EXPECT_NE(ErrorOf(Get("/api/search"), 400).find("q"), std::string::npos);
  ErrorOf(Get("/api/search", {{"q", "-died"}}), 400);  // nothing searchable left
  EXPECT_NE(ErrorOf(Get("/api/search", {{"q", "x"}, {"since", "yesterday"}}), 400).find("since"),
            std::string::npos);
  ErrorOf(Get("/api/search", {{"q", "x"}, {"since", "2022-02-30"}}), 400);
  ErrorOf(Get("/api/search", {{"q", "x"}, {"page", "0"}}), 400);
  ErrorOf(Get("/api/search", {{"q", "x"}, {"limit", "1e9"}}), 400);
  ErrorOf(Get("/api/search", {{"q", "x"}, {"q", "y"}}), 400);
  ErrorOf(Get("/api/search", {{"q", std::string(5000, 'x')}}), 400);
}

TEST_F(ApiTest, EntityPageListsItsQuotesAndArticles) {
  ApiResponse list = Get("/api/entities", {{"type", "PER"}});
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.body["items"].size(), 1u);
  const int64_t id = list.body["items"][0]["id"];
  ApiResponse r = Get("/api/entities/" + std::to_string(id));
  ASSERT_EQ(r.status, 200) << r.body.dump();
  EXPECT_EQ(r.body["entity"]["name"], "John Kirby");
  EXPECT_EQ(r.body["quotes"].size(), 1u);
  EXPECT_EQ(r.body["articles"].size(), 1u);
  ErrorOf(Get("/api/entities/" + std::to_string(id + 100)), 404);
  ErrorOf(Get("/api/entities", {{"type", "PERSON"}}), 400);
  r = Get("/api/search", {{"q", "died"}, {"entity", std::to_string(id)}});
  EXPECT_EQ(r.body["items"].size(), 1u);
}

TEST_F(ApiTest, QuotesClaimsAndCopiesList) {
  ApiResponse r = Get("/api/quotes", {{"speaker", "kirby"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body["items"].size(), 1u);
  r = Get("/api/quotes", {{"storyline", "2"}});
  EXPECT_EQ(r.body["items"].size(), 0u);
  EXPECT_EQ(Get("/api/claims", {{"status", "conflict"}}).status, 200);
  ErrorOf(Get("/api/claims", {{"status", "maybe"}}), 400);
  EXPECT_EQ(Get("/api/copies").status, 200);
  ErrorOf(Get("/api/copies", {{"kind", "spun"}}), 400);
}

TEST_F(ApiTest, UnknownPathsAre404) {
  ErrorOf(Get("/api/nothing"), 404);
  ErrorOf(Get("/api/health/more"), 404);
  ErrorOf(Get("/api"), 404);
  ErrorOf(Get("/etc/passwd"), 404);
}

}  // namespace
}  // namespace sitrep::server
