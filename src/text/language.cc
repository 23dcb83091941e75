// Language identification with CLD2.
#include <algorithm>
#include <cctype>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "sitrep/text.h"

namespace sitrep::text {
namespace {

// The first 4 KiB decide the language of a news article (they are one language
// throughout). CLD2 costs several times more per byte than all the other per-article
// cleaning together, so longer texts are not read further.
constexpr size_t kMaxBytes = 4 << 10;
// Below this many letters CLD2's answer is a guess; confidence scales up to it.
constexpr double kFullConfidenceLetters = 200.0;

// CLD2's code for a language, mapped to ISO 639-1 where CLD2 keeps an older or
// Google-specific code. Script-only and unknown-language results are "und".
std::string IsoCode(CLD2::Language language) {
  if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "und";
  }
  std::string code = CLD2::LanguageCode(language);
  if (code.empty() || code == "un" || code == "xxx" || code.rfind("xx-", 0) == 0 ||
      code.rfind("zz", 0) == 0) {
    return "und";
  }
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  if (code == "tlh") return "und";  // Klingon: a joke entry of the extended detector
  const size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);  // "zh-Hant", "sr-ME"
  return code;
}

}  // namespace

Language DetectLanguage(std::string_view utf8_text) {
  Language result;
  size_t len = std::min(utf8_text.size(), kMaxBytes);
  // Cut at a character boundary.
  while (len > 0 && len < utf8_text.size() &&
         (static_cast<unsigned char>(utf8_text[len]) & 0xC0) == 0x80) {
    --len;
  }
  if (len == 0) return result;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                                CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8_text.data(), static_cast<int>(len), /*is_plain_text=*/true, &hints, /*flags=*/0,
      top3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix);
  result.code = IsoCode(language);
  if (result.code == "und") return result;
  double share = 0.0;
  for (int k = 0; k < 3; ++k) {
    if (top3[k] == language) {
      share = percent3[k] / 100.0;
      break;
    }
  }
  const double length_factor = std::min(1.0, text_bytes / kFullConfidenceLetters);
  result.confidence = std::clamp(share * (reliable ? 1.0 : 0.5) * length_factor, 0.0, 1.0);
  return result;
}

std::string NormalizeLanguageCode(std::string_view name_or_code) {
  std::string lower;
  for (char c : name_or_code) {
    if (c == ' ' || c == '\t') continue;
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (lower.empty()) return "";
  // A tag such as "en-US" or "en_GB": the primary subtag names the language.
  std::string primary = lower.substr(0, lower.find_first_of("-_"));
  CLD2::Language language = CLD2::GetLanguageFromName(primary.c_str());
  if (language == CLD2::UNKNOWN_LANGUAGE) {
    // CLD2 knows languages by upper-case English name ("ENGLISH").
    std::string upper = lower;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    language = CLD2::GetLanguageFromName(upper.c_str());
  }
  const std::string code = IsoCode(language);
  return code == "und" ? "" : code;
}

}  // namespace sitrep::text
