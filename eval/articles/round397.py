"""Round 397: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm397-de-01: Micronesia/China: outgoing President David Panuelo's letter accuses Beijing of "political warfare", bribery and threats, reveals his February meeting with Joseph Wu and a Taiwanese aid offer; Mao Ning denies and warns Palikir, Compact talks with Washington (2023-03-10).
- hm397-de-02: India: the Enforcement Directorate arrests Jharkhand Chief Minister Hemant Soren in Ranchi after his resignation; the Delhi raid, JMM and Congress accuse the Modi government, Champai Soren's claim not yet accepted by Governor Radhakrishnan, protests and arrests in Ranchi, Supreme Court petition, special-court custody (2024-02-01).
- hm397-de-03: Vietnam: National Assembly chairman Vuong Dinh Hue resigns and the Central Committee accepts; party accusations, the arrest of his aide Pham Thai Ha and Thuan An chief Nguyen Duy Hung, no probe against Hue himself, Vo Van Thuong's March resignation, HRW criticism (2024-04-26).
- hm397-de-04: Taiwan/China: Chongqing police open a secession investigation into DPP legislator Puma Shen; Taiwan Affairs Office threat, Shen's defiance, MAC and Lai Ching-te object, the 2024 sanctions on Shen and the Kuma Academy and the Strait Thunder drills recalled (2025-10-29).
- hm397-en-01: ILO/Myanmar: the International Labour Conference adopts Article 33 measures against Myanmar's military government; demands on the junta and UN bodies, the commission of inquiry's findings, the junta rejects, ITUC and NUG welcome, the 2000 precedent, Min Aung Hlaing's election promise (2025-06-13).
- hm397-en-02: Nepal: police arrest RSP chairman Rabi Lamichhane in Kathmandu over cooperative fraud and fly him to Pokhara; Wagle's accusation and threat, supporters' protest dispersed with batons, lawmakers' boycott threat, the parliamentary committee's findings, Oli's comment, the 2023 Supreme Court ruling and resignation recalled (2024-10-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm397-de-01 (Micronesia/China, Panuelo letter)
PANUELO = actor("David Panuelo", "FSM", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_EMBASSY = actor("Embassy of China in the Federated States of Micronesia", "CHN", "GOV")
CHN_DIPLOMATS = actor("Chinese diplomats", "CHN", "GOV")
JOSEPH_WU = actor("Joseph Wu", "TWN", "GOV")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
FSM_GOV = actor("Government of the Federated States of Micronesia", "FSM", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
PLW_GOV = actor("Government of Palau", "PLW", "GOV")
MHL_GOV = actor("Government of the Marshall Islands", "MHL", "GOV")

P1 = ("Palikir (dpa) - Der scheidende Präsident der Föderierten Staaten von Mikronesien, David Panuelo, hat China in "
      "einem ungewöhnlich scharfen Brief „politische Kriegsführung“ gegen sein Land vorgeworfen.")
P2 = ("Peking versuche mit Bestechung, Drohungen und Überwachung, den Inselstaat im Fall eines Konflikts um Taiwan auf "
      "seine Seite zu ziehen, schrieb Panuelo in dem 13-seitigen Schreiben an den Kongress und die Gouverneure der vier "
      "Bundesstaaten.")
P3 = "Der Brief vom Donnerstag wurde am Freitag von mehreren Medien veröffentlicht."
P4 = ("Darin berichtet der Präsident auch, er sei von Mitarbeitern der chinesischen Botschaft verfolgt und persönlich "
      "bedroht worden.")
P5 = ("Zudem hätten chinesische Diplomaten Amtsträgern Geschenke und Bargeld zugesteckt, um sich ihre Loyalität zu "
      "sichern, heißt es in dem Brief.")
P6 = ("Panuelo enthüllte außerdem, dass er sich im Februar mit Taiwans Außenminister Joseph Wu getroffen habe, um über "
      "einen möglichen Wechsel der diplomatischen Anerkennung von Peking zu Taipeh zu sprechen.")
P7 = "Taiwan habe für diesen Fall Hilfen in Höhe von 50 Millionen US-Dollar in Aussicht gestellt, schrieb er."
P8 = "Das Außenministerium in Taipeh wollte sich zu den Angaben zunächst nicht äußern."
P9 = "Mikronesien unterhält seit 1989 diplomatische Beziehungen zur Volksrepublik China."
P10 = "Außenamtssprecherin Mao Ning wies die Vorwürfe in Peking als „haltlos“ zurück."
P11 = "China habe sich nie in die inneren Angelegenheiten anderer Staaten eingemischt, sagte sie."
P12 = "Sie forderte die Regierung in Palikir auf, die „gute Entwicklung“ der Beziehungen nicht zu gefährden."
P13 = ("Panuelo hatte bei der Parlamentswahl Anfang März seinen Sitz im Kongress verloren und scheidet im Mai aus dem "
       "Amt.")
P14 = ("Der Inselstaat ist über einen Assoziierungsvertrag eng mit den USA verbunden, die für seine Verteidigung "
       "zuständig sind.")
P15 = ("Washington verhandelt derzeit mit Mikronesien, Palau und den Marshallinseln über eine Verlängerung der "
       "Finanzhilfen aus diesen Verträgen.")
P16 = "Panuelo rief die USA in dem Brief auf, die Verhandlungen rasch abzuschließen."

DE01 = {
    "id": "hm397-de-01", "lang": "de", "url": None, "published": "2023-03-10",
    "title": "Mikronesiens Präsident wirft China „politische Kriegsführung“ vor",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9], [P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("ACCUSE", PANUELO, CHN_GOV, P1, mode="allege"),
        event("ACCUSE", PANUELO, CHN_GOV, P2, mode="allege"),
        event("ACCUSE", PANUELO, CHN_EMBASSY, P4, mode="allege"),
        event("ACCUSE", PANUELO, CHN_DIPLOMATS, P5, mode="allege"),
        event("CONSULT", PANUELO, JOSEPH_WU, P6, mode="meet"),
        event("AGREE", TWN_GOV, FSM_GOV, P7),
        event("REQUEST", MAO_NING, FSM_GOV, P12),
        event("CONSULT", USA_GOV, FSM_GOV, P15),
        event("CONSULT", USA_GOV, PLW_GOV, P15),
        event("CONSULT", USA_GOV, MHL_GOV, P15),
        event("REQUEST", PANUELO, USA_GOV, P16),
    ],
    "quotes": [
        quote("politische Kriegsführung", "David Panuelo", "direct"),
        quote("Peking versuche mit Bestechung, Drohungen und Überwachung, den Inselstaat im Fall eines Konflikts um "
              "Taiwan auf seine Seite zu ziehen", "David Panuelo", "indirect"),
        quote("er sei von Mitarbeitern der chinesischen Botschaft verfolgt und persönlich bedroht worden",
              "David Panuelo", "indirect"),
        quote("Zudem hätten chinesische Diplomaten Amtsträgern Geschenke und Bargeld zugesteckt, um sich ihre "
              "Loyalität zu sichern", "David Panuelo", "indirect"),
        quote("dass er sich im Februar mit Taiwans Außenminister Joseph Wu getroffen habe, um über einen möglichen "
              "Wechsel der diplomatischen Anerkennung von Peking zu Taipeh zu sprechen", "David Panuelo", "indirect"),
        quote("Taiwan habe für diesen Fall Hilfen in Höhe von 50 Millionen US-Dollar in Aussicht gestellt",
              "David Panuelo", "indirect"),
        quote("haltlos", "Mao Ning", "direct"),
        quote("China habe sich nie in die inneren Angelegenheiten anderer Staaten eingemischt", "Mao Ning",
              "indirect"),
        quote("gute Entwicklung", "Mao Ning", "direct"),
        quote("die „gute Entwicklung“ der Beziehungen nicht zu gefährden", "Mao Ning", "indirect"),
        quote("die Verhandlungen rasch abzuschließen", "David Panuelo", "indirect"),
    ],
    "entities": [
        entity("Palikir", "LOC", "FSM", ["Palikir"]),
        entity("Federated States of Micronesia", "LOC", "FSM",
               ["der Föderierten Staaten von Mikronesien", "sein Land", "den Inselstaat", "Mikronesien",
                "Der Inselstaat"]),
        entity("David Panuelo", "PER", "FSM",
               ["Der scheidende Präsident der Föderierten Staaten von Mikronesien, David Panuelo", "Panuelo",
                "der Präsident", "er"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Congress of the Federated States of Micronesia", "ORG", "FSM", ["den Kongress", "im Kongress"]),
        entity("governors of the Micronesian states", "PER", "FSM", ["die Gouverneure der vier Bundesstaaten"]),
        entity("Embassy of China in the Federated States of Micronesia", "ORG", "CHN",
               ["der chinesischen Botschaft"]),
        entity("staff of the Chinese embassy", "PER", "CHN", ["Mitarbeitern der chinesischen Botschaft"]),
        entity("Chinese diplomats", "PER", "CHN", ["chinesische Diplomaten"]),
        entity("Micronesian officials", "PER", "FSM", ["Amtsträgern"]),
        entity("Joseph Wu", "PER", "TWN", ["Taiwans Außenminister Joseph Wu"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taipeh", "Taiwan"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Das Außenministerium in Taipeh"]),
        entity("People's Republic of China", "LOC", "CHN", ["Volksrepublik China"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning", "sie", "Sie"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of the Federated States of Micronesia", "ORG", "FSM", ["die Regierung in Palikir",
                                                                                 "Mikronesien"]),
        entity("Compact of Free Association", "MISC", "USA", ["einen Assoziierungsvertrag", "diesen Verträgen"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "die USA"]),
        entity("Palau", "LOC", "PLW", ["Palau"]),
        entity("Marshall Islands", "LOC", "MHL", ["den Marshallinseln"]),
    ],
}

# ---------------------------------------------------------------- hm397-de-02 (India, Hemant Soren arrested)
ED = actor("Enforcement Directorate", "IND", "COP")
H_SOREN = actor("Hemant Soren", "IND", "GOV")
JMM = actor("Jharkhand Mukti Morcha", "IND", "PTY")
BHATTACHARYA = actor("Supriyo Bhattacharya", "IND", "PTY")
IND_GOV = actor("Government of India", "IND", "GOV")
INC = actor("Indian National Congress", "IND", "PTY")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
CHAMPAI = actor("Champai Soren", "IND", "GOV")
RADHAKRISHNAN = actor("C. P. Radhakrishnan", "IND", "GOV")
JMM_SUPPORTERS = actor("supporters of Jharkhand Mukti Morcha", "IND", "CVL")
JH_POLICE = actor("Jharkhand Police", "IND", "COP")
IND_SC = actor("Supreme Court of India", "IND", "JUD")
PMLA_COURT = actor("Special PMLA Court in Ranchi", "IND", "JUD")

H1 = ("Neu-Delhi (dpa) - Indiens wichtigste Behörde gegen Finanzkriminalität hat den Regierungschef des ostindischen "
      "Bundesstaates Jharkhand, Hemant Soren, wegen Geldwäschevorwürfen festgenommen.")
H2 = ("Beamte des Enforcement Directorate (ED) nahmen den 48-Jährigen am Mittwochabend nach siebenstündiger Befragung "
      "in seiner Residenz in der Landeshauptstadt Ranchi fest, wie die Behörde mitteilte.")
H3 = ("Unmittelbar zuvor hatte Soren beim Gouverneur des Bundesstaates, C. P. Radhakrishnan, seinen Rücktritt "
      "eingereicht.")
H4 = ("Die Ermittler werfen ihm vor, an illegalen Grundstücksgeschäften in Ranchi beteiligt gewesen zu sein und die "
      "Erlöse gewaschen zu haben.")
H5 = ("Bereits am Montag hatten Fahnder seine Wohnung in Neu-Delhi durchsucht und nach eigenen Angaben ein Auto sowie "
      "Bargeld beschlagnahmt.")
H6 = "Soren bestreitet die Vorwürfe."
H7 = ("Seine Partei Jharkhand Mukti Morcha (JMM) sprach von einer „Verschwörung“ der hindunationalistischen Regierung "
      "von Premierminister Narendra Modi.")
H8 = ("Die Regierung setze die Ermittlungsbehörden gezielt gegen Oppositionspolitiker ein, sagte JMM-Sprecher Supriyo "
      "Bhattacharya.")
H9 = ("Auch die oppositionelle Kongresspartei warf Modis Partei BJP vor, vor der Parlamentswahl im Frühjahr "
      "politische Gegner einschüchtern zu wollen.")
H10 = "Die BJP wies das zurück."
H11 = ("Die Regierungskoalition in Ranchi wählte den bisherigen Minister Champai Soren, der mit dem Ex-Regierungschef "
       "nicht verwandt ist, zu ihrem neuen Fraktionsführer.")
H12 = ("Champai Soren forderte den Gouverneur auf, ihn umgehend mit der Regierungsbildung zu beauftragen, und legte "
       "nach eigenen Angaben die Unterschriften von 43 Abgeordneten vor.")
H13 = "Radhakrishnan lud ihn bis Donnerstagnachmittag jedoch nicht zur Vereidigung ein."
H14 = "Hunderte JMM-Anhänger protestierten am Donnerstag in Ranchi gegen die Festnahme und blockierten Straßen."
H15 = "Die Polizei nahm nach eigenen Angaben mehrere Demonstranten vorübergehend fest."
H16 = "Soren wandte sich am Donnerstag an das Oberste Gericht und verlangte seine Freilassung."
H17 = "Ein Sondergericht in Ranchi ordnete am Donnerstag zunächst einen Tag Untersuchungshaft an."
H18 = "Jharkhand gehört zu den ärmsten Bundesstaaten Indiens, verfügt aber über große Kohlevorkommen."

DE02 = {
    "id": "hm397-de-02", "lang": "de", "url": None, "published": "2024-02-01",
    "title": "Indische Ermittler nehmen Regierungschef von Jharkhand fest",
    "text": paragraphs([H1, H2, H3, H4, H5, H6], [H7, H8, H9, H10], [H11, H12, H13, H14, H15], [H16, H17, H18]),
    "events": [
        event("COERCE", ED, H_SOREN, H1, mode="arrest", location_country="IND"),
        event("COERCE", ED, H_SOREN, H2, mode="arrest", date="2024-01-31", location="Ranchi",
              location_country="IND"),
        event("RETREAT", H_SOREN, None, H3, mode="resign", date="2024-01-31"),
        event("ACCUSE", ED, H_SOREN, H4, mode="allege"),
        event("COERCE", ED, H_SOREN, H5, mode="seize", date="2024-01-29", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", JMM, IND_GOV, H7, mode="allege"),
        event("ACCUSE", BHATTACHARYA, IND_GOV, H8, mode="allege"),
        event("ACCUSE", INC, BJP, H9, mode="allege"),
        event("REQUEST", CHAMPAI, RADHAKRISHNAN, H12),
        event("AGREE", RADHAKRISHNAN, CHAMPAI, H13, negated=True),
        event("PROTEST", JMM_SUPPORTERS, ED, H14, mode="demo", date="2024-02-01", location="Ranchi",
              location_country="IND"),
        event("COERCE", JH_POLICE, JMM_SUPPORTERS, H15, mode="arrest"),
        event("REQUEST", H_SOREN, IND_SC, H16, mode="yield", date="2024-02-01"),
        event("COERCE", PMLA_COURT, H_SOREN, H17, mode="arrest", date="2024-02-01", location="Ranchi",
              location_country="IND"),
    ],
    "quotes": [
        quote("Beamte des Enforcement Directorate (ED) nahmen den 48-Jährigen am Mittwochabend nach siebenstündiger "
              "Befragung in seiner Residenz in der Landeshauptstadt Ranchi fest", "Enforcement Directorate",
              "indirect"),
        quote("an illegalen Grundstücksgeschäften in Ranchi beteiligt gewesen zu sein und die Erlöse gewaschen zu "
              "haben", "Enforcement Directorate", "indirect"),
        quote("Verschwörung", "Jharkhand Mukti Morcha", "direct"),
        quote("Die Regierung setze die Ermittlungsbehörden gezielt gegen Oppositionspolitiker ein",
              "Supriyo Bhattacharya", "indirect"),
        quote("vor der Parlamentswahl im Frühjahr politische Gegner einschüchtern zu wollen",
              "Indian National Congress", "indirect"),
        quote("ihn umgehend mit der Regierungsbildung zu beauftragen", "Champai Soren", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("India", "LOC", "IND", ["Indiens"]),
        entity("Enforcement Directorate", "ORG", "IND",
               ["Indiens wichtigste Behörde gegen Finanzkriminalität", "Beamte des Enforcement Directorate (ED)",
                "die Behörde", "Die Ermittler", "Fahnder"]),
        entity("Hemant Soren", "PER", "IND",
               ["den Regierungschef des ostindischen Bundesstaates Jharkhand, Hemant Soren", "den 48-Jährigen",
                "Soren", "ihm", "dem Ex-Regierungschef"]),
        entity("Jharkhand", "LOC", "IND", ["des ostindischen Bundesstaates Jharkhand", "des Bundesstaates",
                                           "Jharkhand"]),
        entity("Ranchi", "LOC", "IND", ["der Landeshauptstadt Ranchi", "Ranchi"]),
        entity("C. P. Radhakrishnan", "PER", "IND",
               ["Gouverneur des Bundesstaates, C. P. Radhakrishnan", "den Gouverneur", "Radhakrishnan"]),
        entity("Jharkhand Mukti Morcha", "ORG", "IND", ["Seine Partei Jharkhand Mukti Morcha (JMM)", "JMM"]),
        entity("Government of India", "ORG", "IND",
               ["der hindunationalistischen Regierung von Premierminister Narendra Modi", "Die Regierung"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modis"]),
        entity("Supriyo Bhattacharya", "PER", "IND", ["JMM-Sprecher Supriyo Bhattacharya"]),
        entity("Indian National Congress", "ORG", "IND", ["die oppositionelle Kongresspartei"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Modis Partei BJP", "Die BJP"]),
        entity("Jharkhand ruling coalition", "ORG", "IND", ["Die Regierungskoalition in Ranchi"]),
        entity("Champai Soren", "PER", "IND", ["den bisherigen Minister Champai Soren", "Champai Soren", "ihn"]),
        entity("members of the Jharkhand Legislative Assembly", "PER", "IND", ["43 Abgeordneten"]),
        entity("supporters of Jharkhand Mukti Morcha", "PER", "IND", ["Hunderte JMM-Anhänger",
                                                                     "mehrere Demonstranten"]),
        entity("Jharkhand Police", "ORG", "IND", ["Die Polizei"]),
        entity("Supreme Court of India", "ORG", "IND", ["das Oberste Gericht"]),
        entity("Special PMLA Court in Ranchi", "ORG", "IND", ["Ein Sondergericht in Ranchi"]),
    ],
}

# ---------------------------------------------------------------- hm397-de-03 (Vietnam, Vuong Dinh Hue resigns)
HUE = actor("Vuong Dinh Hue", "VNM", "LEG")
CPV_CC = actor("Central Committee of the Communist Party of Vietnam", "VNM", "PTY")
CPV = actor("Communist Party of Vietnam", "VNM", "PTY")
VNM_MPS = actor("Ministry of Public Security of Vietnam", "VNM", "COP")
PHAM_THAI_HA = actor("Pham Thai Ha", "VNM", "LEG")
NGUYEN_DUY_HUNG = actor("Nguyen Duy Hung", "VNM", "BUS")
VO_VAN_THUONG = actor("Vo Van Thuong", "VNM", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

V1 = ("Hanoi (dpa) - Der Vorsitzende der vietnamesischen Nationalversammlung, Vuong Dinh Hue, ist im Zuge der "
      "Anti-Korruptions-Kampagne der regierenden Kommunistischen Partei von allen Ämtern zurückgetreten.")
V2 = ("Das Zentralkomitee der Partei stimmte am Freitag in Hanoi seinem Rücktrittsgesuch zu, wie die Regierung auf "
      "ihrem Nachrichtenportal mitteilte.")
V3 = ("Hue habe gegen die Vorschriften für Parteimitglieder verstoßen und „ernste Folgen“ für den Ruf der Partei "
      "verursacht, hieß es in einer Erklärung.")
V4 = "Er habe die politische Verantwortung für Verfehlungen in seinem Umfeld übernommen, hieß es weiter."
V5 = ("Vor einer Woche hatte das Ministerium für öffentliche Sicherheit einen engen Mitarbeiter Hues, Pham Thai Ha, "
      "festgenommen.")
V6 = ("Den Ermittlern zufolge soll Ha seine Stellung missbraucht haben, um dem Baukonzern Thuan An bei der Vergabe "
      "öffentlicher Aufträge zu helfen.")
V7 = "Der Chef der Firmengruppe, Nguyen Duy Hung, war bereits im März festgenommen worden."
V8 = "Ein Ermittlungsverfahren gegen Hue selbst wurde bislang nicht eröffnet."
V9 = ("Hue galt als möglicher Nachfolger von Generalsekretär Nguyen Phu Trong, der seit 2011 an der Spitze der Partei "
      "steht.")
V10 = ("Trong treibt seit Jahren eine Kampagne gegen Korruption voran, die Staatsmedien als „brennenden Ofen“ "
       "bezeichnen.")
V11 = "Erst im März war Staatspräsident Vo Van Thuong nach nur einem Jahr im Amt zurückgetreten."
V12 = "Auch ihm hatte die Partei „Verstöße“ vorgeworfen."
V13 = ("Die Nationalversammlung soll Hues Abberufung in den kommenden Tagen auf einer Sondersitzung formell "
       "bestätigen.")
V14 = "Hue ist seit 2021 Parlamentschef und gehört seit 2016 dem Politbüro an."
V15 = ("Die Organisation Human Rights Watch kritisierte, die Kampagne diene der Partei auch dazu, Rivalen im "
       "Machtkampf auszuschalten.")

DE03 = {
    "id": "hm397-de-03", "lang": "de", "url": None, "published": "2024-04-26",
    "title": "Vietnams Parlamentschef tritt nach Korruptionsermittlungen zurück",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7, V8], [V9, V10, V11, V12], [V13, V14, V15]),
    "events": [
        event("RETREAT", HUE, None, V1, mode="resign"),
        event("AGREE", CPV_CC, HUE, V2, date="2024-04-26", location="Hanoi", location_country="VNM"),
        event("ACCUSE", CPV_CC, HUE, V3, mode="allege"),
        event("CONCEDE", HUE, None, V4),
        event("COERCE", VNM_MPS, PHAM_THAI_HA, V5, mode="arrest"),
        event("ACCUSE", VNM_MPS, PHAM_THAI_HA, V6, mode="allege"),
        event("COERCE", VNM_MPS, NGUYEN_DUY_HUNG, V7, mode="arrest"),
        event("ACCUSE", VNM_MPS, HUE, V8, mode="investigate", negated=True),
        event("RETREAT", VO_VAN_THUONG, None, V11, mode="resign"),
        event("ACCUSE", CPV, VO_VAN_THUONG, V12, mode="allege"),
        event("ACCUSE", HRW, CPV, V15, mode="allege"),
    ],
    "quotes": [
        quote("Das Zentralkomitee der Partei stimmte am Freitag in Hanoi seinem Rücktrittsgesuch zu",
              "Government of Vietnam", "indirect"),
        quote("ernste Folgen", "Central Committee of the Communist Party of Vietnam", "direct"),
        quote("Hue habe gegen die Vorschriften für Parteimitglieder verstoßen und „ernste Folgen“ für den Ruf der "
              "Partei verursacht", "Central Committee of the Communist Party of Vietnam", "indirect"),
        quote("Er habe die politische Verantwortung für Verfehlungen in seinem Umfeld übernommen",
              "Central Committee of the Communist Party of Vietnam", "indirect"),
        quote("Den Ermittlern zufolge soll Ha seine Stellung missbraucht haben, um dem Baukonzern Thuan An bei der "
              "Vergabe öffentlicher Aufträge zu helfen", "Ministry of Public Security of Vietnam", "indirect"),
        quote("brennenden Ofen", "Vietnamese state media", "direct"),
        quote("Verstöße", "Communist Party of Vietnam", "direct"),
        quote("die Kampagne diene der Partei auch dazu, Rivalen im Machtkampf auszuschalten", "Human Rights Watch",
              "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["Hanoi"]),
        entity("Vuong Dinh Hue", "PER", "VNM",
               ["Der Vorsitzende der vietnamesischen Nationalversammlung, Vuong Dinh Hue", "Hue", "Er", "Hues"]),
        entity("National Assembly of Vietnam", "ORG", "VNM", ["der vietnamesischen Nationalversammlung",
                                                              "Die Nationalversammlung"]),
        entity("Communist Party of Vietnam", "ORG", "VNM", ["der regierenden Kommunistischen Partei", "der Partei",
                                                            "die Partei"]),
        entity("Central Committee of the Communist Party of Vietnam", "ORG", "VNM", ["Das Zentralkomitee der Partei"]),
        entity("Government of Vietnam", "ORG", "VNM", ["die Regierung"]),
        entity("Ministry of Public Security of Vietnam", "ORG", "VNM", ["das Ministerium für öffentliche Sicherheit",
                                                                        "Den Ermittlern"]),
        entity("Pham Thai Ha", "PER", "VNM", ["einen engen Mitarbeiter Hues, Pham Thai Ha", "Ha"]),
        entity("Thuan An Group", "ORG", "VNM", ["dem Baukonzern Thuan An", "der Firmengruppe"]),
        entity("Nguyen Duy Hung", "PER", "VNM", ["Der Chef der Firmengruppe, Nguyen Duy Hung"]),
        entity("Nguyen Phu Trong", "PER", "VNM", ["Generalsekretär Nguyen Phu Trong", "Trong"]),
        entity("Vietnamese state media", "ORG", "VNM", ["Staatsmedien"]),
        entity("Vo Van Thuong", "PER", "VNM", ["Staatspräsident Vo Van Thuong", "ihm"]),
        entity("Politburo of the Communist Party of Vietnam", "ORG", "VNM", ["dem Politbüro"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Organisation Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm397-de-04 (Taiwan/China, Puma Shen probe)
CQ_PSB = actor("Chongqing Public Security Bureau", "CHN", "COP")
PUMA_SHEN = actor("Puma Shen", "TWN", "LEG")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHN_GOV4 = actor("Government of China", "CHN", "GOV")
KUMA = actor("Kuma Academy", "TWN", "CVL")
PLA = actor("People's Liberation Army", "CHN", "MIL")
TWN_GOV4 = actor("Government of Taiwan", "TWN", "GOV")

T1 = ("Taipeh (dpa) - Die chinesische Polizei hat Ermittlungen gegen den taiwanischen Parlamentsabgeordneten Puma Shen "
      "wegen mutmaßlicher „Abspaltung“ eingeleitet.")
T2 = ("Das Amt für öffentliche Sicherheit der Metropole Chongqing warf dem Politiker der regierenden Demokratischen "
      "Fortschrittspartei (DPP) am Dienstag vor, die Spaltung des Staates betrieben zu haben.")
T3 = ("Shen habe mit der von ihm mitgegründeten Kuma-Akademie Zivilisten für einen Krieg ausgebildet und "
      "„separatistische“ Ideen verbreitet, hieß es in einer Mitteilung der Behörde.")
T4 = ("Ein Sprecher des Taiwan-Büros der Regierung in Peking drohte, Shen werde lebenslang zur Verantwortung gezogen "
      "und könne sich nirgendwo auf der Welt sicher fühlen.")
T5 = "Shen reagierte mit Spott auf die Ankündigung."
T6 = ("„Ich habe keine Angst, und ich werde mich von der Kommunistischen Partei nicht zum Schweigen bringen lassen“, "
      "schrieb der Abgeordnete auf Facebook.")
T7 = ("Reisen in Länder, die mit China Auslieferungsabkommen haben, werde er aber vorerst meiden, fügte er hinzu.")
T8 = ("Der Rat für Festlandsangelegenheiten (MAC) in Taipeh verurteilte das Vorgehen als „politische "
      "Einschüchterung“.")
T9 = "Peking habe keinerlei Rechtsprechung über Bürger Taiwans, sagte MAC-Sprecher Liang Wen-chieh."
T10 = "Präsident Lai Ching-te warf der Volksrepublik vor, den Druck auf Taiwans Demokratie gezielt zu erhöhen."
T11 = ("Peking hatte Shen bereits im Oktober vergangenen Jahres auf eine Liste sogenannter „hartnäckiger "
       "Unabhängigkeitsbefürworter“ gesetzt und Sanktionen gegen ihn und die Kuma-Akademie verhängt.")
T12 = "Im April hatte Chinas Armee mit dem Großmanöver „Strait Thunder“ rund um die Insel eine Blockade geübt."
T13 = "Taiwans Regierung hatte die Übungen damals als Provokation verurteilt."
T14 = "Die Volksrepublik betrachtet Taiwan als Teil ihres Territoriums und schließt eine gewaltsame Eingliederung nicht aus."
T15 = "Am Samstag hatte Peking erstmals einen Gedenktag für die Rückgabe Taiwans an China im Jahr 1945 begangen."
T16 = "Shen war bei der Parlamentswahl im Januar 2024 über die Liste der DPP ins Parlament eingezogen."

DE04 = {
    "id": "hm397-de-04", "lang": "de", "url": None, "published": "2025-10-29",
    "title": "China ermittelt gegen taiwanischen Abgeordneten Puma Shen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7], [T8, T9, T10], [T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("ACCUSE", CQ_PSB, PUMA_SHEN, T1, mode="investigate"),
        event("ACCUSE", CQ_PSB, PUMA_SHEN, T2, mode="allege", date="2025-10-28"),
        event("ACCUSE", CQ_PSB, PUMA_SHEN, T3, mode="allege"),
        event("THREATEN", TAO, PUMA_SHEN, T4, mode="arrest"),
        event("ACCUSE", MAC, CQ_PSB, T8, mode="disapprove", location="Taipei", location_country="TWN"),
        event("ACCUSE", LAI, CHN_GOV4, T10, mode="disapprove"),
        event("SANCTION", CHN_GOV4, PUMA_SHEN, T11, mode="discontinue"),
        event("SANCTION", CHN_GOV4, KUMA, T11, mode="discontinue"),
        event("MOBILIZE", PLA, TWN_GOV4, T12, mode="troops"),
        event("ACCUSE", TWN_GOV4, PLA, T13, mode="disapprove"),
    ],
    "quotes": [
        quote("Abspaltung", "Chongqing Public Security Bureau", "direct"),
        quote("die Spaltung des Staates betrieben zu haben", "Chongqing Public Security Bureau", "indirect"),
        quote("separatistische", "Chongqing Public Security Bureau", "direct"),
        quote("Shen habe mit der von ihm mitgegründeten Kuma-Akademie Zivilisten für einen Krieg ausgebildet und "
              "„separatistische“ Ideen verbreitet", "Chongqing Public Security Bureau", "indirect"),
        quote("Shen werde lebenslang zur Verantwortung gezogen und könne sich nirgendwo auf der Welt sicher fühlen",
              "spokesperson of the Taiwan Affairs Office", "indirect"),
        quote("Ich habe keine Angst, und ich werde mich von der Kommunistischen Partei nicht zum Schweigen bringen "
              "lassen", "Puma Shen", "direct"),
        quote("Reisen in Länder, die mit China Auslieferungsabkommen haben, werde er aber vorerst meiden", "Puma Shen",
              "indirect"),
        quote("politische Einschüchterung", "Mainland Affairs Council", "direct"),
        quote("Peking habe keinerlei Rechtsprechung über Bürger Taiwans", "Liang Wen-chieh", "indirect"),
        quote("den Druck auf Taiwans Demokratie gezielt zu erhöhen", "Lai Ching-te", "indirect"),
        quote("hartnäckiger Unabhängigkeitsbefürworter", "Government of China", "direct"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Chongqing Public Security Bureau", "ORG", "CHN",
               ["Die chinesische Polizei", "Das Amt für öffentliche Sicherheit der Metropole Chongqing",
                "der Behörde"]),
        entity("Chongqing", "LOC", "CHN", ["der Metropole Chongqing"]),
        entity("Puma Shen", "PER", "TWN",
               ["den taiwanischen Parlamentsabgeordneten Puma Shen",
                "dem Politiker der regierenden Demokratischen Fortschrittspartei (DPP)", "Shen", "ihm", "Ich",
                "der Abgeordnete", "er", "ihn"]),
        entity("Democratic Progressive Party", "ORG", "TWN",
               ["der regierenden Demokratischen Fortschrittspartei (DPP)", "der DPP"]),
        entity("Kuma Academy", "ORG", "TWN", ["der von ihm mitgegründeten Kuma-Akademie", "die Kuma-Akademie"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Taiwan-Büros der Regierung in Peking"]),
        entity("spokesperson of the Taiwan Affairs Office", "PER", "CHN",
               ["Ein Sprecher des Taiwan-Büros der Regierung in Peking"]),
        entity("Government of China", "ORG", "CHN", ["der Regierung in Peking", "Peking", "der Volksrepublik",
                                                     "Die Volksrepublik"]),
        entity("Communist Party of China", "ORG", "CHN", ["der Kommunistischen Partei"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Mainland Affairs Council", "ORG", "TWN",
               ["Der Rat für Festlandsangelegenheiten (MAC) in Taipeh", "MAC"]),
        entity("Liang Wen-chieh", "PER", "TWN", ["MAC-Sprecher Liang Wen-chieh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans", "Taiwan", "die Insel"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Chinas Armee"]),
        entity("Strait Thunder", "MISC", "CHN", ["Strait Thunder"]),
        entity("Government of Taiwan", "ORG", "TWN", ["Taiwans Regierung"]),
        entity("Legislative Yuan", "ORG", "TWN", ["Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm397-en-01 (ILO/Myanmar, Article 33 measures)
ILO = actor("International Labour Organization", "UNO", "IGO")
ILC = actor("International Labour Conference", "UNO", "IGO")
SAC = actor("State Administration Council", "MMR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
ILO_COI = actor("ILO Commission of Inquiry on Myanmar", "UNO", "IGO")
TRIANGLE = actor("Luc Triangle", "NGO", "LAB")
ITUC = actor("International Trade Union Confederation", "NGO", "LAB")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
SPDC = actor("State Peace and Development Council", "MMR", "GOV")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")

L1 = ("GENEVA (AP) — The International Labour Organization on Thursday imposed the toughest measures available under "
      "its constitution on Myanmar's military government, only the second time in the U.N. agency's 106-year history "
      "that it has done so.")
L2 = ("Delegates at the annual International Labour Conference adopted a resolution under Article 33 that demands "
      "the military end forced labor, free jailed trade unionists and restore freedom of association.")
L3 = ("It also calls on other U.N. bodies and on governments to review their dealings with the military to make sure "
      "they do not contribute to abuses.")
L4 = ("The measures follow the findings of an ILO commission of inquiry, which concluded last year that the military "
      "had forced civilians to work as porters and human shields and had jailed, tortured and killed union members "
      "since seizing power in February 2021.")
L5 = ("Myanmar's military government rejected the resolution as \"politically motivated\" and \"one-sided\" in a "
      "statement carried by state media on Friday.")
L6 = "It said the country's labor laws already protected workers and denied that forced labor was being used."
L7 = ("Luc Triangle, general secretary of the International Trade Union Confederation, welcomed the vote.")
L8 = ("\"The world will not look away while workers in Myanmar are jailed for organizing,\" he said.")
L9 = ("The confederation said dozens of union leaders remain in prison and urged the ILO to act against companies "
      "that do business with the military.")
L10 = ("Myanmar's shadow National Unity Government, formed by lawmakers ousted in the coup, also welcomed the decision "
       "and called on foreign governments to cut business ties with the military.")
L11 = ("The ILO first invoked Article 33 against Myanmar in 2000, also over forced labor, when the country was ruled "
       "by an earlier junta.")
L12 = ("Senior Gen. Min Aung Hlaing, who heads the military government, has promised to hold a general election in "
       "December.")
L13 = "The National Unity Government has called the planned vote \"a sham.\""
L14 = ("More than 3.5 million people have been displaced by fighting in Myanmar since the coup, according to U.N. "
       "figures.")

EN01 = {
    "id": "hm397-en-01", "lang": "en", "url": None, "published": "2025-06-13",
    "title": "UN labor agency imposes rare sanctions on Myanmar's military over forced labor",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6], [L7, L8, L9, L10], [L11, L12, L13, L14]),
    "events": [
        event("SANCTION", ILO, SAC, L1, mode="discontinue", date="2025-06-12", location="Geneva",
              location_country="CHE"),
        event("REQUEST", ILC, SAC, L2, mode="change"),
        event("REQUEST", ILC, UN, L3, mode="change"),
        event("ACCUSE", ILO_COI, SAC, L4, mode="allege"),
        event("REJECT", SAC, ILC, L5, date="2025-06-13"),
        event("SUPPORT", TRIANGLE, ILC, L7),
        event("ACCUSE", TRIANGLE, SAC, L8, mode="allege"),
        event("ACCUSE", ITUC, SAC, L9, mode="allege"),
        event("REQUEST", ITUC, ILO, L9),
        event("SUPPORT", NUG, ILC, L10),
        event("REQUEST", NUG, None, L10, mode="change"),
        event("SANCTION", ILO, SPDC, L11, mode="discontinue"),
        event("AGREE", MIN_AUNG_HLAING, None, L12),
        event("ACCUSE", NUG, MIN_AUNG_HLAING, L13, mode="disapprove"),
    ],
    "quotes": [
        quote("the military had forced civilians to work as porters and human shields and had jailed, tortured and "
              "killed union members since seizing power in February 2021", "ILO Commission of Inquiry on Myanmar",
              "indirect"),
        quote("politically motivated", "State Administration Council", "direct"),
        quote("one-sided", "State Administration Council", "direct"),
        quote("the country's labor laws already protected workers", "State Administration Council", "indirect"),
        quote("forced labor was being used", "State Administration Council", "indirect"),
        quote("The world will not look away while workers in Myanmar are jailed for organizing", "Luc Triangle",
              "direct"),
        quote("dozens of union leaders remain in prison", "International Trade Union Confederation", "indirect"),
        quote("a sham", "National Unity Government of Myanmar", "direct"),
        quote("More than 3.5 million people have been displaced by fighting in Myanmar since the coup",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA"]),
        entity("International Labour Organization", "ORG", "UNO",
               ["The International Labour Organization", "the U.N. agency", "the ILO", "The ILO", "ILO"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "the country"]),
        entity("State Administration Council", "ORG", "MMR",
               ["Myanmar's military government", "the military", "It", "the military government"]),
        entity("International Labour Conference", "ORG", "UNO", ["the annual International Labour Conference"]),
        entity("Article 33 of the ILO Constitution", "MISC", "UNO", ["Article 33"]),
        entity("United Nations", "ORG", "UNO", ["other U.N. bodies", "U.N."]),
        entity("ILO Commission of Inquiry on Myanmar", "ORG", "UNO", ["an ILO commission of inquiry"]),
        entity("Myanmar state media", "ORG", "MMR", ["state media"]),
        entity("Luc Triangle", "PER", "NGO",
               ["Luc Triangle, general secretary of the International Trade Union Confederation", "he"]),
        entity("International Trade Union Confederation", "ORG", "NGO",
               ["the International Trade Union Confederation", "The confederation"]),
        entity("workers in Myanmar", "PER", "MMR", ["workers in Myanmar"]),
        entity("jailed union leaders in Myanmar", "PER", "MMR", ["dozens of union leaders"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Myanmar's shadow National Unity Government", "The National Unity Government"]),
        entity("State Peace and Development Council", "ORG", "MMR", ["an earlier junta"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Senior Gen. Min Aung Hlaing"]),
    ],
}

# ---------------------------------------------------------------- hm397-en-02 (Nepal, Rabi Lamichhane arrested)
NEP_POLICE = actor("Nepal Police", "NPL", "COP")
KASKI_POLICE = actor("Kaski District Police Office", "NPL", "COP")
LAMICHHANE = actor("Rabi Lamichhane", "NPL", "PTY")
WAGLE = actor("Swarnim Wagle", "NPL", "PTY")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
RSP_SUPPORTERS = actor("supporters of Rastriya Swatantra Party", "NPL", "CVL")
RSP_MPS = actor("lawmakers of Rastriya Swatantra Party", "NPL", "LEG")
COOP_COMMITTEE = actor("special parliamentary committee on cooperatives", "NPL", "LEG")
KASKI_ATTORNEY = actor("Kaski District Attorney's Office", "NPL", "JUD")
NPL_SC = actor("Supreme Court of Nepal", "NPL", "JUD")

N1 = ("KATHMANDU, Nepal (AP) — Police in Nepal on Friday arrested Rabi Lamichhane, the leader of the country's "
      "fourth-largest party and a former home minister, over the alleged embezzlement of savings from cooperatives.")
N2 = ("Officers from the western district of Kaski detained Lamichhane at his Rastriya Swatantra Party's headquarters "
      "in Kathmandu and flew him to the lakeside city of Pokhara, a police spokesman said.")
N3 = ("Investigators accuse Lamichhane of diverting deposits from the Suryadarshan Savings and Credit Cooperative in "
      "Pokhara to a television company he ran before entering politics.")
N4 = "Lamichhane, a former television talk-show host, denies any wrongdoing."
N5 = ("\"This is political revenge, and we will answer it on the streets and in parliament,\" senior party leader "
      "Swarnim Wagle told reporters.")
N6 = ("Hundreds of party supporters gathered outside the Kaski district police office in Pokhara on Friday evening, "
      "chanting slogans and demanding his release.")
N7 = "Police used batons to push them back."
N8 = "There were no reports of serious injuries."
N9 = "The party's lawmakers said they would stay away from parliament until Lamichhane was freed."
N10 = ("A special parliamentary committee that examined the collapse of several cooperatives concluded in September "
       "that Lamichhane should be investigated over the misuse of funds.")
N11 = ("Tens of thousands of depositors have lost their savings as cooperatives across Nepal collapsed in recent "
       "years.")
N12 = "Lamichhane has not yet been formally charged."
N13 = "Prime Minister K.P. Sharma Oli said the law would take its course and that no one was above it."
N14 = ("In January 2023 the Supreme Court stripped Lamichhane of his parliamentary seat because he had not reacquired "
       "Nepali citizenship after giving up his U.S. passport.")
N15 = ("The ruling forced him to resign as home minister, though he regained the seat in a by-election months "
       "later.")

EN02 = {
    "id": "hm397-en-02", "lang": "en", "url": None, "published": "2024-10-18",
    "title": "Nepal police arrest party leader Rabi Lamichhane in cooperative fraud case",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8, N9], [N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("COERCE", NEP_POLICE, LAMICHHANE, N1, mode="arrest", date="2024-10-18", location="Kathmandu",
              location_country="NPL"),
        event("COERCE", KASKI_POLICE, LAMICHHANE, N2, mode="arrest", location="Kathmandu", location_country="NPL"),
        event("ACCUSE", NEP_POLICE, LAMICHHANE, N3, mode="allege"),
        event("ACCUSE", WAGLE, NPL_GOV, N5, mode="allege"),
        event("THREATEN", WAGLE, NPL_GOV, N5),
        event("PROTEST", RSP_SUPPORTERS, KASKI_POLICE, N6, mode="demo", date="2024-10-18", location="Pokhara",
              location_country="NPL"),
        event("REQUEST", RSP_SUPPORTERS, KASKI_POLICE, N6, mode="yield", date="2024-10-18", location="Pokhara",
              location_country="NPL"),
        event("ASSAULT", KASKI_POLICE, RSP_SUPPORTERS, N7, mode="crowd-control", location="Pokhara",
              location_country="NPL"),
        event("THREATEN", RSP_MPS, NPL_GOV, N9),
        event("ACCUSE", COOP_COMMITTEE, LAMICHHANE, N10, mode="allege"),
        event("ACCUSE", KASKI_ATTORNEY, LAMICHHANE, N12, mode="allege", negated=True),
        event("SANCTION", NPL_SC, LAMICHHANE, N14, mode="convict"),
        event("RETREAT", LAMICHHANE, None, N15, mode="resign"),
    ],
    "quotes": [
        quote("Officers from the western district of Kaski detained Lamichhane at his Rastriya Swatantra Party's "
              "headquarters in Kathmandu and flew him to the lakeside city of Pokhara",
              "spokesperson of Nepal Police", "indirect"),
        quote("This is political revenge, and we will answer it on the streets and in parliament", "Swarnim Wagle",
              "direct"),
        quote("they would stay away from parliament until Lamichhane was freed",
              "lawmakers of Rastriya Swatantra Party", "indirect"),
        quote("Lamichhane should be investigated over the misuse of funds",
              "special parliamentary committee on cooperatives", "indirect"),
        quote("the law would take its course and that no one was above it", "K. P. Sharma Oli", "indirect"),
    ],
    "entities": [
        entity("Kathmandu", "LOC", "NPL", ["KATHMANDU", "Kathmandu"]),
        entity("Nepal", "LOC", "NPL", ["Nepal", "the country's"]),
        entity("Nepal Police", "ORG", "NPL", ["Police in Nepal", "Investigators", "Police"]),
        entity("Rabi Lamichhane", "PER", "NPL",
               ["Rabi Lamichhane, the leader of the country's fourth-largest party and a former home minister",
                "Lamichhane", "his", "him", "he"]),
        entity("Rastriya Swatantra Party", "ORG", "NPL",
               ["the country's fourth-largest party", "Rastriya Swatantra Party", "The party's"]),
        entity("Kaski District Police Office", "ORG", "NPL",
               ["Officers from the western district of Kaski", "the Kaski district police office"]),
        entity("Kaski", "LOC", "NPL", ["the western district of Kaski"]),
        entity("Pokhara", "LOC", "NPL", ["the lakeside city of Pokhara", "Pokhara"]),
        entity("spokesperson of Nepal Police", "PER", "NPL", ["a police spokesman"]),
        entity("Suryadarshan Savings and Credit Cooperative", "ORG", "NPL",
               ["the Suryadarshan Savings and Credit Cooperative in Pokhara"]),
        entity("Gorkha Media Network", "ORG", "NPL", ["a television company he ran before entering politics"]),
        entity("Swarnim Wagle", "PER", "NPL", ["senior party leader Swarnim Wagle"]),
        entity("supporters of Rastriya Swatantra Party", "PER", "NPL", ["Hundreds of party supporters", "them"]),
        entity("lawmakers of Rastriya Swatantra Party", "PER", "NPL", ["The party's lawmakers", "they"]),
        entity("House of Representatives of Nepal", "ORG", "NPL", ["parliament"]),
        entity("special parliamentary committee on cooperatives", "ORG", "NPL",
               ["A special parliamentary committee that examined the collapse of several cooperatives"]),
        entity("Nepali depositors", "PER", "NPL", ["Tens of thousands of depositors"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Prime Minister K.P. Sharma Oli"]),
        entity("Supreme Court of Nepal", "ORG", "NPL", ["the Supreme Court"]),
        entity("United States", "LOC", "USA", ["U.S."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
