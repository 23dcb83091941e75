// Word lists and the small readers that use them. The lists are closed classes of
// English (prepositions, auxiliaries, qualifiers) plus the verbs news uses for what
// happens to people counted in a report; nouns are never listed, so any noun can be
// counted.

#include "extract/figure_context.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/number_grammar.h"
#include "extract/number_lexicon.h"

namespace sitrep::extract::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool IsWord(const Tok& t) { return t.kind == TokKind::kWord; }

// Digits or a number word that can begin a number.
bool StartsNumber(std::string_view text, const Tok& t) {
  if (t.kind == TokKind::kDigits) return true;
  if (t.kind != TokKind::kWord) return false;
  char buf[16];
  std::string_view low = LowerAscii(TokText(text, t), buf, sizeof buf);
  NumWord k = LookupNumberWord(low).kind;
  return k == NumWord::kUnit || k == NumWord::kTeen || k == NumWord::kTens ||
         k == NumWord::kArticle;
}

struct Qualifier {
  const char* phrase;  // lower-case words separated by single spaces
  const char* normal;
};

// Longest phrases are tried first by the matcher, so order here does not matter.
constexpr Qualifier kQualifiers[] = {
    {"more than", "more than"},
    {"more then", "more than"},
    {"over", "more than"},
    {"well over", "more than"},
    {"just over", "more than"},
    {"above", "more than"},
    {"well above", "more than"},
    {"upwards of", "more than"},
    {"in excess of", "more than"},
    {"exceeding", "more than"},
    {"exceed", "more than"},
    {"exceeds", "more than"},
    {"surpass", "more than"},
    {"surpassing", "more than"},
    {"exceeded", "more than"},
    {"surpassed", "more than"},
    {"topped", "more than"},
    {"topping", "more than"},
    {"greater than", "more than"},
    {"higher than", "more than"},
    {"larger than", "more than"},
    {"bigger than", "more than"},
    {"north of", "more than"},
    {">", "more than"},
    {"at least", "at least"},
    {"no fewer than", "at least"},
    {"no less than", "at least"},
    {"not less than", "at least"},
    {"not fewer than", "at least"},
    {"a minimum of", "at least"},
    {"minimum of", "at least"},
    {"\xE2\x89\xA5", "at least"},
    {"> =", "at least"},
    {">=", "at least"},
    {"less than", "less than"},
    {"fewer than", "less than"},
    {"under", "less than"},
    {"below", "less than"},
    {"lower than", "less than"},
    {"smaller than", "less than"},
    {"shy of", "less than"},
    {"<", "less than"},
    {"at most", "at most"},
    {"no more than", "at most"},
    {"not more than", "at most"},
    {"a maximum of", "at most"},
    {"maximum of", "at most"},
    {"\xE2\x89\xA4", "at most"},
    {"< =", "at most"},
    {"<=", "at most"},
    {"up to", "up to"},
    {"as many as", "up to"},
    {"as much as", "up to"},
    {"as high as", "up to"},
    {"about", "about"},
    {"around", "about"},
    {"some", "about"},
    {"roughly", "about"},
    {"approximately", "about"},
    {"approx", "about"},
    {"approx .", "about"},
    {"circa", "about"},
    {"in the region of", "about"},
    {"on the order of", "about"},
    {"~", "about"},
    {"\xE2\x89\x88", "about"},
    {"nearly", "nearly"},
    {"almost", "nearly"},
    {"close to", "nearly"},
    {"nigh on", "nearly"},
    {"just under", "nearly"},
    {"just below", "nearly"},
    {"just shy of", "nearly"},
    {"just short of", "nearly"},
    {"approaching", "nearly"},
    {"an estimated", "estimated"},
    {"estimated", "estimated"},
    {"est .", "estimated"},
    {"estimated at", "estimated"},
    {"put at", "estimated"},
    {"greater than or equal to", "at least"},
    {"more than or equal to", "at least"},
    {"higher than or equal to", "at least"},
    {"equal to or more than", "at least"},
    {"equal to or greater than", "at least"},
    {"equal to or higher than", "at least"},
    {"at least or equal to", "at least"},
    {"bigger or equal than", "at least"},
    {"greater or equal than", "at least"},
    {"higher or equal than", "at least"},
    {"larger or equal than", "at least"},
    {"less than or equal to", "at most"},
    {"lower than or equal to", "at most"},
    {"fewer than or equal to", "at most"},
    {"equal to or less than", "at most"},
    {"equal to or fewer than", "at most"},
    {"equal to or lower than", "at most"},
    {"smaller or equal than", "at most"},
    {"less or equal than", "at most"},
    {"lower or equal than", "at most"},
    {"exactly", "exactly"},
    {"precisely", "exactly"},
    {"equal to", "exactly"},
    {"equals", "exactly"},
    {"equals to", "exactly"},
    {"equaling", "exactly"},
    {"equaling to", "exactly"},
    {"several", "several"},
    {"a few", "a few"},
    {"a couple of", "a couple of"},
};

