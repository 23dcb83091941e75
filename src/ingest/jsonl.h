// The JSON Lines record reader. Internal to the ingest module.
#pragma once

#include <string_view>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest::internal {

// Parses one JSON object (one line of a .jsonl file) into an Article.
//
// Fields, each taken from the first alias present with a usable value:
//   external_id  id, _id, uuid, guid
//   url          url, link, canonical_url
//   title        title, headline
//   text         text, body, content, maintext, article
//   published    date, published, published_at, publishedAt, datePublished,
//                date_published, date_publish, pubDate   (strings as header dates;
//                numbers as Unix seconds or milliseconds)
//   source       source, site, publisher, source_domain   (an object's "name" counts)
//   author       author, authors, byline   (arrays are joined with ", ")
//   language     language, lang   (normalised to ISO 639-1 when recognised)
// Every other field, and any alias not used, is kept in metadata_json.
Status ParseJsonLine(std::string_view bytes, Article* article);

}  // namespace sitrep::ingest::internal
