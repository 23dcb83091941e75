// The generic sentence patterns: shapes any storyline kind can use (leads, quote
// layouts, background, closing lines). Kind-specific patterns live with the kinds.
#pragma once

#include <string>
#include <vector>

#include "bench/gen/kinds.h"
#include "bench/gen/template.h"

namespace sitrep::gen {

// How a quote layout uses the statement it carries.
enum class QuoteForm : uint8_t {
  kWhole,          // {q}: the statement in one piece
  kSentenceSplit,  // {q1} ... {q2}: first sentence, then the rest after the cue
  kCommaSplit,     // {q1}, ... {q2}: one sentence broken at a comma around the cue
  kFragment,       // {qf}: a short quoted phrase inside the reporter's sentence
  kReported,       // {rep}: reported speech, no quote marks
  kBare,           // {q} with no cue at all: continues the previous speaker
};

struct QuoteLayout {
  Template pattern;
  QuoteForm form;
  bool appositive;    // introduces the speaker with a trailing appositive ({spk_app})
  bool continuation;  // refers back to the previous sentence's speaker ({pron}, {spk_role})
};

struct PatternBanks {
  std::vector<Template> leads;         // first sentence: the event
  std::vector<Template> nut;           // second paragraph: why it matters
  std::vector<Template> event_figure;  // the event's figure again
  std::vector<Template> previous;      // an earlier development of the storyline
  std::vector<Template> context;       // generic colour
  std::vector<Template> count_claim;   // a storyline quantity that is a head count
  std::vector<Template> conflict;      // two sources, two values
  std::vector<Template> closing;       // last line
  std::vector<QuoteLayout> quotes;
  std::vector<Template> headlines;     // not sentence patterns
  std::vector<Template> bullets;       // summary bullet lines above the body
  std::vector<std::string> subheads;
  // Adverbial openings put in front of narrative sentences ("Meanwhile, ...").
  std::vector<Template> openers;
  // Statements any storyline's speakers can make, by stance; combined with the kind's
  // own statements so that quotes rarely repeat by chance.
  std::array<std::vector<Template>, kStanceCount> statements;
};

const PatternBanks& Patterns();

}  // namespace sitrep::gen
