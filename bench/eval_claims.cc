// Scores the claim groups sitrep builds from a store against the ground truth of the
// generated corpus it was ingested from (sitrep-gen's truth.jsonl and
// truth-storylines.json):
//
// - grouping: every figure of an independent article (the truth's copies are left out,
//   as claims fold copies under their original) is an item; its gold label is its
//   truth claim group (a one-off figure is its own), its predicted label the claim
//   group it was put in (an article's further mentions of a group's quantity join it; a
//   figure in none is its own). Pairwise and BCubed precision,
//   recall and F1.
// - status: each predicted group with two or more sources is matched to the gold group
//   most of its figures belong to; its status (agree, conflict, changed) is right when
//   it is that group's. Conflict precision (of groups called conflict, how many are) and
//   recall (of gold conflicts, how many are called conflict in the group holding most
//   of their figures).
//
//   sitrep-eval-claims --db STORE --truth CORPUS/truth.jsonl
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cluster_scores.h"
#include "sitrep/claims.h"
#include "sitrep/store.h"

namespace {

struct TruthFigure {
  std::string text;  // lower case
  double value = 0;
  std::string group;  // empty: a one-off
};

struct TruthArticle {
  bool copy = false;
  std::vector<TruthFigure> figures;
};

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The truth figure a stored figure is: the first unclaimed one whose text contains or is
// contained in the stored text, else the first unclaimed one with the same value.
int MatchFigure(const sitrep::store::StoredFigure& f, const TruthArticle& t, std::vector<bool>* used) {
  const std::string text = Lower(f.text);
  for (size_t i = 0; i < t.figures.size(); ++i) {
    const std::string& g = t.figures[i].text;
    if (!(*used)[i] && (text.find(g) != std::string::npos || g.find(text) != std::string::npos)) {
      (*used)[i] = true;
      return static_cast<int>(i);
    }
  }
  for (size_t i = 0; i < t.figures.size(); ++i) {
    if (!(*used)[i] && t.figures[i].value == f.value) {
      (*used)[i] = true;
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, truth_path;
  CLI::App app{"Score the claim groups of a store against a generated corpus's ground truth."};
  app.add_option("--db", db, "Store the corpus was ingested into")->required()->check(CLI::ExistingFile);
  app.add_option("--truth", truth_path, "truth.jsonl written by sitrep-gen (truth-storylines.json beside it)")
      ->required()
      ->check(CLI::ExistingFile);
  bool verbose = false;
  app.add_flag("--verbose", verbose, "List the groups whose status is wrong");
  CLI11_PARSE(app, argc, argv);
  std::map<std::string, TruthArticle> truth;
  {
    std::ifstream in(truth_path);
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      const auto t = nlohmann::json::parse(line);
      TruthArticle a;
      a.copy = !t["copy_of"].is_null();
      for (const auto& f : t["figures"]) {
        a.figures.push_back({Lower(f["text"].get<std::string>()), f["value"].get<double>(),
                             f["claim_group"].is_null() ? "" : f["claim_group"].get<std::string>()});
      }
      truth[t["id"].get<std::string>()] = std::move(a);
    }
  }
  std::map<std::string, std::string> gold_status;  // claim group -> agree|conflict|changed
  {
    const auto path = std::filesystem::path(truth_path).parent_path() / "truth-storylines.json";
    std::ifstream in(path);
    if (!in) {
      fmt::print(stderr, "sitrep-eval-claims: {}: cannot read\n", path.string());
      return 1;
    }
    const auto t = nlohmann::json::parse(in);
    for (const auto& s : t["storylines"]) {
      for (const auto& g : s["claim_groups"]) gold_status[g["id"]] = g["status"];
    }
  }

  std::unique_ptr<sitrep::store::Store> store;
  sitrep::Status s = sitrep::store::Store::Open(db, &store);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-claims: {}\n", s.message());
    return 1;
  }
  std::map<std::string, std::string> gen_of;  // article id -> generator id
  for (const auto& a : store->ListArticles(sitrep::store::ListOptions())) {
    gen_of[a.article.id] = a.article.external_id.empty()
                               ? std::filesystem::path(a.article.origin).stem().string()
                               : a.article.external_id;
  }

  sitrep::store::ClusterQuery all;
  all.limit = -1;
  std::vector<sitrep::store::StoredCluster> storylines;
  s = store->ListStorylines(all, &storylines);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-claims: {}\n", s.message());
    return 1;
  }

