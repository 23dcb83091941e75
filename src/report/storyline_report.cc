// Reads one storyline from the store and assembles its report. Reading is here; each
// part is built by its own file (timeline.cc, brief.cc, claims.cc, disputes.cc).
#include <algorithm>
#include <future>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "report/sentences.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

// The storyline and its articles with their text, event and copy links.
Status LoadStoryline(const store::Store& store, int64_t id, StorylineReport* out,
                     std::vector<StorylineArticle>* articles,
                     std::vector<store::CopyGroup>* groups) {
  *out = StorylineReport();
  articles->clear();
  groups->clear();
  store::ClusterQuery one;
  one.storyline = id;
  one.limit = -1;
  std::vector<store::StoredCluster> found;
  Status s = store.ListStorylines(one, &found);
  if (!s.ok()) return s;
  const auto it = std::find_if(found.begin(), found.end(), [id](const auto& c) { return c.id == id; });
  if (id <= 0 || it == found.end()) return Status::Error(fmt::format("no storyline {}", id));
  out->storyline = *it;

  store::ListOptions list;
  list.storyline = id;
  list.with_text = true;
  std::vector<store::StoredArticle> stored;
  s = store.ListArticles(list, &stored);
  if (!s.ok()) return s;
  std::vector<std::pair<int64_t, int64_t>> seq_events;
  s = store.StorylineEvents(id, &seq_events);
  if (!s.ok()) return s;
  const std::unordered_map<int64_t, int64_t> event_of(seq_events.begin(), seq_events.end());
  articles->reserve(stored.size());
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < stored.size(); ++i) {
    index.emplace(stored[i].article.id, i);
    StorylineArticle a;
    a.stored = std::move(stored[i]);
    const auto e = event_of.find(a.stored.seq);
    a.event = e == event_of.end() ? 0 : e->second;
    articles->push_back(std::move(a));
  }

  // Copy links: only when the storyline has copies at all. A group counts when one of
  // its members is in the storyline; a copy is folded into an original of the storyline.
  if (out->storyline.copies > 0) {
    store::CopyQuery all;
    all.limit = -1;
    all.storyline = id;
    std::vector<store::CopyGroup> every;
    s = store.ListCopyGroups(all, &every);
    if (!s.ok()) return s;
    for (store::CopyGroup& g : every) {
      bool inside = false;
      for (const store::CopyMember& m : g.members) {
        const auto at = index.find(m.article.article_id);
        if (at == index.end()) continue;
        inside = true;
        if (!m.kind.empty() && index.count(m.copies_id)) (*articles)[at->second].copy_of = m.copies_id;
      }
      if (inside) groups->push_back(std::move(g));
    }
  }

  return Status::Ok();
}

// The storyline's events, and the time expressions of the earliest originals of each
// event (then of copies, when an event has too few originals), which date it. Writes
// only `out->events` and the articles' `times`, which nothing else reads while it runs.
Status ReadEventDates(const store::Store& store, int64_t id, const StorylineReportOptions& options,
                      StorylineReport* out, std::vector<StorylineArticle>* articles) {
  store::ClusterQuery one;
  one.storyline = id;
  one.limit = -1;
  Status s = store.ListEvents(one, &out->events);
  if (!s.ok()) return s;
  std::unordered_map<int64_t, std::vector<size_t>> of_event;
  std::vector<size_t> dating;  // the articles whose times are read
  for (size_t i = 0; i < articles->size(); ++i) of_event[(*articles)[i].event].push_back(i);
  for (auto& [event, members] : of_event) {
    std::stable_sort(members.begin(), members.end(), [&](size_t x, size_t y) {
      const StorylineArticle& a = (*articles)[x];
      const StorylineArticle& b = (*articles)[y];
      if (a.copy_of.empty() != b.copy_of.empty()) return a.copy_of.empty();
      const std::string& pa = a.stored.article.published;
      const std::string& pb = b.stored.article.published;
      if (pa.empty() != pb.empty()) return !pa.empty();
      return pa < pb;
    });
    if (members.size() > options.dating_articles_per_event) members.resize(options.dating_articles_per_event);
    dating.insert(dating.end(), members.begin(), members.end());
  }
  std::vector<int64_t> seqs;
  seqs.reserve(dating.size());
  for (size_t i : dating) seqs.push_back((*articles)[i].stored.seq);
  std::vector<std::vector<store::StoredTime>> times;
  s = store.ArticleTimes(seqs, &times);
  if (!s.ok()) return s;
  for (size_t k = 0; k < dating.size(); ++k) {
    StorylineArticle& a = (*articles)[dating[k]];
    for (store::StoredTime& t : times[k]) {
      t.from = {a.stored.article.id, a.stored.article.title, a.stored.article.source, a.stored.article.published};
    }
    a.times = std::move(times[k]);
  }
  return Status::Ok();
}

