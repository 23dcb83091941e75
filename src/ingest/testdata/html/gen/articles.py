"""The news texts of the test pages: invented stories, one per page.

Each article: slug, title, date (ISO 8601 as the page states it), author, and body,
a list of blocks: plain strings are paragraphs, "## ..." a subheading, "* ..." a list
item (consecutive items form one list), "> ..." a block quotation.
"""

A = []


def art(slug, title, date, author, body, lang="en", place=None):
    A.append(dict(slug=slug, title=title, date=date, author=author, body=body, lang=lang,
                  place=place))


art("council-budget", "Riverton council approves leaner budget after late-night session",
    "2022-03-14T22:40:00Z", "Maria Olsen", [
    "Riverton's city council approved a $412 million budget shortly before midnight on Monday, cutting spending on road resurfacing while adding money for two new branch libraries.",
    "The vote, 7 to 2, followed nearly six hours of public comment, much of it from residents of the east side who said repairs on Marsh Road had been promised for a decade.",
    "Council member Dana Whitfield, who voted against the plan, said the cuts would leave potholes unfilled for another winter. \"We keep telling people next year,\" she said. \"Next year never comes.\"",
    "Mayor Ernest Obi defended the budget, saying property tax receipts had fallen short of forecasts by about $9 million and that the libraries had been funded by a state grant that would lapse if not used by June.",
    "The budget takes effect on July 1. A separate vote on water rates is scheduled for April.",
])

art("drought-farmers", "Almond growers leave orchards unwatered as drought deepens",
    "2022-07-02", "Tomás Reyes", [
    "Farmers across the southern valley have begun letting their oldest almond trees die, choosing to save water for younger orchards as the third dry summer in a row drains wells and canals.",
    "\"You look at a tree your father planted and you turn off the valve,\" said Luis Carrasco, who farms 300 acres near Kernville. \"There is no good way to do it.\"",
    "State water officials cut surface deliveries to 5 percent of contracted amounts in April, the lowest allocation on record. Groundwater pumping has filled part of the gap, but monitoring wells show levels falling by more than a metre a year in parts of the basin.",
    "## Prices hold for now",
    "Wholesale almond prices have so far stayed flat because of large stocks from last year's harvest, traders said. Economists warn that the loss of mature trees will be felt in two to three years, when replanted orchards are still too young to bear.",
    "The state's agriculture department estimates that about 40,000 acres will be fallowed or abandoned this year, roughly twice the area lost in the drought of 2015.",
])

art("rail-strike", "Rail workers walk out over pay, halting most intercity trains",
    "2022-06-21T06:05:00+01:00", "Priya Natarajan", [
    "Most intercity trains were cancelled on Tuesday as about 40,000 rail workers began the first of three strike days in a dispute over pay and planned changes to maintenance schedules.",
    "Stations in the capital were largely deserted during the morning rush hour, and operators ran only a skeleton service on main lines between 7:30 a.m. and 6:30 p.m.",
    "The union says its members have been offered a 3 percent rise against inflation running above 9 percent. The employers' group says any larger increase must be paid for by changes to working practices, including the closure of ticket offices.",
    "Transport minister Helen Carrow called the strike \"a gift to nobody\" and urged the union to return to talks. The union's general secretary, Frank Dorsey, said talks had broken down because the employers had \"nothing new to say.\"",
    "Further walkouts are planned for Thursday and Saturday. Passengers have been told to travel only if necessary and to check before setting out.",
    "Bus and coach operators reported bookings up by more than half compared with a normal week, and several motorway routes were busier than usual in the early morning.",
])

art("museum-reopens", "Harbour museum reopens with restored whaling ship as centrepiece",
    "2021-11-05", "Gwen Lacey", [
    "The Harbour Maritime Museum reopened to visitors on Friday after a four-year, £18 million renovation that moved a nineteenth-century whaling ship indoors for the first time.",
    "The ship, the Margaret Hale, spent more than a century moored at the quay, where salt spray and storms wore away much of her original timber. Conservators replaced about a third of the hull planking using oak from managed forests and left the remaining original wood visible behind glass panels.",
    "The museum's director, Owen Pritchard, said the new galleries also tell the story of the families who waited ashore. \"For every man on a whaling voyage there was a household running without him for three years,\" he said.",
    "Entry is free for residents of the county. Tickets for other visitors cost £12.",
])

