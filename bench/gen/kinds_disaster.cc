// Storyline kinds about disasters: floods, wildfires, earthquakes and epidemics. Their
// tolls grow from one development to the next, which is where "changed" claim groups
// (a development, not a disagreement) come from.
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

KindSpec FloodKind() {
  KindSpec k;
  k.id = "floods";
  k.label = "floods";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kBody,
                 "the National Disaster Management Agency|*|the agency;"
                 "the {adj} Civil Protection Department||the department;"
                 "the State Emergency Service|*|the service"},
                {PartyType::kOrganization, "disaster"},
                {PartyType::kOutsideCountry, ""}}};
  k.setups = {{"Pakistan", "", "", "China"},        {"Bangladesh", "", "", "India"},
              {"India", "", "", "Japan"},           {"Germany", "", "", "France"},
              {"Italy", "", "", "Germany"},         {"Brazil", "", "", "Argentina"},
              {"Nigeria", "", "", "Britain"},       {"Mozambique", "", "", "South Africa"},
              {"the Philippines", "", "", "Japan"}, {"Indonesia", "", "", "Australia"},
              {"Vietnam", "", "", "South Korea"},   {"Kenya", "", "", "the United States"},
              {"Somalia", "", "", "Türkiye"},       {"Libya", "", "", "Egypt"},
              {"Romania", "", "", "Poland"},        {"Spain", "", "", "Portugal"}};
  k.titles = {"Floods in {country}", "{countryadj} monsoon floods", "Deadly flooding in {country}"};
  k.crisis = {"the flooding", "the disaster", "the deluge", "the flood emergency"};
  k.roles = {
      {"Prime Minister", "prime minister", "prime minister", 0, Stance::kAuthority, true},
      {"Interior Minister", "interior minister", "minister", 0, Stance::kAuthority, true},
      {"", "an opposition lawmaker from {place2}", "lawmaker", 0, Stance::kCritic, false},
      {"director", "director", "agency chief", 1, Stance::kAuthority, true},
      {"*", "spokesman", "spokesman", 1, Stance::kAuthority, true},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"country director", "country director", "country director", 2, Stance::kMediator, true},
      {"", "a hydrologist at the University of {capital}", "hydrologist", -1, Stance::kExpert,
       false},
      {"", "a climate scientist at the Institute for Environmental Research", "scientist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"evacuates|evacuated|evacuated|evacuating|evacuate",
       "{fig} {fig_noun} from low-lying areas around {place}", "the evacuation", 1,
       MakeFigure("people evacuated", "people|residents", Unit::kCount, 5000, 300000,
                  "|about|more than|nearly", -1)},
      {"reports|reported|reported|reporting|report",
       "{fig} {fig_noun} under water in and around {place}", "the latest damage report", 1,
       MakeFigure("homes flooded", "homes|houses", Unit::kCount, 2000, 60000,
                  "|about|more than|at least", -1)},
      {"declares|declared|declared|declaring|declare",
       "a state of emergency in {fig} {fig_noun}", "the state of emergency", 0,
       MakeFigure("districts under a state of emergency", "districts|provinces", Unit::kCount, 3,
                  25, "", 0)},
      {"releases|released|released|releasing|release", "{fig} {fig_noun}",
       "the emergency funding", 0,
       MakeFigure("emergency funds released", "in emergency funds|for relief and reconstruction",
                  Unit::kMoney, 5e7, 2e9, "|about|more than", 0, "local")},
      {"launches|launched|launched|launching|launch",
       "an appeal for {fig} {fig_noun} for flood victims", "the aid appeal", 2,
       MakeFigure("aid appeal", "in aid|in humanitarian aid", Unit::kMoney, 1e7, 3e8,
                  "|about|nearly", 2, "USD")},
      {"deploys|deployed|deployed|deploying|deploy",
       "{fig} {fig_noun} to help with rescue operations near {place}",
       "the deployment of rescue teams", 0,
       MakeFigure("soldiers deployed for rescue work", "soldiers|troops|rescue workers",
                  Unit::kCount, 1000, 20000, "|about|more than", 0)},
      {"warns|warned|warned|warning|warn",
       "of more heavy rain, with {fig} {fig_noun} forecast for {place}", "the new warning", 1,
       MakeFigure("rain forecast", "of rain|of rainfall", Unit::kRainfall, 100, 400,
                  "up to|as much as", -1)},
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("people killed in the floods", "people", Unit::kCount, 20, 400,
                             "at least||more than", -1);
  deaths.changed = 0.7;
  deaths.conflict = 0.3;
  deaths.source_a = 1;
  deaths.source_b = 2;
  deaths.sentences = {
      "The floods have killed {claim} {claim_noun}, {claim_attrib} said.",
      "The death toll [has risen|rose] to {claim}[, according to {claim_attrib}|].",
      "{claim} {claim_noun} are confirmed dead[ and dozens more are missing|].",
      "[Officials|Authorities] [say|said] {claim} {claim_noun} have died since the rains began.",
  };
  ClaimSpec displaced;
  displaced.figure = MakeFigure("people displaced by the floods", "people|residents",
                                Unit::kCount, 50000, 2000000, "more than|about|an estimated", -1);
  displaced.changed = 0.5;
  displaced.agree = 0.5;
  displaced.sentences = {
      "{claim} {claim_noun} have been forced from their homes[, {claim_attrib} says|].",
      "The floods have displaced {claim} {claim_noun}, according to {claim_attrib}.",
  };
  ClaimSpec damage;
  damage.figure = MakeFigure("estimated flood damage", "", Unit::kMoney, 1e8, 5e9,
                             "about|more than|an estimated", -1, "USD");
  damage.agree = 0.5;
  damage.conflict = 0.5;
  damage.source_a = 0;
  damage.source_b = 2;
  damage.sentences = {
      "Damage is put at {claim}[, {claim_attrib} said|].",
      "{claim_attrib} [put|puts] the cost of the damage at {claim}.",
  };
  ClaimSpec farmland;
  farmland.figure = MakeFigure("farmland under water", "of farmland|of cropland", Unit::kArea,
                               10000, 500000, "about|more than|", -1);
  farmland.agree = 1;
  farmland.sentences = {
      "{claim} {claim_noun} [are|remain] under water, threatening the harvest.",
      "The waters have swamped {claim} {claim_noun}, {claim_attrib} said.",
  };
  k.claims = {deaths, displaced, damage, farmland};
  k.leads = {
      "{subj} {action} {when} as [swollen rivers|rising waters] [burst their banks|spread] "
      "across [the region|large parts of {country}].",
      "[Torrential|Heavy|Relentless] rain kept falling {when}, and {subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as rescuers struggled to reach cut-off villages",
             "as the waters rose for a [third|fourth|fifth] day",
             "in what officials called the worst flooding in decades"};
  k.context = {
      "Entire villages have been cut off, and rescuers are using boats to reach stranded "
      "families.",
      "Roads and bridges have been washed away, hampering the delivery of aid.",
      "Aid agencies have warned of the risk of waterborne diseases in crowded camps.",
      "Forecasters expect more rain in the coming days.",
      "Scientists say climate change is making extreme rainfall more frequent.",
      "Many residents have taken shelter in schools and on raised roads.",
  };
  k.background = {
      "The rains began {since} and intensified sharply over the following days.",
      "{country} suffered devastating floods only a few years ago, and critics say lessons "
      "were not learned.",
      "Large parts of {place2} were already flooded before the latest downpours.",
  };
  k.reactions = {
      "{p3} sent rescue teams and [relief supplies|water pumps] to {country}.",
      "{p2} said it had begun distributing food and clean water in the worst-hit districts.",
      "Neighbouring countries offered [help|assistance] with the relief effort.",
  };
  k.headlines = {"{country} floods: {subj} {action_pres}",
                 "{subj} {action_pres} as flood toll rises", "{subj} {action_pres} in {place}"};
  k.subheads = {"Rising waters", "Cut off", "Race against time", "Relief effort",
                "A warning ignored"};
  k.quotes[kAuthority] = {
      "Our teams are working day and night to reach everyone who is trapped.",
      "The scale of this disaster is beyond anything we have seen.",
      "We urge people in low-lying areas to move to higher ground immediately.",
      "The toll is likely to rise as the water recedes.",
      "No one will be left behind.",
      "We have enough boats, but access remains the problem.",
  };
  k.quotes[kMediator] = {
      "Families have lost everything and need help now.",
      "Clean water is the most urgent need.",
      "The world must not look away.",
      "We are scaling up our response as fast as we can.",
  };
  k.quotes[kCritic] = {
      "The warnings were there, and the government ignored them.",
      "The embankments should have been repaired years ago.",
      "Aid is not reaching the people who need it most.",
  };
  k.quotes[kExpert] = {
      "The soil was already saturated, so the water had nowhere to go.",
      "Rainfall of this intensity used to happen once in a century.",
      "Unplanned construction on flood plains has made the damage far worse.",
  };
  k.quotes[kWitness] = {
      "The water came in the middle of the night. We only saved the children.",
      "We have been on this roof for two days.",
      "Everything we owned is gone.",
      "Nobody came to help us until this morning.",
  };
  k.fragments = {"unprecedented", "a national tragedy", "-criminal negligence",
                 "-too little, too late", "+timely", "+necessary", "+the right call"};
  k.reported = {
      "@umce the toll was likely to rise as rescuers reached remote areas",
      "@umw more than a dozen people were still missing",
      "@u relief camps had been set up in schools",
      "@u the army would help rebuild damaged bridges",
      "@cmw aid had not reached several cut-off villages",
      "@ce the flood defences had not been maintained for years",
  };
  k.jobs = {"rice farmer", "fisherman", "shopkeeper", "schoolteacher", "mother of four",
            "rickshaw driver", "retired nurse"};
  return k;
}

