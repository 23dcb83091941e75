#include "link/quote_spans.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::link::internal {
namespace {

std::string Quoted(std::string_view s) {
  std::string out;
  for (const text::Span& q : QuotedSpans(s)) {
    out += "[";
    out += s.substr(q.begin, q.end - q.begin);
    out += "]";
  }
  return out;
}

TEST(QuotedSpans, CurlyStraightAndGuillemets) {
  EXPECT_EQ(Quoted("He said “we stay” and left."), "[we stay]");
  EXPECT_EQ(Quoted("He said \"we stay\" and \"we fight\"."), "[we stay][we fight]");
  EXPECT_EQ(Quoted("Il a dit « nous restons »."), "[ nous restons ]");
  EXPECT_EQ(Quoted("„Wir bleiben“, sagte er."), "[Wir bleiben]");
}

TEST(QuotedSpans, UnclosedQuoteEndsAtParagraph) {
  EXPECT_EQ(Quoted("“We stay.\n\nNext paragraph."), "[We stay.]");
}

TEST(QuotedSpans, ApostrophesAreNotQuotes) {
  EXPECT_EQ(Quoted("The Kremlin’s view, Ruiz’s answer."), "");
}

}  // namespace
}  // namespace sitrep::link::internal
