// Charset sniffing follows the shape of the WHATWG encoding sniffing algorithm (BOM,
// then a prescan for <meta>), simplified: the prescan is a case-insensitive search for
// "charset=" inside <meta ...> tags, which covers both spellings of the declaration.
// Windows-1252 is decoded here with a table rather than by libxml2 through iconv: iconv
// stops at the five bytes that code page leaves undefined, and a page must never lose
// its text for one stray byte.
#include "html_charset.h"

#include <cstdint>

#include "sitrep/text.h"

namespace sitrep::ingest::internal {
namespace {

constexpr size_t kPrescanBytes = 8192;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '_' || c == '.' || c == ':';
}

// Maps the many labels of one charset to the label used everywhere else.
std::string CanonicalLabel(std::string_view label) {
  const std::string l = ToLower(label);
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "utf-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "iso_8859-1" || l == "latin1" ||
      l == "latin-1" || l == "l1" || l == "us-ascii" || l == "ascii" || l == "cp1252" ||
      l == "windows-1252" || l == "x-cp1252" || l == "cp819" || l == "ibm819") {
    return "windows-1252";
  }
  // A page that says UTF-16 in an ASCII-compatible <meta> cannot be UTF-16 (the
  // declaration itself was readable as ASCII); browsers read it as UTF-8.
  if (l.rfind("utf-16", 0) == 0 || l.rfind("utf16", 0) == 0) return "utf-8";
  return l;
}

// The label after the first "charset" "=" in `tag`, or "".
std::string CharsetInTag(std::string_view tag) {
  const std::string lower = ToLower(tag);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\'')) ++i;
      size_t end = i;
      while (end < lower.size() && IsLabelChar(lower[end])) ++end;
      if (end > i) return std::string(tag.substr(i, end - i));
    }
    pos += 7;
  }
  return "";
}

// Whether `s` starts with lower-case `prefix`, ignoring ASCII case.
bool StartsWithLower(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

std::string PrescanMeta(std::string_view head) {
  // Searched in place rather than in a lower-case copy: the head is most of a page.
  size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    if (!StartsWithLower(head.substr(pos), "<meta")) {
      ++pos;
      continue;
    }
    const size_t end = head.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string label = CharsetInTag(head.substr(pos, end - pos));
    if (!label.empty()) return label;
    pos = end;
  }
  return "";
}

// Windows-1252 bytes 0x80..0x9F; 0 marks the five undefined bytes, which are mapped
// to the C1 control of the same number as browsers do (cleaned away later).
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string DecodeCp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else if (c < 0xA0) {
      const uint16_t cp = kCp1252High[c - 0x80];
      AppendUtf8(cp != 0 ? cp : c, &out);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

}  // namespace

std::string SniffHtmlCharset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  const std::string declared = PrescanMeta(bytes.substr(0, kPrescanBytes));
  if (!declared.empty()) return CanonicalLabel(declared);
  return text::IsValidUtf8(bytes) ? "utf-8" : "windows-1252";
}

void MapC1ToWindows1252(std::string* s) {
  if (s->find('\xC2') == std::string::npos) return;
  std::string out;
  out.reserve(s->size() + 8);
  for (size_t i = 0; i < s->size(); ++i) {
    const auto c = static_cast<unsigned char>((*s)[i]);
    const auto d = i + 1 < s->size() ? static_cast<unsigned char>((*s)[i + 1]) : 0;
    if (c == 0xC2 && d >= 0x80 && d <= 0x9F && kCp1252High[d - 0x80] != 0) {
      AppendUtf8(kCp1252High[d - 0x80], &out);
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  *s = std::move(out);
}

bool DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  if (charset == "utf-8") {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    *out = text::IsValidUtf8(bytes) ? std::string(bytes) : RepairUtf8(bytes);
    return true;
  }
  if (charset == "windows-1252") {
    *out = DecodeCp1252(bytes);
    return true;
  }
  return false;
}

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t bad = 0;
  while (!text::IsValidUtf8(s, &bad)) {
    out.append(s.substr(0, bad));
    out.append("\xEF\xBF\xBD");  // U+FFFD
    // Skip the lead byte and any continuation bytes that belonged to the broken
    // sequence, so one bad character gives one replacement.
    size_t skip = 1;
    while (bad + skip < s.size() && skip < 4 &&
           (static_cast<unsigned char>(s[bad + skip]) & 0xC0) == 0x80) {
      ++skip;
    }
    s.remove_prefix(bad + skip);
  }
  out.append(s);
  return out;
}

}  // namespace sitrep::ingest::internal
