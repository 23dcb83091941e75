// report: what users read, built from the store only (nothing recomputes the pipeline).
// Each view is a plain struct, rendered as terminal text or as JSON with stable field
// names (documented in the README).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/copies.h"
#include "sitrep/store.h"

namespace sitrep::report {

// JSON of one article. The text is included only when with_text is set.
nlohmann::json ArticleJson(const store::StoredArticle& stored, bool with_text);
// JSON of one search hit: the article fields (no text) plus snippet and score.
nlohmann::json SearchHitJson(const store::SearchHit& hit);

// JSON of stored facts. With with_source, the article a fact comes from is named in
// article_id, article_title, source and published.
nlohmann::json EntityJson(const store::StoredEntity& entity);
nlohmann::json QuoteJson(const store::StoredQuote& quote, bool with_source);
nlohmann::json FigureJson(const store::StoredFigure& figure, bool with_source);
nlohmann::json TimeJson(const store::StoredTime& time);
// {"analysed", "skipped", "entities", "quotes", "figures", "times"} of one article.
nlohmann::json ArticleFactsJson(const store::ArticleFactsView& facts);

// The facts of an analysed article that is not in a store, shaped as the store returns
// them (entity ids are then the article's own, from 1).
store::ArticleFactsView ViewOfFacts(const Article& article, const extract::ArticleFacts& facts);

// Copies: the likely original of a group (earliest published, else the fullest text
// the others are contained in) with the reason; JSON of a group, a member, and of one
// article's place in its group ("copy_of", "copied_by", "group_id", "group_size").
link::OriginalChoice LikelyOriginal(const store::CopyGroup& group);
nlohmann::json CopyMemberJson(const store::CopyMember& member);
nlohmann::json CopyGroupJson(const store::CopyGroup& group);
nlohmann::json ArticleCopiesJson(const store::ArticleCopies& copies);

// JSON of an event (with "storyline") or a storyline (with "events").
nlohmann::json ClusterJson(const store::StoredCluster& cluster, bool is_event);

// A figure in words: "more than 100,000 Russian troops", "1,200,000,000 EUR".
std::string DescribeFigure(const store::StoredFigure& figure);
// A number as news prints it: 8,500; 1.25.
std::string FormatValue(double value);

// A display headline: the title, or the lead in brackets when there is none.
std::string DisplayTitle(const store::StoredArticle& stored, size_t max_chars);

// The situation report. It grows as analyses land; today: coverage, volume per day,
// sources, languages, who is named and quoted most, and the latest dated articles.
struct SituationReport {
  std::string store_path;
  store::CorpusStats stats;
  std::vector<store::StoredArticle> latest;  // newest dated first, then undated
  // Who is in the news: the entities named in most articles, by type, and the speakers
  // quoted most.
  std::vector<store::StoredEntity> people, organisations, places, most_quoted;
  // The largest storylines, each with its events in date order (undated last).
  struct Storyline {
    store::StoredCluster storyline;
    std::vector<store::StoredCluster> timeline;
  };
  std::vector<Storyline> storylines;
};

SituationReport BuildReport(const store::Store& store, const std::string& store_path,
                            size_t latest_count);
std::string RenderText(const SituationReport& report, bool color);
nlohmann::json ReportJson(const SituationReport& report);

}  // namespace sitrep::report
