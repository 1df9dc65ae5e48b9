"""Round 45: six invented wire-style articles (4 German, 2 English), written blind.

Stories (2024-2025, invented details around real settings):
- hm45-de-01: Mexico's López Obrador "pauses" relations with the US and Canadian embassies over
  their criticism of the judicial reform (2024-08-27).
- hm45-de-02: An ECOWAS mediation mission leaves Guinea-Bissau after a threat by Embaló; opposition
  protests in Bissau (2025-03-02).
- hm45-de-03: Japan demands an explanation from China after a Japanese schoolboy is stabbed in
  Shenzhen (2024-09-19).
- hm45-de-04: Russian missile strikes on Ukrainian cities hit Kyiv's Okhmatdyt children's hospital
  (2024-07-08).
- hm45-en-01: Hezbollah vows retaliation after pager explosions across Lebanon (2024-09-18).
- hm45-en-02: Australia and Papua New Guinea sign the Pukpuk mutual defence treaty in Canberra
  (2025-10-06).

Events are invented (plausible, not reported facts). Annotation follows
../shared/data/articles/CONVENTIONS.md and the judgement calls in README.md.
"""
from __future__ import annotations

from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm45-de-01: Mexico pauses relations with the US and Canadian embassies
# ---------------------------------------------------------------------------
DE1 = [
    "Mexikos Präsident Andrés Manuel López Obrador hat die Beziehungen zu den Botschaften der USA und Kanadas auf Eis gelegt.",
    "Er warf den Botschaftern Ken Salazar und Graeme Clark am Dienstag vor, sich mit ihrer Kritik an der geplanten Justizreform in innere Angelegenheiten Mexikos einzumischen.",
    "„Die Botschafter müssen die Souveränität unseres Landes respektieren“, sagte der Staatschef bei seiner morgendlichen Pressekonferenz im Nationalpalast.",
    "Salazar hatte vergangene Woche gewarnt, die Direktwahl von Richtern gefährde die Demokratie und den Handel zwischen beiden Ländern.",
    "Die Reform sieht vor, dass Richter künftig vom Volk gewählt werden.",
    "Das US-Außenministerium nannte die Entscheidung bedauerlich, rief seinen Botschafter aber nicht zurück.",
    "Kanadas Außenministerin Mélanie Joly sagte, Ottawa werde weiter eng mit der mexikanischen Regierung zusammenarbeiten.",
    "Unterdessen legten Tausende Justizangestellte aus Protest gegen die Reform die Arbeit nieder.",
    "Studenten blockierten zudem Zufahrten zum Abgeordnetenhaus, wie die Polizei mitteilte.",
    "Die Regierungspartei Morena will die Reform noch vor Ende September durch den Kongress bringen.",
]
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
SALAZAR = actor("Ken Salazar", "USA", "GOV")
CLARK = actor("Graeme Clark", "CAN", "GOV")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
D1 = "2024-08-27"

