// Features of the name tagger. Each feature is a template number and one or more values,
// hashed with XXH3 (the template is the seed) into the 64-bit key the model stores.
#include "extract/name_tagger_features.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include "extract/gazetteer.h"
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
  kPrevTags,
  kPrevTagWord,
  kPrevTagRule,
  kRuleWord,
  kShapeFlags,
  kWordBeforeRule,
  kShapeBefore,
  kShapeAfter,
};

uint64_t Hash(Template t, std::string_view s) {
  return XXH3_64bits_withSeed(s.data(), s.size(), t);
}

uint64_t Hash(Template t, int64_t v) {
  return XXH3_64bits_withSeed(&v, sizeof v, t);
}

// Two or three values joined by a separator no word contains.
uint64_t Hash(Template t, std::string_view a, std::string_view b, std::string_view c = {}) {
  std::string s;
  s.reserve(a.size() + b.size() + c.size() + 2);
  s.append(a).push_back('\x1f');
  s.append(b);
  if (!c.empty()) s.append(1, '\x1f').append(c);
  return Hash(t, s);
}

uint64_t Hash(Template t, int64_t v, std::string_view s) {
  std::string buf(reinterpret_cast<const char*>(&v), sizeof v);
  buf.append(s);
  return Hash(t, buf);
}

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

FeatureContext::FeatureContext(std::string_view text, const TokenizedText& tt, const std::vector<Piece>& pieces)
    : tt_(tt) {
  const std::vector<Token>& toks = tt.tokens;
  const size_t n = toks.size();
  words_.resize(n);
  shapes_.resize(n);
  rule_tags_.assign(n, 0);
  rule_strength_.assign(n, -1);
  known_type_.assign(n, -1);
  doc_type_.assign(n, -1);
  lower_elsewhere_.assign(n, false);
  candidate_.assign(n, false);
  absl::flat_hash_set<std::string_view, WordHash, std::equal_to<>> lower;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (t.is_word()) {
      words_[i] = std::string(t.folded);
    } else if (t.cp >= 0 && t.cp < 0x80) {
      words_[i] = std::string(1, static_cast<char>(t.cp));
    } else {
      words_[i] = "U+" + std::to_string(t.cp);  // U+-1 for an invalid byte
    }
    if (t.is(kLowerInitial) && !t.is(kSentenceInitial)) lower.insert(t.folded);
  }
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (!t.is_word()) {
      shapes_[i] = words_[i];
      continue;
    }
    shapes_[i] = ShapeOf(text.substr(t.begin, t.core_end - t.begin), t.is(kUpperInitial));
    if (t.is(kPossessive)) shapes_[i] += "'s";
  }
  absl::flat_hash_map<std::string_view, std::array<int, 4>, WordHash, std::equal_to<>> types;
  for (const Piece& p : pieces) {
    const int type = NameTypeIndex(p.type);
    if (type < 0) continue;
    for (uint32_t i = p.first; i < p.last && i < n; ++i) {
      rule_tags_[i] = i == p.first ? 1 + 2 * type : 2 + 2 * type;
      rule_strength_[i] = p.strength;
      if (p.known != nullptr) known_type_[i] = NameTypeIndex(p.known->type);
      candidate_[i] = true;
      if (toks[i].is_word()) ++types[toks[i].folded][type];
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (!t.is_word()) continue;
    lower_elsewhere_[i] = lower.contains(t.folded);
    if (const auto it = types.find(t.folded); it != types.end()) {
      const auto& c = it->second;
      doc_type_[i] = static_cast<int>(std::max_element(c.begin(), c.end()) - c.begin());
    }
    if (Capitalised(t)) candidate_[i] = true;
  }
  // Digits next to a name ("Tower 22", "Apollo 11") and bridges between two names.
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (candidate_[i]) continue;
    const bool before = i > 0 && candidate_[i - 1];
    if (t.is_word() && t.is(kHasDigit) && before) candidate_[i] = true;
  }
  for (size_t i = 1; i + 1 < n; ++i) {
    if (candidate_[i] || !Bridge(toks[i]) || !Capitalised(toks[i - 1])) continue;
    size_t j = i;
    while (j < n && j < i + 2 && !candidate_[j] && Bridge(toks[j])) ++j;
    if (j < n && Capitalised(toks[j])) {
      for (size_t k = i; k < j; ++k) candidate_[k] = true;
    }
  }
}

