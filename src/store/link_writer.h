// Writes the link stage's verdicts (copies, events) on a newly stored article, inside
// the caller's transaction.
#pragma once

#include <cstdint>

#include "sitrep/status.h"
#include "sitrep/store_copies.h"
#include "sitrep/store_events.h"
#include "store/database.h"

namespace sitrep::store {

// Stores the article's copy signature and, when it copies an earlier article, the copy
// row. The original and the group's first member must be stored already (they are
// earlier articles, in this batch or before it).
Status WriteCopyRecord(Database* db, int64_t seq, const CopyRecord& record);

// Stores the article's event features and its event and storyline.
Status WriteEventRecord(Database* db, int64_t seq, const EventRecord& record);

}  // namespace sitrep::store