art("vaccine-trial", "Trial finds nasal vaccine cut infections by half in older adults",
    "2023-01-18T14:00:00Z", "Dr. Aisha Kamara", [
    "A nasal spray vaccine against a common respiratory virus reduced infections by about 52 percent among adults over 65, according to results of a trial published on Wednesday.",
    "The study followed 11,400 volunteers in four countries over one winter season. Half received two doses of the spray and half a placebo. Researchers counted 61 confirmed infections in the vaccine group and 127 in the placebo group.",
    "Side effects were mostly mild, the authors wrote, with a runny nose and headache the most frequently reported. Two serious adverse events in the vaccine group were judged unrelated to the vaccine by an independent board.",
    "## What comes next",
    "The manufacturer said it would ask regulators for approval later this year. Independent experts welcomed the results but cautioned that the trial was not large enough to show whether the vaccine prevents hospital admissions.",
    "\"Infection is the easy end point,\" said Professor Lena Markovic, an epidemiologist not involved in the study. \"What matters to older people is staying out of hospital, and we do not know that yet.\"",
    "The researchers plan a second season of follow-up to measure how long protection lasts.",
])

art("transfer-record", "Midfielder Okafor joins Castellon in club-record deal",
    "2022-08-30T19:15:00+02:00", "Sam Whitlock", [
    "Castellon have signed midfielder Daniel Okafor from Northfield for a club-record fee reported to be about 38 million euros, ending a transfer saga that ran through most of the summer.",
    "The 24-year-old, who scored nine goals last season, signed a five-year contract after passing a medical on Tuesday morning. He is expected to go straight into the squad for Saturday's match away to Valverde.",
    "Northfield had rejected two earlier bids and insisted the player was not for sale until his representatives said he would not sign a new contract.",
])

art("earthquake-coast", "Magnitude 6.4 earthquake shakes coastal towns, damaging older buildings",
    "2022-09-12T03:48:00Z", "Kenji Arakawa", [
    "A magnitude 6.4 earthquake struck off the northern coast early on Monday, damaging older buildings in at least three towns and cutting power to about 60,000 homes, officials said.",
    "The quake hit at 3:48 a.m. at a depth of about 20 km, according to the national seismological agency. A tsunami advisory was issued and lifted about an hour later after sea level changes of less than 20 cm were measured.",
    "In the fishing town of Ashiura, the roof of a disused warehouse collapsed and several houses built before the 1981 building code were left leaning. Fire crews rescued an elderly couple from their home, and both were taken to hospital with minor injuries.",
    "Rail operator JR North suspended high-speed services for inspections, and the regional airport closed its runway for three hours to check for cracks.",
    "Aftershocks continued through the morning, the strongest measuring 5.1. The agency warned that a quake of similar strength could follow within the next week.",
    "Schools in the three affected towns will stay closed on Tuesday while engineers inspect classrooms.",
])

art("rates-hold", "Central bank holds rates, signals cuts unlikely before autumn",
    "2023-05-04T12:00:00Z", "Nadia Brennan", [
    "The central bank left its main interest rate unchanged at 4.25 percent on Thursday and said it was too early to consider reducing borrowing costs, even though inflation has slowed for three months in a row.",
    "In a statement, the bank's monetary policy committee said price growth in services remained \"uncomfortably strong,\" pointing to wage settlements above 6 percent in hospitality and retail.",
    "Two of the nine committee members voted for a cut of a quarter point, the first dissent in favour of lower rates since the tightening cycle began.",
    "Markets had expected the decision. The currency rose slightly against the dollar after the statement, and yields on two-year government bonds edged higher as traders pushed back bets on the first cut from July to October.",
    "Business groups urged the bank to move sooner. \"Firms have absorbed twelve months of higher costs,\" said Ruth Abiodun of the Chamber of Commerce. \"Investment plans are being shelved.\"",
])

