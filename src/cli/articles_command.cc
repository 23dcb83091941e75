#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/report.h"

namespace sitrep::cli {
namespace {

struct ListArgs {
  bool json = false;
  std::string since, until, source;
  int64_t limit = -1;
};

struct ShowArgs {
  std::string id;
  bool json = false;
};

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

// "event" and "storyline" of an article: ids, or null when it was not clustered.
void AddEvent(const store::Store& store, const std::string& id, nlohmann::json* j) {
  int64_t event = 0, storyline = 0;
  store.GetArticleEvent(id, &event, &storyline);  // a read error leaves both null
  (*j)["event"] = event ? nlohmann::json(event) : nlohmann::json();
  (*j)["storyline"] = storyline ? nlohmann::json(storyline) : nlohmann::json();
}

int RunArticles(const Context& context, const ListArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::ListOptions options;
  options.since = args.since;
  options.until = args.until;
  options.source = args.source;
  options.limit = args.limit;
  for (const store::StoredArticle& a : store->ListArticles(options)) {
    if (args.json) {
      nlohmann::json j = report::ArticleJson(a, /*with_text=*/false);
      AddEvent(*store, a.article.id, &j);
      PrintJsonLine(j);
    } else {
      fmt::print("{}  {:<16}  {:<14}  {}\n", a.article.id, OrDash(a.article.published).substr(0, 16),
                 OrDash(a.article.source).substr(0, 14), report::DisplayTitle(a, 80));
    }
  }
  return kExitOk;
}

int RunArticle(const Context& context, const ShowArgs& args) {
  auto store = OpenStoreOrComplain(context.db_path);
  if (!store) return kExitError;
  store::StoredArticle a;
  Status s = store->GetArticle(args.id, &a);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  store::ArticleFactsView facts;
  s = store->GetArticleFacts(a.article.id, &facts);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  store::ArticleCopies copies;
  s = store->GetArticleCopies(a.article.id, &copies);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  if (args.json) {
    nlohmann::json j = report::ArticleJson(a, /*with_text=*/true);
    AddEvent(*store, a.article.id, &j);
    j["copies"] = report::ArticleCopiesJson(copies);
    j["facts"] = report::ArticleFactsJson(facts);
    PrintJsonLine(j);
    return kExitOk;
  }
  const Article& art = a.article;
  fmt::print("id          {}\n", art.id);
  fmt::print("title       {}\n", OrDash(art.title));
  fmt::print("source      {}\n", OrDash(art.source));
  fmt::print("published   {}\n", art.published.empty() ? "unknown" : art.published);
  if (!art.dateline.empty()) fmt::print("dateline    {}\n", art.dateline);
  if (!art.author.empty()) fmt::print("author      {}\n", art.author);
  if (!art.url.empty()) fmt::print("url         {}\n", art.url);
  if (!art.external_id.empty()) fmt::print("external id {}\n", art.external_id);
  fmt::print("language    {} ({:.2f})\n", art.language, art.language_confidence);
  fmt::print("read from   {} ({})\n", art.origin, art.format);
  int64_t event = 0, storyline = 0;
  if (store->GetArticleEvent(art.id, &event, &storyline).ok() && event > 0) {
    fmt::print("event       {} in storyline {} (sitrep storyline {})\n", event, storyline, storyline);
  }
  if (copies.is_copy) {
    fmt::print("copy of     {} ({}, {:.0f}% of this text reused)\n", copies.copy.copies_id,
               copies.copy.kind, 100 * copies.copy.reused_share);
  }
  if (!copies.copied_by.empty()) {
    std::string ids;
    for (const store::CopyMember& m : copies.copied_by) {
      if (ids.size() < 120) ids += (ids.empty() ? "" : ", ") + m.article.article_id;
    }
    fmt::print("copied by   {} article{}: {}\n", copies.copied_by.size(),
               copies.copied_by.size() == 1 ? "" : "s", ids);
  }
  if (copies.group_size > 0) {
    fmt::print("copy group  {} articles (sitrep copies shows it)\n", copies.group_size);
  }
  fmt::print("\n{}\n", art.text);
  PrintFacts(facts);
  return kExitOk;
}

}  // namespace

// The facts under the text: who is named, who said what, which figures.
void PrintFacts(const store::ArticleFactsView& facts) {
  if (!facts.known) {
    fmt::print("\n(no facts: stored before sitrep kept them)\n");
    return;
  }
  if (!facts.analysed) {
    fmt::print("\n(no facts: {})\n", facts.skipped);
    return;
  }
  if (!facts.entities.empty()) {
    fmt::print("\nentities\n");
    for (const store::ArticleEntity& e : facts.entities) {
      std::string roles;
      for (const std::string& r : e.roles) roles += (roles.empty() ? "" : "; ") + r;
      fmt::print("  {:<4} {}{}  ×{}\n", e.type, e.name, roles.empty() ? "" : " (" + roles + ")",
                 e.spans.size());
    }
  }
  if (!facts.quotes.empty()) {
    fmt::print("\nquotes\n");
    for (const store::StoredQuote& q : facts.quotes) {
      fmt::print("  {} ({}): {}{}{}\n", q.speaker.empty() ? "unattributed" : q.speaker,
                 q.cue.empty() ? "-" : q.cue, q.direct ? "“" : "", q.text, q.direct ? "”" : "");
    }
  }
  if (!facts.figures.empty()) {
    fmt::print("\nfigures\n");
    for (const store::StoredFigure& f : facts.figures) {
      fmt::print("  {:<44} “{}”\n", report::DescribeFigure(f), f.text);
    }
  }
  size_t resolved = 0;
  for (const store::StoredTime& t : facts.times) resolved += t.resolved;
  if (!facts.times.empty()) {
    fmt::print("\ntimes ({} of {} resolved)\n", resolved, facts.times.size());
    for (const store::StoredTime& t : facts.times) {
      fmt::print("  {:<28} {}\n", t.text, t.resolved ? t.value : "unresolved");
    }
  }
}

void AddArticlesCommands(CLI::App& app, Context& context) {
  auto list = std::make_shared<ListArgs>();
  CLI::App* cmd = app.add_subcommand("articles", "List stored articles, one per line, in ingest order.");
  cmd->add_flag("--json", list->json, "JSON Lines: one object per article (fields in README)");
  AddDateBounds(cmd, &list->since, &list->until);
  cmd->add_option("--source", list->source, "Only articles from this source (case-insensitive)");
  cmd->add_option("--limit", list->limit, "At most this many articles")->check(CLI::PositiveNumber);
  cmd->callback([&context, list] { context.run = [&context, list] { return RunArticles(context, *list); }; });

  auto show = std::make_shared<ShowArgs>();
  CLI::App* one = app.add_subcommand("article", "Show one article: metadata and clean text.");
  one->add_option("id", show->id, "Article id, or a unique prefix of at least 4 characters")->required();
  one->add_flag("--json", show->json, "One JSON object, with the text");
  one->callback([&context, show] { context.run = [&context, show] { return RunArticle(context, *show); }; });
}

}  // namespace sitrep::cli
