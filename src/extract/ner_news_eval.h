// Scoring the entity recogniser on news text annotated standoff: gold mentions are byte
// ranges into text files kept outside the repository (the seed reports), so the
// repository holds the annotation but never the copyrighted text.
//
// The annotation is a TSV file, one mention a line:
//   file <TAB> begin <TAB> end <TAB> type <TAB> text
// where `file` names a file in the text directory, [begin, end) are byte offsets into it,
// `type` is PER, ORG, LOC or MISC (CoNLL-2003), and `text` must equal the bytes at
// [begin, end): a check that the offsets still point where the annotator meant them to.
// Blank lines and lines starting with '#' are ignored.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/entities.h"

namespace sitrep::extract {

struct NewsSpan {
  size_t begin = 0;  // byte offsets into the document's text
  size_t end = 0;
  std::string type;  // PER, ORG, LOC or MISC
};

struct NewsDocument {
  std::string file;  // name within the text directory
  std::string text;
  std::vector<NewsSpan> gold;  // sorted by begin, never overlapping
};

struct NewsGold {
  std::vector<NewsDocument> documents;  // in order of first appearance in the TSV
  // Non-empty when the TSV or a text could not be read or did not agree with each
  // other; names the TSV line at fault.
  std::string error;
};

// Reads the standoff TSV at `tsv_path` and the texts it names from `text_dir`.
NewsGold LoadNewsGold(const std::string& tsv_path, const std::string& text_dir);

// One disagreement between gold and prediction, for inspection.
struct NewsError {
  std::string file;
  NewsSpan span;
  std::string text;  // the bytes of `span`
  // The other side's spans that overlap this one, as "TYPE 'text'" joined by "; ":
  // empty when the recogniser (for a miss) or the annotator (for a false positive) saw
  // nothing there; the same span with another type means a wrong type, otherwise a
  // wrong boundary.
  std::string overlapping;
};

struct NewsEval {
  std::vector<NerScore> per_type;  // PER, ORG, LOC, then MISC (reported apart)
  NerScore overall;                // PER, ORG and LOC together, MISC left out
  std::vector<NewsError> misses;           // gold spans not predicted exactly
  std::vector<NewsError> false_positives;  // predicted spans not in the gold
};

// What is evaluated: a function from text to entities.
using Recogniser = std::function<EntityResult(std::string_view)>;

// Runs `recognise` (FindEntities unless given) on each document's whole text and scores its name mentions
// (MentionKind::kName) against the gold by exact span and type, CoNLL's conlleval rule.
// NORP predictions count as MISC. Role and alias mentions are not scored: CoNLL
// annotates names only.
NewsEval EvaluateNews(const NewsGold& gold, const Recogniser& recognise = FindEntities);

// Wikigold (CoNLL format) as news documents: each document's tokens written out as
// running prose (see ner_eval.cc), its gold names as byte ranges into that text.
NewsGold LoadWikigoldAsNews(const std::string& path);

}  // namespace sitrep::extract
