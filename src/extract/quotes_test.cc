#include "sitrep/quotes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace sitrep::extract {
namespace {

struct Found {
  std::string text;
  std::string speaker;
  std::string cue;
  bool direct;
};

std::vector<Found> Quotes(const std::string& text) {
  const EntityResult entities = FindEntities(text);
  std::vector<Found> out;
  for (const Quote& q : FindQuotes(text, entities)) {
    out.push_back({text.substr(q.begin, q.end - q.begin), q.speaker_name, q.cue, q.direct});
  }
  return out;
}

TEST(QuotesTest, AttributionAfterTheQuote) {
  const auto q = Quotes("“Conflict is not inevitable. There is still time,” Austin said.\n\n"
                        "\"These forces are not going to fight,\" said Pentagon spokesman John "
                        "Kirby.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Conflict is not inevitable. There is still time");
  EXPECT_EQ(q[0].speaker, "Austin");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_TRUE(q[0].direct);
  EXPECT_EQ(q[1].speaker, "John Kirby");
}

TEST(QuotesTest, AttributionBeforeTheQuote) {
  const auto q = Quotes(
      "The Kremlin said: « The mood looks forward to continuing the work in this format. »\n\n"
      "He stressed that Russian President Vladimir Putin “continues to strengthen his "
      "military capabilities.”");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Kremlin");
  EXPECT_EQ(q[0].text, "The mood looks forward to continuing the work in this format.");
  // The subject of "stressed" speaks, not the person the quote is about; with nobody
  // before, "He" stays unknown.
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].cue, "stressed");
}

TEST(QuotesTest, PronounsAndRolesResolveToTheRightPerson) {
  const auto q = Quotes(
      "Pentagon spokesman John Kirby spoke on Monday. “We will not give numbers,” Kirby "
      "said.\n\n"
      "“We are also seeing indications that other groups are on their way,” the Pentagon "
      "spokesman added.\n\n"
      "“Every day he strengthens his capabilities,” he stressed, referring to Vladimir Putin.\n\n"
      "Ms Jen Psaki took questions. “We have always said that we will strengthen our allies,” "
      "she said.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "John Kirby");
  EXPECT_EQ(q[1].speaker, "John Kirby");
  EXPECT_EQ(q[1].cue, "added");
  EXPECT_EQ(q[2].speaker, "John Kirby");
  EXPECT_EQ(q[3].speaker, "Jen Psaki");
}

TEST(QuotesTest, ARoleWithAnotherCountryIsSomeoneElse) {
  // Putin is "Russian President"; "the French president" is not him. Macron, named
  // without a role, may be: a person whose role names no country is not ruled out.
  const auto q = Quotes(
      "Russian President Vladimir Putin met Emmanuel Macron in Moscow on Monday. “The talks "
      "were useful,” the Russian president said. “We will see,” the French president said.\n\n"
      "President Joe Biden spoke later. “We are ready,” the US president said.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Vladimir Putin");
  EXPECT_EQ(q[1].speaker, "Emmanuel Macron");
  EXPECT_EQ(q[2].speaker, "Joe Biden");
}

TEST(QuotesTest, ACapitalisedTitleReportsAndASourceAfterIsNoContent) {
  // "President" has a capital mid-sentence, and stays a description of the speaker; a
  // closing "according to the Kremlin" names a source, not words Putin said.
  const auto q = Quotes(
      "Russian President Vladimir Putin met Emmanuel Macron in Moscow on Monday.\n\n"
      "The Russian President said the talks were useful, according to the Kremlin.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Vladimir Putin");
  EXPECT_EQ(q[0].text, "the talks were useful");
  EXPECT_FALSE(q[0].direct);
}

TEST(QuotesTest, SplitQuotesAndParagraphContinuation) {
  const auto q = Quotes(
      "“Putin can also do the right thing,” Austin said. “There’s no reason why this "
      "should turn into conflict.”\n\n"
      "“The first paragraph of a long statement ends here without a mark.\n\n"
      "“And the second paragraph goes on with it,” Peskov told reporters.\n\n"
      "“This one stands alone and nobody is said to have said it.”");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].speaker, "Austin");
  EXPECT_EQ(q[1].speaker, "Austin");
  EXPECT_EQ(q[2].speaker, "Peskov");
  EXPECT_EQ(q[2].text, "The first paragraph of a long statement ends here without a mark.");
  EXPECT_EQ(q[3].speaker, "Peskov");
  EXPECT_EQ(q[3].cue, "told reporters");
  EXPECT_EQ(q[4].speaker, "");
  EXPECT_EQ(q[4].cue, "");
}

