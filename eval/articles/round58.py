"""Round 58: six invented wire-style articles (4 German, 2 English), written blind.

1. hm58-de-01  The Russian missile strike on Sumy on Palm Sunday (2025-04-14)
2. hm58-de-02  Rubio and Lavrov meet in Riyadh without Ukraine (2025-02-18)
3. hm58-de-03  Washington revokes Colombian president Petro's visa (2025-09-27)
4. hm58-de-04  South Africa and Rwanda row over soldiers killed near Goma (2025-01-29)
5. hm58-en-01  Kim Jong Un declares South Korea the "primary foe" (2024-01-16)
6. hm58-en-02  Fiji ends its policing agreement with China (2023-01-26)

The events are invented but plausible, not reported facts. Texts are built sentence by sentence
with `paragraphs`, so every evidence is exactly one sentence of its text.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm58-de-01: Sumy
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
SUMY_CIV = actor("Civilians in Sumy", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS = actor("Russia", "RUS", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
USA = actor("United States", "USA", "GOV")
POL = actor("Poland", "POL", "GOV")

D1_1 = "Bei einem russischen Raketenangriff auf die ukrainische Stadt Sumy sind am Sonntag mindestens 34 Menschen getötet worden, darunter zwei Kinder."
D1_2 = "Zwei ballistische Raketen schlugen nach Angaben der Behörden im Stadtzentrum ein, als viele Menschen auf dem Weg zum Palmsonntagsgottesdienst waren."
D1_3 = "Präsident Wolodymyr Selenskyj warf Moskau vor, gezielt Zivilisten anzugreifen, und forderte eine harte Reaktion der Welt."
D1_4 = "„Nur Abschaum kann so handeln“, schrieb er auf Telegram."
D1_5 = "Das russische Verteidigungsministerium erklärte am Montag, es habe in Sumy ein Treffen ukrainischer Kommandeure angegriffen und mehr als 60 Soldaten getötet."
D1_6 = "Kremlsprecher Dmitri Peskow sagte, die Armee greife ausschließlich militärische Ziele an."
D1_7 = "Bundeskanzler Olaf Scholz verurteilte den Angriff als »barbarisch«."
D1_8 = "Der US-Sondergesandte Keith Kellogg schrieb, der Angriff überschreite »jede Grenze des Anstands«."
D1_9 = "Frankreichs Präsident Emmanuel Macron telefonierte mit Selenskyj und sagte weitere Luftabwehrsysteme zu."
D1_11 = "Polen schickte noch am Montag Generatoren und Medikamente in die Stadt."
D1_10 = "Einer von Washington vorgeschlagenen umfassenden Waffenruhe hat Moskau bislang nicht zugestimmt."

ART1 = {
    "id": "hm58-de-01", "lang": "de", "url": None, "published": "2025-04-14",
    "title": "Dutzende Tote bei russischem Raketenangriff auf Sumy",
    "text": paragraphs([D1_1, D1_2, D1_3, D1_4], [D1_5, D1_6], [D1_7, D1_8, D1_9, D1_11, D1_10]),
    "events": [
        event("ASSAULT", RUS_MIL, SUMY_CIV, D1_1, date="2025-04-13", location="Sumy", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUS, D1_3, mode="allege"),
        event("REQUEST", ZELENSKY, None, D1_3),
        event("ACCUSE", ZELENSKY, RUS, D1_4, mode="disapprove"),
        event("ASSAULT", RUS_MOD, UKR_MIL, D1_5, date="2025-04-13", location="Sumy", location_country="UKR"),
        event("ACCUSE", SCHOLZ, RUS, D1_7, mode="disapprove"),
        event("ACCUSE", KELLOGG, RUS, D1_8, mode="disapprove"),
        event("CONSULT", MACRON, ZELENSKY, D1_9, mode="phone"),
        event("AGREE", MACRON, ZELENSKY, D1_9),
        event("AID", POL, SUMY_CIV, D1_11, date="2025-04-14", location="Sumy", location_country="UKR"),
        event("AGREE", RUS, USA, D1_10, negated=True),
    ],
    "quotes": [
        quote("Zwei ballistische Raketen schlugen nach Angaben der Behörden im Stadtzentrum ein, als viele Menschen auf dem Weg zum Palmsonntagsgottesdienst waren", "Ukrainian authorities", "indirect"),
        quote("gezielt Zivilisten anzugreifen", "Volodymyr Zelensky", "indirect"),
        quote("Nur Abschaum kann so handeln", "Volodymyr Zelensky", "direct"),
        quote("es habe in Sumy ein Treffen ukrainischer Kommandeure angegriffen und mehr als 60 Soldaten getötet", "Ministry of Defence of Russia", "indirect"),
        quote("die Armee greife ausschließlich militärische Ziele an", "Dmitry Peskov", "indirect"),
        quote("barbarisch", "Olaf Scholz", "direct"),
        quote("jede Grenze des Anstands", "Keith Kellogg", "direct"),
        quote("der Angriff überschreite »jede Grenze des Anstands«", "Keith Kellogg", "indirect"),
    ],
    "entities": [
        entity("Sumy", "LOC", "UKR", ["die ukrainische Stadt Sumy", "Sumy", "die Stadt"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er", "Selenskyj"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium", "es"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["ukrainischer Kommandeure", "mehr als 60 Soldaten"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["die Armee"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Keith Kellogg", "PER", "USA", ["Der US-Sondergesandte Keith Kellogg"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("France", "GPE", "FRA", ["Frankreichs"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
    ],
}

# ---------------------------------------------------------------- hm58-de-02: Riyadh talks
RUBIO = actor("Marco Rubio", "USA", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
NATO = actor("NATO", "IGO", "IGO")
SAU = actor("Saudi Arabia", "SAU", "GOV")
EU_LEADERS = actor("European heads of government", None, "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")

D2_1 = "Die Außenminister der USA und Russlands, Marco Rubio und Sergej Lawrow, haben sich am Dienstag in der saudischen Hauptstadt Riad zu ihren ersten direkten Gesprächen seit Beginn des Ukraine-Kriegs getroffen."
D2_2 = "Beide Seiten einigten sich nach Angaben des US-Außenministeriums darauf, die Arbeit ihrer Botschaften zu normalisieren und Verhandlungsteams für die Ukraine zu benennen."
D2_3 = "„Wir haben einander nicht nur zugehört, sondern auch gehört“, sagte Lawrow."
D2_4 = "Rubio sagte, ein Ende des Krieges erfordere Zugeständnisse aller Seiten."
D2_5 = "Lawrow schloss eine Stationierung von Friedenstruppen aus Nato-Staaten in der Ukraine kategorisch aus."
D2_6 = "Moskau verlangte zudem die Rückgabe beschlagnahmter diplomatischer Liegenschaften in den USA."
D2_7 = "Präsident Wolodymyr Selenskyj, dessen Regierung nicht eingeladen war, warf Washington vor, über die Köpfe der Ukrainer hinweg zu verhandeln."
D2_8 = "Einen für Mittwoch geplanten Besuch in Saudi-Arabien sagte er ab."
D2_9 = "In Paris hatten am Montag mehrere europäische Regierungschefs auf Einladung von Präsident Emmanuel Macron über die Lage beraten."
D2_10 = "Bundeskanzler Olaf Scholz nannte die dort geführte Debatte über eine Friedenstruppe »völlig verfrüht«."
D2_11 = "Polens Regierungschef Donald Tusk forderte Washington auf, Europa an allen Gesprächen zu beteiligen."

ART2 = {
    "id": "hm58-de-02", "lang": "de", "url": None, "published": "2025-02-18",
    "title": "USA und Russland verhandeln in Riad – ohne die Ukraine",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7, D2_8], [D2_9, D2_10, D2_11]),
    "events": [
        event("CONSULT", RUBIO, LAVROV, D2_1, mode="third-party", date="2025-02-18",
              location="Riyadh", location_country="SAU"),
        event("AGREE", USA, RUS, D2_2, date="2025-02-18"),
        event("REJECT", LAVROV, NATO, D2_5),
        event("REQUEST", RUS, USA, D2_6, mode="yield"),
        event("ACCUSE", ZELENSKY, USA, D2_7, mode="disapprove"),
        event("REJECT", ZELENSKY, SAU, D2_8, mode="meet"),
        event("CONSULT", EU_LEADERS, MACRON, D2_9, date="2025-02-17", location="Paris", location_country="FRA"),
        event("REQUEST", TUSK, USA, D2_11, mode="meet"),
    ],
    "quotes": [
        quote("Beide Seiten einigten sich nach Angaben des US-Außenministeriums darauf, die Arbeit ihrer Botschaften zu normalisieren und Verhandlungsteams für die Ukraine zu benennen", "United States Department of State", "indirect"),
        quote("Wir haben einander nicht nur zugehört, sondern auch gehört", "Sergey Lavrov", "direct"),
        quote("ein Ende des Krieges erfordere Zugeständnisse aller Seiten", "Marco Rubio", "indirect"),
        quote("über die Köpfe der Ukrainer hinweg zu verhandeln", "Volodymyr Zelensky", "indirect"),
        quote("völlig verfrüht", "Olaf Scholz", "direct"),
    ],
    "entities": [
        entity("Marco Rubio", "PER", "USA", ["Marco Rubio", "Rubio"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Sergej Lawrow", "Lawrow"]),
        entity("United States", "GPE", "USA", ["der USA", "den USA", "Washington"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau"]),
        entity("Riyadh", "LOC", "SAU", ["der saudischen Hauptstadt Riad"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("NATO", "ORG", "IGO", ["Nato-Staaten"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er"]),
        entity("Government of Ukraine", "ORG", "UKR", ["dessen Regierung"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("European heads of government", "PER", None, ["mehrere europäische Regierungschefs"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Donald Tusk", "PER", "POL", ["Polens Regierungschef Donald Tusk"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm58-de-03: Petro's visa
STATE = actor("United States Department of State", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
VILLA = actor("Yolanda Villavicencio", "COL", "GOV")
UN = actor("United Nations", "UNO", "IGO")
COL = actor("Colombia", "COL", "GOV")
COL_NAVY = actor("Colombian Navy", "COL", "MIL")
USCG = actor("United States Coast Guard", "USA", "MIL")

D3_1 = "Die US-Regierung hat dem kolumbianischen Präsidenten Gustavo Petro das Visum entzogen."
D3_2 = "Petro habe bei einer Kundgebung in New York US-Soldaten zum Ungehorsam aufgerufen und damit »rücksichtslos und aufwieglerisch« gehandelt, teilte das Außenministerium in Washington am Freitagabend mit."
D3_3 = "Der Linkspolitiker hatte bei der Kundgebung nahe dem UN-Hauptquartier zudem Präsident Donald Trump scharf kritisiert."
D3_4 = "Petro, der am Samstag nach Bogotá zurückkehrte, erklärte, die USA verstießen mit der Entscheidung gegen das Abkommen über den UN-Sitz."
D3_5 = "»Mir ist das Visum egal, ich bin nicht nur Kolumbianer, sondern auch Europäer«, schrieb er auf der Plattform X."
D3_6 = "Außenministerin Yolanda Villavicencio bestellte den Geschäftsträger der US-Botschaft ein."
D3_7 = "Die Generalversammlung der Vereinten Nationen solle künftig an einem neutralen Ort tagen, forderte sie."
D3_8 = "Die Beziehungen zwischen Bogotá und Washington sind seit Monaten angespannt."
D3_9 = "Mitte September hatten die USA Kolumbien die Anerkennung als Partner im Kampf gegen Drogen entzogen."
D3_11 = "Dennoch hatte Kolumbiens Marine erst vergangene Woche gemeinsam mit der US-Küstenwache ein mit Kokain beladenes Halbtauchboot gestoppt."
D3_10 = "Petro kündigte daraufhin an, keine Waffen mehr in den Vereinigten Staaten zu kaufen."

ART3 = {
    "id": "hm58-de-03", "lang": "de", "url": None, "published": "2025-09-27",
    "title": "USA entziehen Kolumbiens Präsident Petro das Visum",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10, D3_11]),
    "events": [
        event("SANCTION", USA, PETRO, D3_1, date="2025-09-26"),
        event("ACCUSE", STATE, PETRO, D3_2, mode="allege", date="2025-09-26"),
        event("ACCUSE", PETRO, TRUMP, D3_3, mode="disapprove", location="New York", location_country="USA"),
        event("ACCUSE", PETRO, USA, D3_4, mode="allege"),
        event("ACCUSE", VILLA, USA, D3_6, mode="disapprove"),
        event("REQUEST", VILLA, UN, D3_7, mode="change"),
        event("SANCTION", USA, COL, D3_9, mode="discontinue"),
        event("THREATEN", PETRO, USA, D3_10),
        event("COOPERATE", COL_NAVY, USCG, D3_11),
    ],
    "quotes": [
        quote("Petro habe bei einer Kundgebung in New York US-Soldaten zum Ungehorsam aufgerufen und damit »rücksichtslos und aufwieglerisch« gehandelt", "United States Department of State", "indirect"),
        quote("rücksichtslos und aufwieglerisch", "United States Department of State", "direct"),
        quote("die USA verstießen mit der Entscheidung gegen das Abkommen über den UN-Sitz", "Gustavo Petro", "indirect"),
        quote("Mir ist das Visum egal, ich bin nicht nur Kolumbianer, sondern auch Europäer", "Gustavo Petro", "direct"),
        quote("Die Generalversammlung der Vereinten Nationen solle künftig an einem neutralen Ort tagen", "Yolanda Villavicencio", "indirect"),
    ],
    "entities": [
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Gustavo Petro", "PER", "COL",
               ["dem kolumbianischen Präsidenten Gustavo Petro", "Petro", "Der Linkspolitiker", "er"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United States Department of State", "ORG", "USA", ["das Außenministerium in Washington"]),
        entity("United States", "GPE", "USA", ["Washington", "die USA", "den Vereinigten Staaten"]),
        entity("United Nations", "ORG", "UNO", ["UN-Hauptquartier", "der Vereinten Nationen"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Yolanda Villavicencio", "PER", "COL", ["Außenministerin Yolanda Villavicencio", "sie"]),
        entity("Embassy of the United States in Colombia", "ORG", "USA", ["der US-Botschaft"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["Die Generalversammlung der Vereinten Nationen"]),
        entity("Colombia", "GPE", "COL", ["Kolumbien", "Bogotá"]),
        entity("Colombian Navy", "ORG", "COL", ["Kolumbiens Marine"]),
        entity("United States Coast Guard", "ORG", "USA", ["der US-Küstenwache"]),
    ],
}

# ---------------------------------------------------------------- hm58-de-04: South Africa / Rwanda
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
M23 = actor("M23", "COD", "REB")
RDF = actor("Rwanda Defence Force", "RWA", "MIL")
KAGAME = actor("Paul Kagame", "RWA", "GOV")
TSHISEKEDI = actor("Félix Tshisekedi", "COD", "GOV")
SAMIDRC = actor("SADC Mission in the Democratic Republic of Congo (SAMIDRC)", "IGO", "IGO")
ZAF = actor("South Africa", "ZAF", "GOV")
RWA = actor("Rwanda", "RWA", "GOV")
COD = actor("Democratic Republic of the Congo", "COD", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
ICRC = actor("International Committee of the Red Cross", "NGO", "NGO")

D4_1 = "Der Streit zwischen Südafrika und Ruanda über den Tod von 13 südafrikanischen Soldaten im Osten Kongos spitzt sich zu."
D4_2 = "Präsident Cyril Ramaphosa machte die Rebellenmiliz M23 und die ruandische Armee für die Angriffe auf die Friedenstruppe der Entwicklungsgemeinschaft SADC verantwortlich."
D4_3 = "„Unsere Soldaten sind nicht im Kongo, um Krieg gegen irgendein Land zu führen“, sagte er."
D4_4 = "Nach Angaben seines Büros telefonierte Ramaphosa mit Ruandas Präsident Paul Kagame und dessen kongolesischem Amtskollegen Félix Tshisekedi."
D4_5 = "Kagame wies die Darstellung am Mittwoch zurück."
D4_6 = "Die SADC-Truppe sei keine Friedensmission, sondern eine Kriegspartei, die an der Seite von Milizen gegen die eigene Bevölkerung des Kongos kämpfe, schrieb er auf X."
D4_7 = "„Wenn Südafrika die Konfrontation vorzieht“, so Kagame, „wird Ruanda sich jederzeit in diesem Kontext damit befassen.“"
D4_8 = "Pretoria bestellte daraufhin den ruandischen Hochkommissar ein."
D4_9 = "Die Regierung in Kinshasa dankte Südafrika für seinen Einsatz."
D4_11 = "Die M23-Rebellen gewährten dem Roten Kreuz nach Angaben der Vereinten Nationen Zugang zu den Verwundeten in Goma."
D4_10 = "UN-Generalsekretär António Guterres forderte Ruanda auf, seine Truppen aus dem Kongo abzuziehen."

ART4 = {
    "id": "hm58-de-04", "lang": "de", "url": None, "published": "2025-01-29",
    "title": "Südafrika und Ruanda streiten über getötete Soldaten im Kongo",
    "text": paragraphs([D4_1, D4_2, D4_3, D4_4], [D4_5, D4_6, D4_7], [D4_8, D4_9, D4_11, D4_10]),
    "events": [
        event("ACCUSE", RAMAPHOSA, M23, D4_2, mode="allege"),
        event("ACCUSE", RAMAPHOSA, RDF, D4_2, mode="allege"),
        event("CONSULT", RAMAPHOSA, KAGAME, D4_4, mode="phone"),
        event("CONSULT", RAMAPHOSA, TSHISEKEDI, D4_4, mode="phone"),
        event("ACCUSE", KAGAME, SAMIDRC, D4_6, mode="allege", date="2025-01-29"),
        event("THREATEN", KAGAME, ZAF, D4_7, mode="violence", date="2025-01-29"),
        event("ACCUSE", ZAF, RWA, D4_8, mode="disapprove"),
        event("SUPPORT", COD, ZAF, D4_9),
        event("RETREAT", M23, ICRC, D4_11, mode="access", location="Goma", location_country="COD"),
        event("REQUEST", GUTERRES, RWA, D4_10, mode="change"),
    ],
    "quotes": [
        quote("Unsere Soldaten sind nicht im Kongo, um Krieg gegen irgendein Land zu führen", "Cyril Ramaphosa", "direct"),
        quote("Nach Angaben seines Büros telefonierte Ramaphosa mit Ruandas Präsident Paul Kagame und dessen kongolesischem Amtskollegen Félix Tshisekedi", "Presidency of South Africa", "indirect"),
        quote("Die SADC-Truppe sei keine Friedensmission, sondern eine Kriegspartei, die an der Seite von Milizen gegen die eigene Bevölkerung des Kongos kämpfe", "Paul Kagame", "indirect"),
        quote("Wenn Südafrika die Konfrontation vorzieht", "Paul Kagame", "direct"),
        quote("Die M23-Rebellen gewährten dem Roten Kreuz nach Angaben der Vereinten Nationen Zugang zu den Verwundeten in Goma", "United Nations", "indirect"),
        quote("wird Ruanda sich jederzeit in diesem Kontext damit befassen", "Paul Kagame", "direct"),
    ],
    "entities": [
        entity("South Africa", "GPE", "ZAF", ["Südafrika", "Pretoria"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Ruandas"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Kongos", "Kongo", "dem Kongo"]),
        entity("South African National Defence Force", "ORG", "ZAF",
               ["13 südafrikanischen Soldaten", "Unsere Soldaten"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "er", "Ramaphosa"]),
        entity("M23", "ORG", "COD", ["die Rebellenmiliz M23", "Die M23-Rebellen"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["dem Roten Kreuz"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Rwanda Defence Force", "ORG", "RWA", ["die ruandische Armee", "seine Truppen"]),
        entity("SADC Mission in the Democratic Republic of Congo (SAMIDRC)", "ORG", "IGO",
               ["die Friedenstruppe der Entwicklungsgemeinschaft SADC", "Die SADC-Truppe"]),
        entity("Southern African Development Community (SADC)", "ORG", "IGO", ["Entwicklungsgemeinschaft SADC"]),
        entity("Presidency of South Africa", "ORG", "ZAF", ["seines Büros"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame", "Kagame"]),
        entity("Félix Tshisekedi", "PER", "COD", ["dessen kongolesischem Amtskollegen Félix Tshisekedi"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("High Commissioner of Rwanda to South Africa", "PER", "RWA", ["den ruandischen Hochkommissar"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["Die Regierung in Kinshasa"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm58-en-01: Kim's "primary foe"
KIM = actor("Kim Jong Un", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
SPA = actor("Supreme People's Assembly", "PRK", "LEG")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")
CHN = actor("China", "CHN", "GOV")
KOR_MIL = actor("Republic of Korea Armed Forces", "KOR", "MIL")

E1_1 = "North Korean leader Kim Jong Un has declared South Korea his country's “primary foe,” state media reported on Tuesday."
E1_2 = "Speaking at the Supreme People's Assembly on Monday, Kim said Pyongyang would not hesitate to “annihilate” the South if a war broke out."
E1_3 = "The assembly also abolished three state agencies that had handled cooperation and tourism with Seoul."
E1_4 = "South Korean President Yoon Suk Yeol called the move “anti-national” at a cabinet meeting."
E1_5 = "“If North Korea provokes us,” he said, “we will punish it multiple times over.”"
E1_6 = "Seoul's Unification Ministry urged Pyongyang to stop its hostile rhetoric."
E1_10 = "South Korea's military said it had raised its readiness posture along the border."
E1_7 = "Relations between the two Koreas have sunk to their lowest point in years as the North has expanded its weapons tests."
E1_8 = "China, the North's main ally, called on both Koreas to exercise restraint."
E1_9 = "Washington remained open to talks with North Korea “without preconditions”, a State Department spokesperson said."

ART5 = {
    "id": "hm58-en-01", "lang": "en", "url": None, "published": "2024-01-16",
    "title": "Kim Jong Un declares South Korea North's 'primary foe'",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6, E1_10], [E1_7, E1_8, E1_9]),
    "events": [
        event("ACCUSE", KIM, KOR, E1_1, mode="disapprove"),
        event("THREATEN", KIM, KOR, E1_2, mode="violence", date="2024-01-15"),
        event("SANCTION", SPA, KOR, E1_3, mode="discontinue", date="2024-01-15"),
        event("ACCUSE", YOON, PRK, E1_4, mode="disapprove"),
        event("THREATEN", YOON, PRK, E1_5, mode="violence"),
        event("REQUEST", MOU, PRK, E1_6, mode="change"),
        event("MOBILIZE", KOR_MIL, None, E1_10, mode="troops"),
        event("REQUEST", CHN, PRK, E1_8),
        event("REQUEST", CHN, KOR, E1_8),
        event("AGREE", USA, PRK, E1_9),
    ],
    "quotes": [
        quote("primary foe", "Kim Jong Un", "direct"),
        quote("annihilate", "Kim Jong Un", "direct"),
        quote("Pyongyang would not hesitate to “annihilate” the South if a war broke out", "Kim Jong Un", "indirect"),
        quote("anti-national", "Yoon Suk Yeol", "direct"),
        quote("If North Korea provokes us", "Yoon Suk Yeol", "direct"),
        quote("we will punish it multiple times over", "Yoon Suk Yeol", "direct"),
        quote("it had raised its readiness posture along the border", "Republic of Korea Armed Forces", "indirect"),
        quote("without preconditions", "Spokesperson of the United States Department of State", "direct"),
        quote("Washington remained open to talks with North Korea “without preconditions”", "Spokesperson of the United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Kim Jong Un", "PER", "PRK", ["North Korean leader Kim Jong Un", "Kim"]),
        entity("South Korea", "GPE", "KOR", ["South Korea", "the South", "Seoul", "Seoul's", "South Korea's"]),
        entity("North Korea", "GPE", "PRK", ["his country's", "Pyongyang", "North Korea", "the North", "the North's"]),
        entity("Supreme People's Assembly", "ORG", "PRK", ["the Supreme People's Assembly", "The assembly"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol", "he"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Seoul's Unification Ministry"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Republic of Korea Armed Forces", "ORG", "KOR", ["South Korea's military"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Spokesperson of the United States Department of State", "PER", "USA", ["a State Department spokesperson"]),
    ],
}

# ---------------------------------------------------------------- hm58-en-02: Fiji / China policing
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
CHN_EMB = actor("Embassy of China in Fiji", "CHN", "GOV")
FJI = actor("Fiji", "FJI", "GOV")
AUS = actor("Australia", "AUS", "GOV")
NZL = actor("New Zealand", "NZL", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
AUS_HC = actor("High Commissioner of Australia to Fiji", "AUS", "GOV")
BAINI = actor("Frank Bainimarama", "FJI", "OPP")
FJI_GOV = actor("Government of Fiji", "FJI", "GOV")

E2_1 = "Fiji will end a policing agreement with China and send home Chinese officers working with its police force, Prime Minister Sitiveni Rabuka said on Wednesday."
E2_2 = "“Our systems of democracy and justice systems are different, so we will go back to those that have similar systems with us,” Rabuka told the Fiji Times."
E2_3 = "Rabuka discussed the decision with Australia's high commissioner on Tuesday, his office said."
E2_4 = "The Chinese embassy in Suva urged Fiji to “treasure” the two countries' cooperation and not to be swayed by “third parties.”"
E2_5 = "Rabuka, who took office in December, also said Fiji would deepen its security ties with Australia and New Zealand."
E2_6 = "Australian Foreign Minister Penny Wong welcomed the move and said Canberra stood ready to help train Fijian officers."
E2_7 = "Beijing has sought closer security ties with Pacific island nations in recent years."
E2_8 = "Former prime minister Frank Bainimarama, now leader of the opposition, accused the government of jeopardising relations with a key development partner."
E2_9 = "“Fiji remains a friend to all and an enemy to none,” Rabuka said."

ART6 = {
    "id": "hm58-en-02", "lang": "en", "url": None, "published": "2023-01-26",
    "title": "Fiji to end police cooperation with China",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("SANCTION", FJI, CHN, E2_1, mode="discontinue", date="2023-01-25"),
        event("CONSULT", RABUKA, AUS_HC, E2_3, date="2023-01-24"),
        event("REQUEST", CHN_EMB, FJI, E2_4, mode="assist", location="Suva", location_country="FJI"),
        event("AGREE", FJI, AUS, E2_5),
        event("AGREE", FJI, NZL, E2_5),
        event("SUPPORT", WONG, RABUKA, E2_6),
        event("AGREE", WONG, FJI, E2_6),
        event("ACCUSE", BAINI, FJI_GOV, E2_8, mode="disapprove"),
    ],
    "quotes": [
        quote("Fiji will end a policing agreement with China and send home Chinese officers working with its police force", "Sitiveni Rabuka", "indirect"),
        quote("Our systems of democracy and justice systems are different, so we will go back to those that have similar systems with us", "Sitiveni Rabuka", "direct"),
        quote("Rabuka discussed the decision with Australia's high commissioner on Tuesday", "Office of the Prime Minister of Fiji", "indirect"),
        quote("treasure", "Embassy of China in Fiji", "direct"),
        quote("third parties", "Embassy of China in Fiji", "direct"),
        quote("Fiji would deepen its security ties with Australia and New Zealand", "Sitiveni Rabuka", "indirect"),
        quote("Canberra stood ready to help train Fijian officers", "Penny Wong", "indirect"),
        quote("Fiji remains a friend to all and an enemy to none", "Sitiveni Rabuka", "direct"),
    ],
    "entities": [
        entity("Fiji", "GPE", "FJI", ["Fiji"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Chinese police officers in Fiji", "PER", "CHN", ["Chinese officers"]),
        entity("Fiji Police Force", "ORG", "FJI", ["its police force"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Prime Minister Sitiveni Rabuka", "Rabuka"]),
        entity("The Fiji Times", "ORG", "FJI", ["the Fiji Times"]),
        entity("Office of the Prime Minister of Fiji", "ORG", "FJI", ["his office"]),
        entity("High Commissioner of Australia to Fiji", "PER", "AUS", ["Australia's high commissioner"]),
        entity("Embassy of China in Fiji", "ORG", "CHN", ["The Chinese embassy in Suva"]),
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand"]),
        entity("Penny Wong", "PER", "AUS", ["Australian Foreign Minister Penny Wong"]),
        entity("Frank Bainimarama", "PER", "FJI",
               ["Former prime minister Frank Bainimarama, now leader of the opposition"]),
        entity("Government of Fiji", "ORG", "FJI", ["the government"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
