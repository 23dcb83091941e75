#include "fields.h"

#include <cstring>

#include "sitrep/text.h"

namespace sitrep::ingest::internal {

std::string CleanLine(std::string_view s) {
  std::string clean = text::CleanWhitespace(s);
  std::string joined;
  joined.reserve(clean.size());
  for (char c : clean) {
    if (c == '\n') {
      if (!joined.empty() && joined.back() != ' ') joined.push_back(' ');
    } else {
      joined.push_back(c);
    }
  }
  return text::NormalizeNfc(joined);
}

std::string CleanBody(std::string_view s) { return text::NormalizeNfc(text::CleanWhitespace(s)); }

std::string CheckText(std::string_view bytes) {
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    return "binary content (NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")";
  }
  size_t bad = 0;
  if (!text::IsValidUtf8(bytes, &bad)) return "invalid UTF-8 at byte " + std::to_string(bad);
  if (text::LooksBinary(bytes)) return "binary content (control characters)";
  return "";
}

}  // namespace sitrep::ingest::internal
