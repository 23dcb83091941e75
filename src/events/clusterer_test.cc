#include <gtest/gtest.h>

#include <string>

#include "sitrep/events.h"

namespace sitrep::events {
namespace {

// Features of a made-up article: terms by id with weight 1, entities and figures by id.
EventFeatures Make(std::vector<uint32_t> terms, std::vector<uint32_t> entities, int32_t day,
                   std::vector<uint32_t> figures = {}, std::string language = "en") {
  EventFeatures f;
  for (uint32_t t : terms) f.terms.emplace_back(t, 1.0f);
  f.entities = std::move(entities);
  f.figures = std::move(figures);
  f.day = day;
  f.language = std::move(language);
  return f;
}

// Two topics with no word in common, and a third sharing the first one's people.
const std::vector<uint32_t> kFlood = {1, 2, 3, 4, 5, 6, 7, 8};
const std::vector<uint32_t> kElection = {101, 102, 103, 104, 105, 106, 107, 108};
const std::vector<uint32_t> kFloodAid = {1, 2, 3, 201, 202, 203, 204, 205};

TEST(EventClustererTest, SameDevelopmentJoinsDifferentOneStartsAnother) {
  EventClusterer c;
  // Background, so that document frequencies mean something.
  for (int i = 0; i < 20; ++i) c.Add(Make({uint32_t(1000 + i), uint32_t(2000 + i)}, {}, 100));
  const Assignment a = c.Add(Make(kFlood, {7}, 100));
  const Assignment b = c.Add(Make(kFlood, {7}, 101));
  const Assignment e = c.Add(Make(kElection, {9}, 101));
  EXPECT_TRUE(a.new_event);
  EXPECT_FALSE(b.new_event);
  EXPECT_EQ(b.event, a.event);
  EXPECT_GT(b.score, 0.4);
  EXPECT_TRUE(e.new_event);
  EXPECT_NE(e.storyline, a.storyline);
}

// No background here: the stream opens on one story, and the words its reports share are
// all that the document frequencies have seen.
TEST(EventClustererTest, FirstReportsOfAStreamMeetOnTheWordsOfTheirStory) {
  EventClusterer c;
  const std::vector<uint32_t> strike = {1, 2, 3, 4, 5, 6, 7, 8};
  auto with = [](std::vector<uint32_t> terms, std::vector<uint32_t> own) {
    terms.insert(terms.end(), own.begin(), own.end());
    return terms;
  };
  const Assignment first = c.Add(Make(with(strike, {11, 12, 13, 14}), {}, 100));
  // The same development told with a few words of its own.
  const Assignment second = c.Add(Make(with(strike, {21, 22, 23, 24}), {}, 100));
  EXPECT_FALSE(second.new_event);
  EXPECT_EQ(second.event, first.event);
  // The next development: half the story's words, more of its own.
  const Assignment next = c.Add(Make({1, 2, 3, 4, 31, 32, 33, 34, 35, 36, 37, 38}, {}, 101));
  EXPECT_TRUE(next.new_event);
  EXPECT_EQ(next.storyline, first.storyline);
  // Sharing no word, another story is still another storyline.
  const Assignment other = c.Add(Make(kElection, {}, 101));
  EXPECT_TRUE(other.new_storyline);
}

TEST(EventClustererTest, LaterDevelopmentStartsAnEventInTheSameStoryline) {
  EventClusterer c;
  for (int i = 0; i < 20; ++i) c.Add(Make({uint32_t(1000 + i)}, {}, 100));
  const Assignment flood = c.Add(Make(kFlood, {7, 8}, 100));
  c.Add(Make(kFlood, {7, 8}, 100));
  // A week later, the aid: some words and the same actors, beyond the event's days.
  const Assignment aid = c.Add(Make(kFloodAid, {7, 8}, 107));
  EXPECT_TRUE(aid.new_event);
  EXPECT_EQ(aid.storyline, flood.storyline);
}

// Two stories in one country name the same country and minister, and each its own people
// and places: sharing those two does not make the strike a part of the flood, while the
// flood's later aid, naming the flood's own river and town, still does.
TEST(EventClustererTest, StoriesSharingACountryAndOfficialStayApart) {
  EventClusterer c;
  for (int i = 0; i < 20; ++i) c.Add(Make({uint32_t(1000 + i), uint32_t(2000 + i)}, {}, 100));
  const uint32_t country = 7, minister = 8, river = 9, town = 10;
  const Assignment flood = c.Add(Make(kFlood, {country, minister, river, town}, 100));
  c.Add(Make(kFlood, {country, minister, river, town}, 100));
  // A strike in the same country: none of the flood's words, its union, leader, city and
  // employer besides the country and minister.
  const std::vector<uint32_t> kStrike = {301, 302, 303, 304, 305, 306, 307, 308};
  const Assignment strike = c.Add(Make(kStrike, {country, minister, 31, 32, 33, 34}, 102));
  EXPECT_TRUE(strike.new_storyline);
  EXPECT_NE(strike.storyline, flood.storyline);
  const Assignment aid = c.Add(Make(kFloodAid, {river, town, 41}, 102));
  EXPECT_TRUE(aid.new_event);
  EXPECT_EQ(aid.storyline, flood.storyline);
  // The strike's next development goes with the strike.
  const Assignment talks =
      c.Add(Make({301, 302, 303, 311, 312, 313, 314, 315}, {country, minister, 31, 32}, 106));
  EXPECT_TRUE(talks.new_event);
  EXPECT_EQ(talks.storyline, strike.storyline);
}

TEST(EventClustererTest, DaysApartAndLanguagesApartDoNotJoin) {
  EventClusterer c;
  const Assignment a = c.Add(Make(kFlood, {7}, 100));
  const Assignment later = c.Add(Make(kFlood, {7}, 100 + 10));
  EXPECT_TRUE(later.new_event);
  EXPECT_TRUE(c.Add(Make(kFlood, {7}, 100, {}, "de")).new_event);
  // An undated article is placed by its content alone: either flood event will do.
  const Assignment undated = c.Add(Make(kFlood, {7}, kNoDay));
  EXPECT_FALSE(undated.new_event);
  EXPECT_TRUE(undated.event == a.event || undated.event == later.event);
}

TEST(EventClustererTest, CopyJoinsItsOriginalsEvent) {
  EventClusterer c;
  const Assignment a = c.Add(Make(kFlood, {7}, 100));
  c.Add(Make(kElection, {9}, 100));
  const Assignment copy = c.Add(Make(kElection, {9}, 100), a.event);
  EXPECT_EQ(copy.event, a.event);
  EXPECT_EQ(copy.storyline, a.storyline);
  EXPECT_EQ(copy.score, 1.0);
}

TEST(EventClustererTest, QuietEventsRetireSoTheLiveSetStaysBounded) {
  ClusterOptions o;
  o.event_retire_days = 3;
  o.storyline_retire_days = 3;
  EventClusterer c(o);
  // A new topic every day for ten thousand articles (2,500 topics): all but the last
  // days' retire, at the next purge (every 1,024 articles).
  for (uint32_t i = 0; i < 10000; ++i) {
    const uint32_t topic = i / 4;
    c.Add(Make({topic * 10 + 1, topic * 10 + 2, topic * 10 + 3}, {topic}, static_cast<int32_t>(topic)));
  }
  EXPECT_LT(c.live_events(), 300u);
  EXPECT_LT(c.live_storylines(), 300u);
}

TEST(EventClustererTest, ReplayDecidesTheSame) {
  std::vector<EventFeatures> stream;
  for (uint32_t i = 0; i < 300; ++i) {
    const uint32_t topic = i % 7;
    std::vector<uint32_t> terms = {topic * 10 + 1, topic * 10 + 2, topic * 10 + (i % 3) + 3, 500 + i};
    stream.push_back(Make(terms, {topic}, static_cast<int32_t>(100 + i / 30), {topic * 3 + i % 2}));
  }
  EventClusterer a, b;
  for (const EventFeatures& f : stream) {
    EventFeatures copy;
    ASSERT_TRUE(ParseEventFeatures(SerializeEventFeatures(f), &copy));
    const Assignment x = a.Add(f), y = b.Add(copy);
    EXPECT_EQ(x.event, y.event);
    EXPECT_EQ(x.storyline, y.storyline);
  }
}

TEST(EventFeaturesCodecTest, RoundTripsAndRefusesDamage) {
  EventFeatures f = Make({3, 1, 2}, {5, 9}, 19000, {4});
  f.terms[1].second = 2.5f;
  const std::string bytes = SerializeEventFeatures(f);
  EventFeatures back;
  ASSERT_TRUE(ParseEventFeatures(bytes, &back));
  EXPECT_EQ(back.terms, f.terms);
  EXPECT_EQ(back.entities, f.entities);
  EXPECT_EQ(back.figures, f.figures);
  EXPECT_EQ(back.day, f.day);
  EXPECT_EQ(back.language, "en");
  EXPECT_FALSE(ParseEventFeatures(bytes.substr(0, bytes.size() - 1), &back));
  EXPECT_FALSE(ParseEventFeatures("", &back));
  EXPECT_FALSE(ParseEventFeatures(bytes + "x", &back));
}

TEST(EventFeaturesTest, DaysTermsAndEntitiesFromAnArticle) {
  Article a;
  a.title = "Floods force evacuations in Zaragoza";
  a.text = "Floods forced thousands to leave their homes in Zaragoza on Tuesday.\n\nRescuers "
           "evacuated 980 people from the flooded districts.";
  a.published = "2023-06-20T10:00";
  a.language = "en";
  extract::ArticleFacts facts = extract::AnalyseArticle(a);
  const EventFeatures f = ComputeEventFeatures(a, facts);
  EXPECT_EQ(f.day, 19528);  // 2023-06-20
  EXPECT_FALSE(f.terms.empty());
  EXPECT_FALSE(f.entities.empty());  // Zaragoza
  EXPECT_FALSE(f.figures.empty());   // 980 people
  // Dated to the month only, "on Tuesday" cannot be resolved: no day is guessed.
  a.published = "2023-06";
  EXPECT_EQ(ComputeEventFeatures(a, extract::AnalyseArticle(a)).day, kNoDay);
  // An undated text that names a day places the article there.
  a.published = "";
  a.text += "\n\nThe river peaked on June 19, 2023.";
  EXPECT_EQ(ComputeEventFeatures(a, extract::AnalyseArticle(a)).day, 19527);
}

}  // namespace
}  // namespace sitrep::events
