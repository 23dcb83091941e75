// The name tagger: greedy decoding.
// Training is in name_tagger_train.cc.
#include "extract/name_tagger.h"

#include "extract/name_tagger_features.h"

namespace sitrep::extract::internal {

int NameTypeIndex(std::string_view type) {
  if (type == "NORP") return 3;
  for (size_t i = 0; i < kNameTypes.size(); ++i) {
    if (kNameTypes[i] == type) return static_cast<int>(i);
  }
  return -1;
}

namespace {

// An I- tag continues only a name of its own type: the decoder never emits "O I-ORG" or
// "B-PER I-ORG".
bool Allowed(int prev, int tag) {
  if (tag == 0 || tag % 2 == 1) return true;
  return prev != 0 && (prev - 1) / 2 == (tag - 1) / 2;
}

}  // namespace

int BestTag(const NameTaggerModel::Weights& scores, int prev) {
  int best = 0;
  for (int t = 1; t < kTagCount; ++t) {
    if (Allowed(prev, t) && scores[t] > scores[best]) best = t;
  }
  return best;
}

std::vector<TaggedSpan> SpansOfTags(const std::vector<int>& tags) {
  std::vector<TaggedSpan> out;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const int t = tags[i];
    if (t == 0) continue;
    if (t % 2 == 1 || out.empty() || out.back().last != i) {
      out.push_back({i, i + 1, (t - 1) / 2});
    } else {
      out.back().last = i + 1;
    }
  }
  return out;
}

std::vector<TaggedSpan> NameTaggerModel::Tag(std::string_view text, const TokenizedText& tt,
                                             const std::vector<Piece>& pieces) const {
  const FeatureContext ctx(text, tt, pieces);
  std::vector<int> tags(tt.tokens.size(), 0);
  std::vector<uint64_t> features;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    if (!ctx.candidate(i)) continue;
    const int prev = i > 0 ? tags[i - 1] : 0;
    const int prev2 = i > 1 ? tags[i - 2] : 0;
    features.clear();
    ctx.Features(i, prev, prev2, &features);
    Weights scores{};
    for (uint64_t f : features) {
      const auto it = weights_.find(f);
      if (it == weights_.end()) continue;
      for (int t = 0; t < kTagCount; ++t) scores[t] += it->second[t];
    }
    tags[i] = BestTag(scores, prev);
  }
  return SpansOfTags(tags);
}

}  // namespace sitrep::extract::internal
