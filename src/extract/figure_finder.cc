// FindFigures: reads each number found by the number grammar together with the words
// around it (currency, unit, qualifier, range partner, bracketed equivalent, counted
// noun, event) and keeps those that state a quantity. Every step looks a bounded number
// of tokens around its number, so the whole pass is linear in the text.

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "extract/figure_context.h"
#include "extract/figure_scan.h"
#include "extract/figure_units.h"
#include "extract/number_grammar.h"
#include "extract/number_tokens.h"
#include "sitrep/figures.h"

namespace sitrep::extract {
namespace {

using internal::Core;
using internal::ParsedNumber;
using internal::Read;
using internal::Tok;
using internal::TokIs;
using internal::TokKind;
using internal::TokText;
using internal::UnitHit;
using internal::UnitKind;

class Finder : public internal::FigureScan {
 public:
  Finder(std::string_view text, const std::vector<Tok>& toks, const std::vector<ParsedNumber>& nums)
      : FigureScan(text, toks, nums), used_(nums.size(), false) {}

  void Run(size_t offset, std::vector<Figure>* out) {
    for (size_t idx = 0; idx < nums().size(); ++idx) {
      // A number inside the previous figure's phrase ("km^2", "(150 mi)") is part of it.
      if (used_[idx] || nums()[idx].tok_begin < consumed_) continue;
      Figure f;
      if (Build(idx, &f)) {
        Shift(&f, offset);
        out->push_back(std::move(f));
      }
    }
  }

 private:
  static void Shift(Figure* f, size_t offset) {
    f->begin += offset;
    f->end += offset;
    for (Figure& e : f->equivalents) Shift(&e, offset);
  }

  void MarkPartner(size_t idx, size_t tok_end) {
    // A range partner of a number that is no figure is no figure either
    // ("February 10-20", "2013-14").
    size_t j = tok_end;
    if (Punct(j, "-") || Punct(j, "\xE2\x80\x93") || Word(j, "to")) {
      if (NumberStartsAt(idx + 1, j + 1)) used_[idx + 1] = true;
    }
  }

  // Vague magnitudes name their own qualifier: "hundreds" -> "hundreds of".
  std::string VagueQualifier(const ParsedNumber& pn) const {
    const Tok& t = toks()[pn.tok_begin];
    static constexpr std::string_view kWords[] = {"tens",     "hundreds",  "thousands", "millions",
                                                  "billions", "trillions", "dozens",    "scores"};
    for (std::string_view w : kWords) {
      if (TokIs(text(), t, w)) return std::string(w) + " of";
    }
    if (TokIs(text(), t, "a")) return "a couple of";
    return "";
  }

  // A figure being read, step by step.
  struct Draft {
    Core c;
    std::string qual;
    size_t qual_begin = 0;
    bool has_qual = false;  // a qualifier written before the number
    bool has_post = false;  // a qualifier written after it ("or more")
    size_t end_tok = 0;     // one past the figure's last token so far
    double high = 0;
    bool range = false;
    bool approximate = false;
    std::vector<Figure> equivalents;
    internal::NounPhrase np;
    bool has_noun = false;
    bool hyphen_noun = false;  // the noun sits in a hyphenated adjective ("27-member")
    bool plain() const { return c.unit.empty(); }
  };

  bool Build(size_t idx, Figure* f) {
    const ParsedNumber& pn = nums()[idx];
    const NumberMatch& m = pn.m;
    Draft d;
    if (internal::ReadCore(*this, idx, &d.c) == Read::kNotFigure) {
      MarkPartner(idx, pn.tok_end);
      return false;
    }
    std::string_view qual_sv;
    d.qual_begin = d.c.tok_begin;
    d.has_qual = internal::QualifierBefore(text(), toks(), d.c.tok_begin, &qual_sv, &d.qual_begin);
    d.qual = std::string(d.has_qual ? qual_sv : std::string_view());
    if (d.plain() && !d.has_qual && !m.approximate && internal::NamesOrDates(*this, idx, d.c)) {
      MarkPartner(idx, d.c.tok_end);
      return false;
    }
    // Fractions without a unit ("half", "a third of") are shares, not counts.
    if (d.plain() && m.has_fraction && std::fabs(d.c.value) < 1) return false;
    d.approximate = m.approximate;
    if (m.approximate && (d.qual.empty() || d.qual == "about")) {
      std::string v = VagueQualifier(pn);
      if (!v.empty()) d.qual = v;
    }
    d.end_tok = d.c.tok_end;
    d.high = d.c.value;
    PostfixQualifier(&d);
    if (!ReadRange(idx, &d)) return false;
    ReadBounds(idx, &d);
    ReadEquivalent(idx, &d);
    if (!ReadNoun(m, &d)) return false;
    if (!Keep(idx, d)) return false;
    Emit(&d, f);
    return true;
  }

