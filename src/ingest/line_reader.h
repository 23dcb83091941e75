// Splits a JSON Lines stream into records with bounded memory. Internal to the ingest
// module.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "input_stream.h"
#include "record_reader.h"

namespace sitrep::ingest::internal {

class LineReader : public RecordReader {
 public:
  // `head` holds bytes already read from `in`; `path` names the input in origins
  // ("path#N"). A line longer than `max_line_bytes` is skipped (without holding it in
  // memory) and reported as an error for that line. *bytes_read counts bytes read.
  LineReader(std::unique_ptr<InputStream> in, std::string head, std::string path,
             std::string format, size_t max_line_bytes, int64_t* bytes_read);

  // The next record or error of the stream; false when the stream is finished. Blank
  // lines are skipped. A stream error (truncated gzip) comes last, as an error for the
  // whole input, after every record read before it; a line the error cut short is not
  // handed out.
  bool Next(WalkItem* item) override;
  std::string EmptyReason() const override { return "no records (only blank lines)"; }

 private:
  void MakeRecord(std::string_view line, WalkItem* item) const;
  void MakeError(std::string origin, std::string reason, WalkItem* item) const;

  std::unique_ptr<InputStream> in_;
  std::string buffer_;
  size_t start_ = 0;      // first unconsumed byte of buffer_
  size_t scanned_ = 0;    // bytes after start_ known to hold no line break
  int64_t line_ = 0;      // lines finished so far
  bool discarding_ = false;  // inside a line that was too long
  bool done_ = false;
  bool yielded_ = false;
  const std::string path_;
  const std::string format_;
  const size_t max_line_bytes_;
  int64_t* const bytes_read_;
};

// "16 MiB", "1.5 GiB", "300 bytes": sizes in messages.
std::string FormatSize(uint64_t bytes);

}  // namespace sitrep::ingest::internal
