// What the furniture learner reads back to resume: each stored article's paragraph keys.
#include "sitrep/store.h"
#include "store/store_internal.h"

namespace sitrep::store {

Status Store::ForEachParagraphKeys(
    const std::function<void(const std::string&, const std::string&, const std::string&)>& f) const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT a.source, a.url, k.keys FROM paragraph_keys k JOIN articles a ON a.seq = k.article_seq "
      "ORDER BY k.article_seq");
  if (!stmt.ok()) return stmt.status();
  while (stmt->Step()) f(stmt->ColumnText(0), stmt->ColumnText(1), stmt->ColumnBlob(2));
  return stmt->status();
}

}  // namespace sitrep::store
