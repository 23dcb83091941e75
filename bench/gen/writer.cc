#include "bench/gen/writer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <deque>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>
#include <xxhash.h>

#include "bench/gen/figures.h"
#include "bench/gen/numbers.h"
#include "bench/gen/patterns.h"
#include "bench/gen/rng.h"
#include "bench/gen/spelling.h"

namespace sitrep::gen {
namespace {

enum class CueKind { kPost, kInverted, kColon, kMore, kSocial, kCall, kThat };

struct WeightedWord {
  std::string_view word;
  double weight;
};

// Cue verbs by outlet voice and position. Wires say "said"; feature writers vary;
// machine-translated copy reaches for "affirmed" and "indicated".
const std::vector<WeightedWord>& CueWords(Voice voice, CueKind kind) {
  using W = std::vector<WeightedWord>;
  static const W kWirePost = {{"said", 8}, {"told reporters", 1}, {"added", 1}};
  static const W kFeaturePost = {{"said", 4},          {"warned", 1},   {"stressed", 1},
                                 {"insisted", 1},      {"noted", 1},    {"told reporters", 1},
                                 {"acknowledged", 1},  {"explained", 1}, {"argued", 1},
                                 {"told journalists", 1}, {"cautioned", 1}};
  static const W kTranslatedPost = {{"said", 2},       {"affirmed", 1},  {"indicated", 1},
                                    {"pointed out", 1}, {"declared", 1}, {"confirmed", 1},
                                    {"stressed", 1},    {"considered", 1}};
  static const W kWireInv = {{"said", 8}, {"added", 1}};
  static const W kFeatureInv = {{"said", 4},   {"added", 1},    {"warned", 1},
                                {"insisted", 1}, {"noted", 1}, {"explained", 1}};
  static const W kTranslatedInv = {{"said", 2}, {"declared", 1}, {"affirmed", 1}, {"added", 1}};
  static const W kWireColon = {{"said", 6}, {"added", 1}};
  static const W kFeatureColon = {{"said", 3}, {"warned", 1}, {"added", 1}, {"stressed", 1},
                                  {"declared", 1}};
  static const W kTranslatedColon = {{"said", 2}, {"declared", 1}, {"affirmed", 1},
                                     {"stressed", 1}};
  static const W kMore = {{"added", 4}, {"continued", 1}, {"went on", 1}, {"stressed", 1},
                          {"said", 2},  {"noted", 1}};
  static const W kSocial = {{"wrote", 3}, {"posted", 1}, {"said", 1}};
  static const W kCall = {{"called", 3}, {"branded", 1}, {"labelled", 1}};
  static const W kWireThat = {{"said", 6}, {"told reporters", 1}, {"added", 1}};
  static const W kFeatureThat = {{"said", 3},       {"stressed", 1},     {"warned", 1},
                                 {"insisted", 1},   {"noted", 1},        {"acknowledged", 1},
                                 {"argued", 1},     {"told reporters", 1}, {"claimed", 1}};
  static const W kTranslatedThat = {{"said", 2},     {"indicated", 1}, {"affirmed", 1},
                                    {"pointed out", 1}, {"considered", 1}};
  switch (kind) {
    case CueKind::kPost:
      return voice == Voice::kWire ? kWirePost
                                   : voice == Voice::kFeature ? kFeaturePost : kTranslatedPost;
    case CueKind::kInverted:
      return voice == Voice::kWire ? kWireInv
                                   : voice == Voice::kFeature ? kFeatureInv : kTranslatedInv;
    case CueKind::kColon:
      return voice == Voice::kWire ? kWireColon
                                   : voice == Voice::kFeature ? kFeatureColon : kTranslatedColon;
    case CueKind::kMore: return kMore;
    case CueKind::kSocial: return kSocial;
    case CueKind::kCall: return kCall;
    case CueKind::kThat:
      return voice == Voice::kWire ? kWireThat
                                   : voice == Voice::kFeature ? kFeatureThat : kTranslatedThat;
  }
  return kWirePost;
}

std::string_view PickWord(Rng& rng, const std::vector<WeightedWord>& words) {
  double total = 0;
  for (const WeightedWord& w : words) total += w.weight;
  double x = rng.Unit() * total;
  for (const WeightedWord& w : words) {
    if (x < w.weight) return w.word;
    x -= w.weight;
  }
  return words.back().word;
}

std::string Bare(const std::string& name) {
  return name.rfind("the ", 0) == 0 ? name.substr(4) : name;
}

// Upper case for datelines: ASCII plus the Latin-1 and Latin Extended-A letters that
// place names use ("KRAKÓW", "CHIȘINĂU" keeps its comma-below letters as they are).
std::string UpperPlace(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      continue;
    }
    if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) {
        cp -= 0x20;
      } else if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) {
        cp &= ~1u;
      } else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
        if (cp % 2 == 0) cp -= 1;
      }
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// Blocks an article body is made of.
enum class Block {
  kQuote,
  kReported,
  kFragment,
  kClaim,
  kConflict,
  kPrevious,
  kBackground,
  kContext,
  kReaction,
  kWitness,
  kSubhead,
  kEventFigure,
};

// Indexes of the quote layouts by shape, built once.
struct LayoutIndex {
  // [form][appositive][continuation]
  std::vector<int> by[6][2][2];
  LayoutIndex() {
    const std::vector<QuoteLayout>& layouts = Patterns().quotes;
    for (size_t i = 0; i < layouts.size(); ++i) {
      const QuoteLayout& l = layouts[i];
      by[static_cast<int>(l.form)][l.appositive][l.continuation].push_back(static_cast<int>(i));
    }
  }
};

const LayoutIndex& Layouts() {
  static const LayoutIndex index;
  return index;
}

// A statement ready to be laid out: its words whole and in the parts layouts use.
struct Composed {
  std::string text;  // without the final period
  std::string q1;    // split forms, when available
  std::string q2;
  bool sentence_split = false;
  bool comma_split = false;
};

Composed Prepare(const std::vector<std::string>& sentences) {
  Composed c;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) c.text += ' ';
    c.text += sentences[i];
  }
  auto strip = [](std::string s) {
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  c.text = strip(c.text);
  if (sentences.size() > 1) {
    c.sentence_split = true;
    c.q1 = strip(sentences[0]);
    for (size_t i = 1; i < sentences.size(); ++i) {
      if (i > 1) c.q2 += ' ';
      c.q2 += sentences[i];
    }
    c.q2 = strip(c.q2);
  } else {
    const size_t comma = c.text.find(", ");
    if (comma != std::string::npos && comma > 8 && c.text.size() - comma > 10) {
      c.comma_split = true;
      c.q1 = c.text.substr(0, comma);
      c.q2 = c.text.substr(comma + 2);
    }
  }
  return c;
}

// Splits a statement into sentences at ". " followed by a capital.
std::vector<std::string> SentencesOf(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '.' && text[i + 1] == ' ' && text[i + 2] >= 'A' && text[i + 2] <= 'Z') {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  out.push_back(text.substr(start) + ".");
  return out;
}

const std::vector<const Source*>& Outlets() {
  static const std::vector<const Source*> outlets = [] {
    std::vector<const Source*> out;
    for (const Source& s : Sources()) {
      if (s.kind == SourceKind::kNewspaper || s.kind == SourceKind::kBroadcaster) {
        out.push_back(&s);
      }
    }
    return out;
  }();
  return outlets;
}

