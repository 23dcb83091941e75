// sitrep-train-ner: trains the name tagger and measures it honestly.
//
//   sitrep-train-ner --wikigold W --news-dir D [--out MODEL] [--folds 5] [--epochs 20]
//                    [--models 5] [--final] [--seeds-gold TSV --seeds-dir DIR]
//                    [--first-sight DIR] [--skip-cv]
//
// Prints, for the rules alone and for rules plus tagger (with and without its guards):
//  - wikigold, the tagger cross-validated (each fold scored by a model trained on the
//    other folds and the studied news passages);
//  - the studied news passages (01-20 and 61 on), cross-validated the same way;
//  - the validation passages (41-60), scored by the model trained on all of wikigold and
//    all studied passages: what versions of the tagger are chosen by;
//  - with --final, the unseen passages (21-40) scored by that model: the figure for new
//    text, to report once a version is chosen. Their errors are never printed;
//  - with --seeds-gold, the real seed reports: development data for the rules, a check
//    that a version keeps what they find.
// With --first-sight, also scores a folder of newly written passages (its own gold.tsv,
// the ner_news format) with the rules and with the model trained here: the score new
// passages get before they join the studied ones, and a larger check than 41-60 for
// choosing between versions while they are still unseen.
// With --first-sight-errors, writes the tagger's errors on those passages the same way.
// With --skip-cv, the cross-validated lines are left out: one model is trained, not
// eleven (about 15 s instead of 2 min), for comparing versions on --first-sight
// passages.
// With --studied-errors, writes the tagger's cross-validated errors on the studied
// passages (never those of 21-60) to a file, one a line, for error analysis; those
// without the guards go to the same name with ".no-guards" added.
// With --out, writes that last model: src/extract/models/name_tagger.model is the one
// sitrep builds in.
#include <fstream>
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

