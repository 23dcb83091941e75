#include "extract/ner_training.h"

#include <cstdlib>

namespace sitrep::extract::internal {

std::vector<TrainingText> TrainingTextsOf(const NewsGold& gold) {
  std::vector<TrainingText> out;
  out.reserve(gold.documents.size());
  for (const NewsDocument& doc : gold.documents) {
    TrainingText t;
    t.text = doc.text;
    for (const NewsSpan& s : doc.gold) t.names.push_back({s.begin, s.end, s.type});
    out.push_back(std::move(t));
  }
  return out;
}

NewsSplit SplitNewsPassages(const NewsGold& all) {
  NewsSplit split;
  for (const NewsDocument& doc : all.documents) {
    const int number = std::atoi(doc.file.c_str());
    NewsGold& part = number <= 20 || number > 60 ? split.studied
                     : number <= 40                ? split.unseen
                                                   : split.validation;
    part.documents.push_back(doc);
  }
  return split;
}

Recogniser RecogniserWith(const NameTaggerModel& model, bool guards) {
  return [&model, guards](std::string_view text) {
    return FindEntitiesWithTagger(text, TokenizeText(text), model, guards);
  };
}

namespace {

void Add(const NewsEval& part, NewsEval* sum) {
  if (sum->per_type.empty()) {
    *sum = part;
    return;
  }
  for (size_t i = 0; i < part.per_type.size() && i < sum->per_type.size(); ++i) {
    sum->per_type[i].gold += part.per_type[i].gold;
    sum->per_type[i].predicted += part.per_type[i].predicted;
    sum->per_type[i].correct += part.per_type[i].correct;
  }
  sum->overall.gold += part.overall.gold;
  sum->overall.predicted += part.overall.predicted;
  sum->overall.correct += part.overall.correct;
  sum->misses.insert(sum->misses.end(), part.misses.begin(), part.misses.end());
  sum->false_positives.insert(sum->false_positives.end(), part.false_positives.begin(),
                              part.false_positives.end());
}

}  // namespace

CrossValidation CrossValidate(const NewsGold& folded, const std::vector<TrainingText>& extra,
                              int k, const TrainingOptions& options) {
  const std::vector<TrainingText> all = TrainingTextsOf(folded);
  CrossValidation sum;
  for (int fold = 0; fold < k; ++fold) {
    std::vector<TrainingText> train = extra;
    NewsGold test;
    for (size_t d = 0; d < all.size(); ++d) {
      if (static_cast<int>(d % static_cast<size_t>(k)) == fold) {
        test.documents.push_back(folded.documents[d]);
      } else {
        train.push_back(all[d]);
      }
    }
    const NameTaggerModel model = TrainNameTagger(train, options);
    Add(EvaluateNews(test, RecogniserWith(model, true)), &sum.guarded);
    Add(EvaluateNews(test, RecogniserWith(model, false)), &sum.unguarded);
  }
  for (NewsEval* e : {&sum.guarded, &sum.unguarded}) {
    for (NerScore& s : e->per_type) s.ComputeRates();
    e->overall.ComputeRates();
  }
  return sum;
}

}  // namespace sitrep::extract::internal
