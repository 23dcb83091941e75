// `sitrep claims`: per storyline, the figures sources state about the same thing, and
// whether they agree.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/claims.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct ClaimsArgs {
  bool json = false;
  bool conflicts = false;
  int64_t storyline = 0;
  size_t min_sources = 2;
};

int RunClaims(const Context& context, const ClaimsArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  std::vector<int64_t> storylines;
  if (args.storyline > 0) {
    storylines.push_back(args.storyline);
  } else {
    store::ClusterQuery all;
    all.limit = -1;
    std::vector<store::StoredCluster> list;
    Status s = store->ListStorylines(all, &list);
    if (!s.ok()) {
      Complain(s.message());
      return kExitError;
    }
    for (const auto& c : list) storylines.push_back(c.id);
  }
  for (int64_t id : storylines) {
    store::FigureQuery q;
    q.storyline = id;
    q.limit = -1;
    std::vector<store::StoredFigure> figures;
    Status s = store->ListFigures(q, &figures);
    if (!s.ok()) {
      Complain(s.message());
      return kExitError;
    }
    for (const report::ClaimGroup& g : report::BuildClaims(figures, args.min_sources)) {
      if (args.conflicts && g.status != "conflict") continue;
      if (args.json) {
        nlohmann::json j = report::ClaimGroupJson(g);
        j["storyline"] = id;
        PrintJsonLine(j);
        continue;
      }
      const std::string values = g.low == g.high ? report::FormatValue(g.low)
                                                 : report::FormatValue(g.low) + " – " + report::FormatValue(g.high);
      fmt::print("{}  {} {}  (storyline {}, {} sources)\n", g.status == "conflict" ? "CONFLICT" : g.status, values,
                 g.what, id, g.sources.size());
      for (const report::ClaimSource& src : g.sources) {
        const store::FactSource& from = src.figure.from;
        fmt::print("    “{}”  {} {} {}{}\n", src.figure.text, from.source.empty() ? "-" : from.source,
                   from.published.empty() ? "undated" : from.published.substr(0, 10), from.article_id,
                   src.copies.empty() ? "" : fmt::format(" (+{} copies)", src.copies.size()));
      }
    }
  }
  return kExitOk;
}

}  // namespace

void AddClaimsCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<ClaimsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "claims", "Figures that sources state about the same thing, per storyline: agreed or in conflict.");
  cmd->add_flag("--json", args->json, "JSON Lines: one object per claim group (fields in README)");
  cmd->add_flag("--conflicts", args->conflicts, "Only groups whose sources state different values");
  cmd->add_option("--storyline", args->storyline, "Only this storyline")->check(CLI::PositiveNumber);
  cmd->add_option("--min-sources", args->min_sources, "Only groups with at least this many independent sources")
      ->capture_default_str();
  cmd->callback([&context, args] { context.run = [&context, args] { return RunClaims(context, *args); }; });
}

}  // namespace sitrep::cli
