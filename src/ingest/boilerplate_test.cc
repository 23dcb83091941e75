#include "boilerplate.h"

#include <gtest/gtest.h>

namespace sitrep::ingest::internal {
namespace {

std::string Clean(std::string_view text, int* removed = nullptr) {
  int n = 0;
  std::string out = RemoveBoilerplate(text, &n);
  if (removed) *removed = n;
  return out;
}

TEST(BoilerplateTest, DropsFurnitureParagraphsAnywhere) {
  int removed = 0;
  EXPECT_EQ(Clean("Advertisement\n\nTroops moved north on Monday.\n\nRead | NATO deploys ships\n\n"
                  "Officials said more would follow.\n\nREADING: Britain warns Putin",
                  &removed),
            "Troops moved north on Monday.\n\nOfficials said more would follow.");
  EXPECT_EQ(removed, 3);
}

TEST(BoilerplateTest, CutsTheFooterAfterAClosingMarkerLateInTheText) {
  const std::string body =
      "The Pentagon said on Wednesday that Russian forces continued to arrive near the border, "
      "and that the flow of troops had not slowed in the past day.\n\n"
      "“We have continued to note the flow of additional capabilities,” Kirby said.";
  const std::string page = body +
                           "\n\nSource link\n\nNews of max: Update the world's latest breaking news "
                           "online of the day.\n\nRelated Articles\n\nBack to top button";
  int removed = 0;
  EXPECT_EQ(Clean(page, &removed), body);
  EXPECT_EQ(removed, 4);
}

TEST(BoilerplateTest, ClosingMarkerEarlyInTheTextDropsOnlyItself) {
  const std::string text =
      "Related Articles\n\nThe storm reached the coast overnight, flooding the harbour and "
      "cutting power to thousands of homes along the bay.";
  EXPECT_EQ(Clean(text), text.substr(text.find("The storm")));
}

TEST(BoilerplateTest, KeepsNewsThatMerelyStartsLikeFurniture) {
  const std::string text =
      "Read the full statement, the ministry said, before any decision is taken.\n\n"
      "Source link problems took the site down for an hour, its owner said.\n\n"
      "“Leave a reply on the form,” the mayor told residents.";
  EXPECT_EQ(Clean(text), text);
}

TEST(BoilerplateTest, DropsSyndicationAndCommentNotes) {
  EXPECT_EQ(Clean("Body text here that is long enough.\n\n(Except for the title, this story has not "
                  "been edited by NDTV staff and is published from an aggregated feed.)\n\nYour "
                  "email address will not be published. Required fields are marked *"),
            "Body text here that is long enough.");
}

TEST(BoilerplateTest, EmptyAndFurnitureOnly) {
  EXPECT_EQ(Clean(""), "");
  EXPECT_EQ(Clean("Related Articles\n\nBack to top button"), "");
}

}  // namespace
}  // namespace sitrep::ingest::internal