TEST(QuotesTest, SpunCuesAndAccordingTo) {
  const auto q = Quotes(
      "“Ukraine itself is just a tool to achieve this goal” of containing Russia, Putin "
      "mentioned.\n\n"
      "“These forces are not going to fight in Ukraine,” he burdened.\n\n"
      "“At the moment, we have not seen any withdrawal,” NATO Secretary General Jens "
      "Stoltenberg said, according to The Associated Press.\n\n"
      "“China supports Russia’s demands,” adviser Yury Ushakov informed reporters.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "Putin");
  EXPECT_EQ(q[0].cue, "mentioned");
  EXPECT_EQ(q[1].speaker, "Putin");
  EXPECT_EQ(q[1].cue, "burdened");
  EXPECT_EQ(q[2].speaker, "Jens Stoltenberg");
  EXPECT_EQ(q[3].speaker, "Yury Ushakov");
  EXPECT_EQ(q[3].cue, "informed reporters");
}

TEST(QuotesTest, UnnamedSpeakersAreNotGuessed) {
  const auto q = Quotes(
      "During his talks with Macron, Putin “expressed no plans to offend anyone,” an aide to "
      "the French president said.\n\n"
      "“This is not the time to increase military activity,” they said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "an aide to the French president");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].cue, "said");
}

TEST(QuotesTest, ScareQuotesAndTitlesAreNotQuotes) {
  const auto q = Quotes(
      "France obtained pledges that there would be no further “escalation” in the region, "
      "and the talks were described as “positive” by many observers who were present at "
      "the time.\n\nBlinken spoke on “Good Morning America” on Wednesday.");
  EXPECT_TRUE(q.empty());
}

TEST(QuotesTest, ReportedSpeech) {
  const auto q = Quotes(
      "Pentagon press secretary John Kirby said no troops are intended for deployment in "
      "Ukraine itself.\n\n"
      "Putin made it clear that the responses fell short of expectations, the Kremlin said.\n\n"
      "According to the White House, the call lasted an hour.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_FALSE(q[0].direct);
  EXPECT_EQ(q[0].speaker, "John Kirby");
  EXPECT_EQ(q[0].text, "no troops are intended for deployment in Ukraine itself");
  EXPECT_EQ(q[1].speaker, "Kremlin");
  EXPECT_EQ(q[1].text, "Putin made it clear that the responses fell short of expectations");
  EXPECT_EQ(q[2].speaker, "White House");
  EXPECT_EQ(q[2].cue, "According to");
  EXPECT_EQ(q[2].text, "the call lasted an hour");
}

TEST(QuotesTest, StrayAndUnbalancedMarks) {
  // A closing mark typed where an opening one belongs, and one that never closes.
  const auto q = Quotes(
      "“All this is not happening because of what we are doing, ”Peskov told reporters.\n\n"
      "Borrell said: “We are not going to do the same thing.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "Peskov");
  EXPECT_EQ(q[1].speaker, "Borrell");
  EXPECT_EQ(q[1].text, "We are not going to do the same thing.");
}

TEST(QuotesTest, HostileInputStaysLinear) {
  std::string marks;
  for (int i = 0; i < 100000; ++i) marks += i % 2 ? "\" he said " : "“Kirby ";
  // One endless sentence: unattributed quotes, "according to" and verbs everywhere.
  for (int i = 0; i < 20000; ++i) marks += "“a b c d” according to the Kremlin he warned of ";
  std::string run;
  while (run.size() < (2u << 20)) run += "Kirby said the troops were ready and John Kirby ";
  const auto start = std::chrono::steady_clock::now();
  const EntityResult e1 = FindEntities(marks);
  const std::vector<Quote> q1 = FindQuotes(marks, e1);
  const EntityResult e2 = FindEntities(run);
  const std::vector<Quote> q2 = FindQuotes(run, e2);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // About a second for both in an optimised build; the bound is loose for sanitisers and
  // loaded machines but still far below any quadratic behaviour.
  EXPECT_LT(seconds, 60.0);
  for (const Quote& q : q1) EXPECT_LE(q.end, marks.size());
  EXPECT_LE(q2.size(), 1u);
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// A figure in quote marks after "indicates" is a number, and an accusation reports a
// charge, not words.
TEST(QuotesTest, FiguresAndAccusationsAreNotQuotes) {
  EXPECT_TRUE(Quotes("The Pentagon indicates “more than 100,000” troops are at the border.")
                  .empty());
  EXPECT_TRUE(Quotes("Washington accuses Moscow of massing troops near the border.").empty());
  EXPECT_TRUE(Quotes("Washington accused Moscow of preparing an invasion of Ukraine.").empty());
  // A spoken sentence next to "said" is still a quote.
  const auto q = Quotes("“We counted 100,000 troops,” Kirby said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Kirby");
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// "..., adding that ...": the participle's clause is reported speech of the main clause's
// subject, also after a direct quote in the same sentence.
TEST(QuotesTest, AddingThatReportsSpeech) {
  const auto q = Quotes(
      "“It’s about assurances to our allies,” Kirby said, adding that no troops are intended "
      "for deployment in Ukraine itself.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].direct);
  EXPECT_EQ(q[0].text, "It’s about assurances to our allies");
  EXPECT_EQ(q[0].speaker, "Kirby");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_FALSE(q[1].direct);
  EXPECT_EQ(q[1].text, "no troops are intended for deployment in Ukraine itself");
  EXPECT_EQ(q[1].speaker, "Kirby");
  EXPECT_EQ(q[1].cue, "adding");

  const auto r = Quotes("Kirby spoke to reporters, adding that no troops would be sent.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].direct);
  EXPECT_EQ(r[0].text, "no troops would be sent");
  EXPECT_EQ(r[0].speaker, "Kirby");
  EXPECT_EQ(r[0].cue, "adding");

  const auto both = Quotes("Kirby said the troops were ready, adding that none would fight.");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].text, "the troops were ready");
  EXPECT_EQ(both[0].cue, "said");
  EXPECT_EQ(both[1].text, "none would fight");
  EXPECT_EQ(both[1].cue, "adding");
  EXPECT_EQ(both[1].speaker, "Kirby");

  // A partial quote in the clause makes it a direct quote only, as the gold set has it.
  const auto p = Quotes(
      "“We will answer,” Kirby said, adding that Russia would “carefully study” the reply.");
  for (const auto& x : p) EXPECT_TRUE(x.direct) << x.text;
}

// A verb that also takes a plain object ("pledged aid") reports speech only with a
// clause after it.
TEST(QuotesTest, CommitmentVerbsNeedAClause) {
  EXPECT_TRUE(Quotes("The EU pledged 1.2 billion euros in aid.").empty());
  EXPECT_TRUE(Quotes("Germany announced the new sanctions against Moscow on Monday.").empty());
  EXPECT_TRUE(Quotes("Kirby confirmed the deployment of 3,000 soldiers to Poland.").empty());

  const auto to = Quotes("The EU pledged to send more aid to Ukraine.");
  ASSERT_EQ(to.size(), 1u);
  EXPECT_FALSE(to[0].direct);
  EXPECT_EQ(to[0].cue, "pledged");
  const auto that = Quotes("The EU pledged that it would send more aid to Ukraine.");
  ASSERT_EQ(that.size(), 1u);
  EXPECT_EQ(that[0].text, "it would send more aid to Ukraine");
  const auto clause = Quotes("Kirby confirmed the troops had arrived in Poland.");
  ASSERT_EQ(clause.size(), 1u);
  EXPECT_EQ(clause[0].text, "the troops had arrived in Poland");
  EXPECT_EQ(clause[0].speaker, "Kirby");
  const auto pronoun = Quotes("Moscow has denied it plans to invade its neighbour.");
  ASSERT_EQ(pronoun.size(), 1u);
  EXPECT_EQ(pronoun[0].text, "it plans to invade its neighbour");
}

// A quote that opens after another sentence of its paragraph and runs on into the next
// paragraph takes its own attribution ("..., he said"), not a verb of the sentence before.
TEST(QuotesTest, ParagraphContinuationTakesItsOwnCue) {
  const auto q = Quotes(
      "John Kirby spoke to reporters on Monday. \"We are watching this very closely. The "
      "situation is serious.\n\n"
      "\"And we will respond if needed,\" he said.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "We are watching this very closely. The situation is serious.");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].speaker, "John Kirby");
  EXPECT_EQ(q[1].text, "And we will respond if needed");
  EXPECT_EQ(q[1].cue, "said");
  EXPECT_EQ(q[1].speaker, "John Kirby");
}

// Straight single marks quote where they clearly open and close, and stay apostrophes
// elsewhere.
TEST(QuotesTest, StraightSingleQuoteMarks) {
  const auto colon = Quotes("The ministry said: 'Nothing has changed.'");
  ASSERT_EQ(colon.size(), 1u);
  EXPECT_TRUE(colon[0].direct);
  EXPECT_EQ(colon[0].text, "Nothing has changed.");
  EXPECT_EQ(colon[0].cue, "said");

  // (A short quote needs a speaker the text names, as with curly marks.)
  const auto after = Quotes("Pentagon spokesman John Kirby spoke on Monday. 'We will act,' he "
                            "added.");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_TRUE(after[0].direct);
  EXPECT_EQ(after[0].text, "We will act");
  EXPECT_EQ(after[0].cue, "added");
  EXPECT_EQ(after[0].speaker, "John Kirby");

  const auto apostrophes = Quotes(
      "Russia's army don't fight like in the '90s, and the Smiths' house still stands, "
      "Kirby said.\n\nThe '90s were different, the Smiths' neighbours' dog said nothing.\n\n"
      "Kirby said rock 'n' roll and the Smiths' songs were too loud.");
  for (const auto& x : apostrophes) EXPECT_FALSE(x.direct) << x.text;
}

}  // namespace
}  // namespace sitrep::extract
