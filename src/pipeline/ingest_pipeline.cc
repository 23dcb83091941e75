#include <chrono>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>
#include <xxhash.h>

#include "ingest/repeated_paragraphs.h"
#include "pipeline/link_stage.h"
#include "sitrep/analysis.h"
#include "sitrep/ingest.h"
#include "sitrep/pipeline.h"
#include "sitrep/store.h"

namespace sitrep::pipeline {
namespace {

// Records travel through the pipeline in chunks, so that each parallel task has enough
// work to outweigh the hand-over, while a chunk of huge documents stays bounded in bytes.
constexpr size_t kChunkRecords = 64;
constexpr size_t kChunkBytes = 8u << 20;
constexpr int kTokensPerJob = 4;

// One thing the walker yielded, and what the parse stage made of it.
struct Item {
  bool is_error = false;
  ingest::Record record;
  ingest::InputError error;
  Article article;
  extract::ArticleFacts facts;
  link::CopySignature signature;
  events::EventFeatures event_features;
  std::string parse_error;
  std::string paragraph_keys;  // what the article taught the furniture learner, encoded
  std::string as_read;  // the text before its furniture was dropped (only then)
  // Filled by the walk stage when this item ends its file, because the walker's file
  // table must not be read from another thread while it grows.
  ingest::FileInfo finished_file;
};

struct Chunk {
  std::vector<Item> items;
  // Walker counters as of the end of this chunk (read in the walk stage for the same
  // reason as finished_file).
  int64_t files_seen = 0;
  int64_t files_skipped = 0;
  int64_t bytes_read = 0;
  int64_t furniture = 0;  // paragraphs the furniture stage dropped from this chunk
};

// Whose furniture an article carries: its source, else the host of its address
// ("www." dropped), else nobody's (it teaches nothing and loses nothing).
std::string_view FurnitureOwner(const Article& a) {
  if (!a.source.empty()) return a.source;
  std::string_view url = a.url;
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return url;
}

// The serial tail of the pipeline: collects parsed articles into batches and commits
// each batch together with the marks of the files it completes.
class BatchWriter {
 public:
  BatchWriter(store::Store* store, LinkStage* link, const IngestOptions& options,
              IngestStats* stats)
      : store_(store), link_(link), options_(options), stats_(stats) {}

  void Take(Chunk& chunk) {
    for (Item& item : chunk.items) {
      if (item.is_error) {
        Fail(item.error);
        if (item.error.last_of_file || item.error.whole_file) Finish(item.error.file_index, item.finished_file);
        continue;
      }
      const int64_t file = item.record.file_index;
      ++stats_->records;
      ++records_of_file_[file];
      if (item.parse_error.empty()) {
        pending_.articles.push_back(std::move(item.article));
        if (options_.learn_furniture) pending_.paragraph_keys.push_back(std::move(item.paragraph_keys));
        if (options_.analyse) pending_.facts.push_back(std::move(item.facts));
        if (link_ != nullptr) {
          signatures_.push_back(std::move(item.signature));
          features_.push_back(std::move(item.event_features));
        }
      } else {
        ingest::InputError error;
        error.origin = item.record.origin;
        error.reason = item.parse_error;
        error.file_index = file;
        Fail(error);
      }
      if (item.record.last_of_file) Finish(file, item.finished_file);
    }
    stats_->files = chunk.files_seen;
    stats_->files_skipped = chunk.files_skipped;
    stats_->bytes = chunk.bytes_read;
    stats_->furniture += chunk.furniture;
    if (static_cast<int64_t>(pending_.articles.size()) >= options_.batch_size) Commit();
  }

  // Commits whatever is pending; the last call of a run.
  void Flush() {
    if (!pending_.articles.empty() || !pending_.done_files.empty()) Commit();
  }

  const Status& status() const { return status_; }

 private:
  void Fail(const ingest::InputError& error) {
    ++stats_->errors;
    if (error.file_index >= 0 && failed_files_.insert(error.file_index).second) ++stats_->files_failed;
    if (options_.on_error) options_.on_error(error);
  }

  // A file is marked complete only when every record of it was read and parsed: a file
  // with errors is read again by the next run, which reports its errors again.
  void Finish(int64_t file, const ingest::FileInfo& info) {
    const bool failed = failed_files_.count(file) > 0;
    if (!failed && info.path != "-" && !info.path.empty()) {
      store::FileMark mark;
      mark.path = info.path;
      mark.size = info.size;
      mark.mtime_ns = info.mtime_ns;
      mark.articles = records_of_file_[file];
      pending_.done_files.push_back(std::move(mark));
    }
    records_of_file_.erase(file);
    failed_files_.erase(file);
  }

