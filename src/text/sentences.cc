// Sentence splitting for news prose.
//
// A sentence ends at . ! ? or an ellipsis, together with any closing quotes and brackets
// right after it, when white space follows and the next word can start a sentence
// (anything but a lower-case letter or continuing punctuation). A full stop after an
// abbreviation is judged by the kind of abbreviation: titles ("Mr.", "Gen.") never end
// a sentence; "No." and month names do not before a number ("Feb. 10"); initials and
// dotted initialisms ("John F. Kennedy", "the U.S. Army") end one only when a word that
// commonly opens a sentence follows ("... in the U.S. The ..."). Paragraph breaks and
// list bullets at the start of a line always start a new sentence.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "code_point.h"
#include "sitrep/text.h"

namespace sitrep::text {
namespace {

using internal::DecodeAt;
using internal::IsDigit;
using internal::IsLetter;
using internal::IsLower;
using internal::IsSpace;
using internal::IsUpper;

// Abbreviations that precede a name and so never end a sentence.
constexpr std::string_view kTitles[] = {
    "Mr",   "Mrs",  "Ms",   "Mx",    "Dr",    "Prof", "Gen",  "Lt",   "Col",  "Maj",
    "Capt", "Cmdr", "Cdr",  "Adm",   "Sgt",   "Cpl",  "Pvt",  "Brig", "Sen",  "Sens",
    "Rep",  "Reps", "Gov",  "Govs",  "Rev",   "Hon",  "Pres", "Supt", "Det",  "Insp",
    "Amb",  "Atty", "Messrs", "Mmes", "Mme",  "Mlle", "Fr",   "St",   "Mt",   "Ft",
    "vs",   "v",    "e.g",  "i.e",   "cf",    "viz",  "Gens", "Lt.Gen"};

// Abbreviations that end a sentence unless a number follows ("No. 10", "Vol. 3").
constexpr std::string_view kBeforeNumber[] = {
    "No", "Nos", "Art", "Arts", "Vol", "Vols", "Fig", "Figs",
    "pp", "p",   "Ch",  "ch",   "Sec", "para", "approx", "ca"};

constexpr std::string_view kMonths[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

// Abbreviations that often sit at the end of a sentence as well as inside one.
constexpr std::string_view kAmbiguous[] = {
    "Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "Jr", "Sr",
    "etc", "Bros", "Ave", "Blvd", "Rd", "Sq", "Dept", "Univ"};

// Words that commonly open an English sentence; after an ambiguous abbreviation they
// signal that the full stop did end the sentence.
constexpr std::string_view kSentenceOpeners[] = {
    "The",   "A",        "An",        "He",     "She",     "It",     "They",   "We",
    "I",     "You",      "His",       "Her",    "Its",     "Their",  "Our",    "My",
    "Your",  "This",     "That",      "These",  "Those",   "There",  "Here",   "But",
    "And",   "Or",       "So",        "Yet",    "In",      "On",     "At",     "For",
    "From",  "With",     "By",        "As",     "After",   "Before", "When",   "While",
    "If",    "Although", "Though",    "However", "Meanwhile", "Some", "Many",  "Most",
    "All",   "Both",     "Each",      "Not",    "Now",     "Then",   "Still",  "Also",
    "What",  "Why",      "How",       "Who",    "Where",   "Since",  "During", "Despite",
    "Instead", "Other",  "Such",      "Even",   "Only",    "According"};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsTerminator(int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 /* … */ || cp == 0x203C ||
         cp == 0x2047 || cp == 0x2048 || cp == 0x2049 || cp == 0x3002 /* 。 */ ||
         cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E;
}

// Terminators of scripts written without spaces between sentences.
bool IsSpacelessTerminator(int32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

bool IsCloser(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' || cp == 0x201D ||
         cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D || cp == 0x300F;
}

bool IsOpener(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
         cp == 0x00AB || cp == 0x2039 || cp == 0x00BF || cp == 0x00A1 || cp == 0x300C ||
         cp == 0x201E;
}

bool IsBullet(int32_t cp) {
  return cp == 0x2022 || cp == 0x00B7 || cp == 0x25AA || cp == 0x25E6 || cp == 0x2023 ||
         cp == 0x25CF || cp == 0x25A0 || cp == '-' || cp == '*' || cp == 0x2013 ||
         cp == 0x2014;
}

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The word right after position `at`: a run of ASCII letters.
std::string_view WordAt(std::string_view s, size_t at) {
  size_t end = at;
  while (end < s.size() && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z'))) {
    ++end;
  }
  return s.substr(at, end - at);
}

// Whether the full stop at s[dot] ends the sentence, given that the next visible
// character is at s[next].
bool FullStopEnds(std::string_view s, size_t dot, size_t next) {
  size_t next_len = 0;
  const int32_t next_cp = DecodeAt(s, next, &next_len);
  // The abbreviation candidate: ASCII letters and inner dots right before the stop.
  size_t start = dot;
  while (start > 0) {
    const char c = s[start - 1];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.') {
      --start;
    } else {
      break;
    }
  }
  if (start > 0) {
    size_t before = 0;
    const int32_t cp = internal::DecodeBefore(s, start, &before);
    if (IsLetter(cp) || IsDigit(cp)) return true;  // the tail of a longer word
  }
  const std::string_view word = s.substr(start, dot - start);
  if (word.empty() || word.front() == '.') return true;
  if (Contains(kTitles, word)) return false;
  if (Contains(kBeforeNumber, word)) return !IsDigit(next_cp);
  const bool initial = word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0]));
  const bool dotted = word.find('.') != std::string_view::npos;
  const bool month = Contains(kMonths, word);
  if (month && IsDigit(next_cp)) return false;
  if (initial || dotted || month || Contains(kAmbiguous, word)) {
    if (IsOpener(next_cp)) return true;
    return Contains(kSentenceOpeners, WordAt(s, next));
  }
  return true;
}

