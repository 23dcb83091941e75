#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/ingest.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

Record Make(std::string format, std::string bytes) {
  Record r;
  r.origin = "in/file#3";
  r.format = std::move(format);
  r.bytes = std::move(bytes);
  return r;
}

TEST(ParseRecord, JsonLineGetsLanguageAndId) {
  Article a;
  const Status s = ParseRecord(
      Make("jsonl", R"({"title": "Troops on alert", "text": "The Pentagon is putting about 8,500 US-based troops on alert for a possible deployment to Europe amid growing fears of a Russian military move on Ukraine."})"),
      &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.origin, "in/file#3");
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.language, "en");
  EXPECT_GT(a.language_confidence, 0.5);
  EXPECT_EQ(a.id, ComputeArticleId(a));
}

TEST(ParseRecord, DeclaredLanguageIsKept) {
  Article a;
  ASSERT_TRUE(ParseRecord(Make("jsonl", R"({"text": "The troops moved.", "language": "de"})"), &a).ok());
  EXPECT_EQ(a.language, "de");
}

TEST(ParseRecord, SameContentSameIdWhateverTheOrigin) {
  Article a, b;
  ASSERT_TRUE(ParseRecord(Make("text", "Headline\n\nBody text here."), &a).ok());
  Record other = Make("text", "Headline\r\n\r\nBody text here.\r\n");
  other.origin = "elsewhere.txt";
  ASSERT_TRUE(ParseRecord(other, &b).ok());
  EXPECT_EQ(a.id, b.id);
}

TEST(ParseRecord, RejectsBadBytesAndFormats) {
  Article a;
  EXPECT_EQ(ParseRecord(Make("text", std::string("abc\0def", 7)), &a).message(),
            "binary content (NUL byte at offset 3)");
  EXPECT_EQ(ParseRecord(Make("text", "ok \xC3\x28"), &a).message(), "invalid UTF-8 at byte 3");
  EXPECT_EQ(ParseRecord(Make("jsonl", "{\"text\": \"\xFF\"}"), &a).message(), "invalid UTF-8 at byte 10");
  EXPECT_EQ(ParseRecord(Make("html", "<html></html>"), &a).message(), "no main text found");
  // Whole feeds and crawls are split by the walker; their parts have record formats.
  EXPECT_EQ(ParseRecord(Make("feed", "<rss></rss>"), &a).message(),
            "format 'feed' holds many documents; read it through the walker");
  EXPECT_EQ(ParseRecord(Make("warc", "WARC/1.0"), &a).message(),
            "format 'warc' holds many documents; read it through the walker");
  EXPECT_EQ(ParseRecord(Make("json", "{}"), &a).message(), "format 'json' is not supported yet");
  EXPECT_EQ(ParseRecord(Make("feed-item", "{\"title\": \"only\"}"), &a).message(), "item has no text");
  EXPECT_EQ(ParseRecord(Make("feed-item", "not json"), &a).message(), "invalid feed item record");
  EXPECT_EQ(ParseRecord(Make("pdf", "%PDF"), &a).message(), "unknown format 'pdf'");
  EXPECT_FALSE(ParseRecord(Make("text", ""), &a).ok());
  EXPECT_FALSE(ParseRecord(Make("text", "\x01\x02\x03\x04\x05 text"), &a).ok());
}

TEST(ParseRecord, PartsOfFilesNameTheFilesFormat) {
  Article a;
  ASSERT_TRUE(ParseRecord(Make("feed-item", R"({"title": "Troops", "summary": "The troops moved.", "feed_title": "AFP"})"),
                          &a).ok());
  EXPECT_EQ(a.format, "feed");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.text, "The troops moved.");
  EXPECT_EQ(a.origin, "in/file#3");
  ASSERT_TRUE(ParseRecord(Make("warc-record",
                               "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\n"
                               "Content-Length: 120\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                               "<html><body><p>The troops moved at dawn, officials said.</p></body></html>"),
                          &a).ok());
  EXPECT_EQ(a.format, "warc");
  EXPECT_EQ(a.url, "https://x.example/a");
}

TEST(ParseRecord, LanguageOfShortOrSymbolText) {
  Article a;
  ASSERT_TRUE(ParseRecord(Make("text", "12345 67890"), &a).ok());
  EXPECT_EQ(a.language, "und");
  EXPECT_EQ(a.language_confidence, 0.0);
}

TEST(ParseRecord, RandomDocumentsNeverBreakIt) {
  const std::vector<std::string> pieces = {
      "date ", "Date: ", "title: ", "source: ", "2022-02-02", "02/10/2022 08:19", "Feb 10",
      "WASHINGTON", "Washington", " (AFP) ", "(Reuters)", " - ", " \xE2\x80\x94 ", ":", ", ",
      "Headline", "The troops moved.", "\n", "\n\n", "  ", "\xE2\x80\x9C", "\xE2\x80\x9D", "?",
      "{", "}", "\"text\"", "\"title\"", "\"date\"", "[", "]", "1644481140", "\"x\"",
      "\xC3\xA9", "e\xCC\x81", "\xFF", "\x01", std::string(1, '\0')};
  std::mt19937 rng(42);
  for (int i = 0; i < 20000; ++i) {
    std::string bytes;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) bytes += pieces[rng() % pieces.size()];
    Article a;
    const Status s = ParseRecord(Make(i % 2 == 0 ? "text" : "jsonl", bytes), &a);
    if (!s.ok()) {
      EXPECT_FALSE(s.message().empty());
      continue;
    }
    ASSERT_FALSE(a.text.empty()) << bytes;
    ASSERT_TRUE(text::IsValidUtf8(a.text));
    ASSERT_TRUE(text::IsValidUtf8(a.title));
    ASSERT_EQ(a.id.size(), 16u);
    ASSERT_EQ(a.id, ComputeArticleId(a));
  }
}

}  // namespace
}  // namespace sitrep::ingest
