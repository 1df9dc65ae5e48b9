"""Round 158: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm158-de-01: Gunmen attack synagogues, churches and police posts in Derbent and Makhachkala, Dagestan; Melikov blames Ukraine and NATO, Sergokala chief Omarov detained (2024-06-24).
- hm158-de-02: Turkish police detain Istanbul mayor Ekrem İmamoğlu; assembly ban, social media curbs, protests at Saraçhane, Özel and Berlin react (2025-03-19).
- hm158-de-03: The Ukraine peace summit at the Bürgenstock ends with a joint declaration; India, Saudi Arabia and South Africa do not sign, Zelensky rejects Putin's terms (2024-06-16).
- hm158-de-04: French Prime Minister Barnier resigns after the National Assembly's censure vote; Le Pen, Panot, Faure and Macron (2024-12-05).
- hm158-en-01: Luigi Mangione arrested in Altoona and charged with murder over the killing of UnitedHealthcare CEO Brian Thompson (2024-12-10).
- hm158-en-02: Baltic Sea data cables cut; Sweden investigates sabotage, Danish navy shadows the Chinese bulk carrier Yi Peng 3 (2024-11-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm158-de-01
GUNMEN = actor("Dagestan gunmen", "RUS", "REB")
DAG_POLICE = actor("Dagestan police", "RUS", "COP")
DAG_CIV = actor("civilians in Dagestan", "RUS", "CVL")
PRIEST = actor("Nikolai Kotelnikov", "RUS", "CVL")
RU_SECURITY = actor("Russian security forces", "RUS", "COP")
INV_COMM = actor("Investigative Committee of Russia", "RUS", "JUD")
MELIKOV = actor("Sergei Melikov", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
NATO = actor("NATO", "IGO", "IGO")
OMAROV = actor("Magomed Omarov", "RUS", "GOV")
UNITED_RUSSIA = actor("United Russia", "RUS", "PTY")

D1 = ("Machatschkala (dpa) - Bei Angriffen bewaffneter Männer auf Gotteshäuser und Polizeiposten in der russischen "
      "Teilrepublik Dagestan sind mindestens 20 Menschen getötet worden.")
D2 = ("In Derbent setzten die Angreifer am Sonntagabend eine Synagoge und eine orthodoxe Kirche in Brand, in "
      "Machatschkala schossen sie auf eine Polizeistreife.")
D3 = ("Nach Behördenangaben sind unter den Toten mindestens 15 Polizisten und ein 66 Jahre alter Priester, den die "
      "Angreifer in seiner Kirche mit Messerstichen töteten.")
D4 = "Sicherheitskräfte erschossen nach stundenlangen Gefechten fünf der Angreifer."
D5 = "Das Ermittlungskomitee in Moskau leitete ein Verfahren wegen Terrorismus ein."
D6 = ("Republikchef Sergej Melikow rief eine dreitägige Trauer aus und verhängte in Derbent und Machatschkala das "
      "Regime einer Anti-Terror-Operation.")
D7 = ("Er machte »Schläferzellen« verantwortlich, die aus dem Ausland gesteuert würden, und deutete eine Verbindung "
      "zur Ukraine und zur Nato an.")
D8 = "»Wir wissen, wer dahintersteht, und wir werden jeden Einzelnen zur Rechenschaft ziehen«, sagte er."
D9 = ("Laut Ermittlern waren unter den Angreifern zwei Söhne und ein Neffe des Verwaltungschefs des Bezirks "
      "Sergokala, Magomed Omarow.")
D10 = "Omarow wurde festgenommen, die Kremlpartei Einiges Russland schloss ihn aus."
D11 = "Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin lasse sich laufend über die Lage unterrichten."
D12 = "Zu den Anschlägen bekannte sich zunächst niemand."

DE01 = {
    "id": "hm158-de-01", "lang": "de", "url": None, "published": "2024-06-24",
    "title": "Angriffe auf Synagogen, Kirchen und Polizisten in Dagestan",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ASSAULT", GUNMEN, DAG_CIV, D1, mode="firearms", date="2024-06-23", location="Dagestan",
              location_country="RUS"),
        event("ASSAULT", GUNMEN, DAG_POLICE, D1, mode="firearms", date="2024-06-23", location="Dagestan",
              location_country="RUS"),
        event("ASSAULT", GUNMEN, DAG_CIV, D2, mode="destroy", date="2024-06-23", location="Derbent",
              location_country="RUS"),
        event("ASSAULT", GUNMEN, DAG_POLICE, D2, mode="firearms", date="2024-06-23", location="Makhachkala",
              location_country="RUS"),
        event("ASSAULT", GUNMEN, DAG_POLICE, D3, mode="firearms", date="2024-06-23", location="Dagestan",
              location_country="RUS"),
        event("ASSAULT", GUNMEN, PRIEST, D3, mode="primitive", date="2024-06-23", location="Derbent",
              location_country="RUS"),
        event("ASSAULT", RU_SECURITY, GUNMEN, D4, mode="firearms", date="2024-06-23", location="Dagestan",
              location_country="RUS"),
        event("ACCUSE", INV_COMM, GUNMEN, D5, mode="investigate"),
        event("COERCE", MELIKOV, None, D6, mode="curfew", location="Dagestan", location_country="RUS"),
        event("ACCUSE", MELIKOV, UKRAINE, D7, mode="allege"),
        event("ACCUSE", MELIKOV, NATO, D7, mode="allege"),
        event("THREATEN", MELIKOV, GUNMEN, D8),
        event("COERCE", RU_SECURITY, OMAROV, D10, mode="arrest"),
        event("SANCTION", UNITED_RUSSIA, OMAROV, D10, mode="expel"),
    ],
    "quotes": [
        quote("sind unter den Toten mindestens 15 Polizisten und ein 66 Jahre alter Priester, den die Angreifer in "
              "seiner Kirche mit Messerstichen töteten", "Dagestani authorities", "indirect"),
        quote("Schläferzellen", "Sergei Melikov", "direct"),
        quote("die aus dem Ausland gesteuert würden", "Sergei Melikov", "indirect"),
        quote("Wir wissen, wer dahintersteht, und wir werden jeden Einzelnen zur Rechenschaft ziehen",
              "Sergei Melikov", "direct"),
        quote("waren unter den Angreifern zwei Söhne und ein Neffe des Verwaltungschefs des Bezirks Sergokala, "
              "Magomed Omarow", "Russian investigators", "indirect"),
        quote("Präsident Wladimir Putin lasse sich laufend über die Lage unterrichten", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Makhachkala", "LOC", "RUS", ["Machatschkala"]),
        entity("Dagestan", "LOC", "RUS", ["der russischen Teilrepublik Dagestan"]),
        entity("Derbent", "LOC", "RUS", ["Derbent"]),
        entity("Dagestan gunmen", "ORG", "RUS", ["bewaffneter Männer", "die Angreifer", "sie", "der Angreifer",
                                                 "den Angreifern"]),
        entity("Nikolai Kotelnikov", "PER", "RUS", ["ein 66 Jahre alter Priester"]),
        entity("Russian security forces", "ORG", "RUS", ["Sicherheitskräfte"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee in Moskau"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Sergei Melikov", "PER", "RUS", ["Republikchef Sergej Melikow", "Er", "er"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Sergokala District", "LOC", "RUS", ["des Bezirks Sergokala"]),
        entity("Magomed Omarov", "PER", "RUS", ["Magomed Omarow", "Omarow", "ihn"]),
        entity("United Russia", "ORG", "RUS", ["die Kremlpartei Einiges Russland"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
    ],
}

# ---------------------------------------------------------------- hm158-de-02
TR_POLICE = actor("Turkish police", "TUR", "COP")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "OPP")
TR_PROSECUTORS = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
IST_OFFICIALS = actor("Istanbul municipal officials", "TUR", "GOV")
IST_GOVERNOR = actor("Governor of Istanbul", "TUR", "GOV")
TURKEY_GOV = actor("Turkey", "TUR", "GOV")
TR_PROTESTERS = actor("Turkish protesters", "TUR", "CVL")
TR_STUDENTS = actor("Turkish students", "TUR", "CVL")
OZEL = actor("Özgür Özel", "TUR", "OPP")
DE_FFO = actor("Federal Foreign Office", "DEU", "GOV")

I1 = ("Istanbul (dpa) - Die türkische Polizei hat den Istanbuler Oberbürgermeister Ekrem İmamoğlu festgenommen, den "
      "wichtigsten Rivalen von Präsident Recep Tayyip Erdoğan.")
I2 = ("Beamte durchsuchten am frühen Mittwochmorgen sein Haus und brachten ihn in das Polizeipräsidium, wie er "
      "selbst in einem Video berichtete.")
I3 = "Die Staatsanwaltschaft wirft ihm Korruption und Unterstützung einer Terrororganisation vor."
I4 = ("Nach Angaben der Behörden wurden mit ihm rund hundert weitere Menschen festgenommen, darunter Mitarbeiter der "
      "Stadtverwaltung und zwei Bezirksbürgermeister.")
I5 = "Der Gouverneur von Istanbul verbot für vier Tage alle Versammlungen und Kundgebungen in der Stadt."
I6 = ("Zudem war der Zugang zu Plattformen wie X und Youtube stark eingeschränkt, wie die Organisation Netblocks "
      "meldete.")
I7 = "Trotz des Verbots versammelten sich am Abend Tausende Menschen vor der Stadtverwaltung im Viertel Saraçhane."
I8 = "Die Polizei setzte Pfefferspray gegen Studenten ein, die zum Taksim-Platz marschieren wollten."
I9 = "CHP-Chef Özgür Özel sprach von einem »Putschversuch gegen den nächsten Präsidenten«."
I10 = "Er forderte die sofortige Freilassung İmamoğlus."
I11 = "Die Regierungspartei AKP wies jeden politischen Einfluss auf die Justiz zurück."
I12 = ("Das Auswärtige Amt in Berlin nannte die Festnahme ein »alarmierendes Signal für die Demokratie in der "
       "Türkei«.")
I13 = "Sollte İmamoğlu verurteilt werden, könnte er bei der Präsidentenwahl 2028 nicht antreten."

DE02 = {
    "id": "hm158-de-02", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "Istanbuls Bürgermeister İmamoğlu festgenommen – Proteste trotz Verbots",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12, I13]),
    "events": [
        event("COERCE", TR_POLICE, IMAMOGLU, I1, mode="arrest", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("COERCE", TR_POLICE, IMAMOGLU, I2, mode="arrest", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", TR_PROSECUTORS, IMAMOGLU, I3, mode="allege"),
        event("COERCE", TR_POLICE, IST_OFFICIALS, I4, mode="arrest", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("COERCE", IST_GOVERNOR, None, I5, mode="restrict", location="Istanbul", location_country="TUR"),
        event("COERCE", TURKEY_GOV, None, I6, mode="censor", location_country="TUR"),
        event("PROTEST", TR_PROTESTERS, TURKEY_GOV, I7, mode="demo", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("ASSAULT", TR_POLICE, TR_STUDENTS, I8, mode="crowd-control", date="2025-03-19", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", OZEL, TURKEY_GOV, I9, mode="allege"),
        event("REQUEST", OZEL, TURKEY_GOV, I10, mode="yield"),
        event("ACCUSE", DE_FFO, TURKEY_GOV, I12, mode="disapprove"),
    ],
    "quotes": [
        quote("Beamte durchsuchten am frühen Mittwochmorgen sein Haus und brachten ihn in das Polizeipräsidium",
              "Ekrem İmamoğlu", "indirect"),
        quote("wurden mit ihm rund hundert weitere Menschen festgenommen, darunter Mitarbeiter der Stadtverwaltung und "
              "zwei Bezirksbürgermeister", "Turkish authorities", "indirect"),
        quote("Zudem war der Zugang zu Plattformen wie X und Youtube stark eingeschränkt", "NetBlocks", "indirect"),
        quote("Putschversuch gegen den nächsten Präsidenten", "Özgür Özel", "direct"),
        quote("alarmierendes Signal für die Demokratie in der Türkei", "Federal Foreign Office", "direct"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul", "der Stadt"]),
        entity("Turkish police", "ORG", "TUR", ["Die türkische Polizei", "Beamte", "Die Polizei"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["den Istanbuler Oberbürgermeister Ekrem İmamoğlu",
                                                "den wichtigsten Rivalen", "İmamoğlus", "İmamoğlu", "ihn", "ihm"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Staatsanwaltschaft"]),
        entity("Istanbul Metropolitan Municipality", "ORG", "TUR", ["der Stadtverwaltung"]),
        entity("Governor of Istanbul", "PER", "TUR", ["Der Gouverneur von Istanbul"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("YouTube", "ORG", "MNC", ["Youtube"]),
        entity("NetBlocks", "ORG", "NGO", ["die Organisation Netblocks"]),
        entity("Saraçhane", "LOC", "TUR", ["im Viertel Saraçhane"]),
        entity("Taksim Square", "LOC", "TUR", ["Taksim-Platz"]),
        entity("Özgür Özel", "PER", "TUR", ["CHP-Chef Özgür Özel", "Er"]),
        entity("Republican People's Party (CHP)", "ORG", "TUR", ["CHP"]),
        entity("Justice and Development Party (AKP)", "ORG", "TUR", ["Die Regierungspartei AKP"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Turkey", "GPE", "TUR", ["Türkei"]),
    ],
}

# ---------------------------------------------------------------- hm158-de-03
SUMMIT_STATES = actor("states at the Bürgenstock peace summit", None, "GOV")
INDIA = actor("India", "IND", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
SOUTH_AFRICA = actor("South Africa", "ZAF", "GOV")
SWITZERLAND = actor("Switzerland", "CHE", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
CHINA = actor("China", "CHN", "GOV")
HARRIS = actor("Kamala Harris", "USA", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

U1 = ("Bürgenstock (AFP) - Zum Abschluss der Ukraine-Friedenskonferenz in der Schweiz haben am Sonntag rund 80 "
      "Staaten eine gemeinsame Erklärung unterzeichnet, die die territoriale Integrität der Ukraine bekräftigt.")
U2 = "Indien, Saudi-Arabien und Südafrika unterzeichneten das Dokument dagegen nicht."
U3 = "Russland war nicht eingeladen worden, China boykottierte das Treffen."
U4 = ("Die Erklärung verlangt unter anderem, die Kontrolle über das Atomkraftwerk Saporischschja an die Ukraine "
      "zurückzugeben und alle Kriegsgefangenen auszutauschen.")
U5 = ("US-Vizepräsidentin Kamala Harris sagte der Ukraine 1,5 Milliarden Dollar für die Energieversorgung und "
      "humanitäre Hilfe zu.")
U6 = ("Präsident Wolodymyr Selenskyj wies Forderungen von Kremlchef Wladimir Putin zurück, wonach die Ukraine ihre "
      "Truppen aus vier Regionen abziehen und auf einen Nato-Beitritt verzichten müsse.")
U7 = "„Das ist kein Angebot, das ist ein Ultimatum“, sagte Selenskyj."
U8 = ("Die Schweizer Bundespräsidentin Viola Amherd sagte, ein dauerhafter Frieden sei nur möglich, wenn am Ende "
      "beide Seiten am Verhandlungstisch säßen.")
U9 = ("Der saudische Außenminister Faisal bin Farhan erklärte, jeder glaubwürdige Prozess brauche die Beteiligung "
      "Russlands.")
U10 = "Eine zweite Konferenz soll nach dem Willen Kiews noch vor Jahresende stattfinden."
U11 = "Der Kreml nannte das Treffen »nutzlos«."

DE03 = {
    "id": "hm158-de-03", "lang": "de", "url": None, "published": "2024-06-16",
    "title": "Ukraine-Gipfel auf dem Bürgenstock: Erklärung ohne Indien, Saudi-Arabien und Südafrika",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10, U11]),
    "events": [
        event("SUPPORT", SUMMIT_STATES, UKRAINE, U1, date="2024-06-16", location="Bürgenstock",
              location_country="CHE"),
        event("SUPPORT", INDIA, UKRAINE, U2, date="2024-06-16", location="Bürgenstock", location_country="CHE",
              negated=True),
        event("SUPPORT", SAUDI, UKRAINE, U2, date="2024-06-16", location="Bürgenstock", location_country="CHE",
              negated=True),
        event("SUPPORT", SOUTH_AFRICA, UKRAINE, U2, date="2024-06-16", location="Bürgenstock",
              location_country="CHE", negated=True),
        event("AGREE", SWITZERLAND, RUSSIA, U3, negated=True),
        event("PROTEST", CHINA, SWITZERLAND, U3, mode="boycott"),
        event("REQUEST", SUMMIT_STATES, RUSSIA, U4, mode="yield"),
        event("AGREE", HARRIS, UKRAINE, U5),
        event("REJECT", ZELENSKY, PUTIN, U6, mode="yield"),
        event("REQUEST", PUTIN, UKRAINE, U6, mode="yield"),
        event("ACCUSE", ZELENSKY, PUTIN, U7, mode="disapprove"),
        event("AGREE", UKRAINE, None, U10),
        event("ACCUSE", RUSSIA, UKRAINE, U11, mode="disapprove"),
    ],
    "quotes": [
        quote("die Kontrolle über das Atomkraftwerk Saporischschja an die Ukraine zurückzugeben und alle "
              "Kriegsgefangenen auszutauschen", "states at the Bürgenstock peace summit", "indirect"),
        quote("die Ukraine ihre Truppen aus vier Regionen abziehen und auf einen Nato-Beitritt verzichten müsse",
              "Vladimir Putin", "indirect"),
        quote("Das ist kein Angebot, das ist ein Ultimatum", "Volodymyr Zelensky", "direct"),
        quote("ein dauerhafter Frieden sei nur möglich, wenn am Ende beide Seiten am Verhandlungstisch säßen",
              "Viola Amherd", "indirect"),
        quote("jeder glaubwürdige Prozess brauche die Beteiligung Russlands", "Faisal bin Farhan", "indirect"),
        quote("nutzlos", "Kremlin", "direct"),
    ],
    "entities": [
        entity("Bürgenstock", "LOC", "CHE", ["Bürgenstock"]),
        entity("Switzerland", "GPE", "CHE", ["der Schweiz"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine", "Kiews"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Russlands"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Zaporizhzhia Nuclear Power Plant", "LOC", "UKR", ["das Atomkraftwerk Saporischschja"]),
        entity("Kamala Harris", "PER", "USA", ["US-Vizepräsidentin Kamala Harris"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Viola Amherd", "PER", "CHE", ["Die Schweizer Bundespräsidentin Viola Amherd"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["Der saudische Außenminister Faisal bin Farhan"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm158-de-04
BARNIER = actor("Michel Barnier", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
NAT_ASSEMBLY = actor("National Assembly of France", "FRA", "LEG")
RN = actor("Rassemblement National", "FRA", "OPP")
LE_PEN = actor("Marine Le Pen", "FRA", "OPP")
PANOT = actor("Mathilde Panot", "FRA", "OPP")
FAURE = actor("Olivier Faure", "FRA", "OPP")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FRANCE = actor("France", "FRA", "GOV")

F1 = "Paris (dpa) - Frankreichs Premierminister Michel Barnier hat nach nur drei Monaten im Amt seinen Rücktritt eingereicht."
F2 = "Er übergab das Gesuch am Donnerstagvormittag Präsident Emmanuel Macron im Élysée-Palast."
F3 = ("Am Mittwochabend hatte die Nationalversammlung mit 331 Stimmen einen Misstrauensantrag des linken Bündnisses "
      "Neue Volksfront angenommen und die Regierung damit gestürzt.")
F4 = "Auch die Abgeordneten des Rassemblement National (RN) stimmten für den Antrag."
F5 = ("Barnier hatte am Montag den Sozialhaushalt mithilfe des Verfassungsartikels 49.3 ohne Abstimmung durch das "
      "Parlament gebracht.")
F6 = ("RN-Fraktionschefin Marine Le Pen sagte, ihre Partei habe »keine andere Wahl« gehabt, weil der Haushalt die "
      "Franzosen zusätzlich belaste.")
F7 = "Die Fraktionschefin der Linkspartei LFI, Mathilde Panot, forderte Macron zum Rücktritt auf."
F8 = "Der Präsident lehnt einen vorzeitigen Abgang ab und will bis zum Ende seiner Amtszeit 2027 im Amt bleiben."
F9 = ("PS-Chef Olivier Faure signalisierte dagegen Bereitschaft zu Gesprächen mit dem Präsidenten über eine neue "
      "Regierung.")
F10 = ("„Ich werde heute Abend zu den Franzosen sprechen“, kündigte Macron an, „und rasch einen neuen "
       "Premierminister ernennen.“")
F11 = "Es ist das erste Mal seit 1962, dass eine französische Regierung durch ein Misstrauensvotum stürzt."
F12 = "Bundeskanzler Olaf Scholz sicherte Frankreich die Unterstützung Deutschlands zu."

DE04 = {
    "id": "hm158-de-04", "lang": "de", "url": None, "published": "2024-12-05",
    "title": "Nach Misstrauensvotum: Frankreichs Premier Barnier reicht Rücktritt ein",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("RETREAT", BARNIER, None, F1, mode="resign", date="2024-12-05"),
        event("RETREAT", BARNIER, None, F2, mode="resign", date="2024-12-05", location="Paris",
              location_country="FRA"),
        event("CONSULT", BARNIER, MACRON, F2, mode="visit", date="2024-12-05", location="Paris",
              location_country="FRA"),
        event("ACCUSE", NAT_ASSEMBLY, BARNIER, F3, mode="disapprove", date="2024-12-04", location="Paris",
              location_country="FRA"),
        event("ACCUSE", RN, BARNIER, F4, mode="disapprove", date="2024-12-04", location="Paris",
              location_country="FRA"),
        event("ACCUSE", LE_PEN, BARNIER, F6, mode="disapprove"),
        event("REQUEST", PANOT, MACRON, F7, mode="change"),
        event("REJECT", MACRON, PANOT, F8, mode="change"),
        event("AGREE", FAURE, MACRON, F9),
        event("SUPPORT", SCHOLZ, FRANCE, F12),
    ],
    "quotes": [
        quote("ihre Partei habe »keine andere Wahl« gehabt, weil der Haushalt die Franzosen zusätzlich belaste",
              "Marine Le Pen", "indirect"),
        quote("keine andere Wahl", "Marine Le Pen", "direct"),
        quote("Ich werde heute Abend zu den Franzosen sprechen", "Emmanuel Macron", "direct"),
        quote("und rasch einen neuen Premierminister ernennen", "Emmanuel Macron", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich"]),
        entity("Michel Barnier", "PER", "FRA", ["Frankreichs Premierminister Michel Barnier", "Er", "Barnier"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron", "Der Präsident",
                                                 "dem Präsidenten"]),
        entity("Élysée Palace", "LOC", "FRA", ["im Élysée-Palast"]),
        entity("National Assembly of France", "ORG", "FRA", ["die Nationalversammlung", "das Parlament"]),
        entity("New Popular Front", "ORG", "FRA", ["des linken Bündnisses Neue Volksfront"]),
        entity("Rassemblement National", "ORG", "FRA", ["des Rassemblement National (RN)", "ihre Partei"]),
        entity("Marine Le Pen", "PER", "FRA", ["RN-Fraktionschefin Marine Le Pen"]),
        entity("La France Insoumise", "ORG", "FRA", ["der Linkspartei LFI"]),
        entity("Mathilde Panot", "PER", "FRA", ["Mathilde Panot"]),
        entity("Olivier Faure", "PER", "FRA", ["PS-Chef Olivier Faure"]),
        entity("Socialist Party", "ORG", "FRA", ["PS"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Germany", "GPE", "DEU", ["Deutschlands"]),
    ],
}

# ---------------------------------------------------------------- hm158-en-01
PA_POLICE = actor("Altoona police", "USA", "COP")
MANGIONE = actor("Luigi Mangione", "USA", "CVL")
GUNMAN = actor("masked gunman", None, None)
THOMPSON = actor("Brian Thompson", "USA", "BUS")
MANHATTAN_DA = actor("Manhattan District Attorney's Office", "USA", "JUD")
BLAIR_JUDGE = actor("Blair County judge", "USA", "JUD")
TISCH = actor("Jessica Tisch", "USA", "COP")
MCD_WORKER = actor("McDonald's employee in Altoona", "USA", "CVL")
INSURERS = actor("US health insurance industry", "USA", "BUS")
PENNSYLVANIA = actor("Pennsylvania authorities", "USA", "GOV")
UNITEDHEALTHCARE = actor("UnitedHealthcare", "USA", "BUS")
US_POLICE = actor("US law enforcement", "USA", "COP")

M1 = ("ALTOONA, Pa. (AP) — Police in Pennsylvania on Monday arrested a 26-year-old man in the killing of "
      "UnitedHealthcare chief executive Brian Thompson, ending a five-day manhunt.")
M2 = "Thompson, 50, was shot dead by a masked gunman outside a Midtown Manhattan hotel on Dec. 4."
M3 = "Luigi Mangione was detained at a McDonald's restaurant in Altoona after an employee recognized him and called 911."
M4 = ("Officers found a 3D-printed pistol, a silencer and a fake New Jersey driver's license on him, according to a "
      "criminal complaint.")
M5 = "The Manhattan District Attorney's office charged Mangione with murder late Monday."
M6 = "Prosecutors allege that Mangione was the gunman and that he had planned the attack for weeks."
M7 = "A judge in Blair County denied him bail on Tuesday on separate weapons and forgery charges."
M8 = "His lawyer, Thomas Dickey, said Mangione would plead not guilty."
M9 = "“He is entitled to the presumption of innocence,” Dickey told reporters."
M10 = ("New York Police Commissioner Jessica Tisch praised the restaurant worker, saying the tip was “exactly the "
       "break we needed” in the case.")
M11 = "Handwritten notes found on Mangione railed against the health insurance industry, police said."
M12 = ("Manhattan prosecutors have asked Pennsylvania to hand him over, a process that could take weeks if he "
       "fights it.")
M13 = "UnitedHealthcare said it was “deeply grateful” to law enforcement."

EN01 = {
    "id": "hm158-en-01", "lang": "en", "url": None, "published": "2024-12-10",
    "title": "Suspect in killing of UnitedHealthcare CEO charged with murder after arrest in Pennsylvania",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12, M13]),
    "events": [
        event("COERCE", PA_POLICE, MANGIONE, M1, mode="arrest", date="2024-12-09", location="Altoona",
              location_country="USA"),
        event("ASSAULT", GUNMAN, THOMPSON, M2, mode="assassinate", date="2024-12-04", location="New York",
              location_country="USA"),
        event("COERCE", PA_POLICE, MANGIONE, M3, mode="arrest", date="2024-12-09", location="Altoona",
              location_country="USA"),
        event("COERCE", PA_POLICE, MANGIONE, M4, mode="seize", date="2024-12-09", location="Altoona",
              location_country="USA"),
        event("ACCUSE", MANHATTAN_DA, MANGIONE, M5, mode="allege", date="2024-12-09"),
        event("ACCUSE", MANHATTAN_DA, MANGIONE, M6, mode="allege"),
        event("COERCE", BLAIR_JUDGE, MANGIONE, M7, mode="arrest", date="2024-12-10", location="Blair County",
              location_country="USA"),
        event("SUPPORT", TISCH, MCD_WORKER, M10),
        event("ACCUSE", MANGIONE, INSURERS, M11, mode="disapprove"),
        event("REQUEST", MANHATTAN_DA, PENNSYLVANIA, M12, mode="assist"),
        event("SUPPORT", UNITEDHEALTHCARE, US_POLICE, M13),
    ],
    "quotes": [
        quote("Officers found a 3D-printed pistol, a silencer and a fake New Jersey driver's license on him",
              "Criminal complaint against Luigi Mangione", "indirect"),
        quote("that Mangione was the gunman and that he had planned the attack for weeks",
              "Manhattan District Attorney's Office", "indirect"),
        quote("Mangione would plead not guilty", "Thomas Dickey", "indirect"),
        quote("He is entitled to the presumption of innocence", "Thomas Dickey", "direct"),
        quote("the tip was “exactly the break we needed” in the case", "Jessica Tisch", "indirect"),
        quote("exactly the break we needed", "Jessica Tisch", "direct"),
        quote("Handwritten notes found on Mangione railed against the health insurance industry", "Police",
              "indirect"),
        quote("it was “deeply grateful” to law enforcement", "UnitedHealthcare", "indirect"),
        quote("deeply grateful", "UnitedHealthcare", "direct"),
    ],
    "entities": [
        entity("Altoona", "LOC", "USA", ["ALTOONA, Pa.", "Altoona"]),
        entity("Pennsylvania", "GPE", "USA", ["Pennsylvania"]),
        entity("Altoona police", "ORG", "USA", ["Police in Pennsylvania", "Officers"]),
        entity("Luigi Mangione", "PER", "USA", ["a 26-year-old man", "Luigi Mangione", "Mangione", "him", "he",
                                                "He"]),
        entity("UnitedHealthcare", "ORG", "USA", ["UnitedHealthcare"]),
        entity("Brian Thompson", "PER", "USA", ["UnitedHealthcare chief executive Brian Thompson", "Thompson"]),
        entity("Manhattan", "LOC", "USA", ["Midtown Manhattan"]),
        entity("McDonald's", "ORG", "USA", ["a McDonald's restaurant"]),
        entity("New Jersey", "GPE", "USA", ["New Jersey"]),
        entity("Manhattan District Attorney's Office", "ORG", "USA", ["The Manhattan District Attorney's office",
                                                                      "Prosecutors", "Manhattan prosecutors"]),
        entity("Blair County", "LOC", "USA", ["Blair County"]),
        entity("Thomas Dickey", "PER", "USA", ["His lawyer, Thomas Dickey", "Dickey"]),
        entity("Jessica Tisch", "PER", "USA", ["New York Police Commissioner Jessica Tisch"]),
        entity("New York City Police Department", "ORG", "USA", ["New York Police"]),
    ],
}

# ---------------------------------------------------------------- hm158-en-02
SWE_POLICE = actor("Swedish Police Authority", "SWE", "COP")
DAN_NAVY = actor("Royal Danish Navy", "DNK", "MIL")
YI_PENG = actor("Yi Peng 3", "CHN", "BUS")
PISTORIUS = actor("Boris Pistorius", "DEU", "GOV")
VALTONEN = actor("Elina Valtonen", "FIN", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
LT_COASTGUARD = actor("Lithuanian coast guard", "LTU", "COP")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
CHINA_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
FINLAND = actor("Finland", "FIN", "GOV")

Y1 = ("STOCKHOLM (Reuters) - Swedish police opened a sabotage investigation on Tuesday after two undersea data "
      "cables were severed in the Baltic Sea, while Danish navy vessels shadowed a Chinese bulk carrier that had "
      "passed over both.")
Y2 = ("The cable linking Lithuania with the Swedish island of Gotland was cut on Sunday, and a line between Finland "
      "and Germany went dead less than a day later.")
Y4 = ("“We have to assume that this was sabotage,” German Defence Minister Boris Pistorius said in Brussels, “even "
      "if we cannot yet say who is behind it.”")
Y5 = ("Finland's Foreign Minister Elina Valtonen and her German counterpart Annalena Baerbock called the damage "
      "“very serious” and linked it to Russia's “hybrid” campaign against Europe.")
Y6 = ("Lithuania's coast guard was sharing information with Swedish investigators on ships in the area, officials "
      "in Vilnius said.")
Y7 = "Swedish Prime Minister Ulf Kristersson called on Beijing to cooperate with the investigation."
Y8 = "China's foreign ministry said it was willing to stay in contact with Sweden and Finland."
Y9 = "Spokeswoman Mao Ning rejected suggestions that a Chinese crew had deliberately damaged the cables."
Y10 = ("Danish officials said the Yi Peng 3 had dropped anchor in the Kattegat strait and that a navy patrol vessel "
       "was staying nearby.")
Y11 = "If investigators find evidence of deliberate damage, the ship could be boarded, a Swedish prosecutor said."
Y12 = "Several cables and pipelines in the Baltic Sea have been damaged since 2022."

EN02 = {
    "id": "hm158-en-02", "lang": "en", "url": None, "published": "2024-11-20",
    "title": "Sweden investigates sabotage of Baltic cables as Danish navy shadows Chinese ship",
    "text": paragraphs([Y1, Y2], [Y4, Y5, Y6, Y7, Y8, Y9], [Y10, Y11, Y12]),
    "events": [
        event("ACCUSE", SWE_POLICE, None, Y1, mode="investigate", date="2024-11-19"),
        event("MOBILIZE", DAN_NAVY, YI_PENG, Y1, mode="weapons"),
        event("ACCUSE", PISTORIUS, None, Y4, mode="allege", location="Brussels", location_country="BEL"),
        event("ACCUSE", VALTONEN, RUSSIA, Y5, mode="allege"),
        event("ACCUSE", BAERBOCK, RUSSIA, Y5, mode="allege"),
        event("COOPERATE", LT_COASTGUARD, SWE_POLICE, Y6),
        event("REQUEST", KRISTERSSON, CHINA, Y7, mode="assist"),
        event("AGREE", CHINA_MFA, SWEDEN, Y8),
        event("AGREE", CHINA_MFA, FINLAND, Y8),
        event("MOBILIZE", DAN_NAVY, YI_PENG, Y10, mode="weapons", location="Kattegat"),
    ],
    "quotes": [
        quote("We have to assume that this was sabotage", "Boris Pistorius", "direct"),
        quote("even if we cannot yet say who is behind it", "Boris Pistorius", "direct"),
        quote("very serious", "Elina Valtonen", "direct"),
        quote("very serious", "Annalena Baerbock", "direct"),
        quote("hybrid", "Elina Valtonen", "direct"),
        quote("hybrid", "Annalena Baerbock", "direct"),
        quote("Lithuania's coast guard was sharing information with Swedish investigators on ships in the area",
              "Lithuanian officials", "indirect"),
        quote("it was willing to stay in contact with Sweden and Finland", "Ministry of Foreign Affairs of China",
              "indirect"),
        quote("the Yi Peng 3 had dropped anchor in the Kattegat strait and that a navy patrol vessel was staying "
              "nearby", "Danish officials", "indirect"),
        quote("If investigators find evidence of deliberate damage, the ship could be boarded", "Swedish prosecutor",
              "indirect"),
    ],
    "entities": [
        entity("Stockholm", "LOC", "SWE", ["STOCKHOLM"]),
        entity("Swedish Police Authority", "ORG", "SWE", ["Swedish police", "Swedish investigators"]),
        entity("Baltic Sea", "LOC", None, ["the Baltic Sea"]),
        entity("Royal Danish Navy", "ORG", "DNK", ["Danish navy vessels", "a navy patrol vessel"]),
        entity("Yi Peng 3", "ORG", "CHN", ["a Chinese bulk carrier", "the Yi Peng 3", "the ship"]),
        entity("Lithuania", "GPE", "LTU", ["Lithuania", "Lithuania's"]),
        entity("Gotland", "LOC", "SWE", ["the Swedish island of Gotland"]),
        entity("Finland", "GPE", "FIN", ["Finland", "Finland's"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("Boris Pistorius", "PER", "DEU", ["German Defence Minister Boris Pistorius"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("Elina Valtonen", "PER", "FIN", ["Finland's Foreign Minister Elina Valtonen"]),
        entity("Annalena Baerbock", "PER", "DEU", ["her German counterpart Annalena Baerbock"]),
        entity("Russia", "GPE", "RUS", ["Russia's"]),
        entity("Lithuanian coast guard", "ORG", "LTU", ["Lithuania's coast guard"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Swedish Prime Minister Ulf Kristersson"]),
        entity("China", "GPE", "CHN", ["Beijing", "China's"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Sweden", "GPE", "SWE", ["Sweden"]),
        entity("Mao Ning", "PER", "CHN", ["Spokeswoman Mao Ning"]),
        entity("Kattegat", "LOC", None, ["the Kattegat strait"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
