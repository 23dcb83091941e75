#include "line_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace sitrep::ingest::internal {
namespace {

// A stream over a pipe fed with `data` by a writer thread.
struct PipeStream {
  explicit PipeStream(std::string data) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    stream = std::make_unique<InputStream>(fds[0]);
    writer = std::thread([fd = fds[1], data = std::move(data)] {
      size_t done = 0;
      while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
      }
      ::close(fd);
    });
  }
  ~PipeStream() { writer.join(); }
  std::unique_ptr<InputStream> stream;
  std::thread writer;
};

std::vector<WalkItem> ReadAll(std::string head, std::string rest, size_t max) {
  PipeStream pipe(std::move(rest));
  int64_t bytes = 0;
  LineReader reader(std::move(pipe.stream), std::move(head), "in", "jsonl", max, &bytes);
  std::vector<WalkItem> items;
  WalkItem item;
  while (reader.Next(&item)) items.push_back(item);
  return items;
}

TEST(LineReader, LinesAcrossTheHeadAndTheStream) {
  const auto items = ReadAll("{\"a\":1}\n{\"b\"", ":2}\r\n\n   \n{\"c\":3}", 100);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].record.origin, "in#1");
  EXPECT_EQ(items[0].record.bytes, "{\"a\":1}");
  EXPECT_EQ(items[1].record.bytes, "{\"b\":2}");
  EXPECT_EQ(items[2].record.origin, "in#5");
  EXPECT_EQ(items[2].record.bytes, "{\"c\":3}");
  EXPECT_EQ(items[2].record.format, "jsonl");
}

TEST(LineReader, OverlongLinesBecomeErrorsWithBoundedMemory) {
  std::string rest = std::string(5000, 'x') + "\nshort\n" + std::string(300, 'y');
  const auto items = ReadAll(std::string(50, 'x'), rest, 100);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].is_error);
  EXPECT_EQ(items[0].error.origin, "in#1");
  EXPECT_EQ(items[0].error.reason, "record too large (more than 100 bytes limit)");
  EXPECT_EQ(items[1].record.bytes, "short");
  EXPECT_TRUE(items[2].is_error);
  EXPECT_EQ(items[2].error.origin, "in#3");
}

TEST(LineReader, EmptyStream) {
  EXPECT_TRUE(ReadAll("", "", 100).empty());
  EXPECT_TRUE(ReadAll("\n\n", "  \r\n", 100).empty());
}

TEST(FormatSize, Units) {
  EXPECT_EQ(FormatSize(0), "0 bytes");
  EXPECT_EQ(FormatSize(1000), "1000 bytes");
  EXPECT_EQ(FormatSize(1024), "1 KiB");
  EXPECT_EQ(FormatSize(16u << 20), "16 MiB");
  EXPECT_EQ(FormatSize(1536ull << 20), "1.5 GiB");
  EXPECT_EQ(FormatSize(1ull << 30), "1 GiB");
}

}  // namespace
}  // namespace sitrep::ingest::internal
