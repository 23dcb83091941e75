// Quoted text: the byte ranges between quotation marks. Quotes are not evidence of
// copying, because independent stories of the same press conference print the same
// words.
#pragma once

#include <string_view>
#include <vector>

#include "sitrep/text.h"

namespace sitrep::link::internal {

// Ranges inside curly (“ ”, and „ closed by “ or ”), straight (") and guillemet
// (« ») double quotes, marks excluded, in one linear pass. An unclosed quote ends at the paragraph break ("\n\n"),
// so one stray mark cannot swallow the rest of an article. Single quotes are left
// alone: ’ is far more often an apostrophe.
std::vector<text::Span> QuotedSpans(std::string_view s);

}  // namespace sitrep::link::internal
