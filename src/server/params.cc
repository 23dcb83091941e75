#include "server/params.h"

#include <fmt/format.h>

#include <algorithm>

#include "sitrep/store.h"

namespace sitrep::server {

std::optional<int64_t> ParseId(const std::string& text) {
  // 18 digits always fit an int64_t; ids are far smaller anyway.
  if (text.empty() || text.size() > 18) return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const int64_t id = std::stoll(text);
  if (id <= 0) return std::nullopt;
  return id;
}

void ParamReader::Fail(std::string message) {
  if (!error_) error_ = ApiError{400, std::move(message)};
}

std::string ParamReader::Text(const std::string& name, size_t max_bytes) {
  auto [first, last] = params_.equal_range(name);
  if (first == last) return "";
  if (std::next(first) != last) {
    Fail(fmt::format("parameter {} is given more than once", name));
    return "";
  }
  if (first->second.size() > max_bytes) {
    Fail(fmt::format("parameter {} is longer than {} bytes", name, max_bytes));
    return "";
  }
  return first->second;
}

int64_t ParamReader::Id(const std::string& name) {
  const std::string text = Text(name, 64);
  if (text.empty()) return 0;
  std::optional<int64_t> id = ParseId(text);
  if (!id) {
    Fail(fmt::format("parameter {} must be a positive integer id, not \"{}\"", name, text));
    return 0;
  }
  return *id;
}

int64_t ParamReader::Int(const std::string& name, int64_t min, int64_t max, int64_t fallback) {
  const std::string text = Text(name, 64);
  if (text.empty()) return fallback;
  const bool digits = text.size() <= 18 && std::all_of(text.begin(), text.end(), [](char c) {
                        return c >= '0' && c <= '9';
                      });
  const int64_t value = digits ? std::stoll(text) : -1;
  if (!digits || value < min || value > max) {
    Fail(fmt::format("parameter {} must be an integer from {} to {}, not \"{}\"", name, min, max,
                     text));
    return fallback;
  }
  return value;
}

std::string ParamReader::Date(const std::string& name) {
  std::string text = Text(name, 64);
  if (!text.empty() && !store::IsValidDateBound(text)) {
    Fail(fmt::format(
        "parameter {} must be a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]), not \"{}\"",
        name, text));
    return "";
  }
  return text;
}

std::string ParamReader::OneOf(const std::string& name, std::initializer_list<const char*> allowed) {
  std::string text = Text(name, 64);
  if (text.empty()) return text;
  for (const char* a : allowed) {
    if (text == a) return text;
  }
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  Fail(fmt::format("parameter {} must be one of {}, not \"{}\"", name, list, text));
  return "";
}

}  // namespace sitrep::server
