// A WARC file is a sequence of records, each a header block, a blank line, exactly
// Content-Length bytes of content, and two line breaks. Only the length says where a
// record ends, so a record whose header cannot be read ends the file: there is no safe
// place to resume.
#include "warc_reader.h"

#include <algorithm>
#include <string_view>

#include "http_response.h"
#include "line_reader.h"
#include "warc_record.h"

namespace sitrep::ingest::internal {
namespace {

constexpr size_t kReadChunk = 256 << 10;
// No real record header comes near this; a longer one is not a WARC header.
constexpr size_t kMaxHeaderBytes = 64 << 10;
// Enough of a response to read its status line and headers before deciding whether to
// keep the rest.
constexpr size_t kHttpPeekBytes = 16 << 10;

// The end of a header block: the first blank line (CRLF CRLF, or LF LF from tools
// that write bare line feeds). Returns the offset of the content, or npos.
size_t HeaderEnd(std::string_view s, size_t* block_size) {
  const size_t crlf = s.find("\r\n\r\n");
  const size_t lf = s.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
  if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf)) {
    *block_size = crlf;
    return crlf + 4;
  }
  *block_size = lf;
  return lf + 2;
}

}  // namespace

WarcReader::WarcReader(std::unique_ptr<InputStream> in, std::string head, std::string path,
                       size_t max_record_bytes, int64_t* bytes_read)
    : in_(std::move(in)),
      buffer_(std::move(head)),
      path_(std::move(path)),
      max_record_bytes_(max_record_bytes),
      bytes_read_(bytes_read) {}

std::string WarcReader::EmptyReason() const {
  if (responses_ == 0) return "no HTTP responses in the WARC file";
  return "no HTML responses (" + std::to_string(skipped_) + " other responses skipped)";
}

bool WarcReader::Fill(size_t n) {
  while (buffer_.size() - start_ < n && !in_->eof()) {
    if (start_ > 0 && start_ >= buffer_.size() / 2) {
      buffer_.erase(0, start_);
      start_ = 0;
    }
    const size_t missing = n - (buffer_.size() - start_);
    *bytes_read_ += static_cast<int64_t>(in_->ReadAppend(&buffer_, std::max(kReadChunk, missing)));
  }
  return buffer_.size() - start_ >= n;
}

bool WarcReader::Discard(uint64_t n, uint64_t* dropped) {
  *dropped = 0;
  const size_t buffered = std::min<uint64_t>(n, buffer_.size() - start_);
  start_ += buffered;
  *dropped += buffered;
  n -= buffered;
  if (start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  }
  while (n > 0) {
    // Drop through the buffer in chunks; the buffer is empty here.
    const size_t got = in_->ReadAppend(&buffer_, kReadChunk);
    *bytes_read_ += static_cast<int64_t>(got);
    if (got == 0) return false;
    const size_t take = std::min<uint64_t>(n, got);
    *dropped += take;
    n -= take;
    start_ = take;
    if (start_ == buffer_.size()) {
      buffer_.clear();
      start_ = 0;
    }
  }
  return true;
}

void WarcReader::Fail(std::string reason, WalkItem* item) {
  done_ = true;
  item->is_error = true;
  item->error = InputError{};
  item->error.origin = path_ + "#" + std::to_string(record_);
  // A broken stream explains any cut better than the record does.
  item->error.reason = in_->error().empty() ? std::move(reason) : in_->error();
  item->error.whole_file = !yielded_;
  buffer_.clear();
  start_ = 0;
}

