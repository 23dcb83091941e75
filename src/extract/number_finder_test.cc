#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/number_lexicon.h"
#include "sitrep/numbers.h"

namespace sitrep::extract {
namespace {

// The single number in `text`, or a failure.
NumberMatch Only(std::string_view text) {
  std::vector<NumberMatch> all = FindNumbers(text);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? NumberMatch{} : all[0];
}

std::string Span(std::string_view text, const NumberMatch& m) {
  return std::string(text.substr(m.begin, m.end - m.begin));
}

double Value(std::string_view text) { return Only(text).value; }

TEST(FindNumbers, Digits) {
  EXPECT_EQ(Value("8,500"), 8500);
  EXPECT_EQ(Value("1.2"), 1.2);
  EXPECT_EQ(Value(".08"), 0.08);
  EXPECT_EQ(Value("4.800"), 4.8);
  EXPECT_EQ(Value("1,234,567"), 1234567);
  EXPECT_EQ(Value("12,34,567.89"), 1234567.89);  // lakh grouping
  EXPECT_EQ(Value("40 000"), 40000);
  EXPECT_EQ(Value("40\u202F000"), 40000);
  EXPECT_EQ(Value("1e10"), 1e10);
  EXPECT_EQ(Value("12.32e+14"), 1.232e15);
  EXPECT_EQ(Value(" -9.5"), -9.5);

  NumberMatch m = Only("8,500");
  EXPECT_TRUE(m.has_digits);
  EXPECT_TRUE(m.has_separators);
  EXPECT_FALSE(m.has_words);
  EXPECT_EQ(m.digit_count, 4);
}

TEST(FindNumbers, GroupsNeedThreeDigits) {
  // "22,24,26" is a list, "3 100" two numbers (a day and a count).
  EXPECT_EQ(FindNumbers("Exercises 22,24,26").size(), 3u);
  std::vector<NumberMatch> two = FindNumbers("on March 3 100 people");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].value, 3);
  EXPECT_EQ(two[1].value, 100);
  std::vector<NumberMatch> list = FindNumbers("1, 234, 567");
  EXPECT_EQ(list.size(), 3u);
}

TEST(FindNumbers, HyphenBetweenNumbersIsNoSign) {
  std::vector<NumberMatch> r = FindNumbers("10-20");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].value, 10);
  EXPECT_EQ(r[1].value, 20);
  EXPECT_EQ(Value("S-400"), 400);
  EXPECT_EQ(Value("temperatures of -5"), -5);
  EXPECT_TRUE(Only("(-5)").negative);
}

TEST(FindNumbers, Words) {
  EXPECT_EQ(Value("twenty-four"), 24);
  EXPECT_EQ(Value("fifty - two"), 52);
  EXPECT_EQ(Value("one hundred thousand"), 100000);
  EXPECT_EQ(Value("more than one hundred thousand soldiers"), 100000);
  EXPECT_EQ(Value("one hundred and sixty-one"), 161);
  EXPECT_EQ(Value("two hundred and two thousand"), 202000);
  EXPECT_EQ(Value("two thousand and two hundred"), 2200);
  EXPECT_EQ(Value("ninety-five hundred"), 9500);
  EXPECT_EQ(Value("twenty-one trillion three hundred"), 21000000000300);
  EXPECT_EQ(Value("a dozen eggs"), 12);
  EXPECT_EQ(Value("half a dozen"), 6);
  EXPECT_EQ(Value("two dozen"), 24);
  EXPECT_EQ(Value("a hundred"), 100);
  EXPECT_EQ(Value("a million people"), 1e6);
  EXPECT_EQ(Value("Three hundred  and  thirty one"), 331);

  NumberMatch m = Only("one hundred thousand");
  EXPECT_TRUE(m.has_words);
  EXPECT_FALSE(m.has_digits);
}

