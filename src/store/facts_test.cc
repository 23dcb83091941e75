// Facts stored with their articles: written once, merged across articles, listed back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sitrep/store.h"
#include "store/testing.h"

namespace sitrep::store {
namespace {

using ::testing::ElementsAre;
using testing::MakeArticle;
using testing::TestId;

EntityQuery OfType(const std::string& type) {
  EntityQuery q;
  q.type = type;
  return q;
}

// An entity of an article with one name mention per [begin, end) pair.
void AddEntity(extract::ArticleFacts* facts, const std::string& type, const std::string& name,
               const std::string& key, std::vector<std::pair<size_t, size_t>> spans,
               std::vector<std::string> roles = {}) {
  extract::Entity e;
  e.id = static_cast<int>(facts->entities.entities.size());
  e.type = type;
  e.name = name;
  e.key = key;
  e.roles = std::move(roles);
  for (auto [b, end] : spans) {
    extract::Mention m;
    m.begin = b;
    m.end = end;
    m.entity = e.id;
    e.mentions.push_back(static_cast<int>(facts->entities.mentions.size()));
    facts->entities.mentions.push_back(m);
  }
  facts->entities.entities.push_back(e);
}

size_t Find(const std::string& text, const std::string& words) { return text.find(words); }

class FactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    ASSERT_TRUE(Store::Open(dir_.File("facts.db"), &store_).ok());
  }

  // "John Kirby said ... Kyiv": a quote, a figure, a time, two entities.
  void CommitBriefing() {
    Article a = MakeArticle(TestId(1, 1), "Briefing",
                            "Pentagon spokesman John Kirby said: \"8,500 troops are on alert.\" "
                            "He spoke of Kyiv on Monday.",
                            "2022-01-24", "AFP");
    extract::ArticleFacts f;
    f.analysed = true;
    const std::string& t = a.text;
    AddEntity(&f, "PER", "John Kirby", "john kirby", {{Find(t, "John Kirby"), Find(t, "John Kirby") + 10}},
              {"Pentagon spokesman"});
    AddEntity(&f, "LOC", "Kyiv", "kyiv", {{Find(t, "Kyiv"), Find(t, "Kyiv") + 4}});
    extract::Quote q;
    q.begin = Find(t, "8,500");
    q.end = Find(t, "alert.") + 6;
    q.cue = "said";
    q.speaker_entity = 0;
    q.speaker_name = "John Kirby";
    f.quotes.push_back(q);
    extract::Figure fig;
    fig.begin = Find(t, "8,500");
    fig.end = fig.begin + 12;
    fig.value = fig.value_high = 8500;
    fig.counted = "troops";
    fig.owner_entity = 1;  // the store keeps whichever owner the extractors found
    f.figures.push_back(fig);
    extract::TimeExpr time;
    time.begin = Find(t, "Monday");
    time.end = time.begin + 6;
    time.kind = "date";
    time.value = "2022-01-24";
    time.relative = time.resolved = true;
    f.times.push_back(time);
    Commit({a}, {f});
  }

  void Commit(const std::vector<Article>& articles, const std::vector<extract::ArticleFacts>& facts) {
    BatchResult result;
    Status s = store_->CommitBatch(articles, facts, {}, &result);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::vector<StoredEntity> Entities(EntityQuery q = {}) {
    std::vector<StoredEntity> out;
    Status s = store_->ListEntities(q, &out);
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }

  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(FactsTest, StoresAndListsEachKindOfFact) {
  CommitBriefing();
  std::vector<StoredQuote> quotes;
  ASSERT_TRUE(store_->ListQuotes({}, &quotes).ok());
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "8,500 troops are on alert.");
  EXPECT_EQ(quotes[0].speaker, "John Kirby");
  EXPECT_NE(quotes[0].speaker_id, 0);
  EXPECT_EQ(quotes[0].from.source, "AFP");
  std::vector<StoredFigure> figures;
  ASSERT_TRUE(store_->ListFigures({}, &figures).ok());
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].value, 8500);
  EXPECT_EQ(figures[0].text, "8,500 troops");
  EXPECT_EQ(figures[0].counted, "troops");
  EXPECT_EQ(figures[0].owner, "Kyiv");
  ASSERT_NE(figures[0].owner_id, 0);
  EntityQuery by_name;
  by_name.name = "Kyiv";
  const std::vector<StoredEntity> kyiv = Entities(by_name);
  ASSERT_EQ(kyiv.size(), 1u);
  EXPECT_EQ(figures[0].owner_id, kyiv[0].id);
  ArticleFactsView view;
  ASSERT_TRUE(store_->GetArticleFacts(TestId(1, 1), &view).ok());
  EXPECT_TRUE(view.known);
  EXPECT_TRUE(view.analysed);
  ASSERT_EQ(view.entities.size(), 2u);
  EXPECT_EQ(view.entities[0].name, "John Kirby");
  EXPECT_THAT(view.entities[0].roles, ElementsAre("Pentagon spokesman"));
  ASSERT_EQ(view.figures.size(), 1u);
  EXPECT_EQ(view.figures[0].owner, "Kyiv");
  ASSERT_EQ(view.times.size(), 1u);
  EXPECT_EQ(view.times[0].text, "Monday");
  EXPECT_EQ(view.times[0].value, "2022-01-24");
  const CorpusStats stats = store_->Stats();
  EXPECT_EQ(stats.analysed, 1);
  EXPECT_EQ(stats.entities, 2);
  EXPECT_EQ(stats.quotes, 1);
  EXPECT_EQ(stats.figures, 1);
}