class Writer final : public TemplateSink {
 public:
  Writer(const WriteRequest& request, Rng& rng)
      : r_(request),
        rng_(rng),
        src_(*request.source),
        s_(*request.storyline),
        kind_(*s_.kind),
        ev_(request.event),
        ctx_(request.event) {
    source_index_ = static_cast<uint64_t>(r_.source - Sources().data());
    const FigureSpec& figure = kind_.actions[ev_->action].figure;
    one_off_qualifiers_ = QualifiersFacing(figure.qualifiers, rng_.Chance(0.5) ? 1 : -1);
    introduced_.reserve(16);
  }

  WrittenArticle Write();

  void Text(std::string_view text) override;
  void Fill(Slot slot) override;

 private:
  enum class Mode { kSentence, kTitle, kFlat };

  // --- building sentences ---
  Sentence Build(const Template& t);
  // A sentence of reporting (not a lead, not a quote), now and then with an adverbial
  // opening: "Meanwhile, health workers say ...".
  Sentence Narrative(const Template& t);
  // A template of `bank` this article has not used yet, or nullptr: a story does not
  // repeat a sentence of background.
  const Template* Unused(const std::vector<Template>& bank);
  // Adds a sentence from an unused template of `bank`, as a new paragraph or at the end
  // of the last one; false when the bank is used up.
  bool AddFrom(const std::vector<Template>& bank, bool opener, bool append);
  void Add(PieceKind kind, int16_t ref, std::string_view text);
  void Plain(std::string_view text) { Text(text); }
  void AddParagraph(Sentence s, ParagraphRole role = ParagraphRole::kBody);
  void AppendToLast(Sentence s);
  std::string Flat(const Template& t);

  // --- mentions ---
  std::string Mention(const Entity& e);
  std::string Short(const Entity& e) const;
  std::string Adjective(const Entity& e) const;
  std::string Appositive(const Entity& e);
  bool Introduced(const Entity* e) const;
  void MarkIntroduced(const Entity* e);
  const Entity& Party(int i) const { return s_.entities[s_.parties[i]]; }
  std::string Attribution(int party);

  // --- figures, claims, times ---
  void AddFigure(const FigureSpec& spec, double value, const std::string& currency, int claim,
                 std::string_view owner);
  double EventValue(const Event& ev, int* claim) const;
  int Camp(int claim) const {
    return static_cast<int>(Rng::Derive(source_index_, static_cast<uint64_t>(claim)) & 1);
  }
  double ClaimValue(const ClaimGroup& g, int claim_index) const;
  void AddTime(Day day);
  std::string Since() const;
  std::string Gap(Day from, Day to) const;

  // --- quotes ---
  std::string Cue(CueKind kind) { return std::string(PickWord(rng_, CueWords(src_.voice, kind))); }
  bool Compose(const Entity& speaker, Composed* out);
  bool QuoteBlock(const Entity& speaker, bool allow_continuation);
  void ReportedBlock(const Entity& speaker);
  void FragmentBlock(const Entity& speaker);
  void ContinuationSentence(const Entity& speaker, bool new_paragraph);
  const Entity* NextSpeaker();
  const Entity* ReactionSpeaker();
  const Entity& MakeWitness();
  // A fragment or reported clause the speaker's side would say, or -1 if none.
  int PickSided(const Entity& speaker, const std::vector<int8_t>& sides);
  void Remember(const Entity& speaker, const std::string& text);
  const Template& Layout(QuoteForm form, bool appositive, bool continuation);
  bool NeedsAppositive(const Entity& e) const;

  // --- blocks ---
  void Lead();
  void Second();
  void Body(Block block);
  bool ClaimSentence(bool allow_generic);
  void ConflictSentence();
  Block DrawBlock();
  void Title();
  void Dateline();
  void Boilerplate();

  const WriteRequest& r_;
  Rng& rng_;
  const Source& src_;
  const Storyline& s_;
  const KindSpec& kind_;
  const Event* ev_;
  const Event* ctx_;  // the event whose slots are being filled ({place}, {fig})
  uint64_t source_index_ = 0;
  Mode mode_ = Mode::kSentence;
  Sentence* cur_ = nullptr;
  std::string flat_;
  Draft draft_;
  WrittenArticle out_;
  std::vector<const Entity*> introduced_;
  std::vector<std::string> used_sentences_;
  std::vector<int> used_patterns_;
  std::vector<std::string> one_off_qualifiers_;  // figures outside any claim group
  std::vector<std::string> compose_sentences_;  // scratch space for Compose
  std::string compose_joined_;
  std::deque<Entity> locals_;  // witnesses: stable addresses while the article lives
  size_t borrowed_next_ = 0;
  size_t speaker_next_ = 0;
  int direct_quotes_ = 0;
  bool used_conflict_ = false;
  bool used_subhead_ = false;
  // Context for the slot being filled.
  const Entity* speaker_ = nullptr;
  int16_t quote_ref_ = -1;
  Composed quote_;
  std::string fragment_;
  std::string reported_;
  int claim_ = -1;
  int conflict_claim_ = -1;
  const Event* prev_ = nullptr;
  int place2_ = -1;
};

// ---------------------------------------------------------------------------
// Building sentences

void Writer::Text(std::string_view text) {
  if (text.empty()) return;
  if (mode_ == Mode::kFlat) {
    flat_.append(text);
    return;
  }
  Sentence& s = *cur_;
  // An empty slot between two spaces, or before punctuation, leaves a double space.
  if (!s.text.empty() && s.text.back() == ' ' &&
      (text[0] == ' ' || text[0] == ',' || text[0] == '.')) {
    if (s.pieces.back().kind == PieceKind::kPlain) {
      s.text.pop_back();
      if (--s.pieces.back().end == s.pieces.back().begin) s.pieces.pop_back();
    } else if (text[0] == ' ') {
      text.remove_prefix(1);
    }
  }
  s.Append(PieceKind::kPlain, -1, text);
}

void Writer::Add(PieceKind kind, int16_t ref, std::string_view text) {
  if (mode_ == Mode::kFlat) {
    flat_ += text;
    return;
  }
  cur_->Append(kind, ref, text);
}

Sentence Writer::Build(const Template& t) {
  Sentence s;
  s.pattern = static_cast<int16_t>(t.pattern_id);
  s.pieces.reserve(8);
  s.text.reserve(160);
  Sentence* saved = cur_;
  cur_ = &s;
  Expand(t.nodes(), rng_, *this, src_.british);
  cur_ = saved;
  CapitalizeSentence(s);
  return s;
}

const Template* Writer::Unused(const std::vector<Template>& bank) {
  if (bank.empty()) return nullptr;
  const size_t start = rng_.Below(bank.size());
  for (size_t i = 0; i < bank.size(); ++i) {
    const Template& t = bank[(start + i) % bank.size()];
    if (std::find(used_patterns_.begin(), used_patterns_.end(), t.pattern_id) ==
        used_patterns_.end()) {
      used_patterns_.push_back(t.pattern_id);
      return &t;
    }
  }
  return nullptr;
}

bool Writer::AddFrom(const std::vector<Template>& bank, bool opener, bool append) {
  const Template* t = Unused(bank);
  if (t == nullptr) return false;
  Sentence s = opener ? Narrative(*t) : Build(*t);
  if (append) {
    AppendToLast(std::move(s));
  } else {
    AddParagraph(std::move(s));
  }
  return true;
}

