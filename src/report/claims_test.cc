#include "sitrep/claims.h"

#include <gtest/gtest.h>

namespace sitrep::report {
namespace {

store::StoredFigure Fig(const std::string& article, double value, const std::string& counted,
                        const std::string& qualifier = "", const std::string& published = "",
                        const std::string& event = "") {
  store::StoredFigure f;
  f.from.article_id = article;
  f.from.published = published;
  f.value = f.value_high = value;
  f.counted = counted;
  f.qualifier = qualifier;
  f.event = event;
  f.text = std::to_string(static_cast<long>(value)) + " " + counted;
  return f;
}

TEST(ClaimsTest, SameValueInOtherWordsAgrees) {
  const auto groups = BuildClaims({Fig("a", 100000, "troops", "more than"), Fig("b", 100000, "soldiers"),
                                   Fig("c", 100000, "personnel", "estimated"), Fig("d", 8500, "troops")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);  // 8,500 is another quantity, and has one source
  EXPECT_EQ(groups[0].status, "agree");
  EXPECT_EQ(groups[0].what, "troops");
  EXPECT_EQ(groups[0].sources.size(), 3u);
}

TEST(ClaimsTest, CloseDifferentValuesConflict) {
  const auto groups = BuildClaims(
      {Fig("a", 13000, "folks", "more than", "", "killed"), Fig("b", 14000, "people", "about", "", "died")}, 2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "conflict");
  EXPECT_EQ(groups[0].what, "people killed");
  EXPECT_EQ(groups[0].low, 13000);
  EXPECT_EQ(groups[0].high, 14000);
}

TEST(ClaimsTest, GrowingDatedCountIsAChangeNotAConflict) {
  const auto groups = BuildClaims({Fig("a", 20, "people", "", "2023-06-01", "killed"),
                                   Fig("b", 24, "people", "", "2023-06-02", "killed")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "changed");
}

TEST(ClaimsTest, OlderFigureRepeatedAsBackgroundStillMakesAChange) {
  // 330,000 hectares on the 16th, 420,000 from the 17th; some reports of the 17th still
  // give the older figure, and undated ones either.
  const auto groups = BuildClaims({Fig("a", 330000, "hectares", "", "2023-12-16"),
                                   Fig("b", 330000, "hectares", "", "2023-12-16"),
                                   Fig("c", 420000, "hectares", "", "2023-12-17"),
                                   Fig("d", 420000, "hectares", "", "2023-12-17"),
                                   Fig("e", 330000, "hectares", "", "2023-12-17"),
                                   Fig("f", 330000, "hectares")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "changed");
}

TEST(ClaimsTest, TwoCampsThatKeepTheirFiguresConflict) {
  // 600 homes from the 1st, 690 from the 2nd, and the first camp goes on.
  const auto groups = BuildClaims({Fig("a", 600, "homes", "", "2023-12-01"),
                                   Fig("b", 690, "houses", "", "2023-12-02"),
                                   Fig("c", 600, "homes", "", "2023-12-02"),
                                   Fig("d", 600, "homes", "", "2023-12-03"),
                                   Fig("e", 690, "homes", "", "2023-12-03")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "conflict");
  EXPECT_EQ(groups[0].what, "homes");
}

TEST(ClaimsTest, OneDatedValueCannotShowAChange) {
  const auto groups = BuildClaims({Fig("a", 13000, "people", "", "2022-02-02", "killed"),
                                   Fig("b", 14000, "people", "", "", "died")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "conflict");
}

TEST(ClaimsTest, CopiesFoldUnderTheirOriginalAndVagueNumbersClaimNothing) {
  store::StoredFigure copy = Fig("c", 14000, "people", "", "", "died");
  copy.copy_of = "a";
  const auto groups = BuildClaims({Fig("a", 13000, "people", "", "", "killed"), copy,
                                   Fig("b", 10000, "people", "tens of", "", "killed")},
                                  1);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "single");
  ASSERT_EQ(groups[0].sources.size(), 1u);
  EXPECT_EQ(groups[0].sources[0].copies, std::vector<std::string>{"c"});
}

TEST(ClaimsTest, WoundedAreNotTheKilled) {
  EXPECT_EQ(ClaimSubject(Fig("a", 5, "people", "", "", "wounded")), "people wounded");
  EXPECT_EQ(ClaimSubject(Fig("a", 5, "troops", "", "", "deployed")), "troops");
  store::StoredFigure money = Fig("a", 1.2e9, "");
  money.unit = "EUR";
  EXPECT_EQ(ClaimSubject(money), "EUR");
  EXPECT_EQ(ClaimSubject(Fig("a", 5, "")), "");
}

}  // namespace
}  // namespace sitrep::report
