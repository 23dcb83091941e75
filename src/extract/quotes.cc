// Quotes and their speakers.
//
// For each quoted span, in text order, the attribution is looked for in this order:
//  1. after the closing mark, in the same sentence: "..., X said", "..., said X",
//     "..., the Pentagon spokesman added", "..., he burdened";
//  2. before the opening mark, in the same sentence: the nearest speech verb and its
//     subject ("X said: ...", "He stressed that Putin “...”" gives He, not Putin), or the
//     person right after the verb in inverted order ("said Pentagon spokesman X ...");
//  3. an earlier quote of the same sentence, or of the sentence before in the same
//     paragraph (split quotes: "A," Kirby said. "B.");
//  4. "according to X".
// Pronouns and definite roles ("the spokesman") resolve to the person the preceding
// sentences are about: the speaker of a quote there, else the first person named there,
// skipping people of the wrong gender or with a different role. Reported speech is then
// found in the sentences without quotes: "X said (that) ...", "..., X said.",
// "according to X, ...".
#include <algorithm>
#include <span>

#include <absl/container/flat_hash_set.h>

#include "extract/entity_tokens.h"
#include "extract/gazetteer.h"
#include "extract/quote_cues.h"
#include "extract/quote_marks.h"
#include "extract/word_hash.h"
#include "sitrep/quotes.h"

namespace sitrep::extract {
namespace {

using internal::CueInfo;
using internal::FindCue;
using internal::QuoteSpan;
using internal::Token;

// How far attribution looks, in tokens; bounded so that the pass stays linear.
constexpr uint32_t kBeforeWindow = 60;
constexpr uint32_t kAfterWindow = 20;
constexpr uint32_t kSentencesBack = 4;

struct Attribution {
  bool found = false;  // an attribution was found; the speaker may still be unknown
  int entity = -1;
  std::string name;
  size_t cue_begin = 0;
  size_t cue_end = 0;
  std::string cue;
  uint32_t sentence = 0;  // where the attribution is
};

bool IsDeterminer(const Token& t) {
  // Views, not C strings: comparing a view with a C string measures the string first.
  static constexpr std::string_view kWords[] = {"the", "a",     "an",  "his",
                                                "her", "their", "its", "our"};
  for (std::string_view w : kWords) {
    if (t.folded == w) return true;
  }
  return false;
}

// Words between a subject and its verb that say nothing of the speaker: "Kirby also
// said", "Kirby on Wednesday said", "Kirby has said".
bool IsSkippableBeforeVerb(const Token& t) {
  if (!t.is_word()) return t.cp == ',';
  if (t.has(internal::kCalendar)) return true;
  // A set: one hash instead of comparing with forty words, for every word before a verb.
  static const auto* const kWords =
      new absl::flat_hash_set<std::string_view, internal::WordHash, std::equal_to<>>{
          "also",  "later",     "then",   "further",    "again",     "earlier",  "previously",
          "has",   "had",       "have",   "was",        "is",        "were",     "would",
          "will",  "once",      "on",     "last",       "this",      "today",    "yesterday",
          "late",  "early",     "separately", "publicly", "privately", "however", "reportedly",
          "repeatedly", "recently", "flatly", "quickly", "himself", "herself", "week", "night",
          "morning", "evening", "afternoon", "subsequently", "simply", "just"};
  return kWords->contains(t.folded);
}

// Role words that name the same job: a press secretary is a spokesperson.
std::string HeadClass(std::string_view head) {
  if (head == "spokesman" || head == "spokeswoman" || head == "spokesperson" ||
      head == "secretary") {
    return "spokesperson";
  }
  return std::string(head);
}

class Attributor {
 public:
  Attributor(std::string_view text, const internal::TokenizedText& tt,
             const EntityResult& entities)
      : text_(text),
        tt_(tt),
        toks_(tt.tokens),
        ents_(entities),
        spans_(internal::PairQuoteMarks(text, tt)) {
    const size_t n = toks_.size();
    inside_.assign(n, -1);
    for (size_t q = 0; q < spans_.size(); ++q) {
      const QuoteSpan& s = spans_[q];
      for (uint32_t k = s.open; k < s.close && k < n; ++k) inside_[k] = static_cast<int>(q);
      if (s.closed && s.close < n) inside_[s.close] = static_cast<int>(q);
    }
    // Which mention covers each token: names, and separately roles ("the spokesman").
    name_at_.assign(n, -1);
    role_at_.assign(n, -1);
    size_t k = 0;
    for (size_t m = 0; m < ents_.mentions.size(); ++m) {
      const Mention& mention = ents_.mentions[m];
      std::vector<int>& at = mention.kind == MentionKind::kName ? name_at_ : role_at_;
      // Mentions are sorted by begin; role mentions may contain names, so walk back.
      while (k > 0 && toks_[k - 1].end > mention.begin) --k;
      while (k < n && toks_[k].end <= mention.begin) ++k;
      for (size_t j = k; j < n && toks_[j].begin < mention.end; ++j) {
        at[j] = static_cast<int>(m);
      }
    }
    // People named in each sentence outside quotes, in order.
    people_.resize(tt.sentence_begin.size());
    for (size_t j = 0; j < n; ++j) {
      if (name_at_[j] < 0 || inside_[j] >= 0) continue;
      const int e = ents_.mentions[static_cast<size_t>(name_at_[j])].entity;
      if (ents_.entities[static_cast<size_t>(e)].type != "PER") continue;
      std::vector<int>& list = people_[toks_[j].sentence];
      if (std::find(list.begin(), list.end(), e) == list.end() && list.size() < 4) {
        list.push_back(e);
      }
    }
    speaker_of_sentence_.assign(tt.sentence_begin.size(), -1);
    quoted_only_.assign(tt.sentence_begin.size(), true);
    for (size_t j = 0; j < n; ++j) {
      if (toks_[j].is_word() && inside_[j] < 0) quoted_only_[toks_[j].sentence] = false;
    }
  }

