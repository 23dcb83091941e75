// Builds the compact tree from libxml2's HTML parser output, iteratively (an explicit
// stack), so depth costs heap, not stack.
#include "html_dom.h"

#include <climits>
#include <mutex>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "html_charset.h"

namespace sitrep::ingest::internal {
namespace {

// HTML_PARSE_IGNORE_ENC: the caller has chosen the charset (html_charset.h); a <meta>
// further down must not switch it mid-document.
// XML_PARSE_HUGE (libxml2 2.9 has no HTML_ name for it): without it libxml2 halts the
// whole parse at element depth 256, and broken pages with a few hundred unclosed <div>
// or <font> tags before the story are not rare; with it the limit is 2048, past which
// the parse still halts cleanly (libxml2 and BuildTree both keep explicit stacks, so
// depth costs no call stack).
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                              XML_PARSE_HUGE;

// Elements whose content is never article text; not copied at all.
bool IsDroppedElement(std::string_view tag) {
  static constexpr std::string_view kDropped[] = {
      "style", "svg", "math", "template", "iframe", "object", "embed", "canvas",
      "video", "audio", "select", "textarea", "input", "button", "option", "noembed",
      "frameset", "frame", "map"};
  for (std::string_view d : kDropped) {
    if (tag == d) return true;
  }
  return false;
}

void IgnoreError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

// libxml2 must be initialised once before threads use it; its error callbacks are
// per-thread, so each parsing thread silences its own.
void PrepareLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  xmlSetGenericErrorFunc(nullptr, IgnoreError);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
}

std::string Lower(const xmlChar* s) {
  std::string out(s == nullptr ? "" : reinterpret_cast<const char*>(s));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string TextOf(const xmlNode* node) {
  return node->content == nullptr ? "" : reinterpret_cast<const char*>(node->content);
}

// All text below a node (script bodies are text or CDATA children).
std::string ChildText(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) out += TextOf(c);
  }
  return out;
}

bool IsJsonLd(const DomNode& n) {
  const std::string* type = n.Attr("type");
  if (type == nullptr) return false;
  std::string t = *type;
  for (char& c : t) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return t.find("ld+json") != std::string::npos;
}

struct Pending {
  const xmlNode* node;
  int parent;  // index in dom->nodes
  int depth;
};

void BuildTree(const xmlNode* first, Dom* dom) {
  std::vector<Pending> stack;
  // Children are pushed in reverse so that they are popped, and numbered, in order.
  auto push_children = [&stack](const xmlNode* first_child, int parent, int depth) {
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = first_child; c != nullptr; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, parent, depth});
  };
  push_children(first, 0, 1);
  while (!stack.empty()) {
    const Pending p = stack.back();
    stack.pop_back();
    const xmlNode* x = p.node;
    DomNode n;
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      n.is_text = true;
      n.text = TextOf(x);
      if (n.text.empty()) continue;
      MapC1ToWindows1252(&n.text);
    } else if (x->type == XML_ELEMENT_NODE) {
      n.tag = Lower(x->name);
      if (IsDroppedElement(n.tag)) continue;
      for (const xmlAttr* a = x->properties; a != nullptr; a = a->next) {
        std::string value;
        for (const xmlNode* v = a->children; v != nullptr; v = v->next) value += TextOf(v);
        n.attrs.emplace_back(Lower(a->name), std::move(value));
      }
      if (n.tag == "script") {
        if (!IsJsonLd(n)) continue;
        n.text = ChildText(x);
      }
    } else {
      continue;  // comments, processing instructions, DTD nodes
    }
    const int parent = p.parent;
    n.parent = parent;
    const int index = static_cast<int>(dom->nodes.size());
    dom->nodes.push_back(std::move(n));
    dom->nodes[parent].children.push_back(index);
    const DomNode& added = dom->nodes[index];
    if (!added.is_text && added.tag != "script") {
      // Too deep: the children join this node's parent instead, flattening the rest.
      const bool too_deep = p.depth >= kMaxDomDepth;
      push_children(x->children, too_deep ? parent : index, too_deep ? p.depth : p.depth + 1);
    }
  }
}

}  // namespace

const std::string* DomNode::Attr(std::string_view name) const {
  for (const auto& [key, value] : attrs) {
    if (key == name) return &value;
  }
  return nullptr;
}

Status ParseHtmlDom(std::string_view bytes, const std::string& charset, Dom* dom) {
  dom->nodes.clear();
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Status::Error("page too large");
  PrepareLibxml();
  htmlDocPtr doc = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr,
                                  charset.c_str(), kParseOptions);
  if (doc == nullptr) return Status::Error("not parseable as HTML");
  DomNode root;
  root.tag = "#document";
  dom->nodes.push_back(std::move(root));
  BuildTree(doc->children, dom);
  xmlFreeDoc(doc);
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
