"""Round 190: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm190-de-01: Portugal's Montenegro government loses a confidence vote over his family firm; Socialists and Chega vote against, Rebelo de Sousa receives the party leaders (2025-03-12).
- hm190-de-02: Massive Russian drone and missile attack on Kyiv kills 23 and damages the EU delegation; Zelensky's demands, Brussels and London summon Russian envoys, Germany pledges Patriots (2025-08-28).
- hm190-de-03: Lukashenko declared winner of Belarus's presidential election; Putin and Xi congratulate, Kallas and Tsikhanouskaya object, exiles protest in Warsaw and Vilnius (2025-01-27).
- hm190-de-04: Romania's Constitutional Court throws out George Simion's bid to annul Nicușor Dan's runoff win; Simion accuses France and Moldova, Macron, von der Leyen and Sandu back Dan (2025-05-22).
- hm190-en-01: Russian general Yaroslav Moskalik killed by a car bomb near Moscow as Witkoff meets Putin; FSB arrest, Zakharova blames Kyiv, Trump urges talks (2025-04-25).
- hm190-en-02: Trump refuses to rule out force to take Greenland and the Panama Canal; Frederiksen, Egede, Barrot, Scholz and Panama push back (2025-01-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm190-de-01
PT_PARLIAMENT = actor("Assembly of the Republic", "PRT", "LEG")
MONTENEGRO = actor("Luís Montenegro", "PRT", "GOV")
PS = actor("Socialist Party", "PRT", "PTY")
CHEGA = actor("Chega", "PRT", "PTY")
PT_OPPOSITION = actor("Portuguese opposition", "PRT", "OPP")
SANTOS = actor("Pedro Nuno Santos", "PRT", "PTY")
VENTURA = actor("André Ventura", "PRT", "PTY")
PT_PARTY_LEADERS = actor("leaders of Portugal's parliamentary parties", "PRT", "PTY")
REBELO = actor("Marcelo Rebelo de Sousa", "PRT", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
PORTUGAL = actor("Portugal", "PRT", "GOV")

A1 = "Portugals Mitte-rechts-Regierung unter Ministerpräsident Luís Montenegro ist im Parlament an einer Vertrauensabstimmung gescheitert."
A2 = "Die oppositionellen Sozialisten und die rechtspopulistische Partei Chega stimmten am Dienstag gemeinsam gegen den Antrag, 142 Abgeordnete votierten mit Nein, nur 88 mit Ja."
A3 = "Montenegro hatte die Vertrauensfrage selbst gestellt, nachdem ihm die Opposition wegen der Geschäfte einer Beratungsfirma seiner Familie Interessenkonflikte vorgeworfen hatte."
A4 = "Der Regierungschef wies die Vorwürfe erneut zurück."
A5 = "»Ich habe nichts Unrechtes getan«, sagte der 52-Jährige nach der Abstimmung in Lissabon, »und ich werde mich den Wählern stellen.«"
A6 = "Er warf den Sozialisten vor, das Land aus parteitaktischen Gründen in die dritte Wahl binnen gut drei Jahren zu treiben."
A7 = "Sozialistenchef Pedro Nuno Santos entgegnete, der Ministerpräsident habe dem Parlament wochenlang Antworten verweigert."
A8 = "Chega-Chef André Ventura verlangte einen Untersuchungsausschuss zu den Firmengeschäften."
A9 = "Präsident Marcelo Rebelo de Sousa empfing am Mittwoch die Vorsitzenden aller Parlamentsparteien im Belém-Palast."
A10 = "Er will nach Beratungen mit dem Staatsrat über eine Auflösung des Parlaments entscheiden, als wahrscheinlichster Wahltermin gilt der 18. Mai."
A11 = "Die Regierung bleibt bis dahin geschäftsführend im Amt."
A12 = "Die EU-Kommission mahnte, Portugal müsse die Reformen für die Auszahlung der Gelder aus dem Corona-Aufbaufonds trotz der Krise fristgerecht umsetzen."

DE01 = {
    "id": "hm190-de-01", "lang": "de", "url": None, "published": "2025-03-12",
    "title": "Portugals Regierung scheitert an Vertrauensfrage – Neuwahl im Mai wahrscheinlich",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("REJECT", PT_PARLIAMENT, MONTENEGRO, A1),
        event("REJECT", PS, MONTENEGRO, A2, date="2025-03-11"),
        event("REJECT", CHEGA, MONTENEGRO, A2, date="2025-03-11"),
        event("ACCUSE", PT_OPPOSITION, MONTENEGRO, A3, mode="allege"),
        event("ACCUSE", MONTENEGRO, PS, A6, mode="allege"),
        event("ACCUSE", SANTOS, MONTENEGRO, A7, mode="allege"),
        event("REQUEST", VENTURA, PT_PARLIAMENT, A8, mode="change"),
        event("CONSULT", PT_PARTY_LEADERS, REBELO, A9, mode="visit", location="Lisbon", location_country="PRT"),
        event("REQUEST", EU_COMMISSION, PORTUGAL, A12, mode="change"),
    ],
    "quotes": [
        quote("Ich habe nichts Unrechtes getan", "Luís Montenegro", "direct"),
        quote("und ich werde mich den Wählern stellen", "Luís Montenegro", "direct"),
        quote("das Land aus parteitaktischen Gründen in die dritte Wahl binnen gut drei Jahren zu treiben",
              "Luís Montenegro", "indirect"),
        quote("der Ministerpräsident habe dem Parlament wochenlang Antworten verweigert", "Pedro Nuno Santos",
              "indirect"),
        quote("Portugal müsse die Reformen für die Auszahlung der Gelder aus dem Corona-Aufbaufonds trotz der Krise "
              "fristgerecht umsetzen", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Portugal", "GPE", "PRT", ["Portugals", "Portugal", "das Land"]),
        entity("Government of Portugal", "ORG", "PRT", ["Portugals Mitte-rechts-Regierung", "Die Regierung"]),
        entity("Luís Montenegro", "PER", "PRT", ["Ministerpräsident Luís Montenegro", "Montenegro", "ihm",
                                                 "Der Regierungschef", "der 52-Jährige", "Er",
                                                 "der Ministerpräsident"]),
        entity("Assembly of the Republic", "ORG", "PRT", ["Parlament", "142 Abgeordnete"]),
        entity("Socialist Party", "ORG", "PRT", ["Die oppositionellen Sozialisten", "den Sozialisten"]),
        entity("Chega", "ORG", "PRT", ["die rechtspopulistische Partei Chega"]),
        entity("Portuguese opposition", "ORG", "PRT", ["die Opposition"]),
        entity("Spinumviva", "ORG", "PRT", ["einer Beratungsfirma seiner Familie"]),
        entity("Lisbon", "GPE", "PRT", ["Lissabon"]),
        entity("Pedro Nuno Santos", "PER", "PRT", ["Sozialistenchef Pedro Nuno Santos"]),
        entity("André Ventura", "PER", "PRT", ["Chega-Chef André Ventura"]),
        entity("Marcelo Rebelo de Sousa", "PER", "PRT", ["Präsident Marcelo Rebelo de Sousa", "Er"]),
        entity("leaders of Portugal's parliamentary parties", "PER", "PRT", ["die Vorsitzenden aller Parlamentsparteien"]),
        entity("Belém Palace", "LOC", "PRT", ["Belém-Palast"]),
        entity("Council of State", "ORG", "PRT", ["dem Staatsrat"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm190-de-02
RUSSIA = actor("Russia", "RUS", "GOV")
RUSSIA_MIL = actor("Russia", "RUS", "MIL")
KYIV_CIVILIANS = actor("residents of Kyiv", "UKR", "CVL")
UKRAINE = actor("Ukraine", "UKR", None)
UKRAINE_GOV = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PARTNERS = actor("Ukraine's Western partners", None, "GOV")
EU = actor("European Union", "EUR", "IGO")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
UK = actor("United Kingdom", "GBR", "GOV")
RU_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
GERMANY = actor("Germany", "DEU", "GOV")
POLAND_MIL = actor("Poland", "POL", "MIL")

B1 = "Bei einem der schwersten russischen Luftangriffe auf Kiew seit Kriegsbeginn sind in der Nacht zum Donnerstag mindestens 23 Menschen getötet worden, darunter vier Kinder."
B2 = "Nach Angaben der ukrainischen Luftwaffe setzte Russland fast 600 Drohnen und 31 Raketen ein."
B3 = "Im Stadtteil Darnyzja stürzte ein fünfstöckiges Wohnhaus teilweise ein."
B4 = "Auch das Gebäude der EU-Vertretung und das Büro des British Council in der Innenstadt wurden durch Druckwellen beschädigt."
B5 = "Präsident Wolodymyr Selenskyj warf Moskau vor, mit den Angriffen auf Wohnhäuser jede Friedensinitiative zu verhöhnen."
B6 = "»Russland wählt das Töten statt des Verhandlungstischs«, schrieb er auf X."
B7 = "Er forderte von den Partnern neue Sanktionen und mehr Flugabwehrsysteme."
B8 = "Die EU bestellte den russischen Geschäftsträger in Brüssel ein."
B9 = "Kommissionspräsidentin Ursula von der Leyen kündigte an, in Kürze ein 19. Sanktionspaket gegen Russland vorzulegen."
B10 = "Auch London bestellte den russischen Botschafter ein."
B11 = "Das russische Verteidigungsministerium erklärte, es habe Rüstungsbetriebe und Luftwaffenstützpunkte mit Präzisionswaffen getroffen."
B12 = "Deutschland sagte Kiew unterdessen zwei weitere Patriot-Systeme zu, die bis zum Jahresende geliefert werden sollen."
B13 = "Polen ließ wegen der Angriffe in der Westukraine vorsorglich Kampfjets aufsteigen."

DE02 = {
    "id": "hm190-de-02", "lang": "de", "url": None, "published": "2025-08-28",
    "title": "Russischer Großangriff auf Kiew: 23 Tote, auch EU-Vertretung beschädigt",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("ASSAULT", RUSSIA_MIL, KYIV_CIVILIANS, B1, mode="aerial", location="Kyiv", location_country="UKR"),
        event("ASSAULT", RUSSIA_MIL, UKRAINE, B2, mode="drone"),
        event("ACCUSE", ZELENSKY, RUSSIA, B5, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, B6, mode="disapprove"),
        event("REQUEST", ZELENSKY, PARTNERS, B7, mode="assist"),
        event("ACCUSE", EU, RUSSIA, B8, mode="disapprove"),
        event("THREATEN", VDL, RUSSIA, B9),
        event("ACCUSE", UK, RUSSIA, B10, mode="disapprove"),
        event("ASSAULT", RU_MOD, UKRAINE, B11),
        event("AGREE", GERMANY, UKRAINE_GOV, B12),
        event("MOBILIZE", POLAND_MIL, None, B13, mode="weapons"),
    ],
    "quotes": [
        quote("setzte Russland fast 600 Drohnen und 31 Raketen ein", "Ukrainian Air Force", "indirect"),
        quote("mit den Angriffen auf Wohnhäuser jede Friedensinitiative zu verhöhnen", "Volodymyr Zelensky",
              "indirect"),
        quote("Russland wählt das Töten statt des Verhandlungstischs", "Volodymyr Zelensky", "direct"),
        quote("in Kürze ein 19. Sanktionspaket gegen Russland vorzulegen", "Ursula von der Leyen", "indirect"),
        quote("es habe Rüstungsbetriebe und Luftwaffenstützpunkte mit Präzisionswaffen getroffen",
              "Ministry of Defence of Russia", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "GPE", "UKR", ["Kiew"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der ukrainischen Luftwaffe"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Darnytskyi district", "LOC", "UKR", ["Stadtteil Darnyzja"]),
        entity("Delegation of the European Union to Ukraine", "ORG", "EUR", ["EU-Vertretung"]),
        entity("British Council", "ORG", "GBR", ["des British Council"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er", "Er"]),
        entity("Ukraine's Western partners", "ORG", None, ["den Partnern"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Russian chargé d'affaires to the EU", "PER", "RUS", ["den russischen Geschäftsträger in Brüssel"]),
        entity("Brussels", "GPE", "BEL", ["Brüssel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("United Kingdom", "GPE", "GBR", ["London"]),
        entity("Andrei Kelin", "PER", "RUS", ["den russischen Botschafter"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium", "es"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Western Ukraine", "LOC", "UKR", ["der Westukraine"]),
    ],
}

# ---------------------------------------------------------------- hm190-de-03
BELARUS = actor("Belarus", "BLR", "GOV")
OSCE = actor("Organization for Security and Co-operation in Europe", "IGO", "IGO")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
TSIKHANOUSKAYA = actor("Sviatlana Tsikhanouskaya", "BLR", "OPP")
WEST = actor("Western governments", None, "GOV")
BLR_OPP_EXILE = actor("Belarusian opposition in exile", "BLR", "OPP")
BLR_PRISONERS = actor("Belarusian political prisoners", "BLR", "CVL")
BLR_EXILES = actor("Belarusian exiles", "BLR", "CVL")

C1 = "Die Zentrale Wahlkommission in Minsk hat den belarussischen Machthaber Alexander Lukaschenko mit 86,8 Prozent der Stimmen zum Sieger der Präsidentenwahl erklärt."
C2 = "Minsk hatte keine Wahlbeobachter der OSZE eingeladen."
C3 = "Die vier Gegenkandidaten galten als regierungstreu."
C4 = "Kremlchef Wladimir Putin gratulierte Lukaschenko noch am Wahlabend zu einem »überzeugenden Sieg«."
C5 = "Auch Chinas Staatschef Xi Jinping gratulierte und bot einen Ausbau der wirtschaftlichen Zusammenarbeit an."
C6 = "Die EU-Außenbeauftragte Kaja Kallas nannte die Abstimmung dagegen eine »Farce« ohne jede demokratische Legitimität."
C7 = "Die EU werde ihre Sanktionen gegen das Regime in Minsk verschärfen, kündigte sie an."
C8 = "Die im Exil lebende Oppositionsführerin Swetlana Tichanowskaja rief die westlichen Regierungen auf, das Ergebnis nicht anzuerkennen."
C9 = "Lukaschenko zeigte sich bei einer mehrstündigen Pressekonferenz unbeeindruckt."
C10 = "Ob der Westen die Wahl anerkenne, sei ihm »egal«, sagte er."
C11 = "Er warf der Opposition im Ausland vor, mit Geld aus dem Westen einen Umsturz vorbereitet zu haben."
C12 = "Im Vorfeld der Wahl hatte Lukaschenko mehr als 200 politische Gefangene begnadigt, die Menschenrechtsorganisation Wjasna zählt aber weiterhin über 1200 Inhaftierte."
C13 = "In Warschau und Vilnius demonstrierten am Sonntag Tausende Exil-Belarussen gegen die Wahl."

DE03 = {
    "id": "hm190-de-03", "lang": "de", "url": None, "published": "2025-01-27",
    "title": "Lukaschenko lässt sich zum siebten Mal zum Wahlsieger erklären",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12, C13]),
    "events": [
        event("AGREE", BELARUS, OSCE, C2, negated=True),
        event("SUPPORT", PUTIN, LUKASHENKO, C4),
        event("SUPPORT", XI, LUKASHENKO, C5),
        event("AGREE", XI, BELARUS, C5),
        event("ACCUSE", KALLAS, LUKASHENKO, C6, mode="disapprove"),
        event("THREATEN", KALLAS, BELARUS, C7),
        event("REQUEST", TSIKHANOUSKAYA, WEST, C8, mode="change"),
        event("ACCUSE", LUKASHENKO, BLR_OPP_EXILE, C11, mode="allege"),
        event("CONCEDE", LUKASHENKO, BLR_PRISONERS, C12),
        event("PROTEST", BLR_EXILES, LUKASHENKO, C13, mode="demo", date="2025-01-26"),
    ],
    "quotes": [
        quote("überzeugenden Sieg", "Vladimir Putin", "direct"),
        quote("Farce", "Kaja Kallas", "direct"),
        quote("Die EU werde ihre Sanktionen gegen das Regime in Minsk verschärfen", "Kaja Kallas", "indirect"),
        quote("das Ergebnis nicht anzuerkennen", "Sviatlana Tsikhanouskaya", "indirect"),
        quote("egal", "Alexander Lukashenko", "direct"),
        quote("Ob der Westen die Wahl anerkenne, sei ihm »egal«", "Alexander Lukashenko", "indirect"),
        quote("mit Geld aus dem Westen einen Umsturz vorbereitet zu haben", "Alexander Lukashenko", "indirect"),
    ],
    "entities": [
        entity("Central Election Commission of Belarus", "ORG", "BLR", ["Die Zentrale Wahlkommission in Minsk"]),
        entity("Minsk", "GPE", "BLR", ["Minsk"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["den belarussischen Machthaber Alexander Lukaschenko",
                                                      "Lukaschenko", "ihm", "er", "Er"]),
        entity("Organization for Security and Co-operation in Europe", "ORG", "IGO", ["OSZE"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "sie"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR", ["Die im Exil lebende Oppositionsführerin Swetlana Tichanowskaja"]),
        entity("Western governments", "ORG", None, ["die westlichen Regierungen", "der Westen", "dem Westen"]),
        entity("Belarusian opposition in exile", "ORG", "BLR", ["der Opposition im Ausland"]),
        entity("Belarusian political prisoners", "PER", "BLR", ["mehr als 200 politische Gefangene"]),
        entity("Viasna", "ORG", "BLR", ["die Menschenrechtsorganisation Wjasna"]),
        entity("Warsaw", "GPE", "POL", ["Warschau"]),
        entity("Vilnius", "GPE", "LTU", ["Vilnius"]),
        entity("Belarusian exiles", "ORG", "BLR", ["Tausende Exil-Belarussen"]),
    ],
}

# ---------------------------------------------------------------- hm190-de-04
SIMION = actor("George Simion", "ROU", "PTY")
DAN = actor("Nicușor Dan", "ROU", "GOV")
FRANCE = actor("France", "FRA", "GOV")
MOLDOVA = actor("Moldova", "MDA", "GOV")
ROU_COURT = actor("Constitutional Court of Romania", "ROU", "JUD")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
VDL4 = actor("Ursula von der Leyen", "EUR", "IGO")
SANDU = actor("Maia Sandu", "MDA", "GOV")
UKRAINE4 = actor("Ukraine", "UKR", "GOV")
RUSSIA4 = actor("Russia", "RUS", "GOV")
ROMANIA = actor("Romania", "ROU", "GOV")

D1 = "Rumäniens Verfassungsgericht hat den Antrag des unterlegenen Präsidentschaftskandidaten George Simion auf eine Annullierung der Stichwahl abgewiesen."
D2 = "Die Entscheidung fiel am Donnerstag einstimmig, damit ist der Sieg des liberalen Bukarester Bürgermeisters Nicușor Dan bestätigt."
D3 = "Laut der Zentralen Wahlbehörde kam Dan am Sonntag auf knapp 54 Prozent der Stimmen."
D4 = "Simion hatte in der Wahlnacht zunächst seine Niederlage eingeräumt und seinem Rivalen gratuliert."
D5 = "Tags darauf warf er Frankreich und Moldau vor, sich mit Desinformation und gekauften Stimmen in die Wahl eingemischt zu haben."
D6 = "Das Außenministerium in Paris wies die Vorwürfe als »haltlos« zurück."
D7 = "Am Dienstag reichte Simion dann beim Verfassungsgericht den Antrag auf Annullierung ein."
D8 = "Frankreichs Präsident Emmanuel Macron und EU-Kommissionspräsidentin Ursula von der Leyen gratulierten Dan nach dem Urteil erneut."
D9 = "Die moldauische Präsidentin Maia Sandu lud ihn zu einem baldigen Besuch in Chișinău ein."
D10 = "Dan versprach, die Unterstützung Rumäniens für die Ukraine fortzusetzen."
D11 = "Aus Moskau hieß es, man respektiere die Wahl der Rumänen, beobachte aber die »Militarisierung« des Landes mit Sorge."
D12 = "Dan soll am Montag vereidigt werden."

DE04 = {
    "id": "hm190-de-04", "lang": "de", "url": None, "published": "2025-05-22",
    "title": "Rumäniens Verfassungsgericht bestätigt Wahlsieg von Nicușor Dan",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11, D12]),
    "events": [
        event("REJECT", ROU_COURT, SIMION, D1, mode="change", date="2025-05-22"),
        event("CONCEDE", SIMION, DAN, D4),
        event("SUPPORT", SIMION, DAN, D4),
        event("ACCUSE", SIMION, FRANCE, D5, mode="allege"),
        event("ACCUSE", SIMION, MOLDOVA, D5, mode="allege"),
        event("REQUEST", SIMION, ROU_COURT, D7, mode="change"),
        event("SUPPORT", MACRON, DAN, D8),
        event("SUPPORT", VDL4, DAN, D8),
        event("AGREE", SANDU, DAN, D9),
        event("AGREE", DAN, UKRAINE4, D10),
        event("ACCUSE", RUSSIA4, ROMANIA, D11, mode="disapprove"),
    ],
    "quotes": [
        quote("kam Dan am Sonntag auf knapp 54 Prozent der Stimmen", "Permanent Electoral Authority of Romania",
              "indirect"),
        quote("sich mit Desinformation und gekauften Stimmen in die Wahl eingemischt zu haben", "George Simion",
              "indirect"),
        quote("haltlos", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("die Unterstützung Rumäniens für die Ukraine fortzusetzen", "Nicușor Dan", "indirect"),
        quote("man respektiere die Wahl der Rumänen, beobachte aber die »Militarisierung« des Landes mit Sorge",
              "Russia", "indirect"),
        quote("Militarisierung", "Russia", "direct"),
    ],
    "entities": [
        entity("Constitutional Court of Romania", "ORG", "ROU", ["Rumäniens Verfassungsgericht", "beim Verfassungsgericht"]),
        entity("Romania", "GPE", "ROU", ["Rumäniens", "des Landes"]),
        entity("George Simion", "PER", "ROU", ["des unterlegenen Präsidentschaftskandidaten George Simion", "Simion",
                                               "er"]),
        entity("Nicușor Dan", "PER", "ROU", ["des liberalen Bukarester Bürgermeisters Nicușor Dan", "Dan",
                                             "seinem Rivalen", "ihn"]),
        entity("Bucharest", "GPE", "ROU", ["Bukarester"]),
        entity("Permanent Electoral Authority of Romania", "ORG", "ROU", ["der Zentralen Wahlbehörde"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Frankreichs"]),
        entity("Moldova", "GPE", "MDA", ["Moldau"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das Außenministerium in Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Maia Sandu", "PER", "MDA", ["Die moldauische Präsidentin Maia Sandu"]),
        entity("Chișinău", "GPE", "MDA", ["Chișinău"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm190-en-01
RU_IC = actor("Investigative Committee of Russia", "RUS", "JUD")
BOMBERS = actor("unknown attackers", None, None)
FSB = actor("Federal Security Service", "RUS", "GOV")
SUSPECT = actor("suspect in the Moskalik killing", "RUS", "CVL")
UA_INTEL = actor("Ukrainian intelligence services", "UKR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UKRAINE_E = actor("Ukraine", "UKR", "GOV")
WESTERN_GOVS = actor("Western governments", None, "GOV")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
PUTIN_E = actor("Vladimir Putin", "RUS", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
RUSSIA_E = actor("Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")

E1 = "A senior Russian general was killed on Friday when a parked car packed with explosives blew up next to him in Balashikha, just east of Moscow, investigators said."
E2 = "Lieutenant General Yaroslav Moskalik was a deputy head of the main operations directorate of the General Staff."
E3 = "The Investigative Committee opened a terrorism case and said the device had been filled with shrapnel."
E4 = "Hours later, the FSB security service said it had detained a suspect who had been recruited by Ukrainian intelligence."
E5 = "Foreign ministry spokeswoman Maria Zakharova accused Kyiv of “terrorist methods” and said Western capitals that armed Ukraine shared responsibility."
E6 = "There was no immediate comment from Kyiv."
E7 = "The bombing came as U.S. envoy Steve Witkoff arrived at the Kremlin for his fourth meeting with President Vladimir Putin since February."
E8 = "The two men talked for three hours, Kremlin aide Yuri Ushakov said, calling the discussion “constructive and very useful.”"
E9 = "According to Ushakov, they discussed the possibility of direct talks between Russia and Ukraine."
E10 = "In Washington, President Donald Trump said a deal was “very close” and urged both sides to meet at the highest level to finish it."
E11 = "Kyiv this week rejected a U.S. proposal under which Washington would recognise Russian control of Crimea."

EN01 = {
    "id": "hm190-en-01", "lang": "en", "url": None, "published": "2025-04-25",
    "title": "Russian general killed by car bomb near Moscow as Witkoff meets Putin",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9, E10, E11]),
    "events": [
        event("ACCUSE", RU_IC, None, E3, mode="investigate"),
        event("COERCE", FSB, SUSPECT, E4, mode="arrest"),
        event("ACCUSE", FSB, UA_INTEL, E4, mode="allege"),
        event("ACCUSE", ZAKHAROVA, UKRAINE_E, E5, mode="allege"),
        event("ACCUSE", ZAKHAROVA, WESTERN_GOVS, E5, mode="allege"),
        event("CONSULT", WITKOFF, PUTIN_E, E7, mode="visit", location="Moscow", location_country="RUS"),
        event("CONSULT", WITKOFF, PUTIN_E, E8, mode="visit", location="Moscow", location_country="RUS"),
        event("REQUEST", TRUMP, RUSSIA_E, E10, mode="meet"),
        event("REQUEST", TRUMP, UKRAINE_E, E10, mode="meet"),
        event("REJECT", UKRAINE_E, USA, E11, mode="change"),
    ],
    "quotes": [
        quote("A senior Russian general was killed on Friday when a parked car packed with explosives blew up next to "
              "him in Balashikha, just east of Moscow", "Investigative Committee of Russia", "indirect"),
        quote("the device had been filled with shrapnel", "Investigative Committee of Russia", "indirect"),
        quote("it had detained a suspect who had been recruited by Ukrainian intelligence", "Federal Security Service",
              "indirect"),
        quote("terrorist methods", "Maria Zakharova", "direct"),
        quote("Western capitals that armed Ukraine shared responsibility", "Maria Zakharova", "indirect"),
        quote("The two men talked for three hours", "Yuri Ushakov", "indirect"),
        quote("constructive and very useful", "Yuri Ushakov", "direct"),
        quote("they discussed the possibility of direct talks between Russia and Ukraine", "Yuri Ushakov",
              "indirect"),
        quote("very close", "Donald Trump", "direct"),
        quote("a deal was “very close”", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Yaroslav Moskalik", "PER", "RUS", ["A senior Russian general", "him",
                                                   "Lieutenant General Yaroslav Moskalik"]),
        entity("Balashikha", "GPE", "RUS", ["Balashikha"]),
        entity("Moscow", "GPE", "RUS", ["Moscow"]),
        entity("General Staff of the Russian Armed Forces", "ORG", "RUS", ["the General Staff"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["investigators", "The Investigative Committee"]),
        entity("Federal Security Service", "ORG", "RUS", ["the FSB security service", "it"]),
        entity("suspect in the Moskalik killing", "PER", "RUS", ["a suspect"]),
        entity("Ukrainian intelligence services", "ORG", "UKR", ["Ukrainian intelligence"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign ministry spokeswoman Maria Zakharova"]),
        entity("Ukraine", "GPE", "UKR", ["Kyiv", "Ukraine"]),
        entity("Western governments", "ORG", None, ["Western capitals"]),
        entity("Steve Witkoff", "PER", "USA", ["U.S. envoy Steve Witkoff", "his"]),
        entity("Kremlin", "ORG", "RUS", ["the Kremlin"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Yuri Ushakov", "PER", "RUS", ["Kremlin aide Yuri Ushakov", "Ushakov"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russian"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S."]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Crimea", "LOC", "UKR", ["Crimea"]),
    ],
}

# ---------------------------------------------------------------- hm190-en-02
DENMARK = actor("Denmark", "DNK", "GOV")
PANAMA = actor("Panama", "PAN", "GOV")
TRUMP_JR = actor("Donald Trump Jr.", "USA", "CVL")
GREENLAND_GOV = actor("Government of Greenland", "GRL", "GOV")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
EGEDE = actor("Múte B. Egede", "GRL", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MARTINEZ_ACHA = actor("Javier Martínez-Acha", "PAN", "GOV")

F1 = "President-elect Donald Trump on Tuesday refused to rule out using military or economic pressure to gain control of Greenland and the Panama Canal."
F2 = "“I can’t promise you anything on that,” he told reporters at his Mar-a-Lago resort in Florida when asked whether he would forgo force."
F3 = "He also threatened to hit Denmark with “very high” tariffs if it stood in the way."
F4 = "His son Donald Trump Jr. flew to Nuuk on the same day for what he called a private trip and met no government officials."
F5 = "Danish Prime Minister Mette Frederiksen said Greenland was not for sale and that its future would be decided by Greenlanders alone."
F6 = "She added that Denmark wanted close cooperation with Washington and would welcome more U.S. engagement in the Arctic."
F7 = "Greenland’s Prime Minister Mute Egede said the island’s people “do not want to be Danes or Americans” but were open to business with the United States."
F8 = "In Europe, the reaction was sharp."
F9 = "French Foreign Minister Jean-Noël Barrot said threats against the EU’s sovereign borders were unacceptable."
F10 = "German Chancellor Olaf Scholz said borders must not be moved by force, adding: “This applies to every country, whether small or very powerful.”"
F11 = "Panama’s Foreign Minister Javier Martínez-Acha said the canal’s sovereignty was not negotiable and would stay in Panamanian hands."

EN02 = {
    "id": "hm190-en-02", "lang": "en", "url": None, "published": "2025-01-08",
    "title": "Trump won't rule out force over Greenland; Denmark and Europe push back",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("THREATEN", TRUMP, DENMARK, F1, mode="territory", date="2025-01-07"),
        event("THREATEN", TRUMP, PANAMA, F1, mode="territory", date="2025-01-07"),
        event("THREATEN", TRUMP, DENMARK, F2, mode="territory"),
        event("THREATEN", TRUMP, DENMARK, F3),
        event("CONSULT", TRUMP_JR, GREENLAND_GOV, F4, mode="visit", location="Nuuk", location_country="GRL",
              negated=True),
        event("REJECT", FREDERIKSEN, TRUMP, F5, mode="change"),
        event("AGREE", FREDERIKSEN, USA, F6),
        event("REJECT", EGEDE, TRUMP, F7, mode="change"),
        event("AGREE", EGEDE, USA, F7),
        event("ACCUSE", BARROT, TRUMP, F9, mode="disapprove"),
        event("ACCUSE", SCHOLZ, TRUMP, F10, mode="disapprove"),
        event("REJECT", MARTINEZ_ACHA, TRUMP, F11, mode="change"),
    ],
    "quotes": [
        quote("I can’t promise you anything on that", "Donald Trump", "direct"),
        quote("very high", "Donald Trump", "direct"),
        quote("Greenland was not for sale", "Mette Frederiksen", "indirect"),
        quote("its future would be decided by Greenlanders alone", "Mette Frederiksen", "indirect"),
        quote("Denmark wanted close cooperation with Washington and would welcome more U.S. engagement in the Arctic",
              "Mette Frederiksen", "indirect"),
        quote("do not want to be Danes or Americans", "Múte B. Egede", "direct"),
        quote("the island’s people “do not want to be Danes or Americans” but were open to business with the United "
              "States", "Múte B. Egede", "indirect"),
        quote("threats against the EU’s sovereign borders were unacceptable", "Jean-Noël Barrot", "indirect"),
        quote("borders must not be moved by force", "Olaf Scholz", "indirect"),
        quote("This applies to every country, whether small or very powerful", "Olaf Scholz", "direct"),
        quote("the canal’s sovereignty was not negotiable and would stay in Panamanian hands", "Javier Martínez-Acha",
              "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump", "he", "He", "his"]),
        entity("Greenland", "GPE", "GRL", ["Greenland", "the island’s"]),
        entity("Panama Canal", "LOC", "PAN", ["the Panama Canal", "the canal’s"]),
        entity("Mar-a-Lago", "LOC", "USA", ["his Mar-a-Lago resort"]),
        entity("Florida", "GPE", "USA", ["Florida"]),
        entity("Denmark", "GPE", "DNK", ["Denmark"]),
        entity("Donald Trump Jr.", "PER", "USA", ["His son Donald Trump Jr."]),
        entity("Nuuk", "GPE", "GRL", ["Nuuk"]),
        entity("Government of Greenland", "ORG", "GRL", ["government officials"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Danish Prime Minister Mette Frederiksen", "She"]),
        entity("Greenlanders", "PER", "GRL", ["Greenlanders", "the island’s people"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S.", "the United States"]),
        entity("Arctic", "LOC", None, ["the Arctic"]),
        entity("Múte B. Egede", "PER", "GRL", ["Greenland’s Prime Minister Mute Egede"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["French Foreign Minister Jean-Noël Barrot"]),
        entity("European Union", "ORG", "EUR", ["the EU’s"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz"]),
        entity("Javier Martínez-Acha", "PER", "PAN", ["Panama’s Foreign Minister Javier Martínez-Acha"]),
        entity("Panama", "GPE", "PAN", ["Panama’s", "Panamanian"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
