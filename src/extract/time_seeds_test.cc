// The five seed reports (corpus/seeds): what a reader of the situation report must see
// for their dates. 000 carries the dateline "02/10/2022 08:19" and 003 the header
// "date 2022-02-02"; ingest reads those as the articles' own dates, passed here as the
// reference. 001, 002 and 004 carry no date.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/times.h"

namespace sitrep::extract {
namespace {

std::string ReadSeed(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::path(SITREP_SHARED_DIR) / "corpus" / "seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  }
  ADD_FAILURE() << "no seed " << prefix << " in " << dir;
  return "";
}

// All expressions written as `anchor`.
std::vector<TimeExpr> All(const std::vector<TimeExpr>& found, const std::string& anchor) {
  std::vector<TimeExpr> out;
  for (const TimeExpr& e : found) {
    if (e.anchor_text == anchor) out.push_back(e);
  }
  return out;
}

TimeExpr First(const std::vector<TimeExpr>& found, const std::string& anchor) {
  std::vector<TimeExpr> all = All(found, anchor);
  if (all.empty()) {
    ADD_FAILURE() << "no expression '" << anchor << "'";
    return TimeExpr();
  }
  return all.front();
}

TEST(TimeSeedsTest, AfpPentagonReportOfFebruaryTenth) {
  std::vector<TimeExpr> found = FindTimes(ReadSeed("000_"), "2022-02-10T08:19");
  EXPECT_EQ(First(found, "02/10/2022 08:19").value, "2022-02-10T08:19");
  for (const TimeExpr& e : All(found, "Wednesday")) EXPECT_EQ(e.value, "2022-02-09");
  EXPECT_EQ(All(found, "Wednesday").size(), 4u);
  TimeExpr past = First(found, "the past 24 hours");
  EXPECT_EQ(past.kind, "range");
  EXPECT_EQ(past.range_begin, "2022-02-09T08:19");
  EXPECT_EQ(past.range_end, "2022-02-10T08:19");
  TimeExpr weeks = First(found, "weeks ago");
  EXPECT_EQ(weeks.value, "PAST_REF");
  EXPECT_EQ(weeks.range_end, "2022-02-10");
  EXPECT_EQ(First(found, "last summer").value, "2021-SU");
  EXPECT_EQ(First(found, "Monday").value, "2022-02-07");
  EXPECT_EQ(First(found, "Tuesday").value, "2022-02-08");
  EXPECT_EQ(First(found, "in the near future").value, "FUTURE_REF");
  // Figures are not years or days: "100,000", "3,000", "S-400".
  for (const TimeExpr& e : found) {
    EXPECT_EQ(e.anchor_text.find("000"), std::string::npos) << e.anchor_text;
    EXPECT_EQ(e.anchor_text.find("400"), std::string::npos) << e.anchor_text;
  }
}

TEST(TimeSeedsTest, SpunReportOfFebruarySecond) {
  std::vector<TimeExpr> found = FindTimes(ReadSeed("003_"), "2022-02-02");
  EXPECT_EQ(First(found, "2022-02-02").value, "2022-02-02");
  EXPECT_EQ(All(found, "Wednesday").size(), 5u);
  for (const TimeExpr& e : All(found, "Wednesday")) EXPECT_EQ(e.value, "2022-02-02");
  EXPECT_EQ(First(found, "Tuesday").value, "2022-02-01");
  EXPECT_EQ(First(found, "this week").value, "2022-W05");
  TimeExpr since = First(found, "since 2014");
  EXPECT_EQ(since.kind, "range");
  EXPECT_EQ(since.range_begin, "2014");
  EXPECT_EQ(since.range_end, "2022-02-02");
  TimeExpr drills = First(found, "February 10-20");
  EXPECT_EQ(drills.kind, "range");
  EXPECT_EQ(drills.range_begin, "2022-02-10");
  EXPECT_EQ(drills.range_end, "2022-02-20");
  // "The Ukrainian chief had met a day earlier": the day before the last day named.
  EXPECT_EQ(First(found, "a day earlier").value, "2022-02-01");
  // "a couple of,000" (the spun "2,000") and "30,000" are figures.
  for (const TimeExpr& e : found) EXPECT_EQ(e.anchor_text.find(",000"), std::string::npos);
}

TEST(TimeSeedsTest, UndatedReportsKeepRelativeDatesUnresolved) {
  std::vector<TimeExpr> biden = FindTimes(ReadSeed("001_"), "");
  TimeExpr friday = First(biden, "Friday");
  EXPECT_EQ(friday.kind, "date");
  EXPECT_TRUE(friday.relative);
  EXPECT_FALSE(friday.resolved);
  EXPECT_EQ(friday.value, "");
  TimeExpr october = First(biden, "Since October");
  EXPECT_EQ(october.kind, "range");
  EXPECT_FALSE(october.resolved);
  EXPECT_EQ(october.value, "");
  EXPECT_EQ(First(biden, "Friday evening").value, "");
  for (const TimeExpr& e : biden) {
    // "the Cold War" and "Updated news 24/7" are not dates.
    EXPECT_EQ(e.anchor_text.find("Cold"), std::string::npos);
    EXPECT_EQ(e.anchor_text.find("24/7"), std::string::npos);
  }

  std::vector<TimeExpr> blinken = FindTimes(ReadSeed("002_"), "");
  EXPECT_EQ(All(blinken, "Wednesday").size(), 4u);
  for (const TimeExpr& e : All(blinken, "Wednesday")) EXPECT_FALSE(e.resolved);
  EXPECT_FALSE(First(blinken, "Tuesday").resolved);

  std::vector<TimeExpr> kirby = FindTimes(ReadSeed("004_"), "");
  EXPECT_EQ(All(kirby, "Monday").size(), 3u);
  for (const TimeExpr& e : All(kirby, "Monday")) EXPECT_FALSE(e.resolved);
  EXPECT_FALSE(First(kirby, "Friday").resolved);
  TimeExpr crimea = First(kirby, "2014");
  EXPECT_EQ(crimea.value, "2014");
  EXPECT_TRUE(crimea.resolved);
  EXPECT_FALSE(crimea.relative);
  for (const TimeExpr& e : kirby) {
    // "8,500 troops", "100,000", "240 kilometers", "1.2 billion" are figures.
    EXPECT_EQ(e.anchor_text.find("8,500"), std::string::npos);
    EXPECT_EQ(e.anchor_text.find("240"), std::string::npos);
  }
}

}  // namespace
}  // namespace sitrep::extract