// Words that end a counted noun phrase: determiners, prepositions, conjunctions,
// auxiliaries, pronouns and the adverbs news puts after numbers.
const std::unordered_set<std::string_view>& StopWords() {
  static const auto* const kSet = new std::unordered_set<std::string_view>{
      "the",
      "a",
      "an",
      "of",
      "in",
      "on",
      "at",
      "to",
      "from",
      "by",
      "with",
      "for",
      "and",
      "or",
      "but",
      "nor",
      "as",
      "than",
      "that",
      "which",
      "who",
      "whom",
      "whose",
      "what",
      "were",
      "was",
      "are",
      "is",
      "be",
      "been",
      "being",
      "have",
      "has",
      "had",
      "will",
      "would",
      "could",
      "should",
      "may",
      "might",
      "can",
      "must",
      "shall",
      "do",
      "does",
      "did",
      "not",
      "no",
      "its",
      "it",
      "their",
      "his",
      "her",
      "our",
      "your",
      "my",
      "this",
      "these",
      "those",
      "there",
      "here",
      "said",
      "say",
      "says",
      "according",
      "each",
      "per",
      "more",
      "less",
      "fewer",
      "about",
      "around",
      "near",
      "along",
      "across",
      "into",
      "onto",
      "over",
      "under",
      "within",
      "without",
      "between",
      "among",
      "during",
      "since",
      "until",
      "till",
      "after",
      "before",
      "while",
      "when",
      "where",
      "if",
      "so",
      "such",
      "also",
      "already",
      "now",
      "then",
      "still",
      "yet",
      "just",
      "only",
      "even",
      "all",
      "both",
      "some",
      "any",
      "other",
      "another",
      "against",
      "toward",
      "towards",
      "through",
      "throughout",
      "via",
      "upon",
      "up",
      "down",
      "out",
      "off",
      "away",
      "ago",
      "again",
      "too",
      "very",
      "they",
      "them",
      "we",
      "us",
      "he",
      "she",
      "you",
      "i",
      "me",
      "him",
      "whether",
      "because",
      "though",
      "although",
      "unless",
      "including",
      "excluding",
      "plus",
      "minus",
      "times",
      "percent",
      "per cent",
      "apiece",
      "each",
      "altogether",
      "total",
      "respectively",
      "instead",
      "inside",
      "outside",
      "behind",
      "beyond",
      "above",
      "below",
      "beneath",
      "near",
      "alongside",
      "amid",
      "amidst",
      "despite",
      "like",
      "unlike",
      "versus",
      "vs",
      "ahead",
      "back",
      "last",
      "next",
      "first",
      "own",
      "same",
      "else",
      "either",
      "neither",
      "whereas",
      "whose",
      "got",
      "get",
      "gets",
      "went",
      "go",
      "goes",
      "came",
      "come",
      "comes",
      "took",
      "take",
      "takes",
      "made",
      "make",
      "makes",
      "told",
      "tell",
      "asked",
      "added",
      "noted",
      "stressed",
      "warned",
      "announced",
      "reported",
      "expected",
      "thought",
      "believed",
      "feared",
      "remain",
      "remained",
      "remains",
      "left",
      "stood",
      "stand",
      "stands",
      "live",
      "lived",
      "lives",
      "work",
      "worked",
      "works",
      "came",
      "seen",
      "saw",
      "see",
      "become",
      "became",
      "has",
      "having",
      "currently",
      "reportedly",
      "allegedly",
      "mostly",
      "roughly",
      "nearly",
      "almost",
      "some",
      "based",
      "stationed",
      "deployed",
      "sent",
      "killed",
      "died",
      "dead",
      "wounded",
      "injured",
      "missing",
      "displaced",
      "arrested",
      "detained",
      "massed",
      "worldwide",
      "nationwide",
      "overall",
      "abroad",
      "daily",
      "annually",
      "yearly",
      "apiece",
      "alone",
      "globally",
      "nationally",
      "locally",
      "together",
      "combined",
      "so",
      "far",
      "later",
      "earlier",
      "today",
      "yesterday",
      "tomorrow",
      "tonight",
      "ago",
      "away",
      "more",
      // Past tenses of high frequency that follow a subject count ("3,000 troops
      // began"). Present forms are left out: "votes", "plans" and "calls" are nouns too.
      "began",
      "begun",
      "became",
      "gave",
      "held",
      "met",
      "fought",
      "lost",
      "won",
      "saw",
      "knew",
      "brought",
      "bought",
      "built",
      "caught",
      "chose",
      "drew",
      "drove",
      "fell",
      "felt",
      "found",
      "flew",
      "grew",
      "heard",
      "kept",
      "led",
      "paid",
      "ran",
      "rose",
      "sat",
      "sold",
      "spent",
      "spoke",
      "struck",
      "threw",
      "wrote",
      "took",
      "gone",
      "arrived",
      "needed",
      "wanted",
      "faced",
      "sought",
      "planned",
      "continued",
      "joined",
      "used",
      "marched",
      "crossed",
      "entered",
      "returned",
      "tried",
      "voted",
      "called",
      "agreed",
      "signed",
      "protested",
      "gathered",
      "rallied",
      "waited",
      // Days name when, not what: "in five regions Monday".
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
      // Irregular participles that are never counted: "the figure of 120 given by".
      "given",
      "taken",
      "shown",
      "written",
  };
  return *kSet;
}

