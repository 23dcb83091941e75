#include "store/fts_tokenizer.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace sitrep::store {
namespace {

// FTS5 hands out its API only through a pointer bound to a query (SQLite's documented
// way, which keeps the pointer type-checked).
Status GetFts5Api(Database* db, fts5_api** api) {
  *api = nullptr;
  ScopedStatement stmt = db->Prepare("SELECT fts5(?1)");
  if (!stmt.ok()) return stmt.status();
  sqlite3_bind_pointer(stmt->get(), 1, api, "fts5_api_ptr", nullptr);
  stmt->Step();
  if (!stmt->status().ok()) return stmt->status();
  if (*api == nullptr) return Status::Error("SQLite was built without FTS5");
  return Status::Ok();
}

// The options after the tokenizer name in the schema's tokenize= clause. Porter is
// left out: stemming never turns a token into none, and only emptiness is asked.
const char* kTokenizerArgs[] = {"remove_diacritics", "2"};

}  // namespace

Status FtsTokenizer::Create(Database* db, std::unique_ptr<FtsTokenizer>* out) {
  fts5_api* api = nullptr;
  Status s = GetFts5Api(db, &api);
  if (!s.ok()) return s;
  std::unique_ptr<FtsTokenizer> tokenizer(new FtsTokenizer());
  void* context = nullptr;
  int rc = api->xFindTokenizer(api, "unicode61", &context, &tokenizer->methods_);
  if (rc == SQLITE_OK) {
    rc = tokenizer->methods_.xCreate(context, kTokenizerArgs,
                                     static_cast<int>(std::size(kTokenizerArgs)),
                                     &tokenizer->instance_);
  }
  if (rc != SQLITE_OK) {
    return Status::Error(std::string("cannot create the FTS5 tokenizer: ") + sqlite3_errstr(rc));
  }
  *out = std::move(tokenizer);
  return Status::Ok();
}

FtsTokenizer::~FtsTokenizer() {
  if (instance_ != nullptr) methods_.xDelete(instance_);
}

bool FtsTokenizer::HasTokens(std::string_view text) const {
  if (text.empty()) return false;
  // Longer input is a hostile query, not a word; its first 1 MiB decides.
  const int size = static_cast<int>(std::min<size_t>(text.size(), 1 << 20));
  bool found = false;
  auto on_token = [](void* context, int, const char*, int, int, int) -> int {
    *static_cast<bool*>(context) = true;
    return SQLITE_DONE;  // one token is enough: stop the tokenizer
  };
  methods_.xTokenize(instance_, &found, FTS5_TOKENIZE_QUERY, text.data(), size, on_token);
  return found;
}

}  // namespace sitrep::store
