// Properties of a whole generated corpus: what later stages' quality tests rely on.
#include "bench/gen/generator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bench/gen/output.h"
#include "bench/gen/spinner.h"

namespace sitrep::gen {
namespace {

class Collector : public ArticleSink {
 public:
  void Accept(const GeneratedArticle& a) override { articles.push_back(a); }
  std::vector<GeneratedArticle> articles;
};

struct Corpus {
  std::unique_ptr<Generator> generator;
  std::vector<GeneratedArticle> articles;
};

Corpus Make(const GeneratorOptions& options) {
  Corpus c;
  c.generator = std::make_unique<Generator>(options);
  Collector sink;
  c.generator->Run(sink);
  c.articles = std::move(sink.articles);
  return c;
}

// One corpus of 2,000 articles shared by the tests below, with every noise option on.
const Corpus& Big() {
  static const Corpus corpus = [] {
    GeneratorOptions o;
    o.articles = 2000;
    o.seed = 11;
    o.burst = 0.05;
    o.shared_vocab = 0.3;
    o.storylines = 8;
    return Make(o);
  }();
  return corpus;
}

// Everything written for an article, in both formats.
std::string Serialized(const GeneratedArticle& a, const Generator& g) {
  std::string out = TextFile(a);
  AppendJsonlRecord(a, out);
  AppendTruthRecord(a, g.world(), Format::kText, g.id_width(), out);
  return out;
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find("\n\n", start);
    out.push_back(text.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// The article text without its boilerplate lines.
std::string Body(const GeneratedArticle& a) {
  std::string out;
  for (const std::string& p : Paragraphs(a.body.text)) {
    if (std::find(a.body.boilerplate.begin(), a.body.boilerplate.end(), p) ==
        a.body.boilerplate.end()) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
  }
  return out;
}

std::vector<std::string> ContentWords(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else {
      if (IsContentWord(w)) words.push_back(w);
      w.clear();
    }
  }
  return words;
}

TEST(GeneratorTest, SameSeedSameBytesOtherSeedOtherBytes) {
  GeneratorOptions o;
  o.articles = 300;
  o.seed = 5;
  o.burst = 0.1;
  const Corpus a = Make(o);
  const Corpus b = Make(o);
  o.seed = 6;
  const Corpus c = Make(o);
  ASSERT_EQ(a.articles.size(), 300u);
  ASSERT_EQ(b.articles.size(), 300u);
  std::string sa, sb, sc;
  for (const GeneratedArticle& x : a.articles) sa += Serialized(x, *a.generator);
  for (const GeneratedArticle& x : b.articles) sb += Serialized(x, *b.generator);
  for (const GeneratedArticle& x : c.articles) sc += Serialized(x, *c.generator);
  EXPECT_EQ(sa, sb);
  EXPECT_NE(sa, sc);
  for (size_t i = 0; i < a.generator->world().storylines.size(); ++i) {
    std::string ta, tb;
    AppendStorylineTruth(a.generator->world(), i, 6, ta);
    AppendStorylineTruth(b.generator->world(), i, 6, tb);
    EXPECT_EQ(ta, tb);
  }
}

TEST(GeneratorTest, CountsAndShares) {
  const Corpus& c = Big();
  ASSERT_EQ(c.articles.size(), 2000u);
  int copies = 0;
  int undated = 0;
  int one_offs = 0;
  std::set<std::string> storylines;
  for (size_t i = 0; i < c.articles.size(); ++i) {
    const GeneratedArticle& a = c.articles[i];
    EXPECT_EQ(a.index, i);
    EXPECT_EQ(a.id, ArticleId(static_cast<uint32_t>(i), 6));
    copies += a.copy_of >= 0;
    undated += !a.dated;
    one_offs += a.storyline.empty();
    if (!a.storyline.empty()) storylines.insert(a.storyline);
    EXPECT_EQ(a.dated, !a.published.empty());
  }
  EXPECT_EQ(storylines.size(), c.generator->world().storylines.size());
  EXPECT_EQ(one_offs, 100);
  EXPECT_NEAR(copies / 2000.0, 0.25, 0.06);
  EXPECT_NEAR(undated / 2000.0, 0.2, 0.05);
}

TEST(GeneratorTest, UndatedShareFollowsTheOption) {
  GeneratorOptions o;
  o.articles = 600;
  o.seed = 3;
  o.undated_share = 0.5;
  const Corpus c = Make(o);
  int undated = 0;
  for (const GeneratedArticle& a : c.articles) undated += !a.dated;
  EXPECT_NEAR(undated / 600.0, 0.5, 0.08);
  o.undated_share = 0;
  const Corpus d = Make(o);
  for (const GeneratedArticle& a : d.articles) EXPECT_TRUE(a.dated) << a.id;
}

TEST(GeneratorTest, UndatedArticlesCarryNoDate) {
  for (const GeneratedArticle& a : Big().articles) {
    if (a.dated) continue;
    const std::string file = TextFile(a);
    EXPECT_EQ(file.find("\ndate: "), std::string::npos) << a.id;
    EXPECT_NE(file.rfind("date: ", 0), 0u) << a.id;
    EXPECT_TRUE(a.dateline_date.empty()) << a.id;
    std::string record;
    AppendJsonlRecord(a, record);
    EXPECT_EQ(record.find("\"published\""), std::string::npos) << a.id;
  }
}

TEST(GeneratorTest, EveryQuoteOccursInItsArticle) {
  int quotes = 0;
  int split = 0;
  int reported = 0;
  std::set<std::string> cues;
  std::set<std::string> speakers;
  for (const GeneratedArticle& a : Big().articles) {
    for (const RenderedQuote& q : a.body.quotes) {
      ++quotes;
      ASSERT_FALSE(q.parts.empty());
      for (const std::string& part : q.parts) {
        EXPECT_NE(a.body.text.find(part), std::string::npos) << a.id << ": " << part;
      }
      if (q.parts.size() == 1) {
        EXPECT_NE(a.body.text.find(q.text), std::string::npos) << a.id << ": " << q.text;
      } else {
        ++split;
      }
      reported += !q.direct;
      EXPECT_FALSE(q.speaker.empty());
      speakers.insert(q.speaker);
      if (!q.cue.empty()) cues.insert(q.cue);
    }
  }
  EXPECT_GT(quotes, 5000);
  EXPECT_GT(split, 100);
  EXPECT_GT(reported, 200);
  EXPECT_GE(cues.size(), 15u);
  EXPECT_GE(speakers.size(), 300u);
  for (const char* cue : {"said", "told reporters", "added", "stressed", "warned",
                          "according to"}) {
    EXPECT_TRUE(cues.count(cue)) << cue;
  }
}

TEST(GeneratorTest, QuoteMarksAndDatelinesVary) {
  int curly = 0, straight = 0, guillemets = 0, datelines = 0, own_line = 0;
  for (const GeneratedArticle& a : Big().articles) {
    curly += a.body.text.find("\u201c") != std::string::npos;
    guillemets += a.body.text.find("\u00ab") != std::string::npos;
    straight += a.body.text.find(" \"") != std::string::npos;
    datelines += !a.dateline.empty();
    own_line += !a.dateline.empty() && Paragraphs(a.body.text).front() == a.dateline;
  }
  EXPECT_GT(curly, 200);
  EXPECT_GT(straight, 100);
  EXPECT_GT(guillemets, 50);
  EXPECT_GT(datelines, 400);
  EXPECT_GT(own_line, 20);
}

TEST(GeneratorTest, EveryFigureAndTimeOccursInItsArticle) {
  int figures = 0;
  int words = 0;
  std::set<std::string> units;
  std::set<std::string> qualifiers;
  for (const GeneratedArticle& a : Big().articles) {
    size_t from = 0;
    for (const RenderedFigure& f : a.body.figures) {
      ++figures;
      // In order of appearance, too.
      const size_t at = a.body.text.find(f.text, from);
      ASSERT_NE(at, std::string::npos) << a.id << ": " << f.text;
      from = at;
      EXPECT_FALSE(f.fact.counted.empty());
      EXPECT_GT(f.fact.value, 0);
      units.insert(f.fact.unit);
      qualifiers.insert(f.fact.qualifier);
      words += f.text.find("thousand") != std::string::npos ||
               f.text.find("hundred") != std::string::npos;
    }
    for (const RenderedTime& t : a.body.times) {
      EXPECT_NE(a.body.text.find(t.text), std::string::npos) << a.id << ": " << t.text;
    }
  }
  EXPECT_GT(figures, 3000);
  EXPECT_GT(words, 20);
  EXPECT_GE(units.size(), 6u);
  EXPECT_GE(qualifiers.size(), 5u);
}

TEST(GeneratorTest, BoilerplateLinesArePresentAndRepeatPerSource) {
  std::map<const Source*, int> originals;
  for (const GeneratedArticle& a : Big().articles) {
    const std::vector<std::string> paragraphs = Paragraphs(a.body.text);
    for (const std::string& line : a.body.boilerplate) {
      EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), line), paragraphs.end())
          << a.id << ": " << line;
    }
    if (a.copy_of < 0) {
      ++originals[a.source];
      for (const std::string& line : a.source->boilerplate) {
        EXPECT_NE(std::find(a.body.boilerplate.begin(), a.body.boilerplate.end(), line),
                  a.body.boilerplate.end())
            << a.id << " (" << a.source->name << "): " << line;
      }
    }
  }
  EXPECT_GE(originals.size(), 20u);
}

