"""Round 77: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented details, real 2024-2025 settings):
- hm77-de-01: Georgia — police use water cannon against protesters at the presidential palace in
  Tbilisi after the local elections; organisers arrested, Kobakhidze blames the EU ambassador (Oct 2025).
- hm77-de-02: Hungary — tens of thousands march at the banned Budapest Pride; Karácsony, Tuzson,
  von der Leyen, Orbán (June 2025).
- hm77-de-03: Spain recalls its ambassador from Israel after Israel bars Díaz and Rego; Sánchez's
  arms embargo (Sept 2025).
- hm77-de-04: Kazakhstan/China — Xi in Astana, treaty with Tokayev, pledges to Central Asia (June 2025).
- hm77-en-01: Canada rescinds its digital services tax after Trump cuts off trade talks (June 2025).
- hm77-en-02: EU member states clear tariffs on Chinese electric cars; Beijing's reaction (Oct 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm77-de-01: Georgia, protests after the local elections
# ---------------------------------------------------------------------------
GEO_POLICE = actor("Georgian police", "GEO", "COP")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_DREAM = actor("Georgian Dream", "GEO", "PTY")
GEO_OPP = actor("Georgian opposition", "GEO", "OPP")
GEO_ORGANISERS = actor("protest organisers", "GEO", "OPP")
GEO_PROSECUTOR = actor("Prosecutor's Office of Georgia", "GEO", "JUD")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
HERCZYNSKI = actor("Paweł Herczyński", "EUR", "IGO")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

D1_S1 = ("In der georgischen Hauptstadt Tiflis hat die Polizei am Samstagabend Wasserwerfer und Tränengas "
         "gegen Tausende Demonstranten eingesetzt.")
D1_S2 = ("Die Demonstranten hatten zuvor versucht, auf das Gelände des Präsidentenpalasts vorzudringen, und "
         "Barrikaden in Brand gesetzt.")
D1_S3 = ("Die Proteste richten sich gegen die Regierungspartei Georgischer Traum, der die Opposition "
         "Wahlbetrug bei den Kommunalwahlen vom selben Tag vorwirft.")
D1_S4 = ("Innenminister Gela Geladse sagte, fünf Organisatoren der Kundgebung seien festgenommen worden, "
         "darunter der Opernsänger Paata Burtschuladse.")
D1_S5 = "Die Staatsanwaltschaft leitete gegen sie Ermittlungen wegen versuchten Umsturzes ein."
D1_S6 = ("Ministerpräsident Irakli Kobachidse warf dem EU-Botschafter Paweł Herczyński vor, die Unruhen "
         "ermutigt zu haben, und kündigte an, die Verantwortlichen würden „einen hohen Preis zahlen“.")
D1_S7 = "Die EU-Außenbeauftragte Kaja Kallas rief alle Seiten zur Zurückhaltung auf."
D1_S8 = ("»Gewalt ist keine Antwort, aber auch die Festnahme von Oppositionellen durch die Regierung in "
         "Tiflis ist es nicht«, sagte sie in Brüssel.")
D1_S9 = "Seit mehr als einem Jahr kommt es in dem Kaukasusland immer wieder zu Protesten gegen die Regierung."

DE01 = {
    "id": "hm77-de-01",
    "lang": "de",
    "url": None,
    "published": "2025-10-05",
    "title": "Georgien: Polizei setzt Wasserwerfer gegen Demonstranten in Tiflis ein",
    "text": paragraphs([D1_S1, D1_S2, D1_S3], [D1_S4, D1_S5, D1_S6], [D1_S7, D1_S8, D1_S9]),
    "events": [
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, D1_S1, mode="crowd-control", date="2025-10-04",
              location="Tbilisi", location_country="GEO"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, D1_S2, mode="riot"),
        event("PROTEST", GEO_PROTESTERS, GEO_DREAM, D1_S3, mode="demo"),
        event("ACCUSE", GEO_OPP, GEO_DREAM, D1_S3, mode="allege"),
        event("COERCE", GEO_POLICE, GEO_ORGANISERS, D1_S4, mode="arrest"),
        event("ACCUSE", GEO_PROSECUTOR, GEO_ORGANISERS, D1_S5, mode="investigate"),
        event("ACCUSE", KOBAKHIDZE, HERCZYNSKI, D1_S6, mode="allege"),
        event("THREATEN", KOBAKHIDZE, GEO_ORGANISERS, D1_S6),
        event("REQUEST", KALLAS, None, D1_S7),
        event("ACCUSE", KALLAS, GEO_GOV, D1_S8, mode="disapprove"),
    ],
    "quotes": [
        quote("fünf Organisatoren der Kundgebung seien festgenommen worden, darunter der Opernsänger Paata "
              "Burtschuladse", "Gela Geladze", "indirect"),
        quote("die Unruhen ermutigt zu haben", "Irakli Kobakhidze", "indirect"),
        quote("einen hohen Preis zahlen", "Irakli Kobakhidze", "direct"),
        quote("die Verantwortlichen würden „einen hohen Preis zahlen“", "Irakli Kobakhidze", "indirect"),
        quote("Gewalt ist keine Antwort, aber auch die Festnahme von Oppositionellen durch die Regierung in "
              "Tiflis ist es nicht", "Kaja Kallas", "direct"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["der georgischen Hauptstadt Tiflis"]),
        entity("Georgian police", "ORG", "GEO", ["die Polizei"]),
        entity("Georgian protesters", "ORG", "GEO", ["Tausende Demonstranten", "Die Demonstranten"]),
        entity("Presidential Palace of Georgia", "LOC", "GEO", ["des Präsidentenpalasts"]),
        entity("Georgian Dream", "ORG", "GEO", ["die Regierungspartei Georgischer Traum"]),
        entity("Georgian opposition", "ORG", "GEO", ["die Opposition"]),
        entity("Gela Geladze", "PER", "GEO", ["Innenminister Gela Geladse"]),
        entity("protest organisers", "ORG", "GEO", ["fünf Organisatoren der Kundgebung", "sie",
                                                    "die Verantwortlichen"]),
        entity("Paata Burchuladze", "PER", "GEO", ["der Opernsänger Paata Burtschuladse"]),
        entity("Prosecutor's Office of Georgia", "ORG", "GEO", ["Die Staatsanwaltschaft"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse"]),
        entity("Paweł Herczyński", "PER", "EUR", ["dem EU-Botschafter Paweł Herczyński"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "sie"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung in Tiflis", "die Regierung"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Georgia", "GPE", "GEO", ["dem Kaukasusland"]),
    ],
}

# ---------------------------------------------------------------------------
# hm77-de-02: Hungary, the banned Budapest Pride
# ---------------------------------------------------------------------------
HUN_MARCHERS = actor("Pride marchers", "HUN", "CVL")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
HUN_POLICE = actor("Hungarian police", "HUN", "COP")
BUDAPEST_PRIDE = actor("Budapest Pride", "HUN", "NGO")
KARACSONY = actor("Gergely Karácsony", "HUN", "GOV")
TUZSON = actor("Bence Tuzson", "HUN", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
MEPS = actor("Members of the European Parliament", "EUR", "LEG")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
MI_HAZANK = actor("Our Homeland Movement", "HUN", "PTY")

D2_S1 = ("Trotz eines Polizeiverbots sind am Samstag in Budapest Zehntausende Menschen zur Pride-Parade auf "
         "die Straße gegangen.")
D2_S2 = ("Die Polizei hatte den Marsch unter Berufung auf ein im März vom Parlament beschlossenes Gesetz "
         "untersagt.")
D2_S3 = ("Bürgermeister Gergely Karácsony hatte die Veranstaltung daraufhin kurzerhand zu einer städtischen "
         "Feier erklärt, die keiner Genehmigung bedarf.")
D2_S4 = ("Justizminister Bence Tuzson warnte, dem Bürgermeister drohe wegen der Organisation einer "
         "verbotenen Versammlung bis zu ein Jahr Haft.")
D2_S5 = "Karácsony wies die Drohung zurück: „Es gibt keine Freiheit zweiter Klasse.“"
D2_S6 = ("EU-Kommissionspräsidentin Ursula von der Leyen hatte die ungarischen Behörden vorab aufgefordert, "
         "die Parade ohne Angst vor Strafen stattfinden zu lassen.")
D2_S7 = ("Mehr als 70 Abgeordnete des Europaparlaments reisten nach Angaben der Veranstalter eigens an, um "
         "sich dem Marsch anzuschließen.")
D2_S8 = ("Ministerpräsident Viktor Orbán hatte am Freitag gesagt, die Polizei werde den Marsch nicht "
         "gewaltsam auflösen, es werde aber »rechtliche Konsequenzen« geben.")
D2_S9 = "Die Polizei nahm nach eigenen Angaben bis zum Abend niemanden fest."
D2_S10 = "Eine Gegendemonstration der rechtsextremen Partei Mi Hazánk blieb klein."

DE02 = {
    "id": "hm77-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-06-28",
    "title": "Zehntausende bei verbotener Pride-Parade in Budapest",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9, D2_S10]),
    "events": [
        event("PROTEST", HUN_MARCHERS, HUN_GOV, D2_S1, mode="demo", date="2025-06-28", location="Budapest",
              location_country="HUN"),
        event("COERCE", HUN_POLICE, BUDAPEST_PRIDE, D2_S2, mode="ban"),
        event("SUPPORT", KARACSONY, BUDAPEST_PRIDE, D2_S3),
        event("THREATEN", TUZSON, KARACSONY, D2_S4, mode="arrest"),
        event("REQUEST", VDL, HUN_GOV, D2_S6, mode="change"),
        event("SUPPORT", MEPS, BUDAPEST_PRIDE, D2_S7),
        event("THREATEN", ORBAN, HUN_MARCHERS, D2_S8, date="2025-06-27"),
        event("COERCE", HUN_POLICE, HUN_MARCHERS, D2_S9, mode="arrest", negated=True),
        event("PROTEST", MI_HAZANK, BUDAPEST_PRIDE, D2_S10, mode="demo"),
    ],
    "quotes": [
        quote("dem Bürgermeister drohe wegen der Organisation einer verbotenen Versammlung bis zu ein Jahr Haft",
              "Bence Tuzson", "indirect"),
        quote("Es gibt keine Freiheit zweiter Klasse", "Gergely Karácsony", "direct"),
        quote("Mehr als 70 Abgeordnete des Europaparlaments reisten nach Angaben der Veranstalter eigens an, um "
              "sich dem Marsch anzuschließen", "Budapest Pride", "indirect"),
        quote("rechtliche Konsequenzen", "Viktor Orbán", "direct"),
        quote("die Polizei werde den Marsch nicht gewaltsam auflösen, es werde aber »rechtliche Konsequenzen« "
              "geben", "Viktor Orbán", "indirect"),
        quote("Die Polizei nahm nach eigenen Angaben bis zum Abend niemanden fest", "Hungarian police",
              "indirect"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Pride marchers", "ORG", "HUN", ["Zehntausende Menschen"]),
        entity("Budapest Pride", "ORG", "HUN", ["der Veranstalter", "den Marsch", "die Veranstaltung",
                                                "die Parade", "dem Marsch"]),
        entity("Hungarian police", "ORG", "HUN", ["Die Polizei", "die Polizei"]),
        entity("National Assembly of Hungary", "ORG", "HUN", ["vom Parlament"]),
        entity("Gergely Karácsony", "PER", "HUN", ["Bürgermeister Gergely Karácsony", "dem Bürgermeister",
                                                   "Karácsony"]),
        entity("Bence Tuzson", "PER", "HUN", ["Justizminister Bence Tuzson"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Government of Hungary", "ORG", "HUN", ["die ungarischen Behörden"]),
        entity("Members of the European Parliament", "ORG", "EUR", ["Mehr als 70 Abgeordnete des "
                                                                    "Europaparlaments"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ministerpräsident Viktor Orbán"]),
        entity("Our Homeland Movement", "ORG", "HUN", ["der rechtsextremen Partei Mi Hazánk"]),
    ],
}

# ---------------------------------------------------------------------------
# hm77-de-03: Spain recalls its ambassador from Israel
# ---------------------------------------------------------------------------
ESP = actor("Spain", "ESP", "GOV")
ISR = actor("Israel", "ISR", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
DIAZ = actor("Yolanda Díaz", "ESP", "GOV")
REGO = actor("Sira Rego", "ESP", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")

D3_S1 = "Spanien hat am Montag seine Botschafterin in Israel zu Konsultationen nach Madrid zurückgerufen."
D3_S2 = ("Zuvor hatte das israelische Außenministerium zwei Mitgliedern der spanischen Regierung, "
         "Vizeregierungschefin Yolanda Díaz und Jugendministerin Sira Rego, die Einreise verboten.")
D3_S3 = ("Außenminister Gideon Saar warf Ministerpräsident Pedro Sánchez vor, eine »antisemitische "
         "Kampagne« gegen Israel zu führen.")
D3_S4 = ("Sánchez hatte am Morgen neun Maßnahmen angekündigt, um den „Völkermord in Gaza“ zu stoppen, "
         "darunter ein gesetzlich verankertes Waffenembargo gegen Israel.")
D3_S5 = ("Zudem sollen Schiffe, die Treibstoff für die israelische Armee transportieren, nicht mehr in "
         "spanischen Häfen anlegen dürfen.")
D3_S6 = ("Die Regierung in Jerusalem bezeichnete die Schritte als „Ablenkungsmanöver“ einer "
         "korruptionsbelasteten Regierung.")
D3_S7 = "Sánchez wies die Vorwürfe zurück und erklärte, Spanien werde sich »nicht einschüchtern lassen«."
D3_S8 = "Die Palästinensische Autonomiebehörde begrüßte die Entscheidung Madrids."
D3_S9 = "Die Beziehungen zwischen beiden Ländern sind seit Beginn des Gaza-Kriegs angespannt."

DE03 = {
    "id": "hm77-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-09-08",
    "title": "Spanien ruft Botschafterin aus Israel zurück",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6], [D3_S7, D3_S8, D3_S9]),
    "events": [
        event("SANCTION", ESP, ISR, D3_S1, mode="withdraw", date="2025-09-08"),
        event("COERCE", ISR_MFA, DIAZ, D3_S2, mode="ban"),
        event("COERCE", ISR_MFA, REGO, D3_S2, mode="ban"),
        event("ACCUSE", SAAR, SANCHEZ, D3_S3, mode="allege"),
        event("SANCTION", SANCHEZ, ISR, D3_S4, mode="discontinue", date="2025-09-08"),
        event("ACCUSE", SANCHEZ, ISR, D3_S4, mode="allege", date="2025-09-08"),
        event("SANCTION", ESP, IDF, D3_S5, mode="discontinue"),
        event("ACCUSE", ISR, ESP_GOV, D3_S6, mode="disapprove"),
        event("SUPPORT", PA, ESP, D3_S8),
    ],
    "quotes": [
        quote("antisemitische Kampagne", "Gideon Saar", "direct"),
        quote("eine »antisemitische Kampagne« gegen Israel zu führen", "Gideon Saar", "indirect"),
        quote("Völkermord in Gaza", "Pedro Sánchez", "direct"),
        quote("Ablenkungsmanöver", "Israel", "direct"),
        quote("nicht einschüchtern lassen", "Pedro Sánchez", "direct"),
        quote("Spanien werde sich »nicht einschüchtern lassen«", "Pedro Sánchez", "indirect"),
    ],
    "entities": [
        entity("Spain", "GPE", "ESP", ["Spanien", "Madrids"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Die Regierung in Jerusalem"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["das israelische Außenministerium"]),
        entity("Government of Spain", "ORG", "ESP", ["der spanischen Regierung",
                                                     "einer korruptionsbelasteten Regierung"]),
        entity("Yolanda Díaz", "PER", "ESP", ["Vizeregierungschefin Yolanda Díaz"]),
        entity("Sira Rego", "PER", "ESP", ["Jugendministerin Sira Rego"]),
        entity("Gideon Saar", "PER", "ISR", ["Außenminister Gideon Saar"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelische Armee"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Die Palästinensische Autonomiebehörde"]),
    ],
}

# ---------------------------------------------------------------------------
# hm77-de-04: Xi Jinping in Astana
# ---------------------------------------------------------------------------
XI = actor("Xi Jinping", "CHN", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
KAZ = actor("Kazakhstan", "KAZ", "GOV")
CHN = actor("China", "CHN", "GOV")
CA_STATES = actor("Central Asian states", None, "GOV")
KAZ_MIL = actor("Kazakh armed forces", "KAZ", "MIL")
CHN_MIL = actor("People's Liberation Army", "CHN", "MIL")
KAZ_ACTIVISTS = actor("Kazakh human rights activists", "KAZ", "NGO")

D4_S1 = ("Chinas Staatschef Xi Jinping ist am Dienstag in Astana von Kasachstans Präsident Kassym-Schomart "
         "Tokajew mit militärischen Ehren empfangen worden.")
D4_S2 = "Anschließend unterzeichneten beide einen Vertrag über dauerhafte gute Nachbarschaft."
D4_S3 = "Xi sagte Kasachstan zu, gemeinsam eine zweite Eisenbahnverbindung nach Westchina zu bauen."
D4_S4 = ("China werde den Staaten der Region in diesem Jahr Zuschüsse in Höhe von 1,5 Milliarden Yuan "
         "gewähren, kündigte Xi an.")
D4_S5 = ("Tokajew lobte China als „verlässlichen Partner“ und sprach sich für mehr Handel in "
         "Landeswährungen aus.")
D4_S6 = ("Kasachische und chinesische Truppen hatten erst im Mai ein gemeinsames Anti-Terror-Manöver nahe "
         "der Grenze abgehalten.")
D4_S7 = "Peking hatte Kasachstan nach den Überschwemmungen im vergangenen Frühjahr zudem Hilfsgüter geliefert."
D4_S8 = "Moskau, das Zentralasien traditionell als Einflusszone betrachtet, verfolgt das Werben Pekings aufmerksam."
D4_S9 = "Kremlsprecher Dmitri Peskow sagte, Russland sehe in der Zusammenarbeit »keine Konkurrenz«."
D4_S10 = ("Kasachische Menschenrechtler forderten Xi auf, in Astana auch die Lage der Uiguren und Kasachen in "
          "Xinjiang anzusprechen.")

DE04 = {
    "id": "hm77-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-06-17",
    "title": "Xi verspricht Zentralasien Milliardenhilfen",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6, D4_S7], [D4_S8, D4_S9, D4_S10]),
    "events": [
        event("CONSULT", XI, TOKAYEV, D4_S1, mode="visit", date="2025-06-17", location="Astana",
              location_country="KAZ"),
        event("SUPPORT", XI, TOKAYEV, D4_S2),
        event("AGREE", XI, KAZ, D4_S3),
        event("AGREE", XI, CA_STATES, D4_S4),
        event("SUPPORT", TOKAYEV, CHN, D4_S5),
        event("COOPERATE", KAZ_MIL, CHN_MIL, D4_S6),
        event("AID", CHN, KAZ, D4_S7),
        event("REQUEST", KAZ_ACTIVISTS, XI, D4_S10, mode="change"),
    ],
    "quotes": [
        quote("China werde den Staaten der Region in diesem Jahr Zuschüsse in Höhe von 1,5 Milliarden Yuan "
              "gewähren", "Xi Jinping", "indirect"),
        quote("verlässlichen Partner", "Kassym-Jomart Tokayev", "direct"),
        quote("keine Konkurrenz", "Dmitry Peskov", "direct"),
        quote("Russland sehe in der Zusammenarbeit »keine Konkurrenz«", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Kasachstans Präsident Kassym-Schomart Tokajew",
                                                      "Tokajew"]),
        entity("Astana", "LOC", "KAZ", ["Astana"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan", "Kasachstans"]),
        entity("China", "GPE", "CHN", ["China", "Chinas", "Peking", "Pekings"]),
        entity("Western China", "LOC", "CHN", ["Westchina"]),
        entity("Central Asian states", "ORG", None, ["den Staaten der Region"]),
        entity("Kazakh armed forces", "ORG", "KAZ", ["Kasachische und chinesische Truppen"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Kasachische und chinesische Truppen"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Central Asia", "LOC", None, ["Zentralasien"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Kazakh human rights activists", "ORG", "KAZ", ["Kasachische Menschenrechtler"]),
        entity("Uyghurs", "ORG", "CHN", ["der Uiguren"]),
        entity("Xinjiang", "LOC", "CHN", ["Xinjiang"]),
    ],
}

# ---------------------------------------------------------------------------
# hm77-en-01: Canada rescinds its digital services tax
# ---------------------------------------------------------------------------
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
CAN = actor("Canada", "CAN", "GOV")
CHAMPAGNE = actor("François-Philippe Champagne", "CAN", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")

E1_S1 = ("Canada said late on Sunday that it would rescind its digital services tax, bowing to pressure from "
         "U.S. President Donald Trump, who had abruptly cut off trade negotiations with Ottawa two days "
         "earlier.")
E1_S2 = ("Finance Minister François-Philippe Champagne said the government would also pause collection of "
         "the levy, which was due on Monday.")
E1_S3 = ("Prime Minister Mark Carney and Trump agreed to resume negotiations with the aim of reaching a deal "
         "by July 21, his office said.")
E1_S4 = ("On Friday, Trump had called the tax “a direct and blatant attack” on the United States and said "
         "Canada would learn within a week what tariffs it would have to pay.")
E1_S5 = ("“We are terminating ALL discussions on Trade with Canada, effective immediately,” he wrote on his "
         "social media platform.")
E1_S6 = "The 3% tax on large technology firms such as Amazon and Google took effect last year."
E1_S7 = "Opposition leader Pierre Poilievre accused Carney of caving in to Washington."
E1_S8 = "Carney rejected the criticism."
E1_S9 = "“We will always act in the broader interest of Canadians,” he told reporters in Ottawa."

EN01 = {
    "id": "hm77-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-06-30",
    "title": "Canada scraps digital services tax to restart trade talks with U.S.",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8, E1_S9]),
    "events": [
        event("CONCEDE", CAN_GOV, USA_GOV, E1_S1, date="2025-06-29"),
        event("SANCTION", TRUMP, CAN, E1_S1, mode="discontinue", date="2025-06-27"),
        event("CONCEDE", CHAMPAGNE, USA_GOV, E1_S2),
        event("AGREE", CARNEY, TRUMP, E1_S3),
        event("ACCUSE", TRUMP, CAN, E1_S4, mode="disapprove", date="2025-06-27"),
        event("THREATEN", TRUMP, CAN, E1_S4, date="2025-06-27"),
        event("SANCTION", TRUMP, CAN, E1_S5, mode="discontinue"),
        event("ACCUSE", POILIEVRE, CARNEY, E1_S7, mode="disapprove"),
    ],
    "quotes": [
        quote("that it would rescind its digital services tax", "Government of Canada", "indirect"),
        quote("the government would also pause collection of the levy, which was due on Monday",
              "François-Philippe Champagne", "indirect"),
        quote("Prime Minister Mark Carney and Trump agreed to resume negotiations with the aim of reaching a "
              "deal by July 21", "Office of the Prime Minister of Canada", "indirect"),
        quote("a direct and blatant attack", "Donald Trump", "direct"),
        quote("Canada would learn within a week what tariffs it would have to pay", "Donald Trump", "indirect"),
        quote("We are terminating ALL discussions on Trade with Canada, effective immediately", "Donald Trump",
              "direct"),
        quote("We will always act in the broader interest of Canadians", "Mark Carney", "direct"),
    ],
    "entities": [
        entity("Canada", "GPE", "CAN", ["Canada", "Ottawa"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "he"]),
        entity("François-Philippe Champagne", "PER", "CAN", ["Finance Minister François-Philippe Champagne"]),
        entity("Government of Canada", "ORG", "CAN", ["the government"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney", "he"]),
        entity("Office of the Prime Minister of Canada", "ORG", "CAN", ["his office"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Amazon", "ORG", "MNC", ["Amazon"]),
        entity("Google", "ORG", "MNC", ["Google"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Opposition leader Pierre Poilievre"]),
        entity("Canadians", "ORG", "CAN", ["Canadians"]),
    ],
}

# ---------------------------------------------------------------------------
# hm77-en-02: EU tariffs on Chinese electric cars
# ---------------------------------------------------------------------------
EU = actor("European Union", "EUR", "IGO")
COMMISSION = actor("European Commission", "EUR", "IGO")
CHN_GOV = actor("China", "CHN", "GOV")
DEU = actor("Germany", "DEU", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
SANCHEZ_EN = actor("Pedro Sánchez", "ESP", "GOV")

E2_S1 = ("European Union member states on Friday cleared the way for tariffs of up to 35.3% on electric "
         "vehicles imported from China.")
E2_S2 = "Germany, the bloc’s largest car producer, voted against the measure, according to EU officials."
E2_S3 = "The European Commission accuses Beijing of unfairly subsidising its carmakers."
E2_S4 = ("China’s Commerce Ministry said it “opposes” the decision and would take “all necessary measures” to "
         "protect its companies.")
E2_S5 = "Beijing has already opened anti-dumping investigations into European brandy, pork and dairy products."
E2_S6 = ("Both sides agreed to continue talks on a possible alternative in the form of minimum prices, the "
         "Commission said.")
E2_S7 = "German Chancellor Olaf Scholz had urged Brussels to seek a negotiated solution to avoid a trade war."
E2_S8 = ("Spanish Prime Minister Pedro Sánchez, who visited Beijing last month, had also called on the "
         "Commission to reconsider.")
E2_S9 = "The tariffs are set to take effect at the end of October and would apply for five years."

EN02 = {
    "id": "hm77-en-02",
    "lang": "en",
    "url": None,
    "published": "2024-10-04",
    "title": "EU backs tariffs on Chinese electric cars",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("SANCTION", EU, CHN_GOV, E2_S1, mode="discontinue", date="2024-10-04"),
        event("REJECT", DEU, COMMISSION, E2_S2, mode="change"),
        event("ACCUSE", COMMISSION, CHN_GOV, E2_S3, mode="allege"),
        event("ACCUSE", MOFCOM, EU, E2_S4, mode="disapprove"),
        event("THREATEN", MOFCOM, EU, E2_S4),
        event("ACCUSE", CHN_GOV, EU, E2_S5, mode="investigate"),
        event("AGREE", COMMISSION, CHN_GOV, E2_S6),
        event("REQUEST", SCHOLZ, COMMISSION, E2_S7),
        event("CONSULT", SANCHEZ_EN, CHN_GOV, E2_S8, mode="visit", location="Beijing", location_country="CHN"),
        event("REQUEST", SANCHEZ_EN, COMMISSION, E2_S8, mode="change"),
    ],
    "quotes": [
        quote("Germany, the bloc’s largest car producer, voted against the measure", "EU officials", "indirect"),
        quote("opposes", "Ministry of Commerce of China", "direct"),
        quote("all necessary measures", "Ministry of Commerce of China", "direct"),
        quote("it “opposes” the decision and would take “all necessary measures” to protect its companies",
              "Ministry of Commerce of China", "indirect"),
        quote("Both sides agreed to continue talks on a possible alternative in the form of minimum prices",
              "European Commission", "indirect"),
    ],
    "entities": [
        entity("European Union", "ORG", "EUR", ["European Union member states", "the bloc’s", "EU"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China’s"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("EU officials", "PER", "EUR", ["EU officials"]),
        entity("European Commission", "ORG", "EUR", ["The European Commission", "the Commission",
                                                     "Brussels"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["China’s Commerce Ministry", "it"]),
        entity("Olaf Scholz", "PER", "DEU", ["German Chancellor Olaf Scholz"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sánchez"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
