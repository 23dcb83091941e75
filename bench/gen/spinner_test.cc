#include "bench/gen/spinner.h"

#include <string>

#include <gtest/gtest.h>

#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

TEST(SpinnerTest, TableHasAFewHundredEntriesInTheSeedsStyle) {
  EXPECT_GE(SynonymTableSize(), 300u);
  ASSERT_NE(Synonyms("said"), nullptr);
  EXPECT_EQ(Synonyms("said")->front(), "mentioned");
  EXPECT_EQ(Synonyms("stressed")->front(), "burdened");
  EXPECT_EQ(Synonyms("eastern")->front(), "jap");
  EXPECT_EQ(Synonyms("military")->front(), "army");
  EXPECT_EQ(Synonyms("the"), nullptr);
}

TEST(SpinnerTest, ContentWords) {
  EXPECT_TRUE(IsContentWord("troops"));
  EXPECT_FALSE(IsContentWord("the"));
  EXPECT_FALSE(IsContentWord("of"));
  EXPECT_FALSE(IsContentWord("would"));
}

TEST(SpinnerTest, SpinTextReplacesTheRequestedShare) {
  const std::string original =
      "Officials said the military deployed troops near the border as tensions rose and "
      "diplomats warned of a serious crisis in the region despite talks.";
  for (double share : {0.1, 0.3, 0.5}) {
    std::string text = original;
    Rng rng(7);
    const SpinStats stats = SpinText(text, share, rng);
    EXPECT_GT(stats.content_words, 15);
    EXPECT_NEAR(stats.share(), share, 0.04) << text;
    EXPECT_NE(text, original);
  }
}

TEST(SpinnerTest, SpinDraftLeavesProtectedPiecesAlone) {
  Draft d;
  Paragraph p;
  Sentence s;
  s.Append(PieceKind::kMark, -1, "\u201c");
  s.Append(PieceKind::kQuote, 0, "The military said the border is calm");
  s.Append(PieceKind::kMark, -1, ",\u201d ");
  s.Append(PieceKind::kName, -1, "Defense Minister Ana Ruiz");
  s.Append(PieceKind::kPlain, -1, " ");
  s.Append(PieceKind::kCue, 0, "said");
  s.Append(PieceKind::kPlain, -1, " as officials warned that troops massed near ");
  s.Append(PieceKind::kFigure, 0, "more than 100,000");
  s.Append(PieceKind::kPlain, -1, " soldiers in the eastern region.");
  p.sentences.push_back(s);
  d.paragraphs.push_back(p);
  d.quotes.push_back({"Ana Ruiz", true, ""});
  d.figures.push_back({});
  Rng rng(3);
  const SpinStats stats = SpinDraft(d, 1.0, rng);
  EXPECT_GT(stats.replaced, 5);
  const Sentence& out = d.paragraphs[0].sentences[0];
  ASSERT_EQ(out.pieces.size(), s.pieces.size());
  for (size_t i = 0; i < out.pieces.size(); ++i) {
    const PieceKind k = out.pieces[i].kind;
    if (k == PieceKind::kPlain || k == PieceKind::kCue) continue;
    EXPECT_EQ(out.TextOf(out.pieces[i]), s.TextOf(s.pieces[i]));
  }
  // Pieces still tile the text.
  EXPECT_EQ(out.pieces.front().begin, 0u);
  EXPECT_EQ(out.pieces.back().end, out.text.size());
  for (size_t i = 1; i < out.pieces.size(); ++i) {
    EXPECT_EQ(out.pieces[i].begin, out.pieces[i - 1].end);
  }
  EXPECT_NE(out.TextOf(out.pieces[5]), "said");
}

}  // namespace
}  // namespace sitrep::gen
