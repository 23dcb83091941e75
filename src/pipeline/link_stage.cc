#include "pipeline/link_stage.h"

#include <fmt/format.h>

#include "sitrep/copy_codec.h"

namespace sitrep::pipeline {

LinkStage::LinkStage() : detector_(std::make_unique<link::CopyDetector>()) {}

Status LinkStage::Resume(const store::Store& store, int64_t* replayed) {
  *replayed = 0;
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
  if (damaged > 0) {
    return Status::Error(fmt::format(
        "{} stored copy signatures are unreadable (written by another sitrep version?)", damaged));
  }
  return Status::Ok();
}

Status LinkStage::Link(const store::Store& store, const std::vector<link::CopySignature>& signatures,
                       store::Batch* batch, int64_t* copies_found) {
  const std::vector<Article>& articles = batch->articles;
  std::vector<std::string> ids;
  ids.reserve(articles.size());
  for (const Article& a : articles) ids.push_back(a.id);
  std::vector<bool> stored;
  Status s = store.ContainsArticles(ids, &stored);
  if (!s.ok()) return s;
  std::unordered_set<std::string> seen;
  batch->copies.assign(articles.size(), store::CopyRecord());
  for (size_t i = 0; i < articles.size(); ++i) {
    if (stored[i] || !seen.insert(articles[i].id).second) continue;
    const link::CopyMatch match = detector_->Add(articles[i].id, signatures[i], articles[i].published);
    store::CopyRecord& record = batch->copies[i];
    record.signature = link::SerializeCopySignature(signatures[i]);
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
