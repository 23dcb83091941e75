// sitrep-train-ner: trains the name tagger and measures it honestly.
//
//   sitrep-train-ner --wikigold W --news-dir D [--folds 5] [--epochs 5]
//
// Prints, for the rules alone and for rules plus tagger:
//  - wikigold, the tagger cross-validated (each fold scored by a model trained on the
//    other folds and the studied news passages);
//  - the studied news passages (01-20), cross-validated the same way;
//  - the unseen news passages (21-40), scored by the model trained on all of wikigold
//    and all studied passages: the figure for new text. Their errors are never printed.
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "extract/name_tagger.h"
#include "extract/ner_training.h"

namespace {

using sitrep::extract::NewsEval;
using sitrep::extract::NewsGold;
using namespace sitrep::extract::internal;

void Print(const std::string& what, const NewsEval& e) {
  fmt::print("{:<44}", what);
  for (const auto& s : e.per_type) {
    if (s.type == "MISC") continue;
    fmt::print(" {} {:.3f}", s.type, s.f1);
  }
  fmt::print("  | P {:.3f} R {:.3f} F1 {:.3f}\n", e.overall.precision, e.overall.recall,
             e.overall.f1);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the name tagger and measure it"};
  std::string wikigold_path, news_dir;
  int folds = 5;
  TrainingOptions options;
  app.add_option("--wikigold", wikigold_path, "wikigold.conll.txt")->required();
  app.add_option("--news-dir", news_dir, "folder of annotated news passages (gold.tsv)")
      ->required();
  app.add_option("--folds", folds, "cross-validation folds")->check(CLI::Range(2, 50));
  app.add_option("--epochs", options.epochs, "passes over the training data")
      ->check(CLI::Range(1, 100));
  CLI11_PARSE(app, argc, argv);

  const NewsGold wikigold = sitrep::extract::LoadWikigoldAsNews(wikigold_path);
  const NewsGold news = sitrep::extract::LoadNewsGold(news_dir + "/gold.tsv", news_dir);
  for (const NewsGold* g : {&wikigold, &news}) {
    if (!g->error.empty()) {
      std::cerr << "sitrep-train-ner: " << g->error << "\n";
      return 1;
    }
  }
  NewsGold studied, unseen;
  SplitNewsPassages(news, 20, &studied, &unseen);
  const std::vector<TrainingText> wiki_texts = TrainingTextsOf(wikigold);
  const std::vector<TrainingText> studied_texts = TrainingTextsOf(studied);
  std::vector<TrainingText> everything = wiki_texts;
  everything.insert(everything.end(), studied_texts.begin(), studied_texts.end());

  const NameTaggerModel none;
  Print("rules, wikigold", sitrep::extract::EvaluateNews(wikigold, RecogniserWith(none)));
  Print("rules, news 01-20 (studied)",
        sitrep::extract::EvaluateNews(studied, RecogniserWith(none)));
  Print("rules, news 21-40 (unseen)",
        sitrep::extract::EvaluateNews(unseen, RecogniserWith(none)));
  const NameTaggerModel model = TrainNameTagger(everything, options);
  for (const bool guards : {true, false}) {
    const std::string name = guards ? "tagger" : "tagger, no guards";
    Print(fmt::format("{}, wikigold, {}-fold", name, folds),
          CrossValidate(wikigold, studied_texts, folds, options, guards));
    Print(fmt::format("{}, news 01-20, {}-fold", name, folds),
          CrossValidate(studied, wiki_texts, folds, options, guards));
    Print(name + ", news 21-40 (unseen)",
          sitrep::extract::EvaluateNews(unseen, RecogniserWith(model, guards)));
  }
  fmt::print("model: {} features\n", model.features());
  return 0;
}
