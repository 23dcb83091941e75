// RSS and Atom feeds, split into items with libxml2's XML parser. Internal to the
// ingest module.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::ingest::internal {

// One <item> (RSS 0.9x, 1.0, 2.0) or <entry> (Atom), its values as the feed wrote them
// (UTF-8; dates not yet normalised; bodies still HTML unless marked as text).
struct FeedItem {
  std::string title;
  bool title_is_html = false;  // Atom title type="html" or "xhtml"
  std::string link;
  std::string published;       // pubDate, published, dc:date, issued
  std::string updated;         // Atom updated, modified
  std::string author;          // dc:creator, author, Atom author names (joined)
  std::string id;              // guid, Atom id
  std::string content;         // content:encoded or Atom content: the fullest body
  bool content_is_text = false;
  std::string summary;         // description or Atom summary
  bool summary_is_text = false;
  std::vector<std::string> categories;
  // Other elements of the item with a plain value ("comments", "dc:subject",
  // "enclosure" as its URL), in document order.
  std::vector<std::pair<std::string, std::string>> extra;
};

struct FeedInfo {
  std::string kind;      // "rss", "rdf" or "atom"
  std::string title;     // the channel's or feed's title: the items' source
  std::string link;
  std::string language;  // as declared, may be ""
  // Non-empty when the parser stopped early (a cut-off file, an entity loop): the items
  // before that point are still returned.
  std::string stopped;
};

// Parses a feed. Entities are never expanded beyond what libxml2 does to check them
// (no XML_PARSE_NOENT), no DTD or other resource is fetched, and errors that leave the
// tree usable are recovered from. Fails with a one-line reason when `xml` is not XML
// ("not XML (Start tag expected, '<' not found at line 1)") or not a feed ("not an RSS
// or Atom feed (root element <html>)"). Safe to call from several threads.
Status ParseFeed(std::string_view xml, FeedInfo* info, std::vector<FeedItem>* items);

}  // namespace sitrep::ingest::internal