  std::vector<Quote> Run() {
    std::vector<Quote> out;
    std::vector<Attribution> attributions(spans_.size());
    std::vector<bool> keep(spans_.size(), false);
    int previous = -1;  // the last kept quote
    for (size_t q = 0; q < spans_.size(); ++q) {
      const QuoteSpan& s = spans_[q];
      const int words = WordsInside(s);
      if (LooksLikeTitle(s, words) || LooksLikeFigure(s, words) || IsSoCalled(s)) continue;
      Attribution a;
      // A part that continues a quote from the paragraph before takes the attribution
      // after its own closing mark ("..., he said.") first: it is the quote's.
      a = After(s);
      if (!a.found && s.continues >= 0) a = attributions[static_cast<size_t>(s.continues)];
      // A short phrase is a partial quote only close to its verb ("confirmed that there
      // are “real opportunities”"); further away it is a scare quote.
      if (!a.found) a = Before(s, words < 4 ? 12 : kBeforeWindow);
      if (!a.found) a = ColonIntro(s);
      if (!a.found && previous >= 0) a = Inherit(spans_[static_cast<size_t>(previous)],
                                                 attributions[static_cast<size_t>(previous)], s);
      if (!a.found) a = AccordingTo(OpeningToken(s));
      // A short quoted phrase with nobody saying it is a scare quote or a term.
      if (words < 4 && (!a.found || (a.entity < 0 && a.name.empty()))) continue;
      attributions[q] = a;
      keep[q] = true;
      if (a.found && a.entity >= 0 && IsPerson(a.entity)) {
        speaker_of_sentence_[a.sentence] = a.entity;
        speaker_of_sentence_[toks_[OpeningToken(s)].sentence] = a.entity;
      }
      previous = static_cast<int>(q);
    }
    // A quote continued over paragraphs has one speaker: an attribution found on a later
    // part belongs to the earlier parts too.
    for (size_t q = spans_.size(); q-- > 0;) {
      const int prev = spans_[q].continues;
      if (prev >= 0 && keep[q] && attributions[q].found &&
          !attributions[static_cast<size_t>(prev)].found) {
        attributions[static_cast<size_t>(prev)] = attributions[q];
      }
    }
    for (size_t q = 0; q < spans_.size(); ++q) {
      if (!keep[q]) continue;
      out.push_back(MakeQuote(spans_[q].begin, spans_[q].end, attributions[q], true));
    }
    FindReportedSpeech(&out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Quote& a, const Quote& b) { return a.begin < b.begin; });
    return out;
  }

 private:
  Quote MakeQuote(size_t begin, size_t end, const Attribution& a, bool direct) const {
    Quote quote;
    quote.begin = begin;
    quote.end = end;
    quote.direct = direct;
    if (a.found) {
      quote.cue_begin = a.cue_begin;
      quote.cue_end = a.cue_end;
      quote.cue = a.cue;
      quote.speaker_entity = a.entity;
      quote.speaker_name =
          a.entity >= 0 ? ents_.entities[static_cast<size_t>(a.entity)].name : a.name;
    }
    return quote;
  }

  bool IsPerson(int entity) const {
    return ents_.entities[static_cast<size_t>(entity)].type == "PER";
  }

  int WordsInside(const QuoteSpan& s) const {
    int words = 0;
    for (uint32_t k = s.open + 1; k < s.close && k < toks_.size(); ++k) {
      if (toks_[k].is_word()) ++words;
    }
    return words;
  }

  // A short quoted phrase whose words are all capitalised is a title ("Good Morning
  // America", "Morning Joe"), not speech.
  bool LooksLikeTitle(const QuoteSpan& s, int words) const {
    if (words == 0 || words > 6) return words == 0;
    for (uint32_t k = s.open + 1; k < s.close && k < toks_.size(); ++k) {
      const Token& t = toks_[k];
      if (!t.is_word()) {
        if (t.cp == '.' || t.cp == '!' || t.cp == '?') return false;
        continue;
      }
      if (!t.is(internal::kUpperInitial) && !t.has(internal::kConnector) &&
          !t.has(internal::kFunctionWord)) {
        return false;
      }
      if (t.has(internal::kFunctionWord) && t.is(internal::kUpperInitial) && k == s.open + 1 &&
          words > 1) {
        continue;
      }
    }
    // A one-word capitalised quote is a name or a term either way.
    return true;
  }

  // "the so-called “Kerch formula”": a term someone coined, not words someone said.
  bool IsSoCalled(const QuoteSpan& s) const {
    return s.open > 0 && toks_[s.open - 1].is_word() &&
           (toks_[s.open - 1].folded == "so-called" || toks_[s.open - 1].folded == "dubbed" ||
            toks_[s.open - 1].folded == "nicknamed");
  }

  // A figure in quote marks ("more than 100,000") is a number someone put about, not
  // words anyone spoke: a short phrase with a number and no sentence punctuation that
  // does not open like a sentence ("We counted 100,000" does).
  bool LooksLikeFigure(const QuoteSpan& s, int words) const {
    if (words == 0 || words > 4 || s.open + 1 >= toks_.size()) return false;
    if (toks_[s.open + 1].is(internal::kUpperInitial)) return false;
    bool digit = false;
    for (uint32_t k = s.open + 1; k < s.close && k < toks_.size(); ++k) {
      const Token& t = toks_[k];
      if (t.is_word() && t.is(internal::kHasDigit)) digit = true;
      if (!t.is_word() && (t.cp == '.' || t.cp == '!' || t.cp == '?')) return false;
    }
    return digit;
  }

  // The token whose sentence a quote opens in: its opening mark, or its first word when
  // the tokenizer left a straight mark after a full stop with the sentence before
  // ('... on Monday. "We are ...'), as it cannot tell that mark from a closing one.
  // Curly marks open a sentence of their own; straight ones must not reach further back.
  uint32_t OpeningToken(const QuoteSpan& s) const {
    const uint32_t next = s.open + 1;
    if (next < toks_.size() && toks_[next].sentence != toks_[s.open].sentence &&
        toks_[next].paragraph == toks_[s.open].paragraph) {
      return next;
    }
    return s.open;
  }

  bool IsCue(uint32_t k) const {
    const Token& t = toks_[k];
    if (!t.is_word() || !t.is(internal::kLowerInitial) || inside_[k] >= 0 ||
        !cue_words_.MayContain(t.folded) || FindCue(t.folded) == nullptr) {
      return false;
    }
    if (k > 0 && toks_[k - 1].is_word()) {
      const Token& before = toks_[k - 1];
      // "decides to ask", "NATO's promise", "the claims": an infinitive or a noun;
      // "were described", "was told": a passive, whose subject is not the speaker.
      if (before.folded == "to" || before.is(internal::kPossessive) || IsDeterminer(before) ||
          before.folded == "was" || before.folded == "were" || before.folded == "is" ||
          before.folded == "are" || before.folded == "been" || before.folded == "being" ||
          before.folded == "be") {
        return false;
      }
    }
    return true;
  }

