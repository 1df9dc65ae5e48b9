"""Round 309: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm327-de-01: G7: finance ministers in Stresa agree in principle to tap profits from frozen Russian assets for Ukraine but not on Yellen's 50-billion-dollar loan; Lindner and Le Maire urge caution, Marchenko presses for a decision, warnings to China and third-country banks, Zakharova threatens retaliation, the EU's windfall decision (2024-05-25).
- hm327-de-02: Nicaragua/Guatemala: Managua frees 135 political prisoners and flies them to Guatemala City; Guatemala takes them in, Sullivan says Washington asked for it and thanks Arévalo, the Ortega-Murillo government speaks of "expelled" traitors and bars their return, Unamos welcomes it and demands more releases, the 2023 expulsion of 222 recalled (2024-09-05).
- hm327-de-03: NATO: foreign ministers meet in Antalya on the five-percent target; Rutte's proposal, Wadephul backs Trump's demand, Rubio praises Germany and presses allies, Albares objects, Rubio meets Sybiha and will go to Istanbul, Putin stays away from the talks he proposed, Zelensky meets Erdoğan in Ankara, Zakharova accuses NATO (2025-05-15).
- hm327-de-04: Mexico: Sheinbaum condemns xenophobic slogans after an anti-gentrification march through Condesa and Roma turns violent; police do not intervene, no arrests, Brugada condemns the violence and promises a rent plan, prosecutors investigate, the PAN blames Morena, Sheinbaum's 2022 Airbnb deal recalled (2025-07-07).
- hm327-en-01: Cuba: Hurricane Melissa hits eastern Cuba; troops help evacuate, Díaz-Canel blames the U.S. embargo, Rubio offers aid via the Church, Fernández de Cossío would accept it and demands eased restrictions, Mexico pledges ships, Venezuelan aid and WFP rations, Gimenez urges safeguards (2025-10-30).
- hm327-en-02: Canada: the Senate passes Carney's Bill C-5 on fast-tracking national-interest projects despite First Nations objections; Woodhouse Nepinak and the chiefs accuse Ottawa, Idle No More rally, Carney promises a summit, Benedict warns of lawsuits, Conservatives back it, Gazan objects, Smith welcomes it and Eby rebuffs her (2025-06-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm327-de-01 (G7 finance ministers in Stresa)
G7_FM = actor("G7 finance ministers", "IGO", "IGO")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
MARCHENKO = actor("Serhiy Marchenko", "UKR", "GOV")
CHINA = actor("China", "CHN", "GOV")
THIRD_BANKS = actor("banks in third countries helping Russia evade sanctions", None, "BUS")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")

G1 = ("Stresa (dpa) - Die Finanzminister der sieben führenden westlichen Industriestaaten (G7) haben sich "
      "grundsätzlich darauf verständigt, Erträge aus eingefrorenem russischem Staatsvermögen stärker für die Ukraine "
      "zu nutzen.")
G2 = ("Man mache Fortschritte bei den Beratungen über Wege, die außerordentlichen Erträge aus den blockierten Geldern "
      "zugunsten der Ukraine vorzuziehen, hieß es in der am Samstag veröffentlichten Abschlusserklärung des Treffens "
      "am Lago Maggiore.")
G3 = ("Auf den von US-Finanzministerin Janet Yellen vorangetriebenen Plan für einen Kredit von rund 50 Milliarden "
      "Dollar einigten sich die Minister jedoch nicht.")
G4 = "Die Entscheidung soll nun den Staats- und Regierungschefs beim G7-Gipfel Mitte Juni in Apulien überlassen werden."
G5 = "Yellen zeigte sich dennoch zuversichtlich."
G6 = ("„Wir sind einer Lösung nähergekommen, die der Ukraine schnell und in großem Umfang hilft“, sagte die "
      "77-Jährige in Stresa.")
G7S = ("Bundesfinanzminister Christian Lindner (FDP) mahnte, jede Lösung müsse rechtlich belastbar sein und dürfe die "
       "Stabilität des Euro nicht gefährden.")
G8 = "Sein französischer Kollege Bruno Le Maire sagte, für einen solchen Kredit fehle bislang die rechtliche Grundlage."
G9 = ("Der ukrainische Finanzminister Serhij Martschenko, der als Gast an den Beratungen teilnahm, forderte die G7 zu "
      "einer raschen Entscheidung auf.")
G10 = "„Jeder Monat ohne Entscheidung kostet Menschenleben“, sagte er."
G11 = "Zugleich übten die Minister scharfe Kritik an China."
G12 = ("Die umfassende Nutzung marktfremder Praktiken durch Peking führe zu schädlichen Überkapazitäten, hieß es in der "
       "Erklärung.")
G13 = "Man behalte sich Schritte vor, um faire Wettbewerbsbedingungen sicherzustellen, warnten die Minister."
G14 = ("Auch Banken in Drittstaaten, die Russland bei der Umgehung von Sanktionen helfen, drohten die Minister mit "
       "Konsequenzen.")
G15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Pläne am Freitag „Diebstahl“ und "
       "drohte mit Vergeltung.")
G16 = "Moskau könne seinerseits westliches Vermögen in Russland beschlagnahmen, sagte sie."
G17 = ("Die EU hatte erst am Dienstag beschlossen, die Zinserträge aus den vor allem beim Finanzdienstleister Euroclear "
       "in Brüssel verwahrten russischen Zentralbankgeldern für Waffenkäufe und den Wiederaufbau der Ukraine zu "
       "verwenden.")
G18 = ("Rund 280 Milliarden Dollar der russischen Zentralbank sind seit Beginn des Angriffskriegs im Februar 2022 im "
       "Westen blockiert.")

DE01 = {
    "id": "hm327-de-01", "lang": "de", "url": None, "published": "2024-05-25",
    "title": "G7-Finanzminister wollen russisches Vermögen stärker für die Ukraine nutzen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7S, G8], [G9, G10, G11, G12, G13, G14], [G15, G16, G17, G18]),
    "events": [
        event("AGREE", G7_FM, UKR_GOV, G1),
        event("AGREE", G7_FM, UKR_GOV, G3, negated=True),
        event("CONSULT", MARCHENKO, G7_FM, G9, mode="multilateral", location="Stresa", location_country="ITA"),
        event("REQUEST", MARCHENKO, G7_FM, G9, mode="assist"),
        event("ACCUSE", G7_FM, CHINA, G11, mode="disapprove"),
        event("ACCUSE", G7_FM, CHINA, G12, mode="allege"),
        event("THREATEN", G7_FM, CHINA, G13),
        event("THREATEN", G7_FM, THIRD_BANKS, G14),
        event("ACCUSE", ZAKHAROVA, G7_FM, G15, mode="disapprove", date="2024-05-24"),
        event("THREATEN", ZAKHAROVA, G7_FM, G15, date="2024-05-24"),
        event("THREATEN", ZAKHAROVA, G7_FM, G16),
        event("AGREE", EU, UKR_GOV, G17, date="2024-05-21"),
    ],
    "quotes": [
        quote("Man mache Fortschritte bei den Beratungen über Wege, die außerordentlichen Erträge aus den blockierten "
              "Geldern zugunsten der Ukraine vorzuziehen", "G7 finance ministers", "indirect"),
        quote("Wir sind einer Lösung nähergekommen, die der Ukraine schnell und in großem Umfang hilft", "Janet Yellen",
              "direct"),
        quote("jede Lösung müsse rechtlich belastbar sein und dürfe die Stabilität des Euro nicht gefährden",
              "Christian Lindner", "indirect"),
        quote("für einen solchen Kredit fehle bislang die rechtliche Grundlage", "Bruno Le Maire", "indirect"),
        quote("Jeder Monat ohne Entscheidung kostet Menschenleben", "Serhiy Marchenko", "direct"),
        quote("Die umfassende Nutzung marktfremder Praktiken durch Peking führe zu schädlichen Überkapazitäten",
              "G7 finance ministers", "indirect"),
        quote("Man behalte sich Schritte vor, um faire Wettbewerbsbedingungen sicherzustellen", "G7 finance ministers",
              "indirect"),
        quote("Diebstahl", "Maria Zakharova", "direct"),
        quote("Moskau könne seinerseits westliches Vermögen in Russland beschlagnahmen", "Maria Zakharova",
              "indirect"),
    ],
    "entities": [
        entity("Stresa", "LOC", "ITA", ["Stresa"]),
        entity("G7 finance ministers", "ORG", "IGO", ["Die Finanzminister", "die Minister"]),
        entity("G7", "ORG", "IGO", ["der sieben führenden westlichen Industriestaaten (G7)", "die G7"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Lake Maggiore", "LOC", "ITA", ["Lago Maggiore"]),
        entity("Janet Yellen", "PER", "USA", ["US-Finanzministerin Janet Yellen", "Yellen", "die 77-Jährige"]),
        entity("Apulia", "LOC", "ITA", ["Apulien"]),
        entity("Christian Lindner", "PER", "DEU", ["Bundesfinanzminister Christian Lindner"]),
        entity("Free Democratic Party", "ORG", "DEU", ["FDP"]),
        entity("Bruno Le Maire", "PER", "FRA", ["Sein französischer Kollege Bruno Le Maire"]),
        entity("Serhiy Marchenko", "PER", "UKR", ["Der ukrainische Finanzminister Serhij Martschenko"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("banks in third countries helping Russia evade sanctions", "ORG", None, ["Banken in Drittstaaten"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Euroclear", "ORG", "BEL", ["Finanzdienstleister Euroclear"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Central Bank of Russia", "ORG", "RUS", ["der russischen Zentralbank"]),
    ],
}

# ---------------------------------------------------------------- hm327-de-02 (Nicaragua frees 135 prisoners to Guatemala)
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
NIC_PRISONERS = actor("Nicaraguan political prisoners", "NIC", "CVL")
GTM_GOV = actor("Government of Guatemala", "GTM", "GOV")
USA = actor("United States", "USA", "GOV")
SULLIVAN = actor("Jake Sullivan", "USA", "GOV")
AREVALO = actor("Bernardo Arévalo", "GTM", "GOV")
UNAMOS = actor("Unamos", "NIC", "OPP")

N1 = ("Guatemala-Stadt (AFP) - Die Regierung Nicaraguas hat 135 politische Gefangene freigelassen und nach Guatemala "
      "ausfliegen lassen.")
N2 = ("Die Freigelassenen landeten am Donnerstag mit einer Chartermaschine auf dem Flughafen La Aurora in "
      "Guatemala-Stadt.")
N3 = ("Die guatemaltekische Regierung habe sich aus humanitären Gründen bereit erklärt, die Nicaraguaner aufzunehmen, "
      "teilte das Außenministerium in Guatemala-Stadt mit.")
N4 = ("Die Freilassung sei auf Bitten der USA erfolgt, erklärte der Nationale Sicherheitsberater von US-Präsident Joe "
      "Biden, Jake Sullivan.")
N5 = ("Unter den Freigelassenen sind 13 Mitglieder der in Texas ansässigen evangelikalen Organisation Puerta de la "
      "Montaña, katholische Laien und Studenten.")
N6 = "„Niemand sollte dafür im Gefängnis sitzen, dass er friedlich seine Grundfreiheiten ausübt“, erklärte Sullivan."
N7 = "Er dankte Guatemalas Präsidenten Bernardo Arévalo für die Aufnahme."
N8 = ("Die Regierung von Präsident Daniel Ortega und seiner Ehefrau, Vizepräsidentin Rosario Murillo, erklärte, die "
      "Gefangenen seien auf Ersuchen Washingtons „ausgewiesen“ worden.")
N9 = "Sie bezeichnete die Häftlinge als „Terroristen“ und „Vaterlandsverräter“."
N10 = "Den Ausgewiesenen sei die Rückkehr nach Nicaragua untersagt, hieß es weiter."
N11 = ("Die meisten von ihnen waren in den vergangenen zwei Jahren wegen angeblichen Landesverrats oder der Verbreitung "
       "von Falschnachrichten festgenommen worden.")
N12 = ("Guatemalas Außenminister Carlos Ramiro Martínez sagte, sein Land stehe in der Tradition der Solidarität mit "
       "Verfolgten.")
N13 = ("Die Nicaraguaner können in Guatemala bleiben oder über das US-Programm für sichere Mobilität in die "
       "Vereinigten Staaten weiterreisen.")
N14 = ("Die nicaraguanische Oppositionsgruppe Unamos begrüßte die Freilassung, forderte aber auch die Freiheit aller "
       "noch inhaftierten Regierungsgegner.")
N15 = "Nach Angaben von Menschenrechtlern sitzen in Nicaragua noch mehr als 100 Menschen aus politischen Gründen in Haft."
N16 = ("Bereits im Februar 2023 hatte Managua 222 politische Gefangene in die USA abgeschoben und ihnen die "
       "Staatsbürgerschaft entzogen.")
N17 = ("Seit der Niederschlagung der Massenproteste von 2018 geht die Regierung Ortega immer härter gegen Kritiker, die "
       "katholische Kirche und Nichtregierungsorganisationen vor.")

DE02 = {
    "id": "hm327-de-02", "lang": "de", "url": None, "published": "2024-09-05",
    "title": "Nicaragua lässt 135 politische Gefangene nach Guatemala ausfliegen",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15], [N16, N17]),
    "events": [
        event("RETREAT", NIC_GOV, NIC_PRISONERS, N1, mode="release"),
        event("AID", GTM_GOV, NIC_PRISONERS, N3, location="Guatemala City", location_country="GTM"),
        event("REQUEST", USA, NIC_GOV, N4, mode="yield"),
        event("ACCUSE", SULLIVAN, NIC_GOV, N6, mode="disapprove"),
        event("SUPPORT", SULLIVAN, AREVALO, N7),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N8, mode="deport"),
        event("ACCUSE", NIC_GOV, NIC_PRISONERS, N9, mode="allege"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N10, mode="restrict"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N11, mode="arrest"),
        event("SUPPORT", UNAMOS, NIC_GOV, N14),
        event("REQUEST", UNAMOS, NIC_GOV, N14, mode="yield"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N16, mode="deport"),
    ],
    "quotes": [
        quote("Die guatemaltekische Regierung habe sich aus humanitären Gründen bereit erklärt, die Nicaraguaner "
              "aufzunehmen", "Ministry of Foreign Affairs of Guatemala", "indirect"),
        quote("Die Freilassung sei auf Bitten der USA erfolgt", "Jake Sullivan", "indirect"),
        quote("Niemand sollte dafür im Gefängnis sitzen, dass er friedlich seine Grundfreiheiten ausübt",
              "Jake Sullivan", "direct"),
        quote("ausgewiesen", "Government of Nicaragua", "direct"),
        quote("die Gefangenen seien auf Ersuchen Washingtons „ausgewiesen“ worden", "Government of Nicaragua",
              "indirect"),
        quote("Terroristen", "Government of Nicaragua", "direct"),
        quote("Vaterlandsverräter", "Government of Nicaragua", "direct"),
        quote("Den Ausgewiesenen sei die Rückkehr nach Nicaragua untersagt", "Government of Nicaragua", "indirect"),
        quote("sein Land stehe in der Tradition der Solidarität mit Verfolgten", "Carlos Ramiro Martínez",
              "indirect"),
        quote("sitzen in Nicaragua noch mehr als 100 Menschen aus politischen Gründen in Haft", "human rights groups",
              "indirect"),
    ],
    "entities": [
        entity("Guatemala City", "LOC", "GTM", ["Guatemala-Stadt"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung Nicaraguas",
                                                          "Die Regierung von Präsident Daniel Ortega und seiner "
                                                          "Ehefrau, Vizepräsidentin Rosario Murillo", "Managua",
                                                          "die Regierung Ortega"]),
        entity("Guatemala", "LOC", "GTM", ["nach Guatemala", "Guatemalas", "in Guatemala"]),
        entity("La Aurora International Airport", "LOC", "GTM", ["Flughafen La Aurora"]),
        entity("Government of Guatemala", "ORG", "GTM", ["Die guatemaltekische Regierung"]),
        entity("Ministry of Foreign Affairs of Guatemala", "ORG", "GTM", ["das Außenministerium in Guatemala-Stadt"]),
        entity("United States", "LOC", "USA", ["der USA", "die USA", "die Vereinigten Staaten"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Jake Sullivan", "PER", "USA", ["der Nationale Sicherheitsberater von US-Präsident Joe Biden, Jake "
                                              "Sullivan", "Sullivan"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Puerta de la Montaña", "ORG", "USA", ["der in Texas ansässigen evangelikalen Organisation Puerta de "
                                                      "la Montaña"]),
        entity("Bernardo Arévalo", "PER", "GTM", ["Guatemalas Präsidenten Bernardo Arévalo"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega"]),
        entity("Rosario Murillo", "PER", "NIC", ["Vizepräsidentin Rosario Murillo"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons"]),
        entity("Nicaragua", "LOC", "NIC", ["nach Nicaragua", "in Nicaragua"]),
        entity("Carlos Ramiro Martínez", "PER", "GTM", ["Guatemalas Außenminister Carlos Ramiro Martínez"]),
        entity("Unamos", "ORG", "NIC", ["Die nicaraguanische Oppositionsgruppe Unamos"]),
        entity("Catholic Church", "ORG", None, ["die katholische Kirche"]),
    ],
}

# ---------------------------------------------------------------- hm327-de-03 (NATO foreign ministers in Antalya)
NATO_FMS = actor("NATO foreign ministers", "IGO", "IGO")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
WADEPHUL = actor("Johann Wadephul", "DEU", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
NATO = actor("NATO", "IGO", "IGO")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")

A1 = ("Antalya (dpa) - Die Außenminister der Nato-Staaten haben bei einem informellen Treffen im türkischen Antalya "
      "über eine drastische Erhöhung der Verteidigungsausgaben beraten.")
A2 = ("Nato-Generalsekretär Mark Rutte sagte zum Auftakt am Donnerstag, er rechne damit, dass sich die Verbündeten "
      "beim Gipfel in Den Haag Ende Juni auf ein Ziel von fünf Prozent der Wirtschaftsleistung einigen.")
A3 = ("Nach seinem Vorschlag sollen 3,5 Prozent in klassische Militärausgaben fließen und 1,5 Prozent in "
      "verteidigungsrelevante Infrastruktur.")
A4 = ("Bundesaußenminister Johann Wadephul (CDU) sagte bei seinem ersten Nato-Treffen, Deutschland unterstütze die "
      "Forderung von US-Präsident Donald Trump nach Ausgaben in Höhe von fünf Prozent.")
A5 = "US-Außenminister Marco Rubio lobte Deutschland für diese Zusage."
A6 = ("„Wir wollen, dass die Nato stärker wird, und das bedeutet, dass jeder Verbündete seinen Beitrag leisten muss“, "
      "sagte er.")
A7 = ("Spaniens Außenminister José Manuel Albares machte hingegen deutlich, dass Madrid ein starres Ausgabenziel "
      "ablehne.")
A8 = ("Am Rande des Treffens beriet Rubio mit dem ukrainischen Außenminister Andrij Sybiha über die für Freitag in "
      "Istanbul geplanten ersten direkten Gespräche zwischen Russland und der Ukraine seit 2022.")
A9 = "Kremlchef Wladimir Putin hatte die Verhandlungen am Wochenende vorgeschlagen, reist aber nicht selbst an."
A10 = ("Der ukrainische Präsident Wolodymyr Selenskyj hatte ihn zu einem persönlichen Treffen in der Türkei "
       "aufgefordert.")
A11 = "Moskau schickt stattdessen eine Delegation unter Leitung von Präsidentenberater Wladimir Medinski."
A12 = ("Selenskyj traf am Donnerstag in Ankara den türkischen Präsidenten Recep Tayyip Erdoğan und warf Moskau vor, die "
       "Gespräche nicht ernst zu nehmen.")
A13 = ("Rubio kündigte an, am Freitag ebenfalls nach Istanbul zu reisen und dort die ukrainische Delegation zu "
       "treffen.")
A14 = "Rutte nannte Russland die größte und dauerhafteste Bedrohung für das Bündnis."
A15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf der Nato vor, Europa auf einen Krieg mit "
       "Russland vorzubereiten.")
A16 = ("Gastgeber des Treffens war der türkische Außenminister Hakan Fidan, der für eine engere Einbindung seines "
       "Landes in die europäische Rüstungsindustrie warb.")

DE03 = {
    "id": "hm327-de-03", "lang": "de", "url": None, "published": "2025-05-15",
    "title": "Nato-Außenminister beraten in Antalya über Fünf-Prozent-Ziel",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12, A13], [A14, A15, A16]),
    "events": [
        event("CONSULT", NATO_FMS, FIDAN, A1, mode="multilateral", location="Antalya", location_country="TUR"),
        event("SUPPORT", WADEPHUL, TRUMP, A4),
        event("SUPPORT", RUBIO, GERMANY, A5),
        event("REQUEST", RUBIO, NATO, A6, mode="change"),
        event("REJECT", ALBARES, RUTTE, A7, mode="change"),
        event("CONSULT", RUBIO, SYBIHA, A8, location="Antalya", location_country="TUR"),
        event("AGREE", PUTIN, UKR_GOV, A9),
        event("CONSULT", PUTIN, ZELENSKY, A9, negated=True),
        event("REQUEST", ZELENSKY, PUTIN, A10, mode="meet"),
        event("CONSULT", ZELENSKY, ERDOGAN, A12, mode="visit", date="2025-05-15", location="Ankara",
              location_country="TUR"),
        event("ACCUSE", ZELENSKY, RUSSIA, A12, mode="allege", date="2025-05-15"),
        event("AGREE", RUBIO, UKR_GOV, A13),
        event("ACCUSE", RUTTE, RUSSIA, A14, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, NATO, A15, mode="allege"),
    ],
    "quotes": [
        quote("er rechne damit, dass sich die Verbündeten beim Gipfel in Den Haag Ende Juni auf ein Ziel von fünf "
              "Prozent der Wirtschaftsleistung einigen", "Mark Rutte", "indirect"),
        quote("Deutschland unterstütze die Forderung von US-Präsident Donald Trump nach Ausgaben in Höhe von fünf "
              "Prozent", "Johann Wadephul", "indirect"),
        quote("Wir wollen, dass die Nato stärker wird, und das bedeutet, dass jeder Verbündete seinen Beitrag leisten "
              "muss", "Marco Rubio", "direct"),
        quote("dass Madrid ein starres Ausgabenziel ablehne", "José Manuel Albares", "indirect"),
        quote("die Gespräche nicht ernst zu nehmen", "Volodymyr Zelensky", "indirect"),
        quote("am Freitag ebenfalls nach Istanbul zu reisen und dort die ukrainische Delegation zu treffen",
              "Marco Rubio", "indirect"),
        quote("Russland die größte und dauerhafteste Bedrohung für das Bündnis", "Mark Rutte", "indirect"),
        quote("Europa auf einen Krieg mit Russland vorzubereiten", "Maria Zakharova", "indirect"),
    ],
    "entities": [
        entity("Antalya", "LOC", "TUR", ["Antalya"]),
        entity("NATO foreign ministers", "ORG", "IGO", ["Die Außenminister der Nato-Staaten"]),
        entity("NATO", "ORG", "IGO", ["Nato", "das Bündnis"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte", "Rutte"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Johann Wadephul", "PER", "DEU", ["Bundesaußenminister Johann Wadephul"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio", "Rubio"]),
        entity("José Manuel Albares", "PER", "ESP", ["Spaniens Außenminister José Manuel Albares"]),
        entity("Spain", "LOC", "ESP", ["Spaniens"]),
        entity("Government of Spain", "ORG", "ESP", ["Madrid"]),
        entity("Andrii Sybiha", "PER", "UKR", ["dem ukrainischen Außenminister Andrij Sybiha"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Russian delegation", "ORG", "RUS", ["eine Delegation"]),
        entity("Vladimir Medinsky", "PER", "RUS", ["Präsidentenberater Wladimir Medinski"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["den türkischen Präsidenten Recep Tayyip Erdoğan"]),
        entity("Ukrainian delegation", "ORG", "UKR", ["die ukrainische Delegation"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Hakan Fidan", "PER", "TUR", ["der türkische Außenminister Hakan Fidan"]),
    ],
}

# ---------------------------------------------------------------- hm327-de-04 (Mexico City anti-gentrification march)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
CDMX_PROTESTERS = actor("protesters against gentrification in Mexico City", "MEX", "CVL")
MASKED_PROTESTERS = actor("masked protesters in Mexico City", "MEX", "CVL")
CDMX_GOV = actor("Government of Mexico City", "MEX", "GOV")
CDMX_BUSINESSES = actor("restaurants and cafés in Condesa and Roma", "MEX", "BUS")
CDMX_POLICE = actor("Mexico City Police", "MEX", "COP")
BRUGADA = actor("Clara Brugada", "MEX", "GOV")
CDMX_PROSECUTORS = actor("Mexico City Attorney General's Office", "MEX", "JUD")
PAN = actor("National Action Party", "MEX", "OPP")
MORENA = actor("Morena", "MEX", "PTY")
AIRBNB = actor("Airbnb", "MNC", "BUS")

M1 = ("Mexiko-Stadt (dpa) - Nach Ausschreitungen bei einer Demonstration gegen die Verdrängung alteingesessener "
      "Bewohner in Mexiko-Stadt hat Präsidentin Claudia Sheinbaum fremdenfeindliche Parolen verurteilt.")
M2 = ("„Wir lehnen jede Form von Diskriminierung und Fremdenfeindlichkeit ab“, sagte die 63-Jährige am Montag bei "
      "ihrer morgendlichen Pressekonferenz im Nationalpalast.")
M3 = "Hunderte Menschen waren am Freitag durch die bei Ausländern beliebten Viertel Condesa und Roma gezogen."
M4 = ("Sie protestierten gegen steigende Mieten, Ferienwohnungen und den Zuzug sogenannter digitaler Nomaden vor allem "
      "aus den USA.")
M5 = ("Einige vermummte Teilnehmer schlugen Scheiben von Restaurants und Cafés ein, plünderten ein Geschäft und "
      "beschmierten Fassaden mit Parolen wie „Gringo, go home“.")
M6 = "Die Polizei griff nicht ein."
M7 = "Festnahmen gab es zunächst keine."
M8 = "Die Regierungschefin der Hauptstadt, Clara Brugada, verurteilte die Gewalt am Samstag als inakzeptabel."
M9 = "Die Staatsanwaltschaft von Mexiko-Stadt leitete Ermittlungen wegen Sachbeschädigung ein."
M10 = ("Zugleich räumte Brugada ein, dass Verdrängung ein reales Problem sei, und versprach einen Plan gegen steigende "
       "Mieten.")
M11 = ("„Die Stadt gehört denen, die hier leben und arbeiten, aber Hass gegen Ausländer hat hier keinen Platz“, sagte "
       "die Politikerin der Regierungspartei Morena.")
M12 = ("Sheinbaum kündigte an, die Bundesregierung werde gemeinsam mit der Stadt an bezahlbarem Wohnraum arbeiten, und "
       "rief die Demonstranten auf, friedlich zu bleiben.")
M13 = ("Die größte Oppositionspartei PAN warf Morena vor, die Wohnungsnot in der Hauptstadt jahrelang ignoriert zu "
       "haben.")
M14 = ("Seit der Corona-Pandemie sind Zehntausende Amerikaner nach Mexiko-Stadt gezogen, viele arbeiten von dort aus "
       "für Firmen in ihrer Heimat.")
M15 = ("Sheinbaum hatte 2022 als damalige Bürgermeisterin ein umstrittenes Abkommen mit der Plattform Airbnb "
       "geschlossen, um digitale Nomaden anzulocken.")
M16 = "Die Organisatoren des Protests distanzierten sich von der Gewalt, kündigten aber weitere Kundgebungen an."

DE04 = {
    "id": "hm327-de-04", "lang": "de", "url": None, "published": "2025-07-07",
    "title": "Sheinbaum verurteilt Fremdenfeindlichkeit nach Protest gegen Gentrifizierung",
    "text": paragraphs([M1, M2], [M3, M4, M5, M6, M7], [M8, M9, M10, M11], [M12, M13], [M14, M15, M16]),
    "events": [
        event("ACCUSE", SHEINBAUM, CDMX_PROTESTERS, M1, mode="disapprove"),
        event("PROTEST", CDMX_PROTESTERS, CDMX_GOV, M3, mode="demo", date="2025-07-04", location="Mexico City",
              location_country="MEX"),
        event("PROTEST", CDMX_PROTESTERS, CDMX_GOV, M4, mode="demo"),
        event("PROTEST", MASKED_PROTESTERS, CDMX_BUSINESSES, M5, mode="riot", location="Mexico City",
              location_country="MEX"),
        event("COERCE", CDMX_POLICE, CDMX_PROTESTERS, M6, negated=True),
        event("COERCE", CDMX_POLICE, MASKED_PROTESTERS, M7, mode="arrest", negated=True),
        event("ACCUSE", BRUGADA, MASKED_PROTESTERS, M8, mode="disapprove", date="2025-07-05"),
        event("ACCUSE", CDMX_PROSECUTORS, MASKED_PROTESTERS, M9, mode="investigate"),
        event("CONCEDE", BRUGADA, CDMX_PROTESTERS, M10),
        event("AGREE", SHEINBAUM, BRUGADA, M12),
        event("REQUEST", SHEINBAUM, CDMX_PROTESTERS, M12),
        event("ACCUSE", PAN, MORENA, M13, mode="allege"),
        event("SUPPORT", SHEINBAUM, AIRBNB, M15),
    ],
    "quotes": [
        quote("Wir lehnen jede Form von Diskriminierung und Fremdenfeindlichkeit ab", "Claudia Sheinbaum", "direct"),
        quote("Gringo, go home", "masked protesters in Mexico City", "direct"),
        quote("dass Verdrängung ein reales Problem sei", "Clara Brugada", "indirect"),
        quote("Die Stadt gehört denen, die hier leben und arbeiten, aber Hass gegen Ausländer hat hier keinen Platz",
              "Clara Brugada", "direct"),
        quote("die Bundesregierung werde gemeinsam mit der Stadt an bezahlbarem Wohnraum arbeiten",
              "Claudia Sheinbaum", "indirect"),
        quote("die Wohnungsnot in der Hauptstadt jahrelang ignoriert zu haben", "National Action Party", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt", "der Hauptstadt"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die 63-Jährige", "Sheinbaum",
                                                   "damalige Bürgermeisterin"]),
        entity("National Palace", "LOC", "MEX", ["im Nationalpalast"]),
        entity("Condesa", "LOC", "MEX", ["Condesa"]),
        entity("Roma", "LOC", "MEX", ["Roma"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Mexico City Police", "ORG", "MEX", ["Die Polizei"]),
        entity("Clara Brugada", "PER", "MEX", ["Die Regierungschefin der Hauptstadt, Clara Brugada", "Brugada",
                                               "die Politikerin der Regierungspartei Morena"]),
        entity("Mexico City Attorney General's Office", "ORG", "MEX", ["Die Staatsanwaltschaft von Mexiko-Stadt"]),
        entity("Morena", "ORG", "MEX", ["Regierungspartei Morena", "Morena"]),
        entity("Government of Mexico", "ORG", "MEX", ["die Bundesregierung"]),
        entity("Government of Mexico City", "ORG", "MEX", ["der Stadt"]),
        entity("National Action Party", "ORG", "MEX", ["Die größte Oppositionspartei PAN"]),
        entity("Airbnb", "ORG", "MNC", ["der Plattform Airbnb"]),
    ],
}

# ---------------------------------------------------------------- hm327-en-01 (Cuba, Hurricane Melissa)
CUBAN_PEOPLE = actor("people of Cuba", "CUB", "CVL")
CUBA_FAR = actor("Revolutionary Armed Forces of Cuba", "CUB", "MIL")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
FDC = actor("Carlos Fernández de Cossío", "CUB", "GOV")
CUBA_GOV = actor("Government of Cuba", "CUB", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CUBA_MINREX = actor("Ministry of Foreign Affairs of Cuba", "CUB", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
GIMENEZ = actor("Carlos Gimenez", "USA", "LEG")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")

C1 = ("HAVANA, Oct 30 (Reuters) - Cuban authorities on Thursday began clearing roads and restoring power in the east "
      "of the island after Hurricane Melissa tore through the region, as the United States offered emergency aid to "
      "the Communist-run country.")
C2 = ("Melissa made landfall near Chivirico in Santiago de Cuba province early on Wednesday as a Category 3 storm, a "
      "day after it battered Jamaica with winds of up to 185 mph (295 kph).")
C3 = ("More than 735,000 people had been evacuated from Santiago de Cuba, Granma, Holguin, Guantanamo and Las Tunas "
      "provinces before the storm arrived, President Miguel Diaz-Canel said.")
C4 = ("Troops of the Revolutionary Armed Forces were deployed to help with evacuations and to rescue families cut off "
      "by flooding along the Cauto River, the defense ministry said.")
C5 = "No deaths had been reported in Cuba by Thursday afternoon, according to the civil defense."
C6 = ('"We have suffered very serious damage, but we have protected the most important thing, which is human life," '
      'Diaz-Canel said in a televised address on Wednesday night.')
C7 = ('He said the U.S. embargo would make recovery far harder and accused Washington of tightening the "blockade" '
      'even as the storm approached.')
C8 = ("In Washington, Secretary of State Marco Rubio said the United States was prepared to provide immediate "
      "humanitarian assistance to the Cuban people, to be distributed through the Catholic Church and other local "
      "partners.")
C9 = "A State Department spokesperson said the aid would not be channelled through the Cuban government."
C10 = ("Deputy Foreign Minister Carlos Fernandez de Cossio said Havana would accept the offer if it was genuine and came "
       "without conditions, but called on Washington to lift restrictions that hamper imports of fuel and spare "
       "parts.")
C11 = ("Mexican President Claudia Sheinbaum said her government would send navy ships loaded with food, water and "
       "generators to eastern Cuba.")
C12 = ("A Venezuelan military plane carrying 20 tonnes of supplies landed in Santiago de Cuba on Thursday, Cuban state "
       "television reported.")
C13 = "Cuba's foreign ministry thanked both governments for their solidarity."
C14 = ("The U.N. World Food Programme said it had begun distributing food rations in the hardest-hit areas of Santiago "
       "de Cuba and Granma.")
C15 = ("Florida Republican Congressman Carlos Gimenez urged the Trump administration to make sure that no aid "
       "benefits the Cuban government.")
C16 = ("Eastern Cuba had already been suffering daily power cuts of up to 20 hours after repeated collapses of the "
       "national grid.")
C17 = "Melissa, one of the strongest Atlantic hurricanes on record, also killed dozens of people in Jamaica and Haiti."

EN01 = {
    "id": "hm327-en-01", "lang": "en", "url": None, "published": "2025-10-30",
    "title": "Cuba clears up after Hurricane Melissa as U.S. offers aid",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10], [C11, C12, C13, C14, C15], [C16, C17]),
    "events": [
        event("AGREE", USA, CUBAN_PEOPLE, C1, date="2025-10-30"),
        event("MOBILIZE", CUBA_FAR, None, C4, mode="troops"),
        event("ACCUSE", DIAZ_CANEL, USA, C7, mode="allege"),
        event("AGREE", RUBIO, CUBAN_PEOPLE, C8),
        event("AGREE", FDC, USA, C10),
        event("REQUEST", FDC, USA, C10, mode="change"),
        event("AGREE", SHEINBAUM, CUBA_GOV, C11),
        event("AID", VEN_GOV, CUBA_GOV, C12, date="2025-10-30", location="Santiago de Cuba", location_country="CUB"),
        event("SUPPORT", CUBA_MINREX, MEX_GOV, C13),
        event("SUPPORT", CUBA_MINREX, VEN_GOV, C13),
        event("AID", WFP, CUBAN_PEOPLE, C14, location="Santiago de Cuba", location_country="CUB"),
        event("REQUEST", GIMENEZ, TRUMP_ADMIN, C15, mode="change"),
    ],
    "quotes": [
        quote("More than 735,000 people had been evacuated from Santiago de Cuba, Granma, Holguin, Guantanamo and Las "
              "Tunas provinces before the storm arrived", "Miguel Díaz-Canel", "indirect"),
        quote("Troops of the Revolutionary Armed Forces were deployed to help with evacuations and to rescue families "
              "cut off by flooding along the Cauto River", "Ministry of the Revolutionary Armed Forces of Cuba",
              "indirect"),
        quote("No deaths had been reported in Cuba by Thursday afternoon", "Civil Defense of Cuba", "indirect"),
        quote("We have suffered very serious damage, but we have protected the most important thing, which is human "
              "life", "Miguel Díaz-Canel", "direct"),
        quote("the U.S. embargo would make recovery far harder", "Miguel Díaz-Canel", "indirect"),
        quote("blockade", "Miguel Díaz-Canel", "direct"),
        quote('tightening the "blockade" even as the storm approached', "Miguel Díaz-Canel", "indirect"),
        quote("the United States was prepared to provide immediate humanitarian assistance to the Cuban people, to be "
              "distributed through the Catholic Church and other local partners", "Marco Rubio", "indirect"),
        quote("the aid would not be channelled through the Cuban government", "U.S. Department of State",
              "indirect"),
        quote("Havana would accept the offer if it was genuine and came without conditions",
              "Carlos Fernández de Cossío", "indirect"),
        quote("her government would send navy ships loaded with food, water and generators to eastern Cuba",
              "Claudia Sheinbaum", "indirect"),
        quote("A Venezuelan military plane carrying 20 tonnes of supplies landed in Santiago de Cuba on Thursday",
              "Cuban state television", "indirect"),
        quote("it had begun distributing food rations in the hardest-hit areas of Santiago de Cuba and Granma",
              "World Food Programme", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["HAVANA"]),
        entity("Cuba", "LOC", "CUB", ["the island", "the Communist-run country", "Cuba"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Chivirico", "LOC", "CUB", ["Chivirico"]),
        entity("Santiago de Cuba", "LOC", "CUB", ["Santiago de Cuba"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaica"]),
        entity("Granma", "LOC", "CUB", ["Granma"]),
        entity("Holguín", "LOC", "CUB", ["Holguin"]),
        entity("Guantánamo", "LOC", "CUB", ["Guantanamo"]),
        entity("Las Tunas", "LOC", "CUB", ["Las Tunas"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["President Miguel Diaz-Canel", "Diaz-Canel"]),
        entity("Revolutionary Armed Forces of Cuba", "ORG", "CUB", ["the Revolutionary Armed Forces"]),
        entity("Cauto River", "LOC", "CUB", ["the Cauto River"]),
        entity("Ministry of the Revolutionary Armed Forces of Cuba", "ORG", "CUB", ["the defense ministry"]),
        entity("Civil Defense of Cuba", "ORG", "CUB", ["the civil defense"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Washington", "LOC", "USA", ["In Washington"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Catholic Church", "ORG", None, ["the Catholic Church"]),
        entity("U.S. Department of State", "ORG", "USA", ["State Department"]),
        entity("Government of Cuba", "ORG", "CUB", ["the Cuban government", "Havana"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Deputy Foreign Minister Carlos Fernandez de Cossio"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President Claudia Sheinbaum"]),
        entity("Government of Mexico", "ORG", "MEX", ["her government"]),
        entity("Cuban state television", "ORG", "CUB", ["Cuban state television"]),
        entity("Ministry of Foreign Affairs of Cuba", "ORG", "CUB", ["Cuba's foreign ministry"]),
        entity("World Food Programme", "ORG", "UNO", ["The U.N. World Food Programme"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Republican Party", "ORG", "USA", ["Republican"]),
        entity("Carlos Gimenez", "PER", "USA", ["Florida Republican Congressman Carlos Gimenez"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
    ],
}

# ---------------------------------------------------------------- hm327-en-02 (Canada, Bill C-5 passes the Senate)
CAN_SENATE = actor("Senate of Canada", "CAN", "LEG")
FN_LEADERS = actor("First Nations leaders", "CAN", "CVL")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
WOODHOUSE = actor("Cindy Woodhouse Nepinak", "CAN", "CVL")
INM_PROTESTERS = actor("Idle No More protesters", "CAN", "CVL")
CARNEY = actor("Mark Carney", "CAN", "GOV")
BENEDICT = actor("Abram Benedict", "CAN", "CVL")
CAN_CONSERVATIVES = actor("Conservative Party of Canada", "CAN", "OPP")
GAZAN = actor("Leah Gazan", "CAN", "LEG")
SMITH = actor("Danielle Smith", "CAN", "GOV")
EBY = actor("David Eby", "CAN", "GOV")

E1 = ("OTTAWA, June 26 (Reuters) - Canada's Senate on Thursday passed Prime Minister Mark Carney's bill to fast-track "
      "major infrastructure projects, rejecting calls from First Nations leaders to slow it down.")
E2 = ("The One Canadian Economy Act, known as Bill C-5, allows the federal government to designate pipelines, mines, "
      "ports and other projects as being in the national interest and to speed up or bypass some environmental "
      "reviews.")
E3 = "It received royal assent hours after the vote in the upper chamber."
E4 = ("Carney, who won the April election promising to shield Canada's economy from U.S. President Donald Trump's "
      'tariffs, said the law would let the country "build big things again" and reduce its dependence on the United '
      "States.")
E5 = ("First Nations chiefs have accused the government of rushing the bill through parliament in a matter of weeks "
      "without proper consultation, saying it threatens treaty rights.")
E6 = ('"This law was pushed through in a hurry, and it is First Nations who will pay the price," Assembly of First '
      'Nations National Chief Cindy Woodhouse Nepinak told reporters.')
E7 = ("Several hundred protesters, many of them from the Idle No More movement, rallied on Parliament Hill last week, "
      'beating drums and carrying signs that read "Consult us."')
E8 = ("Carney has promised to meet First Nations leaders at a summit in Gatineau, Quebec, on July 17, and said on "
      "Thursday that no project would go ahead without Indigenous partners.")
E9 = ("Ontario Regional Chief Abram Benedict said the chiefs would attend the meeting but warned that several nations "
      "were preparing legal challenges to the law.")
E10 = ("The opposition Conservatives under Pierre Poilievre voted for the bill in the House of Commons last week, "
       "while the New Democrats and the Greens voted against it.")
E11 = ('NDP lawmaker Leah Gazan accused the Liberal government of "trampling" on Indigenous rights to please the oil '
       'and mining industries.')
E12 = ("Alberta Premier Danielle Smith welcomed the law and urged Ottawa to use it first for a new oil pipeline to the "
       "Pacific coast.")
E13 = ("British Columbia Premier David Eby rejected Smith's call to lift a federal ban on oil tankers off the "
       "province's northern coast.")
E14 = ("Ontario faces similar protests over its own Bill 5, which lets the provincial government create special "
       "economic zones exempt from some provincial laws.")

EN02 = {
    "id": "hm327-en-02", "lang": "en", "url": None, "published": "2025-06-26",
    "title": "Canada's Senate passes Carney's major projects bill despite First Nations opposition",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9], [E10, E11], [E12, E13, E14]),
    "events": [
        event("REJECT", CAN_SENATE, FN_LEADERS, E1, mode="change", date="2025-06-26", location="Ottawa",
              location_country="CAN"),
        event("ACCUSE", FN_LEADERS, CAN_GOV, E5, mode="allege"),
        event("ACCUSE", WOODHOUSE, CAN_GOV, E6, mode="disapprove"),
        event("PROTEST", INM_PROTESTERS, CAN_GOV, E7, mode="demo", location="Parliament Hill",
              location_country="CAN"),
        event("AGREE", CARNEY, FN_LEADERS, E8),
        event("AGREE", BENEDICT, CARNEY, E9),
        event("THREATEN", BENEDICT, CAN_GOV, E9),
        event("SUPPORT", CAN_CONSERVATIVES, CAN_GOV, E10),
        event("ACCUSE", GAZAN, CAN_GOV, E11, mode="disapprove"),
        event("SUPPORT", SMITH, CAN_GOV, E12),
        event("REQUEST", SMITH, CAN_GOV, E12, mode="change"),
        event("REJECT", EBY, SMITH, E13, mode="change"),
    ],
    "quotes": [
        quote("build big things again", "Mark Carney", "direct"),
        quote('the law would let the country "build big things again" and reduce its dependence on the United States',
              "Mark Carney", "indirect"),
        quote("of rushing the bill through parliament in a matter of weeks without proper consultation",
              "First Nations leaders", "indirect"),
        quote("it threatens treaty rights", "First Nations leaders", "indirect"),
        quote("This law was pushed through in a hurry, and it is First Nations who will pay the price",
              "Cindy Woodhouse Nepinak", "direct"),
        quote("Consult us", "Idle No More protesters", "direct"),
        quote("no project would go ahead without Indigenous partners", "Mark Carney", "indirect"),
        quote("the chiefs would attend the meeting", "Abram Benedict", "indirect"),
        quote("several nations were preparing legal challenges to the law", "Abram Benedict", "indirect"),
        quote("trampling", "Leah Gazan", "direct"),
        quote('of "trampling" on Indigenous rights to please the oil and mining industries', "Leah Gazan",
              "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Senate of Canada", "ORG", "CAN", ["Canada's Senate", "the upper chamber"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney"]),
        entity("First Nations leaders", "ORG", "CAN", ["First Nations leaders", "First Nations chiefs",
                                                       "the chiefs"]),
        entity("Government of Canada", "ORG", "CAN", ["the federal government", "the government",
                                                      "the Liberal government", "Ottawa"]),
        entity("Canada", "LOC", "CAN", ["Canada", "the country"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("Assembly of First Nations", "ORG", "CAN", ["Assembly of First Nations"]),
        entity("Cindy Woodhouse Nepinak", "PER", "CAN", ["Assembly of First Nations National Chief Cindy Woodhouse "
                                                         "Nepinak"]),
        entity("Idle No More", "ORG", "CAN", ["the Idle No More movement"]),
        entity("Parliament Hill", "LOC", "CAN", ["Parliament Hill"]),
        entity("Gatineau", "LOC", "CAN", ["Gatineau"]),
        entity("Quebec", "LOC", "CAN", ["Quebec"]),
        entity("Abram Benedict", "PER", "CAN", ["Ontario Regional Chief Abram Benedict"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["The opposition Conservatives"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Pierre Poilievre"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["the House of Commons"]),
        entity("New Democratic Party", "ORG", "CAN", ["the New Democrats", "NDP"]),
        entity("Green Party of Canada", "ORG", "CAN", ["the Greens"]),
        entity("Leah Gazan", "PER", "CAN", ["NDP lawmaker Leah Gazan"]),
        entity("Liberal Party of Canada", "ORG", "CAN", ["Liberal"]),
        entity("Alberta", "LOC", "CAN", ["Alberta"]),
        entity("Danielle Smith", "PER", "CAN", ["Alberta Premier Danielle Smith", "Smith"]),
        entity("Pacific coast", "LOC", "CAN", ["the Pacific coast"]),
        entity("British Columbia", "LOC", "CAN", ["British Columbia", "the province"]),
        entity("David Eby", "PER", "CAN", ["British Columbia Premier David Eby"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("Government of Ontario", "ORG", "CAN", ["the provincial government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
