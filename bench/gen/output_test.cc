#include "bench/gen/output.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace sitrep::gen {
namespace {

namespace fs = std::filesystem;

class Collector : public ArticleSink {
 public:
  void Accept(const GeneratedArticle& a) override { articles.push_back(a); }
  std::vector<GeneratedArticle> articles;
};

// A fresh directory under the system's temporary directory, removed afterwards.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("sitrep-gen-test-" + std::to_string(::getpid()) + "-" + std::to_string(next_++));
    fs::remove_all(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  static inline int next_ = 0;
  fs::path path_;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const Source& SourceWith(HeaderStyle header) {
  for (const Source& s : Sources()) {
    if (s.header == header) return s;
  }
  return Sources()[0];
}

GeneratedArticle Sample(const Source& source, bool dated) {
  GeneratedArticle a;
  a.index = 7;
  a.id = "000007";
  a.source = &source;
  a.dated = dated;
  a.published = dated ? "2024-03-14T09:12" : "";
  a.title = "Title with \"quotes\" and \u201ccurly\u201d ones";
  a.url = "https://example.org/x";
  a.body.text = "First paragraph.\n\nSecond \"one\".";
  return a;
}

TEST(OutputTest, TextFileLayouts) {
  const GeneratedArticle headline = Sample(SourceWith(HeaderStyle::kHeadline), true);
  EXPECT_EQ(TextFile(headline), headline.title + "\n\n" + headline.body.text + "\n");
  EXPECT_TRUE(TextFileHasTitle(headline));

  const GeneratedArticle none = Sample(SourceWith(HeaderStyle::kNone), true);
  EXPECT_EQ(TextFile(none), none.body.text + "\n");
  EXPECT_FALSE(TextFileHasTitle(none));

  const Source& fields = Sources()[0];  // title, source, date
  ASSERT_EQ(fields.header, HeaderStyle::kFields);
  EXPECT_EQ(TextFile(Sample(fields, true)),
            "title: " + Sample(fields, true).title + "\nsource: " + fields.name +
                "\ndate: 2024-03-14T09:12\n\n" + Sample(fields, true).body.text + "\n");
  // Undated: the date line is left out, nothing else changes.
  EXPECT_EQ(TextFile(Sample(fields, false)).find("date:"), std::string::npos);
}

TEST(OutputTest, JsonRecordsParseWithTheirFields) {
  const GeneratedArticle a = Sample(Sources()[0], true);
  std::string line;
  AppendJsonlRecord(a, line);
  const nlohmann::json j = nlohmann::json::parse(line);
  EXPECT_EQ(j["id"], "000007");
  EXPECT_EQ(j["title"], a.title);
  EXPECT_EQ(j["text"], a.body.text);
  EXPECT_EQ(j["published"], "2024-03-14T09:12");
  EXPECT_EQ(j["source"], a.source->name);

  std::string undated;
  AppendJsonlRecord(Sample(Sources()[0], false), undated);
  EXPECT_FALSE(nlohmann::json::parse(undated).contains("published"));
}

TEST(OutputTest, StringsAreEscapedExactlyAsNlohmannDoes) {
  const std::vector<std::string> texts = {
      "",
      "plain ASCII only, longer than eight bytes",
      "tab\there, newline\n\nand \"quotes\" and a back\\slash",
      "\u201ccurly\u201d \u00abguillemets\u00bb Krak\u00f3w \u20ac1.2bn",
      std::string("control \x01\x1f and DEL \x7f end"),
      std::string(100, 'a') + "\n" + std::string(13, 'b') + "\u00e9",
  };
  for (const std::string& text : texts) {
    GeneratedArticle a = Sample(Sources()[0], false);
    a.body.text = text;
    std::string line;
    AppendJsonlRecord(a, line);
    EXPECT_NE(line.find("\"text\":" + nlohmann::json(text).dump() + ","), std::string::npos)
        << line;
    EXPECT_EQ(nlohmann::json::parse(line)["text"], text);
  }
}

TEST(OutputTest, TruthRecordSchema) {
  GeneratorOptions o;
  o.articles = 200;
  o.seed = 2;
  Generator g(o);
  Collector c;
  g.Run(c);
  for (const GeneratedArticle& a : c.articles) {
    std::string line;
    AppendTruthRecord(a, g.world(), Format::kText, g.id_width(), line);
    const nlohmann::json j = nlohmann::json::parse(line);
    for (const char* key : {"id", "file", "source", "published", "storyline", "event", "copy_of",
                            "copy_kind", "shares_quotes_with", "title", "dateline", "quotes",
                            "figures", "times", "boilerplate"}) {
      EXPECT_TRUE(j.contains(key)) << key;
    }
    EXPECT_EQ(j["file"], "articles/" + a.id + ".txt");
    for (const auto& q : j["quotes"]) {
      for (const char* key : {"speaker", "text", "cue", "direct"}) EXPECT_TRUE(q.contains(key));
    }
    for (const auto& f : j["figures"]) {
      for (const char* key : {"text", "value", "qualifier", "unit", "counted", "owner",
                              "claim_group"}) {
        EXPECT_TRUE(f.contains(key)) << key;
      }
    }
    if (a.copy_of >= 0) {
      EXPECT_FALSE(j["copy_kind"].is_null());
    }
    std::string jsonl_truth;
    AppendTruthRecord(a, g.world(), Format::kJsonl, g.id_width(), jsonl_truth);
    EXPECT_FALSE(nlohmann::json::parse(jsonl_truth).contains("file"));
  }
}

TEST(OutputTest, WritesATextCorpus) {
  TempDir dir;
  GeneratorOptions o;
  o.articles = 60;
  o.seed = 4;
  Generator g(o);
  CorpusWriter w(dir.path().string(), Format::kText, g, false);
  g.Run(w);
  w.Finish();
  EXPECT_EQ(w.articles(), 60);
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "articles")) {
    ++files;
    EXPECT_EQ(e.path().extension(), ".txt");
  }
  EXPECT_EQ(files, 60);
  EXPECT_TRUE(fs::exists(dir.path() / "articles" / "000059.txt"));
  const std::vector<std::string> truth = Lines(Slurp(dir.path() / "truth.jsonl"));
  ASSERT_EQ(truth.size(), 60u);
  for (const std::string& line : truth) {
    const nlohmann::json j = nlohmann::json::parse(line);
    const std::string text = Slurp(dir.path() / j["file"].get<std::string>());
    for (const auto& q : j["quotes"]) {
      if (q.contains("parts")) continue;
      EXPECT_NE(text.find(q["text"].get<std::string>()), std::string::npos);
    }
  }
  const nlohmann::json storylines =
      nlohmann::json::parse(Slurp(dir.path() / "truth-storylines.json"));
  EXPECT_EQ(storylines["generator"]["articles"], 60);
  ASSERT_EQ(storylines["storylines"].size(), 3u);
  std::set<std::string> statuses;
  for (const auto& s : storylines["storylines"]) {
    EXPECT_FALSE(s["events"].empty());
    for (const auto& g : s["claim_groups"]) {
      statuses.insert(g["status"].get<std::string>());
      for (const auto& m : g["members"]) {
        EXPECT_TRUE(fs::exists(dir.path() / "articles" /
                               (m["article"].get<std::string>() + ".txt")));
      }
    }
  }
  EXPECT_FALSE(statuses.empty());

