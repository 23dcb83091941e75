#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/times.h"

namespace sitrep::extract {
namespace {

// The expression written exactly as `anchor` in `text`, or a default one with kind
// "<none>" when there is none.
TimeExpr Expr(std::string_view text, std::string_view ref, std::string_view anchor) {
  for (const TimeExpr& e : FindTimes(text, ref)) {
    if (e.anchor_text == anchor) return e;
  }
  TimeExpr none;
  none.kind = "<none>";
  return none;
}

std::string Value(std::string_view text, std::string_view ref, std::string_view anchor) {
  TimeExpr e = Expr(text, ref, anchor);
  return e.kind == "<none>" ? "<none>" : e.value;
}

constexpr std::string_view kRef = "2022-02-10T08:19";  // a Thursday

TEST(FindTimesTest, BareWeekdaysLookBackUnlessTheSentenceLooksForward) {
  EXPECT_EQ(Value("The United States said on Wednesday that Russia...", kRef, "Wednesday"),
            "2022-02-09");
  EXPECT_EQ(Value("Officials met on Thursday.", kRef, "Thursday"), "2022-02-10");
  EXPECT_EQ(Value("Biden announced it on Friday.", kRef, "Friday"), "2022-02-04");
  EXPECT_EQ(Value("Blinken will meet Lavrov on Friday.", kRef, "Friday"), "2022-02-11");
  EXPECT_EQ(Value("They'll talk again Thursday.", kRef, "Thursday"), "2022-02-10");
  EXPECT_EQ(Value("He spoke last Friday.", kRef, "last Friday"), "2022-02-04");
  EXPECT_EQ(Value("He speaks next Monday.", kRef, "next Monday"), "2022-02-14");
  EXPECT_EQ(Value("It ends this Saturday.", kRef, "this Saturday"), "2022-02-12");
  TimeExpr e = Expr("Macron met Putin on Monday evening.", kRef, "Monday evening");
  EXPECT_EQ(e.kind, "datetime");
  EXPECT_EQ(e.value, "2022-02-07TEV");
  EXPECT_TRUE(e.relative);
}

// The grammar skips positions far from any word or number that carries time, and a
// plain figure ("40,000 people") carries none; a number that is a clock or a date by its
// shape or by the word before it still does.
TEST(FindTimesTest, NumbersThatAreTimesAmongFigures) {
  // Each time stands more than the grammar's reach away from any other.
  const std::string text =
      "About 40,000 people marched and 31 of the 44 districts closed schools. The rally "
      "began at 7 and the police counted marchers in every street of the old town. Talks "
      "resume on 5/12 and ministers of the six member states are expected to attend them. "
      "A vote is set for 1140 a.m. in the chamber of the regional assembly, and the "
      "count of the ballots from the provinces ends at 9 o'clock.";
  EXPECT_EQ(Value(text, kRef, "7"), "T07:00");  // "at 7"
  EXPECT_EQ(Value(text, kRef, "5/12"), "2022-05-12");
  EXPECT_EQ(Value(text, kRef, "1140 a.m."), "T11:40");
  EXPECT_EQ(Value(text, kRef, "9 o'clock"), "T09:00");
  EXPECT_EQ(Value("They met at 8:19 in the lobby of the hotel.", kRef, "8:19"), "T08:19");
  EXPECT_EQ(Value("Shops shut from 3pm across the whole of the city.", kRef, "3pm"),
            "T15:00");
  for (const TimeExpr& e : FindTimes(text, kRef)) {
    EXPECT_EQ(e.anchor_text.find("40,000"), std::string::npos) << e.anchor_text;
    EXPECT_EQ(e.anchor_text.find("31"), std::string::npos) << e.anchor_text;
  }
}

TEST(FindTimesTest, RelativeDaysWeeksAndSeasons) {
  EXPECT_EQ(Value("It rained yesterday.", kRef, "yesterday"), "2022-02-09");
  EXPECT_EQ(Value("It is cold today.", kRef, "today"), "2022-02-10");
  EXPECT_EQ(Value("Talks resume tomorrow.", kRef, "tomorrow"), "2022-02-11");
  EXPECT_EQ(Value("Talks were held this week.", kRef, "this week"), "2022-W06");
  EXPECT_EQ(Value("Talks were held last week.", kRef, "last week"), "2022-W05");
  EXPECT_EQ(Value("Elections are due next year.", kRef, "next year"), "2023");
  EXPECT_EQ(Value("as it did in Kabul last summer.", kRef, "last summer"), "2021-SU");
  EXPECT_EQ(Value("Gas prices rose this winter.", kRef, "this winter"), "2021-WI");
  EXPECT_EQ(Value("Prices rose this weekend.", kRef, "this weekend"), "2022-W06-WE");
  TimeExpr e = Expr("Troops arrived earlier this month.", kRef, "earlier this month");
  EXPECT_EQ(e.value, "2022-02");
  EXPECT_EQ(e.range_begin, "2022-02-01");
  EXPECT_EQ(e.range_end, "2022-02-10");
}

TEST(FindTimesTest, CalendarDatesInWordsAndDigits) {
  EXPECT_EQ(Value("The vote on Feb. 3 was close.", kRef, "Feb. 3"), "2022-02-03");
  EXPECT_EQ(Value("Signed on 3 February 2022 in Paris.", kRef, "3 February 2022"),
            "2022-02-03");
  EXPECT_EQ(Value("Signed on February 3, 2021, in Paris.", kRef, "February 3, 2021"),
            "2021-02-03");
  EXPECT_EQ(Value("Washington (AFP) 02/10/2022 08:19", kRef, "02/10/2022 08:19"),
            "2022-02-10T08:19");
  EXPECT_EQ(Value("Dated 13/02/2022.", kRef, "13/02/2022"), "2022-02-13");
  EXPECT_EQ(Value("Dated 05.02.2022.", kRef, "05.02.2022"), "2022-02-05");
  EXPECT_EQ(Value("date 2022-02-02 Kirby said", kRef, "2022-02-02"), "2022-02-02");
  EXPECT_EQ(Value("Filed 5/3/18 by the court.", kRef, "5/3/18"), "2018-05-03");
  EXPECT_EQ(Value("It opened on the 4th of July.", kRef, "the 4th of July"), "2021-07-04");
  EXPECT_EQ(Value("A truce at Christmas.", "2021-12-20", "Christmas"), "2021-12-25");
  EXPECT_EQ(Value("A ceasefire over Easter.", "2022-04-01", "Easter"), "2022-04-17");
  // The year that puts a month and day nearest the reference.
  EXPECT_EQ(Value("The summit opened on Dec. 28.", "2022-01-05", "Dec. 28"), "2021-12-28");
}

TEST(FindTimesTest, MonthsLeanWithTheTense) {
  EXPECT_EQ(Value("Troops were massed in March.", kRef, "March"), "2021-03");
  EXPECT_EQ(Value("The drills will start in March.", kRef, "March"), "2022-03");
  EXPECT_EQ(Value("They agreed to hold talks in Berlin in February.", "", "February"), "");
}

TEST(FindTimesTest, YearsDecadesAndPeriods) {
  TimeExpr e = Expr("occupying the Crimean peninsula in 2014.", "", "2014");
  EXPECT_EQ(e.value, "2014");
  EXPECT_FALSE(e.relative);
  EXPECT_TRUE(e.resolved);
  EXPECT_EQ(Value("Inflation in the 1990s was high.", kRef, "1990s"), "199");
  EXPECT_EQ(Value("In the 21st century, wars differ.", kRef, "the 21st century"), "20");
  EXPECT_EQ(Value("Revenue in Q1 2022 rose.", kRef, "Q1 2022"), "2022-Q1");
  EXPECT_EQ(Value("in the first half of 2021", kRef, "the first half of 2021"), "2021-H1");
  e = Expr("Prices peaked in late January.", kRef, "late January");
  EXPECT_EQ(e.value, "2022-01");
  EXPECT_EQ(e.mod, "END");
  EXPECT_EQ(e.range_begin, "2022-01-21");
  EXPECT_EQ(e.range_end, "2022-01-31");
  e = Expr("Drills are planned for mid-February.", kRef, "mid-February");
  EXPECT_EQ(e.value, "2022-02");
  EXPECT_EQ(e.mod, "MID");
  e = Expr("The war began in early 2014.", kRef, "early 2014");
  EXPECT_EQ(e.value, "2014");
  EXPECT_EQ(e.range_begin, "2014-01");
  EXPECT_EQ(e.range_end, "2014-04");
}

TEST(FindTimesTest, FiguresIdiomsAndWordsThatAreNotDates) {
  for (std::string_view text :
       {"There were 2,014 people at the rally.", "about 2000 troops crossed",
        "a threat not seen since the Cold War.", "news updated 24/7 by staff",
        "3/4 of the forces", "May I ask a question?", "It may rain on the troops.",
        "deliver 2000 pieces of toys.", "He scored 6.45 percent", "Phone 138-2010-2015",
        "according to the Sunday Times.", "Theresa May said", "the Women's March"}) {
    EXPECT_TRUE(FindTimes(text, kRef).empty()) << text << " -> "
                                                << FindTimes(text, kRef)[0].anchor_text;
  }
}

TEST(FindTimesTest, Ranges) {
  TimeExpr e = Expr("ahead of the February 10-20 drills", "2022-02-02", "February 10-20");
  EXPECT_EQ(e.kind, "range");
  EXPECT_EQ(e.value, "2022-02-10/2022-02-20");
  EXPECT_EQ(e.range_begin, "2022-02-10");
  EXPECT_EQ(e.range_end, "2022-02-20");
  EXPECT_EQ(Value("fighting since 2014, when", "2022-02-02", "since 2014"),
            "2014/2022-02-02");
  EXPECT_EQ(Value("from 2014 to 2018", kRef, "from 2014 to 2018"), "2014/2018");
  EXPECT_EQ(Value("The range is 2014-2018.", kRef, "2014-2018"), "2014/2018");
  EXPECT_EQ(Value("between January 10 and January 20, 2021", kRef,
                  "between January 10 and January 20, 2021"),
            "2021-01-10/2021-01-20");
  e = Expr("Since October, Russia has accumulated troops", kRef, "Since October");
  EXPECT_EQ(e.value, "2021-10/2022-02-10");
  EXPECT_EQ(e.range_begin, "2021-10");
  e = Expr("including in the past 24 hours, to note", kRef, "the past 24 hours");
  EXPECT_EQ(e.kind, "range");
  EXPECT_EQ(e.range_begin, "2022-02-09T08:19");
  EXPECT_EQ(e.range_end, "2022-02-10T08:19");
  EXPECT_EQ(Value("in the next three days", kRef, "the next three days"),
            "2022-02-11/2022-02-13");
  EXPECT_EQ(Value("in the first six months of 2021", kRef, "the first six months of 2021"),
            "2021-01/2021-06");
}

TEST(FindTimesTest, OffsetsAnaphoraAndFuzzyPast) {
  EXPECT_EQ(Value("It began three weeks ago.", kRef, "three weeks ago"), "2022-01-20");
  EXPECT_EQ(Value("It ends in two weeks.", kRef, "in two weeks"), "2022-02-24");
  TimeExpr e = Expr("The United States announced weeks ago that", kRef, "weeks ago");
  EXPECT_EQ(e.value, "PAST_REF");
  EXPECT_EQ(e.range_end, "2022-02-10");
  EXPECT_EQ(Value("Talks began on Tuesday. A day earlier, Macron met Putin.", kRef,
                  "A day earlier"),
            "2022-02-07");
  EXPECT_EQ(Value("The vote was on Feb. 3. The next day, protests began.", kRef,
                  "The next day"),
            "2022-02-04");
  EXPECT_EQ(Value("He left. The day before, he had resigned.", kRef, "The day before"),
            "2022-02-09");
}

TEST(FindTimesTest, DurationsSetsAndClockTimes) {
  EXPECT_EQ(Value("for 24 hours", kRef, "24 hours"), "PT24H");
  EXPECT_EQ(Value("for several weeks", kRef, "several weeks"), "PXW");
  EXPECT_EQ(Value("an hour and a half", kRef, "an hour and a half"), "PT1.5H");
  EXPECT_EQ(Value("for 1 year 1 month 21 days", kRef, "1 year 1 month 21 days"), "P1Y1M21D");
  TimeExpr e = Expr("a call that lasted more than an hour", kRef, "more than an hour");
  EXPECT_EQ(e.value, "PT1H");
  EXPECT_EQ(e.mod, "MORE_THAN");
  EXPECT_EQ(Expr("the weeks-long crisis", kRef, "weeks-long").value, "PXW");
  EXPECT_EQ(Value("They meet every Monday.", kRef, "every Monday"), "XXXX-WXX-1");
  EXPECT_EQ(Value("published weekly", kRef, "weekly"), "P1W");
  EXPECT_EQ(Value("It happens twice a year.", kRef, "twice a year"), "P1Y");
  EXPECT_EQ(Value("at 8:19 GMT", kRef, "8:19 GMT"), "T08:19");
  e = Expr("due by 3 p.m. local time", kRef, "by 3 p.m. local time");
  EXPECT_EQ(e.value, "T15:00");
  EXPECT_EQ(e.mod, "ON_OR_BEFORE");
  EXPECT_EQ(Value("at half past seven", kRef, "half past seven"), "T07:30");
}

TEST(FindTimesTest, BareHoursAreASpanOnlyOnADay) {
  // "5 to 6pm" is an hour to an hour, not five minutes to six.
  EXPECT_EQ(Value("The polls are open from 5 to 6pm", kRef, "from 5 to 6pm"),
            "T17:00/T18:00");
  EXPECT_EQ(Value("Witnesses heard shots between 7 and 9 last night.", kRef,
                  "between 7 and 9 last night"),
            "2022-02-09T19:00/2022-02-09T21:00");
  EXPECT_EQ(Value("Police said it happened between 3 and 5 on Wednesday.", kRef,
                  "between 3 and 5 on Wednesday"),
            "2022-02-09T03:00/2022-02-09T05:00");
  EXPECT_EQ(Value("Voting runs Wednesday from 10-4.", kRef, "Wednesday from 10-4"),
            "2022-02-09T10:00/2022-02-09T16:00");
  // Without a day or a word that makes them a span, two numbers are not hours.
  EXPECT_EQ(Value("The team won 3-1 on Sunday.", kRef, "Sunday"), "2022-02-06");
  EXPECT_TRUE(FindTimes("Scores were between 3 and 5 on average.", kRef).empty());
  // A clock written "ten to six" keeps its minutes.
  EXPECT_EQ(Value("We met at ten to six on Monday.", kRef, "ten to six on Monday"),
            "2022-02-07T05:50");
}

TEST(FindTimesTest, AnAmountOfTimeFromItsStart) {
  EXPECT_EQ(Value("The border will close for three days starting Monday.", kRef,
                  "three days starting Monday"),
            "2022-02-14/2022-02-16");
  EXPECT_EQ(Value("Schools will shut for 3 days from tomorrow.", kRef, "3 days from tomorrow"),
            "2022-02-11/2022-02-13");
  EXPECT_EQ(Value("The strike lasts two weeks starting March 1.", kRef,
                  "two weeks starting March 1"),
            "2022-03-01/2022-03-14");
  EXPECT_EQ(Value("The road is closed for 2 hours from 2 pm", kRef, "2 hours from 2 pm"),
            "T14:00/T16:00");
  EXPECT_EQ(Value("Voting on Monday from 9am for 12 hours.", kRef,
                  "Monday from 9am for 12 hours"),
            "2022-02-07T09:00/2022-02-07T21:00");
  // Without "for", "3 days from today" is a day.
  EXPECT_EQ(Value("The meeting is 3 days from today.", kRef, "3 days from today"),
            "2022-02-13");
}

TEST(FindTimesTest, BusinessDaysSkipWeekends) {
  // The reference is a Thursday.
  EXPECT_EQ(Value("Markets rallied over the previous 4 business days.", kRef,
                  "the previous 4 business days"),
            "2022-02-04/2022-02-10");
  EXPECT_EQ(Value("Payment is due within the next 5 business days.", kRef,
                  "within the next 5 business days"),
            "2022-02-10/2022-02-17");
  EXPECT_EQ(Value("Payment is due within the next 12 business days.", kRef,
                  "within the next 12 business days"),
            "2022-02-10/2022-02-28");
}

TEST(FindTimesTest, YearsSaidAloud) {
  EXPECT_EQ(Value("She was born on 13 September nineteen seventy two.", kRef,
                  "13 September nineteen seventy two"),
            "1972-09-13");
  EXPECT_EQ(Value("It opened in October two thousand and five.", kRef,
                  "October two thousand and five"),
            "2005-10");
  EXPECT_EQ(Value("He left on May 3, nineteen oh five.", kRef, "May 3, nineteen oh five"),
            "1905-05-03");
  EXPECT_EQ(Value("It was built on 6 April seventeen hundred thirty three.", kRef,
                  "6 April seventeen hundred thirty three"),
            "1733-04-06");
  // Only where a year is expected.
  EXPECT_TRUE(FindTimes("May twenty five people came.", kRef).empty());
}

TEST(FindTimesTest, AWeekdayInTheWeekOfAnOffset) {
  EXPECT_EQ(Value("They will meet Monday two weeks from now.", kRef,
                  "Monday two weeks from now"),
            "2022-02-21");
  EXPECT_EQ(Value("The vote is in 3 days on Friday.", kRef, "in 3 days on Friday"),
            "2022-02-11");
}

TEST(FindTimesTest, ClockTimesWithTheirPartOfDay) {
  EXPECT_EQ(Value("Troops arrived early morning at 8:00.", kRef, "early morning at 8:00"),
            "T08:00");
  EXPECT_EQ(Value("They struck at 4:30 early morning.", kRef, "4:30 early morning"), "T04:30");
  EXPECT_EQ(Value("Shelling began circa 5 in the morning.", kRef, "circa 5 in the morning"),
            "T05:00");
  EXPECT_EQ(Value("He will land five-thirty tomorrow evening.", kRef,
                  "five-thirty tomorrow evening"),
            "2022-02-11T17:30");
  EXPECT_EQ(Value("The shop opened Sunday early morning at 8:00.", kRef,
                  "Sunday early morning at 8:00"),
            "2022-02-06T08:00");
}

TEST(FindTimesTest, RecurringPartsOfDaysAndWeekends) {
  EXPECT_EQ(Value("She hosts a show Friday mornings.", kRef, "Friday mornings"),
            "XXXX-WXX-5TMO");
  EXPECT_EQ(Value("Rallies are held every Sunday evening.", kRef, "every Sunday evening"),
            "XXXX-WXX-7TEV");
  EXPECT_EQ(Value("The market runs every two weekends.", kRef, "every two weekends"), "P2WE");
  EXPECT_EQ(Value("The market runs every weekend.", kRef, "every weekend"), "XXXX-WXX-WE");
}

TEST(FindTimesTest, NothingRelativeIsGuessedWithoutAReference) {
  TimeExpr e = Expr("Biden announced it on Friday.", "", "Friday");
  EXPECT_EQ(e.kind, "date");
  EXPECT_EQ(e.value, "");
  EXPECT_TRUE(e.relative);
  EXPECT_FALSE(e.resolved);
  e = Expr("Since October, Russia has", "", "Since October");
  EXPECT_EQ(e.kind, "range");
  EXPECT_FALSE(e.resolved);
  e = Expr("fighting since 2014", "", "since 2014");
  EXPECT_EQ(e.value, "2014/..");
  EXPECT_EQ(e.range_begin, "2014");
  EXPECT_EQ(e.range_end, "");
  EXPECT_TRUE(e.resolved);
  EXPECT_EQ(Value("Talks resume tomorrow.", "not a date", "tomorrow"), "");
}

TEST(FindTimesTest, SpansAreByteOffsets) {
  std::string text = "Kyiv\xE2\x80\x99s talks on Feb. 3 ended.";
  std::vector<TimeExpr> found = FindTimes(text, kRef);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "Feb. 3");
  EXPECT_EQ(found[0].anchor_text, "Feb. 3");
}

TEST(FindTimesTest, ExpressionsComeInTextOrderWithoutOverlap) {
  std::vector<TimeExpr> found = FindTimes(
      "On Monday, Feb. 7, and again on Tuesday, officials met; since 2014 and for 24 "
      "hours, every day, weeks ago.",
      kRef);
  ASSERT_GE(found.size(), 5u);
  for (size_t i = 1; i < found.size(); ++i) EXPECT_LE(found[i - 1].end, found[i].begin);
  EXPECT_EQ(found[0].anchor_text, "Monday, Feb. 7");
  EXPECT_EQ(found[0].value, "2022-02-07");
}

// Random soups of time words, numbers and separators: spans stay in order, inside the
// text and consistent with their fields, whatever the grammar makes of them.
TEST(FindTimesTest, RandomTokenSoupKeepsInvariants) {
  static const std::vector<std::string> kPieces = {
      "on", "the", "since", "from", "to", "between", "and", "until", "by", "last", "next",
      "this", "early", "late", "mid", "-", "/", ".", ",", ":", "'", " ", " ", " ", "Monday",
      "Friday", "Feb", "February", "May", "March", "summer", "week", "weeks", "year",
      "years", "days", "hours", "ago", "later", "earlier", "day", "before", "after",
      "2014", "2022", "1990s", "10", "20", "3", "31", "12", "08:19", "pm", "a.m.", "st",
      "th", "twenty", "first", "second", "half", "an", "a", "every", "each", "weekly",
      "past", "coming", "few", "several", "of", "in", "at", "noon", "midnight", "Q1",
      "Christmas", "Easter", "today", "yesterday", "tomorrow", "now", "\xE2\x80\x93",
      "century", "21st", "quarter", "morning", "evening", "tonight", "recently"};
  static const std::set<std::string> kKinds = {"date", "time", "datetime", "duration",
                                               "set", "range"};
  std::mt19937 rng(20220210);
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = length(rng);
    for (int k = 0; k < n; ++k) {
      text += kPieces[pick(rng)];
      if (rng() % 3 != 0) text += ' ';
    }
    for (std::string_view ref : {std::string_view(""), kRef, std::string_view("2019-12-31")}) {
      std::vector<TimeExpr> found = FindTimes(text, ref);
      size_t last_end = 0;
      for (const TimeExpr& e : found) {
        ASSERT_LT(e.begin, e.end) << text;
        ASSERT_LE(e.end, text.size()) << text;
        ASSERT_GE(e.begin, last_end) << text;
        last_end = e.end;
        EXPECT_EQ(e.anchor_text, text.substr(e.begin, e.end - e.begin));
        EXPECT_EQ(e.resolved, !e.value.empty()) << text;
        EXPECT_TRUE(kKinds.count(e.kind)) << e.kind << " in " << text;
        if (e.kind == "range" && e.resolved) {
          EXPECT_NE(e.value.find('/'), std::string::npos) << e.value << " in " << text;
        }
      }
    }
  }
}

