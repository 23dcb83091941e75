// Builds the compact tree from libxml2's HTML parser, driven by its SAX callbacks.
//
// The tree is the one libxml2's own tree builder (SAX2.c) would make, copied the way
// extraction reads it; the rules that builder follows and that show in the copy are
// reproduced here:
//  - text goes into the current element and joins its last child when that is text
//    (so "a<!-- c -->b" is two text nodes, "a&amp;b" one); text outside any element
//    is dropped;
//  - an element name with a prefix keeps only its local name ("o:p" is a "p");
//  - an attribute without a value is "" except the HTML booleans ("nowrap" ->
//    "nowrap");
//  - an element that starts when every element is closed goes into the root element
//    when the document's first node is that element, else at document level.
// The parser's own behaviour (implied and auto-closed tags) does not depend on the
// tree, so the events are those a tree build sees. Everything is iterative: depth
// costs heap, not stack.
#include "html_dom.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <mutex>
#include <new>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "html_charset.h"
#include "html_words.h"
#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

// HTML_PARSE_IGNORE_ENC: the caller has chosen the charset (html_charset.h); a <meta>
// further down must not switch it mid-document.
// XML_PARSE_HUGE (libxml2 2.9 has no HTML_ name for it): without it libxml2 halts the
// whole parse at element depth 256, and broken pages with a few hundred unclosed <div>
// or <font> tags before the story are not rare.
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                              XML_PARSE_HUGE;

// Elements whose content is never article text; not copied at all.
bool IsDroppedElement(std::string_view tag) {
  if (tag.size() < 3 || tag.size() > 8) return false;
  switch (tag[0]) {
    case 'a': return tag == "audio";
    case 'b': return tag == "button";
    case 'c': return tag == "canvas";
    case 'e': return tag == "embed";
    case 'f': return tag == "frameset" || tag == "frame";
    case 'i': return tag == "iframe" || tag == "input";
    case 'm': return tag == "math" || tag == "map";
    case 'n': return tag == "noembed";
    case 'o': return tag == "object" || tag == "option";
    case 's': return tag == "style" || tag == "svg" || tag == "select";
    case 't': return tag == "template" || tag == "textarea";
    case 'v': return tag == "video";
    default: return false;
  }
}

