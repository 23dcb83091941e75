#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

TEST(NormalizeNfc, ComposesDecomposedText) {
  // "e" + COMBINING ACUTE ACCENT -> U+00E9
  EXPECT_EQ(NormalizeNfc("Cafe\xCC\x81 au lait"), "Caf\xC3\xA9 au lait");
  // Composition also works for a base letter that ends an ASCII run mid-word.
  EXPECT_EQ(NormalizeNfc("Zelenskyi\xCC\x88"), "Zelensky\xC3\xAF");
}

TEST(NormalizeNfc, LeavesComposedAndAsciiTextAlone) {
  EXPECT_EQ(NormalizeNfc(""), "");
  EXPECT_EQ(NormalizeNfc("plain"), "plain");
  const std::string composed = "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D, Kyiv";
  EXPECT_EQ(NormalizeNfc(composed), composed);
  // NFC keeps compatibility characters (the ligature fi) unlike NFKC.
  EXPECT_EQ(NormalizeNfc("\xEF\xAC\x81"), "\xEF\xAC\x81");
}

TEST(NormalizeNfc, ReordersCombiningMarks) {
  // a + dot below (220) + acute (230) in the wrong order -> canonical order, composed
  const std::string a = NormalizeNfc("a\xCC\x81\xCC\xA3");
  const std::string b = NormalizeNfc("a\xCC\xA3\xCC\x81");
  EXPECT_EQ(a, b);
}

TEST(FoldCase, EqualKeysForSpellingVariants) {
  EXPECT_EQ(FoldCase("KYIV"), FoldCase("Kyiv"));
  EXPECT_EQ(FoldCase("Stra\xC3\x9F" "e"), "strasse");
  EXPECT_EQ(FoldCase("\xEF\xAC\x81nance"), "finance");  // NFKC ligature
  EXPECT_EQ(FoldCase("Caf\xC3\x89"), "caf\xC3\xA9");     // accents kept
  EXPECT_EQ(FoldCase("Cafe\xCC\x81"), "caf\xC3\xA9");    // composed
  EXPECT_EQ(FoldCase("co\xC2\xADoperate"), "cooperate");  // soft hyphen dropped
  EXPECT_EQ(FoldCase("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"),
            "\xD0\xBF\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");  // Путин -> путин
}

}  // namespace
}  // namespace sitrep::text
