// The hand-written word lists and names of the entity recogniser.
//
// These are small lists of news vocabulary, not a dictionary of the world: person
// titles and role words, the words that end organisation and place names, demonyms,
// common first names (for gender and for telling a person from a place), function words
// that are capitalised only at the start of a sentence, and the few hundred places and
// organisations that dominate international news but are missing from ISO 3166 (cities,
// regions, seas, agencies, alliances). Countries and their subdivisions come from
// iso-codes and cities from tzdata at run time (gazetteer.cc); this file only adds what
// those lack, plus the spellings news uses ("Kiev", "Britain", "U.S.").
#include <utility>
#include <vector>

#include "extract/gazetteer.h"

namespace sitrep::extract::internal {
namespace {

// Space-separated word lists, one per class, so that each list reads as a list.
struct WordList {
  const char* words;
  uint32_t classes;
};

const WordList kWordLists[] = {
    // Capitalised at the start of a sentence, never a name on their own.
    {"the a an and but or nor so yet for if when whenever while as at in on of to by with "
     "from into onto about after before since during until till although though because "
     "unless whether where which who whom whose what whatever why how this that these "
     "those there here it its he she his her him they them their theirs we our us i my me "
     "you your neither either both each every all any some many most more much few "
     "several no not other another such only also even still however meanwhile then now "
     "today tonight yesterday tomorrow later earlier last next first second third "
     "according under over between among against across through throughout without "
     "within around near despite amid amidst via per unlike like upon towards toward "
     "following including instead perhaps maybe indeed thus hence therefore moreover "
     "furthermore besides nevertheless nonetheless already again almost just once soon "
     "recently currently finally eventually initially previously do does did is are was "
     "were be been being has have had will would can could should might must shall let "
     "yes oh well please thanks asked speaking asked one two three four five six seven "
     "eight nine ten hundreds thousands dozens unfortunately fortunately instead "
     "overall ultimately separately similarly likewise additionally altogether "
     "everyone everybody nobody someone somebody anyone nothing something everything "
     "anything whoever whichever where's it's that's there's he's she's we're they're "
     "i'm don't doesn't didn't isn't aren't wasn't weren't won't can't",
     kFunctionWord},
    // Person titles and role heads, capitalised or not: "President Biden",
    // "spokesman John Kirby", "Secretary of State".
    {"president vice-president president-elect minister secretary secretary-general "
     "chancellor spokesman spokeswoman spokesperson chairman chairwoman chairperson chair "
     "governor senator congressman congresswoman representative mayor king queen prince "
     "princess pope ambassador envoy director chief commander general admiral colonel "
     "lieutenant captain sergeant marshal leader premier adviser advisor aide mr mrs ms "
     "miss dr prof professor sir dame lord lady judge justice sheikh emir sultan ayatollah "
     "archbishop bishop cardinal rabbi imam rev reverend ceo cfo coo commissioner "
     "inspector treasurer speaker coach chairmen spokesmen ministers officials official "
     "negotiator mediator diplomat counsel superintendent chieftain monarch emperor "
     "empress tsar czar duke duchess count countess baron baroness vicar pastor deputy "
     "sen rep gen lt col sgt capt gov adm cmdr maj brig messrs "
     // Local councillors ("Cllr", Australia's "Cr"), courts, and the Malay and Gulf
     // honours that stand before a name ("Datuk Seri Anwar", "Sheikha Noor").
     "councillor councilor cllr cr councilman councilwoman alderman alderwoman prosecutor "
     "justices judges magistrate advocate forecaster vice-chancellor datuk dato datin datu "
     "seri sheikha tunku",
     kTitle},
    {"mr sir king prince lord duke emperor tsar czar baron count sheikh emir sultan "
     "spokesman chairman congressman pope ayatollah rabbi imam archbishop cardinal "
     "bishop father brother uncle messrs",
     kMaleTitle},
    {"mrs ms miss dame lady queen princess duchess empress countess baroness spokeswoman "
     "chairwoman congresswoman sister mother aunt",
     kFemaleTitle},
    // Words that stand inside a role before its head: "Prime Minister", "Foreign
    // Minister", "press secretary", "Secretary of State", "Attorney General".
    {"prime foreign defense defence interior home finance press deputy vice acting former "
     "ex senior executive general attorney supreme national security state health economy "
     "economic trade energy education agriculture culture environment transport labour "
     "labor treasury policy intelligence military top assistant principal associate first "
     "grand crown major brigadier rear joint permanent special chief foreign-policy "
     "defense-policy opposition party parliamentary presidential royal regional "
     "provincial federal district army navy naval police justice information "
     "communications development emergency affairs staff",
     kRoleModifier},
    // Last words of organisation names.
    {"ministry ministries department council party agency committee commission university "
     "college school academy institute institution bank company corporation corp inc ltd "
     "llc plc group association federation union league foundation organization "
     "organisation alliance front movement church court parliament senate congress assembly "
     "cabinet government administration bureau office service services police army navy "
     "force forces guard brigade regiment battalion corps command network radio "
     "television tv broadcasting news times post journal herald tribune gazette press "
     "airlines airways railways railway motors industries holdings systems technologies "
     "laboratories pharmaceuticals fund trust society club fc team band orchestra choir "
     "ensemble records studios pictures entertainment publishing publishers media hospital "
     "museum library board authority tribunal directorate secretariat mission delegation "
     "embassy consulate coalition bloc cartel syndicate brotherhood fleet commonwealth "
     "partnership enterprises ventures capital securities insurance bancorp exchange "
     "observatory agency reserve duma rada knesset bundestag majlis politburo junta "
     "militia regime caucus conference summit council taskforce unit squad battalions "
     "division divisions telegraph monitor daily weekly magazine review chronicle "
     "observer independent mirror express standard examiner courier dispatch railroad "
     "airline lines theatre theater hotel cinema casino restaurant nightclub lounge diocese "
     "archdiocese laboratory lab labs center centre programme program pharma biologics "
     "therapeutics logistics shipping carriers terminals homes partners athletic athletics united "
     "wanderers rovers albion hotspur properties holding cooperative co-operative "
     "consortium",
     kOrgHead},
    // Anywhere in a name, these make it an organisation.
    // Sports clubs abbreviate their kind: "FC Basel", "SK Rapid", "Montreal HC".
    {"inc ltd llc plc corp gmbh ag fc afc jsc pjsc ojsc bv nv hc sc cf fk sk bk", kOrgMarker},
    // The words for a company, bank, group, party, institute or newspaper in the languages
    // whose names news leaves untranslated: "Compañía Minera Antamina", "Banco Santander",
    // "Partido Popular", "Süddeutsche Zeitung", "Corriere della Sera".
    {"compania companhia compagnie grupo gruppo groupe banco banca banque sociedad societe "
     "societa minera mineracao mineradora industrias partido partito instituto institut "
     "universidad universite universita fundacion fundacao fondation stiftung verband "
     "verein zeitung gazzetta corriere diario jornal",
     kOrgMarker},
    // Last words of place names.
    {"river sea ocean bay gulf strait straits canal island islands isles peninsula "
     "mountain mountains hills hill valley desert forest plain plains plateau coast beach "
     "harbor harbour airport station bridge street avenue road square boulevard highway "
     "park province region county district oblast city town village township borough "
     "parish prefecture territory heights falls springs glacier canyon peak reef lagoon "
     "basin delta archipelago steppe oblast krai kray okrug raion rayon governorate "
     "lane drive crescent ave rd blvd empire kingdom duchy caliphate sultanate khanate "
     "lake lakes brook creek reservoir pond marsh swamp cove inlet fjord estuary junction "
     "house "
     // Buildings and grounds are places: "Forbes Field", "Carnegie Hall".
     "tower towers stadium arena rink palace castle cathedral abbey monastery temple "
     "mosque pier dam estate gardens cemetery plaza hall pavilion tunnel pipeline",
     kLocHead},
    {"hill hills marsh brook park lane house beach hall", kSurnameToo},
    // The first word of a place's name in the languages news leaves untranslated: "Kota
    // Kinabalu", "Velyka Pysarivka", "Agia Sotira", "Nossa Senhora", "Ciudad Juárez",
    // "Beit Hanoun", "Wadi Halfa", "Sankt Pölten".
    {"mount mt lake cape fort isle gulf port san santa sao saint st kota bandar kampung "
     "velyka velykyi nizhny agia agios ayia ayios nossa ciudad puerto beit deir kafr wadi "
     "jebel jabal sankt sveti",
     kLocPrefix},
    {"of for de da do dos das del della der den van von la le du al el bin ibn bint zu ter upon "
     "di y ap binti dela",
     kConnector},
    {"monday tuesday wednesday thursday friday saturday sunday january february march "
     "april may june july august september october november december jan feb mar apr jun "
     "jul aug sep sept oct nov dec",
     kCalendar},
    {"in at from near into across throughout outside toward towards via around to between",
     kPlacePreposition},
    // Lower-case nouns that introduce an organisation's name: "newspaper El Pais".
    {"newspaper daily agency company firm group party broadcaster channel network magazine "
     "bank carrier airline manufacturer maker giant conglomerate outlet website tabloid "
     "publisher insurer lender retailer club team band label station movement militia "
     "union operator producer developer startup watchdog regulator charity",
     kOrgNoun},
    // Lower-case nouns that introduce a person's name: "counterpart Emmanuel Macron".
    {"counterpart colleague wife husband son daughter brother sister father mother actor "
     "actress singer player striker goalkeeper midfielder defender writer author "
     "journalist reporter correspondent photographer lawyer activist rapper guitarist "
     "drummer bassist vocalist musician composer producer candidate businessman "
     "businesswoman billionaire tycoon oligarch dissident economist analyst expert "
     "historian scientist researcher politician lawmaker legislator opponent rival "
     "successor predecessor founder owner investor banker pianist artist painter poet "
     "novelist filmmaker comedian presenter host anchor editor critic pilot soldier "
     "veteran resident mp deputy leader chief aide adviser advisor spokesman spokeswoman "
     "spokesperson envoy director minister secretary president coach manager attorney "
     "captain councillor prosecutor forecaster conductor soprano tenor baritone violinist "
     "cellist sprinter cyclist rider batter bowler batsman winger",
     kPersonNoun},
    {"he she they it", kPronoun},
    // What people join and play or work for is an organisation: "joined Rangers",
    // "played for Lausanne", "works for Reuters".
    {"joined joins join rejoined", kJoinVerb},
    {"played plays playing play games appearances goals worked works working work "
     "signed signs",
     kForVerb},
    // Lower-case nouns that name a place by "of": "the town of X", "the province of X".
    {"town city village hamlet parish county region province district state capital "
     "suburb municipality commune borough island islands port outskirts neighbourhood "
     "neighborhood prefecture oblast governorate township settlement republic kingdom "
     "emirate towns cities villages hamlets parishes counties regions provinces districts "
     "states islands municipalities suburbs communes",
     kPlaceNoun},
    // Verbs whose subject is a person; what an organisation or a place does in news
    // ("announced", "won", "grew") is left out.
    {"died dies married marries retired retires resigned resigns graduated studied "
     "smiled laughed wept shrugged recalled recalls believed believes felt feels hoped "
     "hopes wanted wants wished knew learned learnt realised realized remembered "
     "thinks thought worried insisted decided decides starred stars sang sings coached "
     "debuted grew-up spent lived lives married divorced testified pleaded apologised "
     "apologized",
     kPersonVerb},
    {"cd cds dvd dvds tv vip vips mvp ko kos dj djs ep eps gdp suv suvs pm am id pc "
     "usb led lcd gps sms dna rna hiv aids phd mba ipo ok faq diy rpm mph kph era",
     kCommonAcronym},
    {"north south east west northeast northwest southeast southwest north-east north-west "
     "south-east south-west northeastern northwestern southeastern southwestern",
     kCompass},
    {"north south east west northern southern eastern western central greater upper lower",
     kCompassAdjective},
    // Generic nouns that stand for a named organisation already in the article.
    {"alliance bloc", kGenericOrgNoun},
    // Last words of names of events and works.
    {"war wars olympics cup championship championships prize award awards festival "
     "treaty accord accords act doctrine revolution expo marathon games trophy "
     "tournament open crisis protocol battle siege campaign offensive uprising massacre "
     "bowl election elections day regulation regulations directive agreement",
     kMiscHead},
    {"mr mrs ms miss dr prof sir dame lord lady messrs madam mme mlle herr", kHonorific},
    // A period after these does not end a sentence.
    {"mr mrs ms dr st gen lt col sgt capt gov sen rep prof rev jr sr inc corp ltd co no "
     "vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft gens cmdr adm maj "
     "brig pres dept univ approx fig vol messrs",
     kAbbreviation},
    // First names common in international news, by gender. They tell a person from a
    // place or an organisation ("Pentagon John Kirby") and give pronouns a gender.
    {"aaron abdul abdullah abraham adam adrian ahmad ahmed akira alan albert alberto "
     "aleksandr aleksei alex alexander alexandre alexei alexey ali alfred ali allen "
     "anatoly andre andrea andreas andrei andres andrew andrey andriy angel anthony "
     "antonio antony anton arnold arsen arseniy arthur artem barack ben benjamin benny "
     "bernard bill billy bob bobby boris brad bradley brandon brian bruce bruno carl "
     "carlos charles charlie chris christian christopher chuck clarence claude colin "
     "craig daniel danny david dean denis dennis denys dmitri dmitriy dmitro dmitry "
     "dmytro don donald douglas duncan dwight ed eddie edgar eduardo edward egor emil "
     "emmanuel enrique eric erik ernest evgeny fabio farid fedor felix fernando filipe "
     "francis francisco frank franz frederick fyodor gabriel gary gennady george gerald "
     "gerhard gordon grant greg gregory guido gustavo hamid hans harold harry hassan "
     "hector heinrich helmut henry herbert hugo hussein ian igor ilya imran isaac ivan "
     "jack jacob jair jake james jamie jan jason javier jean jeff jeffrey jens jeremy "
     "jerome jerry jim jimmy joe joel johann john johnny jonathan jorge jose josef joseph "
     "josep joshua juan julian justin karim karl keir keith ken kenneth kevin kim kirill "
     "klaus konstantin kurt kyle lance larry lavrentiy leo leon leonid lloyd louis luc "
     "luca lucas luis luke lyndon mahmoud manuel marc marco marcus mario mark martin "
     "matt matteo matthew maurice max maxim mehmet michael michel miguel mike mikhail "
     "milos mitch mitt mohamed mohammad mohammed muhammad mykhailo mykola nasser nathan "
     "neil nicholas nick nicolas nikita nikolai nikolay norman oleg oleksandr oleksiy "
     "olaf oliver omar oscar otto pablo patrick paul pavel pedro pete peter petro "
     "petr philip philippe pierre rafael ralph ramzan randy raul ray raymond recep "
     "reza ricardo richard rick rishi rob robert roberto rodrigo roger roman ron "
     "ronald ross roy rudolf rudy rustam ryan salman sam samuel scott sean sebastian "
     "serge sergei sergey sergio sergiy serhiy shinzo simon stanislav stefan stephen "
     "steve steven stuart sven taras ted terry theodore thomas tim timothy todd tom tony "
     "uwe valentin valery vasily viktor vincent vitali vitaly vitaliy vladimir vladislav "
     "volodymyr vyacheslav walter wang warren wayne werner william willy wolfgang xavier "
     "yaroslav yevgeny yuri yury yusuf zbigniew zoltan volker recep xi narendra "
     "benjamin naftali yair emmanuel kassym alexandr petro andrzej mateusz viktor "
     "ferenc jacinda scott malcolm kevin justin pierre",
     kMaleName},
    {"agnes alexandra alice alina alla amanda amy ana anastasia andrea angela angelina "
     "anita ann anna annalena anne annie antonia barbara beata betty brenda carla carol "
     "caroline catherine charlotte chloe christina christine claire claudia cristina "
     "dana daria diana donna dora doris dorothy elena eliza elizabeth ella ellen elisabeth "
     "emily emma eva evelyn fatima frances francesca gabriela giorgia gloria grace hanna "
     "hannah heather helen helena hillary ingrid irene irina iryna isabel isabella jane "
     "janet jacinda jasmine jen jennifer jessica jill joan joanna joyce judith judy julia "
     "julie karen karin kate katarina katherine kathleen kathy katie kaja kamala kristina "
     "laura lauren linda lisa liz liudmyla lucy ludmila lyudmila madeleine maia margaret "
     "margarethe maria marie marina marine martha mary maryna megan melania melissa "
     "michelle mila mira monica nadia nancy natalia natalya natasha nicola nicole nina "
     "oksana olena olga olha paula pauline rachel rebecca rita rosa ruth sandra sanna "
     "sara sarah sharon sofia sophie stephanie susan suzanne svetlana tamara tatiana "
     "tatyana teresa theresa tina ursula valentina vera veronica victoria viktoria "
     "virginia wendy yulia yuliia zoe liz samantha kristalina roberta mette magdalena "
     "ilham",
     kFemaleName},
    // More common first names across English-, Romance-, German- and Slavic-speaking
    // countries. Names that are also everyday words ("Will", "Mark", "Rose", "Grant")
    // are left out: a capital at a sentence start would make them people.
    {
     "abe abel abram adolf adolph aidan alain alberto aldo alec alejandro "
     "alessandro alfonso alfredo alistair allan alonzo alvin ambrose amir anders andy "
     "angelo angus antoine antoni antonin archibald archie armando arne arturo ashley "
     "august augustus axel barney barry bart basil benedict benoit bernardo "
     "bernd bernhard bert bertrand bjorn blake boyd brendan brett brock bryan bryce "
     "burt byron caleb calvin cameron carlo carlton carmelo casey cecil cedric cesar "
     "chad christoph christophe claudio clay clayton clement clifford "
     "clint clinton clyde cody conor connor conrad cornelius curtis cyril damian "
     "damien dan dario darius darren darryl dave davide derek desmond dick diego "
     "dieter dirk dominic dominik dominique donovan doug drew dustin dylan earl "
     "edmund edouard eduard edwin eli elias elijah elliot elliott elmer elvis emanuel "
     "emilio emmett enzo ernesto ernie ernst errol erwin esteban ethan eugene evan "
     "everett ezra federico felipe fernand filippo finn floyd forrest francesco "
     "francois francisco franco frankie fred freddie freddy friedrich fritz gareth "
     "garrett gavin geoff geoffrey georg georges geraldo gerard gerardo gerry giacomo "
     "gianni gilbert gilles giorgio giovanni giuseppe glenn gonzalo graham "
     "gregor gunther gustav gustave guy hal hamish hank hannes harald harlan harris "
     "harrison harvey heinz herman hermann hiroshi horace howard hubert humberto "
     "ibrahim ignacio igor ingo irving isaiah ismael ivan jacques jaime jakob jamal "
     "jared jarrod jasper javier jay jeremiah jesse jesus jimi joachim joaquin jody "
     "joey johan johannes jon jordi josh jovan juergen jules julio julius jurgen kai "
     "karel kazuo keenan ken kenji kenny kieran kirk klaus knut kristian kristof "
     "lars laurence laurent lawrence lee leland lenny leonard leonardo leopold leroy "
     "lester lewis lionel lorenzo lou louie lowell luciano ludwig luigi lukas "
     "luther lyle mac malik manfred marcel marcelo marek mariano marius marshall "
     "marvin massimo mathias matthias maurizio maximilian melvin michele mickey miles "
     "milton mitchell mohamed moises morgan morris moses murray nate neal ned nelson "
     "nico niall nicky nigel niklas nikolaus nils noah noel nolan norbert ole olivier "
     "orson oswald owen pascal pasquale patricio patrik percy perry phil "
     "phillip pierce pieter quentin quincy rafael ralf ramon randall randolph raphael "
     "reginald reinhard rene reuben rex ricardo richie ricky riccardo rico robbie "
     "robin rocco rod rodney roland rolf romeo ronnie rory rowan ruben rupert "
     "russ russell salvatore sammy sandro santiago saul scotty seamus sebastien "
     "seth shane shannon shaun shawn sheldon sherman sid sidney silvio sonny spencer "
     "stan stanley stefano stephan steffen sterling stewart stu takashi tariq teddy "
     "terence terrance thierry thor tobias toby tomas tommy torsten travis trevor "
     "tristan troy tyler tyrone ulrich umberto urs vance vern vernon vicente "
     "victor vince vinnie virgil vito vladimiro wade wallace walt wes wesley wilbur "
     "wilfred wilhelm willem willie wilson winston wyatt yannick yves zach "
     "zachary zack",
     kMaleName},
    {
     "abby abigail ada adele adriana adrienne agatha aileen aimee alana alba "
     "alejandra alessandra alexa alexis alicia alison allison alma alyssa amalia "
     "amber amelia anastasiya andrea angelica angie anja annette annika antoinette "
     "april ariana arlene ashley astrid audrey aurora ava beatrice beatriz becky "
     "belinda bella bernadette bertha beth bethany beverly bianca birgit bonnie "
     "brigitte britney brooke camila camille candace cara carina carla "
     "carlotta carmen carolyn carrie cassandra catalina cathy cecilia celia "
     "celine charlene cheryl christa christie cindy clara clare clarissa claudette "
     "colette colleen connie constance cora corinne courtney cynthia daisy "
     "daniela danielle daphne darlene debbie deborah debra deirdre delia denise diane "
     "dolores dominique edith edna eileen elaine eleanor elena elise ella elsa elsie "
     "eloise emilia erica erika erin esther estelle eugenia eunice eva evangeline fay "
     "felicity fiona flora florence francine freda frida gabriele gabrielle gail "
     "gemma genevieve georgia geraldine gertrude gina giulia giovanna gisela gladys "
     "glenda greta gretchen gwen gwendolyn hailey harriet hayley hazel heidi helga "
     "henrietta hilda holly ida imogen ines ingeborg irma isabelle isla jackie "
     "jacqueline jade janice janine jeanette jeanne jenna jenny jo joanne jocelyn "
     "johanna josephine juanita julia juliana julianne juliet julieta justine kara "
     "karla katharina katrin katrina kay kayla kelly kendra kim kimberly kirsten "
     "kristen kristin krystyna lana laurie lea leah leila lena leonie lesley leslie "
     "lillian lily lina lindsay lindsey lisa lois loretta lorna louisa "
     "louise luana lucia luciana lucille luisa lydia lynn mabel mae magda "
     "magdalena maggie mandy manuela marcela marcia margarita margo margot mari "
     "maribel marilyn marisa marjorie marlene marta martina matilda maureen maxine "
     "melanie melinda mercedes meredith mia michaela mildred millie miranda miriam "
     "molly monika muriel myra nadine naomi natalie nathalie nell nellie nora norma "
     "olivia paloma pamela patricia patrizia peggy penelope petra philippa phoebe "
     "phyllis polly priscilla rachael ramona raquel renata renee rhonda rita "
     "roberta robyn rochelle rosalind rosanna rosemary rosie roxanne sabine sabrina "
     "sally sasha selena serena shakira shannon sheila shelley sheryl shirley "
     "silvia simone sonia sonja stacey stella stefanie susanna susie suzanne sylvia "
     "tanya tara tessa thelma tiffany tracey tracy trudy ulrike valerie vanessa "
     "verena veronika vicky viola violet vivian vivienne wanda whitney wilma winifred "
     "yasmin yolanda yvette yvonne",
     kFemaleName},
};

const NameEntry kNames[] = {
    // Spellings news uses for countries, beside ISO 3166's own names.
    {"U.S.", "LOC", "United States"},
    {"US", "LOC", "United States"},
    {"U.S.A.", "LOC", "United States"},
    {"USA", "LOC", "United States"},
    {"America", "LOC", "United States"},
    {"United States of America", "LOC", "United States"},
    {"UK", "LOC", "United Kingdom"},
    {"U.K.", "LOC", "United Kingdom"},
    {"Britain", "LOC", "United Kingdom"},
    {"Great Britain", "LOC", "United Kingdom"},
    {"Russian Federation", "LOC", "Russia"},
    {"Turkey", "LOC", "Turkey"},
    {"Türkiye", "LOC", "Turkey"},
    {"Holland", "LOC", "Netherlands"},
    {"The Netherlands", "LOC", "Netherlands"},
    {"Czech Republic", "LOC", "Czechia"},
    {"Burma", "LOC", "Myanmar"},
    {"Ivory Coast", "LOC", "Côte d'Ivoire"},
    {"Swaziland", "LOC", "Eswatini"},
    {"Macedonia", "LOC", "North Macedonia"},
    {"Cape Verde", "LOC", "Cabo Verde"},
    {"Belorussia", "LOC", "Belarus"},
    {"Byelorussia", "LOC", "Belarus"},
    {"UAE", "LOC", "United Arab Emirates"},
    {"DRC", "LOC", "Democratic Republic of the Congo"},
    {"DR Congo", "LOC", "Democratic Republic of the Congo"},
    {"Vatican", "LOC", "Holy See"},
    {"Vatican City", "LOC", "Holy See"},
    {"North Korea", "LOC", "North Korea"},
    {"South Korea", "LOC", "South Korea"},
    {"Soviet Union", "LOC", "Soviet Union"},
    {"USSR", "LOC", "Soviet Union"},
    {"England", "LOC", ""},
    {"Scotland", "LOC", ""},
    {"Wales", "LOC", ""},
    {"Northern Ireland", "LOC", ""},
    {"Kosovo", "LOC", ""},
    {"Palestine", "LOC", ""},
    // Cities under old or transliterated spellings; the canonical form is the one the
    // city's own government uses, so that "Kiev" and "Kyiv" share a key.
    {"Kiev", "LOC", "Kyiv"},
    {"Kyiv", "LOC", "Kyiv"},
    {"Kharkov", "LOC", "Kharkiv"},
    {"Kharkiv", "LOC", "Kharkiv"},
    {"Odessa", "LOC", "Odesa"},
    {"Odesa", "LOC", "Odesa"},
    {"Lvov", "LOC", "Lviv"},
    {"Lviv", "LOC", "Lviv"},
    {"Lugansk", "LOC", "Luhansk"},
    {"Luhansk", "LOC", "Luhansk"},
    {"Donetsk", "LOC", ""},
    {"Donbass", "LOC", "Donbas"},
    {"Donbas", "LOC", "Donbas"},
    {"Nikolaev", "LOC", "Mykolaiv"},
    {"Mykolaiv", "LOC", "Mykolaiv"},
    {"Zaporozhye", "LOC", "Zaporizhzhia"},
    {"Zaporizhzhia", "LOC", "Zaporizhzhia"},
    {"Dnipropetrovsk", "LOC", "Dnipro"},
    {"Dnipro", "LOC", "Dnipro"},
    {"Chernigov", "LOC", "Chernihiv"},
    {"Chernihiv", "LOC", "Chernihiv"},
    {"Kherson", "LOC", ""},
    {"Mariupol", "LOC", ""},
    {"Sumy", "LOC", ""},
    {"Crimea", "LOC", ""},
    {"Sevastopol", "LOC", ""},
    {"Bombay", "LOC", "Mumbai"},
    {"Mumbai", "LOC", "Mumbai"},
    {"Calcutta", "LOC", "Kolkata"},
    {"Madras", "LOC", "Chennai"},
    {"Chennai", "LOC", ""},
    {"Peking", "LOC", "Beijing"},
    {"Beijing", "LOC", "Beijing"},
    {"Canton", "LOC", "Guangzhou"},
    {"Guangzhou", "LOC", ""},
    {"Saigon", "LOC", "Ho Chi Minh City"},
    {"Ho Chi Minh City", "LOC", "Ho Chi Minh City"},
    {"Rangoon", "LOC", "Yangon"},
    {"Leningrad", "LOC", "Saint Petersburg"},
    {"St Petersburg", "LOC", "Saint Petersburg"},
    {"St. Petersburg", "LOC", "Saint Petersburg"},
    {"Saint Petersburg", "LOC", "Saint Petersburg"},
    {"Tiflis", "LOC", "Tbilisi"},
    {"Erevan", "LOC", "Yerevan"},
    {"Alma-Ata", "LOC", "Almaty"},
    {"Nur-Sultan", "LOC", "Astana"},
    {"Astana", "LOC", ""},
    {"Kishinev", "LOC", "Chisinau"},
    {"Chisinau", "LOC", ""},
    {"Kabul", "LOC", ""},
    // Capitals and large cities that are not time-zone names.
    {"Washington", "LOC", ""},
    {"Washington DC", "LOC", "Washington"},
    {"Washington D.C.", "LOC", "Washington"},
    {"New York", "LOC", ""},
    {"New York City", "LOC", "New York"},
    {"Los Angeles", "LOC", ""},
    {"San Francisco", "LOC", ""},
    {"Boston", "LOC", ""},
    {"Houston", "LOC", ""},
    {"Miami", "LOC", ""},
    {"Atlanta", "LOC", ""},
    {"Seattle", "LOC", ""},
    {"Philadelphia", "LOC", ""},
    {"Dallas", "LOC", ""},
    {"Ottawa", "LOC", ""},
    {"Montreal", "LOC", ""},
    {"Canberra", "LOC", ""},
    {"Wellington", "LOC", ""},
    {"New Delhi", "LOC", ""},
    {"Delhi", "LOC", ""},
    {"Islamabad", "LOC", ""},
    {"Kandahar", "LOC", ""},
    {"Ankara", "LOC", ""},
    {"Geneva", "LOC", ""},
    {"Munich", "LOC", ""},
    {"Frankfurt", "LOC", ""},
    {"Cologne", "LOC", ""},
    {"Hamburg", "LOC", ""},
    {"Milan", "LOC", ""},
    {"Naples", "LOC", ""},
    {"Venice", "LOC", ""},
    {"Florence", "LOC", ""},
    {"Barcelona", "LOC", ""},
    {"Marseille", "LOC", ""},
    {"Lyon", "LOC", ""},
    {"Strasbourg", "LOC", ""},
    {"The Hague", "LOC", "The Hague"},
    {"Hague", "LOC", "The Hague"},
    {"Rotterdam", "LOC", ""},
    {"Antwerp", "LOC", ""},
    {"Krakow", "LOC", ""},
    {"Gdansk", "LOC", ""},
    {"Davos", "LOC", ""},
    {"Edinburgh", "LOC", ""},
    {"Manchester", "LOC", ""},
    {"Glasgow", "LOC", ""},
    {"Belfast", "LOC", ""},
    {"Tel Aviv", "LOC", ""},
    {"Jerusalem", "LOC", ""},
    {"Gaza", "LOC", ""},
    {"Gaza Strip", "LOC", ""},
    {"West Bank", "LOC", ""},
    {"Golan Heights", "LOC", ""},
    {"Aleppo", "LOC", ""},
    {"Idlib", "LOC", ""},
    {"Mosul", "LOC", ""},
    {"Basra", "LOC", ""},
    {"Abu Dhabi", "LOC", ""},
    {"Doha", "LOC", ""},
    {"Jeddah", "LOC", ""},
    {"Mecca", "LOC", ""},
    {"Sanaa", "LOC", ""},
    {"Aden", "LOC", ""},
    {"Lahore", "LOC", ""},
    {"Wuhan", "LOC", ""},
    {"Shenzhen", "LOC", ""},
    {"Osaka", "LOC", ""},
    {"Kyoto", "LOC", ""},
    {"Rio de Janeiro", "LOC", ""},
    {"Brasilia", "LOC", ""},
    {"Abuja", "LOC", ""},
    {"Addis Ababa", "LOC", ""},
    {"Pretoria", "LOC", ""},
    {"Cape Town", "LOC", ""},
    {"Benghazi", "LOC", ""},
    {"Rabat", "LOC", ""},
    {"Sochi", "LOC", ""},
    {"Rostov", "LOC", ""},
    {"Rostov-on-Don", "LOC", "Rostov"},
    {"Belgorod", "LOC", ""},
    {"Kursk", "LOC", ""},
    {"Voronezh", "LOC", ""},
    {"Grozny", "LOC", ""},
    {"Murmansk", "LOC", ""},
    {"Bern", "LOC", ""},
    // Continents, regions and waters.
    {"Europe", "LOC", ""},
    {"Asia", "LOC", ""},
    {"Africa", "LOC", ""},
    {"Antarctica", "LOC", ""},
    {"Australasia", "LOC", ""},
    {"Oceania", "LOC", ""},
    {"North America", "LOC", ""},
    {"South America", "LOC", ""},
    {"Latin America", "LOC", ""},
    {"Central America", "LOC", ""},
    {"Eastern Europe", "LOC", ""},
    {"Western Europe", "LOC", ""},
    {"Central Europe", "LOC", ""},
    {"Northern Europe", "LOC", ""},
    {"Southern Europe", "LOC", ""},
    {"Central Asia", "LOC", ""},
    {"East Asia", "LOC", ""},
    {"South Asia", "LOC", ""},
    {"Southeast Asia", "LOC", ""},
    {"Middle East", "LOC", ""},
    {"Near East", "LOC", ""},
    {"Far East", "LOC", ""},
    {"North Africa", "LOC", ""},
    {"West Africa", "LOC", ""},
    {"East Africa", "LOC", ""},
    {"Sub-Saharan Africa", "LOC", ""},
    {"Balkans", "LOC", ""},
    {"Baltics", "LOC", ""},
    {"Caucasus", "LOC", ""},
    {"Scandinavia", "LOC", ""},
    {"Siberia", "LOC", ""},
    {"Arctic", "LOC", ""},
    {"Sahel", "LOC", ""},
    {"Sahara", "LOC", ""},
    {"Kashmir", "LOC", ""},
    {"Tibet", "LOC", ""},
    {"Xinjiang", "LOC", ""},
    {"Kurdistan", "LOC", ""},
    {"Chechnya", "LOC", ""},
    {"Transnistria", "LOC", ""},
    {"Abkhazia", "LOC", ""},
    {"South Ossetia", "LOC", ""},
    {"Nagorno-Karabakh", "LOC", ""},
    {"Sinai", "LOC", ""},
    {"Black Sea", "LOC", ""},
    {"Baltic Sea", "LOC", ""},
    {"Baltic", "LOC", ""},
    {"Sea of Azov", "LOC", ""},
    {"Azov Sea", "LOC", "Sea of Azov"},
    {"Mediterranean", "LOC", ""},
    {"Mediterranean Sea", "LOC", "Mediterranean"},
    {"North Sea", "LOC", ""},
    {"Red Sea", "LOC", ""},
    {"Caspian Sea", "LOC", ""},
    {"South China Sea", "LOC", ""},
    {"Persian Gulf", "LOC", ""},
    {"Gulf", "LOC", ""},
    {"Atlantic", "LOC", ""},
    {"Atlantic Ocean", "LOC", "Atlantic"},
    {"Pacific", "LOC", ""},
    {"Pacific Ocean", "LOC", "Pacific"},
    {"Indian Ocean", "LOC", ""},
    {"English Channel", "LOC", ""},
    {"Bosphorus", "LOC", ""},
    {"Suez Canal", "LOC", ""},
    {"Strait of Hormuz", "LOC", ""},
    {"Taiwan Strait", "LOC", ""},
    {"Dnieper", "LOC", ""},
    {"Danube", "LOC", ""},
    {"Crimean peninsula", "LOC", "Crimea"},
    {"Capitol Hill", "LOC", ""},
    // "the West" and "the East" of geopolitics; compounds ("West Bank") are names above.
    {"West", "LOC", ""},
    {"East", "LOC", ""},
    {"Wall Street", "LOC", ""},
    {"Silicon Valley", "LOC", ""},
    {"Hollywood", "LOC", ""},
    // Organisations that dominate international news. An acronym and its expansion
    // share one canonical form so that they share a key.
    {"NATO", "ORG", "NATO"},
    {"Nato", "ORG", "NATO"},
    {"North Atlantic Treaty Organization", "ORG", "NATO"},
    {"North Atlantic Treaty Organisation", "ORG", "NATO"},
    {"EU", "ORG", "European Union"},
    {"E.U.", "ORG", "European Union"},
    {"European Union", "ORG", "European Union"},
    {"UN", "ORG", "United Nations"},
    {"U.N.", "ORG", "United Nations"},
    {"United Nations", "ORG", "United Nations"},
    {"UN Security Council", "ORG", "UN Security Council"},
    {"U.N. Security Council", "ORG", "UN Security Council"},
    {"Security Council", "ORG", "UN Security Council"},
    {"United Nations Security Council", "ORG", "UN Security Council"},
    {"UN General Assembly", "ORG", "UN General Assembly"},
    {"General Assembly", "ORG", "UN General Assembly"},
    {"WHO", "ORG", "World Health Organization"},
    {"World Health Organization", "ORG", "World Health Organization"},
    {"IMF", "ORG", "International Monetary Fund"},
    {"International Monetary Fund", "ORG", "International Monetary Fund"},
    {"World Bank", "ORG", ""},
    {"WTO", "ORG", "World Trade Organization"},
    {"World Trade Organization", "ORG", "World Trade Organization"},
    {"OSCE", "ORG", "OSCE"},
    {"Organization for Security and Co-operation in Europe", "ORG", "OSCE"},
    {"OPEC", "ORG", "OPEC"},
    {"IAEA", "ORG", "IAEA"},
    {"International Atomic Energy Agency", "ORG", "IAEA"},
    {"ICC", "ORG", "International Criminal Court"},
    {"International Criminal Court", "ORG", "International Criminal Court"},
    {"European Commission", "ORG", ""},
    {"European Parliament", "ORG", ""},
    {"European Council", "ORG", ""},
    {"European Central Bank", "ORG", ""},
    {"ECB", "ORG", "European Central Bank"},
    {"Council of Europe", "ORG", ""},
    {"African Union", "ORG", ""},
    {"Arab League", "ORG", ""},
    {"ASEAN", "ORG", ""},
    {"G7", "ORG", ""},
    {"G20", "ORG", ""},
    {"Red Cross", "ORG", ""},
    {"Amnesty International", "ORG", ""},
    {"Human Rights Watch", "ORG", ""},
    {"Pentagon", "ORG", ""},
    {"Kremlin", "ORG", ""},
    {"White House", "ORG", ""},
    {"State Department", "ORG", ""},
    {"Downing Street", "ORG", ""},
    {"Elysee", "ORG", "Élysée"},
    {"Élysée", "ORG", "Élysée"},
    {"Congress", "ORG", ""},
    {"Senate", "ORG", ""},
    {"House of Representatives", "ORG", ""},
    {"House of Commons", "ORG", ""},
    {"House of Lords", "ORG", ""},
    {"Federal Reserve", "ORG", ""},
    {"Supreme Court", "ORG", ""},
    {"Duma", "ORG", "State Duma"},
    {"State Duma", "ORG", "State Duma"},
    {"Verkhovna Rada", "ORG", ""},
    {"Bundestag", "ORG", ""},
    {"Knesset", "ORG", ""},
    {"FBI", "ORG", ""},
    {"CIA", "ORG", ""},
    {"NSA", "ORG", ""},
    {"KGB", "ORG", ""},
    {"FSB", "ORG", ""},
    {"GRU", "ORG", ""},
    {"SBU", "ORG", ""},
    {"MI5", "ORG", ""},
    {"MI6", "ORG", ""},
    {"Reuters", "ORG", ""},
    {"AFP", "ORG", "AFP"},
    {"Agence France-Presse", "ORG", "AFP"},
    {"Agence France Presse", "ORG", "AFP"},
    {"AP", "ORG", "Associated Press"},
    {"Associated Press", "ORG", "Associated Press"},
    {"Bloomberg", "ORG", ""},
    {"BBC", "ORG", ""},
    {"CNN", "ORG", ""},
    {"ABC", "ORG", ""},
    {"NBC", "ORG", ""},
    {"CBS", "ORG", ""},
    {"MSNBC", "ORG", ""},
    {"Fox News", "ORG", ""},
    {"NPR", "ORG", ""},
    {"Al Jazeera", "ORG", ""},
    {"TASS", "ORG", ""},
    {"Tass", "ORG", "TASS"},
    {"RIA Novosti", "ORG", ""},
    {"Interfax", "ORG", ""},
    {"Xinhua", "ORG", ""},
    {"NDTV", "ORG", ""},
    {"New York Times", "ORG", ""},
    {"Washington Post", "ORG", ""},
    {"Wall Street Journal", "ORG", ""},
    {"Financial Times", "ORG", ""},
    {"Guardian", "ORG", ""},
    {"El Pais", "ORG", "El País"},
    {"El País", "ORG", "El País"},
    {"Le Monde", "ORG", ""},
    {"Der Spiegel", "ORG", ""},
    {"Politico", "ORG", ""},
    {"Axios", "ORG", ""},
    {"Hamas", "ORG", ""},
    {"Hezbollah", "ORG", ""},
    {"Taliban", "ORG", ""},
    {"Islamic State", "ORG", ""},
    {"ISIS", "ORG", "Islamic State"},
    {"ISIL", "ORG", "Islamic State"},
    {"Al-Qaeda", "ORG", ""},
    {"al-Qaeda", "ORG", "Al-Qaeda"},
    {"Al Qaeda", "ORG", "Al-Qaeda"},
    {"Wagner Group", "ORG", ""},
    {"Gazprom", "ORG", ""},
    {"Rosneft", "ORG", ""},
    {"Naftogaz", "ORG", ""},
    {"Google", "ORG", ""},
    {"Microsoft", "ORG", ""},
    {"Amazon", "ORG", ""},
    {"Facebook", "ORG", ""},
    {"Twitter", "ORG", ""},
    {"Telegram", "ORG", ""},
    {"Boeing", "ORG", ""},
    {"Airbus", "ORG", ""},
    {"Democratic Party", "ORG", ""},
    // Parties named like a group of people, which the NORP entries below would split.
    {"Social Democrats", "ORG", ""},
    {"Liberal Democrats", "ORG", ""},
    {"Christian Democrats", "ORG", ""},
    {"Free Democrats", "ORG", ""},
    {"Sweden Democrats", "ORG", ""},
    {"Republican Party", "ORG", ""},
    {"Labour", "ORG", "Labour Party"},
    {"Labour Party", "ORG", ""},
    {"Conservative Party", "ORG", ""},
    // Events and other names news repeats.
    {"Nord Stream", "MISC", ""},
    {"Nord Stream 2", "MISC", ""},
    {"Olympics", "MISC", ""},
    {"Winter Olympics", "MISC", ""},
    {"Olympic Games", "MISC", ""},
    {"Cold War", "MISC", ""},
    {"World War II", "MISC", ""},
    {"Second World War", "MISC", "World War II"},
    {"World War I", "MISC", ""},
    {"First World War", "MISC", "World War I"},
    {"Brexit", "MISC", ""},
    {"Covid-19", "MISC", ""},
    {"COVID-19", "MISC", "Covid-19"},
    {"Covid", "MISC", "Covid-19"},
    {"Islam", "MISC", ""},
    // Languages without a demonym of the same spelling below.
    {"Latin", "NORP", ""},
    {"Hebrew", "NORP", ""},
    {"Sanskrit", "NORP", ""},
    {"Yiddish", "NORP", ""},
    {"Swahili", "NORP", ""},
    {"Hindi", "NORP", ""},
    {"Urdu", "NORP", ""},
    {"Mandarin", "NORP", ""},
    {"Cantonese", "NORP", ""},
    {"Tamil", "NORP", ""},
    {"Bengali", "NORP", ""},
    {"Punjabi", "NORP", ""},
    {"Gaelic", "NORP", ""},
    {"Christianity", "MISC", ""},
    {"Internet", "MISC", ""},
    // Group names that behave like nationalities.
    {"Democrats", "NORP", "Democrat"},
    {"Democrat", "NORP", "Democrat"},
    {"Republicans", "NORP", "Republican"},
    {"Republican", "NORP", "Republican"},
    {"Western", "NORP", "Western"},
    {"Westerners", "NORP", "Western"},
    {"Kurds", "NORP", "Kurdish"},
    {"Jews", "NORP", "Jewish"},
    {"Muslims", "NORP", "Muslim"},
    {"Christians", "NORP", "Christian"},
    {"Catholics", "NORP", "Catholic"},
    {"Sunni", "NORP", ""},
    {"Shia", "NORP", ""},
    {"Shiite", "NORP", ""},
    {"Soviet", "NORP", ""},
    {"Pro-Russian", "NORP", "Russian"},
};

// Demonyms: adjective|plural noun. Each is a NORP entity keyed by the adjective.
const char* const kDemonyms[] = {
    "Afghan|Afghans", "Albanian|Albanians", "Algerian|Algerians", "American|Americans",
    "Andorran", "Angolan|Angolans", "Argentine|Argentines", "Argentinian|Argentinians",
    "Armenian|Armenians", "Australian|Australians", "Austrian|Austrians",
    "Azerbaijani|Azerbaijanis", "Bahraini|Bahrainis", "Bangladeshi|Bangladeshis",
    "Belarusian|Belarusians", "Belarussian", "Belgian|Belgians", "Bolivian|Bolivians",
    "Bosnian|Bosnians", "Brazilian|Brazilians", "British|Britons", "Bulgarian|Bulgarians",
    "Burmese", "Cambodian|Cambodians", "Cameroonian|Cameroonians", "Canadian|Canadians",
    "Chadian", "Chechen|Chechens", "Chilean|Chileans", "Chinese", "Colombian|Colombians",
    "Congolese", "Croatian|Croatians|Croats", "Cuban|Cubans", "Cypriot|Cypriots",
    "Czech|Czechs", "Danish|Danes", "Dutch", "Ecuadorian|Ecuadorians",
    "Egyptian|Egyptians", "Emirati|Emiratis", "English", "Eritrean|Eritreans",
    "Estonian|Estonians", "Ethiopian|Ethiopians", "European|Europeans", "Filipino|Filipinos",
    "Finnish|Finns", "French", "Georgian|Georgians", "German|Germans", "Ghanaian|Ghanaians",
    "Greek|Greeks", "Guatemalan|Guatemalans", "Haitian|Haitians", "Honduran|Hondurans",
    "Hungarian|Hungarians", "Icelandic|Icelanders", "Indian|Indians",
    "Indonesian|Indonesians", "Iranian|Iranians", "Iraqi|Iraqis", "Irish", "Israeli|Israelis",
    "Italian|Italians", "Ivorian|Ivorians", "Jamaican|Jamaicans", "Japanese",
    "Jordanian|Jordanians", "Kazakh|Kazakhs", "Kazakhstani", "Kenyan|Kenyans",
    "Korean|Koreans", "Kosovar|Kosovars", "Kurdish", "Kuwaiti|Kuwaitis", "Kyrgyz",
    "Latvian|Latvians", "Lebanese", "Liberian|Liberians", "Libyan|Libyans",
    "Lithuanian|Lithuanians", "Luxembourgish", "Malaysian|Malaysians", "Malian|Malians",
    "Maltese", "Mexican|Mexicans", "Moldovan|Moldovans", "Mongolian|Mongolians",
    "Montenegrin|Montenegrins", "Moroccan|Moroccans", "Mozambican|Mozambicans",
    "Namibian|Namibians", "Nepali|Nepalese", "New Zealander|New Zealanders",
    "Nicaraguan|Nicaraguans", "Nigerian|Nigerians", "Nigerien", "Norwegian|Norwegians",
    "Omani|Omanis", "Pakistani|Pakistanis", "Palestinian|Palestinians",
    "Panamanian|Panamanians", "Paraguayan|Paraguayans", "Persian", "Peruvian|Peruvians",
    "Polish|Poles", "Portuguese", "Qatari|Qataris", "Romanian|Romanians",
    "Russian|Russians", "Rwandan|Rwandans", "Saudi|Saudis", "Scottish|Scots",
    "Senegalese", "Serbian|Serbs", "Singaporean|Singaporeans", "Slovak|Slovaks",
    "Slovenian|Slovenians|Slovenes", "Somali|Somalis", "South African|South Africans",
    "Spanish|Spaniards", "Sri Lankan|Sri Lankans", "Sudanese", "Swedish|Swedes",
    "Swiss", "Syrian|Syrians", "Taiwanese", "Tajik|Tajiks", "Tanzanian|Tanzanians",
    "Thai", "Tunisian|Tunisians", "Turkish|Turks", "Turkmen", "Ugandan|Ugandans",
    "Ukrainian|Ukrainians", "Uruguayan|Uruguayans", "Uzbek|Uzbeks",
    "Venezuelan|Venezuelans", "Vietnamese", "Welsh", "Yemeni|Yemenis",
    "Zambian|Zambians", "Zimbabwean|Zimbabweans", "Arab|Arabs", "Asian|Asians",
    "African|Africans", "Latin American|Latin Americans", "Baltic", "Nordic",
    "Scandinavian|Scandinavians", "Slavic", "Caucasian", "Sikh|Sikhs", "Hindu|Hindus",
    "Muslim", "Jewish", "Christian", "Catholic|Catholics", "Orthodox", "Islamic",
    "Buddhist|Buddhists", "Soviet|Soviets", "Crimean", "Donbas", "Kremlin-backed",
    "Pashtun|Pashtuns", "Tatar|Tatars", "Uyghur|Uyghurs", "Uighur|Uighurs",
    "Yazidi|Yazidis", "Alawite|Alawites", "Sunni|Sunnis", "Shia|Shias", "Basque|Basques",
    "Catalan|Catalans", "Roman|Romans", "Flemish", "Walloon", "Bavarian", "Texan|Texans",
    "Californian|Californians", "Londoner|Londoners", "Muscovite|Muscovites",
};

const std::pair<const char*, const char*> kCountryDisplayNames[] = {
    {"RU", "Russia"},      {"TR", "Turkey"},       {"GB", "United Kingdom"},
    {"US", "United States"}, {"KR", "South Korea"}, {"KP", "North Korea"},
    {"IR", "Iran"},        {"SY", "Syria"},        {"VN", "Vietnam"},
    {"LA", "Laos"},        {"BO", "Bolivia"},      {"VE", "Venezuela"},
    {"TZ", "Tanzania"},    {"MD", "Moldova"},      {"TW", "Taiwan"},
    {"CD", "Democratic Republic of the Congo"},    {"CG", "Republic of the Congo"},
    {"PS", "Palestine"},   {"VA", "Holy See"},     {"FM", "Micronesia"},
    {"BN", "Brunei"},      {"MK", "North Macedonia"}, {"CZ", "Czechia"},
};

}  // namespace

const std::vector<WordEntry>& BuiltInWords() {
  // The views point into the string literals above, which live for the whole program.
  static const std::vector<WordEntry> words = [] {
    std::vector<WordEntry> out;
    for (const WordList& list : kWordLists) {
      std::string_view rest = list.words;
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        const std::string_view w = rest.substr(0, sp);
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        if (!w.empty()) out.push_back({w, list.classes});
      }
    }
    return out;
  }();
  return words;
}

const std::vector<NameEntry>& BuiltInNames() {
  static const std::vector<NameEntry> names = [] {
    std::vector<NameEntry> out(std::begin(kNames), std::end(kNames));
    for (const char* spec : kDemonyms) {
      std::string_view rest = spec;
      // The adjective, first in the entry, is the canonical form of every spelling.
      const std::string_view adjective = rest.substr(0, rest.find('|'));
      while (true) {
        const size_t sep = rest.find('|');
        out.push_back({rest.substr(0, sep), "NORP", adjective});
        if (sep == std::string_view::npos) break;
        rest = rest.substr(sep + 1);
      }
    }
    return out;
  }();
  return names;
}

const std::vector<std::pair<const char*, const char*>>& CountryDisplayNames() {
  static const std::vector<std::pair<const char*, const char*>> names(
      std::begin(kCountryDisplayNames), std::end(kCountryDisplayNames));
  return names;
}

}  // namespace sitrep::extract::internal
