// sitrep-gen: writes a synthetic news corpus with its ground truth.
//
//   sitrep-gen --articles 400 --seed 1 --out demo
//   sitrep-gen --articles 1000000 --format jsonl --out bench-corpus
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "bench/gen/generator.h"
#include "bench/gen/output.h"

int main(int argc, char** argv) {
  using sitrep::gen::Format;
  sitrep::gen::GeneratorOptions options;
  std::string out;
  std::string format = "text";
  bool force = false;
  bool quiet = false;

  CLI::App app{"sitrep-gen: synthetic news corpus with ground truth for sitrep"};
  app.add_option("--articles,-n", options.articles, "Number of articles")
      ->required()
      ->check(CLI::Range(int64_t{1}, int64_t{50'000'000}));
  app.add_option("--storylines,-k", options.storylines,
                 "Number of storylines (default: max(3, articles / 2000))")
      ->check(CLI::Range(1, 1'000'000));
  app.add_option("--seed,-s", options.seed, "Random seed; same arguments, same bytes");
  app.add_option("--out,-o", out, "Output directory")->required();
  app.add_option("--format,-f", format, "text (one file per article) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("--copy-share", options.copy_share,
                 "Share of articles that copy an earlier one (exact, near, spun)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--undated-share", options.undated_share,
                 "Share of articles with no date at all")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--shared-vocab", options.shared_vocab,
                 "Chance that a storyline shares its country and officials with another")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--burst", options.burst,
                 "Share of unrelated one-off articles, arriving in bursts")
      ->check(CLI::Range(0.0, 1.0));
  app.add_flag("--force", force, "Replace a corpus already in the output directory");
  app.add_flag("--quiet,-q", quiet, "Print nothing on success");
  CLI11_PARSE(app, argc, argv);

  try {
    const auto start = std::chrono::steady_clock::now();
    sitrep::gen::Generator generator(options);
    sitrep::gen::CorpusWriter writer(out, format == "jsonl" ? Format::kJsonl : Format::kText,
                                     generator, force);
    generator.Run(writer);
    writer.Finish();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet) {
      fmt::print(stderr,
                 "sitrep-gen: {} articles ({} copies, {} undated) in {} storylines, "
                 "{:.1f} MB, {:.2f} s ({:.0f} articles/s) -> {}\n",
                 writer.articles(), writer.copies(), writer.undated(),
                 generator.world().storylines.size(), writer.bytes() / 1e6, seconds,
                 writer.articles() / std::max(seconds, 1e-9), out);
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "sitrep-gen: {}\n", e.what());
    return 1;
  }
  return 0;
}
