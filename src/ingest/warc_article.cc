#include "warc_article.h"

#include <iconv.h>

#include <cerrno>

#include <nlohmann/json.hpp>

#include "fields.h"
#include "html_charset.h"
#include "http_response.h"
#include "sitrep/html.h"
#include "sitrep/text.h"
#include "warc_record.h"

namespace sitrep::ingest::internal {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The labels html_charset.cc decodes itself, as it names them.
std::string CommonLabel(const std::string& label) {
  if (label == "utf8" || label == "utf-8") return "utf-8";
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "us-ascii" ||
      label == "ascii" || label == "windows-1252" || label == "cp1252") {
    return "windows-1252";
  }
  return label;
}

// `bytes` in `charset` to UTF-8 through iconv; bytes it cannot convert become U+FFFD.
// False when iconv does not know the charset.
bool IconvToUtf8(std::string_view bytes, const std::string& charset, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buffer[16 << 10];
  while (in_left > 0) {
    char* dst = buffer;
    size_t dst_left = sizeof(buffer);
    const size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out->append(buffer, sizeof(buffer) - dst_left);
    if (rc != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) continue;
    out->append("\xEF\xBF\xBD");  // EILSEQ, or EINVAL: a sequence cut at the end
    if (errno != EILSEQ) break;
    ++in;
    --in_left;
  }
  iconv_close(cd);
  return true;
}

// The body as UTF-8 with a byte-order mark, which ExtractHtml takes over any <meta>
// charset: the HTTP header is the authority when it names a charset. Unchanged when it
// names none, names one iconv does not know, or the page starts with its own BOM.
std::string ApplyHttpCharset(std::string body, const std::string& http_charset, std::string* used) {
  if (http_charset.empty() || body.substr(0, 2) == "\xFF\xFE" || body.substr(0, 2) == "\xFE\xFF" ||
      body.substr(0, 3) == kUtf8Bom) {
    return body;
  }
  const std::string label = CommonLabel(http_charset);
  std::string utf8;
  if (!DecodeToUtf8(body, label, &utf8) && !IconvToUtf8(body, label, &utf8)) return body;
  *used = label;
  return std::string(kUtf8Bom) + utf8;
}

}  // namespace

Status ParseWarcRecord(std::string_view bytes, Article* article) {
  *article = Article{};
  size_t header_size = bytes.find("\r\n\r\n");
  size_t content_at = header_size + 4;
  if (header_size == std::string_view::npos) {
    header_size = bytes.find("\n\n");
    if (header_size == std::string_view::npos) return Status::Error("WARC record without content");
    content_at = header_size + 2;
  }
  WarcHeaders warc;
  std::string reason;
  if (!ParseWarcHeaders(bytes.substr(0, header_size), &warc, &reason)) return Status::Error(reason);
  std::string_view message = bytes.substr(content_at);
  if (static_cast<uint64_t>(warc.content_length) < message.size()) {
    message = message.substr(0, static_cast<size_t>(warc.content_length));
  }
  HttpResponse http;
  if (!ParseHttpResponse(message, &http)) return Status::Error("not an HTTP response");
  if (http.content_type.empty()) http.content_type = warc.identified_type;
  if (http.status != 200 || !IsHtmlMediaType(http.content_type)) {
    return Status::Error("not an HTML page (HTTP " + std::to_string(http.status) + ", " +
                         (http.content_type.empty() ? "no type" : http.content_type) + ")");
  }
  std::string body(message.substr(http.body_offset));
  if (http.transfer_encoding.find("chunked") != std::string::npos) {
    std::string plain;
    if (!Dechunk(body, &plain)) return Status::Error("broken chunked transfer encoding");
    body = std::move(plain);
  }
  const HtmlOptions options;
  if (http.content_encoding == "gzip" || http.content_encoding == "x-gzip" ||
      http.content_encoding == "deflate") {
    std::string plain;
    if (!Inflate(body, options.max_bytes, &plain)) {
      return Status::Error("cannot decode Content-Encoding " + http.content_encoding);
    }
    body = std::move(plain);
  }
  std::string charset_used;
  body = ApplyHttpCharset(std::move(body), http.charset, &charset_used);

  const std::string target = CleanLine(RepairUtf8(warc.target_uri));
  HtmlDocument page;
  Status s = ExtractHtml(body, target, &page, options);
  if (!s.ok()) return s;
  article->title = std::move(page.title);
  article->published = std::move(page.published);
  article->author = std::move(page.author);
  article->source = std::move(page.site_name);
  article->url = page.canonical_url.empty() ? target : std::move(page.canonical_url);
  article->text = std::move(page.text);

  nlohmann::json metadata = nlohmann::json::object();
  if (!warc.date.empty()) metadata["crawled"] = CleanLine(RepairUtf8(warc.date));
  if (!warc.record_id.empty()) metadata["warc_record_id"] = CleanLine(RepairUtf8(warc.record_id));
  if (!target.empty() && target != article->url) metadata["target_uri"] = target;
  if (!http.charset.empty()) metadata["http_charset"] = CleanLine(RepairUtf8(http.charset));
  if (!page.modified.empty()) metadata["modified"] = page.modified;
  if (!page.description.empty()) metadata["description"] = page.description;
  // Declared, not trusted: ParseRecord detects the language (see html_article.cc).
  if (!page.language.empty()) metadata["declared_language"] = page.language;
  if (!page.encoding.empty()) metadata["encoding"] = charset_used.empty() ? page.encoding : charset_used;
  if (!metadata.empty()) {
    article->metadata_json = metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return Status::Ok();
}

}  // namespace sitrep::ingest::internal
