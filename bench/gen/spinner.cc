#include "bench/gen/spinner.h"

#include <algorithm>
#include <iterator>
#include <cmath>

#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

constexpr std::string_view kFunctionWords[] = {
    "the",   "and",    "for",    "but",   "nor",   "yet",   "with",  "from",  "into",
    "onto",  "upon",   "about",  "after", "before", "over", "under", "than",  "then",
    "that",  "this",   "these",  "those", "there", "their", "they",  "them",  "its",
    "his",   "her",    "hers",   "our",   "ours",  "your",  "you",   "who",   "whom",
    "whose", "which",  "what",   "when",  "where", "while", "why",   "how",   "will",
    "would", "could",  "should", "shall", "can",   "may",   "might", "must",  "has",
    "have",  "had",    "having", "are",   "was",   "were",  "been",  "being", "not",
    "also",  "more",   "most",   "some",  "any",   "all",   "each",  "such",  "only",
    "very",  "just",   "out",    "off",   "did",   "does",  "doing", "she",   "him",
    "own",   "too",    "both",   "per",   "via",   "because", "since", "until", "whether",
    "although", "though", "unless", "once", "ago", "mrs"};

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
}

struct Token {
  uint32_t owner;   // which text: a sentence of the draft, or the one free text
  uint32_t offset;  // in the owner's text
  uint32_t length;
};

// Scans `text[begin, end)` for words; counts content words and records, among them,
// the ones the synonym table can replace.
void Scan(std::string_view text, size_t begin, size_t end, uint32_t owner, int* content,
          std::vector<Token>& candidates) {
  size_t i = begin;
  while (i < end) {
    if (!IsWordByte(text[i]) || text[i] == '-' || text[i] == '\'') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < end && IsWordByte(text[j])) ++j;
    // Trailing apostrophes and hyphens belong to the punctuation, not the word.
    size_t stop = j;
    while (stop > i && (text[stop - 1] == '-' || text[stop - 1] == '\'')) --stop;
    const size_t len = stop - i;
    if (len >= 3 && len <= 24) {
      char lower[24];
      for (size_t k = 0; k < len; ++k) {
        const char c = text[i + k];
        lower[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      }
      const std::string_view word(lower, len);
      if (IsContentWord(word)) {
        ++*content;
        if (Synonyms(word) != nullptr) {
          candidates.push_back({owner, static_cast<uint32_t>(i), static_cast<uint32_t>(len)});
        }
      }
    }
    i = j;
  }
}

// Keeps a uniform sample of `share` of the content words among `candidates`, sorted
// by owner and then from the end of the text backwards, so that replacing them in
// that order leaves the offsets of those still to come valid.
size_t Choose(std::vector<Token>& candidates, int content, double share, Rng& rng) {
  const size_t wanted = static_cast<size_t>(std::lround(share * content));
  const size_t take = std::min(wanted, candidates.size());
  // Partial Fisher-Yates: the first `take` entries become a uniform sample.
  for (size_t i = 0; i < take; ++i) {
    std::swap(candidates[i], candidates[i + rng.Below(candidates.size() - i)]);
  }
  candidates.resize(take);
  std::sort(candidates.begin(), candidates.end(), [](const Token& a, const Token& b) {
    return a.owner != b.owner ? a.owner < b.owner : a.offset > b.offset;
  });
  return take;
}

// Replaces the word at [offset, offset + length) of `text` with a synonym, keeping an
// initial capital.
void Replace(std::string& text, size_t offset, size_t length, Rng& rng) {
  std::string lower = text.substr(offset, length);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const std::vector<std::string>& options = *Synonyms(lower);
  std::string replacement = options[rng.Below(options.size())];
  const char first = text[offset];
  if (first >= 'A' && first <= 'Z' && !replacement.empty() && replacement[0] >= 'a' &&
      replacement[0] <= 'z') {
    replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
  }
  text.replace(offset, length, replacement);
}

}  // namespace

bool IsContentWord(std::string_view lower_word) {
  if (lower_word.size() < 3) return false;
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), lower_word) ==
         std::end(kFunctionWords);
}

SpinStats SpinDraft(Draft& draft, double share, Rng& rng) {
  int content = 0;
  std::vector<Token> candidates;
  candidates.reserve(512);
  std::vector<Sentence*> owners;
  for (Paragraph& p : draft.paragraphs) {
    for (Sentence& s : p.sentences) {
      const auto owner = static_cast<uint32_t>(owners.size());
      owners.push_back(&s);
      for (const Piece& piece : s.pieces) {
        if (piece.kind == PieceKind::kPlain || piece.kind == PieceKind::kCue) {
          Scan(s.text, piece.begin, piece.end, owner, &content, candidates);
        }
      }
    }
  }
  SpinStats stats;
  stats.content_words = content;
  stats.replaced = static_cast<int>(Choose(candidates, content, share, rng));
  // Rewrite each touched sentence once, piece by piece, so the pieces keep covering
  // the text exactly.
  size_t i = 0;
  while (i < candidates.size()) {
    size_t j = i;
    while (j < candidates.size() && candidates[j].owner == candidates[i].owner) ++j;
    Sentence& s = *owners[candidates[i].owner];
    s.Rewrite([&](const Piece& piece, std::string& words) {
      for (size_t k = i; k < j; ++k) {
        const Token& t = candidates[k];
        if (t.offset >= piece.begin && t.offset < piece.end) {
          Replace(words, t.offset - piece.begin, t.length, rng);
        }
      }
    });
    i = j;
  }
  return stats;
}

SpinStats SpinText(std::string& text, double share, Rng& rng) {
  int content = 0;
  std::vector<Token> candidates;
  Scan(text, 0, text.size(), 0, &content, candidates);
  SpinStats stats;
  stats.content_words = content;
  stats.replaced = static_cast<int>(Choose(candidates, content, share, rng));
  for (const Token& t : candidates) Replace(text, t.offset, t.length, rng);
  return stats;
}

}  // namespace sitrep::gen
