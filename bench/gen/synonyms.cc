// The spinner's synonym table. Entries imitate the output of real spinning tools and
// of careless machine translation: some are true synonyms ("despite" -> "regardless
// of"), many are context-blind ("stressed" -> "burdened", "eastern" -> "jap",
// "security" -> "safety", "policy" -> "coverage"). Forms are listed per inflection,
// as such tools do.
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bench/gen/spinner.h"

namespace sitrep::gen {
namespace {

// word:replacement|replacement...
constexpr const char* kTable[] = {
    // Cue verbs and speech.
    "said:mentioned|stated|talked about", "says:mentions|states", "say:point out|state",
    "told:informed|instructed", "added:included|introduced", "adding:including",
    "stressed:burdened|harassed|confused", "warned:cautioned|alerted", "warn:alert|caution",
    "warns:alerts|cautions", "warning:alert|caution", "noted:famous|identified",
    "insisted:persisted|demanded", "explained:defined|described",
    "acknowledged:recognized|admitted", "argued:contended|quarreled",
    "claimed:asserted|alleged",
    "cautioned:warned|suggested", "declared:proclaimed|stated", "affirmed:confirmed|asserted",
    "indicated:pointed|suggested", "confirmed:established|verified",
    "considered:thought|regarded",
    "continued:persisted|went on", "called:referred to as|named", "branded:labeled|named",
    "labelled:tagged|named", "labeled:tagged|named", "wrote:penned|composed",
    "posted:published|put up", "reporters:journalists|newsmen", "journalists:reporters|newsmen",
    "statement:assertion|declaration", "interview:discussion|conversation",
    "conference:convention|meeting", "briefing:instruction|rundown",
    "comment:remark|observation",
    "requests:demands|appeals", "request:demand|appeal", "respond:react|reply",
    "described:portrayed|depicted", "asked:requested|questioned", "urged:advised|pressed",
    "urge:advise|press", "called:known as|referred to as", "demanded:required|requested",
    "demanding:requiring|asking for", "accused:charged|blamed", "accuses:charges|blames",
    "accusations:costs|allegations", "denies:rejects|disclaims", "deny:reject|refute",
    "denied:rejected|refuted", "dismissed:rejected|disregarded",
    // Government, politics, diplomacy.
    "officials:officers|authorities", "official:officer|authorized",
    "authorities:officers|experts",
    "government:authorities|administration", "governments:administrations|authorities",
    "minister:secretary|priest", "ministers:secretaries|priests",
    "ministry:division|department",
    "president:chief|head of state", "leader:chief|head", "leaders:chiefs|heads",
    "spokesman:consultant|representative", "spokeswoman:representative|consultant",
    "foreign:international|overseas", "policy:coverage|protection",
    "political:governmental|civic",
    "politics:governance|public affairs", "diplomatic:political|tactful",
    "diplomacy:negotiation|tact", "diplomats:envoys|emissaries", "talks:discussions|speaks",
    "negotiations:talks|dealings", "dialogue:discussion|conversation",
    "meeting:assembly|gathering",
    "embassy:consulate|legation", "ambassador:envoy|emissary",
    "sanctions:penalties|punishments",
    "security:safety|protection", "international:worldwide|global",
    "western:occidental|westerly",
    "eastern:jap|easterly", "northern:northerly|upper", "southern:southerly|lower",
    "capital:money|funds", "country:nation|state", "countries:nations|states",
    "nation:country|state", "national:nationwide|countrywide", "state:nation|province",
    "region:area|zone", "regional:local|territorial", "area:space|region",
    "areas:spaces|regions",
    "territory:land|ground", "neighbour:neighbor|nearby nation",
    "neighbor:neighbour|nearby nation",
    "neighbouring:bordering|adjoining", "neighboring:bordering|adjoining",
    "partners:companions|allies", "allies:partners|friends", "members:individuals|participants",
    "member:individual|participant", "organisation:group|body", "organization:group|body",
    "parliament:legislature|assembly", "lawmakers:legislators|congressmen",
    "opposition:resistance|hostility", "election:vote|poll", "elections:votes|polls",
    "vote:ballot|poll", "voters:electors|citizens", "voting:balloting|polling",
    "results:outcomes|effects", "count:tally|depend", "fraud:deception|trickery",
    "candidate:nominee|contender", "observers:onlookers|spectators",
    "constitution:charter|structure",
    "democracy:republic|self-government", "independent:unbiased|impartial",
    "international:worldwide|global", "community:neighborhood|society", "public:open|civic",
    "people:folks|individuals", "residents:inhabitants|occupants",
    "citizens:residents|nationals",
    "families:households|relatives", "children:kids|youngsters", "women:ladies|females",
    // Conflict and security.
    "military:army|navy", "troops:forces|soldiers", "soldiers:troopers|servicemen",
    "forces:powers|troops", "army:military|armed forces", "border:frontier|boundary",
    "borders:frontiers|boundaries", "frontier:border|boundary", "war:battle|combat",
    "conflict:battle|clash", "fighting:preventing|combating", "attack:assault|strike",
    "attacked:assaulted|struck", "invade:invade into|occupy", "invasion:incursion|raid",
    "offensive:attack|offense", "aggression:hostility|belligerence", "threat:menace|risk",
    "threatening:menacing|intimidating", "threatened:menaced|endangered", "weapons:arms|guns",
    "exercises:workout routines|drills", "drills:exercises|workouts",
    "deployment:placement|arrangement",
    "deployed:stationed|positioned", "deploy:station|position",
    "deploying:stationing|positioning",
    "units:items|models", "withdrawal:retreat|pullout", "withdraw:retreat|pull out",
    "ceasefire:truce|armistice", "violations:breaches|infringements",
    "escalation:intensification|increase",
    "tensions:pressures|strains", "tension:stress|strain", "crisis:disaster|emergency",
    "standoff:impasse|deadlock", "stand-off:impasse|deadlock", "confrontation:clash|face-off",
    "provocation:incitement|aggravation", "consequences:results|effects",
    "massed:gathered|collected", "mass:gather|amass", "massing:gathering|amassing",
    "build-up:accumulation|buildup", "buildup:accumulation|build-up", "alert:warning|signal",
    "reinforce:strengthen|bolster", "reinforcements:supports|backups", "patrols:watches|guards",
    "guards:protectors|sentries", "intelligence:intellect|cleverness", "satellite:orbiter|moon",
    "images:pictures|photos", "estimate:guess|approximation",
    "estimates:guesses|approximations",
    "estimated:guessed|approximated",
    // Actions and events.
    "announced:introduced|declared", "announces:introduces|declares",
    "announce:introduce|declare",
    "pledged:vowed|promised", "pledges:vows|promises", "pledge:vow|promise",
    "reported:said|described", "reports:studies|accounts", "report:account|study",
    "evacuated:emptied|cleared", "evacuation:departure|clearance", "evacuates:empties|clears",
    "sent:despatched|shipped", "send:dispatch|ship", "sends:dispatches|ships",
    "sending:dispatching|shipping", "moved:relocated|transferred", "moves:relocates|transfers",
    "move:step|transfer", "step:move|stage", "steps:moves|stages", "decision:choice|resolution",
    "decisions:choices|resolutions", "development:growth|improvement",
    "developments:growths|improvements", "latest:newest|most recent", "significant:vital|major",
    "major:main|primary", "main:primary|important", "important:vital|essential",
    "efforts:makes an attempt|endeavors", "effort:try|endeavor", "attempts:tries|efforts",
    "concerns:issues|worries", "concern:issue|worry", "fears:fears and anxieties|worries",
    "fear:worry|dread", "pressure:stress|strain", "support:assist|help", "aid:help|assistance",
    "help:assist|aid", "assistance:help|aid", "emergency:urgent|crisis",
    "urgent:pressing|critical",
    "situation:state of affairs|scenario", "measures:steps|actions", "action:motion|act",
    "actions:acts|motions", "response:reply|reaction", "reaction:response|reply",
    "reactions:responses|replies", "plans:plans and methods|schemes", "plan:scheme|strategy",
    "began:started|commenced", "begin:start|commence", "started:began|commenced",
    "continue:proceed|carry on", "remained:stayed|stayed on", "remains:stays|continues",
    "remain:stay|stay on", "despite:regardless of|in spite of", "amid:amongst|among",
    "following:after|subsequent to", "earlier:before|previously",
    "later:afterward|subsequently",
    "weeks:months|days", "week:month|interval", "days:times|durations", "day:time|date",
    "hours:times|durations", "years:a long time|ages", "decades:many years|ages",
    "recent:latest|current", "previous:prior|earlier", "several:a number of|a few",
    "many:lots of|quite a few", "largest:greatest|biggest", "biggest:largest|greatest",
    "worst:poorest|most terrible", "serious:severe|grave", "severe:extreme|intense",
    "large:huge|giant", "small:little|minor", "new:contemporary|recent", "close:near|shut",
    "closely:intently|carefully", "quickly:swiftly|rapidly", "swift:speedy|rapid",
    "widely:broadly|extensively", "likely:probably|doubtless", "possible:doable|attainable",
    "clear:apparent|obvious", "immediately:instantly|right away", "unclear:unsure|unknown",
    "expected:anticipated|predicted", "increase:enhance|rise", "rising:growing|climbing",
    "rose:grew|climbed", "grew:expanded|rose", "fell:dropped|declined",
    "deepened:widened|intensified",
    "deepening:widening|intensifying", "escalated:intensified|worsened",
    "escalating:intensifying|worsening",
    "showed:confirmed|demonstrated", "show:present|display", "shown:confirmed|displayed",
    "signs:indicators|indicators and symptoms", "sign:indication|signal",
    "signal:sign|indication",
    "risk:danger|hazard", "damage:harm|injury", "damaged:harmed|broken",
    "destroyed:ruined|wrecked",
    "collapsed:fell down|caved in", "killed:slain|murdered", "died:perished|passed away",
    "dead:lifeless|deceased", "death:loss of life|demise", "deaths:fatalities|casualties",
    "toll:tariff|fee", "injured:harmed|wounded", "missing:lacking|absent",
    "victims:sufferers|casualties",
    "survivors:victims|remaining", "rescue:save|salvage", "rescuers:saviors|lifesavers",
    "rescued:saved|freed", "shelter:refuge|haven", "homes:houses|residences",
    "houses:homes|dwellings",
    "buildings:structures|constructions", "villages:hamlets|settlements",
    "roads:streets|highways",
    "bridges:crossings|overpasses", "city:metropolis|town", "cities:towns|metropolises",
    "water:liquid|h2o", "rain:rainfall|precipitation", "rains:downpours|showers",
    "rivers:streams|waterways", "flooding:flood|inundation", "floods:inundations|deluges",
    "flood:inundation|deluge", "disaster:catastrophe|calamity", "fire:blaze|hearth",
    "fires:blazes|hearths", "flames:fires|blazes", "heat:warmth|warmth and heat",
    "winds:breezes|gusts", "firefighters:fire fighters|firemen", "forest:woodland|woods",
    "forests:woodlands|woods", "earthquake:quake|tremor", "quake:earthquake|tremor",
    "tremor:quake|shudder", "rubble:debris|wreckage", "aftershocks:after-effects|tremors",
    "teams:groups|squads", "supplies:provides|provisions", "relief:aid|reduction",
    // Health.
    "health:well being|wellness", "hospital:clinic|infirmary", "hospitals:clinics|infirmaries",
    "doctors:medical doctors|physicians", "disease:illness|sickness",
    "outbreak:eruption|flare-up",
    "epidemic:plague|pandemic", "cases:circumstances|instances",
    "infections:contaminations|diseases",
    "vaccine:vaccination|inoculation", "vaccination:inoculation|immunization",
    "patients:sufferers|people", "medicine:drugs|treatment", "clinic:hospital|health center",
    "clinics:hospitals|health centers", "treatment:therapy|care", "sanitation:hygiene|sanitary",
    "spread:unfold|distribute", "spreads:unfolds|distributes", "beds:bedsteads|cots",
    // Economy and labour.
    "economy:financial system|market", "economic:financial|monetary", "prices:costs|charges",
    "price:cost|charge", "trade:commerce|business", "exports:exports and imports|shipments",
    "imports:imported goods|purchases", "tariffs:tariffs and duties|duties",
    "duties:obligations|responsibilities",
    "goods:items|merchandise", "market:marketplace|mart", "markets:marketplaces|marts",
    "companies:firms|businesses", "company:firm|business", "industry:trade|business",
    "business:enterprise|commerce", "workers:employees|laborers", "employees:workers|staffers",
    "union:union of workers|association", "strike:walkout|assault", "wages:salaries|pay",
    "pay:wage|compensation", "jobs:employment|positions", "offer:provide|supply",
    "deal:settlement|agreement", "agreement:settlement|deal", "contract:agreement|deal",
    "debt:liability|obligation", "gas:fuel|petrol", "energy:power|vitality",
    "deliveries:shipments|supplies", "winter:wintertime|cold season", "costs:bills|expenses",
    "cost:value|expense", "funding:financing|funds", "funds:money|capital", "money:cash|funds",
    "losses:damages|deficits", "inflation:rising prices|expansion",
    "management:administration|direction",
    "talks:discussions|negotiations",
    // Justice.
    "court:courtroom|tribunal", "trial:trial run|ordeal", "case:case study|situation",
    "charges:costs|fees", "charged:billed|accused", "prosecutors:attorneys|lawyers",
    "prosecution:indictment|persecution", "evidence:proof|testimony", "judge:decide|justice",
    "verdict:decision|ruling", "sentence:sentence term|punishment", "prison:jail|penitentiary",
    "lawyer:attorney|legal professional", "corruption:graft|bribery",
    "defendant:accused|respondent",
    "witnesses:observers|viewers", "appeal:attraction|plea", "ruling:governing|decision",
    "investigation:examination|probe", "investigators:detectives|examiners",
    // Protest, migration, cyber.
    "police:cops|law enforcement", "protesters:demonstrators|activists",
    "protests:demonstrations|rallies", "protest:demonstration|rally",
    "rally:gathering|assembly",
    "demonstrators:protesters|marchers", "arrested:detained|apprehended",
    "detained:held|imprisoned",
    "clashes:conflicts|fights", "crowds:crowds of people|throngs", "streets:roads|avenues",
    "migrants:immigrants|refugees", "refugees:migrants|asylum seekers",
    "asylum:refuge|sanctuary",
    "camps:tenting grounds|encampments", "crossings:crossing points|passages",
    "hackers:cybercriminals|intruders", "systems:techniques|programs",
    "data:information|knowledge",
    "attackers:assailants|aggressors", "ransom:payment|release money",
    "services:providers|offerings",
    "customers:clients|buyers", "networks:systems|webs",
    // General vocabulary of the templates.
    "according:based on|in accordance", "number:quantity|amount", "figure:determine|amount",
    "figures:numbers|statistics", "total:complete|whole", "part:portion|component",
    "parts:portions|components", "percent:p.c.|percentage", "cent:penny|cent",
    "including:together with|along with", "across:throughout|over", "along:alongside|with",
    "near:close to|nearby", "nearly:almost|practically", "within:inside|in",
    "around:round|about",
    "against:towards|versus", "between:amongst|among", "beyond:past|outside",
    "without:with out|missing", "however:nevertheless|nonetheless", "still:nonetheless|yet",
    "already:previously|now", "again:once more|once again", "further:additional|more",
    "additional:further|extra", "first:first-ever|initial", "second:second-largest|another",
    "third:third-largest|final", "last:final|ultimate", "next:subsequent|following",
    "entire:whole|complete", "full:complete|entire", "whole:entire|complete",
    "every:each|every single", "other:different|further", "others:different people|the rest",
    "ordinary:extraordinary|regular", "real:actual|genuine", "true:actual|genuine",
    "difficult:tough|hard", "hard:laborious|tough", "better:higher|improved",
    "worse:worse off|poorer", "longer:prolonged|extended", "possible:doable|attainable",
    "ready:prepared|set", "able:capable|ready", "enough:sufficient|ample",
    "open:undo|expose", "closed:shut|locked", "free:freed|unfastened", "fair:truthful|just",
    "peaceful:peaceable|nonviolent", "violent:brutal|fierce", "calm:peaceful|tranquil",
    "tense:nervous|strained", "fluid:liquid|runny", "uncertain:unsure|doubtful",
    "crucial:essential|vital", "decisive:conclusive|definitive", "sharp:sharply|keen",
    "sharply:considerably|steeply", "heavy:hefty|weighty", "strong:robust|powerful",
    "powerful:highly effective|strong", "deep:deep-seated|profound", "high:excessive|excessive",
    "higher:increased|greater", "low:lowly|little", "lower:decrease|reduce",
    "local:native|regional",
    "central:middle|main", "global:international|worldwide", "world:globe|planet",
    "future:longer term|destiny", "past:previous|former", "former:ex|previous",
    "ex:former|previous", "current:present|present-day", "recently:lately|just lately",
    "month:calendar month|thirty days", "months:calendar months|thirty day period",
    "morning:dawn|daybreak", "night:evening|nighttime", "today:at present|nowadays",
    "yesterday:the day prior to|the day before", "begun:started|commenced",
    "come:arrive|appear", "comes:arrives|appears", "came:got here|arrived",
    "went:headed|traveled",
    "made:made up|constructed", "make:construct|create", "take:take on|acquire",
    "taken:taken up|acquired", "took:took on|acquired", "give:provide|give up",
    "gave:supplied|gave up",
    "put:placed|set", "set:arranged|established", "held:maintained|had", "hold:maintain|keep",
    "holds:maintains|keeps", "keep:maintain|hold", "kept:maintained|held",
    "left:departed|remaining",
    "leave:depart|abandon", "lost:misplaced|missing", "find:discover|locate",
    "found:discovered|located",
    "seen:seen as|observed", "see:observe|view", "saw:noticed|observed",
    "know:realize|understand",
    "known:recognized|identified", "believe:consider|think", "believed:thought|supposed",
    "think:suppose|imagine", "want:wish|need", "wants:desires|needs", "need:want|require",
    "needs:wants|requires", "needed:required|wanted", "allowed:permitted|let",
    "allow:permit|let", "used:utilized|employed", "using:utilizing|employing",
    "use:utilize|employ",
    "working:working on|functioning", "work:function|job", "worked:labored|functioned",
    "called:known as|named", "tried:attempted|sought", "try:attempt|strive",
    "face:face up to|confront",
    "faced:confronted|encountered", "faces:confronts|encounters", "hit:hit upon|struck",
    "reached:attained|arrived at", "reach:attain|get to", "raised:raised up|elevated",
    "raise:elevate|increase", "raising:elevating|growing", "cut:minimize|reduce",
    "cuts:reductions|cuts down",
    "stopped:halted|ceased", "stop:halt|cease", "ended:concluded|finished",
    "end:finish|conclusion",
    "ending:finishing|ending up", "led:headed|guided", "lead:guide|head",
    "follow:observe|comply with",
    "followed:adopted|succeeded", "turned:became|grew to be", "turn:flip|change",
    "building:constructing|establishing", "built:constructed|established",
    "prepared:ready|organized",
    "preparing:making ready|getting ready", "protect:defend|safeguard", "defend:protect|guard",
    "restore:restore to|reinstate", "restored:reinstated|renewed",
    "recover:get well|get better",
    "recovered:regained|retrieved", "survived:endured|lived through",
    "suffered:experienced|sustained",
    "struggled:fought|battled", "hope:hope for|wish", "hopes:hopes and desires|wishes",
    "believes:thinks|considers", "expects:anticipates|awaits", "expect:anticipate|await",
    "local:native|native", "largest:greatest|biggest", "sought:wanted|looked for",
};

using Table = std::unordered_map<std::string_view, std::vector<std::string>>;

Table Build() {
  Table table;
  for (const char* line : kTable) {
    const std::string_view entry(line);
    const size_t colon = entry.find(':');
    const std::string_view word = entry.substr(0, colon);
    // A later duplicate of a word keeps the first entry: the table reads top-down.
    if (table.count(word) > 0) continue;
    std::vector<std::string> alternatives;
    size_t start = colon + 1;
    for (;;) {
      const size_t bar = entry.find('|', start);
      alternatives.emplace_back(
          entry.substr(start, bar == std::string_view::npos ? bar : bar - start));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    table.emplace(word, std::move(alternatives));
  }
  return table;
}

const Table& TheTable() {
  static const Table table = Build();
  return table;
}

}  // namespace

const std::vector<std::string>* Synonyms(std::string_view lower_word) {
  const Table& table = TheTable();
  const auto it = table.find(lower_word);
  return it == table.end() ? nullptr : &it->second;
}

size_t SynonymTableSize() { return TheTable().size(); }

}  // namespace sitrep::gen
