// JSON of a storyline report (README, "JSON output"): the keys a client relies on.
#include "sitrep/report.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json EntryJson(const TimelineEntry& e) {
  std::vector<std::string> ids;
  for (const Citation& c : e.articles) ids.push_back(c.article_id);
  return {{"event", e.event.id},
          {"date", OrNull(e.date)},
          {"date_basis", OrNull(e.date_basis)},
          {"title", OrNull(e.event.title)},
          {"description", OrNull(e.description)},
          {"articles", e.event.articles},
          {"sources", e.event.sources},
          {"article_ids", ids}};
}

}  // namespace

nlohmann::json TimelineJson(const Timeline& timeline) {
  nlohmann::json dated = nlohmann::json::array(), undated = nlohmann::json::array();
  for (const TimelineEntry& e : timeline.dated) dated.push_back(EntryJson(e));
  for (const TimelineEntry& e : timeline.undated) undated.push_back(EntryJson(e));
  return {{"dated", dated}, {"undated", undated}};
}

nlohmann::json StorylineReportJson(const StorylineReport& r) {
  nlohmann::json events = nlohmann::json::array();
  for (const store::StoredCluster& e : r.events) events.push_back(ClusterJson(e, true));

  nlohmann::json sentences = nlohmann::json::array();
  for (const BriefSentence& s : r.brief) {
    nlohmann::json citations = nlohmann::json::array();
    for (const Citation& c : s.citations) {
      citations.push_back({{"article_id", c.article_id},
                           {"title", OrNull(c.title)},
                           {"source", OrNull(c.source)},
                           {"published", OrNull(c.published)}});
    }
    sentences.push_back({{"text", s.text}, {"citations", citations}});
  }

  nlohmann::json claims = nlohmann::json::array();
  for (size_t i = 0; i < r.claims.size(); ++i) {
    nlohmann::json j = ClaimGroupJson(r.claims[i]);
    j["source_count"] = i < r.claim_sources.size() ? r.claim_sources[i] : r.claims[i].sources.size();
    claims.push_back(std::move(j));
  }

  nlohmann::json speakers = nlohmann::json::array();
  for (const SpeakerQuotes& s : r.quotes_by_speaker) {
    nlohmann::json quotes = nlohmann::json::array();
    for (const store::StoredQuote& q : s.quotes) quotes.push_back(QuoteJson(q, /*with_source=*/true));
    speakers.push_back({{"speaker", s.speaker},
                        {"speaker_id", s.speaker_id > 0 ? nlohmann::json(s.speaker_id) : nlohmann::json(nullptr)},
                        {"quotes", quotes}});
  }

  nlohmann::json sources = nlohmann::json::array();
  for (const store::CountByKey& c : r.sources) sources.push_back({{"key", OrNull(c.key)}, {"count", c.count}});

  nlohmann::json groups = nlohmann::json::array();
  for (const store::CopyGroup& g : r.copy_groups) groups.push_back(CopyGroupJson(g));

  nlohmann::json disputes = nlohmann::json::array();
  for (const Dispute& d : r.disputes) {
    disputes.push_back({{"topic", d.topic}, {"claim", QuoteJson(d.claim, true)}, {"denial", QuoteJson(d.denial, true)}});
  }

  return {{"storyline", ClusterJson(r.storyline, false)},
          {"events", events},
          {"timeline", TimelineJson(r.timeline)},
          {"brief", {{"sentences", sentences}}},
          {"claims", claims},
          {"quotes_by_speaker", speakers},
          {"sources", sources},
          {"copy_groups", groups},
          {"disputes", disputes}};
}

}  // namespace sitrep::report
