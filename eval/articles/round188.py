"""Round 188: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm188-de-01: India and Bangladesh summon each other's envoys over BSF border fencing; Jashim Uddin, Pranay Verma, BGB halts the work, villagers block it, extradition demand for Hasina (2025-01-13).
- hm188-de-02: Indonesia's parliament passes the TNI law revision widening soldiers' civilian posts; student protest at parliament with water cannon and arrests, KontraS, Prabowo rejects criticism, Amnesty appeal (2025-03-20).
- hm188-de-03: Pakistani police arrest Mahrang Baloch in Quetta after breaking up a BYC road blockade; deaths alleged, Bugti accuses the BYC, strike, internet cut, Amnesty demands her release (2025-03-22).
- hm188-de-04: A China Coast Guard helicopter enters the airspace over the Senkaku Islands; Japan scrambles jets, Hayashi and Funakoshi protest, Beijing blames a Japanese civilian plane (2025-05-04).
- hm188-en-01: South Korea boycotts Japan's memorial for Sado mine workers over envoy Ikuina's Yasukuni record; Hayashi regrets it, no apology, protest in Seoul, opposition attacks Cho Tae-yul (2024-11-24).
- hm188-en-02: The UN Human Rights Council extends the Sri Lanka accountability mandate; Herath rejects an external mechanism, Türk's appeal, China and Pakistan object, Tamil groups react (2025-10-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm188-de-01
IND = actor("India", "IND", "GOV")
BGD = actor("Bangladesh", "BGD", "GOV")
MOFA_BGD = actor("Ministry of Foreign Affairs of Bangladesh", "BGD", "GOV")
BSF = actor("Border Security Force", "IND", "MIL")
UDDIN = actor("Jashim Uddin", "BGD", "GOV")
VERMA = actor("Pranay Verma", "IND", "GOV")
MEA_IND = actor("Ministry of External Affairs of India", "IND", "GOV")
BGB = actor("Border Guard Bangladesh", "BGD", "MIL")
VILLAGERS = actor("Bangladeshi villagers", "BGD", "CVL")
CHOWDHURY = actor("Jahangir Alam Chowdhury", "BGD", "GOV")
INTERIM_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")

H1 = "Im Streit um Grenzzäune haben Indien und Bangladesch gegenseitig die Vertreter des jeweils anderen Landes einbestellt."
H2 = ("Das Außenministerium in Dhaka zitierte am Sonntag den indischen Hochkommissar Pranay Verma herbei und warf der "
      "indischen Grenzschutztruppe BSF vor, an fünf Stellen ohne Erlaubnis Zäune errichten zu wollen.")
H3 = ("Außenstaatssekretär Jashim Uddin habe dem Diplomaten die „tiefe Besorgnis“ der Regierung übermittelt, "
      "teilte das Ministerium mit.")
H4 = "Verma sagte nach dem Treffen, Neu-Delhi erwarte, dass Dhaka frühere Absprachen zur Sicherung der Grenze umsetze."
H5 = ("Am Montag bestellte das indische Außenministerium seinerseits den amtierenden bangladeschischen Hochkommissar "
      "Nurul Islam ein.")
H6 = "Die BSF halte sich bei allen Arbeiten an die vereinbarten Protokolle, hieß es in Neu-Delhi."
H7 = ("Bangladeschs Grenzschutz BGB habe die Bauarbeiten in den vergangenen Tagen an mehreren Abschnitten gestoppt, "
      "sagte dagegen Innenberater Jahangir Alam Chowdhury.")
H8 = "Im Distrikt Chapainawabganj hatten sich zuvor Dorfbewohner den indischen Grenzschützern in den Weg gestellt."
H9 = "Chowdhury sagte, Bangladesch werde „keinen Zentimeter“ seines Landes preisgeben."
H10 = "Das Verhältnis der Nachbarn ist seit dem Sturz der langjährigen Regierungschefin Sheikh Hasina im August angespannt."
H11 = "Dhaka verlangt von Neu-Delhi die Auslieferung Hasinas, die nach Indien geflohen war."
H12 = ("Zudem wirft die Übergangsregierung von Muhammad Yunus der BSF vor, an der Grenze immer wieder Bangladescher "
       "zu erschießen.")
H13 = "Die beiden Länder teilen eine gut 4000 Kilometer lange Grenze, die größtenteils bereits eingezäunt ist."

DE01 = {
    "id": "hm188-de-01", "lang": "de", "url": None, "published": "2025-01-13",
    "title": "Indien und Bangladesch bestellen im Streit um Grenzzäune Diplomaten ein",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8, H9], [H10, H11, H12, H13]),
    "events": [
        event("ACCUSE", IND, BGD, H1, mode="disapprove"),
        event("ACCUSE", BGD, IND, H1, mode="disapprove"),
        event("ACCUSE", MOFA_BGD, IND, H2, mode="disapprove", date="2025-01-12", location="Dhaka",
              location_country="BGD"),
        event("ACCUSE", MOFA_BGD, BSF, H2, mode="allege", date="2025-01-12"),
        event("ACCUSE", UDDIN, IND, H3, mode="disapprove", date="2025-01-12", location="Dhaka",
              location_country="BGD"),
        event("REQUEST", VERMA, BGD, H4, mode="change", date="2025-01-12"),
        event("ACCUSE", MEA_IND, BGD, H5, mode="disapprove", date="2025-01-13", location="New Delhi",
              location_country="IND"),
        event("COERCE", BGB, BSF, H7, mode="restrict"),
        event("PROTEST", VILLAGERS, BSF, H8, mode="obstruct", location="Chapainawabganj", location_country="BGD"),
        event("REJECT", CHOWDHURY, IND, H9),
        event("REQUEST", BGD, IND, H11, mode="assist"),
        event("ACCUSE", INTERIM_GOV, BSF, H12, mode="allege"),
    ],
    "quotes": [
        quote("an fünf Stellen ohne Erlaubnis Zäune errichten zu wollen", "Ministry of Foreign Affairs of Bangladesh",
              "indirect"),
        quote("tiefe Besorgnis", "Jashim Uddin", "direct"),
        quote("Außenstaatssekretär Jashim Uddin habe dem Diplomaten die „tiefe Besorgnis“ der Regierung übermittelt",
              "Ministry of Foreign Affairs of Bangladesh", "indirect"),
        quote("Neu-Delhi erwarte, dass Dhaka frühere Absprachen zur Sicherung der Grenze umsetze", "Pranay Verma",
              "indirect"),
        quote("Die BSF halte sich bei allen Arbeiten an die vereinbarten Protokolle", "Government of India", "indirect"),
        quote("Bangladeschs Grenzschutz BGB habe die Bauarbeiten in den vergangenen Tagen an mehreren Abschnitten gestoppt",
              "Jahangir Alam Chowdhury", "indirect"),
        quote("keinen Zentimeter", "Jahangir Alam Chowdhury", "direct"),
        quote("Bangladesch werde „keinen Zentimeter“ seines Landes preisgeben", "Jahangir Alam Chowdhury", "indirect"),
        quote("an der Grenze immer wieder Bangladescher zu erschießen", "Interim Government of Bangladesh", "indirect"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch", "Dhaka", "Bangladeschs"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["Das Außenministerium in Dhaka",
                                                                         "das Ministerium"]),
        entity("Pranay Verma", "PER", "IND", ["den indischen Hochkommissar Pranay Verma", "dem Diplomaten", "Verma"]),
        entity("Border Security Force", "ORG", "IND", ["der indischen Grenzschutztruppe BSF", "Die BSF",
                                                       "den indischen Grenzschützern", "der BSF"]),
        entity("Jashim Uddin", "PER", "BGD", ["Außenstaatssekretär Jashim Uddin"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["das indische Außenministerium"]),
        entity("Nurul Islam", "PER", "BGD", ["den amtierenden bangladeschischen Hochkommissar Nurul Islam"]),
        entity("Border Guard Bangladesh", "ORG", "BGD", ["Bangladeschs Grenzschutz BGB"]),
        entity("Jahangir Alam Chowdhury", "PER", "BGD", ["Innenberater Jahangir Alam Chowdhury", "Chowdhury"]),
        entity("Chapainawabganj", "LOC", "BGD", ["Distrikt Chapainawabganj"]),
        entity("Bangladeshi villagers", "ORG", "BGD", ["Dorfbewohner"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der langjährigen Regierungschefin Sheikh Hasina", "Hasinas"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD", ["die Übergangsregierung von Muhammad Yunus"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus"]),
    ],
}

# ---------------------------------------------------------------- hm188-de-02
SJAFRIE = actor("Sjafrie Sjamsoeddin", "IDN", "GOV")
DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
STUDENTS = actor("Indonesian students", "IDN", "CVL")
POLICE_IDN = actor("Indonesian National Police", "IDN", "COP")
STUDENT_SPK = actor("Indonesian student protester", "IDN", "CVL")
HR_GROUPS = actor("Indonesian human rights groups", "IDN", "NGO")
GOV_IDN = actor("Government of Indonesia", "IDN", "GOV")
KONTRAS = actor("KontraS", "IDN", "NGO")
SECURITY = actor("Indonesian security personnel", "IDN", "COP")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
CRITICS = actor("critics of the TNI law", "IDN", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

I1 = ("Das indonesische Parlament hat trotz Protesten eine Reform verabschiedet, die dem Militär mehr Einfluss "
      "in zivilen Behörden verschafft.")
I2 = ("Aktive Soldaten dürfen künftig Posten in 14 statt bisher zehn Ministerien und Behörden übernehmen, "
      "darunter in der Generalstaatsanwaltschaft.")
I3 = ("Parlamentspräsidentin Puan Maharani verteidigte das Gesetz: Die Reform bleibe den Grundsätzen der Demokratie "
      "und dem Vorrang ziviler Kontrolle verpflichtet.")
I4 = "Verteidigungsminister Sjafrie Sjamsoeddin dankte den Abgeordneten für ihre Unterstützung."
I5 = ("Vor dem Parlamentsgebäude in Jakarta demonstrierten am Donnerstag Hunderte Studenten gegen das Gesetz, "
      "einige versuchten, ein Tor aufzubrechen.")
I6 = "Die Polizei setzte Wasserwerfer ein und nahm mehrere Demonstranten fest."
I7 = "Rund um das Parlament waren mehr als 5000 Beamte im Einsatz."
I8 = "„Das ist ein Rückfall in die Zeit Suhartos“, sagte eine Studentin der Universität Indonesia."
I9 = ("Menschenrechtsgruppen werfen Regierung und Parlament vor, das Gesetz im Eiltempo und ohne öffentliche Debatte "
      "durchgepeitscht zu haben.")
I10 = ("Aktivisten der Organisation KontraS waren am Wochenende in eine nicht öffentliche Ausschusssitzung in einem "
       "Luxushotel eingedrungen, Sicherheitsleute drängten sie hinaus.")
I11 = "Präsident Prabowo Subianto, selbst ein früherer General, wies die Kritik zurück."
I12 = "Er warf Kritikern vor, mit Falschmeldungen über eine Rückkehr der Militärherrschaft Unruhe zu stiften."
I13 = "Amnesty International forderte Prabowo auf, das Gesetz nicht zu unterzeichnen."
I14 = "Tritt es in Kraft, könnten Soldaten auch Posten in der Antiterrorbehörde übernehmen."

DE02 = {
    "id": "hm188-de-02", "lang": "de", "url": None, "published": "2025-03-20",
    "title": "Indonesiens Parlament stärkt Rolle des Militärs – Proteste in Jakarta",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9, I10], [I11, I12, I13, I14]),
    "events": [
        event("SUPPORT", SJAFRIE, DPR, I4),
        event("PROTEST", STUDENTS, DPR, I5, mode="demo", date="2025-03-20", location="Jakarta",
              location_country="IDN"),
        event("ASSAULT", POLICE_IDN, STUDENTS, I6, mode="crowd-control", date="2025-03-20", location="Jakarta",
              location_country="IDN"),
        event("COERCE", POLICE_IDN, STUDENTS, I6, mode="arrest", date="2025-03-20", location="Jakarta",
              location_country="IDN"),
        event("MOBILIZE", POLICE_IDN, STUDENTS, I7, mode="police", date="2025-03-20", location="Jakarta",
              location_country="IDN"),
        event("ACCUSE", STUDENT_SPK, DPR, I8, mode="disapprove"),
        event("ACCUSE", HR_GROUPS, GOV_IDN, I9, mode="disapprove"),
        event("ACCUSE", HR_GROUPS, DPR, I9, mode="disapprove"),
        event("PROTEST", KONTRAS, DPR, I10, mode="demo"),
        event("COERCE", SECURITY, KONTRAS, I10, mode="restrict"),
        event("ACCUSE", PRABOWO, CRITICS, I12, mode="allege"),
        event("REQUEST", AMNESTY, PRABOWO, I13, mode="change"),
    ],
    "quotes": [
        quote("Die Reform bleibe den Grundsätzen der Demokratie und dem Vorrang ziviler Kontrolle verpflichtet",
              "Puan Maharani", "indirect"),
        quote("Das ist ein Rückfall in die Zeit Suhartos", "Indonesian student protester", "direct"),
        quote("das Gesetz im Eiltempo und ohne öffentliche Debatte durchgepeitscht zu haben",
              "Indonesian human rights groups", "indirect"),
        quote("mit Falschmeldungen über eine Rückkehr der Militärherrschaft Unruhe zu stiften", "Prabowo Subianto",
              "indirect"),
    ],
    "entities": [
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["Das indonesische Parlament", "den Abgeordneten",
                                                                       "Parlament"]),
        entity("Indonesian National Armed Forces", "ORG", "IDN", ["dem Militär", "Aktive Soldaten", "Soldaten"]),
        entity("Attorney General's Office of Indonesia", "ORG", "IDN", ["der Generalstaatsanwaltschaft"]),
        entity("Puan Maharani", "PER", "IDN", ["Parlamentspräsidentin Puan Maharani"]),
        entity("Sjafrie Sjamsoeddin", "PER", "IDN", ["Verteidigungsminister Sjafrie Sjamsoeddin"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian students", "ORG", "IDN", ["Hunderte Studenten", "mehrere Demonstranten"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei", "mehr als 5000 Beamte"]),
        entity("Indonesian student protester", "PER", "IDN", ["eine Studentin der Universität Indonesia"]),
        entity("University of Indonesia", "ORG", "IDN", ["der Universität Indonesia"]),
        entity("Suharto", "PER", "IDN", ["Suhartos"]),
        entity("Indonesian human rights groups", "ORG", "IDN", ["Menschenrechtsgruppen"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Regierung"]),
        entity("KontraS", "ORG", "IDN", ["Aktivisten der Organisation KontraS", "sie"]),
        entity("Indonesian security personnel", "ORG", "IDN", ["Sicherheitsleute"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "selbst ein früherer General", "Er",
                                                 "Prabowo"]),
        entity("critics of the TNI law", "ORG", "IDN", ["Kritikern"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("National Counter Terrorism Agency", "ORG", "IDN", ["der Antiterrorbehörde"]),
    ],
}

# ---------------------------------------------------------------- hm188-de-03
POLICE_PAK = actor("Pakistani police", "PAK", "COP")
MAHRANG = actor("Mahrang Baloch", "PAK", "NGO")
BYC = actor("Baloch Yakjehti Committee", "PAK", "NGO")
GOV_BAL = actor("Government of Balochistan", "PAK", "GOV")
PROTESTERS = actor("Baloch protesters", "PAK", "CVL")
GOV_PAK = actor("Government of Pakistan", "PAK", "GOV")
SECFORCES = actor("Pakistani security forces", "PAK", "MIL")
BUGTI = actor("Sarfraz Bugti", "PAK", "GOV")
BLA = actor("Balochistan Liberation Army", "PAK", "REB")
PASSENGERS = actor("train passengers", "PAK", "CVL")
AMNESTY_PK = actor("Amnesty International", "NGO", "NGO")

M1 = ("Die pakistanische Polizei hat die Menschenrechtsaktivistin Mahrang Baloch in der Provinzhauptstadt Quetta "
      "festgenommen.")
M2 = ("Sie und mindestens 15 weitere Mitglieder des Baloch Yakjehti Committee (BYC) seien am frühen Samstagmorgen "
      "aus einem Protestlager geholt worden, teilte die Organisation mit.")
M3 = "Die Provinzbehörden ordneten gegen Baloch eine 30-tägige Haft nach einem Gesetz zur Wahrung der öffentlichen Ordnung an."
M4 = ("Am Freitag hatte die Polizei Tränengas und Wasserwerfer gegen Hunderte Demonstranten eingesetzt, "
      "die aus Protest gegen das Verschwindenlassen von Aktivisten eine Hauptstraße in Quetta blockierten.")
M5 = "Das BYC erklärte, drei Demonstranten seien durch Schüsse der Sicherheitskräfte getötet worden."
M6 = ("Die Provinzregierung bestritt, dass scharf geschossen worden sei, und machte „bewaffnete Elemente“ unter den "
      "Demonstranten für die Toten verantwortlich.")
M7 = ("Regierungschef Sarfraz Bugti warf dem BYC vor, als politischer Arm der Separatisten der Belutschischen "
      "Befreiungsarmee (BLA) zu agieren.")
M8 = ("Die BLA hatte vor anderthalb Wochen einen Personenzug in der Provinz überfallen und Hunderte Fahrgäste als "
      "Geiseln genommen.")
M9 = ("In mehreren Städten Belutschistans blieben am Samstag Geschäfte und Märkte geschlossen, nachdem das BYC zu "
      "einem Streik aufgerufen hatte.")
M10 = ("„Man kann eine Bewegung nicht einsperren“, hatte Baloch kurz vor ihrer Festnahme auf der Plattform X "
       "geschrieben, „man macht sie nur größer.“")
M11 = "Amnesty International verlangte ihre sofortige Freilassung und eine unabhängige Untersuchung der Todesfälle."
M12 = "Die Behörden sperrten zudem das mobile Internet in Quetta."
M13 = "Belutschistan ist die ärmste und zugleich rohstoffreichste Provinz Pakistans."

DE03 = {
    "id": "hm188-de-03", "lang": "de", "url": None, "published": "2025-03-22",
    "title": "Pakistan: Aktivistin Mahrang Baloch in Quetta festgenommen",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11, M12, M13]),
    "events": [
        event("COERCE", POLICE_PAK, MAHRANG, M1, mode="arrest", date="2025-03-22", location="Quetta",
              location_country="PAK"),
        event("ACCUSE", BYC, POLICE_PAK, M2, mode="allege"),
        event("COERCE", GOV_BAL, MAHRANG, M3, mode="arrest"),
        event("ASSAULT", POLICE_PAK, PROTESTERS, M4, mode="crowd-control", date="2025-03-21", location="Quetta",
              location_country="PAK"),
        event("PROTEST", PROTESTERS, GOV_PAK, M4, mode="obstruct", date="2025-03-21", location="Quetta",
              location_country="PAK"),
        event("ACCUSE", BYC, SECFORCES, M5, mode="allege"),
        event("ACCUSE", GOV_BAL, PROTESTERS, M6, mode="allege"),
        event("ACCUSE", BUGTI, BYC, M7, mode="allege"),
        event("ASSAULT", BLA, PASSENGERS, M8, mode="abduct", location="Balochistan", location_country="PAK"),
        event("PROTEST", BYC, GOV_PAK, M9, mode="strike", date="2025-03-22", location="Balochistan",
              location_country="PAK"),
        event("REQUEST", AMNESTY_PK, GOV_PAK, M11, mode="yield"),
        event("COERCE", GOV_BAL, None, M12, mode="withhold", location="Quetta", location_country="PAK"),
    ],
    "quotes": [
        quote("Sie und mindestens 15 weitere Mitglieder des Baloch Yakjehti Committee (BYC) seien am frühen "
              "Samstagmorgen aus einem Protestlager geholt worden", "Baloch Yakjehti Committee", "indirect"),
        quote("drei Demonstranten seien durch Schüsse der Sicherheitskräfte getötet worden", "Baloch Yakjehti Committee",
              "indirect"),
        quote("bewaffnete Elemente", "Government of Balochistan", "direct"),
        quote("als politischer Arm der Separatisten der Belutschischen Befreiungsarmee (BLA) zu agieren", "Sarfraz Bugti",
              "indirect"),
        quote("Man kann eine Bewegung nicht einsperren", "Mahrang Baloch", "direct"),
        quote("man macht sie nur größer", "Mahrang Baloch", "direct"),
    ],
    "entities": [
        entity("Pakistani police", "ORG", "PAK", ["Die pakistanische Polizei", "die Polizei"]),
        entity("Mahrang Baloch", "PER", "PAK", ["die Menschenrechtsaktivistin Mahrang Baloch", "Sie", "Baloch",
                                               "ihrer", "ihre"]),
        entity("Quetta", "LOC", "PAK", ["der Provinzhauptstadt Quetta", "Quetta"]),
        entity("Baloch Yakjehti Committee", "ORG", "PAK", ["mindestens 15 weitere Mitglieder des Baloch Yakjehti "
                                                           "Committee (BYC)", "Baloch Yakjehti Committee (BYC)",
                                                           "die Organisation", "Das BYC", "dem BYC", "das BYC"]),
        entity("Government of Balochistan", "ORG", "PAK", ["Die Provinzbehörden", "Die Provinzregierung",
                                                           "Die Behörden"]),
        entity("Baloch protesters", "ORG", "PAK", ["Hunderte Demonstranten", "drei Demonstranten", "den Demonstranten"]),
        entity("Pakistani security forces", "ORG", "PAK", ["der Sicherheitskräfte"]),
        entity("Sarfraz Bugti", "PER", "PAK", ["Regierungschef Sarfraz Bugti"]),
        entity("Balochistan Liberation Army", "ORG", "PAK", ["der Separatisten der Belutschischen Befreiungsarmee (BLA)",
                                                             "Die BLA"]),
        entity("train passengers", "ORG", "PAK", ["Hunderte Fahrgäste"]),
        entity("Balochistan", "LOC", "PAK", ["der Provinz", "Belutschistans", "Belutschistan"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistans"]),
    ],
}

# ---------------------------------------------------------------- hm188-de-04
CCG = actor("China Coast Guard", "CHN", "COP")
JPN = actor("Japan", "JPN", "GOV")
CHN = actor("China", "CHN", "GOV")
MOD_JPN = actor("Ministry of Defense of Japan", "JPN", "GOV")
JASDF = actor("Japan Air Self-Defense Force", "JPN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
FUNAKOSHI = actor("Takehiro Funakoshi", "JPN", "GOV")
CCG_SPOKES = actor("China Coast Guard spokesperson", "CHN", "COP")
JPN_PLANE = actor("Japanese civilian aircraft", "JPN", "CVL")

J1 = ("Ein Hubschrauber der chinesischen Küstenwache ist am Samstag in den Luftraum über den umstrittenen "
      "Senkaku-Inseln eingedrungen, wie die japanische Regierung mitteilte.")
J2 = ("Der Hubschrauber sei von einem Schiff der Küstenwache aufgestiegen, das in japanische Hoheitsgewässer "
      "eingedrungen sei, und habe sich rund 15 Minuten über den Inseln aufgehalten, hieß es aus dem "
      "Verteidigungsministerium.")
J3 = "Die Luftwaffe schickte Kampfjets in die Region."
J4 = "Regierungssprecher Yoshimasa Hayashi nannte den Vorfall „äußerst bedauerlich“ und „absolut inakzeptabel“."
J5 = ("Vizeaußenminister Takehiro Funakoshi bestellte den chinesischen Botschafter Wu Jianghao ein und legte "
      "scharfen Protest ein.")
J6 = "Tokio forderte Peking auf, dafür zu sorgen, dass sich ein solcher Vorfall nicht wiederhole."
J7 = "Peking wies die Vorwürfe zurück."
J8 = ("Ein ziviles japanisches Flugzeug sei „illegal“ in den Luftraum über den Diaoyu-Inseln eingeflogen, "
      "erklärte ein Sprecher der chinesischen Küstenwache.")
J9 = "Der Hubschrauber habe das Flugzeug nach geltendem Recht abgedrängt."
J10 = "China habe beim japanischen Botschafter in Peking ebenfalls Protest eingelegt, hieß es."
J11 = ("Nach japanischen Angaben verletzte damit erstmals ein Hubschrauber der chinesischen Küstenwache den Luftraum "
       "über den Inseln.")
J12 = "Die unbewohnte Inselgruppe wird von Japan verwaltet und von China beansprucht."
J13 = "Ob ein für den Sommer geplantes Treffen der Außenminister beider Länder stattfindet, ist nach dem Vorfall offen."

DE04 = {
    "id": "hm188-de-04", "lang": "de", "url": None, "published": "2025-05-04",
    "title": "Chinesischer Küstenwache-Hubschrauber dringt in japanischen Luftraum ein",
    "text": paragraphs([J1, J2, J3, J4, J5, J6], [J7, J8, J9, J10], [J11, J12, J13]),
    "events": [
        event("MOBILIZE", CCG, JPN, J1, mode="weapons", date="2025-05-03", location="Senkaku Islands",
              location_country="JPN"),
        event("ACCUSE", MOD_JPN, CCG, J2, mode="allege"),
        event("MOBILIZE", JASDF, CCG, J3, mode="weapons", date="2025-05-03", location="Senkaku Islands",
              location_country="JPN"),
        event("ACCUSE", HAYASHI, CHN, J4, mode="disapprove"),
        event("ACCUSE", FUNAKOSHI, CHN, J5, mode="disapprove"),
        event("REQUEST", JPN, CHN, J6, mode="change"),
        event("ACCUSE", CCG_SPOKES, JPN_PLANE, J8, mode="allege"),
        event("COERCE", CCG, JPN_PLANE, J9, mode="restrict", date="2025-05-03", location="Senkaku Islands",
              location_country="JPN"),
        event("ACCUSE", CHN, JPN, J10, mode="disapprove"),
        event("MOBILIZE", CCG, JPN, J11, mode="weapons", date="2025-05-03", location="Senkaku Islands",
              location_country="JPN"),
    ],
    "quotes": [
        quote("Ein Hubschrauber der chinesischen Küstenwache ist am Samstag in den Luftraum über den umstrittenen "
              "Senkaku-Inseln eingedrungen", "Government of Japan", "indirect"),
        quote("Der Hubschrauber sei von einem Schiff der Küstenwache aufgestiegen, das in japanische Hoheitsgewässer "
              "eingedrungen sei, und habe sich rund 15 Minuten über den Inseln aufgehalten",
              "Ministry of Defense of Japan", "indirect"),
        quote("äußerst bedauerlich", "Yoshimasa Hayashi", "direct"),
        quote("absolut inakzeptabel", "Yoshimasa Hayashi", "direct"),
        quote("illegal", "China Coast Guard spokesperson", "direct"),
        quote("Ein ziviles japanisches Flugzeug sei „illegal“ in den Luftraum über den Diaoyu-Inseln eingeflogen",
              "China Coast Guard spokesperson", "indirect"),
        quote("Der Hubschrauber habe das Flugzeug nach geltendem Recht abgedrängt", "China Coast Guard spokesperson",
              "indirect"),
        quote("China habe beim japanischen Botschafter in Peking ebenfalls Protest eingelegt", "Chinese officials",
              "indirect"),
        quote("verletzte damit erstmals ein Hubschrauber der chinesischen Küstenwache den Luftraum über den Inseln",
              "Government of Japan", "indirect"),
    ],
    "entities": [
        entity("China Coast Guard", "ORG", "CHN", ["der chinesischen Küstenwache", "der Küstenwache"]),
        entity("Senkaku Islands", "LOC", "JPN", ["den umstrittenen Senkaku-Inseln", "den Inseln", "den Diaoyu-Inseln",
                                                 "Die unbewohnte Inselgruppe"]),
        entity("Government of Japan", "ORG", "JPN", ["die japanische Regierung"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["dem Verteidigungsministerium"]),
        entity("Japan Air Self-Defense Force", "ORG", "JPN", ["Die Luftwaffe"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Takehiro Funakoshi", "PER", "JPN", ["Vizeaußenminister Takehiro Funakoshi"]),
        entity("Wu Jianghao", "PER", "CHN", ["den chinesischen Botschafter Wu Jianghao"]),
        entity("Japan", "GPE", "JPN", ["Tokio", "Japan"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Japanese civilian aircraft", "ORG", "JPN", ["Ein ziviles japanisches Flugzeug", "das Flugzeug"]),
        entity("China Coast Guard spokesperson", "PER", "CHN", ["ein Sprecher der chinesischen Küstenwache"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["japanischen Botschafter in Peking"]),
    ],
}

# ---------------------------------------------------------------- hm188-en-01
KOR = actor("South Korea", "KOR", "GOV")
JPN_EN = actor("Japan", "JPN", "GOV")
MOFA_KOR = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
KOR_OFFICIAL = actor("South Korean foreign ministry official", "KOR", "GOV")
HAYASHI_EN = actor("Yoshimasa Hayashi", "JPN", "GOV")
IKUINA = actor("Akiko Ikuina", "JPN", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
SURVIVORS = actor("South Korean survivors' groups", "KOR", "CVL")
DP = actor("Democratic Party of Korea", "KOR", "OPP")
GOV_KOR = actor("Government of South Korea", "KOR", "GOV")
CHO = actor("Cho Tae-yul", "KOR", "GOV")

S1 = ("South Korea boycotted a memorial in Japan on Sunday for laborers at the Sado gold mines, including Koreans "
      "forced to work there during World War II.")
S2 = ("Seoul's foreign ministry said it had decided not to take part because Tokyo's envoy, parliamentary vice "
      "minister Akiko Ikuina, has visited the Yasukuni war shrine.")
S3 = "The shrine honors Japan's war dead, including convicted war criminals."
S4 = ("“It is hard to accept a ceremony that does not properly honor the suffering of the victims,” a ministry "
      "official told reporters.")
S5 = "Korean diplomats and relatives of the workers plan their own memorial on Monday."
S6 = "Japan's Chief Cabinet Secretary Yoshimasa Hayashi called Seoul's decision “regrettable.”"
S7 = ("Tokyo had promised in July to hold the memorial annually, when South Korea dropped its objections to "
      "listing the mines as a UNESCO World Heritage site.")
S8 = ("At the ceremony, Ikuina said workers from the Korean Peninsula had endured “harsh conditions” but did not "
      "mention forced labor or apologize.")
S9 = ("The dispute is a setback for ties that warmed after President Yoon Suk Yeol and then Prime Minister "
      "Fumio Kishida agreed last year to move past wartime grievances.")
S10 = ("In Seoul, survivors' groups rallied outside the Japanese embassy on Sunday, demanding that Tokyo "
       "acknowledge forced labor.")
S11 = ("The opposition Democratic Party accused Yoon's government of “humiliating diplomacy” and demanded that "
       "Foreign Minister Cho Tae-yul resign.")
S12 = "Cho told lawmakers that Seoul had conveyed its disappointment to Tokyo."

EN01 = {
    "id": "hm188-en-01", "lang": "en", "url": None, "published": "2024-11-24",
    "title": "South Korea boycotts Japan's memorial for Sado mine workers",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8], [S9, S10, S11, S12]),
    "events": [
        event("PROTEST", KOR, JPN_EN, S1, mode="boycott", date="2024-11-24", location="Sado", location_country="JPN"),
        event("PROTEST", MOFA_KOR, JPN_EN, S2, mode="boycott"),
        event("ACCUSE", KOR_OFFICIAL, JPN_EN, S4, mode="disapprove"),
        event("ACCUSE", HAYASHI_EN, KOR, S6, mode="disapprove"),
        event("AGREE", JPN_EN, KOR, S7),
        event("CONCEDE", KOR, JPN_EN, S7),
        event("CONCEDE", IKUINA, KOR, S8, date="2024-11-24", location="Sado", location_country="JPN", negated=True),
        event("AGREE", YOON, KISHIDA, S9),
        event("PROTEST", SURVIVORS, JPN_EN, S10, mode="demo", date="2024-11-24", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", DP, GOV_KOR, S11, mode="disapprove"),
        event("REQUEST", DP, CHO, S11, mode="change"),
        event("ACCUSE", KOR, JPN_EN, S12, mode="disapprove"),
    ],
    "quotes": [
        quote("it had decided not to take part because Tokyo's envoy, parliamentary vice minister Akiko Ikuina, has "
              "visited the Yasukuni war shrine", "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("It is hard to accept a ceremony that does not properly honor the suffering of the victims",
              "South Korean foreign ministry official", "direct"),
        quote("regrettable", "Yoshimasa Hayashi", "direct"),
        quote("workers from the Korean Peninsula had endured “harsh conditions”", "Akiko Ikuina", "indirect"),
        quote("harsh conditions", "Akiko Ikuina", "direct"),
        quote("humiliating diplomacy", "Democratic Party of Korea", "direct"),
        quote("Seoul had conveyed its disappointment to Tokyo", "Cho Tae-yul", "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["South Korea", "Seoul's", "Seoul"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokyo's", "Japan's", "Tokyo"]),
        entity("Sado mines", "LOC", "JPN", ["the Sado gold mines", "the mines"]),
        entity("Koreans forced to work at the Sado mines", "ORG", "KOR", ["Koreans forced to work there",
                                                                          "workers from the Korean Peninsula"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Seoul's foreign ministry"]),
        entity("Akiko Ikuina", "PER", "JPN", ["parliamentary vice minister Akiko Ikuina", "Tokyo's envoy", "Ikuina"]),
        entity("Yasukuni Shrine", "LOC", "JPN", ["the Yasukuni war shrine", "The shrine"]),
        entity("South Korean foreign ministry official", "PER", "KOR", ["a ministry official"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Japan's Chief Cabinet Secretary Yoshimasa Hayashi"]),
        entity("UNESCO", "ORG", "UNO", ["UNESCO"]),
        entity("Korean Peninsula", "LOC", None, ["the Korean Peninsula"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["President Yoon Suk Yeol", "Yoon's"]),
        entity("Fumio Kishida", "PER", "JPN", ["then Prime Minister Fumio Kishida"]),
        entity("South Korean survivors' groups", "ORG", "KOR", ["survivors' groups"]),
        entity("Embassy of Japan in Seoul", "ORG", "JPN", ["the Japanese embassy"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["The opposition Democratic Party"]),
        entity("Government of South Korea", "ORG", "KOR", ["Yoon's government"]),
        entity("Cho Tae-yul", "PER", "KOR", ["Foreign Minister Cho Tae-yul", "Cho"]),
    ],
}

# ---------------------------------------------------------------- hm188-en-02
UNHRC = actor("United Nations Human Rights Council", "UNO", "IGO")
LKA = actor("Sri Lanka", "LKA", "GOV")
HERATH = actor("Vijitha Herath", "LKA", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
UK_AMB = actor("British ambassador to the UN in Geneva", "GBR", "GOV")
CHN_EN = actor("China", "CHN", "GOV")
PAK = actor("Pakistan", "PAK", "GOV")
TAMIL = actor("Tamil groups", "LKA", "CVL")
GOV_LKA = actor("Government of Sri Lanka", "LKA", "GOV")
TAMIL_OWNERS = actor("Tamil landowners", "LKA", "CVL")
IMF = actor("International Monetary Fund", "IGO", "IGO")

U1 = ("The U.N. Human Rights Council on Monday extended a mandate to gather evidence of abuses during Sri Lanka's "
      "civil war, despite objections from Colombo.")
U2 = "The resolution, drafted by Britain, Canada and other countries, was adopted in Geneva without a vote."
U3 = ("Foreign Minister Vijitha Herath told the council that Sri Lanka rejected any “external mechanism” and had not "
      "consented to the resolution.")
U4 = "“We are not against accountability,” Herath said, “but reconciliation cannot be imposed from outside.”"
U5 = ("He said the government would set up a truth and reconciliation commission and an independent prosecutor's "
      "office next year.")
U6 = ("U.N. rights chief Volker Türk, who toured a mass grave near Jaffna during a visit to Sri Lanka in June, had "
      "urged Colombo to accept international help with investigations.")
U7 = "Britain's ambassador said the resolution was meant to support Sri Lanka's own efforts, not to punish it."
U8 = "China and Pakistan distanced themselves from the text, calling it interference in Sri Lanka's internal affairs."
U9 = "Tamil groups welcomed the resolution but said successive governments in Colombo had broken past promises."
U10 = ("President Anura Kumara Dissanayake's government has returned some military-held land in the north to Tamil "
       "owners since taking office last year.")
U11 = ("Tens of thousands of people, mostly Tamil civilians, are believed to have died in the final months of "
       "the war in 2009.")
U12 = "The International Monetary Fund released another $350 million to Sri Lanka in July."

EN02 = {
    "id": "hm188-en-02", "lang": "en", "url": None, "published": "2025-10-06",
    "title": "U.N. rights council extends Sri Lanka evidence mandate over Colombo's objections",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8], [U9, U10, U11, U12]),
    "events": [
        event("ACCUSE", UNHRC, LKA, U1, mode="investigate", date="2025-10-06"),
        event("ACCUSE", UNHRC, LKA, U2, mode="investigate", date="2025-10-06", location="Geneva",
              location_country="CHE"),
        event("REJECT", HERATH, UNHRC, U3, mode="change", date="2025-10-06"),
        event("AGREE", HERATH, None, U5),
        event("CONSULT", TURK, LKA, U6, mode="visit", location="Sri Lanka", location_country="LKA"),
        event("REQUEST", TURK, LKA, U6, mode="change"),
        event("SUPPORT", UK_AMB, LKA, U7),
        event("ACCUSE", CHN_EN, UNHRC, U8, mode="disapprove"),
        event("ACCUSE", PAK, UNHRC, U8, mode="disapprove"),
        event("SUPPORT", TAMIL, UNHRC, U9),
        event("ACCUSE", TAMIL, GOV_LKA, U9, mode="disapprove"),
        event("RETREAT", GOV_LKA, TAMIL_OWNERS, U10, mode="return"),
        event("AID", IMF, LKA, U12),
    ],
    "quotes": [
        quote("Sri Lanka rejected any “external mechanism” and had not consented to the resolution", "Vijitha Herath",
              "indirect"),
        quote("external mechanism", "Vijitha Herath", "direct"),
        quote("We are not against accountability", "Vijitha Herath", "direct"),
        quote("but reconciliation cannot be imposed from outside", "Vijitha Herath", "direct"),
        quote("the government would set up a truth and reconciliation commission and an independent prosecutor's "
              "office next year", "Vijitha Herath", "indirect"),
        quote("the resolution was meant to support Sri Lanka's own efforts, not to punish it",
              "British ambassador to the UN in Geneva", "indirect"),
        quote("successive governments in Colombo had broken past promises", "Tamil groups", "indirect"),
    ],
    "entities": [
        entity("United Nations Human Rights Council", "ORG", "UNO", ["The U.N. Human Rights Council", "the council"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lanka's", "Colombo", "Sri Lanka"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain", "Britain's"]),
        entity("Canada", "GPE", "CAN", ["Canada"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Vijitha Herath", "PER", "LKA", ["Foreign Minister Vijitha Herath", "Herath", "He"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["the government", "successive governments in Colombo",
                                                         "President Anura Kumara Dissanayake's government"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. rights chief Volker Türk"]),
        entity("Jaffna", "LOC", "LKA", ["Jaffna"]),
        entity("British ambassador to the UN in Geneva", "PER", "GBR", ["Britain's ambassador"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Tamil groups", "ORG", "LKA", ["Tamil groups"]),
        entity("Anura Kumara Dissanayake", "PER", "LKA", ["President Anura Kumara Dissanayake"]),
        entity("Tamil landowners", "ORG", "LKA", ["Tamil owners"]),
        entity("International Monetary Fund", "ORG", "IGO", ["The International Monetary Fund"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
