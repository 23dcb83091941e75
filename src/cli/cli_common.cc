#include "cli/cli_common.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace sitrep::cli {

std::unique_ptr<store::Store> OpenStoreOrComplain(const std::string& path) {
  std::unique_ptr<store::Store> store;
  Status s = store::Store::Open(path, &store);
  if (!s.ok()) {
    Complain(path + ": " + s.message());
    return nullptr;
  }
  return store;
}

void PrintJsonLine(const nlohmann::json& j) {
  // Invalid UTF-8 cannot reach the store, but replacing rather than throwing keeps a
  // listing alive whatever a future reader lets through.
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void Complain(const std::string& message) { std::cerr << "sitrep: " << message << '\n'; }

bool StdoutIsTerminal() { return isatty(STDOUT_FILENO) == 1; }
bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

void AddDateBounds(CLI::App* command, std::string* since, std::string* until) {
  auto check = [](const std::string& value) -> std::string {
    return store::IsValidDateBound(value)
               ? std::string()
               : "expected a date such as 2022-02-10, 2022-02 or 2022-02-10T08:00, got '" +
                     value + "'";
  };
  command->add_option("--since", *since, "Only articles published on or after this date")
      ->check(CLI::Validator(check, "DATE", "date"));
  command->add_option("--until", *until, "Only articles published on or before this date")
      ->check(CLI::Validator(check, "DATE", "date"));
}

}  // namespace sitrep::cli
