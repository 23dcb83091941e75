// Finding the main text of a page: which elements are furniture (AnalyzePage), which
// element holds the article (ChooseMainNodes), and its text as paragraphs
// (CollectMainText). Internal to the ingest module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html_classify.h"
#include "html_dom.h"

namespace sitrep::ingest::internal {

// Text figures of a node's visible content, removed elements left out.
struct NodeStats {
  int64_t chars = 0;       // characters, whitespace runs counted as one
  int64_t link_chars = 0;  // of which inside <a>
  int64_t commas = 0;
  bool has_block = false;  // some descendant is a block-level element

  double LinkDensity() const {
    return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
  }
};

struct PageAnalysis {
  std::vector<uint8_t> block;     // per node: an element with a block tag (IsBlockTag)
  std::vector<uint8_t> removed;   // per node: furniture, left out of everything below
  std::vector<NodeStats> stats;   // per node
  // Per element, from its class and id names; left empty on html, body and the root,
  // whose names do not mark furniture.
  std::vector<ClassHints> hints;
};

// The figures of text `s` itself: characters with each whitespace run counted as one
// (leading whitespace not at all), and commas; no links, no blocks.
NodeStats TextFigures(std::string_view s);

// Marks furniture and counts text. See html_analyze.cc.
void AnalyzePage(const Dom& dom, PageAnalysis* analysis);

// The elements that hold the article, in document order: the best-scoring container and
// the siblings that belong with it. `title` (may be empty) locates the headline, near
// which the story is expected. Empty when nothing on the page looks like prose.
std::vector<int> ChooseMainNodes(const Dom& dom, const PageAnalysis& analysis,
                                 std::string_view title);

// The text of `nodes` as cleaned paragraphs, with furniture paragraphs (link lists,
// "Share this", bylines, "Read more: ..." teasers, orphan headings) dropped.
std::vector<std::string> CollectMainText(const Dom& dom, const PageAnalysis& analysis,
                                         const std::vector<int>& nodes);

// Where the story should be: the grandparent (else parent) of the headline, which is
// the first h1-h3 whose text is `title`, else the first h1; -1 when there is none or
// it sits directly in the page body. See html_headline.cc.
int HeadlineScope(const Dom& dom, std::string_view title);

// The visible text below one node on one line (whitespace collapsed).
std::string InlineText(const Dom& dom, const PageAnalysis& analysis, int node);

}  // namespace sitrep::ingest::internal
