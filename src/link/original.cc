// PickOriginal: which member of a copy group is the likely original.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "sitrep/copies.h"

namespace sitrep::link {
namespace {

// A member that contains at least this share of the others is one they were cut from.
constexpr double kContains = 0.8;
constexpr double kTie = 0.05;

// Compares two ISO 8601 times at the precision both give: "2024-03-14" and
// "2024-03-14T09:12" are the same day, so neither is earlier.
int CompareTimes(const std::string& a, const std::string& b) {
  const size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n);
}

}  // namespace

OriginalChoice PickOriginal(const std::vector<GroupMember>& members) {
  if (members.empty()) return {};
  std::vector<const GroupMember*> pool;
  bool all_dated = true;
  for (const GroupMember& m : members) all_dated &= !m.published.empty();
  std::string why;
  if (all_dated && members.size() > 1) {
    const GroupMember* first = &members[0];
    for (const GroupMember& m : members) {
      if (CompareTimes(m.published, first->published) < 0) first = &m;
    }
    for (const GroupMember& m : members) {
      if (CompareTimes(m.published, first->published) == 0) pool.push_back(&m);
    }
    if (pool.size() == 1) {
      return {first->id, fmt::format("earliest published ({})", first->published)};
    }
    why = fmt::format("published together ({})", first->published);
  } else {
    for (const GroupMember& m : members) pool.push_back(&m);
    why = members.size() > 1 ? "not all dated" : "only member";
  }
  // The text that contains the others best. Two that contain each other alike (within
  // kTie) are the same story give or take boilerplate: the first listed stays.
  const GroupMember* fullest = nullptr;
  for (const GroupMember* m : pool) {
    if (m->contains_others < kContains) continue;
    if (fullest == nullptr || m->contains_others > fullest->contains_others + kTie) fullest = m;
  }
  if (fullest != nullptr) {
    return {fullest->id,
            fmt::format("{}; fullest text ({:.4g}) containing {:.0f}% of the others", why,
                        fullest->text_length, 100 * fullest->contains_others)};
  }
  return {pool.front()->id, fmt::format("{}; no text contains the others: first ingested", why)};
}

}  // namespace sitrep::link
