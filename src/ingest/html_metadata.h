// Page metadata: title, dates, author, site, canonical URL, language, description.
// Internal to the ingest module.
#pragma once

#include <string_view>

#include "html_dom.h"
#include "sitrep/html.h"

namespace sitrep::ingest::internal {

// Fills the metadata fields of *out (not text, not encoding) from the page. Sources in
// order of trust: Open Graph and article:* meta tags, JSON-LD, other <meta> names,
// <title>/<h1>, <time datetime> inside the article, and finally the URL path.
void ReadHtmlMetadata(const Dom& dom, std::string_view url_hint, HtmlDocument* out);

// A date in a URL path ("/2022/02/10/slug", "/2022/02/", "/news/2022-02-10-slug"),
// as ISO 8601 to the precision given; "" when none.
std::string DateFromUrl(std::string_view url);

// `title` without a " | Site", " - Site" suffix or "Site: " prefix naming `site`, or,
// when the site is unknown, cut down to `h1` when the title is h1 plus a suffix.
std::string StripSiteFromTitle(std::string_view title, std::string_view site,
                               std::string_view h1);

}  // namespace sitrep::ingest::internal