Sentence Writer::Narrative(const Template& t) {
  Sentence s = Build(t);
  if (mode_ != Mode::kSentence || !rng_.Chance(0.3) || s.pieces.empty()) return s;
  // Lower-case the old first word only when it is ordinary text ("The disease" ->
  // "the disease"), never a name ("The Hague", "NATO"), and leave sentences that open
  // with an adverbial of their own ("In total, ...") alone.
  const Piece& first = s.pieces.front();
  if (first.kind != PieceKind::kPlain || s.text.size() < 2 || s.text[1] < 'a' ||
      s.text[1] > 'z' || s.text.substr(0, 24).find(',') != std::string::npos) {
    return s;
  }
  s.text[0] = static_cast<char>(s.text[0] >= 'A' && s.text[0] <= 'Z' ? s.text[0] + 32 : s.text[0]);
  const std::vector<Template>& openers = Patterns().openers;
  Sentence out = Build(openers[rng_.Below(openers.size())]);
  out.Append(s);
  out.pattern = s.pattern;
  return out;
}

std::string Writer::Flat(const Template& t) {
  const Mode saved = mode_;
  mode_ = Mode::kFlat;
  flat_.clear();
  Expand(t.nodes(), rng_, *this, src_.british);
  mode_ = saved;
  std::string text = std::move(flat_);
  flat_.clear();
  return text;
}

void Writer::AddParagraph(Sentence s, ParagraphRole role) {
  Paragraph p;
  p.role = role;
  p.sentences.push_back(std::move(s));
  draft_.paragraphs.push_back(std::move(p));
}

void Writer::AppendToLast(Sentence s) {
  if (draft_.paragraphs.empty()) {
    AddParagraph(std::move(s));
    return;
  }
  draft_.paragraphs.back().sentences.push_back(std::move(s));
}

// ---------------------------------------------------------------------------
// Mentions

bool Writer::Introduced(const Entity* e) const {
  return std::find(introduced_.begin(), introduced_.end(), e) != introduced_.end();
}

void Writer::MarkIntroduced(const Entity* e) {
  if (!Introduced(e)) introduced_.push_back(e);
}

std::string Writer::Short(const Entity& e) const {
  switch (e.type) {
    case Entity::Type::kCountry:
      return e.spellings[static_cast<size_t>(src_.spelling) % e.spellings.size()];
    case Entity::Type::kOrganization:
      if (mode_ == Mode::kTitle) return e.abbreviation.empty() ? e.canonical : Bare(e.abbreviation);
      if (!e.abbreviation.empty()) return e.abbreviation;
      return (e.article ? "the " : "") + e.canonical;
    case Entity::Type::kPerson:
      return e.last;
  }
  return e.canonical;
}

std::string Writer::Adjective(const Entity& e) const {
  if (e.type == Entity::Type::kCountry) return e.adjective;
  if (!e.abbreviation.empty()) return Bare(e.abbreviation);
  return e.canonical;
}

std::string Writer::Mention(const Entity& e) {
  if (mode_ != Mode::kSentence) return Short(e);
  const bool first = !Introduced(&e);
  MarkIntroduced(&e);
  switch (e.type) {
    case Entity::Type::kCountry:
      return Short(e);
    case Entity::Type::kOrganization: {
      const std::string full = (e.article ? "the " : "") + e.canonical;
      if (first) {
        if (e.abbreviation.empty()) return full;
        const double r = rng_.Unit();
        if (r < 0.35) return full + " (" + Bare(e.abbreviation) + ")";
        if (r < 0.6) return full;
        return e.abbreviation;
      }
      if (!e.abbreviation.empty() && rng_.Chance(0.6)) return e.abbreviation;
      return rng_.Chance(0.5) ? e.nominal : full;
    }
    case Entity::Type::kPerson: {
      if (first) {
        std::string title = e.title;
        LocalizeSpelling(title, src_.british);
        std::string out;
        if (!e.prefix.empty() && !title.empty()) out = e.prefix + " ";
        if (!title.empty()) out += title + " ";
        return out + e.first + " " + e.last;
      }
      if ((src_.british || src_.voice == Voice::kFeature) && rng_.Chance(0.2)) {
        return std::string(e.female ? "Ms" : "Mr") + (src_.british ? " " : ". ") + e.last;
      }
      return e.last;
    }
  }
  return e.canonical;
}

std::string Writer::Appositive(const Entity& e) {
  MarkIntroduced(&e);
  std::string role = e.role;
  LocalizeSpelling(role, src_.british);
  std::string tail;
  if (role.rfind("a ", 0) == 0 || role.rfind("an ", 0) == 0 || role.rfind("the ", 0) == 0) {
    tail = role;
  } else if (!e.party_possessive.empty() && rng_.Chance(0.5)) {
    tail = e.party_possessive + " " + role;
  } else if (!e.prefix.empty()) {
    tail = "the " + e.prefix + " " + role;
  } else {
    tail = "the " + role;
  }
  return e.first + " " + e.last + ", " + tail;
}

bool Writer::NeedsAppositive(const Entity& e) const {
  return e.is_person() && e.title.empty() && !Introduced(&e);
}

std::string Writer::Attribution(int party) {
  if (party < 0) party = static_cast<int>(rng_.Below(4));
  // Half the time a named official of the party gives the figure.
  if (rng_.Chance(0.5)) {
    std::vector<const Entity*> officials;
    for (int idx : s_.people) {
      const Entity& p = s_.entities[idx];
      if (p.party == party && !p.title.empty()) officials.push_back(&p);
    }
    if (!officials.empty()) return Mention(*officials[rng_.Below(officials.size())]);
  }
  return Mention(Party(party));
}

// ---------------------------------------------------------------------------
// Figures, claims and times

void Writer::AddFigure(const FigureSpec& spec, double value, const std::string& currency,
                       int claim, std::string_view owner) {
  const std::vector<std::string>& qualifiers =
      claim >= 0 ? r_.world->claims[claim].qualifiers : one_off_qualifiers_;
  const std::string& qualifier = qualifiers[rng_.Below(qualifiers.size())];
  FigureSurface f = WriteFigure(rng_, spec, value, currency, qualifier, src_);
  if (mode_ != Mode::kSentence) {
    Add(PieceKind::kFixed, -1, f.text);
    return;
  }
  FigureFact fact;
  fact.value = f.value;
  fact.qualifier = f.qualifier;
  fact.unit = f.unit;
  fact.counted = spec.counted;
  fact.owner = owner;
  fact.claim = claim;
  fact.converted_value = f.converted_value;
  fact.converted_unit = f.converted_unit;
  const auto ref = static_cast<int16_t>(draft_.figures.size());
  draft_.figures.push_back(std::move(fact));
  Add(PieceKind::kFigure, ref, f.text);
}

double Writer::ClaimValue(const ClaimGroup& g, int claim_index) const {
  switch (g.status) {
    case ClaimStatus::kAgree: return g.value_a;
    case ClaimStatus::kConflict: return Camp(claim_index) == 0 ? g.value_a : g.value_b;
    case ClaimStatus::kChanged: {
      const size_t k = std::min<size_t>(static_cast<size_t>(ev_->index), g.by_event.size() - 1);
      return g.by_event[k];
    }
  }
  return g.value_a;
}

double Writer::EventValue(const Event& ev, int* claim) const {
  *claim = ev.claim;
  if (ev.claim < 0 || r_.world == nullptr) return r_.one_off_value;
  return ClaimValue(r_.world->claims[ev.claim], ev.claim);
}