ART_DE1 = {
    "id": "hm45-de-01",
    "lang": "de",
    "url": None,
    "published": D1,
    "title": "López Obrador legt Beziehungen zu Botschaften der USA und Kanadas auf Eis",
    "text": paragraphs(DE1[0:3], DE1[3:7], DE1[7:10]),
    "events": [
        event("SANCTION", AMLO, actor("United States", "USA", "GOV"), DE1[0], mode="discontinue", date=D1),
        event("SANCTION", AMLO, actor("Canada", "CAN", "GOV"), DE1[0], mode="discontinue", date=D1),
        event("ACCUSE", AMLO, SALAZAR, DE1[1], mode="disapprove", date=D1),
        event("ACCUSE", AMLO, CLARK, DE1[1], mode="disapprove", date=D1),
        event("REQUEST", AMLO, SALAZAR, DE1[2], mode="change", date=D1, location="National Palace",
              location_country="MEX"),
        event("REQUEST", AMLO, CLARK, DE1[2], mode="change", date=D1, location="National Palace",
              location_country="MEX"),
        event("ACCUSE", SALAZAR, MEX_GOV, DE1[3], mode="disapprove"),
        event("ACCUSE", actor("US Department of State", "USA", "GOV"), MEX_GOV, DE1[5], mode="disapprove"),
        event("SANCTION", actor("US Department of State", "USA", "GOV"), MEX_GOV, DE1[5], mode="withdraw",
              negated=True),
        event("AGREE", actor("Mélanie Joly", "CAN", "GOV"), MEX_GOV, DE1[6]),
        event("PROTEST", actor("Mexican judicial employees", "MEX", "LAB"), MEX_GOV, DE1[7], mode="strike"),
        event("PROTEST", actor("Mexican students", "MEX", "CVL"), actor("Chamber of Deputies of Mexico", "MEX", "LEG"),
              DE1[8], mode="obstruct"),
    ],
    "quotes": [
        quote("sich mit ihrer Kritik an der geplanten Justizreform in innere Angelegenheiten Mexikos einzumischen",
              "Andrés Manuel López Obrador", "indirect"),
        quote("Die Botschafter müssen die Souveränität unseres Landes respektieren", "Andrés Manuel López Obrador",
              "direct"),
        quote("die Direktwahl von Richtern gefährde die Demokratie und den Handel zwischen beiden Ländern",
              "Ken Salazar", "indirect"),
        quote("Ottawa werde weiter eng mit der mexikanischen Regierung zusammenarbeiten", "Mélanie Joly", "indirect"),
        quote("Studenten blockierten zudem Zufahrten zum Abgeordnetenhaus", "Mexican police", "indirect"),
    ],
    "entities": [
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Mexikos Präsident Andrés Manuel López Obrador", "Er", "der Staatschef"]),
        entity("Mexico", "GPE", "MEX", ["Mexikos"]),
        entity("United States", "GPE", "USA", ["USA"]),
        entity("Canada", "GPE", "CAN", ["Kanadas", "Ottawa"]),
        entity("Ken Salazar", "PER", "USA", ["Ken Salazar", "Salazar"]),
        entity("Graeme Clark", "PER", "CAN", ["Graeme Clark"]),
        entity("National Palace", "LOC", "MEX", ["Nationalpalast"]),
        entity("US Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Mélanie Joly", "PER", "CAN", ["Kanadas Außenministerin Mélanie Joly"]),
        entity("Government of Mexico", "ORG", "MEX", ["der mexikanischen Regierung"]),
        entity("Mexican judicial employees", "PER", "MEX", ["Tausende Justizangestellte"]),
        entity("Mexican students", "PER", "MEX", ["Studenten"]),
        entity("Chamber of Deputies of Mexico", "ORG", "MEX", ["Abgeordnetenhaus"]),
        entity("Mexican police", "ORG", "MEX", ["die Polizei"]),
        entity("Morena", "ORG", "MEX", ["Die Regierungspartei Morena"]),
        entity("Congress of Mexico", "ORG", "MEX", ["den Kongress"]),
    ],
}

# ---------------------------------------------------------------------------
# hm45-de-02: ECOWAS mission leaves Guinea-Bissau
# ---------------------------------------------------------------------------
DE2 = [
    "Eine Vermittlungsmission der westafrikanischen Staatengemeinschaft Ecowas hat Guinea-Bissau nach einer Drohung von Präsident Umaro Sissoco Embaló vorzeitig verlassen.",
    "Die Delegation sei am Samstag aus der Hauptstadt Bissau abgereist, teilte die Ecowas mit.",
    "Sie hatte seit einer Woche mit der Regierung über einen Termin für die Präsidentenwahl beraten.",
    "Embaló lehnte ihren Vorschlag ab, die Wahl noch vor dem Sommer abzuhalten.",
    "»Diese Mission hat ihr Mandat überschritten«, sagte er vor Journalisten.",
    "Die Opposition wirft dem Präsidenten vor, seine Amtszeit sei bereits am 27. Februar abgelaufen.",
    "In Bissau gingen am Freitag Hunderte ihrer Anhänger auf die Straße, die Polizei setzte Tränengas ein und nahm mehrere Menschen fest.",
    "Die Ecowas-Kommission rief »alle Akteure« zur Zurückhaltung auf.",
    "Guinea-Bissau hat seit der Unabhängigkeit 1974 zahlreiche Putsche und Putschversuche erlebt.",
]
ECOWAS = actor("ECOWAS", "IGO", "IGO")
EMBALO = actor("Umaro Sissoco Embaló", "GNB", "GOV")
GNB = actor("Guinea-Bissau", "GNB", "GOV")
GNB_POLICE = actor("Police of Guinea-Bissau", "GNB", "COP")
GNB_PROTESTERS = actor("Opposition supporters in Guinea-Bissau", "GNB", "OPP")
D2_SAT = "2025-03-01"
D2_FRI = "2025-02-28"

