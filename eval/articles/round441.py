"""Round 441: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm441-de-01: United States: federal agents arrest Newark Mayor Ras Baraka outside the Delaney Hall immigration detention centre and release him hours later; Habba accuses him of trespass, DHS accuses protesters and lawmakers of storming the gate and McLaughlin threatens the lawmakers, McIver and Murphy object, protest outside, Baraka denies, Newark's suit against GEO Group, no charges against the lawmakers (2025-05-10).
- hm441-de-02: Mexico: PRI leader Alejandro Moreno shoves Senate president Gerardo Fernández Noroña and knocks an aide to the ground after a Permanent Commission session; Noroña files a criminal complaint and asks the Chamber of Deputies to lift Moreno's immunity, Moreno and the PRI accuse Noroña, Sheinbaum condemns and asks the FGR to investigate, Monreal backs Noroña and demands Moreno's resignation, which he refuses (2025-08-28).
- hm441-de-03: Nicaragua: police arrest Yatama leader Brooklyn Rivera in Managua and Yatama deputy Nancy Henríquez in Bilwi; his daughter accuses the authorities, the State Department condemns and demands their release, Miller accuses Ortega and Murillo, the UN rights office asks for information, Miskito protest in Bilwi not broken up, the February 2023 expulsion of 222 prisoners recalled (2023-10-02).
- hm441-de-04: Canada: Justice Heather Perkins-McVey convicts Freedom Convoy organisers Tamara Lich and Chris Barber of mischief, Barber also of counselling disobedience of a court order, and acquits both on other counts; the 2022 blockade, Trudeau's Emergencies Act and the police clearance recalled, Magas accuses the Crown, supporters rally, the Federal Court's 2024 ruling (2025-04-03).
- hm441-en-01: United States: FBI agents arrest Milwaukee County Circuit Judge Hannah Dugan on obstruction charges over Eduardo Flores-Ruiz's escape from ICE; Patel's accusation, the complaint, Flores-Ruiz's arrest, her release, her lawyer's objection, no detention request, Bondi attacks judges, Baldwin objects, protest outside the courthouse, the 2019 Shelley Joseph case (2025-04-26).
- hm441-en-02: Haiti: Prime Minister Ariel Henry stranded in Puerto Rico after the Dominican Republic refuses his plane permission to land and closes its airspace to Haiti flights; his Kenya visit and deal with Ruto, gang attacks on police stations, prisons and the airport, Chérizier's civil-war threat, the curfew, Washington urges a transition but does not ask him to resign, February protests (2024-03-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm441-de-01 (USA, Newark mayor arrested)
HSI = actor("Homeland Security Investigations", "USA", "COP")
BARAKA = actor("Ras Baraka", "USA", "GOV")
HABBA = actor("Alina Habba", "USA", "JUD")
DHS = actor("United States Department of Homeland Security", "USA", "GOV")
MCLAUGHLIN = actor("Tricia McLaughlin", "USA", "GOV")
US_LAWMAKERS = actor("Democratic members of the US House of Representatives", "USA", "LEG")
NEWARK_PROTESTERS = actor("protesters in Newark", "USA", "CVL")
MCIVER = actor("LaMonica McIver", "USA", "LEG")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MURPHY = actor("Phil Murphy", "USA", "GOV")
NEWARK = actor("City of Newark", "USA", "GOV")
GEO = actor("GEO Group", "USA", "BUS")
NJ_USAO = actor("United States Attorney's Office for the District of New Jersey", "USA", "JUD")

R1 = ("Newark (dpa) - Bundesbeamte haben den Bürgermeister der US-Großstadt Newark, Ras Baraka, vor einem umstrittenen "
      "Abschiebegefängnis festgenommen.")
R2 = ("Der Demokrat wurde am Freitag vor dem Tor der Haftanstalt Delaney Hall in Handschellen abgeführt und nach "
      "mehreren Stunden wieder freigelassen.")
R3 = ("Die kommissarische Bundesstaatsanwältin für New Jersey, Alina Habba, warf Baraka auf der Plattform X "
      "Hausfriedensbruch vor.")
R4 = "Er habe „mehrere Warnungen“ der Sicherheitskräfte ignoriert, schrieb die Juristin."
R5 = ("Nach eigenen Angaben hatte Baraka drei demokratische Kongressabgeordnete begleitet, die die Einrichtung im "
      "Rahmen ihres Kontrollrechts besichtigen wollten.")
R6 = ("Das Heimatschutzministerium erklärte dagegen, eine Gruppe von Demonstranten, darunter zwei Abgeordnete, habe "
      "das Tor „gestürmt“.")
R7 = "Sprecherin Tricia McLaughlin drohte den beteiligten Abgeordneten mit Konsequenzen."
R8 = ("Die Abgeordnete LaMonica McIver sprach von einem „Einschüchterungsversuch“ der Regierung von Präsident Donald "
      "Trump.")
R9 = "Bundesbeamte hätten sie und ihre Kollegen am Tor gestoßen, sagte sie."
R10 = ("New Jerseys Gouverneur Phil Murphy nannte die Festnahme „empörend“ und verlangte vom Ministerium eine "
       "Erklärung.")
R11 = ("Vor der Anstalt demonstrierten am Freitagabend Hunderte Menschen gegen die Abschiebepolitik der Regierung in "
       "Washington.")
R12 = "Baraka wies die Vorwürfe nach seiner Freilassung zurück."
R13 = "„Ich habe nichts Unrechtes getan“, sagte der 55-Jährige vor Anhängern."
R14 = ("Der Bürgermeister bewirbt sich bei der Vorwahl der Demokraten im Juni um die Kandidatur für das "
       "Gouverneursamt in New Jersey.")
R15 = "Die Stadt Newark hatte den Betreiber der Anstalt, das Unternehmen GEO Group, bereits im März verklagt."
R16 = "Die Einrichtung mit 1000 Betten war Anfang Mai in Betrieb gegangen."
R17 = "Gegen die drei Kongressabgeordneten wurde bis Samstag keine Anklage erhoben."

DE01 = {
    "id": "hm441-de-01", "lang": "de", "url": None, "published": "2025-05-10",
    "title": "Bürgermeister von Newark vor Abschiebegefängnis festgenommen",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11], [R12, R13, R14], [R15, R16, R17]),
    "events": [
        event("COERCE", HSI, BARAKA, R1, mode="arrest", location="Newark", location_country="USA"),
        event("COERCE", HSI, BARAKA, R2, mode="arrest", date="2025-05-09", location="Newark",
              location_country="USA"),
        event("RETREAT", HSI, BARAKA, R2, mode="release", date="2025-05-09", location="Newark",
              location_country="USA"),
        event("ACCUSE", HABBA, BARAKA, R3, mode="allege"),
        event("ACCUSE", HABBA, BARAKA, R4, mode="allege"),
        event("ACCUSE", DHS, NEWARK_PROTESTERS, R6, mode="allege"),
        event("ACCUSE", DHS, US_LAWMAKERS, R6, mode="allege"),
        event("THREATEN", MCLAUGHLIN, US_LAWMAKERS, R7),
        event("ACCUSE", MCIVER, USA_GOV, R8, mode="disapprove"),
        event("ACCUSE", MCIVER, HSI, R9, mode="allege"),
        event("ACCUSE", MURPHY, DHS, R10, mode="disapprove"),
        event("REQUEST", MURPHY, DHS, R10),
        event("PROTEST", NEWARK_PROTESTERS, USA_GOV, R11, mode="demo", date="2025-05-09", location="Newark",
              location_country="USA"),
        event("ACCUSE", NEWARK, GEO, R15, mode="allege"),
        event("ACCUSE", NJ_USAO, US_LAWMAKERS, R17, mode="allege", negated=True),
    ],
    "quotes": [
        quote("mehrere Warnungen", "Alina Habba", "direct"),
        quote("Er habe „mehrere Warnungen“ der Sicherheitskräfte ignoriert", "Alina Habba", "indirect"),
        quote("Nach eigenen Angaben hatte Baraka drei demokratische Kongressabgeordnete begleitet, die die Einrichtung "
              "im Rahmen ihres Kontrollrechts besichtigen wollten", "Ras Baraka", "indirect"),
        quote("gestürmt", "United States Department of Homeland Security", "direct"),
        quote("eine Gruppe von Demonstranten, darunter zwei Abgeordnete, habe das Tor „gestürmt“",
              "United States Department of Homeland Security", "indirect"),
        quote("Einschüchterungsversuch", "LaMonica McIver", "direct"),
        quote("Bundesbeamte hätten sie und ihre Kollegen am Tor gestoßen", "LaMonica McIver", "indirect"),
        quote("empörend", "Phil Murphy", "direct"),
        quote("Ich habe nichts Unrechtes getan", "Ras Baraka", "direct"),
    ],
    "entities": [
        entity("Newark", "LOC", "USA", ["Newark", "der US-Großstadt Newark"]),
        entity("Homeland Security Investigations", "ORG", "USA", ["Bundesbeamte"]),
        entity("Ras Baraka", "PER", "USA", ["den Bürgermeister der US-Großstadt Newark, Ras Baraka", "Der Demokrat",
                                            "Baraka", "Er", "der 55-Jährige", "Der Bürgermeister", "seiner"]),
        entity("Delaney Hall", "LOC", "USA", ["einem umstrittenen Abschiebegefängnis", "der Haftanstalt Delaney Hall",
                                              "die Einrichtung", "der Anstalt", "Die Einrichtung mit 1000 Betten"]),
        entity("Alina Habba", "PER", "USA", ["Die kommissarische Bundesstaatsanwältin für New Jersey, Alina Habba",
                                             "die Juristin"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey", "New Jerseys"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Democratic members of the US House of Representatives", "PER", "USA",
               ["drei demokratische Kongressabgeordnete", "zwei Abgeordnete", "den beteiligten Abgeordneten",
                "ihre Kollegen", "die drei Kongressabgeordneten"]),
        entity("United States Department of Homeland Security", "ORG", "USA",
               ["Das Heimatschutzministerium", "vom Ministerium"]),
        entity("protesters in Newark", "PER", "USA", ["eine Gruppe von Demonstranten", "Hunderte Menschen"]),
        entity("Tricia McLaughlin", "PER", "USA", ["Sprecherin Tricia McLaughlin"]),
        entity("LaMonica McIver", "PER", "USA", ["Die Abgeordnete LaMonica McIver", "sie"]),
        entity("Government of the United States", "ORG", "USA",
               ["der Regierung von Präsident Donald Trump", "der Regierung in Washington"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Phil Murphy", "PER", "USA", ["New Jerseys Gouverneur Phil Murphy"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Democratic Party", "ORG", "USA", ["der Demokraten"]),
        entity("City of Newark", "ORG", "USA", ["Die Stadt Newark"]),
        entity("GEO Group", "ORG", "USA", ["den Betreiber der Anstalt, das Unternehmen GEO Group"]),
    ],
}

# ---------------------------------------------------------------- hm441-de-02 (Mexico, Senate scuffle)
ALITO = actor("Alejandro Moreno", "MEX", "PTY")
NORONA = actor("Gerardo Fernández Noroña", "MEX", "LEG")
NORONA_AIDE = actor("aide of Gerardo Fernández Noroña", "MEX", "LEG")
MEX_DEPUTIES = actor("Chamber of Deputies of Mexico", "MEX", "LEG")
PRI = actor("Institutional Revolutionary Party", "MEX", "PTY")
MORENA = actor("Morena", "MEX", "PTY")
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
FGR = actor("Attorney General's Office of Mexico", "MEX", "JUD")
MONREAL = actor("Ricardo Monreal", "MEX", "LEG")

M1 = ("Mexiko-Stadt (dpa) - Im mexikanischen Senat ist es zu einem Handgemenge zwischen Senatspräsident Gerardo "
      "Fernández Noroña und dem Vorsitzenden der Oppositionspartei PRI, Alejandro Moreno, gekommen.")
M2 = ("Moreno stieß Fernández Noroña am Mittwoch nach dem Ende einer Sitzung der Ständigen Kommission am Rednerpult "
      "und packte ihn am Arm, wie auf Videoaufnahmen zu sehen ist.")
M3 = "Ein Mitarbeiter des Senatspräsidenten, der dazwischengehen wollte, wurde von Moreno zu Boden gestoßen."
M4 = ("Der Politiker der Regierungspartei Morena erstattete am Donnerstag Strafanzeige bei der "
      "Generalstaatsanwaltschaft wegen Körperverletzung.")
M5 = "Zudem forderte er die Abgeordnetenkammer auf, Moreno die parlamentarische Immunität zu entziehen."
M6 = "„Das war ein feiger Angriff“, sagte Fernández Noroña vor Journalisten."
M7 = ("Moreno warf dem Senatspräsidenten vor, der Opposition das Wort verweigert und die Sitzung eigenmächtig "
      "beendet zu haben.")
M8 = "Er bestritt, den Mitarbeiter geschlagen zu haben."
M9 = "Die PRI sprach von einer „Provokation“ der Regierungspartei."
M10 = "Präsidentin Claudia Sheinbaum verurteilte den Angriff am Donnerstag bei ihrer morgendlichen Pressekonferenz."
M11 = "Gewalt habe im Parlament keinen Platz, sagte die Staatschefin."
M12 = "Sie forderte die Generalstaatsanwaltschaft auf, den Fall zügig zu untersuchen."
M13 = "Die Behörde leitete noch am selben Tag Ermittlungen gegen Moreno ein."
M14 = "Als Senator genießt der PRI-Chef Immunität vor Strafverfolgung."
M15 = ("Der Fraktionschef von Morena in der Abgeordnetenkammer, Ricardo Monreal, stellte sich hinter Fernández "
       "Noroña und verlangte Morenos Rücktritt als Parteivorsitzender.")
M16 = "Moreno lehnte dies ab."
M17 = "Fernández Noroña ist wegen seines konfrontativen Stils auch in den eigenen Reihen umstritten."
M18 = ("Erst vor wenigen Tagen war er wegen eines Flugs in der ersten Klasse und eines teuren Hauses in die Kritik "
       "geraten.")

DE02 = {
    "id": "hm441-de-02", "lang": "de", "url": None, "published": "2025-08-28",
    "title": "Handgemenge im mexikanischen Senat",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9], [M10, M11, M12, M13, M14],
                       [M15, M16, M17, M18]),
    "events": [
        event("ASSAULT", ALITO, NORONA, M1, mode="beat", location_country="MEX"),
        event("ASSAULT", ALITO, NORONA, M2, mode="beat", date="2025-08-27", location_country="MEX"),
        event("ASSAULT", ALITO, NORONA_AIDE, M3, mode="beat"),
        event("ACCUSE", NORONA, ALITO, M4, mode="allege", date="2025-08-28"),
        event("REQUEST", NORONA, MEX_DEPUTIES, M5),
        event("ACCUSE", NORONA, ALITO, M6, mode="disapprove"),
        event("ACCUSE", ALITO, NORONA, M7, mode="disapprove"),
        event("ACCUSE", PRI, MORENA, M9, mode="disapprove"),
        event("ACCUSE", SHEINBAUM, ALITO, M10, mode="disapprove", date="2025-08-28"),
        event("REQUEST", SHEINBAUM, FGR, M12),
        event("ACCUSE", FGR, ALITO, M13, mode="investigate", date="2025-08-28"),
        event("SUPPORT", MONREAL, NORONA, M15),
        event("REQUEST", MONREAL, ALITO, M15, mode="change"),
        event("REJECT", ALITO, MONREAL, M16, mode="change"),
    ],
    "quotes": [
        quote("Das war ein feiger Angriff", "Gerardo Fernández Noroña", "direct"),
        quote("der Opposition das Wort verweigert und die Sitzung eigenmächtig beendet zu haben", "Alejandro Moreno",
              "indirect"),
        quote("den Mitarbeiter geschlagen zu haben", "Alejandro Moreno", "indirect"),
        quote("Provokation", "Institutional Revolutionary Party", "direct"),
        quote("Gewalt habe im Parlament keinen Platz", "Claudia Sheinbaum", "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Senate of Mexico", "ORG", "MEX", ["Im mexikanischen Senat"]),
        entity("Gerardo Fernández Noroña", "PER", "MEX",
               ["Senatspräsident Gerardo Fernández Noroña", "Fernández Noroña", "ihn", "des Senatspräsidenten",
                "Der Politiker der Regierungspartei Morena", "er", "dem Senatspräsidenten"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["der Oppositionspartei PRI", "Die PRI"]),
        entity("Alejandro Moreno", "PER", "MEX",
               ["dem Vorsitzenden der Oppositionspartei PRI, Alejandro Moreno", "Moreno", "Er", "der PRI-Chef",
                "Morenos"]),
        entity("Permanent Commission of the Congress of Mexico", "ORG", "MEX", ["der Ständigen Kommission"]),
        entity("aide of Gerardo Fernández Noroña", "PER", "MEX",
               ["Ein Mitarbeiter des Senatspräsidenten", "den Mitarbeiter"]),
        entity("Morena", "ORG", "MEX", ["der Regierungspartei Morena", "der Regierungspartei", "Morena"]),
        entity("Attorney General's Office of Mexico", "ORG", "MEX",
               ["der Generalstaatsanwaltschaft", "die Generalstaatsanwaltschaft", "Die Behörde"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["die Abgeordnetenkammer", "der Abgeordnetenkammer"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "die Staatschefin", "Sie"]),
        entity("Ricardo Monreal", "PER", "MEX",
               ["Der Fraktionschef von Morena in der Abgeordnetenkammer, Ricardo Monreal"]),
    ],
}

# ---------------------------------------------------------------- hm441-de-03 (Nicaragua, Yatama leaders arrested)
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")
RIVERA = actor("Brooklyn Rivera", "NIC", "OPP")
T_RIVERA = actor("Tininiska Rivera", "NIC", "CVL")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
HENRIQUEZ = actor("Nancy Henríquez", "NIC", "LEG")
US_STATE = actor("United States Department of State", "USA", "GOV")
MILLER_N = actor("Matthew Miller", "USA", "GOV")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")
MISKITO = actor("Miskito protesters in Bilwi", "NIC", "CVL")
NIC_ASSEMBLY = actor("National Assembly of Nicaragua", "NIC", "LEG")
NIC_PRISONERS = actor("Nicaraguan political prisoners", "NIC", "OPP")

N1 = "Managua (dpa) - In Nicaragua ist der indigene Oppositionspolitiker Brooklyn Rivera festgenommen worden."
N2 = ("Polizisten hätten den 71-Jährigen am Freitag ohne Haftbefehl aus seinem Haus in Managua geholt, berichtete "
      "seine Tochter Tininiska Rivera.")
N3 = "Sie warf den Behörden vor, den Aufenthaltsort ihres Vaters zu verschweigen."
N4 = ("Rivera ist Vorsitzender der Partei Yatama, die die Interessen der Miskito und anderer indigener Völker an der "
      "Karibikküste vertritt.")
N5 = "Am Sonntag nahm die Polizei in der Stadt Bilwi zudem die Yatama-Abgeordnete Nancy Henríquez fest."
N6 = "Die Regierung von Präsident Daniel Ortega äußerte sich zunächst nicht zu den Festnahmen."
N7 = ("Das US-Außenministerium verurteilte die Festnahmen und forderte die sofortige Freilassung der beiden "
      "Politiker.")
N8 = ("Ortega und seine Frau, Vizepräsidentin Rosario Murillo, gingen „systematisch“ gegen indigene Gemeinschaften "
      "vor, erklärte Sprecher Matthew Miller in Washington.")
N9 = "Das UN-Menschenrechtsbüro verlangte von Managua Auskunft über den Verbleib Riveras."
N10 = ("In Bilwi versammelten sich am Sonntag Dutzende Miskito vor der Polizeistation und verlangten die Freilassung "
       "der Abgeordneten.")
N11 = "Die Polizei löste die Kundgebung nicht auf."
N12 = ("Yatama war lange mit Ortegas Sandinisten verbündet, Rivera hatte sich jedoch in den vergangenen Jahren mit der "
       "Regierung überworfen.")
N12B = "Das Parlament hatte Rivera bereits 2015 sein Abgeordnetenmandat aberkannt."
N13 = "Seit den Massenprotesten von 2018 gehen die Behörden hart gegen Kritiker vor."
N14 = ("Im Februar hatte die Regierung 222 politische Gefangene in die USA abgeschoben und ihnen die "
       "Staatsbürgerschaft aberkannt.")
N15 = "Viele Oppositionelle leben inzwischen im Exil im benachbarten Costa Rica."

DE03 = {
    "id": "hm441-de-03", "lang": "de", "url": None, "published": "2023-10-02",
    "title": "Nicaragua: Indigenen-Anführer Brooklyn Rivera festgenommen",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6], [N7, N8, N9], [N10, N11], [N12, N12B, N13, N14, N15]),
    "events": [
        event("COERCE", NIC_POLICE, RIVERA, N1, mode="arrest", location_country="NIC"),
        event("COERCE", NIC_POLICE, RIVERA, N2, mode="arrest", date="2023-09-29", location="Managua",
              location_country="NIC"),
        event("ACCUSE", T_RIVERA, NIC_GOV, N3, mode="allege"),
        event("COERCE", NIC_POLICE, HENRIQUEZ, N5, mode="arrest", date="2023-10-01", location="Bilwi",
              location_country="NIC"),
        event("ACCUSE", US_STATE, NIC_GOV, N7, mode="disapprove"),
        event("REQUEST", US_STATE, NIC_GOV, N7, mode="yield"),
        event("ACCUSE", MILLER_N, ORTEGA, N8, mode="allege"),
        event("ACCUSE", MILLER_N, MURILLO, N8, mode="allege"),
        event("REQUEST", OHCHR, NIC_GOV, N9),
        event("PROTEST", MISKITO, NIC_POLICE, N10, mode="demo", date="2023-10-01", location="Bilwi",
              location_country="NIC"),
        event("COERCE", NIC_POLICE, MISKITO, N11, mode="crowd-control", negated=True),
        event("SANCTION", NIC_ASSEMBLY, RIVERA, N12B, mode="expel"),
        event("COERCE", NIC_GOV, NIC_PRISONERS, N14, mode="deport"),
    ],
    "quotes": [
        quote("Polizisten hätten den 71-Jährigen am Freitag ohne Haftbefehl aus seinem Haus in Managua geholt",
              "Tininiska Rivera", "indirect"),
        quote("den Aufenthaltsort ihres Vaters zu verschweigen", "Tininiska Rivera", "indirect"),
        quote("systematisch", "Matthew Miller", "direct"),
        quote("Ortega und seine Frau, Vizepräsidentin Rosario Murillo, gingen „systematisch“ gegen indigene "
              "Gemeinschaften vor", "Matthew Miller", "indirect"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua"]),
        entity("Nicaragua", "LOC", "NIC", ["In Nicaragua"]),
        entity("Brooklyn Rivera", "PER", "NIC",
               ["der indigene Oppositionspolitiker Brooklyn Rivera", "den 71-Jährigen", "seinem", "ihres Vaters",
                "Rivera", "Riveras"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Polizisten", "die Polizei", "Die Polizei"]),
        entity("Tininiska Rivera", "PER", "NIC", ["seine Tochter Tininiska Rivera", "Sie"]),
        entity("Government of Nicaragua", "ORG", "NIC",
               ["den Behörden", "Die Regierung von Präsident Daniel Ortega", "Managua", "der Regierung",
                "die Behörden", "die Regierung"]),
        entity("Yatama", "ORG", "NIC", ["der Partei Yatama", "Yatama"]),
        entity("Miskito", "MISC", "NIC", ["der Miskito"]),
        entity("Caribbean coast of Nicaragua", "LOC", "NIC", ["der Karibikküste"]),
        entity("Bilwi", "LOC", "NIC", ["der Stadt Bilwi", "In Bilwi"]),
        entity("Nancy Henríquez", "PER", "NIC", ["die Yatama-Abgeordnete Nancy Henríquez", "der Abgeordneten"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega", "Ortegas"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Rosario Murillo", "PER", "NIC", ["seine Frau, Vizepräsidentin Rosario Murillo"]),
        entity("Matthew Miller", "PER", "USA", ["Sprecher Matthew Miller"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["Das UN-Menschenrechtsbüro"]),
        entity("Miskito protesters in Bilwi", "PER", "NIC", ["Dutzende Miskito"]),
        entity("National Assembly of Nicaragua", "ORG", "NIC", ["Das Parlament"]),
        entity("Sandinista National Liberation Front", "ORG", "NIC", ["Ortegas Sandinisten"]),
        entity("Nicaraguan political prisoners", "PER", "NIC", ["222 politische Gefangene", "ihnen"]),
        entity("United States", "LOC", "USA", ["in die USA"]),
        entity("Costa Rica", "LOC", "CRI", ["im benachbarten Costa Rica"]),
    ],
}

# ---------------------------------------------------------------- hm441-de-04 (Canada, convoy organisers convicted)
PERKINS_MCVEY = actor("Heather Perkins-McVey", "CAN", "JUD")
LICH = actor("Tamara Lich", "CAN", "CVL")
BARBER = actor("Chris Barber", "CAN", "CVL")
CONVOY = actor("Freedom Convoy protesters", "CAN", "CVL")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CAN_POLICE = actor("Canadian police", "CAN", "COP")
MAGAS = actor("Diane Magas", "CAN", "CVL")
CROWN = actor("Crown prosecutors of Ontario", "CAN", "JUD")
CONVOY_SUPPORTERS = actor("supporters of Tamara Lich and Chris Barber", "CAN", "CVL")
ONT_COURT = actor("Ontario Court of Justice", "CAN", "JUD")
FED_COURT = actor("Federal Court of Canada", "CAN", "JUD")

C1 = ("Ottawa (dpa) - Gut drei Jahre nach den wochenlangen Lastwagen-Protesten in Kanadas Hauptstadt sind die beiden "
      "bekanntesten Organisatoren des sogenannten Freiheitskonvois schuldig gesprochen worden.")
C2 = ("Richterin Heather Perkins-McVey befand Tamara Lich und Chris Barber am Donnerstag in Ottawa der "
      "Unruhestiftung für schuldig.")
C3 = "Barber wurde zudem verurteilt, weil er andere zum Verstoß gegen eine gerichtliche Verfügung aufgerufen hatte."
C4 = ("Von weiteren Vorwürfen, darunter Einschüchterung und Behinderung der Polizei, sprach die Richterin beide "
      "frei.")
C5 = "Das Strafmaß soll bei einer späteren Anhörung festgelegt werden."
C5B = "Ihnen drohen theoretisch bis zu zehn Jahre Haft."
C6 = ("Lich und Barber gehörten zu den Initiatoren des Protests gegen Corona-Auflagen, der im Februar 2022 die "
      "Innenstadt lahmlegte.")
C7 = "Hunderte Lastwagen blockierten damals drei Wochen lang die Straßen rund um das Parlament."
C8 = ("Die Regierung von Premierminister Justin Trudeau wandte deshalb erstmals das Notstandsgesetz des Landes "
      "an.")
C9 = "Die Polizei räumte schließlich die Blockaden und nahm Lich und Barber fest."
C10 = "Barbers Verteidigerin Diane Magas warf der Anklage vor, friedlichen Protest zu kriminalisieren."
C11 = ("Lichs Anwalt Lawrence Greenspon sagte, man werde das Urteil genau prüfen und eine Berufung nicht "
       "ausschließen.")
C12 = "„Wir haben für die Freiheit aller Kanadier gekämpft“, sagte Lich vor dem Gerichtsgebäude."
C13 = ("Dutzende Unterstützer mit kanadischen Flaggen demonstrierten dort für die beiden Angeklagten und "
       "skandierten „Freiheit“.")
C14 = ("Ein Bundesgericht hatte im Januar 2024 entschieden, dass die Anwendung des Notstandsgesetzes durch die "
       "Regierung unangemessen gewesen sei.")
C15 = "Die Regierung hält an ihrer Entscheidung fest, ein Berufungsverfahren läuft."

DE04 = {
    "id": "hm441-de-04", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Anführer des kanadischen Freiheitskonvois schuldig gesprochen",
    "text": paragraphs([C1, C2, C3, C4, C5, C5B], [C6, C7, C8, C9], [C10, C11, C12, C13], [C14, C15]),
    "events": [
        event("SANCTION", ONT_COURT, LICH, C1, mode="convict", location_country="CAN"),
        event("SANCTION", ONT_COURT, BARBER, C1, mode="convict", location_country="CAN"),
        event("SANCTION", PERKINS_MCVEY, LICH, C2, mode="convict", date="2025-04-03", location="Ottawa",
              location_country="CAN"),
        event("SANCTION", PERKINS_MCVEY, BARBER, C2, mode="convict", date="2025-04-03", location="Ottawa",
              location_country="CAN"),
        event("SANCTION", PERKINS_MCVEY, BARBER, C3, mode="convict"),
        event("CONCEDE", PERKINS_MCVEY, LICH, C4),
        event("CONCEDE", PERKINS_MCVEY, BARBER, C4),
        event("PROTEST", CONVOY, CAN_GOV, C7, mode="obstruct", location="Ottawa", location_country="CAN"),
        event("COERCE", CAN_GOV, CONVOY, C8, mode="martial-law"),
        event("COERCE", CAN_POLICE, CONVOY, C9, mode="crowd-control"),
        event("COERCE", CAN_POLICE, LICH, C9, mode="arrest"),
        event("COERCE", CAN_POLICE, BARBER, C9, mode="arrest"),
        event("ACCUSE", MAGAS, CROWN, C10, mode="disapprove"),
        event("PROTEST", CONVOY_SUPPORTERS, ONT_COURT, C13, mode="demo", date="2025-04-03", location="Ottawa",
              location_country="CAN"),
        event("ACCUSE", FED_COURT, CAN_GOV, C14, mode="disapprove"),
    ],
    "quotes": [
        quote("friedlichen Protest zu kriminalisieren", "Diane Magas", "indirect"),
        quote("man werde das Urteil genau prüfen und eine Berufung nicht ausschließen", "Lawrence Greenspon",
              "indirect"),
        quote("Wir haben für die Freiheit aller Kanadier gekämpft", "Tamara Lich", "direct"),
        quote("Freiheit", "supporters of Tamara Lich and Chris Barber", "direct"),
        quote("dass die Anwendung des Notstandsgesetzes durch die Regierung unangemessen gewesen sei",
              "Federal Court of Canada", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["Ottawa", "Kanadas Hauptstadt"]),
        entity("Canada", "LOC", "CAN", ["Kanadas", "des Landes"]),
        entity("Freedom Convoy", "ORG", "CAN", ["des sogenannten Freiheitskonvois"]),
        entity("Tamara Lich", "PER", "CAN", ["Tamara Lich", "Lich", "Lichs"]),
        entity("Chris Barber", "PER", "CAN", ["Chris Barber", "Barber", "er", "Barbers"]),
        entity("Tamara Lich and Chris Barber", "PER", "CAN", ["Ihnen"]),
        entity("Heather Perkins-McVey", "PER", "CAN", ["Richterin Heather Perkins-McVey", "die Richterin"]),
        entity("Canadian police", "ORG", "CAN", ["der Polizei", "Die Polizei"]),
        entity("Freedom Convoy protesters", "PER", "CAN", ["Hunderte Lastwagen"]),
        entity("Parliament of Canada", "ORG", "CAN", ["das Parlament"]),
        entity("Government of Canada", "ORG", "CAN", ["Die Regierung von Premierminister Justin Trudeau",
                                                      "die Regierung", "Die Regierung"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau"]),
        entity("Emergencies Act", "MISC", "CAN", ["das Notstandsgesetz des Landes", "des Notstandsgesetzes"]),
        entity("Diane Magas", "PER", "CAN", ["Barbers Verteidigerin Diane Magas"]),
        entity("Crown prosecutors of Ontario", "ORG", "CAN", ["der Anklage"]),
        entity("Lawrence Greenspon", "PER", "CAN", ["Lichs Anwalt Lawrence Greenspon"]),
        entity("courthouse in Ottawa", "LOC", "CAN", ["dem Gerichtsgebäude", "dort"]),
        entity("supporters of Tamara Lich and Chris Barber", "PER", "CAN",
               ["Dutzende Unterstützer mit kanadischen Flaggen"]),
        entity("Federal Court of Canada", "ORG", "CAN", ["Ein Bundesgericht"]),
    ],
}

# ---------------------------------------------------------------- hm441-en-01 (USA, Milwaukee judge arrested)
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
DUGAN = actor("Hannah Dugan", "USA", "JUD")
DOJ = actor("United States Department of Justice", "USA", "JUD")
PATEL = actor("Kash Patel", "USA", "COP")
WI_USAO = actor("United States Attorney's Office for the Eastern District of Wisconsin", "USA", "JUD")
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
FLORES_RUIZ = actor("Eduardo Flores-Ruiz", "MEX", "CVL")
WI_FED_COURT = actor("United States District Court for the Eastern District of Wisconsin", "USA", "JUD")
MASTANTUONO = actor("Craig Mastantuono", "USA", "CVL")
BONDI = actor("Pam Bondi", "USA", "GOV")
US_JUDGES = actor("American judges", "USA", "JUD")
BALDWIN = actor("Tammy Baldwin", "USA", "LEG")
MKE_PROTESTERS = actor("protesters in Milwaukee", "USA", "CVL")
US_GOV = actor("Government of the United States", "USA", "GOV")
MA_USAO = actor("United States Attorney's Office for the District of Massachusetts", "USA", "JUD")
JOSEPH = actor("Shelley Joseph", "USA", "JUD")

W1 = ("MILWAUKEE (AP) — FBI agents on Friday arrested a Milwaukee County judge accused of helping a man evade "
      "immigration authorities, escalating the Trump administration's clash with the judiciary over its "
      "deportation campaign.")
W2 = ("Circuit Judge Hannah Dugan was taken into custody at the county courthouse and charged with obstruction and "
      "concealing an individual to prevent his arrest.")
W3 = ("FBI Director Kash Patel announced the arrest on social media, writing that Dugan had \"intentionally "
      "misdirected\" federal agents away from the man.")
W4 = ("According to a criminal complaint, Dugan escorted Eduardo Flores-Ruiz and his lawyer out of her courtroom "
      "through a jury door on April 18 after learning that immigration agents were waiting in the hallway.")
W5 = ("Flores-Ruiz, a Mexican citizen who had been deported in 2013, was arrested by the agents outside the "
      "courthouse after a brief foot chase.")
W6 = "Dugan appeared briefly in federal court in Milwaukee later Friday and was released."
W7 = "Prosecutors did not ask for her to be held in custody."
W8 = ("Her attorney, Craig Mastantuono, said the arrest \"was not made in the interest of public safety\" and that "
      "the judge expected to be exonerated.")
W9 = ("Attorney General Pam Bondi told Fox News that some judges \"think they are beyond and above the law\" and "
      "must be held accountable.")
W10 = "She warned that anyone who obstructs immigration enforcement will be prosecuted."
W11 = ("Wisconsin Sen. Tammy Baldwin, a Democrat, called the arrest \"a gravely serious and drastic move\" that "
       "threatens the separation of powers.")
W12 = ("Several hundred protesters rallied outside the federal courthouse on Friday afternoon, chanting \"Free the "
       "judge\" and waving handmade signs.")
W13 = ("The case marks a sharp escalation in the administration's conflict with judges over President Donald Trump's "
       "immigration crackdown.")
W14 = "In 2019, federal prosecutors in Boston charged Massachusetts Judge Shelley Joseph with obstruction in a similar case."
W15 = "Dugan has served on the Milwaukee County bench since 2016."

EN01 = {
    "id": "hm441-en-01", "lang": "en", "url": None, "published": "2025-04-26",
    "title": "FBI arrests Milwaukee judge accused of helping man evade immigration agents",
    "text": paragraphs([W1, W2, W3], [W4, W5], [W6, W7, W8], [W9, W10, W11, W12], [W13, W14, W15]),
    "events": [
        event("COERCE", FBI, DUGAN, W1, mode="arrest", date="2025-04-25", location="Milwaukee",
              location_country="USA"),
        event("COERCE", FBI, DUGAN, W2, mode="arrest", location="Milwaukee", location_country="USA"),
        event("ACCUSE", DOJ, DUGAN, W2, mode="allege"),
        event("ACCUSE", PATEL, DUGAN, W3, mode="allege"),
        event("ACCUSE", WI_USAO, DUGAN, W4, mode="allege"),
        event("COERCE", ICE, FLORES_RUIZ, W5, mode="arrest", location="Milwaukee", location_country="USA"),
        event("RETREAT", WI_FED_COURT, DUGAN, W6, mode="release", date="2025-04-25", location="Milwaukee",
              location_country="USA"),
        event("REQUEST", WI_USAO, WI_FED_COURT, W7, negated=True),
        event("ACCUSE", MASTANTUONO, FBI, W8, mode="disapprove"),
        event("ACCUSE", BONDI, US_JUDGES, W9, mode="disapprove"),
        event("THREATEN", BONDI, None, W10),
        event("ACCUSE", BALDWIN, FBI, W11, mode="disapprove"),
        event("PROTEST", MKE_PROTESTERS, US_GOV, W12, mode="demo", date="2025-04-25", location="Milwaukee",
              location_country="USA"),
        event("ACCUSE", MA_USAO, JOSEPH, W14, mode="allege"),
    ],
    "quotes": [
        quote("intentionally misdirected", "Kash Patel", "direct"),
        quote("Dugan had \"intentionally misdirected\" federal agents away from the man", "Kash Patel", "indirect"),
        quote("Dugan escorted Eduardo Flores-Ruiz and his lawyer out of her courtroom through a jury door on April 18 "
              "after learning that immigration agents were waiting in the hallway",
              "United States Attorney's Office for the Eastern District of Wisconsin", "indirect"),
        quote("was not made in the interest of public safety", "Craig Mastantuono", "direct"),
        quote("the arrest \"was not made in the interest of public safety\" and that the judge expected to be "
              "exonerated", "Craig Mastantuono", "indirect"),
        quote("think they are beyond and above the law", "Pam Bondi", "direct"),
        quote("some judges \"think they are beyond and above the law\" and must be held accountable", "Pam Bondi",
              "indirect"),
        quote("anyone who obstructs immigration enforcement will be prosecuted", "Pam Bondi", "indirect"),
        quote("a gravely serious and drastic move", "Tammy Baldwin", "direct"),
        quote("Free the judge", "protesters in Milwaukee", "direct"),
    ],
    "entities": [
        entity("Milwaukee", "LOC", "USA", ["MILWAUKEE", "Milwaukee"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["FBI agents"]),
        entity("Hannah Dugan", "PER", "USA",
               ["a Milwaukee County judge", "Circuit Judge Hannah Dugan", "Dugan", "her", "the judge"]),
        entity("Milwaukee County", "LOC", "USA", ["Milwaukee County", "the Milwaukee County bench"]),
        entity("Eduardo Flores-Ruiz", "PER", "MEX",
               ["a man", "his", "the man", "Eduardo Flores-Ruiz", "Flores-Ruiz, a Mexican citizen who had been "
                "deported in 2013"]),
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["immigration authorities", "immigration agents", "the agents"]),
        entity("Government of the United States", "ORG", "USA",
               ["the Trump administration's", "the administration's"]),
        entity("Milwaukee County Courthouse", "LOC", "USA", ["the county courthouse", "the courthouse"]),
        entity("Kash Patel", "PER", "USA", ["FBI Director Kash Patel"]),
        entity("lawyer of Eduardo Flores-Ruiz", "PER", "USA", ["his lawyer"]),
        entity("United States District Court for the Eastern District of Wisconsin", "ORG", "USA",
               ["federal court in Milwaukee"]),
        entity("federal courthouse in Milwaukee", "LOC", "USA", ["the federal courthouse"]),
        entity("United States Attorney's Office for the Eastern District of Wisconsin", "ORG", "USA",
               ["Prosecutors"]),
        entity("Craig Mastantuono", "PER", "USA", ["Her attorney, Craig Mastantuono"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi", "She"]),
        entity("Fox News", "ORG", "USA", ["Fox News"]),
        entity("American judges", "PER", "USA", ["some judges", "judges"]),
        entity("Tammy Baldwin", "PER", "USA", ["Wisconsin Sen. Tammy Baldwin, a Democrat"]),
        entity("Wisconsin", "LOC", "USA", ["Wisconsin"]),
        entity("protesters in Milwaukee", "PER", "USA", ["Several hundred protesters"]),
        entity("Donald Trump", "PER", "USA", ["Trump", "President Donald Trump's"]),
        entity("United States Attorney's Office for the District of Massachusetts", "ORG", "USA",
               ["federal prosecutors in Boston"]),
        entity("Shelley Joseph", "PER", "USA", ["Massachusetts Judge Shelley Joseph"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
        entity("Massachusetts", "LOC", "USA", ["Massachusetts"]),
    ],
}

# ---------------------------------------------------------------- hm441-en-02 (Haiti, Henry stranded)
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
HTI_GANGS = actor("Haitian gangs", "HTI", "REB")
HNP = actor("Haitian National Police", "HTI", "COP")
HTI_ARMY = actor("Armed Forces of Haiti", "HTI", "MIL")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
HTI_RESIDENTS = actor("residents of Port-au-Prince", "HTI", "CVL")
US_GOV_H = actor("Government of the United States", "USA", "GOV")
HTI_PROTESTERS = actor("Haitian protesters", "HTI", "CVL")

H1 = ("SAN JUAN, Puerto Rico (AP) — Haitian Prime Minister Ariel Henry was stranded in Puerto Rico on Wednesday after "
      "the Dominican Republic refused to let his plane land, leaving him unable to return home as gangs tighten "
      "their grip on the capital.")
H2 = ("The chartered jet carrying Henry touched down in San Juan on Tuesday after Dominican authorities denied it "
      "permission to land in Santo Domingo.")
H3 = ("The Dominican government said the flight had not filed a required flight plan and that it had suspended all "
      "flights to and from Haiti.")
H4 = ("Henry had traveled to Kenya last week, where he and President William Ruto agreed on the deployment of 1,000 "
      "Kenyan police officers to Haiti.")
H5 = ("While he was away, gangs attacked police stations and the country's two largest prisons, freeing thousands of "
      "inmates.")
H6 = ("On Monday, gunmen exchanged fire with police and soldiers at Toussaint Louverture International Airport in "
      "Port-au-Prince, which remains closed.")
H7 = ("Gang leader Jimmy Chérizier, a former police officer known as \"Barbecue,\" has demanded that Henry step "
      "down.")
H8 = ("\"We're heading straight for a civil war that will lead to genocide\" if Henry does not resign, Chérizier "
      "told reporters on Tuesday.")
H9 = "Haiti's government imposed a nighttime curfew on the capital region on Sunday."
H10 = ("State Department spokesman Matthew Miller said the United States was urging Henry to move \"with urgency\" "
       "toward an empowered and inclusive transitional government.")
H11 = "Miller said Washington was not asking Henry to resign."
H12 = ("Henry, who took office after the 2021 assassination of President Jovenel Moïse, had been expected to hand "
       "over power by Feb. 7 under a political agreement.")
H13 = "Thousands of protesters took to the streets in February to demand his resignation."
H14 = ("More than 15,000 people have fled their homes in Port-au-Prince since the latest wave of attacks began, "
       "according to the United Nations.")
H15 = "Henry has not spoken publicly since leaving Nairobi."

EN02 = {
    "id": "hm441-en-02", "lang": "en", "url": None, "published": "2024-03-06",
    "title": "Haiti's prime minister stranded in Puerto Rico as gangs tighten grip on capital",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9], [H10, H11], [H12, H13, H14, H15]),
    "events": [
        event("REJECT", DOM_GOV, HENRY, H1),
        event("REJECT", DOM_GOV, HENRY, H2, date="2024-03-05"),
        event("SANCTION", DOM_GOV, HTI_GOV, H3, mode="discontinue"),
        event("CONSULT", HENRY, RUTO, H4, mode="visit", location_country="KEN"),
        event("AGREE", HENRY, RUTO, H4, location_country="KEN"),
        event("ASSAULT", HTI_GANGS, HNP, H5),
        event("ASSAULT", HTI_GANGS, HNP, H6, mode="firearms", date="2024-03-04", location="Port-au-Prince",
              location_country="HTI"),
        event("ASSAULT", HTI_GANGS, HTI_ARMY, H6, mode="firearms", date="2024-03-04", location="Port-au-Prince",
              location_country="HTI"),
        event("REQUEST", CHERIZIER, HENRY, H7, mode="change"),
        event("THREATEN", CHERIZIER, HENRY, H8, mode="violence", date="2024-03-05"),
        event("COERCE", HTI_GOV, HTI_RESIDENTS, H9, mode="curfew", date="2024-03-03", location="Port-au-Prince",
              location_country="HTI"),
        event("REQUEST", US_GOV_H, HENRY, H10, mode="change"),
        event("REQUEST", US_GOV_H, HENRY, H11, mode="change", negated=True),
        event("PROTEST", HTI_PROTESTERS, HENRY, H13, mode="demo", location_country="HTI"),
    ],
    "quotes": [
        quote("the flight had not filed a required flight plan and that it had suspended all flights to and from "
              "Haiti", "Government of the Dominican Republic", "indirect"),
        quote("We're heading straight for a civil war that will lead to genocide", "Jimmy Chérizier", "direct"),
        quote("\"We're heading straight for a civil war that will lead to genocide\" if Henry does not resign",
              "Jimmy Chérizier", "indirect"),
        quote("with urgency", "Matthew Miller", "direct"),
        quote("the United States was urging Henry to move \"with urgency\" toward an empowered and inclusive "
              "transitional government", "Matthew Miller", "indirect"),
        quote("Washington was not asking Henry to resign", "Matthew Miller", "indirect"),
        quote("More than 15,000 people have fled their homes in Port-au-Prince since the latest wave of attacks "
              "began", "United Nations", "indirect"),
    ],
    "entities": [
        entity("San Juan", "LOC", "USA", ["SAN JUAN", "San Juan"]),
        entity("Puerto Rico", "LOC", "USA", ["Puerto Rico"]),
        entity("Ariel Henry", "PER", "HTI",
               ["Haitian Prime Minister Ariel Henry", "his", "him", "Henry", "he"]),
        entity("Government of the Dominican Republic", "ORG", "DOM",
               ["the Dominican Republic", "Dominican authorities", "The Dominican government"]),
        entity("Haitian gangs", "ORG", "HTI", ["gangs", "gunmen"]),
        entity("Port-au-Prince", "LOC", "HTI", ["the capital", "Port-au-Prince", "the capital region"]),
        entity("Santo Domingo", "LOC", "DOM", ["Santo Domingo"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "the country's"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Kenyan police", "ORG", "KEN", ["1,000 Kenyan police officers"]),
        entity("Haitian National Police", "ORG", "HTI", ["police stations", "police"]),
        entity("Armed Forces of Haiti", "ORG", "HTI", ["soldiers"]),
        entity("Toussaint Louverture International Airport", "LOC", "HTI",
               ["Toussaint Louverture International Airport"]),
        entity("Jimmy Chérizier", "PER", "HTI",
               ["Gang leader Jimmy Chérizier, a former police officer known as \"Barbecue,\"", "Chérizier"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haiti's government"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller", "Miller"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Jovenel Moïse", "PER", "HTI", ["President Jovenel Moïse"]),
        entity("Haitian protesters", "PER", "HTI", ["Thousands of protesters"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
