// libFuzzer target: a WARC file of any bytes, read through the streaming reader (plain
// or gzip) and each record parsed, must never crash, hang or read out of bounds, and
// articles must be valid UTF-8 with text. The raw bytes are also parsed as one record,
// to reach the HTTP and charset code with inputs the reader would have refused. Build
// with `make fuzz`.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "sitrep/ingest.h"
#include "sitrep/text.h"
#include "warc_reader.h"

namespace {

void CheckArticle(const sitrep::ingest::Record& record) {
  sitrep::Article article;
  if (!sitrep::ingest::ParseRecord(record, &article).ok()) return;
  if (article.text.empty() || article.format != "warc") std::abort();
  for (const std::string* field : {&article.text, &article.title, &article.url, &article.metadata_json}) {
    if (!sitrep::text::IsValidUtf8(*field)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The reader streams from a file descriptor: give it one over the input.
  const int fd = ::memfd_create("warc_fuzz", MFD_CLOEXEC);
  if (fd < 0) return 0;
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::lseek(fd, 0, SEEK_SET);
  int64_t bytes_read = 0;
  sitrep::ingest::internal::WarcReader reader(
      std::make_unique<sitrep::ingest::internal::InputStream>(fd), std::string(), "fuzz.warc",
      /*max_record_bytes=*/1 << 20, &bytes_read);
  sitrep::ingest::internal::WalkItem item;
  int items = 0;
  while (reader.Next(&item)) {
    if (++items > 1000000) std::abort();
    if (item.is_error) {
      if (item.error.reason.empty() || item.error.reason.find('\n') != std::string::npos) std::abort();
      continue;
    }
    CheckArticle(item.record);
  }
  sitrep::ingest::Record raw;
  raw.format = std::string(sitrep::ingest::internal::kWarcRecordFormat);
  raw.bytes.assign(reinterpret_cast<const char*>(data), size);
  CheckArticle(raw);
  return 0;
}
