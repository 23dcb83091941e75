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

store::StoredFigure At(store::StoredFigure f, int64_t begin) {
  f.begin = begin;
  f.end = begin + 10;
  return f;
}

TEST(ClaimsTest, FigureStandingForACountTakesTheArticlesNearestCloseOne) {
  // "The disease has killed 120 people ... Gebre put the figure at 120, while UNICEF
  // said it is 140."
  // The other camp's 140 is as close to the article's 150 homes as to its 120 dead:
  // only another article stating 140 dead can say what it counts.
  const std::vector<store::StoredFigure> figures = {
      At(Fig("a", 120, "people", "", "", "killed"), 10), At(Fig("a", 150, "homes"), 200),
      At(Fig("a", 120, "figure"), 400), At(Fig("a", 140, "it"), 430),
      At(Fig("b", 9, "figure"), 10)};  // nothing to refer to
  std::vector<std::string> subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[2], "people killed");
  EXPECT_EQ(subjects[3], "");
  EXPECT_EQ(subjects[4], "");
  std::vector<store::StoredFigure> more = figures;
  more.push_back(Fig("c", 140, "deaths"));
  more.push_back(Fig("d", 140, "people", "", "", "died"));
  subjects = ClaimSubjects(more);
  EXPECT_EQ(subjects[3], "people killed");
  EXPECT_EQ(ClaimSubject(figures[2]), "");  // on its own it counts nothing
}

TEST(ClaimsTest, BareNumberTakesACloseFigureOnlyNearby) {
  const std::vector<store::StoredFigure> figures = {
      At(Fig("a", 120, "deaths"), 10), At(Fig("a", 120, ""), 100), At(Fig("a", 120, ""), 5000)};
  const std::vector<std::string> subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[1], "people killed");
  EXPECT_EQ(subjects[2], "");
}

TEST(ClaimsTest, FigureWithNothingToReferToTakesTheSubjectStatingItsValue) {
  std::vector<store::StoredFigure> figures = {
      Fig("a", 120, "people", "", "", "killed"), Fig("b", 120, "deaths"), Fig("c", 120, "deaths"),
      Fig("d", 120, "casualties"), Fig("e", 120, "figure"), Fig("e", 140, ""), Fig("f", 77, ""),
      Fig("i", 120, "deaths")};
  std::vector<std::string> subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[4], "people killed");  // 4 of the 5 articles stating 120
  EXPECT_EQ(subjects[5], "");               // nobody states 140
  EXPECT_EQ(subjects[6], "");
  // Two subjects stating the value about as often: no reading.
  figures.push_back(Fig("g", 120, "casualties"));
  figures.push_back(Fig("h", 120, "casualties"));
  subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[4], "");
}

TEST(ClaimsTest, PeopleCountedWithoutAnEventTakeTheOneEventTheyFit) {
  const std::vector<store::StoredFigure> figures = {
      Fig("a", 120, "people", "", "", "killed"), Fig("b", 120, "people"),
      Fig("c", 5, "people", "", "", "arrested"), Fig("d", 5, "suspects", "", "", "arrested"),
      Fig("e", 5, "people", "", "", "wounded"), Fig("f", 5, "people"), Fig("g", 5000, "people")};
  const std::vector<std::string> subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[1], "people killed");
  EXPECT_EQ(subjects[3], "people arrested");
  EXPECT_EQ(subjects[5], "people");  // arrested or wounded: cannot tell
  EXPECT_EQ(subjects[6], "people");
  // A kind of people: those who joined the strike are its workers.
  const std::vector<store::StoredFigure> strike = {Fig("a", 73000, "staff"), Fig("b", 75000, "people")};
  EXPECT_EQ(ClaimSubjects(strike)[1], "workers");
}

TEST(ClaimsTest, RewordedNounsAreOneSubject) {
  EXPECT_EQ(ClaimSubject(Fig("a", 140, "buildings")), "homes");
  EXPECT_EQ(ClaimSubject(Fig("a", 5, "men", "", "", "arrested")), "people arrested");
  EXPECT_EQ(ClaimSubject(Fig("a", 26000, "tourists", "", "", "evacuated")), "people evacuated");
  EXPECT_EQ(ClaimSubject(Fig("a", 40, "children")), "children");  // a part, not all of them
  EXPECT_EQ(ClaimSubject(Fig("a", 73000, "staff")), "workers");
  EXPECT_EQ(ClaimSubject(Fig("a", 9300, "injuries")), "people injured");
  EXPECT_EQ(ClaimSubject(Fig("a", 11, "protesters", "", "", "killed")), "people killed");
  EXPECT_EQ(ClaimSubject(Fig("a", 50000, "demonstrators")), "people");
  EXPECT_EQ(ClaimSubject(Fig("a", 430000, "civilians", "", "", "fled")), "people displaced");
  EXPECT_EQ(ClaimSubject(Fig("a", 73000, "employees")), "workers");
  store::StoredFigure injured = Fig("a", 9300, "people");
  injured.modifier = "injured";
  EXPECT_EQ(ClaimSubject(injured), "people injured");
}

