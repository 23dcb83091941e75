#include <gtest/gtest.h>

#include "sitrep/ingest.h"

namespace sitrep::ingest {
namespace {

TEST(DetectFormat, ByExtension) {
  EXPECT_EQ(DetectFormat("a/b.txt", ""), "text");
  EXPECT_EQ(DetectFormat("b.JSONL", ""), "jsonl");
  EXPECT_EQ(DetectFormat("b.ndjson.gz", ""), "jsonl");
  EXPECT_EQ(DetectFormat("b.jsonl.gz", "whatever"), "jsonl");
  EXPECT_EQ(DetectFormat("page.html", ""), "html");
  EXPECT_EQ(DetectFormat("page.htm", ""), "html");
  EXPECT_EQ(DetectFormat("news.rss", ""), "feed");
  EXPECT_EQ(DetectFormat("news.atom", ""), "feed");
  EXPECT_EQ(DetectFormat("news.xml", ""), "feed");
  EXPECT_EQ(DetectFormat("crawl.warc.gz", ""), "warc");
  EXPECT_EQ(DetectFormat("crawl.WARC", ""), "warc");
  EXPECT_EQ(DetectFormat("news.rss.gz", ""), "feed");
  // The extension wins over the content.
  EXPECT_EQ(DetectFormat("notes.txt", "{\"a\": 1}\n"), "text");
}

TEST(DetectFormat, ByContent) {
  EXPECT_EQ(DetectFormat("-", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), "jsonl");
  EXPECT_EQ(DetectFormat("data", "  \n{\"text\": \"one line only\"}"), "jsonl");
  EXPECT_EQ(DetectFormat("data.json", "{\n  \"pretty\": true\n}\n"), "json");
  EXPECT_EQ(DetectFormat("data.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), "jsonl");
  EXPECT_EQ(DetectFormat("page", "<!DOCTYPE html><html>"), "html");
  EXPECT_EQ(DetectFormat("page", "<html lang=en>"), "html");
  EXPECT_EQ(DetectFormat("feed", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), "feed");
  EXPECT_EQ(DetectFormat("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"), "feed");
  EXPECT_EQ(DetectFormat("crawl", "WARC/1.0\r\nWARC-Type: warcinfo"), "warc");
  EXPECT_EQ(DetectFormat("crawl", "WARC/1.1\r\nWARC-Type: warcinfo"), "warc");
  EXPECT_EQ(DetectFormat("feed", "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"x\">"), "feed");
  EXPECT_EQ(DetectFormat("story", "Headline\n\nBody."), "text");
  EXPECT_EQ(DetectFormat("story", ""), "text");
}

TEST(KnownFormats, ReadableFormats) {
  EXPECT_EQ(KnownFormats(), (std::vector<std::string>{"text", "jsonl", "html", "feed", "warc"}));
}

}  // namespace
}  // namespace sitrep::ingest
