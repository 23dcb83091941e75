// Web pages as a user feeds them: a folder of saved HTML pages ingests as articles with
// the pages' headlines, dates and main text, and `sitrep extract` shows one page.
#include <filesystem>
#include <map>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

using ::testing::HasSubstr;

const std::string kPages = std::string(SITREP_SOURCE_DIR) + "/src/ingest/testdata/html";

TEST(HtmlE2eTest, FolderOfPagesIngestsWithHeadlinesDatesAndText) {
  const std::string dir = MakeTempDir("html");
  const std::string pages = dir + "/pages";
  std::filesystem::create_directory(pages);
  std::map<std::string, nlohmann::json> expected;  // page stem -> expected metadata
  for (const auto& e : std::filesystem::directory_iterator(kPages)) {
    if (e.path().extension() != ".html") continue;
    std::filesystem::copy_file(e.path(), pages + "/" + e.path().filename().string());
    const std::string meta = e.path().parent_path() / (e.path().stem().string() + ".json");
    expected[e.path().stem()] = std::filesystem::exists(meta) ? nlohmann::json::parse(ReadFile(meta))
                                                              : nlohmann::json::object();
  }
  ASSERT_GE(expected.size(), 40u);
  const std::string db = dir + "/sitrep.db";
  CommandResult r = RunCommand({SITREP_BIN, "ingest", pages, "--db", db});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto articles = JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out);
  ASSERT_EQ(articles.size(), expected.size());
  for (const auto& a : articles) {
    const std::string stem = std::filesystem::path(std::string(a["origin"])).stem();
    const nlohmann::json& want = expected[stem];
    EXPECT_EQ(a["format"], "html") << stem;
    if (want.contains("title")) {
      EXPECT_EQ(a["title"], want["title"]) << stem;
    }
    if (want.contains("published")) {
      // The expected files write an unknown date as "", the JSON output as null.
      const nlohmann::json date = want["published"] == "" ? nlohmann::json() : want["published"];
      EXPECT_EQ(a["published"], date) << stem;
    }
  }
  // No chrome in what search finds.
  for (const char* chrome : {"\"Leave a Reply\"", "\"Your email address will not be published\""}) {
    CommandResult s = RunCommand({SITREP_BIN, "search", chrome, "--json", "--db", db});
    EXPECT_TRUE(JsonLines(s.out).empty()) << chrome;
  }
  std::filesystem::remove_all(dir);
}

TEST(HtmlE2eTest, ExtractShowsOnePagesText) {
  std::string page;
  for (const auto& e : std::filesystem::directory_iterator(kPages)) {
    if (e.path().extension() == ".html" && e.path().filename().string().rfind("03-", 0) == 0) page = e.path();
  }
  ASSERT_FALSE(page.empty());
  CommandResult r = RunCommand({SITREP_BIN, "extract", page, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  const std::string want = ReadFile(page.substr(0, page.size() - 5) + ".txt");
  std::string text = j["text"];
  auto trim = [](std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
  };
  EXPECT_EQ(trim(text), trim(want));
  EXPECT_EQ(j["format"], "html");
  EXPECT_TRUE(j["facts"]["analysed"].get<bool>());
}

TEST(HtmlE2eTest, BrokenPagesGetOneLineEach) {
  const std::string dir = MakeTempDir("html-bad");
  const std::string pages = dir + "/pages";
  std::filesystem::create_directory(pages);
  WriteFile(pages + "/empty-body.html", "<html><head><title>x</title></head><body></body></html>");
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  WriteFile(pages + "/deep.html", deep + "A page nested a hundred thousand deep.</body></html>");
  WriteFile(pages + "/binary.html", std::string("<html>\0\1\2", 9));
  const std::string db = dir + "/sitrep.db";
  CommandResult r = RunCommand({SITREP_BIN, "ingest", pages, "--db", db});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("empty-body.html: no main text found"));
  EXPECT_THAT(r.err, HasSubstr("binary.html: binary content"));
  // The deep page is read (its text, or a one-line reason), and nothing crashed.
  const auto lines = JsonLines(RunCommand({SITREP_BIN, "articles", "--json", "--db", db}).out);
  EXPECT_LE(lines.size(), 1u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
