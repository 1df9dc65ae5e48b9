"""Round 282: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm282-de-01: Brazil: the Federal Police arrest Chiquinho and Domingos Brazão and ex-police chief Rivaldo Barbosa over the 2018 murder of Marielle Franco; searches, Lessa's plea testimony, Lewandowski accuses Barbosa, the lawyers deny, União Brasil expels Chiquinho, PSOL presses the Chamber, Anielle Franco and Lula praise the police (2024-03-24).
- hm282-de-02: Colombia: prosecutors arrest President Petro's son Nicolás and his ex-wife Day Vásquez in Barranquilla over money laundering; Petro vows not to interfere, his earlier request for an inquiry, the Accusations Commission opens a preliminary probe, Paloma Valencia's demand, opponents rally and demand his resignation (2023-07-29).
- hm282-de-03: Chile: Boric hosts López Obrador, Petro, Arce and Lacalle Pou at La Moneda for the 50th anniversary of the coup; he condemns Pinochet's coup, the right-wing opposition stays away after rejecting his declaration, Squella attacks him, former presidents sign, riot and arrests on the eve, Petro blames the US, relatives welcome the search plan and press the armed forces (2023-09-11).
- hm282-de-04: Venezuela: some 11,000 soldiers and police retake Tocorón prison from the Tren de Aragua; weapons seized, "Niño Guerrero" not caught, relatives rally outside, part of the troops pulled back, the Venezuelan Prison Observatory and Carolina Girón accuse the government, Tarek William Saab investigates prison staff (2023-09-20).
- hm282-en-01: Peru: at least 17 killed in Juliaca as protesters try to storm the airport; police tear gas, an officer burned to death, Otárola's curfew in Puno, Benavides investigates Boluarte and Otárola, Boluarte refuses to resign and blames radical groups, Evo Morales barred from Peru and hits back, health ministry aid, UN rights office appeal, no arrests (2023-01-10).
- hm282-en-02: Mexico: Rubio meets Sheinbaum at the National Palace and agrees a high-level security group with De la Fuente; joint statement, Sheinbaum's earlier refusals, Rubio praises Mexico, the August transfer of 26 cartel figures, the Caribbean boat strike and Rubio's threat to the Tren de Aragua, De la Fuente objects, tariff request without a trade deal, the PAN attacks Sheinbaum (2025-09-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm282-de-01 (Brazil, Marielle Franco arrests)
BRA_PF = actor("Federal Police of Brazil", "BRA", "COP")
CHIQUINHO = actor("Chiquinho Brazão", "BRA", "LEG")
DOMINGOS = actor("Domingos Brazão", "BRA", "GOV")
RIVALDO = actor("Rivaldo Barbosa", "BRA", "COP")
LESSA = actor("Ronnie Lessa", "BRA", "CVL")
MARIELLE = actor("Marielle Franco", "BRA", "LEG")
ANDERSON = actor("Anderson Gomes", "BRA", "CVL")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
UNIAO = actor("União Brasil", "BRA", "PTY")
PSOL = actor("Socialism and Liberty Party", "BRA", "PTY")
BRA_CHAMBER = actor("Chamber of Deputies of Brazil", "BRA", "LEG")
ANIELLE = actor("Anielle Franco", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

M1 = ("Rio de Janeiro (dpa) - Sechs Jahre nach dem Mord an der linken Stadträtin Marielle Franco hat die "
      "brasilianische Bundespolizei den Abgeordneten Chiquinho Brazão und seinen Bruder Domingos als mutmaßliche "
      "Auftraggeber der Tat festgenommen.")
M2 = ("Auch der frühere Chef der Zivilpolizei von Rio, Rivaldo Barbosa, wurde am Sonntagmorgen in seiner Wohnung "
      "in Gewahrsam genommen.")
M3 = "Zuständig für das Verfahren ist Richter Alexandre de Moraes vom Obersten Gerichtshof."
M4 = ("Die Ermittler durchsuchten zudem mehrere Wohnungen und Büros in Rio de Janeiro und stellten Mobiltelefone "
      "und Dokumente sicher.")
M5 = ("Der frühere Militärpolizist Ronnie Lessa hatte Franco und ihren Fahrer Anderson Gomes im März 2018 im "
      "Zentrum Rios aus einem fahrenden Auto heraus erschossen.")
M6 = ("Lessa, der seit 2019 in Haft sitzt, hatte in einer Kronzeugenaussage die Brüder Brazão als Auftraggeber "
      "benannt.")
M7 = ("Justizminister Ricardo Lewandowski sagte in Brasília, Barbosa habe die Ermittlungen von Anfang an sabotiert "
      "und den Tätern zugesichert, dass sie straffrei bleiben würden.")
M8 = "„Der brasilianische Staat schuldet der Familie von Marielle Franco diese Antwort“, sagte der 75-Jährige."
M9 = ("Franco hatte sich als Stadträtin gegen Milizen und illegale Landnahmen im Westen Rios eingesetzt; die "
      "Familie Brazão gilt dort als politisch einflussreich.")
M10 = "Die Anwälte der Brüder wiesen die Vorwürfe zurück und sprachen von einer „Konstruktion“ ohne Beweise."
M11 = "Die Partei União Brasil schloss Chiquinho Brazão noch am Sonntag aus."
M12 = "Über die Haft des Abgeordneten muss nach der Verfassung die Abgeordnetenkammer entscheiden."
M13 = "Die linke Partei PSOL, der Franco angehört hatte, forderte die Kammer auf, die Festnahme zu bestätigen."
M14 = ("Ministerin Anielle Franco, die Schwester der Ermordeten, dankte der Bundespolizei und sagte, die Familie "
       "habe sechs Jahre lang auf diesen Tag gewartet.")
M15 = ("„Heute sind wir der Antwort auf die Frage, wer Marielle töten ließ, einen großen Schritt näher“, schrieb "
       "sie auf der Plattform X.")
M16 = ("Präsident Luiz Inácio Lula da Silva lobte die Arbeit der Ermittler und versprach, die Regierung werde nicht "
       "ruhen, bis alle Verantwortlichen verurteilt seien.")
M17 = ("Barbosa war einen Tag vor dem Mord zum Polizeichef ernannt worden und hatte der Familie Franco damals "
       "persönlich eine rasche Aufklärung zugesagt.")

DE01 = {
    "id": "hm282-de-01", "lang": "de", "url": None, "published": "2024-03-24",
    "title": "Mord an Marielle Franco: Polizei nimmt mutmaßliche Auftraggeber fest",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12, M13],
                       [M14, M15, M16, M17]),
    "events": [
        event("COERCE", BRA_PF, CHIQUINHO, M1, mode="arrest"),
        event("COERCE", BRA_PF, DOMINGOS, M1, mode="arrest"),
        event("COERCE", BRA_PF, RIVALDO, M2, mode="arrest", date="2024-03-24"),
        event("COERCE", BRA_PF, None, M4, mode="seize", location="Rio de Janeiro", location_country="BRA"),
        event("ASSAULT", LESSA, MARIELLE, M5, mode="firearms", location="Rio de Janeiro", location_country="BRA"),
        event("ASSAULT", LESSA, ANDERSON, M5, mode="firearms", location="Rio de Janeiro", location_country="BRA"),
        event("ACCUSE", LESSA, CHIQUINHO, M6, mode="allege"),
        event("ACCUSE", LESSA, DOMINGOS, M6, mode="allege"),
        event("ACCUSE", LEWANDOWSKI, RIVALDO, M7, mode="allege", location="Brasília", location_country="BRA"),
        event("SANCTION", UNIAO, CHIQUINHO, M11, mode="expel", date="2024-03-24"),
        event("REQUEST", PSOL, BRA_CHAMBER, M13),
        event("SUPPORT", ANIELLE, BRA_PF, M14),
        event("SUPPORT", LULA, BRA_PF, M16),
    ],
    "quotes": [
        quote("Barbosa habe die Ermittlungen von Anfang an sabotiert und den Tätern zugesichert, dass sie straffrei "
              "bleiben würden", "Ricardo Lewandowski", "indirect"),
        quote("Der brasilianische Staat schuldet der Familie von Marielle Franco diese Antwort", "Ricardo Lewandowski",
              "direct"),
        quote("Konstruktion", "lawyers of the Brazão brothers", "direct"),
        quote("die Familie habe sechs Jahre lang auf diesen Tag gewartet", "Anielle Franco", "indirect"),
        quote("Heute sind wir der Antwort auf die Frage, wer Marielle töten ließ, einen großen Schritt näher",
              "Anielle Franco", "direct"),
        quote("die Regierung werde nicht ruhen, bis alle Verantwortlichen verurteilt seien",
              "Luiz Inácio Lula da Silva", "indirect"),
    ],
    "entities": [
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro", "Rios", "Rio"]),
        entity("Marielle Franco", "PER", "BRA", ["der linken Stadträtin Marielle Franco", "Franco",
                                                 "Marielle Franco", "der Ermordeten", "Marielle"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die brasilianische Bundespolizei", "Die Ermittler",
                                                          "der Bundespolizei", "der Ermittler"]),
        entity("Chiquinho Brazão", "PER", "BRA", ["den Abgeordneten Chiquinho Brazão", "Chiquinho Brazão",
                                                  "des Abgeordneten"]),
        entity("Domingos Brazão", "PER", "BRA", ["seinen Bruder Domingos"]),
        entity("Rivaldo Barbosa", "PER", "BRA", ["der frühere Chef der Zivilpolizei von Rio, Rivaldo Barbosa",
                                                 "Barbosa"]),
        entity("Civil Police of Rio de Janeiro", "ORG", "BRA", ["der Zivilpolizei von Rio"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["vom Obersten Gerichtshof"]),
        entity("Ronnie Lessa", "PER", "BRA", ["Der frühere Militärpolizist Ronnie Lessa", "Lessa"]),
        entity("Anderson Gomes", "PER", "BRA", ["ihren Fahrer Anderson Gomes"]),
        entity("Brazão brothers", "PER", "BRA", ["die Brüder Brazão", "der Brüder"]),
        entity("Brazão family", "ORG", "BRA", ["die Familie Brazão"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski", "der 75-Jährige"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Government of Brazil", "ORG", "BRA", ["Der brasilianische Staat", "die Regierung"]),
        entity("lawyers of the Brazão brothers", "PER", "BRA", ["Die Anwälte der Brüder"]),
        entity("União Brasil", "ORG", "BRA", ["Die Partei União Brasil"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["die Abgeordnetenkammer", "die Kammer"]),
        entity("Socialism and Liberty Party", "ORG", "BRA", ["Die linke Partei PSOL"]),
        entity("Anielle Franco", "PER", "BRA", ["Ministerin Anielle Franco", "die Schwester der Ermordeten"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
    ],
}

# ---------------------------------------------------------------- hm282-de-02 (Colombia, Nicolás Petro arrested)
COL_FISCALIA = actor("Office of the Attorney General of Colombia", "COL", "JUD")
NICOLAS_PETRO = actor("Nicolás Petro", "COL", "LEG")
DAY_VASQUEZ = actor("Day Vásquez", "COL", "CVL")
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_COMMISSION = actor("Commission of Accusations of the House of Representatives of Colombia", "COL", "LEG")
PALOMA_VALENCIA = actor("Paloma Valencia", "COL", "LEG")
PETRO_OPPONENTS = actor("opponents of Gustavo Petro in Barranquilla", "COL", "CVL")

N1 = ("Bogotá (AFP) - Die kolumbianische Staatsanwaltschaft hat den ältesten Sohn von Präsident Gustavo Petro "
      "wegen des Verdachts der Geldwäsche und der illegalen Bereicherung festnehmen lassen.")
N2 = ("Ermittler nahmen Nicolás Petro und seine frühere Ehefrau Day Vásquez am Samstagmorgen in der Karibikstadt "
      "Barranquilla fest.")
N3 = ("Die Staatsanwaltschaft wirft dem Lokalpolitiker vor, im Präsidentschaftswahlkampf 2022 Geld von "
      "zwielichtigen Geschäftsleuten angenommen und für sich behalten zu haben.")
N4 = "Unter den Geldgebern sei ein früherer Drogenhändler gewesen, sagte Generalstaatsanwalt Francisco Barbosa."
N5 = "Auch gegen Vásquez wird wegen Geldwäsche ermittelt."
N6 = "Präsident Petro erklärte auf der Plattform X, er werde weder eingreifen noch Druck auf die Justiz ausüben."
N7 = "„Als Mensch und als Vater schmerzt mich so viel Selbstzerstörung“, schrieb der 63-Jährige."
N8 = "Er wünsche seinem Sohn Glück und Kraft, fügte er hinzu."
N9 = ("Petro hatte im März selbst die Staatsanwaltschaft ersucht, gegen seinen Sohn zu ermitteln, nachdem Vásquez "
      "ihrem Ex-Mann in einem Interview mit dem Magazin „Semana“ vorgeworfen hatte, Geld aus dem Wahlkampf "
      "abgezweigt zu haben.")
N10 = ("Die für Verfahren gegen den Staatschef zuständige Anklagekommission des Repräsentantenhauses leitete eine "
       "Vorprüfung zur Finanzierung von Petros Wahlkampf ein.")
N11 = ("Die oppositionelle Senatorin Paloma Valencia vom Centro Democrático forderte den Präsidenten auf, die "
       "Konten seiner Kampagne offenzulegen.")
N12 = ("„Wenn Geld von Drogenhändlern in die Kampagne geflossen ist, muss der Präsident dafür Verantwortung "
       "übernehmen“, sagte sie.")
N13 = "Petro versichert, in seine Kampagne sei kein Geld aus illegalen Quellen geflossen."
N14 = ("Vor dem Sitz der Staatsanwaltschaft in Barranquilla versammelten sich am Samstag Dutzende Gegner des "
       "Präsidenten und forderten dessen Rücktritt.")
N15 = "Nicolás Petro ist Abgeordneter im Regionalparlament des Departements Atlántico."
N16 = "Ein Richter soll in den kommenden Tagen entscheiden, ob er in Untersuchungshaft bleibt."
N17 = ("Petro, der erste linke Präsident in der Geschichte Kolumbiens, hatte den Kampf gegen die Korruption zu "
       "einem zentralen Versprechen seiner Regierung gemacht.")

DE02 = {
    "id": "hm282-de-02", "lang": "de", "url": None, "published": "2023-07-29",
    "title": "Sohn von Kolumbiens Präsident Petro wegen Geldwäscheverdachts festgenommen",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13, N14], [N15, N16, N17]),
    "events": [
        event("COERCE", COL_FISCALIA, NICOLAS_PETRO, N1, mode="arrest"),
        event("COERCE", COL_FISCALIA, NICOLAS_PETRO, N2, mode="arrest", date="2023-07-29",
              location="Barranquilla", location_country="COL"),
        event("COERCE", COL_FISCALIA, DAY_VASQUEZ, N2, mode="arrest", date="2023-07-29",
              location="Barranquilla", location_country="COL"),
        event("ACCUSE", COL_FISCALIA, NICOLAS_PETRO, N3, mode="allege"),
        event("ACCUSE", COL_FISCALIA, DAY_VASQUEZ, N5, mode="investigate"),
        event("REQUEST", PETRO, COL_FISCALIA, N9),
        event("ACCUSE", DAY_VASQUEZ, NICOLAS_PETRO, N9, mode="allege"),
        event("ACCUSE", COL_COMMISSION, PETRO, N10, mode="investigate"),
        event("REQUEST", PALOMA_VALENCIA, PETRO, N11, mode="change"),
        event("PROTEST", PETRO_OPPONENTS, PETRO, N14, mode="demo", date="2023-07-29", location="Barranquilla",
              location_country="COL"),
        event("REQUEST", PETRO_OPPONENTS, PETRO, N14, mode="change", date="2023-07-29", location="Barranquilla",
              location_country="COL"),
    ],
    "quotes": [
        quote("im Präsidentschaftswahlkampf 2022 Geld von zwielichtigen Geschäftsleuten angenommen und für sich "
              "behalten zu haben", "Office of the Attorney General of Colombia", "indirect"),
        quote("Unter den Geldgebern sei ein früherer Drogenhändler gewesen", "Francisco Barbosa", "indirect"),
        quote("er werde weder eingreifen noch Druck auf die Justiz ausüben", "Gustavo Petro", "indirect"),
        quote("Als Mensch und als Vater schmerzt mich so viel Selbstzerstörung", "Gustavo Petro", "direct"),
        quote("Er wünsche seinem Sohn Glück und Kraft", "Gustavo Petro", "indirect"),
        quote("Geld aus dem Wahlkampf abgezweigt zu haben", "Day Vásquez", "indirect"),
        quote("Wenn Geld von Drogenhändlern in die Kampagne geflossen ist, muss der Präsident dafür Verantwortung "
              "übernehmen", "Paloma Valencia", "direct"),
        quote("in seine Kampagne sei kein Geld aus illegalen Quellen geflossen", "Gustavo Petro", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Office of the Attorney General of Colombia", "ORG", "COL", [
            "Die kolumbianische Staatsanwaltschaft", "Ermittler", "Die Staatsanwaltschaft", "die Staatsanwaltschaft",
            "der Staatsanwaltschaft"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Präsident Petro", "der 63-Jährige",
                                               "Petro", "den Staatschef", "Petros", "den Präsidenten",
                                               "der Präsident", "des Präsidenten"]),
        entity("Nicolás Petro", "PER", "COL", ["den ältesten Sohn von Präsident Gustavo Petro", "Nicolás Petro",
                                               "dem Lokalpolitiker", "seinem Sohn", "seinen Sohn", "ihrem Ex-Mann"]),
        entity("Day Vásquez", "PER", "COL", ["seine frühere Ehefrau Day Vásquez", "Vásquez"]),
        entity("Barranquilla", "LOC", "COL", ["der Karibikstadt Barranquilla", "Barranquilla"]),
        entity("Francisco Barbosa", "PER", "COL", ["Generalstaatsanwalt Francisco Barbosa"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Judiciary of Colombia", "ORG", "COL", ["die Justiz"]),
        entity("Semana", "ORG", "COL", ["Semana"]),
        entity("Commission of Accusations of the House of Representatives of Colombia", "ORG", "COL", [
            "Die für Verfahren gegen den Staatschef zuständige Anklagekommission des Repräsentantenhauses"]),
        entity("House of Representatives of Colombia", "ORG", "COL", ["des Repräsentantenhauses"]),
        entity("Paloma Valencia", "PER", "COL", ["Die oppositionelle Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["Centro Democrático"]),
        entity("opponents of Gustavo Petro in Barranquilla", "PER", "COL", ["Dutzende Gegner des Präsidenten"]),
        entity("Departmental Assembly of Atlántico", "ORG", "COL", ["im Regionalparlament des Departements Atlántico"]),
        entity("Atlántico Department", "LOC", "COL", ["des Departements Atlántico"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("Government of Colombia", "ORG", "COL", ["seiner Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm282-de-03 (Chile, 50 years after the coup)
BORIC = actor("Gabriel Boric", "CHL", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
PETRO_03 = actor("Gustavo Petro", "COL", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
LACALLE = actor("Luis Lacalle Pou", "URY", "GOV")
PINOCHET = actor("Augusto Pinochet", "CHL", "MIL")
CHL_RIGHT = actor("Chilean right-wing opposition", "CHL", "OPP")
SQUELLA = actor("Arturo Squella", "CHL", "PTY")
CHL_EX_PRES = actor("former presidents of Chile", "CHL", "GOV")
CHL_RIOTERS = actor("masked rioters in Santiago", "CHL", "CVL")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
USA_03 = actor("United States", "USA", "GOV")
AFDD = actor("Association of Relatives of the Detained-Disappeared", "CHL", "NGO")
CHL_ARMED = actor("Armed Forces of Chile", "CHL", "MIL")

C1 = ("Santiago de Chile (dpa) - Mit einer Gedenkfeier vor dem Präsidentenpalast La Moneda hat Chile am Montag an "
      "den Militärputsch vor 50 Jahren erinnert.")
C2 = ("Präsident Gabriel Boric empfing zu der Zeremonie die Staatschefs Mexikos, Kolumbiens, Boliviens und "
      "Uruguays, Andrés Manuel López Obrador, Gustavo Petro, Luis Arce und Luis Lacalle Pou.")
C3 = ("Boric verurteilte den Staatsstreich unter General Augusto Pinochet vom 11. September 1973 als Verbrechen, "
      "für das es keine Rechtfertigung gebe.")
C4 = ("„Die Probleme der Demokratie löst man immer mit mehr Demokratie, niemals mit weniger“, sagte der "
      "37-Jährige in seiner Rede.")
C5 = "Die Parteien der rechten Opposition blieben der Feier fern."
C6 = ("Sie hatten es zuvor abgelehnt, eine von Boric vorgeschlagene gemeinsame Erklärung zur Demokratie zu "
      "unterzeichnen, und stattdessen ein eigenes Dokument vorgelegt.")
C7 = ("Der Vorsitzende der Republikanischen Partei, Arturo Squella, warf Boric vor, das Gedenken für "
      "parteipolitische Zwecke zu missbrauchen und das Land zu spalten.")
C8 = ("Die vier noch lebenden früheren Präsidenten, darunter der Konservative Sebastián Piñera, hatten Borics "
      "Erklärung dagegen vergangene Woche unterzeichnet.")
C9 = "Am Vorabend war es in Santiago am Rande eines Gedenkmarsches zu Ausschreitungen gekommen."
C10 = ("Vermummte warfen Steine und Brandsätze auf Polizisten und beschädigten die Fassade des "
       "Präsidentenpalasts.")
C11 = "Die Carabineros setzten Wasserwerfer und Tränengas ein und nahmen 17 Menschen fest."
C12 = ("Kolumbiens Präsident Petro sagte, der Putsch in Chile habe ganz Lateinamerika gezeigt, wozu die Mächtigen "
       "bereit seien, und kritisierte die Rolle der USA.")
C13 = ("Uruguays konservativer Staatschef Lacalle Pou mahnte, Menschenrechte müssten „immer und überall“ "
       "verteidigt werden, unabhängig von der politischen Farbe einer Regierung.")
C14 = ("López Obrador legte am Grab des 1973 gestorbenen Präsidenten Salvador Allende auf dem Zentralfriedhof "
       "Blumen nieder.")
C15 = ("Die Vereinigung der Angehörigen verschwundener Häftlinge begrüßte einen von Boric angekündigten "
       "staatlichen Plan zur Suche nach den rund 1100 Verschwundenen der Diktatur.")
C16 = ("Zugleich forderte sie die Streitkräfte auf, ihre Archive zu öffnen und ihr Wissen über den Verbleib der "
       "Opfer preiszugeben.")

DE03 = {
    "id": "hm282-de-03", "lang": "de", "url": None, "published": "2023-09-11",
    "title": "Chile gedenkt des Putsches vor 50 Jahren – rechte Opposition bleibt fern",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14], [C15, C16]),
    "events": [
        event("CONSULT", AMLO, BORIC, C2, mode="visit", location="Santiago de Chile", location_country="CHL"),
        event("CONSULT", PETRO_03, BORIC, C2, mode="visit", location="Santiago de Chile", location_country="CHL"),
        event("CONSULT", ARCE, BORIC, C2, mode="visit", location="Santiago de Chile", location_country="CHL"),
        event("CONSULT", LACALLE, BORIC, C2, mode="visit", location="Santiago de Chile", location_country="CHL"),
        event("ACCUSE", BORIC, PINOCHET, C3, mode="disapprove"),
        event("PROTEST", CHL_RIGHT, BORIC, C5, mode="boycott"),
        event("REJECT", CHL_RIGHT, BORIC, C6),
        event("ACCUSE", SQUELLA, BORIC, C7, mode="disapprove"),
        event("SUPPORT", CHL_EX_PRES, BORIC, C8),
        event("ASSAULT", CHL_RIOTERS, CARABINEROS, C10, mode="primitive", location="Santiago de Chile",
              location_country="CHL"),
        event("ASSAULT", CARABINEROS, CHL_RIOTERS, C11, mode="crowd-control", location="Santiago de Chile",
              location_country="CHL"),
        event("COERCE", CARABINEROS, CHL_RIOTERS, C11, mode="arrest", location="Santiago de Chile",
              location_country="CHL"),
        event("ACCUSE", PETRO_03, USA_03, C12, mode="disapprove"),
        event("SUPPORT", AFDD, BORIC, C15),
        event("REQUEST", AFDD, CHL_ARMED, C16, mode="change"),
    ],
    "quotes": [
        quote("für das es keine Rechtfertigung gebe", "Gabriel Boric", "indirect"),
        quote("Die Probleme der Demokratie löst man immer mit mehr Demokratie, niemals mit weniger", "Gabriel Boric",
              "direct"),
        quote("das Gedenken für parteipolitische Zwecke zu missbrauchen und das Land zu spalten", "Arturo Squella",
              "indirect"),
        quote("der Putsch in Chile habe ganz Lateinamerika gezeigt, wozu die Mächtigen bereit seien", "Gustavo Petro",
              "indirect"),
        quote("immer und überall", "Luis Lacalle Pou", "direct"),
        quote("Menschenrechte müssten „immer und überall“ verteidigt werden, unabhängig von der politischen Farbe "
              "einer Regierung", "Luis Lacalle Pou", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago"]),
        entity("La Moneda", "LOC", "CHL", ["dem Präsidentenpalast La Moneda", "des Präsidentenpalasts"]),
        entity("Chile", "LOC", "CHL", ["Chile", "das Land"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "Boric", "der 37-Jährige", "Borics"]),
        entity("Mexico", "LOC", "MEX", ["Mexikos"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens"]),
        entity("Bolivia", "LOC", "BOL", ["Boliviens"]),
        entity("Uruguay", "LOC", "URY", ["Uruguays"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Andrés Manuel López Obrador", "López Obrador"]),
        entity("Gustavo Petro", "PER", "COL", ["Gustavo Petro", "Kolumbiens Präsident Petro"]),
        entity("Luis Arce", "PER", "BOL", ["Luis Arce"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Luis Lacalle Pou",
                                                  "Uruguays konservativer Staatschef Lacalle Pou"]),
        entity("Augusto Pinochet", "PER", "CHL", ["General Augusto Pinochet"]),
        entity("Chilean right-wing opposition", "ORG", "CHL", ["Die Parteien der rechten Opposition"]),
        entity("Arturo Squella", "PER", "CHL", ["Der Vorsitzende der Republikanischen Partei, Arturo Squella"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["der Republikanischen Partei"]),
        entity("former presidents of Chile", "PER", "CHL", ["Die vier noch lebenden früheren Präsidenten"]),
        entity("Sebastián Piñera", "PER", "CHL", ["der Konservative Sebastián Piñera"]),
        entity("masked rioters in Santiago", "PER", "CHL", ["Vermummte"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Polizisten", "Die Carabineros"]),
        entity("Latin America", "LOC", None, ["ganz Lateinamerika"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Salvador Allende", "PER", "CHL", ["Präsidenten Salvador Allende"]),
        entity("Cementerio General", "LOC", "CHL", ["dem Zentralfriedhof"]),
        entity("Association of Relatives of the Detained-Disappeared", "ORG", "CHL", [
            "Die Vereinigung der Angehörigen verschwundener Häftlinge"]),
        entity("Armed Forces of Chile", "ORG", "CHL", ["die Streitkräfte"]),
    ],
}

# ---------------------------------------------------------------- hm282-de-04 (Venezuela, Tocorón prison retaken)
VEN_SEC = actor("Venezuelan security forces", "VEN", "MIL")
TREN_DE_ARAGUA = actor("Tren de Aragua", "VEN", "REB")
FANB = actor("Bolivarian National Armed Forces of Venezuela", "VEN", "MIL")
VEN_POLICE = actor("Venezuelan police", "VEN", "COP")
NINO_GUERRERO = actor("Héctor Guerrero Flores", "VEN", "REB")
TOCORON_RELATIVES = actor("relatives of Tocorón inmates", "VEN", "CVL")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
OVP = actor("Venezuelan Prison Observatory", "VEN", "NGO")
GIRON = actor("Carolina Girón", "VEN", "NGO")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
TOCORON_STAFF = actor("Tocorón prison guards and officials", "VEN", "GOV")

T1 = ("Caracas (Reuters) - Venezuelas Sicherheitskräfte haben das von der Bande Tren de Aragua kontrollierte "
      "Gefängnis Tocorón gestürmt und wieder unter staatliche Kontrolle gebracht.")
T2 = ("An dem Einsatz im Bundesstaat Aragua seien am Mittwoch rund 11.000 Soldaten und Polizisten beteiligt "
      "gewesen, teilte Innenminister Remigio Ceballos mit.")
T3 = "Der Minister sprach von einer „erfolgreichen Operation“ gegen das organisierte Verbrechen."
T4 = "Die rund 1600 Häftlinge würden auf andere Haftanstalten im Land verlegt, sagte er."
T5 = ("Der Anführer der Bande, Héctor Guerrero Flores alias „Niño Guerrero“, wurde bei dem Einsatz nicht "
      "gefasst.")
T6 = "Nach Angaben von Ermittlern hatte er das Gefängnis bereits vor Tagen verlassen."
T7 = ("Ceballos sagte, die Sicherheitskräfte hätten in dem Gefängnis Sturmgewehre, Granaten und große Mengen "
      "Munition beschlagnahmt.")
T8 = ("Journalisten wurden über das Gelände geführt, auf dem die Bande ein Schwimmbad, einen kleinen Zoo und eine "
      "Diskothek betrieben hatte.")
T9 = ("Tocorón galt seit Jahren als Hauptquartier des Tren de Aragua, der inzwischen auch in Kolumbien, Peru und "
      "Chile aktiv ist.")
T10 = ("Vor dem Gefängnis versammelten sich Dutzende Angehörige von Häftlingen und verlangten Auskunft über deren "
       "Verbleib.")
T11 = "Am Abend zog die Armee einen Teil der Einsatzkräfte wieder aus der Umgebung des Gefängnisses ab."
T12 = ("Die Organisation Observatorio Venezolano de Prisiones warf der Regierung vor, die Gefängnisse jahrelang "
       "den Banden überlassen zu haben.")
T13 = ("„Der Staat hat nicht ein Gefängnis zurückerobert, er hat eingestanden, dass er es nie kontrolliert hat“, "
       "sagte Direktorin Carolina Girón.")
T14 = ("Generalstaatsanwalt Tarek William Saab leitete Ermittlungen gegen Wärter und Beamte ein, die mit der Bande "
       "zusammengearbeitet haben sollen.")
T15 = ("Die Regierung von Präsident Nicolás Maduro hatte in den vergangenen Jahren wiederholt angekündigt, die "
       "Kontrolle über die Haftanstalten zurückzugewinnen.")

DE04 = {
    "id": "hm282-de-04", "lang": "de", "url": None, "published": "2023-09-20",
    "title": "Venezuela übernimmt Kontrolle über Bandengefängnis Tocorón",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8, T9], [T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("COERCE", VEN_SEC, TREN_DE_ARAGUA, T1, mode="seize", location="Tocorón", location_country="VEN"),
        event("MOBILIZE", FANB, None, T2, mode="troops", date="2023-09-20", location="Aragua",
              location_country="VEN"),
        event("MOBILIZE", VEN_POLICE, None, T2, mode="police", date="2023-09-20", location="Aragua",
              location_country="VEN"),
        event("COERCE", VEN_SEC, NINO_GUERRERO, T5, mode="arrest", negated=True),
        event("COERCE", VEN_SEC, TREN_DE_ARAGUA, T7, mode="seize", location="Tocorón", location_country="VEN"),
        event("PROTEST", TOCORON_RELATIVES, VEN_GOV, T10, mode="demo", location="Tocorón", location_country="VEN"),
        event("REQUEST", TOCORON_RELATIVES, VEN_GOV, T10, location="Tocorón", location_country="VEN"),
        event("RETREAT", FANB, None, T11, mode="withdraw", location="Tocorón", location_country="VEN"),
        event("ACCUSE", OVP, VEN_GOV, T12, mode="disapprove"),
        event("ACCUSE", GIRON, VEN_GOV, T13, mode="disapprove"),
        event("ACCUSE", SAAB, TOCORON_STAFF, T14, mode="investigate"),
    ],
    "quotes": [
        quote("An dem Einsatz im Bundesstaat Aragua seien am Mittwoch rund 11.000 Soldaten und Polizisten beteiligt "
              "gewesen", "Remigio Ceballos", "indirect"),
        quote("erfolgreichen Operation", "Remigio Ceballos", "direct"),
        quote("Die rund 1600 Häftlinge würden auf andere Haftanstalten im Land verlegt", "Remigio Ceballos",
              "indirect"),
        quote("hatte er das Gefängnis bereits vor Tagen verlassen", "Venezuelan investigators", "indirect"),
        quote("die Sicherheitskräfte hätten in dem Gefängnis Sturmgewehre, Granaten und große Mengen Munition "
              "beschlagnahmt", "Remigio Ceballos", "indirect"),
        quote("die Gefängnisse jahrelang den Banden überlassen zu haben", "Venezuelan Prison Observatory",
              "indirect"),
        quote("Der Staat hat nicht ein Gefängnis zurückerobert, er hat eingestanden, dass er es nie kontrolliert hat",
              "Carolina Girón", "direct"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Venezuelas Sicherheitskräfte", "die Sicherheitskräfte"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der Bande Tren de Aragua", "der Bande", "die Bande",
                                                "des Tren de Aragua"]),
        entity("Tocorón prison", "LOC", "VEN", ["Gefängnis Tocorón", "Tocorón", "dem Gefängnis", "das Gefängnis",
                                                "das Gelände", "des Gefängnisses"]),
        entity("Aragua", "LOC", "VEN", ["im Bundesstaat Aragua"]),
        entity("Remigio Ceballos", "PER", "VEN", ["Innenminister Remigio Ceballos", "Der Minister", "Ceballos"]),
        entity("Bolivarian National Armed Forces of Venezuela", "ORG", "VEN", ["Soldaten", "die Armee"]),
        entity("Venezuelan police", "ORG", "VEN", ["Polizisten"]),
        entity("Héctor Guerrero Flores", "PER", "VEN", ["Der Anführer der Bande, Héctor Guerrero Flores",
                                                        "Niño Guerrero"]),
        entity("Venezuelan investigators", "ORG", "VEN", ["Ermittlern"]),
        entity("relatives of Tocorón inmates", "PER", "VEN", ["Dutzende Angehörige von Häftlingen"]),
        entity("Venezuelan Prison Observatory", "ORG", "VEN", [
            "Die Organisation Observatorio Venezolano de Prisiones"]),
        entity("Government of Venezuela", "ORG", "VEN", ["der Regierung", "Der Staat",
                                                         "Die Regierung von Präsident Nicolás Maduro"]),
        entity("Carolina Girón", "PER", "VEN", ["Direktorin Carolina Girón"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab"]),
        entity("Tocorón prison guards and officials", "PER", "VEN", ["Wärter und Beamte"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
        entity("Chile", "LOC", "CHL", ["Chile"]),
    ],
}

# ---------------------------------------------------------------- hm282-en-01 (Peru, deadly clashes in Juliaca)
PER_PROTESTERS = actor("Peruvian anti-government protesters", "PER", "CVL")
PER_POLICE = actor("Peruvian National Police", "PER", "COP")
SONCCO = actor("José Luis Soncco", "PER", "COP")
OTAROLA = actor("Alberto Otárola", "PER", "GOV")
BENAVIDES = actor("Patricia Benavides", "PER", "JUD")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_RADICALS = actor("radical groups blamed by Dina Boluarte", "PER", "CVL")
EVO_MORALES = actor("Evo Morales", "BOL", "PTY")
PER_HEALTH = actor("Ministry of Health of Peru", "PER", "GOV")
JULIACA_HOSPITALS = actor("hospitals in Juliaca", "PER", "CVL")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
PER_AUTH = actor("Peruvian authorities", "PER", "GOV")

J1 = ("LIMA, Jan 10 (Reuters) - At least 17 people were killed during protests in the southern Peruvian city of "
      "Juliaca, Peru's ombudsman's office said on Tuesday, the deadliest day of unrest since the ouster of former "
      "President Pedro Castillo last month.")
J2 = ("Hundreds of protesters tried to storm the city's airport on Monday afternoon, and police fired tear gas to "
      "drive them back.")
J3 = "Doctors at Juliaca's main hospital said most of the dead had gunshot wounds."
J4 = ("A police officer, Jose Luis Soncco, was burned to death in his patrol car overnight after being attacked by "
      "a crowd, the Interior Ministry said.")
J5 = ("Prime Minister Alberto Otarola announced a three-day nighttime curfew in the Puno region, of which Juliaca "
      "is the largest city.")
J6 = '"We are not going to allow a minority to hold the country hostage," Otarola told reporters in Lima.'
J7 = ("Peru's top prosecutor, Patricia Benavides, opened a preliminary investigation into President Dina Boluarte, "
      "Otarola and two other ministers on possible charges of genocide and homicide over the deaths.")
J8 = ("The protesters, many from poor, largely Indigenous regions of the south, are demanding Boluarte's "
      "resignation, early elections and Castillo's release from pre-trial detention.")
J9 = "Boluarte, who was Castillo's vice president, has repeatedly ruled out stepping down."
J10 = ('"My commitment is with Peru, not with the small group that is bleeding the country," she said in a '
       'televised address on Monday evening, blaming "radical groups" for the violence.')
J11 = ("Peru's government on Monday also barred former Bolivian President Evo Morales from entering the country, "
       "accusing him of meddling in domestic politics and fueling the unrest in the south.")
J12 = ('Morales, who has voiced support for Castillo, called the ban an attempt to distract from "the serious '
       'human rights violations" in Peru.')
J13 = ("The Health Ministry sent an air force plane with doctors and medical supplies to Juliaca on Tuesday to "
       "help overwhelmed hospitals.")
J14 = ("The U.N. human rights office called on Peruvian authorities to carry out prompt, impartial and effective "
       "investigations into the deaths.")
J15 = "No arrests over the killing of the police officer had been announced by Tuesday evening."
J16 = ("More than 40 people have died in the protests since Castillo was arrested on Dec. 7 after trying to "
       "dissolve Congress.")

EN01 = {
    "id": "hm282-en-01", "lang": "en", "url": None, "published": "2023-01-10",
    "title": "At least 17 killed in Peru's Juliaca as protesters try to storm airport",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10], [J11, J12], [J13, J14, J15, J16]),
    "events": [
        event("PROTEST", PER_PROTESTERS, PER_GOV, J2, mode="riot", date="2023-01-09", location="Juliaca",
              location_country="PER"),
        event("ASSAULT", PER_POLICE, PER_PROTESTERS, J2, mode="crowd-control", date="2023-01-09",
              location="Juliaca", location_country="PER"),
        event("ASSAULT", PER_PROTESTERS, SONCCO, J4, mode="primitive"),
        event("COERCE", OTAROLA, None, J5, mode="curfew", location="Puno", location_country="PER"),
        event("ACCUSE", BENAVIDES, BOLUARTE, J7, mode="investigate"),
        event("ACCUSE", BENAVIDES, OTAROLA, J7, mode="investigate"),
        event("REQUEST", PER_PROTESTERS, BOLUARTE, J8, mode="change"),
        event("REQUEST", PER_PROTESTERS, PER_GOV, J8, mode="yield"),
        event("REJECT", BOLUARTE, PER_PROTESTERS, J9, mode="change"),
        event("ACCUSE", BOLUARTE, PER_RADICALS, J10, mode="allege", date="2023-01-09"),
        event("COERCE", PER_GOV, EVO_MORALES, J11, mode="ban", date="2023-01-09"),
        event("ACCUSE", PER_GOV, EVO_MORALES, J11, mode="allege", date="2023-01-09"),
        event("ACCUSE", EVO_MORALES, PER_GOV, J12, mode="disapprove"),
        event("AID", PER_HEALTH, JULIACA_HOSPITALS, J13, date="2023-01-10", location="Juliaca",
              location_country="PER"),
        event("REQUEST", OHCHR, PER_AUTH, J14),
        event("COERCE", PER_POLICE, None, J15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("At least 17 people were killed during protests in the southern Peruvian city of Juliaca",
              "Ombudsman's Office of Peru", "indirect"),
        quote("most of the dead had gunshot wounds", "doctors at Juliaca's main hospital", "indirect"),
        quote("A police officer, Jose Luis Soncco, was burned to death in his patrol car overnight after being "
              "attacked by a crowd", "Ministry of the Interior of Peru", "indirect"),
        quote("We are not going to allow a minority to hold the country hostage", "Alberto Otárola", "direct"),
        quote("My commitment is with Peru, not with the small group that is bleeding the country", "Dina Boluarte",
              "direct"),
        quote("radical groups", "Dina Boluarte", "direct"),
        quote("the serious human rights violations", "Evo Morales", "direct"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["LIMA", "Lima"]),
        entity("Juliaca", "LOC", "PER", ["the southern Peruvian city of Juliaca", "Juliaca", "the city"]),
        entity("Ombudsman's Office of Peru", "ORG", "PER", ["Peru's ombudsman's office"]),
        entity("Pedro Castillo", "PER", "PER", ["former President Pedro Castillo", "Castillo"]),
        entity("Peruvian anti-government protesters", "PER", "PER", ["Hundreds of protesters", "a crowd",
                                                                     "The protesters"]),
        entity("Inca Manco Cápac International Airport", "LOC", "PER", ["the city's airport"]),
        entity("Peruvian National Police", "ORG", "PER", ["police"]),
        entity("doctors at Juliaca's main hospital", "PER", "PER", ["Doctors at Juliaca's main hospital"]),
        entity("Carlos Monge Medrano Hospital", "LOC", "PER", ["Juliaca's main hospital"]),
        entity("José Luis Soncco", "PER", "PER", ["A police officer, Jose Luis Soncco", "the police officer"]),
        entity("Ministry of the Interior of Peru", "ORG", "PER", ["the Interior Ministry"]),
        entity("Alberto Otárola", "PER", "PER", ["Prime Minister Alberto Otarola", "Otarola"]),
        entity("Puno", "LOC", "PER", ["the Puno region"]),
        entity("Patricia Benavides", "PER", "PER", ["Peru's top prosecutor, Patricia Benavides"]),
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte", "Boluarte's", "Boluarte"]),
        entity("Peru", "LOC", "PER", ["Peru", "the country"]),
        entity("Government of Peru", "ORG", "PER", ["Peru's government"]),
        entity("Evo Morales", "PER", "BOL", ["former Bolivian President Evo Morales", "Morales"]),
        entity("Ministry of Health of Peru", "ORG", "PER", ["The Health Ministry"]),
        entity("Peruvian Air Force", "ORG", "PER", ["an air force plane"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["The U.N. human rights office"]),
        entity("Peruvian authorities", "ORG", "PER", ["Peruvian authorities"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress"]),
    ],
}

# ---------------------------------------------------------------- hm282-en-02 (Mexico, Rubio visits Sheinbaum)
RUBIO = actor("Marco Rubio", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
DE_LA_FUENTE = actor("Juan Ramón de la Fuente", "MEX", "GOV")
USA = actor("United States", "USA", "GOV")
MEXICO = actor("Mexico", "MEX", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
US_MIL = actor("U.S. military", "USA", "MIL")
BOAT_CREW = actor("crew of the alleged drug boat struck in the Caribbean", "VEN", "CVL")
TREN_DE_ARAGUA_EN = actor("Tren de Aragua", "VEN", "REB")
PAN = actor("National Action Party", "MEX", "PTY")

R1 = ("MEXICO CITY, Sept 3 (Reuters) - U.S. Secretary of State Marco Rubio and Mexican Foreign Minister Juan Ramon "
      "de la Fuente agreed on Wednesday to set up a high-level security group to coordinate the fight against drug "
      "cartels and arms trafficking.")
R2 = ("The announcement came after Rubio met President Claudia Sheinbaum for nearly three hours at the National "
      "Palace, his first visit to Mexico as the top U.S. diplomat.")
R3 = ('In a joint statement, the two governments said they would cooperate "on the basis of reciprocity, respect '
      'for sovereignty and territorial integrity" and share more intelligence on fentanyl, weapons and money '
      'laundering.')
R4 = ('"We reached a very good agreement; there is coordination and collaboration, but never subordination," '
      'Sheinbaum told reporters after the meeting.')
R5 = ("Sheinbaum, 63, has repeatedly rejected suggestions by President Donald Trump that U.S. troops could go after "
      "cartels on Mexican soil.")
R6 = ('Rubio praised Mexico\'s efforts, saying the country was cooperating "more than ever before" with Washington '
      'on security.')
R7 = ("Last month Mexico sent 26 alleged cartel members wanted by U.S. prosecutors to the United States, the second "
      "such mass transfer this year.")
R8 = ("Rubio was also asked about Tuesday's U.S. military strike on a boat in the southern Caribbean that killed 11 "
      "people and that Trump said was carrying drugs for the Venezuelan gang Tren de Aragua.")
R9 = ('"It will happen again," Rubio said, warning that Washington would treat Tren de Aragua and other cartels as '
      'armed terrorist groups rather than as a law enforcement problem.')
R10 = ("De la Fuente said Mexico opposed any unilateral U.S. military action in Latin America and preferred to "
       "fight the cartels through intelligence sharing and judicial cooperation.")
R11 = ("Sheinbaum has asked Washington to ease U.S. tariffs on Mexican steel, aluminum and cars, but Mexican "
       "officials said no agreement on trade was reached on Wednesday.")
R12 = ('The opposition National Action Party (PAN) accused Sheinbaum of bowing to pressure from Washington while '
       'failing to confront the cartels at home, calling the security deal "a photo op."')
R13 = ("Mexico is the largest trading partner of the United States, which buys more than 80% of Mexican "
       "exports.")
R14 = "Rubio was due to travel on to Ecuador later on Wednesday to meet President Daniel Noboa."

EN02 = {
    "id": "hm282-en-02", "lang": "en", "url": None, "published": "2025-09-03",
    "title": "Rubio, Mexico agree high-level security group as Sheinbaum insists on sovereignty",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10], [R11, R12, R13, R14]),
    "events": [
        event("AGREE", RUBIO, DE_LA_FUENTE, R1, date="2025-09-03", location="Mexico City", location_country="MEX"),
        event("CONSULT", RUBIO, SHEINBAUM, R2, mode="visit", location="Mexico City", location_country="MEX"),
        event("AGREE", USA, MEXICO, R3),
        event("REJECT", SHEINBAUM, TRUMP, R5),
        event("SUPPORT", RUBIO, MEX_GOV, R6),
        event("COOPERATE", MEXICO, USA, R7),
        event("ASSAULT", US_MIL, BOAT_CREW, R8, date="2025-09-02", location="southern Caribbean"),
        event("THREATEN", RUBIO, TREN_DE_ARAGUA_EN, R9, mode="violence"),
        event("ACCUSE", DE_LA_FUENTE, USA, R10, mode="disapprove"),
        event("REQUEST", SHEINBAUM, USA, R11, mode="yield"),
        event("AGREE", USA, MEXICO, R11, date="2025-09-03", negated=True),
        event("ACCUSE", PAN, SHEINBAUM, R12, mode="disapprove"),
    ],
    "quotes": [
        quote("on the basis of reciprocity, respect for sovereignty and territorial integrity",
              "Governments of the United States and Mexico", "direct"),
        quote('they would cooperate "on the basis of reciprocity, respect for sovereignty and territorial integrity" '
              'and share more intelligence on fentanyl, weapons and money laundering',
              "Governments of the United States and Mexico", "indirect"),
        quote("We reached a very good agreement; there is coordination and collaboration, but never subordination",
              "Claudia Sheinbaum", "direct"),
        quote('the country was cooperating "more than ever before" with Washington on security', "Marco Rubio",
              "indirect"),
        quote("more than ever before", "Marco Rubio", "direct"),
        quote("U.S. troops could go after cartels on Mexican soil", "Donald Trump", "indirect"),
        quote("was carrying drugs for the Venezuelan gang Tren de Aragua", "Donald Trump", "indirect"),
        quote("It will happen again", "Marco Rubio", "direct"),
        quote("Washington would treat Tren de Aragua and other cartels as armed terrorist groups rather than as a law "
              "enforcement problem", "Marco Rubio", "indirect"),
        quote("Mexico opposed any unilateral U.S. military action in Latin America and preferred to fight the cartels "
              "through intelligence sharing and judicial cooperation", "Juan Ramón de la Fuente", "indirect"),
        quote("no agreement on trade was reached on Wednesday", "Mexican officials", "indirect"),
        quote("a photo op", "National Action Party", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio",
                                             "the top U.S. diplomat"]),
        entity("Juan Ramón de la Fuente", "PER", "MEX", ["Mexican Foreign Minister Juan Ramon de la Fuente",
                                                         "De la Fuente"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("National Palace", "LOC", "MEX", ["the National Palace"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "the country"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico's"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("U.S. military", "ORG", "USA", ["U.S. troops", "U.S. military"]),
        entity("Caribbean", "LOC", None, ["the southern Caribbean"]),
        entity("Tren de Aragua", "ORG", "VEN", ["the Venezuelan gang Tren de Aragua", "Tren de Aragua"]),
        entity("Latin America", "LOC", None, ["Latin America"]),
        entity("Mexican officials", "PER", "MEX", ["Mexican officials"]),
        entity("National Action Party", "ORG", "MEX", ["The opposition National Action Party (PAN)"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
