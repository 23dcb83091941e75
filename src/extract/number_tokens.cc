// Tokeniser for the number grammar. One pass over the bytes; each byte is looked at a
// bounded number of times, so hostile input (megabytes of digits or commas) stays linear.

#include "extract/number_tokens.h"

#include <utf8proc.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace sitrep::extract::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Decodes one code point at text[i]; returns its length, or 0 for invalid UTF-8.
size_t Decode(std::string_view text, size_t i, utf8proc_int32_t* cp) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i);
  utf8proc_ssize_t len = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - i), cp);
  return len > 0 ? static_cast<size_t>(len) : 0;
}

bool IsLetterCategory(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
         c == UTF8PROC_CATEGORY_MC;
}

// Vulgar fractions ("½", "¾", "⅓"): value, or 0 when cp is not one.
double VulgarValue(utf8proc_int32_t cp) {
  switch (cp) {
    case 0x00BC:
      return 0.25;
    case 0x00BD:
      return 0.5;
    case 0x00BE:
      return 0.75;
    case 0x2153:
      return 1.0 / 3;
    case 0x2154:
      return 2.0 / 3;
    case 0x2155:
      return 0.2;
    case 0x2156:
      return 0.4;
    case 0x2157:
      return 0.6;
    case 0x2158:
      return 0.8;
    case 0x2159:
      return 1.0 / 6;
    case 0x215A:
      return 5.0 / 6;
    case 0x215B:
      return 0.125;
    case 0x215C:
      return 0.375;
    case 0x215D:
      return 0.625;
    case 0x215E:
      return 0.875;
    default:
      return 0;
  }
}

// Length of a space that can separate digit groups ("40 000", "40\u202F000") at i, or 0.
// A plain space counts only when `plain_ok`; the no-break and thin spaces always do,
// since they are only ever used that way next to digits.
size_t GroupSpaceAt(std::string_view t, size_t i, bool plain_ok) {
  if (i >= t.size()) return 0;
  if (t[i] == ' ') return plain_ok ? 1 : 0;
  if (t.compare(i, 2, "\xC2\xA0") == 0) return 2;      // U+00A0 no-break space
  if (t.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;  // U+202F narrow no-break space
  if (t.compare(i, 3, "\xE2\x80\x89") == 0) return 3;  // U+2009 thin space
  return 0;
}

size_t DigitRun(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && IsDigit(t[j])) ++j;
  return j - i;
}

// Exactly three digits at i, not followed by a fourth.
bool Group3At(std::string_view t, size_t i) { return i + 3 <= t.size() && DigitRun(t, i) == 3; }

// Builds a double from the mantissa digits without materialising megabytes of them:
// keeps the first 40 significant characters and counts the rest as a power of ten.
class ValueBuilder {
 public:
  void AddInt(char d) {
    if (len_ < kCap) {
      buf_[len_++] = d;
    } else {
      ++extra_exp_;
    }
  }
  void Point() {
    if (len_ < kCap) buf_[len_++] = '.';
    point_ = true;
  }
  void AddFrac(char d) {
    if (len_ < kCap) buf_[len_++] = d;
  }
  double Value(long exp10) const {
    char s[kCap + 16];
    size_t len = len_;
    std::memcpy(s, buf_, len);
    if (len > 0 && s[len - 1] == '.') --len;
    if (len == 0) return 0;
    long e = exp10 + extra_exp_;
    if (e > 400) return HUGE_VAL;
    if (e < -400) return 0;
    if (e != 0) {
      s[len++] = 'e';
      auto r = std::to_chars(s + len, s + sizeof s, e);
      len = static_cast<size_t>(r.ptr - s);
    }
    double v = 0;
    auto r = std::from_chars(s, s + len, v);
    if (r.ec == std::errc::result_out_of_range) return e > 0 ? HUGE_VAL : 0;
    return v;
  }

 private:
  static constexpr size_t kCap = 40;
  char buf_[kCap];
  size_t len_ = 0;
  long extra_exp_ = 0;
  bool point_ = false;
};

// Denominators accepted in "3/4": the ones news prose uses for fractions. Anything else
// ("9/11", "24/7") is a name or a code, not a number.
bool FractionDenominator(long d) {
  return d == 2 || d == 3 || d == 4 || d == 5 || d == 8 || d == 10 || d == 16 || d == 32 ||
         d == 100;
}

