// Features of the name tagger. Each feature is a template number and one to three values,
// hashed with XXH3 (the template is the seed) into the 64-bit key the model stores; words
// and shapes enter as their own hashes, computed once per token.
#include "extract/name_tagger_features.h"

#include <algorithm>

#include <absl/container/flat_hash_map.h>

#include "extract/gazetteer.h"
#include "extract/word_filter.h"
#include "extract/word_hash.h"

namespace sitrep::extract::internal {
namespace {

enum Template : uint64_t {
  kBias = 1,
  kWordForm,
  kWordBefore,
  kWordAfter,
  kWordBefore2,
  kWordAfter2,
  kWordPairBefore,
  kWordPairAfter,
  kShape,
  kShapeTriple,
  kSuffix3,
  kSuffix4,
  kPrefix3,
  kClass,
  kClassBefore,
  kClassAfter,
  kFlags,
  kRule,
  kRuleTriple,
  kKnownType,
  kDocType,
  kLowerElsewhere,
  kPrevTag,
  kPrevTagWord,
  kPrevTagRule,
  kRuleWord,
  kShapeFlags,
  kWordBeforeRule,
  kShapeBefore,
  kShapeAfter,
  kEarlier,
  kEarlierRule,
  kRunHeadClass,
  kBridgeHeads,
  kLexFile,
  kRunHeadLexFile,
  kHyphenPart,
};

uint64_t HashBytes(std::string_view s, uint64_t seed) {
  return XXH3_64bits_withSeed(s.data(), s.size(), seed);
}

// A feature from its template and one to three values (word and shape hashes, small
// integers), hashed as one block of 8, 16 or 24 bytes: no string is built per feature,
// and XXH3's short-input paths are the cheap ones.
uint64_t Feature(Template t, uint64_t a) { return XXH3_64bits_withSeed(&a, sizeof a, t); }

uint64_t Feature(Template t, uint64_t a, uint64_t b) {
  const uint64_t block[2] = {a, b};
  return XXH3_64bits_withSeed(block, sizeof block, t);
}

uint64_t Feature(Template t, uint64_t a, uint64_t b, uint64_t c) {
  const uint64_t block[3] = {a, b, c};
  return XXH3_64bits_withSeed(block, sizeof block, t);
}

constexpr uint64_t kBeforeText = 0x5eed0001;  // the word or shape before the first token
constexpr uint64_t kAfterText = 0x5eed0002;   // and after the last

char ShapeClass(unsigned char c, bool upper_initial, bool first) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return first && upper_initial ? 'X' : 'x';  // letters outside ASCII
  return static_cast<char>(c);
}

std::string ShapeOf(std::string_view bytes, bool upper_initial) {
  std::string out;
  for (size_t k = 0; k < bytes.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(bytes[k]);
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // continuation byte
    const char s = ShapeClass(c, upper_initial, k == 0);
    if (out.empty() || out.back() != s) out.push_back(s);
    if (out.size() >= 8) break;
  }
  return out;
}

bool Capitalised(const Token& t) { return t.is_word() && t.is(kUpperInitial); }

// Lower-case words and marks that may sit inside a name: "Bank of England", "Palais des
// Nations", "Procter & Gamble", "Jean-Luc".
bool Bridge(const Token& t) {
  if (t.is_word()) return t.has(kConnector | kFunctionWord) && t.is(kLowerInitial);
  return t.is_punct('&') || t.is_punct('-') || t.is_punct('.') || t.is_punct('\'');
}

}  // namespace

