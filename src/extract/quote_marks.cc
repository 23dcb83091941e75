#include "extract/quote_marks.h"

namespace sitrep::extract::internal {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Trims white space and a trailing comma, which news style puts inside the marks
// ("..., diplomacy," Austin said) but which is not part of what was said.
void Trim(std::string_view text, size_t* begin, size_t* end) {
  while (*begin < *end && IsSpaceByte(text[*begin])) ++*begin;
  while (*end > *begin && IsSpaceByte(text[*end - 1])) --*end;
  if (*end > *begin && text[*end - 1] == ',') --*end;
  while (*end > *begin && IsSpaceByte(text[*end - 1])) --*end;
}

class Pairer {
 public:
  Pairer(std::string_view text, const TokenizedText& tt) : text_(text), toks_(tt.tokens) {}

  std::vector<QuoteSpan> Run() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      if (i > 0 && t.paragraph != toks_[i - 1].paragraph) {
        single_open_ = -1;
        if (open_ >= 0) {
          // The paragraph ended inside a quote: it goes on only if this paragraph
          // opens with a double mark.
          const bool continues = !t.is_word() && IsDoubleQuoteMark(t.cp) &&
                                 !IsClosingQuoteMark(t.cp);
          const bool emitted = Emit(static_cast<uint32_t>(open_), i, false, toks_[i - 1].end);
          if (continues) {
            open_ = static_cast<long>(i);
            if (emitted) continues_ = static_cast<int>(out_.size()) - 1;
            continue;
          }
          open_ = -1;
          continues_ = -1;
        }
      }
      if (t.is_word()) continue;
      const int32_t cp = t.cp;
      if (IsDoubleQuoteMark(cp)) {
        single_open_ = -1;
        const bool straight = cp == '"';
        const bool opening = IsOpeningQuoteMark(cp);
        if (open_ < 0) {
          if (opening || straight) {
            open_ = static_cast<long>(i);
          } else if (t.is(kSpaceBefore) && i + 1 < n && toks_[i + 1].is_word() &&
                     !toks_[i + 1].is(kSpaceBefore)) {
            // A closing glyph used to open, as careless typing and translation do.
            open_ = static_cast<long>(i);
          }
        } else if (straight || !opening ||
                   (toks_[static_cast<size_t>(open_)].cp == 0x201E && cp == 0x201C)) {
          // German and Central European style closes a low „ with a high “, the glyph
          // English opens with.
          Emit(static_cast<uint32_t>(open_), i, true, t.begin);
          open_ = -1;
          continues_ = -1;
        } else {
          // An opening mark inside an open quote: the earlier quote lost its closing
          // mark; end it here and start anew.
          Emit(static_cast<uint32_t>(open_), i, false, t.begin);
          open_ = static_cast<long>(i);
          continues_ = -1;
        }
        continue;
      }
      if (open_ >= 0) continue;  // single marks inside double quotes are part of them
      if (cp == 0x2018) {
        if (i + 1 < n && toks_[i + 1].is_word() && !toks_[i + 1].is(kSpaceBefore)) {
          single_open_ = static_cast<long>(i);
        }
      } else if (cp == 0x2019 && single_open_ >= 0 && !t.is(kSpaceBefore)) {
        if (Emit(static_cast<uint32_t>(single_open_), i, true, t.begin)) {
          out_.back().single = true;
        }
        single_open_ = -1;
      }
    }
    if (open_ >= 0) Emit(static_cast<uint32_t>(open_), n, false, text_.size());
    return std::move(out_);
  }

 private:
  bool Emit(uint32_t open, uint32_t close, bool closed, size_t end) {
    size_t begin = toks_[open].end;
    Trim(text_, &begin, &end);
    if (begin >= end) return false;
    QuoteSpan q;
    q.open = open;
    q.close = close;
    q.closed = closed;
    q.begin = begin;
    q.end = end;
    q.continues = continues_;
    out_.push_back(q);
    return true;
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<QuoteSpan> out_;
  long open_ = -1;
  long single_open_ = -1;
  int continues_ = -1;
};

}  // namespace

std::vector<QuoteSpan> PairQuoteMarks(std::string_view text, const TokenizedText& tt) {
  return Pairer(text, tt).Run();
}

}  // namespace sitrep::extract::internal
