// HTTP/1.x responses as crawlers record them in WARC files. Internal to the ingest
// module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// An HTTP/1.x response as a crawler recorded it.
struct HttpResponse {
  int status = 0;                 // 200
  std::string content_type;       // media type, lower case, no parameters: "text/html"
  std::string charset;            // from Content-Type, lower case, may be ""
  std::string transfer_encoding;  // lower case, may be ""
  std::string content_encoding;   // lower case, may be ""
  size_t body_offset = 0;         // first byte of the body in the message
};

// Parses the status line and headers of `message`. False when it is not an HTTP
// response or its headers do not end.
bool ParseHttpResponse(std::string_view message, HttpResponse* response);

// Whether a response is a page sitrep reads: HTML (text/html, application/xhtml+xml).
bool IsHtmlMediaType(std::string_view media_type);

// Removes chunked transfer coding. Tolerant, as crawls are: a body that ends without
// its last chunk keeps what arrived; chunk extensions and trailers are ignored. False
// when the chunk sizes are not hexadecimal.
bool Dechunk(std::string_view body, std::string* out);

// Undoes Content-Encoding gzip or deflate (some crawlers store bodies as sent), with at
// most `max_bytes` of output. False on corrupt data or when the output would exceed it.
bool Inflate(std::string_view body, size_t max_bytes, std::string* out);

}  // namespace sitrep::ingest::internal
