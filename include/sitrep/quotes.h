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

// ---- Evaluation against annotated passages (src/extract/testdata/quotes/) ----

// One annotated quote of a passage: its text (the whole quote or its first words, which
// occur once in the passage), the speaker's name as the passage gives it ("" when no
// speaker is attributable) and whether it is direct or reported speech.
struct GoldQuote {
  std::string text;
  std::string speaker;
  bool direct = true;
};

struct QuoteDetection {
  size_t gold = 0;
  size_t found = 0;
  size_t matched = 0;  // pairs of one gold and one found quote, see ScorePassageQuotes
  double Precision() const { return found == 0 ? 0 : double(matched) / double(found); }
  double Recall() const { return gold == 0 ? 0 : double(matched) / double(gold); }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct QuoteEval {
  size_t passages = 0;
  QuoteDetection direct;
  QuoteDetection reported;
  // Of the matched quotes, those whose speaker is right: the found speaker name ends
  // with the gold name's last word (case-insensitively), or both are empty.
  size_t direct_speakers_right = 0;
  size_t reported_speakers_right = 0;
  size_t negatives = 0;        // annotated non-quotes (titles, nicknames, scare quotes)
  size_t negatives_found = 0;  // of them, reported as a direct quote
  // One line per miss, false alarm and wrong speaker, for reading.
  std::vector<std::string> errors;
  std::string load_error;  // non-empty when the gold file could not be read

  double SpeakerAccuracy() const {
    return direct.matched == 0 ? 0 : double(direct_speakers_right) / double(direct.matched);
  }
};

// Adds one passage to `eval`: found and gold quotes are paired one to one, direct with
// direct and reported with reported, in gold order, each gold quote taking the unpaired
// found quote it overlaps most, provided the overlap covers at least half of the shorter
// of the two spans (a gold quote given by its first words matches the whole found quote;
// a found fragment of a gold quote matches it; a found span running over two quotes
// matches only one). `not_quotes` are strings of the passage that are not quotes.
void ScorePassageQuotes(std::string_view id, std::string_view text,
                        const std::vector<GoldQuote>& gold,
                        const std::vector<std::string>& not_quotes,
                        const std::vector<Quote>& found, QuoteEval* eval);

// Runs FindEntities and FindQuotes over every passage of a JSON Lines gold file
// ({"id", "text", "quotes": [{"text", "speaker", "direct"}], "not_quotes": [...]}).
QuoteEval EvaluateQuoteGold(const std::string& jsonl_path);

}  // namespace sitrep::extract