// The attributes extraction reads (html_classify.cc, html_metadata.cc,
// html_paragraphs.cc, html_score.cc, and a script's "type" here), on any element or
// only on the one it is read on; the others (src, a link's href, alt, width, data-* ...)
// are most of a page's attribute bytes and are never copied.
bool IsKeptAttribute(std::string_view tag, std::string_view name) {
  enum : uint8_t { kAny = 1, kMeta = 2, kLink = 4, kAnchor = 8, kHtml = 16, kScript = 32 };
  static constexpr WordTable kKept = {
      {"class", kAny},      {"id", kAny},          {"data-component", kAny},
      {"role", kAny},       {"hidden", kAny},      {"aria-hidden", kAny},
      {"style", kAny},      {"itemprop", kAny},    {"aria-level", kAny},
      {"datetime", kAny},   {"pubdate", kAny},     {"content", kMeta},
      {"property", kMeta},  {"name", kMeta},       {"http-equiv", kMeta},
      {"rel", kLink | kAnchor}, {"href", kLink},   {"lang", kHtml},
      {"type", kScript}};
  const uint8_t where = kKept.Find(name);
  if (where == 0) return false;
  if (where & kAny) return true;
  const uint8_t element = tag == "meta"     ? kMeta
                          : tag == "link"   ? kLink
                          : tag == "a"      ? kAnchor
                          : tag == "html"   ? kHtml
                          : tag == "script" ? kScript
                                            : 0;
  return (where & element) != 0;
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

std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// The local part of a prefixed name, as libxml2's xmlSplitQName gives it to the tree:
// "o:p" -> "p", "a:b:c" -> "b:c"; ":x" and "x:" stay whole.
std::string_view LocalName(std::string_view name) {
  if (name.empty() || name[0] == ':') return name;
  const size_t colon = name.find(':');
  if (colon == std::string_view::npos || colon + 1 == name.size()) return name;
  return name.substr(colon + 1);
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

bool IsJsonLdType(std::string_view type) {
  std::string t(type);
  for (char& c : t) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return t.find("ld+json") != std::string::npos;
}

// What libxml2's tree has as the last child of an open element, as far as it decides
// whether more text joins it.
enum class Last : uint8_t { kOther, kText, kCdata };

struct Frame {
  int node = -1;          // index in dom->nodes; -1 when the element is not copied
  int child_parent = -1;  // where its children go; -1 when they are not copied
  int child_depth = 0;
  Last last = Last::kOther;
  bool json_ld = false;   // a JSON-LD script: its direct text is the script body
};

class Builder {
 public:
  explicit Builder(Dom* dom) : dom_(dom) {
    doc_.child_parent = 0;
    doc_.child_depth = 1;
  }

  void StartElement(const xmlChar* raw_name, const xmlChar** atts) {
    FlushText();
    Frame* parent;
    bool is_root = false;
    if (!stack_.empty()) {
      parent = &stack_.back();
    } else if (doc_first_ == DocFirst::kElement) {
      parent = &root_;
    } else {
      parent = &doc_;
      is_root = doc_first_ == DocFirst::kNone;
      if (is_root) doc_first_ = DocFirst::kElement;
    }
    parent->last = Last::kOther;
    Frame f;
    if (parent->child_parent >= 0) f = Copy(*parent, raw_name, atts);
    if (is_root) root_ = f;
    stack_.push_back(f);
  }

  void EndElement() {
    FlushText();
    if (stack_.empty()) return;
    if (stack_.back().json_ld) FinishScript();
    stack_.pop_back();
  }

  void Text(const xmlChar* ch, int len, Last kind) {
    if (stack_.empty() || len < 0) return;  // libxml2 drops text outside any element
    Frame& top = stack_.back();
    const std::string_view s(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
    if (top.json_ld) {
      script_body_.append(s);
      return;
    }
    if (top.child_parent < 0) return;
    if (!text_open_ || top.last != kind) {
      FlushText();
      text_open_ = true;
      text_parent_ = top.child_parent;
    }
    top.last = kind;
    text_.append(s);
  }

  // A comment or processing instruction: not copied, but it ends a text node.
  void OtherNode() {
    FlushText();
    if (!stack_.empty()) {
      stack_.back().last = Last::kOther;
    } else if (doc_first_ == DocFirst::kNone) {
      doc_first_ = DocFirst::kOther;
    }
  }

  void Reserve(size_t nodes) { attr_ranges_.reserve(nodes); }

  // A DOCTYPE: libxml2 puts it first among the document's children.
  void Doctype() { doc_first_ = DocFirst::kOther; }

  void Finish() {
    FlushText();
    if (script_node_ >= 0) FinishScript();
    LinkChildren();
  }

  bool started = false;
  bool failed = false;

 private:
  enum class DocFirst : uint8_t { kNone, kElement, kOther };

  Frame Copy(const Frame& parent, const xmlChar* raw_name, const xmlChar** atts) {
    Frame f;
    std::string_view name = LocalName(View(raw_name));
    std::string lower;
    if (HasUpper(name)) {
      lower.assign(name);
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      name = lower;
    }
    if (IsDroppedElement(name)) return f;
    const size_t attr_begin = dom_->attr_store.size();
    if (atts != nullptr) {
      for (size_t i = 0; atts[i] != nullptr; i += 2) {
        std::string_view attr_name = View(atts[i]);
        std::string lower_attr;
        if (HasUpper(attr_name)) {
          lower_attr.assign(attr_name);
          for (char& c : lower_attr) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          }
          attr_name = lower_attr;
        }
        if (!IsKeptAttribute(name, attr_name)) continue;
        const xmlChar* value = atts[i + 1];
        if (value == nullptr && htmlIsBooleanAttr(atts[i])) value = atts[i];
        dom_->attr_store.push_back(
            {dom_->strings.Copy(attr_name), dom_->strings.Copy(View(value))});
      }
    }
    const size_t attr_count = dom_->attr_store.size() - attr_begin;
    const bool script = name == "script";
    if (script) {
      std::string_view type;
      for (size_t k = attr_begin; k < dom_->attr_store.size(); ++k) {
        if (dom_->attr_store[k].name == "type") {
          type = dom_->attr_store[k].value;
          break;
        }
      }
      if (!IsJsonLdType(type)) {
        dom_->attr_store.resize(attr_begin);
        return f;
      }
    }
    f.node = AddNode(false, dom_->strings.Copy(name), parent.child_parent);
    attr_ranges_.back() = {static_cast<uint32_t>(attr_begin), static_cast<uint32_t>(attr_count)};
    if (script) {
      f.json_ld = true;
      script_node_ = f.node;
      script_body_.clear();
      return f;
    }
    // Too deep: the children join this node's parent instead, flattening the rest.
    const int depth = parent.child_depth;
    const bool too_deep = depth >= kMaxDomDepth;
    f.child_parent = too_deep ? parent.child_parent : f.node;
    f.child_depth = too_deep ? depth : depth + 1;
    return f;
  }

  int AddNode(bool is_text, std::string_view tag, int parent) {
    const int index = static_cast<int>(dom_->nodes.size());
    DomNode& n = dom_->nodes.emplace_back();
    n.is_text = is_text;
    n.tag = tag;
    n.parent = parent;
    attr_ranges_.push_back({0, 0});
    return index;
  }

  void FlushText() {
    if (!text_open_) return;
    text_open_ = false;
    if (text_.empty()) return;
    MapC1ToWindows1252(&text_);
    const int index = AddNode(true, {}, text_parent_);
    dom_->nodes[index].text = dom_->strings.Copy(text_);
    text_.clear();
  }

  void FinishScript() {
    dom_->nodes[script_node_].text = dom_->strings.Copy(script_body_);
    script_body_.clear();
    script_node_ = -1;
  }

  // Children lists and attribute lists as views into the Dom's storage. A parent comes
  // before its children and siblings are numbered in order, so a counting sort by
  // parent keeps each list in document order.
  void LinkChildren() {
    auto& nodes = dom_->nodes;
    const size_t n = nodes.size();
    std::vector<int> start(n + 1, 0);
    for (size_t i = 1; i < n; ++i) ++start[nodes[i].parent + 1];
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    dom_->child_store.resize(n > 0 ? n - 1 : 0);
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (size_t i = 1; i < n; ++i) dom_->child_store[fill[nodes[i].parent]++] = static_cast<int>(i);
    const int* children = dom_->child_store.data();
    const DomAttr* attrs = dom_->attr_store.data();
    for (size_t i = 0; i < n; ++i) {
      nodes[i].children = std::span<const int>(children + start[i], start[i + 1] - start[i]);
      const auto [first, count] = attr_ranges_[i];
      nodes[i].attrs = std::span<const DomAttr>(attrs + first, count);
    }
  }

  Dom* dom_;
  std::vector<Frame> stack_;
  Frame doc_;   // the document itself
  Frame root_;  // the first element, when it is the document's first node
  DocFirst doc_first_ = DocFirst::kNone;
  std::vector<std::pair<uint32_t, uint32_t>> attr_ranges_ = {{0, 0}};  // per node
  std::string text_;  // the text node being read
  bool text_open_ = false;
  int text_parent_ = 0;
  std::string script_body_;
  int script_node_ = -1;
};

// Whether libxml2 can read `bytes` as they are rather than through its UTF-8 "decoder"
// (a copy of the whole page): when they are valid UTF-8, and their first four bytes
// hold no NUL, from which libxml2 would guess UTF-16 or UCS-4 and switch to it, where
// with a decoder in place it switches nothing. Both readings then see the same
// characters.
bool ReadsAsUtf8(std::string_view bytes, bool valid_utf8) {
  return valid_utf8 && bytes.substr(0, 4).find('\0') == std::string_view::npos;
}

Builder* BuilderOf(void* ctx) {
  return static_cast<Builder*>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

// The callbacks: C frames in between, so no exception may leave them.
template <typename F>
void Guarded(void* ctx, F f) {
  Builder* b = BuilderOf(ctx);
  if (b->failed) return;
  try {
    f(b);
  } catch (...) {
    b->failed = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
  }
}

void OnStartDocument(void* ctx) { BuilderOf(ctx)->started = true; }
void OnStartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
  Guarded(ctx, [&](Builder* b) { b->StartElement(name, atts); });
}
void OnEndElement(void* ctx, const xmlChar*) {
  Guarded(ctx, [](Builder* b) { b->EndElement(); });
}
void OnCharacters(void* ctx, const xmlChar* ch, int len) {
  Guarded(ctx, [&](Builder* b) { b->Text(ch, len, Last::kText); });
}
void OnCdata(void* ctx, const xmlChar* ch, int len) {
  Guarded(ctx, [&](Builder* b) { b->Text(ch, len, Last::kCdata); });
}
void OnComment(void* ctx, const xmlChar*) {
  Guarded(ctx, [](Builder* b) { b->OtherNode(); });
}
void OnProcessingInstruction(void* ctx, const xmlChar*, const xmlChar*) {
  Guarded(ctx, [](Builder* b) { b->OtherNode(); });
}
void OnInternalSubset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  Guarded(ctx, [](Builder* b) { b->Doctype(); });
}

}  // namespace

