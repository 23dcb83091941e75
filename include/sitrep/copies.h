// copies: which articles repeat an earlier one, and which member of a copy group is
// the likely original.
//
// Three kinds of copy are told apart:
//   exact    the same text once normalised (case, whitespace, punctuation)
//   near     the same sentences, give or take cuts, light edits and boilerplate
//   rewrite  a "spun" copy: many content words swapped for synonyms, sentences
//            dropped, paragraphs reordered, yet the order of what is left kept
//
// The work is split so that the ingest pipeline can run the expensive part in
// parallel: ComputeCopySignature is a pure function of the text (call it from any
// thread); CopyDetector::Add takes signatures one at a time, in ingest order, from one
// thread, and only ever compares an article with the few earlier ones an LSH index
// offers as candidates, so the cost per article stays flat as the corpus grows.
//
// Text in quotation marks is not evidence: two independent stories of one press
// conference print the same quotes, and must not be linked for it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::link {

enum class CopyKind { kNone, kExact, kNear, kRewrite };

const char* CopyKindName(CopyKind kind);  // "none", "exact", "near", "rewrite"

struct CopyOptions {
  // MinHash over shingles of the article's skeleton (capitalised words and numbers
  // outside quotes: what a spinner leaves alone), cut into bands for LSH.
  int minhashes = 24;
  int rows_per_band = 1;
  int bands = 20;  // bands indexed (the first ones); all values count in the score
  int shingle = 2;  // skeleton tokens per shingle
  // Each LSH bucket remembers only its most recent articles, which bounds the work
  // of a lookup however popular a band value gets.
  int bucket_ways = 2;
  // Candidates verified per article: those sharing the most bands.
  int max_candidates = 6;
  // Whether copies enter the LSH index too. Off: a later copy should find the
  // original itself, and the copies of a much-copied story would push it out of the
  // buckets they share. (On only to study the features of every pair.)
  bool index_copies = false;
  int min_band_hits = 1;
  // Sentence alignment: a pair of sentences matches when the Dice overlap of their
  // content-word sketches reaches `sentence_match`.
  double sentence_match = 0.45;
  // A sentence out of order (its paragraph moved) counts when its overlap reaches
  // this; it must be higher, as order is no longer there to confirm the match.
  double moved_match = 0.6;
  // A copy: at least `min_aligned` sentences and `min_reused_share` of this article's
  // text (sentences weighted by rarity) aligned with sentences of an earlier article.
  int min_aligned = 3;
  double min_reused_share = 0.3;
  // The verdict on a candidate pair is a linear score of what the alignment found
  // (see CopyMatch): at or above `min_score` it is a copy. The weights were fitted by
  // logistic regression on generated corpora (bench/gen, seeds 7 and 8; the quality
  // test runs another seed), so the score is the log-odds that the pair is a copy.
  struct Weights {
    double bias = -18.51;
    double reused = 5.17;
    double coverage = 4.29;
    double skeleton = 8.32;
    double adjacent = 4.21;
    double identical = 2.11;
    double skeleton_agreement = 1.61;
    double log_aligned = 3.12;
  } weights;
  double min_score = 1.0;
  // A near copy reprints most aligned sentences word for word (outside quotes); a
  // rewrite changed words in most of them. The dividing share:
  double near_identical = 0.8;
  // A sentence already seen in this many earlier articles is boilerplate, not
  // evidence.
  // Sentences with fewer words than this outside quotes, names and figures carry no
  // evidence: an attribution ("Kirby added"), a one-word line ("Advertisement").
  int min_sentence_words = 3;
  // Sentences kept per article for verification (the rest of a long text is not
  // needed to tell a copy).
  int max_sentences = 48;
};

// What ComputeCopySignature extracts from one text: all the detector needs.
struct CopySignature {
  uint64_t exact_hash = 0;           // the normalised token stream
  std::vector<uint32_t> minhash;     // options.minhashes values over skeleton shingles
  std::vector<uint64_t> sentences;   // one content-word sketch per sentence
  uint32_t tokens = 0;               // word tokens in the text
};

// Pure; thread-safe. `options` must be the detector's.
CopySignature ComputeCopySignature(std::string_view text, const CopyOptions& options = {});

struct CopyMatch {
  CopyKind kind = CopyKind::kNone;
  std::string original_id;  // the earlier article this one copies; empty for kNone
  std::string group_id;     // first-ingested member of the copy group (this id if none)
  // Share of this article's evidence sentences aligned with the original's (1 for
  // exact copies), and the mean overlap of the aligned pairs.
  double reused_share = 0;
  double similarity = 0;
  double identical_share = 0;  // of the aligned sentences, those reprinted unchanged
  // Share of the original's evidence sentences aligned with this article's.
  double coverage = 0;
  int band_hits = 0;  // LSH bands the two articles share
  double adjacent_share = 0;  // aligned pairs that continue a run of pairs
  double skeleton_agreement = 0;  // aligned text whose sentences name the same names and figures
  double score = 0;  // the verdict's score (CopyOptions::weights)
  // Estimated Jaccard similarity of the two skeletons' shingles (MinHash).
  double skeleton_similarity = 0;
  // (sentence of this article, sentence of the original), in order: indexes into the
  // signatures' `sentences` (for the original: of the sentences the detector kept,
  // boilerplate left out). Empty for exact copies.
  std::vector<std::pair<int, int>> aligned_sentences;
  // The likely original of the whole group as known so far (see PickOriginal), and
  // why; this article's own id when it copies nothing.
  std::string likely_original_id;
  std::string likely_original_reason;
};

class CopyDetector {
 public:
  explicit CopyDetector(CopyOptions options = {});
  ~CopyDetector();
  CopyDetector(const CopyDetector&) = delete;
  CopyDetector& operator=(const CopyDetector&) = delete;

  // Adds the next article in ingest order and returns what it copies. `published` is
  // ISO 8601 or empty when unknown. Not thread-safe: call from one thread.
  CopyMatch Add(std::string_view id, const CopySignature& signature,
                std::string_view published);
  // Convenience: computes the signature first.
  CopyMatch Add(std::string_view id, std::string_view text, std::string_view published);

  const CopyOptions& options() const;
  size_t size() const;          // articles added
  size_t memory_bytes() const;  // everything the detector keeps, index included

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Choosing the likely original of a copy group.
struct GroupMember {
  std::string id;
  std::string published;  // ISO 8601, empty when unknown
  size_t text_length = 0;  // sentences or bytes: any measure of how full the text is
  // Share of the other members' text that this member contains (0..1).
  double contains_others = 0;
};

struct OriginalChoice {
  std::string id;
  std::string reason;
};

// The earliest published member when dates tell them apart; otherwise the fullest text
// that contains the others; otherwise the first listed (the first ingested).
OriginalChoice PickOriginal(const std::vector<GroupMember>& members);

}  // namespace sitrep::link