KindSpec WildfireKind() {
  KindSpec k;
  k.id = "wildfires";
  k.label = "wildfires";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kBody,
                 "the {adj} Civil Protection Agency||the agency;"
                 "the {adj} Fire Service||the fire service;"
                 "the National Forest Service||the forest service"},
                {PartyType::kOrganization, "disaster"},
                {PartyType::kOutsideCountry, ""}}};
  k.setups = {{"Greece", "", "European Union", "Italy"},
              {"Portugal", "", "European Union", "Spain"},
              {"Spain", "", "European Union", "France"},
              {"Türkiye", "", "International Federation of Red Cross and Red Crescent Societies",
               "Azerbaijan"},
              {"Canada", "", "International Federation of Red Cross and Red Crescent Societies",
               "the United States"},
              {"Australia", "", "International Federation of Red Cross and Red Crescent Societies",
               "New Zealand"},
              {"Chile", "", "International Federation of Red Cross and Red Crescent Societies",
               "Argentina"},
              {"Italy", "", "European Union", "Croatia"},
              {"France", "", "European Union", "Germany"}};
  k.titles = {"Wildfires in {country}", "{countryadj} forest fires", "Fires near {place}"};
  k.crisis = {"the fire emergency", "the wildfire crisis", "the disaster", "the fire season"};
  k.roles = {
      {"Civil Protection Minister", "civil protection minister", "minister", 0,
       Stance::kAuthority, true},
      {"Prime Minister", "prime minister", "prime minister", 0, Stance::kAuthority, true},
      {"fire service *", "fire service spokesman", "spokesman", 1, Stance::kAuthority, false},
      {"fire chief", "regional fire chief", "fire chief", 1, Stance::kAuthority, false},
      {"", "mayor of {place2}", "mayor", 0, Stance::kCritic, false},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"", "a forest ecologist at the University of {capital}", "ecologist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"evacuates|evacuated|evacuated|evacuating|evacuate",
       "{fig} {fig_noun} from villages near {place}", "the evacuation order", 1,
       MakeFigure("people evacuated", "people|residents|tourists", Unit::kCount, 500, 30000,
                  "|about|more than|some", -1)},
      {"deploys|deployed|deployed|deploying|deploy",
       "{fig} {fig_noun} backed by water-bombing aircraft", "the firefighting operation", 1,
       MakeFigure("firefighters deployed", "firefighters", Unit::kCount, 200, 3000,
                  "|about|more than|nearly", 1)},
      {"sends|sent|sent|sending|send", "{fig} {fig_noun} to help fight the flames",
       "the offer of help", 3,
       MakeFigure("firefighting aircraft sent", "firefighting planes|water-bombing aircraft",
                  Unit::kCount, 2, 12, "", 3)},
      {"reports|reported|reported|reporting|report",
       "that {fig} {fig_noun} had been destroyed near {place}", "the damage report", 1,
       MakeFigure("homes destroyed", "homes|houses|buildings", Unit::kCount, 50, 1500,
                  "|about|more than|at least", -1)},
      {"arrests|arrested|arrested|arresting|arrest",
       "{fig} {fig_noun} on suspicion of arson near {place}", "the arrests", 0,
       MakeFigure("arson suspects arrested", "people|suspects|men", Unit::kCount, 2, 8, "", -1)},
      {"bans|banned|banned|banning|ban", "access to forests in {fig} {fig_noun}",
       "the ban on forest access", 0,
       MakeFigure("regions with forest access banned", "regions|provinces", Unit::kCount, 3, 15,
                  "", 0)},
  };
  ClaimSpec area;
  area.figure = MakeFigure("area burned", "of forest and farmland|of land", Unit::kArea, 5000,
                           150000, "more than|about|nearly", -1);
  area.changed = 0.6;
  area.conflict = 0.4;
  area.source_a = 1;
  area.source_b = 2;
  area.sentences = {
      "The fires have [burned|scorched] {claim} {claim_noun}[, according to {claim_attrib}|].",
      "{claim_attrib} [says|said] {claim} {claim_noun} have gone up in flames since {since}.",
      "Satellite data show {claim} {claim_noun} burned so far, {claim_attrib} said.",
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("people killed by the fires", "people", Unit::kCount, 3, 40,
                             "at least|", -1);
  deaths.changed = 0.8;
  deaths.agree = 0.2;
  deaths.sentences = {
      "{claim} {claim_noun} have died in the fires, {claim_attrib} said.",
      "The blazes have killed {claim} {claim_noun}[, including two firefighters|].",
  };
  ClaimSpec cost;
  cost.figure = MakeFigure("estimated fire damage", "", Unit::kMoney, 1e8, 3e9,
                           "about|more than|an estimated", -1, "EUR");
  cost.agree = 0.6;
  cost.conflict = 0.4;
  cost.source_a = 0;
  cost.source_b = 1;
  cost.sentences = {"{claim_attrib} estimated the damage at {claim}.",
                    "Insurers expect losses of {claim}."};
  k.claims = {area, deaths, cost};
  k.leads = {
      "{subj} {action} {when} as [strong winds|gusting winds and searing heat] fanned "
      "[the flames|the fires] near {place}.",
      "[Firefighters|Crews] battled [dozens of blazes|the flames] for another day {when}, and "
      "{subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as a heatwave showed no sign of easing",
             "as [thick smoke|a pall of smoke] hung over {place}",
             "in one of the worst fire seasons on record"};
  k.context = {
      "Temperatures have topped 40 degrees Celsius in parts of the country.",
      "Strong winds are making it hard for aircraft to drop water.",
      "Authorities suspect that some of the fires were set deliberately.",
      "Tourists were evacuated by boat from beaches cut off by the flames.",
      "Scientists link the longer fire seasons to hotter and drier summers.",
  };
  k.background = {
      "The first fires broke out {since} in the hills above {place2}.",
      "Years of drought have left the forests tinder-dry.",
  };
  k.reactions = {
      "{p3} sent [firefighting planes|firefighters] under a European assistance scheme.",
      "{p2} activated its emergency response mechanism.",
      "Opposition parties accused the government of cutting the fire service's budget.",
  };
  k.headlines = {"{subj} {action_pres} as wildfires rage", "Wildfires: {subj} {action_pres}",
                 "{subj} {action_pres} near {place}"};
  k.subheads = {"Battle against the flames", "Wind and heat", "Arson suspected",
                "Villages emptied"};
  k.quotes[kAuthority] = {
      "We are fighting on several fronts at once.",
      "The next 48 hours will be critical.",
      "Human life is our priority, not property.",
      "The fire is moving faster than anything we have dealt with.",
      "Anyone told to leave must leave immediately.",
  };
  k.quotes[kMediator] = {
      "Solidarity in times like these is what Europe is for.",
      "Our planes will stay as long as they are needed.",
  };
  k.quotes[kCritic] = {
      "The evacuation order came far too late.",
      "We have been asking for more firefighters for years.",
  };
  k.quotes[kExpert] = {
      "Fires like these are becoming the new normal.",
      "Abandoned farmland turns into fuel.",
  };
  k.quotes[kWitness] = {
      "The sky turned red and we just ran.",
      "We lost the house my grandfather built.",
      "I could hear the trees exploding in the heat.",
  };
  k.fragments = {"a nightmare", "-far too late", "-criminal", "+necessary", "+a precaution",
                 "out of control"};
  k.reported = {
      "@u the main fire front had been contained",
      "@u several villages had been evacuated as a precaution",
      "@uce the cause of the fires was under investigation",
      "@u water-bombing aircraft would resume at first light",
      "@cw residents had received no warning before the flames arrived",
  };
  k.jobs = {"olive grower", "hotel owner", "beekeeper", "volunteer firefighter", "tourist",
            "retired teacher"};
  return k;
}