std::string_view FeatureContext::Word(int64_t i) const {
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= words_.size()) return "</s>";
  return words_[static_cast<size_t>(i)];
}

std::string_view FeatureContext::Shape(int64_t i) const {
  if (i < 0 || static_cast<size_t>(i) >= shapes_.size()) return "_";
  return shapes_[static_cast<size_t>(i)];
}

int FeatureContext::RuleTag(int64_t i) const {
  if (i < 0 || static_cast<size_t>(i) >= rule_tags_.size()) return -1;
  return rule_tags_[static_cast<size_t>(i)];
}

void FeatureContext::Features(uint32_t i, int prev, int prev2,
                              std::vector<uint64_t>* out) const {
  const Token& t = tt_.tokens[i];
  const int64_t k = i;
  const std::string_view w = Word(k);
  const int rule = RuleTag(k);
  const std::string rule_s = std::to_string(rule) + ":" + std::to_string(rule_strength_[i]);
  out->push_back(Hash(kBias, int64_t{0}));
  out->push_back(Hash(kWordForm, w));
  out->push_back(Hash(kWordBefore, Word(k - 1)));
  out->push_back(Hash(kWordAfter, Word(k + 1)));
  out->push_back(Hash(kWordBefore2, Word(k - 2)));
  out->push_back(Hash(kWordAfter2, Word(k + 2)));
  out->push_back(Hash(kWordPairBefore, Word(k - 1), w));
  out->push_back(Hash(kWordPairAfter, w, Word(k + 1)));
  out->push_back(Hash(kShape, Shape(k)));
  out->push_back(Hash(kShapeTriple, Shape(k - 1), Shape(k), Shape(k + 1)));
  out->push_back(Hash(kShapeBefore, Shape(k - 1)));
  out->push_back(Hash(kShapeAfter, Shape(k + 1)));
  if (w.size() > 3) {
    out->push_back(Hash(kSuffix3, w.substr(w.size() - 3)));
    out->push_back(Hash(kPrefix3, w.substr(0, 3)));
  }
  if (w.size() > 4) out->push_back(Hash(kSuffix4, w.substr(w.size() - 4)));
  const auto add_classes = [&](Template tmpl, int64_t at) {
    if (at < 0 || static_cast<size_t>(at) >= tt_.tokens.size()) return;
    uint32_t c = tt_.tokens[static_cast<size_t>(at)].classes;
    while (c != 0) {
      const int bit = __builtin_ctz(c);
      out->push_back(Hash(tmpl, int64_t{bit}));
      c &= c - 1;
    }
  };
  add_classes(kClass, k);
  add_classes(kClassBefore, k - 1);
  add_classes(kClassAfter, k + 1);
  const int64_t flags = t.flags & (kSentenceInitial | kTitleLine | kAllUpper | kPossessive |
                                   kLineStart | kParagraphStart);
  out->push_back(Hash(kFlags, flags));
  out->push_back(Hash(kShapeFlags, flags, Shape(k)));
  out->push_back(Hash(kRule, rule_s));
  out->push_back(Hash(kRuleTriple, int64_t{(RuleTag(k - 1) + 1) * 100 + (rule + 1) * 10 +
                                            RuleTag(k + 1) + 1}));
  out->push_back(Hash(kKnownType, int64_t{known_type_[i]}));
  out->push_back(Hash(kDocType, int64_t{doc_type_[i] * 10 + rule}));
  out->push_back(Hash(kLowerElsewhere, int64_t{lower_elsewhere_[i]}));
  out->push_back(Hash(kPrevTag, int64_t{prev}));
  out->push_back(Hash(kPrevTags, int64_t{prev2 * 10 + prev}));
  out->push_back(Hash(kPrevTagWord, int64_t{prev}, w));
  out->push_back(Hash(kPrevTagRule, int64_t{prev * 100 + rule}));
  out->push_back(Hash(kRuleWord, int64_t{rule}, w));
  out->push_back(Hash(kWordBeforeRule, int64_t{rule}, Word(k - 1)));
}

}  // namespace sitrep::extract::internal
