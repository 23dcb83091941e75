#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

store::StoredTime Time(const std::string& text, const std::string& article_text, const std::string& value,
                       bool relative = true, const std::string& kind = "date") {
  store::StoredTime t;
  t.text = text;
  t.begin = static_cast<int64_t>(article_text.find(text));
  t.end = t.begin + static_cast<int64_t>(text.size());
  t.kind = kind;
  t.value = value;
  t.relative = relative;
  t.resolved = !value.empty();
  return t;
}

StorylineArticle Make(const std::string& id, int64_t event, const std::string& text, const std::string& published,
                      std::vector<std::pair<std::string, std::string>> times = {}, const std::string& copy_of = "") {
  StorylineArticle a;
  a.stored.article.id = id;
  a.stored.article.text = text;
  a.stored.article.published = published;
  a.event = event;
  a.copy_of = copy_of;
  for (const auto& [words, value] : times) a.times.push_back(Time(words, text, value));
  return a;
}

store::StoredCluster Event(int64_t id, int64_t articles = 1) {
  store::StoredCluster e;
  e.id = id;
  e.articles = articles;
  e.title = "event " + std::to_string(id);
  return e;
}

const char kMonday[] = "The Pentagon said on Monday that 8,500 troops were put on alert for Europe.";

TEST(TimelineTest, ContentDateIsTheDayTheLeadNames) {
  // Published on Tuesday about Monday: the thing happened on Monday.
  EXPECT_EQ(ContentDate(Make("a", 1, kMonday, "2022-01-25T08:00", {{"Monday", "2022-01-24"}})), "2022-01-24");
  // Unresolved (the article has no date): nothing is guessed.
  EXPECT_EQ(ContentDate(Make("a", 1, kMonday, "", {{"Monday", ""}})), "");
  // A plan ("will meet on Friday") is not when the news happened.
  EXPECT_EQ(ContentDate(Make("a", 1, "Leaders will meet on Friday in Geneva to discuss the crisis further.",
                             "2022-01-25", {{"Friday", "2022-01-28"}})),
            "");
  // Background from years ago is not the day of the news.
  EXPECT_EQ(ContentDate(Make("a", 1, "Russia annexed Crimea on March 18, 2014 after a disputed vote there.",
                             "2022-01-25", {{"March 18, 2014", "2014-03-18"}})),
            "");
}

TEST(TimelineTest, DayNamedOutsideTheLeadDoesNotDate) {
  std::string text;
  for (int i = 0; i < 8; ++i) text += "Officials continued to talk about the situation at the border again. ";
  text += "It happened on Monday.";
  EXPECT_EQ(ContentDate(Make("a", 1, text, "2022-01-25", {{"Monday", "2022-01-24"}})), "");
}

TEST(TimelineTest, AbsoluteDayDatesAnUndatedArticle) {
  StorylineArticle a = Make("a", 1, "On February 2, 2022, the United States said it would send troops.", "");
  a.times.push_back(Time("February 2, 2022", a.stored.article.text, "2022-02-02", /*relative=*/false));
  EXPECT_EQ(ContentDate(a), "2022-02-02");
}

TEST(TimelineTest, EventsInDateOrderUndatedApart) {
  const std::vector<store::StoredCluster> events = {Event(1), Event(2), Event(3), Event(4, 2)};
  const std::vector<StorylineArticle> articles = {
      // Event 1: published on the 10th about the 9th.
      Make("a1", 1, "The United States said on Wednesday that Russia continued to send troops.", "2022-02-10T08:19",
           {{"Wednesday", "2022-02-09"}}),
      // Event 2: no day in its lead, published on the 2nd.
      Make("a2", 2, "The United States was deploying hundreds of troops to bolster NATO forces.", "2022-02-02"),
      // Event 3: nothing dates it.
      Make("a3", 3, "Blinken said the United States had seen no withdrawal of Russian forces.", "", {{"Wednesday", ""}}),
      // Event 4: two articles whose leads name the 24th; the later one is a copy.
      Make("a4", 4, kMonday, "2022-01-25", {{"Monday", "2022-01-24"}}),
      Make("a5", 4, kMonday, "2022-01-26", {{"Monday", "2022-01-24"}}, "a4"),
  };
  const Timeline t = BuildTimeline(events, articles);
  ASSERT_EQ(t.dated.size(), 3u);
  EXPECT_EQ(t.dated[0].event.id, 4);
  EXPECT_EQ(t.dated[0].date, "2022-01-24");
  EXPECT_EQ(t.dated[0].date_basis, "content");
  ASSERT_EQ(t.dated[0].articles.size(), 2u);
  EXPECT_EQ(t.dated[0].articles[0].article_id, "a4");  // the original first
  EXPECT_EQ(t.dated[1].event.id, 2);
  EXPECT_EQ(t.dated[1].date, "2022-02-02");
  EXPECT_EQ(t.dated[1].date_basis, "published");
  EXPECT_EQ(t.dated[2].event.id, 1);
  EXPECT_EQ(t.dated[2].date, "2022-02-09");
  ASSERT_EQ(t.undated.size(), 1u);
  EXPECT_EQ(t.undated[0].event.id, 3);
  EXPECT_TRUE(t.undated[0].date.empty());
  EXPECT_TRUE(t.undated[0].date_basis.empty());
  EXPECT_EQ(t.undated[0].description, "Blinken said the United States had seen no withdrawal of Russian forces.");
}

TEST(TimelineTest, DescriptionIsALeadSentenceCutCleanly) {
  const std::string long_lead =
      "US President Joe Biden sought to maintain pressure on Russian leader Vladimir Putin over Ukraine on Friday, "
      "announcing the deployment of a small number of soldiers to Eastern Europe even as the highest-ranking US "
      "officials at the Pentagon supported a new diplomatic endeavour with Moscow and its allies.";
  const Timeline t = BuildTimeline({Event(1)}, {Make("a", 1, "Related Articles\n\n" + long_lead, "")});
  ASSERT_EQ(t.undated.size(), 1u);
  const std::string& d = t.undated[0].description;
  EXPECT_LE(d.size(), 224u);
  EXPECT_EQ(d.rfind("US President Joe Biden sought", 0), 0u);
  EXPECT_EQ(d.substr(d.size() - 3), "…");
  EXPECT_NE(d[d.size() - 4], ' ');
}

}  // namespace
}  // namespace sitrep::report
