"""Round 288: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm288-de-01: Brazil: about 1,500 detained after Bolsonaro supporters stormed Congress, Planalto and the Supreme Court in Brasília; camp cleared, Lula's federal intervention and threat, Moraes suspends Governor Ibaneis Rocha, Rocha apologises, Dino sends the Força Nacional, Bolsonaro distances himself, Biden condemns (2023-01-09).
- hm288-de-02: Colombia/Cuba: Petro and ELN commander Antonio García sign a six-month bilateral ceasefire in Havana; Díaz-Canel hosts, civil-society participation mechanism agreed, UN mission to verify, Ruiz Massieu welcomes it, no ELN pledge on kidnappings, Paloma Valencia objects (2023-06-09).
- hm288-de-03: Peru: ex-president Alejandro Toledo extradited from the United States over Odebrecht bribes; arrest at Lima airport, 18 months' pre-trial detention, his lawyer objects, Boluarte thanks Washington, Barata's testimony, protest in Lima (2023-04-23).
- hm288-de-04: Paraguay: the Senate strips opposition senator Kattya González of her seat; she speaks of a parliamentary coup, protest and police cordon in Asunción without arrests, Núñez defends the vote, Alegre and the UN rights office object (2024-02-14).
- hm288-en-01: Mexico/United States: Mexico agrees to immediate water deliveries under the 1944 treaty after Trump's tariff and sanctions threats; Sheinbaum's pledge, the Tijuana refusal, Abbott and Rollins, Chihuahua farmers threaten to block La Boquilla, Governor Campos demands consultation, Berdegué to visit Washington (2025-04-28).
- hm288-en-02: Venezuela/United States: Venezuela frees 10 Americans and 20 political prisoners and returns Leonard Francis in exchange for Alex Saab; Biden's clemency and demand on the 2024 election, Maduro receives Saab and accuses Washington, Rubio objects, Machado welcomes the releases (2023-12-20).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm288-de-01 (Brazil, after the storming in Brasília)
BRA_AUTH = actor("Brazilian authorities", "BRA", "GOV")
BRA_SEC = actor("Brazilian security forces", "BRA", "COP")
BOLSO_SUPP = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
DF_SECURITY = actor("Public Security Secretariat of the Federal District", "BRA", "GOV")
DF_POLICE = actor("Military Police of the Federal District", "BRA", "COP")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
DINO = actor("Flávio Dino", "BRA", "GOV")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
IBANEIS = actor("Ibaneis Rocha", "BRA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
BRA_GOVERNORS = actor("governors of the Brazilian states", "BRA", "GOV")

B1 = ("Brasília (dpa) - Nach dem Sturm radikaler Anhänger des früheren Präsidenten Jair Bolsonaro auf das "
      "Regierungsviertel in Brasília haben die brasilianischen Behörden rund 1500 Menschen festgenommen.")
B2 = ("Sicherheitskräfte hätten am Montagmorgen ein Protestlager vor dem Hauptquartier des Heeres geräumt und die "
      "Menschen dort in Bussen zur Bundespolizei gebracht, teilte das Justizministerium mit.")
B3 = ("Viele von ihnen seien in den vergangenen Tagen mit Bussen aus anderen Bundesstaaten angereist, hieß es aus "
      "dem Ministerium.")
B4 = ("Am Sonntag waren Tausende Bolsonaro-Anhänger zum Platz der Drei Gewalten gezogen und hatten den "
      "Nationalkongress, den Präsidentenpalast Planalto und den Obersten Gerichtshof gestürmt und verwüstet.")
B5 = ("Präsident Luiz Inácio Lula da Silva ordnete noch am Sonntagabend bis Ende Januar eine Bundesintervention in "
      "die Sicherheitsbehörden des Hauptstadtdistrikts an.")
B6 = ("„Diese Vandalen, diese fanatischen Faschisten, werden mit aller Härte des Gesetzes bestraft“, sagte Lula, der "
      "sich zum Zeitpunkt der Angriffe in Araraquara im Bundesstaat São Paulo aufhielt.")
B7 = ("Der 77-Jährige warf der Polizei des Hauptstadtdistrikts vor, die Eindringlinge nicht aufgehalten zu haben, "
      "und sprach von „Inkompetenz oder böser Absicht“.")
B8 = "Auch Bolsonaro machte er verantwortlich: Dieser habe seine Anhänger monatelang gegen das Wahlsystem aufgewiegelt."
B9 = ("Justizminister Flávio Dino ließ zusätzliche Einheiten der Nationalen Sicherheitstruppe Força Nacional in die "
      "Hauptstadt verlegen.")
B10 = "Bolsonaro, der sich seit Ende Dezember im US-Bundesstaat Florida aufhält, wies die Vorwürfe zurück."
B11 = ("Plünderungen und das Eindringen in öffentliche Gebäude wie am Sonntag verstießen „gegen die Regeln“, schrieb "
       "der 67-Jährige auf Twitter.")
B12 = ("Der Richter am Obersten Gerichtshof Alexandre de Moraes enthob in der Nacht zum Montag den Gouverneur des "
       "Hauptstadtdistrikts, Ibaneis Rocha, für 90 Tage seines Amtes.")
B13 = "In einem Video entschuldigte sich Rocha bei Lula und sprach von einem „Fehler“ seiner Sicherheitsbehörden."
B14 = ("US-Präsident Joe Biden verurteilte den „Angriff auf die Demokratie“ und sicherte Lula die volle Unterstützung "
       "der USA zu.")
B15 = "Für Montagabend lud Lula die Gouverneure aller Bundesstaaten zu einem Krisentreffen in den Planalto ein."
B16 = ("Bolsonaro hat seine knappe Niederlage gegen Lula bei der Stichwahl Ende Oktober bis heute nicht ausdrücklich "
       "anerkannt.")

DE01 = {
    "id": "hm288-de-01", "lang": "de", "url": None, "published": "2023-01-09",
    "title": "Nach Sturm auf Regierungsviertel: Rund 1500 Festnahmen in Brasília",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8, B9], [B10, B11], [B12, B13], [B14, B15, B16]),
    "events": [
        event("COERCE", BRA_AUTH, BOLSO_SUPP, B1, mode="arrest", location="Brasília", location_country="BRA"),
        event("COERCE", BRA_SEC, BOLSO_SUPP, B2, mode="restrict", date="2023-01-09", location="Brasília",
              location_country="BRA"),
        event("PROTEST", BOLSO_SUPP, BRA_GOV, B4, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("COERCE", LULA, DF_SECURITY, B5, date="2023-01-08"),
        event("THREATEN", LULA, BOLSO_SUPP, B6, mode="arrest"),
        event("ACCUSE", LULA, BOLSO_SUPP, B6, mode="disapprove"),
        event("ACCUSE", LULA, DF_POLICE, B7, mode="allege"),
        event("ACCUSE", LULA, BOLSONARO, B8, mode="allege"),
        event("MOBILIZE", DINO, None, B9, mode="police", location="Brasília", location_country="BRA"),
        event("ACCUSE", BOLSONARO, BOLSO_SUPP, B11, mode="disapprove"),
        event("SANCTION", MORAES, IBANEIS, B12, mode="expel"),
        event("CONCEDE", IBANEIS, LULA, B13),
        event("ACCUSE", BIDEN, BOLSO_SUPP, B14, mode="disapprove"),
        event("SUPPORT", BIDEN, LULA, B14),
        event("AGREE", LULA, BRA_GOVERNORS, B15),
        event("CONCEDE", BOLSONARO, LULA, B16, negated=True),
    ],
    "quotes": [
        quote("Sicherheitskräfte hätten am Montagmorgen ein Protestlager vor dem Hauptquartier des Heeres geräumt und "
              "die Menschen dort in Bussen zur Bundespolizei gebracht",
              "Ministry of Justice and Public Security of Brazil", "indirect"),
        quote("Viele von ihnen seien in den vergangenen Tagen mit Bussen aus anderen Bundesstaaten angereist",
              "Ministry of Justice and Public Security of Brazil", "indirect"),
        quote("Diese Vandalen, diese fanatischen Faschisten, werden mit aller Härte des Gesetzes bestraft",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("die Eindringlinge nicht aufgehalten zu haben", "Luiz Inácio Lula da Silva", "indirect"),
        quote("Inkompetenz oder böser Absicht", "Luiz Inácio Lula da Silva", "direct"),
        quote("Dieser habe seine Anhänger monatelang gegen das Wahlsystem aufgewiegelt", "Luiz Inácio Lula da Silva",
              "indirect"),
        quote("gegen die Regeln", "Jair Bolsonaro", "direct"),
        quote("Plünderungen und das Eindringen in öffentliche Gebäude wie am Sonntag verstießen „gegen die Regeln“",
              "Jair Bolsonaro", "indirect"),
        quote("Fehler", "Ibaneis Rocha", "direct"),
        quote("Angriff auf die Demokratie", "Joe Biden", "direct"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília", "die Hauptstadt"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des früheren Präsidenten Jair Bolsonaro", "Bolsonaro",
                                                "der 67-Jährige"]),
        entity("supporters of Jair Bolsonaro", "ORG", "BRA", ["radikaler Anhänger des früheren Präsidenten Jair "
                                                              "Bolsonaro", "Tausende Bolsonaro-Anhänger",
                                                              "die Eindringlinge", "seine Anhänger"]),
        entity("Esplanada dos Ministérios", "LOC", "BRA", ["das Regierungsviertel"]),
        entity("Brazilian authorities", "ORG", "BRA", ["die brasilianischen Behörden"]),
        entity("Brazilian security forces", "ORG", "BRA", ["Sicherheitskräfte"]),
        entity("Brazilian Army Headquarters", "LOC", "BRA", ["dem Hauptquartier des Heeres"]),
        entity("Brazilian Army", "ORG", "BRA", ["des Heeres"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Bundespolizei"]),
        entity("Ministry of Justice and Public Security of Brazil", "ORG", "BRA", ["das Justizministerium", "dem Ministerium"]),
        entity("Three Powers Plaza", "LOC", "BRA", ["Platz der Drei Gewalten"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["den Nationalkongress"]),
        entity("Planalto Palace", "LOC", "BRA", ["den Präsidentenpalast Planalto", "den Planalto"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["den Obersten Gerichtshof", "Obersten Gerichtshof"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula",
                                                           "Der 77-Jährige"]),
        entity("Federal District", "LOC", "BRA", ["des Hauptstadtdistrikts"]),
        entity("Public Security Secretariat of the Federal District", "ORG", "BRA",
               ["die Sicherheitsbehörden des Hauptstadtdistrikts", "seiner Sicherheitsbehörden"]),
        entity("Araraquara", "LOC", "BRA", ["Araraquara"]),
        entity("São Paulo (state)", "LOC", "BRA", ["Bundesstaat São Paulo"]),
        entity("Military Police of the Federal District", "ORG", "BRA", ["der Polizei des Hauptstadtdistrikts"]),
        entity("Flávio Dino", "PER", "BRA", ["Justizminister Flávio Dino"]),
        entity("Força Nacional", "ORG", "BRA", ["Einheiten der Nationalen Sicherheitstruppe Força Nacional"]),
        entity("Florida", "LOC", "USA", ["US-Bundesstaat Florida"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Der Richter am Obersten Gerichtshof Alexandre de Moraes"]),
        entity("Ibaneis Rocha", "PER", "BRA", ["den Gouverneur des Hauptstadtdistrikts, Ibaneis Rocha", "Rocha"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("governors of the Brazilian states", "ORG", "BRA", ["die Gouverneure aller Bundesstaaten"]),
    ],
}

# ---------------------------------------------------------------- hm288-de-02 (Colombia/Cuba, ELN ceasefire in Havana)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")
PETRO = actor("Gustavo Petro", "COL", "GOV")
GARCIA = actor("Antonio García", "COL", "REB")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")
PATINO = actor("Otty Patiño", "COL", "GOV")
BELTRAN = actor("Pablo Beltrán", "COL", "REB")
UNVMC = actor("UN Verification Mission in Colombia", "UNO", "IGO")
RUIZ_MASSIEU = actor("Carlos Ruiz Massieu", "UNO", "IGO")
COL_MIL = actor("Colombian military", "COL", "MIL")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")

H1 = ("Havanna (AFP) - Kolumbiens Regierung und die linksgerichtete Guerillagruppe ELN haben sich auf einen "
      "sechsmonatigen beidseitigen Waffenstillstand geeinigt.")
H2 = ("Präsident Gustavo Petro und ELN-Kommandeur Antonio García unterzeichneten das Abkommen am Freitag in Havanna "
      "im Beisein des kubanischen Staatschefs Miguel Díaz-Canel.")
H3 = "Vor der Zeremonie war Petro im Revolutionspalast mit Díaz-Canel zusammengekommen."
H4 = ("Die Waffenruhe soll schrittweise in Kraft treten und ab dem 3. August für zunächst 180 Tage landesweit "
      "gelten.")
H5 = ("Die Delegationen unter Leitung von Otty Patiño und Pablo Beltrán vereinbarten zudem einen Mechanismus, über "
      "den die Zivilgesellschaft an den Verhandlungen beteiligt werden soll.")
H6 = "„Heute ist ein Tag der Hoffnung für Kolumbien“, sagte Petro bei der Zeremonie."
H7 = ("García sagte, die ELN halte an ihrem Ziel tiefgreifender sozialer Veränderungen fest, und forderte die "
      "Regierung auf, die versprochenen Reformen umzusetzen.")
H8 = ("Die UN-Verifikationsmission in Kolumbien erklärte sich bereit, die Einhaltung der Waffenruhe gemeinsam mit "
      "der katholischen Kirche zu überwachen.")
H9 = ("Der UN-Sondergesandte Carlos Ruiz Massieu begrüßte die Einigung zwischen Regierung und ELN als "
      "„historischen Schritt“.")
H10 = ("Die ELN ist die größte noch aktive Guerillagruppe des Landes und zählt nach Schätzungen rund 5800 "
       "Kämpfer.")
H11 = ("Ende März hatte sie bei einem Angriff mit Sprengstoff auf einen Militärposten in El Carmen im Departement "
       "Norte de Santander neun Soldaten getötet.")
H12 = ("Die Senatorin Paloma Valencia von der rechten Oppositionspartei Centro Democrático warf Petro vor, der "
       "Guerilla ohne jede Gegenleistung entgegenzukommen.")
H13 = "Einen Verzicht auf Entführungen sagte die ELN in Havanna nicht zu."
H14 = ("Die Friedensgespräche hatten im November in Caracas begonnen, Garantenstaaten sind unter anderem Kuba, "
       "Norwegen, Venezuela und Mexiko.")
H15 = "Petro strebt einen „totalen Frieden“ mit allen bewaffneten Gruppen des Landes an."

DE02 = {
    "id": "hm288-de-02", "lang": "de", "url": None, "published": "2023-06-09",
    "title": "Kolumbiens Regierung und ELN-Guerilla vereinbaren Waffenstillstand",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9], [H10, H11, H12, H13], [H14, H15]),
    "events": [
        event("AGREE", COL_GOV, ELN, H1),
        event("SUPPORT", PETRO, GARCIA, H2, date="2023-06-09", location="Havana", location_country="CUB"),
        event("CONSULT", PETRO, DIAZ_CANEL, H3, mode="visit", date="2023-06-09", location="Havana",
              location_country="CUB"),
        event("AGREE", PATINO, BELTRAN, H5),
        event("REQUEST", GARCIA, COL_GOV, H7, mode="change"),
        event("AGREE", UNVMC, None, H8),
        event("SUPPORT", RUIZ_MASSIEU, COL_GOV, H9),
        event("SUPPORT", RUIZ_MASSIEU, ELN, H9),
        event("ASSAULT", ELN, COL_MIL, H11, mode="explosives", location="El Carmen", location_country="COL"),
        event("ACCUSE", VALENCIA, PETRO, H12, mode="allege"),
        event("CONCEDE", ELN, COL_GOV, H13, location="Havana", location_country="CUB", negated=True),
        event("CONSULT", COL_GOV, ELN, H14, mode="third-party", location="Caracas", location_country="VEN"),
    ],
    "quotes": [
        quote("Heute ist ein Tag der Hoffnung für Kolumbien", "Gustavo Petro", "direct"),
        quote("die ELN halte an ihrem Ziel tiefgreifender sozialer Veränderungen fest", "Antonio García", "indirect"),
        quote("historischen Schritt", "Carlos Ruiz Massieu", "direct"),
        quote("der Guerilla ohne jede Gegenleistung entgegenzukommen", "Paloma Valencia", "indirect"),
        quote("totalen Frieden", "Gustavo Petro", "direct"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("Government of Colombia", "ORG", "COL", ["Kolumbiens Regierung", "die Regierung", "Regierung"]),
        entity("National Liberation Army (ELN)", "ORG", "COL", ["die linksgerichtete Guerillagruppe ELN", "ELN",
                                                                 "der Guerilla"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("Antonio García", "PER", "COL", ["ELN-Kommandeur Antonio García", "García"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["des kubanischen Staatschefs Miguel Díaz-Canel", "Díaz-Canel"]),
        entity("Palace of the Revolution", "LOC", "CUB", ["Revolutionspalast"]),
        entity("Otty Patiño", "PER", "COL", ["Otty Patiño"]),
        entity("Pablo Beltrán", "PER", "COL", ["Pablo Beltrán"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien", "des Landes"]),
        entity("UN Verification Mission in Colombia", "ORG", "UNO", ["Die UN-Verifikationsmission in Kolumbien"]),
        entity("Catholic Church in Colombia", "ORG", "COL", ["der katholischen Kirche"]),
        entity("Carlos Ruiz Massieu", "PER", "UNO", ["Der UN-Sondergesandte Carlos Ruiz Massieu"]),
        entity("El Carmen", "LOC", "COL", ["El Carmen"]),
        entity("Norte de Santander", "LOC", "COL", ["Departement Norte de Santander"]),
        entity("Colombian military", "ORG", "COL", ["neun Soldaten"]),
        entity("Paloma Valencia", "PER", "COL", ["Die Senatorin Paloma Valencia"]),
        entity("Centro Democrático", "ORG", "COL", ["der rechten Oppositionspartei Centro Democrático"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Cuba", "LOC", "CUB", ["Kuba"]),
        entity("Norway", "LOC", "NOR", ["Norwegen"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
    ],
}

# ---------------------------------------------------------------- hm288-de-03 (Peru, Toledo extradited)
USA = actor("United States", "USA", "GOV")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PNP = actor("Peruvian National Police", "PER", "COP")
TOLEDO = actor("Alejandro Toledo", "PER", "CVL")
US_MARSHALS = actor("U.S. Marshals Service", "USA", "COP")
US_APPEALS = actor("U.S. Court of Appeals for the Ninth Circuit", "USA", "JUD")
PER_PROSEC = actor("Public Ministry of Peru", "PER", "JUD")
PER_JUDGE = actor("judge in Lima", "PER", "JUD")
SU = actor("Roberto Su", "PER", "CVL")
PER_JUDICIARY = actor("Judiciary of Peru", "PER", "JUD")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
BARATA = actor("Jorge Barata", "BRA", "BUS")
KARP = actor("Eliane Karp", "PER", "CVL")
LIMA_PROTESTERS = actor("protesters in Lima", "PER", "CVL")

T1 = ("Lima (dpa) - Perus früherer Präsident Alejandro Toledo ist wegen Korruptionsvorwürfen von den USA an sein "
      "Heimatland ausgeliefert worden.")
T2 = ("Der 77-Jährige landete am Sonntag an Bord eines Sonderflugs auf dem Flughafen der Hauptstadt, wo ihn "
      "peruanische Polizisten festnahmen und in Handschellen abführten.")
T3 = ("Toledo hatte sich am Freitag in Kalifornien den US-Behörden gestellt und war von US-Marshals in Gewahrsam "
      "genommen worden.")
T4 = "Ein Berufungsgericht in San Francisco hatte zuvor seinen letzten Antrag abgelehnt, die Auslieferung auszusetzen."
T5 = ("Die Staatsanwaltschaft wirft dem Ex-Präsidenten vor, vom brasilianischen Baukonzern Odebrecht rund 35 "
      "Millionen Dollar Schmiergeld für den Bau eines Abschnitts der Interozeanischen Fernstraße nach Brasilien "
      "angenommen zu haben.")
T6 = "Ein Richter in Lima ordnete am Sonntagabend 18 Monate Untersuchungshaft für Toledo an."
T7 = ("Er soll sie im Gefängnis Barbadillo im Osten der Hauptstadt verbüßen, in dem auch die früheren Präsidenten "
      "Pedro Castillo und Alberto Fujimori einsitzen.")
T8 = "„Ich bin unschuldig, und ich werde das beweisen“, ließ Toledo über seinen Anwalt Roberto Su erklären."
T9 = ("Su warf der Justiz vor, seinem Mandanten kein faires Verfahren zu garantieren, und kündigte Rechtsmittel gegen "
      "die Haftanordnung an.")
T10 = ("Präsidentin Dina Boluarte dankte Washington für die Zusammenarbeit und sprach von einem „wichtigen Signal "
       "gegen die Straflosigkeit“.")
T11 = "Niemand stehe über dem Gesetz, sagte sie."
T12 = ("Der frühere Odebrecht-Manager Jorge Barata hatte Toledo in seinen Aussagen vor peruanischen Staatsanwälten "
       "schwer belastet.")
T13 = "Auch gegen Toledos Ehefrau Eliane Karp, die sich im Ausland aufhält, wird in Peru ermittelt."
T14 = ("Vor dem Justizpalast in Lima forderten am Abend Dutzende Demonstranten eine harte Strafe für den früheren "
       "Staatschef.")
T15 = "Toledo regierte Peru von 2001 bis 2006 und war der erste Präsident indigener Herkunft des Landes."
T16 = "Er hatte seit 2016 in den USA gelebt und dort unter anderem an der Universität Stanford gelehrt."

DE03 = {
    "id": "hm288-de-03", "lang": "de", "url": None, "published": "2023-04-23",
    "title": "USA liefern Perus Ex-Präsidenten Toledo aus",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10, T11], [T12, T13, T14], [T15, T16]),
    "events": [
        event("COOPERATE", USA, PER_GOV, T1),
        event("COERCE", PNP, TOLEDO, T2, mode="arrest", date="2023-04-23", location="Lima", location_country="PER"),
        event("COERCE", US_MARSHALS, TOLEDO, T3, mode="arrest", date="2023-04-21", location="California",
              location_country="USA"),
        event("REJECT", US_APPEALS, TOLEDO, T4),
        event("ACCUSE", PER_PROSEC, TOLEDO, T5, mode="allege"),
        event("COERCE", PER_JUDGE, TOLEDO, T6, mode="arrest", date="2023-04-23", location="Lima",
              location_country="PER"),
        event("ACCUSE", SU, PER_JUDICIARY, T9, mode="disapprove"),
        event("SUPPORT", BOLUARTE, USA, T10),
        event("ACCUSE", BARATA, TOLEDO, T12, mode="allege"),
        event("ACCUSE", PER_PROSEC, KARP, T13, mode="investigate"),
        event("PROTEST", LIMA_PROTESTERS, TOLEDO, T14, mode="demo", date="2023-04-23", location="Lima",
              location_country="PER"),
    ],
    "quotes": [
        quote("vom brasilianischen Baukonzern Odebrecht rund 35 Millionen Dollar Schmiergeld für den Bau eines "
              "Abschnitts der Interozeanischen Fernstraße nach Brasilien angenommen zu haben", "Public Ministry of Peru",
              "indirect"),
        quote("Ich bin unschuldig, und ich werde das beweisen", "Alejandro Toledo", "direct"),
        quote("seinem Mandanten kein faires Verfahren zu garantieren", "Roberto Su", "indirect"),
        quote("wichtigen Signal gegen die Straflosigkeit", "Dina Boluarte", "direct"),
        quote("Niemand stehe über dem Gesetz", "Dina Boluarte", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima", "der Hauptstadt"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru", "sein Heimatland", "des Landes"]),
        entity("Alejandro Toledo", "PER", "PER", ["Perus früherer Präsident Alejandro Toledo", "Der 77-Jährige",
                                                  "Toledo", "dem Ex-Präsidenten", "seinem Mandanten",
                                                  "den früheren Staatschef"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Jorge Chávez International Airport", "LOC", "PER", ["dem Flughafen der Hauptstadt"]),
        entity("Peruvian National Police", "ORG", "PER", ["peruanische Polizisten"]),
        entity("California", "LOC", "USA", ["Kalifornien"]),
        entity("U.S. authorities", "ORG", "USA", ["den US-Behörden"]),
        entity("U.S. Marshals Service", "ORG", "USA", ["US-Marshals"]),
        entity("U.S. Court of Appeals for the Ninth Circuit", "ORG", "USA", ["Ein Berufungsgericht in San Francisco"]),
        entity("San Francisco", "LOC", "USA", ["San Francisco"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Die Staatsanwaltschaft", "peruanischen Staatsanwälten"]),
        entity("Odebrecht", "ORG", "BRA", ["brasilianischen Baukonzern Odebrecht", "Odebrecht"]),
        entity("Interoceanic Highway", "LOC", "PER", ["der Interozeanischen Fernstraße"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("judge in Lima", "PER", "PER", ["Ein Richter in Lima"]),
        entity("Barbadillo prison", "LOC", "PER", ["im Gefängnis Barbadillo"]),
        entity("Pedro Castillo", "PER", "PER", ["Pedro Castillo"]),
        entity("Alberto Fujimori", "PER", "PER", ["Alberto Fujimori"]),
        entity("Roberto Su", "PER", "PER", ["seinen Anwalt Roberto Su", "Su"]),
        entity("Judiciary of Peru", "ORG", "PER", ["der Justiz"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Jorge Barata", "PER", "BRA", ["Der frühere Odebrecht-Manager Jorge Barata"]),
        entity("Eliane Karp", "PER", "PER", ["Toledos Ehefrau Eliane Karp"]),
        entity("Palace of Justice (Lima)", "LOC", "PER", ["dem Justizpalast in Lima"]),
        entity("protesters in Lima", "ORG", "PER", ["Dutzende Demonstranten"]),
        entity("Stanford University", "ORG", "USA", ["der Universität Stanford"]),
    ],
}

# ---------------------------------------------------------------- hm288-de-04 (Paraguay, Kattya González expelled)
PRY_SENATE = actor("Senate of Paraguay", "PRY", "LEG")
KATTYA = actor("Kattya González", "PRY", "OPP")
GONZALEZ_SUPP = actor("supporters of Kattya González", "PRY", "CVL")
PRY_POLICE = actor("National Police of Paraguay", "PRY", "COP")
ALEGRE = actor("Efraín Alegre", "PRY", "OPP")
OHCHR_SA = actor("UN Human Rights Office for South America", "UNO", "IGO")

K1 = ("Asunción (AFP) - Der Senat von Paraguay hat die Oppositionspolitikerin Kattya González aus der "
      "Parlamentskammer ausgeschlossen.")
K2 = ("23 der 45 Senatoren stimmten am Mittwochabend für den Entzug ihres Mandats, die meisten von ihnen Mitglieder "
      "der regierenden Colorado-Partei.")
K3 = ("Die Mehrheit warf der Senatorin der Partei Encuentro Nacional vor, Mitarbeiter ihres Büros für Aufgaben "
      "außerhalb des Senats eingesetzt und damit ihren Einfluss missbraucht zu haben.")
K4 = ("González, eine der schärfsten Kritikerinnen des früheren Präsidenten Horacio Cartes, sprach von einem "
      "„parlamentarischen Putsch“.")
K5 = "„Sie bestrafen mich, weil ich die Korruption angeprangert habe“, sagte die Juristin vor Journalisten."
K6 = "Für einen solchen Schritt sehe die Verfassung eine Zweidrittelmehrheit vor, sagte sie."
K7 = "Vor dem Kongressgebäude in Asunción protestierten Hunderte Anhänger der Senatorin gegen die Entscheidung."
K8 = "Die Polizei riegelte die Zugänge zum Parlament ab und drängte die Demonstranten zurück."
K9 = "Festnahmen habe es nicht gegeben, teilte die Polizei später mit."
K10 = "Senatspräsident Basilio Núñez verteidigte die Abstimmung."
K11 = "Der Senat habe im Rahmen seiner verfassungsmäßigen Befugnisse gehandelt, sagte der Colorado-Politiker."
K12 = ("Präsident Santiago Peña lehnte eine Stellungnahme ab und verwies auf die Unabhängigkeit des Kongresses.")
K13 = ("Der liberale Oppositionsführer Efraín Alegre nannte den Ausschluss einen „Angriff auf die Demokratie“.")
K14 = ("Das Regionalbüro des UN-Hochkommissariats für Menschenrechte in Santiago de Chile äußerte sich besorgt und "
       "forderte den Senat auf, das Recht auf ein ordentliches Verfahren zu achten.")
K15 = "González war bei der Wahl im April 2023 mit einem der besten Ergebnisse in den Senat eingezogen."
K16 = ("Cartes' Flügel der Colorado-Partei, Honor Colorado, verfügt seit der Wahl über eine Mehrheit in beiden "
       "Kammern des Kongresses.")

DE04 = {
    "id": "hm288-de-04", "lang": "de", "url": None, "published": "2024-02-14",
    "title": "Paraguays Senat schließt Oppositionssenatorin Kattya González aus",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9], [K10, K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("SANCTION", PRY_SENATE, KATTYA, K1, mode="expel"),
        event("SANCTION", PRY_SENATE, KATTYA, K2, mode="expel", date="2024-02-14"),
        event("ACCUSE", PRY_SENATE, KATTYA, K3, mode="allege"),
        event("ACCUSE", KATTYA, PRY_SENATE, K4, mode="disapprove"),
        event("ACCUSE", KATTYA, PRY_SENATE, K5, mode="disapprove"),
        event("PROTEST", GONZALEZ_SUPP, PRY_SENATE, K7, mode="demo", location="Asunción", location_country="PRY"),
        event("COERCE", PRY_POLICE, GONZALEZ_SUPP, K8, mode="restrict", location="Asunción",
              location_country="PRY"),
        event("COERCE", PRY_POLICE, GONZALEZ_SUPP, K9, mode="arrest", negated=True),
        event("ACCUSE", ALEGRE, PRY_SENATE, K13, mode="disapprove"),
        event("ACCUSE", OHCHR_SA, PRY_SENATE, K14, mode="disapprove"),
        event("REQUEST", OHCHR_SA, PRY_SENATE, K14, mode="change"),
    ],
    "quotes": [
        quote("Mitarbeiter ihres Büros für Aufgaben außerhalb des Senats eingesetzt und damit ihren Einfluss "
              "missbraucht zu haben", "Senate of Paraguay", "indirect"),
        quote("parlamentarischen Putsch", "Kattya González", "direct"),
        quote("Sie bestrafen mich, weil ich die Korruption angeprangert habe", "Kattya González", "direct"),
        quote("Für einen solchen Schritt sehe die Verfassung eine Zweidrittelmehrheit vor", "Kattya González",
              "indirect"),
        quote("Festnahmen habe es nicht gegeben", "National Police of Paraguay", "indirect"),
        quote("Der Senat habe im Rahmen seiner verfassungsmäßigen Befugnisse gehandelt", "Basilio Núñez",
              "indirect"),
        quote("Angriff auf die Demokratie", "Efraín Alegre", "direct"),
    ],
    "entities": [
        entity("Asunción", "LOC", "PRY", ["Asunción"]),
        entity("Senate of Paraguay", "ORG", "PRY", ["Der Senat von Paraguay", "der Parlamentskammer",
                                                   "23 der 45 Senatoren", "Die Mehrheit", "des Senats", "den Senat",
                                                   "Der Senat"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Kattya González", "PER", "PRY", ["die Oppositionspolitikerin Kattya González",
                                                 "der Senatorin der Partei Encuentro Nacional", "González",
                                                 "die Juristin", "der Senatorin"]),
        entity("Colorado Party", "ORG", "PRY", ["der regierenden Colorado-Partei", "der Colorado-Partei"]),
        entity("National Encounter Party", "ORG", "PRY", ["Partei Encuentro Nacional"]),
        entity("Horacio Cartes", "PER", "PRY", ["des früheren Präsidenten Horacio Cartes", "Cartes"]),
        entity("Palace of the Legislature of Paraguay", "LOC", "PRY", ["dem Kongressgebäude in Asunción"]),
        entity("supporters of Kattya González", "ORG", "PRY", ["Hunderte Anhänger der Senatorin", "die Demonstranten"]),
        entity("National Police of Paraguay", "ORG", "PRY", ["Die Polizei", "die Polizei"]),
        entity("Congress of Paraguay", "ORG", "PRY", ["zum Parlament", "des Kongresses"]),
        entity("Basilio Núñez", "PER", "PRY", ["Senatspräsident Basilio Núñez", "der Colorado-Politiker"]),
        entity("Santiago Peña", "PER", "PRY", ["Präsident Santiago Peña"]),
        entity("Efraín Alegre", "PER", "PRY", ["Der liberale Oppositionsführer Efraín Alegre"]),
        entity("UN Human Rights Office for South America", "ORG", "UNO",
               ["Das Regionalbüro des UN-Hochkommissariats für Menschenrechte"]),
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Honor Colorado", "ORG", "PRY", ["Honor Colorado"]),
    ],
}

# ---------------------------------------------------------------- hm288-en-01 (Mexico/United States, water treaty)
MEXICO = actor("Mexico", "MEX", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
US_STATE = actor("U.S. Department of State", "USA", "GOV")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
ROLLINS = actor("Brooke Rollins", "USA", "GOV")
CHIH_FARMERS = actor("farmers in Chihuahua", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CAMPOS = actor("Maru Campos", "MEX", "GOV")
MEX_GUARD = actor("Mexican National Guard", "MEX", "COP")
BERDEGUE = actor("Julio Berdegué", "MEX", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")

W1 = ("MEXICO CITY, April 28 (Reuters) - Mexico has agreed to make immediate water deliveries to the United States "
      "from shared border reservoirs, the U.S. State Department said on Monday, weeks after President Donald Trump "
      "threatened tariffs and sanctions over a decades-old water-sharing treaty.")
W2 = ('President Claudia Sheinbaum said at her regular morning news conference that Mexico would meet its obligations '
      '"within its possibilities" without putting drinking water for Mexican families at risk.')
W3 = '"There was never any question of not complying; the problem has been the drought," she said.'
W4 = ('Trump had accused Mexico of "stealing" water from Texas farmers and said Washington would keep escalating '
      'consequences, including tariffs and possibly sanctions, until the water arrived.')
W5 = ("Mexico owes the United States about 1.3 million acre-feet of water, or roughly 1.6 billion cubic meters, under "
      "the 1944 treaty, according to U.S. officials.")
W6 = ("In March, the State Department for the first time refused a Mexican request for a special delivery of "
      "Colorado River water to the border city of Tijuana, citing the shortfall.")
W7 = ('Texas Governor Greg Abbott welcomed Monday\'s agreement and thanked Trump for "standing up for Texas farmers."')
W8 = ('U.S. Agriculture Secretary Brooke Rollins said her department would monitor deliveries "every step of the '
      'way" and that Mexico still had to make up the full shortfall.')
W9 = ("In the northern state of Chihuahua, which supplies much of the treaty water, farmers' leaders warned they would "
      "block the La Boquilla dam if federal authorities tried to open its floodgates.")
W10 = ("Chihuahua Governor Maru Campos of the opposition National Action Party said any transfers must not leave the "
       "state's farmers without irrigation and demanded that the federal government consult local producers first.")
W11 = ("In 2020, National Guard troops opened fire on farmers who had occupied La Boquilla to stop deliveries to the "
       "United States, killing a woman.")
W12 = ("Sheinbaum said Agriculture Minister Julio Berdegue would travel to the U.S. capital this week to work out "
       "technical details with U.S. officials.")
W13 = ("She again rejected Trump's claim that Mexico was stealing water, saying two years of extreme drought had left "
       "reservoirs in Chihuahua at historic lows.")
W14 = ("Under the 1944 treaty, the United States in turn delivers 1.5 million acre-feet of Colorado River water a year "
       "to Mexico.")

EN01 = {
    "id": "hm288-en-01", "lang": "en", "url": None, "published": "2025-04-28",
    "title": "Mexico agrees to immediate water deliveries to US after Trump tariff threat",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6], [W7, W8], [W9, W10, W11], [W12, W13, W14]),
    "events": [
        event("AGREE", MEXICO, USA, W1),
        event("THREATEN", TRUMP, MEXICO, W1),
        event("AGREE", SHEINBAUM, USA, W2),
        event("ACCUSE", TRUMP, MEXICO, W4, mode="allege"),
        event("THREATEN", TRUMP, MEXICO, W4),
        event("REJECT", US_STATE, MEXICO, W6, mode="assist"),
        event("SUPPORT", ABBOTT, TRUMP, W7),
        event("REQUEST", ROLLINS, MEXICO, W8),
        event("THREATEN", CHIH_FARMERS, MEX_GOV, W9, mode="restrict"),
        event("REQUEST", CAMPOS, MEX_GOV, W10, mode="meet"),
        event("ASSAULT", MEX_GUARD, CHIH_FARMERS, W11, mode="firearms", location="La Boquilla",
              location_country="MEX"),
        event("PROTEST", CHIH_FARMERS, MEX_GOV, W11, mode="obstruct", location="La Boquilla",
              location_country="MEX"),
        event("AGREE", BERDEGUE, US_GOV, W12, location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("Mexico has agreed to make immediate water deliveries to the United States from shared border reservoirs",
              "U.S. Department of State", "indirect"),
        quote("within its possibilities", "Claudia Sheinbaum", "direct"),
        quote('Mexico would meet its obligations "within its possibilities" without putting drinking water for Mexican '
              'families at risk', "Claudia Sheinbaum", "indirect"),
        quote("There was never any question of not complying; the problem has been the drought", "Claudia Sheinbaum",
              "direct"),
        quote("stealing", "Donald Trump", "direct"),
        quote("Washington would keep escalating consequences, including tariffs and possibly sanctions, until the water "
              "arrived", "Donald Trump", "indirect"),
        quote("Mexico owes the United States about 1.3 million acre-feet of water, or roughly 1.6 billion cubic meters, "
              "under the 1944 treaty", "U.S. officials", "indirect"),
        quote("standing up for Texas farmers", "Greg Abbott", "direct"),
        quote("every step of the way", "Brooke Rollins", "direct"),
        quote('her department would monitor deliveries "every step of the way" and that Mexico still had to make up '
              'the full shortfall', "Brooke Rollins", "indirect"),
        quote("they would block the La Boquilla dam if federal authorities tried to open its floodgates",
              "farmers' leaders in Chihuahua", "indirect"),
        quote("any transfers must not leave the state's farmers without irrigation", "Maru Campos", "indirect"),
        quote("Agriculture Minister Julio Berdegue would travel to the U.S. capital this week to work out technical "
              "details with U.S. officials", "Claudia Sheinbaum", "indirect"),
        quote("two years of extreme drought had left reservoirs in Chihuahua at historic lows", "Claudia Sheinbaum",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("U.S. Department of State", "ORG", "USA", ["the U.S. State Department", "the State Department"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["President Claudia Sheinbaum", "Sheinbaum"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "U.S. officials"]),
        entity("Colorado River", "LOC", None, ["Colorado River"]),
        entity("Tijuana", "LOC", "MEX", ["the border city of Tijuana"]),
        entity("Greg Abbott", "PER", "USA", ["Texas Governor Greg Abbott"]),
        entity("Brooke Rollins", "PER", "USA", ["U.S. Agriculture Secretary Brooke Rollins"]),
        entity("U.S. Department of Agriculture", "ORG", "USA", ["her department"]),
        entity("Chihuahua", "LOC", "MEX", ["the northern state of Chihuahua", "Chihuahua"]),
        entity("farmers in Chihuahua", "ORG", "MEX", ["farmers' leaders", "farmers who had occupied La Boquilla"]),
        entity("La Boquilla dam", "LOC", "MEX", ["the La Boquilla dam", "La Boquilla"]),
        entity("Government of Mexico", "ORG", "MEX", ["federal authorities", "the federal government"]),
        entity("Maru Campos", "PER", "MEX", ["Chihuahua Governor Maru Campos"]),
        entity("National Action Party", "ORG", "MEX", ["the opposition National Action Party"]),
        entity("Mexican National Guard", "ORG", "MEX", ["National Guard troops"]),
        entity("Julio Berdegué", "PER", "MEX", ["Agriculture Minister Julio Berdegue"]),
        entity("Washington, D.C.", "LOC", "USA", ["the U.S. capital"]),
    ],
}

# ---------------------------------------------------------------- hm288-en-02 (Venezuela/United States, Saab swap)
VENEZUELA = actor("Venezuela", "VEN", "GOV")
US_DETAINEES = actor("Americans detained in Venezuela", "USA", "CVL")
SAAB = actor("Alex Saab", "VEN", "BUS")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
VEN_PRISONERS = actor("Venezuelan political prisoners", "VEN", "CVL")
CAPE_VERDE = actor("Cape Verde", "CPV", "GOV")
US_PROSEC = actor("U.S. federal prosecutors", "USA", "JUD")
RUBIO = actor("Marco Rubio", "USA", "LEG")
MACHADO = actor("María Corina Machado", "VEN", "OPP")

V1 = ("WASHINGTON, Dec 20 (Reuters) - Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, a close "
      "ally of President Nicolas Maduro who had been awaiting trial in the United States on money laundering charges, "
      "U.S. officials said.")
V2 = ("The deal also returned Leonard Glenn Francis, a Malaysian defense contractor at the center of a major U.S. Navy "
      "bribery scandal who fled house arrest in San Diego last year, to U.S. custody.")
V3 = ("The Venezuelan government also freed 20 Venezuelan political prisoners, among them Roberto Abdul, a founder of the civic group "
      "Sumate who had helped organize the opposition's presidential primary in October.")
V4 = ("President Joe Biden said he had granted clemency to Saab, calling it a difficult decision that was necessary "
      "to bring Americans home.")
V5 = ('"These individuals have been held unjustly for far too long, and their families have suffered every day," '
      'Biden said in a statement.')
V6 = ("He said Washington would hold Maduro to his commitment to allow a competitive presidential election in "
      "2024.")
V7 = ("Maduro is seeking a third six-year term in the election, which is expected in the second half of next "
      "year.")
V8 = ("Saab arrived in Caracas hours later aboard a Venezuelan government plane and was received by Maduro at the "
      "Miraflores presidential palace.")
V9 = ('"The truth has triumphed," Maduro said on state television, calling Saab\'s arrest and extradition a '
      '"kidnapping" by the United States.')
V10 = ("Saab, a Colombian-born businessman, was arrested during a refueling stop in Cape Verde in June 2020 and "
       "extradited to Miami the following year.")
V11 = ("U.S. prosecutors had accused him of moving some $350 million out of Venezuela through the U.S. financial "
       "system in a scheme tied to a state housing program.")
V12 = ('Republican Senator Marco Rubio of Florida criticized the exchange, saying it rewarded "a narco-dictator" and '
       'would encourage more hostage-taking.')
V13 = ("Opposition leader Maria Corina Machado welcomed the release of the political prisoners but said more than 250 "
       "others remained behind bars.")
V14 = "The freed Americans were expected to land in Texas late on Wednesday, a U.S. official said."

EN02 = {
    "id": "hm288-en-02", "lang": "en", "url": None, "published": "2023-12-20",
    "title": "Venezuela frees Americans in exchange for Maduro ally Alex Saab",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9], [V10, V11, V12], [V13, V14]),
    "events": [
        event("RETREAT", VENEZUELA, US_DETAINEES, V1, mode="release", date="2023-12-20"),
        event("RETREAT", USA, SAAB, V1, mode="release", date="2023-12-20"),
        event("COOPERATE", VENEZUELA, USA, V2),
        event("RETREAT", VENEZUELA, VEN_PRISONERS, V3, mode="release"),
        event("CONCEDE", BIDEN, SAAB, V4),
        event("ACCUSE", BIDEN, VENEZUELA, V5, mode="disapprove"),
        event("REQUEST", BIDEN, MADURO, V6, mode="change"),
        event("CONSULT", SAAB, MADURO, V8, mode="visit", location="Caracas", location_country="VEN"),
        event("ACCUSE", MADURO, USA, V9, mode="allege"),
        event("COERCE", CAPE_VERDE, SAAB, V10, mode="arrest", location="Cape Verde", location_country="CPV"),
        event("COOPERATE", CAPE_VERDE, USA, V10),
        event("ACCUSE", US_PROSEC, SAAB, V11, mode="allege"),
        event("ACCUSE", RUBIO, BIDEN, V12, mode="disapprove"),
        event("ACCUSE", RUBIO, MADURO, V12, mode="disapprove"),
        event("SUPPORT", MACHADO, VENEZUELA, V13),
    ],
    "quotes": [
        quote("Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, a close ally of President Nicolas "
              "Maduro who had been awaiting trial in the United States on money laundering charges",
              "U.S. officials", "indirect"),
        quote("he had granted clemency to Saab", "Joe Biden", "indirect"),
        quote("These individuals have been held unjustly for far too long, and their families have suffered every day",
              "Joe Biden", "direct"),
        quote("Washington would hold Maduro to his commitment to allow a competitive presidential election in 2024",
              "Joe Biden", "indirect"),
        quote("The truth has triumphed", "Nicolás Maduro", "direct"),
        quote("kidnapping", "Nicolás Maduro", "direct"),
        quote("a narco-dictator", "Marco Rubio", "direct"),
        quote('it rewarded "a narco-dictator" and would encourage more hostage-taking', "Marco Rubio", "indirect"),
        quote("more than 250 others remained behind bars", "María Corina Machado", "indirect"),
        quote("The freed Americans were expected to land in Texas late on Wednesday", "U.S. official", "indirect"),
    ],
    "entities": [
        entity("Washington, D.C.", "LOC", "USA", ["WASHINGTON"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Americans detained in Venezuela", "ORG", "USA", ["10 Americans", "These individuals",
                                                                  "The freed Americans"]),
        entity("Alex Saab", "PER", "VEN", ["Alex Saab", "Saab",
                                           "a Colombian-born businessman"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolas Maduro", "Maduro"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Government of the United States", "ORG", "USA", ["U.S. officials", "Washington", "a U.S. official"]),
        entity("Leonard Glenn Francis", "PER", "MYS", ["Leonard Glenn Francis", "a Malaysian defense contractor"]),
        entity("U.S. Navy", "ORG", "USA", ["U.S. Navy"]),
        entity("San Diego", "LOC", "USA", ["San Diego"]),
        entity("Government of Venezuela", "ORG", "VEN", ["The Venezuelan government"]),
        entity("Venezuelan political prisoners", "ORG", "VEN", ["20 Venezuelan political prisoners",
                                                                "the political prisoners"]),
        entity("Roberto Abdul", "PER", "VEN", ["Roberto Abdul"]),
        entity("Súmate", "ORG", "VEN", ["the civic group Sumate"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Miraflores Palace", "LOC", "VEN", ["the Miraflores presidential palace"]),
        entity("Cape Verde", "LOC", "CPV", ["Cape Verde"]),
        entity("Miami", "LOC", "USA", ["Miami"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["U.S. prosecutors"]),
        entity("Marco Rubio", "PER", "USA", ["Republican Senator Marco Rubio"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("María Corina Machado", "PER", "VEN", ["Opposition leader Maria Corina Machado"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
