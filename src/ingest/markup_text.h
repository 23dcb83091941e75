// A plain-text rendering of an HTML fragment, for the short bodies feeds carry (an item
// description of one or two sentences), where main-text extraction has no page to score.
// Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// Tags stripped, entities decoded, scripts and styles dropped; block elements (<p>,
// <div>, <li>, headings...) and <br><br> end paragraphs, a single <br> a line. Returns
// clean NFC text (fields.h CleanBody), "" when the fragment holds no text. `html` may be
// any bytes; invalid UTF-8 is repaired.
std::string MarkupToText(std::string_view html);

}  // namespace sitrep::ingest::internal