  // The cue text: the verb, and for "told"/"informed" the listener after it
  // ("told reporters", "told a news conference").
  void SetCue(uint32_t k, Attribution* a) const {
    const CueInfo* info = FindCue(toks_[k].folded);
    size_t end = toks_[k].end;
    if (info != nullptr && info->takes_object) {
      for (uint32_t j = k + 1; j < toks_.size() && j <= k + 4; ++j) {
        const Token& t = toks_[j];
        if (!t.is_word() || t.sentence != toks_[k].sentence) break;
        if (internal::IsListenerNoun(t.folded) || name_at_[j] >= 0) {
          end = t.end;
          if (name_at_[j] < 0) break;
          continue;
        }
        if (!IsDeterminer(t) && !t.is(internal::kLowerInitial)) break;
        if (t.folded == "that") break;
      }
    }
    a->cue_begin = toks_[k].begin;
    a->cue_end = end;
    a->cue = std::string(text_.substr(a->cue_begin, end - a->cue_begin));
    a->sentence = toks_[k].sentence;
  }

  // ---- Speakers ----

  // Whether `entity` can be the person a pronoun or role stands for. `role_mods` are the
  // capitalised words of the role before its head, folded ("french" in "the French
  // president"): a person whose role names other ones ("Russian President") is someone
  // else; one whose role names none ("President") may be this one.
  bool Compatible(int entity, internal::WordClass gender_class, std::string_view role_head,
                  std::span<const std::string_view> role_mods = {}) const {
    const Entity& e = ents_.entities[static_cast<size_t>(entity)];
    if (e.type != "PER") return false;
    if (gender_class == internal::kMaleTitle && e.gender == Gender::kFemale) return false;
    if (gender_class == internal::kFemaleTitle && e.gender == Gender::kMale) return false;
    if (!role_head.empty() && !e.roles.empty()) {
      const std::string want = HeadClass(role_head);
      for (const std::string& role : e.roles) {
        const std::string key = internal::NameKey(role);
        const size_t sp = key.rfind(' ');
        const std::string last = sp == std::string::npos ? key : key.substr(sp + 1);
        const bool head_fits = HeadClass(last) == want ||
                               key.find(std::string(role_head)) != std::string::npos;
        if (head_fits && ModifiersFit(role, role_mods)) return true;
      }
      return false;
    }
    return true;
  }

  // Whether a role ("Russian President") agrees with the capitalised modifiers a
  // description gives ("french" for "the French president"): it does when either has
  // none, or when the role has every one of them.
  static bool ModifiersFit(std::string_view role, std::span<const std::string_view> wanted) {
    if (wanted.empty()) return true;
    std::vector<std::string> caps;  // the role's capitalised words before its head, folded
    size_t i = 0;
    while (i < role.size()) {
      while (i < role.size() && role[i] == ' ') ++i;
      const size_t b = i;
      while (i < role.size() && role[i] != ' ') ++i;
      if (i == b || i >= role.size()) break;  // the last word is the head
      if (role[b] >= 'A' && role[b] <= 'Z') caps.push_back(Undotted(internal::FoldWord(role.substr(b, i - b))));
    }
    if (caps.empty()) return true;
    for (std::string_view w : wanted) {
      if (std::find(caps.begin(), caps.end(), Undotted(w)) == caps.end()) return false;
    }
    return true;
  }

  // "u.s." and "us" are one modifier.
  static std::string Undotted(std::string_view w) {
    std::string out;
    for (char c : w) {
      if (c != '.') out.push_back(c);
    }
    return out;
  }

  // The person a pronoun or a definite role at token j stands for: someone named
  // earlier in the same sentence, else the speaker or first person of each of the
  // sentences before.
  int Antecedent(uint32_t j, internal::WordClass gender_class, std::string_view role_head,
                 std::span<const std::string_view> role_mods = {}) const {
    const uint32_t sentence = toks_[j].sentence;
    const uint32_t first = std::max(tt_.sentence_begin[sentence], j > kBeforeWindow ? j - kBeforeWindow : 0);
    for (uint32_t k = j; k-- > first;) {
      if (name_at_[k] < 0 || inside_[k] >= 0) continue;
      const int e = ents_.mentions[static_cast<size_t>(name_at_[k])].entity;
      if (Compatible(e, gender_class, role_head, role_mods)) return e;
    }
    // Sentences that are all quotation do not count: a quote over several paragraphs
    // ends with "she said" far from the sentence that named her.
    uint32_t paragraph = toks_[j].paragraph;
    uint32_t counted = 0;
    uint32_t gaps = 0;
    for (uint32_t back = 1; back <= sentence && back <= 4 * kSentencesBack; ++back) {
      const uint32_t s = sentence - back;
      const uint32_t p = toks_[tt_.sentence_begin[s]].paragraph;
      if (quoted_only_[s]) continue;
      // Paragraphs of quotation only are not counted either.
      gaps += p != paragraph ? 1 : 0;
      paragraph = p;
      if (gaps > 2 || ++counted > kSentencesBack) break;
      const int speaker = speaker_of_sentence_[s];
      if (speaker >= 0 && Compatible(speaker, gender_class, role_head, role_mods)) return speaker;
      for (int e : people_[s]) {
        if (Compatible(e, gender_class, role_head, role_mods)) return e;
      }
    }
    return -1;
  }

  // The start of the noun phrase ending at token j: back over modifiers and names to a
  // determiner ("the Kremlin's prime international coverage adviser").
  uint32_t PhraseStart(uint32_t j, uint32_t limit) const {
    uint32_t start = j;
    int steps = 0;
    while (start > limit && steps < 6) {
      const Token& w = toks_[start - 1];
      if (!w.is_word() || w.sentence != toks_[j].sentence || inside_[start - 1] >= 0) break;
      if (IsDeterminer(w)) {
        --start;
        break;
      }
      if ((w.is(internal::kLowerInitial) && w.has(internal::kFunctionWord)) ||
          FindCue(w.folded) != nullptr) {
        break;
      }
      --start;
      ++steps;
    }
    return start;
  }

