// Disputes: a statement and another party's denial of it, among a storyline's quotes.
//
// Precision first, since a dispute that is not one misleads more than a missed one
// costs: the denial must say so in so many words ("we have not seen any withdrawal",
// "denies any plans", "no evidence of"), the claim must state what is denied with no
// negation, condition or question, the speakers must differ, and the two must share at
// least two topic stems (troops, forces and soldiers are one topic word).
#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <string_view>

#include "events/stemmer.h"
#include "report/sentences.h"
#include "sitrep/storyline_report.h"
#include "sitrep/text.h"

namespace sitrep::report {
namespace {

constexpr size_t kMinSharedStems = 2;
// A report lists the first disputes found, each denial against its first claims: a
// storyline of thousands of articles repeats the same exchange many times.
constexpr size_t kMaxClaimsPerDenial = 3;
constexpr size_t kMaxDisputes = 20;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool Contains(const std::string& s, std::string_view word) {
  // As a whole word: "false" but not "falsehood".
  for (size_t at = s.find(word); at != std::string::npos; at = s.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(s[at - 1]));
    const size_t end = at + word.size();
    const bool ends = end == s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
    if (starts && ends) return true;
  }
  return false;
}

// What a quote denies: the first content word after a denial ("we have not seen any
// withdrawal" -> "withdrawal", "denies any plans" -> "plans"), or "" when it denies
// nothing in so many words.
std::string Denied(const std::string& lower) {
  // Every denial below has one of these in it: most quotes are passed over at once.
  if (lower.find("seen") == std::string::npos && lower.find("den") == std::string::npos &&
      lower.find("no evidence") == std::string::npos && lower.find("no sign") == std::string::npos) {
    return "";
  }
  static constexpr std::array<std::string_view, 16> kDenials = {
      "have not seen", "has not seen", "haven't seen", "haven’t seen", "hasn't seen", "hasn’t seen",
      "have seen no", "has seen no", "had seen no", "no evidence of", "no sign of", "no signs of",
      "deny", "denies", "denied", "denying"};
  static const std::array<std::string_view, 10> kSkip = {"any", "a", "an", "the", "that", "of", "its", "their",
                                                         "significant", "such"};
  for (std::string_view d : kDenials) {
    for (size_t at = lower.find(d); at != std::string::npos; at = lower.find(d, at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) continue;
      size_t pos = at + d.size();
      for (int words = 0; words < 4; ++words) {
        while (pos < lower.size() && !std::isalpha(static_cast<unsigned char>(lower[pos]))) ++pos;
        size_t end = pos;
        while (end < lower.size() && std::isalpha(static_cast<unsigned char>(lower[end]))) ++end;
        if (end == pos) break;
        const std::string word = lower.substr(pos, end - pos);
        if (std::find(kSkip.begin(), kSkip.end(), word) == kSkip.end()) return word;
        pos = end;
      }
    }
  }
  return "";
}

// Cheap tests on the quote as written, before anything is lowercased or stemmed: most
// quotes deny nothing and name nothing denied.
bool MayDeny(std::string_view text) {
  // One pass, looking at the few bytes the words start with: searching for each word in
  // turn stopped at every "s", "d" and "e" of a hundred thousand quotes.
  auto at = [&](size_t i, std::string_view w) { return text.compare(i, w.size(), w) == 0; };
  for (size_t i = 0; i < text.size(); ++i) {
    switch (text[i]) {
      case 's':
        if (at(i, "seen") || at(i, "sign")) return true;
        break;
      case 'd':
        if (at(i, "den")) return true;
        break;
      case 'D':
        if (at(i, "Den") || at(i, "DEN")) return true;
        break;
      case 'e':
        if (at(i, "evidence")) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

bool Mentions(const std::string& text, const std::string& stem) {
  if (text.find(stem) != std::string::npos) return true;
  std::string capital = stem;
  capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
  return text.find(capital) != std::string::npos;
}

// A statement that is only a condition or a question claims nothing.
bool Hypothetical(const std::string& lower) {
  return lower.rfind("if ", 0) == 0 || Contains(lower, "if") || Contains(lower, "whether") ||
         lower.find('?') != std::string::npos;
}

bool Negated(const std::string& lower) {
  static constexpr std::array<std::string_view, 8> kNegations = {"not", "no", "never", "n't", "n’t",
                                                                 "nor", "neither", "nothing"};
  if (lower.find("n't") != std::string::npos || lower.find("n’t") != std::string::npos) return true;
  return std::any_of(kNegations.begin(), kNegations.end(), [&](std::string_view d) { return Contains(lower, d); });
}

// Topic stems of a quote, with the words news uses for the same armed people as one.
std::vector<std::string> Topic(std::string_view quote, std::map<std::string, std::string>* shown) {
  static const std::map<std::string_view, std::string_view> kSame = {
      {"forces", "troops"}, {"force", "troops"}, {"soldiers", "troops"}, {"soldier", "troops"},
      {"troop", "troops"}, {"personnel", "troops"}, {"withdrawal", "withdraw"},
      {"withdrawing", "withdraw"}, {"withdrew", "withdraw"}, {"withdrawn", "withdraw"},
      {"pullback", "withdraw"}, {"retreat", "withdraw"}};
  std::vector<std::string> stems;
  for (const text::Token& t : text::Tokenize(quote)) {
    std::string word = Lower(quote.substr(t.begin, t.end - t.begin));
    if (word.size() < 3 || events::internal::IsStopword(word)) continue;
    const auto same = kSame.find(word);
    const std::string stem = events::internal::Stem(same == kSame.end() ? word : std::string(same->second));
    if (stem == "deni" || stem == "seen" || stem == "evid") continue;
    if (shown->find(stem) == shown->end()) shown->emplace(stem, same == kSame.end() ? word : std::string(same->second));
    stems.push_back(stem);
  }
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  return stems;
}


// A report of a denial often carries the claim it denies: "Blinken said the United States
// had seen no withdrawal, disputing claims by Moscow that the Kremlin had withdrawn some
// of its forces". Splits such a quote into the denial and the claim, attributed to the
// named party (a capitalised name of at most five words after "by"). False when the
// quote has no such clause.
bool SplitEmbeddedClaim(const store::StoredQuote& q, store::StoredQuote* denial, store::StoredQuote* claim) {
  static constexpr std::array<std::string_view, 8> kMarkers = {
      "disputing claims by ", "rejecting claims by ", "denying claims by ", "dismissing claims by ",
      "disputing assertions by ", "rejecting assertions by ", "contradicting claims by ", "refuting claims by "};
  // Every marker ends in "claims by " or "assertions by ": a quote without " by " in
  // any case is passed over before it is lowercased, as nearly all are. One pass over
  // the bytes: searching for a phrase that starts with a space stops at every word.
  const std::string_view text = q.text;
  bool by = false;
  for (size_t i = 0; !by && i + 3 < text.size(); ++i) {
    by = text[i] == ' ' && (text[i + 1] | 0x20) == 'b' && (text[i + 2] | 0x20) == 'y' && text[i + 3] == ' ';
  }
  if (!by) return false;
  const std::string lower = Lower(q.text);
  for (std::string_view m : kMarkers) {
    const size_t at = lower.find(m);
    if (at == std::string::npos) continue;
    const size_t party = at + m.size();
    const size_t that = lower.find(" that ", party);
    if (that == std::string::npos) return false;
    std::string name = q.text.substr(party, that - party);
    std::string bare = name.rfind("the ", 0) == 0 ? name.substr(4) : name;
    if (bare.empty() || !std::isupper(static_cast<unsigned char>(bare[0])) ||
        std::count(name.begin(), name.end(), ' ') >= 5) {
      return false;
    }
    size_t cut = at;
    while (cut > 0 && (q.text[cut - 1] == ' ' || q.text[cut - 1] == ',' || q.text[cut - 1] == ';')) --cut;
    *denial = q;
    denial->text = q.text.substr(0, cut);
    denial->end = q.begin + static_cast<int64_t>(cut);
    *claim = q;
    claim->text = q.text.substr(that + 6);
    claim->begin = q.begin + static_cast<int64_t>(that + 6);
    claim->speaker = name;
    claim->speaker_id = 0;
    claim->direct = false;
    claim->cue = "claims";
    return !denial->text.empty() && !claim->text.empty();
  }
  return false;
}

}  // namespace

std::vector<Dispute> FindDisputes(const std::vector<store::StoredQuote>& input) {
  // Pointers into the input, and into `parts` for the few quotes that split in two: a
  // storyline's quotes number in the hundred thousands, and copying each showed.
  std::deque<store::StoredQuote> parts;
  std::vector<const store::StoredQuote*> quotes;
  quotes.reserve(input.size());
  for (const store::StoredQuote& q : input) {
    store::StoredQuote denial, claim;
    if (SplitEmbeddedClaim(q, &denial, &claim)) {
      quotes.push_back(&parts.emplace_back(std::move(denial)));
      quotes.push_back(&parts.emplace_back(std::move(claim)));
    } else {
      quotes.push_back(&q);
    }
  }
  struct Read {
    const store::StoredQuote* quote;
    std::string speaker;  // lowercased, for comparing parties
    std::string denied;   // the stem of what it denies, "" when it denies nothing
    bool claims = false;  // states something: no denial, negation, condition or question
    std::vector<std::string> topic;
  };
  // Denials first: they are few, and a claim matters only when it names what one
  // denies, which a substring test tells before any stemming.
  std::vector<std::string> lowered(quotes.size());
  std::vector<std::string> denied(quotes.size());
  std::vector<std::string> denied_stems;
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i]->speaker.empty() || !MayDeny(quotes[i]->text)) continue;
    lowered[i] = Lower(quotes[i]->text);
    const std::string object = Denied(lowered[i]);
    if (object.empty()) continue;
    std::map<std::string, std::string> unused;
    const std::vector<std::string> stems = Topic(object, &unused);
    if (stems.empty()) continue;
    denied[i] = stems.front();
    denied_stems.push_back(stems.front());
  }
  if (denied_stems.empty()) return {};
  std::sort(denied_stems.begin(), denied_stems.end());
  denied_stems.erase(std::unique(denied_stems.begin(), denied_stems.end()), denied_stems.end());

