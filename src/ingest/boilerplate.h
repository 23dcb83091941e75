// Site furniture that survives extraction: the lines a page or a scraper leaves in the
// body of an article ("Related Articles", "Leave a Reply", "Source link", "Read | ..."
// teasers, a syndication disclaimer). Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

// Drops, from clean text (paragraphs separated by "\n\n"):
//  - paragraphs that are furniture by themselves (a short documented list of universal
//    patterns, matched against the whole paragraph, any case);
//  - everything after a closing marker ("Related Articles", "Leave a Reply", "Source
//    link", "Comments are closed.") in the second half of the text: what a page prints
//    after those is its footer (teasers, a site's self-description, comment forms).
// News prose is never matched: every pattern is a whole paragraph of furniture, and a
// sentence that many outlets carry is not one of them. Returns the text kept, and sets
// *removed to the number of paragraphs dropped.
std::string RemoveBoilerplate(std::string_view text, int* removed);

}  // namespace sitrep::ingest::internal
