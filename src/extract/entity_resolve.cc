// Resolution: from candidate names to the entities of one article.
//
// 1. Types are decided per name across the article: the strongest evidence for a name
//    wins everywhere it occurs, and a single word that is the surname of a person named
//    in full is that person ("Kirby" after "John Kirby").
// 2. Names whose capital said nothing (sentence starts, headlines) survive only if the
//    article vouches for them elsewhere.
// 3. Mentions group into entities: people by full name, a surname joining the nearest
//    person named in full with it; everything else by its cross-article key, an acronym
//    joining the organisation whose initials it spells.
// 4. Descriptions join the entity they stand for when the article makes it unambiguous:
//    "the Russian President" when exactly one person named before has that role, and
//    "the alliance" / "the bloc" when NATO / the EU has been named.
#include <algorithm>
#include <map>

#include "extract/entity_pieces.h"
#include "extract/quote_cues.h"
#include <absl/container/flat_hash_map.h>

#include "extract/word_hash.h"

namespace sitrep::extract::internal {
namespace {

std::string_view FirstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

std::string_view LastWord(std::string_view key) {
  const size_t sp = key.rfind(' ');
  return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

// Maps keyed by views of the pieces' keys, which stay in place while they are used: a
// string per lookup cost more than the rest of resolution, and a node per key most of
// what was left. Flat (Abseil), sized for the article's pieces up front.
template <typename V>
class ViewMap : public absl::flat_hash_map<std::string_view, V, WordHash, std::equal_to<>> {
 public:
  explicit ViewMap(size_t expected) { this->reserve(expected); }
};

size_t WordCount(std::string_view key) {
  if (key.empty()) return 0;
  return 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
}

// The initials of a multi-word name, skipping connectors: "north atlantic treaty
// organization" -> "nato".
std::string Initials(std::string_view key) {
  const Gazetteer& gaz = Gazetteer::Get();
  std::string out;
  size_t i = 0;
  while (i < key.size()) {
    size_t sp = key.find(' ', i);
    if (sp == std::string_view::npos) sp = key.size();
    const std::string_view w = key.substr(i, sp - i);
    if (!w.empty() && !(gaz.Classes(w) & (kConnector | kFunctionWord))) out.push_back(w[0]);
    i = sp + 1;
  }
  return out;
}

struct Vote {
  std::string type;
  int strength = -1;
};

class Resolver {
 public:
  Resolver(std::string_view text, const TokenizedText& tt, std::vector<Piece> pieces)
      : text_(text), toks_(tt.tokens), pieces_(std::move(pieces)) {}

  EntityResult Run(bool types_decided) {
    JoinBracketedNames();
    if (!types_decided) DecideTypes();
    GroupEntities();
    BuildResult();
    AddRoleMentions();
    AddAliasMentions();
    return Finish();
  }

  std::vector<Piece> DecidedPieces() {
    DecideTypes();
    return std::move(pieces_);
  }

 private:
  // "(President Vladimir) Putin": an editor's brackets complete the name after them. The
  // bracketed person is not someone else ("Vladimir", role "President") but the first
  // part of this one: both pieces take the full key ("vladimir putin", so that they join
  // "Vladimir Putin" and each other) and the name after the brackets takes the role.
  void JoinBracketedNames() {
    for (size_t i = 1; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      Piece& q = pieces_[i - 1];
      if (q.type != "PER" || q.doubtful || q.last + 1 != p.first || q.last >= toks_.size()) {
        continue;
      }
      const Token& close = toks_[q.last];
      if (!close.is_punct(')') && !close.is_punct(']')) continue;
      if (WordCount(p.key) != 1 || WordCount(q.key) > 2) continue;
      // The opening bracket, with at most two capitalised titles between it and q.
      bool opened = false;
      for (uint32_t k = q.first, steps = 0; k > 0 && steps < 3; --k, ++steps) {
        const Token& t = toks_[k - 1];
        if (t.is_punct('(') || t.is_punct('[')) {
          opened = true;
          break;
        }
        if (!t.is_word() || !t.is(kUpperInitial)) break;
      }
      if (!opened) continue;
      p.key = q.key + " " + p.key;
      q.key = p.key;
      completed_names_[p.key] = CollapseSpaces(text_.substr(q.begin, q.end - q.begin)) + " " +
                                CollapseSpaces(text_.substr(p.begin, p.end - p.begin));
      p.type = "PER";
      p.strength = std::max(p.strength, q.strength);
      p.doubtful = false;
      if (p.role.empty()) p.role = std::move(q.role);
      if (p.gender == Gender::kUnknown) p.gender = q.gender;
    }
  }

  void DecideTypes() {
    // What the article says of each name or word, in one map: a piece's key is then
    // hashed once per pass rather than once per question.
    struct Evidence {
      Vote vote;             // the strongest type of the name, from telling capitals
      int surnames = 0;      // people named in full with this last word
      int single_words = 0;  // one-word names with a telling capital
      int given_names = 0;   // people named in full with this first word
    };
    ViewMap<Evidence> evidence(2 * pieces_.size());
    // Word counts of the keys, counted once.
    std::vector<size_t> words(pieces_.size());
    for (size_t i = 0; i < pieces_.size(); ++i) words[i] = WordCount(pieces_[i].key);
    for (size_t i = 0; i < pieces_.size(); ++i) {
      const Piece& p = pieces_[i];
      if (p.doubtful) continue;
      Evidence& ev = evidence[p.key];
      if (p.strength > ev.vote.strength) ev.vote = {p.type, p.strength};
      if (p.known == nullptr && words[i] == 1) ++ev.single_words;
      if (p.type == "PER" && words[i] >= 2) {
        ++evidence[LastWord(p.key)].surnames;
        ++evidence[FirstWord(p.key)].given_names;
      }
    }
    // "Dewa Budjana ..." opening an article, then "Budjana" alone mid-sentence: the
    // surname vouches for the full name, whose capitals said nothing by themselves.
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (!p.doubtful || p.type != "PER" || words[i] < 2) continue;
      const std::string_view last = LastWord(p.key);
      const auto found = evidence.find(last);
      if (found == evidence.end() || found->second.single_words == 0) continue;
      p.doubtful = false;
      ++found->second.surnames;
      Vote& v = evidence[p.key].vote;
      if (p.strength > v.strength) v = {p.type, p.strength};
    }
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (p.known != nullptr) continue;
      const auto found = evidence.find(p.key);
      if (found == evidence.end()) continue;  // nothing to say of it
      const Evidence& ev = found->second;
      const bool surname = words[i] == 1 && ev.surnames > 0;
      if (surname && p.strength < kLexicon) {
        p.type = "PER";
        p.strength = kPattern;
        p.doubtful = false;
      } else if (words[i] == 1 && p.strength < kPattern && ev.given_names > 0) {
        // "Carter Beauford ... Carter began playing": a person called familiarly by
        // the first name the article gave in full.
        p.type = "PER";
        p.strength = kPattern;
        p.doubtful = false;
      }
      if (ev.vote.strength >= 0) {
        if (ev.vote.strength > p.strength) {
          p.type = ev.vote.type;
          p.strength = ev.vote.strength;
        }
        p.doubtful = false;  // the article names it elsewhere with a telling capital
      }
    }
    // Only now, with every lookup done, may the pieces (and their keys) move: the kept
    // ones close up in place, in order, rather than into a new vector.
    std::erase_if(pieces_, [](const Piece& p) { return p.doubtful; });
  }

