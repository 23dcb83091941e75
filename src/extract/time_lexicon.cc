#include "extract/time_lexicon.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "extract/view_table.h"
#include "extract/word_filter.h"
#include "extract/word_hash.h"

namespace sitrep::extract::time_internal {
namespace {

struct Entry {
  std::string_view word;
  int value;
};

// a == b, testing the first letters before a memcmp call: the tables below are scanned
// for words of running text, which nearly always differ there.
bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

// Bit L of bits[c] is set when a word of a table starting with 'a' + c has L letters.
// The grammar asks the tables about most words near a time word, and the word's first
// letter and length rule nearly all of them out before any comparison.
struct ShapeFilter {
  uint32_t bits[26] = {};
  bool any = false;  // a word the bits cannot describe: filter nothing
  constexpr void Add(std::string_view w) {
    if (w.empty()) return;
    if (w[0] < 'a' || w[0] > 'z' || w.size() >= 32) {
      any = true;
    } else {
      bits[w[0] - 'a'] |= 1u << w.size();
    }
  }
  // False only when no word of the table can equal w.
  constexpr bool MayHold(std::string_view w) const {
    if (any || w.empty() || w[0] < 'a' || w[0] > 'z' || w.size() >= 32) return true;
    return (bits[w[0] - 'a'] >> w.size()) & 1u;
  }
};

template <size_t N>
constexpr ShapeFilter FilterOf(const std::array<Entry, N>& table) {
  ShapeFilter f;
  for (const Entry& e : table) f.Add(e.word);
  return f;
}

template <size_t N>
int Find(const std::array<Entry, N>& table, const ShapeFilter& filter, std::string_view word) {
  if (!filter.MayHold(word)) return 0;
  for (const Entry& e : table) {
    if (SameWord(e.word, word)) return e.value;
  }
  return 0;
}

constexpr std::array<Entry, 25> kMonths = {{
    {"january", 1},  {"jan", 1},      {"february", 2}, {"feb", 2},     {"march", 3},
    {"mar", 3},      {"april", 4},    {"apr", 4},      {"may", 5},     {"june", 6},
    {"jun", 6},      {"july", 7},     {"jul", 7},      {"august", 8},  {"aug", 8},
    {"september", 9}, {"sept", 9},    {"sep", 9},      {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},    {"december", 12}, {"dec", 12},   {"febuary", 2},
}};

constexpr std::array<Entry, 19> kWeekdays = {{
    {"monday", 1},   {"mon", 1},    {"tuesday", 2}, {"tue", 2},    {"tues", 2},
    {"wednesday", 3}, {"wed", 3},   {"thursday", 4}, {"thu", 4},   {"thur", 4},
    {"thurs", 4},    {"friday", 5}, {"fri", 5},     {"saturday", 6}, {"sat", 6},
    {"sunday", 7},   {"sun", 7},    {"weds", 3},    {"wednes", 3},
}};

constexpr ShapeFilter kMonthFilter = FilterOf(kMonths);
constexpr ShapeFilter kWeekdayFilter = FilterOf(kWeekdays);

}  // namespace

int MonthFromWord(std::string_view word, bool* ambiguous) {
  int m = Find(kMonths, kMonthFilter, word);
  *ambiguous = word == "may" || word == "march" || word == "mar" || word == "jan";
  return m;
}

int WeekdayFromWord(std::string_view word, bool* plural, bool* ambiguous) {
  *plural = false;
  *ambiguous = false;
  int d = Find(kWeekdays, kWeekdayFilter, word);
  if (d == 0 && word.size() > 6 && word.back() == 's') {
    std::string_view stem = word.substr(0, word.size() - 1);
    if (stem.size() > 5 && stem.substr(stem.size() - 3) == "day") {
      d = Find(kWeekdays, kWeekdayFilter, stem);
      *plural = d != 0;
    }
  }
  if (d != 0) {
    *ambiguous = word == "sat" || word == "sun" || word == "wed" || word == "mon";
  }
  return d;
}

Unit UnitFromWord(std::string_view w, bool* plural, bool allow_letter) {
  *plural = false;
  struct U {
    std::string_view singular, plural;
    Unit unit;
  };
  static constexpr std::array<U, 23> kUnits = {{
      {"second", "seconds", Unit::kSecond},  {"sec", "secs", Unit::kSecond},
      {"minute", "minutes", Unit::kMinute},  {"min", "mins", Unit::kMinute},
      {"hour", "hours", Unit::kHour},        {"hr", "hrs", Unit::kHour},
      {"day", "days", Unit::kDay},           {"night", "nights", Unit::kNight},
      {"week", "weeks", Unit::kWeek},        {"wk", "wks", Unit::kWeek},
      {"weekend", "weekends", Unit::kWeekend},
      {"fortnight", "fortnights", Unit::kFortnight},
      {"month", "months", Unit::kMonth},     {"mo", "mos", Unit::kMonth},
      {"quarter", "quarters", Unit::kQuarter},
      {"year", "years", Unit::kYear},        {"yr", "yrs", Unit::kYear},
      {"decade", "decades", Unit::kDecade},  {"century", "centuries", Unit::kCentury},
      {"businessday", "businessdays", Unit::kBusinessDay},
      {"workday", "workdays", Unit::kBusinessDay},
      {"weekday", "weekdays", Unit::kBusinessDay},
      {"millennium", "millennia", Unit::kNone},
  }};
  static constexpr ShapeFilter kFilter = [] {
    ShapeFilter f;
    for (const U& u : kUnits) {
      f.Add(u.singular);
      f.Add(u.plural);
    }
    return f;
  }();
  if (kFilter.MayHold(w)) {
    for (const U& u : kUnits) {
      if (SameWord(w, u.singular)) return u.unit;
      if (SameWord(w, u.plural)) {
        *plural = true;
        return u.unit;
      }
    }
  }
  if (allow_letter) {
    if (w == "h") return Unit::kHour;
    if (w == "d") return Unit::kDay;
    if (w == "m" || w == "mins") return Unit::kMinute;
    if (w == "s") return Unit::kSecond;
    if (w == "y") return Unit::kYear;
    if (w == "w") return Unit::kWeek;
  }
  return Unit::kNone;
}

Season SeasonFromWord(std::string_view w) {
  if (w == "spring") return Season::kSpring;
  if (w == "summer") return Season::kSummer;
  if (w == "autumn" || w == "fall") return Season::kAutumn;
  if (w == "winter") return Season::kWinter;
  return Season::kNone;
}

const char* SeasonCode(Season s) {
  switch (s) {
    case Season::kSpring: return "SP";
    case Season::kSummer: return "SU";
    case Season::kAutumn: return "FA";
    case Season::kWinter: return "WI";
    case Season::kNone: break;
  }
  return "";
}

PartOfDay PartOfDayFromWord(std::string_view w) {
  if (w == "morning" || w == "dawn" || w == "daybreak" || w == "sunrise")
    return PartOfDay::kMorning;
  if (w == "afternoon") return PartOfDay::kAfternoon;
  if (w == "evening" || w == "dusk" || w == "sunset" || w == "nightfall")
    return PartOfDay::kEvening;
  if (w == "night" || w == "overnight") return PartOfDay::kNight;
  return PartOfDay::kNone;
}

const char* PartOfDayCode(PartOfDay p) {
  switch (p) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    case PartOfDay::kNone: break;
  }
  return "";
}

