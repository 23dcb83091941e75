// Tokens for the time-expression grammar: words, digit runs and punctuation, with the
// spacing between them, which the grammar needs ("3pm" and "3 pm" are one clock time,
// "02/10/2022" is a date only when nothing separates its parts).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::extract::time_internal {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct TimeToken {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  // kPunct: the character, with Unicode dashes mapped to '-', curly quotes to '\'' and
  // '"', and the ellipsis to '.'.
  char punct = 0;
  bool space_before = false;    // whitespace between this token and the previous one
  bool newline_before = false;  // a line break between them
  bool capitalized = false;     // kWord starting with an ASCII capital letter
  int digits = 0;               // kNumber: number of digits
  int64_t number = 0;           // kNumber: value, saturated at 10^12
};

// The tokens of one text, plus an ASCII-lowercased copy of the text that word lookups
// read from. Non-ASCII letters stay inside words ("Zelensky’s" is "zelensky", "'", "s").
class TimeTokens {
 public:
  explicit TimeTokens(std::string_view text);
  TimeTokens(const TimeTokens&) = delete;
  TimeTokens& operator=(const TimeTokens&) = delete;

  size_t size() const { return tokens_.size(); }
  const TimeToken& operator[](size_t i) const { return tokens_[i]; }
  // Lowercased text of token i ("" past the end, so lookahead needs no bounds checks).
  std::string_view low(size_t i) const {
    if (i >= tokens_.size()) return {};
    return std::string_view(lower_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool IsWord(size_t i) const { return i < size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsNumber(size_t i) const {
    return i < size() && tokens_[i].kind == TokenKind::kNumber;
  }
  bool IsPunct(size_t i, char c) const {
    return i < size() && tokens_[i].kind == TokenKind::kPunct && tokens_[i].punct == c;
  }
  bool Is(size_t i, std::string_view word) const { return IsWord(i) && low(i) == word; }
  // True when token i directly follows token i-1 with nothing between them.
  bool Touches(size_t i) const { return i < size() && i > 0 && !tokens_[i].space_before; }

 private:
  std::string lower_;
  std::vector<TimeToken> tokens_;
};

}  // namespace sitrep::extract::time_internal
