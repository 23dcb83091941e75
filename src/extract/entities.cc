// Recognition: from tokens to typed candidate names.
//
// 1. Gazetteer matches: the longest known name starting at each capitalised word.
// 2. Capitalised sequences: runs of capitalised words and gazetteer matches, joined by
//    name connectors ("Bank of England", "Ursula von der Leyen") and initials' periods.
// 3. Segmentation of each sequence: a title splits a role from the person it precedes
//    ("Russian President | Vladimir Putin"), a first name starts a new name
//    ("Pentagon | John Kirby"), gazetteer names stand alone.
// 4. Typing of what is left by head words ("... Ministry" is an organisation, "Bank of
//    England" by the word before "of"), first names, initials, shape (an acronym), a
//    capitalised article ("A Beautiful Lie" is a title) and context ("newspaper X",
//    "spokesman X", "in X", "the town of X", "X, Illinois", "X, a bicycle maker", "X
//    said", "X retired", "joined X"), each with a strength that resolution weighs across
//    the article.
// 5. Members of one list ("A, B and C") that only their shape typed take the type of a
//    member that evidence typed.
#include <algorithm>

#include "absl/container/flat_hash_set.h"

#include "extract/entity_pieces.h"
#include "extract/quote_cues.h"
#include "extract/word_hash.h"
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

bool IsNameWord(const Token& t);

// Whether tokens [first, last) are a whole capitalised run: no name word joins them on
// either side, directly or across a connector ("Army of the Potomac", "Bank of Goa"), and
// its own words are capitalised too ("Union Army", not "Union army"), connectors aside.
bool WholeRun(const std::vector<Token>& toks, uint32_t first, uint32_t last) {
  const uint32_t sentence = toks[first].sentence;
  for (uint32_t k = first; k < last; ++k) {
    if (toks[k].is_word() && !toks[k].is(kUpperInitial) && !toks[k].has(kConnector)) {
      return false;
    }
  }
  auto joins = [&](uint32_t k) { return toks[k].sentence == sentence && IsNameWord(toks[k]) &&
                                        !toks[k].is(kSentenceInitial); };
  auto connector = [&](uint32_t k) {
    const Token& t = toks[k];
    return t.sentence == sentence && t.is_word() && t.is(kLowerInitial) &&
           (t.has(kConnector) || t.folded == "the");
  };
  if (first > 0) {
    uint32_t k = first - 1;
    while (k > 0 && connector(k) && first - k <= 2) --k;
    if (joins(k)) return false;
  }
  if (last < toks.size()) {
    uint32_t k = last;
    while (k + 1 < toks.size() && connector(k) && k - last < 2) ++k;
    if (joins(k)) return false;
  }
  return true;
}

// The longest gazetteer name starting at each capitalised word; *capitalised counts
// those words.
std::vector<GazMatch> MatchGazetteer(const TokenizedText& tt, size_t* capitalised) {
  const Gazetteer& gaz = Gazetteer::Get();
  const std::vector<Token>& toks = tt.tokens;
  std::vector<GazMatch> out(toks.size());
  std::string key;
  *capitalised = 0;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.is_word() || !t.is(kUpperInitial)) continue;
    ++*capitalised;
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
      const Gazetteer::NameLookup found = gaz.Lookup(key);
      if (const KnownName* k = found.known) {
        if ((!k->acronym_only || all_upper) &&
            (!k->whole_run_only || WholeRun(toks, i, j + 1))) {
          out[i] = {j - i + 1, k};
        }
      }
      if (w.is(kPossessive) || !found.prefix) break;
    }
  }
  return out;
}

