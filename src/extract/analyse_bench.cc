// Kernels of the analyse stage: each extractor alone, then all four as the pipeline
// runs them, over the seed reports; and all four over a generated corpus, on one and on
// two threads, for the throughput the pipeline can expect per core and per machine.
#include <benchmark/benchmark.h>

#include <vector>

#include "extract/generated_articles.h"
#include "kernels_common.h"
#include "sitrep/analysis.h"
#include "sitrep/ingest.h"

namespace sitrep::bench {
namespace {

std::vector<Article> SeedArticles() {
  std::vector<Article> articles;
  for (const std::string& t : SeedTexts()) {
    Article a;
    if (ingest::ParsePlainText(t, &a).ok()) articles.push_back(std::move(a));
  }
  return articles;
}

int64_t TextBytes(const std::vector<Article>& articles) {
  int64_t n = 0;
  for (const Article& a : articles) n += static_cast<int64_t>(a.text.size());
  return n;
}

template <typename F>
void RunOverSeeds(benchmark::State& state, F&& f) {
  const auto articles = SeedArticles();
  if (!articles.empty()) f(articles.front());  // loads the word lists before the timing
  for (auto _ : state) {
    for (const Article& a : articles) f(a);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
  state.SetBytesProcessed(state.iterations() * TextBytes(articles));
}

void BM_FindEntities(benchmark::State& state) {
  RunOverSeeds(state, [](const Article& a) { benchmark::DoNotOptimize(extract::FindEntities(a.text)); });
}
BENCHMARK(BM_FindEntities);

void BM_FindQuotes(benchmark::State& state) {
  const auto articles = SeedArticles();
  std::vector<extract::EntityResult> entities;
  for (const Article& a : articles) entities.push_back(extract::FindEntities(a.text));
  for (auto _ : state) {
    for (size_t i = 0; i < articles.size(); ++i)
      benchmark::DoNotOptimize(extract::FindQuotes(articles[i].text, entities[i]));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
  state.SetBytesProcessed(state.iterations() * TextBytes(articles));
}
BENCHMARK(BM_FindQuotes);

void BM_FindFigures(benchmark::State& state) {
  RunOverSeeds(state, [](const Article& a) { benchmark::DoNotOptimize(extract::FindFigures(a.text)); });
}
BENCHMARK(BM_FindFigures);

void BM_FindTimes(benchmark::State& state) {
  RunOverSeeds(state, [](const Article& a) {
    benchmark::DoNotOptimize(extract::FindTimes(a.text, "2022-02-10"));
  });
}
BENCHMARK(BM_FindTimes);

void BM_AnalyseArticle(benchmark::State& state) {
  RunOverSeeds(state, [](const Article& a) { benchmark::DoNotOptimize(extract::AnalyseArticle(a)); });
}
BENCHMARK(BM_AnalyseArticle);

// Two thousand generated articles (bench/gen, seed 7): wire stories, copies and spun
// rewrites in many house styles, shorter than the seed reports on average. One
// iteration analyses each article once; with n threads, thread t takes every n-th
// article. items_per_second counts the articles of all threads against the time one
// thread took: the articles per second of the whole run. (The Time column is that time
// divided by the threads.)
// The word lists and gazetteers load on the first article a process analyses (WordNet
// alone takes some 80 ms); analysing one article here keeps that out of the timings.
const std::vector<Article>& GeneratedCorpus() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> a = extract::GeneratedArticles(2000, 7);
    benchmark::DoNotOptimize(extract::AnalyseArticle(a.front()));
    return a;
  }();
  return articles;
}

void BM_AnalyseGenerated(benchmark::State& state) {
  const std::vector<Article>& articles = GeneratedCorpus();
  const size_t step = static_cast<size_t>(state.threads());
  int64_t done = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    for (size_t i = static_cast<size_t>(state.thread_index()); i < articles.size(); i += step) {
      benchmark::DoNotOptimize(extract::AnalyseArticle(articles[i]));
      ++done;
      bytes += static_cast<int64_t>(articles[i].text.size());
    }
  }
  state.SetItemsProcessed(done);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_AnalyseGenerated)->UseRealTime()->Unit(benchmark::kMillisecond)->Threads(1)->Threads(2);

}  // namespace
}  // namespace sitrep::bench
