// Countries and cities. Real places, so that gazetteer-based stages have something to
// resolve, with the spelling variants real outlets use side by side ("Kyiv"/"Kiev",
// "Mumbai"/"Bombay", "Kraków"/"Krakow"/"Cracow"). People and events are fictional.
#include <stdexcept>
#include <string_view>

#include "bench/gen/lexicon.h"

namespace sitrep::gen {
namespace {

// One line per country, '|'-separated:
//   name | adjective | demonym | name pool | currency | currency unit | region |
//   capital | cities
// Spelling variants are '/'-separated, canonical first; cities are ';'-separated.
constexpr const char* kCountries[] = {
    "Ukraine|Ukrainian|Ukrainians|east_slavic|UAH|hryvnias|europe_east|Kyiv/Kiev|"
    "Kharkiv/Kharkov;Odesa/Odessa;Lviv/Lvov;Dnipro;Zaporizhzhia/Zaporozhye;Mariupol",
    "Russia|Russian|Russians|east_slavic|RUB|rubles|europe_east|Moscow|"
    "St. Petersburg/Saint Petersburg;Belgorod;Rostov-on-Don;Kursk;Voronezh",
    "Belarus|Belarusian|Belarusians|east_slavic|BYN|rubles|europe_east|Minsk|"
    "Gomel/Homel;Brest;Grodno/Hrodna;Vitebsk/Vitsebsk",
    "Poland|Polish|Poles|west_slavic|PLN|zlotys|europe_east|Warsaw|"
    "Kraków/Krakow/Cracow;Gdańsk/Gdansk;Rzeszów/Rzeszow;Lublin;Wrocław/Wroclaw",
    "Romania|Romanian|Romanians|romanian|RON|lei|europe_east|Bucharest|"
    "Constanța/Constanta;Cluj-Napoca;Iași/Iasi;Timișoara/Timisoara",
    "Moldova|Moldovan|Moldovans|romanian|MDL|lei|europe_east|Chișinău/Chisinau/Kishinev|"
    "Bălți/Balti;Tiraspol;Comrat",
    "Czechia/the Czech Republic|Czech|Czechs|west_slavic|CZK|koruna|europe_central|Prague|"
    "Brno;Ostrava;Plzeň/Plzen/Pilsen",
    "Georgia|Georgian|Georgians|georgian|GEL|lari|caucasus|Tbilisi|Batumi;Kutaisi;Gori;Zugdidi",
    "Armenia|Armenian|Armenians|armenian|AMD|drams|caucasus|Yerevan|Gyumri;Vanadzor;Goris",
    "Azerbaijan|Azerbaijani|Azerbaijanis|azerbaijani|AZN|manats|caucasus|Baku|"
    "Ganja;Sumqayit/Sumgait;Shusha/Shushi",
    "Türkiye/Turkey|Turkish|Turks|turkic|TRY|lira|middle_east|Ankara|"
    "Istanbul;İzmir/Izmir;Gaziantep;Antakya;Diyarbakır/Diyarbakir",
    "Greece|Greek|Greeks|greek|EUR||europe_south|Athens|"
    "Thessaloniki/Salonika;Patras;Larissa/Larisa;Volos",
    "Italy|Italian|Italians|italian|EUR||europe_south|Rome|"
    "Milan;Naples;Bologna;Genoa;Florence",
    "Spain|Spanish|Spaniards|hispanic|EUR||europe_south|Madrid|"
    "Barcelona;Valencia;Seville/Sevilla;Zaragoza;Bilbao",
    "Portugal|Portuguese|Portuguese|portuguese|EUR||europe_south|Lisbon|"
    "Porto/Oporto;Coimbra;Faro;Braga",
    "France|French|French|french|EUR||europe_west|Paris|"
    "Marseille/Marseilles;Lyon/Lyons;Toulouse;Lille;Bordeaux",
    "Germany|German|Germans|german|EUR||europe_west|Berlin|"
    "Munich;Hamburg;Cologne;Frankfurt;Dresden",
    "the Netherlands|Dutch|Dutch|dutch_nordic|EUR||europe_west|Amsterdam|"
    "Rotterdam;The Hague;Utrecht;Groningen",
    "Belgium|Belgian|Belgians|french|EUR||europe_west|Brussels|"
    "Antwerp;Ghent;Liège/Liege;Charleroi",
    "Britain/the United Kingdom/the UK|British|Britons|anglo|GBP|pounds|europe_west|London|"
    "Manchester;Glasgow;Birmingham;Cardiff;Leeds",
    "Ireland|Irish|Irish|anglo|EUR||europe_west|Dublin|Cork;Galway;Limerick",
    "Sweden|Swedish|Swedes|dutch_nordic|SEK|kronor|europe_north|Stockholm|"
    "Gothenburg/Göteborg;Malmö/Malmo;Uppsala",
    "Norway|Norwegian|Norwegians|dutch_nordic|NOK|kroner|europe_north|Oslo|"
    "Bergen;Trondheim;Tromsø/Tromso",
    "Finland|Finnish|Finns|dutch_nordic|EUR||europe_north|Helsinki|"
    "Tampere;Turku;Oulu;Lappeenranta",
    "Estonia|Estonian|Estonians|baltic|EUR||europe_north|Tallinn|Tartu;Narva;Pärnu/Parnu",
    "Latvia|Latvian|Latvians|baltic|EUR||europe_north|Riga|Daugavpils;Liepāja/Liepaja",
    "Lithuania|Lithuanian|Lithuanians|baltic|EUR||europe_north|Vilnius|"
    "Kaunas;Klaipėda/Klaipeda;Šiauliai/Siauliai",
    "Serbia|Serbian|Serbs|balkan|RSD|dinars|balkans|Belgrade|Novi Sad;Niš/Nis;Kragujevac",
    "Kosovo|Kosovar|Kosovars|balkan|EUR||balkans|Pristina/Prishtina|"
    "Mitrovica;Prizren;Peja/Peć",
    "Bosnia and Herzegovina/Bosnia|Bosnian|Bosnians|balkan|BAM|marks|balkans|Sarajevo|"
    "Banja Luka;Mostar;Tuzla",
    "Bulgaria|Bulgarian|Bulgarians|balkan|BGN|leva|balkans|Sofia|Plovdiv;Varna;Burgas",
    "Croatia|Croatian|Croatians|balkan|EUR||balkans|Zagreb|Split;Rijeka;Dubrovnik;Zadar",
    "India|Indian|Indians|south_asian|INR|rupees|south_asia|New Delhi|"
    "Mumbai/Bombay;Kolkata/Calcutta;Chennai/Madras;Bengaluru/Bangalore;Guwahati",
    "Pakistan|Pakistani|Pakistanis|south_asian|PKR|rupees|south_asia|Islamabad|"
    "Karachi;Lahore;Peshawar;Quetta",
    "Bangladesh|Bangladeshi|Bangladeshis|south_asian|BDT|taka|south_asia|Dhaka/Dacca|"
    "Chittagong/Chattogram;Sylhet;Khulna;Cox's Bazar",
    "Nepal|Nepali|Nepalis|south_asian|NPR|rupees|south_asia|Kathmandu|"
    "Pokhara;Biratnagar;Lalitpur",
    "Sri Lanka|Sri Lankan|Sri Lankans|south_asian|LKR|rupees|south_asia|Colombo|"
    "Kandy;Galle;Jaffna",
    "Myanmar/Burma|Myanmar|Myanmar people|burmese|MMK|kyats|southeast_asia|"
    "Naypyitaw/Naypyidaw/Nay Pyi Taw|Yangon/Rangoon;Mandalay;Sittwe;Myitkyina",
    "China|Chinese|Chinese|chinese|CNY|yuan|east_asia|Beijing|"
    "Shanghai;Guangzhou/Canton;Wuhan;Chongqing;Zhengzhou",
    "Japan|Japanese|Japanese|japanese|JPY|yen|east_asia|Tokyo|Osaka;Sendai;Kobe;Fukuoka",
    "South Korea|South Korean|South Koreans|korean|KRW|won|east_asia|Seoul|"
    "Busan/Pusan;Incheon/Inchon;Daegu/Taegu;Gwangju",
    "the Philippines|Philippine|Filipinos|filipino|PHP|pesos|southeast_asia|Manila|"
    "Cebu;Davao;Tacloban;Zamboanga",
    "Indonesia|Indonesian|Indonesians|malay_indonesian|IDR|rupiah|southeast_asia|Jakarta|"
    "Surabaya;Medan;Makassar;Palu",
    "Malaysia|Malaysian|Malaysians|malay_indonesian|MYR|ringgit|southeast_asia|Kuala Lumpur|"
    "George Town/Penang;Johor Bahru;Kota Kinabalu;Ipoh",
    "Vietnam/Viet Nam|Vietnamese|Vietnamese|vietnamese|VND|dong|southeast_asia|"
    "Hanoi/Ha Noi|Ho Chi Minh City/Saigon;Da Nang/Danang;Hue;Haiphong/Hai Phong",
    "Thailand|Thai|Thais|thai|THB|baht|southeast_asia|Bangkok|"
    "Chiang Mai;Phuket;Hat Yai;Khon Kaen",
    "Kazakhstan|Kazakh|Kazakhs|turkic|KZT|tenge|central_asia|Astana/Nur-Sultan|"
    "Almaty/Alma-Ata;Shymkent/Chimkent;Aktobe;Karaganda/Karagandy",
    "Kyrgyzstan|Kyrgyz|Kyrgyz|turkic|KGS|soms|central_asia|Bishkek|Osh;Jalal-Abad;Karakol",
    "Tajikistan|Tajik|Tajiks|persian|TJS|somoni|central_asia|Dushanbe|"
    "Khujand;Bokhtar;Kulob",
    "Iran|Iranian|Iranians|persian|IRR|rials|middle_east|Tehran/Teheran|"
    "Isfahan/Esfahan;Mashhad;Tabriz;Shiraz",
    "Iraq|Iraqi|Iraqis|arabic|IQD|dinars|middle_east|Baghdad|"
    "Basra/Basrah;Mosul;Erbil/Irbil/Arbil;Kirkuk",
    "Syria|Syrian|Syrians|arabic|SYP|pounds|middle_east|Damascus|Aleppo;Homs;Idlib;Latakia",
    "Lebanon|Lebanese|Lebanese|arabic|LBP|pounds|middle_east|Beirut|"
    "Tripoli;Sidon/Saida;Tyre/Sour;Baalbek",
    "Jordan|Jordanian|Jordanians|arabic|JOD|dinars|middle_east|Amman|"
    "Zarqa;Irbid;Aqaba;Mafraq",
    "Yemen|Yemeni|Yemenis|arabic|YER|rials|middle_east|Sanaa/Sana'a|"
    "Aden;Hodeidah/Hudaydah;Taiz/Ta'izz;Marib",
    "Egypt|Egyptian|Egyptians|arabic|EGP|Egyptian pounds|north_africa|Cairo|"
    "Alexandria;Port Said;Aswan;Luxor",
    "Libya|Libyan|Libyans|arabic|LYD|dinars|north_africa|Tripoli|"
    "Benghazi;Misrata/Misurata;Derna;Sabha",
    "Tunisia|Tunisian|Tunisians|arabic|TND|dinars|north_africa|Tunis|Sfax;Sousse;Gabes",
    "Morocco|Moroccan|Moroccans|arabic|MAD|dirhams|north_africa|Rabat|"
    "Casablanca;Marrakesh/Marrakech;Fez/Fes;Tangier",
    "Algeria|Algerian|Algerians|arabic|DZD|dinars|north_africa|Algiers|"
    "Oran;Constantine;Annaba",
    "Sudan|Sudanese|Sudanese|arabic|SDG|pounds|east_africa|Khartoum|"
    "Omdurman;El Fasher/Al-Fashir;Port Sudan;Nyala",
    "South Sudan|South Sudanese|South Sudanese|east_african|SSP|pounds|east_africa|Juba|"
    "Malakal;Wau;Bor",
    "Ethiopia|Ethiopian|Ethiopians|ethiopian|ETB|birr|east_africa|Addis Ababa|"
    "Mekelle/Mekele;Gondar/Gonder;Bahir Dar;Dire Dawa",
    "Somalia|Somali|Somalis|somali|SOS|shillings|east_africa|Mogadishu|"
    "Kismayo/Kismaayo;Baidoa;Beledweyne;Garowe",
    "Kenya|Kenyan|Kenyans|east_african|KES|shillings|east_africa|Nairobi|"
    "Mombasa;Kisumu;Nakuru;Garissa",
    "Uganda|Ugandan|Ugandans|east_african|UGX|shillings|east_africa|Kampala|"
    "Gulu;Mbarara;Jinja",
    "Tanzania|Tanzanian|Tanzanians|east_african|TZS|shillings|east_africa|Dodoma|"
    "Dar es Salaam;Arusha;Mwanza",
    "the Democratic Republic of the Congo/DR Congo/Congo-Kinshasa|Congolese|Congolese|"
    "central_african|CDF|francs|central_africa|Kinshasa|Goma;Bukavu;Lubumbashi;Kisangani",
    "Nigeria|Nigerian|Nigerians|west_african|NGN|naira|west_africa|Abuja|"
    "Lagos;Kano;Maiduguri;Port Harcourt;Ibadan",
    "Ghana|Ghanaian|Ghanaians|west_african|GHS|cedis|west_africa|Accra|Kumasi;Tamale;Takoradi",
    "Côte d'Ivoire/Ivory Coast|Ivorian|Ivorians|west_african|XOF|CFA francs|west_africa|"
    "Yamoussoukro|Abidjan;Bouaké/Bouake;San-Pédro/San Pedro",
    "Senegal|Senegalese|Senegalese|west_african|XOF|CFA francs|west_africa|Dakar|"
    "Thiès/Thies;Saint-Louis;Ziguinchor",
    "Mali|Malian|Malians|west_african|XOF|CFA francs|west_africa|Bamako|"
    "Timbuktu/Tombouctou;Gao;Mopti;Kidal",
    "Niger|Nigerien|Nigeriens|west_african|XOF|CFA francs|west_africa|Niamey|"
    "Agadez;Zinder;Maradi",
    "Burkina Faso|Burkinabe|Burkinabe|west_african|XOF|CFA francs|west_africa|Ouagadougou|"
    "Bobo-Dioulasso;Djibo;Kaya",
    "Mozambique|Mozambican|Mozambicans|southern_african|MZN|meticais|southern_africa|Maputo|"
    "Beira;Pemba;Nampula;Quelimane",
    "South Africa|South African|South Africans|southern_african|ZAR|rand|southern_africa|"
    "Pretoria|Johannesburg;Durban;Cape Town;Gqeberha/Port Elizabeth",
    "Zimbabwe|Zimbabwean|Zimbabweans|southern_african|ZWL|dollars|southern_africa|Harare|"
    "Bulawayo;Mutare;Gweru",
    "the United States/the US/the U.S.|American|Americans|anglo|USD|dollars|north_america|"
    "Washington|New York;Houston;Miami;Chicago;New Orleans",
    "Canada|Canadian|Canadians|anglo|CAD|Canadian dollars|north_america|Ottawa|"
    "Toronto;Vancouver;Montreal/Montréal;Calgary",
    "Mexico|Mexican|Mexicans|hispanic|MXN|pesos|north_america|Mexico City|"
    "Monterrey;Guadalajara;Tijuana;Acapulco",
    "Guatemala|Guatemalan|Guatemalans|hispanic|GTQ|quetzales|central_america|"
    "Guatemala City|Quetzaltenango;Escuintla;Antigua",
    "Honduras|Honduran|Hondurans|hispanic|HNL|lempiras|central_america|Tegucigalpa|"
    "San Pedro Sula;La Ceiba;Choluteca",
    "Colombia|Colombian|Colombians|hispanic|COP|pesos|south_america|Bogotá/Bogota|"
    "Medellín/Medellin;Cali;Cartagena;Cúcuta/Cucuta",
    "Venezuela|Venezuelan|Venezuelans|hispanic|VES|bolivars|south_america|Caracas|"
    "Maracaibo;Valencia;Barquisimeto",
    "Peru|Peruvian|Peruvians|hispanic|PEN|soles|south_america|Lima|"
    "Cusco/Cuzco;Arequipa;Trujillo;Piura",
    "Ecuador|Ecuadorian|Ecuadorians|hispanic|USD|dollars|south_america|Quito|"
    "Guayaquil;Cuenca;Manta",
    "Bolivia|Bolivian|Bolivians|hispanic|BOB|bolivianos|south_america|La Paz|"
    "Santa Cruz;Cochabamba;Sucre",
    "Brazil|Brazilian|Brazilians|portuguese|BRL|reais|south_america|Brasília/Brasilia|"
    "São Paulo/Sao Paulo;Rio de Janeiro;Porto Alegre;Manaus;Recife",
    "Argentina|Argentine|Argentines|hispanic|ARS|pesos|south_america|Buenos Aires|"
    "Córdoba/Cordoba;Rosario;Mendoza",
    "Chile|Chilean|Chileans|hispanic|CLP|pesos|south_america|Santiago|"
    "Valparaíso/Valparaiso;Concepción/Concepcion;Antofagasta",
    "Haiti|Haitian|Haitians|french|HTG|gourdes|central_america|Port-au-Prince|"
    "Cap-Haïtien/Cap-Haitien;Gonaïves/Gonaives;Les Cayes",
    "Guyana|Guyanese|Guyanese|anglo|GYD|dollars|south_america|Georgetown|"
    "Linden;New Amsterdam;Lethem",
    "Australia|Australian|Australians|anglo|AUD|Australian dollars|oceania|Canberra|"
    "Sydney;Melbourne;Brisbane;Perth",
    "New Zealand|New Zealand|New Zealanders|anglo|NZD|New Zealand dollars|oceania|"
    "Wellington|Auckland;Christchurch;Hamilton",
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

PlaceName ParsePlace(std::string_view text) { return PlaceName{Split(text, '/')}; }

std::vector<Country> BuildCountries() {
  std::vector<Country> countries;
  for (const char* line : kCountries) {
    const std::vector<std::string> f = Split(line, '|');
    if (f.size() != 9) throw std::logic_error(std::string("bad country line: ") + line);
    Country c;
    c.name = ParsePlace(f[0]);
    c.adjective = f[1];
    c.demonym = f[2];
    c.names = f[3];
    c.currency = f[4];
    c.currency_unit = f[5];
    c.region = f[6];
    c.capital = ParsePlace(f[7]);
    for (const std::string& city : Split(f[8], ';')) c.cities.push_back(ParsePlace(city));
    countries.push_back(std::move(c));
  }
  return countries;
}

}  // namespace

const std::vector<Country>& Countries() {
  static const std::vector<Country> countries = BuildCountries();
  return countries;
}

const Country& CountryByName(const std::string& canonical) {
  for (const Country& c : Countries()) {
    if (c.name.canonical() == canonical) return c;
  }
  throw std::out_of_range("unknown country: " + canonical);
}

}  // namespace sitrep::gen
