// Kernels of the per-article stages: text primitives and the plain-text reader.
#include <benchmark/benchmark.h>

#include "kernels_common.h"
#include "sitrep/html.h"
#include "sitrep/ingest.h"
#include "sitrep/text.h"

namespace sitrep::bench {
namespace {

void BM_ValidateUtf8(benchmark::State& state) {
  const auto texts = SeedTexts();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(text::IsValidUtf8(t));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_ValidateUtf8);

void BM_CleanWhitespace(benchmark::State& state) {
  const auto texts = SeedTexts();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(text::CleanWhitespace(t));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_CleanWhitespace);

void BM_Tokenize(benchmark::State& state) {
  const auto texts = SeedTexts();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(text::Tokenize(t));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  const auto texts = SeedTexts();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(text::SplitSentences(t));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_SplitSentences);

void BM_DetectLanguage(benchmark::State& state) {
  const auto texts = SeedTexts();
  for (auto _ : state) {
    for (const auto& t : texts) benchmark::DoNotOptimize(text::DetectLanguage(t));
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_DetectLanguage);

// The whole per-article stage for a plain-text file: what each worker does per record.
void BM_ParseRecordText(benchmark::State& state) {
  const auto texts = SeedTexts();
  std::vector<ingest::Record> records;
  for (const auto& t : texts) {
    ingest::Record r;
    r.origin = "bench.txt";
    r.format = "text";
    r.bytes = t;
    records.push_back(std::move(r));
  }
  for (auto _ : state) {
    for (const auto& r : records) {
      Article a;
      benchmark::DoNotOptimize(ingest::ParseRecord(r, &a));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(records.size()));
  state.SetBytesProcessed(state.iterations() * TotalBytes(texts));
}
BENCHMARK(BM_ParseRecordText);

// HTML main-text extraction over the test pages of src/ingest/testdata/html (the pages
// of bench/html-compare): parse, metadata, main text, clean text.
void BM_ExtractHtml(benchmark::State& state) {
  const std::vector<std::string> pages =
      ReadFiles(std::filesystem::path(SITREP_SOURCE_DIR) / "src/ingest/testdata/html", ".html");
  for (auto _ : state) {
    for (const auto& page : pages) {
      ingest::HtmlDocument doc;
      benchmark::DoNotOptimize(ingest::ExtractHtml(page, "", &doc));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(pages.size()));
  state.SetBytesProcessed(state.iterations() * TotalBytes(pages));
}
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace sitrep::bench
