#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sitrep/ingest.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

class WalkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "sitrep_walker_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override {
    std::error_code ec;
    // Restore permissions so that removal works.
    for (const auto& p : fs::recursive_directory_iterator(root_, fs::directory_options::skip_permission_denied, ec)) {
      fs::permissions(p.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(root_, ec);
  }

  std::string Write(const std::string& rel, const std::string& bytes) {
    const fs::path p = fs::path(root_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    return p.string();
  }

  std::string WriteGzip(const std::string& rel, const std::string& bytes) {
    const fs::path p = fs::path(root_) / rel;
    fs::create_directories(p.parent_path());
    gzFile gz = gzopen(p.string().c_str(), "wb");
    EXPECT_NE(gz, nullptr);
    EXPECT_EQ(gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size())), static_cast<int>(bytes.size()));
    gzclose(gz);
    return p.string();
  }

  std::string Path(const std::string& rel) const { return (fs::path(root_) / rel).string(); }

  std::string root_;
};

// Everything a walk yields, flattened for comparison.
struct Seen {
  bool is_error;
  std::string origin;
  std::string detail;  // record bytes or error reason
  int64_t file_index;
  bool last_of_file;
  bool whole_file;
};

std::vector<Seen> Walk(InputWalker& walker) {
  std::vector<Seen> out;
  Record r;
  InputError e;
  for (;;) {
    const auto item = walker.Next(&r, &e);
    if (item == InputWalker::Item::kEnd) break;
    if (item == InputWalker::Item::kRecord) {
      out.push_back({false, r.origin, r.bytes, r.file_index, r.last_of_file, false});
    } else {
      out.push_back({true, e.origin, e.reason, e.file_index, e.last_of_file, e.whole_file});
    }
  }
  return out;
}

std::vector<Seen> Walk(std::vector<std::string> paths, WalkOptions options = {}) {
  InputWalker walker(std::move(paths), std::move(options));
  return Walk(walker);
}

TEST_F(WalkerTest, FoldersInNameOrderHiddenEntriesSkipped) {
  Write("b.txt", "Beta\n\nBody b.");
  Write("a.txt", "Alpha\n\nBody a.");
  Write("sub/c.txt", "Gamma\n\nBody c.");
  Write(".hidden.txt", "hidden");
  Write(".git/d.txt", "hidden too");
  Write("z.jsonl", "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n");
  InputWalker walker({root_}, {});
  const auto seen = Walk(walker);
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0].origin, Path("a.txt"));
  EXPECT_EQ(seen[1].origin, Path("b.txt"));
  EXPECT_EQ(seen[2].origin, Path("sub/c.txt"));
  EXPECT_EQ(seen[3].origin, Path("z.jsonl") + "#1");
  EXPECT_EQ(seen[4].origin, Path("z.jsonl") + "#3");  // line 2 is blank
  for (int i = 0; i < 4; ++i) EXPECT_EQ(seen[i].file_index, i);
  EXPECT_EQ(seen[4].file_index, 3);
  EXPECT_TRUE(seen[0].last_of_file);
  EXPECT_FALSE(seen[3].last_of_file);
  EXPECT_TRUE(seen[4].last_of_file);
  EXPECT_EQ(seen[0].detail, "Alpha\n\nBody a.");
  EXPECT_EQ(walker.files_seen(), 4);
  EXPECT_EQ(walker.file(1).path, Path("b.txt"));
  EXPECT_EQ(walker.file(1).size, 13);
  EXPECT_GT(walker.file(1).mtime_ns, 0);
  EXPECT_GT(walker.bytes_read(), 40);
  // A second walk gives the same sequence.
  const auto again = Walk({root_});
  ASSERT_EQ(again.size(), seen.size());
  for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(again[i].origin, seen[i].origin);
}

TEST_F(WalkerTest, PathsKeepTheGivenOrderAndMissingPathsAreErrors) {
  Write("a.txt", "A\n\nbody");
  Write("b.txt", "B\n\nbody");
  const auto seen = Walk({Path("b.txt"), Path("missing.txt"), Path("a.txt")});
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0].origin, Path("b.txt"));
  EXPECT_TRUE(seen[1].is_error);
  EXPECT_EQ(seen[1].origin, Path("missing.txt"));
  EXPECT_EQ(seen[1].detail, "no such file or directory");
  EXPECT_EQ(seen[1].file_index, -1);
  EXPECT_TRUE(seen[1].whole_file);
  EXPECT_TRUE(seen[1].last_of_file);
  EXPECT_EQ(seen[2].origin, Path("a.txt"));
  EXPECT_EQ(seen[2].file_index, 1);
}

