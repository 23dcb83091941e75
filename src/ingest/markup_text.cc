// Uses the HTML extractor's tree (html_dom.h): libxml2's forgiving parser, depth
// bounded, scripts and styles already gone. The walk keeps its own stack, so a fragment
// nested thousands of elements deep costs heap, not call stack.
#include "markup_text.h"

#include <vector>

#include "fields.h"
#include "html_charset.h"
#include "html_dom.h"
#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

bool IsBlock(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {
      "p",       "div",     "li",     "ul",    "ol",         "dl",     "dt",      "dd",
      "h1",      "h2",      "h3",     "h4",    "h5",         "h6",     "table",   "tr",
      "section", "article", "header", "footer", "blockquote", "figure", "figcaption",
      "pre",     "hr",      "aside",  "nav",   "main",       "address", "details", "summary"};
  for (std::string_view b : kBlocks) {
    if (tag == b) return true;
  }
  return false;
}

bool IsSkipped(std::string_view tag) {
  return tag == "script" || tag == "noscript" || tag == "head" || tag == "title";
}

void AppendInline(std::string_view text, std::string* out) {
  for (char c : text) {
    // Source line breaks inside a paragraph are spaces in HTML.
    out->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
  }
}

}  // namespace

std::string MarkupToText(std::string_view html) {
  const std::string utf8 = text::IsValidUtf8(html) ? std::string(html) : RepairUtf8(html);
  Dom dom;
  if (!ParseHtmlDom(utf8, "UTF-8", &dom).ok() || dom.nodes.empty()) return "";
  std::string out;
  // (node, leaving): a block is entered and left, so that both ends break paragraphs.
  std::vector<std::pair<int, bool>> stack = {{0, false}};
  while (!stack.empty()) {
    const auto [index, leaving] = stack.back();
    stack.pop_back();
    const DomNode& node = dom.nodes[static_cast<size_t>(index)];
    if (node.is_text) {
      AppendInline(node.text, &out);
      continue;
    }
    if (IsSkipped(node.tag)) continue;
    if (node.tag == "br") {
      out += '\n';
      continue;
    }
    const bool block = IsBlock(node.tag);
    if (block) out += "\n\n";
    if (leaving) continue;
    if (block) stack.push_back({index, true});
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) {
      stack.push_back({*it, false});
    }
  }
  // Two <br> in a row are a paragraph break: "a<br><br>b" gives "a\n\nb" by construction;
  // CleanBody collapses the rest (spaces around breaks, runs of blank lines).
  return CleanBody(RepairUtf8(out));
}

}  // namespace sitrep::ingest::internal
