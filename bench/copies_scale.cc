// Copy detection at scale: cost per article as the index grows, and quality, on a
// generated corpus streamed straight from the generator (no files, no store), so that
// a million articles fit in memory and only the detector is timed.
//
//   sitrep-bench-copies [--articles 1000000] [--seed 11]
//
// For each window of the stream (up to 10k, 100k, 1M articles indexed) it prints the
// articles per second of the signature, of Add (lookup, verification, insertion) and
// of both on one core, and the detector's memory per article; then precision and
// recall of the links per kind of copy over the whole stream (a link is right when it
// joins two members of one true copy group), and the independent articles sharing
// quotes that were linked.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bench/gen/generator.h"
#include "sitrep/copies.h"

namespace {

using Clock = std::chrono::steady_clock;
double Ratio(int64_t a, int64_t b) { return b > 0 ? static_cast<double>(a) / static_cast<double>(b) : 1.0; }

constexpr const char* kKinds[] = {"exact", "near", "spun10", "spun30", "spun50"};

struct KindCounts {
  int64_t truth = 0, right = 0;  // copies of this kind; linked into their true group
};

struct LinkCounts {
  int64_t links = 0, right = 0;  // links made of this kind; into the true group
};

class Runner : public sitrep::gen::ArticleSink {
 public:
  explicit Runner(int64_t articles) { group_.reserve(static_cast<size_t>(articles)); }

  void Accept(const sitrep::gen::GeneratedArticle& a) override {
    const auto t0 = Clock::now();
    const sitrep::link::CopySignature sig = sitrep::link::ComputeCopySignature(a.body.text);
    const auto t1 = Clock::now();
    const sitrep::link::CopyMatch m = detector_.Add(a.id, sig, a.published);
    const auto t2 = Clock::now();
    signature_seconds_ += std::chrono::duration<double>(t1 - t0).count();
    add_seconds_ += std::chrono::duration<double>(t2 - t1).count();
    Score(a, m);
    const size_t n = group_.size();
    if (n == next_report_) Report();
  }

  void Finish() {
    if (group_.size() != last_reported_) Report();
    fmt::print("\nrecall per kind of copy:\n{:8} {:>8} {:>8}\n", "kind", "truth", "recall");
    int64_t right = 0, truth = 0, links = 0;
    for (int k = 0; k < 5; ++k) {
      const KindCounts& c = kinds_[k];
      fmt::print("{:8} {:>8} {:>8.4f}\n", kKinds[k], c.truth, Ratio(c.right, c.truth));
      right += c.right;
      truth += c.truth;
    }
    fmt::print("precision per kind of link found:\n{:8} {:>8} {:>9}\n", "kind", "links", "precision");
    for (int k = 1; k < 4; ++k) {
      const LinkCounts& c = links_[k];
      fmt::print("{:8} {:>8} {:>9.4f}\n", sitrep::link::CopyKindName(static_cast<sitrep::link::CopyKind>(k)),
                 c.links, Ratio(c.right, c.links));
      links += c.links;
    }
    const double p = Ratio(right, links), r = Ratio(right, truth);
    fmt::print("all links: precision {:.4f} recall {:.4f} F1 {:.4f}\n", p, r,
               p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    fmt::print("independent articles linked: {} of {}\n", originals_linked_, originals_);
    fmt::print("quote-sharing pairs linked: {} of {}\n", quote_pairs_linked_, quote_pairs_);
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    fmt::print("peak RSS {:.0f} MB (generator included)\n", static_cast<double>(u.ru_maxrss) / 1024);
  }

 private:
  // The true group of article i: its original, or itself.
  uint32_t Root(const sitrep::gen::GeneratedArticle& a) const {
    return a.copy_of >= 0 ? static_cast<uint32_t>(a.copy_of) : a.index;
  }

  void Score(const sitrep::gen::GeneratedArticle& a, const sitrep::link::CopyMatch& m) {
    const uint32_t root = Root(a);
    group_.push_back(root);
    const bool linked = m.kind != sitrep::link::CopyKind::kNone;
    // Generated ids are the article's index, zero-padded.
    const uint32_t target = linked ? group_[std::stoul(m.original_id)] : root;
    const bool right = linked && a.copy_of >= 0 && target == root;
    if (linked) {
      LinkCounts& l = links_[static_cast<int>(m.kind)];
      ++l.links;
      l.right += right;
    }
    if (a.copy_of >= 0) {
      KindCounts& k = kinds_[static_cast<int>(a.copy_kind)];
      ++k.truth;
      k.right += right;
    } else {
      ++originals_;
      originals_linked_ += linked;
    }
    for (uint32_t other : a.shares_quotes_with) {
      ++quote_pairs_;
      quote_pairs_linked_ += linked && target == group_[other] && group_[other] != root;
    }
  }

  void Report() {
    const size_t n = group_.size();
    const double articles = static_cast<double>(n - last_reported_);
    const double sig = signature_seconds_ - reported_signature_;
    const double add = add_seconds_ - reported_add_;
    if (last_reported_ == 0) {
      fmt::print("{:>10} {:>14} {:>12} {:>12} {:>14}\n", "indexed", "signature/s", "add/s",
                 "both/s", "bytes/article");
    }
    fmt::print("{:>10} {:>14.0f} {:>12.0f} {:>12.0f} {:>14.0f}\n", n, articles / sig,
               articles / add, articles / (sig + add),
               static_cast<double>(detector_.memory_bytes()) / static_cast<double>(n));
    std::fflush(stdout);
    last_reported_ = n;
    reported_signature_ = signature_seconds_;
    reported_add_ = add_seconds_;
    next_report_ *= 10;
  }

  sitrep::link::CopyDetector detector_;
  std::vector<uint32_t> group_;  // per article index: its true group
  KindCounts kinds_[5];   // by true kind
  LinkCounts links_[4];   // by CopyKind found
  int64_t originals_ = 0, originals_linked_ = 0, quote_pairs_ = 0, quote_pairs_linked_ = 0;
  double signature_seconds_ = 0, add_seconds_ = 0, reported_signature_ = 0, reported_add_ = 0;
  size_t next_report_ = 10000, last_reported_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  sitrep::gen::GeneratorOptions options;
  options.articles = 1000000;
  options.seed = 11;
  CLI::App app{"Copy detection at scale on a generated stream: cost curve and quality."};
  app.add_option("--articles", options.articles, "Articles to generate")->check(CLI::PositiveNumber);
  app.add_option("--seed", options.seed, "Generator seed");
  CLI11_PARSE(app, argc, argv);
  fmt::print("copy detection on {} generated articles (seed {}), one core; windows end at\n"
             "10k, 100k, 1M articles indexed\n", options.articles, options.seed);
  Runner runner(options.articles);
  sitrep::gen::Generator generator(options);
  generator.Run(runner);
  runner.Finish();
  return 0;
}