  // "100,000-plus", "20 or more", "equal to 5000 or less".
  void PostfixQualifier(Draft* d) const {
    std::string_view post;
    size_t post_end;
    d->has_post = internal::QualifierAfter(text(), toks(), d->end_tok, &post, &post_end);
    if (!d->has_post) return;
    // A bound after the number refines one before it: "equal to 5000 or less" is at
    // most 5000, "less than 5000 or equal" too.
    if (post == "or equal") {
      if (d->qual == "less than") d->qual = "at most";
      if (d->qual == "more than") d->qual = "at least";
    } else if (d->qual.empty() || d->qual == "exactly" || d->qual == "about") {
      d->qual = post;
    }
    d->end_tok = post_end;
  }

  // Ranges: "10 to 20", "10-20", "between 10 and 20", "two or three", "$5-10 million".
  // False when the pair is no figure at all: a year range ("2013-14"), a score ("3-1")
  // or a phone number ("555-1234").
  bool ReadRange(size_t idx, Draft* d) {
    if (d->has_post || idx + 1 >= nums().size()) return true;
    Core& c = d->c;
    const NumberMatch& m = nums()[idx].m;
    size_t j = d->end_tok, after = 0;
    bool glued_hyphen = false, is_or = false;
    bool between = d->qual_begin > 0 && Word(d->qual_begin - 1, "between") && d->qual.empty();
    bool from = c.tok_begin > 0 && Word(c.tok_begin - 1, "from");
    if (Punct(j, "-") || Punct(j, "\xE2\x80\x93") || Punct(j, "\xE2\x80\x94") || Punct(j, "~")) {
      glued_hyphen = Glued(j) && Glued(j + 1);
      after = Word(j + 1, "to") ? j + 2 : j + 1;
    } else if (Word(j, "to") || Word(j, "through") || Word(j, "thru")) {
      after = j + 1;
    } else if (Word(j, "and") && between) {
      after = j + 1;
    } else if (Word(j, "or") && d->plain() && !d->has_qual) {
      after = j + 1;
      is_or = true;
    }
    Core c2;
    if (after == 0 || !NumberStartsAt(idx + 1, after) || toks()[after].break_before ||
        internal::ReadCore(*this, idx + 1, &c2) != Read::kFigure) {
      return true;
    }
    const NumberMatch& m2 = nums()[idx + 1].m;
    double v1 = c.value;
    if (c.trailing == 1 && c2.trailing > 1 && v1 * c2.trailing <= c2.value) {
      v1 *= c2.trailing;  // "10 to 20 million"
    }
    bool units_ok = c.unit.empty() || c2.unit.empty() || c.unit == c2.unit;
    bool change =
        from && c.tok_begin >= 2 && internal::IsChangeVerb(text(), toks()[c.tok_begin - 2]);
    if (internal::YearLike(m) && internal::YearLike(m2) && d->plain()) {
      used_[idx + 1] = true;  // "2013-14", "2014-2022"
      return false;
    }
    // "7-Eleven": a hyphen joins digits to digits or words to words in a range.
    bool starts_word = toks()[nums()[idx].tok_begin].kind == TokKind::kWord;
    bool starts_word2 = toks()[nums()[idx + 1].tok_begin].kind == TokKind::kWord;
    bool mixed = glued_hyphen && starts_word != starts_word2;
    bool phone = glued_hyphen && internal::PhoneLike(*this, idx);
    if (units_ok && c2.value > v1 && !change && !(is_or && c2.unit != c.unit) && !mixed && !phone) {
      d->range = true;
      c.value = v1;
      d->high = c2.value;
      if (c.unit.empty()) {
        c.unit = c2.unit;
        c.kind = c2.kind;
      }
      d->end_tok = c2.tok_end;
      used_[idx + 1] = true;
      if ((between || from) && d->qual.empty()) {
        d->qual = "between";
        d->qual_begin = between ? d->qual_begin - 1 : c.tok_begin - 1;
      }
      if (is_or) d->approximate = true;
    } else if (glued_hyphen && d->plain() && c2.unit.empty() && (c2.value <= v1 || phone)) {
      used_[idx + 1] = true;  // "3-1": a score
      return false;
    }
    return true;
  }

