// The number grammar: digit literals, number words and their mixtures, read left to
// right with a small state machine. Every decision looks at most a few tokens ahead and
// every token is consumed at most once, so a scan is linear in the number of tokens.

#include "extract/number_grammar.h"

#include <cmath>

#include "extract/number_lexicon.h"

namespace sitrep::extract::internal {

bool TokIs(std::string_view text, const Tok& t, std::string_view lit) {
  if (t.end - t.begin != lit.size()) return false;
  for (size_t i = 0; i < lit.size(); ++i) {
    char c = text[t.begin + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lit[i]) return false;
  }
  return true;
}

namespace {

// What the cardinal accumulated so far ends with; decides what may come next.
enum class Last { kStart, kUnit, kTeen, kTens, kHundred, kBig, kAnd, kDigits, kArticle };

struct State {
  double total = 0;    // completed groups ("two million" in "two million three hundred")
  double current = 0;  // the group being built (< 1000 for words)
  double last_big = 0;
  double trailing = 1;  // the magnitude the number ends with
  Last last = Last::kStart;
  bool closed = false;  // after decimals or a fraction: only a magnitude may follow
  bool done = false;    // nothing may follow
  bool ordinal = false;
  bool fraction = false;
  bool approximate = false;
  double Value() const { return total + current; }
};

// Multiplier letters glued to digits: "10k", "1.2bn", "10M". A lower-case "m" is left
// alone (it is usually metres) and a bare "b" counts only after a decimal ("1.2b"),
// since "4b" is more often a label.
double GluedMultiplier(std::string_view s, const Tok& d) {
  if (s == "k" || s == "K") return 1e3;
  if (s == "M" || s == "MM" || s == "mn" || s == "Mn" || s == "MN" || s == "mln" || s == "mil" ||
      s == "Mln")
    return 1e6;
  if (s == "bn" || s == "Bn" || s == "BN" || s == "bln" || s == "Bln") return 1e9;
  if ((s == "b" || s == "B") && d.fraction) return 1e9;
  if (s == "tn" || s == "Tn" || s == "trn" || s == "tln") return 1e12;
  return 0;
}

// Abbreviated magnitudes that may also stand apart from the digits: "10 bn", "5 mln".
double SpacedMultiplier(std::string_view s) {
  if (s == "bn" || s == "bln" || s == "Bn") return 1e9;
  if (s == "mn" || s == "mln" || s == "Mln") return 1e6;
  if (s == "tn" || s == "trn" || s == "tln") return 1e12;
  return 0;
}

bool IsOrdinalSuffix(std::string_view s) {
  if (s.size() != 2) return false;
  char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

class Parser {
 public:
  Parser(std::string_view text, const std::vector<Tok>& toks, std::vector<ParsedNumber>* out)
      : text_(text), toks_(toks), n_(toks.size()), out_(out) {
    info_.resize(n_);
    char buf[24];
    const WordFilter& filter = NumberWords();
    for (size_t k = 0; k < n_; ++k) {
      if (toks_[k].kind != TokKind::kWord || !filter.MayContain(TokText(text_, toks_[k]))) {
        continue;
      }
      std::string_view low = LowerAscii(TokText(text_, toks_[k]), buf, sizeof buf);
      if (!low.empty()) info_[k] = LookupNumberWord(low);
    }
  }

  void Run() {
    size_t i = 0;
    while (i < n_) {
      // ParseAt's first test, before a ParsedNumber is built and ParseAt called: most
      // tokens of a text cannot open a number.
      if (!MayOpen(i)) {
        ++i;
        continue;
      }
      ParsedNumber pn;
      if (ParseAt(i, &pn)) {
        out_->push_back(pn);
        i = pn.tok_end;
      } else {
        ++i;
      }
    }
  }

 private:
  // Token k exists and is not across a line break: numbers never span lines.
  bool Cont(size_t k) const { return k < n_ && !toks_[k].break_before; }
  NumWord Kind(size_t k) const { return k < n_ ? info_[k].kind : NumWord::kNone; }
  const NumWordInfo& Info(size_t k) const { return info_[k]; }
  bool Word(size_t k, std::string_view lit) const {
    return k < n_ && toks_[k].kind == TokKind::kWord && TokIs(text_, toks_[k], lit);
  }
  bool Punct(size_t k, std::string_view p) const {
    return k < n_ && toks_[k].kind == TokKind::kPunct && TokText(text_, toks_[k]) == p;
  }
  bool IsWordTok(size_t k) const { return k < n_ && toks_[k].kind == TokKind::kWord; }

  bool IsSign(size_t k) const {
    return Punct(k, "-") || Punct(k, "+") || Punct(k, "\xE2\x88\x92");  // U+2212 minus
  }
  // A sign belongs to the number when it stands apart from what precedes it: " -5",
  // "(-5", but not "10-20" or "S-400".
  bool SignContextOk(size_t k) const {
    // "75 -300mm": a dash between two numbers joins them.
    if (k > 0 && toks_[k - 1].kind == TokKind::kDigits && !toks_[k - 1].break_before &&
        toks_[k].space_before && !toks_[k + 1].space_before) {
      return false;
    }
    if (k == 0 || toks_[k].space_before) return true;
    const Tok& p = toks_[k - 1];
    if (p.kind != TokKind::kPunct) return false;
    std::string_view s = TokText(text_, p);
    return s == "(" || s == "[" || s == "\"" || s == "\xE2\x80\x9C" || s == ":" || s == "=" ||
           s == "<" || s == ">" || s == "$" || s == "\xE2\x82\xAC" || s == "\xC2\xA3";
  }

  // A denominator word usable in a fraction: "third" .. , never "first"/"second".
  bool DenominatorWord(size_t k) const {
    NumWord kind = Kind(k);
    if (kind != NumWord::kOrdinal && kind != NumWord::kOrdinalPlural) return false;
    return Info(k).value >= 3 || kind == NumWord::kOrdinalPlural;
  }

  // "a half", "three quarters", "two thirds" starting at k, as in "and a half".
  bool FractionTail(size_t k, double* frac, size_t* end) const {
    if (!Cont(k) || !Cont(k + 1)) return false;
    double num;
    if (Kind(k) == NumWord::kArticle) {
      num = 1;
    } else if (Kind(k) == NumWord::kUnit && Info(k).value > 0) {
      num = Info(k).value;
    } else {
      return false;
    }
    size_t d = k + 1;
    if (Punct(d, "-") && Cont(d + 1)) ++d;
    double den;
    NumWord dk = Kind(d);
    if (dk == NumWord::kHalf) {
      den = 2;
    } else if (dk == NumWord::kQuarter) {
      den = 4;
    } else if (DenominatorWord(d) && Info(d).ordinal_class != NumWord::kHundred &&
               Info(d).ordinal_class != NumWord::kBig) {
      den = Info(d).value;
    } else {
      return false;
    }
    *frac = num / den;
    *end = d + 1;
    return true;
  }

  // "of a million" after a fraction: "two thirds of a million".
  size_t OfAMagnitude(size_t k, State* st) const {
    if (Word(k, "of") && Cont(k + 1) && Kind(k + 1) == NumWord::kArticle && Cont(k + 2) &&
        Kind(k + 2) == NumWord::kBig) {
      st->total = st->Value() * Info(k + 2).value;
      st->current = 0;
      st->trailing = Info(k + 2).value;
      return k + 3;
    }
    return k;
  }

  // An optional magnitude after a closed value ("two and a half million").
  size_t TrailingMagnitude(size_t k, State* st) const {
    if (Cont(k) && Kind(k) == NumWord::kBig) {
      double v = st->Value() * Info(k).value;
      st->total = v;
      st->current = 0;
      st->trailing = Info(k).value;
      return k + 1;
    }
    return k;
  }

  // Consumes number words (and digits inside them) after the start, updating *st.
  size_t Accumulate(size_t k, State* st, NumberMatch* m) {
    while (!st->done && Cont(k)) {
      const Tok& t = toks_[k];
      if (t.kind == TokKind::kPunct) {
        if (st->closed || !Punct(k, "-") || !Cont(k + 1)) break;
        // Hyphens join "twenty-four", "twenty-first", "one-eighth".
        NumWord nk = Kind(k + 1);
        bool ok = false;
        if (st->last == Last::kTens) {
          ok = (nk == NumWord::kUnit && Info(k + 1).value > 0) ||
               (nk == NumWord::kOrdinal && Info(k + 1).ordinal_class == NumWord::kUnit);
        } else if (st->last == Last::kUnit || st->last == Last::kTeen) {
          ok = DenominatorWord(k + 1) || nk == NumWord::kQuarter ||
               (nk == NumWord::kHalf && st->Value() == 1);  // "one-half", "three-quarters"
        }
        if (!ok) break;
        ++k;
        continue;
      }
      if (t.kind == TokKind::kDigits) {
        // Digits inside words: "4 thousand 3 hundred and 21".
        bool plain = !t.separators && !t.fraction && !t.exponent && !t.leading_zero;
        double limit = st->last == Last::kAnd ? 100 : st->last == Last::kBig ? 1000 : 0;
        if (st->closed || !plain || t.value >= limit) break;
        st->current += t.value;
        // After "and" the digits close the group ("3 hundred and 21"); after a
        // magnitude they may still take "hundred" ("4 thousand 3 hundred").
        st->last = st->last == Last::kAnd ? Last::kUnit : Last::kDigits;
        m->has_digits = true;
        ++k;
        continue;
      }
      if (t.kind != TokKind::kWord) break;
      const NumWordInfo& w = Info(k);
      Last L = st->last;
      bool open = !st->closed;
      switch (w.kind) {
        case NumWord::kUnit:
          if (!open || w.value == 0) return k;
          if (L != Last::kTens && L != Last::kHundred && L != Last::kBig && L != Last::kAnd) {
            return k;
          }
          st->current += w.value;
          st->last = Last::kUnit;
          break;
        case NumWord::kTeen:
        case NumWord::kTens:
          if (!open) return k;
          if (L != Last::kHundred && L != Last::kBig && L != Last::kAnd) return k;
          st->current += w.value;
          st->last = w.kind == NumWord::kTeen ? Last::kTeen : Last::kTens;
          break;
        case NumWord::kHundred:
          if (!open || st->current <= 0) return k;
          if (L == Last::kDigits) {
            if (st->current >= 1000) return k;
          } else if (L != Last::kUnit && L != Last::kTeen && L != Last::kTens &&
                     L != Last::kArticle) {
            return k;
          } else if (st->current >= 100) {
            return k;
          }
          st->current *= 100;
          st->trailing = 100;
          st->last = Last::kHundred;
          break;
        case NumWord::kBig:
        case NumWord::kPluralBig: {
          if (w.kind == NumWord::kPluralBig && w.value == 20) return k;  // "scores"
          if (L == Last::kBig && st->current == 0 && w.value > st->last_big) {
            st->total *= w.value;  // "three lakh crore"
            st->last_big = w.value;
            st->trailing = w.value;
            break;
          }
          if (L == Last::kStart || L == Last::kAnd || st->current <= 0) return k;
          if (w.value == 12) {  // "3 dozens"
            st->current *= 12;
            st->done = true;
            break;
          }
          if (st->last_big == 0 || w.value < st->last_big) {
            st->total += st->current * w.value;
          } else {
            st->total = (st->total + st->current) * w.value;  // "three lakh crore"
          }
          st->last_big = w.value;
          st->current = 0;
          st->trailing = w.value;
          st->last = Last::kBig;
          break;
        }
        case NumWord::kDozen:
          if (st->current <= 0 || L == Last::kStart || L == Last::kAnd) return k;
          st->current *= 12;
          st->trailing = 12;
          st->done = true;
          break;
        case NumWord::kPoint: {
          // "two hundred point zero three", "point seventy-one".
          if (!open || L == Last::kDigits || L == Last::kArticle || L == Last::kAnd) return k;
          size_t j = k + 1;
          double frac = 0, scale = 0.1;
          bool any = false;
          while (Cont(j) && Kind(j) == NumWord::kUnit) {
            frac += Info(j).value * scale;
            scale /= 10;
            any = true;
            ++j;
          }
          if (!any && Cont(j) && (Kind(j) == NumWord::kTeen || Kind(j) == NumWord::kTens)) {
            double two = Info(j).value;
            ++j;
            if (Kind(j - 1) == NumWord::kTens && Cont(j) && Punct(j, "-") && Cont(j + 1) &&
                Kind(j + 1) == NumWord::kUnit) {
              two += Info(j + 1).value;
              j += 2;
            } else if (Kind(j - 1) == NumWord::kTens && Cont(j) && Kind(j) == NumWord::kUnit &&
                       Info(j).value > 0) {
              two += Info(j).value;
              ++j;
            }
            frac = two / 100;
            any = true;
          }
          if (!any) return k;
          st->current += frac;
          st->fraction = true;
          st->closed = true;
          st->last = Last::kUnit;
          k = j;
          continue;
        }
        case NumWord::kOrdinal: {
          if (!open) return k;
          NumWord oc = w.ordinal_class;
          bool small_class = oc == NumWord::kUnit || oc == NumWord::kTeen || oc == NumWord::kTens;
          if (L == Last::kTens && oc == NumWord::kUnit) {
            st->current += w.value;  // "twenty-first"
            st->ordinal = st->done = true;
          } else if (m->has_digits) {
            return k;  // "$280 million first preferred": digits take no ordinal words
          } else if (L == Last::kHundred && oc == NumWord::kBig) {
            st->current *= w.value;  // "a hundred trillionth"
            st->ordinal = st->done = true;
          } else if ((L == Last::kHundred || L == Last::kBig) && small_class) {
            st->current += w.value;  // "one hundred twenty fifth" ends here
            st->ordinal = st->done = true;
          } else if ((L == Last::kUnit || L == Last::kTeen || L == Last::kTens) &&
                     (oc == NumWord::kHundred || oc == NumWord::kBig)) {
            st->current *= w.value;  // "two hundredth"
            st->ordinal = st->done = true;
          } else if ((L == Last::kUnit || L == Last::kTeen) && small_class && w.value >= 3) {
            double v = st->Value() / w.value;  // "one third", "one-eighth"
            st->total = 0;
            st->current = v;
            st->fraction = st->closed = true;
            k = OfAMagnitude(k + 1, st);
            return k;
          } else {
            return k;
          }
          break;
        }
        case NumWord::kOrdinalPlural: {
          if (!open || L == Last::kStart || L == Last::kAnd || L == Last::kDigits) return k;
          double v = st->Value() / w.value;  // "two thirds", "a hundred trillionths"
          st->total = 0;
          st->current = v;
          st->fraction = st->closed = true;
          return OfAMagnitude(k + 1, st);
        }
        case NumWord::kHalf:
          if (!open || !(L == Last::kArticle || (L == Last::kUnit && st->Value() == 1))) return k;
          st->current = 0.5;  // "a half", "one half"
          st->fraction = st->closed = true;
          return TrailingMagnitude(k + 1, st);
        case NumWord::kQuarter:
          if (!open || !(L == Last::kArticle || L == Last::kUnit)) return k;
          st->current = st->current * 0.25;  // "a quarter", "three quarters"
          st->fraction = st->closed = true;
          return TrailingMagnitude(k + 1, st);
        default: {
          if (Word(k, "and") && !st->closed) {
            size_t nk = k + 1;
            // "one and a half", "3 million and a half", "103 and two thirds"; after a
            // magnitude the fraction is of that magnitude ("five billion and three
            // quarters"), or of the one named after it ("one billion and a half million").
            double frac;
            size_t end;
            if (L != Last::kArticle && st->Value() > 0 && FractionTail(nk, &frac, &end)) {
              st->fraction = st->closed = true;
              if (Cont(end) && Kind(end) == NumWord::kBig &&
                  (L == Last::kBig || Info(end).value > st->Value())) {
                if (L == Last::kBig && Info(end).value < st->last_big) {
                  st->current += frac * Info(end).value;
                  st->trailing = Info(end).value;
                  return end + 1;
                }
              }
              if (L == Last::kBig) {
                st->current += frac * st->last_big;
                return end;
              }
              st->current += frac;
              return TrailingMagnitude(end, st);
            }
            // "one hundred and six", "two thousand and two hundred".
            // "3 hundred and 2 hundred" are two numbers.
            bool another_hundred =
                L == Last::kHundred && Cont(nk + 1) && Kind(nk + 1) == NumWord::kHundred;
            if ((L == Last::kHundred || L == Last::kBig) && Cont(nk) && !another_hundred) {
              NumWord x = Kind(nk);
              const Tok& nt = toks_[nk];
              bool small_digits = nt.kind == TokKind::kDigits && !nt.separators && !nt.fraction &&
                                  !nt.exponent && nt.value < 100;
              if ((x == NumWord::kUnit && Info(nk).value > 0) || x == NumWord::kTeen ||
                  x == NumWord::kTens || small_digits) {
                st->last = Last::kAnd;
                k = nk;
                continue;
              }
            }
          }
          return k;
        }
      }
      ++k;
    }
    return k;
  }

  // Whether a number can start at token i: digits, a number word or a sign.
  bool MayOpen(size_t i) const {
    const Tok& first = toks_[i];
    if (first.kind == TokKind::kCode) return false;
    if (first.kind == TokKind::kWord && info_[i].kind == NumWord::kNone) return false;
    if (first.kind == TokKind::kPunct && !IsSign(i)) return false;
    return true;
  }

  bool ParseAt(size_t i, ParsedNumber* pn) {
    if (!MayOpen(i)) return false;

    NumberMatch& m = pn->m;
    State st;
    size_t k = i;
    if (IsSign(k)) {
      if (!(Cont(k + 1) && toks_[k + 1].kind == TokKind::kDigits && !toks_[k + 1].space_before &&
            SignContextOk(k))) {
        return false;
      }
      m.negative = !Punct(k, "+");
      ++k;
    } else if (Kind(k) == NumWord::kMinus) {
      if (!Cont(k + 1)) return false;
      NumWord nk = Kind(k + 1);
      bool starts = toks_[k + 1].kind == TokKind::kDigits || nk == NumWord::kUnit ||
                    nk == NumWord::kTeen || nk == NumWord::kTens;
      if (!starts) return false;
      m.negative = true;
      m.has_words = true;
      ++k;
    }

    const Tok& t = toks_[k];
    bool number_from_words = false;  // ends in a word, so ",000" may be glued on
    if (t.kind == TokKind::kDigits) {
      m.has_digits = true;
      m.has_separators = t.separators;
      m.has_fraction = t.fraction;
      m.digit_count = t.int_digits;
      st.current = t.value;
      st.last = Last::kDigits;
      ++k;
      if (t.vulgar) {
        st.done = true;
      } else if (!t.fraction && !t.separators && Cont(k) && toks_[k].kind == TokKind::kDigits &&
                 toks_[k].slash && toks_[k].space_before) {
        st.current += toks_[k].value;  // "2 1/4"
        m.has_fraction = true;
        st.done = true;
        ++k;
      }
      if (!st.done && k < n_ && toks_[k].kind == TokKind::kWord && !toks_[k].space_before) {
        std::string_view sfx = TokText(text_, toks_[k]);
        double mult = GluedMultiplier(sfx, t);
        if (IsOrdinalSuffix(sfx) && !t.fraction && !t.exponent) {
          st.ordinal = true;  // "3rd", "21st"
          st.done = true;
          ++k;
        } else if (mult > 0) {
          st.current *= mult;  // "10k", "1.2bn"
          st.trailing = mult;
          st.done = true;
          ++k;
        } else {
          m.unit_glued = true;  // "29km", "5pm", "1960s"
          st.done = true;
        }
      }
      if (!st.done && Cont(k) && toks_[k].kind == TokKind::kWord) {
        double mult = SpacedMultiplier(TokText(text_, toks_[k]));
        if (mult > 0) {
          st.current *= mult;  // "10 bln"
          st.trailing = mult;
          st.done = true;
          ++k;
        }
      }
      if (!st.done && !t.exponent) k = Accumulate(k, &st, &m);
    } else if (t.kind == TokKind::kWord) {
      const NumWordInfo& w = Info(k);
      m.has_words = true;
      number_from_words = true;
      switch (w.kind) {
        case NumWord::kUnit:
        case NumWord::kTeen:
        case NumWord::kTens:
          st.current = w.value;
          st.last = w.kind == NumWord::kUnit   ? Last::kUnit
                    : w.kind == NumWord::kTeen ? Last::kTeen
                                               : Last::kTens;
          k = Accumulate(k + 1, &st, &m);
          break;
        case NumWord::kArticle: {
          if (!Cont(k + 1)) return false;
          NumWord nk = Kind(k + 1);
          if (nk == NumWord::kHundred || nk == NumWord::kBig || nk == NumWord::kDozen) {
            st.current = 1;  // "a hundred", "a million", "a dozen"
            st.last = Last::kArticle;
            size_t after = Accumulate(k + 1, &st, &m);
            if (after == k + 1) return false;
            k = after;
          } else if (nk == NumWord::kHalf || nk == NumWord::kQuarter) {
            // "a half", "a quarter of", "a quarter million"; not "a quarter" alone,
            // which is more often three months than a fraction.
            size_t after = k + 2;
            bool ok = nk == NumWord::kHalf || Word(after, "of") ||
                      (Cont(after) && Kind(after) == NumWord::kBig);
            if (!ok) return false;
            st.current = nk == NumWord::kHalf ? 0.5 : 0.25;
            st.fraction = true;
            k = TrailingMagnitude(after, &st);
            k = OfAMagnitude(k, &st);  // "a quarter of a million"
          } else if (nk == NumWord::kCouple) {
            // "a couple of thousand" is about 2,000; "a couple of days" is no figure.
            if (!Word(k + 2, "of") || !Cont(k + 2)) return false;
            size_t x = k + 3;
            if (Cont(x) && (Kind(x) == NumWord::kHundred || Kind(x) == NumWord::kBig)) {
              st.current = 2;
              st.last = Last::kUnit;
              st.approximate = true;
              k = Accumulate(x, &st, &m);
            } else if (x + 1 < n_ && Punct(x, ",") && !toks_[x].space_before &&
                       toks_[x + 1].kind == TokKind::kDigits && !toks_[x + 1].space_before &&
                       toks_[x + 1].leading_zero && toks_[x + 1].value == 0 &&
                       toks_[x + 1].int_digits == 3) {
              st.current = 2;
              st.approximate = true;
              k = x;  // the ",000" is taken below
            } else {
              return false;
            }
          } else if (DenominatorWord(k + 1) && Kind(k + 1) == NumWord::kOrdinal) {
            // "a fifth of", "a hundredth": a fraction only where no noun follows,
            // since "a third day" is an ordinal.
            size_t after = k + 2;
            if (Cont(after) && IsWordTok(after) && !Word(after, "of")) return false;
            st.current = 1 / Info(k + 1).value;
            st.fraction = true;
            k = OfAMagnitude(after, &st);  // "a third of a million"
          } else {
            return false;
          }
          break;
        }
        case NumWord::kHalf:
          if (Cont(k + 1) && Kind(k + 1) == NumWord::kArticle && Cont(k + 2) &&
              (Kind(k + 2) == NumWord::kDozen || Kind(k + 2) == NumWord::kBig)) {
            st.current = 0.5 * Info(k + 2).value;  // "half a dozen", "half a million"
            st.trailing = Info(k + 2).value;
            k += 3;
          } else if (Cont(k + 1) &&
                     (Kind(k + 1) == NumWord::kDozen || Kind(k + 1) == NumWord::kBig)) {
            st.current = 0.5 * Info(k + 1).value;  // "half million"
            st.trailing = Info(k + 1).value;
            k += 2;
          } else {
            st.current = 0.5;
            st.fraction = true;
            ++k;
          }
          break;
        case NumWord::kQuarter:
          if (!(Cont(k + 1) && Kind(k + 1) == NumWord::kBig)) return false;
          if (TokIs(text_, toks_[k], "quarters")) return false;
          st.current = 0.25 * Info(k + 1).value;  // "quarter million"
          st.trailing = Info(k + 1).value;
          k += 2;
          break;
        case NumWord::kPluralBig: {
          // Vague magnitudes: "hundreds", "thousands of", "hundreds of thousands".
          if (w.value == 20 && !Word(k + 1, "of")) return false;  // "scores of"
          st.current = w.value;
          st.approximate = true;
          ++k;
          while (Word(k, "of") && Cont(k + 1) &&
                 (Kind(k + 1) == NumWord::kBig ||
                  (Kind(k + 1) == NumWord::kPluralBig && Info(k + 1).value > 20))) {
            st.current *= Info(k + 1).value;
            k += 2;
          }
          break;
        }
        case NumWord::kTensVague:
          // "tens of thousands"; "tens" alone is no number.
          if (!(Word(k + 1, "of") && Cont(k + 2) &&
                (Kind(k + 2) == NumWord::kBig ||
                 (Kind(k + 2) == NumWord::kPluralBig && Info(k + 2).value > 20)))) {
            return false;
          }
          st.current = 10 * Info(k + 2).value;
          st.approximate = true;
          k += 3;
          while (Word(k, "of") && Cont(k + 1) &&
                 (Kind(k + 1) == NumWord::kBig ||
                  (Kind(k + 1) == NumWord::kPluralBig && Info(k + 1).value > 20))) {
            st.current *= Info(k + 1).value;
            k += 2;
          }
          break;
        case NumWord::kHundred:
        case NumWord::kBig: {
          // "several hundred", "a few thousand", "many thousand": a vague count whose
          // lower bound is the magnitude.
          bool vague = i > 0 && !toks_[i].break_before &&
                       (Word(i - 1, "several") || Word(i - 1, "few") || Word(i - 1, "many"));
          if (!vague) return false;
          st.current = 1;
          st.last = Last::kArticle;
          st.approximate = true;
          size_t after = Accumulate(k, &st, &m);
          if (after == k) return false;
          k = after;
          break;
        }
        case NumWord::kOrdinal:
          st.current = w.value;  // "third", "twentieth"
          st.ordinal = true;
          ++k;
          break;
        default:
          return false;
      }
    } else {
      return false;
    }

    // ",000" glued onto a word number: a rewriter's "a couple of,000" for "2,000".
    if (number_from_words && !st.ordinal && !st.fraction) {
      while (k + 1 < n_ && Punct(k, ",") && !toks_[k].space_before &&
             toks_[k + 1].kind == TokKind::kDigits && !toks_[k + 1].space_before &&
             toks_[k + 1].leading_zero && toks_[k + 1].value == 0 && toks_[k + 1].int_digits == 3 &&
             !toks_[k + 1].fraction) {
        st.current *= 1000;
        st.total *= 1000;
        st.trailing *= 1000;
        k += 2;
        m.has_digits = true;
        m.has_separators = true;
      }
    }

    // Percent: "50%", "50 %", "50 percent", "fifty per cent", "3 pct".
    if (!st.ordinal && !m.unit_glued && Cont(k)) {
      if (Punct(k, "%")) {
        m.is_percent = pn->percent_sign = true;
        ++k;
      } else if (Word(k, "percent") || Word(k, "percents") || Word(k, "pct") ||
                 Word(k, "percentage")) {
        m.is_percent = true;
        ++k;
      } else if (Word(k, "per") && Cont(k + 1) && Word(k + 1, "cent")) {
        m.is_percent = true;
        k += 2;
      }
    }

    // "one" as a pronoun: "the one", "which one", "no one", "one another".
    if (k == i + 1 && t.kind == TokKind::kWord && TokIs(text_, t, "one")) {
      if (i > 0 && toks_[i - 1].kind == TokKind::kWord) {
        static constexpr std::string_view kDeterminers[] = {
            "the",     "this", "that",   "which", "each",  "every",   "any",   "no",   "another",
            "someone", "only", "little", "young", "loved", "special", "right", "wrong"};
        for (std::string_view d : kDeterminers) {
          if (TokIs(text_, toks_[i - 1], d)) return false;
        }
      }
      if (Word(k, "another")) return false;
    }

    if (k <= i) return false;
    for (size_t j = i; j < k && !m.has_words; ++j) {
      m.has_words = info_[j].kind != NumWord::kNone;  // "2.5 million", "4 thousand"
    }
    double v = st.Value();
    if (m.negative) v = -v;
    m.value = v;
    m.ordinal = st.ordinal;
    m.approximate = st.approximate;
    m.has_fraction = m.has_fraction || st.fraction;
    m.begin = toks_[i].begin;
    m.end = toks_[k - 1].end;
    pn->tok_begin = i;
    pn->tok_end = k;
    pn->trailing_multiplier = st.trailing;
    return true;
  }

  std::string_view text_;
  const std::vector<Tok>& toks_;
  size_t n_;
  std::vector<ParsedNumber>* out_;
  std::vector<NumWordInfo> info_;
};

}  // namespace

void ParseNumbers(std::string_view text, const std::vector<Tok>& toks,
                  std::vector<ParsedNumber>* out) {
  Parser p(text, toks, out);
  p.Run();
}

}  // namespace sitrep::extract::internal
