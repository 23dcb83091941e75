#include "html_charset.h"

#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

TEST(SniffHtmlCharset, ByteOrderMarksWin) {
  EXPECT_EQ(SniffHtmlCharset("\xEF\xBB\xBF<meta charset=iso-8859-2>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset(std::string("\xFF\xFE<\0h\0", 6)), "utf-16le");
  EXPECT_EQ(SniffHtmlCharset(std::string("\xFE\xFF\0<\0h", 6)), "utf-16be");
}

TEST(SniffHtmlCharset, ReadsMetaDeclarations) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"ISO-8859-2\">"), "iso-8859-2");
  EXPECT_EQ(SniffHtmlCharset("<META HTTP-EQUIV=\"Content-Type\" "
                             "CONTENT=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(SniffHtmlCharset("<meta charset='utf8'>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<meta content=\"text/html;charset = koi8-r\" http-equiv=x>"),
            "koi8-r");
}

TEST(SniffHtmlCharset, LatinLabelsMeanWindows1252) {
  EXPECT_EQ(SniffHtmlCharset("<meta charset=iso-8859-1>"), "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<meta charset=us-ascii>"), "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<meta charset=latin1>"), "windows-1252");
  // An ASCII-readable page cannot really be UTF-16.
  EXPECT_EQ(SniffHtmlCharset("<meta charset=utf-16>"), "utf-8");
}

TEST(SniffHtmlCharset, UndeclaredGuessesFromTheBytes) {
  EXPECT_EQ(SniffHtmlCharset("<p>caf\xC3\xA9</p>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<p>caf\xE9</p>"), "windows-1252");
  // A declaration after the prescan window is not seen.
  EXPECT_EQ(SniffHtmlCharset(std::string(10000, ' ') + "<meta charset=koi8-r>"), "utf-8");
}

TEST(DecodeToUtf8, Windows1252) {
  std::string out;
  ASSERT_TRUE(DecodeToUtf8("\x93" "Caf\xE9\x94 \x80 5 \x96 \x85", "windows-1252", &out));
  EXPECT_EQ(out, "\u201CCaf\u00E9\u201D \u20AC 5 \u2013 \u2026");
  // Undefined bytes map to the C1 control of the same value, still valid UTF-8.
  ASSERT_TRUE(DecodeToUtf8("a\x81z", "windows-1252", &out));
  EXPECT_EQ(out, "a\xC2\x81z");
}

TEST(DecodeToUtf8, Utf8IsRepairedAndLosesItsBom) {
  std::string out;
  ASSERT_TRUE(DecodeToUtf8("\xEF\xBB\xBFok \xFF\xC3", "utf-8", &out));
  EXPECT_EQ(out, "ok \uFFFD\uFFFD");
  EXPECT_FALSE(DecodeToUtf8("x", "shift_jis", &out));
}

TEST(RepairUtf8, ReplacesEachBadSequenceOnce) {
  EXPECT_EQ(RepairUtf8("abc"), "abc");
  EXPECT_EQ(RepairUtf8("a\xE2\x82z"), "a\uFFFDz");            // truncated sequence
  EXPECT_EQ(RepairUtf8("\xC0\xAF"), "\uFFFD");                  // overlong '/'
  EXPECT_EQ(RepairUtf8("\xED\xA0\x80x"), "\uFFFDx");            // surrogate
  EXPECT_TRUE(text::IsValidUtf8(RepairUtf8("\x80\x80\xF8\xFF\xFE")));
}

}  // namespace
}  // namespace sitrep::ingest::internal
