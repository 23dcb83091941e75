#include "bench/gen/generator.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "bench/gen/rng.h"
#include "bench/gen/spinner.h"
#include "bench/gen/writer.h"

namespace sitrep::gen {
namespace {

// An original kept while its development is still being reported: copies and
// quote-sharing articles are made from it.
struct Kept {
  uint32_t index;
  const Source* source;
  Draft draft;
  std::string title;
  std::string plain_title;
  std::vector<Statement> statements;  // only speakers that belong to the storyline
};

struct EventState {
  int64_t remaining = 0;
  std::deque<Kept> originals;
};

struct StorylineState {
  int64_t remaining = 0;
  std::unordered_map<uint64_t, uint32_t> quoted;  // statement key -> first article
};

// Copy kinds and their shares among copies.
constexpr double kCopyKindWeights[] = {0.3, 0.3, 0.15, 0.15, 0.1};

std::string Slug(const std::string& title) {
  std::string slug;
  int words = 0;
  bool dash = false;
  for (const char c : title) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      if (dash && !slug.empty()) slug += '-';
      dash = false;
      slug += c;
    } else if (u >= 'A' && u <= 'Z') {
      if (dash && !slug.empty()) slug += '-';
      dash = false;
      slug += static_cast<char>(u - 'A' + 'a');
    } else if (c == ' ' || c == '-') {
      if (!dash && !slug.empty() && ++words >= 9) break;
      dash = true;
    }
  }
  return slug.empty() ? "story" : slug;
}

}  // namespace

std::string ArticleId(uint32_t index, int width) {
  std::string id(static_cast<size_t>(std::max(width, 10)), '0');
  size_t pos = id.size();
  do {
    id[--pos] = static_cast<char>('0' + index % 10);
    index /= 10;
  } while (index > 0);
  return id.substr(std::min(pos, id.size() - static_cast<size_t>(width)));
}

struct Generator::State {
  GeneratorOptions options;
  World world;
  Rng rng;
  int width = 6;
  uint32_t next_index = 0;
  std::vector<EventState> events;
  std::vector<StorylineState> storylines;
  std::deque<std::string> recent_titles;
  std::vector<std::string> recent_titles_flat;
  // Names of one-off storylines' entities that figures refer to: a one-off's world
  // is dropped after its article, the names in the article's truth must not be.
  std::unordered_set<std::string> interned;

  explicit State(const GeneratorOptions& o) : options(o), rng(Rng::Derive(o.seed, 0x61727469)) {}

  const Source& PickSource(bool copy, bool dated, const Source* avoid);
  void Emit(ArticleSink& sink, int event, Day day, int minute);
  void EmitOneOff(ArticleSink& sink, Day day, int minute);
  void Finish(GeneratedArticle& a, const Source& src, bool dated, Day day, int minute,
              const std::string& plain_title, const std::string& kind_label,
              const Storyline& s);
  void Remember(const std::string& title);
  // The next article, in the one object reused for every article (its buffers keep
  // their capacity from one article to the next).
  GeneratedArticle& Fresh();

  GeneratedArticle article;
};

GeneratedArticle& Generator::State::Fresh() {
  GeneratedArticle& a = article;
  a.index = next_index++;
  a.id = ArticleId(a.index, width);
  a.source = nullptr;
  a.dated = false;
  a.published.clear();
  a.published_day = 0;
  a.title.clear();
  a.url.clear();
  a.section.clear();
  a.tags.clear();
  a.dateline.clear();
  a.dateline_place.clear();
  a.dateline_date.clear();
  a.storyline.clear();
  a.event.clear();
  a.copy_of = -1;
  a.copy_kind = CopyKind::kExact;
  a.spun_share = 0;
  a.shares_quotes_with.clear();
  return a;
}

const Source& Generator::State::PickSource(bool copy, bool dated, const Source* avoid) {
  const std::vector<Source>& sources = Sources();
  std::vector<double> weights(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    double w = copy ? s.copies : s.writes;
    if (&s == avoid) w = 0;
    if (dated && !s.CanShowDate()) w = 0;
    // Undated articles come mostly from outlets that never print a date.
    if (!dated && s.never_dated) w *= 3;
    weights[i] = w;
  }
  return sources[rng.Weighted(weights)];
}

void Generator::State::Remember(const std::string& title) {
  recent_titles.push_back(title);
  if (recent_titles.size() > 48) recent_titles.pop_front();
}