  // What groups the mentions of one entity: a type and a key ("PER", "john kirby";
  // "ORG", "nato"). Views of the pieces' strings and of the gazetteer, which stay in
  // place while the groups are formed: a string per piece cost more than the grouping.
  using GroupKey = std::pair<std::string_view, std::string_view>;

  // The group key of a non-person piece.
  static GroupKey NonPersonKey(const Piece& p) {
    if (p.known != nullptr) return {p.known->type, p.known->key};
    std::string_view key = p.key;
    if (key.starts_with("the ")) key.remove_prefix(4);
    return {p.type, key};
  }

  void GroupEntities() {
    absl::flat_hash_map<GroupKey, int> by_key;
    by_key.reserve(pieces_.size());
    auto group_of = [&](GroupKey key, bool* fresh) {
      const auto [it, inserted] = by_key.try_emplace(key, group_count_);
      *fresh = inserted;
      if (inserted) ++group_count_;
      return it->second;
    };
    // The people named in full that a lone word may stand for, by that word: one map,
    // so that a lone word is hashed once.
    struct Named {
      int first_full = -1;    // the first person named in full with it as last word
      int latest_full = -1;   // the latest so far, in text order
      int latest_given = -1;  // the latest so far named in full with it as first word
    };
    ViewMap<Named> people(2 * pieces_.size());
    // Full names first, so that a surname can join a person named later in full too.
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (p.type != "PER" || WordCount(p.key) < 2) continue;
      bool fresh = false;
      p.entity = group_of({"PER", p.key}, &fresh);
      if (!fresh) continue;
      Named& named = people[LastWord(p.key)];
      if (named.first_full < 0) named.first_full = p.entity;
    }
    // A surname joins the nearest person named in full before it, else the first one
    // named after it. One pass in text order keeps this linear.
    for (size_t i = 0; i < pieces_.size(); ++i) {
      Piece& p = pieces_[i];
      if (p.entity >= 0) {
        if (p.type == "PER" && WordCount(p.key) >= 2) {
          people[LastWord(p.key)].latest_full = p.entity;
          people[FirstWord(p.key)].latest_given = p.entity;
        }
        continue;
      }
      if (p.type == "PER") {
        if (const auto found = people.find(p.key); found != people.end()) {
          const Named& named = found->second;
          // Else a first name joins the nearest person named in full with it before.
          const int joined = named.latest_full >= 0  ? named.latest_full
                             : named.first_full >= 0 ? named.first_full
                                                     : named.latest_given;
          if (joined >= 0) {
            p.entity = joined;
            continue;
          }
        }
      }
      bool fresh = false;
      p.entity = group_of(p.type == "PER" ? GroupKey("PER", p.key) : NonPersonKey(p), &fresh);
    }
    // An acronym joins the organisation whose initials it spells.
    absl::flat_hash_map<std::string, int> by_initials;
    for (const Piece& p : pieces_) {
      if (p.type == "ORG" && p.known == nullptr && WordCount(p.key) >= 2) {
        by_initials.emplace(Initials(p.key), p.entity);
      }
    }
    std::vector<int> merged(static_cast<size_t>(group_count_));
    for (size_t g = 0; g < merged.size(); ++g) merged[g] = static_cast<int>(g);
    for (const Piece& p : pieces_) {
      if (p.type != "ORG" || p.known != nullptr || WordCount(p.key) != 1) continue;
      if (!toks_[p.first].is(kAllUpper)) continue;
      std::string letters;
      for (char c : p.key) {
        if (c != '.') letters.push_back(c);
      }
      const auto it = by_initials.find(letters);
      if (it != by_initials.end()) merged[static_cast<size_t>(p.entity)] = it->second;
    }
    for (Piece& p : pieces_) p.entity = merged[static_cast<size_t>(p.entity)];
  }

