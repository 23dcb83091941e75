// The plain-text reader.
//
// A plain-text news file is read top-down: optional "key: value" header lines, a
// headline, a dateline, then the body. Only the first few lines are examined with
// patterns; the body is cleaned in one linear pass, so the reader runs at the speed of
// whitespace cleaning and NFC normalisation.
//
// Header keys (case-insensitive): title, source, url, date, published, author, language.
// "date 2022-02-02 text..." without a colon is a header too, and the rest of its line is
// the start of the body (some scrapers write the date and the first sentence on one
// line).
#include <algorithm>
#include <cctype>

#include "date_parse.h"
#include "dateline.h"
#include "fields.h"
#include "sitrep/ingest.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

using internal::Dateline;

constexpr int kMaxHeaderLines = 16;
// A headline is short: at most this many characters and words.
constexpr size_t kMaxHeadlineChars = 200;
constexpr size_t kMaxHeadlineWords = 30;
// A line ending in '?', '!' or a closing quote is a headline only when shorter still;
// longer ones are the first sentence of the story.
constexpr size_t kMaxShortHeadlineChars = 120;

enum class HeaderKey { kNone, kTitle, kSource, kUrl, kDate, kAuthor, kLanguage };

HeaderKey KeyOf(std::string_view key) {
  std::string lower;
  for (char c : key) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower == "title") return HeaderKey::kTitle;
  if (lower == "source") return HeaderKey::kSource;
  if (lower == "url") return HeaderKey::kUrl;
  if (lower == "date" || lower == "published") return HeaderKey::kDate;
  if (lower == "author") return HeaderKey::kAuthor;
  if (lower == "language") return HeaderKey::kLanguage;
  return HeaderKey::kNone;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The line starting at `pos` (without its '\n') and the position after it.
std::string_view LineAt(std::string_view s, size_t pos, size_t* next) {
  size_t end = s.find('\n', pos);
  if (end == std::string_view::npos) end = s.size();
  *next = end < s.size() ? end + 1 : end;
  return s.substr(pos, end - pos);
}

size_t SkipNewlines(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == '\n' || s[pos] == ' ')) ++pos;
  return pos;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Strips closing quotes and brackets from the end of a line.
std::string_view StripClosers(std::string_view s) {
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99",
                                                  "\xC2\xBB"};
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (EndsWith(s, c)) {
        s.remove_suffix(c.size());
        stripped = true;
      }
    }
  }
  return s;
}

bool StartsWithBullet(std::string_view s) {
  static constexpr std::string_view kBullets[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA",
                                                  "- ", "* ", "\xE2\x80\x93 ", "\xE2\x80\x94 "};
  for (std::string_view b : kBullets) {
    if (StartsWith(s, b)) return true;
  }
  return false;
}

bool HasLetter(std::string_view s) {
  for (const text::Token& t : text::Tokenize(s)) {
    for (size_t i = t.begin; i < t.end; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80 || std::isalpha(c)) return true;
    }
  }
  return false;
}

// Whether `line`, the first line of the document after the headers, reads as a
// headline. `next` is the position after it in `doc`.
bool IsHeadline(std::string_view doc, std::string_view line, size_t next) {
  if (next >= doc.size()) return false;  // nothing follows: the line is the story
  if (doc[next] != '\n') {
    // No blank line after it: a line that continues in lower case is a wrapped sentence.
    if (std::islower(static_cast<unsigned char>(doc[next]))) return false;
  }
  const size_t chars = CountCodePoints(line);
  if (chars > kMaxHeadlineChars) return false;
  if (static_cast<size_t>(std::count(line.begin(), line.end(), ' ')) + 1 > kMaxHeadlineWords) {
    return false;
  }
  if (StartsWithBullet(line) || !HasLetter(line)) return false;
  const std::string_view core = StripClosers(line);
  if (core.empty()) return false;
  // Headlines quote ("Putin: “No plans to attack.”") and ask, but a longer line that ends
  // that way is the story's first sentence.
  const bool quoted = EndsWith(line, "\"") || EndsWith(line, "'") ||
                      EndsWith(line, "\xE2\x80\x9D") || EndsWith(line, "\xE2\x80\x99") ||
                      EndsWith(line, "\xC2\xBB");
  const char last = core.back();
  if (last == '?' || last == '!' || quoted) return chars <= kMaxShortHeadlineChars;
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  if (EndsWith(core, "\xE2\x80\xA6")) return false;  // ellipsis
  return true;
}

}  // namespace

