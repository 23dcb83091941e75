// Dateline recognition with RE2 over the head of the first body line only, so its cost
// does not grow with the article.
#include "dateline.h"

#include <algorithm>

#include <re2/re2.h>
#include <utf8proc.h>

#include "date_parse.h"

namespace sitrep::ingest::internal {
namespace {

// A capitalised place name of up to five words; lower-case particles are allowed inside
// ("Rio de Janeiro", "Port of Spain").
#define SITREP_PLACE_WORD "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*"
#define SITREP_PLACE \
  SITREP_PLACE_WORD "(?:\\s+(?:" SITREP_PLACE_WORD "|de|del|da|do|dos|of|la|le|el|al|am|sur|upon))*"
#define SITREP_MONTH_DAY                                                             \
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
  "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?"
// The separator between a dateline and the story.
#define SITREP_SEPARATOR "\\s*(?:--?|—|–|:)\\s*"

// [place][, region][, Month day[, year]] (agency)
const RE2& AgencyDateline() {
  static const RE2 re("(" SITREP_PLACE ")?"
                      "(?:,\\s*(" SITREP_MONTH_DAY "|" SITREP_PLACE "))?"
                      "(?:,\\s*(" SITREP_MONTH_DAY "))?"
                      "\\s*\\(([\\p{L}][\\p{L}\\p{M}&.'’ ]*[\\p{L}.])\\)");
  return re;
}

// PLACE[, Region] — story   (no agency: the place must be in capitals)
const RE2& CapitalsDateline() {
  static const RE2 re("(\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*)*)"
                      "(?:,\\s*(" SITREP_MONTH_DAY "|" SITREP_PLACE "))?"
                      "(?:,\\s*(" SITREP_MONTH_DAY "))?"
                      "(\\s*(?:--?|—|–)\\s+|:\\s+)");
  return re;
}

const RE2& Separator() {
  static const RE2 re(SITREP_SEPARATOR);
  return re;
}

// Labels that open a story line in capitals but name no place.
bool IsLabel(std::string_view place) {
  static constexpr std::string_view kLabels[] = {
      "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION",
      "EDITORIAL", "CORRECTION", "NOTE", "EDITOR'S", "EDITOR’S", "VIDEO", "PHOTOS", "READ",
      "ALSO", "FILE", "URGENT", "FLASH", "ADVISORY", "REVIEW", "COMMENT", "FACTBOX"};
  size_t start = 0;
  while (start < place.size()) {
    size_t end = place.find(' ', start);
    if (end == std::string_view::npos) end = place.size();
    const std::string_view word = place.substr(start, end - start);
    if (std::find(std::begin(kLabels), std::end(kLabels), word) != std::end(kLabels)) return true;
    start = end + 1;
  }
  return false;
}

// "NEW DELHI" -> "New Delhi", "WINSTON-SALEM" -> "Winston-Salem"; mixed case is kept.
std::string TitleCaseIfCapitals(std::string_view place) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(place.data());
  const auto n = static_cast<utf8proc_ssize_t>(place.size());
  bool has_lower = false;
  for (utf8proc_ssize_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t len = utf8proc_iterate(bytes + i, n - i, &cp);
    if (len <= 0) return std::string(place);
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) has_lower = true;
    i += len;
  }
  if (has_lower) return std::string(place);
  std::string out;
  bool word_start = true;
  for (utf8proc_ssize_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t len = utf8proc_iterate(bytes + i, n - i, &cp);
    const bool letter = utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
                        utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO;
    if (letter && !word_start) cp = utf8proc_tolower(cp);
    word_start = !letter && cp != '\'' && cp != 0x2019;
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t written = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(written));
    i += len;
  }
  return out;
}

