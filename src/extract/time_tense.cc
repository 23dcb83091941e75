#include "extract/time_tense.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/view_table.h"
#include "extract/word_filter.h"

namespace sitrep::extract::time_internal {
namespace {

bool SentenceEnds(const TimeTokens& t, size_t i) {
  // Token i is ". ! ?" and the next token starts a new sentence: after a space, with a
  // capital or a quote, or on a new line.
  if (!(t.IsPunct(i, '.') || t.IsPunct(i, '!') || t.IsPunct(i, '?'))) return false;
  size_t n = i + 1;
  while (n < t.size() && (t.IsPunct(n, '"') || t.IsPunct(n, '\'') || t.IsPunct(n, ')'))) ++n;
  if (n >= t.size()) return true;
  if (!t[n].space_before) return false;
  return t[n].newline_before || t[n].capitalized || t[n].kind != TokenKind::kWord;
}

bool IsFutureMarker(const TimeTokens& t, size_t i) {
  std::string_view w = t.low(i);
  if (w == "will" || w == "shall") return true;
  if (w == "ll" && t.IsPunct(i - 1, '\'') && t.Touches(i)) return true;  // "we'll"
  if (w == "won" && t.IsPunct(i + 1, '\'') && t.Is(i + 2, "t")) return true;
  if (w == "going" && t.Is(i + 1, "to") && !t.Is(i + 2, "the")) return true;
  if ((w == "expected" || w == "scheduled" || w == "slated" || w == "due" || w == "set" ||
       w == "plans" || w == "plan" || w == "planned" || w == "intends" || w == "aims") &&
      (t.Is(i + 1, "to") || t.Is(i + 1, "for"))) {
    return !(w == "due" && t.Is(i + 1, "to") && t.IsWord(i + 2) &&
             (t.Is(i + 2, "the") || t.Is(i + 2, "a")));  // "due to the weather"
  }
  return false;
}

bool IsPastMarker(const TimeTokens& t, size_t i) {
  std::string_view w = t.low(i);
  static constexpr std::string_view kForms[] = {
      "said", "was", "were", "had", "did", "told", "ago", "yesterday", "last", "met",
      "spoke", "made", "took", "gave", "came", "went", "began", "held", "saw", "left",
      "sent", "began", "wrote", "won", "lost", "paid", "struck", "hit", "killed"};
  // Every word of every sentence a date sits in comes here: a hash set, not a scan,
  // behind a filter that turns most words away before they are hashed.
  struct FormSet {
    internal::ViewTable<bool> table;
    internal::WordFilter filter;
  };
  static const FormSet* const kFormSet = [] {
    std::vector<std::pair<std::string_view, bool>> forms;
    for (std::string_view f : kForms) forms.emplace_back(f, true);
    auto* set = new FormSet();
    set->table.Build(forms);
    set->filter = internal::WordFilter::FromKeys(forms);
    return set;
  }();
  if (kFormSet->filter.MayContain(w) && kFormSet->table.Find(w) != nullptr) return true;
  // Regular past tense: "announced", "confirmed". Adjectives in -ed that head nouns in
  // news ("United", "armed", "related") are left out.
  if (w.size() >= 6 && w.substr(w.size() - 2) == "ed") {
    static constexpr std::string_view kNot[] = {"united", "armed", "related", "based",
                                                "indeed", "need", "speed", "hundred",
                                                "allied", "alleged", "supposed", "red"};
    for (std::string_view n : kNot) {
      if (w == n) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

bool SentenceTense::EndsAfter(size_t i) const {
  return SentenceEnds(t_, i) || (i + 1 < t_.size() && t_[i + 1].newline_before);
}

Tense SentenceTense::At(size_t token) const {
  if (token >= t_.size()) return Tense::kUnknown;
  if (token < first_ || token >= end_) {
    size_t first = token;
    while (first > 0 && !EndsAfter(first - 1)) --first;
    size_t last = token;
    while (last + 1 < t_.size() && !EndsAfter(last)) ++last;
    first_ = first;
    end_ = last + 1;
    markers_.clear();
    for (size_t k = first_; k < end_; ++k) {
      if (!t_.IsWord(k)) continue;
      if (IsFutureMarker(t_, k)) {
        markers_.push_back({k, Tense::kFuture});
      } else if (IsPastMarker(t_, k)) {
        markers_.push_back({k, Tense::kPast});
      }
    }
  }
  const std::vector<Marker>& m = markers_;
  // The nearest marker; on a tie, the one before the token (the verb it hangs on).
  if (m.empty()) return Tense::kUnknown;
  auto after = std::lower_bound(m.begin(), m.end(), token,
                                [](const Marker& x, size_t t) { return x.token < t; });
  if (after == m.end()) return m.back().tense;
  if (after == m.begin()) return after->tense;
  auto before = after - 1;
  return token - before->token <= after->token - token ? before->tense : after->tense;
}

}  // namespace sitrep::extract::time_internal