art("wildfire-evacuation", "Thousands evacuated as wind-driven wildfire crosses highway",
    "2021-08-17T23:10:00-07:00", "Colin Hart", [
    "About 7,500 people were ordered to leave their homes on Tuesday evening after a wildfire pushed by gusts of up to 80 km/h jumped Highway 36 and moved toward the town of Pine Hollow.",
    "The fire has burned more than 12,000 hectares since it started on Sunday afternoon, fire officials said, and was 5 percent contained by nightfall.",
    "Evacuation centres opened at two high schools in neighbouring towns. Red Cross volunteers said about 900 people had registered by 10 p.m., many of them bringing pets and livestock trailers.",
    "Sheriff Amanda Cole said deputies went door to door in rural areas where mobile phone coverage is weak. \"If you are told to go, go,\" she said. \"Do not wait to see the flames.\"",
    "The cause of the fire is under investigation.",
])

art("recount", "Recount confirms Hollis victory by 211 votes in district race",
    "2022-12-02", "Jordan Pike", [
    "A hand recount completed on Friday confirmed that Rebecca Hollis won the 14th district seat by 211 votes, a margin eleven votes narrower than the original count.",
    "Election officials said the difference came mostly from ballots that machines had rejected because of stray marks. Bipartisan teams reviewed 3,120 such ballots and agreed on voter intent in all but 14 cases, which were referred to the county board.",
    "Hollis's opponent, Martin Greaves, conceded in a short statement and thanked the poll workers who had \"given up their weekends to count paper.\"",
    "The recount cost the county about $86,000, which will be paid from the elections department's contingency fund.",
])

art("bridge-closure", "Century-old bridge closed after inspectors find corroded cables",
    "2023-02-27T16:30:00Z", "Elena Fischer", [
    "The Linden Street suspension bridge was closed to all traffic on Monday after inspectors found severe corrosion in two of its main cables, city engineers said.",
    "The bridge, built in 1911, carries about 14,000 vehicles a day between the old town and the university district. Buses will be diverted over the Canal Road bridge, adding about ten minutes to journeys.",
    "Chief engineer Peter Lund said the damage was found during a routine inspection using a new magnetic scanning technique. \"It was not visible from the outside,\" he said. \"That is exactly why we scan.\"",
    "## Repairs could take a year",
    "Replacing the cables will require a temporary support structure and could take up to twelve months, Lund said. The city has not yet estimated the cost.",
    "Pedestrians and cyclists will also be barred from the bridge until engineers have assessed whether the deck can safely carry lighter loads.",
    "Shop owners near the bridge said they feared losing customers. \"Half my trade walks across that bridge,\" said bakery owner Inga Sorensen.",
])

art("tech-layoffs", "Software maker Kestrel to cut 1,200 jobs as growth slows",
    "2023-01-10T13:20:00Z", "Marcus Feld", [
    "Kestrel Systems said on Tuesday it would cut about 1,200 jobs, or 11 percent of its workforce, as demand for its project-management software slows after two years of rapid growth.",
    "Chief executive Irene Szabo said in a message to staff that the company had \"hired ahead of demand that did not arrive\" and that the cuts would fall mostly on sales and recruiting teams.",
    "Departing employees will receive 16 weeks of pay plus one week for each year of service, the company said. Kestrel expects to record charges of about $90 million in the first quarter.",
    "Shares in the company rose 4 percent in early trading.",
])

art("school-meals", "Free school lunches extended to all primary pupils from September",
    "2023-03-09", "Harriet Quinn", [
    "All primary school pupils in the region will receive free lunches from September, education officials announced on Thursday, extending a scheme that had been limited to families on low incomes.",
    "The programme will cost about £130 million a year and reach an estimated 210,000 children. Officials said the change would end the stigma some pupils felt when their classmates knew they qualified for free meals.",
    "Head teachers welcomed the announcement but warned that many schools lacked kitchen space. \"Some of our buildings were designed to serve sixty hot meals, not three hundred,\" said Colin Adeyemi, who leads a primary school in the north of the region.",
    "The education department said £20 million would be set aside for kitchen upgrades, with bids from schools due by the end of May.",
    "## How the scheme will work",
    "* Lunches will meet the existing nutrition standards for school food.",
    "* Parents who already receive free meals do not need to reapply.",
    "* Packed lunches from home remain allowed.",
    "Parents' groups said they would watch closely whether portion sizes and quality held up as numbers grew.",
])

