// Format detection pieces the walker uses separately. Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// The format a file name implies (".jsonl.gz" -> "jsonl"), or "" when it implies none.
std::string FormatFromExtension(std::string_view path);
// The format the first bytes of a (decompressed) input suggest; "text" by default.
std::string FormatFromContent(std::string_view head);
// Formats with a reader: "text", "jsonl", "html", "feed" (RSS and Atom) and "warc".
bool IsReadableFormat(std::string_view format);
// Formats sitrep recognises but cannot read yet: "json" (a multi-line JSON document, as
// opposed to JSON Lines).
bool IsPlannedFormat(std::string_view format);
// The reason given for a format that cannot be read.
std::string UnreadableFormatReason(std::string_view format);

}  // namespace sitrep::ingest::internal
