// Running the sitrep binaries from tests, the way a user's shell would.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sitrep::testing {

struct CommandResult {
  int exit_code = -1;  // the process's exit status, or 128 + signal
  std::string out;
  std::string err;
};

// Runs argv[0] with arguments, feeding `input` on stdin, and waits for it.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input = "");

// Starts argv[0] with stdout and stderr sent to /dev/null and returns its pid.
pid_t Start(const std::vector<std::string>& argv);

// Waits for a started process; returns its exit status or 128 + signal.
int Wait(pid_t pid);

// Parses JSON Lines output.
std::vector<nlohmann::json> JsonLines(const std::string& out);

// A fresh empty directory under the test's temporary folder, removed by the caller's
// fixture (or left for inspection when a test fails).
std::string MakeTempDir(const std::string& name);

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

}  // namespace sitrep::testing