TEST_F(FactsTest, EntitiesMergeAcrossArticlesBySurnameAndKey) {
  CommitBriefing();
  Article b = MakeArticle(TestId(1, 2), "Update", "Kirby said Kiev was calm.", "2022-01-25", "Reuters");
  extract::ArticleFacts f;
  f.analysed = true;
  AddEntity(&f, "PER", "Kirby", "kirby", {{0, 5}});
  AddEntity(&f, "LOC", "Kyiv", "kyiv", {{11, 15}});
  Commit({b}, {f});
  const auto people = Entities(OfType("PER"));
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "John Kirby");
  EXPECT_EQ(people[0].articles, 2);
  EXPECT_THAT(people[0].names, ElementsAre("John Kirby", "Kirby"));
  const auto places = Entities(OfType("LOC"));
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].articles, 2);
  // Bounds count only the articles inside them.
  EntityQuery later;
  later.since = "2022-01-25";
  later.type = "PER";
  const auto bounded = Entities(later);
  ASSERT_EQ(bounded.size(), 1u);
  EXPECT_EQ(bounded[0].articles, 1);
}

TEST_F(FactsTest, MostQuotedListsOnlyQuotedSpeakers) {
  CommitBriefing();
  EntityQuery q;
  q.most_quoted = true;
  const auto quoted = Entities(q);
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].name, "John Kirby");
  EXPECT_EQ(quoted[0].quotes, 1);
  q.since = "2022-01-01";
  EXPECT_EQ(Entities(q).size(), 1u);
}

TEST_F(FactsTest, SurnameOfTwoKnownPeopleStaysApart) {
  CommitBriefing();
  Article b = MakeArticle(TestId(1, 2), "Other Kirby", "Ann Kirby spoke.", "", "");
  extract::ArticleFacts fb;
  fb.analysed = true;
  AddEntity(&fb, "PER", "Ann Kirby", "ann kirby", {{0, 9}});
  Article c = MakeArticle(TestId(1, 3), "Which Kirby", "Kirby spoke.", "", "");
  extract::ArticleFacts fc;
  fc.analysed = true;
  AddEntity(&fc, "PER", "Kirby", "kirby", {{0, 5}});
  Commit({b, c}, {fb, fc});
  std::vector<std::string> names;
  for (const auto& e : Entities(OfType("PER"))) names.push_back(e.name);
  EXPECT_THAT(names, ::testing::UnorderedElementsAre("John Kirby", "Ann Kirby", "Kirby"));
}

TEST_F(FactsTest, DuplicateArticleAddsNoFacts) {
  CommitBriefing();
  CommitBriefing();
  std::vector<StoredQuote> quotes;
  ASSERT_TRUE(store_->ListQuotes({}, &quotes).ok());
  EXPECT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Entities()[0].articles, 1);
}

TEST_F(FactsTest, SkippedAndUnknownArticlesSaySo) {
  Article fr = MakeArticle(TestId(2, 1), "Bonjour", "Le texte est en français.", "", "");
  fr.language = "fr";
  extract::ArticleFacts skipped;
  skipped.skipped = "extractors read English only; language is fr";
  Commit({fr}, {skipped});
  Article old = MakeArticle(TestId(2, 2), "Old", "Stored without facts.", "", "");
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch({old}, {}, &result).ok());
  ArticleFactsView view;
  ASSERT_TRUE(store_->GetArticleFacts(TestId(2, 1), &view).ok());
  EXPECT_TRUE(view.known);
  EXPECT_FALSE(view.analysed);
  EXPECT_EQ(view.skipped, skipped.skipped);
  ASSERT_TRUE(store_->GetArticleFacts(TestId(2, 2), &view).ok());
  EXPECT_FALSE(view.known);
  EXPECT_FALSE(store_->GetArticleFacts("ffffffffffffffff", &view).ok());
}