  // The speaker named by the words ending at token j (the subject of a verb after it).
  Attribution NounPhraseEndingAt(uint32_t j, uint32_t limit) const {
    Attribution a;
    const Token& t = toks_[j];
    if (!t.is_word()) return a;
    if (t.folded == "he" || t.folded == "she") {
      a.found = true;
      a.entity = Antecedent(j, t.folded == "he" ? internal::kMaleTitle : internal::kFemaleTitle, "");
      return a;
    }
    if (t.has(internal::kPronoun) || t.folded == "we" || t.folded == "i") {
      a.found = true;  // "they said", "it said": somebody the text does not name here
      return a;
    }
    if (t.folded == "who" && t.is(internal::kLowerInitial)) {
      // "President Joe Biden, who said ...": the person the clause hangs on.
      const uint32_t from = std::max(tt_.sentence_begin[t.sentence], j > kBeforeWindow ? j - kBeforeWindow : 0);
      for (uint32_t k = j; k-- > from;) {
        if (inside_[k] >= 0 || name_at_[k] < 0) continue;
        const int e = ents_.mentions[static_cast<size_t>(name_at_[k])].entity;
        if (IsPerson(e)) {
          a.found = true;
          a.entity = e;
        }
        break;
      }
      return a;
    }
    if (t.is(internal::kLowerInitial) &&
        (t.has(internal::kFunctionWord) || FindCue(t.folded) != nullptr || t.is(internal::kHasDigit))) {
      return a;
    }
    uint32_t head = j;
    uint32_t start = PhraseStart(j, limit);
    // "an aide to the French president": the head is the noun before "to", and the
    // speaker is the aide, not the president.
    if (start >= limit + 2) {
      const Token& prep = toks_[start - 1];
      const Token& noun = toks_[start - 2];
      if (prep.is_word() && (prep.folded == "to" || prep.folded == "of" || prep.folded == "for") &&
          noun.is_word() && noun.is(internal::kLowerInitial) &&
          noun.has(internal::kTitle | internal::kPersonNoun) && inside_[start - 2] < 0) {
        head = start - 2;
        start = PhraseStart(head, limit);
      }
    }
    if (head == j) {
      if (role_at_[j] >= 0) {
        a.found = true;
        a.entity = ents_.mentions[static_cast<size_t>(role_at_[j])].entity;
        return a;
      }
      if (name_at_[j] >= 0) {
        a.found = true;
        a.entity = ents_.mentions[static_cast<size_t>(name_at_[j])].entity;
        return a;
      }
      // "Police said", "Witnesses said": a capital that only opens the sentence. A title
      // may have one anywhere: "the Russian President said".
      if (!t.is(internal::kLowerInitial) && !t.is(internal::kSentenceInitial) &&
          !t.has(internal::kTitle)) {
        return a;
      }
    }
    const Token& h = toks_[head];
    if (!h.has(internal::kTitle | internal::kPersonNoun)) {
      // Not a description of a speaker ("the statement" is one, "the talks" are not).
      static constexpr std::string_view kSpeakers[] = {
          "presidency", "ministry", "government", "statement", "office", "embassy",
          "agency", "source", "sources", "administration", "army", "military", "police",
          "communique", "report", "command", "council", "diplomats", "analysts", "experts",
          "witnesses", "residents", "authorities", "lawmakers", "protesters", "organisers",
          "organizers", "investigators", "prosecutors", "observers", "monitors", "people",
          "spokespeople", "commanders", "troops", "soldiers", "doctors", "scientists",
          "critics", "supporters", "negotiators", "governments", "allies", "members",
          "leaders"};
      bool speaker_noun = false;
      for (std::string_view w : kSpeakers) speaker_noun |= h.folded == w;
      if (!speaker_noun) return a;
    }
    a.found = true;
    a.name = std::string(text_.substr(toks_[start].begin, t.core_end - toks_[start].begin));
    const bool definite = toks_[start].folded == "the" || toks_[start].is(internal::kPossessive);
    if (definite && h.has(internal::kTitle) && head == j) {
      internal::WordClass g = h.has(internal::kMaleTitle)     ? internal::kMaleTitle
                              : h.has(internal::kFemaleTitle) ? internal::kFemaleTitle
                                                              : internal::kFunctionWord;
      // The capitalised words between "the" and the head: "French" in "the French
      // president", "White House" in "the White House press secretary".
      std::vector<std::string_view> mods;
      for (uint32_t k = start + 1; k < head; ++k) {
        const Token& m = toks_[k];
        if (m.is_word() && m.is(internal::kUpperInitial) && !m.is(internal::kSentenceInitial)) {
          mods.push_back(m.folded);
        }
      }
      a.entity = Antecedent(start, g, h.folded, mods);
    }
    return a;
  }

  // "As it has declared the press secretary ... Dmitry Orlov": "it" stands for nobody,
  // as machine translation of Russian and French word order writes; the speaker follows.
  bool ExpletiveSubject(uint32_t k, uint32_t limit) const {
    uint32_t j = k;
    while (j > limit && k - j < 5 && IsSkippableBeforeVerb(toks_[j - 1])) --j;
    return j > limit && toks_[j - 1].is_word() && toks_[j - 1].folded == "it" &&
           toks_[j - 1].is(internal::kLowerInitial);
  }

  // The subject before the verb at token k, looking no further back than `limit`.
  Attribution SubjectBefore(uint32_t k, uint32_t limit) const {
    uint32_t j = k;
    int skipped = 0;
    while (j > limit && skipped < 5 && IsSkippableBeforeVerb(toks_[j - 1]) &&
           inside_[j - 1] < 0) {
      --j;
      ++skipped;
    }
    if (j == limit || j == 0) return Attribution{};
    // "Holloway, who spoke alongside Lena Sørensen, warned", "Sarah Whitfield, chair of
    // the council, said", "Munro, 58, said": a relative clause, a description or an age
    // between commas stands between the subject and its verb.
    for (uint32_t c = j; c < k; ++c) {
      if (!toks_[c].is_punct(',')) continue;
      const uint32_t from = c > limit + 25 ? c - 25 : limit;
      for (uint32_t c1 = c; c1-- > from + 1;) {
        const Token& w = toks_[c1];
        if (inside_[c1] >= 0 || w.sentence != toks_[k].sentence) break;
        if (!w.is_punct(',')) continue;
        const Token& inner = toks_[c1 + 1];
        const bool clause =
            inner.is_word() && (inner.folded == "who" || inner.folded == "whose" ||
                                inner.is(internal::kHasDigit) || inner.is(internal::kLowerInitial));
        if (clause && toks_[c1 - 1].is_word()) {
          Attribution a = NounPhraseEndingAt(c1 - 1, limit);
          if (a.found && (a.entity >= 0 || !a.name.empty())) return a;
        }
        break;
      }
      break;
    }
    return NounPhraseEndingAt(j - 1, limit);
  }