TEST_F(WalkerTest, PermissionDenied) {
  if (::geteuid() == 0) GTEST_SKIP() << "root bypasses file permissions";
  Write("locked/a.txt", "A\n\nbody");
  Write("secret.txt", "S\n\nbody");
  ASSERT_EQ(::chmod(Path("locked").c_str(), 0), 0);
  ASSERT_EQ(::chmod(Path("secret.txt").c_str(), 0), 0);
  const auto seen = Walk({Path("locked"), Path("secret.txt")});
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].origin, Path("locked"));
  EXPECT_EQ(seen[0].detail, "permission denied");
  EXPECT_EQ(seen[1].origin, Path("secret.txt"));
  EXPECT_EQ(seen[1].detail, "permission denied");
  EXPECT_EQ(seen[1].file_index, 0);
}

TEST_F(WalkerTest, HostileSingleDocuments) {
  Write("1-empty.txt", "");
  Write("2-nul.txt", std::string("Head\0line", 9));
  Write("3-latin1.txt", "Caf\xE9 au lait");
  Write("4-control.txt", std::string(100, '\x01') + "text");
  Write("5-utf16.txt", std::string("\xFF\xFEH\0i\0", 6));
  Write("6-ok.txt", "Fine\n\nText.");
  const auto seen = Walk({root_});
  ASSERT_EQ(seen.size(), 6u);
  EXPECT_EQ(seen[0].detail, "empty file");
  EXPECT_EQ(seen[1].detail, "binary content (NUL byte at offset 4)");
  EXPECT_EQ(seen[2].detail, "invalid UTF-8 at byte 3");
  EXPECT_EQ(seen[3].detail, "binary content (control characters)");
  EXPECT_EQ(seen[4].detail, "UTF-16 text (convert it to UTF-8)");
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(seen[i].is_error) << i;
    EXPECT_TRUE(seen[i].whole_file) << i;
    EXPECT_TRUE(seen[i].last_of_file) << i;
    EXPECT_EQ(seen[i].file_index, i);
  }
  EXPECT_FALSE(seen[5].is_error);
}

TEST_F(WalkerTest, DocumentTooLargeDecidedBeforeReading) {
  Write("big.txt", std::string(5000, 'x'));
  Write("big-noext", std::string(5000, 'y'));
  WriteGzip("big.txt.gz", std::string(5000, 'z'));
  Write("small.txt", std::string(900, 'w'));
  WalkOptions options;
  options.max_document_bytes = 1000;
  const auto seen = Walk({Path("big.txt"), Path("big-noext"), Path("big.txt.gz"), Path("small.txt")}, options);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen[0].detail, "document too large (4.9 KiB > 1000 bytes limit)");
  EXPECT_EQ(seen[1].detail, "document too large (4.9 KiB > 1000 bytes limit)");
  EXPECT_EQ(seen[2].detail, "document too large (more than 1000 bytes limit)");
  EXPECT_TRUE(seen[2].whole_file);
  EXPECT_FALSE(seen[3].is_error);
  EXPECT_EQ(seen[3].detail.size(), 900u);
}

TEST_F(WalkerTest, JsonLinesLongLineSkippedRestContinues) {
  std::string data = "{\"text\": \"first\"}\n";
  data += "{\"text\": \"" + std::string(20 << 20, 'a') + "\"}\n";  // a 20 MB line
  data += "{\"text\": \"third\"}\r\n";
  data += "{broken json\n";
  data += "{\"text\": \"last, no newline\"}";
  Write("feed.jsonl", data);
  WalkOptions options;
  options.max_document_bytes = 1 << 20;
  const auto seen = Walk({Path("feed.jsonl")}, options);
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0].detail, "{\"text\": \"first\"}");
  EXPECT_TRUE(seen[1].is_error);
  EXPECT_EQ(seen[1].origin, Path("feed.jsonl") + "#2");
  EXPECT_EQ(seen[1].detail, "record too large (more than 1 MiB limit)");
  EXPECT_FALSE(seen[1].whole_file);
  EXPECT_FALSE(seen[1].last_of_file);
  EXPECT_EQ(seen[2].detail, "{\"text\": \"third\"}");  // CR stripped
  EXPECT_EQ(seen[3].origin, Path("feed.jsonl") + "#4");  // broken JSON is ParseRecord's to judge
  EXPECT_EQ(seen[4].origin, Path("feed.jsonl") + "#5");
  EXPECT_TRUE(seen[4].last_of_file);
  Article article;
  Record broken;
  broken.format = "jsonl";
  broken.bytes = seen[3].detail;
  EXPECT_FALSE(ParseRecord(broken, &article).ok());
}

