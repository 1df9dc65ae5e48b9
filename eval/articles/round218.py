"""Round 218: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm218-de-01: Lee Jae-myung meets Trump at the White House after Trump's "purge or revolution" post; Lee asks him to meet Kim Jong Un, Trump wants the land of a US base, Korean Air orders Boeing jets, Pyongyang rebuffs Seoul and condemns the joint drills (2025-08-26).
- hm218-de-02: Modi and Yunus meet for the first time on the sidelines of the BIMSTEC summit in Bangkok; minorities, Yunus's "landlocked" remark, the Hasina extradition request, border killings, Ganges water talks (2025-04-04).
- hm218-de-03: Uzbekistan, Afghanistan and Pakistan sign the framework agreement for the trans-Afghan railway in Kabul; Dar meets the Taliban, the TTP row, Muttaqi demands an end to deportations (2025-07-17).
- hm218-de-04: Japan and the Philippines sign the Reciprocal Access Agreement in Manila; Marcos receives Kamikawa and Kihara, radar pledge, Beijing objects, Washington welcomes the pact (2024-07-08).
- hm218-en-01: Lai Ching-te returns from his Pacific tour with stopovers in Hawaii and Guam; Beijing protests and sanctions U.S. defence firms over an arms sale, Whipps pledges loyalty to Taipei (2024-12-06).
- hm218-en-02: Trump orders the U.S. withdrawal from the WHO and the Paris climate agreement; the WHO regrets it, China backs the WHO, Lauterbach and Democrats object (2025-01-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm218-de-01
LEE = actor("Lee Jae-myung", "KOR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
USA = actor("United States", "USA", "GOV")
KOREAN_AIR = actor("Korean Air", "KOR", "BUS")
BOEING = actor("Boeing", "USA", "BUS")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
KIM_YO_JONG = actor("Kim Yo Jong", "PRK", "GOV")

L1 = ("Südkoreas Präsident Lee Jae-myung ist bei seinem ersten Besuch im Weißen Haus von US-Präsident Donald Trump "
      "empfangen worden.")
L2 = ("Wenige Stunden vor dem Treffen am Montag hatte Trump im Internet geschrieben, in Südkorea sehe es nach einer "
      "„Säuberung oder Revolution“ aus.")
L3 = ("Damit spielte er offenbar auf die juristische Aufarbeitung des gescheiterten Kriegsrechts unter Lees "
      "Vorgänger Yoon Suk Yeol an.")
L4 = "Im Oval Office erklärte Lee, es handele sich um ein Missverständnis, und lobte Trump als „Friedensstifter“."
L5 = "Er bat den US-Präsidenten, sich erneut mit Nordkoreas Machthaber Kim Jong Un zu treffen."
L6 = "Trump sagte, er wolle Kim „in diesem Jahr“ sehen und freue sich darauf."
L7 = ("Zugleich verlangte er, dass Südkorea Washington das Eigentum an dem Gelände eines großen US-Stützpunkts "
      "überträgt.")
L8 = "Seoul hatte im Juli im Zollstreit Investitionen von 350 Milliarden Dollar in den USA zugesagt."
L9 = "Die Fluggesellschaft Korean Air bestellte während des Besuchs 103 Flugzeuge bei Boeing."
L10 = "In Pjöngjang stoßen Lees Gesprächsangebote bislang auf Ablehnung."
L11 = ("Kim Jong Uns Schwester Kim Yo Jong hatte vergangene Woche erklärt, Pjöngjang habe „kein Interesse“ an "
       "Gesprächen mit Seoul.")
L12 = "Nordkorea verurteilte zudem das Großmanöver, das Südkorea und die USA derzeit abhalten."

DE01 = {
    "id": "hm218-de-01", "lang": "de", "url": None, "published": "2025-08-26",
    "title": "Lee bei Trump: Gipfel im Weißen Haus nach „Säuberungs“-Vorwurf",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9], [L10, L11, L12]),
    "events": [
        event("CONSULT", LEE, TRUMP, L1, mode="visit", date="2025-08-25", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, SOUTH_KOREA, L2, mode="disapprove", date="2025-08-25"),
        event("SUPPORT", LEE, TRUMP, L4, date="2025-08-25", location="Washington", location_country="USA"),
        event("REQUEST", LEE, TRUMP, L5, mode="meet"),
        event("AGREE", TRUMP, KIM, L6),
        event("REQUEST", TRUMP, SOUTH_KOREA, L7),
        event("AGREE", SOUTH_KOREA, USA, L8),
        event("COOPERATE", KOREAN_AIR, BOEING, L9),
        event("REJECT", NORTH_KOREA, LEE, L10, mode="meet"),
        event("REJECT", KIM_YO_JONG, SOUTH_KOREA, L11, mode="meet"),
        event("ACCUSE", NORTH_KOREA, SOUTH_KOREA, L12, mode="disapprove"),
        event("ACCUSE", NORTH_KOREA, USA, L12, mode="disapprove"),
        event("COOPERATE", SOUTH_KOREA, USA, L12),
    ],
    "quotes": [
        quote("in Südkorea sehe es nach einer „Säuberung oder Revolution“ aus", "Donald Trump", "indirect"),
        quote("Säuberung oder Revolution", "Donald Trump", "direct"),
        quote("es handele sich um ein Missverständnis", "Lee Jae-myung", "indirect"),
        quote("Friedensstifter", "Lee Jae-myung", "direct"),
        quote("er wolle Kim „in diesem Jahr“ sehen und freue sich darauf", "Donald Trump", "indirect"),
        quote("in diesem Jahr", "Donald Trump", "direct"),
        quote("dass Südkorea Washington das Eigentum an dem Gelände eines großen US-Stützpunkts überträgt",
              "Donald Trump", "indirect"),
        quote("Pjöngjang habe „kein Interesse“ an Gesprächen mit Seoul", "Kim Yo Jong", "indirect"),
        quote("kein Interesse", "Kim Yo Jong", "direct"),
    ],
    "entities": [
        entity("Lee Jae-myung", "PER", "KOR", ["Südkoreas Präsident Lee Jae-myung", "Lee", "Lees", "Er"]),
        entity("White House", "ORG", "USA", ["Weißen Haus"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "den US-Präsidenten", "er"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Südkoreas", "Seoul"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Lees Vorgänger Yoon Suk Yeol"]),
        entity("Oval Office", "LOC", "USA", ["Oval Office"]),
        entity("Kim Jong Un", "PER", "PRK", ["Nordkoreas Machthaber Kim Jong Un", "Kim"]),
        entity("North Korea", "GPE", "PRK", ["Nordkoreas", "Pjöngjang", "Nordkorea"]),
        entity("United States", "GPE", "USA", ["Washington", "den USA", "die USA"]),
        entity("Korean Air", "ORG", "KOR", ["Die Fluggesellschaft Korean Air"]),
        entity("Boeing", "ORG", "USA", ["Boeing"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Jong Uns Schwester Kim Yo Jong"]),
    ],
}

# ---------------------------------------------------------------- hm218-de-02
MODI = actor("Narendra Modi", "IND", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
BGD_STUDENTS = actor("Bangladeshi students", "BGD", "CVL")
HASINA = actor("Sheikh Hasina", "BGD", "GOV")
IND_POLITICIANS = actor("Indian politicians", "IND", "PTY")
CHINA = actor("China", "CHN", "GOV")
BSF = actor("Border Security Force", "IND", "MIL")
INDIA = actor("India", "IND", "GOV")
BANGLADESH = actor("Bangladesh", "BGD", "GOV")

Y1 = ("Indiens Premierminister Narendra Modi und Bangladeschs Übergangsregierungschef Muhammad Yunus haben sich am "
      "Freitag am Rande des Bimstec-Gipfels in Bangkok erstmals zu einem Gespräch getroffen.")
Y2 = ("Die Beziehungen der Nachbarn sind seit dem Sturz der langjährigen Regierungschefin Sheikh Hasina im "
      "vergangenen August angespannt.")
Y3 = "Hasina war nach wochenlangen Studentenprotesten nach Indien geflohen."
Y4 = ("Modi habe auf die Sicherheit der Hindus und anderer Minderheiten in Bangladesch gepocht, sagte Indiens "
      "Außenstaatssekretär Vikram Misri.")
Y5 = "Er habe Yunus zudem aufgefordert, „Rhetorik zu vermeiden, die das Klima vergiftet“."
Y6 = ("Indische Politiker hatten sich zuvor über Yunus empört, der bei einem Besuch in Peking Indiens Nordosten als "
      "„vom Land umschlossen“ bezeichnet hatte.")
Y7 = "Yunus habe das Auslieferungsgesuch für Hasina angesprochen, sagte sein Pressesprecher Shafiqul Alam."
Y8 = "Das Gespräch sei „offen und konstruktiv“ gewesen."
Y9 = "Yunus beklagte zudem Tötungen an der Grenze durch die indische Grenzschutztruppe BSF."
Y10 = ("Beide Seiten vereinbarten, Gespräche über die Verlängerung des Abkommens zur Aufteilung des Ganges-Wassers "
       "fortzusetzen.")
Y11 = "Eine Zusage, Hasina auszuliefern, machte Modi nicht."
Y12 = "Der Vertrag über das Flusswasser läuft im kommenden Jahr aus."

DE02 = {
    "id": "hm218-de-02", "lang": "de", "url": None, "published": "2025-04-04",
    "title": "Modi und Yunus treffen sich erstmals seit Hasinas Sturz",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6, Y7, Y8], [Y9, Y10, Y11, Y12]),
    "events": [
        event("CONSULT", MODI, YUNUS, Y1, mode="multilateral", date="2025-04-04", location="Bangkok",
              location_country="THA"),
        event("PROTEST", BGD_STUDENTS, HASINA, Y3, mode="demo"),
        event("REQUEST", MODI, YUNUS, Y4, mode="change"),
        event("REQUEST", MODI, YUNUS, Y5, mode="change"),
        event("ACCUSE", IND_POLITICIANS, YUNUS, Y6, mode="disapprove"),
        event("CONSULT", YUNUS, CHINA, Y6, mode="visit", location="Beijing", location_country="CHN"),
        event("REQUEST", YUNUS, MODI, Y7, mode="assist"),
        event("ACCUSE", YUNUS, BSF, Y9, mode="disapprove"),
        event("AGREE", INDIA, BANGLADESH, Y10),
        event("CONCEDE", MODI, YUNUS, Y11, negated=True),
    ],
    "quotes": [
        quote("Modi habe auf die Sicherheit der Hindus und anderer Minderheiten in Bangladesch gepocht",
              "Vikram Misri", "indirect"),
        quote("Er habe Yunus zudem aufgefordert, „Rhetorik zu vermeiden, die das Klima vergiftet“", "Vikram Misri",
              "indirect"),
        quote("Rhetorik zu vermeiden, die das Klima vergiftet", "Vikram Misri", "direct"),
        quote("vom Land umschlossen", "Muhammad Yunus", "direct"),
        quote("Yunus habe das Auslieferungsgesuch für Hasina angesprochen", "Shafiqul Alam", "indirect"),
        quote("Das Gespräch sei „offen und konstruktiv“ gewesen", "Shafiqul Alam", "indirect"),
        quote("offen und konstruktiv", "Shafiqul Alam", "direct"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi", "Er"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Bangladeschs Übergangsregierungschef Muhammad Yunus", "Yunus"]),
        entity("BIMSTEC", "ORG", "IGO", ["Bimstec"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der langjährigen Regierungschefin Sheikh Hasina", "Hasina"]),
        entity("India", "GPE", "IND", ["Indien", "Indiens"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch", "Bangladeschs"]),
        entity("Vikram Misri", "PER", "IND", ["Indiens Außenstaatssekretär Vikram Misri"]),
        entity("Indian politicians", "ORG", "IND", ["Indische Politiker"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Northeast India", "LOC", "IND", ["Indiens Nordosten"]),
        entity("Shafiqul Alam", "PER", "BGD", ["sein Pressesprecher Shafiqul Alam"]),
        entity("Border Security Force", "ORG", "IND", ["die indische Grenzschutztruppe BSF"]),
        entity("Ganges", "LOC", None, ["Ganges"]),
    ],
}

# ---------------------------------------------------------------- hm218-de-03
UZBEKISTAN = actor("Uzbekistan", "UZB", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
SAIDOV = actor("Bakhtiyor Saidov", "UZB", "GOV")
DAR = actor("Ishaq Dar", "PAK", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
AFGHAN_REFUGEES = actor("Afghan refugees", "AFG", "CVL")
RUSSIA = actor("Russia", "RUS", "GOV")
WESTERN_STATES = actor("Western states", None, "GOV")

R1 = ("Usbekistan, Afghanistan und Pakistan haben in Kabul ein Rahmenabkommen für den Bau einer gemeinsamen "
      "Eisenbahnlinie unterzeichnet.")
R2 = ("Die rund 650 Kilometer lange Strecke soll das usbekische Termes über Masar-i-Scharif und Kabul mit der "
      "pakistanischen Stadt Peschawar verbinden.")
R3 = ("Die Außenminister Bachtijor Saidow, Ischaq Dar und Amir Khan Muttaqi setzten am Donnerstag ihre "
      "Unterschriften unter das Dokument.")
R4 = "Es handele sich um ein „historisches Projekt“ für die gesamte Region, sagte Muttaqi."
R5 = "Dar nutzte den Besuch auch für Gespräche mit der Taliban-Führung über die Sicherheitslage."
R6 = "Islamabad wirft den Taliban vor, Kämpfern der pakistanischen Taliban (TTP) Unterschlupf zu gewähren."
R7 = "Kabul bestreitet das."
R8 = "Muttaqi forderte Pakistan seinerseits auf, die Abschiebung afghanischer Flüchtlinge zu stoppen."
R9 = "Pakistan hat seit 2023 Hunderttausende Afghanen ohne gültige Papiere abgeschoben."
R10 = "Usbekistan will die Machbarkeitsstudie finanzieren, die Kosten werden auf mehr als vier Milliarden Dollar geschätzt."
R11 = "Russland hatte die Taliban-Regierung Anfang Juli als erstes Land offiziell anerkannt."
R12 = "Westliche Staaten erkennen die Taliban wegen der Einschränkungen für Frauen weiterhin nicht an."

DE03 = {
    "id": "hm218-de-03", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Usbekistan, Afghanistan und Pakistan unterzeichnen Abkommen für Transafghanische Bahn",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8, R9], [R10, R11, R12]),
    "events": [
        event("SUPPORT", UZBEKISTAN, TALIBAN, R1, date="2025-07-17", location="Kabul", location_country="AFG"),
        event("SUPPORT", PAKISTAN, TALIBAN, R1, date="2025-07-17", location="Kabul", location_country="AFG"),
        event("SUPPORT", SAIDOV, MUTTAQI, R3, date="2025-07-17", location="Kabul", location_country="AFG"),
        event("SUPPORT", DAR, MUTTAQI, R3, date="2025-07-17", location="Kabul", location_country="AFG"),
        event("CONSULT", DAR, TALIBAN, R5, mode="visit", date="2025-07-17", location="Kabul",
              location_country="AFG"),
        event("ACCUSE", PAKISTAN, TALIBAN, R6, mode="allege"),
        event("REQUEST", MUTTAQI, PAKISTAN, R8, mode="change"),
        event("COERCE", PAKISTAN, AFGHAN_REFUGEES, R9, mode="deport"),
        event("AGREE", UZBEKISTAN, None, R10),
        event("SUPPORT", RUSSIA, TALIBAN, R11),
        event("SUPPORT", WESTERN_STATES, TALIBAN, R12, negated=True),
    ],
    "quotes": [
        quote("Es handele sich um ein „historisches Projekt“ für die gesamte Region", "Amir Khan Muttaqi",
              "indirect"),
        quote("historisches Projekt", "Amir Khan Muttaqi", "direct"),
        quote("Kämpfern der pakistanischen Taliban (TTP) Unterschlupf zu gewähren", "Pakistan", "indirect"),
        quote("die Abschiebung afghanischer Flüchtlinge zu stoppen", "Amir Khan Muttaqi", "indirect"),
    ],
    "entities": [
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistan"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Termez", "LOC", "UZB", ["das usbekische Termes"]),
        entity("Mazar-i-Sharif", "LOC", "AFG", ["Masar-i-Scharif"]),
        entity("Peshawar", "LOC", "PAK", ["der pakistanischen Stadt Peschawar"]),
        entity("Bakhtiyor Saidov", "PER", "UZB", ["Bachtijor Saidow"]),
        entity("Ishaq Dar", "PER", "PAK", ["Ischaq Dar", "Dar"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["Amir Khan Muttaqi", "Muttaqi"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban-Führung", "den Taliban", "die Taliban-Regierung",
                                         "die Taliban"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["der pakistanischen Taliban (TTP)"]),
        entity("Afghan refugees", "ORG", "AFG", ["afghanischer Flüchtlinge", "Hunderttausende Afghanen"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Western states", "ORG", None, ["Westliche Staaten"]),
    ],
}

# ---------------------------------------------------------------- hm218-de-04
JAPAN = actor("Japan", "JPN", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")

J1 = ("Japan und die Philippinen haben ein Verteidigungsabkommen unterzeichnet, das gemeinsame Manöver und die "
      "Entsendung von Truppen in das jeweils andere Land erleichtert.")
J2 = ("Außenministerin Yoko Kamikawa und Verteidigungsminister Minoru Kihara unterzeichneten das Abkommen am Montag "
      "in Manila mit dem philippinischen Verteidigungsminister Gilberto Teodoro.")
J3 = "Präsident Ferdinand Marcos Jr. empfing die beiden Minister anschließend im Präsidentenpalast."
J4 = "„Das ist ein Meilenstein für die Sicherheit in der Region“, sagte Teodoro."
J5 = "Tokio sagte Manila zudem weitere Küstenradaranlagen im Rahmen seiner Sicherheitshilfe zu."
J5B = "Beide Länder wollen außerdem ihre gemeinsamen Übungen im Südchinesischen Meer ausweiten."
J6 = "Das Abkommen muss noch vom japanischen Parlament und vom philippinischen Senat ratifiziert werden."
J6B = "Ähnliche Vereinbarungen bestehen bereits zwischen Japan, Australien und Großbritannien."
J7 = "Peking reagierte verärgert."
J8 = "Die Asien-Pazifik-Region brauche „keine militärischen Blöcke“, sagte Außenamtssprecher Lin Jian."
J9 = "Zusammenarbeit zwischen Staaten dürfe sich nicht gegen Dritte richten, fügte er hinzu."
J10 = ("Mitte Juni hatten chinesische Küstenwächter philippinische Marinesoldaten bei einer Versorgungsfahrt zum "
       "Second-Thomas-Riff mit Äxten bedroht und Schlauchboote beschlagnahmt.")
J11 = "Washington begrüßte das Abkommen."

DE04 = {
    "id": "hm218-de-04", "lang": "de", "url": None, "published": "2024-07-08",
    "title": "Japan und die Philippinen schließen Verteidigungsabkommen",
    "text": paragraphs([J1, J2, J3, J4], [J5, J5B, J6, J6B], [J7, J8, J9, J10, J11]),
    "events": [
        event("SUPPORT", JAPAN, PHILIPPINES, J1, date="2024-07-08", location="Manila", location_country="PHL"),
        event("SUPPORT", KAMIKAWA, TEODORO, J2, date="2024-07-08", location="Manila", location_country="PHL"),
        event("SUPPORT", KIHARA, TEODORO, J2, date="2024-07-08", location="Manila", location_country="PHL"),
        event("CONSULT", KAMIKAWA, MARCOS, J3, mode="visit", date="2024-07-08", location="Manila",
              location_country="PHL"),
        event("CONSULT", KIHARA, MARCOS, J3, mode="visit", date="2024-07-08", location="Manila",
              location_country="PHL"),
        event("AGREE", JAPAN, PHILIPPINES, J5),
        event("AGREE", JAPAN, PHILIPPINES, J5B),
        event("ACCUSE", CHINA, JAPAN, J7, mode="disapprove"),
        event("ACCUSE", CHINA, PHILIPPINES, J7, mode="disapprove"),
        event("ACCUSE", LIN_JIAN, JAPAN, J8, mode="disapprove"),
        event("ACCUSE", LIN_JIAN, PHILIPPINES, J8, mode="disapprove"),
        event("THREATEN", CCG, PHL_NAVY, J10, mode="violence", location="Second Thomas Shoal"),
        event("COERCE", CCG, PHL_NAVY, J10, mode="seize", location="Second Thomas Shoal"),
        event("SUPPORT", USA, JAPAN, J11),
        event("SUPPORT", USA, PHILIPPINES, J11),
    ],
    "quotes": [
        quote("Das ist ein Meilenstein für die Sicherheit in der Region", "Gilberto Teodoro", "direct"),
        quote("Die Asien-Pazifik-Region brauche „keine militärischen Blöcke“", "Lin Jian", "indirect"),
        quote("keine militärischen Blöcke", "Lin Jian", "direct"),
        quote("Zusammenarbeit zwischen Staaten dürfe sich nicht gegen Dritte richten", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Japan", "GPE", "JPN", ["Japan", "Tokio"]),
        entity("Philippines", "GPE", "PHL", ["die Philippinen", "Manila"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("Australia", "GPE", "AUS", ["Australien"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Außenministerin Yoko Kamikawa"]),
        entity("Minoru Kihara", "PER", "JPN", ["Verteidigungsminister Minoru Kihara"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["dem philippinischen Verteidigungsminister Gilberto Teodoro",
                                                  "Teodoro"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Malacañang Palace", "LOC", "PHL", ["Präsidentenpalast"]),
        entity("National Diet", "ORG", "JPN", ["vom japanischen Parlament"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["vom philippinischen Senat"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Asia-Pacific", "LOC", None, ["Asien-Pazifik-Region"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian", "er"]),
        entity("China Coast Guard", "ORG", "CHN", ["chinesische Küstenwächter"]),
        entity("Philippine Navy", "ORG", "PHL", ["philippinische Marinesoldaten"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm218-en-01
LAI = actor("Lai Ching-te", "TWN", "GOV")
MARSHALL = actor("Marshall Islands", "MHL", "GOV")
TUVALU = actor("Tuvalu", "TUV", "GOV")
PALAU = actor("Palau", "PLW", "GOV")
JOHNSON = actor("Mike Johnson", "USA", "LEG")
MOFA_CHN = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
US_DEF_FIRMS = actor("U.S. defence companies", "USA", "BUS")
US_DEF_EXECS = actor("U.S. defence company executives", "USA", "BUS")
TAIWAN = actor("Taiwan", "TWN", "GOV")
CHN_MIL = actor("People's Liberation Army", "CHN", "MIL")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")

T1 = ("Taiwanese President Lai Ching-te returned to Taipei on Friday from a week-long Pacific tour that took him to "
      "the Marshall Islands, Tuvalu and Palau, three of the island's last diplomatic allies.")
T2 = ("His stopovers in Hawaii and the U.S. territory of Guam drew sharp protests from Beijing, which considers "
      "Taiwan part of its territory.")
T3 = "In Honolulu, Lai held a phone call with U.S. House Speaker Mike Johnson."
T4 = ("On Thursday, China's foreign ministry imposed sanctions on 13 U.S. defence companies and six executives over "
      "arms sales to Taiwan.")
T5 = ("Washington last week approved the sale of spare parts for F-16 fighter jets and radar equipment worth $385 "
      "million to Taipei.")
T6 = ("“The Taiwan question is the very core of China's core interests,” ministry spokesman Lin Jian said, “and the "
      "first red line that must not be crossed.”")
T7 = ("Beijing calls Lai a “separatist” and has held two large-scale military drills around the island since he "
      "took office in May.")
T8 = ("Taiwan's defence ministry said it was closely monitoring Chinese warships near the island but saw no sign of "
      "an imminent exercise.")
T9 = ("The U.S. State Department said the transits were “private and unofficial” and in line with long-standing "
      "practice.")
T10 = "In Palau, President Surangel Whipps Jr. pledged to keep ties with Taipei despite pressure from Beijing."
T11 = "Lai promised Tuvalu more help in adapting to rising sea levels."
T12 = "Only twelve countries still recognise Taiwan diplomatically."

EN01 = {
    "id": "hm218-en-01", "lang": "en", "url": None, "published": "2024-12-06",
    "title": "Taiwan's Lai returns from Pacific tour as Beijing sanctions U.S. arms makers",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9], [T10, T11, T12]),
    "events": [
        event("CONSULT", LAI, MARSHALL, T1, mode="visit", location="Marshall Islands", location_country="MHL"),
        event("CONSULT", LAI, TUVALU, T1, mode="visit", location="Tuvalu", location_country="TUV"),
        event("CONSULT", LAI, PALAU, T1, mode="visit", location="Palau", location_country="PLW"),
        event("ACCUSE", CHINA, LAI, T2, mode="disapprove"),
        event("CONSULT", LAI, JOHNSON, T3, mode="phone"),
        event("SANCTION", MOFA_CHN, US_DEF_FIRMS, T4, mode="discontinue", date="2024-12-05"),
        event("SANCTION", MOFA_CHN, US_DEF_EXECS, T4, mode="discontinue", date="2024-12-05"),
        event("AID", USA, TAIWAN, T5),
        event("THREATEN", LIN_JIAN, USA, T6),
        event("ACCUSE", CHINA, LAI, T7, mode="disapprove"),
        event("MOBILIZE", CHN_MIL, TAIWAN, T7, mode="troops"),
        event("AGREE", WHIPPS, TAIWAN, T10, location="Palau", location_country="PLW"),
        event("AGREE", LAI, TUVALU, T11),
    ],
    "quotes": [
        quote("The Taiwan question is the very core of China's core interests", "Lin Jian", "direct"),
        quote("and the first red line that must not be crossed", "Lin Jian", "direct"),
        quote("separatist", "China", "direct"),
        quote("it was closely monitoring Chinese warships near the island but saw no sign of an imminent exercise",
              "Ministry of National Defense of Taiwan", "indirect"),
        quote("the transits were “private and unofficial” and in line with long-standing practice",
              "United States Department of State", "indirect"),
        quote("private and unofficial", "United States Department of State", "direct"),
    ],
    "entities": [
        entity("Lai Ching-te", "PER", "TWN", ["Taiwanese President Lai Ching-te", "Lai", "His", "he"]),
        entity("Taiwan", "GPE", "TWN", ["Taipei", "Taiwan", "the island"]),
        entity("Marshall Islands", "GPE", "MHL", ["the Marshall Islands"]),
        entity("Tuvalu", "GPE", "TUV", ["Tuvalu"]),
        entity("Palau", "GPE", "PLW", ["Palau"]),
        entity("Hawaii", "LOC", "USA", ["Hawaii"]),
        entity("Guam", "LOC", "USA", ["the U.S. territory of Guam"]),
        entity("China", "GPE", "CHN", ["Beijing", "China's"]),
        entity("Honolulu", "LOC", "USA", ["Honolulu"]),
        entity("Mike Johnson", "PER", "USA", ["U.S. House Speaker Mike Johnson"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("U.S. defence companies", "ORG", "USA", ["13 U.S. defence companies"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Lin Jian", "PER", "CHN", ["ministry spokesman Lin Jian"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["Taiwan's defence ministry"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["President Surangel Whipps Jr."]),
    ],
}

# ---------------------------------------------------------------- hm218-en-02
WHO = actor("World Health Organization", "UNO", "IGO")
JASAREVIC = actor("Tarik Jasarevic", "UNO", "IGO")
GUO = actor("Guo Jiakun", "CHN", "GOV")
LAUTERBACH = actor("Karl Lauterbach", "DEU", "GOV")
US_DEMOCRATS = actor("Democratic Party lawmakers", "USA", "LEG")

W1 = ("U.S. President Donald Trump has ordered the United States to withdraw from the World Health Organization, "
      "accusing the U.N. agency of mishandling the COVID-19 pandemic.")
W2 = ("The executive order, signed on Monday hours after his inauguration, also halts U.S. funding for the "
      "Geneva-based body and recalls American personnel working with it.")
W3 = ("The WHO “continues to demand unfairly onerous payments” from Washington, while China pays far less, the "
      "order says.")
W4 = "The organisation said it regretted the decision and hoped Washington would reconsider."
W5 = ("“We look forward to the United States reconsidering,” WHO spokesman Tarik Jasarevic told reporters in Geneva, "
      "“and we hope there will be a constructive dialogue.”")
W6 = "The United States is the WHO's largest donor, accounting for about 18 percent of its funding."
W7 = "Under the rules, the withdrawal takes effect only after a year's notice."
W8 = "Chinese foreign ministry spokesman Guo Jiakun said Beijing would back the WHO “as always”."
W9 = ("German Health Minister Karl Lauterbach called the move a setback for global health and said he would try to "
      "change Trump's mind.")
W10 = ("Public health experts warned that the exit could weaken the fight against outbreaks such as bird flu.")
W11 = ("Trump also pulled the United States out of the Paris climate agreement on Monday, as he did during his first "
       "term.")
W12 = "Several Democratic lawmakers urged Trump to reverse the decision, calling it reckless."

EN02 = {
    "id": "hm218-en-02", "lang": "en", "url": None, "published": "2025-01-21",
    "title": "Trump orders U.S. exit from the World Health Organization",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10, W11, W12]),
    "events": [
        event("SANCTION", TRUMP, WHO, W1, mode="withdraw", date="2025-01-20"),
        event("ACCUSE", TRUMP, WHO, W1, mode="allege", date="2025-01-20"),
        event("SANCTION", TRUMP, WHO, W2, mode="withdraw", date="2025-01-20"),
        event("ACCUSE", TRUMP, WHO, W3, mode="allege"),
        event("ACCUSE", WHO, USA, W4, mode="disapprove"),
        event("REQUEST", WHO, USA, W4, mode="change"),
        event("REQUEST", JASAREVIC, USA, W5, mode="change", location="Geneva", location_country="CHE"),
        event("SUPPORT", GUO, WHO, W8),
        event("ACCUSE", LAUTERBACH, TRUMP, W9, mode="disapprove"),
        event("SANCTION", TRUMP, None, W11, mode="withdraw", date="2025-01-20"),
        event("REQUEST", US_DEMOCRATS, TRUMP, W12, mode="change"),
        event("ACCUSE", US_DEMOCRATS, TRUMP, W12, mode="disapprove"),
    ],
    "quotes": [
        quote("continues to demand unfairly onerous payments", "Donald Trump", "direct"),
        quote("The WHO “continues to demand unfairly onerous payments” from Washington, while China pays far less",
              "Donald Trump", "indirect"),
        quote("it regretted the decision and hoped Washington would reconsider", "World Health Organization",
              "indirect"),
        quote("We look forward to the United States reconsidering", "Tarik Jasarevic", "direct"),
        quote("and we hope there will be a constructive dialogue", "Tarik Jasarevic", "direct"),
        quote("Beijing would back the WHO “as always”", "Guo Jiakun", "indirect"),
        quote("as always", "Guo Jiakun", "direct"),
        quote("he would try to change Trump's mind", "Karl Lauterbach", "indirect"),
        quote("that the exit could weaken the fight against outbreaks such as bird flu", "Public health experts",
              "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "Trump's", "his", "he"]),
        entity("United States", "GPE", "USA", ["the United States", "The United States", "Washington"]),
        entity("World Health Organization", "ORG", "UNO", ["the World Health Organization", "the U.N. agency",
                                                            "the Geneva-based body", "The WHO", "The organisation",
                                                            "the WHO", "WHO's"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Tarik Jasarevic", "PER", "UNO", ["WHO spokesman Tarik Jasarevic"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinese foreign ministry spokesman Guo Jiakun"]),
        entity("Karl Lauterbach", "PER", "DEU", ["German Health Minister Karl Lauterbach", "he"]),
        entity("Public health experts", "ORG", None, ["Public health experts"]),
        entity("Paris Agreement", "ORG", None, ["the Paris climate agreement"]),
        entity("Democratic Party lawmakers", "ORG", "USA", ["Several Democratic lawmakers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
