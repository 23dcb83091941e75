// The extractive brief: the sentences that say what a storyline's articles say most,
// each once, each cited.
//
// Sentences are vectors of stemmed content words weighted by TF-IDF over the candidate
// sentences. The storyline's centroid is the mean of its original articles' mean
// sentence vectors, so that each original votes once whatever its length, and copies
// do not vote. A sentence's score is its similarity to the centroid times a position
// prior (news puts the news first); the brief is then chosen by maximal marginal
// relevance, so that a second sentence saying the first again is passed over, and no
// article takes more than its share of the brief.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "report/sentences.h"
#include "sitrep/storyline_report.h"

namespace sitrep::report {
namespace internal {

// The earliest originals of an event (and their copies) that vote: later ones mostly
// repeat them, and a storyline of 10,000 articles must still be briefed in well under a
// second. An event has up to kVotersPerEvent; a storyline of many events shares
// kVoters among them, each keeping at least kMinVotersPerEvent.
constexpr size_t kVotersPerEvent = 40;
constexpr size_t kMinVotersPerEvent = 10;
constexpr size_t kVoters = 2000;
// Copies do not vote; they are read only to be cited, and a sentence lists few
// citations: a quarter as many as the originals.
constexpr size_t kCopiesPerVoter = 4;

namespace {

constexpr size_t kUsablePerArticle = 8;   // sentences an article offers at most
constexpr size_t kScanBytes = 4000;       // a lead of 12 sentences is well within this
constexpr size_t kPool = 400;             // candidates MMR considers, best first
constexpr double kLambda = 0.7;           // MMR: relevance against novelty
constexpr double kRedundant = 0.55;       // similarity at which a sentence repeats one chosen

// 1 for an article's first sentence, 0.5 for its 13th.
double PositionPrior(size_t position) { return 1.0 / std::sqrt(1.0 + position / 4.0); }

struct Candidate {
  std::string text;
  std::string key;
  size_t article = 0;   // the first article (in date order) that carries it
  size_t position = 0;  // its position there
  std::vector<int32_t> terms;
  std::vector<size_t> carried_by;  // articles with a near-identical sentence
  double score = 0;
};

}  // namespace

bool Dated(const StorylineArticle& a) { return !a.stored.article.published.empty(); }

std::vector<BriefSentence> SelectSentences(const std::vector<const StorylineArticle*>& input,
                                           size_t max_sentences, size_t lead_sentences,
                                           double quote_led_weight) {
  if (max_sentences == 0 || input.empty()) return {};
  // Articles in date order (undated last, then storing order): a sentence is drawn from
  // the earliest article that carries it.
  std::vector<const StorylineArticle*> articles(input);
  std::stable_sort(articles.begin(), articles.end(), [](const auto* a, const auto* b) {
    if (Dated(*a) != Dated(*b)) return Dated(*a);
    if (a->stored.article.published != b->stored.article.published) {
      return a->stored.article.published < b->stored.article.published;
    }
    return a->stored.seq < b->stored.seq;
  });

  std::vector<Candidate> candidates;
  std::unordered_map<std::string, size_t> by_key;
  std::vector<std::vector<size_t>> sentences_of(articles.size());  // originals' candidates
  TermSpace space;
  // Originals first, so that a sentence is credited to an original when one carries it;
  // copies only add themselves to the citations of sentences already there.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < articles.size(); ++i) {
      const bool is_copy = !articles[i]->copy_of.empty();
      if (is_copy != (pass == 1)) continue;
      std::string_view text = articles[i]->stored.article.text;
      const bool cut = text.size() > kScanBytes;
      if (cut) text = text.substr(0, kScanBytes);
      std::vector<SentenceText> usable = UsableSentences(text, kUsablePerArticle, lead_sentences);
      if (cut && !usable.empty() && usable.back().end + 1 >= text.size()) usable.pop_back();
      for (SentenceText& s : usable) {
        std::string& key = s.key;
        auto it = by_key.find(key);
        if (it == by_key.end()) {
          if (is_copy) continue;  // copies do not bring sentences of their own
          Candidate c;
          c.text = std::move(s.text);
          c.key = key;
          c.article = i;
          c.position = s.position;
          c.terms = space.Terms(c.text);
          if (c.terms.empty()) continue;
          it = by_key.emplace(std::move(key), candidates.size()).first;
          candidates.push_back(std::move(c));
        }
        Candidate& c = candidates[it->second];
        if (c.carried_by.empty() || c.carried_by.back() != i) c.carried_by.push_back(i);
        if (!is_copy) sentences_of[i].push_back(it->second);
      }
    }
  }
  if (candidates.empty()) return {};

  std::vector<std::vector<int32_t>> term_sets;
  term_sets.reserve(candidates.size());
  for (const Candidate& c : candidates) term_sets.push_back(c.terms);
  const std::vector<SparseVector> vectors = TfIdf(term_sets, space.size());