  std::vector<std::pair<std::string, std::string>> items;  // (predicted, gold)
  size_t unmatched = 0;
  // Per predicted group with 2+ sources: its status and its figures' gold groups.
  struct Predicted {
    std::string status;
    std::string what;
    std::map<std::string, int> gold;
  };
  std::vector<Predicted> predicted;
  std::map<std::string, std::map<size_t, int>> gold_spread;  // gold group -> predicted -> figures
  for (const auto& storyline : storylines) {
    sitrep::store::FigureQuery q;
    q.storyline = storyline.id;
    q.limit = -1;
    std::vector<sitrep::store::StoredFigure> figures;
    s = store->ListFigures(q, &figures);
    if (!s.ok()) {
      fmt::print(stderr, "sitrep-eval-claims: {}\n", s.message());
      return 1;
    }
    // Each figure's group, by (article, offset).
    std::map<std::pair<std::string, int64_t>, size_t> group_of;
    // A group names one figure per article; the article's other mentions of the same
    // quantity (the headline's and the body's) belong to it too.
    std::multimap<std::string, std::pair<const sitrep::report::ClaimGroup*, size_t>> groups_of_article;
    const std::vector<sitrep::report::ClaimGroup> groups = sitrep::report::BuildClaims(figures, 1);
    for (const auto& g : groups) {
      const size_t index = predicted.size();
      predicted.push_back({g.sources.size() >= 2 ? g.status : "", g.what, {}});
      for (const auto& source : g.sources) {
        group_of[{source.figure.from.article_id, source.figure.begin}] = index;
        groups_of_article.emplace(source.figure.from.article_id, std::make_pair(&g, index));
      }
    }
    // Further mentions are read as BuildClaims reads them, in their article's context
    // ("the figure stands at 120" counts what the article counted before).
    const std::vector<std::string> subjects = sitrep::report::ClaimSubjects(figures);
    for (size_t i = 0; i < figures.size(); ++i) {
      const auto& f = figures[i];
      if (group_of.count({f.from.article_id, f.begin})) continue;
      const std::string& subject = subjects[i];
      if (subject.empty()) continue;
      auto [first, last] = groups_of_article.equal_range(f.from.article_id);
      for (auto it = first; it != last; ++it) {
        const sitrep::report::ClaimGroup& g = *it->second.first;
        if (g.what == subject && f.value >= g.low / 1.35 && f.value <= g.high * 1.35) {
          group_of[{f.from.article_id, f.begin}] = it->second.second;
          break;
        }
      }
    }
    std::map<std::string, std::vector<bool>> used;
    for (const auto& f : figures) {
      const auto gen = gen_of.find(f.from.article_id);
      if (gen == gen_of.end()) continue;
      const auto t = truth.find(gen->second);
      if (t == truth.end() || t->second.copy) continue;
      auto& taken = used[gen->second];
      taken.resize(t->second.figures.size());
      const int m = MatchFigure(f, t->second, &taken);
      if (m < 0) {
        ++unmatched;
        continue;
      }
      const std::string& group = t->second.figures[m].group;
      const std::string gold = group.empty() ? fmt::format("one-off {} {}", gen->second, m) : group;
      const auto p = group_of.find({f.from.article_id, f.begin});
      const std::string label =
          p == group_of.end() ? fmt::format("none {} {}", f.from.article_id, f.begin) : fmt::format("g{}", p->second);
      items.emplace_back(label, gold);
      if (p != group_of.end() && !group.empty()) {
        ++predicted[p->second].gold[group];
        ++gold_spread[group][p->second];
      }
    }
  }

  if (verbose) {
    // Predicted groups holding figures of several gold groups, and where each gold
    // group's figures went: the predicted groups (by subject) and how many were left in
    // none.
    std::map<std::string, std::map<std::string, int>> went;
    for (const auto& [label, gold] : items) {
      if (gold.rfind("one-off", 0) == 0) continue;
      std::string where = "none";
      if (label[0] == 'g') {
        const Predicted& p = predicted[std::stoul(label.substr(1))];
        where = fmt::format("{} [{}]", label, p.what);
      }
      ++went[gold][where];
    }
    for (size_t i = 0; i < predicted.size(); ++i) {
      if (predicted[i].gold.size() < 2) continue;
      std::string list;
      for (const auto& [g, n] : predicted[i].gold) list += fmt::format(" {}:{}", g, n);
      fmt::print("  mixed g{} [{}]:{}\n", i, predicted[i].what, list);
    }
    for (const auto& [gold, spread] : went) {
      if (spread.size() < 2) continue;
      std::string list;
      for (const auto& [where, n] : spread) list += fmt::format(" {}:{}", where, n);
      fmt::print("  split {} ({}):{}\n", gold, gold_status[gold], list);
    }
  }
  const sitrep::bench::Scores x = sitrep::bench::Score(items);
  fmt::print("{} figures of independent articles scored ({} stored figures matched no truth figure)\n\n",
             items.size(), unmatched);
  fmt::print("grouping: pairwise P {:.3f} R {:.3f} F1 {:.3f}; BCubed P {:.3f} R {:.3f} F1 {:.3f}\n", x.pair_p,
             x.pair_r, x.pair_f, x.b3_p, x.b3_r, x.b3_f);

  size_t judged = 0, right = 0, called_conflict = 0, true_conflict = 0;
  for (const Predicted& p : predicted) {
    if (p.status.empty() || p.gold.empty()) continue;
    const auto majority = std::max_element(p.gold.begin(), p.gold.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
    const std::string& gold = gold_status[majority->first];
    ++judged;
    if (p.status == gold) ++right;
    if (verbose && p.status != gold) {
      std::string spread;
      for (const auto& [g, n] : p.gold) spread += fmt::format(" {}:{}", g, n);
      fmt::print("  called {} {}, gold {} ({})\n", p.status, p.what, gold, spread);
    }
    if (p.status == "conflict") {
      ++called_conflict;
      if (gold == "conflict") ++true_conflict;
    }
  }
  size_t gold_conflicts = 0, found_conflicts = 0;
  for (const auto& [group, spread] : gold_spread) {
    if (gold_status[group] != "conflict") continue;
    int total = 0;
    for (const auto& [index, n] : spread) total += n;
    if (total < 2) continue;  // too little of it was read to be a group at all
    ++gold_conflicts;
    const auto most = std::max_element(spread.begin(), spread.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (predicted[most->first].status == "conflict") ++found_conflicts;
  }
  auto ratio = [](size_t a, size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); };
  fmt::print("status: {} of {} groups with 2+ sources right ({:.3f})\n", right, judged, ratio(right, judged));
  fmt::print("conflicts: precision {:.3f} ({} of {} called conflict), recall {:.3f} ({} of {} gold conflicts)\n",
             ratio(true_conflict, called_conflict), true_conflict, called_conflict,
             ratio(found_conflicts, gold_conflicts), found_conflicts, gold_conflicts);
  return 0;
}
