// report: what users read, built from the store only (nothing recomputes the pipeline).
// Each view is a plain struct, rendered as terminal text or as JSON with stable field
// names (documented in the README).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/store.h"

namespace sitrep::report {

// JSON of one article. The text is included only when with_text is set.
nlohmann::json ArticleJson(const store::StoredArticle& stored, bool with_text);
// JSON of one search hit: the article fields (no text) plus snippet and score.
nlohmann::json SearchHitJson(const store::SearchHit& hit);

// A display headline: the title, or the lead in brackets when there is none.
std::string DisplayTitle(const store::StoredArticle& stored, size_t max_chars);

// The situation report. It grows as analyses land; today it is the corpus overview:
// coverage, volume per day, sources, languages and the latest dated articles.
struct SituationReport {
  std::string store_path;
  store::CorpusStats stats;
  std::vector<store::StoredArticle> latest;  // newest dated first, then undated
};

SituationReport BuildReport(const store::Store& store, const std::string& store_path,
                            size_t latest_count);
std::string RenderText(const SituationReport& report, bool color);
nlohmann::json ReportJson(const SituationReport& report);

}  // namespace sitrep::report