// Event words after the counted phrase, normalised to a past participle.
const std::unordered_map<std::string_view, std::string_view>& EventsAfter() {
  static const auto* const kMap = new std::unordered_map<std::string_view, std::string_view>{
      {"killed", "killed"},
      {"died", "died"},
      {"dead", "dead"},
      {"dying", "died"},
      {"wounded", "wounded"},
      {"injured", "injured"},
      {"hurt", "injured"},
      {"missing", "missing"},
      {"displaced", "displaced"},
      {"evacuated", "evacuated"},
      {"arrested", "arrested"},
      {"detained", "detained"},
      {"deployed", "deployed"},
      {"stationed", "stationed"},
      {"sent", "sent"},
      {"captured", "captured"},
      {"rescued", "rescued"},
      {"infected", "infected"},
      {"hospitalised", "hospitalized"},
      {"hospitalized", "hospitalized"},
      {"affected", "affected"},
      {"trapped", "trapped"},
      {"buried", "buried"},
      {"abducted", "abducted"},
      {"kidnapped", "kidnapped"},
      {"released", "released"},
      {"freed", "freed"},
      {"fled", "fled"},
      {"executed", "executed"},
      {"massed", "massed"},
      {"mobilized", "mobilized"},
      {"mobilised", "mobilized"},
      {"jailed", "jailed"},
      {"imprisoned", "imprisoned"},
      {"sentenced", "sentenced"},
      {"convicted", "convicted"},
      {"deported", "deported"},
      {"expelled", "expelled"},
      {"withdrawn", "withdrawn"},
      {"slain", "killed"},
      {"murdered", "murdered"},
      {"shot", "shot"},
      {"drowned", "drowned"},
      {"evacuating", "evacuated"},
      {"deploying", "deployed"},
      {"fleeing", "fled"},
  };
  return *kMap;
}

// Verbs before a figure whose object the figure counts, normalised like EventsAfter.
const std::unordered_map<std::string_view, std::string_view>& EventsBefore() {
  static const auto* const kMap = new std::unordered_map<std::string_view, std::string_view>{
      {"kill", "killed"},
      {"kills", "killed"},
      {"killing", "killed"},
      {"killed", "killed"},
      {"wound", "wounded"},
      {"wounds", "wounded"},
      {"wounding", "wounded"},
      {"wounded", "wounded"},
      {"injure", "injured"},
      {"injures", "injured"},
      {"injuring", "injured"},
      {"injured", "injured"},
      {"displace", "displaced"},
      {"displacing", "displaced"},
      {"displaced", "displaced"},
      {"evacuate", "evacuated"},
      {"evacuates", "evacuated"},
      {"evacuating", "evacuated"},
      {"evacuated", "evacuated"},
      {"arrest", "arrested"},
      {"arrests", "arrested"},
      {"arresting", "arrested"},
      {"arrested", "arrested"},
      {"detain", "detained"},
      {"detains", "detained"},
      {"detaining", "detained"},
      {"detained", "detained"},
      {"deploy", "deployed"},
      {"deploys", "deployed"},
      {"deploying", "deployed"},
      {"deployed", "deployed"},
      {"send", "sent"},
      {"sends", "sent"},
      {"sending", "sent"},
      {"sent", "sent"},
      {"rescue", "rescued"},
      {"rescues", "rescued"},
      {"rescuing", "rescued"},
      {"rescued", "rescued"},
      {"mobilize", "mobilized"},
      {"mobilizes", "mobilized"},
      {"mobilizing", "mobilized"},
      {"mobilized", "mobilized"},
      {"mobilise", "mobilized"},
      {"mobilises", "mobilized"},
      {"mobilising", "mobilized"},
      {"mobilised", "mobilized"},
      {"mass", "massed"},
      {"masses", "massed"},
      {"massing", "massed"},
      {"massed", "massed"},
      {"capture", "captured"},
      {"captures", "captured"},
      {"capturing", "captured"},
      {"captured", "captured"},
      {"release", "released"},
      {"releases", "released"},
      {"releasing", "released"},
      {"released", "released"},
      {"free", "freed"},
      {"frees", "freed"},
      {"freeing", "freed"},
      {"freed", "freed"},
      {"kidnap", "kidnapped"},
      {"kidnapping", "kidnapped"},
      {"kidnapped", "kidnapped"},
      {"abduct", "abducted"},
      {"abducting", "abducted"},
      {"abducted", "abducted"},
      {"execute", "executed"},
      {"executing", "executed"},
      {"executed", "executed"},
      {"jail", "jailed"},
      {"jailing", "jailed"},
      {"jailed", "jailed"},
      {"deport", "deported"},
      {"deporting", "deported"},
      {"deported", "deported"},
      {"station", "stationed"},
      {"stationing", "stationed"},
      {"stationed", "stationed"},
      {"infect", "infected"},
      {"infecting", "infected"},
      {"infected", "infected"},
  };
  return *kMap;
}

