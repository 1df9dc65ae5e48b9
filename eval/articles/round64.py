"""Round 64: six hand-made wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings):
- hm64-de-01: First day of the Qatar-brokered Gaza truce: hostages and prisoners released (Nov 2023).
- hm64-de-02: HTS-led rebels take much of Aleppo, the Syrian army pulls back (Nov 2024).
- hm64-de-03: Vietnam accuses China of attacking fishermen near the Paracel Islands (Oct 2024).
- hm64-de-04: The US deports alleged Tren de Aragua members to El Salvador's CECOT prison (Mar 2025).
- hm64-en-01: Israel's operation in the Jenin refugee camp (Jul 2023).
- hm64-en-02: Palau blames China for a cyberattack on government files (Mar 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm64-de-01
A = [
    "Am ersten Tag der Feuerpause im Gazastreifen hat die Hamas am Freitag 24 Geiseln freigelassen, darunter 13 Israelis und zehn Thailänder.",
    "Im Gegenzug entließ Israel 39 palästinensische Frauen und Jugendliche aus seinen Gefängnissen, wie die Gefängnisbehörde mitteilte.",
    "Israel und die Hamas hielten sich weitgehend an die Waffenruhe.",
    "Katars Außenamtssprecher Madschid al-Ansari sagte in Doha, bis Montag sollten insgesamt 50 Geiseln freikommen.",
    "Israel sagte seinerseits die Freilassung von 150 palästinensischen Häftlingen zu.",
    "Ministerpräsident Benjamin Netanjahu kündigte an, den Krieg nach der Feuerpause »mit voller Kraft« fortzusetzen.",
    "Ägyptische Behörden ließen am Freitag rund 200 Lastwagen mit Hilfsgütern über den Grenzübergang Rafah in den Gazastreifen.",
    "Thailands Regierungschef Srettha Thavisin dankte Katar, Ägypten und Iran für ihre Vermittlung.",
    "»Wir werden nicht ruhen, bis alle Thailänder zu Hause sind«, schrieb er auf X.",
]
HAMAS = actor("Hamas", "PSE", "REB")
ISR = actor("Israel", "ISR", "GOV")
PRISONERS = actor("Palestinian prisoners", "PSE", "CVL")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")
DE01 = {
    "id": "hm64-de-01", "lang": "de", "url": None, "published": "2023-11-25",
    "title": "Hamas lässt erste Geiseln frei, Israel entlässt Häftlinge",
    "text": paragraphs(A[0:3], A[3:6], A[6:9]),
    "events": [
        event("RETREAT", HAMAS, actor("Israel", "ISR", None), A[0], mode="release", date="2023-11-24"),
        event("RETREAT", HAMAS, actor("Thailand", "THA", None), A[0], mode="release", date="2023-11-24"),
        event("RETREAT", ISR, PRISONERS, A[1], mode="release"),
        event("RETREAT", ISR, HAMAS, A[2], mode="ceasefire"),
        event("RETREAT", HAMAS, ISR, A[2], mode="ceasefire"),
        event("CONCEDE", ISR, PRISONERS, A[4]),
        event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), HAMAS, A[5], mode="violence"),
        event("AID", actor("Egypt", "EGY", "GOV"), actor("residents of Gaza", "PSE", "CVL"), A[6], mode="humanitarian",
              date="2023-11-24", location="Rafah crossing", location_country="EGY"),
        event("SUPPORT", SRETTHA, actor("Qatar", "QAT", "GOV"), A[7]),
        event("SUPPORT", SRETTHA, actor("Egypt", "EGY", "GOV"), A[7]),
        event("SUPPORT", SRETTHA, actor("Iran", "IRN", "GOV"), A[7]),
    ],
    "quotes": [
        quote("Im Gegenzug entließ Israel 39 palästinensische Frauen und Jugendliche aus seinen Gefängnissen", "Israel Prison Service", "indirect"),
        quote("bis Montag sollten insgesamt 50 Geiseln freikommen", "Majed al-Ansari", "indirect"),
        quote("mit voller Kraft", "Benjamin Netanyahu", "direct"),
        quote("Wir werden nicht ruhen, bis alle Thailänder zu Hause sind", "Srettha Thavisin", "direct"),
    ],
    "entities": [
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Hamas", "ORG", "PSE", ["die Hamas"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israel Prison Service", "ORG", "ISR", ["die Gefängnisbehörde"]),
        entity("Qatar", "GPE", "QAT", ["Katars", "Katar"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Katars Außenamtssprecher Madschid al-Ansari"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Egypt", "GPE", "EGY", ["Ägyptische Behörden", "Ägypten"]),
        entity("Rafah crossing", "LOC", "EGY", ["Grenzübergang Rafah"]),
        entity("Thailand", "GPE", "THA", ["Thailands"]),
        entity("Srettha Thavisin", "PER", "THA", ["Thailands Regierungschef Srettha Thavisin", "er"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("X", "ORG", "MNC", ["X"]),
    ],
}

# ---------------------------------------------------------------- hm64-de-02
B = [
    "Islamistische Rebellen unter Führung der Miliz Hajat Tahrir al-Scham (HTS) haben bei einer Großoffensive weite Teile der nordsyrischen Stadt Aleppo erobert.",
    "Die syrische Armee zog am Freitag Truppen aus mehreren Vierteln ab, um eine »Gegenoffensive« vorzubereiten, wie das Verteidigungsministerium mitteilte.",
    "Russische Kampfjets bombardierten in der Nacht zum Samstag Stellungen der Rebellen in der Provinz Idlib.",
    "Präsident Baschar al-Assad kündigte an, die »Terroristen« mit aller Härte zu bekämpfen.",
    "Er telefonierte nach Angaben seines Büros mit dem Präsidenten der Vereinigten Arabischen Emirate, Mohammed bin Sajid.",
    "Der iranische Außenminister Abbas Araghtschi bekundete Damaskus die »feste Unterstützung« Teherans und will am Sonntag in die syrische Hauptstadt reisen.",
    "Die Türkei rief die Regierung in Damaskus zu einem Dialog mit der Opposition auf.",
    "Die Rebellen werfen der Armee vor, Dörfer in ihrem Gebiet bombardiert zu haben.",
    "Die Vereinten Nationen zeigten sich besorgt über die Lage der Zivilisten.",
]
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
SAA = actor("Syrian Arab Army", "SYR", "MIL")
SYR = actor("Syria", "SYR", "GOV")
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
DE02 = {
    "id": "hm64-de-02", "lang": "de", "url": None, "published": "2024-11-30",
    "title": "Rebellen erobern weite Teile Aleppos",
    "text": paragraphs(B[0:3], B[3:6], B[6:9]),
    "events": [
        event("ASSAULT", HTS, SAA, B[0], location="Aleppo", location_country="SYR"),
        event("RETREAT", SAA, None, B[1], mode="withdraw", date="2024-11-29"),
        event("ASSAULT", actor("Russian Aerospace Forces", "RUS", "MIL"), HTS, B[2], mode="aerial", date="2024-11-30",
              location="Idlib", location_country="SYR"),
        event("THREATEN", ASSAD, HTS, B[3], mode="violence"),
        event("CONSULT", ASSAD, actor("Mohamed bin Zayed", "ARE", "GOV"), B[4], mode="phone"),
        event("SUPPORT", ARAGHCHI, SYR, B[5]),
        event("AGREE", ARAGHCHI, SYR, B[5]),
        event("REQUEST", actor("Turkey", "TUR", "GOV"), SYR, B[6], mode="meet"),
        event("ACCUSE", HTS, SAA, B[7], mode="allege"),
    ],
    "quotes": [
        quote("Gegenoffensive", "Ministry of Defence of Syria", "direct"),
        quote("Die syrische Armee zog am Freitag Truppen aus mehreren Vierteln ab, um eine »Gegenoffensive« vorzubereiten", "Ministry of Defence of Syria", "indirect"),
        quote("Terroristen", "Bashar al-Assad", "direct"),
        quote("Er telefonierte nach Angaben seines Büros mit dem Präsidenten der Vereinigten Arabischen Emirate, Mohammed bin Sajid", "Syrian Presidency", "indirect"),
        quote("feste Unterstützung", "Abbas Araghchi", "direct"),
        quote("Dörfer in ihrem Gebiet bombardiert zu haben", "Hayat Tahrir al-Sham", "indirect"),
    ],
    "entities": [
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["Islamistische Rebellen", "der Miliz Hajat Tahrir al-Scham (HTS)", "der Rebellen", "Die Rebellen"]),
        entity("Aleppo", "LOC", "SYR", ["Stadt Aleppo"]),
        entity("Syrian Arab Army", "ORG", "SYR", ["Die syrische Armee", "der Armee"]),
        entity("Ministry of Defence of Syria", "ORG", "SYR", ["das Verteidigungsministerium"]),
        entity("Russian Aerospace Forces", "ORG", "RUS", ["Russische Kampfjets"]),
        entity("Idlib", "LOC", "SYR", ["Provinz Idlib"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Präsident Baschar al-Assad", "Er"]),
        entity("Syrian Presidency", "ORG", "SYR", ["seines Büros"]),
        entity("United Arab Emirates", "GPE", "ARE", ["Vereinigten Arabischen Emirate"]),
        entity("Mohamed bin Zayed", "PER", "ARE", ["dem Präsidenten der Vereinigten Arabischen Emirate, Mohammed bin Sajid"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Der iranische Außenminister Abbas Araghtschi"]),
        entity("Iran", "GPE", "IRN", ["Teherans"]),
        entity("Syria", "GPE", "SYR", ["Damaskus", "die Regierung in Damaskus"]),
        entity("Damascus", "LOC", "SYR", ["die syrische Hauptstadt"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm64-de-03
C = [
    "Vietnam hat China vorgeworfen, die Besatzung eines vietnamesischen Fischerboots bei den Paracel-Inseln mit Eisenstangen angegriffen zu haben.",
    "Zehn Fischer seien am Sonntag verletzt worden, vier von ihnen schwer, sagte Außenamtssprecherin Pham Thu Hang am Mittwoch in Hanoi.",
    "Die Angreifer hätten zudem Fang und Ausrüstung beschlagnahmt.",
    "Hanoi übergab der chinesischen Botschaft eine Protestnote und verlangte eine Untersuchung sowie Entschädigung für die Fischer.",
    "Das chinesische Außenministerium wies die Darstellung zurück.",
    "Die Fischer seien illegal in chinesische Gewässer eingedrungen, die Beamten hätten »im Einklang mit dem Gesetz« gehandelt, sagte Sprecherin Mao Ning.",
    "Eine Entschädigung hat Peking bislang nicht zugesagt.",
    "Auch die Philippinen verurteilten den Vorfall als „unverhältnismäßig“.",
    "Das US-Außenministerium sprach Vietnam seine Solidarität aus.",
    "Vietnam und China hatten erst im August bei einem Besuch von Staatschef To Lam in Peking vereinbart, Streitigkeiten auf See friedlich beizulegen.",
    "Beide Länder beanspruchen die Inselgruppe seit Jahrzehnten.",
]
VNM = actor("Vietnam", "VNM", "GOV")
CHN = actor("China", "CHN", "GOV")
DE03 = {
    "id": "hm64-de-03", "lang": "de", "url": None, "published": "2024-10-03",
    "title": "Vietnam wirft China Angriff auf Fischer vor",
    "text": paragraphs(C[0:3], C[3:7], C[7:11]),
    "events": [
        event("ACCUSE", VNM, CHN, C[0], mode="allege"),
        event("ACCUSE", actor("Pham Thu Hang", "VNM", "GOV"), CHN, C[2], mode="allege"),
        event("ACCUSE", VNM, CHN, C[3], mode="disapprove"),
        event("REQUEST", VNM, CHN, C[3]),
        event("ACCUSE", actor("Mao Ning", "CHN", "GOV"), actor("Vietnamese fishermen", "VNM", "CVL"), C[5], mode="allege"),
        event("AGREE", CHN, VNM, C[6], negated=True),
        event("ACCUSE", actor("Philippines", "PHL", "GOV"), CHN, C[7], mode="disapprove"),
        event("SUPPORT", actor("United States Department of State", "USA", "GOV"), VNM, C[8]),
        event("CONSULT", actor("To Lam", "VNM", "GOV"), CHN, C[9], mode="visit", location="Beijing", location_country="CHN"),
        event("AGREE", VNM, CHN, C[9]),
    ],
    "quotes": [
        quote("die Besatzung eines vietnamesischen Fischerboots bei den Paracel-Inseln mit Eisenstangen angegriffen zu haben", "Vietnam", "indirect"),
        quote("Zehn Fischer seien am Sonntag verletzt worden, vier von ihnen schwer", "Pham Thu Hang", "indirect"),
        quote("Die Angreifer hätten zudem Fang und Ausrüstung beschlagnahmt", "Pham Thu Hang", "indirect"),
        quote("im Einklang mit dem Gesetz", "Mao Ning", "direct"),
        quote("Die Fischer seien illegal in chinesische Gewässer eingedrungen, die Beamten hätten »im Einklang mit dem Gesetz« gehandelt", "Mao Ning", "indirect"),
        quote("unverhältnismäßig", "Philippines", "direct"),
    ],
    "entities": [
        entity("Vietnam", "GPE", "VNM", ["Vietnam", "Hanoi"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Paracel Islands", "LOC", None, ["Paracel-Inseln", "die Inselgruppe"]),
        entity("Vietnamese fishermen", "ORG", "VNM", ["die Besatzung eines vietnamesischen Fischerboots", "Zehn Fischer", "die Fischer", "Die Fischer"]),
        entity("Pham Thu Hang", "PER", "VNM", ["Außenamtssprecherin Pham Thu Hang"]),
        entity("Embassy of China in Vietnam", "ORG", "CHN", ["der chinesischen Botschaft"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Mao Ning", "PER", "CHN", ["Sprecherin Mao Ning"]),
        entity("Philippines", "GPE", "PHL", ["die Philippinen"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("To Lam", "PER", "VNM", ["Staatschef To Lam"]),
        entity("Beijing", "LOC", "CHN", ["in Peking"]),
    ],
}

# ---------------------------------------------------------------- hm64-de-04
F = [
    "Die USA haben mehr als 200 mutmaßliche Mitglieder der venezolanischen Bande Tren de Aragua nach El Salvador abgeschoben.",
    "Salvadorianische Polizisten brachten die Männer am Sonntag in das Hochsicherheitsgefängnis Cecot, wie Präsident Nayib Bukele auf X mitteilte.",
    "Bukele hatte sich bereit erklärt, die Häftlinge gegen eine Zahlung der USA für ein Jahr aufzunehmen.",
    "Ein Bundesrichter in Washington hatte die Regierung am Samstag angewiesen, die Flüge zu stoppen.",
    "Das Weiße Haus erklärte, die Maschinen seien zu diesem Zeitpunkt bereits in der Luft gewesen.",
    "Venezuelas Regierung verurteilte die Abschiebungen als „Entführung“ ihrer Bürger und forderte deren Rückkehr.",
    "Caracas setzte zudem die Rückführungsflüge aus den USA aus und drohte El Salvador mit rechtlichen Schritten.",
    "US-Außenminister Marco Rubio dankte Bukele für seine »Freundschaft«.",
    "Menschenrechtsorganisationen kritisierten, viele der Männer hätten keine Verbindung zu der Bande.",
]
USA = actor("United States", "USA", "GOV")
VEN = actor("Venezuela", "VEN", "GOV")
TDA = actor("Tren de Aragua members", "VEN", "REB")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
DE04 = {
    "id": "hm64-de-04", "lang": "de", "url": None, "published": "2025-03-17",
    "title": "USA schieben mutmaßliche Bandenmitglieder nach El Salvador ab",
    "text": paragraphs(F[0:3], F[3:6], F[6:9]),
    "events": [
        event("COERCE", USA, TDA, F[0], mode="deport"),
        event("COERCE", actor("National Civil Police of El Salvador", "SLV", "COP"), TDA, F[1], mode="arrest",
              date="2025-03-16", location="CECOT", location_country="SLV"),
        event("AGREE", BUKELE, USA, F[2]),
        event("REQUEST", actor("James Boasberg", "USA", "JUD"), USA, F[3], mode="change", date="2025-03-15"),
        event("ACCUSE", VEN, USA, F[5], mode="disapprove"),
        event("REQUEST", VEN, USA, F[5]),
        event("SANCTION", VEN, USA, F[6], mode="discontinue"),
        event("THREATEN", VEN, actor("El Salvador", "SLV", "GOV"), F[6]),
        event("SUPPORT", actor("Marco Rubio", "USA", "GOV"), BUKELE, F[7]),
        event("ACCUSE", actor("human rights organisations", None, "NGO"), USA, F[8], mode="allege"),
    ],
    "quotes": [
        quote("Salvadorianische Polizisten brachten die Männer am Sonntag in das Hochsicherheitsgefängnis Cecot", "Nayib Bukele", "indirect"),
        quote("die Maschinen seien zu diesem Zeitpunkt bereits in der Luft gewesen", "White House", "indirect"),
        quote("Entführung", "Venezuela", "direct"),
        quote("Freundschaft", "Marco Rubio", "direct"),
        quote("viele der Männer hätten keine Verbindung zu der Bande", "human rights organisations", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["Die USA", "der USA", "den USA", "die Regierung"]),
        entity("Tren de Aragua", "ORG", "VEN", ["der venezolanischen Bande Tren de Aragua", "der Bande"]),
        entity("Tren de Aragua members", "ORG", "VEN", ["mehr als 200 mutmaßliche Mitglieder", "die Männer", "die Häftlinge", "der Männer"]),
        entity("El Salvador", "GPE", "SLV", ["El Salvador"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Salvadorianische Polizisten"]),
        entity("CECOT", "LOC", "SLV", ["Hochsicherheitsgefängnis Cecot"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukele"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("James Boasberg", "PER", "USA", ["Ein Bundesrichter"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Venezuela", "GPE", "VEN", ["Venezuelas Regierung", "Caracas"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("human rights organisations", "ORG", None, ["Menschenrechtsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm64-en-01
G = [
    "Israeli drones struck militant positions in the Jenin refugee camp for a second day on Tuesday as the army pressed on with its biggest operation in the occupied West Bank in two decades.",
    "At least ten Palestinians have been killed, according to the Palestinian health ministry.",
    "The army said it had arrested 120 suspects and sent an additional battalion to the area.",
    "Palestinian President Mahmoud Abbas cut all contacts with Israel in protest, his office said.",
    "\"This is a war crime against our defenceless people,\" Abbas said.",
    "Jordan and Egypt condemned the operation, while UN Middle East envoy Tor Wennesland urged restraint.",
    "Prime Minister Benjamin Netanyahu said the operation would continue \"as long as necessary\" to root out militants.",
    "Hamas claimed responsibility for a car-ramming attack in Tel Aviv that wounded seven people.",
    "Thousands of residents have fled the camp, the UN said.",
]
IDF = actor("Israel Defense Forces", "ISR", "MIL")
MILITANTS = actor("Palestinian militants", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
EN01 = {
    "id": "hm64-en-01", "lang": "en", "url": None, "published": "2023-07-04",
    "title": "Israel presses on with Jenin operation",
    "text": paragraphs(G[0:3], G[3:6], G[6:9]),
    "events": [
        event("ASSAULT", IDF, MILITANTS, G[0], mode="drone", date="2023-07-04", location="Jenin", location_country="PSE"),
        event("COERCE", IDF, actor("Palestinian suspects", "PSE", None), G[2], mode="arrest"),
        event("MOBILIZE", IDF, None, G[2], mode="troops"),
        event("SANCTION", ABBAS, ISRAEL, G[3], mode="discontinue"),
        event("ACCUSE", ABBAS, ISRAEL, G[4], mode="disapprove"),
        event("ACCUSE", actor("Jordan", "JOR", "GOV"), ISRAEL, G[5], mode="disapprove"),
        event("ACCUSE", actor("Egypt", "EGY", "GOV"), ISRAEL, G[5], mode="disapprove"),
        event("REQUEST", actor("Tor Wennesland", "UNO", "IGO"), None, G[5]),
        event("THREATEN", actor("Benjamin Netanyahu", "ISR", "GOV"), MILITANTS, G[6], mode="violence"),
        event("ASSAULT", actor("Hamas", "PSE", "REB"), actor("Israeli civilians", "ISR", "CVL"), G[7],
              location="Tel Aviv", location_country="ISR"),
    ],
    "quotes": [
        quote("At least ten Palestinians have been killed", "Palestinian Ministry of Health", "indirect"),
        quote("it had arrested 120 suspects and sent an additional battalion to the area", "Israel Defense Forces", "indirect"),
        quote("Palestinian President Mahmoud Abbas cut all contacts with Israel in protest", "Office of the Palestinian President", "indirect"),
        quote("This is a war crime against our defenceless people", "Mahmoud Abbas", "direct"),
        quote("as long as necessary", "Benjamin Netanyahu", "direct"),
        quote("the operation would continue \"as long as necessary\" to root out militants", "Benjamin Netanyahu", "indirect"),
        quote("Thousands of residents have fled the camp", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli drones", "the army", "The army"]),
        entity("Jenin refugee camp", "LOC", "PSE", ["the Jenin refugee camp", "the camp"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Palestinian Ministry of Health", "ORG", "PSE", ["the Palestinian health ministry"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas", "Abbas"]),
        entity("Office of the Palestinian President", "ORG", "PSE", ["his office"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
        entity("Tor Wennesland", "PER", "UNO", ["UN Middle East envoy Tor Wennesland"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("United Nations", "ORG", "UNO", ["the UN"]),
    ],
}

# ---------------------------------------------------------------- hm64-en-02
H = [
    "Palau's President Surangel Whipps Jr. on Tuesday accused China of being behind a cyberattack that stole more than 20,000 government documents.",
    "\"We know who did it,\" Whipps told reporters in Koror, adding that the stolen files had appeared on a Chinese website.",
    "Beijing rejected the accusation as \"groundless\".",
    "Australia and the United States have sent cybersecurity experts to help restore the government's systems.",
    "Palauan police are working with the FBI to trace the hackers.",
    "Taiwan's foreign minister Joseph Wu, who visited Koror last week, pledged to help Palau strengthen its networks.",
    "Whipps also called on Beijing to stop sending research vessels into Palau's waters.",
    "China has pressed Palau for years to switch diplomatic recognition from Taipei to Beijing.",
    "Palau will sign a new cybersecurity agreement with Washington next month, according to the president's office.",
]
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
PLW = actor("Palau", "PLW", "GOV")
CHN2 = actor("China", "CHN", "GOV")
WU = actor("Joseph Wu", "TWN", "GOV")
EN02 = {
    "id": "hm64-en-02", "lang": "en", "url": None, "published": "2024-03-27",
    "title": "Palau blames China for cyberattack on government files",
    "text": paragraphs(H[0:3], H[3:6], H[6:9]),
    "events": [
        event("ACCUSE", WHIPPS, CHN2, H[0], mode="allege", date="2024-03-26"),
        event("ACCUSE", WHIPPS, CHN2, H[1], mode="allege"),
        event("AID", actor("Australia", "AUS", "GOV"), PLW, H[3]),
        event("AID", actor("United States", "USA", "GOV"), PLW, H[3]),
        event("COOPERATE", actor("Palau police", "PLW", "COP"), actor("Federal Bureau of Investigation", "USA", "COP"), H[4]),
        event("CONSULT", WU, PLW, H[5], mode="visit", location="Koror", location_country="PLW"),
        event("AGREE", WU, PLW, H[5]),
        event("REQUEST", WHIPPS, CHN2, H[6], mode="change"),
        event("AGREE", PLW, actor("United States", "USA", "GOV"), H[8]),
    ],
    "quotes": [
        quote("We know who did it", "Surangel Whipps Jr.", "direct"),
        quote("that the stolen files had appeared on a Chinese website", "Surangel Whipps Jr.", "indirect"),
        quote("groundless", "China", "direct"),
        quote("Palau will sign a new cybersecurity agreement with Washington next month", "Office of the President of Palau", "indirect"),
    ],
    "entities": [
        entity("Palau", "GPE", "PLW", ["Palau's", "Palau"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["Palau's President Surangel Whipps Jr.", "Whipps"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Koror", "LOC", "PLW", ["Koror"]),
        entity("Australia", "GPE", "AUS", ["Australia"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("Palau police", "ORG", "PLW", ["Palauan police"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan's", "Taipei"]),
        entity("Joseph Wu", "PER", "TWN", ["Taiwan's foreign minister Joseph Wu"]),
        entity("Office of the President of Palau", "ORG", "PLW", ["the president's office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