  // The speaker after the verb at token k in inverted order ("said Pentagon spokesman
  // John Kirby", "said he"): the first person named before punctuation, or a pronoun.
  // With `descriptions`, an unnamed speaker after the verb counts too ("said the
  // minister's deputy"); before a quote a description after the verb is its object.
  Attribution SubjectAfter(uint32_t k, uint32_t limit, bool descriptions = false) const {
    Attribution a;
    const uint32_t sentence = toks_[k].sentence;
    int first_entity = -1;
    uint32_t comma = 0;        // the comma passed, if any ("said the deputy, Yulia ...")
    uint32_t phrase_end = 0;   // the last word of the words right after the verb
    bool phrase_open = true;
    // Machine-translated copy puts long descriptions first: "declared the press secretary
    // of the president of Russia Dmitry Orlov".
    for (uint32_t j = k + 1; j < limit && j < toks_.size() && j <= k + 12; ++j) {
      const Token& t = toks_[j];
      if (t.sentence != sentence || inside_[j] >= 0) break;
      if (!t.is_word()) {
        if (t.is_punct(',') && comma == 0 && j > k + 1) {
          comma = j;
          phrase_open = false;
          continue;
        }
        break;
      }
      // After the comma only a name right there counts ("..., adding that Putin ...").
      if (comma > 0 && name_at_[j] < 0) break;
      if (phrase_open && t.is(internal::kLowerInitial) && t.has(internal::kFunctionWord) &&
          !IsDeterminer(t)) {
        phrase_open = false;
      }
      if (phrase_open) phrase_end = j;
      if (j == k + 1 && (t.folded == "he" || t.folded == "she")) {
        a.found = true;
        a.entity = Antecedent(j, t.folded == "he" ? internal::kMaleTitle : internal::kFemaleTitle, "");
        return a;
      }
      if (name_at_[j] >= 0) {
        const int e = ents_.mentions[static_cast<size_t>(name_at_[j])].entity;
        if (IsPerson(e)) {
          a.found = true;
          a.entity = e;
          return a;
        }
        if (first_entity < 0 && j <= k + 2) first_entity = e;
      }
    }
    if (first_entity >= 0) {
      a.found = true;
      a.entity = first_entity;
      return a;
    }
    // "..., said the Pentagon spokesman.": a role or description after the verb.
    if (descriptions && phrase_end > k) {
      Attribution d = NounPhraseEndingAt(phrase_end, k + 1);
      if (d.found && (d.entity >= 0 || !d.name.empty())) return d;
    }
    return a;
  }

  // ---- Where the attribution is ----

  Attribution After(const QuoteSpan& s) const {
    if (!s.closed) return {};
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    const uint32_t start = s.close + 1;
    if (start >= n || toks_[start].paragraph != toks_[s.close].paragraph) return {};
    // Did the quote end its sentence ("...conditions.” They")? Then only a short
    // attribution sentence of its own counts ("...” Kirby said.").
    const bool ended = s.close > 0 && !toks_[s.close - 1].is_word() &&
                       (toks_[s.close - 1].cp == '.' || toks_[s.close - 1].cp == '!' ||
                        toks_[s.close - 1].cp == '?');
    uint32_t end = start;
    int words = 0;
    while (end < n && end < start + kAfterWindow && toks_[end].paragraph == toks_[start].paragraph &&
           inside_[end] < 0) {
      if (toks_[end].is(internal::kSentenceEnd)) break;
      if (toks_[end].is_word()) ++words;
      ++end;
    }
    if (ended && toks_[start].is_word() && toks_[start].is(internal::kUpperInitial) && words > 8) {
      return {};
    }
    // "“escalation”, and Paris confirmed ...": a conjunction opens a new clause, whose
    // verb is not this quote's attribution.
    for (uint32_t k = start; k < end; ++k) {
      const Token& w = toks_[k];
      if (!w.is_word()) continue;
      static constexpr std::string_view kConjunctions[] = {"and", "but", "or", "nor", "while",
                                                  "whereas", "although", "though", "because",
                                                  "so", "yet", "when", "which", "if"};
      for (std::string_view c : kConjunctions) {
        if (w.folded == c) return {};
      }
      break;
    }
    int seen_words = 0;
    for (uint32_t k = start; k < end && seen_words < 12; ++k) {
      if (!toks_[k].is_word()) continue;
      ++seen_words;
      if (toks_[k].folded == "according" && k + 1 < end && toks_[k + 1].folded == "to") {
        return AccordingAt(k);
      }
      if (!IsCue(k)) continue;
      const CueInfo* info = FindCue(toks_[k].folded);
      Attribution a;
      // "..., has said Orlov": auxiliaries and adverbs are no subject (machine-translated
      // word order).
      bool subject_words = false;
      for (uint32_t j = start; j < k; ++j) {
        subject_words |= toks_[j].is_word() && !IsSkippableBeforeVerb(toks_[j]);
      }
      if (subject_words) {
        a = SubjectBefore(k, start);
      } else if (!info->takes_object) {
        a = SubjectAfter(k, end, /*descriptions=*/true);
      }
      if (!a.found) {
        // "..., noting that": the participle's subject is the sentence's; let the
        // words before the quote decide.
        if (info->participle || !subject_words) return {};
        a.found = true;
      }
      SetCue(k, &a);
      return a;
    }
    return {};
  }

  // The subject of the nearest finite speech verb before token k in its sentence
  // (quotes in between allowed): for participles ("..., adding that ...") and
  // coordinated verbs ("... said X and warned that ...").
  Attribution MainClauseSpeaker(uint32_t k) const {
    const uint32_t first = tt_.sentence_begin[toks_[k].sentence];
    const uint32_t limit = k > kBeforeWindow ? std::max(first, k - kBeforeWindow) : first;
    for (uint32_t c = k; c-- > limit;) {
      if (!IsCue(c)) continue;
      const CueInfo* info = FindCue(toks_[c].folded);
      if (info->participle || info->weak) continue;
      Attribution a = SubjectBefore(c, first);
      if (a.found) return a;
    }
    // Else the first person named in the sentence.
    for (uint32_t c = limit; c < k; ++c) {
      if (inside_[c] >= 0 || name_at_[c] < 0) continue;
      const int e = ents_.mentions[static_cast<size_t>(name_at_[c])].entity;
      if (!IsPerson(e)) continue;
      Attribution a;
      a.found = true;
      a.entity = e;
      return a;
    }
    return {};
  }

