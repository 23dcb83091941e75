// Turns grammar matches into TimeExprs: resolves each against the reference date and
// remembers the last day named, for anaphora ("a day earlier") further on.
#pragma once

#include <string>
#include <string_view>

#include "extract/time_resolve.h"
#include "extract/time_spec.h"
#include "extract/time_tokens.h"
#include "sitrep/times.h"

namespace sitrep::extract::time_internal {

class TimeExprBuilder {
 public:
  // `ctx` is updated as expressions name days.
  TimeExprBuilder(std::string_view text, const TimeTokens& tokens, ResolveContext* ctx)
      : text_(text), t_(tokens), ctx_(ctx) {}

  TimeExpr Build(const Match& m);

 private:
  void BuildDate(const Match& m, TimeExpr* e);
  void BuildRange(const Match& m, TimeExpr* e);
  // Bounds of each kind of range; false when they cannot be resolved.
  bool DateRange(const Match& m, std::string* begin, std::string* end);
  bool Slice(const Match& m, std::string* begin, std::string* end) const;
  bool AroundReference(const Match& m, std::string* begin, std::string* end) const;
  bool Span(const Match& m, std::string* begin, std::string* end) const;
  void Remember(const ResolvedDate& r, const std::string& mod);
  void ChooseRangeYear(DateSpec* a, DateSpec* b) const;
  std::string RefDay() const;

  std::string_view text_;
  const TimeTokens& t_;
  ResolveContext* ctx_;
};

}  // namespace sitrep::extract::time_internal
