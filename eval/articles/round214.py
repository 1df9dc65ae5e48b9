"""Round 214: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm214-de-01: The day after the Iberian blackout: France and Morocco helped restore power, REN and Red Eléctrica share data, Sánchez presses the power companies, Feijóo attacks the government, Montenegro turns to Brussels (2025-04-29).
- hm214-de-02: France's "Bloquons tout" protest day: blockades, tear gas in Paris, nearly 200 arrests, Retailleau blames the radical left, Mélenchon backs the protesters, unions rebuff new Prime Minister Lecornu (2025-09-10).
- hm214-de-03: Greek farmers block the motorway near Larissa over delayed subsidies after the OPEKEPE scandal; tear gas and arrests at Heraklion airport, Mitsotakis invites talks, the farmers refuse, Androulakis demands the agriculture minister's resignation (2025-12-03).
- hm214-de-04: Russia reports the recapture of Sudzha in the Kursk region; Ukrainian troops pull back, Trump asks Putin to spare encircled Ukrainian soldiers, Putin demands their surrender, Zelensky accuses Putin of stalling the ceasefire (2025-03-14).
- hm214-en-01: Zohran Mamdani elected mayor of New York City; Cuomo concedes, Trump threatens to cut federal funding, Hochul and Obama congratulate, Mamdani rebuffs business leaders (2025-11-05).
- hm214-en-02: Resident doctors in England begin a five-day strike; Streeting rules out pay talks and offers talks on other issues, the BMA rejects them, Starmer and the Patients Association appeal (2025-07-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01: Iberian blackout
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
FRANCE = actor("France", "FRA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
ESP_REGIONS = actor("Spanish regional governments", "ESP", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
REN = actor("REN (Redes Energéticas Nacionais)", "PRT", "BUS")
REE = actor("Red Eléctrica", "ESP", "BUS")
POWER_COS = actor("Spanish private power companies", "ESP", "BUS")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
MONTENEGRO_LUIS = actor("Luís Montenegro", "PRT", "GOV")
EU_COM = actor("European Commission", "EUR", "IGO")
PORTUGAL = actor("Portugal", "PRT", "GOV")

E1 = ("Einen Tag nach dem beispiellosen Stromausfall auf der Iberischen Halbinsel ist die Versorgung in Spanien "
      "und Portugal fast vollständig wiederhergestellt.")
E2 = ("Ministerpräsident Pedro Sánchez sagte am Dienstag in Madrid, innerhalb von fünf Sekunden seien "
      "15 Gigawatt Leistung aus dem Netz verschwunden.")
E3 = "Die Ursache sei weiter unklar, man schließe nichts aus."
E4 = "Der Netzbetreiber Red Eléctrica erklärte dagegen, es gebe keine Hinweise auf einen Cyberangriff."
E5 = "Beim Hochfahren des Netzes halfen Frankreich und Marokko mit Stromlieferungen über die Verbindungsleitungen."
E6 = "Sánchez dankte beiden Ländern ausdrücklich."
E7 = ("Die Regierung hatte am Montagabend auf Bitten dreier Regionalregierungen die nationale Notlage "
      "ausgerufen.")
E8 = ("Die portugiesische REN und Red Eléctrica tauschen seit Dienstag ihre Messdaten aus, um den Ablauf zu "
      "rekonstruieren.")
E9 = "Sánchez forderte die privaten Stromkonzerne auf, bei der Aufklärung uneingeschränkt mitzuarbeiten."
E10 = "Wer Verantwortung trage, werde zur Rechenschaft gezogen, sagte er."
E11 = ("Oppositionsführer Alberto Núñez Feijóo warf der Regierung vor, das Land »im Dunkeln gelassen« zu haben, "
       "und verlangte eine unabhängige Untersuchung.")
E12 = ("Portugals Regierungschef Luís Montenegro bat die EU-Kommission, die Ursachen von unabhängigen Experten "
       "prüfen zu lassen.")
E13 = "Brüssel sagte Madrid und Lissabon technische Unterstützung zu."

DE01 = {
    "id": "hm214-de-01", "lang": "de", "url": None, "published": "2025-04-29",
    "title": "Nach dem Blackout: Sánchez nimmt Stromkonzerne in die Pflicht",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12, E13]),
    "events": [
        event("AID", FRANCE, SPAIN, E5),
        event("AID", MOROCCO, SPAIN, E5),
        event("SUPPORT", SANCHEZ, FRANCE, E6),
        event("SUPPORT", SANCHEZ, MOROCCO, E6),
        event("REQUEST", ESP_REGIONS, ESP_GOV, E7, mode="assist", date="2025-04-28"),
        event("COOPERATE", REN, REE, E8),
        event("REQUEST", SANCHEZ, POWER_COS, E9, mode="assist"),
        event("THREATEN", SANCHEZ, POWER_COS, E10),
        event("ACCUSE", FEIJOO, ESP_GOV, E11, mode="disapprove"),
        event("REQUEST", FEIJOO, ESP_GOV, E11, mode="change"),
        event("REQUEST", MONTENEGRO_LUIS, EU_COM, E12, mode="assist"),
        event("AGREE", EU_COM, SPAIN, E13),
        event("AGREE", EU_COM, PORTUGAL, E13),
    ],
    "quotes": [
        quote("innerhalb von fünf Sekunden seien 15 Gigawatt Leistung aus dem Netz verschwunden", "Pedro Sánchez",
              "indirect"),
        quote("Die Ursache sei weiter unklar, man schließe nichts aus", "Pedro Sánchez", "indirect"),
        quote("es gebe keine Hinweise auf einen Cyberangriff", "Red Eléctrica", "indirect"),
        quote("Wer Verantwortung trage, werde zur Rechenschaft gezogen", "Pedro Sánchez", "indirect"),
        quote("das Land »im Dunkeln gelassen« zu haben", "Alberto Núñez Feijóo", "indirect"),
        quote("im Dunkeln gelassen", "Alberto Núñez Feijóo", "direct"),
    ],
    "entities": [
        entity("Iberian Peninsula", "LOC", None, ["der Iberischen Halbinsel"]),
        entity("Spain", "GPE", "ESP", ["Spanien", "Madrid", "das Land"]),
        entity("Portugal", "GPE", "PRT", ["Portugal", "Lissabon"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez", "er"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Red Eléctrica", "ORG", "ESP", ["Der Netzbetreiber Red Eléctrica", "Red Eléctrica"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Morocco", "GPE", "MAR", ["Marokko"]),
        entity("Government of Spain", "ORG", "ESP", ["Die Regierung", "der Regierung"]),
        entity("Spanish regional governments", "ORG", "ESP", ["dreier Regionalregierungen"]),
        entity("REN (Redes Energéticas Nacionais)", "ORG", "PRT", ["Die portugiesische REN"]),
        entity("Spanish private power companies", "ORG", "ESP", ["die privaten Stromkonzerne"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo"]),
        entity("Luís Montenegro", "PER", "PRT", ["Portugals Regierungschef Luís Montenegro"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission", "Brüssel"]),
    ],
}

# ---------------------------------------------------------------- de-02: "Bloquons tout", France
FR_POLICE = actor("French police", "FRA", "COP")
PROTESTERS = actor("Bloquons tout protesters", "FRA", "CVL")
FR_GOV = actor("Government of France", "FRA", "GOV")
RIOTERS = actor("Rioters in Rennes", "FRA", "CVL")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
RADLEFT_FR = actor("French radical left", "FRA", "OPP")
MELENCHON = actor("Jean-Luc Mélenchon", "FRA", "OPP")
LECORNU = actor("Sébastien Lecornu", "FRA", "GOV")
FR_UNIONS = actor("French trade unions", "FRA", "LAB")
BINET = actor("Sophie Binet", "FRA", "LAB")

F1 = ("Bei landesweiten Protesten gegen die Sparpläne der Regierung hat die französische Polizei am Mittwoch "
      "fast 200 Menschen festgenommen.")
F2 = ("Unter dem Motto „Bloquons tout“ („Blockieren wir alles“) versuchten Demonstranten, Autobahnen, Schulen "
      "und Bahnhöfe lahmzulegen.")
F3 = "In Paris setzten Sicherheitskräfte Tränengas ein, um eine Blockade der Ringautobahn aufzulösen."
F4 = "In Rennes zündeten Randalierer einen Bus an."
F5 = "Innenminister Bruno Retailleau hatte 80.000 Polizisten und Gendarmen aufgeboten."
F6 = ("Er warf „der radikalen Linken“ vor, die Bewegung gekapert zu haben, und kündigte an, jede Blockade werde "
      "sofort geräumt.")
F7 = "LFI-Gründer Jean-Luc Mélenchon stellte sich dagegen hinter die Demonstranten."
F8 = "„Das Volk hat heute gezeigt, dass es genug hat“, schrieb er auf X."
F9 = ("Der Protesttag fiel mit der Amtsübernahme des neuen Premierministers Sébastien Lecornu zusammen, der auf "
      "den gestürzten François Bayrou folgt.")
F10 = ("Lecornu versprach bei der Übergabe einen „Bruch“ mit dem bisherigen Stil und bot den Gewerkschaften "
       "Gespräche an.")
F11 = ("Die Gewerkschaften lehnten ein Treffen vor dem 18. September ab und drohten für diesen Tag mit einem "
       "landesweiten Streik.")
F12 = ("CGT-Chefin Sophie Binet sagte, die Regierung müsse die geplanten Kürzungen von 44 Milliarden Euro "
       "vollständig zurücknehmen.")

DE02 = {
    "id": "hm214-de-02", "lang": "de", "url": None, "published": "2025-09-10",
    "title": "„Bloquons tout“: Blockaden und Festnahmen in ganz Frankreich",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("COERCE", FR_POLICE, PROTESTERS, F1, mode="arrest", date="2025-09-10", location_country="FRA"),
        event("PROTEST", PROTESTERS, FR_GOV, F1, mode="demo", date="2025-09-10", location_country="FRA"),
        event("PROTEST", PROTESTERS, FR_GOV, F2, mode="obstruct", date="2025-09-10", location_country="FRA"),
        event("ASSAULT", FR_POLICE, PROTESTERS, F3, mode="crowd-control", date="2025-09-10", location="Paris",
              location_country="FRA"),
        event("PROTEST", RIOTERS, None, F4, mode="riot", date="2025-09-10", location="Rennes",
              location_country="FRA"),
        event("MOBILIZE", RETAILLEAU, PROTESTERS, F5, mode="police"),
        event("ACCUSE", RETAILLEAU, RADLEFT_FR, F6, mode="disapprove"),
        event("THREATEN", RETAILLEAU, PROTESTERS, F6),
        event("SUPPORT", MELENCHON, PROTESTERS, F7),
        event("AGREE", LECORNU, FR_UNIONS, F10, date="2025-09-10"),
        event("REJECT", FR_UNIONS, LECORNU, F11, mode="meet"),
        event("THREATEN", FR_UNIONS, FR_GOV, F11, mode="restrict"),
        event("REQUEST", BINET, FR_GOV, F12, mode="change"),
    ],
    "quotes": [
        quote("Bloquons tout", "Bloquons tout protesters", "direct"),
        quote("Blockieren wir alles", "Bloquons tout protesters", "direct"),
        quote("der radikalen Linken", "Bruno Retailleau", "direct"),
        quote("die Bewegung gekapert zu haben", "Bruno Retailleau", "indirect"),
        quote("jede Blockade werde sofort geräumt", "Bruno Retailleau", "indirect"),
        quote("Das Volk hat heute gezeigt, dass es genug hat", "Jean-Luc Mélenchon", "direct"),
        quote("Bruch", "Sébastien Lecornu", "direct"),
        quote("die Regierung müsse die geplanten Kürzungen von 44 Milliarden Euro vollständig zurücknehmen",
              "Sophie Binet", "indirect"),
    ],
    "entities": [
        entity("Government of France", "ORG", "FRA", ["der Regierung", "die Regierung"]),
        entity("French police", "ORG", "FRA", ["die französische Polizei", "Sicherheitskräfte"]),
        entity("Bloquons tout protesters", "PER", "FRA", ["Demonstranten", "die Demonstranten"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Rennes", "LOC", "FRA", ["Rennes"]),
        entity("Rioters in Rennes", "PER", "FRA", ["Randalierer"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Innenminister Bruno Retailleau", "Er"]),
        entity("French radical left", "ORG", "FRA", ["der radikalen Linken"]),
        entity("Jean-Luc Mélenchon", "PER", "FRA", ["LFI-Gründer Jean-Luc Mélenchon", "er"]),
        entity("La France Insoumise", "ORG", "FRA", ["LFI"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Sébastien Lecornu", "PER", "FRA", ["des neuen Premierministers Sébastien Lecornu", "Lecornu"]),
        entity("François Bayrou", "PER", "FRA", ["den gestürzten François Bayrou"]),
        entity("French trade unions", "ORG", "FRA", ["den Gewerkschaften", "Die Gewerkschaften"]),
        entity("Sophie Binet", "PER", "FRA", ["CGT-Chefin Sophie Binet"]),
        entity("General Confederation of Labour (CGT)", "ORG", "FRA", ["CGT"]),
    ],
}

# ---------------------------------------------------------------- de-03: Greek farmers
FARMERS = actor("Greek farmers", "GRC", "CVL")
GR_GOV = actor("Government of Greece", "GRC", "GOV")
GR_POLICE = actor("Greek police", "GRC", "COP")
MARINAKIS = actor("Pavlos Marinakis", "GRC", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
FARM_ASSOC = actor("Greek farmers' associations", "GRC", "CVL")
EPPO = actor("European Public Prosecutor's Office", "EUR", "JUD")
RECIPIENTS = actor("OPEKEPE subsidy recipients", "GRC", "CVL")
EU_COM2 = actor("European Commission", "EUR", "IGO")
GREECE = actor("Greece", "GRC", "GOV")
ANDROULAKIS = actor("Nikos Androulakis", "GRC", "OPP")
TSIARAS = actor("Konstantinos Tsiaras", "GRC", "GOV")

G1 = "In Griechenland haben Landwirte mit Hunderten Traktoren die wichtigste Nord-Süd-Autobahn bei Larisa blockiert."
G2 = ("Sie protestieren gegen ausstehende Agrarbeihilfen, deren Auszahlung sich nach einem Betrugsskandal um die "
      "Zahlstelle OPEKEPE monatelang verzögert hat.")
G3 = "Auf Kreta versuchten Bauern am Dienstag, auf das Gelände des Flughafens Heraklion vorzudringen."
G4 = "Die Bereitschaftspolizei setzte Tränengas ein und nahm vier Männer fest."
G5 = ("Regierungssprecher Pavlos Marinakis sagte, der Staat werde bis Jahresende weitere 160 Millionen Euro an "
      "die Betriebe überweisen.")
G6 = "„Flughäfen und Häfen sind eine rote Linie“, fügte er hinzu."
G7 = "Ministerpräsident Kyriakos Mitsotakis lud Vertreter der Bauern zu Gesprächen nach Athen ein."
G8 = "Die Verbände lehnten ab: Erst müsse das Geld fließen, dann werde verhandelt."
G9 = ("Die Europäische Staatsanwaltschaft ermittelt seit Monaten gegen Dutzende Empfänger, die Beihilfen für "
      "Weideland kassiert haben sollen, das sie gar nicht besaßen.")
G10 = ("Die EU-Kommission hatte Athen wegen der Mängel bereits Agrarmittel in dreistelliger Millionenhöhe "
       "gestrichen.")
G11 = ("Pasok-Chef Nikos Androulakis warf der Regierung vor, den Skandal jahrelang gedeckt zu haben, und "
       "forderte den Rücktritt von Agrarminister Konstantinos Tsiaras.")
G12 = "Die Landwirte kündigten an, die Blockaden notfalls bis über die Feiertage fortzusetzen."

DE03 = {
    "id": "hm214-de-03", "lang": "de", "url": None, "published": "2025-12-03",
    "title": "Griechische Bauern blockieren Autobahn – Tränengas auf Kreta",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("PROTEST", FARMERS, GR_GOV, G1, mode="obstruct", location="Larissa", location_country="GRC"),
        event("PROTEST", FARMERS, GR_GOV, G2, mode="demo"),
        event("PROTEST", FARMERS, GR_GOV, G3, mode="obstruct", date="2025-12-02", location="Heraklion",
              location_country="GRC"),
        event("ASSAULT", GR_POLICE, FARMERS, G4, mode="crowd-control", date="2025-12-02", location="Heraklion",
              location_country="GRC"),
        event("COERCE", GR_POLICE, FARMERS, G4, mode="arrest", date="2025-12-02", location="Heraklion",
              location_country="GRC"),
        event("AGREE", MARINAKIS, FARMERS, G5),
        event("THREATEN", MARINAKIS, FARMERS, G6),
        event("AGREE", MITSOTAKIS, FARMERS, G7),
        event("REJECT", FARM_ASSOC, MITSOTAKIS, G8, mode="meet"),
        event("ACCUSE", EPPO, RECIPIENTS, G9, mode="investigate"),
        event("SANCTION", EU_COM2, GREECE, G10, mode="withdraw"),
        event("ACCUSE", ANDROULAKIS, GR_GOV, G11, mode="disapprove"),
        event("REQUEST", ANDROULAKIS, TSIARAS, G11, mode="change"),
        event("THREATEN", FARMERS, GR_GOV, G12, mode="restrict"),
    ],
    "quotes": [
        quote("der Staat werde bis Jahresende weitere 160 Millionen Euro an die Betriebe überweisen",
              "Pavlos Marinakis", "indirect"),
        quote("Flughäfen und Häfen sind eine rote Linie", "Pavlos Marinakis", "direct"),
        quote("Erst müsse das Geld fließen, dann werde verhandelt", "Greek farmers' associations", "indirect"),
        quote("den Skandal jahrelang gedeckt zu haben", "Nikos Androulakis", "indirect"),
        quote("die Blockaden notfalls bis über die Feiertage fortzusetzen", "Greek farmers", "indirect"),
    ],
    "entities": [
        entity("Greece", "GPE", "GRC", ["Griechenland", "Athen"]),
        entity("Greek farmers", "PER", "GRC", ["Landwirte", "Sie", "Bauern", "vier Männer", "Die Landwirte"]),
        entity("Larissa", "LOC", "GRC", ["Larisa"]),
        entity("OPEKEPE", "ORG", "GRC", ["Zahlstelle OPEKEPE"]),
        entity("Crete", "LOC", "GRC", ["Kreta"]),
        entity("Heraklion Airport", "LOC", "GRC", ["des Flughafens Heraklion"]),
        entity("Greek police", "ORG", "GRC", ["Die Bereitschaftspolizei"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Regierungssprecher Pavlos Marinakis", "er"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis"]),
        entity("Greek farmers' associations", "ORG", "GRC", ["Vertreter der Bauern", "Die Verbände"]),
        entity("European Public Prosecutor's Office", "ORG", "EUR", ["Die Europäische Staatsanwaltschaft"]),
        entity("OPEKEPE subsidy recipients", "PER", "GRC", ["Dutzende Empfänger"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Government of Greece", "ORG", "GRC", ["der Regierung", "der Staat"]),
        entity("Nikos Androulakis", "PER", "GRC", ["Pasok-Chef Nikos Androulakis"]),
        entity("PASOK", "ORG", "GRC", ["Pasok"]),
        entity("Konstantinos Tsiaras", "PER", "GRC", ["Agrarminister Konstantinos Tsiaras"]),
    ],
}

# ---------------------------------------------------------------- de-04: Sudzha / Kursk region
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
UAF = actor("Ukrainian Armed Forces", "UKR", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")

U1 = ("Das russische Verteidigungsministerium hat die Rückeroberung der Kleinstadt Sudscha im westrussischen "
      "Gebiet Kursk gemeldet.")
U2 = ("Der ukrainische Oberbefehlshaber Olexander Syrskyj erklärte, die Truppen seien auf „günstigere "
      "Positionen“ zurückgezogen worden.")
U3 = ("Am Mittwoch hatte sich Kremlchef Wladimir Putin erstmals in Tarnuniform in einem Kommandoposten in der "
      "Region gezeigt.")
U4 = ("Dort nannte er die ukrainischen Soldaten in Kursk „Terroristen“, für die die Genfer Konventionen nicht "
      "gälten.")
U5 = ("US-Präsident Donald Trump schrieb am Freitag, er habe Putin „eindringlich gebeten“, das Leben Tausender "
      "eingekesselter ukrainischer Soldaten zu schonen.")
U6 = "Sein Sondergesandter Steve Witkoff war am Donnerstagabend im Kreml von Putin empfangen worden."
U7 = ("Putin antwortete, den Soldaten werde das Leben garantiert, wenn sie die Waffen niederlegten und sich "
      "ergäben.")
U8 = "Präsident Wolodymyr Selenskyj wies die Darstellung einer Einkesselung zurück."
U9 = ("Er warf Putin vor, die von den USA vorgeschlagene 30-tägige Waffenruhe mit immer neuen Bedingungen zu "
      "torpedieren.")
U10 = "Kiew hatte dem Vorschlag bei Gesprächen im saudi-arabischen Dschidda bereits zugestimmt."
U11 = ("Putin sagte, er unterstütze die Idee einer Waffenruhe grundsätzlich, es gebe aber „ernsthafte "
       "Fragen“.")
U12 = "Eine feste Zusage für eine Waffenruhe gab Moskau bislang nicht."

DE04 = {
    "id": "hm214-de-04", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Russland meldet Rückeroberung von Sudscha – Trump bittet Putin um Schonung",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7], [U8, U9, U10, U11, U12]),
    "events": [
        event("ASSAULT", RUS_MIL, UAF, U1, location="Sudzha", location_country="RUS"),
        event("RETREAT", UAF, None, U2, mode="withdraw", location="Sudzha", location_country="RUS"),
        event("ACCUSE", PUTIN, UAF, U4, mode="disapprove", date="2025-03-12", location="Kursk Oblast",
              location_country="RUS"),
        event("REQUEST", TRUMP, PUTIN, U5, mode="yield"),
        event("CONSULT", WITKOFF, PUTIN, U6, mode="visit", date="2025-03-13", location="Moscow",
              location_country="RUS"),
        event("REQUEST", PUTIN, UAF, U7, mode="yield"),
        event("ACCUSE", ZELENSKY, PUTIN, U9, mode="disapprove"),
        event("AGREE", UKRAINE, USA, U10, location="Jeddah", location_country="SAU"),
        event("SUPPORT", PUTIN, USA, U11),
        event("AGREE", RUSSIA, USA, U12, negated=True),
    ],
    "quotes": [
        quote("die Truppen seien auf „günstigere Positionen“ zurückgezogen worden", "Oleksandr Syrskyi",
              "indirect"),
        quote("günstigere Positionen", "Oleksandr Syrskyi", "direct"),
        quote("Terroristen", "Vladimir Putin", "direct"),
        quote("für die die Genfer Konventionen nicht gälten", "Vladimir Putin", "indirect"),
        quote("er habe Putin „eindringlich gebeten“, das Leben Tausender eingekesselter ukrainischer Soldaten zu "
              "schonen", "Donald Trump", "indirect"),
        quote("eindringlich gebeten", "Donald Trump", "direct"),
        quote("den Soldaten werde das Leben garantiert, wenn sie die Waffen niederlegten und sich ergäben",
              "Vladimir Putin", "indirect"),
        quote("die von den USA vorgeschlagene 30-tägige Waffenruhe mit immer neuen Bedingungen zu torpedieren",
              "Volodymyr Zelensky", "indirect"),
        quote("er unterstütze die Idee einer Waffenruhe grundsätzlich, es gebe aber „ernsthafte Fragen“",
              "Vladimir Putin", "indirect"),
        quote("ernsthafte Fragen", "Vladimir Putin", "direct"),
    ],
    "entities": [
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Sudzha", "LOC", "RUS", ["der Kleinstadt Sudscha"]),
        entity("Kursk Oblast", "LOC", "RUS", ["Gebiet Kursk", "der Region", "Kursk"]),
        entity("Oleksandr Syrskyi", "PER", "UKR", ["Der ukrainische Oberbefehlshaber Olexander Syrskyj"]),
        entity("Ukrainian Armed Forces", "ORG", "UKR",
               ["die Truppen", "die ukrainischen Soldaten in Kursk", "Tausender eingekesselter ukrainischer Soldaten",
                "den Soldaten"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin", "er"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Steve Witkoff", "PER", "USA", ["Sein Sondergesandter Steve Witkoff"]),
        entity("Kremlin", "ORG", "RUS", ["im Kreml"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Er"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew"]),
        entity("Jeddah", "LOC", "SAU", ["im saudi-arabischen Dschidda"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
    ],
}

# ---------------------------------------------------------------- en-01: Mamdani elected in New York
MAMDANI = actor("Zohran Mamdani", "USA", "GOV")
CUOMO = actor("Andrew Cuomo", "USA", "OPP")
TRUMP_EN = actor("Donald Trump", "USA", "GOV")
NYC_GOV = actor("Government of New York City", "USA", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
HOCHUL = actor("Kathy Hochul", "USA", "GOV")
OBAMA = actor("Barack Obama", "USA", "PTY")
BUSINESS = actor("New York business leaders", "USA", "BUS")

M1 = ("Zohran Mamdani, a 34-year-old democratic socialist, was elected mayor of New York City on Tuesday, "
      "defeating former Governor Andrew Cuomo and Republican Curtis Sliwa.")
M2 = ("Cuomo, who ran as an independent after losing the Democratic primary to Mamdani in June, conceded "
      "shortly before midnight and congratulated his rival.")
M3 = ("“President Trump, I know you are watching,” Mamdani told cheering supporters in Brooklyn, “and this city "
      "will not be bullied.”")
M4 = ("Trump, who had endorsed Cuomo on the eve of the vote, renewed his threat on Wednesday to cut federal "
      "funding to the city and called Mamdani a “communist.”")
M5 = "“If he doesn’t behave, he won’t get a penny,” Trump told reporters at the White House."
M6 = ("Mamdani said he would not be intimidated and called on Washington to respect the decision of New York’s "
      "voters.")
M7 = ("New York Governor Kathy Hochul congratulated Mamdani and said the state would work closely with his "
      "administration.")
M8 = "Former President Barack Obama also called Mamdani to congratulate him, a spokesman said."
M10 = ("Business leaders who had spent millions on ads against Mamdani said they were ready to meet him, but he "
       "rejected their calls to drop his plan to raise taxes on millionaires.")
M11 = "Mamdani takes office on January 1."

EN01 = {
    "id": "hm214-en-01", "lang": "en", "url": None, "published": "2025-11-05",
    "title": "Mamdani wins New York mayor's race as Trump renews funding threat",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M10, M11]),
    "events": [
        event("CONCEDE", CUOMO, MAMDANI, M2, date="2025-11-04"),
        event("SUPPORT", CUOMO, MAMDANI, M2, date="2025-11-04"),
        event("SUPPORT", TRUMP_EN, CUOMO, M4),
        event("THREATEN", TRUMP_EN, NYC_GOV, M4, date="2025-11-05"),
        event("ACCUSE", TRUMP_EN, MAMDANI, M4, mode="disapprove", date="2025-11-05"),
        event("THREATEN", TRUMP_EN, MAMDANI, M5, location="Washington", location_country="USA"),
        event("REQUEST", MAMDANI, US_GOV, M6),
        event("SUPPORT", HOCHUL, MAMDANI, M7),
        event("AGREE", HOCHUL, MAMDANI, M7),
        event("CONSULT", OBAMA, MAMDANI, M8, mode="phone"),
        event("SUPPORT", OBAMA, MAMDANI, M8),
        event("AGREE", BUSINESS, MAMDANI, M10),
        event("REJECT", MAMDANI, BUSINESS, M10, mode="change"),
    ],
    "quotes": [
        quote("President Trump, I know you are watching", "Zohran Mamdani", "direct"),
        quote("and this city will not be bullied", "Zohran Mamdani", "direct"),
        quote("communist", "Donald Trump", "direct"),
        quote("If he doesn’t behave, he won’t get a penny", "Donald Trump", "direct"),
        quote("he would not be intimidated", "Zohran Mamdani", "indirect"),
        quote("the state would work closely with his administration", "Kathy Hochul", "indirect"),
        quote("Former President Barack Obama also called Mamdani to congratulate him", "Spokesperson for Barack Obama",
              "indirect"),
        quote("they were ready to meet him", "New York business leaders", "indirect"),
    ],
    "entities": [
        entity("Zohran Mamdani", "PER", "USA", ["Zohran Mamdani", "Mamdani", "he", "him"]),
        entity("New York City", "GPE", "USA", ["New York City", "the city", "this city", "New York’s"]),
        entity("Andrew Cuomo", "PER", "USA", ["former Governor Andrew Cuomo", "Cuomo", "his rival"]),
        entity("Curtis Sliwa", "PER", "USA", ["Republican Curtis Sliwa"]),
        entity("Democratic Party", "ORG", "USA", ["Democratic"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("Donald Trump", "PER", "USA", ["President Trump", "Trump"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Kathy Hochul", "PER", "USA", ["New York Governor Kathy Hochul"]),
        entity("New York State", "GPE", "USA", ["the state"]),
        entity("Barack Obama", "PER", "USA", ["Former President Barack Obama"]),
        entity("New York business leaders", "PER", "USA", ["Business leaders", "their"]),
    ],
}

# ---------------------------------------------------------------- en-02: resident doctors' strike, England
BMA = actor("British Medical Association", "GBR", "LAB")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
STREETING = actor("Wes Streeting", "GBR", "GOV")
NIEUWOUDT = actor("Ross Nieuwoudt", "GBR", "LAB")
STARMER = actor("Keir Starmer", "GBR", "GOV")
PATIENTS = actor("Patients Association", "GBR", "NGO")
TORIES = actor("Conservative Party", "GBR", "PTY")
LABOUR = actor("Labour Party", "GBR", "PTY")

N1 = ("Thousands of resident doctors in England, represented by the British Medical Association (BMA), walked "
      "out on Friday at the start of a five-day strike over pay, the first under Prime Minister Keir Starmer’s "
      "Labour government.")
N2 = ("The union says doctors’ pay has fallen by a fifth in real terms since 2008 and is demanding full “pay "
      "restoration.”")
N3 = ("Health Secretary Wes Streeting called the strike “unreasonable” and said there would be no more talks on "
      "pay after this year’s 5.4 percent rise.")
N4 = "“The door is open on everything else,” Streeting said, offering talks on training places and exam fees."
N5 = ("Ross Nieuwoudt, co-chair of the BMA’s resident doctors committee, said the offer was “too little, too "
      "late” and accused the government of trying to let the strike run its course.")
N6 = "Starmer urged the doctors to return to work, saying patients would pay the price."
N7 = ("NHS England said hospitals would try to keep most planned operations going, unlike during previous "
      "strikes.")
N8 = ("The Patients Association warned that vulnerable people would suffer and called on both sides to return "
      "to the negotiating table.")
N9 = "The opposition Conservatives accused Labour of having “rewarded” earlier strikes with generous pay deals."
N10 = "The BMA has threatened further walkouts if no improved offer is made by the end of the summer."

EN02 = {
    "id": "hm214-en-02", "lang": "en", "url": None, "published": "2025-07-25",
    "title": "Resident doctors in England begin five-day strike as Streeting rules out pay talks",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10]),
    "events": [
        event("PROTEST", BMA, UK_GOV, N1, mode="strike", date="2025-07-25", location="England",
              location_country="GBR"),
        event("REQUEST", BMA, UK_GOV, N2, mode="change"),
        event("ACCUSE", STREETING, BMA, N3, mode="disapprove"),
        event("REJECT", STREETING, BMA, N3, mode="meet"),
        event("AGREE", STREETING, BMA, N4),
        event("REJECT", NIEUWOUDT, STREETING, N5, mode="meet"),
        event("ACCUSE", NIEUWOUDT, UK_GOV, N5, mode="disapprove"),
        event("REQUEST", STARMER, BMA, N6, mode="change"),
        event("REQUEST", PATIENTS, BMA, N8, mode="meet"),
        event("REQUEST", PATIENTS, UK_GOV, N8, mode="meet"),
        event("ACCUSE", TORIES, LABOUR, N9, mode="disapprove"),
        event("THREATEN", BMA, UK_GOV, N10, mode="restrict"),
    ],
    "quotes": [
        quote("doctors’ pay has fallen by a fifth in real terms since 2008", "British Medical Association",
              "indirect"),
        quote("pay restoration", "British Medical Association", "direct"),
        quote("unreasonable", "Wes Streeting", "direct"),
        quote("there would be no more talks on pay after this year’s 5.4 percent rise", "Wes Streeting", "indirect"),
        quote("The door is open on everything else", "Wes Streeting", "direct"),
        quote("the offer was “too little, too late”", "Ross Nieuwoudt", "indirect"),
        quote("too little, too late", "Ross Nieuwoudt", "direct"),
        quote("trying to let the strike run its course", "Ross Nieuwoudt", "indirect"),
        quote("patients would pay the price", "Keir Starmer", "indirect"),
        quote("hospitals would try to keep most planned operations going, unlike during previous strikes",
              "NHS England", "indirect"),
        quote("vulnerable people would suffer", "Patients Association", "indirect"),
        quote("rewarded", "Conservative Party", "direct"),
    ],
    "entities": [
        entity("Resident doctors in England", "PER", "GBR",
               ["Thousands of resident doctors in England", "the doctors", "doctors’"]),
        entity("England", "GPE", "GBR", ["England"]),
        entity("British Medical Association", "ORG", "GBR",
               ["the British Medical Association (BMA)", "The union", "the BMA’s resident doctors committee",
                "The BMA"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer’s", "Starmer"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Labour government", "the government"]),
        entity("Wes Streeting", "PER", "GBR", ["Health Secretary Wes Streeting", "Streeting"]),
        entity("Ross Nieuwoudt", "PER", "GBR", ["Ross Nieuwoudt, co-chair of the BMA’s resident doctors committee"]),
        entity("NHS England", "ORG", "GBR", ["NHS England"]),
        entity("Patients Association", "ORG", "GBR", ["The Patients Association"]),
        entity("Conservative Party", "ORG", "GBR", ["The opposition Conservatives"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
