// A compact element tree built from libxml2's HTML parser. Internal to the ingest module.
//
// The extractor works on this tree rather than on libxml2's nodes: it keeps only what
// extraction reads (lower-case tag names, the attributes it looks at, text), drops what
// it never reads (comments, scripts other than JSON-LD, styles, SVG, other attributes),
// is indexed so per-node figures live in plain vectors, and has bounded depth, so that
// the recursive passes over it cannot overflow the stack whatever the input. It is
// built straight from the parser's SAX events (html_dom.cc), never as a libxml2 tree
// first: building and freeing that tree cost more than the rest of the extraction
// together. The attributes kept are listed in IsKeptAttribute (html_dom.cc): code that
// reads another adds it there. All strings are views into storage the Dom owns, so a
// page costs a handful of allocations, not several per node.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::ingest::internal {

struct DomAttr {
  std::string_view name;   // lower-case
  std::string_view value;  // "" for an attribute without a value
};

struct DomNode {
  bool is_text = false;
  std::string_view tag;   // lower-case element name; empty for text nodes
  std::string_view text;  // UTF-8 text of a text node, or the body of a JSON-LD script
  std::span<const DomAttr> attrs;
  int parent = -1;
  std::span<const int> children;  // in document order

  // The value of attribute `name` (lower-case), or nullptr.
  const std::string_view* Attr(std::string_view name) const {
    for (const DomAttr& a : attrs) {
      if (a.name == name) return &a.value;
    }
    return nullptr;
  }
};

// Append-only byte storage whose views stay valid: full blocks are kept, not grown.
class DomStrings {
 public:
  std::string_view Copy(std::string_view s);
  void Reserve(size_t bytes);  // the size of the first block

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t first_block_ = 0;
};

// Nodes in document order: a parent always comes before its children. nodes[0] is a
// synthetic "#document" root. Not copyable (the nodes point into the Dom's storage);
// moving keeps the views valid.
struct Dom {
  std::vector<DomNode> nodes;

  // Storage behind the nodes' views.
  std::vector<DomAttr> attr_store;
  std::vector<int> child_store;
  DomStrings strings;

  Dom() = default;
  Dom(Dom&&) = default;
  Dom& operator=(Dom&&) = default;
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;
};

// Deeper elements are attached to their ancestor at this depth, so that the recursive
// passes over the tree stay shallow.
constexpr int kMaxDomDepth = 300;

// Parses `bytes`, which are in `charset` (a label libxml2 knows; "utf-8" when the caller
// has already decoded them to valid UTF-8), into *dom. Fails only when libxml2 cannot
// start a parse.
Status ParseHtmlDom(std::string_view bytes, const std::string& charset, Dom* dom);

// ParseHtmlDom for bytes the caller has already checked are valid UTF-8.
Status ParseUtf8HtmlDom(std::string_view utf8, Dom* dom);

}  // namespace sitrep::ingest::internal
