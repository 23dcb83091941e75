// claims: the figures of a storyline grouped by what they count, so that a reader sees
// where sources agree and where they conflict ("more than 13,000" against "about
// 14,000" dead), with every source listed and copies folded under their original.
//
// Figures are about the same thing when they count the same kind of thing (troops,
// soldiers and military personnel are one; killed, died and deaths are one; money in
// one currency; "the figure stands at 120" counts what its article or storyline counts
// at that value) and their values are within 35% of the value most reports give:
// values further apart are different quantities (8,500 US troops on alert and 100,000
// Russian troops at the border), not a dispute. A count that only accumulates (a death
// toll, an area burned) is one claim across values however far apart while each higher
// value is reported later ("changed"); for other counts, values reported at different
// times are each their time's figure. Precision first: a group is a conflict only when
// independent sources state different values for it at the same time, or a count that
// only accumulates is later reported lower.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/store.h"

namespace sitrep::report {

struct ClaimSource {
  store::StoredFigure figure;         // as the original states it
  std::vector<std::string> copies;    // articles republishing that original, folded in
};

struct ClaimGroup {
  std::string what;    // "troops", "people killed", "EUR", ...
  // "agree", "conflict", "changed" (a count that grew over time), or "single" (one
  // independent source so far)
  std::string status;
  double low = 0, high = 0;           // the values stated
  std::vector<ClaimSource> sources;   // independent articles, earliest first
  size_t source_count = 0;            // all of them: `sources` may list fewer
};

// Groups figures (from one storyline) into claims; groups with fewer than
// `min_sources` independent sources are left out. Conflicts first, then most sources.
// Each group lists its `max_listed` earliest sources (a figure that every article of a
// large storyline repeats has thousands) and counts them all.
std::vector<ClaimGroup> BuildClaims(const std::vector<store::StoredFigure>& figures,
                                    size_t min_sources, size_t max_listed = SIZE_MAX);

// What a figure counts, normalised for grouping: "" when it counts nothing nameable
// (nothing, or a word standing for a count named elsewhere: "the figure stands at 120").
std::string ClaimSubject(const store::StoredFigure& figure);

// What each of a storyline's figures counts as BuildClaims groups them: ClaimSubject,
// and for the figures that do not name it, what the rest of the article and the
// storyline say (see src/report/claims_subject.h).
std::vector<std::string> ClaimSubjects(const std::vector<store::StoredFigure>& figures);

nlohmann::json ClaimGroupJson(const ClaimGroup& group);

}  // namespace sitrep::report
