// Storyline kinds: the sorts of crisis the generated world is made of (a border
// stand-off, a disputed election, floods, a strike, an epidemic, ...). Each kind brings
// its own parties, officials, developments, quantities and wording, so storylines of
// different kinds read differently and a clustering stage has real signal to find.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "bench/gen/template.h"

namespace sitrep::gen {

// What side a speaker takes; selects which statements fit in their mouth.
enum class Stance : uint8_t {
  kActor,      // the party that acts (and defends its action)
  kTarget,     // the party acted upon, aggrieved or alarmed
  kMediator,   // outsiders urging calm, diplomats, international bodies
  kAuthority,  // officials running a response (rescue, health, courts)
  kCritic,     // opposition, unions, rights groups
  kExpert,     // analysts and academics
  kWitness,    // residents, workers, voters on the ground
};
inline constexpr size_t kStanceCount = 7;

enum class Unit : uint8_t {
  kCount,      // people, troops, homes: what is counted is in `counted`
  kMoney,      // in the storyline's currency, or euros/dollars
  kDistance,   // kilometres
  kPercent,
  kArea,       // hectares
  kVolume,     // cubic metres
  kYears,      // a prison term, a contract length
  kMagnitude,  // an earthquake's magnitude
  kRainfall,   // millimetres
  kTonnes,
};

const char* UnitCode(Unit unit);  // ground-truth unit: null for counts, "km", "EUR", ...

// A quantity a story can report.
struct FigureSpec {
  std::string counted;             // canonical description: "troops near the border"
  std::vector<std::string> nouns;  // wordings after the number: "troops", "soldiers"
  Unit unit = Unit::kCount;
  double lo = 0;                   // value range; values are rounded to read naturally
  double hi = 0;
  std::vector<std::string> qualifiers;  // allowed qualifier ids; "" means exact
  int owner = -1;                  // party the quantity belongs to; -1 for none
  std::string currency;            // kMoney only: "local", "EUR", "USD"

  bool empty() const { return counted.empty(); }
};

enum class PartyType : uint8_t {
  kCountryA,        // first country of a pair, or the home country
  kCountryB,        // second country of a pair, or a neighbour of the home country
  kOutsideCountry,  // a power from elsewhere
  kOrganization,    // an international organisation; arg = its role ("security")
  kBody,            // a named national body or group; arg = name choices (see below)
  kPerson,          // a single notable person; arg = "title|role|short role"
};

// arg for kBody: ';'-separated choices of "name|abbreviation|nominal", where name may
// use {adj} (home country adjective), {country}, {stem} (invented company stem) and
// {city}; abbreviation "*" means initials of the capitalised words.
struct PartySpec {
  PartyType type;
  std::string arg;
};

// An official role in a storyline: one fictional person per role.
struct RoleSpec {
  std::string title;       // before a name: "Defense Minister"; '*' = spokesman/-woman
  std::string role;        // after a name or with "the": "defense minister"
  std::string short_role;  // later mentions: "the minister"
  int party;               // whose official
  Stance stance;
  bool prefixed;           // the title takes the party's adjective or abbreviation
};

// A kind of development: "moves troops closer to the border".
struct ActionSpec {
  std::string verb;    // "moves|moved|moved|moving|move": pres|past|pp|ing|base
  std::string object;  // template after the verb
  std::string noun;    // template naming the development: "the deployment"
  int subject;         // acting party
  FigureSpec figure;   // the quantity this development comes with, if any
  std::vector<Template> object_t = {};  // compiled by AllKinds()
  std::vector<Template> noun_t = {};
};

// A quantity reported across the storyline's articles: the material of claim groups.
struct ClaimSpec {
  FigureSpec figure;
  double agree = 1;     // weights of the planted status
  double conflict = 0;
  double changed = 0;
  std::vector<std::string> sentences;  // sentence templates using {claim} and friends
  int source_a = -1;    // for conflicts: parties whose officials give each value
  int source_b = -1;
  std::vector<Template> sentences_t = {};
};

struct KindSpec {
  std::string id;       // "border_crisis"
  std::string label;    // "military stand-off"
  std::array<PartySpec, 4> parties;
  // Country line-ups: {A, B, organisation, outside power}; for domestic kinds B may be
  // a neighbour and the organisation/outside power may be empty (drawn by role).
  std::vector<std::vector<std::string>> setups;
  // What one storyline of the kind is about, filling {topic}: "cholera", "rail".
  // Optional; names and roles may use it too.
  std::vector<std::string> topics;
  std::vector<std::string> titles;   // storyline titles
  std::vector<std::string> crisis;   // noun phrases: "the stand-off"
  std::vector<RoleSpec> roles;
  std::vector<ActionSpec> actions;
  std::vector<ClaimSpec> claims;
  std::vector<std::string> leads;       // kind-specific lead sentences
  std::vector<std::string> context;     // sentences of background colour
  std::vector<std::string> background;  // sentences on how it started / why it matters
  std::vector<std::string> reactions;   // sentences reporting outside reactions
  std::vector<std::string> headlines;
  std::vector<std::string> subheads;
  std::vector<std::string> tails;       // clauses ending a lead: "raising fears of war"
  std::array<std::vector<std::string>, kStanceCount> quotes;  // statements by stance
  std::vector<std::string> fragments;   // short quoted phrases: "a clear provocation"
  std::vector<std::string> reported;    // reported-speech clauses
  std::vector<std::string> jobs;        // witnesses' occupations

  // Compiled forms, filled by AllKinds(). A fragment may start with '+' (said by the
  // side that acted) or '-' (by the other sides), stripped into fragments_side: +1, -1,
  // or 0 for anyone. A reported clause may start with "@" and the stances that would
  // say it (a actor, t target, m mediator, u authority, c critic, e expert, w witness)
  // and a space, stripped into reported_stances: a bit per Stance, 0 for anyone.
  std::vector<int8_t> fragments_side;
  std::vector<uint8_t> reported_stances;
  std::vector<Template> titles_t, leads_t, context_t, background_t, reactions_t,
      headlines_t, tails_t, fragments_t, reported_t;
  std::array<std::vector<Template>, kStanceCount> quotes_t;
};

// All kinds, compiled, in a fixed order. At least ten.
const std::vector<KindSpec>& AllKinds();

// Definitions live in one file per family of kinds.
KindSpec BorderCrisisKind();
KindSpec ProtestKind();
KindSpec CyberattackKind();
KindSpec FloodKind();
KindSpec WildfireKind();
KindSpec EarthquakeKind();
KindSpec EpidemicKind();
KindSpec ElectionKind();
KindSpec CourtCaseKind();
KindSpec MigrationKind();
KindSpec StrikeKind();
KindSpec TradeDisputeKind();
KindSpec EnergyDisputeKind();

// Helpers for the kind tables. `nouns` and `qualifiers` are '|'-separated.
FigureSpec MakeFigure(const char* counted, const char* nouns, Unit unit, double lo, double hi,
                      const char* qualifiers, int owner, const char* currency = "");
constexpr size_t StanceIndex(Stance stance) { return static_cast<size_t>(stance); }

// Sentence patterns: every whole-sentence template gets a distinct id, so tests can
// count how many sentence shapes a corpus uses.
int NextPatternId();
int PatternCount();

}  // namespace sitrep::gen
