"""Round 253: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm253-de-01: Japan/IAEA: Grossi hands Kishida the IAEA's final report approving the release of treated Fukushima water; China accuses Tokyo and threatens import curbs, Matsuno rejects Beijing's demand, protest at the Japanese embassy in Seoul, the Democratic Party attacks Yoon, the Pacific Islands Forum had asked for a delay, Grossi to visit Seoul (2023-07-04).
- hm253-de-02: Pakistan: Rangers arrest Imran Khan at the Islamabad High Court; PTI accuses them, NAB's allegations, riots at the corps commander's house in Lahore and the army GHQ in Rawalpindi, tear gas, mobile internet cut, the army condemns and threatens, Qureshi demands his release, Washington and London appeal (2023-05-10).
- hm253-de-03: Myanmar: the Three Brotherhood Alliance (AA, TNLA, MNDAA) launches "Operation 1027" in northern Shan; the junta threatens and strikes back from the air, curfew, troops pull out near Chinshwehaw, reinforcements, China calls for a ceasefire, the NUG joins in (2023-10-28).
- hm253-de-04: ICC: the Pre-Trial Chamber issues arrest warrants for Netanyahu, Gallant and Mohammed Deif; Netanyahu's office, Biden and Waltz attack the court, Borrell backs it, Veldkamp would arrest Netanyahu, Orbán invites him, Hamas welcomes it, Israel's earlier strike on Deif (2024-11-22).
- hm253-en-01: WHO: Tedros declares mpox a public health emergency of international concern; appeal to donors, WHO contingency money for Congo, Africa CDC's request, Japanese and U.S. vaccine pledges, Bavarian Nordic's offer, WHO-Africa CDC plan, Pakistan's first case without travel curbs (2024-08-16).
- hm253-en-02: Afghanistan: the Taliban appeal for aid after the Herat earthquakes; troops sent, WFP, WHO, Pakistani and Iranian aid, China's pledge, Washington won't deal with the Taliban directly, aid groups blame the ban on female staff, UNAMA's appeal and the Taliban's concession, the frozen reserves (2023-10-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm253-de-01 (Japan/IAEA, Fukushima water report)
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
WANG_WENBIN = actor("Wang Wenbin", "CHN", "GOV")
MATSUNO = actor("Hirokazu Matsuno", "JPN", "GOV")
SEOUL_PROTESTERS = actor("protesters in Seoul", "KOR", "CVL")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
PARK_JIN = actor("Park Jin", "KOR", "GOV")
PIF = actor("Pacific Islands Forum", "IGO", "IGO")

F1 = ("Tokio (dpa) - Die Internationale Atomenergiebehörde (IAEA) hat grünes Licht für die umstrittene Einleitung "
      "von gefiltertem Kühlwasser aus dem zerstörten Atomkraftwerk Fukushima ins Meer gegeben.")
F2 = ("IAEA-Generaldirektor Rafael Grossi übergab Ministerpräsident Fumio Kishida am Dienstag in Tokio den "
      "Abschlussbericht seiner Behörde.")
F3 = ("Die Pläne Japans stünden im Einklang mit internationalen Sicherheitsstandards, die Auswirkungen auf Mensch "
      "und Umwelt seien „vernachlässigbar“, heißt es darin.")
F4 = ("Kishida sagte, seine Regierung werde die Bevölkerung und die Nachbarländer weiter „mit wissenschaftlichen "
      "Fakten“ informieren.")
F6 = ("China warf Japan vor, den Pazifik als „private Kanalisation“ zu behandeln, und forderte die japanische "
      "Regierung auf, die Pläne zu stoppen.")
F7 = "Der Bericht der IAEA könne nicht als „Passierschein“ dienen, sagte Außenamtssprecher Wang Wenbin."
F8 = "Peking droht mit Einfuhrbeschränkungen für Fisch und Meeresfrüchte aus Japan."
F9 = ("Regierungssprecher Hirokazu Matsuno wies die Forderung nach einem Stopp zurück und sprach von "
      "„wissenschaftlich unbegründeten“ Vorwürfen.")
F10 = ("In Südkorea protestierten am Dienstag mehrere hundert Menschen vor der japanischen Botschaft in Seoul gegen "
       "die Einleitung.")
F11 = ("Die oppositionelle Demokratische Partei warf der Regierung von Präsident Yoon Suk Yeol vor, die Gesundheit "
       "der Bürger aufs Spiel zu setzen.")
F12 = "Grossi wird am Freitag in Seoul erwartet, wo er Außenminister Park Jin treffen will."
F13 = "Auch das Pazifische Inselforum hatte die japanische Regierung zu einem Aufschub der Einleitung aufgefordert."
F14 = "Grossi sicherte zu, dass die IAEA die Einleitung über Jahrzehnte vor Ort überwachen werde."

DE01 = {
    "id": "hm253-de-01", "lang": "de", "url": None, "published": "2023-07-04",
    "title": "IAEA billigt Einleitung von Fukushima-Wasser ins Meer",
    "text": paragraphs([F1, F2, F3, F4], [F6, F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("SUPPORT", IAEA, JPN_GOV, F1),
        event("CONSULT", GROSSI, KISHIDA, F2, mode="visit", date="2023-07-04", location="Tokyo",
              location_country="JPN"),
        event("SUPPORT", IAEA, JPN_GOV, F3),
        event("ACCUSE", CHINA, JAPAN, F6, mode="disapprove"),
        event("REQUEST", CHINA, JPN_GOV, F6, mode="change"),
        event("ACCUSE", WANG_WENBIN, IAEA, F7, mode="disapprove"),
        event("THREATEN", CHN_GOV, JAPAN, F8, mode="restrict"),
        event("REJECT", MATSUNO, CHINA, F9, mode="change"),
        event("PROTEST", SEOUL_PROTESTERS, JPN_GOV, F10, mode="demo", date="2023-07-04", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", DPK, KOR_GOV, F11, mode="disapprove"),
        event("AGREE", GROSSI, PARK_JIN, F12),
        event("REQUEST", PIF, JPN_GOV, F13, mode="change"),
        event("AGREE", GROSSI, JPN_GOV, F14),
    ],
    "quotes": [
        quote("Die Pläne Japans stünden im Einklang mit internationalen Sicherheitsstandards, die Auswirkungen auf "
              "Mensch und Umwelt seien „vernachlässigbar“", "International Atomic Energy Agency", "indirect"),
        quote("vernachlässigbar", "International Atomic Energy Agency", "direct"),
        quote("seine Regierung werde die Bevölkerung und die Nachbarländer weiter „mit wissenschaftlichen Fakten“ "
              "informieren", "Fumio Kishida", "indirect"),
        quote("mit wissenschaftlichen Fakten", "Fumio Kishida", "direct"),
        quote("private Kanalisation", "China", "direct"),
        quote("den Pazifik als „private Kanalisation“ zu behandeln", "China", "indirect"),
        quote("Der Bericht der IAEA könne nicht als „Passierschein“ dienen", "Wang Wenbin", "indirect"),
        quote("Passierschein", "Wang Wenbin", "direct"),
        quote("wissenschaftlich unbegründeten", "Hirokazu Matsuno", "direct"),
        quote("die Gesundheit der Bürger aufs Spiel zu setzen", "Democratic Party of Korea", "indirect"),
        quote("die IAEA die Einleitung über Jahrzehnte vor Ort überwachen werde", "Rafael Grossi", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["Die Internationale Atomenergiebehörde", "IAEA",
                                                                   "seiner Behörde"]),
        entity("Fukushima Daiichi Nuclear Power Plant", "LOC", "JPN", ["dem zerstörten Atomkraftwerk Fukushima",
                                                                     "Fukushima"]),
        entity("Rafael Grossi", "PER", "UNO", ["IAEA-Generaldirektor Rafael Grossi", "Grossi"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "Kishida"]),
        entity("Japan", "LOC", "JPN", ["Japans", "Japan"]),
        entity("Government of Japan", "ORG", "JPN", ["seine Regierung", "die japanische Regierung"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Pacific Ocean", "LOC", None, ["den Pazifik"]),
        entity("Wang Wenbin", "PER", "CHN", ["Außenamtssprecher Wang Wenbin"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Hirokazu Matsuno", "PER", "JPN", ["Regierungssprecher Hirokazu Matsuno"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("protesters in Seoul", "PER", "KOR", ["mehrere hundert Menschen"]),
        entity("Embassy of Japan in Seoul", "ORG", "JPN", ["der japanischen Botschaft in Seoul"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("Government of South Korea", "ORG", "KOR", ["der Regierung von Präsident Yoon Suk Yeol"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Park Jin", "PER", "KOR", ["Außenminister Park Jin"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["das Pazifische Inselforum"]),
    ],
}

# ---------------------------------------------------------------- hm253-de-02 (Pakistan, Imran Khan arrested)
RANGERS = actor("Pakistan Rangers", "PAK", "MIL")
IMRAN = actor("Imran Khan", "PAK", "OPP")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
NAB = actor("National Accountability Bureau", "PAK", "GOV")
PTI_SUPPORTERS = actor("PTI supporters", "PAK", "OPP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
QURESHI = actor("Shah Mahmood Qureshi", "PAK", "OPP")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")

I1 = ("Islamabad (Reuters) - Paramilitärische Einheiten haben den früheren pakistanischen Premierminister Imran "
      "Khan am Dienstag auf dem Gelände des Hohen Gerichts in Islamabad festgenommen.")
I2 = ("Nach Angaben seiner Partei Pakistan Tehreek-e-Insaf (PTI) zerrten Angehörige der Rangers den 70-Jährigen "
      "in ein gepanzertes Fahrzeug und schlugen seinen Anwalt.")
I3 = ("Die Anti-Korruptionsbehörde NAB wirft Khan vor, sich über eine Stiftung Land im Wert von mehreren Millionen "
      "Dollar verschafft zu haben.")
I4 = "Khan bestreitet die Vorwürfe."
I5 = "Kurz nach der Festnahme zogen Tausende PTI-Anhänger in mehreren Städten auf die Straße."
I6 = ("In Lahore stürmten Demonstranten die Residenz eines ranghohen Armeekommandeurs und setzten Teile des "
      "Gebäudes in Brand.")
I7 = "In Rawalpindi drangen Protestierende durch ein Tor in das Hauptquartier der Armee ein."
I8 = "Die Polizei setzte in Karachi und Peshawar Tränengas und Wasserwerfer gegen die Menge ein."
I9 = ("Die Regierung ließ landesweit das mobile Internet abschalten und sperrte den Zugang zu Twitter, Facebook und "
      "YouTube.")
I10 = ("Die Armee sprach am Mittwoch von einem „schwarzen Kapitel“ und drohte allen, die militärische Einrichtungen "
       "angriffen, mit „harter Vergeltung“.")
I11 = "PTI-Vizechef Shah Mahmood Qureshi forderte Khans sofortige Freilassung."
I12 = "Innenminister Rana Sanaullah sagte, die Festnahme sei „nach Recht und Gesetz“ erfolgt."
I13 = "Khan war im April 2022 durch ein Misstrauensvotum im Parlament gestürzt worden."
I14 = "Die USA und Großbritannien riefen zur Achtung der Rechtsstaatlichkeit in Pakistan auf."

DE02 = {
    "id": "hm253-de-02", "lang": "de", "url": None, "published": "2023-05-10",
    "title": "Pakistans Ex-Premier Imran Khan festgenommen - Unruhen im ganzen Land",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12], [I13, I14]),
    "events": [
        event("COERCE", RANGERS, IMRAN, I1, mode="arrest", date="2023-05-09", location="Islamabad",
              location_country="PAK"),
        event("ACCUSE", PTI, RANGERS, I2, mode="allege"),
        event("ACCUSE", NAB, IMRAN, I3, mode="allege"),
        event("PROTEST", PTI_SUPPORTERS, PAK_GOV, I5, mode="demo", location_country="PAK"),
        event("PROTEST", PTI_SUPPORTERS, PAK_ARMY, I6, mode="riot", location="Lahore", location_country="PAK"),
        event("PROTEST", PTI_SUPPORTERS, PAK_ARMY, I7, mode="riot", location="Rawalpindi", location_country="PAK"),
        event("ASSAULT", PAK_POLICE, PTI_SUPPORTERS, I8, mode="crowd-control", location_country="PAK"),
        event("COERCE", PAK_GOV, None, I9, mode="withhold", location_country="PAK"),
        event("ACCUSE", PAK_ARMY, PTI_SUPPORTERS, I10, mode="disapprove", date="2023-05-10"),
        event("THREATEN", PAK_ARMY, PTI_SUPPORTERS, I10, date="2023-05-10"),
        event("REQUEST", QURESHI, PAK_GOV, I11, mode="yield"),
        event("REQUEST", USA, PAK_GOV, I14, mode="change"),
        event("REQUEST", UK, PAK_GOV, I14, mode="change"),
    ],
    "quotes": [
        quote("zerrten Angehörige der Rangers den 70-Jährigen in ein gepanzertes Fahrzeug und schlugen seinen Anwalt",
              "Pakistan Tehreek-e-Insaf", "indirect"),
        quote("sich über eine Stiftung Land im Wert von mehreren Millionen Dollar verschafft zu haben",
              "National Accountability Bureau", "indirect"),
        quote("schwarzen Kapitel", "Pakistan Army", "direct"),
        quote("harter Vergeltung", "Pakistan Army", "direct"),
        quote("die Festnahme sei „nach Recht und Gesetz“ erfolgt", "Rana Sanaullah", "indirect"),
        quote("nach Recht und Gesetz", "Rana Sanaullah", "direct"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Pakistan Rangers", "ORG", "PAK", ["Paramilitärische Einheiten", "Angehörige der Rangers"]),
        entity("Imran Khan", "PER", "PAK", ["den früheren pakistanischen Premierminister Imran Khan",
                                            "den 70-Jährigen", "Khan", "Khans"]),
        entity("Islamabad High Court", "ORG", "PAK", ["des Hohen Gerichts in Islamabad"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["seiner Partei Pakistan Tehreek-e-Insaf (PTI)", "PTI"]),
        entity("lawyer of Imran Khan", "PER", "PAK", ["seinen Anwalt"]),
        entity("National Accountability Bureau", "ORG", "PAK", ["Die Anti-Korruptionsbehörde NAB"]),
        entity("PTI supporters", "ORG", "PAK", ["Tausende PTI-Anhänger", "Demonstranten", "Protestierende",
                                                "die Menge"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Lahore Corps Commander's House", "LOC", "PAK", ["die Residenz eines ranghohen Armeekommandeurs"]),
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("General Headquarters of the Pakistan Army", "LOC", "PAK", ["das Hauptquartier der Armee"]),
        entity("Pakistani police", "ORG", "PAK", ["Die Polizei"]),
        entity("Karachi", "LOC", "PAK", ["Karachi"]),
        entity("Peshawar", "LOC", "PAK", ["Peshawar"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Die Regierung"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Pakistan Army", "ORG", "PAK", ["Die Armee"]),
        entity("Shah Mahmood Qureshi", "PER", "PAK", ["PTI-Vizechef Shah Mahmood Qureshi"]),
        entity("Rana Sanaullah", "PER", "PAK", ["Innenminister Rana Sanaullah"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["im Parlament"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
    ],
}

# ---------------------------------------------------------------- hm253-de-03 (Myanmar, Operation 1027)
BROTHERHOOD = actor("Three Brotherhood Alliance", "MMR", "REB")
AA = actor("Arakan Army", "MMR", "REB")
TNLA = actor("Ta'ang National Liberation Army", "MMR", "REB")
MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
MMR_JUNTA = actor("State Administration Council", "MMR", "GOV")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
NUG = actor("National Unity Government", "MMR", "OPP")

M1 = ("Bangkok (AFP) - Ein Bündnis von drei bewaffneten Gruppen ethnischer Minderheiten hat im Norden Myanmars eine "
      "Großoffensive gegen die Militärjunta gestartet.")
M2 = ("Kämpfer der Arakan-Armee, der Ta'ang National Liberation Army (TNLA) und der Myanmar National Democratic "
      "Alliance Army (MNDAA) griffen am Freitag Militärposten im Bundesstaat Shan an.")
M3 = ("Nach Angaben des Bündnisses eroberten die Rebellen mehr als ein Dutzend Stützpunkte und die Kontrolle über "
      "Straßen zum Grenzübergang Chinshwehaw.")
M4 = ("Die Allianz erklärte, ihr Ziel sei es, die Zivilbevölkerung zu schützen und gegen die Betrugszentren im "
      "Grenzgebiet vorzugehen.")
M5 = "Junta-Sprecher Zaw Min Tun sagte im Staatsfernsehen, die Armee werde „entschlossen“ zurückschlagen."
M6 = "Kampfflugzeuge der Armee bombardierten am Samstag Stellungen der Rebellen nahe der Stadt Lashio."
M7 = "Soldaten räumten mehrere Posten in der Umgebung von Chinshwehaw."
M8 = "Die Junta schickte nach eigenen Angaben Verstärkung in die Region."
M9 = "Über mehrere Städte im Norden des Shan-Staats verhängte sie eine nächtliche Ausgangssperre."
M10 = ("China rief die Armee und die Rebellen zu einer sofortigen Waffenruhe auf und forderte Schutz für chinesische "
       "Staatsbürger im Grenzgebiet.")
M11 = ("Die Schattenregierung der Nationalen Einheit (NUG) begrüßte die Offensive und kündigte an, ihre "
       "Volksverteidigungskräfte würden sich den Kämpfen anschließen.")
M12 = "Die Vereinten Nationen zeigten sich besorgt über Berichte über zivile Opfer und Tausende Vertriebene."
M13 = "Seit dem Putsch im Februar 2021 versinkt das Land in Gewalt."

DE03 = {
    "id": "hm253-de-03", "lang": "de", "url": None, "published": "2023-10-28",
    "title": "Rebellenbündnis startet Großoffensive im Norden Myanmars",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11], [M12, M13]),
    "events": [
        event("ASSAULT", BROTHERHOOD, MMR_MIL, M1, location_country="MMR"),
        event("ASSAULT", AA, MMR_MIL, M2, date="2023-10-27", location="Shan State", location_country="MMR"),
        event("ASSAULT", TNLA, MMR_MIL, M2, date="2023-10-27", location="Shan State", location_country="MMR"),
        event("ASSAULT", MNDAA, MMR_MIL, M2, date="2023-10-27", location="Shan State", location_country="MMR"),
        event("ASSAULT", BROTHERHOOD, MMR_MIL, M3, location="Chinshwehaw", location_country="MMR"),
        event("THREATEN", ZAW_MIN_TUN, BROTHERHOOD, M5, mode="violence"),
        event("ASSAULT", MMR_MIL, BROTHERHOOD, M6, mode="aerial", date="2023-10-28", location="Lashio",
              location_country="MMR"),
        event("RETREAT", MMR_MIL, BROTHERHOOD, M7, mode="withdraw", location="Chinshwehaw",
              location_country="MMR"),
        event("MOBILIZE", MMR_JUNTA, None, M8, mode="troops", location="Shan State", location_country="MMR"),
        event("COERCE", MMR_JUNTA, None, M9, mode="curfew", location="Shan State", location_country="MMR"),
        event("REQUEST", CHINA, MMR_MIL, M10, mode="yield"),
        event("REQUEST", CHINA, BROTHERHOOD, M10, mode="yield"),
        event("SUPPORT", NUG, BROTHERHOOD, M11),
        event("AGREE", NUG, BROTHERHOOD, M11),
    ],
    "quotes": [
        quote("eroberten die Rebellen mehr als ein Dutzend Stützpunkte und die Kontrolle über Straßen zum "
              "Grenzübergang Chinshwehaw", "Three Brotherhood Alliance", "indirect"),
        quote("ihr Ziel sei es, die Zivilbevölkerung zu schützen und gegen die Betrugszentren im Grenzgebiet vorzugehen",
              "Three Brotherhood Alliance", "indirect"),
        quote("die Armee werde „entschlossen“ zurückschlagen", "Zaw Min Tun", "indirect"),
        quote("entschlossen", "Zaw Min Tun", "direct"),
        quote("ihre Volksverteidigungskräfte würden sich den Kämpfen anschließen", "National Unity Government",
              "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["Ein Bündnis von drei bewaffneten Gruppen ethnischer "
                                                           "Minderheiten", "des Bündnisses", "die Rebellen",
                                                           "Die Allianz", "der Rebellen"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmars", "das Land"]),
        entity("State Administration Council", "ORG", "MMR", ["die Militärjunta", "Die Junta"]),
        entity("Arakan Army", "ORG", "MMR", ["der Arakan-Armee"]),
        entity("Ta'ang National Liberation Army", "ORG", "MMR", ["der Ta'ang National Liberation Army (TNLA)"]),
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR", ["der Myanmar National Democratic "
                                                                          "Alliance Army (MNDAA)"]),
        entity("Shan State", "LOC", "MMR", ["im Bundesstaat Shan", "des Shan-Staats"]),
        entity("Chinshwehaw", "LOC", "MMR", ["Grenzübergang Chinshwehaw", "Chinshwehaw"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun"]),
        entity("Myanmar military", "ORG", "MMR", ["die Armee", "der Armee", "Soldaten"]),
        entity("Lashio", "LOC", "MMR", ["der Stadt Lashio"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("National Unity Government", "ORG", "MMR", ["Die Schattenregierung der Nationalen Einheit (NUG)"]),
        entity("People's Defence Force", "ORG", "MMR", ["ihre Volksverteidigungskräfte"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm253-de-04 (ICC warrants for Netanyahu and Gallant)
ICC = actor("International Criminal Court", "IGO", "JUD")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
DEIF = actor("Mohammed Deif", "PSE", "REB")
PMO_ISR = actor("Prime Minister's Office of Israel", "ISR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
WALTZ = actor("Mike Waltz", "USA", "LEG")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
VELDKAMP = actor("Caspar Veldkamp", "NLD", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

N1 = ("Den Haag (dpa) - Der Internationale Strafgerichtshof (IStGH) hat Haftbefehle gegen Israels "
      "Ministerpräsidenten Benjamin Netanjahu und den früheren Verteidigungsminister Joav Galant erlassen.")
N2 = ("Es gebe hinreichende Gründe für die Annahme, dass beide für Kriegsverbrechen und Verbrechen gegen die "
      "Menschlichkeit im Gazastreifen verantwortlich seien, teilte eine Vorverfahrenskammer am Donnerstag mit.")
N3 = "Dazu zähle der Einsatz von Hunger als Methode der Kriegsführung."
N4 = "Auch gegen den Chef des militärischen Arms der Hamas, Mohammed Deif, erging ein Haftbefehl."
N5 = "Netanjahus Büro nannte die Entscheidung „antisemitisch“."
N6 = "Israel werde sich „keinem Druck beugen“, sagte Netanjahu in einer Videobotschaft."
N7 = "Der scheidende US-Präsident Joe Biden nannte die Haftbefehle „empörend“."
N8 = ("Der Republikaner Mike Waltz, künftiger Sicherheitsberater von Donald Trump, kündigte dem Gericht eine "
      "„starke Antwort“ ab Januar an.")
N9 = ("Der EU-Außenbeauftragte Josep Borrell sagte dagegen, die Entscheidung sei bindend und müsse von allen "
      "Vertragsstaaten umgesetzt werden.")
N10 = ("Die Niederlande würden Netanjahu festnehmen, wenn er niederländischen Boden betrete, sagte Außenminister "
       "Caspar Veldkamp im Parlament.")
N11 = "Ungarns Regierungschef Viktor Orbán lud Netanjahu am Freitag demonstrativ nach Budapest ein."
N12 = "Die Hamas begrüßte die Haftbefehle gegen die israelischen Politiker, äußerte sich aber nicht zu Deif."
N13 = ("Israel erkennt die Zuständigkeit des Gerichts nicht an, die palästinensischen Gebiete sind jedoch seit 2015 "
       "Vertragspartei.")
N14 = "Die israelische Armee hatte im August erklärt, Deif sei im Juli bei einem Luftangriff in Chan Junis getötet worden."

DE04 = {
    "id": "hm253-de-04", "lang": "de", "url": None, "published": "2024-11-22",
    "title": "Weltstrafgericht erlässt Haftbefehl gegen Netanjahu",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11, N12], [N13, N14]),
    "events": [
        event("ACCUSE", ICC, NETANYAHU, N1, mode="allege"),
        event("ACCUSE", ICC, GALLANT, N1, mode="allege"),
        event("ACCUSE", ICC, NETANYAHU, N2, mode="allege", date="2024-11-21"),
        event("ACCUSE", ICC, GALLANT, N2, mode="allege", date="2024-11-21"),
        event("ACCUSE", ICC, DEIF, N4, mode="allege"),
        event("ACCUSE", PMO_ISR, ICC, N5, mode="disapprove"),
        event("ACCUSE", BIDEN, ICC, N7, mode="disapprove"),
        event("THREATEN", WALTZ, ICC, N8),
        event("SUPPORT", BORRELL, ICC, N9),
        event("THREATEN", VELDKAMP, NETANYAHU, N10, mode="arrest"),
        event("AGREE", ORBAN, NETANYAHU, N11, date="2024-11-22"),
        event("SUPPORT", HAMAS, ICC, N12),
        event("ASSAULT", IDF, DEIF, N14, mode="aerial", location="Khan Younis", location_country="PSE"),
    ],
    "quotes": [
        quote("Es gebe hinreichende Gründe für die Annahme, dass beide für Kriegsverbrechen und Verbrechen gegen die "
              "Menschlichkeit im Gazastreifen verantwortlich seien", "International Criminal Court", "indirect"),
        quote("Dazu zähle der Einsatz von Hunger als Methode der Kriegsführung", "International Criminal Court",
              "indirect"),
        quote("antisemitisch", "Prime Minister's Office of Israel", "direct"),
        quote("Israel werde sich „keinem Druck beugen“", "Benjamin Netanyahu", "indirect"),
        quote("keinem Druck beugen", "Benjamin Netanyahu", "direct"),
        quote("empörend", "Joe Biden", "direct"),
        quote("starke Antwort", "Mike Waltz", "direct"),
        quote("die Entscheidung sei bindend und müsse von allen Vertragsstaaten umgesetzt werden", "Josep Borrell",
              "indirect"),
        quote("Die Niederlande würden Netanjahu festnehmen, wenn er niederländischen Boden betrete", "Caspar Veldkamp",
              "indirect"),
        quote("Deif sei im Juli bei einem Luftangriff in Chan Junis getötet worden", "Israel Defense Forces",
              "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("International Criminal Court", "ORG", "IGO", ["Der Internationale Strafgerichtshof (IStGH)",
                                                             "eine Vorverfahrenskammer", "dem Gericht",
                                                             "des Gerichts"]),
        entity("Israel", "LOC", "ISR", ["Israels", "Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsidenten Benjamin Netanjahu", "Netanjahus",
                                                    "Netanjahu"]),
        entity("Yoav Gallant", "PER", "ISR", ["den früheren Verteidigungsminister Joav Galant"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Izz ad-Din al-Qassam Brigades", "ORG", "PSE", ["des militärischen Arms der Hamas"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Mohammed Deif", "PER", "PSE", ["den Chef des militärischen Arms der Hamas, Mohammed Deif", "Deif"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Netanjahus Büro"]),
        entity("Joe Biden", "PER", "USA", ["Der scheidende US-Präsident Joe Biden"]),
        entity("Mike Waltz", "PER", "USA", ["Der Republikaner Mike Waltz"]),
        entity("Republican Party", "ORG", "USA", ["Der Republikaner"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Netherlands", "LOC", "NLD", ["Die Niederlande"]),
        entity("Caspar Veldkamp", "PER", "NLD", ["Außenminister Caspar Veldkamp"]),
        entity("House of Representatives of the Netherlands", "ORG", "NLD", ["im Parlament"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Regierungschef Viktor Orbán"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Palestinian territories", "LOC", "PSE", ["die palästinensischen Gebiete"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee"]),
        entity("Khan Younis", "LOC", "PSE", ["Chan Junis"]),
    ],
}

# ---------------------------------------------------------------- hm253-en-01 (WHO, mpox emergency)
WHO = actor("World Health Organization", "UNO", "IGO")
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
DONORS = actor("donors and vaccine makers", None, "BUS")
COD = actor("Democratic Republic of the Congo", "COD", "GOV")
AFRICA_CDC = actor("Africa Centres for Disease Control and Prevention", "IGO", "IGO")
WEALTHY_COUNTRIES = actor("wealthy countries", None, "GOV")
USA_EN = actor("United States", "USA", "GOV")
BAVARIAN_NORDIC = actor("Bavarian Nordic", "DNK", "BUS")
KASEYA = actor("Jean Kaseya", "IGO", "IGO")
PAK_HEALTH = actor("Ministry of Health of Pakistan", "PAK", "GOV")

W1 = ("GENEVA, Aug 16 (Reuters) - The World Health Organization declared the mpox outbreak in Africa a global "
      "health emergency on Wednesday after a new strain spread from Congo to neighbouring countries.")
W2 = ('"The spread of this new clade is deeply worrying," WHO chief Tedros Adhanom Ghebreyesus told reporters.')
W3 = ("He urged donors and vaccine makers to step up support and said the WHO had released $1.45 million from its "
      "emergency fund to help Congo.")
W4 = ("The Africa Centres for Disease Control and Prevention had declared a continental emergency a day earlier "
      "and asked wealthy countries for 10 million vaccine doses.")
W5 = ("Congolese Health Minister Roger Kamba said vaccinations in South Kivu would start once doses arrive from "
      "Japan and the United States, which have promised to send them.")
W6 = ("Bavarian Nordic, the Danish maker of the only approved mpox vaccine, said it could supply 10 million doses "
      "by the end of 2025.")
W7 = "Africa CDC head Jean Kaseya welcomed the WHO's decision."
W8 = ("The WHO and Africa CDC said they had drawn up a joint response plan and were sharing surveillance data.")
W9 = ("Pakistan's health ministry said on Friday it had confirmed a case in a traveller returning from the Gulf, "
      "but it did not restrict travel from the region.")
W10 = "Tedros said the WHO did not recommend border closures."

EN01 = {
    "id": "hm253-en-01", "lang": "en", "url": None, "published": "2024-08-16",
    "title": "WHO declares mpox global health emergency as new strain spreads",
    "text": paragraphs([W1, W2], [W3, W4], [W5, W6, W7, W8], [W9, W10]),
    "events": [
        event("REQUEST", TEDROS, DONORS, W3, mode="assist"),
        event("AID", WHO, COD, W3),
        event("REQUEST", AFRICA_CDC, WEALTHY_COUNTRIES, W4, mode="assist"),
        event("AGREE", JAPAN, COD, W5),
        event("AGREE", USA_EN, COD, W5),
        event("AGREE", BAVARIAN_NORDIC, None, W6),
        event("SUPPORT", KASEYA, WHO, W7),
        event("COOPERATE", WHO, AFRICA_CDC, W8),
        event("COERCE", PAK_HEALTH, None, W9, mode="restrict", negated=True),
    ],
    "quotes": [
        quote("The spread of this new clade is deeply worrying", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("the WHO had released $1.45 million from its emergency fund to help Congo",
              "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("vaccinations in South Kivu would start once doses arrive from Japan and the United States",
              "Roger Kamba", "indirect"),
        quote("it could supply 10 million doses by the end of 2025", "Bavarian Nordic", "indirect"),
        quote("they had drawn up a joint response plan and were sharing surveillance data",
              "World Health Organization", "indirect"),
        quote("it had confirmed a case in a traveller returning from the Gulf", "Ministry of Health of Pakistan",
              "indirect"),
        quote("the WHO did not recommend border closures", "Tedros Adhanom Ghebreyesus", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA"]),
        entity("World Health Organization", "ORG", "UNO", ["The World Health Organization", "WHO"]),
        entity("Africa", "LOC", None, ["Africa"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Congo"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO chief Tedros Adhanom Ghebreyesus", "Tedros"]),
        entity("Africa Centres for Disease Control and Prevention", "ORG", "IGO", [
            "The Africa Centres for Disease Control and Prevention", "Africa CDC"]),
        entity("Roger Kamba", "PER", "COD", ["Congolese Health Minister Roger Kamba"]),
        entity("South Kivu", "LOC", "COD", ["South Kivu"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Bavarian Nordic", "ORG", "DNK", ["Bavarian Nordic", "the Danish maker of the only approved mpox "
                                                                    "vaccine"]),
        entity("Jean Kaseya", "PER", "IGO", ["Africa CDC head Jean Kaseya"]),
        entity("Ministry of Health of Pakistan", "ORG", "PAK", ["Pakistan's health ministry"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan's"]),
        entity("Gulf", "LOC", None, ["the Gulf", "the region"]),
    ],
}

# ---------------------------------------------------------------- hm253-en-02 (Afghanistan, Herat earthquakes)
TALIBAN_GOV = actor("Taliban government", "AFG", "GOV")
TALIBAN_MOD = actor("Ministry of Defence of Afghanistan", "AFG", "MIL")
WFP = actor("World Food Programme", "UNO", "IGO")
HERAT_SURVIVORS = actor("earthquake survivors in Herat", "AFG", "CVL")
HERAT_HOSPITAL = actor("Herat Regional Hospital", "AFG", "CVL")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
AID_WORKERS = actor("relief workers in Afghanistan", "AFG", "NGO")
UNAMA = actor("United Nations Assistance Mission in Afghanistan", "UNO", "IGO")
RAYAN = actor("Abdul Wahid Rayan", "AFG", "GOV")
AFG_CENTRAL_BANK = actor("Da Afghanistan Bank", "AFG", "GOV")

E1 = ("HERAT, Afghanistan (AP) - Afghanistan's Taliban government appealed for international help on Monday as "
      "rescuers dug through the rubble of villages in Herat province, where earthquakes killed more than 2,000 "
      "people over the weekend.")
E2 = "Government spokesman Zabihullah Mujahid said more than 1,300 homes had been destroyed."
E3 = ("The Taliban's defense ministry said it had sent soldiers, ambulances and helicopters to the Zindah Jan "
      "district.")
E4 = ("The U.N. World Food Programme was delivering food to about 4,000 survivors, and the World Health "
      "Organization sent medical supplies to Herat's regional hospital.")
E5 = "Pakistan and Iran sent trucks carrying tents and blankets across the border."
E6 = ("China said it would provide $200,000 in emergency cash aid through the Red Cross Society of China.")
E7 = ("The U.S. State Department said Washington was in touch with aid organizations but would not deal with the "
      "Taliban authorities directly.")
E8 = ("Relief workers said a Taliban ban on Afghan women working for most aid groups had made it harder to reach "
      "injured women.")
E9 = "UNAMA, the U.N. mission in Afghanistan, urged the Taliban to let female aid workers join the response."
E10 = ('A Taliban official, Abdul Wahid Rayan, said female health workers would be allowed to join the teams '
       '"where needed" and that several were already working in Herat.')
E11 = ("The United States froze about $7 billion of Afghanistan's central bank reserves after the 2021 Taliban "
       "takeover.")

EN02 = {
    "id": "hm253-en-02", "lang": "en", "url": None, "published": "2023-10-09",
    "title": "Taliban appeal for help as Herat quake death toll passes 2,000",
    "text": paragraphs([E1, E2], [E3, E4, E5, E6], [E7, E8, E9, E10], [E11]),
    "events": [
        event("REQUEST", TALIBAN_GOV, None, E1, mode="assist", date="2023-10-09"),
        event("MOBILIZE", TALIBAN_MOD, None, E3, mode="troops", location="Zindah Jan", location_country="AFG"),
        event("AID", WFP, HERAT_SURVIVORS, E4, location="Herat", location_country="AFG"),
        event("AID", WHO, HERAT_HOSPITAL, E4, location="Herat", location_country="AFG"),
        event("AID", PAKISTAN, AFGHANISTAN, E5),
        event("AID", IRAN, AFGHANISTAN, E5),
        event("AGREE", CHINA, AFGHANISTAN, E6),
        event("CONSULT", US_STATE, TALIBAN_GOV, E7, negated=True),
        event("ACCUSE", AID_WORKERS, TALIBAN_GOV, E8, mode="disapprove"),
        event("REQUEST", UNAMA, TALIBAN_GOV, E9, mode="change"),
        event("CONCEDE", RAYAN, UNAMA, E10),
        event("SANCTION", USA_EN, AFG_CENTRAL_BANK, E11),
    ],
    "quotes": [
        quote("more than 1,300 homes had been destroyed",
              "Zabihullah Mujahid", "indirect"),
        quote("it had sent soldiers, ambulances and helicopters to the Zindah Jan district", "Ministry of Defence of Afghanistan", "indirect"),
        quote("it would provide $200,000 in emergency cash aid through the Red Cross Society of China", "China",
              "indirect"),
        quote("Washington was in touch with aid organizations but would not deal with the Taliban authorities "
              "directly", "U.S. Department of State", "indirect"),
        quote("a Taliban ban on Afghan women working for most aid groups had made it harder to reach injured women",
              "relief workers in Afghanistan", "indirect"),
        quote('female health workers would be allowed to join the teams "where needed" and that several were already '
              'working in Herat', "Abdul Wahid Rayan", "indirect"),
        quote("where needed", "Abdul Wahid Rayan", "direct"),
    ],
    "entities": [
        entity("Herat", "LOC", "AFG", ["HERAT", "Herat province", "Herat"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "Afghanistan's"]),
        entity("Taliban government", "ORG", "AFG", ["Afghanistan's Taliban government", "the Taliban authorities",
                                                    "the Taliban"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Government spokesman Zabihullah Mujahid"]),
        entity("Ministry of Defence of Afghanistan", "ORG", "AFG", ["The Taliban's defense ministry"]),
        entity("Zindah Jan", "LOC", "AFG", ["the Zindah Jan district"]),
        entity("World Food Programme", "ORG", "UNO", ["The U.N. World Food Programme"]),
        entity("World Health Organization", "ORG", "UNO", ["the World Health Organization"]),
        entity("Herat Regional Hospital", "ORG", "AFG", ["Herat's regional hospital"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Red Cross Society of China", "ORG", "CHN", ["the Red Cross Society of China"]),
        entity("U.S. Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("relief workers in Afghanistan", "PER", "AFG", ["Relief workers"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO", ["UNAMA",
                                                                                 "the U.N. mission in Afghanistan"]),
        entity("Abdul Wahid Rayan", "PER", "AFG", ["A Taliban official, Abdul Wahid Rayan"]),
        entity("United States", "LOC", "USA", ["United States"]),
        entity("Da Afghanistan Bank", "ORG", "AFG", ["central bank"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
