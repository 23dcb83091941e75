// Name pools for fictional people. Names are common in their tradition, so that a
// reader sees plausible people, and the pools are wide, so that a later stage cannot
// recognise speakers by memorising a short list.
#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "bench/gen/lexicon.h"

namespace sitrep::gen {
namespace {

// Space-separated words; '_' stands for a space inside one name ("de_la_Cruz").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) {
      std::string word(text.substr(i, j - i));
      std::replace(word.begin(), word.end(), '_', ' ');
      out.push_back(std::move(word));
    }
    i = j;
  }
  return out;
}

struct RawPool {
  const char* id;
  const char* male;
  const char* female;
  const char* surnames;
  bool feminine_surnames;
};

constexpr RawPool kPools[] = {
    {"anglo",
     "James John Robert Michael David William Richard Thomas Mark Paul Steven Andrew Kevin "
     "Brian George Edward Ryan Gary Timothy Daniel Patrick Simon Graham Neil",
     "Mary Patricia Jennifer Linda Elizabeth Susan Sarah Karen Nancy Lisa Margaret Emily "
     "Rachel Laura Helen Claire Amanda Rebecca Joanna Catherine Fiona Megan Heather",
     "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
     "Martin Jackson Thompson White Harris Clarke Lewis Walker Hall Allen Young Wright Hughes "
     "Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
     "Edwards Collins Stewart Morris Murphy Cook Rogers Bennett Gray Hayes Doyle Fletcher",
     false},
    {"hispanic",
     "Jose Luis Carlos Juan Miguel Javier Alejandro Diego Andres Fernando Pablo Jorge Ricardo "
     "Sergio Raul Eduardo Manuel Rafael Gustavo Hector",
     "Maria Ana Carmen Lucia Sofia Isabel Elena Laura Paula Marta Gabriela Valeria Adriana "
     "Claudia Patricia Rosa Beatriz Veronica Natalia Ximena",
     "Garcia Rodriguez Martinez Lopez Hernandez Gonzalez Perez Sanchez Ramirez Torres Flores "
     "Rivera Gomez Diaz Morales Reyes Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza "
     "Castillo Jimenez Vargas Romero Herrera Medina Aguilar Navarro Salazar Fuentes Cabrera "
     "Delgado Vega Paredes de_la_Cruz Ibarra",
     false},
    {"portuguese",
     "Joao Pedro Paulo Tiago Rui Nuno Ricardo Marcelo Bruno Rafael Gustavo Luiz Andre Fabio",
     "Ana Beatriz Mariana Ines Juliana Fernanda Camila Leticia Patricia Renata Luisa Helena",
     "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Ribeiro "
     "Martins Rocha Lima Barbosa Teixeira Moreira Cardoso Nunes Mendes Pinto Tavares",
     false},
    {"french",
     "Jean Pierre Michel Philippe Alain Nicolas Julien Laurent Olivier Thierry Francois "
     "Antoine Sebastien Mathieu Christophe Benoit Yves Etienne",
     "Marie Nathalie Isabelle Sylvie Catherine Sophie Valerie Christine Celine Camille "
     "Aurelie Helene Claire Juliette Delphine Brigitte Elodie Margaux",
     "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
     "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Mercier "
     "Dupont Lambert Bonnet Francois Martinez Legrand Gauthier Chevalier",
     false},
    {"german",
     "Thomas Michael Andreas Stefan Klaus Jurgen Wolfgang Frank Markus Christian Matthias "
     "Tobias Jan Lars Florian Jens Dirk Uwe Holger Karsten",
     "Sabine Petra Claudia Andrea Katrin Julia Anja Stefanie Birgit Monika Susanne Nicole "
     "Annalena Franziska Heike Kerstin Ulrike Lena Miriam",
     "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer "
     "Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann Hartmann "
     "Lange Werner Krause Lehmann Kohler Brandt Vogel Keller Berger Frank Jung Hahn",
     false},
    {"dutch_nordic",
     "Lars Erik Anders Johan Henrik Nils Mikael Sven Jonas Pieter Jeroen Bas Willem Ruben "
     "Sander Mats Ola Jukka Mikko Pekka",
     "Ingrid Anna Karin Eva Maria Sofie Emma Hanna Linnea Astrid Sanne Femke Lotte Anneke "
     "Marit Kaisa Liisa Sanna",
     "Hansen Johansson Andersson Nilsson Larsen Eriksson Lindqvist Berg Dahl Haugen Solberg "
     "Halvorsen Nieminen Virtanen Korhonen Makinen de_Vries van_Dijk Bakker Visser Smit "
     "Jansen de_Boer Mulder Bos Vos Peters Hendriks",
     false},
    {"italian",
     "Marco Giuseppe Giovanni Luca Andrea Francesco Alessandro Matteo Stefano Roberto "
     "Paolo Davide Massimo Fabrizio Enrico Claudio",
     "Giulia Francesca Chiara Sara Valentina Alessandra Federica Silvia Elena Martina "
     "Paola Roberta Giorgia Laura Simona Ilaria",
     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
     "Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
     "Mariani Rinaldi Caruso Ferrara Galli",
     false},
    {"romanian",
     "Andrei Mihai Ion Alexandru Cristian Florin Bogdan Adrian Vlad Radu Dorin Igor",
     "Ioana Elena Maria Andreea Alexandra Mihaela Cristina Irina Natalia Diana Ana",
     "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin "
     "Ciobanu Moldovan Lupu Cojocaru Sandu Grosu Ursu Ceban Turcanu",
     false},
    {"central_african",
     "Jean-Pierre Felix Patrice Joseph Christophe Didier Guy Emmanuel Trésor Junior",
     "Marie-Claire Esther Chantal Solange Grace Jeanine Berthe Nadine Pascaline",
     "Mbuyi Kabongo Tshibanda Mukendi Ilunga Kasongo Lukusa Mwamba Kalonji Mulumba Banza "
     "Nzuzi Mabiala Lumbu",
     false},
    {"greek",
     "Giorgos Nikos Dimitris Kostas Yannis Christos Panagiotis Vassilis Andreas Stavros",
     "Maria Eleni Katerina Sofia Dimitra Georgia Ioanna Anna Vasiliki Despina",
     "Papadopoulos Georgiou Nikolaidis Konstantinou Dimitriou Vlachos Oikonomou Pappas "
     "Makris Alexiou Karagiannis Antoniou Samaras Christodoulou Stavrou",
     false},
    {"east_slavic",
     "Alexander Sergei Dmitry Andrei Alexei Mikhail Ivan Nikolai Pavel Oleg Viktor Igor "
     "Yuri Vladimir Oleksandr Oleksiy Mykola Taras Vitaliy Bohdan Denys Roman Maxim Kirill",
     "Elena Olga Natalia Irina Tatiana Svetlana Anna Maria Yulia Ekaterina Oksana Iryna "
     "Kateryna Halyna Larysa Viktoria Daria Ksenia Alina Marina",
     "Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov "
     "Volkov Orlov Fedorov Belov Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov "
     "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk "
     "Lysenko Marchenko Rudenko Savchenko Petrenko Tkachuk Moroz Hrytsenko",
     true},
    {"west_slavic",
     "Piotr Tomasz Krzysztof Andrzej Pawel Marcin Michal Jakub Jan Petr Martin Tomas Jiri "
     "Lukas Marek Ondrej Milan Bogdan",
     "Anna Katarzyna Malgorzata Agnieszka Magdalena Joanna Ewa Barbara Jana Petra Lucie "
     "Tereza Marketa Zuzana Monika Dominika",
     "Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski "
     "Wozniak Dabrowski Kozlowski Jankowski Mazur Krawczyk Novak Svoboda Novotny Dvorak "
     "Cerny Prochazka Kucera Vesely Horak Nemec Marek Pokorny",
     false},
    {"balkan",
     "Aleksandar Nikola Marko Stefan Milos Dragan Zoran Goran Vuk Luka Ivan Dejan Besnik "
     "Arben Driton Ilir",
     "Jelena Milica Ana Marija Ivana Dragana Snezana Tamara Vesna Jasmina Arta Vjosa Teuta",
     "Jovanovic Petrovic Nikolic Markovic Djordjevic Stojanovic Ilic Stankovic Pavlovic "
     "Milosevic Todorovic Kovacevic Popovic Hoxha Krasniqi Gashi Berisha Shala Morina",
     false},
    {"georgian",
     "Giorgi Davit Levan Irakli Nika Zurab Lasha Tornike Otar Vakhtang",
     "Nino Tamar Mariam Ketevan Salome Ana Eka Natia Maia Tinatin",
     "Beridze Kapanadze Gelashvili Lomidze Tsiklauri Maisuradze Javakhishvili Kvaratskhelia "
     "Bakradze Chkheidze Japaridze Khutsishvili",
     false},
    {"armenian",
     "Aram Armen Tigran Hayk Vardan Gevorg Narek Davit Ashot Karen",
     "Ani Lilit Anahit Gayane Mariam Nare Siranush Armine Lusine Hasmik",
     "Khachatryan Grigoryan Sargsyan Hakobyan Petrosyan Harutyunyan Avetisyan Mkrtchyan "
     "Vardanyan Hovhannisyan Karapetyan Ghazaryan",
     false},
    {"azerbaijani",
     "Elchin Rashad Farid Anar Tural Orkhan Vugar Elnur Ramil Kamran",
     "Leyla Gunel Aysel Nigar Sevinj Lala Aynur Narmin Konul Ulviyya",
     "Mammadov Aliyev Huseynov Hasanov Ismayilov Guliyev Abbasov Rzayev Babayev Karimov "
     "Jafarov Najafov",
     true},
    {"baltic",
     "Andris Janis Martins Raimonds Toomas Mart Jaan Kristjan Tomas Mindaugas Darius Gintaras",
     "Inese Ilze Liga Kristiina Kadri Triin Egle Ruta Jurate Laura Daiva",
     "Berzins Kalnins Ozols Liepins Tamm Saar Sepp Magi Kask Kazlauskas Jankauskas "
     "Petrauskas Stankevicius Vasiliauskas Zukauskas",
     false},
    {"turkic",
     "Mehmet Mustafa Ahmet Ali Huseyin Hasan Ibrahim Murat Emre Burak Kemal Serkan Yusuf "
     "Nurlan Yerlan Daniyar Askar Timur Bakyt Azamat",
     "Ayse Fatma Emine Zeynep Elif Merve Aylin Ebru Selin Esra Aigerim Dinara Gulnara "
     "Saule Madina Aizhan",
     "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan "
     "Kilic Aslan Cetin Kurt Koc Polat Nurpeisov Tokayev Abenov Suleimenov Akhmetov "
     "Dzhumabaev Sadykov",
     true},
    {"arabic",
     "Mohammed Ahmed Ali Omar Khalid Hassan Youssef Ibrahim Mahmoud Tariq Samir Karim Nabil "
     "Walid Fadi Rami Adel Bilal Hamza Ziad Jamal Faisal",
     "Fatima Aisha Mariam Layla Nour Huda Rania Salma Yasmin Leila Dalia Amira Samira Hala "
     "Reem Lina Noura Zeinab",
     "Al-Masri Haddad Khalil Nasser Saleh Hamdan Mansour Abdullah Youssef Saeed Darwish "
     "Khoury Haddad Aziz Hussein Karimi Ibrahim Farouk Rahman Qasim Othman Bakr Jaber "
     "El-Sayed Ben_Ali Bouazizi Benali Mahjoub Idris Zidane Suleiman Al-Hashimi",
     false},
    {"persian",
     "Ali Reza Mohammad Hossein Mehdi Amir Dariush Kaveh Farhad Babak Navid Saeed",
     "Maryam Zahra Fatemeh Shirin Parisa Leila Nasrin Roya Azadeh Niloufar Mina Sara",
     "Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Rahimi Hashemi Sadeghi "
     "Ebrahimi Tehrani Kazemi Safavi Nouri Bagheri",
     false},
    {"south_asian",
     "Rahul Amit Sanjay Vikram Arjun Rajesh Suresh Anil Ravi Imran Asif Faisal Tariq "
     "Kamal Shafiq Nasir Pradeep Manoj Ashok Deepak",
     "Priya Anjali Sunita Kavita Pooja Neha Deepa Meera Ayesha Sana Nadia Farzana Shirin "
     "Rekha Lakshmi Divya Shabnam Nasreen",
     "Sharma Verma Gupta Singh Kumar Patel Reddy Rao Nair Iyer Mehta Joshi Chatterjee "
     "Banerjee Das Khan Qureshi Malik Chaudhry Hussain Siddiqui Ahmed Rahman Hossain "
     "Chowdhury Islam Bhattarai Pillai Menon",
     false},
    {"chinese",
     "Wei Jun Hao Lei Ming Jian Tao Yong Qiang Bo Gang Chen Feng Zhiwei Xiaoming",
     "Li Na Fang Jing Ying Hui Yan Xiu Mei Lin Xiaoyan Jie Ping Yu Hong",
     "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
     "Zheng Liang Xie Song Tang",
     false},
    {"japanese",
     "Hiroshi Takeshi Kenji Satoshi Yuki Daisuke Kazuo Shinji Haruto Makoto Kenta Ryota",
     "Yuko Akiko Keiko Naoko Haruka Yui Mai Emi Sachiko Megumi Aya Rie",
     "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
     "Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu",
     false},
    {"korean",
     "Min-jun Ji-ho Seung-woo Dong-hyun Jae-won Sung-min Young-soo Hyun-woo Jin-ho Tae-yang",
     "Ji-woo Seo-yeon Min-ji Su-bin Ha-eun Eun-ji Hye-jin Yoo-na Ji-hye Soo-jin",
     "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang",
     false},
    {"filipino",
     "Jose Ramon Rodrigo Antonio Mark Paolo Miguel Carlo Rafael Juan Ferdinand Manuel",
     "Maria Corazon Imelda Marites Andrea Patricia Kristine Angelica Jocelyn Gloria Liza",
     "Reyes Santos Cruz Bautista Villanueva Dela_Rosa Aquino Garcia Mendoza Ramos Castillo "
     "Fernandez Lim Tan Navarro Gonzales",
     false},
    {"vietnamese",
     "Minh Tuan Hung Duc Long Quang Thanh Hieu Nam Dung",
     "Lan Huong Mai Thu Linh Trang Hoa Ngoc Anh Phuong",
     "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Ly",
     false},
    {"thai",
     "Somchai Anan Chaiwat Surasak Thanakorn Kittisak Wichai Narong Prasert Sombat",
     "Siriporn Kanya Suda Malee Nattaya Pranee Wanida Supaporn Ratana",
     "Srisuk Wongsakul Chaiyaporn Saetang Jaidee Boonmee Kaewkla Thongchai Rattanakul Phromma",
     false},
    {"malay_indonesian",
     "Budi Agus Joko Rizal Ahmad Hendra Bambang Arif Dedi Faisal Hafiz Azlan",
     "Dewi Siti Putri Ayu Sri Rina Nurul Aisyah Fitri Intan",
     "Santoso Wijaya Hidayat Setiawan Kusuma Pratama Saputra Nugroho Rahman Ibrahim Hassan "
     "Abdullah Ismail Harahap",
     false},
    {"burmese",
     "Aung Kyaw Htun Min Zaw Thura Soe Myo Ko Naing",
     "Khin Thandar Su Nilar Aye Ei Hnin May",
     "Win Oo Naing Lwin Tun Htet Myint Thein Aung Kyaw Zaw",
     false},
    {"east_african",
     "Abebe Tesfaye Dawit Haile Yohannes Mulugeta Solomon Kibet Otieno Mwangi Kamau "
     "Juma Baraka Hassan Abdi Mohamed Ahmed Yusuf Mohamud Ochieng",
     "Almaz Tigist Hiwot Meron Selam Wanjiru Akinyi Achieng Nyambura Amina Halima Fadumo "
     "Hodan Saida Zawadi Neema",
     "Tadesse Bekele Gebre Alemu Wolde Tesfaye Mengistu Kiprop Odhiambo Kariuki Mutua "
     "Njoroge Wambua Omondi Otieno Mwangi Abdullahi Warsame Farah Hirsi Osman Deng Garang "
     "Mayen Lual Mutesi Okello Nsubuga",
     false},
    {"ethiopian",
     "Abebe Tesfaye Dawit Haile Yohannes Mulugeta Solomon Getachew Biniam Yonas",
     "Almaz Tigist Hiwot Meron Selam Bethlehem Mekdes Sara Liya",
     "Tadesse Bekele Gebre Alemu Wolde Mengistu Girma Kebede Tekle Hailu Desta Assefa",
     false},
    {"somali",
     "Abdi Ahmed Mohamed Hassan Ali Omar Yusuf Abdirahman Farah Ismail",
     "Amina Hodan Fadumo Halima Sahra Asha Ifrah Nimco",
     "Warsame Farah Hirsi Osman Abdullahi Mohamud Aden Jama Nur Egal Dirie",
     false},
    {"west_african",
     "Oluwaseun Chukwuma Emeka Tunde Ibrahim Musa Abdullahi Kwame Kofi Yaw Mamadou Moussa "
     "Amadou Ousmane Seydou Cheikh Ibrahima Aliou",
     "Ngozi Chiamaka Funmilayo Aisha Hauwa Zainab Adwoa Akosua Ama Fatoumata Aminata "
     "Mariama Awa Khadija Rokia",
     "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Bello Abubakar Mensah Asante Owusu Boateng "
     "Diallo Traore Kone Coulibaly Sow Ba Diop Ndiaye Toure Sylla Keita Ouedraogo Sawadogo "
     "Kabore",
     false},
    {"southern_african",
     "Thabo Sipho Themba Bongani Tendai Tatenda Farai Joao Armando Simba Lwazi Mandla",
     "Nomvula Thandiwe Lerato Palesa Chipo Rutendo Nyasha Precious Zanele Naledi",
     "Nkosi Dlamini Ndlovu Khumalo Mokoena Mthembu Moyo Ncube Sibanda Chikwanha Mabunda "
     "Machel Cossa Mahlangu",
     false},
};

