#include "report/claims_subject.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "sitrep/claims.h"

namespace sitrep::report {
namespace {

// Nouns that count the same thing, by class. Short and documented: the classes news
// reports argue about.
const std::map<std::string_view, std::string_view>& NounClasses() {
  static const std::map<std::string_view, std::string_view> classes = {
      {"troops", "troops"},       {"troop", "troops"},        {"soldiers", "troops"},
      {"soldier", "troops"},      {"servicemen", "troops"},   {"personnel", "troops"},
      {"forces", "troops"},       {"military", "troops"},     {"people", "people"},
      {"persons", "people"},      {"civilians", "people"},    {"folks", "people"},
      {"individuals", "people"},  {"residents", "people"},    {"inhabitants", "people"},
      {"villagers", "people"},    {"tourists", "people"},
      // "five men were arrested", "five suspects were arrested": the same people
      // counted, however a report names them (children are left apart: "120 people,
      // 40 of them children" states two counts).
      {"men", "people"},          {"suspects", "people"},
      // a crowd, and those of it detained, hurt or killed
      {"protesters", "people"},   {"protestors", "people"},   {"demonstrators", "people"},
      {"marchers", "people"},     {"activists", "people"},
      // a strike's turnout, however a report names those who walked out
      {"workers", "workers"}, {"staff", "workers"}, {"employees", "workers"},
      {"laborers", "workers"}, {"labourers", "workers"}, {"strikers", "workers"},
      // transport cancelled in a strike
      {"services", "services"}, {"departures", "services"}, {"trips", "services"},
      {"journeys", "services"},
      {"refugees", "refugees"},
      {"migrants", "migrants"},   {"deaths", "people killed"}, {"injuries", "people injured"}, {"dead", "people killed"},
      {"fatalities", "people killed"}, {"casualties", "casualties"},
      // outbreaks: a case is an infection, however a rewrite words it
      {"cases", "cases"}, {"infections", "cases"}, {"instances", "cases"},
      {"contaminations", "cases"},
      // places of treatment opened or run
      {"clinics", "clinics"}, {"centres", "clinics"}, {"centers", "clinics"},
      {"firefighters", "firefighters"}, {"firemen", "firefighters"},
      // destroyed or damaged: reports say homes, houses or buildings of the same ones
      {"homes", "homes"}, {"houses", "homes"}, {"dwellings", "homes"},
      {"buildings", "homes"},
      {"aircraft", "aircraft"}, {"planes", "aircraft"}, {"jets", "aircraft"},
      {"countries", "countries"}, {"nations", "countries"}, {"states", "countries"},
      {"regions", "regions"}, {"provinces", "regions"},
      {"fires", "fires"}, {"blazes", "fires"}, {"wildfires", "fires"},
  };
  return classes;
}

bool IsDeathEvent(const std::string& event) {
  return event == "killed" || event == "died" || event == "dead" || event == "slain";
}

// Events that change what is counted: the wounded are not the troops. Others ("massed",
// "deployed", "sent") describe the same troops and do not split a claim.
bool EventSplits(const std::string& event) {
  static const std::set<std::string_view> kSplitting = {"wounded", "injured", "displaced", "evacuated",
                                                        "arrested", "detained", "rescued", "missing",
                                                        "captured", "infected"};
  return kSplitting.count(event) > 0;
}

std::string Lower(const std::string& s) {
  std::string out;
  for (char c : s) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// Words that stand for a count named elsewhere (as the extractor reads "the figure
// stands at 120").
bool IsAnaphoric(const std::string& counted) {
  return counted == "figure" || counted == "number" || counted == "tally" || counted == "count" ||
         counted == "total" || counted == "it";
}

bool HasWord(const std::string& words, std::string_view word) {
  for (size_t at = words.find(word); at != std::string::npos; at = words.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || words[at - 1] == ' ') && (end == words.size() || words[end] == ' ')) return true;
  }
  return false;
}

// Classes of people a report may just call "people": "73,000 people joined the strike".
bool IsKindOfPeople(const std::string& subject) {
  return subject == "workers" || subject == "refugees" || subject == "migrants";
}

// A share that does not say of what: "62%", "55.8 percent".
bool IsBareShare(const store::StoredFigure& f) { return f.unit == "percent" && f.counted.empty(); }

bool IsShareOfSomething(const std::string& subject) { return subject.rfind("percent of ", 0) == 0; }

}  // namespace

