#include <gtest/gtest.h>

#include <string>

#include "sitrep/html.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

std::string Page(const std::string& body, const std::string& head = "<meta charset=utf-8>") {
  return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body>" + body +
         "</body></html>";
}

const std::string kProse =
    "The council voted on Monday to close the bridge, citing corroded cables, a decision "
    "that will add ten minutes to many journeys.";

Status Extract(const std::string& page, HtmlDocument* doc) {
  return ExtractHtml(page, "", doc);
}

TEST(ExtractHtml, ParagraphsHeadingsAndLists) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<nav><a href=/>Home</a> <a href=/n>News</a></nav>"
                           "<article><h1>Title</h1><p>" + kProse + "</p><h2>Why</h2><p>" +
                           kProse + "</p><ul><li>First point of the list.</li>"
                           "<li>Second point.</li></ul></article><footer>(c) 2023</footer>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text, kProse + "\n\n" + "Why\n\n" + kProse +
                          "\n\nFirst point of the list.\n\nSecond point.");
}

TEST(ExtractHtml, DecodesEntitiesAndCleansWhitespace) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<div class=story><p>  Fish &amp; chips&nbsp;cost&#160;&pound;9,"
                           " the owner&#8217;s   sign\n said, with  <b>bold</b>\t<i>text</i>."
                           "</p><p>" + kProse + "</p></div>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text, "Fish & chips cost \u00A39, the owner\u2019s sign said, with bold text.\n\n" +
                          kProse);
}

TEST(ExtractHtml, NormalisesToNfc) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<p>Cafe\u0301 owners, who met on Monday, said the prices would "
                           "rise, fall, and rise again.</p>"),
                      &doc)
                  .ok());
  EXPECT_NE(doc.text.find("Caf\u00E9 owners"), std::string::npos) << doc.text;
}

TEST(ExtractHtml, DropsLinkListsCommentsAndShareBars) {
  HtmlDocument doc;
  ASSERT_TRUE(
      Extract(Page("<div class=entry-content><p>" + kProse + "</p><p>" + kProse +
                   "</p><div class=share-buttons>Share this: <a>Twitter</a></div>"
                   "<h3>Related</h3><ul><li><a href=/a>One story about things</a></li>"
                   "<li><a href=/b>Another story about things</a></li></ul></div>"
                   "<div id=comments><p>I disagree with every word of this article, and "
                   "here is why, at some length, with commas.</p></div>"),
              &doc)
          .ok());
  EXPECT_EQ(doc.text, kProse + "\n\n" + kProse);
}

TEST(ExtractHtml, DropsFurnitureLines) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<div class=story><p>By Jane Doe</p><p>" + kProse +
                           "</p><p>Advertisement</p><p>READ MORE: Council meets again on "
                           "Friday</p><p>10:42 GMT</p><p>Anzeige</p><p>" + kProse +
                           "</p><p>Share this article</p><p>Photo: Jane Doe/Agency</p></div>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text, kProse + "\n\n" + kProse);
}

TEST(ExtractHtml, KeepsProseThatLooksLikeFurniture) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<div class=story><p>" + kProse + "</p><p>By Tuesday, the council "
                           "had voted.</p><p>Readers can <a href=/r>register</a> for the talk "
                           "at the library.</p></div><div class=box><p>A daily briefing in "
                           "your inbox, written by our editors, every weekday.</p>"
                           "<a class=btn href=/s>Sign up</a></div>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text, kProse + "\n\nBy Tuesday, the council had voted.\n\nReaders can "
                               "register for the talk at the library.");
}

TEST(ExtractHtml, HeadlineRepeatedAsTextGoesToTheTitle) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract("<html><head><title>Weekly Gazette: Mill to close</title></head><body>"
                      "<td><b>Mill to close</b><br><br>" + kProse + "<br><br>" + kProse +
                      "</td></body></html>",
                      &doc)
                  .ok());
  EXPECT_EQ(doc.title, "Mill to close");
  EXPECT_EQ(doc.text, kProse + "\n\n" + kProse);
  ASSERT_TRUE(Extract("<html><head><title>Q&amp;A: The bee count</title></head><body><div>"
                      "<p>Q&amp;A</p><p>" + kProse + "</p></div></body></html>",
                      &doc)
                  .ok());
  EXPECT_EQ(doc.title, "Q&A: The bee count");
  EXPECT_EQ(doc.text, "Q&A\n\n" + kProse);
}

TEST(ExtractHtml, DoubleLineBreaksSeparateParagraphs) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<table><tr><td><a href=/>Home</a><br><a href=/x>Archive</a></td>"
                           "<td>" + kProse + "<br><br>" + kProse + "<br>\n<br>Last line of "
                           "the story, which is short.</td></tr></table>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text, kProse + "\n\n" + kProse + "\n\nLast line of the story, which is short.");
}

TEST(ExtractHtml, Windows1252PageBecomesUtf8) {
  HtmlDocument doc;
  const std::string page = Page("<p>\x93" "Caf\xE9 prices,\x94 he said, \x96 up 5\x80, "
                                "which is a lot, for coffee.</p>",
                                "<meta charset=\"iso-8859-1\">");
  ASSERT_TRUE(Extract(page, &doc).ok());
  EXPECT_EQ(doc.encoding, "windows-1252");
  EXPECT_EQ(doc.text, "\u201CCaf\u00E9 prices,\u201D he said, \u2013 up 5\u20AC, which is a "
                      "lot, for coffee.");
}

