#include "store/fts_query.h"

#include <vector>

namespace sitrep::store {
namespace {

struct Term {
  std::string text;
  bool excluded = false;
  bool is_or = false;  // the bare word OR, resolved after empty terms are dropped
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Splits the query into terms. Only whitespace, a leading '-' and a '"' at the start of
// a term mean anything; a quote inside a word is a separator, like any punctuation.
std::vector<Term> Split(std::string_view query) {
  std::vector<Term> terms;
  size_t i = 0;
  const size_t n = query.size();
  while (i < n) {
    if (IsSpace(query[i])) {
      ++i;
      continue;
    }
    Term term;
    if (query[i] == '-') {
      term.excluded = true;
      ++i;
      if (i == n || IsSpace(query[i])) continue;  // a lone dash excludes nothing
    }
    if (query[i] == '"') {
      const size_t close = query.find('"', i + 1);
      const size_t end = close == std::string_view::npos ? n : close;
      term.text.assign(query.substr(i + 1, end - i - 1));
      i = close == std::string_view::npos ? n : close + 1;
    } else {
      const size_t start = i;
      while (i < n && !IsSpace(query[i])) ++i;
      term.text.assign(query.substr(start, i - start));
      for (char& c : term.text) {
        if (c == '"') c = ' ';
      }
      term.is_or = !term.excluded && term.text == "OR";
    }
    terms.push_back(std::move(term));
  }
  return terms;
}

// An FTS5 string: the only character that means anything inside it is the quote,
// escaped by doubling (phrases cannot hold one; the doubling is the guarantee).
std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

Status BuildFtsQuery(std::string_view query, const HasTokensFn& has_tokens,
                     std::string* expression) {
  // Required terms in groups joined by AND; the terms of one group are joined by OR.
  std::vector<std::vector<std::string>> groups;
  std::vector<std::string> excluded;
  bool last_required = false;  // the previous kept term was a required one
  bool or_pending = false;     // ... and an OR came after it
  int kept = 0;
  for (const Term& term : Split(query)) {
    if (term.is_or) {
      or_pending = last_required;
      continue;
    }
    // Terms the tokenizer sees nothing in ("*", ":", "«") would be empty phrases,
    // which match no document at all.
    if (!has_tokens(term.text)) continue;
    if (kept == kMaxQueryTerms) break;
    ++kept;
    if (term.excluded) {
      excluded.push_back(Quote(term.text));
      last_required = false;  // "a OR -b c": the OR has no required term on its right
    } else if (or_pending) {
      groups.back().push_back(Quote(term.text));
      last_required = true;
    } else {
      groups.push_back({Quote(term.text)});
      last_required = true;
    }
    or_pending = false;
  }
  if (groups.empty()) return Status::Error("empty query");

  // Parentheses everywhere rather than reliance on FTS5's operator precedence.
  std::string out = "(";
  for (size_t g = 0; g < groups.size(); ++g) {
    if (g > 0) out += " AND ";
    out += '(';
    for (size_t t = 0; t < groups[g].size(); ++t) {
      if (t > 0) out += " OR ";
      out += groups[g][t];
    }
    out += ')';
  }
  out += ')';
  for (const std::string& term : excluded) {
    out += " NOT ";
    out += term;
  }
  *expression = std::move(out);
  return Status::Ok();
}

}  // namespace sitrep::store
