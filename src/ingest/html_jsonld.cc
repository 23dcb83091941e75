// JSON-LD is parsed with nlohmann::json without exceptions; the walk over the parsed
// value is depth-limited, so a hostile block costs no more than its size.
#include "html_jsonld.h"

#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace sitrep::ingest::internal {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 16;

bool TypeMatches(const json& type, bool (*pred)(const std::string&)) {
  if (type.is_string()) return pred(type.get<std::string>());
  if (type.is_array()) {
    for (const json& t : type) {
      if (t.is_string() && pred(t.get<std::string>())) return true;
    }
  }
  return false;
}

bool IsArticleType(const std::string& t) {
  return t.find("Article") != std::string::npos || t.find("Posting") != std::string::npos ||
         t == "Report";
}

// 2 for articles, 1 for pages, 0 for anything else.
int Rank(const json& obj) {
  auto it = obj.find("@type");
  if (it == obj.end()) return 0;
  if (TypeMatches(*it, IsArticleType)) return 2;
  if (TypeMatches(*it, [](const std::string& t) { return t.find("Page") != std::string::npos; })) {
    return 1;
  }
  return 0;
}

void Collect(const json& v, int depth, std::vector<const json*>* objects) {
  if (depth > kMaxDepth) return;
  if (v.is_array()) {
    for (const json& e : v) Collect(e, depth + 1, objects);
  } else if (v.is_object()) {
    objects->push_back(&v);
    if (auto it = v.find("@graph"); it != v.end()) Collect(*it, depth + 1, objects);
    if (auto it = v.find("mainEntity"); it != v.end()) Collect(*it, depth + 1, objects);
  }
}

std::string StringField(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return "";
}

// The name of a person or organisation given as a string, an object, an @id reference
// or an array of these (the first named one).
std::string NameOf(const json& v, const std::map<std::string, std::string>& names, int depth) {
  if (depth > kMaxDepth) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    for (const json& e : v) {
      std::string name = NameOf(e, names, depth + 1);
      if (!name.empty()) return name;
    }
    return "";
  }
  if (!v.is_object()) return "";
  std::string name = StringField(v, "name");
  if (!name.empty()) return name;
  const std::string id = StringField(v, "@id");
  auto it = names.find(id);
  return it == names.end() ? "" : it->second;
}

void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

}  // namespace

void ReadJsonLd(std::string_view text, JsonLdFacts* facts) {
  const json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return;
  std::vector<const json*> objects;
  Collect(doc, 0, &objects);
  std::map<std::string, std::string> names;  // "@id" -> "name"
  for (const json* o : objects) {
    const std::string id = StringField(*o, "@id");
    const std::string name = StringField(*o, "name");
    if (!id.empty() && !name.empty()) names.emplace(id, name);
  }
  for (int rank = 2; rank >= 0; --rank) {
    for (const json* o : objects) {
      if (Rank(*o) != rank) continue;
      if (rank == 2) SetIfEmpty(&facts->headline, StringField(*o, "headline"));
      if (rank >= 1) {
        SetIfEmpty(&facts->published, StringField(*o, "datePublished"));
        SetIfEmpty(&facts->modified, StringField(*o, "dateModified"));
        if (auto it = o->find("author"); it != o->end()) {
          SetIfEmpty(&facts->author, NameOf(*it, names, 0));
        }
        if (auto it = o->find("publisher"); it != o->end()) {
          SetIfEmpty(&facts->publisher, NameOf(*it, names, 0));
        }
        if (rank == 2) SetIfEmpty(&facts->url, StringField(*o, "url"));
      }
    }
  }
}

}  // namespace sitrep::ingest::internal
