"""Round 29 of the hand-made blind articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), dated 2023-2025:

- hm29-de-01: failed coup attempt in La Paz, General Zúñiga arrested (Bolivia, June 2024)
- hm29-de-02: Mali and Niger break off relations with Ukraine after the Tinzaouatène ambush (August 2024)
- hm29-de-03: South Korea suspends the 2018 military agreement over North Korea's trash balloons (June 2024)
- hm29-de-04: after the Banjska attack, Washington asks Serbia to pull troops back from Kosovo (September 2023)
- hm29-en-01: US strikes in Iraq and Syria after the Tower 22 drone attack (February 2024)
- hm29-en-02: Australia and Tuvalu sign the Falepili Union (November 2023)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm29-de-01
ZUNIGA = actor("Juan José Zúñiga", "BOL", "MIL")
ARNEZ = actor("Juan Arnez Salvador", "BOL", "MIL")
ARCE = actor("Luis Arce", "BOL", "GOV")
BOL_GOV = actor("Government of Bolivia", "BOL", "GOV")
BOL_TROOPS = actor("Bolivian army units under Zúñiga", "BOL", "MIL")
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
BOL_PROS = actor("Bolivian Public Prosecutor's Office", "BOL", "JUD")
OAS = actor("Organization of American States", "IGO", "IGO")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

D1_1 = ("La Paz (dpa) - Nach einem gescheiterten Putschversuch in Bolivien ist der frühere Armeechef "
        "Juan José Zúñiga festgenommen worden.")
D1_2 = ("Soldaten unter seinem Kommando hatten am Mittwoch mit Panzerfahrzeugen den Platz Murillo in La Paz "
        "besetzt und das Tor des Regierungspalasts gerammt.")
D1_3 = ("Präsident Luis Arce stellte sich den Militärs im Palast entgegen und forderte Zúñiga auf, die "
        "Truppen abzuziehen.")
D1_4 = "»Ich befehle Ihnen, Ihre Soldaten zurückzuziehen«, sagte Arce in einem Video des Präsidialamts."
D1_5 = "Wenige Stunden später zogen sich die Einheiten aus dem Zentrum des Regierungssitzes zurück."
D1_6 = ("Zúñiga behauptete bei seiner Festnahme, Arce selbst habe ihn gebeten, die Panzer auffahren zu lassen, "
        "um seine Popularität zu steigern.")
D1_7 = "Regierungsminister Eduardo del Castillo wies das als »Lüge« zurück."
D1_8 = ("Die Staatsanwaltschaft leitete ein Verfahren wegen bewaffneten Aufstands gegen ihn und den früheren "
        "Marinechef Juan Arnez Salvador ein.")
D1_9 = "Die Organisation Amerikanischer Staaten (OAS) verurteilte den Umsturzversuch scharf."
D1_10 = ("Brasiliens Präsident Luiz Inácio Lula da Silva sicherte Arce seine Unterstützung zu: „Ich bin ein "
         "Liebhaber der Demokratie“, schrieb er auf X.")

DE01 = {
    "id": "hm29-de-01", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "Boliviens früherer Armeechef nach Putschversuch festgenommen",
    "text": paragraphs([D1_1, D1_2, D1_3, D1_4], [D1_5, D1_6, D1_7, D1_8], [D1_9, D1_10]),
    "events": [
        event("COERCE", BOL_POLICE, ZUNIGA, D1_1, mode="arrest", date="2024-06-26"),
        event("ASSAULT", BOL_TROOPS, BOL_GOV, D1_2, date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, D1_3, mode="yield", date="2024-06-26"),
        event("REQUEST", ARCE, ZUNIGA, D1_4, mode="yield", date="2024-06-26"),
        event("RETREAT", BOL_TROOPS, None, D1_5, mode="withdraw", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("ACCUSE", ZUNIGA, ARCE, D1_6, mode="allege"),
        event("ACCUSE", BOL_PROS, ZUNIGA, D1_8, mode="investigate"),
        event("ACCUSE", BOL_PROS, ARNEZ, D1_8, mode="investigate"),
        event("ACCUSE", OAS, ZUNIGA, D1_9, mode="disapprove"),
        event("SUPPORT", LULA, ARCE, D1_10),
    ],
    "quotes": [
        quote("Ich befehle Ihnen, Ihre Soldaten zurückzuziehen", "Luis Arce", "direct"),
        quote("Arce selbst habe ihn gebeten, die Panzer auffahren zu lassen, um seine Popularität zu steigern",
              "Juan José Zúñiga", "indirect"),
        quote("Lüge", "Eduardo del Castillo", "direct"),
        quote("Ich bin ein Liebhaber der Demokratie", "Luiz Inácio Lula da Silva", "direct"),
    ],
    "entities": [
        entity("Juan José Zúñiga", "PER", "BOL",
               ["der frühere Armeechef Juan José Zúñiga", "Zúñiga", "seinem", "ihn"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Arce"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Regierungsminister Eduardo del Castillo"]),
        entity("Juan Arnez Salvador", "PER", "BOL", ["den früheren Marinechef Juan Arnez Salvador"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsident Luiz Inácio Lula da Silva", "er"]),
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
        entity("La Paz", "LOC", "BOL", ["La Paz", "des Regierungssitzes"]),
        entity("Plaza Murillo", "LOC", "BOL", ["den Platz Murillo"]),
        entity("Palacio Quemado", "LOC", "BOL", ["des Regierungspalasts", "im Palast"]),
        entity("Bolivian Public Prosecutor's Office", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
        entity("Organization of American States", "ORG", "IGO",
               ["Die Organisation Amerikanischer Staaten (OAS)"]),
        entity("X", "ORG", "MNC", ["X"]),
    ],
}

# ---------------------------------------------------------------- hm29-de-02
NER_GOV = actor("Government of Niger", "NER", "GOV")
ABDRAMANE = actor("Amadou Abdramane", "NER", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
UKR_GOV = actor("Ukraine", "UKR", "GOV")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
TUAREG = actor("Tuareg rebels", "MLI", "REB")
MLI_ARMY = actor("Malian army", "MLI", "MIL")
WAGNER = actor("Wagner Group", "RUS", "MIL")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
PYVOVAROV = actor("Yurii Pyvovarov", "UKR", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")

D2_1 = ("Niamey (AFP) - Nach Mali hat auch Niger seine diplomatischen Beziehungen zur Ukraine "
        "abgebrochen.")
D2_2 = ("Regierungssprecher Amadou Abdramane warf Kiew am Dienstagabend im Staatsfernsehen vor, "
        "»terroristische Gruppen« in der Sahelzone zu unterstützen.")
D2_3 = ("Hintergrund sind Äußerungen eines Sprechers des ukrainischen Militärgeheimdienstes, der eine "
        "Beteiligung an einem Hinterhalt im Norden Malis angedeutet hatte.")
D2_4 = ("Bei den Kämpfen nahe Tinzaouatène hatten Tuareg-Rebellen Ende Juli Dutzende malische Soldaten und "
        "russische Wagner-Söldner getötet.")
D2_5 = ("Mali hatte bereits am Sonntag die Beziehungen zu Kiew gekappt und von einer »Verletzung seiner "
        "Souveränität« gesprochen.")
D2_6 = ("Das ukrainische Außenministerium nannte die Entscheidung Malis »kurzsichtig und übereilt«; die Ukraine "
        "halte sich an das Völkerrecht.")
D2_7 = ("Senegal bestellte den ukrainischen Botschafter in Dakar ein, nachdem dieser in einem Video die "
        "Angreifer gelobt hatte.")
D2_8 = "Beide Länder forderten den UN-Sicherheitsrat auf, sich mit der Angelegenheit zu befassen."
D2_9 = ("Die Militärregierungen in Bamako und Niamey arbeiten seit den Putschen eng mit Moskau zusammen, "
        "französische Truppen mussten beide Länder verlassen.")

DE02 = {
    "id": "hm29-de-02", "lang": "de", "url": None, "published": "2024-08-07",
    "title": "Niger bricht Beziehungen zur Ukraine ab",
    "text": paragraphs([D2_1, D2_2, D2_3, D2_4], [D2_5, D2_6, D2_7], [D2_8, D2_9]),
    "events": [
        event("SANCTION", NER_GOV, UKR_GOV, D2_1, mode="discontinue", date="2024-08-06"),
        event("ACCUSE", ABDRAMANE, UKR_GOV, D2_2, mode="allege", date="2024-08-06"),
        event("ASSAULT", TUAREG, MLI_ARMY, D2_4, location="Tinzaouatène", location_country="MLI"),
        event("ASSAULT", TUAREG, WAGNER, D2_4, location="Tinzaouatène", location_country="MLI"),
        event("SANCTION", MLI_GOV, UKR_GOV, D2_5, mode="discontinue", date="2024-08-04"),
        event("ACCUSE", MLI_GOV, UKR_GOV, D2_5, mode="disapprove", date="2024-08-04"),
        event("ACCUSE", UKR_MFA, MLI_GOV, D2_6, mode="disapprove"),
        event("ACCUSE", SEN_GOV, UKR_GOV, D2_7, mode="disapprove", location="Dakar", location_country="SEN"),
        event("SUPPORT", PYVOVAROV, TUAREG, D2_7),
        event("REQUEST", MLI_GOV, UNSC, D2_8),
        event("REQUEST", NER_GOV, UNSC, D2_8),
    ],
    "quotes": [
        quote("terroristische Gruppen", "Amadou Abdramane", "direct"),
        quote("»terroristische Gruppen« in der Sahelzone zu unterstützen", "Amadou Abdramane", "indirect"),
        quote("Verletzung seiner Souveränität", "Government of Mali", "direct"),
        quote("kurzsichtig und übereilt", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("die Ukraine halte sich an das Völkerrecht", "Ministry of Foreign Affairs of Ukraine", "indirect"),
    ],
    "entities": [
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Mali", "GPE", "MLI", ["Mali", "Malis"]),
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kiew", "die Ukraine"]),
        entity("Senegal", "GPE", "SEN", ["Senegal"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Amadou Abdramane", "PER", "NER", ["Regierungssprecher Amadou Abdramane"]),
        entity("Yurii Pyvovarov", "PER", "UKR", ["den ukrainischen Botschafter in Dakar", "dieser"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Defence Intelligence of Ukraine", "ORG", "UKR", ["des ukrainischen Militärgeheimdienstes"]),
        entity("Tuareg rebels", "ORG", "MLI", ["Tuareg-Rebellen", "die Angreifer"]),
        entity("Wagner Group", "ORG", "RUS", ["russische Wagner-Söldner"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("Tinzaouatène", "LOC", "MLI", ["Tinzaouatène"]),
        entity("Sahel", "LOC", None, ["der Sahelzone"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
    ],
}

# ---------------------------------------------------------------- hm29-de-03
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
KOR_MND = actor("Ministry of National Defense of South Korea", "KOR", "GOV")
KOR_PRES = actor("Spokesperson of the South Korean presidential office", "KOR", "GOV")
PRK_GOV = actor("North Korea", "PRK", "GOV")
KIM_YJ = actor("Kim Yo Jong", "PRK", "GOV")
US_STATE = actor("US State Department", "USA", "GOV")
KOR_AF = actor("Republic of Korea Air Force", "KOR", "MIL")
USA_AF = actor("United States Air Force", "USA", "MIL")

D3_1 = ("Seoul (dpa) - Südkorea hat als Reaktion auf Hunderte Müllballons aus dem Norden ein "
        "Militärabkommen mit Nordkorea vollständig ausgesetzt.")
D3_2 = "Das Kabinett billigte am Dienstag einen entsprechenden Antrag, wie Ministerpräsident Han Duck Soo mitteilte."
D3_3 = "Die 2018 geschlossene Vereinbarung sollte militärische Spannungen entlang der Grenze abbauen."
D3_4 = ("Das Verteidigungsministerium warf dem Norden vor, mit den Ballons und dem Stören von GPS-Signalen "
        "»eine Linie überschritten« zu haben.")
D3_5 = ("Ein Sprecher des Präsidialamts kündigte an, man werde die Lautsprecher-Propaganda an der Grenze wieder "
        "aufnehmen, falls Pjöngjang weitere Ballons schicke.")
D3_6 = ("Kim Yo Jong, die einflussreiche Schwester von Machthaber Kim Jong Un, hatte am Sonntag erklärt, der "
        "Norden werde die Ballonaktionen vorerst einstellen.")
D3_7 = ("Sollte der Süden jedoch wieder Flugblätter verbreiten, werde man »hundertmal so viel Müll« schicken, "
        "drohte sie.")
D3_8 = ("Aktivisten aus dem Süden lassen seit Jahren Ballons mit Flugblättern gegen die Führung in Pjöngjang "
        "in Richtung Norden steigen.")
D3_9 = ("Das US-Außenministerium sicherte Seoul seine volle Unterstützung zu und forderte Nordkorea auf, die "
        "»Provokationen« zu beenden.")

D3_10 = "Die Luftwaffen Südkoreas und der USA hielten unterdessen am Dienstag eine gemeinsame Übung ab."

DE03 = {
    "id": "hm29-de-03", "lang": "de", "url": None, "published": "2024-06-04",
    "title": "Südkorea setzt Militärabkommen mit Nordkorea aus",
    "text": paragraphs([D3_1, D3_2, D3_3, D3_4], [D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10]),
    "events": [
        event("SANCTION", KOR_GOV, PRK_GOV, D3_1, mode="withdraw", date="2024-06-04"),
        event("SANCTION", KOR_GOV, PRK_GOV, D3_2, mode="withdraw", date="2024-06-04"),
        event("ACCUSE", KOR_MND, PRK_GOV, D3_4, mode="allege"),
        event("THREATEN", KOR_PRES, PRK_GOV, D3_5),
        event("CONCEDE", KIM_YJ, KOR_GOV, D3_6, date="2024-06-02"),
        event("THREATEN", KIM_YJ, KOR_GOV, D3_7, date="2024-06-02"),
        event("SUPPORT", US_STATE, KOR_GOV, D3_9),
        event("REQUEST", US_STATE, PRK_GOV, D3_9, mode="change"),
        event("COOPERATE", KOR_AF, USA_AF, D3_10, date="2024-06-04"),
    ],
    "quotes": [
        quote("Das Kabinett billigte am Dienstag einen entsprechenden Antrag", "Han Duck-soo", "indirect"),
        quote("eine Linie überschritten", "Ministry of National Defense of South Korea", "direct"),
        quote("mit den Ballons und dem Stören von GPS-Signalen »eine Linie überschritten« zu haben",
              "Ministry of National Defense of South Korea", "indirect"),
        quote("man werde die Lautsprecher-Propaganda an der Grenze wieder aufnehmen, falls Pjöngjang weitere "
              "Ballons schicke", "Spokesperson of the South Korean presidential office", "indirect"),
        quote("der Norden werde die Ballonaktionen vorerst einstellen", "Kim Yo Jong", "indirect"),
        quote("Sollte der Süden jedoch wieder Flugblätter verbreiten, werde man »hundertmal so viel Müll« schicken",
              "Kim Yo Jong", "indirect"),
        quote("hundertmal so viel Müll", "Kim Yo Jong", "direct"),
        quote("Provokationen", "US State Department", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul", "dem Süden", "der Süden"]),
        entity("North Korea", "GPE", "PRK", ["dem Norden", "Nordkorea", "Pjöngjang", "der Norden"]),
        entity("Han Duck-soo", "PER", "KOR", ["Ministerpräsident Han Duck Soo"]),
        entity("Kim Yo Jong", "PER", "PRK",
               ["Kim Yo Jong, die einflussreiche Schwester von Machthaber Kim Jong Un", "sie"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un"]),
        entity("Cabinet of South Korea", "ORG", "KOR", ["Das Kabinett"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["Das Verteidigungsministerium"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["des Präsidialamts"]),
        entity("US State Department", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Republic of Korea Air Force", "ORG", "KOR", ["Die Luftwaffen Südkoreas"]),
        entity("United States Air Force", "ORG", "USA", ["der USA"]),
    ],
}

# ---------------------------------------------------------------- hm29-de-04
USA_GOV = actor("United States", "USA", "GOV")
KIRBY = actor("John Kirby", "USA", "GOV")
SRB_GOV = actor("Serbia", "SRB", "GOV")
GUNMEN = actor("Serbian gunmen", "SRB", "REB")
KOS_POLICE = actor("Kosovo Police", "XKX", "COP")
KURTI = actor("Albin Kurti", "XKX", "GOV")
NATO_A = actor("NATO", "IGO", "IGO")
KFOR = actor("KFOR", "IGO", "IGO")
GBR_MIL = actor("United Kingdom", "GBR", "MIL")
EU = actor("European Union", "EUR", "IGO")
KOS_GOV = actor("Kosovo", "XKX", "GOV")

D4_1 = ("Pristina/Belgrad (dpa) - Nach dem tödlichen Angriff auf die Polizei im Norden des Kosovo haben die "
        "USA Serbien aufgefordert, seine Truppen von der Grenze abzuziehen.")
D4_2 = ("Washington beobachte einen beispiellosen Aufmarsch von Panzern und Artillerie, sagte der Sprecher des "
        "Nationalen Sicherheitsrats, John Kirby, am Freitag.")
D4_3 = "»Das ist eine sehr destabilisierende Entwicklung«, fügte er hinzu."
D4_4 = "Serbiens Präsident Aleksandar Vučić wies die Berichte zurück und sprach von einer »Lügenkampagne«."
D4_5 = ("Am Sonntag hatten rund 30 schwer bewaffnete Serben in dem Dorf Banjska eine Polizeipatrouille "
        "angegriffen und einen kosovarischen Polizisten getötet.")
D4_6 = "Spezialeinheiten der Polizei töteten bei anschließenden Gefechten an einem Kloster drei der Angreifer."
D4_7 = "Regierungschef Albin Kurti warf Belgrad vor, den Angriff organisiert und finanziert zu haben."
D4_8 = ("Die Nato verstärkte ihre Schutztruppe KFOR, Großbritannien stellte dafür rund 200 zusätzliche "
        "Soldaten bereit.")
D4_9 = ("Die EU rief beide Seiten zur Deeskalation auf; Kurti und Vučić sollten an den Verhandlungstisch "
        "zurückkehren, sagte ein Sprecher in Brüssel.")

DE04 = {
    "id": "hm29-de-04", "lang": "de", "url": None, "published": "2023-09-30",
    "title": "USA fordern Serbien zum Truppenabzug von der Grenze zum Kosovo auf",
    "text": paragraphs([D4_1, D4_2, D4_3, D4_4], [D4_5, D4_6, D4_7], [D4_8, D4_9]),
    "events": [
        event("REQUEST", USA_GOV, SRB_GOV, D4_1, mode="yield"),
        event("ACCUSE", KIRBY, SRB_GOV, D4_2, mode="allege", date="2023-09-29"),
        event("ACCUSE", KIRBY, SRB_GOV, D4_3, mode="disapprove", date="2023-09-29"),
        event("ASSAULT", GUNMEN, KOS_POLICE, D4_5, mode="firearms", date="2023-09-24", location="Banjska",
              location_country="XKX"),
        event("ASSAULT", KOS_POLICE, GUNMEN, D4_6, mode="firearms", date="2023-09-24", location="Banjska",
              location_country="XKX"),
        event("ACCUSE", KURTI, SRB_GOV, D4_7, mode="allege"),
        event("MOBILIZE", NATO_A, None, D4_8, mode="troops"),
        event("AID", GBR_MIL, KFOR, D4_8),
        event("REQUEST", EU, KOS_GOV, D4_9, mode="change"),
        event("REQUEST", EU, SRB_GOV, D4_9, mode="change"),
    ],
    "quotes": [
        quote("Washington beobachte einen beispiellosen Aufmarsch von Panzern und Artillerie", "John Kirby",
              "indirect"),
        quote("Das ist eine sehr destabilisierende Entwicklung", "John Kirby", "direct"),
        quote("Lügenkampagne", "Aleksandar Vučić", "direct"),
        quote("den Angriff organisiert und finanziert zu haben", "Albin Kurti", "indirect"),
        quote("Kurti und Vučić sollten an den Verhandlungstisch zurückkehren", "EU spokesperson", "indirect"),
    ],
    "entities": [
        entity("Kosovo", "GPE", "XKX", ["des Kosovo"]),
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
        entity("Serbia", "GPE", "SRB", ["Serbien", "Serbiens", "Belgrad"]),
        entity("United States", "GPE", "USA", ["die USA", "Washington"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("John Kirby", "PER", "USA",
               ["der Sprecher des Nationalen Sicherheitsrats, John Kirby", "er"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Serbiens Präsident Aleksandar Vučić", "Vučić"]),
        entity("Albin Kurti", "PER", "XKX", ["Regierungschef Albin Kurti", "Kurti"]),
        entity("National Security Council", "ORG", "USA", ["des Nationalen Sicherheitsrats"]),
        entity("Kosovo Police", "ORG", "XKX",
               ["die Polizei", "eine Polizeipatrouille", "Spezialeinheiten der Polizei"]),
        entity("Serbian gunmen", "ORG", "SRB", ["rund 30 schwer bewaffnete Serben", "der Angreifer"]),
        entity("NATO", "ORG", "IGO", ["Die Nato"]),
        entity("KFOR", "ORG", "IGO", ["ihre Schutztruppe KFOR"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Banjska", "LOC", "XKX", ["dem Dorf Banjska"]),
        entity("Banjska Monastery", "LOC", "XKX", ["einem Kloster"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
    ],
}

# ---------------------------------------------------------------- hm29-en-01
US_MIL = actor("United States military", "USA", "MIL")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
MILITIAS = actor("Iran-backed militias", "IRQ", "REB")
IRI = actor("Islamic Resistance in Iraq", "IRQ", "REB")
KH = actor("Kataib Hezbollah", "IRQ", "REB")
BIDEN = actor("Joe Biden", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
AWADI = actor("Basim al-Awadi", "IRQ", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
RUS_GOV = actor("Russia", "RUS", "GOV")
USA_G = actor("United States", "USA", "GOV")
IRN_GOV = actor("Iran", "IRN", "GOV")

E1_1 = ("WASHINGTON/BAGHDAD (Reuters) - The United States struck more than 85 targets in Iraq and Syria on "
        "Friday linked to Iran's Revolutionary Guards and the militias they back, the U.S. military said.")
E1_1B = "It did not strike inside Iran."
E1_2 = "The strikes followed a drone attack that killed three U.S. soldiers in Jordan on Sunday."
E1_3 = ("Washington has blamed the Islamic Resistance in Iraq, an alliance of Iran-backed militias, "
        "for the attack.")
E1_4 = ("President Joe Biden warned the militias that the response would “continue at times and places of "
        "our choosing”.")
E1_5 = ("Iraq's government condemned the strikes as a violation of its sovereignty and summoned the U.S. "
        "chargé d'affaires on Saturday.")
E1_6 = ("The strikes “put security in Iraq and the region on the brink of the abyss,” spokesman Basim "
        "al-Awadi said.")
E1_8 = ("Kataib Hezbollah had announced on Tuesday that it was suspending attacks on U.S. forces to avoid "
        "“embarrassing” the Iraqi government.")
E1_9 = ("Tehran denied any role, and foreign ministry spokesman Nasser Kanaani called the strikes “a "
        "strategic mistake.”")
E1_10 = "Russia requested an urgent meeting of the U.N. Security Council."

EN01 = {
    "id": "hm29-en-01", "lang": "en", "url": None, "published": "2024-02-03",
    "title": "U.S. strikes 85 targets in Iraq and Syria after deadly drone attack",
    "text": paragraphs([E1_1, E1_1B, E1_2, E1_3, E1_4], [E1_5, E1_6, E1_8], [E1_9, E1_10]),
    "events": [
        event("ASSAULT", US_MIL, IRGC, E1_1, mode="aerial", date="2024-02-02"),
        event("ASSAULT", US_MIL, MILITIAS, E1_1, mode="aerial", date="2024-02-02"),
        event("ASSAULT", US_MIL, IRN_GOV, E1_1B, mode="aerial", date="2024-02-02", negated=True),
        event("ACCUSE", USA_G, IRI, E1_3, mode="allege"),
        event("THREATEN", BIDEN, MILITIAS, E1_4, mode="violence"),
        event("ACCUSE", IRQ_GOV, USA_G, E1_5, mode="disapprove", date="2024-02-03"),
        event("ACCUSE", AWADI, USA_G, E1_6, mode="disapprove"),
        event("CONCEDE", KH, US_MIL, E1_8, date="2024-01-30"),
        event("ACCUSE", KANAANI, USA_G, E1_9, mode="disapprove"),
        event("REQUEST", RUS_GOV, UNSC, E1_10, mode="meet"),
    ],
    "quotes": [
        quote("The United States struck more than 85 targets in Iraq and Syria on Friday linked to Iran's "
              "Revolutionary Guards and the militias they back", "US Central Command", "indirect"),
        quote("continue at times and places of our choosing", "Joe Biden", "direct"),
        quote("that the response would “continue at times and places of our choosing”", "Joe Biden", "indirect"),
        quote("put security in Iraq and the region on the brink of the abyss", "Basim al-Awadi", "direct"),
        quote("that it was suspending attacks on U.S. forces to avoid “embarrassing” the Iraqi government",
              "Kataib Hezbollah", "indirect"),
        quote("embarrassing", "Kataib Hezbollah", "direct"),
        quote("a strategic mistake", "Nasser Kanaani", "direct"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "It", "Washington", "U.S."]),
        entity("Iraq", "GPE", "IRQ", ["Iraq", "Iraq's government", "the Iraqi government"]),
        entity("Syria", "GPE", "SYR", ["Syria"]),
        entity("Iran", "GPE", "IRN", ["Iran's", "Iran", "Tehran"]),
        entity("Jordan", "GPE", "JOR", ["Jordan"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's Revolutionary Guards"]),
        entity("Iran-backed militias", "ORG", "IRQ", ["the militias they back", "the militias"]),
        entity("Islamic Resistance in Iraq", "ORG", "IRQ",
               ["the Islamic Resistance in Iraq, an alliance of Iran-backed militias"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Kataib Hezbollah", "it"]),
        entity("US Central Command", "ORG", "USA", ["the U.S. military"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
        entity("Basim al-Awadi", "PER", "IRQ", ["spokesman Basim al-Awadi"]),
        entity("Nasser Kanaani", "PER", "IRN", ["foreign ministry spokesman Nasser Kanaani"]),
        entity("UN Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
                entity("Baghdad", "LOC", "IRQ", ["BAGHDAD"]),
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
    ],
}

# ---------------------------------------------------------------- hm29-en-02
AUS_GOV = actor("Australia", "AUS", "GOV")
TUV_GOV = actor("Tuvalu", "TUV", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
NATANO = actor("Kausea Natano", "TUV", "GOV")
SOPOAGA = actor("Enele Sopoaga", "TUV", "OPP")

E2_1 = ("RAROTONGA, Cook Islands (AP) - Australia will offer residency to citizens of Tuvalu threatened by "
        "rising seas under a treaty signed on Thursday.")
E2_2 = ("Prime Minister Anthony Albanese and his Tuvaluan counterpart Kausea Natano signed the Falepili Union "
        "on the sidelines of the Pacific Islands Forum.")
E2_3 = ("Under the deal, Australia will accept up to 280 Tuvaluans a year and provide 16.9 million Australian "
        "dollars for coastal protection on the main atoll, Funafuti.")
E2_4 = ("Albanese told reporters the agreement recognised that climate change was “the single greatest "
        "threat” to the region.")
E2_5 = ("In return, Tuvalu agreed to consult Canberra before signing any security or defence agreement with a "
        "third country.")
E2_6 = ("Australia also committed to come to Tuvalu's aid in the event of a natural disaster, a pandemic or "
        "military aggression.")
E2_7 = "Natano called the treaty “a beacon of hope” for his nation of about 11,000 people."
E2_8 = ("Opposition lawmaker Enele Sopoaga, a former prime minister, accused Natano of handing Tuvalu's "
        "sovereignty to Canberra.")
E2_9 = "“This is not a gift, it is a takeover,” he said."

EN02 = {
    "id": "hm29-en-02", "lang": "en", "url": None, "published": "2023-11-10",
    "title": "Australia offers climate refuge to Tuvaluans under new treaty",
    "text": paragraphs([E2_1, E2_2, E2_3, E2_4], [E2_5, E2_6, E2_7], [E2_8, E2_9]),
    "events": [
        event("AGREE", AUS_GOV, TUV_GOV, E2_1, date="2023-11-09", location="Rarotonga", location_country="COK"),
        event("SUPPORT", AUS_GOV, TUV_GOV, E2_1, date="2023-11-09", location="Rarotonga",
              location_country="COK"),
        event("SUPPORT", ALBANESE, NATANO, E2_2, date="2023-11-09", location="Rarotonga",
              location_country="COK"),
        event("AGREE", AUS_GOV, TUV_GOV, E2_3),
        event("AGREE", TUV_GOV, AUS_GOV, E2_5),
        event("AGREE", AUS_GOV, TUV_GOV, E2_6),
        event("ACCUSE", SOPOAGA, NATANO, E2_8, mode="disapprove"),
        event("ACCUSE", SOPOAGA, NATANO, E2_9, mode="disapprove"),
    ],
    "quotes": [
        quote("the agreement recognised that climate change was “the single greatest threat” to the region",
              "Anthony Albanese", "indirect"),
        quote("the single greatest threat", "Anthony Albanese", "direct"),
        quote("a beacon of hope", "Kausea Natano", "direct"),
        quote("This is not a gift, it is a takeover", "Enele Sopoaga", "direct"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Tuvalu", "GPE", "TUV", ["Tuvalu", "Tuvalu's"]),
        entity("Cook Islands", "GPE", "COK", ["Cook Islands"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese", "Albanese"]),
        entity("Kausea Natano", "PER", "TUV", ["his Tuvaluan counterpart Kausea Natano", "Natano"]),
        entity("Enele Sopoaga", "PER", "TUV",
               ["Opposition lawmaker Enele Sopoaga, a former prime minister", "he"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["the Pacific Islands Forum"]),
        entity("Rarotonga", "LOC", "COK", ["RAROTONGA"]),
        entity("Funafuti", "LOC", "TUV", ["the main atoll, Funafuti"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
