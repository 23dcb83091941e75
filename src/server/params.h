// Request parameters, validated: every bad value becomes an ApiError (400) with a
// message naming the parameter, never an exception or a guess.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace sitrep::server {

// A failed request: its HTTP status and a message for the user.
struct ApiError {
  int status = 400;
  std::string message;
};

using Params = std::multimap<std::string, std::string>;

class ParamReader {
 public:
  explicit ParamReader(const Params& params) : params_(params) {}

  // The value of `name`, or "" when absent. A parameter given twice is an error.
  std::string Text(const std::string& name, size_t max_bytes = 1000);
  // A positive id; 0 when absent.
  int64_t Id(const std::string& name);
  // An integer in [min, max]; `fallback` when absent.
  int64_t Int(const std::string& name, int64_t min, int64_t max, int64_t fallback);
  // A date bound as the store takes it (YYYY, YYYY-MM, YYYY-MM-DD, ...); "" when absent.
  std::string Date(const std::string& name);
  // One of `allowed` (compared exactly); "" when absent.
  std::string OneOf(const std::string& name, std::initializer_list<const char*> allowed);

  // The first error met, if any: handlers read all parameters, then check once.
  const std::optional<ApiError>& error() const { return error_; }

 private:
  void Fail(std::string message);

  const Params& params_;
  std::optional<ApiError> error_;
};

// Parses a path segment as a positive id (digits only, at most 18 of them).
std::optional<int64_t> ParseId(const std::string& text);

}  // namespace sitrep::server
