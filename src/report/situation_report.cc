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
  };
}

}  // namespace sitrep::report