  std::map<std::string, std::string> shown;
  std::vector<Read> read;
  std::unordered_map<std::string, std::vector<size_t>> claims_about;  // stem -> claims
  std::unordered_set<std::string> seen_texts;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const store::StoredQuote& q = *quotes[i];
    if (q.speaker.empty()) continue;
    if (denied[i].empty() && std::none_of(denied_stems.begin(), denied_stems.end(), [&](const std::string& stem) {
          return Mentions(q.text, stem);
        })) {
      continue;
    }
    if (lowered[i].empty()) lowered[i] = Lower(q.text);
    const std::string& lower = lowered[i];
    const bool claims = denied[i].empty() && !Negated(lower) && !Hypothetical(lower);
    if (denied[i].empty() && !claims) continue;
    if (!seen_texts.insert(Lower(q.speaker) + "\n" + lower).second) continue;  // said once is enough
    Read r;
    r.quote = &q;
    r.speaker = Lower(q.speaker);
    r.denied = denied[i];
    r.claims = claims;
    r.topic = Topic(q.text, &shown);
    if (r.claims) {
      for (const std::string& stem : r.topic) claims_about[stem].push_back(read.size());
    }
    read.push_back(std::move(r));
  }
  std::vector<Dispute> out;
  for (const Read& denial : read) {
    if (denial.denied.empty()) continue;
    const auto about = claims_about.find(denial.denied);
    if (about == claims_about.end()) continue;  // nobody claims what it denies
    size_t found = 0;
    for (size_t c : about->second) {
      const Read& claim = read[c];
      const bool same = claim.quote->speaker_id > 0 && denial.quote->speaker_id > 0
                            ? claim.quote->speaker_id == denial.quote->speaker_id
                            : claim.speaker == denial.speaker;
      if (same) continue;
      std::vector<std::string> shared;
      std::set_intersection(claim.topic.begin(), claim.topic.end(), denial.topic.begin(), denial.topic.end(),
                            std::back_inserter(shared));
      if (shared.size() < kMinSharedStems) continue;
      Dispute d;
      for (const std::string& stem : shared) d.topic += (d.topic.empty() ? "" : ", ") + shown[stem];
      d.claim = *claim.quote;
      d.denial = *denial.quote;
      out.push_back(std::move(d));
      if (++found == kMaxClaimsPerDenial) break;
    }
    if (out.size() >= kMaxDisputes) break;
  }
  return out;
}

}  // namespace sitrep::report