TEST_F(WalkerTest, JsonLinesEndingWithAnErrorMarksItLast) {
  Write("tail.jsonl", "{\"text\": \"ok\"}\n" + std::string(3000, 'x'));
  WalkOptions options;
  options.max_document_bytes = 1000;
  const auto seen = Walk({Path("tail.jsonl"), Path("tail.jsonl")}, options);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_FALSE(seen[0].last_of_file);
  EXPECT_TRUE(seen[1].is_error);
  EXPECT_EQ(seen[1].origin, Path("tail.jsonl") + "#2");
  EXPECT_TRUE(seen[1].last_of_file);
  EXPECT_EQ(seen[1].file_index, 0);
  EXPECT_EQ(seen[3].file_index, 1);  // the same path named twice is read twice
}

TEST_F(WalkerTest, JsonLinesWithoutRecords) {
  Write("blank.jsonl", "\n  \n\r\n");
  const auto seen = Walk({Path("blank.jsonl")});
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_TRUE(seen[0].is_error);
  EXPECT_EQ(seen[0].detail, "no records (only blank lines)");
  EXPECT_TRUE(seen[0].last_of_file);
  EXPECT_EQ(seen[0].file_index, 0);
}

TEST_F(WalkerTest, GzipJsonLinesAndTruncation) {
  std::string data;
  for (int i = 0; i < 20000; ++i) data += "{\"text\": \"record " + std::to_string(i) + " with some words\"}\n";
  const std::string whole = WriteGzip("good.jsonl.gz", data);
  auto seen = Walk({whole});
  ASSERT_EQ(seen.size(), 20000u);
  EXPECT_EQ(seen.back().origin, whole + "#20000");
  EXPECT_TRUE(seen.back().last_of_file);

  // Cut the compressed file in half.
  const std::string cut = Path("cut.jsonl.gz");
  fs::copy_file(whole, cut);
  fs::resize_file(cut, fs::file_size(whole) / 2);
  seen = Walk({cut, Path("good.jsonl.gz")});
  ASSERT_GT(seen.size(), 20001u);
  size_t error_at = 0;
  for (size_t i = 0; i < seen.size(); ++i) {
    if (seen[i].is_error) {
      error_at = i;
      break;
    }
  }
  ASSERT_GT(error_at, 100u);
  EXPECT_LT(error_at, 20000u);
  EXPECT_EQ(seen[error_at].origin, cut);
  EXPECT_EQ(seen[error_at].detail, "truncated gzip data (unexpected end of file)");
  EXPECT_FALSE(seen[error_at].whole_file);
  EXPECT_TRUE(seen[error_at].last_of_file);
  EXPECT_FALSE(seen[error_at - 1].last_of_file);
  // Every record before the error is whole.
  EXPECT_EQ(seen[error_at - 1].detail.back(), '}');
  EXPECT_EQ(seen[error_at + 1].file_index, 1);

  // A truncated single document is an error for the whole file.
  const std::string doc = WriteGzip("doc.txt.gz", std::string(200000, 'q'));
  fs::resize_file(doc, fs::file_size(doc) / 2);
  seen = Walk({doc});
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_TRUE(seen[0].whole_file);
  EXPECT_EQ(seen[0].detail, "truncated gzip data (unexpected end of file)");
}

TEST_F(WalkerTest, FormatsDetectedForcedOrUnsupported) {
  Write("page.html", "<html><body>hi</body></html>");
  Write("records.data", "{\"text\": \"sniffed\"}\n{\"text\": \"x\"}\n");
  Write("crawl.warc.gz", "WARC/1.0");
  Write("export.json", "{\n  \"articles\": []\n}\n");
  const auto seen = Walk({Path("page.html"), Path("records.data"), Path("crawl.warc.gz"), Path("export.json")});
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0].origin, Path("page.html"));  // a page is read as one record
  EXPECT_FALSE(seen[0].is_error);
  EXPECT_EQ(seen[1].origin, Path("records.data") + "#1");
  EXPECT_EQ(seen[3].detail, "truncated WARC record (the file ends inside its header)");
  EXPECT_EQ(seen[3].origin, Path("crawl.warc.gz") + "#1");
  EXPECT_EQ(seen[4].detail, "format 'json' is not supported yet");

  WalkOptions forced;
  forced.forced_format = "jsonl";
  Write("lines.txt", "{\"text\": \"a\"}\n");
  auto forced_seen = Walk({Path("lines.txt")}, forced);
  ASSERT_EQ(forced_seen.size(), 1u);
  EXPECT_EQ(forced_seen[0].origin, Path("lines.txt") + "#1");
  forced.forced_format = "pdf";
  forced_seen = Walk({Path("lines.txt")}, forced);
  ASSERT_EQ(forced_seen.size(), 1u);
  EXPECT_EQ(forced_seen[0].detail, "unknown format 'pdf'");
}

