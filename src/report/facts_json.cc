// JSON of the stored facts, with stable field names (README, "JSON fields").
#include <string>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

void AddSource(const store::FactSource& from, nlohmann::json* j) {
  (*j)["article_id"] = from.article_id;
  (*j)["article_title"] = OrNull(from.title);
  (*j)["source"] = OrNull(from.source);
  (*j)["published"] = OrNull(from.published);
}

}  // namespace

nlohmann::json EntityJson(const store::StoredEntity& e) {
  return {{"id", e.id},           {"type", e.type},         {"name", e.name},
          {"key", e.key},         {"articles", e.articles}, {"mentions", e.mentions},
          {"quotes", e.quotes},   {"roles", e.roles},       {"names", e.names}};
}

nlohmann::json QuoteJson(const store::StoredQuote& q, bool with_source) {
  nlohmann::json j = {{"text", q.text},
                      {"speaker", OrNull(q.speaker)},
                      {"speaker_id", q.speaker_id ? nlohmann::json(q.speaker_id) : nlohmann::json()},
                      {"cue", OrNull(q.cue)},
                      {"direct", q.direct},
                      {"begin", q.begin},
                      {"end", q.end}};
  if (with_source) AddSource(q.from, &j);
  return j;
}

nlohmann::json FigureJson(const store::StoredFigure& f, bool with_source) {
  nlohmann::json equivalents = nlohmann::json::array();
  if (!f.equivalents_json.empty()) {
    equivalents = nlohmann::json::parse(f.equivalents_json, nullptr, false);
    if (!equivalents.is_array()) equivalents = nlohmann::json::array();
  }
  nlohmann::json j = {{"text", f.text},
                      {"value", f.value},
                      {"value_high", f.value_high},
                      {"qualifier", OrNull(f.qualifier)},
                      {"unit", OrNull(f.unit)},
                      {"counted", OrNull(f.counted)},
                      {"modifier", OrNull(f.modifier)},
                      {"event", OrNull(f.event)},
                      {"approximate", f.approximate},
                      {"equivalents", equivalents},
                      {"owner", OrNull(f.owner)},
                      {"owner_id", f.owner_id ? nlohmann::json(f.owner_id) : nlohmann::json()},
                      {"begin", f.begin},
                      {"end", f.end}};
  if (with_source) AddSource(f.from, &j);
  return j;
}

nlohmann::json TimeJson(const store::StoredTime& t) {
  return {{"text", t.text},
          {"kind", t.kind},
          {"value", OrNull(t.value)},
          {"range_begin", OrNull(t.range_begin)},
          {"range_end", OrNull(t.range_end)},
          {"modifier", OrNull(t.modifier)},
          {"relative", t.relative},
          {"resolved", t.resolved},
          {"begin", t.begin},
          {"end", t.end}};
}

nlohmann::json ArticleFactsJson(const store::ArticleFactsView& facts) {
  nlohmann::json j;
  j["analysed"] = facts.analysed;
  j["skipped"] = facts.known ? OrNull(facts.skipped)
                             : nlohmann::json("stored before sitrep kept facts");
  nlohmann::json entities = nlohmann::json::array();
  for (const store::ArticleEntity& e : facts.entities) {
    nlohmann::json spans = nlohmann::json::array();
    for (const auto& [b, end] : e.spans) spans.push_back({b, end});
    entities.push_back({{"id", e.entity_id},
                        {"type", e.type},
                        {"name", e.name},
                        {"name_in_article", e.name_in_article},
                        {"roles", e.roles},
                        {"mentions", spans}});
  }
  j["entities"] = entities;
  nlohmann::json quotes = nlohmann::json::array();
  for (const store::StoredQuote& q : facts.quotes) quotes.push_back(QuoteJson(q, false));
  j["quotes"] = quotes;
  nlohmann::json figures = nlohmann::json::array();
  for (const store::StoredFigure& f : facts.figures) figures.push_back(FigureJson(f, false));
  j["figures"] = figures;
  nlohmann::json times = nlohmann::json::array();
  for (const store::StoredTime& t : facts.times) times.push_back(TimeJson(t));
  j["times"] = times;
  return j;
}

std::string FormatValue(double value) {
  if (value == static_cast<double>(static_cast<int64_t>(value)) && value < 1e15 && value > -1e15) {
    // Thousands separated, as news prints them.
    std::string digits = std::to_string(static_cast<int64_t>(value < 0 ? -value : value));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return value < 0 ? "-" + out : out;
  }
  std::string s = std::to_string(value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string DescribeFigure(const store::StoredFigure& f) {
  std::string out;
  // A vague magnitude ("tens of thousands") names only a lower bound.
  const bool vague = f.qualifier.find(" of") != std::string::npos || f.qualifier == "several" ||
                     f.qualifier == "a few";
  if (vague) {
    out += "≥";
  } else if (!f.qualifier.empty() && f.qualifier != "between") {
    out += f.qualifier + " ";
  }
  out += FormatValue(f.value);
  if (f.value_high != f.value) out += "–" + FormatValue(f.value_high);
  if (!f.unit.empty()) out += " " + f.unit;
  // The same amount in another currency or unit: "1.2 billion euros ($1.4 billion)".
  if (!f.equivalents_json.empty()) {
    const nlohmann::json list = nlohmann::json::parse(f.equivalents_json, nullptr, false);
    for (const nlohmann::json& e : list.is_array() ? list : nlohmann::json::array()) {
      if (!e.contains("value") || !e["value"].is_number()) continue;
      out += " (= " + FormatValue(e["value"].get<double>());
      if (e.contains("unit") && e["unit"].is_string() && !e["unit"].get<std::string>().empty()) {
        out += " " + e["unit"].get<std::string>();
      }
      out += ")";
    }
  }
  if (!f.modifier.empty()) out += " " + f.modifier;
  if (!f.counted.empty()) out += " " + f.counted;
  if (!f.event.empty()) out += " " + f.event;
  if (!f.owner.empty()) out += " [owner: " + f.owner + "]";
  return out;
}

}  // namespace sitrep::report
