"""Round 131: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm131-de-01: A Chinese Y-9 reconnaissance plane enters Japanese airspace over the Danjo Islands; Tokyo protests (2024-08-27).
- hm131-de-02: Thailand's Constitutional Court dissolves the Move Forward Party and bans Pita from politics (2024-08-07).
- hm131-de-03: Germany and Uzbekistan sign a migration agreement during Scholz's visit to Samarkand (2024-09-15).
- hm131-de-04: A Hong Kong court sentences 45 democracy activists in the "Hong Kong 47" subversion case (2024-11-19).
- hm131-en-01: State of emergency in Port Moresby after a police pay strike ends in deadly riots (2024-01-11).
- hm131-en-02: The ICC prosecutor seeks an arrest warrant for Myanmar's junta chief Min Aung Hlaing (2024-11-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm131-de-01
PLA = actor("People's Liberation Army", "CHN", "MIL")
JAPAN = actor("Japan", "JPN", "GOV")
JASDF = actor("Japan Air Self-Defense Force", "JPN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
OKANO = actor("Masataka Okano", "JPN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")

A1 = "Ein chinesisches Militärflugzeug ist am Montag nach Angaben der japanischen Regierung erstmals in den Luftraum Japans eingedrungen."
A2 = "Das Aufklärungsflugzeug vom Typ Y-9 kreiste nach Angaben des Verteidigungsministeriums in Tokio am späten Vormittag rund zwei Minuten lang über den unbewohnten Danjo-Inseln in der Präfektur Nagasaki."
A3 = "Die Luftselbstverteidigungsstreitkräfte ließen Kampfjets aufsteigen, um die Maschine abzudrängen."
A4 = "Regierungssprecher Yoshimasa Hayashi nannte den Vorfall eine „ernsthafte Verletzung unserer Souveränität“ und eine Bedrohung für die Sicherheit des Landes."
A5 = "Vizeaußenminister Masataka Okano bestellte noch am Montagabend den Geschäftsträger der chinesischen Botschaft, Shi Yong, ein und legte scharfen Protest ein."
A6 = "Er forderte Peking auf, den Vorfall aufzuklären und dafür zu sorgen, dass sich so etwas nicht wiederhole."
A7 = "Verteidigungsminister Minoru Kihara sprach von einem „völlig inakzeptablen“ Vorgehen."
A8 = "Das chinesische Außenministerium erklärte am Dienstag, man prüfe die Angaben aus Tokio."
A9 = "Sprecher Lin Jian sagte, China habe „nicht die Absicht, den Luftraum irgendeines Landes zu verletzen“, und rief Japan auf, die Sache nicht zu überzeichnen."
A10 = "Das Verhältnis der beiden Nachbarn ist seit Längerem durch den Streit um die Senkaku-Inseln im Ostchinesischen Meer belastet, die China unter dem Namen Diaoyu beansprucht."

DE01 = {
    "id": "hm131-de-01", "lang": "de", "url": None, "published": "2024-08-27",
    "title": "Chinesisches Militärflugzeug verletzt erstmals japanischen Luftraum",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("MOBILIZE", PLA, JAPAN, A1, mode="weapons", date="2024-08-26", location_country="JPN"),
        event("MOBILIZE", PLA, JAPAN, A2, mode="weapons", date="2024-08-26", location="Danjo Islands", location_country="JPN"),
        event("MOBILIZE", JASDF, PLA, A3, mode="weapons", date="2024-08-26", location="Danjo Islands", location_country="JPN"),
        event("ACCUSE", HAYASHI, CHINA, A4, mode="disapprove"),
        event("ACCUSE", OKANO, CHINA, A5, mode="disapprove", date="2024-08-26", location="Tokyo", location_country="JPN"),
        event("REQUEST", OKANO, CHINA, A6, mode="change", date="2024-08-26"),
        event("ACCUSE", KIHARA, CHINA, A7, mode="disapprove"),
        event("REQUEST", LIN_JIAN, JAPAN, A9, date="2024-08-27"),
    ],
    "quotes": [
        quote("Ein chinesisches Militärflugzeug ist am Montag nach Angaben der japanischen Regierung erstmals in den Luftraum Japans eingedrungen", "Government of Japan", "indirect"),
        quote("Das Aufklärungsflugzeug vom Typ Y-9 kreiste nach Angaben des Verteidigungsministeriums in Tokio am späten Vormittag rund zwei Minuten lang über den unbewohnten Danjo-Inseln in der Präfektur Nagasaki", "Ministry of Defense of Japan", "indirect"),
        quote("ernsthafte Verletzung unserer Souveränität", "Yoshimasa Hayashi", "direct"),
        quote("völlig inakzeptablen", "Minoru Kihara", "direct"),
        quote("man prüfe die Angaben aus Tokio", "Ministry of Foreign Affairs of China", "indirect"),
        quote("nicht die Absicht, den Luftraum irgendeines Landes zu verletzen", "Lin Jian", "direct"),
        quote("China habe „nicht die Absicht, den Luftraum irgendeines Landes zu verletzen“", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Government of Japan", "ORG", "JPN", ["der japanischen Regierung"]),
        entity("Japan", "GPE", "JPN", ["Japans", "Japan", "des Landes"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["des Verteidigungsministeriums in Tokio"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Danjo Islands", "LOC", "JPN", ["den unbewohnten Danjo-Inseln"]),
        entity("Nagasaki Prefecture", "LOC", "JPN", ["der Präfektur Nagasaki"]),
        entity("Japan Air Self-Defense Force", "ORG", "JPN", ["Die Luftselbstverteidigungsstreitkräfte"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Masataka Okano", "PER", "JPN", ["Vizeaußenminister Masataka Okano", "Er"]),
        entity("Embassy of China in Japan", "ORG", "CHN", ["der chinesischen Botschaft"]),
        entity("Shi Yong", "PER", "CHN", ["den Geschäftsträger der chinesischen Botschaft", "Shi Yong"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Minoru Kihara", "PER", "JPN", ["Verteidigungsminister Minoru Kihara"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian"]),
        entity("Senkaku Islands", "LOC", "JPN", ["die Senkaku-Inseln", "Diaoyu"]),
        entity("East China Sea", "LOC", None, ["Ostchinesischen Meer"]),
    ],
}

# ---------------------------------------------------------------- hm131-de-02
THA_COURT = actor("Constitutional Court of Thailand", "THA", "JUD")
MFP = actor("Move Forward Party", "THA", "OPP")
MFP_LEADERS = actor("Move Forward Party executives", "THA", "OPP")
PITA = actor("Pita Limjaroenrat", "THA", "OPP")
THA_EC = actor("Election Commission of Thailand", "THA", "GOV")
MFP_SUPPORTERS = actor("Move Forward Party supporters", "THA", "CVL")
USA = actor("United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
THA_SENATORS = actor("Thai senators", "THA", "LEG")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")

B1 = "Das thailändische Verfassungsgericht hat die oppositionelle Move Forward Party aufgelöst, die bei der Parlamentswahl im vergangenen Jahr die meisten Stimmen gewonnen hatte."
B2 = "Die neun Richter entschieden am Mittwoch einstimmig, dass die Kampagne der Partei für eine Reform des Gesetzes gegen Majestätsbeleidigung einem Versuch gleichkomme, die konstitutionelle Monarchie zu untergraben."
B3 = "Zugleich verhängte das Gericht gegen den früheren Parteichef Pita Limjaroenrat und zehn weitere Mitglieder der damaligen Parteiführung ein zehnjähriges Politikverbot."
B4 = "Die Wahlkommission hatte die Auflösung im März beantragt."
B5 = "Vor der Parteizentrale in Bangkok versammelten sich Hunderte Anhänger in orangefarbenen T-Shirts und protestierten gegen das Urteil."
B6 = "Pita sagte, man könne eine Partei auflösen, nicht aber ihre Ideen: „Der Wunsch der Menschen nach Veränderung lässt sich nicht per Gerichtsbeschluss beenden.“"
B7 = "Die verbliebenen 143 Abgeordneten wollen sich nach seinen Worten einer neuen Partei anschließen und weiter in der Opposition arbeiten."
B8 = "Die US-Regierung zeigte sich „zutiefst besorgt“ über die Entscheidung."
B9 = "Auch die Europäische Union kritisierte die Auflösung als Rückschlag für die Demokratie in Thailand."
B10 = "Gegen Ministerpräsident Srettha Thavisin haben mehrere Senatoren ebenfalls beim Verfassungsgericht Klage eingereicht, weil er einen vorbestraften Anwalt ins Kabinett berufen hatte; das Urteil wird in der kommenden Woche erwartet."

DE02 = {
    "id": "hm131-de-02", "lang": "de", "url": None, "published": "2024-08-07",
    "title": "Thailands Verfassungsgericht löst Wahlsieger-Partei Move Forward auf",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("COERCE", THA_COURT, MFP, B1, mode="restrict", date="2024-08-07", location="Bangkok", location_country="THA"),
        event("SANCTION", THA_COURT, MFP, B2, mode="convict", date="2024-08-07", location="Bangkok", location_country="THA"),
        event("COERCE", THA_COURT, PITA, B3, mode="restrict", date="2024-08-07", location="Bangkok", location_country="THA"),
        event("COERCE", THA_COURT, MFP_LEADERS, B3, mode="restrict", date="2024-08-07", location="Bangkok", location_country="THA"),
        event("ACCUSE", THA_EC, MFP, B4, mode="allege"),
        event("PROTEST", MFP_SUPPORTERS, THA_COURT, B5, mode="demo", date="2024-08-07", location="Bangkok", location_country="THA"),
        event("ACCUSE", USA, THA_COURT, B8, mode="disapprove"),
        event("ACCUSE", EU, THA_COURT, B9, mode="disapprove"),
        event("ACCUSE", THA_SENATORS, SRETTHA, B10, mode="allege"),
    ],
    "quotes": [
        quote("die Kampagne der Partei für eine Reform des Gesetzes gegen Majestätsbeleidigung einem Versuch gleichkomme, die konstitutionelle Monarchie zu untergraben", "Constitutional Court of Thailand", "indirect"),
        quote("man könne eine Partei auflösen, nicht aber ihre Ideen", "Pita Limjaroenrat", "indirect"),
        quote("Der Wunsch der Menschen nach Veränderung lässt sich nicht per Gerichtsbeschluss beenden", "Pita Limjaroenrat", "direct"),
        quote("Die verbliebenen 143 Abgeordneten wollen sich nach seinen Worten einer neuen Partei anschließen und weiter in der Opposition arbeiten", "Pita Limjaroenrat", "indirect"),
        quote("zutiefst besorgt", "United States", "direct"),
    ],
    "entities": [
        entity("Constitutional Court of Thailand", "ORG", "THA", ["Das thailändische Verfassungsgericht", "Die neun Richter", "das Gericht", "Verfassungsgericht"]),
        entity("Move Forward Party", "ORG", "THA", ["die oppositionelle Move Forward Party", "der Partei"]),
        entity("Pita Limjaroenrat", "PER", "THA", ["den früheren Parteichef Pita Limjaroenrat", "Pita", "seinen"]),
        entity("Move Forward Party executives", "ORG", "THA", ["zehn weitere Mitglieder der damaligen Parteiführung"]),
        entity("Election Commission of Thailand", "ORG", "THA", ["Die Wahlkommission"]),
        entity("Move Forward Party headquarters", "LOC", "THA", ["der Parteizentrale in Bangkok"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Move Forward Party supporters", "ORG", "THA", ["Hunderte Anhänger in orangefarbenen T-Shirts"]),
        entity("Move Forward Party MPs", "ORG", "THA", ["Die verbliebenen 143 Abgeordneten"]),
        entity("People's Party (Thailand)", "ORG", "THA", ["einer neuen Partei"]),
        entity("United States", "GPE", "USA", ["Die US-Regierung"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Thailand", "GPE", "THA", ["Thailand"]),
        entity("Srettha Thavisin", "PER", "THA", ["Ministerpräsident Srettha Thavisin", "er"]),
        entity("Thai senators", "ORG", "THA", ["mehrere Senatoren"]),
        entity("Pichit Chuenban", "PER", "THA", ["einen vorbestraften Anwalt"]),
        entity("Cabinet of Thailand", "ORG", "THA", ["Kabinett"]),
    ],
}

# ---------------------------------------------------------------- hm131-de-03
GERMANY = actor("Germany", "DEU", "GOV")
UZBEKISTAN = actor("Uzbekistan", "UZB", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
SAIDOV = actor("Bakhtiyor Saidov", "UZB", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MIRZIYOYEV = actor("Shavkat Mirziyoyev", "UZB", "GOV")
STAMP = actor("Joachim Stamp", "DEU", "GOV")
PRO_ASYL = actor("Pro Asyl", "DEU", "NGO")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
UZB_GOV = actor("Government of Uzbekistan", "UZB", "GOV")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")

C1 = "Deutschland und Usbekistan haben ein Migrationsabkommen unterzeichnet, das die Anwerbung von Fachkräften erleichtern und die Rückführung ausreisepflichtiger Usbeken beschleunigen soll."
C2 = "Bundesinnenministerin Nancy Faeser und der usbekische Außenminister Bachtijor Saidow setzten am Sonntag in Samarkand ihre Unterschriften unter die Vereinbarung."
C3 = "Bundeskanzler Olaf Scholz und Präsident Schawkat Mirsijojew verfolgten die Zeremonie, nachdem sie zuvor rund zwei Stunden miteinander gesprochen hatten."
C4 = "„Wir wollen, dass mehr gut ausgebildete Menschen aus Usbekistan zu uns kommen, und wir wollen, dass diejenigen, die kein Bleiberecht haben, schneller zurückkehren“, sagte Scholz."
C5 = "Usbekistan sagte nach Angaben der Bundesregierung zu, eigene Staatsbürger ohne Aufenthaltsrecht zügig zurückzunehmen und ihnen dafür Reisedokumente auszustellen."
C6 = "Im Gegenzug will Deutschland die Visaverfahren für usbekische Pflegekräfte, Berufskraftfahrer und IT-Spezialisten vereinfachen."
C7 = "Faeser sprach von einem „wichtigen Baustein“, um irreguläre Migration zu begrenzen."
C8 = "Ausgehandelt hatte das Abkommen der Sonderbevollmächtigte der Bundesregierung für Migrationsabkommen, Joachim Stamp, der dafür mehrmals nach Taschkent gereist war."
C9 = "Die Flüchtlingsorganisation Pro Asyl warf der Bundesregierung vor, mit einem autoritär regierten Land zu kooperieren, in dem Kritiker verfolgt würden."
C10 = "Mirsijojew lud Scholz nach Angaben aus Delegationskreisen zu einem weiteren Besuch in Usbekistan im kommenden Jahr ein."
C11 = "Scholz reist am Montag weiter nach Kasachstan, wo er in Astana Präsident Kassym-Schomart Tokajew treffen will."

DE03 = {
    "id": "hm131-de-03", "lang": "de", "url": None, "published": "2024-09-15",
    "title": "Deutschland und Usbekistan schließen Migrationsabkommen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C9], [C10, C11]),
    "events": [
        event("SUPPORT", GERMANY, UZBEKISTAN, C1, date="2024-09-15", location="Samarkand", location_country="UZB"),
        event("SUPPORT", FAESER, SAIDOV, C2, date="2024-09-15", location="Samarkand", location_country="UZB"),
        event("CONSULT", SCHOLZ, MIRZIYOYEV, C3, mode="visit", date="2024-09-15", location="Samarkand", location_country="UZB"),
        event("AGREE", UZBEKISTAN, GERMANY, C5),
        event("CONCEDE", GERMANY, UZBEKISTAN, C6),
        event("CONSULT", STAMP, UZB_GOV, C8, mode="visit", location="Tashkent", location_country="UZB"),
        event("ACCUSE", PRO_ASYL, DEU_GOV, C9, mode="disapprove"),
        event("ACCUSE", PRO_ASYL, UZB_GOV, C9, mode="allege"),
        event("AGREE", MIRZIYOYEV, SCHOLZ, C10),
        event("AGREE", SCHOLZ, TOKAYEV, C11),
    ],
    "quotes": [
        quote("Wir wollen, dass mehr gut ausgebildete Menschen aus Usbekistan zu uns kommen, und wir wollen, dass diejenigen, die kein Bleiberecht haben, schneller zurückkehren", "Olaf Scholz", "direct"),
        quote("Usbekistan sagte nach Angaben der Bundesregierung zu, eigene Staatsbürger ohne Aufenthaltsrecht zügig zurückzunehmen und ihnen dafür Reisedokumente auszustellen", "Government of Germany", "indirect"),
        quote("wichtigen Baustein", "Nancy Faeser", "direct"),
        quote("mit einem autoritär regierten Land zu kooperieren, in dem Kritiker verfolgt würden", "Pro Asyl", "indirect"),
        quote("Mirsijojew lud Scholz nach Angaben aus Delegationskreisen zu einem weiteren Besuch in Usbekistan im kommenden Jahr ein", "delegation sources", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Deutschland", "uns"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistan", "einem autoritär regierten Land"]),
        entity("Uzbek nationals without residence rights", "ORG", "UZB", ["ausreisepflichtiger Usbeken", "diejenigen, die kein Bleiberecht haben", "eigene Staatsbürger ohne Aufenthaltsrecht"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "Faeser"]),
        entity("Bakhtiyor Saidov", "PER", "UZB", ["der usbekische Außenminister Bachtijor Saidow"]),
        entity("Samarkand", "LOC", "UZB", ["Samarkand"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz", "er"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Präsident Schawkat Mirsijojew", "Mirsijojew"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Joachim Stamp", "PER", "DEU", ["der Sonderbevollmächtigte der Bundesregierung für Migrationsabkommen", "Joachim Stamp"]),
        entity("Tashkent", "LOC", "UZB", ["Taschkent"]),
        entity("Pro Asyl", "ORG", "DEU", ["Die Flüchtlingsorganisation Pro Asyl"]),
        entity("Uzbek government critics", "ORG", "UZB", ["Kritiker"]),
        entity("delegation sources", "ORG", None, ["Delegationskreisen"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("Astana", "LOC", "KAZ", ["Astana"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ", ["Präsident Kassym-Schomart Tokajew"]),
    ],
}

# ---------------------------------------------------------------- hm131-de-04
HK_COURT = actor("High Court of Hong Kong", "CHN", "JUD")
HK_ACTIVISTS = actor("Hong Kong pro-democracy activists", "CHN", "OPP")
BENNY_TAI = actor("Benny Tai", "CHN", "OPP")
JOSHUA_WONG = actor("Joshua Wong", "CHN", "OPP")
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
HK_PROTESTER = actor("Hong Kong activist", "CHN", "CVL")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
PENNY_WONG = actor("Penny Wong", "AUS", "GOV")
GORDON_NG = actor("Gordon Ng", "AUS", "OPP")
CHN_MFA_SPOX = actor("Chinese Foreign Ministry spokesperson", "CHN", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")
JOHN_LEE = actor("John Lee", "CHN", "GOV")

D1 = "Ein Gericht in Hongkong hat 45 prodemokratische Aktivisten und frühere Abgeordnete wegen Umsturzversuchs zu Haftstrafen von bis zu zehn Jahren verurteilt."
D2 = "Die längste Strafe erhielt am Dienstag der Rechtsprofessor Benny Tai, der als Organisator der inoffiziellen Vorwahlen des Oppositionslagers im Sommer 2020 gilt."
D3 = "Der bekannte Aktivist Joshua Wong muss für vier Jahre und acht Monate ins Gefängnis."
D4 = "Die drei Richter folgten der Anklage, wonach die Vorwahlen Teil einer „Verschwörung zur Untergrabung der Staatsgewalt“ gewesen seien."
D5 = "Es war das bislang größte Verfahren nach dem nationalen Sicherheitsgesetz von 2020."
D6 = "Vor dem Gerichtsgebäude in West Kowloon führten Polizisten eine ältere Aktivistin ab, die ein Protestschild hochgehalten hatte."
D7 = "Die US-Regierung verurteilte die Urteile und warf den Behörden vor, friedliche politische Beteiligung zu kriminalisieren."
D8 = "Australiens Außenministerin Penny Wong zeigte sich „schwer besorgt“ über die Strafe für den australischen Staatsbürger Gordon Ng, der sieben Jahre und drei Monate Haft erhielt."
D9 = "Canberra werde sich weiter auf höchster Ebene für ihn einsetzen, sagte sie."
D10 = "Peking wies die Kritik scharf zurück."
D11 = "Ein Sprecher des chinesischen Außenministeriums warf den USA und Australien vor, sich unter dem Vorwand der Demokratie in die inneren Angelegenheiten Chinas einzumischen."
D12 = "Hongkongs Regierungschef John Lee begrüßte die Urteile und sagte, sie zeigten, dass niemand über dem Gesetz stehe."

DE04 = {
    "id": "hm131-de-04", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Bis zu zehn Jahre Haft für 45 Hongkonger Demokratie-Aktivisten",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12]),
    "events": [
        event("SANCTION", HK_COURT, HK_ACTIVISTS, D1, mode="convict", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_COURT, HK_ACTIVISTS, D1, mode="arrest", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("SANCTION", HK_COURT, BENNY_TAI, D2, mode="convict", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_COURT, BENNY_TAI, D2, mode="arrest", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("SANCTION", HK_COURT, JOSHUA_WONG, D3, mode="convict", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_COURT, JOSHUA_WONG, D3, mode="arrest", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_POLICE, HK_PROTESTER, D6, mode="arrest", date="2024-11-19", location="West Kowloon", location_country="HKG"),
        event("ACCUSE", USA, HK_GOV, D7, mode="disapprove"),
        event("ACCUSE", PENNY_WONG, HK_COURT, D8, mode="disapprove"),
        event("SANCTION", HK_COURT, GORDON_NG, D8, mode="convict", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_COURT, GORDON_NG, D8, mode="arrest", date="2024-11-19", location="Hong Kong", location_country="HKG"),
        event("ACCUSE", CHN_MFA_SPOX, USA, D11, mode="allege"),
        event("ACCUSE", CHN_MFA_SPOX, AUSTRALIA, D11, mode="allege"),
        event("SUPPORT", JOHN_LEE, HK_COURT, D12),
    ],
    "quotes": [
        quote("Verschwörung zur Untergrabung der Staatsgewalt", "Hong Kong prosecutors", "direct"),
        quote("die Vorwahlen Teil einer „Verschwörung zur Untergrabung der Staatsgewalt“ gewesen seien", "Hong Kong prosecutors", "indirect"),
        quote("friedliche politische Beteiligung zu kriminalisieren", "United States", "indirect"),
        quote("schwer besorgt", "Penny Wong", "direct"),
        quote("Canberra werde sich weiter auf höchster Ebene für ihn einsetzen", "Penny Wong", "indirect"),
        quote("sich unter dem Vorwand der Demokratie in die inneren Angelegenheiten Chinas einzumischen", "Chinese Foreign Ministry spokesperson", "indirect"),
        quote("sie zeigten, dass niemand über dem Gesetz stehe", "John Lee", "indirect"),
    ],
    "entities": [
        entity("High Court of Hong Kong", "ORG", "CHN", ["Ein Gericht in Hongkong", "Die drei Richter"]),
        entity("Hong Kong", "GPE", "CHN", ["Hongkong", "Hongkongs"]),
        entity("Hong Kong pro-democracy activists", "ORG", "CHN", ["45 prodemokratische Aktivisten und frühere Abgeordnete"]),
        entity("Benny Tai", "PER", "CHN", ["der Rechtsprofessor Benny Tai"]),
        entity("Hong Kong pro-democracy camp", "ORG", "CHN", ["des Oppositionslagers"]),
        entity("Joshua Wong", "PER", "CHN", ["Der bekannte Aktivist Joshua Wong"]),
        entity("Hong Kong prosecutors", "ORG", "CHN", ["der Anklage"]),
        entity("West Kowloon Magistrates' Courts", "LOC", "CHN", ["dem Gerichtsgebäude in West Kowloon"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["Polizisten"]),
        entity("Hong Kong activist", "PER", "CHN", ["eine ältere Aktivistin"]),
        entity("United States", "GPE", "USA", ["Die US-Regierung", "den USA"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["den Behörden"]),
        entity("Australia", "GPE", "AUS", ["Australiens", "Canberra", "Australien"]),
        entity("Penny Wong", "PER", "AUS", ["Australiens Außenministerin Penny Wong", "sie"]),
        entity("Gordon Ng", "PER", "AUS", ["den australischen Staatsbürger Gordon Ng", "ihn"]),
        entity("China", "GPE", "CHN", ["Peking", "Chinas"]),
        entity("Chinese Foreign Ministry spokesperson", "PER", "CHN", ["Ein Sprecher des chinesischen Außenministeriums"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("John Lee", "PER", "CHN", ["Hongkongs Regierungschef John Lee"]),
    ],
}

# ---------------------------------------------------------------- hm131-en-01
MARAPE = actor("James Marape", "PNG", "GOV")
PNG_POLICE = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
PNGDF = actor("Papua New Guinea Defence Force", "PNG", "MIL")
PNG_PRISON = actor("Papua New Guinea Correctional Service", "PNG", "COP")
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
PNG_PROTESTERS = actor("Papua New Guinean protesters", "PNG", "CVL")
PNG_RIOTERS = actor("Papua New Guinean rioters", "PNG", "CVL")
PNG_PARL = actor("National Parliament of Papua New Guinea", "PNG", "LEG")
MANNING = actor("David Manning", "PNG", "COP")
PNG_FIN_HEADS = actor("Heads of Papua New Guinea's finance and treasury departments", "PNG", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
CHN_EMB_PNG = actor("Embassy of China in Papua New Guinea", "CHN", "GOV")
LELANG = actor("Joseph Lelang", "PNG", "OPP")
AFP = actor("Australian Federal Police", "AUS", "COP")

E1 = "Papua New Guinea's Prime Minister James Marape declared a 14-day state of emergency in the capital Port Moresby on Thursday after rioting and looting left at least 15 people dead."
E2 = "The unrest began on Wednesday when police officers, soldiers and prison guards walked off the job in protest against unexplained deductions from their pay."
E3 = "Hundreds of people gathered outside parliament, and crowds later set fire to shops and looted supermarkets across the city centre as police were absent from the streets."
E4 = "Police said eight people had been killed in Port Moresby and seven in the northern city of Lae, most of them during looting."
E5 = "Marape said he had suspended the police commissioner and the heads of the finance and treasury departments for 14 days."
E6 = "“There was a lapse in law and order in our city. Certain quarters took advantage of this,” Marape told reporters, blaming a payroll glitch for the cuts."
E7 = "More than 1,000 soldiers were on standby to help police restore order, he said."
E8 = "Australian Prime Minister Anthony Albanese said Canberra stood ready to help its neighbour but had not received a request for assistance."
E8B = "About 50 Australian Federal Police officers are already deployed in the country as advisers to the local force under a long-running policing partnership."
E9 = "China's embassy in Port Moresby said several Chinese-owned shops had been looted and urged the authorities to protect Chinese citizens and businesses."
E10 = "Opposition leader Joseph Lelang called on Marape to resign, saying the government had lost control of the country."

EN01 = {
    "id": "hm131-en-01", "lang": "en", "url": None, "published": "2024-01-11",
    "title": "Papua New Guinea declares emergency after deadly riots in capital",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E8B, E9, E10]),
    "events": [
        event("COERCE", MARAPE, None, E1, mode="martial-law", date="2024-01-11", location="Port Moresby", location_country="PNG"),
        event("PROTEST", PNG_POLICE, PNG_GOV, E2, mode="strike", date="2024-01-10", location="Port Moresby", location_country="PNG"),
        event("PROTEST", PNGDF, PNG_GOV, E2, mode="strike", date="2024-01-10", location="Port Moresby", location_country="PNG"),
        event("PROTEST", PNG_PRISON, PNG_GOV, E2, mode="strike", date="2024-01-10", location="Port Moresby", location_country="PNG"),
        event("PROTEST", PNG_PROTESTERS, PNG_PARL, E3, mode="demo", date="2024-01-10", location="Port Moresby", location_country="PNG"),
        event("PROTEST", PNG_RIOTERS, None, E3, mode="riot", date="2024-01-10", location="Port Moresby", location_country="PNG"),
        event("SANCTION", MARAPE, MANNING, E5, mode="expel"),
        event("SANCTION", MARAPE, PNG_FIN_HEADS, E5, mode="expel"),
        event("MOBILIZE", PNGDF, None, E7, mode="troops", date="2024-01-11", location="Port Moresby", location_country="PNG"),
        event("AGREE", ALBANESE, PNG, E8),
        event("AID", AFP, PNG_POLICE, E8B, location_country="PNG"),
        event("REQUEST", CHN_EMB_PNG, PNG_GOV, E9),
        event("REQUEST", LELANG, MARAPE, E10, mode="change"),
        event("ACCUSE", LELANG, PNG_GOV, E10, mode="disapprove"),
    ],
    "quotes": [
        quote("eight people had been killed in Port Moresby and seven in the northern city of Lae, most of them during looting", "Royal Papua New Guinea Constabulary", "indirect"),
        quote("he had suspended the police commissioner and the heads of the finance and treasury departments for 14 days", "James Marape", "indirect"),
        quote("There was a lapse in law and order in our city. Certain quarters took advantage of this", "James Marape", "direct"),
        quote("More than 1,000 soldiers were on standby to help police restore order", "James Marape", "indirect"),
        quote("Canberra stood ready to help its neighbour but had not received a request for assistance", "Anthony Albanese", "indirect"),
        quote("several Chinese-owned shops had been looted", "Embassy of China in Papua New Guinea", "indirect"),
        quote("the government had lost control of the country", "Joseph Lelang", "indirect"),
    ],
    "entities": [
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea", "its neighbour", "the country"]),
        entity("James Marape", "PER", "PNG", ["Papua New Guinea's Prime Minister James Marape", "Marape", "he"]),
        entity("Port Moresby", "LOC", "PNG", ["the capital Port Moresby", "Port Moresby", "the city centre", "our city"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["police officers", "police", "Police", "the local force"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["soldiers", "More than 1,000 soldiers"]),
        entity("Papua New Guinea Correctional Service", "ORG", "PNG", ["prison guards"]),
        entity("Papua New Guinean protesters", "ORG", "PNG", ["Hundreds of people"]),
        entity("Papua New Guinean rioters", "ORG", "PNG", ["crowds"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG", ["parliament"]),
        entity("Lae", "LOC", "PNG", ["the northern city of Lae"]),
        entity("David Manning", "PER", "PNG", ["the police commissioner"]),
        entity("Heads of Papua New Guinea's finance and treasury departments", "ORG", "PNG", ["the heads of the finance and treasury departments"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Certain quarters", "ORG", "PNG", ["Certain quarters"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Australia", "GPE", "AUS", ["Canberra"]),
        entity("Australian Federal Police", "ORG", "AUS", ["About 50 Australian Federal Police officers"]),
        entity("Embassy of China in Papua New Guinea", "ORG", "CHN", ["China's embassy in Port Moresby"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Chinese citizens and businesses in Papua New Guinea", "ORG", "CHN", ["Chinese citizens and businesses"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["the authorities", "the government"]),
        entity("Joseph Lelang", "PER", "PNG", ["Opposition leader Joseph Lelang"]),
    ],
}

# ---------------------------------------------------------------- hm131-en-02
KHAN = actor("Karim Khan", "IGO", "JUD")
ICC = actor("International Criminal Court", "IGO", "JUD")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
ROHINGYA = actor("Rohingya", "MMR", "CVL")
ROHINGYA_LEADERS = actor("Rohingya community leaders", "MMR", "CVL")
MMR_JUNTA = actor("Myanmar junta", "MMR", "GOV")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
BGD_GOV = actor("Interim government of Bangladesh", "BGD", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

F1 = "The International Criminal Court's chief prosecutor asked judges on Wednesday to issue an arrest warrant for Myanmar's military ruler, Senior General Min Aung Hlaing, for crimes against humanity committed against the Rohingya minority."
F2 = "Prosecutor Karim Khan said his office had concluded there were reasonable grounds to believe that Min Aung Hlaing bore criminal responsibility for the deportation and persecution of the Rohingya."
F3 = "More than 700,000 Rohingya fled to neighbouring Bangladesh after the army launched a military offensive in Rakhine state in August 2017."
F4 = "Khan announced the application in Dhaka after visiting the sprawling refugee camps near Cox's Bazar, where he met community leaders."
F5 = "“We will be demonstrating, together with all of our partners, that the law can reach those who believe they are beyond it,” he said in a video statement."
F6 = "Myanmar's military government rejected the move, saying the country was not a party to the Rome Statute and did not recognise the court's jurisdiction."
F7 = "Junta spokesman Zaw Min Tun accused Khan of bias and said Myanmar would not cooperate with what he called a “politically motivated” process."
F8 = "Bangladesh's interim government, led by Muhammad Yunus, welcomed the step and urged the international community to help bring about the safe return of the refugees."
F9 = "Human Rights Watch said the application sent “a long overdue signal” that Myanmar's generals could not count on impunity."
F10 = "Khan said further applications against other members of the junta would follow."
F11 = "The court has jurisdiction because part of the alleged crime of deportation took place on the territory of Bangladesh, which is a member of the court."

EN02 = {
    "id": "hm131-en-02", "lang": "en", "url": None, "published": "2024-11-27",
    "title": "ICC prosecutor seeks arrest warrant for Myanmar junta chief over Rohingya",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8], [F9, F10, F11]),
    "events": [
        event("ACCUSE", KHAN, MIN_AUNG_HLAING, F1, mode="allege", date="2024-11-27"),
        event("ACCUSE", KHAN, MIN_AUNG_HLAING, F2, mode="allege", date="2024-11-27"),
        event("SANCTION", MMR_MIL, ROHINGYA, F3, mode="expel", location="Rakhine", location_country="MMR"),
        event("ASSAULT", MMR_MIL, ROHINGYA, F3, location="Rakhine", location_country="MMR"),
        event("CONSULT", KHAN, ROHINGYA_LEADERS, F4, mode="visit", location="Cox's Bazar", location_country="BGD"),
        event("REJECT", MMR_JUNTA, ICC, F6),
        event("ACCUSE", ZAW_MIN_TUN, KHAN, F7, mode="disapprove"),
        event("REJECT", ZAW_MIN_TUN, ICC, F7, mode="assist"),
        event("SUPPORT", BGD_GOV, KHAN, F8),
        event("REQUEST", BGD_GOV, None, F8, mode="assist"),
        event("SUPPORT", HRW, KHAN, F9),
        event("THREATEN", KHAN, MMR_JUNTA, F10, mode="arrest"),
    ],
    "quotes": [
        quote("his office had concluded there were reasonable grounds to believe that Min Aung Hlaing bore criminal responsibility for the deportation and persecution of the Rohingya", "Karim Khan", "indirect"),
        quote("We will be demonstrating, together with all of our partners, that the law can reach those who believe they are beyond it", "Karim Khan", "direct"),
        quote("the country was not a party to the Rome Statute and did not recognise the court's jurisdiction", "Myanmar junta", "indirect"),
        quote("politically motivated", "Zaw Min Tun", "direct"),
        quote("Myanmar would not cooperate with what he called a “politically motivated” process", "Zaw Min Tun", "indirect"),
        quote("a long overdue signal", "Human Rights Watch", "direct"),
        quote("the application sent “a long overdue signal” that Myanmar's generals could not count on impunity", "Human Rights Watch", "indirect"),
        quote("further applications against other members of the junta would follow", "Karim Khan", "indirect"),
    ],
    "entities": [
        entity("International Criminal Court", "ORG", "IGO", ["The International Criminal Court", "the court", "The court"]),
        entity("Karim Khan", "PER", "IGO", ["The International Criminal Court's chief prosecutor", "Prosecutor Karim Khan", "Khan", "he"]),
        entity("Office of the Prosecutor of the ICC", "ORG", "IGO", ["his office"]),
        entity("ICC judges", "ORG", "IGO", ["judges"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmar", "the country"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Myanmar's military ruler, Senior General Min Aung Hlaing", "Min Aung Hlaing"]),
        entity("Rohingya", "ORG", "MMR", ["the Rohingya minority", "the Rohingya", "More than 700,000 Rohingya", "the refugees"]),
        entity("Bangladesh", "GPE", "BGD", ["neighbouring Bangladesh", "Bangladesh"]),
        entity("Myanmar military", "ORG", "MMR", ["the army"]),
        entity("Rakhine", "LOC", "MMR", ["Rakhine state"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Rohingya refugee camps", "LOC", "BGD", ["the sprawling refugee camps near Cox's Bazar"]),
        entity("Cox's Bazar", "LOC", "BGD", ["Cox's Bazar"]),
        entity("Rohingya community leaders", "ORG", "MMR", ["community leaders"]),
        entity("ICC partners", "ORG", None, ["all of our partners"]),
        entity("Myanmar junta", "ORG", "MMR", ["Myanmar's military government", "the junta", "Junta"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta spokesman Zaw Min Tun", "he"]),
        entity("Interim government of Bangladesh", "ORG", "BGD", ["Bangladesh's interim government"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus"]),
        entity("international community", "ORG", None, ["the international community"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Myanmar military leadership", "ORG", "MMR", ["Myanmar's generals", "other members of the junta"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
