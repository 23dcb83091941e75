#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

store::StoredQuote Quote(const std::string& speaker, int64_t id, const std::string& text, bool direct = true) {
  store::StoredQuote q;
  q.speaker = speaker;
  q.speaker_id = id;
  q.text = text;
  q.direct = direct;
  q.from.article_id = "a" + std::to_string(id);
  return q;
}

TEST(DisputesTest, AClaimAndItsDenialByAnotherParty) {
  const auto disputes = FindDisputes({
      Quote("Russia's Defence Ministry", 1, "some troops were withdrawing after completing military training", false),
      Quote("Jens Stoltenberg", 2, "At the moment, we have not seen any withdrawal of Russian forces"),
      Quote("John Kirby", 3, "We will not give specific numbers, but they continue to increase"),
  });
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].claim.speaker, "Russia's Defence Ministry");
  EXPECT_EQ(disputes[0].denial.speaker, "Jens Stoltenberg");
  EXPECT_THAT(disputes[0].topic, ::testing::HasSubstr("troops"));
}

TEST(DisputesTest, PrecisionFirst) {
  // The same speaker; no shared topic; a claim that is itself negated; no denial word.
  EXPECT_TRUE(FindDisputes({Quote("Kirby", 1, "Troops are withdrawing from the border"),
                            Quote("Kirby", 1, "We have not seen troops withdrawing from the border")})
                  .empty());
  EXPECT_TRUE(FindDisputes({Quote("A", 1, "The talks in Geneva went well for both delegations"),
                            Quote("B", 2, "Claims about the pipeline are false")})
                  .empty());
  EXPECT_TRUE(FindDisputes({Quote("A", 1, "Troops are not withdrawing from the border"),
                            Quote("B", 2, "We have not seen troops withdrawing from the border")})
                  .empty());
  EXPECT_TRUE(FindDisputes({Quote("A", 1, "Troops are withdrawing from the border"),
                            Quote("B", 2, "Troops are withdrawing from the border quickly")})
                  .empty());
  // An unnamed speaker is no party.
  EXPECT_TRUE(FindDisputes({Quote("", 0, "Troops are withdrawing from the border"),
                            Quote("B", 2, "We have not seen troops withdrawing from the border")})
                  .empty());
}

}  // namespace
}  // namespace sitrep::report

namespace sitrep::report {
namespace {

TEST(DisputesTest, AClaimReportedInsideItsDenial) {
  const std::string said =
      "the United States had seen no withdrawal of Russian forces on the Ukrainian border, disputing claims by "
      "Moscow that the Kremlin had withdrawn some of its forces";
  store::StoredQuote q = Quote("Antony Blinken", 4, said, false);
  q.begin = 1000;
  q.end = 1000 + static_cast<int64_t>(said.size());
  const auto disputes = FindDisputes({q});
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].claim.speaker, "Moscow");
  EXPECT_EQ(disputes[0].claim.text, "the Kremlin had withdrawn some of its forces");
  EXPECT_EQ(disputes[0].denial.speaker, "Antony Blinken");
  EXPECT_EQ(disputes[0].denial.text, "the United States had seen no withdrawal of Russian forces on the Ukrainian border");
  // Offsets still point into the article: the claim starts where its words do.
  EXPECT_EQ(disputes[0].claim.begin, 1000 + static_cast<int64_t>(said.find("the Kremlin")));
  EXPECT_EQ(disputes[0].claim.end, q.end);
  EXPECT_EQ(disputes[0].denial.begin, 1000);
  EXPECT_EQ(disputes[0].denial.end, 1000 + static_cast<int64_t>(disputes[0].denial.text.size()));
  // A party that is not named is no party.
  EXPECT_TRUE(FindDisputes({Quote("Antony Blinken", 4,
                                  "they had seen no withdrawal of forces, disputing claims by some that forces had "
                                  "withdrawn",
                                  false)})
                  .empty());
}

}  // namespace
}  // namespace sitrep::report
