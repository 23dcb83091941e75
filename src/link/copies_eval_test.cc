// Quality of copy detection on a generated corpus with known copies (bench/gen):
// precision, recall and F1 of links per copy kind, and how often independent articles
// that merely share quotes are linked. Prints the table; asserts floors a little below
// what the detector achieves, so a regression fails.
//
// SITREP_LINK_EVAL_ARTICLES=N (and SITREP_LINK_EVAL_SEED=S) runs a larger corpus for
// tuning; the floors are still checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <span>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/gen/generator.h"
#include "link/alignment.h"
#include "link/skeleton.h"
#include "sitrep/copies.h"

namespace sitrep::link {
namespace {

struct TruthArticle {
  std::string id;
  std::string text;
  std::string published;
  int64_t copy_of = -1;  // index of the original; -1 for originals
  int kind = -1;         // gen::CopyKind as int; -1 for originals
  std::vector<uint32_t> shares_quotes_with;
};

class Collector : public gen::ArticleSink {
 public:
  void Accept(const gen::GeneratedArticle& a) override {
    TruthArticle t;
    t.id = a.id;
    t.text = a.body.text;
    t.published = a.published;
    t.copy_of = a.copy_of;
    t.kind = a.copy_of >= 0 ? static_cast<int>(a.copy_kind) : -1;
    t.shares_quotes_with = a.shares_quotes_with;
    articles.push_back(std::move(t));
  }
  std::vector<TruthArticle> articles;
};

std::vector<TruthArticle> Generate(int64_t n, uint64_t seed) {
  gen::GeneratorOptions o;
  o.articles = n;
  o.seed = seed;
  gen::Generator g(o);
  Collector c;
  g.Run(c);
  return std::move(c.articles);
}

constexpr const char* kKinds[] = {"exact", "near", "spun10", "spun30", "spun50"};

struct KindScore {
  int64_t truth = 0, correct = 0, wrong = 0;
  double precision() const {
    return correct + wrong == 0 ? 1.0 : static_cast<double>(correct) / static_cast<double>(correct + wrong);
  }
  double recall() const {
    return truth == 0 ? 1.0 : static_cast<double>(correct) / static_cast<double>(truth);
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct Scores {
  KindScore kinds[5];
  int64_t originals = 0, originals_linked = 0;
  int64_t quote_pairs = 0, quote_pairs_linked = 0;
  int64_t confusion[5][4] = {};  // truth kind x predicted CopyKind
  double seconds_signature = 0, seconds_add = 0;
  size_t memory_bytes = 0;
  size_t articles = 0;
  std::vector<CopyMatch> matches;
};

// The predicted kind class a truth kind should get: exact, near, or rewrite.
CopyKind Expected(int truth_kind) {
  return truth_kind == 0 ? CopyKind::kExact : truth_kind == 1 ? CopyKind::kNear : CopyKind::kRewrite;
}

Scores Evaluate(const std::vector<TruthArticle>& corpus, const CopyOptions& options) {
  Scores s;
  s.articles = corpus.size();
  std::vector<CopySignature> sigs(corpus.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < corpus.size(); ++i) sigs[i] = ComputeCopySignature(corpus[i].text, options);
  const auto t1 = std::chrono::steady_clock::now();
  CopyDetector detector(options);
  std::vector<CopyMatch> matches;
  matches.reserve(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    matches.push_back(detector.Add(corpus[i].id, sigs[i], corpus[i].published));
  }
  const auto t2 = std::chrono::steady_clock::now();
  s.seconds_signature = std::chrono::duration<double>(t1 - t0).count();
  s.seconds_add = std::chrono::duration<double>(t2 - t1).count();
  s.memory_bytes = detector.memory_bytes();
  s.matches = matches;

  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < corpus.size(); ++i) index[corpus[i].id] = i;
  auto group = [&](size_t i) {
    return corpus[i].copy_of >= 0 ? static_cast<size_t>(corpus[i].copy_of) : i;
  };
  for (size_t i = 0; i < corpus.size(); ++i) {
    const TruthArticle& a = corpus[i];
    const CopyMatch& m = matches[i];
    const bool linked = m.kind != CopyKind::kNone;
    const size_t target = linked ? index.at(m.original_id) : i;
    const bool right = linked && a.copy_of >= 0 && group(target) == group(i);
    if (a.copy_of >= 0) {
      KindScore& k = s.kinds[a.kind];
      ++k.truth;
      if (right) ++k.correct;
      if (linked && !right) ++k.wrong;
      ++s.confusion[a.kind][static_cast<int>(m.kind)];
    } else {
      ++s.originals;
      if (linked) {
        ++s.originals_linked;
        // A false link counts against every truth kind its predicted kind stands for.
        for (int k = 0; k < 5; ++k) {
          if (Expected(k) == m.kind) ++s.kinds[k].wrong;
        }
      }
    }
    for (uint32_t other : a.shares_quotes_with) {
      ++s.quote_pairs;
      if (linked && group(target) == group(other) && group(other) != group(i)) {
        ++s.quote_pairs_linked;
      }
    }
  }
  return s;
}

void Print(const Scores& s) {
  std::printf("copies: %zu articles\n%-8s %6s %9s %7s %6s\n", s.articles, "kind", "truth",
              "precision", "recall", "F1");
  for (int k = 0; k < 5; ++k) {
    const KindScore& x = s.kinds[k];
    std::printf("%-8s %6lld %9.4f %7.4f %6.4f\n", kKinds[k], static_cast<long long>(x.truth),
                x.precision(), x.recall(), x.f1());
  }
  std::printf("independent articles linked: %lld of %lld\n",
              static_cast<long long>(s.originals_linked), static_cast<long long>(s.originals));
  std::printf("quote-sharing pairs linked: %lld of %lld (%.3f%%)\n",
              static_cast<long long>(s.quote_pairs_linked), static_cast<long long>(s.quote_pairs),
              s.quote_pairs == 0 ? 0.0 : 100.0 * static_cast<double>(s.quote_pairs_linked) / static_cast<double>(s.quote_pairs));
  std::printf("predicted kind (none/exact/near/rewrite) per truth kind:\n");
  for (int k = 0; k < 5; ++k) {
    std::printf("  %-8s %5lld %5lld %5lld %5lld\n", kKinds[k],
                static_cast<long long>(s.confusion[k][0]), static_cast<long long>(s.confusion[k][1]),
                static_cast<long long>(s.confusion[k][2]), static_cast<long long>(s.confusion[k][3]));
  }
  const double n = static_cast<double>(s.articles);
  std::printf("signature %.0f articles/s, add %.0f articles/s, memory %.0f bytes/article\n",
              n / s.seconds_signature, n / s.seconds_add, static_cast<double>(s.memory_bytes) / n);
}


// Tuning aid (SITREP_LINK_DIAG=N): prints the aligned sentences of the first N wrong
// links, with sketch and exact word overlaps.
void ShowPair(const TruthArticle& a, const TruthArticle& b, const char* label) {
  const auto wa = internal::ExtractWords(a.text, 3, 48);
  const auto wb = internal::ExtractWords(b.text, 3, 48);
  std::vector<uint64_t> sa, sb;
  for (size_t k = 0; k < wa.sentences(); ++k)
    sa.push_back(internal::SentenceSketch(std::span<const uint64_t>(wa.words).subspan(
        wa.sentence_begin[k], wa.sentence_begin[k + 1] - wa.sentence_begin[k]), wa.sentence_skeleton[k]));
  for (size_t k = 0; k < wb.sentences(); ++k)
    sb.push_back(internal::SentenceSketch(std::span<const uint64_t>(wb.words).subspan(
        wb.sentence_begin[k], wb.sentence_begin[k + 1] - wb.sentence_begin[k]), wb.sentence_skeleton[k]));
  const auto al = internal::AlignSentences(sa, sb, {}, CopyOptions{}.sentence_match, CopyOptions{}.moved_match);
  std::printf("=== %s: %s -> %s (kind %d, copy_of %lld): %zu of %zu aligned (b has %zu)\n", label,
              a.id.c_str(), b.id.c_str(), a.kind, static_cast<long long>(a.copy_of),
              al.pairs.size(), sa.size(), sb.size());
  for (auto [i, j] : al.pairs) {
    auto span = [](const TruthArticle& t, const internal::ArticleWords& w, int k) {
      return t.text.substr(w.spans[k].begin, w.spans[k].end - w.spans[k].begin);
    };
    std::printf("  %.2f | %s\n       | %s\n", internal::SketchOverlap(sa[i], sb[j]),
                span(a, wa, i).c_str(), span(b, wb, j).c_str());
  }
  for (size_t i = 0; i < sa.size(); ++i) {
    bool aligned = false;
    for (auto [x, y] : al.pairs) aligned |= x == static_cast<int>(i);
    if (aligned) continue;
    size_t best = 0;
    for (size_t j = 1; j < sb.size(); ++j) {
      if (internal::SketchOverlap(sa[i], sb[j]) > internal::SketchOverlap(sa[i], sb[best])) best = j;
    }
    auto span = [](const TruthArticle& t, const internal::ArticleWords& w, size_t k) {
      return t.text.substr(w.spans[k].begin, w.spans[k].end - w.spans[k].begin);
    };
    std::printf("  unaligned %.2f | %s\n            | %s\n",
                sb.empty() ? 0.0 : internal::SketchOverlap(sa[i], sb[best]), span(a, wa, i).c_str(),
                sb.empty() ? "" : span(b, wb, best).c_str());
  }
}

int64_t EnvInt(const char* name, int64_t fallback) {
  const char* v = std::getenv(name);
  return v == nullptr ? fallback : std::atoll(v);
}

// Tuning aid: SITREP_LINK_OPT="sentence_match=0.5,min_reused_share=0.7" overrides
// options.
CopyOptions OptionsFromEnv() {
  CopyOptions o;
  const char* env = std::getenv("SITREP_LINK_OPT");
  if (env == nullptr) return o;
  std::string all(env);
  size_t pos = 0;
  while (pos < all.size()) {
    size_t end = all.find(',', pos);
    if (end == std::string::npos) end = all.size();
    const std::string item = all.substr(pos, end - pos);
    pos = end + 1;
    const size_t eq = item.find('=');
    if (eq == std::string::npos) continue;
    const std::string k = item.substr(0, eq);
    const double v = std::atof(item.c_str() + eq + 1);
    if (k == "minhashes") o.minhashes = static_cast<int>(v);
    if (k == "bands") o.bands = static_cast<int>(v);
    if (k == "rows_per_band") o.rows_per_band = static_cast<int>(v);
    if (k == "shingle") o.shingle = static_cast<int>(v);
    if (k == "bucket_ways") o.bucket_ways = static_cast<int>(v);
    if (k == "max_candidates") o.max_candidates = static_cast<int>(v);
    if (k == "min_band_hits") o.min_band_hits = static_cast<int>(v);
    if (k == "sentence_match") o.sentence_match = v;
    if (k == "min_aligned") o.min_aligned = static_cast<int>(v);
    if (k == "min_reused_share") o.min_reused_share = v;
    if (k == "moved_match") o.moved_match = v;
    if (k == "min_score") o.min_score = v;
    if (k == "index_copies") o.index_copies = v != 0;
    if (k == "min_sentence_words") o.min_sentence_words = static_cast<int>(v);
    if (k == "near_identical") o.near_identical = v;
    if (k == "max_sentences") o.max_sentences = static_cast<int>(v);
  }
  return o;
}

// Tuning aid (SITREP_LINK_HIST=1): deciles of reused and identical shares of the
// links made, by truth kind (independent articles last).
void PrintShares(const std::vector<TruthArticle>& corpus, const std::vector<CopyMatch>& matches) {
  std::vector<double> reused[6], identical[6], coverage[6], bands[6];
  for (size_t i = 0; i < corpus.size(); ++i) {
    if (matches[i].kind == CopyKind::kNone || matches[i].kind == CopyKind::kExact) continue;
    const int k = corpus[i].kind < 0 ? 5 : corpus[i].kind;
    reused[k].push_back(matches[i].reused_share);
    identical[k].push_back(matches[i].identical_share);
    coverage[k].push_back(matches[i].coverage);
    bands[k].push_back(matches[i].skeleton_similarity);
  }
  const char* names[] = {"exact", "near", "spun10", "spun30", "spun50", "indep"};
  for (int k = 1; k < 6; ++k) {
    for (auto* v : {&reused[k], &identical[k], &coverage[k], &bands[k]}) {
      std::sort(v->begin(), v->end());
      std::printf("%-7s %-9s", names[k], v == &reused[k] ? "reused" : v == &identical[k] ? "identical" : v == &coverage[k] ? "coverage" : "skeleton");
      for (int d = 0; d <= 10 && !v->empty(); ++d) {
        std::printf(" %.2f", (*v)[std::min(v->size() - 1, v->size() * static_cast<size_t>(d) / 10)]);
      }
      std::printf("\n");
    }
  }
}

TEST(CopiesEval, GeneratedCorpus) {
  const auto corpus = Generate(EnvInt("SITREP_LINK_EVAL_ARTICLES", 3000),
                               static_cast<uint64_t>(EnvInt("SITREP_LINK_EVAL_SEED", 7)));
  const Scores s = Evaluate(corpus, OptionsFromEnv());
  Print(s);
  if (std::getenv("SITREP_LINK_HIST") != nullptr) PrintShares(corpus, s.matches);
  if (const char* path = std::getenv("SITREP_LINK_DUMP"); path != nullptr) {
    // Tuning aid: the features of every link made, with whether it is right.
    std::FILE* f = std::fopen(path, "w");
    ASSERT_NE(f, nullptr);
    std::fprintf(f, "kind,right,reused,coverage,identical,skeleton,similarity,aligned,adjacent,id,other,skelagree\n");
    for (size_t i = 0; i < corpus.size(); ++i) {
      const CopyMatch& m = s.matches[i];
      if (m.kind == CopyKind::kNone || m.kind == CopyKind::kExact) continue;
      const size_t t = static_cast<size_t>(std::atoll(m.original_id.c_str()));
      const auto g = [&](size_t x) { return corpus[x].copy_of >= 0 ? static_cast<size_t>(corpus[x].copy_of) : x; };
      const bool right = corpus[i].copy_of >= 0 && g(t) == g(i);
      std::fprintf(f, "%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%zu,%.3f,%zu,%zu,%.3f\n", corpus[i].kind, right ? 1 : 0,
                   m.reused_share, m.coverage, m.identical_share, m.skeleton_similarity,
                   m.similarity, m.aligned_sentences.size(), m.adjacent_share, i, t, m.skeleton_agreement);
    }
    std::fclose(f);
  }
  if (const char* pair = std::getenv("SITREP_LINK_PAIR"); pair != nullptr) {
    const size_t a = static_cast<size_t>(std::atoll(pair));
    const size_t b = static_cast<size_t>(std::atoll(std::strchr(pair, ',') + 1));
    ShowPair(corpus[a], corpus[b], "pair");
  }
  int64_t shown = 0;
  const int64_t show = EnvInt("SITREP_LINK_DIAG", 0);
  if (std::getenv("SITREP_LINK_DIAG_MISSED") != nullptr) {
    for (size_t i = 0; i < corpus.size() && shown < show; ++i) {
      if (corpus[i].kind != 3 || s.matches[i].kind != CopyKind::kNone) continue;
      const TruthArticle& orig = corpus[static_cast<size_t>(corpus[i].copy_of)];
      const CopySignature x = ComputeCopySignature(corpus[i].text);
      const CopySignature y = ComputeCopySignature(orig.text);
      int equal = 0;
      for (size_t k = 0; k < x.minhash.size() && k < y.minhash.size(); ++k) equal += x.minhash[k] == y.minhash[k];
      int bands = 0;
      for (size_t k = 0; k + 1 < x.minhash.size() && k + 1 < y.minhash.size(); k += 2) {
        bands += x.minhash[k] == y.minhash[k] && x.minhash[k + 1] == y.minhash[k + 1];
      }
      std::printf("minhash equal %d of %zu, bands %d\n", equal, x.minhash.size(), bands);
      ShowPair(corpus[i], orig, "missed");
      ++shown;
    }
  }
  for (size_t i = 0; i < corpus.size() && shown < show; ++i) {
    const CopyMatch& m = s.matches[i];
    if (m.kind == CopyKind::kNone) continue;
    const size_t t = static_cast<size_t>(std::atoll(m.original_id.c_str()));
    const auto g = [&](size_t x) { return corpus[x].copy_of >= 0 ? static_cast<size_t>(corpus[x].copy_of) : x; };
    if (corpus[i].copy_of >= 0 && g(t) == g(i)) {
      if (corpus[i].kind == 1 && m.coverage < 0.4 && std::getenv("SITREP_LINK_DIAG_TRUE") != nullptr) {
        ShowPair(corpus[i], corpus[t], "true link");
        ++shown;
      }
      continue;
    }
    if (std::getenv("SITREP_LINK_DIAG_TRUE") != nullptr) continue;
    ShowPair(corpus[i], corpus[t], "wrong link");
    ++shown;
  }
  for (int k = 0; k < 5; ++k) EXPECT_GT(s.kinds[k].truth, 0) << kKinds[k];
  EXPECT_GE(s.kinds[0].f1(), 0.98);
  EXPECT_GE(s.kinds[1].f1(), 0.98);
  EXPECT_GE(s.kinds[2].f1(), 0.95);
  EXPECT_GE(s.kinds[3].recall(), 0.93);
  EXPECT_GE(s.kinds[3].precision(), 0.97);
  EXPECT_GE(s.kinds[4].recall(), 0.5);
  ASSERT_GT(s.quote_pairs, 0);
  EXPECT_LT(static_cast<double>(s.quote_pairs_linked), 0.01 * static_cast<double>(s.quote_pairs));
  EXPECT_LT(static_cast<double>(s.originals_linked), 0.01 * static_cast<double>(s.originals));
}

}  // namespace
}  // namespace sitrep::link
