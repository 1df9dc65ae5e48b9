"""Round 493: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm493-de-01: Nepal/India: Kathmandu approves a new 100-rupee note with a map showing Lipulekh, Kalapani and Limpiyadhura; Jaishankar calls it unilateral and urges bilateral talks, Rekha Sharma rejects the criticism, Chiranjibi Nepal calls it unwise, ruling-party MPs want him dismissed, Nepali Congress attacks Dahal, Dahal's 2023 Delhi visit recalled (2024-05-04).
- hm493-de-02: South Korea/Russia: Seoul summons ambassador Georgy Zinoviev over the Putin-Kim mutual assistance pact; Chang Ho-jin warns Moscow over arms for Ukraine, Putin warns Seoul from Hanoi and agrees energy cooperation with To Lam, Tokyo and Washington criticise, NIS shell claims and Pyongyang's denial (2024-06-21).
- hm493-de-03: Taiwan: the ten-day Han Kuang exercise begins with 22,000 reservists; the Taiwan Affairs Office's Zhu Fenglian condemns and threatens, PLA aircraft and ships around the island, KMT criticism and Eric Chu's demand for dialogue rejected by the Presidential Office, State Department praise, April blockade drill recalled (2025-07-09).
- hm493-de-04: Philippines/China: the NBI arrests suspected Chinese spy Deng Yuanqing and two Filipino helpers in Makati; espionage charges against Deng only, Beijing denies and Guo Jiakun demands Manila stop speculating, embassy seeks consular access, Malaya accuses China, Hontiveros demands checks, Scarborough helicopter row recalled (2025-02-26).
- hm493-en-01: ASEAN/ADMM-Plus: the defence ministers' meeting in Vientiane ends without a joint declaration; Dong Jun turns down Austin's meeting request, Beijing blocks South China Sea language and Zhang Xiaogang accuses Washington, Austin meets and agrees patrols with Nakatani, Marles and Teodoro, the June Second Thomas Shoal boarding recalled (2024-11-21).
- hm493-en-02: Bangladesh/IMF: the IMF board releases about $1.3 billion and enlarges the programme after Dhaka accepts a flexible taka; Salehuddin Ahmed welcomes it, Mansur's earlier refusal, Nigel Clarke's demands, NBR officials strike and threaten a shutdown, the government refuses to withdraw the ordinance, BNP accuses the interim government (2025-06-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm493-de-01 (Nepal/India, banknote map)
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
CHIRANJIBI = actor("Chiranjibi Nepal", "NPL", "GOV")
NPL_RULING_MPS = actor("ruling-party lawmakers of Nepal", "NPL", "LEG")
PAUDEL = actor("Ram Chandra Paudel", "NPL", "GOV")
NEPALI_CONGRESS = actor("Nepali Congress", "NPL", "OPP")
DAHAL = actor("Pushpa Kamal Dahal", "NPL", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")

N1 = ("Kathmandu (dpa) - Nepal will neue 100-Rupien-Scheine mit einer Landkarte drucken lassen, auf der auch von "
      "Indien beanspruchte Grenzgebiete als nepalesisches Staatsgebiet eingezeichnet sind.")
N2 = ("Das Kabinett von Ministerpräsident Pushpa Kamal Dahal habe die Änderung des Designs gebilligt, teilte "
      "Informationsministerin Rekha Sharma am Freitag mit.")
N3 = ("Betroffen sind die Gebiete Lipulekh, Kalapani und Limpiyadhura im äußersten Nordwesten des Himalaya-Staates, "
      "die seit Jahrzehnten von Indien kontrolliert werden.")
N4 = "Neu-Delhi reagierte umgehend mit scharfer Kritik."
N5 = ("„Sie haben auf ihrer Seite einseitige Maßnahmen ergriffen, aber damit werden sie die Realität vor Ort nicht "
      "ändern“, sagte Außenminister Subrahmanyam Jaishankar am Freitag bei einem Wahlkampfauftritt in Bhubaneswar.")
N6 = "Die Position Indiens sei Kathmandu seit langem bekannt, fügte er hinzu."
N7 = ("Zugleich rief der Minister das Nachbarland auf, strittige Grenzfragen ausschließlich in bilateralen Gesprächen "
      "zu klären.")
N8 = "Die Regierung in Kathmandu wies die Kritik zurück."
N9 = "Die Karte entspreche der Verfassung und sei „eine innere Angelegenheit Nepals“, sagte Ministerin Sharma."
N10 = "Die neue Landkarte ist seit Juni 2020 in der Verfassung verankert."
N11 = ("Damals hatte das indische Außenministerium den Schritt als „künstliche Ausweitung“ von Gebietsansprüchen "
       "verurteilt.")
N12 = "Auch in Nepal selbst ist die Entscheidung umstritten."
N13 = ("Der Wirtschaftsberater von Präsident Ram Chandra Paudel, der frühere Notenbankchef Chiranjibi Nepal, nannte sie "
       "in einem Fernsehinterview „unklug“.")
N14 = "Abgeordnete der Regierungsparteien verlangten daraufhin seine Entlassung."
N15 = ("Die oppositionelle Nepali-Kongress-Partei warf Dahal vor, mit dem Streit um die Banknoten von innenpolitischen "
       "Schwierigkeiten ablenken zu wollen.")
N16 = "Nepal und Indien verbindet eine offene Grenze von rund 1.800 Kilometern Länge."
N17 = ("Dahal hatte bei einem Besuch in Neu-Delhi im Juni 2023 mit Premierminister Narendra Modi vereinbart, die "
       "Grenzfrage in freundschaftlichem Geist zu lösen.")
N18 = "Verhandlungen zwischen beiden Regierungen haben seither jedoch nicht stattgefunden."

DE01 = {
    "id": "hm493-de-01", "lang": "de", "url": None, "published": "2024-05-04",
    "title": "Streit um Landkarte auf Banknote: Indien kritisiert Nepal",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11], [N12, N13, N14, N15], [N16, N17, N18]),
    "events": [
        event("ACCUSE", IND_GOV, NPL_GOV, N4, mode="disapprove"),
        event("ACCUSE", JAISHANKAR, NPL_GOV, N5, mode="disapprove", date="2024-05-03", location="Bhubaneswar",
              location_country="IND"),
        event("REQUEST", JAISHANKAR, NPL_GOV, N7, mode="meet"),
        event("ACCUSE", IND_MEA, NPL_GOV, N11, mode="disapprove"),
        event("ACCUSE", CHIRANJIBI, NPL_GOV, N13, mode="disapprove"),
        event("REQUEST", NPL_RULING_MPS, PAUDEL, N14, mode="change"),
        event("ACCUSE", NEPALI_CONGRESS, DAHAL, N15, mode="disapprove"),
        event("CONSULT", DAHAL, MODI, N17, mode="visit", location="New Delhi", location_country="IND"),
        event("AGREE", DAHAL, MODI, N17),
        event("CONSULT", NPL_GOV, IND_GOV, N18, negated=True),
    ],
    "quotes": [
        quote("Das Kabinett von Ministerpräsident Pushpa Kamal Dahal habe die Änderung des Designs gebilligt",
              "Rekha Sharma", "indirect"),
        quote("Sie haben auf ihrer Seite einseitige Maßnahmen ergriffen, aber damit werden sie die Realität vor Ort "
              "nicht ändern", "Subrahmanyam Jaishankar", "direct"),
        quote("Die Position Indiens sei Kathmandu seit langem bekannt", "Subrahmanyam Jaishankar", "indirect"),
        quote("strittige Grenzfragen ausschließlich in bilateralen Gesprächen zu klären", "Subrahmanyam Jaishankar",
              "indirect"),
        quote("eine innere Angelegenheit Nepals", "Rekha Sharma", "direct"),
        quote("Die Karte entspreche der Verfassung und sei „eine innere Angelegenheit Nepals“", "Rekha Sharma",
              "indirect"),
        quote("künstliche Ausweitung", "Ministry of External Affairs of India", "direct"),
        quote("unklug", "Chiranjibi Nepal", "direct"),
        quote("mit dem Streit um die Banknoten von innenpolitischen Schwierigkeiten ablenken zu wollen",
              "Nepali Congress", "indirect"),
    ],
    "entities": [
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Nepal", "LOC", "NPL", ["Nepal", "des Himalaya-Staates", "das Nachbarland", "Nepals"]),
        entity("India", "LOC", "IND", ["Indien", "Indiens"]),
        entity("Government of Nepal", "ORG", "NPL", ["Das Kabinett von Ministerpräsident Pushpa Kamal Dahal",
                                                     "Kathmandu", "Die Regierung in Kathmandu"]),
        entity("Pushpa Kamal Dahal", "PER", "NPL", ["Ministerpräsident Pushpa Kamal Dahal", "Dahal"]),
        entity("Rekha Sharma", "PER", "NPL", ["Informationsministerin Rekha Sharma", "Ministerin Sharma"]),
        entity("Lipulekh", "LOC", "IND", ["Lipulekh"]),
        entity("Kalapani", "LOC", "IND", ["Kalapani"]),
        entity("Limpiyadhura", "LOC", "IND", ["Limpiyadhura"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Außenminister Subrahmanyam Jaishankar", "er",
                                                         "der Minister"]),
        entity("Bhubaneswar", "LOC", "IND", ["Bhubaneswar"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["das indische Außenministerium"]),
        entity("Ram Chandra Paudel", "PER", "NPL", ["Präsident Ram Chandra Paudel"]),
        entity("Chiranjibi Nepal", "PER", "NPL", ["Der Wirtschaftsberater von Präsident Ram Chandra Paudel, der "
                                                  "frühere Notenbankchef Chiranjibi Nepal", "seine"]),
        entity("ruling-party lawmakers of Nepal", "ORG", "NPL", ["Abgeordnete der Regierungsparteien"]),
        entity("Nepali Congress", "ORG", "NPL", ["Die oppositionelle Nepali-Kongress-Partei"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
    ],
}

# ---------------------------------------------------------------- hm493-de-02 (South Korea/Russia, envoy summoned)
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
KIM_HONG_KYUN = actor("Kim Hong-kyun", "KOR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM_JONG_UN = actor("Kim Jong Un", "PRK", "GOV")
CHANG_HO_JIN = actor("Chang Ho-jin", "KOR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")
TO_LAM = actor("To Lam", "VNM", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
KOR_NIS = actor("National Intelligence Service of South Korea", "KOR", "GOV")

K1 = ("Seoul (dpa) - Nach der Vereinbarung eines Beistandspakts zwischen Russland und Nordkorea hat Südkorea den "
      "russischen Botschafter Georgi Sinowjew einbestellt.")
K2 = ("Der Erste Vizeaußenminister Kim Hong Kyun habe dem Diplomaten am Freitag den „entschiedenen Protest“ der "
      "Regierung übermittelt, teilte das Außenministerium mit.")
K3 = ("Jede Zusammenarbeit, die Nordkoreas militärische Schlagkraft direkt oder indirekt erhöhe, verstoße gegen "
      "Resolutionen des UN-Sicherheitsrats, hieß es in einer Erklärung.")
K4 = ("Kremlchef Wladimir Putin hatte das Abkommen am Mittwoch bei einem Besuch in Pjöngjang mit Machthaber Kim Jong Un "
      "vereinbart.")
K5 = "Es verpflichtet beide Staaten zu gegenseitigem militärischen Beistand, falls einer von ihnen angegriffen wird."
K6 = ("Der Nationale Sicherheitsberater Chang Ho Jin warnte Moskau, Seoul werde seine Zurückhaltung bei "
      "Waffenlieferungen an die Ukraine nun überdenken.")
K7 = "Bislang hat Südkorea der Ukraine lediglich humanitäre Hilfe und nichttödliche Ausrüstung geliefert."
K8 = "Das Land gehört zugleich zu den größten Rüstungsexporteuren der Welt."
K9 = "Putin reagierte am Donnerstag bei einem Besuch in Vietnams Hauptstadt Hanoi mit einer Warnung an Seoul."
K10 = ("„Das wäre ein sehr großer Fehler“, sagte er mit Blick auf mögliche Waffenlieferungen an Kiew und kündigte für "
       "diesen Fall Gegenmaßnahmen an.")
K11 = "Das Abkommen mit Pjöngjang richte sich gegen kein anderes Land, behauptete der Kremlchef."
K12 = "In Hanoi vereinbarte Putin mit Präsident To Lam zudem eine engere Zusammenarbeit im Energiesektor."
K13 = ("Die Regierung in Tokio zeigte sich „ernsthaft besorgt“ über die militärische Annäherung zwischen Moskau und "
       "Pjöngjang.")
K14 = "Washington warf Russland vor, den Krieg gegen die Ukraine mit nordkoreanischer Munition zu verlängern."
K15 = ("Nach Erkenntnissen des südkoreanischen Geheimdienstes hat Nordkorea bereits Millionen Artilleriegranaten an "
       "Russland geliefert.")
K16 = "Pjöngjang bestreitet dies."
K17 = "Die USA hatten Vietnam bereits vor dem Besuch für die Einladung an Putin kritisiert."

DE02 = {
    "id": "hm493-de-02", "lang": "de", "url": None, "published": "2024-06-21",
    "title": "Südkorea bestellt wegen Pakt mit Nordkorea russischen Botschafter ein",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16], [K17]),
    "events": [
        event("ACCUSE", KOR_GOV, RUS_GOV, K1, mode="disapprove", location="Seoul", location_country="KOR"),
        event("ACCUSE", KIM_HONG_KYUN, RUS_GOV, K2, mode="disapprove", date="2024-06-21"),
        event("ACCUSE", KOR_MOFA, RUS_GOV, K3, mode="allege"),
        event("CONSULT", PUTIN, KIM_JONG_UN, K4, mode="visit", date="2024-06-19", location="Pyongyang",
              location_country="PRK"),
        event("AGREE", PUTIN, KIM_JONG_UN, K4, date="2024-06-19", location="Pyongyang", location_country="PRK"),
        event("THREATEN", CHANG_HO_JIN, RUS_GOV, K6),
        event("AID", KOR_GOV, UKR_GOV, K7),
        event("THREATEN", PUTIN, KOR_GOV, K9, date="2024-06-20", location="Hanoi", location_country="VNM"),
        event("CONSULT", PUTIN, VNM_GOV, K9, mode="visit", date="2024-06-20", location="Hanoi",
              location_country="VNM"),
        event("THREATEN", PUTIN, KOR_GOV, K10),
        event("AGREE", PUTIN, TO_LAM, K12, location="Hanoi", location_country="VNM"),
        event("ACCUSE", JPN_GOV, RUS_GOV, K13, mode="disapprove"),
        event("ACCUSE", JPN_GOV, PRK_GOV, K13, mode="disapprove"),
        event("ACCUSE", USA_GOV, RUS_GOV, K14, mode="allege"),
        event("ACCUSE", KOR_NIS, PRK_GOV, K15, mode="allege"),
        event("ACCUSE", USA_GOV, VNM_GOV, K17, mode="disapprove"),
    ],
    "quotes": [
        quote("entschiedenen Protest", "Ministry of Foreign Affairs of South Korea", "direct"),
        quote("Der Erste Vizeaußenminister Kim Hong Kyun habe dem Diplomaten am Freitag den „entschiedenen Protest“ der "
              "Regierung übermittelt", "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("Jede Zusammenarbeit, die Nordkoreas militärische Schlagkraft direkt oder indirekt erhöhe, verstoße gegen "
              "Resolutionen des UN-Sicherheitsrats", "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("Seoul werde seine Zurückhaltung bei Waffenlieferungen an die Ukraine nun überdenken", "Chang Ho-jin",
              "indirect"),
        quote("Das wäre ein sehr großer Fehler", "Vladimir Putin", "direct"),
        quote("Das Abkommen mit Pjöngjang richte sich gegen kein anderes Land", "Vladimir Putin", "indirect"),
        quote("ernsthaft besorgt", "Government of Japan", "direct"),
        quote("den Krieg gegen die Ukraine mit nordkoreanischer Munition zu verlängern",
              "Government of the United States", "indirect"),
        quote("Nach Erkenntnissen des südkoreanischen Geheimdienstes hat Nordkorea bereits Millionen "
              "Artilleriegranaten an Russland geliefert", "National Intelligence Service of South Korea", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea", "Nordkoreas"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea", "Das Land"]),
        entity("Government of South Korea", "ORG", "KOR", ["Südkorea", "der Regierung", "Seoul"]),
        entity("Georgy Zinoviev", "PER", "RUS", ["den russischen Botschafter Georgi Sinowjew", "dem Diplomaten"]),
        entity("Kim Hong-kyun", "PER", "KOR", ["Der Erste Vizeaußenminister Kim Hong Kyun"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["das Außenministerium"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin", "er", "der Kremlchef"]),
        entity("Pyongyang", "LOC", "PRK", ["Pjöngjang"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("Chang Ho-jin", "PER", "KOR", ["Der Nationale Sicherheitsberater Chang Ho Jin"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Ukraine", "Kiew"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnams"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Vietnam"]),
        entity("Hanoi", "LOC", "VNM", ["Vietnams Hauptstadt Hanoi", "Hanoi"]),
        entity("To Lam", "PER", "VNM", ["Präsident To Lam"]),
        entity("Government of Japan", "ORG", "JPN", ["Die Regierung in Tokio"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang", "Nordkorea"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "Die USA"]),
        entity("National Intelligence Service of South Korea", "ORG", "KOR", ["des südkoreanischen Geheimdienstes"]),
    ],
}

# ---------------------------------------------------------------- hm493-de-03 (Taiwan, Han Kuang exercise)
TWN_MIL = actor("Armed Forces of Taiwan", "TWN", "MIL")
CHN_GOV = actor("Government of China", "CHN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")
KMT = actor("Kuomintang", "TWN", "OPP")
ERIC_CHU = actor("Eric Chu", "TWN", "OPP")
LAI = actor("Lai Ching-te", "TWN", "GOV")
TWN_PRES_OFFICE = actor("Office of the President of Taiwan", "TWN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")

T1 = ("Taipeh (dpa) - Taiwan hat das längste Militärmanöver seiner Geschichte begonnen, um sich gegen einen möglichen "
      "Angriff Chinas zu wappnen.")
T2 = "Die jährliche Übung „Han Kuang“ soll in diesem Jahr zehn Tage dauern, wie das Verteidigungsministerium mitteilte."
T3 = "Rund 22.000 Reservisten wurden dafür einberufen, so viele wie nie zuvor."
T4 = ("Erstmals werden in großen Städten auch Luftschutzübungen abgehalten, bei denen sich die Bevölkerung in "
      "Schutzräume begeben soll.")
T5 = "„Frieden erreicht man durch Stärke“, sagte Präsident Lai Ching-te am Mittwoch zum Auftakt."
T6 = ("Verteidigungsminister Wellington Koo sagte, die Streitkräfte müssten in der Lage sein, eine Landung feindlicher "
      "Truppen schon an der Küste abzuwehren.")
T7 = "Peking verurteilte das Manöver scharf."
T8 = ("Die Regierung Lai wolle „mit Waffen die Unabhängigkeit erzwingen“ und treibe die Menschen auf der Insel „in den "
      "Krieg“, sagte die Sprecherin des Taiwan-Büros des chinesischen Staatsrats, Zhu Fenglian.")
T9 = "Die Volksbefreiungsarmee werde jede separatistische Provokation „entschlossen zerschlagen“, fügte sie hinzu."
T10 = "China schickte am Mittwoch 27 Militärflugzeuge und sieben Kriegsschiffe in die Umgebung der Insel."
T11 = ("Die oppositionelle Kuomintang (KMT) warf der Regierung vor, die Übung für innenpolitische Zwecke zu "
       "missbrauchen.")
T12 = "Der Alltag von Millionen Menschen werde unnötig gestört, kritisierte ein Sprecher der Partei."
T13 = "KMT-Chef Eric Chu forderte Lai auf, statt auf Konfrontation auf Dialog mit Peking zu setzen."
T14 = ("Das Präsidialamt lehnte dies ab und erklärte, Peking sei jederzeit zu Gesprächen eingeladen, solange es Taiwan "
       "als gleichberechtigt behandle.")
T15 = "Das US-Außenministerium lobte die Übung als wichtigen Beitrag zur Abschreckung."
T16 = "Im April hatte die chinesische Armee bei einem großangelegten Manöver die Blockade der Insel geprobt."
T17 = "Peking betrachtet die demokratisch regierte Insel als Teil der Volksrepublik."
T18 = "Ende Juli stimmen die Wähler in Taiwan zudem über die Abberufung von 24 KMT-Abgeordneten ab."

DE03 = {
    "id": "hm493-de-03", "lang": "de", "url": None, "published": "2025-07-09",
    "title": "Taiwan beginnt längstes Militärmanöver seiner Geschichte",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17, T18]),
    "events": [
        event("MOBILIZE", TWN_MIL, None, T1, mode="troops", location="Taiwan", location_country="TWN"),
        event("MOBILIZE", TWN_MIL, None, T3, mode="troops", location_country="TWN"),
        event("ACCUSE", CHN_GOV, TWN_GOV, T7, mode="disapprove"),
        event("ACCUSE", ZHU, TWN_GOV, T8, mode="disapprove"),
        event("THREATEN", ZHU, TWN_GOV, T9, mode="violence"),
        event("MOBILIZE", PLA, None, T10, mode="troops", date="2025-07-09", location="Taiwan",
              location_country="TWN"),
        event("ACCUSE", KMT, TWN_GOV, T11, mode="disapprove"),
        event("ACCUSE", KMT, TWN_GOV, T12, mode="disapprove"),
        event("REQUEST", ERIC_CHU, LAI, T13, mode="change"),
        event("REJECT", TWN_PRES_OFFICE, ERIC_CHU, T14, mode="change"),
        event("AGREE", TWN_PRES_OFFICE, CHN_GOV, T14),
        event("SUPPORT", US_STATE, TWN_GOV, T15),
        event("MOBILIZE", PLA, None, T16, mode="troops", location="Taiwan", location_country="TWN"),
    ],
    "quotes": [
        quote("Die jährliche Übung „Han Kuang“ soll in diesem Jahr zehn Tage dauern",
              "Ministry of National Defense of Taiwan", "indirect"),
        quote("Frieden erreicht man durch Stärke", "Lai Ching-te", "direct"),
        quote("die Streitkräfte müssten in der Lage sein, eine Landung feindlicher Truppen schon an der Küste abzuwehren",
              "Wellington Koo", "indirect"),
        quote("mit Waffen die Unabhängigkeit erzwingen", "Zhu Fenglian", "direct"),
        quote("in den Krieg", "Zhu Fenglian", "direct"),
        quote("Die Regierung Lai wolle „mit Waffen die Unabhängigkeit erzwingen“ und treibe die Menschen auf der Insel "
              "„in den Krieg“", "Zhu Fenglian", "indirect"),
        quote("entschlossen zerschlagen", "Zhu Fenglian", "direct"),
        quote("Die Volksbefreiungsarmee werde jede separatistische Provokation „entschlossen zerschlagen“",
              "Zhu Fenglian", "indirect"),
        quote("die Übung für innenpolitische Zwecke zu missbrauchen", "Kuomintang", "indirect"),
        quote("Der Alltag von Millionen Menschen werde unnötig gestört", "spokesperson of the Kuomintang",
              "indirect"),
        quote("statt auf Konfrontation auf Dialog mit Peking zu setzen", "Eric Chu", "indirect"),
        quote("Peking sei jederzeit zu Gesprächen eingeladen, solange es Taiwan als gleichberechtigt behandle",
              "Office of the President of Taiwan", "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel", "die demokratisch regierte Insel"]),
        entity("China", "LOC", "CHN", ["Chinas", "der Volksrepublik"]),
        entity("Han Kuang exercise", "MISC", "TWN", ["Die jährliche Übung „Han Kuang“", "das Manöver", "die Übung"]),
        entity("Ministry of National Defense of Taiwan", "ORG", "TWN", ["das Verteidigungsministerium"]),
        entity("Taiwanese reservists", "PER", "TWN", ["Rund 22.000 Reservisten"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai"]),
        entity("Wellington Koo", "PER", "TWN", ["Verteidigungsminister Wellington Koo"]),
        entity("Armed Forces of Taiwan", "ORG", "TWN", ["die Streitkräfte"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Die Regierung Lai", "der Regierung"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Taiwan-Büros des chinesischen Staatsrats"]),
        entity("Zhu Fenglian", "PER", "CHN", ["die Sprecherin des Taiwan-Büros des chinesischen Staatsrats, Zhu "
                                              "Fenglian", "sie"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Die Volksbefreiungsarmee", "die chinesische Armee"]),
        entity("Kuomintang", "ORG", "TWN", ["Die oppositionelle Kuomintang (KMT)", "der Partei", "KMT"]),
        entity("spokesperson of the Kuomintang", "PER", "TWN", ["ein Sprecher der Partei"]),
        entity("Eric Chu", "PER", "TWN", ["KMT-Chef Eric Chu"]),
        entity("Office of the President of Taiwan", "ORG", "TWN", ["Das Präsidialamt"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Kuomintang lawmakers", "ORG", "TWN", ["24 KMT-Abgeordneten"]),
    ],
}

# ---------------------------------------------------------------- hm493-de-04 (Philippines/China, spy arrest)
NBI = actor("National Bureau of Investigation of the Philippines", "PHL", "COP")
DENG = actor("Deng Yuanqing", "CHN", "CVL")
PHL_HELPERS = actor("Filipino accomplices of Deng Yuanqing", "PHL", "CVL")
SANTIAGO = actor("Jaime Santiago", "PHL", "COP")
PHL_DOJ = actor("Department of Justice of the Philippines", "PHL", "JUD")
GUO_JIAKUN = actor("Guo Jiakun", "CHN", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
CHN_EMBASSY = actor("Embassy of China in Manila", "CHN", "GOV")
MALAYA = actor("Jonathan Malaya", "PHL", "GOV")
HONTIVEROS = actor("Risa Hontiveros", "PHL", "LEG")
PLA_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")

P1 = ("Manila (dpa) - Die philippinischen Behörden haben einen mutmaßlichen chinesischen Spion und zwei philippinische "
      "Komplizen festgenommen.")
P2 = ("Der Chinese Deng Yuanqing sei in der vergangenen Woche in Makati, einem Geschäftsviertel der Hauptstadt, "
      "gefasst worden, teilte der Direktor der Ermittlungsbehörde NBI, Jaime Santiago, am Mittwoch mit.")
P3 = ("In seinem Auto hätten die Ermittler Geräte gefunden, mit denen Militärstützpunkte, Polizeiwachen und "
      "Wasserwerke ausgespäht worden seien.")
P4 = "Der Mann soll zudem an einer Hochschule der chinesischen Volksbefreiungsarmee studiert haben."
P5 = "Das Justizministerium erhob am Dienstag Anklage wegen Spionage gegen Deng."
P6 = "Gegen die beiden Filipinos wurde bislang keine Anklage erhoben."
P7 = "China wies die Vorwürfe zurück."
P8 = ("Manila solle aufhören, „grundlos über sogenannte chinesische Spione zu spekulieren“, sagte Außenamtssprecher "
      "Guo Jiakun in Peking.")
P9 = "Die chinesische Botschaft in Manila verlangte konsularischen Zugang zu dem Festgenommenen."
P10 = ("Der Sprecher des Nationalen Sicherheitsrats, Jonathan Malaya, warf Peking vor, seine Spionageaktivitäten auf "
       "den Philippinen massiv auszuweiten.")
P11 = "„Das ist kein Einzelfall“, sagte Malaya."
P12 = ("Senatorin Risa Hontiveros forderte die Regierung von Präsident Ferdinand Marcos Jr. auf, chinesische "
       "Staatsbürger in der Nähe von Militäranlagen strenger zu überprüfen.")
P13 = ("Die Beziehungen zwischen beiden Ländern sind wegen des Streits um Gebiete im Südchinesischen Meer seit Jahren "
       "angespannt.")
P14 = ("Erst in der vergangenen Woche hatte Manila der chinesischen Marine vorgeworfen, ein Hubschrauber habe sich nahe "
       "dem Scarborough-Riff einem Flugzeug der philippinischen Fischereibehörde bis auf drei Meter genähert.")
P15 = "Peking sprach von einem illegalen Eindringen in chinesischen Luftraum."

DE04 = {
    "id": "hm493-de-04", "lang": "de", "url": None, "published": "2025-02-26",
    "title": "Philippinen nehmen mutmaßlichen chinesischen Spion fest",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6], [P7, P8, P9], [P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("COERCE", NBI, DENG, P1, mode="arrest", location_country="PHL"),
        event("COERCE", NBI, PHL_HELPERS, P1, mode="arrest", location_country="PHL"),
        event("COERCE", NBI, DENG, P2, mode="arrest", location="Makati", location_country="PHL"),
        event("ACCUSE", SANTIAGO, DENG, P3, mode="allege"),
        event("ACCUSE", PHL_DOJ, DENG, P5, mode="allege", date="2025-02-25"),
        event("ACCUSE", PHL_DOJ, PHL_HELPERS, P6, mode="allege", negated=True),
        event("REQUEST", GUO_JIAKUN, PHL_GOV, P8, mode="change", location="Beijing", location_country="CHN"),
        event("REQUEST", CHN_EMBASSY, PHL_GOV, P9),
        event("ACCUSE", MALAYA, CHN_GOV, P10, mode="allege"),
        event("REQUEST", HONTIVEROS, PHL_GOV, P12, mode="change"),
        event("ACCUSE", PHL_GOV, PLA_NAVY, P14, mode="allege"),
        event("ACCUSE", CHN_GOV, PHL_GOV, P15, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Chinese Deng Yuanqing sei in der vergangenen Woche in Makati, einem Geschäftsviertel der Hauptstadt, "
              "gefasst worden", "Jaime Santiago", "indirect"),
        quote("In seinem Auto hätten die Ermittler Geräte gefunden, mit denen Militärstützpunkte, Polizeiwachen und "
              "Wasserwerke ausgespäht worden seien", "Jaime Santiago", "indirect"),
        quote("grundlos über sogenannte chinesische Spione zu spekulieren", "Guo Jiakun", "direct"),
        quote("Manila solle aufhören, „grundlos über sogenannte chinesische Spione zu spekulieren“", "Guo Jiakun",
              "indirect"),
        quote("seine Spionageaktivitäten auf den Philippinen massiv auszuweiten", "Jonathan Malaya", "indirect"),
        quote("Das ist kein Einzelfall", "Jonathan Malaya", "direct"),
        quote("chinesische Staatsbürger in der Nähe von Militäranlagen strenger zu überprüfen", "Risa Hontiveros",
              "indirect"),
        quote("ein Hubschrauber habe sich nahe dem Scarborough-Riff einem Flugzeug der philippinischen "
              "Fischereibehörde bis auf drei Meter genähert", "Government of the Philippines", "indirect"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["Manila", "der Hauptstadt"]),
        entity("National Bureau of Investigation of the Philippines", "ORG", "PHL",
               ["Die philippinischen Behörden", "der Ermittlungsbehörde NBI", "die Ermittler"]),
        entity("Deng Yuanqing", "PER", "CHN", ["einen mutmaßlichen chinesischen Spion", "Der Chinese Deng Yuanqing",
                                               "seinem", "Der Mann", "Deng", "dem Festgenommenen"]),
        entity("Filipino accomplices of Deng Yuanqing", "PER", "PHL", ["zwei philippinische Komplizen",
                                                                       "die beiden Filipinos"]),
        entity("Makati", "LOC", "PHL", ["Makati, einem Geschäftsviertel der Hauptstadt"]),
        entity("Jaime Santiago", "PER", "PHL", ["der Direktor der Ermittlungsbehörde NBI, Jaime Santiago"]),
        entity("People's Liberation Army", "ORG", "CHN", ["der chinesischen Volksbefreiungsarmee"]),
        entity("Department of Justice of the Philippines", "ORG", "PHL", ["Das Justizministerium"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Manila",
                                                              "die Regierung von Präsident Ferdinand Marcos Jr."]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun"]),
        entity("Embassy of China in Manila", "ORG", "CHN", ["Die chinesische Botschaft in Manila"]),
        entity("National Security Council of the Philippines", "ORG", "PHL", ["des Nationalen Sicherheitsrats"]),
        entity("Jonathan Malaya", "PER", "PHL", ["Der Sprecher des Nationalen Sicherheitsrats, Jonathan Malaya",
                                                 "Malaya"]),
        entity("Philippines", "LOC", "PHL", ["den Philippinen"]),
        entity("Risa Hontiveros", "PER", "PHL", ["Senatorin Risa Hontiveros"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("Chinese citizens near military sites", "PER", "CHN",
               ["chinesische Staatsbürger in der Nähe von Militäranlagen"]),
        entity("South China Sea", "LOC", None, ["im Südchinesischen Meer"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["der chinesischen Marine", "ein Hubschrauber"]),
        entity("Scarborough Shoal", "LOC", None, ["dem Scarborough-Riff"]),
        entity("Bureau of Fisheries and Aquatic Resources", "ORG", "PHL", ["der philippinischen Fischereibehörde"]),
    ],
}

# ---------------------------------------------------------------- hm493-en-01 (ASEAN/ADMM-Plus, Vientiane)
ADMM_PLUS = actor("ASEAN Defence Ministers' Meeting-Plus", "IGO", "IGO")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
DONG_JUN = actor("Dong Jun", "CHN", "MIL")
CHN_GOV_EN = actor("Government of China", "CHN", "GOV")
PHL_GOV_EN = actor("Government of the Philippines", "PHL", "GOV")
VNM_GOV_EN = actor("Government of Vietnam", "VNM", "GOV")
ZHANG_XIAOGANG = actor("Zhang Xiaogang", "CHN", "MIL")
USA_GOV_EN = actor("Government of the United States", "USA", "GOV")
NAKATANI = actor("Gen Nakatani", "JPN", "GOV")
MARLES = actor("Richard Marles", "AUS", "GOV")
TEODORO = actor("Gilberto Teodoro", "PHL", "GOV")
CCG = actor("China Coast Guard", "CHN", "COP")
PHL_NAVY = actor("Philippine Navy", "PHL", "MIL")

A1 = ("VIENTIANE, Laos (AP) — Defense chiefs from Southeast Asia and eight partner nations ended their annual meeting "
      "in Laos on Thursday without a joint declaration, officials said.")
A2 = ("U.S. Defense Secretary Lloyd Austin told reporters that China's defense minister, Dong Jun, had turned down his "
      "request for a meeting on the sidelines of the gathering, citing U.S. arms sales to Taiwan.")
A3 = "\"It's unfortunate,\" Austin said, calling the refusal a setback for the whole region."
A4 = "The two men last met in person at the Shangri-La Dialogue in Singapore in May."
A5 = ("According to two U.S. officials, Beijing blocked references to the South China Sea that the Philippines and "
      "Vietnam had wanted in the declaration.")
A6 = ("China's Defense Ministry spokesman Zhang Xiaogang denied that Beijing had sabotaged the statement and accused "
      "Washington of trying to \"hijack\" the forum.")
A7 = "Lao Defense Minister Chansamone Chanyalath, who chaired the meeting, issued a chairman's statement instead."
A8 = ("Austin held separate talks with his counterparts from Japan, Australia and the Philippines, Gen Nakatani, "
      "Richard Marles and Gilberto Teodoro.")
A9 = ("The four agreed to expand joint maritime patrols and share more intelligence, according to a joint "
      "statement.")
A10 = "Teodoro accused China of \"illegal, coercive and aggressive\" behavior against Philippine vessels."
A11 = "\"We will not be intimidated,\" he said."
A12 = ("In June, Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats near Second "
       "Thomas Shoal, and a Filipino sailor lost a thumb in the clash.")
A13 = ("Beijing claims virtually all of the South China Sea, parts of which are also claimed by the Philippines, "
       "Vietnam, Malaysia and Brunei.")
A14 = "Austin's trip is likely his last to Asia before President-elect Donald Trump takes office in January."
A15 = "Malaysia, which takes over the rotating ASEAN chairmanship next year, is due to host the next meeting."

EN01 = {
    "id": "hm493-en-01", "lang": "en", "url": None, "published": "2024-11-21",
    "title": "Asian defense meeting ends without joint statement as China snubs Austin",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13], [A14, A15]),
    "events": [
        event("CONSULT", ADMM_PLUS, None, A1, mode="multilateral", date="2024-11-21", location="Vientiane",
              location_country="LAO"),
        event("AGREE", ADMM_PLUS, None, A1, date="2024-11-21", location="Vientiane", location_country="LAO",
              negated=True),
        event("REQUEST", AUSTIN, DONG_JUN, A2, mode="meet"),
        event("REJECT", DONG_JUN, AUSTIN, A2, mode="meet"),
        event("ACCUSE", AUSTIN, DONG_JUN, A3, mode="disapprove"),
        event("CONSULT", AUSTIN, DONG_JUN, A4, mode="meet", location="Singapore", location_country="SGP"),
        event("REJECT", CHN_GOV_EN, PHL_GOV_EN, A5),
        event("REJECT", CHN_GOV_EN, VNM_GOV_EN, A5),
        event("ACCUSE", ZHANG_XIAOGANG, USA_GOV_EN, A6, mode="disapprove"),
        event("CONSULT", AUSTIN, NAKATANI, A8, mode="meet"),
        event("CONSULT", AUSTIN, MARLES, A8, mode="meet"),
        event("CONSULT", AUSTIN, TEODORO, A8, mode="meet"),
        event("AGREE", AUSTIN, NAKATANI, A9),
        event("AGREE", AUSTIN, MARLES, A9),
        event("AGREE", AUSTIN, TEODORO, A9),
        event("ACCUSE", TEODORO, CHN_GOV_EN, A10, mode="disapprove"),
        event("ASSAULT", CCG, PHL_NAVY, A12, mode="primitive", location="Second Thomas Shoal"),
    ],
    "quotes": [
        quote("Defense chiefs from Southeast Asia and eight partner nations ended their annual meeting in Laos on "
              "Thursday without a joint declaration", "officials", "indirect"),
        quote("China's defense minister, Dong Jun, had turned down his request for a meeting on the sidelines of the "
              "gathering, citing U.S. arms sales to Taiwan", "Lloyd Austin", "indirect"),
        quote("It's unfortunate", "Lloyd Austin", "direct"),
        quote("Beijing blocked references to the South China Sea that the Philippines and Vietnam had wanted in the "
              "declaration", "U.S. officials", "indirect"),
        quote("Beijing had sabotaged the statement", "Zhang Xiaogang", "indirect"),
        quote("hijack", "Zhang Xiaogang", "direct"),
        quote("The four agreed to expand joint maritime patrols and share more intelligence",
              "defense ministers of the United States, Japan, Australia and the Philippines", "indirect"),
        quote("illegal, coercive and aggressive", "Gilberto Teodoro", "direct"),
        quote("We will not be intimidated", "Gilberto Teodoro", "direct"),
    ],
    "entities": [
        entity("Vientiane", "LOC", "LAO", ["VIENTIANE"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
        entity("ADMM-Plus defense ministers", "ORG", "IGO", ["Defense chiefs from Southeast Asia and eight partner "
                                                             "nations"]),
        entity("ADMM-Plus meeting", "MISC", "IGO", ["their annual meeting", "the gathering", "the meeting",
                                                    "the forum"]),
        entity("Lloyd Austin", "PER", "USA", ["U.S. Defense Secretary Lloyd Austin", "his", "Austin", "Austin's"]),
        entity("Dong Jun", "PER", "CHN", ["China's defense minister, Dong Jun"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Shangri-La Dialogue", "MISC", "SGP", ["the Shangri-La Dialogue"]),
        entity("Singapore", "LOC", "SGP", ["Singapore"]),
        entity("U.S. officials", "PER", "USA", ["two U.S. officials"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "China"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
        entity("Philippines", "LOC", "PHL", ["the Philippines"]),
        entity("Government of the Philippines", "ORG", "PHL", ["the Philippines"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Vietnam"]),
        entity("Zhang Xiaogang", "PER", "CHN", ["China's Defense Ministry spokesman Zhang Xiaogang"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["China's Defense Ministry"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Chansamone Chanyalath", "PER", "LAO", ["Lao Defense Minister Chansamone Chanyalath"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Gen Nakatani", "PER", "JPN", ["Gen Nakatani"]),
        entity("Richard Marles", "PER", "AUS", ["Richard Marles"]),
        entity("Gilberto Teodoro", "PER", "PHL", ["Gilberto Teodoro", "Teodoro", "he"]),
        entity("China Coast Guard", "ORG", "CHN", ["Chinese coast guard personnel"]),
        entity("Philippine Navy", "ORG", "PHL", ["Philippine navy boats"]),
        entity("Filipino sailor", "PER", "PHL", ["a Filipino sailor"]),
        entity("Second Thomas Shoal", "LOC", None, ["Second Thomas Shoal"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Brunei", "LOC", "BRN", ["Brunei"]),
        entity("Asia", "LOC", None, ["Asia"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump"]),
        entity("ASEAN", "ORG", "IGO", ["ASEAN"]),
    ],
}

# ---------------------------------------------------------------- hm493-en-02 (Bangladesh/IMF, loan tranches)
IMF = actor("International Monetary Fund", "IGO", "IGO")
BGD_GOV = actor("Government of Bangladesh", "BGD", "GOV")
SALEHUDDIN = actor("Salehuddin Ahmed", "BGD", "GOV")
MANSUR = actor("Ahsan H. Mansur", "BGD", "GOV")
CLARKE = actor("Nigel Clarke", "IGO", "IGO")
NBR_OFFICIALS = actor("officials of the National Board of Revenue", "BGD", "GOV")
BNP = actor("Bangladesh Nationalist Party", "BGD", "OPP")

B1 = ("DHAKA, Bangladesh (AP) — The International Monetary Fund has approved the release of about $1.3 billion to "
      "Bangladesh, ending a six-month standoff over the country's exchange rate.")
B2 = ("The fund's executive board signed off on the money on Monday, combining two tranches of a $4.7 billion loan "
      "program that began in 2023.")
B3 = "The board also agreed to enlarge the program by about $800 million, the IMF said in a statement."
B4 = ("Finance Adviser Salehuddin Ahmed welcomed the decision and said it would help restore the confidence of foreign "
      "investors and lenders.")
B5 = ("The IMF had held back the payments since December, demanding that Dhaka let the taka trade more freely and "
      "raise its tax revenue, which is among the lowest in the world relative to economic output.")
B6 = ("Bangladesh Bank Governor Ahsan H. Mansur initially rejected the demand, warning that a sharp devaluation could "
      "fuel inflation.")
B7 = ("The two sides reached an agreement in May after talks in Dhaka and on the sidelines of the fund's spring "
      "meetings in Washington.")
B8 = ("Under the deal, the taka's exchange rate is set by the market within a band, while the central bank can still "
      "intervene to curb excessive swings.")
B9 = "\"Decisive implementation of reforms remains essential,\" IMF Deputy Managing Director Nigel Clarke said."
B10 = ("He said the authorities also needed to clean up a banking sector weakened by years of bad loans and to protect "
       "the poorest households from rising prices.")
B11 = "The reforms have met resistance at home."
B12 = ("Officials of the National Board of Revenue have staged work stoppages for weeks against a government "
       "ordinance that splits the tax agency in two, a step the IMF had pushed for.")
B13 = ("The officials have demanded the removal of the board's chairman, Abdur Rahman Khan, and threatened a complete "
       "shutdown of customs and tax offices.")
B14 = "The government said it would not withdraw the ordinance but offered to amend it."
B15 = ("Muhammad Yunus, who has headed the interim government since August last year, has said elections will be held "
       "in the first half of next year.")
B16 = ("The Bangladesh Nationalist Party accused the administration of accepting the fund's conditions without "
       "consulting political parties.")
B17 = ("Ahmed said Dhaka had not asked the IMF for any further loans and wanted to reduce its reliance on foreign "
       "borrowing.")

EN02 = {
    "id": "hm493-en-02", "lang": "en", "url": None, "published": "2025-06-24",
    "title": "IMF releases $1.3 billion to Bangladesh after currency standoff",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("AID", IMF, BGD_GOV, B1),
        event("AID", IMF, BGD_GOV, B2, date="2025-06-23"),
        event("AGREE", IMF, BGD_GOV, B3),
        event("SUPPORT", SALEHUDDIN, IMF, B4),
        event("SANCTION", IMF, BGD_GOV, B5, mode="discontinue"),
        event("REQUEST", IMF, BGD_GOV, B5, mode="change"),
        event("REJECT", MANSUR, IMF, B6, mode="change"),
        event("AGREE", BGD_GOV, IMF, B7),
        event("CONSULT", BGD_GOV, IMF, B7, mode="meet"),
        event("REQUEST", CLARKE, BGD_GOV, B9, mode="change"),
        event("REQUEST", CLARKE, BGD_GOV, B10, mode="change"),
        event("PROTEST", NBR_OFFICIALS, BGD_GOV, B12, mode="strike"),
        event("REQUEST", IMF, BGD_GOV, B12, mode="change"),
        event("REQUEST", NBR_OFFICIALS, BGD_GOV, B13, mode="change"),
        event("THREATEN", NBR_OFFICIALS, BGD_GOV, B13),
        event("REJECT", BGD_GOV, NBR_OFFICIALS, B14, mode="change"),
        event("AGREE", BGD_GOV, NBR_OFFICIALS, B14),
        event("ACCUSE", BNP, BGD_GOV, B16, mode="disapprove"),
        event("REQUEST", BGD_GOV, IMF, B17, mode="assist", negated=True),
    ],
    "quotes": [
        quote("The board also agreed to enlarge the program by about $800 million", "International Monetary Fund",
              "indirect"),
        quote("it would help restore the confidence of foreign investors and lenders", "Salehuddin Ahmed",
              "indirect"),
        quote("a sharp devaluation could fuel inflation", "Ahsan H. Mansur", "indirect"),
        quote("Decisive implementation of reforms remains essential", "Nigel Clarke", "direct"),
        quote("the authorities also needed to clean up a banking sector weakened by years of bad loans and to protect "
              "the poorest households from rising prices", "Nigel Clarke", "indirect"),
        quote("it would not withdraw the ordinance", "Government of Bangladesh", "indirect"),
        quote("elections will be held in the first half of next year", "Muhammad Yunus", "indirect"),
        quote("accepting the fund's conditions without consulting political parties", "Bangladesh Nationalist Party",
              "indirect"),
        quote("Dhaka had not asked the IMF for any further loans and wanted to reduce its reliance on foreign "
              "borrowing", "Salehuddin Ahmed", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["DHAKA", "Dhaka"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh", "the country's"]),
        entity("International Monetary Fund", "ORG", "IGO",
               ["The International Monetary Fund", "The fund's executive board", "The board", "the IMF", "The IMF",
                "the fund's", "IMF"]),
        entity("Salehuddin Ahmed", "PER", "BGD", ["Finance Adviser Salehuddin Ahmed", "Ahmed"]),
        entity("Government of Bangladesh", "ORG", "BGD", ["Dhaka", "the authorities", "The government",
                                                          "the interim government", "the administration"]),
        entity("taka", "MISC", "BGD", ["the taka", "the taka's"]),
        entity("Bangladesh Bank", "ORG", "BGD", ["Bangladesh Bank", "the central bank"]),
        entity("Ahsan H. Mansur", "PER", "BGD", ["Bangladesh Bank Governor Ahsan H. Mansur"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Nigel Clarke", "PER", "IGO", ["IMF Deputy Managing Director Nigel Clarke", "He"]),
        entity("National Board of Revenue", "ORG", "BGD", ["the National Board of Revenue", "the tax agency",
                                                           "the board's"]),
        entity("officials of the National Board of Revenue", "PER", "BGD",
               ["Officials of the National Board of Revenue", "The officials"]),
        entity("Abdur Rahman Khan", "PER", "BGD", ["the board's chairman, Abdur Rahman Khan"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus"]),
        entity("Bangladesh Nationalist Party", "ORG", "BGD", ["The Bangladesh Nationalist Party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
