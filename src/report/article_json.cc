#include <string>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

// Unknown values are JSON null rather than "", so that consumers can tell "no date"
// from a date; the field set itself never changes.
nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

nlohmann::json ArticleJson(const store::StoredArticle& stored, bool with_text) {
  const Article& a = stored.article;
  nlohmann::json j = {
      {"id", a.id},
      {"seq", stored.seq},
      {"title", OrNull(a.title)},
      {"source", OrNull(a.source)},
      {"url", OrNull(a.url)},
      {"published", OrNull(a.published)},
      {"dateline", OrNull(a.dateline)},
      {"author", OrNull(a.author)},
      {"language", a.language},
      {"language_confidence", a.language_confidence},
      {"external_id", OrNull(a.external_id)},
      {"origin", a.origin},
      {"format", a.format},
      {"ingested_at", stored.ingested_at},
  };
  // A reader's extra fields are kept as they came; a malformed blob is dropped rather
  // than failing the whole listing.
  nlohmann::json metadata = nlohmann::json::object();
  if (!a.metadata_json.empty()) {
    metadata = nlohmann::json::parse(a.metadata_json, nullptr, /*allow_exceptions=*/false);
    if (metadata.is_discarded()) metadata = nlohmann::json::object();
  }
  j["metadata"] = metadata;
  if (with_text) j["text"] = a.text;
  return j;
}

nlohmann::json SearchHitJson(const store::SearchHit& hit) {
  nlohmann::json j = ArticleJson(hit.article, /*with_text=*/false);
  j["snippet"] = hit.snippet;
  j["score"] = hit.score;
  return j;
}

}  // namespace sitrep::report
