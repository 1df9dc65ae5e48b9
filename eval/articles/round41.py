"""Round 41: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Stories (invented reports on real 2023-2025 settings):
- hm41-de-01: Paraguay suspends the Itaipú talks with Brazil over Abin espionage (2025-04-01)
- hm41-de-02: France and Algeria expel each other's diplomats, Paris recalls its ambassador (2025-04-15)
- hm41-de-03: Bangladesh summons India's envoy after protesters storm its mission in Agartala (2024-12-03)
- hm41-de-04: Nasrallah threatens Cyprus, the EU and Greece back Nicosia (2024-06-20)
- hm41-en-01: Trump confronts Ramaphosa with "genocide" claims in the Oval Office (2025-05-21)
- hm41-en-02: Nauru and Australia sign a security and banking treaty (2024-12-09)
"""
from annotate import actor, entity, event, paragraphs, quote

# --- hm41-de-01 -------------------------------------------------------------
PRY = actor("Paraguay", "PRY", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
RAMIREZ = actor("Rubén Ramírez Lezcano", "PRY", "GOV")
PENA = actor("Santiago Peña", "PRY", "GOV")
ITAMARATY = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")

A1 = "Paraguay hat die Verhandlungen mit Brasilien über den Energievertrag für das Wasserkraftwerk Itaipú wegen mutmaßlicher Spionage ausgesetzt."
A2 = "Außenminister Rubén Ramírez Lezcano sagte am Montag in Asunción, die Gespräche blieben so lange eingefroren, bis Brasília alle Informationen über die Operation offengelegt habe."
A3 = "Zugleich rief Paraguay seinen Botschafter aus Brasília zu Konsultationen zurück und bestellte den brasilianischen Geschäftsträger ein."
A4 = "Hintergrund sind Berichte, wonach der Geheimdienst Abin im Jahr 2022 Computer paraguayischer Beamter ausgespäht haben soll."
A5 = "Das Außenministerium in Brasília räumte die Operation ein, erklärte aber, sie sei unter der Vorgängerregierung von Jair Bolsonaro begonnen und im März 2023 gestoppt worden."
A6 = "»Die Regierung von Präsident Lula hat mit dieser Aktion nichts zu tun«, hieß es in einer Mitteilung."
A7 = "Präsident Santiago Peña nannte den Vorgang einen »schweren Vertrauensbruch« und forderte eine vollständige Aufklärung."
A8 = "Er kündigte an, sein Land werde seine Interessen in Itaipú »mit aller Entschlossenheit« verteidigen."
A10 = "Eine Entschuldigung aus Brasília gab es bislang nicht."
A9 = "Brasilien bot unterdessen ein Treffen der beiden Außenminister an, um den Streit beizulegen."

DE01 = {
    "id": "hm41-de-01", "lang": "de", "url": None, "published": "2025-04-01",
    "title": "Paraguay setzt Itaipú-Verhandlungen mit Brasilien aus",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A10], [A7, A8, A9]),
    "events": [
        event("SANCTION", PRY, BRA, A1, mode="discontinue"),
        event("SANCTION", RAMIREZ, BRA, A2, mode="discontinue", date="2025-03-31",
              location="Asunción", location_country="PRY"),
        event("SANCTION", PRY, BRA, A3, mode="withdraw"),
        event("ACCUSE", PRY, BRA, A3, mode="disapprove"),
        event("CONCEDE", ITAMARATY, PRY, A5),
        event("CONCEDE", BRA, PRY, A10, negated=True),
        event("ACCUSE", PENA, BRA, A7, mode="disapprove"),
        event("REQUEST", PENA, BRA, A7),
        event("AGREE", BRA, PRY, A9),
    ],
    "quotes": [
        quote("die Gespräche blieben so lange eingefroren, bis Brasília alle Informationen über die Operation offengelegt habe", "Rubén Ramírez Lezcano", "indirect"),
        quote("sie sei unter der Vorgängerregierung von Jair Bolsonaro begonnen und im März 2023 gestoppt worden", "Ministry of Foreign Affairs of Brazil", "indirect"),
        quote("Die Regierung von Präsident Lula hat mit dieser Aktion nichts zu tun", "Ministry of Foreign Affairs of Brazil", "direct"),
        quote("schweren Vertrauensbruch", "Santiago Peña", "direct"),
        quote("sein Land werde seine Interessen in Itaipú »mit aller Entschlossenheit« verteidigen", "Santiago Peña", "indirect"),
        quote("mit aller Entschlossenheit", "Santiago Peña", "direct"),
    ],
    "entities": [
        entity("Paraguay", "GPE", "PRY", ["Paraguay"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien", "Brasília"]),
        entity("Rubén Ramírez Lezcano", "PER", "PRY", ["Außenminister Rubén Ramírez Lezcano"]),
        entity("Santiago Peña", "PER", "PRY", ["Präsident Santiago Peña", "Er"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Das Außenministerium in Brasília"]),
        entity("Brazilian Intelligence Agency (Abin)", "ORG", "BRA", ["der Geheimdienst Abin"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["Jair Bolsonaro"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Lula"]),
        entity("Itaipú Dam", "LOC", "PRY", ["Wasserkraftwerk Itaipú", "Itaipú"]),
        entity("Asunción", "LOC", "PRY", ["Asunción"]),
    ],
}

# --- hm41-de-02 -------------------------------------------------------------
FRA = actor("France", "FRA", "GOV")
DZA = actor("Algeria", "DZA", "GOV")
ELYSEE = actor("Élysée Palace", "FRA", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
RETAILLEAU = actor("Bruno Retailleau", "FRA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
FRA_POLICE = actor("French police", "FRA", "COP")
CONSUL = actor("Algerian consular official", "DZA", "GOV")

B1 = "Frankreich weist als Reaktion auf einen ähnlichen Schritt Algiers zwölf Bedienstete der algerischen Botschaft und der Konsulate aus."
B2 = "Zudem werde Botschafter Stéphane Romatet zu Konsultationen nach Paris zurückgerufen, teilte der Élysée-Palast am Dienstag mit."
B3 = "Algier hatte am Montag zwölf Mitarbeiter der französischen Botschaft zu unerwünschten Personen erklärt und ihnen 48 Stunden zur Ausreise gegeben."
B4 = "Paris machte die algerischen Behörden für »eine brutale Verschlechterung« der bilateralen Beziehungen verantwortlich."
B5 = "Auslöser des Streits ist die Festnahme eines algerischen Konsularbeamten in Frankreich, der in die Entführung des Regierungskritikers Amir Boukhors verwickelt sein soll."
B6 = "Das algerische Außenministerium bezeichnete die Festnahme als »inakzeptabel« und warf Innenminister Bruno Retailleau vor, die Beziehungen gezielt zu sabotieren."
B7 = "Retailleau wies den Vorwurf als »absurd« zurück."
B8 = "Erst vor einer Woche hatte Außenminister Jean-Noël Barrot in Algier Präsident Abdelmadjid Tebboune getroffen und eine Wiederaufnahme der Zusammenarbeit in Sicherheits- und Migrationsfragen vereinbart."
B9 = "Barrot rief Algier nun auf, die Ausweisungen zurückzunehmen, und drohte andernfalls mit weiteren Maßnahmen."
B10 = "»Die Tür zum Dialog bleibt offen«, sagte er dem Sender France Inter."

DE02 = {
    "id": "hm41-de-02", "lang": "de", "url": None, "published": "2025-04-15",
    "title": "Paris weist zwölf algerische Diplomaten aus",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10]),
    "events": [
        event("SANCTION", FRA, DZA, B1, mode="expel"),
        event("SANCTION", ELYSEE, DZA, B2, mode="withdraw", date="2025-04-15"),
        event("SANCTION", DZA, FRA, B3, mode="expel", date="2025-04-14"),
        event("ACCUSE", FRA, DZA, B4, mode="disapprove"),
        event("COERCE", FRA_POLICE, CONSUL, B5, mode="arrest", location="France", location_country="FRA"),
        event("ACCUSE", DZA_MFA, FRA, B6, mode="disapprove"),
        event("ACCUSE", DZA_MFA, RETAILLEAU, B6, mode="allege"),
        event("CONSULT", BARROT, TEBBOUNE, B8, mode="visit", location="Algiers", location_country="DZA"),
        event("AGREE", BARROT, TEBBOUNE, B8, location="Algiers", location_country="DZA"),
        event("REQUEST", BARROT, DZA, B9, mode="change"),
        event("THREATEN", BARROT, DZA, B9),
    ],
    "quotes": [
        quote("Zudem werde Botschafter Stéphane Romatet zu Konsultationen nach Paris zurückgerufen", "Élysée Palace", "indirect"),
        quote("eine brutale Verschlechterung", "France", "direct"),
        quote("inakzeptabel", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("die Beziehungen gezielt zu sabotieren", "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("absurd", "Bruno Retailleau", "direct"),
        quote("Die Tür zum Dialog bleibt offen", "Jean-Noël Barrot", "direct"),
    ],
    "entities": [
        entity("France", "GPE", "FRA", ["Frankreich", "Paris"]),
        entity("Algeria", "GPE", "DZA", ["Algier"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
        entity("Stéphane Romatet", "PER", "FRA", ["Botschafter Stéphane Romatet"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity("Bruno Retailleau", "PER", "FRA", ["Innenminister Bruno Retailleau", "Retailleau"]),
        entity("Amir Boukhors", "PER", "DZA", ["des Regierungskritikers Amir Boukhors"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot", "Barrot", "er"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("France Inter", "ORG", "FRA", ["dem Sender France Inter"]),
    ],
}

# --- hm41-de-03 -------------------------------------------------------------
BGD = actor("Bangladesh", "BGD", "GOV")
IND = actor("India", "IND", "GOV")
HSS = actor("Hindu Sangharsh Samiti supporters", "IND", "CVL")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
DAS = actor("Chinmoy Krishna Das", "BGD", "CVL")
NAZRUL = actor("Asif Nazrul", "BGD", "GOV")
TRIPURA_POLICE = actor("Tripura Police", "IND", "COP")
MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")

C1 = "Nach einem Vorfall an seiner Vertretung im indischen Agartala hat Bangladesch den indischen Hochkommissar Pranay Verma einbestellt."
C2 = "Hunderte Anhänger der hinduistischen Gruppe Hindu Sangharsh Samiti hatten am Montag das Gelände der Vize-Hochkommission gestürmt, eine Flagge heruntergerissen und Mobiliar beschädigt."
C3 = "Sie protestierten gegen die Festnahme des hinduistischen Mönchs Chinmoy Krishna Das, den die Polizei in Dhaka vor einer Woche wegen Aufruhrs in Gewahrsam genommen hatte."
C4 = "Rechtsberater Asif Nazrul warf Indien vor, die Sicherheit der Mission vernachlässigt zu haben."
C5 = "»Die Polizei hat tatenlos zugesehen«, sagte er in Dhaka."
C6 = "Bangladesch setzte zudem bis auf Weiteres alle Visa- und Konsulardienste in Agartala aus."
C7 = "Das indische Außenministerium erklärte, Angriffe auf diplomatische Einrichtungen seien »unter keinen Umständen« hinnehmbar."
C8 = "Man werde den Schutz aller bangladeschischen Vertretungen im Land verstärken."
C9 = "Die Polizei in Tripura nahm inzwischen sieben Beteiligte fest."
C11 = "Ein Gericht ließ vier von ihnen am Dienstag gegen Kaution wieder frei."
C10 = "Übergangsregierungschef Muhammad Yunus forderte Neu-Delhi auf, die Verantwortlichen zur Rechenschaft zu ziehen."

DE03 = {
    "id": "hm41-de-03", "lang": "de", "url": None, "published": "2024-12-03",
    "title": "Bangladesch bestellt indischen Hochkommissar ein",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C11, C10]),
    "events": [
        event("ACCUSE", BGD, IND, C1, mode="disapprove"),
        event("PROTEST", HSS, BGD, C2, mode="riot", date="2024-12-02", location="Agartala", location_country="IND"),
        event("PROTEST", HSS, BGD, C3, mode="demo"),
        event("COERCE", BGD_POLICE, DAS, C3, mode="arrest", location="Dhaka", location_country="BGD"),
        event("ACCUSE", NAZRUL, IND, C4, mode="disapprove"),
        event("ACCUSE", NAZRUL, TRIPURA_POLICE, C5, mode="disapprove", location="Dhaka", location_country="BGD"),
        event("SANCTION", BGD, IND, C6, mode="discontinue", location="Agartala", location_country="IND"),
        event("ACCUSE", MEA, HSS, C7, mode="disapprove"),
        event("AGREE", MEA, BGD, C8),
        event("COERCE", TRIPURA_POLICE, HSS, C9, mode="arrest"),
        event("RETREAT", actor("Tripura court", "IND", "JUD"), HSS, C11, mode="release", date="2024-12-03"),
        event("REQUEST", YUNUS, IND, C10, mode="change"),
    ],
    "quotes": [
        quote("die Sicherheit der Mission vernachlässigt zu haben", "Asif Nazrul", "indirect"),
        quote("Die Polizei hat tatenlos zugesehen", "Asif Nazrul", "direct"),
        quote("Angriffe auf diplomatische Einrichtungen seien »unter keinen Umständen« hinnehmbar", "Ministry of External Affairs of India", "indirect"),
        quote("unter keinen Umständen", "Ministry of External Affairs of India", "direct"),
        quote("Man werde den Schutz aller bangladeschischen Vertretungen im Land verstärken", "Ministry of External Affairs of India", "indirect"),
    ],
    "entities": [
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch"]),
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Pranay Verma", "PER", "IND", ["den indischen Hochkommissar Pranay Verma"]),
        entity("Agartala", "LOC", "IND", ["Agartala", "im indischen Agartala"]),
        entity("Hindu Sangharsh Samiti", "ORG", "IND", ["der hinduistischen Gruppe Hindu Sangharsh Samiti", "Sie"]),
        entity("Assistant High Commission of Bangladesh in Agartala", "ORG", "BGD", ["seiner Vertretung", "der Vize-Hochkommission", "der Mission"]),
        entity("Bangladesh Police", "ORG", "BGD", ["die Polizei in Dhaka"]),
        entity("Chinmoy Krishna Das", "PER", "BGD", ["des hinduistischen Mönchs Chinmoy Krishna Das"]),
        entity("Asif Nazrul", "PER", "BGD", ["Rechtsberater Asif Nazrul", "er"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium", "Man"]),
        entity("Tripura Police", "ORG", "IND", ["Die Polizei in Tripura", "Die Polizei"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Übergangsregierungschef Muhammad Yunus"]),
        entity("Tripura court", "ORG", "IND", ["Ein Gericht"]),
    ],
}

# --- hm41-de-04 -------------------------------------------------------------
NASRALLAH = actor("Hassan Nasrallah", "LBN", "REB")
CYP = actor("Cyprus", "CYP", "GOV")
ISR = actor("Israel", "ISR", "GOV")
CHRISTO = actor("Nikos Christodoulides", "CYP", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
EU = actor("European Union", "EUR", "IGO")
STANO = actor("Peter Stano", "EUR", "IGO")
GRC = actor("Greece", "GRC", "GOV")
USA = actor("United States", "USA", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")

D1 = "Der Chef der libanesischen Hisbollah-Miliz, Hassan Nasrallah, hat Zypern mit Konsequenzen gedroht, falls das Land Israel seine Flughäfen und Stützpunkte für einen Krieg zur Verfügung stellt."
D2 = "„Dann wird Zypern als Teil des Krieges betrachtet werden“, sagte Nasrallah am Mittwoch in einer Fernsehansprache."
D3 = "Zugleich warnte er Israel, im Fall einer Offensive im Libanon werde kein Ort in Israel von den Raketen seiner Miliz verschont bleiben."
D4 = "Präsident Nikos Christodoulides sagte am Donnerstag, Zypern sei „nicht Teil des Problems, sondern Teil der Lösung“."
D5 = "Sein Land beteilige sich in keiner Weise an militärischen Konflikten."
D6 = "Christodoulides telefonierte zudem mit dem libanesischen Regierungschef Nadschib Mikati."
D7 = "Die EU stellte sich hinter ihr Mitgliedsland."
D8 = "„Eine Drohung gegen einen Mitgliedstaat ist eine Drohung gegen die EU“, sagte der Sprecher des Europäischen Auswärtigen Dienstes, Peter Stano."
D9 = "Auch Griechenland bekundete Nikosia seine Solidarität."
D10 = "Die USA riefen Israel und die Hisbollah zur Zurückhaltung auf."
D11 = "Die israelische Luftwaffe griff am Mittwoch erneut Stellungen der Hisbollah im Südlibanon an."

DE04 = {
    "id": "hm41-de-04", "lang": "de", "url": None, "published": "2024-06-20",
    "title": "Zypern weist Drohungen der Hisbollah zurück",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9, D10, D11]),
    "events": [
        event("THREATEN", NASRALLAH, CYP, D1),
        event("THREATEN", NASRALLAH, CYP, D2, mode="violence", date="2024-06-19"),
        event("THREATEN", NASRALLAH, ISR, D3, mode="violence"),
        event("CONSULT", CHRISTO, MIKATI, D6, mode="phone"),
        event("SUPPORT", EU, CYP, D7),
        event("SUPPORT", STANO, CYP, D8),
        event("SUPPORT", GRC, CYP, D9),
        event("REQUEST", USA, ISR, D10, mode="change"),
        event("REQUEST", USA, HEZBOLLAH, D10, mode="change"),
        event("ASSAULT", actor("Israeli Air Force", "ISR", "MIL"), HEZBOLLAH, D11, mode="aerial", date="2024-06-19",
              location="southern Lebanon", location_country="LBN"),
    ],
    "quotes": [
        quote("Dann wird Zypern als Teil des Krieges betrachtet werden", "Hassan Nasrallah", "direct"),
        quote("im Fall einer Offensive im Libanon werde kein Ort in Israel von den Raketen seiner Miliz verschont bleiben", "Hassan Nasrallah", "indirect"),
        quote("Zypern sei „nicht Teil des Problems, sondern Teil der Lösung“", "Nikos Christodoulides", "indirect"),
        quote("nicht Teil des Problems, sondern Teil der Lösung", "Nikos Christodoulides", "direct"),
        quote("Sein Land beteilige sich in keiner Weise an militärischen Konflikten", "Nikos Christodoulides", "indirect"),
        quote("Eine Drohung gegen einen Mitgliedstaat ist eine Drohung gegen die EU", "Peter Stano", "direct"),
    ],
    "entities": [
        entity("Hassan Nasrallah", "PER", "LBN", ["Der Chef der libanesischen Hisbollah-Miliz, Hassan Nasrallah", "Nasrallah", "er"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah-Miliz", "seiner Miliz", "die Hisbollah"]),
        entity("Cyprus", "GPE", "CYP", ["Zypern", "das Land", "Sein Land", "ihr Mitgliedsland", "Nikosia"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Lebanon", "GPE", "LBN", ["Libanon"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Die israelische Luftwaffe"]),
        entity("southern Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Nikos Christodoulides", "PER", "CYP", ["Präsident Nikos Christodoulides", "Christodoulides"]),
        entity("Najib Mikati", "PER", "LBN", ["dem libanesischen Regierungschef Nadschib Mikati"]),
        entity("European Union", "ORG", "EUR", ["Die EU", "die EU"]),
        entity("Peter Stano", "PER", "EUR", ["der Sprecher des Europäischen Auswärtigen Dienstes, Peter Stano"]),
        entity("Greece", "GPE", "GRC", ["Griechenland"]),
        entity("United States", "GPE", "USA", ["Die USA"]),
    ],
}

# --- hm41-en-01 -------------------------------------------------------------
TRUMP = actor("Donald Trump", "USA", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
ZAF = actor("South Africa", "ZAF", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
RASOOL = actor("Ebrahim Rasool", "ZAF", "GOV")
AFRIKANERS = actor("white South African refugees", "ZAF", "CVL")

E1 = "U.S. President Donald Trump confronted South African President Cyril Ramaphosa with claims of a \"genocide\" against white farmers during a tense White House meeting on Wednesday."
E2 = "Trump played a video in the Oval Office and said it proved that white farmers were being killed and their land seized."
E3 = "Ramaphosa rejected the allegation, saying that most victims of violent crime in his country were Black."
E4 = "\"I'm sorry I don't have a plane to give you,\" Ramaphosa quipped at one point."
E5 = "He offered a broader trade deal and invited U.S. companies to invest in South Africa's critical minerals."
E6 = "The visit came after Washington cut aid to Pretoria in February and expelled South Africa's ambassador Ebrahim Rasool in March."
E7 = "The United States also admitted 59 white South Africans as refugees last week."
E8 = "Pretoria has called the resettlement program politically motivated."
E9 = "Ramaphosa later told reporters that the talks had been \"a great success\" and that both sides agreed to continue negotiating on tariffs."

EN01 = {
    "id": "hm41-en-01", "lang": "en", "url": None, "published": "2025-05-21",
    "title": "Trump confronts Ramaphosa with 'genocide' claims in Oval Office",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("CONSULT", RAMAPHOSA, TRUMP, E1, mode="visit", date="2025-05-21", location="Washington", location_country="USA"),
        event("ACCUSE", TRUMP, ZAF, E1, mode="allege", date="2025-05-21", location="Washington", location_country="USA"),
        event("ACCUSE", TRUMP, ZAF, E2, mode="allege"),
        event("AGREE", RAMAPHOSA, USA_GOV, E5),
        event("SANCTION", USA_GOV, ZAF, E6, mode="withdraw"),
        event("SANCTION", USA_GOV, RASOOL, E6, mode="expel"),
        event("AID", USA_GOV, AFRIKANERS, E7),
        event("ACCUSE", ZAF, USA_GOV, E8, mode="disapprove"),
        event("AGREE", ZAF, USA_GOV, E9),
        event("AGREE", USA_GOV, ZAF, E9),
    ],
    "quotes": [
        quote("genocide", "Donald Trump", "direct"),
        quote("it proved that white farmers were being killed and their land seized", "Donald Trump", "indirect"),
        quote("that most victims of violent crime in his country were Black", "Cyril Ramaphosa", "indirect"),
        quote("I'm sorry I don't have a plane to give you", "Cyril Ramaphosa", "direct"),
        quote("that the talks had been \"a great success\" and that both sides agreed to continue negotiating on tariffs", "Cyril Ramaphosa", "indirect"),
        quote("a great success", "Cyril Ramaphosa", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa", "Ramaphosa", "He"]),
        entity("South Africa", "GPE", "ZAF", ["South Africa", "Pretoria", "his country"]),
        entity("United States", "GPE", "USA", ["Washington", "The United States"]),
        entity("White House", "ORG", "USA", ["White House", "the Oval Office"]),
        entity("Ebrahim Rasool", "PER", "ZAF", ["South Africa's ambassador Ebrahim Rasool"]),
    ],
}

# --- hm41-en-02 -------------------------------------------------------------
NRU = actor("Nauru", "NRU", "GOV")
AUS = actor("Australia", "AUS", "GOV")
ADEANG = actor("David Adeang", "NRU", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
CHN = actor("China", "CHN", "GOV")
TWN = actor("Taiwan", "TWN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
NRU_OPP = actor("Nauru opposition lawmakers", "NRU", "OPP")

F1 = "Nauru and Australia signed a treaty on Monday that gives Canberra a say over any security deals the Pacific island nation strikes with third countries, including China."
F2 = "Nauru's President David Adeang and Prime Minister Anthony Albanese put their names to the agreement during Adeang's visit to Canberra."
F3 = "Under the deal, Australia will provide 140 million Australian dollars over five years for budget support, policing and banking services."
F4 = "In return, Nauru agreed to consult Canberra before entering any partnership on policing, defence, banking or critical infrastructure."
F5 = "“This is a big day for Nauru,” Adeang told reporters, adding that his country's sovereignty remained intact."
F6 = "Albanese said the treaty would make the region “more secure”."
F7 = "China and Nauru restored diplomatic relations in January after the island cut ties with Taiwan."
F8 = "China's foreign ministry urged Canberra to respect Nauru's independence, saying cooperation in the Pacific “should not target any third party”."
F9 = "Opposition lawmakers in Nauru accused Adeang of selling out the country's sovereignty."

EN02 = {
    "id": "hm41-en-02", "lang": "en", "url": None, "published": "2024-12-09",
    "title": "Australia signs security and banking treaty with Nauru",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("SUPPORT", NRU, AUS, F1, date="2024-12-09"),
        event("CONSULT", ADEANG, ALBANESE, F2, mode="visit", location="Canberra", location_country="AUS"),
        event("SUPPORT", ADEANG, ALBANESE, F2, location="Canberra", location_country="AUS"),
        event("AGREE", AUS, NRU, F3),
        event("AGREE", NRU, AUS, F4),
        event("COOPERATE", CHN, NRU, F7),
        event("SANCTION", NRU, TWN, F7, mode="discontinue"),
        event("REQUEST", CHN_MFA, AUS, F8, mode="change"),
        event("ACCUSE", NRU_OPP, ADEANG, F9, mode="disapprove"),
    ],
    "quotes": [
        quote("This is a big day for Nauru", "David Adeang", "direct"),
        quote("that his country's sovereignty remained intact", "David Adeang", "indirect"),
        quote("the treaty would make the region “more secure”", "Anthony Albanese", "indirect"),
        quote("more secure", "Anthony Albanese", "direct"),
        quote("cooperation in the Pacific “should not target any third party”", "Ministry of Foreign Affairs of China", "indirect"),
        quote("should not target any third party", "Ministry of Foreign Affairs of China", "direct"),
    ],
    "entities": [
        entity("Nauru", "GPE", "NRU", ["Nauru", "the Pacific island nation", "the island"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("David Adeang", "PER", "NRU", ["Nauru's President David Adeang", "Adeang"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Nauru opposition lawmakers", "ORG", "NRU", ["Opposition lawmakers in Nauru"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
