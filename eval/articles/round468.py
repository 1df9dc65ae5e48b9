"""Round 468: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm468-de-01: New Zealand/Samoa: the navy ship HMNZS Manawanui runs aground and sinks off Upolu; Samoan police and Siumu fishermen bring the 75 people ashore, Golding orders an inquiry, Collins condemns online abuse of commander Yvonne Gray, Fiamē asks Wellington to remove leaking fuel, Wellington and Canberra pledge help, CHOGM in Apia ahead (2024-10-07).
- hm468-de-02: Cook Islands/China/New Zealand: hundreds protest in Avarua against Mark Brown's strategic partnership signed with Li Qiang in Beijing; Chinese grants, Wellington accuses Brown of not consulting, Brown denies, Guo Jiakun criticises Wellington, Tina Browne demands the documents and Brown refuses, the rejected passport plan recalled (2025-02-18).
- hm468-de-03: Indonesia/Holy See: Pope Francis and Grand Imam Nasaruddin Umar sign the Istiqlal declaration in Jakarta; Jokowi's reception at the Merdeka palace and praise, the pope's appeal against extremism, Densus 88 arrests seven over online threats, the religious affairs ministry's request to broadcasters, the Gelora Bung Karno Mass (2024-09-06).
- hm468-de-04: Australia/China: Canberra accuses a Chinese J-16 of releasing flares near an RAAF P-8A over the South China Sea; Marles and Albanese protest, Beijing denies, Tian Junli accuses Australia of intruding over the Paracels and demands an end to provocations, Guo Jiakun, Hastie attacks the government, the 2023 sonar incident, lifted tariffs and the Albanese-Xi meeting in Rio recalled (2025-02-13).
- hm468-en-01: UN Ocean Conference: Macron opens the Nice conference with a call for a deep-sea mining moratorium and a jab at Washington; Guterres's appeal, High Seas Treaty ratifications, Palau's Whipps backs the moratorium, The Metals Company denies and Barron attacks the ISA, activists march for a trawling ban without arrests (2025-06-09).
- hm468-en-02: Afghanistan/United States: the Taliban reject Trump's demand to hand back Bagram Air Base after his threat; Mujahid and Fitrat respond, Trump's Chequers remarks, no talks on the base, Boehler's Kabul meeting with Muttaqi, Lin Jian criticises Trump, Russia's recognition recalled (2025-09-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm468-de-01 (New Zealand/Samoa, Manawanui sinks)
SAMOA_POLICE = actor("Samoa Police Service", "WSM", "COP")
SIUMU_FISHERMEN = actor("fishermen from Siumu", "WSM", "CVL")
MANAWANUI_CREW = actor("crew of HMNZS Manawanui", "NZL", "MIL")
GOLDING = actor("Garin Golding", "NZL", "MIL")
ONLINE_USERS = actor("social media users", "NZL", "CVL")
GRAY = actor("Yvonne Gray", "NZL", "MIL")
COLLINS = actor("Judith Collins", "NZL", "GOV")
FIAME = actor("Fiamē Naomi Mata'afa", "WSM", "GOV")
NZL_GOV = actor("Government of New Zealand", "NZL", "GOV")
WSM_ENV = actor("Ministry of Natural Resources and Environment of Samoa", "WSM", "GOV")
WSM_RESIDENTS = actor("coastal residents of Upolu", "WSM", "CVL")
WSM_GOV = actor("Government of Samoa", "WSM", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

W1 = ("Wellington (dpa) - Ein Schiff der neuseeländischen Marine ist vor der Küste Samoas auf ein Riff gelaufen und "
      "gesunken.")
W2 = ("Alle 75 Menschen an Bord der HMNZS Manawanui konnten sich in Rettungsinseln retten, wie die Streitkräfte am "
      "Sonntag mitteilten.")
W3 = "Samoanische Polizisten und Fischer aus dem Küstendorf Siumu brachten die Schiffbrüchigen in der Nacht an Land."
W4 = ("Das Spezialschiff für Vermessung und Taucheinsätze war am Samstagabend bei Arbeiten an einem Riff vor der "
      "Südküste der Insel Upolu auf Grund gelaufen.")
W5 = "Es geriet in Brand und kenterte am Sonntagmorgen."
W6 = "Verteidigungsministerin Judith Collins sprach von einem „schweren Tag“ für die Marine."
W7 = "Marinechef Garin Golding ordnete eine Untersuchung durch einen Ausschuss der Streitkräfte an."
W8 = "Es gebe bislang keine Hinweise auf ein Verschulden der Besatzung, sagte er."
W9 = ("Nach dem Unglück hatten Nutzer sozialer Netzwerke die Kommandantin Yvonne Gray mit frauenfeindlichen "
      "Kommentaren überzogen.")
W10 = "Collins verurteilte die Angriffe als „widerwärtig“ und stellte sich hinter die Offizierin."
W11 = ("Samoas Regierungschefin Fiamē Naomi Mata'afa forderte Neuseeland auf, auslaufenden Treibstoff so schnell wie "
       "möglich zu beseitigen.")
W12 = ("Das Umweltministerium in Apia rief die Bewohner der Küste auf, den Strand zu meiden und vorerst keinen Fisch "
       "aus der Bucht zu essen.")
W13 = ("Wellington sagte zu, Spezialisten zur Bekämpfung von Ölverschmutzungen und ein Bergungsteam nach Samoa zu "
       "schicken.")
W14 = "Auch Australien bot Samoa Hilfe an."
W15 = "Die Manawanui war 2019 in Dienst gestellt worden und gehörte zu den neun Schiffen der neuseeländischen Marine."
W16 = "Es ist der erste Verlust eines Marineschiffs des Landes seit dem Zweiten Weltkrieg."
W17 = ("In gut zwei Wochen beginnt in Apia das Gipfeltreffen der Commonwealth-Staaten, zu dem auch König Charles III. "
       "erwartet wird.")

DE01 = {
    "id": "hm468-de-01", "lang": "de", "url": None, "published": "2024-10-07",
    "title": "Neuseeländisches Marineschiff vor Samoa gesunken",
    "text": paragraphs([W1, W2, W3, W4, W5], [W6, W7, W8, W9, W10], [W11, W12, W13, W14], [W15, W16, W17]),
    "events": [
        event("AID", SAMOA_POLICE, MANAWANUI_CREW, W3, location="Siumu", location_country="WSM"),
        event("AID", SIUMU_FISHERMEN, MANAWANUI_CREW, W3, location="Siumu", location_country="WSM"),
        event("ACCUSE", GOLDING, None, W7, mode="investigate"),
        event("ACCUSE", ONLINE_USERS, GRAY, W9, mode="disapprove"),
        event("ACCUSE", COLLINS, ONLINE_USERS, W10, mode="disapprove"),
        event("SUPPORT", COLLINS, GRAY, W10),
        event("REQUEST", FIAME, NZL_GOV, W11, mode="assist"),
        event("REQUEST", WSM_ENV, WSM_RESIDENTS, W12),
        event("AGREE", NZL_GOV, WSM_GOV, W13),
        event("AGREE", AUS_GOV, WSM_GOV, W14),
    ],
    "quotes": [
        quote("Alle 75 Menschen an Bord der HMNZS Manawanui konnten sich in Rettungsinseln retten",
              "New Zealand Defence Force", "indirect"),
        quote("schweren Tag", "Judith Collins", "direct"),
        quote("Es gebe bislang keine Hinweise auf ein Verschulden der Besatzung", "Garin Golding", "indirect"),
        quote("widerwärtig", "Judith Collins", "direct"),
    ],
    "entities": [
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("Royal New Zealand Navy", "ORG", "NZL", ["der neuseeländischen Marine", "die Marine"]),
        entity("Samoa", "LOC", "WSM", ["Samoas", "Samoa"]),
        entity("HMNZS Manawanui", "MISC", "NZL",
               ["Ein Schiff der neuseeländischen Marine", "der HMNZS Manawanui",
                "Das Spezialschiff für Vermessung und Taucheinsätze", "Die Manawanui"]),
        entity("crew of HMNZS Manawanui", "PER", "NZL",
               ["Alle 75 Menschen an Bord der HMNZS Manawanui", "die Schiffbrüchigen", "der Besatzung"]),
        entity("New Zealand Defence Force", "ORG", "NZL", ["die Streitkräfte", "der Streitkräfte"]),
        entity("Samoa Police Service", "ORG", "WSM", ["Samoanische Polizisten"]),
        entity("fishermen from Siumu", "PER", "WSM", ["Fischer aus dem Küstendorf Siumu"]),
        entity("Siumu", "LOC", "WSM", ["dem Küstendorf Siumu"]),
        entity("Upolu", "LOC", "WSM", ["der Insel Upolu"]),
        entity("Judith Collins", "PER", "NZL", ["Verteidigungsministerin Judith Collins", "Collins"]),
        entity("Garin Golding", "PER", "NZL", ["Marinechef Garin Golding", "er"]),
        entity("social media users", "PER", "NZL", ["Nutzer sozialer Netzwerke"]),
        entity("Yvonne Gray", "PER", "NZL", ["die Kommandantin Yvonne Gray", "die Offizierin"]),
        entity("Fiamē Naomi Mata'afa", "PER", "WSM", ["Samoas Regierungschefin Fiamē Naomi Mata'afa"]),
        entity("Government of New Zealand", "ORG", "NZL", ["Neuseeland", "Wellington"]),
        entity("Ministry of Natural Resources and Environment of Samoa", "ORG", "WSM",
               ["Das Umweltministerium in Apia"]),
        entity("Apia", "LOC", "WSM", ["Apia"]),
        entity("coastal residents of Upolu", "PER", "WSM", ["die Bewohner der Küste"]),
        entity("Government of Australia", "ORG", "AUS", ["Australien"]),
        entity("New Zealand", "LOC", "NZL", ["des Landes"]),
        entity("World War II", "MISC", None, ["dem Zweiten Weltkrieg"]),
        entity("Commonwealth Heads of Government Meeting 2024", "MISC", None,
               ["das Gipfeltreffen der Commonwealth-Staaten"]),
        entity("Charles III", "PER", "GBR", ["König Charles III."]),
    ],
}

# ---------------------------------------------------------------- hm468-de-02 (Cook Islands/China, protest)
COK_PROTESTERS = actor("protesters in Avarua", "COK", "CVL")
COK_GOV = actor("Government of the Cook Islands", "COK", "GOV")
BROWN = actor("Mark Brown", "COK", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
LI_QIANG = actor("Li Qiang", "CHN", "GOV")
NZL_GOV2 = actor("Government of New Zealand", "NZL", "GOV")
GUO = actor("Guo Jiakun", "CHN", "GOV")
BROWNE = actor("Tina Browne", "COK", "OPP")

C1 = ("Avarua (dpa) - Auf den Cookinseln haben Hunderte Menschen gegen ein Partnerschaftsabkommen ihrer Regierung "
      "mit China protestiert.")
C2 = ("Die Demonstranten zogen am Dienstag vor das Parlament in der Hauptstadt Avarua und verlangten den Rücktritt von "
      "Premierminister Mark Brown.")
C3 = "Auf Plakaten stand „Unser Land ist nicht zu verkaufen“."
C4 = ("Brown hatte in der vergangenen Woche China besucht und in Peking mit Ministerpräsident Li Qiang einen "
      "Aktionsplan für eine umfassende strategische Partnerschaft unterzeichnet.")
C5 = ("Die Vereinbarung sieht chinesische Investitionen in Häfen, Straßen und Schiffbau sowie eine Zusammenarbeit bei "
      "der Erkundung von Rohstoffen am Meeresboden vor.")
C6 = "Peking sagte dem Inselstaat zudem Zuschüsse in Höhe von 20 Millionen Yuan (rund 2,6 Millionen Euro) zu."
C7 = ("Neuseeland, mit dem die Cookinseln in freier Assoziation verbunden sind, warf Brown vor, Wellington nicht "
      "rechtzeitig über die Inhalte unterrichtet zu haben.")
C8 = ("Die gemeinsame Verfassungsordnung verpflichte beide Seiten zu Konsultationen in Fragen der Sicherheit und "
      "Verteidigung, sagte Außenminister Winston Peters.")
C9 = "Brown wies den Vorwurf zurück, er habe Neuseeland hintergangen."
C10 = "Das Abkommen ersetze keine bestehenden Partnerschaften, sagte er vor dem Parlament."
C11 = ("Chinas Außenamtssprecher Guo Jiakun kritisierte die Reaktion Wellingtons und sagte, die Zusammenarbeit richte "
       "sich gegen keinen Drittstaat.")
C12 = "Oppositionsführerin Tina Browne warf dem Regierungschef vor, das Parlament übergangen zu haben."
C13 = "Sie verlangte, alle in Peking unterzeichneten Dokumente offenzulegen."
C14 = "Brown lehnte das mit Verweis auf vertrauliche Passagen ab."
C15 = ("Die Cookinseln mit rund 15.000 Einwohnern verwalten sich selbst, ihre Bürger besitzen aber die neuseeländische "
       "Staatsangehörigkeit.")
C16 = "Bereits im Januar hatte Wellington Pläne Browns für einen eigenen Pass der Cookinseln zurückgewiesen."
C17 = "China baut seit Jahren seinen Einfluss im Südpazifik aus, wo traditionell Australien und Neuseeland dominieren."

DE02 = {
    "id": "hm468-de-02", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Proteste auf den Cookinseln gegen Abkommen mit China",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10, C11], [C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("PROTEST", COK_PROTESTERS, COK_GOV, C1, mode="demo", location_country="COK"),
        event("PROTEST", COK_PROTESTERS, COK_GOV, C2, mode="demo", date="2025-02-18", location="Avarua",
              location_country="COK"),
        event("REQUEST", COK_PROTESTERS, BROWN, C2, mode="change", date="2025-02-18", location="Avarua",
              location_country="COK"),
        event("CONSULT", BROWN, CHN_GOV, C4, mode="visit", location="Beijing", location_country="CHN"),
        event("SUPPORT", BROWN, LI_QIANG, C4, location="Beijing", location_country="CHN"),
        event("AGREE", CHN_GOV, COK_GOV, C6),
        event("ACCUSE", NZL_GOV2, BROWN, C7, mode="disapprove"),
        event("ACCUSE", GUO, NZL_GOV2, C11, mode="disapprove"),
        event("ACCUSE", BROWNE, BROWN, C12, mode="disapprove"),
        event("REQUEST", BROWNE, BROWN, C13),
        event("REJECT", BROWN, BROWNE, C14),
        event("REJECT", NZL_GOV2, BROWN, C16),
    ],
    "quotes": [
        quote("Unser Land ist nicht zu verkaufen", "protesters in Avarua", "direct"),
        quote("Wellington nicht rechtzeitig über die Inhalte unterrichtet zu haben", "Government of New Zealand",
              "indirect"),
        quote("Die gemeinsame Verfassungsordnung verpflichte beide Seiten zu Konsultationen in Fragen der Sicherheit "
              "und Verteidigung", "Winston Peters", "indirect"),
        quote("Das Abkommen ersetze keine bestehenden Partnerschaften", "Mark Brown", "indirect"),
        quote("die Zusammenarbeit richte sich gegen keinen Drittstaat", "Guo Jiakun", "indirect"),
        quote("das Parlament übergangen zu haben", "Tina Browne", "indirect"),
    ],
    "entities": [
        entity("Avarua", "LOC", "COK", ["Avarua", "der Hauptstadt Avarua"]),
        entity("Cook Islands", "LOC", "COK", ["den Cookinseln", "dem Inselstaat", "die Cookinseln",
                                              "Die Cookinseln", "der Cookinseln"]),
        entity("protesters in Avarua", "PER", "COK", ["Hunderte Menschen", "Die Demonstranten"]),
        entity("Government of the Cook Islands", "ORG", "COK", ["ihrer Regierung"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Parliament of the Cook Islands", "ORG", "COK", ["das Parlament", "dem Parlament"]),
        entity("Mark Brown", "PER", "COK", ["Premierminister Mark Brown", "Brown", "er", "dem Regierungschef",
                                            "Browns"]),
        entity("Li Qiang", "PER", "CHN", ["Ministerpräsident Li Qiang"]),
        entity("Government of New Zealand", "ORG", "NZL", ["Neuseeland", "Wellington", "Wellingtons"]),
        entity("New Zealand", "LOC", "NZL", ["Neuseeland"]),
        entity("Winston Peters", "PER", "NZL", ["Außenminister Winston Peters"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinas Außenamtssprecher Guo Jiakun"]),
        entity("Tina Browne", "PER", "COK", ["Oppositionsführerin Tina Browne", "Sie"]),
        entity("South Pacific", "LOC", None, ["im Südpazifik"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
    ],
}

# ---------------------------------------------------------------- hm468-de-03 (Indonesia, Pope Francis in Jakarta)
POPE = actor("Pope Francis", "VAT", "REL")
NASARUDDIN = actor("Nasaruddin Umar", "IDN", "REL")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
DENSUS = actor("Densus 88", "IDN", "COP")
THREAT_SUSPECTS = actor("suspects accused of threatening Pope Francis", "IDN", "CVL")
IDN_RELIGION_MIN = actor("Ministry of Religious Affairs of Indonesia", "IDN", "GOV")
IDN_BROADCASTERS = actor("Indonesian television broadcasters", "IDN", "MED")

J1 = ("Jakarta (dpa) - Papst Franziskus und der Großimam der Istiqlal-Moschee haben in Jakarta eine gemeinsame "
      "Erklärung gegen Gewalt im Namen der Religion unterzeichnet.")
J2 = ("Franziskus und Nasaruddin Umar setzten am Donnerstag in der größten Moschee Südostasiens ihre Unterschriften "
      "unter die Erklärung von Istiqlal.")
J3 = "Darin rufen beide zum Dialog zwischen den Religionen und zum Schutz der Umwelt auf."
J4 = ("Die Moschee ist durch einen unterirdischen Tunnel der Freundschaft mit der gegenüberliegenden katholischen "
      "Kathedrale verbunden.")
J5 = ("Bereits am Mittwoch war das katholische Kirchenoberhaupt von Präsident Joko Widodo im Merdeka-Palast empfangen "
      "worden.")
J6 = "Widodo dankte Franziskus für dessen Einsatz für einen Frieden im Gazastreifen."
J7 = "Indonesien und der Heilige Stuhl teilten die Sorge über das Leid der Palästinenser, sagte der Präsident."
J8 = "Franziskus rief die Führung des Landes auf, Extremismus und Intoleranz entschlossen entgegenzutreten."
J9 = ("Die Anti-Terror-Einheit Densus 88 nahm unterdessen sieben Menschen fest, die im Internet Drohungen gegen den "
      "Papst verbreitet haben sollen.")
J10 = ("Die Verdächtigen seien in mehreren Provinzen gefasst worden, darunter West-Sumatra und Bangka-Belitung, sagte "
       "ein Polizeisprecher am Freitag.")
J11 = "Hinweise auf Verbindungen zu einer Terrororganisation gebe es bislang nicht."
J12 = ("Das Religionsministerium hatte die Fernsehsender gebeten, den Ruf zum Abendgebet während der Papstmesse am "
       "Donnerstag nur als Laufschrift einzublenden.")
J13 = "Rund 80.000 Gläubige verfolgten die Messe im Stadion Gelora Bung Karno, wie die Veranstalter mitteilten."
J14 = "Von den rund 280 Millionen Einwohnern Indonesiens sind knapp drei Prozent Katholiken."
J15 = "Am Freitag verließ Franziskus Jakarta."
J16 = "Die zwölftägige Reise ist die längste Auslandsreise seines Pontifikats."

DE03 = {
    "id": "hm468-de-03", "lang": "de", "url": None, "published": "2024-09-06",
    "title": "Papst und Großimam unterzeichnen Erklärung gegen religiöse Gewalt",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11], [J12, J13, J14], [J15, J16]),
    "events": [
        event("SUPPORT", POPE, NASARUDDIN, J1, location="Jakarta", location_country="IDN"),
        event("SUPPORT", POPE, NASARUDDIN, J2, date="2024-09-05", location="Jakarta", location_country="IDN"),
        event("CONSULT", POPE, JOKOWI, J5, mode="visit", date="2024-09-04", location="Jakarta",
              location_country="IDN"),
        event("SUPPORT", JOKOWI, POPE, J6),
        event("REQUEST", POPE, IDN_GOV, J8),
        event("COERCE", DENSUS, THREAT_SUSPECTS, J9, mode="arrest", location_country="IDN"),
        event("COERCE", DENSUS, THREAT_SUSPECTS, J10, mode="arrest", location_country="IDN"),
        event("REQUEST", IDN_RELIGION_MIN, IDN_BROADCASTERS, J12),
    ],
    "quotes": [
        quote("Indonesien und der Heilige Stuhl teilten die Sorge über das Leid der Palästinenser", "Joko Widodo",
              "indirect"),
        quote("Die Verdächtigen seien in mehreren Provinzen gefasst worden, darunter West-Sumatra und "
              "Bangka-Belitung", "Indonesian police spokesman", "indirect"),
        quote("Hinweise auf Verbindungen zu einer Terrororganisation gebe es bislang nicht",
              "Indonesian police spokesman", "indirect"),
        quote("Rund 80.000 Gläubige verfolgten die Messe im Stadion Gelora Bung Karno", "organisers of the papal Mass",
              "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Pope Francis", "PER", "VAT", ["Papst Franziskus", "Franziskus", "das katholische Kirchenoberhaupt",
                                              "dessen", "den Papst", "seines"]),
        entity("Nasaruddin Umar", "PER", "IDN", ["der Großimam der Istiqlal-Moschee", "Nasaruddin Umar"]),
        entity("Istiqlal Mosque", "LOC", "IDN", ["der Istiqlal-Moschee", "der größten Moschee Südostasiens",
                                                 "Die Moschee"]),
        entity("Istiqlal Declaration", "MISC", None, ["eine gemeinsame Erklärung gegen Gewalt im Namen der Religion",
                                                      "die Erklärung von Istiqlal"]),
        entity("Southeast Asia", "LOC", None, ["Südostasiens"]),
        entity("Tunnel of Friendship", "LOC", "IDN", ["einen unterirdischen Tunnel der Freundschaft"]),
        entity("Jakarta Cathedral", "LOC", "IDN", ["der gegenüberliegenden katholischen Kathedrale"]),
        entity("Joko Widodo", "PER", "IDN", ["Präsident Joko Widodo", "Widodo", "der Präsident"]),
        entity("Merdeka Palace", "LOC", "IDN", ["im Merdeka-Palast"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Indonesien", "die Führung des Landes"]),
        entity("Holy See", "ORG", "VAT", ["der Heilige Stuhl"]),
        entity("Palestinians", "PER", "PSE", ["der Palästinenser"]),
        entity("Densus 88", "ORG", "IDN", ["Die Anti-Terror-Einheit Densus 88"]),
        entity("suspects accused of threatening Pope Francis", "PER", "IDN", ["sieben Menschen", "Die Verdächtigen"]),
        entity("West Sumatra", "LOC", "IDN", ["West-Sumatra"]),
        entity("Bangka Belitung", "LOC", "IDN", ["Bangka-Belitung"]),
        entity("Indonesian police spokesman", "PER", "IDN", ["ein Polizeisprecher"]),
        entity("Ministry of Religious Affairs of Indonesia", "ORG", "IDN", ["Das Religionsministerium"]),
        entity("Indonesian television broadcasters", "ORG", "IDN", ["die Fernsehsender"]),
        entity("Gelora Bung Karno Stadium", "LOC", "IDN", ["im Stadion Gelora Bung Karno"]),
        entity("organisers of the papal Mass", "ORG", "IDN", ["die Veranstalter"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm468-de-04 (Australia/China, flares near P-8A)
AUS_GOV4 = actor("Government of Australia", "AUS", "GOV")
CHN_GOV4 = actor("Government of China", "CHN", "GOV")
AUS_DEFENCE = actor("Department of Defence of Australia", "AUS", "GOV")
PLAAF = actor("People's Liberation Army Air Force", "CHN", "MIL")
MARLES = actor("Richard Marles", "AUS", "GOV")
TIAN = actor("Tian Junli", "CHN", "MIL")
RAAF = actor("Royal Australian Air Force", "AUS", "MIL")
GUO4 = actor("Guo Jiakun", "CHN", "GOV")
HASTIE = actor("Andrew Hastie", "AUS", "OPP")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
XI = actor("Xi Jinping", "CHN", "GOV")

F1 = ("Canberra (dpa) - Australien hat China ein gefährliches Manöver eines Kampfjets über dem Südchinesischen Meer "
      "vorgeworfen.")
F2 = ("Ein chinesischer Jet vom Typ J-16 habe am Dienstag in nur etwa 30 Metern Entfernung von einem "
      "Aufklärungsflugzeug der australischen Luftwaffe Täuschkörper abgeworfen, teilte das Verteidigungsministerium am "
      "Donnerstag mit.")
F3 = "Die Besatzung der P-8A Poseidon sei unverletzt geblieben, die Maschine nicht beschädigt worden."
F4 = "Verteidigungsminister Richard Marles nannte das Vorgehen „unsicher und unprofessionell“."
F5 = ("Die Regierung habe ihre Bedenken in Peking auf angemessener Ebene vorgebracht, sagte Premierminister Anthony "
      "Albanese.")
F6 = "Peking wies die Darstellung zurück."
F7 = ("Das australische Flugzeug sei absichtlich in den Luftraum über den Xisha-Inseln eingedrungen, erklärte Oberst "
      "Tian Junli, Sprecher des Südlichen Kriegsgebietskommandos der Volksbefreiungsarmee.")
F8 = "Er forderte Canberra auf, „provokative Handlungen“ umgehend einzustellen."
F9 = "Auch Außenamtssprecher Guo Jiakun warf Australien vor, Chinas Souveränität zu verletzen."
F10 = ("Die Inselgruppe, die international als Paracel-Inseln bekannt ist, wird seit 1974 von China kontrolliert, aber "
       "auch von Vietnam und Taiwan beansprucht.")
F10B = "Australische Aufklärungsflugzeuge sind in der Region regelmäßig im Einsatz."
F11 = ("Der oppositionelle Verteidigungsexperte Andrew Hastie warf der Regierung vor, zu zaghaft auf Pekings Verhalten "
       "zu reagieren.")
F12 = "Albanese müsse Staatschef Xi Jinping persönlich zur Rede stellen, sagte er."
F13 = ("Bereits im November 2023 hatte Canberra einem chinesischen Zerstörer vorgeworfen, australische Marinetaucher "
       "mit Sonarimpulsen verletzt zu haben.")
F14 = ("Im vergangenen Jahr hatte Peking Strafzölle auf australischen Wein und Hummer aufgehoben, nachdem sich die "
       "Beziehungen unter Albanese wieder verbessert hatten.")
F15 = ("Albanese war zuletzt im November am Rande des G20-Gipfels in Rio de Janeiro mit Xi zusammengetroffen.")
F16 = "China ist Australiens größter Handelspartner."

DE04 = {
    "id": "hm468-de-04", "lang": "de", "url": None, "published": "2025-02-13",
    "title": "Australien wirft China gefährliches Flugmanöver vor",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10, F10B], [F11, F12], [F13, F14, F15, F16]),
    "events": [
        event("ACCUSE", AUS_GOV4, CHN_GOV4, F1, mode="disapprove"),
        event("ACCUSE", AUS_DEFENCE, PLAAF, F2, mode="allege", date="2025-02-13"),
        event("ACCUSE", MARLES, PLAAF, F4, mode="disapprove"),
        event("ACCUSE", AUS_GOV4, CHN_GOV4, F5, mode="disapprove"),
        event("ACCUSE", TIAN, RAAF, F7, mode="allege"),
        event("REQUEST", TIAN, AUS_GOV4, F8, mode="change"),
        event("ACCUSE", GUO4, AUS_GOV4, F9, mode="allege"),
        event("ACCUSE", HASTIE, AUS_GOV4, F11, mode="disapprove"),
        event("REQUEST", HASTIE, ALBANESE, F12),
        event("ACCUSE", AUS_GOV4, PLAN, F13, mode="allege"),
        event("RETREAT", CHN_GOV4, AUS_GOV4, F14),
        event("CONSULT", ALBANESE, XI, F15, mode="meet", location="Rio de Janeiro", location_country="BRA"),
    ],
    "quotes": [
        quote("Ein chinesischer Jet vom Typ J-16 habe am Dienstag in nur etwa 30 Metern Entfernung von einem "
              "Aufklärungsflugzeug der australischen Luftwaffe Täuschkörper abgeworfen",
              "Department of Defence of Australia", "indirect"),
        quote("Die Besatzung der P-8A Poseidon sei unverletzt geblieben, die Maschine nicht beschädigt worden",
              "Department of Defence of Australia", "indirect"),
        quote("unsicher und unprofessionell", "Richard Marles", "direct"),
        quote("Die Regierung habe ihre Bedenken in Peking auf angemessener Ebene vorgebracht", "Anthony Albanese",
              "indirect"),
        quote("Das australische Flugzeug sei absichtlich in den Luftraum über den Xisha-Inseln eingedrungen",
              "Tian Junli", "indirect"),
        quote("provokative Handlungen", "Tian Junli", "direct"),
        quote("Chinas Souveränität zu verletzen", "Guo Jiakun", "indirect"),
        quote("zu zaghaft auf Pekings Verhalten zu reagieren", "Andrew Hastie", "indirect"),
        quote("Albanese müsse Staatschef Xi Jinping persönlich zur Rede stellen", "Andrew Hastie", "indirect"),
        quote("australische Marinetaucher mit Sonarimpulsen verletzt zu haben", "Government of Australia",
              "indirect"),
    ],
    "entities": [
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Government of Australia", "ORG", "AUS", ["Australien", "Die Regierung", "Canberra",
                                                          "der Regierung"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking", "Pekings"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Beijing", "LOC", "CHN", ["in Peking"]),
        entity("J-16 fighter jet", "MISC", "CHN", ["eines Kampfjets", "Ein chinesischer Jet vom Typ J-16"]),
        entity("South China Sea", "LOC", None, ["dem Südchinesischen Meer"]),
        entity("RAAF P-8A Poseidon", "MISC", "AUS", ["einem Aufklärungsflugzeug der australischen Luftwaffe",
                                                     "der P-8A Poseidon", "die Maschine",
                                                     "Das australische Flugzeug"]),
        entity("Royal Australian Air Force", "ORG", "AUS", ["der australischen Luftwaffe"]),
        entity("Department of Defence of Australia", "ORG", "AUS", ["das Verteidigungsministerium"]),
        entity("crew of the P-8A Poseidon", "PER", "AUS", ["Die Besatzung der P-8A Poseidon"]),
        entity("Richard Marles", "PER", "AUS", ["Verteidigungsminister Richard Marles"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese"]),
        entity("Tian Junli", "PER", "CHN", ["Oberst Tian Junli, Sprecher des Südlichen Kriegsgebietskommandos der "
                                            "Volksbefreiungsarmee", "Er"]),
        entity("Southern Theater Command", "ORG", "CHN",
               ["des Südlichen Kriegsgebietskommandos der Volksbefreiungsarmee"]),
        entity("People's Liberation Army", "ORG", "CHN", ["der Volksbefreiungsarmee"]),
        entity("Paracel Islands", "LOC", None, ["den Xisha-Inseln", "Die Inselgruppe", "Paracel-Inseln"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Andrew Hastie", "PER", "AUS", ["Der oppositionelle Verteidigungsexperte Andrew Hastie", "er"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping", "Xi"]),
        entity("South China Sea region", "LOC", None, ["der Region"]),
        entity("G20 summit in Rio de Janeiro", "MISC", None, ["des G20-Gipfels in Rio de Janeiro"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Chinese destroyer Ningbo", "MISC", "CHN", ["einem chinesischen Zerstörer"]),
        entity("Royal Australian Navy divers", "PER", "AUS", ["australische Marinetaucher"]),
        entity("Australia", "LOC", "AUS", ["Australiens"]),
    ],
}

# ---------------------------------------------------------------- hm468-en-01 (UN Ocean Conference, Nice)
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
MINERS = actor("deep-sea mining companies", "MNC", "BUS")
BARRON = actor("Gerard Barron", "CAN", "BUS")
ISA = actor("International Seabed Authority", "IGO", "IGO")
NICE_ACTIVISTS = actor("environmental activists in Nice", "FRA", "NGO")
EU = actor("European Union", "EUR", "IGO")
FRA_POLICE = actor("French police", "FRA", "COP")

O1 = ("NICE, France (AP) — French President Emmanuel Macron on Monday called for a global moratorium on deep-sea "
      "mining as a United Nations conference on protecting the world’s oceans opened in the Mediterranean city of "
      "Nice.")
O2 = ("“The abyss is not for sale,” Macron told leaders and delegates from more than 120 countries gathered for the "
      "five-day meeting.")
O3 = ("He accused unnamed countries of “predatory economic action” in international waters, in an apparent reference "
      "to the United States.")
O4 = ("President Donald Trump signed an executive order in April directing his administration to speed up permits "
      "for mining the ocean floor, including in areas beyond U.S. jurisdiction.")
O5 = ("U.N. Secretary-General António Guterres warned that the deep sea must not “become the wild west” and urged "
      "governments to put more money into ocean protection.")
O6 = ("Macron said 18 more countries had ratified the High Seas Treaty in recent weeks, bringing the total to 50, and "
      "that the 60 ratifications needed for it to take effect were within reach.")
O7 = ("The treaty, agreed in 2023, would allow the creation of marine protected areas in international waters, which "
      "cover nearly two-thirds of the ocean.")
O8 = ("Palau’s President Surangel Whipps Jr. backed the call for a moratorium and accused mining companies of treating "
      "the Pacific as “a sacrifice zone.”")
O9 = "“Our ocean is not a resource to be stripped for profit,” he said."
O10 = ("The Metals Company, a Canadian firm that has applied to U.S. authorities for a permit to mine in the Pacific, "
       "rejected the criticism and said its methods would cause limited harm.")
O11 = ("Its chief executive, Gerard Barron, accused the International Seabed Authority of failing for a decade to "
       "agree on rules for the industry.")
O12 = ("Hundreds of activists marched along the city’s Promenade des Anglais on Saturday and demanded that the European "
       "Union ban bottom trawling in marine protected areas.")
O13 = "Police said the march was peaceful and no one was detained."
O14 = ("The conference, the third of its kind after New York in 2017 and Lisbon in 2022, is due to end Friday with a "
       "political declaration.")

EN01 = {
    "id": "hm468-en-01", "lang": "en", "url": None, "published": "2025-06-09",
    "title": "Macron calls for deep-sea mining moratorium as UN ocean conference opens in Nice",
    "text": paragraphs([O1, O2, O3, O4, O5], [O6, O7], [O8, O9, O10, O11], [O12, O13, O14]),
    "events": [
        event("REQUEST", MACRON, None, O1, mode="change", date="2025-06-09", location="Nice",
              location_country="FRA"),
        event("ACCUSE", MACRON, USA_GOV, O3, mode="disapprove"),
        event("REQUEST", GUTERRES, None, O5),
        event("SUPPORT", WHIPPS, MACRON, O8),
        event("ACCUSE", WHIPPS, MINERS, O8, mode="disapprove"),
        event("ACCUSE", BARRON, ISA, O11, mode="disapprove"),
        event("PROTEST", NICE_ACTIVISTS, EU, O12, mode="demo", date="2025-06-07", location="Nice",
              location_country="FRA"),
        event("REQUEST", NICE_ACTIVISTS, EU, O12, mode="change", date="2025-06-07", location="Nice",
              location_country="FRA"),
        event("COERCE", FRA_POLICE, NICE_ACTIVISTS, O13, mode="arrest", location="Nice", location_country="FRA",
              negated=True),
    ],
    "quotes": [
        quote("The abyss is not for sale", "Emmanuel Macron", "direct"),
        quote("predatory economic action", "Emmanuel Macron", "direct"),
        quote("become the wild west", "António Guterres", "direct"),
        quote("the deep sea must not “become the wild west”", "António Guterres", "indirect"),
        quote("18 more countries had ratified the High Seas Treaty in recent weeks, bringing the total to 50, and that "
              "the 60 ratifications needed for it to take effect were within reach", "Emmanuel Macron", "indirect"),
        quote("a sacrifice zone", "Surangel Whipps Jr.", "direct"),
        quote("Our ocean is not a resource to be stripped for profit", "Surangel Whipps Jr.", "direct"),
        quote("its methods would cause limited harm", "The Metals Company", "indirect"),
        quote("the march was peaceful and no one was detained", "French police", "indirect"),
    ],
    "entities": [
        entity("Nice", "LOC", "FRA", ["NICE", "the Mediterranean city of Nice", "the city’s"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron", "Macron", "He"]),
        entity("United Nations Ocean Conference 2025", "MISC", "UNO",
               ["a United Nations conference on protecting the world’s oceans", "the five-day meeting",
                "The conference"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "his"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres"]),
        entity("High Seas Treaty", "MISC", None, ["the High Seas Treaty", "The treaty"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["Palau’s President Surangel Whipps Jr.", "he"]),
        entity("Palau", "LOC", "PLW", ["Palau’s"]),
        entity("deep-sea mining companies", "ORG", "MNC", ["mining companies"]),
        entity("Pacific Ocean", "LOC", None, ["the Pacific"]),
        entity("The Metals Company", "ORG", "CAN", ["The Metals Company, a Canadian firm", "its", "Its"]),
        entity("Gerard Barron", "PER", "CAN", ["Its chief executive, Gerard Barron"]),
        entity("International Seabed Authority", "ORG", "IGO", ["the International Seabed Authority"]),
        entity("environmental activists in Nice", "PER", "FRA", ["Hundreds of activists"]),
        entity("Promenade des Anglais", "LOC", "FRA", ["Promenade des Anglais"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("French police", "ORG", "FRA", ["Police"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Lisbon", "LOC", "PRT", ["Lisbon"]),
    ],
}

# ---------------------------------------------------------------- hm468-en-02 (Afghanistan/US, Bagram)
TALIBAN = actor("Taliban government", "AFG", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
FITRAT = actor("Fasihuddin Fitrat", "AFG", "MIL")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
BOEHLER = actor("Adam Boehler", "USA", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")

B1 = ("KABUL, Afghanistan (AP) — Afghanistan’s Taliban government on Sunday rejected U.S. President Donald Trump’s "
      "demand to hand back Bagram Air Base, a day after he warned that “bad things” would happen if it did not.")
B2 = ("“Afghanistan’s independence and territorial integrity are of the utmost importance,” chief Taliban spokesman "
      "Zabihullah Mujahid wrote on X.")
B3 = ("He reminded Washington that it had pledged in the 2020 Doha agreement not to use or threaten force against "
      "Afghanistan.")
B4 = ("The Taliban army’s chief of staff, Fasihuddin Fitrat, said no deal was possible over “even an inch” of Afghan "
      "soil.")
B5 = ("Trump first raised the issue on Thursday during his state visit to Britain, telling reporters at Chequers that "
      "the United States was trying to get the base back.")
B6 = "“It’s an hour away from where China makes its nuclear weapons,” Trump said of the airfield."
B7 = ("On Saturday, he wrote on his Truth Social platform that “BAD THINGS ARE GOING TO HAPPEN” if Afghanistan did not "
      "return the base to the United States.")
B8 = ("Bagram, the hub of the U.S.-led war for two decades, was abandoned in July 2021, weeks before the collapse of the "
      "Western-backed government in Kabul.")
B9 = "Trump has repeatedly blamed his predecessor, Joe Biden, for the chaotic withdrawal."
B10 = "Mujahid said the Taliban had held no talks with Washington about the base."
B11 = ("Earlier this month, a U.S. delegation led by hostage envoy Adam Boehler met Taliban Foreign Minister Amir Khan "
       "Muttaqi in Kabul to discuss Americans held in Afghanistan.")
B12 = ("China’s Foreign Ministry spokesman Lin Jian criticized Trump’s remarks, saying Afghanistan’s future should be "
       "decided by its own people and that “stoking tensions” in the region would win no support.")
B13 = "Russia in July became the first country to formally recognize the Taliban government."
B14 = ("The Taliban government has sought foreign investment despite its isolation over sweeping restrictions on women "
       "and girls.")

EN02 = {
    "id": "hm468-en-02", "lang": "en", "url": None, "published": "2025-09-21",
    "title": "Taliban reject Trump's demand to hand back Bagram Air Base",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9], [B10, B11, B12], [B13, B14]),
    "events": [
        event("REJECT", TALIBAN, TRUMP, B1, mode="yield", date="2025-09-21"),
        event("THREATEN", TRUMP, TALIBAN, B1, date="2025-09-20"),
        event("REJECT", FITRAT, USA_GOV2, B4, mode="yield"),
        event("CONSULT", TRUMP, GBR_GOV, B5, mode="visit", date="2025-09-18", location="Chequers",
              location_country="GBR"),
        event("REQUEST", TRUMP, TALIBAN, B5, mode="yield", date="2025-09-18"),
        event("THREATEN", TRUMP, TALIBAN, B7, date="2025-09-20"),
        event("ACCUSE", TRUMP, BIDEN, B9, mode="disapprove"),
        event("CONSULT", TALIBAN, USA_GOV2, B10, negated=True),
        event("CONSULT", BOEHLER, MUTTAQI, B11, mode="visit", location="Kabul", location_country="AFG"),
        event("ACCUSE", LIN_JIAN, TRUMP, B12, mode="disapprove"),
        event("SUPPORT", RUS_GOV, TALIBAN, B13),
    ],
    "quotes": [
        quote("bad things", "Donald Trump", "direct"),
        quote("“bad things” would happen if it did not", "Donald Trump", "indirect"),
        quote("Afghanistan’s independence and territorial integrity are of the utmost importance",
              "Zabihullah Mujahid", "direct"),
        quote("it had pledged in the 2020 Doha agreement not to use or threaten force against Afghanistan",
              "Zabihullah Mujahid", "indirect"),
        quote("even an inch", "Fasihuddin Fitrat", "direct"),
        quote("no deal was possible over “even an inch” of Afghan soil", "Fasihuddin Fitrat", "indirect"),
        quote("the United States was trying to get the base back", "Donald Trump", "indirect"),
        quote("It’s an hour away from where China makes its nuclear weapons", "Donald Trump", "direct"),
        quote("BAD THINGS ARE GOING TO HAPPEN", "Donald Trump", "direct"),
        quote("“BAD THINGS ARE GOING TO HAPPEN” if Afghanistan did not return the base to the United States",
              "Donald Trump", "indirect"),
        quote("the Taliban had held no talks with Washington about the base", "Zabihullah Mujahid", "indirect"),
        quote("stoking tensions", "Lin Jian", "direct"),
        quote("Afghanistan’s future should be decided by its own people and that “stoking tensions” in the region "
              "would win no support", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Kabul", "LOC", "AFG", ["KABUL", "Kabul"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "Afghanistan’s", "Afghan soil"]),
        entity("Taliban government", "ORG", "AFG", ["Afghanistan’s Taliban government", "it", "Afghanistan",
                                                    "the Taliban", "the Taliban government",
                                                    "The Taliban government", "its"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump’s", "he", "Trump", "his", "Trump’s"]),
        entity("Bagram Air Base", "LOC", "AFG", ["Bagram Air Base", "the base", "the airfield", "Bagram",
                                                 "It"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["chief Taliban spokesman Zabihullah Mujahid", "He",
                                                    "Mujahid"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States"]),
        entity("Doha Agreement", "MISC", None, ["the 2020 Doha agreement"]),
        entity("Fasihuddin Fitrat", "PER", "AFG", ["The Taliban army’s chief of staff, Fasihuddin Fitrat"]),
        entity("Britain", "LOC", "GBR", ["Britain"]),
        entity("Chequers", "LOC", "GBR", ["Chequers"]),
        entity("China", "LOC", "CHN", ["China", "China’s"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("Joe Biden", "PER", "USA", ["his predecessor, Joe Biden"]),
        entity("Adam Boehler", "PER", "USA", ["hostage envoy Adam Boehler"]),
        entity("U.S. delegation", "ORG", "USA", ["a U.S. delegation led by hostage envoy Adam Boehler"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["Taliban Foreign Minister Amir Khan Muttaqi"]),
        entity("Americans detained in Afghanistan", "PER", "USA", ["Americans held in Afghanistan"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s Foreign Ministry"]),
        entity("Lin Jian", "PER", "CHN", ["China’s Foreign Ministry spokesman Lin Jian"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
