// WARC record headers. Internal to the ingest module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// The named fields of a WARC record header (WARC/1.0 and 1.1); names are matched
// case-insensitively, values trimmed.
struct WarcHeaders {
  std::string version;       // "WARC/1.0"
  std::string type;          // "response", "request", "warcinfo", ... (lower case)
  std::string target_uri;    // WARC-Target-URI, "<...>" brackets (WARC/1.0 drafts) removed
  std::string date;          // WARC-Date
  std::string record_id;     // WARC-Record-ID
  std::string content_type;  // "application/http; msgtype=response"
  // WARC-Identified-Payload-Type: the crawler's own sniffing ("text/html"), which
  // Common Crawl writes; used when the server sent no Content-Type.
  std::string identified_type;
  int64_t content_length = -1;  // -1 when missing or not a number
};

// Parses the header block of a record (the version line and fields, without the blank
// line that ends it). Fails (returns false, *reason set) when the version line is not
// "WARC/1.x" or Content-Length is missing or malformed.
bool ParseWarcHeaders(std::string_view block, WarcHeaders* headers, std::string* reason);

}  // namespace sitrep::ingest::internal
