#include "ingest/repeated_paragraphs.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

namespace sitrep::ingest {
namespace {

constexpr size_t kWays = 4;
constexpr size_t kSourceSlots = 16 * kWays;   // per source: its most repeated paragraphs
constexpr size_t kSharedSlots = (size_t{1} << 16) * kWays;  // over all sources

struct Paragraph {
  std::string_view text;
  uint64_t hash = 0;       // of its letters, folded; 0 when not a candidate
};

bool IsQuoteMarkAt(std::string_view p, size_t i) {
  const auto c = static_cast<unsigned char>(p[i]);
  if (c == '"') return true;
  if (c == 0xC2 && i + 1 < p.size()) {  // « »
    const auto d = static_cast<unsigned char>(p[i + 1]);
    return d == 0xAB || d == 0xBB;
  }
  if (c == 0xE2 && i + 2 < p.size() && static_cast<unsigned char>(p[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(p[i + 2]);  // “ ” „
    return d == 0x9C || d == 0x9D || d == 0x9E;
  }
  return false;
}

// The paragraph's words (letters and digits) folded to lower case, one space between
// them, punctuation left out; 0 when the paragraph is no candidate: too long, quoted,
// or without a word. Digits stay: a templated line of news ("The index closed at
// 7,432.") changes its figures from one article to the next, furniture does not.
uint64_t CandidateHash(std::string_view p, int max_words, std::string* scratch) {
  scratch->clear();
  int words = 0;
  bool in_word = false;
  for (size_t i = 0; i < p.size(); ++i) {
    if (IsQuoteMarkAt(p, i)) return 0;
    const auto c = static_cast<unsigned char>(p[i]);
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (word) {
      if (!in_word) {
        if (++words > max_words) return 0;
        if (!scratch->empty()) scratch->push_back(' ');
      }
      scratch->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    }
    in_word = word;
  }
  if (words == 0) return 0;
  const uint64_t h = XXH3_64bits(scratch->data(), scratch->size());
  return h == 0 ? 1 : h;
}

std::vector<Paragraph> Split(std::string_view text) {
  std::vector<Paragraph> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string_view::npos) end = text.size();
    out.push_back({text.substr(begin, end - begin), 0});
    if (end == text.size()) break;
    begin = end + 2;
  }
  return out;
}

}  // namespace

std::string EncodeParagraphKeys(const std::vector<uint64_t>& keys) {
  std::string out;
  out.reserve(keys.size() * 8);
  for (uint64_t k : keys) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((k >> (8 * i)) & 0xFF));
  }
  return out;
}

bool DecodeParagraphKeys(std::string_view blob, std::vector<uint64_t>* keys) {
  keys->clear();
  if (blob.size() % 8 != 0) return false;
  for (size_t at = 0; at < blob.size(); at += 8) {
    uint64_t k = 0;
    for (int i = 0; i < 8; ++i) k |= uint64_t{static_cast<unsigned char>(blob[at + i])} << (8 * i);
    keys->push_back(k);
  }
  return true;
}

RepeatedParagraphs::RepeatedParagraphs(RepeatedParagraphOptions options)
    : options_(options), shared_(kSharedSlots) {}

RepeatedParagraphs::Slot* RepeatedParagraphs::Find(std::vector<Slot>& slots, size_t ways, uint64_t hash) {
  const size_t set = (hash % (slots.size() / ways)) * ways;
  for (size_t w = 0; w < ways; ++w) {
    if (slots[set + w].hash == hash) return &slots[set + w];
  }
  return nullptr;
}

// The slot for `hash`: its own, else the emptiest of its set, emptied. A paragraph
// pushed out restarts from nothing if it comes back, so counts never overstate.
RepeatedParagraphs::Slot& RepeatedParagraphs::Insert(std::vector<Slot>& slots, size_t ways, uint64_t hash) {
  if (Slot* s = Find(slots, ways, hash)) return *s;
  const size_t set = (hash % (slots.size() / ways)) * ways;
  Slot* victim = &slots[set];
  for (size_t w = 1; w < ways; ++w) {
    if (slots[set + w].count < victim->count) victim = &slots[set + w];
  }
  *victim = Slot{hash, 0};
  return *victim;
}

RepeatedParagraphs::Source& RepeatedParagraphs::SourceFor(std::string_view source) {
  std::string key(source);
  for (char& c : key) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  auto [it, added] = sources_.try_emplace(std::move(key));
  if (added) it->second.slots.resize(kSourceSlots);
  return it->second;
}

void RepeatedParagraphs::Learn(std::string_view source, const std::vector<uint64_t>& keys) {
  if (source.empty()) return;
  Source& own = SourceFor(source);
  for (uint64_t key : keys) {
    ++Insert(own.slots, kWays, key).count;
    ++Insert(shared_, kWays, key).count;
  }
  ++own.articles;
}

std::string RepeatedParagraphs::Clean(std::string_view source, std::string_view text, int* removed,
                                      std::vector<uint64_t>* keys) {
  *removed = 0;
  keys->clear();
  if (source.empty()) return std::string(text);
  Source& own = SourceFor(source);
  std::vector<Paragraph> paragraphs = Split(text);
  std::string scratch;
  std::vector<bool> drop(paragraphs.size(), false);
  const double needed = std::max(static_cast<double>(options_.min_articles),
                                 options_.min_share * static_cast<double>(own.articles));
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    Paragraph& p = paragraphs[i];
    p.hash = CandidateHash(p.text, options_.max_words, &scratch);
    if (p.hash == 0) continue;
    // Each candidate is learned once per article.
    if (std::find(keys->begin(), keys->end(), p.hash) == keys->end()) keys->push_back(p.hash);
    const Slot* mine = Find(own.slots, kWays, p.hash);
    if (mine == nullptr || static_cast<double>(mine->count) < needed) continue;
    // News other outlets carry too: the source printed too few of the copies seen.
    const Slot* everywhere = Find(shared_, kWays, p.hash);
    if (everywhere != nullptr &&
        static_cast<double>(mine->count) < options_.min_own_share * static_cast<double>(everywhere->count)) {
      continue;
    }
    drop[i] = true;
    ++*removed;
  }
  Learn(source, *keys);
  if (*removed == 0 || *removed == static_cast<int>(paragraphs.size())) {
    *removed = 0;
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (drop[i]) continue;
    if (!out.empty()) out += "\n\n";
    out.append(paragraphs[i].text);
  }
  return out;
}

}  // namespace sitrep::ingest
