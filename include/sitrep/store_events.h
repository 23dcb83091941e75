// Events and storylines as the store keeps them and describes them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sitrep/store_facts.h"

namespace sitrep::store {

// The clusterer's verdict on one article, stored with it.
struct EventRecord {
  std::string features;  // serialized event features; opaque to the store
  int64_t event = 0;     // 0: none (the article was not clustered)
  int64_t storyline = 0;
  double score = 0;
};

// An event or a storyline as read back: its articles' span and what they name most.
struct StoredCluster {
  int64_t id = 0;
  int64_t storyline = 0;       // events: the storyline they belong to
  int64_t articles = 0;
  int64_t copies = 0;          // of those, copies of another article
  int64_t events = 0;          // storylines: events in it
  int64_t sources = 0;         // distinct sources
  std::string first_published, last_published;  // dated articles' span; empty if none
  std::string title;           // the headline of its first dated (else first) original
  std::string first_article;   // that article's id
  std::string lead;            // that article's first 240 characters
  std::vector<std::string> top_entities;  // names, most articles first
};

struct ClusterQuery : FactQuery {
  int64_t storyline = 0;  // events of this storyline only; 0: any
  int64_t min_articles = 1;
};

}  // namespace sitrep::store
