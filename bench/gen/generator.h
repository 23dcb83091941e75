// Generator: schedules and writes the whole corpus, one article at a time, in
// publication order, and hands each finished article with its ground truth to a sink.
//
// Memory stays flat as the corpus grows: only the originals of developments still
// being reported are kept (copies and shared quotes need them), and storyline state is
// dropped when a storyline's last article is out. What grows is the ground truth that
// must be written at the end (claim group members).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bench/gen/copier.h"
#include "bench/gen/draft.h"
#include "bench/gen/sources.h"
#include "bench/gen/world.h"

namespace sitrep::gen {

struct GeneratorOptions {
  int64_t articles = 400;
  int storylines = 0;           // 0: max(3, articles / 2000)
  uint64_t seed = 1;
  double copy_share = 0.25;     // share of articles that are copies of an earlier one
  double undated_share = 0.2;   // share of articles with no date anywhere
  double shared_vocab = 0.0;    // storylines sharing countries and officials
  double burst = 0.0;           // share of one-off articles, arriving in bursts
  double shared_quote_share = 0.12;  // originals repeating an earlier article's quotes
};

struct GeneratedArticle {
  uint32_t index = 0;
  std::string id;               // "000123": file name stem and JSON Lines id
  const Source* source = nullptr;
  bool dated = false;
  std::string published;        // ISO 8601 date or date-time; empty when undated
  Day published_day = 0;        // the true day, known even when the article is undated
  std::string title;
  std::string url;
  std::string section;          // empty when the record carries none
  std::vector<std::string> tags;
  Rendered body;
  std::string dateline;         // as printed; empty when none
  std::string dateline_place;
  std::string dateline_date;    // ISO date or date-time; empty when the dateline has none
  std::string storyline;        // "S004"; empty for one-offs
  std::string event;            // "S004-E03"; empty for one-offs
  int64_t copy_of = -1;         // index of the original, -1 for originals
  CopyKind copy_kind = CopyKind::kExact;
  double spun_share = 0;        // spun copies: share of content words replaced
  std::vector<uint32_t> shares_quotes_with;  // earlier non-copy articles, ascending
};

class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  virtual void Accept(const GeneratedArticle& article) = 0;
};

class Generator {
 public:
  explicit Generator(const GeneratorOptions& options);
  ~Generator();
  Generator(const Generator&) = delete;
  Generator& operator=(const Generator&) = delete;

  // Writes every article to `sink`, in order. Call once.
  void Run(ArticleSink& sink);

  // The world, with claim group members filled in by Run().
  const World& world() const;
  const GeneratorOptions& options() const;
  int id_width() const;  // digits in article ids

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The article id for an index: zero-padded decimal, at least six digits.
std::string ArticleId(uint32_t index, int width);

}  // namespace sitrep::gen
