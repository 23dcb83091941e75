// The spine as a user meets it: ingest the five seed reports, list, show, search, report.
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

using ::testing::HasSubstr;

const std::string kSeeds = std::string(SITREP_SHARED_DIR) + "/corpus/seeds";

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::is_directory(kSeeds)) << "missing " << kSeeds;
    dir_ = MakeTempDir("seeds");
    db_ = dir_ + "/sitrep.db";
    CommandResult r = Sitrep({"ingest", kSeeds});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  CommandResult Sitrep(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), SITREP_BIN);
    args.push_back("--db");
    args.push_back(db_);
    return RunCommand(args, input);
  }

  // Articles by the seed number that starts their file name ("000", "003"...).
  std::map<std::string, nlohmann::json> ArticlesBySeed() {
    std::map<std::string, nlohmann::json> by_seed;
    for (auto& j : JsonLines(Sitrep({"articles", "--json"}).out)) {
      const std::string origin = j["origin"];
      by_seed[std::filesystem::path(origin).filename().string().substr(0, 3)] = j;
    }
    return by_seed;
  }

  std::string dir_, db_;
};

TEST_F(SeedsTest, IngestsFiveArticlesWithTheDatesTheyCarry) {
  auto seeds = ArticlesBySeed();
  ASSERT_EQ(seeds.size(), 5u);
  EXPECT_EQ(seeds["000"]["published"], "2022-02-10T08:19");
  EXPECT_EQ(seeds["000"]["source"], "AFP");
  EXPECT_EQ(seeds["000"]["dateline"], "Washington");
  EXPECT_EQ(seeds["000"]["title"],
            "Ukraine crisis: The Pentagon warns of the continued flow of Russian troops to the border");
  EXPECT_EQ(seeds["003"]["published"], "2022-02-02");
  // Unknown stays unknown: no date is invented for the others.
  for (const char* s : {"001", "002", "004"}) EXPECT_TRUE(seeds[s]["published"].is_null()) << s;
  for (auto& [seed, j] : seeds) EXPECT_EQ(j["language"], "en") << seed;
}

TEST_F(SeedsTest, SearchKirbyFindsTheThreeReportsThatNameHim) {
  CommandResult r = Sitrep({"search", "Kirby", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> found;
  for (auto& j : JsonLines(r.out)) {
    found.insert(std::filesystem::path(std::string(j["origin"])).filename().string().substr(0, 3));
    EXPECT_THAT(std::string(j["snippet"]), HasSubstr("[Kirby]"));
  }
  EXPECT_EQ(found, (std::set<std::string>{"000", "003", "004"}));
}

TEST_F(SeedsTest, SearchFiltersByDateAndSource) {
  auto since = JsonLines(Sitrep({"search", "Kirby", "--json", "--since", "2022-02-05"}).out);
  ASSERT_EQ(since.size(), 1u);
  EXPECT_EQ(since[0]["source"], "AFP");
  auto until = JsonLines(Sitrep({"search", "Kirby", "--json", "--until", "2022-02-02"}).out);
  ASSERT_EQ(until.size(), 1u);
  EXPECT_EQ(until[0]["published"], "2022-02-02");
  EXPECT_EQ(JsonLines(Sitrep({"search", "Kirby", "--json", "--source", "afp"}).out).size(), 1u);
  CommandResult bad = Sitrep({"search", "Kirby", "--since", "last tuesday"});
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_THAT(bad.err, HasSubstr("--since"));
}

TEST_F(SeedsTest, SearchSurvivesQueriesThatAreNotSearchSyntax) {
  for (const char* q : {"\"unbalanced", "NEAR(", "a:b", "*", "AND OR NOT", "U.S. troops"}) {
    CommandResult r = Sitrep({"search", q, "--json"});
    EXPECT_TRUE(r.exit_code == 0 || r.err.find("empty query") != std::string::npos)
        << q << ": " << r.err;
  }
}

TEST_F(SeedsTest, ReingestingAddsNothing) {
  CommandResult again = Sitrep({"ingest", kSeeds});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("5 unchanged, skipped"));
  CommandResult rescan = Sitrep({"ingest", kSeeds, "--rescan"});
  EXPECT_EQ(rescan.exit_code, 0) << rescan.err;
  EXPECT_THAT(rescan.err, HasSubstr("0 new, 5 already stored"));
  EXPECT_EQ(JsonLines(Sitrep({"articles", "--json"}).out).size(), 5u);
}

TEST_F(SeedsTest, ShowsOneArticleByIdPrefix) {
  auto seeds = ArticlesBySeed();
  const std::string id = seeds["000"]["id"];
  CommandResult r = Sitrep({"article", id.substr(0, 8)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("published   2022-02-10T08:19"));
  EXPECT_THAT(r.out, HasSubstr("John Kirby"));
  auto json = JsonLines(Sitrep({"article", id, "--json"}).out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_THAT(std::string(json[0]["text"]), HasSubstr("more than one hundred thousand soldiers"));
  CommandResult missing = Sitrep({"article", "ffffffffffff"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("no article"));
}

TEST_F(SeedsTest, ReportSummarisesTheStore) {
  CommandResult r = Sitrep({"report"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("5 articles"));
  EXPECT_THAT(r.out, HasSubstr("2022-02-10"));
  auto json = JsonLines(Sitrep({"report", "--json"}).out);
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["articles"], 5);
  EXPECT_EQ(json[0]["dated"], 2);
}

TEST_F(SeedsTest, ReadsStandardInput) {
  CommandResult r = Sitrep({"ingest", "-"},
                           "Floods close the northern highway\n\nHeavy rain closed the road on "
                           "Sunday, officials said.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto hits = JsonLines(Sitrep({"search", "highway", "--json"}).out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["title"], "Floods close the northern highway");
}

TEST(CliTest, HelpListsTheCommands) {
  CommandResult r = RunCommand({SITREP_BIN, "--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* c : {"ingest", "articles", "article", "search", "report"}) {
    EXPECT_THAT(r.out, HasSubstr(c));
  }
  CommandResult sub = RunCommand({SITREP_BIN, "ingest", "--help"});
  EXPECT_EQ(sub.exit_code, 0);
  EXPECT_THAT(sub.out, HasSubstr("--jobs"));
}

TEST(CliTest, RefusesAFileThatIsNotAStore) {
  const std::string dir = MakeTempDir("notastore");
  WriteFile(dir + "/notes.db", "these are my notes, not a database\n");
  CommandResult r = RunCommand({SITREP_BIN, "articles", "--db", dir + "/notes.db"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir + "/notes.db"));
  EXPECT_EQ(ReadFile(dir + "/notes.db"), "these are my notes, not a database\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
