// The features of the name tagger (name_tagger.h), shared by tagging and training.
// Internal to the extract module.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_pieces.h"
#include "extract/entity_tokens.h"
#include "extract/name_tagger.h"

namespace sitrep::extract::internal {

// Everything about an article the features need, computed once: for each token its word
// form, shape and the rules' tag, and which tokens can be part of a name.
class FeatureContext {
 public:
  FeatureContext(std::string_view text, const TokenizedText& tt, const std::vector<Piece>& pieces);

  // Whether the token can be part of a name; the others are outside every name.
  bool candidate(uint32_t i) const { return candidate_[i]; }

  // Appends the feature hashes of token i given the two tags before it and the tag most
  // often given to its word earlier in the article (-1: not met before).
  void Features(uint32_t i, int prev, int prev2, int earlier, std::vector<uint64_t>* out) const;

  // The candidate word's slot among the article's distinct candidate words, -1 for other
  // tokens; slots() of them.
  int slot(uint32_t i) const { return slot_[i]; }
  size_t slots() const { return slots_; }

 private:
  uint64_t Word(int64_t i) const;   // hash of the folded word, or of a mark
  uint64_t Shape(int64_t i) const;  // hash of "Xx", "X", "d", "Xx-Xx", "X.X." ...
  int RuleTag(int64_t i) const;

  const TokenizedText& tt_;
  std::vector<uint64_t> word_hash_;   // 0 for tokens no feature looks at
  std::vector<uint64_t> shape_hash_;
  std::vector<int> rule_tags_;       // the rules' BIO tag, as a tagger tag
  std::vector<int> rule_strength_;   // Strength of the rule piece, -1 outside
  std::vector<int> known_type_;      // type index of a gazetteer name, -1 otherwise
  std::vector<int> doc_type_;        // the type the rules give this word elsewhere
  std::vector<uint8_t> lower_elsewhere_;  // the article writes the word in lower case
  std::vector<uint8_t> candidate_;
  std::vector<int> slot_;
  size_t slots_ = 0;
};

// Tags the tokens left to right, each from its features and the two tags before it, as
// both tagging and training do: `choose(i, features, prev)` gives candidate token i its
// tag; every other token is outside any name.
template <typename Choose>
std::vector<int> TagGreedily(const FeatureContext& ctx, size_t n, Choose choose) {
  std::vector<int> tags(n, 0);
  std::vector<uint64_t> features;
  // For each candidate word, how often each tag was given to it so far.
  std::vector<std::array<uint16_t, kTagCount>> given(ctx.slots());
  for (uint32_t i = 0; i < n; ++i) {
    if (!ctx.candidate(i)) continue;
    const int prev = i > 0 ? tags[i - 1] : 0;
    const int prev2 = i > 1 ? tags[i - 2] : 0;
    const int s = ctx.slot(i);
    int earlier = -1;
    if (s >= 0) {
      const auto& g = given[static_cast<size_t>(s)];
      for (int t = 0; t < kTagCount; ++t) {
        if (g[t] > 0 && (earlier < 0 || g[t] > g[earlier])) earlier = t;
      }
    }
    features.clear();
    ctx.Features(i, prev, prev2, earlier, &features);
    tags[i] = choose(i, features, prev);
    if (s >= 0) ++given[static_cast<size_t>(s)][tags[i]];
  }
  return tags;
}

// The highest-scoring tag allowed after `prev`.
int BestTag(const NameTaggerModel::Weights& scores, int prev);

// Name spans from a BIO tag sequence.
std::vector<TaggedSpan> SpansOfTags(const std::vector<int>& tags);

}  // namespace sitrep::extract::internal
