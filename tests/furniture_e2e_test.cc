// Site furniture learned from repetition, as a user meets it: a generated corpus whose
// sources print their own lines under every article (truth.jsonl lists them), ingested
// in two runs so that the second run must go on from what the first learned. Scored by
// sitrep-eval-furniture: the lines removed, and the paragraphs of news kept, against
// an ingest that keeps the furniture.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

struct Scores {
  double removed = -1, kept = -1;
};

// The share in parentheses on the line that starts with `label`, or -1.
double ShareAfter(const std::string& out, const std::string& label) {
  const size_t line = out.find(label);
  if (line == std::string::npos) return -1;
  const size_t open = out.find('(', line);
  const size_t close = out.find(')', open);
  if (open == std::string::npos || close == std::string::npos) return -1;
  return std::stod(out.substr(open + 1, close - open - 1));
}

Scores Evaluate(const std::string& db, const std::string& corpus) {
  const CommandResult r = RunCommand({SITREP_EVAL_FURNITURE_BIN, "--db", db, "--corpus", corpus});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::cout << r.out;
  return {ShareAfter(r.out, "boilerplate lines removed:"), ShareAfter(r.out, "news paragraphs kept:")};
}

TEST(FurnitureE2eTest, LearnsEachSourcesLinesAcrossRunsAndKeepsTheNews) {
  const std::string dir = MakeTempDir("furniture");
  const std::string corpus = dir + "/corpus";
  ASSERT_EQ(RunCommand({SITREP_GEN_BIN, "--articles", "1500", "--seed", "7", "--out", corpus}).exit_code, 0);

  // Learning: the first half of the files, then the whole folder.
  const std::string db = dir + "/learned.db";
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(corpus + "/articles")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> first = {SITREP_BIN, "ingest", "--db", db, "-q"};
  first.insert(first.end(), files.begin(), files.begin() + static_cast<std::ptrdiff_t>(files.size() / 2));
  ASSERT_EQ(RunCommand(first).exit_code, 0);
  const CommandResult second = RunCommand({SITREP_BIN, "ingest", corpus + "/articles", "--db", db});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("paragraphs of site furniture dropped"), std::string::npos) << second.err;

  // The same corpus in one run keeps the same texts: what the first run learned went on.
  const std::string whole = dir + "/whole.db";
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", corpus + "/articles", "--db", whole, "-q"}).exit_code, 0);

  // Against the universal patterns alone.
  const std::string kept_db = dir + "/kept.db";
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", corpus + "/articles", "--db", kept_db, "-q", "--keep-furniture"}).exit_code, 0);

  const Scores learned = Evaluate(db, corpus);
  const Scores one_run = Evaluate(whole, corpus);
  const Scores patterns = Evaluate(kept_db, corpus);
  EXPECT_GE(learned.removed, 0.75);
  EXPECT_GT(learned.removed, patterns.removed + 0.2);
  EXPECT_EQ(learned.removed, one_run.removed);
  // News is not furniture: no more than one paragraph in a thousand lost to learning.
  EXPECT_GE(learned.kept, patterns.kept - 0.001);
  EXPECT_GE(learned.kept, 0.99);
}

}  // namespace
}  // namespace sitrep::testing
