"""Round 196: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm196-de-01: Karol Nawrocki narrowly wins Poland's presidential run-off; Trzaskowski concedes, Tusk plans a confidence vote and rebuffs Kaczyński, Trump, Orbán and Zelensky congratulate (2025-06-02).
- hm196-de-02: A Moscow court remands deputy defence minister Timur Ivanov in a bribery case after his FSB arrest; co-suspect Borodin held, Navalny's foundation and Duma deputies react (2024-04-24).
- hm196-de-03: A suspect is arrested after former Ukrainian parliament speaker Andriy Parubiy is shot dead in Lviv; Zelensky, the SBU chief, Poroshenko, von der Leyen and Kallas react (2025-09-01).
- hm196-de-04: Thousands of farmers protest in London against the inheritance tax on farms; Starmer and Reeves refuse to back down, Reed meets the NFU, Badenoch pledges repeal (2024-11-19).
- hm196-en-01: Trump stands by Waltz after The Atlantic's editor was added to the Signal chat on the Yemen strikes; Waltz takes responsibility, Democrats demand consequences, the Senate hearing (2025-03-25).
- hm196-en-02: PSOE organisation secretary Santos Cerdán resigns over a Civil Guard graft report; Sánchez apologises but rules out early elections, Feijóo and Sumar react, protest at Ferraz (2025-06-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm196-de-01 (Poland, Nawrocki)
NAWROCKI = actor("Karol Nawrocki", "POL", "PTY")
TRZASKOWSKI = actor("Rafał Trzaskowski", "POL", "PTY")
TUSK = actor("Donald Tusk", "POL", "GOV")
POL_GOV = actor("Government of Poland", "POL", "GOV")
KACZYNSKI = actor("Jarosław Kaczyński", "POL", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

P1 = ("Warschau (dpa) - Der von der nationalkonservativen PiS unterstützte Historiker Karol Nawrocki hat die "
      "Stichwahl um das Präsidentenamt in Polen knapp gewonnen.")
P2 = ("Nach Angaben der Wahlkommission kam er auf 50,89 Prozent der Stimmen, sein liberaler Rivale Rafał "
      "Trzaskowski auf 49,11 Prozent.")
P3 = "Trzaskowski, Bürgermeister von Warschau, räumte am Montag seine Niederlage ein und gratulierte dem Sieger."
P4 = "„Die Wähler haben entschieden, und dieses Ergebnis respektiere ich“, sagte der 53-Jährige."
P5 = ("Ministerpräsident Donald Tusk kündigte in einer Fernsehansprache an, im Parlament die Vertrauensfrage zu "
      "stellen.")
P6 = "Er wolle wissen, ob seine Mitte-links-Koalition noch geschlossen hinter ihm stehe."
P7 = "Nawrocki hatte im Wahlkampf angekündigt, Reformen der Regierung notfalls mit seinem Veto zu stoppen."
P8 = "PiS-Chef Jarosław Kaczyński forderte Tusk zum Rücktritt auf."
P9 = "Tusk wies das zurück und sprach von einem „Weckruf“ für seine Koalition."
P10 = ("US-Präsident Donald Trump gratulierte Nawrocki, den er im Mai im Weißen Haus empfangen hatte, zu einem "
       "„großartigen Sieg“.")
P11 = ("Auch Ungarns Regierungschef Viktor Orbán und der ukrainische Präsident Wolodymyr Selenskyj "
       "beglückwünschten den Wahlsieger.")
P12 = "Selenskyj lud Nawrocki zu einem Besuch nach Kiew ein."
P13 = "Der 42-Jährige soll sein Amt am 6. August antreten."

DE01 = {
    "id": "hm196-de-01", "lang": "de", "url": None, "published": "2025-06-02",
    "title": "Nawrocki gewinnt Präsidentenwahl in Polen knapp – Tusk stellt Vertrauensfrage",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8, P9], [P10, P11, P12, P13]),
    "events": [
        event("CONCEDE", TRZASKOWSKI, NAWROCKI, P3, date="2025-06-02"),
        event("SUPPORT", TRZASKOWSKI, NAWROCKI, P3, date="2025-06-02"),
        event("CONCEDE", TRZASKOWSKI, NAWROCKI, P4),
        event("THREATEN", NAWROCKI, POL_GOV, P7),
        event("REQUEST", KACZYNSKI, TUSK, P8, mode="change"),
        event("REJECT", TUSK, KACZYNSKI, P9, mode="change"),
        event("SUPPORT", TRUMP, NAWROCKI, P10),
        event("CONSULT", NAWROCKI, TRUMP, P10, mode="visit", location="Washington", location_country="USA"),
        event("SUPPORT", ORBAN, NAWROCKI, P11),
        event("SUPPORT", ZELENSKY, NAWROCKI, P11),
        event("AGREE", ZELENSKY, NAWROCKI, P12),
    ],
    "quotes": [
        quote("kam er auf 50,89 Prozent der Stimmen, sein liberaler Rivale Rafał Trzaskowski auf 49,11 Prozent",
              "National Electoral Commission of Poland", "indirect"),
        quote("Die Wähler haben entschieden, und dieses Ergebnis respektiere ich", "Rafał Trzaskowski", "direct"),
        quote("Er wolle wissen, ob seine Mitte-links-Koalition noch geschlossen hinter ihm stehe", "Donald Tusk",
              "indirect"),
        quote("Reformen der Regierung notfalls mit seinem Veto zu stoppen", "Karol Nawrocki", "indirect"),
        quote("Weckruf", "Donald Tusk", "direct"),
        quote("großartigen Sieg", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Law and Justice (PiS)", "ORG", "POL", ["der nationalkonservativen PiS"]),
        entity("Karol Nawrocki", "PER", "POL",
               ["Historiker Karol Nawrocki", "er", "dem Sieger", "Nawrocki", "den Wahlsieger", "Der 42-Jährige"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("National Electoral Commission of Poland", "ORG", "POL", ["der Wahlkommission"]),
        entity("Rafał Trzaskowski", "PER", "POL",
               ["sein liberaler Rivale Rafał Trzaskowski", "Trzaskowski", "der 53-Jährige"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Er", "Tusk"]),
        entity("Government of Poland", "ORG", "POL", ["seine Mitte-links-Koalition", "der Regierung",
                                                      "seine Koalition"]),
        entity("Jarosław Kaczyński", "PER", "POL", ["PiS-Chef Jarosław Kaczyński"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("White House", "LOC", "USA", ["Weißen Haus"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Regierungschef Viktor Orbán"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
    ],
}

# ---------------------------------------------------------------- hm196-de-02 (Russia, Timur Ivanov)
BASMANNY = actor("Basmanny District Court", "RUS", "JUD")
IVANOV = actor("Timur Ivanov", "RUS", "GOV")
FSB = actor("Federal Security Service (FSB)", "RUS", "COP")
BORODIN = actor("Sergei Borodin", "RUS", "BUS")
RUS_IC = actor("Investigative Committee of Russia", "RUS", "JUD")
FBK = actor("Anti-Corruption Foundation (FBK)", "RUS", "NGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
DUMA_DEPS = actor("State Duma deputies", "RUS", "LEG")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")

I1 = ("Moskau (AFP) - Ein Moskauer Gericht hat den unter Korruptionsverdacht festgenommenen russischen "
      "Vizeverteidigungsminister Timur Iwanow in Untersuchungshaft geschickt.")
I2 = "Das Basmanny-Gericht ordnete am Mittwoch zunächst zwei Monate Haft an."
I3 = ("Der Inlandsgeheimdienst FSB hatte den 48-Jährigen am Dienstag festgenommen, auch ein mutmaßlicher "
      "Komplize, der Unternehmer Sergej Borodin, kam in Gewahrsam.")
I4 = "Die Ermittler werfen Iwanow vor, Bestechungsgeld in „besonders großem Umfang“ angenommen zu haben."
I5 = "Zudem durchsuchten sie sein Büro im Verteidigungsministerium."
I6 = "Sein Anwalt sagte, Iwanow bestreite die Vorwürfe."
I7 = "Bei einer Verurteilung drohen ihm bis zu 15 Jahre Haft."
I8 = ("Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin und Verteidigungsminister Sergej Schoigu seien "
      "vorab über die Festnahme informiert worden.")
I9 = ("Iwanow war seit 2016 für Bauprojekte des Ministeriums zuständig, darunter den Wiederaufbau im besetzten "
      "Mariupol.")
I10 = ("Die Anti-Korruptions-Stiftung des im Februar gestorbenen Kremlgegners Alexej Nawalny hatte Iwanows "
       "luxuriösen Lebensstil bereits vor Jahren angeprangert.")
I11 = ("Die Festnahme sei kein Kampf gegen Korruption, sondern Teil eines Machtkampfs in der Elite, erklärte die "
       "Stiftung.")
I12 = "Mehrere Duma-Abgeordnete forderten eine Überprüfung aller Bauaufträge des Verteidigungsministeriums."

DE02 = {
    "id": "hm196-de-02", "lang": "de", "url": None, "published": "2024-04-24",
    "title": "Russischer Vizeverteidigungsminister Iwanow in Untersuchungshaft",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("COERCE", BASMANNY, IVANOV, I1, mode="arrest", date="2024-04-24", location="Moscow",
              location_country="RUS"),
        event("COERCE", BASMANNY, IVANOV, I2, mode="arrest", date="2024-04-24", location="Moscow",
              location_country="RUS"),
        event("COERCE", FSB, IVANOV, I3, mode="arrest", date="2024-04-23", location="Moscow",
              location_country="RUS"),
        event("COERCE", FSB, BORODIN, I3, mode="arrest", date="2024-04-23"),
        event("ACCUSE", RUS_IC, IVANOV, I4, mode="allege"),
        event("COERCE", RUS_IC, IVANOV, I5, mode="seize", location="Moscow", location_country="RUS"),
        event("ACCUSE", FBK, IVANOV, I10, mode="allege"),
        event("ACCUSE", FBK, RUS_GOV, I11, mode="disapprove"),
        event("REQUEST", DUMA_DEPS, RUS_MOD, I12, mode="change"),
    ],
    "quotes": [
        quote("Bestechungsgeld in „besonders großem Umfang“ angenommen zu haben", "Investigative Committee of Russia",
              "indirect"),
        quote("besonders großem Umfang", "Investigative Committee of Russia", "direct"),
        quote("Iwanow bestreite die Vorwürfe", "lawyer of Timur Ivanov", "indirect"),
        quote("Präsident Wladimir Putin und Verteidigungsminister Sergej Schoigu seien vorab über die Festnahme "
              "informiert worden", "Dmitry Peskov", "indirect"),
        quote("Die Festnahme sei kein Kampf gegen Korruption, sondern Teil eines Machtkampfs in der Elite",
              "Anti-Corruption Foundation (FBK)", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau", "Ein Moskauer Gericht"]),
        entity("Basmanny District Court", "ORG", "RUS", ["Ein Moskauer Gericht", "Das Basmanny-Gericht"]),
        entity("Timur Ivanov", "PER", "RUS",
               ["Vizeverteidigungsminister Timur Iwanow", "den 48-Jährigen", "Iwanow", "sein Büro", "ihm",
                "Iwanows"]),
        entity("Federal Security Service (FSB)", "ORG", "RUS", ["Der Inlandsgeheimdienst FSB"]),
        entity("Sergei Borodin", "PER", "RUS", ["der Unternehmer Sergej Borodin"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Die Ermittler", "sie"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS",
               ["Verteidigungsministerium", "des Ministeriums", "des Verteidigungsministeriums"]),
        entity("lawyer of Timur Ivanov", "PER", "RUS", ["Sein Anwalt"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Verteidigungsminister Sergej Schoigu"]),
        entity("Mariupol", "LOC", "UKR", ["Mariupol"]),
        entity("Anti-Corruption Foundation (FBK)", "ORG", "RUS", ["Die Anti-Korruptions-Stiftung",
                                                                 "die Stiftung"]),
        entity("Alexei Navalny", "PER", "RUS", ["Kremlgegners Alexej Nawalny"]),
        entity("State Duma deputies", "ORG", "RUS", ["Mehrere Duma-Abgeordnete"]),
    ],
}

# ---------------------------------------------------------------- hm196-de-03 (Ukraine, Parubiy)
UKR_POLICE = actor("National Police of Ukraine", "UKR", "COP")
PARUBIY_SUSPECT = actor("suspected killer of Andriy Parubiy", "UKR", "CVL")
PARUBIY = actor("Andriy Parubiy", "UKR", "LEG")
UKR_INVESTIGATORS = actor("Ukrainian investigators", "UKR", "COP")
RUSSIA = actor("Russia", "RUS", "GOV")
MALIUK = actor("Vasyl Maliuk", "UKR", "COP")
POROSHENKO = actor("Petro Poroshenko", "UKR", "OPP")
UKR_AUTH = actor("Ukrainian authorities", "UKR", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

U1 = ("Kiew (dpa) - Nach den tödlichen Schüssen auf den früheren ukrainischen Parlamentspräsidenten Andrij "
      "Parubij haben die Behörden einen Tatverdächtigen gefasst.")
U2 = ("Der 52-Jährige sei in der Nacht im Gebiet Chmelnyzkyj festgenommen worden, teilte Innenminister Ihor "
      "Klymenko am Montag mit.")
U3 = ("Ein als Kurier getarnter Mann hatte am Samstag in Lwiw acht Schüsse auf den Abgeordneten abgegeben und war "
      "auf einem Elektrofahrrad geflohen.")
U4 = "Parubij starb noch am Tatort."
U5 = "Präsident Wolodymyr Selenskyj verurteilte den „abscheulichen Mord“."
U6 = ("Der Festgenommene habe bereits erste Aussagen gemacht, die Ermittler prüften auch eine mögliche Verbindung "
      "nach Russland, sagte er.")
U7 = "Geheimdienstchef Wassyl Maljuk sagte, die Tat trage „eine russische Handschrift“."
U8 = "Moskau äußerte sich zunächst nicht."
U9 = ("Parubij war 2014 einer der Anführer der proeuropäischen Maidan-Proteste in Kiew und später Vorsitzender "
      "der Werchowna Rada.")
U10 = ("Ex-Präsident Petro Poroschenko, dessen Partei Europäische Solidarität Parubij angehörte, nannte die Tat "
       "einen „Schuss auf die Ukraine“ und forderte eine lückenlose Aufklärung.")
U11 = ("EU-Kommissionspräsidentin Ursula von der Leyen und die EU-Außenbeauftragte Kaja Kallas verurteilten den "
       "Mord.")
U12 = "Die Polizei verstärkte den Schutz von Abgeordneten in mehreren Städten."

DE03 = {
    "id": "hm196-de-03", "lang": "de", "url": None, "published": "2025-09-01",
    "title": "Mord an Ex-Parlamentschef Parubij: Verdächtiger gefasst",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11, U12]),
    "events": [
        event("COERCE", UKR_AUTH, PARUBIY_SUSPECT, U1, mode="arrest", location="Khmelnytskyi Oblast",
              location_country="UKR"),
        event("COERCE", UKR_POLICE, PARUBIY_SUSPECT, U2, mode="arrest", location="Khmelnytskyi Oblast",
              location_country="UKR"),
        event("ASSAULT", PARUBIY_SUSPECT, PARUBIY, U3, mode="assassinate", date="2025-08-30", location="Lviv",
              location_country="UKR"),
        event("ACCUSE", ZELENSKY, PARUBIY_SUSPECT, U5, mode="disapprove"),
        event("ACCUSE", UKR_INVESTIGATORS, RUSSIA, U6, mode="investigate"),
        event("ACCUSE", MALIUK, RUSSIA, U7, mode="allege"),
        event("ACCUSE", POROSHENKO, PARUBIY_SUSPECT, U10, mode="disapprove"),
        event("REQUEST", POROSHENKO, UKR_AUTH, U10, mode="change"),
        event("ACCUSE", VDL, PARUBIY_SUSPECT, U11, mode="disapprove"),
        event("ACCUSE", KALLAS, PARUBIY_SUSPECT, U11, mode="disapprove"),
        event("MOBILIZE", UKR_POLICE, None, U12, mode="police"),
    ],
    "quotes": [
        quote("Der 52-Jährige sei in der Nacht im Gebiet Chmelnyzkyj festgenommen worden", "Ihor Klymenko",
              "indirect"),
        quote("abscheulichen Mord", "Volodymyr Zelensky", "direct"),
        quote("Der Festgenommene habe bereits erste Aussagen gemacht, die Ermittler prüften auch eine mögliche "
              "Verbindung nach Russland", "Volodymyr Zelensky", "indirect"),
        quote("die Tat trage „eine russische Handschrift“", "Vasyl Maliuk", "indirect"),
        quote("eine russische Handschrift", "Vasyl Maliuk", "direct"),
        quote("Schuss auf die Ukraine", "Petro Poroshenko", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Andriy Parubiy", "PER", "UKR",
               ["den früheren ukrainischen Parlamentspräsidenten Andrij Parubij", "den Abgeordneten", "Parubij"]),
        entity("Ukrainian authorities", "ORG", "UKR", ["die Behörden"]),
        entity("suspected killer of Andriy Parubiy", "PER", "UKR",
               ["einen Tatverdächtigen", "Der 52-Jährige", "Ein als Kurier getarnter Mann", "Der Festgenommene"]),
        entity("Khmelnytskyi Oblast", "LOC", "UKR", ["Gebiet Chmelnyzkyj"]),
        entity("Ihor Klymenko", "PER", "UKR", ["Innenminister Ihor Klymenko"]),
        entity("Lviv", "LOC", "UKR", ["Lwiw"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er"]),
        entity("Ukrainian investigators", "ORG", "UKR", ["die Ermittler"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Vasyl Maliuk", "PER", "UKR", ["Geheimdienstchef Wassyl Maljuk"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["der Werchowna Rada"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Ex-Präsident Petro Poroschenko"]),
        entity("European Solidarity", "ORG", "UKR", ["Partei Europäische Solidarität"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Kaja Kallas", "PER", "EUR", ["die EU-Außenbeauftragte Kaja Kallas"]),
        entity("National Police of Ukraine", "ORG", "UKR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm196-de-04 (UK farmers)
UK_FARMERS = actor("British farmers", "GBR", "CVL")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
BRADSHAW = actor("Tom Bradshaw", "GBR", "LAB")
NFU = actor("National Farmers' Union (NFU)", "GBR", "LAB")
STARMER = actor("Keir Starmer", "GBR", "GOV")
REEVES = actor("Rachel Reeves", "GBR", "GOV")
REED = actor("Steve Reed", "GBR", "GOV")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
MET = actor("Metropolitan Police", "GBR", "COP")

F1 = ("London (dpa) - Tausende Landwirte haben in London gegen die geplante Erbschaftsteuer auf Agrarbetriebe "
      "protestiert.")
F2 = ("Viele waren am Dienstag mit Traktoren angereist und blockierten stundenlang Straßen rund um das "
      "Regierungsviertel Whitehall.")
F3 = ("Nach den Plänen von Finanzministerin Rachel Reeves sollen Höfe mit einem Wert von mehr als einer Million "
      "Pfund ab April 2026 mit 20 Prozent besteuert werden.")
F4 = ("„Diese Steuer zerstört Familienbetriebe, die seit Generationen bestehen“, rief der Präsident des "
      "Bauernverbands NFU, Tom Bradshaw, den Demonstrierenden zu.")
F5 = "Der Verband forderte die Regierung auf, die Pläne zurückzunehmen."
F6 = "Premierminister Keir Starmer wies die Forderungen am Rande des G20-Gipfels in Rio de Janeiro zurück."
F7 = "Die große Mehrheit der Höfe werde von der Reform gar nicht betroffen sein, sagte er."
F8 = "Auch Reeves schloss ein Einlenken aus: Die Regierung halte an dem Vorhaben fest."
F9 = ("Umweltminister Steve Reed traf am Nachmittag Vertreter des Verbands, um über Hilfen für kleinere Betriebe "
      "zu sprechen.")
F10 = "Oppositionsführerin Kemi Badenoch warf der Labour-Regierung vor, den ländlichen Raum im Stich zu lassen."
F11 = "Sie versprach, die Steuer nach einem Wahlsieg der Konservativen wieder abzuschaffen."
F12 = "Die NFU kündigte weitere Proteste an, sollte die Regierung nicht einlenken."
F13 = "Die Polizei hatte vorab nur eine begrenzte Zahl von Traktoren in die Innenstadt gelassen."

DE04 = {
    "id": "hm196-de-04", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Tausende Bauern protestieren in London gegen Erbschaftsteuer",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12, F13]),
    "events": [
        event("PROTEST", UK_FARMERS, UK_GOV, F1, mode="demo", date="2024-11-19", location="London",
              location_country="GBR"),
        event("PROTEST", UK_FARMERS, UK_GOV, F2, mode="obstruct", date="2024-11-19", location="Whitehall",
              location_country="GBR"),
        event("ACCUSE", BRADSHAW, UK_GOV, F4, mode="disapprove", date="2024-11-19"),
        event("REQUEST", NFU, UK_GOV, F5, mode="change"),
        event("REJECT", STARMER, NFU, F6, mode="change", location="Rio de Janeiro", location_country="BRA"),
        event("REJECT", REEVES, NFU, F8, mode="change"),
        event("CONSULT", REED, NFU, F9, date="2024-11-19"),
        event("ACCUSE", BADENOCH, UK_GOV, F10, mode="disapprove"),
        event("AGREE", BADENOCH, UK_FARMERS, F11),
        event("THREATEN", NFU, UK_GOV, F12),
        event("COERCE", MET, UK_FARMERS, F13, mode="restrict", location="London", location_country="GBR"),
    ],
    "quotes": [
        quote("Diese Steuer zerstört Familienbetriebe, die seit Generationen bestehen", "Tom Bradshaw", "direct"),
        quote("Die große Mehrheit der Höfe werde von der Reform gar nicht betroffen sein", "Keir Starmer",
              "indirect"),
        quote("Die Regierung halte an dem Vorhaben fest", "Rachel Reeves", "indirect"),
        quote("den ländlichen Raum im Stich zu lassen", "Kemi Badenoch", "indirect"),
        quote("die Steuer nach einem Wahlsieg der Konservativen wieder abzuschaffen", "Kemi Badenoch", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("British farmers", "ORG", "GBR", ["Tausende Landwirte", "Viele", "den Demonstrierenden"]),
        entity("Whitehall", "LOC", "GBR", ["Regierungsviertel Whitehall"]),
        entity("Rachel Reeves", "PER", "GBR", ["Finanzministerin Rachel Reeves", "Reeves"]),
        entity("National Farmers' Union (NFU)", "ORG", "GBR",
               ["Bauernverbands NFU", "Der Verband", "des Verbands", "Die NFU"]),
        entity("Tom Bradshaw", "PER", "GBR", ["der Präsident des Bauernverbands NFU, Tom Bradshaw"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["die Regierung", "Die Regierung",
                                                                  "der Labour-Regierung"]),
        entity("Keir Starmer", "PER", "GBR", ["Premierminister Keir Starmer", "er"]),
        entity("G20", "ORG", "IGO", ["G20-Gipfels"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Steve Reed", "PER", "GBR", ["Umweltminister Steve Reed"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Oppositionsführerin Kemi Badenoch", "Sie"]),
        entity("Conservative Party", "ORG", "GBR", ["der Konservativen"]),
        entity("Metropolitan Police", "ORG", "GBR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm196-en-01 (Signal chat)
TRUMP_EN = TRUMP
WALTZ = actor("Mike Waltz", "USA", "GOV")
US_MIL = actor("United States military", "USA", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
GOLDBERG = actor("Jeffrey Goldberg", "USA", "CVL")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
LEAVITT = actor("Karoline Leavitt", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
WARNER = actor("Mark Warner", "USA", "LEG")
GABBARD = actor("Tulsi Gabbard", "USA", "GOV")
RATCLIFFE = actor("John Ratcliffe", "USA", "GOV")

S1 = ("President Donald Trump on Tuesday stood by his national security adviser, Mike Waltz, after a journalist "
      "was mistakenly added to a group chat on planned U.S. air strikes in Yemen.")
S2 = ("Jeffrey Goldberg, editor-in-chief of The Atlantic, reported that Defense Secretary Pete Hegseth had posted "
      "details of targets and timing in the Signal chat hours before the March 15 strikes on the Houthis.")
S3 = "Signal is a commercial messaging app not approved for classified information."
S4 = ("Waltz told Fox News he took “full responsibility” for setting up the group but could not explain how "
      "Goldberg's number got into it.")
S5 = ("Hegseth, speaking to reporters in Hawaii, said no war plans had been shared and called Goldberg a "
      "“discredited” reporter.")
S6 = "Trump said Waltz had made a mistake but would keep his job."
S7 = ("Senate Democratic leader Chuck Schumer called the episode “a reckless breach of national security” and "
      "demanded a full investigation.")
S8 = "House Democratic leader Hakeem Jeffries said Hegseth should be fired."
S9 = ("The White House rejected the demands, with press secretary Karoline Leavitt insisting that no classified "
      "material had been posted.")
S10 = ("At a Senate Intelligence Committee hearing, Director of National Intelligence Tulsi Gabbard and CIA "
       "Director John Ratcliffe told senators that nothing classified had been shared.")
S11 = ("Senator Mark Warner, the committee's top Democrat, accused both of playing down a “dangerous” lapse and "
       "said a junior officer would have been fired for the same mistake.")

EN01 = {
    "id": "hm196-en-01", "lang": "en", "url": None, "published": "2025-03-25",
    "title": "Trump stands by Waltz after journalist added to Yemen strike chat",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8, S9], [S10, S11]),
    "events": [
        event("SUPPORT", TRUMP_EN, WALTZ, S1, date="2025-03-25"),
        event("ASSAULT", US_MIL, HOUTHIS, S2, mode="aerial", date="2025-03-15", location="Yemen",
              location_country="YEM"),
        event("CONCEDE", WALTZ, None, S4),
        event("ACCUSE", HEGSETH, GOLDBERG, S5, mode="disapprove"),
        event("SUPPORT", TRUMP_EN, WALTZ, S6),
        event("ACCUSE", SCHUMER, TRUMP_ADMIN, S7, mode="disapprove"),
        event("REQUEST", SCHUMER, TRUMP_ADMIN, S7, mode="change"),
        event("REQUEST", JEFFRIES, TRUMP_EN, S8, mode="change"),
        event("REJECT", LEAVITT, SCHUMER, S9, mode="change"),
        event("REJECT", LEAVITT, JEFFRIES, S9, mode="change"),
        event("ACCUSE", WARNER, GABBARD, S11, mode="disapprove"),
        event("ACCUSE", WARNER, RATCLIFFE, S11, mode="disapprove"),
    ],
    "quotes": [
        quote("Defense Secretary Pete Hegseth had posted details of targets and timing in the Signal chat hours "
              "before the March 15 strikes on the Houthis", "Jeffrey Goldberg", "indirect"),
        quote("full responsibility", "Mike Waltz", "direct"),
        quote("he took “full responsibility” for setting up the group but could not explain how Goldberg's number "
              "got into it", "Mike Waltz", "indirect"),
        quote("no war plans had been shared", "Pete Hegseth", "indirect"),
        quote("discredited", "Pete Hegseth", "direct"),
        quote("Waltz had made a mistake but would keep his job", "Donald Trump", "indirect"),
        quote("a reckless breach of national security", "Chuck Schumer", "direct"),
        quote("Hegseth should be fired", "Hakeem Jeffries", "indirect"),
        quote("no classified material had been posted", "Karoline Leavitt", "indirect"),
        quote("nothing classified had been shared", "Tulsi Gabbard", "indirect"),
        quote("nothing classified had been shared", "John Ratcliffe", "indirect"),
        quote("dangerous", "Mark Warner", "direct"),
        quote("a junior officer would have been fired for the same mistake", "Mark Warner", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Mike Waltz", "PER", "USA", ["his national security adviser, Mike Waltz", "Waltz", "his job"]),
        entity("Jeffrey Goldberg", "PER", "USA",
               ["a journalist", "Jeffrey Goldberg, editor-in-chief of The Atlantic", "Goldberg's", "Goldberg"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("The Atlantic", "ORG", "USA", ["The Atlantic"]),
        entity("Pete Hegseth", "PER", "USA", ["Defense Secretary Pete Hegseth", "Hegseth"]),
        entity("Signal", "ORG", "MNC", ["Signal"]),
        entity("Houthis", "ORG", "YEM", ["the Houthis"]),
        entity("Fox News", "ORG", "USA", ["Fox News"]),
        entity("Hawaii", "LOC", "USA", ["Hawaii"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer"]),
        entity("Hakeem Jeffries", "PER", "USA", ["House Democratic leader Hakeem Jeffries"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Karoline Leavitt", "PER", "USA", ["press secretary Karoline Leavitt"]),
        entity("Senate Intelligence Committee", "ORG", "USA", ["Senate Intelligence Committee", "the committee's"]),
        entity("Tulsi Gabbard", "PER", "USA", ["Director of National Intelligence Tulsi Gabbard"]),
        entity("John Ratcliffe", "PER", "USA", ["CIA Director John Ratcliffe"]),
        entity("Mark Warner", "PER", "USA", ["Senator Mark Warner"]),
    ],
}

# ---------------------------------------------------------------- hm196-en-02 (Spain, Cerdán)
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ESP_CITIZENS = actor("Spanish citizens", "ESP", "CVL")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
CERDAN = actor("Santos Cerdán", "ESP", "PTY")
UCO = actor("Civil Guard Central Operative Unit (UCO)", "ESP", "COP")
ABALOS = actor("José Luis Ábalos", "ESP", "LEG")
KOLDO = actor("Koldo García", "ESP", "PTY")
PSOE = actor("Spanish Socialist Workers' Party (PSOE)", "ESP", "PTY")
ESP_JUDICIARY = actor("Spanish courts", "ESP", "JUD")
ESP_SUPREME = actor("Supreme Court of Spain", "ESP", "JUD")
SUMAR = actor("Sumar", "ESP", "PTY")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
ESP_PROTESTERS = actor("protesters outside the PSOE headquarters", "ESP", "CVL")
ESP_POLICE = actor("Spanish police", "ESP", "COP")

X1 = ("Spanish Prime Minister Pedro Sanchez apologized to voters on Thursday after a police report implicated his "
      "party's third-ranking official in an alleged kickback scheme, but he ruled out an early election.")
X2 = ("Santos Cerdan, the Socialist Party's organization secretary, resigned from his post and said he would "
      "give up his seat in parliament.")
X3 = ("A report by the Civil Guard's anti-corruption unit, made public by the Supreme Court, said Cerdan had "
      "arranged illegal commissions from builders together with former transport minister Jose "
      "Luis Abalos and his aide Koldo Garcia.")
X4 = "Cerdan denied any wrongdoing and said he would prove his innocence in court."
X5 = ("“I was wrong to trust him,” Sanchez told reporters at the party's Madrid headquarters, “and I apologize "
      "to the citizens for that.”")
X6 = "He said the Socialists had ordered an external audit and would cooperate fully with the courts."
X7 = "The Supreme Court summoned Cerdan to testify as a suspect on June 25."
X8 = ("Opposition leader Alberto Nunez Feijoo of the conservative People's Party said the government was "
      "“finished” and called on Sanchez to resign or call an early election.")
X9 = ("Sumar, the junior partner in the coalition, demanded “immediate explanations” but stopped short of "
      "leaving the government.")
X10 = ("Several hundred people gathered outside the Socialist headquarters on Ferraz Street on Thursday evening, "
       "chanting for Sanchez to step down.")
X11 = "Police kept them behind metal barriers."
X12 = "Spain's next general election is not due until 2027."

EN02 = {
    "id": "hm196-en-02", "lang": "en", "url": None, "published": "2025-06-13",
    "title": "Spain's Sanchez apologizes as party No. 3 quits over graft report",
    "text": paragraphs([X1, X2, X3, X4], [X5, X6, X7], [X8, X9, X10, X11, X12]),
    "events": [
        event("CONCEDE", SANCHEZ, ESP_CITIZENS, X1, date="2025-06-12"),
        event("REJECT", SANCHEZ, FEIJOO, X1, mode="change", date="2025-06-12"),
        event("RETREAT", CERDAN, None, X2, mode="resign", date="2025-06-12"),
        event("ACCUSE", UCO, CERDAN, X3, mode="allege"),
        event("ACCUSE", UCO, ABALOS, X3, mode="allege"),
        event("ACCUSE", UCO, KOLDO, X3, mode="allege"),
        event("CONCEDE", SANCHEZ, ESP_CITIZENS, X5, date="2025-06-12", location="Madrid", location_country="ESP"),
        event("AGREE", PSOE, ESP_JUDICIARY, X6),
        event("ACCUSE", ESP_SUPREME, CERDAN, X7, mode="investigate"),
        event("ACCUSE", FEIJOO, SANCHEZ, X8, mode="disapprove"),
        event("REQUEST", FEIJOO, SANCHEZ, X8, mode="change"),
        event("REQUEST", SUMAR, SANCHEZ, X9, mode="change"),
        event("SANCTION", SUMAR, ESP_GOV, X9, mode="withdraw", negated=True),
        event("PROTEST", ESP_PROTESTERS, SANCHEZ, X10, mode="demo", date="2025-06-12", location="Madrid",
              location_country="ESP"),
        event("REQUEST", ESP_PROTESTERS, SANCHEZ, X10, mode="change", date="2025-06-12"),
        event("COERCE", ESP_POLICE, ESP_PROTESTERS, X11, mode="restrict", date="2025-06-12", location="Madrid",
              location_country="ESP"),
    ],
    "quotes": [
        quote("Cerdan had arranged illegal commissions from builders together with former "
              "transport minister Jose Luis Abalos and his aide Koldo Garcia",
              "Civil Guard Central Operative Unit (UCO)", "indirect"),
        quote("he would give up his seat in parliament", "Santos Cerdán", "indirect"),
        quote("he would prove his innocence in court", "Santos Cerdán", "indirect"),
        quote("I was wrong to trust him", "Pedro Sánchez", "direct"),
        quote("and I apologize to the citizens for that", "Pedro Sánchez", "direct"),
        quote("the Socialists had ordered an external audit and would cooperate fully with the courts",
              "Pedro Sánchez", "indirect"),
        quote("finished", "Alberto Núñez Feijóo", "direct"),
        quote("the government was “finished”", "Alberto Núñez Feijóo", "indirect"),
        quote("immediate explanations", "Sumar", "direct"),
    ],
    "entities": [
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sanchez", "Sanchez", "He"]),
        entity("Santos Cerdán", "PER", "ESP",
               ["his party's third-ranking official", "Santos Cerdan, the Socialist Party's organization secretary",
                "Cerdan", "him"]),
        entity("Spanish Socialist Workers' Party (PSOE)", "ORG", "ESP",
               ["the Socialist Party's", "the Socialists", "the party's"]),
        entity("Civil Guard Central Operative Unit (UCO)", "ORG", "ESP", ["the Civil Guard's anti-corruption unit"]),
        entity("Supreme Court of Spain", "ORG", "ESP", ["the Supreme Court", "The Supreme Court"]),
        entity("José Luis Ábalos", "PER", "ESP", ["former transport minister Jose Luis Abalos"]),
        entity("Koldo García", "PER", "ESP", ["his aide Koldo Garcia"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Opposition leader Alberto Nunez Feijoo"]),
        entity("People's Party (PP)", "ORG", "ESP", ["the conservative People's Party"]),
        entity("Government of Spain", "ORG", "ESP", ["the government", "the coalition"]),
        entity("Sumar", "ORG", "ESP", ["Sumar, the junior partner in the coalition", "Sumar"]),
        entity("Ferraz Street", "LOC", "ESP", ["Ferraz Street", "the Socialist headquarters"]),
        entity("protesters outside the PSOE headquarters", "ORG", "ESP", ["Several hundred people", "them"]),
        entity("Spanish police", "ORG", "ESP", ["Police"]),
        entity("Spain", "GPE", "ESP", ["Spain's"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
