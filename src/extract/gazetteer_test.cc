#include "extract/gazetteer.h"

#include <cstdio>

#include <gtest/gtest.h>

namespace sitrep::extract::internal {
namespace {

TEST(GazetteerTest, LoadsIsoCodesAndTimeZoneCities) {
  const Gazetteer& gaz = Gazetteer::Get();
  // iso-codes and tzdata are installed dependencies; without them the recogniser would
  // silently lose most countries and cities.
  EXPECT_GT(gaz.iso_names(), 1000u);
  EXPECT_GT(gaz.tz_cities(), 100u);
  const KnownName* ukraine = gaz.Find("ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_EQ(ukraine->type, "LOC");
  // ISO's "Russian Federation" displays as news writes it.
  const KnownName* russia = gaz.Find("russian federation");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->name, "Russia");
  EXPECT_EQ(gaz.Find("russia")->key, "russia");
  // A time-zone city.
  const KnownName* tokyo = gaz.Find("tokyo");
  ASSERT_NE(tokyo, nullptr);
  EXPECT_EQ(tokyo->type, "LOC");
}

TEST(GazetteerTest, VariantsShareAKey) {
  const Gazetteer& gaz = Gazetteer::Get();
  ASSERT_NE(gaz.Find("kiev"), nullptr);
  EXPECT_EQ(gaz.Find("kiev")->key, "kyiv");
  EXPECT_EQ(gaz.Find("kyiv")->key, "kyiv");
  EXPECT_EQ(gaz.Find("u.s.")->key, gaz.Find("united states")->key);
  EXPECT_EQ(gaz.Find("britain")->key, "united kingdom");
  EXPECT_EQ(gaz.Find("north atlantic treaty organization")->key, "nato");
  EXPECT_EQ(gaz.Find("russian")->type, "NORP");
  EXPECT_EQ(gaz.Find("russians")->key, "russian");
}

TEST(GazetteerTest, AcronymsMatchOnlyCapitals) {
  const Gazetteer& gaz = Gazetteer::Get();
  ASSERT_NE(gaz.Find("who"), nullptr);
  EXPECT_TRUE(gaz.Find("who")->acronym_only);
  EXPECT_TRUE(gaz.Find("us")->acronym_only);
  EXPECT_FALSE(gaz.Find("nato")->acronym_only);  // "Nato" is a house style too
}

TEST(GazetteerTest, WordClasses) {
  const Gazetteer& gaz = Gazetteer::Get();
  EXPECT_TRUE(gaz.Classes("president") & kTitle);
  EXPECT_TRUE(gaz.Classes("spokesman") & kMaleTitle);
  EXPECT_TRUE(gaz.Classes("ministry") & kOrgHead);
  EXPECT_TRUE(gaz.Classes("the") & kFunctionWord);
  EXPECT_TRUE(gaz.Classes("monday") & kCalendar);
  EXPECT_TRUE(gaz.Classes("annalena") & kFemaleName);
  EXPECT_EQ(gaz.Classes("kirby"), 0u);
}

TEST(GazetteerTest, KeysFoldCaseAccentsAndPossessives) {
  EXPECT_EQ(NameKey("Kābul"), "kabul");
  EXPECT_EQ(NameKey("  Côte d’Ivoire "), "cote d'ivoire");
  EXPECT_EQ(NameKey("Russia's"), "russia");
  EXPECT_EQ(NameKey("St. Petersburg"), "st petersburg");
  EXPECT_EQ(FoldWord("NATO"), "nato");
}

TEST(GazetteerTest, WordNetAddsWholeNamesOfPlacesPeopleAndOrganisations) {
  const Gazetteer& gaz = Gazetteer::Get();
  if (gaz.wordnet_names() == 0) GTEST_SKIP() << "wordnet-base is not installed";
  std::printf("wordnet names: %zu\n", gaz.wordnet_names());
  EXPECT_GT(gaz.wordnet_names(), 5000u);
  ASSERT_NE(gaz.Find("potomac"), nullptr);
  EXPECT_EQ(gaz.Find("potomac")->type, "LOC");
  EXPECT_TRUE(gaz.Find("potomac")->whole_run_only);
  ASSERT_NE(gaz.Find("hamas"), nullptr);
  EXPECT_EQ(gaz.Find("hamas")->type, "ORG");
  ASSERT_NE(gaz.Find("vladimir putin"), nullptr);
  EXPECT_EQ(gaz.Find("vladimir putin")->type, "PER");
  // A surname alone, a common word and a planet are left to context.
  EXPECT_EQ(gaz.Find("putin"), nullptr);
  EXPECT_EQ(gaz.Find("reading"), nullptr);
  EXPECT_EQ(gaz.Find("jupiter"), nullptr);
  // But the tagger hears of a surname WordNet knows someone by, unless it is a common
  // word ("bush") or a place ("lincoln").
  EXPECT_TRUE(gaz.Classes("putin") & kKnownSurname);
  EXPECT_FALSE(gaz.Classes("bush") & kKnownSurname);
  EXPECT_FALSE(gaz.Classes("lincoln") & kKnownSurname);
  // The curated lists keep their own entries.
  ASSERT_NE(gaz.Find("kiev"), nullptr);
  EXPECT_FALSE(gaz.Find("kiev")->whole_run_only);
}

TEST(GazetteerTest, MissingDataFilesLeaveTheBuiltInLists) {
  const Gazetteer gaz("/nonexistent", "/nonexistent/zone.tab");
  EXPECT_EQ(gaz.iso_names(), 0u);
  EXPECT_EQ(gaz.tz_cities(), 0u);
  ASSERT_NE(gaz.Find("kiev"), nullptr);
  EXPECT_EQ(gaz.Find("ukraine"), nullptr);
}

}  // namespace
}  // namespace sitrep::extract::internal
