// From the chosen elements to paragraphs. Block elements and double line breaks end a
// paragraph; headings (h2-h6) become paragraphs of their own; h1 is the title and is
// left to the metadata. Link lists are skipped whole. Each paragraph then passes a few
// filters for the furniture that sits inside article bodies on real sites: link-dense
// lines, labels ("Advertisement", "Share this"), bylines, "Read more: ..." teasers,
// and headings left with nothing under them once their list or box is gone.
#include <algorithm>

#include <re2/re2.h>

#include "html_classify.h"
#include "html_content.h"

namespace sitrep::ingest::internal {
namespace {

constexpr double kMaxListLinkDensity = 0.5;
constexpr double kMaxParagraphLinkDensity = 0.5;
constexpr size_t kMaxLabelBytes = 100;
constexpr size_t kMaxTeaserBytes = 240;
constexpr int64_t kMaxHeaderBlockChars = 300;
// Marks a single <br> in a paragraph being collected (never in text: libxml2 drops
// control characters other than whitespace).
constexpr char kLineBreak = '\x01';

struct Paragraph {
  std::string text;
  int64_t chars = 0;
  int64_t link_chars = 0;
  bool heading = false;
  bool skipped = false;  // a link list left out
};

// 1 for the page title (h1, role=heading aria-level=1), 2 for in-text headings
// (h2-h6, other ARIA headings), 0 for anything else.
int HeadingLevel(const DomNode& n) {
  const std::string_view t = n.tag;
  if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') return t[1] == '1' ? 1 : 2;
  const std::string_view* role = n.Attr("role");
  if (role == nullptr || *role != "heading") return 0;
  const std::string_view* level = n.Attr("aria-level");
  return level != nullptr && *level == "1" ? 1 : 2;
}

class Collector {
 public:
  Collector(const Dom& dom, const PageAnalysis& a) : dom_(dom), a_(a) {
    out_.reserve(32);
    cur_.text.reserve(1024);
  }

  void Walk(int i, bool in_link, bool root = false) {
    if (a_.removed[i]) return;
    if (!root && IsHeaderBlock(i)) return;
    const DomNode& n = dom_.nodes[i];
    if (n.is_text) {
      AddText(n.text, a_.stats[i].chars, in_link);
      return;
    }
    const std::string_view tag = n.tag;
    const int heading = HeadingLevel(n);
    if (heading == 1) return;
    if (tag == "br") {
      if (++br_run_ >= 2) Flush();
      else cur_.text.push_back(kLineBreak);
      return;
    }
    if ((tag == "ul" || tag == "ol" || tag == "dl") &&
        a_.stats[i].LinkDensity() > kMaxListLinkDensity) {
      Flush();
      Paragraph skipped;  // stands for the list, so that its heading goes too
      skipped.skipped = true;
      out_.push_back(std::move(skipped));
      return;
    }
    const bool block = a_.block[i] || a_.stats[i].has_block;
    if (block) Flush();
    const bool outer_heading = heading_;
    if (heading != 0) {
      Flush();
      heading_ = true;
    }
    for (int c : n.children) Walk(c, in_link || tag == "a");
    if (block || heading != 0) Flush();
    heading_ = outer_heading;
  }

  // The paragraph being collected grows in one buffer that is kept from paragraph to
  // paragraph; each finished one is copied out at its size.
  void Flush() {
    br_run_ = 0;
    Collapse(&cur_.text);
    if (!cur_.text.empty()) {
      Paragraph& p = out_.emplace_back();
      p.text = cur_.text;
      p.chars = cur_.chars;
      p.link_chars = cur_.link_chars;
      p.heading = heading_;
    }
    cur_.text.clear();
    cur_.chars = cur_.link_chars = 0;
  }

  std::vector<Paragraph>& paragraphs() { return out_; }

  // A block that holds the page's h1 with little else: the headline, standfirst and
  // byline above a story, which the metadata already carries.
  bool IsHeaderBlock(int i) const {
    const DomNode& n = dom_.nodes[i];
    if (n.is_text) return false;
    for (int c : n.children) {
      if (a_.removed[c] || HeadingLevel(dom_.nodes[c]) != 1) continue;
      return a_.stats[i].chars - a_.stats[c].chars <= kMaxHeaderBlockChars;
    }
    return false;
  }

  // Whitespace runs to one space, trimmed; a <br> (kLineBreak in the buffer) becomes
  // one '\n' unless it is at the start or end. In place: the text only shrinks.
  static void Collapse(std::string* s) {
    char* out = s->data();
    const char* const begin = out;
    bool space = false;
    bool line = false;
    for (const char c : *s) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\n' || c == kLineBreak) {
        space = out != begin;
        line = line || c == kLineBreak;
      } else {
        if (line && out != begin) *out++ = '\n';
        else if (space) *out++ = ' ';
        space = line = false;
        *out++ = c;
      }
    }
    s->resize(static_cast<size_t>(out - begin));
  }

 private:
  // `len` is the text's visible length (a text node's figures in the analysis).
  void AddText(std::string_view text, int64_t len, bool in_link) {
    if (len > 0) br_run_ = 0;
    cur_.text += text;
    cur_.chars += len;
    if (in_link) cur_.link_chars += len;
  }

  const Dom& dom_;
  const PageAnalysis& a_;
  std::vector<Paragraph> out_;
  Paragraph cur_;
  int br_run_ = 0;
  bool heading_ = false;
};

const RE2::Options& CaseInsensitive() {
  static const RE2::Options* options = [] {
    auto* o = new RE2::Options();
    o->set_case_sensitive(false);
    o->set_log_errors(false);
    return o;
  }();
  return *options;
}

