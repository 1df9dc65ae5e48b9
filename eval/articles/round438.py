"""Round 438: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm438-de-01: Peru: Prime Minister Alberto Otárola resigns over broadcast audios with Yazire Pinedo; he denies wrongdoing, prosecutors open a preliminary inquiry, opposition lawmakers had demanded his exit and threatened censure, Gustavo Adrianzén succeeds him and offers dialogue, Perú Libre attacks Boluarte, the 2022-23 protest killings recalled (2024-03-06).
- hm438-de-02: Argentina: after four murders in Rosario Milei's government sends federal police and gendarmes; Bullrich and Petri visit Pullaro, gangs threaten Pullaro over his prison crackdown and he refuses to back down, UTA bus strike and demand for protection, no army patrols, Unión por la Patria attacks Bullrich (2024-03-11).
- hm438-de-03: Chile: the Supreme Court upholds the sentences of seven retired officers for the 1973 murders of Víctor Jara and Littré Quiroga; Hernán Chacón kills himself before his arrest, Boric and Joan Jara welcome the ruling, defence lawyers object, Chile's extradition request for Pedro Barrientos, rally at the Palace of Justice (2023-08-29).
- hm438-de-04: Costa Rica: the OIJ arrests ex-security minister and ex-justice Celso Gamboa on a US extradition request; Texas prosecutors' charges, his denial, a San José court refuses house arrest and orders extradition detention, Chaves praises the investigators, the security ministry promises more DEA cooperation, the PLN objects, his 2018 removal recalled (2025-06-27).
- hm438-en-01: Spain/Mexico: Madrid will send no representative to Claudia Sheinbaum's inauguration after King Felipe VI was left off the guest list; Albares objects, Sheinbaum recalls López Obrador's unanswered 2019 letter, López Obrador backs her, Sumar will attend, the PP demands the ambassador's recall and Albares refuses, Lula and Petro confirm attendance (2024-09-25).
- hm438-en-02: Brazil: the Amazon summit in Belém adopts the Belém Declaration without a zero-deforestation deadline; Petro, Boluarte, Arce and Delcy Rodríguez join Lula, the Climate Observatory objects, Petro urges an end to oil licences, Lula demands climate finance from the US and EU, Norway pledges money, Indigenous march blocked by police (2023-08-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm438-de-01 (Peru, Otárola resigns)
OTAROLA = actor("Alberto Otárola", "PER", "GOV")
PER_FISCALIA = actor("Public Ministry of Peru", "PER", "JUD")
PER_OPP_LAWMAKERS = actor("Peruvian opposition lawmakers", "PER", "LEG")
ADRIANZEN = actor("Gustavo Adrianzén", "PER", "GOV")
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
PERU_LIBRE = actor("Perú Libre", "PER", "PTY")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
PER_POLICE = actor("National Police of Peru", "PER", "COP")
PER_ARMY = actor("Peruvian Army", "PER", "MIL")
PER_PROTESTERS = actor("protesters in Peru", "PER", "CVL")
PER_HR_GROUPS = actor("Peruvian human rights groups", "PER", "NGO")

P1 = ("Lima (dpa) - Perus Ministerpräsident Alberto Otárola ist nach der Veröffentlichung heimlich mitgeschnittener "
      "Gespräche mit einer jungen Frau zurückgetreten.")
P2 = ("Otárola reichte am Dienstagabend sein Rücktrittsgesuch ein, das Präsidentin Dina Boluarte umgehend annahm, wie "
      "der Präsidentenpalast mitteilte.")
P3 = "In einer Fernsehansprache wies Otárola jedes Fehlverhalten zurück."
P4 = "Die Aufnahmen seien „manipuliert und aus dem Zusammenhang gerissen“, sagte er."
P5 = "Er trete zurück, um die Regierung vor weiterem Schaden zu bewahren, fügte der Politiker hinzu."
P6 = ("Der Fernsehsender Panamericana hatte am Sonntag Audios ausgestrahlt, in denen Otárola mit einer damals "
      "25-jährigen Frau über Stellen im Staatsdienst spricht.")
P7 = ("Die Frau, Yazire Pinedo, erhielt später zwei Beraterverträge des Verteidigungsministeriums, das Otárola "
      "damals leitete.")
P8 = ("Die Staatsanwaltschaft leitete am Montag Vorermittlungen gegen Otárola wegen des Verdachts der unerlaubten "
      "Einflussnahme ein.")
P9 = ("Mehrere Oppositionsabgeordnete hatten seinen Rücktritt gefordert und mit einem Misstrauensantrag im Kongress "
      "gedroht.")
P10 = ("Boluarte vereidigte am Mittwoch den bisherigen Botschafter bei der Organisation Amerikanischer Staaten, "
       "Gustavo Adrianzén, als Nachfolger.")
P11 = "Adrianzén kündigte an, das Gespräch mit allen Fraktionen des Parlaments zu suchen."
P12 = ("Die linke Partei Perú Libre warf der Präsidentin dagegen vor, an einem „verbrauchten Kabinett“ "
       "festzuhalten.")
P13 = "Otárola galt als engster Vertrauter der Staatschefin und führte das Kabinett seit Dezember 2022."
P14 = ("In seine Amtszeit fielen die Proteste nach der Absetzung von Präsident Pedro Castillo, bei denen Polizei und "
       "Armee rund 50 Demonstranten töteten.")
P15 = "Menschenrechtsgruppen werfen Otárola vor, politisch für die Gewalt verantwortlich zu sein."
P16 = "Er bestreitet das."

DE01 = {
    "id": "hm438-de-01", "lang": "de", "url": None, "published": "2024-03-06",
    "title": "Perus Regierungschef Otárola tritt nach Audio-Affäre zurück",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9], [P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("RETREAT", OTAROLA, None, P1, mode="resign", location_country="PER"),
        event("RETREAT", OTAROLA, None, P2, mode="resign", date="2024-03-05", location_country="PER"),
        event("RETREAT", OTAROLA, None, P5, mode="resign"),
        event("ACCUSE", PER_FISCALIA, OTAROLA, P8, mode="investigate", date="2024-03-04"),
        event("REQUEST", PER_OPP_LAWMAKERS, OTAROLA, P9, mode="change"),
        event("THREATEN", PER_OPP_LAWMAKERS, OTAROLA, P9),
        event("AGREE", ADRIANZEN, PER_CONGRESS, P11),
        event("ACCUSE", PERU_LIBRE, BOLUARTE, P12, mode="disapprove"),
        event("ASSAULT", PER_POLICE, PER_PROTESTERS, P14),
        event("ASSAULT", PER_ARMY, PER_PROTESTERS, P14),
        event("ACCUSE", PER_HR_GROUPS, OTAROLA, P15, mode="allege"),
    ],
    "quotes": [
        quote("Otárola reichte am Dienstagabend sein Rücktrittsgesuch ein, das Präsidentin Dina Boluarte umgehend "
              "annahm", "Presidency of Peru", "indirect"),
        quote("manipuliert und aus dem Zusammenhang gerissen", "Alberto Otárola", "direct"),
        quote("Die Aufnahmen seien „manipuliert und aus dem Zusammenhang gerissen“", "Alberto Otárola", "indirect"),
        quote("Er trete zurück, um die Regierung vor weiterem Schaden zu bewahren", "Alberto Otárola", "indirect"),
        quote("das Gespräch mit allen Fraktionen des Parlaments zu suchen", "Gustavo Adrianzén", "indirect"),
        quote("verbrauchten Kabinett", "Perú Libre", "direct"),
        quote("an einem „verbrauchten Kabinett“ festzuhalten", "Perú Libre", "indirect"),
        quote("politisch für die Gewalt verantwortlich zu sein", "Peruvian human rights groups", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Perus"]),
        entity("Alberto Otárola", "PER", "PER", ["Perus Ministerpräsident Alberto Otárola", "Otárola", "er", "Er",
                                                 "der Politiker"]),
        entity("Yazire Pinedo", "PER", "PER", ["einer jungen Frau", "einer damals 25-jährigen Frau",
                                               "Die Frau, Yazire Pinedo"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte", "Boluarte", "der Präsidentin",
                                               "der Staatschefin"]),
        entity("Presidency of Peru", "ORG", "PER", ["der Präsidentenpalast"]),
        entity("Government of Peru", "ORG", "PER", ["die Regierung"]),
        entity("Panamericana Televisión", "ORG", "PER", ["Der Fernsehsender Panamericana"]),
        entity("Ministry of Defense of Peru", "ORG", "PER", ["des Verteidigungsministeriums"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Die Staatsanwaltschaft"]),
        entity("Peruvian opposition lawmakers", "ORG", "PER", ["Mehrere Oppositionsabgeordnete"]),
        entity("Congress of Peru", "ORG", "PER", ["im Kongress", "des Parlaments"]),
        entity("Organization of American States", "ORG", "IGO", ["der Organisation Amerikanischer Staaten"]),
        entity("Gustavo Adrianzén", "PER", "PER", ["den bisherigen Botschafter bei der Organisation Amerikanischer "
                                                   "Staaten, Gustavo Adrianzén", "Nachfolger", "Adrianzén"]),
        entity("Perú Libre", "ORG", "PER", ["Die linke Partei Perú Libre"]),
        entity("Council of Ministers of Peru", "ORG", "PER", ["einem „verbrauchten Kabinett“", "das Kabinett"]),
        entity("Pedro Castillo", "PER", "PER", ["Präsident Pedro Castillo"]),
        entity("National Police of Peru", "ORG", "PER", ["Polizei"]),
        entity("Peruvian Army", "ORG", "PER", ["Armee"]),
        entity("protesters in Peru", "PER", "PER", ["rund 50 Demonstranten"]),
        entity("Peruvian human rights groups", "ORG", "PER", ["Menschenrechtsgruppen"]),
    ],
}

# ---------------------------------------------------------------- hm438-de-02 (Argentina, Rosario violence)
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
PETRI = actor("Luis Petri", "ARG", "GOV")
PULLARO = actor("Maximiliano Pullaro", "ARG", "GOV")
ROSARIO_GANGS = actor("drug gangs of Rosario", "ARG", "CVL")
ROSARIO_GUNMEN = actor("unknown gunmen in Rosario", "ARG", "CVL")
ROSARIO_VICTIMS = actor("victims of the Rosario killings", "ARG", "CVL")
SF_PROSECUTORS = actor("Public Prosecution Service of Santa Fe", "ARG", "JUD")
JAILED_BOSSES = actor("jailed gang leaders in Santa Fe", "ARG", "CVL")
JAILED_MEMBERS = actor("jailed gang members in Santa Fe", "ARG", "CVL")
UTA = actor("Unión Tranviarios Automotor", "ARG", "LAB")
SF_GOV = actor("Government of Santa Fe", "ARG", "GOV")
FED_FORCES = actor("Argentine federal security forces", "ARG", "COP")
ARG_ARMED = actor("Argentine Armed Forces", "ARG", "MIL")
UXP = actor("Unión por la Patria lawmakers", "ARG", "LEG")

R1 = ("Rosario (dpa) - Nach einer Serie von Morden in der argentinischen Stadt Rosario hat die Regierung von "
      "Präsident Javier Milei Hunderte Bundespolizisten und Gendarmen in die Hafenmetropole verlegt.")
R2 = ("Sicherheitsministerin Patricia Bullrich und Verteidigungsminister Luis Petri reisten am Sonntag nach Rosario "
      "und berieten mit dem Gouverneur der Provinz Santa Fe, Maximiliano Pullaro, über die Lage.")
R3 = "„Die Narcos haben uns den Krieg erklärt, und wir werden ihn gewinnen“, sagte Bullrich nach dem Treffen."
R4 = ("Unbekannte hatten binnen vier Tagen in Rosario vier Männer erschossen, darunter zwei Taxifahrer und einen "
      "Busfahrer.")
R5 = ("Die Ermittler gehen davon aus, dass inhaftierte Bandenchefs die Taten aus dem Gefängnis heraus in Auftrag "
      "gegeben haben.")
R6 = ("Neben einer der Leichen fanden Polizisten eine Botschaft, in der die Banden mit weiteren Morden drohten, falls "
      "Pullaro seine harte Linie in den Gefängnissen nicht aufgebe.")
R7 = ("Der Gouverneur hatte die Haftbedingungen für Bandenmitglieder drastisch verschärft und Bilder von Häftlingen "
      "in Unterwäsche verbreiten lassen.")
R8 = "„Wir werden keinen Millimeter zurückweichen“, sagte Pullaro im Radiosender Cadena 3."
R9 = ("Die Busfahrergewerkschaft UTA legte am Montag aus Protest gegen die Gewalt den Nahverkehr in der Stadt "
      "lahm.")
R10 = "Sie forderte von der Provinzregierung besseren Schutz für die Fahrer."
R11 = "Viele Schulen und Geschäfte blieben geschlossen."
R12 = ("Petri kündigte an, die Streitkräfte würden die Bundeskräfte mit Hubschraubern, Fahrzeugen und Aufklärung "
       "unterstützen.")
R13 = "Soldaten würden aber nicht auf den Straßen patrouillieren, betonte der Minister."
R14 = ("Abgeordnete des peronistischen Bündnisses Unión por la Patria warfen Bullrich vor, mit martialischer "
       "Rhetorik von eigenen Versäumnissen abzulenken.")
R15 = ("Rosario gilt als wichtigster Umschlagplatz für Kokain in Argentinien, das über die Häfen am Fluss Paraná "
       "nach Europa verschifft wird.")
R16 = "Die Mordrate der Stadt ist etwa fünfmal so hoch wie im Landesdurchschnitt."

DE02 = {
    "id": "hm438-de-02", "lang": "de", "url": None, "published": "2024-03-11",
    "title": "Argentinien schickt Bundeskräfte nach Mordserie in Rosario",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7, R8], [R9, R10, R11], [R12, R13, R14], [R15, R16]),
    "events": [
        event("MOBILIZE", ARG_GOV, None, R1, mode="police", location="Rosario", location_country="ARG"),
        event("CONSULT", BULLRICH, PULLARO, R2, mode="visit", date="2024-03-10", location="Rosario",
              location_country="ARG"),
        event("CONSULT", PETRI, PULLARO, R2, mode="visit", date="2024-03-10", location="Rosario",
              location_country="ARG"),
        event("THREATEN", BULLRICH, ROSARIO_GANGS, R3),
        event("ASSAULT", ROSARIO_GUNMEN, ROSARIO_VICTIMS, R4, mode="firearms", location="Rosario",
              location_country="ARG"),
        event("ACCUSE", SF_PROSECUTORS, JAILED_BOSSES, R5, mode="allege"),
        event("THREATEN", ROSARIO_GANGS, PULLARO, R6, mode="violence"),
        event("COERCE", PULLARO, JAILED_MEMBERS, R7, mode="restrict"),
        event("REJECT", PULLARO, ROSARIO_GANGS, R8, mode="change"),
        event("PROTEST", UTA, None, R9, mode="strike", date="2024-03-11", location="Rosario",
              location_country="ARG"),
        event("REQUEST", UTA, SF_GOV, R10, mode="assist"),
        event("AGREE", PETRI, FED_FORCES, R12),
        event("MOBILIZE", ARG_ARMED, None, R13, mode="troops", location="Rosario", location_country="ARG",
              negated=True),
        event("ACCUSE", UXP, BULLRICH, R14, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Narcos haben uns den Krieg erklärt, und wir werden ihn gewinnen", "Patricia Bullrich", "direct"),
        quote("dass inhaftierte Bandenchefs die Taten aus dem Gefängnis heraus in Auftrag gegeben haben",
              "Public Prosecution Service of Santa Fe", "indirect"),
        quote("Wir werden keinen Millimeter zurückweichen", "Maximiliano Pullaro", "direct"),
        quote("die Streitkräfte würden die Bundeskräfte mit Hubschraubern, Fahrzeugen und Aufklärung unterstützen",
              "Luis Petri", "indirect"),
        quote("Soldaten würden aber nicht auf den Straßen patrouillieren", "Luis Petri", "indirect"),
        quote("mit martialischer Rhetorik von eigenen Versäumnissen abzulenken", "Unión por la Patria lawmakers",
              "indirect"),
    ],
    "entities": [
        entity("Rosario", "LOC", "ARG", ["Rosario", "der argentinischen Stadt Rosario", "die Hafenmetropole",
                                         "der Stadt"]),
        entity("Government of Argentina", "ORG", "ARG", ["die Regierung von Präsident Javier Milei"]),
        entity("Javier Milei", "PER", "ARG", ["Präsident Javier Milei"]),
        entity("Argentine Federal Police", "ORG", "ARG", ["Hunderte Bundespolizisten"]),
        entity("Argentine National Gendarmerie", "ORG", "ARG", ["Gendarmen"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich", "Bullrich"]),
        entity("Luis Petri", "PER", "ARG", ["Verteidigungsminister Luis Petri", "Petri", "der Minister"]),
        entity("Maximiliano Pullaro", "PER", "ARG", ["dem Gouverneur der Provinz Santa Fe, Maximiliano Pullaro",
                                                     "Pullaro", "Der Gouverneur"]),
        entity("Santa Fe Province", "LOC", "ARG", ["der Provinz Santa Fe"]),
        entity("drug gangs of Rosario", "ORG", "ARG", ["Die Narcos", "die Banden"]),
        entity("unknown gunmen in Rosario", "PER", "ARG", ["Unbekannte"]),
        entity("victims of the Rosario killings", "PER", "ARG",
               ["vier Männer", "zwei Taxifahrer und einen Busfahrer"]),
        entity("Public Prosecution Service of Santa Fe", "ORG", "ARG", ["Die Ermittler"]),
        entity("jailed gang leaders in Santa Fe", "PER", "ARG", ["inhaftierte Bandenchefs"]),
        entity("Santa Fe Province Police", "ORG", "ARG", ["Polizisten"]),
        entity("jailed gang members in Santa Fe", "PER", "ARG", ["Bandenmitglieder", "Häftlingen"]),
        entity("Cadena 3", "ORG", "ARG", ["Radiosender Cadena 3"]),
        entity("Unión Tranviarios Automotor", "ORG", "ARG", ["Die Busfahrergewerkschaft UTA", "Sie"]),
        entity("bus drivers in Rosario", "PER", "ARG", ["die Fahrer"]),
        entity("Government of Santa Fe", "ORG", "ARG", ["der Provinzregierung"]),
        entity("Argentine Armed Forces", "ORG", "ARG", ["die Streitkräfte", "Soldaten"]),
        entity("Argentine federal security forces", "ORG", "ARG", ["die Bundeskräfte"]),
        entity("Unión por la Patria", "ORG", "ARG", ["des peronistischen Bündnisses Unión por la Patria"]),
        entity("Unión por la Patria lawmakers", "ORG", "ARG",
               ["Abgeordnete des peronistischen Bündnisses Unión por la Patria"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien"]),
        entity("Paraná River", "LOC", "ARG", ["Fluss Paraná"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm438-de-03 (Chile, Víctor Jara verdict)
CHL_SUPREME = actor("Supreme Court of Chile", "CHL", "JUD")
JARA_OFFICERS = actor("retired Chilean army officers convicted in the Víctor Jara case", "CHL", "MIL")
CHL_ARMY = actor("Chilean Army", "CHL", "MIL")
VICTOR_JARA = actor("Víctor Jara", "CHL", "CVL")
QUIROGA = actor("Littré Quiroga", "CHL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
JOAN_JARA = actor("Joan Jara", "GBR", "CVL")
OFFICERS_LAWYERS = actor("lawyers of the convicted officers", "CHL", "CVL")
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
USA_GOV_C = actor("Government of the United States", "USA", "GOV")
CORDERO = actor("Luis Cordero", "CHL", "GOV")
CHL_HR_GROUPS = actor("Chilean human rights groups", "CHL", "NGO")

C1 = ("Santiago de Chile (dpa) - Fast 50 Jahre nach der Ermordung des Liedermachers Víctor Jara hat der Oberste "
      "Gerichtshof Chiles die Haftstrafen gegen sieben pensionierte Militärs bestätigt.")
C2 = ("Die Richter verurteilten die früheren Offiziere am Montag endgültig zu Strafen von bis zu 25 Jahren wegen "
      "Entführung und Mordes an Jara und dem früheren Gefängnisdirektor Littré Quiroga.")
C3 = ("Soldaten hatten die beiden nach dem Putsch von General Augusto Pinochet im September 1973 im Stadion Chile in "
      "Santiago festgehalten und gefoltert.")
C4 = "Jaras Leiche wurde Tage später mit Dutzenden Schusswunden gefunden."
C5 = ("Einer der Verurteilten, der 86 Jahre alte Brigadegeneral im Ruhestand Hernán Chacón, nahm sich das Leben, als "
      "Polizisten ihn in seinem Haus in der Hauptstadt festnehmen wollten, wie die Kriminalpolizei mitteilte.")
C6 = "Präsident Gabriel Boric begrüßte das Urteil."
C7 = "„Die Gerechtigkeit kommt spät, aber sie kommt“, schrieb der Staatschef auf der Plattform X."
C8 = ("Jaras Witwe, die britische Tänzerin Joan Jara, sprach von einem „Tag der Würde“ für alle Opfer der "
      "Diktatur.")
C9 = ("Die Anwälte der Verurteilten kritisierten, das Gericht habe sich über das hohe Alter ihrer Mandanten "
      "hinweggesetzt.")
C10 = ("Ein weiterer Beschuldigter, der frühere Leutnant Pedro Barrientos, lebt seit Jahrzehnten im US-Bundesstaat "
       "Florida.")
C11 = "Chile hat bei den Vereinigten Staaten seine Auslieferung beantragt."
C12 = "Justizminister Luis Cordero sagte, die Regierung erwarte eine rasche Antwort aus Washington."
C13 = "Am 11. September jährt sich der Putsch gegen den sozialistischen Präsidenten Salvador Allende zum 50. Mal."
C14 = ("Nach Angaben staatlicher Kommissionen wurden während der Diktatur mehr als 3.000 Menschen getötet oder "
       "verschwanden.")
C15 = ("Menschenrechtsgruppen demonstrierten am Montagabend vor dem Justizpalast in Santiago und forderten Aufklärung "
       "über das Schicksal der Verschwundenen.")

DE03 = {
    "id": "hm438-de-03", "lang": "de", "url": None, "published": "2023-08-29",
    "title": "Chiles Oberstes Gericht bestätigt Urteile im Fall Víctor Jara",
    "text": paragraphs([C1, C2, C3, C4], [C5], [C6, C7, C8, C9], [C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("SANCTION", CHL_SUPREME, JARA_OFFICERS, C1, mode="convict"),
        event("SANCTION", CHL_SUPREME, JARA_OFFICERS, C2, mode="convict", date="2023-08-28"),
        event("COERCE", CHL_ARMY, VICTOR_JARA, C3, mode="arrest", location="Estadio Chile", location_country="CHL"),
        event("COERCE", CHL_ARMY, QUIROGA, C3, mode="arrest", location="Estadio Chile", location_country="CHL"),
        event("ASSAULT", CHL_ARMY, VICTOR_JARA, C3, mode="beat", location="Estadio Chile", location_country="CHL"),
        event("ASSAULT", CHL_ARMY, QUIROGA, C3, mode="beat", location="Estadio Chile", location_country="CHL"),
        event("SUPPORT", BORIC, CHL_SUPREME, C6),
        event("SUPPORT", JOAN_JARA, CHL_SUPREME, C8),
        event("ACCUSE", OFFICERS_LAWYERS, CHL_SUPREME, C9, mode="disapprove"),
        event("REQUEST", CHL_GOV, USA_GOV_C, C11),
        event("REQUEST", CORDERO, USA_GOV_C, C12),
        event("PROTEST", CHL_HR_GROUPS, CHL_GOV, C15, mode="demo", date="2023-08-28", location="Santiago",
              location_country="CHL"),
        event("REQUEST", CHL_HR_GROUPS, CHL_GOV, C15, mode="change", date="2023-08-28", location="Santiago",
              location_country="CHL"),
    ],
    "quotes": [
        quote("Einer der Verurteilten, der 86 Jahre alte Brigadegeneral im Ruhestand Hernán Chacón, nahm sich das "
              "Leben, als Polizisten ihn in seinem Haus in der Hauptstadt festnehmen wollten",
              "Investigations Police of Chile", "indirect"),
        quote("Die Gerechtigkeit kommt spät, aber sie kommt", "Gabriel Boric", "direct"),
        quote("Tag der Würde", "Joan Jara", "direct"),
        quote("das Gericht habe sich über das hohe Alter ihrer Mandanten hinweggesetzt",
              "lawyers of the convicted officers", "indirect"),
        quote("die Regierung erwarte eine rasche Antwort aus Washington", "Luis Cordero", "indirect"),
        quote("Nach Angaben staatlicher Kommissionen wurden während der Diktatur mehr als 3.000 Menschen getötet oder "
              "verschwanden", "Chilean state truth commissions", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "Santiago", "der Hauptstadt"]),
        entity("Víctor Jara", "PER", "CHL", ["des Liedermachers Víctor Jara", "Jara", "Jaras"]),
        entity("Supreme Court of Chile", "ORG", "CHL", ["der Oberste Gerichtshof Chiles", "Die Richter",
                                                        "das Gericht"]),
        entity("Chile", "LOC", "CHL", ["Chiles"]),
        entity("retired Chilean army officers convicted in the Víctor Jara case", "PER", "CHL",
               ["sieben pensionierte Militärs", "die früheren Offiziere", "der Verurteilten", "ihrer Mandanten"]),
        entity("Littré Quiroga", "PER", "CHL", ["dem früheren Gefängnisdirektor Littré Quiroga"]),
        entity("Chilean Army", "ORG", "CHL", ["Soldaten"]),
        entity("Augusto Pinochet", "PER", "CHL", ["General Augusto Pinochet"]),
        entity("Estadio Chile", "LOC", "CHL", ["Stadion Chile"]),
        entity("Hernán Chacón", "PER", "CHL", ["Einer der Verurteilten, der 86 Jahre alte Brigadegeneral im "
                                               "Ruhestand Hernán Chacón", "ihn"]),
        entity("Investigations Police of Chile", "ORG", "CHL", ["Polizisten", "die Kriminalpolizei"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "der Staatschef"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Joan Jara", "PER", "GBR", ["Jaras Witwe, die britische Tänzerin Joan Jara"]),
        entity("victims of the Chilean dictatorship", "PER", "CHL", ["alle Opfer der Diktatur"]),
        entity("lawyers of the convicted officers", "PER", "CHL", ["Die Anwälte der Verurteilten"]),
        entity("Pedro Barrientos", "PER", "CHL", ["Ein weiterer Beschuldigter, der frühere Leutnant Pedro "
                                                  "Barrientos", "seine"]),
        entity("Florida", "LOC", "USA", ["US-Bundesstaat Florida"]),
        entity("Government of Chile", "ORG", "CHL", ["Chile", "die Regierung"]),
        entity("Government of the United States", "ORG", "USA", ["den Vereinigten Staaten", "Washington"]),
        entity("Luis Cordero", "PER", "CHL", ["Justizminister Luis Cordero"]),
        entity("Salvador Allende", "PER", "CHL", ["den sozialistischen Präsidenten Salvador Allende"]),
        entity("Chilean state truth commissions", "ORG", "CHL", ["staatlicher Kommissionen"]),
        entity("Chilean human rights groups", "ORG", "CHL", ["Menschenrechtsgruppen"]),
        entity("Palace of Justice (Santiago)", "LOC", "CHL", ["dem Justizpalast in Santiago"]),
        entity("the disappeared of the Chilean dictatorship", "PER", "CHL", ["der Verschwundenen"]),
    ],
}

# ---------------------------------------------------------------- hm438-de-04 (Costa Rica, Celso Gamboa arrested)
OIJ = actor("Judicial Investigation Agency of Costa Rica", "CRI", "COP")
GAMBOA = actor("Celso Gamboa", "CRI", "CVL")
US_PROSECUTORS = actor("United States Attorney's Office for the Eastern District of Texas", "USA", "JUD")
USA_GOV_G = actor("Government of the United States", "USA", "GOV")
CRI_GOV = actor("Government of Costa Rica", "CRI", "GOV")
GAMBOA_LAWYERS = actor("lawyers of Celso Gamboa", "CRI", "CVL")
SJ_COURT = actor("Criminal Court of San José", "CRI", "JUD")
CHAVES = actor("Rodrigo Chaves", "CRI", "GOV")
CRI_MSP = actor("Ministry of Public Security of Costa Rica", "CRI", "GOV")
DEA = actor("Drug Enforcement Administration", "USA", "COP")
PLN = actor("National Liberation Party", "CRI", "PTY")
CRI_ASSEMBLY = actor("Legislative Assembly of Costa Rica", "CRI", "LEG")

G1 = ("San José (dpa) - In Costa Rica ist der frühere Sicherheitsminister und Richter am Obersten Gerichtshof, Celso "
      "Gamboa, wegen mutmaßlichen Drogenhandels festgenommen worden.")
G2 = ("Beamte der Kriminalpolizei OIJ nahmen den 49-Jährigen am Donnerstag in seinem Haus in der Provinz San José "
      "fest, wie die Behörde mitteilte.")
G3 = ("Die US-Staatsanwaltschaft für den Osten von Texas wirft Gamboa vor, gemeinsam mit einem costa-ricanischen "
      "Drogenhändler Kokainlieferungen in die Vereinigten Staaten organisiert zu haben.")
G4 = "Washington hatte die Auslieferung des früheren Richters beantragt."
G5 = ("Es ist das erste Verfahren dieser Art, seit eine Verfassungsreform im Mai die Auslieferung costa-ricanischer "
      "Staatsbürger bei Drogenhandel und Terrorismus ermöglicht hat.")
G6 = "Gamboas Anwalt erklärte, sein Mandant weise alle Vorwürfe zurück."
G7 = ("Die Verteidigung beantragte, den Ex-Minister bis zur Entscheidung über die Auslieferung unter Hausarrest zu "
      "stellen.")
G8 = ("Ein Strafgericht in San José wies den Antrag am Freitag zurück und ordnete zwei Monate Auslieferungshaft "
      "an.")
G9 = ("Präsident Rodrigo Chaves lobte die Ermittler und sprach von einem „historischen Tag“ im Kampf gegen das "
      "organisierte Verbrechen.")
G10 = "Niemand stehe über dem Gesetz, auch kein früherer Minister oder Richter, sagte er."
G11 = "Das Sicherheitsministerium kündigte an, die Zusammenarbeit mit der US-Drogenbehörde DEA auszuweiten."
G12 = ("Die oppositionelle Partei der Nationalen Befreiung (PLN) warf der Regierung vor, den Fall vor der Wahl im "
       "Februar für Propaganda zu nutzen.")
G13 = "Gamboa war in den 2010er Jahren Vizeminister und später Minister für öffentliche Sicherheit."
G14 = ("2018 setzte ihn das Parlament wegen seiner Verbindungen zu einem Zementimporteur, der im Zentrum eines "
       "Korruptionsskandals stand, als Richter ab.")
G15 = ("Costa Rica galt lange als eines der sichersten Länder Lateinamerikas, verzeichnet wegen der Kämpfe zwischen "
       "Drogenbanden aber inzwischen Rekordzahlen bei Tötungsdelikten.")

DE04 = {
    "id": "hm438-de-04", "lang": "de", "url": None, "published": "2025-06-27",
    "title": "Costa Ricas Ex-Sicherheitsminister Gamboa auf US-Antrag festgenommen",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("COERCE", OIJ, GAMBOA, G1, mode="arrest", location_country="CRI"),
        event("COERCE", OIJ, GAMBOA, G2, mode="arrest", date="2025-06-26", location="San José",
              location_country="CRI"),
        event("ACCUSE", US_PROSECUTORS, GAMBOA, G3, mode="allege"),
        event("REQUEST", USA_GOV_G, CRI_GOV, G4),
        event("REQUEST", GAMBOA_LAWYERS, SJ_COURT, G7, mode="yield"),
        event("REJECT", SJ_COURT, GAMBOA_LAWYERS, G8, mode="yield", date="2025-06-27", location="San José",
              location_country="CRI"),
        event("COERCE", SJ_COURT, GAMBOA, G8, mode="arrest", date="2025-06-27", location="San José",
              location_country="CRI"),
        event("SUPPORT", CHAVES, OIJ, G9),
        event("AGREE", CRI_MSP, DEA, G11),
        event("ACCUSE", PLN, CRI_GOV, G12, mode="disapprove"),
        event("COERCE", CRI_ASSEMBLY, GAMBOA, G14, mode="restrict"),
    ],
    "quotes": [
        quote("Beamte der Kriminalpolizei OIJ nahmen den 49-Jährigen am Donnerstag in seinem Haus in der Provinz San "
              "José fest", "Judicial Investigation Agency of Costa Rica", "indirect"),
        quote("sein Mandant weise alle Vorwürfe zurück", "lawyer of Celso Gamboa", "indirect"),
        quote("historischen Tag", "Rodrigo Chaves", "direct"),
        quote("Niemand stehe über dem Gesetz, auch kein früherer Minister oder Richter", "Rodrigo Chaves",
              "indirect"),
        quote("die Zusammenarbeit mit der US-Drogenbehörde DEA auszuweiten", "Ministry of Public Security of Costa Rica",
              "indirect"),
        quote("den Fall vor der Wahl im Februar für Propaganda zu nutzen", "National Liberation Party", "indirect"),
    ],
    "entities": [
        entity("San José", "LOC", "CRI", ["San José"]),
        entity("San José Province", "LOC", "CRI", ["der Provinz San José"]),
        entity("Costa Rica", "LOC", "CRI", ["Costa Rica"]),
        entity("Celso Gamboa", "PER", "CRI",
               ["der frühere Sicherheitsminister und Richter am Obersten Gerichtshof, Celso Gamboa", "den 49-Jährigen",
                "Gamboa", "Gamboas", "des früheren Richters", "sein Mandant", "den Ex-Minister", "ihn"]),
        entity("Supreme Court of Justice of Costa Rica", "ORG", "CRI", ["Obersten Gerichtshof"]),
        entity("Judicial Investigation Agency of Costa Rica", "ORG", "CRI",
               ["Beamte der Kriminalpolizei OIJ", "die Behörde", "die Ermittler"]),
        entity("United States Attorney's Office for the Eastern District of Texas", "ORG", "USA",
               ["Die US-Staatsanwaltschaft für den Osten von Texas"]),
        entity("Costa Rican drug trafficker", "PER", "CRI", ["einem costa-ricanischen Drogenhändler"]),
        entity("United States", "LOC", "USA", ["die Vereinigten Staaten"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("lawyers of Celso Gamboa", "PER", "CRI", ["Gamboas Anwalt", "Die Verteidigung"]),
        entity("Criminal Court of San José", "ORG", "CRI", ["Ein Strafgericht in San José"]),
        entity("Rodrigo Chaves", "PER", "CRI", ["Präsident Rodrigo Chaves", "er"]),
        entity("Ministry of Public Security of Costa Rica", "ORG", "CRI", ["Das Sicherheitsministerium"]),
        entity("Drug Enforcement Administration", "ORG", "USA", ["der US-Drogenbehörde DEA"]),
        entity("National Liberation Party", "ORG", "CRI",
               ["Die oppositionelle Partei der Nationalen Befreiung (PLN)"]),
        entity("Government of Costa Rica", "ORG", "CRI", ["der Regierung"]),
        entity("Legislative Assembly of Costa Rica", "ORG", "CRI", ["das Parlament"]),
        entity("cement importer", "PER", "CRI", ["einem Zementimporteur"]),
        entity("Latin America", "LOC", None, ["Lateinamerikas"]),
        entity("Costa Rican drug gangs", "ORG", "CRI", ["Drogenbanden"]),
    ],
}

# ---------------------------------------------------------------- hm438-en-01 (Spain/Mexico, inauguration snub)
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
FELIPE = actor("Felipe VI", "ESP", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
SUMAR = actor("Sumar", "ESP", "PTY")
PP = actor("People's Party (Spain)", "ESP", "PTY")
ESP_COMPANIES = actor("Spanish companies", "ESP", "BUS")
LULA_E = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
PETRO_E = actor("Gustavo Petro", "COL", "GOV")
PENA_NIETO = actor("Enrique Peña Nieto", "MEX", "GOV")

X1 = ("MADRID (AP) — Spain will not send any official representative to the swearing-in of Mexican President-elect "
      "Claudia Sheinbaum after she left King Felipe VI off the guest list, the Spanish government said Tuesday.")
X2 = ("Foreign Minister José Manuel Albares called the exclusion of the head of state \"unacceptable\" and said Madrid "
      "had informed Mexico's ambassador of its decision.")
X3 = "\"Spain will not be represented at any level,\" Albares told reporters in Madrid."
X4 = ("Sheinbaum, who takes office Oct. 1, told a news conference in Mexico City that the decision was hers and that "
      "she regretted Spain's response.")
X5 = ("She said the king had never answered a 2019 letter in which then-President Andrés Manuel López Obrador asked "
      "him to apologize for abuses committed during the Spanish conquest.")
X6 = "\"It was very unfortunate that the letter did not receive a reply,\" she said."
X7 = "López Obrador, who leaves office next week, backed his successor at his own morning briefing."
X8 = ("Spain's leftist Sumar party, the junior partner in Prime Minister Pedro Sánchez's coalition, said its leaders "
      "would attend the ceremony regardless.")
X9 = ("The conservative Popular Party accused Sheinbaum of insulting Spain and demanded that the government recall its "
      "ambassador from Mexico City.")
X10 = "Albares rejected that call, saying the ties between the two countries were too important."
X11 = ("Mexico is home to thousands of Spanish companies, and Spain is one of the largest foreign investors in the "
       "country.")
X12 = ("Relations cooled in 2022, when López Obrador proposed a \"pause\" in ties and accused Spanish companies of "
       "looting Mexico.")
X13 = "Sheinbaum has said she wants \"close and fraternal\" relations with Madrid."
X14 = ("Leaders including Brazil's Luiz Inácio Lula da Silva and Colombia's Gustavo Petro have confirmed they will "
       "attend the ceremony in Mexico City.")
X15 = ("Felipe attended López Obrador's inauguration in 2018 and, as crown prince, that of Enrique Peña Nieto in "
       "2012.")

EN01 = {
    "id": "hm438-en-01", "lang": "en", "url": None, "published": "2024-09-25",
    "title": "Spain to skip Sheinbaum's inauguration after Mexico snubs King Felipe",
    "text": paragraphs([X1, X2, X3], [X4, X5, X6, X7], [X8, X9, X10], [X11, X12, X13], [X14, X15]),
    "events": [
        event("CONSULT", ESP_GOV, SHEINBAUM, X1, negated=True),
        event("ACCUSE", ALBARES, SHEINBAUM, X2, mode="disapprove"),
        event("CONSULT", ESP_GOV, SHEINBAUM, X3, negated=True),
        event("ACCUSE", SHEINBAUM, ESP_GOV, X4, mode="disapprove", location="Mexico City", location_country="MEX"),
        event("ACCUSE", SHEINBAUM, FELIPE, X5, mode="disapprove"),
        event("REQUEST", AMLO, FELIPE, X5),
        event("ACCUSE", SHEINBAUM, FELIPE, X6, mode="disapprove"),
        event("SUPPORT", AMLO, SHEINBAUM, X7),
        event("AGREE", SUMAR, SHEINBAUM, X8),
        event("ACCUSE", PP, SHEINBAUM, X9, mode="disapprove"),
        event("REQUEST", PP, ESP_GOV, X9, mode="change"),
        event("REJECT", ALBARES, PP, X10, mode="change"),
        event("THREATEN", AMLO, ESP_GOV, X12, mode="relations"),
        event("ACCUSE", AMLO, ESP_COMPANIES, X12, mode="allege"),
        event("AGREE", LULA_E, SHEINBAUM, X14, location="Mexico City", location_country="MEX"),
        event("AGREE", PETRO_E, SHEINBAUM, X14, location="Mexico City", location_country="MEX"),
        event("CONSULT", FELIPE, AMLO, X15, mode="visit", location_country="MEX"),
        event("CONSULT", FELIPE, PENA_NIETO, X15, mode="visit", location_country="MEX"),
    ],
    "quotes": [
        quote("Spain will not send any official representative to the swearing-in of Mexican President-elect Claudia "
              "Sheinbaum after she left King Felipe VI off the guest list", "Government of Spain", "indirect"),
        quote("unacceptable", "José Manuel Albares", "direct"),
        quote("Madrid had informed Mexico's ambassador of its decision", "José Manuel Albares", "indirect"),
        quote("Spain will not be represented at any level", "José Manuel Albares", "direct"),
        quote("the decision was hers and that she regretted Spain's response", "Claudia Sheinbaum", "indirect"),
        quote("the king had never answered a 2019 letter in which then-President Andrés Manuel López Obrador asked "
              "him to apologize for abuses committed during the Spanish conquest", "Claudia Sheinbaum", "indirect"),
        quote("It was very unfortunate that the letter did not receive a reply", "Claudia Sheinbaum", "direct"),
        quote("its leaders would attend the ceremony regardless", "Sumar", "indirect"),
        quote("the ties between the two countries were too important", "José Manuel Albares", "indirect"),
        quote("pause", "Andrés Manuel López Obrador", "direct"),
        quote("close and fraternal", "Claudia Sheinbaum", "direct"),
        quote("she wants \"close and fraternal\" relations with Madrid", "Claudia Sheinbaum", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["MADRID", "Madrid"]),
        entity("Government of Spain", "ORG", "ESP", ["Spain", "the Spanish government", "Madrid", "the government"]),
        entity("Spain", "LOC", "ESP", ["Spain", "Spain's"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexican President-elect Claudia Sheinbaum", "she", "Sheinbaum",
                                                   "She", "his successor"]),
        entity("Felipe VI", "PER", "ESP", ["King Felipe VI", "the head of state", "the king", "him", "Felipe",
                                           "crown prince"]),
        entity("José Manuel Albares", "PER", "ESP", ["Foreign Minister José Manuel Albares", "Albares"]),
        entity("Ambassador of Mexico to Spain", "PER", "MEX", ["Mexico's ambassador"]),
        entity("Mexico City", "LOC", "MEX", ["Mexico City"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["then-President Andrés Manuel López Obrador",
                                                             "López Obrador", "López Obrador's"]),
        entity("Sumar", "ORG", "ESP", ["Spain's leftist Sumar party", "its leaders"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["The conservative Popular Party"]),
        entity("Ambassador of Spain to Mexico", "PER", "ESP", ["its ambassador"]),
        entity("Mexico", "LOC", "MEX", ["Mexico", "the country"]),
        entity("Spanish companies", "ORG", "ESP", ["thousands of Spanish companies", "Spanish companies"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazil's Luiz Inácio Lula da Silva"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombia's Gustavo Petro"]),
        entity("Enrique Peña Nieto", "PER", "MEX", ["Enrique Peña Nieto"]),
    ],
}

# ---------------------------------------------------------------- hm438-en-02 (Brazil, Amazon summit in Belém)
ACTO = actor("Amazon Cooperation Treaty Organization", "IGO", "IGO")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
BOLUARTE_E = actor("Dina Boluarte", "PER", "GOV")
ARCE = actor("Luis Arce", "BOL", "GOV")
DELCY = actor("Delcy Rodríguez", "VEN", "GOV")
OBS_CLIMA = actor("Climate Observatory", "BRA", "NGO")
PETROBRAS = actor("Petrobras", "BRA", "BUS")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
INDIGENOUS = actor("Indigenous marchers in Belém", "BRA", "CVL")
PARA_PM = actor("Military Police of Pará", "BRA", "COP")

Y1 = ("BELEM, Brazil (AP) — The eight countries of the Amazon basin agreed Tuesday to join forces against "
      "deforestation but stopped short of setting a common deadline to end the destruction of the world's largest "
      "rainforest.")
Y2 = ("The so-called Belem Declaration was adopted at a summit of the Amazon Cooperation Treaty Organization hosted "
      "by Brazilian President Luiz Inácio Lula da Silva.")
Y3 = ("Colombian President Gustavo Petro, Peru's Dina Boluarte and Bolivia's Luis Arce joined Lula in the northern "
      "city, while Venezuela sent Vice President Delcy Rodríguez.")
Y4 = ("The 113-point document commits the countries to cooperate against illegal mining and logging and creates a "
      "regional police center in the Brazilian city of Manaus.")
Y5 = "But it contains no shared goal of zero deforestation by 2030, a target Brazil and Colombia have already set."
Y6 = ("The Climate Observatory, a network of Brazilian environmental groups, called the text \"a list of good "
      "intentions\" without concrete targets.")
Y7 = ("In his speech, Petro urged the region to stop granting new oil licenses in the rainforest, warning that further "
      "drilling would mean \"betting on death\" for the forest.")
Y8 = ("His remarks were widely seen as a challenge to Lula, whose government is weighing a request by state oil company "
      "Petrobras to explore near the mouth of the Amazon River.")
Y9 = "Lula told reporters the decision would be left to technical experts at the environmental agency Ibama."
Y10 = ("He demanded that the United States and the European Union honor their pledge to provide $100 billion a year "
       "in climate finance to developing nations.")
Y11 = "\"It is not Brazil that needs money, it is nature,\" Lula said."
Y12 = ("Norway, the largest donor to Brazil's Amazon Fund, said it would contribute a further $50 million this "
       "year.")
Y13 = ("Hundreds of Indigenous people marched through Belem on Tuesday to demand that Lula's government ban mining and "
       "oil drilling on their lands.")
Y14 = "Military police blocked the march several blocks from the conference center."
Y15 = ("Rodríguez accused the United States of using environmental concerns as a pretext for sanctions against "
       "Caracas.")
Y16 = ("Deforestation in the Brazilian Amazon fell by 34% in the first half of the year compared with 2022, according "
       "to government data.")

EN02 = {
    "id": "hm438-en-02", "lang": "en", "url": None, "published": "2023-08-09",
    "title": "Amazon nations agree to fight deforestation but set no common deadline",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6], [Y7, Y8, Y9], [Y10, Y11, Y12], [Y13, Y14, Y15, Y16]),
    "events": [
        event("AGREE", ACTO, None, Y1, date="2023-08-08", location="Belém", location_country="BRA"),
        event("AGREE", ACTO, None, Y2, location="Belém", location_country="BRA"),
        event("CONSULT", PETRO, LULA, Y3, mode="multilateral", location="Belém", location_country="BRA"),
        event("CONSULT", BOLUARTE_E, LULA, Y3, mode="multilateral", location="Belém", location_country="BRA"),
        event("CONSULT", ARCE, LULA, Y3, mode="multilateral", location="Belém", location_country="BRA"),
        event("CONSULT", DELCY, LULA, Y3, mode="multilateral", location="Belém", location_country="BRA"),
        event("ACCUSE", OBS_CLIMA, ACTO, Y6, mode="disapprove"),
        event("REQUEST", PETRO, ACTO, Y7, mode="change"),
        event("REQUEST", PETROBRAS, BRA_GOV, Y8),
        event("REQUEST", LULA, USA_GOV, Y10, mode="assist"),
        event("REQUEST", LULA, EU, Y10, mode="assist"),
        event("AGREE", NOR_GOV, BRA_GOV, Y12),
        event("PROTEST", INDIGENOUS, BRA_GOV, Y13, mode="demo", date="2023-08-08", location="Belém",
              location_country="BRA"),
        event("REQUEST", INDIGENOUS, BRA_GOV, Y13, mode="change", date="2023-08-08", location="Belém",
              location_country="BRA"),
        event("COERCE", PARA_PM, INDIGENOUS, Y14, mode="crowd-control", location="Belém", location_country="BRA"),
        event("ACCUSE", DELCY, USA_GOV, Y15, mode="allege"),
    ],
    "quotes": [
        quote("a list of good intentions", "Climate Observatory", "direct"),
        quote("betting on death", "Gustavo Petro", "direct"),
        quote("further drilling would mean \"betting on death\" for the forest", "Gustavo Petro", "indirect"),
        quote("the decision would be left to technical experts at the environmental agency Ibama",
              "Luiz Inácio Lula da Silva", "indirect"),
        quote("It is not Brazil that needs money, it is nature", "Luiz Inácio Lula da Silva", "direct"),
        quote("it would contribute a further $50 million this year", "Government of Norway", "indirect"),
        quote("Deforestation in the Brazilian Amazon fell by 34% in the first half of the year compared with 2022",
              "Government of Brazil", "indirect"),
    ],
    "entities": [
        entity("Belém", "LOC", "BRA", ["BELEM", "the northern city", "Belem"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Amazon Cooperation Treaty Organization", "ORG", "IGO",
               ["The eight countries of the Amazon basin", "the Amazon Cooperation Treaty Organization",
                "the countries", "the region"]),
        entity("Amazon rainforest", "LOC", "BRA", ["the world's largest rainforest", "the rainforest", "the forest",
                                                   "the Brazilian Amazon"]),
        entity("Belém Declaration", "MISC", "IGO", ["The so-called Belem Declaration", "The 113-point document",
                                                    "the text", "it"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva", "Lula",
                                                           "He", "Lula's"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro", "Petro", "his", "His"]),
        entity("Dina Boluarte", "PER", "PER", ["Peru's Dina Boluarte"]),
        entity("Luis Arce", "PER", "BOL", ["Bolivia's Luis Arce"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Venezuela", "Caracas"]),
        entity("Delcy Rodríguez", "PER", "VEN", ["Vice President Delcy Rodríguez", "Rodríguez"]),
        entity("Manaus", "LOC", "BRA", ["the Brazilian city of Manaus"]),
        entity("Colombia", "LOC", "COL", ["Colombia"]),
        entity("Climate Observatory", "ORG", "BRA", ["The Climate Observatory, a network of Brazilian environmental "
                                                     "groups"]),
        entity("Government of Brazil", "ORG", "BRA", ["whose government", "Lula's government", "government"]),
        entity("Petrobras", "ORG", "BRA", ["state oil company Petrobras"]),
        entity("Amazon River", "LOC", "BRA", ["the Amazon River"]),
        entity("Ibama", "ORG", "BRA", ["the environmental agency Ibama"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Government of Norway", "ORG", "NOR", ["Norway", "it"]),
        entity("Amazon Fund", "ORG", "BRA", ["Brazil's Amazon Fund"]),
        entity("Indigenous marchers in Belém", "PER", "BRA", ["Hundreds of Indigenous people"]),
        entity("Military Police of Pará", "ORG", "BRA", ["Military police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