// One error a line: miss or false, file, type, text, what overlaps it.
void WriteErrors(const std::string& path, const NewsEval& e) {
  std::ofstream f(path);
  for (const auto* errors : {&e.misses, &e.false_positives}) {
    const char* kind = errors == &e.misses ? "miss" : "false";
    for (const auto& x : *errors) {
      f << kind << '\t' << x.file << '\t' << x.span.type << '\t' << x.text << '\t'
        << x.overlapping << '\n';
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the name tagger and measure it"};
  std::string wikigold_path, news_dir, out, seeds_gold, seeds_dir, studied_errors, first_sight,
      first_sight_errors;
  int folds = 5;
  bool final_scores = false;
  bool skip_cv = false;
  TrainingOptions options;
  app.add_option("--wikigold", wikigold_path, "wikigold.conll.txt")->required();
  app.add_option("--news-dir", news_dir, "folder of annotated news passages (gold.tsv)")
      ->required();
  app.add_option("--out", out, "write the model trained on everything here");
  app.add_option("--folds", folds, "cross-validation folds")->check(CLI::Range(2, 50));
  app.add_option("--epochs", options.epochs, "passes over the training data")
      ->check(CLI::Range(1, 100));
  app.add_option("--models", options.models, "models averaged, each from its own order")
      ->check(CLI::Range(1, 50));
  app.add_option("--seed", options.seed, "order of the texts in each epoch");
  app.add_option("--min-weight", options.min_weight,
                 "leave out features whose averaged weights all stay below this");
  app.add_option("--seeds-gold", seeds_gold,
                 "also score these real reports (src/extract/testdata/seed_entities.tsv)");
  app.add_option("--seeds-dir", seeds_dir, "the reports' folder (corpus/seeds)");
  app.add_option("--studied-errors", studied_errors,
                 "write the tagger's cross-validated errors on the studied passages here");
  app.add_flag("--final", final_scores,
               "also score passages 21-40: the figure to report, never to choose by");
  app.add_option("--first-sight", first_sight,
                 "also score new passages in this folder, not trained on");
  app.add_option("--first-sight-errors", first_sight_errors,
                 "write the tagger's errors on the --first-sight passages here");
  app.add_flag("--skip-cv", skip_cv,
               "no cross-validation: one model, not eleven (to compare versions on "
               "--first-sight passages)");
  CLI11_PARSE(app, argc, argv);

  const NewsGold wikigold = sitrep::extract::LoadWikigoldAsNews(wikigold_path);
  const NewsGold news = sitrep::extract::LoadNewsGold(news_dir + "/gold.tsv", news_dir);
  // The real reports the rules were written beside: a check that a version keeps what
  // they find there, not a measure for new text.
  const NewsGold seeds = seeds_gold.empty() ? NewsGold()
                                            : sitrep::extract::LoadNewsGold(seeds_gold, seeds_dir);
  for (const NewsGold* g : {&wikigold, &news, &seeds}) {
    if (!g->error.empty()) {
      std::cerr << "sitrep-train-ner: " << g->error << "\n";
      return 1;
    }
  }
  const NewsGold fresh = first_sight.empty()
                             ? NewsGold()
                             : sitrep::extract::LoadNewsGold(first_sight + "/gold.tsv",
                                                             first_sight);
  if (!fresh.error.empty()) {
    std::cerr << "sitrep-train-ner: " << fresh.error << "\n";
    return 1;
  }
  const NewsSplit split = SplitNewsPassages(news);
  const std::vector<TrainingText> wiki_texts = TrainingTextsOf(wikigold);
  const std::vector<TrainingText> studied_texts = TrainingTextsOf(split.studied);
  std::vector<TrainingText> everything = wiki_texts;
  everything.insert(everything.end(), studied_texts.begin(), studied_texts.end());
  const NameTaggerModel none;
  const NameTaggerModel model = TrainNameTagger(everything, options);
  const auto evaluate = [&](const NewsGold& gold, const NameTaggerModel& m, bool guards) {
    return sitrep::extract::EvaluateNews(gold, RecogniserWith(m, guards));
  };

  Print("rules, wikigold", evaluate(wikigold, none, true));
  Print("rules, news 01-20, 61 on (studied)", evaluate(split.studied, none, true));
  if (!split.validation.documents.empty()) {
    Print("rules, news 41-60 (validation)", evaluate(split.validation, none, true));
  }
  if (!seeds.documents.empty()) Print("rules, seeds", evaluate(seeds, none, true));
  if (!fresh.documents.empty()) Print("rules, first sight", evaluate(fresh, none, true));
  if (final_scores) Print("rules, news 21-40 (unseen)", evaluate(split.unseen, none, true));
  CrossValidation wiki_cv, news_cv;
  if (!skip_cv) {
    wiki_cv = CrossValidate(wikigold, studied_texts, folds, options);
    news_cv = CrossValidate(split.studied, wiki_texts, folds, options);
  }
  for (const bool guards : {true, false}) {
    const std::string name = guards ? "tagger" : "tagger, no guards";
    if (!skip_cv) {
      Print(fmt::format("{}, wikigold, {}-fold", name, folds),
            guards ? wiki_cv.guarded : wiki_cv.unguarded);
      const NewsEval& studied = guards ? news_cv.guarded : news_cv.unguarded;
      Print(fmt::format("{}, news 01-20, 61 on, {}-fold", name, folds), studied);
      if (!studied_errors.empty()) {
        WriteErrors(guards ? studied_errors : studied_errors + ".no-guards", studied);
      }
    }
    if (!split.validation.documents.empty()) {
      Print(name + ", news 41-60 (validation)", evaluate(split.validation, model, guards));
    }
    if (!seeds.documents.empty()) Print(name + ", seeds", evaluate(seeds, model, guards));
    if (!fresh.documents.empty()) {
      const NewsEval e = evaluate(fresh, model, guards);
      Print(name + ", first sight", e);
      if (!first_sight_errors.empty()) {
        WriteErrors(guards ? first_sight_errors : first_sight_errors + ".no-guards", e);
      }
    }
    if (final_scores) Print(name + ", news 21-40 (unseen)", evaluate(split.unseen, model, guards));
  }
  fmt::print("model: {} features\n", model.features());
  if (!out.empty()) {
    std::ofstream f(out, std::ios::binary);
    const std::string bytes = model.Serialize();
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      std::cerr << "sitrep-train-ner: cannot write " << out << "\n";
      return 1;
    }
    fmt::print("wrote {} ({} bytes)\n", out, bytes.size());
  }
  return 0;
}
