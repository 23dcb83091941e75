#include "dateline.h"

#include <gtest/gtest.h>

namespace sitrep::ingest::internal {
namespace {

TEST(MatchDateline, AgencyWithDateAndTime) {
  Dateline d;
  ASSERT_TRUE(MatchDateline("Washington (AFP) 02/10/2022 08:19", &d));
  EXPECT_EQ(d.place, "Washington");
  EXPECT_EQ(d.agency, "AFP");
  EXPECT_EQ(d.published, "2022-02-10T08:19");
  EXPECT_EQ(d.body_offset, 33u);
}

TEST(MatchDateline, AgencyThenStory) {
  Dateline d;
  const std::string line = "WASHINGTON (Reuters) - The Pentagon said on Wednesday.";
  ASSERT_TRUE(MatchDateline(line, &d));
  EXPECT_EQ(d.place, "Washington");
  EXPECT_EQ(d.agency, "Reuters");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(line.substr(d.body_offset), "The Pentagon said on Wednesday.");

  const std::string kyiv = "KYIV, Ukraine (AP) \xE2\x80\x94 Ukraine's president said.";
  ASSERT_TRUE(MatchDateline(kyiv, &d));
  EXPECT_EQ(d.place, "Kyiv");
  EXPECT_EQ(d.agency, "AP");
  EXPECT_EQ(kyiv.substr(d.body_offset), "Ukraine's president said.");
}

TEST(MatchDateline, DateWithoutYearGivesNoPublishedDate) {
  Dateline d;
  const std::string line = "Moscow, Feb 10 (Reuters) - Russia said.";
  ASSERT_TRUE(MatchDateline(line, &d));
  EXPECT_EQ(d.place, "Moscow");
  EXPECT_EQ(d.agency, "Reuters");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(line.substr(d.body_offset), "Russia said.");
  ASSERT_TRUE(MatchDateline("Moscow, Feb. 10, 2022 (Reuters) - Russia said.", &d));
  EXPECT_EQ(d.published, "2022-02-10");
}

TEST(MatchDateline, AgencyOnlyAndCapitalsOnly) {
  Dateline d;
  const std::string cnn = "(CNN) \xE2\x80\x94 The talks ended.";
  ASSERT_TRUE(MatchDateline(cnn, &d));
  EXPECT_EQ(d.place, "");
  EXPECT_EQ(d.agency, "CNN");
  EXPECT_EQ(cnn.substr(d.body_offset), "The talks ended.");

  const std::string nyt = "NEW DELHI \xE2\x80\x94 India said.";
  ASSERT_TRUE(MatchDateline(nyt, &d));
  EXPECT_EQ(d.place, "New Delhi");
  EXPECT_EQ(d.agency, "");
  EXPECT_EQ(nyt.substr(d.body_offset), "India said.");

  ASSERT_TRUE(MatchDateline("ISLAMABAD: Pakistan said.", &d));
  EXPECT_EQ(d.place, "Islamabad");
}

TEST(MatchDateline, OrdinarySentencesAndHeadlinesAreNot) {
  Dateline d;
  EXPECT_FALSE(MatchDateline("Ukraine crisis: The Pentagon warns of the flow of troops", &d));
  EXPECT_FALSE(MatchDateline("US President Joe Biden sends troops to Eastern Europe", &d));
  EXPECT_FALSE(MatchDateline("Joe Biden (left) said the troops would go.", &d));
  EXPECT_FALSE(MatchDateline("NATO: allies must stand together", &d));
  EXPECT_FALSE(MatchDateline("BREAKING \xE2\x80\x94 Russia moves troops", &d));
  EXPECT_FALSE(MatchDateline("US \xE2\x80\x94 a short label", &d));
  EXPECT_FALSE(MatchDateline("", &d));
  EXPECT_FALSE(MatchDateline("\xE2\x80\x9CThese forces are not going to fight,\xE2\x80\x9D he said.", &d));
}

}  // namespace
}  // namespace sitrep::ingest::internal
