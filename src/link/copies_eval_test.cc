// Quality of copy detection on a generated corpus with known copies (bench/gen):
// precision, recall and F1 of links per copy kind, and how often independent articles
// that merely share quotes are linked. Prints the table; asserts floors a little below
// what the detector achieves, so that a regression fails. The score weights were
// fitted on seeds 1 to 10 (copies_tuning_test.cc); this test runs seed 11.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "bench/gen/generator.h"
#include "link/copies_eval.h"

namespace sitrep::link::eval {
namespace {

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

// The predicted kind a truth kind should get.
CopyKind Expected(int truth_kind) {
  return truth_kind == 0 ? CopyKind::kExact : truth_kind == 1 ? CopyKind::kNear : CopyKind::kRewrite;
}

double Ratio(int64_t a, int64_t b) { return static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

double KindScore::precision() const { return correct + wrong == 0 ? 1.0 : Ratio(correct, correct + wrong); }
double KindScore::recall() const { return truth == 0 ? 1.0 : Ratio(correct, truth); }
double KindScore::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::vector<TruthArticle> Generate(int64_t n, uint64_t seed) {
  gen::GeneratorOptions o;
  o.articles = n;
  o.seed = seed;
  gen::Generator g(o);
  Collector c;
  g.Run(c);
  return std::move(c.articles);
}

size_t Group(const std::vector<TruthArticle>& corpus, size_t i) {
  return corpus[i].copy_of >= 0 ? static_cast<size_t>(corpus[i].copy_of) : i;
}

Scores Evaluate(const std::vector<TruthArticle>& corpus, const CopyOptions& options) {
  Scores s;
  s.articles = corpus.size();
  std::vector<CopySignature> sigs(corpus.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < corpus.size(); ++i) sigs[i] = ComputeCopySignature(corpus[i].text, options);
  const auto t1 = std::chrono::steady_clock::now();
  CopyDetector detector(options);
  s.matches.reserve(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    s.matches.push_back(detector.Add(corpus[i].id, sigs[i], corpus[i].published));
  }
  const auto t2 = std::chrono::steady_clock::now();
  s.seconds_signature = std::chrono::duration<double>(t1 - t0).count();
  s.seconds_add = std::chrono::duration<double>(t2 - t1).count();
  s.memory_bytes = detector.memory_bytes();

  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < corpus.size(); ++i) index[corpus[i].id] = i;
  for (size_t i = 0; i < corpus.size(); ++i) {
    const TruthArticle& a = corpus[i];
    const CopyMatch& m = s.matches[i];
    const bool linked = m.kind != CopyKind::kNone;
    const size_t target = linked ? index.at(m.original_id) : i;
    const bool right = linked && a.copy_of >= 0 && Group(corpus, target) == Group(corpus, i);
    if (a.copy_of >= 0) {
      KindScore& k = s.kinds[a.kind];
      ++k.truth;
      if (right) {
        ++k.correct;
        ++s.linked_right;
        if (m.likely_original_id == corpus[static_cast<size_t>(a.copy_of)].id) ++s.original_right;
      }
      if (linked && !right) ++k.wrong;
      ++s.confusion[a.kind][static_cast<int>(m.kind)];
    } else {
      ++s.originals;
      if (linked) {
        ++s.originals_linked;
        for (int k = 0; k < 5; ++k) {
          if (Expected(k) == m.kind) ++s.kinds[k].wrong;
        }
      }
    }
    for (uint32_t other : a.shares_quotes_with) {
      ++s.quote_pairs;
      if (linked && Group(corpus, target) == Group(corpus, other) &&
          Group(corpus, other) != Group(corpus, i)) {
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
              s.quote_pairs == 0 ? 0.0 : 100 * Ratio(s.quote_pairs_linked, s.quote_pairs));
  std::printf("likely original right: %lld of %lld copies linked right\n",
              static_cast<long long>(s.original_right), static_cast<long long>(s.linked_right));
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

namespace {

TEST(CopiesEval, GeneratedCorpus) {
  const std::vector<TruthArticle> corpus = Generate(3000, 11);
  const Scores s = Evaluate(corpus, CopyOptions{});
  Print(s);
  for (int k = 0; k < 5; ++k) EXPECT_GT(s.kinds[k].truth, 50) << kKinds[k];
  EXPECT_GE(s.kinds[0].f1(), 0.99);  // exact
  EXPECT_GE(s.kinds[1].f1(), 0.98);  // near
  EXPECT_GE(s.kinds[2].f1(), 0.96);  // spun10
  EXPECT_GE(s.kinds[3].recall(), 0.95);  // spun30
  EXPECT_GE(s.kinds[3].precision(), 0.97);
  EXPECT_GE(s.kinds[4].recall(), 0.8);  // spun50
  ASSERT_GT(s.quote_pairs, 100);
  EXPECT_LT(Ratio(s.quote_pairs_linked, s.quote_pairs), 0.01);
  EXPECT_LT(Ratio(s.originals_linked, s.originals), 0.005);
  // Kinds: exact copies found as exact, near ones mostly as near, spun ones as rewrites.
  EXPECT_EQ(s.confusion[0][static_cast<int>(CopyKind::kExact)], s.kinds[0].truth);
  EXPECT_GE(Ratio(s.confusion[1][static_cast<int>(CopyKind::kNear)], s.kinds[1].truth), 0.9);
  EXPECT_GE(Ratio(s.confusion[3][static_cast<int>(CopyKind::kRewrite)], s.kinds[3].truth), 0.9);
  EXPECT_LT(static_cast<double>(s.memory_bytes) / static_cast<double>(s.articles), 1024.0);
  // The likely original of the group is the true one for most copies.
  EXPECT_GE(Ratio(s.original_right, s.linked_right), 0.9);
}

}  // namespace
}  // namespace sitrep::link::eval
