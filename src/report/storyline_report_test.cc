// The storyline report read from a hand-made store: articles analysed by the real
// extractors, placed in events by hand, one of them a copy.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

#include "sitrep/analysis.h"
#include "sitrep/storyline_report.h"
#include "store/testing.h"

namespace sitrep::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using store::testing::MakeArticle;
using store::testing::TestId;

class StorylineReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    ASSERT_TRUE(store::Store::Open(dir_.File("report.db"), &store_).ok());
    store::Batch batch;
    batch.articles = {
        // Event 10: published on the 25th about the 24th.
        MakeArticle(TestId(1, 1), "US puts troops on alert",
                    "Pentagon press secretary John Kirby said on Monday that about 8,500 troops were on alert.\n\n"
                    "Russia has gathered an estimated 100,000 troops near the Ukrainian border.\n\n"
                    "About 14,000 people have died in the conflict.\n\n"
                    "Read | NATO deploys troops, ships amid concerns over Russian invasion of Ukraine",
                    "2022-01-25", "Hindustan Times"),
        // Event 20: about the 2nd.
        MakeArticle(TestId(1, 2), "US to deploy troops",
                    "The United States said Wednesday it was deploying 3,000 troops to bolster NATO forces in "
                    "eastern Europe.\n\n"
                    "Russia has massed more than 100,000 troops on Ukraine's borders.\n\n"
                    "More than 13,000 people have been killed in the fighting.\n\n"
                    "“We have not seen any withdrawal of Russian troops from the border,” NATO Secretary "
                    "General Jens Stoltenberg said.\n\n"
                    "Comments are closed.",
                    "2022-02-02", "AFP"),
        // A copy of the second article, in the same event.
        MakeArticle(TestId(1, 3), "US to deploy troops",
                    "The United States said Wednesday it was deploying 3,000 troops to bolster NATO forces in "
                    "eastern Europe.\n\n"
                    "Russia has massed more than 100,000 troops on Ukraine's borders.\n\n"
                    "More than 13,000 people have been killed in the fighting.",
                    "2022-02-03", "Daily Mirror Feed"),
        // Event 30: undated.
        MakeArticle(TestId(1, 4), "No withdrawal",
                    "Secretary of State Antony Blinken said the United States had seen no significant withdrawal "
                    "of Russian forces.\n\n"
                    "Russia's Defence Ministry said some troops were withdrawing after completing drills.\n\n"
                    "Leave a Reply",
                    "", ""),
    };
    for (const Article& a : batch.articles) batch.facts.push_back(extract::AnalyseArticle(a));
    batch.copies.resize(4);
    batch.copies[2].original_id = TestId(1, 2);
    batch.copies[2].group_id = TestId(1, 2);
    batch.copies[2].kind = "exact";
    batch.copies[2].reused_share = batch.copies[2].coverage = batch.copies[2].similarity = 1.0;
    batch.events = {{"", 10, 7, 1.0}, {"", 20, 7, 1.0}, {"", 20, 7, 1.0}, {"", 30, 7, 1.0}};
    store::BatchResult result;
    ASSERT_TRUE(store_->CommitBatch(batch, &result).ok());
    ASSERT_EQ(result.added, 4);
  }

  store::testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(StorylineReportTest, MissingStorylineIsAnError) {
  StorylineReport r;
  Status s = BuildStorylineReport(*store_, 99, StorylineReportOptions(), &r);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "no storyline 99");
  EXPECT_FALSE(BuildStorylineTimeline(*store_, 0, StorylineReportOptions(), &r).ok());
}

