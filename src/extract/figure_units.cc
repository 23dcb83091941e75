// The unit and currency lexicon. Unit phrases are matched on tokens: their texts are
// joined without spaces ("km / h" and "km/h" are one key) and looked up first with the
// case as written (for "MW", "MB", "g") and then lower-cased.

#include "extract/figure_units.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <string>

#include "extract/number_grammar.h"
#include "extract/word_filter.h"
#include "extract/word_hash.h"

namespace sitrep::extract::internal {
namespace {

enum Case : bool { kAnyCase = false, kExactCase = true };

struct Entry {
  const char* keys;  // alternatives separated by '|'; spaces inside are ignored
  const char* code;
  UnitKind kind;
  double scale;
  Case exact;
  bool ambiguous;
};

using K = UnitKind;

// ISO codes are matched in capitals only: "try", "all" and "cup" are English words.
constexpr Entry kEntries[] = {
    // Money. A currency named without its country keeps its name as the code ("franc",
    // "peso"): the country cannot be told from the text.
    {"dollar|dollars|us dollar|us dollars|u.s. dollar|u.s. dollars|american dollars|"
     "united states dollars|usd|$",
     "USD", K::kCurrency, 1, kAnyCase, false},
    {"euro|euros|eur|\xE2\x82\xAC", "EUR", K::kCurrency, 1, kAnyCase, false},
    {"pound sterling|pounds sterling|sterling|british pound|british pounds|gbp|\xC2\xA3", "GBP",
     K::kCurrency, 1, kAnyCase, false},
    {"pound|pounds", "GBP", K::kCurrency, 1, kAnyCase, true},
    {"yen|japanese yen|jpy|\xC2\xA5", "JPY", K::kCurrency, 1, kAnyCase, false},
    {"yuan|chinese yuan|renminbi|rmb|cny|\xE5\x85\x83", "CNY", K::kCurrency, 1, kAnyCase, false},
    {"rupee|rupees|indian rupee|indian rupees|inr|\xE2\x82\xB9", "INR", K::kCurrency, 1, kAnyCase,
     false},
    {"pakistani rupee|pakistani rupees", "PKR", K::kCurrency, 1, kAnyCase, false},
    {"sri lankan rupee|sri lankan rupees|\xE0\xAE\xB0\xE0\xAF\x82", "LKR", K::kCurrency, 1,
     kAnyCase, false},
    {"nepalese rupee|nepalese rupees", "NPR", K::kCurrency, 1, kAnyCase, false},
    {"rouble|roubles|ruble|rubles|russian rouble|russian roubles|russian ruble|russian rubles|"
     "\xE2\x82\xBD",
     "RUB", K::kCurrency, 1, kAnyCase, false},
    {"belarusian rouble|belarusian roubles|belarusian ruble|belarusian rubles", "BYN", K::kCurrency,
     1, kAnyCase, false},
    {"hryvnia|hryvnias|hryvnya|hryvnyas|hryvni|ukrainian hryvnia|ukrainian hryvnias|uah|"
     "\xE2\x82\xB4",
     "UAH", K::kCurrency, 1, kAnyCase, false},
    {"swiss franc|swiss francs|chf", "CHF", K::kCurrency, 1, kAnyCase, false},
    {"french franc|french francs", "FRF", K::kCurrency, 1, kAnyCase, false},
    {"franc|francs", "franc", K::kCurrency, 1, kAnyCase, false},
    {"canadian dollar|canadian dollars|cad", "CAD", K::kCurrency, 1, kAnyCase, false},
    {"australian dollar|australian dollars|aud", "AUD", K::kCurrency, 1, kAnyCase, false},
    {"new zealand dollar|new zealand dollars|nzd", "NZD", K::kCurrency, 1, kAnyCase, false},
    {"hong kong dollar|hong kong dollars|hk dollars|hkd", "HKD", K::kCurrency, 1, kAnyCase, false},
    {"singapore dollar|singapore dollars|sgd", "SGD", K::kCurrency, 1, kAnyCase, false},
    {"taiwan dollar|taiwan dollars|new taiwan dollar|new taiwan dollars|twd", "TWD", K::kCurrency,
     1, kAnyCase, false},
    {"mexican peso|mexican pesos|mxn", "MXN", K::kCurrency, 1, kAnyCase, false},
    {"argentine peso|argentine pesos|argentinian pesos", "ARS", K::kCurrency, 1, kAnyCase, false},
    {"philippine peso|philippine pesos|\xE2\x82\xB1", "PHP", K::kCurrency, 1, kAnyCase, false},
    {"chilean peso|chilean pesos", "CLP", K::kCurrency, 1, kAnyCase, false},
    {"colombian peso|colombian pesos", "COP", K::kCurrency, 1, kAnyCase, false},
    {"peso|pesos", "peso", K::kCurrency, 1, kAnyCase, false},
    {"reais|brazilian real|brazilian reais|brl", "BRL", K::kCurrency, 1, kAnyCase, false},
    {"rand|south african rand|zar", "ZAR", K::kCurrency, 1, kAnyCase, false},
    {"lira|liras|turkish lira|turkish liras|\xE2\x82\xBA", "TRY", K::kCurrency, 1, kAnyCase, false},
    {"south korean won|korean won|krw|\xE2\x82\xA9", "KRW", K::kCurrency, 1, kAnyCase, false},
    {"won", "KRW", K::kCurrency, 1, kAnyCase, true},
    {"shekel|shekels|new shekel|new shekels|ils|\xE2\x82\xAA", "ILS", K::kCurrency, 1, kAnyCase,
     false},
    {"naira|ngn|\xE2\x82\xA6", "NGN", K::kCurrency, 1, kAnyCase, false},
    {"kenyan shilling|kenyan shillings", "KES", K::kCurrency, 1, kAnyCase, false},
    {"shilling|shillings", "shilling", K::kCurrency, 1, kAnyCase, false},
    {"egyptian pound|egyptian pounds", "EGP", K::kCurrency, 1, kAnyCase, false},
    {"saudi riyal|saudi riyals", "SAR", K::kCurrency, 1, kAnyCase, false},
    {"qatari riyal|qatari riyals", "QAR", K::kCurrency, 1, kAnyCase, false},
    {"riyal|riyals", "riyal", K::kCurrency, 1, kAnyCase, false},
    {"uae dirham|uae dirhams|emirati dirham|emirati dirhams|aed", "AED", K::kCurrency, 1, kAnyCase,
     false},
    {"dirham|dirhams", "dirham", K::kCurrency, 1, kAnyCase, false},
    {"iranian rial|iranian rials", "IRR", K::kCurrency, 1, kAnyCase, false},
    {"rial|rials", "rial", K::kCurrency, 1, kAnyCase, false},
    {"iraqi dinar|iraqi dinars", "IQD", K::kCurrency, 1, kAnyCase, false},
    {"dinar|dinars", "dinar", K::kCurrency, 1, kAnyCase, false},
    {"zloty|zlotys|zlotych|polish zloty|polish zlotys|pln", "PLN", K::kCurrency, 1, kAnyCase,
     false},
    {"swedish krona|swedish kronor|kronor|sek", "SEK", K::kCurrency, 1, kAnyCase, false},
    {"norwegian krone|norwegian kroner|nok", "NOK", K::kCurrency, 1, kAnyCase, false},
    {"danish krone|danish kroner|dkk", "DKK", K::kCurrency, 1, kAnyCase, false},
    {"krone|kroner", "krone", K::kCurrency, 1, kAnyCase, false},
    {"czech koruna|czech korunas|czech crowns|czk", "CZK", K::kCurrency, 1, kAnyCase, false},
    {"forint|forints|huf", "HUF", K::kCurrency, 1, kAnyCase, false},
    {"baht|thb|\xE0\xB8\xBF", "THB", K::kCurrency, 1, kAnyCase, false},
    {"ringgit|myr", "MYR", K::kCurrency, 1, kAnyCase, false},
    {"rupiah|idr", "IDR", K::kCurrency, 1, kAnyCase, false},
    {"tenge|kzt", "KZT", K::kCurrency, 1, kAnyCase, false},
    {"lari|\xE2\x82\xBE", "GEL", K::kCurrency, 1, kAnyCase, false},
    {"\xE2\x82\xA1|colones", "CRC", K::kCurrency, 1, kAnyCase, false},
    {"\xE2\x82\xAD|kip", "LAK", K::kCurrency, 1, kAnyCase, false},
    {"\xE2\x82\xAB", "VND", K::kCurrency, 1, kAnyCase, false},
    {"bitcoin|bitcoins|btc|\xE2\x82\xBF", "BTC", K::kCurrency, 1, kAnyCase, false},
    {"finnish markka|finnish markkaa|markka|markkaa|markkas", "FIM", K::kCurrency, 1, kAnyCase,
     false},
    {"dutch guilder|dutch guilders|guilder|guilders", "NLG", K::kCurrency, 1, kAnyCase, false},
    {"peseta|pesetas|spanish pesetas", "ESP", K::kCurrency, 1, kAnyCase, false},
    {"deutsche mark|deutsche marks|deutschmark|deutschmarks", "DEM", K::kCurrency, 1, kAnyCase,
     false},
    {"italian lire|lire", "ITL", K::kCurrency, 1, kAnyCase, false},
    // Minor units are converted to the main unit so that "50 cents" and "$0.50" agree.
    {"cent|cents|us cents|\xC2\xA2", "USD", K::kCurrency, 0.01, kAnyCase, false},
    {"euro cent|euro cents", "EUR", K::kCurrency, 0.01, kAnyCase, false},
    {"pence|penny|pennies", "GBP", K::kCurrency, 0.01, kAnyCase, false},
    {"kopeck|kopecks|kopek|kopeks", "RUB", K::kCurrency, 0.01, kAnyCase, false},
    {"paise", "INR", K::kCurrency, 0.01, kAnyCase, false},
    // Millions written into the code, as in Nordic and German business copy: "30 MUSD".
    {"MUSD", "USD", K::kCurrency, 1e6, kExactCase, false},
    {"MEUR", "EUR", K::kCurrency, 1e6, kExactCase, false},
    {"MGBP", "GBP", K::kCurrency, 1e6, kExactCase, false},
    {"MSEK", "SEK", K::kCurrency, 1e6, kExactCase, false},
    {"MNOK", "NOK", K::kCurrency, 1e6, kExactCase, false},
    {"MDKK", "DKK", K::kCurrency, 1e6, kExactCase, false},
    {"MCHF", "CHF", K::kCurrency, 1e6, kExactCase, false},
    {"USD", "USD", K::kCurrency, 1, kExactCase, false},
    {"EUR", "EUR", K::kCurrency, 1, kExactCase, false},
    {"TRY", "TRY", K::kCurrency, 1, kExactCase, false},

    {"percentage point|percentage points|pp|ppt|ppts", "percentage point", K::kPercent, 1, kAnyCase,
     false},
    {"basis point|basis points|bps", "bp", K::kPercent, 1, kAnyCase, false},

    // Length.
    {"km|kms|kilometre|kilometres|kilometer|kilometers|klicks", "km", K::kLength, 1, kAnyCase,
     false},
    {"m|metre|metres|meter|meters", "m", K::kLength, 1, kAnyCase, false},
    {"cm|centimetre|centimetres|centimeter|centimeters", "cm", K::kLength, 1, kAnyCase, false},
    {"mm|millimetre|millimetres|millimeter|millimeters", "mm", K::kLength, 1, kAnyCase, false},
    {"dm|decimetre|decimetres|decimeter|decimeters", "dm", K::kLength, 1, kExactCase, false},
    {"decimetre|decimetres|decimeter|decimeters", "dm", K::kLength, 1, kAnyCase, false},
    {"micrometre|micrometres|micrometer|micrometers|micron|microns|\xC2\xB5m|\xCE\xBCm", "um",
     K::kLength, 1, kAnyCase, false},
    {"nanometre|nanometres|nanometer|nanometers", "nm", K::kLength, 1, kAnyCase, false},
    {"picometre|picometres|picometer|picometers", "pm", K::kLength, 1, kAnyCase, false},
    {"mi|mile|miles", "mi", K::kLength, 1, kAnyCase, false},
    {"nautical mile|nautical miles|nmi", "nmi", K::kLength, 1, kAnyCase, false},
    {"ft|foot|feet", "ft", K::kLength, 1, kAnyCase, false},
    {"inch|inches", "in", K::kLength, 1, kAnyCase, false},
    {"in", "in", K::kLength, 1, kAnyCase, true},
    {"yd|yds|yard|yards", "yd", K::kLength, 1, kAnyCase, false},

    // Area.
    {"km2|km\xC2\xB2|km^2|sq km|sq. km|sqkm|square km|square kilometre|square kilometres|"
     "square kilometer|square kilometers|km squared|kilometres squared|kilometers squared",
     "km2", K::kArea, 1, kAnyCase, false},
    {"m2|m\xC2\xB2|m^2|sq m|sq. m|square metre|square metres|square meter|square meters", "m2",
     K::kArea, 1, kAnyCase, false},
    {"mi2|mi\xC2\xB2|sq mi|sq. mi|square mile|square miles", "mi2", K::kArea, 1, kAnyCase, false},
    {"ft2|ft\xC2\xB2|sq ft|sq. ft|square foot|square feet", "ft2", K::kArea, 1, kAnyCase, false},
    {"ha|hectare|hectares", "ha", K::kArea, 1, kAnyCase, false},
    {"acre|acres", "acre", K::kArea, 1, kAnyCase, false},

    // Volume.
    {"l|litre|litres|liter|liters", "l", K::kVolume, 1, kAnyCase, false},
    {"ml|millilitre|millilitres|milliliter|milliliters", "ml", K::kVolume, 1, kAnyCase, false},
    {"cl|centilitre|centilitres|centiliter|centiliters", "cl", K::kVolume, 1, kAnyCase, false},
    {"gal|gallon|gallons", "gal", K::kVolume, 1, kAnyCase, false},
    {"bbl|barrel|barrels", "bbl", K::kVolume, 1, kAnyCase, false},
    {"m3|m\xC2\xB3|cubic metre|cubic metres|cubic meter|cubic meters", "m3", K::kVolume, 1,
     kAnyCase, false},
    {"km3|km\xC2\xB3|km^3|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers|"
     "km cubed",
     "km3", K::kVolume, 1, kAnyCase, false},
    {"ft3|cu ft|cubic foot|cubic feet", "ft3", K::kVolume, 1, kAnyCase, false},
    {"bcm", "bcm", K::kVolume, 1, kAnyCase, false},
    {"cup|cups", "cup", K::kVolume, 1, kAnyCase, false},
    {"tablespoon|tablespoons|tbsp", "tbsp", K::kVolume, 1, kAnyCase, false},
    {"teaspoon|teaspoons|tsp", "tsp", K::kVolume, 1, kAnyCase, false},

    // Mass.
    {"kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos", "kg", K::kMass, 1, kAnyCase,
     false},
    {"g", "g", K::kMass, 1, kExactCase, false},
    {"gram|grams|gramme|grammes", "g", K::kMass, 1, kAnyCase, false},
    {"mg|milligram|milligrams|milligramme|milligrammes", "mg", K::kMass, 1, kAnyCase, false},
    {"mcg|\xC2\xB5g|\xCE\xBCg|microgram|micrograms|microgramme|microgrammes", "ug", K::kMass, 1,
     kAnyCase, false},
    {"t|tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes", "t", K::kMass, 1,
     kAnyCase, false},
    {"Mt|megatonne|megatonnes|megaton|megatons", "Mt", K::kMass, 1, kAnyCase, false},
    {"kiloton|kilotons|kilotonne|kilotonnes", "kt", K::kMass, 1, kAnyCase, false},
    {"lb|lbs", "lb", K::kMass, 1, kAnyCase, false},
    {"oz|ounce|ounces|troy ounce|troy ounces", "oz", K::kMass, 1, kAnyCase, false},
    {"carat|carats", "ct", K::kMass, 1, kAnyCase, false},

    // Speed.
    {"km/h|kmh|kph|kmph|km/hr|km per hour|kilometres per hour|kilometers per hour|"
     "kilometres an hour|kilometers an hour",
     "km/h", K::kSpeed, 1, kAnyCase, false},
    {"mph|mi/h|miles per hour|miles an hour|mile per hour", "mph", K::kSpeed, 1, kAnyCase, false},
    {"knot|knots", "kn", K::kSpeed, 1, kAnyCase, false},
    {"m/s|metres per second|meters per second", "m/s", K::kSpeed, 1, kAnyCase, false},

    // Temperature.
    {"\xC2\xB0"
     "c|\xC2\xBA"
     "c|degrees celsius|degree celsius|deg celsius|deg c|deg. c|"
     "degrees c|degree c|celsius|celcius|centigrade|degrees centigrade|"
     "\xC2\xB0 celsius|\xC2\xB0"
     "celsius",
     "C", K::kTemperature, 1, kAnyCase, false},
    {"\xC2\xB0"
     "f|\xC2\xBA"
     "f|degrees fahrenheit|degree fahrenheit|deg fahrenheit|deg f|"
     "deg. f|degrees f|degree f|fahrenheit|farenheit|degrees farenheit|degree farenheit|"
     "\xC2\xB0"
     "fahrenheit",
     "F", K::kTemperature, 1, kAnyCase, false},
    {"kelvin|kelvins|degrees kelvin", "K", K::kTemperature, 1, kAnyCase, false},
    {"C", "C", K::kTemperature, 1, kExactCase, false},  // "-10C", "30 C"
    // "104F" only glued and at the end of a phrase: "13F filing", "777F" are names.
    {"F", "F", K::kTemperature, 1, kExactCase, true},
    {"degrees|degree|\xC2\xB0|deg|deg.", "deg", K::kTemperature, 1, kAnyCase, false},

    // Energy and power.
    {"Wh|watt hour|watt hours|watt-hour|watt-hours", "Wh", K::kEnergy, 1, kAnyCase, false},
    {"kWh|kilowatt hour|kilowatt hours|kilowatt-hour|kilowatt-hours", "kWh", K::kEnergy, 1,
     kAnyCase, false},
    {"MWh|megawatt hour|megawatt hours|megawatt-hour|megawatt-hours", "MWh", K::kEnergy, 1,
     kAnyCase, false},
    {"GWh|gigawatt hour|gigawatt hours|gigawatt-hour|gigawatt-hours", "GWh", K::kEnergy, 1,
     kAnyCase, false},
    {"TWh|terawatt hour|terawatt hours|terawatt-hour|terawatt-hours", "TWh", K::kEnergy, 1,
     kAnyCase, false},
    {"J", "J", K::kEnergy, 1, kExactCase, false},
    {"kJ|kilojoule|kilojoules", "kJ", K::kEnergy, 1, kExactCase, false},
    {"MJ|megajoule|megajoules", "MJ", K::kEnergy, 1, kExactCase, false},
    {"joule|joules", "J", K::kEnergy, 1, kAnyCase, false},
    {"W", "W", K::kPower, 1, kExactCase, false},
    {"watt|watts", "W", K::kPower, 1, kAnyCase, false},
    {"kW|kilowatt|kilowatts", "kW", K::kPower, 1, kAnyCase, false},
    {"MW|megawatt|megawatts", "MW", K::kPower, 1, kAnyCase, false},
    {"GW|gigawatt|gigawatts", "GW", K::kPower, 1, kAnyCase, false},
    {"TW|terawatt|terawatts", "TW", K::kPower, 1, kExactCase, false},
    {"hp|horsepower", "hp", K::kPower, 1, kAnyCase, false},

    // Data.
    {"bit|bits", "bit", K::kData, 1, kAnyCase, false},
    {"byte|bytes", "B", K::kData, 1, kAnyCase, false},
    {"KB|kB|kilobyte|kilobytes", "KB", K::kData, 1, kExactCase, false},
    {"kilobyte|kilobytes", "KB", K::kData, 1, kAnyCase, false},
    {"MB|megabyte|megabytes", "MB", K::kData, 1, kExactCase, false},
    {"megabyte|megabytes", "MB", K::kData, 1, kAnyCase, false},
    {"GB|gigabyte|gigabytes", "GB", K::kData, 1, kExactCase, false},
    {"gigabyte|gigabytes", "GB", K::kData, 1, kAnyCase, false},
    {"TB|terabyte|terabytes", "TB", K::kData, 1, kExactCase, false},
    {"terabyte|terabytes", "TB", K::kData, 1, kAnyCase, false},
    {"petabyte|petabytes|PB", "PB", K::kData, 1, kExactCase, false},
    {"exabyte|exabytes|EB", "EB", K::kData, 1, kExactCase, false},
    {"petabyte|petabytes", "PB", K::kData, 1, kAnyCase, false},
    {"exabyte|exabytes", "EB", K::kData, 1, kAnyCase, false},
    {"Mb|mb|megabit|megabits", "Mbit", K::kData, 1, kExactCase, false},
    {"megabit|megabits", "Mbit", K::kData, 1, kAnyCase, false},
    {"Gb|gigabit|gigabits", "Gbit", K::kData, 1, kExactCase, false},
    {"gigabit|gigabits", "Gbit", K::kData, 1, kAnyCase, false},
    {"Hz|hertz", "Hz", K::kFrequency, 1, kAnyCase, false},
    {"kHz|kilohertz", "kHz", K::kFrequency, 1, kAnyCase, false},
    {"MHz|megahertz", "MHz", K::kFrequency, 1, kAnyCase, false},
    {"GHz|gigahertz", "GHz", K::kFrequency, 1, kAnyCase, false},

    // Time: recognised so that durations and ages are left to the time module.
    {"second|seconds|sec|secs|millisecond|milliseconds|ms", "second", K::kTime, 1, kAnyCase, false},
    {"minute|minutes|min|mins", "minute", K::kTime, 1, kAnyCase, false},
    {"hour|hours|hr|hrs|h", "hour", K::kTime, 1, kAnyCase, false},
    {"day|days|night|nights", "day", K::kTime, 1, kAnyCase, false},
    {"week|weeks|wk|wks|fortnight|fortnights|weekend|weekends", "week", K::kTime, 1, kAnyCase,
     false},
    {"month|months", "month", K::kTime, 1, kAnyCase, false},
    {"year|years|yr|yrs|decade|decades|century|centuries|millennium|millennia", "year", K::kTime, 1,
     kAnyCase, false},
    {"yo|y.o.|years old|year old|months old|weeks old|days old|years of age|months of age|"
     "weeks of age|year-old|years-old",
     "age", K::kAge, 1, kAnyCase, false},
};

// Flat maps hashed by XXH3 and looked up by view: UnitAt tries every prefix of the few
// tokens after each number, and std::unordered_map<std::string> hashed each one with
// the byte-at-a-time std::hash and chased a node per probe.
using UnitMap = absl::flat_hash_map<std::string, UnitInfo, WordHash, std::equal_to<>>;

struct Tables {
  UnitMap exact, folded;
  size_t max_key = 0;
  // The keys of both maps that open with a letter: most keys tried are no unit
  // ("people", "peoplewere"), and the filter turns them away before either map hashes
  // them. Keys that open otherwise ("%", "°c") are always looked up.
  WordFilter letter_keys;
};

bool OpensWithLetter(std::string_view key) {
  return !key.empty() &&
         ((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z'));
}

// Keys ignore spaces and hyphens: "km / h" is "km/h", "square-foot" is "square foot".
std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

const Tables& GetTables() {
  static const Tables* const kTables = [] {
    auto* t = new Tables;
    for (const Entry& e : kEntries) {
      std::string_view keys = e.keys;
      UnitInfo info{e.code, e.kind, e.scale, e.ambiguous};
      while (!keys.empty()) {
        size_t bar = keys.find('|');
        std::string key = StripSpaces(keys.substr(0, bar));
        keys = bar == std::string_view::npos ? std::string_view() : keys.substr(bar + 1);
        t->max_key = std::max(t->max_key, key.size());
        t->letter_keys.Add(key);
        if (e.exact) {
          t->exact.emplace(key, info);
        } else {
          t->folded.emplace(Fold(key), info);
        }
      }
    }
    return t;
  }();
  return *kTables;
}

// Prefixes glued to "$" ("US$", "C$", "HK$") and the codes they name. The spaced form
// ("US $", "c $", as tokenised copy writes it) is taken only for prefixes that cannot be
// an article or a pronoun.
struct DollarPrefix {
  const char* prefix;  // lower case, dots removed
  const char* code;
  bool spaced_ok;
};
constexpr DollarPrefix kDollarPrefixes[] = {
    {"us", "USD", true},  {"usd", "USD", true},  {"c", "CAD", true},   {"ca", "CAD", true},
    {"cad", "CAD", true}, {"can", "CAD", false}, {"a", "AUD", false},  {"au", "AUD", true},
    {"aud", "AUD", true}, {"nz", "NZD", true},   {"nzd", "NZD", true}, {"hk", "HKD", true},
    {"hkd", "HKD", true}, {"s", "SGD", false},   {"sg", "SGD", true},  {"sgd", "SGD", true},
    {"r", "BRL", false},  {"nt", "TWD", true},   {"twd", "TWD", true}, {"mex", "MXN", true},
    {"mx", "MXN", true},  {"mxn", "MXN", true},
};

// Views, not C strings: comparing a view with a C string measures the string first.
constexpr std::string_view kIsoCodes[] = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "UAH", "CHF", "CAD", "AUD", "NZD",
    "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "ZAR", "BRL", "MXN", "ARS",
    "KRW", "ILS", "SAR", "AED", "EGP", "NGN", "KES", "PKR", "BDT", "IDR", "MYR", "THB", "PHP",
    "VND", "TWD", "IRR", "IQD", "QAR", "KWD", "BYN", "KZT", "GEL", "BTC", "LKR", "NPR", "CLP",
    "COP", "PEN", "RON", "BGN", "ISK", "MAD", "TND", "DZD", "GHS", "ETB", "UGX", "TZS",
};

std::string_view SymbolCode(std::string_view s) {
  if (s == "$") return "USD";
  if (s == "\xC2\xA3") return "GBP";
  if (s == "\xE2\x82\xAC") return "EUR";
  if (s == "\xC2\xA5") return "JPY";
  if (s == "\xE2\x82\xB9") return "INR";
  if (s == "\xE2\x82\xBD") return "RUB";
  if (s == "\xE2\x82\xB4") return "UAH";
  if (s == "\xE2\x82\xBA") return "TRY";
  if (s == "\xE2\x82\xA9") return "KRW";
  if (s == "\xE2\x82\xAA") return "ILS";
  if (s == "\xE2\x82\xA6") return "NGN";
  if (s == "\xE2\x82\xBF") return "BTC";
  if (s == "\xE2\x82\xA1") return "CRC";
  if (s == "\xE2\x82\xBE") return "GEL";
  if (s == "\xE2\x82\xAD") return "LAK";
  if (s == "\xE2\x82\xAB") return "VND";
  if (s == "\xE2\x82\xB1") return "PHP";
  return {};
}

}  // namespace

bool UnitAt(std::string_view text, const std::vector<Tok>& toks, size_t k, UnitHit* hit) {
  const Tables& t = GetTables();
  std::string key;
  std::string folded_key;  // key in lower case, grown with it
  bool found = false;
  for (size_t j = k; j < toks.size() && j < k + 6; ++j) {
    const Tok& tok = toks[j];
    if (j > k && tok.break_before) break;
    if (tok.kind == TokKind::kCode) break;
    if (tok.kind == TokKind::kDigits && (j == k || tok.space_before)) break;
    std::string_view piece = TokText(text, tok);
    if (piece == "-") {
      // A hyphen inside a unit ("square-foot", "kilowatt-hours") joins, but never
      // starts or ends one.
      if (j == k || tok.space_before || j + 1 >= toks.size() || toks[j + 1].space_before) break;
      continue;
    }
    key += piece;
    if (key.size() > t.max_key) break;
    for (char c : piece) {
      folded_key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    if (OpensWithLetter(key) && key.size() < 32 && !t.letter_keys.MayContain(key)) continue;
    const UnitInfo* info = nullptr;
    if (auto it = t.exact.find(std::string_view(key)); it != t.exact.end()) {
      info = &it->second;
    } else if (auto jt = t.folded.find(std::string_view(folded_key));
               jt != t.folded.end()) {
      info = &jt->second;
    }
    if (info != nullptr) {
      hit->info = *info;
      hit->tok_end = j + 1;
      found = true;
    }
  }
  return found;
}

bool CurrencyBefore(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    std::string_view* code, size_t* tok_begin) {
  if (k == 0 || toks[k].break_before) return false;
  const Tok& p = toks[k - 1];
  std::string_view ptext = TokText(text, p);
  if (p.kind == TokKind::kPunct) {
    std::string_view c = SymbolCode(ptext);
    if (c.empty()) return false;
    *code = c;
    *tok_begin = k - 1;
    if (c != "USD" || k < 2 || p.break_before) return true;
    // "US$", "C$", "HK $", "U.S. $": a country prefix before the dollar sign.
    size_t j = k - 2;
    bool glued = !p.space_before;
    std::string prefix;
    size_t first = j + 1;
    // Read back over letters and dots ("u.s", "u.s.").
    for (size_t steps = 0; steps < 5; ++steps) {
      const Tok& q = toks[j];
      std::string_view qt = TokText(text, q);
      if (q.kind == TokKind::kWord) {
        prefix.insert(0, Fold(qt));
      } else if (!(q.kind == TokKind::kPunct && qt == ".")) {
        break;
      }
      first = j;
      if (q.space_before || j == 0 || q.break_before) break;
      --j;
    }
    if (prefix.empty()) return true;
    for (const DollarPrefix& d : kDollarPrefixes) {
      if (prefix == d.prefix && (glued || d.spaced_ok)) {
        *code = d.code;
        *tok_begin = first;
        return true;
      }
    }
    return true;
  }
  if (p.kind == TokKind::kWord) {
    // Every code has three letters: other words need no comparing.
    static_assert(std::all_of(std::begin(kIsoCodes), std::end(kIsoCodes),
                              [](std::string_view c) { return c.size() == 3; }));
    for (std::string_view iso : kIsoCodes) {
      if (ptext.size() != 3) break;
      if (ptext == iso) {
        *code = iso == "RMB" ? "CNY" : iso;
        *tok_begin = k - 1;
        return true;
      }
    }
    if (ptext == "Rs" || ptext == "Rp") {
      *code = ptext == "Rs" ? "INR" : "IDR";
      *tok_begin = k - 1;
      return true;
    }
  }
  // "Rs. 500": the abbreviation's dot sits between.
  if (p.kind == TokKind::kPunct && ptext == "." && k >= 2 && !p.space_before) {
    std::string_view w = TokText(text, toks[k - 2]);
    if (w == "Rs") {
      *code = "INR";
      *tok_begin = k - 2;
      return true;
    }
  }
  return false;
}

}  // namespace sitrep::extract::internal
