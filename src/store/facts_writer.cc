#include "store/facts_writer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

namespace sitrep::store {
namespace {

// The last word of a multi-word key ("kirby" of "john kirby"); empty for one word.
std::string LastWord(const std::string& key) {
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? std::string() : key.substr(space + 1);
}

// [[begin,end],...] of an entity's mentions.
std::string SpansJson(const extract::EntityResult& result, const extract::Entity& entity) {
  std::string out = "[";
  for (size_t i = 0; i < entity.mentions.size(); ++i) {
    const extract::Mention& m = result.mentions[entity.mentions[i]];
    out += fmt::format("{}[{},{}]", i ? "," : "", m.begin, m.end);
  }
  out += "]";
  return out;
}

std::string EquivalentsJson(const extract::Figure& figure) {
  if (figure.equivalents.empty()) return {};
  nlohmann::json list = nlohmann::json::array();
  for (const extract::Figure& e : figure.equivalents) {
    list.push_back({{"value", e.value}, {"value_high", e.value_high}, {"unit", e.unit}});
  }
  return list.dump();
}

// The bytes [begin, end) of text, clamped to it.
std::string_view Span(std::string_view text, size_t begin, size_t end) {
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  return text.substr(begin, end - begin);
}

}  // namespace

Status FactsWriter::Write(int64_t seq, const Article& article,
                          const extract::ArticleFacts& facts) {
  ScopedStatement analysis = db_->Prepare(
      "INSERT INTO article_analysis(article_seq, analysed, skipped) VALUES (?1, ?2, ?3)");
  if (!analysis.ok()) return analysis.status();
  analysis->BindInt64(1, seq);
  analysis->BindInt64(2, facts.analysed ? 1 : 0);
  analysis->BindTextOrNull(3, facts.skipped);
  Status s = analysis->Run();
  if (!s.ok()) return s;
  if (!facts.analysed) return Status::Ok();
  s = WriteEntities(seq, facts);
  if (s.ok()) s = WriteQuotes(seq, article.text, facts);
  if (s.ok()) s = WriteFigures(seq, article.text, facts);
  if (s.ok()) s = WriteTimes(seq, article.text, facts);
  return s;
}

Status FactsWriter::ResolveEntity(const extract::Entity& entity, int64_t* id) {
  ScopedStatement alias =
      db_->Prepare("SELECT entity_id FROM entity_aliases WHERE type = ?1 AND key = ?2");
  if (!alias.ok()) return alias.status();
  alias->BindText(1, entity.type);
  alias->BindText(2, entity.key);
  if (alias->Step()) {
    *id = alias->ColumnInt64(0);
    return Status::Ok();
  }
  if (!alias->status().ok()) return alias->status();

  *id = 0;
  const std::string last_word = LastWord(entity.key);
  // A person named by one word only joins the person of that surname, if the corpus
  // knows exactly one: "Kirby" in a brief is John Kirby when no other Kirby was named.
  if (entity.type == "PER" && last_word.empty()) {
    ScopedStatement bearers = db_->Prepare(
        "SELECT id FROM entities WHERE type = 'PER' AND last_word = ?1 LIMIT 2");
    if (!bearers.ok()) return bearers.status();
    bearers->BindText(1, entity.key);
    int found = 0;
    while (bearers->Step()) {
      ++found;
      *id = bearers->ColumnInt64(0);
    }
    if (!bearers->status().ok()) return bearers->status();
    if (found != 1) *id = 0;
  }
  if (*id == 0) {
    ScopedStatement create = db_->Prepare(
        "INSERT INTO entities(type, key, name, last_word) VALUES (?1, ?2, ?3, ?4)");
    if (!create.ok()) return create.status();
    create->BindText(1, entity.type);
    create->BindText(2, entity.key);
    create->BindText(3, entity.name);
    create->BindTextOrNull(4, entity.type == "PER" ? last_word : std::string());
    Status s = create->Run();
    if (!s.ok()) return s;
    *id = db_->LastInsertRowid();
  }
  ScopedStatement remember =
      db_->Prepare("INSERT INTO entity_aliases(type, key, entity_id) VALUES (?1, ?2, ?3)");
  if (!remember.ok()) return remember.status();
  remember->BindText(1, entity.type);
  remember->BindText(2, entity.key);
  remember->BindInt64(3, *id);
  return remember->Run();
}

Status FactsWriter::WriteEntities(int64_t seq, const extract::ArticleFacts& facts) {
  ScopedStatement row = db_->Prepare(
      "INSERT INTO article_entities(article_seq, n, entity_id, name, roles, spans) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  ScopedStatement count = db_->Prepare(
      "UPDATE entities SET articles = articles + ?3, mentions = mentions + ?2 WHERE id = ?1");
  if (!row.ok()) return row.status();
  if (!count.ok()) return count.status();
  const extract::EntityResult& result = facts.entities;
  entity_ids_.assign(result.entities.size(), 0);
  for (size_t n = 0; n < result.entities.size(); ++n) {
    const extract::Entity& e = result.entities[n];
    if (e.key.empty()) continue;
    int64_t id = 0;
    Status s = ResolveEntity(e, &id);
    if (!s.ok()) return s;
    entity_ids_[n] = id;
    row->BindInt64(1, seq);
    row->BindInt64(2, static_cast<int64_t>(n));
    row->BindInt64(3, id);
    row->BindText(4, e.name);
    if (e.roles.empty()) {
      row->BindNull(5);
    } else {
      row->BindText(5, nlohmann::json(e.roles).dump());
    }
    row->BindText(6, SpansJson(result, e));
    s = row->Run();
    if (!s.ok()) return s;
    row->Reset();
    // Two entities of one article may join the same corpus entity ("Kirby" and a
    // "John Kirby" the recogniser kept apart): the article then counts once.
    bool repeated = false;
    for (size_t k = 0; k < n; ++k) repeated |= entity_ids_[k] == id;
    count->BindInt64(1, id);
    count->BindInt64(2, static_cast<int64_t>(e.mentions.size()));
    count->BindInt64(3, repeated ? 0 : 1);
    s = count->Run();
    if (!s.ok()) return s;
    count->Reset();
  }
  return Status::Ok();
}

Status FactsWriter::WriteQuotes(int64_t seq, std::string_view text,
                                const extract::ArticleFacts& facts) {
  ScopedStatement row = db_->Prepare(
      "INSERT INTO quotes(article_seq, n, span_begin, span_end, text, cue, speaker_id, speaker, "
      "direct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!row.ok()) return row.status();
  for (size_t n = 0; n < facts.quotes.size(); ++n) {
    const extract::Quote& q = facts.quotes[n];
    row->BindInt64(1, seq);
    row->BindInt64(2, static_cast<int64_t>(n));
    row->BindInt64(3, static_cast<int64_t>(q.begin));
    row->BindInt64(4, static_cast<int64_t>(q.end));
    row->BindText(5, Span(text, q.begin, q.end));
    row->BindTextOrNull(6, q.cue);
    const bool known = q.speaker_entity >= 0 &&
                       static_cast<size_t>(q.speaker_entity) < entity_ids_.size() &&
                       entity_ids_[q.speaker_entity] != 0;
    if (known) {
      row->BindInt64(7, entity_ids_[q.speaker_entity]);
    } else {
      row->BindNull(7);
    }
    row->BindTextOrNull(8, q.speaker_name);
    row->BindInt64(9, q.direct ? 1 : 0);
    Status s = row->Run();
    if (!s.ok()) return s;
    row->Reset();
  }
  return Status::Ok();
}

Status FactsWriter::WriteFigures(int64_t seq, std::string_view text,
                                 const extract::ArticleFacts& facts) {
  ScopedStatement row = db_->Prepare(
      "INSERT INTO figures(article_seq, n, span_begin, span_end, text, value, value_high, "
      "qualifier, unit, counted, modifier, event, approximate, equivalents, owner_id, owner) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
  if (!row.ok()) return row.status();
  for (size_t n = 0; n < facts.figures.size(); ++n) {
    const extract::Figure& f = facts.figures[n];
    row->BindInt64(1, seq);
    row->BindInt64(2, static_cast<int64_t>(n));
    row->BindInt64(3, static_cast<int64_t>(f.begin));
    row->BindInt64(4, static_cast<int64_t>(f.end));
    row->BindText(5, Span(text, f.begin, f.end));
    row->BindDouble(6, f.value);
    row->BindDouble(7, f.value_high);
    row->BindTextOrNull(8, f.qualifier);
    row->BindTextOrNull(9, f.unit);
    row->BindTextOrNull(10, f.counted);
    row->BindTextOrNull(11, f.modifier);
    row->BindTextOrNull(12, f.event);
    row->BindInt64(13, f.approximate ? 1 : 0);
    row->BindTextOrNull(14, EquivalentsJson(f));
    const bool owned = f.owner_entity >= 0 &&
                       static_cast<size_t>(f.owner_entity) < entity_ids_.size() &&
                       entity_ids_[f.owner_entity] != 0;
    if (owned) {
      row->BindInt64(15, entity_ids_[f.owner_entity]);
      row->BindText(16, facts.entities.entities[f.owner_entity].name);
    } else {
      row->BindNull(15);
      row->BindNull(16);
    }
    Status s = row->Run();
    if (!s.ok()) return s;
    row->Reset();
  }
  return Status::Ok();
}

Status FactsWriter::WriteTimes(int64_t seq, std::string_view text,
                               const extract::ArticleFacts& facts) {
  ScopedStatement row = db_->Prepare(
      "INSERT INTO times(article_seq, n, span_begin, span_end, text, kind, value, range_begin, "
      "range_end, modifier, relative, resolved) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (!row.ok()) return row.status();
  for (size_t n = 0; n < facts.times.size(); ++n) {
    const extract::TimeExpr& t = facts.times[n];
    row->BindInt64(1, seq);
    row->BindInt64(2, static_cast<int64_t>(n));
    row->BindInt64(3, static_cast<int64_t>(t.begin));
    row->BindInt64(4, static_cast<int64_t>(t.end));
    row->BindText(5, Span(text, t.begin, t.end));
    row->BindText(6, t.kind);
    row->BindTextOrNull(7, t.value);
    row->BindTextOrNull(8, t.range_begin);
    row->BindTextOrNull(9, t.range_end);
    row->BindTextOrNull(10, t.mod);
    row->BindInt64(11, t.relative ? 1 : 0);
    row->BindInt64(12, t.resolved ? 1 : 0);
    Status s = row->Run();
    if (!s.ok()) return s;
    row->Reset();
  }
  return Status::Ok();
}

}  // namespace sitrep::store
