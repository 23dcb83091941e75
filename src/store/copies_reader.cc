// The store's copy listings, and what the link stage reads back to resume.
#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "sitrep/store.h"
#include "store/store_internal.h"

namespace sitrep::store {
namespace {

// A member row: the article, then its copies row when it is a copy (NULLs otherwise).
constexpr std::string_view kMemberColumns =
    "a.seq, a.id, a.title, a.source, a.published, length(a.text), c.kind, o.id, "
    "c.reused_share, c.similarity, c.coverage";

void ReadMember(const Statement& row, CopyMember* m) {
  m->seq = row.ColumnInt64(0);
  m->article.article_id = row.ColumnText(1);
  m->article.title = row.ColumnText(2);
  m->article.source = row.ColumnText(3);
  m->article.published = row.ColumnText(4);
  m->text_bytes = row.ColumnInt64(5);
  m->kind = row.ColumnText(6);
  m->copies_id = row.ColumnText(7);
  m->reused_share = row.ColumnDouble(8);
  m->similarity = row.ColumnDouble(9);
  m->coverage = row.ColumnDouble(10);
}

// Every member of the group whose first member is `group_seq`, in storing order.
Status ReadGroup(Database* db, int64_t group_seq, std::vector<CopyMember>* members) {
  ScopedStatement stmt = db->Prepare(fmt::format(
      "SELECT {} FROM articles a LEFT JOIN copies c ON c.article_seq = a.seq "
      "LEFT JOIN articles o ON o.seq = c.original_seq "
      "WHERE a.seq = ?1 OR a.seq IN (SELECT article_seq FROM copies WHERE group_seq = ?1) "
      "ORDER BY a.seq",
      kMemberColumns));
  if (!stmt.ok()) return stmt.status();
  stmt->BindInt64(1, group_seq);
  while (stmt->Step()) {
    CopyMember m;
    ReadMember(*stmt, &m);
    members->push_back(std::move(m));
  }
  return stmt->status();
}

}  // namespace

Status Store::ContainsArticles(const std::vector<std::string>& ids,
                               std::vector<bool>* found) const {
  found->assign(ids.size(), false);
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare("SELECT 1 FROM articles WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  for (size_t i = 0; i < ids.size(); ++i) {
    stmt->BindText(1, ids[i]);
    (*found)[i] = stmt->Step();
    if (!stmt->status().ok()) return stmt->status();
    stmt->Reset();
  }
  return Status::Ok();
}

Status Store::ForEachCopySignature(
    const std::function<void(const std::string&, const std::string&, const std::string&)>& f)
    const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  ScopedStatement stmt = impl_->db.Prepare(
      "SELECT a.id, a.published, s.signature FROM copy_signatures s "
      "JOIN articles a ON a.seq = s.article_seq ORDER BY s.article_seq");
  if (!stmt.ok()) return stmt.status();
  while (stmt->Step()) f(stmt->ColumnText(0), stmt->ColumnText(1), stmt->ColumnBlob(2));
  return stmt->status();
}

