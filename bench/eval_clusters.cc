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

#include "sitrep/store.h"

namespace {

struct Scores {
  double pair_p = 0, pair_r = 0, pair_f = 0, b3_p = 0, b3_r = 0, b3_f = 0;
  size_t predicted = 0, gold = 0;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
double Pairs(double n) { return n * (n - 1) / 2; }

// Both measures from the contingency table of predicted against gold labels, so that a
// million articles need no pass over pairs.
Scores Score(const std::vector<std::pair<std::string, std::string>>& labels) {
  std::map<std::string, double> pred, gold;
  std::map<std::pair<std::string, std::string>, double> cell;
  for (const auto& [p, g] : labels) {
    ++pred[p];
    ++gold[g];
    ++cell[{p, g}];
  }
  double pred_pairs = 0, gold_pairs = 0, both = 0, b3p = 0, b3r = 0;
  for (const auto& [k, n] : pred) pred_pairs += Pairs(n);
  for (const auto& [k, n] : gold) gold_pairs += Pairs(n);
  for (const auto& [k, n] : cell) {
    both += Pairs(n);
    b3p += n * n / pred[k.first];
    b3r += n * n / gold[k.second];
  }
  Scores s;
  const double total = static_cast<double>(labels.size());
  s.pair_p = pred_pairs > 0 ? both / pred_pairs : 1.0;
  s.pair_r = gold_pairs > 0 ? both / gold_pairs : 1.0;
  s.pair_f = F1(s.pair_p, s.pair_r);
  s.b3_p = total > 0 ? b3p / total : 0;
  s.b3_r = total > 0 ? b3r / total : 0;
  s.b3_f = F1(s.b3_p, s.b3_r);
  s.predicted = pred.size();
  s.gold = gold.size();
  return s;
}

}  // namespace

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
