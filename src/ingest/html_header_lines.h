// Headline and byline lines that pages without markup repeat at the top of the story
// text. Internal to the ingest module.
#pragma once

#include <string>
#include <vector>

#include "sitrep/html.h"

namespace sitrep::ingest::internal {

// Pages without markup for their headline and byline repeat them as text at the top
// of the story: drop lines that are the title (or the headline part of
// "Site: Headline", which then becomes the title), and short lines that carry the
// author's name or the date without being a sentence.
void DropHeaderLines(std::vector<std::string>* paragraphs, HtmlDocument* doc);

}  // namespace sitrep::ingest::internal