void Writer::AddTime(Day day) {
  const Day reference = r_.published_day;
  bool absolute = false;
  std::string text = DateExpression(day, reference, src_.dates, rng_.Next(), &absolute);
  if (mode_ != Mode::kSentence) {
    Add(PieceKind::kFixed, -1, std::move(text));
    return;
  }
  const auto ref = static_cast<int16_t>(draft_.times.size());
  draft_.times.push_back({day, absolute});
  Add(PieceKind::kTime, ref, std::move(text));
}

std::string Writer::Since() const {
  const Day days = r_.published_day - s_.start;
  if (days < 7) return "on " + std::string(WeekdayName(Weekday(s_.start)));
  if (days < 14) return "last week";
  const CivilDate c = CivilFromDay(s_.start);
  const char* part = c.day <= 10 ? "early " : c.day <= 20 ? "mid-" : "late ";
  return std::string("in ") + part + MonthName(c.month);
}

std::string Writer::Gap(Day from, Day to) const {
  const Day d = to - from;
  if (d <= 1) return "a day";
  if (d < 7) return IntegerWords(d) + " days";
  if (d == 7) return "a week";
  if (d < 14) return "more than a week";
  if (d < 21) return "two weeks";
  return "several weeks";
}

// ---------------------------------------------------------------------------
// Slots

void Writer::Fill(Slot slot) {
  const Event& ctx = *ctx_;
  const ActionSpec& action = kind_.actions[ctx.action];
  auto verb = [&](int form) {
    size_t start = 0;
    for (int i = 0; i < form; ++i) start = action.verb.find('|', start) + 1;
    const size_t end = action.verb.find('|', start);
    return std::string_view(action.verb)
        .substr(start, end == std::string::npos ? end : end - start);
  };
  auto act = [&](int form) {
    Text(verb(form));
    Text(" ");
    Expand(action.object_t.front().nodes(), rng_, *this, src_.british);
  };
  auto with_event = [&](const Event* e, auto&& fn) {
    const Event* saved = ctx_;
    ctx_ = e;
    fn();
    ctx_ = saved;
  };
  auto quote_piece = [&](const std::string& text) {
    Add(PieceKind::kQuote, quote_ref_, text);
  };
  switch (slot) {
    case Slot::k_subj: Add(PieceKind::kName, -1, Mention(s_.entities[ctx.subject])); break;
    case Slot::k_p0: Add(PieceKind::kName, -1, Mention(Party(0))); break;
    case Slot::k_p1: Add(PieceKind::kName, -1, Mention(Party(1))); break;
    case Slot::k_p2: Add(PieceKind::kName, -1, Mention(Party(2))); break;
    case Slot::k_p3: Add(PieceKind::kName, -1, Mention(Party(3))); break;
    case Slot::k_p0s: Add(PieceKind::kName, -1, Possessive(Mention(Party(0)))); break;
    case Slot::k_p1s: Add(PieceKind::kName, -1, Possessive(Mention(Party(1)))); break;
    case Slot::k_p2s: Add(PieceKind::kName, -1, Possessive(Mention(Party(2)))); break;
    case Slot::k_p3s: Add(PieceKind::kName, -1, Possessive(Mention(Party(3)))); break;
    case Slot::k_p0adj: Add(PieceKind::kName, -1, Adjective(Party(0))); break;
    case Slot::k_p1adj: Add(PieceKind::kName, -1, Adjective(Party(1))); break;
    case Slot::k_p2adj: Add(PieceKind::kName, -1, Adjective(Party(2))); break;
    case Slot::k_p3adj: Add(PieceKind::kName, -1, Adjective(Party(3))); break;
    case Slot::k_country:
      Add(PieceKind::kName, -1, SpellingFor(s_.home->name, src_));
      break;
    case Slot::k_countrys:
      Add(PieceKind::kName, -1, Possessive(SpellingFor(s_.home->name, src_)));
      break;
    case Slot::k_countryadj: Add(PieceKind::kName, -1, s_.home->adjective); break;
    case Slot::k_people: Text(s_.home->demonym); break;
    case Slot::k_place: Add(PieceKind::kName, -1, SpellingFor(s_.places[ctx.place], src_)); break;
    case Slot::k_place2: {
      // The article's second place stays the same wherever it is mentioned.
      if (place2_ < 0) {
        size_t i = s_.places.size() > 1 ? 1 + rng_.Below(s_.places.size() - 1) : 0;
        if (i == static_cast<size_t>(ev_->place)) i = 0;
        place2_ = static_cast<int>(i);
      }
      Add(PieceKind::kName, -1, SpellingFor(s_.places[place2_], src_));
      break;
    }
    case Slot::k_capital: Add(PieceKind::kName, -1, SpellingFor(s_.home->capital, src_)); break;
    case Slot::k_topic: Text(s_.topic); break;
    case Slot::k_when: AddTime(ctx.day); break;
    case Slot::k_prev_when:
      if (prev_) AddTime(prev_->day);
      break;
    case Slot::k_prev_gap:
      if (prev_) Text(Gap(prev_->day, ctx.day));
      break;
    case Slot::k_since: Add(PieceKind::kFixed, -1, Since()); break;
    case Slot::k_action: act(1); break;
    case Slot::k_action_pres: act(0); break;
    case Slot::k_action_pp: act(2); break;
    case Slot::k_action_ing: act(3); break;
    case Slot::k_action_base: act(4); break;
    case Slot::k_action_noun:
      Expand(action.noun_t.front().nodes(), rng_, *this, src_.british);
      break;
    case Slot::k_prev_subj:
      if (prev_) Add(PieceKind::kName, -1, Mention(s_.entities[prev_->subject]));
      break;
    case Slot::k_prev_action:
      if (prev_) with_event(prev_, [&] { Fill(Slot::k_action); });
      break;
    case Slot::k_prev_action_pp:
      if (prev_) with_event(prev_, [&] { Fill(Slot::k_action_pp); });
      break;
    case Slot::k_prev_noun:
      if (prev_) with_event(prev_, [&] { Fill(Slot::k_action_noun); });
      break;
    case Slot::k_crisis: Text(s_.crisis[rng_.Below(s_.crisis.size())]); break;
    case Slot::k_tail:
      Expand(kind_.tails_t[rng_.Below(kind_.tails_t.size())].nodes(), rng_, *this,
             src_.british);
      break;
    case Slot::k_fig: {
      if (action.figure.empty()) break;
      int claim = -1;
      const double value = EventValue(ctx, &claim);
      const std::string currency =
          claim >= 0 ? r_.world->claims[claim].currency : r_.one_off_currency;
      const std::string_view owner = action.figure.owner >= 0
                                         ? std::string_view(Party(action.figure.owner).canonical)
                                         : std::string_view();
      AddFigure(action.figure, value, currency, claim, owner);
      break;
    }
    case Slot::k_fig_noun:
      if (!action.figure.nouns.empty()) {
        Text(action.figure.nouns[rng_.Below(action.figure.nouns.size())]);
      }
      break;
    case Slot::k_claim: {
      const ClaimGroup& g = r_.world->claims[claim_];
      AddFigure(*g.spec, ClaimValue(g, claim_), g.currency, claim_, g.owner);
      break;
    }
    case Slot::k_claim_noun: {
      const ClaimGroup& g = r_.world->claims[claim_];
      Text(g.spec->nouns[rng_.Below(g.spec->nouns.size())]);
      break;
    }
    case Slot::k_claim_what: Text(r_.world->claims[claim_].spec->counted); break;
    case Slot::k_claim_attrib: {
      const ClaimGroup& g = r_.world->claims[claim_];
      // Conflicting figures come from the article's camp; others from the parties a
      // figure would come from (never an outside power commenting from afar).
      int party = g.status == ClaimStatus::kConflict ? (Camp(claim_) == 0 ? g.party_a : g.party_b)
                  : g.claim != nullptr && g.claim->source_a >= 0 && rng_.Chance(0.5)
                      ? g.claim->source_a
                      : static_cast<int>(rng_.Below(3));
      if (party < 0) party = 0;
      Add(PieceKind::kName, -1, Attribution(party));
      break;
    }
    case Slot::k_claim_a:
    case Slot::k_claim_b: {
      const ClaimGroup& g = r_.world->claims[conflict_claim_];
      const double v = slot == Slot::k_claim_a ? g.value_a : g.value_b;
      AddFigure(*g.spec, v, g.currency, conflict_claim_, g.owner);
      break;
    }
    case Slot::k_attrib_a:
    case Slot::k_attrib_b: {
      const ClaimGroup& g = r_.world->claims[conflict_claim_];
      Add(PieceKind::kName, -1, Attribution(slot == Slot::k_attrib_a ? g.party_a : g.party_b));
      break;
    }
    case Slot::k_spk: Add(PieceKind::kName, -1, Mention(*speaker_)); break;
    case Slot::k_spk_app:
      Add(PieceKind::kName, -1,
          Introduced(speaker_) || !speaker_->is_person() ? Mention(*speaker_)
                                                         : Appositive(*speaker_));
      break;
    case Slot::k_spk_role:
      Add(PieceKind::kName, -1,
          speaker_->is_person() ? "the " + speaker_->short_role : speaker_->nominal);
      break;
    case Slot::k_pron:
      Text(!speaker_->is_person() ? "it" : speaker_->female ? "she" : "he");
      break;
    case Slot::k_other: {
      std::vector<const Entity*> titled;
      for (int idx : s_.people) {
        const Entity& p = s_.entities[idx];
        if (&p != speaker_ && !p.title.empty()) titled.push_back(&p);
      }
      const Entity& who = titled.empty() ? Party(static_cast<int>(rng_.Below(4)))
                                         : *titled[rng_.Below(titled.size())];
      Add(PieceKind::kName, -1, Mention(who));
      break;
    }
    case Slot::k_outlet: {
      const Source* outlet = Outlets()[rng_.Below(Outlets().size())];
      if (outlet == &src_) outlet = Outlets().front();
      Add(PieceKind::kName, -1, outlet->name);
      break;
    }
    case Slot::k_cue: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kPost)); break;
    case Slot::k_cue_inv: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kInverted)); break;
    case Slot::k_cue_colon: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kColon)); break;
    case Slot::k_cue_more: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kMore)); break;
    case Slot::k_cue_acc: Add(PieceKind::kCue, quote_ref_, "according to"); break;
    case Slot::k_cue_post: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kSocial)); break;
    case Slot::k_cue_call: {
      std::string cue = Cue(CueKind::kCall);
      if (cue == "labelled" && !src_.british) cue = "labeled";
      Add(PieceKind::kCue, quote_ref_, std::move(cue));
      break;
    }
    case Slot::k_cue_that: Add(PieceKind::kCue, quote_ref_, Cue(CueKind::kThat)); break;
    case Slot::k_oq:
    case Slot::k_cq: {
      const bool open = slot == Slot::k_oq;
      const char* mark = "\"";
      if (src_.quotes == QuoteStyle::kCurly) mark = open ? "\u201c" : "\u201d";
      if (src_.quotes == QuoteStyle::kGuillemets) mark = open ? "\u00ab" : "\u00bb";
      Add(PieceKind::kMark, -1, mark);
      break;
    }
    case Slot::k_q: quote_piece(quote_.text); break;
    case Slot::k_q1: quote_piece(quote_.q1); break;
    case Slot::k_q2: quote_piece(quote_.q2); break;
    case Slot::k_qf: quote_piece(fragment_); break;
    case Slot::k_rep: quote_piece(reported_); break;
    case Slot::kCount: break;
  }
}