namespace {

struct HolidayName {
  std::array<std::string_view, 4> words;
  Holiday h;
};

// Longest names first so that "christmas eve" wins over "christmas".
constexpr std::array<HolidayName, 36> kHolidays = {{
    {{"easter", "sunday", "", ""}, {0, 0, 0, 0, 0, true}},
    {{"easter", "monday", "", ""}, {0, 0, 0, 0, 1, true}},
    {{"good", "friday", "", ""}, {0, 0, 0, 0, -2, true}},
    {{"easter", "", "", ""}, {0, 0, 0, 0, 0, true}},
    {{"martin", "luther", "king", "day"}, {1, 0, 1, 3, 0}},
    {{"international", "womens", "day", ""}, {3, 8, 0, 0, 0}},
    {{"international", "workers", "day", ""}, {5, 1, 0, 0, 0}},
    {{"new", "years", "day", ""}, {1, 1, 0, 0, 0}},
    {{"new", "years", "eve", ""}, {12, 31, 0, 0, 0}},
    {{"new", "year", "day", ""}, {1, 1, 0, 0, 0}},
    {{"new", "year", "eve", ""}, {12, 31, 0, 0, 0}},
    {{"new", "years", "", ""}, {1, 1, 0, 0, 0}},
    {{"new", "year", "", ""}, {1, 1, 0, 0, 0}},
    {{"st", "patricks", "day", ""}, {3, 17, 0, 0, 0}},
    {{"saint", "patricks", "day", ""}, {3, 17, 0, 0, 0}},
    {{"orthodox", "christmas", "", ""}, {1, 7, 0, 0, 0}},
    {{"christmas", "eve", "", ""}, {12, 24, 0, 0, 0}},
    {{"christmas", "day", "", ""}, {12, 25, 0, 0, 0}},
    {{"boxing", "day", "", ""}, {12, 26, 0, 0, 0}},
    {{"valentines", "day", "", ""}, {2, 14, 0, 0, 0}},
    {{"independence", "day", "", ""}, {7, 4, 0, 0, 0}},
    {{"bastille", "day", "", ""}, {7, 14, 0, 0, 0}},
    {{"victory", "day", "", ""}, {5, 9, 0, 0, 0}},
    {{"veterans", "day", "", ""}, {11, 11, 0, 0, 0}},
    {{"remembrance", "day", "", ""}, {11, 11, 0, 0, 0}},
    {{"armistice", "day", "", ""}, {11, 11, 0, 0, 0}},
    {{"earth", "day", "", ""}, {4, 22, 0, 0, 0}},
    {{"labor", "day", "", ""}, {9, 0, 1, 1, 0}},
    {{"memorial", "day", "", ""}, {5, 0, 1, -1, 0}},
    {{"mothers", "day", "", ""}, {5, 0, 7, 2, 0}},
    {{"fathers", "day", "", ""}, {6, 0, 7, 3, 0}},
    {{"black", "friday", "", ""}, {11, 0, 4, 4, 1}},
    {{"christmas", "", "", ""}, {12, 25, 0, 0, 0}},
    {{"halloween", "", "", ""}, {10, 31, 0, 0, 0}},
    {{"juneteenth", "", "", ""}, {6, 19, 0, 0, 0}},
    {{"thanksgiving", "", "", ""}, {11, 0, 4, 4, 0}},
}};

}  // namespace

