// The figures a reader of the five seed reports must get (corpus/seeds-expected.md),
// read from the shared corpus.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/figures.h"

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

std::string ReadSeed(std::string_view prefix) {
  fs::path dir = fs::path(SITREP_SHARED_DIR) / "corpus" / "seeds";
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  }
  ADD_FAILURE() << "no seed " << prefix << " in " << dir;
  return "";
}

struct Expected {
  std::string_view seed;
  std::string_view span;  // the figure's text must start with this
  double value;
  std::string_view qualifier;
  std::string_view counted;
  std::string_view modifier = "";
  std::string_view event = "";
  std::string_view unit = "";
  bool approximate = false;
};

const Expected kExpected[] = {
    {"000", "more than 100,000\u201D military personnel", 100000, "more than", "personnel",
     "military"},
    {"000", "more than one hundred thousand soldiers", 100000, "more than", "soldiers", "",
     "mobilized"},
    {"000", "3,000 American soldiers", 3000, "", "soldiers", "American", "sent"},
    {"000", "two S-400 battalions", 2, "", "battalions", "S-400", "sent"},
    {"001", "more than 100,000 troops", 100000, "more than", "troops"},
    {"001", "tens of thousands of troops", 10000, "tens of", "troops", "", "stationed", "", true},
    {"003", "hundreds of troops", 100, "hundreds of", "troops", "", "deployed", "", true},
    {"003", "100,000 troops", 100000, "", "troops", "", "massed"},
    {"003", "1,000 US troops", 1000, "", "troops", "US"},
    {"003", "a couple of,000", 2000, "a couple of", "", "", "", "", true},
    {"003", "30,000 troops", 30000, "", "troops"},
    {"003", "More than 13,000 folks", 13000, "more than", "folks", "", "killed"},
    {"004", "8,500 soldiers", 8500, "", "soldiers"},
    {"004", "about 8,500 US-based troops", 8500, "about", "troops", "US-based", "", "", true},
    {"004", "8,500 troops", 8500, "", "troops"},
    {"004", "an estimated 100,000 troops", 100000, "estimated", "troops", "", "", "", true},
    {"004", "four fighter jets", 4, "", "jets", "fighter", "sent"},
    {"004", "three ships", 3, "", "ships"},
    {"004", "two F-35 fighters", 2, "", "fighters", "F-35", "sent"},
    {"004", "1.2 billion euros ($1.4 billion)", 1.2e9, "", "", "", "", "EUR"},
    {"004", "About 14,000 people", 14000, "about", "people", "", "died", "", true},
    {"004", "240 kilometers (150 mi)", 240, "", "", "", "", "km"},
};

const Figure* FindBySpan(const std::string& text, const std::vector<Figure>& figures,
                         std::string_view span) {
  for (const Figure& f : figures) {
    std::string_view s(text.data() + f.begin, f.end - f.begin);
    if (s.substr(0, span.size()) == span) return &f;
  }
  return nullptr;
}

TEST(FiguresOnSeeds, ExpectedFiguresAreFound) {
  for (const Expected& e : kExpected) {
    std::string text = ReadSeed(e.seed);
    std::vector<Figure> figures = FindFigures(text);
    const Figure* f = FindBySpan(text, figures, e.span);
    ASSERT_NE(f, nullptr) << e.seed << ": no figure \"" << e.span << "\"";
    EXPECT_EQ(f->value, e.value) << e.span;
    EXPECT_EQ(f->value_high, e.value) << e.span;
    EXPECT_EQ(f->qualifier, e.qualifier) << e.span;
    EXPECT_EQ(f->counted, e.counted) << e.span;
    EXPECT_EQ(f->modifier, e.modifier) << e.span;
    EXPECT_EQ(f->event, e.event) << e.span;
    EXPECT_EQ(f->unit, e.unit) << e.span;
    EXPECT_EQ(f->approximate, e.approximate) << e.span;
  }
}

TEST(FiguresOnSeeds, Equivalents) {
  std::string text = ReadSeed("004");
  std::vector<Figure> figures = FindFigures(text);
  const Figure* money = FindBySpan(text, figures, "1.2 billion euros");
  ASSERT_NE(money, nullptr);
  ASSERT_EQ(money->equivalents.size(), 1u);
  EXPECT_EQ(money->equivalents[0].value, 1.4e9);
  EXPECT_EQ(money->equivalents[0].unit, "USD");
  const Figure* distance = FindBySpan(text, figures, "240 kilometers");
  ASSERT_NE(distance, nullptr);
  ASSERT_EQ(distance->equivalents.size(), 1u);
  EXPECT_EQ(distance->equivalents[0].value, 150);
  EXPECT_EQ(distance->equivalents[0].unit, "mi");
}

TEST(FiguresOnSeeds, NoDatesYearsTimesOrNames) {
  // Years (2014, 2022), the dateline's date and time, "24 hours", "S-400", "F-16",
  // "F-35", "Nord Stream 2", "February 10-20" and "24/7" are no figures.
  const std::set<double> kNotFigures = {2014, 2022, 24, 400, 16, 35, 10, 20, 8, 19, 7};
  for (std::string_view seed : {"000", "001", "002", "003", "004"}) {
    std::string text = ReadSeed(seed);
    for (const Figure& f : FindFigures(text)) {
      std::string_view s(text.data() + f.begin, f.end - f.begin);
      EXPECT_EQ(kNotFigures.count(f.value), 0u) << seed << ": " << s;
    }
  }
}

TEST(FiguresOnSeeds, SmallNumberOfTroopsIsNoFigure) {
  std::string text = ReadSeed("001");
  for (const Figure& f : FindFigures(text)) {
    std::string_view s(text.data() + f.begin, f.end - f.begin);
    EXPECT_EQ(s.find("small"), std::string_view::npos) << s;
  }
}

}  // namespace
}  // namespace sitrep::extract
