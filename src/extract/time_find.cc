// FindTimes: tokens, the numbers in words near time words, the grammar's longest
// matches left to right, and each match built into a TimeExpr.
#include <algorithm>
#include <cstdint>

#include "extract/number_lexicon.h"
#include "extract/time_build.h"
#include "extract/time_grammar.h"
#include "extract/time_lexicon.h"
#include "extract/time_resolve.h"
#include "extract/time_tense.h"
#include "extract/time_tokens.h"
#include "sitrep/numbers.h"
#include "sitrep/times.h"

namespace sitrep::extract {
namespace {

using time_internal::Match;
using time_internal::ResolveContext;
using time_internal::TimeTokens;
using time_internal::WordNumber;

// Whether a number in digits can carry time by itself, so that the grammar tries the
// positions around it. A year or a four-digit clock ("2014", "1140 a.m.") can; so can a
// number glued to a word or to ':' or '/' ("3pm", "21st", "90s", "8:19", "5/7"), one
// after a word that introduces a clock ("at 7", "from 3", "between 10") and one before
// "a.m." or "o'clock". Any other number ("40,000 homes", "31 of the 44") can still open
// an expression, but only one that some other word carries ("31 December", "44 days"):
// news is full of figures, and trying every rule around each was a fifth of the time
// grammar's work (callgrind, generated articles; the facts found stay the same).
bool NumberCarriesTime(const TimeTokens& t, size_t i) {
  if (t[i].digits == 4) return true;
  const auto glue = [&](size_t k) {  // the token k touching token i's side
    if (t.IsWord(k)) return true;
    return t.IsPunct(k, ':') || t.IsPunct(k, '/') || t.IsPunct(k, '\'');
  };
  if (t.Touches(i + 1) && glue(i + 1)) return true;
  if (i > 0 && t.Touches(i) && glue(i - 1)) return true;
  if (i > 0 && (t.IsPunct(i - 1, '@') ||
                (t.IsWord(i - 1) && time_internal::IntroducesClock(t.low(i - 1))))) {
    return true;
  }
  return t.Is(i + 1, "a") || t.Is(i + 1, "p") || t.Is(i + 1, "am") || t.Is(i + 1, "pm") ||
         t.Is(i + 1, "o");
}

// What each token can do in a time expression (time_lexicon.h WordRoles).
std::vector<uint8_t> TokenRoles(const TimeTokens& t) {
  std::vector<uint8_t> roles(t.size(), 0);
  const internal::WordFilter& role_words = time_internal::RoleWords();
  for (size_t i = 0; i < t.size(); ++i) {
    if (t.IsNumber(i)) {
      roles[i] = time_internal::kStartWord;
      if (NumberCarriesTime(t, i)) roles[i] |= time_internal::kTimeWord;
    } else if (t.IsWord(i) && role_words.MayContain(t.low(i))) {
      roles[i] = static_cast<uint8_t>(time_internal::WordRoles(t.low(i)));
    } else if (t.IsPunct(i, '\'') || t.IsPunct(i, '@')) {
      roles[i] = time_internal::kStartWord;
    }
  }
  return roles;
}

// A token next to which a number in words can belong to a time expression: a word that
// carries time, or a year ("the first half of 2021").
bool Anchors(const TimeTokens& t, const std::vector<uint8_t>& roles, size_t i) {
  if (t.IsNumber(i)) return t[i].digits == 4;
  return (roles[i] & time_internal::kTimeWord) != 0;
}

// Whether `s` holds a number word that is not an article: a maximal run of ASCII
// letters that the number lexicon knows ("two", "hundred", "first", "half"). Every
// number in words holds one ("a" needs "hundred", "dozen", ... after it), and a word of
// the number grammar that is a lexicon word is such a run (lexicon words are ASCII
// letters), so a stretch without one has no number in words and is not parsed: most
// stretches around time words have none.
bool MayHoldNumberWords(std::string_view s) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  char buf[32];
  const internal::WordFilter& filter = internal::NumberWords();
  size_t i = 0;
  while (i < s.size()) {
    if (!letter(s[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < s.size() && letter(s[i])) ++i;
    const std::string_view w = s.substr(b, i - b);
    if (w.size() >= sizeof buf || !filter.MayContain(w)) continue;
    for (size_t k = 0; k < w.size(); ++k) buf[k] = static_cast<char>(w[k] | 0x20);
    const internal::NumWord kind =
        internal::LookupNumberWord(std::string_view(buf, w.size())).kind;
    if (kind != internal::NumWord::kNone && kind != internal::NumWord::kArticle) return true;
  }
  return false;
}

// Numbers written in words, indexed by the token they start at. A number in words
// matters to a time expression only next to a word that carries time ("twenty-four
// hours", "the twenty-first of May", "half past seven"), so FindNumbers runs on those
// stretches of text only.
std::vector<WordNumber> WordNumbers(std::string_view text, const TimeTokens& t,
                                    const std::vector<uint8_t>& roles) {
  constexpr size_t kBefore = 6, kAfter = 5;
  std::vector<WordNumber> out(t.size());
  size_t i = 0;
  while (i < t.size()) {
    if (!Anchors(t, roles, i)) {
      ++i;
      continue;
    }
    // One stretch: from kBefore tokens before this time word to kAfter tokens after the
    // last time word that keeps it going.
    size_t first = i >= kBefore ? i - kBefore : 0;
    size_t last = std::min(t.size() - 1, i + kAfter);
    size_t j = i + 1;
    while (j < t.size() && j <= last + kBefore) {
      if (Anchors(t, roles, j)) last = std::min(t.size() - 1, j + kAfter);
      ++j;
    }
    size_t base = t[first].begin;
    std::string_view chunk = text.substr(base, t[last].end - base);
    if (!MayHoldNumberWords(chunk)) {
      i = last + 1;
      continue;
    }
    size_t ti = first;
    for (const NumberMatch& n : FindNumbers(chunk)) {
      if (n.has_digits || !n.has_words) continue;
      size_t b = base + n.begin, e = base + n.end;
      while (ti <= last && t[ti].begin < b) ++ti;
      if (ti > last) break;
      if (t[ti].begin != b) continue;
      size_t tj = ti;
      while (tj <= last && t[tj].end <= e) ++tj;
      if (tj == ti || t[tj - 1].end != e) continue;
      out[ti] = WordNumber{tj, n.value, n.ordinal};
    }
    i = last + 1;
  }
  return out;
}

}  // namespace

std::vector<TimeExpr> FindTimes(std::string_view text, std::string_view reference_date) {
  TimeTokens tokens(text);
  time_internal::SentenceTense tense(tokens);
  std::vector<uint8_t> roles = TokenRoles(tokens);
  std::vector<WordNumber> numbers = WordNumbers(text, tokens, roles);
  time_internal::Grammar grammar(tokens, tense, numbers, roles);
  ResolveContext ctx;
  time_internal::ParseReference(reference_date, &ctx.ref);
  time_internal::TimeExprBuilder builder(text, tokens, &ctx);
  std::vector<TimeExpr> out;
  // One Match for the whole scan: MatchAt overwrites it whenever it returns true, and
  // building a fresh one at every token cost more than the grammar's skipping test.
  Match m;
  size_t i = 0;
  while (i < tokens.size()) {
    if (grammar.MatchAt(i, &m) && m.end > m.first && m.first >= i) {
      out.push_back(builder.Build(m));
      i = m.end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace sitrep::extract
