"""Round 408: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm408-de-01: Ecuador: police arrest Judiciary Council president Wilman Terán and 30 others in Attorney General Diana Salazar's Metástasis probe based on Leandro Norero's chats; Terán's lawyer denies, Noboa and the US embassy back Salazar, Revolución Ciudadana demands her resignation and she refuses, a judge remands 29 (2023-12-15).
- hm408-de-02: Honduras: Castro's government notifies the World Bank of its withdrawal from ICSID over Próspera's $10.8 billion claim; Castro accuses the company, Próspera asks for talks and Reina refuses, Cohep and US ambassador Laura Dogu criticise, Libre backs Castro (2024-02-29).
- hm408-de-03: Argentina/United Kingdom: David Cameron visits the Falkland Islands and meets island lawmakers in Stanley; he rules out sovereignty talks, Buenos Aires calls the trip regrettable and demands negotiations, Mondino announces a meeting in Rio, veterans protest at the British embassy without arrests, Peronists attack Milei (2024-02-20).
- hm408-de-04: Brazil: Congress overrides Lula's veto on the marco temporal cut-off for indigenous lands; Lupion celebrates, Apib sues at the Supreme Court and Karipuna speaks of legalised genocide, indigenous protest with pepper spray, Silva and Guajajara criticise (2023-12-15).
- hm408-en-01: Mexico/United States: Mexico refuses to accept deportations by Texas under SB4 after the U.S. Supreme Court declines to block the law and before the 5th Circuit halts it again; López Obrador attacks Abbott, Abbott praises the court, Jean-Pierre criticises, Bárcena phones Mayorkas and promises consular help, no arrests (2024-03-20).
- hm408-en-02: Venezuela/United States: Washington reimposes sanctions on Minerven and threatens the oil licence after the Supreme Tribunal upholds María Corina Machado's ban; Machado rejects the ruling, Delcy Rodríguez threatens to halt deportation flights, Jorge Rodríguez alleges plots, Vente Venezuela coordinators detained, Brazil urges Caracas (2024-01-30).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm408-de-01 (Ecuador, Metástasis arrests)
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
TERAN = actor("Wilman Terán", "ECU", "JUD")
MET_SUSPECTS = actor("suspects in the Metástasis case", "ECU", "CVL")
ECU_FISCALIA = actor("Attorney General's Office of Ecuador", "ECU", "JUD")
ECU_JUDGES = actor("Ecuadorian judges", "ECU", "JUD")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
SALAZAR = actor("Diana Salazar", "ECU", "JUD")
RC = actor("Citizen Revolution", "ECU", "PTY")
US_EMB_QUITO = actor("Embassy of the United States in Quito", "USA", "GOV")
ECU_JUDGE = actor("Ecuadorian judge", "ECU", "JUD")

E1 = ("Quito (dpa) - Bei einer großangelegten Razzia gegen mutmaßliche Verbindungen zwischen Justiz und Drogenhandel "
      "hat die ecuadorianische Polizei den Präsidenten des Justizrats, Wilman Terán, festgenommen.")
E2 = ("Insgesamt seien am Donnerstag 31 Verdächtige in mehreren Provinzen in Gewahrsam genommen worden, darunter "
      "Richter, Anwälte, Polizisten und ein früherer Leiter der Gefängnisbehörde, teilte Generalstaatsanwältin Diana "
      "Salazar mit.")
E3 = ("„Es ist der größte Schlag gegen Korruption und Drogenhandel in der Geschichte des Landes“, sagte Salazar vor "
      "Journalisten in Quito.")
E4 = ("Grundlage der Ermittlungen sind Chatnachrichten auf dem Mobiltelefon des Drogenhändlers Leandro Norero, der im "
      "Oktober 2022 in einem Gefängnis in Latacunga getötet worden war.")
E5 = ("Der Staatsanwaltschaft zufolge sollen Richter gegen Bestechungsgeld Hafterleichterungen und günstige Urteile für "
      "Norero und seine Verbündeten gewährt haben.")
E6 = ("Terán soll nach Angaben der Ermittler zudem Posten in der Justiz im Tausch gegen Gefälligkeiten vergeben "
      "haben.")
E7 = "Sein Anwalt wies die Vorwürfe zurück."
E8 = ("Präsident Daniel Noboa, der erst Ende November sein Amt angetreten hatte, stellte sich hinter die "
      "Generalstaatsanwältin.")
E9 = "„Die Generalstaatsanwaltschaft hat unsere volle Unterstützung“, schrieb der Staatschef auf der Plattform X."
E10 = ("Abgeordnete der linken Partei Revolución Ciudadana des früheren Präsidenten Rafael Correa forderten dagegen "
       "Salazars Rücktritt.")
E11 = "Sie warfen ihr vor, die Justiz für politische Zwecke zu missbrauchen."
E12 = "Salazar lehnte einen Rücktritt ab."
E13 = "Die US-Botschaft in Quito begrüßte das Vorgehen der Ermittler."
E14 = "Ein Richter ordnete am Freitag für 29 der Festgenommenen Untersuchungshaft an."
E15 = ("Ecuador ist in den vergangenen Jahren zu einem der wichtigsten Umschlagplätze für Kokain aus Kolumbien und Peru "
       "geworden.")
E16 = ("Seit 2021 kamen bei Kämpfen zwischen Banden in den Gefängnissen des Landes mehr als 400 Häftlinge ums "
       "Leben.")

DE01 = {
    "id": "hm408-de-01", "lang": "de", "url": None, "published": "2023-12-15",
    "title": "Ecuador: Chef des Justizrats bei Razzia gegen Drogenmafia festgenommen",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", ECU_POLICE, TERAN, E1, mode="arrest", location_country="ECU"),
        event("COERCE", ECU_POLICE, MET_SUSPECTS, E2, mode="arrest", date="2023-12-14", location_country="ECU"),
        event("ACCUSE", ECU_FISCALIA, ECU_JUDGES, E5, mode="allege"),
        event("ACCUSE", ECU_FISCALIA, TERAN, E6, mode="allege"),
        event("SUPPORT", NOBOA, SALAZAR, E8),
        event("SUPPORT", NOBOA, ECU_FISCALIA, E9),
        event("REQUEST", RC, SALAZAR, E10, mode="change"),
        event("ACCUSE", RC, SALAZAR, E11, mode="disapprove"),
        event("REJECT", SALAZAR, RC, E12, mode="change"),
        event("SUPPORT", US_EMB_QUITO, ECU_FISCALIA, E13),
        event("COERCE", ECU_JUDGE, MET_SUSPECTS, E14, mode="arrest", date="2023-12-15"),
    ],
    "quotes": [
        quote("Insgesamt seien am Donnerstag 31 Verdächtige in mehreren Provinzen in Gewahrsam genommen worden, darunter "
              "Richter, Anwälte, Polizisten und ein früherer Leiter der Gefängnisbehörde", "Diana Salazar", "indirect"),
        quote("Es ist der größte Schlag gegen Korruption und Drogenhandel in der Geschichte des Landes", "Diana Salazar",
              "direct"),
        quote("sollen Richter gegen Bestechungsgeld Hafterleichterungen und günstige Urteile für Norero und seine "
              "Verbündeten gewährt haben", "Attorney General's Office of Ecuador", "indirect"),
        quote("Terán soll nach Angaben der Ermittler zudem Posten in der Justiz im Tausch gegen Gefälligkeiten vergeben "
              "haben", "Attorney General's Office of Ecuador", "indirect"),
        quote("Die Generalstaatsanwaltschaft hat unsere volle Unterstützung", "Daniel Noboa", "direct"),
        quote("die Justiz für politische Zwecke zu missbrauchen", "Citizen Revolution", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["die ecuadorianische Polizei"]),
        entity("Judiciary Council of Ecuador", "ORG", "ECU", ["des Justizrats"]),
        entity("Wilman Terán", "PER", "ECU", ["den Präsidenten des Justizrats, Wilman Terán", "Terán", "Sein"]),
        entity("suspects in the Metástasis case", "PER", "ECU", ["31 Verdächtige", "der Festgenommenen"]),
        entity("National Service for Prisoners of Ecuador", "ORG", "ECU", ["der Gefängnisbehörde"]),
        entity("Diana Salazar", "PER", "ECU", ["Generalstaatsanwältin Diana Salazar", "Salazar", "die "
                                               "Generalstaatsanwältin", "Salazars", "ihr"]),
        entity("Ecuador", "LOC", "ECU", ["des Landes", "Ecuador"]),
        entity("Leandro Norero", "PER", "ECU", ["des Drogenhändlers Leandro Norero", "Norero"]),
        entity("Latacunga", "LOC", "ECU", ["Latacunga"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Der Staatsanwaltschaft", "der Ermittler",
                                                                      "Die Generalstaatsanwaltschaft"]),
        entity("Ecuadorian judges", "PER", "ECU", ["Richter"]),
        entity("lawyer of Wilman Terán", "PER", "ECU", ["Sein Anwalt"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa", "der Staatschef"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Citizen Revolution", "ORG", "ECU", ["Abgeordnete der linken Partei Revolución Ciudadana", "Sie"]),
        entity("Rafael Correa", "PER", "ECU", ["des früheren Präsidenten Rafael Correa"]),
        entity("Embassy of the United States in Quito", "ORG", "USA", ["Die US-Botschaft in Quito"]),
        entity("Ecuadorian judge", "PER", "ECU", ["Ein Richter"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien"]),
        entity("Peru", "LOC", "PER", ["Peru"]),
    ],
}

# ---------------------------------------------------------------- hm408-de-02 (Honduras leaves ICSID)
HND_GOV = actor("Government of Honduras", "HND", "GOV")
ICSID = actor("International Centre for Settlement of Investment Disputes", "IGO", "IGO")
PROSPERA = actor("Próspera", "USA", "BUS")
CASTRO = actor("Xiomara Castro", "HND", "GOV")
REINA = actor("Enrique Reina", "HND", "GOV")
COHEP = actor("Honduran Council of Private Enterprise", "HND", "BUS")
DOGU = actor("Laura Dogu", "USA", "GOV")
LIBRE = actor("Liberty and Refoundation", "HND", "PTY")

H1 = ("Tegucigalpa (dpa) - Honduras kehrt dem Schiedsgericht der Weltbank für Investitionsstreitigkeiten den "
      "Rücken.")
H2 = ("Die Regierung von Präsidentin Xiomara Castro habe der Weltbank am Mittwoch den Austritt aus dem "
      "Internationalen Zentrum zur Beilegung von Investitionsstreitigkeiten (ICSID) mitgeteilt, erklärte "
      "Außenminister Enrique Reina.")
H3 = "Der Schritt wird nach den Regeln des Abkommens sechs Monate nach der Mitteilung wirksam."
H4 = ("Reina begründete ihn mit dem Verfahren des US-Unternehmens Próspera, das Honduras vor dem ICSID auf knapp "
      "10,8 Milliarden Dollar Schadenersatz verklagt hat.")
H5 = "Die Summe entspricht etwa einem Drittel der jährlichen Wirtschaftsleistung des mittelamerikanischen Landes."
H6 = "Próspera betreibt auf der Karibikinsel Roatán eine Sonderzone mit eigenen Gesetzen, Steuern und Gerichten."
H7 = "Die rechtliche Grundlage für solche Zonen war 2022 abgeschafft worden."
H8 = ("Castro warf dem Unternehmen in einer Fernsehansprache vor, die Souveränität des Landes mit Füßen zu "
      "treten.")
H9 = "„Honduras steht nicht zum Verkauf“, sagte die Präsidentin."
H10 = ("Próspera erklärte, der Austritt ändere nichts an dem laufenden Verfahren, da Honduras an das "
       "Freihandelsabkommen CAFTA-DR gebunden sei.")
H11 = "Das Unternehmen forderte die Regierung zugleich zu Verhandlungen über eine gütliche Einigung auf."
H12 = "Reina lehnte Gespräche mit dem Unternehmen ab."
H13 = ("Der Unternehmerverband Cohep kritisierte den Austritt scharf und warnte vor einem Rückgang ausländischer "
       "Investitionen.")
H14 = "Auch die US-Botschafterin in Tegucigalpa, Laura Dogu, kritisierte die Entscheidung."
H15 = "Die linke Regierungspartei Libre stellte sich dagegen hinter die Präsidentin."
H16 = "Honduras ist das erste Land seit Venezuela im Jahr 2012, das dem Schiedsgericht den Rücken kehrt."

DE02 = {
    "id": "hm408-de-02", "lang": "de", "url": None, "published": "2024-02-29",
    "title": "Honduras verlässt Schiedsgericht der Weltbank",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("SANCTION", HND_GOV, ICSID, H1, mode="withdraw"),
        event("SANCTION", HND_GOV, ICSID, H2, mode="withdraw", date="2024-02-28"),
        event("ACCUSE", PROSPERA, HND_GOV, H4, mode="allege"),
        event("ACCUSE", CASTRO, PROSPERA, H8, mode="disapprove"),
        event("REQUEST", PROSPERA, HND_GOV, H11, mode="meet"),
        event("REJECT", REINA, PROSPERA, H12, mode="meet"),
        event("ACCUSE", COHEP, HND_GOV, H13, mode="disapprove"),
        event("ACCUSE", DOGU, HND_GOV, H14, mode="disapprove"),
        event("SUPPORT", LIBRE, CASTRO, H15),
    ],
    "quotes": [
        quote("Die Regierung von Präsidentin Xiomara Castro habe der Weltbank am Mittwoch den Austritt aus dem "
              "Internationalen Zentrum zur Beilegung von Investitionsstreitigkeiten (ICSID) mitgeteilt",
              "Enrique Reina", "indirect"),
        quote("die Souveränität des Landes mit Füßen zu treten", "Xiomara Castro", "indirect"),
        quote("Honduras steht nicht zum Verkauf", "Xiomara Castro", "direct"),
        quote("der Austritt ändere nichts an dem laufenden Verfahren, da Honduras an das Freihandelsabkommen CAFTA-DR "
              "gebunden sei", "Próspera", "indirect"),
    ],
    "entities": [
        entity("Tegucigalpa", "LOC", "HND", ["Tegucigalpa"]),
        entity("Honduras", "LOC", "HND", ["Honduras", "des mittelamerikanischen Landes", "des Landes"]),
        entity("Government of Honduras", "ORG", "HND", ["Honduras", "Die Regierung von Präsidentin Xiomara Castro",
                                                        "die Regierung"]),
        entity("International Centre for Settlement of Investment Disputes", "ORG", "IGO",
               ["dem Schiedsgericht der Weltbank für Investitionsstreitigkeiten",
                "dem Internationalen Zentrum zur Beilegung von Investitionsstreitigkeiten (ICSID)", "dem ICSID",
                "dem Schiedsgericht"]),
        entity("World Bank", "ORG", "IGO", ["der Weltbank"]),
        entity("Xiomara Castro", "PER", "HND", ["Präsidentin Xiomara Castro", "Castro", "die Präsidentin"]),
        entity("Enrique Reina", "PER", "HND", ["Außenminister Enrique Reina", "Reina"]),
        entity("Próspera", "ORG", "USA", ["des US-Unternehmens Próspera", "Próspera", "dem Unternehmen",
                                          "Das Unternehmen"]),
        entity("Roatán", "LOC", "HND", ["der Karibikinsel Roatán"]),
        entity("CAFTA-DR", "MISC", "IGO", ["Freihandelsabkommen CAFTA-DR"]),
        entity("Honduran Council of Private Enterprise", "ORG", "HND", ["Der Unternehmerverband Cohep"]),
        entity("Laura Dogu", "PER", "USA", ["die US-Botschafterin in Tegucigalpa, Laura Dogu"]),
        entity("Liberty and Refoundation", "ORG", "HND", ["Die linke Regierungspartei Libre"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
    ],
}

# ---------------------------------------------------------------- hm408-de-03 (Cameron on the Falklands)
CAMERON = actor("David Cameron", "GBR", "GOV")
FLK_GOV = actor("Falkland Islands Government", "FLK", "GOV")
FLK_ASSEMBLY = actor("Legislative Assembly of the Falkland Islands", "FLK", "LEG")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
ARG_MFA = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")
MONDINO = actor("Diana Mondino", "ARG", "GOV")
ARG_VETERANS = actor("Argentine war veterans", "ARG", "CVL")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
PERONISTS = actor("Peronist opposition lawmakers", "ARG", "OPP")

F1 = "Buenos Aires (dpa) - Als erster britischer Außenminister seit 30 Jahren ist David Cameron auf die Falklandinseln gereist."
F2 = ("Cameron traf am Montag in der Hauptstadt Stanley Mitglieder der gesetzgebenden Versammlung der Inseln und legte "
      "am Denkmal für die Gefallenen des Krieges von 1982 einen Kranz nieder.")
F3 = ("„Solange die Falkländer Teil der britischen Familie bleiben wollen, steht die Souveränität nicht zur "
      "Debatte“, sagte er.")
F4 = "Die Inselregierung begrüßte den Besuch als Zeichen der Unterstützung aus London."
F5 = ("Das argentinische Außenministerium nannte die Reise „bedauerlich“ und bekräftigte den Anspruch des Landes auf "
      "die Inselgruppe, die in Argentinien Malvinas heißt.")
F6 = ("Buenos Aires forderte London erneut auf, die von den Vereinten Nationen angemahnten Verhandlungen über die "
      "Souveränität aufzunehmen.")
F7 = "Großbritannien lehnt solche Gespräche seit jeher ab."
F8 = ("Außenministerin Diana Mondino kündigte an, sie werde Cameron am Rande des Treffens der G20-Außenminister in Rio "
      "de Janeiro am Mittwoch treffen.")
F9 = "„Die Malvinas waren, sind und bleiben argentinisch“, sagte die Ministerin."
F10 = ("Mehrere Hundert Kriegsveteranen versammelten sich am Montagabend vor der britischen Botschaft in Buenos Aires "
       "zu einer Protestkundgebung.")
F11 = "Die Kundgebung verlief friedlich, die Polizei nahm niemanden fest."
F12 = ("Abgeordnete der peronistischen Opposition warfen der Regierung von Präsident Javier Milei vor, gegenüber London "
       "zu nachgiebig aufzutreten.")
F13 = ("Milei hatte kürzlich gesagt, eine Rückgabe der Inseln sei nur über Verhandlungen zu erreichen und könne "
       "Jahrzehnte dauern.")
F14 = "Im Krieg um die Inseln starben 1982 insgesamt 649 argentinische und 255 britische Soldaten."
F15 = ("Bei einem Referendum im Jahr 2013 hatten sich 99,8 Prozent der Inselbewohner für einen Verbleib bei "
       "Großbritannien ausgesprochen.")

DE03 = {
    "id": "hm408-de-03", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Camerons Falkland-Besuch verärgert Argentinien",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8, F9], [F10, F11, F12, F13], [F14, F15]),
    "events": [
        event("CONSULT", CAMERON, FLK_GOV, F1, mode="visit", location="Falkland Islands", location_country="FLK"),
        event("CONSULT", CAMERON, FLK_ASSEMBLY, F2, mode="visit", date="2024-02-19", location="Stanley",
              location_country="FLK"),
        event("REJECT", CAMERON, ARG_GOV, F3),
        event("SUPPORT", FLK_GOV, CAMERON, F4),
        event("ACCUSE", ARG_MFA, CAMERON, F5, mode="disapprove"),
        event("REQUEST", ARG_GOV, GBR_GOV, F6, mode="meet"),
        event("REJECT", GBR_GOV, ARG_GOV, F7, mode="meet"),
        event("AGREE", MONDINO, CAMERON, F8),
        event("PROTEST", ARG_VETERANS, GBR_GOV, F10, mode="demo", date="2024-02-19", location="Buenos Aires",
              location_country="ARG"),
        event("COERCE", ARG_POLICE, ARG_VETERANS, F11, mode="arrest", location="Buenos Aires", location_country="ARG",
              negated=True),
        event("ACCUSE", PERONISTS, ARG_GOV, F12, mode="disapprove"),
    ],
    "quotes": [
        quote("Solange die Falkländer Teil der britischen Familie bleiben wollen, steht die Souveränität nicht zur "
              "Debatte", "David Cameron", "direct"),
        quote("bedauerlich", "Ministry of Foreign Affairs of Argentina", "direct"),
        quote("sie werde Cameron am Rande des Treffens der G20-Außenminister in Rio de Janeiro am Mittwoch treffen",
              "Diana Mondino", "indirect"),
        quote("Die Malvinas waren, sind und bleiben argentinisch", "Diana Mondino", "direct"),
        quote("gegenüber London zu nachgiebig aufzutreten", "Peronist opposition lawmakers", "indirect"),
        quote("eine Rückgabe der Inseln sei nur über Verhandlungen zu erreichen und könne Jahrzehnte dauern",
              "Javier Milei", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("David Cameron", "PER", "GBR", ["David Cameron", "Cameron",
                                                "er"]),
        entity("Falkland Islands", "LOC", "FLK", ["die Falklandinseln", "der Inseln", "die Inselgruppe", "Malvinas",
                                                  "die Inseln"]),
        entity("Stanley", "LOC", "FLK", ["der Hauptstadt Stanley"]),
        entity("Legislative Assembly of the Falkland Islands", "ORG", "FLK",
               ["Mitglieder der gesetzgebenden Versammlung der Inseln"]),
        entity("Falklands War", "MISC", "FLK", ["des Krieges von 1982", "Im Krieg um die Inseln"]),
        entity("Falkland Islanders", "PER", "FLK", ["die Falkländer", "der Inselbewohner"]),
        entity("Falkland Islands Government", "ORG", "FLK", ["Die Inselregierung"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London", "Großbritannien"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Das argentinische Außenministerium"]),
        entity("Argentina", "LOC", "ARG", ["des Landes", "Argentinien"]),
        entity("Government of Argentina", "ORG", "ARG", ["Buenos Aires", "der Regierung von Präsident Javier Milei"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Diana Mondino", "PER", "ARG", ["Außenministerin Diana Mondino", "sie", "die Ministerin"]),
        entity("G20", "ORG", "IGO", ["des Treffens der G20-Außenminister"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
        entity("Argentine war veterans", "PER", "ARG", ["Mehrere Hundert Kriegsveteranen"]),
        entity("Embassy of the United Kingdom in Buenos Aires", "LOC", "GBR",
               ["der britischen Botschaft in Buenos Aires"]),
        entity("Argentine police", "ORG", "ARG", ["die Polizei"]),
        entity("Peronist opposition lawmakers", "ORG", "ARG", ["Abgeordnete der peronistischen Opposition"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei", "Milei"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
    ],
}

# ---------------------------------------------------------------- hm408-de-04 (Brazil, marco temporal veto overridden)
BRA_CONGRESS = actor("National Congress of Brazil", "BRA", "LEG")
BRA_CHAMBER = actor("Chamber of Deputies of Brazil", "BRA", "LEG")
BRA_SENATE = actor("Federal Senate of Brazil", "BRA", "LEG")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
LUPION = actor("Pedro Lupion", "BRA", "LEG")
APIB = actor("Articulation of Indigenous Peoples of Brazil", "BRA", "NGO")
KARIPUNA = actor("Kleber Karipuna", "BRA", "NGO")
IND_PROTESTERS = actor("indigenous protesters in Brasília", "BRA", "CVL")
BRA_POLICE = actor("Brazilian police", "BRA", "COP")
SILVA = actor("Marina Silva", "BRA", "GOV")
GUAJAJARA = actor("Sônia Guajajara", "BRA", "GOV")

B1 = ("Brasília (dpa) - Der brasilianische Kongress hat ein Veto von Präsident Luiz Inácio Lula da Silva gegen die "
      "umstrittene Stichtagsregel für indigene Gebiete aufgehoben.")
B2 = ("In einer gemeinsamen Sitzung beider Kammern stimmten am Donnerstag 321 Abgeordnete und 53 Senatoren für die "
      "Aufhebung.")
B3 = ("Nach der sogenannten Marco-temporal-These können indigene Völker nur Land beanspruchen, das sie am Tag der "
      "Verkündung der Verfassung, dem 5. Oktober 1988, bewohnt oder bereits vor Gericht beansprucht haben.")
B4 = "Der Oberste Gerichtshof hatte die These im September für verfassungswidrig erklärt."
B5 = ("Der Kongress verabschiedete daraufhin ein eigenes Gesetz, gegen das Lula im Oktober in wesentlichen Teilen sein "
      "Veto einlegte.")
B6 = ("Der Vorsitzende der einflussreichen Agrarfraktion, Pedro Lupion, feierte das Ergebnis als Sieg für die "
      "Rechtssicherheit auf dem Land.")
B7 = ("Der Dachverband der indigenen Völker Brasiliens (Apib) reichte noch am Abend beim Obersten Gerichtshof eine "
      "Klage gegen das Gesetz ein.")
B8 = ("„Der Kongress hat heute einen Völkermord an den indigenen Völkern legalisiert“, sagte Apib-Koordinator Kleber "
      "Karipuna.")
B9 = "Hunderte Indigene protestierten während der Sitzung vor dem Kongressgebäude."
B10 = "Die Polizei setzte Pfefferspray ein, als Demonstranten versuchten, eine Absperrung zu durchbrechen."
B11 = ("Umweltministerin Marina Silva und die Ministerin für indigene Völker, Sônia Guajajara, kritisierten die "
       "Entscheidung.")
B12 = "Die Regierung prüfe, ob sie ebenfalls vor das Oberste Gericht ziehe, sagte Guajajara."
B13 = "Lula selbst äußerte sich zunächst nicht."
B14 = ("Das Gesetz erlaubt zudem den Bau von Straßen und Militärstützpunkten in indigenen Gebieten ohne Zustimmung "
       "der betroffenen Gemeinschaften.")
B15 = "In Brasilien leben nach Angaben der Statistikbehörde IBGE rund 1,7 Millionen Indigene."
B16 = "Umweltschützer befürchten, dass die Regelung die Abholzung im Amazonasgebiet beschleunigen wird."

DE04 = {
    "id": "hm408-de-04", "lang": "de", "url": None, "published": "2023-12-15",
    "title": "Brasiliens Kongress kippt Lulas Veto zu indigenen Gebieten",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10], [B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("REJECT", BRA_CONGRESS, LULA, B1),
        event("REJECT", BRA_CHAMBER, LULA, B2, date="2023-12-14"),
        event("REJECT", BRA_SENATE, LULA, B2, date="2023-12-14"),
        event("REJECT", LULA, BRA_CONGRESS, B5),
        event("SUPPORT", LUPION, BRA_CONGRESS, B6),
        event("ACCUSE", APIB, BRA_CONGRESS, B7, mode="allege", date="2023-12-14"),
        event("ACCUSE", KARIPUNA, BRA_CONGRESS, B8, mode="disapprove", date="2023-12-14"),
        event("PROTEST", IND_PROTESTERS, BRA_CONGRESS, B9, mode="demo", date="2023-12-14", location="Brasília",
              location_country="BRA"),
        event("ASSAULT", BRA_POLICE, IND_PROTESTERS, B10, mode="crowd-control", date="2023-12-14",
              location="Brasília", location_country="BRA"),
        event("ACCUSE", SILVA, BRA_CONGRESS, B11, mode="disapprove"),
        event("ACCUSE", GUAJAJARA, BRA_CONGRESS, B11, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Kongress hat heute einen Völkermord an den indigenen Völkern legalisiert", "Kleber Karipuna",
              "direct"),
        quote("Die Regierung prüfe, ob sie ebenfalls vor das Oberste Gericht ziehe", "Sônia Guajajara", "indirect"),
        quote("In Brasilien leben nach Angaben der Statistikbehörde IBGE rund 1,7 Millionen Indigene",
              "Brazilian Institute of Geography and Statistics", "indirect"),
        quote("dass die Regelung die Abholzung im Amazonasgebiet beschleunigen wird", "environmentalists", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["Der brasilianische Kongress", "beider Kammern",
                                                             "Der Kongress", "dem Kongressgebäude"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Chamber of Deputies of Brazil", "ORG", "BRA", ["321 Abgeordnete"]),
        entity("Federal Senate of Brazil", "ORG", "BRA", ["53 Senatoren"]),
        entity("Marco temporal", "MISC", "BRA", ["die umstrittene Stichtagsregel für indigene Gebiete",
                                                 "Marco-temporal-These", "die These", "die Regelung"]),
        entity("Constitution of Brazil", "MISC", "BRA", ["der Verfassung"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Der Oberste Gerichtshof", "beim Obersten "
                                                                 "Gerichtshof", "das Oberste Gericht"]),
        entity("Pedro Lupion", "PER", "BRA", ["Der Vorsitzende der einflussreichen Agrarfraktion, Pedro Lupion"]),
        entity("Agricultural Parliamentary Front", "ORG", "BRA", ["der einflussreichen Agrarfraktion"]),
        entity("Articulation of Indigenous Peoples of Brazil", "ORG", "BRA",
               ["Der Dachverband der indigenen Völker Brasiliens (Apib)", "Apib"]),
        entity("Kleber Karipuna", "PER", "BRA", ["Apib-Koordinator Kleber Karipuna"]),
        entity("indigenous protesters in Brasília", "PER", "BRA", ["Hunderte Indigene", "Demonstranten"]),
        entity("Brazilian police", "ORG", "BRA", ["Die Polizei"]),
        entity("Marina Silva", "PER", "BRA", ["Umweltministerin Marina Silva"]),
        entity("Sônia Guajajara", "PER", "BRA", ["die Ministerin für indigene Völker, Sônia Guajajara", "Guajajara"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung", "sie"]),
        entity("Brazil", "LOC", "BRA", ["Brasiliens", "In Brasilien"]),
        entity("Brazilian Institute of Geography and Statistics", "ORG", "BRA", ["der Statistikbehörde IBGE"]),
        entity("environmentalists", "PER", "BRA", ["Umweltschützer"]),
        entity("Amazon", "LOC", "BRA", ["im Amazonasgebiet"]),
    ],
}

# ---------------------------------------------------------------- hm408-en-01 (Mexico rejects Texas SB4 deportations)
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
TEXAS_GOV = actor("Government of Texas", "USA", "GOV")
MEX_SRE = actor("Ministry of Foreign Affairs of Mexico", "MEX", "GOV")
SCOTUS = actor("Supreme Court of the United States", "USA", "JUD")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
FIFTH_CIRCUIT = actor("United States Court of Appeals for the Fifth Circuit", "USA", "JUD")
TX_DPS = actor("Texas Department of Public Safety", "USA", "COP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
ABBOTT = actor("Greg Abbott", "USA", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
JEAN_PIERRE = actor("Karine Jean-Pierre", "USA", "GOV")
BARCENA = actor("Alicia Bárcena", "MEX", "GOV")
MAYORKAS = actor("Alejandro Mayorkas", "USA", "GOV")
MEX_NATIONALS_TX = actor("Mexican citizens in Texas", "MEX", "CVL")

X1 = ("MEXICO CITY (AP) — Mexico said Tuesday it will not accept any migrants deported by the state of Texas under a "
      "new law that lets state police arrest people suspected of crossing the border illegally.")
X2 = ("\"Mexico will not accept, under any circumstances, repatriations by the state of Texas,\" the Foreign Relations "
      "Department said in a statement.")
X3 = ("The ministry said the law would lead to the separation of families, discrimination and racial profiling against "
      "Mexican and other Latin American communities.")
X4 = ("The statement came hours after the U.S. Supreme Court refused a request by the Justice Department to block the "
      "law, known as SB4, while the department's lawsuit against Texas proceeds.")
X5 = "Late Tuesday, a panel of the 5th U.S. Circuit Court of Appeals put the law on hold again."
X6 = ("No one had been arrested under the law during the few hours it was in force, according to the Texas "
      "Department of Public Safety.")
X7 = ("President Andrés Manuel López Obrador called the law \"draconian\" and accused Texas Gov. Greg Abbott of using "
      "migrants for political gain ahead of the November election.")
X8 = "Abbott, a Republican, welcomed the Supreme Court's decision as \"clearly a positive development.\""
X9 = "He has said Texas must act because the Biden administration has failed to secure the border."
X10 = ("White House press secretary Karine Jean-Pierre said the law would \"make communities in Texas less safe\" and "
       "sow chaos at the border.")
X11 = ("Mexican Foreign Secretary Alicia Bárcena said she had discussed the law by phone with U.S. Homeland Security "
       "Secretary Alejandro Mayorkas.")
X12 = ("She said Mexican consulates in Texas would provide legal assistance to any Mexican citizen detained under the "
       "law.")
X13 = ("The law makes illegal entry a state crime and allows state judges to order people sent back to Mexico "
       "regardless of their nationality.")
X14 = ("U.S. Border Patrol recorded about 140,000 encounters with migrants at the southwest border in February, down "
       "from a record of nearly 250,000 in December.")
X15 = "The appeals court was scheduled to hear arguments on the law on Wednesday."

EN01 = {
    "id": "hm408-en-01", "lang": "en", "url": None, "published": "2024-03-20",
    "title": "Mexico says it won't accept migrants deported by Texas under new state law",
    "text": paragraphs([X1, X2, X3], [X4, X5, X6], [X7, X8, X9], [X10, X11, X12], [X13, X14, X15]),
    "events": [
        event("REJECT", MEX_GOV, TEXAS_GOV, X1, date="2024-03-19", location="Mexico City", location_country="MEX"),
        event("REJECT", MEX_SRE, TEXAS_GOV, X2),
        event("ACCUSE", MEX_SRE, TEXAS_GOV, X3, mode="disapprove"),
        event("REJECT", SCOTUS, US_DOJ, X4, date="2024-03-19"),
        event("ACCUSE", US_DOJ, TEXAS_GOV, X4, mode="allege"),
        event("REJECT", FIFTH_CIRCUIT, TEXAS_GOV, X5, date="2024-03-19"),
        event("COERCE", TX_DPS, None, X6, mode="arrest", location="Texas", location_country="USA", negated=True),
        event("ACCUSE", AMLO, ABBOTT, X7, mode="disapprove"),
        event("SUPPORT", ABBOTT, SCOTUS, X8),
        event("ACCUSE", ABBOTT, US_GOV, X9, mode="disapprove"),
        event("ACCUSE", JEAN_PIERRE, TEXAS_GOV, X10, mode="disapprove"),
        event("CONSULT", BARCENA, MAYORKAS, X11, mode="phone"),
        event("AGREE", BARCENA, MEX_NATIONALS_TX, X12),
    ],
    "quotes": [
        quote("it will not accept any migrants deported by the state of Texas under a new law that lets state police "
              "arrest people suspected of crossing the border illegally", "Government of Mexico", "indirect"),
        quote("Mexico will not accept, under any circumstances, repatriations by the state of Texas",
              "Ministry of Foreign Affairs of Mexico", "direct"),
        quote("the law would lead to the separation of families, discrimination and racial profiling against Mexican "
              "and other Latin American communities", "Ministry of Foreign Affairs of Mexico", "indirect"),
        quote("No one had been arrested under the law during the few hours it was in force",
              "Texas Department of Public Safety", "indirect"),
        quote("draconian", "Andrés Manuel López Obrador", "direct"),
        quote("clearly a positive development", "Greg Abbott", "direct"),
        quote("Texas must act because the Biden administration has failed to secure the border", "Greg Abbott",
              "indirect"),
        quote("make communities in Texas less safe", "Karine Jean-Pierre", "direct"),
        quote("the law would \"make communities in Texas less safe\" and sow chaos at the border", "Karine Jean-Pierre",
              "indirect"),
        quote("she had discussed the law by phone with U.S. Homeland Security Secretary Alejandro Mayorkas",
              "Alicia Bárcena", "indirect"),
        quote("Mexican consulates in Texas would provide legal assistance to any Mexican citizen detained under the law",
              "Alicia Bárcena", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["MEXICO CITY"]),
        entity("Government of Mexico", "ORG", "MEX", ["Mexico"]),
        entity("Government of Texas", "ORG", "USA", ["the state of Texas", "Texas"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Texas police", "ORG", "USA", ["state police"]),
        entity("Ministry of Foreign Affairs of Mexico", "ORG", "MEX", ["the Foreign Relations Department",
                                                                        "The ministry"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the U.S. Supreme Court",
                                                                    "the Supreme Court's"]),
        entity("United States Department of Justice", "ORG", "USA", ["the Justice Department", "the department's"]),
        entity("SB4", "MISC", "USA", ["SB4"]),
        entity("United States Court of Appeals for the Fifth Circuit", "ORG", "USA",
               ["a panel of the 5th U.S. Circuit Court of Appeals", "The appeals court"]),
        entity("Texas Department of Public Safety", "ORG", "USA", ["the Texas Department of Public Safety"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["President Andrés Manuel López Obrador"]),
        entity("Greg Abbott", "PER", "USA", ["Texas Gov. Greg Abbott", "Abbott", "He"]),
        entity("Republican Party", "ORG", "USA", ["a Republican"]),
        entity("Government of the United States", "ORG", "USA", ["the Biden administration"]),
        entity("Karine Jean-Pierre", "PER", "USA", ["White House press secretary Karine Jean-Pierre"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Alicia Bárcena", "PER", "MEX", ["Mexican Foreign Secretary Alicia Bárcena", "she", "She"]),
        entity("Alejandro Mayorkas", "PER", "USA", ["U.S. Homeland Security Secretary Alejandro Mayorkas"]),
        entity("Mexican consulates in Texas", "ORG", "MEX", ["Mexican consulates in Texas"]),
        entity("Mexican citizens in Texas", "PER", "MEX", ["any Mexican citizen detained under the law"]),
        entity("U.S. Border Patrol", "ORG", "USA", ["U.S. Border Patrol"]),
    ],
}

# ---------------------------------------------------------------- hm408-en-02 (Venezuela, Machado ban and US sanctions)
MINERVEN = actor("Minerven", "VEN", "BUS")
TSJ = actor("Supreme Tribunal of Justice of Venezuela", "VEN", "JUD")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
US_STATE = actor("United States Department of State", "USA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
DELCY = actor("Delcy Rodríguez", "VEN", "GOV")
J_RODRIGUEZ = actor("Jorge Rodríguez", "VEN", "LEG")
VEN_OPPOSITION = actor("Venezuelan opposition", "VEN", "OPP")
VEN_SECURITY = actor("Venezuelan security forces", "VEN", "COP")
VENTE = actor("Vente Venezuela", "VEN", "PTY")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")

V1 = ("CARACAS, Venezuela (AP) — The United States on Monday began reimposing sanctions on Venezuela's state-owned "
      "gold mining company after the country's top court upheld a ban that prevents opposition leader María Corina "
      "Machado from running for president.")
V2 = ("The Supreme Tribunal of Justice, which is dominated by loyalists of President Nicolás Maduro, on Friday "
      "confirmed a 15-year ban on Machado holding public office.")
V3 = ("Machado, who won the opposition's primary in October with more than 90% of the vote, rejected the ruling and "
      "said she would stay in the race.")
V4 = "\"Maduro is not going to choose the opposition's candidate,\" she told supporters in Caracas."
V5 = ("The State Department said the decision was inconsistent with commitments made by Maduro's representatives "
      "under the Barbados agreement, which calls for a competitive presidential election this year.")
V6 = ("The Treasury Department revoked a license that had allowed transactions with the state gold miner Minerven and "
      "gave companies until Feb. 13 to wind down their dealings.")
V7 = ("Washington also warned that it would not renew a broader license for Venezuela's oil and gas sector when it "
      "expires in April unless Maduro's government and the opposition agree on a path for Machado and other barred "
      "candidates.")
V8 = ("Vice President Delcy Rodríguez responded by threatening to halt flights carrying Venezuelan migrants deported "
      "from the United States starting Feb. 13.")
V9 = "\"Venezuela does not accept blackmail or ultimatums from anyone,\" she said in a televised address."
V10 = ("Her brother Jorge Rodríguez, the head of the National Assembly and Maduro's chief negotiator, accused the "
       "opposition of plotting to kill the president and said the government would not negotiate with \"terrorists\" "
       "who seek to overthrow it.")
V11 = ("In recent weeks, security forces have detained several regional coordinators of Machado's Vente Venezuela "
       "party.")
V12 = "The party said the detainees were being held without access to lawyers."
V13 = ("Brazil, whose leftist President Luiz Inácio Lula da Silva has sought closer ties with Maduro, urged Caracas "
       "to honor the commitments it made in Barbados.")
V14 = ("Maduro, in power since 2013, is expected to seek a third six-year term in an election for which no date has "
       "been set.")
V15 = "More than 7 million Venezuelans have left the country since 2014, according to the United Nations."

EN02 = {
    "id": "hm408-en-02", "lang": "en", "url": None, "published": "2024-01-30",
    "title": "US reimposes Venezuela sanctions after court upholds ban on opposition leader Machado",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7], [V8, V9, V10], [V11, V12, V13], [V14, V15]),
    "events": [
        event("SANCTION", US_GOV, MINERVEN, V1, mode="discontinue", date="2024-01-29"),
        event("COERCE", TSJ, MACHADO, V1, mode="restrict"),
        event("COERCE", TSJ, MACHADO, V2, mode="restrict", date="2024-01-26"),
        event("REJECT", MACHADO, TSJ, V3),
        event("ACCUSE", US_STATE, VEN_GOV, V5, mode="disapprove"),
        event("SANCTION", US_TREASURY, MINERVEN, V6, mode="discontinue"),
        event("THREATEN", US_GOV, VEN_GOV, V7),
        event("THREATEN", DELCY, US_GOV, V8),
        event("REJECT", DELCY, US_GOV, V9),
        event("ACCUSE", J_RODRIGUEZ, VEN_OPPOSITION, V10, mode="allege"),
        event("REJECT", J_RODRIGUEZ, VEN_OPPOSITION, V10, mode="meet"),
        event("COERCE", VEN_SECURITY, VENTE, V11, mode="arrest"),
        event("ACCUSE", VENTE, VEN_SECURITY, V12, mode="allege"),
        event("REQUEST", BRA_GOV, VEN_GOV, V13),
    ],
    "quotes": [
        quote("she would stay in the race", "María Corina Machado", "indirect"),
        quote("Maduro is not going to choose the opposition's candidate", "María Corina Machado", "direct"),
        quote("the decision was inconsistent with commitments made by Maduro's representatives under the Barbados "
              "agreement, which calls for a competitive presidential election this year",
              "United States Department of State", "indirect"),
        quote("it would not renew a broader license for Venezuela's oil and gas sector when it expires in April unless "
              "Maduro's government and the opposition agree on a path for Machado and other barred candidates",
              "Government of the United States", "indirect"),
        quote("Venezuela does not accept blackmail or ultimatums from anyone", "Delcy Rodríguez", "direct"),
        quote("terrorists", "Jorge Rodríguez", "direct"),
        quote("the government would not negotiate with \"terrorists\" who seek to overthrow it", "Jorge Rodríguez",
              "indirect"),
        quote("the detainees were being held without access to lawyers", "Vente Venezuela", "indirect"),
        quote("More than 7 million Venezuelans have left the country since 2014", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["CARACAS", "Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela", "Venezuela's", "the country's", "the country"]),
        entity("Government of the United States", "ORG", "USA", ["The United States", "Washington"]),
        entity("Minerven", "ORG", "VEN", ["Venezuela's state-owned gold mining company",
                                          "the state gold miner Minerven"]),
        entity("Supreme Tribunal of Justice of Venezuela", "ORG", "VEN", ["the country's top court",
                                                                          "The Supreme Tribunal of Justice"]),
        entity("María Corina Machado", "PER", "VEN", ["opposition leader María Corina Machado", "Machado", "she",
                                                      "Machado's"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro", "Maduro", "Maduro's", "the president"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["the opposition's", "the opposition"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Barbados agreement", "MISC", "VEN", ["the Barbados agreement"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["The Treasury Department"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Maduro's government", "the government", "Caracas"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vice President Delcy Rodríguez", "she", "Her"]),
        entity("Venezuelan migrants deported from the United States", "PER", "VEN",
               ["Venezuelan migrants deported from the United States"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Her brother Jorge Rodríguez, the head of the National Assembly and "
                                                 "Maduro's chief negotiator"]),
        entity("National Assembly of Venezuela", "ORG", "VEN", ["the National Assembly"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["security forces"]),
        entity("regional coordinators of Vente Venezuela", "PER", "VEN", ["several regional coordinators of "
                                                                         "Machado's Vente Venezuela party",
                                                                         "the detainees"]),
        entity("Vente Venezuela", "ORG", "VEN", ["Machado's Vente Venezuela party", "The party"]),
        entity("Government of Brazil", "ORG", "BRA", ["Brazil"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["leftist President Luiz Inácio Lula da Silva"]),
        entity("Barbados", "LOC", "BRB", ["Barbados"]),
        entity("Venezuelan emigrants", "PER", "VEN", ["More than 7 million Venezuelans"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
