"""Round 312: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm336-de-01: Chile: three Carabineros shot dead in an ambush near Cañete (Biobío) and their patrol car set alight; Boric condemns, vows punishment and meets relatives in Cañete, criminal complaint under the State Security Law, Biobío prosecutors investigate, no arrests, troops sent, Kast accuses the government and demands a state of siege, Tohá refuses, Yáñez condemns (2024-04-27).
- hm336-de-02: Italy/Brazil: fugitive PL deputy Carla Zambelli arrested in Rome; the Supreme Court's ten-year sentence, de Moraes' arrest order, Brazil's extradition request, Lewandowski praises Italy, her lawyer and Sóstenes Cavalcante cry persecution, Zambelli attacks de Moraes, the PT and Angelo Bonelli welcome the arrest (2025-07-30).
- hm336-de-03: Argentina: Milei dismisses Foreign Minister Diana Mondino after Argentina votes with the UN General Assembly against the US embargo on Cuba; the US and Israel vote no, Werthein to succeed her, the presidency condemns Cuba and threatens a foreign-service audit, Mondino thanks Milei, Adorni blames her, Bruno Rodríguez accuses Washington, Germán Martínez objects (2024-10-30).
- hm336-de-04: Mexico: Morena mayoral candidate Gisela Gaytán shot dead on her first campaign day in San Miguel Octopan (Celaya); her unanswered protection request, López Obrador condemns, Rosa Icela Rodríguez admits the delay, Delgado and Governor Rodríguez Vallejo trade blame, prosecutors investigate and arrest a suspect, soldiers seal off the area, Sheinbaum and Gálvez react (2024-04-02).
- hm336-en-01: United States/Venezuela: U.S. forces seize an oil tanker off Venezuela; Trump and Bondi describe the seizure, Caracas calls it piracy, Maduro accuses Washington, the Caribbean buildup and boat strikes, Trump threatens land strikes, Machado backs Trump, Petro objects (2025-12-10).
- hm336-en-02: Ecuador: prosecutor César Suárez, who led the TC Television case, shot dead in Guayaquil; Salazar condemns, Noboa vows to hunt the killers, the internal armed conflict recalled, police cordon without arrests, FBI help requested, the U.S. Embassy condemns and offers help, prosecutors rally for protection (2024-01-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm336-de-01 (Chile, Carabineros killed in Cañete)
CANETE_ATTACKERS = actor("attackers who killed three Carabineros in Cañete", "CHL", "CVL")
CANETE_VICTIMS = actor("three Carabineros officers killed in Cañete", "CHL", "COP")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
CANETE_RELATIVES = actor("relatives of the Carabineros killed in Cañete", "CHL", "CVL")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
BIOBIO_PROSECUTORS = actor("Biobío Regional Prosecutor's Office", "CHL", "JUD")
CHL_MIL = actor("Chilean Armed Forces", "CHL", "MIL")
KAST = actor("José Antonio Kast", "CHL", "OPP")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
YANEZ = actor("Ricardo Yáñez", "CHL", "COP")

A1 = ("Santiago de Chile (dpa) - Im Süden Chiles sind drei Polizisten getötet und ihre Leichen in einem ausgebrannten "
      "Streifenwagen gefunden worden.")
A2 = ("Unbekannte hätten die Beamten der Carabineros in der Nacht zum Samstag in einem ländlichen Gebiet der Gemeinde "
      "Cañete in der Region Biobío aus dem Hinterhalt erschossen und das Fahrzeug anschließend angezündet, teilte die "
      "Polizeiführung mit.")
A3 = "Der Angriff ereignete sich ausgerechnet am Jahrestag der Gründung der Polizeitruppe."
A4 = "Präsident Gabriel Boric verurteilte die Tat als „feigen Mord“ und ordnete eine dreitägige Staatstrauer an."
A5 = "„Dieses Verbrechen wird nicht ungestraft bleiben“, sagte der 38-Jährige in Santiago."
A6 = ("Boric brach einen Termin in der Hauptstadt ab und flog am Nachmittag nach Cañete, wo er mit Angehörigen der "
      "Getöteten sprach.")
A7 = ("Die Regierung habe noch am Samstag Strafanzeige nach dem Gesetz über die Staatssicherheit eingereicht, sagte "
      "Innenministerin Carolina Tohá.")
A8 = ("Die Staatsanwaltschaft der Region Biobío ermittle wegen dreifachen Mordes, sagte der Nationale Staatsanwalt "
      "Ángel Valencia.")
A9 = "Festnahmen gab es zunächst nicht."
A10 = ("Das Militär, das in der sogenannten Makrozone Süd seit 2022 im Rahmen eines Ausnahmezustands Fernstraßen "
       "sichert, verlegte zusätzliche Soldaten nach Cañete.")
A11 = ("In der Region kommt es seit Jahren zu Brandanschlägen auf Lastwagen, Forstbetriebe und Kirchen, die die "
       "Behörden radikalen Mapuche-Gruppen zuschreiben.")
A12 = "Ob eine dieser Gruppen hinter dem Angriff steckt, war zunächst unklar."
A13 = ("Der Gründer der rechtsgerichteten Republikanischen Partei, José Antonio Kast, warf der Regierung vor, die "
       "Kontrolle über den Süden des Landes verloren zu haben.")
A14 = "Er forderte, in der Region den Belagerungszustand zu verhängen."
A15 = "Tohá wies die Forderung zurück."
A16 = "Der geltende Ausnahmezustand gebe den Streitkräften bereits weitreichende Befugnisse, sagte die Ministerin."
A17 = "Carabineros-Chef Ricardo Yáñez sprach von einem „Angriff auf den Staat“."

DE01 = {
    "id": "hm336-de-01", "lang": "de", "url": None, "published": "2024-04-27",
    "title": "Drei Polizisten im Süden Chiles getötet",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12], [A13, A14, A15, A16, A17]),
    "events": [
        event("ASSAULT", CANETE_ATTACKERS, CANETE_VICTIMS, A1, mode="firearms", location="Cañete",
              location_country="CHL"),
        event("ASSAULT", CANETE_ATTACKERS, CANETE_VICTIMS, A2, mode="firearms", date="2024-04-27",
              location="Cañete", location_country="CHL"),
        event("ACCUSE", BORIC, CANETE_ATTACKERS, A4, mode="disapprove"),
        event("THREATEN", BORIC, CANETE_ATTACKERS, A5, location="Santiago de Chile", location_country="CHL"),
        event("CONSULT", BORIC, CANETE_RELATIVES, A6, mode="visit", date="2024-04-27", location="Cañete",
              location_country="CHL"),
        event("ACCUSE", CHL_GOV, CANETE_ATTACKERS, A7, mode="allege", date="2024-04-27"),
        event("ACCUSE", BIOBIO_PROSECUTORS, CANETE_ATTACKERS, A8, mode="investigate"),
        event("COERCE", CARABINEROS, CANETE_ATTACKERS, A9, mode="arrest", negated=True),
        event("MOBILIZE", CHL_MIL, None, A10, mode="troops", location="Cañete", location_country="CHL"),
        event("ACCUSE", KAST, CHL_GOV, A13, mode="disapprove"),
        event("REQUEST", KAST, CHL_GOV, A14, mode="change"),
        event("REJECT", TOHA, KAST, A15, mode="change"),
        event("ACCUSE", YANEZ, CANETE_ATTACKERS, A17, mode="disapprove"),
    ],
    "quotes": [
        quote("Unbekannte hätten die Beamten der Carabineros in der Nacht zum Samstag in einem ländlichen Gebiet der "
              "Gemeinde Cañete in der Region Biobío aus dem Hinterhalt erschossen und das Fahrzeug anschließend "
              "angezündet", "Carabineros de Chile", "indirect"),
        quote("feigen Mord", "Gabriel Boric", "direct"),
        quote("Dieses Verbrechen wird nicht ungestraft bleiben", "Gabriel Boric", "direct"),
        quote("Die Regierung habe noch am Samstag Strafanzeige nach dem Gesetz über die Staatssicherheit eingereicht",
              "Carolina Tohá", "indirect"),
        quote("Die Staatsanwaltschaft der Region Biobío ermittle wegen dreifachen Mordes", "Ángel Valencia",
              "indirect"),
        quote("die Kontrolle über den Süden des Landes verloren zu haben", "José Antonio Kast", "indirect"),
        quote("Der geltende Ausnahmezustand gebe den Streitkräften bereits weitreichende Befugnisse", "Carolina Tohá",
              "indirect"),
        quote("Angriff auf den Staat", "Ricardo Yáñez", "direct"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago", "der Hauptstadt"]),
        entity("Chile", "LOC", "CHL", ["Chiles", "des Landes"]),
        entity("three Carabineros officers killed in Cañete", "PER", "CHL", ["drei Polizisten",
                                                                              "die Beamten der Carabineros",
                                                                              "der Getöteten"]),
        entity("attackers who killed three Carabineros in Cañete", "PER", "CHL", ["Unbekannte"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Carabineros", "die Polizeiführung", "der Polizeitruppe"]),
        entity("Cañete", "LOC", "CHL", ["der Gemeinde Cañete", "Cañete"]),
        entity("Biobío Region", "LOC", "CHL", ["der Region Biobío", "In der Region", "in der Region"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "der 38-Jährige", "Boric"]),
        entity("relatives of the Carabineros killed in Cañete", "PER", "CHL", ["Angehörigen der Getöteten"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung", "der Regierung"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá", "Tohá", "die Ministerin"]),
        entity("Biobío Regional Prosecutor's Office", "ORG", "CHL", ["Die Staatsanwaltschaft der Region Biobío"]),
        entity("Ángel Valencia", "PER", "CHL", ["der Nationale Staatsanwalt Ángel Valencia"]),
        entity("Chilean Armed Forces", "ORG", "CHL", ["Das Militär", "den Streitkräften"]),
        entity("Macrozona Sur", "LOC", "CHL", ["Makrozone Süd"]),
        entity("radical Mapuche groups", "ORG", "CHL", ["radikalen Mapuche-Gruppen", "eine dieser Gruppen"]),
        entity("José Antonio Kast", "PER", "CHL", ["Der Gründer der rechtsgerichteten Republikanischen Partei, José "
                                                   "Antonio Kast"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["der rechtsgerichteten Republikanischen Partei"]),
        entity("Ricardo Yáñez", "PER", "CHL", ["Carabineros-Chef Ricardo Yáñez"]),
    ],
}

# ---------------------------------------------------------------- hm336-de-02 (Italy/Brazil, Zambelli arrested in Rome)
ITA_POLICE = actor("Italian State Police", "ITA", "COP")
ZAMBELLI = actor("Carla Zambelli", "BRA", "LEG")
BRA_STF = actor("Supreme Federal Court", "BRA", "JUD")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
ITA_GOV = actor("Government of Italy", "ITA", "GOV")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
ITA_AUTH = actor("Italian authorities", "ITA", "GOV")
PAGNOZZI = actor("Fabio Pagnozzi", "BRA", "CVL")
CAVALCANTE = actor("Sóstenes Cavalcante", "BRA", "OPP")
BRA_JUDICIARY = actor("Judiciary of Brazil", "BRA", "JUD")
BRA_PT = actor("Workers' Party", "BRA", "PTY")
BONELLI = actor("Angelo Bonelli", "ITA", "LEG")

B1 = "Rom (dpa) - Die flüchtige brasilianische Abgeordnete Carla Zambelli ist in Italien festgenommen worden."
B2 = "Beamte der Staatspolizei nahmen die 45-Jährige am Dienstagabend in einer Wohnung in Rom fest."
B3 = ("Gegen die Politikerin der Liberalen Partei (PL) von Ex-Präsident Jair Bolsonaro lag eine sogenannte Red Notice "
      "von Interpol vor.")
B4 = ("Das Oberste Bundesgericht Brasiliens hatte Zambelli im Mai zu zehn Jahren Haft und dem Verlust ihres Mandats "
      "verurteilt.")
B5 = ("Nach Überzeugung der Richter hatte sie einen Hacker beauftragt, in die Computersysteme des Nationalen "
      "Justizrats einzudringen und dort einen gefälschten Haftbefehl gegen Richter Alexandre de Moraes zu hinterlegen.")
B6 = ("Anfang Juni hatte Zambelli, die auch die italienische Staatsbürgerschaft besitzt, Brasilien über Argentinien "
      "verlassen.")
B7 = "De Moraes ordnete daraufhin ihre Festnahme an und ließ sie international zur Fahndung ausschreiben."
B8 = "Die brasilianische Regierung beantragte wenig später bei Rom ihre Auslieferung."
B9 = ("Justizminister Ricardo Lewandowski sagte am Mittwoch, die Festnahme zeige, dass die Zusammenarbeit mit den "
      "italienischen Behörden funktioniere.")
B10 = "Über die Auslieferung muss nun das Berufungsgericht in Rom entscheiden."
B11 = ("Zambellis Anwalt Fabio Pagnozzi kündigte an, seine Mandantin werde sich mit allen Mitteln gegen eine "
       "Überstellung nach Brasilien wehren.")
B12 = "„Carla ist eine politisch Verfolgte, und Italien ist ein Rechtsstaat, der das erkennen wird“, sagte er."
B13 = "Zambelli selbst hatte de Moraes in Videos aus Italien vorgeworfen, eine „Diktatur der Roben“ zu errichten."
B14 = ("Der Fraktionschef der PL im Abgeordnetenhaus, Sóstenes Cavalcante, sprach von „politischer Verfolgung“ durch "
       "die Justiz.")
B15 = "Die Arbeiterpartei (PT) von Präsident Luiz Inácio Lula da Silva begrüßte die Festnahme."
B16 = ("Der italienische Grünen-Abgeordnete Angelo Bonelli, der den Aufenthaltsort Zambellis an die Polizei "
       "weitergegeben hatte, sprach von einem „Sieg des Rechtsstaats“.")
B17 = "Die Abgeordnetenkammer in Brasília hat bislang nicht über den Entzug ihres Mandats abgestimmt."

DE02 = {
    "id": "hm336-de-02", "lang": "de", "url": None, "published": "2025-07-30",
    "title": "Flüchtige brasilianische Abgeordnete Zambelli in Rom festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16, B17]),
    "events": [
        event("COERCE", ITA_POLICE, ZAMBELLI, B1, mode="arrest", location="Rome", location_country="ITA"),
        event("COERCE", ITA_POLICE, ZAMBELLI, B2, mode="arrest", date="2025-07-29", location="Rome",
              location_country="ITA"),
        event("SANCTION", BRA_STF, ZAMBELLI, B4, mode="convict"),
        event("COERCE", BRA_STF, ZAMBELLI, B4, mode="arrest"),
        event("COERCE", MORAES, ZAMBELLI, B7, mode="arrest"),
        event("REQUEST", BRA_GOV, ITA_GOV, B8),
        event("SUPPORT", LEWANDOWSKI, ITA_AUTH, B9, date="2025-07-30"),
        event("ACCUSE", PAGNOZZI, BRA_STF, B12, mode="allege"),
        event("ACCUSE", ZAMBELLI, MORAES, B13, mode="disapprove"),
        event("ACCUSE", CAVALCANTE, BRA_JUDICIARY, B14, mode="disapprove"),
        event("SUPPORT", BRA_PT, ITA_POLICE, B15),
        event("SUPPORT", BONELLI, ITA_POLICE, B16),
    ],
    "quotes": [
        quote("hatte sie einen Hacker beauftragt, in die Computersysteme des Nationalen Justizrats einzudringen und "
              "dort einen gefälschten Haftbefehl gegen Richter Alexandre de Moraes zu hinterlegen",
              "Supreme Federal Court", "indirect"),
        quote("die Festnahme zeige, dass die Zusammenarbeit mit den italienischen Behörden funktioniere",
              "Ricardo Lewandowski", "indirect"),
        quote("seine Mandantin werde sich mit allen Mitteln gegen eine Überstellung nach Brasilien wehren",
              "Fabio Pagnozzi", "indirect"),
        quote("Carla ist eine politisch Verfolgte, und Italien ist ein Rechtsstaat, der das erkennen wird",
              "Fabio Pagnozzi", "direct"),
        quote("Diktatur der Roben", "Carla Zambelli", "direct"),
        quote("eine „Diktatur der Roben“ zu errichten", "Carla Zambelli", "indirect"),
        quote("politischer Verfolgung", "Sóstenes Cavalcante", "direct"),
        quote("Sieg des Rechtsstaats", "Angelo Bonelli", "direct"),
    ],
    "entities": [
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Carla Zambelli", "PER", "BRA", ["Die flüchtige brasilianische Abgeordnete Carla Zambelli",
                                                "die 45-Jährige", "die Politikerin der Liberalen Partei (PL)",
                                                "Zambelli", "Zambellis", "seine Mandantin", "Carla"]),
        entity("Italy", "LOC", "ITA", ["Italien"]),
        entity("Italian State Police", "ORG", "ITA", ["Beamte der Staatspolizei", "die Polizei"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["der Liberalen Partei (PL)", "der PL"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Das Oberste Bundesgericht Brasiliens", "der Richter"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "Brasilien"]),
        entity("Walter Delgatti", "PER", "BRA", ["einen Hacker"]),
        entity("National Council of Justice", "ORG", "BRA", ["des Nationalen Justizrats"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes", "De Moraes", "de Moraes"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die brasilianische Regierung"]),
        entity("Government of Italy", "ORG", "ITA", ["bei Rom"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski"]),
        entity("Italian authorities", "ORG", "ITA", ["den italienischen Behörden"]),
        entity("Court of Appeal of Rome", "ORG", "ITA", ["das Berufungsgericht in Rom"]),
        entity("Fabio Pagnozzi", "PER", "BRA", ["Zambellis Anwalt Fabio Pagnozzi"]),
        entity("Sóstenes Cavalcante", "PER", "BRA", ["Der Fraktionschef der PL im Abgeordnetenhaus, Sóstenes "
                                                     "Cavalcante"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["Abgeordnetenhaus", "Die Abgeordnetenkammer in "
                                                                                 "Brasília"]),
        entity("Judiciary of Brazil", "ORG", "BRA", ["die Justiz"]),
        entity("Workers' Party", "ORG", "BRA", ["Die Arbeiterpartei (PT)"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Angelo Bonelli", "PER", "ITA", ["Der italienische Grünen-Abgeordnete Angelo Bonelli"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
    ],
}

# ---------------------------------------------------------------- hm336-de-03 (Argentina, Mondino dismissed over Cuba vote)
MILEI = actor("Javier Milei", "ARG", "GOV")
MONDINO = actor("Diana Mondino", "ARG", "GOV")
UNGA = actor("United Nations General Assembly", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
ARGENTINA = actor("Argentina", "ARG", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
ARG_PRESIDENCY = actor("Office of the President of Argentina", "ARG", "GOV")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
ARG_DIPLOMATS = actor("staff of the Argentine Foreign Ministry", "ARG", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
BRUNO_RODRIGUEZ = actor("Bruno Rodríguez Parrilla", "CUB", "GOV")
GERMAN_MARTINEZ = actor("Germán Martínez", "ARG", "OPP")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")

M1 = ("Buenos Aires (AFP) - Argentiniens Präsident Javier Milei hat Außenministerin Diana Mondino entlassen, nachdem "
      "ihr Land bei den Vereinten Nationen gegen das US-Embargo gegen Kuba gestimmt hatte.")
M2 = ("Die UN-Vollversammlung in New York hatte am Mittwoch zum 32. Mal in Folge eine Resolution angenommen, die ein "
      "Ende der seit mehr als sechs Jahrzehnten bestehenden Wirtschaftsblockade fordert.")
M3 = "187 Staaten stimmten dafür, darunter wie in den Vorjahren auch Argentinien."
M4 = "Nur die USA und Israel stimmten dagegen, die Republik Moldau enthielt sich."
M5 = ("Mondino werde durch den bisherigen Botschafter in den USA, Gerardo Werthein, ersetzt, teilte das Präsidialamt "
      "am Abend mit.")
M6 = "Argentinien lehne die kubanische Diktatur kategorisch ab, hieß es in der Erklärung."
M7 = ("Die Regierung werde zudem eine Überprüfung des Personals im Außenministerium anordnen, um „Förderer "
      "freiheitsfeindlicher Agenden“ zu identifizieren.")
M8 = ("Die 66-jährige Ökonomin war seit Dezember 2023 im Amt und hatte zuletzt mit Äußerungen über die "
      "Falklandinseln für Unmut in der Regierung gesorgt.")
M9 = "Mondino verabschiedete sich auf der Plattform X und dankte Milei für die Gelegenheit, dem Land zu dienen."
M10 = "Präsidentensprecher Manuel Adorni sagte, die Abstimmung sei nicht mit dem Präsidenten abgesprochen gewesen."
M11 = "„Wer die Linie des Präsidenten nicht vertritt, kann nicht Teil dieser Regierung sein“, sagte er."
M12 = ("Werthein, ein Unternehmer und früherer Präsident des Argentinischen Olympischen Komitees, gilt als enger "
       "Vertrauter Mileis.")
M13 = ("Kubas Außenminister Bruno Rodríguez sprach von einem „überwältigenden Sieg“ und warf Washington vor, mit der "
       "Blockade das kubanische Volk zu bestrafen.")
M14 = ("Die Entlassung sei „absurd“ und ein Zeichen der Unterwerfung unter Washington, sagte der Fraktionschef der "
       "peronistischen Unión por la Patria im Abgeordnetenhaus, Germán Martínez.")
M15 = "Er forderte die Regierung auf, zur traditionellen Linie der argentinischen Außenpolitik zurückzukehren."
M16 = "Milei selbst äußerte sich zunächst nicht."

DE03 = {
    "id": "hm336-de-03", "lang": "de", "url": None, "published": "2024-10-30",
    "title": "Nach Kuba-Votum bei der UNO: Milei entlässt Außenministerin Mondino",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("SANCTION", MILEI, MONDINO, M1, mode="expel"),
        event("REQUEST", UNGA, USA, M2, mode="yield", date="2024-10-30", location="New York",
              location_country="USA"),
        event("REQUEST", ARGENTINA, USA, M3, mode="yield"),
        event("REJECT", USA, UNGA, M4, mode="yield"),
        event("REJECT", ISRAEL, UNGA, M4, mode="yield"),
        event("ACCUSE", ARG_PRESIDENCY, CUB_GOV, M6, mode="disapprove"),
        event("THREATEN", ARG_PRESIDENCY, ARG_DIPLOMATS, M7),
        event("SUPPORT", MONDINO, MILEI, M9),
        event("ACCUSE", ADORNI, MONDINO, M10, mode="disapprove"),
        event("ACCUSE", BRUNO_RODRIGUEZ, USA, M13, mode="disapprove"),
        event("ACCUSE", GERMAN_MARTINEZ, MILEI, M14, mode="disapprove"),
        event("REQUEST", GERMAN_MARTINEZ, ARG_GOV, M15, mode="change"),
    ],
    "quotes": [
        quote("Mondino werde durch den bisherigen Botschafter in den USA, Gerardo Werthein, ersetzt",
              "Office of the President of Argentina", "indirect"),
        quote("Argentinien lehne die kubanische Diktatur kategorisch ab", "Office of the President of Argentina",
              "indirect"),
        quote("Die Regierung werde zudem eine Überprüfung des Personals im Außenministerium anordnen, um „Förderer "
              "freiheitsfeindlicher Agenden“ zu identifizieren", "Office of the President of Argentina", "indirect"),
        quote("Förderer freiheitsfeindlicher Agenden", "Office of the President of Argentina", "direct"),
        quote("die Abstimmung sei nicht mit dem Präsidenten abgesprochen gewesen", "Manuel Adorni", "indirect"),
        quote("Wer die Linie des Präsidenten nicht vertritt, kann nicht Teil dieser Regierung sein", "Manuel Adorni",
              "direct"),
        quote("überwältigenden Sieg", "Bruno Rodríguez Parrilla", "direct"),
        quote("mit der Blockade das kubanische Volk zu bestrafen", "Bruno Rodríguez Parrilla", "indirect"),
        quote("absurd", "Germán Martínez", "direct"),
        quote("Die Entlassung sei „absurd“ und ein Zeichen der Unterwerfung unter Washington", "Germán Martínez",
              "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "ihr Land", "Argentinien", "dem Land"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "Milei", "Mileis",
                                              "dem Präsidenten", "des Präsidenten"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino", "Mondino",
                                               "Die 66-jährige Ökonomin"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("United States", "LOC", "USA", ["den USA", "die USA"]),
        entity("Cuba", "LOC", "CUB", ["Kuba", "Kubas"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["Die UN-Vollversammlung in New York"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Moldova", "LOC", "MDA", ["die Republik Moldau"]),
        entity("Gerardo Werthein", "PER", "ARG", ["den bisherigen Botschafter in den USA, Gerardo Werthein",
                                                  "Werthein"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["das Präsidialamt"]),
        entity("Government of Cuba", "ORG", "CUB", ["die kubanische Diktatur"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die Regierung", "der Regierung", "dieser Regierung",
                                                         "die Regierung"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Außenministerium"]),
        entity("Falkland Islands", "LOC", "GBR", ["die Falklandinseln"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Argentine Olympic Committee", "ORG", "ARG", ["des Argentinischen Olympischen Komitees"]),
        entity("Bruno Rodríguez Parrilla", "PER", "CUB", ["Kubas Außenminister Bruno Rodríguez"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Unión por la Patria", "ORG", "ARG", ["der peronistischen Unión por la Patria"]),
        entity("Germán Martínez", "PER", "ARG", ["der Fraktionschef der peronistischen Unión por la Patria im "
                                                 "Abgeordnetenhaus, Germán Martínez"]),
        entity("Chamber of Deputies of Argentina", "ORG", "ARG", ["Abgeordnetenhaus"]),
    ],
}

# ---------------------------------------------------------------- hm336-de-04 (Mexico, candidate Gisela Gaytán shot dead)
GAYTAN_GUNMEN = actor("gunmen who shot Gisela Gaytán", "MEX", "CVL")
GAYTAN = actor("Gisela Gaytán", "MEX", "PTY")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
ROSA_ICELA = actor("Rosa Icela Rodríguez", "MEX", "GOV")
MARIO_DELGADO = actor("Mario Delgado", "MEX", "PTY")
GTO_GOV = actor("Government of Guanajuato", "MEX", "GOV")
SINHUE = actor("Diego Sinhue Rodríguez Vallejo", "MEX", "GOV")
GTO_PROSECUTORS = actor("Guanajuato State Attorney General's Office", "MEX", "JUD")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "PTY")
GALVEZ = actor("Xóchitl Gálvez", "MEX", "OPP")
GAYTAN_SUSPECT = actor("suspect in the killing of Gisela Gaytán", "MEX", "CVL")

G1 = ("Mexiko-Stadt (dpa) - Im mexikanischen Bundesstaat Guanajuato ist eine Bürgermeisterkandidatin der "
      "Regierungspartei Morena zum Auftakt ihres Wahlkampfs erschossen worden.")
G2 = ("Bewaffnete hätten am Montag in San Miguel Octopan, einem Ortsteil von Celaya, das Feuer auf Gisela Gaytán "
      "eröffnet, als sie mit Anhängern durch die Straßen zog, teilte die Staatsanwaltschaft des Bundesstaats mit.")
G3 = "Die Politikerin erlag kurz darauf im Krankenhaus ihren Verletzungen."
G4 = ("Gaytán habe erst vor wenigen Tagen bei den Bundesbehörden Personenschutz beantragt, erklärte ihre Partei am "
      "Abend.")
G5 = ("Präsident Andrés Manuel López Obrador verurteilte die Tat am Dienstag in seiner morgendlichen "
      "Pressekonferenz als „bedauerlich und verwerflich“.")
G6 = ("Seine Sicherheitsministerin Rosa Icela Rodríguez räumte ein, dass der Antrag eingegangen, aber noch nicht "
      "bearbeitet worden sei.")
G7 = "Morena-Chef Mario Delgado verlangte eine rasche Aufklärung und die Festnahme der Täter."
G8 = ("Er warf der Landesregierung der konservativen Partei der Nationalen Aktion (PAN) vor, die Gewalt in Guanajuato "
      "seit Jahren nicht in den Griff zu bekommen.")
G9 = ("Gouverneur Diego Sinhue Rodríguez Vallejo warf seinerseits den Bundesbehörden vor, den Antrag auf Schutz "
      "verschleppt zu haben.")
G10 = "Die Staatsanwaltschaft nahm Ermittlungen wegen Mordes auf."
G11 = "Am Dienstag nahmen Ermittler einen ersten Verdächtigen fest."
G12 = "Soldaten riegelten das Viertel ab, in dem die Schüsse gefallen waren."
G13 = ("Die Präsidentschaftskandidatin der Regierungspartei, Claudia Sheinbaum, nannte den Mord „feige“ und sprach "
       "der Familie ihr Beileid aus.")
G14 = ("Die Kandidatin des Oppositionsbündnisses, Xóchitl Gálvez, warf López Obrador vor, mit seiner Strategie "
       "„Umarmungen statt Kugeln“ das Land dem organisierten Verbrechen überlassen zu haben.")
G15 = "Mexiko wählt am 2. Juni einen neuen Präsidenten sowie rund 20.000 Mandatsträger auf allen Ebenen."
G16 = ("Nach Zählung der Beratungsfirma Integralia wurden seit Beginn des Wahlprozesses im September mehr als zwei "
       "Dutzend Kandidaten und Bewerber getötet.")

DE04 = {
    "id": "hm336-de-04", "lang": "de", "url": None, "published": "2024-04-02",
    "title": "Morena-Kandidatin in Mexiko zum Wahlkampfauftakt erschossen",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12], [G13, G14], [G15, G16]),
    "events": [
        event("ASSAULT", GAYTAN_GUNMEN, GAYTAN, G1, mode="firearms", location="Celaya", location_country="MEX"),
        event("ASSAULT", GAYTAN_GUNMEN, GAYTAN, G2, mode="firearms", date="2024-04-01",
              location="San Miguel Octopan", location_country="MEX"),
        event("REQUEST", GAYTAN, MEX_GOV, G4, mode="assist"),
        event("ACCUSE", AMLO, GAYTAN_GUNMEN, G5, mode="disapprove", date="2024-04-02"),
        event("CONCEDE", ROSA_ICELA, None, G6),
        event("REQUEST", MARIO_DELGADO, GTO_GOV, G7),
        event("ACCUSE", MARIO_DELGADO, GTO_GOV, G8, mode="disapprove"),
        event("ACCUSE", SINHUE, MEX_GOV, G9, mode="allege"),
        event("ACCUSE", GTO_PROSECUTORS, GAYTAN_GUNMEN, G10, mode="investigate"),
        event("COERCE", GTO_PROSECUTORS, GAYTAN_SUSPECT, G11, mode="arrest", date="2024-04-02"),
        event("COERCE", MEX_ARMY, None, G12, mode="restrict", location="San Miguel Octopan",
              location_country="MEX"),
        event("ACCUSE", SHEINBAUM, GAYTAN_GUNMEN, G13, mode="disapprove"),
        event("ACCUSE", GALVEZ, AMLO, G14, mode="disapprove"),
    ],
    "quotes": [
        quote("Bewaffnete hätten am Montag in San Miguel Octopan, einem Ortsteil von Celaya, das Feuer auf Gisela "
              "Gaytán eröffnet, als sie mit Anhängern durch die Straßen zog",
              "Guanajuato State Attorney General's Office", "indirect"),
        quote("Gaytán habe erst vor wenigen Tagen bei den Bundesbehörden Personenschutz beantragt", "Morena",
              "indirect"),
        quote("bedauerlich und verwerflich", "Andrés Manuel López Obrador", "direct"),
        quote("der Antrag eingegangen, aber noch nicht bearbeitet worden sei", "Rosa Icela Rodríguez", "indirect"),
        quote("die Gewalt in Guanajuato seit Jahren nicht in den Griff zu bekommen", "Mario Delgado", "indirect"),
        quote("den Antrag auf Schutz verschleppt zu haben", "Diego Sinhue Rodríguez Vallejo", "indirect"),
        quote("feige", "Claudia Sheinbaum", "direct"),
        quote("Umarmungen statt Kugeln", "Xóchitl Gálvez", "direct"),
        quote("mit seiner Strategie „Umarmungen statt Kugeln“ das Land dem organisierten Verbrechen überlassen zu "
              "haben", "Xóchitl Gálvez", "indirect"),
        quote("wurden seit Beginn des Wahlprozesses im September mehr als zwei Dutzend Kandidaten und Bewerber "
              "getötet", "Integralia", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Guanajuato", "LOC", "MEX", ["Im mexikanischen Bundesstaat Guanajuato", "des Bundesstaats",
                                            "Guanajuato"]),
        entity("Gisela Gaytán", "PER", "MEX", ["eine Bürgermeisterkandidatin der Regierungspartei Morena",
                                               "Gisela Gaytán", "Die Politikerin", "Gaytán"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "ihre Partei", "Morena",
                                        "der Regierungspartei"]),
        entity("gunmen who shot Gisela Gaytán", "PER", "MEX", ["Bewaffnete", "der Täter"]),
        entity("San Miguel Octopan", "LOC", "MEX", ["San Miguel Octopan", "das Viertel"]),
        entity("Celaya", "LOC", "MEX", ["Celaya"]),
        entity("Guanajuato State Attorney General's Office", "ORG", "MEX", ["die Staatsanwaltschaft des "
                                                                            "Bundesstaats",
                                                                            "Die Staatsanwaltschaft", "Ermittler"]),
        entity("Government of Mexico", "ORG", "MEX", ["den Bundesbehörden"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Präsident Andrés Manuel López Obrador",
                                                             "López Obrador"]),
        entity("Rosa Icela Rodríguez", "PER", "MEX", ["Seine Sicherheitsministerin Rosa Icela Rodríguez"]),
        entity("Mario Delgado", "PER", "MEX", ["Morena-Chef Mario Delgado"]),
        entity("Government of Guanajuato", "ORG", "MEX", ["der Landesregierung"]),
        entity("National Action Party", "ORG", "MEX", ["der konservativen Partei der Nationalen Aktion (PAN)"]),
        entity("Diego Sinhue Rodríguez Vallejo", "PER", "MEX", ["Gouverneur Diego Sinhue Rodríguez Vallejo"]),
        entity("suspect in the killing of Gisela Gaytán", "PER", "MEX", ["einen ersten Verdächtigen"]),
        entity("Mexican Army", "ORG", "MEX", ["Soldaten"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Die Präsidentschaftskandidatin der Regierungspartei, Claudia "
                                                   "Sheinbaum"]),
        entity("Xóchitl Gálvez", "PER", "MEX", ["Die Kandidatin des Oppositionsbündnisses, Xóchitl Gálvez"]),
        entity("Fuerza y Corazón por México", "ORG", "MEX", ["des Oppositionsbündnisses"]),
        entity("Mexico", "LOC", "MEX", ["das Land", "Mexiko"]),
        entity("Integralia", "ORG", "MEX", ["der Beratungsfirma Integralia"]),
    ],
}

# ---------------------------------------------------------------- hm336-en-01 (United States/Venezuela, tanker seized)
US_MIL = actor("U.S. armed forces", "USA", "MIL")
TANKER = actor("oil tanker seized off Venezuela", None, "BUS")
TRUMP = actor("Donald Trump", "USA", "GOV")
US_COAST_GUARD = actor("U.S. Coast Guard", "USA", "MIL")
BONDI = actor("Pam Bondi", "USA", "GOV")
VEN_MFA = actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
BOAT_CREWS = actor("crews of boats struck by U.S. forces", None, "CVL")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
PETRO = actor("Gustavo Petro", "COL", "GOV")

E1 = ("WASHINGTON/CARACAS, Dec 10 (Reuters) - U.S. forces seized an oil tanker off the coast of Venezuela on "
      "Wednesday, President Donald Trump said, sharply escalating his pressure campaign against the government of "
      "Venezuelan President Nicolas Maduro.")
E2 = ('"We\'ve just seized a tanker on the coast of Venezuela, a large tanker, very large, largest one ever seized '
      'actually," Trump told reporters at the White House.')
E3 = ("Attorney General Pam Bondi said the Coast Guard, supported by the FBI and the Pentagon, had executed a seizure "
      "warrant for the vessel.")
E4 = ("The tanker had for years been used to carry sanctioned oil from Venezuela and Iran, she said in a post on X "
      "that included a video of armed personnel rappelling from a helicopter onto its deck.")
E5 = 'Asked what would happen to the crude on board, Trump said: "We keep it, I guess."'
E6 = ('Venezuela\'s Foreign Ministry condemned the operation as "blatant theft" and "an act of international '
      'piracy."')
E7 = ('Speaking at a rally in Caracas, Maduro said Venezuela would "never again be anyone\'s colony" and accused '
      'Washington of wanting to seize the country\'s oil reserves.')
E8 = ("The seizure follows a months-long U.S. military buildup in the Caribbean, including the deployment of the "
      "aircraft carrier USS Gerald R. Ford, the world's largest warship.")
E9 = ("Since early September, U.S. forces have also carried out more than 20 strikes on boats that Washington says "
      "were smuggling drugs, killing more than 80 people.")
E10 = ('Trump has repeatedly warned that strikes on land targets in Venezuela could begin "very soon" and has '
       'accused Maduro of running a drug cartel.')
E11 = ("Venezuelan opposition leader Maria Corina Machado, whose daughter accepted the Nobel Peace Prize on her "
       "behalf in Oslo on Wednesday, has backed Trump's pressure on Maduro.")
E12 = "Colombian President Gustavo Petro said the Caribbean was being turned into a war zone."
E13 = "Oil prices rose more than 1% after the news."
E14 = ("Venezuela, which holds the world's largest proven crude reserves, exports most of its oil to China, much of "
       "it through intermediaries and aging tankers that switch off their transponders.")
E15 = "The White House did not say where the tanker was being taken or what would happen to its crew."

EN01 = {
    "id": "hm336-en-01", "lang": "en", "url": None, "published": "2025-12-10",
    "title": "U.S. seizes oil tanker off Venezuela as pressure on Maduro mounts",
    "text": paragraphs([E1, E2], [E3, E4, E5], [E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("COERCE", US_MIL, TANKER, E1, mode="seize", date="2025-12-10"),
        event("COERCE", USA, TANKER, E2, mode="seize"),
        event("COERCE", US_COAST_GUARD, TANKER, E3, mode="seize"),
        event("ACCUSE", BONDI, TANKER, E4, mode="allege"),
        event("ACCUSE", VEN_MFA, USA, E6, mode="disapprove"),
        event("ACCUSE", MADURO, USA, E7, mode="allege", location="Caracas", location_country="VEN"),
        event("MOBILIZE", US_MIL, None, E8, mode="troops", location="Caribbean"),
        event("ASSAULT", US_MIL, BOAT_CREWS, E9),
        event("THREATEN", TRUMP, MADURO, E10, mode="violence"),
        event("ACCUSE", TRUMP, MADURO, E10, mode="allege"),
        event("SUPPORT", MACHADO, TRUMP, E11),
        event("ACCUSE", PETRO, USA, E12, mode="disapprove"),
    ],
    "quotes": [
        quote("U.S. forces seized an oil tanker off the coast of Venezuela on Wednesday", "Donald Trump", "indirect"),
        quote("We've just seized a tanker on the coast of Venezuela, a large tanker, very large, largest one ever "
              "seized actually", "Donald Trump", "direct"),
        quote("the Coast Guard, supported by the FBI and the Pentagon, had executed a seizure warrant for the vessel",
              "Pam Bondi", "indirect"),
        quote("The tanker had for years been used to carry sanctioned oil from Venezuela and Iran", "Pam Bondi",
              "indirect"),
        quote("We keep it, I guess", "Donald Trump", "direct"),
        quote("blatant theft", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("an act of international piracy", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("never again be anyone's colony", "Nicolás Maduro", "direct"),
        quote('Venezuela would "never again be anyone\'s colony"', "Nicolás Maduro", "indirect"),
        quote("were smuggling drugs", "Government of the United States", "indirect"),
        quote('strikes on land targets in Venezuela could begin "very soon"', "Donald Trump", "indirect"),
        quote("very soon", "Donald Trump", "direct"),
        quote("the Caribbean was being turned into a war zone", "Gustavo Petro", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Caracas", "LOC", "VEN", ["CARACAS", "Caracas"]),
        entity("U.S. armed forces", "ORG", "USA", ["U.S. forces"]),
        entity("oil tanker seized off Venezuela", "LOC", None, ["an oil tanker", "a tanker", "the vessel",
                                                                "The tanker", "the tanker"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "the country"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Government of Venezuela", "ORG", "VEN", ["the government of Venezuelan President Nicolas Maduro"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Venezuelan President Nicolas Maduro", "Maduro"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("U.S. Coast Guard", "ORG", "USA", ["the Coast Guard"]),
        entity("FBI", "ORG", "USA", ["the FBI"]),
        entity("U.S. Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("X", "ORG", "MNC", ["a post on X"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Venezuela's Foreign Ministry"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "The White House"]),
        entity("Caribbean", "LOC", None, ["the Caribbean"]),
        entity("USS Gerald R. Ford", "LOC", "USA", ["the aircraft carrier USS Gerald R. Ford",
                                                    "the world's largest warship"]),
        entity("María Corina Machado", "PER", "VEN", ["Venezuelan opposition leader Maria Corina Machado"]),
        entity("Ana Corina Sosa Machado", "PER", "VEN", ["daughter"]),
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm336-en-02 (Ecuador, prosecutor César Suárez killed)
SUAREZ_GUNMEN = actor("gunmen who shot César Suárez", "ECU", "CVL")
SUAREZ = actor("César Suárez", "ECU", "JUD")
TC_GUNMEN = actor("gunmen who stormed the TC Television studio", "ECU", "CVL")
TC_STAFF = actor("TC Television staff", "ECU", "CVL")
SALAZAR = actor("Diana Salazar", "ECU", "JUD")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
ECU_GANGS = actor("criminal gangs in Ecuador", "ECU", "CVL")
ECU_MIL = actor("Armed Forces of Ecuador", "ECU", "MIL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
FBI = actor("FBI", "USA", "COP")
US_EMBASSY_QUITO = actor("U.S. Embassy in Quito", "USA", "GOV")
ECU_PROSECUTORS = actor("Ecuadorian prosecutors and court employees", "ECU", "JUD")

F1 = ("QUITO, Ecuador (AP) — A prosecutor investigating last week's armed takeover of a television station in "
      "Ecuador was shot dead in the port city of Guayaquil on Wednesday, authorities said.")
F2 = ("César Suárez was driving to a hearing when gunmen in another vehicle opened fire on his car in the north of "
      "the city, according to the attorney general's office.")
F3 = ("Suárez had been leading the investigation into the Jan. 9 attack on the TC Television studio, where masked "
      "men burst in during a live broadcast and held staff at gunpoint.")
F4 = "Attorney General Diana Salazar condemned the killing and said criminal groups would not deter her office."
F5 = ('"Let it be very clear: organized crime groups, terrorists, will not stop our commitment to Ecuadorian '
      'society," Salazar wrote on X.')
F6 = "President Daniel Noboa called Suárez a hero and said those responsible would be hunted down."
F7 = ('Hours after the studio attack, Noboa declared an "internal armed conflict" and ordered the military to '
      '"neutralize" about 20 gangs, which he designated as terrorist organizations.')
F8 = "Soldiers have patrolled the streets of Guayaquil, Quito and other cities since then."
F9 = "Police cordoned off the street where Suárez was killed and said no arrests had been made."
F10 = "Investigators were examining whether the killing was linked to the television station case, police said."
F11 = "Interior Minister Monica Palencia said the government had asked the FBI for help with the investigation."
F12 = ("The U.S. Embassy in Quito condemned the killing as an attack on the rule of law and offered Ecuador "
       "further help in its fight against organized crime.")
F13 = ("Dozens of prosecutors and court employees gathered outside the attorney general's office in Guayaquil on "
       "Wednesday evening to demand better protection.")
F14 = ("Ecuador recorded nearly 8,000 violent deaths last year, a record, as gangs linked to Mexican and Colombian "
       "cartels fight over drug trafficking routes.")
F15 = "Noboa, 36, took office in November promising to restore security."

EN02 = {
    "id": "hm336-en-02", "lang": "en", "url": None, "published": "2024-01-17",
    "title": "Ecuador prosecutor investigating TV station attack shot dead",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8], [F9, F10, F11, F12], [F13, F14, F15]),
    "events": [
        event("ASSAULT", SUAREZ_GUNMEN, SUAREZ, F1, mode="firearms", date="2024-01-17", location="Guayaquil",
              location_country="ECU"),
        event("ASSAULT", SUAREZ_GUNMEN, SUAREZ, F2, mode="firearms", location="Guayaquil", location_country="ECU"),
        event("ASSAULT", TC_GUNMEN, TC_STAFF, F3, mode="abduct", date="2024-01-09", location="Guayaquil",
              location_country="ECU"),
        event("ACCUSE", SALAZAR, SUAREZ_GUNMEN, F4, mode="disapprove"),
        event("THREATEN", NOBOA, SUAREZ_GUNMEN, F6, mode="arrest"),
        event("COERCE", NOBOA, ECU_GANGS, F7, mode="curfew", date="2024-01-09"),
        event("MOBILIZE", ECU_MIL, None, F8, mode="troops", location="Guayaquil", location_country="ECU"),
        event("COERCE", ECU_POLICE, None, F9, mode="restrict", location="Guayaquil", location_country="ECU"),
        event("COERCE", ECU_POLICE, SUAREZ_GUNMEN, F9, mode="arrest", negated=True),
        event("REQUEST", ECU_GOV, FBI, F11, mode="assist"),
        event("ACCUSE", US_EMBASSY_QUITO, SUAREZ_GUNMEN, F12, mode="disapprove"),
        event("AGREE", US_EMBASSY_QUITO, ECU_GOV, F12),
        event("PROTEST", ECU_PROSECUTORS, ECU_GOV, F13, mode="demo", date="2024-01-17", location="Guayaquil",
              location_country="ECU"),
    ],
    "quotes": [
        quote("A prosecutor investigating last week's armed takeover of a television station in Ecuador was shot "
              "dead in the port city of Guayaquil on Wednesday", "Ecuadorian authorities", "indirect"),
        quote("César Suárez was driving to a hearing when gunmen in another vehicle opened fire on his car in the "
              "north of the city", "Attorney General's Office of Ecuador", "indirect"),
        quote("criminal groups would not deter her office", "Diana Salazar", "indirect"),
        quote("Let it be very clear: organized crime groups, terrorists, will not stop our commitment to Ecuadorian "
              "society", "Diana Salazar", "direct"),
        quote("those responsible would be hunted down", "Daniel Noboa", "indirect"),
        quote("internal armed conflict", "Daniel Noboa", "direct"),
        quote("neutralize", "Daniel Noboa", "direct"),
        quote("no arrests had been made", "National Police of Ecuador", "indirect"),
        quote("Investigators were examining whether the killing was linked to the television station case",
              "National Police of Ecuador", "indirect"),
        quote("the government had asked the FBI for help with the investigation", "Mónica Palencia", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["QUITO", "Quito"]),
        entity("Ecuador", "LOC", "ECU", ["Ecuador"]),
        entity("César Suárez", "PER", "ECU", ["A prosecutor investigating last week's armed takeover of a television "
                                              "station in Ecuador", "César Suárez", "Suárez"]),
        entity("Guayaquil", "LOC", "ECU", ["the port city of Guayaquil", "the city", "Guayaquil"]),
        entity("Ecuadorian authorities", "ORG", "ECU", ["authorities"]),
        entity("gunmen who shot César Suárez", "PER", "ECU", ["gunmen in another vehicle", "those responsible"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["the attorney general's office",
                                                                      "her office"]),
        entity("TC Television", "ORG", "ECU", ["a television station", "the TC Television studio",
                                               "the studio", "the television station"]),
        entity("gunmen who stormed the TC Television studio", "PER", "ECU", ["masked men"]),
        entity("TC Television staff", "PER", "ECU", ["staff"]),
        entity("Diana Salazar", "PER", "ECU", ["Attorney General Diana Salazar", "Salazar"]),
        entity("X", "ORG", "MNC", ["on X"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa", "Noboa"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["the military", "Soldiers"]),
        entity("criminal gangs in Ecuador", "ORG", "ECU", ["about 20 gangs"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["Police", "police", "Investigators"]),
        entity("Mónica Palencia", "PER", "ECU", ["Interior Minister Monica Palencia"]),
        entity("Government of Ecuador", "ORG", "ECU", ["the government"]),
        entity("FBI", "ORG", "USA", ["the FBI"]),
        entity("U.S. Embassy in Quito", "ORG", "USA", ["The U.S. Embassy in Quito"]),
        entity("Ecuadorian prosecutors and court employees", "ORG", "ECU", ["Dozens of prosecutors and court "
                                                                            "employees"]),
        entity("Mexico", "LOC", "MEX", ["Mexican"]),
        entity("Colombia", "LOC", "COL", ["Colombian"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
