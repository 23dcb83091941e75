// Feed splitting: one libxml2 tree, then a walk over the few places items live
// (rss/channel/item, rdf:RDF/item, feed/entry). Values are read by local name and
// namespace, so that a feed's choice of prefixes does not matter.
//
// Entities: without XML_PARSE_NOENT libxml2 keeps references as reference nodes, and
// the text readers here never follow them, so a billion-laughs feed costs no more than
// its bytes. libxml2 2.9 still parses an entity's replacement once to check it, and its
// own amplification guard halts that ("Detected an entity reference loop"); the items
// before the bomb are kept and the halt is reported.
#include "feed_parse.h"

#include <climits>
#include <memory>
#include <mutex>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

namespace sitrep::ingest::internal {
namespace {

constexpr int kParseOptions =
    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kDcTermsNs = "http://purl.org/dc/terms/";

void IgnoreError(void*, const char*, ...) {}
void IgnoreStructuredError(void*, xmlErrorPtr) {}

// As html_dom.cc: initialise libxml2 once, silence its per-thread error callbacks.
void PrepareLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  xmlSetGenericErrorFunc(nullptr, IgnoreError);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructuredError);
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view Name(const xmlNode* n) {
  return n->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(n->name);
}

std::string_view NsHref(const xmlNode* n) {
  if (n->ns == nullptr || n->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(n->ns->href);
}

std::string_view NsPrefix(const xmlNode* n) {
  if (n->ns == nullptr || n->ns->prefix == nullptr) return {};
  return reinterpret_cast<const char*>(n->ns->prefix);
}

bool Is(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && Name(n) == name;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The text below `node`: text and CDATA, in document order. Entity references are not
// followed (see the top of the file); the walk keeps its own stack.
std::string TextOf(const xmlNode* node) {
  std::string out;
  std::vector<const xmlNode*> stack;
  for (const xmlNode* c = node->last; c != nullptr; c = c->prev) stack.push_back(c);
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) out += reinterpret_cast<const char*>(n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      for (const xmlNode* c = n->last; c != nullptr; c = c->prev) stack.push_back(c);
    }
  }
  return out;
}

bool HasElementChild(const xmlNode* node) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) return true;
  }
  return false;
}

// The markup inside `node`, serialised: Atom type="xhtml" content, and the raw <p> tags
// that careless feeds put in a description unescaped. Entity references are written
// back as references, not expanded.
std::string InnerXml(xmlDoc* doc, const xmlNode* node) {
  xmlBuffer* buffer = xmlBufferCreate();
  if (buffer == nullptr) return "";
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    xmlNodeDump(buffer, doc, c, 0, 0);
  }
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buffer)),
                  static_cast<size_t>(xmlBufferLength(buffer)));
  xmlBufferFree(buffer);
  return out;
}

// A body element: HTML unless Atom says type="text" (or a plain MIME type).
std::string BodyOf(xmlDoc* doc, const xmlNode* node, bool* is_text) {
  const std::string type = Lower(Attr(node, "type"));
  *is_text = type == "text" || type == "text/plain";
  if (type == "xhtml" || HasElementChild(node)) {
    *is_text = false;
    return InnerXml(doc, node);
  }
  return TextOf(node);
}

void AppendName(std::string* names, std::string name) {
  if (name.empty()) return;
  if (!names->empty()) *names += ", ";
  *names += name;
}

// "name" for the core vocabulary, "prefix:name" for extension elements.
std::string QualifiedName(const xmlNode* n) {
  std::string name(Name(n));
  if (!NsPrefix(n).empty()) name = std::string(NsPrefix(n)) + ":" + name;
  return name;
}

