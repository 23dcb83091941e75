// Recognition with the learned tagger (name_tagger.h): the rules find and type candidate
// names, the tagger relabels them within guards, resolution turns them into entities.
#include <algorithm>

#include <absl/container/flat_hash_set.h>

#include "extract/gazetteer.h"
#include "extract/name_tagger.h"

namespace sitrep::extract::internal {

namespace {

// The tagger's names as pieces. A span the rules found too keeps everything the rules
// knew of it (gazetteer entry, role, gender), with the tagger's type; a new span gets
// the type the tagger gave it and a gazetteer entry only if that agrees.
std::vector<Piece> PiecesOfSpans(std::string_view text, const TokenizedText& tt,
                                 const std::vector<TaggedSpan>& spans,
                                 std::vector<Piece> rules) {
  const Gazetteer& gaz = Gazetteer::Get();
  std::vector<Piece> out;
  out.reserve(spans.size());
  size_t r = 0;
  for (const TaggedSpan& s : spans) {
    while (r < rules.size() && rules[r].first < s.first) ++r;
    const std::string_view type = kNameTypes[static_cast<size_t>(s.type)];
    if (r < rules.size() && rules[r].first == s.first && rules[r].last == s.last) {
      Piece p = std::move(rules[r]);
      // The tagger knows CoNLL's four types; a nationality stays one.
      const bool norp = p.type == "NORP" && type == "MISC";
      if (!norp && p.type != type) {
        p.type = std::string(type);
        if (p.type != "PER") p.role.clear();
        if (p.known != nullptr && p.known->type != p.type) p.known = nullptr;
      }
      out.push_back(std::move(p));
      continue;
    }
    Piece p;
    p.first = s.first;
    p.last = s.last;
    p.begin = tt.tokens[s.first].begin;
    p.end = tt.tokens[s.last - 1].core_end;
    p.type = std::string(type);
    p.strength = kPattern;
    p.key = NameKey(text.substr(p.begin, p.end - p.begin));
    if (const KnownName* known = gaz.Find(p.key)) {
      if (known->type == p.type || (known->type == "NORP" && p.type == "MISC")) {
        p.known = known;
        p.type = known->type;
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

// A possessive inside a name ends it, unless the rules read one name across it or the
// name ends in a head word ("Republican People's Party", "Women's Super League", "King
// George's Medical University"): "Labour's Priya Ramanathan", "Google's Pixel Watch" and
// "Mozart's Così" are two names each. A part the rules found as a name takes their type;
// otherwise it keeps the tagger's.
std::vector<TaggedSpan> CutAtPossessives(const TokenizedText& tt,
                                         const std::vector<TaggedSpan>& spans,
                                         const std::vector<Piece>& pieces,
                                         const std::vector<int>& piece_at) {
  std::vector<TaggedSpan> out;
  out.reserve(spans.size());
  const auto add = [&](TaggedSpan part) {
    const int k = piece_at[part.first];
    if (k >= 0) {
      const Piece& p = pieces[static_cast<size_t>(k)];
      if (p.first == part.first && p.last == part.last && NameTypeIndex(p.type) >= 0) {
        part.type = NameTypeIndex(p.type);
      }
    }
    out.push_back(part);
  };
  for (const TaggedSpan& s : spans) {
    uint32_t from = s.first;
    for (uint32_t i = s.first; i + 1 < s.last; ++i) {
      const bool one_piece = piece_at[i] >= 0 && piece_at[i] == piece_at[i + 1];
      // A name that ends in a head word is the tagger's to cut or keep whole: "Women's
      // Super League", "People's Liberation Army" and "Dr Gray's Hospital" are one name,
      // "Russia's Defence Ministry" two. Cutting wherever the rules were sure of a name
      // before the possessive (a place, a person, an acronym) cut the first three
      // (cross-validated on 1,000 passages, 0.857 with that cut, 0.858 without).
      const bool head_at_end = tt.tokens[s.last - 1].has(kOrgHead | kMiscHead | kOrgMarker);
      if (tt.tokens[i].is_word() && tt.tokens[i].is(kPossessive) && !one_piece &&
          !head_at_end) {
        add({from, i + 1, s.type});
        from = i + 1;
      }
    }
    if (from == s.first) {
      out.push_back(s);
    } else {
      add({from, s.last, s.type});
    }
  }
  return out;
}

// Whether a lower-case word inside the span is one no name holds: names take
// connectors and a few short words ("Bank of England", "Committee to Protect
// Journalists", "Friends of the Earth"), never "that" or "which" ("the West that Moscow").
// "being" is the spinning tools' word for health ("World Well being Group"): letting it
// in scored 0.001 higher cross-validated on 1,000 passages.
bool JoinsClauses(const TokenizedText& tt, const TaggedSpan& s) {
  static constexpr std::string_view kInside[] = {
      "the",  "and",  "to", "on",   "in",   "at",    "a",       "an",
      "with", "upon", "by", "from", "over", "under", "against", "being"};
  for (uint32_t i = s.first + 1; i + 1 < s.last; ++i) {
    const Token& t = tt.tokens[i];
    if (!t.is_word() || !t.is(kLowerInitial) || !t.has(kFunctionWord) || t.has(kConnector)) {
      continue;
    }
    if (std::find(std::begin(kInside), std::end(kInside), t.folded) == std::end(kInside)) {
      return true;
    }
  }
  return false;
}

// A person the rules found by the article itself, surer than any type the tagger reads
// off a word's neighbours: the surname of someone it names in full ("Wells told them",
// with "Simon Wells" elsewhere), or a name a relative "who" follows ("Zelinsky, who
// denied").
bool SurePerson(const TokenizedText& tt, const Piece& p,
                const absl::flat_hash_set<std::string_view>& full_names) {
  if (p.last - p.first == 1 && full_names.contains(tt.tokens[p.first].folded)) return true;
  uint32_t k = p.last;
  if (k < tt.tokens.size() && tt.tokens[k].is_punct(',')) ++k;
  return k < tt.tokens.size() && tt.tokens[k].folded == "who";
}

// The tagger's spans, held to what the rules know for sure:
//  - a title or role word the rules left out of a name stays out, and so does what comes
//    before it (unless the name is an organisation's): "NATO Secretary General Jens
//    Stoltenberg" is NATO, a role, then a name; the rules' own names in front of the
//    title ("NATO", "Russian") stand as they found them;
//  - where the tagger agrees with the rules on where a name begins and ends, the rules'
//    type stands for an organisation from their lists ("NATO", "Kremlin"), the title of
//    a work that is all of a quotation (“Good Morning Britain”, which the tagger takes
//    for its broadcaster), a person named by a title or a first name, and a person the
//    article vouches for (SurePerson). Every other type the tagger decides: trained on
//    460 passages it types what a head word or a pattern found better than the rules
//    (keeping those types cost 0.011 on 41-60, 0.009 cross-validated), and places from
//    the lists stand for teams and governments as often as for places;
//  - a possessive inside a name ends it (CutAtPossessives), unless the name ends in a
//    head word;
//  - a name holds no lower-case word but connectors and a few short words (JoinsClauses);
//  - function words and marks at a name's edges and a day or month at its end stay out
//    unless the rules put them in ("The White House", "Russia It continues", "ABC
//    Wednesday", the period after "Okwuosa"; not the one after "Jr");
//  - two names the rules are sure of stay apart when nothing but marks comes between
//    them and one of them, not both, is a person, or a line or a prefix parts them
//    ("non-NATO Ukraine"); a word between them ("Australian Securities and Investments
//    Commission") or a head word at the end ("Malawi Red Cross Society") may join them
//    into one;
//  - a name whose only capital opens a sentence needs the rules' vouching.
// A name the rules are sure of may be dropped by the tagger: keeping every one it dropped
// cost 0.001-0.002 on every set (studied passages cross-validated, 41-60, the seeds,
// where it drops "News" and "Entertainment" the rules took for names of firms).
std::vector<TaggedSpan> Guarded(const TokenizedText& tt, const std::vector<TaggedSpan>& spans,
                                const std::vector<Piece>& pieces) {
  const size_t n = tt.tokens.size();
  std::vector<int> piece_at(n, -1);
  for (size_t k = 0; k < pieces.size(); ++k) {
    for (uint32_t i = pieces[k].first; i < pieces[k].last; ++i) piece_at[i] = static_cast<int>(k);
  }
  // The last words of the people the rules name in full ("Simon Wells").
  absl::flat_hash_set<std::string_view> full_names;
  for (const Piece& p : pieces) {
    if (p.type == "PER" && p.last - p.first >= 2) full_names.insert(tt.tokens[p.last - 1].folded);
  }
  std::vector<TaggedSpan> out;
  const auto add_rule_pieces = [&](uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; ++i) {
      if (piece_at[i] < 0) continue;
      const Piece& p = pieces[static_cast<size_t>(piece_at[i])];
      const int type = NameTypeIndex(p.type);
      if (p.first == i && p.last <= to && type >= 0) {
        out.push_back({p.first, p.last, type});
      }
    }
  };
  for (TaggedSpan s : CutAtPossessives(tt, spans, pieces, piece_at)) {
    uint32_t cut = s.first;
    // An organisation keeps the title words in its name: "General Administration of
    // Customs and Excise", "Chief Rabbinate", "General Catalyst", "Supreme Court of
    // Justice of the Nation". (Only where it ends in a head word, at first: cross-validated
    // on 640 passages, letting every one keep them scored 0.002 higher.)
    const bool org = s.type == 1;
    for (uint32_t i = s.first; i < s.last && !org; ++i) {
      if (piece_at[i] < 0 && tt.tokens[i].has(kTitle | kRoleModifier | kHonorific)) cut = i + 1;
    }
    if (cut > s.first) {
      add_rule_pieces(s.first, cut);
      s.first = cut;
    }
    // Function words at the edges ("The White House", "Russia It continues") and a day
    // or month at the end ("ABC Wednesday") are not part of a name unless the rules put
    // them there: the convention of news and of the rules' own head words.
    // Nor is a mark at either edge: the period that ends the sentence after "Adaeze N.
    // Okwuosa" (a period inside a name, "U.S.", is part of its word token).
    while (s.first < s.last && piece_at[s.first] < 0 &&
           (tt.tokens[s.first].has(kFunctionWord) || !tt.tokens[s.first].is_word())) {
      ++s.first;
    }
    while (s.last > s.first && piece_at[s.last - 1] < 0 &&
           (tt.tokens[s.last - 1].has(kFunctionWord | kCalendar) ||
            !tt.tokens[s.last - 1].is_word())) {
      // An abbreviation keeps its period: "Ferdinand Marcos Jr.", "Acme Inc."
      if (tt.tokens[s.last - 1].is_punct('.') && s.last - 1 > s.first &&
          tt.tokens[s.last - 2].has(kAbbreviation)) {
        break;
      }
      --s.last;
    }
    // "Jr." and "Sr." keep their period where the tagger left it out: it belongs to the
    // name even when it also ends the sentence.
    if (s.last < n && s.last > s.first && tt.tokens[s.last].is_punct('.') &&
        tt.tokens[s.last].begin == tt.tokens[s.last - 1].end &&
        (tt.tokens[s.last - 1].folded == "jr" || tt.tokens[s.last - 1].folded == "sr")) {
      ++s.last;
    }
    if (s.first >= s.last) continue;
    if (JoinsClauses(tt, s)) {
      add_rule_pieces(s.first, s.last);
      continue;
    }
    bool telling_capital = false, overlaps_rule = false;
    // Whether two names the rules are sure of sit side by side, nothing but marks between.
    bool sure_side_by_side = false;
    uint32_t sure_end = 0;  // where the last of them ends; 0 before the first
    std::string_view sure_type_before;  // and its type
    bool sure_prefixed = false;  // and whether a prefix is glued to it: "non-NATO"
    for (uint32_t i = s.first; i < s.last; ++i) {
      const Token& t = tt.tokens[i];
      const int k = piece_at[i];
      overlaps_rule = overlaps_rule || k >= 0;
      if (k >= 0 && pieces[static_cast<size_t>(k)].first == i &&
          pieces[static_cast<size_t>(k)].strength >= kPattern) {
        if (sure_end > 0) {
          bool word_between = false;
          for (uint32_t j = sure_end; j < i; ++j) {
            word_between = word_between || tt.tokens[j].is_word();
          }
          // With nothing between them they may still be one name ("NHS England", "Arts
          // Council England", "RIA Tomsk", "Cebu Pacific"), the tagger says; not a
          // person and something else ("The Pentagon John Kirby"), across a line
          // ("Europe" and "US" in two paragraphs) or after a prefix ("non-NATO
          // Ukraine"). Two people may be one: the rules' first name and surnames of
          // "Facundo Nicolás Pereyra Sosa" (cross-validated on 1,000 passages, PER 0.878
          // with them kept apart, 0.883 without).
          const Piece& p = pieces[static_cast<size_t>(k)];
          const bool apart = (p.type == "PER") != (sure_type_before == "PER") ||
                             t.is(kLineStart) || sure_prefixed;
          sure_side_by_side = sure_side_by_side || (!word_between && apart);
        }
        sure_end = pieces[static_cast<size_t>(k)].last;
        sure_type_before = pieces[static_cast<size_t>(k)].type;
        sure_prefixed = i > 0 && tt.tokens[i - 1].is_punct('-') && !t.is(kSpaceBefore);
      }
      telling_capital = telling_capital || (t.is_word() && t.is(kUpperInitial) &&
                                            !t.is(kSentenceInitial) && !t.is(kTitleLine));
    }
    if (!overlaps_rule && !telling_capital) continue;
    // A head word at the end makes one name of them: "Malawi Red Cross Society", "Kuala
    // Lumpur Convention Centre".
    const bool head_at_end = tt.tokens[s.last - 1].has(kOrgHead | kLocHead | kOrgMarker);
    if (sure_side_by_side && !head_at_end) {
      // Two names the rules are sure of stay two: "non-NATO Ukraine", "The Pentagon John
      // Kirby". Joined by a word they may be one: "Economic and Financial Crimes
      // Commission", "Bank of England".
      add_rule_pieces(s.first, s.last);
      continue;
    }
    const int k = piece_at[s.first];
    if (k >= 0) {
      const Piece& p = pieces[static_cast<size_t>(k)];
      const bool sure_type = p.fills_quote ||
                             (p.known != nullptr && p.known->type == "ORG") ||
                             (p.type == "PER" && (p.strength >= kLexicon ||
                                                  (p.strength >= kPattern &&
                                                   SurePerson(tt, p, full_names))));
      if (p.first == s.first && p.last == s.last && sure_type && NameTypeIndex(p.type) >= 0) {
        s.type = NameTypeIndex(p.type);
      }
    }
    out.push_back(s);
  }
  std::sort(out.begin(), out.end(),
            [](const TaggedSpan& a, const TaggedSpan& b) { return a.first < b.first; });
  return out;
}

}  // namespace

EntityResult FindEntitiesWithTagger(std::string_view text, const TokenizedText& tt,
                                    const NameTaggerModel& model, bool guards) {
  std::vector<Piece> pieces = FindPieces(text, tt);
  if (model.empty()) return ResolveEntities(text, tt, std::move(pieces));
  pieces = DecidePieceTypes(text, tt, std::move(pieces));
  std::vector<TaggedSpan> spans = model.Tag(text, tt, pieces);
  if (guards) spans = Guarded(tt, spans, pieces);
  return ResolveEntities(text, tt, PiecesOfSpans(text, tt, spans, std::move(pieces)),
                         /*types_decided=*/true);
}

EntityResult FindEntitiesIn(std::string_view text, const TokenizedText& tt) {
  return FindEntitiesWithTagger(text, tt, BuiltInNameTagger());
}

}  // namespace sitrep::extract::internal
