// Output: the corpus on disk (text files or JSON Lines) and its ground truth
// (truth.jsonl, truth-storylines.json). The layout is described in README.md.
#pragma once

#include <cstdio>
#include <string>

#include "bench/gen/generator.h"

namespace sitrep::gen {

enum class Format { kText, kJsonl };

// The content of DIR/articles/<id>.txt: the outlet's header (title/source/url/date
// lines, or a headline line, or nothing), a blank line, the text.
std::string TextFile(const GeneratedArticle& article);

// Whether the text file of an article carries its title (header or headline).
bool TextFileHasTitle(const GeneratedArticle& article);

// Appends one line of DIR/articles.jsonl (without the newline) to `out`.
void AppendJsonlRecord(const GeneratedArticle& article, std::string& out);

// Appends one line of DIR/truth.jsonl (without the newline) to `out`.
void AppendTruthRecord(const GeneratedArticle& article, const World& world, Format format,
                       int id_width, std::string& out);

// Appends one storyline's entry of truth-storylines.json to `out`.
void AppendStorylineTruth(const World& world, size_t storyline, int id_width,
                          std::string& out);

// Streams a corpus into a directory: pass it to Generator::Run, then call Finish.
class CorpusWriter final : public ArticleSink {
 public:
  // Creates `dir` (and dir/articles for text). Throws std::runtime_error when a file
  // cannot be created, or when `dir` already holds a corpus and `overwrite` is false.
  CorpusWriter(const std::string& dir, Format format, const Generator& generator,
               bool overwrite);
  ~CorpusWriter() override;
  CorpusWriter(const CorpusWriter&) = delete;
  CorpusWriter& operator=(const CorpusWriter&) = delete;

  void Accept(const GeneratedArticle& article) override;

  // Writes truth-storylines.json and closes every file. Throws std::runtime_error on a
  // write error.
  void Finish();

  int64_t articles() const { return articles_; }
  int64_t copies() const { return copies_; }
  int64_t undated() const { return undated_; }
  int64_t bytes() const { return bytes_; }

 private:
  void Write(std::FILE* file, const std::string& data);

  const Generator& generator_;
  std::string dir_;
  Format format_;
  std::FILE* articles_file_ = nullptr;
  std::FILE* truth_file_ = nullptr;
  std::string line_;
  int64_t articles_ = 0;
  int64_t copies_ = 0;
  int64_t undated_ = 0;
  int64_t bytes_ = 0;
};

}  // namespace sitrep::gen
