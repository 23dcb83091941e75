// Sentence alignment: which sentences of one article reappear, in order, in another.
//
// Each sentence is reduced to a 64-bit sketch: in the low 48 bits one bit per content
// word (word hash mod 48), in the high 16 bits one bit per skeleton token (names and
// figures). The Dice overlap of the word bits,
// 2|a & b| / (|a| + |b|), estimates the share of words two sentences have in common:
// unrelated sentences of six words share about one bit by chance, a spun copy keeps
// the words the spinner missed. Skeletons must agree: a spinner never touches names
// and figures, while two independent stories built on one pattern differ in just
// those. Agreeing means one skeleton contains the other: a copy may drop a dateline. The alignment is the in-order matching of sentence pairs that
// overlap enough with the largest total weighted overlap (a weighted longest common
// subsequence), so that a rewrite that keeps the order of the story scores high while
// a few sentences two independent stories happen to share do not.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace sitrep::link::internal {

// The sketch of one sentence's word hashes and skeleton bits (16 bits, see
// SkeletonBits).
uint64_t SentenceSketch(std::span<const uint64_t> words, uint64_t skeleton);

// The 16 skeleton bits of a sentence from its skeleton token hashes.
uint64_t SkeletonBits(std::span<const uint64_t> tokens);

// Dice overlap of two sketches' word bits in 0..1 (0 when both are empty).
double SketchOverlap(uint64_t a, uint64_t b);

// True when one sentence's skeleton bits contain the other's.
bool SkeletonsAgree(uint64_t a, uint64_t b);

// True when some sentence among the first `a_lead` of `a` and the first `b_lead` of
// `b` reaches `min_overlap` with agreeing skeletons: what any alignment that pairs
// the two leads needs, told without building the alignment.
bool LeadsOverlap(std::span<const uint64_t> a, std::span<const uint64_t> b, size_t a_lead,
                  size_t b_lead, double min_overlap);

struct Alignment {
  // (sentence of a, sentence of b), by sentence of a: the in-order pairs and the moved
  // ones (sentences of a paragraph moved elsewhere; they cross the others).
  std::vector<std::pair<int, int>> pairs;
  double overlap_sum = 0;  // sum of the pairs' overlaps
  double weight_sum = 0;   // sum of the weights of the pairs' sentences of b
  double weighted_overlap = 0;    // sum of weight x overlap
  double weighted_identical = 0;  // sum of the weights of identical pairs
  int identical = 0;       // pairs whose sketches are equal
  int moved = 0;           // pairs out of order
  // In-order pairs that continue the previous pair: the next sentence or so of a with
  // one of the next few of b. A copy is long runs of these; two independent stories
  // that share a few sentences are not.
  int adjacent = 0;
  double weighted_skeleton = 0;  // sum of the weights of pairs whose skeletons match
};

// The best in-order alignment of `a` with `b`, using pairs whose overlap reaches
// `min_overlap`, each worth its overlap times the weight of its sentence of b
// (`b_weight`, 1 when empty); then each sentence of `a` left over is paired with the
// left-over sentence of `b` it overlaps most, if that reaches `min_moved` (moved
// paragraphs; min_moved must not be below min_overlap). O(|a| |b|).
Alignment AlignSentences(std::span<const uint64_t> a, std::span<const uint64_t> b,
                         std::span<const double> b_weight, double min_overlap,
                         double min_moved);

}  // namespace sitrep::link::internal