// ---------------------------------------------------------------------------
// Quotes

const Template& Writer::Layout(QuoteForm form, bool appositive, bool continuation) {
  const std::vector<int>& candidates =
      Layouts().by[static_cast<int>(form)][appositive][continuation];
  if (candidates.empty()) throw std::logic_error("no quote layout for the requested shape");
  return Patterns().quotes[candidates[rng_.Below(candidates.size())]].pattern;
}

bool Writer::Compose(const Entity& speaker, Composed* out) {
  const size_t stance = StanceIndex(speaker.stance);
  const std::vector<Template>& own = kind_.quotes_t[stance];
  const std::vector<Template>& common = Patterns().statements[stance];
  const size_t total = own.size() + common.size();
  if (total == 0) return false;
  std::vector<std::string>& sentences = compose_sentences_;
  std::string& joined = compose_joined_;
  for (int attempt = 0; attempt < 6; ++attempt) {
    // Longer statements on later attempts: they are less likely to have been used.
    size_t n = attempt == 0 ? (rng_.Chance(0.45) ? 1 : 2) : (attempt < 3 ? 2 : 3);
    n = std::min(n, total);
    sentences.resize(n);
    std::array<size_t, 3> picked{};
    for (size_t k = 0; k < n; ++k) {
      size_t i;
      do {
        // The kind's own statements carry the storyline's substance: favour them.
        if (!own.empty() && (common.empty() || rng_.Chance(0.6))) {
          i = rng_.Below(own.size());
        } else {
          i = own.size() + rng_.Below(common.size());
        }
      } while (std::find(picked.begin(), picked.begin() + static_cast<long>(k), i) !=
               picked.begin() + static_cast<long>(k));
      picked[k] = i;
      const Template& t = i < own.size() ? own[i] : common[i - own.size()];
      const std::string* literal = t.Literal(src_.british);
      if (literal != nullptr) {
        sentences[k].assign(*literal);
      } else {
        sentences[k] = Flat(t);
      }
    }
    // No sentence twice in one article, even inside different statements.
    bool seen = false;
    for (const std::string& sentence : sentences) {
      seen = seen || std::find(used_sentences_.begin(), used_sentences_.end(), sentence) !=
                         used_sentences_.end();
    }
    if (seen) continue;
    joined.clear();
    for (size_t k = 0; k < n; ++k) {
      if (k > 0) joined += ' ';
      joined += sentences[k];
    }
    if (!joined.empty() && joined.back() == '.') joined.pop_back();
    if (r_.quoted != nullptr &&
        r_.quoted->count(StatementKey(speaker.canonical, joined)) > 0) {
      continue;
    }
    bool repeated = false;
    for (const Statement& st : out_.statements) {
      if (st.text == joined) repeated = true;
    }
    if (repeated) continue;
    used_sentences_.insert(used_sentences_.end(), sentences.begin(), sentences.end());
    *out = Prepare(sentences);
    return true;
  }
  return false;
}

