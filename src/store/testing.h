// Helpers shared by the store's tests: a scratch directory and hand-made articles.
#pragma once

#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "sitrep/article.h"

namespace sitrep::store::testing {

// A fresh directory under the system's temporary directory, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sitrep-store-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// An article with the given id (16 hex digits, as ComputeArticleId makes them).
inline Article MakeArticle(const std::string& id, const std::string& title,
                           const std::string& text, const std::string& published = "",
                           const std::string& source = "") {
  Article a;
  a.id = id;
  a.origin = "test.txt";
  a.format = "text";
  a.title = title;
  a.text = text;
  a.published = published;
  a.source = source;
  a.language = "en";
  a.language_confidence = 0.9;
  return a;
}

// The n-th of a family of ids: "<family 8 hex><n 8 hex>".
inline std::string TestId(uint32_t family, uint32_t n) {
  return fmt::format("{:08x}{:08x}", family, n);
}

}  // namespace sitrep::store::testing