KindSpec EarthquakeKind() {
  KindSpec k;
  k.id = "earthquake";
  k.label = "earthquake";
  k.parties = {{{PartyType::kCountryA, ""},
                {PartyType::kBody,
                 "the {adj} Disaster and Emergency Authority|*|the authority;"
                 "the National Seismological Institute|*|the institute;"
                 "the Civil Defence Directorate||the directorate"},
                {PartyType::kOrganization, "aid"},
                {PartyType::kOutsideCountry, ""}}};
  k.setups = {{"Türkiye", "", "", "Greece"},       {"Iran", "", "", "Türkiye"},
              {"Nepal", "", "", "India"},          {"Indonesia", "", "", "Australia"},
              {"Japan", "", "", "the United States"}, {"Morocco", "", "", "Spain"},
              {"Pakistan", "", "", "China"},       {"Peru", "", "", "Chile"},
              {"Mexico", "", "", "the United States"}, {"Ecuador", "", "", "Colombia"},
              {"the Philippines", "", "", "Japan"}, {"Haiti", "", "", "Canada"},
              {"Italy", "", "", "Germany"}};
  k.titles = {"Earthquake in {country}", "{place} earthquake", "Deadly quake in {country}"};
  k.crisis = {"the earthquake", "the quake", "the disaster", "the tremor"};
  k.roles = {
      {"President", "president", "president", 0, Stance::kAuthority, true},
      {"Health Minister", "health minister", "minister", 0, Stance::kAuthority, true},
      {"director", "director", "agency chief", 1, Stance::kAuthority, true},
      {"", "governor of the quake-hit province", "governor", 0, Stance::kAuthority, false},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"", "a seismologist at the University of {capital}", "seismologist", -1,
       Stance::kExpert, false},
      {"", "a structural engineer who has surveyed the damage", "engineer", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"records|recorded|recorded|recording|record",
       "{fig} {fig_noun} near {place} in the hours after the main quake",
       "the series of aftershocks", 1,
       MakeFigure("aftershocks recorded", "aftershocks", Unit::kCount, 20, 400,
                  "|more than|nearly", -1)},
      {"pulls|pulled|pulled|pulling|pull", "{fig} {fig_noun} alive from the rubble in {place}",
       "the rescue", 1,
       MakeFigure("survivors pulled from the rubble", "survivors|people", Unit::kCount, 10, 300,
                  "|more than|at least", -1)},
      {"sends|sent|sent|sending|send", "{fig} {fig_noun} to the quake zone",
       "the dispatch of rescue teams", 3,
       MakeFigure("foreign rescuers sent", "rescuers|search and rescue specialists",
                  Unit::kCount, 50, 1200, "|about|more than", 3)},
      {"sets|set|set|setting|set", "up {fig} {fig_noun} for survivors in {place}",
       "the tent camps", 0,
       MakeFigure("tents set up for survivors", "tents", Unit::kCount, 2000, 60000,
                  "|about|more than", 0)},
      {"pledges|pledged|pledged|pledging|pledge", "{fig} {fig_noun} to quake survivors",
       "the pledge of aid", 2,
       MakeFigure("aid pledged to survivors", "in emergency aid|in aid", Unit::kMoney, 5e6, 2e8,
                  "|about|up to", 2, "USD")},
      {"declares|declared|declared|declaring|declare",
       "{fig} {fig_noun} of national mourning", "the mourning period", 0,
       MakeFigure("days of national mourning", "days", Unit::kCount, 3, 7, "", 0)},
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("people killed in the earthquake", "people", Unit::kCount, 80,
                             4000, "at least|more than|", -1);
  deaths.changed = 0.8;
  deaths.conflict = 0.2;
  deaths.source_a = 1;
  deaths.source_b = 2;
  deaths.sentences = {
      "The death toll [climbed|rose] to {claim}, {claim_attrib} said.",
      "{claim} {claim_noun} are now known to have died[, according to {claim_attrib}|].",
      "The quake has killed {claim} {claim_noun}, and the number is expected to rise.",
  };
  ClaimSpec injured;
  injured.figure = MakeFigure("people injured in the earthquake", "people", Unit::kCount, 300,
                              20000, "more than|about|", -1);
  injured.changed = 0.7;
  injured.agree = 0.3;
  injured.sentences = {
      "{claim} {claim_noun} were injured, {claim_attrib} said.",
      "Hospitals are treating {claim} injured {claim_noun}.",
  };
  ClaimSpec magnitude;
  magnitude.figure = MakeFigure("magnitude of the earthquake", "", Unit::kMagnitude, 5.8, 7.6,
                                "", -1);
  magnitude.agree = 0.4;
  magnitude.conflict = 0.6;
  magnitude.source_a = 1;
  magnitude.source_b = 3;
  magnitude.sentences = {
      "The quake had a magnitude of {claim}, {claim_attrib} said.",
      "{claim_attrib} measured the tremor at magnitude {claim}.",
  };
  ClaimSpec buildings;
  buildings.figure = MakeFigure("buildings collapsed", "buildings", Unit::kCount, 200, 8000,
                                "more than|about|at least", -1);
  buildings.agree = 0.6;
  buildings.changed = 0.4;
  buildings.sentences = {
      "{claim} {claim_noun} collapsed[, {claim_attrib} said|].",
      "The quake brought down {claim} {claim_noun} across the region.",
  };
  k.claims = {deaths, injured, magnitude, buildings};
  k.leads = {
      "{subj} {action} {when} as rescuers dug through [the rubble|collapsed buildings] in "
      "search of survivors.",
      "[Rescuers|Emergency crews] worked through [the night|freezing temperatures] {when}, "
      "and {subj} {action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as hopes of finding more survivors faded",
             "as aftershocks continued to rattle the region",
             "days after the most powerful quake to hit the area in decades"};
  k.context = {
      "Many of the collapsed buildings were built before modern safety codes.",
      "Survivors spent the night outdoors, afraid to return to damaged homes.",
      "Landslides have blocked roads to remote mountain villages.",
      "Aftershocks have continued to rattle the region.",
      "The area sits on one of the world's most active fault lines.",
  };
  k.background = {
      "The quake struck {since}, shortly before dawn, when most people were asleep.",
      "The region was hit by a deadly earthquake two decades ago.",
  };
  k.reactions = {
      "{p3} offered [search and rescue teams|field hospitals] and emergency supplies.",
      "Leaders around the world sent condolences to {country}.",
      "{p2} warned of a growing need for shelter as night temperatures dropped.",
  };
  k.headlines = {"{country} earthquake: {subj} {action_pres}",
                 "{subj} {action_pres} as quake toll climbs", "{subj} {action_pres} in {place}"};
  k.subheads = {"Digging by hand", "Buildings that fell", "A night outdoors", "Aid arrives"};
  k.quotes[kAuthority] = {
      "We will not stop searching while there is any hope.",
      "Every minute counts now.",
      "All our resources have been mobilised.",
      "The priority is shelter, water and medicine.",
      "Those responsible for faulty construction will be held to account.",
  };
  k.quotes[kMediator] = {
      "Our teams are ready to deploy within hours.",
      "The needs are enormous, especially for shelter.",
      "We stand with the people of {country}.",
  };
  k.quotes[kExpert] = {
      "The buildings that collapsed should never have been approved.",
      "A quake of this size so close to the surface is devastating.",
      "Aftershocks may continue for weeks.",
  };
  k.quotes[kWitness] = {
      "The ground shook for almost a minute. It felt like forever.",
      "We are sleeping in the car because we are afraid to go inside.",
      "My neighbours are still under there.",
  };
  k.quotes[kCritic] = {
      "The rescue teams arrived far too late.",
      "Corruption killed these people, not the earthquake.",
  };
  k.fragments = {"heartbreaking", "-too little, too late", "-criminal negligence", "+vital",
                 "+a first step"};
  k.reported = {
      "@umw rescue teams were still searching for survivors",
      "@u the main highway to the region had reopened",
      "@um thousands of tents had been distributed",
      "@ume the toll was expected to rise further",
      "@cmw aid had been slow to reach mountain villages",
  };
  k.jobs = {"shop owner", "student", "construction worker", "grandmother", "doctor", "imam",
            "mechanic"};
  return k;
}

