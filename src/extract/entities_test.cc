#include "sitrep/entities.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::extract {
namespace {

// The entity whose name is `name`, or nullptr.
const Entity* ByName(const EntityResult& r, std::string_view name) {
  for (const Entity& e : r.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

std::vector<std::string> MentionTexts(const EntityResult& r, const Entity& e,
                                      std::string_view text) {
  std::vector<std::string> out;
  for (int m : e.mentions) {
    const Mention& mention = r.mentions[static_cast<size_t>(m)];
    out.emplace_back(text.substr(mention.begin, mention.end - mention.begin));
  }
  return out;
}

// The type of the entity with each display name, "none" when there is none.
std::vector<std::string> TypesOf(const EntityResult& r, std::vector<const char*> names) {
  std::vector<std::string> out;
  for (const char* name : names) {
    const Entity* e = ByName(r, name);
    out.push_back(e == nullptr ? std::string("none") : e->type);
  }
  return out;
}

TEST(EntitiesTest, SurnamesAndTitlesJoinThePerson) {
  const std::string text =
      "Pentagon spokesman John Kirby said on Monday that troops were ready. "
      "Kirby added that no decision had been taken.\n\n"
      "Pentagon press secretary John Kirby later said the units were not named.";
  const EntityResult r = FindEntities(text);
  const Entity* kirby = ByName(r, "John Kirby");
  ASSERT_NE(kirby, nullptr);
  EXPECT_EQ(kirby->type, "PER");
  EXPECT_EQ(kirby->key, "john kirby");
  EXPECT_EQ(MentionTexts(r, *kirby, text),
            (std::vector<std::string>{"John Kirby", "Kirby", "John Kirby"}));
  EXPECT_EQ(kirby->roles,
            (std::vector<std::string>{"Pentagon spokesman", "Pentagon press secretary"}));
  EXPECT_EQ(kirby->gender, Gender::kMale);
  const Entity* pentagon = ByName(r, "Pentagon");
  ASSERT_NE(pentagon, nullptr);
  EXPECT_EQ(pentagon->type, "ORG");
}

TEST(EntitiesTest, ToJoinsANameAfterAnOrganisationsHeadWord) {
  const std::string text =
      "The Committee to Protect Journalists said two reporters were held. A spokesman "
      "for the Committee to Protect Journalists, Maria Lopez, said they were unharmed. "
      "The committee to which she spoke met Senator Ellen Marsh.";
  const EntityResult r = FindEntities(text);
  const Entity* cpj = ByName(r, "Committee to Protect Journalists");
  ASSERT_NE(cpj, nullptr);
  EXPECT_EQ(cpj->type, "ORG");
  EXPECT_EQ(MentionTexts(r, *cpj, text).size(), 2u);
  EXPECT_EQ(ByName(r, "Protect Journalists"), nullptr);
  EXPECT_EQ(TypesOf(r, {"Maria Lopez", "Ellen Marsh"}), (std::vector<std::string>{"PER", "PER"}));
}

TEST(EntitiesTest, TitlesOfCouncillorsCourtsAndHonoursStayOutOfNames) {
  const std::string text =
      "Cllr Gwenllian ap Rhys said the bridge would reopen. Prosecutor Mame Mandiaye Niang "
      "asked for a delay, and Datuk Seri Azlan bin Hashim left early.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Gwenllian ap Rhys", "Mame Mandiaye Niang", "Azlan bin Hashim"}),
            (std::vector<std::string>{"PER", "PER", "PER"}));
}

TEST(EntitiesTest, JuniorKeepsItsPeriod) {
  const std::string text = "President Ferdinand Marcos Jr. ordered the evacuation on Monday.";
  const EntityResult r = FindEntities(text);
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_EQ(text.substr(r.mentions[0].begin, r.mentions[0].end - r.mentions[0].begin),
            "Ferdinand Marcos Jr.");
}

