// The HTML reader: a web page as an Article (main text and the page's metadata).
#pragma once

#include <string_view>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest::internal {

// Fills title, published, author, source (the site's name), url, text and metadata
// (modified time, description, declared language, character set) from a page.
Status ParseHtmlArticle(std::string_view bytes, Article* article);

}  // namespace sitrep::ingest::internal