void Generator::State::Finish(GeneratedArticle& a, const Source& src, bool dated, Day day,
                              int minute, const std::string& plain_title,
                              const std::string& kind_label, const Storyline& s) {
  a.source = &src;
  a.dated = dated;
  a.published_day = day;
  if (dated) {
    const bool with_time =
        src.kind == SourceKind::kWire || src.kind == SourceKind::kBroadcaster || rng.Chance(0.5);
    a.published = with_time ? IsoDateTime(day, minute) : IsoDate(day);
  }
  const std::string section =
      src.sections.empty() ? "news" : src.sections[rng.Below(src.sections.size())];
  const std::string slug = Slug(plain_title);
  const CivilDate c = CivilFromDay(day);
  switch (src.url_style) {
    case 0:
      a.url = dated ? fmt::format("https://www.{}/{}/{:04}/{:02}/{:02}/{}", src.domain, section,
                                  c.year, c.month, c.day, slug)
                    : fmt::format("https://www.{}/{}/{}-{}", src.domain, section, slug, a.id);
      break;
    case 1:
      a.url = fmt::format("https://{}/{}/{}-{}", src.domain, section, slug, a.id);
      break;
    case 2:
      a.url = fmt::format("https://{}/?p={}", src.domain, 100000 + a.index);
      break;
    default:
      a.url = fmt::format("https://{}/{}-{}/", src.domain, slug, a.id);
      break;
  }
  if (rng.Chance(0.6)) a.section = section;
  if (rng.Chance(0.4)) {
    a.tags.push_back(kind_label);
    a.tags.push_back(s.home->name.canonical());
  }
}

void Generator::State::Emit(ArticleSink& sink, int event_index, Day day, int minute) {
  const Event& ev = world.events[event_index];
  const Storyline& s = world.storylines[ev.storyline];
  EventState& es = events[event_index];
  StorylineState& ss = storylines[ev.storyline];
  GeneratedArticle& a = Fresh();
  a.storyline = s.id;
  a.event = ev.id;
  bool dated = !rng.Chance(options.undated_share);

  const bool copy = !es.originals.empty() && rng.Chance(options.copy_share);
  if (copy) {
    const Kept& original = es.originals[rng.Below(es.originals.size())];
    a.copy_of = original.index;
    a.copy_kind = static_cast<CopyKind>(rng.Weighted(kCopyKindWeights));
    // A verbatim copy keeps a dated dateline, so it cannot be an undated article.
    if (a.copy_kind == CopyKind::kExact && !original.draft.dateline_date.empty()) dated = true;
    const Source& src = PickSource(true, dated, original.source);
    Draft draft;
    std::string title;
    if (a.copy_kind == CopyKind::kExact) {
      draft = original.draft;
      title = rng.Chance(0.5) ? original.title
                              : StyleTitle(original.plain_title, src, s.kind->label, rng);
    } else if (a.copy_kind == CopyKind::kNear) {
      draft = NearCopy(original.draft, src, rng);
      title = StyleTitle(original.plain_title, src, s.kind->label, rng);
    } else {
      SpinStats stats;
      draft = SpunCopy(original.draft, a.copy_kind, src, rng, &stats);
      a.spun_share = stats.share();
      std::string plain = original.plain_title;
      SpinText(plain, SpinShare(a.copy_kind), rng);
      title = StyleTitle(plain, src, s.kind->label, rng);
    }
    if (!dated && !draft.dateline_date.empty()) {
      draft.dateline.clear();
      draft.dateline_place.clear();
      draft.dateline_date.clear();
      draft.dateline_own_line = false;
    }
    a.title = title;
    RenderInto(draft, a.body);
    // A copy shares quotes with whatever independent article its surviving quotes
    // first appeared in, other than its own original.
    for (const RenderedQuote& q : a.body.quotes) {
      if (!q.direct) continue;
      const auto it = ss.quoted.find(StatementKey(q.speaker, q.text));
      if (it != ss.quoted.end() && it->second != original.index) {
        a.shares_quotes_with.push_back(it->second);
      }
    }
    a.dateline = draft.dateline;
    a.dateline_place = draft.dateline_place;
    a.dateline_date = draft.dateline_date;
    Finish(a, src, dated, day, minute, original.plain_title, s.kind->label, s);
  } else {
    const Source& src = PickSource(false, dated, nullptr);
    WriteRequest req;
    req.world = &world;
    req.storyline = &s;
    req.event = &ev;
    req.source = &src;
    req.dated = dated;
    req.published_day = day;
    req.published_minute = minute;
    req.quoted = &ss.quoted;
    recent_titles_flat.assign(recent_titles.begin(), recent_titles.end());
    req.recent_titles = &recent_titles_flat;
    // Now and then an outlet quotes the same words as an earlier report on the same
    // development while writing its own story: not a copy, but the same quotes.
    if (!es.originals.empty() && rng.Chance(options.shared_quote_share)) {
      const Kept& other = es.originals[rng.Below(es.originals.size())];
      if (other.source != &src && !other.statements.empty()) {
        const size_t n = std::min<size_t>(other.statements.size(), 1 + rng.Below(2));
        for (size_t i = 0; i < n; ++i) req.borrowed.push_back(other.statements[i]);
      }
    }
    WrittenArticle w = WriteArticle(req, rng);
    a.title = w.title;
    RenderInto(w.draft, a.body);
    a.dateline = w.draft.dateline;
    a.dateline_place = w.draft.dateline_place;
    a.dateline_date = w.draft.dateline_date;
    Finish(a, src, dated, day, minute, w.plain_title, s.kind->label, s);
    // Which earlier articles first printed the words this one quotes.
    std::vector<uint64_t> printed;
    for (const RenderedQuote& q : a.body.quotes) {
      if (!q.direct) continue;
      const uint64_t key = StatementKey(q.speaker, q.text);
      printed.push_back(key);
      const auto [it, inserted] = ss.quoted.emplace(key, a.index);
      if (!inserted && it->second != a.index) a.shares_quotes_with.push_back(it->second);
    }
    // Statements a later article may repeat: those that made it into the text, by
    // people who outlive this article.
    std::vector<Statement> keep;
    for (const Statement& st : w.statements) {
      const uint64_t key = StatementKey(st.speaker_name, st.text);
      if (st.lasting && std::find(printed.begin(), printed.end(), key) != printed.end()) {
        keep.push_back(st);
      }
    }
    es.originals.push_back({a.index, &src, std::move(w.draft), a.title, w.plain_title,
                            std::move(keep)});
    if (es.originals.size() > 12) es.originals.pop_front();
  }
  std::sort(a.shares_quotes_with.begin(), a.shares_quotes_with.end());
  a.shares_quotes_with.erase(std::unique(a.shares_quotes_with.begin(), a.shares_quotes_with.end()),
                             a.shares_quotes_with.end());
  for (const RenderedFigure& f : a.body.figures) {
    if (f.fact.claim >= 0) {
      world.claims[f.fact.claim].members.push_back(
          {a.index, event_index, f.fact.value, static_cast<uint16_t>(a.source - Sources().data())});
    }
  }
  Remember(a.title);
  sink.Accept(a);
  if (--es.remaining == 0) es.originals.clear();
  if (--ss.remaining == 0) {
    ss.quoted.clear();
    ss.quoted.rehash(0);
  }
}