Status ParsePlainText(std::string_view bytes, Article* article) {
  *article = Article{};
  article->format = "text";
  size_t bad = 0;
  if (!text::IsValidUtf8(bytes, &bad)) {
    return Status::Error("invalid UTF-8 at byte " + std::to_string(bad));
  }
  const std::string clean = text::CleanWhitespace(bytes);
  const std::string_view doc = clean;
  if (doc.empty()) return Status::Error("empty document");

  // 1. Header lines.
  std::string title, source, url, author, language, published;
  bool body_starts_mid_line = false;
  size_t pos = 0;
  for (int n = 0; n < kMaxHeaderLines && pos < doc.size(); ++n) {
    size_t next = 0;
    const std::string_view line = LineAt(doc, pos, &next);
    if (line.empty()) break;  // a blank line ends the header block
    HeaderKey key = HeaderKey::kNone;
    std::string_view value;
    bool with_colon = false;
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && colon <= 10) {
      key = KeyOf(Trim(line.substr(0, colon)));
      value = Trim(line.substr(colon + 1));
      with_colon = key != HeaderKey::kNone;
    }
    if (key == HeaderKey::kNone) {
      const size_t space = line.find(' ');
      if (space != std::string_view::npos && KeyOf(line.substr(0, space)) == HeaderKey::kDate) {
        key = HeaderKey::kDate;
        value = Trim(line.substr(space + 1));
      }
    }
    if (key == HeaderKey::kNone) break;
    if (key == HeaderKey::kDate) {
      size_t used = 0;
      const std::string iso = internal::ParseDatePrefix(value, &used);
      if (iso.empty() && !with_colon) break;  // "Date night was..." is the story
      if (!iso.empty()) {
        std::string whole = with_colon ? internal::NormalizeDate(value) : std::string();
        if (published.empty()) published = whole.empty() ? iso : whole;
        const std::string_view rest = Trim(value.substr(used));
        if (!rest.empty() && whole.empty()) {
          pos = static_cast<size_t>(rest.data() - doc.data());
          body_starts_mid_line = true;
          break;
        }
      }
      pos = next;
      continue;
    }
    switch (key) {
      case HeaderKey::kTitle: title = std::string(value); break;
      case HeaderKey::kSource: source = std::string(value); break;
      case HeaderKey::kUrl: url = std::string(value); break;
      case HeaderKey::kAuthor: author = std::string(value); break;
      case HeaderKey::kLanguage: language = std::string(value); break;
      default: break;
    }
    pos = next;
  }
  if (!body_starts_mid_line) pos = SkipNewlines(doc, pos);

  // 2. Headline and dateline.
  Dateline dateline;
  bool have_dateline = false;
  auto try_dateline = [&](size_t at) {
    size_t next = 0;
    const std::string_view line = LineAt(doc, at, &next);
    if (internal::MatchDateline(line, &dateline)) {
      have_dateline = true;
      return at + dateline.body_offset;
    }
    return at;
  };
  if (body_starts_mid_line) {
    pos = try_dateline(pos);
  } else if (pos < doc.size()) {
    const size_t dateline_end = try_dateline(pos);
    if (have_dateline) {
      pos = dateline_end;
    } else {
      size_t next = 0;
      const std::string_view first = LineAt(doc, pos, &next);
      bool took_line = false;
      if (!title.empty()) {
        took_line = first == title;  // the header's title repeated as the first line
      } else if (IsHeadline(doc, first, next)) {
        title = std::string(first);
        took_line = true;
      }
      if (took_line) {
        pos = SkipNewlines(doc, next);
        // Scraped pages often repeat the headline right below it.
        size_t after = 0;
        if (pos < doc.size() && LineAt(doc, pos, &after) == title) pos = SkipNewlines(doc, after);
        if (pos < doc.size()) pos = try_dateline(pos);
      }
    }
  }

  // 3. Body.
  pos = SkipNewlines(doc, std::min(pos, doc.size()));
  const std::string_view body = doc.substr(pos);
  if (body.empty()) return Status::Error("document has no body text");

  article->text = text::NormalizeNfc(body);
  article->title = internal::CleanLine(title);
  article->source = internal::CleanLine(source);
  article->url = std::string(Trim(url));
  article->author = internal::CleanLine(author);
  article->published = published;
  if (have_dateline) {
    article->dateline = text::NormalizeNfc(dateline.place);
    if (article->source.empty()) article->source = text::NormalizeNfc(dateline.agency);
    if (article->published.empty()) article->published = dateline.published;
  }
  if (!language.empty()) {
    // A declared language is taken as certain; ParseRecord detects only when none is.
    const std::string code = text::NormalizeLanguageCode(language);
    article->language = code.empty() ? internal::CleanLine(language) : code;
    article->language_confidence = 1.0;
  }
  return Status::Ok();
}

}  // namespace sitrep::ingest
