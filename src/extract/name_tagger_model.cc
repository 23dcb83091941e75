// The name-tagger model built into the binary (name_tagger_model_data.S embeds
// models/name_tagger.model). Retrain with `sitrep-train-ner --out`; the test
// NameTaggerTest.BuiltInModelIsWhatTrainingGives fails when the file is stale.
#include <cstdio>
#include <cstdlib>

#include "extract/name_tagger.h"

extern "C" const char sitrep_name_tagger_model_begin[];
extern "C" const char sitrep_name_tagger_model_end[];

namespace sitrep::extract::internal {

std::string_view BuiltInNameTaggerBytes() {
  return std::string_view(sitrep_name_tagger_model_begin,
                          static_cast<size_t>(sitrep_name_tagger_model_end -
                                              sitrep_name_tagger_model_begin));
}

const NameTaggerModel& BuiltInNameTagger() {
  static const NameTaggerModel* const model = [] {
    auto* m = new NameTaggerModel();
    std::string error;
    if (!NameTaggerModel::Parse(BuiltInNameTaggerBytes(), m, &error)) {
      // The bytes are part of the binary: a bad model is a build defect, not bad input.
      std::fprintf(stderr, "sitrep: built-in name-tagger model: %s\n", error.c_str());
      std::abort();
    }
    return m;
  }();
  return *model;
}

}  // namespace sitrep::extract::internal
