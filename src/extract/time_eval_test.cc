// Regression guard on the Recognizers-Text DateTime specs (devdata): prints the table
// and fails when a file or the date-oriented types drop below what the engine reached.
#include <cstdio>
#include <map>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "sitrep/times.h"

namespace sitrep::extract {
namespace {

TEST(TimeEvalTest, DateTimeSpecsStayAboveTheirFloors) {
  std::string dir = std::string(SITREP_SHARED_DIR) + "/devdata";
  std::vector<TimeEvalResult> rows = EvaluateDateTimeSpecs(dir);
  ASSERT_FALSE(rows.empty()) << "no specs under " << dir;
  std::printf("%-20s %-14s %5s %5s %5s %5s %5s %6s %6s %6s %6s\n", "file", "type", "cases",
              "gold", "found", "det", "ok", "P", "R", "F1", "value");
  std::map<std::pair<std::string, std::string>, TimeEvalResult> by_key;
  for (const TimeEvalResult& r : rows) {
    std::printf("%-20s %-14s %5d %5d %5d %5d %5d %6.3f %6.3f %6.3f %6.3f\n", r.file.c_str(),
                r.type.c_str(), r.cases, r.gold, r.found, r.detected, r.value_correct,
                r.precision, r.recall, r.f1, r.value_accuracy);
    by_key[{r.file, r.type}] = r;
  }
  struct Floor {
    const char* file;
    const char* type;
    double f1, recall, value_accuracy;
  };
  // Slightly below the measured values; -1 where the spec does not define the number.
  static constexpr Floor kFloors[] = {
      {"DateTimeModel.json", "", 0.92, 0.88, 0.87},
      {"DateTimeModel.json", "date", -1, 0.90, 0.86},
      {"DateTimeModel.json", "daterange", -1, 0.86, 0.89},
      {"DateTimeModel.json", "datetime", -1, 0.93, 0.94},
      {"DateTimeModel.json", "datetimerange", -1, 0.93, 0.70},
      {"DateTimeModel.json", "duration", -1, 0.94, 0.78},
      {"DateTimeModel.json", "set", -1, 0.84, 0.87},
      {"DateTimeModel.json", "time", -1, 0.92, 0.98},
      {"DateTimeModel.json", "timerange", -1, 0.64, 0.82},
      {"DurationParser.json", "", 0.97, 0.96, 0.96},
      {"MergedParser.json", "", 0.95, 0.93, 0.87},
      {"MergedParser.json", "date", -1, 0.94, 0.82},
      {"MergedParser.json", "daterange", -1, 0.93, 0.82},
  };
  for (const Floor& f : kFloors) {
    auto it = by_key.find({f.file, f.type});
    ASSERT_NE(it, by_key.end()) << f.file << " " << f.type;
    const TimeEvalResult& r = it->second;
    if (f.f1 >= 0) {
      EXPECT_GE(r.f1, f.f1) << f.file << " " << f.type;
    }
    EXPECT_GE(r.recall, f.recall) << f.file << " " << f.type;
    EXPECT_GE(r.value_accuracy, f.value_accuracy) << f.file << " " << f.type;
  }
}

TEST(TimeEvalTest, ReportsMissesAndAcceptsTheFolderItself) {
  std::vector<TimeEvalMiss> misses;
  std::string dir =
      std::string(SITREP_SHARED_DIR) + "/devdata/recognizers_text_specs_en/DateTime/English";
  std::vector<TimeEvalResult> rows = EvaluateDateTimeSpecs(dir, &misses);
  ASSERT_FALSE(rows.empty());
  int missed = 0;
  for (const TimeEvalResult& r : rows) {
    if (r.type.empty()) missed += r.gold - r.value_correct;
  }
  EXPECT_EQ(static_cast<int>(misses.size()), missed);
  for (const TimeEvalMiss& m : misses) {
    EXPECT_FALSE(m.input.empty());
    EXPECT_FALSE(m.gold_text.empty());
  }
  EXPECT_TRUE(EvaluateDateTimeSpecs("/nonexistent/sitrep/devdata").empty());
}

}  // namespace
}  // namespace sitrep::extract
