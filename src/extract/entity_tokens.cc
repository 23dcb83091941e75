#include "extract/entity_tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstring>

#include "extract/gazetteer.h"

namespace sitrep::extract::internal {
namespace {

utf8proc_category_t Category(int32_t cp) {
  return cp < 0 ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
}

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool IsLetter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const auto c = Category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool IsUpper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = Category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool IsLower(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return Category(cp) == UTF8PROC_CATEGORY_LL;
}

bool IsDigit(int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return Category(cp) == UTF8PROC_CATEGORY_ND;
}

bool IsMark(int32_t cp) {
  if (cp < 0x80) return false;
  const auto c = Category(cp);
  return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

bool IsWordCharSlow(int32_t cp) { return IsLetter(cp) || IsDigit(cp) || IsMark(cp); }

// ASCII first, inline: nearly every character tested is ASCII, and as one call the
// general test cost more than the rest of the token's first character.
inline bool IsWordChar(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return IsWordCharSlow(cp);
}

bool IsSpace(int32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
    return true;
  }
  if (cp < 0x80) return false;
  return Category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x85;
}

bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Lower-cases the word src[0, n) into dst as FoldWord does an ASCII word; false, with
// dst holding garbage, when the word has a byte >= 0x80. Eight bytes at a time where
// eight can be read at src and written at dst (src_room and dst_room bytes from there):
// a byte at a time, the folding cost more than the tokenizing of the word.
bool LowerAsciiWord(const char* src, size_t src_room, char* dst, size_t dst_room, size_t n) {
  size_t k = 0;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = kOnes * 0x80;
    for (; k < n && k + 8 <= src_room && k + 8 <= dst_room; k += 8) {
      uint64_t x;
      std::memcpy(&x, src + k, 8);
      // The word's bytes are the low ones; those past its end go out as garbage.
      const size_t len = std::min<size_t>(8, n - k);
      const uint64_t mine = len == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * len)) - 1;
      if (x & mine & kHigh) return false;
      // The high bit of each byte: set where the byte is at least 'A' and not above
      // 'Z'. A byte below 0x80 plus at most 0x3F stays below 0x100, so no sum carries
      // into a byte of the word (carries go up, into the garbage).
      const uint64_t upper = (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x80 - 'Z' - 1)) & kHigh;
      x |= upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
      std::memcpy(dst + k, &x, 8);
    }
  }
  for (; k < n; ++k) {
    const char c = src[k];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    dst[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return true;
}

}  // namespace

int32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                       static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    *len = 1;
    return -1;
  }
  *len = static_cast<size_t>(n);
  return cp;
}

bool IsOpeningQuoteMark(int32_t cp) {
  return cp == 0x201C || cp == 0x00AB || cp == 0x201E || cp == 0x2018 || cp == 0x2039 ||
         cp == 0x201A || cp == 0x201F;
}
bool IsClosingQuoteMark(int32_t cp) {
  return cp == 0x201D || cp == 0x00BB || cp == 0x2019 || cp == 0x203A;
}
bool IsDoubleQuoteMark(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB ||
         cp == 0x00BB || cp == 0x201F;
}

