#include "input_stream.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include <unistd.h>

namespace sitrep::ingest::internal {
namespace {

constexpr unsigned kGzipBufferBytes = 256 << 10;

}  // namespace

InputStream::InputStream(int fd) {
  file_ = gzdopen(fd, "rb");
  if (file_ == nullptr) {
    ::close(fd);
    error_ = "cannot open stream";
    eof_ = true;
    return;
  }
  gzbuffer(file_, kGzipBufferBytes);
}

InputStream::~InputStream() {
  if (file_ != nullptr) gzclose(file_);
}

bool InputStream::compressed() const { return file_ != nullptr && gzdirect(file_) == 0; }

size_t InputStream::Read(char* out, size_t n) {
  if (eof_ || n == 0) return 0;
  const unsigned chunk = static_cast<unsigned>(std::min<size_t>(n, INT_MAX / 2));
  errno = 0;
  const int got = gzread(file_, out, chunk);
  if (got > 0) return static_cast<size_t>(got);
  eof_ = true;
  int code = Z_OK;
  const char* message = gzerror(file_, &code);
  if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) {
    if (code == Z_ERRNO) {
      error_ = std::string("read error: ") + std::strerror(errno != 0 ? errno : EIO);
    } else if (code == Z_BUF_ERROR) {
      error_ = "truncated gzip data (unexpected end of file)";
    } else {
      error_ = std::string("corrupt gzip data (") + (message != nullptr ? message : "unknown") + ")";
    }
  }
  return 0;
}

size_t InputStream::ReadAppend(std::string* buffer, size_t n) {
  const size_t old_size = buffer->size();
  buffer->resize(old_size + n);
  const size_t got = Read(buffer->data() + old_size, n);
  buffer->resize(old_size + got);
  return got;
}

}  // namespace sitrep::ingest::internal
