// Article: one news document after the per-article stages (read, clean, analyse),
// the unit that the store keeps and every later stage works on.
#pragma once

#include <string>

namespace sitrep {

struct Article {
  // Content identity: 16 lowercase hex digits of XXH3-64 over the canonical fields
  // (see ComputeArticleId). Two inputs with the same source, url, title, date and
  // text are the same article, whatever file they came from.
  std::string id;

  std::string origin;       // where it was read: a path, or "path#N" for record N of a file
  std::string format;       // reader that produced it: "text", "jsonl", ...
  std::string source;       // site or agency ("AFP"); empty when unknown
  std::string url;          // canonical URL when known
  std::string external_id;  // an id the input gave the document (kept, never used as ours)
  std::string title;        // headline; empty when the document has none
  // Publication time, ISO 8601, exactly as precise as the input said:
  // "2022-02-10T08:19", "2022-02-02", "2022-02". Empty when unknown: never guessed.
  std::string published;
  std::string dateline;     // place named in the dateline ("Washington"); empty when none
  std::string author;
  std::string language;     // ISO 639-1 code ("en"), "und" when undetermined
  double language_confidence = 0.0;  // 0..1
  // Clean text: paragraphs separated by exactly one blank line ("\n\n"), no title.
  std::string text;
  // Further fields a reader kept (JSON Lines extras, HTTP headers), as one JSON object,
  // or empty.
  std::string metadata_json;
};

// The content hash that keys articles in the store. Depends on source, url, title,
// published and text only; origin, format and metadata do not change identity.
std::string ComputeArticleId(const Article& article);

}  // namespace sitrep