bool Writer::QuoteBlock(const Entity& speaker, bool allow_continuation) {
  Composed c;
  bool borrowed = false;
  // Repeat the statements of an earlier article verbatim, by the same speaker.
  while (borrowed_next_ < r_.borrowed.size()) {
    const Statement& st = r_.borrowed[borrowed_next_++];
    if (st.speaker_name == speaker.canonical) {
      c = Prepare(SentencesOf(st.text));
      borrowed = true;
      break;
    }
  }
  if (!borrowed && !Compose(speaker, &c)) return false;
  speaker_ = &speaker;
  quote_ = c;
  const bool appositive = NeedsAppositive(speaker);
  std::vector<QuoteForm> forms = {QuoteForm::kWhole, QuoteForm::kWhole};
  if (c.sentence_split) forms.push_back(QuoteForm::kSentenceSplit);
  if (c.comma_split) forms.push_back(QuoteForm::kCommaSplit);
  QuoteForm form = forms[rng_.Below(forms.size())];
  if (appositive && form == QuoteForm::kCommaSplit) form = QuoteForm::kWhole;
  quote_ref_ = static_cast<int16_t>(draft_.quotes.size());
  draft_.quotes.push_back({speaker.canonical, true, c.text});
  Remember(speaker, c.text);
  ++direct_quotes_;
  AddParagraph(Build(Layout(form, appositive, false)));
  if (allow_continuation && speaker.is_person() && direct_quotes_ < 8 && rng_.Chance(0.35)) {
    ContinuationSentence(speaker, rng_.Chance(0.4));
  }
  return true;
}

void Writer::ContinuationSentence(const Entity& speaker, bool new_paragraph) {
  Composed c;
  if (!Compose(speaker, &c)) return;
  speaker_ = &speaker;
  quote_ = c;
  // A bare follow-up quote only reads right in the same paragraph.
  const QuoteForm form =
      !new_paragraph && rng_.Chance(0.3) ? QuoteForm::kBare : QuoteForm::kWhole;
  quote_ref_ = static_cast<int16_t>(draft_.quotes.size());
  draft_.quotes.push_back({speaker.canonical, true, c.text});
  Remember(speaker, c.text);
  ++direct_quotes_;
  Sentence s = Build(Layout(form, false, true));
  s.binds_previous = true;
  if (new_paragraph) {
    AddParagraph(std::move(s));
  } else {
    AppendToLast(std::move(s));
  }
}

int Writer::PickSided(const Entity& speaker, const std::vector<int8_t>& sides) {
  const int subject_party = kind_.actions[ev_->action].subject;
  const bool acting_side = &speaker == &s_.entities[ev_->subject] ||
                           (speaker.is_person() && speaker.party == subject_party);
  const int8_t wanted = acting_side ? 1 : -1;
  std::vector<int> ok;
  for (size_t i = 0; i < sides.size(); ++i) {
    if (sides[i] == 0 || sides[i] == wanted) ok.push_back(static_cast<int>(i));
  }
  return ok.empty() ? -1 : ok[rng_.Below(ok.size())];
}

void Writer::ReportedBlock(const Entity& speaker) {
  const unsigned bit = 1u << StanceIndex(speaker.stance);
  std::vector<int> ok;
  for (size_t i = 0; i < kind_.reported_stances.size(); ++i) {
    const uint8_t mask = kind_.reported_stances[i];
    if (mask == 0 || (mask & bit) != 0) ok.push_back(static_cast<int>(i));
  }
  if (ok.empty()) return;
  const int pick = ok[rng_.Below(ok.size())];
  speaker_ = &speaker;
  reported_ = Flat(kind_.reported_t[pick]);
  quote_ref_ = static_cast<int16_t>(draft_.quotes.size());
  draft_.quotes.push_back({speaker.canonical, false, ""});
  AddParagraph(Build(Layout(QuoteForm::kReported, NeedsAppositive(speaker), false)));
}

void Writer::FragmentBlock(const Entity& speaker) {
  const int pick = PickSided(speaker, kind_.fragments_side);
  if (pick < 0) return;
  speaker_ = &speaker;
  fragment_ = Flat(kind_.fragments_t[pick]);
  // Short phrases repeat easily; an independent article repeating one would share a
  // quote by accident, so a phrase already quoted from this speaker is not used again.
  if (r_.quoted != nullptr && r_.quoted->count(StatementKey(speaker.canonical, fragment_)) > 0) {
    return;
  }
  for (const Statement& st : out_.statements) {
    if (st.speaker == &speaker && st.text == fragment_) return;
  }
  quote_ref_ = static_cast<int16_t>(draft_.quotes.size());
  draft_.quotes.push_back({speaker.canonical, true, ""});
  Remember(speaker, fragment_);
  ++direct_quotes_;
  AddParagraph(Build(Layout(QuoteForm::kFragment, NeedsAppositive(speaker), false)));
}

const Entity* Writer::NextSpeaker() {
  if (ev_->speakers.empty()) return nullptr;
  // Now and then the institution itself speaks: "the ministry said in a statement".
  if (rng_.Chance(0.08)) {
    const Entity& subject = s_.entities[ev_->subject];
    if (!subject.is_person()) return &subject;
  }
  const int idx = ev_->speakers[speaker_next_++ % ev_->speakers.size()];
  return &s_.entities[idx];
}

const Entity* Writer::ReactionSpeaker() {
  std::vector<const Entity*> candidates;
  for (int idx : s_.people) {
    if (std::find(ev_->speakers.begin(), ev_->speakers.end(), idx) != ev_->speakers.end()) {
      continue;
    }
    candidates.push_back(&s_.entities[idx]);
  }
  if (candidates.empty()) return NextSpeaker();
  return candidates[rng_.Below(candidates.size())];
}

void Writer::Remember(const Entity& speaker, const std::string& text) {
  bool local = false;
  for (const Entity& w : locals_) local = local || &w == &speaker;
  out_.statements.push_back({&speaker, speaker.canonical, text, !local});
}

const Entity& Writer::MakeWitness() {
  Entity e = MakePerson(rng_, s_.home->names);
  e.stance = Stance::kWitness;
  const std::string& job = kind_.jobs[rng_.Below(kind_.jobs.size())];
  const int age = rng_.Range(19, 78);
  const std::string& place = SpellingFor(s_.places[ev_->place], src_);
  const char* article = std::string_view("aeiou").find(job[0]) != std::string_view::npos ||
                                job.rfind("IT ", 0) == 0
                            ? "an"
                            : "a";
  switch (rng_.Below(3)) {
    case 0: e.role = fmt::format("a {}-year-old {}", age, job); break;
    case 1: e.role = fmt::format("{} {} from {}", article, job, place); break;
    default: e.role = fmt::format("{} {} aged {}", article, job, age); break;
  }
  e.short_role = job;
  locals_.push_back(std::move(e));
  return locals_.back();
}

// ---------------------------------------------------------------------------
// Blocks

void Writer::Lead() {
  const bool kind_lead = !kind_.leads_t.empty() && rng_.Chance(0.5);
  const std::vector<Template>& bank = kind_lead ? kind_.leads_t : Patterns().leads;
  AddParagraph(Build(bank[rng_.Below(bank.size())]));
}

void Writer::Second() {
  const double r = rng_.Unit();
  const bool has_figure = !kind_.actions[ev_->action].figure.empty();
  if (r < 0.4) {
    AddFrom(Patterns().nut, false, false);
  } else if (r < 0.65 && has_figure) {
    Body(Block::kEventFigure);
  } else {
    Body(Block::kQuote);
  }
}

