"""Round 28 of the hand-made blind articles (written blind; invented, plausible wire-style texts).

Stories:
- hm28-de-01: Failed coup attempt by General Zúñiga in La Paz, Bolivia (2024)
- hm28-de-02: Modi and Xi meet in Kazan after the India-China border patrol agreement (2024)
- hm28-de-03: Guinea-Bissau: National Guard clashes, Embaló dissolves parliament (2023)
- hm28-de-04: Poland recalls its ambassador after Hungary grants asylum to Marcin Romanowski (2024)
- hm28-en-01: Israeli strike on Hamas leaders in Doha, Qatar (2025)
- hm28-en-02: Taiwan cuts ties with Nauru after it switches recognition to China (2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# --------------------------------------------------------------------------- hm28-de-01
ZUNIGA = actor("Juan José Zúñiga", "BOL", "MIL")
BOL_SOLDIERS = actor("Bolivian soldiers", "BOL", "MIL")
BOL_COP = actor("Police of Bolivia", "BOL", "COP")
BOL_PROS = actor("Public Prosecutor's Office of Bolivia", "BOL", "JUD")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_SUPPORTERS = actor("supporters of the Bolivian government", "BOL", "CVL")
OAS = actor("Organization of American States", "IGO", "IGO")
BRA_GOV = actor("Brazil", "BRA", "GOV")
CHL_GOV = actor("Chile", "CHL", "GOV")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")

D1_S1 = "La Paz (dpa) - In Bolivien ist ein Putschversuch von Teilen des Militärs nach wenigen Stunden gescheitert."
D1_S2 = ("Soldaten unter dem Kommando von General Juan José Zúñiga hatten am Mittwoch mit Panzern den "
         "Murillo-Platz im Regierungsviertel von La Paz besetzt.")
D1_S3 = "Nachdem Präsident Luis Arce eine neue Armeeführung ernannt hatte, zogen sich die Soldaten zurück."
D1_S4 = "Zúñiga wurde noch am Abend festgenommen."
D1_S5 = "Die Staatsanwaltschaft wirft ihm bewaffneten Aufstand und Angriffe auf den Präsidenten vor."
D1_S6 = ("Vor seiner Festnahme hatte der General behauptet, Arce selbst habe ihn angewiesen, die Panzer auffahren "
         "zu lassen, um seine Popularität zu steigern.")
D1_S7 = "Die Regierung wies dies als »Lüge« zurück."
D1_S8 = "„Niemand kann uns die Demokratie nehmen, die wir uns erkämpft haben“, sagte Arce vor Anhängern."
D1_S9 = "Tausende Unterstützer der Regierung hatten sich vor dem Palast versammelt, um gegen den Umsturzversuch zu protestieren."
D1_S10 = "Die Organisation Amerikanischer Staaten, Brasilien und Chile verurteilten das Vorgehen des Generals."
D1_S11 = "Mexikos Präsident Andrés Manuel López Obrador sicherte Arce seine »volle Unterstützung« zu."

HM28_DE_01 = {
    "id": "hm28-de-01",
    "lang": "de",
    "url": None,
    "published": "2024-06-27",
    "title": "Putschversuch in Bolivien gescheitert – General festgenommen",
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4], [D1_S5, D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10, D1_S11]),
    "events": [
        event("MOBILIZE", ZUNIGA, None, D1_S2, mode="troops", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("RETREAT", BOL_SOLDIERS, None, D1_S3, mode="withdraw"),
        event("COERCE", BOL_COP, ZUNIGA, D1_S4, mode="arrest"),
        event("ACCUSE", BOL_PROS, ZUNIGA, D1_S5, mode="allege"),
        event("ACCUSE", ZUNIGA, ARCE, D1_S6, mode="allege"),
        event("PROTEST", BOL_SUPPORTERS, ZUNIGA, D1_S9, mode="demo", location="La Paz", location_country="BOL"),
        event("ACCUSE", OAS, ZUNIGA, D1_S10, mode="disapprove"),
        event("ACCUSE", BRA_GOV, ZUNIGA, D1_S10, mode="disapprove"),
        event("ACCUSE", CHL_GOV, ZUNIGA, D1_S10, mode="disapprove"),
        event("SUPPORT", AMLO, ARCE, D1_S11),
    ],
    "quotes": [
        quote("Arce selbst habe ihn angewiesen, die Panzer auffahren zu lassen, um seine Popularität zu steigern",
              "Juan José Zúñiga", "indirect"),
        quote("Lüge", "Government of Bolivia", "direct"),
        quote("Niemand kann uns die Demokratie nehmen, die wir uns erkämpft haben", "Luis Arce", "direct"),
        quote("volle Unterstützung", "Andrés Manuel López Obrador", "direct"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Bolivian Armed Forces", "ORG", "BOL", ["Teilen des Militärs"]),
        entity("Juan José Zúñiga", "PER", "BOL", ["General Juan José Zúñiga", "Zúñiga", "ihm", "der General",
                                                  "des Generals"]),
        entity("Plaza Murillo", "LOC", "BOL", ["den Murillo-Platz"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "den Präsidenten", "Arce"]),
        entity("Public Prosecutor's Office of Bolivia", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Die Regierung", "der Regierung"]),
        entity("Palacio Quemado", "LOC", "BOL", ["dem Palast"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Chile", "GPE", "CHL", ["Chile"]),
        entity("Mexico", "GPE", "MEX", ["Mexikos"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["Mexikos Präsident Andrés Manuel López Obrador"]),
    ],
}

# --------------------------------------------------------------------------- hm28-de-02
MODI = actor("Narendra Modi", "IND", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IND_GOV = actor("India", "IND", "GOV")
CHN_GOV = actor("China", "CHN", "GOV")
IND_MIL = actor("Indian Army", "IND", "MIL")
CHN_MIL = actor("People's Liberation Army", "CHN", "MIL")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
USA_GOV = actor("United States", "USA", "GOV")

D2_S1 = ("Kasan (AFP) - Indiens Premierminister Narendra Modi und Chinas Staatschef Xi Jinping sind am Mittwoch am "
         "Rande des Brics-Gipfels in Russland zu ihren ersten förmlichen Gesprächen seit fünf Jahren "
         "zusammengekommen.")
D2_S2 = ("Die beiden Atommächte hatten sich am Montag auf Regeln für Patrouillen entlang ihrer umstrittenen Grenze "
         "im Himalaya geeinigt.")
D2_S3 = "Modi sagte, Frieden und Stabilität an der Grenze müssten »unsere Priorität bleiben«."
D2_S4 = "Xi rief dazu auf, Differenzen »angemessen zu handhaben«."
D2_S5 = ("Nach Angaben von Außenstaatssekretär Vikram Misri werden sich die Truppen beider Länder bis Ende Oktober "
         "von zwei Reibungspunkten in Ladakh zurückziehen.")
D2_S6 = "Eine Wiederaufnahme von Direktflügen vereinbarten die beiden Politiker noch nicht."
D2_S6B = "Indische und chinesische Kommandeure tauschten bereits am Dienstag Karten ihrer Patrouillenrouten aus."
D2_S7 = "Bei Zusammenstößen im Galwan-Tal waren im Juni 2020 mindestens 20 indische und vier chinesische Soldaten getötet worden."
D2_S8 = "Neu-Delhi hatte danach Investitionen aus China beschränkt."
D2_S9 = "Außenamtssprecher Lin Jian sagte in Peking, China sei bereit, die Vereinbarung mit Indien umzusetzen."
D2_S10 = "Washington begrüßte die Annäherung der beiden Nachbarn."

HM28_DE_02 = {
    "id": "hm28-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-10-23",
    "title": "Modi und Xi treffen sich erstmals seit fünf Jahren zu Gesprächen",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S6B], [D2_S7, D2_S8, D2_S9, D2_S10]),
    "events": [
        event("CONSULT", MODI, XI, D2_S1, mode="multilateral", date="2024-10-23", location="Kazan",
              location_country="RUS"),
        event("AGREE", IND_GOV, CHN_GOV, D2_S2, date="2024-10-21"),
        event("REQUEST", XI, MODI, D2_S4),
        event("CONCEDE", IND_MIL, CHN_GOV, D2_S5, location="Ladakh", location_country="IND"),
        event("CONCEDE", CHN_MIL, IND_GOV, D2_S5, location="Ladakh", location_country="IND"),
        event("AGREE", MODI, XI, D2_S6, negated=True),
        event("COOPERATE", IND_MIL, CHN_MIL, D2_S6B, date="2024-10-22"),
        event("SANCTION", IND_GOV, CHN_GOV, D2_S8, mode="discontinue"),
        event("AGREE", LIN_JIAN, IND_GOV, D2_S9),
        event("SUPPORT", USA_GOV, IND_GOV, D2_S10),
        event("SUPPORT", USA_GOV, CHN_GOV, D2_S10),
    ],
    "quotes": [
        quote("Frieden und Stabilität an der Grenze müssten »unsere Priorität bleiben«", "Narendra Modi", "indirect"),
        quote("unsere Priorität bleiben", "Narendra Modi", "direct"),
        quote("angemessen zu handhaben", "Xi Jinping", "direct"),
        quote("Nach Angaben von Außenstaatssekretär Vikram Misri werden sich die Truppen beider Länder bis Ende "
              "Oktober von zwei Reibungspunkten in Ladakh zurückziehen", "Vikram Misri", "indirect"),
        quote("China sei bereit, die Vereinbarung mit Indien umzusetzen", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Kazan", "LOC", "RUS", ["Kasan"]),
        entity("India", "GPE", "IND", ["Indiens", "Neu-Delhi", "Indien"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi"]),
        entity("China", "GPE", "CHN", ["Chinas", "China"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("BRICS", "ORG", "IGO", ["Brics-Gipfels"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Himalayas", "LOC", None, ["Himalaya"]),
        entity("Vikram Misri", "PER", "IND", ["Außenstaatssekretär Vikram Misri"]),
        entity("Ladakh", "LOC", "IND", ["Ladakh"]),
        entity("Galwan Valley", "LOC", "IND", ["Galwan-Tal"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# --------------------------------------------------------------------------- hm28-de-03
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
GNB_PARL = actor("National People's Assembly of Guinea-Bissau", "GNB", "LEG")
NAT_GUARD = actor("National Guard of Guinea-Bissau", "GNB", "MIL")
GNB_COP = actor("Police of Guinea-Bissau", "GNB", "COP")
PRES_GUARD = actor("Presidential Guard of Guinea-Bissau", "GNB", "MIL")
SEIDI = actor("Souleiman Seidi", "GNB", "GOV")
TCHONGO = actor("Victor Tchongo", "GNB", "MIL")
PEREIRA = actor("Domingos Simões Pereira", "GNB", "LEG")
ECOWAS = actor("ECOWAS", "IGO", "IGO")

D3_S1 = ("Bissau (AFP) - Nach nächtlichen Gefechten in der Hauptstadt hat der Präsident von Guinea-Bissau, "
         "Umaro Sissoco Embaló, das Parlament aufgelöst.")
D3_S2 = "Er sprach am Montag von einem »versuchten Staatsstreich« und machte Teile der Nationalgarde verantwortlich."
D3_S3 = ("Angehörige der Garde hatten in der Nacht zum Freitag eine Polizeiwache gestürmt und Finanzminister "
         "Souleiman Seidi befreit.")
D3_S4 = "Dieser war wegen umstrittener Zahlungen an Geschäftsleute festgenommen worden."
D3_S5 = "Spezialkräfte der Präsidentengarde griffen daraufhin ein Lager der Nationalgarde im Süden Bissaus an."
D3_S6 = "Dabei wurden nach Armeeangaben mindestens zwei Menschen getötet."
D3_S7 = "Der Kommandeur der Nationalgarde, Oberst Victor Tchongo, wurde festgenommen."
D3_S8 = ("Parlamentspräsident Domingos Simões Pereira, dessen Oppositionsbündnis PAI-Terra Ranka die Mehrheit "
         "stellt, nannte die Auflösung »verfassungswidrig«.")
D3_S9 = "Die Verfassung erlaube eine Auflösung erst zwölf Monate nach der Wahl, sagte er."
D3_S10 = "Die Regionalorganisation Ecowas verurteilte die Gewalt der Nationalgarde und sicherte Embaló ihre Unterstützung zu."

HM28_DE_03 = {
    "id": "hm28-de-03",
    "lang": "de",
    "url": None,
    "published": "2023-12-04",
    "title": "Guinea-Bissaus Präsident löst Parlament nach Gefechten auf",
    "text": paragraphs([D3_S1, D3_S2, D3_S3, D3_S4], [D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9, D3_S10]),
    "events": [
        event("COERCE", EMBALO, GNB_PARL, D3_S1),
        event("ACCUSE", EMBALO, NAT_GUARD, D3_S2, mode="allege", date="2023-12-04"),
        event("ASSAULT", NAT_GUARD, GNB_COP, D3_S3, date="2023-12-01", location="Bissau", location_country="GNB"),
        event("COERCE", GNB_COP, SEIDI, D3_S4, mode="arrest"),
        event("ASSAULT", PRES_GUARD, NAT_GUARD, D3_S5, location="Bissau", location_country="GNB"),
        event("COERCE", GNB_COP, TCHONGO, D3_S7, mode="arrest"),
        event("ACCUSE", PEREIRA, EMBALO, D3_S8, mode="disapprove"),
        event("ACCUSE", ECOWAS, NAT_GUARD, D3_S10, mode="disapprove"),
        event("SUPPORT", ECOWAS, EMBALO, D3_S10),
    ],
    "quotes": [
        quote("versuchten Staatsstreich", "Umaro Sissoco Embaló", "direct"),
        quote("Dabei wurden nach Armeeangaben mindestens zwei Menschen getötet", "Armed Forces of Guinea-Bissau",
              "indirect"),
        quote("verfassungswidrig", "Domingos Simões Pereira", "direct"),
        quote("Die Verfassung erlaube eine Auflösung erst zwölf Monate nach der Wahl", "Domingos Simões Pereira",
              "indirect"),
    ],
    "entities": [
        entity("Bissau", "LOC", "GNB", ["Bissau", "der Hauptstadt", "Bissaus"]),
        entity("Guinea-Bissau", "GPE", "GNB", ["Guinea-Bissau"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB", ["der Präsident von Guinea-Bissau, Umaro Sissoco Embaló", "Er",
                                                      "Embaló"]),
        entity("National People's Assembly of Guinea-Bissau", "ORG", "GNB", ["das Parlament"]),
        entity("National Guard of Guinea-Bissau", "ORG", "GNB", ["Teile der Nationalgarde", "der Garde",
                                                                 "der Nationalgarde"]),
        entity("Souleiman Seidi", "PER", "GNB", ["Finanzminister Souleiman Seidi", "Dieser"]),
        entity("Presidential Guard of Guinea-Bissau", "ORG", "GNB", ["Spezialkräfte der Präsidentengarde"]),
        entity("Armed Forces of Guinea-Bissau", "ORG", "GNB", []),
        entity("Victor Tchongo", "PER", "GNB", ["Der Kommandeur der Nationalgarde, Oberst Victor Tchongo"]),
        entity("Domingos Simões Pereira", "PER", "GNB", ["Parlamentspräsident Domingos Simões Pereira", "er"]),
        entity("PAI-Terra Ranka", "ORG", "GNB", ["Oppositionsbündnis PAI-Terra Ranka"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Regionalorganisation Ecowas"]),
    ],
}

# --------------------------------------------------------------------------- hm28-de-04
POL_GOV = actor("Poland", "POL", "GOV")
HUN_GOV = actor("Hungary", "HUN", "GOV")
ROMANOWSKI = actor("Marcin Romanowski", "POL", "LEG")
POL_PROS = actor("National Prosecutor's Office of Poland", "POL", "JUD")
SIKORSKI = actor("Radosław Sikorski", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
GULYAS = actor("Gergely Gulyás", "HUN", "GOV")
POL_TUSK_GOV = actor("Government of Poland", "POL", "GOV")

D4_S1 = ("Warschau (dpa) - Im Streit um das Asyl für einen gesuchten früheren Vize-Justizminister hat Polen "
         "seinen Botschafter aus Ungarn zurückgerufen.")
D4_S2 = "Die Regierung in Budapest hatte am Donnerstag bestätigt, Marcin Romanowski Asyl gewährt zu haben."
D4_S3 = ("Die Staatsanwaltschaft wirft dem Politiker der nationalkonservativen PiS vor, Gelder eines "
         "Opferhilfefonds veruntreut zu haben.")
D4_S4 = "Außenminister Radosław Sikorski bestellte zudem den ungarischen Botschafter ein."
D4_S5 = "Ungarn verhalte sich »wie ein feindlicher Staat«, sagte er."
D4_S6 = "Regierungschef Donald Tusk forderte Budapest auf, Romanowski auszuliefern."
D4_S7 = "Ungarns Außenminister Péter Szijjártó wies die Forderung zurück."
D4_S8 = ("„In Polen gibt es derzeit keine Garantie für ein faires Verfahren“, schrieb Kanzleramtsminister "
         "Gergely Gulyás auf X.")
D4_S9 = "Romanowski selbst erklärte, er werde sich »nicht den Rachegelüsten der Regierung Tusk ausliefern«."
D4_S10 = "Es ist das erste Mal, dass ein EU-Staat einem Politiker aus einem anderen Mitgliedsland Asyl gewährt."

HM28_DE_04 = {
    "id": "hm28-de-04",
    "lang": "de",
    "url": None,
    "published": "2024-12-20",
    "title": "Polen ruft Botschafter aus Budapest zurück",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6], [D4_S7, D4_S8, D4_S9, D4_S10]),
    "events": [
        event("SANCTION", POL_GOV, HUN_GOV, D4_S1, mode="withdraw"),
        event("AID", HUN_GOV, ROMANOWSKI, D4_S2),
        event("ACCUSE", POL_PROS, ROMANOWSKI, D4_S3, mode="allege"),
        event("ACCUSE", SIKORSKI, HUN_GOV, D4_S4, mode="disapprove"),
        event("ACCUSE", SIKORSKI, HUN_GOV, D4_S5, mode="disapprove"),
        event("REQUEST", TUSK, HUN_GOV, D4_S6, mode="yield"),
        event("REJECT", SZIJJARTO, TUSK, D4_S7, mode="yield"),
        event("ACCUSE", GULYAS, POL_GOV, D4_S8, mode="disapprove"),
        event("REJECT", ROMANOWSKI, POL_TUSK_GOV, D4_S9, mode="yield"),
        event("ACCUSE", ROMANOWSKI, POL_TUSK_GOV, D4_S9, mode="disapprove"),
    ],
    "quotes": [
        quote("Marcin Romanowski Asyl gewährt zu haben", "Government of Hungary", "indirect"),
        quote("Gelder eines Opferhilfefonds veruntreut zu haben", "National Prosecutor's Office of Poland", "indirect"),
        quote("Ungarn verhalte sich »wie ein feindlicher Staat«", "Radosław Sikorski", "indirect"),
        quote("wie ein feindlicher Staat", "Radosław Sikorski", "direct"),
        quote("In Polen gibt es derzeit keine Garantie für ein faires Verfahren", "Gergely Gulyás", "direct"),
        quote("er werde sich »nicht den Rachegelüsten der Regierung Tusk ausliefern«", "Marcin Romanowski",
              "indirect"),
        quote("nicht den Rachegelüsten der Regierung Tusk ausliefern", "Marcin Romanowski", "direct"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Budapest", "Ungarns"]),
        entity("Government of Hungary", "ORG", "HUN", ["Die Regierung in Budapest"]),
        entity("Marcin Romanowski", "PER", "POL", ["einen gesuchten früheren Vize-Justizminister",
                                                   "Marcin Romanowski", "dem Politiker der nationalkonservativen PiS",
                                                   "Romanowski", "er"]),
        entity("Law and Justice", "ORG", "POL", ["PiS"]),
        entity("National Prosecutor's Office of Poland", "ORG", "POL", ["Die Staatsanwaltschaft"]),
        entity("Radosław Sikorski", "PER", "POL", ["Außenminister Radosław Sikorski", "er"]),
        entity("Donald Tusk", "PER", "POL", ["Regierungschef Donald Tusk", "Tusk"]),
        entity("Government of Poland", "ORG", "POL", ["der Regierung Tusk"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Ungarns Außenminister Péter Szijjártó"]),
        entity("Gergely Gulyás", "PER", "HUN", ["Kanzleramtsminister Gergely Gulyás"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("European Union", "ORG", "EUR", ["EU-Staat"]),
    ],
}

# --------------------------------------------------------------------------- hm28-en-01
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
ISR_GOV = actor("Israel", "ISR", "GOV")
ISR_PMO = actor("Office of the Prime Minister of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
MBAR = actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
SAU_GOV = actor("Saudi Arabia", "SAU", "GOV")
ARE_GOV = actor("United Arab Emirates", "ARE", "GOV")
JOR_GOV = actor("Jordan", "JOR", "GOV")

E1_S1 = ("DOHA (AP) - Israel carried out an airstrike on Tuesday targeting senior Hamas leaders in Doha, the first "
         "Israeli attack on Qatari soil.")
E1_S2 = ("Hamas said five of its members were killed but that its negotiating team, led by Khalil al-Hayya, "
         "survived.")
E1_S3 = ("Prime Minister Benjamin Netanyahu's office said the operation was “wholly independent” and that Israel "
         "“takes full responsibility” for it.")
E1_S4 = ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called the strike “state terrorism” "
         "and said Doha reserved the right to respond.")
E1_S5 = "He said Qatar would nevertheless continue its mediation efforts."
E1_S6 = ("U.S. President Donald Trump said he had spoken to the emir, Sheikh Tamim bin Hamad Al Thani, and was "
         "“very unhappy” about the attack.")
E1_S7 = "Saudi Arabia, the United Arab Emirates and Jordan condemned the strike."
E1_S8 = "Qatar has hosted Hamas's political office since 2012 at Washington's request."

HM28_EN_01 = {
    "id": "hm28-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-09-09",
    "title": "Israel strikes Hamas leaders in Qatar's capital",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5], [E1_S6, E1_S7, E1_S8]),
    "events": [
        event("ASSAULT", ISR_MIL, HAMAS, E1_S1, mode="aerial", date="2025-09-09", location="Doha",
              location_country="QAT"),
        event("ASSAULT", ISR_PMO, HAMAS, E1_S3, mode="aerial"),
        event("ACCUSE", MBAR, ISR_GOV, E1_S4, mode="disapprove"),
        event("THREATEN", MBAR, ISR_GOV, E1_S4),
        event("AGREE", MBAR, ISR_GOV, E1_S5),
        event("AGREE", MBAR, HAMAS, E1_S5),
        event("CONSULT", TRUMP, TAMIM, E1_S6),
        event("ACCUSE", TRUMP, ISR_GOV, E1_S6, mode="disapprove"),
        event("ACCUSE", SAU_GOV, ISR_GOV, E1_S7, mode="disapprove"),
        event("ACCUSE", ARE_GOV, ISR_GOV, E1_S7, mode="disapprove"),
        event("ACCUSE", JOR_GOV, ISR_GOV, E1_S7, mode="disapprove"),
    ],
    "quotes": [
        quote("five of its members were killed but that its negotiating team, led by Khalil al-Hayya, survived",
              "Hamas", "indirect"),
        quote("the operation was “wholly independent” and that Israel “takes full responsibility” for it",
              "Office of the Prime Minister of Israel", "indirect"),
        quote("wholly independent", "Office of the Prime Minister of Israel", "direct"),
        quote("takes full responsibility", "Office of the Prime Minister of Israel", "direct"),
        quote("state terrorism", "Mohammed bin Abdulrahman Al Thani", "direct"),
        quote("Doha reserved the right to respond", "Mohammed bin Abdulrahman Al Thani", "indirect"),
        quote("Qatar would nevertheless continue its mediation efforts", "Mohammed bin Abdulrahman Al Thani",
              "indirect"),
        quote("he had spoken to the emir, Sheikh Tamim bin Hamad Al Thani, and was “very unhappy” about the attack",
              "Donald Trump", "indirect"),
        quote("very unhappy", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel", "Israeli"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas's political office"]),
        entity("Doha", "LOC", "QAT", ["Doha", "DOHA"]),
        entity("Qatar", "GPE", "QAT", ["Qatari", "Qatar's", "Qatar"]),
        entity("Khalil al-Hayya", "PER", "PSE", ["Khalil al-Hayya"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Prime Minister Benjamin Netanyahu's office"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT",
               ["Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "He"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "he"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["the emir, Sheikh Tamim bin Hamad Al Thani"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
        entity("United States", "GPE", "USA", ["Washington's"]),
    ],
}

# --------------------------------------------------------------------------- hm28-en-02
TWN_GOV = actor("Taiwan", "TWN", "GOV")
NRU_GOV = actor("Nauru", "NRU", "GOV")
CHN_GOV2 = actor("China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
TIEN = actor("Tien Chung-kwang", "TWN", "GOV")
USA_GOV2 = actor("United States", "USA", "GOV")

E2_S1 = ("TAIPEI (Reuters) - Taiwan on Monday cut diplomatic ties with Nauru after the Pacific island nation said "
         "it would recognise China instead, two days after Taiwan elected Lai Ching-te as its next president.")
E2_S2 = ("Nauru's government said it would no longer recognise the Republic of China “as a separate country” "
         "and would seek to resume full relations with Beijing.")
E2_S3 = "Deputy Foreign Minister Tien Chung-kwang accused Beijing of luring Nauru with promises of money."
E2_S4 = "“China's bribery diplomacy is an attack on our democracy,” Tien told reporters in Taipei."
E2_S5 = ("China's foreign ministry welcomed Nauru's decision, saying there was only one China in the world.")
E2_S6 = "Beijing denied offering any financial inducements."
E2_S7 = "Washington called the move “disappointing”."
E2_S8 = "Nauru's President David Adeang said the switch was in the “best interests” of the country and its people."
E2_S9 = "Taiwan is now left with only 12 diplomatic allies, most of them small states in Latin America and the Pacific."

HM28_EN_02 = {
    "id": "hm28-en-02",
    "lang": "en",
    "url": None,
    "published": "2024-01-15",
    "title": "Taiwan loses ally as Nauru switches recognition to China",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("SANCTION", TWN_GOV, NRU_GOV, E2_S1, mode="discontinue", date="2024-01-15"),
        event("AGREE", NRU_GOV, CHN_GOV2, E2_S1),
        event("SANCTION", NRU_GOV, TWN_GOV, E2_S2, mode="discontinue"),
        event("AGREE", NRU_GOV, CHN_GOV2, E2_S2),
        event("ACCUSE", TIEN, CHN_GOV2, E2_S3, mode="allege"),
        event("ACCUSE", TIEN, CHN_GOV2, E2_S4, mode="disapprove", location="Taipei", location_country="TWN"),
        event("SUPPORT", CHN_MFA, NRU_GOV, E2_S5),
        event("ACCUSE", USA_GOV2, NRU_GOV, E2_S7, mode="disapprove"),
    ],
    "quotes": [
        quote("it would recognise China instead", "Government of Nauru", "indirect"),
        quote("it would no longer recognise the Republic of China “as a separate country” and would seek to resume "
              "full relations with Beijing", "Government of Nauru", "indirect"),
        quote("as a separate country", "Government of Nauru", "direct"),
        quote("China's bribery diplomacy is an attack on our democracy", "Tien Chung-kwang", "direct"),
        quote("there was only one China in the world", "Ministry of Foreign Affairs of China", "indirect"),
        quote("disappointing", "United States", "direct"),
        quote("the switch was in the “best interests” of the country and its people", "David Adeang", "indirect"),
        quote("best interests", "David Adeang", "direct"),
    ],
    "entities": [
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "the Republic of China"]),
        entity("Nauru", "GPE", "NRU", ["Nauru", "the Pacific island nation", "Nauru's"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China's"]),
        entity("Lai Ching-te", "PER", "TWN", ["Lai Ching-te"]),
        entity("Government of Nauru", "ORG", "NRU", ["Nauru's government"]),
        entity("Tien Chung-kwang", "PER", "TWN", ["Deputy Foreign Minister Tien Chung-kwang", "Tien"]),
        entity("Taipei", "LOC", "TWN", ["Taipei"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("David Adeang", "PER", "NRU", ["Nauru's President David Adeang"]),
    ],
}

ARTICLES = [HM28_DE_01, HM28_DE_02, HM28_DE_03, HM28_DE_04, HM28_EN_01, HM28_EN_02]
