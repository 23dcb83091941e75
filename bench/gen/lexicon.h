// The world's fixed vocabulary: people's names by naming tradition, countries and
// cities with their competing spellings, and organisations with their abbreviations.
//
// The tables are compiled into the binary and parsed once on first use; every accessor
// returns a reference to immutable data, safe to share.
#pragma once

#include <string>
#include <vector>

namespace sitrep::gen {

// A naming tradition: where a fictional person's first and last names come from.
struct NamePool {
  std::string id;  // "east_slavic"
  std::vector<std::string> male;
  std::vector<std::string> female;
  std::vector<std::string> surnames;
  // Surnames that take a feminine ending for women (Orlov -> Orlova), as in Russian,
  // Ukrainian, Bulgarian or Czech usage.
  bool feminine_surnames = false;
};

const std::vector<NamePool>& NamePools();
const NamePool& NamePoolById(const std::string& id);

// The feminine form of a surname in pools that inflect it ("Orlov" -> "Orlova",
// "Kovalenko" stays).
std::string FeminineSurname(const std::string& surname);

// A place name with the spellings different outlets use. spellings[0] is the form the
// ground truth uses as canonical ("Kyiv"); the others are real variants ("Kiev").
struct PlaceName {
  std::vector<std::string> spellings;
  const std::string& canonical() const { return spellings[0]; }
};

struct Country {
  PlaceName name;            // "Ukraine"; may carry an article: "the Netherlands"
  std::string adjective;     // "Ukrainian"
  std::string demonym;       // "Ukrainians"
  std::string names;         // NamePool id for its people
  std::string currency;      // ISO 4217 code of the local currency, "EUR", "UAH"
  std::string currency_unit; // "hryvnias"; empty when the code is EUR/USD/GBP
  PlaceName capital;
  std::vector<PlaceName> cities;  // other cities, largest first
  std::string region;        // "europe", "africa", ... for plausible pairings
};

const std::vector<Country>& Countries();
const Country& CountryByName(const std::string& canonical);

// An organisation: intergovernmental, humanitarian, a court, a watchdog.
struct Organization {
  std::string name;          // "North Atlantic Treaty Organization"
  bool article = false;      // the full name takes "the"
  std::string abbreviation;  // "NATO", "the EU"; empty when the full name is always used
  std::string nominal;       // what a story calls it on later mentions: "the alliance"
  std::string head_title;    // "Secretary General"; empty when it has no named head
  std::string role;          // comma-separated fields: "security", "health", "aid", ...
};

const std::vector<Organization>& Organizations();
// Organisations with the given role, in table order.
std::vector<const Organization*> OrganizationsWithRole(const std::string& role);

// Name parts for fictional companies, unions and parties ("Castellan Steel Works").
const std::vector<std::string>& CompanyStems();

// Possessive of a name: "Russia" -> "Russia's", "the Netherlands" -> "the Netherlands'".
std::string Possessive(const std::string& name);

}  // namespace sitrep::gen
