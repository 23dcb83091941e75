#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

constexpr size_t kBarWidth = 40;

std::string Heading(const std::string& title, bool color) {
  return color ? fmt::format("\033[1m{}\033[0m\n", title) : fmt::format("{}\n", title);
}

std::string Bar(int64_t value, int64_t max) {
  if (max <= 0 || value <= 0) return "";
  const size_t width = std::max<size_t>(1, static_cast<size_t>(value * kBarWidth / max));
  std::string bar;
  for (size_t i = 0; i < width; ++i) bar += "█";
  return bar;
}

std::string OrUnknown(const std::string& s) { return s.empty() ? "(unknown)" : s; }

// At most `max` bytes of s, cut at a character boundary, "…" when cut.
std::string Cut(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

}  // namespace

SituationReport BuildReport(const store::Store& store, const std::string& store_path,
                            size_t latest_count) {
  SituationReport report;
  report.store_path = store_path;
  report.stats = store.Stats();
  store::ListOptions latest;
  latest.newest_first = true;
  latest.limit = static_cast<int64_t>(latest_count);
  std::vector<store::StoredArticle> all = store.ListArticles(latest);
  report.latest = std::move(all);
  auto top = [&store](const char* type, bool most_quoted) {
    store::EntityQuery q;
    q.type = type;
    q.most_quoted = most_quoted;
    q.limit = 8;
    std::vector<store::StoredEntity> out;
    store.ListEntities(q, &out);  // on a read error the section is just left empty
    return out;
  };
  report.people = top("PER", false);
  report.organisations = top("ORG", false);
  report.places = top("LOC", false);
  report.most_quoted = top("", true);

  store::ClusterQuery largest;
  largest.limit = 5;
  std::vector<store::StoredCluster> storylines;
  store.ListStorylines(largest, &storylines);  // on a read error the section stays empty
  for (store::StoredCluster& s : storylines) {
    SituationReport::Storyline entry;
    store::ClusterQuery events;
    events.storyline = s.id;
    events.limit = -1;
    store.ListEvents(events, &entry.timeline);
    std::stable_sort(entry.timeline.begin(), entry.timeline.end(), [](const auto& a, const auto& b) {
      if (a.first_published.empty() != b.first_published.empty()) return b.first_published.empty();
      return a.first_published < b.first_published;
    });
    entry.storyline = std::move(s);
    report.storylines.push_back(std::move(entry));
  }
  return report;
}

