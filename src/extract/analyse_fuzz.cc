// libFuzzer target: the four extractors on any valid UTF-8 text must never crash or
// hang, and every fact they return must lie inside the text, end after begin, and link
// only to entities that exist. Build with clang -fsanitize=fuzzer,address (make fuzz).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sitrep/analysis.h"
#include "sitrep/text.h"

namespace {

void Within(size_t begin, size_t end, size_t size) {
  if (begin > end || end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // Articles reach the extractors as valid NFC UTF-8 with clean whitespace; so does
  // the input here, with the first byte choosing whether the article has a date (times
  // resolve against it).
  if (!sitrep::text::IsValidUtf8(bytes)) return 0;
  sitrep::Article article;
  article.id = "0000000000000000";
  article.language = "en";
  article.language_confidence = 0.99;
  article.published = size > 0 && (data[0] & 1) ? "2022-02-10T08:19" : "";
  article.text = sitrep::text::CleanWhitespace(sitrep::text::NormalizeNfc(bytes));
  const sitrep::extract::ArticleFacts facts = sitrep::extract::AnalyseArticle(article);
  const size_t n = article.text.size();
  const auto& entities = facts.entities.entities;
  for (const auto& m : facts.entities.mentions) {
    Within(m.begin, m.end, n);
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= entities.size()) std::abort();
  }
  for (const auto& q : facts.quotes) {
    Within(q.begin, q.end, n);
    if (q.speaker_entity >= static_cast<int>(entities.size())) std::abort();
  }
  for (const auto& f : facts.figures) {
    Within(f.begin, f.end, n);
    if (f.owner_entity >= static_cast<int>(entities.size())) std::abort();
  }
  for (const auto& t : facts.times) Within(t.begin, t.end, n);
  return 0;
}
