// Recognition: from tokens to typed candidate names.
//
// 1. Gazetteer matches: the longest known name starting at each capitalised word.
// 2. Capitalised sequences: runs of capitalised words and gazetteer matches, joined by
//    name connectors ("Bank of England", "Ursula von der Leyen") and initials' periods.
// 3. Segmentation of each sequence: a title splits a role from the person it precedes
//    ("Russian President | Vladimir Putin"), a first name starts a new name
//    ("Pentagon | John Kirby"), gazetteer names stand alone.
// 4. Typing of what is left by head words ("... Ministry" is an organisation), first
//    names, shape (an acronym) and context ("newspaper X", "spokesman X", "in X",
//    "X said"), each with a strength that resolution weighs across the article.
#include <algorithm>
#include <unordered_set>

#include "extract/entity_pieces.h"
#include "extract/quote_cues.h"
#include "sitrep/entities.h"

namespace sitrep::extract {
namespace internal {
namespace {

// A capitalised run longer than this is a headline or a title of a work, not a name.
constexpr uint32_t kMaxNameTokens = 8;
// Sequences are cut after this many units so that segmenting one stays cheap whatever
// the input (a text in capitals is one endless "sequence").
constexpr size_t kMaxSequenceUnits = 48;

struct GazMatch {
  uint32_t len = 0;  // tokens
  const KnownName* known = nullptr;
};

// The longest gazetteer name starting at each capitalised word.
std::vector<GazMatch> MatchGazetteer(const TokenizedText& tt) {
  const Gazetteer& gaz = Gazetteer::Get();
  const std::vector<Token>& toks = tt.tokens;
  std::vector<GazMatch> out(toks.size());
  std::string key;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.is_word() || !t.is(kUpperInitial)) continue;
    key.clear();
    size_t words = 0;
    bool all_upper = true;
    for (uint32_t j = i; j < toks.size() && words < gaz.max_name_words(); ++j) {
      const Token& w = toks[j];
      if (w.sentence != t.sentence) break;
      if (!w.is_word()) {
        // "St. Petersburg", "Rostov-on-Don": punctuation the name key leaves out.
        if ((w.is_punct('.') || w.is_punct('-')) && j > i) continue;
        break;
      }
      if (words > 0) key.push_back(' ');
      key += w.folded;
      ++words;
      if (!w.is(kAllUpper)) all_upper = false;
      if (const KnownName* k = gaz.Find(key)) {
        if (!k->acronym_only || all_upper) out[i] = {j - i + 1, k};
      }
      if (w.is(kPossessive) || !gaz.IsNamePrefix(key)) break;
    }
  }
  return out;
}

bool IsNameWord(const Token& t) {
  return t.is_word() && t.is(kUpperInitial) && !t.has(kCalendar);
}

bool IsFirstName(const Token& t) {
  return t.has(kMaleName | kFemaleName) && t.is(kUpperInitial) && !t.is(kAllUpper);
}

Gender GenderOf(const Token& t) {
  if (t.has(kMaleTitle) || (t.has(kMaleName) && !t.has(kFemaleName))) return Gender::kMale;
  if (t.has(kFemaleTitle) || (t.has(kFemaleName) && !t.has(kMaleName))) {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

struct Unit {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  const KnownName* known = nullptr;
};

class Recognizer {
 public:
  Recognizer(std::string_view text, const TokenizedText& tt)
      : text_(text), toks_(tt.tokens), gm_(MatchGazetteer(tt)) {
    // Words the article also writes in lower case are common words, whatever their
    // capital says elsewhere ("Program", "Train"): they make poor personal names.
    for (const Token& t : toks_) {
      if (t.is(kLowerInitial) && !t.is(kSentenceInitial)) lower_words_.emplace(t.folded);
    }
  }

  std::vector<Piece> Run() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    uint32_t i = 0;
    while (i < n) {
      if (gm_[i].len == 0 && !IsNameWord(toks_[i])) {
        ++i;
        continue;
      }
      std::vector<Unit> seq;
      const uint32_t next = CollectSequence(i, &seq);
      Segment(seq);
      i = std::max(next, i + 1);
    }
    for (Piece& p : pieces_) Finish(p);
    return std::move(pieces_);
  }

 private:
  // Tokens between two units of one name: lower-case connectors ("of", "van der"),
  // "the" after "of", the period of an initial or an abbreviation, "&".
  bool IsJoiner(uint32_t k, uint32_t prev) const {
    const Token& t = toks_[k];
    if (t.is_word()) {
      if (t.is(kUpperInitial)) return false;
      if (t.has(kConnector)) return true;
      return t.folded == "the" && prev < k && toks_[k - 1].folded == "of";
    }
    if (t.cp == '&') return true;
    if (t.cp == '.' && k > 0 && toks_[k - 1].is_word() && toks_[k - 1].end == t.begin) {
      const Token& w = toks_[k - 1];
      return w.has(kAbbreviation) || (w.end - w.begin == 1 && w.is(kUpperInitial));
    }
    return false;
  }

  // Collects the capitalised sequence starting at token i; returns the token after it.
  uint32_t CollectSequence(uint32_t i, std::vector<Unit>* seq) const {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    const uint32_t sentence = toks_[i].sentence;
    uint32_t j = i;
    while (j < n && toks_[j].sentence == sentence && seq->size() < kMaxSequenceUnits) {
      if (gm_[j].len > 0) {
        seq->push_back({j, j + gm_[j].len, gm_[j].known});
        j += gm_[j].len;
        if (toks_[j - 1].is(kPossessive)) break;
        continue;
      }
      if (IsNameWord(toks_[j])) {
        seq->push_back({j, j + 1, nullptr});
        ++j;
        if (toks_[j - 1].is(kPossessive)) break;
        continue;
      }
      if (seq->empty()) break;
      // Up to two joiners, then the name must go on.
      uint32_t k = j;
      while (k < n && k - j < 2 && toks_[k].sentence == sentence && IsJoiner(k, j)) ++k;
      if (k == j || k >= n || toks_[k].sentence != sentence) break;
      if (gm_[k].len == 0 && !IsNameWord(toks_[k])) break;
      // "of" and "for" join only after words that take them inside a name ("Bank of
      // England", "Secretary of State", "Center for Strategic Studies"); elsewhere
      // ("Russia of", "invasion of") they separate.
      if (toks_[j].folded == "of" || toks_[j].folded == "for") {
        const Token& before = toks_[j - 1];
        if (!before.has(kOrgHead | kLocHead | kLocPrefix | kTitle | kMiscHead |
                        kRoleModifier)) {
          break;
        }
      }
      j = k;
    }
    return j;
  }

  bool UnitIs(const Unit& u, uint32_t word_class) const {
    return u.known == nullptr && u.last - u.first == 1 && toks_[u.first].has(word_class);
  }

  void Segment(const std::vector<Unit>& seq) {
    size_t k = 0;
    // Sentence-opening function words and stray calendar words are not part of names.
    while (k < seq.size() && (UnitIs(seq[k], kFunctionWord) || UnitIs(seq[k], kCalendar))) {
      ++k;
    }
    size_t role_from = k;     // first unit a role before a title may include
    long name_start = -1;     // open name run
    auto close_name = [&](size_t end) {
      if (name_start >= 0) EmitName(seq, static_cast<size_t>(name_start), end);
      name_start = -1;
    };
    size_t i = k;
    while (i < seq.size()) {
      const Unit& u = seq[i];
      if (u.known != nullptr) {
        // A one-word place after a first name is a surname ("Michael Jordan"); a known
        // name after "of" completes the name before it ("University of Pennsylvania",
        // "People's Republic of China": "of" joined only after head words).
        const bool after_of = u.first > 0 && toks_[u.first - 1].folded == "of";
        if (name_start >= 0 &&
            ((u.last - u.first == 1 &&
              IsFirstName(toks_[seq[static_cast<size_t>(name_start)].first])) ||
             after_of)) {
          ++i;
          continue;
        }
        close_name(i);
        // "Atlantic City", "Kyiv Post", "Georgia Tech": a one-word known name followed
        // by more capitalised words is part of a longer name, unless a title or a
        // person's first name follows ("US President", "Pentagon John Kirby") or it is a
        // nationality before a non-organisation ("Russian Vladimir").
        size_t e = i + 1;
        bool title = false;
        while (e < seq.size() && seq[e].known == nullptr) {
          if (UnitIs(seq[e], kTitle) || IsFirstName(toks_[seq[e].first])) {
            title = true;
            break;
          }
          ++e;
        }
        const bool org_head = e > i + 1 && toks_[seq[e - 1].first].has(kOrgHead);
        if (e > i + 1 && !title && u.last - u.first == 1 &&
            (u.known->type != "NORP" || org_head)) {
          EmitName(seq, i, e, u.known);
          i = e;
          continue;
        }
        EmitKnown(u);
        ++i;
        continue;
      }
      if (UnitIs(u, kTitle | kRoleModifier)) {
        size_t after = 0;
        Piece person;
        if (TryRole(seq, role_from, i, &after, &person)) {
          close_name(i);
          pieces_.push_back(std::move(person));
          i = after;
          role_from = i;
          continue;
        }
      }
      if (name_start < 0) {
        name_start = static_cast<long>(i);
      } else if (IsFirstName(toks_[u.first]) && i + 1 < seq.size() &&
                 seq[i + 1].known == nullptr && !UnitIs(seq[i + 1], kTitle) &&
                 !IsFirstName(toks_[seq[i - 1].first]) &&
                 !toks_[seq[i - 1].first].has(kConnector)) {
        // "Pentagon John Kirby": a first name after other words starts a person.
        close_name(i);
        name_start = static_cast<long>(i);
      }
      ++i;
    }
    close_name(seq.size());
  }

  // At seq[i], a title or role modifier: if a role ("Secretary of State", "Prime
  // Minister") ends in a title and a name follows, returns true with the person in
  // *person and the unit after the name in *after. The role text starts at
  // seq[role_from], so that it keeps the words before the title ("Russian President").
  bool TryRole(const std::vector<Unit>& seq, size_t role_from, size_t i, size_t* after,
               Piece* person) const {
    size_t j = i;
    long last_title = -1;
    bool of_chain = false;  // inside "Secretary of State", "Minister of Foreign Affairs"
    while (j < seq.size()) {
      const Unit& u = seq[j];
      if (u.known != nullptr || u.last - u.first != 1) break;
      const Token& t = toks_[u.first];
      const bool after_of = u.first > 0 && toks_[u.first - 1].folded == "of";
      if (t.has(kTitle)) {
        last_title = static_cast<long>(j);
        of_chain = false;
      } else if (t.has(kRoleModifier)) {
        if (last_title == static_cast<long>(j) - 1 && (after_of || of_chain)) {
          last_title = static_cast<long>(j);
          of_chain = true;
        }
      } else {
        break;
      }
      ++j;
    }
    if (last_title < 0) return false;
    const size_t name_from = static_cast<size_t>(last_title) + 1;
    if (name_from >= seq.size()) return false;
    // The person's name: units up to the next title or multi-word known name.
    size_t name_to = name_from;
    while (name_to < seq.size()) {
      const Unit& u = seq[name_to];
      if (u.known != nullptr && u.last - u.first > 1) break;
      if (UnitIs(u, kTitle) && name_to > name_from) break;
      ++name_to;
    }
    if (name_to == name_from) return false;
    const Token& name_last = toks_[seq[name_to - 1].first];
    const Token& name_first = toks_[seq[name_from].first];
    // "General Assembly", "Prince Edward Island": a head word makes the whole an
    // organisation or a place, not a titled person.
    if (name_last.has(kOrgHead | kLocHead | kOrgMarker | kMiscHead) ||
        name_first.has(kFunctionWord) || name_to - name_from > 4) {
      return false;
    }
    Piece p = MakePiece(seq[name_from].first, seq[name_to - 1].last);
    p.type = "PER";
    p.strength = kLexicon;
    if (IsFirstName(name_first)) p.gender = GenderOf(name_first);
    // The role spans from the first word before the title to the last title word; a
    // courtesy title alone ("Mr") is no role.
    bool only_honorific = true;
    for (size_t r = i; r <= static_cast<size_t>(last_title); ++r) {
      const Token& t = toks_[seq[r].first];
      if (!t.has(kHonorific)) only_honorific = false;
      if (t.has(kMaleTitle | kFemaleTitle)) p.gender = GenderOf(t);
    }
    if (!only_honorific) {
      size_t from = role_from;
      // Courtesy titles and leading function words stay out of the role.
      while (from < i && UnitIs(seq[from], kFunctionWord)) ++from;
      const size_t rb = toks_[seq[from].first].begin;
      const size_t re = toks_[seq[static_cast<size_t>(last_title)].last - 1].core_end;
      p.role = std::string(text_.substr(rb, re - rb));
    }
    *person = std::move(p);
    *after = name_to;
    return true;
  }

  Piece MakePiece(uint32_t first, uint32_t last) const {
    Piece p;
    p.first = first;
    p.last = last;
    p.begin = toks_[first].begin;
    p.end = toks_[last - 1].core_end;
    return p;
  }

  void EmitKnown(const Unit& u) {
    Piece p = MakePiece(u.first, u.last);
    p.known = u.known;
    p.type = u.known->type;
    p.strength = kLexicon;
    pieces_.push_back(std::move(p));
  }

  // `part` is a known name that opens the run ("Atlantic" of "Atlantic City"): its type
  // stands when the head words say nothing.
  void EmitName(const std::vector<Unit>& seq, size_t from, size_t to,
                const KnownName* part = nullptr) {
    // Trailing connectors never end a name; a run of only function words is none.
    while (to > from && UnitIs(seq[to - 1], kFunctionWord | kCalendar)) --to;
    while (from < to && UnitIs(seq[from], kFunctionWord | kCalendar)) ++from;
    if (from >= to) return;
    if (to - from == 1 && seq[from].known != nullptr) {
      EmitKnown(seq[from]);
      return;
    }
    const uint32_t first = seq[from].first;
    const uint32_t last = seq[to - 1].last;
    if (last - first > kMaxNameTokens) return;
    // Titles without a name ("the French President") are roles, not names.
    bool only_role_words = true;
    for (size_t u = from; u < to; ++u) {
      if (!UnitIs(seq[u], kTitle | kRoleModifier | kHonorific)) only_role_words = false;
    }
    if (only_role_words) return;
    Piece p = MakePiece(first, last);
    TypeName(&p);
    if (part != nullptr && p.strength < kLexicon) {
      p.type = part->type == "NORP" ? "ORG" : part->type;
      p.strength = kPattern;
    }
    pieces_.push_back(std::move(p));
  }

  // The word token before `first` in the same sentence, or nullptr.
  const Token* WordBefore(uint32_t first) const {
    if (first == 0) return nullptr;
    const Token& t = toks_[first - 1];
    if (!t.is_word() || t.sentence != toks_[first].sentence) return nullptr;
    return &t;
  }
  const Token* WordAfter(uint32_t last) const {
    if (last >= toks_.size()) return nullptr;
    const Token& t = toks_[last];
    if (!t.is_word() || t.sentence != toks_[last - 1].sentence) return nullptr;
    return &t;
  }

  void TypeName(Piece* p) const {
    const uint32_t n = p->last - p->first;
    const Token& first = toks_[p->first];
    const Token& last = toks_[p->last - 1];
    uint32_t words = 0;
    bool org_marker = false;
    for (uint32_t k = p->first; k < p->last; ++k) {
      if (!toks_[k].is_word()) continue;
      ++words;
      if (toks_[k].has(kOrgMarker)) org_marker = true;
    }
    auto set = [p](const char* type, int strength) {
      p->type = type;
      p->strength = strength;
    };
    const Token* before = WordBefore(p->first);
    const Token* after = WordAfter(p->last);
    if (org_marker || last.has(kOrgHead)) {
      set("ORG", kLexicon);
    } else if (words >= 2 && (last.has(kLocHead) || first.has(kLocPrefix))) {
      set("LOC", kLexicon);
    } else if (words >= 2 && (last.has(kMiscHead) || (first.has(kMiscHead) && HasOf(*p)))) {
      set("MISC", kLexicon);
    } else if (words >= 2 && IsFirstName(first)) {
      set("PER", kLexicon);
      p->gender = GenderOf(first);
    } else if (n == 1 && first.is(kAllUpper) && !first.is(kHasDigit)) {
      set("ORG", kPattern);
    } else if (before != nullptr && before->is(kLowerInitial) && before->has(kOrgNoun) &&
               !before->has(kTitle)) {
      set("ORG", kPattern);
    } else if (before != nullptr && before->is(kLowerInitial) &&
               before->has(kTitle | kPersonNoun)) {
      set("PER", kPattern);
      p->gender = GenderOf(*before);
    } else if (after != nullptr && words <= 3 && IsSpeechCue(*after)) {
      set("PER", kContext);
    } else if (before != nullptr && before->is(kLowerInitial) &&
               before->has(kPlacePreposition)) {
      set("LOC", kContext);
    } else if (before != nullptr && before->folded == "the" && before->is(kLowerInitial)) {
      // People do not take an article: "the Mad Capsule Markets".
      set(words <= 3 ? "ORG" : "MISC", kContext);
    } else if (words >= 2 && words <= 3 && LooksLikePersonalName(*p)) {
      set("PER", kGuess);
    } else {
      set("MISC", kGuess);
    }
  }

  // Two or three plain capitalised words, none of them a word the article also uses in
  // lower case, a digit, a connector or an all-capitals acronym.
  bool LooksLikePersonalName(const Piece& p) const {
    for (uint32_t k = p.first; k < p.last; ++k) {
      const Token& t = toks_[k];
      if (!t.is_word()) {
        if (t.cp == '.' && k > p.first && toks_[k - 1].end - toks_[k - 1].begin == 1) continue;
        return false;
      }
      if (t.is(kAllUpper) || t.is(kHasDigit) || t.has(kConnector | kFunctionWord)) return false;
      if (lower_words_.count(t.folded)) return false;
    }
    return true;
  }

  bool HasOf(const Piece& p) const {
    for (uint32_t k = p.first; k < p.last; ++k) {
      if (toks_[k].folded == "of") return true;
    }
    return false;
  }

  static bool IsSpeechCue(const Token& t) {
    if (!t.is(kLowerInitial)) return false;
    const CueInfo* cue = FindCue(t.folded);
    return cue != nullptr && !cue->weak && !cue->participle;
  }

  // Roles from the words around a person: "Pentagon spokesman John Kirby" (before, in
  // lower case), "Kirby, the Pentagon spokesman," (apposition). Also decides whether
  // the capital of a piece vouches for it.
  void Finish(Piece& p) {
    const Token& first = toks_[p.first];
    if (p.type == "PER" && p.role.empty()) p.role = RoleBefore(p.first, &p.gender);
    if (p.type == "PER" && p.role.empty()) p.role = RoleAfter(p.last);
    if (p.type != "PER" && p.strength < kLexicon) {
      // "X, the Pentagon spokesman," makes X a person.
      std::string role = RoleAfter(p.last);
      if (!role.empty() && p.last - p.first <= 3) {
        p.type = "PER";
        p.strength = kPattern;
        p.role = std::move(role);
      }
    }
    const bool uninformative = first.is(kSentenceInitial) || first.is(kTitleLine);
    // "Borrell said: ..." opening a sentence: one capitalised word before a speech verb is
    // a name unless it is a plural or a word the article writes in lower case
    // ("Analysts said", "Officials said").
    if (uninformative && p.known == nullptr && p.last - p.first == 1 && p.type == "PER" &&
        p.strength == kContext && first.folded.size() > 1 && first.folded.back() != 's' &&
        !first.has(kTitle | kPersonNoun) && lower_words_.count(first.folded) == 0) {
      p.strength = kPattern;
    }
    p.doubtful = uninformative && p.known == nullptr && p.strength < kPattern &&
                 !(p.strength == kLexicon);
    // The NameKey of the piece, from the folded words already at hand.
    for (uint32_t k = p.first; k < p.last; ++k) {
      if (!toks_[k].is_word()) continue;
      if (!p.key.empty()) p.key.push_back(' ');
      p.key += toks_[k].folded;
    }
  }

  // "the Kremlin's prime international coverage adviser" before a name: the words back
  // from a lower-case title to the article or punctuation before them.
  std::string RoleBefore(uint32_t first, Gender* gender) const {
    if (first == 0) return "";
    const Token& t = toks_[first - 1];
    if (!t.is_word() || !t.is(kLowerInitial) || !t.has(kTitle) ||
        t.sentence != toks_[first].sentence) {
      return "";
    }
    if (t.has(kMaleTitle | kFemaleTitle) && *gender == Gender::kUnknown) *gender = GenderOf(t);
    uint32_t r = first - 1;
    for (int steps = 0; steps < 6 && r > 0; ++steps) {
      const Token& w = toks_[r - 1];
      if (!w.is_word() || w.sentence != t.sentence) break;
      if (w.has(kFunctionWord | kPlacePreposition | kCalendar | kPronoun)) break;
      if (w.is(kLowerInitial) && FindCue(w.folded) != nullptr) break;
      if (w.is(kHasDigit)) break;
      --r;
    }
    return std::string(text_.substr(toks_[r].begin, t.core_end - toks_[r].begin));
  }

  // ", the Pentagon spokesman," or ", NATO's secretary general." after a name.
  std::string RoleAfter(uint32_t last) const {
    if (last + 1 >= toks_.size() || !toks_[last].is_punct(',')) return "";
    uint32_t k = last + 1;
    const uint32_t sentence = toks_[last].sentence;
    if (toks_[k].is_word() && (toks_[k].folded == "the" || toks_[k].folded == "a" ||
                               toks_[k].folded == "an")) {
      ++k;
    }
    const uint32_t from = k;
    long title_at = -1;
    for (int steps = 0; steps < 6 && k < toks_.size(); ++steps, ++k) {
      const Token& w = toks_[k];
      if (w.sentence != sentence || !w.is_word()) break;
      if (w.has(kTitle)) title_at = k;
      if (w.has(kFunctionWord | kPronoun) || FindCue(w.folded) != nullptr) break;
    }
    if (title_at < 0 || from >= toks_.size()) return "";
    const uint32_t end = static_cast<uint32_t>(title_at) + 1;
    // The role must close there: a comma, the sentence end, or a speech verb.
    if (end < toks_.size() && toks_[end].sentence == sentence) {
      const Token& next = toks_[end];
      const bool closes = next.is_punct(',') || next.is_punct('.') ||
                          (next.is_word() && FindCue(next.folded) != nullptr);
      if (!closes) return "";
    }
    return std::string(
        text_.substr(toks_[from].begin, toks_[end - 1].core_end - toks_[from].begin));
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<GazMatch> gm_;
  std::vector<Piece> pieces_;
  // Views into the tokenized text's folded words, which outlive the recogniser.
  std::unordered_set<std::string_view> lower_words_;
};

}  // namespace

std::vector<Piece> FindPieces(std::string_view text, const TokenizedText& tt) {
  return Recognizer(text, tt).Run();
}

}  // namespace internal

namespace internal {

EntityResult FindEntitiesIn(std::string_view text, const TokenizedText& tt) {
  std::vector<Piece> pieces = FindPieces(text, tt);
  return ResolveEntities(text, tt, std::move(pieces));
}

}  // namespace internal

EntityResult FindEntities(std::string_view text) {
  return internal::FindEntitiesIn(text, internal::TokenizeText(text));
}

std::string EntityKey(std::string_view name, std::string_view type) {
  const std::string key = internal::NameKey(name);
  if (const internal::KnownName* known = internal::Gazetteer::Get().Find(key)) {
    if (type.empty() || known->type == type) return known->key;
  }
  // A leading article is not part of the name: "The Associated Press".
  if (key.rfind("the ", 0) == 0 && type != "PER") return key.substr(4);
  return key;
}

}  // namespace sitrep::extract
