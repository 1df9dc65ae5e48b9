"""Round 307: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm313-de-01: Malaysia: former prime minister Muhyiddin Yassin charged with abuse of power and money laundering over the Jana Wibawa programme; MACC arrest in Putrajaya, bail and passport order, Muhyiddin cries persecution, Anwar denies and tells him to defend himself in court, supporters rally outside the Kuala Lumpur court, police cordon without arrests, Hamzah Zainudin accuses the government, Bersatu accounts frozen (2023-03-10).
- hm313-de-02: India: West Bengal police arrest Trinamool strongman Sheikh Shahjahan after 55 days on the run; ten days' police custody in Basirhat, the Sandeshkhali women's accusations and protests, assembly ban and BJP delegation stopped, the January mob attack on ED officers, TMC suspends him, O'Brien and Adhikari trade blame, the Calcutta High Court's call, Banerjee's accusation (2024-02-29).
- hm313-de-03: Philippines/Timor-Leste: Dili deports former congressman Arnolfo Teves, wanted over the Degamo killing, and the NBI arrests him in Manila; murder charges, Remulla thanks Dili, no formal extradition request this time, the Dili appeals court's earlier refusal, the rejected asylum bid, Topacio's accusation, his 2023 expulsion from the House, Janice Degamo thanks Marcos (2025-05-28).
- hm313-de-04: Thailand: a Bangkok court sentences human rights lawyer Arnon Nampa to four years for lese-majeste; bail refused by the appeals court, supporters rally, police cordon without arrests, TLHR and the UN human rights office object and demand his release and a reform, Srettha's government rejects Move Forward's call to amend Section 112 (2023-09-26).
- hm313-en-01: India: the Supreme Court strikes down the electoral bonds scheme; orders to the State Bank of India and the Election Commission, no order to return money, Kharge and ADR welcome it, Rahul Gandhi accuses Modi, Yechury demands an apology, Prasad attacks Congress, the Election Commission pledges to comply (2024-02-15).
- hm313-en-02: Korea: U.S. soldier Travis King crosses into North Korea during a JSA tour; the UN Command contacts the KPA, his earlier detention and release in South Korea, Washington asks Sweden for help, the USS Kentucky in Busan, the first Nuclear Consultative Group meeting and Campbell's warning, Kim Yo Jong's threat, Yoon's order (2023-07-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm313-de-01 (Malaysia, Muhyiddin charged)
MUHYIDDIN = actor("Muhyiddin Yassin", "MYS", "OPP")
MY_PROSECUTORS = actor("Malaysian prosecutors", "MYS", "JUD")
KL_COURT = actor("Kuala Lumpur Sessions Court", "MYS", "JUD")
MACC = actor("Malaysian Anti-Corruption Commission", "MYS", "COP")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
MUHYIDDIN_SUPPORTERS = actor("supporters of Muhyiddin Yassin", "MYS", "PTY")
MY_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
HAMZAH = actor("Hamzah Zainudin", "MYS", "OPP")
BERSATU = actor("Malaysian United Indigenous Party", "MYS", "OPP")

M1 = ("Kuala Lumpur (dpa) - Malaysias früherer Ministerpräsident Muhyiddin Yassin ist wegen Amtsmissbrauchs und "
      "Geldwäsche angeklagt worden.")
M2 = ("Die Staatsanwaltschaft warf dem 75-Jährigen am Freitag vor einem Gericht in Kuala Lumpur in vier Fällen "
      "Machtmissbrauch und in zwei Fällen Geldwäsche vor.")
M3 = ("Dabei geht es um rund 232 Millionen Ringgit (knapp 49 Millionen Euro) aus dem Konjunkturprogramm "
      "„Jana Wibawa“, mit dem seine Regierung während der Corona-Pandemie Bauaufträge an malaiische Unternehmer "
      "vergeben hatte.")
M4 = "Muhyiddin plädierte auf nicht schuldig."
M5 = ("Das Gericht ließ ihn gegen eine Kaution von zwei Millionen Ringgit frei und ordnete an, dass er seinen "
      "Reisepass abgibt.")
M6 = ("Die Antikorruptionsbehörde MACC hatte den Vorsitzenden der Oppositionsallianz Perikatan Nasional am "
      "Donnerstag nach stundenlanger Befragung in ihrer Zentrale in Putrajaya festgenommen.")
M7 = "„Das ist politische Verfolgung“, sagte Muhyiddin nach der Anhörung vor Journalisten."
M8 = ("Die Regierung von Ministerpräsident Anwar Ibrahim wolle ihn und seine Partei vor den Wahlen in sechs "
      "Bundesstaaten im Sommer zerstören, fügte er hinzu.")
M9 = ("Anwar wies den Vorwurf zurück: Die MACC handle unabhängig, und er habe sich zu keinem Zeitpunkt in die "
      "Ermittlungen eingemischt.")
M10 = ("Der Regierungschef forderte seinen Vorgänger auf, sich vor Gericht zu verteidigen, statt „die Menschen auf "
       "die Straße zu rufen“.")
M11 = ("Vor dem Gerichtsgebäude hatten sich Hunderte Anhänger Muhyiddins versammelt, die Plakate mit der Aufschrift "
       "„Wir stehen zu Muhyiddin“ hochhielten.")
M12 = "Die Polizei sperrte die umliegenden Straßen ab."
M13 = "Nach Angaben der Polizei gab es keine Festnahmen."
M14 = ("Der Generalsekretär von Muhyiddins Partei Bersatu, Oppositionsführer Hamzah Zainudin, warf der Regierung "
       "vor, die Justiz als Waffe gegen ihre Kritiker einzusetzen.")
M15 = "Die MACC hatte bereits im Februar mehrere Bankkonten von Bersatu eingefroren."
M16 = ("Muhyiddin hatte das Land von März 2020 bis August 2021 regiert und war zurückgetreten, nachdem er seine "
       "Mehrheit im Parlament verloren hatte.")
M17 = "Bei der Parlamentswahl im November war seine Allianz zweitstärkste Kraft geworden."

DE01 = {
    "id": "hm313-de-01", "lang": "de", "url": None, "published": "2023-03-10",
    "title": "Malaysias Ex-Regierungschef Muhyiddin wegen Amtsmissbrauchs angeklagt",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10], [M11, M12, M13], [M14, M15, M16, M17]),
    "events": [
        event("ACCUSE", MY_PROSECUTORS, MUHYIDDIN, M1, mode="allege"),
        event("ACCUSE", MY_PROSECUTORS, MUHYIDDIN, M2, mode="allege", date="2023-03-10", location="Kuala Lumpur",
              location_country="MYS"),
        event("RETREAT", KL_COURT, MUHYIDDIN, M5, mode="release"),
        event("COERCE", KL_COURT, MUHYIDDIN, M5, mode="restrict"),
        event("COERCE", MACC, MUHYIDDIN, M6, mode="arrest", date="2023-03-09", location="Putrajaya",
              location_country="MYS"),
        event("ACCUSE", MUHYIDDIN, MYS_GOV, M7, mode="disapprove"),
        event("ACCUSE", MUHYIDDIN, MYS_GOV, M8, mode="allege"),
        event("REQUEST", ANWAR, MUHYIDDIN, M10),
        event("PROTEST", MUHYIDDIN_SUPPORTERS, MYS_GOV, M11, mode="demo", location="Kuala Lumpur",
              location_country="MYS"),
        event("COERCE", MY_POLICE, None, M12, mode="restrict", location="Kuala Lumpur", location_country="MYS"),
        event("COERCE", MY_POLICE, MUHYIDDIN_SUPPORTERS, M13, mode="arrest", negated=True),
        event("ACCUSE", HAMZAH, MYS_GOV, M14, mode="allege"),
        event("COERCE", MACC, BERSATU, M15, mode="seize"),
        event("RETREAT", MUHYIDDIN, None, M16, mode="resign"),
    ],
    "quotes": [
        quote("Das ist politische Verfolgung", "Muhyiddin Yassin", "direct"),
        quote("Die Regierung von Ministerpräsident Anwar Ibrahim wolle ihn und seine Partei vor den Wahlen in sechs "
              "Bundesstaaten im Sommer zerstören", "Muhyiddin Yassin", "indirect"),
        quote("Die MACC handle unabhängig, und er habe sich zu keinem Zeitpunkt in die Ermittlungen eingemischt",
              "Anwar Ibrahim", "indirect"),
        quote("die Menschen auf die Straße zu rufen", "Anwar Ibrahim", "direct"),
        quote("sich vor Gericht zu verteidigen, statt „die Menschen auf die Straße zu rufen“", "Anwar Ibrahim",
              "indirect"),
        quote("Wir stehen zu Muhyiddin", "supporters of Muhyiddin Yassin", "direct"),
        quote("gab es keine Festnahmen", "Royal Malaysia Police", "indirect"),
        quote("die Justiz als Waffe gegen ihre Kritiker einzusetzen", "Hamzah Zainudin", "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysias", "das Land"]),
        entity("Muhyiddin Yassin", "PER", "MYS", ["Malaysias früherer Ministerpräsident Muhyiddin Yassin",
                                                  "dem 75-Jährigen", "Muhyiddin", "Muhyiddins",
                                                  "den Vorsitzenden der Oppositionsallianz Perikatan Nasional",
                                                  "seinen Vorgänger"]),
        entity("Malaysian prosecutors", "ORG", "MYS", ["Die Staatsanwaltschaft"]),
        entity("Kuala Lumpur Sessions Court", "ORG", "MYS", ["einem Gericht in Kuala Lumpur", "Das Gericht"]),
        entity("Kuala Lumpur Court Complex", "LOC", "MYS", ["dem Gerichtsgebäude"]),
        entity("Muhyiddin Yassin's government", "ORG", "MYS", ["seine Regierung"]),
        entity("Malaysian Anti-Corruption Commission", "ORG", "MYS", ["Die Antikorruptionsbehörde MACC", "Die MACC"]),
        entity("Perikatan Nasional", "ORG", "MYS", ["Oppositionsallianz Perikatan Nasional", "seine Allianz"]),
        entity("Putrajaya", "LOC", "MYS", ["Putrajaya"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Ministerpräsident Anwar Ibrahim", "Anwar", "Der Regierungschef"]),
        entity("Government of Malaysia", "ORG", "MYS", ["Die Regierung von Ministerpräsident Anwar Ibrahim",
                                                        "der Regierung"]),
        entity("Malaysian United Indigenous Party", "ORG", "MYS", ["seine Partei", "Muhyiddins Partei Bersatu",
                                                                   "Bersatu"]),
        entity("supporters of Muhyiddin Yassin", "ORG", "MYS", ["Hunderte Anhänger Muhyiddins"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Die Polizei", "der Polizei"]),
        entity("Hamzah Zainudin", "PER", "MYS", ["Der Generalsekretär von Muhyiddins Partei Bersatu",
                                                 "Oppositionsführer Hamzah Zainudin"]),
        entity("Parliament of Malaysia", "ORG", "MYS", ["Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm313-de-02 (India, Shahjahan Sheikh arrested)
SHAHJAHAN = actor("Sheikh Shahjahan", "IND", "PTY")
WB_POLICE = actor("West Bengal Police", "IND", "COP")
BASIRHAT_COURT = actor("Basirhat court", "IND", "JUD")
SANDESHKHALI_WOMEN = actor("women of Sandeshkhali", "IND", "CVL")
WB_GOV = actor("Government of West Bengal", "IND", "GOV")
BJP_MPS = actor("BJP members of parliament", "IND", "OPP")
SHAHJAHAN_SUPPORTERS = actor("supporters of Sheikh Shahjahan", "IND", "CVL")
ED = actor("Enforcement Directorate", "IND", "COP")
TMC = actor("All India Trinamool Congress", "IND", "PTY")
DEREK = actor("Derek O'Brien", "IND", "PTY")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
SUVENDU = actor("Suvendu Adhikari", "IND", "OPP")
CALCUTTA_HC = actor("Calcutta High Court", "IND", "JUD")
MAMATA = actor("Mamata Banerjee", "IND", "GOV")

S1 = ("Kolkata (AFP) - Nach fast zwei Monaten auf der Flucht ist im indischen Bundesstaat Westbengalen der "
      "Lokalpolitiker Sheikh Shahjahan festgenommen worden.")
S2 = ("Polizisten hätten den Funktionär der in Westbengalen regierenden Partei Trinamool Congress in der Nacht zum "
      "Donnerstag in einem Haus in Minakhan gefasst, teilte die Landespolizei mit.")
S3 = "Ein Gericht in Basirhat ordnete noch am selben Tag zehn Tage Polizeigewahrsam an."
S4 = ("Frauen aus dem Inseldorf Sandeshkhali werfen Shahjahan und seinen Helfern vor, jahrelang Land von "
      "Dorfbewohnern an sich gerissen und Frauen sexuell missbraucht zu haben.")
S5 = "Seit Anfang Februar gingen Hunderte von ihnen mit Stöcken und Besen gegen ihn auf die Straße."
S6 = "Die Behörden verhängten daraufhin ein Versammlungsverbot über die Gegend."
S7 = "Eine Delegation von BJP-Abgeordneten wurde von der Polizei auf dem Weg nach Sandeshkhali gestoppt."
S8 = ("Shahjahan war untergetaucht, nachdem Hunderte seiner Anhänger am 5. Januar Beamte der "
      "Finanzermittlungsbehörde Enforcement Directorate angegriffen hatten, die sein Haus wegen eines mutmaßlichen "
      "Betrugs mit Lebensmittelrationen durchsuchen wollten.")
S9 = "Mehrere Beamte wurden dabei verletzt."
S10 = ("Der Trinamool Congress von Regierungschefin Mamata Banerjee schloss Shahjahan am Donnerstag für sechs Jahre "
       "aus der Partei aus.")
S11 = "„Wir haben immer gesagt, dass das Gesetz seinen Lauf nehmen wird“, sagte Parteisprecher Derek O'Brien in Kolkata."
S12 = ("Er warf der hindunationalistischen BJP von Premierminister Narendra Modi vor, die Vorfälle in Sandeshkhali "
       "vor der Parlamentswahl im Frühjahr politisch auszuschlachten.")
S13 = ("Der Oppositionsführer im Landesparlament, Suvendu Adhikari von der BJP, sprach dagegen von einem "
       "„abgesprochenen Spiel“.")
S14 = ("Die Landesregierung habe Shahjahan wochenlang gedeckt und erst unter dem Druck der Gerichte gehandelt, "
       "sagte er.")
S15 = ("Das Obergericht in Kolkata hatte am Montag erklärt, es gebe keinen Beschluss, der eine Festnahme Shahjahans "
       "verhindere, und die Polizei zum Handeln aufgefordert.")
S16 = "Banerjee hatte der BJP vorgeworfen, die Proteste in Sandeshkhali anzustacheln."
S17 = "Shahjahan äußerte sich bei seiner Vorführung vor Gericht nicht zu den Vorwürfen."

DE02 = {
    "id": "hm313-de-02", "lang": "de", "url": None, "published": "2024-02-29",
    "title": "Indien: Mutmaßlicher Peiniger von Sandeshkhali nach 55 Tagen gefasst",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9], [S10, S11, S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("COERCE", WB_POLICE, SHAHJAHAN, S1, mode="arrest"),
        event("COERCE", WB_POLICE, SHAHJAHAN, S2, mode="arrest", date="2024-02-29", location="Minakhan",
              location_country="IND"),
        event("COERCE", BASIRHAT_COURT, SHAHJAHAN, S3, mode="arrest", location="Basirhat", location_country="IND"),
        event("ACCUSE", SANDESHKHALI_WOMEN, SHAHJAHAN, S4, mode="allege"),
        event("PROTEST", SANDESHKHALI_WOMEN, SHAHJAHAN, S5, mode="demo", location="Sandeshkhali",
              location_country="IND"),
        event("COERCE", WB_GOV, None, S6, mode="restrict", location="Sandeshkhali", location_country="IND"),
        event("COERCE", WB_POLICE, BJP_MPS, S7, mode="restrict", location="Sandeshkhali", location_country="IND"),
        event("ASSAULT", SHAHJAHAN_SUPPORTERS, ED, S8, mode="beat", location="Sandeshkhali", location_country="IND"),
        event("SANCTION", TMC, SHAHJAHAN, S10, mode="expel", date="2024-02-29"),
        event("ACCUSE", DEREK, BJP, S12, mode="allege"),
        event("ACCUSE", SUVENDU, WB_GOV, S13, mode="disapprove"),
        event("ACCUSE", SUVENDU, WB_GOV, S14, mode="allege"),
        event("REQUEST", CALCUTTA_HC, WB_POLICE, S15, date="2024-02-26"),
        event("ACCUSE", MAMATA, BJP, S16, mode="allege"),
    ],
    "quotes": [
        quote("Polizisten hätten den Funktionär der in Westbengalen regierenden Partei Trinamool Congress in der Nacht "
              "zum Donnerstag in einem Haus in Minakhan gefasst", "West Bengal Police", "indirect"),
        quote("jahrelang Land von Dorfbewohnern an sich gerissen und Frauen sexuell missbraucht zu haben",
              "women of Sandeshkhali", "indirect"),
        quote("Wir haben immer gesagt, dass das Gesetz seinen Lauf nehmen wird", "Derek O'Brien", "direct"),
        quote("die Vorfälle in Sandeshkhali vor der Parlamentswahl im Frühjahr politisch auszuschlachten",
              "Derek O'Brien", "indirect"),
        quote("abgesprochenen Spiel", "Suvendu Adhikari", "direct"),
        quote("Die Landesregierung habe Shahjahan wochenlang gedeckt und erst unter dem Druck der Gerichte gehandelt",
              "Suvendu Adhikari", "indirect"),
        quote("es gebe keinen Beschluss, der eine Festnahme Shahjahans verhindere", "Calcutta High Court",
              "indirect"),
        quote("die Proteste in Sandeshkhali anzustacheln", "Mamata Banerjee", "indirect"),
    ],
    "entities": [
        entity("Kolkata", "LOC", "IND", ["Kolkata"]),
        entity("West Bengal", "LOC", "IND", ["indischen Bundesstaat Westbengalen", "Westbengalen"]),
        entity("Sheikh Shahjahan", "PER", "IND", ["der Lokalpolitiker Sheikh Shahjahan",
                                                  "den Funktionär der in Westbengalen regierenden Partei Trinamool "
                                                  "Congress", "Shahjahan", "Shahjahans"]),
        entity("West Bengal Police", "ORG", "IND", ["Polizisten", "die Landespolizei", "der Polizei",
                                                    "die Polizei"]),
        entity("Minakhan", "LOC", "IND", ["Minakhan"]),
        entity("Basirhat court", "ORG", "IND", ["Ein Gericht in Basirhat"]),
        entity("Basirhat", "LOC", "IND", ["Basirhat"]),
        entity("Sandeshkhali", "LOC", "IND", ["dem Inseldorf Sandeshkhali", "Sandeshkhali", "die Gegend"]),
        entity("women of Sandeshkhali", "ORG", "IND", ["Frauen aus dem Inseldorf Sandeshkhali",
                                                       "Hunderte von ihnen"]),
        entity("Government of West Bengal", "ORG", "IND", ["Die Behörden", "Die Landesregierung"]),
        entity("BJP members of parliament", "ORG", "IND", ["Eine Delegation von BJP-Abgeordneten"]),
        entity("supporters of Sheikh Shahjahan", "ORG", "IND", ["Hunderte seiner Anhänger"]),
        entity("Enforcement Directorate", "ORG", "IND", ["Beamte der Finanzermittlungsbehörde Enforcement "
                                                         "Directorate", "Mehrere Beamte"]),
        entity("All India Trinamool Congress", "ORG", "IND", ["Partei Trinamool Congress",
                                                              "Der Trinamool Congress von Regierungschefin Mamata "
                                                              "Banerjee", "der Partei"]),
        entity("Mamata Banerjee", "PER", "IND", ["Regierungschefin Mamata Banerjee", "Banerjee"]),
        entity("Derek O'Brien", "PER", "IND", ["Parteisprecher Derek O'Brien"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen BJP von Premierminister Narendra "
                                                        "Modi", "der BJP"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Suvendu Adhikari", "PER", "IND", ["Der Oppositionsführer im Landesparlament, Suvendu Adhikari"]),
        entity("West Bengal Legislative Assembly", "ORG", "IND", ["Landesparlament"]),
        entity("Calcutta High Court", "ORG", "IND", ["Das Obergericht in Kolkata"]),
    ],
}

# ---------------------------------------------------------------- hm313-de-03 (Philippines/Timor-Leste, Teves deported)
TEVES = actor("Arnolfo Teves Jr.", "PHL", "CVL")
TLS_GOV = actor("Government of Timor-Leste", "TLS", "GOV")
NBI = actor("National Bureau of Investigation", "PHL", "COP")
DEGAMO_GUNMEN = actor("gunmen who killed Roel Degamo", "PHL", "CVL")
ROEL_DEGAMO = actor("Roel Degamo", "PHL", "GOV")
PHL_PROSECUTORS = actor("Philippine prosecutors", "PHL", "JUD")
REMULLA = actor("Jesus Crispin Remulla", "PHL", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
TLS_COURT = actor("Court of Appeal of Timor-Leste", "TLS", "JUD")
TOPACIO = actor("Ferdinand Topacio", "PHL", "CVL")
TLS_POLICE = actor("National Police of Timor-Leste", "TLS", "COP")
PHL_HOUSE = actor("House of Representatives of the Philippines", "PHL", "LEG")
JANICE_DEGAMO = actor("Janice Degamo", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")

T1 = ("Manila (dpa) - Der wegen Mordes gesuchte frühere philippinische Abgeordnete Arnolfo Teves ist nach mehr als "
      "zwei Jahren auf der Flucht aus Osttimor abgeschoben worden.")
T2 = "Die Behörden in Dili setzten den Ex-Politiker am Mittwoch in ein Flugzeug nach Manila."
T3 = ("Beamte des Nationalen Ermittlungsbüros NBI nahmen ihn unmittelbar nach der Landung auf dem Flughafen der "
      "Hauptstadt fest.")
T4 = ("Teves soll im März 2023 den Mord an dem Gouverneur der Provinz Negros Oriental, Roel Degamo, in Auftrag "
      "gegeben haben.")
T5 = ("Bewaffnete in Militäruniformen hatten Degamo und neun weitere Menschen vor seinem Haus in der Stadt Pamplona "
      "erschossen.")
T6 = "Die Staatsanwaltschaft hat Teves wegen zehnfachen Mordes angeklagt, er bestreitet die Vorwürfe."
T7 = "Justizminister Jesus Crispin Remulla dankte der Regierung in Dili für die „hervorragende Zusammenarbeit“."
T8 = "„Niemand steht über dem Gesetz, und niemand kann sich auf Dauer im Ausland verstecken“, sagte er."
T9 = ("Ein förmliches Auslieferungsverfahren habe Manila diesmal nicht eingeleitet, sagte ein Sprecher des "
      "Ministeriums.")
T10 = ("Das Berufungsgericht in Dili hatte im vergangenen Jahr einen Auslieferungsantrag der Philippinen abgelehnt, "
       "weil es zwischen beiden Ländern kein Auslieferungsabkommen gibt.")
T11 = ("Teves' Anwalt Ferdinand Topacio warf beiden Regierungen eine „verschleierte Auslieferung“ vor, die das Urteil "
       "des Berufungsgerichts missachte.")
T12 = "Die Polizei in Osttimor hatte Teves im März 2024 auf einem Golfplatz in Dili festgenommen."
T13 = "Osttimors Regierung lehnte später seinen Asylantrag ab."
T14 = ("Das Repräsentantenhaus in Manila hatte Teves bereits im August 2023 ausgeschlossen, weil er monatelang "
       "unentschuldigt den Sitzungen ferngeblieben war.")
T15 = ("Degamos Witwe Janice Degamo, Bürgermeisterin von Pamplona, dankte Präsident Ferdinand Marcos Jr. für seinen "
       "Einsatz.")
T16 = "„Endlich wird er sich vor Gericht verantworten müssen“, sagte sie."

DE03 = {
    "id": "hm313-de-03", "lang": "de", "url": None, "published": "2025-05-28",
    "title": "Osttimor schiebt philippinischen Ex-Abgeordneten Teves ab",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16]),
    "events": [
        event("COERCE", TLS_GOV, TEVES, T1, mode="deport"),
        event("COERCE", TLS_GOV, TEVES, T2, mode="deport", date="2025-05-28", location="Dili",
              location_country="TLS"),
        event("COERCE", NBI, TEVES, T3, mode="arrest", location="Manila", location_country="PHL"),
        event("ASSAULT", DEGAMO_GUNMEN, ROEL_DEGAMO, T5, mode="firearms", location="Pamplona",
              location_country="PHL"),
        event("ACCUSE", PHL_PROSECUTORS, TEVES, T6, mode="allege"),
        event("SUPPORT", REMULLA, TLS_GOV, T7),
        event("REQUEST", PHL_GOV, TLS_GOV, T9, mode="assist", negated=True),
        event("REJECT", TLS_COURT, PHL_GOV, T10, mode="assist", location="Dili", location_country="TLS"),
        event("ACCUSE", TOPACIO, TLS_GOV, T11, mode="allege"),
        event("ACCUSE", TOPACIO, PHL_GOV, T11, mode="allege"),
        event("COERCE", TLS_POLICE, TEVES, T12, mode="arrest", location="Dili", location_country="TLS"),
        event("REJECT", TLS_GOV, TEVES, T13, mode="assist"),
        event("SANCTION", PHL_HOUSE, TEVES, T14, mode="expel"),
        event("SUPPORT", JANICE_DEGAMO, MARCOS, T15),
    ],
    "quotes": [
        quote("hervorragende Zusammenarbeit", "Jesus Crispin Remulla", "direct"),
        quote("Niemand steht über dem Gesetz, und niemand kann sich auf Dauer im Ausland verstecken",
              "Jesus Crispin Remulla", "direct"),
        quote("Ein förmliches Auslieferungsverfahren habe Manila diesmal nicht eingeleitet",
              "spokesperson of the Department of Justice of the Philippines", "indirect"),
        quote("verschleierte Auslieferung", "Ferdinand Topacio", "direct"),
        quote("die das Urteil des Berufungsgerichts missachte", "Ferdinand Topacio", "indirect"),
        quote("Endlich wird er sich vor Gericht verantworten müssen", "Janice Degamo", "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Arnolfo Teves Jr.", "PER", "PHL", ["Der wegen Mordes gesuchte frühere philippinische Abgeordnete "
                                                   "Arnolfo Teves", "den Ex-Politiker", "Teves"]),
        entity("Timor-Leste", "LOC", "TLS", ["Osttimor"]),
        entity("Dili", "LOC", "TLS", ["Dili"]),
        entity("Government of Timor-Leste", "ORG", "TLS", ["Die Behörden in Dili", "der Regierung in Dili",
                                                           "Osttimors Regierung"]),
        entity("National Bureau of Investigation", "ORG", "PHL", ["Beamte des Nationalen Ermittlungsbüros NBI"]),
        entity("Ninoy Aquino International Airport", "LOC", "PHL", ["dem Flughafen der Hauptstadt"]),
        entity("Roel Degamo", "PER", "PHL", ["dem Gouverneur der Provinz Negros Oriental, Roel Degamo", "Degamo",
                                             "Degamos"]),
        entity("Negros Oriental", "LOC", "PHL", ["Provinz Negros Oriental"]),
        entity("gunmen who killed Roel Degamo", "ORG", "PHL", ["Bewaffnete in Militäruniformen"]),
        entity("Pamplona", "LOC", "PHL", ["der Stadt Pamplona", "Pamplona"]),
        entity("Philippine prosecutors", "ORG", "PHL", ["Die Staatsanwaltschaft"]),
        entity("Jesus Crispin Remulla", "PER", "PHL", ["Justizminister Jesus Crispin Remulla"]),
        entity("Department of Justice of the Philippines", "ORG", "PHL", ["des Ministeriums"]),
        entity("spokesperson of the Department of Justice of the Philippines", "PER", "PHL",
               ["ein Sprecher des Ministeriums"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der Philippinen"]),
        entity("Court of Appeal of Timor-Leste", "ORG", "TLS", ["Das Berufungsgericht in Dili",
                                                                "des Berufungsgerichts"]),
        entity("Ferdinand Topacio", "PER", "PHL", ["Teves' Anwalt Ferdinand Topacio"]),
        entity("National Police of Timor-Leste", "ORG", "TLS", ["Die Polizei in Osttimor"]),
        entity("golf course in Dili", "LOC", "TLS", ["einem Golfplatz in Dili"]),
        entity("House of Representatives of the Philippines", "ORG", "PHL", ["Das Repräsentantenhaus in Manila"]),
        entity("Janice Degamo", "PER", "PHL", ["Degamos Witwe Janice Degamo", "Bürgermeisterin von Pamplona"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
    ],
}

# ---------------------------------------------------------------- hm313-de-04 (Thailand, Arnon Nampa sentenced)
ARNON = actor("Arnon Nampa", "THA", "CVL")
BKK_COURT = actor("Bangkok Criminal Court", "THA", "JUD")
ARNON_LAWYERS = actor("lawyers of Arnon Nampa", "THA", "CVL")
THA_APPEAL_COURT = actor("Court of Appeal of Thailand", "THA", "JUD")
ARNON_SUPPORTERS = actor("supporters of Arnon Nampa", "THA", "CVL")
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
TLHR = actor("Thai Lawyers for Human Rights", "THA", "NGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
OHCHR_SPOKES = actor("spokesperson of the Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
MFP = actor("Move Forward Party", "THA", "OPP")

A1 = ("Bangkok (AFP) - Ein thailändisches Gericht hat den prominenten Menschenrechtsanwalt Arnon Nampa wegen "
      "Majestätsbeleidigung zu vier Jahren Haft verurteilt.")
A2 = ("Das Strafgericht in Bangkok sah es am Dienstag als erwiesen an, dass der 39-Jährige bei einer Kundgebung im "
      "Oktober 2020 die Monarchie verunglimpft habe.")
A3 = ("Seine Anwälte beantragten eine Freilassung gegen Kaution, das Berufungsgericht lehnte dies jedoch am Abend "
      "ab.")
A4 = "„Ich bereue nichts, ich habe nur die Wahrheit gesagt“, rief Arnon seinen Unterstützern im Gerichtssaal zu."
A5 = "Der Anwalt hatte vor seiner eigenen Anklage Dutzende Aktivisten in ähnlichen Verfahren verteidigt."
A6 = ("Vor dem Gericht hatten sich rund hundert Anhänger versammelt, die zum Gruß der Demokratiebewegung drei Finger "
      "in die Höhe reckten.")
A7 = "Die Polizei riegelte den Eingang ab, nahm aber niemanden fest."
A8 = ("Die Gruppe Thai Lawyers for Human Rights, für die Arnon lange gearbeitet hat, nannte das Urteil einen "
      "„Schlag gegen die Meinungsfreiheit“.")
A9 = ("Seit Beginn der Proteste im Jahr 2020 seien mehr als 250 Menschen nach dem Paragrafen 112 angeklagt worden, "
      "erklärte die Gruppe.")
A10 = ("Das UN-Menschenrechtsbüro in Genf zeigte sich „zutiefst besorgt“ und forderte Thailand auf, das Gesetz zu "
       "überarbeiten.")
A11 = "Arnon müsse umgehend freigelassen werden, sagte eine Sprecherin."
A12 = ("Die Regierung von Ministerpräsident Srettha Thavisin, der erst seit einem Monat im Amt ist, lehnt eine Reform "
       "des Paragrafen ab, wie sie die oppositionelle Move-Forward-Partei verlangt.")
A13 = "Arnon drohen in mehr als einem Dutzend weiterer Verfahren zusätzliche Haftstrafen."
A14 = ("Das Gesetz sieht für die Beleidigung des Königs, der Königin, des Thronfolgers oder des Regenten bis zu 15 "
       "Jahre Haft pro Fall vor.")

DE04 = {
    "id": "hm313-de-04", "lang": "de", "url": None, "published": "2023-09-26",
    "title": "Thailand: Vier Jahre Haft für Aktivisten Arnon wegen Majestätsbeleidigung",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("SANCTION", BKK_COURT, ARNON, A1, mode="convict"),
        event("COERCE", BKK_COURT, ARNON, A1, mode="arrest"),
        event("SANCTION", BKK_COURT, ARNON, A2, mode="convict", date="2023-09-26", location="Bangkok",
              location_country="THA"),
        event("REQUEST", ARNON_LAWYERS, THA_APPEAL_COURT, A3, mode="yield"),
        event("REJECT", THA_APPEAL_COURT, ARNON_LAWYERS, A3, mode="yield"),
        event("PROTEST", ARNON_SUPPORTERS, BKK_COURT, A6, mode="demo", location="Bangkok", location_country="THA"),
        event("COERCE", THA_POLICE, None, A7, mode="restrict", location="Bangkok", location_country="THA"),
        event("COERCE", THA_POLICE, ARNON_SUPPORTERS, A7, mode="arrest", negated=True),
        event("ACCUSE", TLHR, BKK_COURT, A8, mode="disapprove"),
        event("ACCUSE", OHCHR, THA_GOV, A10, mode="disapprove"),
        event("REQUEST", OHCHR, THA_GOV, A10, mode="change"),
        event("REQUEST", OHCHR_SPOKES, THA_GOV, A11, mode="yield"),
        event("REJECT", THA_GOV, MFP, A12, mode="change"),
        event("REQUEST", MFP, THA_GOV, A12, mode="change"),
    ],
    "quotes": [
        quote("Ich bereue nichts, ich habe nur die Wahrheit gesagt", "Arnon Nampa", "direct"),
        quote("Schlag gegen die Meinungsfreiheit", "Thai Lawyers for Human Rights", "direct"),
        quote("Seit Beginn der Proteste im Jahr 2020 seien mehr als 250 Menschen nach dem Paragrafen 112 angeklagt "
              "worden", "Thai Lawyers for Human Rights", "indirect"),
        quote("zutiefst besorgt", "Office of the UN High Commissioner for Human Rights", "direct"),
        quote("Arnon müsse umgehend freigelassen werden",
              "spokesperson of the Office of the UN High Commissioner for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Bangkok Criminal Court", "ORG", "THA", ["Ein thailändisches Gericht", "Das Strafgericht in Bangkok",
                                                        "dem Gericht"]),
        entity("Arnon Nampa", "PER", "THA", ["den prominenten Menschenrechtsanwalt Arnon Nampa", "der 39-Jährige",
                                             "Arnon", "Der Anwalt"]),
        entity("Monarchy of Thailand", "ORG", "THA", ["die Monarchie"]),
        entity("lawyers of Arnon Nampa", "ORG", "THA", ["Seine Anwälte"]),
        entity("Court of Appeal of Thailand", "ORG", "THA", ["das Berufungsgericht"]),
        entity("supporters of Arnon Nampa", "ORG", "THA", ["seinen Unterstützern", "rund hundert Anhänger"]),
        entity("Royal Thai Police", "ORG", "THA", ["Die Polizei"]),
        entity("Thai Lawyers for Human Rights", "ORG", "THA", ["Die Gruppe Thai Lawyers for Human Rights",
                                                               "die Gruppe"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in "
                                                                                    "Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("spokesperson of the Office of the UN High Commissioner for Human Rights", "PER", "UNO",
               ["eine Sprecherin"]),
        entity("Government of Thailand", "ORG", "THA", ["Die Regierung von Ministerpräsident Srettha Thavisin"]),
        entity("Srettha Thavisin", "PER", "THA", ["Ministerpräsident Srettha Thavisin"]),
        entity("Move Forward Party", "ORG", "THA", ["die oppositionelle Move-Forward-Partei"]),
    ],
}

# ---------------------------------------------------------------- hm313-en-01 (India, electoral bonds struck down)
SC_IND = actor("Supreme Court of India", "IND", "JUD")
IND_GOV = actor("Government of India", "IND", "GOV")
SBI = actor("State Bank of India", "IND", "BUS")
ECI = actor("Election Commission of India", "IND", "GOV")
IND_PARTIES = actor("Indian political parties", "IND", "PTY")
KHARGE = actor("Mallikarjun Kharge", "IND", "OPP")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")
ADR = actor("Association for Democratic Reforms", "IND", "NGO")
YECHURY = actor("Sitaram Yechury", "IND", "OPP")
PRASAD = actor("Ravi Shankar Prasad", "IND", "PTY")
CONGRESS = actor("Indian National Congress", "IND", "OPP")

B1 = ("NEW DELHI, Feb 15 (Reuters) - India's Supreme Court on Thursday struck down a government scheme that allowed "
      "individuals and companies to make unlimited and anonymous donations to political parties, weeks before a "
      "general election in which Prime Minister Narendra Modi is seeking a third term.")
B2 = ("A five-judge bench headed by Chief Justice D.Y. Chandrachud ruled unanimously that the electoral bonds "
      "scheme, introduced by Modi's government in 2018, was unconstitutional because it violated voters' right to "
      "information.")
B3 = ("The court ordered the state-run State Bank of India, the only lender authorised to sell the bonds, to stop "
      "issuing them immediately and to hand details of all purchases since April 2019 to the Election Commission "
      "by March 6.")
B4 = ("The commission must publish the names of donors and recipients on its website by March 13, the judges "
      "said.")
B5 = ('"Political parties are relevant units in the electoral process, and information about their funding is '
      'essential for voters to make an effective choice," Chandrachud said as he read out the verdict.')
B6 = "The court did not, however, order parties to return money they had already received through the bonds."
B7 = ("Modi's Bharatiya Janata Party has been by far the biggest beneficiary of the scheme, receiving more than half "
      "of the roughly 165 billion rupees ($2 billion) worth of bonds sold, according to the Association for "
      "Democratic Reforms, a civil society group.")
B8 = ('Congress party president Mallikarjun Kharge welcomed the ruling and said it would "strengthen the power of '
      'votes over notes" in Indian democracy.')
B9 = ('Rahul Gandhi, the opposition party\'s most prominent leader, accused Modi of turning the bonds into "a '
      'medium for taking bribes and commissions."')
B10 = ("The Association for Democratic Reforms, which challenged the scheme in court in 2017, called the verdict a "
       "victory for Indian democracy.")
B11 = ("Sitaram Yechury, general secretary of the Communist Party of India (Marxist), which was also a petitioner, "
       "demanded that the government apologise to voters.")
B12 = ('BJP spokesman and former law minister Ravi Shankar Prasad said the party respected the verdict but that the '
       'scheme had been meant to curb "black money" in politics, and accused Congress of hypocrisy.')
B13 = ("Law Minister Arjun Ram Meghwal said the government would study the judgment before deciding on any next "
       "steps.")
B14 = "The Election Commission said it would comply with the court's order."
B15 = "The State Bank of India did not respond to a request for comment."
B16 = "The general election is expected to be held in April and May."

EN01 = {
    "id": "hm313-en-01", "lang": "en", "url": None, "published": "2024-02-15",
    "title": "India's top court scraps electoral bonds, weeks before general election",
    "text": paragraphs([B1, B2], [B3, B4, B5, B6], [B7, B8, B9, B10, B11], [B12, B13, B14, B15, B16]),
    "events": [
        event("SANCTION", SC_IND, IND_GOV, B1, mode="convict", date="2024-02-15"),
        event("SANCTION", SC_IND, IND_GOV, B2, mode="convict"),
        event("REQUEST", SC_IND, SBI, B3),
        event("REQUEST", SC_IND, ECI, B4),
        event("REQUEST", SC_IND, IND_PARTIES, B6, negated=True),
        event("SUPPORT", KHARGE, SC_IND, B8),
        event("ACCUSE", RAHUL, MODI, B9, mode="allege"),
        event("SUPPORT", ADR, SC_IND, B10),
        event("ACCUSE", ADR, IND_GOV, B10, mode="allege"),
        event("REQUEST", YECHURY, IND_GOV, B11),
        event("ACCUSE", PRASAD, CONGRESS, B12, mode="disapprove"),
        event("AGREE", ECI, SC_IND, B14),
    ],
    "quotes": [
        quote("The commission must publish the names of donors and recipients on its website by March 13",
              "Supreme Court of India", "indirect"),
        quote("Political parties are relevant units in the electoral process, and information about their funding is "
              "essential for voters to make an effective choice", "D.Y. Chandrachud", "direct"),
        quote("Modi's Bharatiya Janata Party has been by far the biggest beneficiary of the scheme, receiving more "
              "than half of the roughly 165 billion rupees ($2 billion) worth of bonds sold",
              "Association for Democratic Reforms", "indirect"),
        quote("strengthen the power of votes over notes", "Mallikarjun Kharge", "direct"),
        quote('it would "strengthen the power of votes over notes" in Indian democracy', "Mallikarjun Kharge",
              "indirect"),
        quote("a medium for taking bribes and commissions", "Rahul Gandhi", "direct"),
        quote("the government apologise to voters", "Sitaram Yechury", "indirect"),
        quote("the party respected the verdict", "Ravi Shankar Prasad", "indirect"),
        quote('the scheme had been meant to curb "black money" in politics', "Ravi Shankar Prasad", "indirect"),
        quote("black money", "Ravi Shankar Prasad", "direct"),
        quote("the government would study the judgment before deciding on any next steps", "Arjun Ram Meghwal",
              "indirect"),
        quote("it would comply with the court's order", "Election Commission of India", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["NEW DELHI"]),
        entity("Supreme Court of India", "ORG", "IND", ["India's Supreme Court", "A five-judge bench",
                                                        "The court", "the judges", "the court"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Narendra Modi", "PER", "IND", ["Prime Minister Narendra Modi", "Modi"]),
        entity("D.Y. Chandrachud", "PER", "IND", ["Chief Justice D.Y. Chandrachud", "Chandrachud"]),
        entity("Government of India", "ORG", "IND", ["Modi's government", "the government"]),
        entity("State Bank of India", "ORG", "IND", ["the state-run State Bank of India", "The State Bank of India"]),
        entity("Indian political parties", "ORG", "IND", ["political parties", "parties"]),
        entity("Election Commission of India", "ORG", "IND", ["the Election Commission", "The commission",
                                                              "The Election Commission"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Modi's Bharatiya Janata Party", "BJP", "the party"]),
        entity("Association for Democratic Reforms", "ORG", "IND", ["the Association for Democratic Reforms, a civil "
                                                                    "society group",
                                                                    "The Association for Democratic Reforms"]),
        entity("Indian National Congress", "ORG", "IND", ["Congress party", "the opposition party", "Congress"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Congress party president Mallikarjun Kharge"]),
        entity("Rahul Gandhi", "PER", "IND", ["Rahul Gandhi"]),
        entity("Sitaram Yechury", "PER", "IND", ["Sitaram Yechury, general secretary of the Communist Party of India "
                                                 "(Marxist)"]),
        entity("Communist Party of India (Marxist)", "ORG", "IND", ["the Communist Party of India (Marxist)"]),
        entity("Ravi Shankar Prasad", "PER", "IND", ["BJP spokesman and former law minister Ravi Shankar Prasad"]),
        entity("Arjun Ram Meghwal", "PER", "IND", ["Law Minister Arjun Ram Meghwal"]),
    ],
}

# ---------------------------------------------------------------- hm313-en-02 (Korea, Travis King crosses into the North)
UNC = actor("United Nations Command", "UNO", "MIL")
KPA = actor("Korean People's Army", "PRK", "MIL")
KING = actor("Travis King", "USA", "MIL")
KOR_AUTH = actor("South Korean authorities", "KOR", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
US_NAVY = actor("U.S. Navy", "USA", "MIL")
CAMPBELL = actor("Kurt Campbell", "USA", "GOV")
KIM_TAEHYO = actor("Kim Tae-hyo", "KOR", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
KIM_YO_JONG = actor("Kim Yo Jong", "PRK", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")

K1 = ("SEOUL, July 18 (Reuters) - A U.S. soldier who was due to be sent home to face disciplinary action crossed "
      "into North Korea without authorisation on Tuesday during a civilian tour of the Joint Security Area on the "
      "heavily fortified border, the U.S.-led United Nations Command said.")
K2 = ("U.S. officials identified the soldier as Private 2nd Class Travis King, a cavalry scout who had been "
      "stationed in South Korea.")
K3 = ('"We believe he is currently in DPRK custody and are working with our KPA counterparts to resolve this '
      'incident," the command said in a statement.')
K4 = ("King, 23, had spent nearly two months in a South Korean detention facility on assault charges before being "
      "released on July 10, according to U.S. officials.")
K5 = ("He was escorted as far as customs at Incheon International Airport on Monday for a flight to Fort Bliss, "
      "Texas, but left the airport and later joined the tour to the border village of Panmunjom.")
K6 = "Witnesses on the tour said he laughed loudly before running between two buildings across the demarcation line."
K7 = ('U.S. Defense Secretary Lloyd Austin told reporters at the Pentagon that he was "deeply concerned" and that '
      'Washington was working to bring the soldier home.')
K8 = ("A State Department spokesperson said Washington had asked Sweden, which represents U.S. interests in North "
      "Korea, to help establish contact with Pyongyang.")
K9 = "North Korean state media did not mention the incident."
K10 = ("The crossing came hours after the USS Kentucky, a U.S. nuclear-armed ballistic missile submarine, docked in "
       "the South Korean port of Busan, the first such visit since the early 1980s.")
K11 = ("In Seoul, White House Indo-Pacific coordinator Kurt Campbell and South Korean Deputy National Security "
       "Adviser Kim Tae-hyo held the first meeting of the Nuclear Consultative Group, set up in April to give Seoul "
       "a greater say in U.S. nuclear planning.")
K12 = ('Any nuclear attack by North Korea would be met with "a swift, overwhelming and decisive response" that would '
       'end its regime, Campbell told reporters after the meeting.')
K13 = ("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned last week that U.S. spy planes "
       "flying over the country's exclusive economic zone could be shot down.")
K14 = ("South Korean President Yoon Suk Yeol ordered his government to work closely with Washington to secure the "
       "soldier's safe return, his office said.")
K15 = ("The Joint Security Area, where soldiers from the two Koreas stand face to face, is overseen by the United "
       "Nations Command and North Korea's army.")
K16 = "Tours of the area had resumed only last year after a pause during the COVID-19 pandemic."

EN02 = {
    "id": "hm313-en-02", "lang": "en", "url": None, "published": "2023-07-18",
    "title": "U.S. soldier crosses into North Korea during border tour",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("CONSULT", UNC, KPA, K3),
        event("COERCE", KOR_AUTH, KING, K4, mode="arrest"),
        event("RETREAT", KOR_AUTH, KING, K4, mode="release"),
        event("REQUEST", US_STATE, SWEDEN, K8, mode="assist"),
        event("MOBILIZE", US_NAVY, None, K10, mode="weapons", location="Busan", location_country="KOR"),
        event("CONSULT", CAMPBELL, KIM_TAEHYO, K11, location="Seoul", location_country="KOR"),
        event("THREATEN", CAMPBELL, PRK, K12, mode="violence"),
        event("THREATEN", KIM_YO_JONG, USA_GOV, K13, mode="violence"),
        event("REQUEST", YOON, KOR_GOV, K14),
    ],
    "quotes": [
        quote("A U.S. soldier who was due to be sent home to face disciplinary action crossed into North Korea without "
              "authorisation on Tuesday during a civilian tour of the Joint Security Area on the heavily fortified "
              "border", "United Nations Command", "indirect"),
        quote("We believe he is currently in DPRK custody and are working with our KPA counterparts to resolve this "
              "incident", "United Nations Command", "direct"),
        quote("King, 23, had spent nearly two months in a South Korean detention facility on assault charges before "
              "being released on July 10", "U.S. officials", "indirect"),
        quote("he laughed loudly before running between two buildings across the demarcation line",
              "witnesses on the tour", "indirect"),
        quote("deeply concerned", "Lloyd Austin", "direct"),
        quote('he was "deeply concerned" and that Washington was working to bring the soldier home', "Lloyd Austin",
              "indirect"),
        quote("Washington had asked Sweden, which represents U.S. interests in North Korea, to help establish contact "
              "with Pyongyang", "spokesperson of the U.S. Department of State", "indirect"),
        quote("a swift, overwhelming and decisive response", "Kurt Campbell", "direct"),
        quote('Any nuclear attack by North Korea would be met with "a swift, overwhelming and decisive response" that '
              'would end its regime', "Kurt Campbell", "indirect"),
        quote("U.S. spy planes flying over the country's exclusive economic zone could be shot down", "Kim Yo Jong",
              "indirect"),
        quote("South Korean President Yoon Suk Yeol ordered his government to work closely with Washington to secure "
              "the soldier's safe return", "Office of the President of South Korea", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL", "Seoul"]),
        entity("Travis King", "PER", "USA", ["A U.S. soldier who was due to be sent home to face disciplinary action",
                                             "the soldier", "Private 2nd Class Travis King", "King"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "the country"]),
        entity("Joint Security Area", "LOC", None, ["the Joint Security Area", "The Joint Security Area",
                                                    "the area"]),
        entity("United Nations Command", "ORG", "UNO", ["the U.S.-led United Nations Command", "the command",
                                                        "the United Nations Command"]),
        entity("U.S. officials", "ORG", "USA", ["U.S. officials"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("Korean People's Army", "ORG", "PRK", ["our KPA counterparts", "North Korea's army"]),
        entity("Incheon International Airport", "LOC", "KOR", ["Incheon International Airport", "the airport"]),
        entity("Fort Bliss", "LOC", "USA", ["Fort Bliss, Texas"]),
        entity("Panmunjom", "LOC", None, ["the border village of Panmunjom"]),
        entity("witnesses on the tour", "ORG", None, ["Witnesses on the tour"]),
        entity("Lloyd Austin", "PER", "USA", ["U.S. Defense Secretary Lloyd Austin"]),
        entity("Pentagon", "LOC", "USA", ["the Pentagon"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("spokesperson of the U.S. Department of State", "PER", "USA", ["A State Department spokesperson"]),
        entity("U.S. Department of State", "ORG", "USA", ["State Department"]),
        entity("Sweden", "LOC", "SWE", ["Sweden"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pyongyang"]),
        entity("North Korean state media", "ORG", "PRK", ["North Korean state media"]),
        entity("USS Kentucky", "LOC", "USA", ["the USS Kentucky", "a U.S. nuclear-armed ballistic missile "
                                                                 "submarine"]),
        entity("Busan", "LOC", "KOR", ["the South Korean port of Busan"]),
        entity("Kurt Campbell", "PER", "USA", ["White House Indo-Pacific coordinator Kurt Campbell", "Campbell"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Kim Tae-hyo", "PER", "KOR", ["South Korean Deputy National Security Adviser Kim Tae-hyo"]),
        entity("Nuclear Consultative Group", "ORG", None, ["the Nuclear Consultative Group"]),
        entity("Government of South Korea", "ORG", "KOR", ["his government"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["North Korean leader Kim Jong Un"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["his office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
