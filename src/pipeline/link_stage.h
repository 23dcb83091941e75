// The link stage of the ingest: the stateful part that needs every earlier article.
// Today it finds copies: each new article is compared, in input order, with the earlier
// ones a copy detector offers, and the verdict is stored with the article.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "sitrep/copies.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::pipeline {

class LinkStage {
 public:
  LinkStage();

  // Rebuilds the detector from the signatures of the articles already stored, replaying
  // them in storing order, so that it decides exactly as if this ingest had continued
  // the earlier ones.
  Status Resume(const store::Store& store, int64_t* replayed);

  // Fills batch->copies for batch->articles, whose signatures are given in the same
  // order. Articles the store already holds, or that repeat an earlier article of the
  // batch by id, are not added to the detector: they will not be stored.
  Status Link(const store::Store& store, const std::vector<link::CopySignature>& signatures,
              store::Batch* batch, int64_t* copies_found);

  const link::CopyOptions& options() const { return detector_->options(); }

 private:
  std::unique_ptr<link::CopyDetector> detector_;
};

}  // namespace sitrep::pipeline
