// Storyline kinds about politics and justice: a disputed election, a corruption trial,
// a migration crisis at a border.
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

KindSpec ElectionKind() {
  KindSpec k;
  k.id = "election";
  k.label = "disputed election";
  k.parties = {{{PartyType::kBody,
                 "the Party of National Renewal|*|the ruling party;"
                 "the People's Unity Party|*|the governing party;"
                 "the Social Democratic Union|*|the ruling party;"
                 "the Progress and Order Party|*|the governing party"},
                {PartyType::kBody,
                 "the Democratic Alliance|*|the opposition;"
                 "the Movement for Change|*|the opposition party;"
                 "the Liberal Civic Platform|*|the opposition;"
                 "the Green Future coalition||the opposition coalition"},
                {PartyType::kOrganization, "elections"},
                {PartyType::kBody,
                 "the Central Election Commission|*|the commission;"
                 "the National Electoral Board|*|the electoral board;"
                 "the Independent Electoral Commission|*|the commission"}}};
  k.setups = {{"Georgia", "", "Organization for Security and Co-operation in Europe", ""},
              {"Serbia", "", "Organization for Security and Co-operation in Europe", ""},
              {"Moldova", "", "Organization for Security and Co-operation in Europe", ""},
              {"Kenya", "", "African Union", ""},
              {"Nigeria", "", "Economic Community of West African States", ""},
              {"Senegal", "", "Economic Community of West African States", ""},
              {"Zimbabwe", "", "African Union", ""},
              {"Venezuela", "", "European Union", ""},
              {"Bolivia", "", "European Union", ""},
              {"Bangladesh", "", "European Union", ""},
              {"Pakistan", "", "European Union", ""},
              {"Armenia", "", "Organization for Security and Co-operation in Europe", ""},
              {"Ghana", "", "Economic Community of West African States", ""}};
  k.titles = {"Disputed election in {country}", "{countryadj} election dispute",
              "{countryadj} presidential election"};
  k.crisis = {"the election dispute", "the disputed vote", "the post-election crisis",
              "the row over the results"};
  k.roles = {
      {"President", "president", "president", 0, Stance::kActor, true},
      {"party *", "spokesman for the ruling party", "spokesman", 0, Stance::kActor, false},
      {"opposition leader", "opposition leader", "opposition leader", 1, Stance::kCritic,
       false},
      {"opposition candidate", "opposition presidential candidate", "candidate", 1,
       Stance::kCritic, false},
      {"chairman", "chairman", "commission chief", 3,
       Stance::kAuthority, true},
      {"head of the observer mission", "head of the observer mission", "mission chief", 2,
       Stance::kMediator, true},
      {"", "a political analyst at the Centre for Democratic Studies", "analyst", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"announces|announced|announced|announcing|announce",
       "preliminary results giving the incumbent {fig} {fig_noun}", "the preliminary results",
       3,
       MakeFigure("incumbent's share of the vote", "of the vote|of ballots cast",
                  Unit::kPercent, 50.5, 62, "|about|just over", 0)},
      {"rejects|rejected|rejected|rejecting|reject",
       "the results and calls for protests in {place}", "the rejection of the results", 1, {}},
      {"files|filed|filed|filing|file",
       "{fig} {fig_noun} alleging fraud at polling stations", "the legal challenge", 1,
       MakeFigure("complaints filed", "complaints|legal challenges", Unit::kCount, 100, 3000,
                  "|more than|nearly", 1)},
      {"orders|ordered|ordered|ordering|order",
       "a recount at {fig} {fig_noun} in {place}", "the recount", 3,
       MakeFigure("polling stations to be recounted", "polling stations", Unit::kCount, 40,
                  1200, "|about|more than", -1)},
      {"publishes|published|published|publishing|publish",
       "a report citing irregularities at {fig} of {fig_noun} observed", "the observers' report",
       2,
       MakeFigure("share of polling stations with irregularities", "polling stations",
                  Unit::kPercent, 5, 30, "|about|nearly", -1)},
      {"certifies|certified|certified|certifying|certify",
       "the final results in a session boycotted by the opposition", "the certification", 3,
       {}},
  };
  ClaimSpec turnout;
  turnout.figure = MakeFigure("voter turnout", "", Unit::kPercent, 38, 72,
                              "|about|just over|nearly", -1);
  turnout.agree = 0.5;
  turnout.conflict = 0.5;
  turnout.source_a = 3;
  turnout.source_b = 1;
  turnout.sentences = {
      "Turnout was {claim}, {claim_attrib} said.",
      "{claim_attrib} [put|puts] turnout at {claim}.",
      "[Officially|According to {claim_attrib}], {claim} of registered voters cast a ballot.",
  };
  ClaimSpec opposition;
  opposition.figure = MakeFigure("opposition candidate's share of the vote", "of the vote",
                                 Unit::kPercent, 30, 49, "|about|nearly", 1);
  opposition.agree = 0.3;
  opposition.conflict = 0.7;
  opposition.source_a = 3;
  opposition.source_b = 1;
  opposition.sentences = {
      "The opposition candidate won {claim} {claim_noun}, according to {claim_attrib}.",
      "{claim_attrib} [says|said] the challenger took {claim} {claim_noun}.",
  };
  ClaimSpec voters;
  voters.figure = MakeFigure("registered voters", "voters|registered voters", Unit::kCount,
                             2000000, 30000000, "about|more than|nearly|", -1);
  voters.agree = 1;
  voters.sentences = {
      "{claim} {claim_noun} were eligible to vote.",
      "{country} has {claim} {claim_noun}.",
  };
  k.claims = {turnout, opposition, voters};
  k.leads = {
      "{subj} {action} {when}, [deepening|prolonging] a dispute over the [presidential|"
      "general] election.",
      "The [row|dispute] over {countrys} election [intensified|dragged on] {when} as {subj} "
      "{action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as both camps claimed victory", "as international pressure mounted",
             "amid accusations of vote-rigging"};
  k.context = {
      "The opposition accuses the ruling party of stuffing ballot boxes and intimidating "
      "voters.",
      "The ruling party has dismissed the fraud claims as the complaints of sore losers.",
      "Under the constitution, the court must rule on any challenge within [14|30] days.",
      "Internet access was restricted in parts of the country on election day.",
      "Both candidates have urged their supporters to remain calm.",
  };
  k.background = {
      "Voting took place {since} amid heavy security.",
      "The incumbent has been in power for more than a decade.",
      "The last election was also marred by allegations of fraud.",
  };
  k.reactions = {
      "{p2} called for a transparent count and a swift resolution of complaints.",
      "Western embassies issued a joint statement urging restraint.",
      "Neighbouring governments congratulated the incumbent, while others held back.",
  };
  k.headlines = {"{country} election: {subj} {action_pres}",
                 "{subj} {action_pres} as vote dispute deepens",
                 "{subj} {action_pres} in {place}"};
  k.subheads = {"Fraud claims", "A divided country", "What the observers saw",
                "The court's turn"};
  k.quotes[kActor] = {
      "The people have spoken, and their voice was clear.",
      "The opposition cannot accept that it lost.",
      "This election was free and fair.",
      "We will not allow anyone to steal the will of the people.",
  };
  k.quotes[kCritic] = {
      "This election was stolen in broad daylight.",
      "We have evidence of fraud at hundreds of polling stations.",
      "We will use every legal means to defend our votes.",
      "We call on our supporters to protest peacefully.",
      "The count was a farce.",
  };
  k.quotes[kAuthority] = {
      "Every complaint will be examined according to the law.",
      "The commission has worked transparently from the first day.",
      "The results will be final once all appeals are heard.",
  };
  k.quotes[kMediator] = {
      "The vote was competitive but marred by the misuse of state resources.",
      "We urge all sides to settle their disputes through the courts.",
      "Voters turned out in large numbers and deserve a credible count.",
  };
  k.quotes[kExpert] = {
      "Whoever wins, the country will emerge deeply divided.",
      "The court has never overturned an election here.",
  };
  k.quotes[kWitness] = {
      "I waited five hours to vote, and now they tell us it did not count.",
      "I just want this to end peacefully.",
  };
  k.fragments = {"-illegitimate", "-a farce", "-an affront to democracy", "+in line with the law",
                 "+transparent", "a test for the institutions"};
  k.reported = {
      "@au the count had been carried out in line with the law",
      "@cm observers had not been allowed into some polling stations",
      "@aum the final results would be announced within a week",
      "@c the opposition would challenge the results in court",
      "@u the commission had acted independently",
  };
  k.jobs = {"voter", "polling station volunteer", "student", "trader", "retired civil servant"};
  return k;
}

