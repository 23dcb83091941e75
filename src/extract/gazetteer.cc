#include "extract/gazetteer.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <utf8proc.h>

#include "extract/entity_tokens.h"

namespace sitrep::extract::internal {
namespace {

constexpr const char* kIsoCodesDir = "/usr/share/iso-codes/json";
constexpr const char* kZoneTab = "/usr/share/zoneinfo/zone.tab";
constexpr const char* kWordNetDir = "/usr/share/wordnet";

// ISO 3166-2 subdivision types that news names as places: states, provinces, regions.
// Districts, municipalities and the like are left out: thousands of small names, many of
// them common words in some language, would cost far more precision than they add.
bool IsNewsworthySubdivision(std::string_view type) {
  static const char* const kTypes[] = {
      "State", "Province", "Region", "Oblast", "Republic", "Autonomous republic",
      "Autonomous region", "Autonomous community", "Autonomous city", "Autonomous province",
      "Governorate", "Prefecture", "Emirate", "Land", "Canton", "Voivodship",
      "Union territory", "Federal district", "Capital district", "Capital city", "Country",
      "Nation", "Territory", "Capital territory", "Metropolitan region", "City",
      "Administrative region", "Administrative territory", "Autonomous district",
      "Federal territory", "Special administrative region", "Special municipality",
      "Federal dependency",
      // England's shire counties and metropolitan boroughs, France's départements.
      "Two-tier county", "Metropolitan district", "Metropolitan department"};
  for (const char* t : kTypes) {
    if (type == t) return true;
  }
  return false;
}

// Subdivision and time-zone names that are also ordinary English words or common
// surnames, which would turn every "Central" or "Davis" into a place.
bool IsAmbiguousPlaceName(std::string_view key) {
  static const char* const kWords[] = {
      "centre", "center", "central", "east", "west", "north", "south", "eastern", "western",
      "northern", "southern", "capital", "coast", "lakes", "upper", "lower", "middle",
      "interior", "islands", "plateau", "mountains", "litoral", "nord", "sud", "est",
      "ouest", "norte", "sul", "leste", "oriental", "occidental", "federal", "easter",
      "stanley", "casey", "davis", "palmer", "darwin", "regina", "dawson", "resolute",
      "chatham", "norfolk", "troll", "oral", "thule", "canary", "knox", "nome", "marengo",
      "macquarie", "mawson", "vostok", "rothera", "monticello", "vincennes", "winamac",
      "beulah", "menominee", "petersburg", "vevay", "reunion", "midway", "wake", "johnston",
      "christmas", "cocos", "efate", "gambier", "kanton", "fakaofo", "chuuk", "truk",
      "mascara", "bam", "granma", "volta", "bono", "ahafo", "savanes", "plateaux", "lagunes",
      "montagnes", "centre-est", "centre-nord", "centre-ouest", "sud-ouest", "nord-ouest",
      "nord-est", "sud-est", "grand est", "principe", "santa cruz", "san juan", "la paz",
      "guadalupe", "victoria", "georgia", "washington", "alexandria", "cordoba", "mendoza",
      "jersey", "man", "bury", "manche", "distrito federal", "capital district",
      "national capital"};
  for (const char* w : kWords) {
    if (key == w) return true;
  }
  return false;
}

size_t CountWords(std::string_view key) {
  size_t n = key.empty() ? 0 : 1;
  for (char c : key) n += c == ' ';
  return n;
}

std::string Utf8procFold(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out,
                                          static_cast<utf8proc_option_t>(options));
  std::string result;
  if (n >= 0 && out != nullptr) result.assign(reinterpret_cast<char*>(out), n);
  free(out);
  return result;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  if (ascii) {
    out.resize(word.size());
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return out;
  }
  // Case folding with accents stripped, so that "Kābul" finds "kabul"; the typographic
  // apostrophe becomes the straight one ("d’Ivoire").
  out = Utf8procFold(word, UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                               UTF8PROC_STABLE);
  std::string cleaned;
  cleaned.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\x99") == 0) {
      cleaned.push_back('\'');
      i += 2;
    } else {
      cleaned.push_back(out[i]);
    }
  }
  return cleaned;
}

std::string NameKey(std::string_view name) {
  std::vector<Token> toks;
  SplitTokens(name, &toks);
  std::string key;
  for (const Token& t : toks) {
    if (!t.is_word()) continue;
    if (!key.empty()) key.push_back(' ');
    key += FoldWord(name.substr(t.begin, t.core_end - t.begin));
  }
  return key;
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer gazetteer(kIsoCodesDir, kZoneTab, kWordNetDir);
  return gazetteer;
}

Gazetteer::Gazetteer(const std::string& iso_json_dir, const std::string& zone_tab_path,
                     const std::string& wordnet_dir) {
  AddBuiltIns();
  if (!iso_json_dir.empty()) LoadIsoCodes(iso_json_dir);
  if (!zone_tab_path.empty()) LoadZoneTab(zone_tab_path);
  // Last: the curated lists and iso-codes keep their types and display names.
  if (!wordnet_dir.empty()) LoadWordNet(wordnet_dir);
  BuildTables();
}