// Whole short paragraphs that are labels and prompts, not text.
bool IsLabel(const std::string& text) {
  static const RE2* re = new RE2(
      R"(^(advertisement|advertising|ads?|sponsored( content)?|story continues below.*)"
      R"(|anzeige|werbung|publicité|publicidad|pubblicità|reklame|advertentie|reklama)"
      R"(|continue reading.*|scroll to continue.*|share( this| the| on| via)?( \w+)?:?)"
      R"(|tweet|email|print|copy link|related( \w+)?:?|read more\W*|more on this( story)?:?)"
      R"(|see also:?|also read:?|recommended( for you)?:?|trending( now)?:?)"
      R"(|most (read|popular|viewed|shared):?|you (may|might) also like:?)"
      R"(|sign up.*|subscribe.*|follow us.*|click here.*|leave a (reply|comment).*)"
      R"(|\d* ?comments?:?|(posted|filed) (in|under).*|tags?:.*|topics?:.*)"
      R"(|(photo|image|picture|video|graphic|credit|source)s?( credit)?:.*)"
      R"(|(©|\(c\)|copyright).*|all rights reserved.*|skip to (main )?content|back to top)"
      R"(|loading\W*|(listen|watch)( now)?\W*|(last )?(updated|published|posted)( on| at)?:? .*)"
      R"(|your email address will not be published.*|required fields are marked.*)"
      R"(|.*(for subscribers|subscribers only|subscriber exclusive|à nos abonnés)"
      R"(|für abonnenten|para suscriptores))"
      // a bare time stamp, as live blogs put above each entry
      R"(|\d{1,2}[.:h]\d\d( ?[ap]\.?m\.?)?( [a-z]{2,4})?))"
      R"(\W*$)",
      CaseInsensitive());
  return text.size() <= kMaxLabelBytes && RE2::FullMatch(text, *re);
}

// "Read | ...", "READ MORE: ...", "Also read: ..." lines pointing at other stories.
bool IsTeaser(const std::string& text) {
  // Every phrase starts with one of these letters (or, folded, a non-ASCII "ſ"): most
  // paragraphs are ruled out without the pattern.
  if (text.empty()) return false;
  const auto first = static_cast<unsigned char>(text[0]);
  if (first < 0x80 && std::string_view("adlmrswADLMRSW").find(static_cast<char>(first)) ==
                          std::string_view::npos) {
    return false;
  }
  static const RE2* re = new RE2(
      R"(^(read|read more|read also|also read|see also|related|related story|more|watch|listen)"
      R"(|recommended|don't miss|must read)\s*[|:>»–—-]\s*\S.*$)",
      CaseInsensitive());
  return text.size() <= kMaxTeaserBytes && RE2::FullMatch(text, *re);
}

// "By Jane Doe", "By JANE DOE and John Roe, Staff writers".
bool IsByline(const std::string& text) {
  static const RE2* re = new RE2(R"(^(By|BY|by)\s+\p{Lu}[^.!?]*(\.[^.!?]+)?$)");
  // The pattern's own start, checked first: few paragraphs begin so.
  const std::string_view start = std::string_view(text).substr(0, 3);
  if (start.size() < 3 || (start[0] != 'B' && start[0] != 'b') ||
      (start[1] != 'y' && start[1] != 'Y') || (start[0] == 'b' && start[1] == 'Y') ||
      std::string_view(" \t\n\f\r").find(start[2]) == std::string_view::npos) {
    return false;
  }
  return text.size() <= kMaxLabelBytes && std::count(text.begin(), text.end(), ' ') <= 8 &&
         RE2::FullMatch(text, *re);
}

bool IsFurniture(const Paragraph& p) {
  const double density =
      p.chars == 0 ? 0.0 : static_cast<double>(p.link_chars) / static_cast<double>(p.chars);
  if (density > kMaxParagraphLinkDensity) return true;
  if (p.heading && p.link_chars > 0) return true;  // teaser headline
  return IsLabel(p.text) || IsTeaser(p.text) || IsByline(p.text);
}

// The lines of a paragraph broken by <br> go through the label filters one by one:
// old pages put headline, "Posted ... by ..." and story in one block.
std::string WithoutFurnitureLines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    if (!IsLabel(line) && !IsTeaser(line) && !IsByline(line)) {
      if (!out.empty()) out.push_back('\n');
      out += line;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> CollectMainText(const Dom& dom, const PageAnalysis& a,
                                         const std::vector<int>& nodes) {
  Collector collector(dom, a);
  for (int n : nodes) {
    collector.Walk(n, false, /*root=*/true);
    collector.Flush();
  }
  std::vector<Paragraph>& all = collector.paragraphs();
  std::vector<Paragraph> kept;
  for (size_t i = 0; i < all.size(); ++i) {
    Paragraph& p = all[i];
    if (p.skipped || IsFurniture(p)) continue;
    // "Related stories", "Key events": a heading over a link list or a furniture line.
    if (p.heading && i + 1 < all.size() && (all[i + 1].skipped || IsFurniture(all[i + 1]))) {
      continue;
    }
    if (p.text.find('\n') != std::string::npos) {
      p.text = WithoutFurnitureLines(p.text);
      if (p.text.empty()) continue;
    }
    kept.push_back(std::move(p));
  }
  // A heading stays only when text follows it before the next heading.
  std::vector<std::string> out;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (kept[i].heading && (i + 1 == kept.size() || kept[i + 1].heading)) continue;
    out.push_back(std::move(kept[i].text));
  }
  return out;
}

std::string InlineText(const Dom& dom, const PageAnalysis& a, int node) {
  Collector collector(dom, a);
  collector.Walk(node, false);
  collector.Flush();
  std::string out;
  for (const auto& p : collector.paragraphs()) {
    if (!out.empty()) out.push_back(' ');
    out += p.text;
  }
  return out;
}

}  // namespace sitrep::ingest::internal
