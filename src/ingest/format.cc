// Input formats: by file name first, then by the first bytes.
#include <algorithm>
#include <cctype>

#include "format.h"
#include "sitrep/ingest.h"

namespace sitrep::ingest {
namespace internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string FormatFromExtension(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string name = Lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  struct Ext {
    std::string_view suffix;
    std::string_view format;
  };
  static constexpr Ext kExtensions[] = {
      {".txt", "text"},  {".text", "text"}, {".jsonl", "jsonl"}, {".ndjson", "jsonl"},
      {".html", "html"}, {".htm", "html"},  {".xhtml", "html"},  {".xml", "feed"},
      {".rss", "feed"},  {".atom", "feed"}, {".warc", "warc"},
  };
  for (const Ext& e : kExtensions) {
    if (EndsWith(name, e.suffix)) return std::string(e.format);
  }
  return "";
}

std::string FormatFromContent(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  head.remove_prefix(i);
  if (head.substr(0, 7) == "WARC/1.") return "warc";
  if (!head.empty() && head[0] == '{') {
    // JSON Lines: the first line is a whole object. A first line longer than the head is
    // taken as one too; pretty-printed JSON puts a line break right after the brace.
    const size_t eol = head.find('\n');
    if (eol == std::string_view::npos) return "jsonl";
    std::string_view first = head.substr(0, eol);
    while (!first.empty() && std::isspace(static_cast<unsigned char>(first.back()))) {
      first.remove_suffix(1);
    }
    if (first.size() > 1 && first.back() == '}') return "jsonl";
    // A JSON document spread over lines (an object or array of articles): named so that
    // it is refused rather than read as one plain-text article of braces and quotes.
    return "json";
  }
  if (!head.empty() && head[0] == '<') {
    const std::string lower = Lower(head.substr(0, 4096));
    if (lower.find("<rss") != std::string::npos || lower.find("<feed") != std::string::npos ||
        lower.find("<rdf:rdf") != std::string::npos) {
      return "feed";
    }
    if (lower.find("<html") != std::string::npos || lower.rfind("<!doctype html", 0) == 0) {
      return "html";
    }
  }
  return "text";
}

bool IsReadableFormat(std::string_view format) {
  return format == "text" || format == "jsonl" || format == "html" || format == "feed" ||
         format == "warc";
}

bool IsPlannedFormat(std::string_view format) { return format == "json"; }

std::string UnreadableFormatReason(std::string_view format) {
  if (format == "feed" || format == "warc") {
    // ParseRecord given a whole feed or crawl: only the walker splits those.
    return "format '" + std::string(format) + "' holds many documents; read it through the walker";
  }
  if (IsPlannedFormat(format)) return "format '" + std::string(format) + "' is not supported yet";
  return "unknown format '" + std::string(format) + "'";
}

}  // namespace internal

std::vector<std::string> KnownFormats() { return {"text", "jsonl", "html", "feed", "warc"}; }

std::string DetectFormat(std::string_view path, std::string_view head) {
  std::string format = internal::FormatFromExtension(path);
  if (!format.empty()) return format;
  return internal::FormatFromContent(head);
}

}  // namespace sitrep::ingest