TEST(FindNumbers, DigitsWithMagnitudes) {
  EXPECT_EQ(Value("2.5 million"), 2.5e6);
  EXPECT_EQ(Value("1,674.5 million"), 1674.5e6);
  EXPECT_EQ(Value("1.2bn"), 1.2e9);
  EXPECT_EQ(Value("1.2b"), 1.2e9);
  EXPECT_EQ(Value("10k"), 1e4);
  EXPECT_EQ(Value("10M"), 1e7);
  EXPECT_EQ(Value("10 bln"), 1e10);
  EXPECT_EQ(Value("4 thousand 3 hundred and 21"), 4321);
  EXPECT_EQ(Value("13 lakh"), 1.3e6);
  EXPECT_EQ(Value("three lakh crore"), 3e12);
  EXPECT_EQ(Value("3 dozens"), 36);
  NumberMatch mixed = Only("2.5 million");
  EXPECT_TRUE(mixed.has_digits);
  EXPECT_TRUE(mixed.has_words);
  EXPECT_TRUE(mixed.has_fraction);
  EXPECT_FALSE(Only("1.2bn").has_words);
  std::vector<NumberMatch> money = FindNumbers("1.2 billion euros ($1.4 billion)");
  ASSERT_EQ(money.size(), 2u);
  EXPECT_EQ(money[0].value, 1.2e9);
  EXPECT_EQ(money[1].value, 1.4e9);
  EXPECT_EQ(Span("1.2 billion euros ($1.4 billion)", money[1]), "1.4 billion");
}

TEST(FindNumbers, TwoNumbersStayApart) {
  EXPECT_EQ(FindNumbers("4000 3 hundred").size(), 2u);
  std::vector<NumberMatch> r = FindNumbers("3 hundred and 2 hundred");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].value, 300);
  EXPECT_EQ(r[1].value, 200);
  EXPECT_EQ(FindNumbers("in 2014 200 people").size(), 2u);
}

TEST(FindNumbers, Fractions) {
  EXPECT_NEAR(Value("two thirds"), 2.0 / 3, 1e-12);
  EXPECT_EQ(Value("one and a half"), 1.5);
  EXPECT_EQ(Value("two and a half million"), 2.5e6);
  EXPECT_EQ(Value("3 million and a half"), 3.5e6);
  EXPECT_EQ(Value("five billion and three quarters"), 5.75e9);
  EXPECT_NEAR(Value("one hundred and three and two thirds"), 103 + 2.0 / 3, 1e-9);
  EXPECT_EQ(Value("3/4"), 0.75);
  EXPECT_EQ(Value("2 1/4"), 2.25);
  EXPECT_EQ(Value("2\u00BD"), 2.5);
  EXPECT_EQ(Value("one-eighth"), 0.125);
  EXPECT_EQ(Value("a quarter million"), 250000);
  EXPECT_NEAR(Value("a third of the troops"), 1.0 / 3, 1e-12);
  EXPECT_EQ(Value("two hundred point zero three"), 200.03);
  EXPECT_TRUE(Only("3/4").has_fraction);
}

TEST(FindNumbers, Ordinals) {
  for (std::string_view s : {"third", "3rd", "the third day", "21st"}) {
    EXPECT_TRUE(Only(s).ordinal) << s;
  }
  EXPECT_EQ(Value("twenty-first"), 21);
  EXPECT_TRUE(Only("twenty-first").ordinal);
  EXPECT_EQ(Value("one hundred twenty fifth"), 125);
  EXPECT_EQ(Value("two hundredth"), 200);
  EXPECT_FALSE(Only("a third of them").ordinal);  // a fraction
  // Digits never take ordinal words: "$280 million first preferred notes".
  std::vector<NumberMatch> r = FindNumbers("$ 280 million first preferred");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].value, 280e6);
  EXPECT_FALSE(r[0].ordinal);
}

TEST(FindNumbers, Percentages) {
  for (std::string_view s : {"50%", "50 %", "50 percent", "fifty per cent", "50 pct"}) {
    NumberMatch m = Only(s);
    EXPECT_TRUE(m.is_percent) << s;
    EXPECT_EQ(m.value, 50) << s;
    EXPECT_EQ(Span(s, m), s) << s;
  }
  EXPECT_EQ(Value("minus five percent"), -5);
}

TEST(FindNumbers, VagueMagnitudes) {
  NumberMatch m = Only("tens of thousands of troops");
  EXPECT_TRUE(m.approximate);
  EXPECT_EQ(m.value, 10000);
  EXPECT_EQ(Span("tens of thousands of troops", m), "tens of thousands");
  EXPECT_EQ(Value("hundreds of troops"), 100);
  EXPECT_EQ(Value("hundreds of thousands"), 100000);
  EXPECT_EQ(Value("dozens of homes"), 12);
  EXPECT_EQ(Value("several hundred people"), 100);
  EXPECT_TRUE(Only("several hundred people").approximate);
  EXPECT_EQ(Value("a couple of thousand"), 2000);
  // A rewriter's "a couple of,000" for "2,000".
  NumberMatch spun = Only("and a couple of,000 based mostly within");
  EXPECT_EQ(spun.value, 2000);
  EXPECT_TRUE(spun.approximate);
  EXPECT_TRUE(FindNumbers("a couple of days").empty());
  EXPECT_TRUE(FindNumbers("tens of people").empty());
}

