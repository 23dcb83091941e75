// ScorePassageQuotes and EvaluateQuoteGold: quote detection and speakers scored against
// annotated passages, as documented in sitrep/quotes.h.
#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/quotes.h"

namespace sitrep::extract {
namespace {

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

size_t Overlap(Span a, Span b) {
  const size_t begin = std::max(a.begin, b.begin);
  const size_t end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

// The rule of the header: the overlap covers at least half of the shorter span.
bool Substantial(Span a, Span b) {
  const size_t shorter = std::min(a.end - a.begin, b.end - b.begin);
  return shorter > 0 && 2 * Overlap(a, b) >= shorter;
}

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string LastWord(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  const size_t sp = s.rfind(' ');
  return Fold(sp == std::string_view::npos ? s : s.substr(sp + 1));
}

bool SpeakerRight(std::string_view found, std::string_view gold) {
  if (gold.empty() || found.empty()) return gold.empty() && found.empty();
  const std::string want = LastWord(gold);
  const std::string got = Fold(found);
  if (got.size() < want.size() || got.compare(got.size() - want.size(), want.size(), want) != 0) {
    return false;
  }
  // On a word boundary: "Kirby" does not end "Mkirby".
  return got.size() == want.size() || got[got.size() - want.size() - 1] == ' ';
}

std::string Excerpt(std::string_view text, Span s) {
  std::string out(text.substr(s.begin, std::min<size_t>(s.end - s.begin, 60)));
  if (s.end - s.begin > 60) out += "...";
  return out;
}

// Scores the gold quotes of one kind (direct or reported) against the found ones.
void ScoreKind(std::string_view id, std::string_view text, const std::vector<GoldQuote>& gold,
               const std::vector<Quote>& found, bool direct, QuoteDetection* detection,
               size_t* speakers_right, std::vector<std::string>* errors) {
  std::vector<const Quote*> candidates;
  for (const Quote& q : found) {
    if (q.direct == direct) candidates.push_back(&q);
  }
  std::vector<bool> used(candidates.size(), false);
  const char* kind = direct ? "direct" : "reported";
  // A text given twice (a dateline repeating a quote) is its next occurrence each time.
  std::vector<std::pair<std::string_view, size_t>> seen;
  for (const GoldQuote& g : gold) {
    if (g.direct != direct) continue;
    ++detection->gold;
    size_t from = 0;
    for (auto& [t, next] : seen) {
      if (t == g.text) from = next;
    }
    const size_t at = text.find(g.text, from);
    seen.emplace_back(g.text, at == std::string_view::npos ? text.size() : at + 1);
    if (at == std::string_view::npos || g.text.empty()) {
      errors->push_back(std::string(id) + " gold text not in passage: " + g.text);
      continue;
    }
    const Span gold_span{at, at + g.text.size()};
    int best = -1;
    size_t best_overlap = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Span s{candidates[i]->begin, candidates[i]->end};
      if (used[i] || !Substantial(gold_span, s)) continue;
      if (Overlap(gold_span, s) > best_overlap) {
        best_overlap = Overlap(gold_span, s);
        best = static_cast<int>(i);
      }
    }
    if (best < 0) {
      errors->push_back(std::string(id) + " missed " + kind + ": " + g.text);
      continue;
    }
    used[static_cast<size_t>(best)] = true;
    ++detection->matched;
    const Quote& q = *candidates[static_cast<size_t>(best)];
    if (SpeakerRight(q.speaker_name, g.speaker)) {
      ++*speakers_right;
    } else {
      errors->push_back(std::string(id) + " speaker of " + kind + " '" + g.text + "': got '" +
                        q.speaker_name + "', want '" + g.speaker + "'");
    }
  }
  detection->found += candidates.size();
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (used[i]) continue;
    const Span s{candidates[i]->begin, candidates[i]->end};
    errors->push_back(std::string(id) + " false " + kind + ": '" + Excerpt(text, s) + "' (" +
                      candidates[i]->speaker_name + ")");
  }
}

}  // namespace

void ScorePassageQuotes(std::string_view id, std::string_view text,
                        const std::vector<GoldQuote>& gold,
                        const std::vector<std::string>& not_quotes,
                        const std::vector<Quote>& found, QuoteEval* eval) {
  ++eval->passages;
  ScoreKind(id, text, gold, found, true, &eval->direct, &eval->direct_speakers_right,
            &eval->errors);
  ScoreKind(id, text, gold, found, false, &eval->reported, &eval->reported_speakers_right,
            &eval->errors);
  for (const std::string& n : not_quotes) {
    ++eval->negatives;
    const size_t at = text.find(n);
    if (at == std::string_view::npos || n.empty()) continue;
    const Span span{at, at + n.size()};
    for (const Quote& q : found) {
      if (q.direct && Substantial(span, Span{q.begin, q.end})) {
        ++eval->negatives_found;
        break;
      }
    }
  }
}

QuoteEval EvaluateQuoteGold(const std::string& jsonl_path) {
  QuoteEval eval;
  std::ifstream in(jsonl_path);
  if (!in) {
    eval.load_error = "cannot open " + jsonl_path;
    return eval;
  }
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object() || !record.contains("text")) {
      eval.load_error = jsonl_path + ":" + std::to_string(line_number) + ": not a passage";
      return eval;
    }
    const std::string text = record["text"].get<std::string>();
    const std::string id = record.value("id", std::to_string(line_number));
    std::vector<GoldQuote> gold;
    for (const nlohmann::json& q : record.value("quotes", nlohmann::json::array())) {
      gold.push_back({q.value("text", ""), q.value("speaker", ""), q.value("direct", true)});
    }
    const std::vector<std::string> not_quotes =
        record.value("not_quotes", std::vector<std::string>());
    const EntityResult entities = FindEntities(text);
    ScorePassageQuotes(id, text, gold, not_quotes, FindQuotes(text, entities), &eval);
  }
  return eval;
}

}  // namespace sitrep::extract
