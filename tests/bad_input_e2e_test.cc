// Bad input gets one clear line naming the file and the reason; the run goes on with the
// other files, says by its exit code that some failed, and loses nothing already stored.
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

TEST(BadInputTest, EachBadFileGetsOneLineAndTheRestIsStored) {
  const std::string dir = MakeTempDir("bad");
  const std::string db = dir + "/sitrep.db";
  const std::string in = dir + "/in";
  std::filesystem::create_directories(in);

  // Something stored before: it must survive the bad run.
  WriteFile(dir + "/before.txt", "Harbour reopens after storm\n\nThe harbour reopened on Monday.\n");
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", dir + "/before.txt", "--db", db}).exit_code, 0);

  WriteFile(in + "/good.txt", "Bridge repairs finish early\n\nCrews finished the repairs, the city said.\n");
  WriteFile(in + "/binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + "garbage");
  WriteFile(in + "/latin1.txt", "Caf\xe9 owners protest new rules\n\nThe owners said no.\n");
  WriteFile(in + "/empty.txt", "");
  WriteFile(in + "/oneline.txt", std::string(3u << 20, 'a'));
  // A 1 GB file of one line, sparse so that the test costs no disk.
  {
    const std::string huge = in + "/huge.txt";
    WriteFile(huge, "");
    std::filesystem::resize_file(huge, 1ull << 30);
  }
  const std::string missing = dir + "/no-such-file.txt";

  CommandResult r = RunCommand({SITREP_BIN, "ingest", in, missing, "--db", db, "--max-mb", "1"});
  EXPECT_EQ(r.exit_code, 2) << r.err;

  const std::vector<std::string> errors = [&] {
    std::vector<std::string> e;
    for (const std::string& line : Lines(r.err)) {
      if (line.rfind("sitrep: ", 0) == 0) e.push_back(line);
    }
    return e;
  }();
  // One line per bad input, each naming its file.
  ASSERT_EQ(errors.size(), 6u) << r.err;
  auto line_for = [&](const std::string& path) {
    for (const std::string& e : errors) {
      if (e.find(path) != std::string::npos) return e;
    }
    return std::string("(no line for " + path + ")");
  };
  EXPECT_THAT(line_for(in + "/binary.bin"), HasSubstr("binary"));
  EXPECT_THAT(line_for(in + "/latin1.txt"), HasSubstr("UTF-8"));
  EXPECT_THAT(line_for(in + "/empty.txt"), HasSubstr("empty"));
  EXPECT_THAT(line_for(in + "/oneline.txt"), HasSubstr("too large"));
  EXPECT_THAT(line_for(in + "/huge.txt"), HasSubstr("too large"));
  EXPECT_THAT(line_for(missing), HasSubstr("no such file"));

  auto articles = JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0]["title"], "Harbour reopens after storm");
  EXPECT_EQ(articles[1]["title"], "Bridge repairs finish early");

  // The failed files are not marked complete: the next run reports them again, and the
  // good file is not stored twice.
  CommandResult again = RunCommand({SITREP_BIN, "ingest", in, "--db", db, "--max-mb", "1"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out).size(), 2u);
  std::filesystem::remove_all(dir);
}

TEST(BadInputTest, AnUnreadableFolderIsReportedAndSkipped) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every folder; permissions cannot be tested";
  const std::string dir = MakeTempDir("perm");
  std::filesystem::create_directories(dir + "/in/locked");
  WriteFile(dir + "/in/ok.txt", "Market opens higher\n\nShares rose.\n");
  std::filesystem::permissions(dir + "/in/locked", std::filesystem::perms::none);
  CommandResult r = RunCommand({SITREP_BIN, "ingest", dir + "/in", "--db", dir + "/s.db"});
  std::filesystem::permissions(dir + "/in/locked", std::filesystem::perms::owner_all);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("locked"));
  EXPECT_THAT(r.err, HasSubstr("permission denied"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
