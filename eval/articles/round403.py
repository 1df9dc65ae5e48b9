"""Round 403: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm403-de-01: Taiwan/China: Xi Jinping receives former Taiwanese president Ma Ying-jeou in Beijing; Xi's "no outside interference" line, Ma's appeal for peace, the earlier Shenzhen meeting with Song Tao, the Mainland Affairs Council and the DPP criticise Ma, the MAC's demand to Beijing, PLA aircraft and ships near the island (2024-04-10).
- hm403-de-02: Sri Lanka: parliament passes the Online Safety Act 108 to 62; Tiran Alles defends it and accuses the opposition, Premadasa's "black day", the Supreme Court's demanded amendments, Asia Internet Coalition criticism, the UN rights office's earlier appeal, protest outside parliament held back by police without arrests (2024-01-24).
- hm403-de-03: Philippines/China: Manila and Beijing agree a provisional arrangement for resupply runs to the BRP Sierra Madre at Second Thomas Shoal; the 2 July talks in Manila, Beijing's on-site inspection claim rejected as inaccurate, Año's refusal, Mao Ning's demand, the 17 June boarding recalled, Washington's backing (2024-07-22).
- hm403-de-04: India: the Lok Sabha expels TMC MP Mahua Moitra over the ethics committee's cash-for-query report; Dubey's accusation, Moitra's denial and attack on Om Birla and the government, opposition walkout, Mamata Banerjee's accusation, Congress demand rejected by Pralhad Joshi, the Hindenburg report on Adani recalled (2023-12-08).
- hm403-en-01: North Korea/Japan: Kim Yo Jong says Pyongyang will reject any contact with Tokyo a day after revealing Kishida's summit request; her conditions, Kishida still wants a summit, Hayashi's rejection of the "resolved" claim, Sakie Yokota's appeal, last week's missile launches and Japan's protest, U.S. backing (2024-03-26).
- hm403-en-02: UN: Guterres invokes Article 99 and urges the Security Council to press for a humanitarian cease-fire in Gaza; UAE draft, Mansour and Hamas welcome it, Cohen and Erdan attack Guterres and Erdan demands his resignation, Robert Wood rejects a cease-fire, the Oct. 7 attack and the Khan Younis offensive (2023-12-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm403-de-01 (Taiwan/China, Ma meets Xi)
MA = actor("Ma Ying-jeou", "TWN", "OPP")
XI = actor("Xi Jinping", "CHN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
SONG_TAO = actor("Song Tao", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
PLA = actor("People's Liberation Army", "CHN", "MIL")

A1 = ("Peking (dpa) - Chinas Staats- und Parteichef Xi Jinping hat den früheren taiwanischen Präsidenten Ma Ying-jeou "
      "in Peking empfangen.")
A2 = ("Das Treffen in der Großen Halle des Volkes am Mittwoch war die erste Begegnung eines ehemaligen Staatsoberhaupts "
      "der Insel mit einem chinesischen Staatschef in der Hauptstadt der Volksrepublik seit 1949.")
A3 = ("Seit dem Ende des Bürgerkriegs wird Taiwan eigenständig regiert, Peking betrachtet die Insel aber als Teil "
      "seines Territoriums.")
A4 = ("Die Menschen auf beiden Seiten der Taiwanstraße seien alle Chinesen, sagte Xi nach Angaben der Staatsagentur "
      "Xinhua.")
A5 = "„Keine Einmischung von außen kann die Wiedervereinigung der Familie aufhalten“, fügte er hinzu."
A6 = "Ma rief beide Seiten auf, den Frieden zu wahren und den Austausch auszubauen."
A7 = "Ein Krieg wäre für die chinesische Nation „unerträglich“, sagte der 73-Jährige."
A8 = ("Zu Beginn seiner elftägigen Reise hatte er in der südchinesischen Metropole Shenzhen bereits den Leiter des "
      "Pekinger Büros für Taiwan-Angelegenheiten, Song Tao, getroffen.")
A9 = ("Der für die Beziehungen zu China zuständige Festlandrat in Taipeh warf Ma vor, die Haltung der taiwanischen "
      "Bevölkerung nicht vertreten zu haben.")
A10 = "„Über die Zukunft Taiwans entscheiden allein die 23 Millionen Menschen auf der Insel“, erklärte die Behörde."
A11 = "Zugleich forderte der Festlandrat Peking auf, seine militärischen Einschüchterungen gegen Taiwan einzustellen."
A12 = ("Die regierende Demokratische Fortschrittspartei (DPP) bezeichnete den Besuch als „Propagandashow“ für die "
       "Kommunistische Partei.")
A13 = "Der designierte Präsident Lai Ching-te, der am 20. Mai sein Amt antritt, äußerte sich zunächst nicht."
A14 = ("Am Mittwoch schickte die chinesische Volksbefreiungsarmee nach Angaben des Verteidigungsministeriums in Taipeh "
       "erneut Kampfflugzeuge und Kriegsschiffe in die Nähe der Insel.")
A15 = ("Ma gehört der Kuomintang (KMT) an, die für engere Beziehungen zur Volksrepublik wirbt und seit der Wahl im "
       "Januar die größte Fraktion im Parlament stellt.")
A16 = "Er hatte Taiwan von 2008 bis 2016 regiert und galt als Verfechter einer Annäherung an Peking."

DE01 = {
    "id": "hm403-de-01", "lang": "de", "url": None, "published": "2024-04-10",
    "title": "Xi empfängt Taiwans Ex-Präsidenten Ma in Peking",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15, A16]),
    "events": [
        event("CONSULT", MA, XI, A1, mode="visit", location="Beijing", location_country="CHN"),
        event("CONSULT", MA, XI, A2, mode="visit", date="2024-04-10", location="Beijing", location_country="CHN"),
        event("REQUEST", MA, CHN_GOV, A6),
        event("REQUEST", MA, TWN_GOV, A6),
        event("CONSULT", MA, SONG_TAO, A8, mode="meet", location="Shenzhen", location_country="CHN"),
        event("ACCUSE", MAC, MA, A9, mode="disapprove"),
        event("REQUEST", MAC, CHN_GOV, A11, mode="yield"),
        event("ACCUSE", DPP, MA, A12, mode="disapprove"),
        event("MOBILIZE", PLA, TWN_GOV, A14, mode="troops", date="2024-04-10"),
    ],
    "quotes": [
        quote("Die Menschen auf beiden Seiten der Taiwanstraße seien alle Chinesen", "Xi Jinping", "indirect"),
        quote("Keine Einmischung von außen kann die Wiedervereinigung der Familie aufhalten", "Xi Jinping", "direct"),
        quote("den Frieden zu wahren und den Austausch auszubauen", "Ma Ying-jeou", "indirect"),
        quote("unerträglich", "Ma Ying-jeou", "direct"),
        quote("Ein Krieg wäre für die chinesische Nation „unerträglich“", "Ma Ying-jeou", "indirect"),
        quote("die Haltung der taiwanischen Bevölkerung nicht vertreten zu haben", "Mainland Affairs Council", "indirect"),
        quote("Über die Zukunft Taiwans entscheiden allein die 23 Millionen Menschen auf der Insel",
              "Mainland Affairs Council", "direct"),
        quote("seine militärischen Einschüchterungen gegen Taiwan einzustellen", "Mainland Affairs Council", "indirect"),
        quote("Propagandashow", "Democratic Progressive Party", "direct"),
        quote("Am Mittwoch schickte die chinesische Volksbefreiungsarmee nach Angaben des Verteidigungsministeriums in "
              "Taipeh erneut Kampfflugzeuge und Kriegsschiffe in die Nähe der Insel",
              "Ministry of National Defense of Taiwan", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staats- und Parteichef Xi Jinping", "Xi", "er"]),
        entity("Ma Ying-jeou", "PER", "TWN", ["den früheren taiwanischen Präsidenten Ma Ying-jeou", "Ma",
                                              "der 73-Jährige", "seiner", "er", "Er"]),
        entity("China", "LOC", "CHN", ["Chinas", "der Volksrepublik", "China"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Great Hall of the People", "LOC", "CHN", ["der Großen Halle des Volkes"]),
        entity("Taiwan", "LOC", "TWN", ["der Insel", "Taiwan", "die Insel", "Taiwans", "auf der Insel"]),
        entity("Taiwan Strait", "LOC", None, ["der Taiwanstraße"]),
        entity("Xinhua", "ORG", "CHN", ["der Staatsagentur Xinhua"]),
        entity("Shenzhen", "LOC", "CHN", ["der südchinesischen Metropole Shenzhen"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Pekinger Büros für Taiwan-Angelegenheiten"]),
        entity("Song Tao", "PER", "CHN", ["den Leiter des Pekinger Büros für Taiwan-Angelegenheiten, Song Tao"]),
        entity("Mainland Affairs Council", "ORG", "TWN",
               ["Der für die Beziehungen zu China zuständige Festlandrat in Taipeh", "die Behörde", "der Festlandrat"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("people of Taiwan", "PER", "TWN", ["der taiwanischen Bevölkerung",
                                                  "die 23 Millionen Menschen auf der Insel"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["Die regierende Demokratische Fortschrittspartei (DPP)"]),
        entity("Chinese Communist Party", "ORG", "CHN", ["die Kommunistische Partei"]),
        entity("Lai Ching-te", "PER", "TWN", ["Der designierte Präsident Lai Ching-te"]),
        entity("People's Liberation Army", "ORG", "CHN", ["die chinesische Volksbefreiungsarmee"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["des Verteidigungsministeriums in Taipeh"]),
        entity("Kuomintang", "ORG", "TWN", ["der Kuomintang (KMT)"]),
        entity("Legislative Yuan", "ORG", "TWN", ["im Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm403-de-02 (Sri Lanka, Online Safety Act)
LKA_PARL = actor("Parliament of Sri Lanka", "LKA", "LEG")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
ALLES = actor("Tiran Alles", "LKA", "GOV")
LKA_OPP = actor("Sri Lankan opposition", "LKA", "OPP")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
LKA_SC = actor("Supreme Court of Sri Lanka", "LKA", "JUD")
AIC = actor("Asia Internet Coalition", "MNC", "BUS")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
LKA_PROTESTERS = actor("protesters in Sri Jayawardenepura Kotte", "LKA", "CVL")
LKA_POLICE = actor("Sri Lanka Police", "LKA", "COP")
LKA_CRITICS = actor("critics of Ranil Wickremesinghe", "LKA", "CVL")
WICKREMESINGHE = actor("Ranil Wickremesinghe", "LKA", "GOV")

B1 = ("Colombo (dpa) - Sri Lankas Parlament hat ein umstrittenes Gesetz zur Kontrolle sozialer Medien verabschiedet, "
      "das Kritiker als Angriff auf die Meinungsfreiheit werten.")
B2 = "Nach zweitägiger Debatte stimmten am Mittwoch 108 Abgeordnete für die Vorlage der Regierung, 62 votierten dagegen."
B3 = ("Das Gesetz sieht eine fünfköpfige Kommission vor, die vom Präsidenten ernannt wird und Beiträge sperren lassen "
      "kann, die sie für falsch hält.")
B4 = "Bei Verstößen drohen Haftstrafen von bis zu fünf Jahren."
B5 = ("Das Gesetz solle Frauen und Kinder vor Betrug und Missbrauch im Internet schützen, sagte Minister für "
      "öffentliche Sicherheit Tiran Alles in der Debatte.")
B6 = "Er warf der Opposition vor, mit falschen Behauptungen Stimmung gegen die Vorlage zu machen."
B7 = ("Oppositionsführer Sajith Premadasa von der Partei Samagi Jana Balawegaya (SJB) sprach von einem „schwarzen Tag "
      "für die Demokratie“.")
B8 = "Die Regierung habe mehrere vom Obersten Gericht verlangte Änderungen ignoriert, sagte er."
B9 = "Das Gericht hatte im Dezember gefordert, mehr als 30 Bestimmungen des Entwurfs abzuändern."
B10 = ("Die Asia Internet Coalition, der unter anderem Google und Meta angehören, kritisierte die Regeln als vage und "
       "warnte vor Folgen für Investitionen im Digitalsektor.")
B11 = ("Das UN-Menschenrechtsbüro in Genf hatte die Regierung bereits im Herbst aufgefordert, den Entwurf "
       "zurückzuziehen.")
B12 = ("Vor dem Parlamentsgebäude in Sri Jayawardenepura Kotte protestierten am Mittwoch Dutzende Demonstranten, "
       "darunter Journalisten und Menschenrechtler, gegen das Vorhaben.")
B13 = "Die Polizei hinderte sie daran, auf die Zufahrtsstraße zum Parlament vorzudringen."
B14 = "Festnahmen gab es nach Angaben eines Polizeisprechers nicht."
B15 = "Das Gesetz tritt in Kraft, sobald Parlamentspräsident Mahinda Yapa Abeywardena es unterzeichnet hat."
B16 = "Präsident Ranil Wickremesinghe will sich im Herbst zur Wiederwahl stellen."
B17 = ("Kritiker werfen ihm vor, mit dem Gesetz Stimmen aus der Opposition vor der Wahl zum Schweigen bringen zu "
       "wollen.")

DE02 = {
    "id": "hm403-de-02", "lang": "de", "url": None, "published": "2024-01-24",
    "title": "Sri Lanka beschließt umstrittenes Gesetz gegen Online-Inhalte",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11], [B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("COERCE", LKA_PARL, None, B1, mode="censor", location_country="LKA"),
        event("COERCE", LKA_PARL, None, B2, mode="censor", date="2024-01-24"),
        event("ACCUSE", ALLES, LKA_OPP, B6, mode="disapprove"),
        event("ACCUSE", PREMADASA, LKA_GOV, B7, mode="disapprove"),
        event("ACCUSE", PREMADASA, LKA_GOV, B8, mode="allege"),
        event("REQUEST", LKA_SC, LKA_GOV, B9, mode="change"),
        event("ACCUSE", AIC, LKA_GOV, B10, mode="disapprove"),
        event("REQUEST", OHCHR, LKA_GOV, B11, mode="change"),
        event("PROTEST", LKA_PROTESTERS, LKA_PARL, B12, mode="demo", date="2024-01-24",
              location="Sri Jayawardenepura Kotte", location_country="LKA"),
        event("COERCE", LKA_POLICE, LKA_PROTESTERS, B13, mode="crowd-control", location="Sri Jayawardenepura Kotte",
              location_country="LKA"),
        event("COERCE", LKA_POLICE, LKA_PROTESTERS, B14, mode="arrest", negated=True),
        event("ACCUSE", LKA_CRITICS, WICKREMESINGHE, B17, mode="allege"),
    ],
    "quotes": [
        quote("Das Gesetz solle Frauen und Kinder vor Betrug und Missbrauch im Internet schützen", "Tiran Alles",
              "indirect"),
        quote("mit falschen Behauptungen Stimmung gegen die Vorlage zu machen", "Tiran Alles", "indirect"),
        quote("schwarzen Tag für die Demokratie", "Sajith Premadasa", "direct"),
        quote("Die Regierung habe mehrere vom Obersten Gericht verlangte Änderungen ignoriert", "Sajith Premadasa",
              "indirect"),
        quote("mehr als 30 Bestimmungen des Entwurfs abzuändern", "Supreme Court of Sri Lanka", "indirect"),
        quote("den Entwurf zurückzuziehen", "Office of the United Nations High Commissioner for Human Rights",
              "indirect"),
        quote("Festnahmen gab es nach Angaben eines Polizeisprechers nicht", "spokesperson of Sri Lanka Police",
              "indirect"),
        quote("mit dem Gesetz Stimmen aus der Opposition vor der Wahl zum Schweigen bringen zu wollen",
              "critics of Ranil Wickremesinghe", "indirect"),
    ],
    "entities": [
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lankas"]),
        entity("Parliament of Sri Lanka", "ORG", "LKA", ["Sri Lankas Parlament", "Parlament"]),
        entity("Online Safety Act", "MISC", "LKA",
               ["ein umstrittenes Gesetz zur Kontrolle sozialer Medien", "die Vorlage der Regierung", "Das Gesetz",
                "die Vorlage", "des Entwurfs", "den Entwurf", "das Vorhaben", "dem Gesetz"]),
        entity("critics of Ranil Wickremesinghe", "PER", "LKA", ["Kritiker"]),
        entity("members of the Parliament of Sri Lanka", "PER", "LKA", ["108 Abgeordnete"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["der Regierung", "Die Regierung", "die Regierung"]),
        entity("Online Safety Commission", "ORG", "LKA", ["eine fünfköpfige Kommission"]),
        entity("Ranil Wickremesinghe", "PER", "LKA", ["vom Präsidenten", "Präsident Ranil Wickremesinghe", "ihm"]),
        entity("Tiran Alles", "PER", "LKA", ["Minister für öffentliche Sicherheit Tiran Alles", "Er"]),
        entity("Sri Lankan opposition", "ORG", "LKA", ["der Opposition"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa", "er"]),
        entity("Samagi Jana Balawegaya", "ORG", "LKA", ["der Partei Samagi Jana Balawegaya (SJB)"]),
        entity("Supreme Court of Sri Lanka", "ORG", "LKA", ["vom Obersten Gericht", "Das Gericht"]),
        entity("Asia Internet Coalition", "ORG", "MNC", ["Die Asia Internet Coalition"]),
        entity("Google", "ORG", "MNC", ["Google"]),
        entity("Meta", "ORG", "MNC", ["Meta"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Parliament House of Sri Lanka", "LOC", "LKA", ["dem Parlamentsgebäude in Sri Jayawardenepura Kotte"]),
        entity("Sri Jayawardenepura Kotte", "LOC", "LKA", ["Sri Jayawardenepura Kotte"]),
        entity("protesters in Sri Jayawardenepura Kotte", "PER", "LKA",
               ["Dutzende Demonstranten, darunter Journalisten und Menschenrechtler", "sie"]),
        entity("Sri Lanka Police", "ORG", "LKA", ["Die Polizei"]),
        entity("spokesperson of Sri Lanka Police", "PER", "LKA", ["eines Polizeisprechers"]),
        entity("Mahinda Yapa Abeywardena", "PER", "LKA", ["Parlamentspräsident Mahinda Yapa Abeywardena"]),
    ],
}

# ---------------------------------------------------------------- hm403-de-03 (Philippines/China, resupply deal)
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
CHN_GOV3 = actor("Government of China", "CHN", "GOV")
ANO = actor("Eduardo Año", "PHL", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")
US_STATE_SPOX = actor("spokesperson of the United States Department of State", "USA", "GOV")

C1 = ("Manila (dpa) - Die Philippinen und China haben sich nach monatelangen Konfrontationen im Südchinesischen Meer "
      "auf eine vorläufige Regelung für die Versorgung eines umstrittenen philippinischen Marinepostens geeinigt.")
C2 = ("Die Vereinbarung betreffe die Versorgungsfahrten zum Wrack der BRP Sierra Madre am Second-Thomas-Riff, teilte "
      "das Außenministerium in Manila am Sonntag mit.")
C3 = ("Sie sei nach mehreren Gesprächsrunden zustande gekommen, darunter einem Treffen hochrangiger Diplomaten beider "
      "Länder am 2. Juli in Manila.")
C4 = "Die Regelung berühre die Gebietsansprüche beider Seiten nicht, betonte das Ministerium."
C5 = ("In Peking erklärte das Außenministerium, Manila werde China vor jeder Fahrt informieren und die Küstenwache "
      "werde die Ladung vor Ort überprüfen.")
C6 = "Das philippinische Außenministerium wies diese Darstellung am Montag als „ungenau“ zurück."
C7 = ("Nationaler Sicherheitsberater Eduardo Año sagte, die Philippinen würden keinem Land erlauben, ihre Schiffe in "
      "eigenen Gewässern zu kontrollieren.")
C8 = ("Außenamtssprecherin Mao Ning forderte Manila auf, sich an die Absprache zu halten und keine Baumaterialien zu "
      "dem Schiff zu bringen.")
C9 = ("Hintergrund ist ein Zwischenfall vom 17. Juni, bei dem Beamte der chinesischen Küstenwache philippinische "
      "Marineboote geentert und mehrere Gewehre beschlagnahmt hatten.")
C10 = "Ein philippinischer Soldat verlor dabei einen Daumen."
C11 = "Manila warf Peking damals ein „aggressives und illegales“ Vorgehen vor."
C12 = "Peking machte dagegen die philippinische Seite für die Eskalation verantwortlich."
C13 = ("Ein Sprecher des US-Außenministeriums begrüßte die Einigung und bekräftigte die Beistandspflichten Washingtons "
       "gegenüber Manila aus dem Verteidigungsvertrag von 1951.")
C14 = ("Das Weltkriegsschiff liegt seit 1999 auf dem Riff auf Grund und dient einer kleinen Gruppe philippinischer "
       "Marinesoldaten als Außenposten.")
C15 = ("China beansprucht fast das gesamte Südchinesische Meer, auch Gebiete vor den Küsten der Philippinen, Vietnams "
       "und Malaysias.")
C16 = "Die erste Versorgungsfahrt unter der neuen Regelung soll in den kommenden Tagen stattfinden."

DE03 = {
    "id": "hm403-de-03", "lang": "de", "url": None, "published": "2024-07-22",
    "title": "Manila und Peking einigen sich auf Versorgung von Außenposten",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15, C16]),
    "events": [
        event("AGREE", PHL_GOV, CHN_GOV3, C1),
        event("CONSULT", CHN_GOV3, PHL_GOV, C3, mode="meet", location="Manila", location_country="PHL"),
        event("REJECT", ANO, CHN_GOV3, C7),
        event("REQUEST", MAO_NING, PHL_GOV, C8),
        event("COERCE", CCG, PHL_NAVY, C9, mode="seize"),
        event("ACCUSE", PHL_GOV, CHN_GOV3, C11, mode="disapprove"),
        event("ACCUSE", CHN_GOV3, PHL_GOV, C12, mode="allege"),
        event("SUPPORT", US_STATE_SPOX, PHL_GOV, C13),
    ],
    "quotes": [
        quote("Die Vereinbarung betreffe die Versorgungsfahrten zum Wrack der BRP Sierra Madre am Second-Thomas-Riff",
              "Department of Foreign Affairs of the Philippines", "indirect"),
        quote("Sie sei nach mehreren Gesprächsrunden zustande gekommen, darunter einem Treffen hochrangiger Diplomaten "
              "beider Länder am 2. Juli in Manila", "Department of Foreign Affairs of the Philippines", "indirect"),
        quote("Die Regelung berühre die Gebietsansprüche beider Seiten nicht",
              "Department of Foreign Affairs of the Philippines", "indirect"),
        quote("Manila werde China vor jeder Fahrt informieren und die Küstenwache werde die Ladung vor Ort überprüfen",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("ungenau", "Department of Foreign Affairs of the Philippines", "direct"),
        quote("die Philippinen würden keinem Land erlauben, ihre Schiffe in eigenen Gewässern zu kontrollieren",
              "Eduardo Año", "indirect"),
        quote("sich an die Absprache zu halten und keine Baumaterialien zu dem Schiff zu bringen", "Mao Ning",
              "indirect"),
        quote("aggressives und illegales", "Government of the Philippines", "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Die Philippinen", "Manila", "die Philippinen",
                                                               "die philippinische Seite"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("South China Sea", "LOC", None, ["im Südchinesischen Meer", "das gesamte Südchinesische Meer"]),
        entity("BRP Sierra Madre", "MISC", "PHL", ["BRP Sierra Madre", "dem Schiff", "Das Weltkriegsschiff"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff", "dem Riff"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL",
               ["das Außenministerium in Manila", "das Ministerium", "Das philippinische Außenministerium"]),
        entity("Chinese and Philippine diplomats", "PER", None, ["hochrangiger Diplomaten beider Länder"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["das Außenministerium"]),
        entity("China Coast Guard", "ORG", "CHN", ["die Küstenwache", "Beamte der chinesischen Küstenwache"]),
        entity("Eduardo Año", "PER", "PHL", ["Nationaler Sicherheitsberater Eduardo Año"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
        entity("Philippine Navy", "ORG", "PHL", ["philippinische Marineboote",
                                                 "einer kleinen Gruppe philippinischer Marinesoldaten"]),
        entity("Philippine soldier", "PER", "PHL", ["Ein philippinischer Soldat"]),
        entity("spokesperson of the United States Department of State", "PER", "USA",
               ["Ein Sprecher des US-Außenministeriums"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons"]),
        entity("Mutual Defense Treaty (1951)", "MISC", None, ["dem Verteidigungsvertrag von 1951"]),
        entity("Philippines", "LOC", "PHL", ["der Philippinen"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnams"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysias"]),
    ],
}

# ---------------------------------------------------------------- hm403-de-04 (India, Mahua Moitra expelled)
LOK_SABHA = actor("Lok Sabha", "IND", "LEG")
MOITRA = actor("Mahua Moitra", "IND", "OPP")
ETHICS = actor("Ethics Committee of the Lok Sabha", "IND", "LEG")
DUBEY = actor("Nishikant Dubey", "IND", "LEG")
BIRLA = actor("Om Birla", "IND", "LEG")
IND_GOV = actor("Government of India", "IND", "GOV")
IND_OPP_MPS = actor("opposition members of the Lok Sabha", "IND", "OPP")
BANERJEE = actor("Mamata Banerjee", "IND", "PTY")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
INC = actor("Indian National Congress", "IND", "OPP")
JOSHI = actor("Pralhad Joshi", "IND", "GOV")
HINDENBURG = actor("Hindenburg Research", "USA", "BUS")
ADANI = actor("Adani Group", "IND", "BUS")

D1 = ("Neu-Delhi (dpa) - Das indische Parlament hat die prominente Oppositionsabgeordnete Mahua Moitra wegen "
      "Verstößen gegen ethische Regeln ausgeschlossen.")
D2 = ("Die Abgeordneten des Unterhauses stimmten am Freitag per Zuruf für einen entsprechenden Antrag von "
      "Parlamentsminister Pralhad Joshi.")
D3 = ("Der Ethikausschuss des Hauses war nach einer Untersuchung zu dem Schluss gekommen, dass die 49-Jährige ihre "
      "Zugangsdaten für das Parlamentsportal an den Geschäftsmann Darshan Hiranandani weitergegeben hatte.")
D4 = "Dieser soll im Gegenzug Geschenke gemacht haben."
D5 = ("Der Abgeordnete Nishikant Dubey von der hindunationalistischen Regierungspartei BJP hatte Moitra im Oktober "
      "beschuldigt, für Anfragen zum Adani-Konzern Geld angenommen zu haben.")
D6 = "Moitra bestreitet, Geld erhalten zu haben."
D7 = ("Parlamentspräsident Om Birla habe ihr keine Gelegenheit gegeben, sich im Plenum zu verteidigen, kritisierte sie "
      "vor dem Parlamentsgebäude.")
D8 = ("„Diese Regierung glaubt, sie könne mich zum Schweigen bringen, um das Thema Adani loszuwerden“, sagte die "
      "Politikerin des Trinamool Congress (TMC).")
D9 = "Sie werde den Kampf innerhalb und außerhalb des Parlaments fortsetzen."
D10 = "Die Abgeordneten der Opposition verließen aus Protest geschlossen den Saal."
D11 = ("TMC-Chefin Mamata Banerjee, Regierungschefin des Bundesstaats Westbengalen, warf der BJP einen „Verrat an der "
       "Demokratie“ vor.")
D12 = "Die Kongresspartei verlangte, den Beschluss rückgängig zu machen."
D13 = "Joshi lehnte das ab und sagte, das Haus habe sich an die Regeln gehalten."
D14 = ("Moitra zählt zu den schärfsten Kritikerinnen von Premierminister Narendra Modi und seiner Nähe zu dem "
       "Unternehmer Gautam Adani.")
D15 = ("Der Adani-Konzern war Anfang des Jahres durch einen Bericht des US-Investors Hindenburg Research unter Druck "
       "geraten, der ihm Kursmanipulation vorwarf.")
D16 = "Adani weist die Vorwürfe zurück."
D17 = "In Indien wird im Frühjahr ein neues Parlament gewählt."

DE04 = {
    "id": "hm403-de-04", "lang": "de", "url": None, "published": "2023-12-08",
    "title": "Indisches Parlament schließt Oppositionspolitikerin Moitra aus",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12, D13], [D14, D15, D16, D17]),
    "events": [
        event("COERCE", LOK_SABHA, MOITRA, D1, mode="restrict", location="New Delhi", location_country="IND"),
        event("COERCE", LOK_SABHA, MOITRA, D2, mode="restrict", date="2023-12-08"),
        event("ACCUSE", ETHICS, MOITRA, D3, mode="investigate"),
        event("ACCUSE", DUBEY, MOITRA, D5, mode="allege"),
        event("ACCUSE", MOITRA, BIRLA, D7, mode="disapprove"),
        event("ACCUSE", MOITRA, IND_GOV, D8, mode="disapprove"),
        event("PROTEST", IND_OPP_MPS, LOK_SABHA, D10, mode="boycott"),
        event("ACCUSE", BANERJEE, BJP, D11, mode="disapprove"),
        event("REQUEST", INC, LOK_SABHA, D12, mode="change"),
        event("REJECT", JOSHI, INC, D13, mode="change"),
        event("ACCUSE", HINDENBURG, ADANI, D15, mode="allege"),
    ],
    "quotes": [
        quote("dass die 49-Jährige ihre Zugangsdaten für das Parlamentsportal an den Geschäftsmann Darshan Hiranandani "
              "weitergegeben hatte", "Ethics Committee of the Lok Sabha", "indirect"),
        quote("für Anfragen zum Adani-Konzern Geld angenommen zu haben", "Nishikant Dubey", "indirect"),
        quote("Geld erhalten zu haben", "Mahua Moitra", "indirect"),
        quote("Parlamentspräsident Om Birla habe ihr keine Gelegenheit gegeben, sich im Plenum zu verteidigen",
              "Mahua Moitra", "indirect"),
        quote("Diese Regierung glaubt, sie könne mich zum Schweigen bringen, um das Thema Adani loszuwerden",
              "Mahua Moitra", "direct"),
        quote("Sie werde den Kampf innerhalb und außerhalb des Parlaments fortsetzen", "Mahua Moitra", "indirect"),
        quote("Verrat an der Demokratie", "Mamata Banerjee", "direct"),
        quote("den Beschluss rückgängig zu machen", "Indian National Congress", "indirect"),
        quote("das Haus habe sich an die Regeln gehalten", "Pralhad Joshi", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Lok Sabha", "ORG", "IND", ["Das indische Parlament", "des Unterhauses", "des Hauses", "das Haus",
                                           "des Parlaments"]),
        entity("Mahua Moitra", "PER", "IND", ["die prominente Oppositionsabgeordnete Mahua Moitra", "die 49-Jährige",
                                              "ihre", "Moitra", "ihr", "sie", "mich",
                                              "die Politikerin des Trinamool Congress (TMC)", "Sie"]),
        entity("members of the Lok Sabha", "PER", "IND", ["Die Abgeordneten des Unterhauses"]),
        entity("Pralhad Joshi", "PER", "IND", ["Parlamentsminister Pralhad Joshi", "Joshi"]),
        entity("Ethics Committee of the Lok Sabha", "ORG", "IND", ["Der Ethikausschuss des Hauses"]),
        entity("Darshan Hiranandani", "PER", "IND", ["den Geschäftsmann Darshan Hiranandani", "Dieser"]),
        entity("Nishikant Dubey", "PER", "IND", ["Der Abgeordnete Nishikant Dubey"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen Regierungspartei BJP", "der BJP"]),
        entity("Adani Group", "ORG", "IND", ["Adani-Konzern", "Der Adani-Konzern", "ihm", "Adani"]),
        entity("Om Birla", "PER", "IND", ["Parlamentspräsident Om Birla"]),
        entity("Parliament House of India", "LOC", "IND", ["dem Parlamentsgebäude"]),
        entity("Government of India", "ORG", "IND", ["Diese Regierung"]),
        entity("All India Trinamool Congress", "ORG", "IND", ["des Trinamool Congress (TMC)", "TMC"]),
        entity("opposition members of the Lok Sabha", "PER", "IND", ["Die Abgeordneten der Opposition"]),
        entity("Mamata Banerjee", "PER", "IND",
               ["TMC-Chefin Mamata Banerjee, Regierungschefin des Bundesstaats Westbengalen"]),
        entity("West Bengal", "LOC", "IND", ["des Bundesstaats Westbengalen"]),
        entity("Indian National Congress", "ORG", "IND", ["Die Kongresspartei"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "seiner"]),
        entity("Gautam Adani", "PER", "IND", ["dem Unternehmer Gautam Adani", "Adani"]),
        entity("Hindenburg Research", "ORG", "USA", ["des US-Investors Hindenburg Research"]),
        entity("India", "LOC", "IND", ["Indien"]),
    ],
}

# ---------------------------------------------------------------- hm403-en-01 (North Korea/Japan, Kim Yo Jong)
KIM_YO_JONG = actor("Kim Yo Jong", "PRK", "GOV")
KIM_JONG_UN = actor("Kim Jong Un", "PRK", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
YOKOTA = actor("Sakie Yokota", "JPN", "CVL")
KPA = actor("Korean People's Army", "PRK", "MIL")
US_STATE = actor("United States Department of State", "USA", "GOV")

E1 = ("TOKYO (AP) — North Korea will reject any contact with Japan, leader Kim Jong Un's powerful sister said Tuesday, "
      "a day after she disclosed that Prime Minister Fumio Kishida had sought a summit with her brother.")
E2 = ("In a statement carried by the official Korean Central News Agency, Kim Yo Jong said Tokyo had shown it lacked "
      "the \"courage\" to change its position on the abduction of Japanese citizens by North Korean agents decades "
      "ago.")
E3 = "\"We will turn away from and reject any contact and negotiations with the Japanese side,\" she said."
E4 = ("On Monday, she said Kishida had proposed through another channel that the two leaders meet \"as early as "
      "possible\" and that Pyongyang was open to talks only if Tokyo stopped raising the abduction issue.")
E5 = ("Kishida told lawmakers on Tuesday that it was important to hold a summit with Kim to resolve the abduction "
      "issue.")
E6 = ("Chief Cabinet Secretary Yoshimasa Hayashi called North Korea's claim that the abduction issue had already been "
      "resolved \"totally unacceptable.\"")
E7 = ("Japan says 17 of its citizens were abducted by North Korea in the 1970s and 1980s to train spies in Japanese "
      "language and culture.")
E8 = ("Sakie Yokota, 88, whose daughter Megumi was taken to North Korea in 1977 at age 13, urged the government on "
      "Tuesday not to give up on bringing the victims home.")
E9 = "\"We have no time left,\" she told reporters in Tokyo."
E10 = ("Last week, North Korea fired several short-range ballistic missiles into the sea off its east coast, prompting "
       "Japan to lodge a protest through its embassy in Beijing.")
E11 = ("The U.S. State Department said Washington supported Japan's efforts to resolve the abduction issue through "
       "dialogue.")
E12 = "South Korea's Unification Ministry said it was closely watching the exchanges between Tokyo and Pyongyang."
E13 = ("Analysts say Pyongyang may be trying to drive a wedge between Japan, the United States and South Korea, which "
       "have stepped up their security cooperation in response to the North's weapons tests.")
E14 = "Japan and North Korea have never established diplomatic relations."
E15 = ("Kishida's approval ratings have slumped to record lows over a political funding scandal in his Liberal "
       "Democratic Party.")

EN01 = {
    "id": "hm403-en-01", "lang": "en", "url": None, "published": "2024-03-26",
    "title": "Kim Jong Un's sister says North Korea will reject any contact with Japan",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("REJECT", KIM_YO_JONG, JPN_GOV, E1, mode="meet", date="2024-03-26"),
        event("REQUEST", KISHIDA, KIM_JONG_UN, E1, mode="meet"),
        event("ACCUSE", KIM_YO_JONG, JPN_GOV, E2, mode="disapprove"),
        event("REJECT", KIM_YO_JONG, JPN_GOV, E3, mode="meet"),
        event("REQUEST", KIM_YO_JONG, JPN_GOV, E4, mode="change", date="2024-03-25"),
        event("REQUEST", KISHIDA, KIM_JONG_UN, E5, mode="meet", date="2024-03-26"),
        event("ACCUSE", HAYASHI, PRK_GOV, E6, mode="disapprove"),
        event("ACCUSE", JPN_GOV, PRK_GOV, E7, mode="allege"),
        event("REQUEST", YOKOTA, JPN_GOV, E8, date="2024-03-26"),
        event("MOBILIZE", KPA, None, E10, mode="weapons"),
        event("ACCUSE", JPN_GOV, PRK_GOV, E10, mode="disapprove"),
        event("SUPPORT", US_STATE, JPN_GOV, E11),
    ],
    "quotes": [
        quote("North Korea will reject any contact with Japan", "Kim Yo Jong", "indirect"),
        quote("courage", "Kim Yo Jong", "direct"),
        quote("Tokyo had shown it lacked the \"courage\" to change its position on the abduction of Japanese citizens "
              "by North Korean agents decades ago", "Kim Yo Jong", "indirect"),
        quote("We will turn away from and reject any contact and negotiations with the Japanese side", "Kim Yo Jong",
              "direct"),
        quote("as early as possible", "Kim Yo Jong", "direct"),
        quote("Kishida had proposed through another channel that the two leaders meet \"as early as possible\" and "
              "that Pyongyang was open to talks only if Tokyo stopped raising the abduction issue", "Kim Yo Jong",
              "indirect"),
        quote("it was important to hold a summit with Kim to resolve the abduction issue", "Fumio Kishida",
              "indirect"),
        quote("that the abduction issue had already been resolved", "Government of North Korea", "indirect"),
        quote("totally unacceptable", "Yoshimasa Hayashi", "direct"),
        quote("17 of its citizens were abducted by North Korea in the 1970s and 1980s to train spies in Japanese "
              "language and culture", "Government of Japan", "indirect"),
        quote("not to give up on bringing the victims home", "Sakie Yokota", "indirect"),
        quote("We have no time left", "Sakie Yokota", "direct"),
        quote("Washington supported Japan's efforts to resolve the abduction issue through dialogue",
              "United States Department of State", "indirect"),
        quote("it was closely watching the exchanges between Tokyo and Pyongyang", "Ministry of Unification",
              "indirect"),
        quote("Pyongyang may be trying to drive a wedge between Japan, the United States and South Korea, which have "
              "stepped up their security cooperation in response to the North's weapons tests", "analysts",
              "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["TOKYO", "Tokyo"]),
        entity("Government of North Korea", "ORG", "PRK", ["North Korea", "Pyongyang", "North Korea's",
                                                           "the North's"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan", "Tokyo", "the Japanese side", "the government",
                                                     "Japan's"]),
        entity("Kim Jong Un", "PER", "PRK", ["leader Kim Jong Un's", "her brother", "Kim"]),
        entity("Kim Yo Jong", "PER", "PRK", ["leader Kim Jong Un's powerful sister", "she", "Kim Yo Jong"]),
        entity("Fumio Kishida", "PER", "JPN", ["Prime Minister Fumio Kishida", "Kishida", "Kishida's", "his"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["the official Korean Central News Agency"]),
        entity("Japanese abductees", "PER", "JPN", ["Japanese citizens", "17 of its citizens", "the victims"]),
        entity("North Korean agents", "PER", "PRK", ["North Korean agents"]),
        entity("National Diet", "ORG", "JPN", ["lawmakers"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Chief Cabinet Secretary Yoshimasa Hayashi"]),
        entity("Sakie Yokota", "PER", "JPN", ["Sakie Yokota", "whose", "she"]),
        entity("Megumi Yokota", "PER", "JPN", ["daughter Megumi"]),
        entity("North Korea", "LOC", "PRK", ["North Korea"]),
        entity("Embassy of Japan in Beijing", "ORG", "JPN", ["its embassy in Beijing"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the United States"]),
        entity("Ministry of Unification", "ORG", "KOR", ["South Korea's Unification Ministry"]),
        entity("Government of South Korea", "ORG", "KOR", ["South Korea"]),
        entity("analysts", "PER", None, ["Analysts"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["his Liberal Democratic Party"]),
    ],
}

# ---------------------------------------------------------------- hm403-en-02 (UN, Guterres invokes Article 99)
GUTERRES = actor("António Guterres", "UNO", "IGO")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
UAE = actor("Government of the United Arab Emirates", "ARE", "GOV")
MANSOUR = actor("Riyad Mansour", "PSE", "GOV")
COHEN = actor("Eli Cohen", "ISR", "GOV")
ERDAN = actor("Gilad Erdan", "ISR", "GOV")
WOOD = actor("Robert Wood", "USA", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ISR_CIVILIANS = actor("Israeli civilians", "ISR", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

F1 = ("UNITED NATIONS (AP) — U.N. Secretary-General António Guterres on Wednesday invoked a rarely used article of "
      "the U.N. Charter to formally warn the Security Council of a looming humanitarian catastrophe in Gaza and urged "
      "its members to press for an immediate humanitarian cease-fire.")
F2 = ("In a letter to the council's president, Guterres wrote that there was a \"severe risk of collapse of the "
      "humanitarian system\" in the territory, with no effective protection of civilians.")
F3 = ("Article 99 allows the U.N. chief to bring to the council's attention any matter that in his opinion may "
      "threaten international peace and security, and it had not been formally invoked in decades.")
F4 = ("The United Arab Emirates, the Arab representative on the 15-member council, circulated a draft resolution "
      "demanding a humanitarian cease-fire, and diplomats said a vote could come as early as Friday.")
F5 = ("Riyad Mansour, the Palestinian U.N. ambassador, welcomed Guterres' move and urged the council to act \"without "
      "further delay\" to stop the killing of civilians.")
F6 = ("Hamas also welcomed the secretary-general's letter and called on the council to adopt the Emirati draft.")
F7 = ("Israel's Foreign Minister Eli Cohen said Guterres' tenure was \"a danger to world peace\" and accused him of "
      "backing Hamas.")
F8 = ("Gilad Erdan, Israel's U.N. ambassador, said the letter showed the secretary-general had \"reached a new moral "
      "low\" and renewed his call for Guterres to resign.")
F9 = ("Deputy U.S. Ambassador Robert Wood told reporters that Washington did not support a cease-fire at this time "
      "because it would only allow Hamas to regroup and carry out new attacks.")
F10 = ("The war began when Hamas militants stormed into southern Israel on Oct. 7, killing some 1,200 people and "
       "taking about 240 hostages.")
F11 = ("More than 16,000 Palestinians have been killed in Gaza since then, according to the Health Ministry in the "
       "Hamas-run territory.")
F12 = ("A seven-day truce that allowed the exchange of dozens of hostages for Palestinian prisoners collapsed last "
       "Friday.")
F13 = ("On Thursday, Israel's military said its troops were battling Hamas fighters in the heart of Khan Younis, the "
       "largest city in southern Gaza, where hundreds of thousands of displaced people had sought shelter.")
F14 = "The World Food Program said its aid operations in the territory were on the verge of collapse."

EN02 = {
    "id": "hm403-en-02", "lang": "en", "url": None, "published": "2023-12-07",
    "title": "UN chief invokes rarely used power to press Security Council on Gaza cease-fire",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("REQUEST", GUTERRES, UNSC, F1, date="2023-12-06"),
        event("REQUEST", UAE, UNSC, F4),
        event("SUPPORT", MANSOUR, GUTERRES, F5),
        event("REQUEST", MANSOUR, UNSC, F5),
        event("SUPPORT", HAMAS, GUTERRES, F6),
        event("REQUEST", HAMAS, UNSC, F6),
        event("ACCUSE", COHEN, GUTERRES, F7, mode="disapprove"),
        event("ACCUSE", ERDAN, GUTERRES, F8, mode="disapprove"),
        event("REQUEST", ERDAN, GUTERRES, F8, mode="change"),
        event("REJECT", WOOD, GUTERRES, F9),
        event("ASSAULT", HAMAS, ISR_CIVILIANS, F10, location="southern Israel", location_country="ISR"),
        event("ASSAULT", IDF, HAMAS, F13, date="2023-12-07", location="Khan Younis", location_country="PSE"),
    ],
    "quotes": [
        quote("severe risk of collapse of the humanitarian system", "António Guterres", "direct"),
        quote("there was a \"severe risk of collapse of the humanitarian system\" in the territory, with no effective "
              "protection of civilians", "António Guterres", "indirect"),
        quote("a vote could come as early as Friday", "diplomats", "indirect"),
        quote("without further delay", "Riyad Mansour", "direct"),
        quote("to act \"without further delay\" to stop the killing of civilians", "Riyad Mansour", "indirect"),
        quote("to adopt the Emirati draft", "Hamas", "indirect"),
        quote("a danger to world peace", "Eli Cohen", "direct"),
        quote("Guterres' tenure was \"a danger to world peace\"", "Eli Cohen", "indirect"),
        quote("backing Hamas", "Eli Cohen", "indirect"),
        quote("reached a new moral low", "Gilad Erdan", "direct"),
        quote("the letter showed the secretary-general had \"reached a new moral low\"", "Gilad Erdan", "indirect"),
        quote("Washington did not support a cease-fire at this time because it would only allow Hamas to regroup and "
              "carry out new attacks", "Robert Wood", "indirect"),
        quote("More than 16,000 Palestinians have been killed in Gaza since then", "Gaza Health Ministry", "indirect"),
        quote("its troops were battling Hamas fighters in the heart of Khan Younis, the largest city in southern Gaza",
              "Israel Defense Forces", "indirect"),
        quote("its aid operations in the territory were on the verge of collapse", "World Food Programme",
              "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General António Guterres", "Guterres", "Guterres'",
                                                  "the secretary-general's", "him", "the secretary-general",
                                                  "the U.N. chief", "his"]),
        entity("Charter of the United Nations", "MISC", "UNO", ["the U.N. Charter"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the Security Council", "the council's",
                                                                 "the 15-member council", "the council"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the territory", "the Hamas-run territory"]),
        entity("Article 99", "MISC", "UNO", ["Article 99", "it"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["The United Arab Emirates"]),
        entity("UAE draft resolution", "MISC", "ARE", ["a draft resolution", "the Emirati draft"]),
        entity("diplomats", "PER", None, ["diplomats"]),
        entity("Riyad Mansour", "PER", "PSE", ["Riyad Mansour, the Palestinian U.N. ambassador"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas militants", "Hamas fighters"]),
        entity("Eli Cohen", "PER", "ISR", ["Israel's Foreign Minister Eli Cohen"]),
        entity("Gilad Erdan", "PER", "ISR", ["Gilad Erdan, Israel's U.N. ambassador", "his"]),
        entity("Robert Wood", "PER", "USA", ["Deputy U.S. Ambassador Robert Wood"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Israel", "LOC", "ISR", ["southern Israel"]),
        entity("Israeli civilians", "PER", "ISR", ["some 1,200 people"]),
        entity("Israeli hostages", "PER", "ISR", ["about 240 hostages", "dozens of hostages"]),
        entity("Palestinians killed in Gaza", "PER", "PSE", ["More than 16,000 Palestinians"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["the Health Ministry in the Hamas-run territory"]),
        entity("Palestinian prisoners", "PER", "PSE", ["Palestinian prisoners"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israel's military", "its troops"]),
        entity("Khan Younis", "LOC", "PSE", ["Khan Younis", "the largest city in southern Gaza"]),
        entity("displaced Palestinians", "PER", "PSE", ["hundreds of thousands of displaced people"]),
        entity("World Food Programme", "ORG", "UNO", ["The World Food Program"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
