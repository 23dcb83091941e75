// Small formatting pieces shared by the text and Markdown renderings of a storyline.
#pragma once

#include <string>

#include <fmt/format.h>

#include "sitrep/claims.h"
#include "sitrep/report.h"
#include "sitrep/store.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report::internal {

// "2022-02-02 – 2022-02-10", "2022-02-02" or "undated".
inline std::string DaySpan(const store::StoredCluster& c) {
  if (c.first_published.empty()) return "undated";
  const std::string a = c.first_published.substr(0, 10), b = c.last_published.substr(0, 10);
  return a == b ? a : a + " – " + b;
}

// "13,000 – 14,000" or "100,000".
inline std::string ClaimValues(const ClaimGroup& g) {
  return g.low == g.high ? FormatValue(g.low) : FormatValue(g.low) + " – " + FormatValue(g.high);
}

// "AFP 2022-02-10 c7e77d47": enough to find the article (ids take a 4+ digit prefix).
inline std::string ShortCitation(const std::string& source, const std::string& published,
                                 const std::string& article_id) {
  return fmt::format("{} {} {}", source.empty() ? "-" : source,
                     published.empty() ? "undated" : published.substr(0, 10), article_id.substr(0, 8));
}

// The storyline's headline (its earliest dated original's), else the headline of the
// first event in the timeline that has one: a storyline that begins with an article
// without a headline still gets a name.
inline std::string Headline(const StorylineReport& r) {
  if (!r.storyline.title.empty()) return r.storyline.title;
  for (const auto* list : {&r.timeline.dated, &r.timeline.undated}) {
    for (const TimelineEntry& e : *list) {
      if (!e.event.title.empty()) return e.event.title;
    }
  }
  return "(no headline)";
}

// Independent sources of claim group i, before the listing was cut.
inline size_t ClaimSources(const StorylineReport& r, size_t i) {
  return i < r.claim_sources.size() ? r.claim_sources[i] : r.claims[i].sources.size();
}

// "1 article", "5 articles".
inline std::string Count(int64_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

inline std::string Names(const store::StoredCluster& c) {
  std::string out;
  for (const std::string& n : c.top_entities) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace sitrep::report::internal
