// CopyDetector: the serial half of copy detection. For each new article: an exact
// match by hash, else the few earlier articles that share LSH bands with it, verified
// by sentence alignment; then the article joins the index.
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <span>

#include "link/alignment.h"
#include "link/lsh_index.h"
#include "link/minhash.h"
#include "link/sentence_counts.h"
#include "sitrep/copies.h"

namespace sitrep::link {

const char* CopyKindName(CopyKind kind) {
  switch (kind) {
    case CopyKind::kNone: return "none";
    case CopyKind::kExact: return "exact";
    case CopyKind::kNear: return "near";
    case CopyKind::kRewrite: return "rewrite";
  }
  return "none";
}

namespace {

// What the detector keeps per article: 32 bytes, plus its id and date in the string
// arena, its sentence sketches and 16 bits of each MinHash value. (32-bit offsets and
// article numbers: up to 4 billion articles, and sketches and arena bytes each.)
struct Record {
  uint64_t exact_hash = 0;
  uint32_t text_offset = 0;   // id, then published, in the arena
  uint16_t id_size = 0;
  uint16_t published_size = 0;
  uint32_t sketch_offset = 0;
  uint16_t sketches = 0;
  uint32_t group = 0;         // first-ingested member of the group
  uint32_t likely = 0;        // on a group's first member: its likely original
};

}  // namespace

struct CopyDetector::State {
  explicit State(const CopyOptions& o)
      : options(o), lsh(o.bucket_ways), exact(1) {}

  std::string_view Id(const Record& r) const {
    return std::string_view(arena).substr(r.text_offset, r.id_size);
  }
  std::string_view Published(const Record& r) const {
    return std::string_view(arena).substr(r.text_offset + r.id_size, r.published_size);
  }
  // The skeleton similarity of the new article with record `a`: the share of equal
  // MinHash values (16 bits of each kept).
  double SkeletonSimilarity(const CopySignature& sig, uint32_t a) const {
    const auto stride = static_cast<size_t>(std::max(options.minhashes, 0));
    const size_t k = std::min(stride, sig.minhash.size());
    if (k == 0) return 0;
    const uint16_t* theirs = &minhashes[static_cast<size_t>(a) * stride];
    int equal = 0;
    for (size_t i = 0; i < k; ++i) equal += static_cast<uint16_t>(sig.minhash[i]) == theirs[i];
    return static_cast<double>(equal) / static_cast<double>(stride);
  }
  std::span<const uint64_t> Sketches(const Record& r) const {
    return std::span<const uint64_t>(sketches).subspan(r.sketch_offset, r.sketches);
  }

  // The earlier article `sig` copies, if any.
  CopyMatch Find(const CopySignature& sig, const std::vector<uint32_t>& keys,
                 uint32_t* matched);
  // Aligns `sig` with record `a` and judges the pair.
  CopyMatch Verify(const CopySignature& sig, uint32_t a);
  CopyKind Judge(CopyMatch& m) const;  // also sets m.score
  // Fills `own_weight` and `sentence_keys` for the new article's sentences.
  void WeighOwn(const CopySignature& sig);
  static uint32_t SentenceKey(uint64_t sketch) {
    return static_cast<uint32_t>(XXH3_64bits(&sketch, sizeof sketch));
  }
  // Updates the group's likely original with its new member `self`; returns why.
  std::string JoinGroup(uint32_t self, uint32_t matched, const CopyMatch& match);

