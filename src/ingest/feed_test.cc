#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "feed_parse.h"
#include "markup_text.h"
#include "rss_dates.h"
#include "sitrep/ingest.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

const std::string kTestData = std::string(SITREP_SOURCE_DIR) + "/src/ingest/testdata/feed/";

struct Read {
  std::vector<Record> records;
  std::vector<InputError> errors;
  std::vector<std::string> order;  // "R" or "E" per item, in walk order
};

Read WalkAll(const std::string& path, WalkOptions options = {}) {
  InputWalker walker({path}, std::move(options));
  Read out;
  Record r;
  InputError e;
  for (;;) {
    const auto item = walker.Next(&r, &e);
    if (item == InputWalker::Item::kEnd) break;
    if (item == InputWalker::Item::kRecord) {
      out.records.push_back(r);
      out.order.push_back("R");
    } else {
      out.errors.push_back(e);
      out.order.push_back("E");
    }
  }
  return out;
}

class FeedFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "sitrep_feed_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = root_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::string root_;
};

std::string Rss(const std::string& items) {
  return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
         "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
         "<title>Test Feed</title>" + items + "</channel></rss>\n";
}

TEST(FeedDate, Rfc822AndIso) {
  using internal::FeedDate;
  EXPECT_EQ(FeedDate("Thu, 10 Feb 2022 08:19:00 +0000"), "2022-02-10T08:19:00Z");
  EXPECT_EQ(FeedDate("Thu, 10 Feb 2022 08:19:00 GMT"), "2022-02-10T08:19:00Z");
  EXPECT_EQ(FeedDate("Thu, 10 Feb 2022 08:19:00 EST"), "2022-02-10T08:19:00-05:00");
  EXPECT_EQ(FeedDate("Thu, 10 Feb 2022 08:19:00 PDT"), "2022-02-10T08:19:00-07:00");
  EXPECT_EQ(FeedDate("10 Feb 2022 08:19 +0530"), "2022-02-10T08:19+05:30");  // no seconds in, none out
  EXPECT_EQ(FeedDate("Fri, 11 Feb 22 07:05 +0100"), "2022-02-11T07:05+01:00");
  EXPECT_EQ(FeedDate("Sat, 01 Jan 99 00:00:00 UT"), "1999-01-01T00:00:00Z");
  EXPECT_EQ(FeedDate("\n   Thu, 10 Feb 2022 08:19:00 +0000\n  "), "2022-02-10T08:19:00Z");
  // An unknown zone leaves a local time, as NormalizeDate does.
  EXPECT_EQ(FeedDate("Thu, 10 Feb 2022 08:19:00 CET"), "2022-02-10T08:19:00");
  EXPECT_EQ(FeedDate("2022-02-10T08:19:05+01:00"), "2022-02-10T08:19:05+01:00");
  EXPECT_EQ(FeedDate("2022-02-10"), "2022-02-10");
  EXPECT_EQ(FeedDate("Thu, 30 Feb 2022 08:19:00 GMT"), "");
  EXPECT_EQ(FeedDate("Thu, 10 Foo 2022 08:19:00 GMT"), "");
  EXPECT_EQ(FeedDate("yesterday"), "");
  EXPECT_EQ(FeedDate(""), "");
}

TEST(MarkupToText, ParagraphsEntitiesAndBreaks) {
  using internal::MarkupToText;
  EXPECT_EQ(MarkupToText("<p>One &amp; two.</p><p>Three&nbsp;four.</p>"), "One & two.\n\nThree four.");
  EXPECT_EQ(MarkupToText("Line one<br>line two<br><br>New paragraph"),
            "Line one\nline two\n\nNew paragraph");
  EXPECT_EQ(MarkupToText("<div>Text <b>bold</b>\n spread</div><script>var x = 1;</script>"),
            "Text bold spread");
  EXPECT_EQ(MarkupToText("<img src=x.jpg>"), "");
  EXPECT_EQ(MarkupToText("caf\xE9"), "caf\xEF\xBF\xBD");  // invalid UTF-8 repaired
}

