// Draft: an article as the generator builds it, before it becomes text.
//
// Sentences are kept as pieces that know what they are (ordinary words, a name, a
// quote, a cue verb, a figure, a date), so that copies can be edited and spun without
// ever breaking the ground truth: a rewriter changes ordinary words and cue verbs only,
// and the quotes, figures and times listed in the truth are read back from the pieces
// that survive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/gen/dates.h"

namespace sitrep::gen {

enum class PieceKind : uint8_t {
  kPlain,   // ordinary words: rewriters may change them
  kFixed,   // words a rewriter leaves alone (vague times, punctuation-like text)
  kMark,    // a quote mark: near-duplicates may straighten it
  kName,    // a name or title
  kCue,     // the cue verb of quote `ref`
  kQuote,   // words of quote `ref` (one of its parts)
  kFigure,  // the surface of figure `ref`
  kTime,    // time expression `ref`
};

// A piece is a span of its sentence's text. Keeping one string per sentence instead
// of one per piece matters: the generator builds tens of sentences per article, tens
// of thousands of articles a second.
struct Piece {
  PieceKind kind = PieceKind::kPlain;
  int16_t ref = -1;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Sentence {
  std::string text;
  std::vector<Piece> pieces;    // cover `text` in order, without gaps
  int16_t pattern = -1;         // sentence pattern id, -1 for text outside the patterns
  bool binds_previous = false;  // needs the previous sentence (pronoun, continued quote)

  std::string_view TextOf(const Piece& p) const {
    return std::string_view(text).substr(p.begin, p.end - p.begin);
  }
  // Appends a piece; ordinary words join the previous piece when it is ordinary too.
  void Append(PieceKind kind, int16_t ref, std::string_view words);
  // Appends all of `other`'s pieces.
  void Append(const Sentence& other);
  // Rebuilds the text with `edit` applied to each piece's words (which it may
  // change in place).
  template <typename Edit>
  void Rewrite(Edit&& edit) {
    std::string rebuilt;
    rebuilt.reserve(text.size() + 16);
    std::string words;
    for (Piece& p : pieces) {
      words.assign(TextOf(p));
      edit(p, words);
      p.begin = static_cast<uint32_t>(rebuilt.size());
      rebuilt += words;
      p.end = static_cast<uint32_t>(rebuilt.size());
    }
    text = std::move(rebuilt);
  }
};

enum class ParagraphRole : uint8_t { kBody, kSubhead, kBullet };

struct Paragraph {
  ParagraphRole role = ParagraphRole::kBody;
  std::vector<Sentence> sentences;
};

struct QuoteFact {
  std::string speaker;  // canonical name of the speaker
  bool direct = true;
  std::string text;     // the whole statement, when a layout splits it into parts
};

// `counted` and `owner` point into the world's tables (kind specs, storyline
// entities), which outlive every draft; the generator re-points the owners of one-off
// articles, whose storylines it drops, at interned copies.
struct FigureFact {
  double value = 0;
  std::string qualifier;
  std::string unit;
  std::string_view counted;
  std::string_view owner;
  int claim = -1;  // global claim group index, -1 for none
  double converted_value = 0;
  std::string converted_unit;
};

struct TimeFact {
  Day date = 0;
  bool absolute = false;
};

struct Draft {
  std::vector<Paragraph> paragraphs;
  std::vector<QuoteFact> quotes;
  std::vector<FigureFact> figures;
  std::vector<TimeFact> times;
  std::string dateline;            // "LISBON (Meridian Wire) —"; empty when none
  bool dateline_own_line = false;  // the dateline is a paragraph of its own
  std::string dateline_place;      // canonical place name
  std::string dateline_date;       // ISO date or date-time the dateline prints; or empty
  std::vector<std::pair<size_t, std::string>> inserts;  // boilerplate after paragraph i
  std::vector<std::string> footer;                      // boilerplate after the body
};

struct RenderedQuote {
  std::string speaker;
  std::string text;                // parts joined by a space
  std::vector<std::string> parts;  // more than one when the quote is split by its cue
  std::string cue;                 // lower case; empty when the quote has no cue
  bool direct = true;
};

struct RenderedFigure {
  FigureFact fact;
  std::string text;
};

struct RenderedTime {
  std::string text;
  TimeFact fact;
};

struct Rendered {
  std::string text;  // paragraphs separated by one blank line
  std::vector<RenderedQuote> quotes;
  std::vector<RenderedFigure> figures;
  std::vector<RenderedTime> times;
  std::vector<std::string> boilerplate;  // in order of appearance
  std::vector<int> patterns;             // pattern ids of the sentences, in order
};

Rendered Render(const Draft& draft);
// Render into `out`, reusing its buffers (the generator renders one article after
// another into the same object).
void RenderInto(const Draft& draft, Rendered& out);

// Upper-cases the first ASCII letter of the first piece that has text, skipping quote
// marks: the sentence-initial capital.
void CapitalizeSentence(Sentence& sentence);

// A sentence of one piece.
Sentence OnePiece(PieceKind kind, std::string_view text);

}  // namespace sitrep::gen
