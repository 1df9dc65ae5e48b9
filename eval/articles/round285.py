"""Round 285: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm285-de-01: Dominican Republic: Abinader closes all borders with Haiti over the Massacre River canal; troops to Dajabón, visas suspended, Henry refuses to stop the works, protest in Ouanaminthe, Álvarez accuses Haiti, the OAS urges dialogue (2023-09-15).
- hm285-de-02: Nicaragua: a Managua court declares the Jesuit UCA a "centre of terrorism" and orders its assets seized; police outside the campus, the Jesuits condemn, Brian Nichols attacks the Ortega-Murillo government, Bishop Álvarez and the Vatican recalled (2023-08-17).
- hm285-de-03: NATO: the allies appoint Mark Rutte secretary general; Iohannis withdrew and backs him, Orbán drops his veto after Rutte's guarantee, Fico backs him, Stoltenberg and Zelensky congratulate, Peskov objects (2024-06-26).
- hm285-de-04: United States: Trump booked at the Fulton County jail in Atlanta and freed on bond; McAfee's bond conditions, Willis's charges and deadline, Meadows and Giuliani booked, supporters rally, Trump attacks Willis (2023-08-25).
- hm285-en-01: G7: foreign ministers in Niagara-on-the-Lake vow to raise the cost to Russia; Anand announces sanctions, Sybiha accuses Moscow and asks for air defence, Barrot and Rubio clash over the Caribbean boat strikes, the Ford carrier arrives (2025-11-12).
- hm285-en-02: Canada: Ottawa lists Iran's Revolutionary Guards as a terrorist entity; senior Iranian officials barred, Joly urges Canadians to leave Iran, PS752 families welcome it, Poilievre attacks Trudeau, Kanaani condemns and warns, the EU has not followed (2024-06-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm285-de-01 (Dominican Republic/Haiti, border closed over canal)
DOM = actor("Dominican Republic", "DOM", "GOV")
HAITI = actor("Haiti", "HTI", "GOV")
ABINADER = actor("Luis Abinader", "DOM", "GOV")
DOM_ARMY = actor("Army of the Dominican Republic", "DOM", "MIL")
DOM_GOV = actor("Government of the Dominican Republic", "DOM", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
OUA_PROTESTERS = actor("protesters in Ouanaminthe", "HTI", "CVL")
R_ALVAREZ = actor("Roberto Álvarez", "DOM", "GOV")
OAS = actor("Organization of American States", "IGO", "IGO")

A1 = ("Santo Domingo (dpa) - Die Dominikanische Republik hat im Streit um einen Bewässerungskanal ihre gesamte Grenze "
      "zum Nachbarland Haiti geschlossen.")
A2 = ("Seit Freitagmorgen sind auf Anordnung von Präsident Luis Abinader alle Land-, See- und Luftverbindungen zwischen "
      "den beiden Staaten auf der Karibikinsel Hispaniola unterbrochen.")
A3 = ("Der 56-Jährige wirft Haiti vor, mit dem Bau eines Kanals am Grenzfluss Massacre gegen einen Vertrag von 1929 über "
      "die gemeinsame Nutzung der Grenzgewässer zu verstoßen.")
A4 = ("„Wir werden alle Maßnahmen ergreifen, die nötig sind, um unsere Souveränität und unsere Bauern zu schützen“, "
      "sagte Abinader am Donnerstag in einer Fernsehansprache.")
A5 = "Die Armee verlegte zusätzliche Soldaten und gepanzerte Fahrzeuge in die nördliche Grenzprovinz Dajabón."
A6 = ("Bereits am Montag hatte die Regierung in Santo Domingo die Vergabe von Visa an Haitianer ausgesetzt und den "
      "wichtigsten Grenzübergang bei Dajabón geschlossen.")
A7 = ("Der Grenzmarkt von Dajabón, auf dem zweimal pro Woche Tausende Händler aus beiden Ländern Waren austauschen, "
      "blieb geschlossen.")
A8 = "Haitis Regierungschef Ariel Henry wies die Forderung nach einem Baustopp zurück."
A9 = ("Haiti habe das souveräne Recht, das Wasser des Flusses für die Landwirtschaft im Nordosten des Landes zu nutzen, "
      "erklärte sein Büro.")
A10 = "Der Kanal verstoße nicht gegen den Vertrag, hieß es weiter."
A11 = "Der Kanal soll Wasser auf Felder in der haitianischen Ebene von Maribaroux leiten."
A12 = ("In Ouanaminthe auf der haitianischen Seite der Grenze arbeiteten Hunderte Freiwillige mit Schaufeln und "
       "Schubkarren weiter an dem Kanal.")
A13 = ("Mehrere Hundert Menschen zogen dort mit haitianischen Fahnen durch die Straßen und protestierten gegen die "
       "Grenzschließung.")
A14 = ("Der dominikanische Außenminister Roberto Álvarez sagte, Gespräche einer gemeinsamen technischen Kommission "
       "beider Länder in der vergangenen Woche seien ohne Ergebnis geblieben.")
A15 = ("Die haitianische Seite habe zugesagt, die Arbeiten bis zu einer Einigung ruhen zu lassen, und dieses "
       "Versprechen gebrochen, warf Álvarez dem Nachbarland vor.")
A16 = "Die Organisation Amerikanischer Staaten (OAS) rief beide Regierungen zum Dialog auf."
A17 = ("Abinader kündigte an, den Streit in der kommenden Woche vor der UN-Generalversammlung in New York zur Sprache "
       "zu bringen.")
A18 = "Die Beziehungen zwischen den beiden Nachbarn, die sich die Insel teilen, sind seit Jahren angespannt."

DE01 = {
    "id": "hm285-de-01", "lang": "de", "url": None, "published": "2023-09-15",
    "title": "Streit um Kanal: Dominikanische Republik schließt Grenze zu Haiti",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11, A12, A13], [A14, A15, A16, A17, A18]),
    "events": [
        event("SANCTION", DOM, HAITI, A1, mode="discontinue"),
        event("SANCTION", ABINADER, HAITI, A2, mode="discontinue", date="2023-09-15"),
        event("ACCUSE", ABINADER, HAITI, A3, mode="allege"),
        event("THREATEN", ABINADER, HAITI, A4, date="2023-09-14"),
        event("MOBILIZE", DOM_ARMY, None, A5, mode="troops", location="Dajabón", location_country="DOM"),
        event("SANCTION", DOM_GOV, HAITI, A6, mode="discontinue", date="2023-09-11", location="Dajabón",
              location_country="DOM"),
        event("REJECT", HENRY, DOM_GOV, A8, mode="change"),
        event("PROTEST", OUA_PROTESTERS, DOM_GOV, A13, mode="demo", location="Ouanaminthe", location_country="HTI"),
        event("CONSULT", DOM_GOV, HTI_GOV, A14),
        event("ACCUSE", R_ALVAREZ, HTI_GOV, A15, mode="allege"),
        event("REQUEST", OAS, DOM_GOV, A16, mode="meet"),
        event("REQUEST", OAS, HTI_GOV, A16, mode="meet"),
    ],
    "quotes": [
        quote("mit dem Bau eines Kanals am Grenzfluss Massacre gegen einen Vertrag von 1929 über die gemeinsame Nutzung "
              "der Grenzgewässer zu verstoßen", "Luis Abinader", "indirect"),
        quote("Wir werden alle Maßnahmen ergreifen, die nötig sind, um unsere Souveränität und unsere Bauern zu schützen",
              "Luis Abinader", "direct"),
        quote("Haiti habe das souveräne Recht, das Wasser des Flusses für die Landwirtschaft im Nordosten des Landes zu "
              "nutzen", "Office of the Prime Minister of Haiti", "indirect"),
        quote("Der Kanal verstoße nicht gegen den Vertrag", "Office of the Prime Minister of Haiti", "indirect"),
        quote("Gespräche einer gemeinsamen technischen Kommission beider Länder in der vergangenen Woche seien ohne "
              "Ergebnis geblieben", "Roberto Álvarez", "indirect"),
        quote("Die haitianische Seite habe zugesagt, die Arbeiten bis zu einer Einigung ruhen zu lassen, und dieses "
              "Versprechen gebrochen", "Roberto Álvarez", "indirect"),
        quote("den Streit in der kommenden Woche vor der UN-Generalversammlung in New York zur Sprache zu bringen",
              "Luis Abinader", "indirect"),
    ],
    "entities": [
        entity("Santo Domingo", "LOC", "DOM", ["Santo Domingo"]),
        entity("Dominican Republic", "LOC", "DOM", ["Die Dominikanische Republik"]),
        entity("Haiti", "LOC", "HTI", ["Haiti", "Haitis", "dem Nachbarland"]),
        entity("Luis Abinader", "PER", "DOM", ["Präsident Luis Abinader", "Der 56-Jährige", "Abinader"]),
        entity("Hispaniola", "LOC", None, ["Karibikinsel Hispaniola", "die Insel"]),
        entity("Massacre River", "LOC", None, ["Grenzfluss Massacre", "des Flusses"]),
        entity("Army of the Dominican Republic", "ORG", "DOM", ["Die Armee"]),
        entity("Dajabón", "LOC", "DOM", ["Grenzprovinz Dajabón", "Dajabón"]),
        entity("Government of the Dominican Republic", "ORG", "DOM", ["die Regierung in Santo Domingo"]),
        entity("Dajabón border market", "LOC", "DOM", ["Der Grenzmarkt von Dajabón"]),
        entity("Ariel Henry", "PER", "HTI", ["Haitis Regierungschef Ariel Henry"]),
        entity("Office of the Prime Minister of Haiti", "ORG", "HTI", ["sein Büro"]),
        entity("Maribaroux plain", "LOC", "HTI", ["Ebene von Maribaroux"]),
        entity("Ouanaminthe", "LOC", "HTI", ["Ouanaminthe"]),
        entity("protesters in Ouanaminthe", "ORG", "HTI", ["Mehrere Hundert Menschen"]),
        entity("Roberto Álvarez", "PER", "DOM", ["Der dominikanische Außenminister Roberto Álvarez", "Álvarez"]),
        entity("Dominican-Haitian joint technical commission", "ORG", None,
               ["einer gemeinsamen technischen Kommission beider Länder"]),
        entity("Government of Haiti", "ORG", "HTI", ["Die haitianische Seite"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten", "OAS"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["der UN-Generalversammlung"]),
        entity("New York", "LOC", "USA", ["New York"]),
    ],
}

# ---------------------------------------------------------------- hm285-de-02 (Nicaragua, Jesuit UCA seized)
MANAGUA_COURT = actor("Managua district court", "NIC", "JUD")
UCA = actor("Central American University", "NIC", "CVL")
JESUITS_CA = actor("Central American Province of the Society of Jesus", None, "CVL")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
NIC_POLICE = actor("National Police of Nicaragua", "NIC", "COP")
UCA_PEOPLE = actor("students and staff of the Central American University", "NIC", "CVL")
UCA_STUDENTS = actor("students of the Central American University", "NIC", "CVL")
ORTEGA = actor("Daniel Ortega", "NIC", "GOV")
NICHOLS = actor("Brian Nichols", "USA", "GOV")
NIC_JUD = actor("Nicaraguan judiciary", "NIC", "JUD")
BISHOP_ALVAREZ = actor("Rolando Álvarez", "NIC", "CVL")
NICARAGUA = actor("Nicaragua", "NIC", "GOV")
HOLY_SEE = actor("Holy See", "VAT", "GOV")

N1 = ("Managua (AFP) - Die Justiz in Nicaragua hat die Beschlagnahmung der renommierten Jesuiten-Universität UCA in "
      "der Hauptstadt Managua angeordnet.")
N2 = ("Ein Gericht erklärte die Zentralamerikanische Universität am Dienstag zu einem „Zentrum des Terrorismus“ und "
      "ordnete an, ihre Gebäude, Grundstücke und Bankkonten an den Staat zu übertragen.")
N3 = ("Die Hochschule machte den Beschluss am Mittwoch öffentlich und wies die Vorwürfe als „völlig falsch und "
      "unbegründet“ zurück.")
N4 = ("Die Regierung von Präsident Daniel Ortega wolle eine der letzten unabhängigen Stimmen des Landes zum Schweigen "
      "bringen, erklärte die Zentralamerikanische Provinz des Jesuitenordens.")
N5 = ("Der Orden verurteilte die Entscheidung als „weiteren Schlag gegen die akademische Freiheit“ und forderte die "
      "Behörden auf, die Universität ihre Arbeit fortsetzen zu lassen.")
N6 = "Vor dem Haupteingang des Campus im Süden Managuas zogen am Mittwoch Dutzende Polizisten auf."
N7 = "Studierende und Mitarbeiter durften das Gelände nicht mehr betreten."
N8 = "Rund 5000 Studierende wissen nicht, ob sie ihr Studium fortsetzen können."
N9 = "Die UCA war 2018 ein Zentrum der Studentenproteste gegen Ortega."
N10 = ("Der für Lateinamerika zuständige Abteilungsleiter im US-Außenministerium, Brian Nichols, verurteilte das "
       "Vorgehen scharf.")
N11 = ("„Das Ortega-Murillo-Regime setzt seinen Angriff auf Bildung und Kirche fort“, schrieb er im "
       "Kurznachrichtendienst X.")
N12 = "Er forderte die Regierung in Managua auf, die Dutzenden politischen Gefangenen des Landes freizulassen."
N13 = ("Ortegas Ehefrau und Vizepräsidentin Rosario Murillo, die sich täglich in den Staatsmedien äußert, ging auf die "
       "Vorwürfe zunächst nicht ein.")
N14 = ("Im Februar war der katholische Bischof Rolando Álvarez, ein scharfer Kritiker Ortegas, zu mehr als 26 Jahren "
       "Haft verurteilt worden.")
N15 = "Im März setzte Nicaragua die diplomatischen Beziehungen zum Vatikan aus."
N16 = "Die Jesuiten leiten die Universität seit ihrer Gründung im Jahr 1960."

DE02 = {
    "id": "hm285-de-02", "lang": "de", "url": None, "published": "2023-08-17",
    "title": "Nicaragua: Gericht ordnet Beschlagnahmung von Jesuiten-Universität an",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8, N9], [N10, N11, N12, N13], [N14, N15, N16]),
    "events": [
        event("COERCE", MANAGUA_COURT, UCA, N1, mode="seize", location="Managua", location_country="NIC"),
        event("ACCUSE", MANAGUA_COURT, UCA, N2, mode="allege", date="2023-08-15"),
        event("COERCE", MANAGUA_COURT, UCA, N2, mode="seize", date="2023-08-15"),
        event("ACCUSE", JESUITS_CA, NIC_GOV, N4, mode="allege"),
        event("ACCUSE", JESUITS_CA, MANAGUA_COURT, N5, mode="disapprove"),
        event("REQUEST", JESUITS_CA, NIC_GOV, N5, mode="change"),
        event("MOBILIZE", NIC_POLICE, UCA, N6, mode="police", date="2023-08-16", location="Managua",
              location_country="NIC"),
        event("COERCE", NIC_POLICE, UCA_PEOPLE, N7, mode="restrict", location="Managua", location_country="NIC"),
        event("PROTEST", UCA_STUDENTS, ORTEGA, N9, mode="demo", location="Managua", location_country="NIC"),
        event("ACCUSE", NICHOLS, NIC_GOV, N10, mode="disapprove"),
        event("ACCUSE", NICHOLS, NIC_GOV, N11, mode="disapprove"),
        event("REQUEST", NICHOLS, NIC_GOV, N12, mode="yield"),
        event("SANCTION", NIC_JUD, BISHOP_ALVAREZ, N14, mode="convict"),
        event("COERCE", NIC_JUD, BISHOP_ALVAREZ, N14, mode="arrest"),
        event("SANCTION", NICARAGUA, HOLY_SEE, N15, mode="discontinue"),
    ],
    "quotes": [
        quote("Zentrum des Terrorismus", "Managua district court", "direct"),
        quote("völlig falsch und unbegründet", "Central American University", "direct"),
        quote("Die Regierung von Präsident Daniel Ortega wolle eine der letzten unabhängigen Stimmen des Landes zum "
              "Schweigen bringen", "Central American Province of the Society of Jesus", "indirect"),
        quote("weiteren Schlag gegen die akademische Freiheit", "Central American Province of the Society of Jesus",
              "direct"),
        quote("Das Ortega-Murillo-Regime setzt seinen Angriff auf Bildung und Kirche fort", "Brian Nichols", "direct"),
    ],
    "entities": [
        entity("Managua", "LOC", "NIC", ["Managua", "der Hauptstadt", "Managuas"]),
        entity("Nicaragua", "LOC", "NIC", ["Nicaragua", "des Landes"]),
        entity("Nicaraguan judiciary", "ORG", "NIC", ["Die Justiz in Nicaragua"]),
        entity("Central American University", "ORG", "NIC", ["der renommierten Jesuiten-Universität UCA",
                                                             "die Zentralamerikanische Universität", "Die Hochschule",
                                                             "die Universität", "Die UCA"]),
        entity("Managua district court", "ORG", "NIC", ["Ein Gericht"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Die Regierung von Präsident Daniel Ortega", "Behörden",
                                                         "Das Ortega-Murillo-Regime", "die Regierung in Managua"]),
        entity("Daniel Ortega", "PER", "NIC", ["Präsident Daniel Ortega", "Ortega", "Ortegas"]),
        entity("Central American Province of the Society of Jesus", "ORG", None,
               ["die Zentralamerikanische Provinz des Jesuitenordens", "Der Orden", "Die Jesuiten"]),
        entity("Campus of the Central American University", "LOC", "NIC", ["des Campus im Süden Managuas",
                                                                           "das Gelände"]),
        entity("National Police of Nicaragua", "ORG", "NIC", ["Dutzende Polizisten"]),
        entity("students and staff of the Central American University", "ORG", "NIC",
               ["Studierende und Mitarbeiter"]),
        entity("Latin America", "LOC", None, ["Lateinamerika"]),
        entity("U.S. Department of State", "ORG", "USA", ["US-Außenministerium"]),
        entity("Brian Nichols", "PER", "USA", ["Der für Lateinamerika zuständige Abteilungsleiter im "
                                               "US-Außenministerium, Brian Nichols"]),
        entity("X", "ORG", "MNC", ["Kurznachrichtendienst X"]),
        entity("Rosario Murillo", "PER", "NIC", ["Ortegas Ehefrau und Vizepräsidentin Rosario Murillo"]),
        entity("Rolando Álvarez", "PER", "NIC", ["der katholische Bischof Rolando Álvarez",
                                                 "ein scharfer Kritiker Ortegas"]),
        entity("Holy See", "ORG", "VAT", ["Vatikan"]),
    ],
}

# ---------------------------------------------------------------- hm285-de-03 (NATO, Rutte appointed secretary general)
NAC = actor("North Atlantic Council", "IGO", "IGO")
RUTTE = actor("Mark Rutte", "NLD", "GOV")
IOHANNIS = actor("Klaus Iohannis", "ROU", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
NATO = actor("NATO", "IGO", "IGO")
FICO = actor("Robert Fico", "SVK", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

T1 = "Brüssel (dpa) - Der scheidende niederländische Ministerpräsident Mark Rutte wird neuer Generalsekretär der Nato."
T2 = ("Der Nordatlantikrat, in dem die Botschafter der 32 Mitgliedstaaten sitzen, ernannte den 57-Jährigen am "
      "Mittwoch in Brüssel zum Nachfolger von Jens Stoltenberg.")
T3 = "Rutte soll das Amt am 1. Oktober übernehmen."
T4 = ("Der Weg für die Ernennung war frei geworden, nachdem Rumäniens Präsident Klaus Iohannis in der vergangenen Woche "
      "seine Gegenkandidatur zurückgezogen und Rutte seine Unterstützung zugesagt hatte.")
T5 = "Zuvor hatte Ungarns Ministerpräsident Viktor Orbán sein Veto gegen den Niederländer aufgegeben."
T6 = ("Rutte hatte ihm schriftlich zugesichert, dass Ungarn sich nicht an der geplanten Nato-Mission zur Koordinierung "
      "der Waffenlieferungen an die Ukraine beteiligen muss.")
T7 = "Orbán hatte die Mission als Schritt hin zu einer direkten Kriegsbeteiligung der Allianz kritisiert."
T8 = "Auch der slowakische Regierungschef Robert Fico stellte sich hinter den Niederländer."
T9 = "„Das ist eine enorme Ehre“, schrieb Rutte im Kurznachrichtendienst X."
T10 = "Das Bündnis sei und bleibe der Eckpfeiler der kollektiven Sicherheit, erklärte er."
T11 = ("Er kündigte an, die Unterstützung für die Ukraine fortzusetzen und die Verteidigungsfähigkeit der Allianz zu "
       "stärken.")
T12 = ("Stoltenberg gratulierte seinem Nachfolger und nannte ihn einen „wahren Transatlantiker, eine starke "
       "Führungspersönlichkeit und einen Konsensbildner“.")
T13 = ("Der ukrainische Präsident Wolodymyr Selenskyj beglückwünschte Rutte und lud ihn zu einem Besuch nach Kiew "
       "ein.")
T14 = ("Kremlsprecher Dmitri Peskow sagte, Moskau erwarte von dem Personalwechsel keine Änderung der antirussischen "
       "Linie der Nato.")
T15 = ("Stoltenberg führt das Bündnis seit 2014; seine Amtszeit war wegen des russischen Angriffskriegs gegen die "
       "Ukraine mehrfach verlängert worden.")
T16 = ("Rutte hatte die Niederlande fast 14 Jahre lang regiert und sich als einer der entschiedensten Unterstützer "
       "Kiews in Europa profiliert.")
T17 = "Sein Nachfolger in Den Haag, der parteilose Dick Schoof, soll am kommenden Dienstag vereidigt werden."

DE03 = {
    "id": "hm285-de-03", "lang": "de", "url": None, "published": "2024-06-26",
    "title": "Rutte wird neuer Nato-Generalsekretär",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7, T8], [T9, T10, T11], [T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("SUPPORT", NAC, RUTTE, T2, date="2024-06-26", location="Brussels", location_country="BEL"),
        event("SUPPORT", IOHANNIS, RUTTE, T4),
        event("CONCEDE", ORBAN, RUTTE, T5),
        event("AGREE", RUTTE, ORBAN, T6),
        event("ACCUSE", ORBAN, NATO, T7, mode="disapprove"),
        event("SUPPORT", FICO, RUTTE, T8),
        event("AGREE", RUTTE, UKRAINE, T11),
        event("SUPPORT", STOLTENBERG, RUTTE, T12),
        event("SUPPORT", ZELENSKY, RUTTE, T13),
        event("AGREE", ZELENSKY, RUTTE, T13),
        event("ACCUSE", PESKOV, NATO, T14, mode="disapprove"),
    ],
    "quotes": [
        quote("Ungarn sich nicht an der geplanten Nato-Mission zur Koordinierung der Waffenlieferungen an die Ukraine "
              "beteiligen muss", "Mark Rutte", "indirect"),
        quote("Das ist eine enorme Ehre", "Mark Rutte", "direct"),
        quote("Das Bündnis sei und bleibe der Eckpfeiler der kollektiven Sicherheit", "Mark Rutte", "indirect"),
        quote("die Unterstützung für die Ukraine fortzusetzen und die Verteidigungsfähigkeit der Allianz zu stärken",
              "Mark Rutte", "indirect"),
        quote("wahren Transatlantiker, eine starke Führungspersönlichkeit und einen Konsensbildner", "Jens Stoltenberg",
              "direct"),
        quote("Moskau erwarte von dem Personalwechsel keine Änderung der antirussischen Linie der Nato", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Mark Rutte", "PER", "NLD", ["Der scheidende niederländische Ministerpräsident Mark Rutte",
                                            "den 57-Jährigen", "Rutte", "den Niederländer", "seinem Nachfolger"]),
        entity("NATO", "ORG", "IGO", ["der Nato", "der Allianz", "Das Bündnis", "das Bündnis"]),
        entity("North Atlantic Council", "ORG", "IGO", ["Der Nordatlantikrat",
                                                        "die Botschafter der 32 Mitgliedstaaten"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Jens Stoltenberg", "Stoltenberg"]),
        entity("Romania", "LOC", "ROU", ["Rumäniens"]),
        entity("Klaus Iohannis", "PER", "ROU", ["Rumäniens Präsident Klaus Iohannis"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns", "Ungarn"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "Orbán"]),
        entity("NATO Security Assistance and Training for Ukraine", "ORG", "IGO",
               ["der geplanten Nato-Mission zur Koordinierung der Waffenlieferungen an die Ukraine", "die Mission"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Robert Fico", "PER", "SVK", ["der slowakische Regierungschef Robert Fico"]),
        entity("X", "ORG", "MNC", ["Kurznachrichtendienst X"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew", "Kiews"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Netherlands", "LOC", "NLD", ["die Niederlande"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Dick Schoof", "PER", "NLD", ["Sein Nachfolger in Den Haag, der parteilose Dick Schoof"]),
    ],
}

# ---------------------------------------------------------------- hm285-de-04 (USA, Trump booked in Fulton County)
FULTON_SHERIFF = actor("Fulton County Sheriff's Office", "USA", "COP")
TRUMP = actor("Donald Trump", "USA", "PTY")
MCAFEE = actor("Scott McAfee", "USA", "JUD")
WILLIS = actor("Fani Willis", "USA", "JUD")
CODEFENDANTS = actor("Trump's co-defendants in the Georgia election case", "USA", "CVL")
DEFENDANTS = actor("defendants in the Georgia election case", "USA", "CVL")
GRAND_JURY = actor("Fulton County grand jury", "USA", "JUD")
MEADOWS = actor("Mark Meadows", "USA", "CVL")
GIULIANI = actor("Rudy Giuliani", "USA", "CVL")
TRUMP_SUPPORTERS = actor("supporters of Donald Trump", "USA", "CVL")
ATL_POLICE = actor("police in Atlanta", "USA", "COP")

F1 = ("Atlanta (AFP) - Der frühere US-Präsident Donald Trump ist im Bundesstaat Georgia wegen mutmaßlicher "
      "Wahlmanipulation kurzzeitig festgenommen und gegen Kaution wieder freigelassen worden.")
F2 = ("Der 77-Jährige stellte sich am Donnerstagabend im Gefängnis von Fulton County in Atlanta und wurde dort "
      "erkennungsdienstlich behandelt.")
F3 = "Das Polizeifoto, das erste eines ehemaligen US-Präsidenten, verbreitete sich binnen Minuten im Internet."
F4 = "Nach rund 20 Minuten wurde Trump gegen eine Kaution von 200.000 Dollar wieder auf freien Fuß gesetzt."
F5 = ("Richter Scott McAfee hatte ihm zur Auflage gemacht, weder Zeugen noch Mitangeklagte einzuschüchtern, auch "
      "nicht in Onlinenetzwerken.")
F6 = ("„Was hier passiert ist, ist eine Verhöhnung der Justiz“, sagte Trump vor seinem Rückflug nach New Jersey auf "
      "dem Flughafen von Atlanta.")
F7 = "„Wir haben nichts falsch gemacht“, fügte er hinzu."
F8 = ("Er warf Bezirksstaatsanwältin Fani Willis vor, das Verfahren aus politischen Gründen zu betreiben, um seiner "
      "Kandidatur für die Präsidentschaftswahl 2024 zu schaden.")
F9 = ("Willis wirft Trump und 18 weiteren Beschuldigten vor, sich verschworen zu haben, um das Ergebnis der "
      "Präsidentschaftswahl 2020 in Georgia nachträglich zu kippen.")
F10 = ("Eine Geschworenenjury in Atlanta hatte Trump Mitte August in 13 Punkten angeklagt, unter anderem nach einem "
       "Gesetz gegen organisierte Kriminalität.")
F11 = "Willis hatte allen Beschuldigten eine Frist bis Freitagmittag gesetzt, um sich den Behörden zu stellen."
F12 = ("Am Donnerstag wurde auch Trumps früherer Stabschef Mark Meadows in dem Gefängnis registriert, am Mittwoch "
       "bereits der frühere New Yorker Bürgermeister Rudy Giuliani.")
F13 = ("Vor dem Gefängnis hatten sich seit dem Nachmittag Hunderte Anhänger Trumps versammelt, die Fahnen schwenkten "
       "und gegen die Anklage protestierten.")
F13B = "Festnahmen gab es nach dem Protest keine."
F14 = "Sheriff Pat Labat hatte angekündigt, Trump werde wie jeder andere Beschuldigte behandelt."
F15 = "Trump ist in insgesamt vier Strafverfahren angeklagt."
F16 = ("Ungeachtet dessen führt er das Bewerberfeld der Republikaner für die Präsidentschaftswahl im kommenden Jahr in "
       "Umfragen mit großem Abstand an.")

DE04 = {
    "id": "hm285-de-04", "lang": "de", "url": None, "published": "2023-08-25",
    "title": "Trump stellt sich in Atlanta und kommt gegen Kaution frei",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8], [F9, F10, F11, F12], [F13, F13B, F14], [F15, F16]),
    "events": [
        event("COERCE", FULTON_SHERIFF, TRUMP, F1, mode="arrest", location="Georgia", location_country="USA"),
        event("RETREAT", FULTON_SHERIFF, TRUMP, F1, mode="release", location="Georgia", location_country="USA"),
        event("COERCE", FULTON_SHERIFF, TRUMP, F2, mode="arrest", date="2023-08-24", location="Atlanta",
              location_country="USA"),
        event("RETREAT", FULTON_SHERIFF, TRUMP, F4, mode="release", date="2023-08-24", location="Atlanta",
              location_country="USA"),
        event("COERCE", MCAFEE, TRUMP, F5, mode="restrict"),
        event("ACCUSE", TRUMP, WILLIS, F6, mode="disapprove", location="Atlanta", location_country="USA"),
        event("ACCUSE", TRUMP, WILLIS, F8, mode="allege"),
        event("ACCUSE", WILLIS, TRUMP, F9, mode="allege"),
        event("ACCUSE", WILLIS, CODEFENDANTS, F9, mode="allege"),
        event("ACCUSE", GRAND_JURY, TRUMP, F10, mode="allege", location="Atlanta", location_country="USA"),
        event("REQUEST", WILLIS, DEFENDANTS, F11),
        event("COERCE", FULTON_SHERIFF, MEADOWS, F12, mode="arrest", date="2023-08-24", location="Atlanta",
              location_country="USA"),
        event("COERCE", FULTON_SHERIFF, GIULIANI, F12, mode="arrest", date="2023-08-23", location="Atlanta",
              location_country="USA"),
        event("PROTEST", TRUMP_SUPPORTERS, WILLIS, F13, mode="demo", date="2023-08-24", location="Atlanta",
              location_country="USA"),
        event("COERCE", ATL_POLICE, TRUMP_SUPPORTERS, F13B, mode="arrest", location="Atlanta", location_country="USA",
              negated=True),
    ],
    "quotes": [
        quote("Was hier passiert ist, ist eine Verhöhnung der Justiz", "Donald Trump", "direct"),
        quote("Wir haben nichts falsch gemacht", "Donald Trump", "direct"),
        quote("das Verfahren aus politischen Gründen zu betreiben, um seiner Kandidatur für die Präsidentschaftswahl "
              "2024 zu schaden", "Donald Trump", "indirect"),
        quote("sich verschworen zu haben, um das Ergebnis der Präsidentschaftswahl 2020 in Georgia nachträglich zu "
              "kippen", "Fani Willis", "indirect"),
        quote("Trump werde wie jeder andere Beschuldigte behandelt", "Pat Labat", "indirect"),
    ],
    "entities": [
        entity("Atlanta", "LOC", "USA", ["Atlanta"]),
        entity("Donald Trump", "PER", "USA", ["Der frühere US-Präsident Donald Trump", "Der 77-Jährige", "Trump",
                                              "Trumps"]),
        entity("Georgia", "LOC", "USA", ["Bundesstaat Georgia", "Georgia"]),
        entity("Fulton County Jail", "LOC", "USA", ["Gefängnis von Fulton County", "dem Gefängnis"]),
        entity("Fulton County", "LOC", "USA", ["Fulton County"]),
        entity("Scott McAfee", "PER", "USA", ["Richter Scott McAfee"]),
        entity("New Jersey", "LOC", "USA", ["New Jersey"]),
        entity("Hartsfield-Jackson Atlanta International Airport", "LOC", "USA", ["dem Flughafen von Atlanta"]),
        entity("Fani Willis", "PER", "USA", ["Bezirksstaatsanwältin Fani Willis", "Willis"]),
        entity("Trump's co-defendants in the Georgia election case", "ORG", "USA", ["18 weiteren Beschuldigten", "Mitangeklagte"]),
        entity("Fulton County grand jury", "ORG", "USA", ["Eine Geschworenenjury in Atlanta"]),
        entity("defendants in the Georgia election case", "ORG", "USA", ["allen Beschuldigten"]),
        entity("Fulton County authorities", "ORG", "USA", ["den Behörden"]),
        entity("Mark Meadows", "PER", "USA", ["Trumps früherer Stabschef Mark Meadows"]),
        entity("Rudy Giuliani", "PER", "USA", ["der frühere New Yorker Bürgermeister Rudy Giuliani"]),
        entity("supporters of Donald Trump", "ORG", "USA", ["Hunderte Anhänger Trumps"]),
        entity("Pat Labat", "PER", "USA", ["Sheriff Pat Labat"]),
        entity("Republican Party", "ORG", "USA", ["der Republikaner"]),
    ],
}

# ---------------------------------------------------------------- hm285-en-01 (G7 foreign ministers in Niagara)
G7_FM = actor("G7 foreign ministers", "IGO", "IGO")
G7 = actor("Group of Seven", "IGO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
ANAND = actor("Anita Anand", "CAN", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
USA = actor("United States", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
US_MILITARY = actor("U.S. military", "USA", "MIL")
DRUG_BOAT_CREWS = actor("crews of suspected drug boats", None, "CVL")
US_NAVY = actor("U.S. Navy", "USA", "MIL")

G1 = ("NIAGARA-ON-THE-LAKE, Ontario, Nov 12 (Reuters) - Foreign ministers from the Group of Seven vowed on Wednesday "
      "to raise the economic cost of Russia's war in Ukraine, while a rift with Washington over U.S. military strikes "
      "on suspected drug boats in the Caribbean came into the open.")
G2 = ("In a joint statement after two days of talks at a lakeside hotel in the Niagara region, the ministers said they "
      "were examining further measures against countries and entities that finance Moscow's war effort.")
G3 = ('They reaffirmed their "unwavering support" for Ukraine\'s territorial integrity and called for an immediate '
      'ceasefire, with the current line of contact as the starting point for negotiations.')
G4 = ("Canadian Foreign Minister Anita Anand, who chaired the meeting, announced new sanctions on Russian individuals "
      "and entities and on dozens of vessels in Moscow's so-called shadow fleet.")
G5 = '"We had frank conversations, as friends do," Anand told reporters at the closing news conference.'
G6 = ("Ukrainian Foreign Minister Andrii Sybiha, who joined the talks on Wednesday, accused Russia of firing hundreds "
      "of drones and missiles at Ukraine's power grid in the past week to leave civilians without heat and water.")
G7S = ("He asked the G7 partners for more air defence systems and for the rapid use of frozen Russian assets to "
       "finance Kyiv's budget.")
G8 = ("The divisions over Washington's Caribbean campaign surfaced when French Foreign Minister Jean-Noel Barrot said "
      'the strikes "disregard international law" and that France was worried about a military escalation in the '
      "region.")
G9 = ('"I don\'t think the European Union gets to determine what international law is," U.S. Secretary of State '
      'Marco Rubio told reporters before leaving the meeting.')
G10 = ('He said it was up to the United States to decide how to protect Americans from "narco-terrorists" and their '
       'drugs.')
G11 = ("The U.S. military has destroyed at least 19 boats in the Caribbean and the eastern Pacific since early "
       "September, killing at least 76 people.")
G12 = ("On Tuesday, the aircraft carrier USS Gerald R. Ford and its strike group entered the area of the U.S. Southern "
       "Command, which covers the Caribbean, in the largest U.S. naval buildup in the region in decades.")
G13 = ("Anand and Rubio also met separately to discuss trade, weeks after talks between the two countries broke down "
       "over an Ontario advertisement featuring former U.S. President Ronald Reagan.")
G14 = 'Rubio called the meeting "productive" but said he did not expect negotiations to resume quickly.'
G15 = "The meeting was the last of Canada's G7 presidency before France takes over in January."

EN01 = {
    "id": "hm285-en-01", "lang": "en", "url": None, "published": "2025-11-12",
    "title": "G7 vows to raise cost of Russia's war as rift over Caribbean strikes surfaces",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7S], [G8, G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("THREATEN", G7_FM, RUSSIA, G1, date="2025-11-12"),
        event("CONSULT", G7_FM, None, G2, mode="multilateral", location="Niagara-on-the-Lake",
              location_country="CAN"),
        event("SUPPORT", G7_FM, UKRAINE, G3),
        event("REQUEST", G7_FM, None, G3, mode="yield"),
        event("SANCTION", ANAND, RUSSIA, G4, mode="discontinue"),
        event("ACCUSE", SYBIHA, RUSSIA, G6, mode="allege"),
        event("REQUEST", SYBIHA, G7, G7S, mode="assist"),
        event("ACCUSE", BARROT, USA, G8, mode="disapprove"),
        event("ACCUSE", RUBIO, EU, G9, mode="disapprove"),
        event("ASSAULT", US_MILITARY, DRUG_BOAT_CREWS, G11),
        event("MOBILIZE", US_NAVY, None, G12, mode="weapons", date="2025-11-11"),
        event("CONSULT", RUBIO, ANAND, G13, mode="visit", location="Niagara-on-the-Lake", location_country="CAN"),
    ],
    "quotes": [
        quote("they were examining further measures against countries and entities that finance Moscow's war effort",
              "G7 foreign ministers", "indirect"),
        quote("unwavering support", "G7 foreign ministers", "direct"),
        quote("We had frank conversations, as friends do", "Anita Anand", "direct"),
        quote("disregard international law", "Jean-Noël Barrot", "direct"),
        quote('the strikes "disregard international law" and that France was worried about a military escalation in '
              'the region', "Jean-Noël Barrot", "indirect"),
        quote("I don't think the European Union gets to determine what international law is", "Marco Rubio",
              "direct"),
        quote("narco-terrorists", "Marco Rubio", "direct"),
        quote('it was up to the United States to decide how to protect Americans from "narco-terrorists" and their '
              'drugs', "Marco Rubio", "indirect"),
        quote("productive", "Marco Rubio", "direct"),
        quote("he did not expect negotiations to resume quickly", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("Niagara-on-the-Lake", "LOC", "CAN", ["NIAGARA-ON-THE-LAKE"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("G7 foreign ministers", "ORG", "IGO", ["Foreign ministers from the Group of Seven", "the ministers"]),
        entity("Group of Seven", "ORG", "IGO", ["the Group of Seven", "the G7 partners", "G7"]),
        entity("Russia", "LOC", "RUS", ["Russia's", "Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine", "Ukraine's"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "Washington's"]),
        entity("Caribbean", "LOC", None, ["the Caribbean"]),
        entity("crews of suspected drug boats", "ORG", None, ["suspected drug boats", "at least 19 boats"]),
        entity("Niagara region", "LOC", "CAN", ["the Niagara region"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow's"]),
        entity("Anita Anand", "PER", "CAN", ["Canadian Foreign Minister Anita Anand", "Anand"]),
        entity("Russian shadow fleet", "ORG", "RUS", ["Moscow's so-called shadow fleet"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Ukrainian Foreign Minister Andrii Sybiha"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv's"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["French Foreign Minister Jean-Noel Barrot"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("U.S. military", "ORG", "USA", ["The U.S. military"]),
        entity("eastern Pacific", "LOC", None, ["the eastern Pacific"]),
        entity("USS Gerald R. Ford", "LOC", "USA", ["the aircraft carrier USS Gerald R. Ford"]),
        entity("U.S. Southern Command", "ORG", "USA", ["the U.S. Southern Command"]),
        entity("Canada", "LOC", "CAN", ["Canada's"]),
        entity("Ronald Reagan", "PER", "USA", ["former U.S. President Ronald Reagan"]),
    ],
}

# ---------------------------------------------------------------- hm285-en-02 (Canada lists the IRGC as a terrorist entity)
CANADA = actor("Canada", "CAN", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
IRN_OFFICIALS = actor("senior Iranian officials", "IRN", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
CANADIANS_IN_IRAN = actor("Canadians in Iran", "CAN", "CVL")
PS752_PASSENGERS = actor("passengers of Ukraine International Airlines Flight PS752", None, "CVL")
ESMAEILION = actor("Hamed Esmaeilion", "CAN", "CVL")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")

I1 = ("OTTAWA, June 19 (Reuters) - Canada on Wednesday listed Iran's Islamic Revolutionary Guard Corps as a terrorist "
      "entity, ending years of debate over the step.")
I2 = ('Public Safety Minister Dominic LeBlanc said the listing sent "a strong message" that Canada would use every '
      'tool at its disposal to keep its citizens safe.')
I3 = ("Under the listing, it becomes a criminal offence to knowingly provide money or other support to the Guards, "
      "and banks must freeze any of their assets in Canada.")
I4 = ("Thousands of senior Iranian officials, including some who may already live in Canada, are now inadmissible "
      "to the country, LeBlanc told a news conference.")
I5 = "He said the government had taken time to make sure the listing would stand up in court."
I6 = ("Foreign Minister Melanie Joly urged Canadians in Iran to leave, saying the risk of arbitrary detention had "
      "risen.")
I7 = '"Now is the time to come back home," Joly said.'
I8 = ("The Guards shot down Ukraine International Airlines Flight PS752 with two missiles shortly after takeoff from "
      "Tehran in January 2020, killing all 176 people on board, among them 55 Canadian citizens and 30 permanent "
      "residents.")
I9 = ('Hamed Esmaeilion, whose wife and nine-year-old daughter were on the plane, welcomed the decision, calling it '
      '"long overdue."')
I10 = ("Opposition Conservative leader Pierre Poilievre accused Prime Minister Justin Trudeau of stalling for six "
       "years after the House of Commons first voted for the listing in 2018.")
I11 = ('Iran\'s foreign ministry spokesman Nasser Kanaani condemned the move as "unwise and provocative" and said '
       'Iran reserved the right to respond.')
I12 = "Canada and Iran have had no diplomatic relations since 2012."
I13 = ("The United States designated the Guards a foreign terrorist organization in 2019, but the European Union has "
       "so far not followed suit.")
I14 = ("The Guards, which report directly to Supreme Leader Ayatollah Ali Khamenei, control large parts of Iran's "
       "economy and command the Quds Force, which operates across the Middle East.")

EN02 = {
    "id": "hm285-en-02", "lang": "en", "url": None, "published": "2024-06-19",
    "title": "Canada lists Iran's Revolutionary Guards as terrorist entity",
    "text": paragraphs([I1, I2, I3], [I4, I5], [I6, I7], [I8, I9, I10], [I11, I12], [I13, I14]),
    "events": [
        event("SANCTION", CANADA, IRGC, I1, date="2024-06-19"),
        event("REJECT", CAN_GOV, IRN_OFFICIALS, I4),
        event("REQUEST", JOLY, CANADIANS_IN_IRAN, I6),
        event("REQUEST", JOLY, CANADIANS_IN_IRAN, I7),
        event("ASSAULT", IRGC, PS752_PASSENGERS, I8, mode="heavy-weapons", location="Tehran",
              location_country="IRN"),
        event("SUPPORT", ESMAEILION, CAN_GOV, I9),
        event("ACCUSE", POILIEVRE, TRUDEAU, I10, mode="disapprove"),
        event("ACCUSE", KANAANI, CANADA, I11, mode="disapprove"),
        event("THREATEN", KANAANI, CANADA, I11),
        event("SANCTION", USA, IRGC, I13),
        event("SANCTION", EU, IRGC, I13, negated=True),
    ],
    "quotes": [
        quote("a strong message", "Dominic LeBlanc", "direct"),
        quote('the listing sent "a strong message" that Canada would use every tool at its disposal to keep its '
              'citizens safe', "Dominic LeBlanc", "indirect"),
        quote("Thousands of senior Iranian officials, including some who may already live in Canada, are now "
              "inadmissible to the country", "Dominic LeBlanc", "indirect"),
        quote("the government had taken time to make sure the listing would stand up in court", "Dominic LeBlanc",
              "indirect"),
        quote("the risk of arbitrary detention had risen", "Mélanie Joly", "indirect"),
        quote("Now is the time to come back home", "Mélanie Joly", "direct"),
        quote("long overdue", "Hamed Esmaeilion", "direct"),
        quote("unwise and provocative", "Nasser Kanaani", "direct"),
        quote("Iran reserved the right to respond", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Canada", "LOC", "CAN", ["Canada", "the country"]),
        entity("Iran", "LOC", "IRN", ["Iran's", "Iran"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's Islamic Revolutionary Guard Corps",
                                                                   "the Guards", "The Guards"]),
        entity("Dominic LeBlanc", "PER", "CAN", ["Public Safety Minister Dominic LeBlanc", "LeBlanc"]),
        entity("senior Iranian officials", "ORG", "IRN", ["Thousands of senior Iranian officials"]),
        entity("Government of Canada", "ORG", "CAN", ["the government"]),
        entity("Mélanie Joly", "PER", "CAN", ["Foreign Minister Melanie Joly", "Joly"]),
        entity("Canadians in Iran", "ORG", "CAN", ["Canadians in Iran"]),
        entity("Ukraine International Airlines Flight PS752", "LOC", None,
               ["Ukraine International Airlines Flight PS752", "the plane"]),
        entity("Ukraine International Airlines", "ORG", "UKR", ["Ukraine International Airlines"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Hamed Esmaeilion", "PER", "CAN", ["Hamed Esmaeilion"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Opposition Conservative leader Pierre Poilievre"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["Conservative"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["the House of Commons"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iran's foreign ministry spokesman Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iran's foreign ministry"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Ali Khamenei", "PER", "IRN", ["Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Quds Force", "ORG", "IRN", ["the Quds Force"]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
