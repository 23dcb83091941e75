// Pairing quote marks into quoted spans. Internal to the extract module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/entity_tokens.h"

namespace sitrep::extract::internal {

struct QuoteSpan {
  uint32_t open = 0;   // token of the opening mark
  uint32_t close = 0;  // token of the closing mark; when !closed, the token after the text
  bool closed = false;
  size_t begin = 0;  // the quoted text, marks and surrounding spaces left out
  size_t end = 0;
  // The part before it when this part continues a quote across a paragraph break
  // (the earlier paragraph ended with no closing mark and this one opens with a mark).
  int continues = -1;
  bool single = false;  // ‘...’ at the outer level
};

// Quoted spans in text order, in one pass: double marks of any style pair with each
// other (direction from the glyph, or from the open/closed state for straight marks;
// after a low „ the high “ closes, as German-style copy writes „...“);
// single marks ‘ ’ count only outside double quotes, and straight ' ones there too where
// they clearly open (after a space or colon, before a letter) and close (before a space
// or punctuation), so that apostrophes stay apostrophes; a paragraph ending inside a
// quote closes it unless the next paragraph opens with a double mark, which continues it.
std::vector<QuoteSpan> PairQuoteMarks(std::string_view text, const TokenizedText& tt);

}  // namespace sitrep::extract::internal
