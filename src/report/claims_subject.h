// What each figure of a storyline counts, for grouping into claims: the normalised
// subject of a figure on its own (ClaimSubject, in sitrep/claims.h), and the subjects
// a reader takes from the rest of the article and the storyline when the figure does
// not name them. Internal to src/report.
#pragma once

#include <string>
#include <vector>

#include "sitrep/store.h"

namespace sitrep::report::internal {

// Values this close are taken as claims about one quantity.
constexpr double kSameQuantity = 1.35;

inline bool CloseValues(double a, double b) { return a <= b * kSameQuantity && b <= a * kSameQuantity; }

// The subject of each figure in `figures` (one storyline's, originals and copies), ""
// when it counts nothing nameable. Beyond ClaimSubject:
// - a count the article also states, at the same value, as new ("970 new cases", then
//   "970 cases") is the new ones;
// - a word standing for a count named elsewhere ("the figure stands at 120", "said it
//   is 140"), or a bare number near one, takes the subject of the nearest figure of the
//   same article that names one and states the same value: the figure it refers back
//   (or ahead) to;
// - a count of people that says nothing of what happened to them ("120 people have
//   been recorded") takes the one subject of people with an event ("people killed"),
//   or of a kind of people ("73,000 people joined the strike": workers), whose values
//   in the storyline are close to it; when none or several are, it stays as it is;
// - an anaphor or a bare number that its article gives nothing to refer to takes the
//   subject for which the storyline's articles state exactly its value, when two or
//   more articles and four in five of those stating that value do.
std::vector<std::string> ResolveSubjects(const std::vector<store::StoredFigure>& figures);

// Whether a subject is a count that only accumulates (the dead, the injured, those
// detained, cases, an area burned or flooded): a higher value reported later is the same count grown.
bool IsCumulative(const std::string& subject);

}  // namespace sitrep::report::internal
