// ComputeEventFeatures: what an article is about (weighted stems, named entities) and
// when (a day), for the event clusterer.
#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <unordered_map>

#include "events/stemmer.h"
#include "sitrep/events.h"
#include "sitrep/text.h"

namespace sitrep::events {
namespace {

// Terms and entities kept per article: enough to tell events apart, small enough that
// scoring a candidate stays cheap.
constexpr size_t kTermsKept = 40;
constexpr size_t kEntitiesKept = 12;
constexpr size_t kFiguresKept = 16;
// Sentences of the lead, weighted up with the title.
constexpr size_t kLeadSentences = 3;

uint32_t Hash32(std::string_view s) { return static_cast<uint32_t>(XXH3_64bits(s.data(), s.size())); }

// "YYYY-MM-DD..." as days since the epoch; kNoDay for anything less precise.
int32_t DayOf(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return kNoDay;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return kNoDay;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return kNoDay;
  return static_cast<int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

void AddWords(std::string_view text, float weight, std::unordered_map<uint32_t, float>* tf) {
  for (const text::Token& t : text::Tokenize(text)) {
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    if (raw.size() < 3 || raw.size() > 40) continue;
    bool letters = true;
    for (unsigned char c : raw) letters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-';
    if (!letters) continue;
    const std::string lower = text::FoldCase(raw);
    if (internal::IsStopword(lower)) continue;
    (*tf)[Hash32(internal::Stem(lower))] += weight;
  }
}

}  // namespace

EventFeatures ComputeEventFeatures(const Article& article, const extract::ArticleFacts& facts) {
  EventFeatures f;
  f.language = article.language;
  std::unordered_map<uint32_t, float> tf;
  AddWords(article.title, 3.0f, &tf);
  const std::vector<text::Span> sentences = text::SplitSentences(article.text);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::string_view s =
        std::string_view(article.text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
    AddWords(s, i < kLeadSentences ? 2.0f : 1.0f, &tf);
  }
  for (auto& [term, count] : tf) f.terms.emplace_back(term, 1.0f + std::log(count));
  std::sort(f.terms.begin(), f.terms.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  if (f.terms.size() > kTermsKept) f.terms.resize(kTermsKept);
  std::sort(f.terms.begin(), f.terms.end());

  // The entities named most; places and people say which development this is.
  std::vector<std::pair<size_t, uint32_t>> named;
  for (const extract::Entity& e : facts.entities.entities) {
    if (e.key.empty() || (e.type != "PER" && e.type != "ORG" && e.type != "LOC")) continue;
    named.emplace_back(e.mentions.size(), Hash32(e.type + ":" + e.key));
  }
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (size_t i = 0; i < named.size() && i < kEntitiesKept; ++i) f.entities.push_back(named[i].second);
  std::sort(f.entities.begin(), f.entities.end());
  f.entities.erase(std::unique(f.entities.begin(), f.entities.end()), f.entities.end());

  for (const extract::Figure& fig : facts.figures) {
    std::string what = fig.unit.empty() ? internal::Stem(text::FoldCase(fig.counted)) : fig.unit;
    if (what.empty()) continue;  // a bare number says little
    f.figures.push_back(Hash32(fmt::format("{:.6g} {}", fig.value, what)));
  }
  std::sort(f.figures.begin(), f.figures.end());
  f.figures.erase(std::unique(f.figures.begin(), f.figures.end()), f.figures.end());
  if (f.figures.size() > kFiguresKept) f.figures.resize(kFiguresKept);

  f.day = DayOf(article.published);
  if (f.day == kNoDay) {
    // An undated article is placed by the day its text names most (resolved dates only:
    // an undated text resolves no relative date, so these are written-out dates).
    std::map<int32_t, int> days;
    for (const extract::TimeExpr& t : facts.times) {
      if (t.resolved && t.kind == "date") {
        const int32_t d = DayOf(t.value);
        if (d != kNoDay) ++days[d];
      }
    }
    int best = 0;
    for (const auto& [d, n] : days) {
      if (n > best) {
        best = n;
        f.day = d;
      }
    }
  }
  return f;
}

}  // namespace sitrep::events
