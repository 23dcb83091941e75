#include "cli/progress_line.h"

#include <cstdio>

#include <fmt/format.h>

namespace sitrep::cli {

namespace {
constexpr auto kRedrawInterval = std::chrono::milliseconds(200);
}  // namespace

ProgressLine::ProgressLine(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_ - kRedrawInterval) {}

void ProgressLine::Update(const pipeline::IngestStats& stats) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kRedrawInterval) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(stats.records) / seconds : 0.0;
  fmt::print(stderr, "\r\033[Kfiles {}  articles {} (+{} new)  {:.0f}/s  {:.1f} MB  errors {}",
             stats.files, stats.records, stats.added, rate, static_cast<double>(stats.bytes) / 1e6,
             stats.errors);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::Clear() {
  if (!enabled_ || !shown_) return;
  fmt::print(stderr, "\r\033[K");
  shown_ = false;
  last_ = std::chrono::steady_clock::now() - kRedrawInterval;
}

void ProgressLine::Finish() { Clear(); }

}  // namespace sitrep::cli
