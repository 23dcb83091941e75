// Candidate names ("pieces") passed from recognition (entities.cc) to within-article
// resolution (entity_resolve.cc). Internal to the extract module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_tokens.h"
#include "extract/gazetteer.h"
#include "sitrep/entities.h"

namespace sitrep::extract::internal {

// How sure the type of a piece is; resolution lets stronger evidence win.
enum Strength : int {
  kGuess = 0,     // shape alone: "two capitalised words"
  kContext = 1,   // a weak cue around it: "in X", "X said"
  kPattern = 2,   // a reliable pattern: an acronym, "newspaper X", a surname of a person
  kLexicon = 3,   // a gazetteer name, a title ("President X"), a first name, a head word
};

struct Piece {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  size_t begin = 0;  // bytes; end leaves out a possessive "'s"
  size_t end = 0;
  std::string type;  // PER ORG LOC NORP MISC; empty while unknown
  int strength = kGuess;
  const KnownName* known = nullptr;
  std::string role;  // "Pentagon spokesman"
  Gender gender = Gender::kUnknown;
  // Its capital says nothing (sentence start, headline) and nothing else vouches for it:
  // kept only if the article names it elsewhere.
  bool doubtful = false;
  // All of a quotation: “Good Morning Britain”. The title of a work, whatever the tagger
  // makes of its words (a programme looks like its broadcaster).
  bool fills_quote = false;
  std::string key;  // NameKey of its text
  int entity = -1;
};

// Recognition: candidate names of the text, in order, not overlapping.
std::vector<Piece> FindPieces(std::string_view text, const TokenizedText& tt);

// The first step of resolution alone: each name's type decided across the article, and
// pieces whose capital said nothing dropped unless the article vouches for them.
std::vector<Piece> DecidePieceTypes(std::string_view text, const TokenizedText& tt,
                                    std::vector<Piece> pieces);

// Resolution: decides types (unless `types_decided`: DecidePieceTypes already ran, or
// the name tagger set them), groups pieces into entities, adds role and alias mentions.
EntityResult ResolveEntities(std::string_view text, const TokenizedText& tt,
                             std::vector<Piece> pieces, bool types_decided = false);

}  // namespace sitrep::extract::internal