ART_DE2 = {
    "id": "hm45-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-03-02",
    "title": "Ecowas-Mission verlässt Guinea-Bissau nach Drohung Embalós",
    "text": paragraphs(DE2[0:3], DE2[3:6], DE2[6:9]),
    "events": [
        event("RETREAT", ECOWAS, GNB, DE2[0], mode="withdraw", date=D2_SAT),
        event("THREATEN", EMBALO, ECOWAS, DE2[0]),
        event("RETREAT", ECOWAS, GNB, DE2[1], mode="withdraw", date=D2_SAT, location="Bissau",
              location_country="GNB"),
        event("CONSULT", ECOWAS, actor("Government of Guinea-Bissau", "GNB", "GOV"), DE2[2]),
        event("REJECT", EMBALO, ECOWAS, DE2[3]),
        event("ACCUSE", EMBALO, ECOWAS, DE2[4], mode="disapprove"),
        event("ACCUSE", actor("Opposition of Guinea-Bissau", "GNB", "OPP"), EMBALO, DE2[5], mode="disapprove"),
        event("PROTEST", GNB_PROTESTERS, EMBALO, DE2[6], mode="demo", date=D2_FRI, location="Bissau",
              location_country="GNB"),
        event("ASSAULT", GNB_POLICE, GNB_PROTESTERS, DE2[6], mode="crowd-control", date=D2_FRI, location="Bissau",
              location_country="GNB"),
        event("COERCE", GNB_POLICE, GNB_PROTESTERS, DE2[6], mode="arrest", date=D2_FRI, location="Bissau",
              location_country="GNB"),
        event("REQUEST", actor("ECOWAS Commission", "IGO", "IGO"), None, DE2[7]),
    ],
    "quotes": [
        quote("Die Delegation sei am Samstag aus der Hauptstadt Bissau abgereist", "ECOWAS", "indirect"),
        quote("Diese Mission hat ihr Mandat überschritten", "Umaro Sissoco Embaló", "direct"),
        quote("seine Amtszeit sei bereits am 27. Februar abgelaufen", "Opposition of Guinea-Bissau", "indirect"),
        quote("alle Akteure", "ECOWAS Commission", "direct"),
    ],
    "entities": [
        entity("ECOWAS", "ORG", "IGO", ["der westafrikanischen Staatengemeinschaft Ecowas", "die Ecowas"]),
        entity("ECOWAS mediation mission", "ORG", "IGO",
               ["Eine Vermittlungsmission", "Die Delegation", "Sie", "Diese Mission"]),
        entity("Guinea-Bissau", "GPE", "GNB", ["Guinea-Bissau"]),
        entity("Umaro Sissoco Embaló", "PER", "GNB",
               ["Präsident Umaro Sissoco Embaló", "Embaló", "er", "dem Präsidenten"]),
        entity("Bissau", "LOC", "GNB", ["der Hauptstadt Bissau", "In Bissau"]),
        entity("Government of Guinea-Bissau", "ORG", "GNB", ["der Regierung"]),
        entity("Opposition of Guinea-Bissau", "ORG", "GNB", ["Die Opposition"]),
        entity("Opposition supporters in Guinea-Bissau", "PER", "GNB", ["Hunderte ihrer Anhänger"]),
        entity("Police of Guinea-Bissau", "ORG", "GNB", ["die Polizei"]),
        entity("ECOWAS Commission", "ORG", "IGO", ["Die Ecowas-Kommission"]),
    ],
}

