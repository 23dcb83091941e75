// Choosing the article container, after Readability (Arc90, Mozilla): every run of
// prose scores its container and, less and less, the container's ancestors; the score
// grows with length and commas and shrinks with link density, so the element that
// directly holds most of the sentences wins, not a page-wide wrapper and not a link
// list. The winner's siblings join it when they score nearly as well or read as
// prose, which recovers articles split by ad slots into several blocks.
//
// Departures from Readability, each for a failure it has on news pages:
//  - the headline's neighbourhood (its grandparent) earns a bonus, so a short story
//    beats a long "About us" box or newsletter pitch elsewhere on the page;
//  - positive class names count only on elements with some text, so that every
//    "talk-body" of a comment thread does not look like an article;
//  - a sibling joins by score only if it holds its prose itself, not in cards (a
//    comment or teaser section next to the story), and never with a sign-up link;
//  - near-winners inside the winner do not move it up to a page-wide wrapper.
#include <algorithm>

#include "html_classify.h"
#include "html_content.h"

namespace sitrep::ingest::internal {
namespace {

constexpr int64_t kMinSegmentChars = 25;
constexpr int kScoredAncestors = 5;
constexpr int64_t kMinPositiveChars = 400;
constexpr double kHeadlineBonus = 25;

struct Segment {
  int64_t chars = 0;
  int64_t link_chars = 0;
  int64_t commas = 0;
};

// Elements that are paragraphs themselves: their prose scores their parent.
bool IsParagraphTag(std::string_view tag) {
  return tag == "p" || tag == "pre" || tag == "li" || tag == "dd" || tag == "dt" ||
         tag == "blockquote" || tag == "address";
}

bool IsHeadingTag(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

// A candidate's score before any prose is counted: containers of prose are likelier
// than lists and headings, and class names tip the balance. A positive name counts
// only on an element with some text: "talk-body" or "card-text" on every reader comment
// or teaser would otherwise make each of them look like an article.
double InitialScore(const DomNode& node, const NodeStats& stats, ClassHints hints) {
  double score = 0;
  const std::string_view t = node.tag;
  if (t == "div" || t == "section" || t == "main") score += 5;
  else if (t == "article") score += 10;
  else if (t == "td" || t == "pre" || t == "blockquote") score += 3;
  else if (t == "ol" || t == "ul" || t == "li" || t == "dl" || t == "dd" || t == "dt" ||
           t == "address" || t == "form") score -= 3;
  else if (IsHeadingTag(t) || t == "th") score -= 5;
  if (hints.positive && !hints.negative && stats.chars >= kMinPositiveChars) score += 25;
  if (hints.negative && !hints.positive) score -= 25;
  const std::string_view* prop = node.Attr("itemprop");
  if (prop != nullptr && (*prop == "articleBody" || *prop == "articlebody")) score += 25;
  return score;
}

class Scorer {
 public:
  Scorer(const Dom& dom, const PageAnalysis& a, int headline_scope)
      : dom_(dom),
        a_(a),
        headline_scope_(headline_scope),
        score_(dom.nodes.size(), 0.0),
        direct_(dom.nodes.size(), 0.0),
        indirect_(dom.nodes.size(), 0.0),
        touched_(dom.nodes.size(), 0) {}

  void ScoreAll() {
    for (size_t i = 1; i < dom_.nodes.size(); ++i) {
      const DomNode& n = dom_.nodes[i];
      if (n.is_text || a_.removed[i] || !a_.block[i] || IsHeadingTag(n.tag)) continue;
      ScoreRuns(static_cast<int>(i));
    }
  }

  int Best(double* best_score) const {
    int best = -1;
    *best_score = 0;
    for (size_t i = 0; i < score_.size(); ++i) {
      if (!touched_[i]) continue;
      const double s = Final(static_cast<int>(i));
      if (best < 0 || s > *best_score) {
        best = static_cast<int>(i);
        *best_score = s;
      }
    }
    return best;
  }

  // Readability's corrections to the raw winner: an ancestor that holds at least three
  // near-winners (the entries of a live blog, an article split into scored blocks);
  // then an ancestor whose own score is higher; and never an only child.
  int Refine(int top) const {
    const double top_final = Final(top);
    std::vector<int> near;
    for (int c : TopCandidates(kTopCandidates)) {
      // Near-winners inside the winner are already part of it.
      if (c != top && !IsAncestor(top, c) && Final(c) >= kNearWinnerRatio * top_final) {
        near.push_back(c);
      }
    }
    if (near.size() >= kMinNearWinners) {
      for (int p = dom_.nodes[top].parent; p > 0 && !IsPageRoot(p); p = dom_.nodes[p].parent) {
        size_t inside = 0;
        for (int c : near) inside += IsAncestor(p, c);
        if (inside >= kMinNearWinners) {
          top = p;
          break;
        }
      }
    }
    double last = score_[top];
    const double floor = last / 3;
    for (int p = dom_.nodes[top].parent; p > 0 && !IsPageRoot(p); p = dom_.nodes[p].parent) {
      if (!touched_[p]) continue;
      if (score_[p] < floor) break;
      if (score_[p] > last) {
        top = p;
        break;
      }
      last = score_[p];
    }
    while (!IsPageRoot(dom_.nodes[top].parent) && ElementChildren(dom_.nodes[top].parent) == 1) {
      top = dom_.nodes[top].parent;
    }
    return top;
  }

  bool Touched(int i) const { return touched_[i] != 0; }
  // Holds its prose itself rather than in sub-blocks (cards, comments, teasers).
  bool MostlyDirect(int i) const { return direct_[i] >= indirect_[i]; }
  double Final(int i) const { return score_[i] * (1.0 - a_.stats[i].LinkDensity()); }

 private:
  // Splits the inline content of `owner` into runs, broken by block children and by
  // two line breaks in a row, and scores each run.
  void ScoreRuns(int owner) {
    Segment run;
    bool after_br = false;
    for (int c : dom_.nodes[owner].children) {
      if (a_.removed[c]) continue;
      const DomNode& child = dom_.nodes[c];
      const NodeStats& s = a_.stats[c];
      if (!child.is_text && child.tag == "br") {
        if (after_br) Flush(owner, &run);
        after_br = true;
        continue;
      }
      if (!child.is_text && (a_.block[c] || s.has_block)) {
        Flush(owner, &run);
        after_br = false;
        continue;
      }
      // (A text child's figures are its own visible length.)
      if (s.chars > 0 && !(child.is_text && s.chars <= 1)) after_br = false;
      run.chars += s.chars;
      run.link_chars += s.link_chars;
      run.commas += s.commas;
    }
    Flush(owner, &run);
  }

  void Flush(int owner, Segment* run) {
    const Segment seg = *run;
    *run = Segment();
    if (seg.chars < kMinSegmentChars) return;
    const double density = static_cast<double>(seg.link_chars) / static_cast<double>(seg.chars);
    const double score =
        (1.0 + static_cast<double>(seg.commas) + std::min<double>(seg.chars / 100, 3)) *
        (1.0 - density);
    int node = IsParagraphTag(dom_.nodes[owner].tag) ? dom_.nodes[owner].parent : owner;
    for (int level = 0; level < kScoredAncestors && node > 0; ++level) {
      const std::string_view tag = dom_.nodes[node].tag;
      if (tag == "html") break;
      if (!touched_[node]) {
        touched_[node] = 1;
        // The page's body has no hints in the analysis; its names count here.
        const DomNode& n = dom_.nodes[node];
        score_[node] = InitialScore(n, a_.stats[node],
                                    n.tag == "body" ? ClassHintsOf(n) : a_.hints[node]);
        if (headline_scope_ > 0 && (node == headline_scope_ || IsAncestor(headline_scope_, node))) {
          score_[node] += kHeadlineBonus;
        }
      }
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_[node] += score / divider;
      (level == 0 ? direct_ : indirect_)[node] += score / divider;
      node = dom_.nodes[node].parent;
    }
  }

  static constexpr size_t kTopCandidates = 5;
  static constexpr double kNearWinnerRatio = 0.75;
  static constexpr size_t kMinNearWinners = 3;

  bool IsPageRoot(int i) const {
    const std::string_view t = dom_.nodes[i].tag;
    return i == 0 || t == "body" || t == "html";
  }

  bool IsAncestor(int ancestor, int node) const {
    for (int p = dom_.nodes[node].parent; p >= 0; p = dom_.nodes[p].parent) {
      if (p == ancestor) return true;
    }
    return false;
  }

  int ElementChildren(int i) const {
    int n = 0;
    for (int c : dom_.nodes[i].children) n += !dom_.nodes[c].is_text && !a_.removed[c];
    return n;
  }

  std::vector<int> TopCandidates(size_t n) const {
    std::vector<int> all;
    for (size_t i = 0; i < score_.size(); ++i) {
      if (touched_[i]) all.push_back(static_cast<int>(i));
    }
    const size_t k = std::min(n, all.size());
    std::partial_sort(all.begin(), all.begin() + k, all.end(),
                      [this](int x, int y) { return Final(x) > Final(y); });
    all.resize(k);
    return all;
  }

  const Dom& dom_;
  const PageAnalysis& a_;
  const int headline_scope_;  // -1 when the headline was not found
  std::vector<double> score_;
  std::vector<double> direct_;    // the part of score_ from its own prose
  std::vector<double> indirect_;  // the part from its descendants' prose
  std::vector<uint8_t> touched_;
};

bool HasCallToAction(const Dom& dom, const PageAnalysis& a, int node) {
  const DomNode& n = dom.nodes[node];
  if (n.is_text || a.removed[node]) return false;
  if (n.tag == "a" && IsCallToActionLink(dom, node)) return true;
  for (int c : n.children) {
    if (HasCallToAction(dom, a, c)) return true;
  }
  return false;
}

bool EndsSentence(const std::string& text) {
  return !text.empty() && (text.back() == '.' || text.back() == '"' ||
                           text.find(". ") != std::string::npos);
}

bool SameClass(const DomNode& a, const DomNode& b) {
  const std::string_view* ca = a.Attr("class");
  const std::string_view* cb = b.Attr("class");
  return ca != nullptr && cb != nullptr && !ca->empty() && *ca == *cb;
}

// Adds the sibling headings that fall between two chosen blocks: the subheadings of
// an article whose paragraphs come in several sibling blocks.
std::vector<int> WithInnerHeadings(const Dom& dom, const PageAnalysis& a, int parent,
                                   const std::vector<int>& chosen) {
  if (chosen.size() < 2) return chosen;
  std::vector<int> out;
  size_t next = 0;  // index in `chosen` of the next chosen sibling
  for (int s : dom.nodes[parent].children) {
    if (next < chosen.size() && s == chosen[next]) {
      out.push_back(s);
      ++next;
    } else if (next > 0 && next < chosen.size() && !a.removed[s] &&
               IsHeadingTag(dom.nodes[s].tag)) {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

std::vector<int> ChooseMainNodes(const Dom& dom, const PageAnalysis& a, std::string_view title) {
  Scorer scorer(dom, a, HeadlineScope(dom, title));
  scorer.ScoreAll();
  double top_score = 0;
  int top = scorer.Best(&top_score);
  if (top < 0) return {};
  top = scorer.Refine(top);
  top_score = scorer.Final(top);
  const DomNode& top_node = dom.nodes[top];
  if (top_node.tag == "body" || top_node.parent <= 0) return {top};

  const double threshold = std::max(10.0, top_score * 0.2);
  std::vector<int> chosen;
  for (int s : dom.nodes[top_node.parent].children) {
    if (a.removed[s]) continue;
    const DomNode& sib = dom.nodes[s];
    if (s == top) {
      chosen.push_back(s);
      continue;
    }
    if (sib.is_text || IsHeadingTag(sib.tag)) continue;
    if (HasCallToAction(dom, a, s)) continue;  // a sign-up or donation box
    double bonus = SameClass(sib, top_node) ? top_score * 0.2 : 0.0;
    if (scorer.Touched(s) && scorer.MostlyDirect(s) && scorer.Final(s) + bonus >= threshold) {
      chosen.push_back(s);
      continue;
    }
    if (sib.tag != "p") continue;
    const NodeStats& st = a.stats[s];
    const double density = st.LinkDensity();
    if (st.chars > 80 && density < 0.25) {
      chosen.push_back(s);
    } else if (st.chars > 0 && st.chars <= 80 && density == 0 &&
               EndsSentence(InlineText(dom, a, s))) {
      chosen.push_back(s);
    }
  }
  return WithInnerHeadings(dom, a, top_node.parent, chosen);
}

}  // namespace sitrep::ingest::internal
