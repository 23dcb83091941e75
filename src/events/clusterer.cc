// EventClusterer: online clustering of articles into events, and of events into
// storylines, over a live set that an inverted index searches and retirement bounds.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "sitrep/events.h"

namespace sitrep::events {
namespace {

// Terms a cluster keeps (its strongest), and those it is indexed under; entities are
// all indexed. Keeping few makes a lookup cheap and memory per cluster bounded.
constexpr size_t kClusterTerms = 96;
constexpr size_t kIndexedTerms = 16;
constexpr size_t kClusterTopEntities = 12;
// Article terms used to find candidates (its strongest).
constexpr size_t kQueryTerms = 15;
// Purge retired clusters every so many articles.
constexpr int64_t kPurgeEvery = 1024;

uint64_t TermKey(uint32_t term) { return (uint64_t{1} << 32) | term; }
uint64_t EntityKey(uint32_t entity) { return (uint64_t{2} << 32) | entity; }

// Articles, none of them using any term, that the document frequencies start from. The
// first articles of a stream are mostly one story, whose own words they all share: counted
// alone, those words would look as common as "said" and weigh nothing, so that two early
// reports of one development met only on their incidental words and went apart (and once
// a story is split in two storylines, nothing joins them again). With these, a term's
// weight falls only as it shows up in a good share of a hundred articles or more, a few
// hours of a busy feed; on a stream of thousands they change idf by little.
constexpr double kPriorDocuments = 100;

// How many articles seen so far use each term: the document frequencies of TF-IDF,
// counted over the whole stream (so they are the same on replay).
struct DocFreq {
  std::unordered_map<uint32_t, uint32_t> df;
  int64_t documents = 0;

  void Add(const EventFeatures& f) {
    ++documents;
    for (const auto& [term, weight] : f.terms) ++df[term];
  }
  double Idf(uint32_t term) const {
    const auto it = df.find(term);
    const double n = it == df.end() ? 0.0 : it->second;
    return std::log((static_cast<double>(documents) + kPriorDocuments + 1.0) / (n + 0.5));
  }
};

struct Cluster {
  int64_t id = 0;
  int64_t storyline = 0;  // events only
  std::unordered_map<uint32_t, float> terms;
  std::unordered_map<uint32_t, int> entities;
  std::vector<uint32_t> top_entities;  // those named most (kClusterTopEntities at most)
  std::unordered_map<uint32_t, int> figures;
  int32_t first_day = kNoDay;
  int32_t last_day = kNoDay;
  double norm = 0;     // of its idf-weighted mean terms, as of its last new member
  double day_sum = 0;  // of dated members, for the mean day
  int64_t dated = 0;
  int64_t size = 0;
  int64_t last_seq = 0;
  std::string language;
  std::unordered_set<uint64_t> indexed;  // keys it is listed under in the index
};

// A live set of clusters (events, or storylines) and its inverted index.
class LiveSet {
 public:
  LiveSet(const DocFreq* df, bool anchored, int gap_days, int retire_days, int64_t retire_idle,
          double entity_weight, double figure_weight)
      : df_(df),
        anchored_(anchored),
        gap_days_(gap_days),
        retire_days_(retire_days),
        retire_idle_(retire_idle),
        entity_weight_(entity_weight),
        figure_weight_(figure_weight) {}

