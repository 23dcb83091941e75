// Copies as a user finds them: a generated corpus with known copies (exact, near and
// spun rewrites at three strengths) and independent reports that share quotes, ingested
// in two runs, so that the second run must link to articles of the first.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

struct Truth {
  std::string copy_of;  // generator id of the original, or ""
  std::string kind;     // exact, near, spun10, spun30, spun50, or ""
  std::vector<std::string> shares_quotes_with;
};

TEST(CopiesE2eTest, FindsCopiesAcrossRunsAndLeavesQuoteSharersApart) {
  const std::string dir = MakeTempDir("copies");
  const std::string corpus = dir + "/corpus";
  ASSERT_EQ(RunCommand({SITREP_GEN_BIN, "--articles", "1500", "--seed", "5", "--out", corpus}).exit_code, 0);
  const std::string db = dir + "/sitrep.db";

  // First run: the first half of the files; second run: the whole folder.
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(corpus + "/articles")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> first = {SITREP_BIN, "ingest", "--db", db, "-q"};
  first.insert(first.end(), files.begin(), files.begin() + files.size() / 2);
  ASSERT_EQ(RunCommand(first).exit_code, 0);
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", corpus + "/articles", "--db", db, "-q"}).exit_code, 0);

  // Generator id of each stored article, from the file it was read from.
  std::map<std::string, std::string> gen_of;  // article id -> generator id
  for (const auto& a : JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out)) {
    gen_of[a["id"]] = std::filesystem::path(std::string(a["origin"])).stem().string();
  }
  std::map<std::string, Truth> truth;
  for (const auto& t : JsonLines(ReadFile(corpus + "/truth.jsonl"))) {
    Truth& x = truth[t["id"]];
    if (!t["copy_of"].is_null()) x.copy_of = t["copy_of"];
    if (!t["copy_kind"].is_null()) x.kind = t["copy_kind"];
    for (const auto& s : t["shares_quotes_with"]) x.shares_quotes_with.push_back(s);
  }
  auto root = [&](const std::string& g) { return truth[g].copy_of.empty() ? g : truth[g].copy_of; };

  // Links found: copy (generator id) -> what it copies (generator id).
  CommandResult listed = RunCommand({SITREP_BIN, "copies", "--json", "--limit", "-1", "--db", db});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  std::map<std::string, std::string> found;
  for (const auto& group : JsonLines(listed.out)) {
    ASSERT_GE(group["members"].size(), 2u);
    bool original_is_member = false;
    for (const auto& m : group["members"]) {
      original_is_member |= m["article_id"] == group["original"]["article_id"];
      if (!m["copies"].is_null()) found[gen_of[m["article_id"]]] = gen_of[m["copies"]];
    }
    EXPECT_TRUE(original_is_member);
  }

  std::set<std::string> stored;
  for (const auto& [id, g] : gen_of) stored.insert(g);
  std::map<std::string, std::pair<int, int>> recall;  // kind -> (found, total)
  for (const auto& [g, t] : truth) {
    // An exact copy with the original's source, date and title has its id: it is the
    // same article, stored once, and nothing to link.
    if (t.kind.empty() || !stored.count(g)) continue;
    auto& [hit, total] = recall[t.kind];
    ++total;
    hit += found.count(g) && root(found[g]) == root(g);
  }
  int correct = 0, quote_links = 0, quote_pairs = 0;
  for (const auto& [copy, original] : found) correct += root(copy) == root(original);
  for (const auto& [g, t] : truth) {
    for (const std::string& other : t.shares_quotes_with) {
      if (!stored.count(g) || !stored.count(other)) continue;
      ++quote_pairs;
      quote_links += found.count(g) && root(found[g]) == root(other) && root(g) != root(other);
    }
  }
  std::string table;
  for (const auto& [kind, counts] : recall) {
    table += fmt::format("  {:<7} recall {}/{}\n", kind, counts.first, counts.second);
  }
  table += fmt::format("  links {} precision {}/{}; quote-sharing pairs wrongly linked {}/{}\n",
                       found.size(), correct, found.size(), quote_links, quote_pairs);
  std::cout << table;
  // Floors below what the detector measures on this corpus (see README, Copies).
  ASSERT_FALSE(found.empty());
  EXPECT_GE(correct, static_cast<int>(found.size() * 0.97)) << table;
  for (const char* kind : {"exact", "near"}) {
    ASSERT_GT(recall[kind].second, 0) << kind;
    EXPECT_GE(recall[kind].first, recall[kind].second * 0.95) << kind << "\n" << table;
  }
  EXPECT_GE(recall["spun30"].first, recall["spun30"].second * 0.8) << table;
  EXPECT_LE(quote_links, quote_pairs / 50 + 1) << table;

  // Events and storylines, scored BCubed (per article: the share of its cluster that
  // truly belongs with it, and of its true group that it was put with).
  std::map<std::string, std::pair<std::string, std::string>> gold;  // gen id -> (event, storyline)
  for (const auto& t : JsonLines(ReadFile(corpus + "/truth.jsonl"))) {
    const std::string g = t["id"];
    gold[g] = {t["event"].is_null() ? g : std::string(t["event"]),
               t["storyline"].is_null() ? g : std::string(t["storyline"])};
  }
  std::vector<std::pair<std::string, std::string>> events, storylines;  // (found, gold)
  for (const auto& a : JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out)) {
    ASSERT_FALSE(a["event"].is_null());
    const std::string g = gen_of[a["id"]];
    events.emplace_back(std::to_string(a["event"].get<int64_t>()), gold[g].first);
    storylines.emplace_back(std::to_string(a["storyline"].get<int64_t>()), gold[g].second);
  }
  auto bcubed = [](const std::vector<std::pair<std::string, std::string>>& labels) {
    std::map<std::string, double> found, truth;
    std::map<std::pair<std::string, std::string>, double> both;
    for (const auto& [f, t] : labels) {
      ++found[f];
      ++truth[t];
      ++both[{f, t}];
    }
    double p = 0, r = 0;
    for (const auto& [k, n] : both) {
      p += n * n / found[k.first];
      r += n * n / truth[k.second];
    }
    p /= labels.size();
    r /= labels.size();
    return 2 * p * r / (p + r);
  };
  const double event_f1 = bcubed(events), storyline_f1 = bcubed(storylines);
  std::cout << "  events BCubed F1 " << event_f1 << ", storylines " << storyline_f1 << "\n";
  EXPECT_GE(event_f1, 0.7);
  EXPECT_GE(storyline_f1, 0.8);

  // An article shows what it copies.
  const auto& [copy_gen, original_gen] = *found.begin();
  std::string copy_id;
  for (const auto& [id, g] : gen_of) {
    if (g == copy_gen) copy_id = id;
  }
  CommandResult shown = RunCommand({SITREP_BIN, "article", copy_id, "--json", "--db", db});
  ASSERT_EQ(shown.exit_code, 0);
  const auto j = nlohmann::json::parse(shown.out);
  EXPECT_EQ(gen_of[j["copies"]["copy_of"]["copies"]], original_gen);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
