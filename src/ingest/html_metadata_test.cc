#include "html_metadata.h"

#include <gtest/gtest.h>

#include "html_jsonld.h"
#include "sitrep/html.h"

namespace sitrep::ingest::internal {
namespace {

HtmlDocument Read(const std::string& head, const std::string& body = "<p>x</p>",
                  std::string_view url = "") {
  Dom dom;
  EXPECT_TRUE(ParseHtmlDom("<html lang=\"en-GB\"><head>" + head + "</head><body>" + body +
                               "</body></html>",
                           "UTF-8", &dom)
                  .ok());
  HtmlDocument doc;
  ReadHtmlMetadata(dom, url, &doc);
  return doc;
}

TEST(DateFromUrl, KeepsThePrecisionOfThePath) {
  EXPECT_EQ(DateFromUrl("https://x.example/2022/02/10/slug/"), "2022-02-10");
  EXPECT_EQ(DateFromUrl("https://x.example/news/2022/02/slug"), "2022-02");
  EXPECT_EQ(DateFromUrl("https://x.example/world/slug-2021-12-31/"), "2021-12-31");
  EXPECT_EQ(DateFromUrl("https://x.example/2022/13/40/slug"), "");
  EXPECT_EQ(DateFromUrl("https://x.example/story/12345678"), "");
}

TEST(StripSiteFromTitle, RemovesOnlyTheSiteName) {
  EXPECT_EQ(StripSiteFromTitle("Rates held | The Ledger", "The Ledger", ""), "Rates held");
  EXPECT_EQ(StripSiteFromTitle("Rates held - the ledger", "The Ledger", ""), "Rates held");
  EXPECT_EQ(StripSiteFromTitle("The Ledger: Rates held", "The Ledger", ""), "Rates held");
  EXPECT_EQ(StripSiteFromTitle("Rates held | Business", "The Ledger", ""),
            "Rates held | Business");
  EXPECT_EQ(StripSiteFromTitle("Rates held | Business", "", "Rates held"), "Rates held");
  EXPECT_EQ(StripSiteFromTitle("The Ledger", "The Ledger", ""), "The Ledger");
}

TEST(ReadJsonLd, FollowsGraphsAndReferences) {
  JsonLdFacts f;
  ReadJsonLd(R"({"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","datePublished":"2020-01-01","name":"page"},
      {"@type":["Article","NewsArticle"],"headline":"H","datePublished":"2022-02-10T08:19:00Z",
       "author":{"@id":"#p1"},"publisher":{"@id":"#org"}},
      {"@type":"Person","@id":"#p1","name":"Jane Roe"},
      {"@type":"Organization","@id":"#org","name":"Example News"}]})",
             &f);
  EXPECT_EQ(f.headline, "H");
  EXPECT_EQ(f.published, "2022-02-10T08:19:00Z");  // the article's, not the page's
  EXPECT_EQ(f.author, "Jane Roe");
  EXPECT_EQ(f.publisher, "Example News");
}

TEST(ReadJsonLd, AuthorListsAndBrokenJson) {
  JsonLdFacts f;
  ReadJsonLd("{not json", &f);
  ReadJsonLd(R"([{"@type":"NewsArticle","author":[{"@type":"Person","name":"A One"},
                 {"name":"B Two"}]}])",
             &f);
  EXPECT_EQ(f.author, "A One");
  ReadJsonLd(R"({"@type":"NewsArticle","author":"Later Name"})", &f);
  EXPECT_EQ(f.author, "A One");  // the first block wins
}

TEST(ReadHtmlMetadata, PrecedenceOfSources) {
  const HtmlDocument doc = Read(
      R"(<title>Bridge closes | City Post</title>
         <meta property="og:site_name" content="City Post">
         <meta property="article:published_time" content="2023-02-27T16:30:00+00:00">
         <meta name="date" content="2020-01-01">
         <meta property="article:modified_time" content="2023-02-28">
         <meta name="author" content="https://facebook.com/citypost">
         <link rel="canonical" href="https://citypost.example/bridge">
         <script type="application/ld+json">
           {"@type":"NewsArticle","author":{"name":"Elena Fischer"}}</script>)",
      "<h1>Bridge closes</h1><p>x</p>");
  EXPECT_EQ(doc.title, "Bridge closes");
  EXPECT_EQ(doc.site_name, "City Post");
  EXPECT_EQ(doc.published, "2023-02-27T16:30:00Z");
  EXPECT_EQ(doc.modified, "2023-02-28");
  EXPECT_EQ(doc.author, "Elena Fischer");  // a URL is not a name
  EXPECT_EQ(doc.canonical_url, "https://citypost.example/bridge");
  EXPECT_EQ(doc.language, "en");
}

TEST(ReadHtmlMetadata, FallsBackToTimeAndUrl) {
  HtmlDocument doc =
      Read("", "<article><time datetime=\"2021-08-17\">Aug 17</time><p>x</p></article>");
  EXPECT_EQ(doc.published, "2021-08-17");
  doc = Read("", "<time datetime=\"2021-08-17\">outside</time><p>x</p>",
             "https://x.example/2019/05/slug");
  EXPECT_EQ(doc.published, "2019-05");
  EXPECT_EQ(doc.canonical_url, "https://x.example/2019/05/slug");
  doc = Read("<meta name=pubdate content=20230115>", "<p>x</p>");
  EXPECT_EQ(doc.published, "2023-01-15");
  doc = Read("<meta name=pubdate content=20231315>", "<p>x</p>");
  EXPECT_EQ(doc.published, "");
  doc = Read("<title>Untitled</title>", "<p>x</p>");
  EXPECT_EQ(doc.published, "");  // never guessed
  EXPECT_EQ(doc.title, "Untitled");
}

}  // namespace
}  // namespace sitrep::ingest::internal