bool OpensHoliday(std::string_view word) {
  static constexpr ShapeFilter kFilter = [] {
    ShapeFilter f;
    for (const HolidayName& h : kHolidays) f.Add(h.words[0]);
    return f;
  }();
  if (!kFilter.MayHold(word)) return false;
  for (const HolidayName& h : kHolidays) {
    if (SameWord(h.words[0], word)) return true;
  }
  return false;
}

int HolidayFromWords(const std::string_view* w, int n, Holiday* out) {
  for (const HolidayName& h : kHolidays) {
    int len = 0;
    while (len < 4 && !h.words[len].empty()) ++len;
    if (len > n) continue;
    bool ok = true;
    for (int i = 0; i < len && ok; ++i) ok = w[i] == h.words[i];
    if (ok) {
      *out = h.h;
      return len;
    }
  }
  return 0;
}

namespace {

using RoleMap = std::unordered_map<std::string_view, unsigned, internal::WordHash>;

// The roles, their filter and their flat table behind one static: WordRoles runs at
// every word of a text, and each function-local static costs a guard test. The filter
// rules out most words of running text before any hashing: the first letter and length
// alone let through four words in five of news text ("of", "and", "said"), the first
// two letters about two in five.
struct RoleLexicon {
  RoleMap roles;
  internal::WordFilter filter;
  internal::ViewTable<unsigned> table;  // views the keys of `roles`
};

const RoleLexicon& Roles() {
  static const RoleLexicon* const kLexicon = [] {
    auto* lexicon = new RoleLexicon();
    RoleMap* m = &lexicon->roles;
    for (const Entry& e : kMonths) (*m)[e.word] = kTimeWord | kStartWord;
    for (const Entry& e : kWeekdays) (*m)[e.word] = kTimeWord | kStartWord;
    static constexpr std::string_view kTime[] = {
        // plural weekdays, units, seasons, parts of the day
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
        "hours", "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "wk", "wks",
        "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter",
        "quarters", "year", "years", "yr", "yrs", "decade", "decades", "century",
        "centuries", "workday", "workdays", "weekday", "weekdays", "workweek", "spring",
        "summer", "autumn", "fall", "winter", "morning", "mornings", "afternoon",
        "afternoons", "evening", "evenings", "dawn", "daybreak", "sunrise", "dusk",
        "sunset", "nightfall", "overnight", "noon", "midday", "noonish", "noontime",
        "midnight", "oclock", "today", "tomorrow", "tmrw", "tmr", "yesterday", "tonight",
        "tonite", "now", "currently", "nowadays", "recently", "lately", "ago", "hence",
        "moment", "moments", "past", "future", "date", "daily", "everyday", "nightly",
        "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "yearly", "annually",
        "hourly", "semiannually", "biannually", "semiannual", "q", "h", "am", "pm",
        "christmas", "easter", "halloween", "juneteenth", "thanksgiving", "eve",
        "gmt", "utc", "mid", "once", "twice", "thrice", "half", "present"};
    for (std::string_view w : kTime) (*m)[w] = kTimeWord | kStartWord;
    static constexpr std::string_view kStart[] = {
        "the", "a", "an", "in", "on", "at", "by", "to", "from", "between", "since", "ever",
        "starting", "beginning", "commencing", "effective", "as", "until", "till", "til",
        "through", "thru", "throughout", "up", "no", "before", "prior", "earlier",
        "sooner", "after", "later", "around", "about", "circa", "approximately", "roughly",
        "within", "last", "previous", "preceding", "next", "coming", "following",
        "upcoming", "this", "current", "present", "recent", "first", "opening", "final",
        "closing", "more", "less", "fewer", "nearly", "almost", "some", "couple", "few",
        "several", "many", "multiple", "numerous", "dozens", "hundreds", "tens",
        "thousands", "half", "all", "whole", "full", "entire", "another", "every", "each",
        "semi", "bi", "early", "late", "middle", "start", "end", "turn", "during",
        "right", "just", "these", "long", "while", "calendar", "w", "martin",
        "international", "new", "st", "saint", "orthodox", "boxing", "valentines",
        "independence", "bastille", "victory", "veterans", "remembrance", "armistice",
        "earth", "labor", "memorial", "mothers", "fathers", "black", "good"};
    for (std::string_view w : kStart) (*m)[w] |= kStartWord;
    lexicon->filter = internal::WordFilter::FromKeys(*m);
    lexicon->table.Build(*m);
    return lexicon;
  }();
  return *kLexicon;
}

}  // namespace

