// A byte stream over a file descriptor that inflates gzip data transparently (zlib
// gzread), so that .gz inputs and piped compressed input read like plain ones.
// Internal to the ingest module.
#pragma once

#include <cstddef>
#include <string>

#include <zlib.h>

namespace sitrep::ingest::internal {

class InputStream {
 public:
  // Takes ownership of `fd`.
  explicit InputStream(int fd);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `n` bytes into `out`. Returns the count; 0 at the end of the stream or
  // after an error (see error()).
  size_t Read(char* out, size_t n);
  // Appends up to `n` bytes to *buffer; returns the count appended.
  size_t ReadAppend(std::string* buffer, size_t n);

  bool eof() const { return eof_; }
  // Empty while the stream is healthy; otherwise a short reason such as
  // "truncated gzip data (unexpected end of file)".
  const std::string& error() const { return error_; }
  // True when the data is gzip-compressed (known after the first read).
  bool compressed() const;

 private:
  gzFile file_ = nullptr;
  bool eof_ = false;
  std::string error_;
};

}  // namespace sitrep::ingest::internal
