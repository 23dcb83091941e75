// Gazetteers and word lists behind the entity recogniser. Internal to the extract module.
//
// Two kinds of knowledge:
//  - word classes: what a single lower-cased word can be in a name ("president" is a
//    title, "ministry" ends organisation names, "monday" is never a name);
//  - names: whole multi-word names with their type and cross-article key, from the
//    iso-codes package (ISO 3166 countries and first-level subdivisions, read at run time
//    from /usr/share/iso-codes/json), tzdata's zone1970.tab (the cities that name time
//    zones), WordNet's proper nouns (/usr/share/wordnet, gazetteer_wordnet.cc: places,
//    geographic features, people and organisations) and the small documented lists in gazetteer_data.cc (news organisations,
//    demonyms, extra cities and regions, old spellings such as "Kiev").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/view_table.h"
#include "extract/word_hash.h"

namespace sitrep::extract::internal {

// Classes of a lower-cased word; a word may have several.
enum WordClass : uint32_t {
  kFunctionWord = 1u << 0,   // capitalised only when it opens a sentence: "The", "But"
  kTitle = 1u << 1,          // person title or role head: "president", "spokesman", "mr"
  kRoleModifier = 1u << 2,   // precedes a title inside a role: "prime", "foreign", "press"
  kOrgHead = 1u << 3,        // ends organisation names: "ministry", "council", "party"
  kLocHead = 1u << 4,        // ends place names: "river", "island", "province"
  kLocPrefix = 1u << 5,      // opens place names: "mount", "lake", "cape"
  kMaleName = 1u << 6,       // common male first name
  kFemaleName = 1u << 7,     // common female first name
  kMaleTitle = 1u << 8,      // "mr", "sir", "king", "spokesman"
  kFemaleTitle = 1u << 9,    // "ms", "mrs", "queen", "spokeswoman"
  kCalendar = 1u << 10,      // days and months: never names on their own
  kPlacePreposition = 1u << 11,  // "in", "near", "from": a following name is likely a place
  kOrgNoun = 1u << 12,       // lower-case noun before an organisation name: "newspaper"
  kConnector = 1u << 13,     // joins name parts: "of", "de", "van", "bin"
  kOrgMarker = 1u << 14,     // anywhere in a name makes it an organisation: "inc", "fc"
  kPersonNoun = 1u << 15,    // lower-case noun before a person's name: "counterpart"
  kPronoun = 1u << 16,       // he, she, they, it
  kGenericOrgNoun = 1u << 18,  // "alliance", "bloc": stand for a named organisation
  kMiscHead = 1u << 19,      // ends names of events and works: "war", "olympics", "cup"
  kAbbreviation = 1u << 20,  // a period after it does not end a sentence: "mr", "gen"
  kHonorific = 1u << 21,     // a courtesy title, not a role: "mr", "ms", "dr", "sir"
  kPlaceNoun = 1u << 22,     // "the town of X", "the province of X": X is a place
  kCompass = 1u << 23,       // "north of X", "northeast of X": X is a place
  kPersonVerb = 1u << 24,    // its subject is a person: "retired", "married", "died"
  kCommonAcronym = 1u << 25, // capitals that name no entity: "CD", "VIP", "GDP"
  kCompassAdjective = 1u << 26,  // names part of the place after it: "West Germany",
                                 // "Southern California", "Greater Poland"
  kJoinVerb = 1u << 27,      // "joined X": X is an organisation
  kForVerb = 1u << 28,       // "played for X", "works for X": X is an organisation
  kSurnameToo = 1u << 29,    // a place's last word that is also a common surname: after a
                             // first name it ends a person's name ("Ellen Marsh")
  kKnownSurname = 1u << 30,  // the surname of someone WordNet names ("putin", "nehru"),
                             // no common word nor a place: a feature, not a verdict
};

// A whole name the gazetteer knows.
struct KnownName {
  std::string type;  // "LOC", "ORG", "NORP", "MISC", "PER"
  std::string name;  // canonical display form: "Kyiv", "United States", "NATO"
  std::string key;   // cross-article key: "kyiv", "united states", "nato"
  // Every spelling with this lookup key was written in capitals ("WHO", "US"): the name
  // then matches only text in capitals.
  bool acronym_only = false;
  // From a broad list (WordNet): matches only a whole capitalised run, never part of a
  // longer name, so that "Goa" does not cut "Old Goa" nor "Campbell" "Neve Campbell".
  bool whole_run_only = false;
};

class Gazetteer {
 public:
  // The process-wide gazetteer, loaded on first use (thread-safe).
  static const Gazetteer& Get();

