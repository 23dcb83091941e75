// News datelines at the start of a story: "Washington (AFP) 02/10/2022 08:19",
// "WASHINGTON (Reuters) - ...", "KYIV, Ukraine (AP) — ...", "Moscow, Feb 10 (Reuters) -",
// "(CNN) — ...", "WASHINGTON — ...", "NEW DELHI: ...". Internal to the ingest module.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::ingest::internal {

struct Dateline {
  std::string place;      // "Washington" (all-capital places are title-cased); may be empty
  std::string agency;     // "AFP"; empty when the dateline names none
  std::string published;  // ISO 8601 when the dateline holds a date with a year
  size_t body_offset = 0; // where the story text resumes in the line (line size if none)
};

// Recognises a dateline at the start of `line` (one line of clean text).
bool MatchDateline(std::string_view line, Dateline* out);

}  // namespace sitrep::ingest::internal
