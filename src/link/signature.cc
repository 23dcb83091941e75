// ComputeCopySignature: the pure, parallel half of copy detection.
#include <span>

#include "link/alignment.h"
#include "link/minhash.h"
#include "link/skeleton.h"
#include "sitrep/copies.h"

namespace sitrep::link {

CopySignature ComputeCopySignature(std::string_view text, const CopyOptions& options) {
  const internal::ArticleWords words =
      internal::ExtractWords(text, options.min_sentence_words, options.max_sentences);
  CopySignature sig;
  sig.exact_hash = words.exact_hash;
  sig.tokens = words.tokens;
  sig.minhash = internal::MinHash(words.skeleton, options.shingle, options.minhashes);
  sig.sentences.reserve(words.sentences());
  const std::span<const uint64_t> all(words.words);
  for (size_t k = 0; k < words.sentences(); ++k) {
    const size_t begin = words.sentence_begin[k];
    const size_t end = words.sentence_begin[k + 1];
    sig.sentences.push_back(
        internal::SentenceSketch(all.subspan(begin, end - begin), words.sentence_skeleton[k]));
  }
  return sig;
}

uint64_t ExactTextHash(std::string_view text) { return internal::ExactTextHash(text); }

}  // namespace sitrep::link
