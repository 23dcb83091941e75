// A digest of every fact AnalyseArticle finds in the seed reports and in a few thousand
// generated articles. Changes meant to leave the output alone (speed work) compare the
// printed digest before and after; SITREP_FACTS_DUMP=<file> writes the facts out as text
// to show where two runs differ. The test itself checks what must hold whatever the
// extractors find: the same facts on every run, and on two threads as on one.
#include <gtest/gtest.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <xxhash.h>

#include "extract/generated_articles.h"
#include "sitrep/analysis.h"

namespace sitrep::extract {
namespace {

// Writes facts as text lines and hashes the lines (XXH3, 64 bits, streamed).
class FactWriter {
 public:
  explicit FactWriter(std::FILE* dump) : dump_(dump), state_(XXH3_createState()) {
    XXH3_64bits_reset(state_);
  }
  ~FactWriter() { XXH3_freeState(state_); }
  FactWriter(const FactWriter&) = delete;
  FactWriter& operator=(const FactWriter&) = delete;

  void Line(const std::string& s) {
    XXH3_64bits_update(state_, s.data(), s.size());
    XXH3_64bits_update(state_, "\n", 1);
    if (dump_ != nullptr) std::fprintf(dump_, "%s\n", s.c_str());
  }

  uint64_t hash() const { return XXH3_64bits_digest(state_); }

 private:
  std::FILE* dump_;
  XXH3_state_t* state_;
};

std::string Num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void WriteFigure(const Figure& f, const std::string& indent, FactWriter* w) {
  w->Line(indent + "figure " + std::to_string(f.begin) + "-" + std::to_string(f.end) + " " +
          Num(f.value) + ".." + Num(f.value_high) + " q=" + f.qualifier + " u=" + f.unit +
          " c=" + f.counted + " m=" + f.modifier + " e=" + f.event +
          " approx=" + std::to_string(f.approximate) + " owner=" + std::to_string(f.owner_entity));
  for (const Figure& e : f.equivalents) WriteFigure(e, indent + "  ", w);
}

void WriteFacts(const std::string& name, const ArticleFacts& f, FactWriter* w) {
  w->Line("article " + name + " analysed=" + std::to_string(f.analysed) + " " + f.skipped);
  for (const Entity& e : f.entities.entities) {
    std::string line = "entity " + std::to_string(e.id) + " " + e.type + " " + e.name +
                       " key=" + e.key + " g=" + std::to_string(static_cast<int>(e.gender)) +
                       " mentions=";
    for (int m : e.mentions) line += std::to_string(m) + ",";
    line += " roles=";
    for (const std::string& r : e.roles) line += r + "|";
    w->Line(line);
  }
  for (const Mention& m : f.entities.mentions) {
    w->Line("mention " + std::to_string(m.begin) + "-" + std::to_string(m.end) + " e=" +
            std::to_string(m.entity) + " k=" + std::to_string(static_cast<int>(m.kind)) +
            " role=" + m.role);
  }
  for (const Quote& q : f.quotes) {
    w->Line("quote " + std::to_string(q.begin) + "-" + std::to_string(q.end) + " cue " +
            std::to_string(q.cue_begin) + "-" + std::to_string(q.cue_end) + " " + q.cue +
            " s=" + std::to_string(q.speaker_entity) + " " + q.speaker_name +
            " direct=" + std::to_string(q.direct));
  }
  for (const Figure& fig : f.figures) WriteFigure(fig, "", w);
  for (const TimeExpr& t : f.times) {
    w->Line("time " + std::to_string(t.begin) + "-" + std::to_string(t.end) + " " + t.kind +
            " v=" + t.value + " r=" + t.range_begin + "/" + t.range_end + " mod=" + t.mod +
            " rel=" + std::to_string(t.relative) + " res=" + std::to_string(t.resolved) +
            " a=" + t.anchor_text);
  }
}

std::vector<Article> SeedArticles() {
  const std::filesystem::path dir = std::filesystem::path(SITREP_SHARED_DIR) / "corpus/seeds";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Article> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    Article a;
    a.id = f.filename().string();
    a.published = "2022-02-10";
    a.text = s.str();
    out.push_back(std::move(a));
  }
  return out;
}

uint64_t Digest(const std::vector<Article>& articles, const std::vector<ArticleFacts>& facts,
                std::FILE* dump) {
  FactWriter w(dump);
  for (size_t i = 0; i < articles.size(); ++i) WriteFacts(articles[i].id, facts[i], &w);
  return w.hash();
}

std::vector<ArticleFacts> AnalyseAll(const std::vector<Article>& articles, int threads) {
  std::vector<ArticleFacts> facts(articles.size());
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = static_cast<size_t>(t); i < articles.size(); i += threads) {
        facts[i] = AnalyseArticle(articles[i]);
      }
    });
  }
  for (std::thread& t : pool) t.join();
  return facts;
}

TEST(AnalyseDigest, SameFactsOnEveryRunAndThread) {
  std::vector<Article> articles = SeedArticles();
  ASSERT_EQ(articles.size(), 5u);
  const size_t seeds = articles.size();
  for (Article& a : GeneratedArticles(3000, 7)) articles.push_back(std::move(a));
  const char* dump_path = std::getenv("SITREP_FACTS_DUMP");
  std::FILE* dump = dump_path != nullptr ? std::fopen(dump_path, "w") : nullptr;
  const std::vector<ArticleFacts> facts = AnalyseAll(articles, 1);
  const std::vector<Article> seed_articles(articles.begin(), articles.begin() + seeds);
  const std::vector<ArticleFacts> seed_facts(facts.begin(), facts.begin() + seeds);
  const uint64_t seed_digest = Digest(seed_articles, seed_facts, nullptr);
  const uint64_t digest = Digest(articles, facts, dump);
  if (dump != nullptr) std::fclose(dump);
  size_t entities = 0, quotes = 0, figures = 0, times = 0;
  for (const ArticleFacts& f : facts) {
    entities += f.entities.entities.size();
    quotes += f.quotes.size();
    figures += f.figures.size();
    times += f.times.size();
  }
  std::printf("articles %zu: entities %zu quotes %zu figures %zu times %zu\n",
              articles.size(), entities, quotes, figures, times);
  std::printf("digest seeds %016" PRIx64 " all %016" PRIx64 "\n", seed_digest, digest);
  EXPECT_GT(quotes, 0u);
  EXPECT_GT(figures, 0u);
  EXPECT_GT(times, 0u);
  EXPECT_EQ(Digest(articles, AnalyseAll(articles, 1), nullptr), digest);
  EXPECT_EQ(Digest(articles, AnalyseAll(articles, 2), nullptr), digest);
}

}  // namespace
}  // namespace sitrep::extract
