"""Round 306: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm306-de-01: Argentina: US Treasury Secretary Bessent visits Milei in Buenos Aires after the IMF approves a 20-billion-dollar loan; currency controls lifted, Bessent presses Buenos Aires on the Chinese swap line and attacks China, Beijing hits back, Kicillof objects, the CGT's general strike and Milei's reaction recalled (2025-04-14).
- hm306-de-02: Colombia: Petro asks his whole cabinet to resign after the televised cabinet row over Armando Benedetti; Márquez and Muhamad object, Muhamad, Rojas and Cristo resign, Petro defends Benedetti, Supreme Court probe, Paloma Valencia attacks, Catatumbo state of unrest and troops recalled (2025-02-09).
- hm306-de-03: Brazil: Congress overturns Lula's IOF tax decree; Chamber and Senate votes, Motta attacks the government, Haddad alleges a broken deal and plans new talks, Hoffmann and Lula object, the PL and CNI welcome the vote (2025-06-26).
- hm306-de-04: Chile: voters reject the second constitutional draft; Boric closes the process, calls on the parties and invites their leaders, Kast concedes, accepts and accuses the government, Hevia blames the left, Bachelet appeals, riot police, water cannon and arrests at Plaza Baquedano (2023-12-17).
- hm306-en-01: Venezuela/United States: the US seizes Maduro's Dassault Falcon jet in the Dominican Republic; Garland accuses and warns, Dominican cooperation, Caracas condemns "piracy", threatens legal action and blames Santo Domingo, July expulsions and flight suspension recalled, Blinken backs González, Maduro's coup claims and post-election arrests (2024-09-02).
- hm306-en-02: Guyana: police arrest opposition leader Azruddin Mohamed and his father on a US extradition request; bail, Mohamed cries persecution, WIN supporters rally without arrests, Treasury sanctions and Miami charges recalled, Ambassador Theriot welcomes it, Ali appeals for calm, APNU objects (2025-10-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm306-de-01 (Argentina, Bessent visits Milei after IMF deal)
BESSENT = actor("Scott Bessent", "USA", "GOV")
MILEI = actor("Javier Milei", "ARG", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
IMF = actor("International Monetary Fund", "IGO", "IGO")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
GEORGIEVA = actor("Kristalina Georgieva", "IGO", "IGO")
CAPUTO = actor("Luis Caputo", "ARG", "GOV")
CHINA = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
KICILLOF = actor("Axel Kicillof", "ARG", "GOV")
CGT = actor("General Confederation of Labour", "ARG", "LAB")

A1 = ("Buenos Aires (dpa) - US-Finanzminister Scott Bessent hat Argentiniens Präsident Javier Milei bei einem Besuch "
      "in Buenos Aires die Unterstützung Washingtons für seinen Reformkurs zugesichert.")
A2 = "Bessent traf den ultraliberalen Staatschef am Montag im Präsidentenpalast Casa Rosada."
A3 = ("Der Besuch kam nur drei Tage, nachdem der Internationale Währungsfonds (IWF) dem hoch verschuldeten Land "
      "einen neuen Kredit über 20 Milliarden US-Dollar bewilligt hatte.")
A4 = ("„Wir sind hier, um zu zeigen, dass die Vereinigten Staaten an der Seite Argentiniens stehen“, sagte Bessent "
      "nach dem Treffen.")
A5 = "Milei bedankte sich für die „bedingungslose Rückendeckung“ der Regierung von Präsident Donald Trump."
A6 = ("Der IWF-Exekutivrat hatte am Freitag in Washington ein vierjähriges Programm gebilligt, von dem zwölf "
      "Milliarden Dollar sofort ausgezahlt werden sollen.")
A7 = ("IWF-Chefin Kristalina Georgiewa lobte die „beeindruckenden Fortschritte“ bei der Senkung der Inflation, mahnte "
      "aber, Argentinien müsse die Unterstützung für seine Reformen in der Bevölkerung verbreitern.")
A8 = ("Im Gegenzug hob die Regierung am Montag einen Großteil der seit 2019 geltenden Devisenkontrollen auf, die im "
      "Volksmund Cepo (Fessel) genannt werden.")
A9 = ("Wirtschaftsminister Luis Caputo sprach von einem „historischen Tag“ und versicherte, der Peso werde künftig "
      "innerhalb eines Bandes zwischen 1000 und 1400 Pesos pro Dollar schwanken.")
A10 = ("Nach Angaben des Wirtschaftsministeriums vereinbarten Bessent und Caputo zudem, Gespräche über ein "
       "bilaterales Handelsabkommen aufzunehmen.")
A11 = ("Bessent forderte Buenos Aires außerdem auf, die milliardenschwere Swap-Vereinbarung mit der chinesischen "
       "Zentralbank nicht zu verlängern.")
A12 = "China habe in Lateinamerika „räuberische“ Geschäfte gemacht, sagte er."
A13 = ("Das Außenministerium in Peking wies dies zurück und warf Washington vor, die Beziehungen zwischen China und "
       "Argentinien sabotieren zu wollen.")
A14 = ("Der peronistische Gouverneur der Provinz Buenos Aires, Axel Kicillof, warf Milei vor, das Land für "
       "Jahrzehnte an den IWF zu ketten.")
A15 = "„Diese Schulden werden unsere Kinder bezahlen“, sagte der 53-Jährige in La Plata."
A16 = ("Bereits am vergangenen Donnerstag hatte der Gewerkschaftsbund CGT mit einem Generalstreik gegen die "
       "Sparpolitik der Regierung protestiert, dem dritten seit Mileis Amtsantritt im Dezember 2023.")
A17 = "Busse und Züge standen still, zahlreiche Flüge fielen aus."
A18 = "Milei hatte den Ausstand als „politisch motiviert“ bezeichnet."
A19 = "Argentinien ist mit Verbindlichkeiten von mehr als 40 Milliarden Dollar schon jetzt der größte Schuldner des IWF."

DE01 = {
    "id": "hm306-de-01", "lang": "de", "url": None, "published": "2025-04-14",
    "title": "US-Finanzminister Bessent sichert Milei nach IWF-Kredit Unterstützung zu",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10], [A11, A12, A13],
                       [A14, A15, A16, A17, A18, A19]),
    "events": [
        event("CONSULT", BESSENT, MILEI, A1, mode="visit", location="Buenos Aires", location_country="ARG"),
        event("SUPPORT", BESSENT, MILEI, A1),
        event("CONSULT", BESSENT, MILEI, A2, mode="visit", date="2025-04-14", location="Buenos Aires",
              location_country="ARG"),
        event("AID", IMF, ARG_GOV, A3),
        event("SUPPORT", BESSENT, ARG_GOV, A4),
        event("SUPPORT", MILEI, TRUMP_ADMIN, A5),
        event("AID", IMF, ARG_GOV, A6, date="2025-04-11", location="Washington", location_country="USA"),
        event("SUPPORT", GEORGIEVA, ARG_GOV, A7),
        event("REQUEST", GEORGIEVA, ARG_GOV, A7, mode="change"),
        event("AGREE", BESSENT, CAPUTO, A10),
        event("REQUEST", BESSENT, ARG_GOV, A11, mode="change"),
        event("ACCUSE", BESSENT, CHINA, A12, mode="disapprove"),
        event("ACCUSE", CHN_MFA, US_GOV, A13, mode="allege"),
        event("ACCUSE", KICILLOF, MILEI, A14, mode="disapprove"),
        event("PROTEST", CGT, ARG_GOV, A16, mode="strike", date="2025-04-10"),
        event("ACCUSE", MILEI, CGT, A18, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir sind hier, um zu zeigen, dass die Vereinigten Staaten an der Seite Argentiniens stehen",
              "Scott Bessent", "direct"),
        quote("bedingungslose Rückendeckung", "Javier Milei", "direct"),
        quote("beeindruckenden Fortschritte", "Kristalina Georgieva", "direct"),
        quote("Argentinien müsse die Unterstützung für seine Reformen in der Bevölkerung verbreitern",
              "Kristalina Georgieva", "indirect"),
        quote("historischen Tag", "Luis Caputo", "direct"),
        quote("der Peso werde künftig innerhalb eines Bandes zwischen 1000 und 1400 Pesos pro Dollar schwanken",
              "Luis Caputo", "indirect"),
        quote("vereinbarten Bessent und Caputo zudem, Gespräche über ein bilaterales Handelsabkommen aufzunehmen",
              "Ministry of Economy of Argentina", "indirect"),
        quote("räuberische", "Scott Bessent", "direct"),
        quote("China habe in Lateinamerika „räuberische“ Geschäfte gemacht", "Scott Bessent", "indirect"),
        quote("die Beziehungen zwischen China und Argentinien sabotieren zu wollen",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("das Land für Jahrzehnte an den IWF zu ketten", "Axel Kicillof", "indirect"),
        quote("Diese Schulden werden unsere Kinder bezahlen", "Axel Kicillof", "direct"),
        quote("politisch motiviert", "Javier Milei", "direct"),
        quote("den Ausstand als „politisch motiviert“ bezeichnet", "Javier Milei", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Scott Bessent", "PER", "USA", ["US-Finanzminister Scott Bessent", "Bessent"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "dem hoch verschuldeten Land", "Argentinien",
                                           "das Land"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "den ultraliberalen Staatschef",
                                              "Milei", "Mileis"]),
        entity("Washington", "LOC", "USA", ["Washingtons", "Washington"]),
        entity("Casa Rosada", "LOC", "ARG", ["Präsidentenpalast Casa Rosada"]),
        entity("International Monetary Fund", "ORG", "IGO", ["der Internationale Währungsfonds", "IWF"]),
        entity("United States", "LOC", "USA", ["die Vereinigten Staaten"]),
        entity("Trump administration", "ORG", "USA", ["der Regierung von Präsident Donald Trump"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Kristalina Georgieva", "PER", "IGO", ["IWF-Chefin Kristalina Georgiewa"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung", "der Regierung"]),
        entity("Luis Caputo", "PER", "ARG", ["Wirtschaftsminister Luis Caputo", "Caputo"]),
        entity("Ministry of Economy of Argentina", "ORG", "ARG", ["des Wirtschaftsministeriums"]),
        entity("People's Bank of China", "ORG", "CHN", ["der chinesischen Zentralbank"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Axel Kicillof", "PER", "ARG", ["Der peronistische Gouverneur der Provinz Buenos Aires, Axel Kicillof",
                                               "der 53-Jährige"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("La Plata", "LOC", "ARG", ["La Plata"]),
        entity("General Confederation of Labour", "ORG", "ARG", ["der Gewerkschaftsbund CGT"]),
    ],
}

# ---------------------------------------------------------------- hm306-de-02 (Colombia, Petro asks cabinet to resign)
PETRO = actor("Gustavo Petro", "COL", "GOV")
COL_CABINET = actor("Cabinet of Colombia", "COL", "GOV")
MARQUEZ = actor("Francia Márquez", "COL", "GOV")
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")
MUHAMAD = actor("Susana Muhamad", "COL", "GOV")
ROJAS = actor("Jorge Rojas", "COL", "GOV")
COL_SUPREME = actor("Supreme Court of Justice of Colombia", "COL", "JUD")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
CRISTO = actor("Juan Fernando Cristo", "COL", "GOV")

B1 = ("Bogotá (AFP) - Kolumbiens Präsident Gustavo Petro hat nach tagelangem Streit in seiner Regierung alle Minister "
      "und Behördenleiter zum Rücktritt aufgefordert.")
B2 = ("Er habe sein Kabinett um eine „protokollarische Demission“ gebeten, um die Regierung neu aufzustellen, schrieb "
      "der 64-Jährige am Sonntag im Onlinedienst X.")
B3 = ("Auslöser der Krise war eine live im Fernsehen übertragene Kabinettssitzung am vergangenen Dienstag, bei der "
      "mehrere Ministerinnen und Minister den Präsidenten offen kritisiert hatten.")
B4 = ("Vizepräsidentin Francia Márquez wandte sich gegen die Ernennung des früheren Senators Armando Benedetti zum "
      "Kabinettschef und sagte, sie könne nicht mit jemandem zusammenarbeiten, der dem „Projekt des Wandels“ schade.")
B5 = "Auch Umweltministerin Susana Muhamad kritisierte den umstrittenen früheren Botschafter in Venezuela scharf."
B6 = "Muhamad trat am Freitag zurück, ebenso wie zuvor der Leiter des Präsidialamts, Jorge Rojas."
B7 = "Petro stellte sich hinter Benedetti und sagte, kein Gericht habe diesen je wegen eines Verbrechens verurteilt."
B8 = "„Wer das Programm nicht mittragen will, kann gehen“, hatte der Präsident in der Sitzung gesagt."
B9 = ("Der Oberste Gerichtshof ermittelt seit Jahren gegen Benedetti wegen mutmaßlicher illegaler Bereicherung; der "
      "57-Jährige weist die Vorwürfe zurück.")
B10 = ("Die oppositionelle Senatorin Paloma Valencia vom Centro Democrático warf Petro vor, das Land mit einer "
       "„Fernsehshow“ statt mit Politik zu regieren.")
B11 = "Innenminister Juan Fernando Cristo reichte noch am Sonntagabend als erster Minister seinen Rücktritt ein."
B12 = "Verteidigungsminister Iván Velásquez äußerte sich zunächst nicht."
B13 = ("Das Präsidialamt teilte mit, Petro werde in den kommenden Tagen entscheiden, welche Rücktritte er "
       "annehme.")
B14 = ("Die Regierung steht zugleich wegen der Gewalt in der Grenzregion Catatumbo unter Druck, wo sich die "
       "ELN-Guerilla und Dissidenten der früheren Farc-Rebellen seit Mitte Januar heftige Kämpfe liefern.")
B15 = ("Petro hatte deshalb im Januar den inneren Unruhezustand ausgerufen und Tausende Soldaten in die Region "
       "entsandt.")
B16 = "Seine Amtszeit endet im August 2026, die Verfassung verbietet eine Wiederwahl."

DE02 = {
    "id": "hm306-de-02", "lang": "de", "url": None, "published": "2025-02-09",
    "title": "Kolumbiens Präsident Petro fordert gesamtes Kabinett zum Rücktritt auf",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10], [B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("REQUEST", PETRO, COL_CABINET, B1, mode="change"),
        event("REQUEST", PETRO, COL_CABINET, B2, mode="change", date="2025-02-09"),
        event("ACCUSE", COL_CABINET, PETRO, B3, mode="disapprove", date="2025-02-04"),
        event("ACCUSE", MARQUEZ, PETRO, B4, mode="disapprove"),
        event("ACCUSE", MARQUEZ, BENEDETTI, B4, mode="disapprove"),
        event("ACCUSE", MUHAMAD, BENEDETTI, B5, mode="disapprove"),
        event("RETREAT", MUHAMAD, None, B6, mode="resign", date="2025-02-07"),
        event("RETREAT", ROJAS, None, B6, mode="resign"),
        event("SUPPORT", PETRO, BENEDETTI, B7),
        event("ACCUSE", COL_SUPREME, BENEDETTI, B9, mode="investigate"),
        event("ACCUSE", VALENCIA, PETRO, B10, mode="disapprove"),
        event("RETREAT", CRISTO, None, B11, mode="resign", date="2025-02-09"),
        event("COERCE", PETRO, None, B15, mode="curfew", location="Catatumbo", location_country="COL"),
        event("MOBILIZE", PETRO, None, B15, mode="troops", location="Catatumbo", location_country="COL"),
    ],
    "quotes": [
        quote("protokollarische Demission", "Gustavo Petro", "direct"),
        quote("Er habe sein Kabinett um eine „protokollarische Demission“ gebeten, um die Regierung neu aufzustellen",
              "Gustavo Petro", "indirect"),
        quote("Projekt des Wandels", "Francia Márquez", "direct"),
        quote("sie könne nicht mit jemandem zusammenarbeiten, der dem „Projekt des Wandels“ schade",
              "Francia Márquez", "indirect"),
        quote("kein Gericht habe diesen je wegen eines Verbrechens verurteilt", "Gustavo Petro", "indirect"),
        quote("Wer das Programm nicht mittragen will, kann gehen", "Gustavo Petro", "direct"),
        quote("Fernsehshow", "Paloma Valencia", "direct"),
        quote("das Land mit einer „Fernsehshow“ statt mit Politik zu regieren", "Paloma Valencia", "indirect"),
        quote("Petro werde in den kommenden Tagen entscheiden, welche Rücktritte er annehme",
              "Administrative Department of the Presidency of Colombia", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "das Land"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro", "Petro", "der 64-Jährige",
                                               "den Präsidenten", "der Präsident"]),
        entity("Government of Colombia", "ORG", "COL", ["seiner Regierung", "die Regierung", "Die Regierung"]),
        entity("Cabinet of Colombia", "ORG", "COL", ["alle Minister und Behördenleiter", "sein Kabinett",
                                                     "mehrere Ministerinnen und Minister"]),
        entity("X", "ORG", "USA", ["Onlinedienst X"]),
        entity("Francia Márquez", "PER", "COL", ["Vizepräsidentin Francia Márquez"]),
        entity("Armando Benedetti", "PER", "COL", ["des früheren Senators Armando Benedetti",
                                                   "den umstrittenen früheren Botschafter in Venezuela", "Benedetti",
                                                   "der 57-Jährige"]),
        entity("Susana Muhamad", "PER", "COL", ["Umweltministerin Susana Muhamad", "Muhamad"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Jorge Rojas", "PER", "COL", ["der Leiter des Präsidialamts, Jorge Rojas"]),
        entity("Administrative Department of the Presidency of Colombia", "ORG", "COL", ["des Präsidialamts",
                                                                                       "Das Präsidialamt"]),
        entity("Supreme Court of Justice of Colombia", "ORG", "COL", ["Der Oberste Gerichtshof"]),
        entity("Paloma Valencia", "PER", "COL", ["Die oppositionelle Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["Centro Democrático"]),
        entity("Juan Fernando Cristo", "PER", "COL", ["Innenminister Juan Fernando Cristo"]),
        entity("Iván Velásquez", "PER", "COL", ["Verteidigungsminister Iván Velásquez"]),
        entity("Catatumbo", "LOC", "COL", ["der Grenzregion Catatumbo", "die Region"]),
        entity("National Liberation Army (ELN)", "ORG", "COL", ["die ELN-Guerilla"]),
        entity("FARC dissidents", "ORG", "COL", ["Dissidenten der früheren Farc-Rebellen"]),
    ],
}

# ---------------------------------------------------------------- hm306-de-03 (Brazil, Congress overturns IOF decree)
BRA_CONGRESS = actor("National Congress of Brazil", "BRA", "LEG")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRA_CHAMBER = actor("Chamber of Deputies of Brazil", "BRA", "LEG")
BRA_SENATE = actor("Federal Senate of Brazil", "BRA", "LEG")
MOTTA = actor("Hugo Motta", "BRA", "LEG")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
HADDAD = actor("Fernando Haddad", "BRA", "GOV")
ALCOLUMBRE = actor("Davi Alcolumbre", "BRA", "LEG")
HOFFMANN = actor("Gleisi Hoffmann", "BRA", "GOV")
BRA_PL = actor("Liberal Party", "BRA", "OPP")
CNI = actor("National Confederation of Industry", "BRA", "BUS")

C1 = ("Brasília (Reuters) - Der brasilianische Kongress hat ein Dekret von Präsident Luiz Inácio Lula da Silva zur "
      "Erhöhung der Finanztransaktionssteuer IOF gekippt und der Regierung eine empfindliche Niederlage bereitet.")
C2 = ("Das Abgeordnetenhaus stimmte am Mittwochabend mit 383 zu 98 Stimmen für die Aufhebung, wenige Stunden später "
      "folgte der Senat in einer symbolischen Abstimmung.")
C3 = ("Es ist das erste Mal seit mehr als drei Jahrzehnten, dass das Parlament ein Dekret des Präsidenten auf diese "
      "Weise außer Kraft setzt.")
C4 = ("Der Präsident der Abgeordnetenkammer, Hugo Motta, warf der Regierung vor, Haushaltslöcher mit immer neuen "
      "Steuern stopfen zu wollen, statt die Ausgaben zu senken.")
C5 = "„Das Land hält keine weitere Steuererhöhung aus“, sagte der 35-Jährige."
C6 = ("Finanzminister Fernando Haddad warf der Kongressführung dagegen vor, getroffene Absprachen gebrochen zu "
      "haben.")
C7 = ("Haddad hatte sich Anfang Juni mit Motta und Senatspräsident Davi Alcolumbre auf einen Kompromiss geeinigt, der "
      "eine abgeschwächte Fassung des Dekrets vorsah.")
C8 = "Die Regierung prüfe nun, den Obersten Gerichtshof anzurufen, sagte Haddad vor Journalisten in Brasília."
C9 = ("Die Ministerin für institutionelle Beziehungen, Gleisi Hoffmann, nannte die Abstimmung einen Angriff auf die "
      "Steuergerechtigkeit, weil die Erhöhung vor allem Wohlhabende getroffen hätte.")
C10 = ("Lula selbst warf den Abgeordneten vor, die Reichen zu schützen, und sagte, er werde nicht zulassen, dass „die "
       "Armen die Rechnung bezahlen“.")
C11 = ("Das Dekret sollte in diesem Jahr rund zehn Milliarden Reais zusätzlich einbringen und helfen, die "
       "Haushaltsregeln einzuhalten.")
C12 = ("Die oppositionelle Liberale Partei (PL) von Ex-Präsident Jair Bolsonaro feierte die Abstimmung als Sieg der "
       "Steuerzahler.")
C13 = "Lulas linke Regierungskoalition verfügt in keiner der beiden Kammern über eine eigene Mehrheit."
C14 = "Der Industrieverband CNI begrüßte die Entscheidung des Kongresses."
C15 = ("Der Streit belastet das Verhältnis zwischen Lula und dem Parlament gut ein Jahr vor der Präsidentenwahl im "
       "Oktober 2026, bei der der 79-Jährige erneut antreten will.")
C16 = ("Haddad kündigte an, er werde in der kommenden Woche erneut mit Motta zusammenkommen, um nach Alternativen zu "
       "suchen.")

DE03 = {
    "id": "hm306-de-03", "lang": "de", "url": None, "published": "2025-06-26",
    "title": "Brasiliens Kongress kippt Lulas Steuerdekret",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14], [C15, C16]),
    "events": [
        event("REJECT", BRA_CONGRESS, LULA, C1, mode="change"),
        event("REJECT", BRA_CHAMBER, LULA, C2, mode="change", date="2025-06-25"),
        event("REJECT", BRA_SENATE, LULA, C2, mode="change", date="2025-06-25"),
        event("ACCUSE", MOTTA, BRA_GOV, C4, mode="disapprove"),
        event("ACCUSE", HADDAD, BRA_CONGRESS, C6, mode="allege"),
        event("AGREE", HADDAD, MOTTA, C7),
        event("AGREE", HADDAD, ALCOLUMBRE, C7),
        event("ACCUSE", HOFFMANN, BRA_CONGRESS, C9, mode="disapprove"),
        event("ACCUSE", LULA, BRA_CHAMBER, C10, mode="disapprove"),
        event("SUPPORT", BRA_PL, BRA_CONGRESS, C12),
        event("SUPPORT", CNI, BRA_CONGRESS, C14),
        event("AGREE", HADDAD, MOTTA, C16),
    ],
    "quotes": [
        quote("Haushaltslöcher mit immer neuen Steuern stopfen zu wollen, statt die Ausgaben zu senken", "Hugo Motta",
              "indirect"),
        quote("Das Land hält keine weitere Steuererhöhung aus", "Hugo Motta", "direct"),
        quote("getroffene Absprachen gebrochen zu haben", "Fernando Haddad", "indirect"),
        quote("Die Regierung prüfe nun, den Obersten Gerichtshof anzurufen", "Fernando Haddad", "indirect"),
        quote("die Abstimmung einen Angriff auf die Steuergerechtigkeit, weil die Erhöhung vor allem Wohlhabende "
              "getroffen hätte", "Gleisi Hoffmann", "indirect"),
        quote("die Reichen zu schützen", "Luiz Inácio Lula da Silva", "indirect"),
        quote("die Armen die Rechnung bezahlen", "Luiz Inácio Lula da Silva", "direct"),
        quote("er werde nicht zulassen, dass „die Armen die Rechnung bezahlen“", "Luiz Inácio Lula da Silva",
              "indirect"),
        quote("er werde in der kommenden Woche erneut mit Motta zusammenkommen, um nach Alternativen zu suchen",
              "Fernando Haddad", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["Der brasilianische Kongress", "das Parlament",
                                                             "der Kongressführung", "des Kongresses",
                                                             "dem Parlament"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula", "Lulas",
                                                           "der 79-Jährige", "des Präsidenten"]),
        entity("Government of Brazil", "ORG", "BRA", ["der Regierung", "Die Regierung",
                                                      "Lulas linke Regierungskoalition"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["Das Abgeordnetenhaus", "der Abgeordnetenkammer",
                                                               "den Abgeordneten"]),
        entity("Federal Senate of Brazil", "ORG", "BRA", ["der Senat"]),
        entity("Hugo Motta", "PER", "BRA", ["Der Präsident der Abgeordnetenkammer, Hugo Motta", "der 35-Jährige",
                                            "Motta"]),
        entity("Brazil", "LOC", "BRA", ["Das Land"]),
        entity("Fernando Haddad", "PER", "BRA", ["Finanzminister Fernando Haddad", "Haddad"]),
        entity("Davi Alcolumbre", "PER", "BRA", ["Senatspräsident Davi Alcolumbre"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["den Obersten Gerichtshof"]),
        entity("Gleisi Hoffmann", "PER", "BRA", ["Die Ministerin für institutionelle Beziehungen, Gleisi Hoffmann"]),
        entity("Liberal Party", "ORG", "BRA", ["Die oppositionelle Liberale Partei (PL)"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro"]),
        entity("National Confederation of Industry", "ORG", "BRA", ["Der Industrieverband CNI"]),
    ],
}

# ---------------------------------------------------------------- hm306-de-04 (Chile, second constitutional draft rejected)
BORIC = actor("Gabriel Boric", "CHL", "GOV")
CHL_PARTIES = actor("Chilean political parties", "CHL", "PTY")
KAST = actor("José Antonio Kast", "CHL", "OPP")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
HEVIA = actor("Beatriz Hevia", "CHL", "PTY")
CHL_LEFT = actor("Chilean left-wing parties", "CHL", "PTY")
BACHELET = actor("Michelle Bachelet", "CHL", "CVL")
SANTIAGO_RIOTERS = actor("masked protesters in Santiago", "CHL", "CVL")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")

D1 = ("Santiago de Chile (dpa) - Die Chilenen haben zum zweiten Mal binnen gut eines Jahres den Entwurf für eine "
      "neue Verfassung abgelehnt.")
D2 = ("Beim Referendum am Sonntag hätten nach Auszählung fast aller Stimmen 55,8 Prozent gegen den von konservativen "
      "Kräften geprägten Text gestimmt, teilte die Wahlbehörde Servel mit.")
D3 = "Präsident Gabriel Boric erklärte den Verfassungsprozess in einer Fernsehansprache für beendet."
D4 = ("„Während meiner Amtszeit wird es keinen dritten Versuch geben“, sagte der 37-Jährige im Präsidentenpalast "
      "La Moneda.")
D5 = ("Die Politik sei dem Land eine neue Verfassung schuldig geblieben, sagte Boric und rief die Parteien auf, sich "
      "nun auf die Reform des Rentensystems und die innere Sicherheit zu konzentrieren.")
D6 = ("Für Dienstag lud er die Vorsitzenden aller im Parlament vertretenen Parteien zu Gesprächen in den "
      "Regierungssitz ein.")
D7 = ("Der Chef der ultrarechten Republikanischen Partei, José Antonio Kast, deren Vertreter den Entwurf maßgeblich "
      "geprägt hatten, räumte die Niederlage ein.")
D8 = "„Wir haben es nicht geschafft, die Chilenen zu überzeugen“, sagte er vor Anhängern in Santiago."
D9 = ("Kast sagte zu, an dem Treffen am Dienstag teilzunehmen, warf der Regierung aber vor, mit öffentlichen Mitteln "
      "Stimmung gegen den Text gemacht zu haben.")
D10 = "Regierungssprecherin Camila Vallejo wies den Vorwurf als „haltlos“ zurück."
D11 = ("Die Präsidentin des Verfassungsrats, die Republikanerin Beatriz Hevia, warf den Linksparteien vor, das Land "
       "mit einer Kampagne der Angst gespalten zu haben.")
D12 = ("Der Entwurf hätte unter anderem den Schutz des ungeborenen Lebens verankert und die Ausweisung von Migranten "
       "ohne Papiere erleichtert.")
D13 = ("Bereits im September 2022 hatten die Wähler einen von linken Kräften ausgearbeiteten Entwurf mit 62 Prozent "
       "abgelehnt.")
D14 = ("Der Verfassungsprozess war eine Antwort auf die schweren Sozialproteste von 2019, bei denen mehr als 30 "
       "Menschen ums Leben kamen.")
D15 = ("Die frühere Präsidentin Michelle Bachelet rief alle Seiten auf, das Ergebnis zu respektieren und den Dialog "
       "fortzusetzen.")
D16 = "Am Abend feierten Hunderte Gegner des Entwurfs an der Plaza Baquedano im Zentrum Santiagos."
D17 = ("Als einige Vermummte Barrikaden anzündeten und Steine warfen, setzte die Polizei Wasserwerfer und Tränengas "
       "ein und nahm zwölf Menschen fest.")

DE04 = {
    "id": "hm306-de-04", "lang": "de", "url": None, "published": "2023-12-17",
    "title": "Chilenen lehnen auch zweiten Verfassungsentwurf ab",
    "text": paragraphs([D1, D2], [D3, D4, D5, D6], [D7, D8, D9, D10, D11], [D12, D13, D14], [D15, D16, D17]),
    "events": [
        event("REQUEST", BORIC, CHL_PARTIES, D5, mode="change"),
        event("AGREE", BORIC, CHL_PARTIES, D6),
        event("CONCEDE", KAST, None, D7),
        event("AGREE", KAST, BORIC, D9),
        event("ACCUSE", KAST, CHL_GOV, D9, mode="allege"),
        event("ACCUSE", HEVIA, CHL_LEFT, D11, mode="disapprove"),
        event("REQUEST", BACHELET, CHL_PARTIES, D15),
        event("PROTEST", SANTIAGO_RIOTERS, CARABINEROS, D17, mode="riot", location="Santiago",
              location_country="CHL"),
        event("ASSAULT", CARABINEROS, SANTIAGO_RIOTERS, D17, mode="crowd-control", location="Santiago",
              location_country="CHL"),
        event("COERCE", CARABINEROS, SANTIAGO_RIOTERS, D17, mode="arrest", location="Santiago",
              location_country="CHL"),
    ],
    "quotes": [
        quote("Beim Referendum am Sonntag hätten nach Auszählung fast aller Stimmen 55,8 Prozent gegen den von "
              "konservativen Kräften geprägten Text gestimmt", "Servel", "indirect"),
        quote("Während meiner Amtszeit wird es keinen dritten Versuch geben", "Gabriel Boric", "direct"),
        quote("Die Politik sei dem Land eine neue Verfassung schuldig geblieben", "Gabriel Boric", "indirect"),
        quote("Wir haben es nicht geschafft, die Chilenen zu überzeugen", "José Antonio Kast", "direct"),
        quote("mit öffentlichen Mitteln Stimmung gegen den Text gemacht zu haben", "José Antonio Kast", "indirect"),
        quote("haltlos", "Camila Vallejo", "direct"),
        quote("das Land mit einer Kampagne der Angst gespalten zu haben", "Beatriz Hevia", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["Santiago de Chile", "Santiago", "Santiagos"]),
        entity("Servel", "ORG", "CHL", ["die Wahlbehörde Servel"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "der 37-Jährige", "Boric"]),
        entity("La Moneda", "LOC", "CHL", ["Präsidentenpalast La Moneda", "den Regierungssitz"]),
        entity("Chile", "LOC", "CHL", ["dem Land", "das Land"]),
        entity("Chilean political parties", "ORG", "CHL", ["die Parteien",
                                                           "die Vorsitzenden aller im Parlament vertretenen Parteien"]),
        entity("National Congress of Chile", "ORG", "CHL", ["im Parlament"]),
        entity("José Antonio Kast", "PER", "CHL", ["Der Chef der ultrarechten Republikanischen Partei, José Antonio "
                                                   "Kast", "Kast"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Republikanischen Partei"]),
        entity("Government of Chile", "ORG", "CHL", ["der Regierung"]),
        entity("Camila Vallejo", "PER", "CHL", ["Regierungssprecherin Camila Vallejo"]),
        entity("Constitutional Council of Chile", "ORG", "CHL", ["des Verfassungsrats"]),
        entity("Beatriz Hevia", "PER", "CHL", ["Die Präsidentin des Verfassungsrats, die Republikanerin Beatriz "
                                               "Hevia"]),
        entity("Chilean left-wing parties", "ORG", "CHL", ["den Linksparteien"]),
        entity("Michelle Bachelet", "PER", "CHL", ["Die frühere Präsidentin Michelle Bachelet"]),
        entity("Plaza Baquedano", "LOC", "CHL", ["Plaza Baquedano"]),
        entity("masked protesters in Santiago", "PER", "CHL", ["einige Vermummte"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm306-en-01 (US seizes Maduro's plane)
USA = actor("United States", "USA", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
GARLAND = actor("Merrick Garland", "USA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
GONZALEZ = actor("Edmundo González", "VEN", "OPP")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
VEN_PROTESTERS = actor("post-election protesters in Venezuela", "VEN", "CVL")

E1 = ("SANTO DOMINGO, Dominican Republic (AP) — The United States on Monday seized Venezuelan President Nicolás "
      "Maduro's official plane in the Dominican Republic, saying its purchase through a shell company violated U.S. "
      "sanctions and export control laws.")
E2 = "The Dassault Falcon 900EX was flown to Florida after the seizure, the Justice Department said in a statement."
E3 = ('Attorney General Merrick Garland said the jet had been "illegally purchased for $13 million through a shell '
      'company and smuggled out of the United States" for use by Maduro and his cronies.')
E4 = ('"We will continue to go after anyone who helps Maduro\'s regime evade our sanctions," Garland said.')
E5 = "The aircraft had been parked in the Dominican Republic since earlier this year."
E6 = "Dominican authorities cooperated with the operation, the U.S. Embassy in Santo Domingo said."
E7 = ('Venezuela\'s government condemned the seizure as "piracy" and accused Washington of a "criminal practice" '
      'against a sovereign country.')
E8 = ("In a statement read on state television by Foreign Minister Yván Gil, Caracas said it would take all legal "
      "action to recover the plane.")
E9 = "The government also accused the Dominican Republic of acting as an accomplice of Washington."
E10 = ("Relations between the two Caribbean nations have been strained since late July, when Venezuela expelled the "
       "diplomats of the Dominican Republic and six other Latin American countries that questioned Maduro's "
       "disputed re-election.")
E11 = "Caracas also suspended commercial flights to and from the Dominican Republic at the time."
E12 = ("Venezuela's National Electoral Council declared Maduro the winner of the July 28 election but has not "
       "published detailed results, while the opposition says its candidate Edmundo González won by a wide margin.")
E13 = ('Secretary of State Antony Blinken said last month that there was "overwhelming evidence" that González had '
       'received the most votes.')
E14 = ("Maduro, 61, has accused the United States of orchestrating a coup attempt against him, and security forces "
       "have detained more than 2,000 people in the post-election protests.")
E15 = "Maduro's government did not say how the president would travel abroad without the jet."
E16 = ("The White House and the Dominican foreign ministry did not immediately respond to requests for comment.")

EN01 = {
    "id": "hm306-en-01", "lang": "en", "url": None, "published": "2024-09-02",
    "title": "US seizes Venezuelan President Maduro's plane in the Dominican Republic",
    "text": paragraphs([E1, E2], [E3, E4, E5, E6], [E7, E8, E9], [E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("COERCE", USA, MADURO, E1, mode="seize", date="2024-09-02", location="Dominican Republic",
              location_country="DOM"),
        event("ACCUSE", USA, MADURO, E1, mode="allege"),
        event("ACCUSE", GARLAND, MADURO, E3, mode="allege"),
        event("THREATEN", GARLAND, VEN_GOV, E4),
        event("COOPERATE", DOM_GOV, USA, E6),
        event("ACCUSE", VEN_GOV, USA, E7, mode="disapprove"),
        event("THREATEN", VEN_GOV, USA, E8),
        event("ACCUSE", VEN_GOV, DOM_GOV, E9, mode="allege"),
        event("SANCTION", VEN_GOV, DOM_GOV, E10, mode="expel"),
        event("SANCTION", VEN_GOV, DOM_GOV, E11, mode="discontinue"),
        event("SUPPORT", BLINKEN, GONZALEZ, E13),
        event("ACCUSE", MADURO, USA, E14, mode="allege"),
        event("COERCE", VEN_SECURITY, VEN_PROTESTERS, E14, mode="arrest", location="Venezuela",
              location_country="VEN"),
    ],
    "quotes": [
        quote("its purchase through a shell company violated U.S. sanctions and export control laws", "United States",
              "indirect"),
        quote("The Dassault Falcon 900EX was flown to Florida after the seizure", "U.S. Department of Justice",
              "indirect"),
        quote("illegally purchased for $13 million through a shell company and smuggled out of the United States",
              "Merrick Garland", "direct"),
        quote('the jet had been "illegally purchased for $13 million through a shell company and smuggled out of the '
              'United States" for use by Maduro and his cronies', "Merrick Garland", "indirect"),
        quote("We will continue to go after anyone who helps Maduro's regime evade our sanctions", "Merrick Garland",
              "direct"),
        quote("Dominican authorities cooperated with the operation", "U.S. Embassy in Santo Domingo", "indirect"),
        quote("piracy", "Government of Venezuela", "direct"),
        quote("criminal practice", "Government of Venezuela", "direct"),
        quote("it would take all legal action to recover the plane", "Government of Venezuela", "indirect"),
        quote("its candidate Edmundo González won by a wide margin", "Venezuelan opposition", "indirect"),
        quote("overwhelming evidence", "Antony Blinken", "direct"),
        quote('there was "overwhelming evidence" that González had received the most votes', "Antony Blinken",
              "indirect"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["SANTO DOMINGO", "Santo Domingo"]),
        entity("Dominican Republic", "LOC", "DOM", ["Dominican Republic"]),
        entity("United States", "LOC", "USA", ["The United States", "the United States"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelan President Nicolás Maduro", "Maduro", "the president"]),
        entity("U.S. Department of Justice", "ORG", "USA", ["the Justice Department"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Merrick Garland", "PER", "USA", ["Attorney General Merrick Garland", "Garland"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Maduro's regime", "Venezuela's government", "Caracas",
                                                         "The government", "Maduro's government"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["Dominican authorities"]),
        entity("U.S. Embassy in Santo Domingo", "ORG", "USA", ["the U.S. Embassy in Santo Domingo"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Yván Gil", "PER", "VEN", ["Foreign Minister Yván Gil"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Caribbean", "LOC", None, ["Caribbean"]),
        entity("National Electoral Council of Venezuela", "ORG", "VEN", ["Venezuela's National Electoral Council"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["the opposition"]),
        entity("Edmundo González", "PER", "VEN", ["its candidate Edmundo González", "González"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["security forces"]),
        entity("post-election protesters in Venezuela", "PER", "VEN", ["more than 2,000 people"]),
        entity("Dassault Falcon 900EX of Nicolás Maduro", "LOC", "VEN", ["official plane",
                                                                        "The Dassault Falcon 900EX", "the jet",
                                                                        "The aircraft", "the plane"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Ministry of Foreign Affairs of the Dominican Republic", "ORG", "DOM",
               ["the Dominican foreign ministry"]),
    ],
}

# ---------------------------------------------------------------- hm306-en-02 (Guyana, Azruddin Mohamed arrested)
GUY_POLICE = actor("Guyana Police Force", "GUY", "COP")
AZRUDDIN = actor("Azruddin Mohamed", "GUY", "OPP")
NAZAR = actor("Nazar Mohamed", "GUY", "BUS")
GUY_GOV = actor("Government of Guyana", "GUY", "GOV")
GUY_MAGISTRATE = actor("Guyanese magistrate", "GUY", "JUD")
WIN_SUPPORTERS = actor("supporters of We Invest in Nationhood", "GUY", "OPP")
US_TREASURY = actor("U.S. Department of the Treasury", "USA", "GOV")
US_PROSECUTORS = actor("U.S. federal prosecutors in Miami", "USA", "JUD")
THERIOT = actor("Nicole Theriot", "USA", "GOV")
ALI = actor("Irfaan Ali", "GUY", "GOV")
APNU = actor("A Partnership for National Unity", "GUY", "OPP")

F1 = ("GEORGETOWN, Oct 31 (Reuters) - Guyanese police on Friday arrested opposition leader Azruddin Mohamed and his "
      "father Nazar Mohamed after the United States requested their extradition on fraud and money laundering "
      "charges linked to gold exports.")
F2 = "A magistrate later granted Mohamed bail pending an extradition hearing, his lawyer said."
F3 = ('Mohamed, whose We Invest in Nationhood (WIN) party came second in the Sept. 1 election, called the arrest '
      '"political persecution" and accused President Irfaan Ali\'s government of doing Washington\'s bidding.')
F4 = '"We will not be silenced," he told supporters outside the court.'
F5 = ("Several hundred WIN supporters gathered outside the magistrates' court in Georgetown, waving party flags and "
      "chanting slogans against the government.")
F6 = "Police said the protest was peaceful and that no one was detained."
F7 = ("Attorney General Anil Nandlall said the government was bound by its extradition treaty with the United States "
      "and would not interfere in the court process.")
F8 = ("The U.S. Treasury sanctioned Mohamed in June 2024 over what it described as a scheme to evade more than "
      "$50 million in taxes on gold exports.")
F9 = ("Federal prosecutors in Miami charged him earlier this month with wire fraud, money laundering and other "
      "offences, court documents show.")
F10 = ("U.S. Ambassador Nicole Theriot welcomed the arrests and thanked Guyanese authorities for their "
       "cooperation.")
F11 = '"No one is above the law, including those who seek high office," the embassy said in a statement.'
F12 = ("Ali, who was sworn in for a second term in September, said Guyana was a country of laws and urged WIN "
       "supporters to remain calm.")
F13 = ("The A Partnership for National Unity (APNU), which lost its place as the largest opposition force to WIN, "
       "accused the government of applying the law selectively.")
F14 = ("The arrest could complicate WIN's bid to have Mohamed named Leader of the Opposition in the new National "
       "Assembly.")
F15 = "Guyana has the fastest-growing economy in the Americas thanks to offshore oil production led by Exxon Mobil."

EN02 = {
    "id": "hm306-en-02", "lang": "en", "url": None, "published": "2025-10-31",
    "title": "Guyana police arrest opposition leader Azruddin Mohamed on U.S. extradition request",
    "text": paragraphs([F1, F2], [F3, F4, F5, F6], [F7, F8, F9], [F10, F11, F12], [F13, F14, F15]),
    "events": [
        event("COERCE", GUY_POLICE, AZRUDDIN, F1, mode="arrest", date="2025-10-31", location="Georgetown",
              location_country="GUY"),
        event("COERCE", GUY_POLICE, NAZAR, F1, mode="arrest", date="2025-10-31", location="Georgetown",
              location_country="GUY"),
        event("REQUEST", USA, GUY_GOV, F1, mode="assist"),
        event("RETREAT", GUY_MAGISTRATE, AZRUDDIN, F2, mode="release"),
        event("ACCUSE", AZRUDDIN, GUY_GOV, F3, mode="disapprove"),
        event("PROTEST", WIN_SUPPORTERS, GUY_GOV, F5, mode="demo", location="Georgetown", location_country="GUY"),
        event("COERCE", GUY_POLICE, WIN_SUPPORTERS, F6, mode="arrest", location="Georgetown",
              location_country="GUY", negated=True),
        event("SANCTION", US_TREASURY, AZRUDDIN, F8),
        event("ACCUSE", US_PROSECUTORS, AZRUDDIN, F9, mode="allege"),
        event("SUPPORT", THERIOT, GUY_GOV, F10),
        event("REQUEST", ALI, WIN_SUPPORTERS, F12),
        event("ACCUSE", APNU, GUY_GOV, F13, mode="disapprove"),
    ],
    "quotes": [
        quote("A magistrate later granted Mohamed bail pending an extradition hearing", "lawyer of Azruddin Mohamed",
              "indirect"),
        quote("political persecution", "Azruddin Mohamed", "direct"),
        quote("We will not be silenced", "Azruddin Mohamed", "direct"),
        quote("the protest was peaceful and that no one was detained", "Guyana Police Force", "indirect"),
        quote("the government was bound by its extradition treaty with the United States and would not interfere in "
              "the court process", "Anil Nandlall", "indirect"),
        quote("No one is above the law, including those who seek high office", "U.S. Embassy in Georgetown",
              "direct"),
        quote("Guyana was a country of laws", "Irfaan Ali", "indirect"),
    ],
    "entities": [
        entity("Georgetown", "LOC", "GUY", ["GEORGETOWN", "Georgetown"]),
        entity("Guyana Police Force", "ORG", "GUY", ["Guyanese police", "Police"]),
        entity("Azruddin Mohamed", "PER", "GUY", ["opposition leader Azruddin Mohamed", "Mohamed"]),
        entity("Nazar Mohamed", "PER", "GUY", ["his father Nazar Mohamed"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Guyanese magistrate", "PER", "GUY", ["A magistrate"]),
        entity("lawyer of Azruddin Mohamed", "PER", "GUY", ["his lawyer"]),
        entity("We Invest in Nationhood", "ORG", "GUY", ["We Invest in Nationhood (WIN) party", "WIN"]),
        entity("Irfaan Ali", "PER", "GUY", ["President Irfaan Ali", "Ali"]),
        entity("Government of Guyana", "ORG", "GUY", ["President Irfaan Ali's government", "the government",
                                                      "Guyanese authorities"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("supporters of We Invest in Nationhood", "PER", "GUY", ["supporters outside the court",
                                                                       "Several hundred WIN supporters",
                                                                       "WIN supporters"]),
        entity("Georgetown Magistrates' Court", "LOC", "GUY", ["the court", "the magistrates' court in Georgetown"]),
        entity("Anil Nandlall", "PER", "GUY", ["Attorney General Anil Nandlall"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["The U.S. Treasury"]),
        entity("U.S. federal prosecutors in Miami", "ORG", "USA", ["Federal prosecutors in Miami"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("Nicole Theriot", "PER", "USA", ["U.S. Ambassador Nicole Theriot"]),
        entity("U.S. Embassy in Georgetown", "ORG", "USA", ["the embassy"]),
        entity("Guyana", "LOC", "GUY", ["Guyana"]),
        entity("A Partnership for National Unity", "ORG", "GUY",
               ["The A Partnership for National Unity (APNU)"]),
        entity("National Assembly of Guyana", "ORG", "GUY", ["the new National Assembly"]),
        entity("Americas", "LOC", None, ["the Americas"]),
        entity("ExxonMobil", "ORG", "USA", ["Exxon Mobil"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
