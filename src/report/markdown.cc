// Reports as Markdown documents, to paste into a note or a ticket: the brief with
// footnote-style references ([1]), the timeline as a list, the claims as a table with
// conflicts marked, key quotes, sources, and the references themselves at the end.
#include <map>
#include <string>

#include <fmt/format.h>

#include "report/storyline_format.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace {

// Text safe inside a Markdown paragraph or table cell: no line breaks, no cell breaks,
// no markup characters read as emphasis or links.
std::string Escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '|' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// Numbers the articles a document cites, in the order it first cites them.
class References {
 public:
  std::string Cite(const std::string& id, const std::string& title, const std::string& source,
                   const std::string& published) {
    auto [it, added] = number_.emplace(id, number_.size() + 1);
    if (added) {
      list_ += fmt::format("{}. {}, {}: {} (`{}`)\n", it->second, source.empty() ? "unknown source" : Escape(source),
                           published.empty() ? "undated" : published.substr(0, 10),
                           title.empty() ? "(no headline)" : Escape(title), id);
    }
    return fmt::format("[{}]", it->second);
  }
  std::string Cite(const store::FactSource& f) { return Cite(f.article_id, f.title, f.source, f.published); }
  const std::string& list() const { return list_; }

 private:
  std::map<std::string, size_t> number_;
  std::string list_;
};

std::string BriefSection(const StorylineReport& r, const std::string& h, References* refs) {
  std::string out = h + " Brief\n\n";
  if (r.brief.empty()) return out + "No sentence of its articles reads as news.\n\n";
  for (const BriefSentence& s : r.brief) {
    std::string cites;
    for (const Citation& c : s.citations) cites += refs->Cite(c.article_id, c.title, c.source, c.published);
    out += fmt::format("- {} {}\n", Escape(s.text), cites);
  }
  return out + "\n";
}

std::string TimelineSection(const StorylineReport& r, const std::string& h, References* refs) {
  std::string out = h + " Timeline\n\n";
  auto item = [&](const TimelineEntry& e) {
    std::string cites;
    // Its first few originals; the event's size says how many more there are.
    for (size_t i = 0; i < e.articles.size() && i < 3; ++i) {
      const Citation& c = e.articles[i];
      cites += refs->Cite(c.article_id, c.title, c.source, c.published);
    }
    return fmt::format("- **{}**{}: {} *(event {}, {}, {})* {}\n", e.date.empty() ? "undated" : e.date,
                       e.date_basis == "published" ? " (published)" : "", Escape(e.description), e.event.id,
                       internal::Count(e.event.articles, "article"), internal::Count(e.event.sources, "source"),
                       cites);
  };
  for (const TimelineEntry& e : r.timeline.dated) out += item(e);
  if (!r.timeline.undated.empty()) {
    out += "\nUndated (no publication date, and no day in the text that can be placed without one):\n\n";
    for (const TimelineEntry& e : r.timeline.undated) out += item(e);
  }
  return out + "\n";
}

std::string ClaimsSection(const StorylineReport& r, const std::string& h, References* refs) {
  std::string out = h + " Claims\n\n";
  if (r.claims.empty()) return out + "No figure is stated by two independent sources.\n\n";
  out += "| status | value | what | sources |\n| --- | --- | --- | --- |\n";
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const ClaimGroup& g = r.claims[i];
    std::string sources;
    for (const ClaimSource& src : g.sources) {
      sources += fmt::format("{}“{}” {}", sources.empty() ? "" : "; ", Escape(src.figure.text), refs->Cite(src.figure.from));
      if (!src.copies.empty()) sources += fmt::format(" (+{} copies)", src.copies.size());
    }
    if (internal::ClaimSources(r, i) > g.sources.size()) {
      sources += fmt::format("; and {} more", internal::ClaimSources(r, i) - g.sources.size());
    }
    out += fmt::format("| {} | {} | {} | {} |\n", g.status == "conflict" ? "**CONFLICT**" : g.status,
                       internal::ClaimValues(g), Escape(g.what), sources);
  }
  out += "\n";
  if (!r.disputes.empty()) {
    out += h + " Disputed statements\n\n";
    for (const Dispute& d : r.disputes) {
      out += fmt::format("- **Disputed** ({}): {} said “{}” {}; {} said “{}” {}\n", Escape(d.topic), Escape(d.claim.speaker),
                         Escape(d.claim.text), refs->Cite(d.claim.from), Escape(d.denial.speaker),
                         Escape(d.denial.text), refs->Cite(d.denial.from));
    }
    out += "\n";
  }
  return out;
}

std::string QuotesSection(const StorylineReport& r, const std::string& h, References* refs) {
  std::string out = h + " Key quotes\n\n";
  if (r.quotes_by_speaker.empty()) return out + "No quote with a speaker.\n\n";
  for (const SpeakerQuotes& s : r.quotes_by_speaker) {
    out += fmt::format("**{}**\n\n", Escape(s.speaker));
    for (const store::StoredQuote& q : s.quotes) {
      out += fmt::format("> {}“{}” {}\n\n", q.direct ? "" : "(reported) ", Escape(q.text), refs->Cite(q.from));
    }
  }
  return out;
}

