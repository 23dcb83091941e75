// The input walker: paths to records, serially, in a reproducible order.
//
// Files are handed out one record at a time. To mark the last record of a file the
// walker reads one record ahead within the file, so at most two records are held in
// memory at once; JSON Lines files and WARC crawls are streamed, never loaded whole. A
// feed is one XML document: it is read whole (within the document size limit), then
// handed out item by item.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <set>
#include <utility>

#include "feed_reader.h"
#include "fields.h"
#include "format.h"
#include "input_stream.h"
#include "line_reader.h"
#include "sitrep/ingest.h"
#include "warc_reader.h"

namespace sitrep::ingest {

using internal::FormatSize;
using internal::InputStream;
using internal::FeedReader;
using internal::LineReader;
using internal::RecordReader;
using internal::WalkItem;
using internal::WarcReader;

namespace {

// Enough of the head of an input to recognise its format and catch binary files.
constexpr size_t kHeadBytes = 64 << 10;
constexpr size_t kReadChunk = 1 << 20;

std::string ErrnoReason(int error) {
  switch (error) {
    case ENOENT:
    case ENOTDIR: return "no such file or directory";
    case EACCES:
    case EPERM: return "permission denied";
    case EISDIR: return "is a directory";
    case ELOOP: return "too many levels of symbolic links";
    default: return std::strerror(error);
  }
}

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

}  // namespace

struct InputWalker::Impl {
  struct Pending {
    std::string path;
    bool top_level = false;
  };

  WalkOptions options;
  std::vector<Pending> stack;  // next path at the back
  std::set<std::pair<dev_t, ino_t>> folders_seen;
  std::vector<FileInfo> files;
  int64_t skipped = 0;
  int64_t bytes = 0;
  std::deque<WalkItem> ready;
  std::unique_ptr<RecordReader> reader;  // the multi-record file being read, if any
  int64_t reader_file = -1;
  int64_t reader_items = 0;
  int64_t records_skipped = 0;  // by readers already finished

