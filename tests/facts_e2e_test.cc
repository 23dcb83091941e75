// What ../shared/corpus/seeds-expected.md lists under points 2 (quotes and speakers),
// 3 (figures and what they count) and 5 (entities merged across spellings), checked
// through the commands a user runs after `sitrep ingest`.
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const std::string kSeeds = std::string(SITREP_SHARED_DIR) + "/corpus/seeds";

class SeedFactsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = MakeTempDir("facts");
    db_ = dir_ + "/sitrep.db";
    CommandResult r = RunCommand({SITREP_BIN, "ingest", kSeeds, "--db", db_});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }

  static std::vector<nlohmann::json> Json(std::vector<std::string> args) {
    args.insert(args.begin(), SITREP_BIN);
    args.insert(args.end(), {"--json", "--limit", "-1", "--db", db_});
    CommandResult r = RunCommand(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return JsonLines(r.out);
  }

  // The seed number ("000") of the article a fact was read in.
  static std::string SeedOf(const nlohmann::json& fact) {
    static std::map<std::string, std::string> by_id;
    if (by_id.empty()) {
      CommandResult r = RunCommand({SITREP_BIN, "articles", "--json", "--db", db_});
      for (const auto& a : JsonLines(r.out)) {
        by_id[a["id"]] = std::filesystem::path(std::string(a["origin"])).filename().string().substr(0, 3);
      }
    }
    return by_id[fact["article_id"]];
  }

  static std::string dir_, db_;

 public:
  static std::string SeedOfPublic(const nlohmann::json& fact) { return SeedOf(fact); }
};
std::string SeedFactsTest::dir_, SeedFactsTest::db_;

struct ExpectedQuote {
  const char* seed;
  const char* speaker;
  const char* words;  // a stretch of the quote
};

TEST_F(SeedFactsTest, ListedQuotesHaveTheirSpeakers) {
  const ExpectedQuote expected[] = {
      {"000", "John Kirby", "We have continued, including in the past 24 hours"},
      {"001", "Lloyd Austin", "Conflict is not inevitable"},
      {"002", "Antony Blinken", "there is a difference between what Russia says and what it does"},
      {"002", "Jens Stoltenberg", "we have not seen any withdrawal of Russian forces"},
      {"003", "Vladimir Putin", "Ukraine itself is just a tool to achieve this goal"},
      {"004", "Dmitry Peskov", "All this is not happening because of what we are doing"},
  };
  const auto quotes = Json({"quotes"});
  for (const ExpectedQuote& e : expected) {
    bool found = false;
    for (const auto& q : quotes) {
      if (SeedOf(q) != e.seed || std::string(q["text"]).find(e.words) == std::string::npos) continue;
      found = true;
      EXPECT_EQ(q["speaker"], e.speaker) << e.words;
      EXPECT_TRUE(q["direct"].get<bool>()) << e.words;
    }
    EXPECT_TRUE(found) << "no quote with \"" << e.words << "\" in " << e.seed;
  }
  // The spun cue of 003 attributes Putin's words all the same.
  for (const auto& q : quotes) {
    if (std::string(q["text"]).find("just a tool") != std::string::npos) {
      EXPECT_EQ(q["cue"], "mentioned");
    }
  }
}

TEST_F(SeedFactsTest, SpeakerFilterFindsKirbyByHisSurname) {
  const auto quotes = Json({"quotes", "--speaker", "kirby"});
  ASSERT_GE(quotes.size(), 3u);
  for (const auto& q : quotes) EXPECT_EQ(q["speaker"], "John Kirby");
}

// A figure of `seed` with this value that counts `counted` (any of the words).
bool HasFigure(const std::vector<nlohmann::json>& figures, const std::string& seed, double value,
               const std::set<std::string>& counted, const std::string& qualifier = "*") {
  for (const auto& f : figures) {
    if (SeedFactsTest::SeedOfPublic(f) != seed || f["value"].get<double>() != value) continue;
    const std::string c = f["counted"].is_null() ? "" : std::string(f["counted"]);
    const std::string q = f["qualifier"].is_null() ? "" : std::string(f["qualifier"]);
    if (counted.count(c) && (qualifier == "*" || qualifier == q)) return true;
  }
  return false;
}