bool Writer::ClaimSentence(bool allow_generic) {
  if (s_.claims.empty()) return false;
  claim_ = s_.claims[rng_.Below(s_.claims.size())];
  const ClaimGroup& g = r_.world->claims[claim_];
  // The generic patterns say "the number of <counted>": only for head counts whose
  // description starts with what is counted ("people killed ...", not "size of ...").
  const std::string first_word = g.spec->counted.substr(0, g.spec->counted.find(' '));
  bool counts_heads = g.spec->unit == Unit::kCount;
  if (counts_heads) {
    counts_heads = false;
    for (const std::string& noun : g.spec->nouns) {
      counts_heads = counts_heads || noun.find(first_word) != std::string::npos;
    }
  }
  const bool generic = allow_generic && counts_heads && rng_.Chance(0.25);
  const std::vector<Template>& bank = generic ? Patterns().count_claim : g.claim->sentences_t;
  return AddFrom(bank, true, false);
}

void Writer::ConflictSentence() {
  for (int idx : s_.claims) {
    if (r_.world->claims[idx].status == ClaimStatus::kConflict) {
      conflict_claim_ = idx;
      used_conflict_ = true;
      AddParagraph(Build(Patterns().conflict[rng_.Below(Patterns().conflict.size())]));
      return;
    }
  }
}

Block Writer::DrawBlock() {
  bool has_conflict = false;
  if (r_.world != nullptr && !used_conflict_) {
    for (int idx : s_.claims) {
      if (r_.world->claims[idx].status == ClaimStatus::kConflict) has_conflict = true;
    }
  }
  const bool has_previous = ev_->index > 0 && r_.world != nullptr;
  const bool has_figure = !kind_.actions[ev_->action].figure.empty();
  const bool can_quote = direct_quotes_ < 8;
  const double weights[] = {
      can_quote ? 26.0 : 0.0,                         // kQuote
      6,                                              // kReported
      can_quote ? 4.0 : 0.0,                          // kFragment
      s_.claims.empty() ? 0.0 : 14.0,                 // kClaim
      has_conflict ? 4.0 : 0.0,                       // kConflict
      has_previous ? 10.0 : 0.0,                      // kPrevious
      kind_.background_t.empty() ? 0.0 : 7.0,         // kBackground
      10,                                             // kContext
      7,                                              // kReaction
      can_quote && !kind_.jobs.empty() ? 5.0 : 0.0,   // kWitness
      used_subhead_ || draft_.paragraphs.size() < 4 ? 0.0 : 3.0,  // kSubhead
      has_figure ? 4.0 : 0.0,                         // kEventFigure
  };
  return static_cast<Block>(rng_.Weighted(weights));
}

void Writer::Body(Block block) {
  switch (block) {
    case Block::kQuote: {
      // Borrowed statements go first, in their speakers' mouths.
      const Entity* speaker = borrowed_next_ < r_.borrowed.size()
                                  ? r_.borrowed[borrowed_next_].speaker
                                  : NextSpeaker();
      if (speaker == nullptr || !QuoteBlock(*speaker, true)) Body(Block::kContext);
      break;
    }
    case Block::kReported: {
      const Entity* speaker = NextSpeaker();
      if (speaker != nullptr) {
        ReportedBlock(*speaker);
      } else {
        Body(Block::kContext);
      }
      break;
    }
    case Block::kFragment: {
      const Entity* speaker = NextSpeaker();
      if (speaker != nullptr) {
        FragmentBlock(*speaker);
      } else {
        Body(Block::kContext);
      }
      break;
    }
    case Block::kClaim:
      if (ClaimSentence(true) && rng_.Chance(0.2)) AddFrom(kind_.context_t, true, true);
      break;
    case Block::kConflict:
      ConflictSentence();
      break;
    case Block::kPrevious: {
      // Usually the development just before; sometimes an earlier one.
      const int k = rng_.Chance(0.7)
                        ? ev_->index - 1
                        : static_cast<int>(rng_.Below(static_cast<uint64_t>(ev_->index)));
      prev_ = &r_.world->events[s_.events[k]];
      AddFrom(Patterns().previous, false, false);
      break;
    }
    case Block::kBackground:
      if (AddFrom(kind_.background_t, false, false) && rng_.Chance(0.25)) {
        AddFrom(kind_.context_t, true, true);
      }
      break;
    case Block::kContext: {
      const bool own = rng_.Chance(0.6);
      const std::vector<Template>& bank = own ? kind_.context_t : Patterns().context;
      const std::vector<Template>& other = own ? Patterns().context : kind_.context_t;
      const bool added = AddFrom(bank, true, false) || AddFrom(other, true, false);
      if (added && rng_.Chance(0.25)) AddFrom(other, true, true);
      break;
    }
    case Block::kReaction: {
      if (rng_.Chance(0.5) && direct_quotes_ < 8) {
        const Entity* speaker = ReactionSpeaker();
        if (speaker != nullptr && QuoteBlock(*speaker, true)) break;
      }
      AddFrom(kind_.reactions_t, true, false);
      break;
    }
    case Block::kWitness: {
      const Entity& witness = MakeWitness();
      if (!QuoteBlock(witness, true)) Body(Block::kContext);
      break;
    }
    case Block::kSubhead: {
      used_subhead_ = true;
      const bool own = !kind_.subheads.empty() && rng_.Chance(0.7);
      const std::vector<std::string>& bank = own ? kind_.subheads : Patterns().subheads;
      AddParagraph(OnePiece(PieceKind::kFixed, bank[rng_.Below(bank.size())]),
                   ParagraphRole::kSubhead);
      break;
    }
    case Block::kEventFigure: {
      const ActionSpec& action = kind_.actions[ev_->action];
      const std::vector<Template>& bank = Patterns().event_figure;
      const bool count = action.figure.unit == Unit::kCount && !action.figure.nouns.front().empty();
      if (count) {
        AddFrom(bank, true, false);
      } else if (std::find(used_patterns_.begin(), used_patterns_.end(),
                           bank.front().pattern_id) == used_patterns_.end()) {
        // Only the first pattern suits sums and shares; say it once.
        used_patterns_.push_back(bank.front().pattern_id);
        AddParagraph(Narrative(bank.front()));
      }
      break;
    }
  }
}

std::string TitleCase(const std::string& title) {
  static const std::array<std::string_view, 16> kSmall = {
      "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "as", "by", "with",
      "from", "near"};
  std::string out;
  out.reserve(title.size());
  size_t i = 0;
  bool first = true;
  while (i < title.size()) {
    size_t j = title.find(' ', i);
    if (j == std::string::npos) j = title.size();
    std::string word = title.substr(i, j - i);
    const bool small = std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
    if (!word.empty() && (first || !small) && word[0] >= 'a' && word[0] <= 'z') {
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    }
    out += word;
    if (j < title.size()) out += ' ';
    first = false;
    i = j + 1;
  }
  return out;
}

void Writer::Title() {
  const Mode saved = mode_;
  mode_ = Mode::kTitle;
  const bool own = !kind_.headlines_t.empty() && rng_.Chance(0.6);
  const std::vector<Template>& bank = own ? kind_.headlines_t : Patterns().headlines;
  // "... around Kismayo in Kismayo": no second place when the development names one.
  const bool names_place = kind_.actions[ev_->action].object_t.front().Uses(Slot::k_place);
  const Template* headline = &bank[rng_.Below(bank.size())];
  for (int attempt = 0; attempt < 8 && names_place && headline->Uses(Slot::k_place); ++attempt) {
    headline = &bank[rng_.Below(bank.size())];
  }
  if (names_place && headline->Uses(Slot::k_place)) headline = &Patterns().headlines.front();
  Sentence s = Build(*headline);
  mode_ = saved;
  std::string title = std::move(s.text);
  out_.plain_title = title;
  std::string kicker = kind_.label;
  if (!kicker.empty())
    kicker[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kicker[0])));
  out_.title = StyleTitle(title, src_, kicker, rng_);
}