// Auxiliaries and adverbs allowed between a counted noun and its event ("have been",
// "were reportedly", "are feared").
const std::unordered_set<std::string_view>& EventBridge() {
  static const auto* const kSet = new std::unordered_set<std::string_view>{
      "have",       "has",        "had",        "been",     "were",    "was",
      "are",        "is",         "be",         "being",    "will",    "would",
      "reportedly", "already",    "now",        "also",     "all",     "were",
      "confirmed",  "reported",   "feared",     "believed", "thought", "presumed",
      "left",       "later",      "since",      "so",       "far",     "just",
      "allegedly",  "apparently", "officially", "either",   "got",     "get",
  };
  return *kSet;
}

// Closing and opening quotation marks.
bool IsQuote(std::string_view s) {
  return s == "\"" || s == "'" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x98" || s == "\xE2\x80\x99" || s == "\xC2\xAB" || s == "\xC2\xBB";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "US-based", "S-400", "anti-tank": a word and glued hyphenated parts. Returns the end
// token and the text span; false when token k is not a word.
bool CompoundAt(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t* end) {
  if (k >= toks.size() || !IsWord(toks[k]) || toks[k].break_before) return false;
  size_t j = k + 1;
  while (j + 1 < toks.size() && toks[j].kind == TokKind::kPunct && TokText(text, toks[j]) == "-" &&
         !toks[j].space_before && !toks[j + 1].space_before &&
         (IsWord(toks[j + 1]) || toks[j + 1].kind == TokKind::kDigits)) {
    j += 2;
  }
  *end = j;
  return true;
}

}  // namespace

// Qualifier phrases split into words and indexed by their last word, so that the
// word before a number selects the few phrases worth comparing.
struct QualifierIndex {
  struct Phrase {
    std::vector<std::string_view> words;
    std::string_view normal;
  };
  std::unordered_map<std::string_view, std::vector<Phrase>> by_last;
};

const QualifierIndex& GetQualifierIndex() {
  static const QualifierIndex* const kIndex = [] {
    auto* idx = new QualifierIndex;
    for (const Qualifier& q : kQualifiers) {
      QualifierIndex::Phrase p;
      p.normal = q.normal;
      std::string_view rest = q.phrase;
      while (!rest.empty()) {
        size_t sp = rest.find(' ');
        p.words.push_back(rest.substr(0, sp));
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      }
      idx->by_last[p.words.back()].push_back(std::move(p));
    }
    return idx;
  }();
  return *kIndex;
}

bool QualifierBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                     std::string_view* qualifier, size_t* tok_begin) {
  if (k == 0 || toks[k].break_before) return false;
  size_t end = k;  // qualifier tokens are [.., end)
  if (toks[end - 1].kind == TokKind::kPunct && IsQuote(TokText(text, toks[end - 1]))) {
    if (end - 1 == 0 || toks[end - 1].break_before) return false;
    --end;
  }
  const Tok& last = toks[end - 1];
  if (last.kind == TokKind::kDigits || last.kind == TokKind::kCode) return false;
  std::string last_low = Lower(TokText(text, last));
  const auto& index = GetQualifierIndex().by_last;
  auto it = index.find(last_low);
  if (it == index.end()) return false;
  size_t best_len = 0;
  std::string_view best;
  for (const QualifierIndex::Phrase& p : it->second) {
    size_t words = p.words.size();
    if (words > end || words <= best_len) continue;
    bool ok = true;
    for (size_t w = 1; w < words && ok; ++w) {
      const Tok& t = toks[end - 1 - w];
      std::string_view word = p.words[words - 1 - w];
      if (toks[end - w].break_before) ok = false;
      if (t.kind == TokKind::kWord) {
        ok = ok && TokIs(text, t, word);
      } else {
        ok = ok && t.kind == TokKind::kPunct && TokText(text, t) == word;
      }
    }
    if (ok) {
      best_len = words;
      best = p.normal;
      *tok_begin = end - words;
    }
  }
  if (best_len == 0) return false;
  size_t b = *tok_begin;
  if (toks[b].kind == TokKind::kPunct && b > 0 && !toks[b].space_before &&
      toks[b - 1].kind == TokKind::kPunct) {
    std::string_view prev = TokText(text, toks[b - 1]);
    if (prev == "<" || prev == ">" || prev == "=") return false;  // "<>30", "=>30"
  }
  *qualifier = best;
  return true;
}

