#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "sitrep/ingest.h"

namespace sitrep::ingest {
namespace {

std::string ReadSeed(const std::string& name) {
  const std::string path = std::string(SITREP_SHARED_DIR) + "/corpus/seeds/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Article ParseSeed(const std::string& name) {
  Record record;
  record.origin = name;
  record.format = "text";
  record.bytes = ReadSeed(name);
  Article article;
  const Status status = ParseRecord(record, &article);
  EXPECT_TRUE(status.ok()) << status.message();
  return article;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

TEST(PlainTextSeeds, Seed000HeadlineAndDateline) {
  const Article a = ParseSeed("000_c7e77d471c2b06de.txt");
  EXPECT_EQ(a.title,
            "Ukraine crisis: The Pentagon warns of the continued flow of Russian troops to the border");
  EXPECT_EQ(a.published, "2022-02-10T08:19");
  EXPECT_EQ(a.source, "AFP");
  EXPECT_EQ(a.dateline, "Washington");
  EXPECT_EQ(a.language, "en");
  EXPECT_TRUE(StartsWith(a.text, "The Pentagon: Russia continues to send troops")) << a.text.substr(0, 80);
  EXPECT_EQ(a.text.find("(AFP)"), std::string::npos);
  // Bullets are kept as text.
  EXPECT_NE(a.text.find("\xE2\x80\xA2 The Pentagon: We note the flow"), std::string::npos);
  EXPECT_EQ(a.origin, "000_c7e77d471c2b06de.txt");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.id.size(), 16u);
}

TEST(PlainTextSeeds, Seed003DateHeaderOnTheFirstSentenceLine) {
  const Article a = ParseSeed("003_a492ddeb8d8c52c2.txt");
  EXPECT_EQ(a.published, "2022-02-02");
  EXPECT_EQ(a.title, "");
  EXPECT_TRUE(StartsWith(a.text, "\xE2\x80\x9CThese forces are not going to fight in Ukraine,\xE2\x80\x9D burdened"))
      << a.text.substr(0, 80);
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.source, "");
}

TEST(PlainTextSeeds, SeedsWithoutMetadata) {
  const Article a1 = ParseSeed("001_c2ac850dfd0c6f66.txt");
  EXPECT_EQ(a1.title, "US President Joe Biden sends troops to Eastern Europe amid Ukraine\xE2\x80\x99s diplomatic push");
  const Article a2 = ParseSeed("002_c0fd29eb4bb5bf59.txt");
  EXPECT_EQ(a2.title, "\xE2\x80\x9CNo significant retreat\xE2\x80\x9D of Russian troops on the Ukrainian border");
  const Article a4 = ParseSeed("004_b626d4d4c673a376.txt");
  EXPECT_EQ(a4.title, "US puts 8,500 soldiers on high alert amid Russian tensions");
  for (const Article* a : {&a1, &a2, &a4}) {
    EXPECT_EQ(a->published, "");
    EXPECT_EQ(a->dateline, "");
    EXPECT_EQ(a->source, "");
    EXPECT_EQ(a->language, "en");
    EXPECT_GT(a->language_confidence, 0.5);
    EXPECT_FALSE(StartsWith(a->text, a->title));
    EXPECT_EQ(a->text.find("\n\n\n"), std::string::npos);
  }
  EXPECT_TRUE(StartsWith(a4.text, "At the direction of President Biden"));
  EXPECT_TRUE(StartsWith(a2.text, "Secretary of State Antony Blinken said"));
}

TEST(ParsePlainText, HeaderLines) {
  Article a;
  ASSERT_TRUE(ParsePlainText("Title: Troops on alert\nSOURCE: Reuters\nurl: https://example.com/x\n"
                             "Date: February 2, 2022\nAuthor: Jane Doe\nLanguage: English\n\n"
                             "Troops on alert\n\nThe Pentagon said on Monday.",
                             &a)
                  .ok());
  EXPECT_EQ(a.title, "Troops on alert");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.url, "https://example.com/x");
  EXPECT_EQ(a.published, "2022-02-02");
  EXPECT_EQ(a.author, "Jane Doe");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.text, "The Pentagon said on Monday.");  // the repeated title is dropped
}

TEST(ParsePlainText, UnparseableDateGivesNoDate) {
  Article a;
  ASSERT_TRUE(ParsePlainText("date: sometime last week\n\nHeadline here\n\nBody text.", &a).ok());
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(a.title, "Headline here");
  // "Date night" is no header: the line is the story.
  ASSERT_TRUE(ParsePlainText("Date night was cancelled.\nMore text.", &a).ok());
  EXPECT_EQ(a.published, "");
  EXPECT_EQ(a.text, "Date night was cancelled.\nMore text.");
}