FeatureContext::FeatureContext(std::string_view text, const TokenizedText& tt,
                               const std::vector<Piece>& pieces)
    : tt_(tt) {
  const std::vector<Token>& toks = tt.tokens;
  const size_t n = toks.size();
  rule_tags_.assign(n, 0);
  rule_strength_.assign(n, -1);
  known_type_.assign(n, -1);
  doc_type_.assign(n, -1);
  lower_elsewhere_.assign(n, 0);
  candidate_.assign(n, 0);
  for (const Piece& p : pieces) {
    const int type = NameTypeIndex(p.type);
    if (type < 0) continue;
    for (uint32_t i = p.first; i < p.last && i < n; ++i) {
      rule_tags_[i] = i == p.first ? 1 + 2 * type : 2 + 2 * type;
      rule_strength_[i] = p.strength;
      if (p.known != nullptr) known_type_[i] = NameTypeIndex(p.known->type);
      candidate_[i] = 1;
    }
  }
  // Capitalised words. One whose capital says nothing (a sentence's first word, a
  // headline's) and that no rule took for a name can start one only together with the
  // word after it: alone, the guards would drop it anyway, so it is not scored.
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (!Capitalised(t) || candidate_[i]) continue;
    const bool telling = !t.is(kSentenceInitial) && !t.is(kTitleLine);
    const bool joined = i + 1 < n && (candidate_[i + 1] || Capitalised(toks[i + 1]));
    if (telling || joined) candidate_[i] = 1;
  }
  // Digits next to a name ("Tower 22", "Apollo 11") and bridges between two names.
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (candidate_[i]) continue;
    const bool before = i > 0 && candidate_[i - 1];
    if (t.is_word() && t.is(kHasDigit) && before) candidate_[i] = 1;
  }
  // The lower-case part of a hyphenated name the tokenizer split: "Wong Ka-lok", "Park
  // Seo-yeon", "Stoke-on-Trent" (and "Kyiv-based", which the tagger learns to leave out).
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!candidate_[i - 1] || !toks[i - 1].is_word() || !toks[i].is_punct('-') ||
        toks[i].is(kSpaceBefore) || toks[i + 1].is(kSpaceBefore) || !toks[i + 1].is_word() ||
        !toks[i + 1].is(kLowerInitial)) {
      continue;
    }
    candidate_[i] = candidate_[i + 1] = 1;
  }
  for (size_t i = 1; i + 1 < n; ++i) {
    if (candidate_[i] || !Bridge(toks[i]) || !Capitalised(toks[i - 1])) continue;
    size_t j = i;
    while (j < n && j < i + 2 && !candidate_[j] && Bridge(toks[j])) ++j;
    if (j < n && Capitalised(toks[j])) {
      for (size_t k = i; k < j; ++k) candidate_[k] = 1;
    }
  }
  // The candidates in order, a tenth of an article's tokens or less: the passes below
  // look at them and their neighbours only.
  std::vector<uint32_t> candidates;
  for (size_t i = 0; i < n; ++i) {
    if (candidate_[i]) candidates.push_back(static_cast<uint32_t>(i));
  }
  // For each candidate word: whether the article writes it in lower case elsewhere, and
  // the type the rules give it most often. Keyed by the candidates' words only, a few
  // dozen, so that the article's other words cost a lookup in a small table each, or
  // only the filter's bit test when every candidate word is one it can hold.
  absl::flat_hash_map<std::string_view, uint32_t, WordHash, std::equal_to<>> slot;
  WordFilter filter;
  bool filtered = true;
  for (uint32_t i : candidates) {
    if (!toks[i].is_word()) continue;
    const std::string_view w = toks[i].folded;
    if (!slot.try_emplace(w, static_cast<uint32_t>(slot.size())).second) continue;
    filter.Add(w);
    if (!filter.MayContain(w)) filtered = false;  // too long, or no ASCII letter first
  }
  std::vector<uint8_t> lower(slot.size(), 0);
  std::vector<std::array<int, 4>> types(slot.size(), std::array<int, 4>{});
  for (const Token& t : toks) {
    if (!t.is(kLowerInitial) || t.is(kSentenceInitial)) continue;
    if (filtered && !filter.MayContain(t.folded)) continue;
    if (const auto it = slot.find(t.folded); it != slot.end()) lower[it->second] = 1;
  }
  for (uint32_t i : candidates) {  // a token with a rules' tag is a candidate
    if (rule_tags_[i] != 0 && toks[i].is_word()) {
      ++types[slot.at(toks[i].folded)][static_cast<size_t>((rule_tags_[i] - 1) / 2)];
    }
  }
  slot_.assign(n, -1);
  slots_ = slot.size();
  // What WordNet says a candidate word most often is as a common noun ("drive" an act,
  // "fund" a possession, "centre" a location): a class of the words that end names,
  // wider than the head-word lists and than what the training text shows.
  lex_file_.assign(n, -1);
  const Gazetteer& gaz = Gazetteer::Get();
  for (uint32_t i : candidates) {
    if (!toks[i].is_word()) continue;
    const uint32_t k = slot.at(toks[i].folded);
    slot_[i] = static_cast<int>(k);
    lower_elsewhere_[i] = lower[k];
    const std::array<int, 4>& c = types[k];
    if (*std::max_element(c.begin(), c.end()) > 0) {
      doc_type_[i] = static_cast<int>(std::max_element(c.begin(), c.end()) - c.begin());
    }
    lex_file_[i] = static_cast<int8_t>(gaz.NounLexFile(toks[i].folded));
  }
  // Runs of candidates in a sentence: "Leeds City Council", "Ministry of Water and
  // Rural Development", "Goldman Sachs and Mediobanca".
  run_first_.assign(n, 0);
  run_last_.assign(n, 0);
  for (size_t c = 0; c < candidates.size();) {
    const uint32_t i = candidates[c];
    uint32_t j = i + 1;
    size_t d = c + 1;
    while (d < candidates.size() && candidates[d] == j && !toks[j - 1].is(kSentenceEnd)) {
      ++j;
      ++d;
    }
    for (uint32_t k = i; k < j; ++k) {
      run_first_[k] = i;
      run_last_[k] = j;
    }
    c = d;
  }
  // Word and shape hashes, for the tokens whose features are asked for and their
  // neighbours only (two on each side): most tokens of an article are neither.
  word_hash_.assign(n, 0);
  shape_hash_.assign(n, 0);
  size_t next = 0;  // the first token not hashed yet; candidates come in order
  for (uint32_t c : candidates) {
    const size_t last = std::min<size_t>(c + 2, n - 1);
    for (size_t i = std::max<size_t>(next, c >= 2 ? c - 2 : 0); i <= last; ++i) {
      const Token& t = toks[i];
      if (t.is_word()) {
        word_hash_[i] = HashBytes(t.folded, 0);
        std::string shape =
            ShapeOf(text.substr(t.begin, t.core_end - t.begin), t.is(kUpperInitial));
        if (t.is(kPossessive)) shape += "'s";
        shape_hash_[i] = HashBytes(shape, 1);
      } else {
        // A mark by its code point (-1 for an invalid byte): the same as word and shape.
        word_hash_[i] = shape_hash_[i] = Feature(kWordForm, static_cast<uint64_t>(t.cp));
      }
    }
    next = last + 1;
  }
}