std::string_view DomStrings::Copy(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > left_) {
    const size_t size = std::max(s.size(), blocks_.empty() ? std::max<size_t>(first_block_, 4096)
                                                           : size_t{16384});
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    next_ = blocks_.back().get();
    left_ = size;
  }
  std::memcpy(next_, s.data(), s.size());
  const std::string_view out(next_, s.size());
  next_ += s.size();
  left_ -= s.size();
  return out;
}

void DomStrings::Reserve(size_t bytes) { first_block_ = bytes; }

namespace {

void SetCallbacks(xmlSAXHandler* sax) {
  std::memset(sax, 0, sizeof(xmlSAXHandler));
  sax->startDocument = OnStartDocument;
  sax->startElement = OnStartElement;
  sax->endElement = OnEndElement;
  sax->characters = OnCharacters;
  sax->cdataBlock = OnCdata;
  sax->comment = OnComment;
  sax->processingInstruction = OnProcessingInstruction;
  sax->internalSubset = OnInternalSubset;
  sax->initialized = 1;
}

// A parser context with this file's callbacks, kept by each thread and reset after each
// page: creating one (its tables, SAX block and name dictionary) and freeing it is a
// dozen allocations and three trips through libxml2's process-wide dictionary lock per
// page, and a dictionary that already holds the common tag and attribute names answers
// lookups without inserting. Reset, it reads the next page as a new context would.
class ThreadParser {
 public:
  ~ThreadParser() {
    if (ctxt_ != nullptr) xmlFreeParserCtxt(ctxt_);
  }

