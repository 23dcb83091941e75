// The table of English number words, looked up once per word of text, so it is a hash
// map built once rather than a chain of comparisons.

#include "extract/number_lexicon.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "extract/view_table.h"
#include "extract/word_hash.h"

namespace sitrep::extract::internal {
namespace {

using Map = std::unordered_map<std::string_view, NumWordInfo, WordHash>;

Map BuildTable() {
  Map m;
  auto add = [&m](std::string_view w, NumWord k, double v, NumWord oc = NumWord::kNone) {
    m.emplace(w, NumWordInfo{k, v, oc});
  };
  static constexpr std::string_view kUnits[] = {"zero", "one", "two",   "three", "four",
                                                "five", "six", "seven", "eight", "nine"};
  for (int i = 0; i < 10; ++i) add(kUnits[i], NumWord::kUnit, i);
  add("nought", NumWord::kUnit, 0);
  add("naught", NumWord::kUnit, 0);
  static constexpr std::string_view kTeens[] = {"ten",      "eleven",  "twelve",  "thirteen",
                                                "fourteen", "fifteen", "sixteen", "seventeen",
                                                "eighteen", "nineteen"};
  for (int i = 0; i < 10; ++i) add(kTeens[i], NumWord::kTeen, 10 + i);
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) add(kTens[i], NumWord::kTens, 20 + 10 * i);
  add("fourty", NumWord::kTens, 40);  // a common misspelling
  add("hundred", NumWord::kHundred, 100);
  add("thousand", NumWord::kBig, 1e3);
  add("million", NumWord::kBig, 1e6);
  add("billion", NumWord::kBig, 1e9);
  add("trillion", NumWord::kBig, 1e12);
  add("lakh", NumWord::kBig, 1e5);
  add("lakhs", NumWord::kBig, 1e5);
  add("crore", NumWord::kBig, 1e7);
  add("crores", NumWord::kBig, 1e7);
  add("dozen", NumWord::kDozen, 12);

  static constexpr std::string_view kOrdUnits[] = {"",      "first", "second",  "third",  "fourth",
                                                   "fifth", "sixth", "seventh", "eighth", "ninth"};
  for (int i = 1; i < 10; ++i) add(kOrdUnits[i], NumWord::kOrdinal, i, NumWord::kUnit);
  add("nineth", NumWord::kOrdinal, 9, NumWord::kUnit);
  static constexpr std::string_view kOrdTeens[] = {
      "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
      "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  for (int i = 0; i < 10; ++i) add(kOrdTeens[i], NumWord::kOrdinal, 10 + i, NumWord::kTeen);
  static constexpr std::string_view kOrdTens[] = {"twentieth", "thirtieth", "fortieth",
                                                  "fiftieth",  "sixtieth",  "seventieth",
                                                  "eightieth", "ninetieth"};
  for (int i = 0; i < 8; ++i) add(kOrdTens[i], NumWord::kOrdinal, 20 + 10 * i, NumWord::kTens);
  add("hundredth", NumWord::kOrdinal, 100, NumWord::kHundred);
  add("thousandth", NumWord::kOrdinal, 1e3, NumWord::kBig);
  add("millionth", NumWord::kOrdinal, 1e6, NumWord::kBig);
  add("billionth", NumWord::kOrdinal, 1e9, NumWord::kBig);
  add("trillionth", NumWord::kOrdinal, 1e12, NumWord::kBig);

  // Plural ordinals only ever denote fractions: "two thirds", "three fifths".
  static constexpr std::string_view kDenoms[] = {
      "", "", "", "thirds", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths"};
  for (int i = 3; i < 10; ++i) add(kDenoms[i], NumWord::kOrdinalPlural, i, NumWord::kUnit);
  static constexpr std::string_view kDenomTeens[] = {
      "tenths",     "elevenths",  "twelfths",     "thirteenths", "fourteenths",
      "fifteenths", "sixteenths", "seventeenths", "eighteenths", "nineteenths"};
  for (int i = 0; i < 10; ++i) add(kDenomTeens[i], NumWord::kOrdinalPlural, 10 + i, NumWord::kTeen);
  static constexpr std::string_view kDenomTens[] = {"twentieths", "thirtieths", "fortieths",
                                                    "fiftieths",  "sixtieths",  "seventieths",
                                                    "eightieths", "ninetieths"};
  for (int i = 0; i < 8; ++i) {
    add(kDenomTens[i], NumWord::kOrdinalPlural, 20 + 10 * i, NumWord::kTens);
  }
  add("firsts", NumWord::kOrdinalPlural, 1, NumWord::kUnit);  // "three twenty-firsts"
  add("hundredths", NumWord::kOrdinalPlural, 100, NumWord::kHundred);
  add("thousandths", NumWord::kOrdinalPlural, 1e3, NumWord::kBig);
  add("millionths", NumWord::kOrdinalPlural, 1e6, NumWord::kBig);
  add("billionths", NumWord::kOrdinalPlural, 1e9, NumWord::kBig);
  add("trillionths", NumWord::kOrdinalPlural, 1e12, NumWord::kBig);

  add("hundreds", NumWord::kPluralBig, 100);
  add("thousands", NumWord::kPluralBig, 1e3);
  add("millions", NumWord::kPluralBig, 1e6);
  add("billions", NumWord::kPluralBig, 1e9);
  add("trillions", NumWord::kPluralBig, 1e12);
  add("dozens", NumWord::kPluralBig, 12);
  add("scores", NumWord::kPluralBig, 20);
  add("tens", NumWord::kTensVague, 10);

  add("half", NumWord::kHalf, 0.5);
  add("quarter", NumWord::kQuarter, 0.25);
  add("quarters", NumWord::kQuarter, 0.25);
  add("point", NumWord::kPoint, 0);
  add("minus", NumWord::kMinus, -1);
  add("negative", NumWord::kMinus, -1);
  add("a", NumWord::kArticle, 1);
  add("an", NumWord::kArticle, 1);
  add("couple", NumWord::kCouple, 2);
  return m;
}

const Map& Table() {
  static const Map* const kTable = new Map(BuildTable());
  return *kTable;
}

}  // namespace

const WordFilter& NumberWords() {
  static const WordFilter kFilter = WordFilter::FromKeys(Table());
  return kFilter;
}

bool MayBeNumberWord(std::string_view word) { return NumberWords().MayContain(word); }

NumWordInfo LookupNumberWord(std::string_view lower) {
  const Map& table = Table();
  if (!NumberWords().MayContain(lower)) return NumWordInfo{};
  static const ViewTable<NumWordInfo>* const kFlat = [&table] {
    auto* t = new ViewTable<NumWordInfo>();
    t->Build(table);
    return t;
  }();
  const NumWordInfo* info = kFlat->Find(lower);
  return info == nullptr ? NumWordInfo{} : *info;
}

}  // namespace sitrep::extract::internal
