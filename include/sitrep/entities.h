// entities: people, organisations, places and nationalities named in one article, with
// every mention of each one resolved to a single entity.
//
// Within an article, "Kirby", "John Kirby" and "Pentagon spokesman John Kirby" are one
// person whose roles include "Pentagon spokesman"; "the Russian President" joins Vladimir
// Putin when Putin is the one person the article gave that role; "Kiev" and "Kyiv" are
// one place; "the alliance" joins NATO once NATO has been named. Each entity carries a
// `key` under which the linking stage merges entities across articles.
//
// The recogniser has two layers. Rules built from news conventions find and type
// candidate names: capitalised word sequences, gazetteers (ISO 3166 countries and
// subdivisions from the iso-codes package, time-zone cities from tzdata, WordNet's proper
// nouns, small documented word lists) and the patterns of news prose ("X said",
// "spokesman X", "Mr X"). A tagger trained on wikigold and annotated news passages, built
// into the binary, then relabels them where it has learned the rules are wrong, within
// guards that keep what the rules are sure of (roles stay out of names, a name found by a
// reliable pattern keeps its type). It runs in time linear in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract {

// How a mention names its entity.
enum class MentionKind {
  kName,   // a proper name or part of one: "John Kirby", "Kirby", "Kyiv", "NATO"
  kRole,   // a description the article tied to one entity: "the Russian President"
  kAlias,  // a generic noun that stands for a named entity: "the alliance" for NATO
};

struct Mention {
  size_t begin = 0;  // byte offsets into the text; end is one past the last byte
  size_t end = 0;
  int entity = -1;   // index into EntityResult::entities
  MentionKind kind = MentionKind::kName;
  // The role the text gives the entity at this mention: "Pentagon spokesman" for
  // "Pentagon spokesman John Kirby", "Russian President" for "the Russian President".
  std::string role;
};

enum class Gender { kUnknown, kMale, kFemale };

struct Entity {
  int id = -1;  // its index in EntityResult::entities
  // "PER" person, "ORG" organisation, "LOC" place, "NORP" nationality or other group
  // adjective ("Russian"), "MISC" any other name (events, works, products).
  std::string type;
  // Display name: the gazetteer's canonical form for known places ("Kyiv", "United
  // States"), otherwise the longest full form in the article ("John Kirby").
  std::string name;
  // Cross-article merge key: see EntityKey.
  std::string key;
  std::vector<std::string> roles;  // distinct roles, in order of first appearance
  std::vector<int> mentions;       // indexes into EntityResult::mentions, in text order
  // From titles ("Mr", "Ms"), gendered roles ("spokeswoman") and first names; used to
  // resolve pronouns.
  Gender gender = Gender::kUnknown;
};

struct EntityResult {
  std::vector<Entity> entities;   // in order of first mention
  // Sorted by begin. Name mentions never overlap one another; a role or alias mention
  // may contain name mentions of other entities ("Russian" in "the Russian President").
  std::vector<Mention> mentions;
};

// Finds the entities of one article. `text` is UTF-8 (invalid bytes are treated as
// punctuation); paragraphs are separated by blank lines. Time linear in text.size().
EntityResult FindEntities(std::string_view text);

// The key under which entities from different articles merge: the case-folded canonical
// name, with known variants unified ("kyiv" for "Kiev" and "Kyiv", "united states" for
// "US" and "U.S.", "nato" for "North Atlantic Treaty Organization"), prefixed by nothing
// else so that keys read as names. `type` is one of the Entity::type values.
std::string EntityKey(std::string_view name, std::string_view type);

// Scores of the recogniser against CoNLL-format gold data (the wikigold corpus).
struct NerScore {
  std::string type;  // "PER", "ORG", "LOC", "MISC" or "ALL" (PER+ORG+LOC)
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;  // exact span and type
  double precision = 0;
  double recall = 0;
  double f1 = 0;

  // Sets precision, recall and F1 from the three counts.
  void ComputeRates();
};

struct NerEval {
  std::vector<NerScore> per_type;  // PER, ORG, LOC, then MISC (reported apart)
  NerScore overall;                // PER, ORG and LOC together; MISC left out
  size_t documents = 0;
  size_t sentences = 0;
  size_t tokens = 0;
  std::string error;  // non-empty when the file could not be read
};

// Runs FindEntities on each document of a CoNLL file (tokens joined by spaces, one
// sentence per line; "-DOCSTART-" separates documents) and scores entity spans exactly,
// CoNLL style. IOB1 and IOB2 tags are both read. NORP predictions count as MISC.
// FindEntities' learned tagger trains on wikigold itself, so on that file this is a
// figure on training data: the honest wikigold figures (the rules alone, the tagger
// cross-validated) are NerEvalTest.Wikigold's, from ner_training.h.
NerEval EvaluateWikigold(const std::string& path);

}  // namespace sitrep::extract
