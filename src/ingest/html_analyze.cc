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
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// nodes for which `skip` is true. `text` holds each text node's own figures, `block`
// which nodes are block elements.
template <typename Skip>
void CountText(const Dom& dom, const std::vector<NodeStats>& text,
               const std::vector<uint8_t>& block, Skip skip, std::vector<NodeStats>* stats) {
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
    p.has_block = p.has_block || s.has_block || block[i];
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

#if defined(__SSE2__)
// Set bits of a 16-bit mask. std::popcount compiles to a library call on x86-64
// without -mpopcnt; this is a few instructions inline.
int Popcount16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return static_cast<int>((x + (x >> 8)) & 0x1Fu);
}
#endif

}  // namespace

// One pass over the bytes: a character is a byte that is not whitespace and not a
// UTF-8 continuation byte, and the first byte of each whitespace run after one counts
// as a character too. Commas are rare bytes, looked at only where one may start.
// Sixteen bytes at a time where SSE2 is there (every x86-64): this runs over all the
// text of every page, and byte by byte it cost a third of the page analysis.
NodeStats TextFigures(std::string_view s) {
  NodeStats f;
  bool prev_space = true;
  size_t i = 0;
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n');
  const __m128i tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r');
  const __m128i ff = _mm_set1_epi8('\f'), comma = _mm_set1_epi8(',');
  // Continuation bytes 0x80-0xBF are the signed bytes below -64 (0xC0).
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xC0));
  // Bytes 0xD8 and up may start a non-ASCII comma: as signed, -40 and up to -1.
  const __m128i high = _mm_set1_epi8(static_cast<char>(0xD7));
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i is_space = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(b, space), _mm_cmpeq_epi8(b, newline)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, tab), _mm_cmpeq_epi8(b, cr)),
                     _mm_cmpeq_epi8(b, ff)));
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(is_space));
    const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(b, lead)));
    // Bit k of `before` is whether the byte before byte k is whitespace.
    const unsigned before = ((spaces << 1) | (prev_space ? 1u : 0u)) & 0xFFFF;
    f.chars += 16 - Popcount16(spaces | cont) + Popcount16(spaces & ~before);
    prev_space = (spaces >> 15) & 1;
    f.commas += Popcount16(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, comma))));
    unsigned maybe = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(b, high), _mm_cmplt_epi8(b, _mm_setzero_si128()))));
    while (maybe != 0) {
      f.commas += IsCommaAt(s, i + static_cast<size_t>(std::countr_zero(maybe)));
      maybe &= maybe - 1;
    }
  }
#endif
  for (; i < s.size(); ++i) {
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
  // Each text node's figures and each element's block tag, found once for all passes.
  std::vector<NodeStats> text(n);
  std::vector<uint8_t>& block = analysis->block;
  block.assign(n, 0);
  for (size_t i = 1; i < n; ++i) {
    if (nodes[i].is_text) {
      text[i] = TextFigures(nodes[i].text);
    } else {
      block[i] = IsBlockTag(nodes[i].tag);
    }
  }
  std::vector<NodeStats> raw;
  CountText(dom, text, block, never_visible, &raw);

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
  CountText(dom, text, block, [&removed](size_t i) { return removed[i] != 0; },
            &analysis->stats);
}

}  // namespace sitrep::ingest::internal
