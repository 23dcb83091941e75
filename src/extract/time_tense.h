// A coarse tense for each sentence, which sets the direction of a bare weekday or month:
// "will meet on Friday" looks forward, "met on Friday" back.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/time_tokens.h"

namespace sitrep::extract::time_internal {

enum class Tense : int8_t { kUnknown = 0, kPast = 1, kFuture = 2 };

// Splits the tokens into sentences once; the tense markers of a sentence are listed the
// first time a token in it asks, since most sentences hold no time expression. A token
// takes the tense of the marker nearest to it in its sentence, so that "prices will fall,
// officials said on Tuesday" reads Tuesday as past. Future markers: "will", "'ll",
// "shall", "going to", "is expected to", "plans to", "scheduled for"; past markers:
// "said", "was", "had", a verb in -ed. No marker: unknown.
class SentenceTense {
 public:
  explicit SentenceTense(const TimeTokens& tokens);
  Tense At(size_t token) const;

 private:
  struct Marker {
    size_t token;
    Tense tense;
  };
  const TimeTokens& t_;
  std::vector<uint32_t> sentence_;  // per token: index of its sentence
  std::vector<size_t> start_;       // per sentence: first token; one past the last at end
  mutable std::vector<bool> listed_;                  // per sentence: markers listed yet
  mutable std::vector<std::vector<Marker>> markers_;  // per sentence, in token order
};

}  // namespace sitrep::extract::time_internal
