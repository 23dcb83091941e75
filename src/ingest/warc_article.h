// The WARC reader's records as Articles. Internal to the ingest module.
#pragma once

#include <string_view>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest::internal {

// Parses a record made by WarcReader (WARC header block, blank line, HTTP response):
// the body is de-chunked, un-gzipped when the crawler kept the Content-Encoding, decoded
// from the charset the HTTP Content-Type names (which wins over the page's own <meta>,
// as in browsers), and read by ExtractHtml with WARC-Target-URI as the page's address.
// metadata: "crawled" (WARC-Date), "warc_record_id", "target_uri" (when the page names
// another canonical URL), "http_charset", and the page's own extras.
Status ParseWarcRecord(std::string_view bytes, Article* article);

}  // namespace sitrep::ingest::internal
