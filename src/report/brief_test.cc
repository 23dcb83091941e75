#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

StorylineArticle Make(const std::string& id, const std::string& text, const std::string& published = "",
                      const std::string& copy_of = "", int64_t seq = 0) {
  StorylineArticle a;
  a.stored.seq = seq;
  a.stored.article.id = id;
  a.stored.article.text = text;
  a.stored.article.published = published;
  a.stored.article.source = "src-" + id;
  a.copy_of = copy_of;
  return a;
}

std::vector<std::string> CitedIds(const BriefSentence& s) {
  std::vector<std::string> ids;
  for (const Citation& c : s.citations) ids.push_back(c.article_id);
  return ids;
}

const char kWire[] =
    "Russia has massed more than 100,000 troops on the border with Ukraine, officials said.\n\n"
    "The Pentagon put 8,500 soldiers on alert for a possible deployment to Europe.\n\n"
    "Your email address will not be published. Required fields are marked *\n\n"
    "Sign up for our newsletter to get the latest news every morning.";

TEST(BriefTest, CentralSentencesCitedToEveryArticleCarryingThem) {
  std::vector<StorylineArticle> articles = {
      Make("a", kWire, "2022-02-02", "", 1),
      Make("b", std::string("Officials said more than 100,000 Russian troops remained near the border.\n\n") +
                    "Talks between the ministers in Geneva ended without any agreement on Friday.",
           "2022-02-03", "", 2),
      Make("c", kWire, "2022-02-04", "a", 3),  // a copy of a
  };
  const auto brief = BuildBrief(articles, 3);
  ASSERT_FALSE(brief.empty());
  ASSERT_LE(brief.size(), 3u);
  bool found_massed = false;
  for (const BriefSentence& s : brief) {
    EXPECT_THAT(s.text, Not(HasSubstr("email address")));
    EXPECT_THAT(s.text, Not(HasSubstr("Sign up")));
    ASSERT_FALSE(s.citations.empty());
    if (s.text.find("massed") != std::string::npos) {
      found_massed = true;
      // Drawn from the original, and cited to the copy that carries it too.
      EXPECT_EQ(CitedIds(s), (std::vector<std::string>{"a", "c"}));
      EXPECT_EQ(s.citations[0].source, "src-a");
    }
    // Every citation's article carries the sentence.
    for (const Citation& c : s.citations) {
      const auto it = std::find_if(articles.begin(), articles.end(),
                                   [&](const auto& a) { return a.stored.article.id == c.article_id; });
      ASSERT_NE(it, articles.end());
      EXPECT_THAT(it->stored.article.text, HasSubstr(s.text));
    }
  }
  EXPECT_TRUE(found_massed);
}

TEST(BriefTest, CopiesDoNotVote) {
  // Twenty copies of an article about pipelines must not outvote two originals about
  // troops: only originals define what the storyline is about.
  const std::string troops1 = "Russian troops massed near the Ukrainian border this week, officials said.";
  const std::string troops2 = "Officials said the troops massed near the border kept growing in number.";
  const std::string pipeline = "The pipeline company announced higher gas prices for the winter season.";
  std::vector<StorylineArticle> articles = {Make("t1", troops1, "2022-02-01"), Make("t2", troops2, "2022-02-02"),
                                            Make("p0", pipeline, "2022-02-03")};
  for (int i = 0; i < 20; ++i) articles.push_back(Make("p" + std::to_string(i + 1), pipeline, "2022-02-04", "p0"));
  const auto brief = BuildBrief(articles, 1);
  ASSERT_EQ(brief.size(), 1u);
  EXPECT_THAT(brief[0].text, HasSubstr("troops"));
}

TEST(BriefTest, RedundantSentencesAreLeftOut) {
  std::vector<StorylineArticle> articles = {
      Make("a", "Russia has massed more than 100,000 troops on the border with Ukraine, officials said.", "2022-02-01"),
      Make("b", "Officials said Russia had massed more than 100,000 troops on Ukraine's border.", "2022-02-02"),
      Make("c", "Talks between the foreign ministers in Geneva ended without an agreement.", "2022-02-03"),
  };
  const auto brief = BuildBrief(articles, 3);
  int massed = 0;
  for (const BriefSentence& s : brief) massed += s.text.find("massed") != std::string::npos;
  EXPECT_EQ(massed, 1);
}

TEST(BriefTest, OrderedByDateOfTheCitedArticle) {
  std::vector<StorylineArticle> articles = {
      Make("late", "Talks between the foreign ministers in Geneva ended without an agreement on troops.", "2022-02-09"),
      Make("undated", "Troops continued to arrive at the border, satellite images showed on Monday."),
      Make("early", "Russia has massed more than 100,000 troops on the border, officials said.", "2022-02-01"),
  };
  const auto brief = BuildBrief(articles, 3);
  ASSERT_EQ(brief.size(), 3u);
  EXPECT_EQ(brief[0].citations[0].article_id, "early");
  EXPECT_EQ(brief[1].citations[0].article_id, "late");
  EXPECT_EQ(brief[2].citations[0].article_id, "undated");
}

TEST(BriefTest, NothingUsableMeansNoBrief) {
  EXPECT_TRUE(BuildBrief({}, 8).empty());
  EXPECT_TRUE(BuildBrief({Make("a", "Related Articles\n\nLeave a Reply\n\nBack to top button")}, 8).empty());
  EXPECT_TRUE(BuildBrief({Make("a", kWire)}, 0).empty());
}

}  // namespace
}  // namespace sitrep::report
