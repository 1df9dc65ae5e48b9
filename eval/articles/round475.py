"""Round 475: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, Asia-Pacific and international bodies, invented wording and details):
- hm475-de-01: Singapore: a court fines hotel tycoon Ong Beng Seng 30,000 Singapore dollars after he pleads guilty to abetting S. Iswaran; prosecutors seek no jail, his lawyer's statement, Iswaran's 2024 sentence, CPIB arrest and resignation recalled, travel restrictions, Workers' Party demand (2025-08-15).
- hm475-de-02: Indonesia: more than 1,000 pupils fall ill from free school meals in West Bandung; BGN chief Dadan Hindayana apologises and suspends the kitchen operator, Dedi Mulyadi pledges to pay treatment, police investigate without arrests, JPPI demands a halt and Prasetyo Hadi refuses, Prabowo summons Hindayana, parents protest in Cipongkor (2025-09-25).
- hm475-de-03: Australia: Talisman Sabre 2025 opens with 35,000 troops from 19 countries; Japan moves a Type 12 missile system to Australia, Beijing criticises Canberra and Washington, Albanese arrives in Shanghai before meeting Xi, Sussan Ley's demand over the February Tasman Sea live-fire drills, US pressure on defence spending refused (2025-07-14).
- hm475-de-04: Japan: Takahiro Shiraishi, the "Twitter killer", hanged in Tokyo in the first execution since 2022; Suzuki condemns the crime, the bar federation protests and demands abolition, Hayashi refuses, Amnesty and the EU condemn, Kato's 2022 execution and Hakamada's acquittal and the police apology recalled (2025-06-27).
- hm475-en-01: Philippines/UN: UN special rapporteur Irene Khan ends her visit and urges Manila to abolish the NTF-ELCAC over red-tagging; meetings with officials and detained journalist Frenchie Mae Cumpio, the task force rejects the call and denies targeting dissent, libel appeal to Congress, Juan Jumalon's killing and Marcos's condemnation, refusal to rejoin the ICC (2024-02-02).
- hm475-en-02: Indonesia/Australia/Russia: Jakarta denies a Janes report that Moscow sought to base aircraft at Biak; Marles's call with Sjafrie, Albanese seeks clarification, Dutton attacks Albanese, Sjafrie's February meeting with Shoigu, the November joint naval drill, the 2024 defence agreement and Prabowo's Moscow visit recalled (2025-04-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm475-de-01 (Singapore, Ong Beng Seng fined)
SGP_COURT = actor("State Courts of Singapore", "SGP", "JUD")
ONG = actor("Ong Beng Seng", "SGP", "BUS")
SGP_AGC = actor("Attorney-General's Chambers of Singapore", "SGP", "JUD")
ISWARAN = actor("S. Iswaran", "SGP", "CVL")
CPIB = actor("Corrupt Practices Investigation Bureau", "SGP", "COP")
SGP_WP = actor("Workers' Party (Singapore)", "SGP", "OPP")
SGP_GOV = actor("Government of Singapore", "SGP", "GOV")

O1 = ("Singapur (dpa) - Ein Gericht in Singapur hat den Hotelunternehmer Ong Beng Seng in der Korruptionsaffäre um den "
      "früheren Verkehrsminister S. Iswaran zu einer Geldstrafe von 30.000 Singapur-Dollar (rund 20.000 Euro) "
      "verurteilt.")
O2 = ("Der 79-Jährige hatte sich am Freitag schuldig bekannt, Iswaran bei der Annahme wertvoller Geschenke als "
      "Amtsträger unterstützt zu haben.")
O3 = ("Dabei ging es um einen Flug im Privatjet von Singapur nach Doha sowie eine Hotelübernachtung im Wert von "
      "zusammen mehr als 7.700 Singapur-Dollar.")
O4 = "Die Staatsanwaltschaft hatte mit Blick auf Ongs Krebserkrankung keine Haftstrafe gefordert."
O5 = "Der Unternehmer leidet seit Jahren an einer seltenen Form von Knochenmarkkrebs."
O6 = ("„Herr Ong ist erleichtert, dass diese Angelegenheit nun abgeschlossen ist“, sagte sein Anwalt Cavinder Bull "
      "nach der Verhandlung.")
O7 = ("Sein Mandant werde sich nun ganz auf seine medizinische Behandlung konzentrieren, fügte der Jurist hinzu.")
O8 = ("Iswaran war im Oktober vergangenen Jahres zu zwölf Monaten Haft verurteilt worden, nachdem er sich in fünf "
      "Anklagepunkten schuldig bekannt hatte.")
O9 = ("Es war der erste Strafprozess gegen ein ehemaliges Kabinettsmitglied in dem Stadtstaat seit fast fünf "
      "Jahrzehnten.")
O10 = ("Der Politiker hatte im Januar 2024 sein Amt niedergelegt, nachdem die Anti-Korruptionsbehörde CPIB ihn "
       "festgenommen und Ermittlungen gegen ihn eingeleitet hatte.")
O11 = ("Neben den Reisen hatte er unter anderem Eintrittskarten für Formel-1-Rennen und Musicals im Londoner West End "
       "erhalten.")
O12 = "Ong gilt als der Mann, der die Formel 1 im Jahr 2008 nach Singapur brachte."
O13 = "Die Staatsanwaltschaft hatte ihn im Oktober 2024 angeklagt, einen Tag nach dem Urteil gegen Iswaran."
O14 = ("Seither durfte er den Stadtstaat nur mit Erlaubnis des Gerichts verlassen, etwa für Behandlungen in "
       "Großbritannien.")
O15 = ("Premierminister Lawrence Wong hatte nach der Anklage betont, in Singapur stehe niemand über dem Gesetz.")
O16 = ("Die Firma Hotel Properties, deren Vorsitzender Ong ist, teilte mit, das Urteil habe keine Auswirkungen auf die "
       "Geschäfte.")
O17 = ("Die oppositionelle Arbeiterpartei forderte die Regierung auf, die Regeln für Geschenke an Minister zu "
       "verschärfen.")

DE01 = {
    "id": "hm475-de-01", "lang": "de", "url": None, "published": "2025-08-15",
    "title": "Geldstrafe für Singapurs Formel-1-Unternehmer Ong Beng Seng",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7], [O8, O9, O10, O11], [O12, O13, O14], [O15, O16, O17]),
    "events": [
        event("SANCTION", SGP_COURT, ONG, O1, mode="convict", location="Singapore", location_country="SGP"),
        event("CONCEDE", ONG, SGP_COURT, O2, date="2025-08-15"),
        event("REQUEST", SGP_AGC, SGP_COURT, O4, negated=True),
        event("SANCTION", SGP_COURT, ISWARAN, O8, mode="convict"),
        event("CONCEDE", ISWARAN, SGP_COURT, O8),
        event("RETREAT", ISWARAN, None, O10, mode="resign"),
        event("COERCE", CPIB, ISWARAN, O10, mode="arrest"),
        event("ACCUSE", CPIB, ISWARAN, O10, mode="investigate"),
        event("ACCUSE", SGP_AGC, ONG, O13, mode="allege"),
        event("COERCE", SGP_COURT, ONG, O14, mode="restrict"),
        event("REQUEST", SGP_WP, SGP_GOV, O17, mode="change"),
    ],
    "quotes": [
        quote("Herr Ong ist erleichtert, dass diese Angelegenheit nun abgeschlossen ist", "Cavinder Bull", "direct"),
        quote("Sein Mandant werde sich nun ganz auf seine medizinische Behandlung konzentrieren", "Cavinder Bull",
              "indirect"),
        quote("in Singapur stehe niemand über dem Gesetz", "Lawrence Wong", "indirect"),
        quote("das Urteil habe keine Auswirkungen auf die Geschäfte", "Hotel Properties", "indirect"),
    ],
    "entities": [
        entity("Singapore", "LOC", "SGP", ["Singapur", "in dem Stadtstaat", "den Stadtstaat"]),
        entity("State Courts of Singapore", "ORG", "SGP", ["Ein Gericht in Singapur", "des Gerichts"]),
        entity("Ong Beng Seng", "PER", "SGP", ["den Hotelunternehmer Ong Beng Seng", "Der 79-Jährige", "Ongs",
                                               "Der Unternehmer", "Herr Ong", "Sein Mandant", "Ong", "ihn", "er"]),
        entity("S. Iswaran", "PER", "SGP", ["den früheren Verkehrsminister S. Iswaran", "Iswaran", "er",
                                            "Der Politiker", "ihn"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Attorney-General's Chambers of Singapore", "ORG", "SGP", ["Die Staatsanwaltschaft"]),
        entity("Cavinder Bull", "PER", "SGP", ["sein Anwalt Cavinder Bull", "der Jurist"]),
        entity("Corrupt Practices Investigation Bureau", "ORG", "SGP", ["die Anti-Korruptionsbehörde CPIB"]),
        entity("West End", "LOC", "GBR", ["im Londoner West End"]),
        entity("Formula One", "MISC", None, ["Formel-1-Rennen", "die Formel 1"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Lawrence Wong", "PER", "SGP", ["Premierminister Lawrence Wong"]),
        entity("Hotel Properties", "ORG", "SGP", ["Die Firma Hotel Properties"]),
        entity("Workers' Party (Singapore)", "ORG", "SGP", ["Die oppositionelle Arbeiterpartei"]),
        entity("Government of Singapore", "ORG", "SGP", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm475-de-02 (Indonesia, free-meal poisoning)
BGN = actor("National Nutrition Agency of Indonesia", "IDN", "GOV")
PARENTS = actor("parents of poisoned pupils in West Bandung", "IDN", "CVL")
HINDAYANA = actor("Dadan Hindayana", "IDN", "GOV")
KITCHEN = actor("operator of the Cipongkor meal kitchen", "IDN", "BUS")
MULYADI = actor("Dedi Mulyadi", "IDN", "GOV")
PUPILS = actor("poisoned pupils in West Bandung", "IDN", "CVL")
JABAR_POLICE = actor("West Java Regional Police", "IDN", "COP")
JPPI = actor("Network for Education Monitoring (JPPI)", "IDN", "NGO")
UBAID = actor("Ubaid Matraji", "IDN", "NGO")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
PRASETYO = actor("Prasetyo Hadi", "IDN", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")

I1 = ("Jakarta (dpa) - Nach einer Massenvergiftung durch kostenlose Schulmahlzeiten in Indonesien hat die zuständige "
      "Regierungsbehörde die Eltern der betroffenen Kinder um Entschuldigung gebeten.")
I2 = ("In der Region Bandung Barat in der Provinz Westjava waren seit Montag mehr als 1.000 Schülerinnen und Schüler "
      "mit Übelkeit, Erbrechen und Atemnot in Krankenhäuser und Notunterkünfte gebracht worden.")
I3 = ("„Wir bitten alle Eltern aufrichtig um Verzeihung“, sagte der Leiter der Nationalen Ernährungsbehörde (BGN), "
      "Dadan Hindayana, am Mittwoch in Jakarta.")
I4 = ("Die Behörde setzte die Zusammenarbeit mit dem Betreiber der Großküche, aus der die Mahlzeiten stammten, "
      "vorläufig aus.")
I5 = ("Westjavas Gouverneur Dedi Mulyadi sagte zu, die Provinz werde sämtliche Behandlungskosten der Kinder "
      "übernehmen.")
I6 = ("Die Polizei der Provinz nahm Proben der Mahlzeiten und leitete Ermittlungen gegen den Küchenbetreiber ein.")
I7 = "Festnahmen gab es bislang nicht."
I8 = ("Das Programm für kostenlose Mahlzeiten ist das wichtigste Wahlversprechen von Präsident Prabowo Subianto.")
I9 = ("Seit dem Start im Januar sollen bis Jahresende mehr als 80 Millionen Kinder, Schwangere und stillende Mütter "
      "versorgt werden.")
I10 = ("Nach Angaben der Behörde erkrankten landesweit bereits mehr als 5.000 Menschen nach dem Verzehr der "
       "Mahlzeiten.")
I11 = ("Das Netzwerk zur Bildungsüberwachung JPPI forderte die Regierung auf, das Programm sofort auszusetzen und "
       "unabhängig prüfen zu lassen.")
I12 = "„Unsere Kinder sind keine Versuchskaninchen“, sagte JPPI-Koordinator Ubaid Matraji."
I13 = "Staatsminister Prasetyo Hadi lehnte das ab."
I14 = ("Das Programm werde fortgesetzt, die Kontrollen in den Küchen würden aber verschärft, sagte er.")
I15 = ("Prabowo, der sich zur UN-Generalversammlung in New York aufhielt, bestellte Hindayana nach Angaben des "
       "Präsidialamts für die kommende Woche zu einem Gespräch ein.")
I16 = ("Vor der Küche in Cipongkor protestierten am Mittwoch Dutzende Eltern und verlangten Aufklärung.")

DE02 = {
    "id": "hm475-de-02", "lang": "de", "url": None, "published": "2025-09-25",
    "title": "Indonesien: Behörde entschuldigt sich nach Vergiftung durch Schulessen",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10], [I11, I12, I13, I14], [I15, I16]),
    "events": [
        event("CONCEDE", BGN, PARENTS, I1),
        event("CONCEDE", HINDAYANA, PARENTS, I3, date="2025-09-24", location="Jakarta", location_country="IDN"),
        event("SANCTION", BGN, KITCHEN, I4, mode="discontinue"),
        event("AGREE", MULYADI, PUPILS, I5),
        event("ACCUSE", JABAR_POLICE, KITCHEN, I6, mode="investigate"),
        event("COERCE", JABAR_POLICE, KITCHEN, I7, mode="arrest", negated=True),
        event("REQUEST", JPPI, IDN_GOV, I11, mode="change"),
        event("ACCUSE", UBAID, IDN_GOV, I12, mode="disapprove"),
        event("REJECT", PRASETYO, JPPI, I13, mode="change"),
        event("REQUEST", PRABOWO, HINDAYANA, I15, mode="meet"),
        event("PROTEST", PARENTS, KITCHEN, I16, mode="demo", date="2025-09-24", location="Cipongkor",
              location_country="IDN"),
    ],
    "quotes": [
        quote("Wir bitten alle Eltern aufrichtig um Verzeihung", "Dadan Hindayana", "direct"),
        quote("die Provinz werde sämtliche Behandlungskosten der Kinder übernehmen", "Dedi Mulyadi", "indirect"),
        quote("Nach Angaben der Behörde erkrankten landesweit bereits mehr als 5.000 Menschen nach dem Verzehr der "
              "Mahlzeiten", "National Nutrition Agency of Indonesia", "indirect"),
        quote("Unsere Kinder sind keine Versuchskaninchen", "Ubaid Matraji", "direct"),
        quote("Das Programm werde fortgesetzt, die Kontrollen in den Küchen würden aber verschärft", "Prasetyo Hadi",
              "indirect"),
        quote("Prabowo, der sich zur UN-Generalversammlung in New York aufhielt, bestellte Hindayana nach Angaben des "
              "Präsidialamts für die kommende Woche zu einem Gespräch ein", "Presidential Communication Office of "
              "Indonesia", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("National Nutrition Agency of Indonesia", "ORG", "IDN",
               ["die zuständige Regierungsbehörde", "der Nationalen Ernährungsbehörde (BGN)", "Die Behörde",
                "der Behörde"]),
        entity("parents of poisoned pupils in West Bandung", "PER", "IDN", ["die Eltern der betroffenen Kinder",
                                                                           "Dutzende Eltern"]),
        entity("poisoned pupils in West Bandung", "PER", "IDN", ["der betroffenen Kinder",
                                                                "mehr als 1.000 Schülerinnen und Schüler",
                                                                "der Kinder"]),
        entity("West Bandung Regency", "LOC", "IDN", ["der Region Bandung Barat"]),
        entity("West Java", "LOC", "IDN", ["der Provinz Westjava", "Westjavas", "die Provinz", "der Provinz"]),
        entity("Dadan Hindayana", "PER", "IDN", ["Dadan Hindayana", "Hindayana"]),
        entity("operator of the Cipongkor meal kitchen", "ORG", "IDN",
               ["dem Betreiber der Großküche", "den Küchenbetreiber"]),
        entity("Dedi Mulyadi", "PER", "IDN", ["Westjavas Gouverneur Dedi Mulyadi"]),
        entity("West Java Regional Police", "ORG", "IDN", ["Die Polizei der Provinz"]),
        entity("Free Nutritious Meals programme", "MISC", "IDN", ["Das Programm für kostenlose Mahlzeiten",
                                                                 "das Programm", "Das Programm"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Prabowo"]),
        entity("Network for Education Monitoring (JPPI)", "ORG", "IDN", ["Das Netzwerk zur Bildungsüberwachung JPPI",
                                                                        "JPPI"]),
        entity("Government of Indonesia", "ORG", "IDN", ["die Regierung"]),
        entity("Ubaid Matraji", "PER", "IDN", ["JPPI-Koordinator Ubaid Matraji"]),
        entity("Prasetyo Hadi", "PER", "IDN", ["Staatsminister Prasetyo Hadi", "er"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["UN-Generalversammlung"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Presidential Communication Office of Indonesia", "ORG", "IDN", ["des Präsidialamts"]),
        entity("Cipongkor", "LOC", "IDN", ["Cipongkor"]),
    ],
}

# ---------------------------------------------------------------- hm475-de-03 (Australia, Talisman Sabre 2025)
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
JSDF = actor("Japan Self-Defense Forces", "JPN", "MIL")
CHN_GOV = actor("Government of China", "CHN", "GOV")
GUO = actor("Guo Jiakun", "CHN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
LEY = actor("Sussan Ley", "AUS", "OPP")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")

T1 = ("Sydney (dpa) - Mit mehr als 35.000 Soldaten aus 19 Ländern haben Australien und die USA ihr bislang größtes "
      "gemeinsames Manöver Talisman Sabre begonnen.")
T2 = ("Die Eröffnungszeremonie fand am Sonntag an Bord des Hubschrauberträgers HMAS Canberra im Hafen von Sydney "
      "statt.")
T3 = ("Bis Anfang August sollen in Queensland, im Northern Territory, in Western Australia und erstmals auch in "
      "Papua-Neuguinea Landungen, Luftangriffe und Raketenschüsse geübt werden.")
T4 = ("„Diese Übung sendet eine klare Botschaft: Wir stehen zu unseren Partnern und zu einer Region, in der Regeln "
      "gelten“, sagte Verteidigungsminister Richard Marles.")
T5 = ("Japans Streitkräfte verlegten für das Manöver erstmals ein Raketensystem vom Typ 12 nach Australien, von dem "
      "aus scharf auf ein Zielschiff geschossen werden soll.")
T6 = "Peking kritisierte die Übung als Ausdruck einer „Mentalität des Kalten Kriegs“."
T7 = ("Außenamtssprecher Guo Jiakun forderte Canberra und Washington auf, in der Region keine Militärblöcke zu "
      "bilden.")
T8 = "Premierminister Anthony Albanese war am Samstag zu einem sechstägigen Besuch in Shanghai eingetroffen."
T9 = "Am Dienstag will ihn Staats- und Parteichef Xi Jinping in Peking empfangen."
T10 = ("Oppositionsführerin Sussan Ley forderte Albanese auf, dort die Schießübungen chinesischer Kriegsschiffe in "
       "der Tasmansee anzusprechen.")
T11 = ("Drei Schiffe der chinesischen Marine hatten im Februar ohne ausreichende Vorwarnung scharfe Munition "
       "abgefeuert und Dutzende Passagierflüge zu Umwegen gezwungen.")
T12 = ("„Wir werden zusammenarbeiten, wo wir können, und widersprechen, wo wir müssen“, sagte Albanese in "
       "Shanghai.")
T13 = ("Die US-Regierung dringt seit Wochen darauf, dass Canberra seine Verteidigungsausgaben auf 3,5 Prozent der "
       "Wirtschaftsleistung erhöht.")
T14 = "Albanese lehnte eine solche feste Zielmarke bislang ab."
T15 = ("Talisman Sabre findet seit 2005 alle zwei Jahre statt und gilt als wichtigste Übung des Bündnisses beider "
       "Staaten.")

DE03 = {
    "id": "hm475-de-03", "lang": "de", "url": None, "published": "2025-07-14",
    "title": "Größtes Talisman-Sabre-Manöver in Australien begonnen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("COOPERATE", AUS_GOV, USA_GOV, T1, location_country="AUS"),
        event("MOBILIZE", JSDF, None, T5, mode="weapons", location_country="AUS"),
        event("ACCUSE", CHN_GOV, AUS_GOV, T6, mode="disapprove"),
        event("ACCUSE", CHN_GOV, USA_GOV, T6, mode="disapprove"),
        event("REQUEST", GUO, AUS_GOV, T7, mode="change"),
        event("REQUEST", GUO, USA_GOV, T7, mode="change"),
        event("CONSULT", ALBANESE, CHN_GOV, T8, mode="visit", date="2025-07-12", location="Shanghai",
              location_country="CHN"),
        event("AGREE", ALBANESE, XI, T9, mode="meet", location="Beijing", location_country="CHN"),
        event("REQUEST", LEY, ALBANESE, T10),
        event("MOBILIZE", PLAN, None, T11, mode="weapons", location="Tasman Sea"),
        event("REQUEST", USA_GOV, AUS_GOV, T13, mode="change"),
        event("REJECT", ALBANESE, USA_GOV, T14, mode="change"),
    ],
    "quotes": [
        quote("Diese Übung sendet eine klare Botschaft: Wir stehen zu unseren Partnern und zu einer Region, in der "
              "Regeln gelten", "Richard Marles", "direct"),
        quote("Mentalität des Kalten Kriegs", "Government of China", "direct"),
        quote("Wir werden zusammenarbeiten, wo wir können, und widersprechen, wo wir müssen", "Anthony Albanese",
              "direct"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["Sydney", "im Hafen von Sydney"]),
        entity("Government of Australia", "ORG", "AUS", ["Australien", "Canberra"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington", "Die US-Regierung"]),
        entity("Talisman Sabre", "MISC", None, ["Manöver Talisman Sabre", "Talisman Sabre", "das Manöver",
                                                "die Übung", "Diese Übung"]),
        entity("HMAS Canberra", "MISC", "AUS", ["des Hubschrauberträgers HMAS Canberra"]),
        entity("Queensland", "LOC", "AUS", ["Queensland"]),
        entity("Northern Territory", "LOC", "AUS", ["im Northern Territory"]),
        entity("Western Australia", "LOC", "AUS", ["in Western Australia"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua-Neuguinea"]),
        entity("Richard Marles", "PER", "AUS", ["Verteidigungsminister Richard Marles"]),
        entity("Japan Self-Defense Forces", "ORG", "JPN", ["Japans Streitkräfte"]),
        entity("Type 12 missile", "MISC", "JPN", ["ein Raketensystem vom Typ 12"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "ihn", "Albanese"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping"]),
        entity("Beijing", "LOC", "CHN", ["in Peking", "dort"]),
        entity("Sussan Ley", "PER", "AUS", ["Oppositionsführerin Sussan Ley"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["chinesischer Kriegsschiffe",
                                                               "Drei Schiffe der chinesischen Marine"]),
        entity("Tasman Sea", "LOC", None, ["der Tasmansee"]),
    ],
}

# ---------------------------------------------------------------- hm475-de-04 (Japan, Shiraishi executed)
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
SHIRAISHI = actor("Takahiro Shiraishi", "JPN", "CVL")
JPN_MOJ = actor("Ministry of Justice of Japan", "JPN", "GOV")
TACHIKAWA = actor("Tokyo District Court", "JPN", "JUD")
SUZUKI = actor("Keisuke Suzuki", "JPN", "GOV")
JFBA = actor("Japan Federation of Bar Associations", "JPN", "NGO")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
EU = actor("European Union", "EUR", "IGO")
KATO = actor("Tomohiro Kato", "JPN", "CVL")
SHIZUOKA_COURT = actor("Shizuoka District Court", "JPN", "JUD")
HAKAMADA = actor("Iwao Hakamada", "JPN", "CVL")
SHIZUOKA_POLICE = actor("Shizuoka Prefectural Police", "JPN", "COP")

J1 = ("Tokio (dpa) - Japan hat erstmals seit fast drei Jahren wieder einen zum Tode verurteilten Häftling "
      "hingerichtet.")
J2 = ("Der 34-jährige Takahiro Shiraishi wurde am Freitagmorgen in der Haftanstalt von Tokio gehängt, wie das "
      "Justizministerium mitteilte.")
J3 = ("Ein Gericht hatte ihn 2020 wegen der Ermordung von neun Menschen in seiner Wohnung in Zama südwestlich von "
      "Tokio zum Tode verurteilt.")
J4 = ("Die meisten seiner Opfer waren junge Frauen, die im Internet Selbstmordgedanken geäußert hatten; japanische "
      "Medien nannten ihn den „Twitter-Mörder“.")
J5 = ("Justizminister Keisuke Suzuki sprach von einem „äußerst grausamen“ Verbrechen, das die Gesellschaft tief "
      "erschüttert habe.")
J6 = ("Der japanische Anwaltsverband protestierte gegen die Hinrichtung und forderte erneut die Abschaffung der "
      "Todesstrafe.")
J7 = ("Regierungssprecher Yoshimasa Hayashi sagte dagegen, eine Abschaffung sei „nicht angemessen“, solange die "
      "Mehrheit der Bevölkerung die Todesstrafe befürworte.")
J8 = "Amnesty International nannte die Hinrichtung einen „beschämenden Rückschritt“."
J9 = ("Auch die Europäische Union verurteilte die Vollstreckung und rief Tokio auf, ein Moratorium einzuführen.")
J10 = ("Zuletzt war im Juli 2022 der Attentäter des Amoklaufs im Tokioter Stadtteil Akihabara, Tomohiro Kato, "
       "hingerichtet worden.")
J11 = "In japanischen Gefängnissen warten derzeit 105 Verurteilte auf ihre Hinrichtung."
J12 = ("Die Gefangenen erfahren meist erst wenige Stunden vorher von ihrer Exekution, was Menschenrechtler seit "
       "Jahren kritisieren.")
J13 = ("Im vergangenen September hatte ein Gericht in Shizuoka den früheren Boxer Iwao Hakamada, der mehr als 45 "
       "Jahre in der Todeszelle verbracht hatte, in einem Wiederaufnahmeverfahren freigesprochen.")
J14 = ("Der Polizeichef der Präfektur Shizuoka entschuldigte sich später persönlich bei dem heute 89-Jährigen.")
J15 = ("Neben den USA ist Japan die einzige große Industrienation, die an der Todesstrafe festhält.")

DE04 = {
    "id": "hm475-de-04", "lang": "de", "url": None, "published": "2025-06-27",
    "title": "Japan richtet „Twitter-Mörder“ hin",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9], [J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("ASSAULT", JPN_GOV, SHIRAISHI, J1, mode="execute"),
        event("ASSAULT", JPN_MOJ, SHIRAISHI, J2, mode="execute", date="2025-06-27", location="Tokyo",
              location_country="JPN"),
        event("SANCTION", TACHIKAWA, SHIRAISHI, J3, mode="convict"),
        event("ACCUSE", SUZUKI, SHIRAISHI, J5, mode="disapprove"),
        event("ACCUSE", JFBA, JPN_GOV, J6, mode="disapprove"),
        event("REQUEST", JFBA, JPN_GOV, J6, mode="change"),
        event("REJECT", HAYASHI, JFBA, J7, mode="change"),
        event("ACCUSE", AMNESTY, JPN_GOV, J8, mode="disapprove"),
        event("ACCUSE", EU, JPN_GOV, J9, mode="disapprove"),
        event("REQUEST", EU, JPN_GOV, J9, mode="change"),
        event("ASSAULT", JPN_GOV, KATO, J10, mode="execute"),
        event("CONCEDE", SHIZUOKA_COURT, HAKAMADA, J13, location="Shizuoka", location_country="JPN"),
        event("CONCEDE", SHIZUOKA_POLICE, HAKAMADA, J14),
    ],
    "quotes": [
        quote("Twitter-Mörder", "Japanese media", "direct"),
        quote("äußerst grausamen", "Keisuke Suzuki", "direct"),
        quote("nicht angemessen", "Yoshimasa Hayashi", "direct"),
        quote("eine Abschaffung sei „nicht angemessen“, solange die Mehrheit der Bevölkerung die Todesstrafe "
              "befürworte", "Yoshimasa Hayashi", "indirect"),
        quote("beschämenden Rückschritt", "Amnesty International", "direct"),
        quote("Der 34-jährige Takahiro Shiraishi wurde am Freitagmorgen in der Haftanstalt von Tokio gehängt",
              "Ministry of Justice of Japan", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio", "Tokioter"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan", "Tokio"]),
        entity("Takahiro Shiraishi", "PER", "JPN", ["einen zum Tode verurteilten Häftling",
                                                    "Der 34-jährige Takahiro Shiraishi", "ihn", "seiner"]),
        entity("Tokyo Detention House", "LOC", "JPN", ["der Haftanstalt von Tokio"]),
        entity("Ministry of Justice of Japan", "ORG", "JPN", ["das Justizministerium"]),
        entity("Tokyo District Court", "ORG", "JPN", ["Ein Gericht"]),
        entity("Zama", "LOC", "JPN", ["Zama"]),
        entity("victims of Takahiro Shiraishi", "PER", "JPN", ["neun Menschen", "seiner Opfer", "junge Frauen"]),
        entity("Japanese media", "ORG", "JPN", ["japanische Medien"]),
        entity("Keisuke Suzuki", "PER", "JPN", ["Justizminister Keisuke Suzuki"]),
        entity("Japan Federation of Bar Associations", "ORG", "JPN", ["Der japanische Anwaltsverband"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Akihabara", "LOC", "JPN", ["im Tokioter Stadtteil Akihabara"]),
        entity("Tomohiro Kato", "PER", "JPN", ["der Attentäter des Amoklaufs im Tokioter Stadtteil Akihabara, "
                                               "Tomohiro Kato"]),
        entity("Shizuoka District Court", "ORG", "JPN", ["ein Gericht in Shizuoka"]),
        entity("Shizuoka", "LOC", "JPN", ["Shizuoka", "der Präfektur Shizuoka"]),
        entity("Iwao Hakamada", "PER", "JPN", ["den früheren Boxer Iwao Hakamada", "dem heute 89-Jährigen"]),
        entity("Shizuoka Prefectural Police", "ORG", "JPN", ["Der Polizeichef der Präfektur Shizuoka"]),
        entity("United States", "LOC", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm475-en-01 (Philippines/UN, Irene Khan)
KHAN = actor("Irene Khan", "UNO", "IGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
NTF = actor("National Task Force to End Local Communist Armed Conflict", "PHL", "GOV")
CUMPIO = actor("Frenchie Mae Cumpio", "PHL", "MED")
PHL_AUTH = actor("Philippine National Police", "PHL", "COP")
CUMPIO_LAWYERS = actor("lawyers of Frenchie Mae Cumpio", "PHL", "CVL")
PHL_CONGRESS = actor("Congress of the Philippines", "PHL", "LEG")
PHL_RIGHTS = actor("Philippine rights groups", "PHL", "NGO")
GUNMAN = actor("killer of Juan Jumalon", "PHL", "CVL")
JUMALON = actor("Juan Jumalon", "PHL", "MED")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
UN_EXPERTS = actor("UN special rapporteurs", "UNO", "IGO")
ICC_E = actor("International Criminal Court", "IGO", "JUD")
DUTERTE = actor("Rodrigo Duterte", "PHL", "CVL")

R1 = ("MANILA, Philippines (AP) — A United Nations human rights expert on Friday urged the Philippine government to "
      "abolish a powerful anti-communist task force, saying its practice of branding critics as rebel sympathizers "
      "puts journalists and activists in danger.")
R2 = ("Irene Khan, the U.N. special rapporteur on freedom of expression, made the appeal at a news conference in "
      "Manila at the end of a 10-day visit to the country.")
R3 = "\"Red-tagging is a serious threat to freedom of expression, and it must stop,\" Khan said."
R4 = ("She said she had met senior government officials as well as detained community journalist Frenchie Mae "
      "Cumpio in the central city of Tacloban.")
R5 = "Police arrested Cumpio in a raid in 2020 on charges of illegal possession of firearms and terrorism financing."
R6 = "Her lawyers say the charges were fabricated."
R7 = ("The National Task Force to End Local Communist Armed Conflict, known as NTF-ELCAC, rejected Khan's call "
      "hours later.")
R8 = ("In a statement, the task force said it \"respectfully disagrees\" with the recommendation and insisted that "
      "it does not target legitimate dissent.")
R9 = ("Khan also urged Congress to decriminalize libel, which she said was too often used to silence reporters.")
R10 = ("The task force was created in 2018 under former President Rodrigo Duterte to counter a communist insurgency "
       "that has lasted more than five decades.")
R11 = ("Rights groups accuse its officials of labeling journalists, church workers and students as communist "
       "fronts on social media and in public forums.")
R12 = ("In November, a gunman shot dead radio broadcaster Juan Jumalon inside his home studio on the southern "
       "island of Mindanao while he was on air.")
R13 = "President Ferdinand Marcos Jr. condemned the killing."
R14 = ("Marcos, who took office in 2022, has sought to repair the country's human rights image and has invited "
       "several U.N. experts to visit.")
R15 = ("His government, however, has refused to rejoin the International Criminal Court, which is investigating "
       "Duterte's deadly anti-drug crackdown.")
R16 = "Khan will present her final report to the U.N. Human Rights Council in Geneva in June."

EN01 = {
    "id": "hm475-en-01", "lang": "en", "url": None, "published": "2024-02-02",
    "title": "UN expert urges Philippines to scrap anti-communist task force over 'red-tagging'",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6], [R7, R8, R9], [R10, R11, R12, R13], [R14, R15, R16]),
    "events": [
        event("REQUEST", KHAN, PHL_GOV, R1, mode="change", date="2024-02-02"),
        event("ACCUSE", KHAN, NTF, R1, mode="disapprove", date="2024-02-02"),
        event("REQUEST", KHAN, PHL_GOV, R2, mode="change", location="Manila", location_country="PHL"),
        event("CONSULT", KHAN, PHL_GOV, R2, mode="visit", location_country="PHL"),
        event("ACCUSE", KHAN, NTF, R3, mode="disapprove"),
        event("CONSULT", KHAN, PHL_GOV, R4, mode="meet"),
        event("CONSULT", KHAN, CUMPIO, R4, mode="meet", location="Tacloban", location_country="PHL"),
        event("COERCE", PHL_AUTH, CUMPIO, R5, mode="arrest"),
        event("ACCUSE", CUMPIO_LAWYERS, PHL_AUTH, R6, mode="allege"),
        event("REJECT", NTF, KHAN, R7, mode="change", date="2024-02-02"),
        event("REJECT", NTF, KHAN, R8, mode="change"),
        event("REQUEST", KHAN, PHL_CONGRESS, R9, mode="change"),
        event("ACCUSE", PHL_RIGHTS, NTF, R11, mode="allege"),
        event("ASSAULT", GUNMAN, JUMALON, R12, mode="firearms", location="Mindanao", location_country="PHL"),
        event("ACCUSE", MARCOS, GUNMAN, R13, mode="disapprove"),
        event("AGREE", MARCOS, UN_EXPERTS, R14),
        event("REJECT", PHL_GOV, ICC_E, R15),
        event("ACCUSE", ICC_E, DUTERTE, R15, mode="investigate"),
    ],
    "quotes": [
        quote("its practice of branding critics as rebel sympathizers puts journalists and activists in danger",
              "Irene Khan", "indirect"),
        quote("Red-tagging is a serious threat to freedom of expression, and it must stop", "Irene Khan", "direct"),
        quote("she had met senior government officials as well as detained community journalist Frenchie Mae Cumpio "
              "in the central city of Tacloban", "Irene Khan", "indirect"),
        quote("the charges were fabricated", "lawyers of Frenchie Mae Cumpio", "indirect"),
        quote("respectfully disagrees", "National Task Force to End Local Communist Armed Conflict", "direct"),
        quote("it \"respectfully disagrees\" with the recommendation",
              "National Task Force to End Local Communist Armed Conflict", "indirect"),
        quote("it does not target legitimate dissent", "National Task Force to End Local Communist Armed Conflict",
              "indirect"),
        quote("was too often used to silence reporters", "Irene Khan", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["MANILA", "Manila"]),
        entity("Philippines", "LOC", "PHL", ["Philippines", "the country", "the country's"]),
        entity("Irene Khan", "PER", "UNO", ["A United Nations human rights expert",
                                            "Irene Khan, the U.N. special rapporteur on freedom of expression",
                                            "Khan", "She", "she", "Khan's"]),
        entity("Government of the Philippines", "ORG", "PHL", ["the Philippine government",
                                                               "senior government officials", "His government"]),
        entity("National Task Force to End Local Communist Armed Conflict", "ORG", "PHL",
               ["a powerful anti-communist task force", "its",
                "The National Task Force to End Local Communist Armed Conflict", "NTF-ELCAC", "the task force",
                "The task force", "its officials"]),
        entity("Frenchie Mae Cumpio", "PER", "PHL", ["detained community journalist Frenchie Mae Cumpio", "Cumpio",
                                                     "Her"]),
        entity("Tacloban", "LOC", "PHL", ["the central city of Tacloban"]),
        entity("Philippine National Police", "ORG", "PHL", ["Police"]),
        entity("lawyers of Frenchie Mae Cumpio", "PER", "PHL", ["Her lawyers"]),
        entity("Congress of the Philippines", "ORG", "PHL", ["Congress"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["former President Rodrigo Duterte", "Duterte's"]),
        entity("Philippine rights groups", "ORG", "PHL", ["Rights groups"]),
        entity("killer of Juan Jumalon", "PER", "PHL", ["a gunman"]),
        entity("Juan Jumalon", "PER", "PHL", ["radio broadcaster Juan Jumalon", "his", "he"]),
        entity("Mindanao", "LOC", "PHL", ["the southern island of Mindanao"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr.", "Marcos", "His"]),
        entity("UN special rapporteurs", "PER", "UNO", ["several U.N. experts"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("United Nations Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
    ],
}

# ---------------------------------------------------------------- hm475-en-02 (Indonesia/Australia/Russia, Biak)
MARLES = actor("Richard Marles", "AUS", "GOV")
SJAFRIE = actor("Sjafrie Sjamsoeddin", "IDN", "GOV")
ALBANESE_E = actor("Anthony Albanese", "AUS", "GOV")
IDN_GOV_E = actor("Government of Indonesia", "IDN", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
SHOIGU = actor("Sergei Shoigu", "RUS", "GOV")
IDN_NAVY = actor("Indonesian Navy", "IDN", "MIL")
RUS_NAVY = actor("Russian Navy", "RUS", "MIL")
AUS_GOV_E = actor("Government of Australia", "AUS", "GOV")
PRABOWO_E = actor("Prabowo Subianto", "IDN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

B1 = ("SYDNEY (Reuters) - Indonesia on Tuesday denied reports that Russia had asked to station military aircraft on "
      "its territory, a prospect that had alarmed neighbouring Australia in the middle of an election campaign.")
B2 = ("Defence publication Janes reported on Monday that Moscow had formally requested access for Russian "
      "long-range aircraft to the Manuhua air force base on the island of Biak, citing unnamed sources.")
B3 = ("Australian Defence Minister Richard Marles said he had spoken by phone with his Indonesian counterpart, "
      "Sjafrie Sjamsoeddin, who told him the report was \"simply not true.\"")
B4 = ("Indonesia's presidential communication office said in a statement that no foreign country would be allowed "
      "to base military aircraft on Indonesian soil.")
B5 = "Prime Minister Anthony Albanese said Canberra was seeking clarification from Jakarta at the highest levels."
B6 = "\"We certainly don't want to see Russian influence in our region,\" Albanese told reporters in Sydney."
B7 = ("Opposition leader Peter Dutton accused Albanese of being caught off guard and said the government should have "
      "known about the request long before it appeared in the media.")
B8 = "\"This is a massive failure of the prime minister's foreign policy,\" Dutton said in Perth."
B9 = ("Sjafrie met the secretary of Russia's Security Council, Sergei Shoigu, in Moscow in February to discuss "
      "defence ties.")
B10 = "The navies of Indonesia and Russia held their first joint exercise in the Java Sea in November."
B11 = ("Indonesia has long pursued a non-aligned foreign policy, buying arms from Russia as well as from Western "
       "suppliers.")
B12 = ("Australia and Indonesia signed a defence cooperation agreement in Canberra in August, which Marles called "
       "the most significant in the two countries' history.")
B13 = ("Indonesian President Prabowo Subianto, who took office in October, visited Moscow as president-elect last "
       "July and held talks with President Vladimir Putin.")
B14 = ("Biak lies about 1,300 kilometres (800 miles) north of the Australian city of Darwin, where U.S. Marines "
       "train every year.")
B15 = "Australians vote on May 3."

EN02 = {
    "id": "hm475-en-02", "lang": "en", "url": None, "published": "2025-04-15",
    "title": "Indonesia denies Russia sought to base aircraft on its territory",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("CONSULT", MARLES, SJAFRIE, B3, mode="phone"),
        event("REQUEST", ALBANESE_E, IDN_GOV_E, B5),
        event("ACCUSE", DUTTON, ALBANESE_E, B7, mode="disapprove"),
        event("ACCUSE", DUTTON, ALBANESE_E, B8, mode="disapprove", location="Perth", location_country="AUS"),
        event("CONSULT", SJAFRIE, SHOIGU, B9, mode="visit", location="Moscow", location_country="RUS"),
        event("COOPERATE", IDN_NAVY, RUS_NAVY, B10, location="Java Sea", location_country="IDN"),
        event("SUPPORT", AUS_GOV_E, IDN_GOV_E, B12, location="Canberra", location_country="AUS"),
        event("CONSULT", PRABOWO_E, PUTIN, B13, mode="visit", location="Moscow", location_country="RUS"),
    ],
    "quotes": [
        quote("Moscow had formally requested access for Russian long-range aircraft to the Manuhua air force base on "
              "the island of Biak", "Janes", "indirect"),
        quote("he had spoken by phone with his Indonesian counterpart, Sjafrie Sjamsoeddin, who told him the report "
              "was \"simply not true.\"", "Richard Marles", "indirect"),
        quote("simply not true", "Sjafrie Sjamsoeddin", "direct"),
        quote("the report was \"simply not true.\"", "Sjafrie Sjamsoeddin", "indirect"),
        quote("no foreign country would be allowed to base military aircraft on Indonesian soil",
              "Presidential Communication Office of Indonesia", "indirect"),
        quote("Canberra was seeking clarification from Jakarta at the highest levels", "Anthony Albanese",
              "indirect"),
        quote("We certainly don't want to see Russian influence in our region", "Anthony Albanese", "direct"),
        quote("the government should have known about the request long before it appeared in the media",
              "Peter Dutton", "indirect"),
        quote("This is a massive failure of the prime minister's foreign policy", "Peter Dutton", "direct"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY", "Sydney"]),
        entity("Indonesia", "LOC", "IDN", ["its territory", "Indonesian soil", "Indonesia"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Indonesia", "Jakarta"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia", "Moscow"]),
        entity("Australia", "LOC", "AUS", ["neighbouring Australia", "Australia"]),
        entity("Janes", "ORG", "GBR", ["Defence publication Janes"]),
        entity("Manuhua Air Force Base", "LOC", "IDN", ["the Manuhua air force base"]),
        entity("Biak", "LOC", "IDN", ["the island of Biak", "Biak"]),
        entity("Richard Marles", "PER", "AUS", ["Australian Defence Minister Richard Marles", "he", "him", "Marles"]),
        entity("Sjafrie Sjamsoeddin", "PER", "IDN", ["his Indonesian counterpart, Sjafrie Sjamsoeddin", "Sjafrie"]),
        entity("Presidential Communication Office of Indonesia", "ORG", "IDN",
               ["Indonesia's presidential communication office"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese",
                                                  "the prime minister's"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra", "the government", "Australia"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition leader Peter Dutton", "Dutton"]),
        entity("Perth", "LOC", "AUS", ["Perth"]),
        entity("Security Council of Russia", "ORG", "RUS", ["Russia's Security Council"]),
        entity("Sergei Shoigu", "PER", "RUS", ["the secretary of Russia's Security Council, Sergei Shoigu"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Indonesian Navy", "ORG", "IDN", ["The navies of Indonesia and Russia"]),
        entity("Russian Navy", "ORG", "RUS", ["The navies of Indonesia and Russia"]),
        entity("Java Sea", "LOC", "IDN", ["the Java Sea"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Indonesian President Prabowo Subianto"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Darwin", "LOC", "AUS", ["the Australian city of Darwin"]),
        entity("United States Marine Corps", "ORG", "USA", ["U.S. Marines"]),
        entity("Australians", "PER", "AUS", ["Australians"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
