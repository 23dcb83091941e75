// One pass over the tree gathers every candidate value; the choice between them is
// made afterwards, so the precedence rules read top-down in ReadHtmlMetadata.
#include "html_metadata.h"

#include <map>
#include <vector>

#include <re2/re2.h>

#include "date_parse.h"
#include "fields.h"
#include "html_charset.h"
#include "html_jsonld.h"
#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A one-line field: valid UTF-8, whitespace collapsed, NFC.
std::string Clean(std::string_view s) {
  return text::IsValidUtf8(s) ? CleanLine(s) : CleanLine(RepairUtf8(s));
}

bool HasWord(const std::string_view* attr, std::string_view word) {
  if (attr == nullptr) return false;
  const std::string lower = Lower(*attr);
  size_t pos = 0;
  while ((pos = lower.find(word, pos)) != std::string::npos) {
    const bool start = pos == 0 || lower[pos - 1] == ' ';
    const size_t end = pos + word.size();
    if (start && (end == lower.size() || lower[end] == ' ')) return true;
    pos = end;
  }
  return false;
}

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.substr(0, 1) == "/";
}

// Text below a node, depth-bounded by the tree itself.
void AppendText(const Dom& dom, int i, std::string* out) {
  const DomNode& n = dom.nodes[i];
  if (n.is_text) {
    *out += n.text;
    out->push_back(' ');
    return;
  }
  if (n.tag == "script") return;
  for (int c : n.children) AppendText(dom, c, out);
}

std::string TextOf(const Dom& dom, int i) {
  std::string s;
  AppendText(dom, i, &s);
  return Clean(s);
}

struct Gathered {
  // First value of each property/name/itemprop; std::less<> finds a key without a copy.
  std::map<std::string, std::string, std::less<>> meta;
  std::string html_lang, h1, canonical, rel_author, article_time, any_pubdate_time;
  // The <title> elements, read only when no meta tag names the title: the first with
  // any text is the title.
  std::vector<int> title_nodes;
  JsonLdFacts jsonld;
};

void Gather(const Dom& dom, Gathered* g) {
  std::vector<uint8_t> in_article(dom.nodes.size(), 0);
  for (size_t i = 1; i < dom.nodes.size(); ++i) {
    const DomNode& n = dom.nodes[i];
    if (n.is_text) continue;
    const std::string_view* prop = n.Attr("itemprop");
    in_article[i] = in_article[n.parent] || n.tag == "article" || n.tag == "main" ||
                    (prop != nullptr && Lower(*prop) == "articlebody");
    const std::string_view t = n.tag;
    if (t == "html" && g->html_lang.empty()) {
      if (const std::string_view* lang = n.Attr("lang")) g->html_lang = *lang;
    } else if (t == "title") {
      g->title_nodes.push_back(static_cast<int>(i));
    } else if (t == "h1" && g->h1.empty()) {
      g->h1 = TextOf(dom, static_cast<int>(i));
    } else if (t == "meta") {
      const std::string_view* content = n.Attr("content");
      if (content == nullptr) continue;
      for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
        if (const std::string_view* k = n.Attr(key)) g->meta.emplace(Lower(*k), *content);
      }
    } else if (t == "link" || t == "a") {
      const std::string_view* rel = n.Attr("rel");
      const std::string_view* href = n.Attr("href");
      if (t == "link" && HasWord(rel, "canonical") && href != nullptr && g->canonical.empty()) {
        g->canonical = *href;
      }
      if (t == "a" && HasWord(rel, "author") && g->rel_author.empty()) {
        g->rel_author = TextOf(dom, static_cast<int>(i));
      }
    } else if (t == "script") {
      ReadJsonLd(n.text, &g->jsonld);
    }
    if (const std::string_view* dt = n.Attr("datetime"); dt != nullptr) {
      if (in_article[i] && g->article_time.empty()) g->article_time = *dt;
      if ((n.Attr("pubdate") != nullptr || (prop != nullptr && *prop == "datePublished")) &&
          g->any_pubdate_time.empty()) {
        g->any_pubdate_time = *dt;
      }
    }
  }
}

std::string Meta(const Gathered& g, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    auto it = g.meta.find(key);
    if (it != g.meta.end()) {
      std::string v = Clean(it->second);
      if (!v.empty()) return v;
    }
  }
  return "";
}

// A date as meta tags write it: anything NormalizeDate reads, or the compact
// "20230115" some CMSs put in pubdate tags.
std::string MetaDate(const std::string& s) {
  std::string date = NormalizeDate(s);
  if (date.empty() && s.size() == 8 &&
      s.find_first_not_of("0123456789") == std::string::npos) {
    date = NormalizeDate(s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2));
  }
  return date;
}

// The first of `candidates` (functions returning std::string) that is a date, each
// called only when none before it was one.
template <typename... F>
std::string FirstDateOf(F&&... candidates) {
  std::string date;
  auto try_one = [&date](const std::string& c) {
    if (!c.empty()) date = MetaDate(c);
    return !date.empty();
  };
  (try_one(candidates()) || ...);
  return date;
}

