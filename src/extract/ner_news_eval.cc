// Standoff news annotation: reading it (every line checked against the text it points
// into, so that a shifted offset fails loudly instead of scoring silently against the
// wrong bytes) and scoring the recogniser against it.
#include "extract/ner_news_eval.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace sitrep::extract {
namespace {

const char* const kTypes[] = {"PER", "ORG", "LOC", "MISC"};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

bool ParseOffset(const std::string& s, size_t* out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return !s.empty() && ec == std::errc() && ptr == end;
}

bool ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool KnownType(const std::string& type) {
  return std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes);
}

using Key = std::tuple<size_t, size_t, std::string>;  // begin, end, type

Key KeyOf(const NewsSpan& s) { return {s.begin, s.end, s.type}; }

// The spans of `others` overlapping `s`, as "TYPE 'text'; ...". Both lists are short
// (a few hundred per article), so a linear scan is simplest.
std::string Overlapping(const NewsSpan& s, const std::vector<NewsSpan>& others,
                        const std::string& text) {
  std::string out;
  for (const NewsSpan& o : others) {
    if (o.begin >= s.end || s.begin >= o.end) continue;
    if (!out.empty()) out += "; ";
    out += o.type + " '" + text.substr(o.begin, o.end - o.begin) + "'";
  }
  return out;
}

std::vector<NewsSpan> Predict(const std::string& text, const Recogniser& recognise) {
  const EntityResult result = recognise(text);
  std::vector<NewsSpan> out;
  for (const Mention& m : result.mentions) {
    if (m.kind != MentionKind::kName) continue;
    std::string type = result.entities[static_cast<size_t>(m.entity)].type;
    if (type == "NORP") type = "MISC";
    out.push_back({m.begin, m.end, type});
  }
  return out;
}

}  // namespace

NewsGold LoadNewsGold(const std::string& tsv_path, const std::string& text_dir) {
  NewsGold gold;
  std::ifstream in(tsv_path, std::ios::binary);
  if (!in) {
    gold.error = "cannot read " + tsv_path;
    return gold;
  }
  std::map<std::string, size_t> index;  // file name -> position in gold.documents
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    const std::string where = tsv_path + ":" + std::to_string(line_no) + ": ";
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 5) {
      gold.error = where + "expected 5 tab-separated fields, found " +
                   std::to_string(f.size());
      return gold;
    }
    const std::string& file = f[0];
    // A name, not a path: the annotation may only point into the text directory.
    if (file.empty() || file.find('/') != std::string::npos || file[0] == '.') {
      gold.error = where + "bad file name '" + file + "'";
      return gold;
    }
    NewsSpan span;
    if (!ParseOffset(f[1], &span.begin) || !ParseOffset(f[2], &span.end) ||
        span.begin >= span.end) {
      gold.error = where + "bad offsets '" + f[1] + "', '" + f[2] + "'";
      return gold;
    }
    span.type = f[3];
    if (!KnownType(span.type)) {
      gold.error = where + "unknown type '" + span.type + "'";
      return gold;
    }
    auto [it, added] = index.emplace(file, gold.documents.size());
    if (added) {
      NewsDocument doc;
      doc.file = file;
      if (!ReadWhole(text_dir + "/" + file, &doc.text)) {
        gold.error = where + "cannot read " + text_dir + "/" + file;
        return gold;
      }
      gold.documents.push_back(std::move(doc));
    }
    NewsDocument& doc = gold.documents[it->second];
    if (span.end > doc.text.size()) {
      gold.error = where + "offsets past the end of " + file + " (" +
                   std::to_string(doc.text.size()) + " bytes)";
      return gold;
    }
    const std::string actual = doc.text.substr(span.begin, span.end - span.begin);
    if (actual != f[4]) {
      gold.error = where + "text '" + f[4] + "' does not match the bytes '" + actual +
                   "' at [" + f[1] + "," + f[2] + ") of " + file;
      return gold;
    }
    // CoNLL spans never nest or overlap; a few hundred spans a file make the quadratic
    // check cheap, and checking here lets the error name the line.
    for (const NewsSpan& o : doc.gold) {
      if (o.begin < span.end && span.begin < o.end) {
        gold.error = where + "overlaps the gold span at [" + std::to_string(o.begin) + "," +
                     std::to_string(o.end) + ") of " + file;
        return gold;
      }
    }
    doc.gold.push_back(span);
  }
  for (NewsDocument& doc : gold.documents) {
    std::sort(doc.gold.begin(), doc.gold.end(),
              [](const NewsSpan& a, const NewsSpan& b) { return KeyOf(a) < KeyOf(b); });
  }
  return gold;
}

NewsEval EvaluateNews(const NewsGold& gold, const Recogniser& recognise) {
  NewsEval eval;
  std::map<std::string, NerScore> scores;
  for (const char* type : kTypes) scores[type].type = type;
  for (const NewsDocument& doc : gold.documents) {
    const std::vector<NewsSpan> predicted = Predict(doc.text, recognise);
    std::set<Key> gold_keys, predicted_keys;
    for (const NewsSpan& s : doc.gold) gold_keys.insert(KeyOf(s));
    for (const NewsSpan& s : predicted) predicted_keys.insert(KeyOf(s));
    for (const NewsSpan& s : doc.gold) {
      ++scores[s.type].gold;
      if (predicted_keys.count(KeyOf(s))) continue;
      eval.misses.push_back({doc.file, s, doc.text.substr(s.begin, s.end - s.begin),
                             Overlapping(s, predicted, doc.text)});
    }
    for (const NewsSpan& s : predicted) {
      NerScore& score = scores[s.type];  // an unexpected type gets a row of its own
      score.type = s.type;
      ++score.predicted;
      if (gold_keys.count(KeyOf(s))) {
        ++score.correct;
        continue;
      }
      eval.false_positives.push_back({doc.file, s, doc.text.substr(s.begin, s.end - s.begin),
                                      Overlapping(s, doc.gold, doc.text)});
    }
  }
  eval.overall.type = "PER+ORG+LOC";
  for (auto& [type, s] : scores) s.ComputeRates();
  for (const char* type : kTypes) {
    const NerScore& s = scores[type];
    if (std::string(type) != "MISC") {
      eval.overall.gold += s.gold;
      eval.overall.predicted += s.predicted;
      eval.overall.correct += s.correct;
    }
    eval.per_type.push_back(s);
  }
  // Any other type the recogniser might emit is reported after MISC rather than dropped.
  for (const auto& [type, s] : scores) {
    if (!KnownType(type)) eval.per_type.push_back(s);
  }
  eval.overall.ComputeRates();
  return eval;
}

}  // namespace sitrep::extract
