"""Round 27 of the hand-made blind articles (written blind; invented, plausible wire-style texts).

Stories:
- hm27-de-01: New Zealand freezes aid to the Cook Islands over its partnership with China (2025)
- hm27-de-02: Brazil's Supreme Court justice de Moraes orders X blocked, Musk's row (2024)
- hm27-de-03: US retaliatory strikes in Iraq and Syria after the Tower 22 drone attack (2024)
- hm27-de-04: Spain, Ireland and Norway recognise Palestine; Israel restricts Spain's consulate (2024)
- hm27-en-01: South Korea suspends the 2018 military pact over North Korean trash balloons (2024)
- hm27-en-02: Niger halts oil exports through Benin after the arrest of its workers (2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# --------------------------------------------------------------------------- hm27-de-01
NZL_GOV = actor("New Zealand", "NZL", "GOV")
MFAT = actor("Ministry of Foreign Affairs and Trade of New Zealand", "NZL", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")
COK_GOV = actor("Cook Islands", "COK", "GOV")
BROWN = actor("Mark Brown", "COK", "GOV")
CHN_GOV = actor("China", "CHN", "GOV")
COK_PROTESTERS = actor("protesters in the Cook Islands", "COK", "CVL")

D1_S1 = ("Wellington (dpa) - Neuseeland hat wegen eines umstrittenen Abkommens der Cookinseln mit China "
         "Hilfszahlungen in Millionenhöhe an den Inselstaat eingefroren.")
D1_S2 = ("Rund 18,2 Millionen Neuseeland-Dollar würden vorerst nicht ausgezahlt, teilte das Außenministerium "
         "in Wellington am Donnerstag mit.")
D1_S3 = ("Premierminister Mark Brown habe die Regierung in Wellington vor der Unterzeichnung der Partnerschaft "
         "mit Peking nicht konsultiert, hieß es zur Begründung.")
D1_S4 = "Außenminister Winston Peters sagte, Neuseeland erwarte von seinem Partner »echte Transparenz«."
D1_S5 = "Er forderte die Regierung in Avarua auf, das verlorene Vertrauen durch konkrete Schritte wiederherzustellen."
D1_S6 = "Brown wies die Kritik zurück."
D1_S7 = ("»Wir sind ein souveränes Land und treffen unsere eigenen Entscheidungen«, sagte er vor Journalisten "
         "in Avarua.")
D1_S7B = "Vor dem Parlament in Avarua protestierten am Mittwoch Dutzende Menschen gegen das Abkommen mit Peking."
D1_S8 = ("Brown hatte im Februar in Peking ein Abkommen über Zusammenarbeit bei Tiefseebergbau, Infrastruktur "
         "und Fischerei unterzeichnet.")
D1_S10 = "Brown kündigte an, er werde im Juli zu Gesprächen nach Wellington reisen."
D1_S11 = "Peters sagte, er sei zu einem Treffen bereit."

HM27_DE_01 = {
    "id": "hm27-de-01",
    "lang": "de",
    "url": None,
    "published": "2025-06-19",
    "title": "Neuseeland friert Hilfsgelder für Cookinseln ein",
    "text": paragraphs([D1_S1, D1_S2, D1_S3], [D1_S4, D1_S5, D1_S6, D1_S7, D1_S7B], [D1_S8, D1_S10, D1_S11]),
    "events": [
        event("SANCTION", NZL_GOV, COK_GOV, D1_S1, mode="withdraw"),
        event("SANCTION", MFAT, COK_GOV, D1_S2, mode="withdraw"),
        event("ACCUSE", MFAT, BROWN, D1_S3, mode="disapprove"),
        event("REQUEST", PETERS, COK_GOV, D1_S4, mode="change"),
        event("REQUEST", PETERS, COK_GOV, D1_S5, mode="change"),
        event("PROTEST", COK_PROTESTERS, COK_GOV, D1_S7B, mode="demo", date="2025-06-18", location="Avarua",
              location_country="COK"),
        event("SUPPORT", BROWN, CHN_GOV, D1_S8, location="Beijing", location_country="CHN"),
        event("AGREE", BROWN, NZL_GOV, D1_S10, location="Wellington", location_country="NZL"),
        event("AGREE", PETERS, BROWN, D1_S11),
    ],
    "quotes": [
        quote("Rund 18,2 Millionen Neuseeland-Dollar würden vorerst nicht ausgezahlt",
              "Ministry of Foreign Affairs and Trade of New Zealand", "indirect"),
        quote("Premierminister Mark Brown habe die Regierung in Wellington vor der Unterzeichnung der Partnerschaft "
              "mit Peking nicht konsultiert", "Ministry of Foreign Affairs and Trade of New Zealand", "indirect"),
        quote("Neuseeland erwarte von seinem Partner »echte Transparenz«", "Winston Peters", "indirect"),
        quote("echte Transparenz", "Winston Peters", "direct"),
        quote("Wir sind ein souveränes Land und treffen unsere eigenen Entscheidungen", "Mark Brown", "direct"),
        quote("er werde im Juli zu Gesprächen nach Wellington reisen", "Mark Brown", "indirect"),
        quote("er sei zu einem Treffen bereit", "Winston Peters", "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["Neuseeland"]),
        entity("Wellington", "LOC", "NZL", ["Wellington"]),
        entity("Cook Islands", "GPE", "COK", ["Cookinseln", "den Inselstaat"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs and Trade of New Zealand", "ORG", "NZL",
               ["das Außenministerium in Wellington"]),
        entity("Government of New Zealand", "ORG", "NZL", ["die Regierung in Wellington"]),
        entity("Government of the Cook Islands", "ORG", "COK", ["die Regierung in Avarua"]),
        entity("Mark Brown", "PER", "COK", ["Premierminister Mark Brown", "Brown", "er"]),
        entity("Winston Peters", "PER", "NZL", ["Außenminister Winston Peters", "Peters", "Er"]),
        entity("Avarua", "LOC", "COK", ["Avarua"]),
        entity("Parliament of the Cook Islands", "ORG", "COK", ["dem Parlament in Avarua"]),
    ],
}

# --------------------------------------------------------------------------- hm27-de-02
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
STF = actor("Supreme Federal Court", "BRA", "JUD")
X_CORP = actor("X", "MNC", "BUS")
STARLINK = actor("Starlink", "MNC", "BUS")
MUSK = actor("Elon Musk", "USA", "BUS")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
X_USERS = actor("X users in Brazil", "BRA", "CVL")

D2_S1 = ("Brasília (AFP) - Ein Richter am Obersten Gericht Brasiliens hat die landesweite Sperrung der "
         "Plattform X angeordnet.")
D2_S2 = ("Die Telekommunikationsbehörde Anatel müsse die Anordnung binnen 24 Stunden umsetzen, entschied "
         "Alexandre de Moraes am Freitag.")
D2_S3 = "Zuvor hatte sich X geweigert, wie gefordert einen gesetzlichen Vertreter in Brasilien zu benennen."
D2_S4 = ("Das Unternehmen hatte de Moraes vorgeworfen, seiner früheren Vertreterin in São Paulo mit "
         "Festnahme gedroht zu haben.")
D2_S5 = "Eigentümer Elon Musk bezeichnete den Richter auf X als »Diktator«."
D2_S6 = ("De Moraes ließ zudem Konten des Satellitenunternehmens Starlink einfrieren, um ausstehende Strafen "
         "von X einzutreiben.")
D2_S7 = "Präsident Luiz Inácio Lula da Silva stellte sich hinter das Gericht."
D2_S8 = ("„Jeder, egal wo auf der Welt, der in Brasilien investiert, muss sich an unsere Verfassung und "
         "unsere Gesetze halten“, sagte er in einem Radiointerview.")
D2_S9 = ("Nutzern, die die Sperre mit VPN-Diensten umgehen, droht laut der Anordnung eine tägliche Strafe "
         "von 50.000 Reais.")
D2_S10 = "Der Streit schwelt seit April, als de Moraes Ermittlungen gegen Musk einleitete."
D2_S11 = "Eine Kammer des Gerichts soll am Montag über die Sperre beraten."

HM27_DE_02 = {
    "id": "hm27-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-08-31",
    "title": "Brasiliens Oberstes Gericht lässt X sperren",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7, D2_S8], [D2_S9, D2_S10, D2_S11]),
    "events": [
        event("COERCE", MORAES, X_CORP, D2_S1, mode="censor"),
        event("REJECT", X_CORP, MORAES, D2_S3, mode="change"),
        event("ACCUSE", X_CORP, MORAES, D2_S4, mode="allege"),
        event("ACCUSE", MUSK, MORAES, D2_S5, mode="disapprove"),
        event("COERCE", MORAES, STARLINK, D2_S6, mode="seize"),
        event("SUPPORT", LULA, STF, D2_S7),
        event("THREATEN", MORAES, X_USERS, D2_S9),
        event("ACCUSE", MORAES, MUSK, D2_S10, mode="investigate"),
    ],
    "quotes": [
        quote("Die Telekommunikationsbehörde Anatel müsse die Anordnung binnen 24 Stunden umsetzen",
              "Alexandre de Moraes", "indirect"),
        quote("seiner früheren Vertreterin in São Paulo mit Festnahme gedroht zu haben", "X", "indirect"),
        quote("Diktator", "Elon Musk", "direct"),
        quote("Jeder, egal wo auf der Welt, der in Brasilien investiert, muss sich an unsere Verfassung und "
              "unsere Gesetze halten", "Luiz Inácio Lula da Silva", "direct"),
        quote("Nutzern, die die Sperre mit VPN-Diensten umgehen, droht laut der Anordnung eine tägliche Strafe "
              "von 50.000 Reais", "Alexandre de Moraes", "indirect"),
    ],
    "entities": [
        entity("Supreme Federal Court", "ORG", "BRA", ["Obersten Gericht Brasiliens", "das Gericht",
                                                       "Eine Kammer des Gerichts"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Ein Richter am Obersten Gericht Brasiliens",
                                                     "Alexandre de Moraes", "de Moraes", "den Richter",
                                                     "De Moraes"]),
        entity("X", "ORG", "MNC", ["Plattform X", "X", "Das Unternehmen"]),
        entity("Anatel", "ORG", "BRA", ["Die Telekommunikationsbehörde Anatel"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien"]),
        entity("São Paulo", "LOC", "BRA", ["São Paulo"]),
        entity("Elon Musk", "PER", "USA", ["Eigentümer Elon Musk", "Musk"]),
        entity("Starlink", "ORG", "MNC", ["des Satellitenunternehmens Starlink"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "er"]),
        entity("Brasília", "LOC", "BRA", ["Brasília"]),
    ],
}

# --------------------------------------------------------------------------- hm27-de-03
USA_MIL = actor("United States", "USA", "MIL")
USA_GOV = actor("United States", "USA", "GOV")
CENTCOM = actor("United States Central Command", "USA", "MIL")
MILITIAS = actor("pro-Iranian militias", "IRQ", "REB")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
IRI = actor("Islamic Resistance in Iraq", "IRQ", "REB")
KH = actor("Kataib Hezbollah", "IRQ", "REB")
BIDEN = actor("Joe Biden", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")

D3_S1 = ("Washington (dpa) - Als Vergeltung für den tödlichen Drohnenangriff auf einen Stützpunkt in Jordanien "
         "haben die USA am Freitag mehr als 85 Ziele proiranischer Milizen und der iranischen Revolutionsgarden "
         "im Irak und in Syrien angegriffen.")
D3_S2 = ("Dabei seien Kommandozentralen, Waffenlager und Drohnenstellungen getroffen worden, teilte das "
         "Zentralkommando Centcom mit.")
D3_S3 = "Bei dem Angriff auf den Außenposten Tower 22 waren am vergangenen Sonntag drei US-Soldaten getötet worden."
D3_S4 = ("Washington macht die Dachorganisation Islamischer Widerstand im Irak dafür verantwortlich, zu der "
         "auch die Miliz Kataib Hisbollah gehört.")
D3_S5 = ("„Unsere Antwort hat heute begonnen“, erklärte Präsident Joe Biden, „sie wird zu Zeitpunkten und an "
         "Orten unserer Wahl fortgesetzt.“")
D3_S6 = "Die USA strebten keinen Konflikt im Nahen Osten an, fügte er hinzu."
D3_S7 = ("Die Regierung in Bagdad verurteilte die Angriffe als Verletzung der irakischen Souveränität und "
         "bestellte den Geschäftsträger der US-Botschaft ein.")
D3_S8 = "Nach irakischen Angaben wurden mindestens 16 Menschen getötet, darunter Zivilisten."
D3_S9 = "Das Außenministerium in Teheran sprach von einem »strategischen Fehler« der Amerikaner."
D3_S10 = "Kataib Hisbollah hatte bereits am Dienstag erklärt, ihre Angriffe auf US-Truppen auszusetzen."

HM27_DE_03 = {
    "id": "hm27-de-03",
    "lang": "de",
    "url": None,
    "published": "2024-02-03",
    "title": "USA greifen proiranische Milizen im Irak und in Syrien an",
    "text": paragraphs([D3_S1, D3_S2], [D3_S3, D3_S4, D3_S5, D3_S6], [D3_S7, D3_S8, D3_S9, D3_S10]),
    "events": [
        event("ASSAULT", USA_MIL, MILITIAS, D3_S1, mode="aerial", date="2024-02-02"),
        event("ASSAULT", USA_MIL, IRGC, D3_S1, mode="aerial", date="2024-02-02"),
        event("ASSAULT", CENTCOM, MILITIAS, D3_S2, mode="aerial"),
        event("ACCUSE", USA_GOV, IRI, D3_S4, mode="allege"),
        event("THREATEN", BIDEN, MILITIAS, D3_S5, mode="violence"),
        event("ACCUSE", IRQ_GOV, USA_GOV, D3_S7, mode="disapprove"),
        event("ACCUSE", IRN_MFA, USA_GOV, D3_S9, mode="disapprove"),
        event("CONCEDE", KH, USA_MIL, D3_S10, date="2024-01-30"),
    ],
    "quotes": [
        quote("Dabei seien Kommandozentralen, Waffenlager und Drohnenstellungen getroffen worden",
              "United States Central Command", "indirect"),
        quote("Unsere Antwort hat heute begonnen", "Joe Biden", "direct"),
        quote("sie wird zu Zeitpunkten und an Orten unserer Wahl fortgesetzt", "Joe Biden", "direct"),
        quote("Die USA strebten keinen Konflikt im Nahen Osten an", "Joe Biden", "indirect"),
        quote("Nach irakischen Angaben wurden mindestens 16 Menschen getötet, darunter Zivilisten",
              "Government of Iraq", "indirect"),
        quote("strategischen Fehler", "Ministry of Foreign Affairs of Iran", "direct"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["die USA", "Washington", "Die USA"]),
        entity("Jordan", "GPE", "JOR", ["Jordanien"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["der iranischen Revolutionsgarden"]),
        entity("Iraq", "GPE", "IRQ", ["Irak"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
        entity("United States Central Command", "ORG", "USA", ["das Zentralkommando Centcom"]),
        entity("Tower 22", "LOC", "JOR", ["den Außenposten Tower 22"]),
        entity("Islamic Resistance in Iraq", "ORG", "IRQ", ["die Dachorganisation Islamischer Widerstand im Irak"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["die Miliz Kataib Hisbollah", "Kataib Hisbollah"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "er"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die Regierung in Bagdad"]),
        entity("Embassy of the United States in Baghdad", "ORG", "USA", ["der US-Botschaft"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Das Außenministerium in Teheran"]),
    ],
}

# --------------------------------------------------------------------------- hm27-de-04
ESP_GOV = actor("Spain", "ESP", "GOV")
IRL_GOV = actor("Ireland", "IRL", "GOV")
NOR_GOV = actor("Norway", "NOR", "GOV")
PSE_GOV = actor("Palestine", "PSE", "GOV")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
ISR_GOV = actor("Israel", "ISR", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
RUDEINEH = actor("Nabil Abu Rudeineh", "PSE", "GOV")
EU = actor("European Union", "EUR", "IGO")
UNRWA = actor("UNRWA", "UNO", "IGO")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

D4_S1 = ("Madrid (Reuters) - Spanien, Irland und Norwegen haben am Dienstag offiziell einen palästinensischen "
         "Staat anerkannt.")
D4_S2 = "Regierungschef Pedro Sánchez sprach in einer Fernsehansprache von einer »historischen Entscheidung«."
D4_S3 = "Sie richte sich gegen niemanden, am wenigsten gegen Israel, sagte er."
D4_S3B = "Madrid hatte bereits im März zusätzliche 20 Millionen Euro an das UN-Palästinenserhilfswerk UNRWA überwiesen."
D4_S4 = ("Israels Außenminister Israel Katz ordnete an, dass das spanische Konsulat in Jerusalem ab dem 1. Juni "
         "keine Palästinenser aus dem Westjordanland mehr betreuen darf.")
D4_S5 = "Bereits in der vergangenen Woche hatte Israel seinen Botschafter aus Madrid zu Konsultationen zurückgerufen."
D4_S6 = "Katz warf Sánchez vor, sich zum »Komplizen bei der Aufstachelung zum Völkermord« zu machen."
D4_S7 = "Palästinenserpräsident Mahmud Abbas dankte Sánchez in einem Telefonat."
D4_S8 = ("„Wir rufen die Europäische Union auf, diesem Beispiel zu folgen“, sagte Abbas' Sprecher Nabil Abu "
         "Rudeineh in Ramallah.")
D4_S9 = ("Der EU-Außenbeauftragte Josep Borrell kritisierte die israelischen Maßnahmen gegen das Konsulat als "
         "»unverhältnismäßig«.")

HM27_DE_04 = {
    "id": "hm27-de-04",
    "lang": "de",
    "url": None,
    "published": "2024-05-28",
    "title": "Spanien erkennt Palästina an – Israel reagiert mit Strafmaßnahmen",
    "text": paragraphs([D4_S1, D4_S2, D4_S3, D4_S3B], [D4_S4, D4_S5, D4_S6], [D4_S7, D4_S8, D4_S9]),
    "events": [
        event("SUPPORT", ESP_GOV, PSE_GOV, D4_S1, date="2024-05-28"),
        event("SUPPORT", IRL_GOV, PSE_GOV, D4_S1, date="2024-05-28"),
        event("SUPPORT", NOR_GOV, PSE_GOV, D4_S1, date="2024-05-28"),
        event("AID", ESP_GOV, UNRWA, D4_S3B),
        event("COERCE", KATZ, ESP_GOV, D4_S4, mode="restrict", location="Jerusalem", location_country="ISR"),
        event("SANCTION", ISR_GOV, ESP_GOV, D4_S5, mode="withdraw"),
        event("ACCUSE", KATZ, SANCHEZ, D4_S6, mode="allege"),
        event("SUPPORT", ABBAS, SANCHEZ, D4_S7),
        event("CONSULT", ABBAS, SANCHEZ, D4_S7, mode="phone"),
        event("REQUEST", RUDEINEH, EU, D4_S8, mode="change", location="Ramallah", location_country="PSE"),
        event("ACCUSE", BORRELL, ISR_GOV, D4_S9, mode="disapprove"),
    ],
    "quotes": [
        quote("historischen Entscheidung", "Pedro Sánchez", "direct"),
        quote("Sie richte sich gegen niemanden, am wenigsten gegen Israel", "Pedro Sánchez", "indirect"),
        quote("sich zum »Komplizen bei der Aufstachelung zum Völkermord« zu machen", "Israel Katz", "indirect"),
        quote("Komplizen bei der Aufstachelung zum Völkermord", "Israel Katz", "direct"),
        quote("Wir rufen die Europäische Union auf, diesem Beispiel zu folgen", "Nabil Abu Rudeineh", "direct"),
        quote("unverhältnismäßig", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Ireland", "GPE", "IRL", ["Irland"]),
        entity("Norway", "GPE", "NOR", ["Norwegen"]),
        entity("Palestine", "GPE", "PSE", ["einen palästinensischen Staat"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Regierungschef Pedro Sánchez", "er", "Sánchez"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Außenminister Israel Katz", "Katz"]),
        entity("Consulate General of Spain in Jerusalem", "ORG", "ESP",
               ["das spanische Konsulat in Jerusalem", "das Konsulat"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("West Bank", "LOC", "PSE", ["dem Westjordanland"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("UNRWA", "ORG", "UNO", ["das UN-Palästinenserhilfswerk UNRWA"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas", "Abbas'"]),
        entity("Nabil Abu Rudeineh", "PER", "PSE", ["Abbas' Sprecher Nabil Abu Rudeineh"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
    ],
}

# --------------------------------------------------------------------------- hm27-en-01
KOR_CABINET = actor("Cabinet of South Korea", "KOR", "GOV")
KOR_GOV = actor("South Korea", "KOR", "GOV")
KOR_MIL = actor("South Korean military", "KOR", "MIL")
KOR_MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")
KOR_MND = actor("Ministry of National Defense of South Korea", "KOR", "MIL")
PRK_GOV = actor("North Korea", "PRK", "GOV")
HAN = actor("Han Duck-soo", "KOR", "GOV")
KIM_YJ = actor("Kim Yo Jong", "PRK", "GOV")

E1_S1 = ("SEOUL (Reuters) - South Korea on Tuesday suspended a 2018 military agreement with North Korea after "
         "Pyongyang sent hundreds of balloons carrying trash across the border.")
E1_S2 = "The cabinet approved the suspension at an emergency meeting chaired by Prime Minister Han Duck-soo."
E1_S3 = "The move allows the South to resume military drills and loudspeaker broadcasts near the frontier."
E1_S4 = "“North Korea's reckless provocations pose a real and present threat to our people,” Han told the meeting."
E1_S5 = "The military said it would take “all necessary measures” if the balloon launches continued."
E1_S6 = ("Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned that Seoul would face “a new "
         "countermeasure” if activists kept sending anti-Pyongyang leaflets north.")
E1_S7 = "North Korea said on Sunday it would stop the balloon campaign, calling it a response to the leaflets."
E1_S8 = "Seoul's unification ministry urged the North to return to dialogue."
E1_S9 = "The defence ministry said troops had not been moved closer to the border."
E1_S10 = "The 2018 pact, signed during a summit in Pyongyang, created buffer zones along the border."

HM27_EN_01 = {
    "id": "hm27-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-06-04",
    "title": "South Korea suspends military pact with North over trash balloons",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8, E1_S9, E1_S10]),
    "events": [
        event("SANCTION", KOR_GOV, PRK_GOV, E1_S1, mode="discontinue", date="2024-06-04"),
        event("SANCTION", KOR_CABINET, PRK_GOV, E1_S2, mode="discontinue"),
        event("ACCUSE", HAN, PRK_GOV, E1_S4, mode="disapprove"),
        event("THREATEN", KOR_MIL, PRK_GOV, E1_S5),
        event("THREATEN", KIM_YJ, KOR_GOV, E1_S6),
        event("CONCEDE", PRK_GOV, KOR_GOV, E1_S7, date="2024-06-02"),
        event("REQUEST", KOR_MOU, PRK_GOV, E1_S8, mode="meet"),
        event("MOBILIZE", KOR_MND, None, E1_S9, mode="troops", negated=True),
    ],
    "quotes": [
        quote("North Korea's reckless provocations pose a real and present threat to our people", "Han Duck-soo",
              "direct"),
        quote("it would take “all necessary measures” if the balloon launches continued", "South Korean military",
              "indirect"),
        quote("all necessary measures", "South Korean military", "direct"),
        quote("that Seoul would face “a new countermeasure” if activists kept sending anti-Pyongyang leaflets north",
              "Kim Yo Jong", "indirect"),
        quote("a new countermeasure", "Kim Yo Jong", "direct"),
        quote("it would stop the balloon campaign", "North Korea", "indirect"),
        quote("troops had not been moved closer to the border", "Ministry of National Defense of South Korea",
              "indirect"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["South Korea", "Seoul"]),
        entity("North Korea", "GPE", "PRK", ["North Korea", "Pyongyang", "the North"]),
        entity("Cabinet of South Korea", "ORG", "KOR", ["The cabinet"]),
        entity("Han Duck-soo", "PER", "KOR", ["Prime Minister Han Duck-soo", "Han"]),
        entity("South Korean military", "ORG", "KOR", ["The military"]),
        entity("Kim Yo Jong", "PER", "PRK", ["Kim Yo Jong", "the powerful sister of leader Kim Jong Un"]),
        entity("Kim Jong Un", "PER", "PRK", ["leader Kim Jong Un"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Seoul's unification ministry"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["The defence ministry"]),
    ],
}

# --------------------------------------------------------------------------- hm27-en-02
NER_GOV = actor("Niger", "NER", "GOV")
BEN_GOV = actor("Benin", "BEN", "GOV")
BEN_COP = actor("Police of Benin", "BEN", "COP")
NER_WORKERS = actor("Nigerien oil workers", "NER", "CVL")
ZEINE = actor("Ali Mahamane Lamine Zeine", "NER", "GOV")
CHN_GOV2 = actor("China", "CHN", "GOV")
JIANG = actor("Jiang Feng", "CHN", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")

E2_S1 = ("NIAMEY (AFP) - Niger's military government on Friday halted crude exports through a pipeline to Benin, "
         "escalating a dispute that has kept the neighbours' border closed for almost a year.")
E2_S2 = ("The decision came two days after police in Benin arrested five Nigeriens at the Sèmè oil terminal, "
         "accusing them of entering the site illegally.")
E2_S3 = "Niamey said the five were employees of the pipeline operator and demanded their immediate release."
E2_S4 = "“Benin has chosen confrontation over cooperation,” Prime Minister Ali Mahamane Lamine Zeine said in a televised address."
E2_S5 = ("He accused Cotonou of hosting French troops plotting to destabilise Niger, a charge Benin has repeatedly "
         "denied.")
E2_S6 = "Benin's President Patrice Talon said the border would reopen as soon as Niamey lifted its own restrictions."
E2_S7 = ("China, whose state-owned CNPC built the 2,000-kilometre pipeline, has offered to mediate between the two "
         "governments.")
E2_S8 = "Chinese ambassador Jiang Feng met Zeine in Niamey on Thursday, according to the prime minister's office."
E2_S9 = "ECOWAS lifted its sanctions against Niger in February."

HM27_EN_02 = {
    "id": "hm27-en-02",
    "lang": "en",
    "url": None,
    "published": "2024-06-07",
    "title": "Niger shuts oil pipeline to Benin after arrest of its workers",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("SANCTION", NER_GOV, BEN_GOV, E2_S1, mode="discontinue", date="2024-06-07"),
        event("COERCE", BEN_COP, NER_WORKERS, E2_S2, mode="arrest", date="2024-06-05", location="Sèmè",
              location_country="BEN"),
        event("ACCUSE", BEN_COP, NER_WORKERS, E2_S2, mode="allege", date="2024-06-05"),
        event("REQUEST", NER_GOV, BEN_GOV, E2_S3, mode="yield"),
        event("ACCUSE", ZEINE, BEN_GOV, E2_S4, mode="disapprove"),
        event("ACCUSE", ZEINE, BEN_GOV, E2_S5, mode="allege"),
        event("AGREE", CHN_GOV2, NER_GOV, E2_S7),
        event("AGREE", CHN_GOV2, BEN_GOV, E2_S7),
        event("CONSULT", JIANG, ZEINE, E2_S8, mode="visit", date="2024-06-06", location="Niamey",
              location_country="NER"),
        event("RETREAT", ECOWAS, NER_GOV, E2_S9),
    ],
    "quotes": [
        quote("the five were employees of the pipeline operator", "Niger", "indirect"),
        quote("Benin has chosen confrontation over cooperation", "Ali Mahamane Lamine Zeine", "direct"),
        quote("the border would reopen as soon as Niamey lifted its own restrictions", "Patrice Talon", "indirect"),
        quote("Chinese ambassador Jiang Feng met Zeine in Niamey on Thursday",
              "Office of the Prime Minister of Niger", "indirect"),
    ],
    "entities": [
        entity("Niger", "GPE", "NER", ["Niger", "Niamey"]),
        entity("Government of Niger", "ORG", "NER", ["Niger's military government"]),
        entity("Benin", "GPE", "BEN", ["Benin", "Cotonou"]),
        entity("Police of Benin", "ORG", "BEN", ["police in Benin"]),
        entity("Sèmè oil terminal", "LOC", "BEN", ["the Sèmè oil terminal"]),
        entity("Ali Mahamane Lamine Zeine", "PER", "NER", ["Prime Minister Ali Mahamane Lamine Zeine", "He",
                                                           "Zeine"]),
        entity("France", "GPE", "FRA", ["French"]),
        entity("Patrice Talon", "PER", "BEN", ["Benin's President Patrice Talon"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("China National Petroleum Corporation", "ORG", "CHN", ["state-owned CNPC"]),
        entity("Jiang Feng", "PER", "CHN", ["Chinese ambassador Jiang Feng"]),
        entity("Office of the Prime Minister of Niger", "ORG", "NER", ["the prime minister's office"]),
        entity("ECOWAS", "ORG", "IGO", ["ECOWAS"]),
    ],
}

ARTICLES = [HM27_DE_01, HM27_DE_02, HM27_DE_03, HM27_DE_04, HM27_EN_01, HM27_EN_02]
