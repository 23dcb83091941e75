// Skeleton and sentence words: what an article's text is reduced to before hashing.
//
// A spinner swaps ordinary words for "synonyms" but leaves names, titles and figures
// alone (it would change the facts). The skeleton is those words, in order: the
// capitalised words that do not start a sentence, and the numbers, outside quotes.
// Shingles over it survive spinning where shingles over all words do not.
//
// The sentence words are each sentence's other content words (no function words, no
// skeleton, nothing inside quotes), hashed: the evidence that sentence alignment
// compares. Names and figures are left out of them because every story of an event
// shares them; they enter each sentence's evidence as a set of 16 skeleton bits
// instead, which a spinner keeps and an independent story built on the same pattern
// rarely matches (it names another figure, another official). A dateline ("LAGOS,
// Aug. 19 (RHI) -") is no part of its sentence, as copies often drop it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sitrep/text.h"

namespace sitrep::link::internal {

struct ArticleWords {
  uint64_t exact_hash = 0;             // every folded token, in order, quotes included
  uint32_t tokens = 0;
  std::vector<uint64_t> skeleton;      // hashes of skeleton tokens, in order
  // Hashes of the content words of each sentence with at least `min_words` of them:
  // sentence k is words[sentence_begin[k] .. sentence_begin[k + 1]).
  std::vector<uint64_t> words;
  std::vector<uint32_t> sentence_begin;  // one more entry than sentences
  // Per kept sentence: its skeleton tokens as 16 bits (one per token, by the top
  // four bits of its hash), 0 when it has none.
  std::vector<uint64_t> sentence_skeleton;
  std::vector<text::Span> spans;          // each kept sentence's bytes in the text
  size_t sentences() const { return sentence_begin.empty() ? 0 : sentence_begin.size() - 1; }
};

// `max_sentences` bounds the sentences kept (the first ones).
ArticleWords ExtractWords(std::string_view text, int min_words, int max_sentences);

// The exact hash of ExtractWords alone: every folded token, space-separated.
uint64_t ExactTextHash(std::string_view text);

// True for the English function words that carry no evidence of copying.
bool IsStopword(std::string_view folded);

}  // namespace sitrep::link::internal
