// Shared plumbing of the `sitrep` commands: the store path, exit codes, output helpers.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "sitrep/store.h"

namespace sitrep::cli {

// Exit codes, documented in the README.
constexpr int kExitOk = 0;
constexpr int kExitError = 1;          // nothing useful was done (bad store, bad argument)
constexpr int kExitSomeInputsFailed = 2;  // the run completed, but some inputs were unreadable

// What every command shares. `run` is set by the chosen subcommand's callback and called
// once parsing is done, so that parse errors are reported before any work starts.
struct Context {
  std::string db_path = "sitrep.db";
  std::function<int()> run;
};

// Opens the store or prints "sitrep: <path>: <reason>" and returns null.
std::unique_ptr<store::Store> OpenStoreOrComplain(const std::string& path);

// Prints one JSON object per line (JSON Lines).
void PrintJsonLine(const nlohmann::json& j);

// Prints "sitrep: message" to stderr.
void Complain(const std::string& message);

// True when standard output (or error) is a terminal: colours and progress only then.
bool StdoutIsTerminal();
bool StderrIsTerminal();

// Prints an article's facts under its text: entities, quotes, figures, times.
void PrintFacts(const store::ArticleFactsView& facts);

// Adds --since and --until with validation of their date form.
void AddDateBounds(CLI::App* command, std::string* since, std::string* until);

void AddIngestCommand(CLI::App& app, Context& context);
void AddArticlesCommands(CLI::App& app, Context& context);
void AddSearchCommand(CLI::App& app, Context& context);
void AddReportCommand(CLI::App& app, Context& context);
void AddFactsCommands(CLI::App& app, Context& context);
void AddExtractCommand(CLI::App& app, Context& context);
void AddCopiesCommand(CLI::App& app, Context& context);
void AddEventsCommands(CLI::App& app, Context& context);
void AddClaimsCommand(CLI::App& app, Context& context);
void AddServeCommand(CLI::App& app, Context& context);
void AddTimelineCommand(CLI::App& app, Context& context);

}  // namespace sitrep::cli
