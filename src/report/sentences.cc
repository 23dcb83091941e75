#include "report/sentences.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <unordered_set>

#include "events/stemmer.h"
#include "sitrep/text.h"

namespace sitrep::report::internal {
namespace {

constexpr size_t kMinWords = 6;
constexpr size_t kMaxWords = 80;
// How many following sentences a sentence with an open quote may be joined with.
constexpr size_t kMaxJoin = 3;

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A sentence ends like one: . ! ? or an ellipsis, possibly followed by closing quotes
// or brackets. Headlines, list items and captions do not.
bool EndsLikeSentence(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kClosers = {"”", "’", "\"", "'", ")", "»"};
  bool trimmed = true;
  while (trimmed && !s.empty()) {
    trimmed = false;
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        trimmed = true;
      }
    }
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  }
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || (s.size() >= 3 && s.substr(s.size() - 3) == "…");
}

// Words that make a sentence a statement rather than a list of names: auxiliaries and
// the verbs news reports with; failing those, an inflected word (-ed, -ing, -s) after
// the first word.
bool HasVerb(const std::vector<std::string_view>& words) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
      "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
      "said", "say", "says", "told", "tell", "tells", "asked", "warned", "added", "made",
      "make", "makes", "took", "take", "takes", "went", "go", "goes", "came", "come", "gave",
      "give", "gives", "sent", "send", "sends", "met", "meet", "meets", "left", "leave",
      "won", "lost", "held", "hold", "holds", "put", "puts", "set", "saw", "see", "sees",
      "began", "begin", "begins", "fell", "rose", "ran", "run", "runs", "kept", "keep", "got",
      "get", "gets", "spoke", "wrote", "thought", "knew", "found", "find", "felt", "led", "hit",
      "paid", "sold", "bought", "built", "brought", "stood", "struck", "fought", "fled"};
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view v = words[i];
    if (kVerbs.count(v)) return true;
    if (i == 0 || v.size() < 4) continue;
    if (v.substr(v.size() - 2) == "ed" || v.substr(v.size() - 3) == "ing") return true;
    if (v.back() == 's' && v[v.size() - 2] != 's' && v[v.size() - 2] != 'u' && v[v.size() - 2] != 'i') {
      return true;
    }
  }
  return false;
}

// Phrases of site furniture, matched in one pass over a lowercased sentence: each is
// filed under its first two bytes (a table of all 65,536 pairs), so that a position is
// compared only with the few phrases that can start there. A brief reads tens of thousands of sentences, and
// searching each for every phrase in turn was most of its cost.
class PhraseSet {
 public:
  template <size_t N>
  explicit PhraseSet(const std::array<std::string_view, N>& phrases) {
    lists_.emplace_back();  // list 0: no phrase starts with the pair
    for (std::string_view p : phrases) {
      uint8_t& list = list_of_pair_[Pair(p[0], p[1])];
      if (list == 0) {
        list = static_cast<uint8_t>(lists_.size());
        lists_.emplace_back();
      }
      lists_[list].push_back(p);
    }
  }
  bool FoundIn(std::string_view s) const {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      const uint8_t list = list_of_pair_[Pair(s[i], s[i + 1])];
      if (list == 0) continue;  // the usual case
      for (std::string_view p : lists_[list]) {
        if (s.compare(i, p.size(), p) == 0) return true;
      }
    }
    return false;
  }

 private:
  static uint16_t Pair(char a, char b) {
    return static_cast<uint16_t>(static_cast<unsigned char>(a) << 8 | static_cast<unsigned char>(b));
  }
  std::array<uint8_t, 65536> list_of_pair_{};  // first two bytes -> index in lists_
  std::vector<std::vector<std::string_view>> lists_;
};

bool IsBoilerplateLower(std::string_view s) {
  // Furniture anywhere in the sentence: it never belongs to a report.
  static constexpr std::array<std::string_view, 34> kAnywhere = {
      "sign up", "subscribe", "read more", "click here", "all rights reserved", "copyright",
      "©", "cookie", "newsletter", "follow us", "share this", "image credit", "photo credit",
      "getty images", "email address will not be published", "required fields are marked",
      "comments are closed", "leave a reply", "related articles", "back to top", "source link",
      "has not been edited by", "aggregated feed", "updated news 24/7", "latest breaking news",
      "terms of use", "privacy policy", "download the app", "file photo", "http://", "https://",
      "www.", "javascript", "for the latest news"};
  static const PhraseSet kAnywhereSet(kAnywhere);
  if (kAnywhereSet.FoundIn(s)) return true;
  // Bylines, credits, teasers and captions open with these.
  static constexpr std::array<std::string_view, 18> kOpening = {
      "by ", "reporting by", "editing by", "writing by", "additional reporting", "read |",
      "read:", "reading:", "watch:", "also read", "related:", "photo:", "image:", "video:",
      "caption:", "credit:", "updated:", "published:"};
  for (std::string_view p : kOpening) {
    if (s.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

}  // namespace

bool IsBoilerplate(std::string_view sentence) { return IsBoilerplateLower(LowerAscii(sentence)); }

bool QuotesBalanced(std::string_view s) {
  // One pass over the bytes: “ and ” are E2 80 9C and E2 80 9D, « and » are C2 AB and
  // C2 BB in UTF-8.
  int64_t curly = 0, straight = 0, angle = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"') {
      ++straight;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(s[i + 2]);
      curly += d == 0x9C ? 1 : d == 0x9D ? -1 : 0;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      angle += d == 0xAB ? 1 : d == 0xBB ? -1 : 0;
    }
  }
  return curly == 0 && straight % 2 == 0 && angle == 0;
}

