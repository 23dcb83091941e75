// Quote detection and speakers on the annotated news passages of testdata/quotes/: prints
// the table and the errors, and fails when a figure drops below what the extractor
// reached. Run alone with: build/src/extract/extract_test --gtest_filter='QuoteEval*'
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "sitrep/quotes.h"

namespace sitrep::extract {
namespace {

void PrintRow(const char* name, const QuoteDetection& d) {
  std::printf("%-10s %5zu %5zu %5zu %6.3f %6.3f %6.3f\n", name, d.gold, d.found, d.matched,
              d.Precision(), d.Recall(), d.F1());
}

TEST(QuoteEval, NewsPassagesStayAboveFloors) {
  const std::string path =
      std::string(SITREP_SOURCE_DIR) + "/src/extract/testdata/quotes/news_quotes.jsonl";
  const QuoteEval eval = EvaluateQuoteGold(path);
  ASSERT_TRUE(eval.load_error.empty()) << eval.load_error;
  ASSERT_GE(eval.passages, 60u);
  for (const std::string& e : eval.errors) std::printf("  %s\n", e.c_str());
  std::printf("%zu passages\n%-10s %5s %5s %5s %6s %6s %6s\n", eval.passages, "kind", "gold",
              "found", "match", "P", "R", "F1");
  PrintRow("direct", eval.direct);
  PrintRow("reported", eval.reported);
  std::printf("speaker accuracy (direct): %.3f (%zu/%zu)\n", eval.SpeakerAccuracy(),
              eval.direct_speakers_right, eval.direct.matched);
  std::printf("speaker accuracy (reported): %zu/%zu\n", eval.reported_speakers_right,
              eval.reported.matched);
  std::printf("non-quotes taken for quotes: %zu/%zu\n", eval.negatives_found, eval.negatives);
  // Slightly below the measured values (direct P = R = F1 = 0.986, speakers 0.965,
  // reported P 1.000 R 0.925 F1 0.961, 2 of 13 non-quotes taken).
  EXPECT_GE(eval.direct.Precision(), 0.96);
  EXPECT_GE(eval.direct.Recall(), 0.96);
  EXPECT_GE(eval.direct.F1(), 0.96);
  EXPECT_GE(eval.SpeakerAccuracy(), 0.94);
  EXPECT_GE(eval.reported.Precision(), 0.95);
  EXPECT_GE(eval.reported.Recall(), 0.90);
  EXPECT_GE(eval.reported.F1(), 0.93);
  EXPECT_LE(eval.negatives_found, 3u);
}

TEST(QuoteEval, ScoringRules) {
  const std::string text = "“We will not give numbers,” Kirby said. The “Morning Joe” show.";
  Quote q;
  q.begin = text.find("We will");
  q.end = text.find(",”");
  q.speaker_name = "John Kirby";
  Quote title;
  title.begin = text.find("Morning");
  title.end = text.find("” show");
  QuoteEval eval;
  ScorePassageQuotes("t", text, {{"We will not", "Kirby", true}}, {"Morning Joe"}, {q, title},
                     &eval);
  EXPECT_EQ(eval.direct.gold, 1u);
  EXPECT_EQ(eval.direct.found, 2u);
  EXPECT_EQ(eval.direct.matched, 1u);
  EXPECT_EQ(eval.direct_speakers_right, 1u);
  EXPECT_EQ(eval.negatives_found, 1u);
  // A speaker must end with the gold name's last word on a word boundary.
  QuoteEval wrong;
  q.speaker_name = "Mkirby";
  ScorePassageQuotes("t", text, {{"We will not", "John Kirby", true}}, {}, {q}, &wrong);
  EXPECT_EQ(wrong.direct_speakers_right, 0u);
  EXPECT_TRUE(EvaluateQuoteGold("/nonexistent/quotes.jsonl").load_error.size() > 0);
}

}  // namespace
}  // namespace sitrep::extract