std::string FirstNonEmpty(std::initializer_list<std::string> candidates) {
  for (const std::string& c : candidates) {
    if (!c.empty()) return c;
  }
  return "";
}

// The first non-empty of `candidates` (functions returning std::string), each called
// only when all before it gave "": cleaning a value costs more than finding it.
template <typename... F>
std::string FirstNonEmptyOf(F&&... candidates) {
  std::string out;
  ((out = candidates(), !out.empty()) || ...);
  return out;
}

std::string TitleText(const Dom& dom, const Gathered& g) {
  for (int node : g.title_nodes) {
    std::string title = TextOf(dom, node);
    if (!title.empty()) return title;
  }
  return "";
}

std::string PersonName(const std::string& s) { return LooksLikeUrl(s) ? "" : Clean(s); }

}  // namespace

std::string DateFromUrl(std::string_view url) {
  static const RE2* day = new RE2(R"([/_-]((?:19|20)\d\d)[/_-](\d\d)[/_-](\d\d)(?:[/_.-]|$))");
  static const RE2* month = new RE2(R"(/((?:19|20)\d\d)/(\d\d)/)");
  std::string y, m, d;
  if (RE2::PartialMatch(url, *day, &y, &m, &d)) return NormalizeDate(y + "-" + m + "-" + d);
  if (RE2::PartialMatch(url, *month, &y, &m)) return NormalizeDate(y + "-" + m);
  return "";
}

std::string StripSiteFromTitle(std::string_view title, std::string_view site,
                               std::string_view h1) {
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ",
                                                     " · ", " » ", ": "};
  const std::string lower_title = Lower(title);
  const std::string lower_site = Lower(site);
  if (!site.empty() && lower_title.size() > lower_site.size()) {
    for (std::string_view sep : kSeparators) {
      const std::string suffix = std::string(sep) + lower_site;
      if (lower_title.size() > suffix.size() &&
          lower_title.compare(lower_title.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return std::string(title.substr(0, title.size() - suffix.size()));
      }
      const std::string prefix = lower_site + std::string(sep);
      if (lower_title.size() > prefix.size() &&
          lower_title.compare(0, prefix.size(), prefix) == 0) {
        return std::string(title.substr(prefix.size()));
      }
    }
  }
  if (!h1.empty() && title.size() > h1.size() && title.substr(0, h1.size()) == h1) {
    for (std::string_view sep : kSeparators) {
      if (title.substr(h1.size(), sep.size()) == sep) return std::string(h1);
    }
  }
  return std::string(title);
}

void ReadHtmlMetadata(const Dom& dom, std::string_view url_hint, HtmlDocument* out) {
  Gathered g;
  Gather(dom, &g);
  const JsonLdFacts& ld = g.jsonld;

  out->site_name = FirstNonEmptyOf([&] { return Meta(g, {"og:site_name", "application-name"}); },
                                   [&] { return Clean(ld.publisher); });
  const std::string title =
      FirstNonEmptyOf([&] { return Meta(g, {"og:title", "twitter:title"}); },
                      [&] { return TitleText(dom, g); },
                      [&] { return Clean(ld.headline); }, [&] { return g.h1; });
  out->title = Clean(StripSiteFromTitle(title, out->site_name, g.h1));
  out->canonical_url = FirstNonEmptyOf(
      [&] { return Clean(g.canonical); }, [&] { return Meta(g, {"og:url"}); },
      [&] { return Clean(ld.url); }, [&] { return Clean(url_hint); });
  out->published = FirstDateOf(
      [&] { return ld.published; },
      [&] { return Meta(g, {"article:published_time", "og:article:published_time"}); },
      [&] {
        return Meta(g, {"date", "pubdate", "publishdate", "publish-date", "publish_date",
                        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
                        "datepublished", "sailthru.date", "parsely-pub-date", "citation_date"});
      },
      [&] { return g.any_pubdate_time; }, [&] { return g.article_time; });
  if (out->published.empty()) {
    out->published = FirstNonEmpty({DateFromUrl(out->canonical_url), DateFromUrl(url_hint)});
  }
  out->modified =
      FirstDateOf([&] { return Meta(g, {"article:modified_time", "og:updated_time"}); },
                  [&] { return ld.modified; },
                  [&] { return Meta(g, {"datemodified", "last-modified"}); });
  out->author = FirstNonEmptyOf(
      [&] {
        return PersonName(Meta(g, {"author", "article:author", "dc.creator", "parsely-author",
                                   "sailthru.author"}));
      },
      [&] { return PersonName(ld.author); }, [&] { return PersonName(g.rel_author); });
  const std::string lang = FirstNonEmpty(
      {g.html_lang, Meta(g, {"content-language", "language", "og:locale"})});
  out->language = text::NormalizeLanguageCode(lang);
  out->description = Meta(g, {"og:description", "description", "twitter:description"});
}

}  // namespace sitrep::ingest::internal