namespace {

// Unusable, given the sentence's tokens and its lowercased copy: ASCII folding keeps
// every byte where it was, so token offsets hold in both.
const char* UnusableGiven(std::string_view sentence, const std::vector<text::Token>& tokens,
                          const std::string& lower) {
  if (tokens.size() < kMinWords) return "short";
  if (tokens.size() > kMaxWords) return "long";
  if (IsBoilerplateLower(lower)) return "boilerplate";
  if (!QuotesBalanced(sentence)) return "unbalanced quote";
  if (!EndsLikeSentence(sentence)) return "no ending";
  std::vector<std::string_view> words;
  words.reserve(tokens.size());
  const std::string_view view(lower);
  for (const text::Token& t : tokens) words.push_back(view.substr(t.begin, t.end - t.begin));
  if (!HasVerb(words)) return "no verb";
  return "";
}

// The words of a sentence, lowercased, joined by one space (see NearKey).
std::string KeyOf(const std::vector<text::Token>& tokens, const std::string& lower) {
  std::string key;
  for (const text::Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key.append(lower, t.begin, t.end - t.begin);
  }
  return key;
}

}  // namespace

std::string Unusable(std::string_view sentence) {
  return UnusableGiven(sentence, text::Tokenize(sentence), LowerAscii(sentence));
}

std::vector<SentenceText> UsableSentences(std::string_view text, size_t max_sentences,
                                          size_t scan_sentences) {
  // Lines within a paragraph are separate units: a headline or a caption on its own line
  // is not the start of the next sentence.
  std::vector<text::Span> pieces;
  for (const text::Span& span : text::SplitSentences(text)) {
    size_t begin = span.begin;
    while (begin < span.end) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos || end > span.end) end = span.end;
      if (!Trim(text.substr(begin, end - begin)).empty()) pieces.push_back({begin, end});
      begin = end + 1;
    }
    if (pieces.size() >= scan_sentences + kMaxJoin) break;
  }
  std::vector<SentenceText> out;
  const size_t scan = std::min(pieces.size(), scan_sentences);
  for (size_t i = 0; i < scan && out.size() < max_sentences; ++i) {
    size_t last = i;
    std::string_view joined = text.substr(pieces[i].begin, pieces[i].end - pieces[i].begin);
    // A quote the splitter cut ("Conflict is not inevitable. | There is still time...")
    // is joined with what follows in the same paragraph until it closes.
    while (!QuotesBalanced(joined) && last + 1 < pieces.size() && last - i < kMaxJoin &&
           text.substr(pieces[last].end, pieces[last + 1].begin - pieces[last].end).find('\n') ==
               std::string_view::npos) {
      ++last;
      joined = text.substr(pieces[i].begin, pieces[last].end - pieces[i].begin);
    }
    joined = Trim(joined);
    const std::vector<text::Token> tokens = text::Tokenize(joined);
    const std::string lower = LowerAscii(joined);
    if (*UnusableGiven(joined, tokens, lower) == '\0') {
      SentenceText s;
      s.position = i;
      s.begin = static_cast<size_t>(joined.data() - text.data());
      s.end = s.begin + joined.size();
      s.text = std::string(joined);
      s.key = KeyOf(tokens, lower);
      out.push_back(std::move(s));
      i = last;  // the joined pieces are used up
    }
  }
  return out;
}

std::string NearKey(std::string_view sentence) {
  std::string key;
  for (const text::Token& t : text::Tokenize(sentence)) {
    if (!key.empty()) key += ' ';
    for (size_t i = t.begin; i < t.end; ++i) key += Lower(sentence[i]);
  }
  return key;
}

std::vector<int32_t> TermSpace::Terms(std::string_view s) {
  std::vector<int32_t> terms;
  std::string word;
  for (const text::Token& t : text::Tokenize(s)) {
    word.assign(s.substr(t.begin, t.end - t.begin));
    for (char& c : word) c = Lower(c);
    auto it = stem_of_word_.find(word);
    if (it == stem_of_word_.end()) {
      int32_t id = -1;
      const bool has_letter = std::any_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80);
      });
      // Numbers count when they are figures ("100,000"), not when they are "2" or "10".
      if (!events::internal::IsStopword(word) && (has_letter ? word.size() >= 2 : word.size() >= 3)) {
        const std::string stem = has_letter ? events::internal::Stem(word) : word;
        id = ids_.emplace(stem, static_cast<int32_t>(ids_.size())).first->second;
      }
      it = stem_of_word_.emplace(word, id).first;
    }
    if (it->second >= 0) terms.push_back(it->second);
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

std::vector<SparseVector> TfIdf(const std::vector<std::vector<int32_t>>& term_sets, size_t term_count) {
  std::vector<int32_t> df(term_count, 0);
  for (const auto& set : term_sets) {
    for (int32_t t : set) ++df[static_cast<size_t>(t)];
  }
  const double n = static_cast<double>(term_sets.size());
  std::vector<SparseVector> out;
  out.reserve(term_sets.size());
  for (const auto& set : term_sets) {
    SparseVector v;
    v.reserve(set.size());
    double norm = 0;
    for (int32_t t : set) {
      const double w = std::log(1.0 + n / df[static_cast<size_t>(t)]);
      v.emplace_back(t, static_cast<float>(w));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (auto& [t, w] : v) w = static_cast<float>(w / norm);
    }
    out.push_back(std::move(v));
  }
  return out;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first) {
      sum += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

std::string CutAtWord(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  const size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  std::string_view head = s.substr(0, cut);
  while (!head.empty() && (head.back() == ',' || head.back() == ';' || head.back() == ':' || head.back() == ' ')) {
    head.remove_suffix(1);
  }
  return std::string(head) + "…";
}

}  // namespace sitrep::report::internal
