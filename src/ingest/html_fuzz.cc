// libFuzzer target: ExtractHtml must never crash, hang or return invalid UTF-8,
// whatever the bytes. Build with clang -fsanitize=fuzzer,address.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sitrep/html.h"
#include "sitrep/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  sitrep::ingest::HtmlDocument doc;
  const sitrep::Status status =
      sitrep::ingest::ExtractHtml(bytes, "https://example.com/2022/02/10/x", &doc);
  if (status.ok() && doc.text.empty()) std::abort();
  for (const std::string* field : {&doc.text, &doc.title, &doc.author, &doc.site_name,
                                   &doc.description, &doc.canonical_url}) {
    if (!sitrep::text::IsValidUtf8(*field)) std::abort();
  }
  return 0;
}
