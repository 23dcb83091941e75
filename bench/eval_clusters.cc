// Scores the events and storylines in a store against the ground truth of the generated
// corpus it was ingested from (sitrep-gen's truth.jsonl): pairwise precision, recall
// and F1 (over pairs of articles put together) and BCubed precision, recall and F1
// (per article, averaged), for events and for storylines.
//
//   sitrep-eval-clusters --db STORE --truth CORPUS/truth.jsonl
//
// One-off articles (no storyline in the truth) are each their own event and storyline.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cluster_scores.h"
#include "sitrep/store.h"

using sitrep::bench::Score;
using sitrep::bench::Scores;

int main(int argc, char** argv) {
  std::string db, truth_path;
  CLI::App app{"Score a store's events and storylines against a generated corpus's ground truth."};
  app.add_option("--db", db, "Store the corpus was ingested into")->required()->check(CLI::ExistingFile);
  app.add_option("--truth", truth_path, "truth.jsonl written by sitrep-gen")->required()->check(CLI::ExistingFile);
  CLI11_PARSE(app, argc, argv);

  std::map<std::string, std::pair<std::string, std::string>> truth;  // id -> (event, storyline)
  std::ifstream in(truth_path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto t = nlohmann::json::parse(line);
    const std::string id = t["id"];
    truth[id] = {t["event"].is_null() ? "one-off " + id : std::string(t["event"]),
                 t["storyline"].is_null() ? "one-off " + id : std::string(t["storyline"])};
  }
  std::unique_ptr<sitrep::store::Store> store;
  sitrep::Status s = sitrep::store::Store::Open(db, &store);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-clusters: {}\n", s.message());
    return 1;
  }
  std::vector<std::pair<std::string, std::string>> events, storylines;
  size_t unclustered = 0;
  for (const auto& a : store->ListArticles(sitrep::store::ListOptions())) {
    const std::string gen = a.article.external_id.empty()
                                ? std::filesystem::path(a.article.origin).stem().string()
                                : a.article.external_id;
    const auto t = truth.find(gen);
    if (t == truth.end()) continue;
    int64_t event = 0, storyline = 0;
    s = store->GetArticleEvent(a.article.id, &event, &storyline);
    if (!s.ok()) {
      fmt::print(stderr, "sitrep-eval-clusters: {}\n", s.message());
      return 1;
    }
    if (event == 0) ++unclustered;
    events.emplace_back(std::to_string(event), t->second.first);
    storylines.emplace_back(std::to_string(storyline), t->second.second);
  }
  fmt::print("{} articles scored ({} without an event)\n\n", events.size(), unclustered);
  fmt::print("{:<11} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}\n", "level", "found", "gold",
             "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1");
  for (const auto& [name, labels] : {std::pair{"events", &events}, std::pair{"storylines", &storylines}}) {
    const Scores x = Score(*labels);
    fmt::print("{:<11} {:>6} {:>6} {:>7.3f} {:>7.3f} {:>7.3f} {:>7.3f} {:>7.3f} {:>7.3f}\n", name,
               x.predicted, x.gold, x.pair_p, x.pair_r, x.pair_f, x.b3_p, x.b3_r, x.b3_f);
  }
  return 0;
}
