// The timeline: a storyline's events in the order they happened. An event is dated by
// the day its articles' leads say the thing happened ("said on Monday", resolved against
// the article's own date), since a report is often published the day after; failing
// that, by the day it was first published. Events with neither are listed apart rather
// than guessed into place.
#include <algorithm>
#include <chrono>
#include <map>
#include <string_view>
#include <unordered_map>

#include "report/sentences.h"
#include "sitrep/storyline_report.h"
#include "sitrep/text.h"

namespace sitrep::report {
namespace {

constexpr size_t kLeadSentences = 6;      // where a lead names the day of the news
constexpr size_t kLeadScanBytes = 3000;
constexpr int kMaxDaysBefore = 14;        // older days in a lead are background
constexpr size_t kDescriptionLead = 4;    // sentences an event's description is drawn from
constexpr size_t kDescriptionBytes = 220;
constexpr size_t kDescriptionArticles = 20;  // the earliest originals describe an event
constexpr double kQuoteLedWeight = 0.5;   // a description is in the reporter's words

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY-MM-DD" at the start of s, or "".
std::string DayOf(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return "";
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) || !IsDigits(s.substr(8, 2))) return "";
  if (s.size() > 10 && s[10] != 'T') return "";  // "2022-02-10/.." is a range, not a day
  return std::string(s.substr(0, 10));
}

// Days since 1970-01-01 of a valid "YYYY-MM-DD".
int64_t DayNumber(const std::string& day) {
  using namespace std::chrono;
  const year_month_day date{year{std::stoi(day.substr(0, 4))},
                            month{static_cast<unsigned>(std::stoi(day.substr(5, 2)))},
                            std::chrono::day{static_cast<unsigned>(std::stoi(day.substr(8, 2)))}};
  return sys_days{date}.time_since_epoch().count();
}

// The byte offset where an article's lead ends.
size_t LeadEnd(std::string_view text) {
  const std::string_view head = text.substr(0, std::min(text.size(), kLeadScanBytes));
  const std::vector<text::Span> spans = text::SplitSentences(head);
  if (spans.empty()) return 0;
  return spans[std::min(spans.size(), kLeadSentences) - 1].end;
}

bool EarlierArticle(const StorylineArticle* a, const StorylineArticle* b) {
  const std::string& pa = a->stored.article.published;
  const std::string& pb = b->stored.article.published;
  if (pa.empty() != pb.empty()) return !pa.empty();
  if (pa != pb) return pa < pb;
  return a->stored.seq < b->stored.seq;
}

}  // namespace

std::string ContentDate(const StorylineArticle& article) {
  if (article.times.empty()) return "";
  const std::string published = DayOf(article.stored.article.published);
  const size_t lead_end = LeadEnd(article.stored.article.text);
  std::vector<const store::StoredTime*> times;
  for (const store::StoredTime& t : article.times) times.push_back(&t);
  std::sort(times.begin(), times.end(), [](const auto* a, const auto* b) { return a->begin < b->begin; });
  for (const store::StoredTime* t : times) {
    if (static_cast<size_t>(t->begin) >= lead_end) break;
    if (!t->resolved || (t->kind != "date" && t->kind != "datetime")) continue;
    const std::string day = DayOf(t->value);
    if (day.empty()) continue;
    if (published.empty()) {
      // Without the article's own date only what the text fixes alone can be trusted.
      if (t->relative) continue;
      return day;
    }
    const int64_t before = DayNumber(published) - DayNumber(day);
    if (before < 0 || before > kMaxDaysBefore) continue;  // a plan, or background
    return day;
  }
  return "";
}

Timeline BuildTimeline(const std::vector<store::StoredCluster>& events,
                       const std::vector<StorylineArticle>& articles) {
  std::unordered_map<int64_t, std::vector<const StorylineArticle*>> of_event;
  for (const StorylineArticle& a : articles) of_event[a.event].push_back(&a);
  Timeline timeline;
  for (const store::StoredCluster& event : events) {
    TimelineEntry entry;
    entry.event = event;
    std::vector<const StorylineArticle*> members = of_event[event.id];
    // Originals first, each group in date order.
    std::stable_sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
      if (a->copy_of.empty() != b->copy_of.empty()) return a->copy_of.empty();
      return EarlierArticle(a, b);
    });
    for (const StorylineArticle* a : members) {
      const Article& art = a->stored.article;
      entry.articles.push_back({art.id, art.title, art.source, art.published});
    }

    // The day most of its leads name; on a tie, the earliest.
    std::map<std::string, int> votes;
    for (const StorylineArticle* a : members) {
      const std::string day = ContentDate(*a);
      if (!day.empty()) ++votes[day];
    }
    int most = 0;
    for (const auto& [day, n] : votes) {
      if (n > most) {
        most = n;
        entry.date = day;
      }
    }
    if (!entry.date.empty()) {
      entry.date_basis = "content";
    } else {
      std::string earliest;
      for (const StorylineArticle* a : members) {
        const std::string day = DayOf(a->stored.article.published);
        if (!day.empty() && (earliest.empty() || day < earliest)) earliest = day;
      }
      if (!earliest.empty()) {
        entry.date = earliest;
        entry.date_basis = "published";
      }
    }

    // The earliest originals say what the event was; later articles repeat them.
    const std::vector<const StorylineArticle*> earliest(
        members.begin(), members.begin() + static_cast<std::ptrdiff_t>(std::min(members.size(), kDescriptionArticles)));
    const std::vector<BriefSentence> lead =
        internal::SelectSentences(earliest, 1, kDescriptionLead, kQuoteLedWeight);
    if (!lead.empty()) {
      entry.description = internal::CutAtWord(lead.front().text, kDescriptionBytes);
    } else if (!members.empty()) {
      // Nothing reads as a sentence: the headline, or the start of the text.
      const store::StoredArticle& first = members.front()->stored;
      std::string_view fallback = first.article.title.empty() ? std::string_view(first.lead)
                                                              : std::string_view(first.article.title);
      fallback = fallback.substr(0, fallback.find('\n'));
      entry.description = internal::CutAtWord(fallback, kDescriptionBytes);
    }
    (entry.date.empty() ? timeline.undated : timeline.dated).push_back(std::move(entry));
  }
  std::stable_sort(timeline.dated.begin(), timeline.dated.end(), [](const auto& a, const auto& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.event.articles != b.event.articles) return a.event.articles > b.event.articles;
    return a.event.id < b.event.id;
  });
  std::stable_sort(timeline.undated.begin(), timeline.undated.end(), [](const auto& a, const auto& b) {
    if (a.event.articles != b.event.articles) return a.event.articles > b.event.articles;
    return a.event.id < b.event.id;
  });
  return timeline;
}

}  // namespace sitrep::report
