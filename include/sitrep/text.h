// text: UTF-8 validation, normalisation, tokens and sentences. The lowest module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// Returns true when `s` is well-formed UTF-8. On failure, *bad_offset (if given) is the
// byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// True when `s` looks like binary data rather than text: a NUL byte, or a high share of
// control characters other than tab, newline, carriage return and form feed.
bool LooksBinary(std::string_view s);

// NFC-normalises valid UTF-8 (utf8proc). Input must be valid UTF-8.
std::string NormalizeNfc(std::string_view s);

// Case-folded, NFKC, accents kept: the key under which two spellings compare equal
// for matching (not for display).
std::string FoldCase(std::string_view s);

// Cleans whitespace for storage: CRLF/CR to LF, tabs and Unicode spaces (NBSP, thin
// space, ...) to ' ', runs of spaces collapsed, each line trimmed, runs of blank lines
// collapsed to one, leading and trailing blank lines removed. A byte-order mark at the
// start is dropped.
std::string CleanWhitespace(std::string_view s);

// A token: a maximal run of letters/digits (with inner apostrophes, hyphens, and the
// separators inside numbers such as "8,500" and "1.2"), as byte offsets into the text.
struct Token {
  size_t begin = 0;
  size_t end = 0;  // one past the last byte
};
std::vector<Token> Tokenize(std::string_view s);

// Sentence spans (byte offsets) in `s`: splits after . ! ? (and closing quotes or
// brackets that follow them) when the next word starts a sentence; does not split after
// common abbreviations ("Mr.", "U.S.", "Feb.") or inside numbers ("1.2").
// Paragraph breaks ("\n\n") always end a sentence.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<Span> SplitSentences(std::string_view s);

}  // namespace sitrep::text

namespace sitrep::text {

// Language of a text, from CLD2: ISO 639-1 code ("en") or "und" when CLD2 cannot tell,
// and a confidence in 0..1 (CLD2's percent of text in that language, scaled by whether
// it judged the result reliable). Only the first 4 KiB of the text are examined.
struct Language {
  std::string code = "und";
  double confidence = 0.0;
};
Language DetectLanguage(std::string_view utf8_text);

// Normalises a declared language ("en", "EN", "en-US", "en_GB", "English", "iw") to the
// code DetectLanguage would give ("en", "he"); returns "" when it names no language
// CLD2 knows.
std::string NormalizeLanguageCode(std::string_view name_or_code);

}  // namespace sitrep::text
