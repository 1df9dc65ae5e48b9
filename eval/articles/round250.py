"""Round 250: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm250-de-01: Spain: former Yanukovych aide Andriy Portnov shot dead outside an American school in Pozuelo de Alarcón; police cordon and investigate, no arrests, Ayuso condemns, Kyiv's consulate in contact, Honcharenko accuses Portnov, earlier US sanctions (2025-05-21).
- hm250-de-02: United Kingdom: Healey accuses Russia of aiming lasers from the spy ship Yantar at RAF pilots and warns Putin; frigate and P-8 on standby, cooperation with Norway, the Russian embassy accuses London, Rutte backs Britain (2025-11-19).
- hm250-de-03: United States: Treasury sanctions Rosneft and Lukoil; Bessent blames Moscow and demands a ceasefire, Trump calls off the Budapest summit, the EU adopts its 19th package, Medvedev and Putin object, Zelensky welcomes it, China criticises (2025-10-23).
- hm250-de-04: Turkey/Armenia: Erdoğan receives Pashinyan in Istanbul; talks on normalisation, Erdoğan urges the peace deal with Baku, envoys to keep talking, no border opening, meeting with Patriarch Mashalian, the Armenian opposition objects (2025-06-20).
- hm250-en-01: Ireland: Catherine Connolly wins the presidential election; Humphreys concedes and congratulates, Martin, Starmer and von der Leyen congratulate or invite her, McDonald urges the government to act (2025-10-25).
- hm250-en-02: United States: federal agents force Senator Alex Padilla out of Kristi Noem's Los Angeles news conference and handcuff him; DHS accuses him, Noem meets him, Newsom, Schumer and Johnson react, Judge Breyer rules the Guard deployment illegal (2025-06-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm250-de-01 (Spain, Portnov shot dead)
PORTNOV_GUNMAN = actor("gunman who shot Andriy Portnov", "ESP", "CVL")
PORTNOV = actor("Andriy Portnov", "UKR", "CVL")
ESP_POLICE = actor("Spanish National Police", "ESP", "COP")
AYUSO = actor("Isabel Díaz Ayuso", "ESP", "GOV")
ESP_AUTH = actor("Spanish authorities", "ESP", "GOV")
USA = actor("United States", "USA", "GOV")
UKR_CONSULATE = actor("Consulate of Ukraine in Madrid", "UKR", "GOV")
HONCHARENKO = actor("Oleksiy Honcharenko", "UKR", "LEG")

P1 = ("Madrid (dpa) - Der frühere ukrainische Spitzenpolitiker Andrij Portnow ist in einem Vorort von Madrid auf "
      "offener Straße erschossen worden.")
P2 = ("Ein Unbekannter habe am Mittwochmorgen vor einer amerikanischen Schule in Pozuelo de Alarcón mehrere Schüsse "
      "auf den 51-Jährigen abgegeben, teilte die spanische Nationalpolizei mit.")
P3 = "Portnow hatte kurz zuvor seine Kinder zur Schule gebracht."
P4 = "Der Täter flüchtete zu Fuß in ein nahe gelegenes Waldstück."
P5 = "Die Polizei sperrte das Gebiet weiträumig ab und suchte mit einem Hubschrauber nach ihm."
P6 = "Festgenommen wurde zunächst niemand."
P7 = "Die Ermittlungen übernahm die für Gewaltverbrechen zuständige Abteilung der Nationalpolizei."
P8 = ("Madrids Regionalpräsidentin Isabel Díaz Ayuso verurteilte die Tat und verlangte von den Behörden eine rasche "
      "Aufklärung.")
P9 = ("Portnow war Vizechef der Präsidialverwaltung unter dem prorussischen Präsidenten Viktor Janukowytsch und "
      "setzte sich nach dessen Sturz 2014 nach Russland ab.")
P10 = ("Die USA hatten ihn 2021 wegen Korruption und der Einflussnahme auf ukrainische Gerichte mit Sanktionen "
       "belegt.")
P11 = ("Das ukrainische Außenministerium erklärte, das Konsulat in Madrid stehe mit den spanischen Behörden in "
       "Kontakt.")
P12 = ("Der Abgeordnete Olexij Hontscharenko sagte, Portnow habe als Berater Janukowytschs die Verfolgung der "
       "Maidan-Demonstranten mitorganisiert.")
P13 = "„Für viele Menschen in der Ukraine war er ein Symbol der alten, korrupten Justiz“, sagte er."
P14 = "Kremlsprecher Dmitri Peskow lehnte einen Kommentar ab."
P15 = "Spaniens Innenminister Fernando Grande-Marlaska sagte, man werde „keine Hypothese ausschließen“."
P16 = ("Portnow hatte die Ukraine nach Beginn der russischen Invasion im Februar 2022 verlassen und lebte zuletzt "
       "in Spanien.")

DE01 = {
    "id": "hm250-de-01", "lang": "de", "url": None, "published": "2025-05-21",
    "title": "Früherer Janukowytsch-Berater Portnow bei Madrid erschossen",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7, P8], [P9, P10, P11], [P12, P13, P14, P15, P16]),
    "events": [
        event("ASSAULT", PORTNOV_GUNMAN, PORTNOV, P1, mode="firearms", location="Pozuelo de Alarcón",
              location_country="ESP"),
        event("ASSAULT", PORTNOV_GUNMAN, PORTNOV, P2, mode="firearms", date="2025-05-21",
              location="Pozuelo de Alarcón", location_country="ESP"),
        event("COERCE", ESP_POLICE, None, P5, mode="restrict", location="Pozuelo de Alarcón",
              location_country="ESP"),
        event("COERCE", ESP_POLICE, PORTNOV_GUNMAN, P6, mode="arrest", negated=True),
        event("ACCUSE", ESP_POLICE, None, P7, mode="investigate"),
        event("ACCUSE", AYUSO, PORTNOV_GUNMAN, P8, mode="disapprove"),
        event("REQUEST", AYUSO, ESP_AUTH, P8),
        event("SANCTION", USA, PORTNOV, P10),
        event("CONSULT", UKR_CONSULATE, ESP_AUTH, P11),
        event("ACCUSE", HONCHARENKO, PORTNOV, P12, mode="allege"),
        event("ACCUSE", HONCHARENKO, PORTNOV, P13, mode="disapprove"),
    ],
    "quotes": [
        quote("Ein Unbekannter habe am Mittwochmorgen vor einer amerikanischen Schule in Pozuelo de Alarcón mehrere "
              "Schüsse auf den 51-Jährigen abgegeben", "Spanish National Police", "indirect"),
        quote("das Konsulat in Madrid stehe mit den spanischen Behörden in Kontakt", "Ministry of Foreign Affairs of Ukraine",
              "indirect"),
        quote("Portnow habe als Berater Janukowytschs die Verfolgung der Maidan-Demonstranten mitorganisiert",
              "Oleksiy Honcharenko", "indirect"),
        quote("Für viele Menschen in der Ukraine war er ein Symbol der alten, korrupten Justiz", "Oleksiy Honcharenko",
              "direct"),
        quote("keine Hypothese ausschließen", "Fernando Grande-Marlaska", "direct"),
        quote("man werde „keine Hypothese ausschließen“", "Fernando Grande-Marlaska", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid", "Madrids"]),
        entity("Andriy Portnov", "PER", "UKR", ["Der frühere ukrainische Spitzenpolitiker Andrij Portnow",
                                                "den 51-Jährigen", "Portnow"]),
        entity("Pozuelo de Alarcón", "LOC", "ESP", ["einem Vorort von Madrid", "Pozuelo de Alarcón", "das Gebiet"]),
        entity("American School of Madrid", "LOC", "ESP", ["einer amerikanischen Schule"]),
        entity("Spanish National Police", "ORG", "ESP", ["die spanische Nationalpolizei", "Die Polizei",
                                                         "der Nationalpolizei"]),
        entity("gunman who shot Andriy Portnov", "PER", "ESP", ["Ein Unbekannter", "Der Täter"]),
        entity("Isabel Díaz Ayuso", "PER", "ESP", ["Madrids Regionalpräsidentin Isabel Díaz Ayuso"]),
        entity("Spanish authorities", "ORG", "ESP", ["den Behörden", "den spanischen Behörden"]),
        entity("Viktor Yanukovych", "PER", "UKR", ["dem prorussischen Präsidenten Viktor Janukowytsch",
                                                   "Janukowytschs"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Consulate of Ukraine in Madrid", "ORG", "UKR", ["das Konsulat in Madrid"]),
        entity("Oleksiy Honcharenko", "PER", "UKR", ["Der Abgeordnete Olexij Hontscharenko"]),
        entity("Maidan", "LOC", "UKR", ["Maidan"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Spaniens Innenminister Fernando Grande-Marlaska"]),
        entity("Spain", "LOC", "ESP", ["Spaniens", "Spanien"]),
    ],
}

# ---------------------------------------------------------------- hm250-de-02 (United Kingdom, Yantar lasers)
HEALEY = actor("John Healey", "GBR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
YANTAR_CREW = actor("crew of the Russian ship Yantar", "RUS", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ROYAL_NAVY = actor("Royal Navy", "GBR", "MIL")
RAF = actor("Royal Air Force", "GBR", "MIL")
RUS_EMBASSY_UK = actor("Russian Embassy in London", "RUS", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
NORWAY = actor("Norway", "NOR", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")

Y1 = ("London (Reuters) - Der britische Verteidigungsminister John Healey hat Russland vorgeworfen, von einem "
      "Spionageschiff aus Laser auf Piloten der Royal Air Force gerichtet zu haben.")
Y2 = ("Die Besatzung der „Jantar“ habe die Piloten von Aufklärungsflugzeugen geblendet, die das Schiff nördlich von "
      "Schottland überwachten, sagte Healey am Mittwoch in London.")
Y3 = "„Das ist zutiefst gefährlich“, sagte der Minister."
Y4 = "Es sei das erste Mal, dass ein russisches Schiff so gegen britische Flugzeuge vorgegangen sei."
Y5 = ("Healey kündigte an, die Marine werde die „Jantar“ künftig enger begleiten, und richtete eine Warnung an "
      "Kremlchef Wladimir Putin.")
Y6 = "„Wir sehen Sie, wir wissen, was Sie tun, und wir sind bereit“, sagte er."
Y7 = ("Eine Fregatte der Royal Navy und ein Seefernaufklärer der Luftwaffe vom Typ P-8 Poseidon seien in "
      "Bereitschaft, hieß es aus dem Verteidigungsministerium.")
Y8 = "Die „Jantar“ gilt als Teil eines russischen Programms zur Erkundung von Unterseekabeln und Pipelines."
Y9 = ("Die russische Botschaft in London wies die Vorwürfe zurück und warf der britischen Regierung vor, eine "
      "„antirussische Hysterie“ zu schüren.")
Y10 = "Russland habe kein Interesse an britischen Unterwasserleitungen, hieß es in einer Erklärung."
Y11 = "Großbritannien arbeite bei der Überwachung russischer Schiffe eng mit Norwegen zusammen, sagte Healey."
Y12 = "NATO-Generalsekretär Mark Rutte sicherte London die Unterstützung der Allianz zu."
Y13 = ("Bereits im Januar hatte Healey die „Jantar“ im Parlament als Bedrohung bezeichnet und mitgeteilt, ein "
       "britisches U-Boot sei zur Abschreckung in ihrer Nähe aufgetaucht.")
Y14 = "London wirft Moskau seit Monaten eine Zunahme hybrider Angriffe in Europa vor."

DE02 = {
    "id": "hm250-de-02", "lang": "de", "url": None, "published": "2025-11-19",
    "title": "Healey: Russisches Spionageschiff blendet britische Piloten mit Lasern",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7, Y8], [Y9, Y10], [Y11, Y12, Y13, Y14]),
    "events": [
        event("ACCUSE", HEALEY, RUSSIA, Y1, mode="allege"),
        event("ACCUSE", HEALEY, YANTAR_CREW, Y2, mode="allege", location="London", location_country="GBR"),
        event("THREATEN", HEALEY, PUTIN, Y5),
        event("THREATEN", HEALEY, PUTIN, Y6),
        event("MOBILIZE", ROYAL_NAVY, None, Y7, mode="troops"),
        event("MOBILIZE", RAF, None, Y7, mode="troops"),
        event("ACCUSE", RUS_EMBASSY_UK, UK_GOV, Y9, mode="disapprove"),
        event("COOPERATE", UK, NORWAY, Y11),
        event("SUPPORT", RUTTE, UK_GOV, Y12),
        event("ACCUSE", HEALEY, YANTAR_CREW, Y13, mode="disapprove"),
        event("MOBILIZE", ROYAL_NAVY, None, Y13, mode="troops"),
    ],
    "quotes": [
        quote("von einem Spionageschiff aus Laser auf Piloten der Royal Air Force gerichtet zu haben", "John Healey",
              "indirect"),
        quote("Die Besatzung der „Jantar“ habe die Piloten von Aufklärungsflugzeugen geblendet, die das Schiff nördlich "
              "von Schottland überwachten", "John Healey", "indirect"),
        quote("Das ist zutiefst gefährlich", "John Healey", "direct"),
        quote("Es sei das erste Mal, dass ein russisches Schiff so gegen britische Flugzeuge vorgegangen sei",
              "John Healey", "indirect"),
        quote("Wir sehen Sie, wir wissen, was Sie tun, und wir sind bereit", "John Healey", "direct"),
        quote("Eine Fregatte der Royal Navy und ein Seefernaufklärer der Luftwaffe vom Typ P-8 Poseidon seien in "
              "Bereitschaft", "Ministry of Defence of the United Kingdom", "indirect"),
        quote("antirussische Hysterie", "Russian Embassy in London", "direct"),
        quote("eine „antirussische Hysterie“ zu schüren", "Russian Embassy in London", "indirect"),
        quote("Russland habe kein Interesse an britischen Unterwasserleitungen", "Russian Embassy in London",
              "indirect"),
        quote("Großbritannien arbeite bei der Überwachung russischer Schiffe eng mit Norwegen zusammen",
              "John Healey", "indirect"),
        quote("die „Jantar“ im Parlament als Bedrohung bezeichnet", "John Healey", "indirect"),
        quote("ein britisches U-Boot sei zur Abschreckung in ihrer Nähe aufgetaucht", "John Healey", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("John Healey", "PER", "GBR", ["Der britische Verteidigungsminister John Healey", "Healey",
                                             "der Minister"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Yantar", "LOC", "RUS", ["einem Spionageschiff", "Jantar", "das Schiff"]),
        entity("Royal Air Force", "ORG", "GBR", ["Royal Air Force", "der Luftwaffe"]),
        entity("Scotland", "LOC", "GBR", ["Schottland"]),
        entity("Royal Navy", "ORG", "GBR", ["die Marine", "Royal Navy"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Ministry of Defence of the United Kingdom", "ORG", "GBR", ["dem Verteidigungsministerium"]),
        entity("Russian Embassy in London", "ORG", "RUS", ["Die russische Botschaft in London"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["der britischen Regierung"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("Mark Rutte", "PER", "IGO", ["NATO-Generalsekretär Mark Rutte"]),
        entity("NATO", "ORG", "IGO", ["NATO", "der Allianz"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["im Parlament"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm250-de-03 (USA, sanctions on Rosneft and Lukoil)
RUS_OIL = actor("Russian oil industry", "RUS", "BUS")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
ROSNEFT = actor("Rosneft", "RUS", "BUS")
LUKOIL = actor("Lukoil", "RUS", "BUS")
BESSENT = actor("Scott Bessent", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
CHINA = actor("China", "CHN", "GOV")

R1 = ("Washington (AFP) - Die USA haben erstmals seit Beginn von Donald Trumps zweiter Amtszeit Sanktionen gegen die "
      "russische Ölindustrie verhängt.")
R2 = ("Das Finanzministerium setzte die beiden größten Ölkonzerne des Landes, Rosneft und Lukoil, sowie mehr als 30 "
      "Tochterfirmen auf die Sanktionsliste.")
R3 = ("Grund sei das fehlende ernsthafte Engagement Moskaus für einen Friedensprozess in der Ukraine, erklärte "
      "Finanzminister Scott Bessent.")
R4 = "Er forderte Moskau auf, einer sofortigen Waffenruhe zuzustimmen."
R5 = "Trump hatte zuvor ein geplantes Gipfeltreffen mit Kremlchef Wladimir Putin in Budapest abgesagt."
R6 = "„Ich wollte kein Treffen, bei dem am Ende nichts herauskommt“, sagte er im Weißen Haus."
R7 = ("Die Europäische Union beschloss am Donnerstag ihr 19. Sanktionspaket, das unter anderem ein Importverbot für "
      "russisches Flüssiggas ab 2027 vorsieht.")
R8 = ("Der frühere russische Präsident und heutige Vizechef des Sicherheitsrats, Dmitri Medwedew, sprach von einem "
      "„Kriegsakt“ gegen Russland.")
R9 = ("Putin nannte die Strafmaßnahmen einen „unfreundlichen Akt“, der die russische Wirtschaft aber nicht "
      "nennenswert treffen werde.")
R10 = "Kein Land mit Selbstachtung beuge sich solchem Druck, fügte er hinzu."
R11 = ("Der ukrainische Präsident Wolodymyr Selenskyj begrüßte die Entscheidung Washingtons als „starkes Signal“ "
       "und rief die Europäer auf, nachzuziehen.")
R12 = "Der Ölpreis der Sorte Brent stieg nach der Ankündigung um mehr als fünf Prozent."
R13 = ("Indische Raffinerien wollen nach Medienberichten ihre Käufe russischen Öls deutlich verringern.")
R14 = ("China, der größte Abnehmer russischen Rohöls, kritisierte die Sanktionen als einseitig und "
       "völkerrechtswidrig.")
R15 = "Rosneft und Lukoil äußerten sich zunächst nicht."

DE03 = {
    "id": "hm250-de-03", "lang": "de", "url": None, "published": "2025-10-23",
    "title": "USA verhängen Sanktionen gegen Rosneft und Lukoil",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11], [R12, R13, R14, R15]),
    "events": [
        event("SANCTION", USA, RUS_OIL, R1),
        event("SANCTION", US_TREASURY, ROSNEFT, R2),
        event("SANCTION", US_TREASURY, LUKOIL, R2),
        event("ACCUSE", BESSENT, RUSSIA, R3, mode="disapprove"),
        event("REQUEST", BESSENT, RUSSIA, R4, mode="yield"),
        event("REJECT", TRUMP, PUTIN, R5, mode="meet"),
        event("SANCTION", EU, RUSSIA, R7, date="2025-10-23"),
        event("ACCUSE", MEDVEDEV, USA, R8, mode="disapprove"),
        event("ACCUSE", PUTIN, USA, R9, mode="disapprove"),
        event("SUPPORT", ZELENSKY, USA, R11),
        event("REQUEST", ZELENSKY, EU, R11, mode="change"),
        event("ACCUSE", CHINA, USA, R14, mode="disapprove"),
    ],
    "quotes": [
        quote("Grund sei das fehlende ernsthafte Engagement Moskaus für einen Friedensprozess in der Ukraine",
              "Scott Bessent", "indirect"),
        quote("Ich wollte kein Treffen, bei dem am Ende nichts herauskommt", "Donald Trump", "direct"),
        quote("Kriegsakt", "Dmitry Medvedev", "direct"),
        quote("unfreundlichen Akt", "Vladimir Putin", "direct"),
        quote("der die russische Wirtschaft aber nicht nennenswert treffen werde", "Vladimir Putin", "indirect"),
        quote("Kein Land mit Selbstachtung beuge sich solchem Druck", "Vladimir Putin", "indirect"),
        quote("starkes Signal", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trumps", "Trump"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["Das Finanzministerium"]),
        entity("Rosneft", "ORG", "RUS", ["Rosneft"]),
        entity("Lukoil", "ORG", "RUS", ["Lukoil"]),
        entity("Russia", "LOC", "RUS", ["des Landes", "Russland"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus", "Moskau"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Scott Bessent", "PER", "USA", ["Finanzminister Scott Bessent"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "die Europäer"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Der frühere russische Präsident und heutige Vizechef des "
                                                 "Sicherheitsrats, Dmitri Medwedew"]),
        entity("Security Council of Russia", "ORG", "RUS", ["des Sicherheitsrats"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm250-de-04 (Turkey/Armenia, Pashinyan in Istanbul)
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
MASHALIAN = actor("Sahak Mashalian", "TUR", "CVL")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
HAYASTAN_MP = actor("member of parliament of the Armenia Alliance", "ARM", "OPP")
KAREKIN = actor("Karekin II", "ARM", "CVL")
ARMENIA = actor("Armenia", "ARM", "GOV")

K1 = ("Istanbul (dpa) - Der türkische Präsident Recep Tayyip Erdoğan hat den armenischen Regierungschef Nikol "
      "Paschinjan am Freitag in Istanbul empfangen.")
K2 = ("Der Besuch gilt als historisch: Beide Länder unterhalten keine diplomatischen Beziehungen, die gemeinsame "
      "Grenze ist seit mehr als drei Jahrzehnten geschlossen.")
K3 = ("Erdoğan und Paschinjan sprachen im Dolmabahçe-Palast mehr als zwei Stunden lang über eine Normalisierung "
      "der Beziehungen und den Friedensprozess zwischen Armenien und Aserbaidschan.")
K4 = ("Ein dauerhafter Frieden im Südkaukasus liege im Interesse aller Länder der Region, habe Erdoğan betont, "
      "teilte das Kommunikationsdirektorat in Ankara mit.")
K5 = "Er forderte Eriwan auf, das mit Baku ausgehandelte Friedensabkommen rasch zu unterzeichnen."
K6 = "Paschinjan sprach nach dem Treffen von einem „historischen Tag“ für die Region."
K7 = ("Beide Seiten vereinbarten, die Gespräche ihrer Sondergesandten Serdar Kılıç und Ruben Rubinjan "
      "fortzusetzen.")
K8 = "Eine Öffnung der Grenze kündigte Ankara jedoch nicht an."
K9 = "Am Nachmittag traf Paschinjan den armenischen Patriarchen von Konstantinopel, Sahak Maschaljan."
K10 = ("Die armenische Opposition warf dem Regierungschef vor, er mache Zugeständnisse an Ankara, ohne dass die "
       "Türkei den Völkermord an den Armeniern anerkenne.")
K11 = "Ein Abgeordneter des Oppositionsbündnisses Hajastan nannte die Reise „eine Demütigung“."
K12 = ("Paschinjan liegt zugleich im Streit mit der Armenischen Apostolischen Kirche, deren Oberhaupt Katholikos "
       "Karekin II. er zum Rücktritt aufgefordert hat.")
K13 = ("Die Türkei hatte die Grenze 1993 aus Solidarität mit Aserbaidschan im Krieg um Berg-Karabach "
       "geschlossen.")
K14 = "Seit 2022 gibt es wieder direkte Flugverbindungen zwischen Istanbul und Eriwan."

DE04 = {
    "id": "hm250-de-04", "lang": "de", "url": None, "published": "2025-06-20",
    "title": "Erdoğan empfängt Paschinjan in Istanbul",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14]),
    "events": [
        event("CONSULT", PASHINYAN, ERDOGAN, K1, mode="visit", date="2025-06-20", location="Istanbul",
              location_country="TUR"),
        event("CONSULT", PASHINYAN, ERDOGAN, K3, mode="visit", location="Istanbul", location_country="TUR"),
        event("REQUEST", ERDOGAN, ARM_GOV, K5, mode="change"),
        event("AGREE", PASHINYAN, ERDOGAN, K7),
        event("CONCEDE", TUR_GOV, ARM_GOV, K8, negated=True),
        event("CONSULT", PASHINYAN, MASHALIAN, K9, mode="visit", location="Istanbul", location_country="TUR"),
        event("ACCUSE", ARM_OPP, PASHINYAN, K10, mode="allege"),
        event("ACCUSE", HAYASTAN_MP, PASHINYAN, K11, mode="disapprove"),
        event("REQUEST", PASHINYAN, KAREKIN, K12, mode="change"),
        event("SANCTION", TUR_GOV, ARMENIA, K13, mode="discontinue"),
    ],
    "quotes": [
        quote("Ein dauerhafter Frieden im Südkaukasus liege im Interesse aller Länder der Region",
              "Recep Tayyip Erdoğan", "indirect"),
        quote("historischen Tag", "Nikol Pashinyan", "direct"),
        quote("er mache Zugeständnisse an Ankara, ohne dass die Türkei den Völkermord an den Armeniern anerkenne",
              "Armenian opposition", "indirect"),
        quote("eine Demütigung", "member of parliament of the Armenia Alliance", "direct"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan", "Erdoğan"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["den armenischen Regierungschef Nikol Paschinjan", "Paschinjan",
                                                 "dem Regierungschef"]),
        entity("Dolmabahçe Palace", "LOC", "TUR", ["Dolmabahçe-Palast"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("South Caucasus", "LOC", None, ["Südkaukasus"]),
        entity("Directorate of Communications of Turkey", "ORG", "TUR", ["das Kommunikationsdirektorat in Ankara"]),
        entity("Government of Armenia", "ORG", "ARM", ["Eriwan"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku"]),
        entity("Serdar Kılıç", "PER", "TUR", ["Serdar Kılıç"]),
        entity("Ruben Rubinyan", "PER", "ARM", ["Ruben Rubinjan"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Sahak Mashalian", "PER", "TUR", ["den armenischen Patriarchen von Konstantinopel, Sahak Maschaljan"]),
        entity("Armenian opposition", "ORG", "ARM", ["Die armenische Opposition"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei", "Die Türkei"]),
        entity("Armenia Alliance", "ORG", "ARM", ["des Oppositionsbündnisses Hajastan"]),
        entity("member of parliament of the Armenia Alliance", "PER", "ARM", ["Ein Abgeordneter"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["der Armenischen Apostolischen Kirche"]),
        entity("Karekin II", "PER", "ARM", ["Katholikos Karekin II."]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Berg-Karabach"]),
    ],
}

# ---------------------------------------------------------------- hm250-en-01 (Ireland, Connolly elected president)
CONNOLLY = actor("Catherine Connolly", "IRL", "GOV")
HUMPHREYS = actor("Heather Humphreys", "IRL", "PTY")
MARTIN = actor("Micheál Martin", "IRL", "GOV")
IRL_MINISTERS = actor("Irish government ministers", "IRL", "GOV")
MCDONALD = actor("Mary Lou McDonald", "IRL", "OPP")
IRL_GOV = actor("Government of Ireland", "IRL", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
VON_DER_LEYEN = actor("Ursula von der Leyen", "EUR", "IGO")

C1 = ("DUBLIN, Oct 25 (Reuters) - Left-wing independent Catherine Connolly was elected Ireland's 10th president on "
      "Saturday, defeating Heather Humphreys of the centre-right governing party Fine Gael by a wide margin.")
C2 = ("Connolly, a 68-year-old lawmaker from Galway, won about 63% of first-preference votes, according to the "
      "final count, while Humphreys took 29%.")
C3 = ('Humphreys conceded defeat early on Saturday and congratulated Connolly, saying she would be "a president for '
      'all of us" and wishing her well.')
C4 = ("Prime Minister Micheal Martin, whose Fianna Fail party saw its own candidate Jim Gavin pull out of the race "
      "weeks before polling day, also congratulated Connolly and said his government would work constructively "
      "with her.")
C5 = ("During the campaign, government ministers had criticised Connolly over a 2018 trip to war-torn Syria and "
      "over her past comments on the European Union's defence policy.")
C6 = ("Connolly, who ran with the backing of Sinn Fein, Labour, the Social Democrats and several smaller left-wing "
      "parties, has been an outspoken critic of Israel's war in Gaza.")
C7 = ('"I will be a voice for peace, and a voice for those who are not heard," Connolly told supporters at Dublin '
      'Castle after the result was declared.')
C8 = ("Sinn Fein leader Mary Lou McDonald said the result showed that voters wanted change and urged the "
      "government to act on the housing crisis.")
C9 = ("A record share of ballots, about 13%, were spoiled, many of them deliberately after online campaigns "
      "criticised the narrow choice of candidates.")
C10 = ("British Prime Minister Keir Starmer congratulated Connolly and said he looked forward to working with her, "
       "while European Commission President Ursula von der Leyen invited her to visit Brussels.")
C11 = ("Connolly will be inaugurated on Nov. 11, succeeding Michael D. Higgins, who has served the maximum of two "
       "seven-year terms.")
C12 = ("The Irish presidency is a largely ceremonial role, but the president can refer bills to the Supreme Court "
       "to test whether they are constitutional.")
C13 = 'Humphreys said Fine Gael would "reflect carefully" on the result.'

EN01 = {
    "id": "hm250-en-01", "lang": "en", "url": None, "published": "2025-10-25",
    "title": "Left-wing independent Connolly wins Irish presidency by landslide",
    "text": paragraphs([C1, C2], [C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12, C13]),
    "events": [
        event("CONCEDE", HUMPHREYS, CONNOLLY, C3, date="2025-10-25"),
        event("SUPPORT", HUMPHREYS, CONNOLLY, C3, date="2025-10-25"),
        event("SUPPORT", MARTIN, CONNOLLY, C4),
        event("AGREE", MARTIN, CONNOLLY, C4),
        event("ACCUSE", IRL_MINISTERS, CONNOLLY, C5, mode="disapprove"),
        event("REQUEST", MCDONALD, IRL_GOV, C8, mode="change"),
        event("SUPPORT", STARMER, CONNOLLY, C10),
        event("AGREE", STARMER, CONNOLLY, C10),
        event("AGREE", VON_DER_LEYEN, CONNOLLY, C10),
    ],
    "quotes": [
        quote("a president for all of us", "Heather Humphreys", "direct"),
        quote('she would be "a president for all of us"', "Heather Humphreys", "indirect"),
        quote("his government would work constructively with her", "Micheál Martin", "indirect"),
        quote("I will be a voice for peace, and a voice for those who are not heard", "Catherine Connolly", "direct"),
        quote("the result showed that voters wanted change", "Mary Lou McDonald", "indirect"),
        quote("he looked forward to working with her", "Keir Starmer", "indirect"),
        quote("reflect carefully", "Heather Humphreys", "direct"),
        quote('Fine Gael would "reflect carefully" on the result', "Heather Humphreys", "indirect"),
    ],
    "entities": [
        entity("Dublin", "LOC", "IRL", ["DUBLIN"]),
        entity("Catherine Connolly", "PER", "IRL", ["Left-wing independent Catherine Connolly", "Connolly"]),
        entity("Ireland", "LOC", "IRL", ["Ireland"]),
        entity("Heather Humphreys", "PER", "IRL", ["Heather Humphreys", "Humphreys"]),
        entity("Fine Gael", "ORG", "IRL", ["the centre-right governing party Fine Gael", "Fine Gael"]),
        entity("Galway", "LOC", "IRL", ["Galway"]),
        entity("Micheál Martin", "PER", "IRL", ["Prime Minister Micheal Martin"]),
        entity("Fianna Fáil", "ORG", "IRL", ["Fianna Fail party"]),
        entity("Jim Gavin", "PER", "IRL", ["Jim Gavin"]),
        entity("Government of Ireland", "ORG", "IRL", ["his government", "government ministers", "the government"]),
        entity("Syria", "LOC", "SYR", ["war-torn Syria"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Sinn Féin", "ORG", "IRL", ["Sinn Fein"]),
        entity("Labour Party (Ireland)", "ORG", "IRL", ["Labour"]),
        entity("Social Democrats", "ORG", "IRL", ["the Social Democrats"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Dublin Castle", "LOC", "IRL", ["Dublin Castle"]),
        entity("Mary Lou McDonald", "PER", "IRL", ["Sinn Fein leader Mary Lou McDonald"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("Michael D. Higgins", "PER", "IRL", ["Michael D. Higgins"]),
        entity("Supreme Court of Ireland", "ORG", "IRL", ["the Supreme Court"]),
    ],
}

# ---------------------------------------------------------------- hm250-en-02 (USA, Senator Padilla handcuffed)
FED_AGENTS = actor("U.S. federal agents", "USA", "COP")
PADILLA = actor("Alex Padilla", "USA", "LEG")
DHS = actor("U.S. Department of Homeland Security", "USA", "GOV")
NOEM = actor("Kristi Noem", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
NEWSOM = actor("Gavin Newsom", "USA", "GOV")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
MIKE_JOHNSON = actor("Mike Johnson", "USA", "LEG")
US_SENATE = actor("U.S. Senate", "USA", "LEG")
LA_PROTESTERS = actor("protesters in Los Angeles", "USA", "CVL")
BREYER = actor("Charles Breyer", "USA", "JUD")
BASS = actor("Karen Bass", "USA", "GOV")

D1 = ("LOS ANGELES, June 12 (Reuters) - Federal agents forcibly removed U.S. Senator Alex Padilla from a news "
      "conference held by Homeland Security Secretary Kristi Noem in Los Angeles on Thursday, pushing him to the "
      "ground and handcuffing him as he tried to ask a question.")
D2 = ('Padilla, a California Democrat, could be heard shouting "I\'m Senator Alex Padilla" as several agents '
      'grabbed him and pushed him out of the room, according to video of the incident.')
D3 = ('The Department of Homeland Security said Padilla had "moved aggressively toward the secretary" without '
      'identifying himself.')
D4 = "Padilla was released after several minutes and was not charged."
D5 = 'Noem told reporters afterwards that she had met Padilla for 15 minutes, and accused him of staging "a stunt."'
D6 = ('"If a senator can be thrown to the floor for asking a question, imagine what happens to the workers they '
      'pick up at car washes and on farms," Padilla said at his own news conference later in the day.')
D7 = ('California Governor Gavin Newsom called the treatment of Padilla "outrageous" and accused the Trump '
      'administration of behaving like an authoritarian government.')
D8 = ('Senate Democratic leader Chuck Schumer demanded a full investigation, while House Speaker Mike Johnson said '
      'the Senate should censure Padilla for what he called "completely unacceptable" behavior.')
D9 = ("The confrontation came as the Trump administration pressed ahead with immigration raids in Los Angeles that "
      "have triggered a week of street protests against the federal government.")
D10 = ("Trump has federalized about 4,000 California National Guard troops and sent some 700 Marines to the city "
       "over Newsom's objections.")
D11 = ("Late on Thursday, U.S. District Judge Charles Breyer in San Francisco ruled that the deployment of the Guard "
       "was illegal and ordered Trump to return control of the troops to Newsom.")
D12 = "The administration said it would appeal."
D13 = ('At the news conference, Noem had said that federal forces would remain in Los Angeles until the city was '
       '"safe again" and accused Newsom and Mayor Karen Bass of protecting criminals.')

EN02 = {
    "id": "hm250-en-02", "lang": "en", "url": None, "published": "2025-06-12",
    "title": "Senator Padilla forcibly removed, handcuffed at Noem news conference",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12], [D13]),
    "events": [
        event("COERCE", FED_AGENTS, PADILLA, D1, mode="arrest", date="2025-06-12", location="Los Angeles",
              location_country="USA"),
        event("COERCE", FED_AGENTS, PADILLA, D2, location="Los Angeles", location_country="USA"),
        event("ACCUSE", DHS, PADILLA, D3, mode="allege"),
        event("RETREAT", FED_AGENTS, PADILLA, D4, mode="release"),
        event("CONSULT", NOEM, PADILLA, D5, location="Los Angeles", location_country="USA"),
        event("ACCUSE", NOEM, PADILLA, D5, mode="disapprove"),
        event("ACCUSE", PADILLA, TRUMP_ADMIN, D6, mode="disapprove"),
        event("ACCUSE", NEWSOM, TRUMP_ADMIN, D7, mode="disapprove"),
        event("REQUEST", SCHUMER, TRUMP_ADMIN, D8),
        event("ACCUSE", MIKE_JOHNSON, PADILLA, D8, mode="disapprove"),
        event("REQUEST", MIKE_JOHNSON, US_SENATE, D8),
        event("PROTEST", LA_PROTESTERS, TRUMP_ADMIN, D9, mode="demo", location="Los Angeles",
              location_country="USA"),
        event("MOBILIZE", TRUMP, None, D10, mode="troops", location="Los Angeles", location_country="USA"),
        event("SANCTION", BREYER, TRUMP, D11, mode="convict", date="2025-06-12"),
        event("REQUEST", BREYER, TRUMP, D11, mode="yield", date="2025-06-12"),
        event("ACCUSE", NOEM, NEWSOM, D13, mode="allege"),
        event("ACCUSE", NOEM, BASS, D13, mode="allege"),
    ],
    "quotes": [
        quote("I'm Senator Alex Padilla", "Alex Padilla", "direct"),
        quote('Padilla had "moved aggressively toward the secretary" without identifying himself',
              "U.S. Department of Homeland Security", "indirect"),
        quote("moved aggressively toward the secretary", "U.S. Department of Homeland Security", "direct"),
        quote("she had met Padilla for 15 minutes", "Kristi Noem", "indirect"),
        quote("a stunt", "Kristi Noem", "direct"),
        quote("If a senator can be thrown to the floor for asking a question, imagine what happens to the workers "
              "they pick up at car washes and on farms", "Alex Padilla", "direct"),
        quote("outrageous", "Gavin Newsom", "direct"),
        quote("the Senate should censure Padilla for what he called \"completely unacceptable\" behavior",
              "Mike Johnson", "indirect"),
        quote("completely unacceptable", "Mike Johnson", "direct"),
        quote("it would appeal", "Trump administration", "indirect"),
        quote('federal forces would remain in Los Angeles until the city was "safe again"', "Kristi Noem",
              "indirect"),
        quote("safe again", "Kristi Noem", "direct"),
    ],
    "entities": [
        entity("Los Angeles", "LOC", "USA", ["LOS ANGELES", "Los Angeles", "the city"]),
        entity("U.S. federal agents", "ORG", "USA", ["Federal agents", "several agents"]),
        entity("Alex Padilla", "PER", "USA", ["U.S. Senator Alex Padilla", "Padilla"]),
        entity("Kristi Noem", "PER", "USA", ["Homeland Security Secretary Kristi Noem", "Noem", "the secretary"]),
        entity("California", "LOC", "USA", ["California"]),
        entity("U.S. Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security"]),
        entity("Gavin Newsom", "PER", "USA", ["California Governor Gavin Newsom", "Newsom"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "The administration"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("U.S. Senate", "ORG", "USA", ["the Senate"]),
        entity("Government of the United States", "ORG", "USA", ["the federal government"]),
        entity("Donald Trump", "PER", "USA", ["Trump"]),
        entity("California National Guard", "ORG", "USA", ["California National Guard troops", "the Guard"]),
        entity("U.S. Marine Corps", "ORG", "USA", ["Marines"]),
        entity("Charles Breyer", "PER", "USA", ["U.S. District Judge Charles Breyer"]),
        entity("San Francisco", "LOC", "USA", ["San Francisco"]),
        entity("Karen Bass", "PER", "USA", ["Mayor Karen Bass"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