TEST(FindNumbers, NotNumbers) {
  for (std::string_view s :
       {"192.168.1.2", "02/10/2022", "08:19", "9/11", "24/7", "the one you said", "no one", "a",
        "an", "one another", "https://example.com/a?id=305&x=20%25", "a quarter"}) {
    EXPECT_TRUE(FindNumbers(s).empty()) << s;
  }
  EXPECT_EQ(Value("Let's try one last time"), 1);
  EXPECT_EQ(Value("One of them"), 1);
}

TEST(FindNumbers, GluedLetters) {
  const std::pair<std::string_view, std::string_view> kCases[] = {
      {"29km", "29"}, {"5pm", "5"}, {"1960s", "1960"}, {"5G", "5"}};
  for (const auto& [text, digits] : kCases) {
    NumberMatch m = Only(text);
    EXPECT_TRUE(m.unit_glued) << text;
    EXPECT_EQ(Span(text, m), digits) << text;
  }
  EXPECT_FALSE(Only("10k").unit_glued);
}

TEST(FindNumbers, OffsetsAreBytes) {
  std::string text = "\u201Cmore than 100,000\u201D military personnel";
  NumberMatch m = Only(text);
  EXPECT_EQ(Span(text, m), "100,000");
  EXPECT_EQ(m.begin, text.find("100,000"));
}

TEST(ParseNumber, WholeStringOnly) {
  double v = -1;
  EXPECT_TRUE(ParseNumber("twenty-four", &v));
  EXPECT_EQ(v, 24);
  EXPECT_TRUE(ParseNumber("  1.2bn ", &v));
  EXPECT_EQ(v, 1.2e9);
  EXPECT_TRUE(ParseNumber("3rd", &v));
  EXPECT_EQ(v, 3);
  EXPECT_TRUE(ParseNumber("one hundred thousand", &v));
  EXPECT_EQ(v, 100000);
  EXPECT_TRUE(ParseNumber("50%", &v));
  EXPECT_EQ(v, 50);
  v = -1;
  EXPECT_FALSE(ParseNumber("forty two apples", &v));
  EXPECT_FALSE(ParseNumber("", &v));
  EXPECT_FALSE(ParseNumber("   ", &v));
  EXPECT_FALSE(ParseNumber("29km", &v));
  EXPECT_FALSE(ParseNumber("one two", &v));
  EXPECT_FALSE(ParseNumber("troops", &v));
  EXPECT_EQ(v, -1);  // untouched on failure
}

TEST(FindNumbers, InvalidUtf8IsHarmless) {
  std::string text = "about \xFF\xFE 500 \xC3 people \xE2\x82";
  std::vector<NumberMatch> r = FindNumbers(text);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].value, 500);
}

TEST(FindNumbers, HostileInputFinishes) {
  std::string digits(10 << 20, '7');
  std::vector<NumberMatch> r = FindNumbers(digits);
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r[0].begin, 0u);
  std::string commas(100000, ',');
  EXPECT_TRUE(FindNumbers(commas).empty());
  std::string list;
  while (list.size() < (1u << 20)) list += "1,";
  EXPECT_EQ(FindNumbers(list).size(), (1u << 20) / 2);
}

// The lexicon's filter looks at the first two letters in either case: it must let
// every number word through however it is written, and it keeps common words out.
TEST(NumberLexicon, FilterPassesNumberWordsInAnyCase) {
  for (std::string_view w : {"a", "A", "an", "An", "AN", "one", "One", "ONE", "twenty",
                             "Twenty", "tWENTY", "hundredths", "Thousand", "dozen", "lakhs",
                             "Quarter", "half", "minus", "first", "Nineteen"}) {
    EXPECT_TRUE(internal::MayBeNumberWord(w)) << w;
  }
  for (std::string_view w : {"", "the", "The", "that", "said", "o'clock", "9", "x"}) {
    EXPECT_FALSE(internal::MayBeNumberWord(w)) << w;
  }
  EXPECT_EQ(internal::LookupNumberWord("twenty").kind, internal::NumWord::kTens);
  EXPECT_EQ(internal::LookupNumberWord("the").kind, internal::NumWord::kNone);
  EXPECT_EQ(Only("Twenty-Two").value, 22);
  EXPECT_EQ(Only("FIVE HUNDRED").value, 500);
}

}  // namespace
}  // namespace sitrep::extract