TEST(ParseFeed, NotXmlAndNotAFeed) {
  internal::FeedInfo info;
  std::vector<internal::FeedItem> items;
  Status s = internal::ParseFeed("just some words", &info, &items);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("not XML (", 0), 0u) << s.message();
  EXPECT_EQ(s.message().find('\n'), std::string::npos);
  s = internal::ParseFeed("", &info, &items);
  EXPECT_FALSE(s.ok());
  s = internal::ParseFeed("<html><body><p>A page</p></body></html>", &info, &items);
  EXPECT_EQ(s.message(), "not an RSS or Atom feed (root element <html>)");
  s = internal::ParseFeed("<urlset><url><loc>x</loc></url></urlset>", &info, &items);
  EXPECT_EQ(s.message(), "not an RSS or Atom feed (root element <urlset>)");
}

TEST(ParseFeed, Rss1Rdf) {
  internal::FeedInfo info;
  std::vector<internal::FeedItem> items;
  const std::string rdf =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
      " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>RDF Site</title></channel>"
      "<item><title>A</title><link>https://x.example/a</link><dc:date>2022-02-10T08:19Z</dc:date>"
      "<dc:creator>Ann</dc:creator><description>Body a.</description></item></rdf:RDF>";
  ASSERT_TRUE(internal::ParseFeed(rdf, &info, &items).ok());
  EXPECT_EQ(info.kind, "rdf");
  EXPECT_EQ(info.title, "RDF Site");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].published, "2022-02-10T08:19Z");
  EXPECT_EQ(items[0].author, "Ann");
  EXPECT_EQ(items[0].summary, "Body a.");
}

TEST(FeedReader, Rss2ItemsBecomeArticles) {
  const std::string path = kTestData + "rss2.xml";
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 3u);
  ASSERT_TRUE(read.errors.empty());
  EXPECT_EQ(read.records[0].origin, path + "#1");
  EXPECT_EQ(read.records[2].origin, path + "#3");
  EXPECT_FALSE(read.records[1].last_of_file);
  EXPECT_TRUE(read.records[2].last_of_file);

  Article a;
  Status s = ParseRecord(read.records[0], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.format, "feed");
  EXPECT_EQ(a.origin, path + "#1");
  EXPECT_EQ(a.title, "Council approves harbour budget");
  EXPECT_EQ(a.url, "https://gazette.example/2022/02/10/harbour-budget");
  EXPECT_EQ(a.published, "2022-02-10T08:19:00-05:00");
  EXPECT_EQ(a.author, "Jane Doe");  // dc:creator over the RSS e-mail author
  EXPECT_EQ(a.source, "The Harbour Gazette");
  EXPECT_EQ(a.external_id, "gazette-1001");
  EXPECT_EQ(a.language, "en");
  EXPECT_NE(a.text.find("seven to two"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("\xE2\x80\x9Ckeep the port open"), std::string::npos) << a.text;  // &ldquo;
  EXPECT_NE(a.text.find("\n\n"), std::string::npos);
  EXPECT_NE(a.metadata_json.find("\"categories\":[\"Politics\"]"), std::string::npos) << a.metadata_json;
  EXPECT_NE(a.metadata_json.find("\"comments\":"), std::string::npos);
  EXPECT_NE(a.metadata_json.find("\"description\":\"The council voted on Thursday.\""), std::string::npos);
  EXPECT_NE(a.metadata_json.find("\"declared_language\":\"en-gb\""), std::string::npos);
  EXPECT_EQ(a.id, ComputeArticleId(a));

  s = ParseRecord(read.records[1], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.published, "2022-02-11T07:05+01:00");
  EXPECT_EQ(a.author, "");
  EXPECT_NE(a.text.find("twenty minutes earlier"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("Tickets bought"), std::string::npos) << a.text;

  s = ParseRecord(read.records[2], &a);  // an image and nothing else
  EXPECT_EQ(s.message(), "item has no text");
}

TEST(FeedReader, AtomEntries) {
  const std::string path = kTestData + "atom.xml";
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 2u);
  Article a;
  Status s = ParseRecord(read.records[0], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.title, "Rail strike called off");
  EXPECT_EQ(a.url, "https://wire.example/2022/02/rail-strike");  // rel=alternate, not self
  EXPECT_EQ(a.published, "2022-02-10T08:19:05+01:00");
  EXPECT_EQ(a.author, "Max Muster, Erika Beispiel");
  EXPECT_EQ(a.source, "Wire Service Europe");
  EXPECT_EQ(a.external_id, "urn:uuid:6a1b7c52-5c1e-4d1b-9a55-0f6d1c2e3f40");
  EXPECT_NE(a.text.find("4.5 percent"), std::string::npos) << a.text;
  EXPECT_NE(a.metadata_json.find("\"updated\":\"2022-02-10T09:30:00+01:00\""), std::string::npos)
      << a.metadata_json;
  EXPECT_NE(a.metadata_json.find("\"declared_language\":\"de\""), std::string::npos);

  s = ParseRecord(read.records[1], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.published, "2022-02-10");  // only <updated>: taken as the date
  EXPECT_EQ(a.text, "First paragraph of a plain note.\n\nSecond paragraph, with a literal <tag> in it.");
}

