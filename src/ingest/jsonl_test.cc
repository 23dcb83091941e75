#include "jsonl.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace sitrep::ingest::internal {
namespace {

TEST(ParseJsonLine, MapsKnownFieldsAndKeepsTheRest) {
  Article a;
  const Status s = ParseJsonLine(
      R"({"id": 42, "link": "https://example.com/a", "headline": "Troops on alert",)"
      R"( "body": "First paragraph.\n\n\nSecond  paragraph.", "published_at": "2022-01-24T18:30:00Z",)"
      R"( "site": "Example News", "author": ["Jane Doe", {"name": "John Roe"}], "lang": "EN",)"
      R"( "tags": ["ukraine", "nato"], "score": 0.5, "html": "<p>x</p>"})",
      &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.external_id, "42");
  EXPECT_EQ(a.url, "https://example.com/a");
  EXPECT_EQ(a.title, "Troops on alert");
  EXPECT_EQ(a.text, "First paragraph.\n\nSecond paragraph.");
  EXPECT_EQ(a.published, "2022-01-24T18:30:00Z");
  EXPECT_EQ(a.source, "Example News");
  EXPECT_EQ(a.author, "Jane Doe, John Roe");
  EXPECT_EQ(a.language, "en");
  const nlohmann::json meta = nlohmann::json::parse(a.metadata_json);
  EXPECT_EQ(meta, nlohmann::json::parse(R"({"tags": ["ukraine", "nato"], "score": 0.5, "html": "<p>x</p>"})"));
}

TEST(ParseJsonLine, AliasPriorityAndUnusedAliasesKept) {
  Article a;
  ASSERT_TRUE(ParseJsonLine(R"({"content": "short", "text": "full text", "source": {"id": "r", "name": "Reuters"}})", &a).ok());
  EXPECT_EQ(a.text, "full text");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(nlohmann::json::parse(a.metadata_json), nlohmann::json::parse(R"({"content": "short"})"));
}

TEST(ParseJsonLine, DatesNormalisedOrKept) {
  Article a;
  ASSERT_TRUE(ParseJsonLine(R"({"text": "t", "date": "February 2, 2022"})", &a).ok());
  EXPECT_EQ(a.published, "2022-02-02");
  EXPECT_TRUE(a.metadata_json.empty());
  ASSERT_TRUE(ParseJsonLine(R"({"text": "t", "date": 1644481140})", &a).ok());
  EXPECT_EQ(a.published, "2022-02-10T08:19:00Z");
  // An unreadable date is not guessed, and not lost either.
  ASSERT_TRUE(ParseJsonLine(R"({"text": "t", "date": "last week"})", &a).ok());
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(nlohmann::json::parse(a.metadata_json), nlohmann::json::parse(R"({"date": "last week"})"));
}

TEST(ParseJsonLine, LanguageKeptAsGivenWhenUnknown) {
  Article a;
  ASSERT_TRUE(ParseJsonLine(R"({"text": "t", "language": "xx-custom"})", &a).ok());
  EXPECT_EQ(a.language, "xx-custom");
  ASSERT_TRUE(ParseJsonLine(R"({"text": "t"})", &a).ok());
  EXPECT_EQ(a.language, "");  // left for ParseRecord to detect
}

TEST(ParseJsonLine, PageInsteadOfText) {
  Article a;
  const std::string page =
      "<html><head><title>Dam holds after storm</title>"
      "<meta property='article:published_time' content='2024-03-14T09:12:00Z'></head>"
      "<body><nav><a href='/'>Home</a></nav><article><p>The dam held through the night, "
      "engineers said on Thursday, after a storm dropped a month of rain on the valley.</p>"
      "<p>Residents who had left their homes began to return in the afternoon, and the "
      "regional council said it would inspect the spillway again on Friday.</p></article>"
      "</body></html>";
  nlohmann::json record = {{"html", page}, {"site", "Valley News"}, {"tags", {"storm"}}};
  ASSERT_TRUE(ParseJsonLine(record.dump(), &a).ok());
  EXPECT_EQ(a.title, "Dam holds after storm");
  EXPECT_EQ(a.published.rfind("2024-03-14T09:12", 0), 0u) << a.published;
  EXPECT_EQ(a.source, "Valley News");  // the record's own field wins
  EXPECT_EQ(a.text.rfind("The dam held through the night", 0), 0u) << a.text;
  EXPECT_EQ(a.text.find("Home"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(a.metadata_json), nlohmann::json::parse(R"({"tags": ["storm"]})"));
}

TEST(ParseJsonLine, Errors) {
  Article a;
  Status s = ParseJsonLine(R"({"html": "<html><body></body></html>"})", &a);
  EXPECT_EQ(s.message(), "field 'html': no main text found");
  s = ParseJsonLine(R"({"text": "   "})", &a);
  EXPECT_EQ(s.message(), "record has no text field");
  s = ParseJsonLine(R"({"text": 12})", &a);
  EXPECT_EQ(s.message(), "field 'text' is not a string");
  s = ParseJsonLine(R"({"text": "unterminated)", &a);
  EXPECT_EQ(s.message().rfind("invalid JSON: ", 0), 0u) << s.message();
  s = ParseJsonLine(R"(["text"])", &a);
  EXPECT_EQ(s.message(), "JSON record is not an object");
  s = ParseJsonLine("", &a);
  EXPECT_FALSE(s.ok());
  s = ParseJsonLine(std::string(100000, '['), &a);  // nesting beyond the parser's depth
  EXPECT_FALSE(s.ok());
}

TEST(ParseJsonLine, EscapesAndControlCharacters) {
  Article a;
  ASSERT_TRUE(ParseJsonLine(R"({"text": "Caf\u0065\u0301 \u0000opens\ttoday", "title": "A\nB"})", &a).ok());
  EXPECT_EQ(a.text, "Caf\xC3\xA9 opens today");
  EXPECT_EQ(a.title, "A B");
}

}  // namespace
}  // namespace sitrep::ingest::internal
