#include "bench/gen/figures.h"

#include <set>

#include <gtest/gtest.h>

#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

const Source& Us() { return Sources()[0]; }  // Meridian Wire: American spelling

const Source& British() {
  for (const Source& s : Sources()) {
    if (s.british) return s;
  }
  return Sources()[0];
}

TEST(FiguresTest, CountsInDigitsAndWords) {
  const FigureSpec spec = MakeFigure("troops near the border", "troops", Unit::kCount, 1, 2,
                                     "more than", 0);
  Rng rng(1);
  std::set<std::string> seen;
  for (int i = 0; i < 300; ++i) {
    const FigureSurface f = WriteFigure(rng, spec, 100000, "", "more than", Us());
    EXPECT_EQ(f.qualifier, "more than");
    EXPECT_EQ(f.value, 100000);
    EXPECT_EQ(f.unit, "");
    seen.insert(f.text);
  }
  EXPECT_TRUE(seen.count("more than 100,000"));
  EXPECT_TRUE(seen.count("over 100,000"));
  EXPECT_TRUE(seen.count("more than one hundred thousand"));
}

TEST(FiguresTest, MillionsAreScaled) {
  const FigureSpec spec = MakeFigure("people", "people", Unit::kCount, 1, 2, "", -1);
  Rng rng(2);
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) seen.insert(WriteFigure(rng, spec, 2500000, "", "", Us()).text);
  EXPECT_TRUE(seen.count("2.5 million"));
  EXPECT_TRUE(seen.count("2,500,000"));
}

TEST(FiguresTest, MoneyWithConversion) {
  const FigureSpec spec = MakeFigure("aid", "in aid", Unit::kMoney, 1, 2, "", 0, "EUR");
  Rng rng(3);
  bool converted = false;
  for (int i = 0; i < 200; ++i) {
    const FigureSurface f = WriteFigure(rng, spec, 1.2e9, "EUR", "", Us());
    EXPECT_EQ(f.unit, "EUR");
    EXPECT_EQ(f.value, 1.2e9);
    if (f.text == "1.2 billion euros ($1.3 billion)") {
      converted = true;
      EXPECT_EQ(f.converted_unit, "USD");
      EXPECT_EQ(f.converted_value, 1.3e9);
    }
  }
  EXPECT_TRUE(converted);
}

TEST(FiguresTest, DistancesPercentagesAndHouseSpelling) {
  const FigureSpec km = MakeFigure("distance", "", Unit::kDistance, 1, 2, "", -1);
  const FigureSpec pct = MakeFigure("share", "", Unit::kPercent, 1, 2, "", -1);
  Rng rng(4);
  std::set<std::string> seen;
  for (int i = 0; i < 300; ++i) {
    seen.insert(WriteFigure(rng, km, 240, "", "", Us()).text);
    seen.insert(WriteFigure(rng, km, 240, "", "", British()).text);
    seen.insert(WriteFigure(rng, pct, 14, "", "", Us()).text);
    seen.insert(WriteFigure(rng, pct, 14, "", "", British()).text);
  }
  EXPECT_TRUE(seen.count("240 kilometers (150 miles)"));
  EXPECT_TRUE(seen.count("240 kilometres"));
  EXPECT_TRUE(seen.count("14 percent"));
  EXPECT_TRUE(seen.count("14 per cent"));
  EXPECT_TRUE(seen.count("14%"));
}

TEST(FiguresTest, QualifierDirections) {
  const std::vector<std::string> ids = {"", "more than", "about", "nearly", "up to", "some"};
  const std::vector<std::string> above = QualifiersFacing(ids, 1);
  const std::vector<std::string> below = QualifiersFacing(ids, -1);
  EXPECT_EQ(above, (std::vector<std::string>{"", "more than", "about", "some"}));
  EXPECT_EQ(below, (std::vector<std::string>{"", "about", "nearly", "up to", "some"}));
  EXPECT_EQ(CanonicalQualifier("an estimated"), "about");
  EXPECT_EQ(CanonicalQualifier("just over"), "more than");
  EXPECT_THROW(CanonicalQualifier("roughly speaking"), std::invalid_argument);
}

}  // namespace
}  // namespace sitrep::gen