TEST(EntitiesTest, AgencyInADatelineIsAnOrganisation) {
  const std::string text =
      "TOKYO (Kyodo) - The lower house passed the budget on Tuesday.\n\n"
      "FRANKFURT, Oct 14 (Bernama) - Shares in Tokyo rose.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Kyodo", "Bernama"}), (std::vector<std::string>{"ORG", "ORG"}));
}

TEST(EntitiesTest, AnEditorsBracketsCompleteAPersonsName) {
  // Nothing else in the text says Putin is a person; the bracketed title and first name
  // inside the quotation do, for every later mention too.
  const std::string text =
      "“We send a strong signal to (President Vladimir) Putin,” Kirby said. Putin "
      "mentioned that talks would go on.";
  const EntityResult r = FindEntities(text);
  // The bracketed first name is part of the same person, not someone called Vladimir.
  const Entity* putin = ByName(r, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->type, "PER");
  EXPECT_EQ(putin->key, "vladimir putin");
  EXPECT_EQ(MentionTexts(r, *putin, text),
            (std::vector<std::string>{"Vladimir", "Putin", "Putin"}));
  EXPECT_EQ(putin->roles, (std::vector<std::string>{"President"}));
  EXPECT_EQ(ByName(r, "Vladimir"), nullptr);
}

TEST(EntitiesTest, PlacePrefixesOfOtherLanguagesMakePlaces) {
  const std::string text =
      "The ferry left Kota Kinabalu on Monday, and shells fell on Velyka Pysarivka.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Kota Kinabalu", "Velyka Pysarivka"}),
            (std::vector<std::string>{"LOC", "LOC"}));
}

TEST(EntitiesTest, ToJoinsNothingInAHeadline) {
  // Every word of a headline has its capital, so its words make no names: "to" after a
  // head word there is the verb's.
  const std::string text =
      "City Council to Vote on New Budget\n\n"
      "The vote is set for Tuesday, officials in Leeds said.";
  const EntityResult r = FindEntities(text);
  for (const Entity& e : r.entities) {
    EXPECT_EQ(e.name.find(" to "), std::string::npos) << e.name;
  }
}

TEST(EntitiesTest, SurnameThatEndsPlaceNamesStillNamesAPerson) {
  const std::string text =
      "Senator Ellen Marsh said the vote was close. Lucy Hill was not there.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Ellen Marsh", "Lucy Hill"}), (std::vector<std::string>{"PER", "PER"}));
}

// Shapes of news prose that type names nobody has listed: a middle initial, a role and a
// comma before a name, an apposition with "its", an organisation's head word.
TEST(EntitiesTest, InitialsAppositionsAndHeadWordsTypeUnknownNames) {
  const std::string text =
      "The fund is run by Adaeze N. Okwuosa. Her coach, Jelle Coppens, flew in. "
      "Mamadou Dian Balde, its regional director, said camps were full. "
      "The Tarnow Food Programme said stocks were low. Gorsedd Athletic lost again.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Adaeze N. Okwuosa", "Jelle Coppens", "Mamadou Dian Balde",
                        "Tarnow Food Programme", "Gorsedd Athletic"}),
            (std::vector<std::string>{"PER", "PER", "PER", "ORG", "ORG"}));
}

// A one-word name that opens an organisation's name in the same article is that
// organisation; an ordinal before a unit's name is part of it.
TEST(EntitiesTest, ShortFormsAndOrdinalsOfOrganisations) {
  const std::string text =
      "Brenvale Pharma agreed to buy a rival on Monday. Shares in Brenvale rose 4 percent. "
      "A spokesman for the 114th Territorial Defence Brigade said the unit had withdrawn.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Brenvale Pharma", "114th Territorial Defence Brigade"}),
            (std::vector<std::string>{"ORG", "ORG"}));
  bool short_form_is_org = false;
  for (const Mention& m : r.mentions) {
    if (text.substr(m.begin, m.end - m.begin) == "Brenvale") {
      short_form_is_org = r.entities[static_cast<size_t>(m.entity)].type == "ORG";
    }
  }
  EXPECT_TRUE(short_form_is_org);
}