  // A second run into the same directory needs --force, and replaces the corpus.
  EXPECT_THROW(CorpusWriter(dir.path().string(), Format::kJsonl, g, false), std::runtime_error);
  Generator again(o);
  CorpusWriter replace(dir.path().string(), Format::kJsonl, again, true);
  again.Run(replace);
  replace.Finish();
  EXPECT_FALSE(fs::exists(dir.path() / "articles"));
  EXPECT_EQ(Lines(Slurp(dir.path() / "articles.jsonl")).size(), 60u);
}

TEST(OutputTest, JsonlAndTextCarryTheSameArticles) {
  TempDir text_dir;
  TempDir jsonl_dir;
  GeneratorOptions o;
  o.articles = 40;
  o.seed = 9;
  Generator a(o);
  CorpusWriter wa(text_dir.path().string(), Format::kText, a, false);
  a.Run(wa);
  wa.Finish();
  Generator b(o);
  CorpusWriter wb(jsonl_dir.path().string(), Format::kJsonl, b, false);
  b.Run(wb);
  wb.Finish();
  const std::vector<std::string> records = Lines(Slurp(jsonl_dir.path() / "articles.jsonl"));
  ASSERT_EQ(records.size(), 40u);
  for (const std::string& line : records) {
    const nlohmann::json j = nlohmann::json::parse(line);
    const std::string file =
        Slurp(text_dir.path() / "articles" / (j["id"].get<std::string>() + ".txt"));
    const std::string text = j["text"].get<std::string>();
    ASSERT_GE(file.size(), text.size() + 1);
    EXPECT_EQ(file.substr(file.size() - text.size() - 1), text + "\n");
  }
}

}  // namespace
}  // namespace sitrep::gen
