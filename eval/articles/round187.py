"""Round 187: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm187-de-01: Haryana police fire tear gas, partly from drones, at Punjab farmers marching on Delhi at the Shambhu crossing; Pandher's demands, Munda's offer of talks, Mann objects, Delhi bans gatherings (2024-02-13).
- hm187-de-02: A Singapore court convicts Workers' Party leader Pritam Singh of lying to a parliamentary committee and fines him; Singh will appeal, party backing, Indranee Rajah and Lawrence Wong (2025-02-17).
- hm187-de-03: Putin's state visit to Tashkent: Rosatom nuclear plant deal and agreements with Mirziyoyev; Putin warns NATO over Western weapons and disputes Zelensky's legitimacy (2024-05-28).
- hm187-de-04: North Korea's Ko Jong Chol accuses Seoul of warning shots at soldiers who crossed the demarcation line; Seoul confirms, offers military talks, Pyongyang rebuffs dialogue (2025-08-23).
- hm187-en-01: A Chinese J-10 drops flares in the path of an Australian navy helicopter over the Yellow Sea; Marles and Albanese protest, Beijing accuses Canberra of provocation, Dutton criticises (2024-05-07).
- hm187-en-02: Rubio meets Wang Yi and Lavrov at the ASEAN meetings in Kuala Lumpur; Lavrov's "new idea" on Ukraine, ASEAN concern over Trump's tariff letters (2025-07-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm187-de-01
HARYANA_POL = actor("Haryana Police", "IND", "COP")
FARMERS = actor("Indian farmers", "IND", "CVL")
GOV_IND = actor("Government of India", "IND", "GOV")
GOV_HAR = actor("Government of Haryana", "IND", "GOV")
PANDHER = actor("Sarwan Singh Pandher", "IND", "LAB")
UNIONS = actor("Indian farmers' unions", "IND", "LAB")
MUNDA = actor("Arjun Munda", "IND", "GOV")
MANN = actor("Bhagwant Mann", "IND", "GOV")
DELHI_POL = actor("Delhi Police", "IND", "COP")

A1 = ("Die Polizei im nordindischen Bundesstaat Haryana hat am Dienstag Tränengas gegen Tausende Bauern eingesetzt, "
      "die zu einem Protestmarsch auf Neu-Delhi aufgebrochen waren.")
A2 = ("Die Beamten feuerten die Kanister am Grenzübergang Shambhu auch von Drohnen aus in die Menge, "
      "wie Augenzeugen berichteten.")
A3 = "Dutzende Demonstranten wurden verletzt, mehrere Bauern wurden festgenommen."
A4 = ("Die Behörden in Haryana hatten die Fernstraße zuvor mit Betonblöcken und Stacheldraht gesperrt "
      "und das mobile Internet in mehreren Bezirken abschalten lassen.")
A5 = ("Bauernführer Sarwan Singh Pandher warf der Regierung von Premierminister Narendra Modi vor, "
      "die Landwirte „wie Feinde im eigenen Land“ zu behandeln.")
A6 = "Er verlangte erneut gesetzlich garantierte Mindestpreise für die Ernte sowie einen Schuldenerlass für Kleinbauern."
A7 = ("Gespräche der Bauernverbände mit drei Unionsministern in Chandigarh waren in der Nacht zuvor "
      "nach fünf Stunden ohne Ergebnis geblieben.")
A8 = "„Wir wollen keine Konfrontation“, sagte Landwirtschaftsminister Arjun Munda, „die Tür für Gespräche bleibt offen.“"
A9 = "Er lud die Bauernvertreter für Donnerstag zu einer weiteren Verhandlungsrunde ein."
A10 = "Der Regierungschef des benachbarten Punjab, Bhagwant Mann, verurteilte den Polizeieinsatz als unverhältnismäßig."
A11 = "Die Landesregierung in Haryana bestritt, gegen friedliche Demonstranten vorgegangen zu sein."
A12 = ("In Neu-Delhi verhängte die Polizei ein einmonatiges Versammlungsverbot und zog Tausende Beamte "
       "an den Stadtgrenzen zusammen.")
A13 = "Die Landwirtschaft ist für fast die Hälfte der Beschäftigten in Indien die wichtigste Einkommensquelle."

DE01 = {
    "id": "hm187-de-01", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Tränengas gegen protestierende Bauern vor Neu-Delhi",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12, A13]),
    "events": [
        event("ASSAULT", HARYANA_POL, FARMERS, A1, mode="crowd-control", date="2024-02-13",
              location="Haryana", location_country="IND"),
        event("PROTEST", FARMERS, GOV_IND, A1, mode="demo", date="2024-02-13"),
        event("ASSAULT", HARYANA_POL, FARMERS, A2, mode="crowd-control", date="2024-02-13",
              location="Shambhu", location_country="IND"),
        event("COERCE", HARYANA_POL, FARMERS, A3, mode="arrest", date="2024-02-13"),
        event("COERCE", GOV_HAR, FARMERS, A4, mode="restrict", location="Haryana", location_country="IND"),
        event("COERCE", GOV_HAR, None, A4, mode="withhold", location="Haryana", location_country="IND"),
        event("ACCUSE", PANDHER, GOV_IND, A5, mode="disapprove"),
        event("REQUEST", PANDHER, GOV_IND, A6, mode="change"),
        event("CONSULT", UNIONS, GOV_IND, A7, date="2024-02-12", location="Chandigarh", location_country="IND"),
        event("AGREE", MUNDA, UNIONS, A8),
        event("AGREE", MUNDA, UNIONS, A9),
        event("ACCUSE", MANN, HARYANA_POL, A10, mode="disapprove"),
        event("COERCE", DELHI_POL, None, A12, mode="restrict", location="New Delhi", location_country="IND"),
        event("MOBILIZE", DELHI_POL, FARMERS, A12, mode="police", location="New Delhi", location_country="IND"),
    ],
    "quotes": [
        quote("Die Beamten feuerten die Kanister am Grenzübergang Shambhu auch von Drohnen aus in die Menge",
              "eyewitnesses", "indirect"),
        quote("wie Feinde im eigenen Land", "Sarwan Singh Pandher", "direct"),
        quote("die Landwirte „wie Feinde im eigenen Land“ zu behandeln", "Sarwan Singh Pandher", "indirect"),
        quote("Wir wollen keine Konfrontation", "Arjun Munda", "direct"),
        quote("die Tür für Gespräche bleibt offen", "Arjun Munda", "direct"),
    ],
    "entities": [
        entity("Haryana Police", "ORG", "IND", ["Die Polizei im nordindischen Bundesstaat Haryana", "Die Beamten"]),
        entity("Haryana", "LOC", "IND", ["Bundesstaat Haryana", "Haryana"]),
        entity("Indian farmers", "ORG", "IND", ["Tausende Bauern", "Dutzende Demonstranten", "mehrere Bauern",
                                                "die Landwirte", "friedliche Demonstranten"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Shambhu", "LOC", "IND", ["Grenzübergang Shambhu"]),
        entity("eyewitnesses", "PER", "IND", ["Augenzeugen"]),
        entity("Government of Haryana", "ORG", "IND", ["Die Behörden in Haryana", "Die Landesregierung in Haryana"]),
        entity("Sarwan Singh Pandher", "PER", "IND", ["Bauernführer Sarwan Singh Pandher", "Er"]),
        entity("Government of India", "ORG", "IND", ["der Regierung von Premierminister Narendra Modi",
                                                     "drei Unionsministern"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("Indian farmers' unions", "ORG", "IND", ["der Bauernverbände", "die Bauernvertreter"]),
        entity("Chandigarh", "LOC", "IND", ["Chandigarh"]),
        entity("Arjun Munda", "PER", "IND", ["Landwirtschaftsminister Arjun Munda", "Er"]),
        entity("Bhagwant Mann", "PER", "IND", ["Der Regierungschef des benachbarten Punjab", "Bhagwant Mann"]),
        entity("Punjab", "LOC", "IND", ["Punjab"]),
        entity("Delhi Police", "ORG", "IND", ["die Polizei", "Tausende Beamte"]),
        entity("India", "GPE", "IND", ["Indien"]),
    ],
}

# ---------------------------------------------------------------- hm187-de-02
COURT_SG = actor("State Courts of Singapore", "SGP", "JUD")
LUKE_TAN = actor("Luke Tan", "SGP", "JUD")
SINGH = actor("Pritam Singh", "SGP", "OPP")
KHAN = actor("Raeesah Khan", "SGP", "OPP")
PRIV_COMMITTEE = actor("Committee of Privileges of the Parliament of Singapore", "SGP", "LEG")
WP = actor("Workers' Party", "SGP", "OPP")
WP_SUP = actor("Workers' Party supporters", "SGP", "CVL")

B1 = ("Ein Gericht in Singapur hat Oppositionsführer Pritam Singh für schuldig befunden, "
      "vor einem Parlamentsausschuss die Unwahrheit gesagt zu haben.")
B2 = ("Richter Luke Tan verhängte am Montag eine Geldstrafe von insgesamt 14.000 Singapur-Dollar gegen den Chef "
      "der Arbeiterpartei (WP), eine Haftstrafe sprach er nicht aus.")
B3 = "Weil die Strafe je Anklagepunkt unter 10.000 Dollar blieb, behält der 48-Jährige sein Mandat."
B4 = ("Die Anklage hatte ihm vorgeworfen, die frühere WP-Abgeordnete Raeesah Khan gedrängt zu haben, "
      "an einer erfundenen Geschichte festzuhalten.")
B5 = ("Khan hatte 2021 im Parlament eingeräumt, die Schilderung über eine Vergewaltigungsbetroffene frei erfunden "
      "zu haben, und ihr Mandat niedergelegt.")
B6 = "Ein Untersuchungsausschuss des Parlaments hatte den Fall anschließend an die Staatsanwaltschaft übergeben."
B7 = "„Ich bin mit dem Urteil nicht einverstanden“, sagte Singh vor dem Gerichtsgebäude, „und werde Berufung einlegen.“"
B8 = "Dutzende Anhänger der Partei hatten ihn dort mit Applaus empfangen."
B9 = "Die Arbeiterpartei sprach ihrem Vorsitzenden in einer Erklärung ihr volles Vertrauen aus."
B10 = ("Die für Parlamentsangelegenheiten zuständige Ministerin Indranee Rajah sagte, das Parlament werde nach "
       "Abschluss des Berufungsverfahrens über Singhs Rolle als Oppositionsführer beraten.")
B11 = "Premierminister Lawrence Wong hatte zuvor erklärt, niemand in Singapur stehe über dem Gesetz."
B12 = ("Die WP ist die größte Oppositionspartei in dem Stadtstaat, in dem die People's Action Party (PAP) "
       "seit der Unabhängigkeit regiert.")
B13 = "Die nächste Parlamentswahl muss bis November stattfinden."

DE02 = {
    "id": "hm187-de-02", "lang": "de", "url": None, "published": "2025-02-17",
    "title": "Singapurs Oppositionsführer wegen Falschaussage verurteilt",
    "text": paragraphs([B1, B2, B3, B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13]),
    "events": [
        event("SANCTION", COURT_SG, SINGH, B1, mode="convict", date="2025-02-17",
              location="Singapore", location_country="SGP"),
        event("SANCTION", LUKE_TAN, SINGH, B2, mode="convict", date="2025-02-17",
              location="Singapore", location_country="SGP"),
        event("COERCE", LUKE_TAN, SINGH, B2, mode="arrest", date="2025-02-17", negated=True),
        event("CONCEDE", KHAN, None, B5),
        event("RETREAT", KHAN, None, B5, mode="resign"),
        event("ACCUSE", PRIV_COMMITTEE, SINGH, B6, mode="investigate"),
        event("ACCUSE", SINGH, COURT_SG, B7, mode="disapprove", date="2025-02-17"),
        event("SUPPORT", WP_SUP, SINGH, B8, date="2025-02-17"),
        event("SUPPORT", WP, SINGH, B9),
    ],
    "quotes": [
        quote("die frühere WP-Abgeordnete Raeesah Khan gedrängt zu haben, an einer erfundenen Geschichte festzuhalten",
              "Attorney-General's Chambers", "indirect"),
        quote("die Schilderung über eine Vergewaltigungsbetroffene frei erfunden zu haben", "Raeesah Khan", "indirect"),
        quote("Ich bin mit dem Urteil nicht einverstanden", "Pritam Singh", "direct"),
        quote("und werde Berufung einlegen", "Pritam Singh", "direct"),
        quote("das Parlament werde nach Abschluss des Berufungsverfahrens über Singhs Rolle als Oppositionsführer beraten",
              "Indranee Rajah", "indirect"),
        quote("niemand in Singapur stehe über dem Gesetz", "Lawrence Wong", "indirect"),
    ],
    "entities": [
        entity("State Courts of Singapore", "ORG", "SGP", ["Ein Gericht in Singapur"]),
        entity("Singapore", "GPE", "SGP", ["Singapur", "dem Stadtstaat"]),
        entity("Pritam Singh", "PER", "SGP", ["Oppositionsführer Pritam Singh", "den Chef der Arbeiterpartei (WP)",
                                             "der 48-Jährige", "ihm", "Singh", "ihn", "ihrem Vorsitzenden", "Singhs"]),
        entity("Committee of Privileges of the Parliament of Singapore", "ORG", "SGP",
               ["einem Parlamentsausschuss", "Ein Untersuchungsausschuss des Parlaments"]),
        entity("Luke Tan", "PER", "SGP", ["Richter Luke Tan", "er"]),
        entity("Workers' Party", "ORG", "SGP", ["der Arbeiterpartei (WP)", "der Partei", "Die Arbeiterpartei", "Die WP"]),
        entity("Attorney-General's Chambers", "ORG", "SGP", ["Die Anklage", "die Staatsanwaltschaft"]),
        entity("Raeesah Khan", "PER", "SGP", ["die frühere WP-Abgeordnete Raeesah Khan", "Khan"]),
        entity("Parliament of Singapore", "ORG", "SGP", ["im Parlament", "das Parlament"]),
        entity("Workers' Party supporters", "ORG", "SGP", ["Dutzende Anhänger der Partei"]),
        entity("Indranee Rajah", "PER", "SGP", ["Die für Parlamentsangelegenheiten zuständige Ministerin Indranee Rajah"]),
        entity("Lawrence Wong", "PER", "SGP", ["Premierminister Lawrence Wong"]),
        entity("People's Action Party", "ORG", "SGP", ["die People's Action Party (PAP)"]),
    ],
}

# ---------------------------------------------------------------- hm187-de-03
RUS = actor("Russia", "RUS", "GOV")
UZB = actor("Uzbekistan", "UZB", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
MIRZ = actor("Shavkat Mirziyoyev", "UZB", "GOV")
NATO = actor("NATO", "IGO", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

C1 = "Russland wird in Usbekistan das erste Atomkraftwerk Zentralasiens bauen."
C2 = ("Präsident Wladimir Putin und Staatschef Schawkat Mirsijojew unterzeichneten während Putins Staatsbesuch "
      "am Montag in Taschkent einen entsprechenden Vertrag sowie mehr als zwei Dutzend weitere Abkommen.")
C3 = "Das Kraftwerk des Staatskonzerns Rosatom mit sechs kleinen Reaktoren soll in der Region Dschisak entstehen."
C4 = "„Usbekistan ist für uns ein verlässlicher Verbündeter und strategischer Partner“, sagte Putin."
C5 = ("Mirsijojew sprach von einem „historischen Besuch“ und kündigte an, das Handelsvolumen mit Russland "
      "weiter zu steigern.")
C6 = "Russland liefert seit vergangenem Herbst über Kasachstan Erdgas nach Usbekistan."
C7 = ("Auf einer Pressekonferenz am Dienstag warnte Putin die NATO-Staaten davor, der Ukraine Angriffe mit "
      "westlichen Waffen auf russisches Gebiet zu erlauben.")
C8 = "Das könne „ernste Folgen“ haben, besonders für kleine und dicht besiedelte Länder in Europa, sagte er."
C9 = ("Zugleich sprach er dem ukrainischen Präsidenten Wolodymyr Selenskyj erneut die Legitimität ab, "
      "weil dessen reguläre Amtszeit abgelaufen sei.")
C10 = "Kiew bestreitet das und verweist auf das geltende Kriegsrecht, das Wahlen ausschließt."
C11 = ("Usbekistan verhält sich im Krieg gegen die Ukraine neutral und hat die russische Annexion ukrainischer "
       "Gebiete nicht anerkannt.")
C12 = "Millionen Usbeken arbeiten als Gastarbeiter in Russland und überweisen Geld in ihre Heimat."

DE03 = {
    "id": "hm187-de-03", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Putin vereinbart in Taschkent Bau eines Atomkraftwerks",
    "text": paragraphs([C1, C2, C3, C4, C5, C6], [C7, C8, C9, C10], [C11, C12]),
    "events": [
        event("AGREE", RUS, UZB, C1),
        event("SUPPORT", PUTIN, MIRZ, C2, date="2024-05-27", location="Tashkent", location_country="UZB"),
        event("CONSULT", PUTIN, MIRZ, C2, mode="visit", date="2024-05-27", location="Tashkent",
              location_country="UZB"),
        event("SUPPORT", PUTIN, UZB, C4),
        event("SUPPORT", MIRZ, PUTIN, C5),
        event("AGREE", MIRZ, RUS, C5),
        event("COOPERATE", RUS, UZB, C6),
        event("THREATEN", PUTIN, NATO, C7, date="2024-05-28", location="Tashkent", location_country="UZB"),
        event("THREATEN", PUTIN, NATO, C8, mode="violence", date="2024-05-28"),
        event("ACCUSE", PUTIN, ZELENSKY, C9, mode="disapprove", date="2024-05-28"),
        event("SUPPORT", UZB, RUS, C11, negated=True),
    ],
    "quotes": [
        quote("Usbekistan ist für uns ein verlässlicher Verbündeter und strategischer Partner", "Vladimir Putin", "direct"),
        quote("historischen Besuch", "Shavkat Mirziyoyev", "direct"),
        quote("das Handelsvolumen mit Russland weiter zu steigern", "Shavkat Mirziyoyev", "indirect"),
        quote("ernste Folgen", "Vladimir Putin", "direct"),
        quote("Das könne „ernste Folgen“ haben, besonders für kleine und dicht besiedelte Länder in Europa",
              "Vladimir Putin", "indirect"),
        quote("weil dessen reguläre Amtszeit abgelaufen sei", "Vladimir Putin", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistan"]),
        entity("Central Asia", "LOC", None, ["Zentralasiens"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "Putins", "Putin", "er"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Staatschef Schawkat Mirsijojew", "Mirsijojew"]),
        entity("Tashkent", "LOC", "UZB", ["Taschkent"]),
        entity("Rosatom", "ORG", "RUS", ["des Staatskonzerns Rosatom"]),
        entity("Jizzakh Region", "LOC", "UZB", ["der Region Dschisak"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan"]),
        entity("NATO", "ORG", "IGO", ["die NATO-Staaten"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "Kiew", "die Ukraine"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["dem ukrainischen Präsidenten Wolodymyr Selenskyj", "dessen"]),
    ],
}

# ---------------------------------------------------------------- hm187-de-04
PRK = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
KO = actor("Ko Jong Chol", "PRK", "MIL")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
KPA = actor("Korean People's Army", "PRK", "MIL")
MND_KOR = actor("Ministry of National Defense of South Korea", "KOR", "GOV")
LEE = actor("Lee Jae-myung", "KOR", "GOV")
KIM_YJ = actor("Kim Yo Jong", "PRK", "GOV")

D1 = ("Nordkorea hat Südkorea vorgeworfen, an der schwer bewachten Grenze Warnschüsse auf nordkoreanische Soldaten "
      "abgegeben zu haben.")
D2 = ("Es handle sich um eine „ernste Provokation“, die die Lage an der Grenze außer Kontrolle geraten lassen könne, "
      "zitierte die Staatsagentur KCNA am Samstag den Vizechef des Generalstabs, Ko Jong Chol.")
D3 = ("Die südkoreanische Armee habe am Dienstag mit einem schweren Maschinengewehr mehr als zehn Schüsse abgefeuert, "
      "als Soldaten des Nordens an Grenzanlagen gearbeitet hätten.")
D4 = "Der Generalstab in Seoul bestätigte, dass Warnschüsse abgegeben wurden."
D5 = ("Nach seinen Angaben hatten etwa zehn nordkoreanische Soldaten die militärische Demarkationslinie im Osten "
      "kurzzeitig überschritten und sich danach wieder zurückgezogen.")
D6 = "Ko warnte Seoul, jede weitere Provokation werde „Gegenmaßnahmen“ nach sich ziehen."
D7 = "Zugleich forderte er die südkoreanische Armee auf, die Bauarbeiten des Nordens an der Grenze nicht zu stören."
D8 = "Seit dem vergangenen Jahr entstehen auf der nördlichen Seite der Grenze neue Zäune, Minenfelder und Panzersperren."
D9 = ("Das Verteidigungsministerium in Seoul bot Pjöngjang Gespräche über eine klarere Markierung der "
      "Demarkationslinie an, um Zwischenfälle zu vermeiden.")
D10 = ("Präsident Lee Jae-myung, der auf Entspannung setzt, hatte nach seinem Amtsantritt im Juni die "
       "Propaganda-Lautsprecher an der Grenze abschalten lassen.")
D11 = "Pjöngjang hat Gesprächsangebote aus Seoul bislang jedoch abgelehnt."
D12 = ("Kim Yo Jong, die einflussreiche Schwester von Machthaber Kim Jong Un, hatte im Juli erklärt, der Norden habe "
       "„kein Interesse“ an Gesprächen mit dem Süden.")

DE04 = {
    "id": "hm187-de-04", "lang": "de", "url": None, "published": "2025-08-23",
    "title": "Nordkorea wirft Südkorea Warnschüsse an der Grenze vor",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ACCUSE", PRK, KOR, D1, mode="allege", date="2025-08-23"),
        event("ACCUSE", KO, KOR, D2, mode="disapprove", date="2025-08-23"),
        event("ACCUSE", KO, KOR_MIL, D3, mode="allege"),
        event("ASSAULT", KOR_MIL, KPA, D4, mode="firearms", date="2025-08-19"),
        event("MOBILIZE", KPA, KOR, D5, mode="troops", date="2025-08-19"),
        event("RETREAT", KPA, None, D5, mode="withdraw", date="2025-08-19"),
        event("THREATEN", KO, KOR, D6),
        event("REQUEST", KO, KOR_MIL, D7, mode="change"),
        event("AGREE", MND_KOR, PRK, D9),
        event("CONCEDE", LEE, PRK, D10),
        event("REJECT", PRK, KOR, D11, mode="meet"),
        event("REJECT", KIM_YJ, KOR, D12, mode="meet"),
    ],
    "quotes": [
        quote("an der schwer bewachten Grenze Warnschüsse auf nordkoreanische Soldaten abgegeben zu haben",
              "North Korea", "indirect"),
        quote("ernste Provokation", "Ko Jong Chol", "direct"),
        quote("Es handle sich um eine „ernste Provokation“, die die Lage an der Grenze außer Kontrolle geraten lassen könne",
              "Ko Jong Chol", "indirect"),
        quote("Die südkoreanische Armee habe am Dienstag mit einem schweren Maschinengewehr mehr als zehn Schüsse "
              "abgefeuert, als Soldaten des Nordens an Grenzanlagen gearbeitet hätten", "Ko Jong Chol", "indirect"),
        quote("dass Warnschüsse abgegeben wurden", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("hatten etwa zehn nordkoreanische Soldaten die militärische Demarkationslinie im Osten kurzzeitig "
              "überschritten und sich danach wieder zurückgezogen", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Gegenmaßnahmen", "Ko Jong Chol", "direct"),
        quote("jede weitere Provokation werde „Gegenmaßnahmen“ nach sich ziehen", "Ko Jong Chol", "indirect"),
        quote("kein Interesse", "Kim Yo Jong", "direct"),
        quote("der Norden habe „kein Interesse“ an Gesprächen mit dem Süden", "Kim Yo Jong", "indirect"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "des Nordens", "Pjöngjang", "der Norden"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul", "dem Süden"]),
        entity("Korean People's Army", "ORG", "PRK", ["nordkoreanische Soldaten", "Soldaten des Nordens",
                                                      "etwa zehn nordkoreanische Soldaten"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["die Staatsagentur KCNA"]),
        entity("Ko Jong Chol", "PER", "PRK", ["den Vizechef des Generalstabs, Ko Jong Chol", "Ko", "er"]),
        entity("South Korean military", "ORG", "KOR", ["Die südkoreanische Armee", "die südkoreanische Armee"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["Der Generalstab in Seoul", "seinen"]),
        entity("Military Demarcation Line", "LOC", None, ["die militärische Demarkationslinie", "der Demarkationslinie"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["Das Verteidigungsministerium in Seoul"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Präsident Lee Jae-myung"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong", "die einflussreiche Schwester von Machthaber Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
    ],
}

# ---------------------------------------------------------------- hm187-en-01
PLA = actor("People's Liberation Army", "CHN", "MIL")
RAN = actor("Royal Australian Navy", "AUS", "MIL")
CHN = actor("China", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
MARLES = actor("Richard Marles", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
MND_CHN = actor("Ministry of National Defense of China", "CHN", "GOV")
DUTTON = actor("Peter Dutton", "AUS", "OPP")
GOV_AUS = actor("Government of Australia", "AUS", "GOV")

E1 = ("A Chinese fighter jet dropped flares in the path of an Australian navy helicopter over the Yellow Sea on "
      "Saturday, forcing the pilot to take evasive action.")
E2 = ("Defence Minister Richard Marles called the manoeuvre “unsafe and unprofessional” and said Canberra had lodged "
      "a formal protest with Beijing.")
E3 = ("The Seahawk from the destroyer HMAS Hobart was helping to enforce United Nations sanctions against North Korea "
      "in international waters, he said.")
E4 = "“Nobody was hurt, but it could have ended very differently,” Marles told reporters in Canberra on Monday."
E5 = "Prime Minister Anthony Albanese said the incident was “not acceptable” and demanded an explanation from Beijing."
E6 = "China rejected the criticism on Tuesday and accused Australia of provocation."
E7 = ("Foreign ministry spokesman Lin Jian said the Australian aircraft had deliberately approached Chinese airspace "
      "to carry out “provocative” surveillance.")
E8 = "“We urge Australia to stop spreading false narratives and to act with caution,” Lin told a regular briefing."
E9 = "China's defence ministry warned that its forces would respond “resolutely” to any further provocation near its coast."
E10 = ("The incident came six months after Australian navy divers were injured by sonar pulses from a Chinese "
       "destroyer off Japan.")
E11 = ("Opposition leader Peter Dutton accused the government of being “too timid” with Beijing and called for China's "
       "ambassador to be summoned.")
E12 = "Relations between the two countries have thawed since 2022, when a years-long freeze in high-level contacts ended."

EN01 = {
    "id": "hm187-en-01", "lang": "en", "url": None, "published": "2024-05-07",
    "title": "Australia protests after Chinese jet drops flares near navy helicopter",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12]),
    "events": [
        event("ASSAULT", PLA, RAN, E1, mode="aerial", date="2024-05-04", location="Yellow Sea"),
        event("ACCUSE", MARLES, CHN, E2, mode="disapprove", date="2024-05-06"),
        event("ACCUSE", AUS, CHN, E2, mode="disapprove"),
        event("ACCUSE", ALBANESE, CHN, E5, mode="disapprove"),
        event("REQUEST", ALBANESE, CHN, E5),
        event("ACCUSE", CHN, AUS, E6, mode="allege", date="2024-05-07"),
        event("ACCUSE", LIN_JIAN, AUS, E7, mode="allege", date="2024-05-07"),
        event("ACCUSE", LIN_JIAN, AUS, E8, mode="disapprove", date="2024-05-07"),
        event("REQUEST", LIN_JIAN, AUS, E8, mode="change", date="2024-05-07"),
        event("THREATEN", MND_CHN, AUS, E9),
        event("ASSAULT", PLA, RAN, E10),
        event("ACCUSE", DUTTON, GOV_AUS, E11, mode="disapprove"),
        event("REQUEST", DUTTON, GOV_AUS, E11, mode="change"),
    ],
    "quotes": [
        quote("unsafe and unprofessional", "Richard Marles", "direct"),
        quote("Canberra had lodged a formal protest with Beijing", "Richard Marles", "indirect"),
        quote("The Seahawk from the destroyer HMAS Hobart was helping to enforce United Nations sanctions against "
              "North Korea in international waters", "Richard Marles", "indirect"),
        quote("Nobody was hurt, but it could have ended very differently", "Richard Marles", "direct"),
        quote("the incident was “not acceptable”", "Anthony Albanese", "indirect"),
        quote("not acceptable", "Anthony Albanese", "direct"),
        quote("the Australian aircraft had deliberately approached Chinese airspace to carry out “provocative” "
              "surveillance", "Lin Jian", "indirect"),
        quote("provocative", "Lin Jian", "direct"),
        quote("We urge Australia to stop spreading false narratives and to act with caution", "Lin Jian", "direct"),
        quote("its forces would respond “resolutely” to any further provocation near its coast",
              "Ministry of National Defense of China", "indirect"),
        quote("resolutely", "Ministry of National Defense of China", "direct"),
        quote("too timid", "Peter Dutton", "direct"),
    ],
    "entities": [
        entity("People's Liberation Army", "ORG", "CHN", ["A Chinese fighter jet", "its forces", "a Chinese destroyer"]),
        entity("Royal Australian Navy", "ORG", "AUS", ["an Australian navy helicopter", "The Seahawk",
                                                      "the Australian aircraft", "Australian navy divers"]),
        entity("Yellow Sea", "LOC", None, ["the Yellow Sea"]),
        entity("Richard Marles", "PER", "AUS", ["Defence Minister Richard Marles", "he", "Marles"]),
        entity("Australia", "GPE", "AUS", ["Canberra", "Australia"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("HMAS Hobart", "ORG", "AUS", ["the destroyer HMAS Hobart"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("North Korea", "GPE", "PRK", ["North Korea"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Lin Jian", "PER", "CHN", ["Foreign ministry spokesman Lin Jian", "Lin"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["China's defence ministry"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("Peter Dutton", "PER", "AUS", ["Opposition leader Peter Dutton"]),
        entity("Government of Australia", "ORG", "AUS", ["the government"]),
    ],
}

# ---------------------------------------------------------------- hm187-en-02
RUBIO = actor("Marco Rubio", "USA", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
LAVROV = actor("Sergei Lavrov", "RUS", "GOV")
RUS_EN = actor("Russia", "RUS", "GOV")
UKR = actor("Ukraine", "UKR", None)
TRUMP = actor("Donald Trump", "USA", "GOV")
MYS = actor("Malaysia", "MYS", "GOV")
THA = actor("Thailand", "THA", "GOV")
ASEAN = actor("ASEAN", "IGO", "IGO")
HASAN = actor("Mohamad Hasan", "MYS", "GOV")

F1 = ("U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Friday, their "
      "first talks in person.")
F2 = "Rubio called the meeting on the sidelines of an ASEAN gathering “constructive and positive.”"
F3 = ("He said the two sides had identified areas of cooperation and that a meeting between President Donald Trump "
      "and Chinese President Xi Jinping was “highly likely” this year.")
F4 = "According to Beijing, Wang urged Washington to view China “objectively” and to scrap unilateral tariffs."
F5 = ("A day earlier, Rubio held talks with Russian Foreign Minister Sergei Lavrov, who he said had presented a "
      "“new idea” on ending the war in Ukraine.")
F6 = "“It's not something that guarantees peace, but it's a concept we will take back to the president,” Rubio said."
F7 = ("He voiced frustration that Moscow had not shown more flexibility, days after Russia fired more than 700 drones "
      "at Ukraine in one night.")
F8 = "Lavrov called the talks “substantive” but denied that Moscow had offered any new concessions."
F9 = ("The trip was overshadowed by Trump's letters threatening Malaysia, Thailand and other Southeast Asian "
      "countries with tariffs of up to 40 percent.")
F10 = "ASEAN foreign ministers voiced “concern” over Washington's tariffs in their joint communique."
F11 = "Malaysian Foreign Minister Mohamad Hasan said his country would keep negotiating with Washington rather than retaliate."
F12 = "Rubio assured ASEAN that Southeast Asia remained a priority and said Trump planned to attend its October summit."

EN02 = {
    "id": "hm187-en-02", "lang": "en", "url": None, "published": "2025-07-11",
    "title": "Rubio meets China's Wang Yi in Kuala Lumpur, hears 'new idea' from Lavrov",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("CONSULT", RUBIO, WANG_YI, F1, mode="multilateral", date="2025-07-11", location="Kuala Lumpur",
              location_country="MYS"),
        event("CONSULT", RUBIO, WANG_YI, F2, mode="multilateral", date="2025-07-11", location="Kuala Lumpur",
              location_country="MYS"),
        event("AGREE", RUBIO, WANG_YI, F3),
        event("REQUEST", WANG_YI, USA, F4, mode="change", date="2025-07-11"),
        event("CONSULT", RUBIO, LAVROV, F5, mode="multilateral", date="2025-07-10", location="Kuala Lumpur",
              location_country="MYS"),
        event("AGREE", LAVROV, RUBIO, F5, date="2025-07-10"),
        event("ACCUSE", RUBIO, RUS_EN, F7, mode="disapprove"),
        event("ASSAULT", RUS_EN, UKR, F7, mode="drone", location="Ukraine", location_country="UKR"),
        event("CONSULT", RUBIO, LAVROV, F8, mode="multilateral", date="2025-07-10", location="Kuala Lumpur",
              location_country="MYS"),
        event("THREATEN", TRUMP, MYS, F9),
        event("THREATEN", TRUMP, THA, F9),
        event("ACCUSE", ASEAN, USA, F10, mode="disapprove"),
        event("AGREE", HASAN, USA, F11),
        event("AGREE", RUBIO, ASEAN, F12),
    ],
    "quotes": [
        quote("constructive and positive", "Marco Rubio", "direct"),
        quote("the two sides had identified areas of cooperation and that a meeting between President Donald Trump "
              "and Chinese President Xi Jinping was “highly likely” this year", "Marco Rubio", "indirect"),
        quote("highly likely", "Marco Rubio", "direct"),
        quote("Wang urged Washington to view China “objectively” and to scrap unilateral tariffs",
              "China", "indirect"),
        quote("objectively", "Wang Yi", "direct"),
        quote("had presented a “new idea” on ending the war in Ukraine", "Marco Rubio", "indirect"),
        quote("new idea", "Marco Rubio", "direct"),
        quote("It's not something that guarantees peace, but it's a concept we will take back to the president",
              "Marco Rubio", "direct"),
        quote("Moscow had not shown more flexibility", "Marco Rubio", "indirect"),
        quote("substantive", "Sergei Lavrov", "direct"),
        quote("concern", "ASEAN", "direct"),
        quote("his country would keep negotiating with Washington rather than retaliate", "Mohamad Hasan", "indirect"),
        quote("Southeast Asia remained a priority", "Marco Rubio", "indirect"),
        quote("Trump planned to attend its October summit", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "Rubio", "He"]),
        entity("Wang Yi", "PER", "CHN", ["Chinese Foreign Minister Wang Yi", "Wang"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "Trump's"]),
        entity("ASEAN", "ORG", "IGO", ["ASEAN", "ASEAN foreign ministers", "its"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("United States", "GPE", "USA", ["Washington", "Washington's"]),
        entity("Sergei Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "Russia"]),
        entity("Malaysia", "GPE", "MYS", ["Malaysia", "his country"]),
        entity("Thailand", "GPE", "THA", ["Thailand"]),
        entity("Southeast Asia", "LOC", None, ["Southeast Asian countries", "Southeast Asia"]),
        entity("Mohamad Hasan", "PER", "MYS", ["Malaysian Foreign Minister Mohamad Hasan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
