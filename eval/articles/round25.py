"""Round 25: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2024-2025 settings, not used in earlier rounds):
  hm25-de-01  DR Congo breaks off relations with Rwanda as M23 fighters reach Goma (2025-01-27)
  hm25-de-02  Israel-Hezbollah ceasefire takes effect (2024-11-27)
  hm25-de-03  Failed coup attempt by General Zúñiga in La Paz, Bolivia (2024-06-27)
  hm25-de-04  Germany deports 28 Afghan offenders to Kabul with Qatar's help (2024-08-30)
  hm25-en-01  South Korea suspends the 2018 military pact over North Korean trash balloons (2024-06-04)
  hm25-en-02  New Zealand pauses budget support for the Cook Islands over its China deals (2025-06-20)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm25-de-01
COD = actor("Democratic Republic of the Congo", "COD", "GOV")
COD_MFA = actor("Ministry of Foreign Affairs of the DR Congo", "COD", "GOV")
RWA = actor("Rwanda", "RWA", "GOV")
M23 = actor("M23", "COD", "REB")
FARDC = actor("Armed Forces of the DR Congo", "COD", "MIL")
WAGNER = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
MONUSCO = actor("MONUSCO", "UNO", "IGO")

A1 = "Die Demokratische Republik Kongo hat am Sonntag wegen des Vormarschs der M23-Rebellen auf Goma die diplomatischen Beziehungen zu Ruanda abgebrochen."
A2 = "Das Außenministerium in Kinshasa rief alle Diplomaten aus Kigali zurück und gab dem ruandischen Botschaftspersonal 48 Stunden Zeit, das Land zu verlassen."
A3 = "Kämpfer der M23 waren am Sonntagabend in Vororte der Provinzhauptstadt eingedrungen und hatten Stellungen der kongolesischen Armee mit Mörsern beschossen."
A4 = "Außenministerin Thérèse Kayikwamba Wagner warf dem Nachbarland vor, die Rebellen mit eigenen Soldaten und Waffen zu unterstützen."
A5 = "„Das ist eine Kriegserklärung“, sagte sie im Staatsfernsehen."
A6 = "Kigali wies die Vorwürfe zurück und erklärte, die Gefechte nahe der Grenze bedrohten die Sicherheit Ruandas."
A7 = "Der UN-Sicherheitsrat forderte in einer Dringlichkeitssitzung eine sofortige Waffenruhe und verlangte von der M23, ihre Offensive einzustellen."
A8 = "Die UN-Mission Monusco erklärte, ihre Blauhelme würden Goma gemeinsam mit der kongolesischen Armee verteidigen."
A9 = "Dem Roten Kreuz zufolge sind seit Jahresbeginn mehr als 400.000 Menschen vor den Kämpfen geflohen."

DE01 = {
    "id": "hm25-de-01", "lang": "de", "url": None, "published": "2025-01-27",
    "title": "Kongo bricht diplomatische Beziehungen zu Ruanda ab",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9]),
    "events": [
        event("SANCTION", COD, RWA, A1, mode="discontinue", date="2025-01-26"),
        event("SANCTION", COD_MFA, RWA, A2, mode="withdraw"),
        event("SANCTION", COD_MFA, RWA, A2, mode="expel"),
        event("ASSAULT", M23, FARDC, A3, mode="heavy-weapons", date="2025-01-26", location="Goma",
              location_country="COD"),
        event("ACCUSE", WAGNER, RWA, A4, mode="allege"),
        event("ACCUSE", WAGNER, RWA, A5, mode="disapprove"),
        event("REQUEST", UNSC, M23, A7, mode="yield"),
        event("AGREE", MONUSCO, FARDC, A8),
    ],
    "quotes": [
        quote("die Rebellen mit eigenen Soldaten und Waffen zu unterstützen", "Thérèse Kayikwamba Wagner", "indirect"),
        quote("Das ist eine Kriegserklärung", "Thérèse Kayikwamba Wagner", "direct"),
        quote("die Gefechte nahe der Grenze bedrohten die Sicherheit Ruandas", "Rwanda", "indirect"),
        quote("ihre Blauhelme würden Goma gemeinsam mit der kongolesischen Armee verteidigen", "MONUSCO", "indirect"),
        quote("sind seit Jahresbeginn mehr als 400.000 Menschen vor den Kämpfen geflohen",
              "International Committee of the Red Cross", "indirect"),
    ],
    "entities": [
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Die Demokratische Republik Kongo"]),
        entity("Ministry of Foreign Affairs of the DR Congo", "ORG", "COD", ["Das Außenministerium in Kinshasa"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Kigali", "dem Nachbarland", "Ruandas"]),
        entity("M23", "ORG", "COD", ["M23-Rebellen", "Kämpfer der M23", "die Rebellen", "der M23"]),
        entity("Goma", "LOC", "COD", ["Goma", "der Provinzhauptstadt"]),
        entity("Armed Forces of the DR Congo", "ORG", "COD", ["der kongolesischen Armee"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD", ["Außenministerin Thérèse Kayikwamba Wagner", "sie"]),
        entity("UN Security Council", "ORG", "UNO", ["Der UN-Sicherheitsrat"]),
        entity("MONUSCO", "ORG", "UNO", ["Die UN-Mission Monusco"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["Dem Roten Kreuz"]),
    ],
}

# ---------------------------------------------------------------- hm25-de-02
ISR = actor("Israel", "ISR", "GOV")
HEZ = actor("Hezbollah", "LBN", "REB")
ISR_CAB = actor("Israeli Security Cabinet", "ISR", "GOV")
IAF = actor("Israeli Air Force", "ISR", "MIL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
LBN = actor("Lebanon", "LBN", "GOV")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
FADLALLAH = actor("Hassan Fadlallah", "LBN", "LEG")
BIDEN = actor("Joe Biden", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

B1 = "Zwischen Israel und der libanesischen Hisbollah-Miliz ist am Mittwochmorgen eine Waffenruhe in Kraft getreten."
B2 = "Das israelische Sicherheitskabinett hatte der von den USA und Frankreich vermittelten Vereinbarung am Dienstagabend zugestimmt."
B3 = "Kurz zuvor hatte die israelische Luftwaffe noch Ziele der Hisbollah in den südlichen Vororten Beiruts bombardiert."
B4 = "Der Vereinbarung zufolge soll sich die israelische Armee binnen 60 Tagen schrittweise aus dem Südlibanon zurückziehen."
B5 = "Die libanesische Armee begann bereits am Mittwoch, zusätzliche Soldaten in den Süden des Landes zu verlegen."
B6 = "Ministerpräsident Benjamin Netanjahu drohte, Israel werde bei jedem Verstoß »mit aller Härte« zurückschlagen."
B7 = "Der Hisbollah-Abgeordnete Hassan Fadlallah sagte, die Miliz werde die Vereinbarung einhalten."
B8 = "US-Präsident Joe Biden lobte Israel und den Libanon für ihren »Mut« und sprach von einer »guten Nachricht«."
B9 = "Frankreichs Präsident Emmanuel Macron sagte dem Libanon zu, sich an der Überwachung der Waffenruhe zu beteiligen."

DE02 = {
    "id": "hm25-de-02", "lang": "de", "url": None, "published": "2024-11-27",
    "title": "Waffenruhe zwischen Israel und Hisbollah in Kraft",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9]),
    "events": [
        event("RETREAT", ISR, HEZ, B1, mode="ceasefire", date="2024-11-27"),
        event("AGREE", ISR_CAB, HEZ, B2, date="2024-11-26"),
        event("ASSAULT", IAF, HEZ, B3, mode="aerial", location="Beirut", location_country="LBN"),
        event("CONCEDE", IDF, LBN, B4),
        event("MOBILIZE", LAF, None, B5, mode="troops", date="2024-11-27", location="Southern Lebanon",
              location_country="LBN"),
        event("THREATEN", NETANYAHU, HEZ, B6, mode="violence"),
        event("AGREE", FADLALLAH, ISR, B7),
        event("SUPPORT", BIDEN, ISR, B8),
        event("SUPPORT", BIDEN, LBN, B8),
        event("AGREE", MACRON, LBN, B9),
    ],
    "quotes": [
        quote("mit aller Härte", "Benjamin Netanyahu", "direct"),
        quote("Israel werde bei jedem Verstoß »mit aller Härte« zurückschlagen", "Benjamin Netanyahu", "indirect"),
        quote("die Miliz werde die Vereinbarung einhalten", "Hassan Fadlallah", "indirect"),
        quote("Mut", "Joe Biden", "direct"),
        quote("guten Nachricht", "Joe Biden", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Hezbollah", "ORG", "LBN", ["der libanesischen Hisbollah-Miliz", "der Hisbollah", "die Miliz"]),
        entity("Israeli Security Cabinet", "ORG", "ISR", ["Das israelische Sicherheitskabinett"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Frankreichs"]),
        entity("Israeli Air Force", "ORG", "ISR", ["die israelische Luftwaffe"]),
        entity("Beirut", "LOC", "LBN", ["Beiruts"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelische Armee"]),
        entity("Southern Lebanon", "LOC", "LBN", ["dem Südlibanon", "den Süden des Landes"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("Lebanon", "GPE", "LBN", ["den Libanon", "dem Libanon"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Hassan Fadlallah", "PER", "LBN", ["Der Hisbollah-Abgeordnete Hassan Fadlallah"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
    ],
}

# ---------------------------------------------------------------- hm25-de-03
BOL_ARMY = actor("Bolivian Army", "BOL", "MIL")
BOL_PROT = actor("Bolivian protesters", "BOL", "CVL")
ZUNIGA = actor("Juan José Zúñiga", "BOL", "MIL")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_POLICE = actor("Bolivian Police", "BOL", "COP")
BRA = actor("Brazil", "BRA", "GOV")
CHL = actor("Chile", "CHL", "GOV")
OAS = actor("Organization of American States", "IGO", "IGO")
BORIC = actor("Gabriel Boric", "CHL", "GOV")

C1 = "Hunderte Soldaten sind am Mittwoch mit Panzerwagen vor dem Regierungspalast in La Paz aufgefahren."
C2 = "Sie feuerten Tränengas auf Demonstranten, die sich auf der Plaza Murillo versammelt hatten."
C3 = "Angeführt wurde die Aktion von General Juan José Zúñiga, der kurz zuvor sein Kommando als Armeechef verloren hatte."
C4 = "Präsident Luis Arce stellte sich dem General im Palast entgegen und forderte ihn auf, die Soldaten abzuziehen."
C5 = "„Ich bin Ihr Oberbefehlshaber und befehle Ihnen, diese Meuterei zu beenden“, sagte Arce in einem im Fernsehen gezeigten Video."
C6 = "Wenig später zog die neue Armeeführung die Truppen in die Kasernen zurück, Zúñiga wurde noch am Abend festgenommen."
C7 = "Vor seiner Festnahme behauptete er, Arce selbst habe ihn angewiesen, Panzer auffahren zu lassen, um seine Popularität zu steigern."
C8 = "Die Regierung wies dies als »Lüge« zurück."
C9 = "Brasilien, Chile und die Organisation Amerikanischer Staaten verurteilten den Putschversuch scharf."
C10 = "Chiles Präsident Gabriel Boric erklärte, sein Land stehe an der Seite der legitimen Regierung Arce."

DE03 = {
    "id": "hm25-de-03", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "Putschversuch in Bolivien gescheitert",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("MOBILIZE", BOL_ARMY, None, C1, mode="troops", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("ASSAULT", BOL_ARMY, BOL_PROT, C2, mode="crowd-control", location="Plaza Murillo",
              location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, C4, mode="yield"),
        event("REQUEST", ARCE, ZUNIGA, C5, mode="yield"),
        event("RETREAT", BOL_ARMY, None, C6, mode="withdraw"),
        event("COERCE", BOL_POLICE, ZUNIGA, C6, mode="arrest", date="2024-06-26"),
        event("ACCUSE", ZUNIGA, ARCE, C7, mode="allege"),
        event("ACCUSE", BRA, ZUNIGA, C9, mode="disapprove"),
        event("ACCUSE", CHL, ZUNIGA, C9, mode="disapprove"),
        event("ACCUSE", OAS, ZUNIGA, C9, mode="disapprove"),
        event("SUPPORT", BORIC, ARCE, C10),
    ],
    "quotes": [
        quote("Ich bin Ihr Oberbefehlshaber und befehle Ihnen, diese Meuterei zu beenden", "Luis Arce", "direct"),
        quote("Arce selbst habe ihn angewiesen, Panzer auffahren zu lassen, um seine Popularität zu steigern",
              "Juan José Zúñiga", "indirect"),
        quote("Lüge", "Government of Bolivia", "direct"),
        quote("sein Land stehe an der Seite der legitimen Regierung Arce", "Gabriel Boric", "indirect"),
    ],
    "entities": [
        entity("Bolivian Army", "ORG", "BOL", ["Hunderte Soldaten", "Sie", "die neue Armeeführung"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Plaza Murillo", "LOC", "BOL", ["der Plaza Murillo"]),
        entity("Bolivian protesters", "ORG", "BOL", ["Demonstranten"]),
        entity("Bolivian Police", "ORG", "BOL", []),
        entity("Juan José Zúñiga", "PER", "BOL", ["General Juan José Zúñiga", "dem General", "Zúñiga", "er"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Die Regierung", "der legitimen Regierung Arce"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("Chile", "GPE", "CHL", ["Chile", "Chiles", "sein Land"]),
        entity("Organization of American States", "ORG", "IGO", ["die Organisation Amerikanischer Staaten"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chiles Präsident Gabriel Boric"]),
    ],
}

# ---------------------------------------------------------------- hm25-de-04
DEU = actor("Germany", "DEU", "GOV")
AFG_OFF = actor("Afghan offenders", "AFG", "CVL")
QAT = actor("Qatar", "QAT", "GOV")
TALIBAN = actor("Taliban", "AFG", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
PROASYL = actor("Pro Asyl", "DEU", "NGO")
AFG_MFA = actor("Ministry of Foreign Affairs of Afghanistan", "AFG", "GOV")
UNION = actor("CDU/CSU", "DEU", "OPP")

D1 = "Deutschland hat erstmals seit der Machtübernahme der Taliban afghanische Straftäter in ihr Heimatland abgeschoben."
D2 = "Ein Charterflug mit 28 Männern an Bord startete am Freitagmorgen in Leipzig und landete am Mittag in Kabul, wie Regierungssprecher Steffen Hebestreit bestätigte."
D3 = "Nach dem Messerangriff von Solingen vor einer Woche war der Druck auf die Bundesregierung gewachsen."
D4 = "Katar hatte nach Angaben aus Berlin bei der Organisation des Fluges geholfen, direkte Gespräche mit den Taliban habe es nicht gegeben."
D5 = "Innenministerin Nancy Faeser kündigte weitere Abschiebungen an: „Wir werden weiter konsequent handeln.“"
D6 = "Die Organisation Pro Asyl kritisierte den Flug scharf und warf der Regierung vor, mit den Taliban zu kooperieren."
D7 = "Die Taliban-Regierung in Kabul begrüßte die Rückführung und rief Berlin auf, konsularische Beziehungen aufzunehmen."
D8 = "Man sei bereit, mit Deutschland in allen Fragen zusammenzuarbeiten, erklärte das Außenministerium."
D9 = "Die oppositionelle Union verlangte, künftig auch Straftäter nach Syrien abzuschieben."

DE04 = {
    "id": "hm25-de-04", "lang": "de", "url": None, "published": "2024-08-30",
    "title": "Deutschland schiebt erstmals seit 2021 nach Afghanistan ab",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9]),
    "events": [
        event("COERCE", DEU, AFG_OFF, D1, mode="deport"),
        event("COERCE", DEU, AFG_OFF, D2, mode="deport", date="2024-08-30", location="Kabul",
              location_country="AFG"),
        event("COOPERATE", QAT, DEU, D4),
        event("CONSULT", DEU, TALIBAN, D4, negated=True),
        event("THREATEN", FAESER, AFG_OFF, D5),
        event("ACCUSE", PROASYL, DEU, D6, mode="disapprove"),
        event("SUPPORT", TALIBAN, DEU, D7),
        event("REQUEST", TALIBAN, DEU, D7, mode="assist"),
        event("AGREE", AFG_MFA, DEU, D8),
        event("REQUEST", UNION, DEU, D9, mode="change"),
    ],
    "quotes": [
        quote("Ein Charterflug mit 28 Männern an Bord startete am Freitagmorgen in Leipzig und landete am Mittag in Kabul",
              "Steffen Hebestreit", "indirect"),
        quote("Katar hatte nach Angaben aus Berlin bei der Organisation des Fluges geholfen, direkte Gespräche mit den Taliban habe es nicht gegeben",
              "Germany", "indirect"),
        quote("Wir werden weiter konsequent handeln", "Nancy Faeser", "direct"),
        quote("mit den Taliban zu kooperieren", "Pro Asyl", "indirect"),
        quote("Man sei bereit, mit Deutschland in allen Fragen zusammenzuarbeiten",
              "Ministry of Foreign Affairs of Afghanistan", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin", "die Bundesregierung", "der Regierung"]),
        entity("Afghan offenders", "ORG", "AFG", ["afghanische Straftäter", "28 Männern"]),
        entity("Taliban", "ORG", "AFG", ["der Taliban", "den Taliban", "Die Taliban-Regierung in Kabul"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Steffen Hebestreit", "PER", "DEU", ["Regierungssprecher Steffen Hebestreit"]),
        entity("Solingen", "LOC", "DEU", ["Solingen"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser"]),
        entity("Pro Asyl", "ORG", "DEU", ["Die Organisation Pro Asyl"]),
        entity("Ministry of Foreign Affairs of Afghanistan", "ORG", "AFG", ["das Außenministerium"]),
        entity("CDU/CSU", "ORG", "DEU", ["Die oppositionelle Union"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
    ],
}

# ---------------------------------------------------------------- hm25-en-01
KOR = actor("South Korea", "KOR", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
HAN = actor("Han Duck-soo", "KOR", "GOV")
KIMYJ = actor("Kim Yo Jong", "PRK", "GOV")
KOR_ACT = actor("South Korean activists", "KOR", "CVL")
USA = actor("United States", "USA", "GOV")
MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")

E1 = "South Korea on Tuesday fully suspended a 2018 military agreement with North Korea, citing repeated provocations by Pyongyang."
E2 = "Seoul says the North has flown more than 1,000 balloons filled with cigarette butts, waste paper and manure across the border since last week."
E3 = "The move clears the way for the military to resume loudspeaker broadcasts near the frontier."
E4 = "“The North's reckless actions pose a direct threat to our people,” Prime Minister Han Duck-soo told the cabinet meeting, “and we will respond firmly.”"
E5 = "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned that Seoul would face “a new type of response” if the broadcasts resumed."
E6 = "She said the balloons were a “gift of sincerity” in return for leaflets sent north by South Korean activists."
E7 = "Pyongyang scrapped the same agreement in November after Seoul partially suspended it over a spy satellite launch."
E8 = "The United States backed its ally's decision and urged Pyongyang to halt the launches."
E9 = "Seoul's unification ministry rejected the North's demand to stop the activists' leaflet launches."

EN01 = {
    "id": "hm25-en-01", "lang": "en", "url": None, "published": "2024-06-04",
    "title": "South Korea suspends military pact with North over trash balloons",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9]),
    "events": [
        event("SANCTION", KOR, PRK, E1, mode="discontinue", date="2024-06-04"),
        event("ACCUSE", KOR, PRK, E2, mode="allege"),
        event("ACCUSE", HAN, PRK, E4, mode="disapprove"),
        event("THREATEN", HAN, PRK, E4),
        event("THREATEN", KIMYJ, KOR, E5),
        event("ACCUSE", KIMYJ, KOR_ACT, E6, mode="allege"),
        event("SANCTION", PRK, KOR, E7, mode="discontinue"),
        event("SANCTION", KOR, PRK, E7, mode="discontinue"),
        event("SUPPORT", USA, KOR, E8),
        event("REQUEST", USA, PRK, E8, mode="change"),
        event("REJECT", MOU, PRK, E9, mode="change"),
    ],
    "quotes": [
        quote("the North has flown more than 1,000 balloons filled with cigarette butts, waste paper and manure across the border since last week",
              "South Korea", "indirect"),
        quote("The North's reckless actions pose a direct threat to our people", "Han Duck-soo", "direct"),
        quote("and we will respond firmly", "Han Duck-soo", "direct"),
        quote("a new type of response", "Kim Yo Jong", "direct"),
        quote("that Seoul would face “a new type of response” if the broadcasts resumed", "Kim Yo Jong", "indirect"),
        quote("gift of sincerity", "Kim Yo Jong", "direct"),
        quote("the balloons were a “gift of sincerity” in return for leaflets sent north by South Korean activists",
              "Kim Yo Jong", "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["South Korea", "Seoul"]),
        entity("North Korea", "GPE", "PRK", ["North Korea", "Pyongyang", "the North", "The North's", "the North's"]),
        entity("Han Duck-soo", "PER", "KOR", ["Prime Minister Han Duck-soo"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong", "the powerful sister of leader Kim Jong Un", "She"]),
        entity("Kim Jong Un", "PER", "PRK", ["leader Kim Jong Un"]),
        entity("South Korean activists", "ORG", "KOR", ["South Korean activists", "the activists'"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Seoul's unification ministry"]),
    ],
}

# ---------------------------------------------------------------- hm25-en-02
NZL = actor("New Zealand", "NZL", "GOV")
COK = actor("Cook Islands", "COK", "GOV")
BROWN = actor("Mark Brown", "COK", "GOV")
CHN = actor("China", "CHN", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")
COK_PROT = actor("Cook Islands protesters", "COK", "CVL")

F1 = "New Zealand has paused millions of dollars in funding for the Cook Islands, saying the Pacific nation failed to consult it before signing a series of agreements with China."
F2 = "The suspension of 18.2 million New Zealand dollars ($11 million) in core budget support was confirmed on Thursday by Foreign Minister Winston Peters' office."
F3 = "Cook Islands Prime Minister Mark Brown signed the partnership deals during a visit to Beijing in February."
F4 = "Brown called the decision disappointing but said his government had not broken any commitments to Wellington."
F5 = "He said he would travel to Wellington for talks with Peters “as soon as possible” to repair the relationship."
F6 = "Peters said the funding would only resume once Avarua took concrete steps to rebuild trust."
F7 = "Hundreds of Cook Islanders protested outside parliament in Rarotonga in February against the deals, which were signed without public consultation."
F8 = "The self-governing islands rely on New Zealand for defence and foreign affairs."
F9 = "Beijing has rejected criticism of the agreements, saying they do not target any third party."

EN02 = {
    "id": "hm25-en-02", "lang": "en", "url": None, "published": "2025-06-20",
    "title": "New Zealand pauses aid to Cook Islands over China deals",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9]),
    "events": [
        event("SANCTION", NZL, COK, F1, mode="withdraw"),
        event("ACCUSE", NZL, COK, F1, mode="disapprove"),
        event("SANCTION", NZL, COK, F2, mode="withdraw", date="2025-06-19"),
        event("CONSULT", BROWN, CHN, F3, mode="visit", location="Beijing", location_country="CHN"),
        event("SUPPORT", BROWN, CHN, F3),
        event("ACCUSE", BROWN, NZL, F4, mode="disapprove"),
        event("AGREE", BROWN, PETERS, F5),
        event("REQUEST", PETERS, COK, F6, mode="change"),
        event("PROTEST", COK_PROT, COK, F7, mode="demo", location="Rarotonga", location_country="COK"),
    ],
    "quotes": [
        quote("the Pacific nation failed to consult it before signing a series of agreements with China",
              "New Zealand", "indirect"),
        quote("his government had not broken any commitments to Wellington", "Mark Brown", "indirect"),
        quote("as soon as possible", "Mark Brown", "direct"),
        quote("he would travel to Wellington for talks with Peters “as soon as possible” to repair the relationship",
              "Mark Brown", "indirect"),
        quote("the funding would only resume once Avarua took concrete steps to rebuild trust", "Winston Peters",
              "indirect"),
        quote("they do not target any third party", "China", "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("Cook Islands", "GPE", "COK", ["the Cook Islands", "the Pacific nation", "Avarua", "The self-governing islands",
                                             "his government"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Winston Peters", "PER", "NZL", ["Foreign Minister Winston Peters'", "Peters"]),
        entity("Mark Brown", "PER", "COK", ["Cook Islands Prime Minister Mark Brown", "Brown", "He", "he"]),
        entity("Cook Islands protesters", "ORG", "COK", ["Hundreds of Cook Islanders"]),
        entity("Rarotonga", "LOC", "COK", ["Rarotonga"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
