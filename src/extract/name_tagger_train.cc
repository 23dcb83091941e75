// Training the name tagger: the averaged structured perceptron (Collins 2002), decoding
// as at run time (TagSegments) and updating segment by segment.
// Averaging is lazy: each weight keeps the step it last changed at, so an update costs
// the features of one token, not the size of the model.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "extract/name_tagger.h"
#include "extract/name_tagger_features.h"

namespace sitrep::extract::internal {

namespace {

// A training text prepared once: tokens, the rules' pieces, the gold tag of every token.
struct Prepared {
  const TrainingText* source = nullptr;
  TokenizedText tt;
  std::vector<Piece> pieces;
  std::vector<int> gold;
};

// Gold tags from byte ranges: a token belongs to the name whose range holds its first
// byte.
std::vector<int> GoldTags(const TokenizedText& tt, const std::vector<TrainingName>& names) {
  std::vector<int> tags(tt.tokens.size(), 0);
  size_t t = 0;
  for (const TrainingName& name : names) {
    const int type = NameTypeIndex(name.type);
    if (type < 0) continue;
    while (t < tt.tokens.size() && tt.tokens[t].begin < name.begin) ++t;
    bool first = true;
    for (size_t k = t; k < tt.tokens.size() && tt.tokens[k].begin < name.end; ++k) {
      tags[k] = first ? 1 + 2 * type : 2 + 2 * type;
      first = false;
    }
  }
  return tags;
}

}  // namespace

class NameTaggerTrainer {
 public:
  explicit NameTaggerTrainer(const TrainingOptions& options) : options_(options) {}

  NameTaggerModel Train(const std::vector<TrainingText>& texts) {
    std::vector<Prepared> prepared(texts.size());
    for (size_t d = 0; d < texts.size(); ++d) {
      Prepared& p = prepared[d];
      p.source = &texts[d];
      p.tt = TokenizeText(texts[d].text);
      p.pieces = DecidePieceTypes(texts[d].text, p.tt, FindPieces(texts[d].text, p.tt));
      p.gold = GoldTags(p.tt, texts[d].names);
    }
    std::vector<size_t> order(prepared.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(options_.seed);
    for (int epoch = 0; epoch < options_.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t d : order) {
        const Prepared& p = prepared[d];
        const FeatureContext ctx(p.source->text, p.tt, p.pieces);
        TagSegments(
            ctx, p.tt.tokens.size(), [this](const auto& features) { return Score(features); },
            [&](uint32_t first, uint32_t last, const std::vector<FeatureList>& features,
                const std::vector<int>& tags) {
              // The structured perceptron's update: towards the gold tags of the segment,
              // away from the ones decoded, where they differ. Later segments see the
              // tags decoded, as when tagging.
              ++step_;
              std::vector<int>& gold = gold_;
              gold.assign(p.gold.begin() + first, p.gold.begin() + last);
              // A gold name that begins before the segment begins in it.
              if (gold[0] != 0 && gold[0] % 2 == 0) --gold[0];
              bool same = true;
              for (uint32_t i = first; i < last; ++i) same = same && tags[i] == gold[i - first];
              if (same) return false;
              for (uint32_t i = first; i < last; ++i) {
                const int truth = gold[i - first], guess = tags[i];
                const int truth_prev = i == first ? 0 : gold[i - first - 1];
                const int guess_prev = i == first ? 0 : tags[i - 1];
                if (truth != guess) {
                  for (uint64_t f : features[i - first]) {
                    Update(f, truth, 1);
                    Update(f, guess, -1);
                  }
                }
                if (truth != guess || truth_prev != guess_prev) {
                  for (uint64_t f : ctx.TransitionFeatures(i, truth_prev)) Update(f, truth, 1);
                  for (uint64_t f : ctx.TransitionFeatures(i, guess_prev)) Update(f, guess, -1);
                }
              }
              return true;
            });
      }
    }
    return Average();
  }

 private:
  struct Row {
    std::array<float, kTagCount> weight{};
    std::array<double, kTagCount> total{};  // sum of the weight over steps so far
    std::array<int64_t, kTagCount> since{};  // step the weight last changed at
  };

  template <typename Features>
  NameTaggerModel::Weights Score(const Features& features) const {
    NameTaggerModel::Weights scores{};
    for (uint64_t f : features) {
      const auto it = rows_.find(f);
      if (it == rows_.end()) continue;
      for (int t = 0; t < kTagCount; ++t) scores[t] += it->second.weight[t];
    }
    return scores;
  }

  void Update(uint64_t feature, int tag, float delta) {
    Row& r = rows_[feature];
    r.total[tag] += static_cast<double>(step_ - r.since[tag]) * r.weight[tag];
    r.since[tag] = step_;
    r.weight[tag] += delta;
  }

  NameTaggerModel Average() const {
    NameTaggerModel model;
    for (const auto& [f, r] : rows_) {
      NameTaggerModel::Weights w{};
      bool any = false;
      for (int t = 0; t < kTagCount; ++t) {
        const double total = r.total[t] + static_cast<double>(step_ - r.since[t]) * r.weight[t];
        w[t] = static_cast<float>(total / static_cast<double>(std::max<int64_t>(step_, 1)));
        any = any || w[t] != 0;
      }
      float most = 0;
      for (float x : w) most = std::max(most, std::abs(x));
      if (any && most >= options_.min_weight) model.weights_.emplace(f, w);
    }
    return model;
  }

  TrainingOptions options_;
  int64_t step_ = 0;
  std::vector<int> gold_;
  absl::flat_hash_map<uint64_t, Row> rows_;
};

NameTaggerModel TrainNameTagger(const std::vector<TrainingText>& texts,
                                const TrainingOptions& options) {
  if (options.models <= 1) return NameTaggerTrainer(options).Train(texts);
  NameTaggerModel sum;
  for (int m = 0; m < options.models; ++m) {
    TrainingOptions one = options;
    one.seed = options.seed + static_cast<uint32_t>(m);
    one.models = 1;
    NameTaggerModel::Add(NameTaggerTrainer(one).Train(texts), 1.0f / options.models, &sum);
  }
  return sum;
}

}  // namespace sitrep::extract::internal