TEST_F(SeedFactsTest, ListedFiguresWithWhatTheyCount) {
  const auto figures = Json({"figures"});
  // More than 100,000 Russian troops, in four wordings.
  EXPECT_TRUE(HasFigure(figures, "000", 100000, {"soldiers"}, "more than"));
  EXPECT_TRUE(HasFigure(figures, "001", 100000, {"troops"}, "more than"));
  EXPECT_TRUE(HasFigure(figures, "004", 100000, {"troops"}, "estimated"));
  EXPECT_TRUE(HasFigure(figures, "004", 8500, {"troops"}));
  EXPECT_TRUE(HasFigure(figures, "000", 3000, {"soldiers"}));
  EXPECT_TRUE(HasFigure(figures, "003", 1000, {"troops"}));
  EXPECT_TRUE(HasFigure(figures, "003", 30000, {"troops"}));
  // The conflicting death tolls.
  EXPECT_TRUE(HasFigure(figures, "003", 13000, {"folks", "people"}, "more than"));
  EXPECT_TRUE(HasFigure(figures, "004", 14000, {"people"}, "about"));
  // One amount in two currencies.
  bool aid = false;
  for (const auto& f : figures) {
    if (f["unit"] == "EUR" && f["value"].get<double>() == 1.2e9) {
      aid = true;
      ASSERT_EQ(f["equivalents"].size(), 1u);
      EXPECT_EQ(f["equivalents"][0]["unit"], "USD");
      EXPECT_EQ(f["equivalents"][0]["value"].get<double>(), 1.4e9);
    }
  }
  EXPECT_TRUE(aid);
  // Filtering by what is counted.
  for (const auto& f : Json({"figures", "--counted", "troops"})) EXPECT_EQ(f["counted"], "troops");
}

// The owner of a figure with this value in this seed, "" when it has none.
std::string OwnerOf(const std::vector<nlohmann::json>& figures, const std::string& seed,
                    double value) {
  for (const auto& f : figures) {
    if (SeedFactsTest::SeedOfPublic(f) != seed || f["value"].get<double>() != value) continue;
    if (!f["owner"].is_null()) return f["owner"];
  }
  return "";
}

TEST_F(SeedFactsTest, FiguresSayWhoseTroopsTheyCount) {
  const auto figures = Json({"figures"});
  EXPECT_EQ(OwnerOf(figures, "004", 100000), "Russia");  // "Russia has gathered an estimated"
  EXPECT_EQ(OwnerOf(figures, "004", 8500), "United States");  // "8,500 US-based troops"
  EXPECT_EQ(OwnerOf(figures, "003", 1000), "United States");  // "1,000 US troops"
  EXPECT_EQ(OwnerOf(figures, "000", 3000), "American");       // "3,000 American soldiers"
  // Nobody owns the dead: "More than 13,000 folks have been killed".
  EXPECT_EQ(OwnerOf(figures, "003", 13000), "");
}

TEST_F(SeedFactsTest, EntitiesMergeAcrossSpellingsAndArticles) {
  const auto people = Json({"entities", "--type", "PER"});
  std::map<std::string, nlohmann::json> by_name;
  for (const auto& e : people) by_name[e["name"]] = e;
  ASSERT_TRUE(by_name.count("John Kirby"));
  EXPECT_EQ(by_name["John Kirby"]["articles"], 3);  // 000, 003 and 004 name him
  EXPECT_THAT(by_name["John Kirby"]["roles"], Contains("Pentagon spokesman"));
  EXPECT_FALSE(by_name.count("Kirby"));
  ASSERT_TRUE(by_name.count("Vladimir Putin"));
  EXPECT_EQ(by_name["Vladimir Putin"]["articles"], 5);
  EXPECT_FALSE(by_name.count("Putin"));

  const auto places = Json({"entities", "--type", "LOC", "--name", "ky"});
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0]["name"], "Kyiv");
  EXPECT_TRUE(Json({"entities", "--name", "kiev"}).empty());  // one entity, named Kyiv

  // One entity named NATO holds its mentions in all five reports. The spun report 004
  // also yields "Demanding NATO" ("..., Demanding NATO’s promise that"): the learned
  // tagger reads the capitalised participle as part of a name, an error the seed scores
  // count (entity_seeds_test).
  int named_nato = 0;
  for (const auto& e : Json({"entities", "--type", "ORG", "--name", "nato"})) {
    if (e["name"] != "NATO") continue;
    ++named_nato;
    EXPECT_EQ(e["articles"], 5);
  }
  EXPECT_EQ(named_nato, 1);
}

TEST_F(SeedFactsTest, NoSiteFurnitureInTextsOrSearch) {
  const char* furniture[] = {"Related Articles", "Leave a Reply", "Your email address will not be published",
                             "Back to top button", "Source link", "Comments are closed", "Read |",
                             "Reading:", "News of max", "has not been edited by NDTV staff"};
  for (const auto& a : JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db_}).out)) {
    CommandResult r = RunCommand({SITREP_BIN, "article", a["id"], "--json", "--db", db_});
    const std::string text = nlohmann::json::parse(r.out)["text"];
    for (const char* f : furniture) EXPECT_EQ(text.find(f), std::string::npos) << f << " in " << a["origin"];
  }
  for (const char* phrase : {"\"Leave a Reply\"", "\"Back to top\"", "\"Source link\""}) {
    CommandResult r = RunCommand({SITREP_BIN, "search", phrase, "--json", "--db", db_});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(JsonLines(r.out).empty()) << phrase;
  }
}

