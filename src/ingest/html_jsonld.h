// Article facts from JSON-LD (schema.org) blocks. Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// Raw values, as the page wrote them (dates not yet normalised).
struct JsonLdFacts {
  std::string headline;
  std::string published;
  std::string modified;
  std::string author;
  std::string publisher;
  std::string url;
};

// Reads one <script type="application/ld+json"> body into *facts, keeping fields
// already set (the first block that names a field wins). Objects typed as articles
// (NewsArticle, BlogPosting, ...) take precedence over others (WebPage, Organization)
// within a block; "@graph" arrays and "@id" references to people are followed.
// Malformed JSON is ignored.
void ReadJsonLd(std::string_view json, JsonLdFacts* facts);

}  // namespace sitrep::ingest::internal
