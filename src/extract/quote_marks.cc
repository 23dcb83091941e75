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
      } else if (cp == '\'') {
        if (single_open_ >= 0 && toks_[static_cast<size_t>(single_open_)].cp == '\'' &&
            ClosesStraightSingle(i)) {
          if (Emit(static_cast<uint32_t>(single_open_), i, true, t.begin)) {
            out_.back().single = true;
          }
          single_open_ = -1;
        } else if (OpensStraightSingle(i)) {
          single_open_ = static_cast<long>(i);
        }
      }
    }
    if (open_ >= 0) Emit(static_cast<uint32_t>(open_), n, false, text_.size());
    return std::move(out_);
  }

 private:
  // A straight single mark is mostly an apostrophe ("don't", "'90s", "the Smiths'
  // house"); the tokenizer has already joined those inside words. It opens a quote only
  // after a space, the text's start or a colon, and before a letter.
  bool OpensStraightSingle(uint32_t i) const {
    const Token& t = toks_[i];
    const bool after_space = t.is(kSpaceBefore) || (i > 0 && toks_[i - 1].is_punct(':'));
    if (!after_space || i + 1 >= toks_.size()) return false;
    const Token& next = toks_[i + 1];
    if (!next.is_word() || next.is(kSpaceBefore) || next.paragraph != t.paragraph ||
        !next.is(kUpperInitial | kLowerInitial)) {
      return false;
    }
    // Elisions: "rock 'n' roll", "let 'em go", "'til dawn".
    static constexpr std::string_view kElided[] = {"n", "em", "til", "cause", "bout", "tis",
                                                   "twas", "round"};
    if (next.is(kLowerInitial)) {
      for (std::string_view w : kElided) {
        if (next.folded == w) return false;
      }
    }
    return true;
  }

  // It closes right after a word or punctuation and before a space, punctuation or the
  // end. After a plural "s" and before a word it is as likely a possessive ("the Smiths'
  // house"); it closes there only when no clear closing mark follows in the sentence.
  bool ClosesStraightSingle(uint32_t i) const {
    const Token& t = toks_[i];
    if (i == 0 || t.is(kSpaceBefore)) return false;
    const size_t n = toks_.size();
    if (i + 1 < n && toks_[i + 1].is_word() && !toks_[i + 1].is(kSpaceBefore)) return false;
    const Token& prev = toks_[i - 1];
    const bool plural = prev.is_word() && !prev.folded.empty() && prev.folded.back() == 's';
    if (!plural || i + 1 >= n || !toks_[i + 1].is_word()) return true;
    // Bounded, so that a text of plural possessives stays linear.
    for (size_t j = i + 1; j < n && j <= i + 40 && toks_[j].sentence == t.sentence; ++j) {
      const Token& later = toks_[j];
      if (later.is_word() || later.cp != '\'' || later.is(kSpaceBefore)) continue;
      const bool clear = !toks_[j - 1].is_word() || j + 1 >= n || !toks_[j + 1].is_word();
      if (clear) return false;
    }
    return true;
  }

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
