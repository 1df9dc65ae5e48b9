"""Round 154: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm154-de-01: Venezuela: María Corina Machado's team says she was briefly held after a Caracas rally on the eve of Maduro's inauguration (2025-01-10).
- hm154-de-02: Mozambique: mass escape and deadly clashes at Maputo's central prison amid unrest after Chapo's confirmed election win (2024-12-26).
- hm154-de-03: The US declares South Africa's ambassador Ebrahim Rasool persona non grata; Pretoria's measured reply (2025-03-15).
- hm154-de-04: Israel withdraws from most of southern Lebanon at the deadline but keeps five hilltop positions; Beirut and Hezbollah object (2025-02-18).
- hm154-en-01: Israeli air strikes on Yemen's Hodeidah port after a Houthi drone kills a man in Tel Aviv; Houthis fire at Eilat (2024-07-21).
- hm154-en-02: Indigenous protesters force their way into the COP30 venue in Belém; guards injured, talks with the COP president (2025-11-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm154-de-01
VENTE = actor("Vente Venezuela", "VEN", "OPP")
VEN_SEC = actor("Venezuelan security forces", "VEN", "COP")
OPP_SUPP = actor("Venezuelan opposition supporters", "VEN", "CVL")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
USDOS = actor("United States Department of State", "USA", "GOV")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
MULINO = actor("José Raúl Mulino", "PAN", "GOV")
GONZALEZ = actor("Edmundo González Urrutia", "VEN", "OPP")
ABINADER = actor("Luis Abinader", "DOM", "GOV")

H1 = ("Venezuelas Oppositionsführerin María Corina Machado ist nach Angaben ihres Teams am Donnerstag nach einer "
      "Kundgebung in Caracas kurzzeitig festgehalten worden.")
H2 = ("Sicherheitskräfte hätten ihren Konvoi beim Verlassen der Veranstaltung im Stadtteil Chacao beschossen und "
      "sie gewaltsam mitgenommen, teilte ihre Partei Vente Venezuela mit.")
H3 = "Die Regierung von Präsident Nicolás Maduro wies die Darstellung als erfunden zurück."
H4 = ("Tausende Anhänger der Opposition hatten am Donnerstag in Caracas und anderen Städten gegen Maduros dritte "
      "Amtszeit demonstriert.")
H5 = "Machado zeigte sich dabei erstmals seit August wieder öffentlich."
H6 = "„Maduro muss gehen“, rief sie der Menge zu."
H7 = "Die Opposition wirft ihm vor, die Präsidentenwahl vom Juli gestohlen zu haben."
H8 = "Maduro soll am Freitag für eine dritte Amtszeit vereidigt werden."
H9 = "Das US-Außenministerium verurteilte die „Einschüchterung“ der Oppositionsführerin."
H10 = "Panamas Präsident José Raúl Mulino forderte ihre sofortige Freilassung."
H11 = ("Der Oppositionskandidat Edmundo González traf am Donnerstag in Santo Domingo mit dem dominikanischen "
       "Präsidenten Luis Abinader zusammen.")
H12 = "Caracas hat angekündigt, ihn bei einer Rückkehr nach Venezuela festzunehmen."

DE01 = {
    "id": "hm154-de-01", "lang": "de", "url": None, "published": "2025-01-10",
    "title": "Venezolanische Oppositionsführerin Machado kurzzeitig festgehalten",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("ACCUSE", VENTE, VEN_SEC, H1, mode="allege"),
        event("ACCUSE", VENTE, VEN_SEC, H2, mode="allege"),
        event("PROTEST", OPP_SUPP, MADURO, H4, mode="demo", date="2025-01-09", location="Caracas",
              location_country="VEN"),
        event("REQUEST", MACHADO, MADURO, H6, mode="change"),
        event("ACCUSE", VEN_OPP, MADURO, H7, mode="allege"),
        event("ACCUSE", USDOS, VEN_GOV, H9, mode="disapprove"),
        event("REQUEST", MULINO, VEN_GOV, H10, mode="yield"),
        event("CONSULT", GONZALEZ, ABINADER, H11, mode="visit", date="2025-01-09", location="Santo Domingo",
              location_country="DOM"),
        event("THREATEN", VEN_GOV, GONZALEZ, H12, mode="arrest"),
    ],
    "quotes": [
        quote("Venezuelas Oppositionsführerin María Corina Machado ist nach Angaben ihres Teams am Donnerstag nach "
              "einer Kundgebung in Caracas kurzzeitig festgehalten worden", "Vente Venezuela", "indirect"),
        quote("Sicherheitskräfte hätten ihren Konvoi beim Verlassen der Veranstaltung im Stadtteil Chacao "
              "beschossen und sie gewaltsam mitgenommen", "Vente Venezuela", "indirect"),
        quote("Maduro muss gehen", "María Corina Machado", "direct"),
        quote("die Präsidentenwahl vom Juli gestohlen zu haben", "Venezuelan opposition", "indirect"),
        quote("Einschüchterung", "United States Department of State", "direct"),
        quote("ihn bei einer Rückkehr nach Venezuela festzunehmen", "Government of Venezuela", "indirect"),
    ],
    "entities": [
        entity("María Corina Machado", "PER", "VEN", ["Venezuelas Oppositionsführerin María Corina Machado",
                                                     "Machado", "sie", "der Oppositionsführerin"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Venezuela"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Chacao", "LOC", "VEN", ["Stadtteil Chacao"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Vente Venezuela", "ORG", "VEN", ["ihre Partei Vente Venezuela", "ihres Teams"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduros", "Maduro", "ihm"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung von Präsident Nicolás Maduro"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["der Opposition", "Die Opposition"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("José Raúl Mulino", "PER", "PAN", ["Panamas Präsident José Raúl Mulino"]),
        entity("Panama", "GPE", "PAN", ["Panamas"]),
        entity("Edmundo González Urrutia", "PER", "VEN", ["Der Oppositionskandidat Edmundo González", "ihn"]),
        entity("Santo Domingo", "LOC", "DOM", ["Santo Domingo"]),
        entity("Luis Abinader", "PER", "DOM", ["dem dominikanischen Präsidenten Luis Abinader"]),
    ],
}

# ---------------------------------------------------------------- hm154-de-02
MOZ_INMATES = actor("Inmates of Maputo Central Prison", "MOZ", "CVL")
MOZ_GUARDS = actor("Mozambican prison guards", "MOZ", "COP")
RAFAEL = actor("Bernardino Rafael", "MOZ", "COP")
MOZ_PROTESTERS = actor("Mozambican protesters", "MOZ", "CVL")
MOZ_SEC = actor("Mozambican security forces", "MOZ", "COP")
MONDLANE = actor("Venâncio Mondlane", "MOZ", "OPP")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
FRELIMO = actor("FRELIMO", "MOZ", "PTY")
LOOTERS = actor("Looters in Mozambique", "MOZ", "CVL")
MOZ_MIL = actor("Armed Forces for the Defence of Mozambique", "MOZ", "MIL")
ZAF_GOV = actor("South Africa", "ZAF", "GOV")
SWZ_GOV = actor("Eswatini", "SWZ", "GOV")
AU = actor("African Union", "IGO", "IGO")
MOZ_OPP = actor("Mozambican opposition", "MOZ", "OPP")

I1 = ("Aus dem Zentralgefängnis von Mosambiks Hauptstadt Maputo sind am ersten Weihnachtstag mehr als 1500 "
      "Häftlinge ausgebrochen.")
I2 = ("Bei Zusammenstößen zwischen Gefangenen und Wärtern wurden nach Polizeiangaben 33 Menschen getötet und 15 "
      "verletzt.")
I3 = ("Polizeichef Bernardino Rafael machte Demonstranten verantwortlich, die sich dem Gefängnis genähert und "
      "Unruhe gestiftet hätten.")
I4 = "Sicherheitskräfte nahmen bis zum Abend rund 150 Geflohene wieder fest."
I5 = ("Seit der Bestätigung des Wahlsiegs von Daniel Chapo von der Regierungspartei Frelimo durch den "
      "Verfassungsrat am Montag kommt es in mehreren Städten zu Plünderungen und Brandanschlägen.")
I6 = "Innenminister Pascoal Ronda zufolge wurden dabei mindestens 21 Menschen getötet, darunter zwei Polizisten."
I7 = "Oppositionsführer Venâncio Mondlane wies jede Verantwortung für die Gewalt zurück."
I8 = "Er rief seine Anhänger jedoch auf, die Proteste fortzusetzen, bis das Ergebnis annulliert werde."
I9 = ("„Das Volk wird sich diesen Wahlbetrug nicht gefallen lassen“, sagte er in einer Live-Übertragung auf "
      "Facebook.")
I10 = "Die Regierung in Maputo drohte, mit aller Härte gegen Plünderer vorzugehen."
I11 = "Das Militär verlegte Soldaten in die Außenbezirke der Hauptstadt."
I12 = "Die Nachbarländer Südafrika und Eswatini verstärkten ihre Grenzkontrollen."
I13 = "Die Afrikanische Union rief die Regierung und die Opposition zu Zurückhaltung und Dialog auf."

DE02 = {
    "id": "hm154-de-02", "lang": "de", "url": None, "published": "2024-12-26",
    "title": "Massenausbruch aus Gefängnis in Mosambiks Hauptstadt",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12, I13]),
    "events": [
        event("ASSAULT", MOZ_INMATES, MOZ_GUARDS, I2, location="Maputo", location_country="MOZ"),
        event("ASSAULT", MOZ_GUARDS, MOZ_INMATES, I2, location="Maputo", location_country="MOZ"),
        event("ACCUSE", RAFAEL, MOZ_PROTESTERS, I3, mode="allege"),
        event("COERCE", MOZ_SEC, MOZ_INMATES, I4, mode="arrest", location="Maputo", location_country="MOZ"),
        event("PROTEST", MONDLANE, MOZ_GOV, I8, mode="demo"),
        event("ACCUSE", MONDLANE, FRELIMO, I9, mode="allege"),
        event("THREATEN", MOZ_GOV, LOOTERS, I10, mode="violence"),
        event("MOBILIZE", MOZ_MIL, None, I11, mode="troops", location="Maputo", location_country="MOZ"),
        event("MOBILIZE", ZAF_GOV, None, I12, mode="police"),
        event("MOBILIZE", SWZ_GOV, None, I12, mode="police"),
        event("REQUEST", AU, MOZ_GOV, I13, mode="meet"),
        event("REQUEST", AU, MOZ_OPP, I13, mode="meet"),
    ],
    "quotes": [
        quote("Bei Zusammenstößen zwischen Gefangenen und Wärtern wurden nach Polizeiangaben 33 Menschen getötet und "
              "15 verletzt", "Mozambican police", "indirect"),
        quote("die sich dem Gefängnis genähert und Unruhe gestiftet hätten", "Bernardino Rafael", "indirect"),
        quote("wurden dabei mindestens 21 Menschen getötet, darunter zwei Polizisten", "Pascoal Ronda", "indirect"),
        quote("die Proteste fortzusetzen, bis das Ergebnis annulliert werde", "Venâncio Mondlane", "indirect"),
        quote("Das Volk wird sich diesen Wahlbetrug nicht gefallen lassen", "Venâncio Mondlane", "direct"),
        quote("mit aller Härte gegen Plünderer vorzugehen", "Government of Mozambique", "indirect"),
    ],
    "entities": [
        entity("Maputo Central Prison", "LOC", "MOZ", ["dem Zentralgefängnis", "dem Gefängnis"]),
        entity("Mozambique", "GPE", "MOZ", ["Mosambiks"]),
        entity("Maputo", "LOC", "MOZ", ["Hauptstadt Maputo", "Maputo", "der Hauptstadt"]),
        entity("Bernardino Rafael", "PER", "MOZ", ["Polizeichef Bernardino Rafael"]),
        entity("Mozambican security forces", "ORG", "MOZ", ["Sicherheitskräfte"]),
        entity("Daniel Chapo", "PER", "MOZ", ["Daniel Chapo"]),
        entity("FRELIMO", "ORG", "MOZ", ["der Regierungspartei Frelimo"]),
        entity("Constitutional Council of Mozambique", "ORG", "MOZ", ["den Verfassungsrat"]),
        entity("Pascoal Ronda", "PER", "MOZ", ["Innenminister Pascoal Ronda"]),
        entity("Venâncio Mondlane", "PER", "MOZ", ["Oppositionsführer Venâncio Mondlane", "Er", "er"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["Die Regierung in Maputo", "die Regierung"]),
        entity("Armed Forces for the Defence of Mozambique", "ORG", "MOZ", ["Das Militär"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika"]),
        entity("Eswatini", "GPE", "SWZ", ["Eswatini"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Mozambican opposition", "ORG", "MOZ", ["die Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm154-de-03
USA = actor("United States", "USA", "GOV")
RASOOL = actor("Ebrahim Rasool", "ZAF", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ZAF_PRES = actor("The Presidency of South Africa", "ZAF", "GOV")
MAGWENYA = actor("Vincent Magwenya", "ZAF", "GOV")
DA = actor("Democratic Alliance", "ZAF", "PTY")
ZAF = actor("South Africa", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")

J1 = "Die US-Regierung hat den südafrikanischen Botschafter Ebrahim Rasool zur unerwünschten Person erklärt."
J2 = ("Außenminister Marco Rubio schrieb am Freitag auf der Plattform X, Rasool sei in den Vereinigten Staaten "
      "„nicht länger willkommen“.")
J3 = "Er warf dem Diplomaten vor, Amerika und Präsident Donald Trump zu hassen und Rassenkonflikte zu schüren."
J4 = ("Rasool hatte Trumps Bewegung zuvor bei einer Online-Veranstaltung als Ausdruck weißen "
      "Überlegenheitsdenkens kritisiert.")
J5 = "Das Präsidialamt in Pretoria nannte die Ausweisung „bedauerlich“."
J6 = ("Südafrika bleibe entschlossen, für beide Seiten vorteilhafte Beziehungen zu Washington aufzubauen, "
      "erklärte Sprecher Vincent Magwenya.")
J7 = ("Die Demokratische Allianz, Partner in Präsident Cyril Ramaphosas Koalitionsregierung, kritisierte den "
      "Botschafter scharf.")
J8 = "Pretoria wies im Gegenzug keine US-Diplomaten aus."
J9 = "Die Beziehungen zwischen beiden Ländern sind bereits seit Wochen deutlich angespannt."
J10 = "Im Februar hatte Trump wegen eines Enteignungsgesetzes die Hilfen für Südafrika eingefroren."
J11 = "Er wirft der Regierung in Pretoria vor, weiße Farmer zu benachteiligen."
J12 = ("Ramaphosa hat angeboten, eine Delegation nach Washington zu schicken, um die Streitpunkte im direkten "
       "Gespräch zu klären.")

DE03 = {
    "id": "hm154-de-03", "lang": "de", "url": None, "published": "2025-03-15",
    "title": "Washington erklärt Südafrikas Botschafter zur unerwünschten Person",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("SANCTION", USA, RASOOL, J1, mode="expel"),
        event("SANCTION", RUBIO, RASOOL, J2, mode="expel", date="2025-03-14"),
        event("ACCUSE", RUBIO, RASOOL, J3, mode="allege"),
        event("ACCUSE", RASOOL, TRUMP, J4, mode="disapprove"),
        event("ACCUSE", ZAF_PRES, USA, J5, mode="disapprove"),
        event("AGREE", MAGWENYA, USA, J6),
        event("ACCUSE", DA, RASOOL, J7, mode="disapprove"),
        event("SANCTION", ZAF, USA, J8, mode="expel", negated=True),
        event("SANCTION", TRUMP, ZAF, J10, mode="discontinue"),
        event("ACCUSE", TRUMP, ZAF, J11, mode="allege"),
        event("AGREE", RAMAPHOSA, USA, J12),
    ],
    "quotes": [
        quote("nicht länger willkommen", "Marco Rubio", "direct"),
        quote("Rasool sei in den Vereinigten Staaten „nicht länger willkommen“", "Marco Rubio", "indirect"),
        quote("Amerika und Präsident Donald Trump zu hassen und Rassenkonflikte zu schüren", "Marco Rubio",
              "indirect"),
        quote("bedauerlich", "The Presidency of South Africa", "direct"),
        quote("Südafrika bleibe entschlossen, für beide Seiten vorteilhafte Beziehungen zu Washington aufzubauen",
              "Vincent Magwenya", "indirect"),
        quote("weiße Farmer zu benachteiligen", "Donald Trump", "indirect"),
        quote("eine Delegation nach Washington zu schicken, um die Streitpunkte im direkten Gespräch zu klären",
              "Cyril Ramaphosa", "indirect"),
    ],
    "entities": [
        entity("United States government", "ORG", "USA", ["Die US-Regierung"]),
        entity("Ebrahim Rasool", "PER", "ZAF", ["den südafrikanischen Botschafter Ebrahim Rasool", "Rasool",
                                               "dem Diplomaten", "den Botschafter"]),
        entity("Marco Rubio", "PER", "USA", ["Außenminister Marco Rubio", "Er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("United States", "GPE", "USA", ["den Vereinigten Staaten", "Amerika", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump", "Trumps", "Trump", "Er"]),
        entity("The Presidency of South Africa", "ORG", "ZAF", ["Das Präsidialamt in Pretoria"]),
        entity("Pretoria", "GPE", "ZAF", ["Pretoria"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrika"]),
        entity("Vincent Magwenya", "PER", "ZAF", ["Sprecher Vincent Magwenya"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["Die Demokratische Allianz"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosas", "Ramaphosa"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Koalitionsregierung", "der Regierung in Pretoria"]),
    ],
}

# ---------------------------------------------------------------- hm154-de-04
IDF = actor("Israel Defense Forces", "ISR", "MIL")
LEBANON = actor("Lebanon", "LBN", None)
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
BERRI = actor("Nabih Berri", "LBN", "LEG")
ISRAEL = actor("Israel", "ISR", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
QASSEM = actor("Naim Qassem", "LBN", "REB")
KATZ = actor("Israel Katz", "ISR", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
FRANCE = actor("France", "FRA", "GOV")

K1 = ("Mit Ablauf der Frist hat die israelische Armee am Dienstag ihre Truppen aus den meisten Orten im Süden des "
      "Libanon abgezogen.")
K2 = "An fünf strategisch gelegenen Anhöhen nahe der Grenze bleiben israelische Soldaten jedoch stationiert."
K3 = "Die Posten seien zum Schutz der Bewohner im Norden Israels nötig, erklärte ein Armeesprecher."
K4 = ("Die libanesische Armee rückte in die geräumten Dörfer ein und begann, Straßen von Trümmern zu "
      "befreien.")
K5 = ("Präsident Joseph Aoun, Regierungschef Nawaf Salam und Parlamentspräsident Nabih Berri bezeichneten die "
      "verbliebene Präsenz in einer gemeinsamen Erklärung als „Besatzung“.")
K6 = "Sie riefen den UN-Sicherheitsrat auf, Israel zu einem vollständigen Abzug zu zwingen."
K7 = ("Hisbollah-Chef Naim Kassem warnte, jeder Tag der Besatzung werde als Angriff gewertet, auf den der "
      "Widerstand antworten könne.")
K8 = ("Israels Verteidigungsminister Israel Katz entgegnete, die Armee werde „mit voller Härte“ gegen jede "
      "Bedrohung vorgehen.")
K9 = "Tausende Vertriebene kehrten am Dienstag in ihre Dörfer zurück und fanden vielfach zerstörte Häuser vor."
K10 = "Die ursprüngliche Frist für den Abzug war im Januar auf Druck Washingtons verlängert worden."
K11 = ("Frankreich bot an, Blauhelme der UN-Mission Unifil an den fünf Punkten einzusetzen, um einen "
       "vollständigen Abzug zu ermöglichen.")
K12 = "Israel lehnte den Vorschlag ab."

DE04 = {
    "id": "hm154-de-04", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "Israel zieht Truppen aus Südlibanon ab – fünf Stellungen bleiben",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12]),
    "events": [
        event("RETREAT", IDF, LEBANON, K1, mode="withdraw", date="2025-02-18", location="Southern Lebanon",
              location_country="LBN"),
        event("MOBILIZE", IDF, LEBANON, K2, mode="troops", location="Southern Lebanon", location_country="LBN"),
        event("MOBILIZE", LAF, None, K4, mode="troops", location="Southern Lebanon", location_country="LBN"),
        event("ACCUSE", AOUN, ISRAEL, K5, mode="disapprove"),
        event("ACCUSE", SALAM, ISRAEL, K5, mode="disapprove"),
        event("ACCUSE", BERRI, ISRAEL, K5, mode="disapprove"),
        event("REQUEST", AOUN, UNSC, K6, mode="yield"),
        event("REQUEST", SALAM, UNSC, K6, mode="yield"),
        event("REQUEST", BERRI, UNSC, K6, mode="yield"),
        event("THREATEN", QASSEM, ISRAEL, K7, mode="violence"),
        event("THREATEN", KATZ, HEZBOLLAH, K8, mode="violence"),
        event("AGREE", FRANCE, None, K11),
        event("REJECT", ISRAEL, FRANCE, K12),
    ],
    "quotes": [
        quote("Die Posten seien zum Schutz der Bewohner im Norden Israels nötig",
              "Spokesperson of the Israel Defense Forces", "indirect"),
        quote("Besatzung", "Joseph Aoun, Nawaf Salam and Nabih Berri", "direct"),
        quote("Israel zu einem vollständigen Abzug zu zwingen", "Joseph Aoun, Nawaf Salam and Nabih Berri",
              "indirect"),
        quote("jeder Tag der Besatzung werde als Angriff gewertet, auf den der Widerstand antworten könne",
              "Naim Qassem", "indirect"),
        quote("mit voller Härte", "Israel Katz", "direct"),
        quote("die Armee werde „mit voller Härte“ gegen jede Bedrohung vorgehen", "Israel Katz", "indirect"),
        quote("Blauhelme der UN-Mission Unifil an den fünf Punkten einzusetzen, um einen vollständigen Abzug zu "
              "ermöglichen", "France", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelische Armee", "israelische Soldaten",
                                                      "ein Armeesprecher", "die Armee"]),
        entity("Southern Lebanon", "LOC", "LBN", ["Süden des Libanon"]),
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun"]),
        entity("Nawaf Salam", "PER", "LBN", ["Regierungschef Nawaf Salam"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("Naim Qassem", "PER", "LBN", ["Hisbollah-Chef Naim Kassem"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah", "der Widerstand"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Verteidigungsminister Israel Katz"]),
        entity("Washington", "GPE", "USA", ["Washingtons"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("UNIFIL", "ORG", "UNO", ["der UN-Mission Unifil"]),
    ],
}

# ---------------------------------------------------------------- hm154-en-01
HOUTHIS = actor("Houthis", "YEM", "REB")
ISR_CIV = actor("Israeli civilians", "ISR", "CVL")
ISR_STATE = actor("Israel", "ISR", None)
IRAN = actor("Iran", "IRN", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
SAREE = actor("Yahya Saree", "YEM", "REB")
US = actor("United States", "USA", "GOV")
IRN_MFA = actor("Iranian Ministry of Foreign Affairs", "IRN", "GOV")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")

L1 = ("Israeli warplanes struck the Houthi-held Yemeni port of Hodeidah on Saturday, setting fuel depots and a "
      "power station ablaze a day after a Houthi drone killed a man in Tel Aviv.")
L2 = ("The Houthi-run health ministry said at least six people were killed and more than 80 wounded, many of them "
      "with severe burns.")
L3 = "The Israeli military said the strikes targeted infrastructure used to bring Iranian weapons into Yemen."
L4 = ("“Anyone who attacks the citizens of Israel will pay a heavy price,” Prime Minister Benjamin Netanyahu said "
      "in a televised address, “and we will reach them wherever necessary.”")
L5 = "Houthi spokesman Mohammed Abdulsalam called the raid a “brutal aggression” against the Yemeni people."
L6 = ("The group’s military spokesman, Yahya Saree, said the Houthis had fired ballistic missiles at the Israeli "
      "city of Eilat on Sunday and vowed that further attacks would follow.")
L7 = ("Saudi Arabia said it had played no part in the operation and had not allowed Israeli aircraft to cross its "
      "airspace.")
L8 = "The United States, which said it was not involved, voiced support for Israel’s right to defend itself."
L9 = "Iran’s Foreign Ministry condemned the attack and warned of a wider regional war."
L10 = "U.N. envoy Hans Grundberg urged both sides to exercise maximum restraint."
L11 = ("The Houthis have attacked commercial ships in the Red Sea since November in what they call solidarity with "
       "Palestinians in Gaza.")

EN01 = {
    "id": "hm154-en-01", "lang": "en", "url": None, "published": "2024-07-21",
    "title": "Israel strikes Yemen's Hodeidah port after deadly Houthi drone attack on Tel Aviv",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9, L10, L11]),
    "events": [
        event("ASSAULT", IDF, HOUTHIS, L1, mode="aerial", date="2024-07-20", location="Hodeidah",
              location_country="YEM"),
        event("ASSAULT", HOUTHIS, ISR_CIV, L1, mode="drone", date="2024-07-19", location="Tel Aviv",
              location_country="ISR"),
        event("ASSAULT", IDF, HOUTHIS, L3, mode="aerial", date="2024-07-20", location="Hodeidah",
              location_country="YEM"),
        event("ACCUSE", IDF, IRAN, L3, mode="allege"),
        event("THREATEN", NETANYAHU, HOUTHIS, L4, mode="violence"),
        event("ACCUSE", ABDULSALAM, ISRAEL, L5, mode="disapprove"),
        event("ASSAULT", HOUTHIS, ISR_STATE, L6, mode="heavy-weapons", date="2024-07-21", location="Eilat",
              location_country="ISR"),
        event("THREATEN", SAREE, ISRAEL, L6, mode="violence"),
        event("SUPPORT", US, ISRAEL, L8),
        event("ACCUSE", IRN_MFA, ISRAEL, L9, mode="disapprove"),
        event("REQUEST", GRUNDBERG, ISRAEL, L10, mode="yield"),
        event("REQUEST", GRUNDBERG, HOUTHIS, L10, mode="yield"),
    ],
    "quotes": [
        quote("at least six people were killed and more than 80 wounded, many of them with severe burns",
              "Houthi-run Ministry of Health", "indirect"),
        quote("the strikes targeted infrastructure used to bring Iranian weapons into Yemen", "Israel Defense Forces",
              "indirect"),
        quote("Anyone who attacks the citizens of Israel will pay a heavy price", "Benjamin Netanyahu", "direct"),
        quote("and we will reach them wherever necessary", "Benjamin Netanyahu", "direct"),
        quote("brutal aggression", "Mohammed Abdulsalam", "direct"),
        quote("the Houthis had fired ballistic missiles at the Israeli city of Eilat on Sunday", "Yahya Saree",
              "indirect"),
        quote("that further attacks would follow", "Yahya Saree", "indirect"),
        quote("it had played no part in the operation and had not allowed Israeli aircraft to cross its airspace",
              "Saudi Arabia", "indirect"),
        quote("it was not involved", "United States", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli warplanes", "The Israeli military"]),
        entity("Houthis", "ORG", "YEM", ["Houthi", "the Houthis", "The Houthis", "The group’s"]),
        entity("Hodeidah", "LOC", "YEM", ["the Houthi-held Yemeni port of Hodeidah"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Houthi-run Ministry of Health", "ORG", "YEM", ["The Houthi-run health ministry"]),
        entity("Iran", "GPE", "IRN", ["Iranian", "Iran’s"]),
        entity("Yemen", "GPE", "YEM", ["Yemen", "Yemeni"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israel’s"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Houthi spokesman Mohammed Abdulsalam"]),
        entity("Yahya Saree", "PER", "YEM", ["Yahya Saree"]),
        entity("Eilat", "LOC", "ISR", ["the Israeli city of Eilat"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("Iranian Ministry of Foreign Affairs", "ORG", "IRN", ["Iran’s Foreign Ministry"]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. envoy Hans Grundberg"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("Gaza", "GPE", "PSE", ["Gaza"]),
    ],
}

# ---------------------------------------------------------------- hm154-en-02
INDIG_PROTESTERS = actor("Indigenous protesters", "BRA", "CVL")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
UN_SEC = actor("UN security officers", "UNO", "IGO")
BRA_MIL = actor("Brazilian Armed Forces", "BRA", "MIL")
UNFCCC = actor("UNFCCC secretariat", "UNO", "IGO")
CORREA = actor("André Corrêa do Lago", "BRA", "GOV")
INDIG_LEADERS = actor("Indigenous protest leaders", "BRA", "CVL")
GUAJAJARA = actor("Sonia Guajajara", "BRA", "GOV")

M1 = ("Dozens of protesters, many of them Indigenous, forced their way into the venue of the U.N. climate summit "
      "in the Brazilian city of Belém on Tuesday evening, clashing with security guards at the entrance.")
M2 = "Two guards suffered minor injuries when protesters struck them with sticks, and a glass door was damaged."
M3 = ("Brazilian soldiers and U.N. security officers pushed the group back and sealed the main entrance for more "
      "than an hour.")
M4 = ("“We cannot eat money,” said one of the protest leaders, a member of the Tupinambá people, “and we cannot "
      "live on land that is being destroyed.”")
M5 = ("The protesters demanded that Brazil halt oil exploration near the mouth of the Amazon and recognise "
      "Indigenous territories.")
M6 = ("The U.N. climate secretariat said in a statement that it had asked the Brazilian authorities to reinforce "
      "security around the site.")
M7 = ("On Wednesday, COP30 President André Corrêa do Lago met leaders of the group outside the venue and promised "
      "to take their demands to government ministers.")
M8 = ("Brazil’s Indigenous Peoples Minister Sonia Guajajara said she understood their frustration but condemned "
      "the violence.")
M9 = "The government also sent additional officers of the National Force to the venue."
M10 = "The summit, the first to be held in the Amazon region, is due to end on Nov. 21."

EN02 = {
    "id": "hm154-en-02", "lang": "en", "url": None, "published": "2025-11-12",
    "title": "Indigenous protesters force their way into COP30 venue in Brazil",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10]),
    "events": [
        event("PROTEST", INDIG_PROTESTERS, BRA_GOV, M1, mode="riot", date="2025-11-11", location="Belém",
              location_country="BRA"),
        event("ASSAULT", INDIG_PROTESTERS, UN_SEC, M2, mode="beat", location="Belém", location_country="BRA"),
        event("COERCE", BRA_MIL, INDIG_PROTESTERS, M3, mode="restrict", location="Belém", location_country="BRA"),
        event("COERCE", UN_SEC, INDIG_PROTESTERS, M3, mode="restrict", location="Belém", location_country="BRA"),
        event("REQUEST", UNFCCC, BRA_GOV, M6, mode="assist"),
        event("CONSULT", CORREA, INDIG_LEADERS, M7, date="2025-11-12", location="Belém", location_country="BRA"),
        event("AGREE", CORREA, INDIG_LEADERS, M7),
        event("ACCUSE", GUAJAJARA, INDIG_PROTESTERS, M8, mode="disapprove"),
        event("MOBILIZE", BRA_GOV, None, M9, mode="police", location="Belém", location_country="BRA"),
    ],
    "quotes": [
        quote("We cannot eat money", "Tupinambá protest leader", "direct"),
        quote("and we cannot live on land that is being destroyed", "Tupinambá protest leader", "direct"),
        quote("that Brazil halt oil exploration near the mouth of the Amazon and recognise Indigenous territories",
              "Indigenous protesters", "indirect"),
        quote("that it had asked the Brazilian authorities to reinforce security around the site",
              "UNFCCC secretariat", "indirect"),
        quote("she understood their frustration", "Sonia Guajajara", "indirect"),
    ],
    "entities": [
        entity("Belém", "LOC", "BRA", ["the Brazilian city of Belém"]),
        entity("UN security officers", "ORG", "UNO", ["U.N. security officers", "security guards"]),
        entity("Brazilian Armed Forces", "ORG", "BRA", ["Brazilian soldiers"]),
        entity("Brazil", "GPE", "BRA", ["Brazil", "Brazil’s"]),
        entity("Amazon", "LOC", None, ["the Amazon", "the Amazon region"]),
        entity("UNFCCC secretariat", "ORG", "UNO", ["The U.N. climate secretariat"]),
        entity("Government of Brazil", "ORG", "BRA", ["the Brazilian authorities", "The government"]),
        entity("André Corrêa do Lago", "PER", "BRA", ["COP30 President André Corrêa do Lago"]),
        entity("Sonia Guajajara", "PER", "BRA", ["Brazil’s Indigenous Peoples Minister Sonia Guajajara", "she"]),
        entity("National Force of Public Security", "ORG", "BRA", ["the National Force"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
