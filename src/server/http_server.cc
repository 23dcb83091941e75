// sitrep serve: cpp-httplib moves the bytes; Api answers, the embedded web page is
// served as is, and nothing else is reachable.
#include <httplib.h>
#include <sys/socket.h>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "server/api.h"
#include "server/ingest_endpoint.h"
#include "server/store_pool.h"
#include "server/web_assets.h"
#include "sitrep/server.h"

namespace sitrep::server {
namespace {

// The page loads only what this server serves: no remote fonts, scripts or styles.
const httplib::Headers kSecurityHeaders = {
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"X-Frame-Options", "DENY"},
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
     "frame-ancestors 'none'"},
};

void Send(int status, const std::string& body, httplib::Response* res) {
  res->status = status;
  res->set_content(body, "application/json; charset=utf-8");
  // The store changes under the page: a browser must ask again, not reuse an answer.
  res->set_header("Cache-Control", "no-store");
}

void Send(const ApiResponse& response, httplib::Response* res) {
  Send(response.status, WriteJson(response.body), res);
}

Status ReadToken(const std::string& path, std::string* token) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(fmt::format("{}: cannot read the token file", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string t = buffer.str();
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(t.begin());
  if (t.size() < 16) {
    return Status::Error(fmt::format("{}: the token must be at least 16 characters", path));
  }
  *token = std::move(t);
  return Status::Ok();
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<Api> api;
  std::unique_ptr<IngestEndpoint> ingest;
  httplib::Server http;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Status Server::Create(const ServerOptions& options, std::unique_ptr<Server>* server) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(options.db_path, error)) {
    return Status::Error(fmt::format("{}: no store there (create one with sitrep ingest)",
                                     options.db_path));
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  std::string token;
  if (!options.token_file.empty()) {
    Status s = ReadToken(options.token_file, &token);
    if (!s.ok()) return s;
  }
  // SQLite reads are CPU-bound: readers beyond twice the cores only wait.
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const int readers = std::clamp(2 * cores, 2, std::max(2, options.threads));
  Status s = StorePool::Open(options.db_path, readers, &impl->pool);
  if (!s.ok()) return Status::Error(fmt::format("{}: {}", options.db_path, s.message()));
  impl->api = std::make_unique<Api>(impl->pool.get(), options.cache_bytes);
  impl->ingest = std::make_unique<IngestEndpoint>(options.db_path, token);
  server->reset(new Server(std::move(impl)));
  return Status::Ok();
}

Status Server::Run(const std::function<void(int port)>& on_listening) {
  httplib::Server& http = impl_->http;
  const int threads = std::max(1, impl_->options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(impl_->options.max_body_bytes);
  // A client keeps its connection (and so its worker) for many requests: closing it
  // after a few, httplib's default, makes busy clients reconnect over and over.
  http.set_keep_alive_max_count(1000);
  http.set_default_headers(kSecurityHeaders);

  Api* api = impl_->api.get();
  http.Get("/api/.*", [api](const httplib::Request& req, httplib::Response& res) {
    ApiText answer = api->GetText(req.path, req.params);
    Send(answer.status, *answer.body, &res);
  });
  IngestEndpoint* ingest = impl_->ingest.get();
  http.Post("/api/ingest", [ingest](const httplib::Request& req, httplib::Response& res) {
    const auto format = req.params.find("format");
    Send(ingest->Post(req.get_header_value("Authorization"),
                           format == req.params.end() ? "" : format->second, req.body),
              &res);
  });
  http.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
    const WebAsset* asset = FindWebAsset(req.path);
    if (asset == nullptr) {
      res.status = 404;
      res.set_content("not found\n", "text/plain; charset=utf-8");
      return;
    }
    res.set_content(std::string(asset->bytes), std::string(asset->mime));
  });
  // Errors httplib decides itself (no route, body too large, bad request) answer in
  // the API's shape; the handlers' own errors already have a body.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = fmt::format("HTTP error {}", res.status);
    if (res.status == 400) message = "malformed request";
    if (res.status == 404) message = fmt::format("no such endpoint: {} {}", req.method, req.path.substr(0, 200));
    if (res.status == 413) message = "request body too large";
    if (res.status == 414) message = "request line too long";
    Send(ErrorResponse({res.status, message}), &res);
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
    std::string message = "internal error";
    try {
      if (e) std::rethrow_exception(e);
    } catch (const std::exception& x) {
      message = fmt::format("internal error: {}", x.what());
    } catch (...) {
    }
    Send(ErrorResponse({500, message}), &res);
  });

  // httplib listens with a backlog of 5, fixed when the library was built: a burst of
  // new connections (200 analysts, or wrk) overflows it and the kernel drops their SYNs,
  // which clients resend after 1 s, then 3 s. Listening again on the bound socket with
  // the system's maximum backlog is how Linux raises it.
  int listen_fd = -1;
  http.set_socket_options([&listen_fd](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listen_fd = sock;
  });
  int port = impl_->options.port;
  if (port == 0) {
    port = http.bind_to_any_port(impl_->options.bind);
    if (port < 0) return Status::Error(fmt::format("cannot listen on {}", impl_->options.bind));
  } else if (!http.bind_to_port(impl_->options.bind, port)) {
    return Status::Error(fmt::format("cannot listen on {}:{} (in use, or not an address here)",
                                     impl_->options.bind, port));
  }
  if (listen_fd >= 0) ::listen(listen_fd, SOMAXCONN);
  // The callback runs once the socket accepts: connections made from it are queued by
  // the kernel until listen_after_bind starts taking them.
  if (on_listening) on_listening(port);
  if (!http.listen_after_bind()) return Status::Error("the server stopped on a socket error");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace sitrep::server
