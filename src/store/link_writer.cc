#include "store/link_writer.h"

#include <fmt/format.h>

namespace sitrep::store {
namespace {

Status SeqOf(Database* db, const std::string& id, int64_t* seq) {
  ScopedStatement stmt = db->Prepare("SELECT seq FROM articles WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, id);
  if (stmt->Step()) {
    *seq = stmt->ColumnInt64(0);
    return Status::Ok();
  }
  if (!stmt->status().ok()) return stmt->status();
  return Status::Error(fmt::format("copy of unknown article {}", id));
}

}  // namespace

Status WriteCopyRecord(Database* db, int64_t seq, const CopyRecord& record) {
  if (!record.signature.empty()) {
    ScopedStatement sig =
        db->Prepare("INSERT INTO copy_signatures(article_seq, signature) VALUES (?1, ?2)");
    if (!sig.ok()) return sig.status();
    sig->BindInt64(1, seq);
    sig->BindBlob(2, record.signature);
    Status s = sig->Run();
    if (!s.ok()) return s;
  }
  if (record.original_id.empty()) return Status::Ok();
  int64_t original = 0, group = 0;
  Status s = SeqOf(db, record.original_id, &original);
  if (s.ok()) s = SeqOf(db, record.group_id.empty() ? record.original_id : record.group_id, &group);
  if (!s.ok()) return s;
  std::string aligned;
  if (!record.aligned.empty()) {
    aligned = "[";
    for (size_t i = 0; i < record.aligned.size(); ++i) {
      aligned += fmt::format("{}[{},{}]", i ? "," : "", record.aligned[i].first, record.aligned[i].second);
    }
    aligned += "]";
  }
  ScopedStatement row = db->Prepare(
      "INSERT INTO copies(article_seq, original_seq, group_seq, kind, reused_share, similarity, "
      "coverage, aligned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!row.ok()) return row.status();
  row->BindInt64(1, seq);
  row->BindInt64(2, original);
  row->BindInt64(3, group);
  row->BindText(4, record.kind);
  row->BindDouble(5, record.reused_share);
  row->BindDouble(6, record.similarity);
  row->BindDouble(7, record.coverage);
  row->BindTextOrNull(8, aligned);
  return row->Run();
}

Status WriteEventRecord(Database* db, int64_t seq, const EventRecord& record) {
  if (!record.features.empty()) {
    ScopedStatement f = db->Prepare("INSERT INTO event_features(article_seq, features) VALUES (?1, ?2)");
    if (!f.ok()) return f.status();
    f->BindInt64(1, seq);
    f->BindBlob(2, record.features);
    Status s = f->Run();
    if (!s.ok()) return s;
  }
  if (record.event == 0) return Status::Ok();
  ScopedStatement row = db->Prepare(
      "INSERT INTO article_events(article_seq, event_id, storyline_id, score) VALUES (?1, ?2, ?3, ?4)");
  if (!row.ok()) return row.status();
  row->BindInt64(1, seq);
  row->BindInt64(2, record.event);
  row->BindInt64(3, record.storyline);
  row->BindDouble(4, record.score);
  return row->Run();
}

}  // namespace sitrep::store
