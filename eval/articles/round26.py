"""Round 26: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2024-2025 settings, not used in earlier rounds):
  hm26-de-01  Burkina Faso's junta suspends BBC and VOA over a Human Rights Watch massacre report (2024-04-26)
  hm26-de-02  Russian border guards remove Estonia's buoys from the Narva river (2024-05-24)
  hm26-de-03  The Knesset bans UNRWA from operating on Israeli territory (2024-10-29)
  hm26-de-04  Trump's 50 percent tariffs on Brazil over the Bolsonaro trial, Lula's answer (2025-07-10)
  hm26-en-01  Modi and Xi meet in Kazan after the India-China border patrol deal (2024-10-23)
  hm26-en-02  Niger's junta revokes its military agreement with the United States (2024-03-17)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm26-de-01
BFA = actor("Government of Burkina Faso", "BFA", "GOV")
BBC = actor("BBC", "GBR", "BUS")
VOA = actor("Voice of America", "USA", "BUS")
CSC = actor("Superior Council of Communication", "BFA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
JIHADISTS = actor("Jihadists", "BFA", "REB")
BFA_ARMY = actor("Armed Forces of Burkina Faso", "BFA", "MIL")
UN = actor("United Nations", "UNO", "IGO")
AU = actor("African Union", "IGO", "IGO")
USA = actor("United States", "USA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
STATE = actor("United States Department of State", "USA", "GOV")

A1 = "Die Militärregierung in Burkina Faso hat die Ausstrahlung der Sender BBC und Voice of America für zwei Wochen ausgesetzt und den Zugang zu ihren Internetseiten gesperrt."
A2 = "Die Sender hätten einen Bericht verbreitet, der »Anschuldigungen gegen die Armee« enthalte, erklärte die Kommunikationsbehörde CSC am Donnerstag."
A3 = "Erst am Mittwoch hatten Dschihadisten bei einem Angriff auf einen Armeeposten im Norden des Landes zwölf Soldaten getötet."
A4 = "Human Rights Watch wirft der Armee vor, im Februar in den Dörfern Nondin und Soro mindestens 223 Zivilisten getötet zu haben, darunter 56 Kinder."
A5 = "Die Soldaten hätten die Bewohner als Vergeltung für einen Angriff von Dschihadisten erschossen, so die Organisation."
A6 = "Sie forderte die Vereinten Nationen und die Afrikanische Union auf, die Tötungen zu untersuchen."
A7 = "Die Regierung in Ouagadougou wies die Vorwürfe als »haltlos« zurück."
A8 = "Die USA und Großbritannien kritisierten die Sperre als Angriff auf die Pressefreiheit."
A9 = "Das Außenministerium in Washington rief die Junta auf, die Sender wieder zuzulassen."

DE01 = {
    "id": "hm26-de-01", "lang": "de", "url": None, "published": "2024-04-26",
    "title": "Burkina Faso sperrt BBC und Voice of America",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9]),
    "events": [
        event("COERCE", BFA, BBC, A1, mode="censor"),
        event("COERCE", BFA, VOA, A1, mode="censor"),
        event("ACCUSE", CSC, BBC, A2, mode="disapprove", date="2024-04-25"),
        event("ACCUSE", CSC, VOA, A2, mode="disapprove", date="2024-04-25"),
        event("ASSAULT", JIHADISTS, BFA_ARMY, A3, date="2024-04-24", location="Northern Burkina Faso",
              location_country="BFA"),
        event("ACCUSE", HRW, BFA_ARMY, A4, mode="allege"),
        event("ACCUSE", HRW, BFA_ARMY, A5, mode="allege"),
        event("REQUEST", HRW, UN, A6),
        event("REQUEST", HRW, AU, A6),
        event("ACCUSE", USA, BFA, A8, mode="disapprove"),
        event("ACCUSE", GBR, BFA, A8, mode="disapprove"),
        event("REQUEST", STATE, BFA, A9, mode="yield"),
    ],
    "quotes": [
        quote("Die Sender hätten einen Bericht verbreitet, der »Anschuldigungen gegen die Armee« enthalte",
              "Superior Council of Communication", "indirect"),
        quote("Anschuldigungen gegen die Armee", "Superior Council of Communication", "direct"),
        quote("im Februar in den Dörfern Nondin und Soro mindestens 223 Zivilisten getötet zu haben, darunter 56 Kinder",
              "Human Rights Watch", "indirect"),
        quote("Die Soldaten hätten die Bewohner als Vergeltung für einen Angriff von Dschihadisten erschossen",
              "Human Rights Watch", "indirect"),
        quote("haltlos", "Government of Burkina Faso", "direct"),
    ],
    "entities": [
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierung in Burkina Faso",
                                                         "Die Regierung in Ouagadougou", "die Junta"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Jihadists", "ORG", "BFA", ["Dschihadisten"]),
        entity("Northern Burkina Faso", "LOC", "BFA", ["im Norden des Landes"]),
        entity("BBC", "ORG", "GBR", ["BBC"]),
        entity("Voice of America", "ORG", "USA", ["Voice of America"]),
        entity("Superior Council of Communication", "ORG", "BFA", ["die Kommunikationsbehörde CSC"]),
        entity("Armed Forces of Burkina Faso", "ORG", "BFA", ["die Armee", "einen Armeeposten", "zwölf Soldaten", "der Armee", "Die Soldaten"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "die Organisation", "Sie"]),
        entity("Nondin", "LOC", "BFA", ["Nondin"]),
        entity("Soro", "LOC", "BFA", ["Soro"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("African Union", "ORG", "IGO", ["die Afrikanische Union"]),
        entity("United States", "GPE", "USA", ["Die USA", "Washington"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("United States Department of State", "ORG", "USA", ["Das Außenministerium in Washington"]),
    ],
}

# ---------------------------------------------------------------- hm26-de-02
RUS_BG = actor("Russian Border Guard Service", "RUS", "COP")
EST = actor("Estonia", "EST", "GOV")
EST_BG = actor("Estonian Police and Border Guard Board", "EST", "COP")
RUS = actor("Russia", "RUS", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

B1 = "Russische Grenzschützer haben in der Nacht zum Donnerstag 24 Bojen aus dem Grenzfluss Narva entfernt, die Estland zur Markierung der Fahrrinne ausgelegt hatte."
B2 = "Die estnische Grenzwache sprach von einer »Provokation«."
B3 = "Moskau stellt seit dem vergangenen Jahr den Verlauf der Fahrrinne infrage, der 2022 gemeinsam festgelegt worden war."
B4 = "Das Außenministerium in Tallinn bestellte am Freitag den russischen Geschäftsträger ein und verlangte die Rückgabe der Bojen."
B5 = "Außenminister Margus Tsahkna sagte, der Vorfall füge sich in ein Muster von Einschüchterungen ein."
B6 = "„Russland testet, wie weit es gehen kann“, sagte der Minister."
B7 = "„Wir werden nicht zulassen, dass unsere Grenze verschoben wird.“"
B8 = "EU-Außenbeauftragter Josep Borrell verurteilte das Vorgehen als »inakzeptabel« und sicherte Estland die Solidarität der Union zu."
B9 = "Estland verstärkte daraufhin seine Patrouillen entlang des Flusses."
B10 = "Der Kreml äußerte sich zunächst nicht."

DE02 = {
    "id": "hm26-de-02", "lang": "de", "url": None, "published": "2024-05-24",
    "title": "Russland entfernt estnische Grenzbojen aus der Narva",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("COERCE", RUS_BG, EST, B1, mode="seize", date="2024-05-23", location="Narva",
              location_country="EST"),
        event("ACCUSE", EST_BG, RUS_BG, B2, mode="disapprove"),
        event("ACCUSE", EST_MFA, RUS, B4, mode="disapprove", date="2024-05-24"),
        event("REQUEST", EST_MFA, RUS, B4, mode="yield", date="2024-05-24"),
        event("ACCUSE", TSAHKNA, RUS, B5, mode="disapprove"),
        event("ACCUSE", TSAHKNA, RUS, B6, mode="disapprove"),
        event("ACCUSE", BORRELL, RUS, B8, mode="disapprove"),
        event("SUPPORT", BORRELL, EST, B8),
        event("MOBILIZE", EST, None, B9, mode="police", location="Narva", location_country="EST"),
    ],
    "quotes": [
        quote("Provokation", "Estonian Police and Border Guard Board", "direct"),
        quote("der Vorfall füge sich in ein Muster von Einschüchterungen ein", "Margus Tsahkna", "indirect"),
        quote("Russland testet, wie weit es gehen kann", "Margus Tsahkna", "direct"),
        quote("Wir werden nicht zulassen, dass unsere Grenze verschoben wird", "Margus Tsahkna", "direct"),
        quote("inakzeptabel", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Russian Border Guard Service", "ORG", "RUS", ["Russische Grenzschützer"]),
        entity("Narva", "LOC", "EST", ["dem Grenzfluss Narva", "des Flusses"]),
        entity("Estonia", "GPE", "EST", ["Estland", "Tallinn"]),
        entity("Estonian Police and Border Guard Board", "ORG", "EST", ["Die estnische Grenzwache"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland", "Der Kreml"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium in Tallinn"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna", "der Minister"]),
        entity("Josep Borrell", "PER", "EUR", ["EU-Außenbeauftragter Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["der Union"]),
    ],
}

# ---------------------------------------------------------------- hm26-de-03
KNESSET = actor("Knesset", "ISR", "LEG")
UNRWA = actor("UNRWA", "UNO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
ISR = actor("Israel", "ISR", "GOV")
LAZZARINI = actor("Philippe Lazzarini", "UNO", "IGO")
USA3 = actor("United States", "USA", "GOV")
DEU = actor("Germany", "DEU", "GOV")
GBR3 = actor("United Kingdom", "GBR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
HAMAS = actor("Hamas", "PSE", "REB")

C1 = "Das israelische Parlament hat dem UN-Palästinenserhilfswerk UNRWA am Montagabend die Arbeit auf israelischem Staatsgebiet verboten."
C2 = "Ein zweites Gesetz untersagt israelischen Behörden jeden Kontakt mit der Organisation."
C3 = "Die Abgeordneten werfen UNRWA vor, dass einige seiner Mitarbeiter am Massaker der Hamas vom 7. Oktober 2023 beteiligt gewesen seien."
C4 = "UN-Generalsekretär António Guterres warnte vor »verheerenden Folgen« für die Menschen im Gazastreifen."
C5 = "Er forderte Israel auf, seinen völkerrechtlichen Verpflichtungen nachzukommen."
C6 = "UNRWA-Chef Philippe Lazzarini sprach von einem »Skandal« und einer Kollektivstrafe für die Palästinenser."
C7 = "Die USA, Deutschland und Großbritannien hatten Israel vor der Abstimmung eindringlich gebeten, auf das Verbot zu verzichten."
C8 = "Ministerpräsident Benjamin Netanjahu erklärte, Israel sei bereit, mit internationalen Partnern die Versorgung in Gaza sicherzustellen."
C9 = "Die Gesetze sollen in 90 Tagen in Kraft treten."
C10 = "Israels Armee griff derweil erneut Stellungen der Hamas im Norden des Gazastreifens an."

DE03 = {
    "id": "hm26-de-03", "lang": "de", "url": None, "published": "2024-10-29",
    "title": "Knesset verbietet Arbeit des UN-Palästinenserhilfswerks",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("COERCE", KNESSET, UNRWA, C1, mode="ban", date="2024-10-28"),
        event("SANCTION", KNESSET, UNRWA, C2, mode="discontinue"),
        event("ACCUSE", KNESSET, UNRWA, C3, mode="allege"),
        event("REQUEST", GUTERRES, ISR, C5, mode="change"),
        event("ACCUSE", LAZZARINI, KNESSET, C6, mode="disapprove"),
        event("REQUEST", USA3, ISR, C7, mode="change"),
        event("REQUEST", DEU, ISR, C7, mode="change"),
        event("REQUEST", GBR3, ISR, C7, mode="change"),
        event("AGREE", NETANYAHU, None, C8),
        event("ASSAULT", IDF, HAMAS, C10, location="Northern Gaza", location_country="PSE"),
    ],
    "quotes": [
        quote("dass einige seiner Mitarbeiter am Massaker der Hamas vom 7. Oktober 2023 beteiligt gewesen seien",
              "Knesset", "indirect"),
        quote("verheerenden Folgen", "António Guterres", "direct"),
        quote("Skandal", "Philippe Lazzarini", "direct"),
        quote("Israel sei bereit, mit internationalen Partnern die Versorgung in Gaza sicherzustellen",
              "Benjamin Netanyahu", "indirect"),
    ],
    "entities": [
        entity("Knesset", "ORG", "ISR", ["Das israelische Parlament", "Die Abgeordneten"]),
        entity("UNRWA", "ORG", "UNO", ["dem UN-Palästinenserhilfswerk UNRWA", "der Organisation", "UNRWA"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Er"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "Gaza", "des Gazastreifens"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Philippe Lazzarini", "PER", "UNO", ["UNRWA-Chef Philippe Lazzarini"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israels Armee"]),
    ],
}

# ---------------------------------------------------------------- hm26-de-04
TRUMP = actor("Donald Trump", "USA", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
USA4 = actor("United States", "USA", "GOV")
BRA_PRES = actor("Office of the President of Brazil", "BRA", "GOV")
BRA_MFA = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
CNI = actor("National Confederation of Industry", "BRA", "BUS")

D1 = "US-Präsident Donald Trump hat Zölle von 50 Prozent auf alle Importe aus Brasilien verhängt, die ab dem 1. August gelten sollen."
D2 = "In einem Brief an Präsident Luiz Inácio Lula da Silva begründete er den Schritt am Mittwoch mit dem Verfahren des Obersten Gerichts gegen Ex-Präsident Jair Bolsonaro, das er eine »Hexenjagd« nannte."
D3 = "Trump forderte Lula auf, den Prozess zu stoppen."
D4 = "Bolsonaro muss sich wegen eines mutmaßlichen Putschplans nach der Wahl 2022 verantworten."
D5 = "Lula wies die Forderung zurück und kündigte Gegenmaßnahmen an."
D6 = "»Brasilien ist ein souveränes Land und wird sich von niemandem bevormunden lassen«, sagte er."
D7 = "Jede einseitige Zollerhöhung werde nach dem Gesetz über wirtschaftliche Gegenseitigkeit beantwortet, hieß es aus dem Präsidialamt."
D8 = "Das Außenministerium bestellte zudem den Geschäftsträger der US-Botschaft ein."
D9 = "Bolsonaro dankte Trump in sozialen Netzwerken für dessen »Einsatz für die Freiheit«."
D10 = "Der Industrieverband CNI rief beide Regierungen zu Verhandlungen auf."

DE04 = {
    "id": "hm26-de-04", "lang": "de", "url": None, "published": "2025-07-10",
    "title": "Trump verhängt Strafzölle gegen Brasilien",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("SANCTION", TRUMP, BRA, D1, mode="discontinue"),
        event("ACCUSE", TRUMP, STF, D2, mode="disapprove", date="2025-07-09"),
        event("REQUEST", TRUMP, LULA, D3, mode="change"),
        event("REJECT", LULA, TRUMP, D5, mode="change"),
        event("THREATEN", LULA, USA4, D5),
        event("THREATEN", BRA_PRES, USA4, D7),
        event("ACCUSE", BRA_MFA, USA4, D8, mode="disapprove"),
        event("SUPPORT", BOLSONARO, TRUMP, D9),
        event("REQUEST", CNI, BRA, D10, mode="meet"),
        event("REQUEST", CNI, USA4, D10, mode="meet"),
    ],
    "quotes": [
        quote("Hexenjagd", "Donald Trump", "direct"),
        quote("Brasilien ist ein souveränes Land und wird sich von niemandem bevormunden lassen",
              "Luiz Inácio Lula da Silva", "direct"),
        quote("Jede einseitige Zollerhöhung werde nach dem Gesetz über wirtschaftliche Gegenseitigkeit beantwortet",
              "Office of the President of Brazil", "indirect"),
        quote("Einsatz für die Freiheit", "Jair Bolsonaro", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er", "Trump"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["des Obersten Gerichts"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Ex-Präsident Jair Bolsonaro", "Bolsonaro"]),
        entity("Office of the President of Brazil", "ORG", "BRA", ["dem Präsidialamt"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Das Außenministerium"]),
        entity("United States", "GPE", "USA", ["der US-Botschaft"]),
        entity("National Confederation of Industry", "ORG", "BRA", ["Der Industrieverband CNI"]),
    ],
}

# ---------------------------------------------------------------- hm26-en-01
MODI = actor("Narendra Modi", "IND", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
IND = actor("India", "IND", "GOV")
CHN = actor("China", "CHN", "GOV")
IND_ARMY = actor("Indian Army", "IND", "MIL")
PLA = actor("People's Liberation Army", "CHN", "MIL")
IND_OPP = actor("Indian opposition leaders", "IND", "OPP")

E1 = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first formal talks in five years on Wednesday, on the sidelines of a BRICS summit in Kazan, Russia."
E2 = "The meeting came two days after New Delhi and Beijing agreed on patrolling arrangements along their disputed Himalayan frontier."
E3 = "Troops from both sides have since begun pulling back from two friction points in eastern Ladakh, Indian officials said."
E4 = "“Maintaining peace and stability on the border should remain our priority,” Modi told Xi."
E5 = "Xi said China was ready to “strengthen communication and cooperation” with India and to handle differences properly."
E6 = "The two leaders agreed that their special representatives on the boundary question would meet again soon."
E7 = "Relations plunged after a clash in the Galwan Valley in June 2020 in which 20 Indian soldiers and at least four Chinese troops were killed."
E8 = "India subsequently restricted Chinese investment and suspended direct flights between the two countries."
E9 = "Indian opposition leaders demanded that the government disclose the terms of the border deal to parliament."

EN01 = {
    "id": "hm26-en-01", "lang": "en", "url": None, "published": "2024-10-23",
    "title": "Modi and Xi hold first formal talks in five years after border deal",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("CONSULT", MODI, XI, E1, mode="multilateral", date="2024-10-23", location="Kazan",
              location_country="RUS"),
        event("AGREE", IND, CHN, E2, date="2024-10-21"),
        event("RETREAT", IND_ARMY, CHN, E3, mode="withdraw", location="Ladakh", location_country="IND"),
        event("RETREAT", PLA, IND, E3, mode="withdraw", location="Ladakh", location_country="IND"),
        event("AGREE", XI, IND, E5),
        event("AGREE", MODI, XI, E6),
        event("SANCTION", IND, CHN, E8, mode="discontinue"),
        event("REQUEST", IND_OPP, IND, E9, mode="change"),
    ],
    "quotes": [
        quote("Troops from both sides have since begun pulling back from two friction points in eastern Ladakh",
              "Indian officials", "indirect"),
        quote("Maintaining peace and stability on the border should remain our priority", "Narendra Modi", "direct"),
        quote("strengthen communication and cooperation", "Xi Jinping", "direct"),
        quote("China was ready to “strengthen communication and cooperation” with India and to handle differences properly",
              "Xi Jinping", "indirect"),
        quote("that the government disclose the terms of the border deal to parliament", "Indian opposition leaders",
              "indirect"),
    ],
    "entities": [
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi", "Modi"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping", "Xi"]),
        entity("BRICS", "ORG", "IGO", ["BRICS"]),
        entity("Kazan", "LOC", "RUS", ["Kazan"]),
        entity("India", "GPE", "IND", ["New Delhi", "India", "the government"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("Ladakh", "LOC", "IND", ["eastern Ladakh"]),
        entity("Indian officials", "ORG", "IND", ["Indian officials"]),
        entity("Indian Army", "ORG", "IND", ["Troops from both sides", "20 Indian soldiers"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Troops from both sides", "at least four Chinese troops"]),
        entity("Galwan Valley", "LOC", "IND", ["the Galwan Valley"]),
        entity("Indian opposition leaders", "ORG", "IND", ["Indian opposition leaders"]),
    ],
}

# ---------------------------------------------------------------- hm26-en-02
NER = actor("Niger", "NER", "GOV")
USA6 = actor("United States", "USA", "GOV")
ABDRAMANE = actor("Amadou Abdramane", "NER", "GOV")
PHEE = actor("Molly Phee", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")

F1 = "Niger's military junta has revoked a security agreement that allowed about 1,000 U.S. troops to operate in the West African country."
F2 = "Junta spokesman Col. Amadou Abdramane announced the decision on state television on Saturday, saying the American military presence was “illegal” and violated constitutional rules."
F3 = "It came after a U.S. delegation led by Assistant Secretary of State Molly Phee held three days of talks with junta officials in Niamey."
F4 = "Abdramane accused the Americans of a “condescending attitude” and of threatening retaliation if Niger did not cut ties with Russia and Iran."
F5 = "Niger “deplores the intention of the American delegation to deny the sovereign Nigerien people the right to choose their partners,” he said."
F6 = "State Department spokesman Matthew Miller said Washington was deeply concerned and urged the junta to set a swift timeline for a return to civilian rule."
F7 = "The U.S. operates a large drone base near the northern city of Agadez."
F8 = "A U.S. official said there were no immediate plans to withdraw American troops."

EN02 = {
    "id": "hm26-en-02", "lang": "en", "url": None, "published": "2024-03-17",
    "title": "Niger's junta revokes military agreement with United States",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8]),
    "events": [
        event("SANCTION", NER, USA6, F1, mode="discontinue"),
        event("SANCTION", ABDRAMANE, USA6, F2, mode="discontinue", date="2024-03-16"),
        event("ACCUSE", ABDRAMANE, USA6, F2, mode="disapprove", date="2024-03-16"),
        event("CONSULT", PHEE, NER, F3, mode="visit", location="Niamey", location_country="NER"),
        event("ACCUSE", ABDRAMANE, USA6, F4, mode="disapprove"),
        event("ACCUSE", ABDRAMANE, USA6, F5, mode="disapprove"),
        event("REQUEST", MILLER, NER, F6, mode="change"),
        event("CONCEDE", USA6, NER, F8, negated=True),
    ],
    "quotes": [
        quote("illegal", "Amadou Abdramane", "direct"),
        quote("the American military presence was “illegal” and violated constitutional rules", "Amadou Abdramane",
              "indirect"),
        quote("condescending attitude", "Amadou Abdramane", "direct"),
        quote("deplores the intention of the American delegation to deny the sovereign Nigerien people the right to choose their partners",
              "Amadou Abdramane", "direct"),
        quote("Washington was deeply concerned", "Matthew Miller", "indirect"),
        quote("there were no immediate plans to withdraw American troops", "US official", "indirect"),
    ],
    "entities": [
        entity("Niger", "GPE", "NER", ["Niger's military junta", "the West African country", "junta officials",
                                       "Niger", "the junta"]),
        entity("United States", "GPE", "USA", ["U.S.", "the Americans", "Washington", "The U.S."]),
        entity("Amadou Abdramane", "PER", "NER", ["Junta spokesman Col. Amadou Abdramane", "Abdramane", "he"]),
        entity("Molly Phee", "PER", "USA", ["Assistant Secretary of State Molly Phee"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("Agadez", "LOC", "NER", ["the northern city of Agadez"]),
        entity("US official", "PER", "USA", ["A U.S. official"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
