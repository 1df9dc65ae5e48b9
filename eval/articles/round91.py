"""Round 91 of the hand-made blind articles (written blind, invented wire-style reports).

Six stories (4 German, 2 English), Africa, the Middle East and South Asia:

- hm91-de-01  Sudan's army and the RSF sign the Jeddah declaration, fighting goes on (2023-05-12)
- hm91-de-02  Sri Lanka's former president Ranil Wickremesinghe arrested and remanded (2025-08-23)
- hm91-de-03  Libya's eastern government halts oil output in the central bank row (2024-08-26)
- hm91-de-04  Niger expels three Chinese oil executives (2025-03-13)
- hm91-en-01  Iraq and the US agree to end the coalition mission; Kataib Hezbollah warns (2024-09-27)
- hm91-en-02  Taliban foreign minister Muttaqi in New Delhi; India to upgrade its Kabul mission (2025-10-10)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm91-de-01 (Sudan, Jeddah)

SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
GRIFFITHS = actor("Martin Griffiths", "UNO", "IGO")
USA_GOV = actor("United States", "USA", "GOV")

D1_1 = ("Vertreter der sudanesischen Armee und der paramilitärischen RSF haben am Donnerstagabend in der saudischen "
        "Hafenstadt Dschidda eine Grundsatzerklärung zum Schutz von Zivilisten unterzeichnet.")
D1_2 = ("Darin sagten beide Seiten zu, humanitären Helfern sicheren Zugang zu gewähren und Krankenhäuser nicht "
        "anzugreifen.")
D1_3 = "Auf eine Waffenruhe einigten sie sich jedoch nicht."
D1_4 = "Die Gespräche unter Vermittlung Saudi-Arabiens und der USA hatten am Samstag begonnen."
D1_5 = "Ungeachtet der Vereinbarung flog die Armee am Freitag erneut Luftangriffe auf RSF-Stellungen im Süden Khartums."
D1_6 = "Die RSF warfen der Armee vor, Wohnviertel in Omdurman bombardiert zu haben."
D1_7 = "Ein Armeesprecher sagte dagegen, man habe lediglich „Verstecke der Rebellenmiliz“ ins Visier genommen."
D1_8 = "UN-Nothilfekoordinator Martin Griffiths begrüßte die Unterzeichnung als „ersten Schritt“."
D1_9 = "Er forderte beide Seiten auf, Hilfskonvois „unverzüglich“ passieren zu lassen."
D1_10 = ("Ein RSF-Sprecher erklärte, man sei zu weiteren Gesprächen bereit, werde aber „keine Kapitulation“ "
         "akzeptieren.")
D1_11 = "Washington drohte beiden Konfliktparteien mit Sanktionen, sollten sie gegen die Zusagen verstoßen."

DE01 = {
    "id": "hm91-de-01",
    "lang": "de",
    "url": None,
    "published": "2023-05-12",
    "title": "Sudans Konfliktparteien unterzeichnen Erklärung in Dschidda",
    "text": paragraphs([D1_1, D1_2, D1_3, D1_4], [D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10, D1_11]),
    "events": [
        event("SUPPORT", SAF, RSF, D1_1, date="2023-05-11", location="Jeddah", location_country="SAU"),
        event("AGREE", SAF, RSF, D1_2),
        event("AGREE", SAF, RSF, D1_3, negated=True),
        event("CONSULT", SAF, RSF, D1_4, mode="third-party", date="2023-05-06"),
        event("ASSAULT", SAF, RSF, D1_5, mode="aerial", date="2023-05-12", location="Khartoum",
              location_country="SDN"),
        event("ACCUSE", RSF, SAF, D1_6, mode="allege"),
        event("ASSAULT", SAF, RSF, D1_7, mode="aerial"),
        event("SUPPORT", GRIFFITHS, SAF, D1_8),
        event("SUPPORT", GRIFFITHS, RSF, D1_8),
        event("REQUEST", GRIFFITHS, SAF, D1_9),
        event("REQUEST", GRIFFITHS, RSF, D1_9),
        event("AGREE", actor("RSF spokesperson", "SDN", "REB"), SAF, D1_10),
        event("THREATEN", USA_GOV, SAF, D1_11),
        event("THREATEN", USA_GOV, RSF, D1_11),
    ],
    "quotes": [
        quote("Wohnviertel in Omdurman bombardiert zu haben", "Rapid Support Forces", "indirect"),
        quote("Verstecke der Rebellenmiliz", "Sudanese army spokesperson", "direct"),
        quote("man habe lediglich „Verstecke der Rebellenmiliz“ ins Visier genommen", "Sudanese army spokesperson",
              "indirect"),
        quote("ersten Schritt", "Martin Griffiths", "direct"),
        quote("unverzüglich", "Martin Griffiths", "direct"),
        quote("keine Kapitulation", "RSF spokesperson", "direct"),
        quote("man sei zu weiteren Gesprächen bereit, werde aber „keine Kapitulation“ akzeptieren", "RSF spokesperson",
              "indirect"),
    ],
    "entities": [
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der sudanesischen Armee", "die Armee", "der Armee"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["der paramilitärischen RSF", "Die RSF"]),
        entity("Sudanese army spokesperson", "PER", "SDN", ["Ein Armeesprecher"]),
        entity("RSF spokesperson", "PER", "SDN", ["Ein RSF-Sprecher"]),
        entity("Martin Griffiths", "PER", "UNO", ["UN-Nothilfekoordinator Martin Griffiths", "Er"]),
        entity("Jeddah", "LOC", "SAU", ["der saudischen Hafenstadt Dschidda"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabiens"]),
        entity("United States", "GPE", "USA", ["der USA", "Washington"]),
        entity("Khartoum", "LOC", "SDN", ["Khartums"]),
        entity("Omdurman", "LOC", "SDN", ["Omdurman"]),
    ],
}

# ---------------------------------------------------------------- hm91-de-02 (Sri Lanka, Wickremesinghe)

RANIL = actor("Ranil Wickremesinghe", "LKA", "OPP")
CID = actor("Criminal Investigation Department (Sri Lanka)", "LKA", "COP")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")

D2_1 = "Sri Lankas früherer Präsident Ranil Wickremesinghe ist am Freitag in Colombo festgenommen worden."
D2_2 = ("Die Kriminalpolizei CID wirft dem 76-Jährigen vor, für eine private Reise nach London im Jahr 2023 "
        "staatliche Gelder verwendet zu haben.")
D2_3 = "Ein Gericht ordnete am späten Freitagabend Untersuchungshaft bis Dienstag an."
D2_4 = "Die Reise sei ein offizieller Besuch gewesen, erklärten seine Anwälte."
D2_5 = "Oppositionsführer Sajith Premadasa sprach von einer „politischen Hexenjagd“ der Regierung."
D2_6 = ("Hunderte Anhänger des Ex-Präsidenten protestierten vor dem Gerichtsgebäude gegen die Festnahme, die Polizei "
        "setzte Wasserwerfer ein.")
D2_7 = "»Niemand steht über dem Gesetz«, sagte Kabinettssprecher Nalinda Jayatissa."
D2_8 = ("Mehrere Oppositionsparteien forderten die Regierung am Samstag auf, Wickremesinghe umgehend freizulassen.")
D2_9 = "Der frühere Präsident Maithripala Sirisena besuchte ihn am Samstag im Gefängniskrankenhaus."
D2_10 = ("Präsident Anura Kumara Dissanayake war im vergangenen Jahr mit dem Versprechen gewählt worden, die "
         "Korruption zu bekämpfen.")

DE02 = {
    "id": "hm91-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-08-23",
    "title": "Sri Lankas Ex-Präsident Wickremesinghe in Untersuchungshaft",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9, D2_10]),
    "events": [
        event("COERCE", CID, RANIL, D2_1, mode="arrest", date="2025-08-22", location="Colombo",
              location_country="LKA"),
        event("ACCUSE", CID, RANIL, D2_2, mode="allege"),
        event("COERCE", actor("Colombo Fort Magistrate's Court", "LKA", "JUD"), RANIL, D2_3, mode="arrest",
              date="2025-08-22"),
        event("ACCUSE", actor("Sajith Premadasa", "LKA", "OPP"), LKA_GOV, D2_5, mode="disapprove"),
        event("PROTEST", actor("supporters of Ranil Wickremesinghe", "LKA", "CVL"), LKA_GOV, D2_6, mode="demo"),
        event("ASSAULT", actor("Sri Lankan police", "LKA", "COP"), actor("supporters of Ranil Wickremesinghe", "LKA",
                                                                          "CVL"), D2_6, mode="crowd-control"),
        event("REQUEST", actor("Sri Lankan opposition parties", "LKA", "OPP"), LKA_GOV, D2_8, mode="yield",
              date="2025-08-23"),
        event("CONSULT", actor("Maithripala Sirisena", "LKA", "OPP"), RANIL, D2_9, mode="visit", date="2025-08-23"),
    ],
    "quotes": [
        quote("für eine private Reise nach London im Jahr 2023 staatliche Gelder verwendet zu haben",
              "Criminal Investigation Department (Sri Lanka)", "indirect"),
        quote("Die Reise sei ein offizieller Besuch gewesen", "lawyers of Ranil Wickremesinghe", "indirect"),
        quote("politischen Hexenjagd", "Sajith Premadasa", "direct"),
        quote("Niemand steht über dem Gesetz", "Nalinda Jayatissa", "direct"),
    ],
    "entities": [
        entity("Ranil Wickremesinghe", "PER", "LKA", ["Sri Lankas früherer Präsident Ranil Wickremesinghe",
                                                       "dem 76-Jährigen", "des Ex-Präsidenten", "Wickremesinghe",
                                                       "ihn"]),
        entity("Criminal Investigation Department (Sri Lanka)", "ORG", "LKA", ["Die Kriminalpolizei CID"]),
        entity("Colombo Fort Magistrate's Court", "ORG", "LKA", ["Ein Gericht"]),
        entity("lawyers of Ranil Wickremesinghe", "PER", "LKA", ["seine Anwälte"]),
        entity("Sajith Premadasa", "PER", "LKA", ["Oppositionsführer Sajith Premadasa"]),
        entity("Government of Sri Lanka", "ORG", "LKA", ["der Regierung", "die Regierung"]),
        entity("supporters of Ranil Wickremesinghe", "ORG", "LKA", ["Hunderte Anhänger des Ex-Präsidenten"]),
        entity("Sri Lankan police", "ORG", "LKA", ["die Polizei"]),
        entity("Nalinda Jayatissa", "PER", "LKA", ["Kabinettssprecher Nalinda Jayatissa"]),
        entity("Sri Lankan opposition parties", "ORG", "LKA", ["Mehrere Oppositionsparteien"]),
        entity("Maithripala Sirisena", "PER", "LKA", ["Der frühere Präsident Maithripala Sirisena"]),
        entity("Anura Kumara Dissanayake", "PER", "LKA", ["Präsident Anura Kumara Dissanayake"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lankas"]),
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm91-de-03 (Libya, central bank)

GNS = actor("Government of National Stability (Libya)", "LBY", "GOV")
GNU = actor("Government of National Unity (Libya)", "LBY", "GOV")
KABIR = actor("Sadiq al-Kabir", "LBY", "GOV")
PC = actor("Presidential Council of Libya", "LBY", "GOV")

D3_1 = ("Im Machtkampf um die libysche Zentralbank hat die Regierung im Osten des Landes am Montag die Einstellung der "
        "gesamten Ölförderung und aller Ölexporte verfügt.")
D3_2 = ("Sie reagierte damit auf die Absetzung von Zentralbankchef Sadiq al-Kabir durch den Präsidialrat in "
        "Tripolis.")
D3_3 = ("Die Maßnahme gelte, „bis die Zentralbank wieder normal arbeitet“, hieß es in einer Erklärung von "
        "Regierungschef Osama Hammad.")
D3_4 = "Al-Kabir erklärte, er sei von Milizen bedroht worden und werde sein Amt nicht abgeben."
D3_5 = ("Der Regierungschef in Tripolis, Abdul Hamid Dbeibah, warf dem Osten vor, das Öl als „politische Waffe“ zu "
        "missbrauchen.")
D3_6 = "Im Zentrum von Tripolis zogen mehrere Milizen Kämpfer und gepanzerte Fahrzeuge zusammen."
D3_7 = "Auf dem Ölfeld Scharara im Südwesten stand die Förderung am Abend bereits still."
D3_8 = ("Die UN-Mission UNSMIL rief zu einer Dringlichkeitssitzung auf und forderte, die einseitigen Schritte "
        "zurückzunehmen.")
D3_9 = "„Die Libyer dürfen nicht zu Geiseln dieses Streits werden“, erklärte die amtierende Missionschefin Stephanie Koury."
D3_10 = "Der US-Sondergesandte Richard Norland telefonierte am Montag mit Vertretern beider Lager."

DE03 = {
    "id": "hm91-de-03",
    "lang": "de",
    "url": None,
    "published": "2024-08-26",
    "title": "Ostlibysche Regierung stoppt Ölförderung im Streit um Zentralbank",
    "text": paragraphs([D3_1, D3_2, D3_3, D3_4], [D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10]),
    "events": [
        event("SANCTION", GNS, GNU, D3_1, mode="discontinue", date="2024-08-26"),
        event("COERCE", PC, KABIR, D3_2, mode="restrict"),
        event("ACCUSE", KABIR, actor("Tripoli militias", "LBY", "REB"), D3_4, mode="allege"),
        event("REJECT", KABIR, PC, D3_4),
        event("ACCUSE", actor("Abdul Hamid Dbeibah", "LBY", "GOV"), GNS, D3_5, mode="disapprove"),
        event("MOBILIZE", actor("Tripoli militias", "LBY", "REB"), None, D3_6, mode="militia", location="Tripoli",
              location_country="LBY"),
        event("REQUEST", actor("United Nations Support Mission in Libya (UNSMIL)", "UNO", "IGO"), None, D3_8),
        event("CONSULT", actor("Richard Norland", "USA", "GOV"), GNS, D3_10, mode="phone", date="2024-08-26"),
        event("CONSULT", actor("Richard Norland", "USA", "GOV"), GNU, D3_10, mode="phone", date="2024-08-26"),
    ],
    "quotes": [
        quote("bis die Zentralbank wieder normal arbeitet", "Osama Hammad", "direct"),
        quote("Die Maßnahme gelte, „bis die Zentralbank wieder normal arbeitet“", "Osama Hammad", "indirect"),
        quote("er sei von Milizen bedroht worden und werde sein Amt nicht abgeben", "Sadiq al-Kabir", "indirect"),
        quote("politische Waffe", "Abdul Hamid Dbeibah", "direct"),
        quote("das Öl als „politische Waffe“ zu missbrauchen", "Abdul Hamid Dbeibah", "indirect"),
        quote("Die Libyer dürfen nicht zu Geiseln dieses Streits werden", "Stephanie Koury", "direct"),
    ],
    "entities": [
        entity("Central Bank of Libya", "ORG", "LBY", ["die libysche Zentralbank", "die Zentralbank"]),
        entity("Government of National Stability (Libya)", "ORG", "LBY", ["die Regierung im Osten des Landes", "Sie",
                                                                           "dem Osten"]),
        entity("Sadiq al-Kabir", "PER", "LBY", ["Zentralbankchef Sadiq al-Kabir", "Al-Kabir", "er"]),
        entity("Presidential Council of Libya", "ORG", "LBY", ["den Präsidialrat in Tripolis"]),
        entity("Osama Hammad", "PER", "LBY", ["Regierungschef Osama Hammad"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Der Regierungschef in Tripolis, Abdul Hamid Dbeibah"]),
        entity("Tripoli militias", "ORG", "LBY", ["Milizen", "mehrere Milizen"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Sharara oil field", "LOC", "LBY", ["dem Ölfeld Scharara"]),
        entity("United Nations Support Mission in Libya (UNSMIL)", "ORG", "UNO", ["Die UN-Mission UNSMIL"]),
        entity("Stephanie Koury", "PER", "UNO", ["die amtierende Missionschefin Stephanie Koury"]),
        entity("Richard Norland", "PER", "USA", ["Der US-Sondergesandte Richard Norland"]),
        entity("Libya", "GPE", "LBY", ["des Landes"]),
    ],
}

# ---------------------------------------------------------------- hm91-de-04 (Niger, Chinese oil executives)

NER_GOV = actor("Government of Niger", "NER", "GOV")
CNPC = actor("China National Petroleum Corporation (CNPC)", "CHN", "BUS")
OUMAROU = actor("Sahabi Oumarou", "NER", "GOV")
UNION = actor("Nigerien oil workers' union", "NER", "LAB")

D4_1 = ("Die Militärregierung in Niger hat am Mittwoch die Ausweisung von drei chinesischen Führungskräften der "
        "Ölbranche angeordnet.")
D4_2 = ("Betroffen sind die Chefs der Förderfirma CNPC Niger Petroleum, der Pipelinegesellschaft WAPCO-Niger und der "
        "Raffinerie Soraz, die das Land binnen 48 Stunden verlassen müssen.")
D4_3 = ("Ölminister Sahabi Oumarou warf dem chinesischen Staatskonzern CNPC vor, nigrische Mitarbeiter bei Löhnen und "
        "Beförderungen zu benachteiligen.")
D4_4 = "„Wir sind nicht länger bereit, Diskriminierung auf unserem eigenen Boden hinzunehmen“, sagte er im Staatsfernsehen."
D4_5 = "Bereits am Dienstag hatten Dutzende nigrische Ölarbeiter vor dem Firmensitz in Niamey gegen ungleiche Bezahlung demonstriert."
D4_6 = "Die Gewerkschaft der Ölarbeiter begrüßte die Ausweisungen als „überfällig“."
D4_7 = "Vergangene Woche hatten die Behörden der chinesischen Hotelgruppe Soluxe in Niamey die Betriebslizenz entzogen."
D4_8 = "Die chinesische Botschaft forderte Gespräche, um die Angelegenheit „im gegenseitigen Respekt“ zu klären."
D4_9 = ("Niamey hatte im vergangenen Jahr mit CNPC einen Vorschuss von 400 Millionen Dollar auf künftige "
        "Öllieferungen vereinbart.")

DE04 = {
    "id": "hm91-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-03-13",
    "title": "Niger weist chinesische Ölmanager aus",
    "text": paragraphs([D4_1, D4_2], [D4_3, D4_4, D4_5, D4_6], [D4_7, D4_8, D4_9]),
    "events": [
        event("SANCTION", NER_GOV, actor("Chinese oil executives", "CHN", "BUS"), D4_1, mode="expel",
              date="2025-03-12"),
        event("ACCUSE", OUMAROU, CNPC, D4_3, mode="allege"),
        event("ACCUSE", OUMAROU, CNPC, D4_4, mode="disapprove"),
        event("PROTEST", actor("Nigerien oil workers", "NER", "LAB"), CNPC, D4_5, mode="demo", date="2025-03-11",
              location="Niamey", location_country="NER"),
        event("SUPPORT", UNION, NER_GOV, D4_6),
        event("COERCE", NER_GOV, actor("Soluxe", "CHN", "BUS"), D4_7, mode="restrict", location="Niamey",
              location_country="NER"),
        event("REQUEST", actor("Embassy of China in Niger", "CHN", "GOV"), NER_GOV, D4_8, mode="meet"),
        event("AGREE", NER_GOV, CNPC, D4_9),
    ],
    "quotes": [
        quote("nigrische Mitarbeiter bei Löhnen und Beförderungen zu benachteiligen", "Sahabi Oumarou", "indirect"),
        quote("Wir sind nicht länger bereit, Diskriminierung auf unserem eigenen Boden hinzunehmen", "Sahabi Oumarou",
              "direct"),
        quote("überfällig", "Nigerien oil workers' union", "direct"),
        quote("im gegenseitigen Respekt", "Embassy of China in Niger", "direct"),
    ],
    "entities": [
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung in Niger", "die Behörden", "Niamey"]),
        entity("Niger", "GPE", "NER", ["Niger", "das Land"]),
        entity("Chinese oil executives", "PER", "CHN", ["drei chinesischen Führungskräften der Ölbranche",
                                                         "die Chefs der Förderfirma CNPC Niger Petroleum, der "
                                                         "Pipelinegesellschaft WAPCO-Niger und der Raffinerie Soraz"]),
        entity("CNPC Niger Petroleum", "ORG", "CHN", ["der Förderfirma CNPC Niger Petroleum"]),
        entity("WAPCO-Niger", "ORG", "CHN", ["der Pipelinegesellschaft WAPCO-Niger"]),
        entity("Soraz refinery", "ORG", "NER", ["der Raffinerie Soraz"]),
        entity("Sahabi Oumarou", "PER", "NER", ["Ölminister Sahabi Oumarou", "er"]),
        entity("China National Petroleum Corporation (CNPC)", "ORG", "CHN", ["dem chinesischen Staatskonzern CNPC",
                                                                              "CNPC"]),
        entity("Nigerien oil workers", "ORG", "NER", ["Dutzende nigrische Ölarbeiter"]),
        entity("Nigerien oil workers' union", "ORG", "NER", ["Die Gewerkschaft der Ölarbeiter"]),
        entity("Soluxe", "ORG", "CHN", ["der chinesischen Hotelgruppe Soluxe"]),
        entity("Embassy of China in Niger", "ORG", "CHN", ["Die chinesische Botschaft"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
    ],
}

# ---------------------------------------------------------------- hm91-en-01 (Iraq, coalition)

IRQ_GOV = actor("Iraq", "IRQ", "GOV")
IRQ_MIL = actor("Iraqi armed forces", "IRQ", "MIL")
COALITION = actor("U.S.-led coalition", "IGO", "MIL")
KH = actor("Kataib Hezbollah", "IRQ", "REB")
ISIS = actor("Islamic State", "IRQ", "REB")
USA_G = actor("United States", "USA", "GOV")

E1_1 = ("Iraq and the United States agreed on Friday on a timetable to end the military mission of the U.S.-led "
        "coalition against Islamic State.")
E1_2 = ("Under the deal, coalition troops will leave bases in Baghdad and western Iraq by the end of September 2025, "
        "while some forces will remain in the Kurdistan region until 2026.")
E1_3 = ("Prime Minister Mohammed Shia al-Sudani's spokesman called the agreement “a new phase” in relations with "
        "Washington.")
E1_4 = ("U.S. Defense Secretary Lloyd Austin said Washington would keep working closely with Baghdad against the "
        "militants.")
E1_5 = ("Last month, Iraqi troops and coalition forces carried out a joint raid on Islamic State hideouts in Anbar "
        "province.")
E1_6 = ("Kataib Hezbollah, an Iran-aligned militia, demanded that U.S. troops leave “without delay” and threatened "
        "to resume attacks on American bases if they stayed beyond the deadline.")
E1_7 = ("The group suspended its attacks on U.S. forces in January after a drone strike killed three American "
        "soldiers in Jordan.")
E1_8 = "Foreign Minister Fuad Hussein told reporters that security cooperation with Washington would continue."

EN01 = {
    "id": "hm91-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-09-27",
    "title": "Iraq, U.S. agree timetable to end coalition mission",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5], [E1_6, E1_7, E1_8]),
    "events": [
        event("AGREE", IRQ_GOV, USA_G, E1_1, date="2024-09-27"),
        event("CONCEDE", COALITION, IRQ_GOV, E1_2),
        event("AGREE", actor("Lloyd Austin", "USA", "GOV"), IRQ_GOV, E1_4),
        event("COOPERATE", IRQ_MIL, COALITION, E1_5, location="Anbar", location_country="IRQ"),
        event("ASSAULT", IRQ_MIL, ISIS, E1_5, location="Anbar", location_country="IRQ"),
        event("ASSAULT", COALITION, ISIS, E1_5, location="Anbar", location_country="IRQ"),
        event("REQUEST", KH, actor("United States", "USA", "MIL"), E1_6, mode="yield"),
        event("THREATEN", KH, actor("United States", "USA", "MIL"), E1_6, mode="violence"),
        event("RETREAT", KH, actor("United States", "USA", "MIL"), E1_7, mode="ceasefire"),
    ],
    "quotes": [
        quote("a new phase", "spokesman of Mohammed Shia al-Sudani", "direct"),
        quote("Washington would keep working closely with Baghdad against the militants", "Lloyd Austin", "indirect"),
        quote("that U.S. troops leave “without delay”", "Kataib Hezbollah", "indirect"),
        quote("without delay", "Kataib Hezbollah", "direct"),
        quote("that security cooperation with Washington would continue", "Fuad Hussein", "indirect"),
    ],
    "entities": [
        entity("Iraq", "GPE", "IRQ", ["Iraq", "Baghdad"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("U.S.-led coalition", "ORG", "IGO", ["the U.S.-led coalition", "coalition troops", "coalition forces"]),
        entity("Islamic State", "ORG", "IRQ", ["Islamic State"]),
        entity("spokesman of Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani's "
                                                                      "spokesman"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani"]),
        entity("Lloyd Austin", "PER", "USA", ["U.S. Defense Secretary Lloyd Austin"]),
        entity("Iraqi armed forces", "ORG", "IRQ", ["Iraqi troops"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Kataib Hezbollah", "an Iran-aligned militia", "The group"]),
        entity("Fuad Hussein", "PER", "IRQ", ["Foreign Minister Fuad Hussein"]),
        entity("Anbar", "LOC", "IRQ", ["Anbar province"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["the Kurdistan region"]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
    ],
}

# ---------------------------------------------------------------- hm91-en-02 (Muttaqi in New Delhi)

IND = actor("India", "IND", "GOV")
AFG = actor("Afghanistan", "AFG", "GOV")
MUTTAQI = actor("Amir Khan Muttaqi", "AFG", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")

E2_1 = ("India will upgrade its technical mission in Kabul to a full embassy, External Affairs Minister S. Jaishankar "
        "said on Friday after talks with the Taliban's foreign minister, Amir Khan Muttaqi, in New Delhi.")
E2_2 = "Muttaqi pledged that Afghan territory would not be used by any group against India."
E2_3 = "“We will not allow anyone to use our soil against others,” he told reporters."
E2_4 = ("New Delhi also handed over 20 ambulances and promised to resume work on stalled development projects in "
        "Afghanistan.")
E2_5 = ("In Islamabad, the Foreign Office summoned the Afghan ambassador to protest against a reference to Kashmir in "
        "the joint statement issued after the talks.")
E2_6 = ("Foreign Office spokesman Shafqat Ali Khan called the passage “deeply objectionable” and accused Kabul of "
        "sheltering Pakistani Taliban fighters.")
E2_7 = ("The Editors Guild of India condemned the exclusion of women journalists from Muttaqi's press conference as "
        "“discriminatory.”")

EN02 = {
    "id": "hm91-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-10-10",
    "title": "India to upgrade Kabul mission as Taliban minister visits",
    "text": paragraphs([E2_1, E2_2], [E2_3, E2_4], [E2_5, E2_6, E2_7]),
    "events": [
        event("AGREE", JAISHANKAR, AFG, E2_1, date="2025-10-10"),
        event("CONSULT", MUTTAQI, JAISHANKAR, E2_1, mode="visit", date="2025-10-10", location="New Delhi",
              location_country="IND"),
        event("AGREE", MUTTAQI, IND, E2_2),
        event("AID", IND, AFG, E2_4),
        event("AGREE", IND, AFG, E2_4),
        event("ACCUSE", actor("Pakistan's Foreign Office", "PAK", "GOV"), AFG, E2_5, mode="disapprove", location="Islamabad",
              location_country="PAK"),
        event("ACCUSE", actor("Shafqat Ali Khan", "PAK", "GOV"), AFG, E2_6, mode="allege"),
        event("ACCUSE", actor("Editors Guild of India", "IND", "NGO"), MUTTAQI, E2_7, mode="disapprove"),
    ],
    "quotes": [
        quote("India will upgrade its technical mission in Kabul to a full embassy", "Subrahmanyam Jaishankar",
              "indirect"),
        quote("that Afghan territory would not be used by any group against India", "Amir Khan Muttaqi", "indirect"),
        quote("We will not allow anyone to use our soil against others", "Amir Khan Muttaqi", "direct"),
        quote("deeply objectionable", "Shafqat Ali Khan", "direct"),
        quote("discriminatory", "Editors Guild of India", "direct"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["India", "New Delhi"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["External Affairs Minister S. Jaishankar"]),
        entity("Amir Khan Muttaqi", "PER", "AFG", ["the Taliban's foreign minister, Amir Khan Muttaqi", "Muttaqi",
                                                   "he"]),
        entity("Taliban", "ORG", "AFG", ["the Taliban"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "Kabul"]),
        entity("Pakistan's Foreign Office", "ORG", "PAK", ["the Foreign Office"]),
        entity("Afghan ambassador to Pakistan", "PER", "AFG", ["the Afghan ambassador"]),
        entity("Shafqat Ali Khan", "PER", "PAK", ["Foreign Office spokesman Shafqat Ali Khan"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["Pakistani Taliban fighters"]),
        entity("Editors Guild of India", "ORG", "IND", ["The Editors Guild of India"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Kashmir", "LOC", None, ["Kashmir"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
