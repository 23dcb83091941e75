// Pairwise and BCubed precision, recall and F1 of a clustering against gold labels,
// shared by the evaluations of events, storylines and claim groups.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sitrep::bench {

struct Scores {
  double pair_p = 0, pair_r = 0, pair_f = 0, b3_p = 0, b3_r = 0, b3_f = 0;
  size_t predicted = 0, gold = 0;
};

inline double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
inline double Pairs(double n) { return n * (n - 1) / 2; }

// Both measures from the contingency table of predicted against gold labels, so that a
// million articles need no pass over pairs.
inline Scores Score(const std::vector<std::pair<std::string, std::string>>& labels) {
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


}  // namespace sitrep::bench
