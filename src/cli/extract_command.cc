// `sitrep extract FILE`: what sitrep makes of one document, without a store. Runs the
// per-article stages (read, clean, analyse) on every document in the file and prints
// each: metadata, clean text and facts.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/analysis.h"
#include "sitrep/ingest.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct ExtractArgs {
  std::string path;
  std::string format;
  bool json = false;
  bool no_text = false;
};

void PrintArticle(const Article& a, const extract::ArticleFacts& facts, const ExtractArgs& args) {
  const store::ArticleFactsView view = report::ViewOfFacts(a, facts);
  if (args.json) {
    store::StoredArticle stored;
    stored.article = a;
    nlohmann::json j = report::ArticleJson(stored, !args.no_text);
    j.erase("seq");
    j.erase("ingested_at");
    j["facts"] = report::ArticleFactsJson(view);
    PrintJsonLine(j);
    return;
  }
  auto field = [](const char* name, const std::string& value) {
    if (!value.empty()) fmt::print("{:<12}{}\n", name, value);
  };
  field("origin", a.origin);
  field("id", a.id);
  field("title", a.title);
  field("source", a.source);
  fmt::print("{:<12}{}\n", "published", a.published.empty() ? "unknown" : a.published);
  field("dateline", a.dateline);
  field("author", a.author);
  field("url", a.url);
  fmt::print("{:<12}{} ({:.2f})\n", "language", a.language, a.language_confidence);
  if (!args.no_text) fmt::print("\n{}\n", a.text);
  PrintFacts(view);
}

int RunExtract(const ExtractArgs& args) {
  ingest::WalkOptions walk;
  walk.forced_format = args.format;
  ingest::InputWalker walker({args.path}, walk);
  ingest::Record record;
  ingest::InputError error;
  int documents = 0, failures = 0;
  for (;;) {
    const auto item = walker.Next(&record, &error);
    if (item == ingest::InputWalker::Item::kEnd) break;
    if (item == ingest::InputWalker::Item::kError) {
      fmt::print(stderr, "sitrep: {}: {}\n", error.origin, error.reason);
      ++failures;
      continue;
    }
    Article article;
    Status s = ingest::ParseRecord(record, &article);
    if (!s.ok()) {
      fmt::print(stderr, "sitrep: {}: {}\n", record.origin, s.message());
      ++failures;
      continue;
    }
    if (documents > 0 && !args.json) fmt::print("\n{}\n\n", std::string(72, '-'));
    PrintArticle(article, extract::AnalyseArticle(article), args);
    ++documents;
  }
  if (documents == 0) return kExitError;
  return failures > 0 ? kExitSomeInputsFailed : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Show what sitrep makes of one file (every document in it), without a store.");
  cmd->add_option("file", args->path, "A file of any format sitrep reads, or - for stdin")->required();
  cmd->add_option("--format", args->format, "Read it as this format instead of detecting it")
      ->check(CLI::IsMember(ingest::KnownFormats()));
  cmd->add_flag("--json", args->json, "One JSON object per document: article fields and facts");
  cmd->add_flag("--no-text", args->no_text, "Leave the clean text out");
  cmd->callback([&context, args] { context.run = [args] { return RunExtract(*args); }; });
}

}  // namespace sitrep::cli