  // A context ready for `bytes` (copied by libxml2), or nullptr. Release() when done.
  xmlParserCtxtPtr Acquire(std::string_view bytes) {
    if (in_use_) return nullptr;  // not reentrant: the caller falls back to a new one
    if (ctxt_ == nullptr) {
      ctxt_ = xmlNewParserCtxt();
      if (ctxt_ == nullptr || ctxt_->sax == nullptr) {
        Discard();
        return nullptr;
      }
      SetCallbacks(ctxt_->sax);
    }
    if (!PushInput(ctxt_, bytes)) return nullptr;
    in_use_ = true;
    return ctxt_;
  }

  // Drops the page (input, state) and, when the dictionary has grown large (pages with
  // thousands of made-up tag or attribute names), the whole context.
  void Release() {
    in_use_ = false;
    ctxt_->_private = nullptr;
    htmlCtxtReset(ctxt_);
    // A new context starts in UTF-8; the reset one would be left guessing.
    ctxt_->charset = XML_CHAR_ENCODING_UTF8;
    if (xmlDictSize(ctxt_->dict) > kMaxDictNames) Discard();
  }

  static bool PushInput(xmlParserCtxtPtr ctxt, std::string_view bytes) {
    xmlParserInputBufferPtr buf =
        xmlParserInputBufferCreateMem(bytes.data(), static_cast<int>(bytes.size()),
                                      XML_CHAR_ENCODING_NONE);
    if (buf == nullptr) return false;
    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE);
    if (input == nullptr) {
      xmlFreeParserInputBuffer(buf);
      return false;
    }
    inputPush(ctxt, input);
    return true;
  }

