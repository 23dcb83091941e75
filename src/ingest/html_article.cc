#include "html_article.h"

#include <nlohmann/json.hpp>

#include "sitrep/html.h"

namespace sitrep::ingest::internal {

Status ParseHtmlArticle(std::string_view bytes, Article* article) {
  HtmlDocument page;
  Status s = ExtractHtml(bytes, "", &page);
  if (!s.ok()) return s;
  article->title = std::move(page.title);
  article->published = std::move(page.published);
  article->author = std::move(page.author);
  article->source = std::move(page.site_name);
  article->url = std::move(page.canonical_url);
  article->text = std::move(page.text);
  // The declared language is kept but not trusted: templates declare "en" on pages of
  // every language, so ParseRecord detects the language from the text.
  nlohmann::json metadata = nlohmann::json::object();
  if (!page.modified.empty()) metadata["modified"] = page.modified;
  if (!page.description.empty()) metadata["description"] = page.description;
  if (!page.language.empty()) metadata["declared_language"] = page.language;
  if (!page.encoding.empty()) metadata["encoding"] = page.encoding;
  if (!metadata.empty()) {
    article->metadata_json = metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