TEST(GeneratorTest, CopiesPointBackToEarlierOriginals) {
  const std::vector<GeneratedArticle>& all = Big().articles;
  std::map<std::string, int> kinds;
  for (const GeneratedArticle& a : all) {
    if (a.copy_of < 0) continue;
    ASSERT_LT(a.copy_of, a.index) << a.id;
    const GeneratedArticle& o = all[a.copy_of];
    EXPECT_LT(o.copy_of, 0) << a.id << " copies a copy";
    EXPECT_EQ(a.storyline, o.storyline);
    EXPECT_EQ(a.event, o.event);
    EXPECT_NE(a.source, o.source) << a.id;
    ++kinds[CopyKindName(a.copy_kind)];
    switch (a.copy_kind) {
      case CopyKind::kExact:
        EXPECT_EQ(a.body.text, o.body.text) << a.id;
        break;
      default:
        EXPECT_NE(a.body.text, o.body.text) << a.id;
        // Trimming and spinning never invent quotes: each is one of the original's,
        // word for word (only its cue verb may have been spun).
        for (const RenderedQuote& q : a.body.quotes) {
          bool found = false;
          for (const RenderedQuote& p : o.body.quotes) {
            found = found || (p.speaker == q.speaker && p.text == q.text);
          }
          EXPECT_TRUE(found) << a.id << ": " << q.text;
        }
        break;
    }
  }
  for (const char* k : {"exact", "near", "spun10", "spun30", "spun50"}) {
    EXPECT_GT(kinds[k], 10) << k;
  }
}