uint64_t FeatureContext::Word(int64_t i) const {
  if (i < 0) return kBeforeText;
  if (static_cast<size_t>(i) >= word_hash_.size()) return kAfterText;
  return word_hash_[static_cast<size_t>(i)];
}

uint64_t FeatureContext::Shape(int64_t i) const {
  if (i < 0) return kBeforeText;
  if (static_cast<size_t>(i) >= shape_hash_.size()) return kAfterText;
  return shape_hash_[static_cast<size_t>(i)];
}

int FeatureContext::RuleTag(int64_t i) const {
  if (i < 0 || static_cast<size_t>(i) >= rule_tags_.size()) return -1;
  return rule_tags_[static_cast<size_t>(i)];
}

FeatureContext::Transition FeatureContext::TransitionFeatures(uint32_t i, int prev) const {
  const auto u = [](int64_t v) { return static_cast<uint64_t>(v); };
  return {Feature(kPrevTag, u(prev)), Feature(kPrevTagRule, u(prev), u(RuleTag(i))),
          TransitionWordFeature(i, prev)};
}

uint64_t FeatureContext::TransitionWordFeature(uint32_t i, int prev) const {
  return Feature(kPrevTagWord, static_cast<uint64_t>(prev), Word(i));
}

void FeatureContext::Features(uint32_t i, int earlier, FeatureList* out) const {
  const Token& t = tt_.tokens[i];
  const int64_t k = i;
  const uint64_t w = Word(k);
  const int rule = RuleTag(k);
  const auto u = [](int64_t v) { return static_cast<uint64_t>(v); };
  out->push_back(Feature(kBias, 0));
  out->push_back(Feature(kWordForm, w));
  out->push_back(Feature(kWordBefore, Word(k - 1)));
  out->push_back(Feature(kWordAfter, Word(k + 1)));
  out->push_back(Feature(kWordBefore2, Word(k - 2)));
  out->push_back(Feature(kWordAfter2, Word(k + 2)));
  out->push_back(Feature(kWordPairBefore, Word(k - 1), w));
  out->push_back(Feature(kWordPairAfter, w, Word(k + 1)));
  out->push_back(Feature(kShape, Shape(k)));
  out->push_back(Feature(kShapeTriple, Shape(k - 1), Shape(k), Shape(k + 1)));
  out->push_back(Feature(kShapeBefore, Shape(k - 1)));
  out->push_back(Feature(kShapeAfter, Shape(k + 1)));
  const std::string_view folded = t.folded;
  if (folded.size() > 3) {
    out->push_back(HashBytes(folded.substr(folded.size() - 3), kSuffix3));
    out->push_back(HashBytes(folded.substr(0, 3), kPrefix3));
  }
  if (folded.size() > 4) out->push_back(HashBytes(folded.substr(folded.size() - 4), kSuffix4));
  const auto add_classes = [&](Template tmpl, int64_t at) {
    if (at < 0 || static_cast<size_t>(at) >= tt_.tokens.size()) return;
    uint32_t c = tt_.tokens[static_cast<size_t>(at)].classes;
    while (c != 0) {
      out->push_back(Feature(tmpl, u(__builtin_ctz(c))));
      c &= c - 1;
    }
  };
  add_classes(kClass, k);
  add_classes(kClassBefore, k - 1);
  add_classes(kClassAfter, k + 1);
  const uint64_t flags = t.flags & (kSentenceInitial | kTitleLine | kAllUpper | kPossessive |
                                    kLineStart | kParagraphStart);
  out->push_back(Feature(kFlags, flags));
  out->push_back(Feature(kShapeFlags, flags, Shape(k)));
  out->push_back(Feature(kRule, u(rule), u(rule_strength_[i])));
  out->push_back(Feature(kRuleTriple, u(RuleTag(k - 1)), u(rule), u(RuleTag(k + 1))));
  out->push_back(Feature(kKnownType, u(known_type_[i])));
  out->push_back(Feature(kDocType, u(doc_type_[i]), u(rule)));
  out->push_back(Feature(kLowerElsewhere, u(lower_elsewhere_[i])));
  out->push_back(Feature(kRuleWord, u(rule), w));
  out->push_back(Feature(kWordBeforeRule, u(rule), Word(k - 1)));
  // What the tagger made of the same word earlier in the article: a name is typed the
  // same way throughout, and its first mention usually has the context that types it.
  const int earlier_type = earlier <= 0 ? earlier : (earlier - 1) / 2 + 1;
  out->push_back(Feature(kEarlier, u(earlier)));
  out->push_back(Feature(kEarlierRule, u(earlier_type), u(rule)));
  out->push_back(Feature(kLexFile, u(lex_file_[i])));
  if (i >= 2 && t.is(kLowerInitial) && !t.is(kSpaceBefore) && tt_.tokens[i - 1].is_punct('-')) {
    // The lower-case part of a hyphenated word: of a name ("Ka-lok", "Seo-yeon") when
    // short and no word the article or WordNet knows otherwise, not ("Kyiv-based").
    out->push_back(Feature(kHyphenPart, u(lower_elsewhere_[i]), u(lex_file_[i] >= 0),
                           std::min<uint64_t>(t.folded.size(), 6)));
  }
  // The run of candidates the token sits in: whether its last word is one that ends
  // organisations or places says whether a connector inside it joins one name ("Economic
  // and Financial Crimes Commission") or two ("Goldman Sachs and Mediobanca").
  const uint32_t a = run_first_[i], b = run_last_[i];
  if (b - a > 1) {
    constexpr uint32_t kHeads = kOrgHead | kLocHead | kOrgMarker | kMiscHead;
    const uint64_t position = i == a ? 1 : i + 1 == b ? 3 : 2;
    const uint64_t head = tt_.tokens[b - 1].classes & kHeads;
    out->push_back(Feature(kRunHeadClass, head, position));
    out->push_back(Feature(kRunHeadLexFile, u(lex_file_[b - 1]), position));
    if (!t.is(kUpperInitial)) {
      // A connector or mark: with the head classes of the capitalised words that end the
      // part before it and the part after it, whether that part ends the run, and the
      // run's head.
      uint32_t after = i + 1;
      while (after < b && tt_.tokens[after].is(kUpperInitial)) ++after;
      const uint64_t before_head = i > a ? tt_.tokens[i - 1].classes & kHeads : 0;
      const uint64_t after_head = after - 1 > i ? tt_.tokens[after - 1].classes & kHeads : 0;
      out->push_back(Feature(kBridgeHeads, w, before_head,
                             after_head | head << 20 | uint64_t{after == b} << 40));
    }
  }
}

}  // namespace sitrep::extract::internal