TEST_F(WalkerTest, FeedsAndCrawlsAmongOtherFiles) {
  Write("a.txt", "A\n\nbody");
  Write("b.rss",
        "<rss><channel><title>T</title><item><description>one</description></item>"
        "<item><description>two</description></item></channel></rss>");
  std::string warc;
  for (const char* type : {"response", "request"}) {
    const std::string block = std::string(type) == "response"
                                  ? "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>page</p>"
                                  : "GET / HTTP/1.1\r\n\r\n";
    warc += "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\nContent-Length: " +
            std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  }
  // Binary bytes in a crawl are not refused as they are in a text file.
  const std::string gif = "HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\n" + std::string("GIF\0\0\0\0", 7);
  warc += "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: " + std::to_string(gif.size()) +
          "\r\n\r\n" + gif + "\r\n\r\n";
  Write("c.warc", warc);
  Write("d.txt", "D\n\nbody");
  InputWalker walker({root_}, {});
  const auto seen = Walk(walker);
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[1].origin, Path("b.rss") + "#1");
  EXPECT_FALSE(seen[1].last_of_file);
  EXPECT_EQ(seen[2].origin, Path("b.rss") + "#2");
  EXPECT_TRUE(seen[2].last_of_file);
  EXPECT_EQ(seen[3].origin, Path("c.warc") + "#1");  // the request and the image: passed over
  EXPECT_TRUE(seen[3].last_of_file);                  // even though records follow it
  EXPECT_EQ(seen[3].file_index, 2);
  EXPECT_EQ(seen[4].origin, Path("d.txt"));
  EXPECT_EQ(walker.records_skipped(), 1);
}

TEST_F(WalkerTest, FeedIsReadWholeWithinTheDocumentLimit) {
  std::string items;
  for (int i = 0; i < 100; ++i) items += "<item><description>Item text.</description></item>";
  Write("big.rss", "<rss><channel>" + items + "</channel></rss>");
  WalkOptions options;
  options.max_document_bytes = 1000;
  const auto seen = Walk({Path("big.rss")}, options);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].detail, "document too large (4.9 KiB > 1000 bytes limit)");
  EXPECT_TRUE(seen[0].whole_file);
}

TEST_F(WalkerTest, SmallTruncatedGzipKeepsRecordsBeforeTheCut) {
  // The whole file fits in the walker's first read: the error is still the reader's,
  // after the records before the cut.
  std::string data;
  for (int i = 0; i < 300; ++i) data += "{\"text\": \"record " + std::to_string(i) + "\"}\n";
  const std::string whole = WriteGzip("small.jsonl.gz", data);
  fs::resize_file(whole, fs::file_size(whole) * 3 / 4);
  const auto seen = Walk({whole});
  ASSERT_GT(seen.size(), 2u);
  EXPECT_FALSE(seen[0].is_error);
  EXPECT_TRUE(seen.back().is_error);
  EXPECT_EQ(seen.back().detail, "truncated gzip data (unexpected end of file)");
  EXPECT_FALSE(seen.back().whole_file);
}

TEST_F(WalkerTest, SkipFileSeesStatBeforeReading) {
  Write("a.txt", "A\n\nbody");
  Write("b.txt", "B\n\nbody");
  std::vector<FileInfo> offered;
  WalkOptions options;
  options.skip_file = [&](const FileInfo& info) {
    offered.push_back(info);
    return info.path == Path("a.txt");
  };
  InputWalker walker({root_}, options);
  const auto seen = Walk(walker);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].origin, Path("b.txt"));
  EXPECT_EQ(seen[0].file_index, 1);
  ASSERT_EQ(offered.size(), 2u);
  EXPECT_EQ(offered[0].size, 7);
  EXPECT_GT(offered[0].mtime_ns, 0);
  EXPECT_EQ(walker.files_skipped(), 1);
  EXPECT_EQ(walker.files_seen(), 2);
}

TEST_F(WalkerTest, StandardInput) {
  const std::string path = Write("stdin.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  InputWalker walker({"-"}, {});
  const auto seen = Walk(walker);
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].origin, "-#1");
  EXPECT_EQ(seen[1].origin, "-#2");
  EXPECT_TRUE(seen[1].last_of_file);
  EXPECT_EQ(walker.file(0).path, "-");
}

TEST_F(WalkerTest, SymbolicLinkLoopsEnd) {
  Write("dir/a.txt", "A\n\nbody");
  fs::create_directory_symlink(root_, Path("dir/loop"));
  fs::create_symlink(Path("nowhere.txt"), Path("dir/broken.txt"));
  const auto seen = Walk({root_});
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].origin, Path("dir/a.txt"));
  EXPECT_EQ(seen[1].origin, Path("dir/broken.txt"));
  EXPECT_EQ(seen[1].detail, "no such file or directory");
}

}  // namespace
}  // namespace sitrep::ingest
