#include "link/skeleton.h"

#include <xxhash.h>

#include <algorithm>
#include <string>

#include "link/quote_spans.h"
#include "sitrep/text.h"

namespace sitrep::link::internal {
namespace {

struct Folded {
  std::string_view text;
  bool capitalised = false;
  bool has_digit = false;
};

// Folds a token for comparison, appending it to `out` (every folded token goes into
// the exact hash's text anyway, so the folded word is a view of what was appended):
// ASCII is lower-cased in one pass (the common case, and far cheaper than utf8proc);
// anything else goes through text::FoldCase.
Folded FoldInto(std::string_view token, std::string& out) {
  Folded f;
  const size_t at = out.size();
  out.resize(at + token.size());
  char* dst = out.data() + at;
  bool ascii = true;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    ascii &= static_cast<unsigned char>(c) < 0x80;
    f.has_digit |= c >= '0' && c <= '9';
    dst[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  f.capitalised = token[0] >= 'A' && token[0] <= 'Z';
  if (!ascii) {
    out.resize(at);
    out += text::FoldCase(token);
    // The first code point changed under folding: it was a capital.
    f.capitalised = out.size() > at && out[at] != token[0];
  }
  f.text = std::string_view(out).substr(at);
  return f;
}

// Whether the text between two tokens holds a dash that separates a dateline from
// the story ("LAGOS, August 19 (RHI) - The ...", "KYIV — ...").
bool IsDashGap(std::string_view gap) {
  return gap.find(" - ") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
         gap.find("\xE2\x80\x93") != std::string_view::npos;    // en dash
}

}  // namespace

namespace {

constexpr std::string_view kStopwords[] = {
    "a",     "about", "after", "all",   "also",   "an",    "and",   "any",   "are",
    "as",    "at",    "be",    "been",  "before", "but",   "by",    "can",   "could",
    "did",   "do",    "for",   "from",  "had",    "has",   "have",  "he",    "her",
    "his",   "i",     "if",    "in",    "into",   "is",    "it",    "its",   "last",
    "may",   "more",  "most",  "no",    "not",    "of",    "on",    "one",   "or",
    "other", "our",   "out",   "over",  "she",    "so",    "some",  "than",  "that",
    "the",   "their", "them",  "there", "these",  "they",  "this",  "those", "to",
    "up",    "was",   "we",    "were",  "what",   "which", "who",   "will",  "with"};

// The stopwords' XXH3 hashes in a small open-addressing set: the tokens are hashed
// anyway, and one or two integer probes beat comparing strings.
constexpr size_t kStopSlots = 256;

struct StopwordSet {
  StopwordSet() {
    for (std::string_view w : kStopwords) {
      const uint64_t h = XXH3_64bits(w.data(), w.size());
      size_t i = h % kStopSlots;
      while (slots[i] != 0) i = (i + 1) % kStopSlots;
      slots[i] = h;
    }
  }
  bool Contains(uint64_t h) const {
    for (size_t i = h % kStopSlots;; i = (i + 1) % kStopSlots) {
      if (slots[i] == h) return true;
      if (slots[i] == 0) return false;
    }
  }
  uint64_t slots[kStopSlots] = {};
};

const StopwordSet kStopwordSet;

bool IsStopwordHash(uint64_t h) { return kStopwordSet.Contains(h); }

}  // namespace

uint64_t ExactTextHash(std::string_view text) {
  std::string folded_text;
  folded_text.reserve(text.size() + 1);
  for (const text::Token& t : text::Tokenize(text)) {
    FoldInto(text.substr(t.begin, t.end - t.begin), folded_text);
    folded_text.push_back(' ');
  }
  return XXH3_64bits(folded_text.data(), folded_text.size());
}

bool IsStopword(std::string_view w) { return IsStopwordHash(XXH3_64bits(w.data(), w.size())); }

ArticleWords ExtractWords(std::string_view text, int min_words, int max_sentences) {
  ArticleWords out;
  const std::vector<text::Token> tokens = text::Tokenize(text);
  const std::vector<text::Span> sentences = text::SplitSentences(text);
  const std::vector<text::Span> quotes = QuotedSpans(text);
  out.tokens = static_cast<uint32_t>(tokens.size());
  out.skeleton.reserve(tokens.size() / 4);
  out.words.reserve(tokens.size() / 2);
  out.sentence_begin.push_back(0);

  uint64_t sentence_skeleton = 0;  // 16 bits, one per skeleton token hash
  bool sentence_has_words = false;  // a lower-case content word seen in this sentence
  // Ends the current sentence: kept when it has enough words and there is room.
  auto close = [&](text::Span span) {
    const size_t have = out.words.size() - out.sentence_begin.back();
    if (have >= static_cast<size_t>(min_words) &&
        out.sentences() < static_cast<size_t>(max_sentences)) {
      out.sentence_begin.push_back(static_cast<uint32_t>(out.words.size()));
      out.sentence_skeleton.push_back(sentence_skeleton);
      out.spans.push_back(span);
    } else {
      out.words.resize(out.sentence_begin.back());
    }
    sentence_skeleton = 0;
    sentence_has_words = false;
  };

  std::string folded_text;  // every folded token, space-separated: the exact hash
  folded_text.reserve(text.size());
  size_t s = 0;  // current sentence
  size_t q = 0;  // next quote span that may hold the token
  bool sentence_start = true;
  size_t previous_end = 0;
  for (const text::Token& t : tokens) {
    const std::string_view gap = text.substr(previous_end, t.begin - previous_end);
    previous_end = t.end;
    while (s < sentences.size() && sentences[s].end <= t.begin) {
      close(sentences[s]);
      ++s;
      sentence_start = true;
    }
    while (q < quotes.size() && quotes[q].end <= t.begin) ++q;
    const bool quoted = q < quotes.size() && quotes[q].begin <= t.begin;

    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    // Each folded token is followed by a space; it is written before the next token,
    // so that `folded` (a view into folded_text) stays valid through this iteration.
    if (&t != tokens.data()) folded_text.push_back(' ');
    const Folded f = FoldInto(raw, folded_text);
    const std::string_view folded = f.text;
    const bool capitalised = f.capitalised;
    bool first = sentence_start;
    sentence_start = false;
    // A dateline is names and a date up to a dash; a copy often drops it, so it is no
    // part of the sentence's skeleton, and the sentence starts after it.
    if (!first && !sentence_has_words && IsDashGap(gap)) {
      sentence_skeleton = 0;
      out.words.resize(out.sentence_begin.back());
      first = true;
    }
    if (quoted) continue;
    const uint64_t h = XXH3_64bits(folded.data(), folded.size());
    if ((capitalised && !first) || f.has_digit) {
      out.skeleton.push_back(h);
      // One of 16 bits per token (the top four bits of its hash).
      sentence_skeleton |= uint64_t{1} << (h >> 60);
    } else if (!IsStopwordHash(h)) {
      out.words.push_back(h);
      sentence_has_words |= !capitalised;
    }
  }
  close(s < sentences.size() ? sentences[s] : text::Span{0, text.size()});
  if (!tokens.empty()) folded_text.push_back(' ');
  out.exact_hash = XXH3_64bits(folded_text.data(), folded_text.size());
  return out;
}

}  // namespace sitrep::link::internal
