// Whole-pipeline benchmark: ingests a corpus folder into a fresh store, in process, and
// prints articles/s, MB/s and peak resident memory. `make bench` runs it over 100,000
// generated articles. A benchmark, not a test: it asserts nothing about time.
#include <sys/resource.h>

#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "sitrep/pipeline.h"
#include "sitrep/store.h"

int main(int argc, char** argv) {
  std::string corpus;
  std::string db;
  int jobs = 0;
  int64_t batch = 1000;
  bool no_analyse = false;
  CLI::App app{"Ingest a corpus into a fresh store and report throughput and peak memory."};
  app.add_option("corpus", corpus, "Folder or file to ingest")->required()->check(CLI::ExistingPath);
  app.add_option("--db", db, "Store to create (removed first)")->required();
  app.add_option("-j,--jobs", jobs, "Worker threads (default: one per core)");
  app.add_option("--batch", batch, "Articles per transaction");
  app.add_flag("--no-analyse", no_analyse, "Store articles without running the extractors");
  CLI11_PARSE(app, argc, argv);

  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  std::unique_ptr<sitrep::store::Store> store;
  sitrep::Status s = sitrep::store::Store::Open(db, &store);
  if (!s.ok()) {
    fmt::print(stderr, "{}: {}\n", db, s.message());
    return 1;
  }
  sitrep::pipeline::IngestOptions options;
  options.paths = {corpus};
  options.jobs = jobs;
  options.batch_size = batch;
  options.analyse = !no_analyse;
  options.on_error = [](const sitrep::ingest::InputError& e) {
    fmt::print(stderr, "{}: {}\n", e.origin, e.reason);
  };
  sitrep::pipeline::IngestStats stats;
  s = sitrep::pipeline::Ingest(store.get(), db, options, &stats);
  if (!s.ok()) {
    fmt::print(stderr, "{}\n", s.message());
    return 1;
  }
  store.reset();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double mb = static_cast<double>(stats.bytes) / 1e6;
  fmt::print("pipeline{}  {}  articles {}  added {}  errors {}  {:.2f} s  {:.0f} articles/s  "
             "{:.1f} MB/s  peak RSS {:.0f} MB  store {:.0f} MB\n",
             no_analyse ? " (no analyse)" : "", corpus, stats.records, stats.added, stats.errors, stats.seconds,
             stats.records / stats.seconds, mb / stats.seconds, usage.ru_maxrss / 1024.0,
             std::filesystem::file_size(db) / 1e6);
  fmt::print("  serial stages: link {:.2f} s, store {:.2f} s ({:.0f}% of the run)\n", stats.link_seconds,
             stats.store_seconds, 100 * (stats.link_seconds + stats.store_seconds) / stats.seconds);
  return 0;
}
