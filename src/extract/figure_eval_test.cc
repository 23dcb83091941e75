// Runs the public number and quantity tables (devdata/) and guards against regressions:
// each table must keep its pass rate and F1 above a floor set a little below what the
// extractors reach today.

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "sitrep/figures.h"

namespace sitrep::extract {
namespace {

struct Floor {
  double pass_rate;
  double f1;
};

// Measured pass rate and F1 at the time of writing, minus a small margin.
const std::map<std::string, Floor> kFloors = {
    {"recognizers_text_specs_en/Number/English/NumberModel.json", {0.73, 0.71}},
    {"recognizers_text_specs_en/Number/English/OrdinalModel.json", {0.92, 0.91}},
    {"recognizers_text_specs_en/Number/English/OrdinalModelSuppressExtendedTypes.json",
     {0.88, 0.38}},
    {"recognizers_text_specs_en/Number/English/PercentModel.json", {0.78, 0.82}},
    {"recognizers_text_specs_en/Number/English/NumberRangeModel.json", {0.87, 0.92}},
    {"recognizers_text_specs_en/Number/English/NumberRangeModelExperimentalMode.json",
     {0.89, 0.93}},
    {"recognizers_text_specs_en/NumberWithUnit/English/CurrencyModel.json", {0.90, 0.91}},
    {"recognizers_text_specs_en/NumberWithUnit/English/DimensionModel.json", {0.81, 0.84}},
    {"recognizers_text_specs_en/NumberWithUnit/English/TemperatureModel.json", {0.88, 0.90}},
    {"recognizers_text_specs_en/NumberWithUnit/English/AgeModel.json", {0.98, 0.98}},
    {"quantulum3_tests_en/quantities.json", {0.53, 0.63}},
    {"quantulum3_tests_en/quantities.ambiguity.json", {0.10, 0.40}},
};

TEST(FigureEval, PublicTablesStayAboveFloors) {
  std::vector<EvalResult> results =
      EvaluateNumberSpecs(std::string(SITREP_SHARED_DIR) + "/devdata");
  ASSERT_EQ(results.size(), kFloors.size());
  std::printf("%-84s %6s %6s %5s %6s %6s %6s\n", "table", "cases", "passed", "skip", "P", "R",
              "F1");
  for (const EvalResult& r : results) {
    std::printf("%-84s %6d %6d %5d %6.3f %6.3f %6.3f\n", r.file.c_str(), r.cases, r.passed,
                r.skipped, r.precision, r.recall, r.f1);
  }
  // The quantity tables drawn from news and encyclopedia sentences, pooled: value and
  // unit F1 over all their items.
  int gold = 0, predicted = 0, matched = 0;
  for (const EvalResult& r : results) {
    if (r.file.find("NumberWithUnit") == std::string::npos ||
        r.file.find("Age") != std::string::npos) {
      continue;
    }
    gold += r.gold_items;
    predicted += r.predicted_items;
    matched += r.matched_items;
  }
  double p = predicted ? static_cast<double>(matched) / predicted : 0;
  double rc = gold ? static_cast<double>(matched) / gold : 0;
  double f1 = p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
  std::printf("%-84s %6s %6s %5s %6.3f %6.3f %6.3f\n", "currency+dimension+temperature pooled", "",
              "", "", p, rc, f1);
  EXPECT_GE(f1, 0.88);
  for (const EvalResult& r : results) {
    auto it = kFloors.find(r.file);
    ASSERT_NE(it, kFloors.end()) << r.file;
    ASSERT_GT(r.cases, 0) << r.file << (r.failures.empty() ? "" : ": " + r.failures[0]);
    double pass_rate = static_cast<double>(r.passed) / r.cases;
    EXPECT_GE(pass_rate, it->second.pass_rate) << r.file;
    EXPECT_GE(r.f1, it->second.f1) << r.file;
    EXPECT_EQ(static_cast<size_t>(r.cases - r.passed), r.failures.size()) << r.file;
  }
}

TEST(FigureEval, MissingTableIsReported) {
  std::vector<EvalResult> results = EvaluateNumberSpecs("/nonexistent-devdata");
  ASSERT_FALSE(results.empty());
  for (const EvalResult& r : results) {
    EXPECT_EQ(r.cases, 0);
    ASSERT_FALSE(r.failures.empty());
  }
}

}  // namespace
}  // namespace sitrep::extract
