// Articles from the synthetic corpus generator (bench/gen), as the analyse stage sees
// them: a fixed seed gives the same articles on any machine, so tests and benchmarks can
// compare runs. Header only, so that the extract library itself does not depend on the
// generator; the targets that include it link sitrep_gen.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "bench/gen/generator.h"
#include "sitrep/article.h"

namespace sitrep::extract {

inline std::vector<Article> GeneratedArticles(int64_t count, uint64_t seed) {
  class Collector : public gen::ArticleSink {
   public:
    void Accept(const gen::GeneratedArticle& g) override {
      Article a;
      a.id = g.id;
      a.title = g.title;
      a.published = g.published;
      a.language = "en";
      a.text = g.body.text;
      articles.push_back(std::move(a));
    }
    std::vector<Article> articles;
  };
  gen::GeneratorOptions options;
  options.articles = count;
  options.seed = seed;
  gen::Generator generator(options);
  Collector collector;
  generator.Run(collector);
  return std::move(collector.articles);
}

}  // namespace sitrep::extract
