"""Round 260: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm260-de-01: Vanuatu: Albanese visits Port Vila but the Nakamal security and development agreement is not signed; Napat asks for time, pledges to keep talking, quake-reconstruction money, opposition criticism, the Chinese embassy backs Vanuatu and warns Canberra (2025-09-17).
- hm260-de-02: Afghanistan: the Taliban bar women from nursing and midwifery training; UNAMA and Bennett object, Rashid Khan appeals, women protest indoors in Kabul (2024-12-04).
- hm260-de-03: Philippines: Marcos offers to send the U.S. Typhon missile system back if China stops harassing Filipinos; Beijing demands its removal, Teodoro refuses, coast guard and a Chinese ship off Zambales, Washington's backing (2025-01-31).
- hm260-de-04: South Korea: former defence minister Kim Yong-hyun formally arrested over martial law; the national and Seoul police chiefs detained, travel ban on Yoon, police raid the presidential office and are blocked, the Democratic Party's demand and Lee Jae-myung's accusation, protests at parliament, the 3 December martial law (2024-12-11).
- hm260-en-01: UN: the General Assembly backs Palestine's bid for full membership; Erdan shreds the Charter, Wood criticises, the earlier U.S. veto, Mansour, Abbas, Hamas and China react (2024-05-10).
- hm260-en-02: Pakistan: army chief Asim Munir promoted to field marshal after the conflict with India; Sharif congratulates him, India's strikes and the ceasefire, Trump's mediation offer, Imran Khan mocks the decision, Tarar rebuts (2025-05-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm260-de-01 (Vanuatu, Nakamal agreement not signed)
AUSTRALIA = actor("Australia", "AUS", "GOV")
VANUATU = actor("Vanuatu", "VUT", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
NAPAT = actor("Jotham Napat", "VUT", "GOV")
VUT_OPP = actor("Opposition of Vanuatu", "VUT", "OPP")
CHN_EMBASSY_VUT = actor("Embassy of China in Port Vila", "CHN", "GOV")

V1 = ("Port Vila (dpa) - Australien und Vanuatu haben ein geplantes Sicherheits- und Entwicklungsabkommen entgegen "
      "den Erwartungen nicht unterzeichnet.")
V2 = ("Premierminister Anthony Albanese traf am Mittwoch in Port Vila zu Gesprächen mit Vanuatus Regierungschef "
      "Jotham Napat ein.")
V3 = "Napat bat seinen Gast nach dem Treffen um mehr Zeit."
V4 = "Sein Kabinett müsse einzelne Klauseln des sogenannten Nakamal-Abkommens noch prüfen, sagte er."
V5 = "„Wir sind ein souveräner Staat und entscheiden in unserem eigenen Tempo“, fügte Napat hinzu."
V6 = ("Das Abkommen sieht australische Hilfen von rund 500 Millionen australischen Dollar über zehn Jahre für "
      "Polizei, Klimaschutz und den Staatshaushalt vor.")
V7 = ("Im Gegenzug soll Canberra bei Infrastrukturprojekten anderer Staaten mitreden dürfen, ein Streitpunkt mit "
      "Blick auf China, einen der größten Geldgeber des Inselstaats.")
V8 = ("Albanese sagte, Australien bleibe ein verlässlicher Partner, und versprach, die Verhandlungen "
      "fortzusetzen.")
V9 = "Beide Regierungen vereinbarten, dass ihre Beamten die offenen Fragen bis Jahresende klären sollen."
V10 = ("Zudem überwies Australien dem Land weitere 20 Millionen Dollar für den Wiederaufbau nach dem Erdbeben "
       "vom Dezember.")
V11 = "Die Opposition warf Napat vor, das Verhältnis zum wichtigsten Partner des Landes zu beschädigen."
V12 = ("Die chinesische Botschaft in Port Vila erklärte, Vanuatu habe das Recht, seine Partner frei zu wählen, und "
       "forderte Canberra auf, keine politischen Bedingungen zu stellen.")
V13 = "Albanese reiste am Abend weiter nach New York zur UN-Generalversammlung."

DE01 = {
    "id": "hm260-de-01", "lang": "de", "url": None, "published": "2025-09-17",
    "title": "Vanuatu verschiebt Unterzeichnung des Nakamal-Abkommens mit Australien",
    "text": paragraphs([V1, V2], [V3, V4, V5], [V6, V7], [V8, V9, V10], [V11, V12, V13]),
    "events": [
        event("SUPPORT", AUSTRALIA, VANUATU, V1, negated=True),
        event("CONSULT", ALBANESE, NAPAT, V2, mode="visit", date="2025-09-17", location="Port Vila",
              location_country="VUT"),
        event("REQUEST", NAPAT, ALBANESE, V3),
        event("AGREE", ALBANESE, VANUATU, V8),
        event("AGREE", AUSTRALIA, VANUATU, V9),
        event("AID", AUSTRALIA, VANUATU, V10),
        event("ACCUSE", VUT_OPP, NAPAT, V11, mode="disapprove"),
        event("SUPPORT", CHN_EMBASSY_VUT, VANUATU, V12),
        event("REQUEST", CHN_EMBASSY_VUT, AUSTRALIA, V12, mode="change"),
    ],
    "quotes": [
        quote("Sein Kabinett müsse einzelne Klauseln des sogenannten Nakamal-Abkommens noch prüfen", "Jotham Napat",
              "indirect"),
        quote("Wir sind ein souveräner Staat und entscheiden in unserem eigenen Tempo", "Jotham Napat", "direct"),
        quote("Australien bleibe ein verlässlicher Partner", "Anthony Albanese", "indirect"),
        quote("Vanuatu habe das Recht, seine Partner frei zu wählen", "Embassy of China in Port Vila", "indirect"),
    ],
    "entities": [
        entity("Port Vila", "LOC", "VUT", ["Port Vila"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("Vanuatu", "LOC", "VUT", ["Vanuatu", "Vanuatus", "des Inselstaats", "dem Land", "des Landes"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese", "seinen Gast"]),
        entity("Jotham Napat", "PER", "VUT", ["Vanuatus Regierungschef Jotham Napat", "Napat"]),
        entity("Council of Ministers of Vanuatu", "ORG", "VUT", ["Sein Kabinett"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Opposition of Vanuatu", "ORG", "VUT", ["Die Opposition"]),
        entity("Embassy of China in Port Vila", "ORG", "CHN", ["Die chinesische Botschaft in Port Vila"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["UN-Generalversammlung"]),
    ],
}

# ---------------------------------------------------------------- hm260-de-02 (Afghanistan, women barred from medical training)
TALIBAN = actor("Taliban", "AFG", "GOV")
AFG_WOMEN = actor("Afghan women", "AFG", "CVL")
AFG_MOPH = actor("Ministry of Public Health of Afghanistan", "AFG", "GOV")
AFG_FEMALE_STUDENTS = actor("female students of medical institutes in Afghanistan", "AFG", "CVL")
UNAMA = actor("United Nations Assistance Mission in Afghanistan", "UNO", "IGO")
RASHID_KHAN = actor("Rashid Khan", "AFG", "CVL")
KABUL_WOMEN = actor("women protesters in Kabul", "AFG", "CVL")
BENNETT = actor("Richard Bennett", "UNO", "IGO")

A1 = ("Kabul (AFP) - Die Taliban in Afghanistan haben Frauen von der Ausbildung zu Hebammen und "
      "Krankenschwestern ausgeschlossen.")
A2 = ("Vertreter des Gesundheitsministeriums teilten den Leitern privater und staatlicher Institute in Kabul am "
      "Montag mit, dass Studentinnen bis auf Weiteres nicht mehr zum Unterricht zugelassen seien.")
A3 = ("Die Anordnung stamme direkt von Taliban-Chef Hibatullah Achundsada, sagte ein Institutsleiter der "
      "Nachrichtenagentur AFP.")
A4 = "Ein Sprecher der Taliban-Regierung äußerte sich zunächst nicht."
A5 = "Die Taliban hatten Frauen bereits im Dezember 2022 den Zugang zu Universitäten verwehrt."
A6 = ("Die UN-Mission in Afghanistan (Unama) forderte die Taliban auf, die Entscheidung umgehend rückgängig zu "
      "machen.")
A7 = ("Das Verbot werde die ohnehin katastrophale Versorgung von Müttern und Neugeborenen weiter verschlechtern, "
      "kritisierte die Mission.")
A8 = "Der UN-Sonderberichterstatter Richard Bennett sprach von einer „Gender-Apartheid“."
A9 = ("Der Cricket-Star Rashid Khan nannte die Entscheidung „zutiefst ungerecht“ und appellierte an die Führung in "
      "Kandahar, sie zu überdenken.")
A10 = ("Einige Dutzend Frauen protestierten am Dienstag in einem Privathaus in Kabul mit Plakaten gegen das "
       "Verbot.")
A11 = ("Nach UN-Angaben stirbt in Afghanistan alle zwei Stunden eine Frau an Komplikationen bei Schwangerschaft "
       "oder Geburt.")

DE02 = {
    "id": "hm260-de-02", "lang": "de", "url": None, "published": "2024-12-04",
    "title": "Taliban schließen Frauen von Hebammen-Ausbildung aus",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11]),
    "events": [
        event("COERCE", TALIBAN, AFG_WOMEN, A1, mode="ban"),
        event("COERCE", AFG_MOPH, AFG_FEMALE_STUDENTS, A2, mode="ban", date="2024-12-02", location="Kabul",
              location_country="AFG"),
        event("COERCE", TALIBAN, AFG_WOMEN, A5, mode="ban"),
        event("REQUEST", UNAMA, TALIBAN, A6, mode="yield"),
        event("ACCUSE", UNAMA, TALIBAN, A7, mode="disapprove"),
        event("ACCUSE", BENNETT, TALIBAN, A8, mode="disapprove"),
        event("ACCUSE", RASHID_KHAN, TALIBAN, A9, mode="disapprove"),
        event("REQUEST", RASHID_KHAN, TALIBAN, A9, mode="yield"),
        event("PROTEST", KABUL_WOMEN, TALIBAN, A10, mode="demo", date="2024-12-03", location="Kabul",
              location_country="AFG"),
    ],
    "quotes": [
        quote("Studentinnen bis auf Weiteres nicht mehr zum Unterricht zugelassen seien",
              "Ministry of Public Health of Afghanistan", "indirect"),
        quote("Die Anordnung stamme direkt von Taliban-Chef Hibatullah Achundsada",
              "head of a medical institute in Kabul", "indirect"),
        quote("Das Verbot werde die ohnehin katastrophale Versorgung von Müttern und Neugeborenen weiter "
              "verschlechtern", "United Nations Assistance Mission in Afghanistan", "indirect"),
        quote("Gender-Apartheid", "Richard Bennett", "direct"),
        quote("zutiefst ungerecht", "Rashid Khan", "direct"),
        quote("stirbt in Afghanistan alle zwei Stunden eine Frau an Komplikationen bei Schwangerschaft oder Geburt",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Taliban", "ORG", "AFG", ["Die Taliban", "die Taliban", "der Taliban-Regierung", "die Führung in "
                                         "Kandahar"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Ministry of Public Health of Afghanistan", "ORG", "AFG", ["Vertreter des Gesundheitsministeriums"]),
        entity("head of a medical institute in Kabul", "PER", "AFG", ["ein Institutsleiter"]),
        entity("Hibatullah Akhundzada", "PER", "AFG", ["Taliban-Chef Hibatullah Achundsada"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Taliban spokesperson", "PER", "AFG", ["Ein Sprecher der Taliban-Regierung"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO",
               ["Die UN-Mission in Afghanistan (Unama)", "die Mission"]),
        entity("Richard Bennett", "PER", "UNO", ["Der UN-Sonderberichterstatter Richard Bennett"]),
        entity("Rashid Khan", "PER", "AFG", ["Der Cricket-Star Rashid Khan"]),
        entity("Kandahar", "LOC", "AFG", ["Kandahar"]),
        entity("women protesters in Kabul", "PER", "AFG", ["Einige Dutzend Frauen"]),
        entity("United Nations", "ORG", "UNO", ["UN-Angaben"]),
    ],
}

# ---------------------------------------------------------------- hm260-de-03 (Philippines, Typhon missile offer)
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
CHINA = actor("China", "CHN", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
US_ARMY = actor("U.S. Army", "USA", "MIL")
GUO_JIAKUN = actor("Guo Jiakun", "CHN", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
PCG = actor("Philippine Coast Guard", "PHL", "COP")
CCG = actor("China Coast Guard", "CHN", "COP")
TARRIELA = actor("Jay Tarriela", "PHL", "COP")
USA = actor("United States", "USA", "GOV")

P1 = ("Manila (Reuters) - Der philippinische Präsident Ferdinand Marcos Jr. hat China angeboten, das "
      "amerikanische Raketensystem Typhon zurückzugeben, wenn Peking seine Schikanen im Südchinesischen Meer "
      "beendet.")
P2 = ("„Hört auf, unser Territorium zu beanspruchen, hört auf, unsere Fischer zu belästigen, und wir geben die "
      "Typhon zurück“, sagte Marcos am Donnerstag vor Journalisten.")
P3 = ("Das US-Heer hatte das Mittelstreckensystem im April vergangenen Jahres für ein gemeinsames Manöver mit der "
      "philippinischen Armee in den Norden der Insel Luzon gebracht.")
P4 = ("Peking fordert seitdem den Abzug und wirft der philippinischen Regierung vor, ein regionales Wettrüsten "
      "anzuheizen.")
P5 = "Die Stationierung bedrohe die Sicherheit der Nachbarstaaten, sagte Außenamtssprecher Guo Jiakun am Freitag."
P6 = "Er forderte die Philippinen auf, das System „so bald wie möglich“ abzuziehen."
P7 = ("Verteidigungsminister Gilberto Teodoro wies die Forderung zurück: Die Philippinen entschieden selbst über "
      "ihre Verteidigung.")
P8 = ("Die philippinische Küstenwache forderte unterdessen ein großes Schiff der chinesischen Küstenwache vor der "
      "Provinz Zambales erneut per Funk auf, die Gewässer zu verlassen.")
P9 = "Sprecher Jay Tarriela warf Peking vor, die Fischer in der Region einzuschüchtern."
P10 = "Das US-Außenministerium bekräftigte seine Unterstützung für die Philippinen."

DE03 = {
    "id": "hm260-de-03", "lang": "de", "url": None, "published": "2025-01-31",
    "title": "Marcos bietet China Rückgabe des Typhon-Systems an",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10]),
    "events": [
        event("CONCEDE", MARCOS, CHINA, P1),
        event("REQUEST", MARCOS, CHINA, P2, mode="change", date="2025-01-30"),
        event("MOBILIZE", US_ARMY, None, P3, mode="weapons", location="Luzon", location_country="PHL"),
        event("COOPERATE", US_ARMY, PHILIPPINES, P3, location="Luzon", location_country="PHL"),
        event("REQUEST", CHINA, PHILIPPINES, P4, mode="yield"),
        event("ACCUSE", CHINA, PHILIPPINES, P4, mode="allege"),
        event("ACCUSE", GUO_JIAKUN, PHILIPPINES, P5, mode="allege", date="2025-01-31"),
        event("REQUEST", GUO_JIAKUN, PHILIPPINES, P6, mode="yield"),
        event("REJECT", TEODORO, CHINA, P7, mode="yield"),
        event("REQUEST", PCG, CCG, P8, mode="yield", location="Zambales", location_country="PHL"),
        event("ACCUSE", TARRIELA, CHINA, P9, mode="allege"),
        event("SUPPORT", USA, PHILIPPINES, P10),
    ],
    "quotes": [
        quote("Hört auf, unser Territorium zu beanspruchen, hört auf, unsere Fischer zu belästigen, und wir geben die "
              "Typhon zurück", "Ferdinand Marcos Jr.", "direct"),
        quote("Die Stationierung bedrohe die Sicherheit der Nachbarstaaten", "Guo Jiakun", "indirect"),
        quote("so bald wie möglich", "Guo Jiakun", "direct"),
        quote("Die Philippinen entschieden selbst über ihre Verteidigung", "Gilberto Teodoro", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Der philippinische Präsident Ferdinand Marcos Jr.",
                                                      "Marcos"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Typhon", "LOC", "USA", ["das amerikanische Raketensystem Typhon", "die Typhon",
                                        "das Mittelstreckensystem", "das System"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("South China Sea", "LOC", None, ["Südchinesischen Meer"]),
        entity("U.S. Army", "ORG", "USA", ["Das US-Heer"]),
        entity("Philippine Army", "ORG", "PHL", ["der philippinischen Armee"]),
        entity("Luzon", "LOC", "PHL", ["der Insel Luzon"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der philippinischen Regierung"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Verteidigungsminister Gilberto Teodoro"]),
        entity("Philippines", "LOC", "PHL", ["Die Philippinen", "die Philippinen"]),
        entity("Philippine Coast Guard", "ORG", "PHL", ["Die philippinische Küstenwache"]),
        entity("China Coast Guard", "ORG", "CHN", ["der chinesischen Küstenwache"]),
        entity("Zambales", "LOC", "PHL", ["der Provinz Zambales", "der Region"]),
        entity("Jay Tarriela", "PER", "PHL", ["Sprecher Jay Tarriela"]),
        entity("U.S. Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm260-de-04 (South Korea, Kim Yong-hyun arrested)
KOR_PROSECUTORS = actor("Prosecutors' Special Investigation Headquarters on martial law", "KOR", "JUD")
KIM_YONG_HYUN = actor("Kim Yong-hyun", "KOR", "MIL")
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
KOR_POLICE = actor("Korean National Police Agency", "KOR", "COP")
KOR_PRES_OFFICE = actor("Presidential Office of South Korea", "KOR", "GOV")
PSS = actor("Presidential Security Service", "KOR", "GOV")
KOR_MOJ = actor("Ministry of Justice of South Korea", "KOR", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_INVESTIGATORS = actor("South Korean investigators", "KOR", "JUD")
DEMOCRATIC_PARTY = actor("Democratic Party of Korea", "KOR", "OPP")
LEE_JAE_MYUNG = actor("Lee Jae-myung", "KOR", "OPP")
SEOUL_PROTESTERS = actor("protesters in Seoul", "KOR", "CVL")
KOR_POLICE_INVESTIGATORS = actor("National Office of Investigation", "KOR", "COP")
CHO_JI_HO = actor("Cho Ji-ho", "KOR", "COP")
KIM_BONG_SIK = actor("Kim Bong-sik", "KOR", "COP")

S1 = ("Seoul (dpa) - Nach dem gescheiterten Kriegsrechtsversuch in Südkorea ist der frühere Verteidigungsminister "
      "Kim Yong Hyun formell festgenommen worden.")
S2 = ("Ein Gericht in Seoul erließ am Dienstag Haftbefehl gegen ihn wegen des Verdachts auf Aufruhr und "
      "Amtsmissbrauch.")
S3 = "Die Staatsanwaltschaft hatte Kim bereits am Sonntag in Gewahrsam genommen."
S3B = ("In der Nacht zum Mittwoch nahmen Ermittler der Polizei zudem den nationalen Polizeichef Cho Ji Ho und "
       "Seouls Polizeichef Kim Bong Sik fest.")
S4 = ("Nach Angaben des Justizministeriums versuchte der 65-Jährige in der Nacht zum Mittwoch, sich in seiner Zelle "
      "das Leben zu nehmen.")
S5 = "Kims Anwälte erklärten, er habe lediglich rechtmäßige Befehle des Präsidenten ausgeführt."
S6 = "Die Polizei durchsuchte am Mittwoch das Präsidialamt."
S7 = "Der Sicherheitsdienst des Präsidenten verweigerte den Ermittlern jedoch den Zutritt zu mehreren Gebäuden."
S8 = ("Das Justizministerium hatte am Montag eine Ausreisesperre gegen Präsident Yoon Suk Yeol verhängt, erstmals "
      "gegen ein amtierendes Staatsoberhaupt.")
S9 = "Festgenommen wurde Yoon bislang nicht."
S10 = ("Die oppositionelle Demokratische Partei forderte die Ermittler auf, ihn umgehend in Haft zu nehmen, "
       "Parteichef Lee Jae Myung nannte Yoon den „Rädelsführer eines Aufstands“.")
S11 = "Vor dem Parlament demonstrierten am Abend erneut Zehntausende für die Amtsenthebung des Präsidenten."
S12 = ("Yoon hatte am 3. Dezember das Kriegsrecht verhängt und es nach einem Votum des Parlaments sechs Stunden "
       "später wieder aufgehoben.")

DE04 = {
    "id": "hm260-de-04", "lang": "de", "url": None, "published": "2024-12-11",
    "title": "Südkoreas früherer Verteidigungsminister Kim formell festgenommen",
    "text": paragraphs([S1, S2, S3, S3B], [S4, S5], [S6, S7, S8, S9], [S10, S11, S12]),
    "events": [
        event("COERCE", KOR_PROSECUTORS, KIM_YONG_HYUN, S1, mode="arrest"),
        event("COERCE", SEOUL_COURT, KIM_YONG_HYUN, S2, mode="arrest", date="2024-12-10"),
        event("COERCE", KOR_PROSECUTORS, KIM_YONG_HYUN, S3, mode="arrest", date="2024-12-08"),
        event("COERCE", KOR_POLICE_INVESTIGATORS, CHO_JI_HO, S3B, mode="arrest", date="2024-12-11"),
        event("COERCE", KOR_POLICE_INVESTIGATORS, KIM_BONG_SIK, S3B, mode="arrest", date="2024-12-11"),
        event("ACCUSE", KOR_POLICE, KOR_PRES_OFFICE, S6, mode="investigate", date="2024-12-11", location="Seoul",
              location_country="KOR"),
        event("REJECT", PSS, KOR_POLICE, S7, location="Seoul", location_country="KOR"),
        event("COERCE", KOR_MOJ, YOON, S8, mode="restrict", date="2024-12-09"),
        event("COERCE", KOR_INVESTIGATORS, YOON, S9, mode="arrest", negated=True),
        event("REQUEST", DEMOCRATIC_PARTY, KOR_INVESTIGATORS, S10),
        event("ACCUSE", LEE_JAE_MYUNG, YOON, S10, mode="allege"),
        event("PROTEST", SEOUL_PROTESTERS, YOON, S11, mode="demo", date="2024-12-11", location="Seoul",
              location_country="KOR"),
        event("COERCE", YOON, None, S12, mode="restrict", date="2024-12-03"),
        event("RETREAT", YOON, None, S12, date="2024-12-04"),
    ],
    "quotes": [
        quote("versuchte der 65-Jährige in der Nacht zum Mittwoch, sich in seiner Zelle das Leben zu nehmen",
              "Ministry of Justice of South Korea", "indirect"),
        quote("er habe lediglich rechtmäßige Befehle des Präsidenten ausgeführt", "lawyers of Kim Yong-hyun",
              "indirect"),
        quote("Rädelsführer eines Aufstands", "Lee Jae-myung", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Kim Yong-hyun", "PER", "KOR", ["der frühere Verteidigungsminister Kim Yong Hyun", "Kim", "Kims",
                                               "der 65-Jährige"]),
        entity("Seoul Central District Court", "ORG", "KOR", ["Ein Gericht in Seoul"]),
        entity("National Office of Investigation", "ORG", "KOR", ["Ermittler der Polizei"]),
        entity("Cho Ji-ho", "PER", "KOR", ["den nationalen Polizeichef Cho Ji Ho"]),
        entity("Kim Bong-sik", "PER", "KOR", ["Seouls Polizeichef Kim Bong Sik"]),
        entity("Prosecutors' Special Investigation Headquarters on martial law", "ORG", "KOR",
               ["Die Staatsanwaltschaft"]),
        entity("Ministry of Justice of South Korea", "ORG", "KOR", ["des Justizministeriums",
                                                                    "Das Justizministerium"]),
        entity("lawyers of Kim Yong-hyun", "PER", "KOR", ["Kims Anwälte"]),
        entity("Korean National Police Agency", "ORG", "KOR", ["Die Polizei"]),
        entity("Presidential Office of South Korea", "ORG", "KOR", ["das Präsidialamt"]),
        entity("Presidential Security Service", "ORG", "KOR", ["Der Sicherheitsdienst des Präsidenten"]),
        entity("South Korean investigators", "ORG", "KOR", ["den Ermittlern", "die Ermittler"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["des Präsidenten", "Präsident Yoon Suk Yeol", "Yoon"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Parteichef Lee Jae Myung"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["dem Parlament", "des Parlaments"]),
        entity("protesters in Seoul", "PER", "KOR", ["Zehntausende"]),
    ],
}

# ---------------------------------------------------------------- hm260-en-01 (UN, General Assembly backs Palestinian membership)
UNGA = actor("U.N. General Assembly", "UNO", "IGO")
PALESTINE = actor("State of Palestine", "PSE", "GOV")
UNSC = actor("U.N. Security Council", "UNO", "IGO")
ERDAN = actor("Gilad Erdan", "ISR", "GOV")
ROBERT_WOOD = actor("Robert Wood", "USA", "GOV")
MANSOUR = actor("Riyad Mansour", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
FU_CONG = actor("Fu Cong", "CHN", "GOV")

G1 = ("UNITED NATIONS, May 10 (Reuters) - The U.N. General Assembly on Friday overwhelmingly backed a Palestinian "
      "bid to become a full U.N. member by recognizing it as qualified to join and recommending that the Security "
      "Council reconsider the matter.")
G2 = ("The resolution, adopted with 143 votes in favour and nine against, also gives the Palestinians some additional "
      "rights in the assembly from September, though not a vote.")
G3 = ('Israel\'s U.N. Ambassador Gilad Erdan accused the assembly of "shredding the U.N. Charter with your own hands" '
      'and fed a copy of the charter into a small shredder at the podium.')
G4 = ("Deputy U.S. Ambassador Robert Wood criticised the resolution, saying unilateral measures at the United Nations "
      "would not bring about a two-state solution.")
G5 = "The United States vetoed a Security Council draft on full Palestinian membership on April 18."
G6 = ('Palestinian U.N. Ambassador Riyad Mansour urged the Security Council to "do the right thing" and accused '
      'Israel of trying to destroy the Palestinian people in Gaza.')
G7 = ("Palestinian President Mahmoud Abbas welcomed the vote and said the Palestinian people would never give up "
      "their right to a state.")
G8 = "Hamas also welcomed the resolution."
G9 = ("China's U.N. Ambassador Fu Cong said Beijing supported Palestinian membership and urged Washington not to "
      "block it again.")
G10 = "About 140 countries already recognize a Palestinian state."

EN01 = {
    "id": "hm260-en-01", "lang": "en", "url": None, "published": "2024-05-10",
    "title": "U.N. General Assembly backs Palestinian bid for full membership",
    "text": paragraphs([G1, G2], [G3, G4, G5], [G6, G7, G8], [G9, G10]),
    "events": [
        event("SUPPORT", UNGA, PALESTINE, G1, date="2024-05-10", location="New York", location_country="USA"),
        event("REQUEST", UNGA, UNSC, G1, date="2024-05-10"),
        event("ACCUSE", ERDAN, UNGA, G3, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", ROBERT_WOOD, UNGA, G4, mode="disapprove"),
        event("REJECT", USA, PALESTINE, G5, date="2024-04-18"),
        event("REQUEST", MANSOUR, UNSC, G6),
        event("ACCUSE", MANSOUR, ISRAEL, G6, mode="allege"),
        event("SUPPORT", ABBAS, UNGA, G7),
        event("SUPPORT", HAMAS, UNGA, G8),
        event("SUPPORT", FU_CONG, PALESTINE, G9),
        event("REQUEST", FU_CONG, USA, G9, mode="change"),
    ],
    "quotes": [
        quote("shredding the U.N. Charter with your own hands", "Gilad Erdan", "direct"),
        quote("unilateral measures at the United Nations would not bring about a two-state solution", "Robert Wood",
              "indirect"),
        quote("do the right thing", "Riyad Mansour", "direct"),
        quote("the Palestinian people would never give up their right to a state", "Mahmoud Abbas", "indirect"),
        quote("Beijing supported Palestinian membership", "Fu Cong", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "the United Nations"]),
        entity("U.N. General Assembly", "ORG", "UNO", ["The U.N. General Assembly", "the assembly"]),
        entity("State of Palestine", "LOC", "PSE", ["a Palestinian state"]),
        entity("U.N. Security Council", "ORG", "UNO", ["the Security Council", "a Security Council draft"]),
        entity("Palestinians", "ORG", "PSE", ["the Palestinians", "the Palestinian people"]),
        entity("Gilad Erdan", "PER", "ISR", ["Israel's U.N. Ambassador Gilad Erdan"]),
        entity("Charter of the United Nations", "LOC", None, ["the U.N. Charter", "the charter"]),
        entity("Robert Wood", "PER", "USA", ["Deputy U.S. Ambassador Robert Wood"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Riyad Mansour", "PER", "PSE", ["Palestinian U.N. Ambassador Riyad Mansour"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Fu Cong", "PER", "CHN", ["China's U.N. Ambassador Fu Cong"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm260-en-02 (Pakistan, Munir made field marshal)
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
MUNIR = actor("Asim Munir", "PAK", "MIL")
PAK_CABINET = actor("Federal Cabinet of Pakistan", "PAK", "GOV")
SHEHBAZ = actor("Shehbaz Sharif", "PAK", "GOV")
INDIA = actor("India", "IND", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
IMRAN_KHAN = actor("Imran Khan", "PAK", "OPP")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")

F1 = ("ISLAMABAD (AP) - Pakistan's government on Tuesday promoted army chief Gen. Asim Munir to the rank of field "
      "marshal, citing his leadership during this month's military conflict with India.")
F2 = "Munir is only the second officer in Pakistan's history to hold the rank."
F3 = ('Prime Minister Shehbaz Sharif\'s office said the federal cabinet had approved the promotion in recognition of '
      'Munir\'s "exemplary courage" in defeating the enemy.')
F4 = "Sharif later received Munir at his residence in Islamabad and congratulated him."
F5 = ('In a military statement, Munir dedicated the honor to the nation and said he accepted it '
      '"as a trust" from the people.')
F6 = ("India struck what it called terrorist camps in Pakistan on May 7 after an attack that killed 26 people in "
      "Indian-administered Kashmir, which New Delhi blamed on Pakistan.")
F7 = "Pakistan denied any involvement."
F8 = "The nuclear-armed neighbors agreed to a ceasefire on May 10 after four days of fighting."
F9 = "U.S. President Donald Trump has since offered to mediate between India and Pakistan on Kashmir."
F10 = ("Imran Khan, the jailed former prime minister whose party accuses Munir of orchestrating his imprisonment, "
       "mocked the decision.")
F11 = '"It would have been better to give him the title of king," Khan said in a message posted by his party on X.'
F12 = ("Information Minister Attaullah Tarar rejected the criticism and said the promotion reflected the will of "
       "the people.")

EN02 = {
    "id": "hm260-en-02", "lang": "en", "url": None, "published": "2025-05-20",
    "title": "Pakistan promotes army chief Asim Munir to field marshal",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12]),
    "events": [
        event("SUPPORT", PAK_GOV, MUNIR, F1, date="2025-05-20"),
        event("SUPPORT", PAK_CABINET, MUNIR, F3),
        event("CONSULT", MUNIR, SHEHBAZ, F4, mode="visit", location="Islamabad", location_country="PAK"),
        event("SUPPORT", SHEHBAZ, MUNIR, F4),
        event("ASSAULT", INDIA, PAKISTAN, F6, mode="aerial", date="2025-05-07"),
        event("ACCUSE", IND_GOV, PAKISTAN, F6, mode="allege"),
        event("AGREE", INDIA, PAKISTAN, F8, date="2025-05-10"),
        event("AGREE", TRUMP, INDIA, F9),
        event("AGREE", TRUMP, PAKISTAN, F9),
        event("ACCUSE", PTI, MUNIR, F10, mode="allege"),
        event("ACCUSE", IMRAN_KHAN, MUNIR, F10, mode="disapprove"),
        event("ACCUSE", IMRAN_KHAN, MUNIR, F11, mode="disapprove"),
    ],
    "quotes": [
        quote("the federal cabinet had approved the promotion in recognition of Munir's \"exemplary courage\" in "
              "defeating the enemy", "Prime Minister's Office of Pakistan", "indirect"),
        quote("exemplary courage", "Prime Minister's Office of Pakistan", "direct"),
        quote("as a trust", "Asim Munir", "direct"),
        quote('he accepted it "as a trust" from the people', "Asim Munir", "indirect"),
        quote("It would have been better to give him the title of king", "Imran Khan", "direct"),
        quote("the promotion reflected the will of the people", "Attaullah Tarar", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["ISLAMABAD", "Islamabad"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan's government"]),
        entity("Asim Munir", "PER", "PAK", ["army chief Gen. Asim Munir", "Munir"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Prime Minister's Office of Pakistan", "ORG", "PAK", ["Prime Minister Shehbaz Sharif's office"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif", "Sharif"]),
        entity("Federal Cabinet of Pakistan", "ORG", "PAK", ["the federal cabinet"]),
        entity("Pakistan Army", "ORG", "PAK", ["military"]),
        entity("Kashmir", "LOC", None, ["Indian-administered Kashmir", "Kashmir"]),
        entity("Government of India", "ORG", "IND", ["New Delhi"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Imran Khan", "PER", "PAK", ["Imran Khan, the jailed former prime minister", "Khan"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["whose party", "his party"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Information Minister Attaullah Tarar"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
