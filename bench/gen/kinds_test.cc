// Checks the tables the world is made of: every name a kind refers to exists, every
// speaker has something to say, every template compiles and expands.
#include "bench/gen/kinds.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "bench/gen/figures.h"
#include "bench/gen/lexicon.h"
#include "bench/gen/patterns.h"
#include "bench/gen/sources.h"

namespace sitrep::gen {
namespace {

TEST(KindsTest, AtLeastTenDistinctKinds) {
  std::set<std::string> ids;
  for (const KindSpec& k : AllKinds()) ids.insert(k.id);
  EXPECT_GE(ids.size(), 10u);
  EXPECT_EQ(ids.size(), AllKinds().size());
}

TEST(KindsTest, SetupsNameKnownCountriesAndOrganisations) {
  std::set<std::string> orgs;
  for (const Organization& o : Organizations()) orgs.insert(o.name);
  for (const KindSpec& k : AllKinds()) {
    ASSERT_FALSE(k.setups.empty()) << k.id;
    for (const auto& setup : k.setups) {
      ASSERT_EQ(setup.size(), 4u) << k.id;
      EXPECT_NO_THROW(CountryByName(setup[0])) << k.id << ": " << setup[0];
      if (!setup[1].empty()) {
        EXPECT_NO_THROW(CountryByName(setup[1])) << setup[1];
      }
      if (!setup[3].empty()) {
        EXPECT_NO_THROW(CountryByName(setup[3])) << setup[3];
      }
      if (!setup[2].empty()) {
        EXPECT_TRUE(orgs.count(setup[2])) << k.id << ": " << setup[2];
      }
    }
    for (const PartySpec& p : k.parties) {
      if (p.type == PartyType::kOrganization) {
        EXPECT_FALSE(OrganizationsWithRole(p.arg).empty()) << k.id << ": " << p.arg;
      }
    }
  }
}

TEST(KindsTest, EverySpeakerHasStatements) {
  for (const KindSpec& k : AllKinds()) {
    std::set<Stance> stances = {Stance::kWitness};
    for (const RoleSpec& r : k.roles) stances.insert(r.stance);
    for (Stance s : stances) {
      EXPECT_FALSE(k.quotes_t[StanceIndex(s)].empty() &&
                   Patterns().statements[StanceIndex(s)].empty())
          << k.id << " stance " << StanceIndex(s);
      EXPECT_FALSE(k.quotes[StanceIndex(s)].empty()) << k.id << " stance " << StanceIndex(s);
    }
    EXPECT_FALSE(k.jobs.empty()) << k.id;
  }
}

TEST(KindsTest, StatementsAreWholeSentences) {
  auto check = [](const std::string& text, const std::string& where) {
    ASSERT_FALSE(text.empty()) << where;
    EXPECT_EQ(text.back(), '.') << where << ": " << text;
    EXPECT_TRUE((text[0] >= 'A' && text[0] <= 'Z') || text[0] == '{') << where << ": " << text;
  };
  for (const KindSpec& k : AllKinds()) {
    for (const auto& bank : k.quotes) {
      for (const std::string& q : bank) check(q, k.id);
    }
  }
  for (const auto& bank : Patterns().statements) {
    for (const Template& t : bank) check(t.source(), "generic");
  }
}

TEST(KindsTest, ActionsAndClaimsAreWellFormed) {
  for (const KindSpec& k : AllKinds()) {
    ASSERT_GE(k.actions.size(), 4u) << k.id;
    EXPECT_GE(k.claims.size(), 2u) << k.id;
    for (const ActionSpec& a : k.actions) {
      size_t bars = 0;
      for (char c : a.verb) bars += c == '|';
      EXPECT_EQ(bars, 4u) << k.id << ": " << a.verb;
      EXPECT_GE(a.subject, 0);
      EXPECT_LT(a.subject, 4);
      if (!a.figure.empty()) {
        EXPECT_TRUE(a.object.find("{fig}") != std::string::npos) << a.object;
        EXPECT_LT(a.figure.lo, a.figure.hi) << a.figure.counted;
        for (const std::string& q : a.figure.qualifiers) EXPECT_NO_THROW(CanonicalQualifier(q));
      }
    }
    for (const ClaimSpec& c : k.claims) {
      EXPECT_FALSE(c.sentences.empty()) << c.figure.counted;
      for (const std::string& q : c.figure.qualifiers) EXPECT_NO_THROW(CanonicalQualifier(q));
      for (const std::string& s : c.sentences) {
        EXPECT_NE(s.find("{claim}"), std::string::npos) << s;
      }
      if (c.conflict > 0) {
        EXPECT_GE(c.source_a, 0) << c.figure.counted;
        EXPECT_GE(c.source_b, 0) << c.figure.counted;
        EXPECT_NE(c.source_a, c.source_b) << c.figure.counted;
      }
    }
  }
}

TEST(KindsTest, FragmentsAndReportedSpeechHaveBothSides) {
  for (const KindSpec& k : AllKinds()) {
    bool acting = false;
    bool others = false;
    for (int8_t side : k.fragments_side) {
      acting = acting || side >= 0;
      others = others || side <= 0;
    }
    EXPECT_TRUE(acting && others) << k.id;
    ASSERT_EQ(k.reported_stances.size(), k.reported_t.size());
    // Every reported clause is said by some stance the kind's speakers have.
    uint8_t speakers = 1u << StanceIndex(Stance::kWitness);
    for (const RoleSpec& r : k.roles)
      speakers = static_cast<uint8_t>(speakers | 1u << StanceIndex(r.stance));
    for (size_t i = 0; i < k.reported_t.size(); ++i) {
      const uint8_t mask = k.reported_stances[i];
      EXPECT_TRUE(mask == 0 || (mask & speakers) != 0) << k.id << ": " << k.reported_t[i].source();
    }
  }
}

TEST(KindsTest, EnoughSentencePatterns) {
  // Kind-specific sentences plus the generic banks: the corpus needs at least 80 shapes.
  AllKinds();
  Patterns();
  EXPECT_GE(PatternCount(), 150);
}

TEST(SourcesTest, ThirtyOutletsWithTheirOwnBoilerplate) {
  const std::vector<Source>& sources = Sources();
  EXPECT_GE(sources.size(), 30u);
  std::set<std::string> names;
  int dated = 0;
  int copying = 0;
  int footers = 0;
  for (const Source& s : sources) {
    names.insert(s.name);
    footers += !s.boilerplate.empty();
    dated += s.CanShowDate();
    copying += s.copies > 0;
  }
  EXPECT_EQ(names.size(), sources.size());
  EXPECT_GE(footers, 28);
  EXPECT_GE(dated, 10);
  EXPECT_GE(copying, 8);
}

TEST(LexiconTest, PoolsAndPlaces) {
  for (const Country& c : Countries()) {
    EXPECT_NO_THROW(NamePoolById(c.names)) << c.name.canonical();
    EXPECT_FALSE(c.cities.empty()) << c.name.canonical();
  }
  // The spelling variants the seeds show.
  const Country& ukraine = CountryByName("Ukraine");
  EXPECT_EQ(ukraine.capital.spellings, (std::vector<std::string>{"Kyiv", "Kiev"}));
  EXPECT_EQ(FeminineSurname("Orlov"), "Orlova");
  EXPECT_EQ(FeminineSurname("Kovalenko"), "Kovalenko");
  EXPECT_EQ(Possessive("the Netherlands"), "the Netherlands'");
}

}  // namespace
}  // namespace sitrep::gen
