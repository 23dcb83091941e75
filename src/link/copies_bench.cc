// Kernels of copy detection: the signature (parallel stage, per article) and Add (the
// serial stage) against an index already holding 10k, 100k or 1M articles.
//
// Add runs on synthetic signatures shaped like real ones (24 MinHash values, about 20
// sentence sketches of six words), a quarter of them copies of an indexed article with
// a third of their sentences and MinHash values changed; they exercise lookup and
// verification without a corpus generator in this binary.
#include <benchmark/benchmark.h>
#include <xxhash.h>

#include <string>
#include <vector>


#include "kernels_common.h"
#include "sitrep/copies.h"

namespace sitrep::bench {
namespace {

void BM_CopySignature(benchmark::State& state) {
  const auto texts = SeedTexts();
  int64_t bytes = 0;
  for (const auto& t : texts) bytes += static_cast<int64_t>(t.size());
  const link::CopyOptions options;
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(link::ComputeCopySignature(t, options));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(texts.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_CopySignature);

// Deterministic pseudo-random numbers: XXH3 of a counter.
uint64_t Draw(uint64_t stream, uint64_t i) { return XXH3_64bits_withSeed(&i, sizeof i, stream); }

uint64_t Sketch(uint64_t stream, uint64_t i) {
  uint64_t s = 0;
  for (uint64_t w = 0; w < 6; ++w) s |= uint64_t{1} << (Draw(stream, i * 8 + w) % 48);
  return s | ((Draw(stream + 1, i) & 0xF) << 48);
}

link::CopySignature Synthetic(uint64_t n) {
  link::CopySignature sig;
  sig.exact_hash = Draw(1, n);
  sig.tokens = 600;
  for (uint64_t k = 0; k < 24; ++k) sig.minhash.push_back(static_cast<uint32_t>(Draw(2, n * 24 + k)));
  for (uint64_t k = 0; k < 20; ++k) sig.sentences.push_back(Sketch(3, n * 20 + k));
  return sig;
}

// A copy of article `n`: a third of its MinHash values and sentences changed.
link::CopySignature SyntheticCopy(uint64_t n, uint64_t salt) {
  link::CopySignature sig = Synthetic(n);
  sig.exact_hash = Draw(4, salt);
  for (size_t k = 0; k < sig.minhash.size(); k += 3) sig.minhash[k] = static_cast<uint32_t>(Draw(5, salt * 24 + k));
  for (size_t k = 0; k < sig.sentences.size(); k += 3) sig.sentences[k] = Sketch(6, salt * 20 + k);
  return sig;
}

void BM_CopyAdd(benchmark::State& state) {
  const auto indexed = static_cast<uint64_t>(state.range(0));
  link::CopyDetector detector;
  std::string id;
  for (uint64_t n = 0; n < indexed; ++n) {
    id = std::to_string(n);
    detector.Add(id, Synthetic(n), "");
  }
  // The articles to add, made beforehand (signatures come from the parallel stage),
  // each new: re-adding one would be an exact duplicate, found by hash alone.
  constexpr uint64_t kBatch = 20000;
  std::vector<link::CopySignature> batch;
  for (uint64_t i = 0; i < kBatch; ++i) {
    batch.push_back(i % 4 == 0 ? SyntheticCopy(Draw(7, i) % indexed, i) : Synthetic(indexed + 1 + i));
  }
  uint64_t next = 0;
  int64_t copies = 0;
  for (auto _ : state) {
    if (next == kBatch) {
      state.SkipWithError("batch exhausted");
      break;
    }
    const link::CopyMatch m = detector.Add("new", batch[next++], "");
    copies += m.kind != link::CopyKind::kNone;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["bytes_per_article"] =
      static_cast<double>(detector.memory_bytes()) / static_cast<double>(detector.size());
  state.counters["copies_found"] =
      benchmark::Counter(static_cast<double>(copies), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_CopyAdd)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(20000)
    ->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace sitrep::bench
