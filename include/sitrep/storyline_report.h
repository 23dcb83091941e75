// storyline_report: what an analyst opens during a crisis, per storyline: what happened
// in what order (the timeline), what it amounts to (an extractive brief, every sentence
// cited), which figures are agreed and which disputed (the claims), who says what (key
// quotes by speaker), who reports it (sources) and which articles are only copies.
//
// Everything is built from the store (nothing recomputes the pipeline), and the parts
// that need more than a query (dating events, choosing sentences) are plain functions
// over plain inputs, so that they can be tested and reused without a store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/claims.h"
#include "sitrep/report.h"
#include "sitrep/status.h"
#include "sitrep/store.h"

namespace sitrep::report {

struct StorylineReportOptions {
  size_t brief_sentences = 8;     // at most this many sentences in the brief
  size_t speakers = 12;           // key quotes: this many speakers, most quoted first
  size_t quotes_per_speaker = 3;
  size_t min_claim_sources = 2;   // claim groups with fewer independent sources are left out
  // Sources listed per claim group (the earliest); a figure every article of a large
  // storyline repeats would otherwise list thousands. The count keeps them all.
  size_t claim_sources_listed = 20;
  // An event is dated from the time expressions of this many of its original articles
  // (the earliest published first): reading every article's facts would make a
  // 10,000-article storyline slow, and a handful agree on the day a thing happened.
  size_t dating_articles_per_event = 6;
};

// One article as the timeline and the brief see it.
struct StorylineArticle {
  store::StoredArticle stored;  // with its text
  int64_t event = 0;            // 0 when it is in no event
  std::string copy_of;          // the article it copies, when it copies one in the storyline
  // Its time expressions, when they were read (see dating_articles_per_event).
  std::vector<store::StoredTime> times;
};

// Where a brief sentence (or a timeline line) comes from.
struct Citation {
  std::string article_id, title, source, published;
};

struct BriefSentence {
  std::string text;
  // The article it was drawn from first, then the other articles whose text carries a
  // near-identical sentence (the same words, whatever the case and punctuation),
  // originals before copies; at most kMaxCitations.
  std::vector<Citation> citations;
};
constexpr size_t kMaxCitations = 10;

// An event placed in time. The date is the day the thing happened when its articles'
// leads name that day ("on Monday", resolved against the article's own date): basis
// "content"; else the earliest day an article of it was published: basis "published".
struct TimelineEntry {
  store::StoredCluster event;
  std::string date;        // YYYY-MM-DD, or empty when undated
  std::string date_basis;  // "content", "published", or empty when undated
  std::string description;  // its most central lead sentence, cut at a word if long
  std::vector<Citation> articles;  // originals first, each in date order
};

struct Timeline {
  std::vector<TimelineEntry> dated;    // by date, then by size
  std::vector<TimelineEntry> undated;  // no date published and none resolvable: apart
};

struct SpeakerQuotes {
  std::string speaker;
  int64_t speaker_id = 0;  // 0 for a speaker the store knows by words only
  std::vector<store::StoredQuote> quotes;
};

// A claim and its denial by another party, both quoted: the same topic words and one
// side denying ("we have not seen any withdrawal" against "some troops were
// withdrawing").
struct Dispute {
  std::string topic;  // the shared topic words, stemmed forms shown as written
  store::StoredQuote claim, denial;
};

struct StorylineReport {
  store::StoredCluster storyline;
  std::vector<store::StoredCluster> events;  // largest first, as the store lists them
  Timeline timeline;
  std::vector<BriefSentence> brief;
  std::vector<ClaimGroup> claims;            // conflicts first; sources cut to the listed
  std::vector<size_t> claim_sources;         // per claim group, its independent sources
  std::vector<SpeakerQuotes> quotes_by_speaker;
  std::vector<store::CountByKey> sources;    // source name ("" unknown) -> articles
  std::vector<store::CopyGroup> copy_groups; // groups with a member in the storyline
  std::vector<Dispute> disputes;
};

// Builds the report of one storyline. Fails with "no storyline N" when there is none,
// or with the store's message on a read error.
Status BuildStorylineReport(const store::Store& store, int64_t storyline_id,
                            const StorylineReportOptions& options, StorylineReport* out);
// Only the storyline, its events and the timeline (what `sitrep timeline` prints).
Status BuildStorylineTimeline(const store::Store& store, int64_t storyline_id,
                              const StorylineReportOptions& options, StorylineReport* out);

// The parts, over plain inputs.
//
// The timeline of `events` from their articles (see TimelineEntry for the dating).
Timeline BuildTimeline(const std::vector<store::StoredCluster>& events,
                       const std::vector<StorylineArticle>& articles);
// The day an article's lead says the thing happened: the first day-precise time
// expression resolved in its first sentences that is not after its publication day;
// "" when there is none.
std::string ContentDate(const StorylineArticle& article);
// An extractive brief of at most `max_sentences`: central (TF-IDF of stemmed content
// words, similarity to the centroid of the articles, each original voting once; copies
// do not vote), early in their article (news puts the news first), non-redundant (MMR),
// never boilerplate, never a quote cut in half, no article more than its share;
// ordered by the cited article's date, then position. Per event, its 40 earliest
// originals vote (later ones mostly repeat them), so that the cost is bounded.
std::vector<BriefSentence> BuildBrief(const std::vector<StorylineArticle>& articles,
                                      size_t max_sentences);
// Disputes among quotes (copies already left out). Precision first: the denial says so
// in so many words ("we have not seen any withdrawal", "denies any plans"), the claim
// states what is denied with no negation, condition or question, the speakers differ,
// and the two share at least two topic stems.
std::vector<Dispute> FindDisputes(const std::vector<store::StoredQuote>& quotes);

// JSON with the keys "storyline", "events", "timeline", "brief", "claims" (claim groups,
// each with "source_count", since "sources" may be cut), "quotes_by_speaker", "sources",
// "copy_groups", "disputes" (README, "JSON output").
nlohmann::json StorylineReportJson(const StorylineReport& report);
// {"dated": [...], "undated": [...]}.
nlohmann::json TimelineJson(const Timeline& timeline);

// For the terminal: headings, aligned columns, conflicts marked.
std::string RenderStorylineText(const StorylineReport& report, bool color);
std::string RenderTimelineText(const StorylineReport& report, bool color);
// A document to paste: the brief with footnote references [1], the timeline as a list,
// the claims as a table with conflicts marked, key quotes, sources.
std::string RenderStorylineMarkdown(const StorylineReport& report);
// The situation report as a Markdown document: its sections, then the brief and the
// timeline of each storyline given (the largest, built by the caller).
std::string RenderSituationMarkdown(const SituationReport& report,
                                    const std::vector<StorylineReport>& storylines);

}  // namespace sitrep::report
