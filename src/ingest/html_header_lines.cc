// Dropping repeated headlines and byline lines from the collected paragraphs. Runs
// after metadata, because it needs the title, author and date to recognise them.
#include "html_header_lines.h"

#include <algorithm>
#include <string_view>

namespace sitrep::ingest::internal {
namespace {

constexpr size_t kMaxMetaLineBytes = 100;
constexpr size_t kTitleSearchParagraphs = 3;
constexpr int kMaxMetaLineLetters = 15;

bool EndsSentence(std::string_view p) {
  if (p.empty()) return false;
  const char c = p.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || p.ends_with("\u201D");
}

// A line that is the author's name and/or the date and little else.
bool IsMetaLine(std::string_view line, const std::string& author, const std::string& date) {
  // Most lines hold neither, and need no copy to say so.
  auto holds = [line](const std::string& s) {
    return !s.empty() && line.find(s) != std::string_view::npos;
  };
  if (!holds(author) && !holds(date)) return false;
  std::string p(line);
  bool found = false;
  for (const std::string& needle : {author, date}) {
    if (needle.empty()) continue;
    const size_t pos = p.find(needle);
    if (pos == std::string::npos) continue;
    p.erase(pos, needle.size());
    found = true;
  }
  int letters = 0;
  for (char c : p) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return found && letters <= kMaxMetaLineLetters;
}

// The parts of a title such as "Site: Headline" or "Headline | Site".
std::vector<std::string> TitleParts(const std::string& title) {
  std::vector<std::string> parts = {title};
  for (std::string_view sep : {": ", " | ", " - ", " \u2013 ", " \u2014 "}) {
    const size_t pos = title.find(sep);
    if (pos == std::string::npos) continue;
    parts.push_back(title.substr(0, pos));
    parts.push_back(title.substr(pos + sep.size()));
  }
  return parts;
}

}  // namespace

// Pages without markup for their headline and byline repeat them as text at the top
// of the story: drop lines that are the title (or the headline part of
// "Site: Headline", which then becomes the title), and short lines that carry the
// author's name or the date without being a sentence.
void DropHeaderLines(std::vector<std::string>* paragraphs, HtmlDocument* doc) {
  const std::vector<std::string> parts = TitleParts(doc->title);
  const std::string date = doc->published.substr(0, 10);
  std::vector<std::string> kept;
  for (size_t i = 0; i < paragraphs->size(); ++i) {
    std::string paragraph;
    std::string_view rest = (*paragraphs)[i];
    while (!rest.empty()) {
      const size_t end = std::min(rest.find('\n'), rest.size());
      const std::string line(rest.substr(0, end));
      rest.remove_prefix(std::min(end + 1, rest.size()));
      // A part of three words or more: a headline, not "Q&A" or "Opinion".
      if (i < kTitleSearchParagraphs && std::count(line.begin(), line.end(), ' ') >= 2 &&
          std::find(parts.begin(), parts.end(), line) != parts.end()) {
        doc->title = line;
        continue;
      }
      if (line.size() <= kMaxMetaLineBytes && !EndsSentence(line) &&
          IsMetaLine(line, doc->author, date)) {
        continue;
      }
      if (!paragraph.empty()) paragraph.push_back('\n');
      paragraph += line;
    }
    if (!paragraph.empty()) kept.push_back(std::move(paragraph));
  }
  *paragraphs = std::move(kept);
}

}  // namespace sitrep::ingest::internal
