// `sitrep serve`: the HTTP JSON API and the web page over one store, until SIGINT or
// SIGTERM.
#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "cli/cli_common.h"
#include "sitrep/server.h"

namespace sitrep::cli {
namespace {

struct ServeArgs {
  server::ServerOptions options;
  size_t max_body_mb = 64;
  size_t cache_mb = 128;
  std::string port_file;
};

// Writes the port through a temporary file and a rename, so that a script polling for
// the file never reads half of it.
bool WritePortFile(const std::string& path, int port) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << port << "\n";
    if (!out.good()) return false;
  }
  std::error_code error;
  std::filesystem::rename(tmp, path, error);
  return !error;
}

int RunServe(const Context& context, ServeArgs args) {
  args.options.db_path = context.db_path;
  args.options.max_body_bytes = args.max_body_mb << 20;
  args.options.cache_bytes = args.cache_mb << 20;
  std::unique_ptr<server::Server> srv;
  Status s = server::Server::Create(args.options, &srv);
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  // SIGINT and SIGTERM are taken by one thread with sigwait, which stops the server in
  // an ordinary thread (httplib's stop is not safe from a signal handler). The mask is
  // set before any server thread exists, so that every thread inherits it.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread stopper([&signals, &srv] {
    int received = 0;
    sigwait(&signals, &received);
    if (received != 0) srv->Stop();
  });
  bool port_file_failed = false;
  s = srv->Run([&](int port) {
    if (!args.port_file.empty() && !WritePortFile(args.port_file, port)) {
      port_file_failed = true;
      srv->Stop();
      return;
    }
    fmt::print(stderr, "sitrep serve: http://{}:{}/ ({}; Ctrl-C stops)\n", args.options.bind, port,
               args.options.token_file.empty() ? "read-only" : "POST /api/ingest enabled");
  });
  // Wakes the stopper if the server ended on its own.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (port_file_failed) {
    Complain(fmt::format("{}: cannot write the port file", args.port_file));
    return kExitError;
  }
  if (!s.ok()) {
    Complain(s.message());
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, Context& context) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the HTTP JSON API and the web page over the store (see README).");
  cmd->add_option("--bind", args->options.bind, "Address to listen on (default loopback only)")
      ->capture_default_str();
  cmd->add_option("--port", args->options.port, "Port; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--port-file", args->port_file,
                  "Write the port listened on to this file once connections are accepted");
  cmd->add_option("--token-file", args->options.token_file,
                  "Enable POST /api/ingest for requests bearing the token in this file");
  cmd->add_option("--max-body-mb", args->max_body_mb, "Largest request body accepted, in MiB")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  cmd->add_option("--cache-mb", args->cache_mb,
                  "Keep computed answers until the store changes, within this many MiB (0: none)")
      ->check(CLI::Range(0, 65536))
      ->capture_default_str();
  cmd->add_option("--threads", args->options.threads, "Request workers")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->callback([&context, args] { context.run = [&context, args] { return RunServe(context, *args); }; });
}

}  // namespace sitrep::cli
