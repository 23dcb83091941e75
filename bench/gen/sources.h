// The outlets that publish the corpus, each with a house style that stays the same
// across its articles: how it credits a dateline, what header it puts on top, which
// quote marks and spellings it uses, and which boilerplate lines its pages carry.
//
// House styles are what lets a later stage learn "this line is this site's
// boilerplate" from repetition, and what makes copies across outlets look different
// around identical text.
#pragma once

#include <string>
#include <vector>

#include "bench/gen/dates.h"

namespace sitrep::gen {

enum class SourceKind {
  kWire,         // writes originals, rarely copies
  kNewspaper,
  kBroadcaster,
  kAggregator,   // republishes wire copy, often verbatim
  kContentFarm,  // republishes and spins
  kTranslated,   // an English edition of a foreign outlet: odd wording, other marks
  kBlog,
};

enum class DatelineStyle {
  kNone,
  kAgency,        // "LISBON (Meridian Wire) — "
  kAgencyDate,    // "PARIS, March 14 (CPA) - "
  kAgencyStamp,   // "Washington (ANS) 03/14/2024 09:12" as its own paragraph
  kCityDash,      // "NAIROBI — "
  kCityCountry,   // "GOMA, Democratic Republic of the Congo (Global Dispatch) — "
};

enum class HeaderStyle {
  kNone,      // the file starts with the body
  kHeadline,  // headline, blank line, body
  kFields,    // "title: ...", "source: ...", "url: ...", "date: ..." lines, blank line
};

enum class QuoteStyle { kCurly, kStraight, kGuillemets };

enum class TitleStyle {
  kSentence,    // "Russia moves troops closer to Kharkiv"
  kTitleCase,   // "Russia Moves Troops Closer to Kharkiv"
  kSuffix,      // "Russia moves troops closer to Kharkiv | The Harbor Post"
  kKicker,      // "Border crisis: Russia moves troops closer to Kharkiv"
};

// Which cue verbs an outlet reaches for.
enum class Voice {
  kWire,        // "said", now and then "told reporters"
  kFeature,     // varied: "warned", "insisted", "acknowledged", ...
  kTranslated,  // "affirmed", "indicated", "pointed out", "declared"
};

struct Source {
  std::string name = {};         // "Meridian Wire"
  std::string credit = {};       // name in a dateline credit: "Meridian Wire" or "CPA"
  std::string domain = {};       // "meridianwire.com"
  SourceKind kind = SourceKind::kNewspaper;
  DatelineStyle dateline = DatelineStyle::kNone;
  HeaderStyle header = HeaderStyle::kHeadline;
  std::vector<std::string> header_fields = {};  // for kFields: order of title/source/url/date
  QuoteStyle quotes = QuoteStyle::kCurly;
  DateStyle dates = DateStyle::kAp;
  TitleStyle title_style = TitleStyle::kSentence;
  Voice voice = Voice::kWire;
  bool british = false;             // "defence", "organisation", "per cent", "kilometres"
  int spelling = 0;                 // which place-name spelling this outlet prefers
  bool never_dated = false;         // its pages carry no date anywhere
  bool translation_quirks = false;  // machine-translation damage ("Huh.", "inexpensive")
  bool highlights = false;          // bullet-point summary lines above the body
  std::vector<std::string> boilerplate = {};  // lines after the body, every article
  std::string mid_line = {};                  // a line between paragraphs ("Advertisement")
  std::string teaser_prefix = {};             // "Read | ", "READ MORE: "; teasers link headlines
  std::string syndication_note = {};          // appended to articles it republishes
  int url_style = 0;
  std::vector<std::string> sections = {};     // JSON Lines "section" values
  double writes = 1.0;      // relative weight as author of an original
  double copies = 0.0;      // relative weight as republisher of someone else's article

  // Whether the outlet can show a publication date in a text file (a `date:` header
  // or a dated dateline).
  bool CanShowDate() const;
};

const std::vector<Source>& Sources();

}  // namespace sitrep::gen
