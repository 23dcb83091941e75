#include "feed_reader.h"

#include "feed_item.h"

namespace sitrep::ingest::internal {

FeedReader::FeedReader(std::string_view xml, std::string path) : path_(std::move(path)) {
  status_ = ParseFeed(xml, &info_, &items_);
}

bool FeedReader::Next(WalkItem* item) {
  *item = WalkItem{};
  if (!status_.ok()) {
    if (reported_) return false;
    reported_ = true;
    item->is_error = true;
    item->error.origin = path_;
    item->error.reason = status_.message();
    item->error.whole_file = true;
    return true;
  }
  if (next_ < items_.size()) {
    item->record.origin = path_ + "#" + std::to_string(next_ + 1);
    item->record.format = std::string(kFeedItemFormat);
    item->record.bytes = EncodeFeedItem(info_, items_[next_]);
    // The encoded copy is all that is needed from here on.
    items_[next_] = FeedItem{};
    ++next_;
    return true;
  }
  if (!info_.stopped.empty() && !reported_) {
    reported_ = true;
    item->is_error = true;
    item->error.origin = path_;
    item->error.reason = items_.empty() ? "invalid XML (" + info_.stopped + ")"
                                        : "invalid XML after item " + std::to_string(items_.size()) +
                                              " (" + info_.stopped + "); the items before it were read";
    item->error.whole_file = items_.empty();
    return true;
  }
  return false;
}

}  // namespace sitrep::ingest::internal