  // Two bounds make a range: "more than 10 but fewer than 20 people", "at most 100
  // and at least 20".
  void ReadBounds(size_t idx, Draft* d) {
    const std::string& q = d->qual;
    bool lower_first = q == "more than" || q == "at least";
    bool upper_first = q == "less than" || q == "at most" || q == "up to";
    if (d->range || d->has_post || !(lower_first || upper_first)) return;
    size_t j = d->end_tok;
    if (!(Word(j, "and") || Word(j, "but") || Punct(j, ",")) || idx + 1 >= nums().size() ||
        j + 1 >= n()) {
      return;
    }
    const ParsedNumber& next = nums()[idx + 1];
    std::string_view q2;
    size_t q2_begin;
    Core c2;
    Core& c = d->c;
    if (toks()[j + 1].break_before ||
        !internal::QualifierBefore(text(), toks(), next.tok_begin, &q2, &q2_begin) ||
        q2_begin != j + 1 || internal::ReadCore(*this, idx + 1, &c2) != Read::kFigure ||
        !(c.unit.empty() || c2.unit.empty() || c.unit == c2.unit)) {
      return;
    }
    bool upper_second = q2 == "less than" || q2 == "at most" || q2 == "up to";
    bool lower_second = q2 == "more than" || q2 == "at least";
    if (lower_first && upper_second && c2.value > c.value) {
      d->high = c2.value;
    } else if (upper_first && lower_second && c2.value < c.value) {
      d->high = c.value;
      c.value = c2.value;
    } else {
      return;
    }
    d->range = true;
    d->qual = "between";
    if (c.unit.empty()) {
      c.unit = c2.unit;
      c.kind = c2.kind;
    }
    d->end_tok = c2.tok_end;
    used_[idx + 1] = true;
  }

  // A bracketed equivalent: "1.2 billion euros ($1.4 billion)", "240 km (150 mi)".
  void ReadEquivalent(size_t idx, Draft* d) {
    size_t open = d->end_tok;
    if (d->plain() || !Punct(open, "(") || idx + 1 >= nums().size()) return;
    size_t e_idx = idx + 1;
    while (e_idx < nums().size() && used_[e_idx]) ++e_idx;
    Core ce;
    if (e_idx >= nums().size() || nums()[e_idx].tok_begin > open + 4 ||
        internal::ReadCore(*this, e_idx, &ce) != Read::kFigure || ce.unit.empty() ||
        ce.kind != d->c.kind || !Punct(ce.tok_end, ")")) {
      return;
    }
    std::string_view eq_qual;
    size_t eq_begin = ce.tok_begin;
    bool eq_has_qual = internal::QualifierBefore(text(), toks(), ce.tok_begin, &eq_qual, &eq_begin);
    if (!(eq_begin == open + 1 || (!eq_has_qual && ce.tok_begin == open + 1))) return;
    Figure eq;
    eq.begin = toks()[eq_begin].begin;
    eq.end = toks()[ce.tok_end - 1].end;
    eq.value = eq.value_high = ce.value;
    eq.unit = ce.unit;
    if (eq_has_qual) eq.qualifier = eq_qual;
    eq.approximate =
        eq.qualifier == "about" || eq.qualifier == "nearly" || eq.qualifier == "estimated";
    d->equivalents.push_back(std::move(eq));
    used_[e_idx] = true;
    d->end_tok = ce.tok_end + 1;
  }

