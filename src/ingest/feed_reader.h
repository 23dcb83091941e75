// Splits a feed file into one record per item. Internal to the ingest module.
#pragma once

#include <string>
#include <vector>

#include "feed_parse.h"
#include "record_reader.h"

namespace sitrep::ingest::internal {

class FeedReader : public RecordReader {
 public:
  // Parses the whole feed at once (a feed is one XML document; the walker bounds its
  // size). `path` names the input in origins: item N is "path#N".
  FeedReader(std::string_view xml, std::string path);

  // Items as records of format "feed-item". A feed that is not XML or not a feed is one error for the
  // whole file; a parse that stopped early gives its items, then one error.
  bool Next(WalkItem* item) override;
  std::string EmptyReason() const override { return "empty feed (no items)"; }

 private:
  const std::string path_;
  Status status_;
  FeedInfo info_;
  std::vector<FeedItem> items_;
  size_t next_ = 0;
  bool reported_ = false;  // the whole-file error or the early stop, once
};

}  // namespace sitrep::ingest::internal