bool IsNameWord(const Token& t) {
  if (t.is(kAllUpper) && t.has(kCommonAcronym)) return false;  // "CD", "VIP", "GDP"
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

// A word written in lower case where its capital would have said something.
bool IsLowerUse(const Token& t) { return t.is(kLowerInitial) && !t.is(kSentenceInitial); }

size_t CountLowerUses(const std::vector<Token>& toks) {
  size_t n = 0;
  for (const Token& t : toks) n += IsLowerUse(t);
  return n;
}

// The lower-case words of an article, viewed in the tokenized text: a flat set sized
// once, so that filling it allocates one array (a node-based set spent more allocating
// its nodes than the recogniser spent on everything else).
using WordSet = absl::flat_hash_set<std::string_view, WordHash, std::equal_to<>>;

WordSet LowerWords(const std::vector<Token>& toks) {
  WordSet words;
  words.reserve(CountLowerUses(toks));
  for (const Token& t : toks) {
    if (IsLowerUse(t)) words.insert(t.folded);
  }
  return words;
}

struct Unit {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  const KnownName* known = nullptr;
};

class Recognizer {
 public:
  Recognizer(std::string_view text, const TokenizedText& tt)
      : text_(text),
        toks_(tt.tokens),
        gm_(MatchGazetteer(tt, &capitalised_)),
        lower_words_(LowerWords(toks_)) {
    // Every piece starts at its own capitalised word: sized once, the pieces are never
    // moved by growth (a move copies three strings).
    pieces_.reserve(capitalised_);
  }

  std::vector<Piece> Run() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    uint32_t i = 0;
    std::vector<Unit> seq;  // one buffer for every sequence
    while (i < n) {
      if (gm_[i].len == 0 && !IsNameWord(toks_[i])) {
        ++i;
        continue;
      }
      seq.clear();
      const uint32_t next = CollectSequence(i, &seq);
      Segment(seq);
      i = std::max(next, i + 1);
    }
    ShareTypesInLists();
    SurnamesOverBroadNames();
    ShortFormsOfOrganisations();
    OrdinalsOpenUnits();
    JoinAndBeforeHeads();
    for (Piece& p : pieces_) Finish(p);
    return std::move(pieces_);
  }

 private:
  // "Lloyd Austin ... Austin said": a one-word name from the broad lists (a city of
  // Texas) that is the surname of a person the article names is that person.
  void SurnamesOverBroadNames() {
    auto broad = [this](const Piece& p) {
      return p.known != nullptr && p.known->whole_run_only && p.last - p.first == 1;
    };
    if (std::none_of(pieces_.begin(), pieces_.end(), broad)) return;
    absl::flat_hash_set<std::string_view, WordHash, std::equal_to<>> surnames;
    for (const Piece& p : pieces_) {
      if (p.type == "PER" && p.last - p.first >= 2 && toks_[p.last - 1].is_word()) {
        surnames.insert(toks_[p.last - 1].folded);
      }
    }
    for (Piece& p : pieces_) {
      if (!broad(p) || !surnames.contains(toks_[p.first].folded)) continue;
      p.known = nullptr;
      p.type = "PER";
      p.strength = kPattern;
    }
  }

  // "Calder Pharma agreed ... Calder said": a one-word name typed on weak evidence (or
  // from the broad lists, where "Calder" is a river) that opens the name of an
  // organisation the article names is that organisation, cut short.
  void ShortFormsOfOrganisations() {
    absl::flat_hash_set<std::string_view, WordHash, std::equal_to<>> openings;
    for (const Piece& p : pieces_) {
      if (p.type == "ORG" && p.strength == kLexicon && p.last - p.first >= 2 &&
          toks_[p.first].is_word() && !IsArticle(toks_[p.first])) {
        openings.insert(toks_[p.first].folded);
      }
    }
    if (openings.empty()) return;
    for (Piece& p : pieces_) {
      if (p.last - p.first != 1 || p.type == "ORG" || p.type == "NORP") continue;
      const bool weak = (p.known == nullptr && p.strength < kPattern) ||
                        (p.known != nullptr && p.known->whole_run_only);
      if (!weak || !openings.contains(toks_[p.first].folded)) continue;
      p.known = nullptr;
      p.type = "ORG";
      p.strength = kPattern;
    }
  }

  // "the 114th Territorial Defence Brigade", "the 9th Circuit Court of Appeals": an
  // ordinal right before the name of an organisation numbers it and is part of it.
  void OrdinalsOpenUnits() {
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (p.type != "ORG" || p.first == 0) continue;
      if (i > 0 && pieces_[i - 1].last == p.first) continue;
      const Token& t = toks_[p.first - 1];
      if (!t.is_word() || t.sentence != toks_[p.first].sentence || !IsOrdinal(t.folded)) {
        continue;
      }
      p.first -= 1;
      p.begin = t.begin;
    }
  }

  // "Food and Drug Administration", "Economic and Financial Crimes Commission": one
  // capitalised word that nothing else types, "and", then an organisation named by its
  // head word are one name.
  void JoinAndBeforeHeads() {
    // Kept pieces are compacted in place: a piece only ever moves down, onto one already
    // moved or dropped.
    size_t kept = 0;
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& a = pieces_[i];
      if (i + 1 < pieces_.size()) {
        Piece& b = pieces_[i + 1];
        const bool weak_word = a.last - a.first == 1 && a.known == nullptr &&
                               a.strength < kPattern && a.type != "PER" && a.type != "NORP";
        const bool and_between = b.first == a.last + 1 && toks_[a.last].is_word() &&
                                 toks_[a.last].folded == "and" &&
                                 toks_[a.last].is(kLowerInitial);
        const bool headed_org = b.type == "ORG" && b.strength == kLexicon &&
                                b.known == nullptr && b.last - b.first >= 2 &&
                                toks_[b.last - 1].has(kOrgHead);
        if (weak_word && and_between && headed_org &&
            toks_[a.first].sentence == toks_[b.first].sentence) {
          b.first = a.first;
          b.begin = a.begin;
          continue;  // a is now part of b
        }
      }
      if (kept != i) pieces_[kept] = std::move(a);
      ++kept;
    }
    pieces_.resize(kept);
  }

  static bool IsOrdinal(std::string_view w) {
    if (w.size() < 3 || w.size() > 6) return false;
    const std::string_view suffix = w.substr(w.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
    for (char c : w.substr(0, w.size() - 2)) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  // Whether only a list separator stands between two pieces: ",", "and", "or", ", and",
  // "/" ("Velvet Revolver, Orgy and Linkin Park").
  bool Coordinated(const Piece& a, const Piece& b) const {
    if (b.first < a.last || b.first - a.last > 2 || b.first == a.last) return false;
    if (toks_[a.last - 1].sentence != toks_[b.first].sentence) return false;
    for (uint32_t k = a.last; k < b.first; ++k) {
      const Token& t = toks_[k];
      const bool sep = t.is_punct(',') || t.is_punct('/') ||
                       (t.is_word() && (t.folded == "and" || t.folded == "or"));
      if (!sep) return false;
    }
    return true;
  }

  // Members of a list are things of one kind: a member whose type rests on shape alone
  // takes the type of a member that a pattern or the gazetteer types. NORP and MISC
  // members say nothing ("French, German and Italian troops").
  void ShareTypesInLists() {
    size_t i = 0;
    while (i < pieces_.size()) {
      size_t j = i + 1;
      while (j < pieces_.size() && Coordinated(pieces_[j - 1], pieces_[j])) ++j;
      if (j - i >= 2) {
        std::string type;
        int best = kContext;
        bool mixed = false;
        for (size_t k = i; k < j; ++k) {
          const Piece& p = pieces_[k];
          if (p.strength < kPattern || p.type == "NORP" || p.type == "MISC") continue;
          if (!type.empty() && p.type != type) mixed = true;
          if (p.strength > best || type.empty()) {
            type = p.type;
            best = p.strength;
          }
        }
        if (!type.empty() && !mixed) {
          for (size_t k = i; k < j; ++k) {
            Piece& p = pieces_[k];
            if (p.strength <= kGuess) {
              p.type = type;
              p.strength = kContext;
            }
          }
        }
      }
      i = j;
    }
  }

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
    bool complement = false;  // after the "of" of a head word: "Department of Health"
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
      // "Department of Health and Human Services", "Institute of Arts and Sciences": in
      // the complement of a head word, "and" joins two fields.
      // A place there ends the name: "the University of Texas and Harvard".
      if (complement && seq->back().known == nullptr && toks_[j].is_word() &&
          toks_[j].folded == "and" && j + 1 < n &&
          toks_[j + 1].sentence == sentence && gm_[j + 1].len == 0 &&
          IsNameWord(toks_[j + 1]) && !IsFirstName(toks_[j + 1])) {
        ++j;
        continue;
      }
      // "Committee to Protect Journalists", "Coalition to Stop the Use of Child
      // Soldiers": "to" joins after an organisation's head word when a capitalised word
      // follows, which running text writes so only inside a name (a headline's words
      // are no name words, so "Council to Vote on Budget" stays out).
      if (toks_[j].is_word() && toks_[j].folded == "to" && toks_[j].is(kLowerInitial) &&
          seq->back().last == j && toks_[j - 1].has(kOrgHead) &&
          j + 1 < n && toks_[j + 1].sentence == sentence &&
          gm_[j + 1].len == 0 && IsNameWord(toks_[j + 1])) {
        ++j;
        continue;
      }
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
        complement = before.has(kOrgHead);
      }
      j = k;
    }
    return j;
  }

  // A capitalised "The" or "A" inside a sentence opens the name it precedes: "The
  // Hague", "The Mad Capsule Markets", the album "A Beautiful Lie". News writes the
  // article of a mere description in lower case.
  bool IsNameArticle(const std::vector<Unit>& seq, size_t k, size_t end) const {
    if (k + 1 >= end || seq[k].known != nullptr || seq[k].last - seq[k].first != 1) {
      return false;
    }
    const Token& t = toks_[seq[k].first];
    if (t.is(kSentenceInitial) || t.is(kTitleLine) || t.is(kAllUpper)) return false;
    // Other function words capitalised inside a sentence open names too ("One Nation",
    // "Thirty Seconds to Mars"); "I" is capitalised everywhere.
    return IsArticle(t) || (t.has(kFunctionWord) && t.end - t.begin > 1 &&
                            !t.has(kPronoun) && t.folded != "i");
  }

  // seq[i] is a capitalised compass word or regional adjective right before a known
  // place or nationality: "West Germany", "Southern California", "West African".
  bool IsCompassPlace(const std::vector<Unit>& seq, size_t i) const {
    if (i + 1 >= seq.size() || seq[i].last - seq[i].first != 1) return false;
    const Token& t = toks_[seq[i].first];
    const Unit& next = seq[i + 1];
    return t.has(kCompassAdjective) && !t.is(kAllUpper) && next.first == seq[i].last &&
           !t.is(kPossessive) && next.known != nullptr &&
           (next.known->type == "LOC" || next.known->type == "NORP") &&
           t.is(kUpperInitial);
  }

  // Whether the units from `from` on, up to the next known name, end in a head word.
  bool EndsInHead(const std::vector<Unit>& seq, size_t from) const {
    size_t e = from;
    while (e < seq.size() && seq[e].known == nullptr && e < from + 4) ++e;
    return e > from && toks_[seq[e - 1].last - 1].has(kOrgHead | kLocHead | kMiscHead);
  }

  // "Apparently Hitzig's ...": an adverb opening a sentence is no part of a name.
  bool IsOpeningAdverb(const Unit& u) const {
    if (u.known != nullptr || u.last - u.first != 1) return false;
    const Token& t = toks_[u.first];
    return t.is(kSentenceInitial) && t.folded.size() > 4 && t.folded.ends_with("ly") &&
           !IsFirstName(t);
  }

  static bool IsPossessiveDeterminer(const Token& t) {
    return t.folded == "his" || t.folded == "her" || t.folded == "their" ||
           t.folded == "its" || t.folded == "our" || t.folded == "my" || t.folded == "your";
  }

  static bool IsArticle(const Token& t) {
    return t.folded == "the" || t.folded == "a" || t.folded == "an";
  }

  bool UnitIs(const Unit& u, uint32_t word_class) const {
    return u.known == nullptr && u.last - u.first == 1 && toks_[u.first].has(word_class);
  }

  void Segment(const std::vector<Unit>& seq) {
    // “Good Morning America”: a run that is all of a quotation is one title, whatever
    // names are inside it.
    if (seq.size() >= 2 && seq.back().last - seq.front().first <= kMaxNameTokens) {
      Piece whole = MakePiece(seq.front().first, seq.back().last);
      if (FillsQuote(whole)) {
        EmitName(seq, 0, seq.size());
        return;
      }
    }
    size_t k = 0;
    // Sentence-opening function words and stray calendar words are not part of names.
    while (k < seq.size() && !IsNameArticle(seq, k, seq.size()) &&
           (UnitIs(seq[k], kFunctionWord) || UnitIs(seq[k], kCalendar))) {
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
      if (IsCompassPlace(seq, i)) {
        // "West Germany", "North Vancouver", "East Perth": a compass point before a
        // place names a part of it ("West African": of its people).
        close_name(i);
        Piece p = MakePiece(u.first, seq[i + 1].last);
        p.type = seq[i + 1].known->type;  // LOC, or NORP for "West African"
        p.strength = kLexicon;
        pieces_.push_back(std::move(p));
        i += 2;
        continue;
      }
      if (u.known != nullptr && name_start < 0 && u.last - u.first == 1 &&
          u.known->type == "LOC" && IsFirstName(toks_[u.first]) && i + 2 == seq.size() &&
          seq[i + 1].last - seq[i + 1].first == 1 && !UnitIs(seq[i + 1], kTitle) &&
          !EndsInHead(seq, i + 2) &&
          (seq[i + 1].known == nullptr || seq[i + 1].known->type == "LOC")) {
        // "Mary Nelson", "Victoria Lincoln": a first name that is also a place, then one
        // more word closing the run, is a person's first name and surname.
        name_start = static_cast<long>(i);
        ++i;
        continue;
      }
      if (u.known != nullptr) {
        // A one-word place after a first name is a surname ("Michael Jordan"); a known
        // name after "of" completes the name before it ("University of Pennsylvania",
        // "People's Republic of China": "of" joined only after head words).
        // "Chittoor District of Andhra Pradesh": after a place name that is complete in
        // itself, "of" and a place say where it is; "of" completes a bare head ("City
        // of Brampton") and an organisation ("Bank of England", "National Party of
        // Australia").
        const bool after_of =
            u.first > 1 && toks_[u.first - 1].folded == "of" && name_start >= 0 &&
            (i - static_cast<size_t>(name_start) == 1 || !toks_[u.first - 2].has(kLocHead));
        // "Lake Chad", "Fort Worth", "San Mateo": a place prefix takes the name after it.
        const bool after_prefix = name_start >= 0 &&
                                  static_cast<size_t>(name_start) + 1 == i &&
                                  UnitIs(seq[i - 1], kLocPrefix) && u.known->type == "LOC";
        if (name_start >= 0 &&
            ((u.last - u.first == 1 &&
              IsFirstName(toks_[seq[static_cast<size_t>(name_start)].first])) ||
             after_of || after_prefix)) {
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
        // "Australian League of Rights", "Russian Empire", "American Civil War".
        bool org_head = false;
        for (size_t h = i + 1; h < e; ++h) {
          if (toks_[seq[h].first].has(kOrgHead | kLocHead | kMiscHead)) org_head = true;
        }
        if (e > i + 1 && !title &&
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
                 !toks_[seq[i - 1].first].has(kConnector) && !EndsInHead(seq, i + 1)) {
        // "Pentagon John Kirby": a first name after other words starts a person, unless
        // a head word ends the run ("Doyt Perry Stadium").
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
    // "the Mayor of Brampton": what follows "of" is the place or body of the role.
    if (toks_[seq[name_from].first - 1].folded == "of") return false;
    // The person's name: units up to the next title or multi-word known name.
    size_t name_to = name_from;
    while (name_to < seq.size()) {
      const Unit& u = seq[name_to];
      if (u.known != nullptr && u.last - u.first > 1) break;
      // "Governor General of Canada": a known place or organisation is no person, unless
      // it is a first name ("Minister Mary Nelson") or the one-word surname after one.
      if (u.known != nullptr && u.known->type != "PER") {
        const bool first_name = name_to == name_from && IsFirstName(toks_[u.first]);
        const bool surname = name_to == name_from + 1 && u.last - u.first == 1 &&
                             IsFirstName(toks_[seq[name_from].first]);
        if (!first_name && !surname) return false;
      }
      if (UnitIs(u, kTitle) && name_to > name_from) break;
      ++name_to;
    }
    if (name_to == name_from) return false;
    const Token& name_last = toks_[seq[name_to - 1].first];
    const Token& name_first = toks_[seq[name_from].first];
    // "General Assembly", "Prince Edward Island": a head word makes the whole an
    // organisation or a place, not a titled person.
    // "Senator Ellen Marsh" stays a person: a first name before a head word that is
    // also a surname.
    const bool surname_head = name_to - name_from == 2 && IsFirstName(name_first) &&
                              name_last.has(kSurnameToo);
    if ((name_last.has(kOrgHead | kLocHead | kOrgMarker | kMiscHead) && !surname_head) ||
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
    while (from < to && !IsNameArticle(seq, from, to) &&
           (UnitIs(seq[from], kFunctionWord | kCalendar) || IsOpeningAdverb(seq[from]))) {
      ++from;
    }
    if (from >= to) return;
    if (to - from == 1 && seq[from].known != nullptr) {
      EmitKnown(seq[from]);
      return;
    }
    const uint32_t first = seq[from].first;
    const uint32_t last = seq[to - 1].last;
    if (last - first > kMaxNameTokens) return;
    // "Governor General of Canada", "the Mayor of Brampton": a role of a place or an
    // organisation names that, not a person; the role itself is no name.
    size_t r = from;
    while (r < to && UnitIs(seq[r], kTitle | kRoleModifier | kHonorific)) ++r;
    if (r > from && r < to && toks_[seq[r].first - 1].folded == "of") {
      const size_t before = pieces_.size();
      EmitName(seq, r, to);
      // A mayor, a governor or a bishop is "of" a place.
      const std::string_view role = toks_[seq[r - 1].first].folded;
      if (pieces_.size() > before && pieces_.back().strength < kPattern &&
          (role == "mayor" || role == "governor" || role == "bishop" ||
           role == "archbishop")) {
        pieces_.back().type = "LOC";
        pieces_.back().strength = kPattern;
      }
      return;
    }
    // Titles without a name ("the French President") are roles, not names.
    bool only_role_words = true;
    for (size_t u = from; u < to; ++u) {
      if (!UnitIs(seq[u], kTitle | kRoleModifier | kHonorific) &&
          !(u == from && IsNameArticle(seq, u, to))) {
        only_role_words = false;
      }
    }
    if (only_role_words) return;
    Piece p = MakePiece(first, last);
    TypeName(&p);
    if (part != nullptr && p.strength < kLexicon) {
      // A place or nationality opening a longer name that no head word types names
      // something after it: a team ("Boston Bruins"), a newspaper ("Kyiv Post"), a
      // company ("Texas Instruments"). Places themselves end in a head word ("Atlantic
      // City", "Gaza Strip") or are in the gazetteer whole.
      p.type = part->type == "MISC" ? "MISC" : "ORG";
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
    // In "Bank of England" or "Institute for Strategic Studies" the head word is the one
    // before the connector; what follows it is a place or a field.
    const Token& head = HeadOf(*p);
    const bool uninformative = first.is(kSentenceInitial) || first.is(kTitleLine);
    const bool article = IsArticle(first);
    // Names take no indefinite article and no possessive determiner: "a Dynamic
    // Speaker", "a Specialist Group", "his Association" are capitalised common nouns.
    const bool determined = before != nullptr && before->is(kLowerInitial) &&
                            (before->folded == "a" || before->folded == "an" ||
                             IsPossessiveDeterminer(*before));
    if (determined) {
      set("MISC", kGuess);
    } else if (org_marker || head.has(kOrgHead) || last.has(kOrgHead) || HasAmpersand(*p)) {
      // "Brindle & Pask", "Procter & Gamble": names joined by "&" are firms.
      set("ORG", kLexicon);
    } else if (const Token* given = FirstNameBefore(*p);
               given != nullptr && last.has(kSurnameToo)) {
      // "Ellen Marsh", "Governor Damon Hill": a first name right before a head word that
      // is also a surname.
      set("PER", kLexicon);
      p->gender = GenderOf(*given);
    } else if (words >= 2 &&
               (head.has(kLocHead) || last.has(kLocHead) || first.has(kLocPrefix))) {
      set("LOC", kLexicon);
    } else if (words >= 2 && (head.has(kMiscHead) || last.has(kMiscHead))) {
      set("MISC", kLexicon);
    } else if (FillsQuote(*p)) {
      // “A Beautiful Lie”, “Good Morning America”: a name that is all of a quotation is
      // the title of a work.
      set("MISC", kPattern);
      p->fills_quote = true;
    } else if (article) {
      // "A Beautiful Lie", "The Shining": a name with its own article is a title or a
      // group, never a person, and a preposition before it says nothing.
      set("MISC", kPattern);
    } else if (words == 1 && NamedInBracketsBefore(p->first)) {
      // "(President Vladimir) Putin", "[Olaf] Scholz": an editor's insertion into a
      // quotation completes a person's name.
      set("PER", kLexicon);
    } else if (words >= 2 && IsFirstName(first)) {
      set("PER", kLexicon);
      p->gender = GenderOf(first);
    } else if (n == 1 && IsFirstName(first) && !lower_words_.contains(first.folded)) {
      // A first name alone is a person named familiarly ("Steve", "Hayley"); at a
      // sentence start it may be a common word ("Will", "Grant"), so it needs support.
      set("PER", uninformative ? kContext : kPattern);
      p->gender = GenderOf(first);
    } else if (words >= 2 && (StartsWithInitial(*p) || HasMiddleInitial(*p))) {
      // "C. H. Douglas", "J. Smith", "Adaeze N. Okwuosa": initials mark personal names.
      set("PER", kPattern);
    } else if (AgencyInDateline(*p)) {
      set("ORG", kPattern);
    } else if (IsPlaceByContext(*p) || AppositionHas(p->last, kPlaceNoun)) {
      // "X, a village in ..." and "X is a town in ..." too.
      set("LOC", kPattern);
    } else if (n == 1 && first.is(kAllUpper) && !first.is(kHasDigit)) {
      set("ORG", kPattern);
    } else if ((before != nullptr && before->is(kLowerInitial) && before->has(kOrgNoun) &&
                !before->has(kTitle)) ||
               AppositionHas(p->last, kOrgNoun)) {
      // "the newspaper X", "X, a Brazilian bicycle maker,".
      set("ORG", kPattern);
    } else if (IsOrgByVerb(p->first)) {
      // "joined Rangers", "played for Lausanne".
      set("ORG", kContext);
    } else if (words <= 3 && AppositionHas(p->last, kPersonNoun)) {
      // "X, a former striker,".
      set("PER", kPattern);
    } else if (before != nullptr && before->is(kLowerInitial) &&
               before->has(kTitle | kPersonNoun)) {
      set("PER", kPattern);
      p->gender = GenderOf(*before);
    } else if (words <= 3 && RoleAndCommaBefore(p->first)) {
      // "Her coach, Jelle Coppens,": the reverse apposition.
      set("PER", kPattern);
    } else if (words <= 3 && WhoFollows(p->last)) {
      // "Pezuela, who": a relative pronoun only people take ("which" for the rest), a
      // surer sign than a verb, whose subject may be a place standing for its
      // government ("Moscow said").
      set("PER", kPattern);
    } else if (words <= 3 && after != nullptr &&
               (IsSpeechCue(*after) || IsPersonVerb(*after))) {
      // "Cowley retired", "Kirby said": verbs that take a human subject.
      set("PER", kContext);
    } else if (WorkplaceAt(p->first)) {
      // "an analyst at Peel Hunt", "chief economist at Hausbank Rheinland".
      set("ORG", kContext);
    } else if (AccordingTo(p->first)) {
      // "according to Eurostat": a source speaks; a place does not.
      set(words == 2 && LooksLikePersonalName(*p) ? "PER" : "ORG", kContext);
    } else if (before != nullptr && before->is(kLowerInitial) &&
               before->has(kPlacePreposition)) {
      set("LOC", kContext);
    } else if (before != nullptr && before->folded == "the" && before->is(kLowerInitial)) {
      // People do not take an article: "the Mad Capsule Markets". One word after "the"
      // is as often a river or an era as an organisation ("the Danube", "the
      // Enlightenment"), unless it is a plural: a team, a band, a movement ("the
      // Bruins", "the Beatles").
      const bool plural = words == 1 && first.folded.size() > 3 &&
                          first.folded.ends_with("s") && !first.folded.ends_with("ss");
      set((words >= 2 && words <= 3) || plural ? "ORG" : "MISC", kContext);
    } else if (words == 2 && LooksLikePersonalName(*p) && !LooksPlural(last)) {
      set("PER", kGuess);
    } else {
      set("MISC", kGuess);
    }
  }

  // The first name of "Ellen Marsh" or "Senator Ellen Marsh": the word before the last,
  // when it is a first name and only titles precede it; nullptr otherwise.
  const Token* FirstNameBefore(const Piece& p) const {
    if (p.last - p.first < 2) return nullptr;
    const Token& given = toks_[p.last - 2];
    if (!IsFirstName(given)) return nullptr;
    for (uint32_t k = p.first; k + 2 < p.last; ++k) {
      if (!toks_[k].is_word() || !toks_[k].has(kTitle | kRoleModifier | kHonorific)) {
        return nullptr;
      }
    }
    return &given;
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
      if (lower_words_.contains(t.folded)) return false;
      if (HasCommonNounSuffix(t.folded)) return false;
    }
    return true;
  }

  // "Buffalo Bisons", "Inaugural Members": a plural ends names of groups and things.
  // Surnames in -s ("Jones", "Williams") come with a first name or a title.
  static bool LooksPlural(const Token& t) {
    const std::string_view w = t.folded;
    return w.size() > 4 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
           !w.ends_with("is");
  }

  // Endings of abstract English nouns that names hardly ever have: "Freedom Project"
  // is no person, nor is "Direct Service" or "Digital Media Association".
  static bool HasCommonNounSuffix(std::string_view w) {
    static constexpr std::string_view kSuffixes[] = {"tion", "sion", "ment", "ness",
                                                     "ity",  "ism",  "ship", "ics",
                                                     "ology", "ance", "ence", "ure"};
    for (std::string_view s : kSuffixes) {
      if (w.size() > s.size() + 2 && w.ends_with(s)) return true;
    }
    return false;
  }

  // ", a Brazilian bicycle maker" or " is a Danish chain" after token `last`: a comma or
  // a copula, an indefinite article and up to four lower-case or nationality words
  // ending in a noun of `noun_class`.
  bool AppositionHas(uint32_t last, uint32_t noun_class) const {
    if (last + 2 >= toks_.size()) return false;
    const Token& link = toks_[last];
    const bool copula = link.is_word() && (link.folded == "is" || link.folded == "was");
    if (!link.is_punct(',') && !copula) return false;
    uint32_t k = last + 1;
    const uint32_t sentence = toks_[last].sentence;
    // "X, a former striker", "X, the agency's director", "X, its regional director".
    const Token& det = toks_[k];
    if (!det.is_word() || !det.is(kLowerInitial) ||
        !(det.folded == "a" || det.folded == "an" || det.folded == "the" ||
          IsPossessiveDeterminer(det))) {
      return false;
    }
    // Up to eight tokens: "X, a four-year-old startup" spells one word in five.
    for (++k; k < toks_.size() && k <= last + 9; ++k) {
      const Token& t = toks_[k];
      if (t.is_punct('-') && t.sentence == sentence) continue;
      if (!t.is_word() || t.sentence != sentence || t.has(kFunctionWord)) return false;
      if (t.is(kLowerInitial) && t.has(noun_class)) return true;
      if (!t.is(kLowerInitial) && !(gm_[k].known != nullptr && gm_[k].known->type == "NORP")) {
        return false;
      }
    }
    return false;
  }

  // "TOKYO (Kyodo) -", "BEIRUT, Lebanon (AP) —", "FRANKFURT, Oct 14 (Reuters) -": a name
  // in brackets between a dateline and its dash is the agency that filed the story.
  bool AgencyInDateline(const Piece& p) const {
    if (p.first < 2 || p.last + 1 >= toks_.size()) return false;
    if (!toks_[p.first - 1].is_punct('(') || !toks_[p.last].is_punct(')')) return false;
    const Token& dash = toks_[p.last + 1];
    if (!dash.is_punct('-') && !dash.is_punct(0x2013) && !dash.is_punct(0x2014)) return false;
    // Back to the start of the line: the place in capitals, then at most a few words,
    // numbers, commas and periods (a region, a date).
    uint32_t k = p.first - 2;
    for (int steps = 0; !toks_[k].is(kLineStart); ++steps, --k) {
      const Token& t = toks_[k];
      if (steps == 8 || k == 0) return false;
      if (!t.is_word() && !t.is_punct(',') && !t.is_punct('.')) return false;
    }
    return toks_[k].is_word() && toks_[k].is(kAllUpper);
  }

  // Whether quote marks enclose exactly the piece ("‘" and "’" are left out: "’" is
  // also the apostrophe).
  bool FillsQuote(const Piece& p) const {
    if (p.first == 0 || p.last >= toks_.size()) return false;
    const Token& open = toks_[p.first - 1];
    const Token& close = toks_[p.last];
    // Straight marks go either way; their spacing is too often wrong to tell.
    const bool opens = !open.is_word() && (IsOpeningQuoteMark(open.cp) || open.cp == '"');
    const bool closes = !close.is_word() && (IsClosingQuoteMark(close.cp) || close.cp == '"');
    return opens && closes && open.cp != 0x2018 && close.cp != 0x2019;
  }

  // "joined X", "played for X", "works for X".
  bool IsOrgByVerb(uint32_t first) const {
    if (first == 0) return false;
    const Token& b = toks_[first - 1];
    if (!b.is_word() || !b.is(kLowerInitial) || b.sentence != toks_[first].sentence) {
      return false;
    }
    if (b.has(kJoinVerb)) return true;
    if (b.folded != "for" || first < 2) return false;
    const Token& v = toks_[first - 2];
    return v.is_word() && v.is(kLowerInitial) && v.has(kForVerb);
  }

  // Brackets right before `first` that hold a title or a first name and nothing but
  // capitalised words: "(President Vladimir) ", "[Olaf] ".
  bool NamedInBracketsBefore(uint32_t first) const {
    if (first < 3) return false;
    const Token& close = toks_[first - 1];
    if (!close.is_punct(')') && !close.is_punct(']')) return false;
    bool person_word = false;
    for (uint32_t k = first - 2, steps = 0; steps < 4; --k, ++steps) {
      const Token& t = toks_[k];
      if (t.is_punct('(') || t.is_punct('[')) return person_word && steps > 0;
      if (!t.is_word() || !t.is(kUpperInitial)) return false;
      person_word = person_word || IsFirstName(t) || t.has(kTitle);
      if (k == 0) return false;
    }
    return false;
  }

  bool StartsWithInitial(const Piece& p) const {
    const Token& t = toks_[p.first];
    return p.first + 1 < p.last && t.end - t.begin == 1 && t.is(kUpperInitial) &&
           toks_[p.first + 1].is_punct('.');
  }

  // "Adaeze N. Okwuosa", "Dwight D. Eisenhower": a capitalised word, one capital letter
  // with its full stop, and a capitalised word is how people write their names; places
  // and organisations do not abbreviate a middle word.
  bool HasMiddleInitial(const Piece& p) const {
    for (uint32_t k = p.first + 1; k + 2 < p.last; ++k) {
      const Token& t = toks_[k];
      if (t.end - t.begin == 1 && t.is(kUpperInitial) && toks_[k + 1].is_punct('.') &&
          toks_[k - 1].is_word() && toks_[k - 1].end - toks_[k - 1].begin > 1 &&
          toks_[k + 2].is_word() && toks_[k + 2].is(kUpperInitial)) {
        return true;
      }
    }
    return false;
  }

  static bool IsPersonVerb(const Token& t) {
    return t.is(kLowerInitial) && t.has(kPersonVerb);
  }

  // "analyst at X": a lower-case person noun, "at", the name; people work at
  // organisations.
  bool WorkplaceAt(uint32_t first) const {
    if (first < 2) return false;
    const Token& at = toks_[first - 1];
    const Token& noun = toks_[first - 2];
    return at.is_word() && at.folded == "at" && at.is(kLowerInitial) && noun.is_word() &&
           noun.is(kLowerInitial) && noun.has(kPersonNoun) &&
           noun.sentence == toks_[first].sentence;
  }

  bool AccordingTo(uint32_t first) const {
    if (first < 2) return false;
    const Token& to = toks_[first - 1];
    const Token& according = toks_[first - 2];
    return to.is_word() && to.folded == "to" && according.is_word() &&
           according.folded == "according" && according.sentence == toks_[first].sentence;
  }

  bool HasAmpersand(const Piece& p) const {
    for (uint32_t k = p.first + 1; k + 1 < p.last; ++k) {
      if (toks_[k].is_punct('&') && toks_[k - 1].is_word() && toks_[k + 1].is_word()) {
        return true;
      }
    }
    return false;
  }

  // "coach, X": a lower-case person noun and a comma right before the name, in its
  // sentence.
  bool RoleAndCommaBefore(uint32_t first) const {
    if (first < 2 || !toks_[first - 1].is_punct(',')) return false;
    const Token& noun = toks_[first - 2];
    return noun.is_word() && noun.is(kLowerInitial) && noun.has(kPersonNoun) &&
           noun.sentence == toks_[first].sentence;
  }

  // "X, who" or "X who": organisations and places take "which".
  bool WhoFollows(uint32_t last) const {
    uint32_t k = last;
    if (k < toks_.size() && toks_[k].is_punct(',')) ++k;
    return k < toks_.size() && toks_[k].is_word() && toks_[k].folded == "who" &&
           toks_[k].is(kLowerInitial) && toks_[k].sentence == toks_[last - 1].sentence;
  }

  // The word before the first "of" or "for" inside the name, else its last word.
  const Token& HeadOf(const Piece& p) const {
    for (uint32_t k = p.first + 1; k + 1 < p.last; ++k) {
      const Token& t = toks_[k];
      if (t.is(kLowerInitial) && (t.folded == "of" || t.folded == "for")) return toks_[k - 1];
      // "to" joins only after a head word ("Committee to Protect Journalists"), but in a
      // headline it is a verb's ("City Council to Vote on New Budget").
      if (t.folded == "to" && t.is(kLowerInitial) && !t.is(kTitleLine)) return toks_[k - 1];
    }
    return toks_[p.last - 1];
  }

  // News places a name by a lower-case place noun or a compass point before "of" ("the
  // town of X", "north of X") and by the larger place after a comma ("X, Illinois").
  bool IsPlaceByContext(const Piece& p) const {
    if (p.first >= 2) {
      const Token& of = toks_[p.first - 1];
      const Token& noun = toks_[p.first - 2];
      if (of.is_word() && of.folded == "of" && of.is(kLowerInitial) && noun.is_word() &&
          noun.is(kLowerInitial) && noun.has(kPlaceNoun | kCompass)) {
        return true;
      }
    }
    const uint32_t k = p.last;
    if (k + 1 < toks_.size() && toks_[k].is_punct(',') &&
        toks_[k + 1].sentence == toks_[k].sentence && gm_[k + 1].known != nullptr &&
        gm_[k + 1].known->type == "LOC") {
      // "X, Illinois," or "X, England." but not a list ("Kenya, Uganda and"): the
      // place after the comma closes the phrase.
      const uint32_t after = k + 1 + gm_[k + 1].len;
      return after >= toks_.size() || toks_[after].sentence != toks_[k].sentence ||
             !toks_[after].is_word();
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
        !first.has(kTitle | kPersonNoun) && !lower_words_.contains(first.folded)) {
      p.strength = kPattern;
    }
    // In "Kory Lichtensteiger was named ..." only the first capital says nothing: the
    // second word's vouches for the name unless the article writes the first word in
    // lower case elsewhere ("Former Ambassador").
    const bool vouched_inside = !first.is(kTitleLine) && p.last - p.first >= 2 &&
                                toks_[p.first + 1].is_word() &&
                                !toks_[p.first + 1].is(kSentenceInitial) &&
                                !lower_words_.contains(first.folded);
    p.doubtful = uninformative && p.known == nullptr && p.strength < kPattern &&
                 !vouched_inside;
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
  size_t capitalised_ = 0;  // capitalised words of the text
  std::vector<GazMatch> gm_;
  std::vector<Piece> pieces_;
  // Views into the tokenized text's folded words, which outlive the recogniser.
  // Words the article also writes in lower case are common words, whatever their
  // capital says elsewhere ("Program", "Train"): they make poor personal names.
  WordSet lower_words_;
};

}  // namespace

std::vector<Piece> FindPieces(std::string_view text, const TokenizedText& tt) {
  return Recognizer(text, tt).Run();
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
