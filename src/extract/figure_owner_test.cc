#include "extract/figure_owner.h"

#include <gtest/gtest.h>

#include <string>

#include "sitrep/analysis.h"

namespace sitrep::extract {
namespace {

// The owner's name of the figure whose text starts with `figure`, "" when it has none,
// "?" when no figure starts so.
std::string OwnerOf(const ArticleFacts& facts, const std::string& text,
                    const std::string& figure) {
  for (const Figure& f : facts.figures) {
    if (text.compare(f.begin, figure.size(), figure) != 0) continue;
    if (f.owner_entity < 0) return "";
    return facts.entities.entities[static_cast<size_t>(f.owner_entity)].name;
  }
  return "?";
}

ArticleFacts Analyse(const std::string& text) {
  Article a;
  a.text = text;
  a.language = "en";
  return AnalyseArticle(a);
}

TEST(FigureOwnerTest, NameInsideThePhrasePossessiveOrSubject) {
  const std::string text =
      "Russia has massed more than 100,000 troops near the border. The Pentagon put 8,500 "
      "US-based troops on alert. Russia's 1,200 tanks are ready, and 400 NATO jets patrol "
      "the sky.";
  const ArticleFacts facts = Analyse(text);
  EXPECT_EQ(OwnerOf(facts, text, "more than 100,000"), "Russia");
  EXPECT_EQ(OwnerOf(facts, text, "8,500"), "United States");
  EXPECT_EQ(OwnerOf(facts, text, "1,200"), "Russia");
  EXPECT_EQ(OwnerOf(facts, text, "400"), "NATO");
}

TEST(FigureOwnerTest, ASourceIsNoOwner) {
  // Who reports a figure is not whose it is; nor is a name in another sentence.
  const std::string text =
      "Ukraine said 13,000 people were killed. Officials in Kyiv met on Monday. 2,000 homes "
      "were destroyed. The EU pledged 1.2 billion euros ($1.4 billion) in aid.";
  const ArticleFacts facts = Analyse(text);
  EXPECT_EQ(OwnerOf(facts, text, "13,000"), "");
  EXPECT_EQ(OwnerOf(facts, text, "2,000"), "");
  EXPECT_EQ(OwnerOf(facts, text, "1.2 billion"), "");
}

TEST(FigureOwnerTest, FindFiguresAloneLeavesItUnset) {
  for (const Figure& f : FindFigures("100,000 Russian troops")) EXPECT_EQ(f.owner_entity, -1);
}

}  // namespace
}  // namespace sitrep::extract
