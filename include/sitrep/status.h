// Status: the outcome of an operation that can fail, with a one-line reason.
// Modelled on LevelDB's Status: cheap when OK, carries a message otherwise.
#pragma once

#include <string>
#include <utility>

namespace sitrep {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace sitrep
