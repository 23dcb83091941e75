#include "bench/gen/draft.h"

#include <gtest/gtest.h>

namespace sitrep::gen {
namespace {

Sentence QuoteSentence(int16_t ref, const char* words, const char* cue) {
  Sentence s;
  s.Append(PieceKind::kMark, -1, "\"");
  s.Append(PieceKind::kQuote, ref, words);
  s.Append(PieceKind::kMark, -1, ",\"");
  s.Append(PieceKind::kPlain, -1, " Ruiz ");
  s.Append(PieceKind::kCue, ref, cue);
  s.Append(PieceKind::kPlain, -1, ".");
  return s;
}

TEST(DraftTest, AppendMergesPlainWords) {
  Sentence s;
  s.Append(PieceKind::kPlain, -1, "the ");
  s.Append(PieceKind::kPlain, -1, "troops");
  s.Append(PieceKind::kName, -1, " Kyiv");
  s.Append(PieceKind::kPlain, -1, "");
  ASSERT_EQ(s.pieces.size(), 2u);
  EXPECT_EQ(s.TextOf(s.pieces[0]), "the troops");
  EXPECT_EQ(s.text, "the troops Kyiv");
}

TEST(DraftTest, CapitalizeSkipsQuoteMarks) {
  Sentence s;
  s.Append(PieceKind::kMark, -1, "\u201c");
  s.Append(PieceKind::kQuote, 0, "we will stay");
  CapitalizeSentence(s);
  EXPECT_EQ(s.text, "\u201cWe will stay");
}

TEST(DraftTest, RenderJoinsParagraphsAndReadsBackTheTruth) {
  Draft d;
  d.dateline = "LISBON (Meridian Wire) \u2014";
  d.dateline_place = "Lisbon";
  d.quotes.push_back({"Ana Ruiz", true, ""});
  d.quotes.push_back({"Ana Ruiz", true, "First part. Second part"});
  d.figures.push_back({12000, "", "", "troops", "Russia", 3, 0, ""});
  d.times.push_back({100, false});
  Paragraph lead;
  Sentence s;
  s.Append(PieceKind::kName, -1, "Russia");
  s.Append(PieceKind::kPlain, -1, " sent ");
  s.Append(PieceKind::kFigure, 0, "12,000");
  s.Append(PieceKind::kPlain, -1, " troops ");
  s.Append(PieceKind::kTime, 0, "on Monday");
  s.Append(PieceKind::kPlain, -1, ".");
  lead.sentences.push_back(s);
  d.paragraphs.push_back(lead);
  Paragraph q;
  q.sentences.push_back(QuoteSentence(0, "We are ready", "said"));
  Sentence split;
  split.Append(PieceKind::kMark, -1, "\"");
  split.Append(PieceKind::kQuote, 1, "First part");
  split.Append(PieceKind::kMark, -1, ",\"");
  split.Append(PieceKind::kPlain, -1, " she ");
  split.Append(PieceKind::kCue, 1, "Added");
  split.Append(PieceKind::kPlain, -1, ". ");
  split.Append(PieceKind::kMark, -1, "\"");
  split.Append(PieceKind::kQuote, 1, "Second part");
  split.Append(PieceKind::kMark, -1, ".\"");
  q.sentences.push_back(split);
  d.paragraphs.push_back(q);
  d.inserts.push_back({0, "Advertisement"});
  d.footer = {"Related Articles", "Leave a Reply"};

  const Rendered r = Render(d);
  EXPECT_EQ(r.text,
            "LISBON (Meridian Wire) \u2014 Russia sent 12,000 troops on Monday.\n\n"
            "Advertisement\n\n"
            "\"We are ready,\" Ruiz said. \"First part,\" she Added. \"Second part.\"\n\n"
            "Related Articles\n\nLeave a Reply");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].text, "We are ready");
  EXPECT_EQ(r.quotes[0].cue, "said");
  EXPECT_EQ(r.quotes[1].parts, (std::vector<std::string>{"First part", "Second part"}));
  EXPECT_EQ(r.quotes[1].text, "First part. Second part");
  EXPECT_EQ(r.quotes[1].cue, "added");
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].text, "12,000");
  EXPECT_EQ(r.figures[0].fact.claim, 3);
  ASSERT_EQ(r.times.size(), 1u);
  EXPECT_EQ(r.times[0].text, "on Monday");
  EXPECT_EQ(r.boilerplate,
            (std::vector<std::string>{"Advertisement", "Related Articles", "Leave a Reply"}));
}

TEST(DraftTest, RewriteKeepsPiecesTiled) {
  Sentence s = QuoteSentence(0, "We are ready", "said");
  s.Rewrite([](const Piece& p, std::string& words) {
    if (p.kind == PieceKind::kCue) words = "mentioned";
  });
  EXPECT_EQ(s.text, "\"We are ready,\" Ruiz mentioned.");
  EXPECT_EQ(s.TextOf(s.pieces[1]), "We are ready");
}

}  // namespace
}  // namespace sitrep::gen
