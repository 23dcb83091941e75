// `sitrep timeline ID`: one storyline's events in the order they happened, each dated by
// the day its articles say it happened (else the day it was published), undated apart.
#include <iostream>
#include <memory>

#include "cli/cli_common.h"
#include "sitrep/storyline_report.h"

namespace sitrep::cli {
namespace {

struct TimelineArgs {
  int64_t storyline = 0;
  bool json = false;
};

int RunTimeline(const Context& context, const TimelineArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  report::StorylineReport r;
  Status s = report::BuildStorylineTimeline(*store, args.storyline, report::StorylineReportOptions(), &r);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  if (args.json) {
    nlohmann::json j = report::TimelineJson(r.timeline);
    j["storyline"] = r.storyline.id;
    PrintJsonLine(j);
  } else {
    std::cout << report::RenderTimelineText(r, StdoutIsTerminal());
  }
  return kExitOk;
}

}  // namespace

void AddTimelineCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* cmd = app.add_subcommand("timeline", "One storyline's events in the order they happened.");
  cmd->add_option("id", args->storyline, "Storyline id (from sitrep storylines)")->required()->check(CLI::PositiveNumber);
  cmd->add_flag("--json", args->json, "One JSON object: {storyline, dated, undated}");
  cmd->callback([&context, args] { context.run = [&context, args] { return RunTimeline(context, *args); }; });
}

}  // namespace sitrep::cli
