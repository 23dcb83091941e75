#include "ingest/repeated_paragraphs.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::ingest {
namespace {

std::string Story(int n, const std::string& furniture) {
  return "Officials reported " + std::to_string(n) + " new cases on day " + std::to_string(n) +
         " of the outbreak in region " + std::to_string(n * 7) + ".\n\nThe ministry said more tests were planned " +
         "for the " + std::to_string(n) + " districts worst hit.\n\n" + furniture;
}

TEST(RepeatedParagraphs, LearnsASourcesFurnitureAndDropsIt) {
  RepeatedParagraphs learner;
  const std::string furniture = "Sign up for The Harbor Post's morning briefing.";
  int removed = 0;
  std::vector<uint64_t> keys;
  // The first articles keep the line: nothing is known yet.
  for (int n = 1; n <= 3; ++n) {
    EXPECT_EQ(learner.Clean("The Harbor Post", Story(n, furniture), &removed, &keys), Story(n, furniture));
    EXPECT_EQ(removed, 0);
  }
  const std::string cleaned = learner.Clean("the harbor post", Story(4, furniture), &removed, &keys);
  EXPECT_EQ(removed, 1);
  EXPECT_EQ(cleaned.find("Sign up"), std::string::npos);
  EXPECT_NE(cleaned.find("new cases on day 4"), std::string::npos);
  EXPECT_EQ(cleaned.substr(cleaned.size() - 10), "worst hit.");  // no blank line left behind
  // Another source's articles are not touched by what this one repeats.
  EXPECT_EQ(learner.Clean("Skyline 24 News", Story(5, furniture), &removed, &keys), Story(5, furniture));
  EXPECT_EQ(removed, 0);
}

TEST(RepeatedParagraphs, KeepsNewsThatOtherSourcesCarry) {
  RepeatedParagraphs learner;
  // A background line every outlet repeats: shared across sources, so never furniture.
  const std::string background = "The outbreak began in March in the northern provinces.";
  int removed = 0;
  std::vector<uint64_t> keys;
  for (int n = 1; n <= 10; ++n) {
    learner.Clean("Meridian Wire", Story(n, background), &removed, &keys);
    learner.Clean("Northern Star", Story(n + 100, background), &removed, &keys);
  }
  EXPECT_EQ(learner.Clean("Meridian Wire", Story(50, background), &removed, &keys), Story(50, background));
  EXPECT_EQ(removed, 0);
}

TEST(RepeatedParagraphs, NeverQuotesLongParagraphsOrAWholeText) {
  RepeatedParagraphs learner;
  const std::string quote = "\u201cWe will rebuild,\u201d the mayor said.";
  const std::string only = "Subscribe now for unlimited access.";
  int removed = 0;
  std::vector<uint64_t> keys;
  for (int n = 1; n <= 10; ++n) {
    learner.Clean("Gazette", Story(n, quote), &removed, &keys);
    learner.Clean("Gazette", only, &removed, &keys);
  }
  EXPECT_EQ(learner.Clean("Gazette", Story(11, quote), &removed, &keys), Story(11, quote));
  EXPECT_EQ(removed, 0);
  // The whole article is the repeated line: kept, rather than storing nothing.
  EXPECT_EQ(learner.Clean("Gazette", only, &removed, &keys), only);
  EXPECT_EQ(removed, 0);
}

TEST(RepeatedParagraphs, NoSourceNoLearning) {
  RepeatedParagraphs learner;
  int removed = 0;
  std::vector<uint64_t> keys;
  for (int n = 1; n <= 10; ++n) EXPECT_EQ(learner.Clean("", Story(n, "Footer line."), &removed, &keys), Story(n, "Footer line."));
  EXPECT_EQ(learner.sources(), 0u);
}

TEST(RepeatedParagraphs, ReplayedKeysTeachTheSame) {
  RepeatedParagraphs first;
  const std::string furniture = "Got a story? Email newsdesk@eveningcourier.co.uk";
  int removed = 0;
  std::vector<uint64_t> keys;
  std::vector<std::vector<uint64_t>> taught;
  for (int n = 1; n <= 3; ++n) {
    first.Clean("Evening Courier", Story(n, furniture), &removed, &keys);
    EXPECT_EQ(keys.size(), 3u);  // two story paragraphs and the line
    taught.push_back(keys);
  }
  // A later ingest replays what the store kept of each article, through the blob.
  RepeatedParagraphs second;
  for (const auto& k : taught) {
    std::vector<uint64_t> decoded;
    ASSERT_TRUE(DecodeParagraphKeys(EncodeParagraphKeys(k), &decoded));
    EXPECT_EQ(decoded, k);
    second.Learn("Evening Courier", decoded);
  }
  EXPECT_EQ(second.Clean("Evening Courier", Story(4, furniture), &removed, &keys),
            first.Clean("Evening Courier", Story(4, furniture), &removed, &keys));
  EXPECT_EQ(removed, 1);
  std::vector<uint64_t> decoded;
  EXPECT_FALSE(DecodeParagraphKeys("seven b", &decoded));
}

}  // namespace
}  // namespace sitrep::ingest
