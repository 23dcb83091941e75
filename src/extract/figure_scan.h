// What the figure readers share: the tokens and numbers of one piece of text with the
// lookups they need, and the readers split across figure_core.cc (a number with its
// currency or unit) and figure_filters.cc (numbers that name, date or list rather than
// count). Internal to src/extract.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/figure_units.h"
#include "extract/number_grammar.h"
#include "extract/number_tokens.h"

namespace sitrep::extract::internal {

class FigureScan {
 public:
  FigureScan(std::string_view text, const std::vector<Tok>& toks,
             const std::vector<ParsedNumber>& nums)
      : text_(text), toks_(toks), nums_(nums) {}

  std::string_view text() const { return text_; }
  const std::vector<Tok>& toks() const { return toks_; }
  const std::vector<ParsedNumber>& nums() const { return nums_; }
  size_t n() const { return toks_.size(); }

  // Token k is the given lower-case word / punctuation mark; false past the end.
  bool Word(size_t k, std::string_view lit) const {
    return k < n() && toks_[k].kind == TokKind::kWord && TokIs(text_, toks_[k], lit);
  }
  bool Punct(size_t k, std::string_view p) const {
    return k < n() && toks_[k].kind == TokKind::kPunct && TokText(text_, toks_[k]) == p;
  }
  bool IsWordTok(size_t k) const { return k < n() && toks_[k].kind == TokKind::kWord; }
  // Token k follows the previous one with no space.
  bool Glued(size_t k) const { return k < n() && !toks_[k].space_before; }

  // The number starting at token k, or nullptr. Numbers are sorted by token, so a
  // binary search keeps this O(log n).
  const ParsedNumber* NumberAt(size_t k) const {
    size_t lo = 0, hi = nums_.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (nums_[mid].tok_begin < k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < nums_.size() && nums_[lo].tok_begin == k ? &nums_[lo] : nullptr;
  }

  // nums()[idx] begins at token k, or at a currency sign that begins there ("$10").
  bool NumberStartsAt(size_t idx, size_t k) const {
    if (idx >= nums_.size()) return false;
    size_t b = nums_[idx].tok_begin;
    if (b == k) return true;
    std::string_view code;
    size_t cb;
    return b > k && b <= k + 3 && CurrencyBefore(text_, toks_, b, &code, &cb) && cb == k;
  }

 private:
  std::string_view text_;
  const std::vector<Tok>& toks_;
  const std::vector<ParsedNumber>& nums_;
};

// A number with the currency or unit written next to it.
struct Core {
  double value = 0;
  double trailing = 1;  // magnitude word the number ends with ("million")
  std::string unit;
  UnitKind kind = UnitKind::kNone;
  size_t tok_begin = 0;  // currency prefix included
  size_t tok_end = 0;    // unit included
};

enum class Read { kFigure, kNotFigure };

// Reads the number nums()[idx] with its currency or unit ("$1.4 billion", "240
// kilometers", "27%", "3 dollars 50 cents", "5 feet 2 inches"). kNotFigure for ordinals,
// durations, ages, model names ("S-400") and numbers glued to letters that are no unit
// ("5pm", "1960s", "5G").
Read ReadCore(const FigureScan& s, size_t idx, Core* c);

// A bare four-digit number from 1000 to 2100: a year unless its context says otherwise.
bool YearLike(const NumberMatch& m);

// Digits glued to a word before them: "MH17", "G7", "S-400", "F-16", "mid-2014".
bool GluedToName(const FigureScan& s, size_t idx);

// Plain numbers that name, date or time something rather than count: "Feb. 3",
// "10 February", "8 pm", "aged 45", "number 5", "007", phone numbers, identifiers.
bool NamesOrDates(const FigureScan& s, size_t idx, const Core& c);

// "Stream 2", "Boeing 737": a capitalised name before a small number, mid-sentence,
// unless a plural noun (`counted`) follows.
bool NamedNumber(const FigureScan& s, size_t idx, const std::string& counted);

// A bare number next to another one ("22, 24, 26"): an item of a list or a table.
bool InList(const FigureScan& s, const ParsedNumber& pn);

// "555-1234": nums()[idx] and the next number read as a phone number.
bool PhoneLike(const FigureScan& s, size_t idx);

}  // namespace sitrep::extract::internal
