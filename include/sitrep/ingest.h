// ingest: from paths on disk (or stdin) to Articles. Readers split inputs into records
// (one document each); ParseRecord turns one record into an Article. The walker is
// serial and does the I/O; ParseRecord is pure and runs in parallel.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

// One input file as the walker saw it; the pipeline marks it done in the store once all
// its records are committed, so that a re-run can skip it.
struct FileInfo {
  std::string path;       // as given or found under a given folder; "-" for stdin
  int64_t size = 0;
  int64_t mtime_ns = 0;
};

// The raw bytes of one document, split from an input by a reader.
struct Record {
  // "path" for single-document files, "path#N" for record N (1-based): the line of a
  // JSON Lines file, the item of a feed, the record of a WARC file.
  std::string origin;
  // How to read `bytes`: the file's format ("text", "jsonl", "html", detected or forced
  // by the user), or for parts of a multi-document file the reader's record format
  // ("feed-item", "warc-record"); the Article then names the file's format.
  std::string format;
  std::string bytes;
  int64_t file_index = -1;    // index of the file in the walker's order
  bool last_of_file = false;  // no further record of this file follows
};

// A failure that concerns one file or one record. Printed as "origin: reason".
struct InputError {
  std::string origin;
  std::string reason;
  int64_t file_index = -1;
  bool whole_file = false;    // the file could not be read at all
  bool last_of_file = false;  // nothing more of this file follows (set with whole_file too)
};

struct WalkOptions {
  std::string forced_format;                  // empty: detect by content
  size_t max_document_bytes = 16u << 20;      // a larger single document is refused
  // Called for each regular file found; returning true skips it (already ingested).
  std::function<bool(const FileInfo&)> skip_file;
};

// Walks the given paths in order: files, folders (recursively, entries sorted by name so
// runs are reproducible, hidden entries skipped), or "-" for standard input. Yields
// records or errors, one per call. Never throws.
class InputWalker {
 public:
  InputWalker(std::vector<std::string> paths, WalkOptions options);
  ~InputWalker();
  InputWalker(const InputWalker&) = delete;
  InputWalker& operator=(const InputWalker&) = delete;

  enum class Item { kRecord, kError, kEnd };
  // Fills exactly one of *record or *error, or returns kEnd.
  Item Next(Record* record, InputError* error);

  // Files seen so far (indexed by Record::file_index), and counts for progress lines.
  const FileInfo& file(int64_t index) const;
  int64_t files_seen() const;
  int64_t files_skipped() const;
  int64_t bytes_read() const;
  // Documents passed over on purpose, not errors: the responses of a WARC crawl that
  // are not HTML pages with status 200 (images, scripts, redirects, not-found pages).
  int64_t records_skipped() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The formats sitrep knows, for --format and detection.
std::vector<std::string> KnownFormats();
// Guesses the format of a file from its name and first bytes.
std::string DetectFormat(std::string_view path, std::string_view head);

// Turns one record into an Article (metadata, clean text, language, id).
// On failure returns an error whose message is the reason only (no origin).
Status ParseRecord(const Record& record, Article* article);

// The plain-text reader (see README "Plain text"): optional header lines, a headline,
// a dateline such as "Washington (AFP) 02/10/2022 08:19", then the body.
Status ParsePlainText(std::string_view bytes, Article* article);

}  // namespace sitrep::ingest