std::string SourcesSection(const StorylineReport& r, const std::string& h) {
  std::string out = h + " Sources\n\n| source | articles |\n| --- | ---: |\n";
  for (const store::CountByKey& c : r.sources) {
    out += fmt::format("| {} | {} |\n", c.key.empty() ? "(unknown)" : Escape(c.key), c.count);
  }
  if (!r.copy_groups.empty()) {
    out += fmt::format("\n{} of its articles are copies of another, in {} copy groups.\n", r.storyline.copies,
                       r.copy_groups.size());
  }
  return out + "\n";
}

std::string Summary(const store::StoredCluster& s) {
  std::string out = fmt::format("*{} ({} copies) from {}, {}, {}.*", internal::Count(s.articles, "article"),
                                s.copies, internal::Count(s.sources, "source"), internal::Count(s.events, "event"),
                                internal::DaySpan(s));
  const std::string names = internal::Names(s);
  if (!names.empty()) out += " Named most: " + Escape(names) + ".";
  return out + "\n\n";
}

std::string StorylineTitle(const StorylineReport& r) {
  return fmt::format("Storyline {}: {}", r.storyline.id, Escape(internal::Headline(r)));
}

}  // namespace

std::string RenderStorylineMarkdown(const StorylineReport& r) {
  References refs;
  std::string out = fmt::format("# {}\n\n", StorylineTitle(r)) + Summary(r.storyline);
  out += BriefSection(r, "##", &refs);
  out += TimelineSection(r, "##", &refs);
  out += ClaimsSection(r, "##", &refs);
  out += QuotesSection(r, "##", &refs);
  out += SourcesSection(r, "##");
  out += "## References\n\n" + refs.list();
  return out;
}

std::string RenderSituationMarkdown(const SituationReport& report, const std::vector<StorylineReport>& storylines) {
  const store::CorpusStats& s = report.stats;
  std::string out = "# Situation report\n\n";
  if (s.articles == 0) return out + "The store holds no articles yet.\n";
  out += "## Coverage\n\n";
  out += fmt::format("- {} from {}\n", internal::Count(s.articles, "article"),
                     internal::Count(static_cast<int64_t>(s.by_source.size()), "source"));
  if (s.dated > 0) {
    out += fmt::format("- {} dated, from {} to {}; {} undated\n", s.dated, s.first_published, s.last_published,
                       s.articles - s.dated);
  } else {
    out += "- no article carries a date\n";
  }
  std::string languages;
  for (const auto& l : s.by_language) languages += fmt::format("{}{} {}", languages.empty() ? "" : ", ", l.key, l.count);
  out += fmt::format("- languages: {}\n", languages);
  out += fmt::format("- {}, {}; {} in {}\n\n", internal::Count(s.storylines, "storyline"),
                     internal::Count(s.events, "event"), fmt::format("{} {}", s.copies, s.copies == 1 ? "copy" : "copies"),
                     internal::Count(s.copy_groups, "copy group"));

  if (!s.by_day.empty()) {
    out += "## Articles per day\n\n| day | articles |\n| --- | ---: |\n";
    for (const auto& d : s.by_day) out += fmt::format("| {} | {} |\n", d.key, d.count);
    out += "\n";
  }
  out += "## Sources\n\n| source | articles |\n| --- | ---: |\n";
  for (const auto& src : s.by_source) {
    out += fmt::format("| {} | {} |\n", src.key.empty() ? "(unknown)" : Escape(src.key), src.count);
  }
  out += "\n";

  if (s.analysed > 0) {
    out += "## Who is in the news\n\n";
    auto line = [](const char* label, const std::vector<store::StoredEntity>& list, bool quotes) {
      std::string names;
      for (const auto& e : list) {
        names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", Escape(e.name), quotes ? e.quotes : e.articles);
      }
      return names.empty() ? std::string() : fmt::format("- **{}**: {}\n", label, names);
    };
    out += line("people", report.people, false);
    out += line("organisations", report.organisations, false);
    out += line("places", report.places, false);
    out += line("most quoted", report.most_quoted, true);
    out += "\n";
  }

  if (!report.storylines.empty()) {
    out += "## Storylines (the largest)\n\n| storyline | span | articles | events | named most | headline |\n"
           "| ---: | --- | ---: | ---: | --- | --- |\n";
    for (const auto& entry : report.storylines) {
      const store::StoredCluster& st = entry.storyline;
      std::string headline = st.title.empty() ? "(no headline)" : st.title;
      for (const StorylineReport& r : storylines) {
        if (r.storyline.id == st.id) headline = internal::Headline(r);
      }
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", st.id, internal::DaySpan(st), st.articles, st.events,
                         Escape(internal::Names(st)), Escape(headline));
    }
    out += "\n";
  }

  for (const StorylineReport& r : storylines) {
    References refs;
    out += fmt::format("## {}\n\n", StorylineTitle(r)) + Summary(r.storyline);
    out += BriefSection(r, "###", &refs);
    out += TimelineSection(r, "###", &refs);
    out += "### References\n\n" + refs.list() + "\n";
  }

  out += "## Latest articles\n\n";
  for (const auto& a : report.latest) {
    const Article& art = a.article;
    out += fmt::format("- {} {}: {} (`{}`)\n", art.published.empty() ? "undated" : art.published.substr(0, 16),
                       art.source.empty() ? "unknown source" : Escape(art.source), Escape(DisplayTitle(a, 90)), art.id);
  }
  return out;
}

}  // namespace sitrep::report