bool QualifierAfter(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    std::string_view* qualifier, size_t* tok_end) {
  if (k >= toks.size() || toks[k].break_before) return false;
  const Tok& t = toks[k];
  std::string_view s = TokText(text, t);
  if (t.kind == TokKind::kPunct && s == "+" && !t.space_before) {
    *qualifier = "more than";
    *tok_end = k + 1;
    return true;
  }
  if (t.kind == TokKind::kPunct && s == "-" && !t.space_before && k + 1 < toks.size() &&
      TokIs(text, toks[k + 1], "plus") && !toks[k + 1].space_before) {
    *qualifier = "more than";
    *tok_end = k + 2;
    return true;
  }
  if ((TokIs(text, t, "or") || TokIs(text, t, "and")) && k + 1 < toks.size() &&
      !toks[k + 1].break_before) {
    // "500 or more", "500 and above", "20 or fewer", "100 or so", "less than 5 or equal".
    const Tok& n = toks[k + 1];
    size_t end = k + 2;
    if (TokIs(text, n, "more") || TokIs(text, n, "above") || TokIs(text, n, "greater") ||
        TokIs(text, n, "higher") || TokIs(text, n, "over")) {
      *qualifier = "at least";
    } else if (TokIs(text, n, "less") || TokIs(text, n, "fewer") || TokIs(text, n, "below") ||
               TokIs(text, n, "lower") || TokIs(text, n, "under")) {
      *qualifier = "at most";
    } else if (TokIs(text, n, "so") && TokIs(text, t, "or")) {
      *qualifier = "about";
    } else if (TokIs(text, n, "equal") && TokIs(text, t, "or")) {
      *qualifier = "or equal";  // combined with the qualifier before by the caller
      if (end < toks.size() && TokIs(text, toks[end], "to") && !toks[end].break_before) ++end;
    } else {
      return false;
    }
    // "equal to 5000 or more than": a dangling "than" belongs to the qualifier; with a
    // number after it ("200 or greater than 190", "above 1000 and below 1500") the words
    // qualify that number instead.
    if (end < toks.size() && TokIs(text, toks[end], "than") && !toks[end].break_before) {
      if (end + 1 < toks.size() && !toks[end + 1].break_before &&
          toks[end + 1].kind != TokKind::kPunct) {
        return false;
      }
      ++end;
    }
    if (end < toks.size() && !toks[end].break_before && StartsNumber(text, toks[end])) {
      return false;
    }
    if (end < toks.size() && !toks[end].break_before &&
        (TokIs(text, toks[end], "or") || TokIs(text, toks[end], "and"))) {
      return false;  // "less or equal than thirty five"
    }
    *tok_end = end;
    return true;
  }
  if (t.kind == TokKind::kPunct && s == "-" && !t.space_before && k + 1 < toks.size() &&
      TokIs(text, toks[k + 1], "odd") && !toks[k + 1].space_before) {
    *qualifier = "about";  // "20-odd"
    *tok_end = k + 2;
    return true;
  }
  return false;
}

// Whether a word that may head a noun phrase starts at token k: not a stop word, not a
// participle or an adverb.
bool NounAfter(std::string_view text, const std::vector<Tok>& toks, size_t k) {
  size_t end;
  if (k >= toks.size() || toks[k].break_before || !CompoundAt(text, toks, k, &end)) return false;
  const std::string low = Lower(text.substr(toks[k].begin, toks[end - 1].end - toks[k].begin));
  return !StopWords().count(low) && !EndsWith(low, "ly") && !EndsWith(low, "ed") && !EndsWith(low, "ing");
}

