#include "bench/gen/draft.h"

#include <algorithm>

namespace sitrep::gen {
namespace {

void AppendSentence(const Draft& draft, const Sentence& s, Rendered& out,
                    std::vector<int>& quote_slot) {
  for (const Piece& p : s.pieces) {
    switch (p.kind) {
      case PieceKind::kQuote:
      case PieceKind::kCue: {
        int& slot = quote_slot[p.ref];
        if (slot < 0) {
          slot = static_cast<int>(out.quotes.size());
          out.quotes.emplace_back();
        }
        if (p.kind == PieceKind::kQuote) {
          out.quotes[slot].parts.emplace_back(s.TextOf(p));
        } else {
          std::string cue(s.TextOf(p));
          for (char& c : cue) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
          out.quotes[slot].cue = std::move(cue);
        }
        break;
      }
      // Figures and times are read back in order from the surviving pieces.
      case PieceKind::kFigure:
        if (p.ref >= 0) out.figures.push_back({draft.figures[p.ref], std::string(s.TextOf(p))});
        break;
      case PieceKind::kTime:
        if (p.ref >= 0) out.times.push_back({std::string(s.TextOf(p)), draft.times[p.ref]});
        break;
      default:
        break;
    }
  }
  out.text += s.text;
}

}  // namespace

void Sentence::Append(PieceKind kind, int16_t ref, std::string_view words) {
  if (words.empty()) return;
  if (kind == PieceKind::kPlain && !pieces.empty() && pieces.back().kind == PieceKind::kPlain) {
    text.append(words);
    pieces.back().end = static_cast<uint32_t>(text.size());
    return;
  }
  const auto begin = static_cast<uint32_t>(text.size());
  text.append(words);
  pieces.push_back({kind, ref, begin, static_cast<uint32_t>(text.size())});
}

void Sentence::Append(const Sentence& other) {
  for (const Piece& p : other.pieces) Append(p.kind, p.ref, other.TextOf(p));
}

void CapitalizeSentence(Sentence& sentence) {
  for (const Piece& p : sentence.pieces) {
    if (p.begin == p.end || p.kind == PieceKind::kMark) continue;
    char& c = sentence.text[p.begin];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return;
  }
}

Sentence OnePiece(PieceKind kind, std::string_view text) {
  Sentence s;
  s.Append(kind, -1, text);
  return s;
}

Rendered Render(const Draft& draft) {
  Rendered out;
  RenderInto(draft, out);
  return out;
}

void RenderInto(const Draft& draft, Rendered& out) {
  out.text.clear();
  out.quotes.clear();
  out.figures.clear();
  out.times.clear();
  out.boilerplate.clear();
  out.patterns.clear();
  out.text.reserve(6000);
  out.quotes.reserve(draft.quotes.size());
  out.figures.reserve(draft.figures.size() + 4);
  out.times.reserve(draft.times.size() + 2);
  out.patterns.reserve(32);
  std::vector<int> quote_slot(draft.quotes.size(), -1);
  bool first_block = true;
  auto separate = [&] {
    if (!first_block) out.text += "\n\n";
    first_block = false;
  };
  if (!draft.dateline.empty() && draft.dateline_own_line) {
    separate();
    out.text += draft.dateline;
  }
  bool dateline_pending = !draft.dateline.empty() && !draft.dateline_own_line;
  size_t insert = 0;
  for (size_t i = 0; i < draft.paragraphs.size(); ++i) {
    const Paragraph& para = draft.paragraphs[i];
    if (para.sentences.empty()) continue;
    separate();
    if (para.role == ParagraphRole::kBullet) out.text += "\u2022 ";
    if (dateline_pending && para.role == ParagraphRole::kBody) {
      out.text += draft.dateline;
      out.text += ' ';
      dateline_pending = false;
    }
    for (size_t k = 0; k < para.sentences.size(); ++k) {
      if (k > 0) out.text += ' ';
      const Sentence& s = para.sentences[k];
      AppendSentence(draft, s, out, quote_slot);
      if (s.pattern >= 0) out.patterns.push_back(s.pattern);
    }
    while (insert < draft.inserts.size() && draft.inserts[insert].first <= i) {
      separate();
      out.text += draft.inserts[insert].second;
      out.boilerplate.push_back(draft.inserts[insert].second);
      ++insert;
    }
  }
  for (; insert < draft.inserts.size(); ++insert) {
    separate();
    out.text += draft.inserts[insert].second;
    out.boilerplate.push_back(draft.inserts[insert].second);
  }
  for (const std::string& line : draft.footer) {
    separate();
    out.text += line;
    out.boilerplate.push_back(line);
  }
  // Quote facts: speaker and directness by reference; text from the parts.
  for (size_t ref = 0; ref < quote_slot.size(); ++ref) {
    const int slot = quote_slot[ref];
    if (slot < 0) continue;
    RenderedQuote& q = out.quotes[slot];
    q.speaker = draft.quotes[ref].speaker;
    q.direct = draft.quotes[ref].direct;
    // One part is the text exactly as printed; a quote split around its cue is the
    // statement as spoken.
    if (q.parts.size() == 1 || draft.quotes[ref].text.empty()) {
      for (size_t k = 0; k < q.parts.size(); ++k) {
        if (k > 0) q.text += ' ';
        q.text += q.parts[k];
      }
    } else {
      q.text = draft.quotes[ref].text;
    }
  }
  // Every cue shares its sentence with its quote's words, so generated drafts leave no
  // entry without parts; the filter keeps Render total for any draft.
  out.quotes.erase(std::remove_if(out.quotes.begin(), out.quotes.end(),
                                  [](const RenderedQuote& q) { return q.parts.empty(); }),
                   out.quotes.end());
}

}  // namespace sitrep::gen
