// Marking furniture. An element goes when its tag (nav, footer, form, ...), its ARIA
// role or visibility, or its class/id words say it is not article text. Class names
// are noisy, so two guards keep the article from going with a badly named wrapper:
//  - an element whose own names are both negative and positive ("post-content
//    has-sidebar") stays when it holds a good amount of prose with few links;
//  - an element that wraps a content container ("<div class=entry-content>", <article>,
//    itemprop=articleBody) holding at least half of its text stays, so that an ASP.NET
//    page-wide <form> or a "has-sidebar" layout wrapper does not take the story along.
// Comment threads never stay: their "comment-body" and "comment-text" parts look like
// content, and a long thread must not outweigh a short article.
#include <algorithm>

#include "html_classify.h"
#include "html_content.h"

namespace sitrep::ingest::internal {
namespace {

constexpr int64_t kMinContainerChars = 200;
constexpr int64_t kMinSelfPositiveChars = 500;
constexpr double kMaxProseLinkDensity = 0.25;
constexpr int64_t kMaxCallToActionChars = 40;
constexpr int64_t kMaxPromoChars = 400;

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// A comma starts at s[i]: ',' or U+FF0C fullwidth, U+3001 ideographic or U+060C
// Arabic comma.
bool IsCommaAt(std::string_view s, size_t i) {
  switch (static_cast<unsigned char>(s[i])) {
    case ',': return true;
    case 0xEF: return s.compare(i, 3, "\xEF\xBC\x8C") == 0;
    case 0xE3: return s.compare(i, 3, "\xE3\x80\x81") == 0;
    case 0xD8: return s.compare(i, 2, "\xD8\x8C") == 0;
    default: return false;
  }
}

bool IsPageRoot(const DomNode& n) {
  return n.tag == "html" || n.tag == "body" || n.tag == "#document";
}

// Counts text bottom-up (children have higher indices than their parent), leaving out
// nodes for which `skip` is true. `text` holds each text node's own figures.
template <typename Skip>
void CountText(const Dom& dom, const std::vector<NodeStats>& text, Skip skip,
               std::vector<NodeStats>* stats) {
  const auto& nodes = dom.nodes;
  stats->assign(nodes.size(), NodeStats());
  for (size_t i = nodes.size(); i-- > 1;) {
    const DomNode& n = nodes[i];
    NodeStats& s = (*stats)[i];
    if (skip(i)) continue;
    if (n.is_text) {
      s.chars = text[i].chars;
      s.commas = text[i].commas;
    } else if (n.tag == "a") {
      s.link_chars = s.chars;
    } else if (n.tag == "br") {
      s.chars = 1;  // a line break separates words
    }
    NodeStats& p = (*stats)[n.parent];
    p.chars += s.chars;
    p.link_chars += s.link_chars;
    p.commas += s.commas;
    p.has_block = p.has_block || s.has_block || (!n.is_text && IsBlockTag(n.tag));
  }
}

// A sign-up, subscription or donation box: the largest small block around a
// call-to-action link ("Sign up", "Subscribe now"), short of the article itself. Its
// prose ("Every weekday morning we send ...") would otherwise read as article text.
void RemovePromotions(const Dom& dom, const std::vector<NodeStats>& raw,
                      const std::vector<uint8_t>& container, std::vector<uint8_t>* removed) {
  const auto& nodes = dom.nodes;
  bool any = false;
  for (size_t i = 1; i < nodes.size(); ++i) {
    const DomNode& n = nodes[i];
    if (n.is_text || n.tag != "a" || (*removed)[i]) continue;
    if (raw[i].chars > kMaxCallToActionChars) continue;
    if (!IsCallToActionLink(dom, static_cast<int>(i))) continue;
    int box = -1;
    for (int p = n.parent; p > 0 && !IsPageRoot(nodes[p]); p = nodes[p].parent) {
      if (raw[p].chars > kMaxPromoChars || IsMarkedArticle(nodes[p]) || container[p]) {
        break;
      }
      box = p;
    }
    if (box > 0) {
      (*removed)[box] = 1;
      any = true;
    }
  }
  if (!any) return;
  for (size_t i = 1; i < nodes.size(); ++i) {
    if ((*removed)[nodes[i].parent]) (*removed)[i] = 1;
  }
}

}  // namespace

// One pass over the bytes: a character is a byte that is not whitespace and not a
// UTF-8 continuation byte, and the first byte of each whitespace run after one counts
// as a character too. Commas are rare bytes, looked at only where one may start.
NodeStats TextFigures(std::string_view s) {
  NodeStats f;
  bool prev_space = true;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool space = IsSpace(c);
    f.chars += space ? !prev_space : (c & 0xC0) != 0x80;
    prev_space = space;
    if (c == ',' || c >= 0xD8) f.commas += IsCommaAt(s, i);
  }
  return f;
}