bool WarcReader::Next(WalkItem* item) {
  while (!done_) {
    // Line breaks between records.
    for (;;) {
      while (start_ < buffer_.size() && (buffer_[start_] == '\r' || buffer_[start_] == '\n')) ++start_;
      if (start_ < buffer_.size() || !Fill(1)) break;
    }
    if (!Fill(1)) {
      done_ = true;
      if (in_->error().empty()) return false;
      ++record_;  // the record that was being read
      Fail("", item);
      return true;
    }
    ++record_;
    // A record starts with its version line; anything else means the previous record's
    // length was wrong, or this is not a WARC file.
    Fill(5);
    if (std::string_view(buffer_.data() + start_, buffer_.size() - start_).substr(0, 5) != "WARC/") {
      Fail("not a WARC record (no WARC/1.x version line)", item);
      return true;
    }
    // The header block.
    size_t block_size = 0;
    size_t content_at = std::string_view::npos;
    size_t scanned = 0;
    for (;;) {
      const std::string_view view(buffer_.data() + start_, buffer_.size() - start_);
      content_at = HeaderEnd(view.substr(scanned > 3 ? scanned - 3 : 0), &block_size);
      if (content_at != std::string_view::npos) {
        const size_t shift = scanned > 3 ? scanned - 3 : 0;
        content_at += shift;
        block_size += shift;
        break;
      }
      scanned = view.size();
      if (scanned > kMaxHeaderBytes) {
        Fail("not a WARC record (no header end in the first " + FormatSize(kMaxHeaderBytes) + ")", item);
        return true;
      }
      if (!Fill(scanned + 1)) {
        Fail("truncated WARC record (the file ends inside its header)", item);
        return true;
      }
    }
    WarcHeaders headers;
    std::string reason;
    const std::string header_block(buffer_.data() + start_, block_size);
    if (!ParseWarcHeaders(header_block, &headers, &reason)) {
      Fail(reason, item);
      return true;
    }
    start_ += content_at;
    const uint64_t length = static_cast<uint64_t>(headers.content_length);
    auto truncated = [&](uint64_t have) {
      return "truncated WARC record (Content-Length " + std::to_string(length) + " but only " +
             std::to_string(have) + " bytes left)";
    };
    bool keep = false;
    if (headers.type == "response") {
      ++responses_;
      // Peek at the HTTP headers: most responses of a crawl (images, scripts,
      // redirects) are passed over without being held in memory.
      const size_t peek = static_cast<size_t>(std::min<uint64_t>(length, kHttpPeekBytes));
      Fill(peek);
      HttpResponse http;
      const std::string_view head(buffer_.data() + start_,
                                  std::min(peek, buffer_.size() - start_));
      keep = ParseHttpResponse(head, &http) && http.status == 200 &&
             IsHtmlMediaType(http.content_type.empty() ? headers.identified_type : http.content_type);
      if (!keep) ++skipped_;
      if (keep && length > max_record_bytes_) {
        uint64_t dropped = 0;
        if (!Discard(length, &dropped)) {
          Fail(truncated(dropped), item);
          return true;
        }
        yielded_ = true;
        item->is_error = true;
        item->error = InputError{};
        item->error.origin = path_ + "#" + std::to_string(record_);
        item->error.reason = "record too large (" + FormatSize(length) + " > " +
                             FormatSize(max_record_bytes_) + " limit)";
        return true;
      }
    }
    if (!keep) {
      uint64_t dropped = 0;
      if (!Discard(length, &dropped)) {
        Fail(truncated(dropped), item);
        return true;
      }
      continue;
    }
    if (!Fill(static_cast<size_t>(length))) {
      Fail(truncated(buffer_.size() - start_), item);
      return true;
    }
    yielded_ = true;
    item->is_error = false;
    item->record = Record{};
    item->record.origin = path_ + "#" + std::to_string(record_);
    item->record.format = std::string(kWarcRecordFormat);
    item->record.bytes.reserve(header_block.size() + 4 + static_cast<size_t>(length));
    item->record.bytes = header_block;
    item->record.bytes += "\r\n\r\n";
    item->record.bytes.append(buffer_, start_, static_cast<size_t>(length));
    start_ += static_cast<size_t>(length);
    return true;
  }
  return false;
}

}  // namespace sitrep::ingest::internal
