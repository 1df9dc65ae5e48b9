"""Round 130: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm130-de-01: Tinubu declares a state of emergency in Nigeria's Rivers State and suspends Governor Fubara (2025-03-19).
- hm130-de-02: Somali federal troops and Jubaland forces clash at Ras Kamboni; soldiers flee to Kenya, rival arrest warrants (2024-12-12).
- hm130-de-03: Morocco's GenZ 212 protests turn deadly at Lqliaa; mass arrests, the government offers dialogue (2025-10-02).
- hm130-de-04: Syria's al-Sharaa and SDF commander Mazloum Abdi sign the integration agreement in Damascus (2025-03-11).
- hm130-en-01: Cameroon's Constitutional Council confirms Biya's re-election; Tchiroma rejects it, protests and arrests (2025-10-27).
- hm130-en-02: Paraguay suspends the Itaipu talks with Brazil over ABIN's hacking operation (2025-04-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm130-de-01
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
FUBARA = actor("Siminalayi Fubara", "NGA", "GOV")
ODU = actor("Ngozi Odu", "NGA", "GOV")
RIVERS_ASSEMBLY = actor("Rivers State House of Assembly", "NGA", "LEG")
NGA_MILITANTS = actor("Niger Delta militants", "NGA", "REB")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
WIKE = actor("Nyesom Wike", "NGA", "GOV")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
NBA = actor("Nigerian Bar Association", "NGA", "CVL")
NGA_NASS = actor("National Assembly of Nigeria", "NGA", "LEG")

G1 = "Nigerias Präsident Bola Tinubu hat am Dienstagabend den Ausnahmezustand über den ölreichen Bundesstaat Rivers verhängt und Gouverneur Siminalayi Fubara für sechs Monate seines Amtes enthoben."
G2 = "Auch Fubaras Stellvertreterin Ngozi Odu und sämtliche Abgeordnete des Landesparlaments wurden suspendiert."
G3 = "Als Übergangsverwalter setzte Tinubu den pensionierten Vizeadmiral Ibok-Ete Ibas ein."
G4 = "In einer Fernsehansprache warf der Präsident Fubara vor, den Sitz des Landesparlaments abreißen zu lassen und Urteile des Obersten Gerichts zu missachten."
G5 = "„Kein vernünftiger Präsident kann tatenlos zusehen, wie ein Bundesstaat ins Chaos abgleitet“, sagte Tinubu."
G6 = "Er verwies zudem auf Anschläge auf Ölpipelines, zu denen sich militante Gruppen bekannt hätten, ohne dass der Gouverneur eingeschritten sei."
G7 = "Soldaten bezogen noch in der Nacht Stellung vor dem Regierungssitz in Port Harcourt."
G8 = "Fubara liegt seit Ende 2023 im Streit mit seinem Vorgänger Nyesom Wike, der heute Minister für das Hauptstadtterritorium Abuja ist und die Mehrheit der Abgeordneten hinter sich weiß."
G9 = "Wike begrüßte die Entscheidung des Präsidenten."
G10 = "Der frühere Vizepräsident Atiku Abubakar, der bei der Wahl 2023 gegen Tinubu unterlegen war, nannte den Schritt „verfassungswidrig“."
G11 = "Ein gewählter Gouverneur könne nach der Verfassung nicht per Dekret abgesetzt werden, erklärte die nigerianische Anwaltskammer (NBA)."
G12 = "Sie forderte die Nationalversammlung auf, der Maßnahme die Zustimmung zu verweigern."

DE01 = {
    "id": "hm130-de-01", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "Tinubu verhängt Ausnahmezustand über Rivers",
    "text": paragraphs([G1, G2, G3, G4, G5, G6], [G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("COERCE", TINUBU, None, G1, mode="martial-law", date="2025-03-18", location="Rivers State", location_country="NGA"),
        event("COERCE", TINUBU, FUBARA, G1, mode="restrict", date="2025-03-18", location="Rivers State", location_country="NGA"),
        event("COERCE", TINUBU, ODU, G2, mode="restrict", date="2025-03-18", location="Rivers State", location_country="NGA"),
        event("COERCE", TINUBU, RIVERS_ASSEMBLY, G2, mode="restrict", date="2025-03-18", location="Rivers State", location_country="NGA"),
        event("ACCUSE", TINUBU, FUBARA, G4, mode="allege", date="2025-03-18"),
        event("ACCUSE", TINUBU, NGA_MILITANTS, G6, mode="allege"),
        event("ACCUSE", TINUBU, FUBARA, G6, mode="allege"),
        event("MOBILIZE", NGA_ARMY, None, G7, mode="troops", date="2025-03-18", location="Port Harcourt", location_country="NGA"),
        event("SUPPORT", WIKE, TINUBU, G9),
        event("ACCUSE", ATIKU, TINUBU, G10, mode="disapprove"),
        event("ACCUSE", NBA, TINUBU, G11, mode="disapprove"),
        event("REQUEST", NBA, NGA_NASS, G12, mode="change"),
    ],
    "quotes": [
        quote("den Sitz des Landesparlaments abreißen zu lassen und Urteile des Obersten Gerichts zu missachten", "Bola Tinubu", "indirect"),
        quote("Kein vernünftiger Präsident kann tatenlos zusehen, wie ein Bundesstaat ins Chaos abgleitet", "Bola Tinubu", "direct"),
        quote("zu denen sich militante Gruppen bekannt hätten, ohne dass der Gouverneur eingeschritten sei", "Bola Tinubu", "indirect"),
        quote("verfassungswidrig", "Atiku Abubakar", "direct"),
        quote("Ein gewählter Gouverneur könne nach der Verfassung nicht per Dekret abgesetzt werden", "Nigerian Bar Association", "indirect"),
        quote("der Maßnahme die Zustimmung zu verweigern", "Nigerian Bar Association", "indirect"),
    ],
    "entities": [
        entity("Nigeria", "GPE", "NGA", ["Nigerias"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "Tinubu", "der Präsident", "Er", "des Präsidenten"]),
        entity("Rivers State", "LOC", "NGA", ["den ölreichen Bundesstaat Rivers"]),
        entity("Siminalayi Fubara", "PER", "NGA", ["Gouverneur Siminalayi Fubara", "Fubaras", "Fubara", "der Gouverneur"]),
        entity("Ngozi Odu", "PER", "NGA", ["Fubaras Stellvertreterin Ngozi Odu"]),
        entity("Rivers State House of Assembly", "ORG", "NGA", ["sämtliche Abgeordnete des Landesparlaments", "des Landesparlaments", "der Abgeordneten"]),
        entity("Ibok-Ete Ibas", "PER", "NGA", ["den pensionierten Vizeadmiral Ibok-Ete Ibas"]),
        entity("Supreme Court of Nigeria", "ORG", "NGA", ["des Obersten Gerichts"]),
        entity("Niger Delta militants", "ORG", "NGA", ["militante Gruppen"]),
        entity("Nigerian Army", "ORG", "NGA", ["Soldaten"]),
        entity("Rivers State Government House", "LOC", "NGA", ["dem Regierungssitz in Port Harcourt"]),
        entity("Port Harcourt", "LOC", "NGA", ["Port Harcourt"]),
        entity("Nyesom Wike", "PER", "NGA", ["seinem Vorgänger Nyesom Wike", "Wike"]),
        entity("Federal Capital Territory", "LOC", "NGA", ["das Hauptstadtterritorium Abuja"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Der frühere Vizepräsident Atiku Abubakar"]),
        entity("Nigerian Bar Association", "ORG", "NGA", ["die nigerianische Anwaltskammer (NBA)", "Sie"]),
        entity("National Assembly of Nigeria", "ORG", "NGA", ["die Nationalversammlung"]),
    ],
}

# ---------------------------------------------------------------- hm130-de-02
SNA = actor("Somali National Army", "SOM", "MIL")
JUBALAND_FORCES = actor("Jubaland Security Forces", "SOM", "MIL")
MADOBE = actor("Ahmed Madobe", "SOM", "GOV")
FGS = actor("Federal Government of Somalia", "SOM", "GOV")
KENYA = actor("Kenya", "KEN", "GOV")
KISMAYO_COURT = actor("Jubaland court in Kismayo", "SOM", "JUD")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
BANADIR_COURT = actor("Banadir Regional Court", "SOM", "JUD")
JUBALAND = actor("Jubaland administration", "SOM", "GOV")
UN = actor("United Nations", "UNO", "IGO")

H1 = "Im Süden Somalias haben sich Regierungstruppen und Einheiten des Teilstaats Jubaland am Mittwoch schwere Gefechte um den Küstenort Ras Kamboni geliefert."
H2 = "Jubalands Präsident Ahmed Madobe erklärte, seine Truppen hätten die Angreifer zurückgeschlagen und Dutzende Soldaten gefangen genommen."
H3 = "Rund hundert Regierungssoldaten flohen nach Angaben kenianischer Behörden über die nahe Grenze nach Kenia."
H4 = "Kenia bestätigte, die Männer im Grenzort Hulugho vorübergehend aufgenommen und versorgt zu haben."
H5 = "Die Bundesregierung in Mogadischu sprach von einem Angriff auf ihre Soldaten und machte Madobe für das Blutvergießen verantwortlich."
H6 = "Der Konflikt hatte sich an Madobes umstrittener Wiederwahl durch das Regionalparlament im November entzündet."
H7 = "Ein Gericht in Kismayo erließ daraufhin einen Haftbefehl gegen Staatspräsident Hassan Sheikh Mohamud wegen Hochverrats, ein Gericht in Mogadischu seinerseits einen gegen Madobe."
H8 = "Die Regionalregierung in Kismayo kündigte zudem die Zusammenarbeit mit der Bundesregierung auf."
H9 = "Die Vereinten Nationen riefen beide Seiten auf, die Kämpfe sofort einzustellen und ihren Streit im Dialog beizulegen."
H10 = "Die Gefechte schwächen nach Einschätzung von Beobachtern den Kampf gegen die Islamistenmiliz Al-Shabaab, die weite Teile der Region kontrolliert."

DE02 = {
    "id": "hm130-de-02", "lang": "de", "url": None, "published": "2024-12-12",
    "title": "Gefechte zwischen Armee und Jubaland-Truppen in Somalia",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8], [H9, H10]),
    "events": [
        event("ASSAULT", SNA, JUBALAND_FORCES, H1, date="2024-12-11", location="Ras Kamboni", location_country="SOM"),
        event("ASSAULT", JUBALAND_FORCES, SNA, H2, mode="abduct", location="Ras Kamboni", location_country="SOM"),
        event("RETREAT", SNA, None, H3, mode="withdraw", location="Somalia-Kenya border", location_country="SOM"),
        event("AID", KENYA, SNA, H4, location="Hulugho", location_country="KEN"),
        event("ACCUSE", FGS, MADOBE, H5, mode="allege"),
        event("THREATEN", KISMAYO_COURT, HSM, H7, mode="arrest", location="Kismayo", location_country="SOM"),
        event("ACCUSE", KISMAYO_COURT, HSM, H7, mode="allege", location="Kismayo", location_country="SOM"),
        event("THREATEN", BANADIR_COURT, MADOBE, H7, mode="arrest", location="Mogadishu", location_country="SOM"),
        event("SANCTION", JUBALAND, FGS, H8, mode="discontinue"),
        event("REQUEST", UN, FGS, H9, mode="yield"),
        event("REQUEST", UN, JUBALAND, H9, mode="yield"),
    ],
    "quotes": [
        quote("seine Truppen hätten die Angreifer zurückgeschlagen und Dutzende Soldaten gefangen genommen", "Ahmed Madobe", "indirect"),
        quote("Rund hundert Regierungssoldaten flohen nach Angaben kenianischer Behörden über die nahe Grenze nach Kenia", "Kenyan authorities", "indirect"),
        quote("die Männer im Grenzort Hulugho vorübergehend aufgenommen und versorgt zu haben", "Kenya", "indirect"),
        quote("Die Gefechte schwächen nach Einschätzung von Beobachtern den Kampf gegen die Islamistenmiliz Al-Shabaab, die weite Teile der Region kontrolliert", "observers", "indirect"),
    ],
    "entities": [
        entity("Somalia", "GPE", "SOM", ["Somalias"]),
        entity("Somali National Army", "ORG", "SOM", ["Regierungstruppen", "die Angreifer", "Dutzende Soldaten", "Rund hundert Regierungssoldaten", "die Männer", "ihre Soldaten"]),
        entity("Jubaland Security Forces", "ORG", "SOM", ["Einheiten des Teilstaats Jubaland", "seine Truppen"]),
        entity("Jubaland", "LOC", "SOM", ["des Teilstaats Jubaland", "Jubalands"]),
        entity("Ras Kamboni", "LOC", "SOM", ["den Küstenort Ras Kamboni"]),
        entity("Ahmed Madobe", "PER", "SOM", ["Jubalands Präsident Ahmed Madobe", "Madobe", "Madobes"]),
        entity("Kenyan authorities", "ORG", "KEN", ["kenianischer Behörden"]),
        entity("Kenya", "GPE", "KEN", ["Kenia"]),
        entity("Somalia-Kenya border", "LOC", None, ["die nahe Grenze"]),
        entity("Hulugho", "LOC", "KEN", ["Grenzort Hulugho"]),
        entity("Federal Government of Somalia", "ORG", "SOM", ["Die Bundesregierung in Mogadischu", "der Bundesregierung"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Jubaland Parliament", "ORG", "SOM", ["das Regionalparlament"]),
        entity("Jubaland court in Kismayo", "ORG", "SOM", ["Ein Gericht in Kismayo"]),
        entity("Kismayo", "LOC", "SOM", ["Kismayo"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Staatspräsident Hassan Sheikh Mohamud"]),
        entity("Banadir Regional Court", "ORG", "SOM", ["ein Gericht in Mogadischu"]),
        entity("Jubaland administration", "ORG", "SOM", ["Die Regionalregierung in Kismayo"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("observers", "ORG", None, ["Beobachtern"]),
        entity("al-Shabaab", "ORG", "SOM", ["die Islamistenmiliz Al-Shabaab"]),
    ],
}

# ---------------------------------------------------------------- hm130-de-03
MAR_GENDARMERIE = actor("Royal Moroccan Gendarmerie", "MAR", "COP")
LQLIAA_ATTACKERS = actor("Lqliaa attackers", "MAR", "CVL")
MAR_INTERIOR = actor("Interior Ministry of Morocco", "MAR", "GOV")
MAR_SECURITY = actor("Moroccan security forces", "MAR", "COP")
MAR_POLICE = actor("Moroccan police", "MAR", "COP")
GENZ_PROTESTERS = actor("GenZ 212 protesters", "MAR", "CVL")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")

I1 = "Bei den seit Tagen andauernden Jugendprotesten in Marokko sind erstmals Menschen getötet worden."
I2 = "Gendarmen erschossen am späten Mittwochabend in Lqliaa nahe Agadir zwei Männer, die nach Angaben des Innenministeriums mit Messern bewaffnet eine Gendarmeriewache stürmen und Waffen erbeuten wollten."
I3 = "Ein Sprecher des Ministeriums sprach von „legitimer Selbstverteidigung“."
I4 = "Landesweit seien seit Samstag mehr als 400 Menschen festgenommen worden, darunter zahlreiche Minderjährige, sagte er."
I5 = "In Rabat und Casablanca hatten Polizisten Demonstranten in den vergangenen Tagen vor laufenden Kameras in Einsatzwagen gezerrt."
I6 = "Zu den Protesten ruft eine lose Online-Bewegung namens GenZ 212 auf, deren Anhänger sich über die Plattform Discord verabreden."
I7 = "Sie verlangt bessere Krankenhäuser und Schulen statt Milliardeninvestitionen in Stadien für die Fußball-Weltmeisterschaft 2030."
I8 = "Auslöser war der Tod von acht Frauen nach Kaiserschnitten in einem staatlichen Krankenhaus in Agadir im September."
I9 = "In Rabat, Casablanca und Agadir gingen am Mittwoch erneut Tausende junge Menschen auf die Straße; in mehreren Städten gingen Autos und Bankfilialen in Flammen auf."
I10 = "Die Regierung von Ministerpräsident Aziz Akhannouch erklärte sich am Donnerstag zum Dialog mit den jungen Demonstranten bereit."
I11 = "Man werde ihre Forderungen „mit Verantwortung und Ernsthaftigkeit“ prüfen, hieß es in einer Erklärung."
I12 = "Die Marokkanische Menschenrechtsvereinigung (AMDH) verurteilte die Massenfestnahmen und verlangte die Freilassung aller Inhaftierten."

DE03 = {
    "id": "hm130-de-03", "lang": "de", "url": None, "published": "2025-10-02",
    "title": "Erste Tote bei Jugendprotesten in Marokko",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9], [I10, I11, I12]),
    "events": [
        event("ASSAULT", MAR_GENDARMERIE, LQLIAA_ATTACKERS, I2, mode="firearms", date="2025-10-01", location="Lqliaa", location_country="MAR"),
        event("ACCUSE", MAR_INTERIOR, LQLIAA_ATTACKERS, I2, mode="allege"),
        event("COERCE", MAR_SECURITY, GENZ_PROTESTERS, I4, mode="arrest"),
        event("COERCE", MAR_POLICE, GENZ_PROTESTERS, I5, mode="arrest", location="Rabat", location_country="MAR"),
        event("PROTEST", GENZ_PROTESTERS, MAR_GOV, I9, mode="demo", date="2025-10-01", location="Rabat", location_country="MAR"),
        event("AGREE", MAR_GOV, GENZ_PROTESTERS, I10, date="2025-10-02"),
        event("AGREE", MAR_GOV, GENZ_PROTESTERS, I11),
        event("ACCUSE", AMDH, MAR_SECURITY, I12, mode="disapprove"),
        event("REQUEST", AMDH, MAR_GOV, I12, mode="yield"),
    ],
    "quotes": [
        quote("mit Messern bewaffnet eine Gendarmeriewache stürmen und Waffen erbeuten wollten", "Interior Ministry of Morocco", "indirect"),
        quote("legitimer Selbstverteidigung", "Spokesperson of the Interior Ministry of Morocco", "direct"),
        quote("Landesweit seien seit Samstag mehr als 400 Menschen festgenommen worden, darunter zahlreiche Minderjährige", "Spokesperson of the Interior Ministry of Morocco", "indirect"),
        quote("mit Verantwortung und Ernsthaftigkeit", "Government of Morocco", "direct"),
        quote("Man werde ihre Forderungen „mit Verantwortung und Ernsthaftigkeit“ prüfen", "Government of Morocco", "indirect"),
    ],
    "entities": [
        entity("Morocco", "GPE", "MAR", ["Marokko"]),
        entity("Royal Moroccan Gendarmerie", "ORG", "MAR", ["Gendarmen"]),
        entity("Lqliaa", "LOC", "MAR", ["Lqliaa"]),
        entity("Agadir", "LOC", "MAR", ["Agadir"]),
        entity("Lqliaa attackers", "ORG", "MAR", ["zwei Männer"]),
        entity("Interior Ministry of Morocco", "ORG", "MAR", ["des Innenministeriums", "des Ministeriums"]),
        entity("Lqliaa gendarmerie post", "LOC", "MAR", ["eine Gendarmeriewache"]),
        entity("Spokesperson of the Interior Ministry of Morocco", "PER", "MAR", ["Ein Sprecher des Ministeriums", "er"]),
        entity("GenZ 212 protesters", "ORG", "MAR", ["mehr als 400 Menschen", "Demonstranten", "Tausende junge Menschen", "den jungen Demonstranten", "ihre", "aller Inhaftierten"]),
        entity("Moroccan police", "ORG", "MAR", ["Polizisten"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Casablanca", "LOC", "MAR", ["Casablanca"]),
        entity("GenZ 212", "ORG", "MAR", ["eine lose Online-Bewegung namens GenZ 212", "Sie", "deren"]),
        entity("Discord", "ORG", "MNC", ["die Plattform Discord"]),
        entity("2030 FIFA World Cup", "ORG", None, ["die Fußball-Weltmeisterschaft 2030"]),
        entity("women who died in Agadir", "ORG", "MAR", ["acht Frauen"]),
        entity("Hassan II Hospital in Agadir", "LOC", "MAR", ["einem staatlichen Krankenhaus in Agadir"]),
        entity("Government of Morocco", "ORG", "MAR", ["Die Regierung von Ministerpräsident Aziz Akhannouch", "Man"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Ministerpräsident Aziz Akhannouch"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR", ["Die Marokkanische Menschenrechtsvereinigung (AMDH)"]),
    ],
}

# ---------------------------------------------------------------- hm130-de-04
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_KURDS = actor("Syrian Kurds", "SYR", "CVL")
SYR_FORCES = actor("Syrian government forces", "SYR", "MIL")
SYR_MILITIAS = actor("pro-government militias", "SYR", "MIL")
ALAWITES = actor("Alawite civilians", "SYR", "CVL")
US_STATE = actor("US State Department", "USA", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
TUR_MOD = actor("Official of the Turkish Defence Ministry", "TUR", "GOV")

J1 = "Syriens Übergangspräsident Ahmed al-Scharaa und der Kommandeur der kurdisch geführten Syrischen Demokratischen Kräfte (SDF), Maslum Abdi, haben am Montag ein Abkommen über die Eingliederung der SDF in die staatlichen Institutionen unterzeichnet."
J2 = "Abdi war dafür nach Damaskus gereist, wo ihn al-Scharaa im Präsidentenpalast empfing."
J3 = "Nach dem Abkommen sollen alle zivilen und militärischen Einrichtungen im Nordosten, darunter Grenzübergänge, der Flughafen von Kamischli sowie die Öl- und Gasfelder, bis Jahresende unter staatliche Kontrolle kommen."
J4 = "Im Gegenzug sichert die Regierung den Kurden als „integralem Bestandteil“ des syrischen Staates volle Bürgerrechte zu."
J5 = "Zudem vereinbarten beide Seiten eine landesweite Waffenruhe."
J6 = "„Dies ist eine echte Chance, ein neues Syrien aufzubauen“, schrieb Abdi auf der Plattform X."
J7 = "In Kamischli und Hasaka feierten Tausende Menschen die Einigung auf den Straßen."
J8 = "Die Einigung kommt wenige Tage nach schweren Gewalttaten in den Küstenprovinzen Latakia und Tartus, bei denen nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte mehr als tausend Zivilisten, überwiegend Alawiten, von Regierungskräften und verbündeten Milizen getötet wurden."
J9 = "Al-Scharaa hatte eine Untersuchungskommission eingesetzt und versprochen, die Verantwortlichen zur Rechenschaft zu ziehen."
J10 = "Das US-Außenministerium begrüßte die Vereinbarung."
J11 = "Die Türkei, die die SDF als Ableger der verbotenen kurdischen Arbeiterpartei PKK betrachtet, reagierte zurückhaltend."
J12 = "Die Umsetzung müsse zur vollständigen Entwaffnung der Miliz führen, sagte ein Vertreter des Verteidigungsministeriums in Ankara."

DE04 = {
    "id": "hm130-de-04", "lang": "de", "url": None, "published": "2025-03-11",
    "title": "Syrische Regierung und SDF vereinbaren Eingliederung",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12]),
    "events": [
        event("SUPPORT", SHARAA, ABDI, J1, date="2025-03-10", location="Damascus", location_country="SYR"),
        event("CONSULT", ABDI, SHARAA, J2, mode="visit", date="2025-03-10", location="Damascus", location_country="SYR"),
        event("CONCEDE", SDF, SYR_GOV, J3),
        event("CONCEDE", SYR_GOV, SYR_KURDS, J4),
        event("AGREE", SYR_GOV, SDF, J5),
        event("ASSAULT", SYR_FORCES, ALAWITES, J8, mode="targeted", location="Latakia and Tartus", location_country="SYR"),
        event("ASSAULT", SYR_MILITIAS, ALAWITES, J8, mode="targeted", location="Latakia and Tartus", location_country="SYR"),
        event("ACCUSE", SHARAA, None, J9, mode="investigate"),
        event("SUPPORT", US_STATE, SYR_GOV, J10),
        event("SUPPORT", US_STATE, SDF, J10),
        event("ACCUSE", TURKEY, SDF, J11, mode="allege"),
        event("REQUEST", TUR_MOD, SDF, J12, mode="yield"),
    ],
    "quotes": [
        quote("integralem Bestandteil", "Government of Syria", "direct"),
        quote("Dies ist eine echte Chance, ein neues Syrien aufzubauen", "Mazloum Abdi", "direct"),
        quote("mehr als tausend Zivilisten, überwiegend Alawiten, von Regierungskräften und verbündeten Milizen getötet wurden", "Syrian Observatory for Human Rights", "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "Ahmed al-Sharaa", "indirect"),
        quote("Die Umsetzung müsse zur vollständigen Entwaffnung der Miliz führen", "Official of the Turkish Defence Ministry", "indirect"),
    ],
    "entities": [
        entity("Syria", "GPE", "SYR", ["Syriens", "des syrischen Staates", "Syrien"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Syriens Übergangspräsident Ahmed al-Scharaa", "al-Scharaa", "Al-Scharaa"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["der kurdisch geführten Syrischen Demokratischen Kräfte (SDF)", "der SDF", "die SDF", "der Miliz"]),
        entity("Mazloum Abdi", "PER", "SYR", ["der Kommandeur der kurdisch geführten Syrischen Demokratischen Kräfte (SDF), Maslum Abdi", "Abdi", "ihn"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Presidential Palace in Damascus", "LOC", "SYR", ["im Präsidentenpalast"]),
        entity("northeastern Syria", "LOC", "SYR", ["im Nordosten"]),
        entity("border crossings in northeastern Syria", "LOC", "SYR", ["Grenzübergänge"]),
        entity("Qamishli Airport", "LOC", "SYR", ["der Flughafen von Kamischli"]),
        entity("oil and gas fields in northeastern Syria", "LOC", "SYR", ["die Öl- und Gasfelder"]),
        entity("Government of Syria", "ORG", "SYR", ["die Regierung"]),
        entity("Syrian Kurds", "ORG", "SYR", ["den Kurden"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Qamishli", "LOC", "SYR", ["Kamischli"]),
        entity("Hasakah", "LOC", "SYR", ["Hasaka"]),
        entity("celebrating crowds", "ORG", "SYR", ["Tausende Menschen"]),
        entity("Latakia and Tartus", "LOC", "SYR", ["den Küstenprovinzen Latakia und Tartus"]),
        entity("Syrian Observatory for Human Rights", "ORG", "GBR", ["der Syrischen Beobachtungsstelle für Menschenrechte"]),
        entity("Alawite civilians", "ORG", "SYR", ["mehr als tausend Zivilisten, überwiegend Alawiten"]),
        entity("Syrian government forces", "ORG", "SYR", ["Regierungskräften"]),
        entity("pro-government militias", "ORG", "SYR", ["verbündeten Milizen"]),
        entity("Syrian coast investigation committee", "ORG", "SYR", ["eine Untersuchungskommission"]),
        entity("US State Department", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("PKK", "ORG", "TUR", ["der verbotenen kurdischen Arbeiterpartei PKK"]),
        entity("Official of the Turkish Defence Ministry", "PER", "TUR", ["ein Vertreter des Verteidigungsministeriums in Ankara"]),
        entity("Turkish Defence Ministry", "ORG", "TUR", ["des Verteidigungsministeriums in Ankara"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
    ],
}

# ---------------------------------------------------------------- hm130-en-01
TCHIROMA = actor("Issa Tchiroma Bakary", "CMR", "OPP")
CMR_COUNCIL = actor("Constitutional Council of Cameroon", "CMR", "JUD")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
CMR_PROTESTERS = actor("Tchiroma supporters", "CMR", "OPP")
CMR_SECURITY = actor("Cameroonian security forces", "CMR", "COP")
ATANGA_NJI = actor("Paul Atanga Nji", "CMR", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
BIYA = actor("Paul Biya", "CMR", "GOV")
CMR_OPP = actor("Cameroonian opposition", "CMR", "OPP")
OHCHR = actor("UN human rights office", "UNO", "IGO")

K1 = "Cameroon's Constitutional Council on Monday declared 92-year-old President Paul Biya the winner of the Oct. 12 election with 53.7 percent of the vote, handing the world's oldest head of state an eighth term."
K2 = "Former government minister Issa Tchiroma Bakary, credited with 35.2 percent, rejected the result and again claimed victory."
K3 = "\"The people have spoken and I will not let their victory be stolen,\" he said in a video posted from his home in the northern city of Garoua."
K4 = "Protesters burned tyres and blocked roads in Douala, Garoua and Maroua after the announcement, and security forces fired tear gas and live rounds to disperse them, witnesses said."
K5 = "At least four people were killed in Douala on Sunday, according to a local rights group."
K6 = "Territorial Administration Minister Paul Atanga Nji accused Tchiroma of inciting an insurrection and warned that he would face the full force of the law if the unrest continued."
K7 = "Tchiroma said security forces had surrounded his house and that snipers had fired on supporters gathered outside, killing two."
K8 = "Dozens of opposition supporters have been detained since the vote, according to lawyers."
K9 = "Internet access has been restricted in several regions since Sunday, the monitoring group NetBlocks said."
K10 = "African Union Commission chairman Mahmoud Ali Youssouf congratulated Biya and urged the opposition to pursue its grievances through legal channels."
K11 = "The U.N. human rights office called on the authorities to release people detained for peaceful protest and to investigate the deaths."
K12 = "Biya, who has ruled since 1982, made only one campaign appearance and spent much of the year in Switzerland."

EN01 = {
    "id": "hm130-en-01", "lang": "en", "url": None, "published": "2025-10-27",
    "title": "Cameroon court confirms Biya win as rival rejects result",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11, K12]),
    "events": [
        event("REJECT", TCHIROMA, CMR_COUNCIL, K2),
        event("ACCUSE", TCHIROMA, CMR_GOV, K3, mode="allege"),
        event("PROTEST", CMR_PROTESTERS, CMR_GOV, K4, mode="obstruct", date="2025-10-27", location="Douala", location_country="CMR"),
        event("ASSAULT", CMR_SECURITY, CMR_PROTESTERS, K4, mode="firearms", date="2025-10-27", location="Douala", location_country="CMR"),
        event("ACCUSE", ATANGA_NJI, TCHIROMA, K6, mode="allege"),
        event("THREATEN", ATANGA_NJI, TCHIROMA, K6, mode="arrest"),
        event("ACCUSE", TCHIROMA, CMR_SECURITY, K7, mode="allege"),
        event("COERCE", CMR_SECURITY, CMR_PROTESTERS, K8, mode="arrest"),
        event("COERCE", CMR_GOV, None, K9, mode="withhold", date="2025-10-26"),
        event("SUPPORT", YOUSSOUF, BIYA, K10),
        event("REQUEST", YOUSSOUF, CMR_OPP, K10, mode="change"),
        event("REQUEST", OHCHR, CMR_GOV, K11, mode="yield"),
    ],
    "quotes": [
        quote("The people have spoken and I will not let their victory be stolen", "Issa Tchiroma Bakary", "direct"),
        quote("Protesters burned tyres and blocked roads in Douala, Garoua and Maroua after the announcement, and security forces fired tear gas and live rounds to disperse them", "witnesses", "indirect"),
        quote("At least four people were killed in Douala on Sunday", "local rights group", "indirect"),
        quote("of inciting an insurrection", "Paul Atanga Nji", "indirect"),
        quote("he would face the full force of the law if the unrest continued", "Paul Atanga Nji", "indirect"),
        quote("security forces had surrounded his house and that snipers had fired on supporters gathered outside, killing two", "Issa Tchiroma Bakary", "indirect"),
        quote("Dozens of opposition supporters have been detained since the vote", "lawyers", "indirect"),
        quote("Internet access has been restricted in several regions since Sunday", "NetBlocks", "indirect"),
    ],
    "entities": [
        entity("Constitutional Council of Cameroon", "ORG", "CMR", ["Cameroon's Constitutional Council"]),
        entity("Cameroon", "GPE", "CMR", ["Cameroon"]),
        entity("Paul Biya", "PER", "CMR", ["92-year-old President Paul Biya", "the world's oldest head of state", "Biya"]),
        entity("Issa Tchiroma Bakary", "PER", "CMR", ["Former government minister Issa Tchiroma Bakary", "he", "his", "Tchiroma"]),
        entity("Cameroonian people", "ORG", "CMR", ["The people"]),
        entity("Garoua", "LOC", "CMR", ["the northern city of Garoua", "Garoua"]),
        entity("Tchiroma supporters", "ORG", "CMR", ["Protesters", "them", "supporters gathered outside", "Dozens of opposition supporters", "people detained for peaceful protest"]),
        entity("Douala", "LOC", "CMR", ["Douala"]),
        entity("Douala victims", "ORG", "CMR", ["At least four people"]),
        entity("Maroua", "LOC", "CMR", ["Maroua"]),
        entity("Cameroonian security forces", "ORG", "CMR", ["security forces", "snipers"]),
        entity("witnesses", "ORG", None, ["witnesses"]),
        entity("local rights group", "ORG", "CMR", ["a local rights group"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Territorial Administration Minister Paul Atanga Nji"]),
        entity("lawyers", "ORG", "CMR", ["lawyers"]),
        entity("NetBlocks", "ORG", "NGO", ["the monitoring group NetBlocks"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO", ["African Union Commission chairman Mahmoud Ali Youssouf"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Cameroonian opposition", "ORG", "CMR", ["the opposition"]),
        entity("UN human rights office", "ORG", "UNO", ["The U.N. human rights office"]),
        entity("Government of Cameroon", "ORG", "CMR", ["the authorities"]),
        entity("Switzerland", "GPE", "CHE", ["Switzerland"]),
    ],
}

# ---------------------------------------------------------------- hm130-en-02
PARAGUAY = actor("Paraguay", "PRY", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
RAMIREZ = actor("Rubén Ramírez Lezcano", "PRY", "GOV")
ABIN = actor("Brazilian Intelligence Agency", "BRA", "GOV")
PRY_OPP = actor("Paraguayan opposition senators", "PRY", "LEG")
PENA = actor("Santiago Peña", "PRY", "GOV")
VIEIRA = actor("Mauro Vieira", "BRA", "GOV")
BRA_POLICE = actor("Federal Police of Brazil", "BRA", "COP")

L1 = "Paraguay on Monday suspended negotiations with Brazil over the financial terms of the giant Itaipu hydroelectric dam after reports that Brazilian intelligence had hacked the computers of Paraguayan officials involved in the talks."
L2 = "Foreign Minister Ruben Ramirez Lezcano said Asuncion had also recalled its ambassador in Brasilia for consultations and summoned Brazil's envoy to demand explanations."
L3 = "\"There can be no negotiations while there is no clarity about these acts,\" Ramirez Lezcano told reporters in Asuncion."
L4 = "The Brazilian news site UOL reported last week that the Brazilian Intelligence Agency (ABIN) had tried to obtain confidential information on Paraguay's negotiating position in 2022 and 2023."
L5 = "Brazil's Foreign Ministry said in a statement that the operation had been authorised under the government of former President Jair Bolsonaro and was halted by ABIN's current leadership in March 2023."
L6 = "It said the administration of President Luiz Inacio Lula da Silva had not been aware of the operation."
L7 = "Annex C of the 1973 treaty, which sets the price Brazil pays for Paraguay's unused share of the dam's electricity, was due to be revised this year."
L8 = "Opposition senators in Asuncion demanded that President Santiago Pena freeze all cooperation with Brazil until Brasilia offers a formal apology."
L9 = "Brazilian Foreign Minister Mauro Vieira phoned Ramirez Lezcano on Monday evening and offered to share the findings of an internal inquiry, a Brazilian diplomatic source said."
L10 = "ABIN said it was cooperating with a Federal Police investigation into the case."

EN02 = {
    "id": "hm130-en-02", "lang": "en", "url": None, "published": "2025-04-01",
    "title": "Paraguay suspends Itaipu talks with Brazil over hacking",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("SANCTION", PARAGUAY, BRAZIL, L1, mode="discontinue", date="2025-03-31"),
        event("SANCTION", PARAGUAY, BRAZIL, L2, mode="withdraw"),
        event("ACCUSE", PARAGUAY, BRAZIL, L2, mode="disapprove"),
        event("REQUEST", PARAGUAY, BRAZIL, L2),
        event("REJECT", RAMIREZ, BRAZIL, L3, mode="meet", location="Asunción", location_country="PRY"),
        event("COERCE", ABIN, PARAGUAY, L5, mode="cyber"),
        event("REQUEST", PRY_OPP, PENA, L8, mode="change"),
        event("CONSULT", VIEIRA, RAMIREZ, L9, mode="phone", date="2025-03-31"),
        event("AGREE", VIEIRA, RAMIREZ, L9, date="2025-03-31"),
        event("ACCUSE", BRA_POLICE, ABIN, L10, mode="investigate"),
    ],
    "quotes": [
        quote("Asuncion had also recalled its ambassador in Brasilia for consultations and summoned Brazil's envoy to demand explanations", "Rubén Ramírez Lezcano", "indirect"),
        quote("There can be no negotiations while there is no clarity about these acts", "Rubén Ramírez Lezcano", "direct"),
        quote("the Brazilian Intelligence Agency (ABIN) had tried to obtain confidential information on Paraguay's negotiating position in 2022 and 2023", "UOL", "indirect"),
        quote("the operation had been authorised under the government of former President Jair Bolsonaro and was halted by ABIN's current leadership in March 2023", "Foreign Ministry of Brazil", "indirect"),
        quote("the administration of President Luiz Inacio Lula da Silva had not been aware of the operation", "Foreign Ministry of Brazil", "indirect"),
        quote("Brazilian Foreign Minister Mauro Vieira phoned Ramirez Lezcano on Monday evening and offered to share the findings of an internal inquiry", "Brazilian diplomatic source", "indirect"),
        quote("it was cooperating with a Federal Police investigation into the case", "Brazilian Intelligence Agency", "indirect"),
    ],
    "entities": [
        entity("Paraguay", "GPE", "PRY", ["Paraguay"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Asunción", "LOC", "PRY", ["Asuncion"]),
        entity("Brasília", "LOC", "BRA", ["Brasilia"]),
        entity("Itaipu Dam", "LOC", None, ["the giant Itaipu hydroelectric dam", "the dam"]),
        entity("Brazilian Intelligence Agency", "ORG", "BRA", ["Brazilian intelligence", "the Brazilian Intelligence Agency (ABIN)", "ABIN"]),
        entity("Paraguayan negotiators", "ORG", "PRY", ["Paraguayan officials involved in the talks"]),
        entity("Rubén Ramírez Lezcano", "PER", "PRY", ["Foreign Minister Ruben Ramirez Lezcano", "Ramirez Lezcano"]),
        entity("Paraguayan ambassador to Brazil", "PER", "PRY", ["its ambassador in Brasilia"]),
        entity("Brazilian ambassador to Paraguay", "PER", "BRA", ["Brazil's envoy"]),
        entity("UOL", "ORG", "BRA", ["The Brazilian news site UOL"]),
        entity("Foreign Ministry of Brazil", "ORG", "BRA", ["Brazil's Foreign Ministry", "It"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva"]),
        entity("Itaipu Treaty", "ORG", None, ["the 1973 treaty"]),
        entity("Paraguayan opposition senators", "ORG", "PRY", ["Opposition senators in Asuncion"]),
        entity("Santiago Peña", "PER", "PRY", ["President Santiago Pena"]),
        entity("Mauro Vieira", "PER", "BRA", ["Brazilian Foreign Minister Mauro Vieira"]),
        entity("Brazilian diplomatic source", "PER", "BRA", ["a Brazilian diplomatic source"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Federal Police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
