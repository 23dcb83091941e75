// The name tagger's training data and its honest evaluation. Internal to the extract
// module; used by the sitrep-train-ner tool and by tests.
//
// Training data: wikigold (CoNLL, CC-BY 4.0) and the studied half of our own news
// passages (src/extract/testdata/ner_news, passages 01-20). Passages 21-40 are never
// trained on: they are the held-out measure of how the recogniser does on new text.
#pragma once

#include <string>
#include <vector>

#include "extract/name_tagger.h"
#include "extract/ner_news_eval.h"

namespace sitrep::extract::internal {

// The documents of `gold` as training texts.
std::vector<TrainingText> TrainingTextsOf(const NewsGold& gold);

// Splits the news passages: those whose file name starts with a number up to
// `last_studied` (20) into `studied`, the rest into `unseen`.
void SplitNewsPassages(const NewsGold& all, int last_studied, NewsGold* studied,
                       NewsGold* unseen);

// The recogniser with a given model (FindEntitiesWithTagger), for EvaluateNews.
Recogniser RecogniserWith(const NameTaggerModel& model, bool guards = true);

// K-fold cross-validation on `folded` (documents dealt round-robin into k folds): each
// fold is scored by a model trained on the other folds plus all of `extra`. Returns the
// scores over all folds together.
NewsEval CrossValidate(const NewsGold& folded, const std::vector<TrainingText>& extra, int k,
                       const TrainingOptions& options, bool guards = true);

}  // namespace sitrep::extract::internal