void Generator::State::EmitOneOff(ArticleSink& sink, Day day, int minute) {
  OneOff o = BuildOneOff(rng, day);
  GeneratedArticle& a = Fresh();
  const bool dated = !rng.Chance(options.undated_share);
  const Source& src = PickSource(false, dated, nullptr);
  WriteRequest req;
  req.storyline = &o.storyline;
  req.event = &o.event;
  req.one_off_value = o.figure_value;
  req.one_off_currency = o.currency;
  req.source = &src;
  req.dated = dated;
  req.published_day = day;
  req.published_minute = minute;
  WrittenArticle w = WriteArticle(req, rng);
  a.title = w.title;
  RenderInto(w.draft, a.body);
  for (RenderedFigure& f : a.body.figures) {
    if (!f.fact.owner.empty()) f.fact.owner = *interned.emplace(f.fact.owner).first;
  }
  a.dateline = w.draft.dateline;
  a.dateline_place = w.draft.dateline_place;
  a.dateline_date = w.draft.dateline_date;
  Finish(a, src, dated, day, minute, w.plain_title, o.storyline.kind->label, o.storyline);
  Remember(a.title);
  sink.Accept(a);
}

Generator::Generator(const GeneratorOptions& options)
    : state_(std::make_unique<State>(options)) {
  State& st = *state_;
  const int64_t n = std::max<int64_t>(0, options.articles);
  st.width = std::max<int>(6, static_cast<int>(std::to_string(std::max<int64_t>(1, n) - 1).size()));
  const int64_t bursts = std::llround(static_cast<double>(n) * std::clamp(options.burst, 0.0, 1.0));
  const int64_t regular = n - bursts;
  int k = options.storylines > 0 ? options.storylines
                                 : static_cast<int>(std::max<int64_t>(3, n / 2000));
  if (regular == 0) k = 0;
  WorldOptions wo;
  wo.seed = options.seed;
  wo.storylines = k;
  wo.first_day = DayFromCivil(2023, 1, 2) +
                 static_cast<Day>(Rng::Derive(options.seed, 0x64617465) % 540);
  wo.span_days = std::min(365, 14 + 3 * k);
  wo.shared_vocab = std::clamp(options.shared_vocab, 0.0, 1.0);
  st.world = BuildWorld(wo);
}

