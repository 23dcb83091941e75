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
// How (src/link): the skeleton of a text (its names and figures outside quotes, which
// spinners leave alone) is MinHashed for LSH candidates; each candidate is verified by
// aligning sentences in order (word sketches, with matching names and figures), each
// sentence weighted by its rarity so that boilerplate and stock lines count for
// little; a fitted linear score of the alignment decides.
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
  // Signature. MinHash over shingles of the article's skeleton (capitalised words and
  // numbers outside quotes: what a spinner leaves alone).
  int minhashes = 24;
  int shingle = 2;  // skeleton tokens per shingle
  // Sentences with fewer words than this outside quotes, names and figures carry no
  // evidence: an attribution ("Kirby added"), a one-word line ("Advertisement").
  int min_sentence_words = 3;
  // Sentences kept per article (the rest of a long text is not needed to tell a copy).
  int max_sentences = 48;

  // Candidates. LSH bands of `rows_per_band` MinHash values; the first `bands` are
  // indexed (all values count in the score). Each bucket remembers only its
  // `bucket_ways` most recent articles, which bounds the work of a lookup however
  // popular a value gets; the `max_candidates` articles sharing the most bands (at
  // least `min_band_hits`) are verified.
  int rows_per_band = 1;
  int bands = 20;
  int bucket_ways = 2;
  int max_candidates = 10;
  int min_band_hits = 1;
  // Whether copies enter the LSH index too. Off: a later copy should find the
  // original itself, and the copies of a much-copied story would push it out of the
  // buckets they share. (On only to study the features of every pair.)
  bool index_copies = false;

  // Verification. Two sentences match when the Dice overlap of their word sketches
  // reaches `sentence_match` and they name the same names and figures; a sentence out
  // of order (its paragraph moved) needs `moved_match` (at least sentence_match), as
  // order no longer confirms it.
  double sentence_match = 0.45;
  double moved_match = 0.6;
  // A copy has at least `min_aligned` sentences and `min_reused_share` of its text
  // aligned, and a score (a linear function of what the alignment found, see
  // CopyMatch) of at least `min_score`. The weights were fitted by logistic regression
  // on generated corpora (bench/gen, seeds 1 to 10; the quality test runs another
  // seed; bench/fit-copy-weights refits them), so the score is the log-odds that the
  // pair is a copy.
  int min_aligned = 3;
  double min_reused_share = 0.3;
  // And takes the lead: one of its first `lead_window` sentences aligns with one of
  // the original's first lead_window + 2 (a copy may drop the summary bullets).
  int lead_window = 3;
  struct Weights {
    double bias = -27.33;
    double reused = 2.90;
    double coverage = 4.15;
    double skeleton = 10.23;
    double adjacent = 8.01;
    double identical = 3.28;
    double skeleton_agreement = 2.65;
    double log_aligned = 2.53;  // times the log of the number of aligned sentences
    double aligned_share = 7.79;
    double covered_share = 5.29;
  } weights;
  double min_score = 1.5;
  // A near copy reprints most aligned text word for word (outside quotes); a rewrite
  // changed words in most of it. The dividing share of identical_share:
  double near_identical = 0.7;
};

// What ComputeCopySignature extracts from one text: all the detector needs.
struct CopySignature {
  uint64_t exact_hash = 0;           // the normalised token stream
  std::vector<uint32_t> minhash;     // options.minhashes values over skeleton shingles
  // One 64-bit sketch per sentence with evidence (words and skeleton bits; see
  // src/link/alignment.h), at most options.max_sentences.
  std::vector<uint64_t> sentences;
  uint32_t tokens = 0;               // word tokens in the text
};

// Pure; thread-safe. `options` must be the detector's.
CopySignature ComputeCopySignature(std::string_view text, const CopyOptions& options = {});

// The signature's exact_hash alone (the same value), for a text whose other parts are
// not needed: the ingest keys exact copies by the text as read, before a source's
// furniture is dropped, since two outlets' copies of one story lose different lines.
uint64_t ExactTextHash(std::string_view text);

// What Add found. The shares weigh each sentence by its rarity (one seen in c
// earlier articles weighs about 1/c), so an outlet's boilerplate and stock background
// lines count for little.
struct CopyMatch {
  CopyKind kind = CopyKind::kNone;
  std::string original_id;  // the earlier article this one copies; empty for kNone
  std::string group_id;     // first-ingested member of the copy group (this id if none)
  double reused_share = 0;  // of this article's text, aligned with the original (1: exact)
  double coverage = 0;      // of the original's text, aligned with this article
  double similarity = 0;       // mean word overlap of the aligned sentences
  double identical_share = 0;  // of the aligned text, reprinted unchanged
  double skeleton_agreement = 0;  // of the aligned text, sentences with equal skeletons
  double adjacent_share = 0;   // aligned pairs that continue a run of pairs
  double skeleton_similarity = 0;  // MinHash estimate of the skeletons' Jaccard similarity
  // Unweighted: of this article's sentences, and of the original's, the share aligned
  // (stock lines count here as much as any other, which the rarity weights undo).
  double aligned_share = 0;
  double covered_share = 0;
  int band_hits = 0;           // LSH bands the two articles share
  double score = 0;            // the verdict's score (CopyOptions::weights)
  // (sentence of this article, sentence of the original): indexes into the
  // signatures' `sentences`, by sentence of this article; mostly increasing in both,
  // but a moved paragraph's sentences cross the others. Empty for exact copies.
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
  double text_length = 0;  // sentences, bytes: any measure of how full the text is
  // Share of the other members' text that this member contains (0..1).
  double contains_others = 0;
};

struct OriginalChoice {
  std::string id;
  std::string reason;
};

// The earliest published member when every member is dated and dates tell them apart;
// otherwise the text that contains the others best (at least 80% of them; of two that
// contain each other alike, the first listed); otherwise the first listed (the first
// ingested).
OriginalChoice PickOriginal(const std::vector<GroupMember>& members);

}  // namespace sitrep::link
