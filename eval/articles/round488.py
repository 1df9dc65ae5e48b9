"""Round 488: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm488-de-01: Serbia: parliament elects Djuro Macut prime minister amid an opposition boycott; Macut offers the students dialogue and they refuse and repeat their demands, Vucic praises Macut and accuses the opposition, which denies it, Lazovic accuses Vucic and demands snap elections, rally outside parliament without arrests, the Commission demands reforms and Kos announces a visit, Vucevic's January resignation after the SNS attack on students in Novi Sad recalled (2025-04-16).
- hm488-de-02: Bulgaria: parliament speaker Natalija Kiselowa refuses to put Radew's euro referendum proposal to a vote; Radew's proposal and accusation, Scheljaskow backs Kiselowa, Wasraschdane goes to the Constitutional Court, protest outside parliament with four arrests, Kostadinow threatens blockades, Petkowa meets Lagarde in Frankfurt, Donohoe's April praise recalled (2025-05-14).
- hm488-de-03: Austria: the National Council passes a temporary stop to family reunification for refugees; Karner defends it, the Greens accuse the government of breaking the law, UNHCR demands its repeal, Caritas promises legal help, Kickl attacks the law and demands an asylum stop, the Commission examines it, protest outside parliament, the December suspension of Syrian asylum cases recalled (2025-07-03).
- hm488-de-04: Ukraine: Russian missiles hit apartment blocks in central Slowjansk and kill at least eight; Kyrylenko reports, Selenskyj accuses Moscow and asks the US and the EU for air defence, prosecutors investigate, Moscow claims strikes on Ukrainian positions and denies targeting civilians, Borrell condemns, reinforcements near Bachmut, Polish and Slovak MiG-29 deliveries and Peskow's threat recalled (2023-04-14).
- hm488-en-01: United Kingdom: the Home Office moves all 39 asylum-seekers off the Bibby Stockholm barge in Portland after Legionella is found; Monday's refusals to board and the Home Office's warning, the Fire Brigades Union's accusation, Cooper accuses the government and demands an end to the scheme, Jenrick refuses, Parkes's legal challenge, protest at the port without arrests, the March deal with France recalled (2023-08-12).
- hm488-en-02: Spain: Congress re-elects Pedro Sánchez prime minister after the PSOE's amnesty deal with Junts; Feijóo and Abascal attack Sánchez, Abascal calls for more protests, the 14th night of protests outside the PSOE headquarters in Ferraz street with baton charges and three arrests, the judges' associations object, Reynders asks for information, the Sumar coalition agreement recalled (2023-11-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm488-de-01 (Serbia, Macut elected prime minister)
SRB_OPPOSITION = actor("Serbian opposition", "SRB", "OPP")
SRB_ASSEMBLY = actor("National Assembly of Serbia", "SRB", "LEG")
MACUT = actor("Djuro Macut", "SRB", "GOV")
SRB_STUDENTS = actor("Serbian students", "SRB", "EDU")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
VUCIC = actor("Aleksandar Vucic", "SRB", "GOV")
LAZOVIC = actor("Radomir Lazovic", "SRB", "OPP")
BELGRADE_PROTESTERS = actor("protesters in Belgrade", "SRB", "CVL")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
KOS = actor("Marta Kos", "EUR", "IGO")
VUCEVIC = actor("Milos Vucevic", "SRB", "GOV")
SNS_SUPPORTERS = actor("supporters of the Serbian Progressive Party", "SRB", "PTY")

D1 = "Belgrad (dpa) - Das serbische Parlament hat den Mediziner Djuro Macut zum neuen Ministerpräsidenten gewählt."
D2 = ("Für den parteilosen Endokrinologen stimmten am Mittwoch 153 der 250 Abgeordneten, die Opposition boykottierte "
      "die Abstimmung.")
D3 = ("Macut bot in seiner Antrittsrede den seit Monaten protestierenden Studenten Gespräche über ihre Forderungen "
      "an.")
D4 = "„Diese Regierung wird eine Regierung der Arbeit und des Dialogs sein“, sagte der 62-Jährige."
D5 = "Die Studenten, die seit November zahlreiche Fakultäten blockieren, wiesen das Angebot noch am Abend zurück."
D6 = ("Sie verlangen weiterhin die Veröffentlichung aller Unterlagen zur Renovierung des Bahnhofs von Novi Sad und "
      "die Bestrafung der Verantwortlichen.")
D7 = "Beim Einsturz des Vordachs des Bahnhofs waren am 1. November 16 Menschen ums Leben gekommen."
D8 = "Präsident Aleksandar Vucic lobte die Wahl Macuts als „Zeichen der Stabilität“."
D9 = "Zugleich warf er der Opposition vor, die Studenten für ihre eigenen Zwecke zu missbrauchen."
D10 = "Die Opposition wies das zurück."
D11 = ("Der Oppositionsabgeordnete Radomir Lazovic warf Vucic vor, mit der neuen Regierung nur Zeit gewinnen zu "
       "wollen, und forderte vorgezogene Neuwahlen.")
D12 = ("Vor dem Parlamentsgebäude in Belgrad versammelten sich am Abend mehrere tausend Menschen zu einer Kundgebung "
       "gegen die Regierung.")
D13 = "Nach Angaben der Polizei wurde niemand festgenommen."
D14 = ("Die EU-Kommission forderte die neue Regierung auf, Reformen bei Rechtsstaatlichkeit und Medienfreiheit "
       "voranzutreiben.")
D15 = "Erweiterungskommissarin Marta Kos kündigte an, im Mai nach Belgrad zu reisen."
D16 = ("Macuts Vorgänger Milos Vucevic war Ende Januar zurückgetreten, nachdem Anhänger der Regierungspartei SNS in "
       "Novi Sad Studentinnen angegriffen hatten.")
D17 = "Serbien verhandelt seit 2014 über einen Beitritt zur Europäischen Union."

DE01 = {
    "id": "hm488-de-01", "lang": "de", "url": None, "published": "2025-04-16",
    "title": "Serbiens Parlament wählt Djuro Macut zum Regierungschef",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11], [D12, D13],
                       [D14, D15, D16, D17]),
    "events": [
        event("PROTEST", SRB_OPPOSITION, SRB_ASSEMBLY, D2, mode="boycott", date="2025-04-16", location="Belgrad",
              location_country="SRB"),
        event("AGREE", MACUT, SRB_STUDENTS, D3, mode="meet"),
        event("REJECT", SRB_STUDENTS, MACUT, D5, mode="meet", date="2025-04-16"),
        event("REQUEST", SRB_STUDENTS, SRB_GOV, D6, mode="change"),
        event("SUPPORT", VUCIC, MACUT, D8),
        event("ACCUSE", VUCIC, SRB_OPPOSITION, D9, mode="disapprove"),
        event("ACCUSE", LAZOVIC, VUCIC, D11, mode="disapprove"),
        event("REQUEST", LAZOVIC, VUCIC, D11, mode="change"),
        event("PROTEST", BELGRADE_PROTESTERS, SRB_GOV, D12, mode="demo", date="2025-04-16", location="Belgrad",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, BELGRADE_PROTESTERS, D13, mode="arrest", date="2025-04-16", location="Belgrad",
              location_country="SRB", negated=True),
        event("REQUEST", EU_COMMISSION, SRB_GOV, D14, mode="change"),
        event("AGREE", KOS, SRB_GOV, D15, mode="meet"),
        event("RETREAT", VUCEVIC, None, D16, mode="resign"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENTS, D16, mode="beat", location="Novi Sad", location_country="SRB"),
    ],
    "quotes": [
        quote("Diese Regierung wird eine Regierung der Arbeit und des Dialogs sein", "Djuro Macut", "direct"),
        quote("Zeichen der Stabilität", "Aleksandar Vucic", "direct"),
        quote("die Studenten für ihre eigenen Zwecke zu missbrauchen", "Aleksandar Vucic", "indirect"),
        quote("mit der neuen Regierung nur Zeit gewinnen zu wollen", "Radomir Lazovic", "indirect"),
        quote("Nach Angaben der Polizei wurde niemand festgenommen", "Serbian police", "indirect"),
        quote("im Mai nach Belgrad zu reisen", "Marta Kos", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("National Assembly of Serbia", "ORG", "SRB", ["Das serbische Parlament", "dem Parlamentsgebäude"]),
        entity("Djuro Macut", "PER", "SRB", ["den Mediziner Djuro Macut", "den parteilosen Endokrinologen", "Macut",
                                             "der 62-Jährige", "Macuts"]),
        entity("Serbian opposition", "ORG", "SRB", ["die Opposition", "der Opposition", "Die Opposition"]),
        entity("Serbian students", "PER", "SRB", ["den seit Monaten protestierenden Studenten", "Die Studenten",
                                                  "Sie", "die Studenten", "Studentinnen"]),
        entity("Government of Serbia", "ORG", "SRB", ["Diese Regierung", "der neuen Regierung", "die Regierung",
                                                      "die neue Regierung"]),
        entity("Novi Sad railway station", "LOC", "SRB", ["des Bahnhofs von Novi Sad", "des Bahnhofs"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Aleksandar Vucic", "PER", "SRB", ["Präsident Aleksandar Vucic", "er", "Vucic"]),
        entity("Radomir Lazovic", "PER", "SRB", ["Der Oppositionsabgeordnete Radomir Lazovic"]),
        entity("protesters in Belgrade", "PER", "SRB", ["mehrere tausend Menschen"]),
        entity("Serbian police", "ORG", "SRB", ["der Polizei"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Marta Kos", "PER", "EUR", ["Erweiterungskommissarin Marta Kos"]),
        entity("Milos Vucevic", "PER", "SRB", ["Macuts Vorgänger Milos Vucevic"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["der Regierungspartei SNS"]),
        entity("supporters of the Serbian Progressive Party", "PER", "SRB",
               ["Anhänger der Regierungspartei SNS"]),
        entity("Serbia", "LOC", "SRB", ["Serbien"]),
        entity("European Union", "ORG", "EUR", ["zur Europäischen Union"]),
    ],
}

# ---------------------------------------------------------------- hm488-de-02 (Bulgaria, euro referendum blocked)
KISELOVA = actor("Natalia Kiselova", "BGR", "LEG")
RADEV = actor("Rumen Radev", "BGR", "GOV")
BGR_ASSEMBLY = actor("National Assembly of Bulgaria", "BGR", "LEG")
ZHELYAZKOV = actor("Rosen Zhelyazkov", "BGR", "GOV")
VAZRAZHDANE = actor("Vazrazhdane", "BGR", "PTY")
VAZ_SUPPORTERS = actor("supporters of Vazrazhdane", "BGR", "PTY")
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
BGR_POLICE = actor("Bulgarian police", "BGR", "COP")
KOSTADINOV = actor("Kostadin Kostadinov", "BGR", "PTY")
PETKOVA = actor("Temenuzhka Petkova", "BGR", "GOV")
LAGARDE = actor("Christine Lagarde", "EUR", "IGO")
DONOHOE = actor("Paschal Donohoe", "EUR", "IGO")

B1 = ("Sofia (dpa) - Bulgariens Parlamentspräsidentin Natalija Kiselowa hat den Vorschlag von Staatspräsident Rumen "
      "Radew für eine Volksabstimmung über die Einführung des Euro abgelehnt.")
B2 = ("Der Antrag verstoße gegen die Verfassung und gegen die Verpflichtungen aus dem EU-Beitrittsvertrag, sagte "
      "die Politikerin der bürgerlichen Partei Gerb am Mittwoch in Sofia.")
B3 = "Sie werde ihn daher nicht zur Abstimmung stellen."
B3A = ("Über die Einführung der Gemeinschaftswährung sei bereits mit dem EU-Beitritt des Landes im Jahr 2007 "
       "entschieden worden, betonte Kiselowa.")
B4 = ("Radew hatte vergangene Woche vorgeschlagen, die Bürger darüber entscheiden zu lassen, ob Bulgarien den Euro "
      "wie geplant zum 1. Januar 2026 einführen soll.")
B5 = "Nach der Entscheidung sprach der Staatschef von einem „Schlag gegen die Demokratie“."
B6 = "Ministerpräsident Rossen Scheljaskow stellte sich hinter die Parlamentspräsidentin."
B7 = "Die Regierung werde am Zeitplan für den Beitritt zur Eurozone festhalten, sagte er."
B8 = "Die prorussische Partei Wasraschdane reichte beim Verfassungsgericht Beschwerde gegen Kiselowa ein."
B9 = "Mehrere hundert Anhänger der Partei protestierten am Abend vor dem Parlament gegen die Euro-Einführung."
B10 = "Die Polizei nahm nach Rangeleien vier Demonstranten fest."
B11 = ("Parteichef Kostadin Kostadinow drohte mit landesweiten Straßenblockaden, sollte die Regierung an ihren Plänen "
       "festhalten.")
B12 = ("Finanzministerin Temenuschka Petkowa war am Dienstag in Frankfurt mit der Präsidentin der Europäischen "
       "Zentralbank, Christine Lagarde, zusammengetroffen.")
B13 = ("Die EU-Kommission und die EZB wollen Anfang Juni ihre Konvergenzberichte vorlegen, die über die Euro-Reife "
       "des Landes entscheiden.")
B14 = "Eurogruppen-Chef Paschal Donohoe hatte Bulgarien im April für seine Haushaltsdisziplin gelobt."
B15 = "Die Landeswährung Lew ist seit 1997 fest an die D-Mark und später an den Euro gekoppelt."

DE02 = {
    "id": "hm488-de-02", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Bulgariens Parlamentschefin stoppt Radews Euro-Referendum",
    "text": paragraphs([B1, B2, B3, B3A], [B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13, B14, B15]),
    "events": [
        event("REJECT", KISELOVA, RADEV, B1, mode="change"),
        event("REJECT", KISELOVA, RADEV, B3, mode="change"),
        event("REQUEST", RADEV, BGR_ASSEMBLY, B4, mode="change"),
        event("ACCUSE", RADEV, KISELOVA, B5, mode="disapprove"),
        event("SUPPORT", ZHELYAZKOV, KISELOVA, B6),
        event("ACCUSE", VAZRAZHDANE, KISELOVA, B8, mode="allege"),
        event("PROTEST", VAZ_SUPPORTERS, BGR_GOV, B9, mode="demo", date="2025-05-14", location="Sofia",
              location_country="BGR"),
        event("COERCE", BGR_POLICE, VAZ_SUPPORTERS, B10, mode="arrest", date="2025-05-14", location="Sofia",
              location_country="BGR"),
        event("THREATEN", KOSTADINOV, BGR_GOV, B11),
        event("CONSULT", PETKOVA, LAGARDE, B12, mode="visit", date="2025-05-13", location="Frankfurt",
              location_country="DEU"),
        event("SUPPORT", DONOHOE, BGR_GOV, B14),
    ],
    "quotes": [
        quote("Der Antrag verstoße gegen die Verfassung und gegen die Verpflichtungen aus dem EU-Beitrittsvertrag",
              "Natalia Kiselova", "indirect"),
        quote("Sie werde ihn daher nicht zur Abstimmung stellen", "Natalia Kiselova", "indirect"),
        quote("Über die Einführung der Gemeinschaftswährung sei bereits mit dem EU-Beitritt des Landes im Jahr 2007 "
              "entschieden worden", "Natalia Kiselova", "indirect"),
        quote("die Bürger darüber entscheiden zu lassen, ob Bulgarien den Euro wie geplant zum 1. Januar 2026 "
              "einführen soll", "Rumen Radev", "indirect"),
        quote("Schlag gegen die Demokratie", "Rumen Radev", "direct"),
        quote("Die Regierung werde am Zeitplan für den Beitritt zur Eurozone festhalten", "Rosen Zhelyazkov",
              "indirect"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgariens", "Bulgarien", "des Landes"]),
        entity("Natalia Kiselova", "PER", "BGR", ["Bulgariens Parlamentspräsidentin Natalija Kiselowa",
                                                  "die Politikerin der bürgerlichen Partei Gerb", "Sie",
                                                  "die Parlamentspräsidentin", "Kiselowa"]),
        entity("Rumen Radev", "PER", "BGR", ["Staatspräsident Rumen Radew", "Radew", "der Staatschef"]),
        entity("GERB", "ORG", "BGR", ["der bürgerlichen Partei Gerb"]),
        entity("euro referendum proposal", "MISC", "BGR", ["Der Antrag", "ihn"]),
        entity("Rosen Zhelyazkov", "PER", "BGR", ["Ministerpräsident Rossen Scheljaskow", "er"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["Die Regierung", "die Regierung"]),
        entity("Vazrazhdane", "ORG", "BGR", ["Die prorussische Partei Wasraschdane", "der Partei"]),
        entity("Constitutional Court of Bulgaria", "ORG", "BGR", ["beim Verfassungsgericht"]),
        entity("supporters of Vazrazhdane", "PER", "BGR", ["Mehrere hundert Anhänger der Partei",
                                                           "vier Demonstranten"]),
        entity("National Assembly of Bulgaria", "ORG", "BGR", ["dem Parlament"]),
        entity("Bulgarian police", "ORG", "BGR", ["Die Polizei"]),
        entity("Kostadin Kostadinov", "PER", "BGR", ["Parteichef Kostadin Kostadinow"]),
        entity("Temenuzhka Petkova", "PER", "BGR", ["Finanzministerin Temenuschka Petkowa"]),
        entity("Frankfurt", "LOC", "DEU", ["Frankfurt"]),
        entity("European Central Bank", "ORG", "EUR", ["der Europäischen Zentralbank", "die EZB"]),
        entity("Christine Lagarde", "PER", "EUR", ["der Präsidentin der Europäischen Zentralbank, Christine "
                                                   "Lagarde"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Eurozone", "LOC", "EUR", ["zur Eurozone"]),
        entity("Paschal Donohoe", "PER", "EUR", ["Eurogruppen-Chef Paschal Donohoe"]),
        entity("Bulgarian lev", "MISC", "BGR", ["Die Landeswährung Lew"]),
        entity("euro", "MISC", "EUR", ["des Euro", "den Euro"]),
    ],
}

# ---------------------------------------------------------------- hm488-de-03 (Austria, family reunification stop)
AUT_NR = actor("National Council of Austria", "AUT", "LEG")
SYR_RELATIVES = actor("relatives of Syrian refugees in Austria", "SYR", "CVL")
AUT_GREENS = actor("The Greens (Austria)", "AUT", "PTY")
AUT_GOV = actor("Government of Austria", "AUT", "GOV")
UNHCR = actor("UNHCR", "UNO", "IGO")
CARITAS = actor("Caritas Austria", "AUT", "NGO")
KICKL = actor("Herbert Kickl", "AUT", "OPP")
EU_COMMISSION_A = actor("European Commission", "EUR", "IGO")
VIENNA_PROTESTERS = actor("protesters in Vienna", "AUT", "CVL")
SYR_ASYLUM = actor("Syrian asylum seekers in Austria", "SYR", "CVL")

W1 = ("Wien (dpa) - Der österreichische Nationalrat hat einen vorläufigen Stopp des Familiennachzugs für "
      "Schutzberechtigte beschlossen.")
W2 = ("Für die Gesetzesänderung stimmten am Mittwoch die Regierungsparteien ÖVP, SPÖ und Neos, FPÖ und Grüne "
      "votierten dagegen.")
W3 = ("Betroffen sind vor allem Angehörige syrischer Flüchtlinge, die nun zunächst für sechs Monate keine "
      "Einreiseanträge mehr stellen können.")
W4 = ("Innenminister Gerhard Karner (ÖVP) begründete den Schritt mit der Überlastung von Schulen und Kindergärten, "
      "vor allem in der Hauptstadt.")
W5 = "„Unsere Systeme stoßen an ihre Grenzen“, sagte Karner im Plenum."
W6 = ("Die Grünen warfen der Regierung vor, mit dem Gesetz gegen Europarecht und die Europäische "
      "Menschenrechtskonvention zu verstoßen.")
W7 = "Das UN-Flüchtlingshilfswerk UNHCR forderte Wien auf, den Stopp so rasch wie möglich wieder aufzuheben."
W8 = "Die Caritas sagte Betroffenen Unterstützung bei Klagen vor österreichischen Gerichten zu."
W9 = ("FPÖ-Chef Herbert Kickl nannte das Gesetz dagegen eine „Mogelpackung“ und verlangte einen vollständigen "
      "Asylstopp.")
W10 = ("Eine Sprecherin der EU-Kommission sagte in Brüssel, die Behörde werde prüfen, ob die Regelung mit dem "
       "EU-Recht vereinbar sei.")
W11 = "Karner verwies dagegen auf eine Notfallklausel im Vertrag über die Arbeitsweise der EU."
W12 = ("Wien hatte bereits im Dezember nach dem Sturz des syrischen Machthabers Baschar al-Assad alle laufenden "
       "Asylverfahren von Syrern ausgesetzt.")
W13 = "Vor dem Parlament demonstrierten am Mittwoch rund 300 Menschen gegen das Gesetz."
W14 = "Die Kundgebung, zu der mehrere Hilfsorganisationen aufgerufen hatten, verlief friedlich."
W5A = ("Bundeskanzler Christian Stocker (ÖVP) sprach von einer notwendigen „Atempause“ für Schulen, Gemeinden und "
       "Sozialsysteme.")
W15 = "Im vergangenen Jahr kamen rund 7.800 Menschen über den Familiennachzug nach Österreich."

DE03 = {
    "id": "hm488-de-03", "lang": "de", "url": None, "published": "2025-07-03",
    "title": "Österreich stoppt Familiennachzug für Flüchtlinge",
    "text": paragraphs([W1, W2, W3], [W4, W5, W5A, W6, W7, W8, W9], [W10, W11, W12], [W13, W14, W15]),
    "events": [
        event("COERCE", AUT_NR, SYR_RELATIVES, W1, mode="restrict"),
        event("ACCUSE", AUT_GREENS, AUT_GOV, W6, mode="allege"),
        event("REQUEST", UNHCR, AUT_GOV, W7, mode="change"),
        event("AGREE", CARITAS, SYR_RELATIVES, W8),
        event("ACCUSE", KICKL, AUT_GOV, W9, mode="disapprove"),
        event("REQUEST", KICKL, AUT_GOV, W9, mode="change"),
        event("ACCUSE", EU_COMMISSION_A, AUT_GOV, W10, mode="investigate"),
        event("COERCE", AUT_GOV, SYR_ASYLUM, W12, mode="restrict"),
        event("PROTEST", VIENNA_PROTESTERS, AUT_NR, W13, mode="demo", date="2025-07-02", location="Wien",
              location_country="AUT"),
    ],
    "quotes": [
        quote("Unsere Systeme stoßen an ihre Grenzen", "Gerhard Karner", "direct"),
        quote("mit dem Gesetz gegen Europarecht und die Europäische Menschenrechtskonvention zu verstoßen",
              "The Greens (Austria)", "indirect"),
        quote("Atempause", "Christian Stocker", "direct"),
        quote("Mogelpackung", "Herbert Kickl", "direct"),
        quote("die Behörde werde prüfen, ob die Regelung mit dem EU-Recht vereinbar sei",
              "spokeswoman of the European Commission", "indirect"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien", "der Hauptstadt"]),
        entity("National Council of Austria", "ORG", "AUT", ["Der österreichische Nationalrat", "im Plenum",
                                                             "dem Parlament"]),
        entity("Austrian People's Party", "ORG", "AUT", ["ÖVP"]),
        entity("Social Democratic Party of Austria", "ORG", "AUT", ["SPÖ"]),
        entity("NEOS", "ORG", "AUT", ["Neos"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["FPÖ"]),
        entity("The Greens (Austria)", "ORG", "AUT", ["Grüne", "Die Grünen"]),
        entity("relatives of Syrian refugees in Austria", "PER", "SYR",
               ["Angehörige syrischer Flüchtlinge", "Betroffenen"]),
        entity("Gerhard Karner", "PER", "AUT", ["Innenminister Gerhard Karner", "Karner"]),
        entity("Government of Austria", "ORG", "AUT", ["der Regierung", "Wien"]),
        entity("European Convention on Human Rights", "MISC", "EUR", ["die Europäische Menschenrechtskonvention"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Caritas Austria", "ORG", "AUT", ["Die Caritas"]),
        entity("Herbert Kickl", "PER", "AUT", ["FPÖ-Chef Herbert Kickl"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission", "die Behörde"]),
        entity("spokeswoman of the European Commission", "PER", "EUR", ["Eine Sprecherin der EU-Kommission"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Treaty on the Functioning of the European Union", "MISC", "EUR",
               ["im Vertrag über die Arbeitsweise der EU"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des syrischen Machthabers Baschar al-Assad"]),
        entity("Syrian asylum seekers in Austria", "PER", "SYR", ["Syrern"]),
        entity("protesters in Vienna", "PER", "AUT", ["rund 300 Menschen"]),
        entity("Christian Stocker", "PER", "AUT", ["Bundeskanzler Christian Stocker"]),
        entity("Austrian aid organisations", "ORG", "AUT", ["mehrere Hilfsorganisationen"]),
        entity("Austria", "LOC", "AUT", ["Österreich"]),
    ],
}

# ---------------------------------------------------------------- hm488-de-04 (Ukraine, missile strike on Sloviansk)
RUS_ARMY = actor("Russian Armed Forces", "RUS", "MIL")
SLOVIANSK_RESIDENTS = actor("residents of Sloviansk", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
DONETSK_PROSECUTORS = actor("Donetsk Regional Prosecutor's Office", "UKR", "JUD")
UKR_ARMY = actor("Armed Forces of Ukraine", "UKR", "MIL")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
POL_GOV = actor("Government of Poland", "POL", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

U1 = ("Kiew (dpa) - Bei einem russischen Raketenangriff auf die ostukrainische Stadt Slowjansk sind mindestens acht "
      "Menschen getötet worden.")
U2 = ("Mehrere Raketen schlugen am Freitagvormittag in Wohnhäusern im Stadtzentrum ein, teilte der Gouverneur des "
      "Gebiets Donezk, Pawlo Kyrylenko, mit.")
U3 = "Mehr als 20 Menschen seien verletzt worden, unter den Trümmern würden weitere Opfer vermutet."
U3A = ("Rettungskräfte suchten bis zum Abend in den Resten eines fünfstöckigen Wohnhauses nach Verschütteten.")
U4 = "Präsident Wolodymyr Selenskyj warf Moskau vor, gezielt Zivilisten zu töten."
U5 = "„Der böse Staat zeigt einmal mehr sein Wesen“, schrieb er im Nachrichtendienst Telegram."
U6 = ("Er forderte die USA und die Europäische Union auf, die Lieferung von Flugabwehrsystemen zu "
      "beschleunigen.")
U7 = "Die Staatsanwaltschaft des Gebiets Donezk leitete Ermittlungen wegen eines Kriegsverbrechens ein."
U8 = ("Das russische Verteidigungsministerium erklärte dagegen, seine Truppen hätten im Raum Slowjansk Stellungen "
      "und Munitionslager der ukrainischen Armee getroffen.")
U9 = "Moskau bestreitet, in der Ukraine zivile Ziele anzugreifen."
U10 = "Der EU-Außenbeauftragte Josep Borrell verurteilte den Angriff als „abscheulich“."
U11 = "Slowjansk liegt rund 40 Kilometer nordwestlich der seit Monaten heftig umkämpften Stadt Bachmut im Osten des Landes."
U12 = ("Der ukrainische Generalstab teilte mit, zusätzliche Einheiten seien in den Raum Bachmut verlegt "
       "worden.")
U13 = "Zuletzt hatten Polen und die Slowakei der Ukraine Kampfjets vom Typ MiG-29 übergeben."
U14 = "Kremlsprecher Dmitri Peskow hatte gewarnt, die Flugzeuge würden im Kampf zerstört."
U15 = "Die ukrainische Führung bittet seit Monaten vergeblich um westliche Kampfflugzeuge moderner Bauart."
U16 = "Slowjansk gilt als wichtiger Stützpunkt der ukrainischen Streitkräfte im Donbass."

DE04 = {
    "id": "hm488-de-04", "lang": "de", "url": None, "published": "2023-04-14",
    "title": "Mindestens acht Tote bei russischem Raketenangriff auf Slowjansk",
    "text": paragraphs([U1, U2, U3, U3A], [U4, U5, U6, U7], [U8, U9, U10], [U11, U12, U13, U14, U15, U16]),
    "events": [
        event("ASSAULT", RUS_ARMY, SLOVIANSK_RESIDENTS, U1, mode="heavy-weapons", location="Slowjansk",
              location_country="UKR"),
        event("ASSAULT", RUS_ARMY, SLOVIANSK_RESIDENTS, U2, mode="heavy-weapons", date="2023-04-14",
              location="Slowjansk", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUS_GOV, U4, mode="allege"),
        event("ACCUSE", ZELENSKY, RUS_GOV, U5, mode="disapprove"),
        event("REQUEST", ZELENSKY, USA_GOV, U6, mode="assist"),
        event("REQUEST", ZELENSKY, EU, U6, mode="assist"),
        event("ACCUSE", DONETSK_PROSECUTORS, RUS_ARMY, U7, mode="investigate"),
        event("ASSAULT", RUS_ARMY, UKR_ARMY, U8, location="Slowjansk", location_country="UKR"),
        event("ACCUSE", BORRELL, RUS_ARMY, U10, mode="disapprove"),
        event("MOBILIZE", UKR_ARMY, None, U12, mode="troops", location="Bachmut", location_country="UKR"),
        event("AID", POL_GOV, UKR_GOV, U13),
        event("AID", SVK_GOV, UKR_GOV, U13),
        event("THREATEN", PESKOV, UKR_GOV, U14, mode="violence"),
    ],
    "quotes": [
        quote("Mehrere Raketen schlugen am Freitagvormittag in Wohnhäusern im Stadtzentrum ein", "Pavlo Kyrylenko",
              "indirect"),
        quote("Mehr als 20 Menschen seien verletzt worden, unter den Trümmern würden weitere Opfer vermutet",
              "Pavlo Kyrylenko", "indirect"),
        quote("gezielt Zivilisten zu töten", "Volodymyr Zelensky", "indirect"),
        quote("Der böse Staat zeigt einmal mehr sein Wesen", "Volodymyr Zelensky", "direct"),
        quote("seine Truppen hätten im Raum Slowjansk Stellungen und Munitionslager der ukrainischen Armee "
              "getroffen", "Ministry of Defence of Russia", "indirect"),
        quote("abscheulich", "Josep Borrell", "direct"),
        quote("zusätzliche Einheiten seien in den Raum Bachmut verlegt worden",
              "General Staff of the Armed Forces of Ukraine", "indirect"),
        quote("die Flugzeuge würden im Kampf zerstört", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Sloviansk", "LOC", "UKR", ["die ostukrainische Stadt Slowjansk", "Slowjansk"]),
        entity("Pavlo Kyrylenko", "PER", "UKR", ["der Gouverneur des Gebiets Donezk, Pawlo Kyrylenko"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["des Gebiets Donezk"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er", "Er"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Der böse Staat"]),
        entity("Telegram", "ORG", "MNC", ["im Nachrichtendienst Telegram"]),
        entity("Government of the United States", "ORG", "USA", ["die USA"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Donetsk Regional Prosecutor's Office", "ORG", "UKR", ["Die Staatsanwaltschaft des Gebiets Donezk"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["seine Truppen"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der ukrainischen Armee", "der ukrainischen Streitkräfte"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "des Landes"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
        entity("Bakhmut", "LOC", "UKR", ["der seit Monaten heftig umkämpften Stadt Bachmut", "Bachmut"]),
        entity("General Staff of the Armed Forces of Ukraine", "ORG", "UKR", ["Der ukrainische Generalstab"]),
        entity("Government of Poland", "ORG", "POL", ["Polen"]),
        entity("Government of Slovakia", "ORG", "SVK", ["die Slowakei"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Ukraine", "Die ukrainische Führung"]),
        entity("MiG-29", "MISC", "RUS", ["Kampfjets vom Typ MiG-29", "die Flugzeuge"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Ukrainian rescue services", "ORG", "UKR", ["Rettungskräfte"]),
        entity("Donbas", "LOC", "UKR", ["im Donbass"]),
    ],
}

# ---------------------------------------------------------------- hm488-en-01 (UK, Bibby Stockholm evacuated)
ASYLUM_SEEKERS = actor("asylum-seekers assigned to the Bibby Stockholm", "GBR", "CVL")
HOME_OFFICE = actor("Home Office", "GBR", "GOV")
FBU = actor("Fire Brigades Union", "GBR", "LAB")
COOPER = actor("Yvette Cooper", "GBR", "OPP")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
JENRICK = actor("Robert Jenrick", "GBR", "GOV")
PARKES = actor("Carralyn Parkes", "GBR", "GOV")
PORTLAND_PROTESTERS = actor("protesters at Portland Port", "GBR", "CVL")
DORSET_POLICE = actor("Dorset Police", "GBR", "COP")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

E1 = ("LONDON (AP) — Britain's government on Friday moved all 39 asylum-seekers off a barge moored off southern "
      "England after bacteria that cause Legionnaires' disease were found in its water supply.")
E2 = ("The Home Office said the bacteria were detected during routine tests and that none of the men had shown "
      "symptoms.")
E3 = ("\"The health and welfare of individuals accommodated on the vessel is our utmost priority,\" the department "
      "said in a statement.")
E4 = ("The Bibby Stockholm, moored at Portland Port in Dorset, is a flagship of Prime Minister Rishi Sunak's plan to "
      "cut the cost of housing asylum-seekers in hotels.")
E5 = ("The first group of men boarded the barge on Monday, while about 20 others refused to move there after "
      "lawyers intervened on their behalf.")
E6 = ("The Home Office had warned that those who refused without good reason could lose their government "
      "support.")
E7 = ("The Fire Brigades Union, which had called the barge a \"potential deathtrap\" because of overcrowding, said "
      "the evacuation proved its concerns right.")
E8 = ("Yvette Cooper, the opposition Labour Party's home affairs spokeswoman, accused the government of \"total "
      "chaos\" and demanded that ministers scrap the scheme.")
E9 = "Immigration Minister Robert Jenrick rejected the call."
E10 = ("He told broadcasters the government expected the men to return to the barge once the water was declared "
       "safe.")
E11 = ("Portland's town mayor, Carralyn Parkes, has launched a legal challenge against the use of the vessel, "
       "arguing that the Home Office bypassed planning rules.")
E12 = ("Dozens of protesters, some supporting the asylum-seekers and others opposing the plan, gathered outside the "
       "port on Monday.")
E13 = "Police said there were no arrests."
E14 = "More than 45,000 people crossed the English Channel in small boats last year, a record."
E15 = ("In March, Sunak agreed with French President Emmanuel Macron that Britain would pay France about 480 million "
       "pounds over three years to step up patrols on French beaches.")

EN01 = {
    "id": "hm488-en-01", "lang": "en", "url": None, "published": "2023-08-12",
    "title": "UK moves asylum-seekers off barge after Legionella bacteria found",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6], [E7, E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("REJECT", ASYLUM_SEEKERS, HOME_OFFICE, E5, date="2023-08-07", location="Portland",
              location_country="GBR"),
        event("THREATEN", HOME_OFFICE, ASYLUM_SEEKERS, E6),
        event("ACCUSE", FBU, HOME_OFFICE, E7, mode="disapprove"),
        event("ACCUSE", COOPER, UK_GOV, E8, mode="disapprove"),
        event("REQUEST", COOPER, UK_GOV, E8, mode="change"),
        event("REJECT", JENRICK, COOPER, E9, mode="change"),
        event("ACCUSE", PARKES, HOME_OFFICE, E11, mode="allege"),
        event("PROTEST", PORTLAND_PROTESTERS, UK_GOV, E12, mode="demo", date="2023-08-07", location="Portland",
              location_country="GBR"),
        event("COERCE", DORSET_POLICE, PORTLAND_PROTESTERS, E13, mode="arrest", date="2023-08-07",
              location="Portland", location_country="GBR", negated=True),
        event("AGREE", SUNAK, MACRON, E15),
    ],
    "quotes": [
        quote("the bacteria were detected during routine tests and that none of the men had shown symptoms",
              "Home Office", "indirect"),
        quote("The health and welfare of individuals accommodated on the vessel is our utmost priority",
              "Home Office", "direct"),
        quote("those who refused without good reason could lose their government support", "Home Office",
              "indirect"),
        quote("potential deathtrap", "Fire Brigades Union", "direct"),
        quote("the evacuation proved its concerns right", "Fire Brigades Union", "indirect"),
        quote("total chaos", "Yvette Cooper", "direct"),
        quote("that ministers scrap the scheme", "Yvette Cooper", "indirect"),
        quote("the government expected the men to return to the barge once the water was declared safe",
              "Robert Jenrick", "indirect"),
        quote("the Home Office bypassed planning rules", "Carralyn Parkes", "indirect"),
        quote("there were no arrests", "Dorset Police", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain's government", "the government",
                                                                  "Britain"]),
        entity("asylum-seekers assigned to the Bibby Stockholm", "PER", "GBR",
               ["all 39 asylum-seekers", "the men", "The first group of men", "about 20 others", "their",
                "those who refused without good reason", "the asylum-seekers"]),
        entity("Bibby Stockholm", "MISC", "GBR", ["a barge moored off southern England", "its", "the vessel",
                                                  "The Bibby Stockholm", "the barge"]),
        entity("England", "LOC", "GBR", ["southern England"]),
        entity("Home Office", "ORG", "GBR", ["The Home Office", "the department", "the Home Office"]),
        entity("Portland Port", "LOC", "GBR", ["Portland Port", "the port"]),
        entity("Dorset", "LOC", "GBR", ["Dorset"]),
        entity("Rishi Sunak", "PER", "GBR", ["Prime Minister Rishi Sunak's", "Sunak"]),
        entity("lawyers of the asylum-seekers", "PER", "GBR", ["lawyers"]),
        entity("Fire Brigades Union", "ORG", "GBR", ["The Fire Brigades Union", "its"]),
        entity("Yvette Cooper", "PER", "GBR", ["Yvette Cooper, the opposition Labour Party's home affairs "
                                               "spokeswoman"]),
        entity("Labour Party", "ORG", "GBR", ["the opposition Labour Party's"]),
        entity("Robert Jenrick", "PER", "GBR", ["Immigration Minister Robert Jenrick", "He"]),
        entity("Portland", "LOC", "GBR", ["Portland's"]),
        entity("Carralyn Parkes", "PER", "GBR", ["Portland's town mayor, Carralyn Parkes"]),
        entity("protesters at Portland Port", "PER", "GBR", ["Dozens of protesters"]),
        entity("Dorset Police", "ORG", "GBR", ["Police"]),
        entity("English Channel", "LOC", "GBR", ["the English Channel"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("France", "LOC", "FRA", ["France"]),
    ],
}

# ---------------------------------------------------------------- hm488-en-02 (Spain, Sánchez re-elected)
PSOE = actor("Spanish Socialist Workers' Party", "ESP", "PTY")
JUNTS = actor("Junts per Catalunya", "ESP", "PTY")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ABASCAL = actor("Santiago Abascal", "ESP", "OPP")
ESP_CITIZENS = actor("Spanish citizens", "ESP", "CVL")
FERRAZ_PROTESTERS = actor("protesters outside the PSOE headquarters", "ESP", "CVL")
ESP_POLICE = actor("Spanish National Police", "ESP", "COP")
ESP_JUDGES = actor("Spanish judges' associations", "ESP", "JUD")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
REYNDERS = actor("Didier Reynders", "EUR", "IGO")
SUMAR = actor("Sumar", "ESP", "PTY")

N1 = ("MADRID (Reuters) - Spain's parliament re-elected Socialist Pedro Sánchez as prime minister on Thursday, "
      "nearly four months after an inconclusive general election.")
N2 = ("Sánchez won 179 votes in the 350-seat chamber, while the conservative People's Party (PP) and the far-right "
      "Vox voted against him.")
N3 = ("To secure the seven votes of Carles Puigdemont's hardline Junts party, Sánchez's Socialists agreed last week "
      "to an amnesty for hundreds of people facing legal action over Catalonia's failed 2017 independence bid.")
N4 = ("\"Spain is going to move forward, and it will do so by healing the wounds that remain open,\" Sánchez told "
      "lawmakers during the debate on Wednesday.")
N5 = "Puigdemont, who has lived in Belgium since 2017, stands to benefit from the law."
N6 = ("PP leader Alberto Núñez Feijóo accused Sánchez of buying his re-election with \"impunity\" for people who "
      "had tried to break up the country.")
N7 = "\"You are the problem, not the solution,\" Feijóo told him in the chamber."
N8 = ("Vox leader Santiago Abascal likened the deal to a coup and called on Spaniards to keep protesting "
      "peacefully.")
N9 = ("Thousands of people gathered again on Thursday evening outside the Socialist party's headquarters on Madrid's "
      "Ferraz street, the 14th consecutive night of protests.")
N10 = ("Police used batons to disperse the crowd and detained three people, a police spokesman said.")
N11 = ("Spain's main judges' associations have criticised the amnesty as a breach of the separation of powers.")
N12 = ("European Justice Commissioner Didier Reynders last week asked the Spanish government for detailed "
       "information on the planned law.")
N13 = "The government has said the amnesty complies with the constitution and European law."
N14 = ("Sánchez's Socialists and the leftist Sumar platform, led by acting Labour Minister Yolanda Díaz, agreed on a "
       "coalition programme in October.")
N15 = "King Felipe VI is expected to swear Sánchez in on Friday."

EN02 = {
    "id": "hm488-en-02", "lang": "en", "url": None, "published": "2023-11-16",
    "title": "Spain's Sanchez wins new term after contested Catalan amnesty deal",
    "text": paragraphs([N1, N2], [N3, N4, N5], [N6, N7, N8], [N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("AGREE", PSOE, JUNTS, N3),
        event("CONCEDE", PSOE, JUNTS, N3),
        event("ACCUSE", FEIJOO, SANCHEZ, N6, mode="disapprove"),
        event("ACCUSE", FEIJOO, SANCHEZ, N7, mode="disapprove"),
        event("ACCUSE", ABASCAL, SANCHEZ, N8, mode="disapprove"),
        event("REQUEST", ABASCAL, ESP_CITIZENS, N8),
        event("PROTEST", FERRAZ_PROTESTERS, PSOE, N9, mode="demo", date="2023-11-16", location="Madrid",
              location_country="ESP"),
        event("COERCE", ESP_POLICE, FERRAZ_PROTESTERS, N10, mode="crowd-control", date="2023-11-16",
              location="Madrid", location_country="ESP"),
        event("COERCE", ESP_POLICE, FERRAZ_PROTESTERS, N10, mode="arrest", date="2023-11-16", location="Madrid",
              location_country="ESP"),
        event("ACCUSE", ESP_JUDGES, ESP_GOV, N11, mode="disapprove"),
        event("REQUEST", REYNDERS, ESP_GOV, N12),
        event("AGREE", PSOE, SUMAR, N14),
    ],
    "quotes": [
        quote("Spain is going to move forward, and it will do so by healing the wounds that remain open",
              "Pedro Sánchez", "direct"),
        quote("impunity", "Alberto Núñez Feijóo", "direct"),
        quote("You are the problem, not the solution", "Alberto Núñez Feijóo", "direct"),
        quote("Police used batons to disperse the crowd and detained three people",
              "spokesman of the Spanish National Police", "indirect"),
        quote("the amnesty complies with the constitution and European law", "Government of Spain", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["MADRID", "Madrid's"]),
        entity("Congress of Deputies of Spain", "ORG", "ESP", ["Spain's parliament", "the 350-seat chamber",
                                                               "the chamber"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Socialist Pedro Sánchez", "Sánchez", "him", "Sánchez's"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["the conservative People's Party (PP)", "PP"]),
        entity("Vox", "ORG", "ESP", ["the far-right Vox", "Vox"]),
        entity("Carles Puigdemont", "PER", "ESP", ["Carles Puigdemont's", "Puigdemont"]),
        entity("Junts per Catalunya", "ORG", "ESP", ["Carles Puigdemont's hardline Junts party"]),
        entity("Spanish Socialist Workers' Party", "ORG", "ESP", ["Sánchez's Socialists",
                                                                  "the Socialist party's"]),
        entity("Catalonia", "LOC", "ESP", ["Catalonia's"]),
        entity("Spain", "LOC", "ESP", ["Spain", "the country", "Spain's"]),
        entity("Belgium", "LOC", "BEL", ["Belgium"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["PP leader Alberto Núñez Feijóo", "Feijóo"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox leader Santiago Abascal"]),
        entity("Spanish citizens", "PER", "ESP", ["Spaniards"]),
        entity("protesters outside the PSOE headquarters", "PER", "ESP", ["Thousands of people", "the crowd"]),
        entity("Ferraz street", "LOC", "ESP", ["Ferraz street"]),
        entity("Spanish National Police", "ORG", "ESP", ["Police"]),
        entity("spokesman of the Spanish National Police", "PER", "ESP", ["a police spokesman"]),
        entity("Spanish judges' associations", "ORG", "ESP", ["Spain's main judges' associations"]),
        entity("Didier Reynders", "PER", "EUR", ["European Justice Commissioner Didier Reynders"]),
        entity("Government of Spain", "ORG", "ESP", ["the Spanish government", "The government"]),
        entity("Sumar", "ORG", "ESP", ["the leftist Sumar platform"]),
        entity("Yolanda Díaz", "PER", "ESP", ["acting Labour Minister Yolanda Díaz"]),
        entity("Felipe VI", "PER", "ESP", ["King Felipe VI"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
