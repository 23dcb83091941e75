// FindNumbers and ParseNumber: the public face of the number grammar.

#include <string_view>
#include <vector>

#include "extract/number_grammar.h"
#include "extract/number_tokens.h"
#include "sitrep/numbers.h"

namespace sitrep::extract {

std::vector<NumberMatch> FindNumbers(std::string_view text) {
  std::vector<NumberMatch> result;
  std::vector<internal::Tok> toks;
  std::vector<internal::ParsedNumber> parsed;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = internal::ChunkEnd(text, begin);
    std::string_view chunk = text.substr(begin, end - begin);
    internal::Tokenize(chunk, &toks);
    parsed.clear();
    internal::ParseNumbers(chunk, toks, &parsed);
    for (const auto& p : parsed) {
      NumberMatch m = p.m;
      m.begin += begin;
      m.end += begin;
      result.push_back(m);
    }
    begin = end;
  }
  return result;
}

bool ParseNumber(std::string_view text, double* value) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n' || text[b] == '\r')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' ||
                   text[e - 1] == '\r')) {
    --e;
  }
  if (b == e) return false;
  std::string_view s = text.substr(b, e - b);
  std::vector<internal::Tok> toks;
  internal::Tokenize(s, &toks);
  std::vector<internal::ParsedNumber> parsed;
  internal::ParseNumbers(s, toks, &parsed);
  if (parsed.size() != 1) return false;
  const NumberMatch& m = parsed[0].m;
  if (m.begin != 0 || m.end != s.size() || m.unit_glued) return false;
  *value = m.value;
  return true;
}

}  // namespace sitrep::extract
