// Kernels of event clustering: the features (parallel stage, per article) and Add (the
// serial stage) with 10k, 100k or 1M articles already clustered.
//
// Add runs on a synthetic stream shaped like news: stories of about 50 articles, 20
// stories to a storyline, 40 stories a day, each article with 30 terms (story,
// storyline and background words), a few entities and a figure. The live set is what
// the retirement window keeps, so the cost per article should not grow with the stream.
#include <benchmark/benchmark.h>
#include <xxhash.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "kernels_common.h"
#include "sitrep/events.h"
#include "sitrep/ingest.h"

namespace sitrep::bench {
namespace {

void BM_EventFeatures(benchmark::State& state) {
  std::vector<std::pair<Article, extract::ArticleFacts>> articles;
  for (const std::string& t : SeedTexts()) {
    Article a;
    if (!ingest::ParsePlainText(t, &a).ok()) continue;
    extract::ArticleFacts facts = extract::AnalyseArticle(a);
    articles.emplace_back(std::move(a), std::move(facts));
  }
  for (auto _ : state) {
    for (const auto& [a, facts] : articles) benchmark::DoNotOptimize(events::ComputeEventFeatures(a, facts));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
}
BENCHMARK(BM_EventFeatures);

uint32_t Draw(uint64_t stream, uint64_t i) {
  return static_cast<uint32_t>(XXH3_64bits_withSeed(&i, sizeof i, stream));
}

events::EventFeatures Synthetic(uint64_t i) {
  const uint64_t story = i / 50, storyline = story / 20;
  events::EventFeatures f;
  f.language = "en";
  f.day = static_cast<int32_t>(19000 + i / 2000);
  for (uint64_t k = 0; k < 10; ++k) {
    f.terms.emplace_back(Draw(1, story * 16 + Draw(2, i * 10 + k) % 14), 2.0f);
    f.terms.emplace_back(Draw(3, storyline * 32 + Draw(4, i * 10 + k) % 30), 1.5f);
    f.terms.emplace_back(Draw(5, Draw(6, i * 10 + k) % 50000), 1.0f);
  }
  std::sort(f.terms.begin(), f.terms.end());
  f.terms.erase(std::unique(f.terms.begin(), f.terms.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                f.terms.end());
  f.entities = {Draw(7, storyline), Draw(7, storyline + 1000000), Draw(8, story)};
  std::sort(f.entities.begin(), f.entities.end());
  f.figures = {Draw(9, story)};
  return f;
}

void BM_ClusterAdd(benchmark::State& state) {
  const uint64_t clustered = static_cast<uint64_t>(state.range(0));
  events::EventClusterer clusterer;
  for (uint64_t i = 0; i < clustered; ++i) clusterer.Add(Synthetic(i));
  std::vector<events::EventFeatures> next;
  for (uint64_t i = 0; i < 4096; ++i) next.push_back(Synthetic(clustered + i));
  size_t at = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(clusterer.Add(next[at]));
    if (++at == next.size()) at = 0;  // the stream then re-reads a few days: no matter
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["live_events"] = static_cast<double>(clusterer.live_events());
  state.counters["live_storylines"] = static_cast<double>(clusterer.live_storylines());
}
// One run per size (the set-up clusters the whole stream first): Google Benchmark would
// otherwise repeat the set-up while it estimates iterations, and a million takes a while.
BENCHMARK(BM_ClusterAdd)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(4096)
    ->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace sitrep::bench
