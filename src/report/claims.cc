#include "sitrep/claims.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "report/claims_subject.h"
#include "sitrep/report.h"

namespace sitrep::report {
namespace {

using internal::kSameQuantity;

// Shares of report pairs dated in order that make a development (see IsDevelopment).
constexpr double kInOrder = 0.75;
constexpr double kInOrderCumulative = 0.6;

// Splits the figures of one subject into quantities: a value stated by more articles
// anchors a quantity, and each other value joins the nearest anchor within
// kSameQuantity of it, else anchors its own. Anchoring on the values most reports give
// keeps a dispute together (73,000 against 85,000 workers) where chaining from the
// lowest value would cut it at a stray 57,000. Reorders `list` so that each quantity is
// a run, quantities by their anchor, and returns where each run ends.
// `article_of` numbers each figure's article (see BuildClaims); `list` comes sorted by
// value.
template <typename ArticleOf>
std::vector<size_t> Quantities(std::vector<const store::StoredFigure*>* list, const ArticleOf& article_of) {
  std::vector<std::pair<size_t, double>> by_support;  // (articles, value)
  std::vector<uint32_t> stating;
  for (size_t begin = 0; begin < list->size();) {
    const double value = (*list)[begin]->value;
    size_t end = begin;
    stating.clear();
    for (; end < list->size() && (*list)[end]->value == value; ++end) stating.push_back(article_of((*list)[end]));
    std::sort(stating.begin(), stating.end());
    by_support.emplace_back(std::unique(stating.begin(), stating.end()) - stating.begin(), value);
    begin = end;
  }
  std::sort(by_support.begin(), by_support.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::set<double> anchors;
  std::map<double, double> anchor_of;
  for (const auto& [support, value] : by_support) {
    double best = 0, best_ratio = kSameQuantity;
    for (double anchor : anchors) {
      const double ratio = std::max(anchor, value) / std::min(anchor, value);
      if (ratio <= best_ratio) {
        best = anchor;
        best_ratio = ratio;
      }
    }
    if (best == 0) {
      anchors.insert(value);
      best = value;
    }
    anchor_of[value] = best;
  }
  // Sorted by (anchor, value), each figure's anchor looked up once.
  std::vector<std::pair<double, const store::StoredFigure*>> keyed;
  keyed.reserve(list->size());
  for (const store::StoredFigure* f : *list) keyed.emplace_back(anchor_of[f->value], f);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->value < b.second->value;
  });
  for (size_t i = 0; i < keyed.size(); ++i) (*list)[i] = keyed[i].second;
  std::vector<size_t> ends;
  for (size_t i = 1; i <= list->size(); ++i) {
    if (i == list->size() || anchor_of[(*list)[i]->value] != anchor_of[(*list)[i - 1]->value]) ends.push_back(i);
  }
  return ends;
}

bool IsVague(const std::string& qualifier) {
  return qualifier.find(" of") != std::string::npos || qualifier == "several" ||
         qualifier == "a few" || qualifier == "a couple of";
}

// Whether the values of a group are one count growing over time rather than sources
// disagreeing: each higher value first appears on a later day than the one below it,
// and its reports come after those of the one below: of all pairs of a report of the
// lower and one of the higher value, `in_order_needed` (three in four) are dated in that order (a
// tie on the day counts half). Reports that repeat an older figure as background, or
// that cover the previous development a day late, are normal; two camps that each keep
// their figure are stated side by side and score about a half: a dispute.
// A count that only accumulates (a death toll) cannot go back, so a lower figure
// reported after a higher one is stale rather than disputing it: for such counts
// `in_order` is lower.
// Undated reports cannot say when their value held: they are left out, and at least
// two dated values must span the values stated.
bool IsDevelopment(const std::vector<const store::StoredFigure*>& sources, double in_order_needed) {
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
    const std::vector<std::string_view>& before = lower->second;
    const std::vector<std::string_view>& after = higher->second;
    if (after.front() <= before.front()) return false;
    double in_order = 0;
    for (std::string_view day : after) {
      const auto first_same = std::lower_bound(before.begin(), before.end(), day);
      const auto past_same = std::upper_bound(first_same, before.end(), day);
      in_order += static_cast<double>(first_same - before.begin()) + 0.5 * static_cast<double>(past_same - first_same);
    }
    if (in_order < in_order_needed * static_cast<double>(before.size()) * static_cast<double>(after.size())) return false;
  }
  return true;
}