// Quotes by speaker: the speakers quoted most (copies do not count), each with their
// quotes, direct ones first, the same words once.
std::vector<SpeakerQuotes> GroupQuotes(const std::vector<store::StoredQuote>& quotes,
                                       const StorylineReportOptions& options) {
  struct Speaker {
    const store::StoredQuote* first = nullptr;
    std::vector<const store::StoredQuote*> quotes;
    std::unordered_set<std::string_view> texts;
  };
  std::unordered_map<int64_t, Speaker> by_id;         // speakers the store knows
  std::unordered_map<std::string, Speaker> by_words;  // and those named by words only
  for (const store::StoredQuote& q : quotes) {
    if (q.speaker.empty()) continue;
    Speaker& s = q.speaker_id > 0 ? by_id[q.speaker_id] : by_words[q.speaker];
    if (!s.texts.insert(q.text).second) continue;  // the same words once
    if (s.first == nullptr) s.first = &q;
    s.quotes.push_back(&q);
  }
  std::vector<const Speaker*> order;
  for (const auto& [id, s] : by_id) order.push_back(&s);
  for (const auto& [words, s] : by_words) order.push_back(&s);
  // Named speakers before descriptions ("a senior official"), then the most quoted.
  std::sort(order.begin(), order.end(), [](const Speaker* a, const Speaker* b) {
    if ((a->first->speaker_id > 0) != (b->first->speaker_id > 0)) return a->first->speaker_id > 0;
    if (a->quotes.size() != b->quotes.size()) return a->quotes.size() > b->quotes.size();
    return a->first->speaker < b->first->speaker;
  });
  if (order.size() > options.speakers) order.resize(options.speakers);
  // A speaker's key quotes: whole statements before fragments ("panic"), direct before
  // reported speech, then in storing order.
  // Ranked by a key computed once per quote: a speaker may have thousands.
  auto rank = [](const store::StoredQuote* q) {
    const bool whole = std::count(q->text.begin(), q->text.end(), ' ') >= 5;
    return (whole ? 0 : 2) + (q->direct ? 0 : 1);
  };
  std::vector<SpeakerQuotes> out;
  std::vector<std::pair<int, const store::StoredQuote*>> list;
  for (const Speaker* s : order) {
    list.clear();
    for (const store::StoredQuote* q : s->quotes) list.emplace_back(rank(q), q);
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (list.size() > options.quotes_per_speaker) list.resize(options.quotes_per_speaker);
    SpeakerQuotes entry;
    entry.speaker = s->first->speaker;
    entry.speaker_id = s->first->speaker_id;
    for (const auto& [key, q] : list) entry.quotes.push_back(*q);
    out.push_back(std::move(entry));
  }
  return out;
}

// The claims of the storyline.
Status ReadClaims(const store::Store& store, int64_t storyline_id, const StorylineReportOptions& options,
                  StorylineReport* out) {
  store::FigureQuery figures_query;
  figures_query.storyline = storyline_id;
  figures_query.limit = -1;
  std::vector<store::StoredFigure> figures;
  Status s = store.ListFigures(figures_query, &figures);
  if (!s.ok()) return s;
  out->claims = BuildClaims(figures, options.min_claim_sources, options.claim_sources_listed);
  for (const ClaimGroup& g : out->claims) out->claim_sources.push_back(g.source_count);
  return Status::Ok();
}

// The key quotes and the disputes of the storyline.
Status ReadQuotes(const store::Store& store, int64_t storyline_id, const StorylineReportOptions& options,
                  StorylineReport* out) {
  store::QuoteQuery quotes_query;
  quotes_query.storyline = storyline_id;
  quotes_query.limit = -1;
  quotes_query.originals_only = true;  // copies do not speak twice
  std::vector<store::StoredQuote> originals;
  Status s = store.ListQuotes(quotes_query, &originals);
  if (!s.ok()) return s;
  out->quotes_by_speaker = GroupQuotes(originals, options);
  out->disputes = FindDisputes(originals);
  return Status::Ok();
}

}  // namespace

Status BuildStorylineTimeline(const store::Store& store, int64_t storyline_id,
                              const StorylineReportOptions& options, StorylineReport* out) {
  std::vector<StorylineArticle> articles;
  std::vector<store::CopyGroup> groups;
  Status s = LoadStoryline(store, storyline_id, out, &articles, &groups);
  if (s.ok()) s = ReadEventDates(store, storyline_id, options, out, &articles);
  if (!s.ok()) return s;
  out->timeline = BuildTimeline(out->events, articles);
  return Status::Ok();
}

Status BuildStorylineReport(const store::Store& store, int64_t storyline_id,
                            const StorylineReportOptions& options, StorylineReport* out) {
  std::vector<StorylineArticle> articles;
  Status s = LoadStoryline(store, storyline_id, out, &articles, &out->copy_groups);
  if (!s.ok()) return s;
  // Two halves that overlap on a second core when there is one, of about equal work:
  // the brief and the quotes; and the events, claims and timeline. Their long listings
  // run side by side (a listing takes a read-only connection when the store's is busy),
  // and each half writes its own fields of the report (and this one the articles'
  // times, which the brief does not read).
  std::future<Status> text_work = std::async(std::launch::async, [&] {
    out->brief = BuildBrief(articles, options.brief_sentences);
    return ReadQuotes(store, storyline_id, options, out);
  });
  s = ReadEventDates(store, storyline_id, options, out, &articles);
  if (s.ok()) s = ReadClaims(store, storyline_id, options, out);
  if (s.ok()) out->timeline = BuildTimeline(out->events, articles);
  const Status text_status = text_work.get();
  if (!s.ok()) return s;
  if (!text_status.ok()) return text_status;

  std::map<std::string, int64_t> sources;
  for (const StorylineArticle& a : articles) ++sources[a.stored.article.source];
  for (const auto& [key, count] : sources) out->sources.push_back({key, count});
  std::stable_sort(out->sources.begin(), out->sources.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  return Status::Ok();
}

}  // namespace sitrep::report