  // The best live cluster for the features and its similarity, or (nullptr, 0).
  std::pair<Cluster*, double> Best(const EventFeatures& f, size_t max_candidates) {
    std::unordered_map<int64_t, int> hits;
    std::vector<std::pair<uint32_t, float>> query = f.terms;
    std::sort(query.begin(), query.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (query.size() > kQueryTerms) query.resize(kQueryTerms);
    auto look = [&](uint64_t key) {
      const auto it = index_.find(key);
      if (it == index_.end()) return;
      for (int64_t id : it->second) ++hits[id];
    };
    for (const auto& [term, weight] : query) look(TermKey(term));
    for (uint32_t e : f.entities) look(EntityKey(e));
    std::vector<std::pair<int, int64_t>> ranked;
    ranked.reserve(hits.size());
    for (const auto& [id, n] : hits) ranked.emplace_back(n, id);
    const size_t keep = std::min(max_candidates, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                      [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    Cluster* best = nullptr;
    double best_score = 0;
    for (size_t i = 0; i < keep; ++i) {
      Cluster& c = live_.at(ranked[i].second);
      const double s = Similarity(f, c);
      if (s > best_score || (s == best_score && best != nullptr && c.id < best->id)) {
        best = &c;
        best_score = s;
      }
    }
    return {best, best_score};
  }

  Cluster& Create(int64_t id, const EventFeatures& f, int64_t seq) {
    Cluster& c = live_[id];
    c.id = id;
    c.language = f.language;
    Absorb(&c, f, seq);
    return c;
  }

  // Adds an article's features to a cluster and indexes its new strong keys.
  void Absorb(Cluster* c, const EventFeatures& f, int64_t seq) {
    for (const auto& [term, weight] : f.terms) c->terms[term] += weight;
    for (uint32_t e : f.entities) {
      if (++c->entities[e] == 1) Index(c, EntityKey(e));
    }
    if (!f.entities.empty()) RankEntities(c);
    if (figure_weight_ > 0) {
      for (uint32_t x : f.figures) ++c->figures[x];
    }
    if (f.day != kNoDay) {
      c->day_sum += f.day;
      ++c->dated;
      c->first_day = c->first_day == kNoDay ? f.day : std::min(c->first_day, f.day);
      c->last_day = c->last_day == kNoDay ? f.day : std::max(c->last_day, f.day);
      newest_day_ = newest_day_ == kNoDay ? f.day : std::max(newest_day_, f.day);
    }
    ++c->size;
    c->last_seq = seq;
    if (c->terms.size() > kClusterTerms) {
      std::vector<std::pair<float, uint32_t>> v;
      for (const auto& [t, w] : c->terms) v.emplace_back(w, t);
      std::nth_element(v.begin(), v.begin() + kClusterTerms, v.end(), std::greater<>());
      v.resize(kClusterTerms);
      c->terms.clear();
      for (const auto& [w, t] : v) c->terms[t] = w;
    }
    double norm = 0;
    for (const auto& [term, weight] : c->terms) {
      const double w = weight / c->size * df_->Idf(term);
      norm += w * w;
    }
    c->norm = std::sqrt(norm);
    // Its strongest terms settle as it grows: index them again at sizes 1, 2, 4, 8...
    // only, which keeps a member's cost flat however large the event.
    if ((c->size & (c->size - 1)) == 0) {
      std::vector<std::pair<float, uint32_t>> strongest;
      for (const auto& [t, w] : c->terms) strongest.emplace_back(w, t);
      const size_t n = std::min(kIndexedTerms, strongest.size());
      std::partial_sort(strongest.begin(), strongest.begin() + n, strongest.end(), std::greater<>());
      for (size_t i = 0; i < n; ++i) Index(c, TermKey(strongest[i].second));
    }
  }

  // Retires clusters that went quiet: dated ones whose last day is far behind the
  // newest day seen, and any that no article joined for a long stretch.
  void Retire(int64_t seq) {
    std::vector<int64_t> gone;
    for (const auto& [id, c] : live_) {
      const bool old = c.last_day != kNoDay && newest_day_ != kNoDay && c.last_day < newest_day_ - retire_days_;
      if (old || seq - c.last_seq > retire_idle_) gone.push_back(id);
    }
    for (int64_t id : gone) {
      Cluster& c = live_.at(id);
      for (uint64_t key : c.indexed) {
        auto it = index_.find(key);
        if (it == index_.end()) continue;
        auto& ids = it->second;
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
        if (ids.empty()) index_.erase(it);
      }
      live_.erase(id);
    }
  }

  Cluster* Find(int64_t id) {
    const auto it = live_.find(id);
    return it == live_.end() ? nullptr : &it->second;
  }
  size_t size() const { return live_.size(); }

 private:
  void Index(Cluster* c, uint64_t key) {
    if (c->indexed.insert(key).second) index_[key].push_back(c->id);
  }

  // Keeps the entities a cluster names most, ranked when it gains a member rather than
  // for every candidate scored.
  static void RankEntities(Cluster* c) {
    std::vector<std::pair<int, uint32_t>> named;
    named.reserve(c->entities.size());
    for (const auto& [e, n] : c->entities) named.emplace_back(n, e);
    const size_t k = std::min(kClusterTopEntities, named.size());
    std::partial_sort(named.begin(), named.begin() + k, named.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    c->top_entities.resize(k);
    for (size_t i = 0; i < k; ++i) c->top_entities[i] = named[i].second;
  }


  // Cosine of idf-weighted terms, blended with the overlap of the entities named most;
  // lowered with the distance in days, and 0 beyond the gap allowed or across languages.
  //
  // The overlap is the Dice coefficient for events. For storylines it is the share of the
  // new event's entities that the storyline names most: a storyline's country and
  // officials turn up in other stories about that country, which then name people and
  // places of their own, while the next development of a story names few it has not.
  double Similarity(const EventFeatures& f, const Cluster& c) const {
    if (f.language != c.language) return 0;
    double gap = 0;
    if (f.day != kNoDay && c.dated > 0) {
      // An event is measured from its mean day, so that it cannot creep forward a few
      // days at a time; a storyline from its span, since continuing is what it does.
      gap = anchored_ ? std::abs(f.day - c.day_sum / static_cast<double>(c.dated))
                      : std::max({0, c.first_day - f.day, f.day - c.last_day});
      if (gap > gap_days_) return 0;
    }
    double dot = 0, na = 0;
    for (const auto& [term, weight] : f.terms) {
      const double idf = df_->Idf(term);
      const double a = weight * idf;
      na += a * a;
      const auto it = c.terms.find(term);
      if (it != c.terms.end()) dot += a * (it->second / c.size) * idf;
    }
    // The cluster's norm is kept from its last new member: document frequencies move
    // slowly, and recomputing it for every candidate would cost more than the rest.
    const double cosine = na > 0 && c.norm > 0 ? dot / (std::sqrt(na) * c.norm) : 0;
    // The parts that both sides can speak to, each with its weight.
    double weighted = (1.0 - entity_weight_ - figure_weight_) * cosine;
    double weights = 1.0 - entity_weight_ - figure_weight_;
    if (figure_weight_ > 0 && !f.figures.empty()) {
      int shared = 0;
      for (uint32_t x : f.figures) shared += c.figures.count(x) > 0;
      weighted += figure_weight_ * shared / static_cast<double>(std::min<size_t>(f.figures.size(), 4));
      weights += figure_weight_;
    }
    if (!f.entities.empty() && !c.top_entities.empty()) {
      int shared = 0;
      for (uint32_t e : c.top_entities) {
        shared += std::binary_search(f.entities.begin(), f.entities.end(), e);
      }
      const double overlap =
          anchored_ ? 2.0 * shared / static_cast<double>(f.entities.size() + c.top_entities.size())
                    : shared / static_cast<double>(f.entities.size());
      weighted += entity_weight_ * overlap;
      weights += entity_weight_;
    }
    const double score = weights > 0 ? std::min(1.0, weighted / weights) : 0.0;
    return score * (1.0 - 0.05 * gap);
  }

  const DocFreq* df_;
  bool anchored_;
  int gap_days_;
  int retire_days_;
  int64_t retire_idle_;
  double entity_weight_;
  double figure_weight_;
  int32_t newest_day_ = kNoDay;
  std::unordered_map<int64_t, Cluster> live_;
  std::unordered_map<uint64_t, std::vector<int64_t>> index_;
};

}  // namespace

struct EventClusterer::State {
  explicit State(const ClusterOptions& o)
      : options(o),
        events(&df, true, o.event_gap_days, o.event_retire_days, o.retire_idle_articles,
               o.event_entity_weight, o.event_figure_weight),
        storylines(&df, false, o.storyline_gap_days, o.storyline_retire_days, o.retire_idle_articles,
                   o.storyline_entity_weight, 0.0) {}
  ClusterOptions options;
  DocFreq df;
  LiveSet events;
  LiveSet storylines;
  // The storyline of every event ever made, live or retired: 16 bytes an event, so a
  // copy of a long-retired article still finds its storyline.
  std::unordered_map<int64_t, int64_t> storyline_of;
  int64_t next_event = 1;
  int64_t next_storyline = 1;
  int64_t seq = 0;
};

EventClusterer::EventClusterer(ClusterOptions options) : state_(std::make_unique<State>(options)) {}
EventClusterer::~EventClusterer() = default;

Assignment EventClusterer::Add(const EventFeatures& f, int64_t copy_of_event) {
  State& s = *state_;
  ++s.seq;
  s.df.Add(f);
  Assignment a;
  const auto known = s.storyline_of.find(copy_of_event);
  if (copy_of_event > 0 && known != s.storyline_of.end()) {
    a.event = copy_of_event;
    a.storyline = known->second;
    a.score = 1;
    if (Cluster* e = s.events.Find(a.event)) s.events.Absorb(e, f, s.seq);
  } else {
    auto [event, score] = s.events.Best(f, s.options.max_candidates);
    if (event != nullptr && score >= s.options.event_threshold) {
      a.event = event->id;
      a.storyline = event->storyline;
      a.score = score;
      s.events.Absorb(event, f, s.seq);
    } else {
      a.new_event = true;
      a.event = s.next_event++;
      auto [storyline, story_score] = s.storylines.Best(f, s.options.max_candidates);
      if (storyline != nullptr && story_score >= s.options.storyline_threshold) {
        a.storyline = storyline->id;
      } else {
        a.new_storyline = true;
        a.storyline = s.next_storyline++;
        s.storylines.Create(a.storyline, f, s.seq);
      }
      Cluster& created = s.events.Create(a.event, f, s.seq);
      created.storyline = a.storyline;
      s.storyline_of[a.event] = a.storyline;
    }
  }
  // The storyline learns from every article, so that it follows the story as it moves.
  if (!a.new_storyline) {
    if (Cluster* story = s.storylines.Find(a.storyline)) s.storylines.Absorb(story, f, s.seq);
  }
  if (s.seq % kPurgeEvery == 0) {
    s.events.Retire(s.seq);
    s.storylines.Retire(s.seq);
  }
  return a;
}

size_t EventClusterer::live_events() const { return state_->events.size(); }
size_t EventClusterer::live_storylines() const { return state_->storylines.size(); }
const ClusterOptions& EventClusterer::options() const { return state_->options; }

}  // namespace sitrep::events