bool IsWhitespace(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// RSS <author> is an e-mail address, often "news@example.com (Jane Doe)": the name in
// parentheses when there is one.
std::string NameOfAddress(std::string s) {
  const size_t open = s.find('(');
  const size_t close = s.rfind(')');
  if (s.find('@') != std::string::npos && open != std::string::npos && close != std::string::npos &&
      close > open + 1) {
    return s.substr(open + 1, close - open - 1);
  }
  return s;
}

void ReadItem(xmlDoc* doc, const xmlNode* item, FeedItem* out) {
  std::string creators, authors;
  for (const xmlNode* c = item->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(c);
    const std::string_view ns = NsHref(c);
    const bool dc = ns == kDcNs || ns == kDcTermsNs;
    if (name == "title" && !dc) {
      if (!out->title.empty()) continue;
      const std::string type = Lower(Attr(c, "type"));
      out->title_is_html = type == "html" || type == "xhtml" || HasElementChild(c);
      out->title = out->title_is_html && HasElementChild(c) ? InnerXml(doc, c) : TextOf(c);
    } else if (name == "link") {
      // RSS: the text. Atom: href of the alternate link (rel absent means alternate).
      const std::string href = Attr(c, "href");
      const std::string rel = Lower(Attr(c, "rel"));
      if (!href.empty()) {
        if ((rel.empty() || rel == "alternate") && out->link.empty()) out->link = href;
      } else if (out->link.empty()) {
        out->link = TextOf(c);
      }
    } else if (name == "encoded" && ns == kContentNs) {
      out->content = TextOf(c);
      out->content_is_text = false;
    } else if (name == "content" && !dc) {
      if (!out->content.empty() || !Attr(c, "src").empty()) continue;
      out->content = BodyOf(doc, c, &out->content_is_text);
    } else if (name == "description" || name == "summary") {
      if (!out->summary.empty()) continue;
      out->summary = BodyOf(doc, c, &out->summary_is_text);
    } else if (name == "pubDate" || name == "published" || name == "issued" ||
               (dc && (name == "date" || name == "created"))) {
      if (out->published.empty()) out->published = TextOf(c);
    } else if (name == "updated" || name == "modified") {
      if (out->updated.empty()) out->updated = TextOf(c);
    } else if (name == "creator" && dc) {
      AppendName(&creators, TextOf(c));
    } else if (name == "author") {
      // Atom: <author><name>...</name></author>; RSS: an e-mail address.
      std::string who;
      for (const xmlNode* a = c->children; a != nullptr; a = a->next) {
        if (Is(a, "name")) who = TextOf(a);
      }
      if (who.empty() && !HasElementChild(c)) who = NameOfAddress(TextOf(c));
      AppendName(&authors, who);
    } else if (name == "guid" || name == "id" || (dc && name == "identifier")) {
      if (out->id.empty()) out->id = TextOf(c);
    } else if (name == "category" || (dc && name == "subject")) {
      std::string term = Attr(c, "term");
      if (term.empty()) term = TextOf(c);
      if (!IsWhitespace(term)) out->categories.push_back(std::move(term));
    } else if (name == "enclosure") {
      const std::string url = Attr(c, "url");
      if (!url.empty()) out->extra.emplace_back("enclosure", url);
    } else if (!HasElementChild(c)) {
      std::string value = TextOf(c);
      if (value.empty()) value = Attr(c, "url");
      if (value.empty()) value = Attr(c, "href");
      if (!IsWhitespace(value)) out->extra.emplace_back(QualifiedName(c), std::move(value));
    }
  }
  // dc:creator, when present, is a better byline than an RSS e-mail address.
  out->author = creators.empty() ? authors : creators;
}

// Channel (or feed) level values: title, link and language.
void ReadChannel(const xmlNode* channel, FeedInfo* info) {
  for (const xmlNode* c = channel->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(c);
    if (name == "title" && info->title.empty()) {
      info->title = TextOf(c);
    } else if (name == "link" && info->link.empty()) {
      const std::string href = Attr(c, "href");
      const std::string rel = Lower(Attr(c, "rel"));
      if (href.empty()) {
        info->link = TextOf(c);
      } else if (rel.empty() || rel == "alternate") {
        info->link = href;
      }
    } else if (name == "language" && info->language.empty()) {
      info->language = TextOf(c);
    }
  }
  if (info->language.empty()) {
    xmlChar* lang = xmlNodeGetLang(channel);  // xml:lang, here or on an ancestor
    if (lang != nullptr) {
      info->language = reinterpret_cast<const char*>(lang);
      xmlFree(lang);
    }
  }
}

// libxml2 messages end with a line break; a reason is one line.
std::string OneLine(const char* message) {
  std::string out = message == nullptr ? "unknown error" : message;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

Status ParseFeed(std::string_view xml, FeedInfo* info, std::vector<FeedItem>* items) {
  *info = FeedInfo();
  items->clear();
  if (xml.size() > static_cast<size_t>(INT_MAX)) return Status::Error("feed too large");
  PrepareLibxml();
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (ctxt == nullptr) return Status::Error("out of memory");
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(
      ctxt.get(), xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr, kParseOptions));
  const xmlError& error = ctxt->lastError;
  const xmlNode* root = doc == nullptr ? nullptr : xmlDocGetRootElement(doc.get());
  if (root == nullptr) {
    return Status::Error("not XML (" + OneLine(error.message) + " at line " +
                         std::to_string(error.line) + ")");
  }
  // A parse that stopped early (cut-off file, entity loop) still yields the items
  // before that point; the caller reports the rest as lost.
  if (ctxt->wellFormed == 0 && (ctxt->disableSAX != 0 || error.code == XML_ERR_TAG_NOT_FINISHED)) {
    info->stopped = OneLine(error.message) + " at line " + std::to_string(error.line);
  }
  const std::string_view root_name = Name(root);
  std::vector<const xmlNode*> found;
  if (root_name == "rss") {
    info->kind = "rss";
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (!Is(c, "channel")) continue;
      ReadChannel(c, info);
      for (const xmlNode* i = c->children; i != nullptr; i = i->next) {
        if (Is(i, "item")) found.push_back(i);
      }
      // Some RSS 0.9x feeds put items beside the channel rather than in it.
    }
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "item")) found.push_back(c);
    }
  } else if (root_name == "RDF") {
    info->kind = "rdf";
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "channel")) ReadChannel(c, info);
      if (Is(c, "item")) found.push_back(c);
    }
  } else if (root_name == "feed") {
    info->kind = "atom";
    ReadChannel(root, info);
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "entry")) found.push_back(c);
    }
  } else {
    return Status::Error("not an RSS or Atom feed (root element <" + std::string(root_name) + ">)");
  }
  items->resize(found.size());
  for (size_t i = 0; i < found.size(); ++i) ReadItem(doc.get(), found[i], &(*items)[i]);
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
