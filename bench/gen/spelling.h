// British and American spelling. Outlets keep to one ("defence", "organisation",
// "centre" or "defense", "organization", "center"); so do their articles.
#pragma once

#include <string>

namespace sitrep::gen {

// Rewrites, in place, the words of `text` whose spelling differs between British and
// American English into the chosen one. Other words are left as they are.
void LocalizeSpelling(std::string& text, bool british);

}  // namespace sitrep::gen
