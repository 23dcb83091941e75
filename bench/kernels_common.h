// Sample inputs for the kernel benchmarks: the five seed reports, repeated.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sitrep::bench {

inline std::vector<std::string> SeedTexts() {
  std::vector<std::string> texts;
  const std::filesystem::path dir = std::filesystem::path(SITREP_SHARED_DIR) / "corpus/seeds";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(s.str());
  }
  return texts;
}

inline int64_t TotalBytes(const std::vector<std::string>& texts) {
  int64_t n = 0;
  for (const auto& t : texts) n += static_cast<int64_t>(t.size());
  return n;
}

}  // namespace sitrep::bench
