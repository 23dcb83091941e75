// Content identity of an article.
#include <cstdint>
#include <cstdio>

// The state struct on the stack needs the static-linking declarations.
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include "sitrep/article.h"

namespace sitrep {
namespace {

// Each field is preceded by its length, so that moving bytes from one field to the next
// ("ab" + "c" versus "a" + "bc") changes the hash.
void AddField(XXH3_state_t* state, const std::string& field) {
  uint64_t len = field.size();
  unsigned char prefix[8];
  for (int k = 0; k < 8; ++k) prefix[k] = static_cast<unsigned char>(len >> (8 * k));
  XXH3_64bits_update(state, prefix, sizeof(prefix));
  XXH3_64bits_update(state, field.data(), field.size());
}

}  // namespace

std::string ComputeArticleId(const Article& article) {
  XXH3_state_t state;
  XXH3_INITSTATE(&state);
  XXH3_64bits_reset(&state);
  AddField(&state, article.source);
  AddField(&state, article.url);
  AddField(&state, article.title);
  AddField(&state, article.published);
  AddField(&state, article.text);
  const XXH64_hash_t hash = XXH3_64bits_digest(&state);
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace sitrep
