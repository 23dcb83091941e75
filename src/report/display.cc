#include <string>
#include <string_view>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

// Cuts `s` to at most `max_bytes` bytes without splitting a UTF-8 sequence, preferring
// the last space, and marks the cut with an ellipsis.
std::string Shorten(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  const size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace

std::string DisplayTitle(const store::StoredArticle& stored, size_t max_chars) {
  if (!stored.article.title.empty()) return Shorten(stored.article.title, max_chars);
  // No headline: show the lead, marked so that nobody takes it for a title.
  std::string_view lead = stored.lead.empty() ? std::string_view(stored.article.text)
                                              : std::string_view(stored.lead);
  const size_t line_end = lead.find('\n');
  if (line_end != std::string_view::npos) lead = lead.substr(0, line_end);
  return "[" + Shorten(lead, max_chars > 2 ? max_chars - 2 : max_chars) + "]";
}

}  // namespace sitrep::report