std::vector<NamePool> BuildPools() {
  std::vector<NamePool> pools;
  for (const RawPool& raw : kPools) {
    NamePool pool;
    pool.id = raw.id;
    pool.male = Words(raw.male);
    pool.female = Words(raw.female);
    pool.surnames = Words(raw.surnames);
    pool.feminine_surnames = raw.feminine_surnames;
    pools.push_back(std::move(pool));
  }
  return pools;
}

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

const std::vector<NamePool>& NamePools() {
  static const std::vector<NamePool> pools = BuildPools();
  return pools;
}

const NamePool& NamePoolById(const std::string& id) {
  for (const NamePool& pool : NamePools()) {
    if (pool.id == id) return pool;
  }
  throw std::out_of_range("unknown name pool: " + id);
}

std::string FeminineSurname(const std::string& surname) {
  if (EndsWith(surname, "ov") || EndsWith(surname, "ev") || EndsWith(surname, "in") ||
      EndsWith(surname, "yov")) {
    return surname + "a";
  }
  if (EndsWith(surname, "sky")) return surname.substr(0, surname.size() - 1) + "aya";
  return surname;
}

std::string Possessive(const std::string& name) {
  if (!name.empty() && name.back() == 's') return name + "'";
  return name + "'s";
}

}  // namespace sitrep::gen
