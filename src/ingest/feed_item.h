// Feed items as records: the walker encodes each item with its feed's values, and
// ParseRecord decodes it into an Article (in parallel, since turning an item's HTML
// into text is the costly part). Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

#include "feed_parse.h"
#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest::internal {

// The record format of one feed item (Record::format); the Article says "feed".
inline constexpr std::string_view kFeedItemFormat = "feed-item";

// One item and what it inherits from its feed (source, language), as record bytes.
std::string EncodeFeedItem(const FeedInfo& feed, const FeedItem& item);

// Decodes a record made by EncodeFeedItem. The text is the item's content:encoded or
// Atom content, else its description or summary: HTML goes through ExtractHtml, and a
// fragment too small for it to find main text is rendered as plain text. Fails with
// "item has no text" when the item has none.
Status ParseFeedItem(std::string_view bytes, Article* article);

}  // namespace sitrep::ingest::internal