  // Classes of a word given in lower case (see FoldWord).
  uint32_t Classes(std::string_view folded_word) const;

  // The WordNet lexicographer file (0-44: 14 noun.group, 15 noun.location, 17
  // noun.object, 18 noun.person...) of the most frequent noun sense of a single word given
  // in lower case; -1 when WordNet has no such noun.
  int NounLexFile(std::string_view folded_word) const {
    const uint8_t* lex = noun_lex_table_.Find(folded_word);
    return lex == nullptr ? -1 : *lex;
  }

  // A name given as its NameKey; nullptr when unknown.
  const KnownName* Find(std::string_view name_key) const;

  // Find and IsNamePrefix at once, for callers that extend a key word by word and ask
  // both of each extension: one lookup instead of two.
  struct NameLookup {
    const KnownName* known = nullptr;  // as Find
    bool prefix = false;               // as IsNamePrefix
  };
  NameLookup Lookup(std::string_view name_key) const {
    const NameLookup* found = name_table_.Find(name_key);
    return found == nullptr ? NameLookup{} : *found;
  }

  // The longest known name, in words.
  size_t max_name_words() const { return max_name_words_; }

  // Whether some known name of two or more words starts with these words (given as a
  // NameKey): lets a caller stop extending a window early.
  bool IsNamePrefix(std::string_view key) const { return Lookup(key).prefix; }

  // How many names came from iso-codes and tzdata; zero when those files are missing
  // (the recogniser then works from its own lists only).
  size_t iso_names() const { return iso_names_; }
  size_t tz_cities() const { return tz_cities_; }
  // How many names came from WordNet (gazetteer_wordnet.cc); zero without wordnet-base.
  size_t wordnet_names() const { return wordnet_names_; }

  // Builds from the given data files; empty paths skip that source. For tests.
  Gazetteer(const std::string& iso_json_dir, const std::string& zone_tab_path,
            const std::string& wordnet_dir = "");
  // The lookup tables view the keys of the maps below.
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

 private:
  void AddName(std::string_view name, std::string_view type, std::string_view canonical,
               std::string_view key, bool override_existing);
  void AddWord(std::string_view word, uint32_t classes);
  void LoadIsoCodes(const std::string& dir);
  void LoadZoneTab(const std::string& path);
  void LoadWordNet(const std::string& dir);
  void AddBuiltIns();
  void BuildTables();

  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> words_;
  std::unordered_map<std::string, KnownName, WordHash, std::equal_to<>> names_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> prefixes_;
  // The nouns of NounLexFile, one after another, and the table that views them.
  std::string noun_lex_words_;
  ViewTable<uint8_t> noun_lex_table_;
  // Flat copies of the three for lookups, filled once everything is loaded.
  ViewTable<uint32_t> word_table_;
  // Names and name prefixes in one table: a key is often both ("united", "new").
  ViewTable<NameLookup> name_table_;
  size_t max_name_words_ = 1;
  size_t iso_names_ = 0;
  size_t tz_cities_ = 0;
  size_t wordnet_names_ = 0;
};

// Case-folded form of a word (ASCII fast path, utf8proc otherwise).
std::string FoldWord(std::string_view word);

// The lookup key of a name: its words case-folded, accents stripped ("Kābul" -> "kabul"),
// joined by single spaces; periods inside words are kept ("u.s."), other punctuation
// separates words, and a possessive "'s" is dropped.
std::string NameKey(std::string_view name);

// Tables of gazetteer_data.cc.
struct WordEntry {
  std::string_view word;
  uint32_t classes;
};
struct NameEntry {
  std::string_view name;
  std::string_view type;
  std::string_view canonical;  // empty: the name itself
};
extern const std::vector<WordEntry>& BuiltInWords();
extern const std::vector<NameEntry>& BuiltInNames();
// Country names as news writes them, overriding the ISO short name:
// {"RU", "Russia"}, {"TR", "Turkey"}.
extern const std::vector<std::pair<const char*, const char*>>& CountryDisplayNames();

}  // namespace sitrep::extract::internal
