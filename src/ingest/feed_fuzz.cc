// libFuzzer target: a feed of any bytes must split and parse without crashing, hanging
// or expanding entities, and every article must be valid UTF-8 with text. Build with
// `make fuzz` (clang, -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "feed_reader.h"
#include "sitrep/ingest.h"
#include "sitrep/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  sitrep::ingest::internal::FeedReader reader(bytes, "fuzz.xml");
  sitrep::ingest::internal::WalkItem item;
  int items = 0;
  while (reader.Next(&item)) {
    if (++items > 1000000) std::abort();  // a reader that never ends
    if (item.is_error) {
      if (item.error.reason.empty() || item.error.reason.find('\n') != std::string::npos) std::abort();
      continue;
    }
    // An item's record can only be as large as the feed, give or take its encoding:
    // anything more means an entity was expanded.
    if (item.record.bytes.size() > 8 * size + 4096) std::abort();
    sitrep::Article article;
    const sitrep::Status status = sitrep::ingest::ParseRecord(item.record, &article);
    if (!status.ok()) continue;
    if (article.text.empty() || article.format != "feed") std::abort();
    for (const std::string* field : {&article.text, &article.title, &article.author,
                                     &article.source, &article.url, &article.metadata_json}) {
      if (!sitrep::text::IsValidUtf8(*field)) std::abort();
    }
  }
  return 0;
}
