// The five seed reports (real wire stories on the 2022 Ukraine crisis, some from the
// same press briefings and sharing quotes) are independent: none copies another.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/copies.h"

namespace sitrep::link {
namespace {

// The text of a seed file, without the "date YYYY-MM-DD" header some carry.
std::string ReadSeed(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  const size_t start = text.find_first_not_of(" \t\r\n");
  if (start != std::string::npos && text.compare(start, 5, "date ") == 0) {
    size_t end = text.find_first_of(" \t\r\n", start + 5);
    text.erase(0, end == std::string::npos ? text.size() : end);
  }
  return text;
}

TEST(CopiesSeeds, NoSeedCopiesAnother) {
  const std::filesystem::path dir = std::filesystem::path(SITREP_SHARED_DIR) / "corpus/seeds";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 5u);
  CopyDetector detector;
  for (const auto& f : files) {
    const std::string text = ReadSeed(f);
    ASSERT_GT(text.size(), 1000u) << f;
    const CopySignature sig = ComputeCopySignature(text);
    EXPECT_GT(sig.sentences.size(), 5u) << f;
    const CopyMatch m = detector.Add(f.filename().string(), sig, "");
    EXPECT_EQ(m.kind, CopyKind::kNone) << f << " linked to " << m.original_id << " score "
                                       << m.score << " reused " << m.reused_share;
  }
  // Each seed is an exact copy of itself.
  for (const auto& f : files) {
    const CopyMatch m = detector.Add("again", ReadSeed(f), "");
    EXPECT_EQ(m.kind, CopyKind::kExact) << f;
    EXPECT_EQ(m.original_id, f.filename().string());
  }
}

}  // namespace
}  // namespace sitrep::link
