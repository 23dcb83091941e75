#include "extract/entity_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::extract::internal {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<Token> toks;
  SplitTokens(text, &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(EntityTokensTest, HyphensSplitWhereTheCaseChanges) {
  EXPECT_EQ(Words("pro-Western US-based F-16 Secretary-General"),
            (std::vector<std::string>{"pro", "-", "Western", "US", "-", "based", "F-16",
                                      "Secretary-General"}));
}

TEST(EntityTokensTest, InitialsNumbersAndPossessives) {
  EXPECT_EQ(Words("the U.S. sent 8,500 troops, 1.2 billion"),
            (std::vector<std::string>{"the", "U.S.", "sent", "8,500", "troops", ",", "1.2",
                                      "billion"}));
  std::vector<Token> toks;
  const std::string text = "Russia’s army and NATO's";
  SplitTokens(text, &toks);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_TRUE(toks[0].is(kPossessive));
  EXPECT_EQ(text.substr(toks[0].begin, toks[0].core_end - toks[0].begin), "Russia");
  EXPECT_EQ(text.substr(toks[3].begin, toks[3].core_end - toks[3].begin), "NATO");
  EXPECT_TRUE(toks[3].is(kAllUpper));
}

TEST(EntityTokensTest, SentencesAndUninformativeCapitals) {
  const std::string text =
      "Mr. Kirby spoke. Tensions rose: Russia denied it.\n\n“We will act,” he said.";
  const TokenizedText tt = TokenizeText(text);
  auto find = [&](std::string_view w) -> const Token& {
    for (const Token& t : tt.tokens) {
      if (text.substr(t.begin, t.end - t.begin) == w) return t;
    }
    ADD_FAILURE() << w;
    return tt.tokens[0];
  };
  // "Mr." does not end the sentence, so Kirby's capital is telling.
  EXPECT_EQ(find("Kirby").sentence, find("Mr").sentence);
  EXPECT_FALSE(find("Kirby").is(kSentenceInitial));
  EXPECT_TRUE(find("Tensions").is(kSentenceInitial));
  EXPECT_TRUE(find("Russia").is(kSentenceInitial));  // after a colon
  EXPECT_TRUE(find("We").is(kSentenceInitial));      // after an opening quote mark
  EXPECT_TRUE(find("We").is(kParagraphStart) || find("“").is(kParagraphStart));
  EXPECT_EQ(find("he").sentence, find("We").sentence);  // ',” he' goes on
  EXPECT_EQ(tt.sentence_begin.size(), 3u);
}

TEST(EntityTokensTest, HeadlinesInTitleCase) {
  const TokenizedText tt = TokenizeText("Biden Puts Troops On High Alert Over Ukraine\n\n"
                                        "The troops were put on alert.");
  EXPECT_TRUE(tt.tokens[0].is(kTitleLine));
  EXPECT_FALSE(tt.tokens.back().is(kTitleLine));
}

TEST(EntityTokensTest, InvalidBytesAreTokens) {
  const std::string text = "a\xff\xfe b";
  std::vector<Token> toks;
  SplitTokens(text, &toks);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[1].cp, -1);
}

// Words are folded eight bytes at a time where eight fit: every length around the
// block size, capitals at each position, the word at the very end of the text, and a
// word with bytes >= 0x80 right after it or inside it.
TEST(EntityTokensTest, FoldedWordsOfEveryLength) {
  std::string text;
  std::vector<std::string> expected;
  for (size_t len = 1; len <= 19; ++len) {
    std::string word, low;
    for (size_t k = 0; k < len; ++k) {
      const char c = static_cast<char>('a' + (k * 7 + len) % 26);
      const bool upper = (k + len) % 3 == 0;
      word += upper ? static_cast<char>(c - 32) : c;
      low += c;
    }
    text += word + " ";
    expected.push_back(low);
  }
  text += "Zürich ZÜRICH Z@[`{ Russia’s É";
  expected.insert(expected.end(), {"zurich", "zurich", "z", "russia", "e"});
  text += " ENDWORD";
  expected.push_back("endword");
  const TokenizedText tt = TokenizeText(text);
  std::vector<std::string> folded;
  for (const Token& t : tt.tokens) {
    if (t.is_word()) folded.emplace_back(t.folded);
  }
  EXPECT_EQ(folded, expected);
  for (std::string_view end : {"A", "Ab", "ABCDEFG", "ABCDEFGH", "ABCDEFGHI"}) {
    const TokenizedText short_text = TokenizeText(end);
    ASSERT_EQ(short_text.tokens.size(), 1u) << end;
    std::string low(end);
    for (char& c : low) c = static_cast<char>(c | 0x20);
    EXPECT_EQ(short_text.tokens[0].folded, low);
  }
}

}  // namespace
}  // namespace sitrep::extract::internal
