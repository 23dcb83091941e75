// ReadCore: a number with the currency or unit written next to it.

#include <cmath>
#include <string>
#include <string_view>

#include "extract/figure_scan.h"
#include "extract/figure_units.h"

namespace sitrep::extract::internal {
namespace {

// A weight rather than money: "lost 25 pounds", "weighing 2 pounds", "pounds of".
bool WeightContext(const FigureScan& s, size_t num_begin, size_t unit_end) {
  static constexpr std::string_view kVerbs[] = {
      "weigh",   "weighs", "weighed", "weighing", "lose",  "lost",    "losing", "gain",   "gained",
      "gaining", "drop",   "dropped", "shed",     "heavy", "heavier", "weight", "weights"};
  for (size_t j = num_begin; j > 0 && j + 4 > num_begin; --j) {
    for (std::string_view v : kVerbs) {
      if (s.Word(j - 1, v)) return true;
    }
  }
  return s.Word(unit_end, "of") && !s.Word(unit_end + 1, "sterling");
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
void AddMinorUnits(const FigureScan& s, Core* c) {
  size_t j = c->tok_end;
  if (s.Word(j, "and")) ++j;
  const ParsedNumber* p = s.NumberAt(j);
  if (p == nullptr || s.toks()[j].break_before || p->m.value >= 100 || p->m.has_fraction) return;
  UnitHit hit;
  if (!UnitAt(s.text(), s.toks(), p->tok_end, &hit)) return;
  if (hit.info.kind != UnitKind::kCurrency || hit.info.scale != 0.01 || c->unit != hit.info.code) {
    return;
  }
  c->value += p->m.value * 0.01;
  c->tok_end = hit.tok_end;
}

// "75 USD million": the magnitude after the code.
void MagnitudeAfterCode(const FigureScan& s, Core* c) {
  size_t j = c->tok_end;
  if (j >= s.n() || s.toks()[j].break_before || c->trailing != 1) return;
  double mult = 0;
  if (s.Word(j, "million") || s.Word(j, "mn") || s.Word(j, "mln")) mult = 1e6;
  if (s.Word(j, "billion") || s.Word(j, "bn") || s.Word(j, "bln")) mult = 1e9;
  if (s.Word(j, "trillion") || s.Word(j, "tn")) mult = 1e12;
  if (mult == 0) return;
  c->value *= mult;
  c->trailing = mult;
  c->tok_end = j + 1;
}

// "5 feet 2 inches", "6 ft 1 in": a height in feet and inches.
void AddInches(const FigureScan& s, Core* c) {
  size_t j = c->tok_end;
  if (s.Word(j, "and")) ++j;
  const ParsedNumber* p = s.NumberAt(j);
  if (p == nullptr || s.toks()[j].break_before || p->m.value >= 12) return;
  UnitHit hit;
  if (!UnitAt(s.text(), s.toks(), p->tok_end, &hit) || hit.info.code != "in") return;
  c->value += p->m.value / 12;
  c->tok_end = hit.tok_end;
}

}  // namespace

// Reads the number's own currency or unit. kNotFigure for ordinals, durations, ages
// and numbers glued to letters that are no unit ("5pm", "1960s", "5G").
Read ReadCore(const FigureScan& s, size_t idx, Core* c) {
  const ParsedNumber& pn = s.nums()[idx];
  const NumberMatch& m = pn.m;
  if (m.ordinal || !std::isfinite(m.value)) return Read::kNotFigure;
  c->value = m.value;
  c->trailing = pn.trailing_multiplier;
  c->tok_begin = pn.tok_begin;
  c->tok_end = pn.tok_end;
  std::string_view cur;
  size_t cb;
  bool currency = !m.is_percent && CurrencyBefore(s.text(), s.toks(), pn.tok_begin, &cur, &cb);
  if (!currency && GluedToName(s, idx)) return Read::kNotFigure;
  if (currency) {
    c->unit = cur;
    c->kind = UnitKind::kCurrency;
    c->tok_begin = cb;
    if (m.unit_glued) {
      // "$10m", "£5bn", "$2.174T": a magnitude letter after a currency.
      std::string_view x = TokText(s.text(), s.toks()[pn.tok_end]);
      double mult = 0;
      if (x == "m" || x == "M" || x == "mn" || x == "mln" || x == "MM") mult = 1e6;
      if (x == "b" || x == "B" || x == "bn" || x == "Bn" || x == "bln") mult = 1e9;
      if (x == "t" || x == "T" || x == "tn" || x == "trn") mult = 1e12;
      if (x == "k" || x == "K") mult = 1e3;
      if (mult == 0) return Read::kNotFigure;
      c->value *= mult;
      c->trailing = mult;
      c->tok_end = pn.tok_end + 1;
    }
    return Read::kFigure;
  }
  if (m.is_percent) {
    c->unit = "percent";
    c->kind = UnitKind::kPercent;
    if (s.Word(c->tok_end, "points") || s.Word(c->tok_end, "point")) {
      c->unit = "percentage point";
      ++c->tok_end;
    }
    return Read::kFigure;
  }
  size_t j = pn.tok_end;
  bool hyphen = false;
  if (s.Punct(j, "-") && s.Glued(j) && s.Glued(j + 1) && s.IsWordTok(j + 1)) {
    hyphen = true;  // "2.5-mile", "three-foot", "30-year"
    ++j;
  }
  UnitHit hit;
  if (UnitAt(s.text(), s.toks(), j, &hit) && (!s.toks()[j].break_before || hyphen) &&
      (!m.unit_glued || j == pn.tok_end)) {
    const UnitInfo& u = hit.info;
    // "24703m212", "24703 L-202", "3 USD50": letters glued to more digits make a
    // code, or a currency written before the next number. A one-letter unit
    // followed by a dot and a letter is an abbreviation ("2021 C.P.I."), and "C"
    // before a glued mark other than an ending one is a price ("14.7C/").
    size_t a = hit.tok_end;
    bool one_letter = hit.tok_end == j + 1 && s.toks()[j].end - s.toks()[j].begin == 1;
    if (one_letter && a < s.n() && !s.toks()[a].space_before &&
        s.toks()[a].kind == TokKind::kPunct) {
      std::string_view ps = TokText(s.text(), s.toks()[a]);
      bool ending =
          ps == "," || ps == ";" || ps == ":" || ps == "!" || ps == "?" || ps == ")" || ps == ".";
      bool abbreviation = ps == "." && a + 1 < s.n() && !s.toks()[a + 1].space_before &&
                          s.toks()[a + 1].kind == TokKind::kWord;
      if (!ending || abbreviation) return m.unit_glued ? Read::kNotFigure : Read::kFigure;
    }
    if (a < s.n() && !s.toks()[a].space_before &&
        (s.toks()[a].kind == TokKind::kDigits || s.toks()[a].kind == TokKind::kWord ||
         (s.Punct(a, "-") && a + 1 < s.n() && !s.toks()[a + 1].space_before &&
          s.toks()[a + 1].kind == TokKind::kDigits))) {
      return m.unit_glued ? Read::kNotFigure : Read::kFigure;
    }
    if (u.kind == UnitKind::kTime || u.kind == UnitKind::kAge) return Read::kNotFigure;
    std::string code(u.code);
    bool accept = true;
    if (u.ambiguous) {
      if (code == "in") {
        // "2 in" is an inch only where no noun phrase follows the preposition.
        size_t a = hit.tok_end;
        accept = a >= s.n() || s.toks()[a].kind == TokKind::kPunct || s.toks()[a].break_before ||
                 s.Word(a, "thick") || s.Word(a, "long") || s.Word(a, "wide") ||
                 s.Word(a, "tall") || s.Word(a, "high") || s.Word(a, "deep") ||
                 s.Word(a, "across") || s.Word(a, "diameter");
      } else if (code == "F") {
        // Glued and closing the phrase: "(104.5F)", "hit 104F."
        size_t a = hit.tok_end;
        accept = !s.toks()[j].space_before &&
                 (a >= s.n() || s.toks()[a].kind == TokKind::kPunct || s.toks()[a].break_before);
      } else if (code == "KRW") {
        accept = c->value >= 1000;  // "won" is a verb after small numbers
      } else if (code == "GBP" && (hyphen || WeightContext(s, pn.tok_begin, hit.tok_end))) {
        // "a twenty-pound bag": money is written "a £20 note", weight with a hyphen.
        code = "lb";
        c->kind = UnitKind::kMass;
      }
    }
    if (accept) {
      c->unit = code;
      if (c->kind == UnitKind::kNone) c->kind = u.kind;
      c->value *= u.scale;
      c->tok_end = hit.tok_end;
      if (u.kind == UnitKind::kCurrency) AddMinorUnits(s, c);
      if (u.kind == UnitKind::kCurrency && u.scale == 1) MagnitudeAfterCode(s, c);
      if (code == "ft") AddInches(s, c);
      return Read::kFigure;
    }
  }
  if (m.unit_glued) {
    // "312p", "down 4p": pence, glued as British business copy writes them.
    size_t a = pn.tok_end;
    if (TokText(s.text(), s.toks()[a]) == "p" && (a + 1 >= s.n() || s.toks()[a + 1].space_before ||
                                                  s.toks()[a + 1].kind == TokKind::kPunct)) {
      c->unit = "GBP";
      c->kind = UnitKind::kCurrency;
      c->value *= 0.01;
      c->tok_end = a + 1;
      return Read::kFigure;
    }
    return Read::kNotFigure;
  }
  return Read::kFigure;
}

}  // namespace sitrep::extract::internal