  CopyOptions options;
  internal::LshIndex lsh;
  internal::LshIndex exact;  // low 32 bits of the exact hash -> latest article
  internal::SentenceCounts counts;
  std::vector<Record> records;
  std::string arena;
  std::vector<uint64_t> sketches;
  std::vector<uint32_t> found;                       // scratch: lookup results
  std::vector<std::pair<uint32_t, int>> candidates;  // scratch: article, bands shared
  std::vector<double> own_weight;  // scratch: see WeighOwn
  std::vector<uint32_t> sentence_keys;
  std::vector<double> their_weight;
  // options.minhashes values per record (16 bits each): the skeleton similarity.
  std::vector<uint16_t> minhashes;
};

CopyMatch CopyDetector::State::Find(const CopySignature& sig,
                                    const std::vector<uint32_t>& keys, uint32_t* matched) {
  CopyMatch match;
  if (sig.tokens > 0) {
    found.clear();
    exact.Lookup(static_cast<uint32_t>(sig.exact_hash), &found);
    for (uint32_t a : found) {
      if (records[a].exact_hash != sig.exact_hash) continue;
      match.kind = CopyKind::kExact;
      match.reused_share = 1;
      match.similarity = 1;
      match.identical_share = 1;
      match.coverage = 1;
      *matched = a;
      return match;
    }
  }
  if (sig.sentences.empty()) return match;
  candidates.clear();
  for (uint32_t key : keys) {
    found.clear();
    lsh.Lookup(key, &found);
    for (uint32_t a : found) {
      auto it = std::find_if(candidates.begin(), candidates.end(),
                             [a](const auto& c) { return c.first == a; });
      if (it == candidates.end()) {
        candidates.push_back({a, 1});
      } else {
        ++it->second;
      }
    }
  }
  // Most shared bands first; among equals the newest.
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first > y.first;
  });
  const size_t limit = std::min(candidates.size(), static_cast<size_t>(options.max_candidates));
  double best_score = -1;
  for (size_t c = 0; c < limit; ++c) {
    if (candidates[c].second < options.min_band_hits) break;
    const uint32_t a = candidates[c].first;
    CopyMatch m = Verify(sig, a);
    m.band_hits = candidates[c].second;
    if (m.kind == CopyKind::kNone) continue;
    if (m.score <= best_score) continue;
    best_score = m.score;
    match = std::move(m);
    *matched = a;
  }
  return match;
}

CopyMatch CopyDetector::State::Verify(const CopySignature& sig, uint32_t a) {
  CopyMatch m;
  const Record& r = records[a];
  const std::span<const uint64_t> theirs = Sketches(r);
  // A copy takes the story's lead: some sentence near the top of this article must
  // align with one near the top of the other. Two stories that share only an
  // outlet's footer, or a few stock lines further down, do not. Most candidates fail
  // this, and it is told from a few sentences, before the whole alignment.
  const auto lead_a = static_cast<size_t>(std::max(options.lead_window, 0));
  if (!internal::LeadsOverlap(sig.sentences, theirs, lead_a, lead_a + 2, options.sentence_match)) {
    return m;
  }
  // Sentences weigh by rarity: one seen in c earlier articles weighs 1/c, so an
  // outlet's boilerplate weighs nothing and a stock background line little.
  their_weight.clear();
  double their_total = 0;
  for (uint64_t sketch : theirs) {
    their_weight.push_back(1.0 / std::max(1, counts.Count(SentenceKey(sketch))));
    their_total += their_weight.back();
  }
  const internal::Alignment al = internal::AlignSentences(
      sig.sentences, theirs, their_weight, options.sentence_match,
      std::max(options.moved_match, options.sentence_match));
  if (static_cast<int>(al.pairs.size()) < options.min_aligned) return m;
  // The lead must be in the alignment itself, not only overlap.
  const bool lead = std::any_of(al.pairs.begin(), al.pairs.end(), [&](const auto& p) {
    return p.first < options.lead_window && p.second < options.lead_window + 2;
  });
  if (!lead) return m;
  double unaligned = 0;
  size_t p = 0;
  for (size_t i = 0; i < sig.sentences.size(); ++i) {
    if (p < al.pairs.size() && al.pairs[p].first == static_cast<int>(i)) {
      ++p;
      continue;
    }
    unaligned += own_weight[i];
  }
  const double pairs = static_cast<double>(al.pairs.size());
  m.reused_share = al.weight_sum / std::max(1e-9, al.weight_sum + unaligned);
  m.coverage = al.weight_sum / std::max(1e-9, their_total);
  const double weight = std::max(1e-9, al.weight_sum);
  m.similarity = al.weighted_overlap / weight;
  m.identical_share = al.weighted_identical / weight;
  m.skeleton_agreement = al.weighted_skeleton / weight;
  m.adjacent_share = al.adjacent / pairs;
  m.skeleton_similarity = SkeletonSimilarity(sig, a);
  m.aligned_share = pairs / static_cast<double>(sig.sentences.size());
  m.covered_share = pairs / static_cast<double>(theirs.size());
  m.aligned_sentences = al.pairs;
  m.kind = Judge(m);
  return m;
}

