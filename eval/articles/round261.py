"""Round 261: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm261-de-01: Cyprus: Hezbollah leader Nasrallah threatens Cyprus over Israeli use of its bases; Nasrallah accuses Nicosia, Christodoulides denies and phones Mikati, the European Commission and Greece's Gerapetritis back Cyprus, the 2022 joint drill with Israel's army, Katz's earlier threat against Hezbollah, the National Guard raises readiness (2024-06-20).
- hm261-de-02: Albania: anti-corruption prosecutors SPAK arrest Tirana mayor Erion Veliaj and search the city hall; charges, detention request, Rama backs the prosecutors, Berisha's Democratic Party demands Veliaj's resignation and protests, the Socialists refuse, firebombs on the city hall, police cordon, earlier US sanctions on Berisha (2025-02-11).
- hm261-de-03: EU institutions/Belgium: at the EPPO's request Belgian police search the EEAS and the College of Europe and detain Federica Mogherini and Stefano Sannino; both released but charged, the Commission pledges cooperation, Mogherini promises to cooperate, Schlein backs her, the Left demands a review (2025-12-03).
- hm261-de-04: Ukraine/Belarus: Kyiv warns Minsk against "tragic mistakes" and demands the withdrawal of troops massed near the border; Lukashenko accuses Ukraine of massing 120,000 troops and moves a third of his army, earlier Polonez/Iskander deployment after drones over Gomel, the chargé summoned, no withdrawal (2024-08-25).
- hm261-en-01: Turkey: the PKK declares a ceasefire after Abdullah Ocalan's call to disarm; conditional pledge to hold a dissolution congress, DEM delegation's visit to Imrali, Erdogan welcomes and warns, Bahceli's earlier offer, the EU, Germany and Mazloum Abdi react, Bakirhan urges legal steps (2025-03-01).
- hm261-en-02: Russia: Roskomnadzor starts restricting calls on WhatsApp and Telegram and accuses them of serving fraud and sabotage; the digital ministry sets conditions, WhatsApp objects, Gorelkin's earlier threat, the 2022 block of Facebook and Instagram, Roskomsvoboda criticises (2025-08-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm261-de-01 (Cyprus, Nasrallah's threat)
NASRALLAH = actor("Hassan Nasrallah", "LBN", "REB")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
CYP_GOV = actor("Government of Cyprus", "CYP", "GOV")
CHRISTODOULIDES = actor("Nikos Christodoulides", "CYP", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
CYP_GUARD = actor("Cypriot National Guard", "CYP", "MIL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")

Z1 = ("Nikosia (dpa) - Der Chef der libanesischen Hisbollah-Miliz, Hassan Nasrallah, hat dem EU-Mitgliedstaat Zypern "
      "mit Angriffen gedroht.")
Z2 = ("Sollte Zypern israelischen Kampfflugzeugen seine Flughäfen für Angriffe auf den Libanon öffnen, werde man "
      "die Insel als Kriegspartei betrachten, sagte Nasrallah am Mittwochabend.")
Z3 = ("Er warf der Regierung in Nikosia zudem vor, der israelischen Armee schon jetzt Manöver auf zyprischem Gebiet "
      "zu gestatten.")
Z4 = "Präsident Nikos Christodoulides wies die Vorwürfe zurück."
Z5 = ("„Zypern ist in keiner Weise an militärischen Operationen beteiligt“, sagte er am Donnerstag vor Journalisten "
      "in Nikosia.")
Z6 = "Die Insel sei Teil der Lösung und nicht Teil des Problems, fügte der Präsident hinzu."
Z7 = ("Christodoulides telefonierte noch in der Nacht mit dem libanesischen Übergangsregierungschef Nadschib "
      "Mikati.")
Z8 = ("Mikati habe ihm versichert, dass Beirut die engen Beziehungen zu Nikosia schätze, hieß es aus dem "
      "Präsidialamt.")
Z9 = "Die EU-Kommission stellte sich umgehend hinter Zypern."
Z10 = "„Eine Drohung gegen einen Mitgliedstaat ist eine Drohung gegen die gesamte Union“, sagte ein Sprecher in Brüssel."
Z11 = ("Der griechische Außenminister Giorgos Gerapetritis sicherte Nikosia die volle Solidarität Athens zu und "
       "forderte die Hisbollah auf, von weiteren Drohungen abzusehen.")
Z12 = "Israels Armee hatte 2022 ein gemeinsames Manöver mit der zyprischen Nationalgarde abgehalten."
Z13 = "Israels Außenminister Israel Katz hatte am Dienstag mit einem „totalen Krieg“ gegen die Miliz gedroht."
Z14 = "Die Nationalgarde erhöhte am Donnerstag die Bereitschaft an den Flughäfen Larnaka und Paphos."

DE01 = {
    "id": "hm261-de-01", "lang": "de", "url": None, "published": "2024-06-20",
    "title": "Nasrallah droht Zypern – Nikosia weist Vorwürfe zurück",
    "text": paragraphs([Z1, Z2, Z3], [Z4, Z5, Z6, Z7, Z8], [Z9, Z10, Z11], [Z12, Z13, Z14]),
    "events": [
        event("THREATEN", NASRALLAH, CYP_GOV, Z1, mode="violence"),
        event("THREATEN", NASRALLAH, CYP_GOV, Z2, mode="violence", date="2024-06-19"),
        event("ACCUSE", NASRALLAH, CYP_GOV, Z3, mode="allege"),
        event("CONSULT", CHRISTODOULIDES, MIKATI, Z7, mode="phone"),
        event("SUPPORT", MIKATI, CHRISTODOULIDES, Z8),
        event("SUPPORT", EU_COMMISSION, CYP_GOV, Z9),
        event("SUPPORT", EU_COMMISSION, CYP_GOV, Z10),
        event("SUPPORT", GERAPETRITIS, CYP_GOV, Z11),
        event("REQUEST", GERAPETRITIS, HEZBOLLAH, Z11, mode="change"),
        event("COOPERATE", IDF, CYP_GUARD, Z12),
        event("THREATEN", KATZ, HEZBOLLAH, Z13, mode="violence", date="2024-06-18"),
        event("MOBILIZE", CYP_GUARD, None, Z14, mode="troops", date="2024-06-20", location="Larnaka",
              location_country="CYP"),
    ],
    "quotes": [
        quote("Sollte Zypern israelischen Kampfflugzeugen seine Flughäfen für Angriffe auf den Libanon öffnen, werde "
              "man die Insel als Kriegspartei betrachten", "Hassan Nasrallah", "indirect"),
        quote("der israelischen Armee schon jetzt Manöver auf zyprischem Gebiet zu gestatten", "Hassan Nasrallah",
              "indirect"),
        quote("Zypern ist in keiner Weise an militärischen Operationen beteiligt", "Nikos Christodoulides", "direct"),
        quote("Die Insel sei Teil der Lösung und nicht Teil des Problems", "Nikos Christodoulides", "indirect"),
        quote("Mikati habe ihm versichert, dass Beirut die engen Beziehungen zu Nikosia schätze",
              "Presidency of Cyprus", "indirect"),
        quote("Eine Drohung gegen einen Mitgliedstaat ist eine Drohung gegen die gesamte Union",
              "spokesperson of the European Commission", "direct"),
        quote("totalen Krieg", "Israel Katz", "direct"),
    ],
    "entities": [
        entity("Nicosia", "LOC", "CYP", ["Nikosia"]),
        entity("Hassan Nasrallah", "PER", "LBN", ["Der Chef der libanesischen Hisbollah-Miliz, Hassan Nasrallah",
                                                  "Nasrallah", "Er"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah-Miliz", "die Hisbollah", "die Miliz"]),
        entity("Cyprus", "LOC", "CYP", ["dem EU-Mitgliedstaat Zypern", "Zypern", "die Insel", "Die Insel"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon"]),
        entity("Government of Cyprus", "ORG", "CYP", ["der Regierung in Nikosia"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee", "Israels Armee"]),
        entity("Nikos Christodoulides", "PER", "CYP", ["Präsident Nikos Christodoulides", "Christodoulides",
                                                       "der Präsident"]),
        entity("Najib Mikati", "PER", "LBN", ["dem libanesischen Übergangsregierungschef Nadschib Mikati",
                                              "Mikati"]),
        entity("Government of Lebanon", "ORG", "LBN", ["Beirut"]),
        entity("Presidency of Cyprus", "ORG", "CYP", ["dem Präsidialamt"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["ein Sprecher in Brüssel"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("European Union", "ORG", "EUR", ["die gesamte Union"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Der griechische Außenminister Giorgos Gerapetritis"]),
        entity("Government of Greece", "ORG", "GRC", ["Athens"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz"]),
        entity("Cypriot National Guard", "ORG", "CYP", ["der zyprischen Nationalgarde", "Die Nationalgarde"]),
        entity("Larnaca International Airport", "LOC", "CYP", ["Larnaka"]),
        entity("Paphos International Airport", "LOC", "CYP", ["Paphos"]),
    ],
}

# ---------------------------------------------------------------- hm261-de-02 (Albania, Tirana mayor Veliaj arrested)
SPAK = actor("Special Structure against Corruption and Organised Crime", "ALB", "JUD")
VELIAJ = actor("Erion Veliaj", "ALB", "GOV")
ALB_SPECIAL_COURT = actor("Special Court against Corruption and Organised Crime", "ALB", "JUD")
RAMA = actor("Edi Rama", "ALB", "GOV")
ALB_DP = actor("Democratic Party of Albania", "ALB", "OPP")
BERISHA = actor("Sali Berisha", "ALB", "OPP")
ALB_GOV = actor("Government of Albania", "ALB", "GOV")
DP_SUPPORTERS = actor("supporters of the Democratic Party of Albania", "ALB", "CVL")
ALB_SP = actor("Socialist Party of Albania", "ALB", "PTY")
ALB_POLICE = actor("Albanian State Police", "ALB", "COP")
USA = actor("United States", "USA", "GOV")
TIRANA_MUNI = actor("Municipality of Tirana", "ALB", "GOV")

A1 = ("Tirana (AFP) - In Albanien ist der Bürgermeister der Hauptstadt Tirana, Erion Veliaj, unter "
      "Korruptionsverdacht festgenommen worden.")
A2 = ("Beamte der Sonderstaatsanwaltschaft SPAK hätten den 45-Jährigen am Montagabend kurz nach seiner Rückkehr von "
      "einer Reise in die USA in Gewahrsam genommen, teilte die Behörde mit.")
A3 = "Die Ermittler werfen Veliaj Korruption, Geldwäsche und Amtsmissbrauch vor."
A4 = "Sie durchsuchten zudem sein Büro im Rathaus sowie mehrere Wohnungen."
A5 = ("Laut SPAK flossen über eine Firma aus dem Umfeld seiner Ehefrau Gelder aus städtischen Aufträgen an den "
      "Bürgermeister.")
A6 = "Veliaj ließ die Vorwürfe über seinen Anwalt zurückweisen."
A7 = "Sein Mandant werde vor Gericht seine Unschuld beweisen, sagte der Jurist."
A8 = "Die Staatsanwaltschaft beantragte beim Sondergericht für Korruption Untersuchungshaft."
A9 = "Ministerpräsident Edi Rama, als dessen enger Vertrauter Veliaj gilt, stellte sich hinter die Ermittler."
A10 = "„Niemand steht über dem Gesetz, auch kein Bürgermeister“, sagte der Regierungschef."
A11 = ("Die oppositionelle Demokratische Partei von Ex-Regierungschef Sali Berisha forderte Veliajs sofortigen "
       "Rücktritt und Neuwahlen in Tirana.")
A12 = "Der Bürgermeister sei nur „die Spitze des Eisbergs“ eines korrupten Systems, erklärte Berisha."
A13 = "Die regierenden Sozialisten lehnten die Forderung ab."
A14 = "Am Dienstag versammelten sich Hunderte Anhänger der Opposition vor dem Rathaus."
A15 = "Einige Demonstranten warfen Brandsätze auf das Gebäude."
A16 = "Die Polizei riegelte den Skanderbeg-Platz ab."
A17 = "Die USA hatten Berisha bereits 2021 wegen Korruption mit einem Einreiseverbot belegt."
A18 = "Albanien wählt im Mai ein neues Parlament."

DE02 = {
    "id": "hm261-de-02", "lang": "de", "url": None, "published": "2025-02-11",
    "title": "Tiranas Bürgermeister Veliaj unter Korruptionsverdacht festgenommen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14, A15, A16], [A17, A18]),
    "events": [
        event("COERCE", SPAK, VELIAJ, A1, mode="arrest"),
        event("COERCE", SPAK, VELIAJ, A2, mode="arrest", date="2025-02-10", location="Tirana",
              location_country="ALB"),
        event("ACCUSE", SPAK, VELIAJ, A3, mode="allege"),
        event("COERCE", SPAK, VELIAJ, A4, mode="seize", location="Tirana", location_country="ALB"),
        event("ACCUSE", SPAK, VELIAJ, A5, mode="allege"),
        event("REQUEST", SPAK, ALB_SPECIAL_COURT, A8),
        event("SUPPORT", RAMA, SPAK, A9),
        event("REQUEST", ALB_DP, VELIAJ, A11, mode="change"),
        event("ACCUSE", BERISHA, ALB_GOV, A12, mode="disapprove"),
        event("REJECT", ALB_SP, ALB_DP, A13, mode="change"),
        event("PROTEST", DP_SUPPORTERS, VELIAJ, A14, mode="demo", date="2025-02-11", location="Tirana",
              location_country="ALB"),
        event("ASSAULT", DP_SUPPORTERS, TIRANA_MUNI, A15, mode="primitive", date="2025-02-11", location="Tirana",
              location_country="ALB"),
        event("COERCE", ALB_POLICE, None, A16, mode="restrict", location="Tirana", location_country="ALB"),
        event("SANCTION", USA, BERISHA, A17),
    ],
    "quotes": [
        quote("Beamte der Sonderstaatsanwaltschaft SPAK hätten den 45-Jährigen am Montagabend kurz nach seiner "
              "Rückkehr von einer Reise in die USA in Gewahrsam genommen",
              "Special Structure against Corruption and Organised Crime", "indirect"),
        quote("flossen über eine Firma aus dem Umfeld seiner Ehefrau Gelder aus städtischen Aufträgen an den "
              "Bürgermeister", "Special Structure against Corruption and Organised Crime", "indirect"),
        quote("Sein Mandant werde vor Gericht seine Unschuld beweisen", "lawyer of Erion Veliaj", "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein Bürgermeister", "Edi Rama", "direct"),
        quote("die Spitze des Eisbergs", "Sali Berisha", "direct"),
        quote("Der Bürgermeister sei nur „die Spitze des Eisbergs“ eines korrupten Systems", "Sali Berisha",
              "indirect"),
    ],
    "entities": [
        entity("Tirana", "LOC", "ALB", ["Tirana", "der Hauptstadt"]),
        entity("Albania", "LOC", "ALB", ["Albanien"]),
        entity("Erion Veliaj", "PER", "ALB", ["der Bürgermeister der Hauptstadt Tirana, Erion Veliaj",
                                              "den 45-Jährigen", "Veliaj", "Veliajs", "den Bürgermeister",
                                              "Der Bürgermeister", "Sein Mandant"]),
        entity("Special Structure against Corruption and Organised Crime", "ORG", "ALB",
               ["Sonderstaatsanwaltschaft SPAK", "die Behörde", "Die Ermittler", "SPAK",
                "Die Staatsanwaltschaft", "die Ermittler"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Tirana City Hall", "LOC", "ALB", ["im Rathaus", "dem Rathaus", "das Gebäude"]),
        entity("lawyer of Erion Veliaj", "PER", "ALB", ["seinen Anwalt", "der Jurist"]),
        entity("Special Court against Corruption and Organised Crime", "ORG", "ALB",
               ["beim Sondergericht für Korruption", "vor Gericht"]),
        entity("Edi Rama", "PER", "ALB", ["Ministerpräsident Edi Rama", "der Regierungschef"]),
        entity("Democratic Party of Albania", "ORG", "ALB", ["Die oppositionelle Demokratische Partei",
                                                             "der Opposition"]),
        entity("Sali Berisha", "PER", "ALB", ["Ex-Regierungschef Sali Berisha", "Berisha"]),
        entity("Socialist Party of Albania", "ORG", "ALB", ["Die regierenden Sozialisten"]),
        entity("supporters of the Democratic Party of Albania", "ORG", "ALB", ["Hunderte Anhänger der Opposition",
                                                                               "Einige Demonstranten"]),
        entity("Albanian State Police", "ORG", "ALB", ["Die Polizei"]),
        entity("Skanderbeg Square", "LOC", "ALB", ["den Skanderbeg-Platz"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Parliament of Albania", "ORG", "ALB", ["ein neues Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm261-de-03 (EU/Belgium, Mogherini detained in EPPO probe)
EPPO = actor("European Public Prosecutor's Office", "EUR", "JUD")
BEL_POLICE = actor("Belgian Federal Police", "BEL", "COP")
MOGHERINI = actor("Federica Mogherini", "ITA", "CVL")
SANNINO = actor("Stefano Sannino", "EUR", "IGO")
EEAS = actor("European External Action Service", "EUR", "IGO")
COLLEGE_EUROPE = actor("College of Europe", "BEL", "CVL")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
EP_LEFT = actor("The Left in the European Parliament", "EUR", "LEG")

M1 = ("Brüssel (Reuters) - Im Zuge von Betrugsermittlungen der Europäischen Staatsanwaltschaft (EUStA) ist die "
      "frühere EU-Außenbeauftragte Federica Mogherini in Belgien festgenommen worden.")
M2 = ("Belgische Polizisten durchsuchten am Dienstag im Auftrag der Behörde Büros des Europäischen Auswärtigen "
      "Dienstes (EAD) in Brüssel sowie das Europakolleg in Brügge, dessen Rektorin Mogherini ist.")
M3 = "Auch der frühere EAD-Generalsekretär Stefano Sannino wurde festgenommen."
M4 = ("Die Ermittler prüfen, ob bei der Vergabe eines Ausbildungsprogramms für junge Diplomaten an das Kolleg in "
      "den Jahren 2021 und 2022 Betrug und Korruption im Spiel waren.")
M5 = "Es gelte die Unschuldsvermutung, betonte die Behörde."
M6 = "Am Mittwoch kamen Mogherini und Sannino nach stundenlangen Vernehmungen wieder frei."
M7 = "Beide seien formell beschuldigt worden, Fluchtgefahr bestehe aber nicht, teilte die EUStA mit."
M8 = "Die EU-Kommission sicherte den Ermittlern ihre volle Kooperation zu."
M9 = "„Wir haben volles Vertrauen in die Arbeit der Justiz“, sagte eine Sprecherin."
M10 = ("Die Außenbeauftragte Kaja Kallas sagte, der EAD habe die Regeln für Ausschreibungen schon vor ihrem "
       "Amtsantritt verschärft.")
M11 = ("Mogherini, die von 2014 bis 2019 die EU-Außenpolitik leitete, ließ über ihren Anwalt erklären, sie werde "
       "uneingeschränkt mit der Justiz zusammenarbeiten.")
M12 = ("Die Chefin der italienischen Sozialdemokraten, Elly Schlein, nannte ihre Parteifreundin eine „Frau von "
       "großer Integrität“.")
M13 = "Die Linke im Europaparlament verlangte dagegen eine Überprüfung aller Verträge des EAD mit dem Kolleg."

DE03 = {
    "id": "hm261-de-03", "lang": "de", "url": None, "published": "2025-12-03",
    "title": "Ex-Außenbeauftragte Mogherini bei EU-Betrugsermittlungen festgenommen",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10], [M11, M12, M13]),
    "events": [
        event("COERCE", EPPO, MOGHERINI, M1, mode="arrest", location_country="BEL"),
        event("COERCE", BEL_POLICE, EEAS, M2, mode="seize", date="2025-12-02", location="Brussels",
              location_country="BEL"),
        event("COERCE", BEL_POLICE, COLLEGE_EUROPE, M2, mode="seize", date="2025-12-02", location="Bruges",
              location_country="BEL"),
        event("COERCE", BEL_POLICE, SANNINO, M3, mode="arrest", location_country="BEL"),
        event("ACCUSE", EPPO, COLLEGE_EUROPE, M4, mode="investigate"),
        event("RETREAT", EPPO, MOGHERINI, M6, mode="release", date="2025-12-03"),
        event("RETREAT", EPPO, SANNINO, M6, mode="release", date="2025-12-03"),
        event("ACCUSE", EPPO, MOGHERINI, M7, mode="allege"),
        event("ACCUSE", EPPO, SANNINO, M7, mode="allege"),
        event("AGREE", EU_COMMISSION, EPPO, M8),
        event("SUPPORT", EU_COMMISSION, EPPO, M9),
        event("AGREE", MOGHERINI, EPPO, M11),
        event("SUPPORT", SCHLEIN, MOGHERINI, M12),
        event("REQUEST", EP_LEFT, EEAS, M13),
    ],
    "quotes": [
        quote("Es gelte die Unschuldsvermutung", "European Public Prosecutor's Office", "indirect"),
        quote("Beide seien formell beschuldigt worden, Fluchtgefahr bestehe aber nicht",
              "European Public Prosecutor's Office", "indirect"),
        quote("Wir haben volles Vertrauen in die Arbeit der Justiz", "spokesperson of the European Commission",
              "direct"),
        quote("der EAD habe die Regeln für Ausschreibungen schon vor ihrem Amtsantritt verschärft", "Kaja Kallas",
              "indirect"),
        quote("sie werde uneingeschränkt mit der Justiz zusammenarbeiten", "Federica Mogherini", "indirect"),
        quote("Frau von großer Integrität", "Elly Schlein", "direct"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("European Public Prosecutor's Office", "ORG", "EUR", ["der Europäischen Staatsanwaltschaft (EUStA)",
                                                                     "der Behörde", "Die Ermittler", "die Behörde",
                                                                     "die EUStA", "den Ermittlern"]),
        entity("Federica Mogherini", "PER", "ITA", ["die frühere EU-Außenbeauftragte Federica Mogherini",
                                                    "Mogherini", "ihre Parteifreundin"]),
        entity("Belgium", "LOC", "BEL", ["Belgien"]),
        entity("Belgian Federal Police", "ORG", "BEL", ["Belgische Polizisten"]),
        entity("European External Action Service", "ORG", "EUR", ["des Europäischen Auswärtigen Dienstes (EAD)",
                                                                   "EAD", "der EAD", "des EAD"]),
        entity("College of Europe", "ORG", "BEL", ["das Europakolleg in Brügge", "das Kolleg", "dem Kolleg"]),
        entity("Bruges", "LOC", "BEL", ["Brügge"]),
        entity("Stefano Sannino", "PER", "EUR", ["der frühere EAD-Generalsekretär Stefano Sannino", "Sannino"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["eine Sprecherin"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die Außenbeauftragte Kaja Kallas"]),
        entity("lawyer of Federica Mogherini", "PER", "ITA", ["ihren Anwalt"]),
        entity("Elly Schlein", "PER", "ITA", ["Die Chefin der italienischen Sozialdemokraten, Elly Schlein"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["der italienischen Sozialdemokraten"]),
        entity("The Left in the European Parliament", "ORG", "EUR", ["Die Linke im Europaparlament"]),
        entity("European Parliament", "ORG", "EUR", ["Europaparlament"]),
    ],
}

# ---------------------------------------------------------------- hm261-de-04 (Ukraine/Belarus, troops at the border)
UKRAINE = actor("Ukraine", "UKR", "GOV")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
BLR_ARMY = actor("Armed Forces of Belarus", "BLR", "MIL")
BLR_MFA = actor("Ministry of Foreign Affairs of Belarus", "BLR", "GOV")
UKR_CHARGE_MINSK = actor("chargé d'affaires of Ukraine in Belarus", "UKR", "GOV")

B1 = ("Kiew (dpa) - Die Ukraine hat das Nachbarland Belarus vor „tragischen Fehlern“ gewarnt und Minsk zum Abzug "
      "seiner Truppen von der gemeinsamen Grenze aufgefordert.")
B2 = ("Belarus ziehe unter dem Vorwand von Übungen Soldaten und schwere Technik in der Region Gomel zusammen, "
      "erklärte das Außenministerium in Kiew am Sonntag.")
B3 = ("„Wir fordern die belarussischen Behörden auf, unter dem Druck Moskaus keine tragischen Fehler zu begehen "
      "und ihre Kräfte abzuziehen“, hieß es in der Erklärung.")
B4 = ("Bei einer Verletzung der Grenze werde die Ukraine alle ihr zur Verfügung stehenden Mittel zur "
      "Selbstverteidigung einsetzen.")
B5 = ("Der belarussische Machthaber Alexander Lukaschenko hatte vor einer Woche im russischen Staatsfernsehen "
      "behauptet, Kiew habe mehr als 120.000 Soldaten an der Grenze zusammengezogen.")
B6 = "Belarus habe deshalb etwa ein Drittel seiner Armee dorthin verlegt, sagte er."
B7 = ("Bereits Mitte August hatte Minsk Luftabwehreinheiten, Raketenwerfer vom Typ Polonez und Iskander-Systeme an "
      "die Grenze verlegt.")
B8 = ("Lukaschenko sprach damals von einer „Provokation“ Kiews, nachdem ukrainische Drohnen über der Region Gomel "
      "abgeschossen worden sein sollen.")
B9 = "Das Außenministerium in Minsk bestellte den ukrainischen Geschäftsträger ein."
B10 = ("Der Sprecher des ukrainischen Grenzschutzes, Andrij Demtschenko, sagte, eine Angriffsgruppierung sei auf "
       "belarussischer Seite bislang nicht zu erkennen.")
B11 = "Einen Rückzug der zusätzlichen Einheiten ordnete der Machthaber bis Sonntag nicht an."
B12 = "Die Grenze zwischen beiden Ländern ist rund 1.000 Kilometer lang."
B13 = "Lukaschenko gilt als enger Verbündeter von Kremlchef Wladimir Putin."

DE04 = {
    "id": "hm261-de-04", "lang": "de", "url": None, "published": "2024-08-25",
    "title": "Kiew warnt Minsk vor „tragischen Fehlern“",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("THREATEN", UKRAINE, BLR_GOV, B1),
        event("REQUEST", UKRAINE, BLR_GOV, B1, mode="yield"),
        event("ACCUSE", UKR_MFA, BLR_GOV, B2, mode="allege", date="2024-08-25"),
        event("REQUEST", UKR_MFA, BLR_GOV, B3, mode="yield"),
        event("THREATEN", UKR_MFA, BLR_GOV, B4, mode="violence"),
        event("ACCUSE", LUKASHENKO, UKR_GOV, B5, mode="allege"),
        event("MOBILIZE", BLR_ARMY, None, B6, mode="troops"),
        event("MOBILIZE", BLR_GOV, None, B7, mode="weapons"),
        event("ACCUSE", LUKASHENKO, UKR_GOV, B8, mode="disapprove"),
        event("ACCUSE", BLR_MFA, UKR_CHARGE_MINSK, B9, mode="disapprove", location="Minsk",
              location_country="BLR"),
        event("RETREAT", LUKASHENKO, UKR_GOV, B11, mode="withdraw", negated=True),
    ],
    "quotes": [
        quote("tragischen Fehlern", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("Belarus ziehe unter dem Vorwand von Übungen Soldaten und schwere Technik in der Region Gomel zusammen",
              "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("Wir fordern die belarussischen Behörden auf, unter dem Druck Moskaus keine tragischen Fehler zu "
              "begehen und ihre Kräfte abzuziehen", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("Bei einer Verletzung der Grenze werde die Ukraine alle ihr zur Verfügung stehenden Mittel zur "
              "Selbstverteidigung einsetzen", "Ministry of Foreign Affairs of Ukraine", "indirect"),
        quote("Kiew habe mehr als 120.000 Soldaten an der Grenze zusammengezogen", "Alexander Lukashenko",
              "indirect"),
        quote("Belarus habe deshalb etwa ein Drittel seiner Armee dorthin verlegt", "Alexander Lukashenko",
              "indirect"),
        quote("Provokation", "Alexander Lukashenko", "direct"),
        quote("eine Angriffsgruppierung sei auf belarussischer Seite bislang nicht zu erkennen", "Andriy Demchenko",
              "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine", "die Ukraine"]),
        entity("Belarus", "LOC", "BLR", ["das Nachbarland Belarus", "Belarus"]),
        entity("Government of Belarus", "ORG", "BLR", ["Minsk", "die belarussischen Behörden"]),
        entity("Gomel Region", "LOC", "BLR", ["der Region Gomel"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["das Außenministerium in Kiew"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Der belarussische Machthaber Alexander Lukaschenko",
                                                      "Lukaschenko", "der Machthaber"]),
        entity("Russian state television", "ORG", "RUS", ["im russischen Staatsfernsehen"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiews"]),
        entity("Armed Forces of Belarus", "ORG", "BLR", ["seiner Armee"]),
        entity("Ministry of Foreign Affairs of Belarus", "ORG", "BLR", ["Das Außenministerium in Minsk"]),
        entity("chargé d'affaires of Ukraine in Belarus", "PER", "UKR", ["den ukrainischen Geschäftsträger"]),
        entity("State Border Guard Service of Ukraine", "ORG", "UKR", ["des ukrainischen Grenzschutzes"]),
        entity("Andriy Demchenko", "PER", "UKR", ["Der Sprecher des ukrainischen Grenzschutzes, Andrij Demtschenko"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
    ],
}

# ---------------------------------------------------------------- hm261-en-01 (Turkey, PKK ceasefire after Ocalan's call)
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
PKK_EXEC = actor("PKK executive committee", "TUR", "REB")
OCALAN = actor("Abdullah Ocalan", "TUR", "REB")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
DEM_DELEGATION = actor("DEM Party delegation", "TUR", "OPP")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
BAHCELI = actor("Devlet Bahçeli", "TUR", "PTY")
EU = actor("European Union", "EUR", "IGO")
GERMANY = actor("Germany", "DEU", "GOV")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
BAKIRHAN = actor("Tuncer Bakırhan", "TUR", "OPP")

O1 = ("ISTANBUL, March 1 (Reuters) - The Kurdistan Workers Party (PKK) declared an immediate ceasefire with Turkey "
      "on Saturday, heeding a call by its jailed founder Abdullah Ocalan to disarm.")
O2 = '"We are declaring a ceasefire effective from today," the PKK executive committee said.'
O3 = ("The group said it was ready to hold a congress to dissolve itself if Ocalan could lead it in person, and "
      "urged Ankara to ease his prison conditions.")
O4 = ("Ocalan's letter was read out on Thursday by lawmakers of the pro-Kurdish DEM Party after a delegation visited "
      "him on Imrali island.")
O5 = '"All groups must lay down their arms and the PKK must dissolve itself," Ocalan wrote.'
O6 = ('President Tayyip Erdogan hailed the call on Friday as a "historic opportunity" but warned that operations '
      'would continue if promises were broken.')
O7 = ("His nationalist ally Devlet Bahceli had floated the initiative in October, offering Ocalan a chance at "
      "parole.")
O8 = ("The European Union and Germany also welcomed the move, while Mazloum Abdi, commander of the Syrian "
      "Democratic Forces, called the message positive but said it did not apply to his fighters in Syria.")
O9 = ('DEM co-chair Tuncer Bakirhan urged the government to take legal steps, saying peace "cannot be built by one '
      'side alone."')
O10 = "More than 40,000 people have been killed since the PKK took up arms in 1984."

EN01 = {
    "id": "hm261-en-01", "lang": "en", "url": None, "published": "2025-03-01",
    "title": "PKK declares ceasefire after jailed leader Ocalan's call to disarm",
    "text": paragraphs([O1, O2, O3], [O4, O5], [O6, O7], [O8, O9, O10]),
    "events": [
        event("RETREAT", PKK, TUR_GOV, O1, mode="ceasefire", date="2025-03-01"),
        event("RETREAT", PKK_EXEC, TUR_GOV, O2, mode="ceasefire", date="2025-03-01"),
        event("CONCEDE", PKK, TUR_GOV, O3),
        event("REQUEST", PKK, TUR_GOV, O3, mode="yield"),
        event("CONSULT", DEM_DELEGATION, OCALAN, O4, mode="visit", date="2025-02-27", location="Imrali",
              location_country="TUR"),
        event("REQUEST", OCALAN, PKK, O5, mode="yield"),
        event("SUPPORT", ERDOGAN, OCALAN, O6, date="2025-02-28"),
        event("THREATEN", ERDOGAN, PKK, O6, mode="violence", date="2025-02-28"),
        event("AGREE", BAHCELI, OCALAN, O7),
        event("SUPPORT", EU, PKK, O8),
        event("SUPPORT", GERMANY, PKK, O8),
        event("SUPPORT", ABDI, OCALAN, O8),
        event("REQUEST", BAKIRHAN, TUR_GOV, O9, mode="change"),
    ],
    "quotes": [
        quote("We are declaring a ceasefire effective from today", "PKK executive committee", "direct"),
        quote("it was ready to hold a congress to dissolve itself if Ocalan could lead it in person",
              "Kurdistan Workers' Party", "indirect"),
        quote("All groups must lay down their arms and the PKK must dissolve itself", "Abdullah Ocalan", "direct"),
        quote("historic opportunity", "Recep Tayyip Erdoğan", "direct"),
        quote("operations would continue if promises were broken", "Recep Tayyip Erdoğan", "indirect"),
        quote("it did not apply to his fighters in Syria", "Mazloum Abdi", "indirect"),
        quote("cannot be built by one side alone", "Tuncer Bakırhan", "direct"),
        quote('peace "cannot be built by one side alone."', "Tuncer Bakırhan", "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["ISTANBUL"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["The Kurdistan Workers Party (PKK)", "The group",
                                                          "the PKK"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Abdullah Ocalan", "PER", "TUR", ["its jailed founder Abdullah Ocalan", "Ocalan", "Ocalan's", "him"]),
        entity("PKK executive committee", "ORG", "TUR", ["the PKK executive committee"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara", "the government"]),
        entity("Imrali", "LOC", "TUR", ["Imrali island"]),
        entity("Peoples' Equality and Democracy Party", "ORG", "TUR", ["the pro-Kurdish DEM Party", "DEM"]),
        entity("DEM Party delegation", "ORG", "TUR", ["lawmakers of the pro-Kurdish DEM Party", "a delegation"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["President Tayyip Erdogan", "His"]),
        entity("Devlet Bahçeli", "PER", "TUR", ["His nationalist ally Devlet Bahceli"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Mazloum Abdi", "PER", "SYR", ["Mazloum Abdi, commander of the Syrian Democratic Forces"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["the Syrian Democratic Forces", "his fighters"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Tuncer Bakırhan", "PER", "TUR", ["DEM co-chair Tuncer Bakirhan"]),
    ],
}

# ---------------------------------------------------------------- hm261-en-02 (Russia, calls on WhatsApp and Telegram restricted)
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
WHATSAPP = actor("WhatsApp", "MNC", "BUS")
TELEGRAM = actor("Telegram", "MNC", "BUS")
ROSKOMNADZOR = actor("Roskomnadzor", "RUS", "GOV")
RUS_DIGITAL_MIN = actor("Ministry of Digital Development of Russia", "RUS", "GOV")
GORELKIN = actor("Anton Gorelkin", "RUS", "LEG")
META = actor("Meta", "MNC", "BUS")
ROSKOMSVOBODA = actor("Roskomsvoboda", "RUS", "NGO")

W1 = ("MOSCOW, Aug 13 (AP) - Russia began restricting voice calls on WhatsApp and Telegram on Wednesday, the latest "
      "step in a campaign to tighten state control over the internet.")
W2 = ('The communications watchdog Roskomnadzor said the "partial restrictions" were needed because the two apps had '
      'become the main tools for swindling Russians and recruiting saboteurs.')
W3 = ("The Ministry of Digital Development said calls would be restored once the services opened offices in Russia "
      "and agreed to share data with law enforcement.")
W4 = ('"WhatsApp is private, end-to-end encrypted, and defies government attempts to violate people\'s right to '
      'secure communication," the Meta-owned service said in a statement.')
W5 = "Telegram said it actively fights misuse of its platform and removes millions of harmful posts every day."
W6 = ("Users in Moscow and several other regions said calls on both apps kept dropping or could not be connected at "
      "all.")
W7 = ('Last month, Anton Gorelkin, a senior lawmaker on the State Duma\'s information policy committee, said WhatsApp '
      'should "prepare to leave the Russian market."')
W8 = "Russia blocked Facebook and Instagram in 2022, after a Moscow court labelled Meta an extremist organisation."
W9 = ("Authorities are now promoting Max, a state-backed messenger built by the tech company VK, which critics fear "
      "could be used for surveillance.")
W10 = ("The digital rights group Roskomsvoboda condemned the move as another step towards cutting Russians off from "
       "the global internet.")

EN02 = {
    "id": "hm261-en-02", "lang": "en", "url": None, "published": "2025-08-13",
    "title": "Russia restricts calls on WhatsApp and Telegram",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8, W9], [W10]),
    "events": [
        event("COERCE", RUS_GOV, WHATSAPP, W1, mode="censor", date="2025-08-13", location_country="RUS"),
        event("COERCE", RUS_GOV, TELEGRAM, W1, mode="censor", date="2025-08-13", location_country="RUS"),
        event("ACCUSE", ROSKOMNADZOR, WHATSAPP, W2, mode="allege"),
        event("ACCUSE", ROSKOMNADZOR, TELEGRAM, W2, mode="allege"),
        event("REQUEST", RUS_DIGITAL_MIN, WHATSAPP, W3, mode="change"),
        event("REQUEST", RUS_DIGITAL_MIN, TELEGRAM, W3, mode="change"),
        event("ACCUSE", WHATSAPP, RUS_GOV, W4, mode="disapprove"),
        event("THREATEN", GORELKIN, WHATSAPP, W7, mode="ban"),
        event("COERCE", RUS_GOV, META, W8, mode="censor", location_country="RUS"),
        event("ACCUSE", ROSKOMSVOBODA, RUS_GOV, W10, mode="disapprove"),
    ],
    "quotes": [
        quote("partial restrictions", "Roskomnadzor", "direct"),
        quote('the "partial restrictions" were needed because the two apps had become the main tools for swindling '
              'Russians and recruiting saboteurs', "Roskomnadzor", "indirect"),
        quote("calls would be restored once the services opened offices in Russia and agreed to share data with law "
              "enforcement", "Ministry of Digital Development of Russia", "indirect"),
        quote("WhatsApp is private, end-to-end encrypted, and defies government attempts to violate people's right to "
              "secure communication", "WhatsApp", "direct"),
        quote("it actively fights misuse of its platform and removes millions of harmful posts every day", "Telegram",
              "indirect"),
        quote("calls on both apps kept dropping or could not be connected at all", "users in Russia", "indirect"),
        quote("prepare to leave the Russian market", "Anton Gorelkin", "direct"),
        quote('WhatsApp should "prepare to leave the Russian market."', "Anton Gorelkin", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["MOSCOW", "Moscow"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Authorities"]),
        entity("Russia", "LOC", "RUS", ["in Russia"]),
        entity("WhatsApp", "ORG", "MNC", ["WhatsApp", "the Meta-owned service"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Roskomnadzor", "ORG", "RUS", ["The communications watchdog Roskomnadzor"]),
        entity("Ministry of Digital Development of Russia", "ORG", "RUS", ["The Ministry of Digital Development"]),
        entity("users in Russia", "PER", "RUS", ["Users in Moscow and several other regions"]),
        entity("Anton Gorelkin", "PER", "RUS", ["Anton Gorelkin, a senior lawmaker on the State Duma's information "
                                                "policy committee"]),
        entity("State Duma", "ORG", "RUS", ["the State Duma's information policy committee"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Tverskoy District Court of Moscow", "ORG", "RUS", ["a Moscow court"]),
        entity("Meta", "ORG", "MNC", ["Meta"]),
        entity("Max", "ORG", "RUS", ["Max, a state-backed messenger"]),
        entity("VK", "ORG", "RUS", ["the tech company VK"]),
        entity("Roskomsvoboda", "ORG", "RUS", ["The digital rights group Roskomsvoboda"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