art("port-congestion", "Container ships queue outside port as crane breakdown slows unloading",
    "2021-10-28T09:00:00Z", "Yusuf Demir", [
    "More than twenty container ships were waiting at anchor outside the port of Westhaven on Thursday after two of its largest cranes broke down, slowing unloading during the busiest weeks before the holiday season.",
    "The port authority said spare parts for the cranes were being flown in from Rotterdam and that repairs should be finished by Monday. Until then, ships are waiting an average of six days for a berth, up from two.",
    "Retailers have warned that toys and electronics could arrive late in shops. Haulage firms said drivers were spending hours in queues at the container terminal gates.",
    "The port handled 4.1 million containers last year, about a fifth of the country's sea freight.",
])

art("heatwave", "Heat records fall across the north as temperatures pass 38C",
    "2022-07-19T17:45:00+01:00", "Isla Drummond", [
    "Temperatures passed 38C in several northern towns on Tuesday, breaking records that had stood since 1990, as a heatwave that began in the south spread across the country.",
    "The national weather service recorded 38.7C at Brackley, the highest temperature ever measured north of the river. Railways imposed speed restrictions for fear that tracks would buckle, and several schools closed early.",
    "Hospitals reported a rise in admissions for heat exhaustion, mostly among older people. Health officials urged people to check on elderly neighbours and to avoid strenuous activity in the afternoon.",
    "Forecasters expect cooler air and thunderstorms to arrive from the west on Wednesday night.",
])

art("chess-final", "Teenager Ilyasova wins national chess title in final-round upset",
    "2022-05-29", "Pavel Novak", [
    "Sixteen-year-old Dilnoza Ilyasova won the national chess championship on Sunday, beating the top seed in the final round with the black pieces to finish half a point clear of the field.",
    "Ilyasova, who learned the game at a community centre club, sacrificed a rook on move 31 in a position most commentators had judged level. Her opponent, grandmaster Viktor Hale, resigned twelve moves later.",
    "\"I saw the idea and I could not stop looking at it,\" she said afterwards. \"I was not sure it worked until the very end.\"",
    "The title earns her a place in next year's continental championship.",
])

art("rocket-launch", "Private rocket reaches orbit on second attempt",
    "2023-04-11T07:22:00Z", "Lars Eriksen", [
    "A small rocket built by the start-up Auriga Launch reached orbit on Tuesday, seven months after its first flight ended in an explosion shortly after lift-off.",
    "The 22-metre rocket lifted off from a coastal launch site at 7:22 a.m. and placed two small weather satellites into an orbit about 520 km above the Earth, the company said.",
    "Auriga's founder, Sofia Lindqvist, said engineers had redesigned a valve in the second-stage engine that investigators blamed for the first failure. \"Today the valve behaved,\" she said.",
    "The company plans six launches next year and says it has signed contracts with three satellite operators.",
    "Orbital launches from the country have so far been carried out only by government agencies.",
])

art("flood-valley", "River bursts banks as storm drops month of rain in a day",
    "2021-12-08T11:30:00Z", "Bethan Morgan", [
    "The River Tarn burst its banks in several places on Wednesday after a storm dropped more than a month's rain in 24 hours, flooding hundreds of homes in the valley towns.",
    "Emergency services rescued 46 people from houses and cars, using boats in the centre of Aberllyn, where water reached the first floor of shops on the high street.",
    "The environment agency issued six severe flood warnings, meaning danger to life, and said river levels would stay high into Thursday even as rain eased.",
    "Residents said the flood defences completed in 2017 had held for most of the day before water came over a low section near the railway embankment.",
    "## Clean-up begins",
    "Volunteers began clearing mud from streets in the afternoon. The council opened a rest centre at the leisure centre and said it would collect flood-damaged furniture free of charge.",
    "Insurers said claims were likely to run into tens of millions of pounds.",
])

art("coral-study", "Study finds some corals recover faster after bleaching than expected",
    "2022-10-06T10:00:00Z", "Hannah Cho", [
    "Some reef-building corals recovered from severe bleaching within two years, much faster than scientists had assumed, according to a study of reefs in the western Pacific published on Thursday.",
    "Researchers surveyed 84 reef sites after a marine heatwave in 2019 and returned each year to photograph the same patches of coral. At about a third of the sites, coral cover had returned to at least 80 percent of its earlier level by 2021.",
    "Recovery was fastest where water quality was good and fishing was limited, the authors said, suggesting that local protection can help reefs withstand warming seas.",
    "The study's lead author, Dr. Mele Tupou, cautioned against optimism. \"Recovery needs time between heatwaves,\" she said. \"That time is getting shorter.\"",
])

