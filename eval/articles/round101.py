"""Round 101: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm101-de-01: South Korea's Constitutional Court removes President Yoon Suk Yeol (2025-04-04).
- hm101-de-02: A Warsaw court refuses to extradite a Nord Stream suspect to Germany (2025-10-17).
- hm101-de-03: A Russian air attack hits the government building in Kyiv (2025-09-07).
- hm101-de-04: China bans gallium, germanium and antimony exports to the US (2024-12-03).
- hm101-en-01: Zelensky offers to swap two captured North Korean soldiers (2025-01-12).
- hm101-en-02: Trump wounded by a gunman at the Butler rally (2024-07-14).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm101-de-01
KOR_COURT = actor("Constitutional Court of South Korea", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_NA = actor("National Assembly of South Korea", "KOR", "LEG")
MOON = actor("Moon Hyung-bae", "KOR", "JUD")
KOR_POLICE = actor("South Korean police", "KOR", "COP")
YOON_FANS = actor("Yoon supporters", "KOR", "CVL")
LEE = actor("Lee Jae-myung", "KOR", "OPP")
HAN = actor("Han Duck-soo", "KOR", "GOV")

A1 = "Südkoreas Verfassungsgericht hat Präsident Yoon Suk Yeol am Freitag wegen der kurzzeitigen Verhängung des Kriegsrechts endgültig seines Amtes enthoben."
A2 = "Die acht Richter gaben damit einstimmig dem Antrag der Nationalversammlung statt."
A3 = "Yoon habe mit dem Einsatz von Soldaten gegen das Parlament die Verfassung schwer verletzt, sagte der amtierende Gerichtspräsident Moon Hyung Bae bei der Urteilsverkündung."
A4 = "Vor dem Gericht in Seoul hatte die Polizei rund 14.000 Beamte zusammengezogen."
A5 = "Tausende Anhänger des Präsidenten protestierten in der Nähe gegen das Urteil."
A6 = "Zwei Männer, die einen Streifenwagen beschädigt hatten, wurden festgenommen."
A7 = "Yoon selbst erklärte über seine Anwälte, es tue ihm leid, dass er die Erwartungen des Volkes nicht erfüllt habe."
A8 = "Oppositionsführer Lee Jae Myung sprach von einem „Sieg des Volkes“ und dankte den Richtern."
A9 = "Der amtierende Präsident Han Duck Soo sagte zu, binnen 60 Tagen eine Neuwahl abzuhalten."
A10 = "»Dies ist ein schmerzhafter Tag für unser Land«, sagte er in einer Fernsehansprache."

DE01 = {
    "id": "hm101-de-01", "lang": "de", "url": None, "published": "2025-04-04",
    "title": "Verfassungsgericht setzt Südkoreas Präsidenten Yoon ab",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10]),
    "events": [
        event("COERCE", KOR_COURT, YOON, A1, mode="restrict", date="2025-04-04"),
        event("SUPPORT", KOR_COURT, KOR_NA, A2, date="2025-04-04"),
        event("ACCUSE", MOON, YOON, A3, mode="allege", date="2025-04-04"),
        event("MOBILIZE", KOR_POLICE, None, A4, mode="police", location="Seoul", location_country="KOR"),
        event("PROTEST", YOON_FANS, KOR_COURT, A5, mode="demo", location="Seoul", location_country="KOR"),
        event("COERCE", KOR_POLICE, YOON_FANS, A6, mode="arrest"),
        event("CONCEDE", YOON, None, A7),
        event("SUPPORT", LEE, KOR_COURT, A8),
        event("AGREE", HAN, None, A9),
    ],
    "quotes": [
        quote("Yoon habe mit dem Einsatz von Soldaten gegen das Parlament die Verfassung schwer verletzt", "Moon Hyung-bae", "indirect"),
        quote("es tue ihm leid, dass er die Erwartungen des Volkes nicht erfüllt habe", "Yoon Suk Yeol", "indirect"),
        quote("Sieg des Volkes", "Lee Jae-myung", "direct"),
        quote("Dies ist ein schmerzhafter Tag für unser Land", "Han Duck-soo", "direct"),
    ],
    "entities": [
        entity("Constitutional Court of South Korea", "ORG", "KOR", ["Südkoreas Verfassungsgericht", "Die acht Richter", "dem Gericht", "den Richtern"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Yoon", "des Präsidenten", "Yoon selbst", "ihm"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["der Nationalversammlung", "das Parlament"]),
        entity("Moon Hyung-bae", "PER", "KOR", ["der amtierende Gerichtspräsident Moon Hyung Bae"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("South Korean police", "ORG", "KOR", ["die Polizei", "rund 14.000 Beamte"]),
        entity("Yoon supporters", "ORG", "KOR", ["Tausende Anhänger des Präsidenten", "Zwei Männer"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Oppositionsführer Lee Jae Myung"]),
        entity("Han Duck-soo", "PER", "KOR", ["Der amtierende Präsident Han Duck Soo", "er"]),
    ],
}

# ---------------------------------------------------------------- hm101-de-02
WARSAW_COURT = actor("Warsaw District Court", "POL", "JUD")
GERMANY = actor("Germany", "DEU", "GOV")
ZHURAVLOV = actor("Volodymyr Z.", "UKR", "CVL")
GBA = actor("Federal Public Prosecutor of Germany", "DEU", "JUD")
POL_POLICE = actor("Polish police", "POL", "COP")
TUSK = actor("Donald Tusk", "POL", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
POLAND = actor("Poland", "POL", "GOV")
ITA_POLICE = actor("Italian police", "ITA", "COP")
SERHII = actor("Serhii K.", "UKR", "CVL")

B1 = "Ein Gericht in Warschau hat die Auslieferung eines Ukrainers, der an den Anschlägen auf die Nord-Stream-Pipelines beteiligt gewesen sein soll, an Deutschland abgelehnt."
B2 = "Der Richter ordnete am Freitag zudem die sofortige Freilassung des 46-jährigen Tauchlehrers Wolodymyr Z. an."
B3 = "Die Bundesanwaltschaft wirft ihm vor, im September 2022 Sprengsätze an den Leitungen in der Ostsee angebracht zu haben."
B4 = "Polnische Polizisten hatten den Mann Ende September auf Grundlage eines Europäischen Haftbefehls in der Nähe von Warschau festgenommen."
B5 = "Die Anschläge seien kein Terrorismus, sondern möglicherweise eine Militäraktion gegen einen Aggressor gewesen, sagte Richter Dariusz Lubowski in seiner Begründung."
B6 = "Regierungschef Donald Tusk begrüßte die Entscheidung: „Der Fall ist abgeschlossen.“"
B7 = "In Berlin hieß es, man nehme das Urteil zur Kenntnis und prüfe die weiteren Schritte."
B8 = "Kremlsprecher Dmitri Peskow warf Warschau dagegen vor, einen „Terroristen“ zu decken."
B9 = "Er forderte die Bundesregierung auf, alle Ermittlungsergebnisse offenzulegen."
B10 = "Ein zweiter Verdächtiger war im August in Italien festgenommen worden; dort steht die Entscheidung über seine Auslieferung noch aus."

DE02 = {
    "id": "hm101-de-02", "lang": "de", "url": None, "published": "2025-10-17",
    "title": "Polnisches Gericht lehnt Auslieferung von Nord-Stream-Verdächtigem ab",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10]),
    "events": [
        event("REJECT", WARSAW_COURT, GERMANY, B1, mode="assist", date="2025-10-17", location="Warsaw", location_country="POL"),
        event("RETREAT", WARSAW_COURT, ZHURAVLOV, B2, mode="release", date="2025-10-17", location="Warsaw", location_country="POL"),
        event("ACCUSE", GBA, ZHURAVLOV, B3, mode="allege"),
        event("COERCE", POL_POLICE, ZHURAVLOV, B4, mode="arrest", location="Warsaw", location_country="POL"),
        event("SUPPORT", TUSK, WARSAW_COURT, B6),
        event("ACCUSE", PESKOV, POLAND, B8, mode="allege"),
        event("REQUEST", PESKOV, GERMANY, B9),
        event("COERCE", ITA_POLICE, SERHII, B10, mode="arrest", location="Italy", location_country="ITA"),
    ],
    "quotes": [
        quote("im September 2022 Sprengsätze an den Leitungen in der Ostsee angebracht zu haben", "Federal Public Prosecutor of Germany", "indirect"),
        quote("Die Anschläge seien kein Terrorismus, sondern möglicherweise eine Militäraktion gegen einen Aggressor gewesen", "Dariusz Lubowski", "indirect"),
        quote("Der Fall ist abgeschlossen", "Donald Tusk", "direct"),
        quote("man nehme das Urteil zur Kenntnis und prüfe die weiteren Schritte", "Government of Germany", "indirect"),
        quote("Terroristen", "Dmitry Peskov", "direct"),
        quote("einen „Terroristen“ zu decken", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Warsaw District Court", "ORG", "POL", ["Ein Gericht in Warschau"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Volodymyr Z.", "PER", "UKR", ["eines Ukrainers", "des 46-jährigen Tauchlehrers Wolodymyr Z.", "ihm", "den Mann"]),
        entity("Nord Stream pipelines", "LOC", None, ["die Nord-Stream-Pipelines", "den Leitungen in der Ostsee"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin", "die Bundesregierung"]),
        entity("Dariusz Lubowski", "PER", "POL", ["Der Richter", "Richter Dariusz Lubowski"]),
        entity("Federal Public Prosecutor of Germany", "ORG", "DEU", ["Die Bundesanwaltschaft"]),
        entity("Baltic Sea", "LOC", None, ["der Ostsee"]),
        entity("Polish police", "ORG", "POL", ["Polnische Polizisten"]),
        entity("Donald Tusk", "PER", "POL", ["Regierungschef Donald Tusk"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Er"]),
        entity("Poland", "GPE", "POL", ["Warschau"]),
        entity("Serhii K.", "PER", "UKR", ["Ein zweiter Verdächtiger"]),
        entity("Italy", "GPE", "ITA", ["Italien"]),
    ],
}

# ---------------------------------------------------------------- hm101-de-03
RUSSIA_MIL = actor("Russia", "RUS", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", None)
UKR_AF = actor("Ukrainian Air Force", "UKR", "MIL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
TRUMP = actor("Donald Trump", "USA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
UKR_GOV = actor("Ukraine", "UKR", "GOV")

C1 = "Bei dem bislang größten russischen Luftangriff seit Kriegsbeginn ist in der Nacht zum Sonntag erstmals auch das Regierungsgebäude in Kiew getroffen worden."
C2 = "Russland habe mehr als 800 Drohnen und 13 Raketen auf die Ukraine abgefeuert, teilte die ukrainische Luftwaffe mit."
C3 = "In der Hauptstadt wurden nach Angaben der Behörden mindestens zwei Menschen getötet, darunter ein Säugling."
C4 = "Regierungschefin Julija Swyrydenko veröffentlichte Fotos des brennenden Daches und schrieb: „Gebäude lassen sich wiederaufbauen, verlorene Leben nicht.“"
C5 = "Präsident Wolodymyr Selenskyj warf Moskau vor, den Krieg bewusst zu verlängern, und forderte Washington und die EU auf, mehr Flugabwehrsysteme zu liefern."
C6 = "Das russische Verteidigungsministerium erklärte dagegen, man habe nur militärische Ziele angegriffen."
C7 = "US-Präsident Donald Trump zeigte sich „nicht glücklich“ über den Angriff und sagte, er sei bereit, eine zweite Phase von Sanktionen gegen Russland einzuleiten."
C8 = "Der britische Premierminister Keir Starmer sicherte Selenskyj in einem Telefonat am Sonntag weitere Hilfe zu."
C9 = "London hatte Kiew erst in der vergangenen Woche zusätzliche Flugabwehrraketen geliefert."

DE03 = {
    "id": "hm101-de-03", "lang": "de", "url": None, "published": "2025-09-07",
    "title": "Russischer Angriff trifft Regierungssitz in Kiew",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9]),
    "events": [
        event("ASSAULT", RUSSIA_MIL, UKRAINE, C1, mode="drone", date="2025-09-07", location="Kyiv", location_country="UKR"),
        event("ACCUSE", UKR_AF, RUSSIA, C2, mode="allege"),
        event("ACCUSE", ZELENSKY, RUSSIA, C5, mode="allege"),
        event("REQUEST", ZELENSKY, USA, C5, mode="assist"),
        event("REQUEST", ZELENSKY, EU, C5, mode="assist"),
        event("ASSAULT", RUS_MOD, UKRAINE, C6),
        event("ACCUSE", TRUMP, RUSSIA, C7, mode="disapprove"),
        event("THREATEN", TRUMP, RUSSIA, C7),
        event("CONSULT", STARMER, ZELENSKY, C8, mode="phone", date="2025-09-07"),
        event("AGREE", STARMER, ZELENSKY, C8, date="2025-09-07"),
        event("AID", UK, UKR_GOV, C9),
    ],
    "quotes": [
        quote("Russland habe mehr als 800 Drohnen und 13 Raketen auf die Ukraine abgefeuert", "Ukrainian Air Force", "indirect"),
        quote("In der Hauptstadt wurden nach Angaben der Behörden mindestens zwei Menschen getötet, darunter ein Säugling", "Kyiv authorities", "indirect"),
        quote("Gebäude lassen sich wiederaufbauen, verlorene Leben nicht", "Yulia Svyrydenko", "direct"),
        quote("den Krieg bewusst zu verlängern", "Volodymyr Zelensky", "indirect"),
        quote("man habe nur militärische Ziele angegriffen", "Ministry of Defence of Russia", "indirect"),
        quote("nicht glücklich", "Donald Trump", "direct"),
        quote("er sei bereit, eine zweite Phase von Sanktionen gegen Russland einzuleiten", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["russischen", "Russland", "Moskau"]),
        entity("Cabinet of Ministers building", "LOC", "UKR", ["das Regierungsgebäude in Kiew", "des brennenden Daches"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew", "der Hauptstadt"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["die ukrainische Luftwaffe"]),
        entity("Kyiv authorities", "ORG", "UKR", ["der Behörden"]),
        entity("Yulia Svyrydenko", "PER", "UKR", ["Regierungschefin Julija Swyrydenko"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er"]),
        entity("Keir Starmer", "PER", "GBR", ["Der britische Premierminister Keir Starmer"]),
        entity("United Kingdom", "GPE", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm101-de-04
CHINA = actor("China", "CHN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")
MOFCOM_SPOX = actor("Spokesperson of the Ministry of Commerce of China", "CHN", "GOV")
CHN_FIRMS = actor("Chinese companies", "CHN", "BUS")
CHN_ASSOC = actor("Chinese industry associations", "CHN", "BUS")
ISC = actor("Internet Society of China", "CHN", "BUS")
US_CHIPMAKERS = actor("American chipmakers", "USA", "BUS")
NSC_SPOX = actor("Spokesperson of the US National Security Council", "USA", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")

D1 = "China hat als Reaktion auf neue amerikanische Chip-Beschränkungen die Ausfuhr der Metalle Gallium, Germanium und Antimon in die Vereinigten Staaten verboten."
D2 = "Das Handelsministerium in Peking verkündete die Maßnahme am Dienstag, einen Tag nachdem Washington 140 chinesische Firmen auf eine schwarze Liste gesetzt hatte."
D3 = "Die USA missbrauchten Exportkontrollen, um Chinas Entwicklung zu behindern, erklärte ein Sprecher des Ministeriums."
D4 = "Zugleich riefen vier chinesische Branchenverbände ihre Mitglieder auf, beim Kauf amerikanischer Chips »vorsichtig« zu sein."
D5 = "US-Chips seien »nicht mehr sicher und nicht mehr verlässlich«, hieß es in einer Erklärung des Internetverbands."
D6 = "Ein Sprecher des Nationalen Sicherheitsrats in Washington verurteilte den Schritt als „Vergeltung“ und sagte, die USA würden ihre Abhängigkeit von chinesischen Rohstoffen weiter verringern."
D7 = "China liefert den Großteil der weltweiten Produktion beider Metalle, die für Halbleiter und Militärtechnik benötigt werden."
D8 = "Japans Regierung forderte beide Seiten auf, den Streit im Dialog beizulegen."
D9 = "Washington hatte am Montag auch die Ausfuhr von Speicherchips und Maschinen zur Chipherstellung nach China beschränkt."

DE04 = {
    "id": "hm101-de-04", "lang": "de", "url": None, "published": "2024-12-03",
    "title": "China verhängt Exportverbot für Gallium und Germanium gegen die USA",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9]),
    "events": [
        event("SANCTION", CHINA, USA, D1, mode="discontinue", date="2024-12-03"),
        event("SANCTION", MOFCOM, USA, D2, mode="discontinue", date="2024-12-03"),
        event("SANCTION", USA, CHN_FIRMS, D2, mode="discontinue", date="2024-12-02"),
        event("ACCUSE", MOFCOM_SPOX, USA, D3, mode="allege"),
        event("REQUEST", CHN_ASSOC, CHN_FIRMS, D4),
        event("ACCUSE", ISC, US_CHIPMAKERS, D5, mode="disapprove"),
        event("ACCUSE", NSC_SPOX, CHINA, D6, mode="disapprove"),
        event("REQUEST", JAPAN, CHINA, D8, mode="meet"),
        event("REQUEST", JAPAN, USA, D8, mode="meet"),
        event("SANCTION", USA, CHINA, D9, mode="discontinue", date="2024-12-02"),
    ],
    "quotes": [
        quote("Die USA missbrauchten Exportkontrollen, um Chinas Entwicklung zu behindern", "Spokesperson of the Ministry of Commerce of China", "indirect"),
        quote("vorsichtig", "Chinese industry associations", "direct"),
        quote("nicht mehr sicher und nicht mehr verlässlich", "Internet Society of China", "direct"),
        quote("US-Chips seien »nicht mehr sicher und nicht mehr verlässlich«", "Internet Society of China", "indirect"),
        quote("Vergeltung", "Spokesperson of the US National Security Council", "direct"),
        quote("die USA würden ihre Abhängigkeit von chinesischen Rohstoffen weiter verringern", "Spokesperson of the US National Security Council", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Peking", "Chinas"]),
        entity("United States", "GPE", "USA", ["die Vereinigten Staaten", "Washington", "Die USA", "die USA"]),
        entity("Ministry of Commerce of China", "ORG", "CHN", ["Das Handelsministerium in Peking", "des Ministeriums"]),
        entity("Spokesperson of the Ministry of Commerce of China", "PER", "CHN", ["ein Sprecher des Ministeriums"]),
        entity("Chinese companies", "ORG", "CHN", ["140 chinesische Firmen", "ihre Mitglieder"]),
        entity("Chinese industry associations", "ORG", "CHN", ["vier chinesische Branchenverbände"]),
        entity("Internet Society of China", "ORG", "CHN", ["des Internetverbands"]),
        entity("US National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats in Washington"]),
        entity("Spokesperson of the US National Security Council", "PER", "USA", ["Ein Sprecher des Nationalen Sicherheitsrats in Washington"]),
        entity("Japan", "GPE", "JPN", ["Japans Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm101-en-01
ZELENSKY_E = actor("Volodymyr Zelensky", "UKR", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
UKR_SF = actor("Ukrainian special forces", "UKR", "MIL")
NK_SOLDIERS = actor("North Korean soldiers", "PRK", "MIL")
NIS = actor("National Intelligence Service of South Korea", "KOR", "GOV")
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
RUSSIA_E = actor("Russia", "RUS", "GOV")
UKRAINE_E = actor("Ukraine", "UKR", "GOV")

E1 = "Ukrainian President Volodymyr Zelensky on Sunday offered to hand over two captured North Korean soldiers to Pyongyang in exchange for Ukrainians held in Russia."
E2 = "Ukrainian special forces captured the two men in Russia's Kursk region, the Security Service of Ukraine said."
E3 = "“Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our warriors,” Zelensky wrote on X."
E4 = "Both soldiers were wounded and are being questioned with the help of South Korea's National Intelligence Service, which said one of them had believed he was going to a training exercise."
E5 = "According to Seoul, North Korea has sent about 11,000 troops to help Russia push Ukrainian forces out of Kursk."
E6 = "Zelensky accused Moscow of trying to hide North Korea's involvement."
E7 = "The Kremlin declined to comment on the capture."
E8 = "Ukraine and Russia last swapped prisoners on Dec. 30, in a deal mediated by the United Arab Emirates."
E9 = "Moscow has so far not agreed to a new exchange."

EN01 = {
    "id": "hm101-en-01", "lang": "en", "url": None, "published": "2025-01-12",
    "title": "Zelensky offers to swap captured North Korean soldiers",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("AGREE", ZELENSKY_E, NORTH_KOREA, E1, date="2025-01-12"),
        event("COERCE", UKR_SF, NK_SOLDIERS, E2, mode="arrest", location="Kursk", location_country="RUS"),
        event("AGREE", ZELENSKY_E, KIM, E3),
        event("COOPERATE", NIS, SBU, E4),
        event("ACCUSE", SOUTH_KOREA, NORTH_KOREA, E5, mode="allege"),
        event("ACCUSE", ZELENSKY_E, RUSSIA_E, E6, mode="allege"),
        event("RETREAT", UKRAINE_E, RUSSIA_E, E8, mode="release", date="2024-12-30"),
        event("RETREAT", RUSSIA_E, UKRAINE_E, E8, mode="release", date="2024-12-30"),
        event("AGREE", RUSSIA_E, UKRAINE_E, E9, negated=True),
    ],
    "quotes": [
        quote("Ukrainian special forces captured the two men in Russia's Kursk region", "Security Service of Ukraine", "indirect"),
        quote("Ukraine is ready to hand over Kim Jong Un's soldiers to him if he can organize their exchange for our warriors", "Volodymyr Zelensky", "direct"),
        quote("one of them had believed he was going to a training exercise", "National Intelligence Service of South Korea", "indirect"),
        quote("North Korea has sent about 11,000 troops to help Russia push Ukrainian forces out of Kursk", "South Korea", "indirect"),
    ],
    "entities": [
        entity("Volodymyr Zelensky", "PER", "UKR", ["Ukrainian President Volodymyr Zelensky", "Zelensky"]),
        entity("North Korean soldiers", "ORG", "PRK", ["two captured North Korean soldiers", "the two men", "Kim Jong Un's soldiers", "Both soldiers"]),
        entity("North Korea", "GPE", "PRK", ["Pyongyang", "North Korea", "North Korea's"]),
        entity("Kim Jong Un", "PER", "PRK", ["Kim Jong Un", "him", "he"]),
        entity("Russia", "GPE", "RUS", ["Russia", "Russia's", "Moscow"]),
        entity("Ukrainian special forces", "ORG", "UKR", ["Ukrainian special forces"]),
        entity("Kursk", "LOC", "RUS", ["Russia's Kursk region", "Kursk"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["the Security Service of Ukraine"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("National Intelligence Service of South Korea", "ORG", "KOR", ["South Korea's National Intelligence Service"]),
        entity("South Korea", "GPE", "KOR", ["Seoul"]),
        entity("Kremlin", "ORG", "RUS", ["The Kremlin"]),
        entity("United Arab Emirates", "GPE", "ARE", ["the United Arab Emirates"]),
    ],
}

# ---------------------------------------------------------------- hm101-en-02
CROOKS = actor("Thomas Matthew Crooks", "USA", "CVL")
TRUMP_E = actor("Donald Trump", "USA", "OPP")
ATTENDEES = actor("Trump rally attendees", "USA", "CVL")
SECRET_SERVICE = actor("United States Secret Service", "USA", "COP")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
BIDEN = actor("Joe Biden", "USA", "GOV")
VANCE = actor("J.D. Vance", "USA", "LEG")
BIDEN_CAMPAIGN = actor("Biden campaign", "USA", "PTY")
COMER = actor("James Comer", "USA", "LEG")
CHEATLE = actor("Kimberly Cheatle", "USA", "COP")
OVERSIGHT = actor("House Oversight Committee", "USA", "LEG")

F1 = "A gunman opened fire at a campaign rally of Donald Trump in Butler, Pennsylvania, on Saturday, wounding the former president in the ear and killing a spectator."
F2 = "Secret Service snipers killed the shooter, who had fired from the roof of a building outside the security perimeter."
F3 = "The FBI identified him as Thomas Matthew Crooks, 20, and said it was investigating the shooting as an attempted assassination."
F4 = "“I was shot with a bullet that pierced the upper part of my right ear,” Trump wrote on his Truth Social platform."
F5 = "President Joe Biden condemned the attack and spoke with Trump by phone late on Saturday."
F6 = "“There is no place in America for this kind of violence,” he said, calling it “sick.”"
F7 = "Republican Senator J.D. Vance accused the Biden campaign of fuelling the violence with its rhetoric."
F8 = "House Oversight Committee Chairman James Comer called on Secret Service Director Kimberly Cheatle to testify before Congress on July 22."
F9 = "The Secret Service said it would cooperate with the congressional inquiry."

EN02 = {
    "id": "hm101-en-02", "lang": "en", "url": None, "published": "2024-07-14",
    "title": "Trump wounded in assassination attempt at Pennsylvania rally",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("ASSAULT", CROOKS, TRUMP_E, F1, mode="firearms", date="2024-07-13", location="Butler", location_country="USA"),
        event("ASSAULT", CROOKS, ATTENDEES, F1, mode="firearms", date="2024-07-13", location="Butler", location_country="USA"),
        event("ASSAULT", SECRET_SERVICE, CROOKS, F2, mode="firearms", date="2024-07-13", location="Butler", location_country="USA"),
        event("ACCUSE", FBI, CROOKS, F3, mode="investigate"),
        event("ACCUSE", BIDEN, CROOKS, F5, mode="disapprove", date="2024-07-13"),
        event("CONSULT", BIDEN, TRUMP_E, F5, mode="phone", date="2024-07-13"),
        event("ACCUSE", BIDEN, CROOKS, F6, mode="disapprove"),
        event("ACCUSE", VANCE, BIDEN_CAMPAIGN, F7, mode="allege"),
        event("REQUEST", COMER, CHEATLE, F8),
        event("AGREE", SECRET_SERVICE, OVERSIGHT, F9),
    ],
    "quotes": [
        quote("it was investigating the shooting as an attempted assassination", "Federal Bureau of Investigation", "indirect"),
        quote("I was shot with a bullet that pierced the upper part of my right ear", "Donald Trump", "direct"),
        quote("There is no place in America for this kind of violence", "Joe Biden", "direct"),
        quote("sick", "Joe Biden", "direct"),
        quote("it would cooperate with the congressional inquiry", "United States Secret Service", "indirect"),
    ],
    "entities": [
        entity("Thomas Matthew Crooks", "PER", "USA", ["A gunman", "the shooter", "him", "Thomas Matthew Crooks"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "the former president", "Trump"]),
        entity("Butler", "LOC", "USA", ["Butler, Pennsylvania"]),
        entity("Pennsylvania", "LOC", "USA", ["Pennsylvania"]),
        entity("United States Secret Service", "ORG", "USA", ["Secret Service snipers", "The Secret Service", "it"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["The FBI", "it"]),
        entity("Truth Social", "ORG", "MNC", ["his Truth Social platform"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "he"]),
        entity("United States", "GPE", "USA", ["America"]),
        entity("J.D. Vance", "PER", "USA", ["Republican Senator J.D. Vance"]),
        entity("Biden campaign", "ORG", "USA", ["the Biden campaign"]),
        entity("House Oversight Committee", "ORG", "USA", ["House Oversight Committee"]),
        entity("James Comer", "PER", "USA", ["House Oversight Committee Chairman James Comer"]),
        entity("Kimberly Cheatle", "PER", "USA", ["Secret Service Director Kimberly Cheatle"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
