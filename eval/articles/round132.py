"""Round 132: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm132-de-01: Nepal's Prime Minister Oli resigns as "Gen Z" protesters set parliament on fire (2025-09-09).
- hm132-de-02: India and Canada expel six diplomats each over the Nijjar murder inquiry (2024-10-15).
- hm132-de-03: The G7 summit in Apulia agrees a 50-billion-dollar loan for Ukraine; Beijing and Moscow object (2024-06-14).
- hm132-de-04: Putin in Pyongyang: Russia and North Korea sign a partnership treaty with a mutual-assistance clause (2024-06-19).
- hm132-en-01: Deadly clashes in Chittagong after a court denies bail to Hindu monk Chinmoy Krishna Das; India and Bangladesh trade words (2024-11-27).
- hm132-en-02: Nauru drops Taiwan for China two days after Taiwan's presidential election (2024-01-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm132-de-01
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")
NPL_PROTESTERS = actor("Nepali protesters", "NPL", "CVL")
NPL_PARL = actor("Federal Parliament of Nepal", "NPL", "LEG")
NPL_POLITICIANS = actor("Nepali politicians", "NPL", "GOV")
DEUBA = actor("Sher Bahadur Deuba", "NPL", "PTY")
ARZU_DEUBA = actor("Arzu Rana Deuba", "NPL", "GOV")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
LEKHAK = actor("Ramesh Lekhak", "NPL", "GOV")
NPL_AUTHORITIES = actor("Kathmandu district authorities", "NPL", "GOV")
SIGDEL = actor("Ashok Raj Sigdel", "NPL", "MIL")
NPL_ARMY = actor("Nepali Army", "NPL", "MIL")
POUDEL = actor("Ram Chandra Poudel", "NPL", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")

G1 = "Nepals Ministerpräsident Khadga Prasad Sharma Oli ist nach zwei Tagen gewaltsamer Proteste gegen eine Sperre sozialer Medien und gegen Korruption zurückgetreten."
G2 = "Er habe sein Amt niedergelegt, um den Weg für eine verfassungsgemäße Lösung der Krise freizumachen, hieß es am Dienstag in seinem Rücktrittsschreiben an Präsident Ram Chandra Poudel."
G3 = "Zuvor hatten Demonstranten in Kathmandu trotz einer Ausgangssperre das Parlamentsgebäude gestürmt und in Brand gesteckt."
G4 = "Die Menge zündete auch die Häuser mehrerer Politiker an, darunter Olis Privathaus in Bhaktapur."
G5 = "Nach Medienberichten schlugen Demonstranten den früheren Regierungschef Sher Bahadur Deuba und seine Frau, Außenministerin Arzu Rana Deuba, in ihrem Haus."
G6 = "Am Montag hatte die Polizei in Kathmandu das Feuer auf eine Menge junger Demonstranten eröffnet, die zum Parlament vordringen wollten; 19 Menschen wurden getötet."
G7 = "Innenminister Ramesh Lekhak trat noch am selben Abend zurück, die Behörden verhängten eine Ausgangssperre über Teile der Hauptstadt."
G8 = "In der Nacht hob die Regierung die Sperre von 26 Plattformen wie Facebook, YouTube und X wieder auf, die sich nicht fristgerecht in Nepal hatten registrieren lassen."
G9 = "„Wir rufen alle Seiten auf, Zurückhaltung zu üben und weitere Verluste an Menschenleben zu verhindern“, sagte Armeechef Ashok Raj Sigdel in einer Fernsehansprache."
G10 = "Die Armee werde ab dem Abend die Sicherheit in der Hauptstadt übernehmen, kündigte er an."
G11 = "Präsident Poudel forderte die Demonstranten auf, ihre Anliegen im Dialog vorzubringen."
G12 = "UN-Menschenrechtskommissar Volker Türk zeigte sich „schockiert“ über die Todesfälle und verlangte eine rasche und unabhängige Untersuchung der Polizeigewalt."

DE01 = {
    "id": "hm132-de-01", "lang": "de", "url": None, "published": "2025-09-09",
    "title": "Nepals Regierungschef Oli tritt nach Gewalt in Kathmandu zurück",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("RETREAT", OLI, None, G1, mode="resign", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("RETREAT", OLI, None, G2, mode="resign", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("PROTEST", NPL_PROTESTERS, NPL_PARL, G3, mode="riot", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("ASSAULT", NPL_PROTESTERS, NPL_POLITICIANS, G4, mode="primitive", date="2025-09-09", location_country="NPL"),
        event("ASSAULT", NPL_PROTESTERS, OLI, G4, mode="primitive", date="2025-09-09", location="Bhaktapur", location_country="NPL"),
        event("ASSAULT", NPL_PROTESTERS, DEUBA, G5, mode="beat", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("ASSAULT", NPL_PROTESTERS, ARZU_DEUBA, G5, mode="beat", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("ASSAULT", NPL_POLICE, NPL_PROTESTERS, G6, mode="firearms", date="2025-09-08", location="Kathmandu", location_country="NPL"),
        event("PROTEST", NPL_PROTESTERS, NPL_PARL, G6, mode="demo", date="2025-09-08", location="Kathmandu", location_country="NPL"),
        event("RETREAT", LEKHAK, None, G7, mode="resign", date="2025-09-08"),
        event("COERCE", NPL_AUTHORITIES, None, G7, mode="curfew", date="2025-09-08", location="Kathmandu", location_country="NPL"),
        event("CONCEDE", NPL_GOV, NPL_PROTESTERS, G8, date="2025-09-08"),
        event("REQUEST", SIGDEL, None, G9, date="2025-09-09"),
        event("MOBILIZE", NPL_ARMY, None, G10, mode="troops", date="2025-09-09", location="Kathmandu", location_country="NPL"),
        event("REQUEST", POUDEL, NPL_PROTESTERS, G11, mode="meet"),
        event("ACCUSE", TURK, NPL_POLICE, G12, mode="disapprove"),
        event("REQUEST", TURK, NPL_GOV, G12),
    ],
    "quotes": [
        quote("Er habe sein Amt niedergelegt, um den Weg für eine verfassungsgemäße Lösung der Krise freizumachen", "K. P. Sharma Oli", "indirect"),
        quote("Nach Medienberichten schlugen Demonstranten den früheren Regierungschef Sher Bahadur Deuba und seine Frau, Außenministerin Arzu Rana Deuba, in ihrem Haus", "media reports", "indirect"),
        quote("Wir rufen alle Seiten auf, Zurückhaltung zu üben und weitere Verluste an Menschenleben zu verhindern", "Ashok Raj Sigdel", "direct"),
        quote("Die Armee werde ab dem Abend die Sicherheit in der Hauptstadt übernehmen", "Ashok Raj Sigdel", "indirect"),
        quote("schockiert", "Volker Türk", "direct"),
    ],
    "entities": [
        entity("Nepal", "GPE", "NPL", ["Nepals", "Nepal"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Nepals Ministerpräsident Khadga Prasad Sharma Oli", "Er", "seinem", "Olis"]),
        entity("Ram Chandra Poudel", "PER", "NPL", ["Präsident Ram Chandra Poudel", "Präsident Poudel"]),
        entity("Nepali protesters", "ORG", "NPL", ["Demonstranten", "Die Menge", "eine Menge junger Demonstranten", "die Demonstranten"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu", "der Hauptstadt"]),
        entity("Federal Parliament of Nepal", "ORG", "NPL", ["das Parlamentsgebäude", "zum Parlament"]),
        entity("Nepali politicians", "ORG", "NPL", ["mehrerer Politiker"]),
        entity("Oli's private residence", "LOC", "NPL", ["Olis Privathaus in Bhaktapur"]),
        entity("Bhaktapur", "LOC", "NPL", ["Bhaktapur"]),
        entity("media reports", "ORG", None, ["Medienberichten"]),
        entity("Sher Bahadur Deuba", "PER", "NPL", ["den früheren Regierungschef Sher Bahadur Deuba"]),
        entity("Arzu Rana Deuba", "PER", "NPL", ["seine Frau, Außenministerin Arzu Rana Deuba"]),
        entity("Deuba residence", "LOC", "NPL", ["ihrem Haus"]),
        entity("Nepal Police", "ORG", "NPL", ["die Polizei"]),
        entity("Ramesh Lekhak", "PER", "NPL", ["Innenminister Ramesh Lekhak"]),
        entity("Kathmandu district authorities", "ORG", "NPL", ["die Behörden"]),
        entity("Government of Nepal", "ORG", "NPL", ["die Regierung"]),
        entity("banned social media platforms", "ORG", "MNC", ["26 Plattformen"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Ashok Raj Sigdel", "PER", "NPL", ["Armeechef Ashok Raj Sigdel", "er"]),
        entity("Nepali Army", "ORG", "NPL", ["Die Armee"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
    ],
}

# ---------------------------------------------------------------- hm132-de-02
INDIA = actor("India", "IND", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
VERMA = actor("Sanjay Kumar Verma", "IND", "GOV")
WHEELER = actor("Stewart Wheeler", "CAN", "GOV")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
IND_GOV = actor("Government of India", "IND", "GOV")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")

H1 = "Indien und Kanada haben im Streit um die Ermordung eines Sikh-Separatisten jeweils sechs Diplomaten des anderen Landes ausgewiesen."
H2 = "Unter den Betroffenen sind der indische Hochkommissar in Ottawa, Sanjay Kumar Verma, und der kanadische Geschäftsträger in Neu-Delhi, Stewart Wheeler."
H3 = "Die kanadische Bundespolizei RCMP warf am Montag Agenten der indischen Regierung vor, an Morden, Erpressungen und Einschüchterungen gegen Sikh-Aktivisten in Kanada beteiligt gewesen zu sein."
H4 = "Premierminister Justin Trudeau sagte, Indien habe einen „fundamentalen Fehler“ begangen, als es sich geweigert habe, bei den Ermittlungen zum Tod von Hardeep Singh Nijjar zu kooperieren."
H5 = "Der Kanadier Nijjar war im Juni 2023 vor einem Sikh-Tempel in Surrey in der Provinz British Columbia erschossen worden."
H6 = "Das Außenministerium in Neu-Delhi wies die Vorwürfe als „absurde Unterstellungen“ zurück und warf Trudeau vor, mit Rücksicht auf Wählerstimmen aus der Sikh-Gemeinde zu handeln."
H7 = "Es bestellte am Montag den kanadischen Geschäftsträger ein und teilte mit, Indien ziehe seinen Hochkommissar und weitere Diplomaten aus Kanada ab."
H8 = "„Wir haben kein Vertrauen in die Zusage der derzeitigen kanadischen Regierung, ihre Sicherheit zu gewährleisten“, hieß es in einer Erklärung."
H9 = "Außenministerin Mélanie Joly drohte mit weiteren Maßnahmen: „Alle Optionen liegen auf dem Tisch.“"
H10 = "Zugleich forderte sie Neu-Delhi auf, mit den kanadischen Ermittlern zusammenzuarbeiten."
H11 = "Die Beziehungen sind angespannt, seit Trudeau im September 2023 im Parlament von „glaubwürdigen Hinweisen“ auf eine Beteiligung indischer Agenten an dem Mord gesprochen hatte."

DE02 = {
    "id": "hm132-de-02", "lang": "de", "url": None, "published": "2024-10-15",
    "title": "Indien und Kanada weisen gegenseitig Diplomaten aus",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("SANCTION", INDIA, CANADA, H1, mode="expel", date="2024-10-14"),
        event("SANCTION", CANADA, INDIA, H1, mode="expel", date="2024-10-14"),
        event("SANCTION", CANADA, VERMA, H2, mode="expel", date="2024-10-14"),
        event("SANCTION", INDIA, WHEELER, H2, mode="expel", date="2024-10-14"),
        event("ACCUSE", RCMP, IND_GOV, H3, mode="allege", date="2024-10-14"),
        event("ACCUSE", TRUDEAU, INDIA, H4, mode="disapprove", date="2024-10-14"),
        event("ACCUSE", IND_MEA, TRUDEAU, H6, mode="allege", date="2024-10-14"),
        event("ACCUSE", IND_MEA, CANADA, H7, mode="disapprove", date="2024-10-14", location="New Delhi", location_country="IND"),
        event("SANCTION", IND_MEA, CANADA, H7, mode="withdraw", date="2024-10-14"),
        event("ACCUSE", IND_MEA, CAN_GOV, H8, mode="disapprove", date="2024-10-14"),
        event("THREATEN", JOLY, INDIA, H9),
        event("REQUEST", JOLY, INDIA, H10, mode="assist"),
        event("ACCUSE", TRUDEAU, INDIA, H11, mode="allege"),
    ],
    "quotes": [
        quote("an Morden, Erpressungen und Einschüchterungen gegen Sikh-Aktivisten in Kanada beteiligt gewesen zu sein", "Royal Canadian Mounted Police", "indirect"),
        quote("fundamentalen Fehler", "Justin Trudeau", "direct"),
        quote("Indien habe einen „fundamentalen Fehler“ begangen, als es sich geweigert habe, bei den Ermittlungen zum Tod von Hardeep Singh Nijjar zu kooperieren", "Justin Trudeau", "indirect"),
        quote("absurde Unterstellungen", "Ministry of External Affairs of India", "direct"),
        quote("mit Rücksicht auf Wählerstimmen aus der Sikh-Gemeinde zu handeln", "Ministry of External Affairs of India", "indirect"),
        quote("Indien ziehe seinen Hochkommissar und weitere Diplomaten aus Kanada ab", "Ministry of External Affairs of India", "indirect"),
        quote("Wir haben kein Vertrauen in die Zusage der derzeitigen kanadischen Regierung, ihre Sicherheit zu gewährleisten", "Ministry of External Affairs of India", "direct"),
        quote("Alle Optionen liegen auf dem Tisch", "Mélanie Joly", "direct"),
        quote("glaubwürdigen Hinweisen", "Justin Trudeau", "direct"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi", "es"]),
        entity("Canada", "GPE", "CAN", ["Kanada"]),
        entity("Hardeep Singh Nijjar", "PER", "CAN", ["eines Sikh-Separatisten", "Hardeep Singh Nijjar", "Der Kanadier Nijjar"]),
        entity("expelled diplomats", "ORG", None, ["sechs Diplomaten des anderen Landes", "Unter den Betroffenen"]),
        entity("Sanjay Kumar Verma", "PER", "IND", ["der indische Hochkommissar in Ottawa, Sanjay Kumar Verma", "seinen Hochkommissar"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Stewart Wheeler", "PER", "CAN", ["der kanadische Geschäftsträger in Neu-Delhi, Stewart Wheeler", "den kanadischen Geschäftsträger"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["Die kanadische Bundespolizei RCMP"]),
        entity("Indian government agents", "ORG", "IND", ["Agenten der indischen Regierung", "indischer Agenten"]),
        entity("Government of India", "ORG", "IND", ["der indischen Regierung"]),
        entity("Sikh activists in Canada", "ORG", "CAN", ["Sikh-Aktivisten in Kanada"]),
        entity("Justin Trudeau", "PER", "CAN", ["Premierminister Justin Trudeau", "Trudeau"]),
        entity("Guru Nanak Sikh Gurdwara", "LOC", "CAN", ["einem Sikh-Tempel in Surrey"]),
        entity("Surrey", "LOC", "CAN", ["Surrey"]),
        entity("British Columbia", "LOC", "CAN", ["der Provinz British Columbia"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi", "Es"]),
        entity("Sikh community in Canada", "ORG", "CAN", ["der Sikh-Gemeinde"]),
        entity("Government of Canada", "ORG", "CAN", ["der derzeitigen kanadischen Regierung"]),
        entity("Indian diplomats in Canada", "ORG", "IND", ["weitere Diplomaten"]),
        entity("Mélanie Joly", "PER", "CAN", ["Außenministerin Mélanie Joly", "sie"]),
        entity("Canadian investigators", "ORG", "CAN", ["den kanadischen Ermittlern"]),
        entity("House of Commons of Canada", "ORG", "CAN", ["Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm132-de-03
G7 = actor("Group of Seven", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
CHN_BANKS = actor("Chinese financial institutions", "CHN", "BUS")
CHN_MFA_SPOX = actor("Chinese Foreign Ministry spokesperson", "CHN", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

I1 = "Die Gruppe der sieben großen Industriestaaten (G7) hat sich auf einen Kredit von rund 50 Milliarden US-Dollar für die Ukraine geeinigt, der mit Zinserträgen aus eingefrorenem russischem Staatsvermögen abgesichert werden soll."
I2 = "Gastgeberin Giorgia Meloni sprach am Donnerstag beim Gipfeltreffen im süditalienischen Apulien von einem „historischen“ Beschluss."
I3 = "Der ukrainische Präsident Wolodymyr Selenskyj, der als Gast zu dem Treffen gereist war, dankte den Staats- und Regierungschefs für ihre Unterstützung."
I4 = "Am Rande des Gipfels unterzeichneten Selenskyj und US-Präsident Joe Biden ein bilaterales Sicherheitsabkommen mit einer Laufzeit von zehn Jahren."
I5 = "Biden sagte, die USA würden der Ukraine so lange beistehen, wie es nötig sei."
I6 = "Auch Japans Regierungschef Fumio Kishida unterzeichnete ein Abkommen mit Selenskyj und sagte weitere Hilfen in Höhe von 4,5 Milliarden Dollar zu."
I7 = "In ihrer Abschlusserklärung warfen die G7 China vor, Russlands Rüstungsindustrie mit Bauteilen und Maschinen zu versorgen."
I8 = "Zugleich drohten sie Finanzinstituten in Drittstaaten, auch in China, mit Strafmaßnahmen, falls diese Moskau bei der Umgehung von Sanktionen helfen."
I9 = "Peking wies die Vorwürfe am Freitag zurück."
I10 = "Ein Sprecher des Außenministeriums warf der G7 „Arroganz, Vorurteile und Lügen“ vor und forderte die Gruppe auf, ihre Politik der Konfrontation aufzugeben."
I11 = "Kremlsprecher Dmitri Peskow nannte die Verwendung der Zinserträge „Diebstahl“."
I12 = "Russland werde darauf „sehr schmerzhaft“ reagieren, sagte er."

DE03 = {
    "id": "hm132-de-03", "lang": "de", "url": None, "published": "2024-06-14",
    "title": "G7 einigen sich auf Milliardenkredit für die Ukraine",
    "text": paragraphs([I1, I2, I3, I4, I5, I6], [I7, I8, I9, I10], [I11, I12]),
    "events": [
        event("AGREE", G7, UKRAINE, I1, date="2024-06-13", location="Apulia", location_country="ITA"),
        event("CONSULT", ZELENSKY, G7, I3, mode="multilateral", date="2024-06-13", location="Apulia", location_country="ITA"),
        event("SUPPORT", ZELENSKY, G7, I3, date="2024-06-13", location="Apulia", location_country="ITA"),
        event("SUPPORT", ZELENSKY, BIDEN, I4, date="2024-06-13", location="Apulia", location_country="ITA"),
        event("AGREE", BIDEN, UKRAINE, I5, date="2024-06-13"),
        event("SUPPORT", KISHIDA, ZELENSKY, I6, date="2024-06-13", location="Apulia", location_country="ITA"),
        event("AGREE", KISHIDA, UKRAINE, I6, date="2024-06-13"),
        event("ACCUSE", G7, CHINA, I7, mode="allege"),
        event("THREATEN", G7, CHN_BANKS, I8),
        event("ACCUSE", CHN_MFA_SPOX, G7, I10, mode="disapprove", date="2024-06-14"),
        event("REQUEST", CHN_MFA_SPOX, G7, I10, mode="change", date="2024-06-14"),
        event("ACCUSE", PESKOV, G7, I11, mode="disapprove"),
        event("THREATEN", PESKOV, G7, I12),
    ],
    "quotes": [
        quote("historischen", "Giorgia Meloni", "direct"),
        quote("die USA würden der Ukraine so lange beistehen, wie es nötig sei", "Joe Biden", "indirect"),
        quote("Russlands Rüstungsindustrie mit Bauteilen und Maschinen zu versorgen", "Group of Seven", "indirect"),
        quote("Arroganz, Vorurteile und Lügen", "Chinese Foreign Ministry spokesperson", "direct"),
        quote("Diebstahl", "Dmitry Peskov", "direct"),
        quote("sehr schmerzhaft", "Dmitry Peskov", "direct"),
        quote("Russland werde darauf „sehr schmerzhaft“ reagieren", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Group of Seven", "ORG", "IGO", ["Die Gruppe der sieben großen Industriestaaten (G7)", "den Staats- und Regierungschefs", "die G7", "der G7", "die Gruppe", "sie"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau", "Russland"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Gastgeberin Giorgia Meloni"]),
        entity("Apulia", "LOC", "ITA", ["im süditalienischen Apulien"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Fumio Kishida", "PER", "JPN", ["Japans Regierungschef Fumio Kishida"]),
        entity("Japan", "GPE", "JPN", ["Japans"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Russian arms industry", "ORG", "RUS", ["Russlands Rüstungsindustrie"]),
        entity("Third-country financial institutions", "ORG", None, ["Finanzinstituten in Drittstaaten, auch in China", "diese"]),
        entity("Chinese Foreign Ministry spokesperson", "PER", "CHN", ["Ein Sprecher des Außenministeriums"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des Außenministeriums"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
    ],
}

# ---------------------------------------------------------------- hm132-de-04
RUSSIA = actor("Russia", "RUS", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
KOR_OFFICE = actor("Office of the President of South Korea", "KOR", "GOV")
USA = actor("United States", "USA", "GOV")
VIETNAM = actor("Vietnam", "VNM", "GOV")

J1 = "Russland und Nordkorea haben beim ersten Besuch von Präsident Wladimir Putin in Pjöngjang seit 24 Jahren einen Vertrag über eine umfassende strategische Partnerschaft unterzeichnet."
J2 = "Das Abkommen sehe gegenseitigen Beistand für den Fall vor, dass eine der beiden Seiten angegriffen werde, sagte Putin nach den Gesprächen."
J3 = "Machthaber Kim Jong Un hatte den Kremlchef in der Nacht zum Mittwoch persönlich am Flughafen empfangen und sprach später von einem „Bündnis“ beider Länder."
J4 = "Kim sicherte Russland die „volle Unterstützung“ seines Landes für den Krieg in der Ukraine zu."
J5 = "Putin dankte Nordkorea für dessen Haltung und schloss eine militärisch-technische Zusammenarbeit mit Pjöngjang ausdrücklich nicht aus."
J6 = "Zudem kritisierte er die Sanktionen des UN-Sicherheitsrats gegen Nordkorea als ungerecht und forderte, sie zu überprüfen."
J7 = "Südkorea äußerte „ernste Besorgnis“ über den Vertrag."
J8 = "Das Präsidialamt in Seoul warf Moskau vor, mit jeder Zusammenarbeit, die Nordkoreas militärische Fähigkeiten stärke, gegen Resolutionen des UN-Sicherheitsrats zu verstoßen."
J9 = "Die USA werfen Nordkorea seit Monaten vor, Russland mit Artilleriemunition und ballistischen Raketen für den Krieg gegen die Ukraine zu beliefern."
J10 = "Putin reiste am Abend zu einem Staatsbesuch nach Vietnam weiter."

DE04 = {
    "id": "hm132-de-04", "lang": "de", "url": None, "published": "2024-06-19",
    "title": "Putin und Kim unterzeichnen Beistandsvertrag in Pjöngjang",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6], [J7, J8, J9, J10]),
    "events": [
        event("SUPPORT", RUSSIA, NORTH_KOREA, J1, date="2024-06-19", location="Pyongyang", location_country="PRK"),
        event("CONSULT", PUTIN, NORTH_KOREA, J1, mode="visit", date="2024-06-19", location="Pyongyang", location_country="PRK"),
        event("AGREE", RUSSIA, NORTH_KOREA, J2, date="2024-06-19"),
        event("CONSULT", PUTIN, KIM, J3, mode="visit", date="2024-06-19", location="Pyongyang", location_country="PRK"),
        event("SUPPORT", KIM, RUSSIA, J4, date="2024-06-19"),
        event("SUPPORT", PUTIN, NORTH_KOREA, J5, date="2024-06-19"),
        event("AGREE", PUTIN, NORTH_KOREA, J5, date="2024-06-19"),
        event("ACCUSE", PUTIN, UNSC, J6, mode="disapprove", date="2024-06-19"),
        event("REQUEST", PUTIN, UNSC, J6, mode="yield", date="2024-06-19"),
        event("ACCUSE", SOUTH_KOREA, RUSSIA, J7, mode="disapprove"),
        event("ACCUSE", SOUTH_KOREA, NORTH_KOREA, J7, mode="disapprove"),
        event("ACCUSE", KOR_OFFICE, RUSSIA, J8, mode="allege"),
        event("ACCUSE", USA, NORTH_KOREA, J9, mode="allege"),
        event("CONSULT", PUTIN, VIETNAM, J10, mode="visit", date="2024-06-19", location_country="VNM"),
    ],
    "quotes": [
        quote("Das Abkommen sehe gegenseitigen Beistand für den Fall vor, dass eine der beiden Seiten angegriffen werde", "Vladimir Putin", "indirect"),
        quote("Bündnis", "Kim Jong Un", "direct"),
        quote("volle Unterstützung", "Kim Jong Un", "direct"),
        quote("ernste Besorgnis", "South Korea", "direct"),
        quote("mit jeder Zusammenarbeit, die Nordkoreas militärische Fähigkeiten stärke, gegen Resolutionen des UN-Sicherheitsrats zu verstoßen", "Office of the President of South Korea", "indirect"),
        quote("Russland mit Artilleriemunition und ballistischen Raketen für den Krieg gegen die Ukraine zu beliefern", "United States", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Pjöngjang", "seines Landes", "Nordkoreas"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin", "Putin", "den Kremlchef", "er"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un", "Kim"]),
        entity("Pyongyang International Airport", "LOC", "PRK", ["am Flughafen"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["Das Präsidialamt in Seoul"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
        entity("Vietnam", "GPE", "VNM", ["Vietnam"]),
    ],
}

# ---------------------------------------------------------------- hm132-en-01
DAS_SUPPORTERS = actor("Chinmoy Krishna Das supporters", "BGD", "CVL")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
CTG_COURT = actor("Chittagong court", "BGD", "JUD")
DAS = actor("Chinmoy Krishna Das", "BGD", "CVL")
BGD_DB = actor("Bangladesh Police Detective Branch", "BGD", "COP")
ATTACKERS = actor("Attackers of Saiful Islam Alif", "BGD", "CVL")
ALIF = actor("Saiful Islam Alif", "BGD", "JUD")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
IND_MEA_EN = actor("Ministry of External Affairs of India", "IND", "GOV")
BANGLADESH = actor("Bangladesh", "BGD", "GOV")
BGD_MOFA = actor("Ministry of Foreign Affairs of Bangladesh", "BGD", "GOV")
INDIA_EN = actor("India", "IND", "GOV")
HINDU_GROUPS = actor("Bangladeshi Hindu groups", "BGD", "CVL")
BGD_GOV = actor("Interim government of Bangladesh", "BGD", "GOV")

K1 = "A lawyer was hacked to death in the Bangladeshi port city of Chittagong on Tuesday as supporters of a detained Hindu monk clashed with police after a court refused to release him on bail."
K2 = "Detectives arrested Chinmoy Krishna Das, a spokesman for a Hindu minority alliance, at Dhaka airport on Monday on charges of sedition over a rally at which a saffron flag was allegedly hoisted above the national flag."
K3 = "After the hearing, hundreds of his followers surrounded the prison van carrying him and blocked its path for more than two hours, police said."
K4 = "Officers fired tear gas and sound grenades to disperse the crowd, and the clashes spread to nearby streets."
K5 = "Assistant public prosecutor Saiful Islam Alif was dragged from a building and hacked to death by a group of men, local officials said."
K6 = "Interim leader Muhammad Yunus condemned the killing and ordered an investigation, urging people to remain calm."
K7 = "India's foreign ministry expressed “deep concern” over Das's arrest and the denial of bail and urged Dhaka to ensure the safety of Hindus and other minorities."
K8 = "It said the arrest followed a series of attacks on Hindu homes, businesses and temples in Bangladesh."
K9 = "Bangladesh's foreign ministry rejected the statement as “unfounded” and said it amounted to interference in the country's internal affairs."
K10 = "“The arrest has nothing to do with his religion,” the ministry said, adding that Das had been detained on specific charges."
K11 = "Hindu groups called for nationwide protests on Wednesday to demand his release."

EN01 = {
    "id": "hm132-en-01", "lang": "en", "url": None, "published": "2024-11-27",
    "title": "Lawyer killed in Bangladesh clashes after Hindu monk denied bail",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11]),
    "events": [
        event("ASSAULT", DAS_SUPPORTERS, BGD_POLICE, K1, date="2024-11-26", location="Chittagong", location_country="BGD"),
        event("REJECT", CTG_COURT, DAS, K1, mode="yield", date="2024-11-26", location="Chittagong", location_country="BGD"),
        event("COERCE", BGD_DB, DAS, K2, mode="arrest", date="2024-11-25", location="Dhaka", location_country="BGD"),
        event("ACCUSE", BGD_DB, DAS, K2, mode="allege", date="2024-11-25", location="Dhaka", location_country="BGD"),
        event("PROTEST", DAS_SUPPORTERS, BGD_POLICE, K3, mode="obstruct", date="2024-11-26", location="Chittagong", location_country="BGD"),
        event("ASSAULT", BGD_POLICE, DAS_SUPPORTERS, K4, mode="crowd-control", date="2024-11-26", location="Chittagong", location_country="BGD"),
        event("ASSAULT", ATTACKERS, ALIF, K5, mode="primitive", date="2024-11-26", location="Chittagong", location_country="BGD"),
        event("ACCUSE", YUNUS, ATTACKERS, K6, mode="investigate", date="2024-11-26"),
        event("REQUEST", YUNUS, None, K6, date="2024-11-26"),
        event("ACCUSE", IND_MEA_EN, BANGLADESH, K7, mode="disapprove", date="2024-11-26"),
        event("REQUEST", IND_MEA_EN, BANGLADESH, K7, mode="change", date="2024-11-26"),
        event("ACCUSE", BGD_MOFA, INDIA_EN, K9, mode="disapprove", date="2024-11-26"),
        event("REQUEST", HINDU_GROUPS, BGD_GOV, K11, mode="yield"),
    ],
    "quotes": [
        quote("After the hearing, hundreds of his followers surrounded the prison van carrying him and blocked its path for more than two hours", "Bangladesh Police", "indirect"),
        quote("Assistant public prosecutor Saiful Islam Alif was dragged from a building and hacked to death by a group of men", "local officials", "indirect"),
        quote("deep concern", "Ministry of External Affairs of India", "direct"),
        quote("the arrest followed a series of attacks on Hindu homes, businesses and temples in Bangladesh", "Ministry of External Affairs of India", "indirect"),
        quote("unfounded", "Ministry of Foreign Affairs of Bangladesh", "direct"),
        quote("it amounted to interference in the country's internal affairs", "Ministry of Foreign Affairs of Bangladesh", "indirect"),
        quote("The arrest has nothing to do with his religion", "Ministry of Foreign Affairs of Bangladesh", "direct"),
        quote("Das had been detained on specific charges", "Ministry of Foreign Affairs of Bangladesh", "indirect"),
    ],
    "entities": [
        entity("Saiful Islam Alif", "PER", "BGD", ["A lawyer", "Assistant public prosecutor Saiful Islam Alif"]),
        entity("Chittagong", "LOC", "BGD", ["the Bangladeshi port city of Chittagong"]),
        entity("Chinmoy Krishna Das supporters", "ORG", "BGD", ["supporters of a detained Hindu monk", "hundreds of his followers", "the crowd"]),
        entity("Chinmoy Krishna Das", "PER", "BGD", ["a detained Hindu monk", "him", "Chinmoy Krishna Das", "his", "Das"]),
        entity("Bangladesh Police", "ORG", "BGD", ["police", "Officers"]),
        entity("Chittagong court", "ORG", "BGD", ["a court"]),
        entity("Bangladesh Police Detective Branch", "ORG", "BGD", ["Detectives"]),
        entity("Bangladesh Sammilito Sanatani Jagaran Jote", "ORG", "BGD", ["a Hindu minority alliance"]),
        entity("Hazrat Shahjalal International Airport", "LOC", "BGD", ["Dhaka airport"]),
        entity("Attackers of Saiful Islam Alif", "ORG", "BGD", ["a group of men"]),
        entity("local officials", "ORG", "BGD", ["local officials"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Interim leader Muhammad Yunus"]),
        entity("India", "GPE", "IND", ["India"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry", "It"]),
        entity("Bangladesh", "GPE", "BGD", ["Dhaka", "Bangladesh", "the country"]),
        entity("Hindus in Bangladesh", "ORG", "BGD", ["Hindus and other minorities"]),
        entity("Ministry of Foreign Affairs of Bangladesh", "ORG", "BGD", ["Bangladesh's foreign ministry", "the ministry"]),
        entity("Bangladeshi Hindu groups", "ORG", "BGD", ["Hindu groups"]),
    ],
}

# ---------------------------------------------------------------- hm132-en-02
NAURU = actor("Nauru", "NRU", "GOV")
NRU_GOV = actor("Government of Nauru", "NRU", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")
CHINA_EN = actor("China", "CHN", "GOV")
TIEN = actor("Tien Chung-kwang", "TWN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")

L1 = "Nauru has severed diplomatic ties with Taiwan and will seek to establish relations with China, the Pacific island nation's government said on Monday, two days after Taiwan elected Lai Ching-te as its next president."
L2 = "In a statement, the government said it would no longer recognise Taiwan as a separate country “but rather as an inalienable part of China's territory”."
L3 = "The decision was in the best interests of the country and its people, it said."
L4 = "Taiwan said it was ending relations with Nauru with immediate effect to protect its national dignity and would close its embassy and withdraw its staff."
L5 = "Deputy Foreign Minister Tien Chung-kwang accused Beijing of luring Nauru with promises of economic aid and said the timing was a deliberate attempt to undermine Taiwan's democracy after Saturday's election."
L6 = "“China's purpose is to suppress our international space,” Tien told reporters in Taipei."
L7 = "China's foreign ministry said it “appreciates and welcomes” Nauru's decision and was ready to open “a new chapter” in relations with the island state."
L8 = "Spokesperson Mao Ning said there was only one China in the world and Taiwan was an inalienable part of it."
L9 = "The U.S. State Department called the move “regrettable” and urged other countries to maintain their ties with Taipei."
L10 = "Nauru, a country of about 12,000 people, had already switched recognition from Taipei to Beijing once before, in 2002, before returning to Taiwan in 2005."
L11 = "The move leaves Taiwan with formal diplomatic relations with only 12 states, most of them small countries in Latin America, the Caribbean and the Pacific."

EN02 = {
    "id": "hm132-en-02", "lang": "en", "url": None, "published": "2024-01-15",
    "title": "Nauru switches diplomatic ties from Taiwan to China",
    "text": paragraphs([L1, L2, L3, L4, L5, L6], [L7, L8, L9], [L10, L11]),
    "events": [
        event("SANCTION", NAURU, TAIWAN, L1, mode="discontinue", date="2024-01-15"),
        event("AGREE", NAURU, CHINA_EN, L1, date="2024-01-15"),
        event("SANCTION", NRU_GOV, TAIWAN, L2, mode="discontinue", date="2024-01-15"),
        event("SANCTION", TAIWAN, NAURU, L4, mode="discontinue", date="2024-01-15"),
        event("ACCUSE", TIEN, CHINA_EN, L5, mode="allege", date="2024-01-15"),
        event("ACCUSE", TIEN, CHINA_EN, L6, mode="allege", date="2024-01-15", location="Taipei", location_country="TWN"),
        event("SUPPORT", CHN_MFA, NAURU, L7, date="2024-01-15"),
        event("AGREE", CHN_MFA, NAURU, L7, date="2024-01-15"),
        event("ACCUSE", US_STATE, NAURU, L9, mode="disapprove"),
        event("REQUEST", US_STATE, None, L9, mode="assist"),
    ],
    "quotes": [
        quote("Nauru has severed diplomatic ties with Taiwan and will seek to establish relations with China", "Government of Nauru", "indirect"),
        quote("but rather as an inalienable part of China's territory", "Government of Nauru", "direct"),
        quote("it would no longer recognise Taiwan as a separate country “but rather as an inalienable part of China's territory”", "Government of Nauru", "indirect"),
        quote("The decision was in the best interests of the country and its people", "Government of Nauru", "indirect"),
        quote("it was ending relations with Nauru with immediate effect to protect its national dignity and would close its embassy and withdraw its staff", "Taiwan", "indirect"),
        quote("the timing was a deliberate attempt to undermine Taiwan's democracy after Saturday's election", "Tien Chung-kwang", "indirect"),
        quote("China's purpose is to suppress our international space", "Tien Chung-kwang", "direct"),
        quote("appreciates and welcomes", "Ministry of Foreign Affairs of China", "direct"),
        quote("a new chapter", "Ministry of Foreign Affairs of China", "direct"),
        quote("it “appreciates and welcomes” Nauru's decision and was ready to open “a new chapter” in relations with the island state", "Ministry of Foreign Affairs of China", "indirect"),
        quote("there was only one China in the world and Taiwan was an inalienable part of it", "Mao Ning", "indirect"),
        quote("regrettable", "United States Department of State", "direct"),
    ],
    "entities": [
        entity("Nauru", "GPE", "NRU", ["Nauru", "the Pacific island nation", "the country", "the island state", "a country of about 12,000 people"]),
        entity("Government of Nauru", "ORG", "NRU", ["the Pacific island nation's government", "the government", "it"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipei", "our"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Lai Ching-te", "PER", "TWN", ["Lai Ching-te"]),
        entity("Embassy of Taiwan in Nauru", "ORG", "TWN", ["its embassy"]),
        entity("Tien Chung-kwang", "PER", "TWN", ["Deputy Foreign Minister Tien Chung-kwang", "Tien"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Mao Ning", "PER", "CHN", ["Spokesperson Mao Ning"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("other countries", "ORG", None, ["other countries"]),
        entity("Latin America", "LOC", None, ["Latin America"]),
        entity("Caribbean", "LOC", None, ["the Caribbean"]),
        entity("Pacific", "LOC", None, ["the Pacific"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
