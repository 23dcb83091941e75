#include "http_response.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>

#include <zlib.h>

namespace sitrep::ingest::internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "text/html; charset=ISO-8859-1" -> media type and charset.
void SplitContentType(std::string_view value, std::string* media_type, std::string* charset) {
  const size_t semi = value.find(';');
  *media_type = Lower(Trim(value.substr(0, semi)));
  if (semi == std::string_view::npos) return;
  const std::string params = Lower(value.substr(semi + 1));
  const size_t at = params.find("charset=");
  if (at == std::string::npos) return;
  std::string_view v = std::string_view(params).substr(at + 8);
  v = Trim(v.substr(0, v.find(';')));
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  *charset = std::string(Trim(v));
}

}  // namespace

bool ParseHttpResponse(std::string_view message, HttpResponse* response) {
  *response = HttpResponse();
  // Status line: "HTTP/1.1 200 OK".
  if (message.substr(0, 5) != "HTTP/") return false;
  size_t eol = message.find('\n');
  if (eol == std::string_view::npos) return false;
  const std::string_view status_line = message.substr(0, eol);
  const size_t space = status_line.find(' ');
  if (space == std::string_view::npos || space + 4 > status_line.size()) return false;
  int status = 0;
  for (size_t i = space + 1; i < space + 4; ++i) {
    const char c = status_line[i];
    if (c < '0' || c > '9') return false;
    status = status * 10 + (c - '0');
  }
  response->status = status;
  size_t pos = eol + 1;
  for (;;) {
    eol = message.find('\n', pos);
    if (eol == std::string_view::npos) return false;  // headers never end
    const std::string_view line = Trim(message.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type" && response->content_type.empty()) {
      SplitContentType(value, &response->content_type, &response->charset);
    } else if (name == "transfer-encoding") {
      response->transfer_encoding = Lower(value);
    } else if (name == "content-encoding") {
      response->content_encoding = Lower(value);
    }
  }
  response->body_offset = pos;
  return true;
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  while (!body.empty()) {
    const size_t eol = body.find('\n');
    const std::string_view line = body.substr(0, eol);
    uint64_t size = 0;
    size_t digits = 0;
    for (char c : line) {
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      } else {
        break;  // ";extension", "\r"
      }
      if (++digits > 15) return false;  // no chunk is petabytes
      size = size * 16 + static_cast<uint64_t>(v);
    }
    if (digits == 0) return false;
    if (size == 0 || eol == std::string_view::npos) return true;  // last chunk; trailers ignored
    body.remove_prefix(eol + 1);
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, body.size()));
    out->append(body.substr(0, take));
    body.remove_prefix(take);
    // The CRLF after the chunk data.
    if (!body.empty() && body.front() == '\r') body.remove_prefix(1);
    if (!body.empty() && body.front() == '\n') body.remove_prefix(1);
  }
  return true;
}

bool Inflate(std::string_view body, size_t max_bytes, std::string* out) {
  out->clear();
  z_stream z{};
  // 15 + 32: zlib or gzip, detected from the header. Raw deflate (which some servers
  // send as "deflate") is tried when that fails.
  for (int window : {15 + 32, -15}) {
    out->clear();
    z = z_stream{};
    if (inflateInit2(&z, window) != Z_OK) return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    z.avail_in = static_cast<uInt>(std::min<size_t>(body.size(), UINT_MAX));
    char buffer[64 << 10];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buffer);
      z.avail_out = sizeof(buffer);
      rc = inflate(&z, Z_NO_FLUSH);
      const size_t got = sizeof(buffer) - z.avail_out;
      if (out->size() + got > max_bytes) {
        inflateEnd(&z);
        return false;
      }
      out->append(buffer, got);
      if (rc == Z_BUF_ERROR && got > 0) rc = Z_OK;  // more output space was all it needed
    }
    inflateEnd(&z);
    // A body cut short (a crawler's truncation) keeps what was inflated.
    if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !out->empty())) return true;
  }
  return false;
}

}  // namespace sitrep::ingest::internal
