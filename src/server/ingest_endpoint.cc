#include "server/ingest_endpoint.h"

#include <fmt/format.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "sitrep/pipeline.h"

namespace sitrep::server {
namespace {

// Compares without stopping at the first difference, so that response times do not
// reveal how much of a guessed token was right.
bool SameToken(const std::string& given, const std::string& token) {
  if (given.size() != token.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    diff |= static_cast<unsigned char>(given[i] ^ token[i]);
  }
  return diff == 0;
}

// A private directory for one request's body, removed with it.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "sitrep-ingest-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

ApiResponse IngestEndpoint::Post(const std::string& authorization, const std::string& format,
                                 const std::string& body) {
  if (token_.empty()) {
    return ErrorResponse({403, "this server is read-only: start it with --token-file to accept ingests"});
  }
  const std::string kBearer = "Bearer ";
  if (authorization.rfind(kBearer, 0) != 0 || !SameToken(authorization.substr(kBearer.size()), token_)) {
    return ErrorResponse({401, "missing or wrong bearer token"});
  }
  if (!format.empty() && format != "text" && format != "jsonl" && format != "html" &&
      format != "feed" && format != "warc") {
    return ErrorResponse({400, fmt::format("parameter format must be one of text, jsonl, html, "
                                           "feed, warc, not \"{}\"", format.substr(0, 64))});
  }
  if (body.empty()) return ErrorResponse({400, "empty request body: nothing to ingest"});

  std::lock_guard<std::mutex> lock(mu_);
  TempDir dir;
  if (dir.path().empty()) return ErrorResponse({500, "cannot create a temporary directory"});
  const std::string file = dir.path() + "/body";
  {
    std::ofstream out(file, std::ios::binary);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out.good()) return ErrorResponse({500, "cannot write the request body to a temporary file"});
  }
  std::unique_ptr<store::Store> writer;
  Status s = store::Store::Open(db_path_, &writer);
  if (!s.ok()) return ErrorResponse({500, s.message()});
  pipeline::IngestOptions options;
  options.paths = {file};
  options.forced_format = format;
  nlohmann::json errors = nlohmann::json::array();
  options.on_error = [&errors](const ingest::InputError& e) {
    // The temporary file's name means nothing to the client: the reason is what counts.
    if (errors.size() < 100) errors.push_back(e.reason);
  };
  pipeline::IngestStats stats;
  s = pipeline::Ingest(writer.get(), db_path_, options, &stats);
  if (!s.ok()) return ErrorResponse({500, s.message()});
  nlohmann::json out = {{"records", stats.records}, {"added", stats.added},
                        {"duplicates", stats.duplicates}, {"copies", stats.copies},
                        {"skipped", stats.skipped}, {"errors", errors}};
  // Nothing readable at all is the client's mistake, not a partial success.
  return {stats.records == 0 && !errors.empty() ? 400 : 200, std::move(out)};
}

}  // namespace sitrep::server
