// Test support (not part of the library): a generated corpus with its copy truth, and
// the scores of a detector run over it. Used by copies_eval_test.cc (quality floors)
// and copies_tuning_test.cc (the tuning tool).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/copies.h"

namespace sitrep::link::eval {

struct TruthArticle {
  std::string id;
  std::string text;
  std::string published;
  int64_t copy_of = -1;  // index of the original; -1 for originals
  int kind = -1;         // index into kKinds; -1 for originals
  std::vector<uint32_t> shares_quotes_with;
};

inline constexpr const char* kKinds[] = {"exact", "near", "spun10", "spun30", "spun50"};

// `n` articles of the corpus generator (bench/gen) with seed `seed`, in order.
std::vector<TruthArticle> Generate(int64_t n, uint64_t seed);

struct KindScore {
  int64_t truth = 0;    // copies of this kind
  int64_t correct = 0;  // linked into their true copy group
  int64_t wrong = 0;    // wrong links charged to this kind (see Evaluate)
  double precision() const;
  double recall() const;
  double f1() const;
};

struct Scores {
  KindScore kinds[5];
  int64_t originals = 0, originals_linked = 0;
  int64_t quote_pairs = 0, quote_pairs_linked = 0;
  int64_t confusion[5][4] = {};  // truth kind x predicted CopyKind
  // Copies linked right whose likely_original_id is the true original.
  int64_t linked_right = 0, original_right = 0;
  double seconds_signature = 0, seconds_add = 0;
  size_t memory_bytes = 0;
  size_t articles = 0;
  std::vector<CopyMatch> matches;
};

// Runs a detector over the corpus in order. A link is right when it points into the
// article's true copy group (its original or another copy of it). A wrong link on a
// copy counts against the copy's kind; a link on an independent article counts
// against every truth kind its predicted kind stands for (a "rewrite" against all
// three spun kinds). A quote pair (article, earlier article it shares quotes with) is
// wrongly linked when the article is linked into that article's group.
Scores Evaluate(const std::vector<TruthArticle>& corpus, const CopyOptions& options);

// The truth group of article i: its original, or itself.
size_t Group(const std::vector<TruthArticle>& corpus, size_t i);

void Print(const Scores& s);

}  // namespace sitrep::link::eval
