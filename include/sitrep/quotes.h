// quotes: who said what in one article.
//
// Direct quotes are the text between quote marks (curly “ ”, straight ", guillemets « »,
// low „ and single ‘ ’ at the outer level), paired in one linear pass: single marks
// inside double ones are part of the quote, and a paragraph that ends inside a quote
// continues only if the next paragraph opens with a quote mark, as news style writes
// long quotes. Reported speech ("Kirby said no troops are intended for Ukraine",
// "..., according to the Kremlin") is found from the same cue lexicon.
//
// A speaker is taken from the attribution next to the quote: "..., X said",
// "..., said X, the spokesman", "X said: ...", "X told reporters ...", "X stressed that
// Y “...”" (X, not Y), a pronoun ("he added") resolved to the person the previous
// sentences are about, a role ("the Pentagon spokesman added") matched to the one person
// the article gave that role, and split quotes ("A," Kirby said. "B.") inherit their
// speaker. A quote with no attribution is kept with speaker_entity -1; a speaker is
// never guessed from mere proximity.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/entities.h"

namespace sitrep::extract {

struct Quote {
  size_t begin = 0;  // the quoted text without its marks (byte offsets; end exclusive)
  size_t end = 0;
  // The attribution cue ("said", "told reporters", "according to", spun "mentioned");
  // cue_begin == cue_end and cue empty when none was found.
  size_t cue_begin = 0;
  size_t cue_end = 0;
  std::string cue;
  int speaker_entity = -1;  // index into EntityResult::entities; -1 when not an entity
  // The speaker's entity name, or the words that describe an unnamed speaker ("an aide
  // to the French president"); empty when unknown.
  std::string speaker_name;
  bool direct = true;  // false for reported speech
};

// Quotes of one article, sorted by begin. `entities` must be FindEntities(text).
// Time linear in text.size().
std::vector<Quote> FindQuotes(std::string_view text, const EntityResult& entities);

}  // namespace sitrep::extract
