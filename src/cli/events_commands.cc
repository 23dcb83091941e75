// `sitrep storylines`, `sitrep storyline ID`, `sitrep events`: the stream grouped into
// what happened.
#include <algorithm>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct ClusterArgs {
  bool json = false;
  std::string since, until, source;
  int64_t storyline = 0;
  int64_t min_articles = 1;
  int64_t limit = 50;
  int64_t offset = 0;
};

std::string Span(const store::StoredCluster& c) {
  if (c.first_published.empty()) return "undated";
  const std::string a = c.first_published.substr(0, 10), b = c.last_published.substr(0, 10);
  return a == b ? a : a + " – " + b;
}

std::string Names(const store::StoredCluster& c) {
  std::string out;
  for (const std::string& n : c.top_entities) out += (out.empty() ? "" : ", ") + n;
  return out;
}

store::ClusterQuery Query(const ClusterArgs& args) {
  store::ClusterQuery q;
  q.since = args.since;
  q.until = args.until;
  q.source = args.source;
  q.storyline = args.storyline;
  q.min_articles = args.min_articles;
  q.limit = args.limit;
  q.offset = args.offset;
  return q;
}

void PrintEvent(const store::StoredCluster& e, const char* indent) {
  fmt::print("{}event {:<6} {:<25} {:>4} articles ({} copies, {} sources)  {}\n", indent, e.id, Span(e),
             e.articles, e.copies, e.sources, e.title.empty() ? "(no headline)" : e.title);
}

int RunStorylines(const Context& context, const ClusterArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  std::vector<store::StoredCluster> storylines;
  Status s = store->ListStorylines(Query(args), &storylines);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const auto& c : storylines) {
    if (args.json) {
      PrintJsonLine(report::ClusterJson(c, false));
      continue;
    }
    fmt::print("storyline {:<5} {:<25} {:>5} articles, {:>3} events  {}\n", c.id, Span(c), c.articles,
               c.events, Names(c));
  }
  return kExitOk;
}

int RunStoryline(const Context& context, ClusterArgs args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::ClusterQuery q = Query(args);
  std::vector<store::StoredCluster> found;
  Status s = store->ListStorylines(q, &found);
  store::StoredCluster* storyline = nullptr;
  for (auto& c : found) {
    if (c.id == args.storyline) storyline = &c;
  }
  if (s.ok() && storyline == nullptr) s = Status::Error(fmt::format("no storyline {}", args.storyline));
  std::vector<store::StoredCluster> events;
  if (s.ok()) {
    q.limit = -1;
    s = store->ListEvents(q, &events);
  }
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  // Its events in date order, undated ones last: the storyline's timeline.
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    if (a.first_published.empty() != b.first_published.empty()) return b.first_published.empty();
    return a.first_published < b.first_published;
  });
  if (args.json) {
    nlohmann::json j = report::ClusterJson(*storyline, false);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : events) list.push_back(report::ClusterJson(e, true));
    j["timeline"] = list;
    PrintJsonLine(j);
    return kExitOk;
  }
  fmt::print("storyline {}: {} articles, {} events, {}\n  {}\n\n", storyline->id, storyline->articles,
             storyline->events, Span(*storyline), Names(*storyline));
  for (const auto& e : events) PrintEvent(e, "  ");
  return kExitOk;
}

int RunEvents(const Context& context, const ClusterArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  std::vector<store::StoredCluster> events;
  Status s = store->ListEvents(Query(args), &events);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  for (const auto& e : events) {
    if (args.json) {
      PrintJsonLine(report::ClusterJson(e, true));
    } else {
      PrintEvent(e, "");
    }
  }
  return kExitOk;
}

void AddFilters(CLI::App* cmd, ClusterArgs* args, const char* what) {
  cmd->add_flag("--json", args->json, fmt::format("JSON Lines: one object per {} (fields in README)", what));
  AddDateBounds(cmd, &args->since, &args->until);
  cmd->add_option("--source", args->source, "Count only articles from this source");
  cmd->add_option("--min-articles", args->min_articles, "Only those with at least this many articles")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--limit", args->limit, "At most this many (-1: all)");
  cmd->add_option("--offset", args->offset, "Skip this many first")->check(CLI::NonNegativeNumber);
}

}  // namespace

void AddEventsCommands(CLI::App& app, Context& context) {
  auto storylines = std::make_shared<ClusterArgs>();
  CLI::App* ls = app.add_subcommand("storylines", "Storylines: events that continue one another, largest first.");
  AddFilters(ls, storylines.get(), "storyline");
  ls->callback([&context, storylines] { context.run = [&context, storylines] { return RunStorylines(context, *storylines); }; });

  auto one = std::make_shared<ClusterArgs>();
  one->limit = -1;
  CLI::App* show = app.add_subcommand("storyline", "One storyline: its events in date order.");
  show->add_option("id", one->storyline, "Storyline id (from sitrep storylines)")->required()->check(CLI::PositiveNumber);
  show->add_flag("--json", one->json, "One JSON object with its timeline of events");
  show->callback([&context, one] { context.run = [&context, one] { return RunStoryline(context, *one); }; });

  auto events = std::make_shared<ClusterArgs>();
  CLI::App* ev = app.add_subcommand("events", "Events: articles reporting the same development, largest first.");
  AddFilters(ev, events.get(), "event");
  ev->add_option("--storyline", events->storyline, "Only events of this storyline")->check(CLI::PositiveNumber);
  ev->callback([&context, events] { context.run = [&context, events] { return RunEvents(context, *events); }; });
}

}  // namespace sitrep::cli