TEST(GeneratorTest, SpunCopiesChangeTheStatedShareOfContentWords) {
  const std::vector<GeneratedArticle>& all = Big().articles;
  int checked = 0;
  std::map<CopyKind, std::pair<double, int>> foreign_share;  // sum, count
  for (const GeneratedArticle& a : all) {
    const double target = SpinShare(a.copy_kind);
    if (a.copy_of < 0 || target == 0) continue;
    // The generator's own count over the rewritable words.
    EXPECT_NEAR(a.spun_share, target, 0.06) << a.id;
    // And an outside view, on the body without boilerplate: content words of the copy
    // that the original never uses. Replacements of several words and words the
    // original also uses elsewhere blur it, hence the loose bounds.
    const std::vector<std::string> original = ContentWords(Body(all[a.copy_of]));
    const std::set<std::string> bag(original.begin(), original.end());
    const std::vector<std::string> copy = ContentWords(Body(a));
    int foreign = 0;
    for (const std::string& w : copy) foreign += bag.count(w) == 0;
    const double share = static_cast<double>(foreign) / static_cast<double>(copy.size());
    EXPECT_LT(share, target * 2.5 + 0.1) << a.id;
    foreign_share[a.copy_kind].first += share;
    ++foreign_share[a.copy_kind].second;
    ++checked;
  }
  EXPECT_GT(checked, 50);
  double previous = 0;
  for (CopyKind k : {CopyKind::kSpun10, CopyKind::kSpun30, CopyKind::kSpun50}) {
    const auto [sum, n] = foreign_share[k];
    ASSERT_GT(n, 5) << CopyKindName(k);
    const double mean = sum / n;
    EXPECT_GT(mean, SpinShare(k) * 0.3) << CopyKindName(k);
    EXPECT_GT(mean, previous) << CopyKindName(k);
    previous = mean;
  }
}