// Names joined by "&" are firms; "Food and Drug Administration" is one name; parties
// named like groups of people are organisations, not nationalities.
TEST(EntitiesTest, AmpersandsAndJoinedHeadsNameOrganisations) {
  const std::string text =
      "Analysts at Brindle & Pask cut their forecast. The Food and Drug Administration "
      "approved the device. The Liberal Democrats won the seat.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Brindle & Pask", "Food and Drug Administration", "Liberal Democrats"}),
            (std::vector<std::string>{"ORG", "ORG", "ORG"}));
}

// People work at organisations, sources are cited "according to", and a hyphenated
// apposition still types its name.
TEST(EntitiesTest, WorkplacesSourcesAndLongAppositionsNameOrganisations) {
  const std::string text =
      "Hugo Lennart, an analyst at Peel Hunt, called the price full. Inflation was 2.1 "
      "percent, according to Eurostat. Lumen Circuitry, a four-year-old startup, raised "
      "money.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Peel Hunt", "Eurostat", "Lumen Circuitry"}),
            (std::vector<std::string>{"ORG", "ORG", "ORG"}));
}

// Laws and agreements are works, not organisations.
TEST(EntitiesTest, LawsAndAgreementsAreMisc) {
  const std::string text =
      "Brussels opened a case under the Foreign Subsidies Regulation. Both sides signed "
      "the Tallinn Grain Agreement in March.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(TypesOf(r, {"Foreign Subsidies Regulation", "Tallinn Grain Agreement"}),
            (std::vector<std::string>{"MISC", "MISC"}));
}

// WordNet's names (when wordnet-base is installed) type a whole name but never cut a
// longer one, and a place that is the surname of a person the article names is that
// person.
TEST(EntitiesTest, BroadListNamesOnlyWholeRuns) {
  const std::string text =
      "Troops moved along the Potomac overnight. The Army of the Potomac had camped there. "
      "Defense Secretary Lloyd Austin visited the base. Austin said the plan held.";
  const EntityResult r = FindEntities(text);
  const Entity* austin = ByName(r, "Lloyd Austin");
  ASSERT_NE(austin, nullptr);
  EXPECT_EQ(austin->type, "PER");
  EXPECT_EQ(MentionTexts(r, *austin, text),
            (std::vector<std::string>{"Lloyd Austin", "Austin"}));
  const Entity* army = ByName(r, "Army of the Potomac");
  ASSERT_NE(army, nullptr);
  EXPECT_NE(army->type, "LOC");
  const Entity* river = ByName(r, "Potomac");
  ASSERT_NE(river, nullptr);
  EXPECT_EQ(river->type, "LOC");
}

TEST(EntitiesTest, FirstNameThatIsAlsoAPlaceStillNamesAPerson) {
  // "Mary" is a province of Turkmenistan and "Nelson" a region of New Zealand.
  const std::string text =
      "Australian Digital Minister Mary Nelson estimated the damage. Health chief Mary Nelson "
      "said the hospital was closed.";
  const EntityResult r = FindEntities(text);
  const Entity* nelson = ByName(r, "Mary Nelson");
  ASSERT_NE(nelson, nullptr);
  EXPECT_EQ(nelson->type, "PER");
  EXPECT_EQ(ByName(r, "Mary"), nullptr);
  EXPECT_EQ(ByName(r, "Nelson"), nullptr);
}

