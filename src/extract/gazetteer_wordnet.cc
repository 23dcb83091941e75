// Names from WordNet (Debian's wordnet-base): the proper nouns that WordNet files as
// instances of places, geographic features and people, and the capitalised names of
// organisations. About 10,000 names that news mentions without introducing: rivers
// ("Potomac", "Drava"), islands ("Oahu"), regions ("Brabant", "Flanders"), cities
// ("Remagen"), historical and public figures ("Pervez Musharraf"), movements and
// agencies ("Hamas", "Interpol").
//
// Each synset of data.noun is one line: offset, lexicographer file, type, word count (hex),
// the words with their lexical ids, a pointer count and the pointers (symbol, offset,
// part of speech, source/target). The lexicographer file says what a synset is (15
// location, 17 natural object, 18 person, 14 group); "@i" points from an instance to its
// class, "@" from a class to its hypernym.
//
// A single-word name that is also a common word ("Reading", "Bush", "Mobile") is left
// out: its capital says too little, and context types it better than a list.
//
// Also kept: for each single lower-case noun, the lexicographer file of its most frequent
// sense (index.noun lists a lemma's synsets most frequent first): a feature of the name
// tagger, which learns what a capitalised "Basin", "Drive" or "Fund" tends to be part of.
#include <charconv>
#include <map>
#include <fstream>
#include <sstream>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "extract/gazetteer.h"

namespace sitrep::extract::internal {
namespace {

constexpr int kLexLocation = 15;
constexpr int kLexObject = 17;
constexpr int kLexPerson = 18;
constexpr int kLexGroup = 14;

// What the loader keeps of a synset: its kind, and where its capitalised words and its
// hypernyms are in the flat arrays below.
struct Synset {
  uint8_t lex = 0;
  bool instance = false;
  uint32_t words = 0, word_count = 0;   // into `names`
  uint32_t hypernyms = 0, hypernym_count = 0;  // into `links`
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

uint32_t ParseUint(std::string_view s, int base = 10) {
  uint32_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v, base);
  return v;
}

// Splits a data.noun line (without the gloss) into its space-separated fields.
void Fields(std::string_view line, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < line.size()) {
    const size_t sp = line.find(' ', i);
    const size_t end = sp == std::string_view::npos ? line.size() : sp;
    if (end > i) out->push_back(line.substr(i, end - i));
    i = end + 1;
  }
}

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

std::string Spaced(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}

}  // namespace

namespace {

// The line of `text` that starts at *pos, without its newline; *pos moves past it.
std::string_view NextLine(std::string_view text, size_t* pos) {
  size_t nl = text.find('\n', *pos);
  if (nl == std::string_view::npos) nl = text.size();
  const std::string_view line = text.substr(*pos, nl - *pos);
  *pos = nl + 1;
  return line;
}

}  // namespace

