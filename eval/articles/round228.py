"""Round 228: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm228-de-01: More than 100 Palestinians killed around flour trucks at the Nabulsi junction in Gaza City; the health ministry blames Israeli fire, the army speaks of a stampede and warning shots, Abbas, Macron, Guterres, Egypt and Saudi Arabia condemn, Washington blocks an Algerian Security Council statement (2024-03-01).
- hm228-de-02: Turkish-American activist Aysenur Ezgi Eygi shot dead at a protest against the Evyatar outpost in Beita; the ISM accuses Israeli soldiers, the army says it fired at an instigator, Turkey and Erdogan condemn, Fidan calls Blinken, the White House demands an inquiry (2024-09-07).
- hm228-de-03: Iran's navy seizes the tanker St Nikolas in the Gulf of Oman in retaliation for the U.S. seizure of the Suez Rajan's cargo; Washington demands its release, Athens and Manila contact Tehran, a U.S. destroyer moves in (2024-01-11).
- hm228-de-04: Gunmen kill 44 worshippers at a mosque in Fambita in Niger's Tillaberi region; Niamey blames IS Sahel, Toumba condemns, troops and arrests, Mali and Burkina Faso back Niger, the AU, Guterres and Amnesty react (2025-03-22).
- hm228-en-01: Islamic State claims the twin suicide bombings at Soleimani's memorial in Kerman; Khamenei and Raisi vow revenge, officials had blamed Israel and the U.S., arrests, the Security Council condemns, mourners march (2024-01-04).
- hm228-en-02: Israeli strikes on Nasser Hospital in Khan Younis kill 20 including five journalists; Netanyahu's office regrets a "mishap", Zamir orders an inquiry, Reuters, AP, CPJ, Guterres, Hamas, Egypt and Qatar react, Trump does not criticise Israel (2025-08-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm228-de-01 (Nabulsi junction, flour trucks)
GAZA_MOH = actor("Ministry of Health in Gaza", "PSE", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
PAL_CIV = actor("Palestinian civilians in Gaza City", "PSE", "CVL")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
USA = actor("United States", "USA", "GOV")
ALGERIA = actor("Algeria", "DZA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")

F1 = ("Gaza (dpa) - Bei der Verteilung von Hilfsgütern im Norden des Gazastreifens sind nach palästinensischen Angaben "
      "mehr als hundert Menschen ums Leben gekommen.")
F2 = ("Israelische Soldaten hätten am frühen Donnerstagmorgen an der Nabulsi-Kreuzung in der Stadt Gaza in eine "
      "Menschenmenge geschossen, die auf Lastwagen mit Mehl gewartet habe, teilte das von der Hamas kontrollierte "
      "Gesundheitsministerium mit.")
F3 = "Das Ministerium sprach von 112 Toten und mehr als 750 Verletzten."
F4 = "Die israelische Armee stellte den Ablauf anders dar."
F5 = ("Die meisten Opfer seien in einem Gedränge gestorben oder von den Lastwagen überrollt worden, sagte Armeesprecher "
      "Daniel Hagari.")
F6 = ("Soldaten hätten zunächst Warnschüsse abgegeben und dann auf Personen gefeuert, die sich ihnen bedrohlich "
      "genähert hätten.")
F7 = "Palästinenserpräsident Mahmud Abbas verurteilte den Vorfall als „hässliches Massaker“."
F8 = ("Die Hamas warnte, die indirekten Verhandlungen über eine Waffenruhe und die Freilassung der Geiseln könnten "
      "daran scheitern.")
F9 = "Frankreichs Präsident Emmanuel Macron äußerte seine „tiefe Empörung“ und verlangte Aufklärung."
F10 = "UN-Generalsekretär António Guterres forderte eine unabhängige Untersuchung."
F11 = "Im UN-Sicherheitsrat scheiterte eine von Algerien vorgelegte Erklärung am Einspruch der USA."
F12 = ("US-Präsident Joe Biden sagte, der Vorfall werde die Gespräche erschweren; mit Ministerpräsident Benjamin "
       "Netanjahu habe er darüber noch nicht gesprochen.")
F13 = "Washington bat Israel dennoch um Aufklärung über die Umstände."
F14 = "Ägypten und Saudi-Arabien verurteilten den Beschuss von Zivilisten."
F15 = "Im Norden des Gazastreifens leiden Hunderttausende Menschen unter akutem Nahrungsmangel."

DE01 = {
    "id": "hm228-de-01", "lang": "de", "url": None, "published": "2024-03-01",
    "title": "Mehr als hundert Tote bei Verteilung von Hilfsgütern in Gaza",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13, F14, F15]),
    "events": [
        event("ACCUSE", GAZA_MOH, IDF, F2, mode="allege"),
        event("ASSAULT", IDF, PAL_CIV, F6, mode="firearms", date="2024-02-29", location="Gaza City",
              location_country="PSE"),
        event("ACCUSE", ABBAS, ISRAEL, F7, mode="disapprove"),
        event("THREATEN", HAMAS, ISRAEL, F8, mode="relations"),
        event("ACCUSE", MACRON, ISRAEL, F9, mode="disapprove"),
        event("REQUEST", MACRON, ISRAEL, F9),
        event("REQUEST", GUTERRES, ISRAEL, F10),
        event("REJECT", USA, ALGERIA, F11),
        event("CONSULT", BIDEN, NETANYAHU, F12, negated=True),
        event("REQUEST", USA, ISRAEL, F13),
        event("ACCUSE", EGYPT, ISRAEL, F14, mode="disapprove"),
        event("ACCUSE", SAUDI, ISRAEL, F14, mode="disapprove"),
    ],
    "quotes": [
        quote("Israelische Soldaten hätten am frühen Donnerstagmorgen an der Nabulsi-Kreuzung in der Stadt Gaza in eine "
              "Menschenmenge geschossen, die auf Lastwagen mit Mehl gewartet habe", "Ministry of Health in Gaza",
              "indirect"),
        quote("Die meisten Opfer seien in einem Gedränge gestorben oder von den Lastwagen überrollt worden",
              "Daniel Hagari", "indirect"),
        quote("Soldaten hätten zunächst Warnschüsse abgegeben und dann auf Personen gefeuert, die sich ihnen bedrohlich "
              "genähert hätten", "Daniel Hagari", "indirect"),
        quote("hässliches Massaker", "Mahmoud Abbas", "direct"),
        quote("die indirekten Verhandlungen über eine Waffenruhe und die Freilassung der Geiseln könnten daran "
              "scheitern", "Hamas", "indirect"),
        quote("tiefe Empörung", "Emmanuel Macron", "direct"),
        quote("der Vorfall werde die Gespräche erschweren", "Joe Biden", "indirect"),
        quote("mit Ministerpräsident Benjamin Netanjahu habe er darüber noch nicht gesprochen", "Joe Biden",
              "indirect"),
    ],
    "entities": [
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "des Gazastreifens"]),
        entity("Nabulsi junction", "LOC", "PSE", ["der Nabulsi-Kreuzung"]),
        entity("Gaza City", "LOC", "PSE", ["der Stadt Gaza"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Soldaten", "Die israelische Armee", "Soldaten"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die Hamas"]),
        entity("Ministry of Health in Gaza", "ORG", "PSE",
               ["das von der Hamas kontrollierte Gesundheitsministerium", "Das Ministerium"]),
        entity("Daniel Hagari", "PER", "ISR", ["Armeesprecher Daniel Hagari"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United Nations Security Council", "ORG", "UNO", ["UN-Sicherheitsrat"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("United States", "LOC", "USA", ["der USA", "Washington"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
    ],
}

# ---------------------------------------------------------------- hm228-de-02 (Aysenur Ezgi Eygi, Beita)
BEITA_RES = actor("Palestinian residents of Beita", "PSE", "CVL")
FOREIGN_ACT = actor("foreign activists in Beita", "NGO", "NGO")
ISM = actor("International Solidarity Movement", "NGO", "NGO")
PAL_PROTESTERS = actor("Palestinian protesters in Beita", "PSE", "CVL")
TURKEY = actor("Turkey", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
PAL_MILITANTS = actor("Palestinian militants in the northern West Bank", "PSE", "REB")

E1 = ("Nablus (AFP) - Bei einer Demonstration gegen jüdische Siedlungen im besetzten Westjordanland ist eine "
      "türkisch-amerikanische Aktivistin erschossen worden.")
E2 = ("Die 26-jährige Aysenur Ezgi Eygi sei in Beita bei Nablus von einer Kugel in den Kopf getroffen worden, teilte "
      "das palästinensische Gesundheitsministerium mit.")
E3 = ("Dutzende Dorfbewohner und ausländische Aktivisten hatten am Freitag gegen die Ausweitung des nahen "
      "Außenpostens Evjatar demonstriert.")
E4 = ("Die Internationale Solidaritätsbewegung (ISM), für die Eygi sich engagierte, warf israelischen Soldaten vor, "
      "gezielt auf sie geschossen zu haben.")
E5 = ("Die israelische Armee erklärte, ihre Soldaten hätten auf einen „Hauptanstifter“ gefeuert, der Steine auf sie "
      "geworfen habe.")
E6 = "Man prüfe Berichte, wonach eine Ausländerin in der Gegend durch Schüsse getötet worden sei, hieß es weiter."
E7 = "Die Armee bestritt, gezielt auf ausländische Aktivisten zu schießen."
E8 = "Die Türkei verurteilte den Tod ihrer Staatsbürgerin als „Mord“."
E9 = "Präsident Recep Tayyip Erdoğan warf Israel „Barbarei“ vor."
E10 = "Außenminister Hakan Fidan telefonierte am Abend mit seinem US-Kollegen Antony Blinken."
E11 = "Das Weiße Haus zeigte sich „zutiefst beunruhigt“ und forderte Israel auf, den Vorfall zu untersuchen."
E12 = "Nach internationalem Recht gelten alle Siedlungen im Westjordanland als illegal."
E13 = ("Erst in der Vorwoche hatte Israel im Norden des Westjordanlands seinen größten Militäreinsatz seit Jahren "
       "begonnen.")

DE02 = {
    "id": "hm228-de-02", "lang": "de", "url": None, "published": "2024-09-07",
    "title": "US-Aktivistin bei Protest im Westjordanland erschossen",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10, E11], [E12, E13]),
    "events": [
        event("PROTEST", BEITA_RES, ISRAEL, E3, mode="demo", date="2024-09-06", location="Beita",
              location_country="PSE"),
        event("PROTEST", FOREIGN_ACT, ISRAEL, E3, mode="demo", date="2024-09-06", location="Beita",
              location_country="PSE"),
        event("ACCUSE", ISM, IDF, E4, mode="allege"),
        event("ASSAULT", IDF, PAL_PROTESTERS, E5, mode="firearms", location="Beita", location_country="PSE"),
        event("ACCUSE", IDF, PAL_PROTESTERS, E5, mode="allege"),
        event("ACCUSE", IDF, None, E6, mode="investigate"),
        event("ACCUSE", TURKEY, ISRAEL, E8, mode="disapprove"),
        event("ACCUSE", ERDOGAN, ISRAEL, E9, mode="disapprove"),
        event("CONSULT", FIDAN, BLINKEN, E10, mode="phone"),
        event("ACCUSE", WHITE_HOUSE, ISRAEL, E11, mode="disapprove"),
        event("REQUEST", WHITE_HOUSE, ISRAEL, E11),
        event("ASSAULT", IDF, PAL_MILITANTS, E13),
    ],
    "quotes": [
        quote("Die 26-jährige Aysenur Ezgi Eygi sei in Beita bei Nablus von einer Kugel in den Kopf getroffen worden",
              "Palestinian Ministry of Health", "indirect"),
        quote("Hauptanstifter", "Israel Defense Forces", "direct"),
        quote("ihre Soldaten hätten auf einen „Hauptanstifter“ gefeuert, der Steine auf sie geworfen habe",
              "Israel Defense Forces", "indirect"),
        quote("Man prüfe Berichte, wonach eine Ausländerin in der Gegend durch Schüsse getötet worden sei",
              "Israel Defense Forces", "indirect"),
        quote("Mord", "Turkey", "direct"),
        quote("Barbarei", "Recep Tayyip Erdoğan", "direct"),
        quote("zutiefst beunruhigt", "White House", "direct"),
    ],
    "entities": [
        entity("Nablus", "LOC", "PSE", ["Nablus"]),
        entity("West Bank", "LOC", "PSE", ["besetzten Westjordanland", "Westjordanland", "Westjordanlands"]),
        entity("Aysenur Ezgi Eygi", "PER", "USA",
               ["eine türkisch-amerikanische Aktivistin", "Die 26-jährige Aysenur Ezgi Eygi", "Eygi",
                "ihrer Staatsbürgerin"]),
        entity("Beita", "LOC", "PSE", ["Beita"]),
        entity("Palestinian Ministry of Health", "ORG", "PSE", ["das palästinensische Gesundheitsministerium"]),
        entity("Palestinian residents of Beita", "ORG", "PSE", ["Dutzende Dorfbewohner"]),
        entity("foreign activists in Beita", "ORG", "NGO", ["ausländische Aktivisten"]),
        entity("Evyatar", "LOC", "PSE", ["Außenpostens Evjatar"]),
        entity("International Solidarity Movement", "ORG", "NGO", ["Die Internationale Solidaritätsbewegung (ISM)"]),
        entity("Israel Defense Forces", "ORG", "ISR",
               ["israelischen Soldaten", "Die israelische Armee", "ihre Soldaten", "Die Armee"]),
        entity("Turkey", "LOC", "TUR", ["Die Türkei"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Hakan Fidan", "PER", "TUR", ["Außenminister Hakan Fidan"]),
        entity("Antony Blinken", "PER", "USA", ["seinem US-Kollegen Antony Blinken"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
    ],
}

# ---------------------------------------------------------------- hm228-de-03 (Iran seizes the St Nikolas)
IRN_NAVY = actor("Islamic Republic of Iran Navy", "IRN", "MIL")
EMPIRE = actor("Empire Navigation", "GRC", "BUS")
IRNA = actor("Islamic Republic News Agency", "IRN", "GOV")
US_AUTH = actor("United States authorities", "USA", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
US_NAVY = actor("United States Navy", "USA", "MIL")

S1 = "Teheran (Reuters) - Die iranische Marine hat im Golf von Oman einen Öltanker mit Kurs auf die Türkei beschlagnahmt."
S2 = "Die Beschlagnahme der „St Nikolas“ sei rechtmäßig, meldete die staatliche Nachrichtenagentur Irna."
S3 = ("Es handle sich um eine Vergeltung dafür, dass die USA im vergangenen Jahr iranisches Öl von demselben Schiff "
      "„gestohlen“ hätten.")
S4 = ("Damals hatten US-Behörden die Ladung des Tankers, der noch „Suez Rajan“ hieß, wegen Verstößen gegen die "
      "Iran-Sanktionen beschlagnahmt.")
S5 = ("Bewaffnete Marinesoldaten enterten den Tanker am Morgen vor der omanischen Hafenstadt Sohar und schalteten die "
      "Überwachungskameras aus.")
S6 = ("Der Kontakt zu der 19-köpfigen Besatzung sei abgebrochen, teilte die griechische Reederei Empire Navigation in "
      "Athen mit.")
S7 = "An Bord sind 18 Seeleute aus den Philippinen und ein Grieche."
S8 = ("Das US-Außenministerium verurteilte die Beschlagnahme als rechtswidrig und forderte die sofortige Freigabe von "
      "Schiff und Besatzung.")
S9 = "„Iran muss aufhören, die Schifffahrt in der Region zu bedrohen“, sagte ein Sprecher."
S10 = "Das griechische Außenministerium stand nach eigenen Angaben in Kontakt mit Teheran."
S11 = "Manila verlangte von der iranischen Führung Auskunft über das Schicksal der Seeleute."
S12 = "Teheran wies den Vorwurf der Piraterie zurück."
S13 = "Die US-Marine verlegte nach eigenen Angaben einen Zerstörer in das Seegebiet."
S14 = "Die Lage in den Gewässern der Region ist seit Beginn des Gaza-Kriegs äußerst angespannt."

DE03 = {
    "id": "hm228-de-03", "lang": "de", "url": None, "published": "2024-01-11",
    "title": "Iran beschlagnahmt Öltanker im Golf von Oman",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10, S11, S12], [S13, S14]),
    "events": [
        event("COERCE", IRN_NAVY, EMPIRE, S1, mode="seize", date="2024-01-11", location="Gulf of Oman"),
        event("ACCUSE", IRNA, USA, S3, mode="allege"),
        event("COERCE", US_AUTH, IRAN, S4, mode="seize"),
        event("COERCE", IRN_NAVY, EMPIRE, S5, mode="seize", location="Sohar", location_country="OMN"),
        event("ACCUSE", US_STATE, IRAN, S8, mode="disapprove"),
        event("REQUEST", US_STATE, IRAN, S8, mode="yield"),
        event("REQUEST", US_STATE, IRAN, S9, mode="change"),
        event("CONSULT", GRC_MFA, IRAN, S10),
        event("REQUEST", PHL, IRAN, S11),
        event("MOBILIZE", US_NAVY, None, S13, mode="troops", location="Gulf of Oman"),
    ],
    "quotes": [
        quote("Die Beschlagnahme der „St Nikolas“ sei rechtmäßig", "Islamic Republic News Agency", "indirect"),
        quote("Es handle sich um eine Vergeltung dafür, dass die USA im vergangenen Jahr iranisches Öl von demselben "
              "Schiff „gestohlen“ hätten", "Islamic Republic News Agency", "indirect"),
        quote("gestohlen", "Islamic Republic News Agency", "direct"),
        quote("Der Kontakt zu der 19-köpfigen Besatzung sei abgebrochen", "Empire Navigation", "indirect"),
        quote("Iran muss aufhören, die Schifffahrt in der Region zu bedrohen", "United States Department of State",
              "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Islamic Republic of Iran Navy", "ORG", "IRN", ["Die iranische Marine", "Bewaffnete Marinesoldaten"]),
        entity("Gulf of Oman", "LOC", "OMN", ["Golf von Oman"]),
        entity("Turkey", "LOC", "TUR", ["die Türkei"]),
        entity("St Nikolas", "MISC", "MHL", ["St Nikolas", "den Tanker", "Schiff"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["die staatliche Nachrichtenagentur Irna"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("United States authorities", "ORG", "USA", ["US-Behörden"]),
        entity("Suez Rajan", "MISC", "MHL", ["Suez Rajan"]),
        entity("Sohar", "LOC", "OMN", ["der omanischen Hafenstadt Sohar"]),
        entity("Empire Navigation", "ORG", "GRC", ["die griechische Reederei Empire Navigation"]),
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Philippines", "LOC", "PHL", ["den Philippinen", "Manila"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium", "ein Sprecher"]),
        entity("Iran", "LOC", "IRN", ["Iran", "der iranischen Führung"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["Das griechische Außenministerium"]),
        entity("United States Navy", "ORG", "USA", ["Die US-Marine"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza-Kriegs"]),
    ],
}

# ---------------------------------------------------------------- hm228-de-04 (Fambita mosque attack, Niger)
GUNMEN_FAMBITA = actor("gunmen in Fambita", "NER", "REB")
WORSHIPPERS = actor("worshippers in Fambita", "NER", "CVL")
NER_GOV = actor("Government of Niger", "NER", "GOV")
IS_SAHEL = actor("Islamic State Sahel Province", "NER", "REB")
TOUMBA = actor("Mohamed Toumba", "NER", "GOV")
NER_ARMY = actor("Armed Forces of Niger", "NER", "MIL")
NER_SUSPECTS = actor("suspects in the Fambita attack", "NER", "CVL")
MALI = actor("Mali", "MLI", "GOV")
BURKINA = actor("Burkina Faso", "BFA", "GOV")
AU = actor("African Union", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

M1 = ("Niamey (AFP) - Schwer bewaffnete Angreifer haben im Westen Nigers während des Freitagsgebets eine Moschee "
      "gestürmt und Dutzende Gläubige getötet.")
M2 = ("Nach Angaben des Innenministeriums kamen in dem Dorf Fambita in der Region Tillabéri 44 Zivilisten ums Leben, "
      "13 weitere wurden verletzt.")
M3 = ("Die Angreifer hätten anschließend den Markt und mehrere Häuser in Brand gesetzt, hieß es in einer im "
      "Staatsfernsehen verlesenen Erklärung der Regierung.")
M4 = "Die Regierung machte die Terrormiliz Islamischer Staat in der Sahelzone (EIGS) für das Massaker verantwortlich."
M5 = "Die Dschihadisten hätten „mit äußerster Barbarei“ gehandelt, sagte Innenminister Mohamed Toumba."
M6 = "Militärmachthaber Abdourahamane Tiani ordnete eine dreitägige Staatstrauer an."
M7 = "Die Armee schickte Verstärkung in die Gemeinde Kokorou nahe der Grenze zu Mali und Burkina Faso."
M8 = "Soldaten nahmen nach Armeeangaben drei Verdächtige fest."
M9 = "Zu der Tat bekannte sich zunächst niemand."
M10 = ("Die Militärregierungen Malis und Burkina Fasos, mit denen Niger die Allianz der Sahelstaaten (AES) bildet, "
       "sicherten Niamey ihre Solidarität zu.")
M11 = "Die Afrikanische Union verurteilte den Anschlag."
M12 = "UN-Generalsekretär António Guterres forderte, die Verantwortlichen zur Rechenschaft zu ziehen."
M13 = ("Amnesty International warf den Behörden vor, die Bevölkerung im Grenzgebiet nicht ausreichend zu "
       "schützen.")
M14 = "Die Regierung wies Berichte zurück, wonach Dorfbewohner die Armee vergeblich um Schutz gebeten hätten."
M15 = "Seit dem Putsch im Juli 2023 hat sich die Sicherheitslage in der Region weiter verschlechtert."

DE04 = {
    "id": "hm228-de-04", "lang": "de", "url": None, "published": "2025-03-22",
    "title": "44 Tote bei Angriff auf Moschee in Niger",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9], [M10, M11, M12], [M13, M14, M15]),
    "events": [
        event("ASSAULT", GUNMEN_FAMBITA, WORSHIPPERS, M1, mode="massacre", date="2025-03-21", location="Fambita",
              location_country="NER"),
        event("ACCUSE", NER_GOV, GUNMEN_FAMBITA, M3, mode="allege"),
        event("ACCUSE", NER_GOV, IS_SAHEL, M4, mode="allege"),
        event("ACCUSE", TOUMBA, IS_SAHEL, M5, mode="disapprove"),
        event("MOBILIZE", NER_ARMY, None, M7, mode="troops", location="Kokorou", location_country="NER"),
        event("COERCE", NER_ARMY, NER_SUSPECTS, M8, mode="arrest"),
        event("SUPPORT", MALI, NER_GOV, M10),
        event("SUPPORT", BURKINA, NER_GOV, M10),
        event("ACCUSE", AU, GUNMEN_FAMBITA, M11, mode="disapprove"),
        event("REQUEST", GUTERRES, NER_GOV, M12),
        event("ACCUSE", AMNESTY, NER_GOV, M13, mode="disapprove"),
    ],
    "quotes": [
        quote("kamen in dem Dorf Fambita in der Region Tillabéri 44 Zivilisten ums Leben, 13 weitere wurden verletzt",
              "Ministry of the Interior of Niger", "indirect"),
        quote("Die Angreifer hätten anschließend den Markt und mehrere Häuser in Brand gesetzt", "Government of Niger",
              "indirect"),
        quote("mit äußerster Barbarei", "Mohamed Toumba", "direct"),
        quote("Die Dschihadisten hätten „mit äußerster Barbarei“ gehandelt", "Mohamed Toumba", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Niger", "LOC", "NER", ["Nigers", "Niger"]),
        entity("gunmen in Fambita", "ORG", "NER", ["Schwer bewaffnete Angreifer", "Die Angreifer"]),
        entity("Fambita mosque", "LOC", "NER", ["eine Moschee"]),
        entity("Ministry of the Interior of Niger", "ORG", "NER", ["des Innenministeriums"]),
        entity("Fambita", "LOC", "NER", ["dem Dorf Fambita"]),
        entity("Tillabéri", "LOC", "NER", ["der Region Tillabéri"]),
        entity("Government of Niger", "ORG", "NER", ["der Regierung", "Die Regierung", "den Behörden"]),
        entity("Islamic State Sahel Province", "ORG", "NER",
               ["die Terrormiliz Islamischer Staat in der Sahelzone (EIGS)", "Die Dschihadisten"]),
        entity("Mohamed Toumba", "PER", "NER", ["Innenminister Mohamed Toumba"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Militärmachthaber Abdourahamane Tiani"]),
        entity("Armed Forces of Niger", "ORG", "NER", ["Die Armee", "Soldaten", "die Armee"]),
        entity("Kokorou", "LOC", "NER", ["die Gemeinde Kokorou"]),
        entity("Mali", "LOC", "MLI", ["Mali", "Malis"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso", "Burkina Fasos"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["die Allianz der Sahelstaaten (AES)"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm228-en-01 (Kerman bombings)
IS = actor("Islamic State", "IRQ", "REB")
IRN_CIV = actor("mourners at the Soleimani memorial in Kerman", "IRN", "CVL")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
IRN_OFFICIALS = actor("Iranian officials", "IRN", "GOV")
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
IRN_SUSPECTS = actor("suspects in the Kerman bombings", "IRN", "CVL")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
IRAQ = actor("Iraq", "IRQ", "GOV")
KERMAN_MARCHERS = actor("mourners marching in Kerman", "IRN", "CVL")

K1 = ("DUBAI, Jan 4 (Reuters) - Islamic State claimed responsibility on Thursday for twin bombings that killed nearly "
      "90 people at a memorial for slain Iranian commander Qassem Soleimani in the southeastern city of Kerman.")
K2 = ("In a statement on its Telegram channels, the group said two of its members had detonated explosive belts among "
      "the crowd.")
K3 = ("The blasts on Wednesday tore through crowds walking to Soleimani's grave on the fourth anniversary of his "
      "death.")
K4 = "Iran's Supreme Leader Ayatollah Ali Khamenei vowed a \"harsh response\" to those behind the attack."
K5 = ("President Ebrahim Raisi said the perpetrators would \"pay a heavy price\" and cancelled a planned visit to "
      "Turkey.")
K6 = "Several Iranian officials had initially blamed Israel and the United States for the bombings."
K7 = ("Washington rejected any suggestion of U.S. involvement and said it had no reason to believe Israel was "
      "involved.")
K8 = ("Iran's intelligence ministry said security forces had arrested 11 people suspected of links to the attack in "
      "several provinces.")
K9 = ("The U.N. Security Council condemned the \"heinous and cowardly terrorist attack\" and called for those "
      "responsible to be brought to justice.")
K10 = "Russia, Turkey and Iraq sent condolences to Tehran."
K11 = ("In Kerman, thousands of mourners marched through the streets on Thursday chanting \"Death to America\" and "
       "\"Death to Israel\".")
K12 = ("Islamic State considers Shi'ite Muslims apostates and has attacked Shi'ite shrines in Iran before.")

EN01 = {
    "id": "hm228-en-01", "lang": "en", "url": None, "published": "2024-01-04",
    "title": "Islamic State claims Iran bombings that killed nearly 90 at Soleimani memorial",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10], [K11, K12]),
    "events": [
        event("ASSAULT", IS, IRN_CIV, K1, mode="suicide-attack", date="2024-01-03", location="Kerman",
              location_country="IRN"),
        event("ASSAULT", IS, IRN_CIV, K2, mode="suicide-attack", location="Kerman", location_country="IRN"),
        event("THREATEN", KHAMENEI, IS, K4, mode="violence"),
        event("THREATEN", RAISI, IS, K5, mode="violence"),
        event("ACCUSE", IRN_OFFICIALS, ISRAEL, K6, mode="allege"),
        event("ACCUSE", IRN_OFFICIALS, USA, K6, mode="allege"),
        event("COERCE", IRN_SEC, IRN_SUSPECTS, K8, mode="arrest"),
        event("ACCUSE", UNSC, IS, K9, mode="disapprove"),
        event("REQUEST", UNSC, None, K9),
        event("SUPPORT", RUSSIA, IRAN, K10),
        event("SUPPORT", TURKEY, IRAN, K10),
        event("SUPPORT", IRAQ, IRAN, K10),
        event("PROTEST", KERMAN_MARCHERS, USA, K11, mode="demo", location="Kerman", location_country="IRN"),
        event("PROTEST", KERMAN_MARCHERS, ISRAEL, K11, mode="demo", location="Kerman", location_country="IRN"),
    ],
    "quotes": [
        quote("two of its members had detonated explosive belts among the crowd", "Islamic State", "indirect"),
        quote("harsh response", "Ali Khamenei", "direct"),
        quote("pay a heavy price", "Ebrahim Raisi", "direct"),
        quote("the perpetrators would \"pay a heavy price\"", "Ebrahim Raisi", "indirect"),
        quote("it had no reason to believe Israel was involved", "Government of the United States", "indirect"),
        quote("security forces had arrested 11 people suspected of links to the attack in several provinces",
              "Ministry of Intelligence of Iran", "indirect"),
        quote("heinous and cowardly terrorist attack", "United Nations Security Council", "direct"),
        quote("Death to America", "mourners marching in Kerman", "direct"),
        quote("Death to Israel", "mourners marching in Kerman", "direct"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Islamic State", "ORG", "IRQ", ["Islamic State", "the group"]),
        entity("Qassem Soleimani", "PER", "IRN", ["slain Iranian commander Qassem Soleimani", "Soleimani"]),
        entity("Kerman", "LOC", "IRN", ["the southeastern city of Kerman", "Kerman"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Ali Khamenei", "PER", "IRN", ["Iran's Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["President Ebrahim Raisi"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Iranian officials", "ORG", "IRN", ["Several Iranian officials"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington", "America"]),
        entity("Ministry of Intelligence of Iran", "ORG", "IRN", ["Iran's intelligence ministry"]),
        entity("Iranian security forces", "ORG", "IRN", ["security forces"]),
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Tehran"]),
        entity("mourners marching in Kerman", "ORG", "IRN", ["thousands of mourners"]),
    ],
}

# ---------------------------------------------------------------- hm228-en-02 (Nasser Hospital strikes)
NASSER_PAL = actor("Palestinians at Nasser Hospital", "PSE", "CVL")
NASSER_JOURN = actor("journalists at Nasser Hospital", "PSE", "CVL")
ISR_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
ZAMIR = actor("Eyal Zamir", "ISR", "MIL")
REUTERS = actor("Reuters", "GBR", "BUS")
AP = actor("Associated Press", "USA", "BUS")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
TRUMP = actor("Donald Trump", "USA", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")

P1 = ("CAIRO, Aug 25 (Reuters) - Two Israeli strikes hit Nasser Hospital in the southern Gaza Strip on Monday, killing "
      "at least 20 people, among them five journalists who worked for Reuters, the Associated Press, Al Jazeera and "
      "other outlets.")
P2 = "The second strike hit reporters who had rushed to the scene after the first."
P3 = ("Reuters contractor cameraman Hussam al-Masri, whose live feed from the hospital was cut off by the first blast, "
      "was among the dead.")
P4 = "Prime Minister Benjamin Netanyahu's office said Israel \"deeply regrets the tragic mishap\"."
P5 = "Military chief of staff Eyal Zamir ordered an initial inquiry, the army said."
P6 = ("The army later said troops had identified a camera used by Hamas to observe its forces and had fired to remove "
      "the threat.")
P7 = "Reuters and the AP demanded an explanation from Israel."
P8 = "\"We are devastated,\" a Reuters spokesperson said."
P9 = "The Committee to Protect Journalists accused Israel of killing reporters with impunity."
P10 = ("U.N. Secretary-General Antonio Guterres condemned the killings and said journalists must be able to work "
       "\"free from harassment\".")
P11 = "Hamas called the attack a war crime."
P12 = "Asked about the strike, U.S. President Donald Trump did not criticise Israel."
P13 = "Israel has denied deliberately targeting journalists."
P14 = "Egypt and Qatar, which are mediating ceasefire talks, condemned the strikes."
P15 = ("More than 190 journalists and media workers have been killed in Gaza since the war began in October 2023, "
       "according to the CPJ.")

EN02 = {
    "id": "hm228-en-02", "lang": "en", "url": None, "published": "2025-08-25",
    "title": "Israeli strikes on Gaza hospital kill 20, including five journalists",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8, P9, P10, P11], [P12, P13, P14, P15]),
    "events": [
        event("ASSAULT", IDF, NASSER_PAL, P1, date="2025-08-25", location="Khan Younis", location_country="PSE"),
        event("ASSAULT", IDF, NASSER_JOURN, P2, location="Khan Younis", location_country="PSE"),
        event("CONCEDE", ISR_PMO, None, P4),
        event("ACCUSE", ZAMIR, None, P5, mode="investigate"),
        event("ASSAULT", IDF, HAMAS, P6),
        event("ACCUSE", IDF, HAMAS, P6, mode="allege"),
        event("REQUEST", REUTERS, ISRAEL, P7),
        event("REQUEST", AP, ISRAEL, P7),
        event("ACCUSE", CPJ, ISRAEL, P9, mode="allege"),
        event("ACCUSE", GUTERRES, ISRAEL, P10, mode="disapprove"),
        event("ACCUSE", HAMAS, ISRAEL, P11, mode="allege"),
        event("ACCUSE", TRUMP, ISRAEL, P12, mode="disapprove", negated=True),
        event("ACCUSE", EGYPT, ISRAEL, P14, mode="disapprove"),
        event("ACCUSE", QATAR, ISRAEL, P14, mode="disapprove"),
    ],
    "quotes": [
        quote("deeply regrets the tragic mishap", "Prime Minister's Office of Israel", "direct"),
        quote("Israel \"deeply regrets the tragic mishap\"", "Prime Minister's Office of Israel", "indirect"),
        quote("Military chief of staff Eyal Zamir ordered an initial inquiry", "Israel Defense Forces", "indirect"),
        quote("troops had identified a camera used by Hamas to observe its forces and had fired to remove the threat",
              "Israel Defense Forces", "indirect"),
        quote("We are devastated", "Reuters spokesperson", "direct"),
        quote("journalists must be able to work \"free from harassment\"", "António Guterres", "indirect"),
        quote("free from harassment", "António Guterres", "direct"),
        quote("More than 190 journalists and media workers have been killed in Gaza since the war began in October "
              "2023", "Committee to Protect Journalists", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO"]),
        entity("Nasser Hospital", "LOC", "PSE", ["Nasser Hospital", "the hospital"]),
        entity("Gaza Strip", "LOC", "PSE", ["the southern Gaza Strip", "Gaza"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Associated Press", "ORG", "USA", ["the Associated Press", "the AP"]),
        entity("Al Jazeera", "ORG", "QAT", ["Al Jazeera"]),
        entity("Hussam al-Masri", "PER", "PSE", ["Reuters contractor cameraman Hussam al-Masri"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Prime Minister Benjamin Netanyahu's office"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Eyal Zamir", "PER", "ISR", ["Military chief of staff Eyal Zamir"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["the army", "The army", "troops"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Reuters spokesperson", "PER", "GBR", ["a Reuters spokesperson"]),
        entity("Committee to Protect Journalists", "ORG", "NGO", ["The Committee to Protect Journalists", "the CPJ"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