void Gazetteer::BuildTables() {
  word_table_.Build(words_);
  absl::flat_hash_map<std::string_view, NameLookup, WordHash, std::equal_to<>> names;
  names.reserve(names_.size() + prefixes_.size());
  for (const auto& [key, name] : names_) names[key].known = &name;
  for (const std::string& p : prefixes_) names[p].prefix = true;
  name_table_.Build(names);
}

uint32_t Gazetteer::Classes(std::string_view folded_word) const {
  const uint32_t* classes = word_table_.Find(folded_word);
  return classes == nullptr ? 0 : *classes;
}

const KnownName* Gazetteer::Find(std::string_view name_key) const {
  return Lookup(name_key).known;
}

void Gazetteer::AddWord(std::string_view word, uint32_t classes) {
  words_[FoldWord(word)] |= classes;
}

void Gazetteer::AddName(std::string_view name, std::string_view type,
                        std::string_view canonical, std::string_view key,
                        bool override_existing) {
  std::string k = NameKey(name);
  if (k.empty()) return;
  // An all-capitals spelling ("WHO", "US") matches only all-capitals text, so that the
  // sentence-initial "Who" or the pronoun "us" never turns into an organisation.
  bool upper = true;
  bool any_letter = false;
  for (unsigned char c : name) {
    if (c >= 'a' && c <= 'z') upper = false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) any_letter = true;
  }
  const bool acronym = upper && any_letter && name.size() <= 6;
  auto it = names_.find(k);
  if (it != names_.end()) {
    if (!acronym) it->second.acronym_only = false;
    if (!override_existing) return;
  }
  KnownName entry;
  entry.type = std::string(type);
  entry.name = std::string(canonical.empty() ? name : canonical);
  entry.key = key.empty() ? NameKey(entry.name) : std::string(key);
  entry.acronym_only = acronym && (it == names_.end() || it->second.acronym_only);
  max_name_words_ = std::max(max_name_words_, CountWords(k));
  for (size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1)) {
    prefixes_.insert(k.substr(0, sp));
  }
  names_[std::move(k)] = std::move(entry);
}

void Gazetteer::AddBuiltIns() {
  for (const WordEntry& w : BuiltInWords()) AddWord(w.word, w.classes);
  for (const NameEntry& n : BuiltInNames()) AddName(n.name, n.type, n.canonical, "", false);
}

void Gazetteer::LoadIsoCodes(const std::string& dir) {
  std::unordered_map<std::string, std::string> display;
  for (const auto& [code, name] : CountryDisplayNames()) display[code] = name;
  {
    std::ifstream in(dir + "/iso_3166-1.json");
    if (!in) return;
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_object() || !doc.contains("3166-1")) return;
    for (const auto& c : doc["3166-1"]) {
      const std::string code = c.value("alpha_2", "");
      const std::string name = c.value("name", "");
      const std::string common = c.value("common_name", "");
      const std::string official = c.value("official_name", "");
      // The display name: news usage where ISO's short name reads oddly ("Russian
      // Federation"), else the common name, else the short name unless it is an
      // inverted "Korea, Republic of".
      std::string canonical;
      if (auto it = display.find(code); it != display.end()) {
        canonical = it->second;
      } else if (!common.empty()) {
        canonical = common;
      } else if (name.find(',') == std::string::npos) {
        canonical = name;
      } else {
        canonical = official;
      }
      if (canonical.empty()) continue;
      for (const std::string& spelling : {canonical, name, common, official}) {
        if (spelling.empty() || spelling.find(',') != std::string::npos) continue;
        AddName(spelling, "LOC", canonical, "", false);
        ++iso_names_;
      }
    }
  }
  std::ifstream in(dir + "/iso_3166-2.json");
  if (!in) return;
  const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
  if (!doc.is_object() || !doc.contains("3166-2")) return;
  for (const auto& s : doc["3166-2"]) {
    const std::string name = s.value("name", "");
    if (!IsNewsworthySubdivision(s.value("type", ""))) continue;
    if (name.empty() || name.find_first_of(",*()/[") != std::string::npos) continue;
    const std::string key = NameKey(name);
    // Short single words are too often something else ("Ba", "Uri").
    if (CountWords(key) == 1 && key.size() < 4) continue;
    if (IsAmbiguousPlaceName(key)) continue;
    AddName(name, "LOC", "", "", false);
    ++iso_names_;
  }
}

void Gazetteer::LoadZoneTab(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // country-code \t coordinates \t Area/City [\t comment]
    std::istringstream fields(line);
    std::string code, coords, zone;
    if (!std::getline(fields, code, '\t') || !std::getline(fields, coords, '\t') ||
        !std::getline(fields, zone, '\t')) {
      continue;
    }
    const size_t slash = zone.find('/');
    // Two-part names only: "America/Indiana/Knox" names a county seat, not a city.
    if (slash == std::string::npos || zone.find('/', slash + 1) != std::string::npos) continue;
    const std::string area = zone.substr(0, slash);
    if (area == "Antarctica" || area == "Etc") continue;
    std::string city = zone.substr(slash + 1);
    for (char& c : city) {
      if (c == '_') c = ' ';
    }
    const std::string key = NameKey(city);
    if (key.empty() || IsAmbiguousPlaceName(key)) continue;
    if (names_.count(key) == 0) ++tz_cities_;
    AddName(city, "LOC", "", "", false);
  }
}

}  // namespace sitrep::extract::internal
