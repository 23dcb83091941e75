// The word splitter of the store's full-text index, borrowed from the connection's
// FTS5 module, so that code outside the index sees words exactly as the index does.
#pragma once

#include <memory>
#include <string_view>

#include "sitrep/status.h"
#include "store/database.h"

namespace sitrep::store {

class FtsTokenizer {
 public:
  // Instantiates FTS5's unicode61 tokenizer with the index's options. The tokenizer
  // must be destroyed before `db` closes.
  static Status Create(Database* db, std::unique_ptr<FtsTokenizer>* out);
  ~FtsTokenizer();
  FtsTokenizer(const FtsTokenizer&) = delete;
  FtsTokenizer& operator=(const FtsTokenizer&) = delete;

  // True when `text` holds at least one token. A quoted FTS5 string with no token
  // ("*", "«", "--") is an empty phrase, which matches no document: a query must not
  // require one.
  bool HasTokens(std::string_view text) const;

 private:
  FtsTokenizer() = default;

  fts5_tokenizer methods_{};
  Fts5Tokenizer* instance_ = nullptr;
};

}  // namespace sitrep::store