std::string ClaimSubject(const store::StoredFigure& f) {
  // A share is grouped with shares of the same thing ("percent of vote"); one whose
  // whole is not named stays "percent".
  if (f.unit == "percent" && !f.counted.empty()) {
    const auto& classes = NounClasses();
    const std::string noun = Lower(f.counted);
    const auto it = classes.find(noun);
    return "percent of " + (it == classes.end() ? noun : std::string(it->second));
  }
  if (!f.unit.empty()) return f.unit;
  const std::string noun = Lower(f.counted);
  if (noun.empty() || IsAnaphoric(noun)) return "";
  const auto& classes = NounClasses();
  const auto it = classes.find(noun);
  std::string what = it == classes.end() ? noun : std::string(it->second);
  // "9,300 injured people": what happened to them may be told before the noun.
  // Those who fled their homes are the displaced.
  std::string event = f.event == "fled" ? "displaced" : f.event;
  if (event.empty()) {
    const std::string modifier = Lower(f.modifier);
    if (IsDeathEvent(modifier) || EventSplits(modifier)) event = modifier;
  }
  if (IsDeathEvent(event) && what == "people") what = "people killed";
  if (EventSplits(event)) what += " " + event;
  // "970 new cases": what was added since the last report, not the count so far.
  if (HasWord(Lower(f.modifier), "new")) what = "new " + what;
  return what;
}

std::vector<std::string> ClaimSubjects(const std::vector<store::StoredFigure>& figures) {
  return internal::ResolveSubjects(figures);
}