TEST_F(FeedFiles, NotXmlIsOneLineError) {
  const std::string path = Write("news.xml", "This is not XML at all.\nJust text.\n");
  const Read read = WalkAll(path);
  ASSERT_TRUE(read.records.empty());
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].origin, path);
  EXPECT_EQ(read.errors[0].reason.rfind("not XML (", 0), 0u) << read.errors[0].reason;
  EXPECT_EQ(read.errors[0].reason.find('\n'), std::string::npos);
  EXPECT_TRUE(read.errors[0].whole_file);
  EXPECT_TRUE(read.errors[0].last_of_file);
}

TEST_F(FeedFiles, EmptyFeed) {
  const std::string path = Write("empty.rss", Rss(""));
  const Read read = WalkAll(path);
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].reason, "empty feed (no items)");
  EXPECT_TRUE(read.errors[0].last_of_file);
  EXPECT_TRUE(read.records.empty());
}

TEST_F(FeedFiles, ItemWithoutTextIsAnErrorForThatItemOnly) {
  const std::string path = Write("f.rss", Rss("<item><title>Only a title</title></item>"
                                              "<item><description>Some text.</description></item>"));
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 2u);
  Article a;
  EXPECT_EQ(ParseRecord(read.records[0], &a).message(), "item has no text");
  ASSERT_TRUE(ParseRecord(read.records[1], &a).ok());
  EXPECT_EQ(a.text, "Some text.");
  EXPECT_EQ(a.origin, path + "#2");
}

