#include "link/skeleton.h"

#include <gtest/gtest.h>

namespace sitrep::link::internal {
namespace {

TEST(Skeleton, NamesAndNumbersOutsideQuotes) {
  const ArticleWords a = ExtractWords(
      "The Pentagon said 100,000 troops were near the border. "
      "\"We see Russia moving,\" Kirby added.",
      1, 48);
  // "Pentagon", "100,000" and "Kirby"; "The" starts a sentence; "Russia" is quoted.
  EXPECT_EQ(a.skeleton.size(), 3u);
}

TEST(Skeleton, SentencesNeedEnoughWords) {
  const ArticleWords a = ExtractWords(
      "Advertisement\n\nTroops massed along the eastern border overnight. Kirby added.",
      3, 48);
  ASSERT_EQ(a.sentences(), 1u);
  EXPECT_EQ(a.sentence_begin[1] - a.sentence_begin[0], 6u);  // troops ... overnight
}

TEST(Skeleton, QuotedWordsAreNoEvidence) {
  const ArticleWords a =
      ExtractWords("“We will respond firmly to any attack on our territory,” Ruiz said.", 1, 48);
  ASSERT_EQ(a.sentences(), 1u);
  EXPECT_EQ(a.sentence_begin[1] - a.sentence_begin[0], 1u);  // "said"
}

TEST(Skeleton, DatelineIsNotPartOfTheSentenceSkeleton) {
  const ArticleWords with = ExtractWords(
      "LAGOS, August 19 (RHI) - The IEC announced results giving the incumbent 60.4 percent.",
      3, 48);
  const ArticleWords without =
      ExtractWords("The IEC announced results giving the incumbent 60.4 percent.", 3, 48);
  ASSERT_EQ(with.sentences(), 1u);
  ASSERT_EQ(without.sentences(), 1u);
  EXPECT_EQ(with.sentence_skeleton[0], without.sentence_skeleton[0]);
  const ArticleWords em = ExtractWords(
      "KYIV (Meridian Wire) — The IEC announced results giving the incumbent 60.4 percent.", 3,
      48);
  EXPECT_EQ(em.sentence_skeleton[0], without.sentence_skeleton[0]);
}

TEST(Skeleton, ExactHashIgnoresCaseAndSpacing) {
  EXPECT_EQ(ExtractWords("Troops  massed\n\nat the Border.", 1, 48).exact_hash,
            ExtractWords("troops massed at the border", 1, 48).exact_hash);
  EXPECT_NE(ExtractWords("troops massed at the border", 1, 48).exact_hash,
            ExtractWords("troops gathered at the border", 1, 48).exact_hash);
}

// The ingest hashes the text as read with ExactTextHash and the signature of the
// cleaned text otherwise: the two must agree on any text.
TEST(Skeleton, ExactTextHashIsTheSignaturesExactHash) {
  for (const char* text : {"", "  ", "Troops  massed\n\nat the Border.",
                           "\u201cWe see Russia moving,\u201d Kirby added. 8,500 troops; \u00c9lys\u00e9e said.",
                           "KYIV \u2014 The ministry said 1.2 billion euros were pledged."}) {
    EXPECT_EQ(ExactTextHash(text), ExtractWords(text, 3, 48).exact_hash) << text;
  }
}

TEST(Skeleton, StopwordsAreSorted) {
  EXPECT_TRUE(IsStopword("the"));
  EXPECT_TRUE(IsStopword("with"));
  EXPECT_TRUE(IsStopword("a"));
  EXPECT_FALSE(IsStopword("troops"));
}

}  // namespace
}  // namespace sitrep::link::internal
