"""Round 102: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm102-de-01: Zourabichvili leaves the presidential palace in Tbilisi as Kavelashvili is sworn in (2024-12-29).
- hm102-de-02: South Korea's former first lady Kim Keon-hee arrested (2025-08-13).
- hm102-de-03: Italy frees a Libyan police chief wanted by the ICC and flies him to Tripoli (2025-01-22).
- hm102-de-04: The European Parliament bars Huawei lobbyists after bribery raids in Belgium (2025-03-14).
- hm102-en-01: Trump ends trade talks with Canada over Ontario's Reagan ad (2025-10-24).
- hm102-en-02: A Chinese influencer leaves Taiwan after her residency is revoked (2025-03-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm102-de-01
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GEO_OPP = actor("Georgian opposition", "GEO", "OPP")
GEO_DREAM = actor("Georgian Dream", "GEO", "PTY")
GEO_PARL = actor("Parliament of Georgia", "GEO", "LEG")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
USA = actor("United States", "USA", "GOV")
IVANISHVILI = actor("Bidzina Ivanishvili", "GEO", "PTY")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")

A1 = "In Georgien ist der regierungsnahe frühere Fußballprofi Micheil Kawelaschwili am Sonntag als neuer Präsident vereidigt worden."
A2 = "Seine Vorgängerin Salome Surabischwili verließ wenige Stunden später den Präsidentenpalast in Tiflis."
A3 = "„Ich nehme die Legitimität mit mir“, sagte sie vor Anhängern, die sich vor dem Gebäude versammelt hatten."
A4 = "Die Opposition betrachtet die Parlamentswahl vom Oktober als gefälscht und boykottiert das neue Parlament."
A5 = "Tausende Menschen demonstrierten am Abend erneut vor dem Parlamentsgebäude gegen die Regierung."
A6 = "Die Polizei setzte nach Angaben von Beobachtern diesmal keine Wasserwerfer ein."
A7 = "Die USA hatten am Freitag Sanktionen gegen den Gründer der Regierungspartei Georgischer Traum, den Milliardär Bidsina Iwanischwili, verhängt."
A8 = "Washington wirft ihm vor, die demokratische Zukunft Georgiens zugunsten Russlands zu untergraben."
A9 = "Ministerpräsident Irakli Kobachidse nannte die Strafmaßnahmen einen »Schlag gegen die Freundschaft beider Länder«."
A10 = "Er forderte die künftige US-Regierung auf, die Sanktionen nach ihrem Amtsantritt wieder aufzuheben."

DE01 = {
    "id": "hm102-de-01", "lang": "de", "url": None, "published": "2024-12-29",
    "title": "Surabischwili verlässt Präsidentenpalast in Tiflis",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10]),
    "events": [
        event("RETREAT", ZOURABICHVILI, None, A2, date="2024-12-29", location="Tbilisi", location_country="GEO"),
        event("ACCUSE", GEO_OPP, GEO_DREAM, A4, mode="allege"),
        event("PROTEST", GEO_OPP, GEO_PARL, A4, mode="boycott"),
        event("PROTEST", GEO_PROTESTERS, GEO_GOV, A5, mode="demo", date="2024-12-29", location="Tbilisi", location_country="GEO"),
        event("ASSAULT", GEO_POLICE, GEO_PROTESTERS, A6, mode="crowd-control", date="2024-12-29", location="Tbilisi", location_country="GEO", negated=True),
        event("SANCTION", USA, IVANISHVILI, A7, mode="discontinue", date="2024-12-27"),
        event("ACCUSE", USA, IVANISHVILI, A8, mode="allege"),
        event("ACCUSE", KOBAKHIDZE, USA, A9, mode="disapprove"),
        event("REQUEST", KOBAKHIDZE, USA, A10, mode="yield"),
    ],
    "quotes": [
        quote("Ich nehme die Legitimität mit mir", "Salome Zourabichvili", "direct"),
        quote("Die Polizei setzte nach Angaben von Beobachtern diesmal keine Wasserwerfer ein", "observers", "indirect"),
        quote("die demokratische Zukunft Georgiens zugunsten Russlands zu untergraben", "United States", "indirect"),
        quote("Schlag gegen die Freundschaft beider Länder", "Irakli Kobakhidze", "direct"),
    ],
    "entities": [
        entity("Georgia", "GPE", "GEO", ["Georgien", "Georgiens"]),
        entity("Mikheil Kavelashvili", "PER", "GEO", ["der regierungsnahe frühere Fußballprofi Micheil Kawelaschwili"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["Seine Vorgängerin Salome Surabischwili", "sie"]),
        entity("Presidential Palace of Georgia", "LOC", "GEO", ["den Präsidentenpalast in Tiflis", "dem Gebäude"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Zourabichvili supporters", "ORG", "GEO", ["Anhängern"]),
        entity("Georgian opposition", "ORG", "GEO", ["Die Opposition"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["das neue Parlament", "dem Parlamentsgebäude"]),
        entity("Georgian protesters", "ORG", "GEO", ["Tausende Menschen"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("observers", "ORG", None, ["Beobachtern"]),
        entity("United States", "GPE", "USA", ["Die USA", "Washington", "die künftige US-Regierung"]),
        entity("Georgian Dream", "ORG", "GEO", ["der Regierungspartei Georgischer Traum"]),
        entity("Bidzina Ivanishvili", "PER", "GEO", ["den Gründer der Regierungspartei Georgischer Traum, den Milliardär Bidsina Iwanischwili", "ihm"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "Er"]),
    ],
}

# ---------------------------------------------------------------- hm102-de-02
SEOUL_COURT = actor("Seoul Central District Court", "KOR", "JUD")
KIM_KH = actor("Kim Keon-hee", "KOR", "CVL")
MIN = actor("Min Joong-ki", "KOR", "JUD")
PPP = actor("People Power Party", "KOR", "PTY")
LEE = actor("Lee Jae-myung", "KOR", "GOV")
DP = actor("Democratic Party of Korea", "KOR", "PTY")
YOON_FANS = actor("Yoon supporters", "KOR", "CVL")
KOR_POLICE = actor("South Korean police", "KOR", "COP")

B1 = "Ein Gericht in Seoul hat am späten Dienstagabend Haftbefehl gegen Südkoreas frühere First Lady Kim Keon Hee erlassen."
B2 = "Damit sitzen ein früherer Präsident und seine Ehefrau erstmals gleichzeitig in Haft."
B3 = "Sonderermittler Min Joong Ki wirft der 52-Jährigen Aktienmanipulation und die Annahme teurer Geschenke von der Vereinigungskirche vor."
B4 = "Es bestehe die Gefahr, dass Beweise vernichtet würden, begründete der Richter seine Entscheidung."
B5 = "Einen Antrag ihrer Anwälte, sie unter Auflagen auf freiem Fuß zu lassen, lehnte er ab."
B6 = "Kim hatte sich bei ihrer Vernehmung vergangene Woche entschuldigt: »Es tut mir leid, dass ich so viel Sorge bereitet habe.«"
B7 = "Die Vorwürfe selbst wiesen ihre Anwälte zurück; sie habe sich nichts zuschulden kommen lassen."
B8 = "Die oppositionelle Partei Macht des Volkes sprach von einer »politischen Racheaktion« der Regierung von Präsident Lee Jae Myung."
B9 = "Lees Demokratische Partei forderte die Opposition auf, die Entscheidung des Gerichts zu respektieren."
B10 = "Vor dem Gericht protestierten am Dienstag Hunderte Anhänger von Kims Ehemann Yoon Suk Yeol gegen die Ermittlungen, die Polizei hatte 500 Beamte postiert."

DE02 = {
    "id": "hm102-de-02", "lang": "de", "url": None, "published": "2025-08-13",
    "title": "Südkoreas frühere First Lady Kim Keon Hee in Haft",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("COERCE", SEOUL_COURT, KIM_KH, B1, mode="arrest", date="2025-08-12", location="Seoul", location_country="KOR"),
        event("ACCUSE", MIN, KIM_KH, B3, mode="allege"),
        event("REJECT", SEOUL_COURT, KIM_KH, B5, mode="yield"),
        event("CONCEDE", KIM_KH, None, B6),
        event("ACCUSE", PPP, LEE, B8, mode="disapprove"),
        event("REQUEST", DP, PPP, B9),
        event("PROTEST", YOON_FANS, MIN, B10, mode="demo", date="2025-08-12", location="Seoul", location_country="KOR"),
        event("MOBILIZE", KOR_POLICE, None, B10, mode="police", date="2025-08-12", location="Seoul", location_country="KOR"),
    ],
    "quotes": [
        quote("Es bestehe die Gefahr, dass Beweise vernichtet würden", "Judge of the Seoul Central District Court", "indirect"),
        quote("Es tut mir leid, dass ich so viel Sorge bereitet habe", "Kim Keon-hee", "direct"),
        quote("sie habe sich nichts zuschulden kommen lassen", "Kim Keon-hee's lawyers", "indirect"),
        quote("politischen Racheaktion", "People Power Party", "direct"),
    ],
    "entities": [
        entity("Seoul Central District Court", "ORG", "KOR", ["Ein Gericht in Seoul", "des Gerichts", "dem Gericht"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("Kim Keon-hee", "PER", "KOR", ["Südkoreas frühere First Lady Kim Keon Hee", "seine Ehefrau", "der 52-Jährigen", "ihrer", "sie", "Kim", "Kims"]),
        entity("Min Joong-ki", "PER", "KOR", ["Sonderermittler Min Joong Ki"]),
        entity("Unification Church", "ORG", "KOR", ["der Vereinigungskirche"]),
        entity("Judge of the Seoul Central District Court", "PER", "KOR", ["der Richter", "er"]),
        entity("Kim Keon-hee's lawyers", "ORG", "KOR", ["ihrer Anwälte", "ihre Anwälte"]),
        entity("People Power Party", "ORG", "KOR", ["Die oppositionelle Partei Macht des Volkes", "die Opposition"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Präsident Lee Jae Myung", "Lees"]),
        entity("Government of South Korea", "ORG", "KOR", ["der Regierung von Präsident Lee Jae Myung"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Lees Demokratische Partei"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["ein früherer Präsident", "Kims Ehemann Yoon Suk Yeol"]),
        entity("Yoon supporters", "ORG", "KOR", ["Hunderte Anhänger von Kims Ehemann Yoon Suk Yeol"]),
        entity("South Korean police", "ORG", "KOR", ["die Polizei", "500 Beamte"]),
    ],
}

# ---------------------------------------------------------------- hm102-de-03
ITALY = actor("Italy", "ITA", "GOV")
ALMASRI = actor("Osama Almasri Najim", "LBY", "COP")
ROME_COURT = actor("Rome Court of Appeal", "ITA", "JUD")
ITA_POLICE = actor("Italian police", "ITA", "COP")
ICC = actor("International Criminal Court", "IGO", "IGO")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")
SCHLEIN = actor("Elly Schlein", "ITA", "OPP")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ALMASRI_FANS = actor("Almasri supporters", "LBY", "CVL")

C1 = "Italien hat einen vom Internationalen Strafgerichtshof gesuchten libyschen Polizeichef freigelassen und mit einem Regierungsflugzeug nach Tripolis zurückgebracht."
C2 = "Ein Berufungsgericht in Rom hatte am Dienstag die Freilassung von Osama Almasri angeordnet, weil das Justizministerium nicht rechtzeitig eingebunden worden sei."
C3 = "Die Polizei in Turin hatte den Libyer am Sonntag auf Grundlage eines Haftbefehls aus Den Haag festgenommen."
C4 = "Der Strafgerichtshof wirft Almasri Mord, Folter und Vergewaltigung von Häftlingen im Gefängnis Mitiga vor."
C5 = "Italien habe das Gericht weder konsultiert noch über die Freilassung informiert, kritisierte der Gerichtshof am Mittwoch in einer Erklärung."
C6 = "Er forderte Rom auf, den Vorgang umgehend zu erklären."
C7 = "Innenminister Matteo Piantedosi sagte im Senat, Almasri sei wegen seiner Gefährlichkeit ausgewiesen worden."
C8 = "Oppositionsführerin Elly Schlein warf Regierungschefin Giorgia Meloni vor, „einen Folterer“ gedeckt zu haben, und verlangte, dass sie im Parlament Rede und Antwort stehe."
C9 = "In Tripolis war Almasri am Dienstagabend von jubelnden Anhängern empfangen worden."

DE03 = {
    "id": "hm102-de-03", "lang": "de", "url": None, "published": "2025-01-22",
    "title": "Italien lässt vom Strafgerichtshof gesuchten Libyer frei",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9]),
    "events": [
        event("RETREAT", ITALY, ALMASRI, C1, mode="release"),
        event("RETREAT", ROME_COURT, ALMASRI, C2, mode="release", date="2025-01-21", location="Rome", location_country="ITA"),
        event("COERCE", ITA_POLICE, ALMASRI, C3, mode="arrest", date="2025-01-19", location="Turin", location_country="ITA"),
        event("ACCUSE", ICC, ALMASRI, C4, mode="allege"),
        event("ACCUSE", ICC, ITALY, C5, mode="disapprove", date="2025-01-22"),
        event("REQUEST", ICC, ITALY, C6),
        event("COERCE", PIANTEDOSI, ALMASRI, C7, mode="deport"),
        event("ACCUSE", SCHLEIN, MELONI, C8, mode="allege"),
        event("REQUEST", SCHLEIN, MELONI, C8),
        event("SUPPORT", ALMASRI_FANS, ALMASRI, C9, date="2025-01-21", location="Tripoli", location_country="LBY"),
    ],
    "quotes": [
        quote("das Justizministerium nicht rechtzeitig eingebunden worden sei", "Rome Court of Appeal", "indirect"),
        quote("Italien habe das Gericht weder konsultiert noch über die Freilassung informiert", "International Criminal Court", "indirect"),
        quote("Almasri sei wegen seiner Gefährlichkeit ausgewiesen worden", "Matteo Piantedosi", "indirect"),
        quote("einen Folterer", "Elly Schlein", "direct"),
        quote("„einen Folterer“ gedeckt zu haben", "Elly Schlein", "indirect"),
        quote("dass sie im Parlament Rede und Antwort stehe", "Elly Schlein", "indirect"),
    ],
    "entities": [
        entity("Italy", "GPE", "ITA", ["Italien", "Rom"]),
        entity("International Criminal Court", "ORG", "IGO", ["Internationalen Strafgerichtshof", "Den Haag", "Der Strafgerichtshof", "das Gericht", "der Gerichtshof", "Er"]),
        entity("Osama Almasri Najim", "PER", "LBY", ["einen vom Internationalen Strafgerichtshof gesuchten libyschen Polizeichef", "Osama Almasri", "den Libyer", "Almasri"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Rome Court of Appeal", "ORG", "ITA", ["Ein Berufungsgericht in Rom"]),
        entity("Rome", "LOC", "ITA", ["Rom"]),
        entity("Ministry of Justice of Italy", "ORG", "ITA", ["das Justizministerium"]),
        entity("Italian police", "ORG", "ITA", ["Die Polizei in Turin"]),
        entity("Turin", "LOC", "ITA", ["Turin"]),
        entity("Mitiga prison", "LOC", "LBY", ["Gefängnis Mitiga"]),
        entity("Matteo Piantedosi", "PER", "ITA", ["Innenminister Matteo Piantedosi"]),
        entity("Senate of Italy", "ORG", "ITA", ["Senat"]),
        entity("Elly Schlein", "PER", "ITA", ["Oppositionsführerin Elly Schlein"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Regierungschefin Giorgia Meloni", "sie"]),
        entity("Parliament of Italy", "ORG", "ITA", ["Parlament"]),
        entity("Almasri supporters", "ORG", "LBY", ["jubelnden Anhängern"]),
    ],
}

# ---------------------------------------------------------------- hm102-de-04
EP = actor("European Parliament", "EUR", "LEG")
HUAWEI = actor("Huawei", "MNC", "BUS")
BEL_PROS = actor("Belgian Federal Prosecutor's Office", "BEL", "JUD")
SUSPECTS = actor("Huawei bribery suspects", None, "BUS")
PRT_POLICE = actor("Portuguese police", "PRT", "COP")
METSOLA = actor("Roberta Metsola", "EUR", "LEG")
EP_ASSISTANTS = actor("parliamentary assistants", "EUR", "LEG")
FREUND = actor("Daniel Freund", "EUR", "LEG")
GUO = actor("Guo Jiakun", "CHN", "GOV")
BELGIUM = actor("Belgium", "BEL", "GOV")

D1 = "Das Europäische Parlament hat am Freitag nach Razzien wegen mutmaßlicher Bestechung allen Lobbyisten des chinesischen Konzerns Huawei den Zutritt zu seinen Gebäuden untersagt."
D2 = "Die belgische Bundesstaatsanwaltschaft hatte am Donnerstag 21 Adressen durchsuchen und mehrere Verdächtige festnehmen lassen."
D3 = "Portugiesische Polizisten unterstützten die Ermittler bei Durchsuchungen in Lissabon."
D4 = "Die Staatsanwälte werfen den Verdächtigen vor, seit 2021 Abgeordnete mit Geld, Reisen und Fußballkarten bestochen zu haben."
D5 = "Parlamentspräsidentin Roberta Metsola sagte den Behörden die volle Zusammenarbeit ihres Hauses zu."
D6 = "Die Büros von zwei parlamentarischen Mitarbeitern wurden versiegelt."
D7 = "Huawei erklärte, man nehme die Vorwürfe ernst und dulde keine Korruption."
D8 = "Der Grünen-Abgeordnete Daniel Freund forderte, das Verbot auf alle chinesischen Staatskonzerne auszuweiten: »Wir dürfen nicht zulassen, dass sich ausländische Konzerne Einfluss kaufen.«"
D9 = "Pekings Außenamtssprecher Guo Jiakun warf den belgischen Behörden vor, chinesische Firmen zu diskriminieren."
D10 = "Er verlangte »eine faire und nicht diskriminierende Behandlung«."

DE04 = {
    "id": "hm102-de-04", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "EU-Parlament sperrt Huawei-Lobbyisten nach Korruptionsrazzien aus",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("SANCTION", EP, HUAWEI, D1, mode="discontinue", date="2025-03-14"),
        event("COERCE", BEL_PROS, SUSPECTS, D2, mode="arrest", date="2025-03-13"),
        event("COOPERATE", PRT_POLICE, BEL_PROS, D3, location="Lisbon", location_country="PRT"),
        event("ACCUSE", BEL_PROS, SUSPECTS, D4, mode="allege"),
        event("AGREE", METSOLA, BEL_PROS, D5),
        event("COERCE", BEL_PROS, EP_ASSISTANTS, D6, mode="seize"),
        event("REQUEST", FREUND, EP, D8, mode="change"),
        event("ACCUSE", GUO, BELGIUM, D9, mode="allege"),
        event("REQUEST", GUO, None, D10),
    ],
    "quotes": [
        quote("seit 2021 Abgeordnete mit Geld, Reisen und Fußballkarten bestochen zu haben", "Belgian Federal Prosecutor's Office", "indirect"),
        quote("man nehme die Vorwürfe ernst und dulde keine Korruption", "Huawei", "indirect"),
        quote("Wir dürfen nicht zulassen, dass sich ausländische Konzerne Einfluss kaufen", "Daniel Freund", "direct"),
        quote("chinesische Firmen zu diskriminieren", "Guo Jiakun", "indirect"),
        quote("eine faire und nicht diskriminierende Behandlung", "Guo Jiakun", "direct"),
    ],
    "entities": [
        entity("European Parliament", "ORG", "EUR", ["Das Europäische Parlament", "seinen Gebäuden", "ihres Hauses"]),
        entity("Huawei", "ORG", "MNC", ["des chinesischen Konzerns Huawei", "Huawei"]),
        entity("Huawei lobbyists", "PER", "CHN", ["allen Lobbyisten des chinesischen Konzerns Huawei"]),
        entity("Belgian Federal Prosecutor's Office", "ORG", "BEL", ["Die belgische Bundesstaatsanwaltschaft", "die Ermittler", "Die Staatsanwälte", "den Behörden"]),
        entity("Huawei bribery suspects", "PER", None, ["mehrere Verdächtige", "den Verdächtigen"]),
        entity("Portuguese police", "ORG", "PRT", ["Portugiesische Polizisten"]),
        entity("Lisbon", "LOC", "PRT", ["Lissabon"]),
        entity("Roberta Metsola", "PER", "EUR", ["Parlamentspräsidentin Roberta Metsola"]),
        entity("parliamentary assistants", "PER", "EUR", ["zwei parlamentarischen Mitarbeitern"]),
        entity("Daniel Freund", "PER", "EUR", ["Der Grünen-Abgeordnete Daniel Freund"]),
        entity("China", "GPE", "CHN", ["Pekings"]),
        entity("Guo Jiakun", "PER", "CHN", ["Pekings Außenamtssprecher Guo Jiakun", "Er"]),
        entity("Belgium", "GPE", "BEL", ["den belgischen Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm102-en-01
TRUMP = actor("Donald Trump", "USA", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
ONTARIO = actor("Government of Ontario", "CAN", "GOV")
REAGAN_FOUNDATION = actor("Ronald Reagan Presidential Foundation", "USA", "NGO")
FORD = actor("Doug Ford", "CAN", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")
USA_E = actor("United States", "USA", "GOV")

E1 = "U.S. President Donald Trump has terminated all trade negotiations with Canada over a television advertisement that uses the voice of former President Ronald Reagan."
E2 = "The ad, paid for by the government of Ontario, was “FAKE” and meant to influence a Supreme Court ruling on tariffs, Trump wrote on his Truth Social platform late on Thursday."
E3 = "The Ronald Reagan Presidential Foundation said the ad misrepresented Reagan's 1987 radio address and that it was reviewing legal options."
E4 = "Trump later warned that Canada would face higher tariffs if the ad kept running."
E5 = "Ontario Premier Doug Ford said on Friday he would pause the campaign from Monday so that talks could resume."
E6 = "“We are ready to pick up those discussions when the Americans are ready,” Prime Minister Mark Carney told reporters."
E7 = "Carney, who met Trump at the White House in early October, said Canada would keep diversifying its trade."
E8 = "Washington raised tariffs on many Canadian goods to 35 percent in August."
E9 = "Ottawa has kept its counter-tariffs on U.S. steel, aluminium and cars in place."

EN01 = {
    "id": "hm102-en-01", "lang": "en", "url": None, "published": "2025-10-24",
    "title": "Trump ends trade talks with Canada over Reagan ad",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9]),
    "events": [
        event("SANCTION", TRUMP, CANADA, E1, mode="discontinue"),
        event("ACCUSE", TRUMP, ONTARIO, E2, mode="allege", date="2025-10-23"),
        event("ACCUSE", REAGAN_FOUNDATION, ONTARIO, E3, mode="allege"),
        event("THREATEN", TRUMP, CANADA, E4),
        event("CONCEDE", FORD, TRUMP, E5, date="2025-10-24"),
        event("AGREE", CARNEY, USA_E, E6, mode=None),
        event("CONSULT", CARNEY, TRUMP, E7, mode="visit", location="Washington", location_country="USA"),
        event("SANCTION", USA_E, CANADA, E8, mode="discontinue"),
        event("SANCTION", CANADA, USA_E, E9, mode="discontinue"),
    ],
    "quotes": [
        quote("FAKE", "Donald Trump", "direct"),
        quote("The ad, paid for by the government of Ontario, was “FAKE” and meant to influence a Supreme Court ruling on tariffs", "Donald Trump", "indirect"),
        quote("the ad misrepresented Reagan's 1987 radio address and that it was reviewing legal options", "Ronald Reagan Presidential Foundation", "indirect"),
        quote("that Canada would face higher tariffs if the ad kept running", "Donald Trump", "indirect"),
        quote("he would pause the campaign from Monday so that talks could resume", "Doug Ford", "indirect"),
        quote("We are ready to pick up those discussions when the Americans are ready", "Mark Carney", "direct"),
        quote("Canada would keep diversifying its trade", "Mark Carney", "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Canada", "GPE", "CAN", ["Canada", "Ottawa"]),
        entity("Ronald Reagan", "PER", "USA", ["former President Ronald Reagan", "Reagan's"]),
        entity("Government of Ontario", "ORG", "CAN", ["the government of Ontario"]),
        entity("Truth Social", "ORG", "MNC", ["his Truth Social platform"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["a Supreme Court"]),
        entity("Ronald Reagan Presidential Foundation", "ORG", "USA", ["The Ronald Reagan Presidential Foundation", "it"]),
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford", "he"]),
        entity("Ontario", "GPE", "CAN", ["Ontario"]),
        entity("Mark Carney", "PER", "CAN", ["Prime Minister Mark Carney", "Carney"]),
        entity("United States", "GPE", "USA", ["the Americans", "Washington", "U.S."]),
        entity("White House", "LOC", "USA", ["the White House"]),
    ],
}

# ---------------------------------------------------------------- hm102-en-02
NIA = actor("National Immigration Agency of Taiwan", "TWN", "GOV")
LIU = actor("Liu Zhenya", "CHN", "CVL")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
CHEN = actor("Chen Binhua", "CHN", "GOV")
LIU_FANS = actor("Liu Zhenya supporters", "TWN", "CVL")
INDEP_ACTIVISTS = actor("pro-independence activists", "TWN", "CVL")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHINA = actor("China", "CHN", "GOV")
SPOUSES = actor("Chinese spouses", "CHN", "CVL")
TWN_POLICE = actor("Taiwanese police", "TWN", "COP")

F1 = "A Chinese woman whose videos called for Taiwan to be taken by force left the island on Tuesday after authorities revoked her residency."
F2 = "Liu Zhenya, who is married to a Taiwanese man and posts under the name Yaya, had been ordered to leave by Taiwan's National Immigration Agency."
F3 = "Her videos advocating military unification “cross the line” of free speech, the Mainland Affairs Council said."
F4 = "China's Taiwan Affairs Office accused the ruling Democratic Progressive Party of “persecuting” Chinese spouses and said Beijing would protect their rights."
F5 = "“The DPP authorities are creating a climate of fear,” spokesman Chen Binhua told a news conference."
F6 = "Dozens of supporters saw Liu off at Taipei's Songshan airport, while a small group of pro-independence activists protested against her."
F7 = "Two other Chinese spouses were also ordered to leave, and one of them was detained by police last week."
F8 = "Liu said before boarding her flight that she had only expressed personal opinions."
F9 = "President Lai Ching-te this month designated China a “foreign hostile force” and announced new counter-infiltration measures."

EN02 = {
    "id": "hm102-en-02", "lang": "en", "url": None, "published": "2025-03-25",
    "title": "Chinese influencer leaves Taiwan after residency revoked",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("COERCE", NIA, LIU, F1, mode="deport", date="2025-03-25"),
        event("COERCE", NIA, LIU, F2, mode="deport"),
        event("ACCUSE", MAC, LIU, F3, mode="disapprove"),
        event("ACCUSE", TAO, DPP, F4, mode="allege"),
        event("ACCUSE", CHEN, DPP, F5, mode="allege"),
        event("SUPPORT", LIU_FANS, LIU, F6, date="2025-03-25", location="Taipei", location_country="TWN"),
        event("PROTEST", INDEP_ACTIVISTS, LIU, F6, mode="demo", date="2025-03-25", location="Taipei", location_country="TWN"),
        event("COERCE", NIA, SPOUSES, F7, mode="deport"),
        event("COERCE", TWN_POLICE, SPOUSES, F7, mode="arrest"),
        event("ACCUSE", LAI, CHINA, F9, mode="disapprove"),
    ],
    "quotes": [
        quote("cross the line", "Mainland Affairs Council", "direct"),
        quote("Her videos advocating military unification “cross the line” of free speech", "Mainland Affairs Council", "indirect"),
        quote("persecuting", "Taiwan Affairs Office", "direct"),
        quote("Beijing would protect their rights", "Taiwan Affairs Office", "indirect"),
        quote("The DPP authorities are creating a climate of fear", "Chen Binhua", "direct"),
        quote("that she had only expressed personal opinions", "Liu Zhenya", "indirect"),
        quote("foreign hostile force", "Lai Ching-te", "direct"),
    ],
    "entities": [
        entity("Liu Zhenya", "PER", "CHN", ["A Chinese woman", "her", "Liu Zhenya", "Yaya", "Her", "Liu", "she"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "the island", "Taiwan's"]),
        entity("National Immigration Agency of Taiwan", "ORG", "TWN", ["authorities", "Taiwan's National Immigration Agency"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["the Mainland Affairs Council"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["China's Taiwan Affairs Office"]),
        entity("China", "GPE", "CHN", ["China's", "Beijing", "China"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["the ruling Democratic Progressive Party", "The DPP authorities"]),
        entity("Chen Binhua", "PER", "CHN", ["spokesman Chen Binhua"]),
        entity("Chinese spouses", "ORG", "CHN", ["Chinese spouses", "Two other Chinese spouses", "one of them"]),
        entity("Liu Zhenya supporters", "ORG", "TWN", ["Dozens of supporters"]),
        entity("Songshan airport", "LOC", "TWN", ["Taipei's Songshan airport"]),
        entity("Taipei", "LOC", "TWN", ["Taipei's"]),
        entity("pro-independence activists", "ORG", "TWN", ["a small group of pro-independence activists"]),
        entity("Taiwanese police", "ORG", "TWN", ["police"]),
        entity("Lai Ching-te", "PER", "TWN", ["President Lai Ching-te"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
