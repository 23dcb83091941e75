#include "feed_item.h"

#include <nlohmann/json.hpp>

#include "fields.h"
#include "html_charset.h"
#include "markup_text.h"
#include "rss_dates.h"
#include "sitrep/html.h"
#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string Str(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  std::string s = it->get<std::string>();
  return text::IsValidUtf8(s) ? s : RepairUtf8(s);
}

bool Flag(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

// Plain text needs no parser unless it holds markup or entities.
bool LooksLikeMarkup(std::string_view s) {
  return s.find('<') != std::string_view::npos || s.find('&') != std::string_view::npos;
}

// The text of one body: main text when ExtractHtml finds it, else the fragment as
// plain text.
std::string BodyText(const std::string& body, bool is_text, const std::string& url) {
  if (body.empty()) return "";
  if (is_text || !LooksLikeMarkup(body)) return CleanBody(body);
  HtmlDocument page;
  if (ExtractHtml(body, url, &page).ok() && !page.text.empty()) return std::move(page.text);
  return MarkupToText(body);
}

}  // namespace

std::string EncodeFeedItem(const FeedInfo& feed, const FeedItem& item) {
  json j = json::object();
  auto put = [&j](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  put("feed_kind", feed.kind);
  put("feed_title", feed.title);
  put("feed_link", feed.link);
  put("feed_language", feed.language);
  put("title", item.title);
  if (item.title_is_html) j["title_is_html"] = true;
  put("link", item.link);
  put("published", item.published);
  put("updated", item.updated);
  put("author", item.author);
  put("id", item.id);
  put("content", item.content);
  if (item.content_is_text) j["content_is_text"] = true;
  put("summary", item.summary);
  if (item.summary_is_text) j["summary_is_text"] = true;
  if (!item.categories.empty()) j["categories"] = item.categories;
  if (!item.extra.empty()) {
    json extra = json::object();
    for (const auto& [key, value] : item.extra) {
      if (!extra.contains(key)) extra[key] = value;
    }
    j["extra"] = std::move(extra);
  }
  return Dump(j);
}

Status ParseFeedItem(std::string_view bytes, Article* article) {
  *article = Article{};
  const json j = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return Status::Error("invalid feed item record");
  const std::string link = CleanLine(Str(j, "link"));
  std::string text = BodyText(Str(j, "content"), Flag(j, "content_is_text"), link);
  const bool from_summary = text.empty();
  if (from_summary) text = BodyText(Str(j, "summary"), Flag(j, "summary_is_text"), link);
  if (text.empty()) return Status::Error("item has no text");

  const std::string title = Str(j, "title");
  article->title = CleanLine(Flag(j, "title_is_html") || LooksLikeMarkup(title) ? MarkupToText(title) : title);
  article->text = std::move(text);
  article->url = link;
  article->source = CleanLine(Str(j, "feed_title"));
  article->author = CleanLine(Str(j, "author"));
  article->external_id = CleanLine(Str(j, "id"));

  json metadata = json::object();
  const std::string published = Str(j, "published");
  const std::string updated = Str(j, "updated");
  article->published = FeedDate(published);
  if (article->published.empty() && published.empty()) article->published = FeedDate(updated);
  // A date that cannot be read is kept as given, as the JSON Lines reader does.
  if (article->published.empty() && !published.empty()) metadata["date"] = CleanLine(published);
  if (!updated.empty()) {
    const std::string iso = FeedDate(updated);
    metadata["updated"] = iso.empty() ? CleanLine(updated) : iso;
  }
  // The description stays in metadata when the content gave the text.
  if (!from_summary) {
    const std::string summary = BodyText(Str(j, "summary"), Flag(j, "summary_is_text"), link);
    if (!summary.empty()) metadata["description"] = summary;
  }
  // Declared, not trusted (as for HTML pages): ParseRecord detects the language.
  const std::string language = CleanLine(Str(j, "feed_language"));
  if (!language.empty()) metadata["declared_language"] = language;
  const std::string feed_link = CleanLine(Str(j, "feed_link"));
  if (!feed_link.empty()) metadata["feed"] = feed_link;
  if (const auto it = j.find("categories"); it != j.end() && it->is_array()) {
    json categories = json::array();
    for (const json& c : *it) {
      if (c.is_string()) categories.push_back(CleanLine(RepairUtf8(c.get<std::string>())));
    }
    if (!categories.empty()) metadata["categories"] = std::move(categories);
  }
  if (const auto it = j.find("extra"); it != j.end() && it->is_object()) {
    for (const auto& [key, value] : it->items()) {
      if (value.is_string() && !metadata.contains(key)) {
        metadata[key] = CleanLine(RepairUtf8(value.get<std::string>()));
      }
    }
  }
  if (!metadata.empty()) article->metadata_json = Dump(metadata);
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
