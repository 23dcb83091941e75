// Throughput of Store::CommitBatch: news-sized articles (about 3 KB of text) in
// batches, as an ingest commits them, with the full-text index written alongside.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "sitrep/store.h"
#include "store/testing.h"

namespace sitrep::store {
namespace {

// Synthetic prose with a Zipf-distributed vocabulary of 30,000 words: the index work
// depends on how many distinct terms a batch brings, which uniform words would overstate
// and a tiny vocabulary understate.
class ProseGenerator {
 public:
  ProseGenerator() : random_(42) {
    static const char* kSyllables[] = {"ka", "ro", "mi", "tes", "un", "bor", "dal", "vi",
                                       "ne", "sa", "lo", "tri", "per", "gan", "os", "zu",
                                       "fe", "lin", "ma", "dor", "che", "wa", "ist", "ber"};
    std::uniform_int_distribution<int> syllable(0, std::size(kSyllables) - 1), count(1, 4);
    std::vector<double> weights;
    for (int i = 0; i < 30000; ++i) {
      std::string word;
      for (int n = count(random_); n > 0; --n) word += kSyllables[syllable(random_)];
      words_.push_back(word);
      weights.push_back(1.0 / (i + 1));
    }
    zipf_ = std::discrete_distribution<int>(weights.begin(), weights.end());
  }

  const std::string& Word(size_t rank) const { return words_[rank]; }

  std::string Text(size_t bytes) {
    std::string text;
    int in_sentence = 0;
    while (text.size() < bytes) {
      text += words_[zipf_(random_)];
      if (++in_sentence == 18) {
        text += text.size() % 3 == 0 ? ".\n\n" : ". ";
        in_sentence = 0;
      } else {
        text += ' ';
      }
    }
    return text;
  }

 private:
  std::mt19937 random_;
  std::vector<std::string> words_;
  std::discrete_distribution<int> zipf_;
};

void BM_CommitBatch(benchmark::State& state) {
  const int batch_size = static_cast<int>(state.range(0));
  testing::TempDir dir;
  std::unique_ptr<Store> store;
  if (!dir.ok() || !Store::Open(dir.File("bench.db"), &store).ok()) {
    state.SkipWithError("cannot create the store");
    return;
  }
  ProseGenerator prose;
  // Ten batches of distinct articles, prepared once; each round gives them new ids.
  std::vector<std::vector<Article>> batches(10);
  int64_t bytes_per_round = 0;
  for (auto& batch : batches) {
    for (int i = 0; i < batch_size; ++i) {
      Article a = testing::MakeArticle("", prose.Text(24), prose.Text(3000), "2022-02-10T08:19",
                                       "AFP");
      bytes_per_round += static_cast<int64_t>(a.text.size());
      batch.push_back(std::move(a));
    }
  }
  uint32_t next_id = 0;
  size_t round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Article>& batch = batches[round++ % batches.size()];
    for (Article& a : batch) a.id = testing::TestId(7, next_id++);
    state.ResumeTiming();
    BatchResult result;
    Status s = store->CommitBatch(batch, {}, &result);
    if (!s.ok() || result.added != batch_size) {
      state.SkipWithError(s.ok() ? "articles were not added" : s.message().c_str());
      return;
    }
  }
  state.SetItemsProcessed(state.iterations() * batch_size);
  state.SetBytesProcessed(state.iterations() * bytes_per_round /
                          static_cast<int64_t>(batches.size()));
  state.counters["stored"] = static_cast<double>(store->ArticleCount());
}
// A query on a store of range(0) articles: two words, the first page of hits, with
// snippets, as the search page asks for it.
void BM_Search(benchmark::State& state) {
  const int articles = static_cast<int>(state.range(0));
  testing::TempDir dir;
  std::unique_ptr<Store> store;
  if (!dir.ok() || !Store::Open(dir.File("bench.db"), &store).ok()) {
    state.SkipWithError("cannot create the store");
    return;
  }
  ProseGenerator prose;
  uint32_t next_id = 0;
  for (int stored = 0; stored < articles; stored += 500) {
    std::vector<Article> batch;
    for (int i = 0; i < 500; ++i) {
      batch.push_back(testing::MakeArticle(testing::TestId(8, next_id++), prose.Text(24),
                                           prose.Text(3000), "2022-02-10", "AFP"));
    }
    BatchResult result;
    if (!store->CommitBatch(batch, {}, &result).ok()) {
      state.SkipWithError("cannot fill the store");
      return;
    }
  }
  // Words of rank 50 and 300 in the vocabulary: common enough to match thousands.
  const std::string words = prose.Word(50) + " " + prose.Word(300);
  SearchQuery query;
  query.text = words;
  std::vector<SearchHit> hits;
  for (auto _ : state) {
    Status s = store->Search(query, &hits);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(hits.data());
  }
  state.counters["hits"] = static_cast<double>(hits.size());
}
BENCHMARK(BM_Search)->Arg(20000)->Unit(benchmark::kMillisecond);

BENCHMARK(BM_CommitBatch)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace sitrep::store