KindSpec CourtCaseKind() {
  KindSpec k;
  k.id = "court_case";
  k.label = "corruption trial";
  k.parties = {{{PartyType::kBody,
                 "the Prosecutor General's Office||the prosecution;"
                 "the National Anti-Corruption Bureau|*|the bureau;"
                 "the Public Prosecution Service||the prosecution"},
                {PartyType::kPerson,
                 "former Energy Minister|former energy minister|former minister;"
                 "former Transport Minister|former transport minister|former minister;"
                 "businessman|businessman|businessman;"
                 "former central bank governor|former central bank governor|former governor"},
                {PartyType::kOrganization, "justice"},
                {PartyType::kBody,
                 "the Supreme Court||the court;"
                 "the High Anti-Corruption Court|*|the court;"
                 "the {capital} District Court||the court"}}};
  k.setups = {{"Ukraine", "", "Transparency International", ""},
              {"Brazil", "", "Transparency International", ""},
              {"South Africa", "", "Transparency International", ""},
              {"Peru", "", "Transparency International", ""},
              {"Malaysia", "", "", ""},
              {"Romania", "", "", ""},
              {"Kenya", "", "", ""},
              {"Argentina", "", "", ""},
              {"Bulgaria", "", "", ""},
              {"South Korea", "", "", ""},
              {"Nigeria", "", "", ""},
              {"Greece", "", "", ""}};
  k.topics = {"embezzlement", "bribery", "money laundering", "abuse of office"};
  k.titles = {"{topic} trial of {p1}", "The {p1} corruption case",
              "{countryadj} {topic} trial"};
  k.crisis = {"the trial", "the case", "the corruption case", "the {topic} case"};
  k.roles = {
      {"Prosecutor General", "prosecutor general", "prosecutor", 0, Stance::kActor, false},
      {"", "lead prosecutor in the case", "prosecutor", 0, Stance::kActor, false},
      {"", "a lawyer for the defendant", "defence lawyer", 1, Stance::kTarget, false},
      {"", "head of the defence team", "defence lawyer", 1, Stance::kTarget, false},
      {"judge", "presiding judge", "judge", 3, Stance::kAuthority, true},
      {"", "head of the local branch of Transparency International", "campaigner", 2,
       Stance::kCritic, false},
      {"", "a law professor at the University of {capital}", "law professor", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"charges|charged|charged|charging|charge", "{p1} with {topic} involving {fig} {fig_noun}",
       "the indictment", 0,
       MakeFigure("sum allegedly embezzled", "in public funds|of state money", Unit::kMoney, 5e6,
                  4e8, "|about|more than|nearly", -1, "local")},
      {"seeks|sought|sought|seeking|seek", "a prison sentence of {fig} for {p1}",
       "the sentencing demand", 0,
       MakeFigure("prison term sought", "", Unit::kYears, 6, 15, "", -1)},
      {"sentences|sentenced|sentenced|sentencing|sentence", "{p1} to {fig} in prison",
       "the verdict", 3,
       MakeFigure("prison sentence handed down", "", Unit::kYears, 3, 12, "", -1)},
      {"freezes|froze|frozen|freezing|freeze", "assets worth {fig} {fig_noun} linked to {p1}",
       "the asset freeze", 3,
       MakeFigure("assets frozen", "", Unit::kMoney, 2e6, 1e8, "|about|more than", 1, "local")},
      {"questions|questioned|questioned|questioning|question", "{fig} {fig_noun} in the case",
       "the witness hearings", 3,
       MakeFigure("witnesses heard", "witnesses", Unit::kCount, 5, 60, "|more than|nearly", -1)},
      {"appeals|appealed|appealed|appealing|appeal",
       "the ruling against {p1}",
       "the appeal",
       1,
       {}},
  };
  ClaimSpec embezzled;
  embezzled.figure = MakeFigure("total sum allegedly misappropriated", "", Unit::kMoney, 2e7,
                                6e8, "about|more than|nearly|", -1, "local");
  embezzled.agree = 0.4;
  embezzled.conflict = 0.6;
  embezzled.source_a = 0;
  embezzled.source_b = 2;
  embezzled.sentences = {
      "Prosecutors say {p1} diverted {claim} from public contracts.",
      "{claim_attrib} [puts|put] the losses to the state at {claim}.",
      "The scheme allegedly cost taxpayers {claim}[, according to {claim_attrib}|].",
  };
  ClaimSpec defendants;
  defendants.figure = MakeFigure("co-defendants", "co-defendants|other defendants",
                                 Unit::kCount, 3, 25, "", -1);
  defendants.agree = 1;
  defendants.sentences = {
      "{p1} is on trial alongside {claim} {claim_noun}.",
      "{claim} {claim_noun} face related charges.",
  };
  k.claims = {embezzled, defendants};
  k.leads = {
      "{subj} {action} {when} in a case that has gripped {country}.",
      "[In a new turn|In a fresh twist] in the case against {p1}, {subj} {action} {when}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"in one of the biggest corruption cases in the country's history",
             "as the long-running case neared its end",
             "in a case seen as a test of judicial independence"};
  k.context = {
      "{p1} denies all the charges and says the case is politically motivated.",
      "The case centres on contracts awarded without competitive tenders.",
      "Anti-corruption campaigners have called the trial a test of the rule of law.",
      "The defendant has been under house arrest since the indictment.",
      "Several witnesses have changed their testimony since the trial began.",
  };
  k.background = {
      "Investigators first searched {p1s} properties {since}.",
      "The case grew out of leaked documents published by investigative journalists.",
  };
  k.reactions = {
      "{p2} welcomed the progress of the case but warned against selective justice.",
      "Supporters of {p1} gathered outside the courthouse.",
      "Opposition lawmakers demanded a wider inquiry into public procurement.",
  };
  k.headlines = {"{subj} {action_pres} in {topic} case",
                 "Corruption trial: {subj} {action_pres}", "{subj} {action_pres}"};
  k.subheads = {"In the courtroom", "The money trail", "A political case?",
                "What happens next"};
  k.quotes[kActor] = {
      "The evidence is overwhelming.",
      "Nobody is above the law.",
      "We followed the money, and it led to the very top.",
      "We will appeal if the sentence is too lenient.",
  };
  k.quotes[kTarget] = {
      "My client is innocent, and we will prove it.",
      "This is a political trial dressed up as justice.",
      "The prosecution has not produced a single document that proves its case.",
      "We will take this case all the way to the Supreme Court.",
  };
  k.quotes[kAuthority] = {
      "The court will not be influenced by pressure from any side.",
      "The hearing is adjourned.",
  };
  k.quotes[kCritic] = {
      "This verdict sends a signal that impunity is ending.",
      "The real test is whether the money is recovered.",
      "Too many powerful people are still untouched.",
  };
  k.quotes[kExpert] = {
      "The appeal could take years.",
      "The case will set a precedent for how public contracts are policed.",
  };
  k.quotes[kWitness] = {"People here just want to know where the money went."};
  k.quotes[kMediator] = {"Independent courts are the foundation of any democracy."};
  k.fragments = {"-politically motivated", "-a witch hunt", "-selective justice",
                 "+a landmark step", "+long overdue"};
  k.reported = {
      "@t the defendant would appeal",
      "@a new evidence had been submitted to the court",
      "@t the hearing had been postponed for health reasons",
      "@a prosecutors were seeking the return of the funds",
  };
  k.jobs = {"protester outside the court", "retired teacher", "taxpayer", "student"};
  return k;
}

