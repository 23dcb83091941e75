// Whose counted things a figure gives: "100,000 Russian troops" are Russia's (the
// "Russian" of the article), "Russia's 100,000 troops" and "Russia has massed more than
// 100,000 troops" too. Internal to src/extract; AnalyseArticle calls it once the
// entities and figures of an article are known.
#pragma once

#include <vector>

#include "extract/entity_tokens.h"
#include "sitrep/entities.h"
#include "sitrep/figures.h"

namespace sitrep::extract::internal {

// Sets Figure::owner_entity where the text makes the owner clear, in three shapes only:
//   - a name inside the figure's noun phrase: "8,500 US-based troops", "400 NATO jets";
//   - a possessive name right before it: "Russia's 100,000 troops";
//   - a name as the subject of a verb of having or moving forces, with nothing else
//     between: "Russia has massed more than 100,000 troops", "the US will send 3,000".
// Anything looser ("Ukraine said 13,000 people were killed": who reports it, not whose
// they are) is left unset. Linear in the number of tokens, mentions and figures.
void LinkFigureOwners(const TokenizedText& tt, const EntityResult& entities,
                      std::vector<Figure>* figures);

}  // namespace sitrep::extract::internal
