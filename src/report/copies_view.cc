// Copy groups as users read them: members, kinds, and the likely original with why.
#include <map>
#include <string>

#include "sitrep/copies.h"
#include "sitrep/report.h"

namespace sitrep::report {
namespace {

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

link::OriginalChoice LikelyOriginal(const store::CopyGroup& group) {
  // How much of the others each member contains: a copy carries `coverage` of what it
  // copies; an article others copy contains what they reused of it, on average.
  std::map<std::string, std::pair<double, int>> reused_from;
  for (const store::CopyMember& m : group.members) {
    if (m.kind.empty()) continue;
    auto& [sum, n] = reused_from[m.copies_id];
    sum += m.reused_share;
    ++n;
  }
  std::vector<link::GroupMember> members;
  for (const store::CopyMember& m : group.members) {
    link::GroupMember g;
    g.id = m.article.article_id;
    g.published = m.article.published;
    g.text_length = static_cast<size_t>(m.text_bytes);
    const auto it = reused_from.find(g.id);
    const double as_source = it == reused_from.end() ? 0.0 : it->second.first / it->second.second;
    g.contains_others = m.kind.empty() ? as_source : std::max(as_source, m.coverage);
    members.push_back(std::move(g));
  }
  return link::PickOriginal(members);
}

nlohmann::json CopyMemberJson(const store::CopyMember& m) {
  return {{"article_id", m.article.article_id},
          {"title", OrNull(m.article.title)},
          {"source", OrNull(m.article.source)},
          {"published", OrNull(m.article.published)},
          {"kind", OrNull(m.kind)},
          {"copies", OrNull(m.copies_id)},
          {"reused_share", m.reused_share},
          {"similarity", m.similarity},
          {"coverage", m.coverage},
          {"text_bytes", m.text_bytes}};
}

nlohmann::json CopyGroupJson(const store::CopyGroup& group) {
  const link::OriginalChoice original = LikelyOriginal(group);
  nlohmann::json members = nlohmann::json::array();
  for (const store::CopyMember& m : group.members) members.push_back(CopyMemberJson(m));
  return {{"group_id", group.group_id},
          {"size", group.members.size()},
          {"original", {{"article_id", original.id}, {"reason", original.reason}}},
          {"members", members}};
}

nlohmann::json ArticleCopiesJson(const store::ArticleCopies& copies) {
  nlohmann::json copied_by = nlohmann::json::array();
  for (const store::CopyMember& m : copies.copied_by) copied_by.push_back(CopyMemberJson(m));
  return {{"copy_of", copies.is_copy ? CopyMemberJson(copies.copy) : nlohmann::json(nullptr)},
          {"copied_by", copied_by},
          {"group_id", OrNull(copies.group_id)},
          {"group_size", copies.group_size}};
}

}  // namespace sitrep::report