  void Commit() {
    if (!status_.ok()) return;
    auto since = [](std::chrono::steady_clock::time_point t) {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
    };
    auto start = std::chrono::steady_clock::now();
    if (link_ != nullptr) {
      status_ = link_->Link(*store_, signatures_, features_, &pending_, &stats_->copies);
      stats_->link_seconds += since(start);
      if (!status_.ok()) return;
    }
    start = std::chrono::steady_clock::now();
    store::BatchResult result;
    status_ = store_->CommitBatch(pending_, &result);
    stats_->store_seconds += since(start);
    if (!status_.ok()) return;
    stats_->added += result.added;
    stats_->duplicates += result.duplicates;
    ++stats_->batches;
    pending_ = store::Batch();
    signatures_.clear();
    features_.clear();
    if (options_.on_progress) options_.on_progress(*stats_);
  }

  store::Store* store_;
  LinkStage* link_;  // null when copies are not looked for
  const IngestOptions& options_;
  IngestStats* stats_;
  store::Batch pending_;
  std::vector<link::CopySignature> signatures_;  // of pending_.articles, when linking
  std::vector<events::EventFeatures> features_;   // likewise
  std::unordered_map<int64_t, int64_t> records_of_file_;
  std::unordered_set<int64_t> failed_files_;
  Status status_;
};

}  // namespace

Status Ingest(store::Store* store, const std::string& store_path, const IngestOptions& options,
              IngestStats* stats) {
  *stats = IngestStats();
  const auto start = std::chrono::steady_clock::now();

  // The walk stage asks whether a file is already complete through its own connection:
  // SQLite connections must not be shared between the walk and store threads.
  std::unique_ptr<store::Store> reader;
  ingest::WalkOptions walk;
  walk.forced_format = options.forced_format;
  walk.max_document_bytes = options.max_document_bytes;
  if (!options.rescan) {
    Status s = store::Store::Open(store_path, &reader);
    if (!s.ok()) return s;
    walk.skip_file = [&reader](const ingest::FileInfo& f) {
      return reader->IsFileDone(f.path, f.size, f.mtime_ns);
    };
  }
  std::unique_ptr<LinkStage> link;
  const link::CopyOptions* link_options = nullptr;
  if (options.copies) {
    link = std::make_unique<LinkStage>(options.clustering);
    int64_t replayed = 0;
    Status s = link->Resume(store, &replayed);
    if (!s.ok()) return s;
    link_options = &link->options();
  }
  // The furniture learner, taught again what the stored articles taught it, in storing
  // order. It learns only from articles new to the store (each once), so that a run cut
  // short and run again teaches it exactly what one whole run would have; it asks the
  // store through a connection of its own.
  ingest::RepeatedParagraphs furniture;
  std::unique_ptr<store::Store> furniture_reader;
  std::unordered_set<uint64_t> learned_ids;
  if (options.learn_furniture) {
    std::vector<uint64_t> keys;
    Article owner;
    Status s = store->ForEachParagraphKeys(
        [&](const std::string& source, const std::string& url, const std::string& blob) {
          owner.source = source;
          owner.url = url;
          if (ingest::DecodeParagraphKeys(blob, &keys)) furniture.Learn(FurnitureOwner(owner), keys);
        });
    if (s.ok()) s = store::Store::Open(store_path, &furniture_reader);
    if (!s.ok()) return s;
  }
  ingest::InputWalker walker(options.paths, walk);
  BatchWriter writer(store, link.get(), options, stats);

  const int jobs = options.jobs > 0 ? options.jobs : tbb::this_task_arena::max_concurrency();
  tbb::task_arena arena(jobs);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(jobs * kTokensPerJob),
        tbb::make_filter<void, Chunk*>(
            tbb::filter_mode::serial_in_order,
            [&](tbb::flow_control& fc) -> Chunk* {
              // Stop reading as soon as a store write failed: nothing more can be kept.
              if (!writer.status().ok()) {
                fc.stop();
                return nullptr;
              }
              auto chunk = std::make_unique<Chunk>();
              size_t bytes = 0;
              while (chunk->items.size() < kChunkRecords && bytes < kChunkBytes) {
                Item item;
                const auto kind = walker.Next(&item.record, &item.error);
                if (kind == ingest::InputWalker::Item::kEnd) break;
                item.is_error = kind == ingest::InputWalker::Item::kError;
                const bool ends_file = item.is_error
                                           ? (item.error.last_of_file || item.error.whole_file)
                                           : item.record.last_of_file;
                const int64_t file = item.is_error ? item.error.file_index : item.record.file_index;
                if (ends_file && file >= 0) item.finished_file = walker.file(file);
                bytes += item.record.bytes.size();
                chunk->items.push_back(std::move(item));
              }
              chunk->files_seen = walker.files_seen();
              chunk->files_skipped = walker.files_skipped();
              chunk->bytes_read = walker.bytes_read();
              if (chunk->items.empty()) {
                fc.stop();
                return nullptr;
              }
              return chunk.release();
            }) &
            tbb::make_filter<Chunk*, Chunk*>(
                tbb::filter_mode::parallel,
                [](Chunk* chunk) {
                  for (Item& item : chunk->items) {
                    if (item.is_error) continue;
                    Status s = ingest::ParseRecord(item.record, &item.article);
                    if (!s.ok()) item.parse_error = s.message();
                    std::string().swap(item.record.bytes);  // the article holds the text now
                  }
                  return chunk;
                }) &
            // Furniture is learned from the articles before, in input order: serial, so
            // that a run decides the same whatever the threads do. Before the analysis,
            // so that facts and offsets are those of the text stored.
            tbb::make_filter<Chunk*, Chunk*>(
                tbb::filter_mode::serial_in_order,
                [&](Chunk* chunk) {
                  if (!options.learn_furniture) return chunk;
                  std::vector<std::string> ids;
                  for (const Item& item : chunk->items) {
                    ids.push_back(item.is_error || !item.parse_error.empty() ? std::string() : item.article.id);
                  }
                  std::vector<bool> stored;
                  // A read error teaches nothing: furniture is kept rather than guessed.
                  if (!furniture_reader->ContainsArticles(ids, &stored).ok()) stored.assign(ids.size(), true);
                  std::vector<uint64_t> keys;
                  for (size_t i = 0; i < chunk->items.size(); ++i) {
                    Item& item = chunk->items[i];
                    if (ids[i].empty() || stored[i]) continue;  // not to be stored: teaches nothing
                    if (!learned_ids.insert(XXH3_64bits(ids[i].data(), ids[i].size())).second) continue;
                    int removed = 0;
                    std::string text = furniture.Clean(FurnitureOwner(item.article), item.article.text, &removed, &keys);
                    item.paragraph_keys = ingest::EncodeParagraphKeys(keys);
                    if (removed == 0) continue;
                    item.as_read = std::exchange(item.article.text, std::move(text));
                    chunk->furniture += removed;
                  }
                  return chunk;
                }) &
            tbb::make_filter<Chunk*, Chunk*>(
                tbb::filter_mode::parallel,
                [&options, &link_options](Chunk* chunk) {
                  for (Item& item : chunk->items) {
                    if (item.is_error || !item.parse_error.empty()) continue;
                    if (options.analyse) item.facts = extract::AnalyseArticle(item.article);
                    if (link_options != nullptr) {
                      item.signature = link::ComputeCopySignature(item.article.text, *link_options);
                      // Exact copies are the same text as read: two outlets' copies of one
                      // story may have lost different furniture.
                      if (!item.as_read.empty()) item.signature.exact_hash = link::ExactTextHash(item.as_read);
                      item.event_features = events::ComputeEventFeatures(item.article, item.facts);
                    }
                    std::string().swap(item.as_read);
                  }
                  return chunk;
                }) &
            tbb::make_filter<Chunk*, void>(tbb::filter_mode::serial_in_order, [&](Chunk* chunk) {
              std::unique_ptr<Chunk> owned(chunk);
              writer.Take(*owned);
            }));
  });
  writer.Flush();
  // The walk is over: its counters can be read here, and must be, since a run that
  // skipped every file produced no chunk to carry them.
  stats->files = walker.files_seen();
  stats->files_skipped = walker.files_skipped();
  stats->bytes = walker.bytes_read();
  stats->skipped = walker.records_skipped();
  stats->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return writer.status();
}

}  // namespace sitrep::pipeline