// The verdict, from the features of a verified pair.
CopyKind CopyDetector::State::Judge(CopyMatch& m) const {
  const CopyOptions::Weights& w = options.weights;
  m.score = w.bias + w.reused * m.reused_share + w.coverage * m.coverage +
            w.skeleton * m.skeleton_similarity + w.adjacent * m.adjacent_share +
            w.identical * m.identical_share + w.skeleton_agreement * m.skeleton_agreement +
            w.log_aligned * std::log(static_cast<double>(m.aligned_sentences.size())) +
            w.aligned_share * m.aligned_share + w.covered_share * m.covered_share;
  if (m.reused_share < options.min_reused_share || m.score < options.min_score) {
    return CopyKind::kNone;
  }
  return m.identical_share >= options.near_identical ? CopyKind::kNear : CopyKind::kRewrite;
}

void CopyDetector::State::WeighOwn(const CopySignature& sig) {
  own_weight.clear();
  sentence_keys.clear();
  for (uint64_t sketch : sig.sentences) {
    const uint32_t key = SentenceKey(sketch);
    sentence_keys.push_back(key);
    own_weight.push_back(1.0 / (1 + counts.Count(key)));
  }
}

std::string CopyDetector::State::JoinGroup(uint32_t self, uint32_t matched, const CopyMatch& match) {
  Record& root = records[records[matched].group];
  const Record& likely = records[root.likely];
  const Record& me = records[self];
  // How much of the other text each holds: the new member's reused share is in the
  // article it matched, the matched one's coverage is in the new member. (The group's
  // likely original may be another member than the matched one; its text is the same
  // story, so the shares stand for it.)
  const bool exact = match.kind == CopyKind::kExact;
  std::vector<GroupMember> members(2);
  members[0] = {std::string(Id(likely)), std::string(Published(likely)),
                static_cast<double>(likely.sketches), match.reused_share};
  // An exact copy keeps no sentences of its own: it is as full as what it copies.
  members[1] = {std::string(Id(me)), std::string(Published(me)),
                static_cast<double>(exact ? records[matched].sketches : me.sketches),
                exact ? 1.0 : match.coverage};
  const OriginalChoice choice = PickOriginal(members);
  if (choice.id != members[0].id) root.likely = self;
  return choice.reason;
}

CopyDetector::CopyDetector(CopyOptions options)
    : state_(std::make_unique<State>(options)) {}
CopyDetector::~CopyDetector() = default;

const CopyOptions& CopyDetector::options() const { return state_->options; }
size_t CopyDetector::size() const { return state_->records.size(); }

size_t CopyDetector::memory_bytes() const {
  const State& s = *state_;
  return sizeof(State) + s.lsh.memory_bytes() + s.exact.memory_bytes() +
         s.counts.memory_bytes() + s.minhashes.capacity() * sizeof(uint16_t) +
         s.records.capacity() * sizeof(Record) + s.arena.capacity() +
         s.sketches.capacity() * sizeof(uint64_t);
}

CopyMatch CopyDetector::Add(std::string_view id, std::string_view text,
                            std::string_view published) {
  return Add(id, ComputeCopySignature(text, state_->options), published);
}

