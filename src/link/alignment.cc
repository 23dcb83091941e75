#include "link/alignment.h"

#include <algorithm>
#include <bit>

// Two builds of a function, the loader choosing by CPU (GCC and Clang ifuncs on x86-64
// with glibc); elsewhere one build.
#if defined(__x86_64__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define SITREP_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define SITREP_POPCNT_CLONES
#endif

namespace sitrep::link::internal {

namespace {

constexpr int kWordBits = 48;
constexpr uint64_t kWordMask = (uint64_t{1} << kWordBits) - 1;

// Bits set. x86-64's baseline has no POPCNT instruction, so std::popcount alone would
// be a library call; the functions that count bits in tight loops are compiled twice
// (kPopcntClones), once for CPUs with POPCNT, and the loader picks one.
inline int PopCount(uint64_t x) { return std::popcount(x); }

}  // namespace

uint64_t SentenceSketch(std::span<const uint64_t> words, uint64_t skeleton) {
  uint64_t sketch = 0;
  for (uint64_t h : words) sketch |= uint64_t{1} << (h % kWordBits);
  return sketch | (skeleton << kWordBits);
}

uint64_t SkeletonBits(std::span<const uint64_t> tokens) {
  uint64_t bits = 0;
  for (uint64_t h : tokens) bits |= uint64_t{1} << (h >> 60);
  return bits;
}

namespace {

inline double Overlap(uint64_t a, uint64_t b) {
  a &= kWordMask;
  b &= kWordMask;
  const int total = PopCount(a) + PopCount(b);
  if (total == 0) return 0.0;
  return 2.0 * PopCount(a & b) / total;
}

inline bool Agree(uint64_t a, uint64_t b) {
  const uint64_t x = a >> kWordBits;
  const uint64_t y = b >> kWordBits;
  return x == 0 || y == 0 || x == y;
}

}  // namespace

double SketchOverlap(uint64_t a, uint64_t b) { return Overlap(a, b); }

bool SkeletonsAgree(uint64_t a, uint64_t b) { return Agree(a, b); }

SITREP_POPCNT_CLONES
bool LeadsOverlap(std::span<const uint64_t> a, std::span<const uint64_t> b, size_t a_lead,
                  size_t b_lead, double min_overlap) {
  for (size_t i = 0; i < std::min(a.size(), a_lead); ++i) {
    const uint64_t x = a[i] & kWordMask;
    for (size_t j = 0; j < std::min(b.size(), b_lead); ++j) {
      if (!Agree(a[i], b[j])) continue;
      const int total = PopCount(x) + PopCount(b[j] & kWordMask);
      const int common = PopCount(x & b[j]);
      // The same test as the alignment's table below.
      if (total > 0 && common > 0 && !(2.0 * common < min_overlap * total)) return true;
    }
  }
  return false;
}

namespace {

void AddPair(std::span<const uint64_t> a, std::span<const uint64_t> b, double weight,
             size_t x, size_t y, double overlap, Alignment* out) {
  out->pairs.push_back({static_cast<int>(x), static_cast<int>(y)});
  out->overlap_sum += overlap;
  out->weight_sum += weight;
  out->weighted_overlap += weight * overlap;
  if ((a[x] >> kWordBits) != 0 && (a[x] >> kWordBits) == (b[y] >> kWordBits)) {
    out->weighted_skeleton += weight;
  }
  if (a[x] == b[y]) {
    ++out->identical;
    out->weighted_identical += weight;
  }
}

}  // namespace

SITREP_POPCNT_CLONES
Alignment AlignSentences(std::span<const uint64_t> a, std::span<const uint64_t> b,
                         std::span<const double> b_weight, double min_overlap,
                         double min_moved) {
  Alignment result;
  const size_t n = a.size();
  const size_t m = b.size();
  if (n == 0 || m == 0) return result;
  auto weight = [&](size_t j) { return b_weight.empty() ? 1.0 : b_weight[j]; };
  // score[i][j]: best total over a[0..i) and b[0..j); row-major, (n+1) x (m+1).
  const size_t w = m + 1;
  // Scratch tables reused across calls on this thread: the detector aligns a few
  // pairs per article, and allocating them each time showed in profiles.
  thread_local std::vector<double> score;
  thread_local std::vector<double> overlap;
  thread_local std::vector<int> bits_b;
  overlap.assign(n * m, 0.0);
  // The overlap table first, with each sentence's bit count taken once: most pairs
  // fail the threshold, which an integer comparison tells without dividing.
  bits_b.resize(m);
  for (size_t j = 0; j < m; ++j) bits_b[j] = PopCount(b[j] & kWordMask);
  size_t passing = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t x = a[i] & kWordMask;
    const int bits_a = PopCount(x);
    for (size_t j = 0; j < m; ++j) {
      const int total = bits_a + bits_b[j];
      if (total == 0 || !Agree(a[i], b[j])) continue;
      const int common = PopCount(x & b[j]);
      if (2.0 * common < min_overlap * total || common == 0) continue;
      overlap[i * m + j] = 2.0 * common / total;
      ++passing;
    }
  }
  if (passing == 0) return result;
  score.assign((n + 1) * w, 0.0);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      double best = std::max(score[(i - 1) * w + j], score[i * w + j - 1]);
      const double o = overlap[(i - 1) * m + (j - 1)];
      if (o > 0) best = std::max(best, score[(i - 1) * w + j - 1] + o * weight(j - 1));
      score[i * w + j] = best;
    }
  }
  // Walk back from the corner, taking a pair whenever it explains the score.
  size_t i = n;
  size_t j = m;
  while (i > 0 && j > 0) {
    const double here = score[i * w + j];
    const double o = overlap[(i - 1) * m + (j - 1)];
    if (o > 0 && here == score[(i - 1) * w + j - 1] + o * weight(j - 1)) {
      AddPair(a, b, weight(j - 1), i - 1, j - 1, o, &result);
      --i;
      --j;
    } else if (here == score[(i - 1) * w + j]) {
      --i;
    } else {
      --j;
    }
  }
  std::reverse(result.pairs.begin(), result.pairs.end());
  for (size_t k = 1; k < result.pairs.size(); ++k) {
    const int di = result.pairs[k].first - result.pairs[k - 1].first;
    const int dj = result.pairs[k].second - result.pairs[k - 1].second;
    if (di <= 2 && dj <= 3) ++result.adjacent;
  }
  // Moved sentences: greedily, each left-over sentence of a with its best left-over
  // partner in b.
  thread_local std::vector<bool> used_a;
  thread_local std::vector<bool> used_b;
  used_a.assign(n, false);
  used_b.assign(m, false);
  for (auto [x, y] : result.pairs) {
    used_a[static_cast<size_t>(x)] = true;
    used_b[static_cast<size_t>(y)] = true;
  }
  for (size_t x = 0; x < n; ++x) {
    if (used_a[x]) continue;
    double best = min_moved;
    size_t at = m;
    for (size_t y = 0; y < m; ++y) {
      if (used_b[y]) continue;
      // The table holds every pair that reached min_overlap with agreeing skeletons.
      const double o = overlap[x * m + y];
      if (o >= best && o > 0) {
        best = o;
        at = y;
      }
    }
    if (at == m) continue;
    used_b[at] = true;
    AddPair(a, b, weight(at), x, at, best, &result);
    ++result.moved;
  }
  std::sort(result.pairs.begin(), result.pairs.end());
  return result;
}

}  // namespace sitrep::link::internal