bool CountedNounAt(std::string_view text, const std::vector<Tok>& toks, size_t k, NounPhrase* np) {
  size_t j = k;
  // A closing quotation mark glued to the number: “more than 100,000” military personnel.
  if (j < toks.size() && toks[j].kind == TokKind::kPunct && !toks[j].space_before &&
      IsQuote(TokText(text, toks[j]))) {
    ++j;
  }
  std::vector<std::pair<size_t, size_t>> words;  // token ranges of the phrase's words
  while (words.size() < 4) {
    size_t end;
    if (!CompoundAt(text, toks, j, &end)) break;
    std::string low = Lower(text.substr(toks[j].begin, toks[end - 1].end - toks[j].begin));
    bool compound = end > j + 1;
    // An acronym is a name even when it spells a stop word: "US troops".
    bool acronym = toks[j].all_upper && toks[j].end - toks[j].begin >= 2;
    // "9,300 injured people", "26,000 displaced residents": what happened to them,
    // before the noun, is a modifier (after the head it is a verb: "people injured").
    const bool event_modifier = !compound && words.empty() && EventsAfter().count(low) &&
                                NounAfter(text, toks, end);
    if (!compound && !acronym && !event_modifier && StopWords().count(low)) break;
    // After the head, what happened to the counted things is the verb, however short:
    // "2.5 million people fled", "300 people hurt".
    if (!compound && !acronym && !words.empty() && EventsAfter().count(low)) break;
    if (!compound && (EndsWith(low, "ly") && low.size() > 4)) break;
    bool verb_like = !compound && low.size() > 4 && (EndsWith(low, "ed") || EndsWith(low, "ing"));
    if (verb_like) {
      // "armed men", "fighting vehicles": a participle is a modifier only when a noun
      // follows it; after the head it is a verb ("people killed").
      size_t next_end;
      bool noun_follows = words.empty() && CompoundAt(text, toks, end, &next_end) &&
                          !StopWords().count(Lower(TokText(text, toks[end])));
      if (!noun_follows) break;
    }
    // "200,000 troops faces a Russian force": after the first word, a word followed by
    // a determiner is the verb of the sentence, not part of the noun phrase.
    if (!words.empty() && !compound && end < toks.size() && IsWord(toks[end]) &&
        !toks[end].break_before) {
      static constexpr std::string_view kDeterminers[] = {
          "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those"};
      bool determiner = false;
      for (std::string_view d : kDeterminers) determiner = determiner || TokIs(text, toks[end], d);
      if (determiner) break;
    }
    words.emplace_back(j, end);
    j = end;
    // A possessive or a word with a glued punctuation mark after it ends the phrase.
    if (j < toks.size() && !toks[j].space_before && toks[j].kind == TokKind::kPunct &&
        TokText(text, toks[j]) != "-") {
      break;
    }
  }
  if (words.empty()) return false;
  auto [hb, he] = words.back();
  np->tok_end = he;
  np->head = Lower(text.substr(toks[hb].begin, toks[he - 1].end - toks[hb].begin));
  np->modifier.clear();
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    if (!np->modifier.empty()) np->modifier += ' ';
    auto [b, e] = words[w];
    np->modifier += text.substr(toks[b].begin, toks[e - 1].end - toks[b].begin);
  }
  return true;
}

bool CountedNounBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                       NounPhrase* np) {
  // Words that may stand between the counted phrase and its number and change nothing
  // of what is counted.
  static const std::unordered_set<std::string_view> kLinks = {
      "stands", "stood", "stand", "is", "was", "were", "are", "has", "had", "have", "been",
      "rose", "risen", "climbed", "reached", "increased", "grew", "jumped", "fell", "dropped",
      "at", "to", "now", "currently", "officially", "put", "puts", "of"};
  constexpr size_t kReach = 12;
  // Back from the number over linking words only, to the end of a phrase.
  size_t j = k;
  while (j > 0 && k - j < kReach) {
    const Tok& t = toks[j - 1];
    if (!IsWord(t) || !kLinks.count(Lower(TokText(text, t))) || toks[j].break_before) break;
    --j;
  }
  if (j == k || j == 0 || toks[j].break_before) return false;
  // "death toll", and "the toll" alone: news uses the word for the count of the dead.
  if (TokIs(text, toks[j - 1], "toll") && j >= 2 && IsWord(toks[j - 2])) {
    const std::string kind = Lower(TokText(text, toks[j - 2]));
    if (kind == "death" || kind == "the" || kind == "its" || kind == "this" || kind == "that") {
      np->head = "deaths";
      np->modifier.clear();
      np->tok_end = j;
      return true;
    }
    return false;
  }
  // "the death toll from the crisis stands at 11": a toll with a prepositional tail.
  for (size_t t = j - 1, words = 0; t > 1 && words < 6 && IsWord(toks[t]) && !toks[t + 1].break_before;
       --t, ++words) {
    if (TokIs(text, toks[t], "toll") && t + 1 < j &&
        (TokIs(text, toks[t + 1], "from") || TokIs(text, toks[t + 1], "in") || TokIs(text, toks[t + 1], "since")) &&
        IsWord(toks[t - 1]) && TokIs(text, toks[t - 1], "death")) {
      np->head = "deaths";
      np->modifier.clear();
      np->tok_end = t + 1;
      return true;
    }
  }
  // "the figure stands at 120", "saying the real number is 140", "gave a figure of 140",
  // "said it is 140": a word that stands for a count named elsewhere. The head is kept
  // as written so that a reader of the article's figures can take what it refers to.
  if (IsWord(toks[j - 1])) {
    const std::string word = Lower(TokText(text, toks[j - 1]));
    if (IsAnaphoricCount(word)) {
      np->head = word;
      np->modifier.clear();
      np->tok_end = j;
      return true;
    }
  }
  // "the number of <phrase>": find "number of" within reach, then the phrase after it
  // must end where the linking words begin (a prepositional tail such as "from the
  // outbreak" is allowed).
  for (size_t i = j; i-- > 0 && k - i < 2 * kReach;) {
    if (toks[i + 1].break_before && i + 1 < j) return false;
    if (!IsWord(toks[i])) {
      if (TokText(text, toks[i]) == "," || TokText(text, toks[i]) == "-") continue;
      return false;
    }
    if (i + 2 < j && TokIs(text, toks[i], "number") && TokIs(text, toks[i + 1], "of")) {
      NounPhrase found;
      // "the number of displaced people": a participle that tells what happened to
      // them is no part of the counted noun (the event is read elsewhere).
      const bool counted = CountedNounAt(text, toks, i + 2, &found) ||
                           (i + 3 < j && IsWord(toks[i + 2]) && CountedNounAt(text, toks, i + 3, &found));
      if (!counted || found.tok_end > j) return false;
      // Only "from/in/among/at <words>" may follow the phrase before the links.
      for (size_t w = found.tok_end; w < j; ++w) {
        if (!IsWord(toks[w])) return false;
      }
      // "the number of people killed by the fires is 31": a participle telling what
      // happened to them may start the tail too; "workers on strike" is a state.
      if (found.tok_end < j) {
        const std::string first = Lower(TokText(text, toks[found.tok_end]));
        if (first != "from" && first != "in" && first != "among" && first != "across" && first != "on" &&
            !EventsAfter().count(first)) {
          return false;
        }
      }
      *np = found;
      return true;
    }
  }
  return false;
}