TEST(GeneratorTest, SharedQuotesAreRealAndNotCopies) {
  const std::vector<GeneratedArticle>& all = Big().articles;
  int sharing = 0;
  for (const GeneratedArticle& a : all) {
    for (uint32_t other : a.shares_quotes_with) {
      ASSERT_LT(other, a.index) << a.id;
      const GeneratedArticle& b = all[other];
      EXPECT_LT(b.copy_of, 0) << a.id;
      EXPECT_NE(static_cast<int64_t>(other), a.copy_of) << a.id;
      EXPECT_EQ(a.event, b.event) << a.id;
      // Some quote of `a` repeats a statement of `b` word for word, same speaker.
      bool found = false;
      for (const RenderedQuote& qa : a.body.quotes) {
        for (const RenderedQuote& qb : b.body.quotes) {
          found = found || (qa.direct && qa.speaker == qb.speaker && qa.text == qb.text);
        }
      }
      EXPECT_TRUE(found) << a.id << " and " << b.id;
      if (a.copy_of < 0) ++sharing;
    }
  }
  EXPECT_GT(sharing, 20);
}

TEST(GeneratorTest, ClaimGroupMembersMatchThePlantedStatus) {
  const World& w = Big().generator->world();
  std::map<ClaimStatus, int> statuses;
  for (const ClaimGroup& g : w.claims) {
    if (g.members.empty()) continue;
    ++statuses[g.status];
    std::set<double> values;
    for (const ClaimMember& m : g.members) {
      values.insert(m.value);
      switch (g.status) {
        case ClaimStatus::kAgree:
          EXPECT_EQ(m.value, g.value_a) << g.id;
          break;
        case ClaimStatus::kConflict:
          EXPECT_TRUE(m.value == g.value_a || m.value == g.value_b) << g.id;
          break;
        case ClaimStatus::kChanged:
          EXPECT_EQ(m.value, g.by_event[w.events[m.event].index]) << g.id;
          break;
      }
    }
    if (g.status == ClaimStatus::kConflict && g.members.size() >= 20) {
      EXPECT_EQ(values.size(), 2u) << g.id;
    }
    if (g.status == ClaimStatus::kChanged) {
      for (size_t k = 1; k < g.by_event.size(); ++k) EXPECT_GT(g.by_event[k], g.by_event[k - 1]);
    }
  }
  EXPECT_GT(statuses[ClaimStatus::kAgree], 10);
  EXPECT_GT(statuses[ClaimStatus::kConflict], 3);
  EXPECT_GE(statuses[ClaimStatus::kChanged], 2);
}

TEST(GeneratorTest, SentencesAreVaried) {
  std::set<int> patterns;
  std::map<std::string, int> openings;
  int sentences = 0;
  for (const GeneratedArticle& a : Big().articles) {
    if (a.copy_of >= 0) continue;
    patterns.insert(a.body.patterns.begin(), a.body.patterns.end());
    for (const std::string& p : Paragraphs(Body(a))) {
      // Sentence starts: the paragraph start and every ". " followed by a capital.
      std::vector<size_t> starts = {0};
      for (size_t i = 0; i + 2 < p.size(); ++i) {
        if (p[i] == '.' && p[i + 1] == ' ' && p[i + 2] >= 'A' && p[i + 2] <= 'Z') {
          starts.push_back(i + 2);
        }
      }
      for (size_t s : starts) {
        std::istringstream words(p.substr(s, 80));
        std::string w1, w2, w3;
        if (!(words >> w1 >> w2 >> w3)) continue;
        ++sentences;
        ++openings[w1 + " " + w2 + " " + w3];
      }
    }
  }
  EXPECT_GE(patterns.size(), 80u);
  EXPECT_GT(sentences, 20000);
  // Thousands of different openings, and none that a stage could key on.
  EXPECT_GT(openings.size(), 3000u);
  EXPECT_GT(openings.size(), static_cast<size_t>(sentences) / 8);
  int most = 0;
  for (const auto& [words, n] : openings) most = std::max(most, n);
  EXPECT_LT(most, sentences / 50);
}

TEST(GeneratorTest, OneOffsBelongToNoStoryline) {
  int one_offs = 0;
  for (const GeneratedArticle& a : Big().articles) {
    if (!a.storyline.empty()) continue;
    ++one_offs;
    EXPECT_TRUE(a.event.empty());
    EXPECT_LT(a.copy_of, 0);
    for (const RenderedFigure& f : a.body.figures) EXPECT_EQ(f.fact.claim, -1);
  }
  EXPECT_GT(one_offs, 0);
}

TEST(GeneratorTest, DefaultStorylinesScaleWithTheCorpus) {
  GeneratorOptions o;
  o.articles = 10;
  EXPECT_EQ(Generator(o).world().storylines.size(), 3u);
  o.articles = 20000;
  EXPECT_EQ(Generator(o).world().storylines.size(), 10u);
  o.storylines = 7;
  EXPECT_EQ(Generator(o).world().storylines.size(), 7u);
}

}  // namespace
}  // namespace sitrep::gen
