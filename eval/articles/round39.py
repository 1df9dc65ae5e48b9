"""Round 39: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented texts on real 2023-2025 settings; the details are plausible, not reported facts):
  hm39-de-01  Rwanda breaks off diplomatic relations with Belgium, Brussels expels Rwandan diplomats (2025-03-17)
  hm39-de-02  Paraguay suspends the Itaipú talks with Brazil over an espionage operation (2025-04-01)
  hm39-de-03  Attacks on Israeli football fans in Amsterdam after the Ajax-Maccabi match (2024-11-08)
  hm39-de-04  The Philippine House of Representatives impeaches Vice President Sara Duterte (2025-02-05)
  hm39-en-01  Iran fires missiles at the Al Udeid air base in Qatar, Trump announces a ceasefire (2025-06-23)
  hm39-en-02  Australia and China over the sonar pulses against HMAS Toowoomba's divers (2023-11-20)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm39-de-01
RWA = actor("Rwanda", "RWA", "GOV")
RWA_MFA = actor("Ministry of Foreign Affairs of Rwanda", "RWA", "GOV")
BEL = actor("Belgium", "BEL", "GOV")
PREVOT = actor("Maxime Prévot", "BEL", "GOV")
COD_GOV = actor("Government of DR Congo", "COD", "GOV")
AU = actor("African Union", "IGO", "IGO")

D1_1 = "Ruanda hat am Montag die diplomatischen Beziehungen zu Belgien abgebrochen."
D1_2 = "Alle belgischen Diplomaten müssten das Land binnen 48 Stunden verlassen, teilte das Außenministerium in Kigali mit."
D1_3 = ("Belgien habe sich in den Konflikt im Osten der Demokratischen Republik Kongo eingemischt und stelle sich "
        "einseitig auf die Seite Kinshasas, hieß es zur Begründung.")
D1_4 = "Brüssel reagierte umgehend und erklärte seinerseits die ruandischen Diplomaten in Belgien zu unerwünschten Personen."
D1_5 = "Außenminister Maxime Prévot nannte die Entscheidung Kigalis „unverhältnismäßig“."
D1_6 = ("»Wenn Ruanda nicht mit uns reden will, zeigt das, dass es kein Interesse an einem Dialog hat«, "
        "sagte er dem Sender RTBF.")
D1_7 = ("Belgien gehört in der EU zu den schärfsten Kritikern der ruandischen Politik im Ostkongo, wo die M23-Miliz "
        "große Gebiete kontrolliert.")
D1_8 = "Die Regierung in Kinshasa begrüßte die Haltung Brüssels."
D1_9 = "Die Afrikanische Union rief beide Seiten auf, ihre Differenzen auf diplomatischem Weg beizulegen."
D1_10 = "Ruanda werde seine nationalen Interessen auch künftig selbst bestimmen, sagte Regierungssprecherin Yolande Makolo."

DE01 = {
    "id": "hm39-de-01", "lang": "de", "url": None, "published": "2025-03-17",
    "title": "Ruanda bricht diplomatische Beziehungen zu Belgien ab",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6, D1_7], [D1_8, D1_9, D1_10]),
    "events": [
        event("SANCTION", RWA, BEL, D1_1, mode="discontinue", date="2025-03-17"),
        event("SANCTION", RWA, BEL, D1_2, mode="expel"),
        event("ACCUSE", RWA_MFA, BEL, D1_3, mode="allege"),
        event("SANCTION", BEL, RWA, D1_4, mode="expel"),
        event("ACCUSE", PREVOT, RWA, D1_5, mode="disapprove"),
        event("ACCUSE", PREVOT, RWA, D1_6, mode="disapprove"),
        event("SUPPORT", COD_GOV, BEL, D1_8),
        event("REQUEST", AU, RWA, D1_9),
        event("REQUEST", AU, BEL, D1_9),
    ],
    "quotes": [
        quote("Alle belgischen Diplomaten müssten das Land binnen 48 Stunden verlassen",
              "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("Belgien habe sich in den Konflikt im Osten der Demokratischen Republik Kongo eingemischt und stelle sich "
              "einseitig auf die Seite Kinshasas", "Ministry of Foreign Affairs of Rwanda", "indirect"),
        quote("unverhältnismäßig", "Maxime Prévot", "direct"),
        quote("Wenn Ruanda nicht mit uns reden will, zeigt das, dass es kein Interesse an einem Dialog hat",
              "Maxime Prévot", "direct"),
        quote("Ruanda werde seine nationalen Interessen auch künftig selbst bestimmen", "Yolande Makolo", "indirect"),
    ],
    "entities": [
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigalis"]),
        entity("Kigali", "LOC", "RWA", ["Kigali"]),
        entity("Belgium", "GPE", "BEL", ["Belgien", "Brüssel", "Brüssels"]),
        entity("Ministry of Foreign Affairs of Rwanda", "ORG", "RWA", ["das Außenministerium in Kigali"]),
        entity("Belgian diplomats", "PER", "BEL", ["Alle belgischen Diplomaten"]),
        entity("Rwandan diplomats", "PER", "RWA", ["die ruandischen Diplomaten in Belgien"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["der Demokratischen Republik Kongo", "Kinshasas"]),
        entity("Eastern DR Congo", "LOC", "COD", ["Ostkongo"]),
        entity("Government of DR Congo", "ORG", "COD", ["Die Regierung in Kinshasa"]),
        entity("Maxime Prévot", "PER", "BEL", ["Außenminister Maxime Prévot", "er"]),
        entity("RTBF", "ORG", "BEL", ["dem Sender RTBF"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("M23", "ORG", "COD", ["die M23-Miliz"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Yolande Makolo", "PER", "RWA", ["Regierungssprecherin Yolande Makolo"]),
    ],
}

# ---------------------------------------------------------------- hm39-de-02
PRY = actor("Paraguay", "PRY", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
RAMIREZ = actor("Rubén Ramírez Lezcano", "PRY", "GOV")
ABIN = actor("Brazilian Intelligence Agency (ABIN)", "BRA", "GOV")
PENA = actor("Santiago Peña", "PRY", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

D2_1 = ("Paraguay hat die Verhandlungen mit Brasilien über das gemeinsame Wasserkraftwerk Itaipú wegen mutmaßlicher "
        "Spionage ausgesetzt.")
D2_2 = ("Außenminister Rubén Ramírez Lezcano teilte am Montagabend in Asunción mit, der brasilianische Geheimdienst Abin "
        "habe Computer paraguayischer Beamter gehackt, um an vertrauliche Daten zum Itaipú-Vertrag zu gelangen.")
D2_3 = ("Zugleich rief Paraguay seinen Botschafter aus Brasília zu Konsultationen zurück und bestellte den "
        "brasilianischen Botschafter ein.")
D2_4 = ("„Wir verlangen eine vollständige Erklärung“, sagte Ramírez, „und zwar bevor wir an den Verhandlungstisch "
        "zurückkehren.“")
D2_5 = "Die brasilianische Regierung räumte ein, dass es eine solche Operation gegeben habe."
D2_6 = ("Sie sei jedoch unter dem früheren Präsidenten Jair Bolsonaro genehmigt und von der Regierung Lula im März 2023 "
        "gestoppt worden, erklärte das Außenministerium in Brasília.")
D2_7 = ("Präsident Santiago Peña telefonierte am Dienstag mit seinem brasilianischen Amtskollegen Luiz Inácio Lula da "
        "Silva, wie sein Büro bestätigte.")
D2_8 = "Lula sagte zu, die Vorgänge vollständig aufklären zu lassen."
D2_8b = "Brasília übergab Asunción zudem erste Unterlagen zu der Operation."
D2_9 = "Paraguay fordert seit Jahren einen höheren Preis für den Strom, den es aus Itaipú an Brasilien verkauft."

DE02 = {
    "id": "hm39-de-02", "lang": "de", "url": None, "published": "2025-04-01",
    "title": "Paraguay setzt Itaipú-Verhandlungen mit Brasilien aus",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6], [D2_7, D2_8, D2_8b, D2_9]),
    "events": [
        event("SANCTION", PRY, BRA, D2_1, mode="discontinue"),
        event("ACCUSE", RAMIREZ, ABIN, D2_2, mode="allege", date="2025-03-31", location="Asunción",
              location_country="PRY"),
        event("SANCTION", PRY, BRA, D2_3, mode="withdraw"),
        event("ACCUSE", PRY, BRA, D2_3, mode="disapprove"),
        event("REQUEST", RAMIREZ, BRA, D2_4),
        event("CONCEDE", BRA, PRY, D2_5),
        event("CONSULT", PENA, LULA, D2_7, mode="phone", date="2025-04-01"),
        event("AGREE", LULA, PENA, D2_8),
        event("COOPERATE", BRA, PRY, D2_8b),
    ],
    "quotes": [
        quote("der brasilianische Geheimdienst Abin habe Computer paraguayischer Beamter gehackt, um an vertrauliche "
              "Daten zum Itaipú-Vertrag zu gelangen", "Rubén Ramírez Lezcano", "indirect"),
        quote("Wir verlangen eine vollständige Erklärung", "Rubén Ramírez Lezcano", "direct"),
        quote("und zwar bevor wir an den Verhandlungstisch zurückkehren", "Rubén Ramírez Lezcano", "direct"),
        quote("dass es eine solche Operation gegeben habe", "Government of Brazil", "indirect"),
        quote("Sie sei jedoch unter dem früheren Präsidenten Jair Bolsonaro genehmigt und von der Regierung Lula im März "
              "2023 gestoppt worden", "Ministry of Foreign Affairs of Brazil", "indirect"),
        quote("Präsident Santiago Peña telefonierte am Dienstag mit seinem brasilianischen Amtskollegen Luiz Inácio Lula "
              "da Silva", "Office of the President of Paraguay", "indirect"),
    ],
    "entities": [
        entity("Paraguay", "GPE", "PRY", ["Paraguay"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Itaipú Dam", "LOC", None, ["das gemeinsame Wasserkraftwerk Itaipú", "Itaipú"]),
        entity("Rubén Ramírez Lezcano", "PER", "PRY", ["Außenminister Rubén Ramírez Lezcano", "Ramírez"]),
        entity("Asunción", "LOC", "PRY", ["Asunción"]),
        entity("Brazilian Intelligence Agency (ABIN)", "ORG", "BRA", ["der brasilianische Geheimdienst Abin"]),
        entity("Ambassador of Paraguay to Brazil", "PER", "PRY", ["seinen Botschafter"]),
        entity("Ambassador of Brazil to Paraguay", "PER", "BRA", ["den brasilianischen Botschafter"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die brasilianische Regierung", "der Regierung Lula"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["das Außenministerium in Brasília"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["dem früheren Präsidenten Jair Bolsonaro"]),
        entity("Santiago Peña", "PER", "PRY", ["Präsident Santiago Peña"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA",
               ["seinem brasilianischen Amtskollegen Luiz Inácio Lula da Silva", "Lula"]),
        entity("Office of the President of Paraguay", "ORG", "PRY", ["sein Büro"]),
    ],
}

# ---------------------------------------------------------------- hm39-de-03
ATTACKERS = actor("groups of young men", "NLD", "CVL")
FANS = actor("Israeli football fans", "ISR", "CVL")
AMS_POLICE = actor("Amsterdam Police", "NLD", "COP")
SCHOOF = actor("Dick Schoof", "NLD", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
HALSEMA = actor("Femke Halsema", "NLD", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")

D3_1 = ("Nach dem Europa-League-Spiel von Ajax gegen Maccabi Tel Aviv sind in Amsterdam in der Nacht zum Freitag "
        "israelische Fußballfans von Gruppen junger Männer gejagt und verprügelt worden.")
D3_2 = "Mindestens fünf Menschen kamen ins Krankenhaus, wie die Polizei mitteilte."
D3_3 = "Die Beamten nahmen 62 Verdächtige fest."
D3_3a = "Die meisten von ihnen wurden bis zum Mittag wieder freigelassen."
D3_3b = "Die Polizei hatte schon vor dem Spiel Hunderte zusätzliche Beamte in der Innenstadt zusammengezogen."
D3_4 = ('Ministerpräsident Dick Schoof verurteilte die "völlig inakzeptablen antisemitischen Angriffe" und telefonierte '
        'mit Israels Regierungschef Benjamin Netanjahu.')
D3_5 = "Netanjahu verlangte, die niederländischen Behörden müssten hart gegen die Täter vorgehen."
D3_6 = "Israels Außenminister Gideon Saar reiste noch am Freitag nach Amsterdam."
D3_7 = "Bürgermeisterin Femke Halsema verhängte für das gesamte Wochenende ein Demonstrationsverbot in der Stadt."
D3_8 = "»Das war ein Ausbruch von Antisemitismus, den ich nie wieder sehen wollte«, sagte sie."
D3_9 = "EU-Kommissionspräsidentin Ursula von der Leyen sprach von „abscheulichen“ Angriffen."

DE03 = {
    "id": "hm39-de-03", "lang": "de", "url": None, "published": "2024-11-08",
    "title": "Israelische Fußballfans in Amsterdam angegriffen",
    "text": paragraphs([D3_1, D3_2, D3_3, D3_3a, D3_3b], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9]),
    "events": [
        event("ASSAULT", ATTACKERS, FANS, D3_1, mode="beat", date="2024-11-08", location="Amsterdam",
              location_country="NLD"),
        event("COERCE", AMS_POLICE, actor("suspected attackers", "NLD", "CVL"), D3_3, mode="arrest"),
        event("RETREAT", AMS_POLICE, actor("suspected attackers", "NLD", "CVL"), D3_3a, mode="release"),
        event("MOBILIZE", AMS_POLICE, None, D3_3b, mode="police"),
        event("ACCUSE", SCHOOF, ATTACKERS, D3_4, mode="disapprove"),
        event("CONSULT", SCHOOF, NETANYAHU, D3_4, mode="phone"),
        event("REQUEST", NETANYAHU, actor("Dutch authorities", "NLD", "GOV"), D3_5),
        event("CONSULT", SAAR, actor("Netherlands", "NLD", "GOV"), D3_6, mode="visit", date="2024-11-08",
              location="Amsterdam", location_country="NLD"),
        event("COERCE", HALSEMA, None, D3_7, mode="restrict"),
        event("ACCUSE", HALSEMA, ATTACKERS, D3_8, mode="disapprove"),
        event("ACCUSE", VDL, ATTACKERS, D3_9, mode="disapprove"),
    ],
    "quotes": [
        quote("Mindestens fünf Menschen kamen ins Krankenhaus", "Amsterdam Police", "indirect"),
        quote("völlig inakzeptablen antisemitischen Angriffe", "Dick Schoof", "direct"),
        quote("die niederländischen Behörden müssten hart gegen die Täter vorgehen", "Benjamin Netanyahu", "indirect"),
        quote("Das war ein Ausbruch von Antisemitismus, den ich nie wieder sehen wollte", "Femke Halsema", "direct"),
        quote("abscheulichen", "Ursula von der Leyen", "direct"),
    ],
    "entities": [
        entity("Ajax", "ORG", "NLD", ["Ajax"]),
        entity("Maccabi Tel Aviv", "ORG", "ISR", ["Maccabi Tel Aviv"]),
        entity("Amsterdam", "LOC", "NLD", ["Amsterdam"]),
        entity("Israeli football fans", "ORG", "ISR", ["israelische Fußballfans"]),
        entity("groups of young men", "ORG", "NLD", ["Gruppen junger Männer", "die Täter"]),
        entity("Amsterdam Police", "ORG", "NLD", ["die Polizei", "Die Beamten", "Die Polizei", "Hunderte zusätzliche Beamte"]),
        entity("suspected attackers", "ORG", "NLD", ["62 Verdächtige", "Die meisten von ihnen"]),
        entity("Dick Schoof", "PER", "NLD", ["Ministerpräsident Dick Schoof"]),
        entity("Israel", "GPE", "ISR", ["Israels"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israels Regierungschef Benjamin Netanjahu", "Netanjahu"]),
        entity("Dutch authorities", "ORG", "NLD", ["die niederländischen Behörden"]),
        entity("Gideon Saar", "PER", "ISR", ["Israels Außenminister Gideon Saar"]),
        entity("Femke Halsema", "PER", "NLD", ["Bürgermeisterin Femke Halsema", "sie"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
    ],
}

# ---------------------------------------------------------------- hm39-de-04
HOUSE = actor("House of Representatives of the Philippines", "PHL", "LEG")
SARA = actor("Sara Duterte", "PHL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
NBI = actor("National Bureau of Investigation", "PHL", "COP")

D4_1 = "Das philippinische Repräsentantenhaus hat am Mittwoch ein Amtsenthebungsverfahren gegen Vizepräsidentin Sara Duterte eingeleitet."
D4_2 = ("Mehr als 200 Abgeordnete unterzeichneten die Anklageschrift, die der Tochter von Ex-Präsident Rodrigo Duterte "
        "unter anderem die Veruntreuung öffentlicher Gelder und Morddrohungen gegen Präsident Ferdinand Marcos Jr. "
        "vorwirft.")
D4_3 = "Sie geht nun an den Senat, der über eine Absetzung entscheiden muss."
D4_4 = "Duterte hatte im November erklärt, sie habe einen Auftragsmörder beauftragt, Marcos zu töten, falls ihr selbst etwas zustoße."
D4_5 = "Die Ermittlungsbehörde NBI lud sie daraufhin vor."
D4_6 = "Marcos hatte die Abgeordneten im Dezember aufgerufen, auf ein Verfahren zu verzichten."
D4_7 = "„Das ist alles ein Sturm im Wasserglas“, hatte er damals gesagt."
D4_8 = ("Hunderte Anhänger der Vizepräsidentin versammelten sich am Abend vor dem Parlament in Quezon City zu einer "
        "Kundgebung gegen das Verfahren.")
D4_9 = "Ihr Bruder Sebastian Duterte, Bürgermeister von Davao, warf Marcos vor, seine Schwester politisch ausschalten zu wollen."
D4_10 = "Ein Treffen zwischen Marcos und seiner Stellvertreterin sei nicht geplant, hieß es aus dem Präsidentenpalast."

DE04 = {
    "id": "hm39-de-04", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Philippinisches Parlament leitet Amtsenthebung von Vizepräsidentin Duterte ein",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10]),
    "events": [
        event("ACCUSE", HOUSE, SARA, D4_1, mode="allege", date="2025-02-05"),
        event("ACCUSE", HOUSE, SARA, D4_2, mode="allege"),
        event("THREATEN", SARA, MARCOS, D4_4, mode="violence"),
        event("ACCUSE", NBI, SARA, D4_5, mode="investigate"),
        event("REQUEST", MARCOS, HOUSE, D4_6),
        event("PROTEST", actor("supporters of Sara Duterte", "PHL", "CVL"), HOUSE, D4_8, mode="demo",
              date="2025-02-05", location="Quezon City", location_country="PHL"),
        event("ACCUSE", actor("Sebastian Duterte", "PHL", "GOV"), MARCOS, D4_9, mode="allege"),
        event("CONSULT", MARCOS, SARA, D4_10, negated=True),
    ],
    "quotes": [
        quote("sie habe einen Auftragsmörder beauftragt, Marcos zu töten, falls ihr selbst etwas zustoße",
              "Sara Duterte", "indirect"),
        quote("Das ist alles ein Sturm im Wasserglas", "Ferdinand Marcos Jr.", "direct"),
        quote("seine Schwester politisch ausschalten zu wollen", "Sebastian Duterte", "indirect"),
        quote("Ein Treffen zwischen Marcos und seiner Stellvertreterin sei nicht geplant", "Malacañang Palace",
              "indirect"),
    ],
    "entities": [
        entity("House of Representatives of the Philippines", "ORG", "PHL",
               ["Das philippinische Repräsentantenhaus", "Mehr als 200 Abgeordnete", "die Abgeordneten"]),
        entity("Sara Duterte", "PER", "PHL",
               ["Vizepräsidentin Sara Duterte", "der Tochter von Ex-Präsident Rodrigo Duterte", "Duterte", "sie",
                "der Vizepräsidentin", "seine Schwester", "seiner Stellvertreterin"]),
        entity("Rodrigo Duterte", "PER", "PHL", ["Ex-Präsident Rodrigo Duterte"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "Marcos", "er"]),
        entity("Senate of the Philippines", "ORG", "PHL", ["den Senat"]),
        entity("National Bureau of Investigation", "ORG", "PHL", ["Die Ermittlungsbehörde NBI"]),
        entity("supporters of Sara Duterte", "ORG", "PHL", ["Hunderte Anhänger der Vizepräsidentin"]),
        entity("Batasang Pambansa", "LOC", "PHL", ["dem Parlament"]),
        entity("Quezon City", "LOC", "PHL", ["Quezon City"]),
        entity("Sebastian Duterte", "PER", "PHL", ["Ihr Bruder Sebastian Duterte, Bürgermeister von Davao"]),
        entity("Davao", "LOC", "PHL", ["Davao"]),
        entity("Malacañang Palace", "ORG", "PHL", ["dem Präsidentenpalast"]),
    ],
}

# ---------------------------------------------------------------- hm39-en-01
IRN = actor("Iran", "IRN", "MIL")
USA_MIL = actor("United States", "USA", "MIL")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
QAT = actor("Qatar", "QAT", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

E1_1 = ("Iran fired missiles at the U.S. Al Udeid air base in Qatar on Monday in retaliation for American strikes on "
        "its nuclear facilities over the weekend.")
E1_2 = "No one was killed or injured, Qatar's defence ministry said."
E1_3 = "Iran's Revolutionary Guards said the strike was a response to the U.S. “aggression” against the country's nuclear sites."
E1_4 = "Qatar condemned the attack as a “flagrant violation” of its sovereignty and airspace."
E1_5 = ("“We reserve the right to respond directly in a manner equal to the nature and scale of this brazen "
        "aggression,” foreign ministry spokesman Majed al-Ansari said.")
E1_6 = "U.S. President Donald Trump called Iran's response “very weak” and thanked Tehran for giving early notice."
E1_7 = "Hours later, Trump announced that Israel and Iran had agreed to a “complete and total ceasefire”."
E1_8 = ("Iranian Foreign Minister Abbas Araghchi said Tehran would end its operations if Israel stopped its attacks on "
        "Iran by 4 a.m. local time.")
E1_9 = "Qatar, which hosts about 10,000 U.S. troops at Al Udeid, has long acted as a mediator between Washington and Tehran."

EN01 = {
    "id": "hm39-en-01", "lang": "en", "url": None, "published": "2025-06-23",
    "title": "Iran fires missiles at U.S. base in Qatar; Trump announces ceasefire",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("ASSAULT", IRN, USA_MIL, E1_1, mode="heavy-weapons", date="2025-06-23", location="Al Udeid Air Base",
              location_country="QAT"),
        event("ASSAULT", USA_MIL, actor("Iran", "IRN", "GOV"), E1_1, mode="aerial"),
        event("ASSAULT", IRGC, USA_MIL, E1_3, mode="heavy-weapons"),
        event("ACCUSE", IRGC, actor("United States", "USA", "GOV"), E1_3, mode="disapprove"),
        event("ACCUSE", QAT, actor("Iran", "IRN", "GOV"), E1_4, mode="disapprove"),
        event("THREATEN", actor("Majed al-Ansari", "QAT", "GOV"), actor("Iran", "IRN", "GOV"), E1_5),
        event("SUPPORT", TRUMP, actor("Iran", "IRN", "GOV"), E1_6),
        event("AGREE", actor("Israel", "ISR", "GOV"), actor("Iran", "IRN", "GOV"), E1_7),
    ],
    "quotes": [
        quote("No one was killed or injured", "Ministry of Defence of Qatar", "indirect"),
        quote("the strike was a response to the U.S. “aggression” against the country's nuclear sites",
              "Islamic Revolutionary Guard Corps", "indirect"),
        quote("aggression", "Islamic Revolutionary Guard Corps", "direct"),
        quote("flagrant violation", "Qatar", "direct"),
        quote("We reserve the right to respond directly in a manner equal to the nature and scale of this brazen "
              "aggression", "Majed al-Ansari", "direct"),
        quote("very weak", "Donald Trump", "direct"),
        quote("that Israel and Iran had agreed to a “complete and total ceasefire”", "Donald Trump", "indirect"),
        quote("complete and total ceasefire", "Donald Trump", "direct"),
        quote("Tehran would end its operations if Israel stopped its attacks on Iran by 4 a.m. local time",
              "Abbas Araghchi", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Tehran"]),
        entity("Al Udeid Air Base", "LOC", "QAT", ["the U.S. Al Udeid air base", "Al Udeid"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("United States", "GPE", "USA", ["U.S.", "Washington"]),
        entity("Ministry of Defence of Qatar", "ORG", "QAT", ["Qatar's defence ministry"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's Revolutionary Guards"]),
        entity("Majed al-Ansari", "PER", "QAT", ["foreign ministry spokesman Majed al-Ansari"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Iranian Foreign Minister Abbas Araghchi"]),
        entity("U.S. troops", "ORG", "USA", ["about 10,000 U.S. troops"]),
    ],
}

# ---------------------------------------------------------------- hm39-en-02
CHN = actor("China", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
MARLES = actor("Richard Marles", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")

E2_1 = ("Beijing on Monday urged Canberra to stop “making trouble” after Australia accused a Chinese warship of "
        "injuring navy divers with sonar pulses.")
E2_2 = ("Defence ministry spokesman Wu Qian said the destroyer had not used its sonar and that the Australian claims "
        "were “not true”.")
E2_3 = ("Australian Defence Minister Richard Marles said on Saturday that the destroyer Ningbo had approached HMAS "
        "Toowoomba last Tuesday and operated its sonar while divers were clearing fishing nets from the frigate's "
        "propellers in Japan's exclusive economic zone.")
E2_4 = "Several divers suffered minor injuries, he said."
E2_5 = "“This is unsafe and unprofessional conduct that put our people at risk,” Marles said."
E2_6 = ("Prime Minister Anthony Albanese said he had raised the incident with Chinese President Xi Jinping during a "
        "brief conversation at the APEC summit in San Francisco.")
E2_7 = "Canberra also lodged a formal protest through diplomatic channels."
E2_8 = "The incident comes weeks after Albanese visited Beijing, the first trip to China by an Australian prime minister in seven years."

EN02 = {
    "id": "hm39-en-02", "lang": "en", "url": None, "published": "2023-11-20",
    "title": "China tells Australia to stop 'making trouble' over sonar incident",
    "text": paragraphs([E2_1, E2_2], [E2_3, E2_4, E2_5], [E2_6, E2_7, E2_8]),
    "events": [
        event("REQUEST", CHN, AUS, E2_1, date="2023-11-20"),
        event("ACCUSE", AUS, PLAN, E2_1, mode="allege"),
        event("ACCUSE", MARLES, PLAN, E2_3, mode="allege", date="2023-11-18"),
        event("ACCUSE", MARLES, PLAN, E2_5, mode="disapprove"),
        event("CONSULT", ALBANESE, XI, E2_6, mode="multilateral", location="San Francisco", location_country="USA"),
        event("ACCUSE", ALBANESE, XI, E2_6, mode="disapprove"),
        event("ACCUSE", AUS, CHN, E2_7, mode="disapprove"),
        event("CONSULT", ALBANESE, CHN, E2_8, mode="visit", location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("making trouble", "Government of China", "direct"),
        quote("the destroyer had not used its sonar and that the Australian claims were “not true”", "Wu Qian",
              "indirect"),
        quote("not true", "Wu Qian", "direct"),
        quote("that the destroyer Ningbo had approached HMAS Toowoomba last Tuesday and operated its sonar while divers "
              "were clearing fishing nets from the frigate's propellers in Japan's exclusive economic zone",
              "Richard Marles", "indirect"),
        quote("Several divers suffered minor injuries", "Richard Marles", "indirect"),
        quote("This is unsafe and unprofessional conduct that put our people at risk", "Richard Marles", "direct"),
        quote("he had raised the incident with Chinese President Xi Jinping during a brief conversation at the APEC "
              "summit in San Francisco", "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("Australia", "GPE", "AUS", ["Canberra", "Australia"]),
        entity("Ningbo (destroyer)", "ORG", "CHN", ["a Chinese warship", "the destroyer Ningbo", "the destroyer"]),
        entity("Australian navy divers", "ORG", "AUS", ["navy divers", "divers", "Several divers"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["Defence ministry"]),
        entity("Wu Qian", "PER", "CHN", ["Defence ministry spokesman Wu Qian"]),
        entity("Richard Marles", "PER", "AUS", ["Australian Defence Minister Richard Marles", "he", "Marles"]),
        entity("HMAS Toowoomba", "ORG", "AUS", ["HMAS Toowoomba", "the frigate's"]),
        entity("Japan", "GPE", "JPN", ["Japan's"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "he", "Albanese"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
        entity("APEC", "ORG", "IGO", ["the APEC summit"]),
        entity("San Francisco", "LOC", "USA", ["San Francisco"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
