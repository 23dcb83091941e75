#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "cli/progress_line.h"
#include "sitrep/ingest.h"
#include "sitrep/pipeline.h"

namespace sitrep::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string format;
  int jobs = 0;
  int64_t batch = 1000;
  double max_mb = 16;
  bool rescan = false;
  bool no_analyse = false;
  bool keep_furniture = false;
  events::ClusterOptions clustering;
  bool quiet = false;
};

int RunIngest(const Context& context, const IngestArgs& args) {
  std::unique_ptr<store::Store> store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;

  ProgressLine progress(!args.quiet && StderrIsTerminal());
  pipeline::IngestOptions options;
  options.paths = args.paths;
  options.forced_format = args.format;
  options.jobs = args.jobs;
  options.batch_size = args.batch;
  options.max_document_bytes = static_cast<size_t>(args.max_mb * 1024 * 1024);
  options.rescan = args.rescan;
  options.analyse = !args.no_analyse;
  options.learn_furniture = !args.keep_furniture;
  options.clustering = args.clustering;
  options.on_error = [&progress](const ingest::InputError& e) {
    progress.Clear();
    fmt::print(stderr, "sitrep: {}: {}\n", e.origin, e.reason);
  };
  options.on_progress = [&progress](const pipeline::IngestStats& s) { progress.Update(s); };

  pipeline::IngestStats stats;
  Status status = pipeline::Ingest(store.get(), context.db_path, options, &stats);
  progress.Finish();
  if (!status.ok()) {
    Complain(context.db_path + ": " + status.message());
    return kExitError;
  }
  if (!args.quiet) {
    const double rate = stats.seconds > 0 ? static_cast<double>(stats.records) / stats.seconds : 0;
    fmt::print(stderr,
               "ingested {} files ({} unchanged, skipped): {} articles read, {} new, {} already "
               "stored, {} copies of earlier articles, {} errors in {:.2f} s ({:.0f} articles/s)\n",
               stats.files, stats.files_skipped, stats.records, stats.added, stats.duplicates,
               stats.copies, stats.errors, stats.seconds, rate);
    if (stats.furniture > 0) {
      fmt::print(stderr, "{} paragraphs of site furniture dropped (lines their source repeats)\n",
                 stats.furniture);
    }
    if (stats.skipped > 0) {
      fmt::print(stderr, "skipped {} crawl records that are not HTML pages with status 200\n",
                 stats.skipped);
    }
  }
  return stats.errors > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read articles from files, folders (recursively) or - (standard input) into the store.\n"
      "Re-running is safe: unchanged files are skipped and no article is stored twice.\n"
      "Exit code 2 means the run completed but some inputs could not be read.");
  cmd->add_option("paths", args->paths, "Files, folders, or - for standard input")->required();
  std::string formats;
  for (const std::string& f : ingest::KnownFormats()) formats += (formats.empty() ? "" : ", ") + f;
  cmd->add_option("--format", args->format, "Read every input as this format (" + formats + ")")
      ->check(CLI::IsMember(ingest::KnownFormats()));
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--batch", args->batch, "Articles per transaction (default 1000)")
      ->check(CLI::Range(int64_t{1}, int64_t{1000000}));
  cmd->add_option("--max-mb", args->max_mb, "Largest single document read, in MiB (default 16)")
      ->check(CLI::Range(0.001, 4096.0));
  cmd->add_flag("--rescan", args->rescan, "Read files again even if already ingested unchanged");
  events::ClusterOptions& c = args->clustering;
  cmd->add_option("--event-threshold", c.event_threshold,
                  "Similarity (0..1) an article needs to join an event")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--storyline-threshold", c.storyline_threshold,
                  "Similarity (0..1) a new event needs to join a storyline")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--event-gap-days", c.event_gap_days,
                  "Most days between an article and an event it joins")
      ->check(CLI::NonNegativeNumber)->capture_default_str();
  cmd->add_option("--retire-days", c.event_retire_days,
                  "Days after which an event with no new article leaves the live set")
      ->check(CLI::PositiveNumber)->capture_default_str();
  cmd->add_flag("--no-analyse", args->no_analyse,
                "Store articles without their facts (entities, quotes, figures, times)");
  cmd->add_flag("--keep-furniture", args->keep_furniture,
                "Keep the short paragraphs a source repeats on many of its articles");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress line and no summary");
  cmd->callback([&context, args] { context.run = [&context, args] { return RunIngest(context, *args); }; });
}

}  // namespace sitrep::cli
