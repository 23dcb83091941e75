// A compact element tree built from libxml2's HTML parser. Internal to the ingest module.
//
// The extractor works on this copy rather than on libxml2's nodes: the copy keeps only
// what extraction reads (lower-case tag names, attributes, text), drops what it never
// reads (comments, scripts other than JSON-LD, styles, SVG), is indexed so per-node
// figures live in plain vectors, and has bounded depth, so that the recursive passes
// over it cannot overflow the stack whatever the input.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::ingest::internal {

struct DomNode {
  bool is_text = false;
  std::string tag;   // lower-case element name; empty for text nodes
  std::string text;  // UTF-8 text of a text node, or the body of a JSON-LD script
  std::vector<std::pair<std::string, std::string>> attrs;  // names lower-case
  int parent = -1;
  std::vector<int> children;

  // The value of attribute `name` (lower-case), or nullptr.
  const std::string* Attr(std::string_view name) const;
};

// Nodes in document order: a parent always comes before its children. nodes[0] is a
// synthetic "#document" root.
struct Dom {
  std::vector<DomNode> nodes;
};

// Deeper elements are attached to their ancestor at this depth, so that the recursive
// passes over the tree stay shallow (libxml2 itself stops at depth 2048).
constexpr int kMaxDomDepth = 300;

// Parses `bytes`, which are in `charset` (a label libxml2 knows; "utf-8" when the caller
// has already decoded them), into *dom. Fails only when libxml2 returns no tree.
Status ParseHtmlDom(std::string_view bytes, const std::string& charset, Dom* dom);

}  // namespace sitrep::ingest::internal