art("housing-market", "House prices fall for fourth month as mortgage costs bite",
    "2023-02-01T07:00:00Z", "Oliver Stanton", [
    "Average house prices fell 0.6 percent in January, the fourth monthly decline in a row, as higher mortgage rates reduced the number of buyers, a leading lender said on Wednesday.",
    "The typical home now costs about £258,000, 3.2 percent less than at the peak in August. Prices remain about 15 percent higher than before the pandemic.",
    "Mortgage approvals have dropped to their lowest level since 2009, excluding the first months of the pandemic. Rates on a typical two-year fixed deal rose above 6 percent in October before easing to about 5.3 percent.",
    "Estate agents said first-time buyers were the most affected. \"People who could afford a flat last spring simply can't now,\" said Joanna Reid, who runs an agency in the Midlands.",
    "Economists expect prices to fall by between 5 and 10 percent this year before stabilising.",
])

art("minimum-wage", "Minimum wage to rise to $15.50 in January, state says",
    "2022-09-30", "Carla Mendes", [
    "The state's minimum wage will rise to $15.50 an hour on January 1, up from $15, officials said on Friday, under a law that ties increases to inflation.",
    "About 1.1 million workers earn within a dollar of the minimum, according to the state's labour department, most of them in retail, restaurants and home care.",
])

art("ferry-grounding", "Ferry runs aground off island; all 214 aboard safe",
    "2023-06-15T20:10:00+03:00", "Stavros Kalogeropoulos", [
    "A passenger ferry ran aground on a sandbank off the island of Kyra on Thursday evening, and all 214 passengers and 31 crew were taken safely to shore, the coast guard said.",
    "The ferry was travelling from the mainland port of Rafina when it struck the sandbank about 800 metres from Kyra's harbour shortly after 7 p.m. The hull was not breached and no fuel leak was detected, the coast guard said.",
    "Passengers were transferred to two smaller vessels and fishing boats. \"There was a loud noise and the ship stopped,\" said one passenger, Eleni Vasilaki. \"The crew were calm, so we were calm.\"",
    "The captain and two officers were detained for questioning, as is routine after maritime accidents. Investigators will examine the ship's navigation data.",
])

art("library-funding", "Rural libraries win reprieve as county restores funding",
    "2022-04-22", "Nell Abernathy", [
    "Seven rural library branches facing closure will stay open after county commissioners voted on Thursday to restore $1.8 million in funding cut from the draft budget.",
    "Dozens of residents had spoken at earlier meetings, many describing the libraries as the only place in their towns with free internet access. Several high school students said they did homework there because their families could not afford broadband.",
    "Commissioner Ray Tolliver, who proposed the cut, said he still believed the branches should share staff and reduce hours. \"I hear people,\" he said. \"But the money has to come from somewhere.\"",
    "The funding will come from the county's reserve fund, which stands at about $24 million.",
    "Library director Patrice Ngata said the branches would extend evening hours in the autumn.",
])

art("opera-premiere", "New opera about lighthouse keepers premieres to standing ovation",
    "2023-10-21T23:00:00Z", "Claudia Renner", [
    "A new opera by composer Ingrid Solheim about the last lighthouse keepers of the northern coast had its premiere on Saturday, ending in a standing ovation that lasted several minutes.",
    "\"The Keepers\" follows two men and a woman through a single winter on a rock island, cut off from the mainland by storms. The libretto draws on diaries held in the national archive.",
    "Solheim's score uses a small orchestra with a large percussion section, imitating the sound of wind and waves, and at one point the singers fall silent for almost a minute while the lamp mechanism turns.",
    "> \"I wanted the audience to feel how long a night can be,\" Solheim said before the premiere.",
    "Critics were mostly enthusiastic, though some found the second act slow. The production runs for eight performances and will be broadcast on national radio in December.",
])

art("hospital-cyberattack", "Hospital diverts ambulances after ransomware attack",
    "2022-11-24T15:05:00Z", "Rafael Duarte", [
    "A regional hospital diverted ambulances to other facilities for a second day on Thursday after a ransomware attack disabled its computer systems, including electronic patient records.",
    "Staff switched to paper records and postponed non-urgent operations. The emergency department remained open for patients who arrived on their own, the hospital said.",
    "The attack was discovered early on Wednesday when staff found that files on several servers had been encrypted. A ransom note demanded payment in cryptocurrency, according to a person familiar with the investigation.",
    "The hospital's chief executive, Maureen Kell, said it would not pay. \"Our priority is patient safety, and we are restoring systems from backups,\" she said.",
    "National cyber security officials are assisting. It was not clear whether patient data had been stolen.",
    "The hospital serves about 350,000 people. Neighbouring hospitals said they had capacity to take its ambulance patients for now.",
])

