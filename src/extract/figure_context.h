// The words around a number that make it a figure: its qualifier, the noun it counts,
// what happened to those counted, and the contexts that make it no figure at all (a
// date, a year, a clock time, a model name). Internal to src/extract.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/number_tokens.h"

namespace sitrep::extract::internal {

// A qualifier written before the token k ("more than", "about", "an estimated", ">"),
// normalised to the set documented in sitrep/figures.h. Sets *tok_begin to its first
// token. An opening quotation mark between it and the number is allowed.
bool QualifierBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                     std::string_view* qualifier, size_t* tok_begin);

// A qualifier written after a number ending before token k: "100,000+", "100,000-plus",
// "or more", "or so", "or fewer". Sets *tok_end past it.
bool QualifierAfter(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    std::string_view* qualifier, size_t* tok_end);

struct NounPhrase {
  size_t tok_end = 0;    // one past the head
  std::string head;      // lower-cased
  std::string modifier;  // as written, words joined by single spaces
};

// The counted noun phrase starting at token k: "American soldiers", "US-based troops",
// "S-400 battalions", "military personnel". Closing quotation marks glued to the number
// are skipped. False when no noun follows.
bool CountedNounAt(std::string_view text, const std::vector<Tok>& toks, size_t k, NounPhrase* np);

// The counted noun a sentence names before a bare number that starts at token k, when
// the words between only link the two: "the number of deaths stands at 120", "put the
// number of field clinics at around six", "the number of people killed by the fires is
// 31", "the death toll rose to 31" and "the toll stood at 120" (deaths), and the words
// of IsAnaphoricCount ("the figure stands at 120": head "figure").
bool CountedNounBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                       NounPhrase* np);

// Words that stand for a count named elsewhere in the text: "the figure", "the
// number", "the tally", "it" (in "the figure stands at 120", "said it is 140").
// CountedNounBefore gives them as the head; they count nothing by themselves.
bool IsAnaphoricCount(std::string_view word);

// The event after a counted phrase ending before token k: "killed" in "people killed",
// "died" in "have died", "killed" in "have been killed".
bool EventAfter(std::string_view text, const std::vector<Tok>& toks, size_t k, std::string* event);

// The event of a verb written before the figure that starts at token k: "killing" in
// "killing 20 people" gives "killed", "mobilized" in "has mobilized more than ...".
bool EventBefore(std::string_view text, const std::vector<Tok>& toks, size_t k, std::string* event);

// Month names ("February", "Feb", "Feb."); "May" and "March" only capitalised.
bool IsMonthAt(std::string_view text, const std::vector<Tok>& toks, size_t k);

// Words after which a four-digit number is a year: "in", "since", "the", "mid", ...
bool IsYearPreposition(std::string_view text, const Tok& t);

// Words that name a numbered thing rather than count: "number 5", "page 3", "article 5".
bool IsDesignatorWord(std::string_view text, const Tok& t);

// Function words that may start a sentence or head a title without naming anything:
// "The", "About", "In" (so that a capitalised word before a number is read as a name,
// "Stream 2", only when it is not one of these).
bool IsFunctionWord(std::string_view text, const Tok& t);

// Verbs of change before "from X to Y": "rose", "fell", "increased", ... (a change,
// not a range).
bool IsChangeVerb(std::string_view text, const Tok& t);

}  // namespace sitrep::extract::internal
