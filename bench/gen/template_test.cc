#include "bench/gen/template.h"

#include <set>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

// Writes slots as <name>.
class Recorder : public TemplateSink {
 public:
  void Text(std::string_view text) override { out.append(text); }
  void Fill(Slot slot) override { out += "<" + std::string(SlotName(slot)) + ">"; }
  std::string out;
};

TEST(TemplateTest, LiteralsSlotsAndChoices) {
  const Template t("{subj} [said|told reporters] on {when}.");
  EXPECT_TRUE(t.Uses(Slot::k_subj));
  EXPECT_TRUE(t.Uses(Slot::k_when));
  EXPECT_FALSE(t.Uses(Slot::k_place));
  Rng rng(1);
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    Recorder r;
    Expand(t.nodes(), rng, r);
    seen.insert(r.out);
  }
  EXPECT_EQ(seen, (std::set<std::string>{"<subj> said on <when>.",
                                          "<subj> told reporters on <when>."}));
}

TEST(TemplateTest, NestedChoicesAndEmptyAlternative) {
  const Template t("a[ b[ c|]|] d");
  Rng rng(2);
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    Recorder r;
    Expand(t.nodes(), rng, r);
    seen.insert(r.out);
  }
  EXPECT_EQ(seen, (std::set<std::string>{"a d", "a b d", "a b c d"}));
}

TEST(TemplateTest, RejectsUnknownSlotsAndBrokenBrackets) {
  EXPECT_THROW(Template("{nonsense}"), std::invalid_argument);
  EXPECT_THROW(Template("[a|b"), std::invalid_argument);
  EXPECT_THROW(Template("a]"), std::invalid_argument);
  EXPECT_THROW(Template("{subj"), std::invalid_argument);
}

TEST(TemplateTest, SpellingIsSettledAtCompileTime) {
  const Template t("The defence ministry's centre of organization.");
  ASSERT_NE(t.Literal(false), nullptr);
  EXPECT_EQ(*t.Literal(false), "The defense ministry's center of organization.");
  EXPECT_EQ(*t.Literal(true), "The defence ministry's centre of organisation.");
  EXPECT_EQ(Template("{subj} said").Literal(false), nullptr);
}

}  // namespace
}  // namespace sitrep::gen
