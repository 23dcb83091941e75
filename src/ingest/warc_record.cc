#include "warc_record.h"

#include <cctype>

namespace sitrep::ingest::internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool ParseWarcHeaders(std::string_view block, WarcHeaders* headers, std::string* reason) {
  *headers = WarcHeaders();
  size_t eol = block.find('\n');
  headers->version = std::string(Trim(block.substr(0, eol)));
  if (headers->version.rfind("WARC/1.", 0) != 0) {
    *reason = "not a WARC record (no WARC/1.x version line)";
    return false;
  }
  bool has_length = false;
  while (eol != std::string_view::npos) {
    block.remove_prefix(eol + 1);
    eol = block.find('\n');
    const std::string_view line = block.substr(0, eol);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = Trim(line.substr(0, colon));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (EqualsNoCase(name, "WARC-Type")) {
      headers->type = Lower(value);
    } else if (EqualsNoCase(name, "WARC-Target-URI")) {
      std::string_view uri = value;
      if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
      headers->target_uri = std::string(uri);
    } else if (EqualsNoCase(name, "WARC-Date")) {
      headers->date = std::string(value);
    } else if (EqualsNoCase(name, "WARC-Record-ID")) {
      headers->record_id = std::string(value);
    } else if (EqualsNoCase(name, "WARC-Identified-Payload-Type")) {
      headers->identified_type = Lower(Trim(value.substr(0, value.find(';'))));
    } else if (EqualsNoCase(name, "Content-Type")) {
      headers->content_type = std::string(value);
    } else if (EqualsNoCase(name, "Content-Length")) {
      // Digits only, and few enough that the sum cannot overflow (10^18 bytes).
      if (value.empty() || value.size() > 18) break;
      int64_t n = 0;
      bool digits = true;
      for (char c : value) {
        if (c < '0' || c > '9') {
          digits = false;
          break;
        }
        n = n * 10 + (c - '0');
      }
      if (!digits) break;
      headers->content_length = n;
      has_length = true;
    }
  }
  if (!has_length) {
    *reason = "WARC record without a valid Content-Length";
    return false;
  }
  return true;
}

}  // namespace sitrep::ingest::internal
