#include "pipeline/link_stage.h"

#include <fmt/format.h>

#include <unordered_map>

#include "sitrep/copy_codec.h"

namespace sitrep::pipeline {

namespace {

constexpr char kClusteringKey[] = "clustering";

// The settings that decide assignments, as stored in the store's meta table. The last
// names how a storyline scores the entities it shares with a new event (the share of the
// event's among those the storyline names most): stores clustered by the Dice overlap
// before it was recorded are refused rather than continued another way.
std::string Describe(const events::ClusterOptions& o) {
  return fmt::format(
      "event_threshold={} storyline_threshold={} event_gap_days={} storyline_gap_days={} "
      "event_retire_days={} storyline_retire_days={} retire_idle_articles={} "
      "event_entity_weight={} storyline_entity_weight={} event_figure_weight={} max_candidates={} "
      "storyline_entities=share",
      o.event_threshold, o.storyline_threshold, o.event_gap_days, o.storyline_gap_days,
      o.event_retire_days, o.storyline_retire_days, o.retire_idle_articles,
      o.event_entity_weight, o.storyline_entity_weight, o.event_figure_weight, o.max_candidates);
}

}  // namespace

LinkStage::LinkStage(const events::ClusterOptions& clustering)
    : detector_(std::make_unique<link::CopyDetector>()),
      clusterer_(std::make_unique<events::EventClusterer>(clustering)) {}

Status LinkStage::Resume(store::Store* writable, int64_t* replayed) {
  *replayed = 0;
  const store::Store& store = *writable;
  const std::string wanted = Describe(clusterer_->options());
  std::string kept;
  Status settings = store.GetSetting(kClusteringKey, &kept);
  if (!settings.ok()) return settings;
  if (kept.empty()) {
    settings = writable->PutSetting(kClusteringKey, wanted);
    if (!settings.ok()) return settings;
  } else if (kept != wanted) {
    return Status::Error("this store was clustered with other settings (" + kept +
                         "); ingest into it with those, or into a new store");
  }
  int64_t damaged = 0;
  Status s = store.ForEachCopySignature(
      [&](const std::string& id, const std::string& published, const std::string& bytes) {
        link::CopySignature signature;
        if (!link::ParseCopySignature(bytes, &signature)) {
          ++damaged;
          return;
        }
        detector_->Add(id, signature, published);
        ++*replayed;
      });
  if (!s.ok()) return Status::Error("cannot read copy signatures: " + s.message());
  if (s.ok()) {
    s = store.ForEachEventFeatures([&](const std::string& bytes, int64_t copy_of_event) {
      events::EventFeatures features;
      if (!events::ParseEventFeatures(bytes, &features)) {
        ++damaged;
        return;
      }
      clusterer_->Add(features, copy_of_event);
    });
    if (!s.ok()) return Status::Error("cannot read event features: " + s.message());
  }
  if (damaged > 0) {
    return Status::Error(fmt::format(
        "{} stored copy signatures or event features are unreadable (written by another "
        "sitrep version?)",
        damaged));
  }
  return Status::Ok();
}

Status LinkStage::Link(const store::Store& store, const std::vector<link::CopySignature>& signatures,
                       const std::vector<events::EventFeatures>& features, store::Batch* batch,
                       int64_t* copies_found) {
  const std::vector<Article>& articles = batch->articles;
  std::vector<std::string> ids;
  ids.reserve(articles.size());
  for (const Article& a : articles) ids.push_back(a.id);
  std::vector<bool> stored;
  Status s = store.ContainsArticles(ids, &stored);
  if (!s.ok()) return s;
  // Events of the originals that copies name, looked up once for the batch; originals
  // in this batch are found in `event_of` as they are clustered.
  std::unordered_map<std::string, int64_t> event_of;
  std::unordered_set<std::string> seen;
  batch->copies.assign(articles.size(), store::CopyRecord());
  batch->events.assign(articles.size(), store::EventRecord());
  for (size_t i = 0; i < articles.size(); ++i) {
    if (stored[i] || !seen.insert(articles[i].id).second) continue;
    const link::CopyMatch match = detector_->Add(articles[i].id, signatures[i], articles[i].published);
    store::CopyRecord& record = batch->copies[i];
    record.signature = link::SerializeCopySignature(signatures[i]);
    int64_t copy_of_event = 0;
    if (match.kind != link::CopyKind::kNone) {
      const auto known = event_of.find(match.original_id);
      if (known != event_of.end()) {
        copy_of_event = known->second;
      } else {
        std::vector<int64_t> found;
        s = store.EventsOf({match.original_id}, &found);
        if (!s.ok()) return s;
        copy_of_event = found[0];
      }
    }
    const events::Assignment assigned = clusterer_->Add(features[i], copy_of_event);
    event_of[articles[i].id] = assigned.event;
    store::EventRecord& event = batch->events[i];
    event.features = events::SerializeEventFeatures(features[i]);
    event.event = assigned.event;
    event.storyline = assigned.storyline;
    event.score = assigned.score;
    if (match.kind == link::CopyKind::kNone) continue;
    ++*copies_found;
    record.original_id = match.original_id;
    record.group_id = match.group_id;
    record.kind = link::CopyKindName(match.kind);
    record.reused_share = match.reused_share;
    record.similarity = match.similarity;
    record.coverage = match.coverage;
    record.aligned = match.aligned_sentences;
  }
  return Status::Ok();
}

}  // namespace sitrep::pipeline