const internal::WordFilter& RoleWords() { return Roles().filter; }

unsigned WordRoles(std::string_view w) {
  const RoleLexicon& lexicon = Roles();
  if (!lexicon.filter.MayContain(w)) return 0;
  const unsigned* roles = lexicon.table.Find(w);
  return roles == nullptr ? 0u : *roles;
}

bool IntroducesClock(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "at",    "around", "about",  "by",    "from",  "between",      "until",
      "till",  "since",  "before", "after", "on",    "approximately"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool IsQuantityLead(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kLeads = {
      "about",   "some",     "nearly",  "almost",  "around",     "approximately",
      "than",    "over",     "least",   "most",    "roughly",    "estimated",
      "another", "only",     "just",    "total",   "additional", "extra",
      "up",      "exactly",  "fewer",   "numbering"};
  for (std::string_view k : kLeads) {
    if (w == k) return true;
  }
  return false;
}

bool IsCountNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 28> kNouns = {
      "people",  "persons", "men",      "women",   "children", "troops",  "soldiers",
      "police",  "staff",   "personnel", "pieces", "units",    "votes",   "cases",
      "deaths",  "dead",    "killed",   "km",      "kilometers", "kilometres", "miles",
      "euros",   "dollars", "pounds",   "tonnes",  "tons",     "percent", "points"};
  for (std::string_view k : kNouns) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace sitrep::extract::time_internal
