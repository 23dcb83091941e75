// Spinner: what article-spinning tools do to a wire story. They swap words for
// "synonyms" from a table, blind to sense ("mentioned" for "said", "burdened" for
// "stressed", "jap" for "eastern", "army" for "military"), which defeats exact shingle
// matching while a reader still recognises the source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bench/gen/draft.h"

namespace sitrep::gen {

class Rng;

struct SpinStats {
  int content_words = 0;  // content words in the rewritable text (plain words, cues)
  int replaced = 0;       // of which were replaced

  double share() const {
    return content_words == 0 ? 0.0 : static_cast<double>(replaced) / content_words;
  }
};

// Replaces `share` (0..1) of the content words in the draft's plain pieces and cue
// verbs, as far as the synonym table allows. Names, quotes, figures and times are left
// alone, so the draft's ground truth stays valid.
SpinStats SpinDraft(Draft& draft, double share, Rng& rng);

// Spins free text (a headline) at the same rate.
SpinStats SpinText(std::string& text, double share, Rng& rng);

// Whether a lower-case word counts as a content word (not a function word, at least
// three letters).
bool IsContentWord(std::string_view lower_word);

// The synonym table: replacements for a lower-case word, or nullptr.
const std::vector<std::string>* Synonyms(std::string_view lower_word);

// Number of words the table covers.
size_t SynonymTableSize();

}  // namespace sitrep::gen