// A billion laughs: nine levels of tenfold references. Never expanded: the walk ends,
// no record holds the expansion, and the items before the bomb are read.
TEST_F(FeedFiles, EntityBombIsNotExpanded) {
  std::string dtd = "<!DOCTYPE rss [<!ENTITY l0 \"lol lol lol \">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&l" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
  const std::string feed =
      "<?xml version=\"1.0\"?>" + dtd +
      "<rss><channel><title>Bomb</title>"
      "<item><description>Before the bomb.</description></item>"
      "<item><description>Secret: &xxe;</description></item>"
      "<item><description>&l9;</description></item>"
      "<item><description>After the bomb.</description></item>"
      "</channel></rss>";
  const std::string path = Write("bomb.rss", feed);
  const Read read = WalkAll(path);
  ASSERT_GE(read.records.size(), 1u);
  size_t total = 0;
  for (const Record& r : read.records) total += r.bytes.size();
  EXPECT_LT(total, 10000u);
  Article a;
  ASSERT_TRUE(ParseRecord(read.records[0], &a).ok());
  EXPECT_EQ(a.text, "Before the bomb.");
  for (const Record& r : read.records) {
    EXPECT_EQ(r.bytes.find("root:"), std::string::npos);  // no external entity was read
    if (ParseRecord(r, &a).ok()) {
      EXPECT_EQ(a.text.find("lol lol"), std::string::npos);
      EXPECT_EQ(a.text.find("root:"), std::string::npos);
    }
  }
  // libxml2 halts at the bomb; that is reported once, after the items before it.
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.order.back(), "E");
  EXPECT_NE(read.errors[0].reason.find("entity"), std::string::npos) << read.errors[0].reason;
  EXPECT_TRUE(read.errors[0].last_of_file);
}

TEST_F(FeedFiles, TruncatedFeedKeepsEarlierItems) {
  std::string items;
  for (int i = 1; i <= 20; ++i) {
    items += "<item><title>Item " + std::to_string(i) + "</title><description>Text of item " +
             std::to_string(i) + ".</description></item>";
  }
  const std::string whole = Rss(items);
  const std::string path = Write("cut.rss", whole.substr(0, whole.size() / 2));
  const Read read = WalkAll(path);
  ASSERT_GT(read.records.size(), 3u);
  ASSERT_LT(read.records.size(), 20u);
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.order.back(), "E");
  EXPECT_NE(read.errors[0].reason.find("invalid XML after item"), std::string::npos) << read.errors[0].reason;
  EXPECT_FALSE(read.errors[0].whole_file);
  Article a;
  ASSERT_TRUE(ParseRecord(read.records[0], &a).ok());
  EXPECT_EQ(a.text, "Text of item 1.");
}

TEST_F(FeedFiles, DeeplyNestedHtmlInContent) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div><span>";
  html += "Deep words at the bottom of the nesting.";
  const std::string path = Write("deep.rss", Rss("<item><title>Deep</title><content:encoded><![CDATA[" +
                                                  html + "]]></content:encoded></item>"));
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 1u);
  Article a;
  const Status s = ParseRecord(read.records[0], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_NE(a.text.find("Deep words at the bottom"), std::string::npos);
}

TEST_F(FeedFiles, DeeplyNestedXmlStopsCleanly) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<x>";
  const std::string path = Write("deepxml.rss", Rss("<item><description>First.</description></item>"
                                                    "<item><description>Second.</description>" + deep +
                                                    "</item>"));
  const Read read = WalkAll(path);
  ASSERT_GE(read.records.size(), 1u);
  Article a;
  ASSERT_TRUE(ParseRecord(read.records[0], &a).ok());
  EXPECT_EQ(a.text, "First.");
  EXPECT_EQ(read.order.back(), "E");
}

TEST_F(FeedFiles, LatinOneFeedAndUnescapedMarkup) {
  const std::string feed =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf\xE9 News</title>"
      "<item><description><p>R\xE9sum\xE9 of the day.</p><p>Second.</p></description></item>"
      "</channel></rss>";
  const std::string path = Write("latin.xml", feed);
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 1u);
  Article a;
  ASSERT_TRUE(ParseRecord(read.records[0], &a).ok());
  EXPECT_EQ(a.source, "Caf\xC3\xA9 News");
  EXPECT_EQ(a.text, "R\xC3\xA9sum\xC3\xA9 of the day.\n\nSecond.");
}

TEST_F(FeedFiles, FeedDetectedByContent) {
  // No extension: detected by the root element.
  const std::string path = Write("feed-noext", Rss("<item><description>Sniffed.</description></item>"));
  const Read read = WalkAll(path);
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].format, "feed-item");
}

}  // namespace
}  // namespace sitrep::ingest
