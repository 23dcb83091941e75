#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

std::vector<std::string> Sentences(std::string_view s) {
  std::vector<std::string> out;
  for (const Span& span : SplitSentences(s)) {
    out.emplace_back(s.substr(span.begin, span.end - span.begin));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SplitSentences, BasicTerminators) {
  EXPECT_EQ(Sentences("One. Two! Three? Four"), (V{"One.", "Two!", "Three?", "Four"}));
  EXPECT_EQ(Sentences(""), V{});
  EXPECT_EQ(Sentences("   \n\n "), V{});
  EXPECT_EQ(Sentences("  Leading space. Trailing space.  "),
            (V{"Leading space.", "Trailing space."}));
}

TEST(SplitSentences, TitlesAndInitialsDoNotSplit) {
  EXPECT_EQ(Sentences("Mr. Biden met Gen. Milley and Sen. Smith. They talked."),
            (V{"Mr. Biden met Gen. Milley and Sen. Smith.", "They talked."}));
  EXPECT_EQ(Sentences("John F. Kennedy spoke. Then he left."),
            (V{"John F. Kennedy spoke.", "Then he left."}));
  EXPECT_EQ(Sentences("Dr. Jones lives on St. Mark's Place."),
            (V{"Dr. Jones lives on St. Mark's Place."}));
}

TEST(SplitSentences, InitialismsSplitOnlyBeforeSentenceOpeners) {
  EXPECT_EQ(Sentences("The U.S. Army moved. Troops went to the U.K. The rest stayed."),
            (V{"The U.S. Army moved.", "Troops went to the U.K.", "The rest stayed."}));
  EXPECT_EQ(Sentences("The U.N. Security Council met at 3 p.m. Monday."),
            (V{"The U.N. Security Council met at 3 p.m. Monday."}));
}

TEST(SplitSentences, MonthsNumbersAndDecimals) {
  EXPECT_EQ(Sentences("On Feb. 10 he spoke. It cost 1.2 billion. No. 10 replied."),
            (V{"On Feb. 10 he spoke.", "It cost 1.2 billion.", "No. 10 replied."}));
  EXPECT_EQ(Sentences("Deaths rose in 2014. 13,000 people died."),
            (V{"Deaths rose in 2014.", "13,000 people died."}));
}

TEST(SplitSentences, ClosingQuotesBelongToTheSentence) {
  EXPECT_EQ(Sentences("He said, \xE2\x80\x9CWe are ready.\xE2\x80\x9D Then he left."),
            (V{"He said, \xE2\x80\x9CWe are ready.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Sentences("No further \xE2\x80\x9C" "escalation\xE2\x80\x9D. A spokesman said."),
            (V{"No further \xE2\x80\x9C" "escalation\xE2\x80\x9D.", "A spokesman said."}));
  EXPECT_EQ(Sentences("\"Go!\" he said. (It was late.) Next."),
            (V{"\"Go!\" he said.", "(It was late.)", "Next."}));
  // A quote that ends with a question mark and continues with a lower-case cue.
  EXPECT_EQ(Sentences("\xE2\x80\x9CWhy?\xE2\x80\x9D he asked."),
            (V{"\xE2\x80\x9CWhy?\xE2\x80\x9D he asked."}));
}

TEST(SplitSentences, Ellipsis) {
  // A spaced ellipsis marks an omission inside a quotation.
  EXPECT_EQ(Sentences("capabilities \xE2\x80\xA6 Every day he acts."),
            (V{"capabilities \xE2\x80\xA6 Every day he acts."}));
  EXPECT_EQ(Sentences("And then... The end came."), (V{"And then...", "The end came."}));
  EXPECT_EQ(Sentences("Wait\xE2\x80\xA6 what?"), (V{"Wait\xE2\x80\xA6 what?"}));
}

TEST(SplitSentences, ParagraphBreaksAndBullets) {
  EXPECT_EQ(Sentences("Headline without stop\n\nBody starts here. More"),
            (V{"Headline without stop", "Body starts here.", "More"}));
  EXPECT_EQ(Sentences("Intro\n\xE2\x80\xA2 first point\n\xE2\x80\xA2 second point"),
            (V{"Intro", "\xE2\x80\xA2 first point", "\xE2\x80\xA2 second point"}));
  EXPECT_EQ(Sentences("a wrapped\nline continues. Next one."),
            (V{"a wrapped\nline continues.", "Next one."}));
}

TEST(SplitSentences, InsideTokensAndLowerCase) {
  EXPECT_EQ(Sentences("See reuters.com for more. Then stop."),
            (V{"See reuters.com for more.", "Then stop."}));
  // A lower-case word never opens a sentence, so "e.g." stays where it is.
  EXPECT_EQ(Sentences("Some allies, e.g. Poland, agreed. others did not."),
            (V{"Some allies, e.g. Poland, agreed. others did not."}));
  EXPECT_EQ(Sentences("It was 5 a.m. when the U.S.-led force moved."),
            (V{"It was 5 a.m. when the U.S.-led force moved."}));
}

TEST(SplitSentences, SpacelessScripts) {
  EXPECT_EQ(Sentences("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"),
            (V{"\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82", "\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"}));
}

TEST(SplitSentences, SpansAreOrderedAndInsideTheText) {
  const std::string path = std::string(SITREP_SHARED_DIR) + "/corpus/seeds/002_c0fd29eb4bb5bf59.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto spans = SplitSentences(text);
  ASSERT_GT(spans.size(), 12u);
  size_t last_end = 0;
  for (const Span& s : spans) {
    EXPECT_LE(last_end, s.begin);
    EXPECT_LT(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    last_end = s.end;
  }
  // "the U.S. assessment" stays inside its sentence.
  bool found = false;
  for (const std::string& s : Sentences(text)) {
    if (s.rfind("Blinken went on to detail the U.S. assessment", 0) == 0) found = true;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace sitrep::text