KindSpec EpidemicKind() {
  KindSpec k;
  k.id = "epidemic";
  k.label = "disease outbreak";
  k.parties = {{{PartyType::kBody, "the {adj} Health Ministry||the ministry"},
                {PartyType::kCountryA, ""},
                {PartyType::kOrganization, "health"},
                {PartyType::kBody,
                 "the {adj} Medical Association|*|the association;"
                 "the Union of Hospital Doctors|*|the union"}}};
  k.setups = {{"the Democratic Republic of the Congo", "", "", ""},
              {"Nigeria", "", "", ""},
              {"Uganda", "", "", ""},
              {"Bangladesh", "", "", ""},
              {"Pakistan", "", "", ""},
              {"Peru", "", "", ""},
              {"Brazil", "", "", ""},
              {"Indonesia", "", "", ""},
              {"the Philippines", "", "", ""},
              {"Ethiopia", "", "", ""},
              {"Yemen", "", "", ""},
              {"Haiti", "", "", ""},
              {"Mozambique", "", "", ""}};
  k.topics = {"cholera", "measles", "dengue fever", "mpox", "diphtheria"};
  k.titles = {"{topic} outbreak in {country}", "{countryadj} {topic} epidemic",
              "{topic} spreads in {country}"};
  k.crisis = {"the outbreak", "the epidemic", "the {topic} outbreak"};
  k.roles = {
      {"Health Minister", "health minister", "minister", 0, Stance::kAuthority, true},
      {"ministry *", "health ministry spokesman", "spokesman", 0, Stance::kAuthority, false},
      {"@head", "@head", "@head", 2, Stance::kMediator, true},
      {"representative", "representative in {country}", "representative", 2,
       Stance::kMediator, true},
      {"", "president of the medical association", "association president", 3,
       Stance::kCritic, false},
      {"", "an epidemiologist at the University of {capital}", "epidemiologist", -1,
       Stance::kExpert, false},
  };
  k.actions = {
      {"confirms|confirmed|confirmed|confirming|confirm", "{fig} new {fig_noun} in {place}",
       "the new cases", 0,
       MakeFigure("new cases confirmed", "cases|infections", Unit::kCount, 50, 2000,
                  "|more than|nearly", -1)},
      {"launches|launched|launched|launching|launch",
       "a vaccination campaign aimed at {fig} {fig_noun}", "the vaccination campaign", 0,
       MakeFigure("people targeted for vaccination", "people|children", Unit::kCount, 200000,
                  5000000, "|about|more than|nearly", 0)},
      {"receives|received|received|receiving|receive", "{fig} {fig_noun} of vaccine",
       "the vaccine delivery", 0,
       MakeFigure("vaccine doses received", "doses", Unit::kCount, 100000, 3000000,
                  "|about|more than", 0)},
      {"declares|declared|declared|declaring|declare", "an outbreak in {fig} {fig_noun}",
       "the outbreak declaration", 0,
       MakeFigure("provinces with a declared outbreak", "provinces|districts", Unit::kCount, 2,
                  15, "", -1)},
      {"opens|opened|opened|opening|open", "{fig} {fig_noun} in and around {place}",
       "the new treatment centres", 2,
       MakeFigure("treatment centres opened", "treatment centres|field clinics", Unit::kCount,
                  3, 40, "|about", 2)},
      {"releases|released|released|releasing|release", "{fig} {fig_noun}",
       "the emergency funding", 2,
       MakeFigure("emergency funding released", "in emergency funding|to fight the outbreak",
                  Unit::kMoney, 1e6, 5e7, "|about|up to", 2, "USD")},
  };
  ClaimSpec cases;
  cases.figure = MakeFigure("total cases", "cases|suspected cases", Unit::kCount, 1000, 60000,
                            "more than|about|nearly|", -1);
  cases.changed = 0.6;
  cases.conflict = 0.4;
  cases.source_a = 0;
  cases.source_b = 2;
  cases.sentences = {
      "{claim_attrib} has recorded {claim} {claim_noun} since the outbreak began.",
      "The outbreak has now reached {claim} {claim_noun}[, according to {claim_attrib}|].",
      "[In total|So far], {claim} {claim_noun} have been reported, {claim_attrib} said.",
  };
  ClaimSpec deaths;
  deaths.figure = MakeFigure("deaths from the outbreak", "deaths|people", Unit::kCount, 20,
                             900, "at least|more than|", -1);
  deaths.changed = 0.6;
  deaths.conflict = 0.4;
  deaths.source_a = 0;
  deaths.source_b = 2;
  deaths.sentences = {
      "{claim} {claim_noun} have been recorded[, {claim_attrib} said|].",
      "The disease has killed {claim} people, according to {claim_attrib}.",
  };
  ClaimSpec beds;
  beds.figure = MakeFigure("hospital bed occupancy", "", Unit::kPercent, 70, 99,
                           "more than|nearly|about|", -1);
  beds.agree = 0.5;
  beds.conflict = 0.5;
  beds.source_a = 0;
  beds.source_b = 3;
  beds.sentences = {
      "Hospitals in the worst-hit areas are at {claim} capacity, {claim_attrib} said.",
      "{claim_attrib} [says|said] {claim} of hospital beds are occupied.",
  };
  k.claims = {cases, deaths, beds};
  k.leads = {
      "{subj} {action} {when} as [health workers|doctors] struggled to contain the spread of "
      "{topic}.",
      "The {topic} outbreak [spread to new areas|showed no sign of slowing] {when}, and {subj} "
      "{action}.",
      "{subj} {action} {when}, {tail}.",
  };
  k.tails = {"as the outbreak spread to new districts", "in a race to contain the disease",
             "as hospitals ran short of beds"};
  k.context = {
      "Health workers say poor sanitation and crowded housing are fuelling the spread.",
      "Schools in several districts have been closed as a precaution.",
      "The disease spreads fastest where clean water is scarce.",
      "Vaccination rates in the region fell sharply in recent years.",
      "Clinics have reported shortages of [oral rehydration salts|test kits|medicines].",
  };
  k.background = {
      "The first cases were reported {since} in {place2}.",
      "{country} has faced several outbreaks of {topic} in the past decade.",
  };
  k.reactions = {
      "{p2} said it was sending experts and supplies to {country}.",
      "Neighbouring countries stepped up health checks at border crossings.",
      "Donors pledged additional funding for the response.",
  };
  k.headlines = {"{topic} outbreak: {subj} {action_pres}",
                 "{subj} {action_pres} as {topic} spreads", "{subj} {action_pres} in {place}"};
  k.subheads = {"Spreading fast", "Hospitals under strain", "Vaccines arrive",
                "Water and sanitation"};
  k.quotes[kAuthority] = {
      "The situation is serious but under control.",
      "We are tracing every contact.",
      "People should boil their water and wash their hands.",
      "The vaccination campaign will reach every district.",
      "There is no need for panic.",
  };
  k.quotes[kMediator] = {
      "This outbreak can be stopped, but we must act fast.",
      "Funding remains the biggest obstacle.",
      "Our teams on the ground are seeing more severe cases.",
  };
  k.quotes[kCritic] = {
      "Our hospitals have been short of staff for years.",
      "The official figures do not reflect what we see in the wards.",
      "Doctors have not been paid for three months.",
  };
  k.quotes[kExpert] = {
      "The real number of cases is almost certainly higher.",
      "Outbreaks like this follow poverty.",
      "The next two weeks will show whether the measures work.",
  };
  k.quotes[kWitness] = {
      "Two of my children fell sick on the same day.",
      "The clinic had no medicine left.",
      "We walk two hours to get clean water.",
  };
  k.fragments = {"alarming", "-too little, too late", "-a preventable tragedy", "+necessary",
                 "+a turning point"};
  k.reported = {
      "@u the number of new cases had begun to fall",
      "@u health workers had been sent to the worst-hit districts",
      "@um the ministry was investigating several suspected cases",
      "@um more vaccines were expected next week",
      "@cw hospitals were running out of beds",
      "@ce the official figures understated the spread",
  };
  k.jobs = {"mother", "health worker", "water seller", "community volunteer", "teacher"};
  return k;
}

}  // namespace sitrep::gen
