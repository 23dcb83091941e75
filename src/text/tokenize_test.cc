#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s)) out.emplace_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, WordsAndPunctuation) {
  EXPECT_EQ(Words("Kirby said, \xE2\x80\x9CWe will.\xE2\x80\x9D"),
            (V{"Kirby", "said", "We", "will"}));
  EXPECT_EQ(Words(""), V{});
  EXPECT_EQ(Words(" ,.;! "), V{});
}

TEST(Tokenize, InnerApostrophesAndHyphens) {
  EXPECT_EQ(Words("Russia\xE2\x80\x99s ex-Soviet neighbor don't"),
            (V{"Russia\xE2\x80\x99s", "ex-Soviet", "neighbor", "don't"}));
  EXPECT_EQ(Words("'quoted' - dash"), (V{"quoted", "dash"}));
}

TEST(Tokenize, NumbersKeepTheirSeparators) {
  EXPECT_EQ(Words("8,500 troops, 1.2 billion, 100,000."),
            (V{"8,500", "troops", "1.2", "billion", "100,000"}));
  EXPECT_EQ(Words("lists 1,2,3 and of,000"), (V{"lists", "1", "2", "3", "and", "of", "000"}));
  EXPECT_EQ(Words("in 2014."), (V{"in", "2014"}));
}

TEST(Tokenize, NonLatinScriptsAndOffsets) {
  const std::string s = "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD said";  // Путин
  const auto tokens = Tokenize(s);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 10u);
  EXPECT_EQ(tokens[1].begin, 11u);
  EXPECT_EQ(Words("Cafe\xCC\x81 ok"), (V{"Cafe\xCC\x81", "ok"}));  // combining mark kept
}

}  // namespace
}  // namespace sitrep::text
