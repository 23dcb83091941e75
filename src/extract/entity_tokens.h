// The token layer shared by entity and quote extraction. Internal to the extract module.
//
// Entities and quotes need more than word boundaries: whether a capital letter says
// anything (a sentence's first word, a word after a colon or an opening quote mark, a
// headline in title case), which sentence and paragraph a word is in, a possessive "'s"
// to leave out of a name, and the word's lexical classes. This layer computes all of it
// in one linear pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/quotes.h"

namespace sitrep::extract::internal {

enum TokenFlag : uint32_t {
  kWord = 1u << 0,            // letters and digits; otherwise one punctuation code point
  kUpperInitial = 1u << 1,    // first letter upper case ("Kirby", "NATO", "U.S.")
  kAllUpper = 1u << 2,        // two or more letters, none lower case ("NATO", "U.S.")
  kHasDigit = 1u << 3,
  kSentenceInitial = 1u << 4, // its capital says nothing: opens a sentence, follows a
                              // colon or an opening quote mark
  kTitleLine = 1u << 5,       // in a headline-style line where most words are capitalised
  kParagraphStart = 1u << 6,  // first token of a paragraph (a blank line before it)
  kLineStart = 1u << 7,       // first token of a line
  kPossessive = 1u << 8,      // ends in "'s"/"’s"; core_end leaves it out
  kSentenceEnd = 1u << 9,     // punctuation that ends a sentence
  kSpaceBefore = 1u << 10,    // white space (or the text start) right before it
  kLowerInitial = 1u << 11,   // first letter lower case
};

struct Token {
  size_t begin = 0;
  size_t end = 0;
  size_t core_end = 0;  // end without a possessive ending
  int32_t cp = 0;       // the code point of a punctuation token (-1 for an invalid byte)
  uint32_t flags = 0;
  uint32_t classes = 0;    // WordClass bits (gazetteer.h) of `folded`
  uint32_t sentence = 0;   // index of its sentence
  uint32_t paragraph = 0;  // index of its paragraph
  // Case-folded, accent-stripped core of a word (empty otherwise), viewing
  // TokenizedText::folded_text.
  std::string_view folded;

  bool is_word() const { return flags & kWord; }
  bool is(uint32_t flag) const { return flags & flag; }
  bool has(uint32_t word_class) const { return classes & word_class; }
  bool is_punct(int32_t c) const { return !(flags & kWord) && cp == c; }
};

struct TokenizedText {
  TokenizedText() = default;
  TokenizedText(TokenizedText&&) = default;
  TokenizedText& operator=(TokenizedText&&) = default;
  // Tokens view folded_text, so a copy would point into the original.
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;

  std::vector<Token> tokens;
  std::vector<char> folded_text;  // the folded words, back to back
  std::vector<uint32_t> sentence_begin;  // index of the first token of each sentence
  uint32_t sentence_end(uint32_t s) const {  // one past its last token
    return s + 1 < sentence_begin.size() ? sentence_begin[s + 1]
                                         : static_cast<uint32_t>(tokens.size());
  }
};

// Splits text into word and punctuation tokens, filling begin, end, core_end, cp and the
// flags that need no lexicon (kWord, kUpperInitial, kLowerInitial, kAllUpper, kHasDigit,
// kPossessive, kLineStart, kParagraphStart, kSpaceBefore). Hyphens join words except
// where the case changes across them ("pro-Western", "US-based" split; "F-16",
// "Secretary-General" do not), periods join initials ("U.S.") and number parts.
void SplitTokens(std::string_view text, std::vector<Token>* out);

// SplitTokens, then word classes, sentences, paragraphs and the capitalisation flags.
TokenizedText TokenizeText(std::string_view text);

// FindEntities and FindQuotes over a text tokenized once for both (AnalyseArticle).
EntityResult FindEntitiesIn(std::string_view text, const TokenizedText& tt);
std::vector<Quote> FindQuotesIn(std::string_view text, const TokenizedText& tt,
                                const EntityResult& entities);

// Decodes the code point at s[i]; *len receives its byte length (1 for an invalid byte,
// which decodes as -1).
int32_t DecodeAt(std::string_view s, size_t i, size_t* len);

// Quote marks by direction. Straight marks are neither: their direction comes from
// context.
bool IsOpeningQuoteMark(int32_t cp);  // “ « „ ‘ ‹ ‚
bool IsClosingQuoteMark(int32_t cp);  // ” » ’ ›
bool IsDoubleQuoteMark(int32_t cp);   // " “ ” „ « » ‟

}  // namespace sitrep::extract::internal
