// The store's schema: how a connection is set up, how a file is recognised as a
// sitrep store, and the ordered migrations that bring it to the current version.
#pragma once

#include <string>

#include "sitrep/status.h"
#include "store/database.h"

namespace sitrep::store {

// The version this binary writes: the number of migrations it knows.
int SchemaVersion();

// Sets the per-connection pragmas, refuses a file that is not a sitrep store (or is
// one from a newer sitrep), creates or migrates the schema, and reports the version
// the file is at afterwards. `path` is only used in messages.
Status OpenSchema(Database* db, const std::string& path, int* version);

// Opens a read-only connection to the store at `path` (already opened and migrated by
// OpenSchema on another connection), with the same per-connection settings.
Status OpenReader(Database* db, const std::string& path);

}  // namespace sitrep::store