  Attribution Before(const QuoteSpan& s, uint32_t window) const {
    const uint32_t sentence = toks_[OpeningToken(s)].sentence;
    const uint32_t first = tt_.sentence_begin[sentence];
    uint32_t limit = s.open > window ? s.open - window : 0;
    limit = std::max(limit, first);
    for (uint32_t k = s.open; k-- > limit;) {
      if (inside_[k] >= 0) break;  // an earlier quote of the sentence: Inherit decides
      if (toks_[k].is_word() && toks_[k].folded == "according" && k + 1 < s.open &&
          toks_[k + 1].folded == "to") {
        return AccordingAt(k);
      }
      if (!IsCue(k)) continue;
      const CueInfo* info = FindCue(toks_[k].folded);
      if (info->weak) {
        // A stand-in verb counts only right before the quote or before "that".
        const Token& next = toks_[k + 1];
        const bool adjacent = k + 1 == s.open || next.is_punct(',') || next.is_punct(':') ||
                              next.folded == "that";
        if (!adjacent) continue;
      }
      Attribution a;
      // "... and warned", "having added that": the subject is the main clause's.
      const bool coordinated = k > first && toks_[k - 1].is_word() &&
                               (toks_[k - 1].folded == "and" || toks_[k - 1].folded == "but" ||
                                toks_[k - 1].folded == "having");
      if (info->participle || coordinated) {
        a = MainClauseSpeaker(k);
        if (!a.found) return {};
      } else {
        a = SubjectBefore(k, first);
        // Inverted order only when the verb has no subject of its own or an unnamed one
        // ("A spokesperson said The Pentagon John Kirby ..."); "He stressed that Putin"
        // keeps He.
        const bool open_subject = !a.found || (a.entity < 0 && !a.name.empty()) ||
                                  ExpletiveSubject(k, first);
        const bool that_follows = k + 1 < toks_.size() && toks_[k + 1].folded == "that";
        if (open_subject && !that_follows && !info->takes_object) {
          // "A spokesperson said The Pentagon John Kirby during a press conference “...":
          // a person named right after the verb is the speaker.
          Attribution inverted = SubjectAfter(k, s.open);
          if (inverted.found && inverted.entity >= 0 && IsPerson(inverted.entity)) a = inverted;
        }
        if (!a.found) a.found = true;
      }
      SetCue(k, &a);
      return a;
    }
    return {};
  }

  // "Biden: “Russia will pay”" (a headline), "Carla Huang put it this way: “...”": a
  // quote right after a colon, in a short clause with no speech verb, is the words of
  // the person or organisation the clause names first.
  Attribution ColonIntro(const QuoteSpan& s) const {
    if (s.open == 0 || !toks_[s.open - 1].is_punct(':')) return {};
    const uint32_t colon = s.open - 1;
    const uint32_t first = tt_.sentence_begin[toks_[colon].sentence];
    if (colon - first > 16) return {};
    for (uint32_t k = first; k < colon; ++k) {
      if (inside_[k] >= 0) return {};
      if (name_at_[k] < 0) continue;
      const int e = ents_.mentions[static_cast<size_t>(name_at_[k])].entity;
      const std::string& type = ents_.entities[static_cast<size_t>(e)].type;
      if (type != "PER" && type != "ORG") continue;
      Attribution a;
      a.found = true;
      a.entity = e;
      a.sentence = toks_[colon].sentence;
      return a;
    }
    return {};
  }

  // A quote with no attribution of its own continues the quote before it when that one
  // is in the same sentence, or in the sentence before within the same paragraph.
  Attribution Inherit(const QuoteSpan& prev, const Attribution& prev_a, const QuoteSpan& s) const {
    if (!prev_a.found) return {};
    const uint32_t sentence = toks_[OpeningToken(s)].sentence;
    const uint32_t prev_end = std::max(prev_a.sentence, toks_[std::min<size_t>(prev.close, toks_.size() - 1)].sentence);
    if (toks_[s.open].paragraph != toks_[prev.open].paragraph) return {};
    if (sentence > prev_end + 1) return {};
    // Somebody else named in between takes the floor.
    for (uint32_t k = std::min<uint32_t>(prev.close + 1, s.open); k < s.open; ++k) {
      if (inside_[k] >= 0 || name_at_[k] < 0) continue;
      const int e = ents_.mentions[static_cast<size_t>(name_at_[k])].entity;
      if (IsPerson(e) && e != prev_a.entity && k > prev.close + kAfterWindow) return {};
    }
    return prev_a;
  }

  // "according to" in the sentence of token k, near it.
  Attribution AccordingTo(uint32_t k) const {
    const uint32_t sentence = toks_[k].sentence;
    const uint32_t b = std::max(tt_.sentence_begin[sentence], k > kBeforeWindow ? k - kBeforeWindow : 0);
    const uint32_t e = std::min<uint32_t>(tt_.sentence_end(sentence), k + kBeforeWindow);
    for (uint32_t k = b; k + 1 < e; ++k) {
      if (inside_[k] < 0 && toks_[k].folded == "according" && toks_[k + 1].folded == "to") {
        return AccordingAt(k);
      }
    }
    return {};
  }

  // "according to X": X is the first entity named after it, or the words up to the next
  // punctuation ("according to a Kremlin statement").
  Attribution AccordingAt(uint32_t k) const {
    Attribution a;
    a.found = true;
    a.cue_begin = toks_[k].begin;
    a.cue_end = toks_[k + 1].end;
    a.cue = std::string(text_.substr(a.cue_begin, a.cue_end - a.cue_begin));
    a.sentence = toks_[k].sentence;
    uint32_t j = k + 2;
    const uint32_t name_from = j;
    uint32_t name_to = j;
    for (; j < toks_.size() && j < k + 10; ++j) {
      const Token& t = toks_[j];
      if (!t.is_word() || t.sentence != toks_[k].sentence || inside_[j] >= 0) break;
      if (name_at_[j] >= 0 && j <= k + 4) {
        // "according to Ukraine's General Staff": the owner is not the source.
        uint32_t last = j;
        while (last + 1 < toks_.size() && name_at_[last + 1] == name_at_[j]) ++last;
        if (toks_[last].is(internal::kPossessive)) {
          name_to = last + 1;
          j = last;
          continue;
        }
        const int e = ents_.mentions[static_cast<size_t>(name_at_[j])].entity;
        // "a Kremlin statement": a name inside a description is not the source.
        const bool described = j + 1 < toks_.size() && toks_[j + 1].is_word() &&
                               toks_[j + 1].is(internal::kLowerInitial) &&
                               !toks_[j + 1].has(internal::kFunctionWord);
        if (!described) {
          a.entity = e;
          return a;
        }
      }
      if (j > name_from && t.is(internal::kLowerInitial) &&
          (t.has(internal::kPlacePreposition) || t.folded == "during" || t.folded == "that" ||
           t.folded == "which" || t.folded == "and" || t.folded == "on" || t.folded == "for" ||
           t.folded == "with" || t.folded == "by" || t.folded == "as" || t.folded == "of")) {
        break;
      }
      name_to = j + 1;
    }
    if (name_to > name_from) {
      a.name = std::string(text_.substr(toks_[name_from].begin,
                                        toks_[name_to - 1].core_end - toks_[name_from].begin));
      // "according to the minister": a definite role stands for the person who has it.
      if (name_to - name_from <= 4) {
        const Attribution role = NounPhraseEndingAt(name_to - 1, name_from);
        if (role.entity >= 0) a.entity = role.entity;
      }
    }
    return a;
  }

