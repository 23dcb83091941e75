// POST /api/ingest: a request body in any format `sitrep ingest` reads, stored through
// the same pipeline (facts, copies, events), one ingest at a time.
#pragma once

#include <mutex>
#include <string>

#include "server/api.h"

namespace sitrep::server {

class IngestEndpoint {
 public:
  // `token` empty: the server is read-only and every ingest is refused.
  IngestEndpoint(std::string db_path, std::string token)
      : db_path_(std::move(db_path)), token_(std::move(token)) {}

  // `authorization` is the request's Authorization header; `format` forces a format
  // ("text", "jsonl", "html", "feed", "warc"; empty: detect from the content).
  ApiResponse Post(const std::string& authorization, const std::string& format,
                   const std::string& body);

 private:
  std::string db_path_;
  std::string token_;
  std::mutex mu_;  // one writer at a time
};

}  // namespace sitrep::server