Generator::~Generator() = default;

const World& Generator::world() const { return state_->world; }
const GeneratorOptions& Generator::options() const { return state_->options; }
int Generator::id_width() const { return state_->width; }

void Generator::Run(ArticleSink& sink) {
  State& st = *state_;
  World& w = st.world;
  Rng& rng = st.rng;
  const int64_t n = std::max<int64_t>(0, st.options.articles);
  const int64_t bursts =
      std::llround(static_cast<double>(n) * std::clamp(st.options.burst, 0.0, 1.0));
  const int64_t regular = n - bursts;

  // Articles per development: storyline weight times development weight (the first
  // development of a storyline draws the most coverage), by largest remainder, with at
  // least one article each while there are articles to give.
  const size_t ne = w.events.size();
  std::vector<int64_t> counts(ne, 0);
  if (ne > 0 && regular > 0) {
    std::vector<double> weight(ne);
    double total = 0;
    for (size_t e = 0; e < ne; ++e) {
      const Event& ev = w.events[e];
      weight[e] = w.storylines[ev.storyline].weight * (ev.index == 0 ? 1.6 : 0.6 + rng.Unit());
      total += weight[e];
    }
    int64_t left = regular;
    if (regular >= static_cast<int64_t>(ne)) {
      for (size_t e = 0; e < ne; ++e) counts[e] = 1;
      left -= static_cast<int64_t>(ne);
    }
    std::vector<std::pair<double, size_t>> remainders;
    int64_t given = 0;
    for (size_t e = 0; e < ne; ++e) {
      const double exact = static_cast<double>(left) * weight[e] / total;
      const auto whole = static_cast<int64_t>(std::floor(exact));
      counts[e] += whole;
      given += whole;
      remainders.push_back({exact - static_cast<double>(whole), e});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int64_t i = 0; i < left - given; ++i) {
      ++counts[remainders[static_cast<size_t>(i) % remainders.size()].second];
    }
  }

  // Day buckets: most coverage on the day of a development, some on the two after.
  std::map<Day, std::vector<std::pair<int, int64_t>>> days;
  st.events.assign(ne, EventState{});
  st.storylines.assign(w.storylines.size(), StorylineState{});
  Day first = 0;
  Day last = 0;
  bool any = false;
  for (size_t e = 0; e < ne; ++e) {
    const Event& ev = w.events[e];
    st.events[e].remaining = counts[e];
    w.events[e].articles = counts[e];
    st.storylines[ev.storyline].remaining += counts[e];
    const int64_t c = counts[e];
    const int64_t p0 = std::min(c, std::max<int64_t>(c > 0 ? 1 : 0, std::llround(c * 0.6)));
    const int64_t p1 = std::min(c - p0, static_cast<int64_t>(std::llround(c * 0.3)));
    const int64_t parts[3] = {p0, p1, c - p0 - p1};
    for (int d = 0; d < 3; ++d) {
      if (parts[d] > 0) days[ev.day + d].push_back({static_cast<int>(e), parts[d]});
    }
    first = any ? std::min(first, ev.day) : ev.day;
    last = any ? std::max(last, ev.day + 2) : ev.day + 2;
    any = true;
  }
  // Bursts: clusters of unrelated one-off articles on a few days.
  std::map<Day, int64_t> burst_days;
  if (bursts > 0) {
    if (!any) {
      first = DayFromCivil(2023, 6, 1);
      last = first + 30;
    }
    const int64_t clusters = std::max<int64_t>(1, (bursts + 39) / 40);
    for (int64_t c = 0; c < clusters; ++c) {
      const Day d = first + static_cast<Day>(rng.Below(static_cast<uint64_t>(last - first + 1)));
      burst_days[d] += bursts / clusters + (c < bursts % clusters ? 1 : 0);
    }
    for (const auto& [d, count] : burst_days) days[d];  // make sure the day is visited
  }

  std::vector<int> slots;
  std::vector<int> minutes;
  for (const auto& [day, entries] : days) {
    slots.clear();
    for (const auto& [event, count] : entries) slots.insert(slots.end(), count, event);
    const auto b = burst_days.find(day);
    if (b != burst_days.end()) slots.insert(slots.end(), b->second, -1);
    rng.Shuffle(slots);
    minutes.resize(slots.size());
    for (int& m : minutes) m = 300 + static_cast<int>(rng.Below(17 * 60));
    std::sort(minutes.begin(), minutes.end());
    for (size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] < 0) {
        st.EmitOneOff(sink, day, minutes[i]);
      } else {
        st.Emit(sink, slots[i], day, minutes[i]);
      }
    }
  }
}

}  // namespace sitrep::gen
