#include "bench/gen/kinds.h"

#include <atomic>
#include <stdexcept>
#include <string_view>

namespace sitrep::gen {
namespace {

std::atomic<int> pattern_counter{0};

std::vector<std::string> SplitBars(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find('|', start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

// Compiles `texts`; when `sentences` is set every template is a sentence pattern and
// gets its own id.
std::vector<Template> Compile(const std::vector<std::string>& texts, bool sentences) {
  std::vector<Template> out = CompileAll(texts);
  if (sentences) {
    for (Template& t : out) t.pattern_id = NextPatternId();
  }
  return out;
}

// Strips the '+'/'-' side marks off `texts`, recording them in `sides`.
std::vector<std::string> Sided(const std::vector<std::string>& texts,
                               std::vector<int8_t>& sides) {
  std::vector<std::string> out;
  sides.clear();
  for (const std::string& t : texts) {
    const int8_t side = t.empty() ? 0 : t[0] == '+' ? 1 : t[0] == '-' ? -1 : 0;
    sides.push_back(side);
    out.push_back(side == 0 ? t : t.substr(1));
  }
  return out;
}

// Strips the "@stances " marks off `texts`, recording them in `stances`.
std::vector<std::string> WithStances(const std::vector<std::string>& texts,
                                     std::vector<uint8_t>& stances) {
  static constexpr std::string_view kLetters = "atmucew";  // in Stance order
  std::vector<std::string> out;
  stances.clear();
  for (const std::string& t : texts) {
    uint8_t mask = 0;
    size_t start = 0;
    if (!t.empty() && t[0] == '@') {
      const size_t space = t.find(' ');
      for (size_t i = 1; i < space; ++i) {
        const size_t bit = kLetters.find(t[i]);
        if (bit == std::string_view::npos) {
          throw std::logic_error("unknown stance letter in: " + t);
        }
        mask = static_cast<uint8_t>(mask | 1u << bit);
      }
      start = space + 1;
    }
    stances.push_back(mask);
    out.push_back(t.substr(start));
  }
  return out;
}

void CompileKind(KindSpec& k) {
  k.titles_t = Compile(k.titles, false);
  k.headlines_t = Compile(k.headlines, false);
  k.tails_t = Compile(k.tails, false);
  k.fragments_t = Compile(Sided(k.fragments, k.fragments_side), false);
  k.reported_t = Compile(WithStances(k.reported, k.reported_stances), false);
  k.leads_t = Compile(k.leads, true);
  k.context_t = Compile(k.context, true);
  k.background_t = Compile(k.background, true);
  k.reactions_t = Compile(k.reactions, true);
  for (size_t s = 0; s < kStanceCount; ++s) k.quotes_t[s] = Compile(k.quotes[s], false);
  for (ActionSpec& a : k.actions) {
    a.object_t = Compile({a.object}, false);
    a.noun_t = Compile({a.noun}, false);
  }
  for (ClaimSpec& c : k.claims) c.sentences_t = Compile(c.sentences, true);
}

std::vector<KindSpec> BuildKinds() {
  std::vector<KindSpec> kinds = {
      BorderCrisisKind(), ElectionKind(),   FloodKind(),         StrikeKind(),
      TradeDisputeKind(), EpidemicKind(),   CourtCaseKind(),     WildfireKind(),
      EarthquakeKind(),   MigrationKind(),  EnergyDisputeKind(), ProtestKind(),
      CyberattackKind(),
  };
  for (KindSpec& k : kinds) CompileKind(k);
  return kinds;
}

}  // namespace

const char* UnitCode(Unit unit) {
  switch (unit) {
    case Unit::kCount: return nullptr;
    case Unit::kMoney: return "money";
    case Unit::kDistance: return "km";
    case Unit::kPercent: return "percent";
    case Unit::kArea: return "hectares";
    case Unit::kVolume: return "cubic_meters";
    case Unit::kYears: return "years";
    case Unit::kMagnitude: return "magnitude";
    case Unit::kRainfall: return "mm";
    case Unit::kTonnes: return "tonnes";
  }
  return nullptr;
}

FigureSpec MakeFigure(const char* counted, const char* nouns, Unit unit, double lo, double hi,
                      const char* qualifiers, int owner, const char* currency) {
  FigureSpec f;
  f.counted = counted;
  f.nouns = SplitBars(nouns);
  f.unit = unit;
  f.lo = lo;
  f.hi = hi;
  f.qualifiers = SplitBars(qualifiers);
  f.owner = owner;
  f.currency = currency;
  return f;
}

const std::vector<KindSpec>& AllKinds() {
  static const std::vector<KindSpec> kinds = BuildKinds();
  return kinds;
}

int NextPatternId() { return pattern_counter.fetch_add(1); }
int PatternCount() { return pattern_counter.load(); }

}  // namespace sitrep::gen
