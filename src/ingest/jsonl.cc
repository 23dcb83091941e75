#include "jsonl.h"

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "date_parse.h"
#include "fields.h"
#include "sitrep/html.h"
#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

namespace dom = simdjson::dom;

enum Field { kExternalId, kUrl, kTitle, kText, kPublished, kSource, kAuthor, kLanguage, kFieldCount };

struct Alias {
  std::string_view key;
  Field field;
};

// In priority order within each field.
constexpr Alias kAliases[] = {
    {"id", kExternalId},        {"_id", kExternalId},          {"uuid", kExternalId},
    {"guid", kExternalId},      {"url", kUrl},                 {"link", kUrl},
    {"canonical_url", kUrl},    {"title", kTitle},             {"headline", kTitle},
    {"text", kText},            {"body", kText},               {"content", kText},
    {"maintext", kText},        {"article", kText},            {"date", kPublished},
    {"published", kPublished},  {"published_at", kPublished},  {"publishedAt", kPublished},
    {"datePublished", kPublished}, {"date_published", kPublished}, {"date_publish", kPublished},
    {"pubDate", kPublished},    {"source", kSource},           {"site", kSource},
    {"publisher", kSource},     {"source_domain", kSource},    {"author", kAuthor},
    {"authors", kAuthor},       {"byline", kAuthor},           {"language", kLanguage},
    {"lang", kLanguage},
};

int AliasRank(std::string_view key, Field* field) {
  int rank = 0;
  for (const Alias& a : kAliases) {
    if (a.key == key) {
      *field = a.field;
      return rank;
    }
    ++rank;
  }
  return -1;
}

// A scalar as text: strings as they are, numbers in JSON notation; "" for null, false,
// arrays and objects.
std::string ScalarText(dom::element e) {
  switch (e.type()) {
    case dom::element_type::STRING: return std::string(std::string_view(e.get_string().value_unsafe()));
    case dom::element_type::INT64: return std::to_string(e.get_int64().value_unsafe());
    case dom::element_type::UINT64: return std::to_string(e.get_uint64().value_unsafe());
    case dom::element_type::DOUBLE: return simdjson::to_string(e);
    default: return "";
  }
}

// Author-like values: a string, an array of strings or {"name": ...} objects, or one
// such object.
std::string NamesText(dom::element e) {
  dom::object object;
  if (e.get_object().get(object) == simdjson::SUCCESS) {
    dom::element name;
    if (object["name"].get(name) == simdjson::SUCCESS) return ScalarText(name);
    return "";
  }
  dom::array array;
  if (e.get_array().get(array) == simdjson::SUCCESS) {
    std::string joined;
    for (dom::element item : array) {
      const std::string name = NamesText(item);
      if (name.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += name;
    }
    return joined;
  }
  return ScalarText(e);
}

std::string PublishedText(dom::element e) {
  if (e.is_int64()) return DateFromEpoch(e.get_int64().value_unsafe());
  if (e.is_uint64()) return "";
  if (e.is_double()) return DateFromEpoch(static_cast<int64_t>(e.get_double().value_unsafe()));
  if (e.is_string()) return NormalizeDate(std::string_view(e.get_string().value_unsafe()));
  return "";
}

nlohmann::json ToJson(dom::element e) {
  switch (e.type()) {
    case dom::element_type::ARRAY: {
      nlohmann::json out = nlohmann::json::array();
      dom::array array;
      if (e.get_array().get(array) != simdjson::SUCCESS) return out;
      for (dom::element item : array) out.push_back(ToJson(item));
      return out;
    }
    case dom::element_type::OBJECT: {
      nlohmann::json out = nlohmann::json::object();
      dom::object object;
      if (e.get_object().get(object) != simdjson::SUCCESS) return out;
      for (dom::key_value_pair kv : object) {
        out[std::string(kv.key)] = ToJson(kv.value);
      }
      return out;
    }
    case dom::element_type::STRING: return std::string(std::string_view(e.get_string().value_unsafe()));
    case dom::element_type::INT64: return e.get_int64().value_unsafe();
    case dom::element_type::UINT64: return e.get_uint64().value_unsafe();
    case dom::element_type::DOUBLE: return e.get_double().value_unsafe();
    case dom::element_type::BOOL: return e.get_bool().value_unsafe();
    case dom::element_type::NULL_VALUE: return nullptr;
  }
  return nullptr;
}

}  // namespace

