#include "line_reader.h"

#include <cstdio>
#include <cstring>

namespace sitrep::ingest::internal {
namespace {

constexpr size_t kReadChunk = 256 << 10;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace

std::string FormatSize(uint64_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes) / 1024;
  int unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    ++unit;
  }
  char buf[32];
  if (value == static_cast<double>(static_cast<uint64_t>(value))) {
    std::snprintf(buf, sizeof(buf), "%llu %s", static_cast<unsigned long long>(value), kUnits[unit]);
  } else {
    std::snprintf(buf, sizeof(buf), "%.1f %s", value, kUnits[unit]);
  }
  return buf;
}

LineReader::LineReader(std::unique_ptr<InputStream> in, std::string head, std::string path,
                       std::string format, size_t max_line_bytes, int64_t* bytes_read)
    : in_(std::move(in)),
      buffer_(std::move(head)),
      path_(std::move(path)),
      format_(std::move(format)),
      max_line_bytes_(max_line_bytes),
      bytes_read_(bytes_read) {}

void LineReader::MakeRecord(std::string_view line, WalkItem* item) const {
  item->is_error = false;
  item->record = Record{};
  item->record.origin = path_ + "#" + std::to_string(line_);
  item->record.format = format_;
  item->record.bytes.assign(line.data(), line.size());
}

void LineReader::MakeError(std::string origin, std::string reason, WalkItem* item) const {
  item->is_error = true;
  item->error = InputError{};
  item->error.origin = std::move(origin);
  item->error.reason = std::move(reason);
}

bool LineReader::Next(WalkItem* item) {
  while (!done_) {
    const char* search = buffer_.data() + start_ + scanned_;
    const size_t search_len = buffer_.size() - start_ - scanned_;
    const void* newline = search_len > 0 ? std::memchr(search, '\n', search_len) : nullptr;
    if (newline != nullptr) {
      const size_t end = static_cast<size_t>(static_cast<const char*>(newline) - buffer_.data());
      std::string_view line(buffer_.data() + start_, end - start_);
      start_ = end + 1;
      scanned_ = 0;
      ++line_;
      if (discarding_ || line.size() > max_line_bytes_) {
        discarding_ = false;
        yielded_ = true;
        MakeError(path_ + "#" + std::to_string(line_),
                  "record too large (more than " + FormatSize(max_line_bytes_) + " limit)", item);
        return true;
      }
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (IsBlank(line)) continue;
      yielded_ = true;
      MakeRecord(line, item);
      return true;
    }
    scanned_ = buffer_.size() - start_;
    if (scanned_ > max_line_bytes_) {
      // The line is already too long: forget its bytes and keep looking for its end.
      discarding_ = true;
      buffer_.clear();
      start_ = 0;
      scanned_ = 0;
    }
    if (in_->eof()) {
      done_ = true;
      if (!in_->error().empty()) {
        MakeError(path_, in_->error(), item);
        item->error.whole_file = !yielded_;
        return true;
      }
      const std::string_view rest(buffer_.data() + start_, buffer_.size() - start_);
      if (discarding_) {
        ++line_;
        MakeError(path_ + "#" + std::to_string(line_),
                  "record too large (more than " + FormatSize(max_line_bytes_) + " limit)", item);
        return true;
      }
      if (IsBlank(rest)) return false;
      ++line_;
      MakeRecord(rest, item);
      return true;
    }
    if (start_ > 0) {
      buffer_.erase(0, start_);
      start_ = 0;
    }
    *bytes_read_ += static_cast<int64_t>(in_->ReadAppend(&buffer_, kReadChunk));
  }
  return false;
}

}  // namespace sitrep::ingest::internal
