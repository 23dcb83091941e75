#include <gtest/gtest.h>

#include <string>

#include "sitrep/copies.h"

namespace sitrep::link {
namespace {

// A wire story: names, figures, a quote, ten sentences.
const char kStory[] =
    "KYIV (Meridian Wire) — Russian forces massed about 100,000 troops near the border "
    "with Ukraine on Wednesday, officials in Kyiv said.\n\n"
    "Defence Minister Oleksii Marchenko told reporters the buildup had grown steadily since "
    "early January.\n\n"
    "“We are ready for any scenario,” Marchenko said at a briefing in Kyiv.\n\n"
    "The Pentagon estimated that Moscow had moved 14 battalion groups into Belarus for "
    "joint exercises.\n\n"
    "NATO Secretary General Jens Halvorsen urged both sides to return to talks in Geneva "
    "next week.\n\n"
    "Satellite images published by Maxar showed field hospitals set up near Yelnya.\n\n"
    "The Kremlin denied any plan to invade and accused the alliance of stoking tension.\n\n"
    "Ukrainian officials said about 3,000 reservists had been called up across the "
    "eastern regions.\n\n"
    "Fuel prices in Kharkiv rose by 12 percent as residents stocked up on supplies.\n\n"
    "Talks between Washington and Moscow ended without agreement in Vienna on Tuesday.";

// The same story through a spinner: ordinary words swapped, one sentence dropped,
// names, figures and the quote untouched.
const char kSpun[] =
    "Russian forces amassed about 100,000 soldiers close to the frontier with Ukraine on "
    "Wednesday, authorities in Kyiv mentioned.\n\n"
    "Defence Minister Oleksii Marchenko instructed journalists the buildup had grown "
    "gradually since early January.\n\n"
    "“We are ready for any scenario,” Marchenko stated at a briefing in Kyiv.\n\n"
    "The Pentagon approximated that Moscow had shifted 14 battalion groups into Belarus "
    "for joint drills.\n\n"
    "NATO Secretary General Jens Halvorsen pressed both sides to return to negotiations in "
    "Geneva next week.\n\n"
    "Satellite pictures released by Maxar showed field hospitals established near "
    "Yelnya.\n\n"
    "Ukrainian authorities mentioned about 3,000 reservists had been summoned up across "
    "the jap regions.\n\n"
    "Fuel costs in Kharkiv climbed by 12 percent as locals stocked up on provisions.\n\n"
    "Talks between Washington and Moscow finished without accord in Vienna on Tuesday.\n\n"
    "Follow Global Digest on social media for more updates.";

// Another outlet's own story of the same briefing: same people, same quote, its own
// words.
const char kIndependent[] =
    "MOSCOW (Eastern Herald) — The Kremlin on Wednesday rejected claims that it plans an "
    "offensive, as Western capitals warned of a growing presence near Ukraine.\n\n"
    "“We are ready for any scenario,” Ukrainian Defence Minister Oleksii Marchenko said, "
    "according to Interfax.\n\n"
    "Kremlin spokesman Dmitry Orlov called the reports hysteria whipped up by Washington.\n\n"
    "Russian state television showed columns of armoured vehicles arriving by rail in "
    "Kursk.\n\n"
    "Analysts in Moscow expect the standoff to dominate the summit planned for March.\n\n"
    "The rouble weakened 2 percent against the dollar in morning trading.\n\n"
    "Orlov said President Volkov would speak with European leaders by telephone this "
    "week.\n\n"
    "Diplomats in Brussels said sanctions packages were being prepared in case of an "
    "attack.";

TEST(CopyDetector, FindsExactNearAndSpunCopies) {
  CopyDetector d;
  EXPECT_EQ(d.Add("a", kStory, "2024-01-10T08:00").kind, CopyKind::kNone);

  // Exact: the same words, spacing and case aside.
  std::string exact = kStory;
  exact.insert(0, "  ");
  const CopyMatch e = d.Add("b", exact, "2024-01-10T09:00");
  EXPECT_EQ(e.kind, CopyKind::kExact);
  EXPECT_EQ(e.original_id, "a");
  EXPECT_EQ(e.group_id, "a");
  EXPECT_EQ(e.likely_original_id, "a");

  // Near: cut short, boilerplate added.
  std::string near(kStory);
  near.resize(near.rfind("\n\nFuel"));
  near += "\n\nRead more at Daily Courier.\n\nAll rights reserved.";
  const CopyMatch n = d.Add("c", near, "");
  EXPECT_EQ(n.kind, CopyKind::kNear);
  EXPECT_EQ(n.original_id, "a");
  EXPECT_GT(n.reused_share, 0.7);
  EXPECT_FALSE(n.aligned_sentences.empty());

  const CopyMatch s = d.Add("d", kSpun, "2024-01-11");
  EXPECT_EQ(s.kind, CopyKind::kRewrite);
  EXPECT_EQ(s.group_id, "a");
  EXPECT_GT(s.reused_share, 0.7);
  EXPECT_LT(s.identical_share, 0.5);
  EXPECT_EQ(d.size(), 4u);
}

TEST(CopyDetector, SharedQuoteIsNoCopy) {
  CopyDetector d;
  d.Add("a", kStory, "");
  EXPECT_EQ(d.Add("b", kIndependent, "").kind, CopyKind::kNone);
}

TEST(CopyDetector, LikelyOriginalIsTheEarliestPublished) {
  CopyDetector d;
  // Ingested first but published later: the copy that follows is the original.
  d.Add("late", kStory, "2024-01-12");
  const CopyMatch m = d.Add("early", std::string(kStory) + "\n\nAdvertisement", "2024-01-10");
  ASSERT_NE(m.kind, CopyKind::kNone);
  EXPECT_EQ(m.group_id, "late");
  EXPECT_EQ(m.likely_original_id, "early");
  EXPECT_NE(m.likely_original_reason.find("earliest published"), std::string::npos);
}

TEST(CopyDetector, SignatureIsPureAndMemoryIsCounted) {
  const CopySignature a = ComputeCopySignature(kStory);
  const CopySignature b = ComputeCopySignature(kStory);
  EXPECT_EQ(a.exact_hash, b.exact_hash);
  EXPECT_EQ(a.minhash, b.minhash);
  EXPECT_EQ(a.sentences, b.sentences);
  EXPECT_EQ(a.minhash.size(), static_cast<size_t>(CopyOptions{}.minhashes));
  CopyDetector d;
  const size_t empty = d.memory_bytes();
  d.Add("a", a, "");
  EXPECT_GT(d.memory_bytes(), empty);
  // Empty text: nothing to match, nothing matched.
  EXPECT_EQ(d.Add("e", "", "").kind, CopyKind::kNone);
  EXPECT_EQ(d.Add("f", "", "").kind, CopyKind::kNone);
}

TEST(CopyKindName, Names) {
  EXPECT_STREQ(CopyKindName(CopyKind::kNone), "none");
  EXPECT_STREQ(CopyKindName(CopyKind::kRewrite), "rewrite");
}

}  // namespace
}  // namespace sitrep::link
