#include "sitrep/claims.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

// Values this close are taken as claims about one quantity.
constexpr double kSameQuantity = 1.35;

// Nouns that count the same thing, by class. Short and documented: the classes news
// reports argue about.
const std::map<std::string_view, std::string_view>& NounClasses() {
  static const std::map<std::string_view, std::string_view> classes = {
      {"troops", "troops"},       {"troop", "troops"},        {"soldiers", "troops"},
      {"soldier", "troops"},      {"servicemen", "troops"},   {"personnel", "troops"},
      {"forces", "troops"},       {"military", "troops"},     {"people", "people"},
      {"persons", "people"},      {"civilians", "people"},    {"folks", "people"},
      {"individuals", "people"},  {"residents", "people"},    {"refugees", "refugees"},
      {"migrants", "migrants"},   {"deaths", "people killed"}, {"dead", "people killed"},
      {"fatalities", "people killed"}, {"casualties", "casualties"},
      // outbreaks: a case is an infection, however a rewrite words it
      {"cases", "cases"}, {"infections", "cases"}, {"instances", "cases"},
      {"contaminations", "cases"},
      // places of treatment opened or run
      {"clinics", "clinics"}, {"centres", "clinics"}, {"centers", "clinics"},
      {"firefighters", "firefighters"}, {"firemen", "firefighters"},
      {"homes", "homes"}, {"houses", "homes"}, {"dwellings", "homes"},
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

bool IsVague(const std::string& qualifier) {
  return qualifier.find(" of") != std::string::npos || qualifier == "several" ||
         qualifier == "a few" || qualifier == "a couple of";
}

// Whether the values of a group are one count growing over time rather than sources
// disagreeing: each higher value first appears on a later day than the one below it,
// and from that day on it is stated more often than the one below (reports that repeat
// an older figure as background are normal; a camp that keeps its figure is a dispute).
// Undated reports cannot say when their value held: they are left out, and at least
// two dated values must span the values stated.
bool IsDevelopment(const std::vector<const store::StoredFigure*>& sources) {
  std::map<double, std::vector<std::string_view>> days;  // value -> days it was reported
  double low = sources.front()->value, high = low;
  for (const store::StoredFigure* f : sources) {
    low = std::min(low, f->value);
    high = std::max(high, f->value);
    const std::string_view published = f->from.published;
    if (!published.empty()) days[f->value].push_back(published.substr(0, 10));
  }
  if (days.size() < 2 || days.begin()->first != low || days.rbegin()->first != high) return false;
  for (auto& [value, list] : days) std::sort(list.begin(), list.end());
  for (auto lower = days.begin(), higher = std::next(lower); higher != days.end(); ++lower, ++higher) {
    const std::string_view since = higher->second.front();
    if (since <= lower->second.front()) return false;
    const auto still_lower = lower->second.end() - std::lower_bound(lower->second.begin(), lower->second.end(), since);
    if (static_cast<size_t>(still_lower) >= higher->second.size()) return false;
  }
  return true;
}

}  // namespace

std::string ClaimSubject(const store::StoredFigure& f) {
  if (!f.unit.empty()) return f.unit;
  std::string noun;
  for (char c : f.counted) noun += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (noun.empty()) return "";
  const auto& classes = NounClasses();
  const auto it = classes.find(noun);
  std::string what = it == classes.end() ? noun : std::string(it->second);
  if (IsDeathEvent(f.event) && what == "people") return "people killed";
  if (EventSplits(f.event)) what += " " + f.event;
  return what;
}

std::vector<ClaimGroup> BuildClaims(const std::vector<store::StoredFigure>& figures,
                                    size_t min_sources, size_t max_listed) {
  // By subject, the figures of originals; a copy's figure counts for its original.
  std::map<std::string, std::vector<const store::StoredFigure*>> by_subject;
  std::map<std::string_view, std::vector<std::string_view>> copies_of;  // original id -> copies
  for (const store::StoredFigure& f : figures) {
    if (!f.copy_of.empty()) {
      copies_of[f.copy_of].push_back(f.from.article_id);
      continue;
    }
    if (IsVague(f.qualifier) || f.value <= 0) continue;  // "tens of thousands" claims no number
    const std::string subject = ClaimSubject(f);
    if (!subject.empty()) by_subject[subject].push_back(&f);
  }
  // Groups are formed over pointers; only the sources listed are copied out, at the end.
  std::vector<ClaimGroup> groups;
  std::vector<const store::StoredFigure*> members;
  std::set<std::string_view> seen;
  for (auto& [subject, list] : by_subject) {
    std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->value < b->value; });
    size_t begin = 0;
    while (begin < list.size()) {
      size_t end = begin + 1;
      while (end < list.size() && list[end]->value <= list[begin]->value * kSameQuantity) ++end;
      // One source per article: its first figure in the group.
      members.clear();
      seen.clear();
      std::set<double> values;
      for (size_t i = begin; i < end; ++i) {
        if (!seen.insert(list[i]->from.article_id).second) continue;
        members.push_back(list[i]);
        values.insert(list[i]->value);
      }
      begin = end;
      if (members.size() < min_sources) continue;
      ClaimGroup g;
      g.what = subject;
      g.low = *values.begin();
      g.high = *values.rbegin();
      g.source_count = members.size();
      std::stable_sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
        const std::string& x = a->from.published;
        const std::string& y = b->from.published;
        if (x.empty() != y.empty()) return y.empty();
        return x < y;
      });
      if (members.size() == 1) {
        g.status = "single";
      } else if (values.size() == 1) {
        g.status = "agree";
      } else {
        g.status = IsDevelopment(members) ? "changed" : "conflict";
      }
      for (size_t i = 0; i < std::min(members.size(), max_listed); ++i) {
        ClaimSource source;
        source.figure = *members[i];
        const auto c = copies_of.find(members[i]->from.article_id);
        if (c != copies_of.end()) {
          source.copies.assign(c->second.begin(), c->second.end());
          std::sort(source.copies.begin(), source.copies.end());
          source.copies.erase(std::unique(source.copies.begin(), source.copies.end()), source.copies.end());
        }
        g.sources.push_back(std::move(source));
      }
      groups.push_back(std::move(g));
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const ClaimGroup& a, const ClaimGroup& b) {
    if ((a.status == "conflict") != (b.status == "conflict")) return a.status == "conflict";
    return a.source_count > b.source_count;
  });
  return groups;
}

nlohmann::json ClaimGroupJson(const ClaimGroup& g) {
  nlohmann::json sources = nlohmann::json::array();
  for (const ClaimSource& s : g.sources) {
    nlohmann::json j = FigureJson(s.figure, true);
    j.erase("copy_of");
    j["copies"] = s.copies;
    sources.push_back(j);
  }
  return {{"what", g.what}, {"status", g.status}, {"low", g.low}, {"high", g.high}, {"sources", sources}};
}

}  // namespace sitrep::report
