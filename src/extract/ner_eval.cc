// Scoring the entity recogniser on CoNLL-format gold data.
//
// Each document is rebuilt as text, one sentence per line, with the spacing of running
// prose: CoNLL splits "Howe's" into "Howe 's" and "Brigade," into "Brigade ,", and
// the recogniser reads news text, not token lists. Name mentions are mapped back to the
// tokens they overlap. A prediction counts only with the exact gold span and type
// (CoNLL's conlleval rule).
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "extract/ner_news_eval.h"
#include "sitrep/entities.h"

namespace sitrep::extract {
namespace {

struct Span {
  size_t first = 0;  // tokens [first, last]
  size_t last = 0;
  std::string type;
  bool operator<(const Span& o) const {
    return std::tie(first, last, type) < std::tie(o.first, o.last, o.type);
  }
};

struct Document {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
  std::vector<size_t> sentence_starts;  // token index of each sentence's first token
};

// Gold spans from IOB1 or IOB2 tags: I-X continues a span of type X, B-X always starts
// one.
std::vector<Span> GoldSpans(const Document& doc) {
  std::vector<Span> out;
  std::set<size_t> starts(doc.sentence_starts.begin(), doc.sentence_starts.end());
  for (size_t i = 0; i < doc.tags.size(); ++i) {
    const std::string& tag = doc.tags[i];
    if (tag.size() < 3 || tag[1] != '-') continue;
    const std::string type = tag.substr(2);
    const bool continues = tag[0] == 'I' && !out.empty() && out.back().last + 1 == i &&
                           out.back().type == type && starts.count(i) == 0;
    if (continues) {
      out.back().last = i;
    } else {
      out.push_back({i, i, type});
    }
  }
  return out;
}

// Tokens written against the word before them ("'s", ",", ")") or after them ("(").
bool NoSpaceBefore(const std::string& t) {
  static const char* const kTokens[] = {"'s", "'", ",", ".", ";", ":", "!", "?", ")", "]",
                                        "%", "n't", "'re", "'ve", "'ll", "'d", "'m"};
  for (const char* k : kTokens) {
    if (t == k) return true;
  }
  return false;
}
bool NoSpaceAfter(const std::string& t) { return t == "(" || t == "[" || t == "$"; }

// The document as running prose, one sentence per line; begin/end receive each token's
// byte range in it.
std::string ProseOf(const Document& doc, std::vector<size_t>* begin, std::vector<size_t>* end) {
  std::string text;
  begin->resize(doc.tokens.size());
  end->resize(doc.tokens.size());
  std::set<size_t> starts(doc.sentence_starts.begin(), doc.sentence_starts.end());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (i > 0) {
      if (starts.count(i)) {
        text += "\n";
      } else if (!NoSpaceBefore(doc.tokens[i]) && !NoSpaceAfter(doc.tokens[i - 1])) {
        text += " ";
      }
    }
    (*begin)[i] = text.size();
    text += doc.tokens[i];
    (*end)[i] = text.size();
  }
  return text;
}

std::vector<Span> PredictedSpans(const Document& doc) {
  std::vector<size_t> begin, end;
  const std::string text = ProseOf(doc, &begin, &end);
  const EntityResult result = FindEntities(text);
  std::vector<Span> out;
  size_t t = 0;
  for (const Mention& m : result.mentions) {
    if (m.kind != MentionKind::kName) continue;
    while (t < end.size() && end[t] <= m.begin) ++t;
    if (t == end.size()) break;
    size_t last = t;
    while (last + 1 < begin.size() && begin[last + 1] < m.end) ++last;
    std::string type = result.entities[static_cast<size_t>(m.entity)].type;
    if (type == "NORP") type = "MISC";
    out.push_back({t, last, type});
  }
  return out;
}

}  // namespace

void NerScore::ComputeRates() {
  precision = predicted ? static_cast<double>(correct) / predicted : 0;
  recall = gold ? static_cast<double>(correct) / gold : 0;
  const double pr = precision + recall;
  f1 = pr > 0 ? 2 * precision * recall / pr : 0;
}

namespace {

// Reads CoNLL-format documents; false if the file cannot be read.
bool ReadConll(const std::string& path, std::vector<Document>* docs, size_t* sentences,
               size_t* tokens) {
  std::ifstream in(path);
  if (!in) return false;
  docs->assign(1, Document());
  bool in_sentence = false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("-DOCSTART-", 0) == 0) {
      if (!docs->back().tokens.empty()) docs->emplace_back();
      in_sentence = false;
      continue;
    }
    if (line.empty()) {
      in_sentence = false;
      continue;
    }
    std::istringstream fields(line);
    std::string token, tag, field;
    fields >> token;
    while (fields >> field) tag = field;  // the last column is the entity tag
    if (token.empty() || tag.empty()) continue;
    Document& doc = docs->back();
    if (!in_sentence) {
      doc.sentence_starts.push_back(doc.tokens.size());
      in_sentence = true;
      ++*sentences;
    }
    doc.tokens.push_back(token);
    doc.tags.push_back(tag);
    ++*tokens;
  }
  if (docs->back().tokens.empty()) docs->pop_back();
  return true;
}

}  // namespace

NewsGold LoadWikigoldAsNews(const std::string& path) {
  NewsGold gold;
  std::vector<Document> docs;
  size_t sentences = 0, tokens = 0;
  if (!ReadConll(path, &docs, &sentences, &tokens)) {
    gold.error = "cannot read " + path;
    return gold;
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    NewsDocument news;
    news.file = "wikigold-" + std::to_string(d + 1);
    std::vector<size_t> begin, end;
    news.text = ProseOf(docs[d], &begin, &end);
    for (const Span& s : GoldSpans(docs[d])) {
      news.gold.push_back({begin[s.first], end[s.last], s.type});
    }
    gold.documents.push_back(std::move(news));
  }
  return gold;
}

NerEval EvaluateWikigold(const std::string& path) {
  NerEval eval;
  std::vector<Document> docs;
  if (!ReadConll(path, &docs, &eval.sentences, &eval.tokens)) {
    eval.error = "cannot read " + path;
    return eval;
  }
  std::map<std::string, NerScore> scores;
  for (const char* type : {"PER", "ORG", "LOC", "MISC"}) scores[type].type = type;
  for (const Document& doc : docs) {
    if (doc.tokens.empty()) continue;
    ++eval.documents;
    const std::vector<Span> gold = GoldSpans(doc);
    const std::vector<Span> predicted = PredictedSpans(doc);
    const std::set<Span> gold_set(gold.begin(), gold.end());
    for (const Span& s : gold) ++scores[s.type].gold;
    for (const Span& s : predicted) {
      NerScore& score = scores[s.type];
      ++score.predicted;
      if (gold_set.count(s)) ++score.correct;
    }
  }
  eval.overall.type = "ALL";
  for (const char* type : {"PER", "ORG", "LOC", "MISC"}) {
    NerScore s = scores[type];
    s.ComputeRates();
    if (std::string(type) != "MISC") {
      eval.overall.gold += s.gold;
      eval.overall.predicted += s.predicted;
      eval.overall.correct += s.correct;
    }
    eval.per_type.push_back(s);
  }
  eval.overall.ComputeRates();
  return eval;
}

}  // namespace sitrep::extract
