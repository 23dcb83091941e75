#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/figures.h"

namespace sitrep::extract {
namespace {

std::string Span(std::string_view text, const Figure& f) {
  return std::string(text.substr(f.begin, f.end - f.begin));
}

// The single figure in `text`, or a failure.
Figure Only(std::string_view text) {
  std::vector<Figure> all = FindFigures(text);
  EXPECT_EQ(all.size(), 1u) << text;
  if (all.size() != 1) {
    for (const Figure& f : all) ADD_FAILURE() << "  found: " << Span(text, f);
  }
  return all.empty() ? Figure{} : all[0];
}

void ExpectNone(std::string_view text) {
  std::vector<Figure> all = FindFigures(text);
  EXPECT_TRUE(all.empty()) << text;
  for (const Figure& f : all) ADD_FAILURE() << "  unexpected figure: " << Span(text, f);
}

TEST(FindFigures, CountedNounAndModifier) {
  std::string text = "the vanguard of 3,000 American soldiers sent to reassure allies";
  Figure f = Only(text);
  EXPECT_EQ(f.value, 3000);
  EXPECT_EQ(f.value_high, 3000);
  EXPECT_EQ(f.counted, "soldiers");
  EXPECT_EQ(f.modifier, "American");
  EXPECT_EQ(f.event, "sent");
  EXPECT_EQ(Span(text, f), "3,000 American soldiers");

  f = Only("putting about 8,500 US-based troops on alert");
  EXPECT_EQ(f.qualifier, "about");
  EXPECT_TRUE(f.approximate);
  EXPECT_EQ(f.counted, "troops");
  EXPECT_EQ(f.modifier, "US-based");

  f = Only("Russia is sending two S-400 battalions to Belarus");
  EXPECT_EQ(f.value, 2);
  EXPECT_EQ(f.counted, "battalions");
  EXPECT_EQ(f.modifier, "S-400");

  f = Only("said 1,000 US troops in Germany would deploy");
  EXPECT_EQ(f.counted, "troops");
  EXPECT_EQ(f.modifier, "US");
}

TEST(FindFigures, CountedNounNamedBeforeTheNumber) {
  struct Case {
    const char* text;
    const char* counted;
  } cases[] = {
      {"Still, the number of deaths from the outbreak stands at 120, according to Ms. Gebre.",
       "deaths"},
      {"The minister put the number of field clinics at around 6.", "clinics"},
      {"The death toll has risen to 31.", "deaths"},
      {"The number of displaced people reached 26,000 on Monday.", "people"},
      {"Turkey put the number of people killed by the fires at 31.", "people"},
      {"The company put the number of workers on strike at some 85,000.", "workers"},
      {"The toll stood at 120, officials said.", "deaths"},
      {"The death toll from the crisis stands at 11, according to the CA.", "deaths"},
      // Words standing for a count named elsewhere are kept as written, for the
      // reader of the article's figures to resolve.
      {"According to officials, the figure stands at roughly 140.", "figure"},
      {"The minister disputed the figure of 120 given by the ministry.", "figure"},
      {"UNICEF gave a figure of 140.", "figure"},
  };
  for (const Case& c : cases) {
    Figure f = Only(c.text);
    EXPECT_EQ(f.counted, c.counted) << c.text;
  }
  // Other words between the phrase and the number: it counts something else.
  EXPECT_EQ(Only("The number of deaths was unclear, but 120 families were moved.").counted, "families");
  EXPECT_EQ(Only("The number of deaths is unknown; officials cited 120.").counted, "");
  EXPECT_EQ(Only("The toll road carried 120 trucks.").counted, "trucks");
  EXPECT_EQ(Only("The number of people killed on Monday was 31.").counted, "people");
}

TEST(FindFigures, WhatHappenedToThemBeforeTheNoun) {
  Figure f = Only("Hospitals are treating around 9,300 injured people.");
  EXPECT_EQ(f.counted, "people");
  EXPECT_EQ(f.modifier, "injured");
  f = Only("Some 26,000 displaced residents returned home.");
  EXPECT_EQ(f.counted, "residents");
  // After the head it is the verb.
  f = Only("About 14,000 people killed in the fighting.");
  EXPECT_EQ(f.counted, "people");
  EXPECT_EQ(f.event, "killed");
  // Without a noun after it the participle is no part of the phrase.
  EXPECT_EQ(Only("He said 120 injured were taken to hospital.").counted, "");
}

TEST(FindFigures, PronounStandsForACountNamedBefore) {
  const std::vector<Figure> f = FindFigures("Gebre put the figure at 120, while UNICEF said it is 140.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].counted, "it");
}

TEST(FindFigures, QuotedQualifiedNumber) {
  std::string text = "there are \u201Cmore than 100,000\u201D military personnel currently";
  Figure f = Only(text);
  EXPECT_EQ(f.value, 100000);
  EXPECT_EQ(f.qualifier, "more than");
  EXPECT_FALSE(f.approximate);
  EXPECT_EQ(f.counted, "personnel");
  EXPECT_EQ(f.modifier, "military");
  EXPECT_EQ(Span(text, f), "more than 100,000\u201D military personnel");
}

TEST(FindFigures, Events) {
  Figure f = Only("About 14,000 people have died in the conflict.");
  EXPECT_EQ(f.value, 14000);
  EXPECT_EQ(f.qualifier, "about");
  EXPECT_EQ(f.counted, "people");
  EXPECT_EQ(f.event, "died");

  f = Only("More than 13,000 folks have been killed within the preventing");
  EXPECT_EQ(f.qualifier, "more than");
  EXPECT_EQ(f.counted, "folks");
  EXPECT_EQ(f.event, "killed");

  f = Only("13,000 people killed since the war began");
  EXPECT_EQ(f.event, "killed");

  f = Only("a blast killing at least 20 people");
  EXPECT_EQ(f.qualifier, "at least");
  EXPECT_EQ(f.event, "killed");

  f = Only("Moscow has mobilized more than one hundred thousand soldiers");
  EXPECT_EQ(f.value, 100000);
  EXPECT_EQ(f.event, "mobilized");

  f = Only("5,000 refugees were reportedly displaced by the floods");
  EXPECT_EQ(f.event, "displaced");

  f = Only("5,000 troops arrived on Monday");
  EXPECT_EQ(f.event, "");

  // A short verb after the head is what happened, not the counted noun.
  f = Only("In the first weeks, 2.5 million people fled.");
  EXPECT_EQ(f.counted, "people");
  EXPECT_EQ(f.modifier, "");
  EXPECT_EQ(f.event, "fled");
}

TEST(FindFigures, QualifiersAreNormalised) {
  const std::pair<std::string_view, std::string_view> kCases[] = {
      {"more than 100,000 troops", "more than"},
      {"over 500 people", "more than"},
      {"in excess of 500 people", "more than"},
      {"at least 20 people", "at least"},
      {"no fewer than 20 people", "at least"},
      {"fewer than 10 people", "less than"},
      {"under 10 people", "less than"},
      {"up to 700 workers", "up to"},
      {"as many as 300 workers", "up to"},
      {"no more than 50 workers", "at most"},
      {"around 40 vessels", "about"},
      {"roughly 40 vessels", "about"},
      {"some 40 vessels", "about"},
      {"nearly 2,000 homes", "nearly"},
      {"almost 2,000 homes", "nearly"},
      {"an estimated 100,000 troops", "estimated"},
      {"100,000-plus troops", "more than"},
      {"20 people or more", ""},  // "or more" must follow the number itself
      {"20 or more people", "at least"},
      {"200 or so people", "about"},
      {"the toll exceeded 150 deaths", "more than"},
      {"less than or equal to 100 units", "at most"},
      {"equal to 5000 or less", "at most"},
      {"an army estimated at 150,000 men", "estimated"},
  };
  for (const auto& [text, qualifier] : kCases) {
    Figure f = Only(text);
    EXPECT_EQ(f.qualifier, qualifier) << text;
  }
}

TEST(FindFigures, Ranges) {
  Figure f = Only("10 to 20 people were hurt");
  EXPECT_EQ(f.value, 10);
  EXPECT_EQ(f.value_high, 20);
  EXPECT_EQ(f.counted, "people");

  f = Only("10-20 people");
  EXPECT_EQ(f.value_high, 20);

  f = Only("between 10 and 20 people");
  EXPECT_EQ(f.qualifier, "between");
  EXPECT_EQ(f.value, 10);
  EXPECT_EQ(f.value_high, 20);

  f = Only("a loan of $5-10 million");
  EXPECT_EQ(f.unit, "USD");
  EXPECT_EQ(f.value, 5e6);
  EXPECT_EQ(f.value_high, 1e7);

  f = Only("10 to 20 million people");
  EXPECT_EQ(f.value, 1e7);
  EXPECT_EQ(f.value_high, 2e7);

  f = Only("two or three soldiers");
  EXPECT_EQ(f.value, 2);
  EXPECT_EQ(f.value_high, 3);
  EXPECT_TRUE(f.approximate);

  // Two bounds make a range.
  f = Only("more than 10 but fewer than 20 people");
  EXPECT_EQ(f.qualifier, "between");
  EXPECT_EQ(f.value, 10);
  EXPECT_EQ(f.value_high, 20);
  f = Only("at most 100 and at least 20 apples");
  EXPECT_EQ(f.value, 20);
  EXPECT_EQ(f.value_high, 100);

  // A bound at the very end of the text, after a unit holding digits.
  std::vector<Figure> tail = FindFigures("more than 10 km2 and");
  ASSERT_EQ(tail.size(), 1u);
  EXPECT_EQ(tail[0].unit, "km2");
  EXPECT_EQ(tail[0].qualifier, "more than");

  // "7-Eleven" is a name and "555-1234" a phone number, not ranges.
  ExpectNone("a 7-Eleven store");
  ExpectNone("call 555-1234 today");

  // A change is no range.
  std::vector<Figure> change = FindFigures("the toll rose from 10 to 20 people");
  ASSERT_EQ(change.size(), 2u);
  EXPECT_EQ(change[0].value_high, 10);
  EXPECT_EQ(change[1].value, 20);
}

TEST(FindFigures, MoneyWithEquivalent) {
  std::string text = "a special package of 1.2 billion euros ($1.4 billion) in loans";
  Figure f = Only(text);
  EXPECT_EQ(f.value, 1.2e9);
  EXPECT_EQ(f.unit, "EUR");
  ASSERT_EQ(f.equivalents.size(), 1u);
  EXPECT_EQ(f.equivalents[0].value, 1.4e9);
  EXPECT_EQ(f.equivalents[0].unit, "USD");
  EXPECT_EQ(Span(text, f.equivalents[0]), "$1.4 billion");
  EXPECT_EQ(Span(text, f), "1.2 billion euros ($1.4 billion)");
}

TEST(FindFigures, DistanceWithEquivalent) {
  std::string text = "war games 240 kilometers (150 mi) from south-western Ireland";
  Figure f = Only(text);
  EXPECT_EQ(f.value, 240);
  EXPECT_EQ(f.unit, "km");
  ASSERT_EQ(f.equivalents.size(), 1u);
  EXPECT_EQ(f.equivalents[0].value, 150);
  EXPECT_EQ(f.equivalents[0].unit, "mi");
  // A bracket after a plain count holds no equivalent.
  std::vector<Figure> two = FindFigures("8,500 troops (3,000 of them in Poland)");
  EXPECT_EQ(two.size(), 2u);
}

TEST(FindFigures, Currencies) {
  const struct {
    std::string_view text;
    double value;
    std::string_view unit;
  } kCases[] = {
      {"a $48.2 million contract", 48.2e6, "USD"},
      {"a \u00A35bn deal", 5e9, "GBP"},
      {"paid $10m to settle", 1e7, "USD"},
      {"US$150 million loan", 150e6, "USD"},
      {"c $ 16.4 million", 16.4e6, "CAD"},
      {"HK$10.05 billion", 10.05e9, "HKD"},
      {"\u20AC2 million", 2e6, "EUR"},
      {"Rs 500 crore", 5e9, "INR"},
      {"323 million euros", 323e6, "EUR"},
      {"five million yen", 5e6, "JPY"},
      {"10,000 Swiss francs", 1e4, "CHF"},
      {"1,015 francs a share", 1015, "franc"},
      {"100 billion yuan", 1e11, "CNY"},
      {"50 cents more per barrel", 0.5, "USD"},
      {"470 pence a share", 4.7, "GBP"},
      {"3 dollars 50 cents", 3.5, "USD"},
      {"USD 200", 200, "USD"},
      {"30 MUSD", 30e6, "USD"},
      {"361 million pounds", 361e6, "GBP"},
      {"millions of dollars", 1e6, "USD"},
      {"shares closed at 312p", 3.12, "GBP"},
      {"a quarter of a million dollars", 250000, "USD"},
  };
  for (const auto& c : kCases) {
    Figure f = Only(c.text);
    EXPECT_DOUBLE_EQ(f.value, c.value) << c.text;
    EXPECT_EQ(f.unit, c.unit) << c.text;
  }
}

// A share says what it is a share of, after it or before it; without either it is a
// bare "percent".
TEST(FindFigures, SharesNameTheirWhole) {
  const struct {
    std::string_view text;
    std::string_view counted;
  } kCases[] = {
      {"the incumbent won 55.8% of the vote.", "vote"},
      {"About 27 percent of voters stayed home.", "voters"},
      {"Japan imposed tariffs of up to 14 percent on imports.", "tariffs"},
      {"Officials put turnout at 62% on Sunday.", ""},
      {"Workers want 15 per cent more to keep up with prices.", ""},
      {"It rose by 3% of GDP last year.", "gdp"},
  };
  for (const auto& c : kCases) {
    const std::vector<Figure> figures = FindFigures(c.text);
    ASSERT_EQ(figures.size(), 1u) << c.text;
    EXPECT_EQ(figures[0].unit, "percent") << c.text;
    EXPECT_EQ(figures[0].counted, c.counted) << c.text;
  }
}

TEST(FindFigures, Units) {
  const struct {
    std::string_view text;
    double value;
    std::string_view unit;
  } kCases[] = {
      {"27% of voters", 27, "percent"},
      {"fell 2 percentage points", 2, "percentage point"},
      {"some 325 kilometer northwest", 325, "km"},
      {"a 2.5-mile stretch", 2.5, "mi"},
      {"16,000 metric tons", 16000, "t"},
      {"190,000 square meters", 190000, "m2"},
      {"at over 188 miles an hour", 188, "mph"},
      {"temperatures of -10C", -10, "C"},
      {"98.6 degrees Fahrenheit", 98.6, "F"},
      {"to drop 25 pounds", 25, "lb"},
      {"a twenty-pound bag", 20, "lb"},
      {"1.5 million gallon tank", 1.5e6, "gal"},
      {"500 MW of capacity", 500, "MW"},
      {"5 feet 2 inches", 5 + 2.0 / 12, "ft"},
      {"1 m x 1 m", 1, "m"},
      {"40.3C (104.5F) on Tuesday", 40.3, "C"},
      {"a 1,280-square-foot patio", 1280, "ft2"},
      // Keys in capitals, and keys that open with no letter, past the units' filter.
      {"rose 30 PERCENT", 30, "percent"},
      {"a 2.5-MILE stretch", 2.5, "mi"},
      {"up 4 %", 4, "percent"},
  };
  for (const auto& c : kCases) {
    std::vector<Figure> all = FindFigures(c.text);
    ASSERT_FALSE(all.empty()) << c.text;
    EXPECT_NEAR(all[0].value, c.value, 1e-9) << c.text;
    EXPECT_EQ(all[0].unit, c.unit) << c.text;
  }
  Figure f = Only("500 tonnes of wheat");
  EXPECT_EQ(f.counted, "wheat");
  EXPECT_EQ(f.unit, "t");
}

TEST(FindFigures, VagueMagnitudes) {
  Figure f = Only("The United States already has tens of thousands of troops stationed");
  EXPECT_EQ(f.value, 10000);
  EXPECT_EQ(f.qualifier, "tens of");
  EXPECT_TRUE(f.approximate);
  EXPECT_EQ(f.counted, "troops");
  EXPECT_EQ(f.event, "stationed");

  f = Only("it was deploying hundreds of troops to bolster NATO");
  EXPECT_EQ(f.value, 100);
  EXPECT_EQ(f.qualifier, "hundreds of");
  EXPECT_EQ(f.event, "deployed");

  f = Only("several thousand protesters");
  EXPECT_EQ(f.value, 1000);
  EXPECT_EQ(f.qualifier, "several");
  EXPECT_TRUE(f.approximate);

  ExpectNone("Biden would send a small number of US troops");
  ExpectNone("a few troops and some equipment");
}

TEST(FindFigures, NotFigures) {
  for (std::string_view text : {
           "since 2014, when Moscow annexed Crimea",
           "in 2014",
           "the 2022 Winter Olympics",
           "in the past 24 hours",
           "a 45-year-old man",
           "aged 45",
           "He is 29 years old",
           "at 8 pm on Monday",
           "at 10 a.m. local time",
           "on February 10",
           "on 10 February",
           "Feb. 3",
           "ahead of the February 10-20 drills",
           "the 2013-14 season",
           "F-16 fighters",
           "the Nord Stream 2 pipeline",
           "COVID-19",
           "flight MH17",
           "a 5G network",
           "in the 1960s",
           "the third day",
           "call +1-222-2222-3333",
           "under article 5 of the treaty",
           "number 10",
           "tried three times",
           "the one who left",
           "no one knows",
           "a 3-1 win",
           "Exercises nrs. 22,24,26,31.",
           "version 1.2.3",
           "half of the troops",
           "Washington (AFP) 02/10/2022 08:19",
           "date 2022-02-02",
           "Johnson left 10 Downing Street",
           "Apollo 11 landed",
           "a 4x4 vehicle",
       }) {
    ExpectNone(text);
  }
}

TEST(FindFigures, NounsInsideAdjectives) {
  Figure f = Only("The 3,000-strong US vanguard began to deploy.");
  EXPECT_EQ(f.value, 3000);
  EXPECT_EQ(f.counted, "vanguard");
  EXPECT_EQ(f.modifier, "US");
  f = Only("the 15-nation Security Council");
  EXPECT_EQ(f.counted, "nation");
  f = Only("Two of the victims were children.");
  EXPECT_EQ(f.counted, "victims");
  f = Only("Around 200,000 troops faces a Russian force");
  EXPECT_EQ(f.counted, "troops");  // "faces" before "a" is the verb
  ExpectNone("a three-time champion");
}

TEST(FindFigures, FahrenheitOnlyWhereNoNameCanBe) {
  std::string text = "temperatures of 40.3C (104.5F)";
  Figure f = Only(text);
  ASSERT_EQ(f.equivalents.size(), 1u);
  EXPECT_EQ(f.equivalents[0].unit, "F");
  ExpectNone("the 13F filing");
  ExpectNone("the March 2021 C.P.I. forecast");
}

TEST(FindFigures, YearsAndCounts) {
  // Four digits are a count where a plural noun follows and no year word precedes.
  Figure f = Only("Russia sent 2000 troops");
  EXPECT_EQ(f.value, 2000);
  EXPECT_EQ(f.counted, "troops");
  f = Only("about 2000 troops");
  EXPECT_EQ(f.qualifier, "about");
  ExpectNone("the 2014 elections");
  ExpectNone("in 2014 protests erupted");
  ExpectNone("damaged in a collision about 1927.");
  ExpectNone("continue into at least 2009.");
  ExpectNone("his five 1976 fights");
  ExpectNone("after the September 11, 2001 attacks");
}

TEST(FindFigures, OffsetsInLongText) {
  // Figures beyond the first piece of a long text keep their offsets.
  std::string text(200000, ' ');
  for (size_t i = 1000; i + 100 < text.size(); i += 5000) text.replace(i, 17, "\nsent 500 troops.");
  std::vector<Figure> all = FindFigures(text);
  ASSERT_FALSE(all.empty());
  for (const Figure& f : all) {
    EXPECT_EQ(Span(text, f), "500 troops");
    EXPECT_EQ(f.event, "sent");
  }
}

TEST(FindFigures, SortedAndDisjoint) {
  std::string text =
      "More than 100,000 troops, 1.2 billion euros ($1.4 billion), 240 km (150 mi), "
      "10-20 people and about 8,500 US-based troops.";
  std::vector<Figure> all = FindFigures(text);
  ASSERT_EQ(all.size(), 5u);
  for (size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i - 1].end, all[i].begin);
}

// Hostile input must stay linear: four times the input may take at most about four
// times as long (a quadratic scan would take sixteen). CPU time, best of two, so that
// other work on the machine does not count. These inputs yield few or no figures, so
// the time is that of the scan, not of building results.
double Seconds(const std::string& text) {
  double best = 1e9;
  for (int run = 0; run < 2; ++run) {
    std::clock_t t0 = std::clock();
    volatile size_t n = FindFigures(text).size();
    (void)n;
    best = std::min(best, static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC);
  }
  return best;
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

TEST(FindFigures, HostileInputIsLinear) {
  for (std::string_view unit :
       {"1,", "1,000,", "one hundred and ", "1 000 ", "more than ", "1-2-", "a couple of,"}) {
    double small = Seconds(Repeat(unit, 1 << 17));
    double large = Seconds(Repeat(unit, 1 << 19));
    EXPECT_LT(large, 10 * small + 0.05) << "unit '" << unit << "'";
  }
}

TEST(FindFigures, HostileInputFinishes) {
  std::string list;
  while (list.size() < (1u << 20)) list += "1,";
  EXPECT_TRUE(FindFigures(list).empty());  // a list of bare numbers holds no figure
  std::string digits(10u << 20, '9');
  EXPECT_TRUE(FindFigures(digits).empty());  // an identifier, not a count
  std::string commas(100000, ',');
  EXPECT_TRUE(FindFigures(commas).empty());
  std::string money;
  while (money.size() < (1u << 18)) money += "$1 ";
  EXPECT_EQ(FindFigures(money).size(), (1u << 18) / 3 + 1);
}

}  // namespace
}  // namespace sitrep::extract
