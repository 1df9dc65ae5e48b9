"""Round 90: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports, 2023-2025:
  hm90-de-01  Georgia's parliament overrides the veto of the foreign-influence law (2024-05-28)
  hm90-de-02  Poland's new government replaces the heads of the state media, PiS occupies TVP (2023-12-20)
  hm90-de-03  Leonid Volkov attacked with a hammer in Vilnius (2024-03-13)
  hm90-de-04  Trudeau dines with Trump at Mar-a-Lago after the tariff threat (2024-11-30)
  hm90-en-01  Biden blocks Nippon Steel's takeover of U.S. Steel (2025-01-03)
  hm90-en-02  four Armenian soldiers killed at Nerkin Hand on the Azerbaijani border (2024-02-13)
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm90-de-01: Georgia, foreign-influence law ---------------------------------------------
G1 = ("Das georgische Parlament hat am Dienstag das Veto von Präsidentin Salome Surabischwili gegen das "
      "umstrittene Gesetz über ausländische Einflussnahme überstimmt.")
G2 = ("Die Abgeordneten der Regierungspartei Georgischer Traum stimmten mit 84 Stimmen dafür, die Opposition "
      "verließ aus Protest den Saal.")
G3 = ("Vor dem Parlament in Tiflis protestierten erneut Tausende Menschen, die Polizei setzte Pfefferspray ein und "
      "nahm mehrere Demonstranten fest.")
G4 = "Surabischwili nannte das Gesetz „russisch“ und „unvereinbar mit unserer Verfassung“."
G5 = ("Ministerpräsident Irakli Kobachidse warf Brüssel und Washington dagegen vor, sich in die inneren "
      "Angelegenheiten Georgiens einzumischen.")
G6 = ("US-Außenminister Antony Blinken hatte bereits am Donnerstag Einreisebeschränkungen gegen mehrere georgische "
      "Funktionäre verhängt.")
G7 = "EU-Außenbeauftragter Josep Borrell forderte die Regierung in Tiflis auf, das Gesetz zurückzunehmen."
G8 = "Die meisten Festgenommenen kamen nach Angaben des Innenministeriums noch am Abend wieder frei."

PARL = actor("Parliament of Georgia", "GEO", "LEG")
ZOU = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_POL = actor("Georgian police", "GEO", "COP")
PROT = actor("Protesters in Tbilisi", "GEO", "CVL")
KOB = actor("Irakli Kobakhidze", "GEO", "GOV")

DE01 = {
    "id": "hm90-de-01", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Georgiens Parlament überstimmt Veto gegen umstrittenes Einflussgesetz",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8]),
    "events": [
        event("REJECT", PARL, ZOU, G1, date="2024-05-28"),
        event("PROTEST", actor("Georgian opposition", "GEO", "OPP"), actor("Georgian Dream", "GEO", "PTY"), G2,
              mode="boycott"),
        event("PROTEST", PROT, PARL, G3, mode="demo", date="2024-05-28", location="Tbilisi", location_country="GEO"),
        event("ASSAULT", GEO_POL, PROT, G3, mode="crowd-control", date="2024-05-28", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POL, PROT, G3, mode="arrest", date="2024-05-28", location="Tbilisi",
              location_country="GEO"),
        event("ACCUSE", ZOU, PARL, G4, mode="disapprove"),
        event("ACCUSE", KOB, actor("European Union", "EUR", "IGO"), G5, mode="allege"),
        event("ACCUSE", KOB, actor("United States", "USA", "GOV"), G5, mode="allege"),
        event("SANCTION", actor("Antony Blinken", "USA", "GOV"), actor("Georgian officials", "GEO", "GOV"), G6,
              mode="discontinue", date="2024-05-23"),
        event("REQUEST", actor("Josep Borrell", "EUR", "IGO"), actor("Government of Georgia", "GEO", "GOV"), G7),
        event("RETREAT", GEO_POL, PROT, G8, mode="release", date="2024-05-28"),
    ],
    "quotes": [
        quote("russisch", "Salome Zourabichvili", "direct"),
        quote("unvereinbar mit unserer Verfassung", "Salome Zourabichvili", "direct"),
        quote("sich in die inneren Angelegenheiten Georgiens einzumischen", "Irakli Kobakhidze", "indirect"),
        quote("Die meisten Festgenommenen kamen nach Angaben des Innenministeriums noch am Abend wieder frei",
              "Ministry of Internal Affairs of Georgia", "indirect"),
    ],
    "entities": [
        entity("Parliament of Georgia", "ORG", "GEO", ["Das georgische Parlament", "dem Parlament"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Präsidentin Salome Surabischwili", "Surabischwili"]),
        entity("Georgian Dream", "ORG", "GEO", ["Regierungspartei Georgischer Traum"]),
        entity("Georgian opposition", "ORG", "GEO", ["die Opposition"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Georgian police", "ORG", "GEO", ["die Polizei"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse"]),
        entity("European Union", "ORG", "EUR", ["Brüssel"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Georgia", "GPE", "GEO", ["Georgiens"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Josep Borrell", "PER", "EUR", ["EU-Außenbeauftragter Josep Borrell"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung in Tiflis"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["des Innenministeriums"]),
    ],
}

# --- hm90-de-02: Poland, state media -------------------------------------------------------
P1 = ("Kulturminister Bartłomiej Sienkiewicz hat am Mittwoch die Vorstände des öffentlich-rechtlichen Fernsehens "
      "TVP, des Polnischen Rundfunks und der Nachrichtenagentur PAP abberufen.")
P2 = "Kurz darauf wurde das Signal des Nachrichtensenders TVP Info abgeschaltet."
P3 = ("Abgeordnete der bisherigen Regierungspartei PiS besetzten daraufhin das Sendergebäude in Warschau und "
      "kündigten an, dort die Nacht zu verbringen.")
P4 = ("Parteichef Jarosław Kaczyński sprach von einem »Putsch« und warf Regierungschef Donald Tusk vor, die "
      "Verfassung zu brechen.")
P5 = ("Präsident Andrzej Duda nannte das Vorgehen „rechtswidrig“ und forderte die Regierung auf, die Entscheidung "
      "rückgängig zu machen.")
P6 = "Tusk wies die Forderung zurück."
P7 = "Die Staatsmedien seien unter der PiS zu einem »Propagandainstrument« verkommen, sagte er in Warschau."
P8 = ("Die PiS hatte acht Jahre lang regiert und war nach der Wahl im Oktober von einem proeuropäischen Bündnis "
      "abgelöst worden.")
P9 = "Die EU-Kommission erklärte, sie verfolge die Lage aufmerksam."

SIE = actor("Bartłomiej Sienkiewicz", "POL", "GOV")
PIS = actor("Law and Justice", "POL", "PTY")
POLGOV = actor("Government of Poland", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
DUDA = actor("Andrzej Duda", "POL", "GOV")

DE02 = {
    "id": "hm90-de-02", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Polens neue Regierung tauscht Führung der Staatsmedien aus – PiS spricht von »Putsch«",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9]),
    "events": [
        event("COERCE", SIE, actor("TVP", "POL", "BUS"), P1, mode="restrict", date="2023-12-20"),
        event("COERCE", SIE, actor("Polish Radio", "POL", "BUS"), P1, mode="restrict", date="2023-12-20"),
        event("COERCE", SIE, actor("Polish Press Agency", "POL", "BUS"), P1, mode="restrict", date="2023-12-20"),
        event("COERCE", SIE, actor("TVP Info", "POL", "BUS"), P2, mode="censor", date="2023-12-20"),
        event("PROTEST", PIS, POLGOV, P3, mode="obstruct", date="2023-12-20", location="Warsaw",
              location_country="POL"),
        event("ACCUSE", actor("Jarosław Kaczyński", "POL", "PTY"), TUSK, P4, mode="allege"),
        event("ACCUSE", DUDA, POLGOV, P5, mode="disapprove"),
        event("REQUEST", DUDA, POLGOV, P5),
        event("REJECT", TUSK, DUDA, P6),
        event("ACCUSE", TUSK, PIS, P7, mode="disapprove"),
    ],
    "quotes": [
        quote("Putsch", "Jarosław Kaczyński", "direct"),
        quote("die Verfassung zu brechen", "Jarosław Kaczyński", "indirect"),
        quote("rechtswidrig", "Andrzej Duda", "direct"),
        quote("Propagandainstrument", "Donald Tusk", "direct"),
        quote("Die Staatsmedien seien unter der PiS zu einem »Propagandainstrument« verkommen", "Donald Tusk",
              "indirect"),
        quote("sie verfolge die Lage aufmerksam", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Bartłomiej Sienkiewicz", "PER", "POL", ["Kulturminister Bartłomiej Sienkiewicz"]),
        entity("TVP", "ORG", "POL", ["des öffentlich-rechtlichen Fernsehens TVP"]),
        entity("Polish Radio", "ORG", "POL", ["des Polnischen Rundfunks"]),
        entity("Polish Press Agency", "ORG", "POL", ["der Nachrichtenagentur PAP"]),
        entity("TVP Info", "ORG", "POL", ["des Nachrichtensenders TVP Info"]),
        entity("Law and Justice", "ORG", "POL", ["der bisherigen Regierungspartei PiS", "der PiS", "Die PiS"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Jarosław Kaczyński", "PER", "POL", ["Parteichef Jarosław Kaczyński"]),
        entity("Donald Tusk", "PER", "POL", ["Regierungschef Donald Tusk", "Tusk", "er"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda"]),
        entity("Government of Poland", "ORG", "POL", ["die Regierung"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# --- hm90-de-03: Volkov attacked in Vilnius -------------------------------------------------
V1 = ("Ein Unbekannter hat den langjährigen Vertrauten des verstorbenen Kremlkritikers Alexej Nawalny, Leonid "
      "Wolkow, vor seinem Haus in Vilnius mit einem Hammer angegriffen.")
V2 = "Der 43-Jährige erlitt am Dienstagabend Verletzungen an Bein und Arm, wie sein Team mitteilte."
V3 = "Der litauische Geheimdienst VSD geht davon aus, dass der Angriff »wahrscheinlich von Russland organisiert« wurde."
V4 = "Präsident Gitanas Nausėda richtete sich direkt an Kremlchef Wladimir Putin: „Niemand hat hier Angst vor Ihnen.“"
V5 = "Die Polizei leitete Ermittlungen wegen versuchten Mordes ein."
V6 = "Die Ermittler arbeiten nach Angaben der Staatsanwaltschaft eng mit den Behörden in Polen und Lettland zusammen."
V7 = "Nawalnys Witwe Julija Nawalnaja machte Putin persönlich für den Angriff verantwortlich."
V8 = "Russland hatte Wolkow zur Fahndung ausgeschrieben und als Extremisten eingestuft."
V9 = "Litauens Außenministerium bestellte am Mittwoch den russischen Geschäftsträger ein."

RU = actor("Russia", "RUS", "GOV")
LT_POL = actor("Lithuanian police", "LTU", "COP")
VOL = actor("Leonid Volkov", "RUS", "OPP")

DE03 = {
    "id": "hm90-de-03", "lang": "de", "url": None, "published": "2024-03-13",
    "title": "Hammerangriff auf Nawalny-Vertrauten Wolkow in Vilnius",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9]),
    "events": [
        event("ACCUSE", actor("State Security Department of Lithuania", "LTU", "GOV"), RU, V3, mode="allege"),
        event("ACCUSE", LT_POL, None, V5, mode="investigate"),
        event("COOPERATE", LT_POL, actor("Poland", "POL", "GOV"), V6),
        event("COOPERATE", LT_POL, actor("Latvia", "LVA", "GOV"), V6),
        event("ACCUSE", actor("Yulia Navalnaya", "RUS", "OPP"), actor("Vladimir Putin", "RUS", "GOV"), V7,
              mode="allege"),
        event("THREATEN", RU, VOL, V8, mode="arrest"),
        event("ACCUSE", RU, VOL, V8, mode="allege"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Lithuania", "LTU", "GOV"), RU, V9, mode="disapprove",
              date="2024-03-13"),
    ],
    "quotes": [
        quote("Der 43-Jährige erlitt am Dienstagabend Verletzungen an Bein und Arm", "Team of Leonid Volkov",
              "indirect"),
        quote("wahrscheinlich von Russland organisiert", "State Security Department of Lithuania", "direct"),
        quote("dass der Angriff »wahrscheinlich von Russland organisiert« wurde", "State Security Department of Lithuania",
              "indirect"),
        quote("Niemand hat hier Angst vor Ihnen", "Gitanas Nausėda", "direct"),
        quote("Die Ermittler arbeiten nach Angaben der Staatsanwaltschaft eng mit den Behörden in Polen und Lettland "
              "zusammen", "Prosecutor General's Office of Lithuania", "indirect"),
    ],
    "entities": [
        entity("Alexei Navalny", "PER", "RUS", ["des verstorbenen Kremlkritikers Alexej Nawalny", "Nawalnys"]),
        entity("Leonid Volkov", "PER", "RUS", ["Leonid Wolkow", "Der 43-Jährige", "Wolkow"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Team of Leonid Volkov", "ORG", "RUS", ["sein Team"]),
        entity("State Security Department of Lithuania", "ORG", "LTU", ["Der litauische Geheimdienst VSD"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Präsident Gitanas Nausėda"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Lithuanian police", "ORG", "LTU", ["Die Polizei", "Die Ermittler"]),
        entity("Prosecutor General's Office of Lithuania", "ORG", "LTU", ["der Staatsanwaltschaft"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Latvia", "GPE", "LVA", ["Lettland"]),
        entity("Yulia Navalnaya", "PER", "RUS", ["Nawalnys Witwe Julija Nawalnaja"]),
        entity("Ministry of Foreign Affairs of Lithuania", "ORG", "LTU", ["Litauens Außenministerium"]),
        entity("Chargé d'affaires of Russia in Lithuania", "PER", "RUS", ["den russischen Geschäftsträger"]),
    ],
}

# --- hm90-de-04: Trudeau at Mar-a-Lago ------------------------------------------------------
T1 = ("Kanadas Premierminister Justin Trudeau ist am Freitagabend überraschend zu einem Abendessen mit dem "
      "designierten US-Präsidenten Donald Trump in dessen Anwesen Mar-a-Lago in Florida gereist.")
T2 = ("Trump hatte am Montag angekündigt, gleich nach seinem Amtsantritt Zölle von 25 Prozent auf alle Waren aus "
      "Kanada und Mexiko zu erheben, solange Drogen und Migranten über die Grenzen kämen.")
T3 = ("Bei dem Treffen sei es um Grenzsicherheit, Handel und Energie gegangen, sagte Kanadas Minister für "
      "öffentliche Sicherheit Dominic LeBlanc, der Trudeau begleitete.")
T4 = ("Das Gespräch sei „sehr produktiv“ gewesen, schrieb Trump danach auf seiner Plattform Truth Social, ohne eine "
      "Rücknahme der Zolldrohung anzukündigen.")
T5 = "Trudeau hatte zuvor gewarnt, Ottawa werde auf neue Zölle antworten."
T6 = "Mexikos Präsidentin Claudia Sheinbaum telefonierte am Mittwoch mit Trump."
T7 = ("Sie sagte anschließend zu, die Zusammenarbeit bei der Bekämpfung des Drogenschmuggels auszubauen, wies aber "
      "den Vorwurf zurück, Mexiko tue zu wenig.")
T8 = "Ontarios Regierungschef Doug Ford verlangte derweil, Mexiko aus dem nordamerikanischen Freihandelsabkommen auszuschließen."

TRU = actor("Justin Trudeau", "CAN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
SHE = actor("Claudia Sheinbaum", "MEX", "GOV")

DE04 = {
    "id": "hm90-de-04", "lang": "de", "url": None, "published": "2024-11-30",
    "title": "Trudeau besucht Trump in Mar-a-Lago nach Zolldrohung",
    "text": paragraphs([T1, T2], [T3, T4, T5], [T6, T7, T8]),
    "events": [
        event("CONSULT", TRU, TRUMP, T1, mode="visit", date="2024-11-29", location="Mar-a-Lago",
              location_country="USA"),
        event("THREATEN", TRUMP, actor("Canada", "CAN", "GOV"), T2, date="2024-11-25"),
        event("THREATEN", TRUMP, actor("Mexico", "MEX", "GOV"), T2, date="2024-11-25"),
        event("CONSULT", TRU, TRUMP, T3, mode="visit"),
        event("CONCEDE", TRUMP, actor("Canada", "CAN", "GOV"), T4, negated=True),
        event("THREATEN", TRU, actor("United States", "USA", "GOV"), T5),
        event("CONSULT", SHE, TRUMP, T6, mode="phone", date="2024-11-27"),
        event("AGREE", SHE, TRUMP, T7),
        event("REQUEST", actor("Doug Ford", "CAN", "GOV"), None, T8),
    ],
    "quotes": [
        quote("Bei dem Treffen sei es um Grenzsicherheit, Handel und Energie gegangen", "Dominic LeBlanc", "indirect"),
        quote("sehr produktiv", "Donald Trump", "direct"),
        quote("Das Gespräch sei „sehr produktiv“ gewesen", "Donald Trump", "indirect"),
        quote("Ottawa werde auf neue Zölle antworten", "Justin Trudeau", "indirect"),
    ],
    "entities": [
        entity("Justin Trudeau", "PER", "CAN", ["Kanadas Premierminister Justin Trudeau", "Trudeau"]),
        entity("Donald Trump", "PER", "USA", ["dem designierten US-Präsidenten Donald Trump", "Trump"]),
        entity("Mar-a-Lago", "LOC", "USA", ["Mar-a-Lago"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Canada", "GPE", "CAN", ["Kanada", "Kanadas", "Ottawa"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko", "Mexikos"]),
        entity("Dominic LeBlanc", "PER", "CAN",
               ["Kanadas Minister für öffentliche Sicherheit Dominic LeBlanc"]),
        entity("Truth Social", "ORG", "USA", ["Truth Social"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Mexikos Präsidentin Claudia Sheinbaum", "Sie"]),
        entity("Doug Ford", "PER", "CAN", ["Ontarios Regierungschef Doug Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontarios"]),
        entity("United States-Mexico-Canada Agreement", "ORG", None, ["dem nordamerikanischen Freihandelsabkommen"]),
    ],
}

# --- hm90-en-01: Nippon Steel and U.S. Steel -------------------------------------------------
N1 = ("President Joe Biden on Friday blocked Nippon Steel's $14.9 billion bid for U.S. Steel, citing risks to "
      "national security.")
N2 = ("“A strong domestically owned and operated American steel industry represents an essential national security "
      "priority,” Biden said in a statement.")
N3 = "The White House also rejected a request by the Japanese company for a further review of the deal."
N4 = ("Nippon Steel and U.S. Steel said in a joint statement that the decision was “a clear violation of due "
      "process” and announced they would take legal action.")
N5 = "In Tokyo, Trade Minister Yoji Muto called the decision “incomprehensible and regrettable”."
N6 = "Prime Minister Shigeru Ishiba said Japan had asked Washington for a full explanation of its security concerns."
N7 = "The United Steelworkers union, which had opposed the takeover, welcomed the decision."
N8 = "President-elect Donald Trump has also vowed to block the deal."
N9 = ("Japan is the largest foreign investor in the United States, and Ishiba is expected to raise the issue when he "
      "meets Trump.")

BID = actor("Joe Biden", "USA", "GOV")
NIP = actor("Nippon Steel", "JPN", "BUS")

EN01 = {
    "id": "hm90-en-01", "lang": "en", "url": None, "published": "2025-01-03",
    "title": "Biden blocks Nippon Steel's takeover of U.S. Steel",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9]),
    "events": [
        event("SANCTION", BID, NIP, N1, mode="discontinue", date="2025-01-03"),
        event("REJECT", actor("White House", "USA", "GOV"), NIP, N3),
        event("ACCUSE", NIP, BID, N4, mode="disapprove"),
        event("ACCUSE", actor("U.S. Steel", "USA", "BUS"), BID, N4, mode="disapprove"),
        event("ACCUSE", actor("Yoji Muto", "JPN", "GOV"), BID, N5, mode="disapprove"),
        event("REQUEST", actor("Japan", "JPN", "GOV"), actor("United States", "USA", "GOV"), N6),
        event("SUPPORT", actor("United Steelworkers", "USA", "LAB"), BID, N7),
        event("THREATEN", actor("Donald Trump", "USA", "GOV"), NIP, N8),
    ],
    "quotes": [
        quote("A strong domestically owned and operated American steel industry represents an essential national "
              "security priority", "Joe Biden", "direct"),
        quote("a clear violation of due process", "Nippon Steel", "direct"),
        quote("that the decision was “a clear violation of due process”", "Nippon Steel", "indirect"),
        quote("incomprehensible and regrettable", "Yoji Muto", "direct"),
        quote("Japan had asked Washington for a full explanation of its security concerns", "Shigeru Ishiba",
              "indirect"),
    ],
    "entities": [
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Nippon Steel", "ORG", "JPN", ["Nippon Steel", "the Japanese company"]),
        entity("U.S. Steel", "ORG", "USA", ["U.S. Steel"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("Yoji Muto", "PER", "JPN", ["Trade Minister Yoji Muto"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Prime Minister Shigeru Ishiba", "Ishiba"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States"]),
        entity("United Steelworkers", "ORG", "USA", ["The United Steelworkers union"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump", "Trump"]),
    ],
}

# --- hm90-en-02: Nerkin Hand ---------------------------------------------------------------
K1 = ("Four Armenian soldiers were killed and another was wounded on Tuesday when Azerbaijani forces opened fire on "
      "a military post near the village of Nerkin Hand in Armenia's Syunik province, Yerevan said.")
K2 = ("Azerbaijan's State Border Service said its units had carried out a “revenge operation” after Armenian troops "
      "fired at its positions the day before.")
K3 = "Armenia's Defence Ministry denied that its troops had fired first."
K4 = "Prime Minister Nikol Pashinyan called the attack a “gross provocation” aimed at derailing the peace process."
K5 = ("EU foreign policy chief Josep Borrell condemned the killings and called on both sides to refrain from "
      "further escalation.")
K6 = "Moscow, which has long acted as a mediator in the conflict, urged restraint."
K7 = "The shooting was the deadliest incident on the border since Azerbaijan retook Nagorno-Karabakh in September."
K8 = "Baku and Yerevan had agreed in December to exchange prisoners and to work toward a peace treaty."
K9 = "Pashinyan said Armenia remained ready to sign an agreement as soon as possible."

ARM = actor("Armenia", "ARM", "GOV")
AZE = actor("Azerbaijan", "AZE", "GOV")
SBS = actor("State Border Service of Azerbaijan", "AZE", "MIL")
ARM_MIL = actor("Armenian Armed Forces", "ARM", "MIL")
PAS = actor("Nikol Pashinyan", "ARM", "GOV")
BOR = actor("Josep Borrell", "EUR", "IGO")

EN02 = {
    "id": "hm90-en-02", "lang": "en", "url": None, "published": "2024-02-13",
    "title": "Four Armenian soldiers killed in shooting on Azerbaijani border",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9]),
    "events": [
        event("ACCUSE", ARM, actor("Azerbaijani Armed Forces", "AZE", "MIL"), K1, mode="allege", date="2024-02-13"),
        event("ASSAULT", SBS, ARM_MIL, K2, mode="firearms", date="2024-02-13", location="Nerkin Hand",
              location_country="ARM"),
        event("ACCUSE", SBS, ARM_MIL, K2, mode="allege"),
        event("ACCUSE", PAS, AZE, K4, mode="disapprove"),
        event("ACCUSE", BOR, AZE, K5, mode="disapprove"),
        event("REQUEST", BOR, ARM, K5),
        event("REQUEST", BOR, AZE, K5),
        event("REQUEST", actor("Russia", "RUS", "GOV"), None, K6),
        event("AGREE", AZE, ARM, K8),
        event("AGREE", PAS, AZE, K9),
    ],
    "quotes": [
        quote("Four Armenian soldiers were killed and another was wounded on Tuesday when Azerbaijani forces opened "
              "fire on a military post near the village of Nerkin Hand in Armenia's Syunik province", "Armenia",
              "indirect"),
        quote("revenge operation", "State Border Service of Azerbaijan", "direct"),
        quote("its units had carried out a “revenge operation” after Armenian troops fired at its positions the day "
              "before", "State Border Service of Azerbaijan", "indirect"),
        quote("that its troops had fired first", "Ministry of Defence of Armenia", "indirect"),
        quote("gross provocation", "Nikol Pashinyan", "direct"),
        quote("Armenia remained ready to sign an agreement as soon as possible", "Nikol Pashinyan", "indirect"),
    ],
    "entities": [
        entity("Armenian Armed Forces", "ORG", "ARM", ["Four Armenian soldiers", "Armenian troops", "its troops"]),
        entity("Azerbaijani Armed Forces", "ORG", "AZE", ["Azerbaijani forces"]),
        entity("Nerkin Hand", "LOC", "ARM", ["the village of Nerkin Hand"]),
        entity("Syunik", "LOC", "ARM", ["Armenia's Syunik province"]),
        entity("Armenia", "GPE", "ARM", ["Yerevan", "Armenia"]),
        entity("State Border Service of Azerbaijan", "ORG", "AZE", ["Azerbaijan's State Border Service"]),
        entity("Ministry of Defence of Armenia", "ORG", "ARM", ["Armenia's Defence Ministry"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Prime Minister Nikol Pashinyan", "Pashinyan"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("Russia", "GPE", "RUS", ["Moscow"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Baku"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Nagorno-Karabakh"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
