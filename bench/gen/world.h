// The generated world: storylines with their parties, officials, places and
// developments, and the claim groups (quantities reported across articles) whose
// planted status (agree, conflict, changed) later stages are tested against.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/gen/dates.h"
#include "bench/gen/kinds.h"
#include "bench/gen/lexicon.h"

namespace sitrep::gen {

class Rng;

// A country, an organisation (or national body, party, company) or a person.
struct Entity {
  enum class Type : uint8_t { kCountry, kOrganization, kPerson };
  Type type = Type::kPerson;
  std::string canonical;               // the ground-truth name
  std::vector<std::string> spellings;  // countries: name variants; others: {canonical}
  bool article = false;                // organisations: the full name takes "the"
  std::string abbreviation;            // "NATO", "the EU"; may be empty
  std::string nominal;                 // later mentions: "the alliance"
  std::string adjective;               // countries: "Ukrainian"
  const Country* country = nullptr;    // countries
  // People.
  std::string first;
  std::string last;
  bool female = false;
  std::string title;       // before the name ("Defense Minister"); empty when none
  std::string role;        // after the name or with "the": "defense minister"
  std::string short_role;  // "minister"
  std::string prefix;      // party adjective or abbreviation before the title: "Russian"
  std::string party_possessive;  // "Russia's", "NATO's"; empty when the role is generic
  int party = -1;          // party the person speaks for; -1 for independent experts
  Stance stance = Stance::kExpert;

  bool is_person() const { return type == Type::kPerson; }
  // Names a mention may use, for the entity list in the ground truth.
  std::vector<std::string> Aliases() const;
};

enum class ClaimStatus : uint8_t { kAgree, kConflict, kChanged };
const char* ClaimStatusName(ClaimStatus status);

// One article's report of a claim group's quantity.
struct ClaimMember {
  uint32_t article;
  int32_t event;   // global event index of the reporting article
  double value;
  uint16_t source;
};

// A quantity that several articles report: the unit of claim agreement tests.
struct ClaimGroup {
  std::string id;            // "S004-C2" (storyline-wide) or "S004-E03-F" (an event's)
  int storyline = -1;
  int event = -1;            // -1: reported throughout the storyline
  const FigureSpec* spec = nullptr;
  const ClaimSpec* claim = nullptr;  // storyline-wide groups: their sentence patterns
  std::string currency;      // money: ISO code
  std::string owner;         // canonical name of the entity the quantity belongs to
  ClaimStatus status = ClaimStatus::kAgree;
  double value_a = 0;        // agree: the value; conflict: first camp's value
  double value_b = 0;        // conflict: second camp's value
  std::vector<double> by_event;  // changed: value as of each of the storyline's events
  int party_a = -1;          // conflict: the parties whose officials give each value
  int party_b = -1;
  std::vector<std::string> qualifiers;  // the qualifier ids its reports use
  std::vector<ClaimMember> members;
};

struct Event {
  std::string id;            // "S004-E03"
  int storyline = -1;
  int index = 0;             // position within the storyline
  Day day = 0;
  int action = 0;            // index into the kind's actions
  int subject = -1;          // entity index within the storyline
  int place = 0;             // index into the storyline's places
  int claim = -1;            // the development's own figure, if any (global claim index)
  std::vector<int> speakers; // entity indices of the people quoted about it
  std::string description;   // plain past-tense summary for the ground truth
  int64_t articles = 0;      // articles about it, set when the corpus is scheduled
};

struct Storyline {
  std::string id;            // "S004"
  const KindSpec* kind = nullptr;
  std::string title;
  std::string topic;
  std::vector<std::string> crisis;   // noun phrases with the topic filled in
  const Country* home = nullptr;     // where it mostly happens
  std::array<int, 4> parties{};      // entity indices
  std::vector<Entity> entities;
  std::vector<int> people;           // entity indices of named officials and experts
  std::vector<PlaceName> places;     // [0] is the main place
  Day start = 0;
  std::vector<int> events;           // global event indices, in date order
  std::vector<int> claims;           // storyline-wide claim groups (global indices)
  double weight = 1;                 // share of coverage
};

struct World {
  std::vector<Storyline> storylines;
  std::vector<Event> events;         // all events, storyline by storyline
  std::vector<ClaimGroup> claims;
};

struct WorldOptions {
  uint64_t seed = 1;
  int storylines = 3;
  Day first_day = 0;         // earliest storyline start
  int span_days = 30;        // storylines start within this many days
  double shared_vocab = 0;   // chance a storyline shares country and officials with another
};

World BuildWorld(const WorldOptions& options);

// A one-off storyline with a single event, for articles unrelated to everything else.
// Its entities are fresh; it is not part of any World and has no claim groups.
struct OneOff {
  Storyline storyline;
  Event event;
  double figure_value = 0;  // the development's figure, if its action has one
  std::string currency;     // money figures: ISO code
};
OneOff BuildOneOff(Rng& rng, Day day);

// Draws a fresh person for a storyline: a name from `pool`, avoiding `taken` names.
Entity MakePerson(Rng& rng, const std::string& pool);

// Rounds a quantity the way reports state it: two significant digits for large counts
// and sums, one decimal for magnitudes and vote shares.
double RoundForReport(double value, const FigureSpec& spec);
// The next value above `value` that RoundForReport can produce.
double NextReportable(double value, const FigureSpec& spec);
// A second camp's value for a conflicting claim: clearly different from `value`.
double ConflictingValue(Rng& rng, double value, const FigureSpec& spec);

}  // namespace sitrep::gen
