"""Round 15 of the hand-made articles: 6 invented wire-style articles (4 German, 2 English), written blind
on 2026-11-29 (see build_handmade.py and README.md). Texts are built sentence by sentence with
`paragraphs`, so every evidence is one of the sentence strings below."""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# --- hm15-de-01: Finland closes its last border crossing with Russia -----------------------------------
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
RUS_GOV = actor("Russia", "RUS", "GOV")
ORPO = actor("Petteri Orpo", "FIN", "GOV")
FIN_STATE = actor("Finland", "FIN", "GOV")

A1 = "Finnland schließt wegen der Ankunft Hunderter Asylsuchender auch den letzten noch offenen Grenzübergang zu Russland."
A2 = ("Die Regierung in Helsinki beschloss am Dienstag, den Übergang Raja-Jooseppi im hohen Norden ab Donnerstag "
      "für zunächst zwei Wochen zu sperren.")
A3 = ("Ministerpräsident Petteri Orpo warf Moskau vor, Migranten gezielt an die Grenze zu bringen, um Finnland "
      "unter Druck zu setzen.")
A4 = ("„Das ist eine hybride Operation, und wir werden ihr nicht tatenlos zusehen“, sagte der konservative "
      "Politiker vor Journalisten.")
A5 = ("Seit Anfang November sind mehr als 900 Menschen ohne gültige Visa über Russland nach Finnland gekommen, "
      "die meisten von ihnen aus dem Jemen, Syrien und Somalia.")
A6 = "Das russische Außenministerium bestellte am Mittwoch den finnischen Botschafter in Moskau ein."
A7 = "Sprecherin Maria Sacharowa wies die Vorwürfe zurück und sprach von einer »russophoben Politik« Helsinkis."
A8 = "Die EU-Grenzschutzagentur Frontex hat inzwischen rund 50 Beamte an die finnische Ostgrenze entsandt."