void Gazetteer::LoadWordNet(const std::string& dir) {
  const std::string data = ReadAll(dir + "/data.noun");
  if (data.empty()) return;
  absl::flat_hash_map<uint32_t, Synset> synsets;
  synsets.reserve(90000);
  std::vector<std::string_view> names;  // capitalised words, as written: "Pearl_Harbor"
  std::vector<uint32_t> links;          // hypernym offsets, class and instance links alike
  // Single words WordNet also lists in lower case, in any part of speech: views into
  // `data` and `indexes`.
  absl::flat_hash_set<std::string_view> common;
  std::vector<std::string> indexes;
  // The classes that decide membership: organisations, and the celestial bodies that
  // natural objects other than rivers and mountains are.
  uint32_t organization = 0, celestial = 0;
  std::vector<std::string_view> f;
  size_t pos = 0;
  while (pos < data.size()) {
    std::string_view line = NextLine(data, &pos);
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    // No pointer symbol holds a '|': the first one opens the gloss (" | a city in ...").
    if (const size_t gloss = line.find('|'); gloss != std::string_view::npos) {
      line = line.substr(0, gloss);
    }
    Fields(line, &f);
    if (f.size() < 5) continue;
    const uint32_t offset = ParseUint(f[0]);
    Synset s;
    s.lex = static_cast<uint8_t>(ParseUint(f[1]));
    if (s.lex == kLexGroup && f[4] == "organization") organization = offset;
    if (s.lex == kLexObject && f[4] == "celestial_body") celestial = offset;
    const size_t words = ParseUint(f[3], 16);
    size_t k = 4;
    s.words = static_cast<uint32_t>(names.size());
    for (size_t w = 0; w < words && k + 1 < f.size(); ++w, k += 2) {
      if (Capitalised(f[k])) {
        names.push_back(f[k]);
      } else if (f[k].find('_') == std::string_view::npos) {
        common.insert(f[k]);
      }
    }
    s.word_count = static_cast<uint32_t>(names.size()) - s.words;
    if (k >= f.size()) continue;
    const size_t pointers = ParseUint(f[k]);
    ++k;
    s.hypernyms = static_cast<uint32_t>(links.size());
    for (size_t p = 0; p < pointers && k + 3 < f.size(); ++p, k += 4) {
      if (f[k] == "@i") s.instance = true;
      if (f[k] == "@" || f[k] == "@i") links.push_back(ParseUint(f[k + 1]));
    }
    s.hypernym_count = static_cast<uint32_t>(links.size()) - s.hypernyms;
    synsets.emplace(offset, s);
  }
  for (const char* other : {"/index.verb", "/index.adj", "/index.adv"}) {
    indexes.push_back(ReadAll(dir + other));
    const std::string& index = indexes.back();
    size_t at = 0;
    while (at < index.size()) {
      const std::string_view line = NextLine(index, &at);
      if (line.empty() || line[0] == ' ') continue;
      common.insert(line.substr(0, line.find(' ')));
    }
  }

  // The lexicographer file of each single lower-case noun's first sense: index.noun lists
  // a lemma's synsets most frequent first, as its last fields.
  {
    const std::string index = ReadAll(dir + "/index.noun");
    std::vector<std::tuple<size_t, size_t, uint8_t>> nouns;  // into noun_lex_words_
    size_t at = 0;
    while (at < index.size()) {
      std::string_view line = NextLine(index, &at);
      // "basin n 5 2 @ ~ 5 1 02801525 13765086 09215437 08518940 04553920  ": the lemma,
      // its part of speech, its number of senses, ..., then that many 8-digit offsets.
      const size_t sp = line.find(' ');
      if (line.empty() || line[0] == ' ' || Capitalised(line) || sp == std::string_view::npos) {
        continue;
      }
      const std::string_view lemma = line.substr(0, sp);
      if (lemma.find('_') != std::string_view::npos) continue;
      const size_t count_at = sp + 3;  // after " n "
      const size_t count_end = line.find(' ', count_at);
      if (count_end == std::string_view::npos) continue;
      const size_t senses = ParseUint(line.substr(count_at, count_end - count_at));
      while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
      if (senses == 0 || senses * 9 - 1 > line.size()) continue;
      const auto it = synsets.find(ParseUint(line.substr(line.size() - (senses * 9 - 1), 8)));
      if (it == synsets.end()) continue;
      nouns.emplace_back(noun_lex_words_.size(), lemma.size(), it->second.lex);
      noun_lex_words_.append(lemma);
    }
    std::vector<std::pair<std::string_view, uint8_t>> entries;
    entries.reserve(nouns.size());
    for (const auto& [from, size, lex] : nouns) {
      entries.emplace_back(std::string_view(noun_lex_words_).substr(from, size), lex);
    }
    noun_lex_table_.Build(entries);
  }

  std::vector<uint32_t> pending;
  absl::flat_hash_set<uint32_t> seen;
  auto under = [&](const Synset& s, uint32_t root) {
    pending.assign(links.begin() + s.hypernyms, links.begin() + s.hypernyms + s.hypernym_count);
    seen.clear();
    while (!pending.empty()) {
      const uint32_t off = pending.back();
      pending.pop_back();
      if (off == root) return true;
      if (!seen.insert(off).second) continue;
      auto it = synsets.find(off);
      if (it == synsets.end()) continue;
      const Synset& h = it->second;
      pending.insert(pending.end(), links.begin() + h.hypernyms,
                  links.begin() + h.hypernyms + h.hypernym_count);
    }
    return false;
  };

  // name -> type; a name WordNet files under two types is left out. Ordered, so that of
  // two spellings with one key the same one wins in every run.
  std::map<std::string, std::string> found;
  for (const auto& [off, s] : synsets) {
    if (s.word_count == 0) continue;
    const char* type = nullptr;
    if (s.instance && s.lex == kLexLocation) {
      type = "LOC";
    } else if (s.instance && s.lex == kLexObject && !under(s, celestial)) {
      type = "LOC";  // rivers, mountains, seas; not planets and stars
    } else if (s.instance && s.lex == kLexPerson) {
      type = "PER";
    } else if (s.lex == kLexGroup && under(s, organization)) {
      type = "ORG";
    }
    if (type == nullptr) continue;
    for (uint32_t w = s.words; w < s.words + s.word_count; ++w) {
      if (names[w].find('_') == std::string_view::npos &&
          common.contains(FoldWord(names[w]))) {
        continue;
      }
      auto [it, fresh] = found.emplace(Spaced(names[w]), type);
      if (!fresh && it->second != type) it->second.clear();
    }
  }
  // The surnames of the people WordNet names: a place of one word that is also one
  // ("Austin", "Lincoln", "Hamilton") is as often the person, whom the article names in
  // full elsewhere; resolution links the two only if the list stays out of it.
  absl::flat_hash_set<std::string> surnames;
  for (const auto& [name, type] : found) {
    const size_t sp = name.rfind(' ');
    if (type == "PER" && sp != std::string::npos) surnames.insert(FoldWord(name.substr(sp + 1)));
  }
  // A surname alone is no name of the list (below), but that WordNet knows someone by
  // it ("Putin", "Nehru") is worth telling the tagger, unless it is a common word or a
  // place as well.
  absl::flat_hash_set<std::string> other_names;  // single words WordNet files otherwise
  for (const auto& [name, type] : found) {
    if (type != "PER" && name.find(' ') == std::string::npos) other_names.insert(FoldWord(name));
  }
  for (const std::string& surname : surnames) {
    if (common.contains(surname) || other_names.contains(surname)) continue;
    AddWord(surname, kKnownSurname);
  }
  for (const auto& [name, type] : found) {
    if (type.empty()) continue;
    if (name.find(' ') == std::string::npos && surnames.contains(FoldWord(name))) continue;
    const std::string key = NameKey(name);
    if (key.empty() || names_.count(key)) continue;
    // A single word the recogniser already knows as something (a first name, a title, a
    // head word such as "Party") is better read by its own rules.
    if (key.find(' ') == std::string::npos) {
      // A surname alone ("Hesse", "Gibson") is as often a place, a firm or a band; a god
      // ("Mars") is not a person of the news. People come with their full names.
      if (type == "PER") continue;
      auto w = words_.find(key);
      if (w != words_.end() && w->second != 0) continue;
    }
    AddName(name, type, "", "", false);
    names_[key].whole_run_only = true;
    ++wordnet_names_;
  }
}

}  // namespace sitrep::extract::internal