void SplitTokens(std::string_view text, std::vector<Token>* out) {
  out->clear();
  out->reserve(text.size() / 4 + 4);
  size_t i = 0;
  int newlines = 2;  // the text start counts as a paragraph start
  bool space_before = true;
  while (i < text.size()) {
    if (text[i] == ' ') {  // the commonest byte of all, decoded and classified below
      space_before = true;
      ++i;
      continue;
    }
    size_t len = 0;
    const int32_t cp = DecodeAt(text, i, &len);
    if (IsSpace(cp)) {
      if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) ++newlines;
      space_before = true;
      i += len;
      continue;
    }
    Token t;
    t.begin = i;
    if (newlines >= 1) t.flags |= kLineStart;
    if (newlines >= 2) t.flags |= kParagraphStart;
    if (space_before) t.flags |= kSpaceBefore;
    newlines = 0;
    space_before = false;
    if (!IsWordChar(cp)) {
      t.cp = cp;
      t.end = t.core_end = i + len;
      out->push_back(std::move(t));
      i += len;
      continue;
    }
    // A word. State for the joiners: the initial case of the current hyphen segment,
    // the length in letters of the current period segment.
    t.flags |= kWord;
    int lower = 0;
    int letters = 0;
    int32_t first_letter = 0;
    bool segment_upper = IsUpper(cp);
    int period_segment_letters = 0;
    bool has_inner_period = false;
    bool only_single_letter_segments = true;
    int32_t prev = 0;
    size_t j = i;
    while (j < text.size()) {
      // Most of a word is ASCII letters and digits: take them without decoding.
      const auto b = static_cast<unsigned char>(text[j]);
      if (b >= 'a' && b <= 'z') {
        // A run of lower-case letters, counted at once.
        size_t e = j + 1;
        while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
        const int run = static_cast<int>(e - j);
        letters += run;
        period_segment_letters += run;
        lower += run;
        if (first_letter == 0) first_letter = b;
        prev = static_cast<unsigned char>(text[e - 1]);
        j = e;
        continue;
      }
      if (IsAsciiLetter(b)) {
        ++letters;
        ++period_segment_letters;
        if (first_letter == 0) first_letter = b;
        prev = b;
        ++j;
        continue;
      }
      if (b >= '0' && b <= '9') {
        t.flags |= kHasDigit;
        prev = b;
        ++j;
        continue;
      }
      // Any other ASCII byte but the joiners below ends the word.
      if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',' && b != '&') break;
      size_t l = 0;
      const int32_t c = DecodeAt(text, j, &l);
      if (IsWordChar(c)) {
        if (IsLetter(c)) {
          ++letters;
          ++period_segment_letters;
          if (first_letter == 0) first_letter = c;
          if (IsLower(c)) ++lower;
        } else if (IsDigit(c)) {
          t.flags |= kHasDigit;
        }
        prev = c;
        j += l;
        continue;
      }
      if (j + l >= text.size()) break;
      size_t nl = 0;
      const int32_t next = DecodeAt(text, j + l, &nl);
      bool join = false;
      if (IsApostrophe(c)) {
        join = IsLetter(prev) && IsLetter(next);
      } else if (IsHyphen(c)) {
        if (IsWordChar(next)) {
          // "pro-Western" and "US-based" split where the case changes, so that the
          // capitalised part can be a name of its own.
          const bool next_upper = IsUpper(next);
          const bool next_lower = IsLower(next);
          join = !((segment_upper && next_lower) || (!segment_upper && IsLetter(prev) &&
                                                     next_upper && !IsDigit(prev)));
          if (join) segment_upper = next_upper;
        }
      } else if (c == '.') {
        if (IsDigit(prev) && IsDigit(next)) {
          join = true;
        } else if (IsLetter(prev) && IsLetter(next) && period_segment_letters == 1) {
          join = true;  // "U.S", "e.g"
          has_inner_period = true;
          period_segment_letters = 0;
        }
      } else if (c == ',') {
        join = IsDigit(prev) && IsDigit(next);
      } else if (c == '&') {
        join = IsUpper(prev) && IsUpper(next);
      }
      if (!join) break;
      prev = c;
      j += l;
    }
    if (period_segment_letters > 1) only_single_letter_segments = false;
    // "U.S." keeps its final period: it belongs to the abbreviation, not the sentence.
    if (has_inner_period && only_single_letter_segments && j < text.size() &&
        text[j] == '.') {
      ++j;
    }
    t.end = j;
    t.core_end = j;
    // A possessive "'s" or "’s" stays in the token but out of the name.
    if (t.end - t.begin > 2 && (text[t.end - 1] == 's' || text[t.end - 1] == 'S')) {
      if (text[t.end - 2] == '\'') {
        t.core_end = t.end - 2;
        t.flags |= kPossessive;
      } else if (t.end - t.begin > 4 && text.substr(t.end - 4, 3) == "\xE2\x80\x99") {
        t.core_end = t.end - 4;
        t.flags |= kPossessive;
      }
    }
    if (first_letter != 0) {
      if (IsUpper(first_letter)) {
        t.flags |= kUpperInitial;
      } else if (IsLower(first_letter)) {
        t.flags |= kLowerInitial;
      }
      // The "s" of a possessive does not count: "NATO's" is in capitals.
      if (t.is(kPossessive) && text[t.end - 1] == 's') --lower;
      if (letters >= 2 && lower == 0) t.flags |= kAllUpper;
    }
    // A token that opens with a digit ("2022") is not capitalised whatever follows.
    if (IsDigit(cp)) t.flags &= ~(kUpperInitial | kLowerInitial);
    out->push_back(std::move(t));
    i = j;
  }
}

namespace {

bool IsSentenceTerminator(int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 /* … */;
}

bool IsClosingAfterTerminator(int32_t cp) {
  return cp == '"' || cp == ')' || cp == ']' || IsClosingQuoteMark(cp) || cp == '\'';
}

// Punctuation after which the next word's capital says nothing.
bool OpensClause(const Token& t) {
  if (t.is_word()) return false;
  const int32_t cp = t.cp;
  if (cp == ':' || IsOpeningQuoteMark(cp) || cp == '(' || cp == '[' || cp == 0x2022 ||
      cp == '|' || cp == '*') {
    return true;
  }
  // A straight quote opens when nothing touches it on the left.
  if ((cp == '"' || cp == '\'') && t.is(kSpaceBefore)) return true;
  // A dash opening a line ("– ‘Ukraine only a device’ –").
  if ((cp == '-' || cp == 0x2013 || cp == 0x2014) && t.is(kLineStart)) return true;
  return false;
}

// Marks toks[begin, end), one line, as a headline when most of its content words are
// capitalised and it does not end like prose.
void MarkTitleLine(std::vector<Token>& toks, size_t begin, size_t end) {
  int eligible = 0;
  int capitalised = 0;
  for (size_t k = begin; k < end; ++k) {
    const Token& w = toks[k];
    if (!w.is_word() || w.is(kHasDigit) || w.has(kFunctionWord) || w.core_end - w.begin < 4) {
      continue;
    }
    ++eligible;
    if (w.is(kUpperInitial)) ++capitalised;
  }
  const Token& last = toks[end - 1];
  const bool prose_end = !last.is_word() && IsSentenceTerminator(last.cp);
  if (eligible >= 3 && capitalised * 5 >= eligible * 4 && !prose_end) {
    for (size_t k = begin; k < end; ++k) toks[k].flags |= kTitleLine;
  }
}

}  // namespace