std::string Status(const std::vector<const store::StoredFigure*>& members, double in_order) {
  if (members.size() == 1) return "single";
  const double first = members.front()->value;
  if (std::all_of(members.begin(), members.end(), [first](const auto* f) { return f->value == first; })) {
    return "agree";
  }
  return IsDevelopment(members, in_order) ? "changed" : "conflict";
}

// A dispute is values stated at the same time. Splits the members into parts whose
// values were reported on overlapping days: 970 new cases reported on the 1st to 3rd
// and 850 against 1,100 on the 6th to 8th are two counts, the second disputed, not one
// count in dispute. A value's days run from its first to its last dated report, less
// the tenth of its reports at each end: later reports recalling it as background ("up
// from 970 on Sunday") do not keep it current. An undated report joins the part
// stating its value, else the part with the nearest value. One part when all overlap,
// or when nothing is dated.
std::vector<std::vector<const store::StoredFigure*>> ByTime(const std::vector<const store::StoredFigure*>& members) {
  std::map<double, std::vector<std::string_view>> days;  // value -> days of its dated reports
  for (const store::StoredFigure* f : members) {
    if (!f->from.published.empty()) days[f->value].push_back(std::string_view(f->from.published).substr(0, 10));
  }
  std::map<double, std::pair<std::string_view, std::string_view>> span;  // value -> first, last day
  for (auto& [value, list] : days) {
    std::sort(list.begin(), list.end());
    const size_t trim = (list.size() - 1) / 10;
    span[value] = {list[trim], list[list.size() - 1 - trim]};
  }
  // Values by first day; a value starting after every earlier one has ended starts a part.
  std::vector<std::pair<std::string_view, double>> starts;
  for (const auto& [value, days] : span) starts.emplace_back(days.first, value);
  std::sort(starts.begin(), starts.end());
  std::map<double, size_t> part_of;
  size_t parts = 0;
  std::string_view until;
  for (const auto& [first_day, value] : starts) {
    if (parts == 0 || first_day > until) {
      ++parts;
      until = first_day;
    }
    until = std::max(until, span[value].second);
    part_of[value] = parts - 1;
  }
  std::vector<std::vector<const store::StoredFigure*>> out(std::max<size_t>(parts, 1));
  for (const store::StoredFigure* f : members) {
    size_t part = 0;
    if (!part_of.empty()) {
      // The part of this value, else of the nearest value (by ratio) dated.
      auto it = part_of.lower_bound(f->value);
      if (it == part_of.end() || (it->first != f->value && it != part_of.begin() &&
                                  f->value / std::prev(it)->first < it->first / f->value)) {
        it = std::prev(it);
      }
      part = it->second;
    }
    out[part].push_back(f);
  }
  return out;
}

}  // namespace

