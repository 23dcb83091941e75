#include "events/stemmer.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_set>

namespace sitrep::events::internal {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string Stem(std::string_view word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  if (!stemmer) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

bool IsStopword(std::string_view word) {
  // Function words, and the reporting and time words every news story uses.
  static const std::unordered_set<std::string_view> kStopwords = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
      "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
      "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
      "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
      "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now",
      "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
      "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
      "said", "says", "say", "told", "according", "added", "news", "report", "reported",
      "reports", "reporters", "statement", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "weeks",
      "year", "years", "month", "months", "day", "days", "time", "new", "one", "two", "three",
      "first", "last", "since", "still", "may", "might", "must", "per", "cent", "percent",
      "mr", "ms", "mrs", "people", "including", "however", "while", "would", "could"};
  return kStopwords.count(word) > 0;
}

}  // namespace sitrep::events::internal
