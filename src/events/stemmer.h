// English stems through Snowball (libstemmer), one stemmer per thread: a Snowball
// stemmer keeps state between calls and must not be shared.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::events::internal {

// The Snowball English stem of a lowercase word ("troops" -> "troop").
std::string Stem(std::string_view lowercase_word);

// Words too common in news to say what an article is about.
bool IsStopword(std::string_view lowercase_word);

}  // namespace sitrep::events::internal
