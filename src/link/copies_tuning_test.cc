// The tuning tool, as a mode of the test binary: off unless SITREP_LINK_TUNE is set.
//
//   SITREP_LINK_TUNE=1 link_test --gtest_filter=CopiesTuning.*
//
// with SITREP_LINK_EVAL_ARTICLES (3000), SITREP_LINK_EVAL_SEED (11), SITREP_LINK_OPT
// (option overrides), SITREP_LINK_DUMP=file (features of every link made, as CSV: what
// the score weights were fitted on, with index_copies=1 and a low min_score so that
// doubtful pairs show too), SITREP_LINK_DIAG=N (show the first N wrong links, or with
// SITREP_LINK_DIAG_MISSED the first N missed spun30 copies) and SITREP_LINK_PAIR=a,b.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>

#include "link/alignment.h"
#include "link/copies_eval.h"
#include "link/skeleton.h"

namespace sitrep::link::eval {
namespace {

int64_t EnvInt(const char* name, int64_t fallback) {
  const char* v = std::getenv(name);
  return v == nullptr ? fallback : std::atoll(v);
}

// SITREP_LINK_OPT="sentence_match=0.5,min_score=2" overrides options.
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
    if (k == "lead_window") o.lead_window = static_cast<int>(v);
    if (k == "min_aligned") o.min_aligned = static_cast<int>(v);
    if (k == "min_reused_share") o.min_reused_share = v;
    if (k == "moved_match") o.moved_match = v;
    if (k == "min_score") o.min_score = v;
    if (k == "w_bias") o.weights.bias = v;
    if (k == "w_reused") o.weights.reused = v;
    if (k == "w_coverage") o.weights.coverage = v;
    if (k == "w_skeleton") o.weights.skeleton = v;
    if (k == "w_adjacent") o.weights.adjacent = v;
    if (k == "w_identical") o.weights.identical = v;
    if (k == "w_skeleton_agreement") o.weights.skeleton_agreement = v;
    if (k == "w_log_aligned") o.weights.log_aligned = v;
    if (k == "w_aligned_share") o.weights.aligned_share = v;
    if (k == "w_covered_share") o.weights.covered_share = v;
    if (k == "index_copies") o.index_copies = v != 0;
    if (k == "min_sentence_words") o.min_sentence_words = static_cast<int>(v);
    if (k == "near_identical") o.near_identical = v;
    if (k == "max_sentences") o.max_sentences = static_cast<int>(v);
  }
  return o;
}

// Prints how the sentences of `a` align with those of `b`, and for each sentence left
// over its closest sentence of `b`.
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

void Dump(const std::vector<TruthArticle>& corpus, const Scores& s, const char* path) {
  std::FILE* f = std::fopen(path, "w");
  ASSERT_NE(f, nullptr) << path;
  std::fprintf(f, "kind,right,reused,coverage,identical,skeleton,similarity,aligned,adjacent,"
                  "id,other,skelagree,aligned_share,covered_share\n");
  for (size_t i = 0; i < corpus.size(); ++i) {
    const CopyMatch& m = s.matches[i];
    if (m.kind == CopyKind::kNone || m.kind == CopyKind::kExact) continue;
    const auto t = static_cast<size_t>(std::atoll(m.original_id.c_str()));
    const bool right = corpus[i].copy_of >= 0 && Group(corpus, t) == Group(corpus, i);
    std::fprintf(f, "%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%zu,%.3f,%zu,%zu,%.3f,%.3f,%.3f\n", corpus[i].kind,
                 right ? 1 : 0, m.reused_share, m.coverage, m.identical_share,
                 m.skeleton_similarity, m.similarity, m.aligned_sentences.size(),
                 m.adjacent_share, i, t, m.skeleton_agreement, m.aligned_share,
                 m.covered_share);
  }
  std::fclose(f);
}

TEST(CopiesTuning, Run) {
  if (std::getenv("SITREP_LINK_TUNE") == nullptr) GTEST_SKIP() << "set SITREP_LINK_TUNE";
  const auto corpus = Generate(EnvInt("SITREP_LINK_EVAL_ARTICLES", 3000),
                               static_cast<uint64_t>(EnvInt("SITREP_LINK_EVAL_SEED", 11)));
  const Scores s = Evaluate(corpus, OptionsFromEnv());
  Print(s);
  if (const char* path = std::getenv("SITREP_LINK_DUMP")) Dump(corpus, s, path);
  if (const char* pair = std::getenv("SITREP_LINK_PAIR"); pair != nullptr && std::strchr(pair, ',')) {
    ShowPair(corpus[static_cast<size_t>(std::atoll(pair))],
             corpus[static_cast<size_t>(std::atoll(std::strchr(pair, ',') + 1))], "pair");
  }
  // SITREP_LINK_DIAG_ORIGINAL=N: the first N copies whose likely original is wrong.
  for (size_t i = 0, n = 0; i < corpus.size() && n < static_cast<size_t>(EnvInt("SITREP_LINK_DIAG_ORIGINAL", 0)); ++i) {
    const CopyMatch& m = s.matches[i];
    if (m.kind == CopyKind::kNone || corpus[i].copy_of < 0) continue;
    const TruthArticle& o = corpus[static_cast<size_t>(corpus[i].copy_of)];
    if (m.likely_original_id == o.id) continue;
    const auto l = static_cast<size_t>(std::atoll(m.likely_original_id.c_str()));
    std::printf("%s (%s, %s) true %s (%s) chose %s (%s): %s\n", corpus[i].id.c_str(),
                kKinds[corpus[i].kind], corpus[i].published.c_str(), o.id.c_str(), o.published.c_str(),
                m.likely_original_id.c_str(), corpus[l].published.c_str(), m.likely_original_reason.c_str());
    ++n;
  }
  const int64_t show = EnvInt("SITREP_LINK_DIAG", 0);
  const bool missed = std::getenv("SITREP_LINK_DIAG_MISSED") != nullptr;
  int64_t shown = 0;
  for (size_t i = 0; i < corpus.size() && shown < show; ++i) {
    const CopyMatch& m = s.matches[i];
    if (missed) {
      if (corpus[i].kind != 3 || m.kind != CopyKind::kNone) continue;
      ShowPair(corpus[i], corpus[static_cast<size_t>(corpus[i].copy_of)], "missed");
    } else {
      if (m.kind == CopyKind::kNone) continue;
      const auto t = static_cast<size_t>(std::atoll(m.original_id.c_str()));
      if (corpus[i].copy_of >= 0 && Group(corpus, t) == Group(corpus, i)) continue;
      ShowPair(corpus[i], corpus[t], "wrong link");
    }
    ++shown;
  }
}

}  // namespace
}  // namespace sitrep::link::eval
