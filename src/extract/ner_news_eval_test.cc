// The recogniser on news: the five seed reports (SITREP_SHARED_DIR/corpus/seeds), every
// name mention annotated CoNLL-2003 style in testdata/seed_entities.tsv as byte offsets,
// so the reports' text stays out of the repository.
#include "extract/ner_news_eval.h"
#include "extract/ner_training.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace sitrep::extract {
namespace {

const std::string kTsv =
    std::string(SITREP_SOURCE_DIR) + "/src/extract/testdata/seed_entities.tsv";
const std::string kSeeds = std::string(SITREP_SHARED_DIR) + "/corpus/seeds";
const std::string kHeldOutDir =
    std::string(SITREP_SOURCE_DIR) + "/src/extract/testdata/ner_news";

void PrintErrors(const char* title, const std::vector<NewsError>& errors) {
  std::printf("%s (%zu):\n", title, errors.size());
  for (const NewsError& e : errors) {
    std::printf("  %.3s %5zu %-4s %-28s | %s\n", e.file.c_str(), e.span.begin,
                e.span.type.c_str(), ("'" + e.text + "'").c_str(),
                e.overlapping.empty() ? "-" : e.overlapping.c_str());
  }
}

void PrintScores(const char* title, const NewsGold& gold, const NewsEval& eval,
                 bool with_errors = true) {
  std::printf("%s: %zu documents\n", title, gold.documents.size());
  for (const NerScore& s : eval.per_type) {
    std::printf("  %-4s gold %4zu predicted %4zu correct %4zu  P %.3f R %.3f F1 %.3f\n",
                s.type.c_str(), s.gold, s.predicted, s.correct, s.precision, s.recall, s.f1);
  }
  const NerScore& all = eval.overall;
  std::printf("  PER+ORG+LOC  P %.3f R %.3f F1 %.3f\n", all.precision, all.recall, all.f1);
  if (!with_errors) return;
  // Each line: document, byte offset, type, text | what the other side has overlapping it.
  PrintErrors("misses (gold | predicted overlapping)", eval.misses);
  PrintErrors("false positives (predicted | gold overlapping)", eval.false_positives);
}

// The annotation was written from the text alone, before the recogniser ever ran on it;
// the floors sit a little below the scores measured when they were set, so that a change
// that costs accuracy on news fails here. The goal is F1 >= 0.85.
TEST(NerNewsEvalTest, Seeds) {
  const NewsGold gold = LoadNewsGold(kTsv, kSeeds);
  ASSERT_TRUE(gold.error.empty()) << gold.error;
  ASSERT_EQ(gold.documents.size(), 5u);
  const NewsEval eval = EvaluateNews(gold);
  PrintScores("seed reports", gold, eval);
  const NerScore& all = eval.overall;
  ASSERT_EQ(eval.per_type.size(), 4u) << "the recogniser emitted an unexpected type";
  // Measured with the rules alone: PER 0.995, ORG 0.974, LOC 0.989, MISC 0.950, all 0.988;
  // with the learned tagger trained on 100 news passages: PER 0.990, ORG 0.949, LOC 0.993,
  // MISC 0.972, all 0.985. Its ORG losses are capitalised words of the spun report
  // ("Reply", "Demanding"); trained on 20 passages it gave ORG 0.961, and 0.03 less on the
  // unseen passages below. Trained on 460 passages: ORG 0.954, all 0.986; on 820: ORG
  // 0.954, all 0.984; on 1,000: ORG 0.967, all 0.987. The recogniser's word lists were
  // written with these reports in view (entity_seeds_test.cc tests them), so this is a
  // score on development data, not on unseen news.
  EXPECT_GE(eval.per_type[0].f1, 0.98);  // PER
  EXPECT_GE(eval.per_type[1].f1, 0.93);  // ORG
  EXPECT_GE(eval.per_type[2].f1, 0.975);  // LOC
  EXPECT_GE(eval.per_type[3].f1, 0.93);  // MISC, with NORP
  EXPECT_GE(all.f1, 0.975);
}

// 1,040 news passages written for the purpose (testdata/ner_news: wire, politics,
// courts, business, sport, culture, local news, machine-translated and spun prose), most of
// their people and organisations invented, annotated inline as they were written and
// never shown to the recogniser or its word lists before their first score was taken:
// the held-out figure for the goal of F1 >= 0.85 on news text. build-gold in
// that folder turns the inline marks into the texts and gold.tsv read here.
//
// Three groups (ner_training.h): 01-20 and 61 on studied (their errors may be read, and
// the learned tagger trains on them), 41-60 validation (versions of the tagger are chosen
// on their score), 21-40 unseen (never read, trained on or chosen by: the figure for
// new text). Only the studied group's errors are printed.
TEST(NerNewsEvalTest, HeldOutPassages) {
  const NewsGold gold = LoadNewsGold(kHeldOutDir + "/gold.tsv", kHeldOutDir);
  ASSERT_TRUE(gold.error.empty()) << gold.error;
  ASSERT_EQ(gold.documents.size(), 1040u);
  const NewsEval eval = EvaluateNews(gold);
  PrintScores("held-out news passages", gold, eval, /*with_errors=*/false);
  ASSERT_EQ(eval.per_type.size(), 4u) << "the recogniser emitted an unexpected type";
  const internal::NewsSplit split = internal::SplitNewsPassages(gold);
  ASSERT_EQ(split.studied.documents.size(), 1000u);
  ASSERT_EQ(split.unseen.documents.size(), 20u);
  ASSERT_EQ(split.validation.documents.size(), 20u);
  const NewsEval studied_eval = EvaluateNews(split.studied);
  PrintErrors("passages 01-20 and 61 on, misses (gold | predicted overlapping)",
              studied_eval.misses);
  PrintErrors("passages 01-20 and 61 on, false positives (predicted | gold overlapping)",
              studied_eval.false_positives);
  const NerScore& studied = studied_eval.overall;
  const NerScore unseen = EvaluateNews(split.unseen).overall;
  const NerScore validation = EvaluateNews(split.validation).overall;
  std::printf("  passages 01-20, 61 on (studied): PER+ORG+LOC P %.3f R %.3f F1 %.3f\n",
              studied.precision, studied.recall, studied.f1);
  std::printf("  passages 41-60 (validation):     PER+ORG+LOC P %.3f R %.3f F1 %.3f\n",
              validation.precision, validation.recall, validation.f1);
  std::printf("  passages 21-40 (unseen):         PER+ORG+LOC P %.3f R %.3f F1 %.3f\n",
              unseen.precision, unseen.recall, unseen.f1);
  // Floors a little below the scores measured when they were set, with the learned
  // tagger trained on the 100 studied passages: PER 0.887, ORG 0.768, LOC 0.886, all 0.842
  // (these include the passages it trains on); validation 0.735, unseen 0.712 (the rules
  // alone: validation 0.701, unseen 0.672). Before they were trained on, passages 61-100
  // scored 0.742 with the rules alone and 0.745 with the tagger of the time, 101-140
  // 0.721 and 0.731; the unseen group's first score, before any change for the set, was
  // 0.664. All short of the 0.85 goal. Since, with exact decoding, WordNet's noun classes
  // and narrower guards: all 140 passages PER 0.918, ORG 0.838, LOC 0.914, all 0.887;
  // validation 0.792, unseen 0.765 (scored once, for the version chosen on 41-60). Since,
  // with guards that let the tagger join two sure names ("NHS England") and drop one, and
  // more organisation head words: all 140 passages PER 0.916, ORG 0.861, LOC 0.922, all
  // 0.898; validation 0.806, unseen 0.769. Since, 360 more passages (141-500) written in
  // three batches, each scored before it was trained on (the tagger then trained on 100,
  // 220 and 340 studied passages: 0.811, 0.800 and 0.839; the rules alone 0.731, 0.697,
  // 0.723), and titles of councillors, courts and honours, place prefixes ("Kota",
  // "Velyka"), agencies in datelines, names completed in brackets ("(President Vladimir)
  // Putin") and a class for the surnames of people WordNet names: all 500 passages PER
  // 0.941, ORG 0.891, LOC 0.943, all 0.922; validation 0.830, unseen 0.825 (PER 0.915,
  // ORG 0.747, LOC 0.837). Since, guards that leave the type to the tagger but for listed
  // organisations, titles of works and people the article itself vouches for: all 500
  // passages PER 0.954, ORG 0.913, LOC 0.964, all 0.942; validation 0.839, unseen 0.832
  // (PER 0.915, ORG 0.759, LOC 0.845). Since, 180 more passages (501-680), most of their
  // names organisations, scored before they were trained on (the rules 0.679, the tagger
  // trained on 460 studied passages 0.824): all 680 passages PER 0.946, ORG 0.908, LOC
  // 0.967, all 0.937; validation 0.839, unseen 0.855 (PER 0.919, ORG 0.794, LOC 0.871).
  // Since, 180 more (681-860), scored before they were trained on (the rules 0.666, the
  // tagger trained on 640 studied passages 0.820), organisations keeping their title
  // words ("General Catalyst") and "to" after a head word outside headlines: all 860
  // passages PER 0.946, ORG 0.915, LOC 0.965, all 0.939; validation 0.848, unseen 0.844
  // (PER 0.924, ORG 0.782, LOC 0.852). Since, 180 more (861-1040), scored before they
  // were trained on (the rules 0.663, the tagger trained on 820 studied passages 0.841),
  // 20 training passes instead of 8, and three guards fewer (a possessive cut in a name
  // that ends in a head word, two sure people kept apart, "Well being" read as a clause):
  // all 1,040 passages PER 0.952, ORG 0.928, LOC 0.974, all 0.948; validation 0.858,
  // unseen 0.852 (PER 0.919, ORG 0.783, LOC 0.873), at the goal.
  EXPECT_GE(eval.per_type[0].f1, 0.93);  // PER
  EXPECT_GE(eval.per_type[1].f1, 0.90);  // ORG
  EXPECT_GE(eval.per_type[2].f1, 0.95);  // LOC
  EXPECT_GE(eval.overall.f1, 0.93);
  EXPECT_GE(validation.f1, 0.84);
  EXPECT_GE(unseen.f1, 0.835);
}

class NerNewsLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) / "ner_news_load";
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "a.txt") << "Pentagon spokesman John Kirby said.\n";
  }
  std::string WriteTsv(const std::string& body) {
    const std::string path = (dir_ / "gold.tsv").string();
    std::ofstream(path) << body;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(NerNewsLoadTest, ReadsGoodLines) {
  const NewsGold gold = LoadNewsGold(
      WriteTsv("# comment\n\na.txt\t19\t29\tPER\tJohn Kirby\na.txt\t0\t8\tORG\tPentagon\n"),
      dir_.string());
  ASSERT_TRUE(gold.error.empty()) << gold.error;
  ASSERT_EQ(gold.documents.size(), 1u);
  ASSERT_EQ(gold.documents[0].gold.size(), 2u);
  EXPECT_EQ(gold.documents[0].gold[0].type, "ORG");  // sorted by offset
  EXPECT_EQ(gold.documents[0].gold[1].end, 29u);
}

TEST_F(NerNewsLoadTest, RejectsTextThatDoesNotMatchTheBytes) {
  const NewsGold gold = LoadNewsGold(
      WriteTsv("a.txt\t0\t8\tORG\tPentagon\na.txt\t18\t28\tPER\tJohn Kirby\n"), dir_.string());
  EXPECT_NE(gold.error.find("gold.tsv:2:"), std::string::npos) << gold.error;
  EXPECT_NE(gold.error.find("does not match"), std::string::npos) << gold.error;
}

TEST_F(NerNewsLoadTest, RejectsMalformedLines) {
  for (const char* body : {"a.txt\t0\t8\tORG\n",                // a field short
                           "a.txt\t0\tx\tORG\tPentagon\n",      // offset not a number
                           "a.txt\t8\t0\tORG\tPentagon\n",      // end before begin
                           "a.txt\t0\t8\tGPE\tPentagon\n",      // type not CoNLL
                           "a.txt\t0\t800\tORG\tPentagon\n",    // past the end
                           "../a.txt\t0\t8\tORG\tPentagon\n",   // outside the directory
                           "b.txt\t0\t8\tORG\tPentagon\n",      // no such file
                           "a.txt\t0\t8\tORG\tPentagon\na.txt\t4\t8\tORG\tagon\n"}) {
    const NewsGold gold = LoadNewsGold(WriteTsv(body), dir_.string());
    EXPECT_NE(gold.error.find("gold.tsv:"), std::string::npos) << body << " -> " << gold.error;
  }
  EXPECT_FALSE(LoadNewsGold("/nonexistent/gold.tsv", dir_.string()).error.empty());
}

}  // namespace
}  // namespace sitrep::extract
