// Copier: how one outlet's article turns up again under another outlet's name.
//
//   exact   republished word for word (perhaps under another headline)
//   near    trimmed paragraphs, light edits, the original's boilerplate swapped for the
//           copier's own
//   spunN   a spinning tool replaced N% of the content words, dropped sentences and
//           reordered some paragraphs
#pragma once

#include <string>

#include "bench/gen/draft.h"
#include "bench/gen/sources.h"
#include "bench/gen/spinner.h"

namespace sitrep::gen {

class Rng;

enum class CopyKind : uint8_t { kExact, kNear, kSpun10, kSpun30, kSpun50 };

const char* CopyKindName(CopyKind kind);  // "exact", "near", "spun10", ...
double SpinShare(CopyKind kind);          // 0.1, 0.3, 0.5; 0 for exact and near

// A near-duplicate of `original` as `copier` would publish it.
Draft NearCopy(const Draft& original, const Source& copier, Rng& rng);

// A spun rewrite of `original` at the share of SpinShare(kind). `stats` receives how
// many content words were replaced.
Draft SpunCopy(const Draft& original, CopyKind kind, const Source& copier, Rng& rng,
               SpinStats* stats);

}  // namespace sitrep::gen