art("marathon", "Kiprotich breaks course record as thousands run city marathon",
    "2022-10-09", "Aled Price", [
    "Kenya's Brian Kiprotich won the city marathon on Sunday in 2 hours 5 minutes 48 seconds, breaking the course record by 41 seconds, on a cool, still morning that runners called ideal.",
    "Ethiopia's Tigist Alemu won the women's race in 2:21:03. About 38,000 people finished the race, a record for the event.",
    "Organisers said medical teams treated 210 runners, most for dehydration and cramp, and that two were taken to hospital as a precaution.",
])

art("wind-farm", "Offshore wind farm wins approval despite fishing industry objections",
    "2023-03-29T11:00:00Z", "Morag Sinclair", [
    "The government approved plans on Wednesday for a 1.4-gigawatt offshore wind farm in the North Channel, overruling objections from fishing groups who said it would close valuable grounds.",
    "The project, led by a consortium of two utilities and a pension fund, will have up to 95 turbines about 30 km from the coast and is expected to supply power to about 1.2 million homes from 2029.",
    "Fishing associations said the turbines and their cables would block access to prawn grounds worth several million pounds a year. The developers have agreed to a compensation fund and to allow some fishing between turbines.",
    "## Grid connection",
    "The approval does not yet include the onshore cable route, which will need a separate consent. Residents of two villages near the proposed landing point have formed a group to oppose it.",
    "Energy minister Alistair Rowe said the project was \"essential to meeting our 2030 target\" and would create about 900 jobs during construction.",
    "Construction is due to begin in 2026.",
])

art("fishing-quotas", "Ministers agree cut in cod quota after all-night talks",
    "2021-12-14T05:30:00Z", "Ingrid Dahl", [
    "Fisheries ministers agreed early on Tuesday to cut next year's cod quota by 20 percent after scientists warned that stocks had fallen close to a level where they might not recover.",
    "The deal, reached after more than 18 hours of talks, is smaller than the 35 percent cut scientists had recommended. Ministers said a larger reduction would have forced part of the fleet to stop fishing entirely.",
    "Environmental groups criticised the agreement. Fishing organisations said it would be painful but manageable.",
])

art("airport-delays", "Air traffic control fault grounds flights for three hours",
    "2023-08-28T18:20:00+01:00", "Daniel Frost", [
    "A technical fault in the national air traffic control system forced airlines to cancel or delay hundreds of flights on Monday, the busiest travel day of the holiday weekend.",
    "The air navigation service said the problem, which stopped flight plans from being processed automatically, was identified and fixed within three hours. Controllers entered plans by hand in the meantime, sharply reducing the number of aircraft that could be handled.",
    "Airlines warned that disruption would continue into Tuesday because aircraft and crews were out of position. One carrier said it had cancelled about a quarter of its Monday flights.",
    "The transport secretary said there was no indication of a cyber attack and that a full review had been ordered.",
    "Passengers described long queues at check-in and security. \"We were told to wait and then told to go home,\" said Sarah Okonkwo, who had been due to fly to Lisbon with her two children.",
])

art("protest-march", "Tens of thousands march against pension reform",
    "2023-01-31T18:00:00+01:00", "Claire Dubois", [
    "Tens of thousands of people marched through the capital on Tuesday against a plan to raise the pension age from 62 to 64, in the second day of nationwide protests this month.",
    "Police estimated the crowd in the capital at 87,000; unions put it at 500,000. Demonstrations were also held in more than 200 other towns and cities.",
    "Rail and school staff joined a strike called by eight unions, and about a third of teachers did not work, according to the education ministry.",
    "The government says the reform is needed to keep the pension system from running a deficit. Unions have called a third day of action for next week.",
])