# ---------------------------------------------------------------------------
# hm45-de-03: Japanese schoolboy stabbed in Shenzhen
# ---------------------------------------------------------------------------
DE3 = [
    "Nach dem tödlichen Messerangriff auf einen japanischen Schüler in der südchinesischen Metropole Shenzhen hat Tokio von Peking eine Erklärung verlangt.",
    "Der zehnjährige Junge war am Mittwoch auf dem Weg zur japanischen Schule von einem Mann niedergestochen worden und in der Nacht seinen Verletzungen erlegen.",
    "Die Polizei nahm einen 44-jährigen Verdächtigen noch am Tatort fest, wie die Stadtverwaltung mitteilte.",
    "Ministerpräsident Fumio Kishida nannte die Tat am Donnerstag »ein äußerst verabscheuungswürdiges Verbrechen«.",
    "Er forderte die chinesische Regierung auf, den Fall rasch aufzuklären und die Sicherheit japanischer Bürger zu gewährleisten.",
    "Vizeaußenminister Masataka Okano bestellte den chinesischen Botschafter Wu Jianghao ein.",
    "Außenministerin Yoko Kamikawa verlangte in einem Telefonat mit ihrem Amtskollegen Wang Yi, „die Hintergründe vollständig offenzulegen“.",
    "Außenamtssprecher Lin Jian sprach in Peking von einem »Einzelfall«.",
    "China sei bereit, mit Japan bei der Aufklärung zusammenzuarbeiten, sagte er.",
    "Bereits im Juni waren in der Stadt Suzhou eine Japanerin und ihr Kind bei einem Messerangriff verletzt worden.",
]
ATTACKER = actor("Suspect in the Shenzhen stabbing", "CHN", "CVL")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
D3_WED = "2024-09-18"
D3_THU = "2024-09-19"

