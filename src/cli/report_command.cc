#include <iostream>
#include <memory>
#include <string>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct ReportArgs {
  bool json = false;
  size_t latest = 10;
};

int RunReport(const Context& context, const ReportArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  report::SituationReport r = report::BuildReport(*store, context.db_path, args.latest);
  if (args.json) {
    PrintJsonLine(report::ReportJson(r));
  } else {
    std::cout << report::RenderText(r, StdoutIsTerminal());
  }
  return kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand("report", "Print the situation report of the store.");
  cmd->add_flag("--json", args->json, "One JSON object (fields in README)");
  cmd->add_option("--latest", args->latest, "How many latest articles to list (default 10)");
  cmd->callback([&context, args] { context.run = [&context, args] { return RunReport(context, *args); }; });
}

}  // namespace sitrep::cli
