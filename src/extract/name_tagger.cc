// The name tagger: decoding (TagSegments, name_tagger_features.h), and the model's binary
// form.
// Training is in name_tagger_train.cc.
#include "extract/name_tagger.h"

#include <algorithm>
#include <cstring>

#include "extract/name_tagger_features.h"

namespace sitrep::extract::internal {

int NameTypeIndex(std::string_view type) {
  if (type == "NORP") return 3;
  for (size_t i = 0; i < kNameTypes.size(); ++i) {
    if (kNameTypes[i] == type) return static_cast<int>(i);
  }
  return -1;
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
  return SpansOfTags(TagSegments(
      ctx, tt.tokens.size(),
      [this](const auto& features) {
        // Most of a token's features sit in different cache lines of a table of some
        // megabytes: asking for all of them first lets the loads overlap.
        for (uint64_t f : features) weights_.prefetch(f);
        Weights scores{};
        for (uint64_t f : features) {
          const auto it = weights_.find(f);
          if (it == weights_.end()) continue;
          for (int t = 0; t < kSlots; ++t) scores[t] += it->second[t];
        }
        return scores;
      },
      [](uint32_t, uint32_t, const auto&, const auto&) { return false; }));
}

void NameTaggerModel::Add(const NameTaggerModel& model, float scale, NameTaggerModel* sum) {
  for (const auto& [f, w] : model.weights_) {
    Weights& into = sum->weights_[f];
    for (int t = 0; t < kTagCount; ++t) into[t] += scale * w[t];
  }
}

// Binary form: a header line, a uint64 feature count, then per feature its uint64 hash and
// kTagCount float32 weights, sorted by hash, all little-endian (as every machine sitrep
// targets is).
namespace {
constexpr std::string_view kMagic = "sitrep-name-tagger 1\n";
}

std::string NameTaggerModel::Serialize() const {
  std::vector<std::pair<uint64_t, const Weights*>> rows;
  rows.reserve(weights_.size());
  for (const auto& [f, w] : weights_) rows.emplace_back(f, &w);
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out(kMagic);
  const uint64_t n = rows.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (const auto& [f, w] : rows) {
    out.append(reinterpret_cast<const char*>(&f), sizeof f);
    out.append(reinterpret_cast<const char*>(w->data()), sizeof(float) * kTagCount);
  }
  return out;
}

bool NameTaggerModel::Parse(std::string_view bytes, NameTaggerModel* model,
                            std::string* error) {
  constexpr size_t kRow = sizeof(uint64_t) + sizeof(float) * kTagCount;
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    *error = "not a sitrep name-tagger model (bad header)";
    return false;
  }
  bytes.remove_prefix(kMagic.size());
  uint64_t n = 0;
  if (bytes.size() < sizeof n) {
    *error = "truncated model (no feature count)";
    return false;
  }
  std::memcpy(&n, bytes.data(), sizeof n);
  bytes.remove_prefix(sizeof n);
  if (bytes.size() % kRow != 0 || n != bytes.size() / kRow) {
    *error = "truncated model (" + std::to_string(bytes.size()) + " bytes for " +
             std::to_string(n) + " features)";
    return false;
  }
  model->weights_.clear();
  model->weights_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t f = 0;
    Weights w{};
    std::memcpy(&f, bytes.data() + i * kRow, sizeof f);
    std::memcpy(w.data(), bytes.data() + i * kRow + sizeof f, sizeof(float) * kTagCount);
    model->weights_.emplace(f, w);
  }
  return true;
}

}  // namespace sitrep::extract::internal