size_t WordCount(const re2::StringPiece& p) {
  size_t words = 0;
  bool in_word = false;
  for (char c : p) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Limits the patterns leave to code: bounded repetition of Unicode classes would make
// the compiled automata hundreds of times larger.
constexpr size_t kMaxPlaceWords = 5;
constexpr size_t kMaxAgencyWords = 5;
constexpr size_t kMaxAgencyBytes = 40;

std::string ToString(const re2::StringPiece& p) { return std::string(p.data(), p.size()); }

bool StartsWithMonthDay(const re2::StringPiece& p) {
  static const RE2 re(SITREP_MONTH_DAY);
  return RE2::FullMatch(p, re);
}

}  // namespace

bool MatchDateline(std::string_view line, Dateline* out) {
  *out = Dateline{};
  // A dateline is short; only the head of the line is examined.
  const re2::StringPiece head(line.data(), std::min<size_t>(line.size(), 160));
  re2::StringPiece g[5];
  if (AgencyDateline().Match(head, 0, head.size(), RE2::ANCHOR_START, g, 5)) {
    if (WordCount(g[1]) > kMaxPlaceWords || g[4].size() > kMaxAgencyBytes ||
        WordCount(g[4]) > kMaxAgencyWords) {
      return false;
    }
    size_t pos = g[0].size();
    std::string_view rest = line.substr(pos);
    // After the agency: a date, a separator, or the end of the line; anything else means
    // the parenthesis was part of a sentence ("Joe Biden (D) said").
    size_t skipped = 0;
    while (skipped < rest.size() && rest[skipped] == ' ') ++skipped;
    std::string published;
    size_t date_len = 0;
    published = ParseDatePrefix(rest.substr(skipped), &date_len);
    if (!published.empty()) {
      pos += skipped + date_len;
      rest = line.substr(pos);
    }
    re2::StringPiece sep_input(rest.data(), rest.size());
    re2::StringPiece sep;
    const bool has_separator =
        Separator().Match(sep_input, 0, sep_input.size(), RE2::ANCHOR_START, &sep, 1) &&
        !sep.empty();
    if (has_separator) {
      pos += sep.size();
    } else if (published.empty()) {
      size_t k = 0;
      while (k < rest.size() && rest[k] == ' ') ++k;
      if (k != rest.size()) return false;
      pos = line.size();
    }
    // Without a separator the story must not continue on the same line after a date.
    while (pos < line.size() && line[pos] == ' ') ++pos;
    out->place = TitleCaseIfCapitals(std::string_view(g[1].data(), g[1].size()));
    if (!g[2].empty() && StartsWithMonthDay(g[2]) && published.empty()) {
      published = NormalizeDate(std::string_view(g[2].data(), g[2].size()));
    }
    if (!g[3].empty() && published.empty()) {
      published = NormalizeDate(std::string_view(g[3].data(), g[3].size()));
    }
    out->agency = ToString(g[4]);
    out->published = published;
    out->body_offset = pos;
    return true;
  }
  if (CapitalsDateline().Match(head, 0, head.size(), RE2::ANCHOR_START, g, 5)) {
    const std::string_view place(g[1].data(), g[1].size());
    // At least three capital letters and no label such as "BREAKING".
    // A colon after capitals also follows acronyms in headlines ("NATO: ..."), so that
    // form needs a longer name than the dash form ("ROME — ...").
    size_t letters = 0;
    for (char c : place) letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
    const bool colon = std::string_view(g[4].data(), g[4].size()).find(':') != std::string_view::npos;
    if (letters < (colon ? 5u : 3u) || WordCount(g[1]) > kMaxPlaceWords - 1 || IsLabel(place)) {
      return false;
    }
    out->place = TitleCaseIfCapitals(place);
    std::string published;
    if (!g[2].empty() && StartsWithMonthDay(g[2])) {
      published = NormalizeDate(std::string_view(g[2].data(), g[2].size()));
    }
    if (!g[3].empty() && published.empty()) {
      published = NormalizeDate(std::string_view(g[3].data(), g[3].size()));
    }
    out->published = published;
    out->body_offset = g[0].size();
    return true;
  }
  return false;
}

}  // namespace sitrep::ingest::internal
