// What the walker asks of a reader that splits one input into several records (JSON
// Lines, feeds, WARC crawls). Internal to the ingest module.
#pragma once

#include <cstdint>
#include <string>

#include "sitrep/ingest.h"

namespace sitrep::ingest::internal {

// One thing the walker hands out: a record or an error.
struct WalkItem {
  bool is_error = false;
  Record record;
  InputError error;
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;

  // The next record or error of the input, with origin, format and bytes (or reason)
  // set; the walker fills in the file index and last_of_file. False when the input is
  // finished. A reader never throws for bad input: it reports it as an error item.
  virtual bool Next(WalkItem* item) = 0;

  // Why an input that yielded nothing at all is an error ("no records (only blank
  // lines)"); asked only when Next returned false before any item.
  virtual std::string EmptyReason() const = 0;

  // Documents the reader passed over on purpose (a crawl's images, redirects, request
  // records): not errors, but counted so a summary can say so.
  virtual int64_t skipped() const { return 0; }
};

}  // namespace sitrep::ingest::internal
