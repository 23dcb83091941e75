// The name tagger's training data and its honest evaluation. Internal to the extract
// module; used by the sitrep-train-ner tool and by tests.
//
// Training data: wikigold (CoNLL, CC-BY 4.0) and the studied passages of our own news
// set (src/extract/testdata/ner_news, 01-20 and 61 on). Passages 41-60 are for choosing
// between versions of the tagger; 21-40 are never trained on nor chosen by: they are the
// measure of how the recogniser does on new text.
#pragma once

#include <string>
#include <vector>

#include "extract/name_tagger.h"
#include "extract/ner_news_eval.h"

namespace sitrep::extract::internal {

// The documents of `gold` as training texts.
std::vector<TrainingText> TrainingTextsOf(const NewsGold& gold);

// Splits the news passages by the number their file name starts with: 01-20 and 61 and
// above studied, 21-40 unseen, 41-60 validation.
struct NewsSplit {
  NewsGold studied;
  NewsGold unseen;
  NewsGold validation;
};
NewsSplit SplitNewsPassages(const NewsGold& all);

// The recogniser with a given model (FindEntitiesWithTagger), for EvaluateNews.
Recogniser RecogniserWith(const NameTaggerModel& model, bool guards = true);

// K-fold cross-validation on `folded` (documents dealt round-robin into k folds): each
// fold is scored by a model trained on the other folds plus all of `extra`, with the
// guards and without them (the guards do not change training, so one model per fold
// serves both). The scores are over all folds together.
struct CrossValidation {
  NewsEval guarded;
  NewsEval unguarded;
};
CrossValidation CrossValidate(const NewsGold& folded, const std::vector<TrainingText>& extra,
                              int k, const TrainingOptions& options);

}  // namespace sitrep::extract::internal
