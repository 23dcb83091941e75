// A learned second opinion on names: an averaged structured-perceptron tagger that reads
// the rule recogniser's decisions as features and relabels the tokens of an article (BIO
// over PER, ORG, LOC, MISC). Internal to the extract module.
//
// Why stacked on the rules rather than instead of them: the training data is small
// (wikigold's 39,000 tokens and our own annotated news passages), far too little to learn
// names from scratch, but enough to learn where the rules are wrong: which head words
// really end organisations, when a capitalised run is two names, when a gazetteer place
// is part of a firm's name. The rules' pieces, gazetteer hits and word classes are its
// strongest features; word forms, shapes, affixes, context words, WordNet's class of
// the word as a common noun and the head classes of the capitalised run it sits in do
// the rest.
//
// Only tokens that can be part of a name are scored (capitalised words, digits next to
// them, connectors between them, the lower-case part of a hyphenated word after them,
// the rules' own pieces); every other token is outside any name. So the article falls
// apart into short runs of candidates, each decoded exactly (Viterbi, first order): a
// few dozen feature lookups per candidate token, and one more for each tag the token
// before it may have. Greedy left-to-right decoding, the tagger's first form, scored
// 0.012 F1 lower on every data set (studied passages cross-validated, 41-60, wikigold).
//
// Besides its neighbourhood, a token sees the tag its word was given earlier in the
// article: a name keeps its type through an article, and its first mention usually
// carries the context that types it.
//
// FindEntities runs it with the model built into the binary (models/name_tagger.model,
// written by sitrep-train-ner, which also prints the rules and the tagger side by side).
// Guards (entity_tagging.cc) keep what the rules are sure of: without them the tagger
// folds roles into names and drops names that aliases and quote speakers hang on.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "extract/entity_pieces.h"
#include "extract/entity_tokens.h"

namespace sitrep::extract::internal {

// Tags: 0 is outside; 1 + 2*type is B-type and 2 + 2*type I-type, types in the order of
// kNameTypes.
constexpr int kTagCount = 9;
constexpr std::array<std::string_view, 4> kNameTypes = {"PER", "ORG", "LOC", "MISC"};

// Index of a type in kNameTypes; NORP counts as MISC (CoNLL's convention). -1 otherwise.
int NameTypeIndex(std::string_view type);

struct TaggedSpan {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  int type = 0;  // index into kNameTypes
};

class NameTaggerModel {
 public:
  // A feature's weight for each tag, padded to a multiple of four floats so that adding
  // them up vectorises (the padding stays zero and is never stored).
  static constexpr int kSlots = (kTagCount + 3) / 4 * 4;
  using Weights = std::array<float, kSlots>;

  // Tags the tokens of one article. `pieces` are the rule recogniser's names after
  // resolution has decided their types (DecidePieceTypes), sorted and not overlapping.
  std::vector<TaggedSpan> Tag(std::string_view text, const TokenizedText& tt,
                              const std::vector<Piece>& pieces) const;

  // A compact binary form (little-endian) and its reader. Parse returns false, with the
  // reason in *error, on anything that is not a whole model.
  std::string Serialize() const;
  static bool Parse(std::string_view bytes, NameTaggerModel* model, std::string* error);

  // *sum += scale * model, weight by weight.
  static void Add(const NameTaggerModel& model, float scale, NameTaggerModel* sum);

  size_t features() const { return weights_.size(); }
  bool empty() const { return weights_.empty(); }

 private:
  friend class NameTaggerTrainer;
  // The keys are XXH3 hashes already: the table uses them as they are rather than
  // hashing them again.
  struct KeyIsHash {
    size_t operator()(uint64_t key) const { return static_cast<size_t>(key); }
  };
  absl::flat_hash_map<uint64_t, Weights, KeyIsHash> weights_;
};

// One training text: its gold names as byte ranges with types (PER, ORG, LOC, MISC).
struct TrainingName {
  size_t begin = 0;
  size_t end = 0;
  std::string type;
};
struct TrainingText {
  std::string text;
  std::vector<TrainingName> names;
};

struct TrainingOptions {
  // Chosen by cross-validation and on passages 41-60: 5 with 20 news passages to train on
  // (3, 5, 8, 12, 20 tried); 8 with 60 (3, 5, 8, 12, 16 tried) and with 100 (5, 8, 12);
  // with exact decoding, 5, 8 and 12 scored within 0.003 of each other. With 820 passages
  // more passes pay: on 180 passages not yet trained on (861-1040) F1 was 0.836, 0.841,
  // 0.846, 0.846, 0.849, 0.850 and 0.849 with 5, 8, 12, 16, 20, 25 and 30 epochs, and on
  // 41-60 0.839, 0.848, 0.856, 0.864, 0.874, 0.870 and 0.870; 20 held with another seed.
  int epochs = 20;
  uint32_t seed = 1;  // order of the texts in each epoch
  // Models trained from different orders and averaged: one perceptron's weights depend on
  // the order it saw the texts in, and on data this small the average varies less.
  int models = 5;  // chosen on passages 41-60 with 1 and 5
  // A feature whose averaged weights all stay below this (in each model) is left out: it
  // halves the model, and so its cache misses, at no cost on cross-validation or on
  // passages 41-60 (0.2 and 1 tried; 3 costs 0.01).
  float min_weight = 1.0f;
};

// Trains a model from scratch. Deterministic for given texts and options.
NameTaggerModel TrainNameTagger(const std::vector<TrainingText>& texts,
                                const TrainingOptions& options = {});

// The model built into the binary (name_tagger_model.cc) and its serialized bytes.
const NameTaggerModel& BuiltInNameTagger();
std::string_view BuiltInNameTaggerBytes();

// FindEntitiesIn with a learned model: the rules' pieces, their types decided across the
// article, relabelled by the model within guards (entity_tagging.cc), then resolved into
// entities. An empty model gives exactly FindEntitiesIn's result. Without `guards` the
// tagger's spans stand as they are (for measuring what the guards cost).
EntityResult FindEntitiesWithTagger(std::string_view text, const TokenizedText& tt,
                                    const NameTaggerModel& model, bool guards = true);

}  // namespace sitrep::extract::internal
