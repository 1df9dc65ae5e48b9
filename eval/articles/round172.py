"""Round 172: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm172-de-01: Greece suspends asylum applications for boat arrivals from North Africa; navy off Libya, UNHCR and the Council of Europe object (2025-07-10).
- hm172-de-02: The Czech Republic sanctions the pro-Russian Voice of Europe network, Medvedchuk and Marchevskyi; Belgium, Poland's ABW and the AfD react (2024-03-27).
- hm172-de-03: French Prime Minister Sébastien Lecornu resigns a day after naming his cabinet; Retailleau, Le Pen and LFI react (2025-10-06).
- hm172-de-04: A court in Petushki sentences three of Alexei Navalny's former lawyers; Navalnaya, Berlin and the EU protest (2025-01-17).
- hm172-en-01: Fed Governor Lisa Cook sues Trump over his attempt to fire her; Warren objects, Bessent defends the move (2025-08-28).
- hm172-en-02: Spain, Ireland and Norway formally recognise a Palestinian state; Israel's Katz retaliates against Madrid (2024-05-28).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- de-01 Greece asylum suspension
GREECE = actor("Greece", "GRC", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
MIGRANTS = actor("migrants arriving by boat from North Africa", None, "CVL")
SMUGGLERS = actor("human smugglers", None, "CVL")
GR_NAVY = actor("Hellenic Navy", "GRC", "MIL")
GR_COASTGUARD = actor("Hellenic Coast Guard", "GRC", "COP")
LIBYAN_AUTH = actor("Libyan authorities", "LBY", "GOV")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
EAST_LIBYA = actor("eastern Libyan government", "LBY", "GOV")
GNU = actor("Government of National Unity", "LBY", "GOV")
EU = actor("European Union", "EUR", "IGO")
UNHCR = actor("UNHCR", "UNO", "IGO")
OFLAHERTY = actor("Michael O'Flaherty", "IGO", "IGO")
MARINAKIS = actor("Pavlos Marinakis", "GRC", "GOV")

A1 = ("Athen (dpa) - Griechenland setzt für drei Monate die Bearbeitung von Asylanträgen von Migranten aus, die "
      "per Boot aus Nordafrika ankommen.")
A2 = ("Wer ohne Erlaubnis einreise, werde festgenommen und zurückgeschickt, kündigte Ministerpräsident Kyriakos "
      "Mitsotakis am Mittwoch im Parlament an.")
A3 = "„Schleuser“, sagte Mitsotakis, „werden wir mit aller Härte verfolgen.“"
A4 = "Auf Kreta waren seit Anfang Juli mehr als 2000 Menschen angekommen, die meisten aus dem Osten Libyens."
A5 = "Zwei Fregatten der Marine wurden in internationale Gewässer vor der libyschen Küste verlegt."
A6 = ("Die Küstenwache tausche bereits Informationen über ablegende Boote mit libyschen Behörden aus, sagte "
      "Migrationsminister Thanos Plevris.")
A7 = "Außenminister Giorgos Gerapetritis kündigte für die kommende Woche Besuche in Bengasi und Tripolis an."
A8 = "Athen forderte die EU auf, Libyen stärker beim Schutz seiner Grenzen zu unterstützen."
A9 = "Das UN-Flüchtlingshilfswerk UNHCR kritisierte die Entscheidung scharf."
A10 = ("Das Recht, Asyl zu beantragen, sei im Völkerrecht verankert und dürfe nicht ausgesetzt werden, erklärte "
       "die Organisation.")
A11 = "Der Menschenrechtskommissar des Europarats, Michael O’Flaherty, forderte Athen auf, die Maßnahme zurückzunehmen."
A12 = "Ein Regierungssprecher lehnte dies ab und verwies auf die „außergewöhnliche Lage“ im südlichen Mittelmeer."

DE01 = {
    "id": "hm172-de-01", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "Griechenland setzt Asylverfahren für Bootsmigranten aus Nordafrika aus",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("COERCE", GREECE, MIGRANTS, A1, mode="restrict"),
        event("THREATEN", MITSOTAKIS, MIGRANTS, A2, mode="arrest", date="2025-07-09"),
        event("THREATEN", MITSOTAKIS, SMUGGLERS, A3, mode="arrest"),
        event("MOBILIZE", GR_NAVY, None, A5, mode="troops", location="Libyan coast", location_country="LBY"),
        event("COOPERATE", GR_COASTGUARD, LIBYAN_AUTH, A6),
        event("AGREE", GERAPETRITIS, EAST_LIBYA, A7),
        event("AGREE", GERAPETRITIS, GNU, A7),
        event("REQUEST", GREECE, EU, A8, mode="assist"),
        event("ACCUSE", UNHCR, GREECE, A9, mode="disapprove"),
        event("ACCUSE", UNHCR, GREECE, A10, mode="disapprove"),
        event("REQUEST", OFLAHERTY, GREECE, A11, mode="change"),
        event("REJECT", MARINAKIS, OFLAHERTY, A12, mode="change"),
    ],
    "quotes": [
        quote("Wer ohne Erlaubnis einreise, werde festgenommen und zurückgeschickt", "Kyriakos Mitsotakis",
              "indirect"),
        quote("Schleuser", "Kyriakos Mitsotakis", "direct"),
        quote("werden wir mit aller Härte verfolgen", "Kyriakos Mitsotakis", "direct"),
        quote("Die Küstenwache tausche bereits Informationen über ablegende Boote mit libyschen Behörden aus",
              "Thanos Plevris", "indirect"),
        quote("Libyen stärker beim Schutz seiner Grenzen zu unterstützen", "Greece", "indirect"),
        quote("Das Recht, Asyl zu beantragen, sei im Völkerrecht verankert und dürfe nicht ausgesetzt werden",
              "UNHCR", "indirect"),
        quote("die Maßnahme zurückzunehmen", "Michael O'Flaherty", "indirect"),
        quote("außergewöhnliche Lage", "Pavlos Marinakis", "direct"),
    ],
    "entities": [
        entity("Greece", "GPE", "GRC", ["Griechenland", "Athen"]),
        entity("North Africa", "LOC", None, ["Nordafrika"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "Mitsotakis"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["Parlament"]),
        entity("Crete", "LOC", "GRC", ["Kreta"]),
        entity("Libya", "GPE", "LBY", ["Libyens", "Libyen"]),
        entity("Hellenic Navy", "ORG", "GRC", ["der Marine"]),
        entity("Hellenic Coast Guard", "ORG", "GRC", ["Die Küstenwache"]),
        entity("Libyan authorities", "ORG", "LBY", ["libyschen Behörden"]),
        entity("Thanos Plevris", "PER", "GRC", ["Migrationsminister Thanos Plevris"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["Außenminister Giorgos Gerapetritis"]),
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("UNHCR", "ORG", "UNO", ["Das UN-Flüchtlingshilfswerk UNHCR", "die Organisation"]),
        entity("Council of Europe", "ORG", "IGO", ["des Europarats"]),
        entity("Michael O'Flaherty", "PER", "IGO", ["Der Menschenrechtskommissar des Europarats",
                                                    "Michael O’Flaherty"]),
        entity("Pavlos Marinakis", "PER", "GRC", ["Ein Regierungssprecher"]),
        entity("Mediterranean Sea", "LOC", None, ["südlichen Mittelmeer"]),
    ],
}

# ---------------------------------------------------------------- de-02 Czech Republic / Voice of Europe
CZECHIA = actor("Czech Republic", "CZE", "GOV")
VOE = actor("Voice of Europe", "CZE", "BUS")
MEDVEDCHUK = actor("Viktor Medvedchuk", "UKR", "OPP")
MARCHEVSKYI = actor("Artem Marchevskyi", "UKR", "BUS")
BIS = actor("Security Information Service (BIS)", "CZE", "GOV")
FIALA = actor("Petr Fiala", "CZE", "GOV")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
BELGIUM = actor("Belgium", "BEL", "GOV")
DE_CROO = actor("Alexander De Croo", "BEL", "GOV")
ABW = actor("Internal Security Agency (ABW)", "POL", "GOV")
AFD = actor("Alternative for Germany (AfD)", "DEU", "PTY")
BYSTRON = actor("Petr Bystron", "DEU", "PTY")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

B1 = "Prag (dpa) - Tschechien hat die Nachrichtenplattform Voice of Europe auf seine nationale Sanktionsliste gesetzt."
B2 = ("Betroffen sind zudem der frühere ukrainische Oppositionspolitiker Viktor Medwedtschuk und sein Vertrauter "
      "Artem Martschewskyj, die das Portal nach Erkenntnissen des Geheimdienstes BIS aus dem Hintergrund "
      "steuerten.")
B3 = ("Über das Netzwerk sei Geld an Politiker in mehreren EU-Staaten geflossen, um prorussische Positionen im "
      "Europawahlkampf zu verbreiten, sagte Regierungschef Petr Fiala.")
B4 = "„Das ist ein direkter Angriff auf die Demokratie in Europa“, sagte Außenminister Jan Lipavský."
B5 = ("Die Ermittlungen seien in enger Abstimmung mit den tschechischen Behörden erfolgt, erklärte der belgische "
      "Premierminister Alexander De Croo.")
B6 = "Er forderte die EU auf, ein Ermittlungsverfahren auf europäischer Ebene einzuleiten."
B7 = "In Polen durchsuchte der Inlandsgeheimdienst ABW nach eigenen Angaben Wohnungen in Warschau und Tychy."
B8 = "Die Website des Portals war am Mittwoch nicht mehr erreichbar."
B9 = ("Tschechische Medien hatten berichtet, auch der AfD-Bundestagsabgeordnete Petr Bystron solle Geld erhalten "
      "haben.")
B10 = "Bystron wies die Vorwürfe zurück."
B11 = "Die AfD-Spitze verlangte von ihm eine schriftliche Erklärung."
B12 = "Kremlsprecher Dmitri Peskow nannte die Vorwürfe Teil einer „antirussischen Kampagne“."

DE02 = {
    "id": "hm172-de-02", "lang": "de", "url": None, "published": "2024-03-27",
    "title": "Tschechien deckt prorussisches Einflussnetzwerk auf",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("SANCTION", CZECHIA, VOE, B1, mode="discontinue"),
        event("SANCTION", CZECHIA, MEDVEDCHUK, B2, mode="discontinue"),
        event("SANCTION", CZECHIA, MARCHEVSKYI, B2, mode="discontinue"),
        event("ACCUSE", BIS, MEDVEDCHUK, B2, mode="allege"),
        event("ACCUSE", BIS, MARCHEVSKYI, B2, mode="allege"),
        event("ACCUSE", FIALA, VOE, B3, mode="allege"),
        event("ACCUSE", LIPAVSKY, VOE, B4, mode="disapprove"),
        event("COOPERATE", BELGIUM, CZECHIA, B5),
        event("REQUEST", DE_CROO, EU, B6, mode="assist"),
        event("COERCE", ABW, None, B7, mode="seize", location="Warsaw", location_country="POL"),
        event("REQUEST", AFD, BYSTRON, B11),
        event("ACCUSE", PESKOV, CZECHIA, B12, mode="disapprove"),
    ],
    "quotes": [
        quote("Über das Netzwerk sei Geld an Politiker in mehreren EU-Staaten geflossen, um prorussische Positionen "
              "im Europawahlkampf zu verbreiten", "Petr Fiala", "indirect"),
        quote("Das ist ein direkter Angriff auf die Demokratie in Europa", "Jan Lipavský", "direct"),
        quote("Die Ermittlungen seien in enger Abstimmung mit den tschechischen Behörden erfolgt",
              "Alexander De Croo", "indirect"),
        quote("ein Ermittlungsverfahren auf europäischer Ebene einzuleiten", "Alexander De Croo", "indirect"),
        quote("auch der AfD-Bundestagsabgeordnete Petr Bystron solle Geld erhalten haben", "Czech media",
              "indirect"),
        quote("antirussischen Kampagne", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Prague", "LOC", "CZE", ["Prag"]),
        entity("Czech Republic", "GPE", "CZE", ["Tschechien", "den tschechischen Behörden"]),
        entity("Voice of Europe", "ORG", "CZE", ["die Nachrichtenplattform Voice of Europe", "das Portal",
                                                 "des Portals", "das Netzwerk"]),
        entity("Viktor Medvedchuk", "PER", "UKR", ["der frühere ukrainische Oppositionspolitiker Viktor "
                                                   "Medwedtschuk"]),
        entity("Artem Marchevskyi", "PER", "UKR", ["sein Vertrauter Artem Martschewskyj"]),
        entity("Security Information Service (BIS)", "ORG", "CZE", ["des Geheimdienstes BIS"]),
        entity("Petr Fiala", "PER", "CZE", ["Regierungschef Petr Fiala"]),
        entity("Jan Lipavský", "PER", "CZE", ["Außenminister Jan Lipavský"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Alexander De Croo", "PER", "BEL", ["der belgische Premierminister Alexander De Croo", "Er"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Internal Security Agency (ABW)", "ORG", "POL", ["der Inlandsgeheimdienst ABW"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Tychy", "LOC", "POL", ["Tychy"]),
        entity("Czech media", "ORG", "CZE", ["Tschechische Medien"]),
        entity("Petr Bystron", "PER", "DEU", ["der AfD-Bundestagsabgeordnete Petr Bystron", "Bystron", "ihm"]),
        entity("Alternative for Germany (AfD)", "ORG", "DEU", ["Die AfD-Spitze"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- de-03 Lecornu resigns
LECORNU = actor("Sébastien Lecornu", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
LR = actor("Les Républicains", "FRA", "PTY")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
PS = actor("Socialist Party", "FRA", "OPP")
ASSEMBLY = actor("National Assembly", "FRA", "LEG")
FR_PARTIES = actor("French political parties", "FRA", "PTY")
LE_PEN = actor("Marine Le Pen", "FRA", "OPP")
LFI = actor("La France Insoumise", "FRA", "OPP")

C1 = ("Paris (AFP) - Knapp vier Wochen nach seiner Ernennung ist der französische Premierminister Sébastien "
      "Lecornu zurückgetreten.")
C2 = "Präsident Emmanuel Macron nahm den Rücktritt am Montagmorgen an."
C3 = "Erst am Sonntagabend hatte Lecornu die Mitglieder seines Kabinetts vorgestellt."
C4 = ("Die konservativen Republikaner hatten die Ministerliste umgehend kritisiert, weil sie kaum neue Gesichter "
      "enthalte.")
C5 = ("Parteichef Bruno Retailleau, der selbst Innenminister bleiben sollte, drohte mit dem Rückzug seiner Partei "
      "aus der Regierung.")
C6 = "„Die Zusammensetzung der Regierung spiegelt den versprochenen Bruch nicht wider“, schrieb er auf X."
C7 = ("Zuvor hatte Lecornu zugesagt, auf den umstrittenen Verfassungsartikel 49.3 zu verzichten, mit dem Gesetze "
      "ohne Abstimmung durch das Parlament gebracht werden können.")
C8 = "Die Sozialisten hatten mit einem Misstrauensvotum gedroht, falls die Rentenreform nicht ausgesetzt werde."
C9 = "In einer kurzen Erklärung machte er die „Egos“ der Parteien für sein Scheitern verantwortlich."
C10 = "Die Bedingungen für eine Regierungsarbeit seien nicht mehr erfüllt gewesen, sagte er."
C11 = "RN-Fraktionschefin Marine Le Pen forderte Macron auf, die Nationalversammlung aufzulösen."
C12 = "Die linke Partei La France Insoumise verlangte den Rücktritt des Präsidenten."
C13 = "Macron ließ zunächst offen, ob er einen neuen Premier ernennen oder Neuwahlen ansetzen wird."
C14 = "An der Pariser Börse verlor der Leitindex CAC 40 nach der Nachricht zeitweise rund zwei Prozent."

DE03 = {
    "id": "hm172-de-03", "lang": "de", "url": None, "published": "2025-10-06",
    "title": "Frankreichs Premier Lecornu tritt nach knapp vier Wochen zurück",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9, C10], [C11, C12, C13, C14]),
    "events": [
        event("RETREAT", LECORNU, None, C1, mode="resign"),
        event("RETREAT", LECORNU, None, C2, mode="resign", date="2025-10-06"),
        event("ACCUSE", LR, LECORNU, C4, mode="disapprove"),
        event("THREATEN", RETAILLEAU, LECORNU, C5),
        event("ACCUSE", RETAILLEAU, LECORNU, C6, mode="disapprove"),
        event("CONCEDE", LECORNU, ASSEMBLY, C7),
        event("THREATEN", PS, LECORNU, C8),
        event("ACCUSE", LECORNU, FR_PARTIES, C9, mode="disapprove"),
        event("REQUEST", LE_PEN, MACRON, C11, mode="change"),
        event("REQUEST", LFI, MACRON, C12, mode="change"),
    ],
    "quotes": [
        quote("sie kaum neue Gesichter enthalte", "Les Républicains", "indirect"),
        quote("Die Zusammensetzung der Regierung spiegelt den versprochenen Bruch nicht wider", "Bruno Retailleau",
              "direct"),
        quote("auf den umstrittenen Verfassungsartikel 49.3 zu verzichten", "Sébastien Lecornu", "indirect"),
        quote("falls die Rentenreform nicht ausgesetzt werde", "Socialist Party", "indirect"),
        quote("Egos", "Sébastien Lecornu", "direct"),
        quote("Die Bedingungen für eine Regierungsarbeit seien nicht mehr erfüllt gewesen", "Sébastien Lecornu",
              "indirect"),
        quote("die Nationalversammlung aufzulösen", "Marine Le Pen", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Sébastien Lecornu", "PER", "FRA", ["der französische Premierminister Sébastien Lecornu", "Lecornu",
                                                   "er"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron", "des Präsidenten"]),
        entity("Les Républicains", "ORG", "FRA", ["Die konservativen Republikaner", "seiner Partei"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Parteichef Bruno Retailleau"]),
        entity("Government of France", "ORG", "FRA", ["der Regierung"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("National Assembly", "ORG", "FRA", ["das Parlament", "die Nationalversammlung"]),
        entity("Socialist Party", "ORG", "FRA", ["Die Sozialisten"]),
        entity("Marine Le Pen", "PER", "FRA", ["RN-Fraktionschefin Marine Le Pen"]),
        entity("Rassemblement National", "ORG", "FRA", ["RN"]),
        entity("La France Insoumise", "ORG", "FRA", ["Die linke Partei La France Insoumise"]),
        entity("Euronext Paris", "ORG", "FRA", ["der Pariser Börse"]),
    ],
}

# ---------------------------------------------------------------- de-04 Navalny's lawyers sentenced
PETUSHKI_COURT = actor("Petushki District Court", "RUS", "JUD")
LAWYERS = actor("Alexei Navalny's lawyers", "RUS", "CVL")
KOBZEV = actor("Vadim Kobzev", "RUS", "CVL")
LIPTSER = actor("Alexei Liptser", "RUS", "CVL")
SERGUNIN = actor("Igor Sergunin", "RUS", "CVL")
RU_PROSECUTORS = actor("Russian prosecutors", "RUS", "JUD")
NAVALNAYA = actor("Yulia Navalnaya", "RUS", "OPP")
RUSSIA = actor("Russia", "RUS", "GOV")
RU_AUTHORITIES = actor("Russian authorities", "RUS", "GOV")
GERMAN_FO = actor("German Federal Foreign Office", "DEU", "GOV")

D1 = ("Moskau (dpa) - Ein russisches Gericht hat drei frühere Anwälte des gestorbenen Kremlkritikers Alexej "
      "Nawalny zu mehrjährigen Haftstrafen in einem Straflager verurteilt.")
D2 = ("Das Bezirksgericht in Petuschki in der Region Wladimir sprach Wadim Kobsew, Alexej Lipzer und Igor "
      "Sergunin am Freitag der Beteiligung an einer extremistischen Vereinigung schuldig.")
D3 = "Kobsew erhielt fünfeinhalb Jahre Haft, Lipzer fünf und Sergunin dreieinhalb Jahre."
D4 = ("Die Staatsanwaltschaft hatte den Anwälten vorgeworfen, Botschaften ihres inhaftierten Mandanten an seine "
      "Anhänger weitergegeben zu haben.")
D5 = ("Nawalnys Witwe Julia Nawalnaja sprach von einem Racheakt des Kremls an Menschen, die nur ihre Arbeit "
      "gemacht hätten.")
D6 = "„In Russland werden Anwälte eingesperrt, weil sie ihre Mandanten verteidigen“, schrieb sie auf X."
D7 = "Die drei Juristen waren im Oktober 2023 festgenommen worden und saßen seitdem in Untersuchungshaft."
D8 = ("Das Auswärtige Amt in Berlin verurteilte die Urteile als „politisch motiviert“ und forderte die "
      "Freilassung der Anwälte.")
D9 = "Auch die EU verlangte, alle politischen Gefangenen in Russland freizulassen."
D10 = "Der Kreml äußerte sich zunächst nicht zu den Urteilen."
D11 = "Nawalny war im Februar 2024 in einem Straflager nördlich des Polarkreises ums Leben gekommen."

DE04 = {
    "id": "hm172-de-04", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Russisches Gericht schickt Anwälte Nawalnys ins Straflager",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10, D11]),
    "events": [
        event("SANCTION", PETUSHKI_COURT, LAWYERS, D1, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, KOBZEV, D2, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, LIPTSER, D2, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, SERGUNIN, D2, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, KOBZEV, D3, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, LIPTSER, D3, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("SANCTION", PETUSHKI_COURT, SERGUNIN, D3, mode="convict", date="2025-01-17", location="Petushki",
              location_country="RUS"),
        event("ACCUSE", RU_PROSECUTORS, LAWYERS, D4, mode="allege"),
        event("ACCUSE", NAVALNAYA, RUSSIA, D5, mode="allege"),
        event("ACCUSE", NAVALNAYA, RUSSIA, D6, mode="disapprove"),
        event("COERCE", RU_AUTHORITIES, LAWYERS, D7, mode="arrest"),
        event("ACCUSE", GERMAN_FO, RUSSIA, D8, mode="disapprove"),
        event("REQUEST", GERMAN_FO, RUSSIA, D8, mode="yield"),
        event("REQUEST", EU, RUSSIA, D9, mode="yield"),
    ],
    "quotes": [
        quote("Botschaften ihres inhaftierten Mandanten an seine Anhänger weitergegeben zu haben",
              "Russian prosecutors", "indirect"),
        quote("die nur ihre Arbeit gemacht hätten", "Yulia Navalnaya", "indirect"),
        quote("In Russland werden Anwälte eingesperrt, weil sie ihre Mandanten verteidigen", "Yulia Navalnaya",
              "direct"),
        quote("politisch motiviert", "German Federal Foreign Office", "direct"),
        quote("alle politischen Gefangenen in Russland freizulassen", "European Union", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Alexei Navalny", "PER", "RUS", ["des gestorbenen Kremlkritikers Alexej Nawalny", "Nawalnys",
                                                "ihres inhaftierten Mandanten", "Nawalny"]),
        entity("Petushki District Court", "ORG", "RUS", ["Ein russisches Gericht", "Das Bezirksgericht in Petuschki"]),
        entity("Petushki", "LOC", "RUS", ["Petuschki"]),
        entity("Vladimir Oblast", "LOC", "RUS", ["der Region Wladimir"]),
        entity("Vadim Kobzev", "PER", "RUS", ["Wadim Kobsew", "Kobsew"]),
        entity("Alexei Liptser", "PER", "RUS", ["Alexej Lipzer", "Lipzer"]),
        entity("Igor Sergunin", "PER", "RUS", ["Igor Sergunin", "Sergunin"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Die Staatsanwaltschaft"]),
        entity("Yulia Navalnaya", "PER", "RUS", ["Nawalnys Witwe Julia Nawalnaja", "sie"]),
        entity("Russia", "GPE", "RUS", ["des Kremls", "Russland", "Der Kreml"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("German Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
    ],
}

# ---------------------------------------------------------------- en-01 Lisa Cook sues Trump
TRUMP = actor("Donald Trump", "USA", "GOV")
COOK = actor("Lisa Cook", "USA", "GOV")
PULTE = actor("Bill Pulte", "USA", "GOV")
LOWELL = actor("Abbe Lowell", "USA", "CVL")
DOJ = actor("US Department of Justice", "USA", "JUD")
WARREN = actor("Elizabeth Warren", "USA", "LEG")
FED = actor("Federal Reserve", "USA", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")

E1 = ("WASHINGTON (AP) — Federal Reserve Governor Lisa Cook sued President Donald Trump on Thursday, seeking to "
      "block his unprecedented attempt to remove her from the central bank’s board.")
E2 = ("Trump announced late on Monday that he was firing Cook “effective immediately” over allegations that "
      "she had falsified records to get better mortgage terms.")
E3 = ("The accusations were first made by Bill Pulte, the director of the Federal Housing Finance Agency, who "
      "referred the case to the Justice Department.")
E4 = ("In the lawsuit, Cook’s lawyer Abbe Lowell argued that the president had no legal authority to dismiss her "
      "over unproven claims.")
E5 = "Under the Federal Reserve Act, governors can only be removed for cause."
E6 = ("“I will not resign,” Cook said in a statement earlier this week, adding that she would continue to carry "
      "out her duties.")
E7 = "A Justice Department official said no formal investigation into Cook had been opened so far."
E8 = ("Senator Elizabeth Warren, the top Democrat on the Senate Banking Committee, called the firing an “illegal "
      "power grab” and urged the Fed to ignore it.")
E9 = "Treasury Secretary Scott Bessent defended the move, saying the Fed needed more accountability."
E10 = "The Fed said in a brief statement that Cook’s status would be decided by the courts."
E11 = "Trump told reporters he was ready for a legal fight and could name a replacement soon."
E12 = "Markets were calm, with the dollar little changed on Thursday."

EN01 = {
    "id": "hm172-en-01", "lang": "en", "url": None, "published": "2025-08-28",
    "title": "Fed governor Lisa Cook sues Trump to block her removal",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11, E12]),
    "events": [
        event("ACCUSE", COOK, TRUMP, E1, mode="allege", date="2025-08-28", location="Washington",
              location_country="USA"),
        event("SANCTION", TRUMP, COOK, E2, mode="expel", date="2025-08-25"),
        event("ACCUSE", TRUMP, COOK, E2, mode="allege"),
        event("ACCUSE", PULTE, COOK, E3, mode="allege"),
        event("ACCUSE", LOWELL, TRUMP, E4, mode="disapprove"),
        event("REJECT", COOK, TRUMP, E6, mode="change"),
        event("ACCUSE", DOJ, COOK, E7, mode="investigate", negated=True),
        event("ACCUSE", WARREN, TRUMP, E8, mode="disapprove"),
        event("REQUEST", WARREN, FED, E8, mode="change"),
        event("SUPPORT", BESSENT, TRUMP, E9),
    ],
    "quotes": [
        quote("effective immediately", "Donald Trump", "direct"),
        quote("he was firing Cook “effective immediately” over allegations that she had falsified records to get "
              "better mortgage terms", "Donald Trump", "indirect"),
        quote("the president had no legal authority to dismiss her over unproven claims", "Abbe Lowell",
              "indirect"),
        quote("I will not resign", "Lisa Cook", "direct"),
        quote("she would continue to carry out her duties", "Lisa Cook", "indirect"),
        quote("no formal investigation into Cook had been opened so far", "Justice Department official",
              "indirect"),
        quote("illegal power grab", "Elizabeth Warren", "direct"),
        quote("the Fed needed more accountability", "Scott Bessent", "indirect"),
        quote("Cook’s status would be decided by the courts", "Federal Reserve", "indirect"),
        quote("he was ready for a legal fight and could name a replacement soon", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Federal Reserve", "ORG", "USA", ["Federal Reserve", "the central bank’s board", "the Fed",
                                                 "The Fed"]),
        entity("Lisa Cook", "PER", "USA", ["Federal Reserve Governor Lisa Cook", "Cook", "her", "she"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "his", "the president"]),
        entity("Bill Pulte", "PER", "USA", ["Bill Pulte"]),
        entity("Federal Housing Finance Agency", "ORG", "USA", ["the Federal Housing Finance Agency"]),
        entity("US Department of Justice", "ORG", "USA", ["the Justice Department", "Justice Department"]),
        entity("Abbe Lowell", "PER", "USA", ["Cook’s lawyer Abbe Lowell"]),
        entity("Elizabeth Warren", "PER", "USA", ["Senator Elizabeth Warren", "the top Democrat"]),
        entity("Senate Banking Committee", "ORG", "USA", ["the Senate Banking Committee"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent"]),
    ],
}

# ---------------------------------------------------------------- en-02 Palestine recognition
SPAIN = actor("Spain", "ESP", "GOV")
IRELAND = actor("Ireland", "IRL", "GOV")
NORWAY = actor("Norway", "NOR", "GOV")
PALESTINE = actor("Palestine", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
EURO_STATES = actor("other European states", None, "GOV")
EIDE = actor("Espen Barth Eide", "NOR", "GOV")
UNRWA = actor("UNRWA", "UNO", "IGO")

F1 = ("MADRID (Reuters) - Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, drawing "
      "an angry reaction from Israel.")
F2 = ("“This is a historic decision with a single goal: to help Israelis and Palestinians achieve peace,” "
      "Prime Minister Pedro Sánchez said in a televised address.")
F3 = ("Sánchez said the step was not directed against Israel and that Spain would not recognise any border "
      "changes not agreed by both sides.")
F4 = ("Israeli Foreign Minister Israel Katz said he had barred Spain’s consulate in Jerusalem from providing "
      "services to Palestinians from June 1.")
F5 = "He accused Sánchez of siding with Hamas and called Spain’s decision a “reward for terrorism.”"
F6 = ("Israel recalled its ambassadors from Madrid, Dublin and Oslo last week after the three governments "
      "announced the move.")
F7 = "The Palestinian Authority welcomed the recognitions and urged other European states to follow suit."
F8 = "Irish Prime Minister Simon Harris said the decision was meant to keep the hope of a two-state solution alive."
F9 = "Norway’s Foreign Minister Espen Barth Eide said Oslo would keep working with both Israel and the Palestinians."
F10 = ("Madrid gave an extra 20 million euros in March to UNRWA, the U.N. agency for Palestinian refugees, after "
       "several Western donors froze their funding.")
F11 = "Slovenia’s government has said it could follow in the coming weeks."

EN02 = {
    "id": "hm172-en-02", "lang": "en", "url": None, "published": "2024-05-28",
    "title": "Spain, Ireland and Norway recognise Palestinian state, angering Israel",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("SUPPORT", SPAIN, PALESTINE, F1, date="2024-05-28"),
        event("SUPPORT", IRELAND, PALESTINE, F1, date="2024-05-28"),
        event("SUPPORT", NORWAY, PALESTINE, F1, date="2024-05-28"),
        event("SANCTION", KATZ, SPAIN, F4, mode="discontinue"),
        event("ACCUSE", KATZ, SANCHEZ, F5, mode="allege"),
        event("ACCUSE", KATZ, SPAIN, F5, mode="disapprove"),
        event("SANCTION", ISRAEL, SPAIN, F6, mode="discontinue"),
        event("SANCTION", ISRAEL, IRELAND, F6, mode="discontinue"),
        event("SANCTION", ISRAEL, NORWAY, F6, mode="discontinue"),
        event("SUPPORT", PA, SPAIN, F7),
        event("SUPPORT", PA, IRELAND, F7),
        event("SUPPORT", PA, NORWAY, F7),
        event("REQUEST", PA, EURO_STATES, F7, mode="change"),
        event("AGREE", EIDE, ISRAEL, F9),
        event("AGREE", EIDE, PA, F9),
        event("AID", SPAIN, UNRWA, F10),
    ],
    "quotes": [
        quote("This is a historic decision with a single goal: to help Israelis and Palestinians achieve peace",
              "Pedro Sánchez", "direct"),
        quote("the step was not directed against Israel", "Pedro Sánchez", "indirect"),
        quote("Spain would not recognise any border changes not agreed by both sides", "Pedro Sánchez", "indirect"),
        quote("he had barred Spain’s consulate in Jerusalem from providing services to Palestinians from June 1",
              "Israel Katz", "indirect"),
        quote("reward for terrorism", "Israel Katz", "direct"),
        quote("the decision was meant to keep the hope of a two-state solution alive", "Simon Harris", "indirect"),
        quote("Oslo would keep working with both Israel and the Palestinians", "Espen Barth Eide", "indirect"),
        quote("it could follow in the coming weeks", "Government of Slovenia", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["MADRID"]),
        entity("Spain", "GPE", "ESP", ["Spain", "Madrid"]),
        entity("Ireland", "GPE", "IRL", ["Ireland", "Dublin"]),
        entity("Norway", "GPE", "NOR", ["Norway", "Oslo"]),
        entity("Palestine", "GPE", "PSE", ["a Palestinian state"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez", "Sánchez"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Foreign Minister Israel Katz", "he", "He"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinian Authority", "ORG", "PSE", ["The Palestinian Authority", "the Palestinians"]),
        entity("Simon Harris", "PER", "IRL", ["Irish Prime Minister Simon Harris"]),
        entity("Espen Barth Eide", "PER", "NOR", ["Norway’s Foreign Minister Espen Barth Eide"]),
        entity("UNRWA", "ORG", "UNO", ["UNRWA", "the U.N. agency for Palestinian refugees"]),
        entity("Slovenia", "GPE", "SVN", ["Slovenia’s government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