CopyMatch CopyDetector::Add(std::string_view id, const CopySignature& sig,
                            std::string_view published) {
  State& s = *state_;
  const auto self = static_cast<uint32_t>(s.records.size());
  std::vector<uint32_t> keys = internal::BandKeys(sig.minhash, s.options.rows_per_band);
  if (keys.size() > static_cast<size_t>(std::max(s.options.bands, 0))) {
    keys.resize(static_cast<size_t>(std::max(s.options.bands, 0)));
  }
  uint32_t matched = 0;
  s.WeighOwn(sig);
  CopyMatch match = s.Find(sig, keys, &matched);

  Record r;
  r.exact_hash = sig.exact_hash;
  r.text_offset = static_cast<uint32_t>(s.arena.size());
  r.id_size = static_cast<uint16_t>(std::min<size_t>(id.size(), UINT16_MAX));
  r.published_size = static_cast<uint16_t>(std::min<size_t>(published.size(), UINT16_MAX));
  s.arena.append(id.substr(0, r.id_size));
  s.arena.append(published.substr(0, r.published_size));
  r.sketch_offset = static_cast<uint32_t>(s.sketches.size());
  // Every sentence is kept, boilerplate too: a spun copy of a stock line no longer
  // looks like stock text, and must find its partner. An exact copy keeps nothing:
  // its original answers for it.
  r.sketches = match.kind == CopyKind::kExact
                   ? 0
                   : static_cast<uint16_t>(std::min<size_t>(sig.sentences.size(), UINT16_MAX));
  s.sketches.insert(s.sketches.end(), sig.sentences.begin(), sig.sentences.begin() + r.sketches);
  // A copy's aligned sentences are its original's, not repeats of its own: only what
  // the copy added (its outlet's lines) counts. Each sentence counts once per article.
  if (match.kind == CopyKind::kExact) s.sentence_keys.clear();
  if (match.kind != CopyKind::kNone) {
    for (const auto& [i, j] : match.aligned_sentences) s.sentence_keys[static_cast<size_t>(i)] = 0;
    s.sentence_keys.erase(std::remove(s.sentence_keys.begin(), s.sentence_keys.end(), 0u),
                          s.sentence_keys.end());
  }
  std::sort(s.sentence_keys.begin(), s.sentence_keys.end());
  s.sentence_keys.erase(std::unique(s.sentence_keys.begin(), s.sentence_keys.end()),
                        s.sentence_keys.end());
  for (uint32_t key : s.sentence_keys) s.counts.Increment(key);
  r.group = match.kind == CopyKind::kNone ? self : s.records[matched].group;
  r.likely = self;
  s.records.push_back(r);
  // Only articles that copy nothing go into the index: a later copy should find the
  // original itself, and the copies of a much-copied story would otherwise push it
  // out of the buckets it shares with them.
  if (match.kind == CopyKind::kNone || s.options.index_copies) {
    for (uint32_t key : keys) s.lsh.Insert(key, self);
  }
  for (size_t i = 0; i < static_cast<size_t>(std::max(s.options.minhashes, 0)); ++i) {
    s.minhashes.push_back(i < sig.minhash.size() ? static_cast<uint16_t>(sig.minhash[i]) : 0);
  }
  s.exact.Insert(static_cast<uint32_t>(sig.exact_hash), self);

  if (match.kind == CopyKind::kNone) {
    match.group_id = std::string(id);
    match.likely_original_id = std::string(id);
    return match;
  }
  match.likely_original_reason = s.JoinGroup(self, matched, match);
  const Record& root = s.records[r.group];
  match.original_id = std::string(s.Id(s.records[matched]));
  match.group_id = std::string(s.Id(root));
  match.likely_original_id = std::string(s.Id(s.records[root.likely]));
  return match;
}

}  // namespace sitrep::link
