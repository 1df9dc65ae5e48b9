"""Round 33: six blind hand-made articles (4 German, 2 English), invented wire-style reports on
real 2023-2025 settings, annotated by ../../shared/data/articles/CONVENTIONS.md.

hm33-de-01  Russia: Prigozhin halts the Wagner march on Moscow after a call with Lukashenko (June 2023)
hm33-de-02  The Arab League readmits Syria at a ministerial meeting in Cairo (May 2023)
hm33-de-03  Angola: deadly taxi strike and fuel-price riots in Luanda (July 2025)
hm33-de-04  Venezuela: the supreme court upholds the ban on María Corina Machado (January 2024)
hm33-en-01  France: 40,000 police deployed as riots over Nahel M.'s death spread (June 2023)
hm33-en-02  Solomon Islands: Sogavare signs a police pact in Beijing (July 2023)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm33-de-01 (Wagner)
A1 = ("Der Chef der Söldnergruppe Wagner, Jewgeni Prigoschin, hat den Vormarsch seiner Kämpfer auf "
      "Moskau am Samstagabend abgebrochen.")
A2 = "Am Freitagabend hatte er Tausende Bewaffnete von der Ukraine aus in Richtung Rostow am Don in Marsch gesetzt."
A3 = "Auf dem Weg nach Norden schossen die Söldner mehrere Militärhubschrauber ab."
A4 = "Der belarussische Präsident Alexander Lukaschenko telefonierte am Samstag mit Prigoschin."
A5 = "Prigoschin habe zugestimmt, die Bewegung seiner Kämpfer zu stoppen, teilte Lukaschenkos Pressedienst mit."
A6 = ("Kremlsprecher Dmitri Peskow sagte, das Strafverfahren gegen Prigoschin werde eingestellt und er "
      "könne nach Belarus ausreisen.")
A7 = "Die Kämpfer, die sich dem Aufstand angeschlossen hätten, würden nicht verfolgt."
A8 = ("Präsident Wladimir Putin hatte den Aufstand am Morgen in einer Fernsehansprache als »Verrat« "
      "bezeichnet und den Beteiligten harte Strafen angedroht.")
A9 = "Der Moskauer Bürgermeister Sergej Sobjanin rief für die Hauptstadt ein »Anti-Terror-Regime« aus."
A10 = ("Prigoschin hatte der Militärführung um Verteidigungsminister Sergej Schoigu zuvor vorgeworfen, "
       "ein Lager seiner Truppe mit Raketen beschossen zu haben.")
A11 = "Das Verteidigungsministerium wies dies zurück."

PRIGOZHIN = actor("Yevgeny Prigozhin", "RUS", "REB")
WAGNER = actor("Wagner Group", "RUS", "REB")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")

DE01 = {
    "id": "hm33-de-01", "lang": "de", "published": "2023-06-25",
    "title": "Prigoschin stoppt Marsch auf Moskau",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11]),
    "events": [
        event("RETREAT", PRIGOZHIN, actor("Russia", "RUS", "GOV"), A1, mode="withdraw", date="2023-06-24"),
        event("MOBILIZE", PRIGOZHIN, None, A2, mode="militia", date="2023-06-23",
              location="Rostov-on-Don", location_country="RUS"),
        event("ASSAULT", WAGNER, actor("Russian armed forces", "RUS", "MIL"), A3),
        event("CONSULT", LUKASHENKO, PRIGOZHIN, A4, mode="phone", date="2023-06-24"),
        event("AGREE", PRIGOZHIN, LUKASHENKO, A5),
        event("CONCEDE", PESKOV, PRIGOZHIN, A6),
        event("CONCEDE", PESKOV, WAGNER, A7),
        event("ACCUSE", PUTIN, WAGNER, A8, mode="disapprove", date="2023-06-24"),
        event("THREATEN", PUTIN, WAGNER, A8, date="2023-06-24"),
        event("COERCE", actor("Sergei Sobyanin", "RUS", "GOV"), None, A9, mode="curfew",
              location="Moscow", location_country="RUS"),
        event("ACCUSE", PRIGOZHIN, actor("Sergei Shoigu", "RUS", "GOV"), A10, mode="allege"),
    ],
    "quotes": [
        quote("Prigoschin habe zugestimmt, die Bewegung seiner Kämpfer zu stoppen",
              "Press service of Alexander Lukashenko", "indirect"),
        quote("das Strafverfahren gegen Prigoschin werde eingestellt und er könne nach Belarus ausreisen",
              "Dmitry Peskov", "indirect"),
        quote("Die Kämpfer, die sich dem Aufstand angeschlossen hätten, würden nicht verfolgt",
              "Dmitry Peskov", "indirect"),
        quote("Verrat", "Vladimir Putin", "direct"),
        quote("Anti-Terror-Regime", "Sergei Sobyanin", "direct"),
        quote("ein Lager seiner Truppe mit Raketen beschossen zu haben", "Yevgeny Prigozhin", "indirect"),
    ],
    "entities": [
        entity("Yevgeny Prigozhin", "PER", "RUS", ["Jewgeni Prigoschin", "Prigoschin", "er"]),
        entity("Wagner Group", "ORG", "RUS", ["Söldnergruppe Wagner", "die Söldner"]),
        entity("Moscow", "LOC", "RUS", ["Moskau", "die Hauptstadt"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Rostov-on-Don", "LOC", "RUS", ["Rostow am Don"]),
        entity("Alexander Lukashenko", "PER", "BLR",
               ["Der belarussische Präsident Alexander Lukaschenko", "Lukaschenkos"]),
        entity("Press service of Alexander Lukashenko", "ORG", "BLR", ["Lukaschenkos Pressedienst"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Sergei Sobyanin", "PER", "RUS", ["Der Moskauer Bürgermeister Sergej Sobjanin"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Verteidigungsminister Sergej Schoigu"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium"]),
    ],
}

# ---------------------------------------------------------------- hm33-de-02 (Arab League / Syria)
B1 = "Die Arabische Liga hat Syrien am Sonntag nach mehr als elf Jahren wieder als Mitglied aufgenommen."
B2 = "Die Außenminister der Mitgliedstaaten fassten den Beschluss bei einem Treffen in Kairo."
B3 = "Die Mitgliedschaft Syriens war 2011 wegen der gewaltsamen Niederschlagung von Protesten ausgesetzt worden."
B4 = "Damaskus begrüßte die Entscheidung."
B5 = "Das Außenministerium erklärte, Syrien sei zu einer »wirksamen Zusammenarbeit« mit der Liga bereit."
B6 = ("Der jordanische Außenminister Aiman Safadi forderte Damaskus auf, den Schmuggel der Droge Captagon "
      "über die gemeinsame Grenze zu unterbinden.")
B7 = "Laut Diplomaten will Saudi-Arabien Präsident Baschar al-Assad zum Gipfel am 19. Mai in Dschidda einladen."
B8 = "Katar kündigte an, seine Beziehungen zu Damaskus vorerst nicht zu normalisieren."
B9 = "Washington kritisierte den Schritt."
B10 = ("„Wir glauben nicht, dass Syrien zu diesem Zeitpunkt eine Wiederaufnahme verdient“, sagte ein "
       "Sprecher des US-Außenministeriums.")
B11 = "Die US-Sanktionen gegen die Regierung in Damaskus blieben in Kraft, fügte er hinzu."

ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
SYRIA = actor("Syria", "SYR", "GOV")
US_SPOX = actor("Spokesperson of the US State Department", "USA", "GOV")

DE02 = {
    "id": "hm33-de-02", "lang": "de", "published": "2023-05-07",
    "title": "Arabische Liga nimmt Syrien wieder auf",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11]),
    "events": [
        event("SUPPORT", ARAB_LEAGUE, SYRIA, B1, date="2023-05-07"),
        event("CONSULT", ARAB_LEAGUE, None, B2, mode="multilateral", location="Cairo", location_country="EGY"),
        event("SUPPORT", SYRIA, ARAB_LEAGUE, B4),
        event("AGREE", actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV"), ARAB_LEAGUE, B5),
        event("REQUEST", actor("Ayman Safadi", "JOR", "GOV"), SYRIA, B6, mode="change"),
        event("AGREE", actor("Saudi Arabia", "SAU", "GOV"), actor("Bashar al-Assad", "SYR", "GOV"), B7,
              location="Jeddah", location_country="SAU"),
        event("SUPPORT", actor("Qatar", "QAT", "GOV"), SYRIA, B8, negated=True),
        event("ACCUSE", actor("United States", "USA", "GOV"), ARAB_LEAGUE, B9, mode="disapprove"),
        event("ACCUSE", US_SPOX, SYRIA, B10, mode="disapprove"),
    ],
    "quotes": [
        quote("wirksamen Zusammenarbeit", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("Syrien sei zu einer »wirksamen Zusammenarbeit« mit der Liga bereit",
              "Ministry of Foreign Affairs of Syria", "indirect"),
        quote("will Saudi-Arabien Präsident Baschar al-Assad zum Gipfel am 19. Mai in Dschidda einladen",
              "Diplomats", "indirect"),
        quote("Wir glauben nicht, dass Syrien zu diesem Zeitpunkt eine Wiederaufnahme verdient",
              "Spokesperson of the US State Department", "direct"),
        quote("Die US-Sanktionen gegen die Regierung in Damaskus blieben in Kraft",
              "Spokesperson of the US State Department", "indirect"),
    ],
    "entities": [
        entity("Arab League", "ORG", "IGO", ["Die Arabische Liga", "der Liga"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "Syriens", "Damaskus"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das Außenministerium"]),
        entity("Ayman Safadi", "PER", "JOR", ["Der jordanische Außenminister Aiman Safadi"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Präsident Baschar al-Assad"]),
        entity("Jeddah", "LOC", "SAU", ["Dschidda"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("United States", "GPE", "USA", ["Washington", "US-Sanktionen"]),
        entity("Spokesperson of the US State Department", "PER", "USA",
               ["ein Sprecher des US-Außenministeriums", "er"]),
    ],
}

# ---------------------------------------------------------------- hm33-de-03 (Angola)
C1 = ("In Angolas Hauptstadt Luanda sind bei Protesten gegen höhere Dieselpreise mindestens vier Menschen "
      "getötet worden.")
C2 = "Der Verband der Taxifahrer hatte am Montag einen dreitägigen Streik begonnen."
C3 = "Demonstranten errichteten Barrikaden aus brennenden Reifen und plünderten Geschäfte."
C4 = "Die Polizei setzte Tränengas ein und nahm mehr als 500 Menschen fest."
C5 = ("Die Oppositionspartei Unita warf der Polizei vor, mit scharfer Munition auf Unbewaffnete geschossen "
      "zu haben.")
C6 = ("Parteichef Adalberto Costa Júnior verlangte von der Regierung, die Preiserhöhung zurückzunehmen und "
      "die Festgenommenen freizulassen.")
C7 = "Die Regierung lehnte dies ab."
C8 = "Die Sicherheitskräfte hätten »mit Zurückhaltung« gehandelt, so der Innenminister."
C9 = "„Wer Geschäfte plündert, wird die volle Härte des Gesetzes spüren“, warnte er."
C10 = "Die Armee verlegte zudem Soldaten in mehrere Viertel der Stadt."
C11 = "Der Dieselpreis war Anfang Juli um rund ein Drittel gestiegen."

AGO_GOV = actor("Government of Angola", "AGO", "GOV")
AGO_POLICE = actor("National Police of Angola", "AGO", "COP")
PROTESTERS_AGO = actor("protesters in Luanda", "AGO", "CVL")
COSTA = actor("Adalberto Costa Júnior", "AGO", "OPP")
INT_MIN_AGO = actor("Interior Minister of Angola", "AGO", "GOV")

DE03 = {
    "id": "hm33-de-03", "lang": "de", "published": "2025-07-29",
    "title": "Tote bei Protesten gegen Spritpreise in Angola",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11]),
    "events": [
        event("PROTEST", actor("Angolan taxi drivers' association", "AGO", "LAB"), AGO_GOV, C2, mode="strike",
              date="2025-07-28"),
        event("PROTEST", PROTESTERS_AGO, AGO_GOV, C3, mode="riot"),
        event("ASSAULT", AGO_POLICE, PROTESTERS_AGO, C4, mode="crowd-control"),
        event("COERCE", AGO_POLICE, PROTESTERS_AGO, C4, mode="arrest"),
        event("ACCUSE", actor("UNITA", "AGO", "PTY"), AGO_POLICE, C5, mode="allege"),
        event("REQUEST", COSTA, AGO_GOV, C6, mode="change"),
        event("REJECT", AGO_GOV, COSTA, C7, mode="change"),
        event("THREATEN", INT_MIN_AGO, PROTESTERS_AGO, C9, mode="arrest"),
        event("MOBILIZE", actor("Angolan Armed Forces", "AGO", "MIL"), None, C10, mode="troops",
              location="Luanda", location_country="AGO"),
    ],
    "quotes": [
        quote("mit scharfer Munition auf Unbewaffnete geschossen zu haben", "UNITA", "indirect"),
        quote("mit Zurückhaltung", "Interior Minister of Angola", "direct"),
        quote("Die Sicherheitskräfte hätten »mit Zurückhaltung« gehandelt", "Interior Minister of Angola",
              "indirect"),
        quote("Wer Geschäfte plündert, wird die volle Härte des Gesetzes spüren", "Interior Minister of Angola",
              "direct"),
    ],
    "entities": [
        entity("Angola", "GPE", "AGO", ["Angolas"]),
        entity("Luanda", "LOC", "AGO", ["Luanda", "der Stadt"]),
        entity("Angolan taxi drivers' association", "ORG", "AGO", ["Der Verband der Taxifahrer"]),
        entity("National Police of Angola", "ORG", "AGO", ["Die Polizei", "der Polizei"]),
        entity("UNITA", "ORG", "AGO", ["Die Oppositionspartei Unita"]),
        entity("Adalberto Costa Júnior", "PER", "AGO", ["Parteichef Adalberto Costa Júnior"]),
        entity("Government of Angola", "ORG", "AGO", ["der Regierung", "Die Regierung"]),
        entity("Interior Minister of Angola", "PER", "AGO", ["der Innenminister", "er"]),
        entity("Angolan Armed Forces", "ORG", "AGO", ["Die Armee"]),
    ],
}

# ---------------------------------------------------------------- hm33-de-04 (Venezuela / Machado)
D1 = ("Venezuelas Oberster Gerichtshof hat das Verbot politischer Ämter für die Oppositionsführerin María "
      "Corina Machado am vergangenen Freitag bestätigt.")
D2 = ("Damit kann die 56-Jährige bei der Präsidentenwahl in diesem Jahr nicht gegen Staatschef Nicolás "
      "Maduro antreten.")
D3 = "Die Richter bestätigten auch den Ausschluss des früheren Kandidaten Henrique Capriles."
D4 = "Machado sprach von einem »Justizverbrechen«."
D5 = "Sie werde ihre Kandidatur nicht aufgeben, sagte sie vor Anhängern in Caracas."
D6 = ("Washington entzog am Montag dem staatlichen Goldkonzern Minerven eine Lizenz und drohte, auch die im "
      "Oktober gelockerten Sanktionen gegen den Ölsektor wieder in Kraft zu setzen.")
D7 = ("Die Entscheidung widerspreche der auf Barbados getroffenen Vereinbarung über eine faire Wahl, "
      "erklärte das US-Außenministerium.")
D8 = "Die Regierung Maduro hatte dort im Oktober mit der Opposition Regeln für die Abstimmung vereinbart."
D9 = "Parlamentspräsident Jorge Rodríguez nannte die Drohungen aus den USA »Erpressung«."
D10 = "Caracas werde sich keinem Ultimatum beugen, sagte er."
D11 = "Machado hatte die Vorwahl der Opposition im Oktober mit mehr als 90 Prozent der Stimmen gewonnen."

TSJ = actor("Supreme Tribunal of Justice of Venezuela", "VEN", "JUD")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
RODRIGUEZ = actor("Jorge Rodríguez", "VEN", "LEG")
USA = actor("United States", "USA", "GOV")

DE04 = {
    "id": "hm33-de-04", "lang": "de", "published": "2024-01-30",
    "title": "Oberstes Gericht bestätigt Kandidaturverbot für Machado",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11]),
    "events": [
        event("COERCE", TSJ, MACHADO, D1, mode="ban", date="2024-01-26"),
        event("COERCE", TSJ, actor("Henrique Capriles", "VEN", "OPP"), D3, mode="ban"),
        event("ACCUSE", MACHADO, TSJ, D4, mode="disapprove"),
        event("SANCTION", USA, actor("Minerven", "VEN", "BUS"), D6, mode="discontinue", date="2024-01-29"),
        event("THREATEN", USA, actor("Venezuela", "VEN", "GOV"), D6),
        event("ACCUSE", actor("US State Department", "USA", "GOV"), TSJ, D7, mode="disapprove"),
        event("AGREE", actor("Government of Venezuela", "VEN", "GOV"), actor("Venezuelan opposition", "VEN", "OPP"),
              D8, location="Barbados", location_country="BRB"),
        event("ACCUSE", RODRIGUEZ, USA, D9, mode="disapprove"),
        event("REJECT", RODRIGUEZ, USA, D10),
    ],
    "quotes": [
        quote("Justizverbrechen", "María Corina Machado", "direct"),
        quote("Sie werde ihre Kandidatur nicht aufgeben", "María Corina Machado", "indirect"),
        quote("Die Entscheidung widerspreche der auf Barbados getroffenen Vereinbarung über eine faire Wahl",
              "US State Department", "indirect"),
        quote("Erpressung", "Jorge Rodríguez", "direct"),
        quote("Caracas werde sich keinem Ultimatum beugen", "Jorge Rodríguez", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuelas", "Caracas"]),
        entity("Supreme Tribunal of Justice of Venezuela", "ORG", "VEN",
               ["Venezuelas Oberster Gerichtshof", "Die Richter"]),
        entity("María Corina Machado", "PER", "VEN",
               ["die Oppositionsführerin María Corina Machado", "die 56-Jährige", "Machado", "Sie", "sie"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro", "Maduro"]),
        entity("Henrique Capriles", "PER", "VEN", ["des früheren Kandidaten Henrique Capriles"]),
        entity("United States", "GPE", "USA", ["Washington", "den USA"]),
        entity("US State Department", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Minerven", "ORG", "VEN", ["dem staatlichen Goldkonzern Minerven"]),
        entity("Barbados", "GPE", "BRB", ["Barbados"]),
        entity("Government of Venezuela", "ORG", "VEN", ["Die Regierung Maduro"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["der Opposition"]),
        entity("Jorge Rodríguez", "PER", "VEN", ["Parlamentspräsident Jorge Rodríguez", "er"]),
    ],
}

# ---------------------------------------------------------------- hm33-en-01 (France riots)
E1 = ("France deployed 40,000 police officers across the country on Thursday night as riots over the fatal "
      "police shooting of a 17-year-old spread for a third night.")
E2 = "Rioters set fire to cars and public buildings and attacked police stations in Nanterre, Lyon and Marseille."
E3 = "Police arrested 875 people overnight, the Interior Ministry said."
E4 = ("President Emmanuel Macron blamed social media platforms for fuelling the violence and urged parents "
      "to keep their children at home.")
E5 = "“It is the responsibility of parents to keep them at home,” he told reporters after a crisis meeting in Paris."
E6 = "The officer who fired the shot has been charged with voluntary homicide and remains in custody."
E7 = ("The UN human rights office called on France to address “deep issues of racism and discrimination” in "
      "law enforcement.")
E8 = ("The Foreign Ministry in Paris rejected the criticism, saying that any accusation of systemic racism "
      "in the police was “totally unfounded”.")
E9 = "Government spokesman Olivier Véran said the government would not declare a state of emergency for now."

FRANCE = actor("France", "FRA", "GOV")
FRA_POLICE = actor("French police", "FRA", "COP")
RIOTERS = actor("rioters", "FRA", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
PARENTS = actor("parents", "FRA", "CVL")

EN01 = {
    "id": "hm33-en-01", "lang": "en", "published": "2023-06-30",
    "title": "France deploys 40,000 police as riots spread for third night",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("MOBILIZE", FRANCE, None, E1, mode="police", date="2023-06-29"),
        event("PROTEST", RIOTERS, FRA_POLICE, E2, mode="riot"),
        event("COERCE", FRA_POLICE, RIOTERS, E3, mode="arrest"),
        event("ACCUSE", MACRON, actor("social media platforms", "MNC", "BUS"), E4, mode="disapprove"),
        event("REQUEST", MACRON, PARENTS, E4, mode="change"),
        event("REQUEST", MACRON, PARENTS, E5, mode="change", location="Paris", location_country="FRA"),
        event("ACCUSE", actor("Nanterre prosecutor's office", "FRA", "JUD"), actor("police officer", "FRA", "COP"),
              E6, mode="allege"),
        event("REQUEST", actor("UN Human Rights Office", "UNO", "IGO"), FRANCE, E7, mode="change"),
        event("COERCE", actor("Olivier Véran", "FRA", "GOV"), None, E9, mode="curfew", negated=True),
    ],
    "quotes": [
        quote("Police arrested 875 people overnight", "Ministry of the Interior of France", "indirect"),
        quote("It is the responsibility of parents to keep them at home", "Emmanuel Macron", "direct"),
        quote("deep issues of racism and discrimination", "UN Human Rights Office", "direct"),
        quote("that any accusation of systemic racism in the police was “totally unfounded”",
              "Ministry of Foreign Affairs of France", "indirect"),
        quote("totally unfounded", "Ministry of Foreign Affairs of France", "direct"),
        quote("the government would not declare a state of emergency for now", "Olivier Véran", "indirect"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["France"]),
        entity("Nanterre", "LOC", "FRA", ["Nanterre"]),
        entity("Lyon", "LOC", "FRA", ["Lyon"]),
        entity("Marseille", "LOC", "FRA", ["Marseille"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["the Interior Ministry"]),
        entity("Emmanuel Macron", "PER", "FRA", ["President Emmanuel Macron", "he"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["The UN human rights office"]),
        entity("Ministry of Foreign Affairs of France", "ORG", "FRA", ["The Foreign Ministry in Paris"]),
        entity("Olivier Véran", "PER", "FRA", ["Government spokesman Olivier Véran"]),
    ],
}

# ---------------------------------------------------------------- hm33-en-02 (Solomon Islands / China)
F1 = ("Solomon Islands Prime Minister Manasseh Sogavare signed a police cooperation agreement with China on "
      "Monday during a visit to Beijing, where he met President Xi Jinping.")
F2 = ("Xi pledged to help the Pacific island nation build up its police force and to expand trade, "
      "Chinese state media reported.")
F3 = "China has already sent police advisers and donated vehicles and water cannon to Honiara since last year."
F4 = "Opposition leader Matthew Wale demanded that the government publish the text of the agreement."
F5 = '"Our people have a right to know what their leaders are signing up to," he said.'
F6 = "Sogavare rejected the demand, saying the deal covered only training and equipment."
F7 = "Australia, the Solomon Islands' largest security partner, said it was concerned about the pact."
F8 = "Canberra has offered to fund the Solomon Islands' police through 2024."
F8B = "Australian and Solomon Islands police held joint exercises in Honiara last month."
F9 = "Washington urged Honiara to be transparent about its security arrangements with Beijing."
F10 = "General elections in the Solomon Islands are due next year."

SOGAVARE = actor("Manasseh Sogavare", "SLB", "GOV")
SLB = actor("Solomon Islands", "SLB", "GOV")
CHINA = actor("China", "CHN", "GOV")
WALE = actor("Matthew Wale", "SLB", "OPP")

EN02 = {
    "id": "hm33-en-02", "lang": "en", "published": "2023-07-11",
    "title": "Solomon Islands signs policing pact with China during Sogavare visit",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F8B, F9, F10]),
    "events": [
        event("CONSULT", SOGAVARE, actor("Xi Jinping", "CHN", "GOV"), F1, mode="visit", date="2023-07-10",
              location="Beijing", location_country="CHN"),
        event("SUPPORT", SOGAVARE, CHINA, F1, date="2023-07-10", location="Beijing", location_country="CHN"),
        event("AGREE", actor("Xi Jinping", "CHN", "GOV"), SLB, F2),
        event("AID", CHINA, SLB, F3),
        event("REQUEST", WALE, actor("Government of Solomon Islands", "SLB", "GOV"), F4, mode="change"),
        event("REJECT", SOGAVARE, WALE, F6, mode="change"),
        event("AGREE", actor("Australia", "AUS", "GOV"), SLB, F8),
        event("COOPERATE", actor("Australian Federal Police", "AUS", "COP"),
              actor("Royal Solomon Islands Police Force", "SLB", "COP"), F8B, location="Honiara",
              location_country="SLB"),
        event("REQUEST", actor("United States", "USA", "GOV"), SLB, F9, mode="change"),
    ],
    "quotes": [
        quote("Xi pledged to help the Pacific island nation build up its police force and to expand trade",
              "Chinese state media", "indirect"),
        quote("that the government publish the text of the agreement", "Matthew Wale", "indirect"),
        quote("Our people have a right to know what their leaders are signing up to", "Matthew Wale", "direct"),
        quote("the deal covered only training and equipment", "Manasseh Sogavare", "indirect"),
        quote("it was concerned about the pact", "Australia", "indirect"),
    ],
    "entities": [
        entity("Solomon Islands", "GPE", "SLB",
               ["Solomon Islands", "the Pacific island nation", "the Solomon Islands'", "Honiara",
                "the Solomon Islands"]),
        entity("Manasseh Sogavare", "PER", "SLB",
               ["Solomon Islands Prime Minister Manasseh Sogavare", "he", "Sogavare"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Xi Jinping", "PER", "CHN", ["President Xi Jinping", "Xi"]),
        entity("Chinese state media", "ORG", "CHN", ["Chinese state media"]),
        entity("Matthew Wale", "PER", "SLB", ["Opposition leader Matthew Wale", "he"]),
        entity("Government of Solomon Islands", "ORG", "SLB", ["the government"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
