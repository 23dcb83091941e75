// HTML pages: metadata and main text of a news article saved as a web page.
//
// ExtractHtml parses a page with libxml2's forgiving HTML parser, reads the page's
// metadata (Open Graph, JSON-LD, <meta> and <link> tags) and finds the article's main
// text by scoring the blocks of the page, so that navigation, sidebars, share bars,
// comment threads and teaser lists are left out. Pure function, no shared state: safe to
// call from many threads at once.
#pragma once

#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::ingest {

struct HtmlDocument {
  std::string title;          // headline without a " | Site name" suffix
  // ISO 8601, exactly as precise as the page said ("2022-02-10T08:19:00Z",
  // "2022-02-10"); empty when the page does not say.
  std::string published;
  std::string modified;
  std::string author;         // first author's name
  std::string site_name;      // "The Daily Example"
  std::string canonical_url;  // absolute when the page gives it so
  std::string language;       // as declared by <html lang>, normalised ("en"); may be ""
  std::string description;
  std::string encoding;       // the character set the page was read in ("windows-1252")
  // Clean main text, valid NFC UTF-8: paragraphs separated by exactly one blank line
  // ("\n\n"), in-text headings kept as their own paragraphs, no title.
  std::string text;
};

// Limits that keep one hostile page from costing more than its share.
struct HtmlOptions {
  size_t max_bytes = 64u << 20;  // larger input is refused
};

// Extracts metadata and main text from the raw bytes of a page (any character set the
// page declares or libxml2 knows; undeclared non-UTF-8 bytes are read as windows-1252).
// `url_hint` is where the page came from, used for a date in the URL path and as the
// canonical URL when the page names none; may be empty. Returns an error ("no main
// text found", ...) when no article text can be extracted; *out then holds whatever
// metadata was found.
Status ExtractHtml(std::string_view bytes, std::string_view url_hint, HtmlDocument* out,
                   const HtmlOptions& options = HtmlOptions());

}  // namespace sitrep::ingest
