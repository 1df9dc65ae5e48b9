"""Round 398: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm398-de-01: Spain: the National Court convicts ex-football federation chief Luis Rubiales of sexual assault over the kiss on Jenni Hermoso and fines him; restraining order, acquittal on coercion with Vilda, Luque and Rivera, prosecutors' prison demand, Hermoso's lawyer and Yolanda Díaz react, the 2023 players' boycott, his resignation, the FIFA ban and the Majadahonda corruption probe recalled (2025-02-20).
- hm398-de-02: France: Darmanin and Corsican elected officials agree a draft constitutional text on Corsican autonomy in Paris; Simeoni hails a historic step, the Republicans and Retailleau object, the RN demands a national referendum, Macron's Ajaccio proposal, the 2022 attack on Yvan Colonna and an FLNC threat recalled (2024-03-12).
- hm398-de-03: Greece: parliament passes the Mitsotakis government's same-sex marriage bill; the Church and the Holy Synod object, protest at Syntagma without arrests, Samaras attacks Mitsotakis, Kasselakis backs the bill, KKE and Greek Solution reject it, the European Commission welcomes the vote (2024-02-16).
- hm398-de-04: United Kingdom/Scotland: First Minister Humza Yousaf announces his resignation days after ending the Bute House Agreement with the Scottish Greens; his admission, Harvie's accusation, no-confidence motions by Conservatives and Labour, Alba's demands refused, Ross and Sarwar react, the police probe into SNP finances and the charge against Peter Murrell (2024-04-29).
- hm398-en-01: Italy/EU: von der Leyen visits Lampedusa with Meloni after a surge of migrant arrivals and presents a 10-point plan; she urges member states to help, Meloni calls for a naval mission, Germany suspends voluntary intake, Darmanin offers help but refuses to take migrants, residents jeer, the mayor's appeal, the EU-Tunisia deal and HRW's allegations (2023-09-17).
- hm398-en-02: United Kingdom/Northern Ireland: Sinn Féin's Michelle O'Neill becomes first minister as power-sharing returns after the DUP's two-year boycott; the DUP deal with London, Allister's accusation, loyalist protest and an arrest, Sunak and Varadkar welcome it, the pay strike and Heaton-Harris's refusal recalled (2024-02-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm398-de-01 (Spain, Rubiales convicted)
ESP_NATCOURT = actor("National Court of Spain", "ESP", "JUD")
RUBIALES = actor("Luis Rubiales", "ESP", "CVL")
FERNANDEZ_PRIETO = actor("José Manuel Fernández-Prieto", "ESP", "JUD")
ESP_PROSECUTORS = actor("Public Prosecutor's Office of Spain", "ESP", "JUD")
VALL = actor("Carla Vall", "ESP", "CVL")
DIAZ = actor("Yolanda Díaz", "ESP", "GOV")
HERMOSO = actor("Jennifer Hermoso", "ESP", "CVL")
ESP_PLAYERS = actor("Spain women's national team players", "ESP", "CVL")
FIFA = actor("FIFA", "NGO", "NGO")
MAJADAHONDA_COURT = actor("Court of Majadahonda", "ESP", "JUD")

R1 = ("Madrid (dpa) - Der frühere spanische Fußballverbandschef Luis Rubiales ist wegen seines ungewollten Kusses "
      "auf den Mund der Nationalspielerin Jennifer Hermoso bei der WM-Siegerehrung 2023 verurteilt worden.")
R2 = "Der Staatsgerichtshof Audiencia Nacional sprach den 47-Jährigen am Donnerstag des sexuellen Übergriffs schuldig."
R3 = "Richter José Manuel Fernández-Prieto verhängte eine Geldstrafe von 10.800 Euro."
R4 = ("Zudem darf sich Rubiales Hermoso ein Jahr lang nicht auf weniger als 200 Meter nähern und keinen Kontakt zu "
      "ihr aufnehmen.")
R5 = ("Vom Vorwurf der Nötigung sprach das Gericht ihn ebenso frei wie den früheren Nationaltrainer Jorge Vilda, "
      "Sportdirektor Albert Luque und Marketingchef Rubén Rivera.")
R6 = "Die Staatsanwaltschaft hatte für Rubiales zweieinhalb Jahre Haft gefordert."
R7 = "Hermosos Anwältin Carla Vall sprach von einem „Sieg für alle Frauen im Sport“."
R8 = "Man werde aber prüfen, ob man gegen die Freisprüche vorgehe, sagte sie."
R9 = "Rubiales' Verteidiger kündigte an, in Berufung zu gehen."
R10 = "Der Ex-Funktionär hatte im Prozess bestritten, Hermoso gegen ihren Willen geküsst zu haben."
R11 = ("Vizeregierungschefin Yolanda Díaz begrüßte den Schuldspruch, nannte die Strafe auf der Plattform X aber "
       "„lächerlich gering“.")
R12 = ("Rubiales hatte Hermoso nach dem gewonnenen WM-Finale gegen England am 20. August 2023 in Sydney vor "
       "laufenden Kameras auf den Mund geküsst.")
R13 = ("Dutzende Nationalspielerinnen kündigten daraufhin an, nicht mehr für Spanien aufzulaufen, solange er im Amt "
       "bleibe.")
R14 = "Rubiales trat im September 2023 als Präsident des Fußballverbands RFEF zurück."
R15 = "Der Weltverband FIFA sperrte ihn für drei Jahre für alle Tätigkeiten im Fußball."
R16 = ("Ein Gericht in Majadahonda bei Madrid ermittelt gegen Rubiales zudem wegen mutmaßlicher Korruption bei "
       "Verträgen des Verbands, etwa zur Austragung des spanischen Supercups in Saudi-Arabien.")

DE01 = {
    "id": "hm398-de-01", "lang": "de", "url": None, "published": "2025-02-20",
    "title": "Spaniens Ex-Verbandschef Rubiales wegen Kusses verurteilt",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9, R10, R11], [R12, R13, R14, R15, R16]),
    "events": [
        event("SANCTION", ESP_NATCOURT, RUBIALES, R1, mode="convict"),
        event("SANCTION", ESP_NATCOURT, RUBIALES, R2, mode="convict", date="2025-02-20"),
        event("SANCTION", FERNANDEZ_PRIETO, RUBIALES, R3, mode="convict"),
        event("COERCE", ESP_NATCOURT, RUBIALES, R4, mode="restrict"),
        event("REQUEST", ESP_PROSECUTORS, ESP_NATCOURT, R6),
        event("SUPPORT", VALL, ESP_NATCOURT, R7),
        event("SUPPORT", DIAZ, ESP_NATCOURT, R11),
        event("ACCUSE", DIAZ, ESP_NATCOURT, R11, mode="disapprove"),
        event("ASSAULT", RUBIALES, HERMOSO, R12, mode="sexual", date="2023-08-20", location="Sydney",
              location_country="AUS"),
        event("PROTEST", ESP_PLAYERS, RUBIALES, R13, mode="boycott"),
        event("RETREAT", RUBIALES, None, R14, mode="resign"),
        event("SANCTION", FIFA, RUBIALES, R15),
        event("ACCUSE", MAJADAHONDA_COURT, RUBIALES, R16, mode="investigate"),
    ],
    "quotes": [
        quote("Sieg für alle Frauen im Sport", "Carla Vall", "direct"),
        quote("Man werde aber prüfen, ob man gegen die Freisprüche vorgehe", "Carla Vall", "indirect"),
        quote("in Berufung zu gehen", "lawyer of Luis Rubiales", "indirect"),
        quote("Hermoso gegen ihren Willen geküsst zu haben", "Luis Rubiales", "indirect"),
        quote("lächerlich gering", "Yolanda Díaz", "direct"),
        quote("nicht mehr für Spanien aufzulaufen, solange er im Amt bleibe", "Spain women's national team players",
              "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Luis Rubiales", "PER", "ESP",
               ["Der frühere spanische Fußballverbandschef Luis Rubiales", "den 47-Jährigen", "Rubiales", "ihn",
                "Rubiales'", "Der Ex-Funktionär", "er"]),
        entity("Jennifer Hermoso", "PER", "ESP", ["der Nationalspielerin Jennifer Hermoso", "Hermoso", "ihr",
                                                  "Hermosos"]),
        entity("2023 FIFA Women's World Cup", "MISC", None, ["WM-Siegerehrung 2023", "WM-Finale"]),
        entity("National Court of Spain", "ORG", "ESP", ["Der Staatsgerichtshof Audiencia Nacional", "das Gericht"]),
        entity("José Manuel Fernández-Prieto", "PER", "ESP", ["Richter José Manuel Fernández-Prieto"]),
        entity("Jorge Vilda", "PER", "ESP", ["den früheren Nationaltrainer Jorge Vilda"]),
        entity("Albert Luque", "PER", "ESP", ["Sportdirektor Albert Luque"]),
        entity("Rubén Rivera", "PER", "ESP", ["Marketingchef Rubén Rivera"]),
        entity("Public Prosecutor's Office of Spain", "ORG", "ESP", ["Die Staatsanwaltschaft"]),
        entity("Carla Vall", "PER", "ESP", ["Hermosos Anwältin Carla Vall", "sie"]),
        entity("lawyer of Luis Rubiales", "PER", "ESP", ["Rubiales' Verteidiger"]),
        entity("Yolanda Díaz", "PER", "ESP", ["Vizeregierungschefin Yolanda Díaz"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("England women's national football team", "ORG", "GBR", ["England"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Spain women's national team players", "PER", "ESP", ["Dutzende Nationalspielerinnen"]),
        entity("Spain women's national football team", "ORG", "ESP", ["Spanien"]),
        entity("Royal Spanish Football Federation", "ORG", "ESP", ["des Fußballverbands RFEF", "des Verbands"]),
        entity("FIFA", "ORG", "NGO", ["Der Weltverband FIFA"]),
        entity("Court of Majadahonda", "ORG", "ESP", ["Ein Gericht in Majadahonda bei Madrid"]),
        entity("Majadahonda", "LOC", "ESP", ["Majadahonda"]),
        entity("Supercopa de España", "MISC", "ESP", ["des spanischen Supercups"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
    ],
}

# ---------------------------------------------------------------- hm398-de-02 (France, Corsica autonomy deal)
FRA_GOV = actor("Government of France", "FRA", "GOV")
CORSICA_REPS = actor("Corsican elected representatives", "FRA", "GOV")
DARMANIN = actor("Gérald Darmanin", "FRA", "GOV")
SIMEONI = actor("Gilles Simeoni", "FRA", "GOV")
LR = actor("The Republicans (France)", "FRA", "PTY")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "LEG")
RN = actor("National Rally", "FRA", "PTY")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
CORSICA_ASSEMBLY = actor("Corsican Assembly", "FRA", "LEG")
ELONG_ABE = actor("Franck Elong Abé", "FRA", "CVL")
COLONNA = actor("Yvan Colonna", "FRA", "CVL")
FLNC = actor("National Liberation Front of Corsica", "FRA", "REB")

K1 = ("Paris (dpa) - Die französische Regierung und Vertreter der Mittelmeerinsel Korsika haben sich auf einen "
      "Verfassungstext für eine weitreichende Autonomie der Insel verständigt.")
K2 = ("Innenminister Gérald Darmanin und die korsischen Mandatsträger einigten sich in der Nacht zum Dienstag nach "
      "stundenlangen Verhandlungen in Paris auf einen Entwurf, wie das Ministerium mitteilte.")
K3 = ("Demnach soll Korsika einen „Autonomiestatus innerhalb der Republik“ erhalten und in bestimmten Bereichen "
      "eigene Regeln erlassen dürfen.")
K4 = "Der Präsident des korsischen Exekutivrats, Gilles Simeoni, sprach von einem „historischen Schritt“."
K5 = "Noch nie sei man so weit gekommen, sagte der Autonomist dem Regionalsender France 3 Corse ViaStella."
K6 = ("Der Text muss noch von der korsischen Regionalversammlung gebilligt werden, bevor er dem Parlament in Paris "
      "vorgelegt wird.")
K7 = "Für eine Verfassungsänderung ist eine Dreifünftelmehrheit der beiden Kammern nötig."
K8 = "Die konservativen Republikaner, die im Senat die Mehrheit stellen, kündigten Widerstand an."
K9 = "Ihr Fraktionschef Bruno Retailleau warf der Regierung vor, die Einheit der Republik aufs Spiel zu setzen."
K10 = ("Der rechtspopulistische Rassemblement National verlangte, dass über eine Autonomie Korsikas in einem "
       "landesweiten Referendum entschieden werde.")
K11 = ("Staatspräsident Emmanuel Macron hatte im September vor der Regionalversammlung in Ajaccio eine Autonomie für "
       "Korsika vorgeschlagen.")
K12 = ("Zugleich hatte er die korsischen Abgeordneten aufgefordert, binnen sechs Monaten einen Textentwurf mit der "
       "Regierung auszuarbeiten.")
K13 = ("Auf der Insel war es im Frühjahr 2022 zu schweren Krawallen gekommen, nachdem der verurteilte Nationalist "
       "Yvan Colonna im Gefängnis von Arles von einem Mithäftling angegriffen worden war.")
K14 = "Colonna starb wenige Wochen später an seinen Verletzungen."
K15 = ("Die Untergrundorganisation FLNC drohte in einem Schreiben an die Zeitung „Corse-Matin“ mit neuen Anschlägen, "
       "falls Paris die Vereinbarung verwässern sollte.")
K16 = "Die Regierung wies die Drohung als „inakzeptabel“ zurück."

DE02 = {
    "id": "hm398-de-02", "lang": "de", "url": None, "published": "2024-03-12",
    "title": "Paris und Korsika einigen sich auf Autonomie-Entwurf",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10], [K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("AGREE", FRA_GOV, CORSICA_REPS, K1),
        event("AGREE", DARMANIN, CORSICA_REPS, K2, date="2024-03-12", location="Paris", location_country="FRA"),
        event("SUPPORT", SIMEONI, FRA_GOV, K4),
        event("REJECT", LR, FRA_GOV, K8),
        event("ACCUSE", RETAILLEAU, FRA_GOV, K9, mode="disapprove"),
        event("REQUEST", RN, FRA_GOV, K10, mode="change"),
        event("AGREE", MACRON, CORSICA_ASSEMBLY, K11, location="Ajaccio", location_country="FRA"),
        event("REQUEST", MACRON, CORSICA_REPS, K12),
        event("ASSAULT", ELONG_ABE, COLONNA, K13, mode="beat", location="Arles", location_country="FRA"),
        event("THREATEN", FLNC, FRA_GOV, K15, mode="violence"),
        event("ACCUSE", FRA_GOV, FLNC, K16, mode="disapprove"),
    ],
    "quotes": [
        quote("Innenminister Gérald Darmanin und die korsischen Mandatsträger einigten sich in der Nacht zum Dienstag "
              "nach stundenlangen Verhandlungen in Paris auf einen Entwurf", "Ministry of the Interior of France",
              "indirect"),
        quote("Autonomiestatus innerhalb der Republik", "Ministry of the Interior of France", "direct"),
        quote("Demnach soll Korsika einen „Autonomiestatus innerhalb der Republik“ erhalten und in bestimmten "
              "Bereichen eigene Regeln erlassen dürfen", "Ministry of the Interior of France", "indirect"),
        quote("historischen Schritt", "Gilles Simeoni", "direct"),
        quote("Noch nie sei man so weit gekommen", "Gilles Simeoni", "indirect"),
        quote("die Einheit der Republik aufs Spiel zu setzen", "Bruno Retailleau", "indirect"),
        quote("dass über eine Autonomie Korsikas in einem landesweiten Referendum entschieden werde", "National Rally",
              "indirect"),
        quote("binnen sechs Monaten einen Textentwurf mit der Regierung auszuarbeiten", "Emmanuel Macron",
              "indirect"),
        quote("inakzeptabel", "Government of France", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Government of France", "ORG", "FRA", ["Die französische Regierung", "der Regierung", "Paris",
                                                      "Die Regierung"]),
        entity("Corsica", "LOC", "FRA", ["der Mittelmeerinsel Korsika", "der Insel", "Korsika", "Korsikas",
                                         "Auf der Insel"]),
        entity("Corsican elected representatives", "ORG", "FRA", ["Vertreter der Mittelmeerinsel Korsika",
                                                                  "die korsischen Mandatsträger",
                                                                  "die korsischen Abgeordneten"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Innenminister Gérald Darmanin"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["das Ministerium"]),
        entity("Gilles Simeoni", "PER", "FRA", ["Der Präsident des korsischen Exekutivrats, Gilles Simeoni",
                                                "der Autonomist"]),
        entity("Executive Council of Corsica", "ORG", "FRA", ["des korsischen Exekutivrats"]),
        entity("France 3 Corse ViaStella", "ORG", "FRA", ["dem Regionalsender France 3 Corse ViaStella"]),
        entity("Corsican Assembly", "ORG", "FRA", ["der korsischen Regionalversammlung",
                                                   "der Regionalversammlung in Ajaccio"]),
        entity("Parliament of France", "ORG", "FRA", ["dem Parlament in Paris", "der beiden Kammern"]),
        entity("The Republicans (France)", "ORG", "FRA", ["Die konservativen Republikaner"]),
        entity("Senate of France", "ORG", "FRA", ["im Senat"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Ihr Fraktionschef Bruno Retailleau"]),
        entity("National Rally", "ORG", "FRA", ["Der rechtspopulistische Rassemblement National"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Staatspräsident Emmanuel Macron", "er"]),
        entity("Ajaccio", "LOC", "FRA", ["Ajaccio"]),
        entity("Yvan Colonna", "PER", "FRA", ["der verurteilte Nationalist Yvan Colonna", "Colonna"]),
        entity("Arles prison", "LOC", "FRA", ["im Gefängnis von Arles"]),
        entity("Franck Elong Abé", "PER", "FRA", ["einem Mithäftling"]),
        entity("National Liberation Front of Corsica", "ORG", "FRA", ["Die Untergrundorganisation FLNC"]),
        entity("Corse-Matin", "ORG", "FRA", ["die Zeitung „Corse-Matin“"]),
    ],
}

# ---------------------------------------------------------------- hm398-de-03 (Greece, same-sex marriage)
GRC_PARLIAMENT = actor("Hellenic Parliament", "GRC", "LEG")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
GRC_CHURCH = actor("Church of Greece", "GRC", "REL")
HOLY_SYNOD = actor("Holy Synod of the Church of Greece", "GRC", "REL")
GRC_OPPONENTS = actor("opponents of same-sex marriage in Greece", "GRC", "CVL")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")
SAMARAS = actor("Antonis Samaras", "GRC", "LEG")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
KASSELAKIS = actor("Stefanos Kasselakis", "GRC", "OPP")
KKE = actor("Communist Party of Greece", "GRC", "PTY")
GREEK_SOLUTION = actor("Greek Solution", "GRC", "PTY")
VELOPOULOS = actor("Kyriakos Velopoulos", "GRC", "PTY")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

G1 = ("Athen (dpa) - Griechenland hat als erstes mehrheitlich orthodoxes Land die Ehe für gleichgeschlechtliche "
      "Paare eingeführt.")
G2 = ("Das Parlament in Athen stimmte am Donnerstagabend mit 176 zu 76 Stimmen für einen Gesetzentwurf der "
      "konservativen Regierung von Ministerpräsident Kyriakos Mitsotakis.")
G3 = ("Das Gesetz erlaubt gleichgeschlechtlichen Paaren auch die Adoption von Kindern, eine Leihmutterschaft bleibt "
      "für Männerpaare aber verboten.")
G4 = ("„Menschen, die bisher unsichtbar waren, werden endlich sichtbar“, sagte Mitsotakis in der Debatte vor der "
      "Abstimmung.")
G5 = "Die Reform nehme niemandem etwas weg, fügte der Regierungschef hinzu."
G6 = "Die einflussreiche orthodoxe Kirche hatte das Vorhaben seit Wochen scharf kritisiert."
G7 = "Der Heilige Synod forderte die Abgeordneten in einem Rundschreiben auf, gegen den Entwurf zu stimmen."
G8 = ("Vor dem Parlament am Syntagma-Platz demonstrierten am Donnerstag mehrere Hundert Gegner des Gesetzes mit "
      "Kreuzen, Ikonen und Transparenten.")
G9 = "Die Polizei nahm nach eigenen Angaben niemanden fest."
G10 = ("Der frühere Ministerpräsident Antonis Samaras, der gegen den Entwurf stimmte, warf Mitsotakis vor, die Werte "
       "der eigenen Partei zu verraten.")
G11 = ("Oppositionsführer Stefanos Kasselakis von der linken Syriza, der mit einem Mann verheiratet ist, unterstützte "
       "die Vorlage dagegen.")
G12 = "Die kommunistische KKE und die nationalistische Partei Griechische Lösung lehnten das Gesetz ab."
G13 = ("Der Chef der Griechischen Lösung, Kyriakos Velopoulos, sprach von einem „Angriff auf die griechische "
       "Familie“.")
G14 = "Die EU-Kommission begrüßte die Entscheidung als wichtigen Schritt für die Gleichberechtigung."
G15 = ("Erste Paare wollen sich nach Angaben von Aktivisten bereits in den kommenden Tagen in Athen das Jawort "
       "geben.")
G16 = "Eingetragene Partnerschaften für homosexuelle Paare sind in Griechenland seit 2015 möglich."

DE03 = {
    "id": "hm398-de-03", "lang": "de", "url": None, "published": "2024-02-16",
    "title": "Griechenland führt Ehe für gleichgeschlechtliche Paare ein",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("SUPPORT", GRC_PARLIAMENT, GRC_GOV, G2, date="2024-02-15", location="Athens",
              location_country="GRC"),
        event("ACCUSE", GRC_CHURCH, GRC_GOV, G6, mode="disapprove"),
        event("REQUEST", HOLY_SYNOD, GRC_PARLIAMENT, G7, mode="change"),
        event("PROTEST", GRC_OPPONENTS, GRC_PARLIAMENT, G8, mode="demo", date="2024-02-15", location="Athens",
              location_country="GRC"),
        event("COERCE", GRC_POLICE, GRC_OPPONENTS, G9, mode="arrest", location="Athens", location_country="GRC",
              negated=True),
        event("ACCUSE", SAMARAS, MITSOTAKIS, G10, mode="disapprove"),
        event("SUPPORT", KASSELAKIS, GRC_GOV, G11),
        event("REJECT", KKE, GRC_GOV, G12),
        event("REJECT", GREEK_SOLUTION, GRC_GOV, G12),
        event("ACCUSE", VELOPOULOS, GRC_GOV, G13, mode="disapprove"),
        event("SUPPORT", EU_COMMISSION, GRC_PARLIAMENT, G14),
    ],
    "quotes": [
        quote("Menschen, die bisher unsichtbar waren, werden endlich sichtbar", "Kyriakos Mitsotakis", "direct"),
        quote("Die Reform nehme niemandem etwas weg", "Kyriakos Mitsotakis", "indirect"),
        quote("gegen den Entwurf zu stimmen", "Holy Synod of the Church of Greece", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben niemanden fest", "Hellenic Police", "indirect"),
        quote("die Werte der eigenen Partei zu verraten", "Antonis Samaras", "indirect"),
        quote("Angriff auf die griechische Familie", "Kyriakos Velopoulos", "direct"),
        quote("Erste Paare wollen sich nach Angaben von Aktivisten bereits in den kommenden Tagen in Athen das "
              "Jawort geben", "Greek LGBTQ activists", "indirect"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Greece", "LOC", "GRC", ["Griechenland"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["Das Parlament in Athen", "die Abgeordneten",
                                                     "dem Parlament am Syntagma-Platz"]),
        entity("Government of Greece", "ORG", "GRC", ["der konservativen Regierung von Ministerpräsident Kyriakos "
                                                      "Mitsotakis"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "Mitsotakis",
                                                     "der Regierungschef"]),
        entity("Church of Greece", "ORG", "GRC", ["Die einflussreiche orthodoxe Kirche"]),
        entity("Holy Synod of the Church of Greece", "ORG", "GRC", ["Der Heilige Synod"]),
        entity("Syntagma Square", "LOC", "GRC", ["Syntagma-Platz"]),
        entity("opponents of same-sex marriage in Greece", "PER", "GRC", ["mehrere Hundert Gegner des Gesetzes"]),
        entity("Hellenic Police", "ORG", "GRC", ["Die Polizei"]),
        entity("Antonis Samaras", "PER", "GRC", ["Der frühere Ministerpräsident Antonis Samaras"]),
        entity("New Democracy", "ORG", "GRC", ["der eigenen Partei"]),
        entity("Stefanos Kasselakis", "PER", "GRC", ["Oppositionsführer Stefanos Kasselakis"]),
        entity("Syriza", "ORG", "GRC", ["der linken Syriza"]),
        entity("Tyler McBeth", "PER", "USA", ["einem Mann"]),
        entity("Communist Party of Greece", "ORG", "GRC", ["Die kommunistische KKE"]),
        entity("Greek Solution", "ORG", "GRC", ["die nationalistische Partei Griechische Lösung",
                                                "der Griechischen Lösung"]),
        entity("Kyriakos Velopoulos", "PER", "GRC", ["Der Chef der Griechischen Lösung, Kyriakos Velopoulos"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Greek LGBTQ activists", "PER", "GRC", ["Aktivisten"]),
    ],
}

# ---------------------------------------------------------------- hm398-de-04 (Scotland, Yousaf resigns)
YOUSAF = actor("Humza Yousaf", "GBR", "GOV")
SCOT_GREENS = actor("Scottish Greens", "GBR", "PTY")
HARVIE = actor("Patrick Harvie", "GBR", "PTY")
SCOT_TORIES = actor("Scottish Conservatives", "GBR", "OPP")
SCOT_LABOUR = actor("Scottish Labour", "GBR", "OPP")
SCOT_GOV = actor("Scottish Government", "GBR", "GOV")
ALBA = actor("Alba Party", "GBR", "PTY")
ROSS = actor("Douglas Ross", "GBR", "OPP")
SARWAR = actor("Anas Sarwar", "GBR", "OPP")
SNP = actor("Scottish National Party", "GBR", "PTY")
POLICE_SCOTLAND = actor("Police Scotland", "GBR", "COP")
MURRELL = actor("Peter Murrell", "GBR", "PTY")

Y1 = ("Edinburgh (dpa) - Schottlands Regierungschef Humza Yousaf hat nach nur gut einem Jahr im Amt seinen "
      "Rücktritt angekündigt.")
Y2 = ("Er werde als Erster Minister und als Vorsitzender der Schottischen Nationalpartei (SNP) abtreten, sobald ein "
      "Nachfolger gewählt sei, sagte der 38-Jährige am Montag vor seinem Amtssitz Bute House in Edinburgh.")
Y3 = ("Mit dem Schritt kam Yousaf einem Misstrauensvotum im Regionalparlament zuvor, das er ohne die Stimmen der "
      "Grünen voraussichtlich verloren hätte.")
Y4 = ("„Ich habe das Ausmaß der Verletzung und des Ärgers, die ich bei den Grünen ausgelöst habe, eindeutig "
      "unterschätzt“, räumte er ein.")
Y5 = ("Yousaf hatte am Donnerstag überraschend die Koalitionsvereinbarung mit den schottischen Grünen aufgekündigt "
      "und deren beide Minister entlassen.")
Y6 = "Co-Parteichef Patrick Harvie nannte dies einen „Akt politischer Feigheit“."
Y7 = ("Die oppositionellen Konservativen brachten daraufhin einen Misstrauensantrag gegen Yousaf ein, Labour einen "
      "weiteren gegen die gesamte Regionalregierung.")
Y8 = "Die SNP verfügt im Parlament in Holyrood nur über 63 der 129 Sitze."
Y9 = ("Den Ausschlag hätte die Abgeordnete Ash Regan von der Alba-Partei des früheren Regierungschefs Alex Salmond "
      "geben können.")
Y10 = "Alba hatte für eine Unterstützung unter anderem ein klares Bekenntnis zur schottischen Unabhängigkeit verlangt."
Y11 = ("Er sei nicht bereit, seine Werte und Prinzipien für einen Deal mit wem auch immer zu opfern, sagte Yousaf "
       "dazu.")
Y12 = "Der schottische Tory-Chef Douglas Ross forderte nach der Ankündigung eine Neuwahl des Regionalparlaments."
Y13 = "Labour-Chef Anas Sarwar warf der SNP vor, Schottland in ein politisches Chaos gestürzt zu haben."
Y14 = "Yousaf hatte das Amt im März 2023 von Nicola Sturgeon übernommen."
Y15 = "Die Polizei ermittelt seit 2021 wegen der Verwendung von Spendengeldern gegen die SNP."
Y16 = ("Vor knapp zwei Wochen erhob sie Anklage gegen Sturgeons Ehemann Peter Murrell, den früheren Geschäftsführer "
       "der Partei, wegen Veruntreuung.")

DE04 = {
    "id": "hm398-de-04", "lang": "de", "url": None, "published": "2024-04-29",
    "title": "Schottlands Regierungschef Yousaf tritt zurück",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6], [Y7, Y8, Y9, Y10, Y11], [Y12, Y13], [Y14, Y15, Y16]),
    "events": [
        event("RETREAT", YOUSAF, None, Y1, mode="resign"),
        event("RETREAT", YOUSAF, None, Y2, mode="resign", date="2024-04-29", location="Edinburgh",
              location_country="GBR"),
        event("CONCEDE", YOUSAF, SCOT_GREENS, Y4),
        event("SANCTION", YOUSAF, SCOT_GREENS, Y5, mode="discontinue", date="2024-04-25"),
        event("ACCUSE", HARVIE, YOUSAF, Y6, mode="disapprove"),
        event("REQUEST", SCOT_TORIES, YOUSAF, Y7, mode="change"),
        event("REQUEST", SCOT_LABOUR, SCOT_GOV, Y7, mode="change"),
        event("REQUEST", ALBA, YOUSAF, Y10, mode="change"),
        event("REJECT", YOUSAF, ALBA, Y11, mode="change"),
        event("REQUEST", ROSS, SCOT_GOV, Y12, mode="change"),
        event("ACCUSE", SARWAR, SNP, Y13, mode="disapprove"),
        event("ACCUSE", POLICE_SCOTLAND, SNP, Y15, mode="investigate"),
        event("ACCUSE", POLICE_SCOTLAND, MURRELL, Y16, mode="allege"),
    ],
    "quotes": [
        quote("Er werde als Erster Minister und als Vorsitzender der Schottischen Nationalpartei (SNP) abtreten, "
              "sobald ein Nachfolger gewählt sei", "Humza Yousaf", "indirect"),
        quote("Ich habe das Ausmaß der Verletzung und des Ärgers, die ich bei den Grünen ausgelöst habe, eindeutig "
              "unterschätzt", "Humza Yousaf", "direct"),
        quote("Akt politischer Feigheit", "Patrick Harvie", "direct"),
        quote("Er sei nicht bereit, seine Werte und Prinzipien für einen Deal mit wem auch immer zu opfern",
              "Humza Yousaf", "indirect"),
        quote("Schottland in ein politisches Chaos gestürzt zu haben", "Anas Sarwar", "indirect"),
    ],
    "entities": [
        entity("Edinburgh", "LOC", "GBR", ["Edinburgh"]),
        entity("Scotland", "LOC", "GBR", ["Schottlands", "Schottland"]),
        entity("Humza Yousaf", "PER", "GBR", ["Schottlands Regierungschef Humza Yousaf", "Er", "der 38-Jährige",
                                              "Yousaf", "er"]),
        entity("Scottish National Party", "ORG", "GBR", ["der Schottischen Nationalpartei (SNP)", "Die SNP",
                                                         "der SNP", "die SNP", "der Partei"]),
        entity("Bute House", "LOC", "GBR", ["seinem Amtssitz Bute House"]),
        entity("Scottish Parliament", "ORG", "GBR", ["im Regionalparlament", "im Parlament in Holyrood",
                                                     "des Regionalparlaments"]),
        entity("Scottish Greens", "ORG", "GBR", ["der Grünen", "den Grünen", "den schottischen Grünen"]),
        entity("Scottish Green ministers", "PER", "GBR", ["deren beide Minister"]),
        entity("Patrick Harvie", "PER", "GBR", ["Co-Parteichef Patrick Harvie"]),
        entity("Scottish Conservatives", "ORG", "GBR", ["Die oppositionellen Konservativen"]),
        entity("Scottish Labour", "ORG", "GBR", ["Labour"]),
        entity("Scottish Government", "ORG", "GBR", ["die gesamte Regionalregierung"]),
        entity("Ash Regan", "PER", "GBR", ["die Abgeordnete Ash Regan"]),
        entity("Alba Party", "ORG", "GBR", ["der Alba-Partei", "Alba"]),
        entity("Alex Salmond", "PER", "GBR", ["des früheren Regierungschefs Alex Salmond"]),
        entity("Douglas Ross", "PER", "GBR", ["Der schottische Tory-Chef Douglas Ross"]),
        entity("Anas Sarwar", "PER", "GBR", ["Labour-Chef Anas Sarwar"]),
        entity("Nicola Sturgeon", "PER", "GBR", ["Nicola Sturgeon", "Sturgeons"]),
        entity("Police Scotland", "ORG", "GBR", ["Die Polizei", "sie"]),
        entity("Peter Murrell", "PER", "GBR", ["Sturgeons Ehemann Peter Murrell, den früheren Geschäftsführer der "
                                               "Partei"]),
    ],
}

# ---------------------------------------------------------------- hm398-en-01 (Italy/EU, Lampedusa visit)
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
EU_STATES = actor("EU member states", "EUR", "GOV")
EU = actor("European Union", "EUR", "IGO")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
DARMANIN_E = actor("Gérald Darmanin", "FRA", "GOV")
LAMPEDUSA_RESIDENTS = actor("residents of Lampedusa", "ITA", "CVL")
MANNINO = actor("Filippo Mannino", "ITA", "GOV")
SAIED = actor("Kais Saied", "TUN", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
TUN_SECURITY = actor("Tunisian security forces", "TUN", "COP")

L1 = ("LAMPEDUSA, Italy (AP) — European Commission President Ursula von der Leyen toured the Italian island of "
      "Lampedusa with Premier Giorgia Meloni on Sunday and promised more European help after a surge of migrant "
      "arrivals from North Africa.")
L2 = ("More than 8,000 people landed on the island over three days last week, outnumbering its roughly 6,000 "
      "residents and overwhelming its only reception center.")
L3 = ("Von der Leyen presented a 10-point plan that includes more aerial and sea surveillance by the EU border "
      "agency Frontex, faster deportations and tougher action against smugglers.")
L4 = ("\"We will decide who comes to the European Union and under which circumstances, not the smugglers and "
      "traffickers,\" she told reporters.")
L5 = "She also urged other member states to take in some of the new arrivals under a voluntary solidarity mechanism."
L6 = ("Meloni called for a European naval mission to stop boats from leaving North Africa, if necessary in agreement "
      "with the governments there.")
L7 = "\"What is at stake here is the future of Europe,\" Meloni said."
L8 = ("The visit came days after Germany said it had suspended the voluntary intake of migrants from Italy, accusing "
      "Rome of failing to take back asylum-seekers under EU rules.")
L9 = ("French Interior Minister Gérald Darmanin, who is due in Rome on Monday, said France would help Italy guard its "
      "borders but would not take in migrants from Lampedusa.")
L10 = "Some residents jeered as the two leaders' convoy passed on its way to the overcrowded reception center."
L11 = ("Lampedusa Mayor Filippo Mannino had appealed to Rome for help after the town council declared a state of "
       "emergency on Wednesday.")
L12 = ("Italy's Cabinet is expected to approve a decree on Monday extending the maximum detention of migrants "
       "awaiting deportation to 18 months.")
L13 = "Most of the recent arrivals set off from the Tunisian port city of Sfax."
L14 = ("In July, the EU reached a deal with Tunisian President Kais Saied that promises more than 100 million euros "
       "to curb smuggling and speed up returns.")
L15 = ("Rights groups including Human Rights Watch accuse Tunisian security forces of abusing migrants and expelling "
       "them to the desert borders with Libya and Algeria.")
L16 = "Tunisia denies the allegations."

EN01 = {
    "id": "hm398-en-01", "lang": "en", "url": None, "published": "2023-09-17",
    "title": "EU chief von der Leyen visits Lampedusa with Meloni, promises help after migrant surge",
    "text": paragraphs([L1, L2], [L3, L4, L5], [L6, L7, L8, L9], [L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("CONSULT", VDL, MELONI, L1, mode="visit", date="2023-09-17", location="Lampedusa",
              location_country="ITA"),
        event("AGREE", VDL, ITA_GOV, L1, date="2023-09-17", location="Lampedusa", location_country="ITA"),
        event("AGREE", VDL, ITA_GOV, L3),
        event("REQUEST", VDL, EU_STATES, L5, mode="assist"),
        event("REQUEST", MELONI, EU, L6, mode="assist"),
        event("SANCTION", DEU_GOV, ITA_GOV, L8, mode="discontinue"),
        event("ACCUSE", DEU_GOV, ITA_GOV, L8, mode="disapprove"),
        event("AGREE", DARMANIN_E, ITA_GOV, L9),
        event("REJECT", DARMANIN_E, ITA_GOV, L9, mode="assist"),
        event("PROTEST", LAMPEDUSA_RESIDENTS, VDL, L10, mode="demo", date="2023-09-17", location="Lampedusa",
              location_country="ITA"),
        event("PROTEST", LAMPEDUSA_RESIDENTS, MELONI, L10, mode="demo", date="2023-09-17", location="Lampedusa",
              location_country="ITA"),
        event("REQUEST", MANNINO, ITA_GOV, L11, mode="assist"),
        event("AGREE", EU, SAIED, L14),
        event("ACCUSE", HRW, TUN_SECURITY, L15, mode="allege"),
    ],
    "quotes": [
        quote("We will decide who comes to the European Union and under which circumstances, not the smugglers and "
              "traffickers", "Ursula von der Leyen", "direct"),
        quote("What is at stake here is the future of Europe", "Giorgia Meloni", "direct"),
        quote("it had suspended the voluntary intake of migrants from Italy", "Government of Germany", "indirect"),
        quote("France would help Italy guard its borders but would not take in migrants from Lampedusa",
              "Gérald Darmanin", "indirect"),
    ],
    "entities": [
        entity("Lampedusa", "LOC", "ITA", ["LAMPEDUSA", "the Italian island of Lampedusa", "the island",
                                           "Lampedusa"]),
        entity("Italy", "LOC", "ITA", ["Italy"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen",
                                                      "Von der Leyen", "she", "She"]),
        entity("European Commission", "ORG", "EUR", ["European Commission"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Premier Giorgia Meloni", "Meloni"]),
        entity("North Africa", "LOC", None, ["North Africa"]),
        entity("residents of Lampedusa", "PER", "ITA", ["its roughly 6,000 residents", "Some residents"]),
        entity("Lampedusa reception center", "LOC", "ITA", ["its only reception center",
                                                            "the overcrowded reception center"]),
        entity("Frontex", "ORG", "EUR", ["the EU border agency Frontex"]),
        entity("migrant smugglers", "PER", None, ["smugglers", "the smugglers and traffickers"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "the EU"]),
        entity("EU member states", "ORG", "EUR", ["other member states"]),
        entity("Government of Germany", "ORG", "DEU", ["Germany"]),
        entity("Government of Italy", "ORG", "ITA", ["Rome"]),
        entity("Rome", "LOC", "ITA", ["Rome"]),
        entity("Gérald Darmanin", "PER", "FRA", ["French Interior Minister Gérald Darmanin"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Filippo Mannino", "PER", "ITA", ["Lampedusa Mayor Filippo Mannino"]),
        entity("Lampedusa town council", "ORG", "ITA", ["the town council"]),
        entity("Council of Ministers of Italy", "ORG", "ITA", ["Italy's Cabinet"]),
        entity("Sfax", "LOC", "TUN", ["the Tunisian port city of Sfax"]),
        entity("Kais Saied", "PER", "TUN", ["Tunisian President Kais Saied"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Tunisian security forces", "ORG", "TUN", ["Tunisian security forces"]),
        entity("Libya", "LOC", "LBY", ["Libya"]),
        entity("Algeria", "LOC", "DZA", ["Algeria"]),
        entity("Government of Tunisia", "ORG", "TUN", ["Tunisia"]),
    ],
}

# ---------------------------------------------------------------- hm398-en-02 (Northern Ireland, O'Neill first minister)
DUP = actor("Democratic Unionist Party", "GBR", "PTY")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
ALLISTER = actor("Jim Allister", "GBR", "PTY")
DONALDSON = actor("Jeffrey Donaldson", "GBR", "PTY")
LOYALISTS = actor("loyalist protesters", "GBR", "CVL")
PSNI = actor("Police Service of Northern Ireland", "GBR", "COP")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
NI_EXEC = actor("Northern Ireland Executive", "GBR", "GOV")
VARADKAR = actor("Leo Varadkar", "IRL", "GOV")
NI_WORKERS = actor("Northern Ireland public sector workers", "GBR", "LAB")
HEATON_HARRIS = actor("Chris Heaton-Harris", "GBR", "GOV")

N1 = ("BELFAST, Northern Ireland (AP) — Sinn Féin's Michelle O'Neill became Northern Ireland's first minister on "
      "Saturday, the first Irish nationalist to lead the government of the U.K. region since it was created a "
      "century ago.")
N2 = ("Lawmakers at Stormont also appointed Emma Little-Pengelly of the Democratic Unionist Party as deputy first "
      "minister, a post with equal powers.")
N3 = ("\"This is a historic day which represents a new dawn,\" O'Neill told the assembly, promising to be \"a first "
      "minister for all.\"")
N4 = ("The DUP walked out of the government in February 2022 in protest at post-Brexit checks on goods arriving from "
      "Britain.")
N5 = ("The party agreed to return this week after the British government promised to cut checks and to pass "
      "legislation affirming Northern Ireland's place in the U.K.")
N6 = ("DUP leader Jeffrey Donaldson said the deal had removed the so-called Irish Sea border, a claim disputed by some "
      "business groups and hard-line unionists.")
N7 = ("Jim Allister, leader of the Traditional Unionist Voice, accused Donaldson of selling out unionists for \"a few "
      "cosmetic changes.\"")
N8 = ("A few dozen loyalist protesters opposed to the DUP's return waved Union flags outside Parliament Buildings as "
      "lawmakers arrived.")
N9 = "Police said one man was arrested for disorderly behavior."
N10 = ("British Prime Minister Rishi Sunak welcomed the restoration of the government and said he would travel to "
       "Belfast on Monday to meet the new leaders.")
N11 = ("Irish Prime Minister Leo Varadkar called it \"a good day for Northern Ireland\" and said Dublin would work "
       "closely with the new executive.")
N12 = ("London has pledged a 3.3 billion-pound ($4.2 billion) package to shore up Northern Ireland's struggling "
       "public services.")
N13 = ("Tens of thousands of public sector workers held a one-day strike last month to demand pay raises that the "
       "British government had withheld during the deadlock.")
N14 = "Northern Ireland Secretary Chris Heaton-Harris had refused to release the money until the government returned."
N15 = ("Sinn Féin, once the political wing of the Irish Republican Army, became the largest party in the assembly in "
       "the 2022 election.")
N16 = "The party's president, Mary Lou McDonald, said Irish unification was now \"within touching distance.\""

EN02 = {
    "id": "hm398-en-02", "lang": "en", "url": None, "published": "2024-02-03",
    "title": "Sinn Féin's O'Neill becomes Northern Ireland's first nationalist first minister",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9], [N10, N11, N12], [N13, N14], [N15, N16]),
    "events": [
        event("PROTEST", DUP, GBR_GOV, N4, mode="boycott"),
        event("AGREE", DUP, GBR_GOV, N5),
        event("AGREE", GBR_GOV, DUP, N5),
        event("ACCUSE", ALLISTER, DONALDSON, N7, mode="disapprove"),
        event("PROTEST", LOYALISTS, DUP, N8, mode="demo", date="2024-02-03", location="Stormont",
              location_country="GBR"),
        event("COERCE", PSNI, LOYALISTS, N9, mode="arrest", date="2024-02-03", location="Stormont",
              location_country="GBR"),
        event("SUPPORT", SUNAK, NI_EXEC, N10),
        event("AGREE", SUNAK, NI_EXEC, N10, mode="meet", location="Belfast", location_country="GBR"),
        event("SUPPORT", VARADKAR, NI_EXEC, N11),
        event("AGREE", VARADKAR, NI_EXEC, N11),
        event("AGREE", GBR_GOV, NI_EXEC, N12),
        event("PROTEST", NI_WORKERS, GBR_GOV, N13, mode="strike"),
        event("REJECT", HEATON_HARRIS, NI_WORKERS, N14, mode="assist"),
    ],
    "quotes": [
        quote("This is a historic day which represents a new dawn", "Michelle O'Neill", "direct"),
        quote("a first minister for all", "Michelle O'Neill", "direct"),
        quote("the deal had removed the so-called Irish Sea border", "Jeffrey Donaldson", "indirect"),
        quote("a few cosmetic changes", "Jim Allister", "direct"),
        quote("one man was arrested for disorderly behavior", "Police Service of Northern Ireland", "indirect"),
        quote("he would travel to Belfast on Monday to meet the new leaders", "Rishi Sunak", "indirect"),
        quote("a good day for Northern Ireland", "Leo Varadkar", "direct"),
        quote("Dublin would work closely with the new executive", "Leo Varadkar", "indirect"),
        quote("within touching distance", "Mary Lou McDonald", "direct"),
        quote("Irish unification was now \"within touching distance.\"", "Mary Lou McDonald", "indirect"),
    ],
    "entities": [
        entity("Belfast", "LOC", "GBR", ["BELFAST", "Belfast"]),
        entity("Northern Ireland", "LOC", "GBR", ["Northern Ireland", "Northern Ireland's", "the U.K. region"]),
        entity("Sinn Féin", "ORG", "GBR", ["Sinn Féin's", "Sinn Féin", "The party's"]),
        entity("Michelle O'Neill", "PER", "GBR", ["Sinn Féin's Michelle O'Neill", "O'Neill"]),
        entity("Northern Ireland Assembly", "ORG", "GBR", ["Lawmakers at Stormont", "the assembly", "lawmakers"]),
        entity("Emma Little-Pengelly", "PER", "GBR", ["Emma Little-Pengelly of the Democratic Unionist Party"]),
        entity("Democratic Unionist Party", "ORG", "GBR", ["the Democratic Unionist Party", "The DUP", "The party",
                                                           "the DUP's"]),
        entity("Northern Ireland Executive", "ORG", "GBR", ["the government of the U.K. region", "the government",
                                                            "the new leaders", "the new executive"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the British government", "London"]),
        entity("United Kingdom", "LOC", "GBR", ["the U.K.", "Britain"]),
        entity("Jeffrey Donaldson", "PER", "GBR", ["DUP leader Jeffrey Donaldson", "Donaldson"]),
        entity("Traditional Unionist Voice", "ORG", "GBR", ["the Traditional Unionist Voice"]),
        entity("Jim Allister", "PER", "GBR", ["Jim Allister, leader of the Traditional Unionist Voice"]),
        entity("loyalist protesters", "PER", "GBR", ["A few dozen loyalist protesters", "one man"]),
        entity("Parliament Buildings", "LOC", "GBR", ["Parliament Buildings", "Stormont"]),
        entity("Police Service of Northern Ireland", "ORG", "GBR", ["Police"]),
        entity("Rishi Sunak", "PER", "GBR", ["British Prime Minister Rishi Sunak", "he"]),
        entity("Leo Varadkar", "PER", "IRL", ["Irish Prime Minister Leo Varadkar"]),
        entity("Government of Ireland", "ORG", "IRL", ["Dublin"]),
        entity("Northern Ireland public sector workers", "PER", "GBR", ["Tens of thousands of public sector workers"]),
        entity("Chris Heaton-Harris", "PER", "GBR", ["Northern Ireland Secretary Chris Heaton-Harris"]),
        entity("Irish Republican Army", "ORG", "GBR", ["the Irish Republican Army"]),
        entity("Mary Lou McDonald", "PER", "IRL", ["The party's president, Mary Lou McDonald"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