// Lexes a digit literal starting at i (a digit, or '.' before a digit). Sets *tok and
// returns the end offset.
size_t LexDigits(std::string_view t, size_t i, Tok* tok) {
  const size_t n = t.size();
  tok->kind = TokKind::kDigits;
  ValueBuilder vb;
  size_t j = i;
  if (t[j] != '.') {
    size_t n1 = DigitRun(t, j);
    tok->leading_zero = n1 > 1 && t[j] == '0';
    for (size_t k = 0; k < n1; ++k) vb.AddInt(t[j + k]);
    tok->int_digits = static_cast<int>(n1);
    j += n1;
    if (n1 <= 3 && !tok->leading_zero) {
      // Thousands separators: every group after the first exactly three digits.
      size_t groups = 0;
      while (j < n && t[j] == ',' && Group3At(t, j + 1)) {
        for (size_t k = 1; k <= 3; ++k) vb.AddInt(t[j + k]);
        j += 4;
        ++groups;
      }
      if (groups == 0 && n1 <= 2) {
        // Indian grouping: "12,34,567" (lakh and crore).
        size_t k = j, pairs = 0;
        while (k + 3 < n && t[k] == ',' && DigitRun(t, k + 1) == 2 && t[k + 3] == ',') {
          k += 3;
          ++pairs;
        }
        if (pairs > 0 && k < n && t[k] == ',' && Group3At(t, k + 1)) {
          for (size_t m = j; m < k + 4; ++m) {
            if (IsDigit(t[m])) vb.AddInt(t[m]);
          }
          j = k + 4;
          groups = pairs + 1;
        }
      }
      if (groups == 0) {
        // Space-separated groups ("40 000", "1 234 567"). A plain space joins groups
        // only when two or more follow or the first group is above 31, so that "on
        // March 3 100 people" stays two numbers.
        size_t k = j, spaced = 0;
        std::string_view first = t.substr(i, n1);
        int first_val = 0;
        for (char c : first) first_val = first_val * 10 + (c - '0');
        // Count the groups a plain space would join, to decide if it may.
        size_t probe = j, plain_groups = 0;
        while (true) {
          size_t s = GroupSpaceAt(t, probe, true);
          if (s == 0 || !Group3At(t, probe + s)) break;
          probe += s + 3;
          ++plain_groups;
        }
        bool plain_ok = plain_groups >= 2 || first_val > 31;
        while (true) {
          size_t s = GroupSpaceAt(t, k, plain_ok);
          if (s == 0 || !Group3At(t, k + s)) break;
          for (size_t m = 0; m < 3; ++m) vb.AddInt(t[k + s + m]);
          k += s + 3;
          ++spaced;
        }
        if (spaced > 0) {
          j = k;
          groups = spaced;
        }
      }
      tok->separators = groups > 0;
      if (groups > 0) tok->int_digits += static_cast<int>(3 * groups);
    }
  }
  // Decimal part.
  if (j + 1 < n && t[j] == '.' && IsDigit(t[j + 1])) {
    tok->fraction = true;
    vb.Point();
    ++j;
    while (j < n && IsDigit(t[j])) vb.AddFrac(t[j++]);
    if (j + 1 < n && t[j] == '.' && IsDigit(t[j + 1])) {
      // "192.168.1.2", "10.02.2022", "1.2.3": an address, date or version.
      while (j + 1 < n && t[j] == '.' && IsDigit(t[j + 1])) {
        ++j;
        while (j < n && IsDigit(t[j])) ++j;
      }
      tok->kind = TokKind::kCode;
      return j;
    }
  } else if (!tok->separators && j + 1 < n && t[j] == ':' && IsDigit(t[j + 1])) {
    // Clock times and ratios ("08:19", "3:2"): not one number.
    while (j + 1 < n && t[j] == ':' && IsDigit(t[j + 1])) {
      ++j;
      while (j < n && IsDigit(t[j])) ++j;
    }
    tok->kind = TokKind::kCode;
    return j;
  } else if (!tok->separators && j + 1 < n && t[j] == '/' && IsDigit(t[j + 1])) {
    size_t k = j + 1;
    size_t nd = DigitRun(t, k);
    size_t after = k + nd;
    if (after + 1 < n && t[after] == '/' && IsDigit(t[after + 1])) {
      // "02/10/2022": a date.
      j = after;
      while (j + 1 < n && t[j] == '/' && IsDigit(t[j + 1])) {
        ++j;
        while (j < n && IsDigit(t[j])) ++j;
      }
      tok->kind = TokKind::kCode;
      return j;
    }
    long num = 0, den = 0;
    bool small = tok->int_digits <= 3 && nd <= 3 && t[k] != '0';
    if (small) {
      for (size_t m = i; m < i + tok->int_digits; ++m) num = num * 10 + (t[m] - '0');
      for (size_t m = k; m < after; ++m) den = den * 10 + (t[m] - '0');
    }
    if (small && num < den && FractionDenominator(den)) {
      tok->slash = true;
      tok->fraction = true;
      tok->value = static_cast<double>(num) / static_cast<double>(den);
      return after;
    }
    tok->kind = TokKind::kCode;  // "24/7", "9/11"
    return after;
  }
  // Scientific notation: "1e10", "12.32e+14", "-12e-1".
  long exp10 = 0;
  if (j + 1 < n && (t[j] == 'e' || t[j] == 'E')) {
    size_t k = j + 1;
    bool neg = false;
    if (k < n && (t[k] == '+' || t[k] == '-')) {
      neg = t[k] == '-';
      ++k;
    }
    size_t nd = k < n ? DigitRun(t, k) : 0;
    bool letter_after = k + nd < n && IsAsciiAlpha(t[k + nd]);
    if (nd > 0 && nd <= 3 && !letter_after) {
      for (size_t m = k; m < k + nd; ++m) exp10 = exp10 * 10 + (t[m] - '0');
      if (neg) exp10 = -exp10;
      tok->exponent = true;
      j = k + nd;
    }
  }
  tok->value = vb.Value(exp10);
  // A vulgar fraction glued on: "2½".
  if (!tok->fraction && !tok->exponent && j < n && static_cast<unsigned char>(t[j]) >= 0x80) {
    utf8proc_int32_t cp = 0;
    size_t len = Decode(t, j, &cp);
    double f = len ? VulgarValue(cp) : 0;
    if (f > 0) {
      tok->value += f;
      tok->fraction = true;
      j += len;
    }
  }
  return j;
}