TEST_F(SeedFactsTest, ClaimsShowTheDeathTollDisputeAndTheAgreedBuildUp) {
  CommandResult r = RunCommand({SITREP_BIN, "claims", "--json", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  bool dispute = false, build_up = false;
  for (const auto& g : JsonLines(r.out)) {
    if (g["what"] == "people killed" && g["low"] == 13000 && g["high"] == 14000) {
      dispute = g["status"] == "conflict";
    }
    if (g["what"] == "troops" && g["low"] == 100000 && g["high"] == 100000) {
      build_up = g["status"] == "agree" && g["sources"].size() >= 4;
    }
  }
  EXPECT_TRUE(dispute) << r.out;
  EXPECT_TRUE(build_up) << r.out;
  const auto conflicts = JsonLines(RunCommand({SITREP_BIN, "claims", "--conflicts", "--json", "--db", db_}).out);
  ASSERT_FALSE(conflicts.empty());
  for (const auto& g : conflicts) EXPECT_EQ(g["status"], "conflict");
}

TEST_F(SeedFactsTest, OneStorylineHoldsAllFiveReports) {
  const auto storylines = Json({"storylines"});
  ASSERT_EQ(storylines.size(), 1u);
  EXPECT_EQ(storylines[0]["articles"], 5);
  const auto events = Json({"events", "--storyline", std::to_string(storylines[0]["id"].get<int64_t>())});
  size_t articles = 0;
  for (const auto& e : events) articles += e["articles"].get<size_t>();
  EXPECT_EQ(articles, 5u);
}

TEST_F(SeedFactsTest, ArticleShowsItsFacts) {
  const auto quotes = Json({"quotes", "--speaker", "Stoltenberg"});
  ASSERT_FALSE(quotes.empty());
  CommandResult r = RunCommand({SITREP_BIN, "article", quotes[0]["article_id"], "--json", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  const auto& facts = j["facts"];
  EXPECT_TRUE(facts["analysed"].get<bool>());
  EXPECT_FALSE(facts["entities"].empty());
  EXPECT_FALSE(facts["quotes"].empty());
  // Offsets point at the quoted words in the article's text.
  const std::string text = j["text"];
  for (const auto& q : facts["quotes"]) {
    const size_t b = q["begin"], e = q["end"];
    ASSERT_LE(e, text.size());
    EXPECT_EQ(text.substr(b, e - b), std::string(q["text"]));
  }
  CommandResult shown = RunCommand({SITREP_BIN, "article", quotes[0]["article_id"], "--db", db_});
  EXPECT_THAT(shown.out, HasSubstr("Jens Stoltenberg"));
  EXPECT_THAT(shown.out, HasSubstr("\nquotes\n"));
}

TEST_F(SeedFactsTest, ReingestAddsNoFactTwice) {
  const size_t quotes = Json({"quotes"}).size();
  const size_t figures = Json({"figures"}).size();
  CommandResult r = RunCommand({SITREP_BIN, "ingest", kSeeds, "--rescan", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Json({"quotes"}).size(), quotes);
  EXPECT_EQ(Json({"figures"}).size(), figures);
}

TEST(ExtractCommandTest, ShowsOneDocumentsFactsWithoutAStore) {
  std::string seed;
  for (const auto& e : std::filesystem::directory_iterator(kSeeds)) {
    if (e.path().filename().string().rfind("000", 0) == 0) seed = e.path().string();
  }
  ASSERT_FALSE(seed.empty());
  const std::string dir = MakeTempDir("extract");
  CommandResult r = RunCommand({SITREP_BIN, "extract", seed, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const auto& j = lines[0];
  EXPECT_EQ(j["published"], "2022-02-10T08:19");
  EXPECT_EQ(j["source"], "AFP");
  bool kirby = false;
  for (const auto& q : j["facts"]["quotes"]) kirby |= q["speaker"] == "John Kirby";
  EXPECT_TRUE(kirby);
  // "Wednesday" resolves against the dateline's date.
  bool resolved = false;
  for (const auto& t : j["facts"]["times"]) resolved |= t["resolved"].get<bool>();
  EXPECT_TRUE(resolved);

  CommandResult text = RunCommand({SITREP_BIN, "extract", seed});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.out, HasSubstr("\nquotes\n"));
  CommandResult missing = RunCommand({SITREP_BIN, "extract", dir + "/nope.txt"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("nope.txt"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
