"""Round 71: six invented wire-style articles (4 German, 2 English), written blind.

Stories (settings real, details invented but plausible):
- hm71-de-01: Putin threatens retaliation after the Crocus City Hall attack near Moscow (March 2024).
- hm71-de-02: French farmers blockade the motorways around Paris, Attal's concessions (January 2024).
- hm71-de-03: Yoon Suk Yeol visits Tokyo, Japan lifts its export curbs (March 2023).
- hm71-de-04: Kyrgyzstan's GKNB arrests journalists of Temirov Live (January 2024).
- hm71-en-01: A US fighter jet shoots down the Chinese balloon off South Carolina (February 2023).
- hm71-en-02: Britain expels Russia's defence attaché (May 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm71-de-01
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
MASTERMINDS = actor("masterminds of the Crocus City Hall attack", None, "REB")
GUNMEN = actor("gunmen", None, "REB")
ISIS = actor("Islamic State", None, "REB")
CONCERTGOERS = actor("concert-goers", "RUS", "CVL")
FSB = actor("Federal Security Service", "RUS", "COP")
SUSPECTS = actor("Crocus City Hall attack suspects", "TJK", "REB")

A1 = ("Nach dem Anschlag auf die Konzerthalle Crocus City Hall bei Moskau hat Kremlchef Wladimir Putin den "
      "Hintermännern mit Vergeltung gedroht.")
A2 = ("Bewaffnete in Tarnkleidung hatten am Freitagabend in dem Saal in Krasnogorsk das Feuer auf "
      "Konzertbesucher eröffnet und das Gebäude in Brand gesteckt.")
A3 = "Nach Behördenangaben kamen mindestens 133 Menschen ums Leben."
A4 = "Die Terrormiliz Islamischer Staat (IS) reklamierte die Tat über ihr Sprachrohr Amak für sich."
A5 = "Der Inlandsgeheimdienst FSB nahm nach eigenen Angaben elf Verdächtige fest, darunter die vier mutmaßlichen Schützen."
A6 = "Die Männer stammten aus Tadschikistan und seien auf dem Weg in die Ukraine gewesen, hieß es."
A7 = ("Putin sagte in einer Fernsehansprache, für die Täter sei auf ukrainischer Seite ein »Fenster« für den "
      "Grenzübertritt vorbereitet worden.")
A8 = "»Alle Täter, Organisatoren und Auftraggeber werden ihre gerechte Strafe erhalten«, kündigte er an."
A9 = "Kiew wies jede Beteiligung zurück."
A10 = ("Der ukrainische Militärgeheimdienst warf dem Kreml vor, den Anschlag für eine neue Mobilmachungswelle "
       "nutzen zu wollen.")
A11 = "Washington erklärte, man habe Moskau bereits Anfang März vor Anschlagsplänen auf Großveranstaltungen gewarnt."
A12 = "UN-Generalsekretär António Guterres verurteilte den Anschlag aufs Schärfste."

DE01 = {
    "id": "hm71-de-01", "lang": "de", "url": None, "published": "2024-03-23",
    "title": "Putin droht nach Anschlag bei Moskau mit Vergeltung",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("THREATEN", PUTIN, MASTERMINDS, A1, mode="violence"),
        event("ASSAULT", GUNMEN, CONCERTGOERS, A2, mode="firearms", date="2024-03-22",
              location="Krasnogorsk", location_country="RUS"),
        event("ASSAULT", ISIS, CONCERTGOERS, A4, mode="firearms"),
        event("COERCE", FSB, SUSPECTS, A5, mode="arrest"),
        event("ACCUSE", PUTIN, actor("Ukraine", "UKR", "GOV"), A7, mode="allege"),
        event("THREATEN", PUTIN, MASTERMINDS, A8),
        event("ACCUSE", actor("Main Directorate of Intelligence of Ukraine", "UKR", "GOV"),
              actor("Kremlin", "RUS", "GOV"), A10, mode="allege"),
        event("COOPERATE", actor("United States", "USA", "GOV"), actor("Russia", "RUS", "GOV"), A11),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), GUNMEN, A12, mode="disapprove"),
    ],
    "quotes": [
        quote("kamen mindestens 133 Menschen ums Leben", "Russian authorities", "indirect"),
        quote("Der Inlandsgeheimdienst FSB nahm nach eigenen Angaben elf Verdächtige fest, darunter die vier "
              "mutmaßlichen Schützen", "Federal Security Service", "indirect"),
        quote("Die Männer stammten aus Tadschikistan und seien auf dem Weg in die Ukraine gewesen",
              "Federal Security Service", "indirect"),
        quote("für die Täter sei auf ukrainischer Seite ein »Fenster« für den Grenzübertritt vorbereitet worden",
              "Vladimir Putin", "indirect"),
        quote("Fenster", "Vladimir Putin", "direct"),
        quote("Alle Täter, Organisatoren und Auftraggeber werden ihre gerechte Strafe erhalten", "Vladimir Putin",
              "direct"),
        quote("den Anschlag für eine neue Mobilmachungswelle nutzen zu wollen",
              "Main Directorate of Intelligence of Ukraine", "indirect"),
        quote("man habe Moskau bereits Anfang März vor Anschlagsplänen auf Großveranstaltungen gewarnt",
              "United States", "indirect"),
    ],
    "entities": [
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin", "er"]),
        entity("Crocus City Hall", "LOC", "RUS", ["Konzerthalle Crocus City Hall"]),
        entity("Moscow", "GPE", "RUS", ["Moskau"]),
        entity("Krasnogorsk", "GPE", "RUS", ["Krasnogorsk"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat (IS)"]),
        entity("Amaq News Agency", "ORG", None, ["Amak"]),
        entity("Federal Security Service", "ORG", "RUS", ["Der Inlandsgeheimdienst FSB"]),
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR",
               ["Der ukrainische Militärgeheimdienst"]),
        entity("Kremlin", "ORG", "RUS", ["dem Kreml"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm71-de-02
FARMERS = actor("French farmers", "FRA", "CVL")
FRGOV = actor("Government of France", "FRA", "GOV")
DARMANIN = actor("Gérald Darmanin", "FRA", "GOV")
ATTAL = actor("Gabriel Attal", "FRA", "GOV")
FNSEA = actor("FNSEA", "FRA", "LAB")
ROUSSEAU = actor("Arnaud Rousseau", "FRA", "LAB")

B1 = "Mit Hunderten Traktoren haben französische Landwirte am Montag mehrere Autobahnen rund um Paris blockiert."
B2 = ("Innenminister Gérald Darmanin ließ rund 15.000 Polizisten und Gendarmen aufmarschieren, auch gepanzerte "
      "Fahrzeuge wurden in Stellung gebracht.")
B3 = ("Wer versuche, den Großmarkt Rungis oder die Pariser Flughäfen zu blockieren, müsse mit Festnahmen rechnen, "
      "sagte er.")
B4 = ("Premierminister Gabriel Attal hatte am Freitag zugesagt, die geplante Erhöhung der Steuer auf Agrardiesel "
      "zurückzunehmen.")
B5 = "Der größte Bauernverband FNSEA wies das Angebot jedoch als »unzureichend« zurück."
B6 = ("„Die Wut ist nicht verflogen, wir bleiben so lange auf der Straße wie nötig“, sagte FNSEA-Chef Arnaud "
      "Rousseau dem Sender RTL.")
B7 = "Er forderte weniger Bürokratie und ein Ende der Billigimporte aus der Ukraine und Südamerika."
B8 = ("Bei Agen im Südwesten nahm die Polizei am Nachmittag mehrere Demonstranten fest, die eine Präfektur mit "
      "Mist beworfen hatten.")
B9 = ("Die EU-Kommission werde den Landwirten bei den Auflagen zur Flächenstilllegung entgegenkommen, hieß es "
      "aus Brüssel.")
B10 = ("Präsident Emmanuel Macron werde am Donnerstag am Rande des EU-Gipfels mit Kommissionschefin Ursula von der "
       "Leyen über die Proteste beraten, teilte der Élysée-Palast mit.")

DE02 = {
    "id": "hm71-de-02", "lang": "de", "url": None, "published": "2024-01-29",
    "title": "Frankreichs Bauern blockieren Zufahrten nach Paris",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("PROTEST", FARMERS, FRGOV, B1, mode="obstruct", date="2024-01-29", location="Paris",
              location_country="FRA"),
        event("MOBILIZE", DARMANIN, None, B2, mode="police"),
        event("THREATEN", DARMANIN, FARMERS, B3, mode="arrest"),
        event("CONCEDE", ATTAL, FARMERS, B4, date="2024-01-26"),
        event("REJECT", FNSEA, ATTAL, B5),
        event("REQUEST", ROUSSEAU, FRGOV, B7, mode="change"),
        event("COERCE", actor("French police", "FRA", "COP"), FARMERS, B8, mode="arrest", location="Agen",
              location_country="FRA"),
        event("PROTEST", FARMERS, FRGOV, B8, mode="vandalize", location="Agen", location_country="FRA"),
        event("CONCEDE", actor("European Commission", "EUR", "IGO"), actor("farmers", None, "CVL"), B9),
        event("AGREE", actor("Emmanuel Macron", "FRA", "GOV"), actor("Ursula von der Leyen", "EUR", "IGO"), B10),
    ],
    "quotes": [
        quote("Wer versuche, den Großmarkt Rungis oder die Pariser Flughäfen zu blockieren, müsse mit Festnahmen "
              "rechnen", "Gérald Darmanin", "indirect"),
        quote("unzureichend", "FNSEA", "direct"),
        quote("Die Wut ist nicht verflogen, wir bleiben so lange auf der Straße wie nötig", "Arnaud Rousseau",
              "direct"),
        quote("Die EU-Kommission werde den Landwirten bei den Auflagen zur Flächenstilllegung entgegenkommen",
              "European Commission", "indirect"),
        quote("Präsident Emmanuel Macron werde am Donnerstag am Rande des EU-Gipfels mit Kommissionschefin Ursula "
              "von der Leyen über die Proteste beraten", "Élysée Palace", "indirect"),
    ],
    "entities": [
        entity("Paris", "GPE", "FRA", ["Paris"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Innenminister Gérald Darmanin", "er"]),
        entity("Rungis International Market", "LOC", "FRA", ["den Großmarkt Rungis"]),
        entity("Gabriel Attal", "PER", "FRA", ["Premierminister Gabriel Attal"]),
        entity("FNSEA", "ORG", "FRA", ["Der größte Bauernverband FNSEA", "FNSEA"]),
        entity("Arnaud Rousseau", "PER", "FRA", ["FNSEA-Chef Arnaud Rousseau", "Er"]),
        entity("RTL", "ORG", "FRA", ["dem Sender RTL"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("South America", "LOC", None, ["Südamerika"]),
        entity("Agen", "GPE", "FRA", ["Agen"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "Brüssel"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionschefin Ursula von der Leyen"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
    ],
}

# ---------------------------------------------------------------- hm71-de-03
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
SKOREA = actor("South Korea", "KOR", "GOV")
LEE = actor("Lee Jae-myung", "KOR", "OPP")

C1 = ("Südkoreas Präsident Yoon Suk Yeol ist am Donnerstag zum ersten offiziellen Besuch eines südkoreanischen "
      "Staatschefs in Japan seit zwölf Jahren in Tokio eingetroffen.")
C2 = ("Nach einem Gespräch mit Ministerpräsident Fumio Kishida vereinbarten beide, die gegenseitigen Besuche "
      "ihrer Regierungschefs wieder aufzunehmen.")
C3 = ("Tokio kündigte zudem an, die 2019 verhängten Exportbeschränkungen für drei Chemikalien zur "
      "Halbleiterherstellung aufzuheben.")
C4 = "Seoul will im Gegenzug seine Beschwerde bei der Welthandelsorganisation zurückziehen."
C5 = "„Heute schlagen wir ein neues Kapitel auf“, sagte Kishida auf einer gemeinsamen Pressekonferenz."
C6 = ("Den Weg für den Besuch hatte ein umstrittener Plan Seouls geebnet, Opfer der Zwangsarbeit während der "
      "japanischen Kolonialherrschaft über eine südkoreanische Stiftung zu entschädigen.")
C6b = "Eine neue Entschuldigung für die Kolonialzeit sprach Kishida nicht aus."
C7 = "Oppositionsführer Lee Jae-myung sprach von »erniedrigender Diplomatie«."
C8 = "Yoon habe die Opfer verraten, um Tokio zu gefallen, sagte er vor Anhängern in Seoul."
C9 = "In der Hauptstadt demonstrierten am Abend Tausende Menschen gegen die Einigung."
C10 = ("Ehemalige Zwangsarbeiter verlangten, dass Japan sich direkt entschuldigt und die beteiligten Konzerne "
       "selbst zahlen.")
C11 = "Washington begrüßte die Annäherung seiner beiden Verbündeten."

DE03 = {
    "id": "hm71-de-03", "lang": "de", "url": None, "published": "2023-03-16",
    "title": "Yoon und Kishida vereinbaren Neustart der Beziehungen",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C6b], [C7, C8, C9, C10, C11]),
    "events": [
        event("CONSULT", YOON, JAPAN, C1, mode="visit", date="2023-03-16", location="Tokyo",
              location_country="JPN"),
        event("CONSULT", YOON, KISHIDA, C2, mode="visit", location="Tokyo", location_country="JPN"),
        event("AGREE", YOON, KISHIDA, C2),
        event("CONCEDE", JAPAN, SKOREA, C3),
        event("CONCEDE", SKOREA, JAPAN, C4),
        event("CONCEDE", KISHIDA, SKOREA, C6b, negated=True),
        event("ACCUSE", LEE, YOON, C7, mode="disapprove"),
        event("ACCUSE", LEE, YOON, C8, mode="allege"),
        event("PROTEST", actor("South Korean protesters", "KOR", "CVL"), YOON, C9, mode="demo",
              location="Seoul", location_country="KOR"),
        event("REQUEST", actor("former forced labourers", "KOR", "CVL"), JAPAN, C10, mode="change"),
        event("SUPPORT", actor("United States", "USA", "GOV"), SKOREA, C11),
        event("SUPPORT", actor("United States", "USA", "GOV"), JAPAN, C11),
    ],
    "quotes": [
        quote("Heute schlagen wir ein neues Kapitel auf", "Fumio Kishida", "direct"),
        quote("erniedrigender Diplomatie", "Lee Jae-myung", "direct"),
        quote("Yoon habe die Opfer verraten, um Tokio zu gefallen", "Lee Jae-myung", "indirect"),
        quote("dass Japan sich direkt entschuldigt und die beteiligten Konzerne selbst zahlen",
              "former forced labourers", "indirect"),
    ],
    "entities": [
        entity("Yoon Suk Yeol", "PER", "KOR", ["Südkoreas Präsident Yoon Suk Yeol", "Yoon"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokio"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "Kishida"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas", "Seouls", "Seoul"]),
        entity("World Trade Organization", "ORG", "IGO", ["der Welthandelsorganisation"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Oppositionsführer Lee Jae-myung", "er"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm71-de-04
GKNB = actor("State Committee for National Security", "KGZ", "COP")
JOURNALISTS = actor("Temirov Live journalists", "KGZ", "BUS")
KGZGOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
TEMIROV = actor("Bolot Temirov", "KGZ", "BUS")

D1 = ("In Kirgistan hat der Geheimdienst GKNB elf frühere und aktuelle Mitarbeiter des investigativen Portals "
      "Temirov Live festgenommen.")
D2 = ("Beamte durchsuchten am Dienstag die Redaktionsräume in Bischkek sowie die Wohnungen der Reporter und "
      "beschlagnahmten Computer.")
D3 = ("Den Festgenommenen werde vorgeworfen, in ihren Videos zu Massenunruhen aufgerufen zu haben, teilte die "
      "Behörde mit.")
D4 = "Zwei von ihnen kamen am Abend wieder frei."
D5 = ("Gründer Bolot Temirov, der 2022 aus dem Land ausgewiesen worden war, sprach aus dem Exil von einem "
      "»Rachefeldzug« gegen unabhängige Medien.")
D6 = "Präsident Sadyr Dschaparow verteidigte das Vorgehen."
D7 = ("Die Medien dürften nicht zur Destabilisierung des Landes missbraucht werden, sagte er der Staatsagentur "
      "Kabar.")
D8 = "Die US-Botschaft in Bischkek und die OSZE forderten die sofortige Freilassung der Journalisten."
D9 = "„Journalismus ist kein Verbrechen“, erklärte die OSZE-Beauftragte für Medienfreiheit, Teresa Ribeiro."
D10 = "Kirgistan galt lange als das freieste Land Zentralasiens."

DE04 = {
    "id": "hm71-de-04", "lang": "de", "url": None, "published": "2024-01-17",
    "title": "Kirgistan nimmt regierungskritische Journalisten fest",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10]),
    "events": [
        event("COERCE", GKNB, JOURNALISTS, D1, mode="arrest"),
        event("COERCE", GKNB, actor("Temirov Live", "KGZ", "BUS"), D2, mode="seize", date="2024-01-16",
              location="Bishkek", location_country="KGZ"),
        event("ACCUSE", GKNB, JOURNALISTS, D3, mode="allege"),
        event("RETREAT", GKNB, JOURNALISTS, D4, mode="release"),
        event("COERCE", KGZGOV, TEMIROV, D5, mode="deport"),
        event("ACCUSE", TEMIROV, KGZGOV, D5, mode="disapprove"),
        event("SUPPORT", actor("Sadyr Japarov", "KGZ", "GOV"), GKNB, D6),
        event("REQUEST", actor("US Embassy in Bishkek", "USA", "GOV"), KGZGOV, D8, mode="yield"),
        event("REQUEST", actor("OSCE", "IGO", "IGO"), KGZGOV, D8, mode="yield"),
        event("ACCUSE", actor("Teresa Ribeiro", "IGO", "IGO"), KGZGOV, D9, mode="disapprove"),
    ],
    "quotes": [
        quote("Den Festgenommenen werde vorgeworfen, in ihren Videos zu Massenunruhen aufgerufen zu haben",
              "State Committee for National Security", "indirect"),
        quote("Rachefeldzug", "Bolot Temirov", "direct"),
        quote("Die Medien dürften nicht zur Destabilisierung des Landes missbraucht werden", "Sadyr Japarov",
              "indirect"),
        quote("Journalismus ist kein Verbrechen", "Teresa Ribeiro", "direct"),
    ],
    "entities": [
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("State Committee for National Security", "ORG", "KGZ",
               ["der Geheimdienst GKNB", "die Behörde"]),
        entity("Temirov Live", "ORG", "KGZ", ["des investigativen Portals Temirov Live"]),
        entity("Bishkek", "GPE", "KGZ", ["Bischkek"]),
        entity("Bolot Temirov", "PER", "KGZ", ["Gründer Bolot Temirov"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["Präsident Sadyr Dschaparow", "er"]),
        entity("Kabar", "ORG", "KGZ", ["der Staatsagentur Kabar"]),
        entity("US Embassy in Bishkek", "ORG", "USA", ["Die US-Botschaft in Bischkek"]),
        entity("OSCE", "ORG", "IGO", ["die OSZE"]),
        entity("Teresa Ribeiro", "PER", "IGO", ["die OSZE-Beauftragte für Medienfreiheit, Teresa Ribeiro"]),
        entity("Central Asia", "LOC", None, ["Zentralasiens"]),
    ],
}

# ---------------------------------------------------------------- hm71-en-01
USMIL = actor("US military", "USA", "MIL")
CHINA = actor("China", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
AUSTIN = actor("Lloyd Austin", "USA", "GOV")
CHNMFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
GOP = actor("Republican lawmakers", "USA", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")

E1 = ("A U.S. fighter jet shot down a suspected Chinese surveillance balloon off the coast of South Carolina on "
      "Saturday.")
E2 = ("Defense Secretary Lloyd Austin said the operation was carried out in close coordination with the Canadian "
      "government.")
E3 = ("“This was not a civilian airship, as Beijing claims,” Austin said, accusing China of violating U.S. "
      "sovereignty.")
E4 = ("Secretary of State Antony Blinken had postponed a planned trip to Beijing on Friday, calling the balloon’s "
      "presence “an irresponsible act.”")
E5 = ("China’s Foreign Ministry expressed “strong dissatisfaction and protest” over what it called the use of "
      "force against a civilian craft.")
E6 = "Beijing reserves the right to take further necessary responses, the ministry said in a statement."
E7 = "It had earlier said the balloon was a weather research craft that had strayed off course."
E8 = ("Republican lawmakers accused President Joe Biden of acting too slowly and demanded a classified briefing "
      "for Congress.")
E9 = ("Biden told reporters he had ordered the Pentagon on Wednesday to take the balloon down as soon as it was "
      "safe to do so.")

EN01 = {
    "id": "hm71-en-01", "lang": "en", "url": None, "published": "2023-02-04",
    "title": "US fighter jet shoots down suspected Chinese spy balloon",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9]),
    "events": [
        event("ASSAULT", USMIL, CHINA, E1, mode="aerial", date="2023-02-04", location="South Carolina",
              location_country="USA"),
        event("COOPERATE", USMIL, actor("Canada", "CAN", "GOV"), E2),
        event("ACCUSE", AUSTIN, CHINA, E3, mode="allege"),
        event("REJECT", actor("Antony Blinken", "USA", "GOV"), CHINA, E4, mode="meet", date="2023-02-03"),
        event("ACCUSE", actor("Antony Blinken", "USA", "GOV"), CHINA, E4, mode="disapprove", date="2023-02-03"),
        event("ACCUSE", CHNMFA, USA, E5, mode="disapprove"),
        event("THREATEN", CHNMFA, USA, E6),
        event("ACCUSE", GOP, BIDEN, E8, mode="disapprove"),
        event("REQUEST", GOP, BIDEN, E8, mode="assist"),
    ],
    "quotes": [
        quote("the operation was carried out in close coordination with the Canadian government", "Lloyd Austin",
              "indirect"),
        quote("This was not a civilian airship, as Beijing claims", "Lloyd Austin", "direct"),
        quote("an irresponsible act", "Antony Blinken", "direct"),
        quote("strong dissatisfaction and protest", "Ministry of Foreign Affairs of China", "direct"),
        quote("Beijing reserves the right to take further necessary responses",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("the balloon was a weather research craft that had strayed off course",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("he had ordered the Pentagon on Wednesday to take the balloon down as soon as it was safe to do so",
              "Joe Biden", "indirect"),
    ],
    "entities": [
        entity("South Carolina", "GPE", "USA", ["South Carolina"]),
        entity("Lloyd Austin", "PER", "USA", ["Defense Secretary Lloyd Austin", "Austin"]),
        entity("Canada", "GPE", "CAN", ["the Canadian government"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN",
               ["China’s Foreign Ministry", "the ministry", "It"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
    ],
}

# ---------------------------------------------------------------- hm71-en-02
UK = actor("United Kingdom", "GBR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
ATTACHE = actor("Defence attaché of Russia in London", "RUS", "MIL")
CLEVERLY = actor("James Cleverly", "GBR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
RUSMFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
KULEBA = actor("Dmytro Kuleba", "UKR", "GOV")

F1 = ("Britain on Wednesday expelled Russia’s defence attaché in London, accusing him of being an undeclared "
      "military intelligence officer.")
F2 = ("Home Secretary James Cleverly told parliament that the government would also strip several Russian-owned "
      "properties of their diplomatic status, including a manor house in Sussex.")
F3 = "“We will not tolerate this kind of behaviour on British soil,” Cleverly said."
F4 = ("Prosecutors said last month that an arson attack on a Ukrainian-owned warehouse in London had been "
      "carried out on behalf of Russia’s Wagner group.")
F5 = "Moscow condemned the expulsion as “another anti-Russian hysteria” and vowed to respond."
F6 = "“Our reaction will not be long in coming,” Foreign Ministry spokeswoman Maria Zakharova told RIA Novosti."
F7 = "The ministry later summoned British ambassador Nigel Casey, according to Russian state media."
F8 = "The Kremlin has denied any involvement in sabotage in Britain."
F9 = ("Ukrainian Foreign Minister Dmytro Kuleba welcomed the British decision and urged other European "
      "governments to follow suit.")

EN02 = {
    "id": "hm71-en-02", "lang": "en", "url": None, "published": "2024-05-08",
    "title": "Britain expels Russian defence attaché over ‘malign activity’",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9]),
    "events": [
        event("SANCTION", UK, ATTACHE, F1, mode="expel", date="2024-05-08"),
        event("ACCUSE", UK, ATTACHE, F1, mode="allege", date="2024-05-08"),
        event("SANCTION", CLEVERLY, RUSSIA, F2, mode="discontinue"),
        event("ACCUSE", actor("Crown Prosecution Service", "GBR", "JUD"), actor("Wagner Group", "RUS", "MIL"),
              F4, mode="allege"),
        event("ACCUSE", RUSSIA, UK, F5, mode="disapprove"),
        event("THREATEN", RUSSIA, UK, F5),
        event("THREATEN", ZAKHAROVA, UK, F6),
        event("ACCUSE", RUSMFA, UK, F7, mode="disapprove"),
        event("SUPPORT", KULEBA, UK, F9),
        event("REQUEST", KULEBA, actor("European governments", None, "GOV"), F9, mode="change"),
    ],
    "quotes": [
        quote("that the government would also strip several Russian-owned properties of their diplomatic status, "
              "including a manor house in Sussex", "James Cleverly", "indirect"),
        quote("We will not tolerate this kind of behaviour on British soil", "James Cleverly", "direct"),
        quote("that an arson attack on a Ukrainian-owned warehouse in London had been carried out on behalf of "
              "Russia’s Wagner group", "Crown Prosecution Service", "indirect"),
        quote("another anti-Russian hysteria", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("Our reaction will not be long in coming", "Maria Zakharova", "direct"),
        quote("The ministry later summoned British ambassador Nigel Casey", "Russian state media", "indirect"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Britain", "the government"]),
        entity("Defence attaché of Russia in London", "PER", "RUS", ["Russia’s defence attaché in London", "him"]),
        entity("London", "GPE", "GBR", ["London"]),
        entity("James Cleverly", "PER", "GBR", ["Home Secretary James Cleverly", "Cleverly"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["parliament"]),
        entity("Sussex", "LOC", "GBR", ["Sussex"]),
        entity("Wagner Group", "ORG", "RUS", ["Russia’s Wagner group"]),
        entity("Russia", "GPE", "RUS", ["Moscow"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Foreign Ministry", "The ministry"]),
        entity("Maria Zakharova", "PER", "RUS", ["Foreign Ministry spokeswoman Maria Zakharova"]),
        entity("RIA Novosti", "ORG", "RUS", ["RIA Novosti"]),
        entity("Nigel Casey", "PER", "GBR", ["British ambassador Nigel Casey"]),
        entity("Kremlin", "ORG", "RUS", ["The Kremlin"]),
        entity("Dmytro Kuleba", "PER", "UKR", ["Ukrainian Foreign Minister Dmytro Kuleba"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