 private:
  static constexpr int kMaxDictNames = 20000;

  void Discard() {
    if (ctxt_ != nullptr) xmlFreeParserCtxt(ctxt_);
    ctxt_ = nullptr;
  }

  xmlParserCtxtPtr ctxt_ = nullptr;
  bool in_use_ = false;
};

// A context for one page, the thread's own when it is free.
class PageParser {
 public:
  explicit PageParser(std::string_view bytes) {
    thread_local ThreadParser thread_parser;
    ctxt_ = thread_parser.Acquire(bytes);
    if (ctxt_ != nullptr) {
      owner_ = &thread_parser;
      return;
    }
    ctxt_ = xmlNewParserCtxt();
    if (ctxt_ == nullptr || ctxt_->sax == nullptr || !ThreadParser::PushInput(ctxt_, bytes)) {
      if (ctxt_ != nullptr) xmlFreeParserCtxt(ctxt_);
      ctxt_ = nullptr;
      return;
    }
    SetCallbacks(ctxt_->sax);
  }
  ~PageParser() {
    if (ctxt_ == nullptr) return;
    if (owner_ != nullptr) {
      owner_->Release();
    } else {
      xmlFreeParserCtxt(ctxt_);
    }
  }
  PageParser(const PageParser&) = delete;
  PageParser& operator=(const PageParser&) = delete;

  xmlParserCtxtPtr ctxt() const { return ctxt_; }

 private:
  xmlParserCtxtPtr ctxt_ = nullptr;
  ThreadParser* owner_ = nullptr;
};

Status Parse(std::string_view bytes, const char* charset, bool valid_utf8, Dom* dom) {
  *dom = Dom();
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return Status::Error("page too large");
  if (bytes.empty()) return Status::Error("not parseable as HTML");
  PrepareLibxml();
  // What htmlReadMemory does, with this file's callbacks in place of the tree builder.
  PageParser parser(bytes);
  xmlParserCtxtPtr ctxt = parser.ctxt();
  if (ctxt == nullptr) return Status::Error("not parseable as HTML");
  // Sized for a typical page (a node per ~30 bytes, an attribute per ~50), so that most
  // pages never regrow them; capped, so that a huge page does not reserve for nothing.
  constexpr size_t kMaxReserve = 1 << 16;
  dom->strings.Reserve(bytes.size() + 1024);
  dom->nodes.reserve(std::min(bytes.size() / 24 + 16, kMaxReserve));
  dom->attr_store.reserve(std::min(bytes.size() / 48 + 16, kMaxReserve));
  DomNode& root = dom->nodes.emplace_back();
  root.tag = "#document";
  Builder builder(dom);
  builder.Reserve(dom->nodes.capacity());
  ctxt->_private = &builder;
  htmlCtxtUseOptions(ctxt, kParseOptions);
  ctxt->html = 1;
  if (ReadsAsUtf8(bytes, valid_utf8)) {
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  } else if (xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(charset)) {
    xmlSwitchToEncoding(ctxt, handler);
    if (ctxt->input->encoding != nullptr) xmlFree(const_cast<xmlChar*>(ctxt->input->encoding));
    ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>(charset));
  }
  htmlParseDocument(ctxt);
  if (ctxt->myDoc != nullptr) xmlFreeDoc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  if (builder.failed) throw std::bad_alloc();
  if (!builder.started) {
    *dom = Dom();
    return Status::Error("not parseable as HTML");
  }
  builder.Finish();
  return Status::Ok();
}

}  // namespace

Status ParseHtmlDom(std::string_view bytes, const std::string& charset, Dom* dom) {
  const bool utf8 = charset == "UTF-8" || charset == "utf-8";
  return Parse(bytes, charset.c_str(), utf8 && text::IsValidUtf8(bytes), dom);
}

Status ParseUtf8HtmlDom(std::string_view utf8, Dom* dom) {
  return Parse(utf8, "UTF-8", /*valid_utf8=*/true, dom);
}

}  // namespace sitrep::ingest::internal
