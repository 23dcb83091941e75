// Turns what a user typed into a search box into an FTS5 MATCH expression that cannot
// fail to parse, whatever the input.
//
// The user's syntax, deliberately small:
//   word               required
//   "a phrase"         required, words adjacent and in order (an unclosed quote runs
//                      to the end of the query)
//   -word  -"phrase"   excluded
//   x OR y             either is enough (OR in capitals, between two required terms;
//                      elsewhere it is ignored)
// Each term is emitted as a quoted FTS5 string. Inside quotes FTS5 recognises no
// operator, so AND, NOT, NEAR(, *, ^, :, parentheses and column names are just
// characters, which the tokenizer drops or splits on: "foo:bar" becomes the phrase
// foo bar, exactly as such text was indexed.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "sitrep/status.h"

namespace sitrep::store {

// Whether the index's tokenizer finds a token in a term (FtsTokenizer::HasTokens).
using HasTokensFn = std::function<bool(std::string_view)>;

// Terms after this many are ignored: no reader types more, and each costs an index
// lookup.
inline constexpr int kMaxQueryTerms = 64;

// Sets `expression` to the FTS5 form of `query`. Fails with "empty query" when nothing
// searchable is left: no terms, or only excluded ones (FTS5 cannot list "everything
// but").
Status BuildFtsQuery(std::string_view query, const HasTokensFn& has_tokens,
                     std::string* expression);

}  // namespace sitrep::store