void AnalyzePage(const Dom& dom, PageAnalysis* analysis) {
  const auto& nodes = dom.nodes;
  const size_t n = nodes.size();
  auto never_visible = [&nodes](size_t i) {
    const std::string_view t = nodes[i].tag;
    return t == "title" || t == "script";
  };
  // Each text node's figures, counted once for both passes below.
  std::vector<NodeStats> text(n);
  for (size_t i = 1; i < n; ++i) {
    if (nodes[i].is_text) text[i] = TextFigures(nodes[i].text);
  }
  std::vector<NodeStats> raw;
  CountText(dom, text, never_visible, &raw);

  // Class hints, and the content containers (positive, not furniture, not inside a
  // comment thread, with some text of their own).
  std::vector<ClassHints>& hints = analysis->hints;
  hints.assign(n, ClassHints());
  std::vector<uint8_t> in_comments(n, 0);
  std::vector<uint8_t> container(n, 0);
  for (size_t i = 1; i < n; ++i) {
    const DomNode& node = nodes[i];
    if (node.is_text) continue;
    if (!IsPageRoot(node)) hints[i] = ClassHintsOf(node);
    in_comments[i] = in_comments[node.parent] || hints[i].comments;
    const int64_t clean = raw[i].chars - raw[i].link_chars;
    container[i] = (hints[i].positive || IsMarkedArticle(node)) && !hints[i].negative &&
                   !IsChromeTag(node.tag) && !in_comments[i] && clean >= kMinContainerChars;
  }
  // The largest container text strictly below each node.
  std::vector<int64_t> below(n, 0), best(n, 0);
  for (size_t i = n; i-- > 1;) {
    below[i] = best[i];
    if (container[i]) best[i] = std::max(best[i], raw[i].chars - raw[i].link_chars);
    best[nodes[i].parent] = std::max(best[nodes[i].parent], best[i]);
  }

  analysis->removed.assign(n, 0);
  for (size_t i = 1; i < n; ++i) {
    const DomNode& node = nodes[i];
    if (analysis->removed[node.parent]) {
      analysis->removed[i] = 1;
      continue;
    }
    if (node.is_text || IsPageRoot(node)) continue;
    if (never_visible(i) || IsHiddenOrChromeRole(node) || hints[i].comments) {
      analysis->removed[i] = 1;
      continue;
    }
    if (!IsChromeTag(node.tag) && !hints[i].negative) continue;
    const int64_t clean = raw[i].chars - raw[i].link_chars;
    const bool self_positive = hints[i].positive && clean >= kMinSelfPositiveChars &&
                               raw[i].LinkDensity() < kMaxProseLinkDensity;
    const bool wraps_content = below[i] * 2 >= clean && below[i] > 0;
    if (!self_positive && !wraps_content) analysis->removed[i] = 1;
  }

  RemovePromotions(dom, raw, container, &analysis->removed);

  const auto& removed = analysis->removed;
  CountText(dom, text, [&removed](size_t i) { return removed[i] != 0; }, &analysis->stats);
}

}  // namespace sitrep::ingest::internal
