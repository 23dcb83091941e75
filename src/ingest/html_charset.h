// Character sets of web pages: which one a page is in, and decoding the common ones.
// Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// The character set of a page, as a canonical lower-case label ("utf-8",
// "windows-1252", "utf-16le", "shift_jis"): from a byte-order mark, else from the first
// <meta charset> or <meta http-equiv="content-type" content="...; charset=..."> in the
// first 8 KiB, else "utf-8" when the bytes are valid UTF-8 and "windows-1252" when not
// (what browsers assume for Western pages). ISO-8859-1 and US-ASCII are reported as
// windows-1252, which is a superset that browsers use in their place.
std::string SniffHtmlCharset(std::string_view bytes);

// Decodes `bytes` to UTF-8 when `charset` is one handled here: "utf-8" (invalid
// sequences become U+FFFD, a BOM is dropped) and "windows-1252". Returns false for any
// other charset, which the caller leaves to libxml2.
bool DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string* out);

// Replaces the C1 controls U+0080..U+009F in valid UTF-8 `s` by the windows-1252
// characters of the same number, as browsers do for "&#146;" and its kind: pages write
// curly quotes and dashes that way, and C1 controls are never meant as text.
void MapC1ToWindows1252(std::string* s);

// `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

}  // namespace sitrep::ingest::internal
