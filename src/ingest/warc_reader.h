// Streams a WARC file (plain, or gzip with one member per record as Common Crawl
// writes it) and hands out its HTML responses as records. Internal to the ingest module.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "input_stream.h"
#include "record_reader.h"

namespace sitrep::ingest::internal {

// The record format of one WARC response (Record::format); the Article says "warc".
inline constexpr std::string_view kWarcRecordFormat = "warc-record";

class WarcReader : public RecordReader {
 public:
  // `head` holds bytes already read from `in`; record N of the file is "path#N" (every
  // record counts: warcinfo, requests, responses). A response larger than
  // `max_record_bytes` is an error for that record, skipped without holding it in
  // memory. *bytes_read counts bytes read.
  WarcReader(std::unique_ptr<InputStream> in, std::string head, std::string path,
             size_t max_record_bytes, int64_t* bytes_read);

  // Responses with HTTP status 200 and an HTML body, as records of format
  // "warc-record": the WARC header block, a blank line, then the HTTP message. Other
  // responses are skipped and counted (skipped()); other record types are passed over.
  // A record cut short (a Content-Length beyond the end of the file, a truncated gzip
  // member) or a header that is not WARC ends the file with one error naming the
  // record, after every record before it.
  bool Next(WalkItem* item) override;
  std::string EmptyReason() const override;
  int64_t skipped() const override { return skipped_; }

 private:
  // Makes at least `n` unconsumed bytes available unless the stream ends first.
  bool Fill(size_t n);
  // Consumes `n` bytes, reading and dropping what is not buffered yet. False when the
  // stream ends first.
  bool Discard(uint64_t n, uint64_t* dropped);
  void Fail(std::string reason, WalkItem* item);

  std::unique_ptr<InputStream> in_;
  std::string buffer_;
  size_t start_ = 0;  // first unconsumed byte of buffer_
  const std::string path_;
  const size_t max_record_bytes_;
  int64_t* const bytes_read_;
  int64_t record_ = 0;  // records begun so far
  int64_t responses_ = 0;
  int64_t skipped_ = 0;
  bool yielded_ = false;
  bool done_ = false;
};

}  // namespace sitrep::ingest::internal
