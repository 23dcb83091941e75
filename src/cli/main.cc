// sitrep: from a flood of news articles to a situation report. See README.md.
#include <CLI/CLI.hpp>

#include "cli/cli_common.h"

int main(int argc, char** argv) {
  sitrep::cli::Context context;
  CLI::App app{
      "sitrep: turns a flood of news articles into a situation report.\n"
      "Ingest files or folders, then list, search and report. The store is one SQLite file."};
  app.name("sitrep");
  app.set_version_flag("--version", "sitrep 0.1.0");
  app.require_subcommand(1);
  // --db may follow the command name: `sitrep search Kirby --db news.db`.
  app.fallthrough();
  app.add_option("--db", context.db_path, "Store file (default ./sitrep.db)")
      ->envname("SITREP_DB");

  sitrep::cli::AddIngestCommand(app, context);
  sitrep::cli::AddArticlesCommands(app, context);
  sitrep::cli::AddSearchCommand(app, context);
  sitrep::cli::AddFactsCommands(app, context);
  sitrep::cli::AddExtractCommand(app, context);
  sitrep::cli::AddCopiesCommand(app, context);
  sitrep::cli::AddEventsCommands(app, context);
  sitrep::cli::AddClaimsCommand(app, context);
  sitrep::cli::AddReportCommand(app, context);
  sitrep::cli::AddServeCommand(app, context);
  sitrep::cli::AddTimelineCommand(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return context.run ? context.run() : sitrep::cli::kExitError;
}