std::vector<ClaimGroup> BuildClaims(const std::vector<store::StoredFigure>& figures,
                                    size_t min_sources, size_t max_listed) {
  // By subject, the figures of originals; a copy's figure counts for its original.
  std::map<std::string, std::vector<const store::StoredFigure*>> by_subject;
  std::map<std::string_view, std::vector<std::string_view>> copies_of;  // original id -> copies
  const std::vector<std::string> subjects = internal::ResolveSubjects(figures);
  for (size_t i = 0; i < figures.size(); ++i) {
    const store::StoredFigure& f = figures[i];
    if (!f.copy_of.empty()) {
      copies_of[f.copy_of].push_back(f.from.article_id);
      continue;
    }
    if (IsVague(f.qualifier) || f.value <= 0) continue;  // "tens of thousands" claims no number
    if (!subjects[i].empty()) by_subject[subjects[i]].push_back(&f);
  }
  // Articles numbered once, so that counting and collecting the sources of a group of
  // thousands compares numbers, not ids.
  std::vector<uint32_t> article_number(figures.size());
  uint32_t articles = 0;
  {
    std::unordered_map<std::string_view, uint32_t> number;
    number.reserve(figures.size() / 8 + 1);
    for (size_t i = 0; i < figures.size(); ++i) {
      article_number[i] = number.try_emplace(figures[i].from.article_id, articles).first->second;
      if (article_number[i] == articles) ++articles;
    }
  }
  auto article_of = [&](const store::StoredFigure* f) { return article_number[static_cast<size_t>(f - figures.data())]; };
  // Groups are formed over pointers; only the sources listed are copied out, at the end.
  std::vector<ClaimGroup> groups;
  std::vector<const store::StoredFigure*> members, joined;
  std::vector<uint32_t> seen_in(articles, 0);  // the collect call that last saw each article
  uint32_t call = 0;
  // One source per article: its first figure in list[begin, end).
  auto collect = [&](const std::vector<const store::StoredFigure*>& list, size_t begin, size_t end,
                     std::vector<const store::StoredFigure*>* out) {
    out->clear();
    ++call;
    for (size_t i = begin; i < end; ++i) {
      uint32_t& seen = seen_in[article_of(list[i])];
      if (seen != call) {
        seen = call;
        out->push_back(list[i]);
      }
    }
  };
  auto emit = [&](const std::string& subject, double in_order, std::vector<const store::StoredFigure*>* members) {
    if (members->size() < min_sources) return;
    ClaimGroup g;
    g.what = subject;
    g.low = g.high = members->front()->value;
    for (const store::StoredFigure* f : *members) {
      g.low = std::min(g.low, f->value);
      g.high = std::max(g.high, f->value);
    }
    g.source_count = members->size();
    std::stable_sort(members->begin(), members->end(), [](const auto* a, const auto* b) {
      const std::string& x = a->from.published;
      const std::string& y = b->from.published;
      if (x.empty() != y.empty()) return y.empty();
      return x < y;
    });
    g.status = Status(*members, in_order);
    for (size_t i = 0; i < std::min(members->size(), max_listed); ++i) {
      ClaimSource source;
      source.figure = *(*members)[i];
      const auto c = copies_of.find((*members)[i]->from.article_id);
      if (c != copies_of.end()) {
        source.copies.assign(c->second.begin(), c->second.end());
        std::sort(source.copies.begin(), source.copies.end());
        source.copies.erase(std::unique(source.copies.begin(), source.copies.end()), source.copies.end());
      }
      g.sources.push_back(std::move(source));
    }
    groups.push_back(std::move(g));
  };
  for (auto& [subject, list] : by_subject) {
    std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->value < b->value; });
    const std::vector<size_t> ends = Quantities(&list, article_of);
    auto next_quantity = [&ends](size_t begin) { return *std::upper_bound(ends.begin(), ends.end(), begin); };
    const bool cumulative = internal::IsCumulative(subject);
    size_t begin = 0;
    while (begin < list.size()) {
      size_t end = next_quantity(begin);
      collect(list, begin, end, &members);
      // A count that accumulates (a death toll, an area burned) is one claim across
      // its values, however far apart, while each higher value is reported later than
      // the one below it: 31 dead on the first day, 50 on the third, 72 on the fifth.
      while (cumulative && end < list.size() && members.size() >= 2) {
        const size_t further = next_quantity(end);
        collect(list, begin, further, &joined);
        if (!IsDevelopment(joined, kInOrderCumulative)) break;
        end = further;
        members.swap(joined);
      }
      begin = end;
      const double in_order = cumulative ? kInOrderCumulative : kInOrder;
      // Values of other counts told apart by time are each their time's figure (the
      // crowd at Monday's rally and at Friday's, a tariff of 14% and a later one of 18%);
      // a count that accumulates cannot go back, so a lower figure after a higher one
      // ("about 14,000 dead" on the 25th, "more than 13,000" on the 2nd) disputes it.
      if (!cumulative && Status(members, in_order) != "agree") {
        for (auto& part : ByTime(members)) emit(subject, in_order, &part);
      } else {
        emit(subject, in_order, &members);
      }
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