// Hostile inputs must stay linear: time per byte may not grow with the input size.
// The fastest of three runs: on a shared machine one run can be held up for a tenth of
// a second by other work (a CI run once read 0.32 s for what takes 0.024 s), which says
// nothing about the extractor.
double SecondsFor(const std::string& text) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    auto start = std::chrono::steady_clock::now();
    std::vector<TimeExpr> found = FindTimes(text, kRef);
    auto stop = std::chrono::steady_clock::now();
    EXPECT_LE(found.size(), text.size());
    best = std::min(best, std::chrono::duration<double>(stop - start).count());
  }
  return best;
}

// The grammar tries a rule at a token only when the token, and for the commonest words
// the one after it, can open that rule (time_grammar_gates.cc). One expression for each
// word whose openings depend on what follows it, so that a gate drawn too narrow shows.
TEST(FindTimesTest, ExpressionsOpenedByCommonWordsAndWhatFollows) {
  struct Case {
    std::string_view phrase;
    std::string_view anchor;  // the expression found in it
  };
  for (const Case& c : std::initializer_list<Case>{
           {"on or before May 1", "on or before May 1"},
           {"on the morning of May 1", "on the morning of May 1"},
           {"in advance of May 1", "in advance of May 1"},
           {"in recent days", "in recent days"},
           {"in 3 days", "in 3 days"},
           {"in about 3 weeks", "in about 3 weeks"},
           {"in early morning", "in early morning"},
           {"in the morning", "in the morning"},
           {"in the past", "in the past"},
           {"at or after 5pm", "at or after 5pm"},
           {"at night", "at night"},
           {"at 7pm", "7pm"},
           {"at seven pm", "seven pm"},
           {"at least 3 days", "at least 3 days"},
           {"at the moment", "at the moment"},
           {"earlier than May 1", "earlier than May 1"},
           {"earlier this month", "earlier this month"},
           {"later than May 1", "later than May 1"},
           {"the past 24 hours", "the past 24 hours"},
           {"the first six months of 2022", "the first six months of 2022"},
           {"the day after tomorrow", "the day after tomorrow"},
           {"the year 2014", "the year 2014"},
           {"the first quarter of 2013", "the first quarter of 2013"},
           {"the end of 2008", "the end of 2008"},
           {"the next day", "the next day"},
           {"the week of May 10", "the week of May 10"},
           {"on the 18th", "the 18th"},
           {"the morning of May 1", "the morning of May 1"},
           {"a week later", "a week later"},
           {"a few days ago", "a few days ago"},
           {"for a couple of hours", "a couple of hours"},
           {"a while ago", "a while ago"},
           {"for an hour and a half", "an hour and a half"},
           {"Monday two weeks from now", "Monday two weeks from now"},
           {"Friday mornings", "Friday mornings"},
           {"Mondays", "Mondays"},
           {"the first week of July", "the first week of July"},
           {"the twenty-first of May", "the twenty-first of May"},
           {"two weeks ago", "two weeks ago"}}) {
    const std::string text = "They spoke " + std::string(c.phrase) + ", he said.";
    EXPECT_NE(Expr(text, kRef, c.anchor).kind, "<none>") << c.phrase;
  }
}

TEST(FindTimesTest, HostileInputRunsInLinearTime) {
  // Each unit feeds one rule that could run on: nested rules ("the week of the week of",
  // "half past half past"), chained durations, one endless sentence for the tense.
  for (std::string unit :
       {std::string("1-1-"), std::string("on the "), std::string("May "),
        std::string("10:10:"), std::string("from 2014 to "), std::string("twenty "),
        std::string("last "), std::string("\xE2\x80\x93"), std::string("a a a "),
        std::string("1/"), std::string("the week of "), std::string("half past "),
        std::string("20 past "), std::string("1 year 1 month "), std::string("said Monday "),
        std::string("the end of the first week of ")}) {
    std::string small, large;
    while (small.size() < 20000) small += unit;
    while (large.size() < 160000) large += unit;
    double t_small = SecondsFor(small);
    double t_large = SecondsFor(large);
    // 8x the input; allow 40x the time before calling it superlinear (timer noise on
    // tiny runs is absorbed by the floor).
    EXPECT_LT(t_large, 40 * t_small + 0.05) << "unit '" << unit << "'";
  }
}

}  // namespace
}  // namespace sitrep::extract
