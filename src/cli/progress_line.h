// A live status line on a terminal ("files 12  articles 3,400  5,120/s  errors 0"),
// redrawn in place at most a few times a second. Does nothing when stderr is not a
// terminal, so logs and pipes stay clean.
#pragma once

#include <chrono>
#include <string>

#include "sitrep/pipeline.h"

namespace sitrep::cli {

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled);
  // Redraws the line when enough time has passed since the last redraw.
  void Update(const pipeline::IngestStats& stats);
  // Erases the line so that a message can be printed, and redraws it on the next Update.
  void Clear();
  // Erases the line for good.
  void Finish();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace sitrep::cli
