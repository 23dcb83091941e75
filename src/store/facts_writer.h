// Writes the facts of newly stored articles, inside the caller's transaction, and merges
// their entities into the corpus's entities.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/analysis.h"
#include "sitrep/status.h"
#include "store/database.h"

namespace sitrep::store {

class FactsWriter {
 public:
  explicit FactsWriter(Database* db) : db_(db) {}

  // Stores `facts` for the article stored as `seq`.
  Status Write(int64_t seq, const Article& article, const extract::ArticleFacts& facts);

 private:
  // The corpus entity that an article's entity joins, created when none fits.
  Status ResolveEntity(const extract::Entity& entity, int64_t* id);
  Status WriteEntities(int64_t seq, const extract::ArticleFacts& facts);
  Status WriteQuotes(int64_t seq, std::string_view text, const extract::ArticleFacts& facts);
  Status WriteFigures(int64_t seq, std::string_view text, const extract::ArticleFacts& facts);
  Status WriteTimes(int64_t seq, std::string_view text, const extract::ArticleFacts& facts);

  Database* db_;
  // Corpus entity ids of the current article's entities, by their index in it.
  std::vector<int64_t> entity_ids_;
};

}  // namespace sitrep::store