namespace internal {

bool IsCumulative(const std::string& subject) {
  static const std::set<std::string_view> kCumulative = {
      "people killed", "casualties", "people wounded", "people injured", "people displaced",
      "people missing", "people detained", "people arrested", "cases", "ha", "acre", "km2"};
  return kCumulative.count(subject) > 0;
}

std::vector<std::string> ResolveSubjects(const std::vector<store::StoredFigure>& figures) {
  std::vector<std::string> subjects(figures.size());
  std::unordered_map<std::string_view, std::vector<size_t>> of_article;
  // A storyline states the same few kinds of figure thousands of times: each distinct
  // (unit, noun, modifier, event) is read once.
  std::unordered_map<std::string, std::string> subject_of;
  std::string key;
  for (size_t i = 0; i < figures.size(); ++i) {
    const store::StoredFigure& f = figures[i];
    key.assign(f.unit).append(1, '\x1f').append(f.counted).append(1, '\x1f').append(f.modifier).append(1, '\x1f').append(f.event);
    auto it = subject_of.find(key);
    if (it == subject_of.end()) it = subject_of.emplace(key, ClaimSubject(f)).first;
    subjects[i] = it->second;
    of_article[f.from.article_id].push_back(i);
  }
  // An article that counts "970 new cases" and later "970 cases" means the new ones
  // both times.
  for (const auto& [article, list] : of_article) {
    // Most articles count nothing new: passed over before any subject is built.
    if (std::none_of(list.begin(), list.end(), [&](size_t j) { return subjects[j].rfind("new ", 0) == 0; })) {
      continue;
    }
    for (size_t i : list) {
      if (subjects[i].empty()) continue;
      const std::string qualified = "new " + subjects[i];
      for (size_t j : list) {
        if (subjects[j] == qualified && figures[j].value == figures[i].value) {
          subjects[i] = qualified;
          break;
        }
      }
    }
  }
  // Anaphors and bare numbers: the nearest figure of the article naming what it
  // counts, at the same value ("The disease has killed 120 people ... Gebre put the
  // figure at 120"). A bare number ("the ministry cites 120, UNICEF 140") is read so
  // only near such a figure: far from it, it may count anything. A close value is not
  // enough: the article's other counts (19,000 troops) are as close to a disputed death
  // toll (15,000) as its other camp's figure is.
  constexpr int64_t kBareReach = 600;  // bytes, a paragraph or two
  // A share whose whole is not named ("62%") is read the same way, among the shares of
  // something ("62% of voters").
  const std::vector<std::string> named = subjects;  // what each figure names itself
  for (const auto& [article, list] : of_article) {
    for (size_t i : list) {
      const store::StoredFigure& f = figures[i];
      const bool bare = f.counted.empty() && f.unit.empty();
      const bool share = IsBareShare(f);
      if (!share && (!subjects[i].empty() || !(bare || IsAnaphoric(Lower(f.counted))))) continue;
      int64_t best = bare || share ? kBareReach : INT64_MAX;
      for (size_t j : list) {
        if (named[j].empty() || figures[j].value != f.value) continue;
        if (share != IsShareOfSomething(named[j])) continue;
        const int64_t distance = std::abs(figures[j].begin - f.begin);
        if (distance < best) {
          best = distance;
          subjects[i] = named[j];
        }
      }
    }
  }
  // People counted without an event: the one event subject of people (or kind of
  // people: workers, refugees) they fit.
  std::map<std::string, std::set<double>> values;  // subject -> values stated, of people
  const bool unspecified_people = std::any_of(subjects.begin(), subjects.end(), [](const std::string& s) {
    return s == "people";
  });
  for (size_t i = 0; unspecified_people && i < figures.size(); ++i) {
    const std::string& subject = subjects[i];
    if (subject.rfind("people ", 0) == 0 || IsKindOfPeople(subject)) values[subject].insert(figures[i].value);
  }
  for (size_t i = 0; i < figures.size(); ++i) {
    if (subjects[i] != "people" || !figures[i].event.empty()) continue;
    std::string fit;
    int fits = 0;
    for (const auto& [subject, stated] : values) {
      if (subject.rfind("people ", 0) != 0 && !IsKindOfPeople(subject)) continue;
      const double v = figures[i].value;
      const auto close = stated.lower_bound(v / kSameQuantity);
      if (close != stated.end() && CloseValues(v, *close)) {
        fit = subject;
        ++fits;
      }
    }
    if (fits == 1) subjects[i] = fit;
  }
  // Anaphors and bare numbers whose article names nothing they refer to ("While the
  // ministry reported 120, UNICEF gives a figure of 140", the deaths named only in the
  // headline of another report): the subject for which the articles of the storyline
  // state exactly that value, when two or more and four in five of those stating it do.
  // Only the values such figures state are tallied.
  auto unresolved = [&](size_t i) {
    const store::StoredFigure& f = figures[i];
    if (IsBareShare(f) && subjects[i] == "percent") return true;
    return subjects[i].empty() && ((f.counted.empty() && f.unit.empty()) || IsAnaphoric(Lower(f.counted)));
  };
  std::vector<size_t> open;
  std::set<double> open_values;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (unresolved(i)) {
      open.push_back(i);
      open_values.insert(figures[i].value);
    }
  }
  // Counted per article, from its distinct (value, subject) pairs.
  std::map<double, std::map<std::string, size_t>> stated;  // value -> subject -> articles
  std::vector<std::pair<double, const std::string*>> pairs;
  for (const auto& [article, list] : of_article) {
    if (open.empty()) break;
    pairs.clear();
    for (size_t i : list) {
      if (!subjects[i].empty() && !figures[i].counted.empty() && open_values.count(figures[i].value) &&
          !IsAnaphoric(Lower(figures[i].counted))) {
        pairs.emplace_back(figures[i].value, &subjects[i]);
      }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    for (size_t k = 0; k < pairs.size(); ++k) {
      if (k > 0 && pairs[k].first == pairs[k - 1].first && *pairs[k].second == *pairs[k - 1].second) continue;
      ++stated[pairs[k].first][*pairs[k].second];
    }
  }
  for (size_t i : open) {
    const store::StoredFigure& f = figures[i];
    const bool share = IsBareShare(f);
    const auto it = stated.find(f.value);
    if (it == stated.end()) continue;
    std::string most;
    size_t most_articles = 0, all_articles = 0;
    for (const auto& [subject, articles] : it->second) {
      if (share != IsShareOfSomething(subject)) continue;
      all_articles += articles;
      if (articles > most_articles) {
        most = subject;
        most_articles = articles;
      }
    }
    if (most_articles >= 2 && most_articles * 5 >= all_articles * 4) subjects[i] = most;
  }
  return subjects;
}

}  // namespace internal
}  // namespace sitrep::report
