"""Round 456: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm456-de-01: Argentina: stones and bottles thrown at Javier Milei's campaign motorcade in Lomas de Zamora; Adorni blames Kirchnerist thugs and the opposition, Milei attacks the stone-throwers, Bullrich files a complaint and warns, no arrests, Kicillof condemns the violence but blames Milei, Fuerza Patria denies links, Spagnuolo's audios against Karina Milei recalled (2025-08-28).
- hm456-de-02: Suriname: protesters against austerity storm the National Assembly in Paramaribo; police tear gas and more than 80 arrests, Santokhi condemns and warns, night curfew, Santokhi accuses the NDP which denies, protesters demand his resignation, organiser Curtis Bryan arrested, IMF programme, the Dutch call for restraint (2023-02-18).
- hm456-de-03: Peru: Congress removes Inés Tello and Aldo Vásquez from the National Board of Justice and bars them for ten years; accusations over Tello's age and tenure, Tello and Vásquez object, the JNJ's suspension of Benavides recalled, Vásquez's court request, UN rapporteur Satterthwaite objects and urges a review, Soto refuses, protest outside Congress held back by police (2024-03-08).
- hm456-de-04: Colombia: the Inspector General's Office suspends Foreign Minister Álvaro Leyva for three months over the passport tender; Margarita Cabello's accusation, Leyva's cancellation of the Thomas Greg & Sons tender, Petro attacks the decision and Cabello, Leyva denies and his lawyers appeal, Centro Democrático backs the suspension, Valencia demands his dismissal, Velasco promises compliance, ELN talks in Havana (2024-01-25).
- hm456-en-01: Argentina: Milei orders Argentina's withdrawal from the World Health Organization; Adorni cites "deep differences" and accuses the WHO over the lockdown, the WHO regrets and urges a rethink, Gollan attacks Milei, the Argentine Medical Association urges Congress to block it, Trump's US withdrawal, Milei's meeting with Trump and the COP29 walkout recalled (2025-02-05).
- hm456-en-02: El Salvador: Congress overturns the 2017 metal mining ban at Bukele's request; New Ideas backs him, protest outside the Legislative Assembly held back by riot police, Archbishop Escobar Alas and Claudia Ortiz object, the church's petition, Bukele accuses foreign-funded groups, the 2016 ICSID ruling against OceanaGold and the IMF loan agreement recalled (2024-12-24).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm456-de-01 (Argentina, stones at Milei's motorcade)
MILEI = actor("Javier Milei", "ARG", "GOV")
ATTACKERS = actor("attackers of Javier Milei's motorcade", "ARG", "CVL")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
KIRCHNERISTS = actor("Kirchnerist activists", "ARG", "OPP")
ARG_OPPOSITION = actor("Argentine opposition", "ARG", "OPP")
BULLRICH = actor("Patricia Bullrich", "ARG", "GOV")
ARG_POLICE = actor("Argentine police", "ARG", "COP")
KICILLOF = actor("Axel Kicillof", "ARG", "GOV")
SPAGNUOLO = actor("Diego Spagnuolo", "ARG", "CVL")
KARINA = actor("Karina Milei", "ARG", "GOV")

P1 = ("Buenos Aires (dpa) - Bei einem Wahlkampfauftritt in der Provinz Buenos Aires ist die Wagenkolonne des "
      "argentinischen Präsidenten Javier Milei mit Steinen und Flaschen beworfen worden.")
P2 = ("Der Staatschef, seine Schwester Karina Milei und der Abgeordnete José Luis Espert blieben unverletzt, wie das "
      "Präsidialamt mitteilte.")
P3 = ("Unbekannte hatten am Mittwochnachmittag in Lomas de Zamora im Süden des Großraums Buenos Aires Gegenstände auf "
      "den offenen Pick-up geworfen, auf dem Milei durch eine Menge von Anhängern fuhr.")
P4 = ("Leibwächter brachten den Präsidenten nach wenigen Minuten in ein anderes Fahrzeug, das den Ort mit hoher "
      "Geschwindigkeit verließ.")
P5 = "Präsidentensprecher Manuel Adorni machte „kirchneristische Schlägertrupps“ für den Angriff verantwortlich."
P6 = ("Die Opposition wolle die Wahl am 7. September mit Gewalt beeinflussen, sagte er am Donnerstag vor Journalisten "
      "in der Casa Rosada.")
P7 = "Milei selbst schrieb auf der Plattform X, er lasse sich von „Steinewerfern“ nicht einschüchtern."
P8 = ("Sicherheitsministerin Patricia Bullrich erstattete Strafanzeige und kündigte an, die Täter würden „mit der "
      "ganzen Härte des Gesetzes“ verfolgt.")
P9 = "Festnahmen gab es bis zum Donnerstagmorgen nicht."
P10 = "Der Gouverneur der Provinz Buenos Aires, Axel Kicillof, verurteilte die Gewalt."
P11 = ("Zugleich warf er dem Präsidenten vor, mit Auftritten in Hochburgen der Opposition bewusst die Konfrontation "
       "zu suchen.")
P12 = "Die peronistische Parteienallianz Fuerza Patria wies jede Verbindung zu den Angreifern zurück."
P13 = ("Der Vorfall überschattet die letzten Tage vor der Provinzwahl, die als wichtiger Test für die Kongresswahl im "
       "Oktober gilt.")
P14 = ("Die Regierung steht zudem wegen mutmaßlicher Schmiergeldzahlungen in der staatlichen Behörde für Menschen mit "
       "Behinderung unter Druck.")
P15 = ("In durchgesickerten Tonaufnahmen hatte der inzwischen entlassene Behördenchef Diego Spagnuolo der "
       "Präsidentenschwester vorgeworfen, an den Zahlungen beteiligt zu sein.")
P16 = "Milei nannte die Vorwürfe eine Lüge."

DE01 = {
    "id": "hm456-de-01", "lang": "de", "url": None, "published": "2025-08-28",
    "title": "Steine auf Mileis Wagenkolonne bei Wahlkampfauftritt",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8, P9], [P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("ASSAULT", ATTACKERS, MILEI, P1, mode="primitive", location_country="ARG"),
        event("ASSAULT", ATTACKERS, MILEI, P3, mode="primitive", date="2025-08-27", location="Lomas de Zamora",
              location_country="ARG"),
        event("ACCUSE", ADORNI, KIRCHNERISTS, P5, mode="allege"),
        event("ACCUSE", ADORNI, ARG_OPPOSITION, P6, mode="allege", date="2025-08-28", location="Casa Rosada",
              location_country="ARG"),
        event("ACCUSE", MILEI, ATTACKERS, P7, mode="disapprove"),
        event("ACCUSE", BULLRICH, ATTACKERS, P8, mode="allege"),
        event("THREATEN", BULLRICH, ATTACKERS, P8),
        event("COERCE", ARG_POLICE, ATTACKERS, P9, mode="arrest", negated=True),
        event("ACCUSE", KICILLOF, ATTACKERS, P10, mode="disapprove"),
        event("ACCUSE", KICILLOF, MILEI, P11, mode="disapprove"),
        event("ACCUSE", SPAGNUOLO, KARINA, P15, mode="allege"),
    ],
    "quotes": [
        quote("Der Staatschef, seine Schwester Karina Milei und der Abgeordnete José Luis Espert blieben unverletzt",
              "Office of the President of Argentina", "indirect"),
        quote("kirchneristische Schlägertrupps", "Manuel Adorni", "direct"),
        quote("Die Opposition wolle die Wahl am 7. September mit Gewalt beeinflussen", "Manuel Adorni", "indirect"),
        quote("Steinewerfern", "Javier Milei", "direct"),
        quote("er lasse sich von „Steinewerfern“ nicht einschüchtern", "Javier Milei", "indirect"),
        quote("mit der ganzen Härte des Gesetzes", "Patricia Bullrich", "direct"),
        quote("die Täter würden „mit der ganzen Härte des Gesetzes“ verfolgt", "Patricia Bullrich", "indirect"),
        quote("mit Auftritten in Hochburgen der Opposition bewusst die Konfrontation zu suchen", "Axel Kicillof",
              "indirect"),
        quote("an den Zahlungen beteiligt zu sein", "Diego Spagnuolo", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["der Provinz Buenos Aires"]),
        entity("Javier Milei", "PER", "ARG", ["des argentinischen Präsidenten Javier Milei", "Der Staatschef", "Milei",
                                              "den Präsidenten", "dem Präsidenten"]),
        entity("Karina Milei", "PER", "ARG", ["seine Schwester Karina Milei", "der Präsidentenschwester"]),
        entity("José Luis Espert", "PER", "ARG", ["der Abgeordnete José Luis Espert"]),
        entity("Office of the President of Argentina", "ORG", "ARG", ["das Präsidialamt"]),
        entity("attackers of Javier Milei's motorcade", "PER", "ARG", ["Unbekannte", "Steinewerfern", "die Täter",
                                                                      "den Angreifern"]),
        entity("Lomas de Zamora", "LOC", "ARG", ["Lomas de Zamora"]),
        entity("Greater Buenos Aires", "LOC", "ARG", ["des Großraums Buenos Aires"]),
        entity("supporters of Javier Milei", "PER", "ARG", ["eine Menge von Anhängern"]),
        entity("bodyguards of Javier Milei", "PER", "ARG", ["Leibwächter"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni", "er"]),
        entity("Kirchnerist activists", "ORG", "ARG", ["kirchneristische Schlägertrupps"]),
        entity("Argentine opposition", "ORG", "ARG", ["Die Opposition", "der Opposition"]),
        entity("Casa Rosada", "LOC", "ARG", ["der Casa Rosada"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Patricia Bullrich", "PER", "ARG", ["Sicherheitsministerin Patricia Bullrich"]),
        entity("Axel Kicillof", "PER", "ARG", ["Der Gouverneur der Provinz Buenos Aires, Axel Kicillof", "er"]),
        entity("Fuerza Patria", "ORG", "ARG", ["Die peronistische Parteienallianz Fuerza Patria"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die Regierung"]),
        entity("National Disability Agency of Argentina", "ORG", "ARG",
               ["der staatlichen Behörde für Menschen mit Behinderung"]),
        entity("Diego Spagnuolo", "PER", "ARG", ["der inzwischen entlassene Behördenchef Diego Spagnuolo"]),
    ],
}

# ---------------------------------------------------------------- hm456-de-02 (Suriname, parliament stormed)
SUR_PROTESTERS = actor("protesters in Paramaribo", "SUR", "CVL")
SUR_ASSEMBLY = actor("National Assembly of Suriname", "SUR", "LEG")
SUR_POLICE = actor("Suriname Police Force", "SUR", "COP")
SANTOKHI = actor("Chan Santokhi", "SUR", "GOV")
SUR_GOV = actor("Government of Suriname", "SUR", "GOV")
NDP = actor("National Democratic Party (Suriname)", "SUR", "OPP")
BRYAN = actor("Curtis Bryan", "SUR", "CVL")
IMF = actor("International Monetary Fund", "IGO", "IGO")
NLD_MFA = actor("Ministry of Foreign Affairs of the Netherlands", "NLD", "GOV")

S1 = ("Paramaribo (dpa) - Bei Protesten gegen die Sparpolitik der Regierung haben Demonstranten in Suriname das "
      "Parlamentsgebäude in der Hauptstadt Paramaribo gestürmt.")
S2 = ("Hunderte Menschen durchbrachen am Freitag die Absperrungen vor der Nationalversammlung, warfen Steine und "
      "schlugen Fenster ein.")
S3 = "Die Polizei setzte Tränengas und Gummigeschosse ein, um die Menge auseinanderzutreiben."
S4 = "Mehrere Menschen wurden nach Angaben der Behörden verletzt, darunter drei Polizisten."
S5 = "Nach Angaben von Justiz- und Polizeiminister Kenneth Amoksi wurden mehr als 80 Menschen festgenommen."
S6 = ("Präsident Chan Santokhi verurteilte die Ausschreitungen am Abend in einer Fernsehansprache als „Angriff auf die "
      "Demokratie“.")
S7 = "Die Verantwortlichen würden zur Rechenschaft gezogen, sagte er."
S8 = "Die Regierung verhängte zudem eine nächtliche Ausgangssperre über die Innenstadt von Paramaribo."
S9 = ("Santokhi warf der oppositionellen Nationaldemokratischen Partei (NDP) vor, die Unruhen angestachelt zu "
      "haben.")
S10 = "Die Partei des früheren Militärmachthabers Desi Bouterse wies dies zurück."
S11 = ("Zu der Kundgebung hatte der Unternehmer Curtis Bryan mit seiner Bewegung „Wij zijn moe“ (Wir sind es leid) "
       "aufgerufen.")
S12 = ("Die Demonstranten forderten den Rücktritt Santokhis und ein Ende der Kürzungen bei den Subventionen für Strom "
       "und Treibstoff.")
S13 = "Bryan wurde nach Angaben seines Anwalts am Samstagmorgen in seinem Haus festgenommen."
S14 = "Suriname steckt seit Jahren in einer schweren Wirtschaftskrise, die Inflation lag zuletzt bei mehr als 50 Prozent."
S15 = "Der Internationale Währungsfonds gewährt dem Land seit 2021 Kredite über insgesamt 690 Millionen US-Dollar."
S16 = "Im Gegenzug muss die Regierung Subventionen abbauen und Steuern erhöhen."
S17 = "Das niederländische Außenministerium rief alle Seiten zur Zurückhaltung auf."

DE02 = {
    "id": "hm456-de-02", "lang": "de", "url": None, "published": "2023-02-18",
    "title": "Demonstranten stürmen Parlament in Suriname",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9, S10], [S11, S12, S13], [S14, S15, S16, S17]),
    "events": [
        event("PROTEST", SUR_PROTESTERS, SUR_ASSEMBLY, S1, mode="riot", location="Paramaribo",
              location_country="SUR"),
        event("PROTEST", SUR_PROTESTERS, SUR_ASSEMBLY, S2, mode="riot", date="2023-02-17", location="Paramaribo",
              location_country="SUR"),
        event("ASSAULT", SUR_POLICE, SUR_PROTESTERS, S3, mode="crowd-control", date="2023-02-17",
              location="Paramaribo", location_country="SUR"),
        event("COERCE", SUR_POLICE, SUR_PROTESTERS, S5, mode="arrest"),
        event("ACCUSE", SANTOKHI, SUR_PROTESTERS, S6, mode="disapprove", date="2023-02-17"),
        event("THREATEN", SANTOKHI, SUR_PROTESTERS, S7),
        event("COERCE", SUR_GOV, None, S8, mode="curfew", location="Paramaribo", location_country="SUR"),
        event("ACCUSE", SANTOKHI, NDP, S9, mode="allege"),
        event("REQUEST", SUR_PROTESTERS, SANTOKHI, S12, mode="change"),
        event("COERCE", SUR_POLICE, BRYAN, S13, mode="arrest", date="2023-02-18"),
        event("AID", IMF, SUR_GOV, S15),
        event("REQUEST", NLD_MFA, None, S17),
    ],
    "quotes": [
        quote("Mehrere Menschen wurden nach Angaben der Behörden verletzt, darunter drei Polizisten",
              "authorities of Suriname", "indirect"),
        quote("Nach Angaben von Justiz- und Polizeiminister Kenneth Amoksi wurden mehr als 80 Menschen festgenommen",
              "Kenneth Amoksi", "indirect"),
        quote("Angriff auf die Demokratie", "Chan Santokhi", "direct"),
        quote("Die Verantwortlichen würden zur Rechenschaft gezogen", "Chan Santokhi", "indirect"),
        quote("die Unruhen angestachelt zu haben", "Chan Santokhi", "indirect"),
        quote("Bryan wurde nach Angaben seines Anwalts am Samstagmorgen in seinem Haus festgenommen",
              "lawyer of Curtis Bryan", "indirect"),
    ],
    "entities": [
        entity("Paramaribo", "LOC", "SUR", ["Paramaribo", "der Hauptstadt Paramaribo",
                                            "die Innenstadt von Paramaribo"]),
        entity("Suriname", "LOC", "SUR", ["Suriname", "dem Land"]),
        entity("Government of Suriname", "ORG", "SUR", ["der Regierung", "Die Regierung", "die Regierung"]),
        entity("protesters in Paramaribo", "PER", "SUR", ["Demonstranten", "Hunderte Menschen", "die Menge",
                                                          "Die Verantwortlichen", "Die Demonstranten"]),
        entity("Parliament building of Suriname", "LOC", "SUR", ["das Parlamentsgebäude"]),
        entity("National Assembly of Suriname", "ORG", "SUR", ["der Nationalversammlung"]),
        entity("Suriname Police Force", "ORG", "SUR", ["Die Polizei"]),
        entity("authorities of Suriname", "ORG", "SUR", ["der Behörden"]),
        entity("Surinamese police officers", "PER", "SUR", ["drei Polizisten"]),
        entity("Kenneth Amoksi", "PER", "SUR", ["Justiz- und Polizeiminister Kenneth Amoksi"]),
        entity("Chan Santokhi", "PER", "SUR", ["Präsident Chan Santokhi", "er", "Santokhi", "Santokhis"]),
        entity("National Democratic Party (Suriname)", "ORG", "SUR",
               ["der oppositionellen Nationaldemokratischen Partei (NDP)",
                "Die Partei des früheren Militärmachthabers Desi Bouterse"]),
        entity("Desi Bouterse", "PER", "SUR", ["des früheren Militärmachthabers Desi Bouterse"]),
        entity("Curtis Bryan", "PER", "SUR", ["der Unternehmer Curtis Bryan", "Bryan"]),
        entity("Wij zijn moe", "ORG", "SUR", ["seiner Bewegung „Wij zijn moe“ (Wir sind es leid)"]),
        entity("lawyer of Curtis Bryan", "PER", "SUR", ["seines Anwalts"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds"]),
        entity("Ministry of Foreign Affairs of the Netherlands", "ORG", "NLD",
               ["Das niederländische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm456-de-03 (Peru, JNJ members removed)
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
TELLO = actor("Inés Tello", "PER", "JUD")
VASQUEZ = actor("Aldo Vásquez", "PER", "JUD")
JNJ = actor("National Board of Justice of Peru", "PER", "JUD")
BENAVIDES = actor("Patricia Benavides", "PER", "JUD")
PER_JUDGE = actor("constitutional judge in Lima", "PER", "JUD")
SATTERTHWAITE = actor("Margaret Satterthwaite", "UNO", "IGO")
SOTO = actor("Alejandro Soto", "PER", "LEG")
LIMA_PROTESTERS = actor("protesters in Lima", "PER", "CVL")
PER_POLICE = actor("National Police of Peru", "PER", "COP")

Q1 = ("Lima (dpa) - Perus Kongress hat die Juristin Inés Tello und den Juristen Aldo Vásquez aus dem Nationalen "
      "Justizrat (JNJ) entfernt, der Richter und Staatsanwälte ernennt und kontrolliert.")
Q2 = ("Die Abgeordneten stimmten am Donnerstag mit 67 Stimmen für die Amtsenthebung und sperrten beide zudem für zehn "
      "Jahre für öffentliche Ämter.")
Q3 = ("Die Mehrheit warf Tello vor, mit 78 Jahren die Altersgrenze von 75 Jahren für das Amt überschritten zu "
      "haben.")
Q4 = ("Beiden wurde außerdem „schweres Fehlverhalten“ vorgeworfen, weil der Rat Tellos Amtszeit eigenmächtig "
      "verlängert habe.")
Q5 = "Tello sprach von einem „Angriff auf die Unabhängigkeit der Justiz“."
Q6 = ("Die Abstimmung sei ein Racheakt, weil der Justizrat im Dezember die damalige Generalstaatsanwältin Patricia "
      "Benavides suspendiert habe, sagte Vásquez.")
Q7 = ("Der Rat hatte Benavides wegen mutmaßlicher Behinderung von Korruptionsermittlungen vorläufig ihres Amtes "
      "enthoben.")
Q8 = ("Vásquez beantragte noch am Abend bei einem Verfassungsrichter in Lima, die Entscheidung des Kongresses "
      "auszusetzen.")
Q9 = ("Die UN-Sonderberichterstatterin für die Unabhängigkeit von Richtern und Anwälten, Margaret Satterthwaite, "
      "zeigte sich „zutiefst besorgt“.")
Q10 = "Sie forderte das Parlament auf, die Entscheidung zu überdenken."
Q11 = ("Kongresspräsident Alejandro Soto lehnte eine Überprüfung ab und nannte die Abstimmung „verfassungsgemäß und "
       "souverän“.")
Q12 = "Präsidentin Dina Boluarte äußerte sich zunächst nicht."
Q13 = "Vor dem Kongressgebäude protestierten am Abend mehrere Dutzend Menschen gegen die Entscheidung."
Q14 = "Polizisten drängten sie mit Absperrgittern zurück."
Q15 = "Der Kongress wird von rechten Parteien dominiert."
Q16 = ("Der Justizrat ist auch für die Ernennung der Leiter der Wahlbehörden zuständig, die 2026 die nächste "
       "Präsidentenwahl organisieren.")
Q17 = "Peru hat seit 2016 sechs Präsidenten erlebt."

DE03 = {
    "id": "hm456-de-03", "lang": "de", "url": None, "published": "2024-03-08",
    "title": "Perus Kongress entfernt zwei Mitglieder des Justizrats",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13, Q14], [Q15, Q16, Q17]),
    "events": [
        event("COERCE", PER_CONGRESS, TELLO, Q1, mode="restrict", location="Lima", location_country="PER"),
        event("COERCE", PER_CONGRESS, VASQUEZ, Q1, mode="restrict", location="Lima", location_country="PER"),
        event("COERCE", PER_CONGRESS, TELLO, Q2, mode="restrict", date="2024-03-07"),
        event("COERCE", PER_CONGRESS, VASQUEZ, Q2, mode="restrict", date="2024-03-07"),
        event("ACCUSE", PER_CONGRESS, TELLO, Q3, mode="allege"),
        event("ACCUSE", PER_CONGRESS, TELLO, Q4, mode="allege"),
        event("ACCUSE", PER_CONGRESS, VASQUEZ, Q4, mode="allege"),
        event("ACCUSE", TELLO, PER_CONGRESS, Q5, mode="disapprove"),
        event("ACCUSE", VASQUEZ, PER_CONGRESS, Q6, mode="allege"),
        event("COERCE", JNJ, BENAVIDES, Q7, mode="restrict"),
        event("REQUEST", VASQUEZ, PER_JUDGE, Q8, date="2024-03-07", location="Lima", location_country="PER"),
        event("ACCUSE", SATTERTHWAITE, PER_CONGRESS, Q9, mode="disapprove"),
        event("REQUEST", SATTERTHWAITE, PER_CONGRESS, Q10, mode="change"),
        event("REJECT", SOTO, SATTERTHWAITE, Q11, mode="change"),
        event("PROTEST", LIMA_PROTESTERS, PER_CONGRESS, Q13, mode="demo", date="2024-03-07", location="Lima",
              location_country="PER"),
        event("COERCE", PER_POLICE, LIMA_PROTESTERS, Q14, mode="restrict", location="Lima",
              location_country="PER"),
    ],
    "quotes": [
        quote("mit 78 Jahren die Altersgrenze von 75 Jahren für das Amt überschritten zu haben", "Congress of Peru",
              "indirect"),
        quote("schweres Fehlverhalten", "Congress of Peru", "direct"),
        quote("weil der Rat Tellos Amtszeit eigenmächtig verlängert habe", "Congress of Peru", "indirect"),
        quote("Angriff auf die Unabhängigkeit der Justiz", "Inés Tello", "direct"),
        quote("Die Abstimmung sei ein Racheakt, weil der Justizrat im Dezember die damalige Generalstaatsanwältin "
              "Patricia Benavides suspendiert habe", "Aldo Vásquez", "indirect"),
        quote("zutiefst besorgt", "Margaret Satterthwaite", "direct"),
        quote("verfassungsgemäß und souverän", "Alejandro Soto", "direct"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Peru", "LOC", "PER", ["Perus", "Peru"]),
        entity("Congress of Peru", "ORG", "PER", ["Perus Kongress", "Die Abgeordneten", "Die Mehrheit",
                                                  "des Kongresses", "das Parlament", "Der Kongress"]),
        entity("Inés Tello", "PER", "PER", ["die Juristin Inés Tello", "Tello", "Tellos"]),
        entity("Aldo Vásquez", "PER", "PER", ["den Juristen Aldo Vásquez", "Vásquez"]),
        entity("National Board of Justice of Peru", "ORG", "PER",
               ["dem Nationalen Justizrat (JNJ)", "der Rat", "der Justizrat", "Der Rat", "Der Justizrat"]),
        entity("Patricia Benavides", "PER", "PER", ["die damalige Generalstaatsanwältin Patricia Benavides",
                                                    "Benavides"]),
        entity("constitutional judge in Lima", "PER", "PER", ["einem Verfassungsrichter in Lima"]),
        entity("Margaret Satterthwaite", "PER", "UNO",
               ["Die UN-Sonderberichterstatterin für die Unabhängigkeit von Richtern und Anwälten, Margaret "
                "Satterthwaite", "Sie"]),
        entity("Alejandro Soto", "PER", "PER", ["Kongresspräsident Alejandro Soto"]),
        entity("Dina Boluarte", "PER", "PER", ["Präsidentin Dina Boluarte"]),
        entity("Congress building of Peru", "LOC", "PER", ["dem Kongressgebäude"]),
        entity("protesters in Lima", "PER", "PER", ["mehrere Dutzend Menschen", "sie"]),
        entity("National Police of Peru", "ORG", "PER", ["Polizisten"]),
        entity("electoral authorities of Peru", "ORG", "PER", ["der Wahlbehörden"]),
    ],
}

# ---------------------------------------------------------------- hm456-de-04 (Colombia, Leyva suspended)
PROCURADURIA = actor("Inspector General's Office of Colombia", "COL", "JUD")
LEYVA = actor("Álvaro Leyva", "COL", "GOV")
M_CABELLO = actor("Margarita Cabello", "COL", "JUD")
THOMAS_GREG = actor("Thomas Greg & Sons", "COL", "BUS")
PETRO = actor("Gustavo Petro", "COL", "GOV")
LEYVA_LAWYERS = actor("lawyers of Álvaro Leyva", "COL", "CVL")
COUNCIL_OF_STATE = actor("Council of State of Colombia", "COL", "JUD")
CENTRO_DEMOCRATICO = actor("Democratic Center (Colombia)", "COL", "OPP")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
VELASCO = actor("Luis Fernando Velasco", "COL", "GOV")
COL_GOV = actor("Government of Colombia", "COL", "GOV")
ELN = actor("National Liberation Army (ELN)", "COL", "REB")

C1 = ("Bogotá (dpa) - Kolumbiens Generalinspektion hat Außenminister Álvaro Leyva wegen Unregelmäßigkeiten bei einer "
      "Ausschreibung für Reisepässe vorläufig für drei Monate suspendiert.")
C2 = ("Generalinspekteurin Margarita Cabello wirft dem 81-Jährigen vor, die Vergabe an das Unternehmen Thomas Greg & "
      "Sons ohne rechtliche Grundlage gestoppt zu haben.")
C3 = "Dem Staat drohe dadurch ein Schaden in Millionenhöhe, hieß es in der am Mittwoch veröffentlichten Entscheidung."
C4 = ("Leyva hatte die Ausschreibung im vergangenen Jahr abgebrochen und damit einen langjährigen Vertrag mit dem "
      "Unternehmen beendet.")
C5 = "Präsident Gustavo Petro kritisierte die Entscheidung scharf."
C6 = ("Die Generalinspektion habe nicht die Befugnis, Minister seiner Regierung abzusetzen, schrieb er auf der "
      "Plattform X.")
C7 = "Er warf Cabello vor, einen „Staatsstreich in Zeitlupe“ gegen seine Regierung zu betreiben."
C8 = ("Dennoch beauftragte Petro den Botschafter in Washington, Luis Gilberto Murillo, mit der kommissarischen "
      "Leitung des Außenministeriums.")
C8B = "Murillo war unter Ex-Präsident Juan Manuel Santos Umweltminister."
C9 = "Leyva bestritt jedes Fehlverhalten."
C10 = "Seine Anwälte beantragten beim Staatsrat, die Suspendierung aufzuheben."
C11 = "Die oppositionelle Partei Centro Democrático begrüßte die Entscheidung der Generalinspektion."
C12 = "Senatorin Paloma Valencia forderte Petro auf, Leyva endgültig zu entlassen."
C13 = ("Die Regierung werde die Entscheidung respektieren, solange kein Gericht anders entscheide, sagte Innenminister "
       "Luis Fernando Velasco am Donnerstag.")
C14 = "Leyva, ein Veteran früherer Friedensverhandlungen mit der Farc-Guerilla, gilt als enger Vertrauter Petros."
C15 = ("Die Regierung verhandelt derzeit in Havanna mit der ELN-Guerilla über eine Verlängerung der Waffenruhe, die "
       "Ende Januar ausläuft.")
C16 = "Kolumbien lässt seine Pässe seit 2007 von Thomas Greg & Sons herstellen."

DE04 = {
    "id": "hm456-de-04", "lang": "de", "url": None, "published": "2024-01-25",
    "title": "Kolumbiens Außenminister Leyva suspendiert",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8, C8B], [C9, C10, C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", PROCURADURIA, LEYVA, C1, mode="restrict"),
        event("ACCUSE", M_CABELLO, LEYVA, C2, mode="allege"),
        event("SANCTION", LEYVA, THOMAS_GREG, C4, mode="discontinue"),
        event("ACCUSE", PETRO, PROCURADURIA, C5, mode="disapprove"),
        event("ACCUSE", PETRO, PROCURADURIA, C6, mode="disapprove"),
        event("ACCUSE", PETRO, M_CABELLO, C7, mode="allege"),
        event("REQUEST", LEYVA_LAWYERS, COUNCIL_OF_STATE, C10, mode="yield"),
        event("SUPPORT", CENTRO_DEMOCRATICO, PROCURADURIA, C11),
        event("REQUEST", VALENCIA, PETRO, C12, mode="change"),
        event("CONCEDE", VELASCO, PROCURADURIA, C13, date="2024-01-25"),
        event("CONSULT", COL_GOV, ELN, C15, location="Havana", location_country="CUB"),
    ],
    "quotes": [
        quote("die Vergabe an das Unternehmen Thomas Greg & Sons ohne rechtliche Grundlage gestoppt zu haben",
              "Margarita Cabello", "indirect"),
        quote("Dem Staat drohe dadurch ein Schaden in Millionenhöhe", "Inspector General's Office of Colombia",
              "indirect"),
        quote("Die Generalinspektion habe nicht die Befugnis, Minister seiner Regierung abzusetzen", "Gustavo Petro",
              "indirect"),
        quote("Staatsstreich in Zeitlupe", "Gustavo Petro", "direct"),
        quote("einen „Staatsstreich in Zeitlupe“ gegen seine Regierung zu betreiben", "Gustavo Petro", "indirect"),
        quote("Die Regierung werde die Entscheidung respektieren, solange kein Gericht anders entscheide",
              "Luis Fernando Velasco", "indirect"),
    ],
    "entities": [
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombia", "LOC", "COL", ["Kolumbiens", "Kolumbien"]),
        entity("Inspector General's Office of Colombia", "ORG", "COL",
               ["Kolumbiens Generalinspektion", "Die Generalinspektion", "der Generalinspektion"]),
        entity("Álvaro Leyva", "PER", "COL", ["Außenminister Álvaro Leyva", "dem 81-Jährigen", "Leyva", "Seine"]),
        entity("Margarita Cabello", "PER", "COL", ["Generalinspekteurin Margarita Cabello", "Cabello"]),
        entity("Thomas Greg & Sons", "ORG", "COL", ["das Unternehmen Thomas Greg & Sons", "dem Unternehmen",
                                                    "Thomas Greg & Sons"]),
        entity("Government of Colombia", "ORG", "COL", ["Dem Staat", "seiner Regierung", "seine Regierung",
                                                        "Die Regierung"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "er", "Er", "Petro", "Petros"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Luis Gilberto Murillo", "PER", "COL", ["den Botschafter in Washington, Luis Gilberto Murillo",
                                                          "Murillo"]),
        entity("Juan Manuel Santos", "PER", "COL", ["Ex-Präsident Juan Manuel Santos"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["des Außenministeriums"]),
        entity("lawyers of Álvaro Leyva", "PER", "COL", ["Seine Anwälte"]),
        entity("Council of State of Colombia", "ORG", "COL", ["beim Staatsrat"]),
        entity("Democratic Center (Colombia)", "ORG", "COL", ["Die oppositionelle Partei Centro Democrático"]),
        entity("Paloma Valencia", "PER", "COL", ["Senatorin Paloma Valencia"]),
        entity("Luis Fernando Velasco", "PER", "COL", ["Innenminister Luis Fernando Velasco"]),
        entity("FARC", "ORG", "COL", ["der Farc-Guerilla"]),
        entity("Havana", "LOC", "CUB", ["Havanna"]),
        entity("National Liberation Army (ELN)", "ORG", "COL", ["der ELN-Guerilla"]),
    ],
}

# ---------------------------------------------------------------- hm456-en-01 (Argentina, WHO withdrawal)
MILEI_E = actor("Javier Milei", "ARG", "GOV")
WHO = actor("World Health Organization", "UNO", "IGO")
ADORNI_E = actor("Manuel Adorni", "ARG", "GOV")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
GOLLAN = actor("Daniel Gollan", "ARG", "LEG")
AMA = actor("Argentine Medical Association", "ARG", "NGO")
ARG_CONGRESS = actor("National Congress of Argentina", "ARG", "LEG")
TRUMP = actor("Donald Trump", "USA", "GOV")
UNFCCC = actor("United Nations Framework Convention on Climate Change", "UNO", "IGO")

W1 = ("BUENOS AIRES, Argentina (AP) — Argentine President Javier Milei has ordered the country's withdrawal from the "
      "World Health Organization, his spokesman said Wednesday, following the lead of U.S. President Donald Trump.")
W2 = ("Presidential spokesman Manuel Adorni told reporters at the Casa Rosada that the decision was based on \"deep "
      "differences\" with the agency over health policy, particularly during the COVID-19 pandemic.")
W3 = ("\"We Argentines will not allow an international organization to interfere in our sovereignty, much less in our "
      "health,\" Adorni said.")
W4 = ("He accused the WHO of having backed \"the longest lockdown in the history of humanity\" under the government "
      "of former President Alberto Fernández.")
W5 = "The withdrawal would give the country greater flexibility to set its own policies, Adorni added."
W6 = "The WHO said in a statement that it regretted the decision and hoped Argentina would reconsider."
W7 = ("Health Minister Mario Lugones said the government was still reviewing whether to remain in the Pan American "
      "Health Organization, the WHO's regional office for the Americas.")
W8 = ("Daniel Gollan, a Peronist lawmaker and former health minister of Buenos Aires province, called the move \"an act "
      "of ideological submission\" to Washington.")
W9 = ("The Argentine Medical Association urged Congress to block the withdrawal, saying it would cut the country off "
      "from joint vaccine purchases and disease surveillance networks.")
W10 = ("Trump signed an executive order on his first day in office last month to begin pulling the United States out "
       "of the WHO.")
W11 = "The United States had been the agency's largest donor."
W12 = ("Milei, a self-described anarcho-capitalist and close Trump ally, was the first foreign leader to meet him after "
       "his election victory in November.")
W13 = ("His government pulled Argentina's delegation out of the COP29 climate talks in Azerbaijan in November and has "
       "repeatedly clashed with U.N. agencies over gender policies.")
W14 = ("Argentina, which has been a WHO member since 1948, will need congressional approval to formally leave the "
       "organization, some legal experts say.")
W15 = "Milei took office in December 2023 promising to slash public spending."

EN01 = {
    "id": "hm456-en-01", "lang": "en", "url": None, "published": "2025-02-05",
    "title": "Argentina's Milei orders withdrawal from World Health Organization, following Trump",
    "text": paragraphs([W1, W2, W3, W4, W5], [W6, W7, W8, W9], [W10, W11, W12, W13], [W14, W15]),
    "events": [
        event("SANCTION", MILEI_E, WHO, W1, mode="withdraw"),
        event("ACCUSE", ADORNI_E, WHO, W2, mode="disapprove", date="2025-02-05", location="Casa Rosada",
              location_country="ARG"),
        event("ACCUSE", ADORNI_E, WHO, W4, mode="allege"),
        event("ACCUSE", WHO, ARG_GOV, W6, mode="disapprove"),
        event("REQUEST", WHO, ARG_GOV, W6, mode="change"),
        event("ACCUSE", GOLLAN, MILEI_E, W8, mode="disapprove"),
        event("REQUEST", AMA, ARG_CONGRESS, W9, mode="change"),
        event("SANCTION", TRUMP, WHO, W10, mode="withdraw"),
        event("CONSULT", MILEI_E, TRUMP, W12, mode="meet"),
        event("SANCTION", ARG_GOV, UNFCCC, W13, mode="withdraw", location="Azerbaijan", location_country="AZE"),
    ],
    "quotes": [
        quote("Argentine President Javier Milei has ordered the country's withdrawal from the World Health "
              "Organization", "Manuel Adorni", "indirect"),
        quote("deep differences", "Manuel Adorni", "direct"),
        quote("the decision was based on \"deep differences\" with the agency over health policy, particularly "
              "during the COVID-19 pandemic", "Manuel Adorni", "indirect"),
        quote("We Argentines will not allow an international organization to interfere in our sovereignty, much less "
              "in our health", "Manuel Adorni", "direct"),
        quote("the longest lockdown in the history of humanity", "Manuel Adorni", "direct"),
        quote("having backed \"the longest lockdown in the history of humanity\" under the government of former "
              "President Alberto Fernández", "Manuel Adorni", "indirect"),
        quote("The withdrawal would give the country greater flexibility to set its own policies", "Manuel Adorni",
              "indirect"),
        quote("it regretted the decision and hoped Argentina would reconsider", "World Health Organization",
              "indirect"),
        quote("the government was still reviewing whether to remain in the Pan American Health Organization, the "
              "WHO's regional office for the Americas", "Mario Lugones", "indirect"),
        quote("an act of ideological submission", "Daniel Gollan", "direct"),
        quote("it would cut the country off from joint vaccine purchases and disease surveillance networks",
              "Argentine Medical Association", "indirect"),
        quote("Argentina, which has been a WHO member since 1948, will need congressional approval to formally leave "
              "the organization", "legal experts", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["BUENOS AIRES"]),
        entity("Argentina", "LOC", "ARG", ["Argentina", "the country"]),
        entity("Javier Milei", "PER", "ARG", ["Argentine President Javier Milei", "his", "Milei", "His"]),
        entity("World Health Organization", "ORG", "UNO", ["the World Health Organization", "the agency", "the WHO",
                                                          "The WHO", "the organization", "it", "WHO"]),
        entity("Manuel Adorni", "PER", "ARG", ["his spokesman", "Presidential spokesman Manuel Adorni", "Adorni",
                                               "He"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "him"]),
        entity("Casa Rosada", "LOC", "ARG", ["the Casa Rosada"]),
        entity("Alberto Fernández", "PER", "ARG", ["former President Alberto Fernández"]),
        entity("Government of Argentina", "ORG", "ARG", ["Argentina", "the government", "His government"]),
        entity("Mario Lugones", "PER", "ARG", ["Health Minister Mario Lugones"]),
        entity("Pan American Health Organization", "ORG", "UNO",
               ["the Pan American Health Organization, the WHO's regional office for the Americas"]),
        entity("Daniel Gollan", "PER", "ARG",
               ["Daniel Gollan, a Peronist lawmaker and former health minister of Buenos Aires province"]),
        entity("Buenos Aires Province", "LOC", "ARG", ["Buenos Aires province"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Argentine Medical Association", "ORG", "ARG", ["The Argentine Medical Association", "it"]),
        entity("National Congress of Argentina", "ORG", "ARG", ["Congress"]),
        entity("United States", "LOC", "USA", ["the United States", "The United States"]),
        entity("COP29", "MISC", "UNO", ["the COP29 climate talks"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan"]),
        entity("United Nations agencies", "ORG", "UNO", ["U.N. agencies"]),
        entity("legal experts", "PER", "ARG", ["some legal experts"]),
    ],
}

# ---------------------------------------------------------------- hm456-en-02 (El Salvador, mining ban lifted)
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
NUEVAS_IDEAS = actor("Nuevas Ideas", "SLV", "PTY")
SLV_ASSEMBLY = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
SLV_ACTIVISTS = actor("anti-mining protesters", "SLV", "CVL")
SLV_POLICE = actor("National Civil Police of El Salvador", "SLV", "COP")
ESCOBAR = actor("José Luis Escobar Alas", "SLV", "REL")
SLV_CHURCH = actor("Catholic Church in El Salvador", "SLV", "REL")
ORTIZ = actor("Claudia Ortiz", "SLV", "OPP")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
FOREIGN_NGOS = actor("foreign-funded environmental groups", "NGO", "NGO")
ICSID = actor("International Centre for Settlement of Investment Disputes", "IGO", "JUD")
OCEANAGOLD = actor("OceanaGold", "MNC", "BUS")
IMF_E = actor("International Monetary Fund", "IGO", "IGO")

E1 = ("SAN SALVADOR, El Salvador (AP) — El Salvador's Congress voted late Monday to overturn a seven-year-old ban on "
      "metal mining, handing President Nayib Bukele a victory in his push to exploit the country's gold deposits "
      "despite fierce opposition from the Catholic Church.")
E2 = ("Lawmakers from Bukele's New Ideas party and its allies approved the new mining law by 57 votes to three, less "
      "than a week after the president sent it to the Legislative Assembly.")
E3 = "The law gives the state sole control over exploration and extraction and bans the use of mercury."
E4 = ("Bukele has said El Salvador may hold gold deposits worth as much as $3 trillion and that modern techniques "
      "allow mining without harming the environment.")
E5 = ("Dozens of environmental activists and farmers from the northern department of Cabañas protested outside the "
      "Legislative Assembly in San Salvador during the debate, holding banners reading \"No to mining, yes to "
      "life.\"")
E6 = "Riot police kept them behind metal barriers."
E7 = ("Archbishop José Luis Escobar Alas of San Salvador called the law \"a grave mistake\" that would poison the "
      "rivers supplying most of the country's drinking water.")
E8 = "The Catholic Church had collected more than 150,000 signatures demanding that the ban stay in place."
E9 = ("Claudia Ortiz, one of the few opposition lawmakers, accused the government of putting \"the profits of a "
      "few\" above the health of Salvadorans.")
E10 = "Bukele accused foreign-funded environmental groups of spreading \"misinformation\" about the law."
E11 = ("El Salvador in 2017 became the first country in the world to ban metal mining outright, after years of "
       "protests over polluted water supplies.")
E12 = ("In 2016, a World Bank tribunal ordered the Canadian-Australian company OceanaGold to pay El Salvador $8 "
       "million in costs after rejecting its $250 million claim over a denied mining permit.")
E13 = ("Bukele, who began a second five-year term in June, faces little resistance in Congress, where New Ideas "
       "holds 54 of 60 seats.")
E14 = ("His government last week reached a preliminary agreement with the International Monetary Fund on a $1.4 "
       "billion loan.")
E15 = "The deal requires El Salvador to scale back its embrace of bitcoin, which it made legal tender in 2021."

EN02 = {
    "id": "hm456-en-02", "lang": "en", "url": None, "published": "2024-12-24",
    "title": "El Salvador's Congress lifts metal mining ban despite church opposition",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9, E10], [E11, E12], [E13, E14, E15]),
    "events": [
        event("SUPPORT", NUEVAS_IDEAS, BUKELE, E2),
        event("PROTEST", SLV_ACTIVISTS, SLV_ASSEMBLY, E5, mode="demo", date="2024-12-23", location="San Salvador",
              location_country="SLV"),
        event("COERCE", SLV_POLICE, SLV_ACTIVISTS, E6, mode="restrict", date="2024-12-23",
              location="San Salvador", location_country="SLV"),
        event("ACCUSE", ESCOBAR, SLV_ASSEMBLY, E7, mode="disapprove"),
        event("REQUEST", SLV_CHURCH, SLV_ASSEMBLY, E8),
        event("ACCUSE", ORTIZ, SLV_GOV, E9, mode="disapprove"),
        event("ACCUSE", BUKELE, FOREIGN_NGOS, E10, mode="allege"),
        event("SANCTION", ICSID, OCEANAGOLD, E12, mode="convict"),
        event("REJECT", ICSID, OCEANAGOLD, E12),
        event("AGREE", SLV_GOV, IMF_E, E14),
    ],
    "quotes": [
        quote("El Salvador may hold gold deposits worth as much as $3 trillion and that modern techniques allow mining "
              "without harming the environment", "Nayib Bukele", "indirect"),
        quote("No to mining, yes to life", "anti-mining protesters", "direct"),
        quote("a grave mistake", "José Luis Escobar Alas", "direct"),
        quote("the profits of a few", "Claudia Ortiz", "direct"),
        quote("putting \"the profits of a few\" above the health of Salvadorans", "Claudia Ortiz", "indirect"),
        quote("misinformation", "Nayib Bukele", "direct"),
        quote("spreading \"misinformation\" about the law", "Nayib Bukele", "indirect"),
    ],
    "entities": [
        entity("San Salvador", "LOC", "SLV", ["SAN SALVADOR", "San Salvador"]),
        entity("El Salvador", "LOC", "SLV", ["El Salvador", "the country's"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["El Salvador's Congress",
                                                                     "the Legislative Assembly", "Congress"]),
        entity("Nayib Bukele", "PER", "SLV", ["President Nayib Bukele", "his", "Bukele's", "the president", "Bukele",
                                              "His"]),
        entity("Catholic Church in El Salvador", "ORG", "SLV", ["the Catholic Church", "The Catholic Church"]),
        entity("Nuevas Ideas", "ORG", "SLV", ["Lawmakers from Bukele's New Ideas party and its allies",
                                              "New Ideas"]),
        entity("anti-mining protesters", "PER", "SLV",
               ["Dozens of environmental activists and farmers from the northern department of Cabañas", "them"]),
        entity("Cabañas", "LOC", "SLV", ["the northern department of Cabañas"]),
        entity("National Civil Police of El Salvador", "ORG", "SLV", ["Riot police"]),
        entity("José Luis Escobar Alas", "PER", "SLV", ["Archbishop José Luis Escobar Alas of San Salvador"]),
        entity("Claudia Ortiz", "PER", "SLV", ["Claudia Ortiz, one of the few opposition lawmakers"]),
        entity("Government of El Salvador", "ORG", "SLV", ["the government", "His government", "the state"]),
        entity("foreign-funded environmental groups", "ORG", "NGO", ["foreign-funded environmental groups"]),
        entity("International Centre for Settlement of Investment Disputes", "ORG", "IGO", ["a World Bank tribunal"]),
        entity("OceanaGold", "ORG", "MNC", ["the Canadian-Australian company OceanaGold", "its"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