  Item Next(Record* record, InputError* error);
  void Advance();
  void ReadFile(int64_t index, int fd, bool regular);
  void StartReader(std::unique_ptr<RecordReader> r, int64_t index);
  // Whether the input's format is read by a streaming multi-record reader.
  bool StreamsRecords(const std::string& path, std::string_view head) const;
  void PushError(std::string origin, std::string reason, int64_t file_index);
  int64_t Register(FileInfo info);
};

void InputWalker::Impl::PushError(std::string origin, std::string reason, int64_t file_index) {
  WalkItem item;
  item.is_error = true;
  item.error.origin = std::move(origin);
  item.error.reason = std::move(reason);
  item.error.file_index = file_index;
  item.error.whole_file = true;
  item.error.last_of_file = true;
  ready.push_back(std::move(item));
}

int64_t InputWalker::Impl::Register(FileInfo info) {
  files.push_back(std::move(info));
  return static_cast<int64_t>(files.size()) - 1;
}

InputWalker::Item InputWalker::Impl::Next(Record* record, InputError* error) {
  for (;;) {
    // Hand out the front item once the one after it is known (or the file is done), so
    // that last_of_file is right.
    if (!ready.empty() && (reader == nullptr || ready.size() >= 2)) {
      WalkItem item = std::move(ready.front());
      ready.pop_front();
      if (item.is_error) {
        *error = std::move(item.error);
        return Item::kError;
      }
      *record = std::move(item.record);
      return Item::kRecord;
    }
    if (reader != nullptr) {
      WalkItem item;
      if (reader->Next(&item)) {
        item.record.file_index = reader_file;
        item.error.file_index = reader_file;
        ready.push_back(std::move(item));
        ++reader_items;
        continue;
      }
      if (reader_items == 0) PushError(files[reader_file].path, reader->EmptyReason(), reader_file);
      WalkItem& last = ready.back();
      if (last.is_error) {
        last.error.last_of_file = true;
      } else {
        last.record.last_of_file = true;
      }
      records_skipped += reader->skipped();
      reader.reset();
      continue;
    }
    if (stack.empty()) return Item::kEnd;
    Advance();
  }
}

void InputWalker::Impl::Advance() {
  Pending entry = std::move(stack.back());
  stack.pop_back();
  if (entry.path == "-") {
    FileInfo info;
    info.path = "-";
    const int64_t index = Register(std::move(info));
    const int fd = ::dup(STDIN_FILENO);
    if (fd < 0) {
      PushError("-", ErrnoReason(errno), index);
      return;
    }
    ReadFile(index, fd, /*regular=*/false);
    return;
  }
  struct stat st;
  if (::stat(entry.path.c_str(), &st) != 0) {
    PushError(entry.path, ErrnoReason(errno), -1);
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    // A folder reached twice (through a symbolic link loop, or named twice) is walked once.
    if (!folders_seen.insert({st.st_dev, st.st_ino}).second) return;
    DIR* dir = ::opendir(entry.path.c_str());
    if (dir == nullptr) {
      PushError(entry.path, ErrnoReason(errno), -1);
      return;
    }
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(dir)) {
      if (e->d_name[0] == '.') continue;  // hidden entries, "." and ".."
      names.emplace_back(e->d_name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
      stack.push_back(Pending{JoinPath(entry.path, *it), false});
    }
    return;
  }
  const bool regular = S_ISREG(st.st_mode);
  const bool stream = S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode);
  if (!regular && !(stream && entry.top_level)) {
    // Sockets, devices and pipes found inside folders are not documents.
    if (entry.top_level) PushError(entry.path, "not a regular file", -1);
    return;
  }
  FileInfo info;
  info.path = entry.path;
  info.size = regular ? static_cast<int64_t>(st.st_size) : 0;
  info.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  const int64_t index = Register(info);
  if (regular && options.skip_file && options.skip_file(files[index])) {
    ++skipped;
    return;
  }
  // Refuse what can be refused from the name and size alone, before any reading.
  const std::string& path = files[index].path;
  const std::string named_format = options.forced_format.empty()
                                       ? internal::FormatFromExtension(path)
                                       : options.forced_format;
  if (!named_format.empty() && !internal::IsReadableFormat(named_format)) {
    PushError(path, internal::UnreadableFormatReason(named_format), index);
    return;
  }
  if (regular && st.st_size == 0) {
    PushError(path, "empty file", index);
    return;
  }
  const bool gzip_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  if (regular && (named_format == "text" || named_format == "feed") && !gzip_name &&
      static_cast<uint64_t>(st.st_size) > options.max_document_bytes) {
    PushError(path,
              "document too large (" + FormatSize(st.st_size) + " > " +
                  FormatSize(options.max_document_bytes) + " limit)",
              index);
    return;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    PushError(path, ErrnoReason(errno), index);
    return;
  }
  ReadFile(index, fd, regular);
}