TEST_F(FactsTest, FiltersSelectBySpeakerTextCountedAndDate) {
  CommitBriefing();
  std::vector<StoredQuote> quotes;
  QuoteQuery by_speaker;
  by_speaker.speaker = "KIRBY";
  ASSERT_TRUE(store_->ListQuotes(by_speaker, &quotes).ok());
  EXPECT_EQ(quotes.size(), 1u);
  by_speaker.speaker = "Blinken";
  ASSERT_TRUE(store_->ListQuotes(by_speaker, &quotes).ok());
  EXPECT_TRUE(quotes.empty());
  QuoteQuery by_text;
  by_text.text = "100%_";  // LIKE wildcards are taken literally
  ASSERT_TRUE(store_->ListQuotes(by_text, &quotes).ok());
  EXPECT_TRUE(quotes.empty());
  std::vector<StoredFigure> figures;
  FigureQuery counted;
  counted.counted = "TROOPS";
  ASSERT_TRUE(store_->ListFigures(counted, &figures).ok());
  EXPECT_EQ(figures.size(), 1u);
  counted.until = "2022-01-23";
  ASSERT_TRUE(store_->ListFigures(counted, &figures).ok());
  EXPECT_TRUE(figures.empty());
  counted.until = "yesterday";
  EXPECT_FALSE(store_->ListFigures(counted, &figures).ok());
}

TEST_F(FactsTest, ScopesSelectByStorylineEventEntityAndSpeaker) {
  CommitBriefing();  // article 1: Kirby, Kyiv; no event
  // Two more articles, in storylines 7 and 8; only the first names Kyiv.
  Batch batch;
  batch.articles = {MakeArticle(TestId(2, 1), "Kyiv", "Kyiv was calm.", "2022-01-25"),
                    MakeArticle(TestId(2, 2), "Elsewhere", "Nothing here.", "2022-01-26")};
  extract::ArticleFacts kyiv;
  kyiv.analysed = true;
  AddEntity(&kyiv, "LOC", "Kyiv", "kyiv", {{0, 4}});
  extract::ArticleFacts none;
  none.analysed = true;
  batch.facts = {kyiv, none};
  batch.events = {{"", 70, 7, 1.0}, {"", 80, 8, 1.0}};
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch(batch, &result).ok());

  const std::vector<StoredEntity> places = Entities(OfType("LOC"));
  ASSERT_EQ(places.size(), 1u);
  EntityQuery by_id;
  by_id.id = places[0].id;
  ASSERT_EQ(Entities(by_id).size(), 1u);
  by_id.id = places[0].id + 1000;
  EXPECT_TRUE(Entities(by_id).empty());

  auto ids = [](const std::vector<StoredArticle>& v) {
    std::vector<std::string> out;
    for (const StoredArticle& a : v) out.push_back(a.article.id);
    return out;
  };
  ListOptions in_storyline;
  in_storyline.storyline = 7;
  EXPECT_THAT(ids(store_->ListArticles(in_storyline)), ElementsAre(TestId(2, 1)));
  ListOptions in_event;
  in_event.event = 80;
  EXPECT_THAT(ids(store_->ListArticles(in_event)), ElementsAre(TestId(2, 2)));
  ListOptions naming;
  naming.entity = places[0].id;
  EXPECT_THAT(ids(store_->ListArticles(naming)), ElementsAre(TestId(1, 1), TestId(2, 1)));

  SearchQuery search;
  search.text = "kyiv";
  std::vector<SearchHit> hits;
  ASSERT_TRUE(store_->Search(search, &hits).ok());
  EXPECT_EQ(hits.size(), 2u);
  search.storyline = 7;
  ASSERT_TRUE(store_->Search(search, &hits).ok());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].article.article.id, TestId(2, 1));

  std::vector<StoredQuote> quotes;
  QuoteQuery by_speaker;
  by_speaker.speaker_id = Entities(OfType("PER")).at(0).id;
  ASSERT_TRUE(store_->ListQuotes(by_speaker, &quotes).ok());
  EXPECT_EQ(quotes.size(), 1u);
  by_speaker.storyline = 7;  // the quote's article is in no storyline
  ASSERT_TRUE(store_->ListQuotes(by_speaker, &quotes).ok());
  EXPECT_TRUE(quotes.empty());

  std::vector<CountByKey> days;
  ASSERT_TRUE(store_->ArticlesPerDay(8, &days).ok());
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].key, "2022-01-26");
  ASSERT_TRUE(store_->ArticlesPerDay(0, &days).ok());
  EXPECT_EQ(days.size(), 3u);
}

