#include "bench/gen/copier.h"

#include <algorithm>

#include "bench/gen/rng.h"
#include "bench/gen/spelling.h"
#include "bench/gen/writer.h"

namespace sitrep::gen {
namespace {

bool FirstBinds(const Paragraph& p) {
  return !p.sentences.empty() && p.sentences.front().binds_previous;
}

// Drops everything a copier does not take over: the original's footer and its lines
// between paragraphs.
void StripBoilerplate(Draft& d) {
  d.inserts.clear();
  d.footer.clear();
}

void AddOwnBoilerplate(Draft& d, const Source& copier, Rng& rng) {
  if (!copier.syndication_note.empty()) d.footer.push_back(copier.syndication_note);
  for (const std::string& line : copier.boilerplate) d.footer.push_back(line);
  const size_t n = d.paragraphs.size();
  if (!copier.mid_line.empty() && n > 4 && rng.Chance(0.5)) {
    d.inserts.push_back({2 + rng.Below(n - 3), copier.mid_line});
  }
}

void RemoveEmptyParagraphs(Draft& d) {
  d.paragraphs.erase(std::remove_if(d.paragraphs.begin(), d.paragraphs.end(),
                                    [](const Paragraph& p) { return p.sentences.empty(); }),
                     d.paragraphs.end());
}

// Index of the lead paragraph: the first body paragraph, after any summary bullets.
size_t LeadIndex(const Draft& d) {
  for (size_t i = 0; i < d.paragraphs.size(); ++i) {
    if (d.paragraphs[i].role == ParagraphRole::kBody) return i;
  }
  return 0;
}

void DropDateline(Draft& d) {
  d.dateline.clear();
  d.dateline_place.clear();
  d.dateline_date.clear();
  d.dateline_own_line = false;
}

}  // namespace

const char* CopyKindName(CopyKind kind) {
  switch (kind) {
    case CopyKind::kExact: return "exact";
    case CopyKind::kNear: return "near";
    case CopyKind::kSpun10: return "spun10";
    case CopyKind::kSpun30: return "spun30";
    case CopyKind::kSpun50: return "spun50";
  }
  return "exact";
}

double SpinShare(CopyKind kind) {
  switch (kind) {
    case CopyKind::kSpun10: return 0.1;
    case CopyKind::kSpun30: return 0.3;
    case CopyKind::kSpun50: return 0.5;
    default: return 0.0;
  }
}

Draft NearCopy(const Draft& original, const Source& copier, Rng& rng) {
  Draft d = original;
  StripBoilerplate(d);
  // Aggregators often drop the summary bullets and cut the story short.
  if (rng.Chance(0.5)) {
    d.paragraphs.erase(std::remove_if(d.paragraphs.begin(), d.paragraphs.end(),
                                      [](const Paragraph& p) {
                                        return p.role == ParagraphRole::kBullet;
                                      }),
                       d.paragraphs.end());
  }
  const double r = rng.Unit();
  if (r < 0.5 && d.paragraphs.size() > 6) {
    const int cut = rng.Range(1, 3);
    for (int i = 0; i < cut && d.paragraphs.size() > 5; ++i) d.paragraphs.pop_back();
  } else if (r < 0.85 && d.paragraphs.size() > LeadIndex(d) + 6) {
    // One paragraph from the middle, unless the next one continues it.
    const size_t lead = LeadIndex(d);
    const size_t i = lead + 2 + rng.Below(d.paragraphs.size() - lead - 3);
    const bool next_binds = i + 1 < d.paragraphs.size() && FirstBinds(d.paragraphs[i + 1]);
    if (!next_binds && !FirstBinds(d.paragraphs[i])) {
      d.paragraphs.erase(d.paragraphs.begin() + static_cast<long>(i));
    }
  }
  // Light edits: straight quote marks, the copier's spelling, no dateline, a cue verb
  // moved to the present tense.
  const bool straighten = rng.Chance(0.35);
  bool retensed = false;
  const bool retense = rng.Chance(0.3);
  for (Paragraph& p : d.paragraphs) {
    for (Sentence& s : p.sentences) {
      s.Rewrite([&](const Piece& piece, std::string& words) {
        if (straighten && piece.kind == PieceKind::kMark) words = "\"";
        if (piece.kind == PieceKind::kPlain) LocalizeSpelling(words, copier.british);
        if (retense && !retensed && piece.kind == PieceKind::kCue && words == "said") {
          words = "says";
          retensed = true;
        }
      });
    }
  }
  if (rng.Chance(0.4)) DropDateline(d);
  AddOwnBoilerplate(d, copier, rng);
  return d;
}

Draft SpunCopy(const Draft& original, CopyKind kind, const Source& copier, Rng& rng,
               SpinStats* stats) {
  Draft d = original;
  StripBoilerplate(d);
  const double share = SpinShare(kind);
  const double drop = kind == CopyKind::kSpun10 ? 0.08 : kind == CopyKind::kSpun30 ? 0.12 : 0.18;
  // Drop sentences (never the lead); a sentence that leans on the one before it (a
  // pronoun, a continued quote) goes with it.
  bool dropping = false;
  bool first_body = true;
  for (Paragraph& p : d.paragraphs) {
    std::vector<Sentence> kept;
    for (size_t k = 0; k < p.sentences.size(); ++k) {
      Sentence& s = p.sentences[k];
      const bool lead = first_body && p.role == ParagraphRole::kBody && k == 0;
      if (s.binds_previous) {
        if (dropping) continue;
      } else {
        dropping = !lead && p.role == ParagraphRole::kBody && rng.Chance(drop);
        if (dropping) continue;
      }
      kept.push_back(std::move(s));
    }
    if (p.role == ParagraphRole::kBody) first_body = false;
    p.sentences = std::move(kept);
  }
  RemoveEmptyParagraphs(d);
  // Swap a few neighbouring body paragraphs that stand on their own.
  const int swaps = rng.Range(1, 3);
  const size_t lead = LeadIndex(d);
  for (int t = 0; t < swaps && d.paragraphs.size() > lead + 4; ++t) {
    const size_t i = lead + 1 + rng.Below(d.paragraphs.size() - lead - 2);
    Paragraph& a = d.paragraphs[i];
    Paragraph& b = d.paragraphs[i + 1];
    const bool after_binds = i + 2 < d.paragraphs.size() && FirstBinds(d.paragraphs[i + 2]);
    if (a.role != ParagraphRole::kBody || b.role != ParagraphRole::kBody || FirstBinds(a) ||
        FirstBinds(b) || after_binds) {
      continue;
    }
    std::swap(a, b);
  }
  const SpinStats s = SpinDraft(d, share, rng);
  if (stats != nullptr) *stats = s;
  if (rng.Chance(0.5)) DropDateline(d);
  AddOwnBoilerplate(d, copier, rng);
  return d;
}

}  // namespace sitrep::gen
