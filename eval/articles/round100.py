"""Round 100: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm100-de-01: Myanmar's junta holds the first phase of its election; NUG boycott, arrests, air strikes in Sagaing (December 2025).
- hm100-de-02: Venezuela closes its embassy in Norway after María Corina Machado's Nobel Peace Prize (October 2025).
- hm100-de-03: Solomon Islands parliament elects Jeremiah Manele prime minister under foreign police support (May 2024).
- hm100-de-04: Trump's pardon frees Juan Orlando Hernández during Honduras' vote count (December 2025).
- hm100-en-01: US and UK sanctions on Cambodia's Prince Group and charges against Chen Zhi (October 2025).
- hm100-en-02: The US lists Colombia as having "failed demonstrably" on drugs; Petro's reaction (September 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm100-de-01
UN = actor("United Nations", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
JUNTA = actor("Myanmar military junta", "MMR", "GOV")
UEC = actor("Union Election Commission", "MMR", "GOV")
NLD = actor("National League for Democracy (NLD)", "MMR", "PTY")
NUG = actor("National Unity Government (NUG)", "MMR", "OPP")
MMR_PEOPLE = actor("people of Myanmar", "MMR", "CVL")
MMR_POLICE = actor("Myanmar Police Force", "MMR", "COP")
MMR_CIV = actor("civilians", "MMR", "CVL")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
ZMA = actor("Zin Mar Aung", "MMR", "OPP")
CHN = actor("China", "CHN", "GOV")
ASEAN = actor("ASEAN", "IGO", "IGO")

G1 = "Unter scharfer Kritik aus dem Ausland hat Myanmars Militärjunta am Sonntag die erste Phase einer Parlamentswahl abgehalten."
G2 = "Die Vereinten Nationen und die Europäische Union hatten die Abstimmung schon vorab verurteilt, weil die Opposition ausgeschlossen ist."
G3 = "Die Wahlkommission der Junta hatte die Partei von Aung San Suu Kyi, die Nationale Liga für Demokratie (NLD), bereits 2023 aufgelöst."
G4 = "Die Schattenregierung der Nationalen Einheit (NUG) boykottiert die Wahl und rief die Bevölkerung auf, zu Hause zu bleiben."
G5 = "In Sagaing und Mandalay wurden nach Angaben von Menschenrechtlern mehr als 200 Menschen festgenommen, weil sie online zum Boykott aufgerufen hatten."
G6 = "Zugleich bombardierte die Luftwaffe am Wahltag mehrere Dörfer in der Region Sagaing."
G7 = "Juntachef Min Aung Hlaing gab seine Stimme in Naypyidaw ab und sagte, die Wahl werde „Frieden und Stabilität“ bringen."
G8 = "»Diese Wahl ist eine Farce, mit der die Generäle ihre Verbrechen verschleiern wollen«, sagte die NUG-Außenministerin Zin Mar Aung."
G9 = "China, der wichtigste Verbündete der Generäle, hatte Wahlhelfer geschult und Technik geliefert."
G10 = "Der Staatenbund Asean lehnte eine Einladung der Junta ab, Beobachter zu entsenden."

DE01 = {
    "id": "hm100-de-01", "lang": "de", "url": None, "published": "2025-12-29",
    "title": "Myanmars Junta lässt wählen – Opposition spricht von Farce",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10]),
    "events": [
        event("ACCUSE", UN, JUNTA, G2, mode="disapprove"),
        event("ACCUSE", EU, JUNTA, G2, mode="disapprove"),
        event("COERCE", UEC, NLD, G3, mode="ban"),
        event("PROTEST", NUG, JUNTA, G4, mode="boycott"),
        event("REQUEST", NUG, MMR_PEOPLE, G4),
        event("COERCE", MMR_POLICE, MMR_CIV, G5, mode="arrest"),
        event("ASSAULT", MMR_MIL, MMR_CIV, G6, mode="aerial", date="2025-12-28", location="Sagaing", location_country="MMR"),
        event("ACCUSE", ZMA, JUNTA, G8, mode="disapprove"),
        event("AID", CHN, JUNTA, G9),
        event("REJECT", ASEAN, JUNTA, G10),
    ],
    "quotes": [
        quote("In Sagaing und Mandalay wurden nach Angaben von Menschenrechtlern mehr als 200 Menschen festgenommen, weil sie online zum Boykott aufgerufen hatten", "human rights activists", "indirect"),
        quote("Frieden und Stabilität", "Min Aung Hlaing", "direct"),
        quote("die Wahl werde „Frieden und Stabilität“ bringen", "Min Aung Hlaing", "indirect"),
        quote("Diese Wahl ist eine Farce, mit der die Generäle ihre Verbrechen verschleiern wollen", "Zin Mar Aung", "direct"),
    ],
    "entities": [
        entity("Myanmar", "GPE", "MMR", ["Myanmars"]),
        entity("Myanmar military junta", "ORG", "MMR", ["Myanmars Militärjunta", "der Junta", "die Generäle", "der Generäle"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Union Election Commission", "ORG", "MMR", ["Die Wahlkommission der Junta"]),
        entity("Aung San Suu Kyi", "PER", "MMR", ["Aung San Suu Kyi"]),
        entity("National League for Democracy (NLD)", "ORG", "MMR", ["die Partei von Aung San Suu Kyi, die Nationale Liga für Demokratie (NLD)"]),
        entity("National Unity Government (NUG)", "ORG", "MMR", ["Die Schattenregierung der Nationalen Einheit (NUG)", "NUG"]),
        entity("Sagaing", "LOC", "MMR", ["Sagaing", "der Region Sagaing"]),
        entity("Mandalay", "LOC", "MMR", ["Mandalay"]),
        entity("human rights activists", "ORG", None, ["Menschenrechtlern"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["die Luftwaffe"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing"]),
        entity("Naypyidaw", "LOC", "MMR", ["Naypyidaw"]),
        entity("Zin Mar Aung", "PER", "MMR", ["die NUG-Außenministerin Zin Mar Aung"]),
        entity("China", "GPE", "CHN", ["China", "der wichtigste Verbündete der Generäle"]),
        entity("ASEAN", "ORG", "IGO", ["Der Staatenbund Asean"]),
    ],
}

# ---------------------------------------------------------------- hm100-de-02
VEN = actor("Venezuela", "VEN", "GOV")
NOR = actor("Norway", "NOR", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
NOBEL = actor("Norwegian Nobel Committee", "NOR", "NGO")
MACHADO = actor("María Corina Machado", "VEN", "OPP")
EIDE = actor("Espen Barth Eide", "NOR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
VEN_MIL = actor("Venezuelan armed forces", "VEN", "MIL")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
USA_MIL = actor("United States", "USA", "MIL")
USA = actor("United States", "USA", "GOV")

H1 = "Venezuela hat am Montag die Schließung seiner Botschaft in Norwegen angekündigt, wenige Tage nach der Vergabe des Friedensnobelpreises an Oppositionsführerin María Corina Machado."
H2 = "Das Außenministerium in Caracas sprach von einer »Umstrukturierung« des diplomatischen Dienstes."
H3 = "Staatschef Nicolás Maduro hatte das Nobelkomitee zuvor scharf kritisiert und Machado als »Dämonin« bezeichnet."
H4 = "Norwegens Außenminister Espen Barth Eide bedauerte die Entscheidung und betonte, das Komitee sei unabhängig von der Regierung."
H5 = "„Wir wollen den Dialog mit Caracas nicht abbrechen“, sagte er."
H6 = "Machado, die sich seit mehr als einem Jahr versteckt hält, widmete den Preis dem „leidenden Volk Venezuelas“ und US-Präsident Donald Trump."
H7 = "Sie rief die Streitkräfte auf, sich auf die Seite des Volkes zu stellen."
H8 = "Generalstaatsanwalt Tarek William Saab kündigte Ermittlungen gegen die Preisträgerin wegen »Landesverrats« an."
H9 = "Washington verlegte unterdessen weitere Kriegsschiffe in die Karibik."
H10 = "Caracas wirft den USA vor, einen Regierungswechsel erzwingen zu wollen."

DE02 = {
    "id": "hm100-de-02", "lang": "de", "url": None, "published": "2025-10-14",
    "title": "Venezuela schließt Botschaft in Oslo nach Nobelpreis für Machado",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10]),
    "events": [
        event("SANCTION", VEN, NOR, H1, mode="discontinue", date="2025-10-13"),
        event("ACCUSE", MADURO, NOBEL, H3, mode="disapprove"),
        event("ACCUSE", MADURO, MACHADO, H3, mode="disapprove"),
        event("ACCUSE", EIDE, VEN, H4, mode="disapprove"),
        event("AGREE", EIDE, VEN, H5),
        event("SUPPORT", MACHADO, TRUMP, H6),
        event("REQUEST", MACHADO, VEN_MIL, H7, mode="change"),
        event("ACCUSE", SAAB, MACHADO, H8, mode="investigate"),
        event("MOBILIZE", USA_MIL, None, H9, mode="troops", location="Caribbean"),
        event("ACCUSE", VEN, USA, H10, mode="allege"),
    ],
    "quotes": [
        quote("Umstrukturierung", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("Dämonin", "Nicolás Maduro", "direct"),
        quote("das Komitee sei unabhängig von der Regierung", "Espen Barth Eide", "indirect"),
        quote("Wir wollen den Dialog mit Caracas nicht abbrechen", "Espen Barth Eide", "direct"),
        quote("leidenden Volk Venezuelas", "María Corina Machado", "direct"),
        quote("Landesverrats", "Tarek William Saab", "direct"),
        quote("einen Regierungswechsel erzwingen zu wollen", "Government of Venezuela", "indirect"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "Venezuelas", "Caracas"]),
        entity("Norway", "GPE", "NOR", ["Norwegen", "Norwegens"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "Machado", "Sie", "die Preisträgerin"]),
        entity("Nobel Peace Prize", "ORG", "NOR", ["des Friedensnobelpreises"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Das Außenministerium in Caracas"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Staatschef Nicolás Maduro"]),
        entity("Norwegian Nobel Committee", "ORG", "NOR", ["das Nobelkomitee", "das Komitee"]),
        entity("Espen Barth Eide", "PER", "NOR", ["Norwegens Außenminister Espen Barth Eide", "er"]),
        entity("Government of Norway", "ORG", "NOR", ["der Regierung"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Venezuelan armed forces", "ORG", "VEN", ["die Streitkräfte"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab"]),
        entity("United States", "GPE", "USA", ["Washington", "den USA"]),
        entity("Caribbean", "LOC", None, ["die Karibik"]),
    ],
}

# ---------------------------------------------------------------- hm100-de-03
SLB_PARL = actor("National Parliament of Solomon Islands", "SLB", "LEG")
MANELE = actor("Jeremiah Manele", "SLB", "GOV")
SOGAVARE = actor("Manasseh Sogavare", "SLB", "GOV")
RSIPF = actor("Royal Solomon Islands Police Force", "SLB", "COP")
AUS_P = actor("Australia", "AUS", "COP")
NZL_P = actor("New Zealand", "NZL", "COP")
FJI_P = actor("Fiji", "FJI", "COP")
WALE = actor("Matthew Wale", "SLB", "OPP")
CHN_G = actor("China", "CHN", "GOV")
AUS_G = actor("Australia", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")

I1 = "Das Parlament der Salomonen hat am Donnerstag den früheren Außenminister Jeremiah Manele zum neuen Regierungschef gewählt."
I2 = "Er setzte sich mit 31 zu 18 Stimmen gegen Oppositionsführer Matthew Wale durch."
I3 = "Der scheidende Premier Manasseh Sogavare hatte Manele als Nachfolger unterstützt."
I4 = "Vor dem Parlament in Honiara hatte die Polizei Hunderte Beamte zusammengezogen, um Unruhen wie im Jahr 2021 zu verhindern."
I5 = "Unterstützt wurden sie von Polizisten aus Australien, Neuseeland und Fidschi."
I6 = "Wale warf Manele vor, ein »Marionettenpremier« Sogavares zu sein, und kündigte harte Oppositionsarbeit an."
I7 = "Manele versprach, seine Regierung werde die Sicherheitsabkommen mit China und Australien beibehalten."
I8 = "„Wir sind Freunde aller und Feinde von niemandem“, sagte er in seiner Antrittsrede."
I9 = "Peking gratulierte umgehend und lud den neuen Premier zu einem Besuch ein."
I10 = "Australiens Premier Anthony Albanese telefonierte am Abend mit Manele, wie ein Sprecher in Canberra mitteilte."

DE03 = {
    "id": "hm100-de-03", "lang": "de", "url": None, "published": "2024-05-02",
    "title": "Salomonen: Manele neuer Regierungschef",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("SUPPORT", SLB_PARL, MANELE, I1, date="2024-05-02"),
        event("SUPPORT", SOGAVARE, MANELE, I3),
        event("MOBILIZE", RSIPF, None, I4, mode="police", date="2024-05-02", location="Honiara", location_country="SLB"),
        event("AID", AUS_P, RSIPF, I5, location="Honiara", location_country="SLB"),
        event("AID", NZL_P, RSIPF, I5, location="Honiara", location_country="SLB"),
        event("AID", FJI_P, RSIPF, I5, location="Honiara", location_country="SLB"),
        event("ACCUSE", WALE, MANELE, I6, mode="disapprove"),
        event("AGREE", MANELE, CHN_G, I7),
        event("AGREE", MANELE, AUS_G, I7),
        event("SUPPORT", CHN_G, MANELE, I9),
        event("AGREE", CHN_G, MANELE, I9),
        event("CONSULT", ALBANESE, MANELE, I10, mode="phone", date="2024-05-02"),
    ],
    "quotes": [
        quote("Marionettenpremier", "Matthew Wale", "direct"),
        quote("ein »Marionettenpremier« Sogavares zu sein", "Matthew Wale", "indirect"),
        quote("seine Regierung werde die Sicherheitsabkommen mit China und Australien beibehalten", "Jeremiah Manele", "indirect"),
        quote("Wir sind Freunde aller und Feinde von niemandem", "Jeremiah Manele", "direct"),
        quote("Australiens Premier Anthony Albanese telefonierte am Abend mit Manele", "Spokesperson of the Australian Prime Minister", "indirect"),
    ],
    "entities": [
        entity("National Parliament of Solomon Islands", "ORG", "SLB", ["Das Parlament der Salomonen", "dem Parlament"]),
        entity("Solomon Islands", "GPE", "SLB", ["der Salomonen"]),
        entity("Jeremiah Manele", "PER", "SLB", ["den früheren Außenminister Jeremiah Manele", "Er", "Manele", "er", "den neuen Premier"]),
        entity("Matthew Wale", "PER", "SLB", ["Oppositionsführer Matthew Wale", "Wale"]),
        entity("Manasseh Sogavare", "PER", "SLB", ["Der scheidende Premier Manasseh Sogavare", "Sogavares"]),
        entity("Honiara", "LOC", "SLB", ["Honiara"]),
        entity("Royal Solomon Islands Police Force", "ORG", "SLB", ["die Polizei", "Hunderte Beamte", "sie"]),
        entity("Australia", "GPE", "AUS", ["Australien", "Australiens", "Canberra"]),
        entity("New Zealand", "GPE", "NZL", ["Neuseeland"]),
        entity("Fiji", "GPE", "FJI", ["Fidschi"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australiens Premier Anthony Albanese"]),
        entity("Spokesperson of the Australian Prime Minister", "PER", "AUS", ["ein Sprecher in Canberra"]),
    ],
}

# ---------------------------------------------------------------- hm100-de-04
TRUMP = actor("Donald Trump", "USA", "GOV")
JOH = actor("Juan Orlando Hernández", "HND", "CVL")
US_COURT = actor("United States federal court", "USA", "JUD")
BIDEN_ADM = actor("Biden administration", "USA", "GOV")
LIBRE = actor("Liberty and Refoundation (Libre)", "HND", "PTY")
ASFURA = actor("Nasry Asfura", "HND", "OPP")
HND = actor("Honduras", "HND", "GOV")
NASRALLA = actor("Salvador Nasralla", "HND", "OPP")
CNE = actor("National Electoral Council (CNE)", "HND", "GOV")
OAS = actor("OAS Electoral Observation Mission", "IGO", "IGO")
CANDIDATES = actor("presidential candidates", "HND", None)
LOIZAGA = actor("Eladio Loizaga", "IGO", "IGO")

J1 = "Der frühere honduranische Präsident Juan Orlando Hernández ist nach einer Begnadigung durch US-Präsident Donald Trump am Montag aus einem Gefängnis in West Virginia freigekommen."
J2 = "Ein Gericht in New York hatte Hernández im vergangenen Jahr wegen Drogenhandels zu 45 Jahren Haft verurteilt."
J3 = "Trump nannte das Urteil eine »schreckliche Ungerechtigkeit« der Biden-Regierung."
J4 = "Die regierende Partei Libre kritisierte die Begnadigung als Einmischung in die Präsidentenwahl vom Sonntag."
J5 = "Trump hatte vor der Abstimmung offen den konservativen Kandidaten Nasry Asfura unterstützt und gedroht, die US-Hilfe zu kürzen, falls dieser verliere."
J6 = "Nach Auszählung von knapp 60 Prozent der Stimmen lag Asfura knapp vor dem Liberalen Salvador Nasralla, wie der Nationale Wahlrat (CNE) mitteilte."
J7 = "Nasralla warf dem CNE vor, die Auszählung absichtlich zu verzögern, und forderte internationale Beobachter an."
J8 = "Die Beobachtermission der Organisation Amerikanischer Staaten rief alle Kandidaten zur Geduld auf."
J9 = "»Niemand sollte sich vorzeitig zum Sieger erklären«, sagte Missionschef Eladio Loizaga."

DE04 = {
    "id": "hm100-de-04", "lang": "de", "url": None, "published": "2025-12-02",
    "title": "Von Trump begnadigt: Honduras' Ex-Präsident Hernández frei",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("RETREAT", TRUMP, JOH, J1, mode="release", date="2025-12-01", location="West Virginia", location_country="USA"),
        event("SANCTION", US_COURT, JOH, J2, mode="convict", location="New York", location_country="USA"),
        event("COERCE", US_COURT, JOH, J2, mode="arrest", location="New York", location_country="USA"),
        event("ACCUSE", TRUMP, BIDEN_ADM, J3, mode="disapprove"),
        event("ACCUSE", LIBRE, TRUMP, J4, mode="disapprove"),
        event("SUPPORT", TRUMP, ASFURA, J5),
        event("THREATEN", TRUMP, HND, J5),
        event("ACCUSE", NASRALLA, CNE, J7, mode="allege"),
        event("REQUEST", NASRALLA, None, J7, mode="assist"),
        event("REQUEST", OAS, CANDIDATES, J8),
        event("REQUEST", LOIZAGA, None, J9),
    ],
    "quotes": [
        quote("schreckliche Ungerechtigkeit", "Donald Trump", "direct"),
        quote("Nach Auszählung von knapp 60 Prozent der Stimmen lag Asfura knapp vor dem Liberalen Salvador Nasralla", "National Electoral Council (CNE)", "indirect"),
        quote("die Auszählung absichtlich zu verzögern", "Salvador Nasralla", "indirect"),
        quote("Niemand sollte sich vorzeitig zum Sieger erklären", "Eladio Loizaga", "direct"),
    ],
    "entities": [
        entity("Juan Orlando Hernández", "PER", "HND", ["Der frühere honduranische Präsident Juan Orlando Hernández", "Hernández"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("West Virginia", "LOC", "USA", ["West Virginia"]),
        entity("United States federal court", "ORG", "USA", ["Ein Gericht in New York"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Biden administration", "ORG", "USA", ["der Biden-Regierung"]),
        entity("Liberty and Refoundation (Libre)", "ORG", "HND", ["Die regierende Partei Libre"]),
        entity("Nasry Asfura", "PER", "HND", ["den konservativen Kandidaten Nasry Asfura", "dieser", "Asfura"]),
        entity("United States", "GPE", "USA", ["US"]),
        entity("Salvador Nasralla", "PER", "HND", ["dem Liberalen Salvador Nasralla", "Nasralla"]),
        entity("National Electoral Council (CNE)", "ORG", "HND", ["der Nationale Wahlrat (CNE)", "dem CNE"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Beobachtermission der Organisation Amerikanischer Staaten"]),
        entity("Eladio Loizaga", "PER", "PRY", ["Missionschef Eladio Loizaga"]),
    ],
}

# ---------------------------------------------------------------- hm100-en-01
USA_G = actor("United States", "USA", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
PRINCE = actor("Prince Group", "KHM", "BUS")
CHEN = actor("Chen Zhi", "KHM", "BUS")
US_PROS = actor("United States federal prosecutors", "USA", "JUD")
DOJ = actor("United States Department of Justice", "USA", "GOV")
BESSENT = actor("Scott Bessent", "USA", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
KHM = actor("Cambodia", "KHM", "GOV")
SGP_POL = actor("Singapore Police Force", "SGP", "COP")

K1 = "The United States and Britain on Tuesday imposed sanctions on Cambodia's Prince Group, accusing the conglomerate of running forced-labour scam compounds across Southeast Asia."
K2 = "U.S. prosecutors in Brooklyn separately charged the group's founder, Chen Zhi, with wire fraud and money laundering."
K3 = "The Justice Department said it had seized around 127,000 bitcoin worth some $15 billion linked to the scheme, the largest forfeiture in its history."
K4 = "“Prince Group built its empire on the backs of trafficked workers,” Treasury Secretary Scott Bessent said."
K5 = "Britain also froze 19 London properties linked to Chen, including a mansion in Hampstead."
K6 = "Cambodia's government said it would cooperate with foreign partners if they provided evidence, but warned against a “trial by media”."
K7 = "Prince Group rejected the allegations as “baseless”."
K8 = "Singapore police said they had shared information on the group's bank accounts with U.S. investigators."
K9 = "South Korea, whose citizens were among the victims of the compounds, said it would send a police team to Cambodia next week to help investigate."

EN01 = {
    "id": "hm100-en-01", "lang": "en", "url": None, "published": "2025-10-15",
    "title": "US, UK sanction Cambodia's Prince Group over scam centres",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9]),
    "events": [
        event("SANCTION", USA_G, PRINCE, K1, date="2025-10-14"),
        event("SANCTION", GBR, PRINCE, K1, date="2025-10-14"),
        event("ACCUSE", USA_G, PRINCE, K1, mode="allege", date="2025-10-14"),
        event("ACCUSE", GBR, PRINCE, K1, mode="allege", date="2025-10-14"),
        event("ACCUSE", US_PROS, CHEN, K2, mode="allege", location="Brooklyn", location_country="USA"),
        event("COERCE", DOJ, PRINCE, K3, mode="seize"),
        event("ACCUSE", BESSENT, PRINCE, K4, mode="allege"),
        event("SANCTION", GBR, CHEN, K5, location="London", location_country="GBR"),
        event("COOPERATE", SGP_POL, USA_G, K8),
        event("AGREE", KOR, KHM, K9),
    ],
    "quotes": [
        quote("it had seized around 127,000 bitcoin worth some $15 billion linked to the scheme, the largest forfeiture in its history", "United States Department of Justice", "indirect"),
        quote("Prince Group built its empire on the backs of trafficked workers", "Scott Bessent", "direct"),
        quote("it would cooperate with foreign partners if they provided evidence, but warned against a “trial by media”", "Government of Cambodia", "indirect"),
        quote("trial by media", "Government of Cambodia", "direct"),
        quote("baseless", "Prince Group", "direct"),
        quote("they had shared information on the group's bank accounts with U.S. investigators", "Singapore Police Force", "indirect"),
        quote("it would send a police team to Cambodia next week to help investigate", "South Korea", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "U.S."]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Prince Group", "ORG", "KHM", ["Cambodia's Prince Group", "the conglomerate", "the group's", "Prince Group"]),
        entity("Southeast Asia", "LOC", None, ["Southeast Asia"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("Chen Zhi", "PER", "KHM", ["the group's founder, Chen Zhi", "Chen"]),
        entity("United States Department of Justice", "ORG", "USA", ["The Justice Department"]),
        entity("Scott Bessent", "PER", "USA", ["Treasury Secretary Scott Bessent"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Hampstead", "LOC", "GBR", ["Hampstead"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Cambodia's government"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia's", "Cambodia"]),
        entity("Singapore Police Force", "ORG", "SGP", ["Singapore police"]),
        entity("US investigators", "ORG", "USA", ["U.S. investigators"]),
        entity("South Korea", "GPE", "KOR", ["South Korea"]),
    ],
}

# ---------------------------------------------------------------- hm100-en-02
USA_G2 = actor("United States", "USA", "GOV")
COL = actor("Colombia", "COL", "GOV")
WH = actor("White House", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
STATE = actor("United States Department of State", "USA", "GOV")
COL_POL = actor("National Police of Colombia", "COL", "COP")
COL_MIL = actor("Colombian military", "COL", "MIL")

L1 = "The United States on Monday listed Colombia among countries that have “failed demonstrably” to fight drug trafficking, the first such designation for the close ally in nearly three decades."
L2 = "The White House blamed President Gustavo Petro's leadership for record coca cultivation, but U.S. aid to Colombia was not cut."
L3 = "Washington said it could reverse the decision if Bogotá took “more aggressive” steps against cocaine producers."
L4 = "Petro reacted angrily, announcing that Colombia would stop buying weapons from the United States."
L5 = "“We have put the dead, and now they decertify us,” the president wrote on X."
L6 = "Interior Minister Armando Benedetti called the decision an insult to the police officers and soldiers killed in anti-drug operations."
L7 = "Opposition senator Paloma Valencia, by contrast, accused Petro of ruining relations with Washington and urged him to resume aerial fumigation of coca crops."
L8 = "Colombia's ambassador in Washington, Daniel García-Peña, was recalled for consultations on Tuesday."
L9 = "The State Department said cooperation with Colombian police and the military would continue."

EN02 = {
    "id": "hm100-en-02", "lang": "en", "url": None, "published": "2025-09-16",
    "title": "U.S. decertifies Colombia over drug fight, Petro hits back",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("ACCUSE", USA_G2, COL, L1, mode="disapprove", date="2025-09-15"),
        event("ACCUSE", WH, PETRO, L2, mode="disapprove"),
        event("SANCTION", USA_G2, COL, L2, mode="withdraw", negated=True),
        event("SANCTION", PETRO, USA_G2, L4, mode="discontinue"),
        event("ACCUSE", PETRO, USA_G2, L5, mode="disapprove"),
        event("ACCUSE", BENEDETTI, USA_G2, L6, mode="disapprove"),
        event("ACCUSE", VALENCIA, PETRO, L7, mode="disapprove"),
        event("REQUEST", VALENCIA, PETRO, L7, mode="change"),
        event("SANCTION", COL, USA_G2, L8, mode="withdraw", date="2025-09-16"),
        event("AGREE", STATE, COL_POL, L9),
        event("AGREE", STATE, COL_MIL, L9),
    ],
    "quotes": [
        quote("failed demonstrably", "United States", "direct"),
        quote("it could reverse the decision if Bogotá took “more aggressive” steps against cocaine producers", "United States", "indirect"),
        quote("more aggressive", "United States", "direct"),
        quote("Colombia would stop buying weapons from the United States", "Gustavo Petro", "indirect"),
        quote("We have put the dead, and now they decertify us", "Gustavo Petro", "direct"),
        quote("cooperation with Colombian police and the military would continue", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "U.S.", "Washington", "the United States"]),
        entity("Colombia", "GPE", "COL", ["Colombia", "the close ally", "Bogotá", "Colombia's"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro's", "Petro", "the president", "him"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Armando Benedetti", "PER", "COL", ["Interior Minister Armando Benedetti"]),
        entity("Paloma Valencia", "PER", "COL", ["Opposition senator Paloma Valencia"]),
        entity("Daniel García-Peña", "PER", "COL", ["Colombia's ambassador in Washington, Daniel García-Peña"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("National Police of Colombia", "ORG", "COL", ["Colombian police"]),
        entity("Colombian military", "ORG", "COL", ["the military"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
