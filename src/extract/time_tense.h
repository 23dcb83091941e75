// A coarse tense for each sentence, which sets the direction of a bare weekday or month:
// "will meet on Friday" looks forward, "met on Friday" back.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/time_tokens.h"

namespace sitrep::extract::time_internal {

enum class Tense : int8_t { kUnknown = 0, kPast = 1, kFuture = 2 };

// Finds the sentence of a token when a token in it first asks, and lists its tense
// markers then, since most sentences hold no time expression: splitting the whole text
// up front was half of this class's work, asked about a few sentences per article. A
// token takes the tense of the marker nearest to it in its sentence, so that "prices will
// fall, officials said on Tuesday" reads Tuesday as past. Future markers: "will", "'ll",
// "shall", "going to", "is expected to", "plans to", "scheduled for"; past markers:
// "said", "was", "had", a verb in -ed. No marker: unknown.
class SentenceTense {
 public:
  explicit SentenceTense(const TimeTokens& tokens) : t_(tokens) {}
  Tense At(size_t token) const;

 private:
  struct Marker {
    size_t token;
    Tense tense;
  };
  // Whether a sentence ends after token i: at ". ! ?" before a new sentence, or before a
  // line break.
  bool EndsAfter(size_t i) const;

  const TimeTokens& t_;
  // The sentence asked about last: tokens [first_, end_) (none while end_ is 0), and its
  // markers in token order. One sentence is kept, not all: the grammar asks about tokens
  // a few positions ahead of the one it scans from, left to right, so it leaves a
  // sentence for good but near its end, and moving between two sentences costs their
  // length a bounded number of times per sentence boundary.
  mutable size_t first_ = 0;
  mutable size_t end_ = 0;
  mutable std::vector<Marker> markers_;
};

}  // namespace sitrep::extract::time_internal
