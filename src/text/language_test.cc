#include <gtest/gtest.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

TEST(DetectLanguage, EnglishNewsProse) {
  const Language l = DetectLanguage(
      "The United States said on Wednesday that Russia continues to strengthen its "
      "military presence on the borders of Ukraine, at a time when France confirmed that "
      "it had obtained pledges from the Kremlin that there would be no further escalation.");
  EXPECT_EQ(l.code, "en");
  EXPECT_GT(l.confidence, 0.7);
  EXPECT_LE(l.confidence, 1.0);
}

TEST(DetectLanguage, OtherLanguages) {
  EXPECT_EQ(DetectLanguage("Les \xC3\xA9tats-Unis ont annonc\xC3\xA9 mercredi le d\xC3\xA9ploiement "
                           "de troupes suppl\xC3\xA9mentaires en Europe de l'Est, face \xC3\xA0 "
                           "la menace d'une invasion russe de l'Ukraine.")
                .code,
            "fr");
  EXPECT_EQ(DetectLanguage("\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F \xD0\xBD\xD0\xB5 "
                           "\xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x80\xD1\x83\xD0\xB5\xD1\x82 "
                           "\xD0\xBD\xD0\xB0\xD0\xBF\xD0\xB0\xD0\xB4\xD0\xB0\xD1\x82\xD1\x8C "
                           "\xD0\xBD\xD0\xB0 \xD0\xA3\xD0\xBA\xD1\x80\xD0\xB0\xD0\xB8\xD0\xBD\xD1\x83, "
                           "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xBF\xD1\x80\xD0\xB5"
                           "\xD1\x81\xD1\x81-\xD1\x81\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB5\xD1\x82\xD0\xB0"
                           "\xD1\x80\xD1\x8C \xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8F.")
                .code,
            "ru");
}

TEST(DetectLanguage, EmptyAndShortTexts) {
  const Language empty = DetectLanguage("");
  EXPECT_EQ(empty.code, "und");
  EXPECT_EQ(empty.confidence, 0.0);
  const Language digits = DetectLanguage("12345 67890 !!!");
  EXPECT_EQ(digits.code, "und");
  const Language shorter = DetectLanguage("Troops moved.");
  const Language longer = DetectLanguage(
      "Troops moved toward the border on Wednesday, officials said, as diplomats in "
      "Washington and Moscow continued talks over the weekend about security guarantees "
      "and the future of the alliance in eastern Europe.");
  EXPECT_LT(shorter.confidence, longer.confidence);
  EXPECT_LT(shorter.confidence, 0.5);
}

TEST(DetectLanguage, LongTextCutAtACharacterBoundary) {
  std::string text;
  const std::string sentence =
      "Officials in Washington said the deployment would continue through the winter. ";
  while (text.size() < 4095) text += sentence;
  text.resize(4095);
  text += "\xC3\xA9";  // a two-byte character across the sample boundary
  while (text.size() < 100000) text += sentence;
  const Language l = DetectLanguage(text);
  EXPECT_EQ(l.code, "en");
  EXPECT_GT(l.confidence, 0.9);
}

TEST(DetectLanguage, InvalidUtf8IsUndetermined) {
  EXPECT_EQ(DetectLanguage("abc \xFF\xFE def").code, "und");
}

TEST(NormalizeLanguageCode, CodesTagsAndNames) {
  EXPECT_EQ(NormalizeLanguageCode("en"), "en");
  EXPECT_EQ(NormalizeLanguageCode("EN"), "en");
  EXPECT_EQ(NormalizeLanguageCode("en-US"), "en");
  EXPECT_EQ(NormalizeLanguageCode("pt_BR"), "pt");
  EXPECT_EQ(NormalizeLanguageCode("English"), "en");
  EXPECT_EQ(NormalizeLanguageCode("iw"), "he");
  EXPECT_EQ(NormalizeLanguageCode("he"), "he");
  EXPECT_EQ(NormalizeLanguageCode("klingonese"), "");
  EXPECT_EQ(NormalizeLanguageCode(""), "");
}

}  // namespace
}  // namespace sitrep::text