  // What is counted: "US-based troops", "people"; for vague numbers after "of", which
  // may also name a currency ("millions of dollars"). False when the noun shows the
  // number to be a duration or a frequency after all.
  bool ReadNoun(const NumberMatch& m, Draft* d) const {
    Core& c = d->c;
    internal::NounPhrase& np = d->np;
    size_t noun_at = d->end_tok;
    if (m.approximate && Word(noun_at, "of")) {
      ++noun_at;
      UnitHit hit;
      if (d->plain() && internal::UnitAt(text(), toks(), noun_at, &hit) &&
          hit.info.kind != UnitKind::kTime && hit.info.kind != UnitKind::kAge &&
          !hit.info.ambiguous) {
        c.unit = hit.info.code;
        c.kind = hit.info.kind;
        d->end_tok = hit.tok_end;
        noun_at = d->end_tok;
      }
    } else if (!d->plain() && c.kind != UnitKind::kCurrency && c.kind != UnitKind::kPercent &&
               Word(noun_at, "of")) {
      ++noun_at;  // "500 tonnes of wheat"
    }
    // "a 27-member bloc", "the 3,000-strong vanguard": the noun inside the adjective,
    // or after "-strong".
    if (d->plain() && Punct(noun_at, "-") && Glued(noun_at) && Glued(noun_at + 1) &&
        IsWordTok(noun_at + 1)) {
      if (Word(noun_at + 1, "strong")) {
        noun_at += 2;
      } else if (Word(noun_at + 1, "time") || Word(noun_at + 1, "fold")) {
        return false;  // "a three-time champion", "a two-fold rise": how often, how much
      } else {
        np.head = std::string(TokText(text(), toks()[noun_at + 1]));
        for (char& ch : np.head)
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        np.tok_end = noun_at + 2;
        d->has_noun = d->hyphen_noun = true;
        return true;
      }
    }
    if (!d->plain() && noun_at == d->end_tok) return true;
    d->has_noun = internal::CountedNounAt(text(), toks(), noun_at, &np);
    // "two of the victims": the noun after a partitive "of the" (but not "five of the
    // three-ton satellites", where another figure follows).
    if (!d->has_noun && d->plain() && Word(noun_at, "of") && NumberAt(noun_at + 2) == nullptr &&
        (Word(noun_at + 1, "the") || Word(noun_at + 1, "these") || Word(noun_at + 1, "those") ||
         Word(noun_at + 1, "its") || Word(noun_at + 1, "their"))) {
      d->has_noun = internal::CountedNounAt(text(), toks(), noun_at + 2, &np);
    }
    if (d->has_noun) {
      // "two straight days", "three more weeks": a duration after all.
      UnitHit hit;
      if (internal::UnitAt(text(), toks(), np.tok_end - 1, &hit) && hit.tok_end == np.tok_end &&
          (hit.info.kind == UnitKind::kTime || hit.info.kind == UnitKind::kAge)) {
        return false;
      }
    }
    return true;
  }

  // The last checks on a plain count: addresses, years, bare number words, names and
  // list items are no figures.
  bool Keep(size_t idx, const Draft& d) const {
    if (!d.plain() || d.range) return true;
    const ParsedNumber& pn = nums()[idx];
    const NumberMatch& m = pn.m;
    const internal::NounPhrase& np = d.np;
    // "10 Downing Street", "1600 Pennsylvania Avenue": an address.
    if (d.has_noun && !d.hyphen_noun && toks()[np.tok_end - 1].upper_initial) {
      static constexpr std::string_view kStreets[] = {
          "street", "st",    "road",   "rd",    "avenue", "ave",     "lane",     "boulevard",
          "blvd",   "drive", "square", "place", "way",    "terrace", "crescent", "highway"};
      for (std::string_view w : kStreets) {
        if (np.head == w) return false;
      }
    }
    // "about 1927", "into at least 2009": a year, whatever the qualifier, unless a noun
    // says what it counts.
    if (!d.has_noun && internal::YearLike(m)) return false;
    if (!d.qual.empty() || m.approximate) return true;
    // A bare number word ("one", "two") counts only when it counts something.
    if (!m.has_digits && !d.has_noun) return false;
    if (internal::YearLike(m)) {
      bool plural = d.has_noun && np.head.size() > 2 && np.head.back() == 's';
      static constexpr std::string_view kPlurals[] = {"people",   "personnel", "police",
                                                      "children", "men",       "women",
                                                      "staff",    "troops",    "civilians"};
      for (std::string_view w : kPlurals) plural = plural || np.head == w;
      size_t k = pn.tok_begin;
      // "in 2014 protests", "his five 1976 fights", "September 11, 2001 attacks".
      bool year_context =
          k > 0 && (internal::IsYearPreposition(text(), toks()[k - 1]) ||
                    internal::IsMonthAt(text(), toks(), k - 1) || Punct(k - 1, "'") ||
                    Punct(k - 1, "\xE2\x80\x99") || (idx > 0 && nums()[idx - 1].tok_end == k) ||
                    (Punct(k - 1, ",") && k > 1 && toks()[k - 2].kind == TokKind::kDigits));
      if (!plural || year_context) return false;
    }
    if (internal::NamedNumber(*this, idx, d.has_noun ? np.head : std::string())) return false;
    if (!d.has_noun && internal::InList(*this, pn)) return false;
    return true;
  }