bool IsAnaphoricCount(std::string_view word) {
  return word == "figure" || word == "number" || word == "tally" || word == "count" ||
         word == "total" || word == "it";
}

bool EventAfter(std::string_view text, const std::vector<Tok>& toks, size_t k, std::string* event) {
  size_t j = k;
  for (size_t steps = 0; steps < 5 && j < toks.size(); ++steps, ++j) {
    const Tok& t = toks[j];
    if (!IsWord(t) || t.break_before) return false;
    std::string low = Lower(TokText(text, t));
    auto it = EventsAfter().find(low);
    if (it != EventsAfter().end()) {
      *event = std::string(it->second);
      return true;
    }
    bool adverb = EndsWith(low, "ly") && low.size() > 4;
    if (!adverb && !EventBridge().count(low)) return false;
  }
  return false;
}

bool EventBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                 std::string* event) {
  size_t j = k;
  for (size_t steps = 0; steps < 2 && j > 0; ++steps) {
    if (toks[j].break_before) return false;
    --j;
    const Tok& t = toks[j];
    if (!IsWord(t)) return false;
    std::string low = Lower(TokText(text, t));
    auto it = EventsBefore().find(low);
    if (it != EventsBefore().end()) {
      *event = std::string(it->second);
      return true;
    }
    // "has massed than 100,000": a stray "than" left by a rewriter.
    if (low != "than" && low != "another" && low != "some") return false;
  }
  return false;
}

bool IsMonthAt(std::string_view text, const std::vector<Tok>& toks, size_t k) {
  if (k >= toks.size() || !IsWord(toks[k])) return false;
  const Tok& t = toks[k];
  static constexpr std::string_view kMonths[] = {
      "january", "february", "april",    "june", "july", "august", "september",
      "october", "november", "december", "jan",  "feb",  "apr",    "jun",
      "jul",     "aug",      "sep",      "sept", "oct",  "nov",    "dec"};
  for (std::string_view m : kMonths) {
    if (TokIs(text, t, m)) return true;
  }
  // "may" and "march" are verbs too; as months they are capitalised.
  return t.upper_initial &&
         (TokIs(text, t, "may") || TokIs(text, t, "march") || TokIs(text, t, "mar"));
}

bool IsYearPreposition(std::string_view text, const Tok& t) {
  static constexpr std::string_view kWords[] = {
      "in",     "since",   "of",     "by",    "from",   "until",  "till",    "to",       "the",
      "a",      "an",      "during", "after", "before", "early",  "late",    "mid",      "year",
      "fiscal", "between", "and",    "or",    "circa",  "spring", "summer",  "autumn",   "fall",
      "winter", "through", "around", "its",   "their",  "his",    "her",     "our",      "my",
      "this",   "that",    "last",   "next",  "s",      "class",  "vintage", "election", "season"};
  if (!IsWord(t)) return false;
  for (std::string_view w : kWords) {
    if (TokIs(text, t, w)) return true;
  }
  return false;
}