TEST_F(StorylineReportTest, AllPartsFromTheStore) {
  StorylineReport r;
  ASSERT_TRUE(BuildStorylineReport(*store_, 7, StorylineReportOptions(), &r).ok());
  EXPECT_EQ(r.storyline.id, 7);
  EXPECT_EQ(r.storyline.articles, 4);
  EXPECT_EQ(r.events.size(), 3u);

  // Timeline: the 24th (named on Monday, published the 25th), the 2nd, and one undated.
  ASSERT_EQ(r.timeline.dated.size(), 2u);
  EXPECT_EQ(r.timeline.dated[0].event.id, 10);
  EXPECT_EQ(r.timeline.dated[0].date, "2022-01-24");
  EXPECT_EQ(r.timeline.dated[0].date_basis, "content");
  EXPECT_EQ(r.timeline.dated[1].event.id, 20);
  EXPECT_EQ(r.timeline.dated[1].date, "2022-02-02");
  ASSERT_EQ(r.timeline.undated.size(), 1u);
  EXPECT_EQ(r.timeline.undated[0].event.id, 30);

  // Brief: no furniture; the copy is cited beside its original, never alone.
  ASSERT_FALSE(r.brief.empty());
  for (const BriefSentence& s : r.brief) {
    EXPECT_THAT(s.text, Not(HasSubstr("Read |")));
    EXPECT_THAT(s.text, Not(HasSubstr("Comments are closed")));
    ASSERT_FALSE(s.citations.empty());
    EXPECT_NE(s.citations[0].article_id, TestId(1, 3)) << s.text;
  }

  // Claims: 13,000 against 14,000 killed (the copy does not make a third source); the
  // 100,000 troops agreed.
  bool conflict = false, agreed = false;
  for (const ClaimGroup& g : r.claims) {
    if (g.status == "conflict" && g.low == 13000 && g.high == 14000) {
      conflict = true;
      EXPECT_EQ(g.sources.size(), 2u);
    }
    if (g.status == "agree" && g.low == 100000) agreed = true;
  }
  EXPECT_TRUE(conflict);
  EXPECT_TRUE(agreed);
  ASSERT_FALSE(r.claims.empty());
  EXPECT_EQ(r.claims[0].status, "conflict");  // conflicts first

  // Sources and copies.
  ASSERT_EQ(r.sources.size(), 4u);
  ASSERT_EQ(r.copy_groups.size(), 1u);
  EXPECT_EQ(r.copy_groups[0].members.size(), 2u);

  // Quotes: Stoltenberg's, once (the copy does not carry it, and copies do not count).
  bool stoltenberg = false;
  for (const SpeakerQuotes& s : r.quotes_by_speaker) {
    if (s.speaker == "Jens Stoltenberg") stoltenberg = true;
  }
  EXPECT_TRUE(stoltenberg);
}

TEST_F(StorylineReportTest, JsonHasTheDocumentedKeys) {
  StorylineReport r;
  ASSERT_TRUE(BuildStorylineReport(*store_, 7, StorylineReportOptions(), &r).ok());
  const nlohmann::json j = StorylineReportJson(r);
  for (const char* key : {"storyline", "events", "timeline", "brief", "claims", "quotes_by_speaker", "sources",
                          "copy_groups", "disputes"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j.size(), 9u);
  const nlohmann::json& first = j["timeline"]["dated"][0];
  EXPECT_EQ(first["event"], 10);
  EXPECT_EQ(first["date"], "2022-01-24");
  EXPECT_EQ(first["date_basis"], "content");
  EXPECT_EQ(first["article_ids"], nlohmann::json::array({TestId(1, 1)}));
  EXPECT_TRUE(j["timeline"]["undated"][0]["date"].is_null());
  const nlohmann::json& sentence = j["brief"]["sentences"][0];
  EXPECT_TRUE(sentence["text"].is_string());
  for (const char* key : {"article_id", "title", "source", "published"}) {
    EXPECT_TRUE(sentence["citations"][0].contains(key)) << key;
  }
  EXPECT_TRUE(j["quotes_by_speaker"][0].contains("speaker_id"));
}

TEST_F(StorylineReportTest, TextAndMarkdown) {
  StorylineReport r;
  ASSERT_TRUE(BuildStorylineReport(*store_, 7, StorylineReportOptions(), &r).ok());
  const std::string text = RenderStorylineText(r, false);
  EXPECT_THAT(text, HasSubstr("STORYLINE 7"));
  EXPECT_THAT(text, HasSubstr("CONFLICT"));
  EXPECT_THAT(text, HasSubstr("2022-01-24  content"));
  const std::string md = RenderStorylineMarkdown(r);
  EXPECT_THAT(md, HasSubstr("## Brief\n\n- "));
  EXPECT_THAT(md, HasSubstr("| status | value | what | sources |"));
  EXPECT_THAT(md, HasSubstr("| **CONFLICT** | 13,000 – 14,000 | people killed |"));
  EXPECT_THAT(md, HasSubstr("## References\n\n1. "));
  EXPECT_THAT(md, HasSubstr("- **2022-01-24**: "));
  EXPECT_THAT(RenderTimelineText(r, false), HasSubstr("undated"));
}

}  // namespace
}  // namespace sitrep::report

namespace sitrep::report {
namespace {

TEST_F(StorylineReportTest, ClaimSourcesAreCutButCounted) {
  StorylineReportOptions options;
  options.claim_sources_listed = 1;
  StorylineReport r;
  ASSERT_TRUE(BuildStorylineReport(*store_, 7, options, &r).ok());
  ASSERT_EQ(r.claim_sources.size(), r.claims.size());
  ASSERT_FALSE(r.claims.empty());
  EXPECT_EQ(r.claims[0].sources.size(), 1u);
  EXPECT_EQ(r.claim_sources[0], 2u);  // 13,000 and 14,000, one listed
  EXPECT_EQ(StorylineReportJson(r)["claims"][0]["source_count"], 2);
  EXPECT_THAT(RenderStorylineText(r, false), HasSubstr("… and 1 more sources"));
}

}  // namespace
}  // namespace sitrep::report
