// ArticleWriter: composes one original article about one development, in one
// outlet's house style: headline, dateline, lead, then a mix of quotes, figures,
// background, reactions and colour, then the outlet's boilerplate.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bench/gen/dates.h"
#include "bench/gen/draft.h"
#include "bench/gen/sources.h"
#include "bench/gen/world.h"

namespace sitrep::gen {

class Rng;

// A statement an article quoted directly, kept so that a later independent article
// can quote the same words.
struct Statement {
  // The speaker; valid beyond the article only when `lasting` is set (witnesses
  // belong to the one article that quotes them).
  const Entity* speaker = nullptr;
  std::string speaker_name;  // canonical name
  std::string text;          // the statement as spoken, without its final period
  bool lasting = true;
};

struct WriteRequest {
  const World* world = nullptr;  // null for one-offs
  const Storyline* storyline = nullptr;
  const Event* event = nullptr;
  double one_off_value = 0;      // one-offs: the development's figure
  std::string one_off_currency;
  const Source* source = nullptr;
  bool dated = true;
  Day published_day = 0;         // the true publication day, dated or not
  int published_minute = 0;
  // Statements to repeat verbatim (from an earlier article on the same development).
  std::vector<Statement> borrowed;
  // Headlines of other recent articles, for "Read | ..." teasers.
  const std::vector<std::string>* recent_titles = nullptr;
  // Statements already quoted in this storyline (hash of speaker and words): the
  // writer avoids repeating them by chance.
  const std::unordered_map<uint64_t, uint32_t>* quoted = nullptr;
};

struct WrittenArticle {
  Draft draft;
  std::string title;       // as the outlet styles it
  std::string plain_title; // the headline before house styling
  std::vector<Statement> statements;  // direct quotes, in order
};

WrittenArticle WriteArticle(const WriteRequest& request, Rng& rng);

// Restyles a headline for an outlet (title case, "| Outlet" suffix, kicker).
std::string StyleTitle(const std::string& plain_title, const Source& source,
                       const std::string& kicker, Rng& rng);

// The key under which a statement is remembered: speaker and words.
uint64_t StatementKey(const std::string& speaker, const std::string& text);

// The spelling of a place an outlet uses.
const std::string& SpellingFor(const PlaceName& place, const Source& source);

}  // namespace sitrep::gen