Status ParseJsonLine(std::string_view bytes, Article* article) {
  *article = Article{};
  article->format = "jsonl";
  // One parser per thread: records are parsed in parallel, and a parser reuses its
  // buffers from one record to the next.
  thread_local dom::parser parser;
  dom::element root;
  if (auto error = parser.parse(bytes.data(), bytes.size()).get(root); error) {
    return Status::Error(std::string("invalid JSON: ") + simdjson::error_message(error));
  }
  dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) {
    return Status::Error("JSON record is not an object");
  }

  // The best alias seen for each field: its rank and its value.
  struct Choice {
    int rank = -1;
    std::string value;
    std::string_view key;
  };
  Choice chosen[kFieldCount];
  std::vector<std::pair<std::string_view, dom::element>> members;
  for (dom::key_value_pair kv : object) members.emplace_back(kv.key, kv.value);

  for (const auto& [key, value] : members) {
    Field field;
    const int rank = AliasRank(key, &field);
    if (rank < 0) continue;
    if (chosen[field].rank >= 0 && chosen[field].rank <= rank) continue;
    std::string text;
    switch (field) {
      case kText:
        if (!value.is_string()) {
          if (value.is_null()) continue;
          return Status::Error("field '" + std::string(key) + "' is not a string");
        }
        text = CleanBody(std::string_view(value.get_string().value_unsafe()));
        break;
      case kPublished: text = PublishedText(value); break;
      case kSource:
      case kAuthor: text = NamesText(value); break;
      default: text = ScalarText(value); break;
    }
    if (text.empty()) continue;
    chosen[field] = Choice{rank, std::move(text), key};
  }
  // A record may carry the page instead of its text ("html", "raw_html"): the page's
  // main text and metadata then fill what the record does not say itself.
  std::string_view html_key;
  HtmlDocument page;
  if (chosen[kText].rank < 0) {
    for (const auto& [key, value] : members) {
      if ((key != "html" && key != "raw_html") || !value.is_string()) continue;
      const std::string_view html = value.get_string().value_unsafe();
      Status s = ExtractHtml(html, chosen[kUrl].value, &page);
      if (!s.ok()) return Status::Error("field '" + std::string(key) + "': " + s.message());
      html_key = key;
      chosen[kText] = Choice{0, std::move(page.text), key};
      // A named copy: lambdas cannot capture structured bindings before clang 16.
      const std::string_view html_field = key;
      auto fill = [&](Field f, std::string& from) {
        if (chosen[f].rank < 0 && !from.empty()) chosen[f] = Choice{0, std::move(from), html_field};
      };
      fill(kTitle, page.title);
      fill(kPublished, page.published);
      fill(kAuthor, page.author);
      fill(kSource, page.site_name);
      fill(kUrl, page.canonical_url);
      break;
    }
  }
  if (chosen[kText].rank < 0) return Status::Error("record has no text field");

  nlohmann::json metadata = nlohmann::json::object();
  for (const auto& [key, value] : members) {
    bool used = key.data() == html_key.data();
    for (const Choice& c : chosen) used = used || (c.rank >= 0 && c.key.data() == key.data());
    if (used) continue;
    metadata[std::string(key)] = ToJson(value);
  }

  article->text = std::move(chosen[kText].value);
  article->external_id = CleanLine(chosen[kExternalId].value);
  article->url = CleanLine(chosen[kUrl].value);
  article->title = CleanLine(chosen[kTitle].value);
  article->published = chosen[kPublished].value;
  article->source = CleanLine(chosen[kSource].value);
  article->author = CleanLine(chosen[kAuthor].value);
  const std::string language = CleanLine(chosen[kLanguage].value);
  if (!language.empty()) {
    // A declared language is taken as certain; ParseRecord detects only when none is.
    const std::string code = text::NormalizeLanguageCode(language);
    article->language = code.empty() ? language : code;
    article->language_confidence = 1.0;
  }
  if (!metadata.empty()) {
    article->metadata_json = metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
