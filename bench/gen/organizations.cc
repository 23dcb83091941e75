// International organisations (real bodies, fictional officials) and name parts for the
// fictional companies, unions and parties that storylines create.
#include <string_view>

#include "bench/gen/lexicon.h"

namespace sitrep::gen {
namespace {

// [the] name | abbreviation | nominal | head title | roles (comma-separated). An abbreviation
// carries "the" when English usage puts one before it ("the EU", but "NATO").
constexpr const char* kOrganizations[] = {
    "the North Atlantic Treaty Organization|NATO|the alliance|Secretary General|security",
    "the European Union|the EU|the bloc|foreign policy chief|diplomacy,security,trade,energy,aid,"
    "disaster",
    "the United Nations|the UN|the world body|Secretary-General|diplomacy,aid,rights",
    "the Organization for Security and Co-operation in Europe|the OSCE|the organisation|"
    "Secretary General|security,elections",
    "the African Union|the AU|the continental body|Commission chairperson|"
    "diplomacy,elections,security",
    "the Association of Southeast Asian Nations|ASEAN|the regional bloc|Secretary-General|"
    "diplomacy,trade",
    "the World Health Organization|the WHO|the UN health agency|Director-General|health",
    "the International Committee of the Red Cross|the ICRC|the Red Cross|President|aid",
    "the International Federation of Red Cross and Red Crescent Societies|the IFRC|"
    "the federation|"
    "Secretary General|aid,disaster",
    "the United Nations Children's Fund|UNICEF|the UN children's agency|Executive Director|"
    "aid,health",
    "the World Food Programme|the WFP|the UN food agency|Executive Director|aid,disaster",
    "the Office of the UN High Commissioner for Refugees|the UNHCR|the UN refugee agency|"
    "High Commissioner|aid,migration",
    "the International Organization for Migration|the IOM|the UN migration agency|"
    "Director General|"
    "migration,disaster",
    "the UN Office for the Coordination of Humanitarian Affairs|OCHA|"
    "the UN humanitarian office|"
    "humanitarian chief|aid,disaster",
    "Doctors Without Borders|MSF|the medical charity|international president|health,aid",
    "Amnesty International||the rights group|Secretary General|rights,justice",
    "Human Rights Watch|HRW|the New York-based group|executive director|rights,justice",
    "the International Criminal Court|the ICC|the court|chief prosecutor|justice",
    "Transparency International||the anti-corruption watchdog|chair|justice",
    "the World Trade Organization|the WTO|the trade body|Director-General|trade",
    "the International Monetary Fund|the IMF|the fund|Managing Director|trade,finance",
    "the World Bank||the lender|President|trade,finance,disaster",
    "the International Energy Agency|the IEA|the agency|Executive Director|energy",
    "the Organization of the Petroleum Exporting Countries|OPEC|the oil cartel|"
    "Secretary General|energy",
    "the International Labour Organization|the ILO|the UN labour agency|Director-General|"
    "labour",
    "the International Atomic Energy Agency|the IAEA|the UN nuclear watchdog|Director General|"
    "energy,security",
    "the Economic Community of West African States|ECOWAS|the regional bloc|"
    "Commission president|diplomacy,elections",
    "the International Trade Union Confederation|the ITUC|the confederation|"
    "General Secretary|labour",
    "the Committee to Protect Journalists|the CPJ|the press freedom group|"
    "executive director|rights",
    "the International Crisis Group||the think tank|president|security,diplomacy",
    "Europol||the EU police agency|Executive Director|cyber",
    "Interpol||the global police body|Secretary General|cyber",
};

std::vector<std::string> Split(std::string_view text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(sep, start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::vector<Organization> BuildOrganizations() {
  std::vector<Organization> out;
  for (const char* line : kOrganizations) {
    const std::vector<std::string> f = Split(line, '|');
    Organization org;
    org.name = f[0];
    if (org.name.rfind("the ", 0) == 0) {
      org.name = org.name.substr(4);
      org.article = true;
    }
    org.abbreviation = f[1];
    org.nominal = f[2];
    org.head_title = f[3];
    org.role = f[4];
    out.push_back(std::move(org));
  }
  return out;
}

}  // namespace

const std::vector<Organization>& Organizations() {
  static const std::vector<Organization> orgs = BuildOrganizations();
  return orgs;
}

std::vector<const Organization*> OrganizationsWithRole(const std::string& role) {
  std::vector<const Organization*> out;
  for (const Organization& org : Organizations()) {
    for (const std::string& r : Split(org.role, ',')) {
      if (r == role) {
        out.push_back(&org);
        break;
      }
    }
  }
  return out;
}

const std::vector<std::string>& CompanyStems() {
  // Invented stems that read like company names without naming a real firm.
  static const std::vector<std::string> stems = {
      "Castellan", "Nordhaven", "Baltrax",  "Meridia",   "Orison",   "Valmont",  "Kestrel",
      "Arlanza",   "Tessaro",   "Brightwater", "Halvard", "Corvane", "Ostrava", "Lumeris",
      "Stellar",   "Aurora",    "Granite",  "Pelagic",   "Vireo",    "Solano",   "Tamsin",
      "Westmark",  "Eastgate",  "Redfern",  "Blackmoor", "Silverline", "Harbinger", "Ironbridge",
      "Calder",    "Marrow",    "Quorra",   "Zephyr",    "Helix",    "Novaris",  "Talon"};
  return stems;
}

}  // namespace sitrep::gen