bool StartsWithNoCase(std::string_view t, size_t i, std::string_view prefix) {
  if (t.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = t[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[k]) return false;
  }
  return true;
}

bool StartsUrl(std::string_view t, size_t i) {
  if (i > 0 && (IsAsciiAlpha(t[i - 1]) || IsDigit(t[i - 1]))) return false;
  return StartsWithNoCase(t, i, "http://") || StartsWithNoCase(t, i, "https://") ||
         StartsWithNoCase(t, i, "www.");
}

bool IsUrlEnd(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>';
}

}  // namespace

std::string_view LowerAscii(std::string_view word, char* buf, size_t cap) {
  if (word.size() > cap) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return {};
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, word.size());
}

size_t ChunkEnd(std::string_view text, size_t begin) {
  constexpr size_t kTarget = 64 * 1024;
  if (text.size() - begin <= 2 * kTarget) return text.size();
  size_t from = begin + kTarget;
  // Both searches are bounded, so pieces cost linear time even in text with no breaks.
  std::string_view window = text.substr(from, kTarget);
  size_t nl = window.find('\n');
  if (nl != std::string_view::npos) return from + nl + 1;
  size_t sp = window.find(' ');
  if (sp != std::string_view::npos) return from + sp + 1;
  // No space at all: cut where no token or UTF-8 sequence is split.
  size_t cut = from + window.size();
  while (cut < text.size() && (IsDigit(text[cut]) || IsAsciiAlpha(text[cut]) ||
                               (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)) {
    ++cut;
  }
  return cut;
}

void Tokenize(std::string_view t, std::vector<Tok>* out) {
  out->clear();
  out->reserve(t.size() / 4 + 16);  // news runs about one token per five bytes
  const size_t n = t.size();
  size_t i = 0;
  bool space = false, brk = false;
  // Inlined at each of its call sites: called once per token, as a call it cost as
  // much as lexing the token (copying the token into an argument, then into the vector).
  auto push = [&](Tok& tok) __attribute__((always_inline)) {
    tok.space_before = space || out->empty();
    tok.break_before = brk;
    space = brk = false;
    out->push_back(tok);
  };
  while (i < n) {
    const char c = t[i];
    const auto uc = static_cast<unsigned char>(c);
    if (uc < 0x80) {
      if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
        space = true;
        ++i;
        continue;
      }
      if (c == '\n' || c == '\r') {
        space = brk = true;
        ++i;
        continue;
      }
    }
    Tok tok;
    tok.begin = i;
    if (IsDigit(c) ||
        (c == '.' && i + 1 < n && IsDigit(t[i + 1]) &&
         (i == 0 || !(IsDigit(t[i - 1]) || IsAsciiAlpha(t[i - 1]) || t[i - 1] == '.')))) {
      tok.end = LexDigits(t, i, &tok);
      i = tok.end;
      push(tok);
      continue;
    }
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && StartsUrl(t, i)) {
      // A web address: its digits ("%20", "id=305") are no numbers of the prose.
      size_t j = i;
      while (j < n && !IsUrlEnd(t[j])) ++j;
      tok.kind = TokKind::kCode;
      tok.end = j;
      i = j;
      push(tok);
      continue;
    }
    utf8proc_int32_t cp = uc;
    size_t len = 1;
    bool letter = IsAsciiAlpha(c);
    if (uc >= 0x80) {
      len = Decode(t, i, &cp);
      if (len == 0) {  // invalid byte: a punctuation token of its own
        tok.end = i + 1;
        i = tok.end;
        push(tok);
        continue;
      }
      auto cat = utf8proc_category(cp);
      if (cat == UTF8PROC_CATEGORY_ZS || cp == 0x200B || cp == 0xFEFF) {
        space = true;
        i += len;
        continue;
      }
      if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP || cp == 0x85) {
        space = brk = true;
        i += len;
        continue;
      }
      double vf = VulgarValue(cp);
      if (vf > 0) {
        tok.kind = TokKind::kDigits;
        tok.fraction = tok.vulgar = true;
        tok.value = vf;
        tok.end = i + len;
        i = tok.end;
        push(tok);
        continue;
      }
      letter = IsLetterCategory(cat) && cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC;
    }
    if (!letter) {
      tok.end = i + len;
      i = tok.end;
      push(tok);
      continue;
    }
    // A word: letters and combining marks, with apostrophes between letters.
    tok.kind = TokKind::kWord;
    bool first = true, any_lower = false;
    size_t j = i;
    while (j < n) {
      utf8proc_int32_t wc = static_cast<unsigned char>(t[j]);
      size_t wl = 1;
      bool is_letter;
      if (wc < 0x80) {
        // ASCII fast path: most words of English news are plain ASCII.
        char a = t[j];
        if (!first && a >= 'a' && a <= 'z') {
          // The rest of a word in lower case, taken in one run.
          any_lower = true;
          ++j;
          while (j < n && t[j] >= 'a' && t[j] <= 'z') ++j;
          continue;
        }
        if (IsAsciiAlpha(a)) {
          bool upper = a <= 'Z';
          if (first) tok.upper_initial = upper;
          any_lower = any_lower || !upper;
          tok.any_upper = tok.any_upper || upper;
          first = false;
          ++j;
          continue;
        }
        if (a == '\'' && j + 1 < n && IsAsciiAlpha(t[j + 1]) && !first) {
          ++j;
          continue;
        }
        break;
      } else {
        wl = Decode(t, j, &wc);
        if (wl == 0) break;
        if (wc == 0x2019 && !first && j + wl < n && IsAsciiAlpha(t[j + wl])) {
          j += wl;
          continue;
        }
        is_letter = IsLetterCategory(utf8proc_category(wc));
      }
      if (!is_letter) break;
      bool upper = utf8proc_isupper(wc);
      if (first) tok.upper_initial = upper;
      tok.any_upper = tok.any_upper || upper;
      if (!upper && utf8proc_islower(wc)) any_lower = true;
      first = false;
      j += wl;
    }
    tok.all_upper = !any_lower;
    tok.end = j;
    i = j;
    push(tok);
  }
}

}  // namespace sitrep::extract::internal