KindSpec MigrationKind() {
  KindSpec k;
  k.id = "migration";
  k.label = "migration crisis";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kCountryB, ""},
                {PartyType::kOrganization, "migration"},
                {PartyType::kOrganization, "aid"}}};
  k.setups = {{"Poland", "Belarus", "", ""},
              {"Greece", "Türkiye", "", ""},
              {"Italy", "Libya", "", ""},
              {"Spain", "Morocco", "", ""},
              {"Mexico", "Guatemala", "", ""},
              {"Bangladesh", "Myanmar", "", ""},
              {"Colombia", "Venezuela", "", ""},
              {"Chile", "Peru", "", ""},
              {"Lithuania", "Belarus", "", ""},
              {"Kenya", "Somalia", "", ""},
              {"Uganda", "South Sudan", "", ""}};
  k.titles = {"Migrant crisis on the {p0adj}-{p1adj} border", "Migrants at the {p0adj} border",
              "{p0adj} border migration crisis"};
  k.crisis = {"the migrant crisis", "the border crisis", "the crisis", "the influx"};
  k.roles = {
      {"Interior Minister", "interior minister", "minister", 0, Stance::kActor, true},
      {"border guard *", "border guard spokesman", "spokesman", 0, Stance::kAuthority, true},
      {"Foreign Minister", "foreign minister", "minister", 1, Stance::kTarget, true},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"*", "spokesman for the agency", "spokesman", 3, Stance::kCritic, true},
      {"", "a migration researcher at the University of {capital}", "researcher", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"deploys|deployed|deployed|deploying|deploy",
       "{fig} {fig_noun} to the border near {place}", "the reinforcement of the border", 0,
       MakeFigure("border guards and soldiers deployed", "soldiers and border guards|troops",
                  Unit::kCount, 1000, 15000, "|about|more than", 0)},
      {"reports|reported|reported|reporting|report",
       "{fig} {fig_noun} of the border in a single day", "the attempted crossings", 0,
       MakeFigure("attempted crossings in one day", "attempted crossings|illegal crossings",
                  Unit::kCount, 100, 3000, "|more than|nearly|about", -1)},
      {"begins|began|begun|beginning|begin", "building a {fig} {fig_noun} along the frontier",
       "the construction of the fence", 0,
       MakeFigure("length of the planned border fence", "fence|barrier", Unit::kDistance, 40,
                  300, "", 0)},
      {"registers|registered|registered|registering|register",
       "{fig} new {fig_noun} at camps near {place}", "the new arrivals", 2,
       MakeFigure("new arrivals registered", "arrivals|asylum seekers", Unit::kCount, 500, 20000,
                  "|about|more than", -1)},
      {"requests|requested|requested|requesting|request", "{fig} {fig_noun} from the EU",
       "the request for funding", 0,
       MakeFigure("border funding requested", "in border funding|to secure the border",
                  Unit::kMoney, 5e7, 1e9, "|about", 0, "EUR")},
      {"rescues|rescued|rescued|rescuing|rescue", "{fig} {fig_noun} near {place}",
       "the rescue operation", 3,
       MakeFigure("migrants rescued", "migrants|people", Unit::kCount, 30, 900,
                  "|more than|about", -1)},
  };
  ClaimSpec stranded;
  stranded.figure = MakeFigure("migrants stranded at the border", "migrants|people",
                               Unit::kCount, 2000, 30000, "about|more than|an estimated|some",
                               -1);
  stranded.agree = 0.3;
  stranded.conflict = 0.4;
  stranded.changed = 0.3;
  stranded.source_a = 0;
  stranded.source_b = 2;
  stranded.sentences = {
      "{claim} {claim_noun} are stranded in the border zone, {claim_attrib} [says|said].",
      "{claim_attrib} [estimates|estimated] that {claim} {claim_noun} are camped near the "
      "frontier.",
      "Aid groups say {claim} {claim_noun} are sleeping in the open near {place}.",
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("migrants who died trying to cross", "people|migrants",
                             Unit::kCount, 8, 120, "at least|", -1);
  deaths.changed = 0.6;
  deaths.conflict = 0.4;
  deaths.source_a = 0;
  deaths.source_b = 3;
  deaths.sentences = {
      "At least {claim} {claim_noun} have died trying to cross since {since}, according to "
      "{claim_attrib}.",
      "{claim_attrib} has recorded {claim} deaths along the route.",
  };
  k.claims = {stranded, deaths};
  k.leads = {
      "{subj} {action} {when} as [hundreds|thousands] of migrants [massed|gathered] at the "
      "{p0adj} border.",
      "Pressure on {p0s} border [grew|mounted] {when} after {subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as temperatures at the border dropped below freezing",
             "amid accusations that {p1} is pushing migrants towards the frontier",
             "as aid groups warned of a humanitarian emergency"};
  k.context = {
      "{p0} accuses {p1} of [orchestrating|encouraging] the influx.",
      "{p1} denies any role in the crossings.",
      "Most of the migrants say they are fleeing war and poverty.",
      "Aid groups have been denied access to the border zone.",
      "Temperatures in the area drop sharply at night.",
  };
  k.background = {
      "The number of crossings began to rise sharply {since}.",
      "{p0} tightened its asylum rules last year.",
  };
  k.reactions = {
      "{p2} urged both governments to ensure access to asylum procedures.",
      "European officials promised additional funding for border management.",
      "Rights groups accused {p0} of illegal pushbacks.",
  };
  k.headlines = {"{subj} {action_pres} as border crisis grows",
                 "Migrant crisis: {subj} {action_pres}", "{subj} {action_pres} near {place}"};
  k.subheads = {"Cold nights", "Pushbacks", "Accusations", "Aid blocked"};
  k.quotes[kActor] = {
      "Our border is the border of Europe, and we will protect it.",
      "This is a hybrid attack, not a humanitarian crisis.",
      "We will not be blackmailed.",
      "Those who have the right to protection will get it.",
  };
  k.quotes[kAuthority] = {
      "The situation at the crossing points is calm but tense.",
      "Our officers are working in extremely difficult conditions.",
  };
  k.quotes[kTarget] = {
      "These accusations are absurd.",
      "We are not responsible for the policies of our neighbours.",
  };
  k.quotes[kMediator] = {
      "People seeking asylum must be allowed to apply for it.",
      "No one should die at a European border.",
      "We are ready to help both governments manage the situation.",
  };
  k.quotes[kCritic] = {
      "People are being pushed back into the forest at night.",
      "We found families with small children sleeping in the open.",
      "What is happening at the border is illegal.",
  };
  k.quotes[kExpert] = {
      "Migrants are being used as a political weapon.",
      "Fences move routes, they do not stop them.",
  };
  k.quotes[kWitness] = {
      "We have not eaten for two days.",
      "We only want a safe place for our children.",
      "The guards sent us back three times.",
  };
  k.fragments = {"-inhumane", "-illegal", "-a pushback in all but name", "+necessary",
                 "+a matter of national security", "+proportionate"};
  k.reported = {
      "@au the border would remain closed until further notice",
      "@au the migrants had been given food and blankets",
      "@cmw several people had been treated for hypothermia",
      "@a the army would stay at the border for as long as necessary",
      "@cw families had been sent back into the forest",
  };
  k.jobs = {"engineer from Aleppo", "student", "father of three", "nurse", "farmer"};
  return k;
}

}  // namespace sitrep::gen