TEST(ClaimsTest, TollGrowingInStepsIsOneChangedClaim) {
  // 31 dead on the 2nd, 50 on the 4th, 72 on the 5th (some reports of the 5th still
  // give 50), 150 on the 19th: far apart in value, one count over time.
  const auto groups = BuildClaims({Fig("a", 31, "people", "", "2023-12-02", "killed"),
                                   Fig("b", 31, "deaths", "", "2023-12-03"),
                                   Fig("c", 50, "people", "", "2023-12-04", "died"),
                                   Fig("d", 50, "deaths", "", "2023-12-05"),
                                   Fig("e", 72, "people", "", "2023-12-05", "killed"),
                                   Fig("f", 72, "people", "", "2023-12-06", "killed"),
                                   Fig("g", 150, "people", "", "2023-12-19", "killed"),
                                   Fig("h", 150, "deaths", "", "")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "changed");
  EXPECT_EQ(groups[0].low, 31);
  EXPECT_EQ(groups[0].high, 150);
  EXPECT_EQ(groups[0].source_count, 8u);
}

TEST(ClaimsTest, OtherCountsFarApartInValueStayApart) {
  // Firefighters deployed at one event and at a later one are two facts.
  const auto groups = BuildClaims({Fig("a", 910, "firefighters", "", "2023-12-17", "deployed"),
                                   Fig("b", 910, "firefighters", "", "2023-12-18", "deployed"),
                                   Fig("c", 2100, "firefighters", "", "2023-12-21", "deployed"),
                                   Fig("d", 2100, "firefighters", "", "2023-12-22")},
                                  2);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].status, "agree");
  EXPECT_EQ(groups[1].status, "agree");
}

TEST(ClaimsTest, CloseValuesReportedAtDifferentTimesAreNotADispute) {
  // 970 new cases on the 1st to 3rd (recalled once later as background); 850 against
  // 1,100 on the 6th to 8th: the first count agreed, the second disputed.
  const std::vector<std::pair<double, std::string>> reports = {
      {970, "2023-12-01"}, {970, "2023-12-01"}, {970, "2023-12-02"}, {970, "2023-12-03"}, {970, "2023-12-03"},
      {970, "2023-12-02"}, {970, "2023-12-01"}, {970, "2023-12-02"}, {970, "2023-12-03"}, {970, "2023-12-01"},
      {970, "2023-12-07"}, {970, ""},           {850, "2023-12-06"}, {1100, "2023-12-06"}, {850, "2023-12-07"},
      {1100, "2023-12-08"}};
  std::vector<store::StoredFigure> figures;
  for (const auto& [value, day] : reports) {
    figures.push_back(Fig(std::to_string(figures.size()), value, "cases", "", day));
    figures.back().modifier = "new";
  }
  const auto groups = BuildClaims(figures, 2);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].what, "new cases");
  EXPECT_EQ(groups[0].status, "conflict");
  EXPECT_EQ(groups[0].low, 850);
  EXPECT_EQ(groups[0].high, 1100);
  EXPECT_EQ(groups[0].source_count, 4u);
  EXPECT_EQ(groups[1].status, "agree");
  EXPECT_EQ(groups[1].source_count, 12u);
}

TEST(ClaimsTest, OtherCountsGrowingOverTimeAreEachTheirTimesFigure) {
  // The crowd at Monday's rally and at Friday's: two figures, each agreed.
  const auto groups = BuildClaims({Fig("a", 40000, "protesters", "", "2023-12-04"),
                                   Fig("b", 40000, "people", "", "2023-12-05"),
                                   Fig("c", 50000, "demonstrators", "", "2023-12-08"),
                                   Fig("d", 50000, "protesters", "", "2023-12-09")},
                                  2);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].status, "agree");
  EXPECT_EQ(groups[1].status, "agree");
}

TEST(ClaimsTest, LowerTollReportedLaterDisputesTheHigherOne) {
  // A death toll cannot go back: "about 14,000" on the 25th and "more than 13,000" on
  // the 2nd are a dispute, however far apart in time.
  const auto groups = BuildClaims({Fig("a", 14000, "people", "about", "2022-01-25", "died"),
                                   Fig("b", 13000, "people", "more than", "2022-02-02", "killed")},
                                  2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "conflict");
}

TEST(ClaimsTest, LaterMentionsOfNewCasesAreTheNewOnes) {
  store::StoredFigure lead = At(Fig("a", 970, "infections"), 10);
  lead.modifier = "new";
  const std::vector<store::StoredFigure> figures = {lead, At(Fig("a", 970, "cases"), 300),
                                                    At(Fig("a", 39000, "cases"), 600)};
  const std::vector<std::string> subjects = ClaimSubjects(figures);
  EXPECT_EQ(subjects[0], "new cases");
  EXPECT_EQ(subjects[1], "new cases");
  EXPECT_EQ(subjects[2], "cases");
}

TEST(ClaimsTest, StaleLowerTollADayLaterIsStillAChange) {
  // 120 dead from the 16th, 130 from the 17th, some reports of the 17th and 18th still
  // at 120: a death toll cannot go back, so this is a change. Homes reported on the
  // same days are two camps.
  const std::vector<std::pair<double, std::string>> reports = {
      {120, "2023-12-16"}, {120, "2023-12-17"}, {120, "2023-12-17"}, {120, "2023-12-18"}, {120, "2023-12-18"},
      {130, "2023-12-17"}, {130, "2023-12-17"}, {130, "2023-12-18"}, {130, "2023-12-19"}};
  std::vector<store::StoredFigure> deaths, homes;
  for (const auto& [value, day] : reports) {
    const std::string article = std::to_string(deaths.size());
    deaths.push_back(Fig(article, value, "deaths", "", day));
    homes.push_back(Fig(article, value, "homes", "", day));
  }
  auto groups = BuildClaims(deaths, 2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "changed");
  groups = BuildClaims(homes, 2);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].status, "conflict");
}

}  // namespace
}  // namespace sitrep::report
