#include "boilerplate.h"

#include <re2/re2.h>

#include <memory>
#include <vector>

namespace sitrep::ingest::internal {
namespace {

// Whole paragraphs that are furniture on any site. Each is anchored by FullMatch and
// bounded in length, so a paragraph of news that merely starts the same way is kept.
constexpr const char* kFurniture[] = {
    // Lists and forms around an article.
    R"((?:related|recommended|more|popular|latest) (?:articles|posts|stories|news)\s*:?)",
    R"(you may also like\s*:?)",
    R"(leave a (?:reply|comment)\s*:?)",
    R"(your email address will not be published\.?.{0,80})",
    R"(required fields are marked.{0,10})",
    R"(comments are closed\.?)",
    R"(back to top(?: button)?)",
    R"(source link)",
    R"((?:share|share this|share this article|share on \w+)\s*:?)",
    R"(advertisement|sponsored(?: content)?|skip to (?:main )?content)",
    // Teasers for other stories: "Read | ...", "Also read: ...", "Reading: ...".
    R"((?:also )?read(?: more| also)?\s*[|:]\s*.{3,200})",
    R"(reading\s*:\s*.{3,200})",
    // Calls to act.
    R"((?:click here|sign up|subscribe|register) (?:to|for|now).{0,120})",
    R"(follow us on .{0,80})",
    // Rights and syndication notes.
    R"((?:©|copyright ©?).{0,120}|all rights reserved\.?)",
    R"(\(?except for the (?:headline|title), this story has not been edited by .{2,40} staff and is published from an? (?:syndicated|aggregated) feed\.?\)?)",
};

// After one of these, in the second half of a text, only the page's footer follows.
constexpr const char* kClosing[] = {
    R"((?:related|recommended|more) (?:articles|posts|stories)\s*:?)",
    R"(leave a (?:reply|comment)\s*:?)",
    R"(comments are closed\.?)",
    R"(source link)",
};

using Patterns = std::vector<std::unique_ptr<const RE2>>;

Patterns Compile(const char* const* patterns, size_t n) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  Patterns out;
  for (size_t i = 0; i < n; ++i) out.push_back(std::make_unique<const RE2>(patterns[i], options));
  return out;
}

bool MatchesAny(const Patterns& patterns, std::string_view paragraph) {
  // Furniture is short: a long paragraph is never matched whole, so never tried.
  if (paragraph.size() > 400) return false;
  for (const auto& re : patterns) {
    if (RE2::FullMatch(paragraph, *re)) return true;
  }
  return false;
}

}  // namespace

std::string RemoveBoilerplate(std::string_view text, int* removed) {
  static const Patterns furniture = Compile(kFurniture, std::size(kFurniture));
  static const Patterns closing = Compile(kClosing, std::size(kClosing));
  *removed = 0;
  std::vector<std::string_view> paragraphs;
  for (size_t at = 0; at <= text.size();) {
    size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    paragraphs.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  std::string out;
  out.reserve(text.size());
  size_t offset = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string_view p = paragraphs[i];
    if (offset * 2 >= text.size() && MatchesAny(closing, p)) {
      *removed += static_cast<int>(paragraphs.size() - i);
      break;
    }
    offset += p.size() + 2;
    if (MatchesAny(furniture, p)) {
      ++*removed;
      continue;
    }
    if (!out.empty()) out += "\n\n";
    out.append(p);
  }
  return out;
}

}  // namespace sitrep::ingest::internal
