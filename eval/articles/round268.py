"""Round 268: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm268-de-01: Nigeria: the EFCC declares former Kogi governor Yahaya Bello wanted after a siege of his Abuja home; the EFCC says Governor Ododo whisked him away, Olukoyede accuses Ododo, no arrest, immigration watchlist, police reinforcements and supporters' rally, the lawyer's demand, the PDP accuses Ododo and urges Tinubu, the EFCC agents pull out (2024-04-18).
- hm268-de-02: Sudan: drone strike on a military graduation ceremony at Gebeit that army chief al-Burhan survives; the army blames the RSF, Burhan rules out talks and threatens, the U.S. invitations to the Geneva talks, the RSF accepts, Agar accuses Washington, the UN condemns and appeals, air defences moved (2024-07-31).
- hm268-de-03: Morocco: after the Al Haouz earthquake Rabat accepts aid from Spain, Britain, Qatar and the UAE; Spanish and British teams arrive, France's and Macron's offers unanswered, Algeria offers help and opens its airspace, the king sends the army, survivors accuse the authorities, Griffiths in contact, Faeser's THW team waits without a Moroccan request (2023-09-11).
- hm268-de-04: DR Congo: the CENI declares Tshisekedi winner; nine opposition candidates reject the result, demand a rerun and allege fraud, police tear-gas and arrest protesters and later release most, Kadima admits logistical problems, CENCO criticises, Tshisekedi's appeal, the AU's appeal, Tshisekedi's accusation against Rwanda (2023-12-31).
- hm268-en-01: South Africa: the Constitutional Court bars Jacob Zuma from standing for parliament; his 2021 contempt sentence by the same court, MK's appeal for calm, Cele's warning, police on alert in KwaZulu-Natal, the IEC works with the police, Mbalula welcomes and Steenhuisen urges MK to accept the ruling, Zuma accuses the ANC (2024-05-20).
- hm268-en-02: Uganda: Museveni signs the Anti-Homosexuality Act; Among praises him, his earlier return of the bill, Biden condemns it, demands repeal and threatens consequences, Kampala rejects "blackmail", Borrell and Türk object, activists petition the Constitutional Court, police detain protesters (2023-05-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm268-de-01 (Nigeria, EFCC and Yahaya Bello)
EFCC = actor("Economic and Financial Crimes Commission", "NGA", "COP")
BELLO = actor("Yahaya Bello", "NGA", "PTY")
ODODO = actor("Usman Ododo", "NGA", "GOV")
OLUKOYEDE = actor("Ola Olukoyede", "NGA", "COP")
NIS = actor("Nigeria Immigration Service", "NGA", "GOV")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
BELLO_SUPPORTERS = actor("supporters of Yahaya Bello", "NGA", "CVL")
BELLO_LAWYER = actor("Abdulwahab Mohammed", "NGA", "CVL")
PDP = actor("Peoples Democratic Party", "NGA", "OPP")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")

N1 = ("Abuja (AFP) - Nigerias Anti-Korruptionsbehörde EFCC hat den früheren Gouverneur des Bundesstaats Kogi, "
      "Yahaya Bello, zur Fahndung ausgeschrieben.")
N2 = ("Bello solle sich wegen Veruntreuung und Geldwäsche von rund 80 Milliarden Naira verantworten, teilte die "
      "Behörde am Donnerstag mit.")
N3 = ("Am Mittwoch hatten bewaffnete Ermittler der EFCC sein Anwesen im Abujaer Stadtteil Wuse stundenlang "
      "umstellt, um ihn festzunehmen.")
N4 = ("Dann sei der amtierende Gouverneur von Kogi, Usman Ododo, mit einem Konvoi vorgefahren und habe Bello in "
      "seinem Dienstwagen vom Gelände gebracht, erklärte die EFCC.")
N5 = "Festgenommen wurde Bello nicht."
N6 = "Ododo genießt als Gouverneur Immunität."
N7 = ("EFCC-Chef Ola Olukoyede warf dem Gouverneur vor, die Justiz zu behindern, und kündigte an, er werde "
      "zurücktreten, sollte Bello nicht vor Gericht gestellt werden.")
N8 = "„Niemand steht über dem Gesetz, auch kein ehemaliger Gouverneur“, sagte Olukoyede vor Journalisten."
N9 = "Die Einwanderungsbehörde setzte Bello auf eine Beobachtungsliste, um eine Ausreise zu verhindern."
N10 = "Vor dem Haus hatten am Mittwochabend Hunderte Anhänger Bellos gegen die Ermittler protestiert."
N11 = "Die Polizei schickte daraufhin zusätzliche Beamte in die Straße."
N12 = "Die EFCC-Ermittler zogen in der Nacht ab."
N13 = "Bellos Anwalt Abdulwahab Mohammed wies die Vorwürfe als politisch motiviert zurück."
N14 = "Er forderte die EFCC auf, seinen Mandanten in Ruhe zu lassen und den Fall den Gerichten zu überlassen."
N15 = ("Die oppositionelle PDP nannte den Vorgang eine „Schande für die Demokratie“ und forderte Präsident Bola "
       "Tinubu auf, Ododo zur Rechenschaft zu ziehen.")

DE01 = {
    "id": "hm268-de-01", "lang": "de", "url": None, "published": "2024-04-18",
    "title": "Nigeria: Anti-Korruptionsbehörde schreibt Ex-Gouverneur Bello zur Fahndung aus",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("ACCUSE", EFCC, BELLO, N1, mode="allege"),
        event("ACCUSE", EFCC, BELLO, N2, mode="allege", date="2024-04-18"),
        event("COERCE", EFCC, BELLO, N3, mode="restrict", date="2024-04-17", location="Abuja",
              location_country="NGA"),
        event("ACCUSE", EFCC, ODODO, N4, mode="allege"),
        event("COERCE", EFCC, BELLO, N5, mode="arrest", negated=True),
        event("ACCUSE", OLUKOYEDE, ODODO, N7, mode="allege"),
        event("COERCE", NIS, BELLO, N9, mode="restrict"),
        event("PROTEST", BELLO_SUPPORTERS, EFCC, N10, mode="demo", date="2024-04-17", location="Abuja",
              location_country="NGA"),
        event("MOBILIZE", NGA_POLICE, None, N11, mode="police", location="Abuja", location_country="NGA"),
        event("RETREAT", EFCC, BELLO, N12, mode="withdraw", location="Abuja", location_country="NGA"),
        event("REQUEST", BELLO_LAWYER, EFCC, N14, mode="yield"),
        event("ACCUSE", PDP, ODODO, N15, mode="disapprove"),
        event("REQUEST", PDP, TINUBU, N15, mode="change"),
    ],
    "quotes": [
        quote("Bello solle sich wegen Veruntreuung und Geldwäsche von rund 80 Milliarden Naira verantworten",
              "Economic and Financial Crimes Commission", "indirect"),
        quote("Dann sei der amtierende Gouverneur von Kogi, Usman Ododo, mit einem Konvoi vorgefahren und habe Bello "
              "in seinem Dienstwagen vom Gelände gebracht", "Economic and Financial Crimes Commission", "indirect"),
        quote("die Justiz zu behindern", "Ola Olukoyede", "indirect"),
        quote("er werde zurücktreten, sollte Bello nicht vor Gericht gestellt werden", "Ola Olukoyede", "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein ehemaliger Gouverneur", "Ola Olukoyede", "direct"),
        quote("Schande für die Demokratie", "Peoples Democratic Party", "direct"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja", "Abujaer"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias"]),
        entity("Economic and Financial Crimes Commission", "ORG", "NGA",
               ["Anti-Korruptionsbehörde EFCC", "die Behörde", "der EFCC", "die EFCC", "Die EFCC-Ermittler"]),
        entity("Yahaya Bello", "PER", "NGA", ["den früheren Gouverneur des Bundesstaats Kogi, Yahaya Bello", "Bello",
                                              "Bellos", "seinen Mandanten"]),
        entity("Kogi State", "LOC", "NGA", ["des Bundesstaats Kogi", "Kogi"]),
        entity("Wuse", "LOC", "NGA", ["Stadtteil Wuse"]),
        entity("Usman Ododo", "PER", "NGA", ["der amtierende Gouverneur von Kogi, Usman Ododo", "Ododo",
                                             "dem Gouverneur"]),
        entity("Ola Olukoyede", "PER", "NGA", ["EFCC-Chef Ola Olukoyede", "Olukoyede"]),
        entity("Nigeria Immigration Service", "ORG", "NGA", ["Die Einwanderungsbehörde"]),
        entity("supporters of Yahaya Bello", "ORG", "NGA", ["Hunderte Anhänger Bellos"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Die Polizei"]),
        entity("Abdulwahab Mohammed", "PER", "NGA", ["Bellos Anwalt Abdulwahab Mohammed"]),
        entity("Peoples Democratic Party", "ORG", "NGA", ["Die oppositionelle PDP"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
    ],
}

# ---------------------------------------------------------------- hm268-de-02 (Sudan, drone strike at Gebeit)
GEBEIT_DRONE_OPERATORS = actor("unidentified drone operators", None, None)
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
SAF_SPOKESMAN = actor("Nabil Abdallah", "SDN", "MIL")
RSF = actor("Rapid Support Forces", "SDN", "REB")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
USA_GOV = actor("United States", "USA", "GOV")
AGAR = actor("Malik Agar", "SDN", "GOV")
UN_SPOKESMAN = actor("Stéphane Dujarric", "UNO", "IGO")

S1 = ("Port Sudan (dpa) - Sudans Armeechef Abdel Fattah al-Burhan hat einen Drohnenangriff auf eine "
      "Militärzeremonie im Osten des Landes unverletzt überstanden.")
S2 = ("Zwei Drohnen schlugen am Mittwoch während einer Abschlussfeier von Offiziersanwärtern auf dem Stützpunkt "
      "Gebeit ein, wenige hundert Meter von der Tribüne entfernt, auf der Burhan saß.")
S3 = "Mindestens fünf Menschen wurden getötet, mehrere weitere verletzt."
S4 = "Armeesprecher Nabil Abdallah machte die paramilitärische RSF für den Angriff verantwortlich."
S5 = "Die Miliz äußerte sich zunächst nicht."
S6 = "Burhan trat kurz nach dem Angriff vor die Soldaten und erklärte, die Armee werde nicht mit der RSF verhandeln."
S7 = "„Wir werden jeden Rebellen verfolgen, bis das letzte Dorf befreit ist“, rief der General."
S8 = ("Die USA hatten Armee und RSF vergangene Woche zu Waffenstillstandsgesprächen eingeladen, die am "
      "14. August in der Schweiz beginnen sollen.")
S9 = "Die RSF sagte ihre Teilnahme zu, die Regierung in Port Sudan ließ eine Antwort bislang offen."
S10 = ("Der Vizechef des Souveränitätsrats, Malik Agar, warf Washington vor, die Miliz mit der Einladung "
       "politisch aufzuwerten.")
S11 = ("Ein Sprecher von UN-Generalsekretär António Guterres verurteilte den Angriff und rief beide Seiten auf, "
       "an den Verhandlungstisch zurückzukehren.")
S12 = "Die Armee verlegte noch am Abend zusätzliche Luftabwehrsysteme nach Gebeit und Port Sudan."
S13 = ("Port Sudan am Roten Meer dient der Armeeführung seit dem Verlust der Hauptstadt Khartum als "
       "Regierungssitz.")
S14 = "Der Krieg hat mehr als zehn Millionen Menschen in die Flucht getrieben."

DE02 = {
    "id": "hm268-de-02", "lang": "de", "url": None, "published": "2024-07-31",
    "title": "Sudans Armeechef Burhan übersteht Drohnenangriff unverletzt",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14]),
    "events": [
        event("ASSAULT", GEBEIT_DRONE_OPERATORS, SAF, S1, mode="drone"),
        event("ASSAULT", GEBEIT_DRONE_OPERATORS, SAF, S2, mode="drone", date="2024-07-31", location="Gebeit",
              location_country="SDN"),
        event("ACCUSE", SAF_SPOKESMAN, RSF, S4, mode="allege"),
        event("REJECT", BURHAN, RSF, S6, mode="meet", location="Gebeit", location_country="SDN"),
        event("THREATEN", BURHAN, RSF, S7, mode="violence"),
        event("AGREE", USA_GOV, SAF, S8),
        event("AGREE", USA_GOV, RSF, S8),
        event("AGREE", RSF, USA_GOV, S9),
        event("ACCUSE", AGAR, USA_GOV, S10, mode="disapprove"),
        event("ACCUSE", UN_SPOKESMAN, GEBEIT_DRONE_OPERATORS, S11, mode="disapprove"),
        event("REQUEST", UN_SPOKESMAN, SAF, S11, mode="meet"),
        event("REQUEST", UN_SPOKESMAN, RSF, S11, mode="meet"),
        event("MOBILIZE", SAF, None, S12, mode="weapons", date="2024-07-31", location="Gebeit",
              location_country="SDN"),
    ],
    "quotes": [
        quote("die Armee werde nicht mit der RSF verhandeln", "Abdel Fattah al-Burhan", "indirect"),
        quote("Wir werden jeden Rebellen verfolgen, bis das letzte Dorf befreit ist", "Abdel Fattah al-Burhan",
              "direct"),
        quote("die Miliz mit der Einladung politisch aufzuwerten", "Malik Agar", "indirect"),
    ],
    "entities": [
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Sudans Armeechef Abdel Fattah al-Burhan", "Burhan",
                                                        "der General"]),
        entity("Sudan", "LOC", "SDN", ["Sudans", "des Landes"]),
        entity("Gebeit", "LOC", "SDN", ["dem Stützpunkt Gebeit", "Gebeit"]),
        entity("Nabil Abdallah", "PER", "SDN", ["Armeesprecher Nabil Abdallah"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die paramilitärische RSF", "Die Miliz", "der RSF", "RSF",
                                                      "die Miliz"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["die Armee", "Armee", "Die Armee", "der Armeeführung"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Switzerland", "LOC", "CHE", ["der Schweiz"]),
        entity("Government of Sudan", "ORG", "SDN", ["die Regierung in Port Sudan"]),
        entity("Malik Agar", "PER", "SDN", ["Der Vizechef des Souveränitätsrats, Malik Agar"]),
        entity("Sovereignty Council of Sudan", "ORG", "SDN", ["des Souveränitätsrats"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["Ein Sprecher von UN-Generalsekretär António Guterres"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Khartoum", "LOC", "SDN", ["der Hauptstadt Khartum"]),
    ],
}

# ---------------------------------------------------------------- hm268-de-03 (Morocco, earthquake aid)
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
UK_GOV_268 = actor("United Kingdom", "GBR", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
UME = actor("Military Emergencies Unit", "ESP", "MIL")
UK_RESCUE_TEAM = actor("British search and rescue team", "GBR", "GOV")
FRANCE = actor("France", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")
AL_HAOUZ_SURVIVORS = actor("earthquake survivors in Al Haouz", "MAR", "CVL")
MAR_AUTH = actor("Moroccan authorities", "MAR", "GOV")
GRIFFITHS = actor("Martin Griffiths", "UNO", "IGO")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")

M1 = ("Marrakesch (AFP) - Nach dem schweren Erdbeben in Marokko hat die Regierung in Rabat Hilfsangebote aus "
      "Spanien, Großbritannien, Katar und den Vereinigten Arabischen Emiraten angenommen.")
M2 = ("Eine unkoordinierte Hilfe könne kontraproduktiv sein, begründete das Innenministerium die Auswahl am "
      "Sonntagabend.")
M3 = ("Das Beben der Stärke 6,8 hatte in der Nacht zum Samstag Dörfer im Hohen Atlas zerstört; mehr als 2500 "
      "Menschen kamen ums Leben.")
M4 = ("Spanien schickte am Sonntag 56 Rettungskräfte und vier Suchhunde der Militärischen Notfalleinheit UME in die "
      "Provinz Al-Haouz.")
M5 = "Ein britisches Team mit 60 Helfern landete in Marrakesch."
M6 = "Frankreich, das ebenfalls Hilfe angeboten hatte, wartet auf eine Antwort."
M7 = ("Präsident Emmanuel Macron wies Spekulationen über einen diplomatischen Streit zurück und sagte, Paris stehe "
      "bereit, sobald Rabat darum bitte.")
M8 = ("Auch das Nachbarland Algerien, das 2021 die diplomatischen Beziehungen zu Marokko abgebrochen hatte, bot "
      "Hilfe an und öffnete seinen Luftraum für Hilfsflüge.")
M9 = "König Mohammed VI. ordnete Staatstrauer an und ließ die Armee Rettungstrupps in die Berge entsenden."
M10 = "In mehreren Bergdörfern warfen Überlebende den Behörden jedoch vor, viel zu spät gekommen zu sein."
M11 = "„Wir haben mit den Händen gegraben, niemand ist gekommen“, sagte ein Mann im Dorf Tafeghaghte."
M12 = ("UN-Nothilfekoordinator Martin Griffiths sagte, die Vereinten Nationen stünden mit der marokkanischen "
       "Regierung in Kontakt.")
M13 = ("Bundesinnenministerin Nancy Faeser sagte, ein Team des Technischen Hilfswerks stehe am Flughafen Köln/Bonn "
       "bereit, Marokko habe aber bislang nicht um Unterstützung gebeten.")

DE03 = {
    "id": "hm268-de-03", "lang": "de", "url": None, "published": "2023-09-11",
    "title": "Marokko nimmt Erdbebenhilfe aus vier Ländern an",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10, M11], [M12, M13]),
    "events": [
        event("AGREE", MAR_GOV, SPAIN, M1),
        event("AGREE", MAR_GOV, UK_GOV_268, M1),
        event("AGREE", MAR_GOV, QATAR, M1),
        event("AGREE", MAR_GOV, UAE, M1),
        event("AID", UME, MAR_GOV, M4, date="2023-09-10", location="Al Haouz", location_country="MAR"),
        event("AID", UK_RESCUE_TEAM, MAR_GOV, M5, location="Marrakesh", location_country="MAR"),
        event("AGREE", FRANCE, MAR_GOV, M6),
        event("AGREE", MACRON, MAR_GOV, M7),
        event("SANCTION", ALGERIA, MAR_GOV, M8, mode="discontinue"),
        event("AGREE", ALGERIA, MAR_GOV, M8),
        event("CONCEDE", ALGERIA, MAR_GOV, M8),
        event("MOBILIZE", MOHAMMED_VI, None, M9, mode="troops"),
        event("ACCUSE", AL_HAOUZ_SURVIVORS, MAR_AUTH, M10, mode="disapprove"),
        event("CONSULT", GRIFFITHS, MAR_GOV, M12),
        event("AGREE", FAESER, MAR_GOV, M13),
        event("REQUEST", MAR_GOV, GERMANY, M13, mode="assist", negated=True),
    ],
    "quotes": [
        quote("Eine unkoordinierte Hilfe könne kontraproduktiv sein", "Ministry of Interior of Morocco", "indirect"),
        quote("Paris stehe bereit, sobald Rabat darum bitte", "Emmanuel Macron", "indirect"),
        quote("viel zu spät gekommen zu sein", "earthquake survivors in Al Haouz", "indirect"),
        quote("Wir haben mit den Händen gegraben, niemand ist gekommen",
              "resident of Tafeghaghte", "direct"),
        quote("die Vereinten Nationen stünden mit der marokkanischen Regierung in Kontakt", "Martin Griffiths",
              "indirect"),
        quote("ein Team des Technischen Hilfswerks stehe am Flughafen Köln/Bonn bereit, Marokko habe aber bislang "
              "nicht um Unterstützung gebeten", "Nancy Faeser", "indirect"),
    ],
    "entities": [
        entity("Marrakesh", "LOC", "MAR", ["Marrakesch"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Government of Morocco", "ORG", "MAR", ["die Regierung in Rabat", "Rabat",
                                                       "der marokkanischen Regierung"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("United Arab Emirates", "LOC", "ARE", ["den Vereinigten Arabischen Emiraten"]),
        entity("Ministry of Interior of Morocco", "ORG", "MAR", ["das Innenministerium"]),
        entity("High Atlas", "LOC", "MAR", ["Hohen Atlas"]),
        entity("Military Emergencies Unit", "ORG", "ESP", ["der Militärischen Notfalleinheit UME"]),
        entity("Al Haouz Province", "LOC", "MAR", ["Provinz Al-Haouz"]),
        entity("British search and rescue team", "ORG", "GBR", ["Ein britisches Team mit 60 Helfern"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Algeria", "LOC", "DZA", ["das Nachbarland Algerien"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
        entity("Royal Moroccan Armed Forces", "ORG", "MAR", ["die Armee"]),
        entity("earthquake survivors in Al Haouz", "ORG", "MAR", ["Überlebende"]),
        entity("Moroccan authorities", "ORG", "MAR", ["den Behörden"]),
        entity("resident of Tafeghaghte", "PER", "MAR", ["ein Mann im Dorf Tafeghaghte"]),
        entity("Tafeghaghte", "LOC", "MAR", ["Dorf Tafeghaghte"]),
        entity("Martin Griffiths", "PER", "UNO", ["UN-Nothilfekoordinator Martin Griffiths"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser"]),
        entity("Federal Agency for Technical Relief", "ORG", "DEU", ["des Technischen Hilfswerks"]),
        entity("Cologne Bonn Airport", "LOC", "DEU", ["Flughafen Köln/Bonn"]),
    ],
}

# ---------------------------------------------------------------- hm268-de-04 (DR Congo, Tshisekedi declared winner)
COD_OPP_CANDIDATES = actor("Congolese opposition candidates", "COD", "OPP")
CENI = actor("Independent National Electoral Commission", "COD", "GOV")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
COD_OPP_PROTESTERS = actor("opposition protesters in Kinshasa", "COD", "OPP")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
KADIMA = actor("Denis Kadima", "COD", "GOV")
CENCO = actor("National Episcopal Conference of Congo", "COD", "CVL")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
AU = actor("African Union", "IGO", "IGO")
RWANDA = actor("Rwanda", "RWA", "GOV")

G1 = ("Kinshasa (Reuters) - Die Wahlkommission der Demokratischen Republik Kongo hat Präsident Félix Tshisekedi "
      "zum Sieger der Präsidentenwahl vom 20. Dezember erklärt.")
G2 = ("Der 60-Jährige erhielt den am Sonntag verkündeten vorläufigen Ergebnissen zufolge rund 73 Prozent der "
      "Stimmen, der Geschäftsmann Moïse Katumbi auf 18 Prozent, der frühere Ölmanager Martin Fayulu auf "
      "fünf Prozent.")
G3 = ("Neun Oppositionskandidaten, darunter Katumbi und Fayulu, lehnten das Ergebnis ab und forderten eine "
      "Wiederholung der Wahl unter einer neuen Wahlkommission.")
G4 = "Es habe massiven Betrug gegeben, erklärten sie in einer gemeinsamen Stellungnahme."
G5 = ("Am Mittwoch hatte die Polizei in Kinshasa einen nicht genehmigten Protestmarsch der Opposition gegen die "
      "Wahlkommission mit Tränengas aufgelöst.")
G6 = "Dutzende Demonstranten wurden festgenommen, die meisten kamen am Abend wieder frei."
G7 = "Die Wahlkommission CENI wies den Betrugsvorwurf zurück."
G8 = ("CENI-Präsident Denis Kadima räumte aber Pannen bei der Verteilung der Wahlunterlagen ein; in einigen "
      "Gebieten musste die Abstimmung um mehrere Tage verlängert werden.")
G9 = ("Die katholische Bischofskonferenz CENCO, die Zehntausende Wahlbeobachter eingesetzt hatte, sprach von "
      "„zahlreichen Unregelmäßigkeiten“.")
G10 = ("Tshisekedi rief seine Gegner auf, das Ergebnis anzuerkennen und Beschwerden vor dem Verfassungsgericht "
       "vorzubringen.")
G11 = "„Dieser Sieg gehört dem ganzen kongolesischen Volk“, sagte er vor Anhängern in Kinshasa."
G12 = "Die Afrikanische Union rief alle Seiten zur Zurückhaltung auf."
G14 = "Im Osten des Landes kämpft die Armee seit zwei Jahren gegen die Rebellen der M23."
G15 = "Tshisekedi hatte dem Nachbarland Ruanda im Wahlkampf wiederholt vorgeworfen, die M23 zu unterstützen."

DE04 = {
    "id": "hm268-de-04", "lang": "de", "url": None, "published": "2023-12-31",
    "title": "Kongo: Tshisekedi zum Wahlsieger erklärt, Opposition lehnt Ergebnis ab",
    "text": paragraphs([G1, G2], [G3, G4, G5, G6, G7, G8], [G9, G10, G11, G12], [G14, G15]),
    "events": [
        event("REJECT", COD_OPP_CANDIDATES, CENI, G3),
        event("REQUEST", COD_OPP_CANDIDATES, CENI, G3, mode="change"),
        event("ACCUSE", COD_OPP_CANDIDATES, CENI, G4, mode="allege"),
        event("ASSAULT", COD_POLICE, COD_OPP_PROTESTERS, G5, mode="crowd-control", date="2023-12-27",
              location="Kinshasa", location_country="COD"),
        event("PROTEST", COD_OPP_PROTESTERS, CENI, G5, mode="demo", date="2023-12-27", location="Kinshasa",
              location_country="COD"),
        event("COERCE", COD_POLICE, COD_OPP_PROTESTERS, G6, mode="arrest", location="Kinshasa",
              location_country="COD"),
        event("RETREAT", COD_POLICE, COD_OPP_PROTESTERS, G6, mode="release", location="Kinshasa",
              location_country="COD"),
        event("CONCEDE", KADIMA, None, G8),
        event("ACCUSE", CENCO, CENI, G9, mode="disapprove"),
        event("REQUEST", TSHISEKEDI, COD_OPP_CANDIDATES, G10, mode="change"),
        event("REQUEST", AU, None, G12),
        event("ACCUSE", TSHISEKEDI, RWANDA, G15, mode="allege"),
    ],
    "quotes": [
        quote("Es habe massiven Betrug gegeben", "Congolese opposition candidates", "indirect"),
        quote("zahlreichen Unregelmäßigkeiten", "National Episcopal Conference of Congo", "direct"),
        quote("Dieser Sieg gehört dem ganzen kongolesischen Volk", "Félix Tshisekedi", "direct"),
        quote("die M23 zu unterstützen", "Félix Tshisekedi", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa"]),
        entity("Independent National Electoral Commission", "ORG", "COD",
               ["Die Wahlkommission der Demokratischen Republik Kongo", "Die Wahlkommission CENI",
                "die Wahlkommission", "CENI"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Demokratischen Republik Kongo", "des Landes"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Präsident Félix Tshisekedi", "Der 60-Jährige", "Tshisekedi"]),
        entity("Moïse Katumbi", "PER", "COD", ["der Geschäftsmann Moïse Katumbi", "Katumbi"]),
        entity("Martin Fayulu", "PER", "COD", ["der frühere Ölmanager Martin Fayulu", "Fayulu"]),
        entity("Congolese opposition candidates", "ORG", "COD", ["Neun Oppositionskandidaten", "seine Gegner"]),
        entity("Congolese National Police", "ORG", "COD", ["die Polizei"]),
        entity("opposition protesters in Kinshasa", "ORG", "COD", ["Dutzende Demonstranten"]),
        entity("Denis Kadima", "PER", "COD", ["CENI-Präsident Denis Kadima"]),
        entity("National Episcopal Conference of Congo", "ORG", "COD", ["Die katholische Bischofskonferenz CENCO"]),
        entity("Constitutional Court of the Democratic Republic of the Congo", "ORG", "COD",
               ["dem Verfassungsgericht"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["die Armee"]),
        entity("M23", "ORG", "COD", ["die Rebellen der M23", "die M23"]),
        entity("Rwanda", "LOC", "RWA", ["dem Nachbarland Ruanda"]),
    ],
}

# ---------------------------------------------------------------- hm268-en-01 (South Africa, Zuma barred from parliament)
ZA_CONCOURT = actor("Constitutional Court of South Africa", "ZAF", "JUD")
ZUMA = actor("Jacob Zuma", "ZAF", "OPP")
NDHLELA = actor("Nhlamulo Ndhlela", "ZAF", "OPP")
MK_SUPPORTERS = actor("supporters of the MK party", "ZAF", "OPP")
CELE = actor("Bheki Cele", "ZAF", "GOV")
SAPS = actor("South African Police Service", "ZAF", "COP")
IEC = actor("Electoral Commission of South Africa", "ZAF", "GOV")
MBALULA = actor("Fikile Mbalula", "ZAF", "PTY")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "OPP")
MK_PARTY = actor("uMkhonto we Sizwe party", "ZAF", "OPP")
ANC = actor("African National Congress", "ZAF", "PTY")

Z1 = ("JOHANNESBURG, May 20 (Reuters) - South Africa's Constitutional Court on Monday barred former President "
      "Jacob Zuma from standing for parliament in next week's election, ruling that his 2021 conviction for "
      "contempt of court made him ineligible.")
Z2 = ("The judgment overturned an Electoral Court decision that had let Zuma, 82, lead the list of his new "
      "uMkhonto we Sizwe (MK) party.")
Z3 = ("The Constitutional Court itself sentenced Zuma to 15 months in prison in 2021 after he refused to testify "
      "before a corruption inquiry.")
Z4 = "His jailing that July set off riots in which more than 350 people died."
Z5 = ("Zuma's face will remain on the ballot paper because it has already been printed, the Electoral "
      "Commission (IEC) said.")
Z6 = ('MK spokesman Nhlamulo Ndhlela said the party was "disappointed" by the ruling and urged supporters to stay '
      'calm.')
Z7 = ('Police Minister Bheki Cele warned that anyone who tried to "destabilise" the vote would be arrested.')
Z8 = ("Police were placed on high alert in KwaZulu-Natal, Zuma's home province, and the IEC said it was "
      "working closely with the police to secure voting stations there.")
Z9 = ('ANC Secretary-General Fikile Mbalula welcomed the judgment, saying the court had "protected the '
      'constitution" at a sensitive moment.')
Z10 = "Democratic Alliance leader John Steenhuisen called on MK to accept the ruling."
Z12 = 'In Durban on Sunday, Zuma accused the ANC of using the courts to "silence" him.'

EN01 = {
    "id": "hm268-en-01", "lang": "en", "url": None, "published": "2024-05-20",
    "title": "South Africa's top court bars Zuma from parliament ahead of election",
    "text": paragraphs([Z1, Z2], [Z3, Z4, Z5], [Z6, Z7, Z8], [Z9, Z10, Z12]),
    "events": [
        event("COERCE", ZA_CONCOURT, ZUMA, Z1, mode="restrict", date="2024-05-20"),
        event("SANCTION", ZA_CONCOURT, ZUMA, Z3, mode="convict"),
        event("COERCE", ZA_CONCOURT, ZUMA, Z3, mode="arrest"),
        event("REQUEST", NDHLELA, MK_SUPPORTERS, Z6),
        event("THREATEN", CELE, None, Z7, mode="arrest"),
        event("MOBILIZE", SAPS, None, Z8, mode="police", location="KwaZulu-Natal", location_country="ZAF"),
        event("COOPERATE", IEC, SAPS, Z8),
        event("SUPPORT", MBALULA, ZA_CONCOURT, Z9),
        event("REQUEST", STEENHUISEN, MK_PARTY, Z10, mode="change"),
        event("ACCUSE", ZUMA, ANC, Z12, mode="allege", date="2024-05-19", location="Durban",
              location_country="ZAF"),
    ],
    "quotes": [
        quote("Zuma's face will remain on the ballot paper because it has already been printed",
              "Electoral Commission of South Africa", "indirect"),
        quote("disappointed", "Nhlamulo Ndhlela", "direct"),
        quote('the party was "disappointed" by the ruling', "Nhlamulo Ndhlela", "indirect"),
        quote("destabilise", "Bheki Cele", "direct"),
        quote('anyone who tried to "destabilise" the vote would be arrested', "Bheki Cele", "indirect"),
        quote("it was working closely with the police to secure voting stations there",
              "Electoral Commission of South Africa", "indirect"),
        quote("protected the constitution", "Fikile Mbalula", "direct"),
        quote('the court had "protected the constitution" at a sensitive moment', "Fikile Mbalula", "indirect"),
        quote("silence", "Jacob Zuma", "direct"),
        quote('using the courts to "silence" him', "Jacob Zuma", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["JOHANNESBURG"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Constitutional Court of South Africa", "ORG", "ZAF", ["South Africa's Constitutional Court",
                                                                       "The Constitutional Court", "the court"]),
        entity("Jacob Zuma", "PER", "ZAF", ["former President Jacob Zuma", "Zuma"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["parliament"]),
        entity("Electoral Court of South Africa", "ORG", "ZAF", ["an Electoral Court"]),
        entity("uMkhonto we Sizwe party", "ORG", "ZAF", ["his new uMkhonto we Sizwe (MK) party", "MK",
                                                         "the party"]),
        entity("Electoral Commission of South Africa", "ORG", "ZAF", ["the Electoral Commission (IEC)", "the IEC"]),
        entity("Nhlamulo Ndhlela", "PER", "ZAF", ["MK spokesman Nhlamulo Ndhlela"]),
        entity("supporters of the MK party", "ORG", "ZAF", ["supporters"]),
        entity("Bheki Cele", "PER", "ZAF", ["Police Minister Bheki Cele"]),
        entity("South African Police Service", "ORG", "ZAF", ["Police", "the police"]),
        entity("KwaZulu-Natal", "LOC", "ZAF", ["KwaZulu-Natal", "Zuma's home province"]),
        entity("African National Congress", "ORG", "ZAF", ["ANC", "the ANC"]),
        entity("Fikile Mbalula", "PER", "ZAF", ["ANC Secretary-General Fikile Mbalula"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["Democratic Alliance"]),
        entity("John Steenhuisen", "PER", "ZAF", ["Democratic Alliance leader John Steenhuisen"]),
        entity("Durban", "LOC", "ZAF", ["Durban"]),
    ],
}

# ---------------------------------------------------------------- hm268-en-02 (Uganda, Anti-Homosexuality Act signed)
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
AMONG = actor("Anita Among", "UGA", "LEG")
UGA_PARLIAMENT = actor("Parliament of Uganda", "UGA", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
BARYOMUNSI = actor("Chris Baryomunsi", "UGA", "GOV")
US_GOV_268 = actor("Government of the United States", "USA", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
TURK = actor("Volker Türk", "UNO", "IGO")
UGA_PETITIONERS = actor("Ugandan activists and lawyers", "UGA", "NGO")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
KAMPALA_ACTIVISTS = actor("activists outside the Parliament of Uganda", "UGA", "CVL")

U1 = ("KAMPALA, Uganda (AP) - Ugandan President Yoweri Museveni has signed one of the world's harshest anti-gay "
      'laws, which includes the death penalty for what it calls "aggravated homosexuality."')
U2 = ('Parliament Speaker Anita Among confirmed the signing on Monday and praised the president for having '
      '"answered the cries of our people."')
U3 = "Lawmakers passed a first version of the bill in March, but Museveni sent it back to parliament in April."
U4 = ('U.S. President Joe Biden called the law "a tragic violation of universal human rights" and demanded its '
      'immediate repeal.')
U5 = ("Biden said his administration would review all U.S. engagement with Uganda, including possible sanctions "
      "and visa bans.")
U6 = ('Information Minister Chris Baryomunsi said Kampala would not bow to "blackmail" from Washington and would '
      'not repeal the law.')
U7 = ("The European Union's foreign policy chief Josep Borrell said the law ran counter to international human "
      "rights law and to Uganda's own obligations.")
U8 = 'U.N. human rights chief Volker Turk said he was "appalled" that the bill had been signed.'
U9 = ("Within hours, a group of activists and lawyers filed a petition at the Constitutional Court in Kampala, "
      "arguing that the law violated the rights to privacy and equality.")
U10 = "Police detained four activists who unfurled a rainbow banner outside parliament on Monday."
U12 = 'The new law also makes the "promotion" of homosexuality punishable by up to 20 years in prison.'

EN02 = {
    "id": "hm268-en-02", "lang": "en", "url": None, "published": "2023-05-29",
    "title": "Uganda's president signs harsh anti-gay law, drawing Western condemnation",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6], [U7, U8, U9, U10], [U12]),
    "events": [
        event("SUPPORT", AMONG, MUSEVENI, U2, date="2023-05-29"),
        event("REJECT", MUSEVENI, UGA_PARLIAMENT, U3, mode="change"),
        event("ACCUSE", BIDEN, UGA_GOV, U4, mode="disapprove"),
        event("REQUEST", BIDEN, UGA_GOV, U4, mode="change"),
        event("THREATEN", BIDEN, UGA_GOV, U5),
        event("REJECT", BARYOMUNSI, US_GOV_268, U6, mode="change"),
        event("ACCUSE", BORRELL, UGA_GOV, U7, mode="disapprove"),
        event("ACCUSE", TURK, UGA_GOV, U8, mode="disapprove"),
        event("ACCUSE", UGA_PETITIONERS, UGA_GOV, U9, mode="allege", location="Kampala", location_country="UGA"),
        event("COERCE", UGA_POLICE, KAMPALA_ACTIVISTS, U10, mode="arrest", date="2023-05-29", location="Kampala",
              location_country="UGA"),
        event("PROTEST", KAMPALA_ACTIVISTS, UGA_PARLIAMENT, U10, mode="demo", date="2023-05-29",
              location="Kampala", location_country="UGA"),
    ],
    "quotes": [
        quote("aggravated homosexuality", "Government of Uganda", "direct"),
        quote("answered the cries of our people", "Anita Among", "direct"),
        quote("a tragic violation of universal human rights", "Joe Biden", "direct"),
        quote("his administration would review all U.S. engagement with Uganda, including possible sanctions and visa "
              "bans", "Joe Biden", "indirect"),
        quote("blackmail", "Chris Baryomunsi", "direct"),
        quote('Kampala would not bow to "blackmail" from Washington and would not repeal the law',
              "Chris Baryomunsi", "indirect"),
        quote("the law ran counter to international human rights law and to Uganda's own obligations",
              "Josep Borrell", "indirect"),
        quote("appalled", "Volker Türk", "direct"),
        quote('he was "appalled" that the bill had been signed', "Volker Türk", "indirect"),
        quote("the law violated the rights to privacy and equality", "Ugandan activists and lawyers", "indirect"),
        quote("promotion", "Government of Uganda", "direct"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["KAMPALA", "Kampala"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Ugandan President Yoweri Museveni", "the president", "Museveni"]),
        entity("Anita Among", "PER", "UGA", ["Parliament Speaker Anita Among"]),
        entity("Parliament of Uganda", "ORG", "UGA", ["Parliament", "Lawmakers", "parliament"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Government of the United States", "ORG", "USA", ["his administration", "Washington"]),
        entity("United States", "LOC", "USA", ["U.S."]),
        entity("Chris Baryomunsi", "PER", "UGA", ["Information Minister Chris Baryomunsi"]),
        entity("Government of Uganda", "ORG", "UGA", ["Kampala"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Josep Borrell", "PER", "EUR", ["The European Union's foreign policy chief Josep Borrell"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. human rights chief Volker Turk"]),
        entity("Ugandan activists and lawyers", "ORG", "UGA", ["a group of activists and lawyers"]),
        entity("Constitutional Court of Uganda", "ORG", "UGA", ["the Constitutional Court in Kampala"]),
        entity("Uganda Police Force", "ORG", "UGA", ["Police"]),
        entity("activists outside the Parliament of Uganda", "ORG", "UGA", ["four activists"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