// Whether the next visible character (at s[next]) can open a sentence.
bool CanOpenSentence(int32_t cp) {
  if (IsLower(cp)) return false;
  switch (cp) {
    case ',': case ';': case ':': case '%': case ')': case ']': case '}':
      return false;
    default:
      return true;
  }
}

// Bytes the splitter must look at inside a sentence: the ASCII terminators, the line
// feed, and the lead bytes of the other terminators (U+2026 and U+203C..2049 start with
// E2, U+3002 with E3, U+FF01, FF0E and FF1F with EF). Every other byte, including the
// rest of any multi-byte character, is skipped without decoding; that is most of a text.
struct InterestingBytes {
  constexpr InterestingBytes() {
    for (unsigned char c : {'.', '!', '?', '\n'}) table[c] = true;
    for (unsigned char c : {0xE2, 0xE3, 0xEF}) table[c] = true;
  }
  bool table[256] = {};
};
constexpr InterestingBytes kInteresting;

size_t TrimEnd(std::string_view s, size_t begin, size_t end) {
  while (end > begin && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\t' ||
                         s[end - 1] == '\r')) {
    --end;
  }
  return end;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view s) {
  std::vector<Span> spans;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t begin = kNone;
  auto close = [&](size_t end) {
    if (begin == kNone) return;
    end = TrimEnd(s, begin, end);
    if (end > begin) spans.push_back(Span{begin, end});
    begin = kNone;
  };
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (begin != kNone) {
      while (i < n && !kInteresting.table[static_cast<unsigned char>(s[i])]) ++i;
      if (i == n) break;
    }
    size_t len = 0;
    const int32_t cp = DecodeAt(s, i, &len);
    if (begin == kNone) {
      if (!IsSpace(cp)) begin = i;
      if (begin == kNone) {
        i += len;
        continue;
      }
    }
    if (cp == '\n') {
      // A blank line, or a list bullet at the start of the next line, ends the sentence.
      size_t j = i + 1;
      while (j < n && IsHorizontalSpace(s[j])) ++j;
      bool breaks = j < n && s[j] == '\n';
      if (!breaks && j < n) {
        size_t bullet_len = 0;
        const int32_t next = DecodeAt(s, j, &bullet_len);
        breaks = IsBullet(next) && j + bullet_len < n && s[j + bullet_len] == ' ';
      }
      if (breaks) {
        close(i);
        i = j;
        continue;
      }
      i += len;
      continue;
    }
    if (!IsTerminator(cp)) {
      i += len;
      continue;
    }
    // The run of terminators ("?!", "...") and the closers after it.
    const size_t term_start = i;
    bool only_full_stop = cp == '.';
    bool ellipsis = cp == 0x2026;
    int dots = cp == '.' ? 1 : 0;
    size_t k = i + len;
    bool spaceless = IsSpacelessTerminator(cp);
    while (k < n) {
      size_t l = 0;
      const int32_t c = DecodeAt(s, k, &l);
      if (IsTerminator(c)) {
        if (c == '.') ++dots; else only_full_stop = false;
        if (c == 0x2026) ellipsis = true;
        spaceless = spaceless || IsSpacelessTerminator(c);
        k += l;
      } else if (IsCloser(c)) {
        k += l;
      } else {
        break;
      }
    }
    if (dots >= 3) ellipsis = true;
    if (dots > 1) only_full_stop = false;
    if (k >= n) {
      close(k);
      i = k;
      continue;
    }
    size_t after_len = 0;
    if (!IsSpace(DecodeAt(s, k, &after_len)) && !spaceless) {
      i = k;  // "1.2", "U.S.-led", "reuters.com": inside a token
      continue;
    }
    size_t next = k;
    while (next < n) {
      size_t l = 0;
      if (!IsSpace(DecodeAt(s, next, &l))) break;
      next += l;
    }
    if (next >= n) {
      close(k);
      i = k;
      continue;
    }
    size_t next_len = 0;
    const int32_t next_cp = DecodeAt(s, next, &next_len);
    bool ends = CanOpenSentence(next_cp);
    if (ends && only_full_stop) ends = FullStopEnds(s, term_start, next);
    if (ends && ellipsis) {
      // An ellipsis set off by spaces marks words left out of a quotation, not an end.
      ends = term_start == 0 || !IsSpace(static_cast<unsigned char>(s[term_start - 1]));
    }
    if (ends) close(k);
    i = k;
  }
  close(n);
  return spans;
}

}  // namespace sitrep::text