ART_DE3 = {
    "id": "hm45-de-03",
    "lang": "de",
    "url": None,
    "published": D3_THU,
    "title": "Tokio verlangt nach Messerangriff in Shenzhen Erklärung von Peking",
    "text": paragraphs(DE3[0:3], DE3[3:7], DE3[7:10]),
    "events": [
        event("REQUEST", actor("Japan", "JPN", "GOV"), actor("China", "CHN", "GOV"), DE3[0], date=D3_THU),
        event("ASSAULT", ATTACKER, actor("Japanese schoolboy", "JPN", "CVL"), DE3[1], mode="primitive",
              date=D3_WED, location="Shenzhen", location_country="CHN"),
        event("COERCE", actor("Shenzhen police", "CHN", "COP"), ATTACKER, DE3[2], mode="arrest", date=D3_WED,
              location="Shenzhen", location_country="CHN"),
        event("ACCUSE", KISHIDA, ATTACKER, DE3[3], mode="disapprove", date=D3_THU),
        event("REQUEST", KISHIDA, actor("Government of China", "CHN", "GOV"), DE3[4], date=D3_THU),
        event("ACCUSE", actor("Masataka Okano", "JPN", "GOV"), actor("China", "CHN", "GOV"), DE3[5],
              mode="disapprove"),
        event("CONSULT", KAMIKAWA, WANG_YI, DE3[6]),
        event("REQUEST", KAMIKAWA, WANG_YI, DE3[6]),
        event("AGREE", actor("Lin Jian", "CHN", "GOV"), actor("Japan", "JPN", "GOV"), DE3[8]),
    ],
    "quotes": [
        quote("Die Polizei nahm einen 44-jährigen Verdächtigen noch am Tatort fest", "Shenzhen municipal government",
              "indirect"),
        quote("ein äußerst verabscheuungswürdiges Verbrechen", "Fumio Kishida", "direct"),
        quote("die Hintergründe vollständig offenzulegen", "Yoko Kamikawa", "direct"),
        quote("Einzelfall", "Lin Jian", "direct"),
        quote("China sei bereit, mit Japan bei der Aufklärung zusammenzuarbeiten", "Lin Jian", "indirect"),
    ],
    "entities": [
        entity("Japanese schoolboy", "PER", "JPN", ["einen japanischen Schüler", "Der zehnjährige Junge"]),
        entity("Shenzhen", "LOC", "CHN", ["der südchinesischen Metropole Shenzhen"]),
        entity("Japan", "GPE", "JPN", ["Tokio", "Japan"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Suspect in the Shenzhen stabbing", "PER", "CHN", ["einem Mann", "einen 44-jährigen Verdächtigen"]),
        entity("Shenzhen police", "ORG", "CHN", ["Die Polizei"]),
        entity("Shenzhen municipal government", "ORG", "CHN", ["die Stadtverwaltung"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida", "Er"]),
        entity("Government of China", "ORG", "CHN", ["die chinesische Regierung"]),
        entity("Masataka Okano", "PER", "JPN", ["Vizeaußenminister Masataka Okano"]),
        entity("Wu Jianghao", "PER", "CHN", ["den chinesischen Botschafter Wu Jianghao"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Außenministerin Yoko Kamikawa"]),
        entity("Wang Yi", "PER", "CHN", ["ihrem Amtskollegen Wang Yi"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian", "er"]),
        entity("Suzhou", "LOC", "CHN", ["der Stadt Suzhou"]),
    ],
}

# ---------------------------------------------------------------------------
# hm45-de-04: Russian missile strike hits Okhmatdyt children's hospital
# ---------------------------------------------------------------------------
DE4 = [
    "Bei massiven russischen Raketenangriffen auf mehrere ukrainische Städte sind am Montag mindestens 31 Menschen getötet worden.",
    "In Kiew traf eine russische Rakete das Kinderkrankenhaus Ochmatdyt, in dem zu diesem Zeitpunkt Hunderte Kinder behandelt wurden.",
    "Ochmatdyt ist die größte Kinderklinik des Landes und behandelt unter anderem krebskranke Kinder aus der ganzen Ukraine.",
    "Präsident Wolodymyr Selenskyj warf Moskau vor, gezielt Kinder anzugreifen, und verlangte eine »entschlossene Reaktion« des Westens.",
    "Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück.",
    "Das Krankenhaus sei von einer ukrainischen Abwehrrakete getroffen worden, sagte er.",
    "Großbritannien, Frankreich und Ecuador beantragten eine Dringlichkeitssitzung des UN-Sicherheitsrats für Dienstag.",
    "UN-Generalsekretär António Guterres verurteilte den Angriff auf das Krankenhaus scharf.",
    "Washington werde Kiew weitere Luftabwehrsysteme liefern, erklärte US-Präsident Joe Biden.",
    "Russland überzieht die Ukraine seit Monaten mit Angriffen auf die Energieversorgung.",
]
RUS_MIL = actor("Russia", "RUS", "MIL")
RUS = actor("Russia", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
D4 = "2024-07-08"

ART_DE4 = {
    "id": "hm45-de-04",
    "lang": "de",
    "url": None,
    "published": D4,
    "title": "Russische Rakete trifft Kinderkrankenhaus in Kiew",
    "text": paragraphs(DE4[0:4], DE4[4:7], DE4[7:10]),
    "events": [
        event("ASSAULT", RUS_MIL, actor("Ukraine", "UKR", None), DE4[0], mode="aerial", date=D4,
              location_country="UKR"),
        event("ASSAULT", RUS_MIL, actor("Okhmatdyt Children's Hospital", "UKR", "CVL"), DE4[1], mode="aerial",
              date=D4, location="Kyiv", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUS, DE4[3], mode="allege"),
        event("REQUEST", ZELENSKY, actor("Western countries", None, "GOV"), DE4[3]),
        event("ACCUSE", actor("Dmitry Peskov", "RUS", "GOV"), actor("Ukrainian Armed Forces", "UKR", "MIL"), DE4[5],
              mode="allege"),
        event("REQUEST", actor("United Kingdom", "GBR", "GOV"), UNSC, DE4[6]),
        event("REQUEST", actor("France", "FRA", "GOV"), UNSC, DE4[6]),
        event("REQUEST", actor("Ecuador", "ECU", "GOV"), UNSC, DE4[6]),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), RUS, DE4[7], mode="disapprove"),
        event("AGREE", actor("Joe Biden", "USA", "GOV"), actor("Ukraine", "UKR", "GOV"), DE4[8]),
    ],
    "quotes": [
        quote("gezielt Kinder anzugreifen", "Volodymyr Zelensky", "indirect"),
        quote("entschlossene Reaktion", "Volodymyr Zelensky", "direct"),
        quote("Das Krankenhaus sei von einer ukrainischen Abwehrrakete getroffen worden", "Dmitry Peskov", "indirect"),
        quote("Washington werde Kiew weitere Luftabwehrsysteme liefern", "Joe Biden", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["In Kiew"]),
        entity("Okhmatdyt Children's Hospital", "ORG", "UKR",
               ["das Kinderkrankenhaus Ochmatdyt", "Das Krankenhaus", "das Krankenhaus"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Western countries", "ORG", None, ["des Westens"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Ukraine", "GPE", "UKR", ["der ganzen Ukraine", "Kiew", "die Ukraine"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------------------
# hm45-en-01: pager explosions in Lebanon
# ---------------------------------------------------------------------------
EN1 = [
    "Hezbollah vowed on Tuesday to retaliate against Israel after thousands of pagers used by its members exploded across Lebanon, killing at least nine people and wounding about 2,800.",
    'The Iran-backed group said it held Israel "fully responsible for this criminal aggression" and that the enemy would receive "its just punishment".',
    "Iran's ambassador to Beirut, Mojtaba Amani, was among the injured.",
    'Prime Minister Najib Mikati condemned what he called a "criminal Israeli aggression" and urged the United Nations to act.',
    "Iraq sent a plane carrying medical supplies to Beirut on Wednesday, and Tehran offered to fly wounded Lebanese to Iran for treatment.",
    "The Lebanese army deployed troops around hospitals in Beirut's southern suburbs as crowds gathered to donate blood.",
    'In Washington, State Department spokesman Matthew Miller said the United States "was not involved" and had not known about the incident in advance.',
    "He urged Iran not to take advantage of the situation to further escalate tensions.",
    "Israel and Hezbollah have traded fire across the border almost daily since October.",
]
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ISR = actor("Israel", "ISR", "GOV")
LBN = actor("Lebanon", "LBN", "GOV")
IRN = actor("Iran", "IRN", "GOV")
E1_TUE = "2024-09-17"

ART_EN1 = {
    "id": "hm45-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-09-18",
    "title": "Hezbollah vows revenge after deadly pager blasts across Lebanon",
    "text": paragraphs(EN1[0:3], EN1[3:6], EN1[6:9]),
    "events": [
        event("THREATEN", HEZBOLLAH, ISR, EN1[0], date=E1_TUE),
        event("ACCUSE", HEZBOLLAH, ISR, EN1[1], mode="allege"),
        event("THREATEN", HEZBOLLAH, ISR, EN1[1]),
        event("ACCUSE", actor("Najib Mikati", "LBN", "GOV"), ISR, EN1[3], mode="disapprove"),
        event("REQUEST", actor("Najib Mikati", "LBN", "GOV"), actor("United Nations", "UNO", "IGO"), EN1[3]),
        event("AID", actor("Iraq", "IRQ", "GOV"), LBN, EN1[4], date="2024-09-18", location="Beirut",
              location_country="LBN"),
        event("AGREE", IRN, LBN, EN1[4]),
        event("MOBILIZE", actor("Lebanese Armed Forces", "LBN", "MIL"), None, EN1[5], location="Beirut",
              location_country="LBN"),
        event("REQUEST", actor("Matthew Miller", "USA", "GOV"), IRN, EN1[7]),
    ],
    "quotes": [
        quote("fully responsible for this criminal aggression", "Hezbollah", "direct"),
        quote("its just punishment", "Hezbollah", "direct"),
        quote('it held Israel "fully responsible for this criminal aggression" and that the enemy would receive '
              '"its just punishment"', "Hezbollah", "indirect"),
        quote("criminal Israeli aggression", "Najib Mikati", "direct"),
        quote("was not involved", "Matthew Miller", "direct"),
        quote('the United States "was not involved" and had not known about the incident in advance',
              "Matthew Miller", "indirect"),
    ],
    "entities": [
        entity("Hezbollah", "ORG", "LBN", ["Hezbollah", "The Iran-backed group"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Lebanon", "GPE", "LBN", ["Lebanon"]),
        entity("Iran", "GPE", "IRN", ["Iran's", "Tehran", "Iran"]),
        entity("Mojtaba Amani", "PER", "IRN", ["Iran's ambassador to Beirut, Mojtaba Amani"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Najib Mikati", "PER", "LBN", ["Prime Minister Najib Mikati", "he"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Iraq", "GPE", "IRQ", ["Iraq"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["The Lebanese army"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States"]),
        entity("US Department of State", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller", "He"]),
    ],
}

# ---------------------------------------------------------------------------
# hm45-en-02: Australia and Papua New Guinea sign the Pukpuk Treaty
# ---------------------------------------------------------------------------
EN2 = [
    "Australia and Papua New Guinea signed a mutual defence treaty in Canberra on Monday, committing each to defend the other if attacked.",
    "Prime Minister James Marape, who flew in for the ceremony, held more than two hours of talks with Anthony Albanese at Parliament House.",
    '"This is a historic day for both our nations," Albanese told reporters.',
    "The Pukpuk Treaty, named after the Tok Pisin word for crocodile, is Australia's first new alliance in more than 70 years.",
    "Albanese also pledged 600 million Australian dollars to build new barracks for the Papua New Guinea Defence Force.",
    "Last week Australia handed over a Guardian-class patrol boat to the PNG navy, the defence department said.",
    "Marape invited Albanese to attend the first joint exercise in Port Moresby next year.",
    'Chinese foreign ministry spokesman Guo Jiakun accused Canberra of "Cold War thinking".',
    "He urged Papua New Guinea not to be drawn into big-power rivalry.",
    'Marape rejected the call, saying that "Papua New Guinea makes its own choices as a sovereign nation".',
]
AUS = actor("Australia", "AUS", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PNGDF = actor("Papua New Guinea Defence Force", "PNG", "MIL")
GUO = actor("Guo Jiakun", "CHN", "GOV")
E2 = "2025-10-06"

ART_EN2 = {
    "id": "hm45-en-02",
    "lang": "en",
    "url": None,
    "published": E2,
    "title": "Australia and Papua New Guinea sign Pukpuk defence treaty",
    "text": paragraphs(EN2[0:3], EN2[3:7], EN2[7:10]),
    "events": [
        event("SUPPORT", PNG, AUS, EN2[0], date=E2, location="Canberra", location_country="AUS"),
        event("CONSULT", MARAPE, ALBANESE, EN2[1], mode="visit", date=E2, location="Canberra",
              location_country="AUS"),
        event("AGREE", ALBANESE, PNGDF, EN2[4]),
        event("AID", AUS, PNGDF, EN2[5]),
        event("AGREE", MARAPE, ALBANESE, EN2[6]),
        event("ACCUSE", GUO, AUS, EN2[7], mode="disapprove"),
        event("REQUEST", GUO, PNG, EN2[8]),
        event("REJECT", MARAPE, GUO, EN2[9]),
    ],
    "quotes": [
        quote("This is a historic day for both our nations", "Anthony Albanese", "direct"),
        quote("Last week Australia handed over a Guardian-class patrol boat to the PNG navy",
              "Australian Department of Defence", "indirect"),
        quote("Cold War thinking", "Guo Jiakun", "direct"),
        quote("Papua New Guinea makes its own choices as a sovereign nation", "James Marape", "direct"),
        quote('that "Papua New Guinea makes its own choices as a sovereign nation"', "James Marape", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape"]),
        entity("Anthony Albanese", "PER", "AUS", ["Anthony Albanese", "Albanese"]),
        entity("Parliament House", "LOC", "AUS", ["Parliament House"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG",
               ["the Papua New Guinea Defence Force", "the PNG navy"]),
        entity("Australian Department of Defence", "ORG", "AUS", ["the defence department"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese foreign ministry"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinese foreign ministry spokesman Guo Jiakun", "He"]),
    ],
}

ARTICLES = [ART_DE1, ART_DE2, ART_DE3, ART_DE4, ART_EN1, ART_EN2]
