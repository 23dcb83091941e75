// `sitrep entities`, `sitrep quotes`, `sitrep figures`: the facts of the whole store.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct PageArgs {
  bool json = false;
  std::string since, until, source;
  int64_t limit = 50;
  int64_t offset = 0;
};

void AddPageOptions(CLI::App* cmd, PageArgs* args, const char* what) {
  cmd->add_flag("--json", args->json, fmt::format("JSON Lines: one object per {} (fields in README)", what));
  AddDateBounds(cmd, &args->since, &args->until);
  cmd->add_option("--source", args->source, "Only from articles of this source (case-insensitive)");
  cmd->add_option("--limit", args->limit, "At most this many (-1: all)");
  cmd->add_option("--offset", args->offset, "Skip this many first")->check(CLI::NonNegativeNumber);
}

void CopyPage(const PageArgs& args, store::FactQuery* q) {
  q->since = args.since;
  q->until = args.until;
  q->source = args.source;
  q->limit = args.limit;
  q->offset = args.offset;
}

std::string Where(const store::FactSource& from) {
  return fmt::format("{} {} {}", from.source.empty() ? "-" : from.source,
                     from.published.empty() ? "undated" : from.published.substr(0, 10),
                     from.article_id);
}

std::string Join(const std::vector<std::string>& items, size_t max) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < max; ++i) out += (i ? "; " : "") + items[i];
  return out;
}

struct EntityArgs : PageArgs {
  std::string type, name;
};

int RunEntities(const Context& context, const EntityArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::EntityQuery q;
  CopyPage(args, &q);
  q.type = args.type;
  q.name = args.name;
  std::vector<store::StoredEntity> entities;
  Status s = store->ListEntities(q, &entities);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const store::StoredEntity& e : entities) {
    if (args.json) {
      PrintJsonLine(report::EntityJson(e));
      continue;
    }
    std::string also;
    for (const std::string& n : e.names) {
      if (n != e.name && also.size() < 60) also += (also.empty() ? "" : ", ") + n;
    }
    fmt::print("{:>6} art  {:<4} {}{}{}{}\n", e.articles, e.type, e.name,
               e.roles.empty() ? "" : " (" + Join(e.roles, 3) + ")",
               also.empty() ? "" : "  also: " + also,
               e.quotes ? fmt::format("  [{} quotes]", e.quotes) : "");
  }
  return kExitOk;
}

struct QuoteArgs : PageArgs {
  std::string speaker, text;
};

int RunQuotes(const Context& context, const QuoteArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::QuoteQuery q;
  CopyPage(args, &q);
  q.speaker = args.speaker;
  q.text = args.text;
  std::vector<store::StoredQuote> quotes;
  Status s = store->ListQuotes(q, &quotes);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const store::StoredQuote& quote : quotes) {
    if (args.json) {
      PrintJsonLine(report::QuoteJson(quote, true));
      continue;
    }
    fmt::print("{} ({}{}): {}{}{}\n    {}\n", quote.speaker.empty() ? "unattributed" : quote.speaker,
               quote.cue.empty() ? "-" : quote.cue, quote.direct ? "" : ", reported",
               quote.direct ? "“" : "", quote.text, quote.direct ? "”" : "", Where(quote.from));
  }
  return kExitOk;
}

struct FigureArgs : PageArgs {
  std::string counted, unit;
};

int RunFigures(const Context& context, const FigureArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::FigureQuery q;
  CopyPage(args, &q);
  q.counted = args.counted;
  q.unit = args.unit;
  std::vector<store::StoredFigure> figures;
  Status s = store->ListFigures(q, &figures);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const store::StoredFigure& f : figures) {
    if (args.json) {
      PrintJsonLine(report::FigureJson(f, true));
      continue;
    }
    fmt::print("{:<44} “{}”  {}\n", report::DescribeFigure(f), f.text, Where(f.from));
  }
  return kExitOk;
}

}  // namespace

void AddFactsCommands(CLI::App& app, Context& context) {
  auto entities = std::make_shared<EntityArgs>();
  CLI::App* e = app.add_subcommand(
      "entities", "People, organisations and places, merged across spellings; most articles first.");
  AddPageOptions(e, entities.get(), "entity");
  e->add_option("--type", entities->type, "PER, ORG, LOC, NORP or MISC")
      ->check(CLI::IsMember({"PER", "ORG", "LOC", "NORP", "MISC"}));
  e->add_option("--name", entities->name, "Only entities whose name contains these words");
  e->callback([&context, entities] { context.run = [&context, entities] { return RunEntities(context, *entities); }; });

  auto quotes = std::make_shared<QuoteArgs>();
  quotes->limit = 100;
  CLI::App* q = app.add_subcommand("quotes", "Quotes with their speakers, in ingest order.");
  AddPageOptions(q, quotes.get(), "quote");
  q->add_option("--speaker", quotes->speaker, "Only quotes of this speaker (words of the name)");
  q->add_option("--text", quotes->text, "Only quotes containing these words");
  q->callback([&context, quotes] { context.run = [&context, quotes] { return RunQuotes(context, *quotes); }; });

  auto figures = std::make_shared<FigureArgs>();
  figures->limit = 100;
  CLI::App* f = app.add_subcommand("figures", "Figures with what they count, in ingest order.");
  AddPageOptions(f, figures.get(), "figure");
  f->add_option("--counted", figures->counted, "Only figures counting this noun (\"troops\")");
  f->add_option("--unit", figures->unit, "Only figures in this unit (\"EUR\", \"km\", \"percent\")");
  f->callback([&context, figures] { context.run = [&context, figures] { return RunFigures(context, *figures); }; });
}

}  // namespace sitrep::cli
