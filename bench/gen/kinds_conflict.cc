// Storyline kinds about confrontation: a military stand-off on a border, a protest
// movement facing the authorities, a cyberattack on a public service.
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

KindSpec BorderCrisisKind() {
  KindSpec k;
  k.id = "border_crisis";
  k.label = "military stand-off";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kCountryB, ""},
                {PartyType::kOrganization, "security"},
                {PartyType::kOutsideCountry, ""}}};
  k.setups = {{"Russia", "Ukraine", "North Atlantic Treaty Organization", "the United States"},
              {"Russia", "Georgia", "European Union", "France"},
              {"Belarus", "Poland", "North Atlantic Treaty Organization", "Germany"},
              {"Belarus", "Lithuania", "North Atlantic Treaty Organization", "the United States"},
              {"Azerbaijan", "Armenia", "Organization for Security and Co-operation in Europe",
               "France"},
              {"Serbia", "Kosovo", "North Atlantic Treaty Organization", "Germany"},
              {"Venezuela", "Guyana", "United Nations", "Brazil"},
              {"Sudan", "South Sudan", "African Union", "Kenya"},
              {"Ethiopia", "Sudan", "African Union", "Egypt"}};
  k.titles = {"{p0adj} military build-up on the {p1adj} border",
              "{p0}-{p1} border stand-off", "Tensions on the {p0adj}-{p1adj} frontier"};
  k.crisis = {"the stand-off", "the crisis", "the border crisis", "the confrontation"};
  k.roles = {
      {"Defense Minister", "defense minister", "minister", 0, Stance::kActor, true},
      {"presidential *", "presidential spokesman", "spokesman", 0, Stance::kActor, true},
      {"Deputy Foreign Minister", "deputy foreign minister", "deputy minister", 0,
       Stance::kActor, true},
      {"President", "president", "president", 1, Stance::kTarget, true},
      {"Foreign Minister", "foreign minister", "minister", 1, Stance::kTarget, true},
      {"army chief of staff", "army chief of staff", "general", 1, Stance::kTarget, true},
      {"", "head of the border guard service", "border guard chief", 1, Stance::kAuthority,
       false},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"*", "spokesman for the organisation", "spokesman", 2, Stance::kMediator, true},
      {"Defense Minister", "defense minister", "minister", 3, Stance::kMediator, true},
      {"Defense Ministry *", "defense ministry spokesman", "spokesman", 3, Stance::kMediator,
       true},
      {"", "a senior fellow at the Institute for Strategic Studies", "analyst", -1,
       Stance::kExpert, false},
      {"", "a military analyst at the Centre for Eastern Security", "analyst", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"masses|massed|massed|massing|mass", "{fig} {fig_noun} near the border with {p1}",
       "the build-up of troops near the border", 0,
       MakeFigure("troops moved to the border", "troops|soldiers|military personnel", Unit::kCount,
                  3000, 30000, "|about|more than|an estimated", 0)},
      {"puts|put|put|putting|put", "{fig} {fig_noun} on high alert",
       "the decision to put troops on alert", 3,
       MakeFigure("troops put on alert", "troops|soldiers|service members", Unit::kCount, 2000,
                  9000, "|about|some", 3)},
      {"sends|sent|sent|sending|send", "{fig} {fig_noun} to reinforce allies near {place2}",
       "the deployment of reinforcements", 3,
       MakeFigure("troops deployed to reinforce allies", "troops|soldiers", Unit::kCount, 1000,
                  5000, "|about|some", 3)},
      {"holds|held|held|holding|hold",
       "military exercises involving {fig} {fig_noun} near {place}", "the military exercises",
       0,
       MakeFigure("troops taking part in exercises", "troops|soldiers|servicemen",
                  Unit::kCount, 10000, 40000, "|about|more than|up to", 0)},
      {"announces|announced|announced|announcing|announce",
       "a partial withdrawal of {fig} {fig_noun} from the border area",
       "the announced pullback", 0,
       MakeFigure("troops withdrawn", "troops|soldiers|servicemen", Unit::kCount, 1000, 10000,
                  "|about|some", 0)},
      {"pledges|pledged|pledged|pledging|pledge", "{fig} {fig_noun} to {p1}",
       "the new aid package", 2,
       MakeFigure("financial aid pledged", "in loans and grants|in financial aid|in support",
                  Unit::kMoney, 5e8, 2.5e9, "|about|more than|up to", 2, "EUR")},
      {"reports|reported|reported|reporting|report",
       "{fig} {fig_noun} in the border region overnight", "the reported violations", 1,
       MakeFigure("ceasefire violations", "ceasefire violations|violations of the truce",
                  Unit::kCount, 20, 200, "|more than|at least|nearly", -1)},
      {"evacuates|evacuated|evacuated|evacuating|evacuate",
       "{fig} {fig_noun} from villages near {place}", "the evacuation", 1,
       MakeFigure("civilians evacuated", "civilians|residents|people", Unit::kCount, 1000,
                  20000, "|about|more than|nearly", -1)},
      {"moves|moved|moved|moving|move", "air defence systems to within {fig} of {place}",
       "the deployment of air defences", 0,
       MakeFigure("distance of air defences from the border", "", Unit::kDistance, 40, 300,
                  "|about|less than", 0)},
  };
  ClaimSpec troops;
  troops.figure = MakeFigure("troops near the border", "troops|soldiers|military personnel",
                             Unit::kCount, 80000, 150000, "more than|about|an estimated|some", 0);
  troops.agree = 0.75;
  troops.conflict = 0.25;
  troops.source_a = 1;
  troops.source_b = 3;
  troops.sentences = {
      "{p0} has massed {claim} {claim_noun} near {p1s} borders[, according to {claim_attrib}|].",
      "[Western|Foreign] intelligence [officials|agencies] estimate that {p0} has deployed "
      "{claim} {claim_noun} along the frontier.",
      "{p0} is believed to have {claim} {claim_noun} stationed within striking distance of "
      "{place}.",
      "[Satellite images|Commercial satellite images] show {claim} {claim_noun} camped "
      "[near|along] the border, {claim_attrib} [says|said].",
      "{claim_attrib} [puts|put] the number of {p0adj} {claim_noun} near the border at {claim}.",
  };
  ClaimSpec killed;
  killed.figure = MakeFigure("people killed in the conflict", "people|people on both sides",
                             Unit::kCount, 8000, 20000, "more than|about|at least|", -1);
  killed.agree = 0.45;
  killed.conflict = 0.55;
  killed.source_a = 1;
  killed.source_b = 2;
  killed.sentences = {
      "{claim} {claim_noun} have been killed in fighting between the two sides since "
      "[the conflict erupted|hostilities began] years ago.",
      "The conflict has killed {claim} {claim_noun}[, according to {claim_attrib}|].",
      "Years of sporadic fighting in the border region have left {claim} {claim_noun} dead.",
  };
  ClaimSpec displaced;
  displaced.figure = MakeFigure("people displaced by the tensions", "people|residents|civilians",
                                Unit::kCount, 100000, 1500000, "more than|about|an estimated", -1);
  displaced.agree = 0.4;
  displaced.changed = 0.6;
  displaced.sentences = {
      "{claim} {claim_noun} have fled the border areas[, {claim_attrib} says|].",
      "The number of {claim_noun} who have left their homes near the frontier has reached "
      "{claim}, {claim_attrib} [said|says].",
  };
  k.claims = {troops, killed, displaced};
  k.leads = {
      "{subj} {action} {when} as fears grew that {p0} could [launch an offensive against|"
      "attack] {p1}.",
      "Tensions between {p0} and {p1} [rose|flared|escalated] {when} after {subj} {action}.",
      "[In a sign that|Signalling that] {crisis} is far from over, {subj} {action} {when}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"ratcheting up pressure on {p1}", "raising fears of a wider war",
             "deepening the worst crisis in the region in decades",
             "in a move likely to alarm {p1}", "despite repeated calls for restraint"};
  k.context = {
      "{p0} denies any plans to [invade|attack] its neighbour[, accusing {p3} of stoking "
      "tensions|].",
      "{p1} has [repeatedly|long] accused {p0} of [preparing|planning] a [large-scale "
      "offensive|new incursion].",
      "Western capitals have warned of [severe|far-reaching|massive] consequences if {p0} "
      "crosses the border.",
      "{p0} has demanded [security guarantees|written assurances] that {p2} will not expand "
      "any further.",
      "Diplomatic efforts to defuse {crisis} have so far [produced little|failed to produce a "
      "breakthrough].",
      "The frontier runs for hundreds of kilometres through [farmland|forests|marshland], much "
      "of it [lightly guarded|heavily fortified].",
      "Both sides accuse each other of [violating|breaching] a ceasefire agreed in a previous "
      "round of talks.",
      "{p0} says its forces are free to move anywhere on its own territory.",
  };
  k.background = {
      "The build-up began {since} and has [continued|accelerated] despite several rounds of "
      "talks.",
      "Relations between {p0} and {p1} have been [strained|tense] for years, and {crisis} is "
      "[the worst in decades|the most serious since the last war].",
      "{p2} has called on both sides to respect the agreements they signed.",
      "The two neighbours have a long history of disputes over where exactly the border "
      "runs.",
  };
  k.reactions = {
      "{p3} urged both sides to [exercise restraint|return to talks|de-escalate].",
      "{p2} [called an emergency meeting|convened its members] to discuss {crisis}.",
      "[Neighbouring|Nearby] states [put their forces on alert|tightened border controls].",
      "{p3s} foreign ministry summoned {p0s} ambassador [in protest|to demand an "
      "explanation].",
      "{p3} said it was ready to impose [sanctions|new sanctions] if {p0} attacked.",
  };
  k.headlines = {"{p0}-{p1} tensions: {subj} {action_pres}",
                 "{subj} {action_pres} amid fears of {p0adj} offensive",
                 "{p1} on edge as {subj} {action_pres}",
                 "Border crisis: {subj} {action_pres}"};
  k.subheads = {"Rising tensions", "Diplomatic push", "Complex threat", "What comes next",
                "Troops on the move", "Warnings from the West", "No withdrawal"};
  k.quotes[kActor] = {
      "These are routine exercises on our own territory.",
      "{p0} has no plans to attack anyone.",
      "We are not threatening anyone. We are defending our legitimate security interests.",
      "The responsibility for this escalation lies entirely with {p3}.",
      "Our troops will return to their bases once the exercises are over.",
      "We will respond to any provocation in a proportionate way.",
      "All this is not happening because of what {p0} is doing. This is happening because of "
      "what {p2} is doing.",
      "Nobody has the right to tell us where to station our own army.",
      "The talk of an invasion is pure hysteria.",
      "Our proposals are on the table and we are waiting for a serious answer.",
  };
  k.quotes[kTarget] = {
      "We will defend every inch of our land.",
      "We don't need this panic.",
      "The threat is real, and it is growing every day.",
      "We are ready for any scenario.",
      "Our army is stronger than it has ever been.",
      "We ask our partners for deeds, not words.",
      "Every day the troops stay on our border is a day of pressure on our economy.",
      "We will not make any concessions on our sovereignty.",
      "We see no signs of a pullback on the ground.",
  };
  k.quotes[kMediator] = {
      "There is still time and space for diplomacy.",
      "Conflict is not inevitable.",
      "We are following the situation on the border very closely.",
      "Any further aggression would have massive consequences and serious costs.",
      "At the moment, we have not seen any withdrawal of forces.",
      "There is a difference between what {p0} says and what it does.",
      "We will take all necessary measures to protect and defend all allies.",
      "It is important that we send a strong signal that {p2} matters.",
      "These forces are not going to fight in {p1}. They are not permanent moves.",
      "We will not give specific numbers, but they continue to increase.",
  };
  k.quotes[kAuthority] = {
      "The situation on the border is tense but under control.",
      "Our units are monitoring every movement on the other side.",
      "We have strengthened patrols along the entire length of the frontier.",
  };
  k.quotes[kExpert] = {
      "The build-up is larger than anything we have seen in the region for a generation.",
      "Every day the troops stay there, the risk of a miscalculation grows.",
      "This is coercive diplomacy in its purest form.",
      "The logistics tell you more than the speeches do.",
  };
  k.quotes[kWitness] = {
      "We hear the trucks on the road at night.",
      "My children ask me every day whether there will be a war.",
      "We have packed our bags, just in case.",
      "Nobody here believes the talks will change anything.",
  };
  k.fragments = {"-a clear provocation", "-unacceptable", "-reckless", "-an act of aggression",
                 "-deeply destabilising", "-a dangerous escalation", "+routine",
                 "+purely defensive", "+a necessary precaution", "+a sovereign decision",
                 "a test of resolve"};
  k.reported = {
      "@a no final decision had been taken on the deployment",
      "@a the troops would remain in place until the exercises ended",
      "@a {p0} was ready to continue talks",
      "@a {p0} had made it clear that it did not want a confrontation",
      "@a the exercises posed no threat to anyone",
      "@tmu there had been no significant withdrawal of forces",
      "@tmu additional units were on their way to the region",
      "@tme the build-up showed no sign of slowing",
      "the situation on the border remained tense",
      "@amte further talks were expected in the coming weeks",
  };
  k.jobs = {"farmer", "shopkeeper", "teacher", "retired engineer", "bus driver", "nurse",
            "student"};
  return k;
}