void Writer::Dateline() {
  if (src_.dateline == DatelineStyle::kNone || rng_.Chance(0.08)) return;
  const double r = rng_.Unit();
  const PlaceName& place = r < 0.6 ? s_.places[ev_->place]
                                   : r < 0.85 ? s_.home->capital : s_.places[0];
  const std::string& city = SpellingFor(place, src_);
  draft_.dateline_place = place.canonical();
  const bool dated = r_.dated;
  const CivilDate c = CivilFromDay(r_.published_day);
  switch (src_.dateline) {
    case DatelineStyle::kNone:
      return;
    case DatelineStyle::kAgency:
      draft_.dateline = fmt::format("{} ({}) \u2014", UpperPlace(city), src_.credit);
      break;
    case DatelineStyle::kAgencyDate:
      draft_.dateline =
          dated ? fmt::format("{}, {} {} ({}) -", UpperPlace(city), MonthName(c.month), c.day,
                              src_.credit)
                : fmt::format("{} ({}) -", UpperPlace(city), src_.credit);
      if (dated) draft_.dateline_date = IsoDate(r_.published_day);
      break;
    case DatelineStyle::kAgencyStamp:
      draft_.dateline = dated ? fmt::format("{} ({}) {} {:02}:{:02}", city, src_.credit,
                                            NumericUsDate(r_.published_day),
                                            r_.published_minute / 60, r_.published_minute % 60)
                              : fmt::format("{} ({})", city, src_.credit);
      draft_.dateline_own_line = true;
      if (dated) draft_.dateline_date = IsoDateTime(r_.published_day, r_.published_minute);
      break;
    case DatelineStyle::kCityDash:
      draft_.dateline = UpperPlace(city) + " \u2014";
      break;
    case DatelineStyle::kCityCountry: {
      const std::string& country = SpellingFor(s_.home->name, src_);
      const bool capital_city = &place == &s_.home->capital;
      draft_.dateline = capital_city || place.canonical() != s_.places[ev_->place].canonical() ||
                                rng_.Chance(0.5)
                            ? fmt::format("{} ({}) \u2014", UpperPlace(city), src_.credit)
                            : fmt::format("{}, {} ({}) \u2014", UpperPlace(city), country,
                                          src_.credit);
      break;
    }
  }
}

void Writer::Boilerplate() {
  const size_t n = draft_.paragraphs.size();
  if (!src_.mid_line.empty() && n > 4 && rng_.Chance(0.6)) {
    draft_.inserts.push_back({2 + rng_.Below(n - 3), src_.mid_line});
  }
  if (!src_.teaser_prefix.empty() && r_.recent_titles != nullptr &&
      !r_.recent_titles->empty() && n > 3 && rng_.Chance(0.7)) {
    const int teasers = n > 10 ? rng_.Range(1, 2) : 1;
    for (int t = 0; t < teasers; ++t) {
      const std::string& headline = (*r_.recent_titles)[rng_.Below(r_.recent_titles->size())];
      draft_.inserts.push_back({1 + rng_.Below(n - 2), src_.teaser_prefix + headline});
    }
  }
  std::stable_sort(draft_.inserts.begin(), draft_.inserts.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  draft_.footer = src_.boilerplate;
  // Machine translation renders a spoken particle as a sentence of its own ("Huh.").
  if (src_.translation_quirks && rng_.Chance(0.2)) {
    Paragraph& p = draft_.paragraphs[rng_.Below(n)];
    if (p.role == ParagraphRole::kBody) {
      p.sentences.push_back(OnePiece(PieceKind::kPlain, "Huh."));
    }
  }
}

WrittenArticle Writer::Write() {
  Title();
  Dateline();
  if (src_.highlights) {
    // Two summary bullets: the development, then a line of context, without full stops.
    const std::vector<Template>& bullets = Patterns().bullets;
    AddParagraph(Build(bullets[rng_.Below(bullets.size())]), ParagraphRole::kBullet);
    Sentence s = Build(kind_.context_t[rng_.Below(kind_.context_t.size())]);
    if (!s.pieces.empty() && s.pieces.back().kind == PieceKind::kPlain &&
        s.text.back() == '.') {
      s.text.pop_back();
      if (--s.pieces.back().end == s.pieces.back().begin) s.pieces.pop_back();
    }
    AddParagraph(std::move(s), ParagraphRole::kBullet);
  }
  Lead();
  Second();
  // Body paragraphs: 5 to 25 in all, most around twelve.
  const size_t target = static_cast<size_t>(3 + rng_.Range(0, 11) + rng_.Range(0, 11));
  const bool closing = rng_.Chance(0.4);
  size_t guard = 0;
  while (draft_.paragraphs.size() + (closing ? 1 : 0) < target && guard++ < 60) {
    Body(DrawBlock());
  }
  // Never fewer than five body paragraphs, even when the banks ran dry early.
  for (int tries = 0; tries < 20 && draft_.paragraphs.size() + (closing ? 1 : 0) < 5; ++tries) {
    Body(tries % 2 == 0 ? Block::kContext : Block::kReported);
  }
  if (closing) AddParagraph(Build(Patterns().closing[rng_.Below(Patterns().closing.size())]));
  // Continuations may have pushed past the cap; trim from the end, never the lead.
  while (draft_.paragraphs.size() > 25) draft_.paragraphs.pop_back();
  Boilerplate();
  out_.draft = std::move(draft_);
  return std::move(out_);
}

}  // namespace

WrittenArticle WriteArticle(const WriteRequest& request, Rng& rng) {
  Writer writer(request, rng);
  return writer.Write();
}

std::string StyleTitle(const std::string& plain_title, const Source& source,
                       const std::string& kicker, Rng& rng) {
  std::string title = plain_title;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
    title[0] = static_cast<char>(title[0] - 32);
  switch (source.title_style) {
    case TitleStyle::kSentence:
      return title;
    case TitleStyle::kTitleCase:
      return TitleCase(title);
    case TitleStyle::kSuffix:
      return title + (rng.Chance(0.5) ? " | " : " - ") + source.name;
    case TitleStyle::kKicker:
      return kicker.empty() ? title : kicker + ": " + title;
  }
  return title;
}

uint64_t StatementKey(const std::string& speaker, const std::string& text) {
  const uint64_t a = XXH3_64bits(speaker.data(), speaker.size());
  return XXH3_64bits_withSeed(text.data(), text.size(), a);
}

const std::string& SpellingFor(const PlaceName& place, const Source& source) {
  const size_t n = place.spellings.size();
  if (n == 1) return place.spellings[0];
  // Spelling 0 keeps the canonical form, 1 the older form, 2 the last listed (often the
  // one without diacritics), 3 mixes per place.
  switch (source.spelling) {
    case 0: return place.spellings[0];
    case 1: return place.spellings[1];
    case 2: return place.spellings[n - 1];
    default: return place.spellings[place.canonical().size() % n];
  }
}


}  // namespace sitrep::gen