  void BuildResult() {
    // Entities are numbered in order of first mention.
    std::vector<int> renumber(static_cast<size_t>(group_count_), -1);
    result_.entities.reserve(static_cast<size_t>(group_count_));
    best_.reserve(static_cast<size_t>(group_count_));
    result_.mentions.reserve(pieces_.size());
    for (Piece& p : pieces_) {
      int& r = renumber[static_cast<size_t>(p.entity)];
      if (r < 0) {
        r = static_cast<int>(result_.entities.size());
        Entity e;
        e.id = r;
        e.type = p.type;
        result_.entities.push_back(std::move(e));
        best_.push_back(nullptr);
      }
      p.entity = r;
    }
    for (const Piece& p : pieces_) {
      Entity& e = result_.entities[static_cast<size_t>(p.entity)];
      Mention m;
      m.begin = p.begin;
      m.end = p.end;
      m.entity = p.entity;
      m.kind = MentionKind::kName;
      m.role = p.role;
      result_.mentions.push_back(std::move(m));
      if (!p.role.empty() &&
          std::find(e.roles.begin(), e.roles.end(), p.role) == e.roles.end()) {
        e.roles.push_back(p.role);
        role_positions_.push_back({p.entity, p.role, p.begin});
      }
      if (e.gender == Gender::kUnknown) e.gender = p.gender;
      // The display name: a known canonical form, else the longest full form.
      const Piece*& best = best_[static_cast<size_t>(p.entity)];
      if (best == nullptr ||
          (p.known != nullptr && best->known == nullptr) ||
          (p.known == nullptr && best->known == nullptr &&
           (WordCount(p.key) > WordCount(best->key) ||
            (WordCount(p.key) == WordCount(best->key) && p.end - p.begin > best->end - best->begin)))) {
        best = &p;
      }
    }
    for (Entity& e : result_.entities) {
      const Piece* best = best_[static_cast<size_t>(e.id)];
      if (best->known != nullptr) {
        e.name = best->known->name;
        e.key = best->known->key;
      } else {
        std::string_view name = text_.substr(best->begin, best->end - best->begin);
        if (e.type != "PER" && (name.rfind("The ", 0) == 0 || name.rfind("the ", 0) == 0)) {
          name.remove_prefix(4);
        }
        e.name = CollapseSpaces(name);
        // A name completed by brackets is shown whole: "Vladimir Putin".
        if (!completed_names_.empty()) {
          if (const auto it = completed_names_.find(best->key); it != completed_names_.end()) {
            e.name = it->second;
          }
        }
        e.key = best->key.rfind("the ", 0) == 0 && e.type != "PER" ? best->key.substr(4)
                                                                     : best->key;
      }
    }
  }

