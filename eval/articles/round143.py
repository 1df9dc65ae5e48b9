"""Round 143: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm143-de-01: Tonga's Prime Minister Siaosi Sovaleni resigns ahead of a no-confidence vote (2024-12-09).
- hm143-de-02: India's Enforcement Directorate arrests Delhi Chief Minister Arvind Kejriwal; AAP protests (2024-03-22).
- hm143-de-03: A Japanese schoolboy is stabbed to death in Shenzhen; Tokyo demands an explanation (2024-09-19).
- hm143-de-04: The NATO summit in Washington calls China a "decisive enabler" of Russia's war; Beijing objects (2024-07-11).
- hm143-en-01: A Singapore court jails former transport minister S. Iswaran for 12 months (2024-10-03).
- hm143-en-02: Chinese warships hold live-fire drills in the Tasman Sea; Australia and New Zealand complain (2025-02-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm143-de-01
SOVALENI = actor("Siaosi Sovaleni", "TON", "GOV")
TON_MPS = actor("Tongan lawmakers", "TON", "LEG")
TUPOU = actor("Tupou VI", "TON", "GOV")
TON_GOV = actor("Government of Tonga", "TON", "GOV")
CONROY = actor("Pat Conroy", "AUS", "GOV")

A1 = "Im pazifischen Königreich Tonga ist Regierungschef Siaosi Sovaleni am Montag kurz vor einem geplanten Misstrauensvotum zurückgetreten."
A2 = "Er habe König Tupou VI. sein Rücktrittsschreiben übergeben, teilte das Büro des Ministerpräsidenten in der Hauptstadt Nuku'alofa mit."
A3 = "„Ich gehe diesen Schritt, damit unser Land nicht in eine lähmende Krise stürzt“, sagte Sovaleni in einer kurzen Radioansprache."
A4 = "Eine Gruppe von Abgeordneten, darunter mehrere Vertreter des Adels, hatte in der vergangenen Woche einen Misstrauensantrag gegen Sovaleni eingebracht."
A5 = "Sie werfen ihm vor, Entwicklungsgelder intransparent verwaltet und die Autorität des Königs missachtet zu haben."
A6 = "Die Antragsteller verlangten zudem eine unabhängige Prüfung der Verwendung ausländischer Hilfsgelder."
A7 = "Parlamentspräsident Lord Fakafanua hatte die Abstimmung für Dienstag angesetzt."
A8 = "Bereits im Februar hatte der König dem Regierungschef das Vertrauen als Verteidigungs- und Außenminister entzogen und ihn aufgefordert, beide Ämter abzugeben."
A9 = "Sovaleni weigerte sich zunächst und nannte den Schritt „verfassungswidrig“, gab die Ministerien aber einige Wochen später ab."
A10 = "Bis zur Wahl eines Nachfolgers durch das Parlament führt Vize-Regierungschef Taniela Fusimalohi die Amtsgeschäfte."
A11 = "Australiens Pazifikminister Pat Conroy sagte, sein Land werde Tonga auch in der Übergangszeit ein verlässlicher Partner bleiben."

DE01 = {
    "id": "hm143-de-01", "lang": "de", "url": None, "published": "2024-12-09",
    "title": "Tongas Regierungschef Sovaleni tritt vor Misstrauensvotum zurück",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9], [A10, A11]),
    "events": [
        event("RETREAT", SOVALENI, None, A1, mode="resign", date="2024-12-09", location="Tonga", location_country="TON"),
        event("RETREAT", SOVALENI, None, A2, mode="resign", date="2024-12-09", location="Nuku'alofa", location_country="TON"),
        event("ACCUSE", TON_MPS, SOVALENI, A4, mode="disapprove"),
        event("ACCUSE", TON_MPS, SOVALENI, A5, mode="allege"),
        event("REQUEST", TON_MPS, TON_GOV, A6, mode="change"),
        event("ACCUSE", TUPOU, SOVALENI, A8, mode="disapprove"),
        event("REQUEST", TUPOU, SOVALENI, A8, mode="change"),
        event("REJECT", SOVALENI, TUPOU, A9, mode="change"),
        event("ACCUSE", SOVALENI, TUPOU, A9, mode="disapprove"),
        event("RETREAT", SOVALENI, None, A9, mode="resign"),
        event("AGREE", CONROY, TON_GOV, A11),
    ],
    "quotes": [
        quote("Er habe König Tupou VI. sein Rücktrittsschreiben übergeben", "Office of the Prime Minister of Tonga", "indirect"),
        quote("Ich gehe diesen Schritt, damit unser Land nicht in eine lähmende Krise stürzt", "Siaosi Sovaleni", "direct"),
        quote("Entwicklungsgelder intransparent verwaltet und die Autorität des Königs missachtet zu haben", "Tongan lawmakers", "indirect"),
        quote("verfassungswidrig", "Siaosi Sovaleni", "direct"),
        quote("sein Land werde Tonga auch in der Übergangszeit ein verlässlicher Partner bleiben", "Pat Conroy", "indirect"),
    ],
    "entities": [
        entity("Tonga", "GPE", "TON", ["Im pazifischen Königreich Tonga", "Tonga", "unser Land"]),
        entity("Siaosi Sovaleni", "PER", "TON", ["Regierungschef Siaosi Sovaleni", "Er", "Sovaleni", "ihm", "dem Regierungschef", "ihn"]),
        entity("Tupou VI", "PER", "TON", ["König Tupou VI.", "des Königs", "der König"]),
        entity("Office of the Prime Minister of Tonga", "ORG", "TON", ["das Büro des Ministerpräsidenten"]),
        entity("Nuku'alofa", "LOC", "TON", ["der Hauptstadt Nuku'alofa"]),
        entity("Tongan lawmakers", "ORG", "TON", ["Eine Gruppe von Abgeordneten, darunter mehrere Vertreter des Adels", "Sie", "Die Antragsteller"]),
        entity("Lord Fakafanua", "PER", "TON", ["Parlamentspräsident Lord Fakafanua"]),
        entity("Legislative Assembly of Tonga", "ORG", "TON", ["das Parlament"]),
        entity("Taniela Fusimalohi", "PER", "TON", ["Vize-Regierungschef Taniela Fusimalohi"]),
        entity("Australia", "GPE", "AUS", ["Australiens", "sein Land"]),
        entity("Pat Conroy", "PER", "AUS", ["Australiens Pazifikminister Pat Conroy"]),
    ],
}

# ---------------------------------------------------------------- hm143-de-02
ED = actor("Enforcement Directorate", "IND", "COP")
KEJRIWAL = actor("Arvind Kejriwal", "IND", "GOV")
DELHI_COURT = actor("Court in New Delhi", "IND", "JUD")
AAP = actor("Aam Aadmi Party", "IND", "PTY")
AAP_SUPPORTERS = actor("Aam Aadmi Party supporters", "IND", "PTY")
DELHI_POLICE = actor("Delhi Police", "IND", "COP")
ATISHI = actor("Atishi", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
MODI = actor("Narendra Modi", "IND", "GOV")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")

B1 = "In Indien haben Ermittler der Finanzbehörde Enforcement Directorate (ED) den Regierungschef des Hauptstadtgebiets Delhi, Arvind Kejriwal, am Donnerstagabend in seiner Residenz festgenommen."
B2 = "Die Behörde wirft dem Politiker der Aam-Aadmi-Partei (AAP) vor, im Zusammenhang mit einer inzwischen zurückgenommenen Reform des Alkoholverkaufs in der Stadt Schmiergelder angenommen zu haben."
B3 = "Kejriwal hatte zuvor neun Vorladungen der Ermittler ignoriert."
B4 = "Ein Gericht in Neu-Delhi ordnete am Freitag an, dass er bis zum 28. März in Gewahrsam der Behörde bleibt."
B5 = "Die Festnahme erfolgt wenige Wochen vor Beginn der Parlamentswahl, bei der die AAP Teil eines Oppositionsbündnisses gegen Premierminister Narendra Modi ist."
B6 = "Hunderte Anhänger der AAP protestierten am Freitag in Delhi gegen die Festnahme."
B7 = "Die Polizei löste die Kundgebung auf und nahm zahlreiche Demonstranten in Gewahrsam, darunter die Delhier Bildungsministerin Atishi."
B8 = "„Das ist eine politische Verschwörung der BJP“, rief Atishi vor Journalisten."
B9 = "Die AAP wirft der hindunationalistischen Regierungspartei von Modi vor, Oppositionspolitiker vor der Wahl mit Hilfe der Ermittlungsbehörden auszuschalten."
B10 = "Oppositionsführer Rahul Gandhi von der Kongresspartei erklärte, ein „verängstigter Diktator“ wolle eine tote Demokratie schaffen."
B11 = "Die BJP wies die Vorwürfe zurück und forderte Kejriwal auf, sein Amt niederzulegen."
B12 = "Die AAP lehnte dies ab: Kejriwal werde die Regierungsgeschäfte notfalls aus dem Gefängnis führen."

DE02 = {
    "id": "hm143-de-02", "lang": "de", "url": None, "published": "2024-03-22",
    "title": "Delhis Regierungschef Kejriwal festgenommen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12]),
    "events": [
        event("COERCE", ED, KEJRIWAL, B1, mode="arrest", date="2024-03-21", location="New Delhi", location_country="IND"),
        event("ACCUSE", ED, KEJRIWAL, B2, mode="allege"),
        event("REJECT", KEJRIWAL, ED, B3, mode="meet"),
        event("COERCE", DELHI_COURT, KEJRIWAL, B4, mode="arrest", date="2024-03-22", location="New Delhi", location_country="IND"),
        event("PROTEST", AAP_SUPPORTERS, ED, B6, mode="demo", date="2024-03-22", location="Delhi", location_country="IND"),
        event("COERCE", DELHI_POLICE, AAP_SUPPORTERS, B7, mode="arrest", date="2024-03-22", location="Delhi", location_country="IND"),
        event("COERCE", DELHI_POLICE, ATISHI, B7, mode="arrest", date="2024-03-22", location="Delhi", location_country="IND"),
        event("ACCUSE", ATISHI, BJP, B8, mode="allege"),
        event("ACCUSE", AAP, BJP, B9, mode="allege"),
        event("ACCUSE", RAHUL, MODI, B10, mode="disapprove"),
        event("REQUEST", BJP, KEJRIWAL, B11, mode="change"),
        event("REJECT", AAP, BJP, B12, mode="change"),
    ],
    "quotes": [
        quote("im Zusammenhang mit einer inzwischen zurückgenommenen Reform des Alkoholverkaufs in der Stadt Schmiergelder angenommen zu haben", "Enforcement Directorate", "indirect"),
        quote("Das ist eine politische Verschwörung der BJP", "Atishi", "direct"),
        quote("Oppositionspolitiker vor der Wahl mit Hilfe der Ermittlungsbehörden auszuschalten", "Aam Aadmi Party", "indirect"),
        quote("verängstigter Diktator", "Rahul Gandhi", "direct"),
        quote("ein „verängstigter Diktator“ wolle eine tote Demokratie schaffen", "Rahul Gandhi", "indirect"),
        quote("Kejriwal werde die Regierungsgeschäfte notfalls aus dem Gefängnis führen", "Aam Aadmi Party", "indirect"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Enforcement Directorate", "ORG", "IND", ["Ermittler der Finanzbehörde Enforcement Directorate (ED)", "Die Behörde", "der Ermittler", "der Behörde", "der Ermittlungsbehörden"]),
        entity("Arvind Kejriwal", "PER", "IND", ["den Regierungschef des Hauptstadtgebiets Delhi, Arvind Kejriwal", "seiner", "dem Politiker der Aam-Aadmi-Partei (AAP)", "Kejriwal", "er", "sein"]),
        entity("Delhi", "LOC", "IND", ["des Hauptstadtgebiets Delhi", "der Stadt", "Delhi"]),
        entity("Residence of Arvind Kejriwal", "LOC", "IND", ["seiner Residenz"]),
        entity("Aam Aadmi Party", "ORG", "IND", ["Aam-Aadmi-Partei (AAP)", "die AAP", "der AAP", "Die AAP"]),
        entity("Court in New Delhi", "ORG", "IND", ["Ein Gericht in Neu-Delhi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Opposition alliance", "ORG", "IND", ["eines Oppositionsbündnisses"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi"]),
        entity("Aam Aadmi Party supporters", "ORG", "IND", ["Hunderte Anhänger der AAP", "zahlreiche Demonstranten"]),
        entity("Delhi Police", "ORG", "IND", ["Die Polizei"]),
        entity("Atishi", "PER", "IND", ["die Delhier Bildungsministerin Atishi", "Atishi"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der BJP", "der hindunationalistischen Regierungspartei von Modi", "Die BJP"]),
        entity("Rahul Gandhi", "PER", "IND", ["Oppositionsführer Rahul Gandhi"]),
        entity("Indian National Congress", "ORG", "IND", ["der Kongresspartei"]),
    ],
}

# ---------------------------------------------------------------- hm143-de-03
SZ_ATTACKER = actor("Shenzhen knife attacker", "CHN", "CVL")
JPN_BOY = actor("Japanese schoolboy", "JPN", "CVL")
JAPAN = actor("Japan", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
SZ_POLICE = actor("Shenzhen police", "CHN", "COP")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
OKANO = actor("Masataka Okano", "JPN", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
SUZHOU_ATTACKER = actor("Suzhou knife attacker", "CHN", "CVL")
JPN_MOTHER = actor("Japanese mother", "JPN", "CVL")
JPN_CHILD = actor("Japanese child", "JPN", "CVL")

C1 = "Nach dem tödlichen Messerangriff auf einen japanischen Schüler im südchinesischen Shenzhen hat Japan von China eine umfassende Aufklärung verlangt."
C2 = "Der zehnjährige Junge war am Mittwochmorgen auf dem Weg zur Japanischen Schule der Stadt von einem Mann niedergestochen worden und erlag in der Nacht zum Donnerstag seinen Verletzungen."
C3 = "Die örtliche Polizei nahm einen 44-jährigen Verdächtigen noch am Tatort fest."
C4 = "Der Angriff ereignete sich am 18. September, einem in China politisch aufgeladenen Gedenktag."
C5 = "Ministerpräsident Fumio Kishida nannte die Tat „äußerst verabscheuungswürdig“ und forderte Peking auf, die Sicherheit japanischer Staatsbürger in China zu gewährleisten."
C6 = "Vize-Außenminister Masataka Okano bestellte den chinesischen Botschafter Wu Jianghao ein und verlangte eine Erklärung zum Motiv des Täters."
C7 = "Außenministerin Yoko Kamikawa sagte, Tokio erwarte, dass die chinesischen Behörden den Fall rasch und transparent aufklärten."
C8 = "Der Sprecher des chinesischen Außenministeriums, Lin Jian, sprach von einem „bedauerlichen Einzelfall“."
C9 = "China werde den Fall nach Recht und Gesetz behandeln und sei bereit, die Kommunikation mit Japan aufrechtzuerhalten, sagte er."
C10 = "Zugleich wandte er sich gegen Versuche, den Vorfall zu „politisieren“."
C11 = "Bereits im Juni waren in Suzhou eine japanische Mutter und ihr Kind an einer Bushaltestelle von einem Mann mit einem Messer verletzt worden."
C12 = "Japanische Unternehmen in China kündigten an, ihre Sicherheitsvorkehrungen zu verstärken."

DE03 = {
    "id": "hm143-de-03", "lang": "de", "url": None, "published": "2024-09-19",
    "title": "Japan verlangt nach tödlichem Angriff auf Schüler Aufklärung von China",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10], [C11, C12]),
    "events": [
        event("ASSAULT", SZ_ATTACKER, JPN_BOY, C1, mode="primitive", date="2024-09-18", location="Shenzhen", location_country="CHN"),
        event("REQUEST", JAPAN, CHINA, C1),
        event("ASSAULT", SZ_ATTACKER, JPN_BOY, C2, mode="primitive", date="2024-09-18", location="Shenzhen", location_country="CHN"),
        event("COERCE", SZ_POLICE, SZ_ATTACKER, C3, mode="arrest", date="2024-09-18", location="Shenzhen", location_country="CHN"),
        event("ACCUSE", KISHIDA, SZ_ATTACKER, C5, mode="disapprove"),
        event("REQUEST", KISHIDA, CHINA, C5),
        event("ACCUSE", OKANO, CHINA, C6, mode="disapprove"),
        event("REQUEST", OKANO, CHINA, C6),
        event("REQUEST", KAMIKAWA, CHINA, C7),
        event("CONCEDE", LIN_JIAN, JAPAN, C8),
        event("AGREE", LIN_JIAN, JAPAN, C9),
        event("ACCUSE", LIN_JIAN, None, C10, mode="disapprove"),
        event("ASSAULT", SUZHOU_ATTACKER, JPN_MOTHER, C11, mode="primitive", location="Suzhou", location_country="CHN"),
        event("ASSAULT", SUZHOU_ATTACKER, JPN_CHILD, C11, mode="primitive", location="Suzhou", location_country="CHN"),
    ],
    "quotes": [
        quote("äußerst verabscheuungswürdig", "Fumio Kishida", "direct"),
        quote("Tokio erwarte, dass die chinesischen Behörden den Fall rasch und transparent aufklärten", "Yoko Kamikawa", "indirect"),
        quote("bedauerlichen Einzelfall", "Lin Jian", "direct"),
        quote("China werde den Fall nach Recht und Gesetz behandeln und sei bereit, die Kommunikation mit Japan aufrechtzuerhalten", "Lin Jian", "indirect"),
        quote("politisieren", "Lin Jian", "direct"),
    ],
    "entities": [
        entity("Japanese schoolboy", "PER", "JPN", ["einen japanischen Schüler", "Der zehnjährige Junge", "seinen"]),
        entity("Shenzhen", "LOC", "CHN", ["Shenzhen", "der Stadt"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokio"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Shenzhen Japanese School", "ORG", "JPN", ["Japanischen Schule der Stadt"]),
        entity("Shenzhen knife attacker", "PER", "CHN", ["einem Mann", "einen 44-jährigen Verdächtigen", "des Täters"]),
        entity("Shenzhen police", "ORG", "CHN", ["Die örtliche Polizei"]),
        entity("crime scene", "LOC", "CHN", ["Tatort"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida"]),
        entity("Japanese citizens in China", "ORG", "JPN", ["japanischer Staatsbürger in China"]),
        entity("Masataka Okano", "PER", "JPN", ["Vize-Außenminister Masataka Okano"]),
        entity("Wu Jianghao", "PER", "CHN", ["den chinesischen Botschafter Wu Jianghao"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Außenministerin Yoko Kamikawa"]),
        entity("Chinese authorities", "ORG", "CHN", ["die chinesischen Behörden"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Lin Jian", "PER", "CHN", ["Der Sprecher des chinesischen Außenministeriums, Lin Jian", "er"]),
        entity("Suzhou", "LOC", "CHN", ["Suzhou"]),
        entity("Japanese mother", "PER", "JPN", ["eine japanische Mutter"]),
        entity("Japanese child", "PER", "JPN", ["ihr Kind"]),
        entity("bus stop in Suzhou", "LOC", "CHN", ["einer Bushaltestelle"]),
        entity("Suzhou knife attacker", "PER", "CHN", ["einem Mann mit einem Messer"]),
        entity("Japanese companies in China", "ORG", "JPN", ["Japanische Unternehmen in China"]),
    ],
}

# ---------------------------------------------------------------- hm143-de-04
NATO = actor("NATO", "IGO", "IGO")
UKRAINE = actor("Ukraine", "UKR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
DENMARK = actor("Denmark", "DNK", "GOV")
NETHERLANDS = actor("Netherlands", "NLD", "GOV")
CHN_EU_MISSION = actor("Mission of China to the European Union", "CHN", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")

D1 = "Die Nato hat China bei ihrem Gipfel in Washington am Mittwoch erstmals als „entscheidenden Unterstützer“ des russischen Angriffskriegs gegen die Ukraine bezeichnet."
D2 = "In der Abschlusserklärung der 32 Mitgliedstaaten heißt es, Peking ermögliche Moskau durch die Lieferung von Bauteilen und Technologie mit doppeltem Verwendungszweck den Ausbau seiner Rüstungsindustrie."
D3 = "Auch dem Iran und Nordkorea werfen die Staats- und Regierungschefs vor, Russland mit Drohnen und Munition zu beliefern."
D4 = "Der Ukraine sagten die Verbündeten für das kommende Jahr Militärhilfe im Umfang von mindestens 40 Milliarden Euro zu."
D5 = "Nach Angaben von US-Außenminister Antony Blinken sind die ersten F-16-Kampfjets aus Dänemark und den Niederlanden bereits auf dem Weg in die Ukraine."
D6 = "Peking wies die Vorwürfe am Donnerstag scharf zurück."
D7 = "Außenamtssprecher Lin Jian warf der Allianz vor, mit einer „Kalter-Kriegs-Mentalität“ Spannungen zu schüren und die Verantwortung für den Krieg auf China abzuwälzen."
D8 = "Die Nato solle aufhören, China zu verleumden, und sich nicht in Asien einmischen, forderte er."
D9 = "Chinas Vertretung bei der Europäischen Union nannte die Erklärung „voller Lügen“ und kündigte an, formell Protest einzulegen."
D10 = "Nato-Generalsekretär Jens Stoltenberg sagte, China könne nicht gute Beziehungen zum Westen wollen und zugleich „den größten Krieg in Europa seit dem Zweiten Weltkrieg befeuern“."
D11 = "Der ukrainische Präsident Wolodymyr Selenskyj dankte den Verbündeten, verlangte aber zusätzliche Luftabwehrsysteme und eine Aufhebung der Beschränkungen für Angriffe auf militärische Ziele in Russland."
D12 = "US-Präsident Joe Biden empfing Selenskyj am Rande des Gipfels zu einem Gespräch."

DE04 = {
    "id": "hm143-de-04", "lang": "de", "url": None, "published": "2024-07-11",
    "title": "Nato nennt China „entscheidenden Unterstützer“ Russlands – Peking empört",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12]),
    "events": [
        event("ACCUSE", NATO, CHINA, D1, mode="allege", date="2024-07-10", location="Washington", location_country="USA"),
        event("ACCUSE", NATO, CHINA, D2, mode="allege", date="2024-07-10", location="Washington", location_country="USA"),
        event("ACCUSE", NATO, IRAN, D3, mode="allege", date="2024-07-10", location="Washington", location_country="USA"),
        event("ACCUSE", NATO, PRK, D3, mode="allege", date="2024-07-10", location="Washington", location_country="USA"),
        event("AGREE", NATO, UKRAINE, D4, date="2024-07-10", location="Washington", location_country="USA"),
        event("AID", DENMARK, UKRAINE, D5),
        event("AID", NETHERLANDS, UKRAINE, D5),
        event("ACCUSE", LIN_JIAN, NATO, D7, mode="disapprove", date="2024-07-11"),
        event("REQUEST", LIN_JIAN, NATO, D8, mode="change", date="2024-07-11"),
        event("ACCUSE", CHN_EU_MISSION, NATO, D9, mode="disapprove"),
        event("ACCUSE", STOLTENBERG, CHINA, D10, mode="allege"),
        event("SUPPORT", ZELENSKY, NATO, D11),
        event("REQUEST", ZELENSKY, NATO, D11, mode="assist"),
        event("CONSULT", ZELENSKY, BIDEN, D12, mode="visit", location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("entscheidenden Unterstützer", "NATO", "direct"),
        quote("Peking ermögliche Moskau durch die Lieferung von Bauteilen und Technologie mit doppeltem Verwendungszweck den Ausbau seiner Rüstungsindustrie", "NATO", "indirect"),
        quote("Russland mit Drohnen und Munition zu beliefern", "NATO", "indirect"),
        quote("sind die ersten F-16-Kampfjets aus Dänemark und den Niederlanden bereits auf dem Weg in die Ukraine", "Antony Blinken", "indirect"),
        quote("Kalter-Kriegs-Mentalität", "Lin Jian", "direct"),
        quote("mit einer „Kalter-Kriegs-Mentalität“ Spannungen zu schüren und die Verantwortung für den Krieg auf China abzuwälzen", "Lin Jian", "indirect"),
        quote("Die Nato solle aufhören, China zu verleumden, und sich nicht in Asien einmischen", "Lin Jian", "indirect"),
        quote("voller Lügen", "Mission of China to the European Union", "direct"),
        quote("den größten Krieg in Europa seit dem Zweiten Weltkrieg befeuern", "Jens Stoltenberg", "direct"),
        quote("China könne nicht gute Beziehungen zum Westen wollen und zugleich „den größten Krieg in Europa seit dem Zweiten Weltkrieg befeuern“", "Jens Stoltenberg", "indirect"),
    ],
    "entities": [
        entity("NATO", "ORG", "IGO", ["Die Nato", "ihrem", "der Allianz", "Nato"]),
        entity("China", "GPE", "CHN", ["China", "Peking", "Chinas"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Der Ukraine"]),
        entity("NATO member states", "ORG", "IGO", ["der 32 Mitgliedstaaten", "die Staats- und Regierungschefs", "die Verbündeten", "den Verbündeten"]),
        entity("Iran", "GPE", "IRN", ["dem Iran"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea"]),
        entity("United States", "GPE", "USA", ["US"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
        entity("Denmark", "GPE", "DNK", ["Dänemark"]),
        entity("Netherlands", "GPE", "NLD", ["den Niederlanden"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian", "er"]),
        entity("Asia", "LOC", None, ["Asien"]),
        entity("Mission of China to the European Union", "ORG", "CHN", ["Chinas Vertretung bei der Europäischen Union"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["Nato-Generalsekretär Jens Stoltenberg"]),
        entity("the West", "LOC", None, ["Westen"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm143-en-01
SG_COURT = actor("High Court of Singapore", "SGP", "JUD")
ISWARAN = actor("S. Iswaran", "SGP", "GOV")
SG_PROSECUTORS = actor("Singapore prosecutors", "SGP", "JUD")
ISWARAN_LAWYERS = actor("Iswaran's lawyers", "SGP", "CVL")
SINGAPOREANS = actor("Singaporeans", "SGP", "CVL")
SG_POLICE = actor("Singapore Police Force", "SGP", "COP")
ONG = actor("Ong Beng Seng", "MYS", "BUS")
CPIB = actor("Corrupt Practices Investigation Bureau", "SGP", "COP")
WP = actor("Workers' Party", "SGP", "OPP")
SG_GOV = actor("Government of Singapore", "SGP", "GOV")

E1 = "A Singapore court sentenced former transport minister S. Iswaran to 12 months in prison on Thursday, the first time a cabinet minister in the city-state has been jailed in nearly five decades."
E2 = "Iswaran, 62, pleaded guilty last month to four charges of obtaining valuable items as a public servant and one charge of obstructing the course of justice."
E3 = "The gifts, worth more than S$400,000 ($311,000), included tickets to Formula One races and London musicals as well as a flight on a private jet, according to prosecutors."
E4 = "Prosecutors had asked for six to seven months in jail, while Iswaran's lawyers argued for no more than eight weeks."
E5 = "Justice Vincent Hoong said a longer sentence was needed because such conduct by a minister risked eroding public trust in the government."
E6 = "\"I accept full responsibility for my actions and I apologise to Singaporeans,\" Iswaran said in a statement after the hearing."
E7 = "He said he would not appeal and would begin serving his sentence on Monday."
E8 = "Iswaran resigned from the cabinet and parliament in January, days after he was charged."
E9 = "Police said on Thursday that Ong Beng Seng, the Malaysian hotel tycoon who brought Formula One to Singapore and supplied many of the gifts, would be charged on Friday with abetting Iswaran."
E10 = "Ong was questioned by anti-graft investigators last year and had his passport impounded."
E11 = "The opposition Workers' Party said the case should prompt a review of the rules governing gifts to ministers."

EN01 = {
    "id": "hm143-en-01", "lang": "en", "url": None, "published": "2024-10-03",
    "title": "Singapore jails former minister Iswaran for 12 months",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7, E8], [E9, E10, E11]),
    "events": [
        event("SANCTION", SG_COURT, ISWARAN, E1, mode="convict", date="2024-10-03", location="Singapore", location_country="SGP"),
        event("COERCE", SG_COURT, ISWARAN, E1, mode="arrest", date="2024-10-03", location="Singapore", location_country="SGP"),
        event("CONCEDE", ISWARAN, None, E2),
        event("REQUEST", SG_PROSECUTORS, SG_COURT, E4),
        event("REQUEST", ISWARAN_LAWYERS, SG_COURT, E4),
        event("CONCEDE", ISWARAN, SINGAPOREANS, E6, date="2024-10-03"),
        event("RETREAT", ISWARAN, None, E8, mode="resign"),
        event("ACCUSE", SG_POLICE, ONG, E9, mode="allege", date="2024-10-03"),
        event("ACCUSE", CPIB, ONG, E10, mode="investigate"),
        event("COERCE", CPIB, ONG, E10, mode="seize"),
        event("REQUEST", WP, SG_GOV, E11, mode="change"),
    ],
    "quotes": [
        quote("The gifts, worth more than S$400,000 ($311,000), included tickets to Formula One races and London musicals as well as a flight on a private jet", "Singapore prosecutors", "indirect"),
        quote("a longer sentence was needed because such conduct by a minister risked eroding public trust in the government", "Vincent Hoong", "indirect"),
        quote("I accept full responsibility for my actions and I apologise to Singaporeans", "S. Iswaran", "direct"),
        quote("he would not appeal and would begin serving his sentence on Monday", "S. Iswaran", "indirect"),
        quote("Ong Beng Seng, the Malaysian hotel tycoon who brought Formula One to Singapore and supplied many of the gifts, would be charged on Friday with abetting Iswaran", "Singapore Police Force", "indirect"),
        quote("the case should prompt a review of the rules governing gifts to ministers", "Workers' Party", "indirect"),
    ],
    "entities": [
        entity("Singapore", "GPE", "SGP", ["Singapore", "the city-state"]),
        entity("High Court of Singapore", "ORG", "SGP", ["A Singapore court"]),
        entity("S. Iswaran", "PER", "SGP", ["former transport minister S. Iswaran", "Iswaran", "He", "he", "his"]),
        entity("Formula One", "ORG", None, ["Formula One"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Singapore prosecutors", "ORG", "SGP", ["prosecutors", "Prosecutors"]),
        entity("Iswaran's lawyers", "ORG", "SGP", ["Iswaran's lawyers"]),
        entity("Vincent Hoong", "PER", "SGP", ["Justice Vincent Hoong"]),
        entity("Government of Singapore", "ORG", "SGP", ["the government"]),
        entity("Singaporeans", "ORG", "SGP", ["Singaporeans"]),
        entity("Cabinet of Singapore", "ORG", "SGP", ["the cabinet"]),
        entity("Parliament of Singapore", "ORG", "SGP", ["parliament"]),
        entity("Singapore Police Force", "ORG", "SGP", ["Police"]),
        entity("Ong Beng Seng", "PER", "MYS", ["Ong Beng Seng, the Malaysian hotel tycoon who brought Formula One to Singapore and supplied many of the gifts", "Ong"]),
        entity("Corrupt Practices Investigation Bureau", "ORG", "SGP", ["anti-graft investigators"]),
        entity("Workers' Party", "ORG", "SGP", ["The opposition Workers' Party"]),
    ],
}

# ---------------------------------------------------------------- hm143-en-02
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
NZL_GOV = actor("Government of New Zealand", "NZL", "GOV")
MARLES = actor("Richard Marles", "AUS", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PENNY_WONG = actor("Penny Wong", "AUS", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
COLLINS = actor("Judith Collins", "NZL", "GOV")
ADF = actor("Australian Defence Force", "AUS", "MIL")
NZDF = actor("New Zealand Defence Force", "NZL", "MIL")
GUO = actor("Guo Jiakun", "CHN", "GOV")
AUSTRALIA = actor("Australia", "AUS", "GOV")

F1 = "Chinese warships held live-fire drills in the Tasman Sea between Australia and New Zealand on Friday, forcing airlines to divert flights and drawing complaints from both governments."
F2 = "The three-ship task group, made up of a cruiser, a frigate and a supply vessel, broadcast a warning to aircraft only hours before the firing began, Australian officials said."
F3 = "Defence Minister Richard Marles said China had given no formal notice to Canberra, which learned of the exercise from a Virgin Australia pilot who picked up the broadcast."
F4 = "\"It is unusual, and it is not good practice, to conduct an exercise like this with so little warning,\" Prime Minister Anthony Albanese told reporters in Sydney."
F5 = "Foreign Minister Penny Wong raised Canberra's concerns with her Chinese counterpart Wang Yi on the sidelines of a G20 foreign ministers' meeting in Johannesburg, her office said."
F6 = "New Zealand Defence Minister Judith Collins said Wellington expected China to give adequate notice of any future drills and urged Beijing to be transparent about the flotilla's intentions."
F7 = "An Australian frigate and a surveillance aircraft, along with a New Zealand navy ship, have been shadowing the flotilla since it sailed down Australia's east coast last week."
F8 = "China's defence ministry said the drills had been conducted in a \"safe, standard and professional\" manner and complied with international law."
F9 = "Foreign ministry spokesperson Guo Jiakun accused Canberra of \"hyping\" the exercise and urged Australia to view China's military activities objectively."
F10 = "Virgin Australia said several trans-Tasman flights had been rerouted on Friday, while Air New Zealand and Qantas adjusted flight paths as a precaution."

EN02 = {
    "id": "hm143-en-02", "lang": "en", "url": None, "published": "2025-02-22",
    "title": "Chinese live-fire drills in Tasman Sea divert flights, anger Australia and New Zealand",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("MOBILIZE", PLAN, None, F1, mode="weapons", date="2025-02-21", location="Tasman Sea"),
        event("ACCUSE", AUS_GOV, CHINA, F1, mode="disapprove", date="2025-02-21"),
        event("ACCUSE", NZL_GOV, CHINA, F1, mode="disapprove", date="2025-02-21"),
        event("ACCUSE", MARLES, CHINA, F3, mode="disapprove"),
        event("ACCUSE", ALBANESE, CHINA, F4, mode="disapprove", location="Sydney", location_country="AUS"),
        event("CONSULT", PENNY_WONG, WANG_YI, F5, mode="third-party", location="Johannesburg", location_country="ZAF"),
        event("ACCUSE", PENNY_WONG, WANG_YI, F5, mode="disapprove", location="Johannesburg", location_country="ZAF"),
        event("REQUEST", COLLINS, CHINA, F6, mode="change"),
        event("MOBILIZE", ADF, PLAN, F7, mode="weapons"),
        event("MOBILIZE", NZDF, PLAN, F7, mode="weapons"),
        event("ACCUSE", GUO, AUSTRALIA, F9, mode="disapprove"),
        event("REQUEST", GUO, AUSTRALIA, F9, mode="change"),
    ],
    "quotes": [
        quote("The three-ship task group, made up of a cruiser, a frigate and a supply vessel, broadcast a warning to aircraft only hours before the firing began", "Australian officials", "indirect"),
        quote("China had given no formal notice to Canberra, which learned of the exercise from a Virgin Australia pilot who picked up the broadcast", "Richard Marles", "indirect"),
        quote("It is unusual, and it is not good practice, to conduct an exercise like this with so little warning", "Anthony Albanese", "direct"),
        quote("Foreign Minister Penny Wong raised Canberra's concerns with her Chinese counterpart Wang Yi on the sidelines of a G20 foreign ministers' meeting in Johannesburg", "Office of the Foreign Minister of Australia", "indirect"),
        quote("Wellington expected China to give adequate notice of any future drills", "Judith Collins", "indirect"),
        quote("safe, standard and professional", "Ministry of National Defense of China", "direct"),
        quote("the drills had been conducted in a \"safe, standard and professional\" manner and complied with international law", "Ministry of National Defense of China", "indirect"),
        quote("hyping", "Guo Jiakun", "direct"),
        quote("several trans-Tasman flights had been rerouted on Friday", "Virgin Australia", "indirect"),
    ],
    "entities": [
        entity("People's Liberation Army Navy", "ORG", "CHN", ["Chinese warships", "The three-ship task group", "the flotilla", "it"]),
        entity("Tasman Sea", "LOC", None, ["the Tasman Sea"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("airlines", "ORG", None, ["airlines"]),
        entity("Governments of Australia and New Zealand", "ORG", None, ["both governments"]),
        entity("Australian officials", "ORG", "AUS", ["Australian officials"]),
        entity("Richard Marles", "PER", "AUS", ["Defence Minister Richard Marles"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Virgin Australia", "ORG", "AUS", ["Virgin Australia"]),
        entity("Virgin Australia pilot", "PER", "AUS", ["a Virgin Australia pilot who picked up the broadcast"]),
        entity("Anthony Albanese", "PER", "AUS", ["Prime Minister Anthony Albanese"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Sydney", "LOC", "AUS", ["Sydney"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong", "her"]),
        entity("Wang Yi", "PER", "CHN", ["her Chinese counterpart Wang Yi"]),
        entity("G20", "ORG", "IGO", ["G20"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Office of the Foreign Minister of Australia", "ORG", "AUS", ["her office"]),
        entity("Judith Collins", "PER", "NZL", ["New Zealand Defence Minister Judith Collins"]),
        entity("Australian Defence Force", "ORG", "AUS", ["An Australian frigate", "a surveillance aircraft"]),
        entity("Royal New Zealand Navy", "ORG", "NZL", ["a New Zealand navy ship"]),
        entity("east coast of Australia", "LOC", "AUS", ["Australia's east coast"]),
        entity("Ministry of National Defense of China", "ORG", "CHN", ["China's defence ministry"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign ministry"]),
        entity("Guo Jiakun", "PER", "CHN", ["Foreign ministry spokesperson Guo Jiakun"]),
        entity("Air New Zealand", "ORG", "NZL", ["Air New Zealand"]),
        entity("Qantas", "ORG", "AUS", ["Qantas"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
