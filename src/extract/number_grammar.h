// The number grammar over tokens, shared by FindNumbers and FindFigures (which needs
// the token positions to read the words around each number). Internal to src/extract.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/number_tokens.h"
#include "sitrep/numbers.h"

namespace sitrep::extract::internal {

struct ParsedNumber {
  NumberMatch m;
  size_t tok_begin = 0;  // tokens [tok_begin, tok_end) make up the number
  size_t tok_end = 0;
  // The magnitude the number ends with ("million" in "2.5 million", "bn" in "1.2bn"),
  // 1 when none: "10 to 20 million" means 10 million to 20 million.
  double trailing_multiplier = 1;
  bool percent_sign = false;  // is_percent from "%" rather than a word
};

// Numbers in the tokens of `text`, in order, not overlapping. Linear in toks.size().
void ParseNumbers(std::string_view text, const std::vector<Tok>& toks,
                  std::vector<ParsedNumber>* out);

// Case-insensitive comparison of a token's text with a lower-case ASCII literal.
bool TokIs(std::string_view text, const Tok& t, std::string_view lower_literal);

}  // namespace sitrep::extract::internal
