#include "report/sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sitrep::report::internal {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Texts(const std::vector<SentenceText>& sentences) {
  std::vector<std::string> out;
  for (const SentenceText& s : sentences) out.push_back(s.text);
  return out;
}

TEST(SentencesTest, FurnitureIsNeverUsable) {
  for (const char* s : {"Your email address will not be published. Required fields are marked *",
                        "Sign up for our daily newsletter to get the latest news.",
                        "Read | NATO deploys troops, ships amid concerns over Russian invasion of Ukraine.",
                        "Reading: Britain warns Putin will face a terrible quagmire if Russia attacks.",
                        "Copyright 2022 The Associated Press. All rights reserved.",
                        "By Jane Doe and John Smith, with reporting from the capital.",
                        "(Except for the title, this story has not been edited by NDTV staff and is published.)",
                        "Read more about the crisis and the talks in our live blog today."}) {
    EXPECT_EQ(Unusable(s), "boilerplate") << s;
  }
}

TEST(SentencesTest, FragmentsAreNotSentences) {
  EXPECT_EQ(Unusable("Huh."), "short");
  EXPECT_EQ(Unusable("Related Articles"), "short");
  EXPECT_EQ(Unusable("Russia sends two S-400 battalions to Belarus for exercises"), "no ending");
  EXPECT_EQ(Unusable("Politics, business, culture, science, sport and the weather."), "no verb");
  EXPECT_EQ(Unusable("“Conflict is not inevitable. There is still time,” Austin said. “Putin can also do"),
            "unbalanced quote");
  EXPECT_EQ(Unusable("The Pentagon said on Monday that 8,500 troops were on alert."), "");
}

TEST(SentencesTest, QuotesCutBySplitterAreJoined) {
  const std::string text =
      "Defence Secretary Lloyd Austin said war was still avoidable on Friday.\n\n"
      "“Conflict is not inevitable. There is still time and space for diplomacy,” Austin said.\n\n"
      "Source link";
  EXPECT_THAT(Texts(UsableSentences(text, 10, 10)),
              ElementsAre("Defence Secretary Lloyd Austin said war was still avoidable on Friday.",
                          "“Conflict is not inevitable. There is still time and space for diplomacy,” Austin said."));
}

TEST(SentencesTest, AQuoteThatNeverClosesIsDropped) {
  const std::string text =
      "“It would be nice if they followed up on what they said. But so far we haven’t seen it.\n\n"
      "The secretary’s remarks on Wednesday went further than those of the day before.";
  EXPECT_THAT(Texts(UsableSentences(text, 10, 10)),
              ElementsAre("The secretary’s remarks on Wednesday went further than those of the day before."));
}

TEST(SentencesTest, PositionsCountEverySentenceAndLinesAreUnits) {
  const std::string text =
      "The Pentagon: Russia continues to send troops\n\n"
      "Russia sends two S-400 battalions to Belarus for exercises\n"
      "Russia is sending two S-400 battalions to Belarus for the exercises, officials said.";
  const auto usable = UsableSentences(text, 10, 10);
  ASSERT_EQ(usable.size(), 1u);
  EXPECT_EQ(usable[0].position, 2u);
  EXPECT_EQ(text.substr(usable[0].begin, usable[0].end - usable[0].begin), usable[0].text);
  EXPECT_EQ(usable[0].key, NearKey(usable[0].text));
  EXPECT_EQ(usable[0].key, "russia is sending two s-400 battalions to belarus for the exercises officials said");
}

TEST(SentencesTest, FurniturePhrasesAreFoundAnywhereAndInAnyCase) {
  EXPECT_TRUE(IsBoilerplate("Please SUBSCRIBE to our channel for more reports like this one."));
  EXPECT_TRUE(IsBoilerplate("The full statement is at https://example.org/statement today."));
  EXPECT_TRUE(IsBoilerplate("Image © Reuters, used with permission of the agency."));
  EXPECT_TRUE(IsBoilerplate("By Jane Smith, Moscow correspondent"));
  EXPECT_FALSE(IsBoilerplate("Recruits signed up in their thousands, the ministry said."));
  EXPECT_FALSE(IsBoilerplate("Standby forces were put on alert by the ministry."));
}

TEST(SentencesTest, NearKeyIgnoresCaseAndPunctuation) {
  EXPECT_EQ(NearKey("More than 100,000 troops, the Pentagon said."), NearKey("more than 100,000 troops the Pentagon said"));
  EXPECT_NE(NearKey("More than 100,000 troops."), NearKey("More than 10,000 troops."));
}

TEST(SentencesTest, StemsMakeInflectionsOneTerm) {
  TermSpace space;
  const auto a = space.Terms("Troops were withdrawing from the border");
  const auto b = space.Terms("the troop withdraws to borders");
  EXPECT_EQ(a, b);
  const auto c = space.Terms("Talks in Paris");
  const auto vectors = TfIdf({a, b, c}, space.size());
  EXPECT_NEAR(Dot(vectors[0], vectors[1]), 1.0, 1e-6);
  EXPECT_NEAR(Dot(vectors[0], vectors[2]), 0.0, 1e-6);
}

TEST(SentencesTest, CutAtWordKeepsWholeWords) {
  EXPECT_EQ(CutAtWord("short", 10), "short");
  EXPECT_EQ(CutAtWord("The flow of Russian forces continues, officials said", 30), "The flow of Russian forces…");
}

}  // namespace
}  // namespace sitrep::report::internal
