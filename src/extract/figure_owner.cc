#include "extract/figure_owner.h"

#include <algorithm>
#include <array>

namespace sitrep::extract::internal {
namespace {

// Verbs (and auxiliaries) that may stand between an owner and its forces or assets.
// Verbs of saying are not here on purpose: a source of a figure is not its owner.
bool IsHavingVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kVerbs = {
      "has",        "have",      "had",       "having",    "will",      "would",
      "could",      "can",       "may",       "might",     "also",      "now",
      "already",    "still",     "reportedly", "massed",   "amassed",   "deployed",
      "stationed",  "sent",      "send",      "sends",     "sending",   "fielded",
      "fields",     "keeps",     "kept",      "maintains", "maintained", "lost",
      "loses",      "mobilised", "mobilized", "employs",   "employed",  "gathered",
      "moved",      "positioned", "deploy",   "deploys"};
  return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

bool CanOwn(const Entity& e) {
  return e.type == "LOC" || e.type == "ORG" || e.type == "NORP" || e.type == "PER";
}

// Index of the first token that begins at or after pos.
uint32_t TokenAt(const TokenizedText& tt, size_t pos) {
  const auto it = std::lower_bound(tt.tokens.begin(), tt.tokens.end(), pos,
                                   [](const Token& t, size_t p) { return t.begin < p; });
  return static_cast<uint32_t>(it - tt.tokens.begin());
}

}  // namespace

void LinkFigureOwners(const TokenizedText& tt, const EntityResult& entities,
                      std::vector<Figure>* figures) {
  if (figures->empty()) return;
  const std::vector<Mention>& mentions = entities.mentions;  // in text order
  // Name mentions only: descriptions ("the alliance") are too loose to own a figure.
  const auto owner_like = [&](const Mention& m) {
    return m.kind == MentionKind::kName &&
           CanOwn(entities.entities[static_cast<size_t>(m.entity)]);
  };
  size_t next = 0;  // the first mention that does not begin before the current figure
  for (Figure& f : *figures) {
    while (next < mentions.size() && mentions[next].begin < f.begin) ++next;
    // Inside the noun phrase: the last name before the counted noun is the nearest
    // modifier ("8,500 US-based troops").
    const Mention* inside = nullptr;
    for (size_t k = next; k < mentions.size() && mentions[k].begin < f.end; ++k) {
      if (mentions[k].end <= f.end && owner_like(mentions[k])) inside = &mentions[k];
    }
    if (inside != nullptr) {
      f.owner_entity = inside->entity;
      continue;
    }
    // The name just before the figure, past any descriptions.
    size_t b = next;
    while (b > 0 && mentions[b - 1].kind != MentionKind::kName) --b;
    if (b == 0 || !owner_like(mentions[b - 1])) continue;
    const Mention& before = mentions[b - 1];
    const uint32_t first = TokenAt(tt, f.begin);
    const uint32_t name_end = TokenAt(tt, before.end);
    if (first >= tt.tokens.size() || name_end == 0 || name_end > first) continue;
    // "Russia's 100,000 troops": the possessive is part of the name's last token.
    const Token& last = tt.tokens[name_end - 1];
    if (last.sentence != tt.tokens[first].sentence) continue;
    if (name_end == first && last.is(kPossessive)) {
      f.owner_entity = before.entity;
      continue;
    }
    // "Russia has massed more than 100,000 troops": one to three verbs between.
    const uint32_t between = first - name_end;
    if (between == 0 || between > 3) continue;
    bool verbs = true;
    for (uint32_t k = name_end; k < first && verbs; ++k) {
      const Token& t = tt.tokens[k];
      verbs = t.is_word() && t.is(kLowerInitial) && IsHavingVerb(t.folded);
    }
    if (verbs) f.owner_entity = before.entity;
  }
}

}  // namespace sitrep::extract::internal
