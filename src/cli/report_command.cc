// `sitrep report`: the situation report, or with --storyline one storyline's report.
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"
#include "sitrep/storyline_report.h"

namespace sitrep::cli {
namespace {

// The storylines the Markdown situation report details (brief and timeline each).
constexpr size_t kDetailedStorylines = 3;

struct ReportArgs {
  bool json = false;
  std::string format = "text";
  int64_t storyline = 0;
  size_t latest = 10;
  size_t brief = 8;
};

int RunStorylineReport(const ReportArgs& args, const store::Store& store) {
  report::StorylineReportOptions options;
  options.brief_sentences = args.brief;
  report::StorylineReport r;
  Status s = report::BuildStorylineReport(store, args.storyline, options, &r);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  if (args.format == "json") {
    PrintJsonLine(report::StorylineReportJson(r));
  } else if (args.format == "markdown") {
    std::cout << report::RenderStorylineMarkdown(r);
  } else {
    std::cout << report::RenderStorylineText(r, StdoutIsTerminal());
  }
  return kExitOk;
}

int RunReport(const Context& context, ReportArgs args) {
  if (args.json) args.format = "json";
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  if (args.storyline > 0) return RunStorylineReport(args, *store);
  report::SituationReport r = report::BuildReport(*store, context.db_path, args.latest);
  if (args.format == "json") {
    PrintJsonLine(report::ReportJson(r));
  } else if (args.format == "markdown") {
    report::StorylineReportOptions options;
    options.brief_sentences = args.brief;
    std::vector<report::StorylineReport> detailed;
    for (const auto& entry : r.storylines) {
      if (detailed.size() == kDetailedStorylines) break;
      report::StorylineReport one;
      Status s = report::BuildStorylineReport(*store, entry.storyline.id, options, &one);
      if (!s.ok()) {
        Complain(s.message());
        return kExitError;
      }
      detailed.push_back(std::move(one));
    }
    std::cout << report::RenderSituationMarkdown(r, detailed);
  } else {
    std::cout << report::RenderText(r, StdoutIsTerminal());
  }
  return kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Print the situation report of the store, or with --storyline one storyline's report.");
  cmd->add_flag("--json", args->json, "One JSON object (fields in README); the same as --format json");
  cmd->add_option("--format", args->format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  cmd->add_option("--storyline", args->storyline,
                  "One storyline's report: timeline, brief, claims, quotes, sources, copies")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--brief", args->brief, "Sentences in a storyline's brief")->capture_default_str();
  cmd->add_option("--latest", args->latest, "How many latest articles to list (default 10)");
  cmd->callback([&context, args] { context.run = [&context, args] { return RunReport(context, *args); }; });
}

}  // namespace sitrep::cli
