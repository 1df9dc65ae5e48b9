"""Round 162: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm162-de-01: Thailand's Constitutional Court removes Prime Minister Srettha Thavisin over the appointment of Pichit Chuenban; opposition and coalition react (2024-08-14).
- hm162-de-02: Vietnam's President To Lam elected Communist Party general secretary; congratulations from Xi, Putin and Biden, Amnesty's criticism (2024-08-03).
- hm162-de-03: Indonesia becomes a full BRICS member; Jakarta, Moscow and Beijing welcome it, Trump's tariff threat in the background (2025-01-07).
- hm162-de-04: COP29 in Baku agrees the 300-billion-dollar climate finance goal; India, Nigeria and Bolivia object, walkout and protests (2024-11-24).
- hm162-en-01: Australia's parliament passes the under-16 social media ban; Meta, Musk and the Greens object, Rowland rejects a delay (2024-11-29).
- hm162-en-02: Min Aung Hlaing meets Li Qiang in Kunming on his first China trip since the coup; NUG objects, air strikes in Magway (2024-11-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm162-de-01 (Thailand)
CCT = actor("Constitutional Court of Thailand", "THA", "JUD")
SRETTHA = actor("Srettha Thavisin", "THA", "GOV")
SENATORS = actor("former Thai senators", "THA", "LEG")
PICHIT = actor("Pichit Chuenban", "THA", "GOV")
PEOPLES = actor("People's Party", "THA", "OPP")
NATTH = actor("Natthaphong Ruengpanyawut", "THA", "OPP")
NATASS = actor("National Assembly of Thailand", "THA", "LEG")
COALLEAD = actor("leaders of Thai coalition parties", "THA", "PTY")
THAKSIN = actor("Thaksin Shinawatra", "THA", "PTY")
BJT = actor("Bhumjaithai Party", "THA", "PTY")
PPRP = actor("Palang Pracharath Party", "THA", "PTY")
PHEU = actor("Pheu Thai Party", "THA", "PTY")

G1 = "Thailands Verfassungsgericht hat Ministerpräsident Srettha Thavisin des Amtes enthoben."
G2 = ("Die Richter befanden den 62-Jährigen am Mittwoch mit fünf zu vier Stimmen eines schweren Verstoßes gegen "
      "ethische Standards für schuldig.")
G3 = ("Srettha hatte im April den Anwalt Pichit Chuenban ins Kabinett berufen, der 2008 wegen Missachtung des "
      "Gerichts sechs Monate in Haft gesessen hatte.")
G4 = "Geklagt hatten 40 frühere Senatoren, die von der einstigen Militärjunta ernannt worden waren."
G5 = "Sie warfen Srettha vor, die Vorstrafe des Anwalts wissentlich ignoriert zu haben."
G6 = "Pichit war bereits im Mai zurückgetreten, um den Regierungschef zu schützen."
G7 = "Er habe „nach bestem Wissen und Gewissen“ gehandelt, sagte Srettha vor Journalisten in Bangkok."
G8 = ("Die oppositionelle Volkspartei, Nachfolgerin der vergangene Woche aufgelösten Partei Move Forward, kritisierte "
      "das Urteil als Angriff auf die Demokratie.")
G9 = "Parteichef Natthaphong Ruengpanyawut forderte das Parlament auf, die Befugnisse des Gerichts zu beschneiden."
G10 = "Am Abend kamen die Chefs der Koalitionsparteien im Haus von Ex-Regierungschef Thaksin Shinawatra zusammen."
G11 = "Die Partner Bhumjaithai und Palang Pracharath sicherten der Regierungspartei Pheu Thai ihre Unterstützung zu."
G12 = "Das Parlament soll am Freitag einen neuen Regierungschef wählen."
G13 = "Srettha ist bereits der vierte Regierungschef seit 2008, der durch ein Urteil dieses Gerichts sein Amt verliert."

DE01 = {
    "id": "hm162-de-01", "lang": "de", "url": None, "published": "2024-08-14",
    "title": "Thailands Verfassungsgericht setzt Regierungschef Srettha ab",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12, G13]),
    "events": [
        event("SANCTION", CCT, SRETTHA, G1, mode="convict", date="2024-08-14", location="Bangkok",
              location_country="THA"),
        event("SANCTION", CCT, SRETTHA, G2, mode="convict", date="2024-08-14", location="Bangkok",
              location_country="THA"),
        event("ACCUSE", SENATORS, SRETTHA, G4, mode="allege"),
        event("ACCUSE", SENATORS, SRETTHA, G5, mode="allege"),
        event("RETREAT", PICHIT, None, G6, mode="resign"),
        event("ACCUSE", PEOPLES, CCT, G8, mode="disapprove"),
        event("REQUEST", NATTH, NATASS, G9, mode="change"),
        event("CONSULT", COALLEAD, THAKSIN, G10, date="2024-08-14", location="Bangkok", location_country="THA"),
        event("SUPPORT", BJT, PHEU, G11),
        event("SUPPORT", PPRP, PHEU, G11),
    ],
    "quotes": [
        quote("die Vorstrafe des Anwalts wissentlich ignoriert zu haben", "former Thai senators", "indirect"),
        quote("nach bestem Wissen und Gewissen", "Srettha Thavisin", "direct"),
        quote("Er habe „nach bestem Wissen und Gewissen“ gehandelt", "Srettha Thavisin", "indirect"),
    ],
    "entities": [
        entity("Constitutional Court of Thailand", "ORG", "THA",
               ["Thailands Verfassungsgericht", "Die Richter", "des Gerichts", "dieses Gerichts"]),
        entity("Thailand", "GPE", "THA", ["Thailands"]),
        entity("Srettha Thavisin", "PER", "THA",
               ["Ministerpräsident Srettha Thavisin", "den 62-Jährigen", "Srettha", "den Regierungschef", "Er"]),
        entity("Pichit Chuenban", "PER", "THA", ["den Anwalt Pichit Chuenban", "des Anwalts", "Pichit"]),
        entity("former Thai senators", "ORG", "THA", ["40 frühere Senatoren", "Sie"]),
        entity("Thai military junta", "ORG", "THA", ["der einstigen Militärjunta"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("People's Party", "ORG", "THA", ["Die oppositionelle Volkspartei"]),
        entity("Move Forward Party", "ORG", "THA", ["Partei Move Forward"]),
        entity("Natthaphong Ruengpanyawut", "PER", "THA", ["Parteichef Natthaphong Ruengpanyawut"]),
        entity("National Assembly of Thailand", "ORG", "THA", ["das Parlament", "Das Parlament"]),
        entity("leaders of Thai coalition parties", "ORG", "THA", ["die Chefs der Koalitionsparteien"]),
        entity("Thaksin Shinawatra", "PER", "THA", ["Ex-Regierungschef Thaksin Shinawatra"]),
        entity("Bhumjaithai Party", "ORG", "THA", ["Bhumjaithai"]),
        entity("Palang Pracharath Party", "ORG", "THA", ["Palang Pracharath"]),
        entity("Pheu Thai Party", "ORG", "THA", ["der Regierungspartei Pheu Thai"]),
    ],
}

# ---------------------------------------------------------------- hm162-de-02 (Vietnam)
CCVN = actor("Central Committee of the Communist Party of Vietnam", "VNM", "PTY")
TOLAM = actor("To Lam", "VNM", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
VIETNAM = actor("Vietnam", "VNM", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
VNPOL = actor("Vietnamese police", "VNM", "COP")
VNOFF = actor("Vietnamese officials", "VNM", "GOV")
VNBUS = actor("Vietnamese business people", "VNM", "BUS")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
GOVVNM = actor("Government of Vietnam", "VNM", "GOV")

H1 = "Vietnams Staatspräsident To Lam ist zum neuen Generalsekretär der Kommunistischen Partei gewählt worden."
H2 = "Das Zentralkomitee stimmte am Samstag in Hanoi einstimmig für den 67-Jährigen, wie staatliche Medien berichteten."
H3 = "Lam tritt die Nachfolge des im Juli gestorbenen Nguyen Phu Trong an."
H4 = ("Der frühere Minister für öffentliche Sicherheit versprach, den Kampf gegen die Korruption »ohne Pause« "
      "fortzusetzen.")
H5 = "Chinas Staatschef Xi Jinping gratulierte Lam in einer Botschaft und lud ihn zu einem Besuch nach Peking ein."
H6 = "China sei bereit, die Zusammenarbeit mit Hanoi »auf eine neue Stufe« zu heben, schrieb Xi."
H7 = "Auch Russlands Präsident Wladimir Putin und US-Präsident Joe Biden übermittelten Glückwünsche."
H8 = "Lam hatte Putin erst im Juni in Hanoi empfangen."
H9 = "Unter Lams Führung hatte die Polizei Tausende Funktionäre und Geschäftsleute wegen Korruption festgenommen."
H10 = ("Amnesty International warf dem früheren Polizeichef vor, zugleich die Verfolgung von Bloggern und Aktivisten "
       "verschärft zu haben.")
H11 = "Die Organisation forderte die Freilassung von mehr als 150 politischen Gefangenen."
H12 = "Das Außenministerium in Hanoi wies die Kritik zurück."
H13 = "Ob Lam auch das Präsidentenamt abgibt, ist noch offen."

DE02 = {
    "id": "hm162-de-02", "lang": "de", "url": None, "published": "2024-08-03",
    "title": "To Lam wird Parteichef in Vietnam",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("SUPPORT", CCVN, TOLAM, H1, date="2024-08-03", location="Hanoi", location_country="VNM"),
        event("SUPPORT", CCVN, TOLAM, H2, date="2024-08-03", location="Hanoi", location_country="VNM"),
        event("SUPPORT", XI, TOLAM, H5),
        event("AGREE", XI, TOLAM, H5),
        event("AGREE", XI, VIETNAM, H6),
        event("SUPPORT", PUTIN, TOLAM, H7),
        event("SUPPORT", BIDEN, TOLAM, H7),
        event("CONSULT", PUTIN, TOLAM, H8, mode="visit", location="Hanoi", location_country="VNM"),
        event("COERCE", VNPOL, VNOFF, H9, mode="arrest"),
        event("COERCE", VNPOL, VNBUS, H9, mode="arrest"),
        event("ACCUSE", AMNESTY, TOLAM, H10, mode="allege"),
        event("REQUEST", AMNESTY, GOVVNM, H11, mode="yield"),
    ],
    "quotes": [
        quote("Das Zentralkomitee stimmte am Samstag in Hanoi einstimmig für den 67-Jährigen", "Vietnamese state media",
              "indirect"),
        quote("ohne Pause", "To Lam", "direct"),
        quote("den Kampf gegen die Korruption »ohne Pause« fortzusetzen", "To Lam", "indirect"),
        quote("auf eine neue Stufe", "Xi Jinping", "direct"),
        quote("China sei bereit, die Zusammenarbeit mit Hanoi »auf eine neue Stufe« zu heben", "Xi Jinping",
              "indirect"),
        quote("zugleich die Verfolgung von Bloggern und Aktivisten verschärft zu haben", "Amnesty International",
              "indirect"),
    ],
    "entities": [
        entity("To Lam", "PER", "VNM",
               ["Vietnams Staatspräsident To Lam", "den 67-Jährigen", "Lam", "Der frühere Minister für öffentliche "
                "Sicherheit", "ihn", "Lams", "dem früheren Polizeichef"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnams", "Hanoi"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["der Kommunistischen Partei"]),
        entity("Central Committee of the Communist Party of Vietnam", "ORG", "VNM", ["Das Zentralkomitee"]),
        entity("Vietnamese state media", "ORG", "VNM", ["staatliche Medien"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["des im Juli gestorbenen Nguyen Phu Trong"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staatschef Xi Jinping", "Xi"]),
        entity("China", "GPE", "CHN", ["Chinas", "China", "Peking"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russlands Präsident Wladimir Putin", "Putin"]),
        entity("Russia", "GPE", "RUS", ["Russlands"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Vietnamese police", "ORG", "VNM", ["die Polizei"]),
        entity("Vietnamese officials", "ORG", "VNM", ["Tausende Funktionäre"]),
        entity("Vietnamese business people", "ORG", "VNM", ["Geschäftsleute"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Die Organisation"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Das Außenministerium in Hanoi"]),
    ],
}

# ---------------------------------------------------------------- hm162-de-03 (Indonesia / BRICS)
BRICS = actor("BRICS", "IGO", "IGO")
INDONESIA = actor("Indonesia", "IDN", "GOV")
GOVBRA = actor("Government of Brazil", "BRA", "GOV")
KEMLU = actor("Ministry of Foreign Affairs of Indonesia", "IDN", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
CHINA = actor("China", "CHN", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
RUSMIL = actor("Russia", "RUS", "MIL")
INDMIL = actor("Indonesia", "IDN", "MIL")
TRUMP = actor("Donald Trump", "USA", "GOV")
OECD = actor("Organisation for Economic Co-operation and Development (OECD)", "IGO", "IGO")

I1 = "Die Brics-Gruppe hat Indonesien als erstes Land Südostasiens als Vollmitglied aufgenommen."
I2 = "Die brasilianische Regierung, die in diesem Jahr den Vorsitz der Gruppe innehat, begrüßte den Schritt am Montag."
I3 = ("Die Brics-Staaten hatten Jakarta bereits 2023 zum Beitritt eingeladen, die damalige Regierung hatte die "
      "Entscheidung aber aufgeschoben.")
I4 = ("Das Außenministerium in Jakarta bezeichnete die Aufnahme als »wichtigen Schritt« für die Zusammenarbeit der "
      "Länder des globalen Südens.")
I5 = "Indonesien werde sich aktiv an der Arbeit der Gruppe beteiligen, hieß es in einer Mitteilung."
I6 = "Russland und China begrüßten den Beitritt."
I7 = "Kremlsprecher Dmitri Peskow sprach von einem »Gewinn für die ganze Gruppe«."
I8 = "Im November hatten Indonesien und Russland erstmals ein gemeinsames Marinemanöver in der Javasee abgehalten."
I9 = ("Der designierte US-Präsident Donald Trump hatte den Brics-Staaten Ende November mit Zöllen von 100 Prozent "
      "gedroht, falls sie eine eigene Währung schaffen.")
I10 = "Indonesien strebe keine Abkehr vom Dollar an, versicherte Außenminister Sugiono."
I11 = "Zugleich bemüht sich Jakarta weiter um die Aufnahme in die Industrieländerorganisation OECD."
I12 = ("Präsident Prabowo Subianto verfolgt nach eigenen Worten eine Politik der »guten Nachbarschaft« mit allen "
       "Mächten.")

DE03 = {
    "id": "hm162-de-03", "lang": "de", "url": None, "published": "2025-01-07",
    "title": "Indonesien wird Vollmitglied der Brics-Gruppe",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7, I8], [I9, I10, I11, I12]),
    "events": [
        event("SUPPORT", BRICS, INDONESIA, I1),
        event("SUPPORT", GOVBRA, INDONESIA, I2, date="2025-01-06"),
        event("AGREE", BRICS, INDONESIA, I3),
        event("SUPPORT", KEMLU, BRICS, I4),
        event("AGREE", KEMLU, BRICS, I5),
        event("SUPPORT", RUSSIA, INDONESIA, I6),
        event("SUPPORT", CHINA, INDONESIA, I6),
        event("SUPPORT", PESKOV, INDONESIA, I7),
        event("COOPERATE", INDMIL, RUSMIL, I8, location="Java Sea", location_country="IDN"),
        event("THREATEN", TRUMP, BRICS, I9),
        event("REQUEST", INDONESIA, OECD, I11, mode="assist"),
    ],
    "quotes": [
        quote("wichtigen Schritt", "Ministry of Foreign Affairs of Indonesia", "direct"),
        quote("Indonesien werde sich aktiv an der Arbeit der Gruppe beteiligen",
              "Ministry of Foreign Affairs of Indonesia", "indirect"),
        quote("Gewinn für die ganze Gruppe", "Dmitry Peskov", "direct"),
        quote("Indonesien strebe keine Abkehr vom Dollar an", "Sugiono", "indirect"),
        quote("guten Nachbarschaft", "Prabowo Subianto", "direct"),
    ],
    "entities": [
        entity("BRICS", "ORG", "IGO", ["Die Brics-Gruppe", "der Gruppe", "Die Brics-Staaten", "den Brics-Staaten",
                                       "sie"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesien", "Jakarta"]),
        entity("Government of Brazil", "ORG", "BRA", ["Die brasilianische Regierung"]),
        entity("Ministry of Foreign Affairs of Indonesia", "ORG", "IDN", ["Das Außenministerium in Jakarta"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Java Sea", "LOC", "IDN", ["der Javasee"]),
        entity("Donald Trump", "PER", "USA", ["Der designierte US-Präsident Donald Trump"]),
        entity("Sugiono", "PER", "IDN", ["Außenminister Sugiono"]),
        entity("Organisation for Economic Co-operation and Development (OECD)", "ORG", "IGO",
               ["die Industrieländerorganisation OECD"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto"]),
    ],
}

# ---------------------------------------------------------------- hm162-de-04 (COP29 Baku)
COP29 = actor("UN Climate Change Conference (COP29)", "UNO", "IGO")
DEVD = actor("developed countries", None, "GOV")
DEVG = actor("developing countries", None, "GOV")
BABAYEV = actor("Mukhtar Babayev", "AZE", "GOV")
RAINA = actor("Chandni Raina", "IND", "GOV")
COPPRES = actor("COP29 Presidency", "AZE", "GOV")
NIGERIA = actor("Nigeria", "NGA", "GOV")
BOLIVIA = actor("Bolivia", "BOL", "GOV")
AOSIS = actor("Alliance of Small Island States (AOSIS)", "IGO", "IGO")
LDC = actor("Least Developed Countries group", "IGO", "IGO")
HOEKSTRA = actor("Wopke Hoekstra", "EUR", "IGO")
GERMANY = actor("Germany", "DEU", "GOV")
ADAPT = actor("Adaptation Fund", "UNO", "IGO")
CLIMACT = actor("climate activists", None, "CVL")

J1 = ("Die Weltklimakonferenz in Baku hat sich nach mehr als 30 Stunden Verlängerung auf ein neues Ziel für die "
      "Klimafinanzierung geeinigt.")
J2 = ("Die Industrieländer sollen demnach bis 2035 jährlich mindestens 300 Milliarden Dollar für Entwicklungsländer "
      "bereitstellen.")
J3 = ("Konferenzpräsident Muchtar Babajew ließ den Beschluss in der Nacht zum Sonntag ohne weitere Aussprache "
      "verabschieden.")
J4 = "Die indische Delegierte Chandni Raina nannte die Summe „erbärmlich gering“ und lehnte das Ergebnis ab."
J5 = "Das Dokument sei „kaum mehr als eine optische Täuschung“, sagte sie."
J6 = "Auch Nigeria und Bolivien kritisierten den Beschluss scharf."
J7 = ("Vertreter kleiner Inselstaaten und der ärmsten Länder hatten am Samstag aus Protest eine Verhandlungsrunde "
      "verlassen.")
J8 = "Babajew wies den Vorwurf zurück, die Präsidentschaft habe die Interessen von Ölstaaten bevorzugt."
J9 = ("EU-Klimakommissar Wopke Hoekstra lobte die aserbaidschanische Konferenzleitung und sprach vom Beginn einer "
      "„neuen Ära“.")
J10 = "Deutschland sagte zudem 60 Millionen Euro für den Anpassungsfonds zu."
J11 = "Im Konferenzzentrum protestierten Klimaaktivisten mit Transparenten gegen das Ergebnis."
J12 = "Ohne Einigung hätte die Frage bis zur nächsten Konferenz im brasilianischen Belém vertagt werden müssen."

DE04 = {
    "id": "hm162-de-04", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Weltklimakonferenz in Baku einigt sich auf neues Finanzziel",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("AGREE", COP29, None, J1, date="2024-11-24", location="Baku", location_country="AZE"),
        event("AGREE", DEVD, DEVG, J2),
        event("SUPPORT", BABAYEV, None, J3, date="2024-11-24", location="Baku", location_country="AZE"),
        event("ACCUSE", RAINA, COP29, J4, mode="disapprove"),
        event("REJECT", RAINA, COP29, J4),
        event("ACCUSE", RAINA, COP29, J5, mode="disapprove"),
        event("ACCUSE", NIGERIA, COP29, J6, mode="disapprove"),
        event("ACCUSE", BOLIVIA, COP29, J6, mode="disapprove"),
        event("PROTEST", AOSIS, COP29, J7, mode="boycott", date="2024-11-23", location="Baku",
              location_country="AZE"),
        event("PROTEST", LDC, COP29, J7, mode="boycott", date="2024-11-23", location="Baku",
              location_country="AZE"),
        event("SUPPORT", HOEKSTRA, COPPRES, J9),
        event("AGREE", GERMANY, ADAPT, J10),
        event("PROTEST", CLIMACT, COP29, J11, mode="demo", location="Baku", location_country="AZE"),
    ],
    "quotes": [
        quote("erbärmlich gering", "Chandni Raina", "direct"),
        quote("kaum mehr als eine optische Täuschung", "Chandni Raina", "direct"),
        quote("Das Dokument sei „kaum mehr als eine optische Täuschung“", "Chandni Raina", "indirect"),
        quote("die Präsidentschaft habe die Interessen von Ölstaaten bevorzugt", "critics of the COP29 Presidency",
              "indirect"),
        quote("neuen Ära", "Wopke Hoekstra", "direct"),
    ],
    "entities": [
        entity("UN Climate Change Conference (COP29)", "ORG", "UNO", ["Die Weltklimakonferenz in Baku"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("developed countries", "ORG", None, ["Die Industrieländer"]),
        entity("developing countries", "ORG", None, ["Entwicklungsländer"]),
        entity("Mukhtar Babayev", "PER", "AZE", ["Konferenzpräsident Muchtar Babajew", "Babajew"]),
        entity("Chandni Raina", "PER", "IND", ["Die indische Delegierte Chandni Raina", "sie"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria"]),
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Alliance of Small Island States (AOSIS)", "ORG", "IGO", ["Vertreter kleiner Inselstaaten"]),
        entity("Least Developed Countries group", "ORG", "IGO", ["der ärmsten Länder"]),
        entity("COP29 Presidency", "ORG", "AZE",
               ["die Präsidentschaft", "die aserbaidschanische Konferenzleitung"]),
        entity("Wopke Hoekstra", "PER", "EUR", ["EU-Klimakommissar Wopke Hoekstra"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Adaptation Fund", "ORG", "UNO", ["den Anpassungsfonds"]),
        entity("climate activists", "ORG", None, ["Klimaaktivisten"]),
        entity("Belém", "LOC", "BRA", ["im brasilianischen Belém"]),
    ],
}

# ---------------------------------------------------------------- hm162-en-01 (Australia)
AUSPARL = actor("Parliament of Australia", "AUS", "LEG")
AUSSEN = actor("Australian Senate", "AUS", "LEG")
AUSKIDS = actor("Australian children under 16", "AUS", "CVL")
GOVAUS = actor("Government of Australia", "AUS", "GOV")
META = actor("Meta", "MNC", "BUS")
GOOGLE = actor("Google", "MNC", "BUS")
MUSK = actor("Elon Musk", "USA", "BUS")
GREENS = actor("Australian Greens", "AUS", "OPP")
ROWLAND = actor("Michelle Rowland", "AUS", "GOV")
TEENS = actor("Australian teenage protesters", "AUS", "CVL")

K1 = ("Australia's parliament on Thursday passed a law banning children under 16 from social media, one of the "
      "toughest such measures in the world.")
K2 = "The Senate approved the bill by 34 votes to 19."
K3 = ("Platforms such as TikTok, Instagram, Snapchat and X face fines of up to A$49.5 million if they fail to keep "
      "younger users off their services.")
K4 = ("Prime Minister Anthony Albanese said the law would give parents “peace of mind” and keep children safe "
      "online.")
K5 = ("Meta said it respected Australian law but was “concerned” that the legislation had been rushed through "
      "without proper consultation.")
K6 = ("Elon Musk, the owner of X, accused the government of using child safety as a pretext to control Australians' "
      "access to the internet.")
K7 = ("The Greens, who voted against the bill, said it would cut off vulnerable young people from their support "
      "networks.")
K8 = ("Google and Meta had asked the government to delay the vote until an age-verification trial reports its "
      "findings next year.")
K9 = "Communications Minister Michelle Rowland rejected the request, saying children could not wait."
K10 = "“Every month we wait,” she said, “is another month of harm.”"
K11 = ("About two dozen teenagers protested outside Parliament House in Canberra on Wednesday, calling the ban “lazy” "
       "and unenforceable.")
K12 = "The law is due to take effect within a year."

EN01 = {
    "id": "hm162-en-01", "lang": "en", "url": None, "published": "2024-11-29",
    "title": "Australia bans under-16s from social media",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11, K12]),
    "events": [
        event("COERCE", AUSPARL, AUSKIDS, K1, mode="restrict", date="2024-11-28", location="Canberra",
              location_country="AUS"),
        event("COERCE", AUSSEN, AUSKIDS, K2, mode="restrict", date="2024-11-28", location="Canberra",
              location_country="AUS"),
        event("ACCUSE", META, AUSPARL, K5, mode="disapprove"),
        event("ACCUSE", MUSK, GOVAUS, K6, mode="allege"),
        event("ACCUSE", GREENS, GOVAUS, K7, mode="disapprove"),
        event("REQUEST", GOOGLE, GOVAUS, K8, mode="change"),
        event("REQUEST", META, GOVAUS, K8, mode="change"),
        event("REJECT", ROWLAND, GOOGLE, K9, mode="change"),
        event("REJECT", ROWLAND, META, K9, mode="change"),
        event("PROTEST", TEENS, AUSPARL, K11, mode="demo", date="2024-11-27", location="Canberra",
              location_country="AUS"),
    ],
    "quotes": [
        quote("peace of mind", "Anthony Albanese", "direct"),
        quote("the law would give parents “peace of mind” and keep children safe online", "Anthony Albanese",
              "indirect"),
        quote("concerned", "Meta", "direct"),
        quote("it respected Australian law but was “concerned” that the legislation had been rushed through without "
              "proper consultation", "Meta", "indirect"),
        quote("using child safety as a pretext to control Australians' access to the internet", "Elon Musk",
              "indirect"),
        quote("it would cut off vulnerable young people from their support networks", "Australian Greens",
              "indirect"),
        quote("children could not wait", "Michelle Rowland", "indirect"),
        quote("Every month we wait", "Michelle Rowland", "direct"),
        quote("is another month of harm", "Michelle Rowland", "direct"),
        quote("lazy", "Australian teenage protesters", "direct"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia's"]),
        entity("Parliament of Australia", "ORG", "AUS", ["Australia's parliament"]),
        entity("Australian Senate", "ORG", "AUS", ["The Senate"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Snapchat", "ORG", "MNC", ["Snapchat"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("Meta", "ORG", "MNC", ["Meta"]),
        entity("Elon Musk", "PER", "USA", ["Elon Musk, the owner of X"]),
        entity("Government of Australia", "ORG", "AUS", ["the government"]),
        entity("Australian Greens", "ORG", "AUS", ["The Greens"]),
        entity("Google", "ORG", "MNC", ["Google"]),
        entity("Michelle Rowland", "PER", "AUS", ["Communications Minister Michelle Rowland", "she"]),
        entity("Australian teenage protesters", "ORG", "AUS", ["About two dozen teenagers"]),
        entity("Parliament House", "LOC", "AUS", ["Parliament House"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
    ],
}

# ---------------------------------------------------------------- hm162-en-02 (Myanmar / China)
MAH = actor("Min Aung Hlaing", "MMR", "GOV")
LIQIANG = actor("Li Qiang", "CHN", "GOV")
JUNTA = actor("Myanmar military government", "MMR", "GOV")
XI2 = actor("Xi Jinping", "CHN", "GOV")
CHN = actor("China", "CHN", "GOV")
NUG = actor("National Unity Government (NUG)", "MMR", "OPP")
MNDAA = actor("Myanmar National Democratic Alliance Army (MNDAA)", "MMR", "REB")
MYANMAR = actor("Myanmar", "MMR", None)
TATMADAW = actor("Myanmar military", "MMR", "MIL")
MMRCIV = actor("Myanmar civilians", "MMR", "CVL")

L1 = ("Myanmar's military ruler Min Aung Hlaing met Chinese Premier Li Qiang in Kunming on Thursday, on his first "
      "trip to China since the 2021 coup.")
L2 = ("Li said Beijing supported Myanmar's efforts to restore stability and a peace process “led and owned” by "
      "Myanmar, according to the Xinhua news agency.")
L3 = "He also urged Naypyitaw to protect Chinese personnel and projects in the country."
L4 = "Min Aung Hlaing was not received by President Xi Jinping during the visit."
L5 = ("The general told Li the military would hold an election next year and invited China to send observers, "
      "Myanmar state media reported.")
L6 = ("The opposition National Unity Government (NUG) said the visit showed that Beijing was “legitimising a "
      "murderous regime”.")
L7 = "It dismissed the planned vote as a sham."
L8 = "China's foreign ministry has denied taking sides in the conflict."
L9 = ("Beijing has stepped up pressure on armed groups along its border in recent months, closing crossings and "
      "cutting power to towns held by the Myanmar National Democratic Alliance Army (MNDAA).")
L10 = "After deadly floods in September, China also sent rice and relief supplies to Myanmar."
L11 = "The junta has meanwhile moved reinforcements to northern Shan State, according to local media."
L12 = ("Military air strikes killed at least nine civilians in the Magway region on Tuesday, a local rescue group "
       "said.")

EN02 = {
    "id": "hm162-en-02", "lang": "en", "url": None, "published": "2024-11-07",
    "title": "Myanmar junta chief makes first China trip since coup",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12]),
    "events": [
        event("CONSULT", MAH, LIQIANG, L1, mode="visit", date="2024-11-07", location="Kunming",
              location_country="CHN"),
        event("SUPPORT", LIQIANG, JUNTA, L2),
        event("REQUEST", LIQIANG, JUNTA, L3, mode="change"),
        event("CONSULT", MAH, XI2, L4, mode="visit", negated=True),
        event("AGREE", MAH, CHN, L5),
        event("ACCUSE", NUG, CHN, L6, mode="disapprove"),
        event("ACCUSE", NUG, JUNTA, L7, mode="disapprove"),
        event("COERCE", CHN, MNDAA, L9, mode="withhold"),
        event("AID", CHN, MYANMAR, L10),
        event("MOBILIZE", TATMADAW, None, L11, mode="troops", location="northern Shan State",
              location_country="MMR"),
        event("ASSAULT", TATMADAW, MMRCIV, L12, mode="aerial", date="2024-11-05", location="Magway Region",
              location_country="MMR"),
    ],
    "quotes": [
        quote("led and owned", "Li Qiang", "direct"),
        quote("Beijing supported Myanmar's efforts to restore stability and a peace process “led and owned” by "
              "Myanmar", "Li Qiang", "indirect"),
        quote("the military would hold an election next year", "Min Aung Hlaing", "indirect"),
        quote("legitimising a murderous regime", "National Unity Government (NUG)", "direct"),
        quote("the visit showed that Beijing was “legitimising a murderous regime”", "National Unity Government (NUG)",
              "indirect"),
        quote("The junta has meanwhile moved reinforcements to northern Shan State", "local media", "indirect"),
        quote("Military air strikes killed at least nine civilians in the Magway region on Tuesday",
              "local rescue group", "indirect"),
    ],
    "entities": [
        entity("Min Aung Hlaing", "PER", "MMR",
               ["Myanmar's military ruler Min Aung Hlaing", "Min Aung Hlaing", "his", "The general"]),
        entity("Li Qiang", "PER", "CHN", ["Chinese Premier Li Qiang", "Li", "He"]),
        entity("Kunming", "LOC", "CHN", ["Kunming"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "its border"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmar's", "Myanmar", "the country"]),
        entity("Myanmar military government", "ORG", "MMR",
               ["Naypyitaw", "the military", "a murderous regime", "The junta"]),
        entity("Xinhua", "ORG", "CHN", ["the Xinhua news agency"]),
        entity("Xi Jinping", "PER", "CHN", ["President Xi Jinping"]),
        entity("Myanmar state media", "ORG", "MMR", ["Myanmar state media"]),
        entity("National Unity Government (NUG)", "ORG", "MMR",
               ["The opposition National Unity Government (NUG)", "It"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Myanmar National Democratic Alliance Army (MNDAA)", "ORG", "MMR",
               ["the Myanmar National Democratic Alliance Army (MNDAA)"]),
        entity("northern Shan State", "LOC", "MMR", ["northern Shan State"]),
        entity("Myanmar military", "ORG", "MMR", ["Military"]),
        entity("Myanmar civilians", "ORG", "MMR", ["at least nine civilians"]),
        entity("Magway Region", "LOC", "MMR", ["the Magway region"]),
        entity("local rescue group", "ORG", "MMR", ["a local rescue group"]),
        entity("local media", "ORG", "MMR", ["local media"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
