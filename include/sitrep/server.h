// server: the HTTP JSON API and the web page, served from one store by `sitrep serve`.
//
// Read-only unless a token file is given: then POST /api/ingest takes a body in any
// format `sitrep ingest` reads, with "Authorization: Bearer <token>". The store may be
// written by another process while the server reads it (SQLite WAL: readers never wait).
// No part of a request ever names a file: the web page's files are compiled into the
// binary, and an ingested body goes to a temporary file the server names itself.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "sitrep/status.h"

namespace sitrep::server {

struct ServerOptions {
  std::string db_path;
  std::string bind = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see on_listening)
  // The file holding the bearer token that enables POST /api/ingest; empty: read-only.
  std::string token_file;
  size_t max_body_bytes = 64u << 20;  // larger request bodies get 413
  // Request workers. httplib gives a keep-alive connection a worker for its whole life,
  // so many concurrent clients need many workers; they share a few store readers.
  int threads = 64;
  // Computed answers are kept, until the store changes, within this many bytes; 0: none.
  size_t cache_bytes = 128u << 20;
};

class Server {
 public:
  // Opens the store and reads the token file. Fails when the store cannot be opened or
  // the token file is unreadable or empty.
  static Status Create(const ServerOptions& options, std::unique_ptr<Server>* server);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves until Stop(). `on_listening` is called with the bound port once
  // connections are accepted. Fails when the address cannot be bound.
  Status Run(const std::function<void(int port)>& on_listening);
  // Makes Run return; safe from any thread (not from a signal handler).
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::server
