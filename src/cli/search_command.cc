#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct SearchArgs {
  std::string query;
  bool json = false;
  std::string since, until, source;
  int64_t limit = 20;
  int64_t offset = 0;
};

// The store marks matched words with [ and ]; on a terminal they become bold.
std::string Highlight(const std::string& snippet, bool color) {
  if (!color) return snippet;
  std::string out;
  out.reserve(snippet.size() + 32);
  for (char c : snippet) {
    if (c == '[') out += "\033[1m";
    else if (c == ']') out += "\033[0m";
    else out += c;
  }
  return out;
}

int RunSearch(const Context& context, const SearchArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::SearchQuery query;
  query.text = args.query;
  query.since = args.since;
  query.until = args.until;
  query.source = args.source;
  query.limit = args.limit;
  query.offset = args.offset;
  std::vector<store::SearchHit> hits;
  Status s = store->Search(query, &hits);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  const bool color = StdoutIsTerminal();
  for (const store::SearchHit& hit : hits) {
    if (args.json) {
      PrintJsonLine(report::SearchHitJson(hit));
      continue;
    }
    const Article& a = hit.article.article;
    fmt::print("{}  {:<16}  {:<14}  {}\n    {}\n", a.id,
               a.published.empty() ? "undated" : a.published.substr(0, 16),
               (a.source.empty() ? std::string("-") : a.source).substr(0, 14),
               report::DisplayTitle(hit.article, 80), Highlight(hit.snippet, color));
  }
  if (!args.json && hits.empty()) fmt::print(stderr, "no article matches\n");
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Full-text search over titles and texts, best match first.\n"
      "All words must occur; \"quoted words\" must occur together; a OR b; -word excludes.");
  cmd->add_option("query", args->query, "What to look for")->required();
  cmd->add_flag("--json", args->json, "JSON Lines: article fields plus snippet and score");
  AddDateBounds(cmd, &args->since, &args->until);
  cmd->add_option("--source", args->source, "Only articles from this source (case-insensitive)");
  cmd->add_option("--limit", args->limit, "At most this many results (default 20)")->check(CLI::Range(int64_t{1}, int64_t{10000}));
  cmd->add_option("--offset", args->offset, "Skip this many results (paging)")->check(CLI::NonNegativeNumber);
  cmd->callback([&context, args] { context.run = [&context, args] { return RunSearch(context, *args); }; });
}

}  // namespace sitrep::cli
