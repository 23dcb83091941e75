// The storyline report of a 10,000-article storyline, read from a store: the target is
// well under a second, so that an analyst's page opens at once even for a large story.
//
// The store is built once: 10,000 articles of 100 events in one storyline over 30 days,
// each of 20 paragraphs drawn from the seed reports with a word varied in each (so that
// sentences differ as they do across outlets), one in ten an exact copy of an earlier
// article of its event, all analysed by the real extractors (facts, quotes, figures,
// times).
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <xxhash.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "kernels_common.h"
#include "sitrep/analysis.h"
#include "sitrep/ingest.h"
#include "sitrep/storyline_report.h"

namespace sitrep::bench {
namespace {

constexpr int kArticles = 10000;
constexpr int kEvents = 100;
constexpr int kParagraphs = 20;

uint64_t Draw(uint64_t stream, uint64_t i) { return XXH3_64bits_withSeed(&i, sizeof i, stream); }

std::vector<std::string> SeedParagraphs() {
  std::vector<std::string> paragraphs;
  for (const std::string& t : SeedTexts()) {
    Article a;
    if (!ingest::ParsePlainText(t, &a).ok()) continue;
    size_t begin = 0;
    while (begin < a.text.size()) {
      size_t end = a.text.find("\n\n", begin);
      if (end == std::string::npos) end = a.text.size();
      if (end - begin > 80) paragraphs.push_back(a.text.substr(begin, end - begin));
      begin = end + 2;
    }
  }
  return paragraphs;
}

// A word varied in a paragraph: "the" becomes "the <word>".
std::string Vary(const std::string& paragraph, uint64_t draw) {
  static const char* kWords[] = {"latest", "reported", "northern", "southern", "western", "eastern", "new",
                                 "second", "major", "local", "regional", "early", "late", "official",
                                 "military", "diplomatic", "urgent", "planned", "recent", "renewed"};
  const size_t at = paragraph.find(" the ");
  if (at == std::string::npos) return paragraph;
  return paragraph.substr(0, at + 5) + kWords[draw % 20] + " " + fmt::format("{} ", draw % 97) +
         paragraph.substr(at + 5);
}

class StorylineStore {
 public:
  StorylineStore() {
    // SITREP_BENCH_REPORT_DB keeps the store there, for inspection, and a later run
    // reuses it.
    const char* keep = std::getenv("SITREP_BENCH_REPORT_DB");
    keep_ = keep != nullptr && *keep != '\0';
    path_ = keep_ ? std::string(keep)
                  : (std::filesystem::temp_directory_path() / fmt::format("sitrep-report-bench-{}.db", getpid())).string();
    if (keep_ && std::filesystem::exists(path_)) {
      ok_ = store::Store::Open(path_, &store_).ok();  // built by an earlier run
      return;
    }
    std::filesystem::remove(path_);
    if (!store::Store::Open(path_, &store_).ok()) return;
    const std::vector<std::string> paragraphs = SeedParagraphs();
    if (paragraphs.empty()) return;
    std::vector<Article> made;  // every article so far, copies draw from it
    std::vector<size_t> root;   // the original each article is (or copies)
    store::Batch batch;
    for (int i = 0; i < kArticles; ++i) {
      const int event = i % kEvents;
      const bool copy = i >= kEvents && Draw(1, static_cast<uint64_t>(i)) % 10 == 0;
      Article a;
      a.origin = "bench";
      a.format = "text";
      a.language = "en";
      a.language_confidence = 0.99;
      a.source = fmt::format("Source {}", Draw(2, static_cast<uint64_t>(i)) % 60);
      a.published = fmt::format("2022-02-{:02d}", 1 + (event * 27 / kEvents) + (i / kEvents) % 2);
      store::CopyRecord link;
      size_t original = made.size();
      if (copy) {
        // An exact copy of the previous article of its event (or of what that copies).
        original = root[made.size() - kEvents];
        const Article& o = made[original];
        a.title = o.title;
        a.text = o.text;
        link.original_id = o.id;
        link.group_id = o.id;
        link.kind = "exact";
        link.reused_share = link.similarity = link.coverage = 1.0;
      } else {
        a.title = fmt::format("Developments in the crisis, part {}", event);
        for (int p = 0; p < kParagraphs; ++p) {
          const uint64_t d = Draw(3, static_cast<uint64_t>(i * kParagraphs + p));
          // Each event favours its own paragraphs, as an event's articles share a story.
          const size_t pick = p < 6 ? (static_cast<size_t>(event) * 7 + static_cast<size_t>(p)) % paragraphs.size()
                                    : d % paragraphs.size();
          a.text += (p ? "\n\n" : "") + Vary(paragraphs[pick], d >> 8);
        }
      }
      a.id = ComputeArticleId(a);
      batch.facts.push_back(extract::AnalyseArticle(a));
      batch.copies.push_back(link);
      batch.events.push_back({"", event + 1, 1, 1.0});
      batch.articles.push_back(a);
      made.push_back(std::move(a));
      root.push_back(original);
      if (batch.articles.size() == 1000 || i + 1 == kArticles) {
        store::BatchResult result;
        if (!store_->CommitBatch(batch, &result).ok()) return;
        batch = store::Batch();
      }
    }
    ok_ = true;
  }
  ~StorylineStore() {
    store_.reset();
    if (keep_) return;
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix, ignored);
  }
  bool ok() const { return ok_; }
  const store::Store& store() const { return *store_; }

 private:
  std::string path_;
  std::unique_ptr<store::Store> store_;
  bool ok_ = false;
  bool keep_ = false;
};

StorylineStore& Data() {
  static StorylineStore data;
  return data;
}

void BM_StorylineReport10k(benchmark::State& state) {
  StorylineStore& data = Data();
  if (!data.ok()) {
    state.SkipWithError("could not build the store");
    return;
  }
  report::StorylineReportOptions options;
  size_t sentences = 0;
  for (auto _ : state) {
    report::StorylineReport r;
    if (!report::BuildStorylineReport(data.store(), 1, options, &r).ok()) {
      state.SkipWithError("report failed");
      return;
    }
    sentences = r.brief.size();
    benchmark::DoNotOptimize(r);
  }
  const store::CorpusStats stats = data.store().Stats();
  state.counters["brief_sentences"] = static_cast<double>(sentences);
  state.counters["figures"] = static_cast<double>(stats.figures);
  state.counters["quotes"] = static_cast<double>(stats.quotes);
  state.SetItemsProcessed(state.iterations() * kArticles);
}
BENCHMARK(BM_StorylineReport10k)->Unit(benchmark::kMillisecond)->Iterations(3);

// The timeline alone (what `sitrep timeline` computes): the storyline read and dated.
void BM_StorylineTimeline10k(benchmark::State& state) {
  StorylineStore& data = Data();
  if (!data.ok()) {
    state.SkipWithError("could not build the store");
    return;
  }
  for (auto _ : state) {
    report::StorylineReport r;
    if (!report::BuildStorylineTimeline(data.store(), 1, report::StorylineReportOptions(), &r).ok()) {
      state.SkipWithError("timeline failed");
      return;
    }
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * kArticles);
}
BENCHMARK(BM_StorylineTimeline10k)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace sitrep::bench