TEST(ExtractHtml, CharsetsLeftToLibxml) {
  HtmlDocument doc;
  // "Привет, мир" in KOI8-R, three times.
  const std::string koi8 = "\xF0\xD2\xC9\xD7\xC5\xD4, \xCD\xC9\xD2";
  ASSERT_TRUE(Extract(Page("<p>" + koi8 + ", " + koi8 + ", " + koi8 + ".</p>",
                           "<meta charset=koi8-r>"),
                      &doc)
                  .ok());
  EXPECT_EQ(doc.encoding, "koi8-r");
  EXPECT_EQ(doc.text.substr(0, 20), "\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440");
}

TEST(ExtractHtml, Utf16WithBom) {
  const std::string ascii = Page("<p>" + kProse + "</p>", "");
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  HtmlDocument doc;
  ASSERT_TRUE(Extract(utf16, &doc).ok());
  EXPECT_EQ(doc.text, kProse);
}

TEST(ExtractHtml, InvalidUtf8GivesValidUtf8) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page("<p>Broken \xFF\xFE bytes \xC3 in a page that says UTF-8, "
                           "and more \xED\xA0\x80 text after them.</p>"),
                      &doc)
                  .ok());
  EXPECT_TRUE(text::IsValidUtf8(doc.text));
  EXPECT_TRUE(text::IsValidUtf8(doc.title));
  EXPECT_NE(doc.text.find("text after them."), std::string::npos);
}

TEST(ExtractHtml, UnclosedTags) {
  HtmlDocument doc;
  ASSERT_TRUE(Extract("<html><body><div class=story><p>" + kProse + "<p>" + kProse +
                          "<div><b>bold never closed <i>" + kProse,
                      &doc)
                  .ok());
  EXPECT_EQ(doc.text.substr(0, kProse.size()), kProse);
  EXPECT_TRUE(text::IsValidUtf8(doc.text));
}

TEST(ExtractHtml, ClearErrors) {
  HtmlDocument doc;
  EXPECT_EQ(Extract("", &doc).message(), "empty document");
  EXPECT_EQ(Extract(std::string("\x00\x01\x02\x89PNG\r\n\x1a\n\x00\x00", 12), &doc).message(),
            "binary content, not an HTML page");
  EXPECT_EQ(Extract(Page("<nav><a href=/>Home</a></nav><script>var x = 1;</script>"), &doc)
                .message(),
            "no main text found");
  EXPECT_EQ(Extract("<html><head><title>Only a title</title></head></html>", &doc).message(),
            "no main text found");
  EXPECT_EQ(doc.title, "Only a title");  // metadata is kept on failure
  HtmlOptions small;
  small.max_bytes = 10;
  EXPECT_EQ(ExtractHtml(Page("<p>x</p>"), "", &doc, small).message(), "page too large");
}

TEST(ExtractHtml, BinaryGarbageDoesNotCrash) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245u + 12345u;
    garbage.push_back(static_cast<char>((x >> 16) & 0xFF));
  }
  HtmlDocument doc;
  EXPECT_FALSE(Extract(garbage, &doc).ok());
  // Garbage without NUL bytes parses as (odd) text: any outcome but a crash is fine,
  // and what comes out is valid UTF-8.
  for (char& c : garbage) {
    if (c == '\0') c = '<';
  }
  Status s = Extract(garbage, &doc);
  EXPECT_TRUE(text::IsValidUtf8(doc.text));
  EXPECT_TRUE(s.ok() || !s.message().empty());
}

TEST(ExtractHtml, DeepNestingFailsCleanly) {
  for (const std::string tag : {"div", "span", "b", "table"}) {
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i) page += "<" + tag + ">";
    page += kProse;
    HtmlDocument doc;
    const Status s = Extract(page, &doc);  // must return, with or without the text
    if (s.ok()) {
      EXPECT_TRUE(text::IsValidUtf8(doc.text));
    } else {
      EXPECT_EQ(s.message(), "no main text found") << tag;
    }
  }
}

// Broken templates leave hundreds of elements unclosed before the story.
TEST(ExtractHtml, ArticleAfterDeepChromeStillFound) {
  std::string chrome;
  for (int i = 0; i < 1500; ++i) chrome += "<div><font>";
  HtmlDocument doc;
  ASSERT_TRUE(Extract(Page(chrome + "<article><p>" + kProse + "</p></article>"), &doc).ok());
  EXPECT_EQ(doc.text, kProse);
}

TEST(ExtractHtml, FiftyMegabytePage) {
  std::string page = "<html><head><meta charset=utf-8></head><body><div class=story>";
  page.reserve(51u << 20);
  int n = 0;
  while (page.size() < (50u << 20)) {
    page += "<p>" + kProse + " Paragraph " + std::to_string(++n) + ".</p>\n";
  }
  page += "</div></body></html>";
  HtmlDocument doc;
  ASSERT_TRUE(Extract(page, &doc).ok());
  EXPECT_NE(doc.text.find("Paragraph 1."), std::string::npos);
  EXPECT_NE(doc.text.find("Paragraph " + std::to_string(n) + "."), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ingest
