// Scores furniture removal in a store against the generated corpus it was ingested from
// (sitrep-gen writes each article's boilerplate lines into truth.jsonl): how many of
// those lines are gone from the stored texts, and how many paragraphs of news were
// lost with them.
//
//   sitrep-eval-furniture --db STORE --corpus CORPUS     (CORPUS/articles/*.txt, truth.jsonl)
//
// A boilerplate line counts as removed when no paragraph of the stored text equals it.
// A paragraph of news counts as kept when the stored text contains it (its last 60
// bytes, as a dateline may be cut from the first one). Lines are counted per source too,
// since the learner removes a source's lines only after it has seen a few of its
// articles.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sitrep/store.h"

namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(begin, end - begin);
    while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) p.pop_back();
    if (!p.empty()) out.push_back(p);
    begin = end + 2;
  }
  return out;
}

double Ratio(int64_t a, int64_t b) { return b > 0 ? static_cast<double>(a) / static_cast<double>(b) : 1.0; }

}  // namespace

int main(int argc, char** argv) {
  std::string db, corpus;
  CLI::App app{"Score furniture removal in a store against a generated corpus's truth."};
  app.add_option("--db", db, "Store the corpus was ingested into")->required()->check(CLI::ExistingFile);
  app.add_option("--corpus", corpus, "Directory written by sitrep-gen (text format)")->required()->check(CLI::ExistingDirectory);
  CLI11_PARSE(app, argc, argv);

  std::map<std::string, std::vector<std::string>> boilerplate;  // generator id -> lines
  std::ifstream truth(std::filesystem::path(corpus) / "truth.jsonl");
  for (std::string line; std::getline(truth, line);) {
    if (line.empty()) continue;
    const auto t = nlohmann::json::parse(line);
    auto& lines = boilerplate[t["id"].get<std::string>()];
    for (const auto& b : t["boilerplate"]) lines.push_back(b.get<std::string>());
  }

  std::unique_ptr<sitrep::store::Store> store;
  sitrep::Status s = sitrep::store::Store::Open(db, &store);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-furniture: {}\n", s.message());
    return 1;
  }
  sitrep::store::ListOptions all;
  all.with_text = true;
  std::vector<sitrep::store::StoredArticle> articles;
  s = store->ListArticles(all, &articles);
  if (!s.ok()) {
    fmt::print(stderr, "sitrep-eval-furniture: {}\n", s.message());
    return 1;
  }
  int64_t lines = 0, removed = 0, news = 0, kept = 0, scored = 0;
  for (const auto& stored : articles) {
    const std::string id = std::filesystem::path(stored.article.origin).stem().string();
    const auto known = boilerplate.find(id);
    const std::filesystem::path file = std::filesystem::path(corpus) / "articles" / (id + ".txt");
    if (known == boilerplate.end() || !std::filesystem::exists(file)) continue;
    ++scored;
    const std::vector<std::string> have = Paragraphs(stored.article.text);
    const std::set<std::string> have_set(have.begin(), have.end());
    const std::set<std::string> furniture(known->second.begin(), known->second.end());
    for (const std::string& line : known->second) {
      ++lines;
      removed += have_set.count(line) == 0;
    }
    // The body: what follows the header block of "key: value" lines.
    const std::string raw = ReadFile(file);
    const size_t body = raw.find("\n\n");
    for (const std::string& p : Paragraphs(body == std::string::npos ? raw : raw.substr(body + 2))) {
      if (furniture.count(p) || p == stored.article.title) continue;
      ++news;
      const std::string tail = p.size() > 60 ? p.substr(p.size() - 60) : p;
      kept += stored.article.text.find(tail) != std::string::npos;
    }
  }
  fmt::print("{} articles scored\n", scored);
  fmt::print("boilerplate lines removed: {} of {} ({:.3f})\n", removed, lines, Ratio(removed, lines));
  fmt::print("news paragraphs kept:      {} of {} ({:.4f})\n", kept, news, Ratio(kept, news));
  return 0;
}
