// Storyline kinds about the economy: a strike, a trade dispute, an energy supply row.
#include "bench/gen/kinds.h"

namespace sitrep::gen {
namespace {

constexpr size_t kActor = StanceIndex(Stance::kActor);
constexpr size_t kTarget = StanceIndex(Stance::kTarget);
constexpr size_t kMediator = StanceIndex(Stance::kMediator);
constexpr size_t kAuthority = StanceIndex(Stance::kAuthority);
constexpr size_t kCritic = StanceIndex(Stance::kCritic);
constexpr size_t kExpert = StanceIndex(Stance::kExpert);
constexpr size_t kWitness = StanceIndex(Stance::kWitness);

}  // namespace

KindSpec StrikeKind() {
  KindSpec k;
  k.id = "strike";
  k.label = "labour strike";
  k.parties = {{{PartyType::kBody,
                 "the National Union of {topic} Workers|*|the union;"
                 "the {topic} Workers' Federation|*|the federation;"
                 "the General Union of {topic} Employees|*|the union"},
                {PartyType::kBody,
                 "{stem} {topic} Group||the company;"
                 "the state-owned {stem} {topic} Company||the company;"
                 "the {topic} Employers' Association|*|the employers' association"},
                {PartyType::kBody, "the {adj} Labour Ministry||the ministry"},
                {PartyType::kOrganization, "labour"}}};
  k.setups = {{"France", "", "", ""},       {"Germany", "", "", ""},
              {"Britain", "", "", ""},      {"Italy", "", "", ""},
              {"Spain", "", "", ""},        {"South Africa", "", "", ""},
              {"Nigeria", "", "", ""},      {"Argentina", "", "", ""},
              {"South Korea", "", "", ""},  {"Canada", "", "", ""},
              {"Belgium", "", "", ""},      {"Greece", "", "", ""},
              {"Chile", "", "", ""},        {"India", "", "", ""}};
  k.topics = {"rail", "port", "steel", "mining", "transport", "health", "aviation"};
  k.titles = {"{topic} strike in {country}", "{countryadj} {topic} workers' strike",
              "Strike at {p1}"};
  k.crisis = {"the strike", "the walkout", "the industrial action", "the dispute"};
  k.roles = {
      {"union leader", "general secretary of the union", "union leader", 0, Stance::kCritic,
       false},
      {"union *", "union spokesman", "spokesman", 0, Stance::kCritic, false},
      {"chief executive", "chief executive", "chief executive", 1, Stance::kTarget, true},
      {"company *", "company spokesman", "spokesman", 1, Stance::kTarget, false},
      {"Labour Minister", "labour minister", "minister", 2, Stance::kMediator, true},
      {"", "a labour economist at the University of {capital}", "economist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"calls|called|called|calling|call",
       "a {fig}-day {fig_noun} starting next week", "the strike call", 0,
       MakeFigure("days of the announced strike", "strike|walkout", Unit::kCount, 2, 14, "", 0)},
      {"rejects|rejected|rejected|rejecting|reject", "a pay offer of {fig} over two years",
       "the rejection of the pay offer", 0,
       MakeFigure("pay rise offered by management", "", Unit::kPercent, 2, 9, "", 1)},
      {"cancels|cancelled|cancelled|cancelling|cancel",
       "{fig} {fig_noun} because of the walkout", "the cancellations", 1,
       MakeFigure("services cancelled", "services|trips|departures", Unit::kCount, 200, 5000,
                  "|about|more than|nearly", 1)},
      {"stages|staged|staged|staging|stage",
       "a march of {fig} {fig_noun} through central {place}", "the march", 0,
       MakeFigure("marchers", "workers|union members|people", Unit::kCount, 3000, 80000,
                  "|about|more than|some", 0)},
      {"invites|invited|invited|inviting|invite", "both sides to talks at the ministry",
       "the offer of mediation", 2, {}},
      {"suspends|suspended|suspended|suspending|suspend",
       "{fig} {fig_noun} at its plant in {place}", "the suspension of jobs", 1,
       MakeFigure("jobs suspended", "jobs|workers", Unit::kCount, 300, 6000, "|about|more than",
                  1)},
  };
  ClaimSpec strikers;
  strikers.figure = MakeFigure("workers on strike", "workers|employees|staff", Unit::kCount,
                               8000, 200000, "more than|about|some|", 0);
  strikers.agree = 0.3;
  strikers.conflict = 0.7;
  strikers.source_a = 0;
  strikers.source_b = 1;
  strikers.sentences = {
      "{claim_attrib} [says|said] {claim} {claim_noun} joined the strike.",
      "{claim} {claim_noun} walked out, according to {claim_attrib}.",
      "[Participation|Turnout] was put at {claim} {claim_noun} by {claim_attrib}.",
  };
  ClaimSpec demand;
  demand.figure = MakeFigure("pay rise demanded by the union", "", Unit::kPercent, 8, 20, "", 0);
  demand.agree = 1;
  demand.sentences = {
      "The union is demanding a pay rise of {claim} to offset inflation.",
      "Workers want {claim} more to keep up with rising prices.",
  };
  ClaimSpec losses;
  losses.figure = MakeFigure("daily losses from the strike", "a day", Unit::kMoney, 5e6, 2e8,
                             "about|up to|more than|an estimated", 1, "local");
  losses.agree = 0.4;
  losses.conflict = 0.6;
  losses.source_a = 1;
  losses.source_b = 0;
  losses.sentences = {
      "{claim_attrib} [says|said] the strike is costing {claim} {claim_noun}.",
      "The walkout costs the economy {claim} {claim_noun}, according to {claim_attrib}.",
  };
  k.claims = {strikers, demand, losses};
  k.leads = {
      "{subj} {action} {when}, [escalating|hardening] a dispute over pay and conditions.",
      "The {topic} strike [entered a new phase|showed no sign of ending] {when} as {subj} "
      "{action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as talks between the union and management collapsed",
             "causing disruption for millions of people",
             "in the biggest walkout in the sector in decades"};
  k.context = {
      "Inflation has eroded workers' wages over the past two years.",
      "Management says the union's demands would push the company into losses.",
      "Commuters have faced crowded platforms and long delays.",
      "The government has threatened to introduce minimum service laws.",
      "Previous talks collapsed after [a few hours|two days].",
  };
  k.background = {
      "The dispute began {since}, when management froze wages.",
      "The union last went on strike more than a decade ago.",
  };
  k.reactions = {
      "Business groups warned of damage to the economy.",
      "Other unions said they would hold solidarity actions.",
      "{p3} said workers had the right to strike but urged both sides to negotiate.",
  };
  k.headlines = {"{topic} strike: {subj} {action_pres}",
                 "{subj} {action_pres} as strike bites", "{subj} {action_pres}"};
  k.subheads = {"Pay gap", "Talks collapse", "Travel chaos", "Hard line"};
  k.quotes[kCritic] = {
      "Our members cannot live on promises.",
      "We did not want this strike, but management left us no choice.",
      "The offer on the table is an insult.",
      "We are ready to talk at any time, but not with a gun to our heads.",
      "Every worker here has lost money in real terms for years.",
  };
  k.quotes[kTarget] = {
      "The union's demands are simply unaffordable.",
      "We have made a fair offer and the door remains open.",
      "This strike is hurting the very people the union claims to represent.",
  };
  k.quotes[kMediator] = {
      "Both sides need to get back around the table.",
      "A deal is possible if everyone shows flexibility.",
  };
  k.quotes[kExpert] = {
      "Wages in the sector have fallen behind inflation for years.",
      "The longer this goes on, the harder it will be to settle.",
  };
  k.quotes[kWitness] = {
      "I have been waiting here for two hours.",
      "I support the workers, but this is hard for all of us.",
  };
  k.quotes[kAuthority] = {"Minimum services must be guaranteed."};
  k.fragments = {"+the last resort", "+justified", "-irresponsible", "-blackmail",
                 "-an insult", "a blow to commuters"};
  k.reported = {
      "@cmt talks would resume next week",
      "@c the union had rejected the latest offer",
      "@t management was ready to improve its proposal",
      "@t most services would run normally on the weekend",
      "@c members were prepared to stay out for as long as it takes",
  };
  k.jobs = {"commuter", "nurse", "train driver", "dock worker", "student", "shop owner"};
  return k;
}

KindSpec TradeDisputeKind() {
  KindSpec k;
  k.id = "trade_dispute";
  k.label = "trade dispute";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kCountryB, ""},
                {PartyType::kOrganization, "trade"},
                {PartyType::kBody,
                 "the {adj} {topic} Producers' Association|*|the association;"
                 "the {adj} Chamber of Commerce||the chamber"}}};
  k.setups = {{"China", "Australia", "World Trade Organization", ""},
              {"the United States", "China", "World Trade Organization", ""},
              {"India", "Pakistan", "World Trade Organization", ""},
              {"Canada", "the United States", "World Trade Organization", ""},
              {"Japan", "South Korea", "World Trade Organization", ""},
              {"France", "Canada", "European Union", ""},
              {"Russia", "Kazakhstan", "", ""},
              {"Indonesia", "Malaysia", "Association of Southeast Asian Nations", ""},
              {"Brazil", "Argentina", "World Trade Organization", ""},
              {"Türkiye", "Egypt", "World Trade Organization", ""}};
  k.topics = {"steel", "solar panel", "wine", "electric vehicle", "beef", "semiconductor",
              "palm oil", "wheat"};
  k.titles = {"{p0adj}-{p1adj} trade dispute over {topic} imports",
              "{topic} trade war between {p0} and {p1}", "{p0}-{p1} tariff row"};
  k.crisis = {"the trade dispute", "the tariff row", "the trade war", "the dispute"};
  k.roles = {
      {"Trade Minister", "trade minister", "minister", 0, Stance::kActor, true},
      {"Commerce Ministry *", "commerce ministry spokesman", "spokesman", 0, Stance::kActor,
       true},
      {"Trade Minister", "trade minister", "minister", 1, Stance::kTarget, true},
      {"Foreign Ministry *", "foreign ministry spokesman", "spokesman", 1, Stance::kTarget,
       true},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"president", "president", "industry chief", 3,
       Stance::kCritic, true},
      {"", "a trade economist at the Institute for International Economics", "economist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"imposes|imposed|imposed|imposing|impose",
       "tariffs of {fig} on {topic} imports from {p1}", "the new tariffs", 0,
       MakeFigure("tariff rate imposed", "", Unit::kPercent, 10, 100, "|up to", 0)},
      {"retaliates|retaliated|retaliated|retaliating|retaliate",
       "with duties on {fig} {fig_noun} of {p0adj} goods", "the retaliatory duties", 1,
       MakeFigure("value of goods hit by retaliation", "worth", Unit::kMoney, 5e8, 2e10,
                  "|about|more than", 1, "USD")},
      {"files|filed|filed|filing|file", "a complaint against {p0} with {p2}",
       "the formal complaint", 1, {}},
      {"suspends|suspended|suspended|suspending|suspend",
       "imports of {topic} from {p1} worth {fig} {fig_noun}", "the import ban", 0,
       MakeFigure("value of suspended imports", "a year", Unit::kMoney, 2e8, 8e9,
                  "|about|more than", 0, "USD")},
      {"holds|held|held|holding|hold", "a first round of talks with {p0} in {place}",
       "the talks", 1, {}},
      {"warns|warned|warned|warning|warn", "that {fig} {fig_noun} are at risk",
       "the warning about jobs", 3,
       MakeFigure("jobs at risk", "jobs", Unit::kCount, 5000, 120000, "|up to|more than|about",
                  3)},
  };
  ClaimSpec trade;
  trade.figure = MakeFigure("annual bilateral trade", "a year", Unit::kMoney, 1e10, 2e11,
                            "about|more than|nearly", -1, "USD");
  trade.agree = 0.7;
  trade.conflict = 0.3;
  trade.source_a = 0;
  trade.source_b = 1;
  trade.sentences = {
      "Trade between the two countries is worth {claim} {claim_noun}.",
      "{p0} and {p1} trade goods worth {claim} {claim_noun}[, according to {claim_attrib}|].",
  };
  ClaimSpec exports;
  exports.figure = MakeFigure("exports affected", "a year", Unit::kMoney, 5e8, 3e10,
                              "about|more than|up to", -1, "USD");
  exports.agree = 0.4;
  exports.conflict = 0.6;
  exports.source_a = 1;
  exports.source_b = 0;
  exports.sentences = {
      "The measures hit exports worth {claim} {claim_noun}, {claim_attrib} estimates.",
      "{claim_attrib} says {claim} of exports {claim_noun} are affected.",
  };
  k.claims = {trade, exports};
  k.leads = {
      "{subj} {action} {when}, escalating a trade dispute between {p0} and {p1}.",
      "The [trade row|tariff dispute] between {p0} and {p1} [deepened|widened] {when} as "
      "{subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"raising fears of a wider trade war", "rattling markets in both countries",
             "in a blow to exporters"};
  k.context = {
      "{p0} accuses {p1} of dumping subsidised {topic} products on its market.",
      "{p1} says the accusations are a pretext for protectionism.",
      "Industry groups in both countries have warned of job losses.",
      "Economists say consumers will end up paying higher prices.",
      "The dispute could take years to resolve at {p2}.",
  };
  k.background = {
      "The dispute began {since} with an anti-dumping investigation.",
      "The two countries signed a free trade agreement a decade ago.",
  };
  k.reactions = {
      "{p2} urged both sides to settle the dispute through negotiation.",
      "Stock markets in both countries fell on the news.",
      "Business groups called for an urgent compromise.",
  };
  k.headlines = {"{subj} {action_pres} in {topic} trade row",
                 "Trade war: {subj} {action_pres}", "{subj} {action_pres}"};
  k.subheads = {"Tit for tat", "Industry worries", "Road to Geneva", "Who pays"};
  k.quotes[kActor] = {
      "We will not allow unfair competition to destroy our industry.",
      "These measures are fully in line with international trade rules.",
      "The ball is in their court.",
  };
  k.quotes[kTarget] = {
      "These tariffs are protectionism, pure and simple.",
      "We will defend the interests of our exporters by all legitimate means.",
      "We are open to dialogue, but not under pressure.",
  };
  k.quotes[kMediator] = {
      "Trade wars have no winners.",
      "We stand ready to help both members find a solution.",
  };
  k.quotes[kCritic] = {
      "Our members cannot survive another year like this.",
      "We need certainty, not a tariff war.",
  };
  k.quotes[kExpert] = {
      "In the end, consumers pay for tariffs.",
      "Both sides have more to lose than to gain.",
  };
  k.quotes[kWitness] = {"Orders have dried up since the tariffs were announced."};
  k.quotes[kAuthority] = {"The investigation followed all the required procedures."};
  k.fragments = {"+in line with trade rules", "+a proportionate response", "-protectionism",
                 "-economic coercion", "-unfair", "a blow to exporters"};
  k.reported = {
      "@a the tariffs would take effect next month",
      "@atm talks would continue at a technical level",
      "@t exporters would receive compensation",
      "@a the measures were temporary",
      "@tce the measures broke international trade rules",
  };
  k.jobs = {"factory owner", "exporter", "farmer", "port worker"};
  return k;
}

