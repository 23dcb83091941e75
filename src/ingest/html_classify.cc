// Word lists in the spirit of Readability's "unlikely candidates" and trafilatura's
// boilerplate rules, matched against whole words of class and id names rather than
// substrings: "ad" must match "ad-slot" but not "headline" or "shadow".
#include "html_classify.h"

#include <string>

#include <re2/re2.h>

#include "html_words.h"

namespace sitrep::ingest::internal {
namespace {

constexpr uint8_t kComment = 1, kNegative = 2, kPositive = 4;

// Comment-thread words are negative too.
constexpr uint8_t kCommentWord = kComment | kNegative;

const WordTable& ClassWords() {
  static constexpr WordTable kWords = {
      {"comment", kCommentWord}, {"comments", kCommentWord}, {"commentlist", kCommentWord},
      {"respond", kCommentWord}, {"replies", kCommentWord}, {"disqus", kCommentWord},
      {"discussion", kCommentWord}, {"fb-comments", kCommentWord},
      {"comentarios", kCommentWord},
      // sharing and social
      {"share", kNegative}, {"shares", kNegative}, {"sharing", kNegative},
      {"sharedaddy", kNegative}, {"social", kNegative}, {"sociable", kNegative},
      {"addthis", kNegative},
      // recirculation
      {"related", kNegative}, {"recommended", kNegative}, {"recommendations", kNegative},
      {"recirc", kNegative}, {"trending", kNegative}, {"popular", kNegative},
      {"mostread", kNegative}, {"outbrain", kNegative}, {"taboola", kNegative},
      {"readmore", kNegative}, {"morestories", kNegative},
      // page layout
      {"sidebar", kNegative}, {"aside", kNegative}, {"widget", kNegative},
      {"widgets", kNegative}, {"rail", kNegative}, {"footer", kNegative},
      {"masthead", kNegative}, {"header", kNegative}, {"topbar", kNegative},
      {"nav", kNegative}, {"navbar", kNegative}, {"navigation", kNegative},
      {"menu", kNegative}, {"breadcrumb", kNegative}, {"breadcrumbs", kNegative},
      {"pagination", kNegative}, {"pager", kNegative}, {"skip", kNegative},
      {"toolbar", kNegative}, {"tools", kNegative},
      // consent, sign-up and paywall prompts
      {"cookie", kNegative}, {"cookies", kNegative}, {"consent", kNegative},
      {"gdpr", kNegative}, {"newsletter", kNegative}, {"subscribe", kNegative},
      {"subscription", kNegative}, {"signup", kNegative}, {"paywall", kNegative},
      {"regwall", kNegative}, {"login", kNegative}, {"popup", kNegative},
      {"modal", kNegative}, {"overlay", kNegative},
      // advertising
      {"ad", kNegative}, {"ads", kNegative}, {"adsense", kNegative}, {"advert", kNegative},
      {"adverts", kNegative}, {"advertisement", kNegative}, {"advertising", kNegative},
      {"dfp", kNegative}, {"promo", kNegative}, {"promotion", kNegative},
      {"cta", kNegative}, {"sponsor", kNegative}, {"sponsored", kNegative},
      {"banner", kNegative},
      // article furniture that is not article text
      {"caption", kNegative}, {"credit", kNegative}, {"credits", kNegative},
      {"byline", kNegative}, {"author", kNegative}, {"bio", kNegative}, {"meta", kNegative},
      {"tags", kNegative}, {"tag", kNegative}, {"taglist", kNegative},
      {"categories", kNegative}, {"timestamp", kNegative}, {"posted", kNegative},
      {"print", kNegative}, {"rss", kNegative}, {"standfirst", kNegative},
      {"dek", kNegative}, {"kicker", kNegative}, {"strapline", kNegative},
      {"rubric", kNegative}, {"hidden", kNegative}, {"visually", kNegative},
      // content
      {"article", kPositive}, {"articlebody", kPositive}, {"content", kPositive},
      {"entry", kPositive}, {"post", kPositive}, {"story", kPositive}, {"body", kPositive},
      {"main", kPositive}, {"text", kPositive}, {"hentry", kPositive}, {"prose", kPositive},
      {"blog", kPositive}};
  return kWords;
}

// No listed word is longer; a longer word matches nothing.
constexpr size_t kMaxClassWord = 24;

void AddWords(std::string_view value, ClassHints* hints) {
  char word[kMaxClassWord];
  size_t len = 0;
  auto finish = [&] {
    if (len == 0) return;
    if (len <= kMaxClassWord) {
      const uint8_t flags = ClassWords().Find(std::string_view(word, len));
      hints->comments = hints->comments || (flags & kComment) != 0;
      hints->negative = hints->negative || (flags & kNegative) != 0;
      hints->positive = hints->positive || (flags & kPositive) != 0;
    }
    len = 0;
  };
  for (char c : value) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (len < kMaxClassWord) word[len] = c;
      ++len;
    } else {
      finish();
    }
  }
  finish();
}