void InputWalker::Impl::ReadFile(int64_t index, int fd, bool regular) {
  const std::string path = files[index].path;
  const int64_t size = files[index].size;
  auto in = std::make_unique<InputStream>(fd);
  std::string head;
  while (head.size() < kHeadBytes && !in->eof()) {
    head.reserve(kHeadBytes);
    in->ReadAppend(&head, kHeadBytes - head.size());
  }
  bytes += static_cast<int64_t>(head.size());
  // A stream error after some bytes is left to the multi-record readers, which report
  // it after the records before it; anything else cannot be read at all.
  if (!in->error().empty() && (head.empty() || !StreamsRecords(path, head))) {
    PushError(path, in->error(), index);
    return;
  }
  if (head.empty()) {
    PushError(path, "empty file", index);
    return;
  }
  const std::string format = options.forced_format.empty() ? DetectFormat(path, head)
                                                           : options.forced_format;
  // A crawl holds images and other binary responses: its reader looks at each record.
  if (format != "warc") {
    if (head.rfind("\xFF\xFE", 0) == 0 || head.rfind("\xFE\xFF", 0) == 0) {
      PushError(path, "UTF-16 text (convert it to UTF-8)", index);
      return;
    }
    if (const void* nul = std::memchr(head.data(), '\0', head.size())) {
      PushError(path,
                "binary content (NUL byte at offset " +
                    std::to_string(static_cast<const char*>(nul) - head.data()) + ")",
                index);
      return;
    }
  }
  if (!internal::IsReadableFormat(format)) {
    PushError(path, internal::UnreadableFormatReason(format), index);
    return;
  }
  if (format == "jsonl") {
    StartReader(std::make_unique<LineReader>(std::move(in), std::move(head), path, format,
                                             options.max_document_bytes, &bytes),
                index);
    return;
  }
  if (format == "warc") {
    StartReader(std::make_unique<WarcReader>(std::move(in), std::move(head), path,
                                             options.max_document_bytes, &bytes),
                index);
    return;
  }
  // One document per file.
  const uint64_t limit = options.max_document_bytes;
  if (regular && !in->compressed() && static_cast<uint64_t>(size) > limit) {
    PushError(path, "document too large (" + FormatSize(size) + " > " + FormatSize(limit) + " limit)",
              index);
    return;
  }
  std::string doc = std::move(head);
  if (regular && !in->compressed()) doc.reserve(static_cast<size_t>(size) + 1);
  while (!in->eof() && doc.size() <= limit) {
    const size_t want = std::min<uint64_t>(kReadChunk, limit + 1 - doc.size());
    bytes += static_cast<int64_t>(in->ReadAppend(&doc, want));
  }
  if (doc.size() > limit) {
    PushError(path, "document too large (more than " + FormatSize(limit) + " limit)", index);
    return;
  }
  if (!in->error().empty()) {
    PushError(path, in->error(), index);
    return;
  }
  // A page or a feed may be in any character set it declares; its reader converts it.
  const bool declares_charset = format == "html" || format == "feed";
  const std::string problem = declares_charset ? std::string() : internal::CheckText(doc);
  if (!problem.empty()) {
    PushError(path, problem, index);
    return;
  }
  if (format == "feed") {
    StartReader(std::make_unique<FeedReader>(doc, path), index);
    return;
  }
  WalkItem item;
  item.record.origin = path;
  item.record.format = format;
  item.record.bytes = std::move(doc);
  item.record.file_index = index;
  item.record.last_of_file = true;
  ready.push_back(std::move(item));
}

bool InputWalker::Impl::StreamsRecords(const std::string& path, std::string_view head) const {
  const std::string format =
      options.forced_format.empty() ? DetectFormat(path, head) : options.forced_format;
  return format == "jsonl" || format == "warc";
}

void InputWalker::Impl::StartReader(std::unique_ptr<RecordReader> r, int64_t index) {
  reader = std::move(r);
  reader_file = index;
  reader_items = 0;
}

InputWalker::InputWalker(std::vector<std::string> paths, WalkOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
    impl_->stack.push_back(Impl::Pending{std::move(*it), true});
  }
}

InputWalker::~InputWalker() = default;

InputWalker::Item InputWalker::Next(Record* record, InputError* error) {
  try {
    return impl_->Next(record, error);
  } catch (const std::exception& e) {
    // Out of memory or a throwing skip_file callback: report it against the file being
    // read and move on, as the walker promises never to throw.
    impl_->reader.reset();
    impl_->ready.clear();
    *error = InputError{};
    error->origin = impl_->files.empty() ? std::string() : impl_->files.back().path;
    error->file_index = impl_->files.empty() ? -1 : static_cast<int64_t>(impl_->files.size()) - 1;
    error->reason = std::string("internal error: ") + e.what();
    error->last_of_file = true;
    return Item::kError;
  }
}

const FileInfo& InputWalker::file(int64_t index) const {
  static const FileInfo kNone;
  if (index < 0 || index >= static_cast<int64_t>(impl_->files.size())) return kNone;
  return impl_->files[static_cast<size_t>(index)];
}

int64_t InputWalker::files_seen() const { return static_cast<int64_t>(impl_->files.size()); }
int64_t InputWalker::files_skipped() const { return impl_->skipped; }
int64_t InputWalker::bytes_read() const { return impl_->bytes; }
int64_t InputWalker::records_skipped() const {
  return impl_->records_skipped + (impl_->reader != nullptr ? impl_->reader->skipped() : 0);
}

}  // namespace sitrep::ingest
