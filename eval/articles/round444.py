"""Round 444: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm444-de-01: Uruguay: police arrest National Party senator Gustavo Penadés after the Senate unanimously lifts his immunity at prosecutor Alicia Ghione's request; he denies, Lacalle Pou backs the Senate, the party had expelled him, the Frente Amplio accuses the government and summons Heber, a second probe into a police officer who spied for him (2023-10-18).
- hm444-de-02: Brazil: GSI chief General Gonçalves Dias resigns after CNN Brasil footage shows him among the 8 January rioters in the Planalto; Moraes orders his questioning but no arrest, the opposition demands a CPMI, the government drops its refusal, the PL's André Fernandes accuses the government, the January riot and arrests recalled (2023-04-20).
- hm444-de-03: Chile: Antofagasta prosecutors investigate the Democracia Viva foundation over housing-ministry contracts; regional secretary Carlos Contreras resigns, Catalina Pérez denies, Boric pledges support to prosecutors, Montes suspends the contracts and demands the money back, Republicans demand Giorgio Jackson's resignation, Boric backs him, the UDI threatens a constitutional accusation (2023-06-20).
- hm444-de-04: Argentina/Israel: Javier Milei visits Israel, is received by Israel Katz, announces the embassy move to Jerusalem and meets Netanyahu, who praises him; cooperation agreed, Herzog praises him, Hamas and the Palestinian foreign ministry condemn and demand a reversal, Adorni refuses, Argentine hostages recalled (2024-02-07).
- hm444-en-01: Brazil/Israel: Israel downgrades relations after Brazil leaves Gali Dagan's agrément unanswered; Marmorstein accuses Brasília, a Brazilian diplomat links normal ties to the Gaza war, no expulsions, Lula's persona non grata status, the Meyer recall and the ICJ genocide case recalled, Lula demands a ceasefire, Brazil's Gaza aid, Flávio Bolsonaro attacks Lula (2025-08-26).
- hm444-en-02: Cuba: residents of Caimanera march over blackouts and food shortages; arrests, Guantánamo officials call it disturbances, meet residents and promise power, ETECSA cuts the internet, police deployed, the OCDH demands releases, Fernández de Cossío accuses Washington, the State Department urges restraint and denies a role, the 2021 protests and sentences recalled (2023-05-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm444-de-01 (Uruguay, Senator Penadés arrested)
URY_POLICE = actor("National Police of Uruguay", "URY", "COP")
PENADES = actor("Gustavo Penadés", "URY", "LEG")
URY_SENATE = actor("Senate of Uruguay", "URY", "LEG")
GHIONE = actor("Alicia Ghione", "URY", "JUD")
URY_JUDICIARY = actor("Judiciary of Uruguay", "URY", "JUD")
LACALLE = actor("Luis Lacalle Pou", "URY", "GOV")
PARTIDO_NACIONAL = actor("National Party (Uruguay)", "URY", "PTY")
FRENTE_AMPLIO = actor("Broad Front (Uruguay)", "URY", "OPP")
URY_GOV = actor("Government of Uruguay", "URY", "GOV")
FA_SENATORS = actor("Broad Front senators", "URY", "LEG")
HEBER = actor("Luis Alberto Heber", "URY", "GOV")
URY_PROSECUTORS = actor("Public Prosecutor's Office of Uruguay", "URY", "JUD")
URY_OFFICER = actor("Uruguayan police officer", "URY", "COP")
URY_INTERIOR = actor("Ministry of the Interior of Uruguay", "URY", "GOV")

U1 = ("Montevideo (dpa) - In Uruguay ist der Senator Gustavo Penadés nach der Aufhebung seiner parlamentarischen "
      "Immunität festgenommen worden.")
U2 = ("Polizisten brachten den 58-Jährigen am Mittwochmorgen in seiner Wohnung in Montevideo in Gewahrsam, wie die "
      "Staatsanwaltschaft mitteilte.")
U3 = ("Am Vorabend hatte der Senat einstimmig dafür gestimmt, dem Politiker der regierenden Nationalen Partei die "
      "Immunität zu entziehen.")
U4 = "Staatsanwältin Alicia Ghione wirft Penadés vor, über Jahre hinweg Minderjährige sexuell missbraucht zu haben."
U5 = "Sie hatte die Aufhebung der Immunität im September beantragt, um Anklage erheben zu können."
U6 = "Penadés weist alle Vorwürfe zurück."
U7 = ("Sein Anwalt sagte, sein Mandant habe sich den Behörden stets zur Verfügung gestellt und werde seine Unschuld "
      "vor Gericht beweisen.")
U8 = ("Im April hatte Penadés noch erklärt, er werde freiwillig auf seine Immunität verzichten, sobald die Justiz "
      "dies verlange.")
U9 = ("Präsident Luis Lacalle Pou, der lange als enger Weggefährte des Senators galt, begrüßte die Entscheidung des "
      "Senats.")
U10 = "„Niemand steht über dem Gesetz, auch nicht ein Parteifreund“, sagte der Staatschef vor Journalisten."
U11 = "Die Nationale Partei hatte Penadés bereits in der vergangenen Woche aus ihren Reihen ausgeschlossen."
U12 = "Die oppositionelle Frente Amplio warf der Regierung dennoch vor, den Senator monatelang gedeckt zu haben."
U13 = "Ihre Senatoren forderten Innenminister Luis Alberto Heber auf, im Parlament Rede und Antwort zu stehen."
U14 = ("Hintergrund sind Berichte, wonach ein Polizeibeamter im Auftrag von Penadés Informationen über die "
       "Ermittlungen und mögliche Zeuginnen gesammelt haben soll.")
U15 = "Die Staatsanwaltschaft leitete deswegen ein weiteres Verfahren gegen den Beamten ein."
U16 = "Der Beamte sei vom Dienst suspendiert worden, teilte das Innenministerium mit."
U17 = "Ein Richter soll am Donnerstag über Untersuchungshaft für den Senator entscheiden."

DE01 = {
    "id": "hm444-de-01", "lang": "de", "url": None, "published": "2023-10-18",
    "title": "Uruguayischer Senator Penadés nach Aufhebung der Immunität festgenommen",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8], [U9, U10, U11, U12, U13], [U14, U15, U16, U17]),
    "events": [
        event("COERCE", URY_POLICE, PENADES, U1, mode="arrest", location_country="URY"),
        event("COERCE", URY_POLICE, PENADES, U2, mode="arrest", date="2023-10-18", location="Montevideo",
              location_country="URY"),
        event("COERCE", URY_SENATE, PENADES, U3, mode="restrict", date="2023-10-17"),
        event("ACCUSE", GHIONE, PENADES, U4, mode="allege"),
        event("REQUEST", GHIONE, URY_SENATE, U5),
        event("AGREE", PENADES, URY_JUDICIARY, U8),
        event("SUPPORT", LACALLE, URY_SENATE, U9),
        event("SANCTION", PARTIDO_NACIONAL, PENADES, U11, mode="expel"),
        event("ACCUSE", FRENTE_AMPLIO, URY_GOV, U12, mode="disapprove"),
        event("REQUEST", FA_SENATORS, HEBER, U13),
        event("ACCUSE", URY_PROSECUTORS, URY_OFFICER, U15, mode="investigate"),
        event("COERCE", URY_INTERIOR, URY_OFFICER, U16, mode="restrict"),
    ],
    "quotes": [
        quote("Polizisten brachten den 58-Jährigen am Mittwochmorgen in seiner Wohnung in Montevideo in Gewahrsam",
              "Public Prosecutor's Office of Uruguay", "indirect"),
        quote("über Jahre hinweg Minderjährige sexuell missbraucht zu haben", "Alicia Ghione", "indirect"),
        quote("sein Mandant habe sich den Behörden stets zur Verfügung gestellt und werde seine Unschuld vor Gericht "
              "beweisen", "lawyer of Gustavo Penadés", "indirect"),
        quote("er werde freiwillig auf seine Immunität verzichten, sobald die Justiz dies verlange", "Gustavo Penadés",
              "indirect"),
        quote("Niemand steht über dem Gesetz, auch nicht ein Parteifreund", "Luis Lacalle Pou", "direct"),
        quote("den Senator monatelang gedeckt zu haben", "Broad Front (Uruguay)", "indirect"),
        quote("Der Beamte sei vom Dienst suspendiert worden", "Ministry of the Interior of Uruguay", "indirect"),
    ],
    "entities": [
        entity("Montevideo", "LOC", "URY", ["Montevideo"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Gustavo Penadés", "PER", "URY",
               ["der Senator Gustavo Penadés", "den 58-Jährigen", "dem Politiker der regierenden Nationalen Partei",
                "Penadés", "seiner", "Sein", "sein Mandant", "seine", "er", "des Senators", "den Senator"]),
        entity("National Police of Uruguay", "ORG", "URY", ["Polizisten"]),
        entity("Public Prosecutor's Office of Uruguay", "ORG", "URY", ["die Staatsanwaltschaft",
                                                                       "Die Staatsanwaltschaft"]),
        entity("Senate of Uruguay", "ORG", "URY", ["der Senat", "des Senats"]),
        entity("National Party (Uruguay)", "ORG", "URY", ["der regierenden Nationalen Partei",
                                                          "Die Nationale Partei"]),
        entity("Alicia Ghione", "PER", "URY", ["Staatsanwältin Alicia Ghione", "Sie"]),
        entity("lawyer of Gustavo Penadés", "PER", "URY", ["Sein Anwalt"]),
        entity("Judiciary of Uruguay", "ORG", "URY", ["die Justiz"]),
        entity("Luis Lacalle Pou", "PER", "URY", ["Präsident Luis Lacalle Pou", "der Staatschef"]),
        entity("Broad Front (Uruguay)", "ORG", "URY", ["Die oppositionelle Frente Amplio"]),
        entity("Government of Uruguay", "ORG", "URY", ["der Regierung"]),
        entity("Broad Front senators", "PER", "URY", ["Ihre Senatoren"]),
        entity("Luis Alberto Heber", "PER", "URY", ["Innenminister Luis Alberto Heber"]),
        entity("General Assembly of Uruguay", "ORG", "URY", ["im Parlament"]),
        entity("Uruguayan police officer", "PER", "URY", ["ein Polizeibeamter", "den Beamten", "Der Beamte"]),
        entity("witnesses in the Penadés case", "PER", "URY", ["mögliche Zeuginnen"]),
        entity("Ministry of the Interior of Uruguay", "ORG", "URY", ["das Innenministerium"]),
        entity("investigating judge", "PER", "URY", ["Ein Richter"]),
    ],
}

# ---------------------------------------------------------------- hm444-de-02 (Brazil, GSI chief resigns)
GDIAS = actor("Marco Edson Gonçalves Dias", "BRA", "GOV")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
BRA_OPP = actor("Brazilian opposition", "BRA", "OPP")
PACHECO = actor("Rodrigo Pacheco", "BRA", "LEG")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
RANDOLFE = actor("Randolfe Rodrigues", "BRA", "LEG")
FERNANDES = actor("André Fernandes", "BRA", "OPP")
BOLSONARISTAS = actor("supporters of Jair Bolsonaro", "BRA", "CVL")
BRA_CONGRESS = actor("National Congress of Brazil", "BRA", "LEG")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
BRA_SECURITY = actor("Brazilian security forces", "BRA", "COP")

G1 = ("Brasília (dpa) - Nach der Veröffentlichung von Überwachungsvideos vom Sturm auf den Präsidentenpalast im Januar "
      "ist der Chef des brasilianischen Sicherheitskabinetts GSI, General Marco Edson Gonçalves Dias, "
      "zurückgetreten.")
G2 = ("Präsident Luiz Inácio Lula da Silva habe den Rücktritt am Mittwochabend angenommen, teilte der Planalto-Palast "
      "mit.")
G3 = ("Der Fernsehsender CNN Brasil hatte Aufnahmen gezeigt, auf denen der General am 8. Januar zwischen Anhängern "
      "des früheren Präsidenten Jair Bolsonaro durch die Flure des Palastes geht.")
G4 = "Mitarbeiter des GSI sind darauf zu sehen, wie sie den Eindringlingen Wasser reichen."
G5 = ("Gonçalves Dias erklärte, er habe die Randalierer lediglich aus dem dritten in den zweiten Stock geführt, wo sie "
      "festgenommen werden sollten.")
G6 = "Er habe niemandem geholfen, in den Palast einzudringen."
G7 = ("Richter Alexandre de Moraes vom Obersten Gerichtshof ordnete an, dass die Bundespolizei den General binnen "
      "48 Stunden vernimmt.")
G8 = "Eine Festnahme ordnete Moraes nicht an."
G9 = ("Die Opposition verlangte von Senatspräsident Rodrigo Pacheco erneut die Einsetzung eines parlamentarischen "
      "Untersuchungsausschusses zu den Ereignissen des 8. Januar.")
G10 = "Die Regierung hatte einen solchen Ausschuss bisher abgelehnt, weil sie ihn für eine Bühne der Bolsonaristen hielt."
G11 = ("Am Abend erklärte jedoch der Regierungskoordinator im Kongress, Senator Randolfe Rodrigues, die Regierung werde "
       "die Einsetzung nun unterstützen.")
G12 = "„Wir haben nichts zu verbergen“, sagte Rodrigues."
G13 = ("Der Abgeordnete André Fernandes von Bolsonaros Liberaler Partei warf der Regierung vor, die Randale bewusst "
       "zugelassen zu haben, um die Rechte zu diskreditieren.")
G14 = "Lula hat solche Vorwürfe stets als absurd bezeichnet."
G15 = ("Am 8. Januar hatten Tausende Bolsonaro-Anhänger den Kongress, den Obersten Gerichtshof und den "
       "Präsidentenpalast gestürmt und verwüstet.")
G16 = "Mehr als 1000 Menschen wurden damals festgenommen."
G17 = "Bolsonaro, der sich zu der Zeit in den USA aufhielt, bestreitet jede Verantwortung."

DE02 = {
    "id": "hm444-de-02", "lang": "de", "url": None, "published": "2023-04-20",
    "title": "Brasiliens Sicherheitschef tritt nach Videos vom Palaststurm zurück",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14], [G15, G16, G17]),
    "events": [
        event("RETREAT", GDIAS, None, G1, mode="resign"),
        event("ACCUSE", MORAES, GDIAS, G7, mode="investigate"),
        event("COERCE", MORAES, GDIAS, G8, mode="arrest", negated=True),
        event("REQUEST", BRA_OPP, PACHECO, G9),
        event("REJECT", BRA_GOV, BRA_OPP, G10),
        event("CONCEDE", RANDOLFE, BRA_OPP, G11, date="2023-04-19"),
        event("ACCUSE", FERNANDES, BRA_GOV, G13, mode="allege"),
        event("PROTEST", BOLSONARISTAS, BRA_CONGRESS, G15, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("PROTEST", BOLSONARISTAS, STF, G15, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("PROTEST", BOLSONARISTAS, BRA_GOV, G15, mode="riot", date="2023-01-08", location="Brasília",
              location_country="BRA"),
        event("COERCE", BRA_SECURITY, BOLSONARISTAS, G16, mode="arrest"),
    ],
    "quotes": [
        quote("Präsident Luiz Inácio Lula da Silva habe den Rücktritt am Mittwochabend angenommen",
              "Presidency of Brazil", "indirect"),
        quote("er habe die Randalierer lediglich aus dem dritten in den zweiten Stock geführt, wo sie festgenommen "
              "werden sollten", "Marco Edson Gonçalves Dias", "indirect"),
        quote("Er habe niemandem geholfen, in den Palast einzudringen", "Marco Edson Gonçalves Dias", "indirect"),
        quote("die Regierung werde die Einsetzung nun unterstützen", "Randolfe Rodrigues", "indirect"),
        quote("Wir haben nichts zu verbergen", "Randolfe Rodrigues", "direct"),
        quote("die Randale bewusst zugelassen zu haben, um die Rechte zu diskreditieren", "André Fernandes",
              "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Palácio do Planalto", "LOC", "BRA", ["den Präsidentenpalast", "des Palastes", "den Palast"]),
        entity("Institutional Security Office of Brazil", "ORG", "BRA",
               ["des brasilianischen Sicherheitskabinetts GSI", "des GSI"]),
        entity("Marco Edson Gonçalves Dias", "PER", "BRA",
               ["General Marco Edson Gonçalves Dias", "der General", "Gonçalves Dias", "er", "Er", "den General"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Presidency of Brazil", "ORG", "BRA", ["der Planalto-Palast"]),
        entity("CNN Brasil", "ORG", "BRA", ["Der Fernsehsender CNN Brasil"]),
        entity("supporters of Jair Bolsonaro", "PER", "BRA",
               ["Anhängern des früheren Präsidenten Jair Bolsonaro", "den Eindringlingen", "die Randalierer",
                "Tausende Bolsonaro-Anhänger"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des früheren Präsidenten Jair Bolsonaro", "Bolsonaros",
                                                "Bolsonaro"]),
        entity("GSI staff", "PER", "BRA", ["Mitarbeiter des GSI"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Richter Alexandre de Moraes", "Moraes"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["vom Obersten Gerichtshof",
                                                                 "den Obersten Gerichtshof"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["die Bundespolizei"]),
        entity("Brazilian opposition", "ORG", "BRA", ["Die Opposition"]),
        entity("Rodrigo Pacheco", "PER", "BRA", ["Senatspräsident Rodrigo Pacheco"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die Regierung", "die Regierung", "der Regierung", "sie"]),
        entity("Bolsonaristas", "MISC", "BRA", ["der Bolsonaristen"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["im Kongress", "den Kongress"]),
        entity("Randolfe Rodrigues", "PER", "BRA",
               ["der Regierungskoordinator im Kongress, Senator Randolfe Rodrigues", "Rodrigues"]),
        entity("André Fernandes", "PER", "BRA", ["Der Abgeordnete André Fernandes"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Bolsonaros Liberaler Partei"]),
        entity("8 January attacks", "MISC", "BRA", ["den Ereignissen des 8. Januar"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
    ],
}

# ---------------------------------------------------------------- hm444-de-03 (Chile, Democracia Viva affair)
ANTOF_PROSECUTORS = actor("Antofagasta Regional Prosecutor's Office", "CHL", "JUD")
DEMOCRACIA_VIVA = actor("Democracia Viva", "CHL", "NGO")
CONTRERAS = actor("Carlos Contreras", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MONTES = actor("Carlos Montes", "CHL", "GOV")
REPUBLICANOS = actor("Republican Party (Chile)", "CHL", "PTY")
JACKSON = actor("Giorgio Jackson", "CHL", "GOV")
UDI_DEPUTIES = actor("Independent Democratic Union deputies", "CHL", "LEG")

C1 = ("Santiago de Chile (dpa) - Ein Skandal um Millionenzahlungen an eine regierungsnahe Stiftung setzt die "
      "Regierung des chilenischen Präsidenten Gabriel Boric unter Druck.")
C2 = ("Die Staatsanwaltschaft der nordchilenischen Region Antofagasta leitete Ermittlungen gegen die Stiftung "
      "Democracia Viva wegen des Verdachts der Veruntreuung öffentlicher Gelder ein.")
C3 = ("Die Organisation hatte vom Wohnungsbauministerium rund 426 Millionen Pesos (etwa 490.000 Euro) für "
      "Sozialprojekte in Armenvierteln erhalten, obwohl sie in dem Bereich keine Erfahrung hatte.")
C4 = ("Ihr Rechtsvertreter Daniel Andrade ist der Lebensgefährte der Abgeordneten Catalina Pérez von Borics "
      "Koalitionspartei Revolución Democrática.")
C5 = "Der zuständige Regionalsekretär des Ministeriums, Carlos Contreras, trat in der vergangenen Woche zurück."
C6 = "Pérez wies jede Beteiligung zurück."
C7 = "Sie habe mit den Verträgen nichts zu tun gehabt, erklärte die Abgeordnete."
C8 = "Boric sicherte der Staatsanwaltschaft am Montag die volle Unterstützung der Regierung zu."
C9 = "„Hier wird niemand geschützt, egal aus welcher Partei“, sagte der Präsident."
C10 = ("Wohnungsbauminister Carlos Montes ließ alle Verträge mit der Stiftung aussetzen und verlangte die Rückzahlung "
       "der Gelder.")
C11 = ("Die oppositionelle Republikanische Partei forderte den Rücktritt von Sozialminister Giorgio Jackson, dem "
       "bekanntesten Politiker der Revolución Democrática.")
C12 = "Boric stellte sich hinter seinen langjährigen Weggefährten."
C13 = "Abgeordnete der rechten UDI drohten zudem mit einer Verfassungsklage gegen Montes."
C14 = ("Medienberichten zufolge haben auch Stiftungen in anderen Regionen ähnliche Verträge mit dem Ministerium "
       "erhalten.")
C15 = ("Die Affäre trifft Boric, dessen Linksbündnis mit dem Versprechen einer sauberen Politik angetreten war, in "
       "einer Phase schwacher Umfragewerte.")
C16 = "Im Mai hatte die rechte Opposition die Wahl zum Verfassungsrat klar gewonnen."

DE03 = {
    "id": "hm444-de-03", "lang": "de", "url": None, "published": "2023-06-20",
    "title": "Stiftungsaffäre setzt Chiles Präsidenten Boric unter Druck",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10], [C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("ACCUSE", ANTOF_PROSECUTORS, DEMOCRACIA_VIVA, C2, mode="investigate"),
        event("RETREAT", CONTRERAS, None, C5, mode="resign"),
        event("AGREE", BORIC, ANTOF_PROSECUTORS, C8, date="2023-06-19"),
        event("SANCTION", MONTES, DEMOCRACIA_VIVA, C10, mode="discontinue"),
        event("REQUEST", MONTES, DEMOCRACIA_VIVA, C10),
        event("REQUEST", REPUBLICANOS, JACKSON, C11, mode="change"),
        event("SUPPORT", BORIC, JACKSON, C12),
        event("THREATEN", UDI_DEPUTIES, MONTES, C13),
    ],
    "quotes": [
        quote("Sie habe mit den Verträgen nichts zu tun gehabt", "Catalina Pérez", "indirect"),
        quote("Hier wird niemand geschützt, egal aus welcher Partei", "Gabriel Boric", "direct"),
        quote("Medienberichten zufolge haben auch Stiftungen in anderen Regionen ähnliche Verträge mit dem Ministerium "
              "erhalten", "Chilean media", "indirect"),
    ],
    "entities": [
        entity("Santiago", "LOC", "CHL", ["Santiago de Chile"]),
        entity("Democracia Viva", "ORG", "CHL", ["eine regierungsnahe Stiftung", "die Stiftung Democracia Viva",
                                                 "Die Organisation", "sie", "Ihr", "der Stiftung"]),
        entity("Government of Chile", "ORG", "CHL", ["die Regierung des chilenischen Präsidenten Gabriel Boric",
                                                     "der Regierung"]),
        entity("Gabriel Boric", "PER", "CHL", ["des chilenischen Präsidenten Gabriel Boric", "Borics", "Boric",
                                               "der Präsident"]),
        entity("Antofagasta Regional Prosecutor's Office", "ORG", "CHL",
               ["Die Staatsanwaltschaft der nordchilenischen Region Antofagasta", "der Staatsanwaltschaft"]),
        entity("Antofagasta Region", "LOC", "CHL", ["der nordchilenischen Region Antofagasta"]),
        entity("Ministry of Housing and Urban Development of Chile", "ORG", "CHL",
               ["vom Wohnungsbauministerium", "des Ministeriums", "dem Ministerium"]),
        entity("Daniel Andrade", "PER", "CHL", ["Ihr Rechtsvertreter Daniel Andrade"]),
        entity("Catalina Pérez", "PER", "CHL", ["der Abgeordneten Catalina Pérez", "Pérez", "Sie",
                                                "die Abgeordnete"]),
        entity("Revolución Democrática", "ORG", "CHL", ["Borics Koalitionspartei Revolución Democrática",
                                                        "der Revolución Democrática"]),
        entity("Carlos Contreras", "PER", "CHL",
               ["Der zuständige Regionalsekretär des Ministeriums, Carlos Contreras"]),
        entity("Carlos Montes", "PER", "CHL", ["Wohnungsbauminister Carlos Montes", "Montes"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Die oppositionelle Republikanische Partei"]),
        entity("Giorgio Jackson", "PER", "CHL",
               ["Sozialminister Giorgio Jackson, dem bekanntesten Politiker der Revolución Democrática",
                "seinen langjährigen Weggefährten"]),
        entity("Independent Democratic Union deputies", "PER", "CHL", ["Abgeordnete der rechten UDI"]),
        entity("Independent Democratic Union", "ORG", "CHL", ["der rechten UDI"]),
        entity("Chilean media", "ORG", "CHL", ["Medienberichten"]),
        entity("Chilean opposition", "ORG", "CHL", ["die rechte Opposition"]),
        entity("Constitutional Council of Chile", "ORG", "CHL", ["zum Verfassungsrat"]),
    ],
}

# ---------------------------------------------------------------- hm444-de-04 (Argentina/Israel, Milei's visit)
MILEI = actor("Javier Milei", "ARG", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
HERZOG = actor("Isaac Herzog", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
PSE_MFA = actor("Ministry of Foreign Affairs of Palestine", "PSE", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
ARG_HOSTAGES = actor("Argentine citizens abducted by Hamas", "ARG", "CVL")

J1 = ("Jerusalem (dpa) - Argentiniens Präsident Javier Milei hat bei seinem ersten Besuch in Israel die Verlegung der "
      "argentinischen Botschaft nach Jerusalem angekündigt.")
J2 = ("Unmittelbar nach seiner Ankunft am Dienstag wurde der 53-Jährige am Flughafen Ben Gurion von Außenminister "
      "Israel Katz empfangen.")
J3 = "„Unser Plan ist, die Botschaft nach West-Jerusalem zu verlegen“, sagte Milei dort."
J4 = "Anschließend betete er an der Klagemauer in der Jerusalemer Altstadt."
J4B = ("Begleitet wurde Milei von seiner Schwester Karina Milei und von seinem Rabbiner Axel Wahnish, den er zum "
       "neuen Botschafter in Israel ernannt hat.")
J5 = "Am Mittwoch kam Milei mit Ministerpräsident Benjamin Netanjahu zusammen."
J6 = "Netanjahu dankte ihm für seine „standhafte Unterstützung“ nach dem Angriff der Hamas vom 7. Oktober."
J7 = ("Beide vereinbarten nach Angaben von Netanjahus Büro eine engere Zusammenarbeit in den Bereichen Sicherheit, "
      "Technologie und Wasserwirtschaft.")
J8 = "Staatspräsident Izchak Herzog lobte den Gast als „wahren Freund Israels“."
J9 = "Die radikalislamische Hamas verurteilte die Ankündigung als „Angriff auf die Rechte des palästinensischen Volkes“."
J10 = ("Auch das palästinensische Außenministerium in Ramallah kritisierte den Plan und forderte Buenos Aires auf, "
       "davon Abstand zu nehmen.")
J11 = "Präsidentensprecher Manuel Adorni sagte in Buenos Aires, die Regierung halte an dem Vorhaben fest."
J12 = "Einen Zeitplan für den Umzug nannte er nicht."
J13 = "Hamas-Kämpfer hatten am 7. Oktober auch mehrere Argentinier in den Gazastreifen verschleppt."
J14 = "Nach israelischen Angaben befinden sich noch immer mehr als 130 Geiseln in der Gewalt der Islamisten."
J15 = ("Bislang haben nur die USA, Guatemala, Honduras, Kosovo und Papua-Neuguinea ihre Botschaften in Jerusalem "
       "angesiedelt.")
J16 = "Argentinien hat die größte jüdische Gemeinde Lateinamerikas."

DE04 = {
    "id": "hm444-de-04", "lang": "de", "url": None, "published": "2024-02-07",
    "title": "Milei kündigt in Israel Botschaftsumzug nach Jerusalem an",
    "text": paragraphs([J1, J2, J3, J4, J4B], [J5, J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15, J16]),
    "events": [
        event("CONSULT", MILEI, ISR_GOV, J1, mode="visit", location_country="ISR"),
        event("AGREE", MILEI, ISR_GOV, J1),
        event("CONSULT", MILEI, KATZ, J2, mode="visit", date="2024-02-06", location="Ben Gurion Airport",
              location_country="ISR"),
        event("AGREE", MILEI, ISR_GOV, J3),
        event("CONSULT", MILEI, NETANYAHU, J5, mode="visit", date="2024-02-07", location_country="ISR"),
        event("SUPPORT", NETANYAHU, MILEI, J6),
        event("AGREE", MILEI, NETANYAHU, J7),
        event("SUPPORT", HERZOG, MILEI, J8),
        event("ACCUSE", HAMAS, MILEI, J9, mode="disapprove"),
        event("ACCUSE", PSE_MFA, ARG_GOV, J10, mode="disapprove"),
        event("REQUEST", PSE_MFA, ARG_GOV, J10, mode="change"),
        event("REJECT", ADORNI, PSE_MFA, J11, mode="change", location="Buenos Aires", location_country="ARG"),
        event("ASSAULT", HAMAS, ARG_HOSTAGES, J13, mode="abduct", date="2023-10-07"),
    ],
    "quotes": [
        quote("Unser Plan ist, die Botschaft nach West-Jerusalem zu verlegen", "Javier Milei", "direct"),
        quote("standhafte Unterstützung", "Benjamin Netanyahu", "direct"),
        quote("Beide vereinbarten nach Angaben von Netanjahus Büro eine engere Zusammenarbeit in den Bereichen "
              "Sicherheit, Technologie und Wasserwirtschaft", "Prime Minister's Office of Israel", "indirect"),
        quote("wahren Freund Israels", "Isaac Herzog", "direct"),
        quote("Angriff auf die Rechte des palästinensischen Volkes", "Hamas", "direct"),
        quote("die Regierung halte an dem Vorhaben fest", "Manuel Adorni", "indirect"),
        quote("Nach israelischen Angaben befinden sich noch immer mehr als 130 Geiseln in der Gewalt der Islamisten",
              "Government of Israel", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem", "West-Jerusalem"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "Argentinien"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei", "seinem", "seiner",
                                              "der 53-Jährige", "Milei", "er", "ihm", "seine", "seinem", "den Gast"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Embassy of Argentina in Israel", "ORG", "ARG", ["der argentinischen Botschaft", "die Botschaft"]),
        entity("Ben Gurion Airport", "LOC", "ISR", ["am Flughafen Ben Gurion"]),
        entity("Israel Katz", "PER", "ISR", ["Außenminister Israel Katz"]),
        entity("Western Wall", "LOC", "ISR", ["an der Klagemauer"]),
        entity("Karina Milei", "PER", "ARG", ["seiner Schwester Karina Milei"]),
        entity("Axel Wahnish", "PER", "ARG", ["seinem Rabbiner Axel Wahnish", "neuen Botschafter in Israel"]),
        entity("Old City of Jerusalem", "LOC", "ISR", ["der Jerusalemer Altstadt"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu",
                                                    "Netanjahus"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Netanjahus Büro"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die radikalislamische Hamas", "der Islamisten"]),
        entity("Isaac Herzog", "PER", "ISR", ["Staatspräsident Izchak Herzog"]),
        entity("Ministry of Foreign Affairs of Palestine", "ORG", "PSE",
               ["das palästinensische Außenministerium in Ramallah"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Government of Argentina", "ORG", "ARG", ["Buenos Aires", "die Regierung"]),
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni", "er"]),
        entity("Argentine citizens abducted by Hamas", "PER", "ARG", ["mehrere Argentinier"]),
        entity("Hamas fighters", "PER", "PSE", ["Hamas-Kämpfer"]),
        entity("Gaza Strip", "LOC", "PSE", ["den Gazastreifen"]),
        entity("hostages in Gaza", "PER", "ISR", ["mehr als 130 Geiseln"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Guatemala", "LOC", "GTM", ["Guatemala"]),
        entity("Honduras", "LOC", "HND", ["Honduras"]),
        entity("Kosovo", "LOC", "XKX", ["Kosovo"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua-Neuguinea"]),
    ],
}

# ---------------------------------------------------------------- hm444-en-01 (Brazil/Israel, relations downgraded)
ISR_GOV_E = actor("Government of Israel", "ISR", "GOV")
BRA_GOV_E = actor("Government of Brazil", "BRA", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
MARMORSTEIN = actor("Oren Marmorstein", "ISR", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
GAZANS = actor("Palestinians in Gaza", "PSE", "CVL")
BRA_CONSERVATIVES = actor("Brazilian conservative opposition", "BRA", "OPP")
FLAVIO = actor("Flávio Bolsonaro", "BRA", "OPP")

E1 = ("JERUSALEM (AP) — Israel has downgraded its diplomatic relations with Brazil after the government of President "
      "Luiz Inácio Lula da Silva failed to approve Israel's choice of ambassador, the Israeli Foreign Ministry said "
      "Tuesday.")
E2 = ("Israel had asked Brasília months ago to accept veteran diplomat Gali Dagan as its envoy but never received an "
      "answer, the ministry said in a statement.")
E3 = ("It said it had withdrawn the request and that relations would now be conducted at a lower level, through a "
      "charge d'affaires.")
E4 = ("\"Brazil has chosen to side with Israel's enemies and to turn its back on decades of friendship,\" ministry "
      "spokesman Oren Marmorstein said.")
E5 = "Brazil's Foreign Ministry did not immediately respond to a request for comment."
E6 = ("A Brazilian diplomat, who spoke on condition of anonymity because he was not authorized to discuss the "
      "matter, said relations could not return to normal while the war in Gaza continued.")
E7 = "Brazil has not expelled any Israeli diplomats, and Israel's embassy in Brasília remains open."
E8 = "Relations between the two countries have deteriorated sharply since the war began in October 2023."
E9 = ("In February 2024, Israel declared Lula persona non grata after he compared Israel's military campaign in Gaza "
      "to the Holocaust.")
E10 = "Brazil recalled its ambassador to Israel, Frederico Meyer, three months later."
E11 = ("Last month, Brazil announced that it would join South Africa's genocide case against Israel at the "
       "International Court of Justice.")
E12 = ("Speaking at an event in São Paulo on Monday, Lula again called for an immediate ceasefire and for aid to be "
       "allowed into Gaza without restrictions.")
E13 = "Brazil has sent several shipments of food and medicine to Gaza through Egypt since the start of the war."
E14 = "The Israeli decision drew praise from Brazil's conservative opposition."
E15 = ("Senator Flávio Bolsonaro, the eldest son of former President Jair Bolsonaro, wrote on X that Lula had "
       "\"isolated Brazil\" and was sacrificing a key partnership for ideology.")

EN01 = {
    "id": "hm444-en-01", "lang": "en", "url": None, "published": "2025-08-26",
    "title": "Israel downgrades ties with Brazil after envoy left unapproved",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13], [E14, E15]),
    "events": [
        event("SANCTION", ISR_GOV_E, BRA_GOV_E, E1, mode="discontinue"),
        event("REJECT", BRA_GOV_E, ISR_GOV_E, E1, mode="assist"),
        event("REQUEST", ISR_GOV_E, BRA_GOV_E, E2, mode="assist"),
        event("SANCTION", ISR_MFA, BRA_GOV_E, E3, mode="discontinue"),
        event("ACCUSE", MARMORSTEIN, BRA_GOV_E, E4, mode="disapprove"),
        event("SANCTION", BRA_GOV_E, ISR_GOV_E, E7, mode="expel", negated=True),
        event("SANCTION", ISR_GOV_E, LULA, E9, mode="expel"),
        event("ACCUSE", LULA, ISR_GOV_E, E9, mode="disapprove"),
        event("SANCTION", BRA_GOV_E, ISR_GOV_E, E10, mode="withdraw"),
        event("ACCUSE", BRA_GOV_E, ISR_GOV_E, E11, mode="allege"),
        event("SUPPORT", BRA_GOV_E, ZAF_GOV, E11),
        event("REQUEST", LULA, ISR_GOV_E, E12, mode="yield", date="2025-08-25", location="São Paulo",
              location_country="BRA"),
        event("AID", BRA_GOV_E, GAZANS, E13),
        event("SUPPORT", BRA_CONSERVATIVES, ISR_GOV_E, E14),
        event("ACCUSE", FLAVIO, LULA, E15, mode="disapprove"),
    ],
    "quotes": [
        quote("Israel has downgraded its diplomatic relations with Brazil after the government of President Luiz "
              "Inácio Lula da Silva failed to approve Israel's choice of ambassador",
              "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("Israel had asked Brasília months ago to accept veteran diplomat Gali Dagan as its envoy but never "
              "received an answer", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("it had withdrawn the request and that relations would now be conducted at a lower level, through a "
              "charge d'affaires", "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("Brazil has chosen to side with Israel's enemies and to turn its back on decades of friendship",
              "Oren Marmorstein", "direct"),
        quote("relations could not return to normal while the war in Gaza continued",
              "Brazilian diplomat", "indirect"),
        quote("isolated Brazil", "Flávio Bolsonaro", "direct"),
        quote("Lula had \"isolated Brazil\" and was sacrificing a key partnership for ideology", "Flávio Bolsonaro",
              "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "Israel's"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Government of Brazil", "ORG", "BRA",
               ["the government of President Luiz Inácio Lula da Silva", "Brasília", "Brazil", "the government"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva", "Lula", "he"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["the Israeli Foreign Ministry",
                                                                      "the ministry", "It"]),
        entity("Gali Dagan", "PER", "ISR", ["veteran diplomat Gali Dagan"]),
        entity("Oren Marmorstein", "PER", "ISR", ["ministry spokesman Oren Marmorstein"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Brazil's Foreign Ministry"]),
        entity("Brazilian diplomat", "PER", "BRA", ["A Brazilian diplomat", "he"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Israeli diplomats in Brazil", "PER", "ISR", ["any Israeli diplomats"]),
        entity("Embassy of Israel in Brasília", "ORG", "ISR", ["Israel's embassy in Brasília"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Frederico Meyer", "PER", "BRA", ["its ambassador to Israel, Frederico Meyer"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa's"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice"]),
        entity("São Paulo", "LOC", "BRA", ["São Paulo"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Brazilian conservative opposition", "ORG", "BRA", ["Brazil's conservative opposition"]),
        entity("Flávio Bolsonaro", "PER", "BRA",
               ["Senator Flávio Bolsonaro, the eldest son of former President Jair Bolsonaro"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro"]),
        entity("X", "ORG", "USA", ["X"]),
    ],
}

# ---------------------------------------------------------------- hm444-en-02 (Cuba, Caimanera protest)
CUB_AUTHORITIES = actor("Cuban authorities", "CUB", "GOV")
CAIMANERA_PROTESTERS = actor("protesters in Caimanera", "CUB", "CVL")
CUB_GOV = actor("Government of Cuba", "CUB", "GOV")
GTMO_GOV = actor("Guantánamo Provincial Government", "CUB", "GOV")
CAIMANERA_RESIDENTS = actor("residents of Caimanera", "CUB", "CVL")
ETECSA = actor("ETECSA", "CUB", "BUS")
CUB_POLICE = actor("National Revolutionary Police of Cuba", "CUB", "COP")
OCDH = actor("Cuban Observatory of Human Rights", "CUB", "NGO")
COSSIO = actor("Carlos Fernández de Cossío", "CUB", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
CUB_PROTESTERS_2021 = actor("Cuban protesters", "CUB", "CVL")
CUB_COURTS = actor("Cuban courts", "CUB", "JUD")
DIAZ_CANEL = actor("Miguel Díaz-Canel", "CUB", "GOV")

H1 = ("HAVANA (AP) — Cuban authorities have arrested several people after a rare street protest over power outages "
      "and food shortages in the eastern town of Caimanera.")
H2 = ("Videos shared on social media showed dozens of people marching through the town near the U.S. naval base at "
      "Guantanamo Bay on Saturday night, some chanting \"Freedom!\" and \"We are hungry!\"")
H3 = ("The Guantanamo provincial government said in a statement that a small group had caused \"disturbances\" and "
      "that the situation was under control.")
H4 = ("Officials met with residents on Sunday and promised to restore a stable electricity supply, the statement "
      "said.")
H5 = ("Witnesses said dozens of police officers, some in riot gear, were deployed in the town on Sunday.")
H6 = ("The state telecommunications company ETECSA cut mobile internet service in Caimanera for several hours after "
      "the protest, according to the internet monitoring group NetBlocks.")
H7 = ("The Cuban Observatory of Human Rights, a Madrid-based group, said at least five people were still being held "
      "and demanded their immediate release.")
H8 = ("Deputy Foreign Minister Carlos Fernández de Cossío accused the United States of using social media to stir up "
      "unrest on the island.")
H9 = ("\"The U.S. government spends millions of dollars every year to promote destabilization in our country,\" he "
      "wrote on Twitter.")
H10 = ("The State Department said Washington was following the reports closely and urged Havana to respect the right "
       "of Cubans to protest peacefully.")
H11 = "It rejected any suggestion that it had played a role in the unrest."
H12 = ("Cuba is going through its worst economic crisis in decades, with long lines for food and fuel and blackouts "
       "lasting up to 12 hours a day in some provinces.")
H13 = ("Thousands of Cubans took to the streets across the island on July 11, 2021, in the largest anti-government "
       "protests since the 1959 revolution.")
H14 = "Hundreds of them were later sentenced to prison terms of up to 25 years, some for sedition."
H15 = "President Miguel Díaz-Canel has blamed the U.S. trade embargo for the shortages."

EN02 = {
    "id": "hm444-en-02", "lang": "en", "url": None, "published": "2023-05-08",
    "title": "Cuba arrests protesters after rare march over blackouts in Caimanera",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9], [H10, H11], [H12, H13, H14, H15]),
    "events": [
        event("COERCE", CUB_AUTHORITIES, CAIMANERA_PROTESTERS, H1, mode="arrest", location="Caimanera",
              location_country="CUB"),
        event("PROTEST", CAIMANERA_PROTESTERS, CUB_GOV, H1, mode="demo", location="Caimanera",
              location_country="CUB"),
        event("PROTEST", CAIMANERA_PROTESTERS, CUB_GOV, H2, mode="demo", date="2023-05-06", location="Caimanera",
              location_country="CUB"),
        event("ACCUSE", GTMO_GOV, CAIMANERA_PROTESTERS, H3, mode="disapprove"),
        event("CONSULT", GTMO_GOV, CAIMANERA_RESIDENTS, H4, date="2023-05-07", location="Caimanera",
              location_country="CUB"),
        event("AGREE", GTMO_GOV, CAIMANERA_RESIDENTS, H4, date="2023-05-07"),
        event("MOBILIZE", CUB_POLICE, None, H5, mode="police", date="2023-05-07", location="Caimanera",
              location_country="CUB"),
        event("COERCE", ETECSA, CAIMANERA_RESIDENTS, H6, mode="censor", location="Caimanera",
              location_country="CUB"),
        event("REQUEST", OCDH, CUB_GOV, H7, mode="yield"),
        event("ACCUSE", COSSIO, USA_GOV, H8, mode="allege"),
        event("ACCUSE", COSSIO, USA_GOV, H9, mode="allege"),
        event("REQUEST", US_STATE, CUB_GOV, H10, mode="change"),
        event("PROTEST", CUB_PROTESTERS_2021, CUB_GOV, H13, mode="demo", date="2021-07-11", location_country="CUB"),
        event("SANCTION", CUB_COURTS, CUB_PROTESTERS_2021, H14, mode="convict"),
        event("COERCE", CUB_COURTS, CUB_PROTESTERS_2021, H14, mode="arrest"),
        event("ACCUSE", DIAZ_CANEL, USA_GOV, H15, mode="disapprove"),
    ],
    "quotes": [
        quote("Freedom!", "protesters in Caimanera", "direct"),
        quote("We are hungry!", "protesters in Caimanera", "direct"),
        quote("disturbances", "Guantánamo Provincial Government", "direct"),
        quote("a small group had caused \"disturbances\" and that the situation was under control",
              "Guantánamo Provincial Government", "indirect"),
        quote("Officials met with residents on Sunday and promised to restore a stable electricity supply",
              "Guantánamo Provincial Government", "indirect"),
        quote("dozens of police officers, some in riot gear, were deployed in the town on Sunday", "witnesses",
              "indirect"),
        quote("The state telecommunications company ETECSA cut mobile internet service in Caimanera for several hours "
              "after the protest", "NetBlocks", "indirect"),
        quote("at least five people were still being held", "Cuban Observatory of Human Rights", "indirect"),
        quote("The U.S. government spends millions of dollars every year to promote destabilization in our country",
              "Carlos Fernández de Cossío", "direct"),
        quote("Washington was following the reports closely", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Havana", "LOC", "CUB", ["HAVANA"]),
        entity("Cuban authorities", "ORG", "CUB", ["Cuban authorities"]),
        entity("protesters in Caimanera", "PER", "CUB", ["several people", "dozens of people", "a small group"]),
        entity("Caimanera", "LOC", "CUB", ["the eastern town of Caimanera", "the town", "Caimanera"]),
        entity("Guantanamo Bay Naval Base", "LOC", "USA", ["the U.S. naval base at Guantanamo Bay"]),
        entity("Guantánamo Provincial Government", "ORG", "CUB", ["The Guantanamo provincial government",
                                                                  "Officials", "the statement"]),
        entity("residents of Caimanera", "PER", "CUB", ["residents"]),
        entity("witnesses", "PER", "CUB", ["Witnesses"]),
        entity("National Revolutionary Police of Cuba", "ORG", "CUB", ["dozens of police officers"]),
        entity("ETECSA", "ORG", "CUB", ["The state telecommunications company ETECSA"]),
        entity("NetBlocks", "ORG", "NGO", ["the internet monitoring group NetBlocks"]),
        entity("Cuban Observatory of Human Rights", "ORG", "CUB",
               ["The Cuban Observatory of Human Rights, a Madrid-based group"]),
        entity("Carlos Fernández de Cossío", "PER", "CUB", ["Deputy Foreign Minister Carlos Fernández de Cossío",
                                                           "he"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "The U.S. government",
                                                                 "Washington"]),
        entity("Cuba", "LOC", "CUB", ["the island", "our country", "Cuba"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department", "It", "it"]),
        entity("Government of Cuba", "ORG", "CUB", ["Havana"]),
        entity("Cuban protesters", "PER", "CUB", ["Thousands of Cubans", "Hundreds of them"]),
        entity("Miguel Díaz-Canel", "PER", "CUB", ["President Miguel Díaz-Canel"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
