// The facts the store keeps of each article (entities merged across the corpus, quotes,
// figures, time expressions), as the store's readers return them. Offsets are bytes of
// the article's clean text, end exclusive.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sitrep::store {

// The article a fact was read in: enough to list it without reading the article.
struct FactSource {
  std::string article_id;
  std::string title;
  std::string source;
  std::string published;
};

// An entity of the corpus: every article's mentions of it, merged across spellings.
struct StoredEntity {
  int64_t id = 0;
  std::string type;   // PER, ORG, LOC, NORP, MISC
  std::string name;   // display name, as first named in full
  std::string key;    // the merge key (see extract::EntityKey)
  int64_t articles = 0;
  int64_t mentions = 0;
  int64_t quotes = 0;  // quotes attributed to it, in the whole store
  std::vector<std::string> roles;  // distinct roles across articles, most frequent first
  std::vector<std::string> names;  // distinct names articles gave it in full
};

// One entity as one article names it.
struct ArticleEntity {
  int64_t entity_id = 0;
  std::string type;
  std::string name;   // the corpus entity's name
  std::string name_in_article;
  std::vector<std::string> roles;
  std::vector<std::pair<int64_t, int64_t>> spans;  // its mentions
};

struct StoredQuote {
  FactSource from;
  int64_t begin = 0, end = 0;
  std::string text;
  std::string cue;
  int64_t speaker_id = 0;  // 0 when the speaker is not a known entity
  std::string speaker;     // the entity's name, or the words describing the speaker
  bool direct = true;
};

struct StoredFigure {
  FactSource from;
  int64_t begin = 0, end = 0;
  std::string text;        // the figure phrase as written
  double value = 0, value_high = 0;
  std::string qualifier, unit, counted, modifier, event;
  bool approximate = false;
  std::string equivalents_json;  // [{"value":..,"unit":".."}], or empty
  int64_t owner_id = 0;  // the entity whose counted things these are; 0 when unclear
  std::string owner;     // its name
  std::string copy_of;  // the article its article copies, when it is a copy (listings only)
};

struct StoredTime {
  FactSource from;
  int64_t begin = 0, end = 0;
  std::string text;
  std::string kind, value, range_begin, range_end, modifier;
  bool relative = false, resolved = false;
};

// The facts of one article.
struct ArticleFactsView {
  bool known = false;     // false for articles stored before facts were kept
  bool analysed = false;  // false when the extractors skipped it (see skipped)
  std::string skipped;
  std::vector<ArticleEntity> entities;
  std::vector<StoredQuote> quotes;
  std::vector<StoredFigure> figures;
  std::vector<StoredTime> times;
};

// Filters shared by the fact listings. Date and source bounds apply to the article.
struct FactQuery {
  std::string since, until, source;
  int64_t limit = 100;  // -1: all
  int64_t offset = 0;
};

struct EntityQuery : FactQuery {
  std::string type;  // PER, ORG, LOC, NORP, MISC; empty: any
  std::string name;  // words every listed entity's name contains, any case; empty: any
  bool most_quoted = false;  // order by quotes attributed, not by articles; quoted only
  int64_t id = 0;  // this entity only; 0: any
};

struct QuoteQuery : FactQuery {
  // Speaker: matches the entity's name or any name an article gave it, or the words of
  // an unnamed speaker, by words contained, any case ("kirby" finds John Kirby).
  std::string speaker;
  std::string text;  // words the quote contains, any case
  int64_t speaker_id = 0;  // quotes attributed to this entity only; 0: any
  int64_t storyline = 0;   // quotes from articles of this storyline only; 0: any
  // With `storyline`: leaves out the quotes of articles that copy another article of
  // the storyline, which a report does not count twice.
  bool originals_only = false;
};

struct FigureQuery : FactQuery {
  std::string counted;  // the counted noun ("troops"), any case; empty: any
  std::string unit;     // "EUR", "km", ...; empty: any
  int64_t storyline = 0;  // only from articles of this storyline; 0: any
};

}  // namespace sitrep::store