  // ---- Reported speech ----

  // In sentences without a direct quote: "X said (that) ...", "..., X said.",
  // "according to X, ...". Only speakers that resolve to an entity or a description of
  // a person count, so that "the move was said to" and the like stay out.
  void FindReportedSpeech(std::vector<Quote>* out) const {
    const uint32_t sentences = static_cast<uint32_t>(tt_.sentence_begin.size());
    for (uint32_t s = 0; s < sentences; ++s) {
      const uint32_t b = tt_.sentence_begin[s];
      const uint32_t e = tt_.sentence_end(s);
      // Quoted words, not a mark: the tokenizer leaves the opening mark of the next
      // sentence's quote ('... to talk. "We ...') at the end of this one.
      uint32_t after_quotes = b;  // one past the last quoted word
      for (uint32_t k = b; k < e; ++k) {
        if (inside_[k] >= 0 && toks_[k].is_word()) after_quotes = k + 1;
      }
      if (e - b < 5) continue;
      if (after_quotes > b) {
        // Only a participle's clause after the quotes can report more.
        for (uint32_t k = after_quotes; k < e; ++k) {
          if (IsCue(k) && ParticipleReport(k, e, out)) break;
        }
        continue;
      }
      for (uint32_t k = b; k < e; ++k) {
        if (toks_[k].is_word() && toks_[k].folded == "according" && k + 1 < e &&
            toks_[k + 1].folded == "to") {
          Attribution a = AccordingAt(k);
          if (a.entity < 0 && a.name.empty()) break;
          size_t cb, ce;
          if (k == b || (k == b + 1 && toks_[b].has(internal::kFunctionWord))) {
            // "According to X, ...": the content follows the comma.
            uint32_t c = k + 2;
            while (c < e && !toks_[c].is_punct(',')) ++c;
            if (c + 1 >= e) break;
            cb = toks_[c + 1].begin;
            ce = ContentEnd(e, c + 1);
          } else {
            cb = toks_[b].begin;
            uint32_t c = k;
            while (c > b && !toks_[c - 1].is_word()) --c;
            ce = toks_[c - 1].end;
          }
          if (ce > cb) out->push_back(MakeQuote(cb, ce, a, false));
          break;
        }
        if (!IsCue(k)) continue;
        const CueInfo* info = FindCue(toks_[k].folded);
        if (info->participle) {
          if (ParticipleReport(k, e, out)) break;
          continue;
        }
        if (!info->reports) continue;
        const bool that_follows = k + 1 < e && toks_[k + 1].folded == "that";
        // A stand-in verb reports only before "that" or its listener ("advised
        // reporters the deployments ...").
        const bool listener = info->takes_object && k + 1 < e &&
                              internal::IsListenerNoun(toks_[k + 1].folded);
        if (info->weak && !that_follows && !listener) continue;
        Attribution a = SubjectBefore(k, b);
        if (!a.found || (a.entity < 0 && a.name.empty())) continue;
        SetCue(k, &a);
        // Content: after the verb (and its listener, "that", a day), or, when the verb
        // ends the sentence ("..., the Kremlin said."), before the subject.
        uint32_t c = k + 1;
        while (c < e && toks_[c].begin < a.cue_end) ++c;
        while (c < e && toks_[c].is_word() &&
               (toks_[c].folded == "that" || toks_[c].folded == "on" ||
                toks_[c].has(internal::kCalendar))) {
          ++c;
        }
        // "warned of", "warned Moscow against", "spoke about": what follows is a topic,
        // not what was said.
        uint32_t p = c;
        while (p < e && p < c + 4 && name_at_[p] >= 0) ++p;
        const bool prepositional =
            p < e && toks_[p].is_word() &&
            (toks_[p].folded == "of" || toks_[p].folded == "about" ||
             toks_[p].folded == "against" || toks_[p].folded == "for" ||
             toks_[p].folded == "over");
        if (prepositional) continue;
        // "conceded defeat", "declared victory": a verb other than "say" or "tell" with a
        // bare noun after it reports a deed; its content is a clause ("that ...", or one
        // that opens with a determiner, pronoun, number or name).
        const bool say_or_tell = toks_[k].folded.substr(0, 3) == "sai" ||
                                 toks_[k].folded.substr(0, 3) == "say" ||
                                 toks_[k].folded.substr(0, 3) == "tel" ||
                                 toks_[k].folded == "told";
        if (!say_or_tell && !that_follows && c < e && toks_[c].is_word() &&
            toks_[c].is(internal::kLowerInitial) && !toks_[c].has(internal::kFunctionWord) &&
            !toks_[c].is(internal::kHasDigit) && c == k + 1) {
          continue;
        }
        // "..., Sørensen said on Tuesday, rejecting ...": the verb closes the content
        // before it; what follows the comma is the speaker's deed.
        const bool comma_follows = c < e && toks_[c].is_punct(',');
        size_t cb = 0, ce = 0;
        int content_words = 0;
        for (uint32_t j = c; j < e && content_words < 3; ++j) content_words += toks_[j].is_word();
        if (content_words >= 3 && !comma_follows) {
          // "pledged 1.2 billion euros in aid", "announced new sanctions": a verb that
          // also takes a plain object reports speech only with a clause after it.
          if (info->objects && !that_follows && !ClauseAt(c, e)) continue;
          cb = toks_[c].begin;
          ce = ContentEnd(e, c);
          // "Kirby said A, adding that B": A ends before the participle, whose clause is
          // reported on its own.
          for (uint32_t p = c + 2; p < e; ++p) {
            if (!toks_[p - 1].is_punct(',') || !IsCue(p) || !ParticipleReport(p, e, out)) {
              continue;
            }
            uint32_t w = p - 1;
            while (w > c && !toks_[w - 1].is_word()) --w;
            ce = toks_[w - 1].end;
            break;
          }
        } else {
          // The subject starts where the description or name before the verb starts.
          uint32_t subject = k;
          while (subject > b && k - subject < 12 && toks_[subject - 1].is_word()) --subject;
          if (subject > b + 2 && toks_[subject - 1].is_punct(',')) {
            cb = toks_[b].begin;
            ce = toks_[subject - 2].end;
          }
        }
        if (ce > cb) out->push_back(MakeQuote(cb, ce, a, false));
        break;
      }
    }
  }

