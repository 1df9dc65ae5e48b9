"""Round 445: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm445-de-01: Vanuatu: parliament elects Sato Kilman prime minister after Ishmael Kalsakau's ouster over the Australia security pact; the Supreme Court rejects Kalsakau's challenge, police at parliament, Kilman invites Canberra and Beijing to talks, Conroy congratulates (2023-09-04).
- hm445-de-02: Vietnam: gunmen storm two commune headquarters in Dak Lak and kill at least nine; police arrest 22 and investigate, police and troops hunt further suspects, Pham Minh Chinh's order, the ministry blames "reactionary forces" abroad, an exile group denies, the US embassy condemns (2023-06-12).
- hm445-de-03: Thailand: the Tak Bai massacre case lapses under the statute of limitations without any arrest; the 2004 shootings and truck deaths, Pisal quits Pheu Thai and parliament, Paetongtarn apologises but refuses an emergency decree, Amnesty and the People's Party object, a bomb hits a police checkpoint in Narathiwat (2024-10-26).
- hm445-de-04: Tonga: King Tupou VI demands that Prime Minister Siaosi Sovaleni give up the defence and foreign portfolios; Sovaleni refuses and plans to see the king, the cabinet backs him, Lord Fusitu'a demands the government's resignation, Winston Peters appeals to both sides (2024-02-06).
- hm445-en-01: Papua New Guinea: the government blocks Facebook nationwide as a "test" under anti-terrorism laws and restores it a day later; Tsiamalili says it is no ban, the Media Council, Neville Choi and Allan Bird object, no permanent ban decided, Masiu's earlier warning, Amnesty's appeal (2025-03-26).
- hm445-en-02: UN/Myanmar: special rapporteur Tom Andrews's "Billion Dollar Death Trade" report on arms supplies to the junta; he accuses Russia and China and urges a Security Council embargo, Singapore investigates firms and denies state supplies, Zaw Min Tun attacks Andrews, the NUG welcomes it, the Pazigyi air strike and ASEAN's exclusion of Min Aung Hlaing recalled (2023-05-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm445-de-01 (Vanuatu, Kilman elected)
VUT_OPP = actor("Vanuatu opposition", "VUT", "OPP")
KALSAKAU = actor("Ishmael Kalsakau", "VUT", "GOV")
VUT_SUPREME = actor("Supreme Court of Vanuatu", "VUT", "JUD")
KILMAN = actor("Sato Kilman", "VUT", "GOV")
VUT_POLICE = actor("Vanuatu Police Force", "VUT", "COP")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CONROY = actor("Pat Conroy", "AUS", "GOV")
VUT_GOV = actor("Government of Vanuatu", "VUT", "GOV")

V1 = ("Port Vila (dpa) - Das Parlament des pazifischen Inselstaats Vanuatu hat den früheren Regierungschef Sato Kilman "
      "erneut zum Premierminister gewählt.")
V2 = "Kilman erhielt am Montag 27 der 52 Stimmen, wie Parlamentspräsident Seoule Simeon mitteilte."
V3 = "Der 66-Jährige löst Ishmael Kalsakau ab, der in der vergangenen Woche ein Misstrauensvotum verloren hatte."
V4 = ("Die Opposition hatte Kalsakau vorgeworfen, mit einem Sicherheitsabkommen mit Australien die traditionelle "
      "Blockfreiheit des Landes aufs Spiel gesetzt zu haben.")
V5 = ("Das im Dezember unterzeichnete Abkommen sieht eine engere Zusammenarbeit bei Polizei, Grenzschutz und "
      "Cybersicherheit vor, ist aber noch nicht ratifiziert.")
V6 = "Kalsakau hatte vor dem Obersten Gerichtshof beantragt, das Misstrauensvotum für ungültig zu erklären."
V7 = ("Nach seiner Auffassung hätten die 26 Stimmen der Antragsteller nicht für die nötige absolute Mehrheit "
      "gereicht.")
V8 = "Das Gericht wies die Klage am Freitag ab."
V9 = "Die Entscheidung des Parlaments sei verfassungsgemäß zustande gekommen, hieß es in der Urteilsbegründung."
V10 = ("Kalsakau gratulierte seinem Nachfolger noch am Montag und kündigte an, die Arbeit der neuen Regierung "
       "kritisch zu begleiten.")
V11 = "Vor dem Parlamentsgebäude in der Hauptstadt zog die Polizei zusätzliche Beamte zusammen."
V12 = "Zwischenfälle gab es nach Angaben eines Polizeisprechers nicht."
V13 = "Kilman lud Australien und China zu Gesprächen über die Sicherheitslage in der Region ein."
V14 = "„Vanuatu ist mit allen befreundet und mit niemandem verfeindet“, sagte er vor Journalisten."
V15 = ("Australiens Pazifikminister Pat Conroy gratulierte Kilman und sagte, Canberra werde eng mit der neuen "
       "Regierung in Port Vila zusammenarbeiten.")
V16 = "China ist der größte Gläubiger des Inselstaats mit rund 300.000 Einwohnern."
V17 = ("Seit der Unabhängigkeit von Großbritannien und Frankreich im Jahr 1980 haben in Vanuatu immer wieder "
       "Misstrauensvoten Regierungen zu Fall gebracht.")

DE01 = {
    "id": "hm445-de-01", "lang": "de", "url": None, "published": "2023-09-04",
    "title": "Vanuatu: Parlament wählt Kilman zum Regierungschef",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9, V10], [V11, V12, V13, V14], [V15, V16, V17]),
    "events": [
        event("ACCUSE", VUT_OPP, KALSAKAU, V4, mode="disapprove"),
        event("REQUEST", KALSAKAU, VUT_SUPREME, V6),
        event("REJECT", VUT_SUPREME, KALSAKAU, V8, date="2023-09-01"),
        event("SUPPORT", KALSAKAU, KILMAN, V10, date="2023-09-04"),
        event("MOBILIZE", VUT_POLICE, None, V11, mode="police", location="Port Vila", location_country="VUT"),
        event("AGREE", KILMAN, AUS_GOV, V13),
        event("AGREE", KILMAN, CHN_GOV, V13),
        event("SUPPORT", CONROY, KILMAN, V15),
        event("AGREE", CONROY, VUT_GOV, V15),
    ],
    "quotes": [
        quote("Kilman erhielt am Montag 27 der 52 Stimmen", "Seoule Simeon", "indirect"),
        quote("mit einem Sicherheitsabkommen mit Australien die traditionelle Blockfreiheit des Landes aufs Spiel "
              "gesetzt zu haben", "Vanuatu opposition", "indirect"),
        quote("Nach seiner Auffassung hätten die 26 Stimmen der Antragsteller nicht für die nötige absolute Mehrheit "
              "gereicht", "Ishmael Kalsakau", "indirect"),
        quote("Die Entscheidung des Parlaments sei verfassungsgemäß zustande gekommen", "Supreme Court of Vanuatu",
              "indirect"),
        quote("die Arbeit der neuen Regierung kritisch zu begleiten", "Ishmael Kalsakau", "indirect"),
        quote("Zwischenfälle gab es nach Angaben eines Polizeisprechers nicht", "spokesman of the Vanuatu Police Force",
              "indirect"),
        quote("Vanuatu ist mit allen befreundet und mit niemandem verfeindet", "Sato Kilman", "direct"),
        quote("Canberra werde eng mit der neuen Regierung in Port Vila zusammenarbeiten", "Pat Conroy", "indirect"),
    ],
    "entities": [
        entity("Port Vila", "LOC", "VUT", ["Port Vila", "der Hauptstadt"]),
        entity("Parliament of Vanuatu", "ORG", "VUT", ["Das Parlament des pazifischen Inselstaats Vanuatu",
                                                       "des Parlaments"]),
        entity("Parliament House (Port Vila)", "LOC", "VUT", ["dem Parlamentsgebäude"]),
        entity("Vanuatu", "LOC", "VUT", ["des pazifischen Inselstaats Vanuatu", "des Landes", "Vanuatu",
                                         "des Inselstaats"]),
        entity("Sato Kilman", "PER", "VUT", ["den früheren Regierungschef Sato Kilman", "Kilman", "Der 66-Jährige",
                                             "seinem Nachfolger", "er"]),
        entity("Seoule Simeon", "PER", "VUT", ["Parlamentspräsident Seoule Simeon"]),
        entity("Ishmael Kalsakau", "PER", "VUT", ["Ishmael Kalsakau", "Kalsakau", "seiner"]),
        entity("Vanuatu opposition", "ORG", "VUT", ["Die Opposition", "der Antragsteller"]),
        entity("Government of Australia", "ORG", "AUS", ["Australien", "Canberra"]),
        entity("Australia", "LOC", "AUS", ["Australien", "Australiens"]),
        entity("Supreme Court of Vanuatu", "ORG", "VUT", ["dem Obersten Gerichtshof", "Das Gericht"]),
        entity("Government of Vanuatu", "ORG", "VUT", ["der neuen Regierung", "der neuen Regierung in Port Vila"]),
        entity("Vanuatu Police Force", "ORG", "VUT", ["die Polizei"]),
        entity("spokesman of the Vanuatu Police Force", "PER", "VUT", ["eines Polizeisprechers"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Pacific region", "LOC", None, ["der Region"]),
        entity("Pat Conroy", "PER", "AUS", ["Australiens Pazifikminister Pat Conroy"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
    ],
}

# ---------------------------------------------------------------- hm445-de-02 (Vietnam, Dak Lak attacks)
ATTACKERS = actor("Dak Lak attackers", "VNM", "REB")
COMMUNES = actor("People's Committees of Ea Tieu and Ea Ktur", "VNM", "GOV")
VNM_POLICE = actor("Vietnamese police", "VNM", "COP")
VNM_ARMY = actor("Vietnam People's Army", "VNM", "MIL")
CHINH = actor("Pham Minh Chinh", "VNM", "GOV")
VNM_MPS = actor("Ministry of Public Security of Vietnam", "VNM", "GOV")
VNM_EXILES = actor("reactionary forces abroad", "VNM", "OPP")
VNM_SECURITY = actor("Vietnamese security forces", "VNM", "COP")
MONT_PROTESTERS = actor("Montagnard protesters", "VNM", "CVL")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")
US_EMB_HANOI = actor("Embassy of the United States in Hanoi", "USA", "GOV")

D1 = ("Hanoi (dpa) - Bei Angriffen bewaffneter Männer auf zwei Gemeindeverwaltungen im zentralen Hochland Vietnams "
      "sind mindestens neun Menschen getötet worden.")
D2 = ("Unter den Toten seien vier Polizisten und zwei Gemeindefunktionäre, teilte das Ministerium für öffentliche "
      "Sicherheit am Montag mit.")
D3 = ("Die Angreifer hatten in der Nacht zum Sonntag mit Gewehren und Brandsätzen die Sitze der Volkskomitees in den "
      "Gemeinden Ea Tieu und Ea Ktur in der Provinz Dak Lak gestürmt.")
D4 = ("Nach Angaben der staatlichen Zeitung „Tuoi Tre“ trugen die Angreifer Tarnkleidung und hatten zuvor die "
      "Telefonleitungen gekappt.")
D5 = "Die Polizei nahm bis Montag 22 Verdächtige fest und leitete Ermittlungen wegen Terrorismus ein."
D6 = "Nach weiteren Beteiligten werde mit Hunderten Polizisten und Soldaten gefahndet, hieß es aus dem Ministerium."
D7 = "Regierungschef Pham Minh Chinh ordnete an, die Täter „mit aller Härte“ zu verfolgen."
D8 = ("Das Ministerium sprach von einem „terroristischen Akt“ und machte „reaktionäre Kräfte“ im Ausland für die "
      "Planung verantwortlich.")
D9 = "Eine in den USA ansässige Organisation von Montagnards wies jede Verbindung zu den Angriffen zurück."
D10 = ("Im zentralen Hochland leben zahlreiche ethnische Minderheiten, die im Ausland oft unter dem Sammelbegriff "
       "Montagnards bekannt sind.")
D11 = "Seit Jahrzehnten gibt es in der Region Spannungen um Landrechte und Religionsfreiheit."
D12 = "Sicherheitskräfte hatten 2001 und 2004 Proteste von Montagnards in der Region gewaltsam aufgelöst."
D13 = ("Die US-Botschaft in Hanoi verurteilte die Gewalt und sprach den Angehörigen der Opfer ihr Beileid aus.")
D14 = "Angriffe auf staatliche Einrichtungen sind in dem kommunistisch regierten Land äußerst selten."
D15 = "Staatsmedien zeigten am Montag Bilder von ausgebrannten Fahrzeugen und eingeschlagenen Fenstern."

DE02 = {
    "id": "hm445-de-02", "lang": "de", "url": None, "published": "2023-06-12",
    "title": "Neun Tote bei Angriffen auf Behörden im Hochland Vietnams",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12], [D13, D14, D15]),
    "events": [
        event("ASSAULT", ATTACKERS, COMMUNES, D1, mode="firearms", location="Central Highlands",
              location_country="VNM"),
        event("ASSAULT", ATTACKERS, COMMUNES, D3, mode="firearms", date="2023-06-11", location="Dak Lak",
              location_country="VNM"),
        event("COERCE", VNM_POLICE, ATTACKERS, D5, mode="arrest"),
        event("ACCUSE", VNM_POLICE, ATTACKERS, D5, mode="investigate"),
        event("MOBILIZE", VNM_POLICE, None, D6, mode="police"),
        event("MOBILIZE", VNM_ARMY, None, D6, mode="troops"),
        event("THREATEN", CHINH, ATTACKERS, D7),
        event("ACCUSE", VNM_MPS, ATTACKERS, D8, mode="disapprove"),
        event("ACCUSE", VNM_MPS, VNM_EXILES, D8, mode="allege"),
        event("COERCE", VNM_SECURITY, MONT_PROTESTERS, D12, mode="crowd-control", location="Central Highlands",
              location_country="VNM"),
        event("PROTEST", MONT_PROTESTERS, VNM_GOV, D12, mode="demo", location="Central Highlands",
              location_country="VNM"),
        event("ACCUSE", US_EMB_HANOI, ATTACKERS, D13, mode="disapprove"),
    ],
    "quotes": [
        quote("Unter den Toten seien vier Polizisten und zwei Gemeindefunktionäre",
              "Ministry of Public Security of Vietnam", "indirect"),
        quote("Nach Angaben der staatlichen Zeitung „Tuoi Tre“ trugen die Angreifer Tarnkleidung und hatten zuvor die "
              "Telefonleitungen gekappt", "Tuoi Tre", "indirect"),
        quote("Nach weiteren Beteiligten werde mit Hunderten Polizisten und Soldaten gefahndet",
              "Ministry of Public Security of Vietnam", "indirect"),
        quote("mit aller Härte", "Pham Minh Chinh", "direct"),
        quote("die Täter „mit aller Härte“ zu verfolgen", "Pham Minh Chinh", "indirect"),
        quote("terroristischen Akt", "Ministry of Public Security of Vietnam", "direct"),
        quote("reaktionäre Kräfte", "Ministry of Public Security of Vietnam", "direct"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["Hanoi"]),
        entity("Dak Lak attackers", "PER", "VNM", ["bewaffneter Männer", "Die Angreifer", "die Angreifer",
                                                   "22 Verdächtige", "weiteren Beteiligten", "die Täter"]),
        entity("People's Committees of Ea Tieu and Ea Ktur", "ORG", "VNM",
               ["zwei Gemeindeverwaltungen", "die Sitze der Volkskomitees"]),
        entity("Central Highlands", "LOC", "VNM", ["im zentralen Hochland Vietnams", "Im zentralen Hochland",
                                                   "in der Region"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnams", "dem kommunistisch regierten Land"]),
        entity("Vietnamese police officers killed in Dak Lak", "PER", "VNM", ["vier Polizisten"]),
        entity("commune officials killed in Dak Lak", "PER", "VNM", ["zwei Gemeindefunktionäre"]),
        entity("Ministry of Public Security of Vietnam", "ORG", "VNM",
               ["das Ministerium für öffentliche Sicherheit", "dem Ministerium", "Das Ministerium"]),
        entity("Ea Tieu", "LOC", "VNM", ["Ea Tieu"]),
        entity("Ea Ktur", "LOC", "VNM", ["Ea Ktur"]),
        entity("Dak Lak", "LOC", "VNM", ["der Provinz Dak Lak"]),
        entity("Tuoi Tre", "ORG", "VNM", ["der staatlichen Zeitung „Tuoi Tre“"]),
        entity("Vietnamese police", "ORG", "VNM", ["Die Polizei", "Hunderten Polizisten"]),
        entity("Vietnam People's Army", "ORG", "VNM", ["Soldaten"]),
        entity("Pham Minh Chinh", "PER", "VNM", ["Regierungschef Pham Minh Chinh"]),
        entity("reactionary forces abroad", "ORG", "VNM", ["„reaktionäre Kräfte“ im Ausland"]),
        entity("Montagnard exile organisation in the United States", "ORG", "USA",
               ["Eine in den USA ansässige Organisation von Montagnards"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Montagnards", "MISC", "VNM", ["Montagnards"]),
        entity("Vietnamese security forces", "ORG", "VNM", ["Sicherheitskräfte"]),
        entity("Montagnard protesters", "PER", "VNM", ["Proteste von Montagnards"]),
        entity("Embassy of the United States in Hanoi", "ORG", "USA", ["Die US-Botschaft in Hanoi"]),
        entity("relatives of the Dak Lak victims", "PER", "VNM", ["den Angehörigen der Opfer"]),
    ],
}

# ---------------------------------------------------------------- hm445-de-03 (Thailand, Tak Bai case lapses)
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
TAKBAI_DEF = actor("Tak Bai defendants", "THA", "MIL")
NARA_COURTS = actor("Narathiwat courts", "THA", "JUD")
THA_SECURITY = actor("Thai security forces", "THA", "MIL")
TB_PROTESTERS = actor("Tak Bai protesters", "THA", "CVL")
THA_SOLDIERS = actor("Royal Thai Army", "THA", "MIL")
PISAL = actor("Pisal Wattanawongkiri", "THA", "LEG")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")
TB_FAMILIES = actor("relatives of Tak Bai victims", "THA", "CVL")
THA_RIGHTS = actor("Thai human rights groups", "THA", "NGO")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
PEOPLES_PARTY = actor("People's Party (Thailand)", "THA", "PTY")
INSURGENTS = actor("Malay Muslim insurgents", "THA", "REB")

T1 = ("Bangkok (dpa) - Zwanzig Jahre nach dem Tod von 85 muslimischen Demonstranten im Süden Thailands ist die "
      "Strafverfolgung der mutmaßlich Verantwortlichen endgültig gescheitert.")
T2 = ("Um Mitternacht zum Samstag lief die Verjährungsfrist für das sogenannte Tak-Bai-Massaker ab, ohne dass einer "
      "der Angeklagten vor Gericht erschienen war.")
T3 = ("Keiner der mehr als ein Dutzend Beschuldigten wurde festgenommen, obwohl Gerichte in der Provinz Narathiwat "
      "Haftbefehle gegen sie erlassen hatten.")
T4 = ("Am 25. Oktober 2004 hatten Sicherheitskräfte vor der Polizeistation von Tak Bai das Feuer auf Demonstranten "
      "eröffnet und sieben Menschen getötet.")
T5 = ("78 weitere starben, nachdem Soldaten sie gefesselt und übereinandergestapelt auf Lastwagen in ein Armeelager "
      "gebracht hatten.")
T6 = ("Unter den Angeklagten ist der frühere General Pisal Wattanawongkiri, der damals die Armee im Süden "
      "befehligte.")
T7 = "Er hatte Mitte Oktober sein Mandat für die Regierungspartei Pheu Thai niedergelegt und die Partei verlassen."
T8 = "Nach Angaben seiner Anwälte hält er sich zur medizinischen Behandlung im Ausland auf."
T9 = "Regierungschefin Paetongtarn Shinawatra entschuldigte sich bei den Familien der Opfer."
T10 = ("Angehörige und Menschenrechtsgruppen hatten die Regierung aufgefordert, die Frist per Notverordnung zu "
       "verlängern.")
T11 = "Paetongtarn lehnte dies ab und verwies auf verfassungsrechtliche Bedenken."
T12 = "Regierungschef war 2004 ihr Vater Thaksin Shinawatra."
T13 = "Amnesty International sprach von einem „schwarzen Tag für die Gerechtigkeit“."
T14 = ("Die oppositionelle Volkspartei warf der Regierung vor, die Angeklagten bewusst nicht verfolgt zu haben.")
T15 = ("In der Nacht zum Samstag zündeten mutmaßliche Aufständische in Narathiwat eine Bombe an einem Kontrollposten "
       "der Polizei und verletzten zwei Beamte.")
T16 = "Die Armee machte separatistische Rebellen für den Anschlag verantwortlich."
T17 = ("In den drei südlichsten Provinzen Thailands kämpfen malaiisch-muslimische Rebellen seit 2004 für mehr "
       "Autonomie; seither wurden mehr als 7000 Menschen getötet.")

DE03 = {
    "id": "hm445-de-03", "lang": "de", "url": None, "published": "2024-10-26",
    "title": "Thailand: Tak-Bai-Massaker bleibt ungesühnt",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7, T8], [T9, T10, T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("COERCE", THA_POLICE, TAKBAI_DEF, T3, mode="arrest", negated=True),
        event("THREATEN", NARA_COURTS, TAKBAI_DEF, T3, mode="arrest", location="Narathiwat",
              location_country="THA"),
        event("ASSAULT", THA_SECURITY, TB_PROTESTERS, T4, mode="firearms", date="2004-10-25", location="Tak Bai",
              location_country="THA"),
        event("COERCE", THA_SOLDIERS, TB_PROTESTERS, T5, mode="arrest"),
        event("RETREAT", PISAL, None, T7, mode="resign"),
        event("CONCEDE", PAETONGTARN, TB_FAMILIES, T9),
        event("REQUEST", TB_FAMILIES, THA_GOV, T10, mode="change"),
        event("REQUEST", THA_RIGHTS, THA_GOV, T10, mode="change"),
        event("REJECT", PAETONGTARN, TB_FAMILIES, T11, mode="change"),
        event("REJECT", PAETONGTARN, THA_RIGHTS, T11, mode="change"),
        event("ACCUSE", AMNESTY, THA_GOV, T13, mode="disapprove"),
        event("ACCUSE", PEOPLES_PARTY, THA_GOV, T14, mode="allege"),
        event("ASSAULT", INSURGENTS, THA_POLICE, T15, mode="explosives", date="2024-10-26", location="Narathiwat",
              location_country="THA"),
        event("ACCUSE", THA_SOLDIERS, INSURGENTS, T16, mode="allege"),
    ],
    "quotes": [
        quote("Nach Angaben seiner Anwälte hält er sich zur medizinischen Behandlung im Ausland auf",
              "lawyers of Pisal Wattanawongkiri", "indirect"),
        quote("schwarzen Tag für die Gerechtigkeit", "Amnesty International", "direct"),
        quote("die Angeklagten bewusst nicht verfolgt zu haben", "People's Party (Thailand)", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Tak Bai protesters", "PER", "THA", ["85 muslimischen Demonstranten", "Demonstranten",
                                                    "sieben Menschen", "78 weitere", "sie"]),
        entity("Southern Thailand", "LOC", "THA", ["im Süden Thailands", "im Süden",
                                                   "den drei südlichsten Provinzen Thailands"]),
        entity("Thailand", "LOC", "THA", ["Thailands"]),
        entity("Tak Bai defendants", "PER", "THA", ["der mutmaßlich Verantwortlichen", "der Angeklagten",
                                                    "der mehr als ein Dutzend Beschuldigten", "sie",
                                                    "den Angeklagten", "die Angeklagten"]),
        entity("Tak Bai massacre", "MISC", "THA", ["das sogenannte Tak-Bai-Massaker"]),
        entity("Narathiwat courts", "ORG", "THA", ["Gerichte in der Provinz Narathiwat"]),
        entity("Narathiwat", "LOC", "THA", ["der Provinz Narathiwat", "Narathiwat"]),
        entity("Thai security forces", "ORG", "THA", ["Sicherheitskräfte"]),
        entity("Tak Bai police station", "LOC", "THA", ["der Polizeistation von Tak Bai"]),
        entity("Tak Bai", "LOC", "THA", ["Tak Bai"]),
        entity("Royal Thai Army", "ORG", "THA", ["Soldaten", "die Armee", "Die Armee"]),
        entity("Pisal Wattanawongkiri", "PER", "THA", ["der frühere General Pisal Wattanawongkiri", "Er",
                                                       "seiner", "er"]),
        entity("Pheu Thai", "ORG", "THA", ["die Regierungspartei Pheu Thai", "die Partei"]),
        entity("lawyers of Pisal Wattanawongkiri", "PER", "THA", ["seiner Anwälte"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Regierungschefin Paetongtarn Shinawatra", "Paetongtarn",
                                                        "ihr"]),
        entity("relatives of Tak Bai victims", "PER", "THA", ["den Familien der Opfer", "Angehörige"]),
        entity("Thai human rights groups", "ORG", "THA", ["Menschenrechtsgruppen"]),
        entity("Government of Thailand", "ORG", "THA", ["die Regierung", "der Regierung"]),
        entity("Thaksin Shinawatra", "PER", "THA", ["ihr Vater Thaksin Shinawatra"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("People's Party (Thailand)", "ORG", "THA", ["Die oppositionelle Volkspartei"]),
        entity("Malay Muslim insurgents", "ORG", "THA", ["mutmaßliche Aufständische", "separatistische Rebellen",
                                                         "malaiisch-muslimische Rebellen"]),
        entity("Royal Thai Police", "ORG", "THA", ["der Polizei"]),
        entity("police officers wounded in Narathiwat", "PER", "THA", ["zwei Beamte"]),
    ],
}

# ---------------------------------------------------------------- hm445-de-04 (Tonga, king vs prime minister)
KING_TUPOU = actor("Tupou VI", "TON", "GOV")
SOVALENI = actor("Siaosi Sovaleni", "TON", "GOV")
TON_CABINET = actor("Cabinet of Tonga", "TON", "GOV")
FUSITUA = actor("Lord Fusitu'a", "TON", "LEG")
TON_GOV = actor("Government of Tonga", "TON", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")

G1 = ("Nuku'alofa (dpa) - Im pazifischen Königreich Tonga ist ein offener Machtkampf zwischen König Tupou VI. und "
      "Premierminister Siaosi Sovaleni ausgebrochen.")
G2 = ("Der Monarch forderte den Regierungschef auf, seine Ämter als Verteidigungs- und Außenminister abzugeben, wie "
      "aus einem am Montag veröffentlichten Schreiben des Kronrats hervorgeht.")
G3 = "Eine Begründung enthält das Schreiben nicht."
G4 = ("Sovaleni, der beide Ressorts neben dem Amt des Regierungschefs führt, lehnte es ab, die Posten zu räumen.")
G5 = ("Nach der Verfassung könne der König Minister nur auf Vorschlag des Premierministers entlassen, teilte sein "
      "Büro mit.")
G6 = ("„Wir respektieren Seine Majestät, aber wir respektieren auch die Verfassung“, sagte Sovaleni dem Sender Radio "
      "Tonga.")
G7 = "Das Kabinett stellte sich am Dienstag geschlossen hinter den Regierungschef."
G8 = "Sovaleni kündigte an, den König noch in dieser Woche im Palast aufzusuchen, um den Streit beizulegen."
G9 = "Der Adelsabgeordnete Lord Fusitu'a forderte dagegen den Rücktritt der gesamten Regierung."
G10 = "Sovaleni habe das Vertrauen des Königs verspielt und müsse die Konsequenzen ziehen, sagte er."
G11 = "Tonga ist seit 2010 eine konstitutionelle Monarchie mit einem überwiegend vom Volk gewählten Parlament."
G12 = ("Der König behält jedoch weitreichende Befugnisse, etwa bei der Ernennung von Richtern und bei der Auflösung "
       "des Parlaments.")
G13 = "Sovaleni ist seit Dezember 2021 im Amt."
G14 = ("Neuseelands Außenminister Winston Peters rief beide Seiten auf, den Konflikt im Rahmen der Verfassung zu "
       "lösen.")
G16 = "Ein Sprecher des Palastes war für eine Stellungnahme zunächst nicht zu erreichen."
G15 = ("Das Königreich mit rund 100.000 Einwohnern ist stark auf Hilfe aus Neuseeland, Australien und China "
       "angewiesen.")

DE04 = {
    "id": "hm445-de-04", "lang": "de", "url": None, "published": "2024-02-06",
    "title": "Machtkampf in Tonga: König fordert Regierungschef heraus",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G16], [G7, G8, G9, G10], [G11, G12, G13], [G14, G15]),
    "events": [
        event("REQUEST", KING_TUPOU, SOVALENI, G2, mode="yield"),
        event("REJECT", SOVALENI, KING_TUPOU, G4, mode="yield"),
        event("SUPPORT", TON_CABINET, SOVALENI, G7, date="2024-02-06"),
        event("AGREE", SOVALENI, KING_TUPOU, G8),
        event("REQUEST", FUSITUA, TON_GOV, G9, mode="change"),
        event("ACCUSE", FUSITUA, SOVALENI, G10, mode="disapprove"),
        event("REQUEST", FUSITUA, SOVALENI, G10, mode="change"),
        event("REQUEST", PETERS, KING_TUPOU, G14),
        event("REQUEST", PETERS, SOVALENI, G14),
    ],
    "quotes": [
        quote("Der Monarch forderte den Regierungschef auf, seine Ämter als Verteidigungs- und Außenminister "
              "abzugeben", "Privy Council of Tonga", "indirect"),
        quote("Nach der Verfassung könne der König Minister nur auf Vorschlag des Premierministers entlassen",
              "Office of the Prime Minister of Tonga", "indirect"),
        quote("Wir respektieren Seine Majestät, aber wir respektieren auch die Verfassung", "Siaosi Sovaleni",
              "direct"),
        quote("den König noch in dieser Woche im Palast aufzusuchen, um den Streit beizulegen", "Siaosi Sovaleni",
              "indirect"),
        quote("Sovaleni habe das Vertrauen des Königs verspielt und müsse die Konsequenzen ziehen", "Lord Fusitu'a",
              "indirect"),
        quote("den Konflikt im Rahmen der Verfassung zu lösen", "Winston Peters", "indirect"),
    ],
    "entities": [
        entity("Nuku'alofa", "LOC", "TON", ["Nuku'alofa"]),
        entity("Tonga", "LOC", "TON", ["pazifischen Königreich Tonga", "Tonga", "Das Königreich"]),
        entity("Tupou VI", "PER", "TON", ["König Tupou VI.", "Der Monarch", "der König", "Seine Majestät",
                                          "den König", "des Königs", "Der König"]),
        entity("Siaosi Sovaleni", "PER", "TON", ["Premierminister Siaosi Sovaleni", "den Regierungschef", "seine",
                                                 "Sovaleni"]),
        entity("Privy Council of Tonga", "ORG", "TON", ["des Kronrats"]),
        entity("Office of the Prime Minister of Tonga", "ORG", "TON", ["sein Büro"]),
        entity("Radio Tonga", "ORG", "TON", ["dem Sender Radio Tonga"]),
        entity("Cabinet of Tonga", "ORG", "TON", ["Das Kabinett"]),
        entity("Royal Palace (Nuku'alofa)", "LOC", "TON", ["im Palast"]),
        entity("spokesman of the Royal Palace of Tonga", "PER", "TON", ["Ein Sprecher des Palastes"]),
        entity("Lord Fusitu'a", "PER", "TON", ["Der Adelsabgeordnete Lord Fusitu'a", "er"]),
        entity("Government of Tonga", "ORG", "TON", ["der gesamten Regierung"]),
        entity("Legislative Assembly of Tonga", "ORG", "TON", ["einem überwiegend vom Volk gewählten Parlament",
                                                               "des Parlaments"]),
        entity("Winston Peters", "PER", "NZL", ["Neuseelands Außenminister Winston Peters"]),
        entity("New Zealand", "LOC", "NZL", ["Neuseelands", "Neuseeland"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm445-en-01 (Papua New Guinea, Facebook block)
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
META = actor("Meta Platforms", "MNC", "BUS")
MEDIA_COUNCIL = actor("Media Council of Papua New Guinea", "PNG", "MED")
CHOI = actor("Neville Choi", "PNG", "MED")
BIRD = actor("Allan Bird", "PNG", "OPP")
MASIU = actor("Timothy Masiu", "PNG", "GOV")
PLATFORMS = actor("social media platforms", "MNC", "BUS")
AMNESTY_E = actor("Amnesty International", "NGO", "NGO")

P1 = ("PORT MORESBY, Papua New Guinea (AP) — Papua New Guinea's government cut off access to Facebook nationwide "
      "for more than a day in what officials called a test of new powers under the country's anti-terrorism laws.")
P2 = ("Users across the Pacific nation reported on Monday that the platform could only be reached through virtual "
      "private networks.")
P3 = ("Police Minister Peter Tsiamalili Jr. said the shutdown was meant to test whether authorities could curb hate "
      "speech, misinformation, pornography and human trafficking on the site.")
P4 = "\"This is not a ban,\" Tsiamalili told reporters in the capital."
P5 = "The government restored access on Tuesday evening, according to local internet providers."
P6 = ("The Media Council of Papua New Guinea condemned the move as an attack on press freedom and demanded that the "
      "government guarantee it would not happen again.")
P7 = ("\"Shutting down the main source of news for millions of people is censorship, whatever the government chooses "
      "to call it,\" council president Neville Choi said.")
P8 = ("East Sepik Governor Allan Bird, one of the government's most outspoken critics, called the block \"illegal\" "
      "and accused ministers of trying to silence opponents.")
P9 = "Officials said no decision had been made to ban Facebook permanently."
P10 = ("Tsiamalili added that the police would assess the results of the test before recommending any further "
       "steps.")
P11 = "Meta, which owns Facebook, did not respond to a request for comment."
P12 = ("Communications Minister Timothy Masiu warned last year that the government would act against platforms that "
       "spread \"fake news\" and abuse.")
P13 = ("About 1.3 million people in Papua New Guinea use Facebook, making it the country's most important platform "
       "for news and political debate.")
P14 = ("Amnesty International urged Prime Minister James Marape's government to respect freedom of expression and not "
       "to repeat the test.")
P15 = ("Papua New Guinea, a nation of about 10 million people, has some of the lowest rates of internet access in "
       "the Asia-Pacific region.")

EN01 = {
    "id": "hm445-en-01", "lang": "en", "url": None, "published": "2025-03-26",
    "title": "Papua New Guinea blocks Facebook in what officials call an anti-terrorism 'test'",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("COERCE", PNG_GOV, META, P1, mode="censor", location_country="PNG"),
        event("RETREAT", PNG_GOV, META, P5, date="2025-03-25"),
        event("ACCUSE", MEDIA_COUNCIL, PNG_GOV, P6, mode="disapprove"),
        event("REQUEST", MEDIA_COUNCIL, PNG_GOV, P6, mode="change"),
        event("ACCUSE", CHOI, PNG_GOV, P7, mode="disapprove"),
        event("ACCUSE", BIRD, PNG_GOV, P8, mode="disapprove"),
        event("COERCE", PNG_GOV, META, P9, mode="ban", negated=True),
        event("THREATEN", MASIU, PLATFORMS, P12),
        event("REQUEST", AMNESTY_E, PNG_GOV, P14, mode="change"),
    ],
    "quotes": [
        quote("the shutdown was meant to test whether authorities could curb hate speech, misinformation, pornography "
              "and human trafficking on the site", "Peter Tsiamalili Jr.", "indirect"),
        quote("This is not a ban", "Peter Tsiamalili Jr.", "direct"),
        quote("The government restored access on Tuesday evening", "local internet providers", "indirect"),
        quote("the government guarantee it would not happen again", "Media Council of Papua New Guinea",
              "indirect"),
        quote("Shutting down the main source of news for millions of people is censorship, whatever the government "
              "chooses to call it", "Neville Choi", "direct"),
        quote("illegal", "Allan Bird", "direct"),
        quote("no decision had been made to ban Facebook permanently", "Government of Papua New Guinea", "indirect"),
        quote("the police would assess the results of the test before recommending any further steps",
              "Peter Tsiamalili Jr.", "indirect"),
        quote("fake news", "Timothy Masiu", "direct"),
        quote("the government would act against platforms that spread \"fake news\" and abuse", "Timothy Masiu",
              "indirect"),
    ],
    "entities": [
        entity("Port Moresby", "LOC", "PNG", ["PORT MORESBY", "the capital"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua New Guinea", "the country's", "the Pacific nation",
                                                  "a nation of about 10 million people"]),
        entity("Government of Papua New Guinea", "ORG", "PNG",
               ["Papua New Guinea's government", "officials", "The government", "the government",
                "the government's", "ministers", "Officials", "Prime Minister James Marape's government"]),
        entity("Facebook", "ORG", "MNC", ["Facebook", "the platform", "the site"]),
        entity("Facebook users in Papua New Guinea", "PER", "PNG", ["Users across the Pacific nation",
                                                                    "About 1.3 million people"]),
        entity("Peter Tsiamalili Jr.", "PER", "PNG", ["Police Minister Peter Tsiamalili Jr.", "Tsiamalili"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["the police"]),
        entity("local internet providers", "ORG", "PNG", ["local internet providers"]),
        entity("Media Council of Papua New Guinea", "ORG", "PNG", ["The Media Council of Papua New Guinea"]),
        entity("Neville Choi", "PER", "PNG", ["council president Neville Choi"]),
        entity("Allan Bird", "PER", "PNG", ["East Sepik Governor Allan Bird, one of the government's most outspoken "
                                            "critics"]),
        entity("East Sepik", "LOC", "PNG", ["East Sepik"]),
        entity("Meta Platforms", "ORG", "MNC", ["Meta"]),
        entity("Timothy Masiu", "PER", "PNG", ["Communications Minister Timothy Masiu"]),
        entity("social media platforms", "ORG", "MNC", ["platforms that spread \"fake news\" and abuse"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape's"]),
        entity("Asia-Pacific", "LOC", None, ["the Asia-Pacific region"]),
    ],
}

# ---------------------------------------------------------------- hm445-en-02 (UN expert report on Myanmar arms)
ANDREWS = actor("Tom Andrews", "UNO", "IGO")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
CHN_GOV_E = actor("Government of China", "CHN", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
SGP_GOV = actor("Government of Singapore", "SGP", "GOV")
SGP_FIRMS = actor("Singapore-based companies", "SGP", "BUS")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "MIL")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
PAZIGYI_CIV = actor("civilians in Pazigyi", "MMR", "CVL")
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "MIL")

R1 = ("BANGKOK (AP) — Myanmar's military has imported at least $1 billion worth of weapons, dual-use goods and "
      "materials to manufacture arms since the February 2021 coup, a U.N. human rights expert said Wednesday.")
R2 = ("In a report titled \"The Billion Dollar Death Trade,\" Tom Andrews, the U.N. special rapporteur on human "
      "rights in Myanmar, said the junta had used the weapons to commit atrocities against civilians.")
R3 = ("The report says suppliers based in Russia accounted for $406 million of the shipments, followed by China with "
      "$267 million and Singapore with $254 million.")
R4 = "Companies in India and Thailand supplied smaller amounts, according to the report."
R5 = ("Andrews accused Russia and China of continuing to arm the military even as it bombed villages, schools and "
      "hospitals.")
R6 = ("\"The generals are able to continue their attacks because they have reliable access to weapons from "
      "abroad,\" he said.")
R7 = ("He urged the U.N. Security Council to impose a global arms embargo on the junta and to refer the situation in "
      "Myanmar to the International Criminal Court.")
R8 = ("Singapore's Foreign Ministry said authorities were investigating the Singapore-based companies named in the "
      "report.")
R9 = ("The ministry rejected any suggestion that the government itself had supplied arms to Myanmar, saying it had "
      "not authorized weapons transfers to the country since 2021.")
R10 = ("Junta spokesman Maj. Gen. Zaw Min Tun dismissed the report as \"one-sided\" and accused Andrews of acting on "
       "behalf of the opposition.")
R11 = ("The opposition National Unity Government welcomed the report and called on Singapore to close loopholes that "
       "allow arms dealers to use its banks.")
R12 = ("In April, a military airstrike on a ceremony in the village of Pazigyi in the Sagaing region killed more than "
       "160 people, including children.")
R13 = ("The Association of Southeast Asian Nations has barred junta leader Senior Gen. Min Aung Hlaing from its "
       "summits since 2021 over his failure to implement the bloc's peace plan.")
R14 = ("Andrews is an independent expert appointed by the U.N. Human Rights Council and does not speak for the United "
       "Nations as a whole.")
R15 = "A former U.S. congressman from Maine, he has held the post since 2020."

EN02 = {
    "id": "hm445-en-02", "lang": "en", "url": None, "published": "2023-05-18",
    "title": "UN expert says Myanmar's military imported $1 billion in arms since coup",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11], [R12, R13], [R14, R15]),
    "events": [
        event("ACCUSE", ANDREWS, MMR_MIL, R1, mode="allege", date="2023-05-17"),
        event("ACCUSE", ANDREWS, MMR_MIL, R2, mode="allege"),
        event("ACCUSE", ANDREWS, RUS_GOV, R5, mode="allege"),
        event("ACCUSE", ANDREWS, CHN_GOV_E, R5, mode="allege"),
        event("ACCUSE", ANDREWS, MMR_MIL, R6, mode="allege"),
        event("REQUEST", ANDREWS, UNSC, R7, mode="change"),
        event("ACCUSE", SGP_GOV, SGP_FIRMS, R8, mode="investigate"),
        event("ACCUSE", ZAW_MIN_TUN, ANDREWS, R10, mode="disapprove"),
        event("SUPPORT", NUG, ANDREWS, R11),
        event("REQUEST", NUG, SGP_GOV, R11, mode="change"),
        event("ASSAULT", MMR_MIL, PAZIGYI_CIV, R12, mode="aerial", location="Pazigyi", location_country="MMR"),
        event("SANCTION", ASEAN, MIN_AUNG_HLAING, R13),
    ],
    "quotes": [
        quote("Myanmar's military has imported at least $1 billion worth of weapons, dual-use goods and materials to "
              "manufacture arms since the February 2021 coup", "Tom Andrews", "indirect"),
        quote("The Billion Dollar Death Trade", "Tom Andrews", "direct"),
        quote("the junta had used the weapons to commit atrocities against civilians", "Tom Andrews", "indirect"),
        quote("suppliers based in Russia accounted for $406 million of the shipments, followed by China with $267 "
              "million and Singapore with $254 million", "Tom Andrews", "indirect"),
        quote("Companies in India and Thailand supplied smaller amounts", "Tom Andrews", "indirect"),
        quote("The generals are able to continue their attacks because they have reliable access to weapons from "
              "abroad", "Tom Andrews", "direct"),
        quote("authorities were investigating the Singapore-based companies named in the report",
              "Ministry of Foreign Affairs of Singapore", "indirect"),
        quote("it had not authorized weapons transfers to the country since 2021",
              "Ministry of Foreign Affairs of Singapore", "indirect"),
        quote("one-sided", "Zaw Min Tun", "direct"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["BANGKOK"]),
        entity("Myanmar military", "ORG", "MMR", ["Myanmar's military", "the junta", "the military", "it",
                                                  "The generals", "a military airstrike"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "the country"]),
        entity("Tom Andrews", "PER", "UNO", ["a U.N. human rights expert", "Tom Andrews, the U.N. special rapporteur "
                                            "on human rights in Myanmar", "Andrews", "he", "He"]),
        entity("The Billion Dollar Death Trade", "MISC", "UNO", ["The Billion Dollar Death Trade",
                                                                 "The report", "the report"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Government of China", "ORG", "CHN", ["China"]),
        entity("Singapore", "LOC", "SGP", ["Singapore"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the U.N. Security Council"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("Ministry of Foreign Affairs of Singapore", "ORG", "SGP", ["Singapore's Foreign Ministry",
                                                                          "The ministry"]),
        entity("Government of Singapore", "ORG", "SGP", ["authorities", "the government itself", "Singapore",
                                                         "its banks"]),
        entity("Singapore-based companies", "ORG", "SGP", ["the Singapore-based companies named in the report"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta spokesman Maj. Gen. Zaw Min Tun"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR", ["the opposition",
                                                                      "The opposition National Unity Government"]),
        entity("arms dealers", "PER", None, ["arms dealers"]),
        entity("civilians in Pazigyi", "PER", "MMR", ["more than 160 people, including children"]),
        entity("Pazigyi", "LOC", "MMR", ["the village of Pazigyi"]),
        entity("Sagaing", "LOC", "MMR", ["the Sagaing region"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO", ["The Association of Southeast Asian Nations",
                                                                        "the bloc's"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["junta leader Senior Gen. Min Aung Hlaing", "his"]),
        entity("United Nations Human Rights Council", "ORG", "UNO", ["the U.N. Human Rights Council"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Maine", "LOC", "USA", ["Maine"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