Status Store::ListCopyGroups(const CopyQuery& query, std::vector<CopyGroup>* out) const {
  out->clear();
  // Bounds apply to the group's first member: a group is listed once, where it began.
  Filters filters;
  Status s = BuildFilters(query.since, query.until, query.source, 1, &filters);
  if (!s.ok()) return s;
  if (query.storyline != 0) {
    // A group whose first member or any copy is in the storyline; the id is an integer,
    // written into the SQL so that the subqueries read article_events_by_storyline.
    filters.sql += fmt::format(
        " AND (c.group_seq IN (SELECT article_seq FROM article_events WHERE storyline_id = {0}) "
        "OR c.group_seq IN (SELECT x.group_seq FROM copies x JOIN article_events e "
        "ON e.article_seq = x.article_seq WHERE e.storyline_id = {0}))",
        query.storyline);
  }
  std::string having;
  if (!query.kind.empty()) {
    having = fmt::format(" HAVING sum(c.kind = ?{}) > 0", filters.next_param++);
    filters.values.push_back(query.kind);
  }
  const int page = filters.next_param;
  const std::string sql = fmt::format(
      "SELECT c.group_seq, count(*) FROM copies c JOIN articles a ON a.seq = c.group_seq "
      "WHERE 1{} GROUP BY c.group_seq{} ORDER BY count(*) DESC, c.group_seq "
      "LIMIT ?{} OFFSET ?{}",
      filters.sql, having, page, page + 1);
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  Transaction snapshot(&db);
  s = snapshot.BeginRead();
  if (!s.ok()) return s;
  std::vector<int64_t> groups;
  {
    ScopedStatement stmt = db.Prepare(sql);
    if (!stmt.ok()) return stmt.status();
    filters.Bind(&*stmt, 1);
    stmt->BindInt64(page, query.limit < 0 ? -1 : query.limit);
    stmt->BindInt64(page + 1, std::max<int64_t>(query.offset, 0));
    while (stmt->Step()) groups.push_back(stmt->ColumnInt64(0));
    if (!stmt->status().ok()) return stmt->status();
  }
  for (int64_t g : groups) {
    CopyGroup group;
    s = ReadGroup(&db, g, &group.members);
    if (!s.ok()) {
      out->clear();
      return s;
    }
    if (!group.members.empty()) group.group_id = group.members.front().article.article_id;
    out->push_back(std::move(group));
  }
  return Status::Ok();
}

Status Store::GetArticleCopies(const std::string& article_id, ArticleCopies* out) const {
  *out = ArticleCopies();
  std::lock_guard<std::mutex> lock(impl_->mu);
  Database& db = impl_->db;
  Transaction snapshot(&db);
  Status s = snapshot.BeginRead();
  if (!s.ok()) return s;
  int64_t seq = 0, group = 0;
  {
    ScopedStatement stmt = db.Prepare(fmt::format(
        "SELECT {}, c.group_seq FROM articles a LEFT JOIN copies c ON c.article_seq = a.seq "
        "LEFT JOIN articles o ON o.seq = c.original_seq WHERE a.id = ?1",
        kMemberColumns));
    if (!stmt.ok()) return stmt.status();
    stmt->BindText(1, article_id);
    if (!stmt->Step()) {
      return stmt->status().ok() ? Status::Error(fmt::format("no article with id {}", article_id))
                                 : stmt->status();
    }
    ReadMember(*stmt, &out->copy);
    seq = out->copy.seq;
    out->is_copy = !out->copy.kind.empty();
    group = out->is_copy ? stmt->ColumnInt64(11) : seq;
  }
  {
    ScopedStatement stmt = db.Prepare(fmt::format(
        "SELECT {} FROM copies c JOIN articles a ON a.seq = c.article_seq "
        "JOIN articles o ON o.seq = c.original_seq WHERE c.original_seq = ?1 ORDER BY a.seq",
        kMemberColumns));
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, seq);
    while (stmt->Step()) {
      CopyMember m;
      ReadMember(*stmt, &m);
      out->copied_by.push_back(std::move(m));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  int64_t size = 0;
  {
    ScopedStatement stmt = db.Prepare("SELECT count(*) FROM copies WHERE group_seq = ?1");
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, group);
    if (stmt->Step()) size = stmt->ColumnInt64(0);
    if (!stmt->status().ok()) return stmt->status();
  }
  if (size > 0) {
    out->group_size = size + 1;
    ScopedStatement stmt = db.Prepare("SELECT id FROM articles WHERE seq = ?1");
    if (!stmt.ok()) return stmt.status();
    stmt->BindInt64(1, group);
    if (stmt->Step()) out->group_id = stmt->ColumnText(0);
    if (!stmt->status().ok()) return stmt->status();
  }
  return Status::Ok();
}

}  // namespace sitrep::store
