// From a record to an article: validate, read by format, then the per-article fields
// every reader shares (language, id).
#include <algorithm>

#include "feed_item.h"
#include "fields.h"
#include "boilerplate.h"
#include "format.h"
#include "html_article.h"
#include "jsonl.h"
#include "warc_article.h"
#include "warc_reader.h"
#include "sitrep/ingest.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

// Enough text for CLD2 to decide; DetectLanguage reads no further anyway.
constexpr size_t kLanguageSampleBytes = 4 << 10;

}  // namespace

Status ParseRecord(const Record& record, Article* article) {
  *article = Article{};
  Status status;
  // The article names the input's format, not the record's: a feed's items are records
  // of format "feed-item", and the user knows the file as a feed.
  std::string format = record.format;
  if (record.format == "text" || record.format == "jsonl") {
    const std::string problem = internal::CheckText(record.bytes);
    if (!problem.empty()) return Status::Error(problem);
    status = record.format == "text" ? ParsePlainText(record.bytes, article)
                                     : internal::ParseJsonLine(record.bytes, article);
  } else if (record.format == "html") {
    // Any character set: the page declares it, and the reader converts to UTF-8.
    status = internal::ParseHtmlArticle(record.bytes, article);
  } else if (record.format == internal::kFeedItemFormat) {
    status = internal::ParseFeedItem(record.bytes, article);
    format = "feed";
  } else if (record.format == internal::kWarcRecordFormat) {
    status = internal::ParseWarcRecord(record.bytes, article);
    format = "warc";
  } else {
    return Status::Error(internal::UnreadableFormatReason(record.format));
  }
  if (!status.ok()) return status;
  // Every reader's text may still carry a site's furniture; what is left is the article.
  int removed = 0;
  article->text = internal::RemoveBoilerplate(article->text, &removed);
  if (article->text.empty()) return Status::Error("no text left once site furniture is removed");
  article->origin = record.origin;
  article->format = std::move(format);
  if (article->language.empty()) {
    std::string sample = article->title;
    sample += "\n\n";
    size_t cut = std::min(article->text.size(), kLanguageSampleBytes);
    // Cut at a character boundary: CLD2 gives up on text that ends mid-character.
    while (cut > 0 && cut < article->text.size() &&
           (static_cast<unsigned char>(article->text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    sample.append(article->text, 0, cut);
    const text::Language language = text::DetectLanguage(sample);
    article->language = language.code;
    article->language_confidence = language.confidence;
  }
  article->id = ComputeArticleId(*article);
  return Status::Ok();
}

}  // namespace sitrep::ingest