KindSpec ProtestKind() {
  KindSpec k;
  k.id = "protests";
  k.label = "protest movement";
  k.parties = {{{PartyType::kBody,
                 "the Citizens' Movement for Change|*|the movement;"
                 "the National Salvation Front|*|the front;"
                 "the Civic Alliance|*|the alliance;"
                 "the Youth Coalition for Democracy|*|the coalition"},
                {PartyType::kBody,
                 "the {adj} Interior Ministry||the ministry;"
                 "the {adj} government||the government"},
                {PartyType::kOrganization, "rights"},
                {PartyType::kOutsideCountry, ""}}};
  k.setups = {{"Georgia", "", "", "the United States"},
              {"Serbia", "", "", "Germany"},
              {"Kenya", "", "", "Britain"},
              {"Peru", "", "", "Spain"},
              {"Bangladesh", "", "", "India"},
              {"Kazakhstan", "", "", "Russia"},
              {"Colombia", "", "", "the United States"},
              {"Senegal", "", "", "France"},
              {"Sri Lanka", "", "", "India"},
              {"Tunisia", "", "", "France"},
              {"Bolivia", "", "", "Brazil"},
              {"Armenia", "", "", "France"}};
  k.titles = {"Anti-government protests in {country}", "{countryadj} protest movement",
              "Street protests against the government in {country}"};
  k.crisis = {"the unrest", "the protest movement", "the wave of demonstrations",
              "the crisis"};
  k.roles = {
      {"opposition leader", "leader of the movement", "opposition leader", 0, Stance::kCritic,
       false},
      {"", "an organiser of the protests", "organiser", 0, Stance::kCritic, false},
      {"Interior Minister", "interior minister", "minister", 1, Stance::kActor, true},
      {"Prime Minister", "prime minister", "prime minister", 1, Stance::kActor, true},
      {"government *", "government spokesman", "spokesman", 1, Stance::kActor, true},
      {"police *", "police spokesman", "spokesman", 1, Stance::kAuthority, false},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"Foreign Minister", "foreign minister", "minister", 3, Stance::kMediator, true},
      {"", "a political scientist at the national university", "political scientist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"brings|brought|brought|bringing|bring",
       "{fig} {fig_noun} onto the streets of {place}", "the demonstration", 0,
       MakeFigure("protesters at the rally", "people|protesters|demonstrators", Unit::kCount,
                  10000, 120000, "|about|more than|an estimated", 0)},
      {"arrests|arrested|arrested|arresting|arrest",
       "{fig} {fig_noun} after clashes in {place}", "the arrests", 1,
       MakeFigure("people arrested", "people|protesters|activists", Unit::kCount, 50, 900,
                  "|more than|at least|nearly", -1)},
      {"declares|declared|declared|declaring|declare",
       "a state of emergency in {place} for {fig} {fig_noun}", "the state of emergency", 1,
       MakeFigure("duration of the state of emergency", "days", Unit::kCount, 10, 60, "", 1)},
      {"calls|called|called|calling|call", "a general strike across {country}",
       "the call for a general strike", 0, {}},
      {"blocks|blocked|blocked|blocking|block",
       "main roads into {place} with barricades", "the road blockades", 0, {}},
      {"offers|offered|offered|offering|offer",
       "talks with protest leaders and a {fig} rise in {fig_noun}", "the concessions", 1,
       MakeFigure("proposed pay rise for public workers", "public sector wages|state salaries",
                  Unit::kPercent, 5, 25, "|up to", 1)},
      {"reports|reported|reported|reporting|report", "{fig} {fig_noun} in overnight clashes",
       "the clashes", 1,
       MakeFigure("people injured in clashes", "people injured|injuries", Unit::kCount, 30, 400,
                  "|more than|at least|about", -1)},
  };
  ClaimSpec crowd;
  crowd.figure = MakeFigure("size of the largest protest", "people|protesters|demonstrators",
                            Unit::kCount, 40000, 250000, "|about|more than|an estimated", 0);
  crowd.agree = 0.2;
  crowd.conflict = 0.8;
  crowd.source_a = 1;
  crowd.source_b = 0;
  crowd.sentences = {
      "The largest rally so far drew {claim} {claim_noun}, according to {claim_attrib}.",
      "{claim_attrib} [put|puts] the turnout at the biggest demonstration at {claim}.",
      "[Organisers|Estimates] vary, but {claim_attrib} [said|says] {claim} {claim_noun} "
      "joined the main march.",
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("people killed in the unrest", "people|protesters", Unit::kCount,
                             5, 60, "at least|", -1);
  deaths.agree = 0.3;
  deaths.changed = 0.4;
  deaths.conflict = 0.3;
  deaths.source_a = 1;
  deaths.source_b = 2;
  deaths.sentences = {
      "At least {claim} {claim_noun} have been killed since {crisis} began, {claim_attrib} "
      "[says|said].",
      "The death toll from {crisis} stands at {claim}, according to {claim_attrib}.",
  };
  ClaimSpec detained;
  detained.figure = MakeFigure("people detained since the protests began", "people|activists",
                               Unit::kCount, 500, 6000, "more than|about|at least", -1);
  detained.agree = 0.4;
  detained.changed = 0.6;
  detained.sentences = {
      "{claim_attrib} says {claim} {claim_noun} have been detained since the start of "
      "{crisis}.",
      "Since the protests began, police have detained {claim} {claim_noun}.",
  };
  k.claims = {crowd, deaths, detained};
  k.leads = {
      "{subj} {action} {when} as {crisis} entered a new phase.",
      "[Anger|Frustration] at the government spilled onto the streets again {when} as {subj} "
      "{action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"defying a ban on public gatherings", "escalating a weeks-long stand-off",
             "as the movement showed no sign of losing steam",
             "raising pressure on the government to resign"};
  k.context = {
      "The protests were triggered by [a fuel price rise|a disputed law|allegations of "
      "vote-rigging|rising living costs].",
      "Protesters are demanding the resignation of the government and early elections.",
      "The government has described the protesters as [a violent minority|troublemakers paid "
      "from abroad].",
      "Police have used tear gas and water cannon to disperse crowds in {place}.",
      "Much of the movement is organised through messaging apps, with no single leader.",
      "Shops in central {place} have been boarded up for days.",
  };
  k.background = {
      "The demonstrations began {since} in {place2} and quickly spread to other cities.",
      "{country} has seen several waves of protest in recent years, but none as sustained as "
      "this one.",
      "The government survived a no-confidence vote last year by a narrow margin.",
  };
  k.reactions = {
      "{p2} called on the authorities to respect the right to peaceful assembly.",
      "{p3} urged [restraint on all sides|the government to open a dialogue with protesters].",
      "Several embassies advised their citizens to avoid the centre of {place}.",
  };
  k.headlines = {"{subj} {action_pres} as protests grip {country}",
                 "{country} protests: {subj} {action_pres}",
                 "{subj} {action_pres} in {place}"};
  k.subheads = {"Anger on the streets", "Crackdown", "Demands", "Calls for dialogue",
                "A movement without leaders"};
  k.quotes[kCritic] = {
      "We will stay on the streets until the government resigns.",
      "This is a peaceful movement, and the violence comes from the police.",
      "People are tired of being ignored.",
      "They can arrest us, but they cannot arrest all of us.",
      "The concessions are too little and too late.",
      "We are not afraid anymore.",
      "Nobody paid us to be here. We came because we cannot feed our families.",
  };
  k.quotes[kActor] = {
      "The government's door is open for dialogue, but not for violence.",
      "We will not allow a small group to hold the country hostage.",
      "Order will be restored.",
      "Those responsible for the violence will be brought to justice.",
      "We have heard the concerns of ordinary citizens.",
  };
  k.quotes[kAuthority] = {
      "Officers acted with restraint in very difficult conditions.",
      "Several officers were injured by stones and bottles.",
      "The gathering was not authorised.",
  };
  k.quotes[kMediator] = {
      "We call on all sides to refrain from violence.",
      "The right to protest peacefully must be respected.",
      "We are following events in {country} with great concern.",
  };
  k.quotes[kExpert] = {
      "The government has underestimated how deep the anger runs.",
      "Movements like this either win quickly or fade slowly.",
      "The real test will be whether the unions join in.",
  };
  k.quotes[kWitness] = {
      "I have never seen so many people in this square.",
      "My son was beaten by the police for no reason.",
      "Prices have doubled and our wages have not moved.",
      "I came here with my whole family.",
  };
  k.fragments = {"-a provocation", "-a disgrace", "-unacceptable", "-too little, too late",
                 "+justified", "+legitimate", "+the only option left", "a turning point"};
  k.reported = {
      "@a the government was ready to hold talks with protest leaders",
      "@au police had been ordered to show restraint",
      "@au the demonstration had been infiltrated by provocateurs",
      "@c the rallies would continue every evening",
      "@cmw several protesters had been taken to hospital",
      "@cm dozens of activists were still being held without charge",
      "the situation in the capital remained tense",
  };
  k.jobs = {"student", "taxi driver", "teacher", "pensioner", "nurse", "engineer",
            "market trader", "unemployed graduate"};
  return k;
}

