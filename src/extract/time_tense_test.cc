#include "extract/time_tense.h"

#include <gtest/gtest.h>

#include <vector>

#include "extract/time_tokens.h"

namespace sitrep::extract::time_internal {
namespace {

constexpr const char* kText =
    "Officials said on Tuesday that prices will fall. The minister will meet them on "
    "Friday\n"
    "a line of its own without markers\n"
    "\"He was there.\" They plan to return on Monday! Nothing here? It announced nothing";

// What each token reads, asking about the tokens in `order`.
std::vector<Tense> TensesInOrder(const TimeTokens& t, const std::vector<size_t>& order) {
  SentenceTense tense(t);
  std::vector<Tense> out(t.size() + 2, Tense::kUnknown);
  for (size_t i : order) out[i] = tense.At(i);
  return out;
}

TEST(SentenceTenseTest, NearestMarkerInTheSentence) {
  TimeTokens t(kText);
  SentenceTense tense(t);
  auto at = [&](std::string_view word) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t.Is(i, word)) return tense.At(i);
    }
    ADD_FAILURE() << word;
    return Tense::kUnknown;
  };
  EXPECT_EQ(at("tuesday"), Tense::kPast);      // "said" is nearer than "will"
  EXPECT_EQ(at("friday"), Tense::kFuture);     // its own sentence: "will meet"
  EXPECT_EQ(at("line"), Tense::kUnknown);      // a line break ends a sentence
  EXPECT_EQ(at("monday"), Tense::kFuture);     // "plan to"; "was" is a sentence back
  EXPECT_EQ(at("nothing"), Tense::kUnknown);   // "?" ends it before "announced"
  EXPECT_EQ(tense.At(t.size()), Tense::kUnknown);
}

// Sentences are found when a token asks: the answers do not depend on the order of the
// questions (forwards, backwards, or jumping between sentences).
TEST(SentenceTenseTest, SameAnswersInAnyOrder) {
  TimeTokens t(kText);
  std::vector<size_t> forward, backward, jumping;
  for (size_t i = 0; i <= t.size(); ++i) forward.push_back(i);
  backward.assign(forward.rbegin(), forward.rend());
  for (size_t i = 0; i < t.size(); ++i) jumping.push_back(i % 2 ? t.size() - i : i);
  const std::vector<Tense> want = TensesInOrder(t, forward);
  EXPECT_EQ(TensesInOrder(t, backward), want);
  EXPECT_EQ(TensesInOrder(t, jumping), want);
}

}  // namespace
}  // namespace sitrep::extract::time_internal