DE01 = {
    "id": "hm15-de-01", "lang": "de", "published": "2023-11-29", "title": None,
    "text": paragraphs([A1, A2], [A3, A4, A5], [A6, A7, A8]),
    "events": [
        event("COERCE", FIN_GOV, RUS_GOV, A1, mode="restrict"),
        event("COERCE", FIN_GOV, RUS_GOV, A2, mode="restrict", date="2023-11-28", location="Raja-Jooseppi",
              location_country="FIN"),
        event("ACCUSE", ORPO, RUS_GOV, A3, mode="allege"),
        event("ACCUSE", ORPO, RUS_GOV, A4, mode="disapprove"),
        event("ACCUSE", actor("Russian foreign ministry", "RUS", "GOV"), FIN_STATE, A6, mode="disapprove",
              date="2023-11-29", location="Moscow", location_country="RUS"),
        event("ACCUSE", actor("Maria Zakharova", "RUS", "GOV"), FIN_STATE, A7, mode="disapprove"),
        event("AID", actor("Frontex", "EUR", "IGO"), FIN_STATE, A8),
    ],
    "quotes": [
        quote("Migranten gezielt an die Grenze zu bringen, um Finnland unter Druck zu setzen", "Petteri Orpo",
              "indirect"),
        quote("Das ist eine hybride Operation, und wir werden ihr nicht tatenlos zusehen", "Petteri Orpo", "direct"),
        quote("russophoben Politik", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Finland", "GPE", "FIN", ["Finnland", "Helsinkis"]),
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Raja-Jooseppi", "LOC", "FIN", ["Raja-Jooseppi"]),
        entity("Petteri Orpo", "PER", "FIN", ["Ministerpräsident Petteri Orpo", "der konservative Politiker"]),
        entity("Russian foreign ministry", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Maria Zakharova", "PER", "RUS", ["Sprecherin Maria Sacharowa"]),
        entity("Frontex", "ORG", "EUR", ["Die EU-Grenzschutzagentur Frontex"]),
    ],
}

# --- hm15-de-02: Burundi closes its border with Rwanda ------------------------------------------------------
BDI_GOV = actor("Government of Burundi", "BDI", "GOV")
RWA_GOV = actor("Rwanda", "RWA", "GOV")
NDAYISHIMIYE = actor("Évariste Ndayishimiye", "BDI", "GOV")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
EAC = actor("East African Community", "IGO", "IGO")

B1 = ("Burundi hat am Donnerstag seine Grenze zum Nachbarland Ruanda geschlossen und wirft der Regierung in "
      "Kigali vor, Rebellen zu unterstützen.")
B2 = "Die Entscheidung gelte bis auf Weiteres, teilte Innenminister Martin Niteretse in Bujumbura mit."
B3 = ("Präsident Évariste Ndayishimiye macht Ruanda für einen Rebellenangriff Ende Dezember verantwortlich, bei "
      "dem 20 Menschen getötet worden waren.")
B4 = "»Ruanda beherbergt und bewaffnet diese Mörder«, sagte Ndayishimiye in einer Ansprache an die Nation."
B5 = ("Die Beziehungen zwischen beiden Ländern sind seit einem gescheiterten Putschversuch in Burundi im Jahr 2015 "
      "angespannt.")
B6 = "Die ruandische Regierungssprecherin Yolande Makolo wies jede Verbindung zu der Rebellengruppe Red-Tabara zurück."
B7 = "Die Schließung verstoße gegen die Regeln der Ostafrikanischen Gemeinschaft, sagte sie."
B8 = "Die Ostafrikanische Gemeinschaft rief beide Länder auf, ihren Streit im Dialog beizulegen."
B9 = "Normalerweise überqueren täglich Tausende Händler die Grenze."

DE02 = {
    "id": "hm15-de-02", "lang": "de", "published": "2024-01-12", "title": None,
    "text": paragraphs([B1, B2], [B3, B4, B5, B9], [B6, B7, B8]),
    "events": [
        event("COERCE", BDI_GOV, RWA_GOV, B1, mode="restrict", date="2024-01-11"),
        event("ACCUSE", BDI_GOV, RWA_GOV, B1, mode="allege", date="2024-01-11"),
        event("ACCUSE", NDAYISHIMIYE, RWA_GOV, B3, mode="allege"),
        event("ACCUSE", NDAYISHIMIYE, RWA_GOV, B4, mode="allege"),
        event("ACCUSE", MAKOLO, actor("Burundi", "BDI", "GOV"), B7, mode="disapprove"),
        event("REQUEST", EAC, actor("Burundi", "BDI", "GOV"), B8, mode="meet"),
        event("REQUEST", EAC, RWA_GOV, B8, mode="meet"),
    ],
    "quotes": [
        quote("Rebellen zu unterstützen", "Government of Burundi", "indirect"),
        quote("Die Entscheidung gelte bis auf Weiteres", "Martin Niteretse", "indirect"),
        quote("Ruanda beherbergt und bewaffnet diese Mörder", "Évariste Ndayishimiye", "direct"),
        quote("Die Schließung verstoße gegen die Regeln der Ostafrikanischen Gemeinschaft", "Yolande Makolo",
              "indirect"),
    ],
    "entities": [
        entity("Burundi", "GPE", "BDI", ["Burundi"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigali"]),
        entity("Martin Niteretse", "PER", "BDI", ["Innenminister Martin Niteretse"]),
        entity("Bujumbura", "LOC", "BDI", ["Bujumbura"]),
        entity("Évariste Ndayishimiye", "PER", "BDI", ["Präsident Évariste Ndayishimiye", "Ndayishimiye"]),
        entity("Yolande Makolo", "PER", "RWA", ["Die ruandische Regierungssprecherin Yolande Makolo", "sie"]),
        entity("RED-Tabara", "ORG", "BDI", ["der Rebellengruppe Red-Tabara"]),
        entity("East African Community", "ORG", "IGO", ["Ostafrikanischen Gemeinschaft"]),
    ],
}

# --- hm15-de-03: GDL train drivers' strike at Deutsche Bahn ---------------------------------------------
GDL = actor("GDL", "DEU", "LAB")
DB = actor("Deutsche Bahn", "DEU", "BUS")
WESELSKY = actor("Claus Weselsky", "DEU", "LAB")
SEILER = actor("Martin Seiler", "DEU", "BUS")
WISSING = actor("Volker Wissing", "DEU", "GOV")

C1 = ("Die Lokführergewerkschaft GDL hat in der Nacht zum Mittwoch einen dreitägigen Streik im Personenverkehr der "
      "Deutschen Bahn begonnen.")
C2 = "Zuvor war die Bahn mit dem Versuch gescheitert, den Ausstand gerichtlich stoppen zu lassen."
C3 = "Das Hessische Landesarbeitsgericht in Frankfurt wies am Dienstagabend einen Eilantrag des Konzerns ab."
C4 = "GDL-Chef Claus Weselsky sprach von einem »guten Tag für die Streikfreiheit«."
C5 = "Die Bahn verweigere seit Monaten ernsthafte Verhandlungen über eine kürzere Wochenarbeitszeit, sagte er."
C6 = ("Bahn-Personalvorstand Martin Seiler nannte den Streik „unverhältnismäßig“ und warf der Gewerkschaft vor, "
      "Millionen Fahrgäste in Geiselhaft zu nehmen.")
C7 = "Ein neues Angebot hat der Konzern bislang nicht vorgelegt."
C8 = "Bundesverkehrsminister Volker Wissing rief beide Seiten auf, an den Verhandlungstisch zurückzukehren."
C9 = "Im Fernverkehr fährt nach Schätzungen nur etwa jeder fünfte Zug."
C10 = "Es ist bereits der dritte Ausstand in der laufenden Tarifrunde."

DE03 = {
    "id": "hm15-de-03", "lang": "de", "published": "2024-01-10", "title": None,
    "text": paragraphs([C1, C2, C3, C10], [C4, C5, C6], [C7, C8, C9]),
    "events": [
        event("PROTEST", GDL, DB, C1, mode="strike", date="2024-01-10"),
        event("REJECT", actor("Hessian State Labour Court", "DEU", "JUD"), DB, C3, date="2024-01-09",
              location="Frankfurt", location_country="DEU"),
        event("ACCUSE", WESELSKY, DB, C5, mode="disapprove"),
        event("ACCUSE", SEILER, GDL, C6, mode="disapprove"),
        event("AGREE", DB, GDL, C7, negated=True),
        event("REQUEST", WISSING, GDL, C8, mode="meet"),
        event("REQUEST", WISSING, DB, C8, mode="meet"),
    ],
    "quotes": [
        quote("guten Tag für die Streikfreiheit", "Claus Weselsky", "direct"),
        quote("Die Bahn verweigere seit Monaten ernsthafte Verhandlungen über eine kürzere Wochenarbeitszeit",
              "Claus Weselsky", "indirect"),
        quote("unverhältnismäßig", "Martin Seiler", "direct"),
        quote("Millionen Fahrgäste in Geiselhaft zu nehmen", "Martin Seiler", "indirect"),
    ],
    "entities": [
        entity("GDL", "ORG", "DEU", ["Die Lokführergewerkschaft GDL", "der Gewerkschaft"]),
        entity("Deutsche Bahn", "ORG", "DEU", ["Deutschen Bahn", "die Bahn", "des Konzerns", "Die Bahn",
                                               "der Konzern"]),
        entity("Hessian State Labour Court", "ORG", "DEU", ["Das Hessische Landesarbeitsgericht"]),
        entity("Frankfurt", "LOC", "DEU", ["Frankfurt"]),
        entity("Claus Weselsky", "PER", "DEU", ["GDL-Chef Claus Weselsky", "er"]),
        entity("Martin Seiler", "PER", "DEU", ["Bahn-Personalvorstand Martin Seiler"]),
        entity("Volker Wissing", "PER", "DEU", ["Bundesverkehrsminister Volker Wissing"]),
    ],
}

# --- hm15-de-04: Pakistan strikes back at Iran -------------------------------------------------------------
PAK_MIL = actor("Pakistan", "PAK", "MIL")
PAK_GOV = actor("Pakistan", "PAK", "GOV")
IRN_GOV = actor("Iran", "IRN", "GOV")
SEPARATISTS = actor("Baloch separatists", "PAK", "REB")
GUTERRES = actor("António Guterres", "UNO", "IGO")
CHINA = actor("China", "CHN", "GOV")

D1 = ("Pakistan hat am Donnerstag nach eigenen Angaben Stellungen pakistanischer Separatisten im Südosten Irans aus "
      "der Luft angegriffen.")
D2 = "Dabei seien mehrere »Terroristen« getötet worden, teilte das Außenministerium in Islamabad mit."
D3 = "Die Regierung in Teheran verurteilte den Angriff in der Provinz Sistan-Belutschistan scharf."
D4 = "Iranischen Staatsmedien zufolge kamen neun Menschen ums Leben, darunter vier Kinder."
D5 = ("Der pakistanische Schlag gilt als Vergeltung für iranische Luftangriffe vom Dienstag auf Ziele in der "
      "Provinz Belutschistan.")
D6 = "Islamabad hatte daraufhin seinen Botschafter aus Teheran zurückgerufen."
D7 = "UN-Generalsekretär António Guterres rief beide Nachbarn zu »maximaler Zurückhaltung« auf."
D8 = "China bot an, zwischen den beiden Ländern zu vermitteln."
D10 = ("Pakistan und Iran werfen sich seit Jahren gegenseitig vor, Extremisten auf ihrem Gebiet Unterschlupf "
       "zu gewähren.")
D9 = "Beide Staaten teilen eine rund 900 Kilometer lange Grenze, in deren Gebiet mehrere bewaffnete Gruppen aktiv sind."

DE04 = {
    "id": "hm15-de-04", "lang": "de", "published": "2024-01-18", "title": None,
    "text": paragraphs([D1, D2], [D3, D4, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("ASSAULT", PAK_MIL, SEPARATISTS, D1, mode="aerial", date="2024-01-18",
              location="Sistan and Baluchestan", location_country="IRN"),
        event("ASSAULT", PAK_MIL, SEPARATISTS, D2, mode="aerial", date="2024-01-18"),
        event("ACCUSE", IRN_GOV, PAK_GOV, D3, mode="disapprove"),
        event("ASSAULT", actor("Iran", "IRN", "MIL"), actor("Pakistan", "PAK", None), D5, mode="aerial",
              date="2024-01-16", location="Balochistan", location_country="PAK"),
        event("SANCTION", PAK_GOV, IRN_GOV, D6, mode="withdraw"),
        event("REQUEST", GUTERRES, PAK_GOV, D7),
        event("REQUEST", GUTERRES, IRN_GOV, D7),
        event("AGREE", CHINA, PAK_GOV, D8),
        event("AGREE", CHINA, IRN_GOV, D8),
    ],
    "quotes": [
        quote("Dabei seien mehrere »Terroristen« getötet worden", "Pakistani foreign ministry", "indirect"),
        quote("Terroristen", "Pakistani foreign ministry", "direct"),
        quote("kamen neun Menschen ums Leben, darunter vier Kinder", "Iranian state media", "indirect"),
        quote("maximaler Zurückhaltung", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad"]),
        entity("Iran", "GPE", "IRN", ["Irans", "Teheran"]),
        entity("Pakistani foreign ministry", "ORG", "PAK", ["das Außenministerium in Islamabad"]),
        entity("Sistan and Baluchestan", "LOC", "IRN", ["Provinz Sistan-Belutschistan"]),
        entity("Balochistan", "LOC", "PAK", ["Provinz Belutschistan"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("China", "GPE", "CHN", ["China"]),
    ],
}

# --- hm15-en-01: Mexico breaks off relations with Ecuador after the embassy raid ---------------------------
MEX_GOV = actor("Mexico", "MEX", "GOV")
ECU_GOV = actor("Ecuador", "ECU", "GOV")
ECU_POLICE = actor("Ecuadorian police", "ECU", "COP")
GLAS = actor("Jorge Glas", "ECU", "OPP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")

E1 = ("Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorian police forced their way into "
      "the Mexican embassy in Quito and arrested former Vice President Jorge Glas.")
E2 = "Glas, who faces corruption charges, had been sheltering in the embassy since December."
E2B = "Mexico has a long tradition of granting political asylum to Latin American politicians."
E3 = ("President Andrés Manuel López Obrador called the raid “an authoritarian act” and a flagrant violation of "
      "international law.")
E4 = ("Ecuador's government defended the operation, saying Glas was a convicted criminal and that Mexico had "
      "abused the right of asylum.")
E5 = "“No one is above the law,” President Daniel Noboa said in a statement."
E6 = "The Organization of American States condemned the raid, and Brazil and Colombia also criticised Quito."
E7 = "Nicaragua went further and announced it was cutting its own ties with Ecuador."

EN01 = {
    "id": "hm15-en-01", "lang": "en", "published": "2024-04-06", "title": None,
    "text": paragraphs([E1, E2, E2B], [E3, E4, E5], [E6, E7]),
    "events": [
        event("SANCTION", MEX_GOV, ECU_GOV, E1, mode="discontinue", date="2024-04-05"),
        event("COERCE", ECU_POLICE, GLAS, E1, mode="arrest", date="2024-04-05", location="Quito",
              location_country="ECU"),
        event("ACCUSE", AMLO, ECU_GOV, E3, mode="disapprove"),
        event("ACCUSE", ECU_GOV, MEX_GOV, E4, mode="allege"),
        event("ACCUSE", actor("Organization of American States", "IGO", "IGO"), ECU_GOV, E6, mode="disapprove"),
        event("ACCUSE", actor("Brazil", "BRA", "GOV"), ECU_GOV, E6, mode="disapprove"),
        event("ACCUSE", actor("Colombia", "COL", "GOV"), ECU_GOV, E6, mode="disapprove"),
        event("SANCTION", actor("Nicaragua", "NIC", "GOV"), ECU_GOV, E7, mode="discontinue"),
    ],
    "quotes": [
        quote("an authoritarian act", "Andrés Manuel López Obrador", "direct"),
        quote("Glas was a convicted criminal and that Mexico had abused the right of asylum", "Government of Ecuador",
              "indirect"),
        quote("No one is above the law", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador", "Quito"]),
        entity("Jorge Glas", "PER", "ECU", ["former Vice President Jorge Glas", "Glas"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX", ["President Andrés Manuel López Obrador"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa"]),
        entity("Organization of American States", "ORG", "IGO", ["The Organization of American States"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Colombia", "GPE", "COL", ["Colombia"]),
        entity("Nicaragua", "GPE", "NIC", ["Nicaragua"]),
    ],
}

# --- hm15-en-02: ICJ provisional measures in South Africa's case against Israel ---------------------------
ICJ = actor("International Court of Justice", "UNO", "IGO")
ISR_GOV = actor("Israel", "ISR", "GOV")
ZAF_GOV = actor("South Africa", "ZAF", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")

F1 = ("The International Court of Justice on Friday ordered Israel to take all measures within its power to "
      "prevent acts of genocide in Gaza.")
F2 = "The judges did not, however, order a halt to the military offensive."
F3 = ("The court in The Hague also ruled that Israel must allow humanitarian aid to reach civilians in the "
      "Palestinian territory.")
F4 = "South Africa, which brought the case in December, welcomed the ruling as a “decisive victory for international law”."
F5 = ("Israeli Prime Minister Benjamin Netanyahu rejected the genocide accusation as “outrageous” and said Israel "
      "would continue to defend itself.")
F6 = "He accused South Africa of acting on behalf of Hamas."
F7 = "The ruling is binding, but the court has no means of enforcing it."
F8 = "UN Secretary-General António Guterres called on Israel to comply with the order."

EN02 = {
    "id": "hm15-en-02", "lang": "en", "published": "2024-01-26", "title": None,
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8]),
    "events": [
        event("REQUEST", ICJ, ISR_GOV, F1, mode="change", date="2024-01-26"),
        event("REQUEST", ICJ, ISR_GOV, F2, mode="yield", negated=True),
        event("REQUEST", ICJ, ISR_GOV, F3, mode="change", location="The Hague", location_country="NLD"),
        event("SUPPORT", ZAF_GOV, ICJ, F4),
        event("ACCUSE", NETANYAHU, ZAF_GOV, F6, mode="allege"),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), ISR_GOV, F8, mode="change"),
    ],
    "quotes": [
        quote("decisive victory for international law", "South Africa", "direct"),
        quote("outrageous", "Benjamin Netanyahu", "direct"),
        quote("Israel would continue to defend itself", "Benjamin Netanyahu", "indirect"),
    ],
    "entities": [
        entity("International Court of Justice", "ORG", "UNO", ["The International Court of Justice",
                                                                "The court in The Hague", "the court"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "the Palestinian territory"]),
        entity("The Hague", "LOC", "NLD", ["The Hague"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "He"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("António Guterres", "PER", "UNO", ["UN Secretary-General António Guterres"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
