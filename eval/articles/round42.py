"""Round 42: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Stories (invented reports on real 2023-2025 settings):
- hm42-de-01: Ivorian police disperse a banned opposition rally after Thiam's exclusion (2025-10-05)
- hm42-de-02: North Korea blows up the inter-Korean roads, Seoul raises readiness (2024-10-15)
- hm42-de-03: Israeli troops move into the Golan buffer zone after Assad's fall (2024-12-09)
- hm42-de-04: Prague sanctions the pro-Russian portal Voice of Europe (2024-03-28)
- hm42-en-01: Venezuela deploys troops after a deadly U.S. strike on a boat (2025-09-05)
- hm42-en-02: Myanmar's junta declares a quake truce while the UN reports continued attacks (2025-04-02)
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm42-de-01 -------------------------------------------------------------
CIV_POLICE = actor("Ivorian police", "CIV", "COP")
CIV_OPP = actor("Ivorian opposition supporters", "CIV", "OPP")
CIV_GOV = actor("Government of Côte d'Ivoire", "CIV", "GOV")
COUNCIL = actor("Constitutional Council of Côte d'Ivoire", "CIV", "JUD")
THIAM = actor("Tidjane Thiam", "CIV", "OPP")
GBAGBO = actor("Laurent Gbagbo", "CIV", "OPP")
OUATTARA = actor("Alassane Ouattara", "CIV", "GOV")
COULIBALY = actor("Amadou Coulibaly", "CIV", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")

A1 = "Die Polizei in der Elfenbeinküste hat am Samstag eine verbotene Kundgebung von Oppositionsanhängern in Abidjan mit Tränengas aufgelöst."
A2 = "Die Demonstranten protestierten gegen den Ausschluss ihres Kandidaten Tidjane Thiam von der Präsidentschaftswahl am 25. Oktober."
A3 = "Nach Angaben des Innenministeriums wurden mindestens 40 Menschen festgenommen."
A4 = "Das Verfassungsgericht hatte im September den früheren Credit-Suisse-Chef Thiam und Ex-Präsident Laurent Gbagbo von der Kandidatenliste gestrichen."
A5 = "Die Regierung hatte die Kundgebung zuvor untersagt."
A6 = "Thiam warf Präsident Alassane Ouattara vor, sich mit einer »Scheinwahl« eine vierte Amtszeit sichern zu wollen."
A7 = "Regierungssprecher Amadou Coulibaly sagte, die Demonstranten hätten die öffentliche Ordnung gefährdet."
A8 = "»Niemand steht über dem Gesetz«, fügte er hinzu."
A9 = "Die Westafrikanische Wirtschaftsgemeinschaft Ecowas rief die Regierung zum Dialog mit der Opposition auf."
A11 = "Am Sonntagmorgen wurden 15 der Festgenommenen wieder freigelassen."
A10 = "Ouattara bewirbt sich um eine umstrittene vierte Amtszeit."

DE01 = {
    "id": "hm42-de-01", "lang": "de", "url": None, "published": "2025-10-05",
    "title": "Polizei löst verbotene Oppositionskundgebung in Abidjan auf",
    "text": paragraphs([A1, A2, A3, A11], [A4, A5, A6], [A7, A8, A9, A10]),
    "events": [
        event("ASSAULT", CIV_POLICE, CIV_OPP, A1, mode="crowd-control", date="2025-10-04",
              location="Abidjan", location_country="CIV"),
        event("PROTEST", CIV_OPP, CIV_GOV, A1, mode="demo", date="2025-10-04",
              location="Abidjan", location_country="CIV"),
        event("PROTEST", CIV_OPP, CIV_GOV, A2, mode="demo"),
        event("COERCE", CIV_POLICE, CIV_OPP, A3, mode="arrest"),
        event("RETREAT", CIV_POLICE, CIV_OPP, A11, mode="release", date="2025-10-05"),
        event("COERCE", COUNCIL, THIAM, A4, mode="restrict"),
        event("COERCE", COUNCIL, GBAGBO, A4, mode="restrict"),
        event("COERCE", CIV_GOV, CIV_OPP, A5, mode="ban"),
        event("ACCUSE", THIAM, OUATTARA, A6, mode="allege"),
        event("ACCUSE", COULIBALY, CIV_OPP, A7, mode="allege"),
        event("REQUEST", ECOWAS, CIV_GOV, A9),
    ],
    "quotes": [
        quote("wurden mindestens 40 Menschen festgenommen", "Ministry of the Interior of Côte d'Ivoire", "indirect"),
        quote("sich mit einer »Scheinwahl« eine vierte Amtszeit sichern zu wollen", "Tidjane Thiam", "indirect"),
        quote("Scheinwahl", "Tidjane Thiam", "direct"),
        quote("die Demonstranten hätten die öffentliche Ordnung gefährdet", "Amadou Coulibaly", "indirect"),
        quote("Niemand steht über dem Gesetz", "Amadou Coulibaly", "direct"),
    ],
    "entities": [
        entity("Côte d'Ivoire", "GPE", "CIV", ["der Elfenbeinküste"]),
        entity("Ivorian police", "ORG", "CIV", ["Die Polizei in der Elfenbeinküste"]),
        entity("Abidjan", "LOC", "CIV", ["Abidjan"]),
        entity("Tidjane Thiam", "PER", "CIV", ["ihres Kandidaten Tidjane Thiam", "den früheren Credit-Suisse-Chef Thiam", "Thiam"]),
        entity("Ministry of the Interior of Côte d'Ivoire", "ORG", "CIV", ["des Innenministeriums"]),
        entity("Constitutional Council of Côte d'Ivoire", "ORG", "CIV", ["Das Verfassungsgericht"]),
        entity("Laurent Gbagbo", "PER", "CIV", ["Ex-Präsident Laurent Gbagbo"]),
        entity("Government of Côte d'Ivoire", "ORG", "CIV", ["Die Regierung", "die Regierung"]),
        entity("Alassane Ouattara", "PER", "CIV", ["Präsident Alassane Ouattara", "Ouattara"]),
        entity("Amadou Coulibaly", "PER", "CIV", ["Regierungssprecher Amadou Coulibaly", "er"]),
        entity("ECOWAS", "ORG", "IGO", ["Die Westafrikanische Wirtschaftsgemeinschaft Ecowas"]),
    ],
}

# --- hm42-de-02 -------------------------------------------------------------
PRK = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
PRK_MIL = actor("Korean People's Army", "PRK", "MIL")
KYJ = actor("Kim Yo Jong", "PRK", "GOV")
UNIFICATION = actor("Ministry of Unification of South Korea", "KOR", "GOV")
USA = actor("United States", "USA", "GOV")
STATE_SPOX = actor("Spokesperson of the US State Department", "USA", "GOV")

B1 = "Nordkorea hat am Dienstag Teile von zwei Straßen gesprengt, die das Land mit Südkorea verbinden."
B2 = "Nach Angaben des südkoreanischen Generalstabs wurden Abschnitte der Gyeongui- und der Donghae-Straße nördlich der Demarkationslinie zerstört."
B3 = "Die südkoreanische Armee versetzte ihre Truppen an der Grenze daraufhin in erhöhte Alarmbereitschaft."
B4 = "Pjöngjang wirft Seoul vor, in den vergangenen Wochen Drohnen mit Propagandaflugblättern über die Hauptstadt geschickt zu haben."
B5 = "Kim Yo Jong, die Schwester von Machthaber Kim Jong Un, warnte, Südkorea werde einen »schrecklichen Preis« zahlen, sollte sich ein solcher Vorfall wiederholen."
B6 = "Die nordkoreanische Armee hatte bereits am Sonntag Artillerieeinheiten an der Grenze in volle Feuerbereitschaft versetzt."
B7 = "Das Vereinigungsministerium in Seoul nannte die Sprengung »höchst abnormal« und forderte den Norden auf, alle Provokationen einzustellen."
B8 = "Das Verteidigungsministerium wollte die Drohnenflüge weder bestätigen noch dementieren."
B9 = "Washington verurteilte die Sprengung und sprach Seoul seine Solidarität aus."
B10 = "»Wir stehen fest an der Seite Südkoreas«, sagte ein Sprecher des Außenministeriums."

DE02 = {
    "id": "hm42-de-02", "lang": "de", "url": None, "published": "2024-10-15",
    "title": "Nordkorea sprengt Straßenverbindungen in den Süden",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10]),
    "events": [
        event("COERCE", PRK, KOR, B1, mode="restrict", date="2024-10-15"),
        event("MOBILIZE", KOR_MIL, None, B3, mode="troops"),
        event("ACCUSE", PRK, KOR, B4, mode="allege"),
        event("THREATEN", KYJ, KOR, B5, mode="violence"),
        event("MOBILIZE", PRK_MIL, None, B6, mode="troops", date="2024-10-13"),
        event("ACCUSE", UNIFICATION, PRK, B7, mode="disapprove"),
        event("REQUEST", UNIFICATION, PRK, B7, mode="change"),
        event("ACCUSE", USA, PRK, B9, mode="disapprove"),
        event("SUPPORT", USA, KOR, B9),
        event("SUPPORT", STATE_SPOX, KOR, B10),
    ],
    "quotes": [
        quote("wurden Abschnitte der Gyeongui- und der Donghae-Straße nördlich der Demarkationslinie zerstört", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("in den vergangenen Wochen Drohnen mit Propagandaflugblättern über die Hauptstadt geschickt zu haben", "North Korea", "indirect"),
        quote("Südkorea werde einen »schrecklichen Preis« zahlen, sollte sich ein solcher Vorfall wiederholen", "Kim Yo Jong", "indirect"),
        quote("schrecklichen Preis", "Kim Yo Jong", "direct"),
        quote("höchst abnormal", "Ministry of Unification of South Korea", "direct"),
        quote("Wir stehen fest an der Seite Südkoreas", "Spokesperson of the US State Department", "direct"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Pjöngjang", "den Norden"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul", "Südkoreas"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["des südkoreanischen Generalstabs"]),
        entity("South Korean military", "ORG", "KOR", ["Die südkoreanische Armee"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong, die Schwester von Machthaber Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("Korean People's Army", "ORG", "PRK", ["Die nordkoreanische Armee"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Das Vereinigungsministerium in Seoul"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["Das Verteidigungsministerium"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("US State Department", "ORG", "USA", ["des Außenministeriums"]),
    ],
}

# --- hm42-de-03 -------------------------------------------------------------
IDF = actor("Israel Defense Forces", "ISR", "MIL")
IAF = actor("Israeli Air Force", "ISR", "MIL")
SYR = actor("Syria", "SYR", None)
ISR = actor("Israel", "ISR", "GOV")
EGY = actor("Egypt", "EGY", "GOV")
SAU = actor("Saudi Arabia", "SAU", "GOV")
QAT = actor("Qatar", "QAT", "GOV")
UN = actor("United Nations", "UNO", "IGO")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
FRA = actor("France", "FRA", "GOV")
IDF_SPOX = actor("Spokesperson of the Israel Defense Forces", "ISR", "MIL")
VILLAGERS = actor("residents of Syrian border villages", "SYR", "CVL")

C1 = "Nach dem Sturz von Syriens Machthaber Baschar al-Assad sind israelische Truppen in die entmilitarisierte Pufferzone auf den Golanhöhen vorgerückt."
C2 = "Regierungschef Benjamin Netanjahu sagte, das Truppenentflechtungsabkommen von 1974 sei mit dem Abzug der syrischen Soldaten »zusammengebrochen«."
C3 = "Man werde nicht zulassen, dass sich dschihadistische Gruppen an der Grenze festsetzten."
C4 = "Die israelische Luftwaffe flog zudem Hunderte Angriffe auf Waffenlager und Militärflughäfen in ganz Syrien."
C11 = "Über die Pufferzone hinaus seien keine Bodentruppen vorgerückt, erklärte ein Armeesprecher."
C5 = "Ägypten, Saudi-Arabien und Katar verurteilten den Vorstoß als Verletzung des Völkerrechts."
C6 = "Die Vereinten Nationen forderten Israel auf, die Pufferzone umgehend zu räumen."
C7 = "»Das ist eine Verletzung des Abkommens von 1974«, sagte UN-Sprecher Stéphane Dujarric in New York."
C8 = "Auch Frankreich rief Israel auf, sich zurückzuziehen und die Souveränität Syriens zu achten."
C9 = "Die israelische Armee hatte zuvor die Bewohner von fünf syrischen Grenzdörfern aufgefordert, ihre Häuser nicht zu verlassen."
C10 = "Israel hatte die Golanhöhen 1967 erobert und später annektiert."

DE03 = {
    "id": "hm42-de-03", "lang": "de", "url": None, "published": "2024-12-09",
    "title": "Israel rückt in Pufferzone auf den Golanhöhen vor",
    "text": paragraphs([C1, C2, C3, C4, C11], [C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("MOBILIZE", IDF, None, C1, mode="troops", location="Golan Heights", location_country="SYR"),
        event("ASSAULT", IAF, SYR, C4, mode="aerial", location="Syria", location_country="SYR"),
        event("MOBILIZE", IDF_SPOX, None, C11, mode="troops", negated=True),
        event("ACCUSE", EGY, ISR, C5, mode="disapprove"),
        event("ACCUSE", SAU, ISR, C5, mode="disapprove"),
        event("ACCUSE", QAT, ISR, C5, mode="disapprove"),
        event("REQUEST", UN, ISR, C6, mode="yield"),
        event("ACCUSE", DUJARRIC, ISR, C7, mode="disapprove", location="New York", location_country="USA"),
        event("REQUEST", FRA, ISR, C8, mode="yield"),
        event("REQUEST", IDF, VILLAGERS, C9),
    ],
    "quotes": [
        quote("das Truppenentflechtungsabkommen von 1974 sei mit dem Abzug der syrischen Soldaten »zusammengebrochen«", "Benjamin Netanyahu", "indirect"),
        quote("zusammengebrochen", "Benjamin Netanyahu", "direct"),
        quote("Man werde nicht zulassen, dass sich dschihadistische Gruppen an der Grenze festsetzten", "Benjamin Netanyahu", "indirect"),
        quote("Über die Pufferzone hinaus seien keine Bodentruppen vorgerückt", "Spokesperson of the Israel Defense Forces", "indirect"),
        quote("Das ist eine Verletzung des Abkommens von 1974", "Stéphane Dujarric", "direct"),
    ],
    "entities": [
        entity("Bashar al-Assad", "PER", "SYR", ["Syriens Machthaber Baschar al-Assad"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["israelische Truppen", "Die israelische Armee"]),
        entity("Golan Heights", "LOC", "SYR", ["den Golanhöhen", "die Golanhöhen"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Regierungschef Benjamin Netanjahu"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
        entity("Spokesperson of the Israel Defense Forces", "PER", "ISR", ["ein Armeesprecher"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "Syriens"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["UN-Sprecher Stéphane Dujarric"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
    ],
}

# --- hm42-de-04 -------------------------------------------------------------
CZE = actor("Government of the Czech Republic", "CZE", "GOV")
VOE = actor("Voice of Europe", "CZE", "BUS")
MEDVEDCHUK = actor("Viktor Medvedchuk", "UKR", "CVL")
MARCHEVSKY = actor("Artem Marchevsky", "UKR", "BUS")
BIS = actor("Security Information Service (BIS)", "CZE", "GOV")
RUS = actor("Russia", "RUS", "GOV")
FIALA = actor("Petr Fiala", "CZE", "GOV")
BEL_PROSECUTOR = actor("Belgian Federal Prosecutor's Office", "BEL", "JUD")
DECROO = actor("Alexander De Croo", "BEL", "GOV")
EU = actor("European Union", "EUR", "IGO")
POL_POLICE = actor("Polish police", "POL", "COP")
SUSPECT = actor("suspect", "POL", "CVL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

D1 = "Die tschechische Regierung hat das prorussische Nachrichtenportal Voice of Europe auf ihre nationale Sanktionsliste gesetzt."
D2 = "Betroffen sind auch der frühere ukrainische Abgeordnete Viktor Medwedtschuk und der Geschäftsmann Artem Martschewski, teilte Außenminister Jan Lipavský am Mittwoch mit."
D3 = "Der Geheimdienst BIS hatte ein von Moskau finanziertes Netzwerk aufgedeckt, das Politiker in mehreren EU-Staaten bezahlt haben soll."
D4 = "Regierungschef Petr Fiala sprach von einer »russischen Einflussoperation« vor der Europawahl im Juni."
D5 = "Belgiens Premier Alexander De Croo erklärte am Donnerstag, die Staatsanwaltschaft habe Ermittlungen wegen russischer Einmischung eingeleitet."
D6 = "Er forderte die EU auf, weitere Sanktionen gegen russische Propagandakanäle zu verhängen."
D7 = "In Polen durchsuchte die Polizei im Zusammenhang mit dem Fall zwei Wohnungen und nahm einen Verdächtigen fest."
D8 = "Kremlsprecher Dmitri Peskow wies die Vorwürfe als »unbegründet« zurück."
D9 = "Moskau werde auf die Sanktionen reagieren, sagte er."
D10 = "Die Website von Voice of Europe war am Donnerstag nicht mehr erreichbar."

DE04 = {
    "id": "hm42-de-04", "lang": "de", "url": None, "published": "2024-03-28",
    "title": "Tschechien sanktioniert prorussisches Nachrichtenportal",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10]),
    "events": [
        event("SANCTION", CZE, VOE, D1),
        event("SANCTION", CZE, MEDVEDCHUK, D2, date="2024-03-27"),
        event("SANCTION", CZE, MARCHEVSKY, D2, date="2024-03-27"),
        event("ACCUSE", BIS, RUS, D3, mode="investigate"),
        event("ACCUSE", FIALA, RUS, D4, mode="allege"),
        event("ACCUSE", BEL_PROSECUTOR, RUS, D5, mode="investigate"),
        event("REQUEST", DECROO, EU, D6, mode="change"),
        event("COERCE", POL_POLICE, SUSPECT, D7, mode="arrest", location="Poland", location_country="POL"),
        event("THREATEN", PESKOV, CZE, D9),
    ],
    "quotes": [
        quote("Betroffen sind auch der frühere ukrainische Abgeordnete Viktor Medwedtschuk und der Geschäftsmann Artem Martschewski", "Jan Lipavský", "indirect"),
        quote("russischen Einflussoperation", "Petr Fiala", "direct"),
        quote("die Staatsanwaltschaft habe Ermittlungen wegen russischer Einmischung eingeleitet", "Alexander De Croo", "indirect"),
        quote("unbegründet", "Dmitry Peskov", "direct"),
        quote("Moskau werde auf die Sanktionen reagieren", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Government of the Czech Republic", "ORG", "CZE", ["Die tschechische Regierung"]),
        entity("Voice of Europe", "ORG", "CZE", ["das prorussische Nachrichtenportal Voice of Europe", "Voice of Europe"]),
        entity("Viktor Medvedchuk", "PER", "UKR", ["der frühere ukrainische Abgeordnete Viktor Medwedtschuk"]),
        entity("Artem Marchevsky", "PER", "UKR", ["der Geschäftsmann Artem Martschewski"]),
        entity("Jan Lipavský", "PER", "CZE", ["Außenminister Jan Lipavský"]),
        entity("Security Information Service (BIS)", "ORG", "CZE", ["Der Geheimdienst BIS"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Petr Fiala", "PER", "CZE", ["Regierungschef Petr Fiala"]),
        entity("Alexander De Croo", "PER", "BEL", ["Belgiens Premier Alexander De Croo", "Er"]),
        entity("Belgian Federal Prosecutor's Office", "ORG", "BEL", ["die Staatsanwaltschaft"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Polish police", "ORG", "POL", ["die Polizei"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
    ],
}

# --- hm42-en-01 -------------------------------------------------------------
VEN_MIL = actor("Venezuelan armed forces", "VEN", "MIL")
US_MIL = actor("United States military", "USA", "MIL")
BOAT = actor("people aboard a boat from Venezuela", "VEN", "CVL")
TRUMP = actor("Donald Trump", "USA", "GOV")
TDA = actor("Tren de Aragua", "VEN", "REB")
RUBIO = actor("Marco Rubio", "USA", "GOV")
CABELLO = actor("Diosdado Cabello", "VEN", "GOV")
US = actor("United States", "USA", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
PENTAGON = actor("United States Department of Defense", "USA", "MIL")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")

E1 = "Venezuela has deployed troops and militia members along its Caribbean coast after a U.S. military strike killed 11 people aboard a boat that had left the country on Tuesday."
E2 = "President Donald Trump said the victims were members of the Tren de Aragua gang and that the vessel had been carrying drugs bound for the United States."
E3 = "Secretary of State Marco Rubio warned that the United States would carry out more such strikes against the gang."
E4 = "Interior Minister Diosdado Cabello accused Washington of killing 11 people “without due process”."
E5 = "Two Venezuelan F-16 fighter jets flew over a U.S. Navy destroyer in international waters on Thursday, the Pentagon said, calling the maneuver “highly provocative.”"
E6 = "Trump has since ordered ten F-35 stealth fighters to Puerto Rico."
E7 = "President Nicolás Maduro called on Washington to end its military buildup in the Caribbean and said Venezuela was ready for dialogue."
E8 = "Colombia's President Gustavo Petro condemned the strike."

EN01 = {
    "id": "hm42-en-01", "lang": "en", "url": None, "published": "2025-09-05",
    "title": "Venezuela deploys troops after deadly U.S. strike on boat",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8]),
    "events": [
        event("MOBILIZE", VEN_MIL, None, E1, mode="troops", location="Caribbean coast", location_country="VEN"),
        event("ASSAULT", US_MIL, BOAT, E1, date="2025-09-02", location="Caribbean", location_country=None),
        event("ACCUSE", TRUMP, TDA, E2, mode="allege"),
        event("THREATEN", RUBIO, TDA, E3, mode="violence"),
        event("ACCUSE", CABELLO, US, E4, mode="allege"),
        event("ACCUSE", PENTAGON, VEN, E5, mode="disapprove", date="2025-09-04"),
        event("MOBILIZE", TRUMP, None, E6, location="Puerto Rico", location_country="USA"),
        event("REQUEST", MADURO, US, E7, mode="yield"),
        event("AGREE", MADURO, US, E7),
        event("ACCUSE", PETRO, US, E8, mode="disapprove"),
    ],
    "quotes": [
        quote("the victims were members of the Tren de Aragua gang and that the vessel had been carrying drugs bound for the United States", "Donald Trump", "indirect"),
        quote("that the United States would carry out more such strikes against the gang", "Marco Rubio", "indirect"),
        quote("without due process", "Diosdado Cabello", "direct"),
        quote("Two Venezuelan F-16 fighter jets flew over a U.S. Navy destroyer in international waters on Thursday", "United States Department of Defense", "indirect"),
        quote("highly provocative", "United States Department of Defense", "direct"),
        quote("Venezuela was ready for dialogue", "Nicolás Maduro", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "the country"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("Tren de Aragua", "ORG", "VEN", ["the Tren de Aragua gang", "the gang"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Diosdado Cabello", "PER", "VEN", ["Interior Minister Diosdado Cabello"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Puerto Rico", "LOC", "USA", ["Puerto Rico"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombia's President Gustavo Petro"]),
        entity("Caribbean", "LOC", None, ["Caribbean"]),
    ],
}

# --- hm42-en-02 -------------------------------------------------------------
JUNTA = actor("Myanmar military", "MMR", "MIL")
ZMT = actor("Zaw Min Tun", "MMR", "MIL")
REBELS = actor("Myanmar rebel groups", "MMR", "REB")
ALLIANCE = actor("Three Brotherhood Alliance", "MMR", "REB")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
CHN = actor("China", "CHN", "GOV")
IND = actor("India", "IND", "GOV")
RUS = actor("Russia", "RUS", "GOV")
MMR = actor("Myanmar", "MMR", None)
MAH = actor("Min Aung Hlaing", "MMR", "MIL")
CHN_AMB = actor("Ambassador of China to Myanmar", "CHN", "GOV")
KYAW_ZAW = actor("Kyaw Zaw", "MMR", "OPP")

F1 = "Myanmar's military government declared a temporary ceasefire on Wednesday to support relief efforts after last week's devastating earthquake."
F2 = "The truce will last until April 22, junta spokesman Zaw Min Tun said, but he warned that the army would respond if rebels attacked its troops."
F3 = "An alliance of three ethnic armed groups had announced its own one-month pause in fighting on Tuesday."
F4 = "The UN human rights office said the military had carried out at least 53 attacks, including airstrikes, since the quake struck on March 28."
F5 = "UN special rapporteur Tom Andrews called on the junta to halt all military operations and allow aid workers unrestricted access."
F6 = "China, India and Russia have flown in rescue teams and relief supplies."
F7 = "Junta chief Min Aung Hlaing thanked Beijing for its help during a meeting with the Chinese ambassador in Naypyidaw."
F8 = "\"The regime cannot be trusted,\" said Kyaw Zaw, a spokesman for the shadow National Unity Government."

EN02 = {
    "id": "hm42-en-02", "lang": "en", "url": None, "published": "2025-04-02",
    "title": "Myanmar junta declares truce after quake as UN reports continued attacks",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8]),
    "events": [
        event("CONCEDE", JUNTA, None, F1, date="2025-04-02"),
        event("THREATEN", ZMT, REBELS, F2, mode="violence"),
        event("CONCEDE", ALLIANCE, None, F3, date="2025-04-01"),
        event("ACCUSE", OHCHR, JUNTA, F4, mode="allege"),
        event("REQUEST", ANDREWS, JUNTA, F5, mode="change"),
        event("AID", CHN, MMR, F6),
        event("AID", IND, MMR, F6),
        event("AID", RUS, MMR, F6),
        event("CONSULT", CHN_AMB, MAH, F7, location="Naypyidaw", location_country="MMR"),
        event("SUPPORT", MAH, CHN, F7),
        event("ACCUSE", KYAW_ZAW, JUNTA, F8, mode="disapprove"),
    ],
    "quotes": [
        quote("The truce will last until April 22", "Zaw Min Tun", "indirect"),
        quote("that the army would respond if rebels attacked its troops", "Zaw Min Tun", "indirect"),
        quote("the military had carried out at least 53 attacks, including airstrikes, since the quake struck on March 28", "UN Human Rights Office", "indirect"),
        quote("The regime cannot be trusted", "Kyaw Zaw", "direct"),
    ],
    "entities": [
        entity("Myanmar military", "ORG", "MMR", ["Myanmar's military government", "the army", "the military", "the junta", "The regime"]),
        entity("Zaw Min Tun", "PER", "MMR", ["junta spokesman Zaw Min Tun", "he"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["An alliance of three ethnic armed groups"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["The UN human rights office"]),
        entity("Tom Andrews", "PER", "UNO", ["UN special rapporteur Tom Andrews"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("India", "GPE", "IND", ["India"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Junta chief Min Aung Hlaing"]),
        entity("Ambassador of China to Myanmar", "PER", "CHN", ["the Chinese ambassador"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Kyaw Zaw", "PER", "MMR", ["Kyaw Zaw, a spokesman for the shadow National Unity Government"]),
        entity("National Unity Government", "ORG", "MMR", ["the shadow National Unity Government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