  // "..., adding that no troops are intended ...": the clause after a participle and
  // "that" is reported speech of the main clause's subject, after a direct quote too
  // ("“...,” Kirby said, adding that ...") or a verb that reports nothing itself ("Kirby
  // spoke to reporters, adding that ..."). A clause with quoted words in it goes with
  // its partial quote, as a sentence with a partial quote is the direct quote only: the
  // caller starts at k only past the sentence's quoted words.
  bool ParticipleReport(uint32_t k, uint32_t e, std::vector<Quote>* out) const {
    const CueInfo* info = FindCue(toks_[k].folded);
    if (!info->participle || !info->reports || info->weak || k == 0 ||
        !toks_[k - 1].is_punct(',') || k + 2 >= e || toks_[k + 1].folded != "that") {
      return false;
    }
    int words = 0;
    for (uint32_t j = k + 2; j < e && words < 3; ++j) words += toks_[j].is_word();
    if (words < 3) return false;
    Attribution a = MainClauseSpeaker(k);
    if (!a.found || (a.entity < 0 && a.name.empty())) return false;
    SetCue(k, &a);
    out->push_back(MakeQuote(toks_[k + 2].begin, ContentEnd(e, k + 2), a, false));
    return true;
  }

  // Whether the words from token c on read as a clause with a verb of its own ("the
  // troops had arrived", "it plans to invade", "to send troops") rather than a noun
  // phrase ("1.2 billion euros in aid", "the deployment of 3,000 soldiers"). With no
  // tagger, a verb shows as an auxiliary or modal, a word right after a subject pronoun,
  // or a past form after a noun ("the talks ended").
  bool ClauseAt(uint32_t c, uint32_t e) const {
    if (c >= e || !toks_[c].is_word()) return false;
    if (toks_[c].folded == "to") {  // an infinitive: "pledged to send troops"
      return c + 1 < e && toks_[c + 1].is_word() && toks_[c + 1].is(internal::kLowerInitial) &&
             !toks_[c + 1].has(internal::kFunctionWord);
    }
    static constexpr std::string_view kSubjects[] = {"he", "she", "it", "they", "we", "i", "you"};
    int words = 0;
    for (uint32_t j = c; j < e && words < 15; ++j) {
      const Token& t = toks_[j];
      if (!t.is_word()) continue;
      ++words;
      if (IsFiniteVerbMarker(t.folded)) return true;
      if (j == c || !toks_[j - 1].is_word() || !t.is(internal::kLowerInitial)) continue;
      const Token& before = toks_[j - 1];
      if (!t.has(internal::kFunctionWord)) {
        for (std::string_view w : kSubjects) {
          if (before.folded == w) return true;
        }
      }
      if (t.folded.size() > 4 && t.folded.ends_with("ed") && !IsDeterminer(before) &&
          !before.has(internal::kFunctionWord) && !before.is(internal::kHasDigit)) {
        return true;
      }
    }
    return false;
  }

  static bool IsFiniteVerbMarker(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "is",    "are",   "was", "were",  "am",    "has",  "have", "had",  "will",
        "would", "can",   "could", "should", "may", "might", "must", "shall", "does",
        "did",   "do"};
    for (std::string_view x : kWords) {
      if (w == x) return true;
    }
    // Contractions: "weren't", "won’t", "they'll", "we're", "they've".
    static constexpr std::string_view kEndings[] = {"n't", "n\xE2\x80\x99t", "'ll", "\xE2\x80\x99ll",
                                                    "'re", "\xE2\x80\x99re", "'ve", "\xE2\x80\x99ve"};
    for (std::string_view x : kEndings) {
      if (w.ends_with(x)) return true;
    }
    return false;
  }

  // End of a sentence's content: before its final punctuation.
  // The end of reported content running to the end of its sentence, before a closing
  // ", according to X", which names a source, not words of the speaker.
  // `content_begin` is the content's first token: a source named before it stays.
  size_t ContentEnd(uint32_t sentence_end, uint32_t content_begin = 0) const {
    uint32_t k = sentence_end;
    if (k > 0) {
      const uint32_t first = std::max(tt_.sentence_begin[toks_[k - 1].sentence], content_begin + 1);
      for (uint32_t j = k; j >= first + 3; --j) {
        if (toks_[j - 3].is_punct(',') && toks_[j - 2].folded == "according" &&
            toks_[j - 1].folded == "to") {
          k = j - 3;
          break;
        }
      }
    }
    while (k > 0 && !toks_[k - 1].is_word()) --k;
    return k > 0 ? toks_[k - 1].end : 0;
  }

  std::string_view text_;
  const internal::TokenizedText& tt_;
  const std::vector<Token>& toks_;
  const internal::WordFilter& cue_words_ = internal::CueWords();
  const EntityResult& ents_;
  std::vector<QuoteSpan> spans_;
  std::vector<int> inside_;    // quote span index of each token, -1 outside
  std::vector<int> name_at_;   // name mention covering each token
  std::vector<int> role_at_;   // role or alias mention covering each token
  std::vector<std::vector<int>> people_;  // per sentence: people named outside quotes
  std::vector<int> speaker_of_sentence_;  // per sentence: a person quoted there
  std::vector<bool> quoted_only_;         // per sentence: every word is inside a quote
};

}  // namespace

namespace internal {

std::vector<Quote> FindQuotesIn(std::string_view text, const TokenizedText& tt,
                                const EntityResult& entities) {
  return Attributor(text, tt, entities).Run();
}

}  // namespace internal

std::vector<Quote> FindQuotes(std::string_view text, const EntityResult& entities) {
  return internal::FindQuotesIn(text, internal::TokenizeText(text), entities);
}

}  // namespace sitrep::extract