TokenizedText TokenizeText(std::string_view text) {
  TokenizedText out;
  std::vector<Token>& toks = out.tokens;
  SplitTokens(text, &toks);
  const Gazetteer& gaz = Gazetteer::Get();
  // Folded words go into one buffer first, and the views are taken once it stops
  // growing.
  std::vector<std::pair<uint32_t, uint32_t>> spans(toks.size());
  // ASCII words fold to their own length, so the text's size is room enough until
  // utf8proc folds a word longer than written; the room is checked then.
  std::vector<char>& folded = out.folded_text;
  folded.resize(text.size());
  size_t used = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.is_word()) continue;
    const std::string_view word = text.substr(t.begin, t.core_end - t.begin);
    const size_t at = used;
    // FoldWord's ASCII case, written straight into the buffer: nearly every word of
    // an English text takes it, and a string per word cost more than the folding.
    if (LowerAsciiWord(word.data(), text.size() - t.begin, folded.data() + at,
                       folded.size() - at, word.size())) {
      used += word.size();
    } else {
      const std::string f = FoldWord(word);
      // Room for this word and for every word after it, folded as long as written.
      const size_t room = at + f.size() + (text.size() - t.core_end);
      if (room > folded.size()) folded.resize(room);
      std::copy(f.begin(), f.end(), folded.begin() + static_cast<std::ptrdiff_t>(at));
      used = at + f.size();
    }
    spans[i] = {static_cast<uint32_t>(at), static_cast<uint32_t>(used - at)};
    // Looked up now, while the word is fresh in the cache; the view stays for later.
    toks[i].classes = gaz.Classes(std::string_view(folded.data() + at, used - at));
  }
  folded.resize(used);
  for (size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (!t.is_word()) continue;
    t.folded = std::string_view(folded.data() + spans[i].first, spans[i].second);
  }

  // Sentences and paragraphs.
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
  bool sentence_open = false;  // the current sentence has a token
  bool break_pending = false;  // a terminator was seen; break before the next word
  for (size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    const bool line_break = t.is(kLineStart) && i > 0;
    if (t.is(kParagraphStart) && i > 0) ++paragraph;
    bool new_sentence = !sentence_open || line_break;
    if (break_pending && !new_sentence) {
      if (t.is_word()) {
        // "etc. and", '"What?" he asked': a lower-case word continues the sentence.
        new_sentence = !t.is(kLowerInitial);
        break_pending = false;
      } else if (!IsClosingAfterTerminator(t.cp)) {
        new_sentence = true;
        break_pending = false;
      }
    }
    if (new_sentence) {
      if (sentence_open) ++sentence;
      out.sentence_begin.push_back(static_cast<uint32_t>(i));
      sentence_open = true;
      break_pending = false;
    }
    t.sentence = sentence;
    t.paragraph = paragraph;
    if (!t.is_word() && IsSentenceTerminator(t.cp)) {
      bool ends = true;
      if (t.cp == '.' && i > 0 && toks[i - 1].is_word() && toks[i - 1].end == t.begin) {
        const Token& w = toks[i - 1];
        // "Mr.", "Gen.", and single-letter initials ("John F. Kennedy").
        if (w.has(kAbbreviation)) ends = false;
        if (w.end - w.begin == 1 && w.is(kUpperInitial)) ends = false;
      }
      if (ends) {
        t.flags |= kSentenceEnd;
        break_pending = true;
      }
    }
  }

  // Words whose capital says nothing: the first word of a sentence (after any opening
  // punctuation), and a word right after a colon or an opening quote mark.
  uint32_t current = UINT32_MAX;
  bool seen_word = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (t.sentence != current) {
      current = t.sentence;
      seen_word = false;
    }
    if (!t.is_word()) continue;
    if (!seen_word || (i > 0 && OpensClause(toks[i - 1]))) t.flags |= kSentenceInitial;
    seen_word = true;
  }

  // Headline-style lines.
  size_t line_begin = 0;
  for (size_t i = 1; i <= toks.size(); ++i) {
    if (i < toks.size() && !toks[i].is(kLineStart)) continue;
    MarkTitleLine(toks, line_begin, i);
    line_begin = i;
  }
  return out;
}

}  // namespace sitrep::extract::internal
