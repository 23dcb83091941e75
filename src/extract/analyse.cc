#include "sitrep/analysis.h"

#include "extract/entity_tokens.h"
#include "extract/figure_owner.h"

namespace sitrep::extract {

bool ExtractorsRead(const std::string& language) {
  return language.empty() || language == "en" || language == "und";
}

ArticleFacts AnalyseArticle(const Article& article) {
  ArticleFacts facts;
  if (!ExtractorsRead(article.language)) {
    facts.skipped = "extractors read English only; language is " + article.language;
    return facts;
  }
  facts.analysed = true;
  // Entities and quotes read the same tokens: tokenizing once saves a third of their
  // work.
  const internal::TokenizedText tokens = internal::TokenizeText(article.text);
  facts.entities = internal::FindEntitiesIn(article.text, tokens);
  facts.quotes = internal::FindQuotesIn(article.text, tokens, facts.entities);
  facts.figures = FindFigures(article.text);
  internal::LinkFigureOwners(tokens, facts.entities, &facts.figures);
  // FindTimes treats anything but a day or a day and time as no reference, so an
  // article dated to the month only leaves relative expressions unresolved.
  facts.times = FindTimes(article.text, article.published);
  return facts;
}

}  // namespace sitrep::extract