TEST(ParsePlainText, HeadlineRules) {
  Article a;
  // A sentence is no headline.
  ASSERT_TRUE(ParsePlainText("Russia moved troops to the border on Monday.\n\nMore text.", &a).ok());
  EXPECT_EQ(a.title, "");
  // A question is a headline when short.
  ASSERT_TRUE(ParsePlainText("Will Russia invade?\n\nOfficials fear so.", &a).ok());
  EXPECT_EQ(a.title, "Will Russia invade?");
  // A short line ending in a closing quote can be a headline; a long one is the story.
  ASSERT_TRUE(ParsePlainText("Putin: \xE2\x80\x9CNo plans to attack.\xE2\x80\x9D\n\nThe Kremlin said.", &a).ok());
  EXPECT_EQ(a.title, "Putin: \xE2\x80\x9CNo plans to attack.\xE2\x80\x9D");
  const std::string long_quote = "\xE2\x80\x9CIt\xE2\x80\x99s important that we send a strong signal to Putin "
                                 "and the world that NATO matters to the United States and its allies in Europe.\xE2\x80\x9D";
  ASSERT_TRUE(ParsePlainText(long_quote + "\n\nKirby said.", &a).ok());
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, long_quote + "\n\nKirby said.");
  // A single line is the story, not a headline.
  ASSERT_TRUE(ParsePlainText("Only one line here", &a).ok());
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.text, "Only one line here");
  // A wrapped first line that continues in lower case.
  ASSERT_TRUE(ParsePlainText("Troops on alert\nThe Pentagon said on Monday.", &a).ok());
  EXPECT_EQ(a.title, "Troops on alert");
  EXPECT_EQ(a.text, "The Pentagon said on Monday.");
  ASSERT_TRUE(ParsePlainText("The United States said on Wednesday that Russia\ncontinues to build up.", &a).ok());
  EXPECT_EQ(a.title, "");
  // A bracket at the end is no quotation: the usual length limit applies.
  const std::string bracketed = "Russia moves more troops toward the border near Kharkiv as Western officials "
                                "warn of a possible invasion within days (updated)";
  ASSERT_TRUE(ParsePlainText(bracketed + "\n\nBody.", &a).ok());
  EXPECT_EQ(a.title, bracketed);
  // Too long.
  ASSERT_TRUE(ParsePlainText(std::string(250, 'x') + "\n\nBody.", &a).ok());
  EXPECT_EQ(a.title, "");
}

TEST(ParsePlainText, DatelineStartingTheFirstParagraph) {
  Article a;
  ASSERT_TRUE(ParsePlainText("Russia warns the West\n\nMOSCOW (Reuters) - Russia said on Monday it would respond.\n\nSecond paragraph.", &a).ok());
  EXPECT_EQ(a.title, "Russia warns the West");
  EXPECT_EQ(a.dateline, "Moscow");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.text, "Russia said on Monday it would respond.\n\nSecond paragraph.");
  // A source header wins over the agency.
  ASSERT_TRUE(ParsePlainText("source: The Daily\n\nMOSCOW (Reuters) - Russia said.", &a).ok());
  EXPECT_EQ(a.source, "The Daily");
  EXPECT_EQ(a.dateline, "Moscow");
  EXPECT_EQ(a.title, "");
}

TEST(ParsePlainText, CleansWhitespaceAndNormalises) {
  Article a;
  ASSERT_TRUE(ParsePlainText("\xEF\xBB\xBFHeadline\r\n\r\n  Caf\x65\xCC\x81  opens.\r\n\r\n\r\nNext\tparagraph.  ", &a).ok());
  EXPECT_EQ(a.title, "Headline");
  EXPECT_EQ(a.text, "Caf\xC3\xA9 opens.\n\nNext paragraph.");
}

TEST(ParsePlainText, HostileInput) {
  Article a;
  EXPECT_FALSE(ParsePlainText("", &a).ok());
  EXPECT_FALSE(ParsePlainText(" \n\n\t ", &a).ok());
  const Status bad = ParsePlainText("abc\xFF", &a);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.message(), "invalid UTF-8 at byte 3");
  EXPECT_FALSE(ParsePlainText("Washington (AFP) 02/10/2022 08:19", &a).ok());  // nothing after
}

}  // namespace
}  // namespace sitrep::ingest
