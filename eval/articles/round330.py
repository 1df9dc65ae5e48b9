"""Round 312: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm330-de-01: Peru: police storm the San Marcos University campus in Lima and detain 193 protesters who had come for the protests against Boluarte; Otárola defends the raid, students protest and are tear-gassed, CNDDHH demands Romero's resignation and he refuses, street clashes in central Lima, Boluarte again rules out resigning (2023-01-21).
- hm330-de-02: Brazil: the New York Times reveals that Jair Bolsonaro spent two nights at the Hungarian embassy days after his passport was seized; Moraes gives him 48 hours, Itamaraty summons ambassador Halmai, PT lawmakers demand his arrest, Federal Police review the footage, Bolsonaro attacks the paper (2024-03-25).
- hm330-de-03: Colombia: an air strike authorised by Petro kills 19 EMC dissidents of Iván Mordisco in Guaviare; Sánchez reports it and vows to continue, Petro accuses and threatens Mordisco, ombudswoman Marín demands information, troops sent, Valencia and Indepaz react, the October US sanctions on Petro recalled (2025-11-11).
- hm330-de-04: Peru/Brazil: ex-president Ollanta Humala and Nadine Heredia sentenced to 15 years for money laundering; Humala taken into custody, Heredia granted asylum at the Brazilian embassy, safe conduct and a Brazilian air force flight to Brasília, lawmakers attack the government, Pedraza objects, Toledo's conviction recalled (2025-04-16).
- hm330-en-01: Mexico/Canada: Mark Carney visits Claudia Sheinbaum at the National Palace; strategic partnership and action plan signed, USMCA consultations, invitation to Canada, U.S. tariffs, Sheinbaum criticises the steel duties, Canada's lifted counter-tariffs, Poilievre attacks Carney (2025-09-18).
- hm330-en-02: Venezuela/United States/Argentina: five Machado aides who sheltered in the Argentine ambassador's residence in Caracas reach the United States; Rubio speaks of a rescue of hostages, Machado and Werthein thank Washington, Cabello calls it a lie, the siege and Saab's warrants recalled, Argentina demands Nahuel Gallo's release (2025-05-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm330-de-01 (Peru, San Marcos University raid)
PNP = actor("National Police of Peru", "PER", "COP")
UNMSM = actor("National University of San Marcos", "PER", "CVL")
SM_DETAINEES = actor("protesters lodged at the National University of San Marcos", "PER", "CVL")
PER_PROTESTERS = actor("anti-government protesters in Peru", "PER", "CVL")
SM_STUDENTS = actor("students of the National University of San Marcos", "PER", "CVL")
OTAROLA = actor("Alberto Otárola", "PER", "GOV")
ROMERO = actor("Vicente Romero", "PER", "GOV")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
CNDDHH = actor("National Coordinator of Human Rights", "PER", "NGO")
PER_PROSECUTORS = actor("Public Ministry of Peru", "PER", "JUD")
PROTEST_ORGANISERS = actor("organisers of the protests in Peru", "PER", "CVL")
PER_GOV = actor("Government of Peru", "PER", "GOV")

A1 = ("Lima (dpa) - Die peruanische Polizei hat am Samstag den Campus der Universität San Marcos in Lima gestürmt "
      "und 193 Menschen festgenommen, die zu den Protesten gegen Präsidentin Dina Boluarte in die Hauptstadt "
      "gekommen waren.")
A2 = "Die 1551 gegründete Hochschule gilt als die älteste Universität Amerikas."
A3 = ("Die Festgenommenen, unter ihnen viele Bauern und Studenten aus den südlichen Regionen Puno und Cusco, "
      "hatten seit Tagen in Gebäuden der Universität übernachtet.")
A4 = ("Nach Angaben des Innenministeriums erfolgte die Räumung auf Antrag der Universitätsleitung, die wegen der "
      "Besetzung Anzeige erstattet hatte.")
A5 = ("„Wir haben die Ordnung wiederhergestellt, ohne dass ein einziger Schuss gefallen ist“, sagte Innenminister "
      "Vicente Romero.")
A6 = ("Regierungschef Alberto Otárola verteidigte den Einsatz und warf den Demonstranten vor, von „gewalttätigen "
      "Gruppen“ gesteuert zu werden.")
A7 = ("Vor dem Campus versammelten sich im Laufe des Tages Hunderte Studenten und forderten die Freilassung der "
      "Festgenommenen.")
A8 = "Anklage wurde bis zum Abend gegen keinen der Festgenommenen erhoben."
A9 = ("Die Nationale Menschenrechtskoordination CNDDHH nannte den Einsatz „unverhältnismäßig“ und forderte den "
      "Rücktritt des Innenministers.")
A10 = "Romero lehnte das ab: Er habe „keinen Grund“ für einen Rücktritt, sagte der Minister dem Radiosender RPP."
A11 = ("Im Zentrum Limas lieferten sich Demonstranten am Abend erneut Straßenschlachten mit der Polizei, sie warfen "
       "Steine und Feuerwerkskörper, die Beamten setzten Tränengas ein.")
A12 = "Boluarte hatte am Freitagabend in einer Fernsehansprache einen Rücktritt erneut ausgeschlossen."
A13 = "Die 60-Jährige warf den Organisatoren der Proteste vor, das Land „ins Chaos stürzen“ zu wollen."
A14 = "Die Demonstranten verlangen ihren Rücktritt, die Auflösung des Kongresses und vorgezogene Neuwahlen."
A15 = ("Seit der Absetzung und Festnahme von Präsident Pedro Castillo Anfang Dezember sind bei den Unruhen Dutzende "
       "Menschen getötet worden.")
A16 = "Die Regierung hatte vergangene Woche für Lima, Cusco, Callao und Puno den Ausnahmezustand verhängt."

DE01 = {
    "id": "hm330-de-01", "lang": "de", "url": None, "published": "2023-01-21",
    "title": "Polizei stürmt Universität in Lima - fast 200 Festnahmen",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("COERCE", PNP, SM_DETAINEES, A1, mode="arrest", date="2023-01-21", location="Lima",
              location_country="PER"),
        event("COERCE", PNP, UNMSM, A1, mode="seize", date="2023-01-21", location="Lima", location_country="PER"),
        event("REQUEST", UNMSM, PNP, A4, mode="assist"),
        event("ACCUSE", UNMSM, SM_DETAINEES, A4, mode="allege"),
        event("SUPPORT", OTAROLA, PNP, A6),
        event("ACCUSE", OTAROLA, PER_PROTESTERS, A6, mode="allege"),
        event("PROTEST", SM_STUDENTS, PNP, A7, mode="demo", location="Lima", location_country="PER"),
        event("ACCUSE", PER_PROSECUTORS, SM_DETAINEES, A8, mode="allege", negated=True),
        event("ACCUSE", CNDDHH, PNP, A9, mode="disapprove"),
        event("REQUEST", CNDDHH, ROMERO, A9, mode="change"),
        event("REJECT", ROMERO, CNDDHH, A10, mode="change"),
        event("ASSAULT", PER_PROTESTERS, PNP, A11, mode="primitive", location="Lima", location_country="PER"),
        event("ASSAULT", PNP, PER_PROTESTERS, A11, mode="crowd-control", location="Lima", location_country="PER"),
        event("REJECT", BOLUARTE, PER_PROTESTERS, A12, mode="change", date="2023-01-20"),
        event("ACCUSE", BOLUARTE, PROTEST_ORGANISERS, A13, mode="allege"),
        event("COERCE", PER_GOV, None, A16, mode="curfew"),
    ],
    "quotes": [
        quote("erfolgte die Räumung auf Antrag der Universitätsleitung, die wegen der Besetzung Anzeige erstattet hatte",
              "Ministry of the Interior of Peru", "indirect"),
        quote("Wir haben die Ordnung wiederhergestellt, ohne dass ein einziger Schuss gefallen ist", "Vicente Romero",
              "direct"),
        quote("gewalttätigen Gruppen", "Alberto Otárola", "direct"),
        quote("von „gewalttätigen Gruppen“ gesteuert zu werden", "Alberto Otárola", "indirect"),
        quote("unverhältnismäßig", "National Coordinator of Human Rights", "direct"),
        quote("keinen Grund", "Vicente Romero", "direct"),
        quote("Er habe „keinen Grund“ für einen Rücktritt", "Vicente Romero", "indirect"),
        quote("ins Chaos stürzen", "Dina Boluarte", "direct"),
        quote("das Land „ins Chaos stürzen“ zu wollen", "Dina Boluarte", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima", "die Hauptstadt", "Limas"]),
        entity("National Police of Peru", "ORG", "PER", ["Die peruanische Polizei", "der Polizei", "die Beamten"]),
        entity("National University of San Marcos", "ORG", "PER", ["den Campus der Universität San Marcos",
                                                                   "Die 1551 gegründete Hochschule",
                                                                   "Gebäuden der Universität",
                                                                   "der Universitätsleitung", "dem Campus"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte", "Die 60-Jährige"]),
        entity("Americas", "LOC", None, ["Amerikas"]),
        entity("Puno", "LOC", "PER", ["Puno"]),
        entity("Cusco", "LOC", "PER", ["Cusco"]),
        entity("Ministry of the Interior of Peru", "ORG", "PER", ["des Innenministeriums"]),
        entity("Vicente Romero", "PER", "PER", ["Innenminister Vicente Romero", "des Innenministers", "Romero",
                                                "der Minister"]),
        entity("Alberto Otárola", "PER", "PER", ["Regierungschef Alberto Otárola"]),
        entity("National Coordinator of Human Rights", "ORG", "PER", ["Die Nationale Menschenrechtskoordination CNDDHH"]),
        entity("RPP", "ORG", "PER", ["dem Radiosender RPP"]),
        entity("Peru", "LOC", "PER", ["das Land"]),
        entity("Congress of Peru", "ORG", "PER", ["des Kongresses"]),
        entity("Pedro Castillo", "PER", "PER", ["Präsident Pedro Castillo"]),
        entity("Government of Peru", "ORG", "PER", ["Die Regierung"]),
        entity("Callao", "LOC", "PER", ["Callao"]),
    ],
}

# ---------------------------------------------------------------- hm330-de-02 (Brazil, Bolsonaro at the Hungarian embassy)
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
ITAMARATY = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
HALMAI = actor("Miklós Halmai", "HUN", "GOV")
PT_MPS = actor("Workers' Party lawmakers", "BRA", "LEG")
FARIAS = actor("Lindbergh Farias", "BRA", "LEG")
NYT = actor("The New York Times", "USA", "BUS")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
TSE = actor("Superior Electoral Court", "BRA", "JUD")

B1 = ("Brasília (AFP) - Der frühere brasilianische Präsident Jair Bolsonaro hat nach einem Bericht der „New York "
      "Times“ kurz nach dem Einzug seines Reisepasses zwei Nächte in der ungarischen Botschaft in Brasília "
      "verbracht.")
B2 = ("Aufnahmen von Überwachungskameras zeigten, wie der 69-Jährige am 12. Februar die Botschaft betrat und sie "
      "zwei Tage später wieder verließ, berichtete die Zeitung am Montag.")
B3 = ("Vier Tage zuvor hatte die Bundespolizei im Zuge der Ermittlungen wegen eines mutmaßlichen Putschplans "
      "seinen Pass eingezogen.")
B4 = ("Der Richter am Obersten Gerichtshof Alexandre de Moraes gab Bolsonaro am Montag 48 Stunden Zeit, den "
      "Aufenthalt zu erklären.")
B5 = ("Das Außenministerium bestellte noch am Montag den ungarischen Botschafter Miklós Halmai ein und verlangte "
      "Aufklärung.")
B6 = "Bolsonaros Anwälte wiesen jeden Fluchtverdacht zurück."
B7 = ("Der Ex-Präsident habe sich in der Botschaft aufgehalten, um „Kontakte mit Behörden eines befreundeten "
      "Landes“ zu pflegen, erklärten sie.")
B8 = "Jede andere Deutung sei „reine Fiktion“."
B9 = ("Abgeordnete der Arbeiterpartei PT von Präsident Luiz Inácio Lula da Silva forderten Moraes auf, "
      "Untersuchungshaft gegen Bolsonaro anzuordnen.")
B10 = "Der Aufenthalt zeige, dass Bolsonaro eine Flucht vorbereitet habe, sagte der PT-Abgeordnete Lindbergh Farias."
B11 = "Nach Angaben aus Justizkreisen wertet die Bundespolizei inzwischen die Videoaufnahmen aus."
B12 = "Bolsonaro selbst warf der „New York Times“ auf der Plattform X vor, eine „Kampagne“ gegen ihn zu führen."
B13 = "„Ich habe nichts zu verbergen“, schrieb er."
B14 = ("Ungarns Regierungschef Viktor Orbán gilt als enger Verbündeter des 69-Jährigen; beide waren zuletzt im "
       "Dezember in Buenos Aires bei der Amtseinführung des argentinischen Präsidenten Javier Milei "
       "zusammengetroffen.")
B15 = "Die ungarische Botschaft äußerte sich zunächst nicht."
B16 = ("Nach einem Urteil des Obersten Wahlgerichts vom vergangenen Juni darf Bolsonaro bis 2030 nicht für "
       "öffentliche Ämter kandidieren.")
B17 = ("Die Ermittler werfen ihm und Vertrauten aus Militär und Regierung vor, nach der Wahlniederlage 2022 einen "
       "Staatsstreich geplant zu haben, um Lulas Amtsantritt zu verhindern.")

DE02 = {
    "id": "hm330-de-02", "lang": "de", "url": None, "published": "2024-03-25",
    "title": "Bolsonaro verbrachte zwei Nächte in ungarischer Botschaft",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8], [B9, B10, B11], [B12, B13, B14, B15], [B16, B17]),
    "events": [
        event("COERCE", BRA_PF, BOLSONARO, B3, mode="seize"),
        event("REQUEST", MORAES, BOLSONARO, B4, date="2024-03-25"),
        event("ACCUSE", ITAMARATY, HALMAI, B5, mode="disapprove", date="2024-03-25"),
        event("REQUEST", ITAMARATY, HALMAI, B5, date="2024-03-25"),
        event("REQUEST", PT_MPS, MORAES, B9),
        event("ACCUSE", FARIAS, BOLSONARO, B10, mode="allege"),
        event("ACCUSE", BRA_PF, BOLSONARO, B11, mode="investigate"),
        event("ACCUSE", BOLSONARO, NYT, B12, mode="disapprove"),
        event("CONSULT", BOLSONARO, ORBAN, B14, location="Buenos Aires", location_country="ARG"),
        event("SANCTION", TSE, BOLSONARO, B16, mode="convict"),
        event("ACCUSE", BRA_PF, BOLSONARO, B17, mode="allege"),
    ],
    "quotes": [
        quote("Aufnahmen von Überwachungskameras zeigten, wie der 69-Jährige am 12. Februar die Botschaft betrat und "
              "sie zwei Tage später wieder verließ", "The New York Times", "indirect"),
        quote("Der Ex-Präsident habe sich in der Botschaft aufgehalten, um „Kontakte mit Behörden eines befreundeten "
              "Landes“ zu pflegen", "lawyers of Jair Bolsonaro", "indirect"),
        quote("Kontakte mit Behörden eines befreundeten Landes", "lawyers of Jair Bolsonaro", "direct"),
        quote("Jede andere Deutung sei „reine Fiktion“", "lawyers of Jair Bolsonaro", "indirect"),
        quote("reine Fiktion", "lawyers of Jair Bolsonaro", "direct"),
        quote("Der Aufenthalt zeige, dass Bolsonaro eine Flucht vorbereitet habe", "Lindbergh Farias", "indirect"),
        quote("wertet die Bundespolizei inzwischen die Videoaufnahmen aus", "judicial sources", "indirect"),
        quote("Kampagne", "Jair Bolsonaro", "direct"),
        quote("eine „Kampagne“ gegen ihn zu führen", "Jair Bolsonaro", "indirect"),
        quote("Ich habe nichts zu verbergen", "Jair Bolsonaro", "direct"),
        quote("nach der Wahlniederlage 2022 einen Staatsstreich geplant zu haben, um Lulas Amtsantritt zu verhindern",
              "Federal Police of Brazil", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Der frühere brasilianische Präsident Jair Bolsonaro",
                                                "der 69-Jährige", "Bolsonaro", "Bolsonaros", "Der Ex-Präsident",
                                                "des 69-Jährigen"]),
        entity("The New York Times", "ORG", "USA", ["New York Times", "die Zeitung"]),
        entity("Embassy of Hungary in Brasília", "ORG", "HUN", ["der ungarischen Botschaft in Brasília",
                                                                "die Botschaft", "der Botschaft",
                                                                "Die ungarische Botschaft"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die Bundespolizei", "Die Ermittler"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Der Richter am Obersten Gerichtshof Alexandre de Moraes",
                                                     "Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Obersten Gerichtshof"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Das Außenministerium"]),
        entity("Miklós Halmai", "PER", "HUN", ["den ungarischen Botschafter Miklós Halmai"]),
        entity("lawyers of Jair Bolsonaro", "PER", "BRA", ["Bolsonaros Anwälte"]),
        entity("Workers' Party", "ORG", "BRA", ["Arbeiterpartei PT", "PT"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lulas"]),
        entity("Lindbergh Farias", "PER", "BRA", ["der PT-Abgeordnete Lindbergh Farias"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Regierungschef Viktor Orbán"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["des argentinischen Präsidenten Javier Milei"]),
        entity("Superior Electoral Court", "ORG", "BRA", ["des Obersten Wahlgerichts"]),
    ],
}

# ---------------------------------------------------------------- hm330-de-03 (Colombia, air strike on Mordisco's EMC in Guaviare)
COL_MIL = actor("Colombian Armed Forces", "COL", "MIL")
EMC = actor("Estado Mayor Central", "COL", "REB")
MORDISCO = actor("Iván Mordisco", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
P_SANCHEZ = actor("Pedro Arnulfo Sánchez", "COL", "GOV")
MARIN = actor("Iris Marín", "COL", "GOV")
COL_MOD = actor("Ministry of National Defence of Colombia", "COL", "GOV")
COL_ARMY = actor("Colombian Army", "COL", "MIL")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
INDEPAZ = actor("Indepaz", "COL", "NGO")
COL_ARMED_GROUPS = actor("armed groups in Colombia", "COL", "REB")
US_GOV = actor("Government of the United States", "USA", "GOV")

G1 = ("Bogotá (Reuters) - Bei einem Luftangriff der kolumbianischen Streitkräfte auf ein Lager von Farc-Dissidenten "
      "im Süden des Landes sind 19 Rebellen getötet worden.")
G2 = ("Die Bombardierung habe Einheiten des sogenannten Zentralen Generalstabs (EMC) unter Néstor Gregorio Vera "
      "alias „Iván Mordisco“ im Departement Guaviare gegolten, teilte Verteidigungsminister Pedro Sánchez am "
      "Dienstag mit.")
G3 = "Präsident Gustavo Petro erklärte, er habe den Einsatz persönlich genehmigt."
G4 = ("Die Gruppe habe Angriffe auf Soldaten und Polizisten vorbereitet und Minderjährige zwangsrekrutiert, schrieb "
      "der 65-Jährige auf der Plattform X.")
G5 = ("„Ich werde nicht zulassen, dass Mordisco weiter Kinder in den Krieg schickt und unsere Soldaten ermordet“, "
      "fügte er hinzu.")
G6 = ("Luftangriffe sind in Kolumbien umstritten, weil dabei unter früheren Regierungen wiederholt "
      "zwangsrekrutierte Minderjährige ums Leben gekommen waren.")
G7 = ("Ombudsfrau Iris Marín forderte das Verteidigungsministerium auf, umgehend offenzulegen, ob sich unter den "
      "Toten Kinder oder Jugendliche befänden.")
G8 = ("Das Heer verlegte nach eigenen Angaben zusätzliche Truppen in die Region, um mögliche Vergeltungsangriffe "
      "der Dissidenten abzuwehren.")
G9 = "Mordiscos Fraktion hatte sich im vergangenen Jahr aus den Friedensgesprächen mit der Regierung zurückgezogen."
G10 = ("Die Senatorin Paloma Valencia vom rechten Centro Democrático begrüßte den Angriff, warf Petro aber vor, "
       "viel zu spät gehandelt zu haben.")
G11 = "Die Friedensorganisation Indepaz kritisierte dagegen die Rückkehr zu einer „Politik der Bomben“."
G12 = ("In Guaviare und den angrenzenden Departements Meta und Caquetá kämpfen Mordiscos Einheiten seit Monaten mit "
       "rivalisierenden Dissidenten um Kokaanbaugebiete und Schmuggelrouten.")
G14 = ("Sánchez kündigte an, die Offensive gegen alle bewaffneten Gruppen fortzusetzen, die „Kolumbianer "
       "ermorden“.")
G15 = ("Washington hatte Petro im Oktober wegen angeblicher Untätigkeit gegen die Drogenkartelle mit Sanktionen "
       "belegt.")

DE03 = {
    "id": "hm330-de-03", "lang": "de", "url": None, "published": "2025-11-11",
    "title": "Kolumbien: 19 Dissidenten bei Luftangriff in Guaviare getötet",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11], [G12, G14, G15]),
    "events": [
        event("ASSAULT", COL_MIL, EMC, G1, mode="aerial"),
        event("ASSAULT", COL_MIL, EMC, G2, mode="aerial", location="Guaviare", location_country="COL"),
        event("ACCUSE", PETRO, EMC, G4, mode="allege"),
        event("THREATEN", PETRO, MORDISCO, G5),
        event("REQUEST", MARIN, COL_MOD, G7),
        event("MOBILIZE", COL_ARMY, None, G8, mode="troops", location="Guaviare", location_country="COL"),
        event("SANCTION", EMC, COL_GOV, G9, mode="discontinue"),
        event("SUPPORT", VALENCIA, COL_MIL, G10),
        event("ACCUSE", VALENCIA, PETRO, G10, mode="disapprove"),
        event("ACCUSE", INDEPAZ, COL_GOV, G11, mode="disapprove"),
        event("THREATEN", P_SANCHEZ, COL_ARMED_GROUPS, G14),
        event("SANCTION", US_GOV, PETRO, G15),
    ],
    "quotes": [
        quote("Die Bombardierung habe Einheiten des sogenannten Zentralen Generalstabs (EMC) unter Néstor Gregorio Vera "
              "alias „Iván Mordisco“ im Departement Guaviare gegolten", "Pedro Arnulfo Sánchez", "indirect"),
        quote("er habe den Einsatz persönlich genehmigt", "Gustavo Petro", "indirect"),
        quote("Die Gruppe habe Angriffe auf Soldaten und Polizisten vorbereitet und Minderjährige zwangsrekrutiert",
              "Gustavo Petro", "indirect"),
        quote("Ich werde nicht zulassen, dass Mordisco weiter Kinder in den Krieg schickt und unsere Soldaten ermordet",
              "Gustavo Petro", "direct"),
        quote("viel zu spät gehandelt zu haben", "Paloma Valencia", "indirect"),
        quote("Politik der Bomben", "Indepaz", "direct"),
        quote("Kolumbianer ermorden", "Pedro Arnulfo Sánchez", "direct"),
        quote("die Offensive gegen alle bewaffneten Gruppen fortzusetzen, die „Kolumbianer ermorden“",
              "Pedro Arnulfo Sánchez", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombian Armed Forces", "ORG", "COL", ["der kolumbianischen Streitkräfte"]),
        entity("Estado Mayor Central", "ORG", "COL", ["Farc-Dissidenten", "des sogenannten Zentralen Generalstabs (EMC)",
                                                      "Die Gruppe", "der Dissidenten", "Mordiscos Fraktion",
                                                      "Mordiscos Einheiten"]),
        entity("Colombia", "LOC", "COL", ["des Landes", "Kolumbien"]),
        entity("Iván Mordisco", "PER", "COL", ["Néstor Gregorio Vera alias „Iván Mordisco“", "Mordisco"]),
        entity("Guaviare", "LOC", "COL", ["Departement Guaviare", "die Region", "Guaviare"]),
        entity("Pedro Arnulfo Sánchez", "PER", "COL", ["Verteidigungsminister Pedro Sánchez", "Sánchez"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "der 65-Jährige", "Petro"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Iris Marín", "PER", "COL", ["Ombudsfrau Iris Marín"]),
        entity("Ministry of National Defence of Colombia", "ORG", "COL", ["das Verteidigungsministerium"]),
        entity("Colombian Army", "ORG", "COL", ["Das Heer"]),
        entity("Government of Colombia", "ORG", "COL", ["der Regierung"]),
        entity("Paloma Valencia", "PER", "COL", ["Die Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["rechten Centro Democrático"]),
        entity("Indepaz", "ORG", "COL", ["Die Friedensorganisation Indepaz"]),
        entity("Meta", "LOC", "COL", ["Meta"]),
        entity("Caquetá", "LOC", "COL", ["Caquetá"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm330-de-04 (Peru/Brazil, Humala and Heredia sentenced)
PER_COURT = actor("Third National Collegiate Criminal Court of Peru", "PER", "JUD")
HUMALA = actor("Ollanta Humala", "PER", "PTY")
HEREDIA = actor("Nadine Heredia", "PER", "PTY")
BRAZIL = actor("Brazil", "BRA", "GOV")
FAB = actor("Brazilian Air Force", "BRA", "MIL")
PER_MPS = actor("members of the Congress of Peru", "PER", "LEG")
PEDRAZA = actor("Wilfredo Pedraza", "PER", "CVL")
PER_JUDICIARY = actor("Judiciary of Peru", "PER", "JUD")
TOLEDO = actor("Alejandro Toledo", "PER", "CVL")

H1 = ("Lima (AFP) - Ein Gericht in Peru hat den früheren Präsidenten Ollanta Humala und seine Ehefrau Nadine "
      "Heredia wegen Geldwäsche zu jeweils 15 Jahren Haft verurteilt.")
H2 = ("Die Richter sahen es am Dienstag als erwiesen an, dass das Paar für die Wahlkämpfe 2006 und 2011 illegale "
      "Gelder des brasilianischen Baukonzerns Odebrecht und der venezolanischen Regierung unter Hugo Chávez "
      "angenommen hatte.")
H3 = ("Der 62-jährige Humala, der Peru von 2011 bis 2016 regierte, wurde noch im Gerichtssaal festgenommen und in "
      "das Gefängnis Barbadillo am Stadtrand von Lima gebracht.")
H4 = ("Heredia war zur Urteilsverkündung nicht erschienen, sie suchte mit ihrem jüngsten Sohn Zuflucht in der "
      "brasilianischen Botschaft und bat um Asyl.")
H5 = "Brasilien gewährte der 48-Jährigen diplomatisches Asyl, wie das peruanische Außenministerium mitteilte."
H6 = ("Die Regierung in Lima stellte ihr unter Berufung auf die Konvention von Caracas über diplomatisches Asyl "
      "von 1954 einen Geleitbrief aus.")
H7 = "Am Mittwochmorgen flog Heredia in einer Maschine der brasilianischen Luftwaffe nach Brasília."
H8 = ("Peru sei nach internationalem Recht verpflichtet gewesen, die sichere Ausreise zu gewährleisten, sagte "
      "Außenminister Elmer Schialer.")
H9 = ("Mehrere Abgeordnete im Kongress warfen der Regierung von Präsidentin Dina Boluarte dagegen vor, einer "
      "verurteilten Straftäterin die Flucht zu ermöglichen.")
H10 = "Humalas Anwalt Wilfredo Pedraza kündigte Berufung an und sprach von einem „politischen Urteil“."
H11 = ("Es gebe keinen einzigen Beweis, dass Geld aus Venezuela in den Wahlkampf geflossen sei, sagte er vor "
       "Journalisten.")
H13 = "In Barbadillo sitzen bereits die früheren Staatschefs Alejandro Toledo und Pedro Castillo ein."
H14 = "Toledo war im vergangenen Oktober wegen Bestechung durch Odebrecht zu mehr als 20 Jahren Haft verurteilt worden."
H15 = ("Humala, ein früherer Armeeoffizier, war 2011 als linker Nationalist in einer Stichwahl gegen Keiko Fujimori "
       "an die Macht gekommen.")
H16 = ("Die brasilianische Regierung von Präsident Luiz Inácio Lula da Silva äußerte sich zunächst nicht zu dem "
       "Fall.")

DE04 = {
    "id": "hm330-de-04", "lang": "de", "url": None, "published": "2025-04-16",
    "title": "Perus Ex-Präsident Humala zu 15 Jahren Haft verurteilt - Ehefrau flieht nach Brasilien",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11], [H13, H14, H15, H16]),
    "events": [
        event("SANCTION", PER_COURT, HUMALA, H1, mode="convict"),
        event("SANCTION", PER_COURT, HEREDIA, H1, mode="convict"),
        event("SANCTION", PER_COURT, HUMALA, H2, mode="convict", date="2025-04-15"),
        event("SANCTION", PER_COURT, HEREDIA, H2, mode="convict", date="2025-04-15"),
        event("COERCE", PNP, HUMALA, H3, mode="arrest"),
        event("REQUEST", HEREDIA, BRAZIL, H4, mode="assist"),
        event("AID", BRAZIL, HEREDIA, H5),
        event("RETREAT", PER_GOV, HEREDIA, H6),
        event("AID", FAB, HEREDIA, H7, date="2025-04-16"),
        event("ACCUSE", PER_MPS, PER_GOV, H9, mode="disapprove"),
        event("ACCUSE", PEDRAZA, PER_COURT, H10, mode="disapprove"),
        event("SANCTION", PER_JUDICIARY, TOLEDO, H14, mode="convict"),
    ],
    "quotes": [
        quote("Brasilien gewährte der 48-Jährigen diplomatisches Asyl", "Ministry of Foreign Affairs of Peru",
              "indirect"),
        quote("Peru sei nach internationalem Recht verpflichtet gewesen, die sichere Ausreise zu gewährleisten",
              "Elmer Schialer", "indirect"),
        quote("einer verurteilten Straftäterin die Flucht zu ermöglichen", "members of the Congress of Peru",
              "indirect"),
        quote("politischen Urteil", "Wilfredo Pedraza", "direct"),
        quote("Es gebe keinen einzigen Beweis, dass Geld aus Venezuela in den Wahlkampf geflossen sei",
              "Wilfredo Pedraza", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Third National Collegiate Criminal Court of Peru", "ORG", "PER", ["Ein Gericht in Peru",
                                                                                  "Die Richter"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Ollanta Humala", "PER", "PER", ["den früheren Präsidenten Ollanta Humala", "Der 62-jährige Humala",
                                                "Humala", "Humalas"]),
        entity("Nadine Heredia", "PER", "PER", ["seine Ehefrau Nadine Heredia", "Heredia", "der 48-Jährigen"]),
        entity("Odebrecht", "ORG", "BRA", ["des brasilianischen Baukonzerns Odebrecht", "Odebrecht"]),
        entity("Government of Venezuela", "ORG", "VEN", ["der venezolanischen Regierung"]),
        entity("Hugo Chávez", "PER", "VEN", ["Hugo Chávez"]),
        entity("Barbadillo prison", "LOC", "PER", ["das Gefängnis Barbadillo", "Barbadillo"]),
        entity("Embassy of Brazil in Lima", "ORG", "BRA", ["der brasilianischen Botschaft"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Ministry of Foreign Affairs of Peru", "ORG", "PER", ["das peruanische Außenministerium"]),
        entity("Government of Peru", "ORG", "PER", ["Die Regierung in Lima",
                                                    "der Regierung von Präsidentin Dina Boluarte"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Brazilian Air Force", "ORG", "BRA", ["der brasilianischen Luftwaffe"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Elmer Schialer", "PER", "PER", ["Außenminister Elmer Schialer"]),
        entity("Congress of Peru", "ORG", "PER", ["im Kongress"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Wilfredo Pedraza", "PER", "PER", ["Humalas Anwalt Wilfredo Pedraza"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Alejandro Toledo", "PER", "PER", ["Alejandro Toledo", "Toledo"]),
        entity("Pedro Castillo", "PER", "PER", ["Pedro Castillo"]),
        entity("Keiko Fujimori", "PER", "PER", ["Keiko Fujimori"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die brasilianische Regierung"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
    ],
}

# ---------------------------------------------------------------- hm330-en-01 (Mexico/Canada, Carney visits Sheinbaum)
CARNEY = actor("Mark Carney", "CAN", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
UNITED_STATES = actor("United States", "USA", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")

M1 = ("MEXICO CITY, Sept 18 (Reuters) - Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum "
      "agreed on Thursday to deepen trade and security ties, as both countries seek to shield their economies from "
      "U.S. tariffs ahead of next year's review of the North American free trade pact.")
M2 = ("Carney, on his first official visit to Mexico since taking office in March, held talks with Sheinbaum at "
      "the National Palace that both sides described as friendly and productive.")
M3 = ("The two leaders signed a comprehensive strategic partnership and an action plan covering trade, security, "
      "energy and infrastructure through 2028.")
M4 = ('"Mexico and Canada are not just neighbors in North America, we are partners in building a stronger, more '
      'competitive continent," Carney told reporters after the meeting.')
M5 = 'Sheinbaum called the visit "historic" and described Carney as "a friend of Mexico."'
M6 = ("She said both governments had agreed to consult closely ahead of the 2026 review of the "
      "United States-Mexico-Canada Agreement, but stressed that neither country was seeking to replace its trade "
      "relationship with Washington.")
M7 = ("The leaders also agreed to expand cooperation between their ports and railways and to hold an annual "
      "security dialogue at ministerial level.")
M8 = "Carney invited Sheinbaum to visit Canada next year."
M9 = ("U.S. President Donald Trump has imposed a 35% tariff on Canadian goods that are not covered by the free "
      "trade agreement and a 25% tariff on similar Mexican goods, on top of steep duties on steel, aluminum and "
      "autos.")
M10 = ('Sheinbaum criticised the U.S. steel tariffs as "unfair" but said Mexico would keep negotiating with '
       'Washington rather than retaliate.')
M11 = ("Canada scrapped most of its counter-tariffs on U.S. goods on Sept. 1 in a bid to revive stalled talks with "
       "the Trump administration.")
M12 = "Carney said Ottawa would not impose new retaliatory duties for now."
M13 = ('Opposition Conservative leader Pierre Poilievre accused Carney of collecting "photo ops instead of results" '
       'and of failing to secure a trade deal with Washington.')
M14 = "Mexico is Canada's third-largest trading partner after the United States and China."

EN01 = {
    "id": "hm330-en-01", "lang": "en", "url": None, "published": "2025-09-18",
    "title": "Canada's Carney and Mexico's Sheinbaum deepen ties in face of U.S. tariffs",
    "text": paragraphs([M1, M2], [M3, M4, M5], [M6, M7, M8], [M9, M10, M11, M12], [M13, M14]),
    "events": [
        event("AGREE", CARNEY, SHEINBAUM, M1, date="2025-09-18", location="Mexico City", location_country="MEX"),
        event("CONSULT", CARNEY, SHEINBAUM, M2, mode="visit", location="Mexico City", location_country="MEX"),
        event("SUPPORT", CARNEY, SHEINBAUM, M3),
        event("SUPPORT", SHEINBAUM, CARNEY, M5),
        event("AGREE", MEX_GOV, CAN_GOV, M6),
        event("AGREE", CARNEY, SHEINBAUM, M7),
        event("AGREE", CARNEY, SHEINBAUM, M8),
        event("SANCTION", TRUMP, CANADA, M9),
        event("SANCTION", TRUMP, MEXICO, M9),
        event("ACCUSE", SHEINBAUM, US_GOV, M10, mode="disapprove"),
        event("RETREAT", CANADA, UNITED_STATES, M11),
        event("SANCTION", CAN_GOV, UNITED_STATES, M12, negated=True),
        event("ACCUSE", POILIEVRE, CARNEY, M13, mode="disapprove"),
    ],
    "quotes": [
        quote("Mexico and Canada are not just neighbors in North America, we are partners in building a stronger, "
              "more competitive continent", "Mark Carney", "direct"),
        quote("historic", "Claudia Sheinbaum", "direct"),
        quote("a friend of Mexico", "Claudia Sheinbaum", "direct"),
        quote("both governments had agreed to consult closely ahead of the 2026 review of the "
              "United States-Mexico-Canada Agreement", "Claudia Sheinbaum", "indirect"),
        quote("neither country was seeking to replace its trade relationship with Washington", "Claudia Sheinbaum",
              "indirect"),
        quote("unfair", "Claudia Sheinbaum", "direct"),
        quote("Mexico would keep negotiating with Washington rather than retaliate", "Claudia Sheinbaum", "indirect"),
        quote("Ottawa would not impose new retaliatory duties for now", "Mark Carney", "indirect"),
        quote("photo ops instead of results", "Pierre Poilievre", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Mark Carney", "PER", "CAN", ["Canadian Prime Minister Mark Carney", "Carney"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("National Palace", "LOC", "MEX", ["the National Palace"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("North America", "LOC", None, ["North America"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration"]),
        entity("Government of Canada", "ORG", "CAN", ["Ottawa"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Opposition Conservative leader Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm330-en-02 (Venezuela/US/Argentina, Machado aides reach the U.S.)
RUBIO = actor("Marco Rubio", "USA", "GOV")
MACHADO_AIDES = actor("aides of María Corina Machado", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
ARGENTINA = actor("Argentina", "ARG", "GOV")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
WERTHEIN = actor("Gerardo Werthein", "ARG", "GOV")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
GALLO = actor("Nahuel Gallo", "ARG", "COP")
VEN_AUTH = actor("Venezuelan authorities", "VEN", "GOV")

V1 = ("WASHINGTON, May 6 (Reuters) - Five Venezuelan opposition figures who spent more than a year holed up in the "
      "Argentine ambassador's residence in Caracas have arrived in the United States, U.S. Secretary of State "
      "Marco Rubio said on Tuesday.")
V2 = ('"Following a precise operation, all hostages held by the Maduro regime at the Argentine embassy are now on '
      'U.S. soil," Rubio wrote on X.')
V3 = "He did not say how the group had left the residence or the country."
V4 = ("The five, aides to opposition leader Maria Corina Machado, include her campaign manager Magalli Meda and her "
      "adviser Pedro Urruchurtu.")
V5 = ("They sought refuge at the residence in March 2024 after Venezuela's attorney general, Tarek William Saab, "
      "issued arrest warrants against them on conspiracy charges.")
V6 = "Venezuela expelled Argentina's diplomats after the disputed presidential election last July."
V7 = ("Since then, security forces had surrounded the residence, and the aides said their electricity and water had "
      "been cut off for months.")
V8 = 'Machado praised what she called an "impeccable and epic operation" and thanked the United States.'
V9 = ('Argentine Foreign Minister Gerardo Werthein also thanked Washington and said the aides had endured a "siege" '
      'that violated international law.')
V10 = ('Venezuelan Interior Minister Diosdado Cabello said the aides had negotiated their departure and called '
       'Rubio\'s account "a lie."')
V11 = '"They left after negotiating, nobody rescued anybody," Cabello said on state television.'
V12 = "The State Department declined to comment on Cabello's remarks."
V13 = ("Argentina again demanded that Venezuela release Nahuel Gallo, an Argentine gendarme who was detained in "
       "December when he crossed from Colombia to visit his partner and son.")
V15 = ('Machado, who has been in hiding in Venezuela since August, said the escape showed that Maduro\'s government '
       'was "weaker than ever."')

EN02 = {
    "id": "hm330-en-02", "lang": "en", "url": None, "published": "2025-05-06",
    "title": "Venezuelan opposition aides who sheltered at Argentine residence reach U.S., Rubio says",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10, V11, V12], [V13, V15]),
    "events": [
        event("AID", US_GOV, MACHADO_AIDES, V2),
        event("ACCUSE", RUBIO, VEN_GOV, V2, mode="allege"),
        event("ACCUSE", SAAB, MACHADO_AIDES, V5, mode="allege"),
        event("SANCTION", VENEZUELA, ARGENTINA, V6, mode="expel"),
        event("COERCE", VEN_SECURITY, MACHADO_AIDES, V7, mode="restrict", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", MACHADO_AIDES, VEN_GOV, V7, mode="allege"),
        event("SUPPORT", MACHADO, US_GOV, V8),
        event("SUPPORT", WERTHEIN, US_GOV, V9),
        event("ACCUSE", WERTHEIN, VEN_GOV, V9, mode="disapprove"),
        event("ACCUSE", CABELLO, RUBIO, V10, mode="disapprove"),
        event("REQUEST", ARGENTINA, VENEZUELA, V13, mode="yield"),
        event("COERCE", VEN_AUTH, GALLO, V13, mode="arrest"),
    ],
    "quotes": [
        quote("Five Venezuelan opposition figures who spent more than a year holed up in the Argentine ambassador's "
              "residence in Caracas have arrived in the United States", "Marco Rubio", "indirect"),
        quote("Following a precise operation, all hostages held by the Maduro regime at the Argentine embassy are "
              "now on U.S. soil", "Marco Rubio", "direct"),
        quote("their electricity and water had been cut off for months", "aides of María Corina Machado", "indirect"),
        quote("impeccable and epic operation", "María Corina Machado", "direct"),
        quote('the aides had endured a "siege" that violated international law', "Gerardo Werthein", "indirect"),
        quote("siege", "Gerardo Werthein", "direct"),
        quote("the aides had negotiated their departure", "Diosdado Cabello", "indirect"),
        quote("a lie", "Diosdado Cabello", "direct"),
        quote("They left after negotiating, nobody rescued anybody", "Diosdado Cabello", "direct"),
        quote('the escape showed that Maduro\'s government was "weaker than ever."', "María Corina Machado",
              "indirect"),
        quote("weaker than ever", "María Corina Machado", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("aides of María Corina Machado", "PER", "VEN", ["Five Venezuelan opposition figures", "the group",
                                                               "The five", "the aides"]),
        entity("Residence of the Argentine ambassador in Caracas", "LOC", "VEN",
               ["the Argentine ambassador's residence in Caracas", "the Argentine embassy", "the residence"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S. soil"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio"]),
        entity("Government of Venezuela", "ORG", "VEN", ["the Maduro regime", "Maduro's government"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Venezuela", "LOC", "VEN", ["the country", "Venezuela"]),
        entity("María Corina Machado", "PER", "VEN", ["opposition leader Maria Corina Machado", "Machado"]),
        entity("Magalli Meda", "PER", "VEN", ["her campaign manager Magalli Meda"]),
        entity("Pedro Urruchurtu", "PER", "VEN", ["her adviser Pedro Urruchurtu"]),
        entity("Tarek William Saab", "PER", "VEN", ["Venezuela's attorney general, Tarek William Saab"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["security forces"]),
        entity("Gerardo Werthein", "PER", "ARG", ["Argentine Foreign Minister Gerardo Werthein"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Venezuelan Interior Minister Diosdado Cabello", "Cabello"]),
        entity("U.S. Department of State", "ORG", "USA", ["The State Department"]),
        entity("Nahuel Gallo", "PER", "ARG", ["Nahuel Gallo"]),
        entity("Colombia", "LOC", "COL", ["Colombia"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Maduro"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
