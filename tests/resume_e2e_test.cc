// An ingest killed with SIGKILL at any moment leaves a store that opens, holds whole
// batches only, and completes on re-run with no article missing or doubled.
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

std::vector<std::string> Ids(const std::string& db) {
  CommandResult r = RunCommand({SITREP_BIN, "articles", "--json", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> ids;
  for (auto& j : JsonLines(r.out)) ids.push_back(j["id"]);
  return ids;
}

// Every copy link (copy id -> original id) and every quote (article, text).
std::set<std::pair<std::string, std::string>> Links(const std::string& db) {
  std::set<std::pair<std::string, std::string>> links;
  CommandResult r = RunCommand({SITREP_BIN, "copies", "--json", "--limit", "-1", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (auto& group : JsonLines(r.out)) {
    for (auto& m : group["members"]) {
      if (!m["copies"].is_null()) links.emplace(m["article_id"], m["copies"]);
    }
  }
  return links;
}

std::multiset<std::pair<std::string, std::string>> Quotes(const std::string& db) {
  std::multiset<std::pair<std::string, std::string>> quotes;
  CommandResult r = RunCommand({SITREP_BIN, "quotes", "--json", "--limit", "-1", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (auto& q : JsonLines(r.out)) quotes.emplace(q["article_id"], q["text"]);
  return quotes;
}

// Each article's event and storyline.
std::map<std::string, std::pair<int64_t, int64_t>> Clusters(const std::string& db) {
  std::map<std::string, std::pair<int64_t, int64_t>> out;
  CommandResult r = RunCommand({SITREP_BIN, "articles", "--json", "--db", db});
  for (auto& a : JsonLines(r.out)) {
    out[a["id"]] = {a["event"].is_null() ? 0 : a["event"].get<int64_t>(),
                    a["storyline"].is_null() ? 0 : a["storyline"].get<int64_t>()};
  }
  return out;
}

size_t SearchCount(const std::string& db, const std::string& word) {
  CommandResult r =
      RunCommand({SITREP_BIN, "search", word, "--json", "--limit", "10000", "--db", db});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return JsonLines(r.out).size();
}

void KillAndResume(const std::string& format) {
  const std::string dir = MakeTempDir("resume-" + format);
  const std::string corpus = dir + "/corpus";
  CommandResult gen = RunCommand({SITREP_GEN_BIN, "--articles", "3000", "--seed", "11", "--format",
                           format, "--out", corpus});
  ASSERT_EQ(gen.exit_code, 0) << gen.err;
  // The articles only: the ground truth beside them is not news.
  const std::string input = format == "jsonl" ? corpus + "/articles.jsonl" : corpus + "/articles";

  const std::string reference = dir + "/reference.db";
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", input, "--db", reference}).exit_code, 0);
  const std::vector<std::string> expected = Ids(reference);
  ASSERT_GT(expected.size(), 2000u);

  const std::string victim = dir + "/victim.db";
  std::mt19937 rng(42);
  size_t previous = 0;
  for (int round = 0; round < 6; ++round) {
    pid_t pid = Start({SITREP_BIN, "ingest", input, "--db", victim, "--batch", "50", "-q"});
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 400));
    kill(pid, SIGKILL);
    Wait(pid);
    // The store opens and never loses what an earlier round committed.
    const std::vector<std::string> ids = Ids(victim);
    const std::set<std::string> unique(ids.begin(), ids.end());
    EXPECT_EQ(unique.size(), ids.size()) << "round " << round;
    EXPECT_GE(ids.size(), previous) << "round " << round;
    previous = ids.size();
  }
  CommandResult finish = RunCommand({SITREP_BIN, "ingest", input, "--db", victim});
  ASSERT_EQ(finish.exit_code, 0) << finish.err;

  std::vector<std::string> got = Ids(victim);
  EXPECT_EQ(got.size(), expected.size());
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()),
            std::set<std::string>(expected.begin(), expected.end()));
  // The full-text index holds exactly the stored articles.
  EXPECT_EQ(SearchCount(victim, "the"), SearchCount(reference, "the"));
  // Facts and copy links are as if the ingest had never been interrupted: facts are
  // stored with their article, and the copy detector resumes from the store.
  EXPECT_EQ(Quotes(victim), Quotes(reference));
  const auto links = Links(reference);
  EXPECT_GT(links.size(), 100u);
  EXPECT_EQ(Links(victim), links);
  EXPECT_EQ(Clusters(victim), Clusters(reference));
  std::filesystem::remove_all(dir);
}

TEST(ResumeTest, KilledTextFolderIngestCompletesOnRerun) { KillAndResume("text"); }
TEST(ResumeTest, KilledJsonLinesIngestCompletesOnRerun) { KillAndResume("jsonl"); }

}  // namespace
}  // namespace sitrep::testing