  static std::string CollapseSpaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
        continue;
      }
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    return out;
  }

  // Word-suffixes of each person's roles ("pentagon press secretary", "press secretary",
  // "secretary"; for "secretary of state" also "secretary"), with the people that hold
  // them and where each was first given.
  struct RoleHolders {
    int first = -1;
    size_t first_pos = 0;
    int second = -1;
    size_t second_pos = 0;
    void Add(int entity, size_t pos) {
      if (entity == first) {
        first_pos = std::min(first_pos, pos);
      } else if (first < 0) {
        first = entity;
        first_pos = pos;
      } else if (entity == second) {
        second_pos = std::min(second_pos, pos);
      } else if (second < 0 || pos < second_pos) {
        second = entity;
        second_pos = pos;
      }
    }
  };

  void AddRoleMentions() {
    // Flat, and looked up by view: a suffix becomes a string only when it is new.
    absl::flat_hash_map<std::string, RoleHolders, WordHash, std::equal_to<>> index;
    for (const RolePosition& rp : role_positions_) {
      if (result_.entities[static_cast<size_t>(rp.entity)].type != "PER") continue;
      std::string key = NameKey(rp.role);
      std::vector<std::string> variants = {key};
      const size_t of = key.find(" of ");
      if (of != std::string::npos) variants.push_back(key.substr(0, of));
      for (const std::string& v : variants) {
        size_t start = 0;
        while (true) {
          index.try_emplace(std::string_view(v).substr(start)).first->second.Add(rp.entity,
                                                                                rp.pos);
          const size_t sp = v.find(' ', start);
          if (sp == std::string::npos) break;
          start = sp + 1;
        }
      }
    }
    if (index.empty()) return;
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    for (uint32_t i = 0; i + 1 < n; ++i) {
      if (!toks_[i].is_word() || toks_[i].folded != "the") continue;
      long title_at = -1;
      uint32_t k = i + 1;
      for (; k < n && k < i + 6; ++k) {
        const Token& w = toks_[k];
        if (!w.is_word() || w.sentence != toks_[i].sentence) break;
        if (w.has(kTitle) && !w.has(kHonorific)) {
          title_at = k;
        } else if (!(w.has(kRoleModifier) || w.is(kUpperInitial))) {
          break;
        }
        if (w.is(kPossessive)) break;
      }
      if (title_at < 0) continue;
      const uint32_t end = static_cast<uint32_t>(title_at) + 1;
      // "the Russian President Vladimir Putin" is a title before a name, not a role
      // mention; so is a title running on into a capitalised word.
      if (end < n && toks_[end].is_word() && toks_[end].sentence == toks_[i].sentence &&
          toks_[end].is(kUpperInitial)) {
        continue;
      }
      const size_t b = toks_[i].begin;
      const size_t e = toks_[end - 1].core_end;
      const size_t role_b = toks_[i + 1].begin;
      const std::string key = NameKey(text_.substr(role_b, e - role_b));
      const auto it = index.find(key);
      if (it == index.end()) continue;
      const RoleHolders& h = it->second;
      const bool first_before = h.first >= 0 && h.first_pos < b;
      const bool second_before = h.second >= 0 && h.second_pos < b;
      if (first_before == second_before) continue;  // nobody, or more than one
      Mention m;
      m.begin = b;
      m.end = e;
      m.entity = first_before ? h.first : h.second;
      m.kind = MentionKind::kRole;
      m.role = CollapseSpaces(text_.substr(role_b, e - role_b));
      extra_.push_back(std::move(m));
      i = end - 1;
    }
  }

  // "the alliance" for NATO, "the bloc" for the EU, once they have been named, and only
  // while no other alliance or bloc has entered the story: after "the opposition
  // alliance won 40 seats", "the alliance said" is the opposition's, not NATO's.
  void AddAliasMentions() {
    // The two nouns, and the entity each stands for at the current point of the text
    // (-1: none named yet, or another alliance or bloc named since).
    enum Noun { kAllianceNoun, kBlocNoun };
    int current[2] = {-1, -1};
    const auto noun_of = [](std::string_view folded) {
      return folded == "alliance" ? kAllianceNoun : kBlocNoun;
    };
    // Most articles name neither: nothing to stand for.
    bool named = false;
    for (const Entity& e : result_.entities) {
      named = named || e.key == "nato" || e.key == "european union";
    }
    if (!named) return;
    size_t next_mention = 0;
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    for (uint32_t k = 0; k < n; ++k) {
      const Token& w = toks_[k];
      // Names up to here: NATO makes "the alliance" NATO's, the EU "the bloc" the EU's.
      for (; next_mention < result_.mentions.size() &&
             result_.mentions[next_mention].begin <= w.begin;
           ++next_mention) {
        const Mention& m = result_.mentions[next_mention];
        const Entity& e = result_.entities[static_cast<size_t>(m.entity)];
        if (e.key == "nato") current[kAllianceNoun] = e.id;
        if (e.key == "european union") current[kBlocNoun] = e.id;
      }
      if (!w.is_word() || !w.has(kGenericOrgNoun) || IsNamed(w.begin)) continue;
      const Noun noun = noun_of(w.folded);
      // Back over up to four modifiers to the determiner: "the US-led military alliance".
      bool all_known = true;
      uint32_t d = k;
      while (d > 0 && k - d < 5) {
        const Token& t = toks_[d - 1];
        if (t.sentence != w.sentence) break;
        if (t.is_punct('-')) {
          --d;
          continue;
        }
        if (!t.is_word() || t.is(kPossessive)) break;
        // Checked first: "US" in "the US-led alliance" is also the pronoun "us".
        if (!IsAliasModifier(noun == kAllianceNoun, t)) {
          if (t.has(kFunctionWord) || FindCue(t.folded) != nullptr) break;
          all_known = false;
        }
        --d;
      }
      const bool definite = d > 0 && toks_[d - 1].is_word() && toks_[d - 1].folded == "the";
      if (definite && all_known) {
        if (current[noun] >= 0) {
          Mention m;
          m.begin = toks_[d - 1].begin;
          m.end = w.core_end;
          m.entity = current[noun];
          m.kind = MentionKind::kAlias;
          extra_.push_back(std::move(m));
        }
        continue;
      }
      // "this alliance" says nothing new; "an alliance", "the opposition alliance",
      // "its alliance with Moscow" bring another one into the story.
      const bool demonstrative =
          d > 0 && toks_[d - 1].is_word() &&
          (toks_[d - 1].folded == "this" || toks_[d - 1].folded == "that") && all_known;
      if (!demonstrative) current[noun] = -1;
    }
  }

  // Words that can stand between "the" and "alliance" (or "bloc") when the noun means
  // NATO (or the EU): "the US-led military alliance", "the 27-nation bloc". Any other
  // ("the opposition alliance", "the Soviet bloc") names a different one. "army" is
  // how spinning tools rewrite "military" ("the US-led army alliance").
  static bool IsAliasModifier(bool alliance, const Token& t) {
    if (t.is(kHasDigit)) return true;  // "the 30-member alliance"
    static constexpr std::string_view kAlliance[] = {
        "military", "army", "western", "transatlantic", "atlantic", "trans",    "defence",
        "defense",  "defensive", "security",     "nuclear",  "led",      "member",
        "nation",   "wider",    "whole",         "entire",   "north",    "nato",
        "us",       "u.s.",     "american",      "washington", "strong", "western-led"};
    static constexpr std::string_view kBloc[] = {
        "european", "eu", "trading", "trade", "economic", "political", "member", "nation",
        "wider",    "whole", "entire", "western", "strong", "brussels", "brussels-based"};
    if (alliance) {
      return std::find(std::begin(kAlliance), std::end(kAlliance), t.folded) !=
             std::end(kAlliance);
    }
    return std::find(std::begin(kBloc), std::end(kBloc), t.folded) != std::end(kBloc);
  }

  // Whether a name mention covers byte position pos.
  bool IsNamed(size_t pos) const {
    auto it = std::upper_bound(result_.mentions.begin(), result_.mentions.end(), pos,
                               [](size_t p, const Mention& m) { return p < m.begin; });
    if (it == result_.mentions.begin()) return false;
    --it;
    return pos < it->end;
  }

  EntityResult Finish() {
    for (Mention& m : extra_) result_.mentions.push_back(std::move(m));
    std::stable_sort(result_.mentions.begin(), result_.mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    // Each entity's list of mentions is sized once rather than grown one by one.
    std::vector<size_t> mention_count(result_.entities.size(), 0);
    for (const Mention& m : result_.mentions) ++mention_count[static_cast<size_t>(m.entity)];
    for (size_t e = 0; e < result_.entities.size(); ++e) {
      result_.entities[e].mentions.reserve(mention_count[e]);
    }
    for (size_t i = 0; i < result_.mentions.size(); ++i) {
      const Mention& m = result_.mentions[i];
      Entity& e = result_.entities[static_cast<size_t>(m.entity)];
      e.mentions.push_back(static_cast<int>(i));
      if (m.kind == MentionKind::kRole && !m.role.empty() &&
          std::find(e.roles.begin(), e.roles.end(), m.role) == e.roles.end()) {
        e.roles.push_back(m.role);
      }
    }
    return std::move(result_);
  }

  struct RolePosition {
    int entity;
    std::string role;
    size_t pos;
  };

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<Piece> pieces_;
  // Keys of names completed by an editor's brackets, and the name they complete to.
  absl::flat_hash_map<std::string, std::string> completed_names_;
  int group_count_ = 0;
  std::vector<const Piece*> best_;
  std::vector<RolePosition> role_positions_;
  std::vector<Mention> extra_;
  EntityResult result_;
};

}  // namespace

std::vector<Piece> DecidePieceTypes(std::string_view text, const TokenizedText& tt,
                                    std::vector<Piece> pieces) {
  return Resolver(text, tt, std::move(pieces)).DecidedPieces();
}

EntityResult ResolveEntities(std::string_view text, const TokenizedText& tt,
                             std::vector<Piece> pieces, bool types_decided) {
  return Resolver(text, tt, std::move(pieces)).Run(types_decided);
}

}  // namespace sitrep::extract::internal