bool IsDesignatorWord(std::string_view text, const Tok& t) {
  static constexpr std::string_view kWords[] = {
      "number",  "no",        "nos",       "nr",        "nrs",        "page",       "pages",
      "chapter", "article",   "section",   "paragraph", "clause",     "item",       "exit",
      "level",   "grade",     "phase",     "stage",     "version",    "line",       "platform",
      "gate",    "flight",    "route",     "highway",   "interstate", "channel",    "model",
      "type",    "size",      "ward",      "district",  "zone",       "category",   "room",
      "suite",   "unit",      "block",     "lot",       "box",        "resolution", "amendment",
      "rule",    "bill",      "act",       "season",    "episode",    "volume",     "vol",
      "issue",   "part",      "figure",    "fig",       "table",      "step",       "round",
      "game",    "match",     "track",     "pier",      "terminal",   "bus",        "train",
      "squad",   "regiment",  "battalion", "brigade",   "division",   "corps",      "fleet",
      "army",    "apartment", "floor",     "tower",     "building",   "street",     "avenue",
      "road",    "plot",      "rank",      "ranked",    "no.",        "code",       "class",
      "batch",   "wave",      "term",      "top",       "covid",      "g"};
  if (!IsWord(t)) return false;
  for (std::string_view w : kWords) {
    if (TokIs(text, t, w)) return true;
  }
  return false;
}

bool IsFunctionWord(std::string_view text, const Tok& t) {
  static constexpr std::string_view kWords[] = {
      "the",       "a",       "an",      "about",   "around",
      "in",        "on",      "at",      "of",      "for",
      "to",        "from",    "by",      "with",    "and",
      "or",        "but",     "only",    "some",    "nearly",
      "almost",    "over",    "under",   "more",    "less",
      "fewer",     "just",    "all",     "another", "every",
      "each",      "these",   "those",   "this",    "that",
      "since",     "after",   "before",  "during",  "until",
      "than",      "up",      "down",    "roughly", "approximately",
      "estimated", "least",   "most",    "exactly", "precisely",
      "above",     "below",   "between", "among",   "its",
      "their",     "his",     "her",     "our",     "your",
      "my",        "they",    "we",      "he",      "she",
      "it",        "you",     "i",       "there",   "here",
      "when",      "while",   "if",      "as",      "so",
      "yet",       "still",   "also",    "even",    "now",
      "then",      "both",    "many",    "several", "few",
      "said",      "says",    "say",     "killing", "killed",
      "including", "another", "are",     "were",    "was",
      "is",        "be",      "been",    "have",    "has",
      "had",       "will",    "would",   "could",   "should",
      "may",       "might",   "can",     "must",    "sends",
      "send",      "sent",    "deploys", "deploy",  "deployed",
      "puts",      "put",     "orders",  "ordered", "adds",
      "add",       "added",   "kills",   "leaves",  "left",
      "says",      "reaches", "reached", "tops",    "hits",
      "passes",    "passed",  "exceeds", "nears",   "rises",
      "rose",      "falls",   "fell",    "climbs",  "climbed",
      "jumps",     "jumped",  "drops",   "dropped", "totals",
      "totaled",   "totalled"};
  if (!IsWord(t)) return false;
  for (std::string_view w : kWords) {
    if (TokIs(text, t, w)) return true;
  }
  return false;
}

bool IsChangeVerb(std::string_view text, const Tok& t) {
  static constexpr std::string_view kWords[] = {
      "rose",      "rise",     "rises",     "rising",     "risen",    "fell",      "fall",
      "falls",     "falling",  "fallen",    "increased",  "increase", "increases", "increasing",
      "decreased", "decrease", "decreases", "decreasing", "climbed",  "climb",     "climbs",
      "climbing",  "jumped",   "jump",      "jumps",      "jumping",  "dropped",   "drop",
      "drops",     "dropping", "declined",  "decline",    "declines", "declining", "grew",
      "grow",      "grows",    "growing",   "grown",      "cut",      "cuts",      "cutting",
      "reduced",   "reduce",   "reduces",   "reducing",   "raised",   "raise",     "raises",
      "raising",   "went",     "go",        "goes",       "going",    "gone",      "surged",
      "surge",     "surges",   "plunged",   "plunge",     "plunges",  "soared",    "soar",
      "soars",     "slipped",  "slip",      "slips",      "edged",    "edge",      "edges",
      "changed",   "moved",    "shrank",    "shrunk",     "expanded", "doubled",   "tripled",
      "halved",    "slid",     "slide",     "sank",       "sink",     "tumbled",   "revised",
      "lowered",   "lifted",   "boosted",   "up",         "down",     "improved",  "widened",
      "narrowed",  "swelled"};
  if (!IsWord(t)) return false;
  for (std::string_view w : kWords) {
    if (TokIs(text, t, w)) return true;
  }
  return false;
}

}  // namespace sitrep::extract::internal