  // The centroid: each original article's mean sentence, summed.
  std::vector<double> centroid(space.size(), 0.0);
  for (const std::vector<size_t>& own : sentences_of) {
    if (own.empty()) continue;
    const double share = 1.0 / static_cast<double>(own.size());
    for (size_t c : own) {
      for (const auto& [t, w] : vectors[c]) centroid[static_cast<size_t>(t)] += share * w;
    }
  }
  const double norm = std::sqrt(std::inner_product(centroid.begin(), centroid.end(), centroid.begin(), 0.0));
  if (norm <= 0) return {};
  for (size_t c = 0; c < candidates.size(); ++c) {
    double sim = 0;
    for (const auto& [t, w] : vectors[c]) sim += w * centroid[static_cast<size_t>(t)];
    candidates[c].score = sim / norm * PositionPrior(candidates[c].position);
    const std::string& t = candidates[c].text;
    if (t.rfind("“", 0) == 0 || t.rfind("\"", 0) == 0) candidates[c].score *= quote_led_weight;
  }

  std::vector<size_t> pool(candidates.size());
  std::iota(pool.begin(), pool.end(), 0);
  std::stable_sort(pool.begin(), pool.end(),
                   [&](size_t a, size_t b) { return candidates[a].score > candidates[b].score; });
  if (pool.size() > kPool) pool.resize(kPool);
  const double best = candidates[pool.front()].score;
  if (best <= 0) return {};

  // No article may fill the brief: at most its share of it (at least two sentences).
  size_t originals = 0;
  for (const auto& own : sentences_of) originals += !own.empty();
  const size_t per_article = std::max<size_t>(2, (max_sentences + originals - 1) / std::max<size_t>(originals, 1));
  std::vector<size_t> taken(articles.size(), 0);

  std::vector<size_t> chosen;
  std::vector<double> max_sim(pool.size(), 0.0);
  std::vector<bool> out_of_pool(pool.size(), false);
  while (chosen.size() < max_sentences) {
    double top = -1e9;
    size_t pick = pool.size();
    for (size_t p = 0; p < pool.size(); ++p) {
      if (out_of_pool[p] || max_sim[p] >= kRedundant || taken[candidates[pool[p]].article] >= per_article) continue;
      const double mmr = kLambda * candidates[pool[p]].score / best - (1 - kLambda) * max_sim[p];
      if (mmr > top) {
        top = mmr;
        pick = p;
      }
    }
    if (pick == pool.size()) break;
    out_of_pool[pick] = true;
    chosen.push_back(pool[pick]);
    ++taken[candidates[pool[pick]].article];
    for (size_t p = 0; p < pool.size(); ++p) {
      if (!out_of_pool[p]) max_sim[p] = std::max(max_sim[p], Dot(vectors[pool[p]], vectors[pool[pick]]));
    }
  }

  // As the brief reads: by the date of the article drawn from, then its position.
  std::sort(chosen.begin(), chosen.end(), [&](size_t a, size_t b) {
    if (candidates[a].article != candidates[b].article) return candidates[a].article < candidates[b].article;
    return candidates[a].position < candidates[b].position;
  });
  std::vector<BriefSentence> brief;
  for (size_t c : chosen) {
    BriefSentence s;
    s.text = candidates[c].text;
    for (size_t i : candidates[c].carried_by) {
      if (s.citations.size() == kMaxCitations) break;
      const Article& a = articles[i]->stored.article;
      s.citations.push_back({a.id, a.title, a.source, a.published});
    }
    brief.push_back(std::move(s));
  }
  return brief;
}

}  // namespace internal

std::vector<BriefSentence> BuildBrief(const std::vector<StorylineArticle>& articles, size_t max_sentences) {
  // Per event, its earliest originals, then the copies of those.
  std::vector<const StorylineArticle*> sorted;
  sorted.reserve(articles.size());
  for (const StorylineArticle& a : articles) sorted.push_back(&a);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    if (internal::Dated(*a) != internal::Dated(*b)) return internal::Dated(*a);
    return a->stored.article.published < b->stored.article.published;
  });
  std::unordered_set<int64_t> events;
  for (const StorylineArticle& a : articles) events.insert(a.event);
  const size_t per_event = std::clamp(internal::kVoters / std::max<size_t>(events.size(), 1),
                                      internal::kMinVotersPerEvent, internal::kVotersPerEvent);
  const size_t copies_per_event = std::max<size_t>(1, per_event / internal::kCopiesPerVoter);
  std::unordered_map<int64_t, size_t> originals, copies;
  std::unordered_set<std::string> kept;
  std::vector<const StorylineArticle*> voters;
  for (const StorylineArticle* a : sorted) {
    if (a->copy_of.empty() && originals[a->event]++ < per_event) {
      voters.push_back(a);
      kept.insert(a->stored.article.id);
    }
  }
  for (const StorylineArticle* a : sorted) {
    if (!a->copy_of.empty() && kept.count(a->copy_of) && copies[a->event]++ < copies_per_event) voters.push_back(a);
  }
  return internal::SelectSentences(voters, max_sentences, /*lead_sentences=*/12);
}

}  // namespace sitrep::report
