// Scores the copy links in a store against the ground truth of the generated corpus it
// was ingested from (sitrep-gen's truth.jsonl): recall per kind of copy, precision per
// kind of link found, and how many independent reports sharing quotes were linked.
//
//   sitrep-eval-copies --db STORE --truth CORPUS/truth.jsonl
//
// A link counts as correct when it joins two articles of the same true copy group (an
// original and its copies), whichever member it names.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sitrep/store.h"

namespace {

struct Truth {
  std::string copy_of, kind;
  std::vector<std::string> shares_quotes_with;
};

double Ratio(int64_t a, int64_t b) { return b > 0 ? static_cast<double>(a) / b : 0.0; }

}  // namespace

int main(int argc, char** argv) {
  std::string db, truth_path;
  CLI::App app{"Score a store's copy links against a generated corpus's ground truth."};
  app.add_option("--db", db, "Store the corpus was ingested into")->required()->check(CLI::ExistingFile);
  app.add_option("--truth", truth_path, "truth.jsonl written by sitrep-gen")->required()->check(CLI::ExistingFile);
  CLI11_PARSE(app, argc, argv);

  std::map<std::string, Truth> truth;
  std::ifstream in(truth_path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto t = nlohmann::json::parse(line);
    Truth& x = truth[t["id"]];
    if (!t["copy_of"].is_null()) x.copy_of = t["copy_of"];
    if (!t["copy_kind"].is_null()) x.kind = t["copy_kind"];
    for (const auto& s : t["shares_quotes_with"]) x.shares_quotes_with.push_back(s);
  }
  auto root = [&](const std::string& g) { return truth[g].copy_of.empty() ? g : truth[g].copy_of; };

  std::unique_ptr<sitrep::store::Store> store;
  sitrep::Status s = sitrep::store::Store::Open(db, &store);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-copies: {}\n", s.message());
    return 1;
  }
  // The generator's id of each article is its file's stem, or the record's "id" field.
  std::map<std::string, std::string> gen_of;
  sitrep::store::ListOptions all;
  for (const auto& a : store->ListArticles(all)) {
    gen_of[a.article.id] = a.article.external_id.empty()
                               ? std::filesystem::path(a.article.origin).stem().string()
                               : a.article.external_id;
  }
  std::set<std::string> stored;
  for (const auto& [id, g] : gen_of) stored.insert(g);

  sitrep::store::CopyQuery q;
  q.limit = -1;
  std::vector<sitrep::store::CopyGroup> groups;
  s = store->ListCopyGroups(q, &groups);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-copies: {}\n", s.message());
    return 1;
  }
  std::map<std::string, std::pair<std::string, std::string>> found;  // copy -> (original, kind)
  for (const auto& g : groups) {
    for (const auto& m : g.members) {
      if (!m.kind.empty()) found[gen_of[m.article.article_id]] = {gen_of[m.copies_id], m.kind};
    }
  }

  fmt::print("{:<8} {:>7} {:>7} {:>8}\n", "truth", "copies", "found", "recall");
  std::map<std::string, std::pair<int64_t, int64_t>> recall;
  for (const auto& [g, t] : truth) {
    // An exact copy that kept the original's source, date and title is the same article
    // by content id: stored once, nothing to link.
    if (t.kind.empty() || !stored.count(g)) continue;
    auto& [hit, total] = recall[t.kind];
    ++total;
    const auto it = found.find(g);
    hit += it != found.end() && root(it->second.first) == root(g);
  }
  for (const auto& [kind, c] : recall) {
    fmt::print("{:<8} {:>7} {:>7} {:>8.3f}\n", kind, c.second, c.first, Ratio(c.first, c.second));
  }
  std::map<std::string, std::pair<int64_t, int64_t>> precision;
  int64_t correct = 0;
  for (const auto& [copy, link] : found) {
    const bool ok = root(copy) == root(link.first);
    correct += ok;
    auto& [good, total] = precision[link.second];
    ++total;
    good += ok;
  }
  fmt::print("\n{:<8} {:>7} {:>7} {:>9}\n", "found", "links", "correct", "precision");
  for (const auto& [kind, c] : precision) {
    fmt::print("{:<8} {:>7} {:>7} {:>9.3f}\n", kind, c.second, c.first, Ratio(c.first, c.second));
  }
  int64_t all_copies = 0, all_hits = 0;
  for (const auto& [kind, c] : recall) {
    all_hits += c.first;
    all_copies += c.second;
  }
  const double p = Ratio(correct, static_cast<int64_t>(found.size())), r = Ratio(all_hits, all_copies);
  fmt::print("{:<8} {:>7} {:>7} {:>9.3f}   recall {:.3f}  F1 {:.3f}\n", "all", found.size(),
             correct, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);

  int64_t pairs = 0, linked = 0;
  for (const auto& [g, t] : truth) {
    for (const std::string& other : t.shares_quotes_with) {
      if (!stored.count(g) || !stored.count(other) || root(g) == root(other)) continue;
      ++pairs;
      const auto it = found.find(g);
      linked += it != found.end() && root(it->second.first) == root(other);
    }
  }
  fmt::print("\nindependent reports sharing quotes: {} pairs, {} wrongly linked ({:.2f}%)\n", pairs,
             linked, 100 * Ratio(linked, pairs));
  return 0;
}
