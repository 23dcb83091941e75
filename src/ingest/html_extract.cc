// ExtractHtml: bytes -> character set -> tree -> metadata and main text.
//
// The common Western charsets are decoded here (see html_charset.cc) and handed to
// libxml2 as UTF-8; any other charset a page declares is left to libxml2 (iconv).
// Whatever comes out is repaired to valid UTF-8 and NFC-normalised.
#include <libxml/encoding.h>

#include "fields.h"
#include "html_charset.h"
#include "html_content.h"
#include "html_dom.h"
#include "html_header_lines.h"
#include "html_metadata.h"
#include "sitrep/html.h"
#include "sitrep/text.h"

namespace sitrep::ingest {
namespace {

using internal::Dom;

constexpr size_t kBinarySniffBytes = 64 * 1024;

bool LibxmlKnows(const std::string& charset) {
  xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(charset.c_str());
  if (handler == nullptr) return false;
  xmlCharEncCloseFunc(handler);
  return true;
}

Status ParsePage(std::string_view bytes, std::string* charset, Dom* dom) {
  if (*charset == "utf-8") {
    // Valid UTF-8, as nearly every page is, is parsed where it lies, without a copy.
    const std::string_view body = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
    if (text::IsValidUtf8(body)) return internal::ParseUtf8HtmlDom(body, dom);
  }
  std::string utf8;
  if (internal::DecodeToUtf8(bytes, *charset, &utf8)) {
    return internal::ParseUtf8HtmlDom(utf8, dom);
  }
  if (LibxmlKnows(*charset)) {
    Status s = internal::ParseHtmlDom(bytes, *charset, dom);
    if (s.ok()) return s;
  }
  // An unknown or failing charset: read as UTF-8 if it is, as windows-1252 if not.
  *charset = text::IsValidUtf8(bytes) ? "utf-8" : "windows-1252";
  internal::DecodeToUtf8(bytes, *charset, &utf8);
  return internal::ParseUtf8HtmlDom(utf8, dom);
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

}  // namespace

Status ExtractHtml(std::string_view bytes, std::string_view url_hint, HtmlDocument* out,
                   const HtmlOptions& options) {
  *out = HtmlDocument();
  if (bytes.empty()) return Status::Error("empty document");
  if (bytes.size() > options.max_bytes) return Status::Error("page too large");
  std::string charset = internal::SniffHtmlCharset(bytes);
  if (charset.rfind("utf-16", 0) != 0 && text::LooksBinary(bytes.substr(0, kBinarySniffBytes))) {
    return Status::Error("binary content, not an HTML page");
  }
  Dom dom;
  Status s = ParsePage(bytes, &charset, &dom);
  if (!s.ok()) return s;
  out->encoding = charset;
  internal::ReadHtmlMetadata(dom, url_hint, out);

  internal::PageAnalysis analysis;
  internal::AnalyzePage(dom, &analysis);
  std::vector<int> main = internal::ChooseMainNodes(dom, analysis, out->title);
  if (main.empty()) {
    // No prose anywhere: take what the page body has, furniture removed.
    main.push_back(0);
  }
  std::vector<std::string> paragraphs = internal::CollectMainText(dom, analysis, main);
  internal::DropHeaderLines(&paragraphs, out);
  const std::string text = JoinParagraphs(paragraphs);
  out->text = text::IsValidUtf8(text) ? internal::CleanBody(text)
                                       : internal::CleanBody(internal::RepairUtf8(text));
  if (out->text.empty()) return Status::Error("no main text found");
  return Status::Ok();
}

}  // namespace sitrep::ingest
