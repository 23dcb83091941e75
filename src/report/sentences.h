// The sentences a brief or a timeline may quote, and their word vectors: what is left of
// an article's text once furniture, fragments and half quotes are set aside.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sitrep/storyline_report.h"

namespace sitrep::report::internal {

// A sentence of an article, whole: quotes that the splitter cut are joined again.
struct SentenceText {
  size_t position = 0;  // rank in the article among all its sentences (0: the first)
  size_t begin = 0, end = 0;  // byte offsets in the article's text
  std::string text;
  std::string key;  // NearKey(text)
};

// The first sentences of `text` that read as news: at most `max_sentences`, from among
// the first `scan_sentences` (a lead, not the whole article). Positions count every
// sentence, kept or not.
std::vector<SentenceText> UsableSentences(std::string_view text, size_t max_sentences,
                                          size_t scan_sentences);

// Why a sentence is not usable, or "" when it is: "short" (under 6 words), "long" (over
// 80), "no verb", "no ending" (a headline or a list item), "boilerplate" (site
// furniture, bylines, credits, teasers), "unbalanced quote".
std::string Unusable(std::string_view sentence);
bool IsBoilerplate(std::string_view sentence);
// True when every quotation mark opened is closed (curly marks pair up; straight double
// marks are even in number).
bool QuotesBalanced(std::string_view sentence);

// The sentence's words, lowercased, joined by one space: two sentences with the same
// key are near-identical (they differ in case, punctuation or spacing only).
std::string NearKey(std::string_view sentence);

// Sparse TF-IDF vectors over stemmed content words (stopwords left out). Terms get
// dense ids as they are first seen; stems are memoised, since a storyline repeats its
// words.
using SparseVector = std::vector<std::pair<int32_t, float>>;  // sorted by term id

class TermSpace {
 public:
  // Term ids of the content words of `text`, each once, sorted.
  std::vector<int32_t> Terms(std::string_view text);
  size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, int32_t> stem_of_word_;  // word -> term id (-1: stopword)
  std::unordered_map<std::string, int32_t> ids_;           // stem -> term id
};

// Weights term sets by inverse document frequency over all of them and normalises each
// to unit length.
std::vector<SparseVector> TfIdf(const std::vector<std::vector<int32_t>>& term_sets,
                                size_t term_count);

double Dot(const SparseVector& a, const SparseVector& b);

// At most `max_bytes` of a sentence, cut after a whole word and marked with "…".
std::string CutAtWord(std::string_view s, size_t max_bytes);

// brief.cc: the brief's selection, with the lead length as a parameter so that the
// timeline can describe an event by its most central lead sentence.

// The `max_sentences` best sentences among the first `lead_sentences` of each article
// (see BuildBrief), in the order the brief prints them. A sentence that opens with a
// quotation has its score multiplied by `quote_led_weight`: a description of what
// happened reads better in the reporter's words than in a speaker's.
std::vector<BriefSentence> SelectSentences(const std::vector<const StorylineArticle*>& articles,
                                           size_t max_sentences, size_t lead_sentences,
                                           double quote_led_weight = 1.0);

// True when the article has a publication date.
bool Dated(const StorylineArticle& article);

}  // namespace sitrep::report::internal
