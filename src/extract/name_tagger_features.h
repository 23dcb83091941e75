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

// The feature hashes of one token, in place: collecting them allocates nothing. A token
// has at most 127 (15 of its word and neighbours, 12 of the rules and the article, 4 of
// its run and hyphen, and one per class bit of itself and its two neighbours, 3 x 32).
class FeatureList {
 public:
  static constexpr size_t kCapacity = 128;
  void push_back(uint64_t feature) { keys_[size_++] = feature; }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  const uint64_t* begin() const { return keys_.data(); }
  const uint64_t* end() const { return keys_.data() + size_; }

 private:
  std::array<uint64_t, kCapacity> keys_;
  size_t size_ = 0;
};

// Everything about an article the features need, computed once: for each token its word
// form, shape and the rules' tag, and which tokens can be part of a name.
class FeatureContext {
 public:
  FeatureContext(std::string_view text, const TokenizedText& tt, const std::vector<Piece>& pieces);

  // Whether the token can be part of a name; the others are outside every name.
  bool candidate(uint32_t i) const { return candidate_[i]; }

  // Appends the feature hashes of token i that do not depend on the tag before it, given
  // the tag most often given to its word earlier in the article (-1: not met before).
  void Features(uint32_t i, int earlier, FeatureList* out) const;

  // The features of token i that pair it with the tag before it: two that depend on the
  // rules' tag of it only (the same for many tokens of an article), then one on its word.
  using Transition = std::array<uint64_t, 3>;
  Transition TransitionFeatures(uint32_t i, int prev) const;
  uint64_t TransitionWordFeature(uint32_t i, int prev) const;  // the last of them
  // The rules' BIO tag of token i, as a tagger tag.
  int rule_tag(uint32_t i) const { return rule_tags_[i]; }

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
  // The maximal run of candidate tokens each candidate sits in: [run_first_, run_last_).
  std::vector<uint32_t> run_first_;
  std::vector<uint32_t> run_last_;
  std::vector<int8_t> lex_file_;  // WordNet lexicographer file of a candidate word, -1 none
  size_t slots_ = 0;
};

// Whether tag may follow prev: an I- tag continues only a name of its own type.
inline bool AllowedAfter(int prev, int tag) {
  if (tag == 0 || tag % 2 == 1) return true;
  return prev != 0 && (prev - 1) / 2 == (tag - 1) / 2;
}

// Tags an article as both tagging and training do. Tokens that cannot be part of a name
// are outside every name, so the tag sequence falls apart into segments, the maximal runs
// of candidate tokens, each decoded exactly (Viterbi) with features that see the tag
// before the token. `score(features)` sums a feature list's weights;
// `segment(first, last, features, tags)` is told each segment's per-token features and the
// tags chosen for it (training updates there) and returns whether the weights changed,
// before later segments are decoded: the tag a word was given earlier in the article is a
// feature of later segments.
template <typename Score, typename Segment>
std::vector<int> TagSegments(const FeatureContext& ctx, size_t n, Score score, Segment segment) {
  using Weights = NameTaggerModel::Weights;
  constexpr float kNone = -1e30f;
  std::vector<int> tags(n, 0);
  // For each candidate word, how often each tag was given to it so far.
  std::vector<std::array<uint16_t, kTagCount>> given(ctx.slots());
  std::vector<FeatureList> features;
  std::vector<std::array<float, kTagCount>> best;  // best score of the segment so far ending in tag
  std::vector<std::array<int8_t, kTagCount>> back;
  // The weights of the two transition features that depend on the tag before and the
  // rules' tag only, by (tag before, rules' tag + 1): looked up once per article.
  constexpr size_t kRuleTags = kTagCount + 1;
  std::array<Weights, kTagCount * kRuleTags> by_rule;
  std::array<bool, kTagCount * kRuleTags> known{};
  for (uint32_t a = 0; a < n;) {
    if (!ctx.candidate(a)) {
      ++a;
      continue;
    }
    uint32_t b = a;
    while (b < n && ctx.candidate(b)) ++b;
    const size_t length = b - a;
    if (features.size() < length) features.resize(length);
    best.assign(length, {});
    back.assign(length, {});
    for (uint32_t i = a; i < b; ++i) {
      const int s = ctx.slot(i);
      int earlier = -1;
      if (s >= 0) {
        const auto& g = given[static_cast<size_t>(s)];
        for (int t = 0; t < kTagCount; ++t) {
          if (g[t] > 0 && (earlier < 0 || g[t] > g[earlier])) earlier = t;
        }
      }
      FeatureList& f = features[i - a];
      f.clear();
      ctx.Features(i, earlier, &f);
      const Weights emit = score(f);
      std::array<float, kTagCount>& row = best[i - a];
      row.fill(kNone);
      for (int p = 0; p < kTagCount; ++p) {
        const float before = i == a ? (p == 0 ? 0.0f : kNone) : best[i - a - 1][p];
        if (before <= kNone) continue;
        const size_t key =
            static_cast<size_t>(p) * kRuleTags + static_cast<size_t>(ctx.rule_tag(i) + 1);
        if (!known[key]) {
          const FeatureContext::Transition tf = ctx.TransitionFeatures(i, p);
          by_rule[key] = score(std::array<uint64_t, 2>{tf[0], tf[1]});
          known[key] = true;
        }
        Weights trans = score(std::array<uint64_t, 1>{ctx.TransitionWordFeature(i, p)});
        for (int t = 0; t < kTagCount; ++t) trans[t] += by_rule[key][t];
        for (int t = 0; t < kTagCount; ++t) {
          if (!AllowedAfter(p, t)) continue;
          const float v = before + emit[t] + trans[t];
          if (v > row[t]) {
            row[t] = v;
            back[i - a][t] = static_cast<int8_t>(p);
          }
        }
      }
    }
    int t = 0;
    for (int k = 1; k < kTagCount; ++k) {
      if (best[length - 1][k] > best[length - 1][t]) t = k;
    }
    for (uint32_t i = b; i-- > a;) {
      tags[i] = t;
      t = back[i - a][t];
    }
    if (segment(a, b, features, tags)) known.fill(false);
    for (uint32_t i = a; i < b; ++i) {
      if (ctx.slot(i) >= 0) ++given[static_cast<size_t>(ctx.slot(i))][tags[i]];
    }
    a = b;
  }
  return tags;
}

// Name spans from a BIO tag sequence.
std::vector<TaggedSpan> SpansOfTags(const std::vector<int>& tags);

}  // namespace sitrep::extract::internal