// What a storyline's report reads in bulk: the event of each of its articles, the time
// expressions of chosen articles, and only the copy groups that reach into it.
TEST_F(FactsTest, StorylineReadsEventsTimesAndItsCopyGroups) {
  CommitBriefing();  // article 1: one time expression, no event
  Batch batch;
  batch.articles = {MakeArticle(TestId(3, 1), "First", "Troops moved.", "2022-02-01"),
                    MakeArticle(TestId(3, 2), "First", "Troops moved.", "2022-02-02"),
                    MakeArticle(TestId(3, 3), "Other", "Talks began.", "2022-02-03"),
                    MakeArticle(TestId(3, 4), "Other", "Talks began.", "2022-02-04")};
  batch.facts.assign(4, extract::ArticleFacts());
  for (auto& f : batch.facts) {
    f.analysed = true;
    extract::Quote q;  // each article quotes its own text, unattributed
    q.begin = 0;
    q.end = 5;
    q.speaker_name = "an official";
    f.quotes.push_back(q);
  }
  batch.copies.assign(4, CopyRecord());
  batch.copies[1].original_id = batch.copies[1].group_id = TestId(3, 1);
  batch.copies[3].original_id = batch.copies[3].group_id = TestId(3, 3);
  for (size_t i : {1, 3}) {
    batch.copies[i].kind = "exact";
    batch.copies[i].reused_share = batch.copies[i].similarity = batch.copies[i].coverage = 1.0;
  }
  // Storyline 7 holds articles 1 and 2 (event 70) and the copy of article 3 (event 71);
  // storyline 8 holds article 3 alone.
  batch.events = {{"", 70, 7, 1.0}, {"", 70, 7, 1.0}, {"", 80, 8, 1.0}, {"", 71, 7, 1.0}};
  BatchResult result;
  ASSERT_TRUE(store_->CommitBatch(batch, &result).ok());

  std::vector<std::pair<int64_t, int64_t>> seq_events;
  ASSERT_TRUE(store_->StorylineEvents(7, &seq_events).ok());
  EXPECT_THAT(seq_events, ElementsAre(std::pair<int64_t, int64_t>{2, 70}, std::pair<int64_t, int64_t>{3, 70},
                                      std::pair<int64_t, int64_t>{5, 71}));
  ASSERT_TRUE(store_->StorylineEvents(9, &seq_events).ok());
  EXPECT_TRUE(seq_events.empty());

  std::vector<std::vector<StoredTime>> times;
  ASSERT_TRUE(store_->ArticleTimes({2, 1, 99}, &times).ok());
  ASSERT_EQ(times.size(), 3u);
  EXPECT_TRUE(times[0].empty());
  ASSERT_EQ(times[1].size(), 1u);
  EXPECT_EQ(times[1][0].text, "Monday");
  EXPECT_EQ(times[1][0].value, "2022-01-24");
  EXPECT_TRUE(times[2].empty());

  // A storyline's originals: the copy of an article of the same storyline is left out,
  // the copy of an article of another storyline is kept.
  QuoteQuery originals;
  originals.limit = -1;
  originals.storyline = 7;
  std::vector<StoredQuote> quotes;
  ASSERT_TRUE(store_->ListQuotes(originals, &quotes).ok());
  EXPECT_EQ(quotes.size(), 3u);
  originals.originals_only = true;
  ASSERT_TRUE(store_->ListQuotes(originals, &quotes).ok());
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].from.article_id, TestId(3, 1));
  EXPECT_EQ(quotes[1].from.article_id, TestId(3, 4));

  auto groups = [&](int64_t storyline) {
    CopyQuery q;
    q.limit = -1;
    q.storyline = storyline;
    std::vector<CopyGroup> out;
    EXPECT_TRUE(store_->ListCopyGroups(q, &out).ok());
    std::vector<std::string> ids;
    for (const CopyGroup& g : out) ids.push_back(g.group_id + "/" + std::to_string(g.members.size()));
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  EXPECT_THAT(groups(0), ElementsAre(TestId(3, 1) + "/2", TestId(3, 3) + "/2"));
  EXPECT_THAT(groups(7), ElementsAre(TestId(3, 1) + "/2", TestId(3, 3) + "/2"));  // one through its copy
  EXPECT_THAT(groups(8), ElementsAre(TestId(3, 3) + "/2"));
  EXPECT_TRUE(groups(9).empty());
}

TEST_F(FactsTest, MismatchedFactsAreRefused) {
  BatchResult result;
  Status s = store_->CommitBatch({MakeArticle(TestId(3, 1), "a", "b")},
                                 {extract::ArticleFacts(), extract::ArticleFacts()}, {}, &result);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(store_->ArticleCount(), 0);
}

}  // namespace
}  // namespace sitrep::store