std::string LowerCompact(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

void AppendText(const Dom& dom, int i, std::string* out) {
  const DomNode& n = dom.nodes[i];
  if (n.is_text) {
    *out += n.text;
    return;
  }
  for (int c : n.children) AppendText(dom, c, out);
}

// False when the call-to-action pattern below cannot match `text`, decided from its first
// word character, which must begin one of the phrases (s, j, r, d, c, g, l). Links are
// many on a page and few begin so; a non-ASCII first character is left to the pattern
// (case-insensitive matching folds some, such as U+017F to "s").
bool CouldBeCallToAction(std::string_view text) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return true;
    const char lower = static_cast<char>(c | 0x20);
    if (lower >= 'a' && lower <= 'z') {
      return lower == 's' || lower == 'j' || lower == 'r' || lower == 'd' || lower == 'c' ||
             lower == 'g' || lower == 'l';
    }
    if ((c >= '0' && c <= '9') || c == '_') return false;
  }
  return false;
}

bool HasWordCharacter(std::string_view s) {
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsBlockTag(std::string_view tag) {
  static constexpr WordTable kBlocks = {
      {"p", 1}, {"div", 1}, {"section", 1}, {"article", 1}, {"main", 1}, {"blockquote", 1},
      {"pre", 1}, {"ul", 1}, {"ol", 1}, {"li", 1}, {"dl", 1}, {"dt", 1}, {"dd", 1},
      {"h1", 1}, {"h2", 1}, {"h3", 1}, {"h4", 1}, {"h5", 1}, {"h6", 1}, {"table", 1},
      {"tbody", 1}, {"thead", 1}, {"tfoot", 1}, {"tr", 1}, {"td", 1}, {"th", 1},
      {"caption", 1}, {"figure", 1}, {"figcaption", 1}, {"header", 1}, {"footer", 1},
      {"nav", 1}, {"aside", 1}, {"form", 1}, {"hr", 1}, {"address", 1}, {"center", 1},
      {"details", 1}, {"summary", 1}, {"fieldset", 1}, {"hgroup", 1}, {"body", 1},
      {"html", 1}, {"noscript", 1}, {"menu", 1}, {"dialog", 1}};
  return kBlocks.Find(tag) != 0;
}

bool IsChromeTag(std::string_view tag) {
  static constexpr WordTable kChrome = {
      {"head", 1}, {"title", 1}, {"script", 1}, {"nav", 1}, {"header", 1}, {"footer", 1},
      {"aside", 1}, {"form", 1}, {"noscript", 1}, {"figcaption", 1}, {"dialog", 1},
      {"menu", 1}, {"fieldset", 1}, {"label", 1}};
  return kChrome.Find(tag) != 0;
}

ClassHints ClassHintsOf(const DomNode& node) {
  ClassHints hints;
  // Component names of modern front ends ("byline-block", "links-block") count too.
  for (const DomAttr& a : node.attrs) {
    if (a.name == "class" || a.name == "id" || a.name == "data-component") {
      AddWords(a.value, &hints);
    }
  }
  return hints;
}

bool IsCallToActionLink(const Dom& dom, int link) {
  static const RE2* re = new RE2(
      R"((?i)\W*(sign[ -]?up|subscribe|subscribe (now|today|here)|join|join (now|us|today))"
      R"(|register|donate|contribute|support us|get the newsletter|start (your )?free trial)"
      R"(|log ?in|sign in)\W*)");
  const DomNode& a = dom.nodes[link];
  if (a.is_text || a.tag != "a") return false;
  std::string text;
  AppendText(dom, link, &text);
  if (text.size() > 40 || !CouldBeCallToAction(text) || !RE2::FullMatch(text, *re)) return false;
  // Standing alone: no words in the text right before or after it.
  const std::span<const int> siblings = dom.nodes[a.parent].children;
  for (size_t k = 0; k < siblings.size(); ++k) {
    if (siblings[k] != link) continue;
    for (size_t j : {k - 1, k + 1}) {
      if (j >= siblings.size()) continue;  // k - 1 wraps around when k == 0
      const DomNode& s = dom.nodes[siblings[j]];
      if (s.is_text && HasWordCharacter(s.text)) return false;
    }
  }
  return true;
}

bool IsHiddenOrChromeRole(const DomNode& node) {
  static constexpr WordTable kChromeRoles = {
      {"navigation", 1}, {"banner", 1}, {"contentinfo", 1}, {"complementary", 1},
      {"search", 1}, {"dialog", 1}, {"alertdialog", 1}, {"menu", 1}, {"menubar", 1},
      {"toolbar", 1}};
  // One pass over the attributes (libxml2 keeps no duplicates).
  for (const DomAttr& a : node.attrs) {
    const std::string_view n = a.name;
    if (n == "hidden") return true;
    if (n == "aria-hidden" && a.value == "true") return true;
    if (n == "role" && kChromeRoles.Find(a.value) != 0) return true;
    if (n == "style") {
      const std::string s = LowerCompact(a.value);
      if (s.find("display:none") != std::string::npos ||
          s.find("visibility:hidden") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

bool IsMarkedArticle(const DomNode& node) {
  if (node.tag == "article" || node.tag == "main") return true;
  if (const std::string_view* role = node.Attr("role"); role != nullptr) {
    if (*role == "main" || *role == "article") return true;
  }
  const std::string_view* prop = node.Attr("itemprop");
  return prop != nullptr && (*prop == "articleBody" || *prop == "articlebody");
}

}  // namespace sitrep::ingest::internal