  void Emit(Draft* d, Figure* f) {
    const Core& c = d->c;
    // Figures never overlap: a qualifier cannot reach back into the previous figure.
    size_t begin_tok =
        std::max(std::min(d->qual_begin, c.tok_begin), std::min(consumed_, c.tok_begin));
    size_t end_tok = d->end_tok;
    if (d->has_noun && d->np.tok_end > end_tok) end_tok = d->np.tok_end;
    f->begin = toks()[begin_tok].begin;
    f->end = toks()[end_tok - 1].end;
    f->value = c.value;
    f->value_high = d->range ? d->high : c.value;
    f->qualifier = d->qual;
    f->unit = c.unit;
    if (d->has_noun) {
      f->counted = d->np.head;
      f->modifier = d->np.modifier;
    } else if (c.unit == "percent") {
      // A share is of something: "55.8% of the vote", "27 percent of voters". Without
      // it, turnout, a vote share and a tariff would all be one "percent".
      size_t k = end_tok;
      internal::NounPhrase of;
      if (Word(k, "of")) {
        ++k;
        if (Word(k, "the") || Word(k, "its") || Word(k, "their") || Word(k, "all")) ++k;
        if (NumberAt(k) == nullptr && internal::CountedNounAt(text(), toks(), k, &of)) {
          f->counted = of.head;  // the span stays the share itself
        }
      }
      // Or it is named before: "tariffs of up to 14 percent", "a turnout of 62%".
      if (f->counted.empty() && begin_tok >= 2 && Word(begin_tok - 1, "of") && IsWordTok(begin_tok - 2) &&
          !toks()[begin_tok - 2].upper_initial &&
          !internal::IsFunctionWord(text(), toks()[begin_tok - 2])) {
        f->counted = std::string(TokText(text(), toks()[begin_tok - 2]));
      }
    } else if (d->plain()) {
      internal::NounPhrase before;
      if (internal::CountedNounBefore(text(), toks(), begin_tok, &before)) {
        f->counted = before.head;
        f->modifier = before.modifier;
      }
    }
    std::string event;
    if (internal::EventAfter(text(), toks(), end_tok, &event) ||
        internal::EventBefore(text(), toks(), begin_tok, &event)) {
      f->event = event;
    }
    const std::string& q = d->qual;
    f->approximate = d->approximate || q == "about" || q == "nearly" || q == "estimated" ||
                     q == "several" || q == "a few" || q == "a couple of";
    f->equivalents = std::move(d->equivalents);
    consumed_ = end_tok;
  }

  std::vector<bool> used_;
  size_t consumed_ = 0;  // tokens before this belong to figures already built
};

}  // namespace

std::vector<Figure> FindFigures(std::string_view text) {
  std::vector<Figure> out;
  std::vector<Tok> toks;
  std::vector<ParsedNumber> nums;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = internal::ChunkEnd(text, begin);
    std::string_view chunk = text.substr(begin, end - begin);
    internal::Tokenize(chunk, &toks);
    nums.clear();
    nums.reserve(toks.size() / 8);
    internal::ParseNumbers(chunk, toks, &nums);
    Finder finder(chunk, toks, nums);
    finder.Run(begin, &out);
    begin = end;
  }
  return out;
}

}  // namespace sitrep::extract
