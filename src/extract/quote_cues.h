// The lexicon of attribution cues: verbs that introduce what someone said. Internal to
// the extract module; entities use it too ("Kirby said" marks Kirby as a speaker).
#pragma once

#include <string_view>

#include "extract/word_filter.h"

namespace sitrep::extract::internal {

struct CueInfo {
  // A cue only right next to a quote or before "that", never on its own: a rewriting
  // tool's stand-in for a speech verb ("burdened" for "stressed"), or a verb that more
  // often reports a deed than words ("accused Moscow of massing troops").
  bool weak = false;
  // The listener follows the verb: "told reporters", "informed journalists".
  bool takes_object = false;
  // "-ing" form ("adding", "noting"): its subject is the main clause's.
  bool participle = false;
  // Present tense ("says", "asks"): still a cue, reported in the present.
  bool present = false;
  // Also introduces reported speech without quote marks ("Kirby said no troops ...").
  bool reports = false;
  // Also takes a plain object ("pledged 1.2 billion euros", "announced sanctions"): it
  // reports speech only with a clause after it ("pledged to send", "announced the talks
  // had ended").
  bool objects = false;
};

// The cue for a case-folded word, or nullptr.
const CueInfo* FindCue(std::string_view folded_word);

// FindCue's first test, for loops over every word of a text: a word it rules out is no
// cue, and the call for it is saved.
const WordFilter& CueWords();

// Nouns that name a listener after "told" / "informed": "reporters", "journalists".
bool IsListenerNoun(std::string_view folded_word);

}  // namespace sitrep::extract::internal