art("harvest", "Vineyards report early, smaller harvest after hot summer",
    "2022-09-05", "Jean-Marc Lefort", [
    "Winemakers across the southern regions began harvesting grapes up to three weeks earlier than usual this year after a hot, dry summer, and most expect smaller yields.",
    "The growers' federation estimated that production would fall by about 10 percent compared with the five-year average, with the sharpest drops in vineyards without irrigation.",
    "Some producers said the quality of the grapes was nonetheless very good. \"Small berries, thick skins, lots of concentration,\" said Martine Cazals, who farms 40 hectares near Pézenas.",
    "Harvest workers were also harder to find this year, several growers said, with some turning to machines for the first time.",
])

art("city-cycling", "City to add 60 km of protected bike lanes by 2025",
    "2022-02-10T08:19:00Z", "Ana Lucia Prado", [
    "The city will build 60 km of protected bike lanes over the next three years, transport officials said on Thursday, more than doubling the current network.",
    "The first routes will connect the central station with three outer districts where cycling rates are lowest. Parking spaces will be removed on some streets, a part of the plan that drew criticism from shop owners.",
    "Cycling groups welcomed the plan but said it should go further. \"Sixty kilometres is a start, not a network,\" said Tobias Rehn of the Cyclists' Union.",
])

art("water-main", "Burst water main floods streets, leaves 30,000 without water",
    "2023-01-05T09:45:00Z", "Fiona Gallagher", [
    "A burst water main flooded streets in the Eastgate district on Thursday morning and left about 30,000 households without running water or with very low pressure, the water company said.",
    "The 90-centimetre pipe, laid in the 1950s, split shortly before 6 a.m., sending water a metre high along Carver Street and into several basements. Police closed roads around the site during the morning rush hour.",
    "The company set up bottled water stations at two supermarkets and said supplies should be restored by late evening. It apologised to customers and said it would pay compensation under its standard scheme.",
    "Residents said it was the third burst on the same street in five years.",
])

art("zoo-birth", "Rare red panda cubs born at city zoo",
    "2022-07-28", "Amelia Ward", [
    "Two red panda cubs have been born at the city zoo, the first of the endangered species to be bred there in twelve years, keepers announced on Thursday.",
    "The cubs, born in late June, are being cared for by their mother in a nest box and will not be seen by visitors until autumn. Keepers have been monitoring them with a hidden camera.",
])

art("inflation-data", "Inflation eases to 6.1 percent as fuel prices fall",
    "2023-07-12T06:00:00Z", "Thomas Becker", [
    "Consumer price inflation eased to 6.1 percent in June from 7.0 percent in May, the statistics office said on Wednesday, helped by a fall in petrol and diesel prices.",
    "Food inflation slowed for the third month in a row but remained above 12 percent, with prices of bread, cheese and vegetables still rising sharply.",
    "Core inflation, which excludes energy, food, alcohol and tobacco, fell to 6.9 percent from 7.1 percent.",
    "Finance minister Gisela Hartmann said the figures showed that \"the worst is behind us\" but warned that wage demands could keep prices high. Opposition parties said households were still struggling with rents and energy bills.",
    "Economists expect inflation to fall below 4 percent by the end of the year.",
])

art("mine-rescue", "Miners rescued after 40 hours trapped underground",
    "2022-03-02T21:00:00-03:00", "Joaquín Herrera", [
    "Rescuers freed nine miners on Wednesday who had been trapped for about 40 hours in a copper mine after a tunnel collapsed, officials said.",
    "The men had taken shelter in a refuge chamber stocked with food, water and oxygen about 350 metres below the surface. Rescue teams drilled a new access route after the main tunnel proved too unstable to clear.",
    "The miners were taken to hospital for checks but were in good condition, the regional health service said. Families who had waited at the mine entrance cheered as the men emerged.",
    "The labour ministry has opened an investigation into the collapse.",
])

art("ai-copyright", "Authors sue AI company over use of novels in training data",
    "2023-09-20T16:00:00Z", "Rebecca Holm", [
    "A group of 17 novelists filed a lawsuit on Wednesday accusing an artificial intelligence company of copying their books without permission to train its language models.",
    "The complaint, filed in federal court, says the company's models can summarise the plots of the authors' novels in detail and produce text in their style. The authors seek damages and a court order barring further use of their work.",
    "The company said it believed its use of publicly available text was lawful and that it would defend itself.",
    "## A growing number of cases",
    "The suit is one of several brought this year by writers, artists and news organisations against AI developers. Legal experts said the cases would test how courts apply fair-use rules to machine learning.",
    "\"There's no precedent that fits neatly,\" said Professor Daniel Cho of the state university law school. \"Both sides can point to cases that seem to help them.\"",
])

