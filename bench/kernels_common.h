// Sample inputs for the kernel benchmarks: the five seed reports, repeated.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sitrep::bench {

// The contents of the files in `dir` whose names end in `extension` (every file when it
// is empty), in name order.
inline std::vector<std::string> ReadFiles(const std::filesystem::path& dir, const std::string& extension = "") {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (extension.empty() || e.path().extension() == extension) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(s.str());
  }
  return texts;
}

inline std::vector<std::string> SeedTexts() {
  return ReadFiles(std::filesystem::path(SITREP_SHARED_DIR) / "corpus/seeds");
}

inline int64_t TotalBytes(const std::vector<std::string>& texts) {
  int64_t n = 0;
  for (const auto& t : texts) n += static_cast<int64_t>(t.size());
  return n;
}

}  // namespace sitrep::bench
