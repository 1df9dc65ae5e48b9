"""Round 198: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm198-de-01: Niger's junta revokes the status agreement for US troops after Molly Phee's delegation visit; Tiani does not receive the Americans, the Pentagon wants to keep talking, protest in Niamey (2024-03-18).
- hm198-de-02: Algeria rejects Bayrou's ultimatum on taking back deportees after the Mulhouse knife attack; Retailleau's accusation, French entry curbs, the Sansal case (2025-02-27).
- hm198-de-03: Israel kills Hezbollah leader Hassan Nasrallah in an air strike on Beirut; Hezbollah and Khamenei vow to fight on, Mikati condemns, Biden welcomes it, protest in Baghdad (2024-09-28).
- hm198-de-04: Brazil's Supreme Court sentences Jair Bolsonaro to 27 years for the coup plot; Rubio threatens, Itamaraty rebuffs him, Lula backs the court, supporters rally in Brasília (2025-09-11).
- hm198-en-01: A Libyan coast guard boat fires on the rescue ship Ocean Viking; SOS Mediterranee demands an inquiry, the EU asks Tripoli for information, Tajani and Italy's opposition react (2025-08-25).
- hm198-en-02: A Pretoria court hands Edgar Lungu's body to the Zambian government against his family's wishes; the family will appeal, PF protest dispersed in Lusaka (2025-08-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm198-de-01 (Niger, US troops)
NIGER_GOV = actor("Government of Niger", "NER", "GOV")
USA = actor("United States", "USA", "GOV")
ABDRAMANE = actor("Amadou Abdramane", "NER", "MIL")
PHEE = actor("Molly Phee", "USA", "GOV")
ZEINE = actor("Ali Lamine Zeine", "NER", "GOV")
TIANI = actor("Abdourahamane Tiani", "NER", "MIL")
SINGH = actor("Sabrina Singh", "USA", "MIL")
FRANCE_MIL = actor("French Armed Forces", "FRA", "MIL")
NIGER = actor("Niger", "NER", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
NER_PROTESTERS = actor("Nigerien protesters", "NER", "CVL")

A1 = ("Niamey (dpa) - Die Militärregierung im Niger hat ein Abkommen über die Stationierung von US-Soldaten in dem "
      "westafrikanischen Land mit sofortiger Wirkung aufgekündigt.")
A2 = ("Regierungssprecher Oberst Amadou Abdramane warf am Samstagabend im Staatsfernsehen einer US-Delegation, die "
      "zuvor drei Tage in Niamey verbracht hatte, eine »herablassende Haltung« vor.")
A3 = ("Die von der Afrika-Beauftragten des US-Außenministeriums, Molly Phee, geleitete Delegation war mit "
      "Regierungschef Ali Lamine Zeine zusammengetroffen.")
A4 = "Juntachef Abdourahamane Tiani empfing die Amerikaner jedoch nicht."
A5 = ("Die Delegation habe versucht, dem Niger das Recht abzusprechen, seine Partner frei zu wählen, sagte "
      "Abdramane.")
A6 = ("Die US-Vertreter hatten in Niamey auch Bedenken wegen einer Annäherung der Junta an Russland und den Iran "
      "geäußert.")
A7 = "Im Niger sind rund 1000 US-Soldaten stationiert, die meisten auf einem Drohnenstützpunkt bei Agadez."
A8 = ("Pentagon-Sprecherin Sabrina Singh sagte, Washington wolle die Gespräche mit der Übergangsregierung "
      "fortsetzen.")
A9 = "Die Junta hatte nach dem Putsch vom Juli 2023 bereits die französischen Truppen zum Abzug gezwungen."
A10 = "Mit Moskau vereinbarte Niamey dagegen im Januar eine engere militärische Zusammenarbeit."
A11 = "Russische Militärausbilder würden in den kommenden Wochen erwartet, hieß es aus Regierungskreisen."
A12 = "In Niamey demonstrierten am Sonntag mehrere Hundert Menschen für einen raschen Abzug der Amerikaner."

DE01 = {
    "id": "hm198-de-01", "lang": "de", "url": None, "published": "2024-03-18",
    "title": "Niger kündigt Militärabkommen mit den USA auf",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("SANCTION", NIGER_GOV, USA, A1, mode="discontinue"),
        event("ACCUSE", ABDRAMANE, USA, A2, mode="disapprove", date="2024-03-16"),
        event("CONSULT", PHEE, ZEINE, A3, mode="visit", location="Niamey", location_country="NER"),
        event("CONSULT", PHEE, TIANI, A4, mode="visit", location="Niamey", location_country="NER", negated=True),
        event("ACCUSE", ABDRAMANE, USA, A5, mode="allege"),
        event("ACCUSE", USA, NIGER_GOV, A6, mode="disapprove"),
        event("AGREE", SINGH, NIGER_GOV, A8),
        event("SANCTION", NIGER_GOV, FRANCE_MIL, A9, mode="expel"),
        event("AGREE", NIGER, RUSSIA, A10),
        event("PROTEST", NER_PROTESTERS, USA, A12, mode="demo", date="2024-03-17", location="Niamey",
              location_country="NER"),
    ],
    "quotes": [
        quote("herablassende Haltung", "Amadou Abdramane", "direct"),
        quote("Die Delegation habe versucht, dem Niger das Recht abzusprechen, seine Partner frei zu wählen",
              "Amadou Abdramane", "indirect"),
        quote("Washington wolle die Gespräche mit der Übergangsregierung fortsetzen", "Sabrina Singh", "indirect"),
        quote("Russische Militärausbilder würden in den kommenden Wochen erwartet", "Nigerien government sources",
              "indirect"),
    ],
    "entities": [
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung im Niger", "der Junta", "Die Junta",
                                                     "der Übergangsregierung"]),
        entity("Niger", "GPE", "NER", ["dem westafrikanischen Land", "dem Niger", "Im Niger", "Niamey"]),
        entity("Amadou Abdramane", "PER", "NER", ["Regierungssprecher Oberst Amadou Abdramane", "Abdramane"]),
        entity("United States delegation", "ORG", "USA", ["einer US-Delegation", "Die von der Afrika-Beauftragten "
                                                          "des US-Außenministeriums, Molly Phee, geleitete Delegation",
                                                          "die Amerikaner", "Die Delegation", "Die US-Vertreter"]),
        entity("Molly Phee", "PER", "USA", ["der Afrika-Beauftragten des US-Außenministeriums, Molly Phee"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Ali Lamine Zeine", "PER", "NER", ["Regierungschef Ali Lamine Zeine"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Juntachef Abdourahamane Tiani"]),
        entity("Sabrina Singh", "PER", "USA", ["Pentagon-Sprecherin Sabrina Singh"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Iran", "GPE", "IRN", ["den Iran"]),
        entity("French Armed Forces", "ORG", "FRA", ["die französischen Truppen"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Agadez", "LOC", "NER", ["Agadez"]),
        entity("Nigerien protesters", "ORG", "NER", ["mehrere Hundert Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm198-de-02 (Algeria/France)
ALGERIA = actor("Algeria", "DZA", "GOV")
FRANCE = actor("France", "FRA", "GOV")
ALG_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
BAYROU = actor("François Bayrou", "FRA", "GOV")
ATTACKER = actor("Mulhouse attacker", "DZA", "CVL")
PASSERBY = actor("Passer-by killed in Mulhouse", None, "CVL")
FRA_POLICE = actor("French police", "FRA", "COP")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
ALG_AUTH = actor("Algerian authorities", "DZA", "GOV")
SANSAL = actor("Boualem Sansal", "DZA", "CVL")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")

B1 = ("Algier (dpa) - Algerien hat ein Ultimatum der französischen Regierung im Streit um die Rücknahme "
      "ausreisepflichtiger Staatsbürger scharf zurückgewiesen.")
B2 = ("Das Land lehne »Ultimaten, Drohungen und Erpressungsversuche« kategorisch ab, teilte das Außenministerium "
      "in Algier am Donnerstag mit.")
B3 = "Jede Maßnahme gegen Algerien werde eine »strikte und sofortige« Antwort nach sich ziehen, hieß es weiter."
B4 = ("Premierminister François Bayrou hatte Algier am Mittwoch eine Frist von sechs Wochen gesetzt, um eine Liste "
      "von Landsleuten zurückzunehmen, die Frankreich abschieben will.")
B5 = ("Andernfalls werde Paris das bilaterale Abkommen von 1968 über Einreise und Aufenthalt von Algeriern "
      "aufkündigen, sagte er.")
B6 = ("Auslöser ist der Messerangriff eines 37 Jahre alten Algeriers in Mulhouse, der am Samstag einen Passanten "
      "getötet und zwei Polizisten schwer verletzt hatte.")
B7 = ("Algerien habe die Rücknahme des ausreisepflichtigen Mannes 14 Mal verweigert, sagte Innenminister Bruno "
      "Retailleau.")
B8 = "Paris verhängte zudem Einreisebeschränkungen für einzelne algerische Amtsträger."
B9 = "Algier weist den Vorwurf einer systematischen Blockade zurück."
B10 = ("Die Beziehungen sind angespannt, seit Präsident Emmanuel Macron im vergangenen Sommer den marokkanischen "
       "Autonomieplan für die Westsahara unterstützt hat.")
B11 = ("Zusätzlich belastet die Festnahme des französisch-algerischen Schriftstellers Boualem Sansal im November "
       "das Verhältnis.")
B12 = "Außenminister Jean-Noël Barrot forderte erneut die »sofortige Freilassung« des 80-Jährigen."

DE02 = {
    "id": "hm198-de-02", "lang": "de", "url": None, "published": "2025-02-27",
    "title": "Algerien weist französisches Ultimatum zurück",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("REJECT", ALGERIA, FRANCE, B1, mode="change"),
        event("REJECT", ALG_MFA, FRANCE, B2, mode="change", date="2025-02-27"),
        event("ACCUSE", ALG_MFA, FRANCE, B2, mode="disapprove", date="2025-02-27"),
        event("THREATEN", ALG_MFA, FRANCE, B3),
        event("REQUEST", BAYROU, ALGERIA, B4, mode="change", date="2025-02-26"),
        event("THREATEN", BAYROU, ALGERIA, B5, mode="relations"),
        event("ASSAULT", ATTACKER, PASSERBY, B6, mode="primitive", date="2025-02-22", location="Mulhouse",
              location_country="FRA"),
        event("ASSAULT", ATTACKER, FRA_POLICE, B6, mode="primitive", date="2025-02-22", location="Mulhouse",
              location_country="FRA"),
        event("ACCUSE", RETAILLEAU, ALGERIA, B7, mode="allege"),
        event("SANCTION", FRANCE, ALGERIA, B8, mode="discontinue"),
        event("SUPPORT", MACRON, MOROCCO, B10),
        event("COERCE", ALG_AUTH, SANSAL, B11, mode="arrest"),
        event("REQUEST", BARROT, ALGERIA, B12, mode="yield"),
    ],
    "quotes": [
        quote("Ultimaten, Drohungen und Erpressungsversuche", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Das Land lehne »Ultimaten, Drohungen und Erpressungsversuche« kategorisch ab",
              "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("strikte und sofortige", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Jede Maßnahme gegen Algerien werde eine »strikte und sofortige« Antwort nach sich ziehen",
              "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("Andernfalls werde Paris das bilaterale Abkommen von 1968 über Einreise und Aufenthalt von Algeriern "
              "aufkündigen", "François Bayrou", "indirect"),
        quote("Algerien habe die Rücknahme des ausreisepflichtigen Mannes 14 Mal verweigert", "Bruno Retailleau",
              "indirect"),
        quote("sofortige Freilassung", "Jean-Noël Barrot", "direct"),
    ],
    "entities": [
        entity("Algeria", "GPE", "DZA", ["Algerien", "Das Land", "Algier"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("Government of France", "ORG", "FRA", ["der französischen Regierung"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["das Außenministerium in Algier"]),
        entity("François Bayrou", "PER", "FRA", ["Premierminister François Bayrou", "er"]),
        entity("Mulhouse attacker", "PER", "DZA", ["eines 37 Jahre alten Algeriers", "des ausreisepflichtigen Mannes"]),
        entity("Mulhouse", "LOC", "FRA", ["Mulhouse"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Innenminister Bruno Retailleau"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Morocco", "GPE", "MAR", ["marokkanischen"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara"]),
        entity("Boualem Sansal", "PER", "DZA", ["des französisch-algerischen Schriftstellers Boualem Sansal",
                                                "des 80-Jährigen"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot"]),
    ],
}

# ---------------------------------------------------------------- hm198-de-03 (Lebanon, Nasrallah)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
NASRALLAH = actor("Hassan Nasrallah", "LBN", "REB")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
US = actor("United States", "USA", "GOV")
HALEVI = actor("Herzi Halevi", "ISR", "MIL")
IRQ_PROTESTERS = actor("Iraqi protesters", "IRQ", "CVL")

C1 = ("Beirut (dpa) - Die israelische Armee hat bei einem Luftangriff auf das Hauptquartier der Hisbollah in "
      "Beirut nach eigenen Angaben den Chef der Schiitenmiliz, Hassan Nasrallah, getötet.")
C2 = "Die Hisbollah bestätigte am Samstag den Tod ihres Generalsekretärs, der die Organisation seit 1992 geführt hatte."
C3 = ("Israelische Kampfflugzeuge hatten am Freitagabend mehrere Gebäude der Miliz in den südlichen Vororten der "
      "libanesischen Hauptstadt zerstört.")
C4 = ("Israel wirft der Hisbollah vor, ihre Kommandozentralen unter Wohnhäusern zu verstecken, was die Miliz "
      "bestreitet.")
C5 = "Die Hisbollah kündigte an, den »heiligen Kampf« gegen Israel fortzusetzen."
C6 = ("Irans geistliches Oberhaupt Ajatollah Ali Chamenei erklärte, alle Kräfte des Widerstands stünden an der "
      "Seite der Hisbollah.")
C7 = "„Israel wird für dieses Verbrechen bezahlen“, sagte er."
C8 = ("Libanons geschäftsführender Regierungschef Nadschib Mikati verurteilte die Angriffe und warf Israel vor, "
      "alle Vermittlungsbemühungen zu ignorieren.")
C9 = "US-Präsident Joe Biden nannte den Tod Nasrallahs ein »Maß an Gerechtigkeit« für dessen Opfer."
C10 = "Zugleich rief Washington beide Seiten zu einer diplomatischen Lösung auf."
C11 = ("Die israelische Armee berief weitere Reservisten ein und setzte ihre Angriffe im Süden des Libanon und in "
       "der Bekaa-Ebene fort.")
C12 = "Generalstabschef Herzi Halevi sagte, dies sei »nicht das Ende unserer Möglichkeiten«."
C13 = "In Bagdad gingen am Samstag Tausende Menschen aus Protest gegen die israelischen Angriffe auf die Straße."

DE03 = {
    "id": "hm198-de-03", "lang": "de", "url": None, "published": "2024-09-28",
    "title": "Israel tötet Hisbollah-Chef Nasrallah bei Luftangriff in Beirut",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13]),
    "events": [
        event("ASSAULT", IDF, NASRALLAH, C1, mode="aerial", location="Beirut", location_country="LBN"),
        event("ASSAULT", IDF, HEZBOLLAH, C3, mode="aerial", date="2024-09-27", location="Beirut",
              location_country="LBN"),
        event("ACCUSE", ISRAEL, HEZBOLLAH, C4, mode="allege"),
        event("THREATEN", HEZBOLLAH, ISRAEL, C5, mode="violence"),
        event("SUPPORT", KHAMENEI, HEZBOLLAH, C6),
        event("THREATEN", KHAMENEI, ISRAEL, C7, mode="violence"),
        event("ACCUSE", MIKATI, ISRAEL, C8, mode="disapprove"),
        event("SUPPORT", BIDEN, ISRAEL, C9),
        event("REQUEST", US, ISRAEL, C10, mode="meet"),
        event("REQUEST", US, HEZBOLLAH, C10, mode="meet"),
        event("MOBILIZE", IDF, None, C11, mode="troops"),
        event("ASSAULT", IDF, HEZBOLLAH, C11, location="Southern Lebanon", location_country="LBN"),
        event("THREATEN", HALEVI, HEZBOLLAH, C12, mode="violence"),
        event("PROTEST", IRQ_PROTESTERS, ISRAEL, C13, mode="demo", date="2024-09-28", location="Baghdad",
              location_country="IRQ"),
    ],
    "quotes": [
        quote("ihre Kommandozentralen unter Wohnhäusern zu verstecken", "Israel", "indirect"),
        quote("heiligen Kampf", "Hezbollah", "direct"),
        quote("den »heiligen Kampf« gegen Israel fortzusetzen", "Hezbollah", "indirect"),
        quote("alle Kräfte des Widerstands stünden an der Seite der Hisbollah", "Ali Khamenei", "indirect"),
        quote("Israel wird für dieses Verbrechen bezahlen", "Ali Khamenei", "direct"),
        quote("alle Vermittlungsbemühungen zu ignorieren", "Najib Mikati", "indirect"),
        quote("Maß an Gerechtigkeit", "Joe Biden", "direct"),
        quote("nicht das Ende unserer Möglichkeiten", "Herzi Halevi", "direct"),
        quote("dies sei »nicht das Ende unserer Möglichkeiten«", "Herzi Halevi", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "Israelische Kampfflugzeuge"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "der Schiitenmiliz", "Die Hisbollah", "die Miliz", "der Miliz",
                                           "die Organisation"]),
        entity("Hassan Nasrallah", "PER", "LBN", ["den Chef der Schiitenmiliz, Hassan Nasrallah",
                                                  "ihres Generalsekretärs", "Nasrallahs", "dessen"]),
        entity("Beirut", "LOC", "LBN", ["Beirut", "der libanesischen Hauptstadt"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ali Khamenei", "PER", "IRN", ["Irans geistliches Oberhaupt Ajatollah Ali Chamenei", "er"]),
        entity("Iran", "GPE", "IRN", ["Irans"]),
        entity("Najib Mikati", "PER", "LBN", ["Libanons geschäftsführender Regierungschef Nadschib Mikati"]),
        entity("Lebanon", "GPE", "LBN", ["Libanons", "des Libanon"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Herzi Halevi", "PER", "ISR", ["Generalstabschef Herzi Halevi"]),
        entity("Bekaa Valley", "LOC", "LBN", ["der Bekaa-Ebene"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraqi protesters", "ORG", "IRQ", ["Tausende Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm198-de-04 (Brazil, Bolsonaro)
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
VILARDI = actor("Celso Vilardi", "BRA", "CVL")
RUBIO = actor("Marco Rubio", "USA", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
ITAMARATY = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
USA2 = actor("United States", "USA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BOLSO_SUPPORTERS = actor("Bolsonaro supporters", "BRA", "CVL")
BRA_POLICE = actor("Brazilian police", "BRA", "COP")

D1 = ("Brasília (dpa) - Brasiliens Oberstes Gericht hat den früheren Präsidenten Jair Bolsonaro wegen eines "
      "versuchten Staatsstreichs zu 27 Jahren und drei Monaten Haft verurteilt.")
D2 = ("Vier der fünf Richter der zuständigen Kammer stimmten am Donnerstag für eine Verurteilung, nur Richter Luiz "
      "Fux votierte für einen Freispruch.")
D3 = ("Berichterstatter Alexandre de Moraes sah es als erwiesen an, dass Bolsonaro nach seiner Wahlniederlage 2022 "
      "einen Plan zum Machterhalt angeführt habe.")
D4 = "Der 70-Jährige steht bereits seit August unter Hausarrest."
D5 = ("„Dies ist ein politischer Prozess ohne jede Grundlage“, sagte Verteidiger Celso Vilardi, der Rechtsmittel "
      "ankündigte.")
D6 = ("US-Außenminister Marco Rubio sprach von einer »Hexenjagd« des Richters de Moraes und kündigte an, "
      "Washington werde »entsprechend reagieren«.")
D7 = ("Das brasilianische Außenministerium wies die Drohung zurück: Die Demokratie des Landes lasse sich »nicht "
      "einschüchtern«.")
D8 = ("Washington hatte bereits im Juli Strafzölle von 50 Prozent auf brasilianische Waren verhängt und de Moraes "
      "mit Sanktionen belegt.")
D9 = ("Präsident Luiz Inácio Lula da Silva sagte, das Urteil zeige, dass die Institutionen des Landes "
      "funktionierten.")
D10 = ("Vor Bolsonaros Haus in Brasília versammelten sich am Abend mehrere Hundert Anhänger mit Fahnen zu einer "
       "Protestkundgebung.")
D11 = "Die Polizei riegelte die Straße ab."
D12 = "Ob Bolsonaro die Strafe in einem Gefängnis verbüßen muss, ist noch offen."

DE04 = {
    "id": "hm198-de-04", "lang": "de", "url": None, "published": "2025-09-11",
    "title": "27 Jahre Haft für Brasiliens Ex-Präsidenten Bolsonaro",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("SANCTION", STF, BOLSONARO, D1, mode="convict"),
        event("COERCE", STF, BOLSONARO, D1, mode="arrest"),
        event("SANCTION", STF, BOLSONARO, D2, mode="convict", date="2025-09-11"),
        event("SANCTION", MORAES, BOLSONARO, D3, mode="convict"),
        event("ACCUSE", VILARDI, STF, D5, mode="disapprove"),
        event("ACCUSE", RUBIO, MORAES, D6, mode="disapprove"),
        event("THREATEN", RUBIO, BRAZIL, D6),
        event("ACCUSE", ITAMARATY, USA2, D7, mode="disapprove"),
        event("SANCTION", USA2, BRAZIL, D8, mode="discontinue"),
        event("SANCTION", USA2, MORAES, D8, mode="discontinue"),
        event("SUPPORT", LULA, STF, D9),
        event("PROTEST", BOLSO_SUPPORTERS, STF, D10, mode="demo", date="2025-09-11", location="Brasília",
              location_country="BRA"),
        event("COERCE", BRA_POLICE, BOLSO_SUPPORTERS, D11, mode="restrict", date="2025-09-11", location="Brasília",
              location_country="BRA"),
    ],
    "quotes": [
        quote("dass Bolsonaro nach seiner Wahlniederlage 2022 einen Plan zum Machterhalt angeführt habe",
              "Alexandre de Moraes", "indirect"),
        quote("Dies ist ein politischer Prozess ohne jede Grundlage", "Celso Vilardi", "direct"),
        quote("Hexenjagd", "Marco Rubio", "direct"),
        quote("entsprechend reagieren", "Marco Rubio", "direct"),
        quote("Washington werde »entsprechend reagieren«", "Marco Rubio", "indirect"),
        quote("nicht einschüchtern", "Ministry of Foreign Affairs of Brazil", "direct"),
        quote("Die Demokratie des Landes lasse sich »nicht einschüchtern«", "Ministry of Foreign Affairs of Brazil",
              "indirect"),
        quote("das Urteil zeige, dass die Institutionen des Landes funktionierten", "Luiz Inácio Lula da Silva",
              "indirect"),
    ],
    "entities": [
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Brasiliens Oberstes Gericht",
                                                                 "der zuständigen Kammer"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["den früheren Präsidenten Jair Bolsonaro", "Bolsonaro",
                                                "Der 70-Jährige", "Bolsonaros"]),
        entity("Luiz Fux", "PER", "BRA", ["Richter Luiz Fux"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Berichterstatter Alexandre de Moraes",
                                                     "des Richters de Moraes", "de Moraes"]),
        entity("Celso Vilardi", "PER", "BRA", ["Verteidiger Celso Vilardi"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Das brasilianische Außenministerium"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens", "des Landes"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Bolsonaro supporters", "ORG", "BRA", ["mehrere Hundert Anhänger"]),
        entity("Brazilian police", "ORG", "BRA", ["Die Polizei"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
    ],
}

# ---------------------------------------------------------------- hm198-en-01 (Libya, Ocean Viking)
LCG = actor("Libyan Coast Guard", "LBY", "MIL")
SOS = actor("SOS Mediterranee", "NGO", "NGO")
MIGRANTS = actor("Migrants rescued by the Ocean Viking", None, "CVL")
CREAZZO = actor("Francesco Creazzo", "NGO", "NGO")
EU = actor("European Union", "EUR", "IGO")
ITALY = actor("Italy", "ITA", "GOV")
EUCOM = actor("European Commission", "EUR", "IGO")
LBY_AUTH = actor("Libyan authorities", "LBY", "GOV")
TAJANI = actor("Antonio Tajani", "ITA", "GOV")
LBY_GOV = actor("Government of National Unity (Libya)", "LBY", "GOV")
PD = actor("Democratic Party (Italy)", "ITA", "OPP")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
ZUWARA_MIGRANTS = actor("Migrants off Zuwara", None, "CVL")

E1 = ("ROME (Reuters) — A Libyan coast guard patrol boat fired on the migrant rescue ship Ocean Viking in "
      "international waters off Libya on Sunday, damaging its bridge and inflatable boats.")
E2 = ("The charity SOS Mediterranee, which operates the ship, said it had 87 people rescued from a rubber boat on "
      "board at the time and that no one was injured.")
E3 = "“They fired at us for around 20 minutes,” said Francesco Creazzo, a spokesperson for the group, “without any warning.”"
E4 = ("The group demanded an independent investigation and called on the European Union to stop funding Libya’s "
      "coast guard.")
E5 = ("The patrol boat was one of several vessels Italy has supplied to the Libyan coast guard since 2017 under a "
      "deal to curb migration across the Mediterranean.")
E6 = "The European Commission said it had asked Libyan authorities for information on the incident."
E7 = "Italian Foreign Minister Antonio Tajani said Rome would raise the matter with the government in Tripoli."
E8 = ("Italy’s opposition Democratic Party accused Prime Minister Giorgia Meloni’s government of financing “a "
      "militia that shoots at rescuers.”")
E9 = "Libya’s coast guard did not respond to requests for comment."
E10 = ("Libyan forces have in the past accused rescue ships of encouraging smugglers, a charge the charities "
       "reject.")
E11 = ("In a separate incident on Sunday, the Libyan coast guard intercepted about 60 migrants off Zuwara and "
       "returned them to shore, the U.N. migration agency IOM said.")

EN01 = {
    "id": "hm198-en-01", "lang": "en", "url": None, "published": "2025-08-25",
    "title": "Libyan coast guard fires on migrant rescue ship Ocean Viking, charity says",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("ASSAULT", LCG, SOS, E1, mode="firearms", date="2025-08-24", location="Mediterranean Sea"),
        event("AID", SOS, MIGRANTS, E2, location="Mediterranean Sea"),
        event("ASSAULT", LCG, SOS, E3, mode="firearms", date="2025-08-24", location="Mediterranean Sea"),
        event("REQUEST", SOS, None, E4, mode="change"),
        event("REQUEST", SOS, EU, E4, mode="change"),
        event("AID", ITALY, LCG, E5),
        event("REQUEST", EUCOM, LBY_AUTH, E6),
        event("AGREE", TAJANI, LBY_GOV, E7),
        event("ACCUSE", PD, ITA_GOV, E8, mode="disapprove"),
        event("COERCE", LCG, ZUWARA_MIGRANTS, E11, mode="arrest", date="2025-08-24", location="Zuwara",
              location_country="LBY"),
    ],
    "quotes": [
        quote("it had 87 people rescued from a rubber boat on board at the time and that no one was injured",
              "SOS Mediterranee", "indirect"),
        quote("They fired at us for around 20 minutes", "Francesco Creazzo", "direct"),
        quote("without any warning", "Francesco Creazzo", "direct"),
        quote("it had asked Libyan authorities for information on the incident", "European Commission",
              "indirect"),
        quote("Rome would raise the matter with the government in Tripoli", "Antonio Tajani", "indirect"),
        quote("a militia that shoots at rescuers", "Democratic Party (Italy)", "direct"),
        quote("In a separate incident on Sunday, the Libyan coast guard intercepted about 60 migrants off Zuwara "
              "and returned them to shore", "International Organization for Migration", "indirect"),
    ],
    "entities": [
        entity("Libyan Coast Guard", "ORG", "LBY", ["A Libyan coast guard patrol boat", "Libya’s coast guard",
                                                    "the Libyan coast guard", "Libyan forces"]),
        entity("Ocean Viking", "ORG", "NGO", ["the migrant rescue ship Ocean Viking", "the ship"]),
        entity("SOS Mediterranee", "ORG", "NGO", ["The charity SOS Mediterranee", "the group", "The group"]),
        entity("Francesco Creazzo", "PER", "NGO", ["Francesco Creazzo, a spokesperson for the group"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission"]),
        entity("Italy", "GPE", "ITA", ["Italy", "Rome", "Italy’s"]),
        entity("Antonio Tajani", "PER", "ITA", ["Italian Foreign Minister Antonio Tajani"]),
        entity("Government of National Unity (Libya)", "ORG", "LBY", ["the government in Tripoli"]),
        entity("Democratic Party (Italy)", "ORG", "ITA", ["Italy’s opposition Democratic Party"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Prime Minister Giorgia Meloni’s"]),
        entity("Libya", "GPE", "LBY", ["Libya", "Libyan authorities"]),
        entity("International Organization for Migration", "ORG", "UNO", ["the U.N. migration agency IOM"]),
        entity("Mediterranean Sea", "LOC", None, ["the Mediterranean"]),
        entity("Zuwara", "LOC", "LBY", ["Zuwara"]),
        entity("Rome", "LOC", "ITA", ["ROME"]),
    ],
}

# ---------------------------------------------------------------- hm198-en-02 (Zambia, Lungu burial)
SA_COURT = actor("High Court of South Africa (Pretoria)", "ZAF", "JUD")
LUNGU_FAMILY = actor("Family of Edgar Lungu", "ZMB", "CVL")
ZMB_GOV = actor("Government of Zambia", "ZMB", "GOV")
ZULU = actor("Makebi Zulu", "ZMB", "CVL")
KABESHA = actor("Mulilo Kabesha", "ZMB", "GOV")
PF = actor("Patriotic Front", "ZMB", "OPP")
HICHILEMA = actor("Hakainde Hichilema", "ZMB", "GOV")
ZMB_POLICE = actor("Zambia Police Service", "ZMB", "COP")
PF_SUPPORTERS = actor("Patriotic Front supporters", "ZMB", "OPP")
ZMB_CONCOURT = actor("Constitutional Court of Zambia", "ZMB", "JUD")
LUNGU = actor("Edgar Lungu", "ZMB", "OPP")
DIRCO = actor("Department of International Relations and Cooperation (South Africa)", "ZAF", "GOV")

F1 = ("JOHANNESBURG (AP) — A South African court on Friday ordered that the body of Zambia’s former President "
      "Edgar Lungu be handed to the Zambian government, siding with Lusaka in a bitter dispute with his family.")
F2 = "The family had planned to bury Lungu privately in Johannesburg, where he died in June."
F3 = ("Relatives have rejected the government’s plans for a state funeral, saying Lungu did not want his longtime "
      "rival, President Hakainde Hichilema, to attend.")
F4 = ("“This judgment tramples on the wishes of a dying man,” the family’s lawyer, Makebi Zulu, told reporters "
      "outside the court in Pretoria, adding that the family would appeal.")
F5 = ("Zambia’s Attorney General Mulilo Kabesha welcomed the ruling and promised a burial “befitting a former head "
      "of state.”")
F6 = ("Hichilema’s government went to court in June after the family halted a repatriation flight to Lusaka at "
      "the last minute.")
F7 = "Lungu’s Patriotic Front party accused Hichilema of persecuting his predecessor even in death."
F8 = "The president has denied any personal feud."
F9 = ("Police in Lusaka fired tear gas on Thursday to disperse dozens of opposition supporters protesting outside "
      "the party’s headquarters.")
F10 = "A police spokesman said 12 people were arrested for unlawful assembly."
F11 = ("Lungu, who governed Zambia from 2015 to 2021, had been barred by the Constitutional Court in December from "
       "running for president again.")
F12 = "South Africa’s foreign ministry said it would help transport the body once the legal process was complete."

EN02 = {
    "id": "hm198-en-02", "lang": "en", "url": None, "published": "2025-08-08",
    "title": "South African court hands ex-President Lungu’s body to Zambian government",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("SANCTION", SA_COURT, LUNGU_FAMILY, F1, mode="convict", date="2025-08-08", location="Pretoria",
              location_country="ZAF"),
        event("REJECT", LUNGU_FAMILY, ZMB_GOV, F3),
        event("ACCUSE", ZULU, SA_COURT, F4, mode="disapprove"),
        event("SUPPORT", KABESHA, SA_COURT, F5),
        event("ACCUSE", ZMB_GOV, LUNGU_FAMILY, F6, mode="allege"),
        event("REJECT", LUNGU_FAMILY, ZMB_GOV, F6),
        event("ACCUSE", PF, HICHILEMA, F7, mode="allege"),
        event("ASSAULT", ZMB_POLICE, PF_SUPPORTERS, F9, mode="crowd-control", date="2025-08-07", location="Lusaka",
              location_country="ZMB"),
        event("PROTEST", PF_SUPPORTERS, ZMB_GOV, F9, mode="demo", date="2025-08-07", location="Lusaka",
              location_country="ZMB"),
        event("COERCE", ZMB_POLICE, PF_SUPPORTERS, F10, mode="arrest", location="Lusaka", location_country="ZMB"),
        event("COERCE", ZMB_CONCOURT, LUNGU, F11, mode="restrict"),
        event("AGREE", DIRCO, ZMB_GOV, F12),
    ],
    "quotes": [
        quote("Lungu did not want his longtime rival, President Hakainde Hichilema, to attend", "Family of Edgar Lungu",
              "indirect"),
        quote("This judgment tramples on the wishes of a dying man", "Makebi Zulu", "direct"),
        quote("the family would appeal", "Makebi Zulu", "indirect"),
        quote("befitting a former head of state", "Mulilo Kabesha", "direct"),
        quote("12 people were arrested for unlawful assembly", "Zambia Police Service spokesperson", "indirect"),
        quote("it would help transport the body once the legal process was complete",
              "Department of International Relations and Cooperation (South Africa)", "indirect"),
    ],
    "entities": [
        entity("High Court of South Africa (Pretoria)", "ORG", "ZAF", ["A South African court", "the court in Pretoria"]),
        entity("Edgar Lungu", "PER", "ZMB", ["Zambia’s former President Edgar Lungu", "Lungu", "he",
                                             "his predecessor", "Lungu’s"]),
        entity("Government of Zambia", "ORG", "ZMB", ["the Zambian government", "Lusaka", "the government’s",
                                                      "Hichilema’s government"]),
        entity("Family of Edgar Lungu", "ORG", "ZMB", ["his family", "The family", "Relatives", "the family"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["President Hakainde Hichilema", "Hichilema", "The president"]),
        entity("Makebi Zulu", "PER", "ZMB", ["the family’s lawyer, Makebi Zulu"]),
        entity("Mulilo Kabesha", "PER", "ZMB", ["Zambia’s Attorney General Mulilo Kabesha"]),
        entity("Patriotic Front", "ORG", "ZMB", ["Lungu’s Patriotic Front party", "the party’s"]),
        entity("Patriotic Front supporters", "ORG", "ZMB", ["dozens of opposition supporters"]),
        entity("Zambia Police Service", "ORG", "ZMB", ["Police in Lusaka", "A police spokesman"]),
        entity("Constitutional Court of Zambia", "ORG", "ZMB", ["the Constitutional Court"]),
        entity("Department of International Relations and Cooperation (South Africa)", "ORG", "ZAF",
               ["South Africa’s foreign ministry"]),
        entity("Zambia", "GPE", "ZMB", ["Zambia’s", "Zambia"]),
        entity("South Africa", "GPE", "ZAF", ["South African", "South Africa’s"]),
        entity("Johannesburg", "LOC", "ZAF", ["JOHANNESBURG", "Johannesburg"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("Lusaka", "LOC", "ZMB", ["Lusaka"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