KindSpec CyberattackKind() {
  KindSpec k;
  k.id = "cyberattack";
  k.label = "cyberattack";
  k.parties = {{{PartyType::kBody,
                 "{stem} Energy||the utility;"
                 "{stem} Health Insurance||the insurer;"
                 "{stem} Rail||the rail operator;"
                 "{stem} Logistics||the company;"
                 "the Port of {city}||the port authority"},
                {PartyType::kBody,
                 "the Crimson Viper group||the hacking group;"
                 "the BlackHarbor gang||the gang;"
                 "the Silent Lynx group||the group;"
                 "the NightOwl collective||the collective"},
                {PartyType::kOrganization, "cyber"},
                {PartyType::kBody,
                 "the {adj} National Cyber Security Centre|*|the centre;"
                 "the {adj} Cybersecurity Agency||the agency"}}};
  k.setups = {{"Germany", "", "", ""},      {"Britain", "", "", ""},
              {"the Netherlands", "", "", ""}, {"Ireland", "", "", ""},
              {"Australia", "", "", ""},    {"Canada", "", "", ""},
              {"Finland", "", "", ""},      {"Japan", "", "", ""},
              {"Chile", "", "", ""},        {"Estonia", "", "", ""}};
  k.titles = {"Cyberattack on {p0}", "{p0} ransomware attack", "Hack of {p0} systems"};
  k.crisis = {"the cyberattack", "the attack", "the ransomware attack", "the hack",
              "the breach"};
  k.roles = {
      {"chief executive", "chief executive", "chief executive", 0, Stance::kTarget, true},
      {"*", "spokesman for the organisation", "spokesman", 0, Stance::kTarget, true},
      {"Digital Minister", "digital minister", "minister", 3, Stance::kAuthority, true},
      {"director", "director", "director", 3, Stance::kAuthority, true},
      {"@head", "@head", "@head", 2, Stance::kAuthority, true},
      {"", "a threat researcher at the security firm {stem} Labs", "researcher", -1,
       Stance::kExpert, false},
      {"", "a professor of computer science at the Technical University of {capital}",
       "professor", -1, Stance::kExpert, false},
  };
  k.actions = {
      {"discloses|disclosed|disclosed|disclosing|disclose",
       "that hackers had stolen the records of {fig} {fig_noun}", "the disclosure", 0,
       MakeFigure("customers whose data was stolen", "customers|patients|people", Unit::kCount,
                  200000, 9000000, "|about|more than|up to", 0)},
      {"shuts|shut|shut|shutting|shut",
       "down {fig} of its {fig_noun} as a precaution", "the shutdown", 0,
       MakeFigure("share of systems taken offline", "computer systems|servers", Unit::kPercent,
                  20, 80, "|about|nearly", 0)},
      {"demands|demanded|demanded|demanding|demand", "a ransom of {fig} {fig_noun}",
       "the ransom demand", 1,
       MakeFigure("ransom demanded", "in cryptocurrency|in bitcoin", Unit::kMoney, 2e6, 5e7,
                  "|about|more than", 1, "USD")},
      {"restores|restored|restored|restoring|restore",
       "{fig} of its {fig_noun}", "the partial restoration", 0,
       MakeFigure("share of services restored", "services|online services", Unit::kPercent, 30,
                  90, "|about|more than", 0)},
      {"attributes|attributed|attributed|attributing|attribute", "the attack to {p1}",
       "the attribution", 3, {}},
      {"publishes|published|published|publishing|publish",
       "files [it says were|allegedly] stolen from {p0}", "the data leak", 1, {}},
  };
  ClaimSpec affected;
  affected.figure = MakeFigure("people affected by the attack", "people|customers|users",
                               Unit::kCount, 500000, 12000000, "more than|about|up to|nearly", 0);
  affected.agree = 0.4;
  affected.conflict = 0.3;
  affected.changed = 0.3;
  affected.source_a = 0;
  affected.source_b = 3;
  affected.sentences = {
      "{claim_attrib} [says|said] the data of {claim} {claim_noun} may have been exposed.",
      "The attack has affected {claim} {claim_noun}, according to {claim_attrib}.",
      "Up to now, {claim} {claim_noun} have been told their personal details were "
      "compromised.",
  };
  ClaimSpec cost;
  cost.figure = MakeFigure("cost of the attack", "in lost revenue and repairs|in damage",
                           Unit::kMoney, 1e7, 3e8, "about|more than|an estimated|up to", 0,
                           "local");
  cost.agree = 0.5;
  cost.conflict = 0.5;
  cost.source_a = 0;
  cost.source_b = 3;
  cost.sentences = {
      "The attack has cost {p0} {claim} {claim_noun}, {claim_attrib} estimated.",
      "Analysts put the cost of {crisis} at {claim}.",
  };
  k.claims = {affected, cost};
  k.leads = {
      "{subj} {action} {when}, [days|a week] after [a cyberattack|hackers] crippled the "
      "systems of {p0}.",
      "[Hackers|A ransomware gang] [behind|suspected in] the attack on {p0} [struck again|"
      "stepped up pressure] {when} as {subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as investigators raced to contain the damage",
             "in one of the largest breaches the country has seen",
             "leaving thousands unable to use basic services"};
  k.context = {
      "Ransomware gangs typically encrypt a victim's files and demand payment for the key.",
      "The government has a policy of not paying ransoms.",
      "Customers have been warned to watch out for phishing messages.",
      "{p1} has been linked by researchers to [several|dozens of] attacks on hospitals and "
      "utilities.",
      "Backup systems allowed some services to resume within days.",
  };
  k.background = {
      "The attack was first detected {since}, when staff found their screens locked.",
      "{p0} had been warned about weaknesses in its systems in an audit last year.",
  };
  k.reactions = {
      "{p2} said it was assisting the investigation.",
      "Opposition lawmakers demanded a parliamentary inquiry into {crisis}.",
      "Other companies in the sector said they had raised their alert levels.",
  };
  k.headlines = {"{subj} {action_pres} after cyberattack", "Cyberattack: {subj} {action_pres}",
                 "{subj} {action_pres} as hack fallout grows"};
  k.subheads = {"Ransom demand", "Data at risk", "Slow recovery", "Who is behind it"};
  k.quotes[kTarget] = {
      "We are working around the clock to restore our systems.",
      "We will not pay criminals.",
      "We deeply regret the disruption this has caused to our customers.",
      "There is no evidence so far that payment data was accessed.",
      "This was a sophisticated and targeted attack.",
  };
  k.quotes[kAuthority] = {
      "We are treating this as a serious criminal attack.",
      "Our experts have been on site since the first hours.",
      "Anyone who receives a suspicious message should not click on any links.",
      "It is too early to say who is responsible.",
  };
  k.quotes[kActor] = {
      "If the company does not pay, we will publish everything.",
      "The deadline is final.",
  };
  k.quotes[kExpert] = {
      "This is a textbook ransomware operation.",
      "Public bodies are still running software that should have been retired years ago.",
      "Paying the ransom does not guarantee you get your data back.",
  };
  k.quotes[kWitness] = {
      "I could not get my prescription for three days.",
      "Nobody told us anything for a week.",
  };
  k.fragments = {"-deeply irresponsible", "-a wake-up call", "criminal", "unacceptable",
                 "+a precaution", "+a necessary step"};
  k.reported = {
      "@tu there was no evidence that financial data had been stolen",
      "@t the systems would be fully restored within weeks",
      "@t the company had refused to pay the ransom",
      "@ute investigators were examining how the hackers got in",
      "@ew customers should have been warned much earlier",
      "@e the company had ignored repeated warnings about its systems",
  };
  k.jobs = {"pharmacist", "small business owner", "commuter", "pensioner", "IT consultant"};
  return k;
}

}  // namespace sitrep::gen
