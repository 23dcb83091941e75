// Tokens for the number and figure grammars: words, digit literals and single
// punctuation marks, with the spacing between them. Internal to src/extract.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace sitrep::extract::internal {

enum class TokKind : uint8_t {
  kWord,    // letters, with inner apostrophes ("Russia's")
  kDigits,  // a digit literal: "8,500", "1.2", ".08", "1e10", "3/4", "½"
  kCode,    // digits that are not one number: "08:19", "02/10/2022", "192.168.1.2"
  kPunct,   // one code point of anything else
};

struct Tok {
  size_t begin = 0;
  size_t end = 0;
  TokKind kind = TokKind::kPunct;
  bool space_before = false;   // whitespace between the previous token and this one
  bool break_before = false;   // a line break among that whitespace
  bool upper_initial = false;  // kWord: first letter is upper case
  bool all_upper = false;      // kWord: every letter is upper case ("US", "NATO")
  bool any_upper = false;      // kWord: some letter is upper case ("iPhone", "Boeing")
  // kDigits only.
  bool separators = false;    // "8,500", "1 234 567"
  bool fraction = false;      // "1.2", ".08", "3/4", "½"
  bool exponent = false;      // "1e10"
  bool leading_zero = false;  // "007", "0000" (but not "0" or "0.5")
  bool slash = false;         // "3/4"
  bool vulgar = false;        // "½": a fraction mark, glued onto a whole number
  int int_digits = 0;         // digits before the decimal point
  double value = 0;
};

// Tokenises `text`, appending to *out (cleared first). Linear in text.size().
void Tokenize(std::string_view text, std::vector<Tok>* out);

// Lower-cases an ASCII word into buf (size cap), returning the view; returns an empty
// view when the word is longer than cap or holds non-ASCII bytes. Number and unit words
// are all ASCII, so anything else cannot be one of them.
std::string_view LowerAscii(std::string_view word, char* buf, size_t cap);

// Texts are processed in pieces of about 64 KB so that token buffers stay small. A
// piece ends at a line break (numbers never span one) when there is one within the next
// 64 KB, else at a space, else at the end of the text. Returns the end of the piece
// that starts at `begin`.
size_t ChunkEnd(std::string_view text, size_t begin);

// The text of a token.
inline std::string_view TokText(std::string_view text, const Tok& t) {
  return text.substr(t.begin, t.end - t.begin);
}

}  // namespace sitrep::extract::internal
