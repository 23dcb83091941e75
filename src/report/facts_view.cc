// The facts of an article that was analysed but not stored (`sitrep extract`), in the
// shape the store returns them, so that both print the same way.
#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sitrep/report.h"

namespace sitrep::report {
namespace {

std::string Span(std::string_view text, size_t begin, size_t end) {
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

store::ArticleFactsView ViewOfFacts(const Article& article, const extract::ArticleFacts& facts) {
  store::ArticleFactsView view;
  view.known = true;
  view.analysed = facts.analysed;
  view.skipped = facts.skipped;
  store::FactSource from;
  from.article_id = article.id;
  from.title = article.title;
  from.source = article.source;
  from.published = article.published;
  // Entity ids are the article's own (1-based) here: there is no corpus to merge into.
  for (const extract::Entity& e : facts.entities.entities) {
    store::ArticleEntity out;
    out.entity_id = e.id + 1;
    out.type = e.type;
    out.name = e.name;
    out.name_in_article = e.name;
    out.roles = e.roles;
    for (int m : e.mentions) {
      const extract::Mention& mention = facts.entities.mentions[m];
      out.spans.emplace_back(mention.begin, mention.end);
    }
    view.entities.push_back(std::move(out));
  }
  for (const extract::Quote& q : facts.quotes) {
    store::StoredQuote out;
    out.from = from;
    out.begin = static_cast<int64_t>(q.begin);
    out.end = static_cast<int64_t>(q.end);
    out.text = Span(article.text, q.begin, q.end);
    out.cue = q.cue;
    out.speaker_id = q.speaker_entity >= 0 ? q.speaker_entity + 1 : 0;
    out.speaker = q.speaker_name;
    out.direct = q.direct;
    view.quotes.push_back(std::move(out));
  }
  for (const extract::Figure& f : facts.figures) {
    store::StoredFigure out;
    out.from = from;
    out.begin = static_cast<int64_t>(f.begin);
    out.end = static_cast<int64_t>(f.end);
    out.text = Span(article.text, f.begin, f.end);
    out.value = f.value;
    out.value_high = f.value_high;
    out.qualifier = f.qualifier;
    out.unit = f.unit;
    out.counted = f.counted;
    out.modifier = f.modifier;
    out.event = f.event;
    out.approximate = f.approximate;
    if (f.owner_entity >= 0) {
      out.owner_id = f.owner_entity + 1;
      out.owner = facts.entities.entities[static_cast<size_t>(f.owner_entity)].name;
    }
    if (!f.equivalents.empty()) {
      nlohmann::json list = nlohmann::json::array();
      for (const extract::Figure& e : f.equivalents) {
        list.push_back({{"value", e.value}, {"value_high", e.value_high}, {"unit", e.unit}});
      }
      out.equivalents_json = list.dump();
    }
    view.figures.push_back(std::move(out));
  }
  for (const extract::TimeExpr& t : facts.times) {
    store::StoredTime out;
    out.from = from;
    out.begin = static_cast<int64_t>(t.begin);
    out.end = static_cast<int64_t>(t.end);
    out.text = Span(article.text, t.begin, t.end);
    out.kind = t.kind;
    out.value = t.value;
    out.range_begin = t.range_begin;
    out.range_end = t.range_end;
    out.modifier = t.mod;
    out.relative = t.relative;
    out.resolved = t.resolved;
    view.times.push_back(std::move(out));
  }
  return view;
}

}  // namespace sitrep::report
