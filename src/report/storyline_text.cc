// A storyline report for the terminal: headings, aligned columns, conflicts marked.
#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "report/storyline_format.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

using internal::ShortCitation;

std::string Heading(const std::string& title, bool color) {
  return color ? fmt::format("\033[1m{}\033[0m\n", title) : fmt::format("{}\n", title);
}

std::string Header(const StorylineReport& r, bool color) {
  const store::StoredCluster& s = r.storyline;
  std::string out = Heading(fmt::format("STORYLINE {}: {}", s.id, internal::Headline(r)), color);
  out += fmt::format("  {} ({} copies) from {}, {}, {}\n", internal::Count(s.articles, "article"), s.copies,
                     internal::Count(s.sources, "source"), internal::Count(s.events, "event"), internal::DaySpan(s));
  const std::string names = internal::Names(s);
  if (!names.empty()) out += fmt::format("  named most: {}\n", names);
  return out + "\n";
}

std::string TimelineLines(const Timeline& t) {
  std::string out;
  auto line = [](const TimelineEntry& e) {
    return fmt::format("  {:<10}  {:<9}  event {:<5} {:>4} art {:>3} src  {}\n", e.date.empty() ? "undated" : e.date,
                       e.date_basis, e.event.id, e.event.articles, e.event.sources,
                       e.description.empty() ? e.event.title : e.description);
  };
  for (const TimelineEntry& e : t.dated) out += line(e);
  if (!t.undated.empty()) {
    out += fmt::format("  undated (no publication date, and no day in the text that can be placed without one):\n");
    for (const TimelineEntry& e : t.undated) out += line(e);
  }
  return out;
}

}  // namespace

std::string RenderTimelineText(const StorylineReport& r, bool color) {
  return Header(r, color) + Heading("Timeline", color) + TimelineLines(r.timeline);
}

std::string RenderStorylineText(const StorylineReport& r, bool color) {
  std::string out = Header(r, color);

  out += Heading("Brief", color);
  if (r.brief.empty()) out += "  (no sentence of its articles reads as news)\n";
  for (size_t i = 0; i < r.brief.size(); ++i) {
    const BriefSentence& s = r.brief[i];
    std::string cites;
    for (const Citation& c : s.citations) {
      cites += (cites.empty() ? "" : "; ") + ShortCitation(c.source, c.published, c.article_id);
    }
    out += fmt::format("  {:>2}. {}\n      [{}]\n", i + 1, s.text, cites);
  }
  out += "\n" + Heading("Timeline", color) + TimelineLines(r.timeline) + "\n";

  out += Heading("Claims", color);
  if (r.claims.empty()) out += "  (no figure stated by two independent sources)\n";
  size_t value_width = 6, what_width = 6;
  for (const ClaimGroup& g : r.claims) {
    value_width = std::max(value_width, internal::ClaimValues(g).size());
    what_width = std::max(what_width, g.what.size());
  }
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const ClaimGroup& g = r.claims[i];
    const bool conflict = g.status == "conflict";
    const std::string status = conflict ? "CONFLICT" : g.status;
    out += fmt::format("  {}  {:<{}}  {:<{}}  {} sources\n",
                       conflict && color ? fmt::format("\033[1;31m{:<8}\033[0m", status) : fmt::format("{:<8}", status),
                       internal::ClaimValues(g), value_width, g.what, what_width, internal::ClaimSources(r, i));
    for (const ClaimSource& src : g.sources) {
      const store::FactSource& from = src.figure.from;
      out += fmt::format("      “{}”  {}{}\n", src.figure.text, ShortCitation(from.source, from.published, from.article_id),
                         src.copies.empty() ? "" : fmt::format(" (+{} copies)", src.copies.size()));
    }
    if (internal::ClaimSources(r, i) > g.sources.size()) {
      out += fmt::format("      … and {} more sources\n", internal::ClaimSources(r, i) - g.sources.size());
    }
  }
  out += "\n";

  if (!r.disputes.empty()) {
    out += Heading("Disputed statements", color);
    for (const Dispute& d : r.disputes) {
      out += fmt::format("  DISPUTED  ({})\n", d.topic);
      out += fmt::format("      claim   {}: “{}”  {}\n", d.claim.speaker, d.claim.text,
                         ShortCitation(d.claim.from.source, d.claim.from.published, d.claim.from.article_id));
      out += fmt::format("      denial  {}: “{}”  {}\n", d.denial.speaker, d.denial.text,
                         ShortCitation(d.denial.from.source, d.denial.from.published, d.denial.from.article_id));
    }
    out += "\n";
  }

  out += Heading("Key quotes", color);
  if (r.quotes_by_speaker.empty()) out += "  (no quote with a speaker)\n";
  for (const SpeakerQuotes& s : r.quotes_by_speaker) {
    out += fmt::format("  {}\n", s.speaker);
    for (const store::StoredQuote& q : s.quotes) {
      out += fmt::format("      {}“{}”  {}\n", q.direct ? "" : "(reported) ", q.text,
                         ShortCitation(q.from.source, q.from.published, q.from.article_id));
    }
  }
  out += "\n";

  out += Heading("Sources", color);
  size_t width = 9;
  for (const store::CountByKey& c : r.sources) width = std::max(width, c.key.size());
  width = std::min<size_t>(width, 40);
  for (const store::CountByKey& c : r.sources) {
    out += fmt::format("  {:<{}}  {:>6}\n", c.key.empty() ? "(unknown)" : c.key, width, c.count);
  }

  if (!r.copy_groups.empty()) {
    out += "\n" + Heading("Copies", color);
    for (const store::CopyGroup& g : r.copy_groups) {
      const link::OriginalChoice original = LikelyOriginal(g);
      out += fmt::format("  {} articles; likely original {} ({})\n", g.members.size(), original.id, original.reason);
    }
  }
  return out;
}

}  // namespace sitrep::report
