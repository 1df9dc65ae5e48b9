"""Round 63: six hand-made wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings):
- hm63-de-01: Chinese coast guard boards Philippine supply boats at the Second Thomas Shoal (June 2024).
- hm63-de-02: Israeli fire hits UNIFIL positions in southern Lebanon, Italy summons the ambassador (Oct 2024).
- hm63-de-03: North Korea readies artillery after alleged drone flights over Pyongyang (Oct 2024).
- hm63-de-04: Jaish al-Adl attack on a police station in Rask, Iran presses Pakistan (Dec 2023).
- hm63-en-01: The Houthis seize the Galaxy Leader in the Red Sea (Nov 2023).
- hm63-en-02: Students storm a Rohingya shelter in Banda Aceh (Dec 2023).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm63-de-01
D1 = [
    "Nach einem Zusammenstoß am umstrittenen Second-Thomas-Riff hat die Regierung der Philippinen den chinesischen Botschafter einbestellt.",
    "Chinesische Küstenwächter hatten am Montag zwei philippinische Versorgungsboote der Marine geentert und dabei Äxte und Messer geschwungen.",
    "Ein Matrose verlor nach Armeeangaben einen Daumen.",
    "Erst nach mehreren Stunden zogen sich die chinesischen Schiffe zurück.",
    "Außenminister Enrique Manalo sprach von einem „aggressiven und illegalen“ Vorgehen und forderte Peking auf, die beschlagnahmten Gewehre zurückzugeben.",
    "Präsident Ferdinand Marcos Jr. betonte, sein Land werde sich „nicht einschüchtern lassen“, suche aber keinen Krieg.",
    "Washington stellte sich hinter Manila und verurteilte das Vorgehen der chinesischen Küstenwache.",
    "Das chinesische Außenministerium wies die Vorwürfe zurück.",
    "Die philippinischen Boote seien illegal in chinesische Gewässer eingedrungen, sagte Sprecher Lin Jian.",
    "Beide Regierungen vereinbarten dennoch Gespräche für Anfang Juli.",
]
PHL = actor("Philippines", "PHL", "GOV")
CHN = actor("China", "CHN", "GOV")
CCG = actor("China Coast Guard", "CHN", "MIL")
DE01 = {
    "id": "hm63-de-01", "lang": "de", "url": None, "published": "2024-06-19",
    "title": "Manila bestellt nach Zusammenstoß am Riff Chinas Botschafter ein",
    "text": paragraphs(D1[0:4], D1[4:7], D1[7:10]),
    "events": [
        event("ACCUSE", PHL, CHN, D1[0], mode="disapprove"),
        event("ASSAULT", CCG, actor("Philippine Navy", "PHL", "MIL"), D1[1], date="2024-06-17",
              location="Second Thomas Shoal"),
        event("RETREAT", CCG, None, D1[3], mode="withdraw"),
        event("ACCUSE", actor("Enrique Manalo", "PHL", "GOV"), CHN, D1[4], mode="disapprove"),
        event("REQUEST", actor("Enrique Manalo", "PHL", "GOV"), CHN, D1[4], mode="yield"),
        event("SUPPORT", actor("United States", "USA", "GOV"), PHL, D1[6]),
        event("ACCUSE", actor("United States", "USA", "GOV"), CCG, D1[6], mode="disapprove"),
        event("ACCUSE", actor("Lin Jian", "CHN", "GOV"), PHL, D1[8], mode="allege"),
        event("AGREE", PHL, CHN, D1[9]),
    ],
    "quotes": [
        quote("Ein Matrose verlor nach Armeeangaben einen Daumen", "Armed Forces of the Philippines", "indirect"),
        quote("aggressiven und illegalen", "Enrique Manalo", "direct"),
        quote("nicht einschüchtern lassen", "Ferdinand Marcos Jr.", "direct"),
        quote("sein Land werde sich „nicht einschüchtern lassen“, suche aber keinen Krieg", "Ferdinand Marcos Jr.", "indirect"),
        quote("Die philippinischen Boote seien illegal in chinesische Gewässer eingedrungen", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Second Thomas Shoal", "LOC", None, ["Second-Thomas-Riff"]),
        entity("Philippines", "GPE", "PHL", ["Philippinen", "sein Land", "Manila"]),
        entity("Government of the Philippines", "ORG", "PHL", ["die Regierung der Philippinen"]),
        entity("Huang Xilian", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("China Coast Guard", "ORG", "CHN", ["Chinesische Küstenwächter", "der chinesischen Küstenwache"]),
        entity("Philippine Navy", "ORG", "PHL", ["der Marine"]),
        entity("Armed Forces of the Philippines", "ORG", "PHL", ["Armeeangaben"]),
        entity("Enrique Manalo", "PER", "PHL", ["Außenminister Enrique Manalo"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr."]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian"]),
    ],
}

# ---------------------------------------------------------------- hm63-de-02
D2 = [
    "Israelische Panzer haben am Freitag erneut eine Stellung der UN-Friedenstruppe Unifil im Südlibanon beschossen.",
    "Dabei wurden zwei Blauhelme aus Sri Lanka verletzt, wie die Mission mitteilte.",
    "Bereits am Donnerstag hatten Soldaten das Hauptquartier der Mission in Nakura unter Feuer genommen.",
    "Unifil verurteilte die Angriffe als „schweren Verstoß“ gegen das Völkerrecht.",
    "Die israelische Armee hatte die Blauhelme zuvor aufgefordert, sich fünf Kilometer nach Norden zurückzuziehen.",
    "Sprecher Andrea Tenenti lehnte dies ab: »Wir bleiben auf unseren Posten.«",
    "Italiens Verteidigungsminister Guido Crosetto bestellte den israelischen Botschafter ein und sprach von möglichen Kriegsverbrechen.",
    "Die israelische Armee erklärte, die Hisbollah operiere gezielt in der Nähe der UN-Posten.",
    "Eine Entschuldigung Israels gab es bislang nicht.",
    "UN-Generalsekretär António Guterres forderte Israel auf, die Sicherheit der Blauhelme „jederzeit“ zu gewährleisten.",
    "Die Mission überwacht seit 1978 das Grenzgebiet.",
]
IDF = actor("Israel Defense Forces", "ISR", "MIL")
UNIFIL = actor("UNIFIL", "UNO", "IGO")
DE02 = {
    "id": "hm63-de-02", "lang": "de", "url": None, "published": "2024-10-11",
    "title": "Israelische Panzer beschießen erneut Unifil-Stellung",
    "text": paragraphs(D2[0:3], D2[3:7], D2[7:11]),
    "events": [
        event("ASSAULT", IDF, UNIFIL, D2[0], mode="heavy-weapons", date="2024-10-11",
              location="southern Lebanon", location_country="LBN"),
        event("ASSAULT", IDF, UNIFIL, D2[2], mode="firearms", date="2024-10-10",
              location="Naqoura", location_country="LBN"),
        event("ACCUSE", UNIFIL, IDF, D2[3], mode="disapprove"),
        event("REQUEST", IDF, UNIFIL, D2[4], mode="yield"),
        event("REJECT", actor("Andrea Tenenti", "UNO", "IGO"), IDF, D2[5], mode="yield"),
        event("ACCUSE", actor("Guido Crosetto", "ITA", "GOV"), actor("Israel", "ISR", "GOV"), D2[6], mode="disapprove"),
        event("ACCUSE", IDF, actor("Hezbollah", "LBN", "REB"), D2[7], mode="allege"),
        event("CONCEDE", actor("Israel", "ISR", "GOV"), UNIFIL, D2[8], negated=True),
        event("REQUEST", actor("António Guterres", "UNO", "IGO"), actor("Israel", "ISR", "GOV"), D2[9]),
    ],
    "quotes": [
        quote("Dabei wurden zwei Blauhelme aus Sri Lanka verletzt", "UNIFIL", "indirect"),
        quote("schweren Verstoß", "UNIFIL", "direct"),
        quote("Wir bleiben auf unseren Posten", "Andrea Tenenti", "direct"),
        quote("die Hisbollah operiere gezielt in der Nähe der UN-Posten", "Israel Defense Forces", "indirect"),
        quote("jederzeit", "António Guterres", "direct"),
    ],
    "entities": [
        entity("UNIFIL", "ORG", "UNO", ["UN-Friedenstruppe Unifil", "die Mission", "der Mission", "Unifil", "Die Mission"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Panzer", "Soldaten", "Die israelische Armee"]),
        entity("Southern Lebanon", "LOC", "LBN", ["Südlibanon"]),
        entity("Sri Lanka", "GPE", "LKA", ["Sri Lanka"]),
        entity("Naqoura", "LOC", "LBN", ["Nakura"]),
        entity("Andrea Tenenti", "PER", "UNO", ["Sprecher Andrea Tenenti"]),
        entity("Italy", "GPE", "ITA", ["Italiens"]),
        entity("Guido Crosetto", "PER", "ITA", ["Italiens Verteidigungsminister Guido Crosetto"]),
        entity("Ambassador of Israel to Italy", "PER", "ISR", ["den israelischen Botschafter"]),
        entity("Hezbollah", "ORG", "LBN", ["die Hisbollah"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
    ],
}

# ---------------------------------------------------------------- hm63-de-03
D3 = [
    "Die nordkoreanische Armee hat am Sonntag acht Artillerieeinheiten an der Grenze zu Südkorea in volle Feuerbereitschaft versetzt.",
    "Pjöngjang wirft Seoul vor, in drei Nächten Drohnen mit Propagandaflugblättern über die Hauptstadt geschickt zu haben.",
    "Kim Yo Jong, die einflussreiche Schwester von Machthaber Kim Jong Un, drohte mit einer „schrecklichen Katastrophe“, sollte sich ein solcher Flug wiederholen.",
    "Der südkoreanische Generalstab wollte die Vorwürfe weder bestätigen noch dementieren.",
    "Man sei jedoch bereit, auf jede Provokation »entschlossen« zu reagieren, sagte ein Sprecher.",
    "Verteidigungsminister Kim Yong Hyun sagte, ein Angriff auf Südkorea werde das Ende des Regimes bedeuten.",
    "Der südkoreanische Außenminister Cho Tae Yul telefonierte am Montag mit seinem US-Kollegen Antony Blinken.",
    "Beide vereinbarten, eng zusammenzuarbeiten, um Provokationen abzuwehren.",
    "Das Vereinigungsministerium in Seoul forderte den Norden auf, die Spannungen nicht weiter zu schüren.",
]
PRK = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
CHO = actor("Cho Tae Yul", "KOR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
DE03 = {
    "id": "hm63-de-03", "lang": "de", "url": None, "published": "2024-10-14",
    "title": "Nordkorea versetzt Artillerie an der Grenze in Feuerbereitschaft",
    "text": paragraphs(D3[0:3], D3[3:6], D3[6:9]),
    "events": [
        event("MOBILIZE", actor("Korean People's Army", "PRK", "MIL"), None, D3[0], mode="troops", date="2024-10-13"),
        event("ACCUSE", PRK, KOR, D3[1], mode="allege"),
        event("THREATEN", actor("Kim Yo Jong", "PRK", "GOV"), KOR, D3[2], mode="violence"),
        event("THREATEN", actor("Joint Chiefs of Staff spokesperson", "KOR", "MIL"), PRK, D3[4], mode="violence"),
        event("THREATEN", actor("Kim Yong Hyun", "KOR", "GOV"), PRK, D3[5], mode="violence"),
        event("CONSULT", CHO, BLINKEN, D3[6], mode="phone", date="2024-10-14"),
        event("AGREE", CHO, BLINKEN, D3[7]),
        event("REQUEST", actor("Ministry of Unification", "KOR", "GOV"), PRK, D3[8], mode="change"),
    ],
    "quotes": [
        quote("in drei Nächten Drohnen mit Propagandaflugblättern über die Hauptstadt geschickt zu haben", "North Korea", "indirect"),
        quote("schrecklichen Katastrophe", "Kim Yo Jong", "direct"),
        quote("entschlossen", "Joint Chiefs of Staff spokesperson", "direct"),
        quote("Man sei jedoch bereit, auf jede Provokation »entschlossen« zu reagieren", "Joint Chiefs of Staff spokesperson", "indirect"),
        quote("ein Angriff auf Südkorea werde das Ende des Regimes bedeuten", "Kim Yong Hyun", "indirect"),
    ],
    "entities": [
        entity("Korean People's Army", "ORG", "PRK", ["Die nordkoreanische Armee"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul"]),
        entity("North Korea", "GPE", "PRK", ["Pjöngjang", "den Norden"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong", "die einflussreiche Schwester von Machthaber Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("Joint Chiefs of Staff", "ORG", "KOR", ["Der südkoreanische Generalstab"]),
        entity("Joint Chiefs of Staff spokesperson", "PER", "KOR", ["ein Sprecher"]),
        entity("Kim Yong Hyun", "PER", "KOR", ["Verteidigungsminister Kim Yong Hyun"]),
        entity("Cho Tae Yul", "PER", "KOR", ["Der südkoreanische Außenminister Cho Tae Yul"]),
        entity("Antony Blinken", "PER", "USA", ["seinem US-Kollegen Antony Blinken"]),
        entity("Ministry of Unification", "ORG", "KOR", ["Das Vereinigungsministerium"]),
    ],
}

# ---------------------------------------------------------------- hm63-de-04
D4 = [
    "Bei einem Angriff auf eine Polizeiwache im Südosten Irans sind in der Nacht zum Freitag mindestens elf Polizisten getötet worden.",
    "Die sunnitische Extremistengruppe Dschaisch al-Adl bekannte sich zu der Attacke in der Stadt Rask in der Provinz Sistan und Belutschistan.",
    "Innenminister Ahmad Wahidi machte „Terroristen“ verantwortlich, die aus Pakistan eingedrungen seien.",
    "Teheran forderte Islamabad auf, entschlossen gegen die Kämpfer in der Grenzregion vorzugehen.",
    "Pakistans Außenministerium verurteilte den Anschlag und bot Iran eine engere Zusammenarbeit bei der Grenzsicherung an.",
    "Sicherheitskräfte nahmen am Freitag mehrere Verdächtige fest, wie die Justiz mitteilte.",
    "Präsident Ebrahim Raisi kündigte eine „harte Antwort“ an.",
    "Die Täter würden »ihre Strafe erhalten«, sagte er nach Angaben der Staatsagentur Irna.",
    "Dschaisch al-Adl kämpft nach eigenen Angaben für die Rechte der Belutschen.",
]
JAA = actor("Jaish al-Adl", "IRN", "REB")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
DE04 = {
    "id": "hm63-de-04", "lang": "de", "url": None, "published": "2023-12-15",
    "title": "Elf Polizisten bei Angriff im Südosten Irans getötet",
    "text": paragraphs(D4[0:2], D4[2:6], D4[6:9]),
    "events": [
        event("ASSAULT", JAA, actor("Iranian police", "IRN", "COP"), D4[1], location="Rask", location_country="IRN"),
        event("ACCUSE", actor("Ahmad Vahidi", "IRN", "GOV"), JAA, D4[2], mode="allege"),
        event("REQUEST", actor("Iran", "IRN", "GOV"), actor("Pakistan", "PAK", "GOV"), D4[3]),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV"), JAA, D4[4], mode="disapprove"),
        event("AGREE", actor("Ministry of Foreign Affairs of Pakistan", "PAK", "GOV"), actor("Iran", "IRN", "GOV"), D4[4]),
        event("COERCE", actor("Iranian security forces", "IRN", "COP"), actor("suspects", "IRN", None), D4[5],
              mode="arrest", date="2023-12-15"),
        event("THREATEN", RAISI, JAA, D4[6], mode="violence"),
        event("THREATEN", RAISI, JAA, D4[7], mode="violence"),
    ],
    "quotes": [
        quote("Terroristen", "Ahmad Vahidi", "direct"),
        quote("Sicherheitskräfte nahmen am Freitag mehrere Verdächtige fest", "Judiciary of Iran", "indirect"),
        quote("harte Antwort", "Ebrahim Raisi", "direct"),
        quote("ihre Strafe erhalten", "Ebrahim Raisi", "direct"),
        quote("Die Täter würden »ihre Strafe erhalten«", "Ebrahim Raisi", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Irans", "Teheran", "Iran"]),
        entity("Jaish al-Adl", "ORG", "IRN", ["Die sunnitische Extremistengruppe Dschaisch al-Adl", "Dschaisch al-Adl"]),
        entity("Rask", "LOC", "IRN", ["Stadt Rask"]),
        entity("Sistan and Baluchestan", "LOC", "IRN", ["Provinz Sistan und Belutschistan"]),
        entity("Ahmad Vahidi", "PER", "IRN", ["Innenminister Ahmad Wahidi"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "Pakistans"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistans Außenministerium"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["die Justiz"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi", "er"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["Staatsagentur Irna"]),
    ],
}

# ---------------------------------------------------------------- hm63-en-01
E1 = [
    "Yemen's Houthi rebels seized a cargo ship linked to an Israeli businessman in the southern Red Sea on Sunday, with its 25 crew members on board.",
    "The Houthis said they would keep targeting vessels owned or operated by Israelis until the war in Gaza ended.",
    "Israeli Prime Minister Benjamin Netanyahu's office condemned the hijacking of the Galaxy Leader as \"another act of Iranian terrorism\".",
    "Tehran denied any role, saying the Houthis had acted on their own.",
    "Japan, whose shipping company Nippon Yusen operates the vessel, said it was talking to the Houthis directly and had asked Saudi Arabia, Oman and Iran for help in securing the crew's release.",
    "Chief Cabinet Secretary Hirokazu Matsuno urged the rebels to free the ship and its crew \"immediately\".",
    "The United States called the seizure \"a flagrant violation of international law\" and said it would consider designating the Houthis a terrorist group again.",
    "Last month, the rebels fired drones and missiles at the Israeli port city of Eilat.",
]
HOUTHIS = actor("Houthis", "YEM", "REB")
JPN = actor("Japan", "JPN", "GOV")
EN01 = {
    "id": "hm63-en-01", "lang": "en", "url": None, "published": "2023-11-20",
    "title": "Houthi rebels seize cargo ship in Red Sea",
    "text": paragraphs(E1[0:3], E1[3:6], E1[6:8]),
    "events": [
        event("COERCE", HOUTHIS, actor("Galaxy Leader", "BHS", "BUS"), E1[0], mode="seize", date="2023-11-19",
              location="Red Sea"),
        event("THREATEN", HOUTHIS, actor("Israel", "ISR", None), E1[1], mode="violence"),
        event("ACCUSE", actor("Prime Minister's Office of Israel", "ISR", "GOV"), actor("Iran", "IRN", "GOV"), E1[2],
              mode="disapprove"),
        event("CONSULT", JPN, HOUTHIS, E1[4]),
        event("REQUEST", JPN, actor("Saudi Arabia", "SAU", "GOV"), E1[4], mode="assist"),
        event("REQUEST", JPN, actor("Oman", "OMN", "GOV"), E1[4], mode="assist"),
        event("REQUEST", JPN, actor("Iran", "IRN", "GOV"), E1[4], mode="assist"),
        event("REQUEST", actor("Hirokazu Matsuno", "JPN", "GOV"), HOUTHIS, E1[5], mode="yield"),
        event("ACCUSE", actor("United States", "USA", "GOV"), HOUTHIS, E1[6], mode="disapprove"),
        event("ASSAULT", HOUTHIS, actor("Israel", "ISR", None), E1[7], location="Eilat", location_country="ISR"),
    ],
    "quotes": [
        quote("they would keep targeting vessels owned or operated by Israelis until the war in Gaza ended", "Houthis", "indirect"),
        quote("another act of Iranian terrorism", "Prime Minister's Office of Israel", "direct"),
        quote("the Houthis had acted on their own", "Iran", "indirect"),
        quote("it was talking to the Houthis directly and had asked Saudi Arabia, Oman and Iran for help in securing the crew's release", "Japan", "indirect"),
        quote("immediately", "Hirokazu Matsuno", "direct"),
        quote("a flagrant violation of international law", "United States", "direct"),
        quote("it would consider designating the Houthis a terrorist group again", "United States", "indirect"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "The Houthis", "the Houthis", "the rebels"]),
        entity("Yemen", "GPE", "YEM", ["Yemen"]),
        entity("Red Sea", "LOC", None, ["southern Red Sea"]),
        entity("Galaxy Leader", "ORG", "BHS", ["a cargo ship linked to an Israeli businessman", "the Galaxy Leader", "the vessel"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Israeli Prime Minister Benjamin Netanyahu's office"]),
        entity("Iran", "GPE", "IRN", ["Tehran", "Iran"]),
        entity("Japan", "GPE", "JPN", ["Japan"]),
        entity("Nippon Yusen", "ORG", "JPN", ["shipping company Nippon Yusen"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Oman", "GPE", "OMN", ["Oman"]),
        entity("Hirokazu Matsuno", "PER", "JPN", ["Chief Cabinet Secretary Hirokazu Matsuno"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("Eilat", "LOC", "ISR", ["the Israeli port city of Eilat"]),
    ],
}

# ---------------------------------------------------------------- hm63-en-02
E2 = [
    "Hundreds of students stormed a shelter for Rohingya refugees in the Indonesian city of Banda Aceh on Wednesday, demanding their deportation.",
    "The protesters kicked over belongings and forced 137 refugees, many of them women and children, onto trucks.",
    "The UN refugee agency UNHCR said it was \"deeply disturbed\" by the attack and called on Indonesian authorities to protect the refugees.",
    "\"Attacks on desperate women and children are not acts of heroism,\" UNHCR spokesperson Babar Baloch told reporters in Geneva.",
    "Indonesia's foreign ministry blamed human traffickers for the rising number of boat arrivals.",
    "The International Organization for Migration has provided food and medical care to the group.",
    "President Joko Widodo has promised temporary shelter for the refugees, but local leaders in Aceh have urged Jakarta to move them to other islands.",
    "Police arrested two suspected traffickers on Thursday, a spokesman said.",
    "More than 1,500 Rohingya have landed in Aceh since November, most of them from camps in Bangladesh.",
]
STUDENTS = actor("Indonesian students", "IDN", "CVL")
ROH = actor("Rohingya refugees", "MMR", "CVL")
EN02 = {
    "id": "hm63-en-02", "lang": "en", "url": None, "published": "2023-12-28",
    "title": "Students storm Rohingya shelter in Indonesia's Aceh",
    "text": paragraphs(E2[0:2], E2[2:5], E2[5:9]),
    "events": [
        event("PROTEST", STUDENTS, ROH, E2[0], date="2023-12-27", location="Banda Aceh", location_country="IDN"),
        event("COERCE", STUDENTS, ROH, E2[1]),
        event("REQUEST", actor("UNHCR", "UNO", "IGO"), actor("Indonesia", "IDN", "GOV"), E2[2], mode="assist"),
        event("ACCUSE", actor("Babar Baloch", "UNO", "IGO"), STUDENTS, E2[3], mode="disapprove"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Indonesia", "IDN", "GOV"), actor("human traffickers", None, None),
              E2[4], mode="allege"),
        event("AID", actor("International Organization for Migration", "UNO", "IGO"), ROH, E2[5], mode="humanitarian"),
        event("AGREE", actor("Joko Widodo", "IDN", "GOV"), ROH, E2[6]),
        event("REQUEST", actor("local leaders in Aceh", "IDN", "GOV"), actor("Indonesia", "IDN", "GOV"), E2[6], mode="change"),
        event("COERCE", actor("Aceh police", "IDN", "COP"), actor("suspected human traffickers", "IDN", None), E2[7],
              mode="arrest", date="2023-12-28"),
    ],
    "quotes": [
        quote("deeply disturbed", "UNHCR", "direct"),
        quote("it was \"deeply disturbed\" by the attack", "UNHCR", "indirect"),
        quote("Attacks on desperate women and children are not acts of heroism", "Babar Baloch", "direct"),
        quote("Police arrested two suspected traffickers on Thursday", "Aceh police spokesperson", "indirect"),
    ],
    "entities": [
        entity("Indonesian students", "ORG", "IDN", ["Hundreds of students", "The protesters"]),
        entity("Rohingya refugees", "ORG", "MMR", ["Rohingya refugees", "137 refugees", "the refugees", "the group", "Rohingya"]),
        entity("Banda Aceh", "LOC", "IDN", ["the Indonesian city of Banda Aceh"]),
        entity("UNHCR", "ORG", "UNO", ["The UN refugee agency UNHCR"]),
        entity("Babar Baloch", "PER", "UNO", ["UNHCR spokesperson Babar Baloch"]),
        entity("Geneva", "LOC", "CHE", ["Geneva"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesian authorities", "Indonesia's", "Jakarta"]),
        entity("Ministry of Foreign Affairs of Indonesia", "ORG", "IDN", ["Indonesia's foreign ministry"]),
        entity("International Organization for Migration", "ORG", "UNO", ["The International Organization for Migration"]),
        entity("Joko Widodo", "PER", "IDN", ["President Joko Widodo"]),
        entity("Aceh", "LOC", "IDN", ["Aceh"]),
        entity("Aceh police", "ORG", "IDN", ["Police"]),
        entity("Aceh police spokesperson", "PER", "IDN", ["a spokesman"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesh"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