std::string RenderText(const SituationReport& report, bool color) {
  const store::CorpusStats& s = report.stats;
  std::string out = Heading("SITUATION REPORT", color);
  out += fmt::format("store: {}\n\n", report.store_path);
  if (s.articles == 0) {
    out += "The store holds no articles yet. Add some with: sitrep ingest PATH...\n";
    return out;
  }

  out += Heading("Coverage", color);
  out += fmt::format("  {} articles from {} sources\n", s.articles, s.by_source.size());
  if (s.dated > 0) {
    out += fmt::format("  {} dated, from {} to {}; {} undated\n", s.dated, s.first_published,
                       s.last_published, s.articles - s.dated);
  } else {
    out += "  no article carries a date\n";
  }
  std::string languages;
  for (const auto& l : s.by_language) {
    languages += fmt::format("{}{} {}", languages.empty() ? "" : ", ", l.key, l.count);
  }
  out += fmt::format("  languages: {}\n\n", languages);

  if (!s.by_day.empty()) {
    out += Heading("Articles per day", color);
    int64_t max = 0;
    for (const auto& d : s.by_day) max = std::max(max, d.count);
    for (const auto& d : s.by_day) {
      out += fmt::format("  {:<10}  {:>6}  {}\n", d.key, d.count, Bar(d.count, max));
    }
    out += "\n";
  }

  out += Heading("Sources", color);
  size_t width = 9;
  for (const auto& src : s.by_source) width = std::max(width, OrUnknown(src.key).size());
  width = std::min<size_t>(width, 40);
  for (const auto& src : s.by_source) {
    out += fmt::format("  {:<{}}  {:>6}\n", OrUnknown(src.key), width, src.count);
  }
  out += "\n";

  if (!report.storylines.empty()) {
    out += Heading(fmt::format("Storylines ({} storylines, {} events; the largest)", s.storylines, s.events),
                   color);
    for (const auto& entry : report.storylines) {
      const store::StoredCluster& st = entry.storyline;
      std::string names;
      for (const std::string& n : st.top_entities) names += (names.empty() ? "" : ", ") + n;
      out += fmt::format("  storyline {}: {} articles, {} events, {} – {}\n    {}\n", st.id, st.articles,
                         st.events, st.first_published.empty() ? "undated" : st.first_published.substr(0, 10),
                         st.last_published.empty() ? "" : st.last_published.substr(0, 10), names);
      size_t shown = 0;
      for (const auto& e : entry.timeline) {
        if (e.articles < 2 && entry.timeline.size() > 8) continue;  // singletons when crowded
        if (++shown > 8) break;
        out += fmt::format("    {:<10}  {:>4} art  {}\n",
                           e.first_published.empty() ? "undated" : e.first_published.substr(0, 10),
                           e.articles, e.title.empty() ? "(no headline)" : Cut(e.title, 90));
      }
    }
    out += "\n";
  }

  if (s.analysed > 0) {
    out += Heading("Who is in the news", color);
    out += fmt::format("  {} entities, {} quotes, {} figures from {} articles read by the extractors\n",
                       s.entities, s.quotes, s.figures, s.analysed);
    auto line = [](const char* label, const std::vector<store::StoredEntity>& list) {
      std::string names;
      for (const auto& e : list) names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", e.name, e.articles);
      return names.empty() ? std::string() : fmt::format("  {:<14}{}\n", label, names);
    };
    out += line("people", report.people);
    out += line("organisations", report.organisations);
    out += line("places", report.places);
    if (!report.most_quoted.empty()) {
      std::string names;
      for (const auto& e : report.most_quoted) {
        names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", e.name, e.quotes);
      }
      out += fmt::format("  {:<14}{}\n", "most quoted", names);
    }
    out += "\n";
  }

  out += Heading("Latest articles", color);
  for (const auto& a : report.latest) {
    const Article& art = a.article;
    out += fmt::format("  {:<16}  {:<16}  {:<14}  {}\n", art.id,
                       art.published.empty() ? "undated" : art.published.substr(0, 16),
                       OrUnknown(art.source).substr(0, 14), DisplayTitle(a, 70));
  }
  return out;
}

nlohmann::json ReportJson(const SituationReport& report) {
  const store::CorpusStats& s = report.stats;
  auto counts = [](const std::vector<store::CountByKey>& v) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& c : v) {
      arr.push_back({{"key", c.key.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.key)},
                     {"count", c.count}});
    }
    return arr;
  };
  auto entities = [](const std::vector<store::StoredEntity>& v) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& e : v) arr.push_back(EntityJson(e));
    return arr;
  };
  nlohmann::json storylines = nlohmann::json::array();
  for (const auto& entry : report.storylines) {
    nlohmann::json j = ClusterJson(entry.storyline, false);
    nlohmann::json timeline = nlohmann::json::array();
    for (const auto& e : entry.timeline) timeline.push_back(ClusterJson(e, true));
    j["timeline"] = timeline;
    storylines.push_back(j);
  }
  nlohmann::json latest = nlohmann::json::array();
  for (const auto& a : report.latest) latest.push_back(ArticleJson(a, /*with_text=*/false));
  return {
      {"store", report.store_path},
      {"articles", s.articles},
      {"dated", s.dated},
      {"first_published", s.first_published.empty() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(s.first_published)},
      {"last_published", s.last_published.empty() ? nlohmann::json(nullptr)
                                                  : nlohmann::json(s.last_published)},
      {"files", s.files},
      {"by_source", counts(s.by_source)},
      {"by_language", counts(s.by_language)},
      {"by_day", counts(s.by_day)},
      {"latest", latest},
      {"analysed", s.analysed},
      {"entities", s.entities},
      {"quotes", s.quotes},
      {"figures", s.figures},
      {"people", entities(report.people)},
      {"organisations", entities(report.organisations)},
      {"places", entities(report.places)},
      {"most_quoted", entities(report.most_quoted)},
      {"events", s.events},
      {"storylines", storylines},
      {"copies", s.copies},
      {"copy_groups", s.copy_groups},
  };
}

}  // namespace sitrep::report
