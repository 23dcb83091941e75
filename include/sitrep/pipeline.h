// pipeline: the ingest job. Walks the inputs, parses records in parallel on oneTBB, and
// commits articles to the store in order, one transaction per batch:
//
//   walk (serial) -> parse + analyse (parallel) -> link + store (serial, in input order)
//
// Link compares each new article with the earlier ones a copy detector offers; the
// detector is rebuilt from the store at the start, so a later ingest links to articles
// of earlier ones.
//
// Analyse runs the extractors (entities, quotes, figures, time expressions) on each
// article; their facts are stored with it.
//
// A batch commits together with the marks of the files it completes, so an ingest
// killed at any moment leaves whole batches only and a re-run resumes where it stopped:
// completed files are skipped, the rest are read again and their already-stored
// articles are recognised by content id and not stored twice.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sitrep/events.h"
#include "sitrep/ingest.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::pipeline {

// Running totals, passed to the progress callback and returned at the end.
struct IngestStats {
  int64_t files = 0;          // files seen (including skipped ones)
  int64_t files_skipped = 0;  // unchanged since a previous complete ingest
  int64_t files_failed = 0;   // files with at least one error
  int64_t records = 0;        // documents read
  int64_t added = 0;          // articles new to the store
  int64_t duplicates = 0;     // articles the store already had
  int64_t errors = 0;         // files or records that could not be read
  int64_t bytes = 0;          // input bytes read
  int64_t batches = 0;        // transactions committed
  int64_t copies = 0;         // new articles that copy an earlier one
  int64_t skipped = 0;        // records passed over by design (WARC records that are not
                              // HTML pages with status 200)
  int64_t furniture = 0;      // paragraphs dropped as furniture their source repeats
  double seconds = 0;
  // Time spent in the serial stages, which bound the whole when they are the slowest.
  double link_seconds = 0;
  double store_seconds = 0;
};

struct IngestOptions {
  std::vector<std::string> paths;    // files, folders, or "-" for standard input
  std::string forced_format;         // empty: detect each file's format
  int jobs = 0;                      // worker threads; 0: one per core
  int64_t batch_size = 1000;         // articles per transaction
  size_t max_document_bytes = 16u << 20;
  bool rescan = false;               // read files even when marked complete
  // Drop the short paragraphs a source prints on many of its articles (learned while
  // reading, see src/ingest/repeated_paragraphs.h; the state is kept in the store).
  bool learn_furniture = true;
  // Run the extractors and store their facts. Off, articles are stored without facts
  // (faster, for a text archive only).
  bool analyse = true;
  // The link stage: find copies of earlier articles (exact, near, rewritten) and group
  // articles into events and storylines, storing the links.
  bool copies = true;
  // How articles are grouped into events and storylines. A store keeps the settings it
  // was first clustered with: later ingests must use the same, or their replay of the
  // earlier articles would decide differently (Ingest refuses other settings).
  events::ClusterOptions clustering;
  // Called with each input error (from the serial stage, in input order).
  std::function<void(const ingest::InputError&)> on_error;
  // Called after each committed batch and every few hundred records (serial stage).
  std::function<void(const IngestStats&)> on_progress;
};

// Runs the ingest into `store`. Input errors do not fail the run: they are counted and
// reported through on_error. A failed store write stops the run and is returned.
// `store_path` is opened a second time for the read-only check of completed files, so
// that the walker never shares the writer's connection.
Status Ingest(store::Store* store, const std::string& store_path, const IngestOptions& options,
              IngestStats* stats);

}  // namespace sitrep::pipeline