art("snowstorm", "Snowstorm closes schools and strands drivers on mountain pass",
    "2022-01-17T19:30:00-05:00", "Megan Doyle", [
    "A snowstorm dropped up to 60 cm of snow across the region on Monday, closing hundreds of schools and stranding dozens of drivers on the Ridge Pass highway for several hours.",
    "State police said about 70 vehicles were stuck on the pass after a lorry jackknifed near the summit. Ploughs cleared a lane by mid-afternoon and no injuries were reported.",
    "Utility crews restored power to most of the 45,000 customers who lost it during the storm. Forecasters expect more snow on Thursday.",
])

# Non-English texts for the character-set pages.
art("fiesta-es", "Miles de personas celebran las fiestas de San Fermín en Pamplona",
    "2022-07-07", "Lucía Martínez", [
    "Miles de personas llenaron el jueves las calles de Pamplona para el primer encierro de las fiestas de San Fermín, que vuelven después de dos años de suspensión por la pandemia.",
    "El recorrido, de unos 850 metros, duró dos minutos y treinta segundos. Los servicios sanitarios atendieron a cinco corredores, ninguno de ellos por asta de toro, según informó el ayuntamiento.",
    "«Es una emoción que no se puede explicar», dijo Íñigo Etxeberria, un vecino que corre el encierro desde hace veinte años. Las fiestas continuarán hasta el 14 de julio.",
], lang="es")

art("bahn-de", "Bahn kündigt Ausbau der Strecke nach Süden an",
    "2023-05-16", "Jürgen Schäfer", [
    "Die Bahn will die Strecke zwischen den beiden Großstädten bis 2030 für Geschwindigkeiten von 250 km/h ausbauen, teilte das Unternehmen am Dienstag mit.",
    "Die Fahrzeit soll sich dadurch um etwa 25 Minuten verkürzen. Die Kosten werden auf rund 3,2 Milliarden Euro geschätzt; der Bund übernimmt den größten Teil.",
    "Anwohner befürchten mehr Lärm. „Wir wollen keine Schallschutzwände vor unseren Fenstern“, sagte eine Sprecherin der Bürgerinitiative. Die Bahn kündigte Gespräche an.",
], lang="de")

art("rynek-pl", "Ceny mieszkań w Krakowie wzrosły o 12 procent",
    "2022-11-03", "Katarzyna Wójcik", [
    "Średnie ceny mieszkań w Krakowie wzrosły w ciągu roku o 12 procent, wynika z danych opublikowanych w czwartek przez bank centralny.",
    "Za metr kwadratowy nowego mieszkania trzeba zapłacić średnio ponad 13 tysięcy złotych. Eksperci spodziewają się, że wzrost cen wyhamuje w przyszłym roku z powodu wysokich stóp procentowych.",
], lang="pl")

art("pogoda-ru", "Морозы до минус тридцати ожидаются в Сибири",
    "2023-01-09", "Анна Соколова", [
    "Синоптики предупредили о сильных морозах в Сибири: в ближайшие дни температура в ряде районов опустится до минус тридцати градусов.",
    "Власти Новосибирска рекомендовали родителям не отправлять младших школьников на занятия. Коммунальные службы переведены на усиленный режим работы.",
], lang="ru")

art("council-brief", "Parking fees to rise in town centre",
    "2023-04-03", "Staff reporter", [
    "Parking charges in the town centre will rise by 20 pence an hour from May, the council said on Monday, to pay for repairs to the multi-storey car park on Bridge Street.",
    "Blue badge holders will continue to park free of charge.",
])

art("lottery-win", "Retired nurse wins £2.4 million in weekly draw",
    "2022-06-12", "Staff reporter", [
    "A retired nurse from the coastal town of Shelby has won £2.4 million in the weekly lottery draw, the operator said on Sunday.",
    "Margaret Ellison, 71, said she had played the same numbers, based on her grandchildren's birthdays, every week for 26 years. She plans to buy a caravan and help her family with house deposits.",
    "\"I checked the ticket four times,\" she said. \"Then I made a cup of tea and checked it again.\"",
])