TEST(EntitiesTest, RoleMentionJoinsTheOnePersonWithThatRole) {
  const std::string text =
      "Russian President Vladimir Putin met Emmanuel Macron in Moscow. Putin said little. "
      "Macron later said the Russian President had given pledges.";
  const EntityResult r = FindEntities(text);
  const Entity* putin = ByName(r, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(MentionTexts(r, *putin, text),
            (std::vector<std::string>{"Vladimir Putin", "Putin", "the Russian President"}));
  EXPECT_EQ(putin->roles, (std::vector<std::string>{"Russian President"}));
  const Entity* russian = ByName(r, "Russian");
  ASSERT_NE(russian, nullptr);
  EXPECT_EQ(russian->type, "NORP");
  EXPECT_EQ(ByName(r, "Moscow")->type, "LOC");
}

TEST(EntitiesTest, AmbiguousRoleStaysUnresolved) {
  const std::string text =
      "French President Emmanuel Macron called US President Joe Biden. "
      "The president said talks would go on.";
  const EntityResult r = FindEntities(text);
  for (const Mention& m : r.mentions) EXPECT_NE(m.kind, MentionKind::kRole);
}

TEST(EntitiesTest, PlaceVariantsShareAKey) {
  const std::string text = "Troops left Kiev on Monday. Officials in Kyiv said the U.S. "
                           "embassy in Kiev would stay open, the United States said.";
  const EntityResult r = FindEntities(text);
  const Entity* kyiv = ByName(r, "Kyiv");
  ASSERT_NE(kyiv, nullptr);
  EXPECT_EQ(kyiv->key, "kyiv");
  EXPECT_EQ(kyiv->mentions.size(), 3u);
  const Entity* us = ByName(r, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->mentions.size(), 2u);
  EXPECT_EQ(EntityKey("Kiev", "LOC"), "kyiv");
  EXPECT_EQ(EntityKey("U.S.", "LOC"), "united states");
  EXPECT_EQ(EntityKey("The Associated Press", "ORG"), "associated press");
  EXPECT_EQ(EntityKey("Jens Stoltenberg", "PER"), "jens stoltenberg");
}

TEST(EntitiesTest, AllianceAfterNato) {
  const std::string text = "The alliance met. NATO said it would reinforce the alliance's "
                           "eastern flank; the US-led military alliance has 30 members.";
  const EntityResult r = FindEntities(text);
  const Entity* nato = ByName(r, "NATO");
  ASSERT_NE(nato, nullptr);
  // The first "alliance" comes before NATO is named and stays out.
  EXPECT_EQ(MentionTexts(r, *nato, text),
            (std::vector<std::string>{"NATO", "the alliance", "the US-led military alliance"}));
}

TEST(EntitiesTest, AcronymJoinsItsExpansion) {
  const std::string text = "The Human Rights Council met in Geneva. The HRC voted on Friday.";
  const EntityResult r = FindEntities(text);
  const Entity* hrc = ByName(r, "Human Rights Council");
  ASSERT_NE(hrc, nullptr);
  EXPECT_EQ(hrc->type, "ORG");
  EXPECT_EQ(hrc->mentions.size(), 2u);
}

TEST(EntitiesTest, SentenceInitialCapitalsNeedSupport) {
  const std::string text = "Tensions rose on Monday. Complex threats remain. "
                           "Western officials say Russia massed troops near Belarus.";
  const EntityResult r = FindEntities(text);
  EXPECT_EQ(ByName(r, "Tensions"), nullptr);
  EXPECT_EQ(ByName(r, "Complex"), nullptr);
  EXPECT_EQ(ByName(r, "Monday"), nullptr);
  EXPECT_NE(ByName(r, "Russia"), nullptr);
  EXPECT_NE(ByName(r, "Belarus"), nullptr);
}

TEST(EntitiesTest, TypesFromHeadsContextAndShape) {
  const std::string text =
      "The Ukrainian Defence Ministry said the Azov Sea was calm. Spanish newspaper El Pais "
      "published the letter, and the OSCE monitors reported shelling near Avdiivka. "
      "Ms Annalena Baerbock said Mr Olaf Scholz agreed. Baerbock flew to Kharkiv.";
  const EntityResult r = FindEntities(text);
  ASSERT_NE(ByName(r, "Ukrainian Defence Ministry"), nullptr);
  EXPECT_EQ(ByName(r, "Ukrainian Defence Ministry")->type, "ORG");
  EXPECT_EQ(ByName(r, "El País")->type, "ORG");
  EXPECT_EQ(ByName(r, "OSCE")->type, "ORG");
  ASSERT_NE(ByName(r, "Avdiivka"), nullptr);
  EXPECT_EQ(ByName(r, "Avdiivka")->type, "LOC");  // "near X"
  const Entity* baerbock = ByName(r, "Annalena Baerbock");
  ASSERT_NE(baerbock, nullptr);
  EXPECT_EQ(baerbock->gender, Gender::kFemale);
  EXPECT_EQ(baerbock->mentions.size(), 2u);
  ASSERT_NE(ByName(r, "Olaf Scholz"), nullptr);
  EXPECT_EQ(ByName(r, "Olaf Scholz")->gender, Gender::kMale);
}

TEST(EntitiesTest, MentionsAreSortedAndNamesDoNotOverlap) {
  const std::string text =
      "NATO Secretary General Jens Stoltenberg and White House Press Secretary Jen Psaki "
      "spoke in Brussels; the alliance said Stoltenberg would travel.";
  const EntityResult r = FindEntities(text);
  size_t last_end = 0;
  size_t last_begin = 0;
  for (const Mention& m : r.mentions) {
    EXPECT_GE(m.begin, last_begin);
    if (m.kind == MentionKind::kName) {
      EXPECT_GE(m.begin, last_end);
      last_end = m.end;
    }
    last_begin = m.begin;
  }
  const Entity* psaki = ByName(r, "Jen Psaki");
  ASSERT_NE(psaki, nullptr);
  EXPECT_EQ(psaki->roles, (std::vector<std::string>{"White House Press Secretary"}));
  EXPECT_EQ(ByName(r, "Jens Stoltenberg")->roles,
            (std::vector<std::string>{"NATO Secretary General"}));
}

TEST(EntitiesTest, EmptyAndHostileInput) {
  EXPECT_TRUE(FindEntities("").entities.empty());
  EXPECT_TRUE(FindEntities("\xff\xfe\xfd").entities.empty());
  std::string caps;
  while (caps.size() < 200000) caps += "Alpha Beta Gamma President Of The ";
  const EntityResult r = FindEntities(caps);
  for (const Mention& m : r.mentions) EXPECT_LE(m.end, caps.size());
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

// The type of the entity named `name`, or "" when there is none.
std::string TypeOf(const std::string& text, std::string_view name) {
  const EntityResult r = FindEntities(text);
  const Entity* e = ByName(r, name);
  return e == nullptr ? "" : e->type;
}

TEST(EntitiesTest, HeadWordsBeforeOfTypeTheName) {
  EXPECT_EQ(TypeOf("Officials at the Amateur Hockey Association of Canada met.",
                   "Amateur Hockey Association of Canada"),
            "ORG");
  EXPECT_EQ(TypeOf("He crossed the Gulf of Carpentaria by boat.", "Gulf of Carpentaria"),
            "LOC");
  // "and" joins two fields after the "of" of an organisation, not a place and another
  // name.
  EXPECT_EQ(TypeOf("He ran the Department of Health and Human Services for years.",
                   "Department of Health and Human Services"),
            "ORG");
  EXPECT_EQ(TypeOf("She left the University of Texas and Harvard.", "University of Texas"),
            "ORG");
  // After a name complete in itself, "of" and a place say where it is.
  const std::string text = "He lives in Chittoor District of Andhra Pradesh now.";
  EXPECT_EQ(TypeOf(text, "Chittoor District"), "LOC");
  EXPECT_EQ(TypeOf(text, "Andhra Pradesh"), "LOC");
}

TEST(EntitiesTest, PlaceContextsAndCompassPoints) {
  EXPECT_EQ(TypeOf("Troops reached the town of Bakhmutka overnight.", "Bakhmutka"), "LOC");
  EXPECT_EQ(TypeOf("Shelling was reported north of Vuhledar on Monday.", "Vuhledar"), "LOC");
  EXPECT_EQ(TypeOf("She grew up in rural Paxton, Illinois, with her family.", "Paxton"),
            "LOC");
  EXPECT_EQ(TypeOf("Elections in West Germany were held in 1983.", "West Germany"), "LOC");
}

TEST(EntitiesTest, NamesOpeningWithAPlaceAreOrganisations) {
  EXPECT_EQ(TypeOf("He signed for the Boston Bruins last year.", "Boston Bruins"), "ORG");
  EXPECT_EQ(TypeOf("He told the Kyiv Independent on Monday.", "Kyiv Independent"), "ORG");
}

TEST(EntitiesTest, FirstNamesInitialsAndHumanVerbs) {
  EXPECT_EQ(TypeOf("Later that night, Hayley called the police.", "Hayley"), "PER");
  EXPECT_EQ(TypeOf("The theory was expounded by C. H. Douglas in 1924.", "C. H. Douglas"),
            "PER");
  EXPECT_EQ(TypeOf("In 1950, Lichtensteiger retired from the team.", "Lichtensteiger"), "PER");
  EXPECT_EQ(TypeOf("The court heard from Zelinsky, who denied the charge.", "Zelinsky"),
            "PER");
}

TEST(EntitiesTest, FirstNamesAloneJoinThePersonNamedInFull) {
  const std::string text =
      "Carter Beauford grew up in Virginia. At the show, Carter watched the drummer.";
  const EntityResult r = FindEntities(text);
  const Entity* carter = ByName(r, "Carter Beauford");
  ASSERT_NE(carter, nullptr);
  EXPECT_EQ(carter->type, "PER");
  EXPECT_EQ(MentionTexts(r, *carter, text),
            (std::vector<std::string>{"Carter Beauford", "Carter"}));
}

// A lone surname joins the nearest person named in full before it, else the first one
// named after it; a surname wins over a first name that is the same word.
TEST(EntitiesTest, SurnamesJoinTheNearestPersonNamedInFull) {
  const std::string text =
      "Officials said Kirby would speak first. On Monday John Kirby said the talks went "
      "well. Later Mary Kirby disagreed, and Kirby left. Reporters asked Wells Ford about "
      "it, and Wells told them the meeting with Simon Wells had ended.";
  const EntityResult r = FindEntities(text);
  const Entity* john = ByName(r, "John Kirby");
  const Entity* mary = ByName(r, "Mary Kirby");
  const Entity* simon = ByName(r, "Simon Wells");
  ASSERT_NE(john, nullptr);
  ASSERT_NE(mary, nullptr);
  ASSERT_NE(simon, nullptr);
  EXPECT_EQ(MentionTexts(r, *john, text),
            (std::vector<std::string>{"Kirby", "John Kirby"}));
  EXPECT_EQ(MentionTexts(r, *mary, text),
            (std::vector<std::string>{"Mary Kirby", "Kirby"}));
  EXPECT_EQ(MentionTexts(r, *simon, text),
            (std::vector<std::string>{"Wells", "Simon Wells"}));
}

TEST(EntitiesTest, ListMembersShareTheirType) {
  // "Orgy" says nothing by itself; the bands around it are organisations.
  const std::string text =
      "His credits include Orgy, Velvet Revolver Records and the Linkin Band.";
  EXPECT_EQ(TypeOf(text, "Orgy"), "ORG");
}

TEST(EntitiesTest, QuotedNamesAreTitlesOfWorks) {
  EXPECT_EQ(TypeOf("Blinken said on “Good Morning Britain” that talks would go on.",
                   "Good Morning Britain"),
            "MISC");
}

TEST(EntitiesTest, CapitalisedArticlesOpenTitles) {
  const std::string text = "Their second album, A Beautiful Lie, was released in 2005.";
  EXPECT_EQ(TypeOf(text, "A Beautiful Lie"), "MISC");
  // Common capitalised abbreviations name nothing.
  EXPECT_EQ(TypeOf("The band released a CD in 2001.", "CD"), "");
}

}  // namespace
}  // namespace sitrep::extract
