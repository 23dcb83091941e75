// analysis: the facts of one article (entities, quotes, figures, time expressions), as
// the pipeline's analyse stage computes them and the store keeps them.
#pragma once

#include <string>
#include <vector>

#include "sitrep/article.h"
#include "sitrep/entities.h"
#include "sitrep/figures.h"
#include "sitrep/quotes.h"
#include "sitrep/times.h"

namespace sitrep::extract {

struct ArticleFacts {
  // False when the extractors did not run: they read English only, and say so rather
  // than produce garbage from other languages. `skipped` then gives the reason.
  bool analysed = false;
  std::string skipped;
  EntityResult entities;
  std::vector<Quote> quotes;      // speaker_entity indexes entities.entities
  std::vector<Figure> figures;
  // Resolved against the article's own date when it has one to the day; otherwise
  // relative expressions stay unresolved.
  std::vector<TimeExpr> times;
};

// True for the languages the extractors read: English, and text too short or mixed for
// the language detector to name ("und"), which in an English corpus is English.
bool ExtractorsRead(const std::string& language);

// Runs every extractor over article.text. Pure and thread-safe; linear in the text.
ArticleFacts AnalyseArticle(const Article& article);

}  // namespace sitrep::extract