KindSpec EnergyDisputeKind() {
  KindSpec k;
  k.id = "energy_dispute";
  k.label = "energy supply dispute";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kCountryB, ""},
                {PartyType::kOrganization, "energy"},
                {PartyType::kBody,
                 "{stem} Gas|*|the gas company;"
                 "the state energy company {stem}Energo||the energy company;"
                 "{stem} Pipeline Company||the pipeline operator"}}};
  k.setups = {{"Russia", "Moldova", "European Union", ""},
              {"Russia", "Bulgaria", "European Union", ""},
              {"Azerbaijan", "Georgia", "European Union", ""},
              {"Algeria", "Spain", "European Union", ""},
              {"Kazakhstan", "Kyrgyzstan", "", ""},
              {"Iran", "Iraq", "Organization of the Petroleum Exporting Countries", ""},
              {"Egypt", "Jordan", "", ""},
              {"Nigeria", "Ghana", "", ""},
              {"Bolivia", "Argentina", "", ""}};
  k.titles = {"{p0adj}-{p1adj} gas dispute", "Gas supply cut to {p1}",
              "{p0}-{p1} energy row"};
  k.crisis = {"the gas dispute", "the energy crisis", "the supply row", "the dispute"};
  k.roles = {
      {"Energy Minister", "energy minister", "minister", 0, Stance::kActor, true},
      {"chief executive", "chief executive", "chief executive", 3,
       Stance::kActor, true},
      {"Energy Minister", "energy minister", "minister", 1, Stance::kTarget, true},
      {"Prime Minister", "prime minister", "prime minister", 1, Stance::kTarget, true},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"", "an energy analyst at the Oxford-based Institute for Energy Studies", "analyst",
       -1, Stance::kExpert, false},
  };
  k.actions = {
      {"cuts|cut|cut|cutting|cut", "gas deliveries to {p1} by {fig}", "the supply cut", 3,
       MakeFigure("cut in gas deliveries", "", Unit::kPercent, 20, 100, "|about|nearly", 3)},
      {"demands|demanded|demanded|demanding|demand",
       "that {p1} pay a debt of {fig} {fig_noun}", "the debt demand", 3,
       MakeFigure("gas debt claimed", "for past deliveries", Unit::kMoney, 1e8, 2e9,
                  "|about|more than|nearly", 1, "USD")},
      {"declares|declared|declared|declaring|declare",
       "an energy emergency for {fig} {fig_noun}", "the energy emergency", 1,
       MakeFigure("length of the energy emergency", "days", Unit::kCount, 30, 60, "", 1)},
      {"signs|signed|signed|signing|sign",
       "a deal to import {fig} {fig_noun} from other suppliers", "the new supply deal", 1,
       MakeFigure("gas volume from other suppliers", "of gas a year", Unit::kVolume, 2e8, 5e9,
                  "|up to|about", 1)},
      {"raises|raised|raised|raising|raise", "household gas prices by {fig}",
       "the price rise", 1,
       MakeFigure("household gas price increase", "", Unit::kPercent, 15, 90, "|about|up to",
                  1)},
      {"brokers|brokered|brokered|brokering|broker", "emergency talks in {place}",
       "the emergency talks", 2, {}},
  };
  ClaimSpec debt;
  debt.figure = MakeFigure("outstanding gas debt", "", Unit::kMoney, 2e8, 1.5e9,
                           "about|more than|", 1, "USD");
  debt.agree = 0.2;
  debt.conflict = 0.8;
  debt.source_a = 3;
  debt.source_b = 1;
  debt.sentences = {
      "{claim_attrib} says {p1} owes {claim} for past deliveries.",
      "The disputed debt stands at {claim}, according to {claim_attrib}.",
      "{claim_attrib} [puts|put] the debt at {claim}.",
  };
  ClaimSpec share;
  share.figure = MakeFigure("share of gas imported from the supplier", "of its gas",
                            Unit::kPercent, 40, 95, "about|more than|nearly|", 1);
  share.agree = 1;
  share.sentences = {
      "{p1} [gets|imports] {claim} {claim_noun} from {p0}.",
      "{p0} supplies {claim} of {p1s} gas.",
  };
  k.claims = {debt, share};
  k.leads = {
      "{subj} {action} {when}, [escalating|deepening] a dispute over gas supplies.",
      "The gas dispute between {p0} and {p1} [escalated|intensified] {when} as {subj} "
      "{action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"raising fears of a cold winter", "as storage levels fell",
             "in a row that has alarmed European capitals"};
  k.context = {
      "{p1} depends on {p0} for most of its gas.",
      "Storage facilities in {p1} are [half empty|below normal levels].",
      "{p0} says the dispute is purely commercial.",
      "{p1} accuses {p0} of using energy as a political weapon.",
      "Household bills have already [doubled|risen sharply] this year.",
  };
  k.background = {
      "The row began {since}, when a long-term supply contract expired.",
      "A similar dispute cut supplies in the middle of winter years ago.",
  };
  k.reactions = {
      "{p2} offered to mediate between the two sides.",
      "Gas prices on European markets jumped on the news.",
      "Neighbouring countries offered emergency supplies.",
  };
  k.headlines = {"Gas dispute: {subj} {action_pres}", "{subj} {action_pres} as gas row deepens",
                 "{subj} {action_pres}"};
  k.subheads = {"Winter fears", "The debt question", "Alternative routes", "Politics of gas"};
  k.quotes[kActor] = {
      "We cannot deliver gas for free.",
      "This is a commercial dispute, nothing more.",
      "Once the debt is paid, deliveries will resume in full.",
  };
  k.quotes[kTarget] = {
      "We will not be blackmailed with gas.",
      "We have enough reserves to get through the winter.",
      "The debt figures are invented.",
  };
  k.quotes[kMediator] = {
      "Energy must never be used as a weapon.",
      "Both sides should honour their contracts.",
  };
  k.quotes[kExpert] = {
      "The timing is not a coincidence.",
      "Diversifying supply takes years, not weeks.",
  };
  k.quotes[kWitness] = {"We will heat one room this winter and live in it."};
  k.quotes[kAuthority] = {"Supplies to hospitals and schools are guaranteed."};
  k.quotes[kCritic] = {"The government should have diversified years ago."};
  k.fragments = {"+purely commercial", "+a commercial decision", "-energy blackmail",
                 "-a political weapon", "-unacceptable pressure"};
  k.reported = {
      "@t gas supplies to households were guaranteed for now",
      "@atm talks on a new contract would resume next week",
      "@t the debt had already been paid in full",
      "@tu storage levels were sufficient for several weeks",
      "@a deliveries would resume once the debt was settled",
  };
  k.jobs = {"pensioner", "bakery owner", "factory worker", "mother of two"};
  return k;
}

}  // namespace sitrep::gen
