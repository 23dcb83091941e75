// The link stage of the ingest: the stateful part that needs every earlier article.
// It finds copies (each new article is compared, in input order, with the earlier ones a
// copy detector offers) and then clusters the article into an event and a storyline (a
// copy joins its original's event); the verdicts are stored with the article.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "sitrep/copies.h"
#include "sitrep/events.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::pipeline {

class LinkStage {
 public:
  explicit LinkStage(const events::ClusterOptions& clustering);

  // Rebuilds the detector and the clusterer from what the store kept of its articles,
  // replaying it in storing order, so that they decide exactly as if this ingest had
  // continued the earlier ones.
  // Refuses clustering settings other than those the store was first clustered with.
  Status Resume(store::Store* store, int64_t* replayed);

  // Fills batch->copies and batch->events for batch->articles, whose signatures and
  // features are given in the same order. Articles the store already holds, or that
  // repeat an earlier article of the batch by id, are left out: they will not be stored.
  Status Link(const store::Store& store, const std::vector<link::CopySignature>& signatures,
              const std::vector<events::EventFeatures>& features, store::Batch* batch,
              int64_t* copies_found);

  const link::CopyOptions& options() const { return detector_->options(); }

 private:
  std::unique_ptr<link::CopyDetector> detector_;
  std::unique_ptr<events::EventClusterer> clusterer_;
};

}  // namespace sitrep::pipeline
