"""Round 60: six invented wire-style articles (4 German, 2 English), written blind.

Stories (invented reports on real 2023-2025 settings, not reported facts):
- hm60-de-01: Germany bans Hamas activities and dissolves Samidoun, raids in four states (2023-11-02)
- hm60-de-02: Honduras breaks with Taiwan and establishes relations with China (2023-03-26)
- hm60-de-03: Fire in Liberia's Capitol amid the fight over Speaker Koffa (2024-12-19)
- hm60-de-04: Venezuela suspends the UN human rights office and expels its staff (2024-02-16)
- hm60-en-01: Trump meets Syria's al-Sharaa in Riyadh after announcing the end of sanctions (2025-05-14)
- hm60-en-02: Finland asks China to cooperate in the Balticconnector pipeline probe (2023-10-24)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm60-de-01
G1 = ("Berlin (dpa) - Bundesinnenministerin Nancy Faeser hat am Donnerstag jede Betätigung der islamistischen "
      "Hamas in Deutschland verboten und das Netzwerk Samidoun aufgelöst.")
G2 = "Polizisten durchsuchten am Morgen Wohnungen mutmaßlicher Samidoun-Mitglieder in vier Bundesländern."
G3 = ("»Samidoun hat die Terrorangriffe der Hamas auf Israel auf deutschen Straßen gefeiert«, sagte die "
      "SPD-Politikerin.")
G4 = ("Das Ministerium wirft der Hamas vor, nach dem Überfall vom 7. Oktober in Deutschland Spenden für ihre "
      "Kämpfer gesammelt zu haben.")
G5 = ("Samidoun wies die Vorwürfe zurück und erklärte, man sei eine »Solidaritätsorganisation für "
      "palästinensische Gefangene«.")
G6 = ("Der Zentralrat der Juden begrüßte das Verbot, forderte aber ein härteres Vorgehen gegen antisemitische "
      "Straftaten.")
G7 = "Die israelische Botschaft in Berlin dankte der Bundesregierung für ein »wichtiges Signal«."
G8 = ("Ministerpräsident Benjamin Netanjahu hatte Bundeskanzler Olaf Scholz bei dessen Besuch in Tel Aviv "
      "Mitte Oktober um Unterstützung im Kampf gegen die Hamas gebeten.")
G9 = "Die Bundesregierung hat der israelischen Armee seither Sanitätsmaterial geliefert."

_FAESER = actor("Nancy Faeser", "DEU", "GOV")
_HAMAS = actor("Hamas", "PSE", "REB")
_SAMIDOUN = actor("Samidoun", "DEU", "NGO")
_DEU_GOV = actor("Government of Germany", "DEU", "GOV")
_ZDJ = actor("Central Council of Jews in Germany", "DEU", "NGO")
_SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
_NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")

DE01 = {
    "id": "hm60-de-01", "lang": "de", "url": None, "published": "2023-11-02",
    "title": "Faeser verbietet Hamas-Aktivitäten und Netzwerk Samidoun",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9]),
    "events": [
        event("COERCE", _FAESER, _HAMAS, G1, mode="ban", date="2023-11-02", location="Germany",
              location_country="DEU"),
        event("COERCE", _FAESER, _SAMIDOUN, G1, mode="ban", date="2023-11-02", location="Germany",
              location_country="DEU"),
        event("COERCE", actor("German police", "DEU", "COP"), _SAMIDOUN, G2, mode="seize", date="2023-11-02"),
        event("ACCUSE", _FAESER, _SAMIDOUN, G3, mode="disapprove"),
        event("ACCUSE", actor("Federal Ministry of the Interior", "DEU", "GOV"), _HAMAS, G4, mode="allege"),
        event("SUPPORT", _ZDJ, _FAESER, G6),
        event("REQUEST", _ZDJ, None, G6, mode="change"),
        event("SUPPORT", actor("Embassy of Israel in Berlin", "ISR", "GOV"), _DEU_GOV, G7),
        event("CONSULT", _SCHOLZ, _NETANYAHU, G8, mode="visit", location="Tel Aviv", location_country="ISR"),
        event("REQUEST", _NETANYAHU, _SCHOLZ, G8, mode="assist"),
        event("AID", _DEU_GOV, actor("Israel Defense Forces", "ISR", "MIL"), G9),
    ],
    "quotes": [
        quote("Samidoun hat die Terrorangriffe der Hamas auf Israel auf deutschen Straßen gefeiert", "Nancy Faeser",
              "direct"),
        quote("nach dem Überfall vom 7. Oktober in Deutschland Spenden für ihre Kämpfer gesammelt zu haben",
              "Federal Ministry of the Interior", "indirect"),
        quote("man sei eine »Solidaritätsorganisation für palästinensische Gefangene«", "Samidoun", "indirect"),
        quote("Solidaritätsorganisation für palästinensische Gefangene", "Samidoun", "direct"),
        quote("wichtiges Signal", "Embassy of Israel in Berlin", "direct"),
    ],
    "entities": [
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "die SPD-Politikerin"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas", "der Hamas", "die Hamas"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Samidoun", "ORG", "DEU", ["das Netzwerk Samidoun", "Samidoun"]),
        entity("German police", "ORG", "DEU", ["Polizisten"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Federal Ministry of the Interior", "ORG", "DEU", ["Das Ministerium"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["Der Zentralrat der Juden"]),
        entity("Embassy of Israel in Berlin", "ORG", "ISR", ["Die israelische Botschaft in Berlin"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung", "Die Bundesregierung"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "dessen"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
    ],
}

# ---------------------------------------------------------------- hm60-de-02
H1 = ("Peking (AFP) - Honduras hat seine diplomatischen Beziehungen zu Taiwan abgebrochen und offizielle "
      "Beziehungen zur Volksrepublik China aufgenommen.")
H2 = ("Außenminister Eduardo Enrique Reina und sein chinesischer Amtskollege Qin Gang unterzeichneten am "
      "Sonntag in Peking ein gemeinsames Kommuniqué.")
H3 = ("Es gebe nur ein China, und Taiwan sei ein unveräußerlicher Teil des chinesischen Territoriums, heißt "
      "es darin.")
H4 = "Taiwans Außenminister Joseph Wu warf Peking vor, Honduras mit Geldversprechen geködert zu haben."
H5 = "Taipeh schließe seine Botschaft in Tegucigalpa und ziehe das Personal ab, sagte er."
H6 = ("„China nutzt Dollar-Diplomatie, um Taiwans internationalen Spielraum einzuschränken“, fügte Wu "
      "hinzu.")
H7 = ("Tegucigalpa hatte von Taipeh zuvor eine Verdopplung der Finanzhilfe und einen Schuldenerlass "
      "verlangt.")
H8 = "Washington kritisierte die Entscheidung und warnte, Peking halte seine Versprechen oft nicht ein."
H9 = "China sagte Honduras Hilfe beim Ausbau von Straßen und Häfen zu."
H10 = "Taiwan wird damit nur noch von 13 Staaten diplomatisch anerkannt."

_HND = actor("Honduras", "HND", "GOV")
_TWN = actor("Taiwan", "TWN", "GOV")
_CHN = actor("China", "CHN", "GOV")
_WU = actor("Joseph Wu", "TWN", "GOV")
_USA = actor("United States", "USA", "GOV")
_REINA = actor("Eduardo Enrique Reina", "HND", "GOV")
_QIN = actor("Qin Gang", "CHN", "GOV")

DE02 = {
    "id": "hm60-de-02", "lang": "de", "url": None, "published": "2023-03-26",
    "title": "Honduras bricht mit Taiwan und nimmt Beziehungen zu China auf",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10]),
    "events": [
        event("SANCTION", _HND, _TWN, H1, mode="discontinue"),
        event("SUPPORT", _HND, _CHN, H1),
        event("CONSULT", _REINA, _QIN, H2, mode="visit", date="2023-03-26", location="Beijing",
              location_country="CHN"),
        event("SUPPORT", _REINA, _QIN, H2, date="2023-03-26", location="Beijing", location_country="CHN"),
        event("ACCUSE", _WU, _CHN, H4, mode="allege"),
        event("SANCTION", _TWN, _HND, H5, mode="discontinue"),
        event("ACCUSE", _WU, _CHN, H6, mode="disapprove"),
        event("REQUEST", _HND, _TWN, H7, mode="assist"),
        event("ACCUSE", _USA, _HND, H8, mode="disapprove"),
        event("ACCUSE", _USA, _CHN, H8, mode="allege"),
        event("AGREE", _CHN, _HND, H9),
    ],
    "quotes": [
        quote("Es gebe nur ein China, und Taiwan sei ein unveräußerlicher Teil des chinesischen Territoriums",
              "Joint communiqué of China and Honduras", "indirect"),
        quote("Honduras mit Geldversprechen geködert zu haben", "Joseph Wu", "indirect"),
        quote("Taipeh schließe seine Botschaft in Tegucigalpa und ziehe das Personal ab", "Joseph Wu", "indirect"),
        quote("China nutzt Dollar-Diplomatie, um Taiwans internationalen Spielraum einzuschränken", "Joseph Wu",
              "direct"),
        quote("Peking halte seine Versprechen oft nicht ein", "United States", "indirect"),
    ],
    "entities": [
        entity("Honduras", "GPE", "HND", ["Honduras", "Tegucigalpa"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taiwans", "Taipeh"]),
        entity("China", "GPE", "CHN", ["Volksrepublik China", "China", "Peking"]),
        entity("Eduardo Enrique Reina", "PER", "HND", ["Außenminister Eduardo Enrique Reina"]),
        entity("Qin Gang", "PER", "CHN", ["sein chinesischer Amtskollege Qin Gang"]),
        entity("Joint communiqué of China and Honduras", "ORG", None, ["ein gemeinsames Kommuniqué"]),
        entity("Joseph Wu", "PER", "TWN", ["Taiwans Außenminister Joseph Wu", "er", "Wu"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

# ---------------------------------------------------------------- hm60-de-03
I1 = ("Monrovia (AFP) - Nach einem Brand im Parlamentsgebäude von Liberia hat Präsident Joseph Boakai eine "
      "umfassende Untersuchung angeordnet.")
I2 = ("Das Feuer war am Mittwochmorgen im Saal für gemeinsame Sitzungen beider Kammern ausgebrochen, "
      "verletzt wurde niemand.")
I3 = "Boakai sprach von einem »Terrorakt« gegen die Demokratie."
I4 = "Die Polizei teilte mit, sie habe drei Verdächtige festgenommen, darunter einen Mitarbeiter des Parlaments."
I5 = ("Hintergrund ist ein Machtkampf um Parlamentspräsident Fonati Koffa, den eine Mehrheit der "
      "Abgeordneten im Oktober abgesetzt hatte.")
I6 = "Koffa erkennt die Absetzung nicht an und wirft seinen Gegnern vor, die Verfassung zu brechen."
I7 = ("Am Dienstag hatte die Polizei vor dem Gebäude Tränengas gegen Hunderte Demonstranten eingesetzt, die "
      "gegen die Abgeordneten der Mehrheit protestierten.")
I8 = "Die Regierung ließ am Donnerstag Soldaten rund um das Kapitol aufziehen."
I9 = ("„Wer glaubt, mit Gewalt Politik machen zu können, wird die volle Härte des Gesetzes spüren“, warnte "
      "Justizminister Oswald Tweh.")
I10 = "Die US-Botschaft rief alle Seiten zur Zurückhaltung auf und bot Unterstützung bei den Ermittlungen an."

_BOAKAI = actor("Joseph Boakai", "LBR", "GOV")
_LNP = actor("Liberia National Police", "LBR", "COP")
_KOFFA = actor("Fonati Koffa", "LBR", "LEG")
_MAJ = actor("Majority bloc of the House of Representatives", "LBR", "LEG")
_LBR_PROT = actor("Protesters", "LBR", "CVL")
_US_EMB = actor("Embassy of the United States in Monrovia", "USA", "GOV")

DE03 = {
    "id": "hm60-de-03", "lang": "de", "url": None, "published": "2024-12-19",
    "title": "Brand im Parlament von Liberia – Präsident spricht von Terrorakt",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10]),
    "events": [
        event("ACCUSE", _BOAKAI, None, I1, mode="investigate"),
        event("COERCE", _LNP, actor("Suspects", "LBR", "CVL"), I4, mode="arrest"),
        event("COERCE", _MAJ, _KOFFA, I5, mode="restrict"),
        event("REJECT", _KOFFA, _MAJ, I6, mode="change"),
        event("ACCUSE", _KOFFA, _MAJ, I6, mode="allege"),
        event("ASSAULT", _LNP, _LBR_PROT, I7, mode="crowd-control", date="2024-12-17", location="Monrovia",
              location_country="LBR"),
        event("PROTEST", _LBR_PROT, _MAJ, I7, mode="demo", date="2024-12-17", location="Monrovia",
              location_country="LBR"),
        event("MOBILIZE", actor("Government of Liberia", "LBR", "GOV"), None, I8, mode="troops",
              date="2024-12-19", location="Monrovia", location_country="LBR"),
        event("THREATEN", actor("Oswald Tweh", "LBR", "GOV"), None, I9),
        event("REQUEST", _US_EMB, None, I10),
        event("AGREE", _US_EMB, actor("Government of Liberia", "LBR", "GOV"), I10),
    ],
    "quotes": [
        quote("Terrorakt", "Joseph Boakai", "direct"),
        quote("sie habe drei Verdächtige festgenommen, darunter einen Mitarbeiter des Parlaments",
              "Liberia National Police", "indirect"),
        quote("die Verfassung zu brechen", "Fonati Koffa", "indirect"),
        quote("Wer glaubt, mit Gewalt Politik machen zu können, wird die volle Härte des Gesetzes spüren",
              "Oswald Tweh", "direct"),
    ],
    "entities": [
        entity("Monrovia", "LOC", "LBR", ["Monrovia"]),
        entity("Capitol Building (Liberia)", "LOC", "LBR",
               ["im Parlamentsgebäude von Liberia", "dem Gebäude", "das Kapitol"]),
        entity("Liberia", "GPE", "LBR", ["Liberia"]),
        entity("Joseph Boakai", "PER", "LBR", ["Präsident Joseph Boakai", "Boakai"]),
        entity("Liberia National Police", "ORG", "LBR", ["Die Polizei", "die Polizei", "sie"]),
        entity("Legislature of Liberia", "ORG", "LBR", ["des Parlaments"]),
        entity("Fonati Koffa", "PER", "LBR", ["Parlamentspräsident Fonati Koffa", "Koffa"]),
        entity("Majority bloc of the House of Representatives", "ORG", "LBR",
               ["eine Mehrheit der Abgeordneten", "seinen Gegnern", "die Abgeordneten der Mehrheit"]),
        entity("Government of Liberia", "ORG", "LBR", ["Die Regierung"]),
        entity("Oswald Tweh", "PER", "LBR", ["Justizminister Oswald Tweh"]),
        entity("Embassy of the United States in Monrovia", "ORG", "USA", ["Die US-Botschaft"]),
    ],
}

# ---------------------------------------------------------------- hm60-de-04
J1 = ("Caracas (dpa) - Venezuela hat die Arbeit des UN-Menschenrechtsbüros im Land ausgesetzt und dessen "
      "Mitarbeitern 72 Stunden zur Ausreise gegeben.")
J2 = ("Außenminister Yván Gil warf dem Büro am Donnerstag eine »kolonialistische« Haltung vor und beschuldigte "
      "es, Putschisten und Terroristen zu unterstützen.")
J3 = ("Das Büro hatte zuvor die Festnahme der Menschenrechtsanwältin Rocío San Miguel kritisiert und ihre "
      "Freilassung gefordert.")
J4 = ("UN-Hochkommissar Volker Türk nannte den Schritt »bedauerlich« und forderte Caracas auf, die Entscheidung "
      "zu überdenken.")
J5 = "Man werde den Dialog mit der Regierung und den Opfern fortsetzen, sagte ein Sprecher in Genf."
J6 = "Oppositionsführerin María Corina Machado sprach von einem »weiteren Schritt in die Diktatur«."
J7 = ("Die USA und die EU forderten die Regierung von Präsident Nicolás Maduro auf, die Entscheidung "
      "rückgängig zu machen.")
J8 = ("Washington drohte zudem, Sanktionen gegen den venezolanischen Ölsektor wieder in Kraft zu setzen, falls "
      "Machado nicht zur Präsidentenwahl zugelassen werde.")
J9 = "Maduros Regierung hatte sich im Oktober auf Barbados mit der Opposition auf faire Wahlen geeinigt."

_VEN = actor("Venezuela", "VEN", "GOV")
_OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
_USA2 = actor("United States", "USA", "GOV")

DE04 = {
    "id": "hm60-de-04", "lang": "de", "url": None, "published": "2024-02-16",
    "title": "Venezuela weist UN-Menschenrechtsbüro aus",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9]),
    "events": [
        event("SANCTION", _VEN, _OHCHR, J1, mode="expel"),
        event("ACCUSE", actor("Yván Gil", "VEN", "GOV"), _OHCHR, J2, mode="allege", date="2024-02-15"),
        event("ACCUSE", _OHCHR, _VEN, J3, mode="disapprove"),
        event("REQUEST", _OHCHR, _VEN, J3, mode="yield"),
        event("REQUEST", actor("Volker Türk", "UNO", "IGO"), _VEN, J4, mode="change"),
        event("AGREE", actor("Spokesman of the UN Human Rights Office", "UNO", "IGO"), _VEN, J5),
        event("ACCUSE", actor("María Corina Machado", "VEN", "OPP"), _VEN, J6, mode="disapprove"),
        event("REQUEST", _USA2, _VEN, J7, mode="change"),
        event("REQUEST", actor("European Union", "EUR", "IGO"), _VEN, J7, mode="change"),
        event("THREATEN", _USA2, _VEN, J8),
        event("AGREE", _VEN, actor("Venezuelan opposition", "VEN", "OPP"), J9, location="Barbados",
              location_country="BRB"),
    ],
    "quotes": [
        quote("kolonialistische", "Yván Gil", "direct"),
        quote("Putschisten und Terroristen zu unterstützen", "Yván Gil", "indirect"),
        quote("bedauerlich", "Volker Türk", "direct"),
        quote("Man werde den Dialog mit der Regierung und den Opfern fortsetzen",
              "Spokesman of the UN Human Rights Office", "indirect"),
        quote("weiteren Schritt in die Diktatur", "María Corina Machado", "direct"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela", "im Land", "Caracas"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["des UN-Menschenrechtsbüros", "dem Büro", "Das Büro", "es"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil"]),
        entity("Rocío San Miguel", "PER", "VEN", ["der Menschenrechtsanwältin Rocío San Miguel"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Hochkommissar Volker Türk"]),
        entity("Spokesman of the UN Human Rights Office", "PER", "UNO", ["ein Sprecher in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("María Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "Machado"]),
        entity("United States", "GPE", "USA", ["Die USA", "Washington"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Government of Venezuela", "ORG", "VEN",
               ["der Regierung", "die Regierung von Präsident Nicolás Maduro", "Maduros Regierung"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduros"]),
        entity("Barbados", "GPE", "BRB", ["Barbados"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["der Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm60-en-01
K1 = ("RIYADH (AP) - U.S. President Donald Trump met Syrian President Ahmed al-Sharaa in the Saudi capital on "
      "Wednesday, a day after announcing that Washington would lift all sanctions on Syria.")
K2 = ("The meeting, the first between leaders of the two countries in 25 years, was hosted by Saudi Crown "
      "Prince Mohammed bin Salman.")
K3 = ("Trump urged al-Sharaa to normalize relations with Israel and to deport Palestinian militants, the White "
      "House said.")
K4 = ("“He's a young, attractive guy. Tough guy,” Trump told reporters aboard Air Force One, adding that the "
      "Syrian leader had “a real shot” at holding the country together.")
K5 = ("Syria's foreign ministry called the lifting of sanctions “a pivotal turning point” and thanked Riyadh for "
      "its mediation.")
K6 = "Saudi Arabia and Qatar have pledged to pay off Syria's debts to the World Bank, worth about $15 million."
K7 = "The European Union suspended sanctions on Syria's energy and banking sectors in February."
K8 = "Al-Sharaa, a former al-Qaeda commander, took power after Bashar al-Assad fled to Moscow in December."

_TRUMP = actor("Donald Trump", "USA", "GOV")
_SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
_SYR = actor("Syria", "SYR", "GOV")
_SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
_SAU = actor("Saudi Arabia", "SAU", "GOV")

EN01 = {
    "id": "hm60-en-01", "lang": "en", "url": None, "published": "2025-05-14",
    "title": "Trump meets Syria's al-Sharaa in Riyadh after pledging to lift sanctions",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7, K8]),
    "events": [
        event("CONSULT", _TRUMP, _SHARAA, K1, mode="third-party", date="2025-05-14", location="Riyadh",
              location_country="SAU"),
        event("CONCEDE", _TRUMP, _SYR, K1, date="2025-05-13"),
        event("CONSULT", _TRUMP, _SHARAA, K2, mode="third-party", date="2025-05-14", location="Riyadh",
              location_country="SAU"),
        event("REQUEST", _TRUMP, _SHARAA, K3, mode="change"),
        event("SUPPORT", _TRUMP, _SHARAA, K4),
        event("SUPPORT", _SYR_MFA, actor("United States", "USA", "GOV"), K5),
        event("SUPPORT", _SYR_MFA, _SAU, K5),
        event("AGREE", _SAU, _SYR, K6),
        event("AGREE", actor("Qatar", "QAT", "GOV"), _SYR, K6),
        event("RETREAT", actor("European Union", "EUR", "IGO"), _SYR, K7),
    ],
    "quotes": [
        quote("that Washington would lift all sanctions on Syria", "Donald Trump", "indirect"),
        quote("Trump urged al-Sharaa to normalize relations with Israel and to deport Palestinian militants",
              "White House", "indirect"),
        quote("He's a young, attractive guy. Tough guy", "Donald Trump", "direct"),
        quote("that the Syrian leader had “a real shot” at holding the country together", "Donald Trump",
              "indirect"),
        quote("a real shot", "Donald Trump", "direct"),
        quote("a pivotal turning point", "Ministry of Foreign Affairs of Syria", "direct"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Ahmed al-Sharaa", "PER", "SYR",
               ["Syrian President Ahmed al-Sharaa", "al-Sharaa", "the Syrian leader", "Al-Sharaa"]),
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "the Saudi capital"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Syria", "GPE", "SYR", ["Syria", "Syria's", "the country"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Syria's foreign ministry"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Riyadh", "Saudi Arabia"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("World Bank", "ORG", "IGO", ["the World Bank"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("al-Qaeda", "ORG", None, ["al-Qaeda"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Bashar al-Assad"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
    ],
}

# ---------------------------------------------------------------- hm60-en-02
L1 = ("HELSINKI (Reuters) - Finland has asked China to cooperate in the investigation into damage to the "
      "Balticconnector gas pipeline, after police linked a Chinese container ship to the incident.")
L2 = ("The Hong Kong-flagged NewNew Polar Bear had dragged its anchor along the seabed for dozens of "
      "kilometres, Finland's National Bureau of Investigation said on Tuesday.")
L3 = "“We are not ruling out that it was deliberate,” lead investigator Risto Lohi told reporters."
L4 = ("Beijing said it was ready to provide information “in accordance with international law” but urged "
      "Helsinki to conduct an objective and fair investigation.")
L5 = ("Estonian prosecutors, whose country's data cable to Finland was also damaged that night, have opened a "
      "joint investigation with their Finnish counterparts.")
L6 = "Tallinn has not summoned China's ambassador, the Estonian foreign ministry said."
L7 = "NATO stepped up patrols in the Baltic Sea and sent four minehunters to the area."
L8 = ("Finnish President Sauli Niinistö warned that Helsinki would respond firmly if the damage proved to be "
      "intentional.")
L9 = "The pipeline is expected to remain out of service for months."

_FIN = actor("Finland", "FIN", "GOV")
_NBI = actor("National Bureau of Investigation (Finland)", "FIN", "COP")
_SHIP = actor("NewNew Polar Bear", "CHN", "BUS")
_CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")

EN02 = {
    "id": "hm60-en-02", "lang": "en", "url": None, "published": "2023-10-24",
    "title": "Finland asks China to cooperate in Baltic pipeline damage probe",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("REQUEST", _FIN, actor("China", "CHN", "GOV"), L1, mode="assist"),
        event("ACCUSE", _NBI, _SHIP, L1, mode="allege"),
        event("ACCUSE", _NBI, _SHIP, L2, mode="allege", date="2023-10-24"),
        event("AGREE", _CHN_MFA, _FIN, L4),
        event("REQUEST", _CHN_MFA, _FIN, L4),
        event("COOPERATE", actor("Estonian prosecutors", "EST", "JUD"), _NBI, L5),
        event("ACCUSE", actor("Estonia", "EST", "GOV"), actor("China", "CHN", "GOV"), L6, mode="disapprove",
              negated=True),
        event("MOBILIZE", actor("NATO", "IGO", "IGO"), None, L7, mode="troops", location="Baltic Sea"),
        event("THREATEN", actor("Sauli Niinistö", "FIN", "GOV"), None, L8),
    ],
    "quotes": [
        quote("The Hong Kong-flagged NewNew Polar Bear had dragged its anchor along the seabed for dozens of "
              "kilometres", "National Bureau of Investigation (Finland)", "indirect"),
        quote("We are not ruling out that it was deliberate", "Risto Lohi", "direct"),
        quote("it was ready to provide information “in accordance with international law”",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("in accordance with international law", "Ministry of Foreign Affairs of China", "direct"),
        quote("Tallinn has not summoned China's ambassador", "Ministry of Foreign Affairs of Estonia", "indirect"),
        quote("that Helsinki would respond firmly if the damage proved to be intentional", "Sauli Niinistö",
              "indirect"),
    ],
    "entities": [
        entity("Finland", "GPE", "FIN", ["Finland", "Helsinki", "Finland's"]),
        entity("China", "GPE", "CHN", ["China", "Beijing", "China's"]),
        entity("Balticconnector", "LOC", None, ["the Balticconnector gas pipeline", "The pipeline"]),
        entity("National Bureau of Investigation (Finland)", "ORG", "FIN",
               ["police", "Finland's National Bureau of Investigation", "their Finnish counterparts"]),
        entity("NewNew Polar Bear", "ORG", "CHN",
               ["a Chinese container ship", "The Hong Kong-flagged NewNew Polar Bear"]),
        entity("Risto Lohi", "PER", "FIN", ["lead investigator Risto Lohi"]),
        entity("Estonian prosecutors", "ORG", "EST", ["Estonian prosecutors"]),
        entity("Estonia", "GPE", "EST", ["Tallinn", "Estonian"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["the Estonian foreign ministry"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Baltic Sea", "LOC", None, ["the Baltic Sea"]),
        entity("Sauli Niinistö", "PER", "FIN", ["Finnish President Sauli Niinistö"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
