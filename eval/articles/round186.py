"""Round 186: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm186-de-01: Trump confronts Ramaphosa in the Oval Office with claims about white farmers; Ramaphosa invites him to the Johannesburg G20, Malema and the ANC object (2025-05-22).
- hm186-de-02: The UN Security Council backs Morocco's autonomy plan for Western Sahara; Mohammed VI offers Algeria dialogue, the Polisario and Algiers object (2025-11-01).
- hm186-de-03: Burkina Faso's junta says it foiled a coup plot and accuses Côte d'Ivoire; Mali and Niger back Ouagadougou, row over AFRICOM chief Langley's remarks (2025-04-22).
- hm186-de-04: Military officers seize power in Guinea-Bissau and detain President Embaló before the election results; ECOWAS suspends the country, the AU demands his release (2025-11-27).
- hm186-en-01: Kenya's deputy police chief Eliud Lagat steps aside over blogger Albert Ojwang's death in custody; arrests, apology, tear gas at protests (2025-06-16).
- hm186-en-02: Iran fires missiles at the U.S. Al Udeid base in Qatar after U.S. strikes on its nuclear sites; Doha condemns, Trump calls the response weak (2025-06-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm186-de-01 (Ramaphosa in Washington)
TRUMP = actor("Donald Trump", "USA", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
USA = actor("United States", "USA", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
AFRIKANERS = actor("white South African refugees", "ZAF", "CVL")
MALEMA = actor("Julius Malema", "ZAF", "OPP")
ANC = actor("African National Congress", "ZAF", "PTY")

A1 = ("Washington - US-Präsident Donald Trump hat den südafrikanischen Staatschef Cyril Ramaphosa bei einem Besuch im "
      "Weißen Haus mit Vorwürfen über eine angebliche Verfolgung weißer Farmer konfrontiert.")
A2 = "Vor laufenden Kameras ließ Trump am Mittwoch im Oval Office ein Video mit Reden radikaler südafrikanischer Politiker abspielen."
A3 = "»Sie nehmen ihnen das Land weg, und in vielen Fällen werden sie getötet«, sagte Trump."
A4 = "Ramaphosa wies die Darstellung ruhig zurück."
A5 = "In Südafrika gebe es viel Kriminalität, doch deren Opfer seien überwiegend Schwarze, sagte er."
A6 = ("Washington hatte Südafrika im Februar die Entwicklungshilfe gestrichen und vor knapp zwei Wochen 59 weiße "
      "Südafrikaner als Flüchtlinge aufgenommen.")
A7 = ("Ramaphosas Büro teilte mit, der Präsident habe Trump ein Angebot für ein Handelsabkommen und Investitionen in "
      "Flüssiggas unterbreitet.")
A8 = "Zudem lud er Trump zum G20-Gipfel im November nach Johannesburg ein."
A9 = "Ob Trump die Einladung annimmt, ließ das Weiße Haus offen."
A10 = ("Der Linkspopulist Julius Malema, dessen Auftritte in dem Video zu sehen waren, warf Trump vor, Lügen über "
       "Südafrika zu verbreiten.")
A11 = "Anders als beim Besuch des ukrainischen Präsidenten im Februar brach Trump das Treffen nicht ab."
A12 = "Die Regierungspartei ANC erklärte, Südafrika lasse sich von niemandem erpressen."

DE01 = {
    "id": "hm186-de-01", "lang": "de", "url": None, "published": "2025-05-22",
    "title": "Trump konfrontiert Ramaphosa im Weißen Haus mit Vorwürfen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("CONSULT", RAMAPHOSA, TRUMP, A1, mode="visit", date="2025-05-21", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, ZAF_GOV, A1, mode="allege", date="2025-05-21"),
        event("ACCUSE", TRUMP, ZAF_GOV, A2, mode="allege", date="2025-05-21"),
        event("ACCUSE", TRUMP, ZAF_GOV, A3, mode="allege", date="2025-05-21"),
        event("SANCTION", USA, ZAF, A6, mode="discontinue"),
        event("AID", USA, AFRIKANERS, A6),
        event("AGREE", RAMAPHOSA, TRUMP, A7),
        event("AGREE", RAMAPHOSA, TRUMP, A8),
        event("ACCUSE", MALEMA, TRUMP, A10, mode="allege"),
        event("REJECT", TRUMP, RAMAPHOSA, A11, mode="meet", negated=True),
        event("ACCUSE", ANC, USA, A12, mode="disapprove"),
    ],
    "quotes": [
        quote("Sie nehmen ihnen das Land weg, und in vielen Fällen werden sie getötet", "Donald Trump", "direct"),
        quote("In Südafrika gebe es viel Kriminalität, doch deren Opfer seien überwiegend Schwarze", "Cyril Ramaphosa",
              "indirect"),
        quote("der Präsident habe Trump ein Angebot für ein Handelsabkommen und Investitionen in Flüssiggas unterbreitet",
              "Presidency of South Africa", "indirect"),
        quote("Lügen über Südafrika zu verbreiten", "Julius Malema", "indirect"),
        quote("Südafrika lasse sich von niemandem erpressen", "African National Congress", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["den südafrikanischen Staatschef Cyril Ramaphosa", "Ramaphosa",
                                                 "er", "der Präsident", "Ramaphosas"]),
        entity("White House", "LOC", "USA", ["Weißen Haus", "Oval Office", "das Weiße Haus"]),
        entity("Washington", "GPE", "USA", ["Washington"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika", "südafrikanischer"]),
        entity("white South African refugees", "ORG", "ZAF", ["59 weiße Südafrikaner"]),
        entity("Presidency of South Africa", "ORG", "ZAF", ["Ramaphosas Büro"]),
        entity("G20", "ORG", "IGO", ["G20-Gipfel"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Julius Malema", "PER", "ZAF", ["Der Linkspopulist Julius Malema"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["des ukrainischen Präsidenten"]),
        entity("African National Congress", "ORG", "ZAF", ["Die Regierungspartei ANC"]),
    ],
}

# ---------------------------------------------------------------- hm186-de-02 (Western Sahara at the UN)
UNSC = actor("UN Security Council", "UNO", "IGO")
MAR = actor("Morocco", "MAR", "GOV")
RUS = actor("Russia", "RUS", "GOV")
US_DRAFT = actor("United States", "USA", "GOV")
M6 = actor("Mohammed VI", "MAR", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
POLISARIO = actor("Polisario Front", "ESH", "REB")
SIDI_OMAR = actor("Sidi Omar", "ESH", "REB")
BENDJAMA = actor("Amar Bendjama", "DZA", "GOV")
WALTZ = actor("Mike Waltz", "USA", "GOV")

B1 = "New York/Rabat - Der UN-Sicherheitsrat hat sich erstmals ausdrücklich hinter Marokkos Autonomieplan für die Westsahara gestellt."
B2 = ("Eine von den USA eingebrachte Resolution, die den Plan als Grundlage für Verhandlungen nennt, wurde am Freitag "
      "mit elf Stimmen bei drei Enthaltungen angenommen.")
B3 = "Die Vetomacht Russland enthielt sich wie China und Pakistan, blockierte den Text aber nicht."
B4 = "Algerien nahm an der Abstimmung nicht teil."
B5 = "König Mohammed VI. sprach in einer Fernsehansprache von einem »historischen Wendepunkt«."
B6 = "Zugleich bot er dem algerischen Präsidenten Abdelmadjid Tebboune einen »aufrichtigen, brüderlichen Dialog« an."
B7 = "In Rabat, Laayoune und anderen Städten feierten Tausende Menschen bis in die Nacht."
B8 = "Die Unabhängigkeitsbewegung Polisario wies die Resolution zurück."
B9 = ("Man werde sich an keinem Prozess beteiligen, der die »Besatzung« legitimiere, erklärte ihr Vertreter bei den "
      "Vereinten Nationen, Sidi Omar.")
B10 = "Algeriens UN-Botschafter Amar Bendjama kritisierte, der Text missachte das Selbstbestimmungsrecht der Sahrauis."
B11 = ("US-Botschafter Mike Waltz nannte eine Autonomie unter marokkanischer Hoheit die »realistischste Lösung« und rief "
       "die Polisario zu raschen Gesprächen mit Rabat auf.")
B12 = "Der Konflikt um die frühere spanische Kolonie schwelt seit 1975."
B13 = ("Sollte es zu Verhandlungen kommen, könnte der UN-Gesandte Staffan de Mistura sie bereits im Frühjahr "
       "einberufen, hieß es in Diplomatenkreisen.")

DE02 = {
    "id": "hm186-de-02", "lang": "de", "url": None, "published": "2025-11-01",
    "title": "UN-Sicherheitsrat stellt sich hinter Marokkos Autonomieplan für die Westsahara",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("SUPPORT", UNSC, MAR, B1),
        event("SUPPORT", UNSC, MAR, B2, date="2025-10-31", location="New York", location_country="USA"),
        event("SUPPORT", US_DRAFT, MAR, B2, date="2025-10-31"),
        event("REJECT", RUS, US_DRAFT, B3, negated=True, date="2025-10-31"),
        event("SUPPORT", M6, UNSC, B5),
        event("AGREE", M6, TEBBOUNE, B6, mode=None),
        event("REJECT", POLISARIO, UNSC, B8),
        event("REJECT", SIDI_OMAR, MAR, B9, mode="meet"),
        event("ACCUSE", SIDI_OMAR, MAR, B9, mode="allege"),
        event("ACCUSE", BENDJAMA, UNSC, B10, mode="disapprove"),
        event("SUPPORT", WALTZ, MAR, B11),
        event("REQUEST", WALTZ, POLISARIO, B11, mode="meet"),
    ],
    "quotes": [
        quote("historischen Wendepunkt", "Mohammed VI", "direct"),
        quote("aufrichtigen, brüderlichen Dialog", "Mohammed VI", "direct"),
        quote("Man werde sich an keinem Prozess beteiligen, der die »Besatzung« legitimiere", "Sidi Omar", "indirect"),
        quote("Besatzung", "Sidi Omar", "direct"),
        quote("der Text missachte das Selbstbestimmungsrecht der Sahrauis", "Amar Bendjama", "indirect"),
        quote("realistischste Lösung", "Mike Waltz", "direct"),
        quote("Sollte es zu Verhandlungen kommen, könnte der UN-Gesandte Staffan de Mistura sie bereits im Frühjahr "
              "einberufen", "diplomats", "indirect"),
    ],
    "entities": [
        entity("UN Security Council", "ORG", "UNO", ["Der UN-Sicherheitsrat"]),
        entity("Morocco", "GPE", "MAR", ["Marokkos", "marokkanischer", "Rabat"]),
        entity("Western Sahara", "LOC", "ESH", ["die Westsahara", "die frühere spanische Kolonie"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Russia", "GPE", "RUS", ["Die Vetomacht Russland"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan"]),
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algeriens"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI.", "er"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["dem algerischen Präsidenten Abdelmadjid Tebboune"]),
        entity("Laayoune", "LOC", "ESH", ["Laayoune"]),
        entity("Polisario Front", "ORG", "ESH", ["Die Unabhängigkeitsbewegung Polisario", "die Polisario"]),
        entity("Sidi Omar", "PER", "ESH", ["ihr Vertreter bei den Vereinten Nationen, Sidi Omar"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
        entity("Amar Bendjama", "PER", "DZA", ["Algeriens UN-Botschafter Amar Bendjama"]),
        entity("Sahrawis", "ORG", "ESH", ["der Sahrauis"]),
        entity("Mike Waltz", "PER", "USA", ["US-Botschafter Mike Waltz"]),
        entity("Staffan de Mistura", "PER", "UNO", ["der UN-Gesandte Staffan de Mistura"]),
        entity("diplomats", "ORG", None, ["Diplomatenkreisen"]),
    ],
}

# ---------------------------------------------------------------- hm186-de-03 (Burkina Faso coup plot)
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
PLOTTERS = actor("coup plotters in Burkina Faso", "BFA", "MIL")
SANA = actor("Mahamadou Sana", "BFA", "GOV")
BFA_SEC = actor("Burkinabe security forces", "BFA", "MIL")
OFFICERS = actor("Burkinabe army officers", "BFA", "MIL")
CIV = actor("Côte d'Ivoire", "CIV", "GOV")
BFA_ARMY = actor("Burkinabe army", "BFA", "MIL")
TRAORE = actor("Ibrahim Traoré", "BFA", "GOV")
MLI = actor("Mali", "MLI", "GOV")
NER = actor("Niger", "NER", "GOV")
BFA = actor("Burkina Faso", "BFA", "GOV")
LANGLEY = actor("Michael Langley", "USA", "MIL")
US = actor("United States", "USA", "GOV")

C1 = "Ouagadougou - Die Militärregierung in Burkina Faso hat nach eigenen Angaben einen Putschversuch vereitelt."
C2 = ("Soldaten und ihre Komplizen hätten für den 16. April einen Angriff auf den Präsidentenpalast geplant, sagte "
      "Sicherheitsminister Mahamadou Sana am Montagabend im Staatsfernsehen.")
C3 = "Mehrere Offiziere seien festgenommen worden, nach weiteren Verdächtigen werde gefahndet."
C4 = "Die Regierung in Abidjan lasse die Drahtzieher auf ihrem Gebiet gewähren, sagte Sana."
C5 = "Die Elfenbeinküste wies den Vorwurf als haltlos zurück."
C6 = "In Ouagadougou bezogen gepanzerte Fahrzeuge vor dem Präsidentenpalast und dem Staatsfernsehen Stellung."
C7 = "Junta-Chef Hauptmann Ibrahim Traoré warnte: „Wer die Revolution verrät, wird die volle Härte des Gesetzes spüren.“"
C8 = "Die Nachbarn Mali und Niger sicherten Ouagadougou ihre Solidarität zu."
C9 = "Burkina Faso, Mali und Niger hatten im Januar eine gemeinsame Eingreiftruppe von 5000 Soldaten aufgestellt."
C10 = ("Anfang April hatte der Kommandeur des US-Afrikakommandos, General Michael Langley, Traoré vor dem US-Senat "
       "vorgeworfen, die Goldreserven des Landes zum Schutz der Junta statt zum Wohl der Bevölkerung einzusetzen.")
C11 = "Die Regierung in Ouagadougou bestellte daraufhin den US-Geschäftsträger ein."
C12 = "Ob es wie nach früheren Umsturzversuchen zu Kundgebungen für die Junta kommt, war zunächst unklar."
C13 = "Dschihadistische Gruppen kontrollieren inzwischen weite Teile des Landes."

DE03 = {
    "id": "hm186-de-03", "lang": "de", "url": None, "published": "2025-04-22",
    "title": "Burkina Faso: Junta meldet vereitelten Putschversuch",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9], [C10, C11, C12, C13]),
    "events": [
        event("ACCUSE", BFA_GOV, PLOTTERS, C1, mode="allege"),
        event("ACCUSE", SANA, PLOTTERS, C2, mode="allege", date="2025-04-21"),
        event("COERCE", BFA_SEC, OFFICERS, C3, mode="arrest"),
        event("ACCUSE", SANA, CIV, C4, mode="allege"),
        event("MOBILIZE", BFA_ARMY, None, C6, mode="weapons", location="Ouagadougou", location_country="BFA"),
        event("THREATEN", TRAORE, PLOTTERS, C7, mode="arrest"),
        event("SUPPORT", MLI, BFA, C8),
        event("SUPPORT", NER, BFA, C8),
        event("COOPERATE", BFA, MLI, C9),
        event("COOPERATE", BFA, NER, C9),
        event("ACCUSE", LANGLEY, TRAORE, C10, mode="allege"),
        event("ACCUSE", BFA_GOV, US, C11, mode="disapprove"),
    ],
    "quotes": [
        quote("Soldaten und ihre Komplizen hätten für den 16. April einen Angriff auf den Präsidentenpalast geplant",
              "Mahamadou Sana", "indirect"),
        quote("Mehrere Offiziere seien festgenommen worden, nach weiteren Verdächtigen werde gefahndet", "Mahamadou Sana",
              "indirect"),
        quote("Die Regierung in Abidjan lasse die Drahtzieher auf ihrem Gebiet gewähren", "Mahamadou Sana", "indirect"),
        quote("Wer die Revolution verrät, wird die volle Härte des Gesetzes spüren", "Ibrahim Traoré", "direct"),
        quote("die Goldreserven des Landes zum Schutz der Junta statt zum Wohl der Bevölkerung einzusetzen",
              "Michael Langley", "indirect"),
    ],
    "entities": [
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "Ouagadougou", "des Landes"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierung in Burkina Faso",
                                                            "Die Regierung in Ouagadougou", "der Junta", "die Junta"]),
        entity("coup plotters in Burkina Faso", "ORG", "BFA", ["Soldaten und ihre Komplizen", "die Drahtzieher"]),
        entity("Mahamadou Sana", "PER", "BFA", ["Sicherheitsminister Mahamadou Sana", "Sana"]),
        entity("Burkinabe army officers", "ORG", "BFA", ["Mehrere Offiziere"]),
        entity("Côte d'Ivoire", "GPE", "CIV", ["Die Regierung in Abidjan", "Die Elfenbeinküste"]),
        entity("Presidential Palace (Ouagadougou)", "LOC", "BFA", ["den Präsidentenpalast", "dem Präsidentenpalast"]),
        entity("Radiodiffusion Télévision du Burkina", "ORG", "BFA", ["Staatsfernsehen"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Junta-Chef Hauptmann Ibrahim Traoré", "Traoré"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Michael Langley", "PER", "USA", ["General Michael Langley"]),
        entity("United States Africa Command (AFRICOM)", "ORG", "USA", ["des US-Afrikakommandos"]),
        entity("United States Senate", "ORG", "USA", ["dem US-Senat"]),
        entity("United States", "GPE", "USA", ["US-Geschäftsträger"]),
    ],
}

# ---------------------------------------------------------------- hm186-de-04 (Guinea-Bissau coup)
GNB_MIL = actor("Guinea-Bissau military", "GNB", "MIL")
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
DIAS_CAMP = actor("campaign of Fernando Dias", "GNB", "OPP")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
GNB = actor("Guinea-Bissau", "GNB", "GOV")
AU = actor("African Union", "IGO", "IGO")
PRT = actor("Portugal", "PRT", "GOV")

D1 = ("Bissau - In Guinea-Bissau hat das Militär einen Tag vor der geplanten Verkündung der Wahlergebnisse die Macht "
      "übernommen und Präsident Umaro Sissoco Embaló festgesetzt.")
D2 = ("Offiziere eines »Hohen Militärkommandos für die Wiederherstellung der Ordnung« verkündeten am Mittwoch im "
      "Staatsfernsehen, sie hätten die »totale Kontrolle« über das Land übernommen.")
D3 = "Sie setzten den Wahlprozess aus und schlossen die Grenzen."
D4 = "Zudem verhängten sie eine nächtliche Ausgangssperre."
D5 = "Zuvor waren nahe dem Präsidentenpalast stundenlang Schüsse zu hören gewesen."
D6 = "Embaló sagte dem Magazin »Jeune Afrique« telefonisch, er sei in seinem Büro festgenommen worden."
D7 = "Auch Oppositionskandidat Fernando Dias soll festgesetzt worden sein."
D8 = "Dessen Lager warf Embaló vor, den Umsturz inszeniert zu haben, um eine Wahlniederlage abzuwenden."
D9 = "Am Donnerstag patrouillierten Soldaten in den Straßen der Hauptstadt, Geschäfte und Banken blieben geschlossen."
D10 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas verurteilte den Putsch und suspendierte Guinea-Bissau aus ihren Entscheidungsgremien."
D11 = "Die Afrikanische Union forderte die sofortige Freilassung Embalós und aller festgehaltenen Amtsträger."
D12 = "Die frühere Kolonialmacht Portugal rief zur Rückkehr zur verfassungsmäßigen Ordnung auf."
D13 = "Ob die Wahlergebnisse noch veröffentlicht werden, ist offen."

DE04 = {
    "id": "hm186-de-04", "lang": "de", "url": None, "published": "2025-11-27",
    "title": "Militär übernimmt in Guinea-Bissau die Macht – Präsident Embaló festgesetzt",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12, D13]),
    "events": [
        event("COERCE", GNB_MIL, EMBALO, D1, mode="arrest", date="2025-11-26", location="Bissau", location_country="GNB"),
        event("COERCE", GNB_MIL, None, D3, mode="restrict", date="2025-11-26"),
        event("COERCE", GNB_MIL, None, D4, mode="curfew", date="2025-11-26"),
        event("COERCE", GNB_MIL, EMBALO, D6, mode="arrest", location="Bissau", location_country="GNB"),
        event("ACCUSE", DIAS_CAMP, EMBALO, D8, mode="allege"),
        event("MOBILIZE", GNB_MIL, None, D9, mode="troops", date="2025-11-27", location="Bissau", location_country="GNB"),
        event("ACCUSE", ECOWAS, GNB_MIL, D10, mode="disapprove"),
        event("SANCTION", ECOWAS, GNB, D10, mode="expel"),
        event("REQUEST", AU, GNB_MIL, D11, mode="yield"),
        event("REQUEST", PRT, GNB_MIL, D12, mode="change"),
    ],
    "quotes": [
        quote("Hohen Militärkommandos für die Wiederherstellung der Ordnung", "High Military Command for the Restoration of Order",
              "direct"),
        quote("sie hätten die »totale Kontrolle« über das Land übernommen", "High Military Command for the Restoration of Order",
              "indirect"),
        quote("totale Kontrolle", "High Military Command for the Restoration of Order", "direct"),
        quote("er sei in seinem Büro festgenommen worden", "Umaro Sissoco Embaló", "indirect"),
        quote("den Umsturz inszeniert zu haben, um eine Wahlniederlage abzuwenden", "campaign of Fernando Dias", "indirect"),
    ],
    "entities": [
        entity("Guinea-Bissau", "GPE", "GNB", ["Guinea-Bissau", "das Land"]),
        entity("Bissau", "LOC", "GNB", ["Bissau", "der Hauptstadt"]),
        entity("Guinea-Bissau military", "ORG", "GNB", ["das Militär", "Offiziere eines »Hohen Militärkommandos für "
                                                        "die Wiederherstellung der Ordnung«", "Sie", "sie", "Soldaten"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB", ["Präsident Umaro Sissoco Embaló", "Embaló", "er", "Embalós"]),
        entity("Jeune Afrique", "ORG", "FRA", ["dem Magazin »Jeune Afrique«"]),
        entity("Fernando Dias", "PER", "GNB", ["Oppositionskandidat Fernando Dias"]),
        entity("campaign of Fernando Dias", "ORG", "GNB", ["Dessen Lager"]),
        entity("Presidential Palace (Bissau)", "LOC", "GNB", ["dem Präsidentenpalast"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Portugal", "GPE", "PRT", ["Die frühere Kolonialmacht Portugal"]),
    ],
}

# ---------------------------------------------------------------- hm186-en-01 (Kenya, Ojwang)
LAGAT = actor("Eliud Lagat", "KEN", "COP")
KEN_POL = actor("Kenya National Police Service", "KEN", "COP")
OJWANG = actor("Albert Ojwang", "KEN", "CVL")
MIDIA = actor("Bernard Midia", "KEN", "GOV")
KANJA = actor("Douglas Kanja", "KEN", "COP")
FAMILY = actor("family of Albert Ojwang", "KEN", "CVL")
IPOA = actor("Independent Policing Oversight Authority", "KEN", "GOV")
DCI = actor("Directorate of Criminal Investigations", "KEN", "COP")
OFFICERS_KE = actor("Kenyan police officers", "KEN", "COP")
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_PROTESTERS = actor("Kenyan protesters", "KEN", "CVL")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
ODPP = actor("Office of the Director of Public Prosecutions of Kenya", "KEN", "JUD")

E1 = ("NAIROBI - Kenya’s deputy police chief Eliud Lagat stepped aside on Monday pending an investigation into the death "
      "in custody of a blogger who had been arrested over a complaint Lagat filed against him.")
E2 = ("Albert Ojwang, a 31-year-old teacher, was detained on June 7 in his home county of Homa Bay over social media posts "
      "accusing Lagat of corruption.")
E3 = "He died hours after being transferred to Nairobi’s Central Police Station."
E4 = "Police initially said he had hit his head against a cell wall."
E5 = ("But a post-mortem examination found head injuries, neck compression and other wounds pointing to an assault, "
      "government pathologist Bernard Midia said.")
E6 = "Inspector General Douglas Kanja apologised last week to Ojwang’s family for the false initial account."
E7 = ("The Independent Policing Oversight Authority is investigating, and detectives have arrested two officers, "
      "including the commander of the Central station.")
E8 = "President William Ruto said Ojwang had died “at the hands of the police” and called his death “heartbreaking and unacceptable”."
E9 = ("Hundreds of protesters marched through central Nairobi last week chanting “Justice for Albert”, and police fired "
      "tear gas to disperse them.")
E10 = "The Law Society of Kenya had demanded that Lagat step down."
E11 = "Lagat said in a statement that he had “nothing to hide”."
E12 = "Prosecutors have not charged him with any offence."
E13 = "Activists say more protests could follow on June 25, the anniversary of last year’s storming of parliament."

EN01 = {
    "id": "hm186-en-01", "lang": "en", "url": None, "published": "2025-06-16",
    "title": "Kenya's deputy police chief steps aside over blogger's death in custody",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12, E13]),
    "events": [
        event("RETREAT", LAGAT, None, E1, mode="resign", date="2025-06-16"),
        event("COERCE", KEN_POL, OJWANG, E1, mode="arrest"),
        event("ACCUSE", LAGAT, OJWANG, E1, mode="allege"),
        event("COERCE", KEN_POL, OJWANG, E2, mode="arrest", date="2025-06-07", location="Homa Bay", location_country="KEN"),
        event("ACCUSE", OJWANG, LAGAT, E2, mode="allege"),
        event("ACCUSE", MIDIA, KEN_POL, E5, mode="allege"),
        event("CONCEDE", KANJA, FAMILY, E6),
        event("ACCUSE", IPOA, KEN_POL, E7, mode="investigate"),
        event("COERCE", DCI, OFFICERS_KE, E7, mode="arrest"),
        event("ACCUSE", RUTO, KEN_POL, E8, mode="allege"),
        event("PROTEST", KEN_PROTESTERS, KEN_POL, E9, mode="demo", location="Nairobi", location_country="KEN"),
        event("ASSAULT", KEN_POL, KEN_PROTESTERS, E9, mode="crowd-control", location="Nairobi", location_country="KEN"),
        event("REQUEST", LSK, LAGAT, E10, mode="change"),
        event("ACCUSE", ODPP, LAGAT, E12, mode="allege", negated=True),
    ],
    "quotes": [
        quote("he had hit his head against a cell wall", "Kenya National Police Service", "indirect"),
        quote("a post-mortem examination found head injuries, neck compression and other wounds pointing to an assault",
              "Bernard Midia", "indirect"),
        quote("Ojwang had died “at the hands of the police”", "William Ruto", "indirect"),
        quote("at the hands of the police", "William Ruto", "direct"),
        quote("heartbreaking and unacceptable", "William Ruto", "direct"),
        quote("Justice for Albert", "Kenyan protesters", "direct"),
        quote("that Lagat step down", "Law Society of Kenya", "indirect"),
        quote("that he had “nothing to hide”", "Eliud Lagat", "indirect"),
        quote("nothing to hide", "Eliud Lagat", "direct"),
        quote("more protests could follow on June 25, the anniversary of last year’s storming of parliament", "activists",
              "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "Nairobi’s", "central Nairobi"]),
        entity("Kenya", "GPE", "KEN", ["Kenya’s"]),
        entity("Eliud Lagat", "PER", "KEN", ["deputy police chief Eliud Lagat", "Lagat", "him", "he"]),
        entity("Albert Ojwang", "PER", "KEN", ["a blogger", "Albert Ojwang, a 31-year-old teacher", "He", "Ojwang’s",
                                               "Ojwang", "his", "Albert"]),
        entity("Homa Bay", "LOC", "KEN", ["his home county of Homa Bay"]),
        entity("Central Police Station", "LOC", "KEN", ["Nairobi’s Central Police Station", "the Central station"]),
        entity("Kenya National Police Service", "ORG", "KEN", ["Police", "the police", "police"]),
        entity("Bernard Midia", "PER", "KEN", ["government pathologist Bernard Midia"]),
        entity("Douglas Kanja", "PER", "KEN", ["Inspector General Douglas Kanja"]),
        entity("family of Albert Ojwang", "ORG", "KEN", ["Ojwang’s family"]),
        entity("Independent Policing Oversight Authority", "ORG", "KEN", ["The Independent Policing Oversight Authority"]),
        entity("Directorate of Criminal Investigations", "ORG", "KEN", ["detectives"]),
        entity("Kenyan police officers", "ORG", "KEN", ["two officers", "the commander of the Central station"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Kenyan protesters", "ORG", "KEN", ["Hundreds of protesters"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya"]),
        entity("Office of the Director of Public Prosecutions of Kenya", "ORG", "KEN", ["Prosecutors"]),
        entity("activists", "ORG", "KEN", ["Activists"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["parliament"]),
    ],
}

# ---------------------------------------------------------------- hm186-en-02 (Iran strikes Al Udeid)
IRN_MIL = actor("Iran", "IRN", "MIL")
US_MIL = actor("United States", "USA", "MIL")
IRN = actor("Iran", "IRN", "GOV")
QAT_MFA = actor("Ministry of Foreign Affairs of Qatar", "QAT", "GOV")
QAT_MIL = actor("Qatar", "QAT", "MIL")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
US_GOV = actor("United States", "USA", "GOV")
SNSC = actor("Supreme National Security Council of Iran", "IRN", "GOV")
QAT = actor("Qatar", "QAT", "GOV")
TRUMP2 = actor("Donald Trump", "USA", "GOV")
GCC = actor("Gulf Cooperation Council", "IGO", "IGO")

F1 = ("DOHA - Iran fired missiles on Monday at the Al Udeid air base in Qatar, the largest U.S. military facility in the "
      "Middle East, in retaliation for U.S. strikes on its nuclear sites.")
F2 = "Most of the missiles were intercepted and there were no casualties, Qatar’s defence ministry said."
F3 = ("The foreign ministry in Doha condemned the attack as a “flagrant violation” of Qatari sovereignty and said it "
      "reserved the right to respond directly.")
F4 = "Spokesman Majed al-Ansari said Qatari forces had worked with U.S. personnel at the base to counter the attack."
F5 = ("Iran’s Revolutionary Guards said the operation was a response to the “blatant aggression” of the United States "
      "against the country’s nuclear facilities.")
F6 = "Iran’s Supreme National Security Council said the strike posed no danger to “our friendly and brotherly neighbour Qatar”."
F7 = "U.S. B-2 bombers had struck the Fordow, Natanz and Isfahan sites early on Sunday."
F8 = "President Donald Trump called Iran’s response “very weak” and thanked Tehran for giving “early notice”."
F9 = ("“Maybe Iran can now move toward peace in the region,” he wrote, “and I will strongly encourage Israel to do "
      "likewise.”")
F10 = "The Gulf Cooperation Council condemned the attack on one of its members."
F11 = "U.S. forces did not fire back, a Pentagon official said."
F12 = "Oil prices fell as traders bet that a wider war disrupting Gulf shipping could still be avoided."

EN02 = {
    "id": "hm186-en-02", "lang": "en", "url": None, "published": "2025-06-23",
    "title": "Iran fires missiles at U.S. base in Qatar in retaliation for strikes on nuclear sites",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("ASSAULT", IRN_MIL, US_MIL, F1, mode="heavy-weapons", date="2025-06-23", location="Al Udeid Air Base",
              location_country="QAT"),
        event("ASSAULT", US_MIL, IRN, F1, mode="aerial"),
        event("ACCUSE", QAT_MFA, IRN, F3, mode="disapprove"),
        event("THREATEN", QAT_MFA, IRN, F3, mode="violence"),
        event("COOPERATE", QAT_MIL, US_MIL, F4),
        event("ASSAULT", IRGC, US_MIL, F5, mode="heavy-weapons", location="Al Udeid Air Base", location_country="QAT"),
        event("ACCUSE", IRGC, US_GOV, F5, mode="disapprove"),
        event("SUPPORT", SNSC, QAT, F6),
        event("ASSAULT", US_MIL, IRN, F7, mode="aerial", date="2025-06-22"),
        event("ACCUSE", TRUMP2, IRN, F8, mode="disapprove"),
        event("SUPPORT", TRUMP2, IRN, F8),
        event("AGREE", TRUMP2, IRN, F9),
        event("ACCUSE", GCC, IRN, F10, mode="disapprove"),
        event("ASSAULT", US_MIL, IRN_MIL, F11, negated=True),
    ],
    "quotes": [
        quote("Most of the missiles were intercepted and there were no casualties", "Ministry of Defence of Qatar",
              "indirect"),
        quote("flagrant violation", "Ministry of Foreign Affairs of Qatar", "direct"),
        quote("it reserved the right to respond directly", "Ministry of Foreign Affairs of Qatar", "indirect"),
        quote("Qatari forces had worked with U.S. personnel at the base to counter the attack", "Majed al-Ansari",
              "indirect"),
        quote("the operation was a response to the “blatant aggression” of the United States against the country’s "
              "nuclear facilities", "Islamic Revolutionary Guard Corps", "indirect"),
        quote("blatant aggression", "Islamic Revolutionary Guard Corps", "direct"),
        quote("the strike posed no danger to “our friendly and brotherly neighbour Qatar”",
              "Supreme National Security Council of Iran", "indirect"),
        quote("our friendly and brotherly neighbour Qatar", "Supreme National Security Council of Iran", "direct"),
        quote("very weak", "Donald Trump", "direct"),
        quote("early notice", "Donald Trump", "direct"),
        quote("Maybe Iran can now move toward peace in the region", "Donald Trump", "direct"),
        quote("and I will strongly encourage Israel to do likewise", "Donald Trump", "direct"),
        quote("U.S. forces did not fire back", "Pentagon official", "indirect"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["DOHA", "Doha"]),
        entity("Iran", "GPE", "IRN", ["Iran", "Iran’s", "its nuclear sites", "the country’s", "Tehran"]),
        entity("Al Udeid Air Base", "LOC", "QAT", ["the Al Udeid air base", "the largest U.S. military facility in the "
                                                   "Middle East", "the base"]),
        entity("Qatar", "GPE", "QAT", ["Qatar", "Qatari", "one of its members"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("Middle East", "LOC", None, ["the Middle East"]),
        entity("Ministry of Defence of Qatar", "ORG", "QAT", ["Qatar’s defence ministry"]),
        entity("Ministry of Foreign Affairs of Qatar", "ORG", "QAT", ["The foreign ministry in Doha", "it"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Spokesman Majed al-Ansari"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran’s Revolutionary Guards"]),
        entity("Supreme National Security Council of Iran", "ORG", "IRN", ["Iran’s Supreme National Security Council"]),
        entity("Fordow", "LOC", "IRN", ["Fordow"]),
        entity("Natanz", "LOC", "IRN", ["Natanz"]),
        entity("Isfahan", "LOC", "IRN", ["Isfahan"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "he"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["The Gulf Cooperation Council"]),
        entity("United States Department of Defense", "ORG", "USA", ["a Pentagon official"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
