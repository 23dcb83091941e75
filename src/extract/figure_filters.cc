// Numbers that name, date, time or list things rather than count them.

#include <cmath>
#include <string>
#include <string_view>

#include "extract/figure_context.h"
#include "extract/figure_scan.h"

namespace sitrep::extract::internal {

bool YearLike(const NumberMatch& m) {
  return m.has_digits && !m.has_words && !m.has_separators && !m.has_fraction &&
         m.digit_count == 4 && !m.negative && m.value >= 1000 && m.value <= 2100;
}

// Digits glued to a word before them name a thing: "MH17", "G7", "S-400", "F-16",
// "SCP-173C", "mid-2014", "+1-222-2222", "J1149.5+6663".
bool GluedToName(const FigureScan& s, size_t idx) {
  const ParsedNumber& pn = s.nums()[idx];
  size_t k = pn.tok_begin;
  const Tok& t = s.toks()[k];
  if (k == 0 || t.space_before || t.kind != TokKind::kDigits) return false;
  // A word that ends the previous number ("k" in "5k-20k") is no name.
  size_t prev_end = idx > 0 ? s.nums()[idx - 1].tok_end : 0;
  const Tok& p = s.toks()[k - 1];
  if (p.kind == TokKind::kWord) return prev_end != k;
  std::string_view ps = TokText(s.text(), p);
  return (ps == "-" || ps == "/" || ps == "." || ps == ":" || ps == "+") && k >= 2 &&
         !p.space_before && s.toks()[k - 2].kind == TokKind::kWord && prev_end != k - 1;
}

// A bare number next to another one, with at most a comma between ("22, 24, 26",
// "1 2 3"), is an item of a list or a table, not a figure of the prose.
bool InList(const FigureScan& s, const ParsedNumber& pn) {
  auto is_num = [&](size_t k) {
    return k < s.n() &&
           (s.toks()[k].kind == TokKind::kDigits || s.toks()[k].kind == TokKind::kCode);
  };
  auto sep = [&](size_t k) { return s.Punct(k, ",") || s.Punct(k, ";") || s.Punct(k, "/"); };
  size_t b = pn.tok_begin, e = pn.tok_end;
  bool before = b > 0 && (is_num(b - 1) || (b > 1 && sep(b - 1) && is_num(b - 2)));
  bool after = is_num(e) || (sep(e) && is_num(e + 1));
  return before || after;
}

// "555-1234": three digits, a hyphen and four digits not ending in zero is a phone
// number, where a range would be rounder ("100-1000").
bool PhoneLike(const FigureScan& s, size_t idx) {
  if (idx + 1 >= s.nums().size()) return false;
  const NumberMatch& a = s.nums()[idx].m;
  const NumberMatch& b = s.nums()[idx + 1].m;
  bool plain_digits = a.has_digits && !a.has_words && !a.has_separators && !a.has_fraction &&
                      b.has_digits && !b.has_words && !b.has_separators && !b.has_fraction;
  return plain_digits && a.digit_count == 3 && b.digit_count == 4 && std::fmod(b.value, 10) != 0;
}

// Plain numbers that name, date or time something rather than count: "S-400",
// "MH17", "Feb. 3", "10 February", "8 pm", "aged 45", "number 5", "007", phone
// numbers and long identifiers.
bool NamesOrDates(const FigureScan& s, size_t idx, const Core& c) {
  const ParsedNumber& pn = s.nums()[idx];
  const NumberMatch& m = pn.m;
  size_t k = pn.tok_begin, e = pn.tok_end;
  if (m.has_digits && !m.has_words) {
    const Tok& t = s.toks()[k];
    if (t.leading_zero) return true;
    if (!m.has_separators && m.digit_count >= 7 && c.trailing == 1 && !m.has_fraction) {
      return true;
    }
    if (k > 0 && !t.space_before && s.Punct(k - 1, "#")) return true;  // "#5"
    // "7-Eleven", "3-Series": digits glued to a capitalised word make a name.
    if (s.Punct(e, "-") && s.Glued(e) && s.Glued(e + 1) && s.IsWordTok(e + 1) &&
        s.toks()[e + 1].upper_initial) {
      return true;
    }
    // Three or more digit groups joined by '-' or '/': a phone number or a code.
    auto joiner = [&](size_t j) { return s.Punct(j, "-") || s.Punct(j, "/"); };
    auto glued_digits = [&](size_t j) {
      return j < s.n() && s.toks()[j].kind == TokKind::kDigits && s.Glued(j);
    };
    if (joiner(e) && s.Glued(e) && glued_digits(e + 1) && joiner(e + 2) && s.Glued(e + 2)) {
      return true;
    }
    if (k >= 2 && joiner(k - 1) && s.Glued(k) && s.Glued(k - 1) &&
        s.toks()[k - 2].kind == TokKind::kDigits) {
      return true;  // the middle or end of such a chain
    }
  }
  // Dates: "February 10", "Feb. 3", "10 February".
  if (k > 0 && IsMonthAt(s.text(), s.toks(), k - 1)) return true;
  if (k > 1 && s.Punct(k - 1, ".") && IsMonthAt(s.text(), s.toks(), k - 2)) return true;
  if (m.value >= 1 && m.value <= 31 && m.value == std::floor(m.value) &&
      (IsMonthAt(s.text(), s.toks(), e) ||
       (s.Word(e, "of") && IsMonthAt(s.text(), s.toks(), e + 1)))) {
    return true;
  }
  // Clock times: "8 pm", "10 a.m.", "0800 GMT".
  static constexpr std::string_view kClock[] = {"am",   "pm",  "gmt",     "utc", "cet",
                                                "cest", "est", "edt",     "pst", "pdt",
                                                "bst",  "msk", "o'clock", "hrs", "local"};
  for (std::string_view w : kClock) {
    if (s.Word(e, w)) return true;
  }
  if ((s.Word(e, "a") || s.Word(e, "p")) && s.Punct(e + 1, ".") && s.Word(e + 2, "m")) return true;
  // Ages: "aged 45", "age 87", "Smith, 45,".
  if (k > 0 && (s.Word(k - 1, "aged") || s.Word(k - 1, "age") || s.Word(k - 1, "ages"))) {
    return true;
  }
  if (k >= 3 && (s.Word(k - 1, "and") || s.Word(k - 1, "to") || s.Punct(k - 1, ",")) &&
      s.toks()[k - 2].kind == TokKind::kDigits &&
      (s.Word(k - 3, "aged") || s.Word(k - 3, "ages"))) {
    return true;  // "aged 19 and 23"
  }
  if (k >= 2 && s.Punct(k - 1, ",") && s.Punct(e, ",") && s.toks()[k - 2].upper_initial &&
      m.value >= 1 && m.value <= 120 && m.value == std::floor(m.value)) {
    return true;
  }
  // Numbered things: "number 5", "No. 5", "article 5", "page 3".
  if (k > 0 && IsDesignatorWord(s.text(), s.toks()[k - 1])) return true;
  if (k > 1 && s.Punct(k - 1, ".") && IsDesignatorWord(s.text(), s.toks()[k - 2])) {
    return true;
  }
  if (s.Word(e, "times")) return true;  // "three times": a frequency
  return false;
}

// "Stream 2", "Boeing 737", "Voyager 2": a capitalised name before a small number,
// mid-sentence, unless a plural noun follows ("Sends 300 Troops").
bool NamedNumber(const FigureScan& s, size_t idx, const std::string& counted) {
  const ParsedNumber& pn = s.nums()[idx];
  const NumberMatch& m = pn.m;
  size_t k = pn.tok_begin;
  if (k < 1 || m.has_words || m.has_separators || m.has_fraction) return false;
  const Tok& p = s.toks()[k - 1];
  if (p.kind != TokKind::kWord || !p.any_upper || s.toks()[k].break_before) return false;
  if (IsFunctionWord(s.text(), p)) return false;
  // At the start of a sentence too ("Apollo 11 landed"): a count there is followed by
  // its plural noun ("Officials 12..." is no English), which the test below keeps.
  bool plural = counted.size() > 2 && counted.back() == 's' && counted[counted.size() - 2] != 's';
  return !plural;
}

}  // namespace sitrep::extract::internal
