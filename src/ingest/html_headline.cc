// Locating the headline element, near which ChooseMainNodes expects the story.
#include <string>

#include "html_content.h"

namespace sitrep::ingest::internal {
namespace {

void AppendRawText(const Dom& dom, int i, std::string* out) {
  const DomNode& n = dom.nodes[i];
  if (n.is_text) {
    *out += n.text;
    out->push_back(' ');
    return;
  }
  for (int c : n.children) AppendRawText(dom, c, out);
}

std::string Collapsed(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsRoot(const DomNode& n) { return n.tag == "body" || n.tag == "html" || n.tag == "#document"; }

}  // namespace

// Where the story should be: the grandparent (else parent) of the headline, which is
// the first h1-h3 whose text is the title, else the first h1. News pages keep the
// headline next to the text, while the blocks that compete with a short story (a long
// "About us" box, a newsletter pitch) sit elsewhere. -1 when there is no headline or
// it sits directly in the page body.
int HeadlineScope(const Dom& dom, std::string_view title) {
  int headline = -1;
  for (size_t i = 1; i < dom.nodes.size(); ++i) {
    const DomNode& n = dom.nodes[i];
    const bool h1_to_h3 =
        n.tag.size() == 2 && n.tag[0] == 'h' && n.tag[1] >= '1' && n.tag[1] <= '3';
    if (n.is_text || !h1_to_h3) continue;
    std::string text;
    AppendRawText(dom, static_cast<int>(i), &text);
    if (!title.empty() && Collapsed(text) == title) {
      headline = static_cast<int>(i);
      break;
    }
    if (n.tag == "h1" && headline < 0) headline = static_cast<int>(i);
  }
  if (headline < 0) return -1;
  const int parent = dom.nodes[headline].parent;
  if (IsRoot(dom.nodes[parent])) return -1;
  const int grandparent = dom.nodes[parent].parent;
  return IsRoot(dom.nodes[grandparent]) ? parent : grandparent;
}

}  // namespace sitrep::ingest::internal
