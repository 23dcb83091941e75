// Word lists in the spirit of Readability's "unlikely candidates" and trafilatura's
// boilerplate rules, matched against whole words of class and id names rather than
// substrings: "ad" must match "ad-slot" but not "headline" or "shadow".
#include "html_classify.h"

#include <string>

#include <re2/re2.h>

namespace sitrep::ingest::internal {
namespace {

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (word == w) return true;
  }
  return false;
}

bool IsCommentWord(std::string_view w) {
  return OneOf(w, {"comment", "comments", "commentlist", "respond", "replies", "disqus",
                   "discussion", "fb-comments", "comentarios"});
}

bool IsNegativeWord(std::string_view w) {
  return OneOf(w, {
      // sharing and social
      "share", "shares", "sharing", "sharedaddy", "social", "sociable", "addthis",
      // recirculation
      "related", "recommended", "recommendations", "recirc", "trending", "popular",
      "mostread", "outbrain", "taboola", "readmore", "morestories",
      // page layout
      "sidebar", "aside", "widget", "widgets", "rail", "footer", "masthead", "header",
      "topbar", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
      "pagination", "pager", "skip", "toolbar", "tools",
      // consent, sign-up and paywall prompts
      "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
      "signup", "paywall", "regwall", "login", "popup", "modal", "overlay",
      // advertising
      "ad", "ads", "adsense", "advert", "adverts", "advertisement", "advertising", "dfp",
      "promo", "promotion", "cta", "sponsor", "sponsored", "banner",
      // article furniture that is not article text
      "caption", "credit", "credits", "byline", "author", "bio", "meta", "tags", "tag",
      "taglist", "categories", "timestamp", "posted", "print", "rss", "standfirst", "dek",
      "kicker", "strapline", "rubric",
      "hidden", "visually"});
}

bool IsPositiveWord(std::string_view w) {
  return OneOf(w, {"article", "articlebody", "content", "entry", "post", "story", "body",
                   "main", "text", "hentry", "prose", "blog"});
}

void AddWords(const std::string* value, ClassHints* hints) {
  if (value == nullptr) return;
  std::string word;
  auto finish = [&] {
    if (word.empty()) return;
    if (IsCommentWord(word)) hints->comments = true;
    if (IsNegativeWord(word) || IsCommentWord(word)) hints->negative = true;
    if (IsPositiveWord(word)) hints->positive = true;
    word.clear();
  };
  for (char c : *value) {
    if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else {
      finish();
    }
  }
  finish();
}

std::string LowerCompact(const std::string& s) {
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
  return OneOf(tag, {"p", "div", "section", "article", "main", "blockquote", "pre", "ul",
                     "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                     "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
                     "figure", "figcaption", "header", "footer", "nav", "aside", "form",
                     "hr", "address", "center", "details", "summary", "fieldset",
                     "hgroup", "body", "html", "noscript", "menu", "dialog"});
}

bool IsChromeTag(std::string_view tag) {
  return OneOf(tag, {"head", "title", "script", "nav", "header", "footer", "aside", "form",
                     "noscript", "figcaption", "dialog", "menu", "fieldset", "label"});
}

ClassHints ClassHintsOf(const DomNode& node) {
  ClassHints hints;
  AddWords(node.Attr("class"), &hints);
  AddWords(node.Attr("id"), &hints);
  // Component names of modern front ends ("byline-block", "links-block").
  AddWords(node.Attr("data-component"), &hints);
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
  if (text.size() > 40 || !RE2::FullMatch(text, *re)) return false;
  // Standing alone: no words in the text right before or after it.
  const std::vector<int>& siblings = dom.nodes[a.parent].children;
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
  if (node.Attr("hidden") != nullptr) return true;
  if (const std::string* aria = node.Attr("aria-hidden"); aria != nullptr && *aria == "true") {
    return true;
  }
  if (const std::string* style = node.Attr("style"); style != nullptr) {
    const std::string s = LowerCompact(*style);
    if (s.find("display:none") != std::string::npos ||
        s.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  if (const std::string* role = node.Attr("role"); role != nullptr) {
    return OneOf(*role, {"navigation", "banner", "contentinfo", "complementary", "search",
                         "dialog", "alertdialog", "menu", "menubar", "toolbar"});
  }
  return false;
}

bool IsMarkedArticle(const DomNode& node) {
  if (node.tag == "article" || node.tag == "main") return true;
  if (const std::string* role = node.Attr("role"); role != nullptr) {
    if (*role == "main" || *role == "article") return true;
  }
  const std::string* prop = node.Attr("itemprop");
  return prop != nullptr && (*prop == "articleBody" || *prop == "articlebody");
}

}  // namespace sitrep::ingest::internal
