// events: grouping the stream into what happened.
//
// An event is a set of articles that report the same development (the same actors, the
// same thing, the same days); a storyline is a set of events that continue one another
// over weeks. Clustering is online: each article, in the order it arrives, joins the
// best-matching live event or starts one, and each new event joins the best-matching
// live storyline or starts one. Candidates come from an inverted index over the live
// set, never from a scan of it, and events and storylines that go quiet retire, so the
// cost per article and the memory stay flat however long the stream.
//
// As with copies, the work is split for the pipeline: ComputeEventFeatures is pure and
// runs in parallel; EventClusterer::Add runs serially, in input order.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/analysis.h"
#include "sitrep/article.h"

namespace sitrep::events {

constexpr int32_t kNoDay = INT32_MIN;

// What the clusterer knows of one article.
struct EventFeatures {
  // Hashed stems of content words, weighted by where they occur (title 3, first
  // sentences 2, the rest 1) and damped (1 + log tf); the strongest kept, by hash.
  std::vector<std::pair<uint32_t, float>> terms;
  // Hashed keys of the people, organisations and places it names most, sorted.
  std::vector<uint32_t> entities;
  // Hashed figures it states (value with unit or counted noun: "980 people"), sorted: a
  // number is what tells one development from the next in the same story.
  std::vector<uint32_t> figures;
  // Days since 1970-01-01 of what it reports: its publication day, else the day its
  // text names most often; kNoDay when neither is known.
  int32_t day = kNoDay;
  std::string language;  // articles cluster only with articles of their language
};

// Pure; thread-safe.
EventFeatures ComputeEventFeatures(const Article& article, const extract::ArticleFacts& facts);

// The stored form of features, for rebuilding a clusterer from a store.
std::string SerializeEventFeatures(const EventFeatures& features);
bool ParseEventFeatures(std::string_view bytes, EventFeatures* features);

struct ClusterOptions {
  // An article joins an event when its similarity reaches this (0..1).
  double event_threshold = 0.40;
  // A new event joins a storyline when its similarity to the storyline reaches this.
  double storyline_threshold = 0.26;
  // Most days between an article and an event's mean day for the article to join it,
  // and between a new event and a storyline's span.
  int event_gap_days = 2;
  int storyline_gap_days = 21;
  // Events and storylines whose last day is this far behind the newest day seen retire
  // (undated ones retire after this many articles without a new member).
  int event_retire_days = 7;
  int storyline_retire_days = 45;
  int64_t retire_idle_articles = 50000;
  // Weight of the entities named (against weighted terms) in the similarity: an event is
  // told from the others of its storyline by what happened more than by who. For events
  // the entities count by their Dice overlap; for storylines by the share of the new
  // event's entities that the storyline names most.
  double event_entity_weight = 0.3;
  double storyline_entity_weight = 0.5;
  // Weight of the figures both state, for events (storylines ignore them).
  double event_figure_weight = 0.2;
  // Candidates scored per article, those sharing the most indexed keys.
  size_t max_candidates = 40;
};

struct Assignment {
  int64_t event = 0;      // 1, 2, ... in order of creation
  int64_t storyline = 0;  // likewise
  bool new_event = false;
  bool new_storyline = false;
  double score = 0;       // similarity to the event joined (1 for a copy; 0 when new)
};

class EventClusterer {
 public:
  explicit EventClusterer(ClusterOptions options = {});
  ~EventClusterer();
  EventClusterer(const EventClusterer&) = delete;
  EventClusterer& operator=(const EventClusterer&) = delete;

  // Adds the next article. A copy (copy_of_event > 0: the event of the article it
  // copies) joins that event whatever its text says.
  Assignment Add(const EventFeatures& features, int64_t copy_of_event = 0);

  size_t live_events() const;
  size_t live_storylines() const;
  const ClusterOptions& options() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace sitrep::events
