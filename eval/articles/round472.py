"""Round 472: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, Sub-Saharan Africa, invented wording and details):
- hm472-de-01: Republic of the Congo: deadly crush at an army recruitment drive at Brazzaville's Michel d'Ornano stadium; Makosso's crisis unit and inquiry, Moungalla pledges to pay funerals, UPADS and Tsaty Mabiala demand Defence Minister Mondjo's resignation and Moungalla refuses, relatives protest at the morgue, police reinforce without arrests (2023-11-21).
- hm472-de-02: Kenya: four Turkish refugees abducted in Nairobi and deported to Turkey at Ankara's request; MIT's Gülen accusation, UNHCR concern, Amnesty Kenya and LSK demands, police and Sing'oei deny wrongdoing, a High Court order, protest at the UNHCR office with two arrests, opposition attacks Ruto's government (2024-10-23).
- hm472-de-03: Senegal/France: France hands Camp Geille in Ouakam to Senegal's army, ending its permanent troop presence; Ianni hands over to Cissé, the February timetable agreement, Faye's withdrawal demand, Diop thanks Paris, Sonko's colonial charge, earlier pull-outs from Chad and Côte d'Ivoire, Frapp protest, Ianni's training offer (2025-07-17).
- hm472-de-04: Nigeria/United Arab Emirates: Tinubu meets Mohamed bin Zayed in Abu Dhabi after the New Delhi G20 and Ngelale announces the end of the UAE visa ban; the 2022 visa stop and Emirates' flight suspension recalled, Tinubu pledges to release Emirates' funds, UAE investment pledges, the PDP calls the announcement premature (2023-09-12).
- hm472-en-01: UN/Somalia: the Security Council authorizes the AU mission AUSSOM 14-0 with the United States abstaining; Wood rejects the AU financing proposal, Somalia's envoy Osman thanks the council, Egypt's troop offer and Ethiopia's accusation, the Ankara agreement, al-Shabab attack in Middle Shabelle and Ali Dhere's threat, ATMIS drawdown, no deal with Burundi (2024-12-28).
- hm472-en-02: Mozambique: TotalEnergies lifts the force majeure on its Mozambique LNG project and asks for a licence extension and compensation; Chapo welcomes it, the 2021 Palma attack, Rwandan troops, new insurgent raids, Justica Ambiental accuses the company and urges London and The Hague to pull export credit, TotalEnergies denies, French manslaughter probe (2025-10-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm472-de-01 (Republic of the Congo, recruitment crush)
COG_GOV = actor("Government of the Republic of the Congo", "COG", "GOV")
MAKOSSO = actor("Anatole Collinet Makosso", "COG", "GOV")
RECRUIT_ORGANISERS = actor("organisers of the army recruitment drive", "COG", "MIL")
MOUNGALLA = actor("Thierry Moungalla", "COG", "GOV")
COG_VICTIM_FAMILIES = actor("families of the Brazzaville stampede victims", "COG", "CVL")
UPADS = actor("Pan-African Union for Social Democracy", "COG", "PTY")
TSATY = actor("Pascal Tsaty Mabiala", "COG", "OPP")
MONDJO = actor("Charles Richard Mondjo", "COG", "GOV")
COG_POLICE = actor("Police of the Republic of the Congo", "COG", "COP")

B1 = ("Brazzaville (dpa) - Bei einer Massenpanik während einer Rekrutierungsaktion der Armee sind in der Republik "
      "Kongo mindestens 31 Menschen ums Leben gekommen.")
B2 = ("Tausende junge Männer und Frauen hatten sich in der Nacht zum Dienstag vor dem Stadion Michel d'Ornano in der "
      "Hauptstadt versammelt, um sich für eine Stelle bei den Streitkräften zu bewerben.")
B3 = ("Als sich die Tore öffneten, sei die Menge nach vorn gedrängt und viele Menschen seien zu Boden gestürzt, "
      "teilte Regierungschef Anatole Collinet Makosso mit.")
B4 = "Zahlreiche Verletzte wurden in Krankenhäuser der Stadt gebracht."
B5 = ("Makosso richtete am Dienstag einen Krisenstab ein und ordnete eine Untersuchung gegen die Verantwortlichen der "
      "Veranstaltung an.")
B6 = "Das Verteidigungsministerium setzte die Rekrutierung bis auf Weiteres aus."
B7 = ("Die Regierung werde die Kosten für die Beerdigungen und die Behandlung der Verletzten übernehmen, sagte "
      "Regierungssprecher Thierry Moungalla.")
B8 = ("Die Oppositionspartei UPADS warf der Regierung vor, die Aktion schlecht vorbereitet und Menschenleben "
      "leichtfertig aufs Spiel gesetzt zu haben.")
B9 = ("Ihr Vorsitzender Pascal Tsaty Mabiala forderte den Rücktritt von Verteidigungsminister Charles Richard "
      "Mondjo.")
B10 = "„Wer so viele Tote zu verantworten hat, kann nicht im Amt bleiben“, sagte er."
B11 = "Moungalla wies die Forderung zurück."
B12 = ("Es gebe keinen Grund für personelle Konsequenzen, bevor die Untersuchung abgeschlossen sei, sagte der "
       "Sprecher.")
B13 = ("Angehörige der Opfer versammelten sich am Nachmittag vor der Leichenhalle des Universitätsklinikums und "
       "verlangten Aufklärung.")
B14 = ("Die Polizei zog zusätzliche Kräfte zusammen, Festnahmen gab es nach Angaben von Augenzeugen jedoch "
       "nicht.")
B15 = ("Die Armee hatte angekündigt, rund 1500 junge Menschen im Alter zwischen 18 und 25 Jahren einstellen zu "
       "wollen.")
B16 = "Die Jugendarbeitslosigkeit in dem ölreichen zentralafrikanischen Land ist hoch."

DE01 = {
    "id": "hm472-de-01", "lang": "de", "url": None, "published": "2023-11-21",
    "title": "Dutzende Tote bei Massenpanik in Kongos Hauptstadt",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11, B12], [B13, B14], [B15, B16]),
    "events": [
        event("ACCUSE", MAKOSSO, RECRUIT_ORGANISERS, B5, mode="investigate", date="2023-11-21"),
        event("AGREE", MOUNGALLA, COG_VICTIM_FAMILIES, B7),
        event("ACCUSE", UPADS, COG_GOV, B8, mode="disapprove"),
        event("REQUEST", TSATY, MONDJO, B9, mode="change"),
        event("ACCUSE", TSATY, MONDJO, B10, mode="disapprove"),
        event("REJECT", MOUNGALLA, TSATY, B11, mode="change"),
        event("PROTEST", COG_VICTIM_FAMILIES, COG_GOV, B13, mode="demo", date="2023-11-21",
              location="Brazzaville", location_country="COG"),
        event("MOBILIZE", COG_POLICE, None, B14, mode="police", date="2023-11-21", location="Brazzaville",
              location_country="COG"),
        event("COERCE", COG_POLICE, COG_VICTIM_FAMILIES, B14, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Als sich die Tore öffneten, sei die Menge nach vorn gedrängt und viele Menschen seien zu Boden "
              "gestürzt", "Anatole Collinet Makosso", "indirect"),
        quote("Die Regierung werde die Kosten für die Beerdigungen und die Behandlung der Verletzten übernehmen",
              "Thierry Moungalla", "indirect"),
        quote("die Aktion schlecht vorbereitet und Menschenleben leichtfertig aufs Spiel gesetzt zu haben",
              "Pan-African Union for Social Democracy", "indirect"),
        quote("Wer so viele Tote zu verantworten hat, kann nicht im Amt bleiben", "Pascal Tsaty Mabiala", "direct"),
        quote("Es gebe keinen Grund für personelle Konsequenzen, bevor die Untersuchung abgeschlossen sei",
              "Thierry Moungalla", "indirect"),
    ],
    "entities": [
        entity("Brazzaville", "LOC", "COG", ["Brazzaville", "der Hauptstadt", "der Stadt"]),
        entity("Republic of the Congo", "LOC", "COG", ["Republik Kongo", "dem ölreichen zentralafrikanischen Land"]),
        entity("Michel d'Ornano Stadium", "LOC", "COG", ["dem Stadion Michel d'Ornano"]),
        entity("Armed Forces of the Republic of the Congo", "ORG", "COG", ["der Armee", "den Streitkräften",
                                                                          "Die Armee"]),
        entity("Anatole Collinet Makosso", "PER", "COG", ["Regierungschef Anatole Collinet Makosso", "Makosso"]),
        entity("organisers of the army recruitment drive", "PER", "COG", ["die Verantwortlichen der Veranstaltung"]),
        entity("Ministry of Defence of the Republic of the Congo", "ORG", "COG", ["Das Verteidigungsministerium"]),
        entity("Government of the Republic of the Congo", "ORG", "COG", ["Die Regierung", "der Regierung"]),
        entity("Thierry Moungalla", "PER", "COG", ["Regierungssprecher Thierry Moungalla", "Moungalla",
                                                   "der Sprecher"]),
        entity("Pan-African Union for Social Democracy", "ORG", "COG", ["Die Oppositionspartei UPADS"]),
        entity("Pascal Tsaty Mabiala", "PER", "COG", ["Ihr Vorsitzender Pascal Tsaty Mabiala", "er"]),
        entity("Charles Richard Mondjo", "PER", "COG", ["Verteidigungsminister Charles Richard Mondjo"]),
        entity("families of the Brazzaville stampede victims", "PER", "COG", ["Angehörige der Opfer"]),
        entity("University Hospital of Brazzaville", "ORG", "COG", ["des Universitätsklinikums"]),
        entity("Police of the Republic of the Congo", "ORG", "COG", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm472-de-02 (Kenya/Turkey, refugees deported)
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TUR_REFUGEES = actor("Turkish refugees abducted in Nairobi", "TUR", "CVL")
NAIROBI_GUNMEN = actor("unidentified gunmen in Nairobi", "KEN", "CVL")
MIT = actor("National Intelligence Organization of Turkey", "TUR", "GOV")
UNHCR = actor("United Nations High Commissioner for Refugees", "UNO", "IGO")
AMNESTY_KEN = actor("Amnesty International Kenya", "KEN", "NGO")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
KEN_ACTIVISTS = actor("Kenyan human rights activists", "KEN", "NGO")
KEN_OPPOSITION = actor("Kenyan opposition politicians", "KEN", "OPP")

T1 = ("Nairobi (dpa) - Kenia hat vier türkische Staatsbürger, die in der Hauptstadt Nairobi verschleppt worden waren, "
      "in die Türkei abgeschoben.")
T2 = ("Die Rückführung sei auf Ersuchen Ankaras erfolgt, nachdem die türkische Regierung Zusicherungen für eine faire "
      "Behandlung gegeben habe, teilte das kenianische Außenministerium am Dienstag mit.")
T3 = ("Die vier Männer waren nach Angaben von Menschenrechtlern am Freitag in Nairobi von Bewaffneten in Zivil in "
      "Fahrzeuge gezerrt worden.")
T4 = "Sie waren beim UN-Flüchtlingshilfswerk UNHCR als Flüchtlinge registriert."
T5 = ("Der türkische Geheimdienst MIT wirft ihnen laut staatlichen Medien Verbindungen zur Bewegung des am Sonntag "
      "verstorbenen Predigers Fethullah Gülen vor.")
T6 = "Ankara macht die Gülen-Bewegung für den Putschversuch von 2016 verantwortlich."
T7 = "Das UNHCR zeigte sich „zutiefst besorgt“ über die Abschiebung."
T8 = ("Der Grundsatz der Nichtzurückweisung verbiete es, Flüchtlinge in ein Land zurückzuschicken, in dem ihnen "
      "Verfolgung drohe, erklärte die Organisation.")
T9 = ("Amnesty International Kenia und die Anwaltskammer LSK forderten die Regierung auf, den Verbleib weiterer "
      "vermisster Ausländer offenzulegen.")
T10 = ("Ein Gericht in Nairobi wies die Polizei am Dienstag an, binnen zwei Wochen über den Verbleib eines fünften "
       "Türken zu berichten.")
T11 = "Die Polizei bestritt, an der Entführung beteiligt gewesen zu sein."
T12 = ("Auch Staatssekretär Korir Sing'oei wies Vorwürfe zurück, Kenia habe gegen das Völkerrecht verstoßen.")
T13 = ("Vor dem Büro des UNHCR protestierten am Dienstag Dutzende Aktivisten gegen die Abschiebung.")
T14 = "Die Polizei nahm zwei von ihnen vorübergehend fest."
T15 = ("Oppositionspolitiker warfen der Regierung von Präsident William Ruto vor, Kenia zu einem unsicheren Ort für "
       "Regierungskritiker aus der Region zu machen.")
T16 = ("In den vergangenen Monaten waren in Kenia Dutzende junge Regierungskritiker nach den Protesten gegen "
       "Steuererhöhungen verschwunden.")

DE02 = {
    "id": "hm472-de-02", "lang": "de", "url": None, "published": "2024-10-23",
    "title": "Kenia schiebt entführte türkische Flüchtlinge ab",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16]),
    "events": [
        event("COERCE", KEN_GOV, TUR_REFUGEES, T1, mode="deport"),
        event("REQUEST", TUR_GOV, KEN_GOV, T2),
        event("AGREE", TUR_GOV, KEN_GOV, T2),
        event("ASSAULT", NAIROBI_GUNMEN, TUR_REFUGEES, T3, mode="abduct", date="2024-10-18", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", MIT, TUR_REFUGEES, T5, mode="allege"),
        event("ACCUSE", UNHCR, KEN_GOV, T7, mode="disapprove"),
        event("REQUEST", AMNESTY_KEN, KEN_GOV, T9),
        event("REQUEST", LSK, KEN_GOV, T9),
        event("REQUEST", KEN_HIGH_COURT, KEN_POLICE, T10, date="2024-10-22", location="Nairobi",
              location_country="KEN"),
        event("PROTEST", KEN_ACTIVISTS, KEN_GOV, T13, mode="demo", date="2024-10-22", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, KEN_ACTIVISTS, T14, mode="arrest", date="2024-10-22", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", KEN_OPPOSITION, KEN_GOV, T15, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Rückführung sei auf Ersuchen Ankaras erfolgt, nachdem die türkische Regierung Zusicherungen für "
              "eine faire Behandlung gegeben habe", "Ministry of Foreign Affairs of Kenya", "indirect"),
        quote("Die vier Männer waren nach Angaben von Menschenrechtlern am Freitag in Nairobi von Bewaffneten in "
              "Zivil in Fahrzeuge gezerrt worden", "Kenyan human rights activists", "indirect"),
        quote("Der türkische Geheimdienst MIT wirft ihnen laut staatlichen Medien Verbindungen zur Bewegung des am "
              "Sonntag verstorbenen Predigers Fethullah Gülen vor", "Turkish state media", "indirect"),
        quote("zutiefst besorgt", "United Nations High Commissioner for Refugees", "direct"),
        quote("Der Grundsatz der Nichtzurückweisung verbiete es, Flüchtlinge in ein Land zurückzuschicken, in dem "
              "ihnen Verfolgung drohe", "United Nations High Commissioner for Refugees", "indirect"),
        quote("an der Entführung beteiligt gewesen zu sein", "National Police Service of Kenya", "indirect"),
        quote("Kenia habe gegen das Völkerrecht verstoßen", "Korir Sing'oei", "indirect"),
        quote("Kenia zu einem unsicheren Ort für Regierungskritiker aus der Region zu machen",
              "Kenyan opposition politicians", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "der Hauptstadt Nairobi"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Government of Kenya", "ORG", "KEN", ["Kenia", "die Regierung", "der Regierung von Präsident William "
                                                     "Ruto"]),
        entity("Turkish refugees abducted in Nairobi", "PER", "TUR",
               ["vier türkische Staatsbürger", "Die vier Männer", "Sie", "ihnen"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankaras", "die türkische Regierung", "Ankara"]),
        entity("Ministry of Foreign Affairs of Kenya", "ORG", "KEN", ["das kenianische Außenministerium"]),
        entity("Kenyan human rights activists", "PER", "KEN", ["Menschenrechtlern", "Dutzende Aktivisten",
                                                               "zwei von ihnen"]),
        entity("unidentified gunmen in Nairobi", "PER", "KEN", ["Bewaffneten in Zivil"]),
        entity("United Nations High Commissioner for Refugees", "ORG", "UNO",
               ["UN-Flüchtlingshilfswerk UNHCR", "Das UNHCR", "die Organisation", "des UNHCR"]),
        entity("National Intelligence Organization of Turkey", "ORG", "TUR", ["Der türkische Geheimdienst MIT"]),
        entity("Turkish state media", "ORG", "TUR", ["staatlichen Medien"]),
        entity("Gülen movement", "ORG", "TUR", ["Bewegung des am Sonntag verstorbenen Predigers Fethullah Gülen",
                                                "die Gülen-Bewegung"]),
        entity("Fethullah Gülen", "PER", "TUR", ["Predigers Fethullah Gülen"]),
        entity("Amnesty International Kenya", "ORG", "KEN", ["Amnesty International Kenia"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["die Anwaltskammer LSK"]),
        entity("High Court of Kenya", "ORG", "KEN", ["Ein Gericht in Nairobi"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["die Polizei", "Die Polizei"]),
        entity("Korir Sing'oei", "PER", "KEN", ["Staatssekretär Korir Sing'oei"]),
        entity("Kenyan opposition politicians", "PER", "KEN", ["Oppositionspolitiker"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
    ],
}

# ---------------------------------------------------------------- hm472-de-03 (Senegal/France, bases handed over)
FRA_MIL = actor("French Armed Forces", "FRA", "MIL")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
IANNI = actor("Pascal Ianni", "FRA", "MIL")
CISSE = actor("Mbaye Cissé", "SEN", "MIL")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
DIOP = actor("Birame Diop", "SEN", "GOV")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
CIV_GOV = actor("Government of Côte d'Ivoire", "CIV", "GOV")
FRAPP = actor("FRAPP", "SEN", "NGO")

F1 = ("Dakar (dpa) - Frankreich hat seine letzten Militärstützpunkte im Senegal an die senegalesische Armee übergeben "
      "und damit seine dauerhafte Truppenpräsenz in dem westafrikanischen Land beendet.")
F2 = ("Bei einer Zeremonie im Camp Geille im Dakarer Stadtteil Ouakam übergab der Kommandeur der französischen "
      "Streitkräfte in Afrika, General Pascal Ianni, am Donnerstag die Schlüssel an Generalstabschef Mbaye Cissé.")
F3 = "Rund 350 französische Soldaten hatten das Land in den vergangenen Monaten schrittweise verlassen."
F4 = ("Präsident Bassirou Diomaye Faye hatte Ende 2024 den Abzug der französischen Truppen gefordert, deren Präsenz "
      "er als unvereinbar mit der Souveränität des Landes bezeichnete.")
F5 = "Paris und Dakar einigten sich im Februar auf einen gemeinsamen Zeitplan."
F6 = "„Dies ist ein historischer Tag für unsere Souveränität“, sagte Verteidigungsminister Birame Diop."
F7 = ("Diop dankte Frankreich für die jahrzehntelange Zusammenarbeit und kündigte eine neue Partnerschaft „auf "
      "Augenhöhe“ an.")
F8 = ("Ianni sagte, Frankreich bleibe bereit, den Senegal etwa bei der Ausbildung von Soldaten zu unterstützen, "
      "falls Dakar dies wünsche.")
F9 = ("Premierminister Ousmane Sonko hatte Paris wiederholt vorgeworfen, den Senegal wie eine ehemalige Kolonie zu "
      "behandeln.")
F10 = "Die französische Botschaft wies dies stets zurück."
F11 = ("Anhänger der Bewegung Frapp demonstrierten am Rande der Zeremonie und verlangten, auch die "
       "Wirtschaftsabkommen mit Frankreich zu überprüfen.")
F12 = "Der Abzug reiht sich in eine Serie von Rückschlägen für Paris in der Region ein."
F13 = "Frankreich hatte zuvor bereits seine Stützpunkte im Tschad und in der Elfenbeinküste geräumt."
F14 = "In Afrika unterhält das französische Militär nun nur noch in Dschibuti einen größeren Stützpunkt."

DE03 = {
    "id": "hm472-de-03", "lang": "de", "url": None, "published": "2025-07-17",
    "title": "Frankreich übergibt letzte Stützpunkte im Senegal",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8], [F9, F10, F11], [F12, F13, F14]),
    "events": [
        event("RETREAT", FRA_MIL, SEN_GOV, F1, mode="withdraw", location_country="SEN"),
        event("RETREAT", IANNI, CISSE, F2, mode="withdraw", date="2025-07-17", location="Ouakam",
              location_country="SEN"),
        event("RETREAT", FRA_MIL, SEN_GOV, F3, mode="withdraw", location_country="SEN"),
        event("REQUEST", FAYE, FRA_GOV, F4, mode="yield"),
        event("AGREE", FRA_GOV, SEN_GOV, F5),
        event("SUPPORT", DIOP, FRA_GOV, F7),
        event("AGREE", DIOP, FRA_GOV, F7),
        event("AGREE", IANNI, SEN_GOV, F8),
        event("ACCUSE", SONKO, FRA_GOV, F9, mode="disapprove"),
        event("PROTEST", FRAPP, FRA_GOV, F11, mode="demo", date="2025-07-17", location="Ouakam",
              location_country="SEN"),
        event("REQUEST", FRAPP, SEN_GOV, F11, mode="change"),
        event("RETREAT", FRA_MIL, TCD_GOV, F13, mode="withdraw", location_country="TCD"),
        event("RETREAT", FRA_MIL, CIV_GOV, F13, mode="withdraw", location_country="CIV"),
    ],
    "quotes": [
        quote("deren Präsenz er als unvereinbar mit der Souveränität des Landes bezeichnete", "Bassirou Diomaye Faye",
              "indirect"),
        quote("Dies ist ein historischer Tag für unsere Souveränität", "Birame Diop", "direct"),
        quote("auf Augenhöhe", "Birame Diop", "direct"),
        quote("Frankreich bleibe bereit, den Senegal etwa bei der Ausbildung von Soldaten zu unterstützen, falls "
              "Dakar dies wünsche", "Pascal Ianni", "indirect"),
        quote("den Senegal wie eine ehemalige Kolonie zu behandeln", "Ousmane Sonko", "indirect"),
        quote("auch die Wirtschaftsabkommen mit Frankreich zu überprüfen", "FRAPP", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich", "Paris"]),
        entity("Senegal", "LOC", "SEN", ["im Senegal", "dem westafrikanischen Land", "das Land", "des Landes",
                                         "den Senegal"]),
        entity("Senegalese Armed Forces", "ORG", "SEN", ["die senegalesische Armee"]),
        entity("Camp Geille", "LOC", "SEN", ["im Camp Geille"]),
        entity("Ouakam", "LOC", "SEN", ["im Dakarer Stadtteil Ouakam"]),
        entity("French Armed Forces", "ORG", "FRA", ["der französischen Streitkräfte in Afrika",
                                                     "Rund 350 französische Soldaten", "der französischen Truppen",
                                                     "das französische Militär"]),
        entity("Pascal Ianni", "PER", "FRA", ["General Pascal Ianni", "Ianni"]),
        entity("Mbaye Cissé", "PER", "SEN", ["Generalstabschef Mbaye Cissé"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Präsident Bassirou Diomaye Faye", "er"]),
        entity("Government of Senegal", "ORG", "SEN", ["Dakar"]),
        entity("Birame Diop", "PER", "SEN", ["Verteidigungsminister Birame Diop", "Diop"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko"]),
        entity("Embassy of France in Senegal", "ORG", "FRA", ["Die französische Botschaft"]),
        entity("FRAPP", "ORG", "SEN", ["Anhänger der Bewegung Frapp"]),
        entity("Chad", "LOC", "TCD", ["im Tschad"]),
        entity("Côte d'Ivoire", "LOC", "CIV", ["in der Elfenbeinküste"]),
        entity("Djibouti", "LOC", "DJI", ["in Dschibuti"]),
        entity("Africa", "LOC", None, ["in Afrika", "In Afrika"]),
    ],
}

# ---------------------------------------------------------------- hm472-de-04 (Nigeria/UAE, visa ban lifted)
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
MBZ = actor("Mohamed bin Zayed Al Nahyan", "ARE", "GOV")
EMIRATES = actor("Emirates", "ARE", "BUS")
PDP = actor("Peoples Democratic Party", "NGA", "PTY")

N1 = ("Abuja (dpa) - Die Vereinigten Arabischen Emirate heben nach Angaben der nigerianischen Regierung ihr "
      "Einreiseverbot für Nigerianer auf.")
N2 = ("Darauf hätten sich Präsident Bola Tinubu und der emiratische Staatschef Mohammed bin Sajid Al Nahjan bei "
      "einem Treffen in Abu Dhabi am Montag verständigt, teilte Tinubus Sprecher Ajuri Ngelale mit.")
N3 = ("Die Fluggesellschaften Emirates und Etihad sollen ihre Flüge nach Lagos und Abuja demnach unverzüglich "
      "wieder aufnehmen.")
N4 = "Eine Bestätigung aus Abu Dhabi lag zunächst nicht vor."
N5 = "Ngelale sprach von einem „historischen Durchbruch“ für Millionen Nigerianer."
N6 = "Die Emirate hatten im Oktober 2022 die Vergabe von Visa an Nigerianer gestoppt."
N7 = ("Vorausgegangen war ein Streit über Einnahmen von Emirates in Höhe von rund 85 Millionen Dollar, die die "
      "Fluggesellschaft wegen der Devisenknappheit in Nigeria nicht ausführen durfte.")
N8 = "Emirates stellte daraufhin alle Flüge in das westafrikanische Land ein."
N9 = ("Tinubu sagte nach Angaben seines Büros zu, die Freigabe der blockierten Gelder von Emirates zu "
      "beschleunigen.")
N10 = ("Die Emirate stellten demnach zudem Investitionen in Milliardenhöhe in die Landwirtschaft, die Verteidigung "
       "und die Infrastruktur Nigerias in Aussicht.")
N11 = ("Tinubu war am Sonntag aus Neu-Delhi, wo er am Gipfel der G20-Staaten teilgenommen hatte, nach Abu Dhabi "
       "weitergereist.")
N12 = ("Die oppositionelle Demokratische Volkspartei (PDP) warf der Regierung vor, eine Einigung zu feiern, deren "
       "Einzelheiten niemand kenne.")
N13 = ("Die Angaben seien „voreilig“, solange Abu Dhabi die Vereinbarung nicht bestätigt habe, erklärte ein "
       "Parteisprecher.")
N14 = "Nach Schätzungen leben Zehntausende Nigerianer in den Emiraten, vor allem in Dubai."
N15 = "Das Visaverbot hatte vor allem Geschäftsleute und Studenten getroffen."

DE04 = {
    "id": "hm472-de-04", "lang": "de", "url": None, "published": "2023-09-12",
    "title": "Emirate heben Visasperre für Nigerianer auf",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8], [N9, N10, N11], [N12, N13], [N14, N15]),
    "events": [
        event("CONCEDE", UAE_GOV, NGA_GOV, N1),
        event("CONSULT", TINUBU, MBZ, N2, mode="meet", date="2023-09-11", location="Abu Dhabi",
              location_country="ARE"),
        event("AGREE", TINUBU, MBZ, N2, date="2023-09-11", location="Abu Dhabi", location_country="ARE"),
        event("SANCTION", UAE_GOV, NGA_GOV, N6),
        event("SANCTION", EMIRATES, NGA_GOV, N8, mode="discontinue"),
        event("AGREE", TINUBU, EMIRATES, N9),
        event("AGREE", UAE_GOV, NGA_GOV, N10),
        event("CONSULT", TINUBU, UAE_GOV, N11, mode="visit", date="2023-09-10", location="Abu Dhabi",
              location_country="ARE"),
        event("ACCUSE", PDP, NGA_GOV, N12, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Vereinigten Arabischen Emirate heben nach Angaben der nigerianischen Regierung ihr Einreiseverbot "
              "für Nigerianer auf", "Government of Nigeria", "indirect"),
        quote("Darauf hätten sich Präsident Bola Tinubu und der emiratische Staatschef Mohammed bin Sajid Al Nahjan "
              "bei einem Treffen in Abu Dhabi am Montag verständigt", "Ajuri Ngelale", "indirect"),
        quote("Die Fluggesellschaften Emirates und Etihad sollen ihre Flüge nach Lagos und Abuja demnach "
              "unverzüglich wieder aufnehmen", "Ajuri Ngelale", "indirect"),
        quote("historischen Durchbruch", "Ajuri Ngelale", "direct"),
        quote("die Freigabe der blockierten Gelder von Emirates zu beschleunigen", "Office of the President of "
              "Nigeria", "indirect"),
        quote("Die Emirate stellten demnach zudem Investitionen in Milliardenhöhe in die Landwirtschaft, die "
              "Verteidigung und die Infrastruktur Nigerias in Aussicht", "Office of the President of Nigeria",
              "indirect"),
        quote("eine Einigung zu feiern, deren Einzelheiten niemand kenne", "Peoples Democratic Party", "indirect"),
        quote("voreilig", "spokesman of the Peoples Democratic Party", "direct"),
        quote("Die Angaben seien „voreilig“, solange Abu Dhabi die Vereinbarung nicht bestätigt habe",
              "spokesman of the Peoples Democratic Party", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE",
               ["Die Vereinigten Arabischen Emirate", "Abu Dhabi", "Die Emirate"]),
        entity("United Arab Emirates", "LOC", "ARE", ["den Emiraten"]),
        entity("Government of Nigeria", "ORG", "NGA", ["der nigerianischen Regierung", "der Regierung"]),
        entity("Nigerians", "PER", "NGA", ["Nigerianer", "Millionen Nigerianer", "Zehntausende Nigerianer"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubus", "Tinubu", "er"]),
        entity("Mohamed bin Zayed Al Nahyan", "PER", "ARE",
               ["der emiratische Staatschef Mohammed bin Sajid Al Nahjan"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Ajuri Ngelale", "PER", "NGA", ["Tinubus Sprecher Ajuri Ngelale", "Ngelale"]),
        entity("Emirates", "ORG", "ARE", ["Emirates", "die Fluggesellschaft"]),
        entity("Etihad Airways", "ORG", "ARE", ["Etihad"]),
        entity("Lagos", "LOC", "NGA", ["Lagos"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "das westafrikanische Land", "Nigerias"]),
        entity("Office of the President of Nigeria", "ORG", "NGA", ["seines Büros"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("G20", "ORG", "IGO", ["Gipfel der G20-Staaten"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["Die oppositionelle Demokratische Volkspartei (PDP)"]),
        entity("spokesman of the Peoples Democratic Party", "PER", "NGA", ["ein Parteisprecher"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
    ],
}

# ---------------------------------------------------------------- hm472-en-01 (UN/Somalia, AUSSOM authorized)
UNSC = actor("United Nations Security Council", "UNO", "IGO")
AUSSOM = actor("African Union Support and Stabilization Mission in Somalia", "IGO", "MIL")
AU = actor("African Union", "IGO", "IGO")
WOOD = actor("Robert Wood", "USA", "GOV")
OSMAN = actor("Abukar Dahir Osman", "SOM", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
SHABAB = actor("al-Shabab", "SOM", "REB")
SOM_ARMY = actor("Somali National Army", "SOM", "MIL")
DHERE = actor("Ali Dhere", "SOM", "REB")
ATMIS = actor("African Union Transition Mission in Somalia", "IGO", "MIL")
BDI_GOV = actor("Government of Burundi", "BDI", "GOV")

U1 = ("UNITED NATIONS (AP) — The U.N. Security Council on Friday authorized a new African Union force to help Somalia "
      "fight al-Shabab militants, replacing a mission whose mandate expires at the end of the year.")
U2 = ("The resolution, adopted 14-0 with the United States abstaining, endorses the African Union Support and "
      "Stabilization Mission in Somalia, known as AUSSOM, for an initial 12 months.")
U3 = ("Deputy U.S. Ambassador Robert Wood said Washington could not support an African Union proposal to finance the "
      "force largely through mandatory U.N. contributions.")
U4 = "“We remain concerned that this mission is not financially sustainable,” Wood told the council."
U5 = ("Somalia's U.N. ambassador, Abukar Dahir Osman, welcomed the vote and thanked council members for their "
      "support.")
U6 = ("He said Somali forces were ready to gradually take over responsibility for security across the country.")
U7 = "Egypt has offered to send troops to the new force, a move that has alarmed neighboring Ethiopia."
U8 = ("Ethiopia, which has thousands of soldiers in Somalia, has accused Cairo of trying to destabilize the "
      "region.")
U9 = ("Tensions between Mogadishu and Addis Ababa eased this month after the two governments agreed in Ankara to "
      "work toward resolving their dispute over Ethiopia's port deal with the breakaway region of Somaliland.")
U10 = ("Al-Shabab, which is linked to al-Qaida, still controls large parts of rural southern and central "
       "Somalia.")
U11 = ("Al-Shabab fighters attacked an army base in the Middle Shabelle region on Thursday, killing at least six "
       "soldiers, according to a military official.")
U12 = "The group's spokesman, Ali Dhere, threatened to target any foreign troops joining the new mission."
U13 = "The African Union has had troops in Somalia since 2007."
U14 = ("Its current mission, ATMIS, has been drawing down under a plan agreed with the Somali government, and "
       "thousands of its soldiers have already left.")
U15 = ("Burundi, one of the largest troop contributors, will not take part in the new force after it failed to "
       "reach agreement with Mogadishu on troop numbers.")

EN01 = {
    "id": "hm472-en-01", "lang": "en", "url": None, "published": "2024-12-28",
    "title": "UN Security Council authorizes new African Union force for Somalia",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6], [U7, U8, U9], [U10, U11, U12], [U13, U14, U15]),
    "events": [
        event("SUPPORT", UNSC, AUSSOM, U1, date="2024-12-27"),
        event("SUPPORT", UNSC, AUSSOM, U2),
        event("REJECT", WOOD, AU, U3, mode="assist"),
        event("SUPPORT", OSMAN, UNSC, U5),
        event("AGREE", EGY_GOV, SOM_GOV, U7),
        event("ACCUSE", ETH_GOV, EGY_GOV, U8, mode="allege"),
        event("AGREE", SOM_GOV, ETH_GOV, U9, location="Ankara", location_country="TUR"),
        event("ASSAULT", SHABAB, SOM_ARMY, U11, date="2024-12-26", location="Middle Shabelle",
              location_country="SOM"),
        event("THREATEN", DHERE, AUSSOM, U12, mode="violence"),
        event("RETREAT", ATMIS, SOM_GOV, U14, mode="withdraw", location_country="SOM"),
        event("AGREE", BDI_GOV, SOM_GOV, U15, negated=True),
    ],
    "quotes": [
        quote("Washington could not support an African Union proposal to finance the force largely through "
              "mandatory U.N. contributions", "Robert Wood", "indirect"),
        quote("We remain concerned that this mission is not financially sustainable", "Robert Wood", "direct"),
        quote("Somali forces were ready to gradually take over responsibility for security across the country",
              "Abukar Dahir Osman", "indirect"),
        quote("Al-Shabab fighters attacked an army base in the Middle Shabelle region on Thursday, killing at least "
              "six soldiers", "Somali military official", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "U.N."]),
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council",
                                                                 "council members"]),
        entity("African Union Support and Stabilization Mission in Somalia", "ORG", "IGO",
               ["a new African Union force", "the African Union Support and Stabilization Mission in Somalia",
                "AUSSOM", "the force", "this mission", "the new force", "the new mission"]),
        entity("Somalia", "LOC", "SOM", ["Somalia", "the country"]),
        entity("al-Shabab", "ORG", "SOM", ["al-Shabab militants", "Al-Shabab", "Al-Shabab fighters", "The group's"]),
        entity("African Union Transition Mission in Somalia", "ORG", "IGO",
               ["a mission whose mandate expires at the end of the year", "Its current mission, ATMIS"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Robert Wood", "PER", "USA", ["Deputy U.S. Ambassador Robert Wood", "Wood"]),
        entity("African Union", "ORG", "IGO", ["an African Union proposal", "The African Union"]),
        entity("Abukar Dahir Osman", "PER", "SOM", ["Somalia's U.N. ambassador, Abukar Dahir Osman", "He"]),
        entity("Somali National Army", "ORG", "SOM", ["Somali forces", "an army base", "six soldiers"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt", "Cairo"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Ethiopia", "Addis Ababa"]),
        entity("Ethiopia", "LOC", "ETH", ["neighboring Ethiopia", "Ethiopia's"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH", ["thousands of soldiers in Somalia"]),
        entity("Government of Somalia", "ORG", "SOM", ["Mogadishu", "the Somali government"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Somaliland", "LOC", "SOM", ["the breakaway region of Somaliland"]),
        entity("al-Qaida", "ORG", None, ["al-Qaida"]),
        entity("Middle Shabelle", "LOC", "SOM", ["the Middle Shabelle region"]),
        entity("Somali military official", "PER", "SOM", ["a military official"]),
        entity("Ali Dhere", "PER", "SOM", ["The group's spokesman, Ali Dhere"]),
        entity("Government of Burundi", "ORG", "BDI", ["Burundi", "it"]),
    ],
}

# ---------------------------------------------------------------- hm472-en-02 (Mozambique, TotalEnergies LNG restart)
TOTAL = actor("TotalEnergies", "FRA", "BUS")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
CHAPO = actor("Daniel Chapo", "MOZ", "GOV")
IS_MOZ = actor("Islamic State Mozambique Province", "MOZ", "REB")
PALMA_RESIDENTS = actor("residents of Palma", "MOZ", "CVL")
RWA_MIL = actor("Rwanda Defence Force", "RWA", "MIL")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
CABO_VILLAGERS = actor("villagers in Cabo Delgado", "MOZ", "CVL")
JA = actor("Justiça Ambiental", "MOZ", "NGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
FRA_PROSECUTORS = actor("Nanterre public prosecutor's office", "FRA", "JUD")

M1 = ("MAPUTO, Mozambique (AP) — French energy giant TotalEnergies said Friday it will resume construction of its $20 "
      "billion liquefied natural gas project in northern Mozambique, more than four years after an insurgent attack "
      "forced it to stop work.")
M2 = ("Chief executive Patrick Pouyanné informed President Daniel Chapo that the company had lifted the force "
      "majeure declared in 2021, according to a company statement.")
M3 = ("The company asked the government to extend its development license by 10 years and to compensate it for "
      "$4.5 billion in extra costs caused by the suspension.")
M4 = "Chapo welcomed the decision, calling it “a new chapter” for the country's economy."
M5 = "He said his government would study the company's requests before committing to any compensation."
M6 = ("The project in Cabo Delgado province was halted after insurgents linked to the Islamic State group stormed "
      "the nearby town of Palma in March 2021, killing dozens of people.")
M7 = "Rwanda sent troops to the province later that year at Maputo's request."
M8 = ("The Rwandan soldiers have since helped retake the main towns, but insurgents raided several villages in the "
      "Macomia district this month, local officials said.")
M9 = ("Justiça Ambiental, a Mozambican environmental group, said the project had brought violence and displacement "
      "to Cabo Delgado and accused TotalEnergies of putting profits before people.")
M10 = ("The group urged the British and Dutch governments to withdraw their export credit support for the "
       "project.")
M11 = "TotalEnergies has rejected claims that it failed to protect subcontractors during the Palma attack."
M12 = ("French prosecutors in Nanterre opened a manslaughter investigation into the company over the attack in "
       "March.")
M13 = ("Japan's Mitsui and Mozambique's state oil company ENH also hold stakes in the project, which is expected to "
       "start producing gas in 2029.")
M14 = ("Mozambique, one of the world's poorest countries, hopes gas revenue will transform an economy shaken by "
       "months of deadly unrest after the disputed October 2024 election.")

EN02 = {
    "id": "hm472-en-02", "lang": "en", "url": None, "published": "2025-10-25",
    "title": "TotalEnergies to restart $20 billion gas project in Mozambique after insurgent attack",
    "text": paragraphs([M1, M2, M3], [M4, M5], [M6, M7, M8], [M9, M10, M11, M12], [M13, M14]),
    "events": [
        event("AGREE", TOTAL, MOZ_GOV, M1, date="2025-10-24"),
        event("REQUEST", TOTAL, MOZ_GOV, M3, mode="assist"),
        event("SUPPORT", CHAPO, TOTAL, M4),
        event("ASSAULT", IS_MOZ, PALMA_RESIDENTS, M6, location="Palma", location_country="MOZ"),
        event("MOBILIZE", RWA_MIL, None, M7, mode="troops", location="Cabo Delgado", location_country="MOZ"),
        event("REQUEST", MOZ_GOV, RWA_GOV, M7, mode="assist"),
        event("ASSAULT", IS_MOZ, CABO_VILLAGERS, M8, location="Macomia", location_country="MOZ"),
        event("ACCUSE", JA, TOTAL, M9, mode="disapprove"),
        event("REQUEST", JA, GBR_GOV, M10, mode="change"),
        event("REQUEST", JA, NLD_GOV, M10, mode="change"),
        event("ACCUSE", FRA_PROSECUTORS, TOTAL, M12, mode="investigate", location="Nanterre",
              location_country="FRA"),
    ],
    "quotes": [
        quote("it will resume construction of its $20 billion liquefied natural gas project in northern Mozambique, "
              "more than four years after an insurgent attack forced it to stop work", "TotalEnergies", "indirect"),
        quote("Chief executive Patrick Pouyanné informed President Daniel Chapo that the company had lifted the force "
              "majeure declared in 2021", "TotalEnergies", "indirect"),
        quote("a new chapter", "Daniel Chapo", "direct"),
        quote("his government would study the company's requests before committing to any compensation",
              "Daniel Chapo", "indirect"),
        quote("The Rwandan soldiers have since helped retake the main towns, but insurgents raided several villages in "
              "the Macomia district this month", "local officials in Cabo Delgado", "indirect"),
        quote("the project had brought violence and displacement to Cabo Delgado", "Justiça Ambiental", "indirect"),
        quote("it failed to protect subcontractors during the Palma attack", "TotalEnergies", "indirect"),
    ],
    "entities": [
        entity("Maputo", "LOC", "MOZ", ["MAPUTO"]),
        entity("Mozambique", "LOC", "MOZ", ["Mozambique", "northern Mozambique", "the country's",
                                            "one of the world's poorest countries"]),
        entity("TotalEnergies", "ORG", "FRA", ["French energy giant TotalEnergies", "the company", "The company",
                                               "the company's", "TotalEnergies", "it"]),
        entity("Mozambique LNG", "MISC", "MOZ", ["its $20 billion liquefied natural gas project", "the project",
                                                 "The project"]),
        entity("Patrick Pouyanné", "PER", "FRA", ["Chief executive Patrick Pouyanné"]),
        entity("Daniel Chapo", "PER", "MOZ", ["President Daniel Chapo", "Chapo", "He", "his"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["the government", "his government", "Maputo's"]),
        entity("Cabo Delgado", "LOC", "MOZ", ["Cabo Delgado province", "the province", "Cabo Delgado"]),
        entity("Islamic State Mozambique Province", "ORG", "MOZ", ["insurgents linked to the Islamic State group",
                                                                   "insurgents"]),
        entity("Islamic State", "ORG", None, ["the Islamic State group"]),
        entity("Palma", "LOC", "MOZ", ["the nearby town of Palma", "Palma"]),
        entity("Government of Rwanda", "ORG", "RWA", ["Rwanda"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["troops", "The Rwandan soldiers"]),
        entity("Macomia", "LOC", "MOZ", ["the Macomia district"]),
        entity("local officials in Cabo Delgado", "PER", "MOZ", ["local officials"]),
        entity("Justiça Ambiental", "ORG", "MOZ", ["Justiça Ambiental, a Mozambican environmental group",
                                                   "The group"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the British and Dutch governments"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["Dutch governments"]),
        entity("Nanterre public prosecutor's office", "ORG", "FRA", ["French prosecutors in Nanterre"]),
        entity("Mitsui", "ORG", "JPN", ["Japan's Mitsui"]),
        entity("ENH", "ORG", "MOZ", ["Mozambique's state oil company ENH"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
