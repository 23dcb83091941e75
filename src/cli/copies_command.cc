// `sitrep copies`: copy groups (one story and its republications), largest first.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct CopiesArgs {
  bool json = false;
  std::string since, until, source, kind;
  int64_t limit = 20;
  int64_t offset = 0;
};

std::string Shorten(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

int RunCopies(const Context& context, const CopiesArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::CopyQuery q;
  q.since = args.since;
  q.until = args.until;
  q.source = args.source;
  q.kind = args.kind;
  q.limit = args.limit;
  q.offset = args.offset;
  std::vector<store::CopyGroup> groups;
  Status s = store->ListCopyGroups(q, &groups);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const store::CopyGroup& g : groups) {
    if (args.json) {
      PrintJsonLine(report::CopyGroupJson(g));
      continue;
    }
    const link::OriginalChoice original = report::LikelyOriginal(g);
    fmt::print("{} articles; likely original {} ({})\n", g.members.size(), original.id, original.reason);
    for (const store::CopyMember& m : g.members) {
      const std::string how = m.kind.empty()
                                  ? std::string("first stored")
                                  : fmt::format("{} {:.0f}%", m.kind, 100 * m.reused_share);
      fmt::print("  {}  {:<16}  {:<14}  {:<13}  {}\n", m.article.article_id,
                 m.article.published.empty() ? "undated" : m.article.published.substr(0, 16),
                 Shorten(m.article.source.empty() ? "-" : m.article.source, 14), how,
                 Shorten(m.article.title, 60));
    }
    fmt::print("\n");
  }
  return kExitOk;
}

}  // namespace

void AddCopiesCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<CopiesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "copies", "Copy groups: one story and its copies (exact, near, rewritten), largest first.");
  cmd->add_flag("--json", args->json, "JSON Lines: one object per group (fields in README)");
  AddDateBounds(cmd, &args->since, &args->until);
  cmd->add_option("--source", args->source, "Only groups whose first article is from this source");
  cmd->add_option("--kind", args->kind, "Only groups with a copy of this kind")
      ->check(CLI::IsMember({"exact", "near", "rewrite"}));
  cmd->add_option("--limit", args->limit, "At most this many groups (-1: all)");
  cmd->add_option("--offset", args->offset, "Skip this many first")->check(CLI::NonNegativeNumber);
  cmd->callback([&context, args] { context.run = [&context, args] { return RunCopies(context, *args); }; });
}

}  // namespace sitrep::cli
