// Cleaning of the text fields readers extract. Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// A one-line field (title, source, author): whitespace cleaned, line breaks joined with
// a space, NFC. Input must be valid UTF-8.
std::string CleanLine(std::string_view s);

// A body text: whitespace cleaned (paragraphs separated by one blank line), NFC.
std::string CleanBody(std::string_view s);

// "binary content (NUL byte at offset N)", "invalid UTF-8 at byte N", or "" when `bytes`
// is acceptable text.
std::string CheckText(std::string_view bytes);

}  // namespace sitrep::ingest::internal
