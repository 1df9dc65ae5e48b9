"""Round 181: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm181-de-01: Lee Jae-myung sworn in as South Korea's president; Kim Moon-soo concedes, offer of talks to Pyongyang, Rubio congratulates, Beijing rebuffs the White House over "interference" remarks (2025-06-04).
- hm181-de-02: The MNDAA hands Lashio back to Myanmar's junta under a China-brokered truce; Beijing's border pressure, NUG criticism, air strike in Sagaing (2025-04-22).
- hm181-de-03: Pakistan: after the deadly attack on a Shia convoy near Parachinar, Kurram's tribes agree a seven-day truce; sit-ins, internet cut, curfew, troops, HRCP criticism (2024-11-24).
- hm181-de-04: The Pacific Islands Forum summit opens in Honiara without dialogue partners; Taipei and Washington object, Palau's Whipps stays away, Beijing praises, Australia pays into the resilience facility (2025-09-08).
- hm181-en-01: BRICS summit in Rio closes; Lula hits back at Trump's extra-tariff threat, Xi stays away, Putin by video, Ramaphosa urges talks (2025-07-07).
- hm181-en-02: The Taliban reject UN calls to repeal the vice-and-virtue law and bar UN rapporteur Richard Bennett; EU demand, women's singing protest, arrests in Herat (2024-08-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm181-de-01
LEE = actor("Lee Jae-myung", "KOR", "GOV")
KIMMS = actor("Kim Moon-soo", "KOR", "PTY")
PRK = actor("North Korea", "PRK", "GOV")
USA = actor("United States", "USA", "GOV")
JPN = actor("Japan", "JPN", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
WHOFF = actor("White House official", "USA", "GOV")
CHN = actor("China", "CHN", "GOV")
LINJIAN = actor("Lin Jian", "CHN", "GOV")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
KCC = actor("Constitutional Court of Korea", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")

K01 = ("Einen Tag nach seinem Wahlsieg ist der bisherige Oppositionsführer Lee Jae-myung am Mittwoch in Seoul "
       "als neuer Präsident Südkoreas vereidigt worden.")
K02 = "Sein konservativer Rivale Kim Moon-soo hatte die Niederlage bereits in der Nacht eingeräumt und Lee gratuliert."
K03 = "Lee kündigte in seiner Antrittsrede an, die Gesprächskanäle zu Nordkorea wieder zu öffnen."
K04 = ("„Wie teuer der Frieden auch sein mag, er ist besser als der Krieg“, sagte der 61-Jährige vor Abgeordneten "
       "in der Nationalversammlung.")
K05 = "Zugleich versprach er, das Bündnis mit den USA zu stärken und die Zusammenarbeit mit Japan auszubauen."
K06 = "US-Außenminister Marco Rubio gratulierte Lee und würdigte die Wahl als Ausdruck einer lebendigen Demokratie."
K07 = ("Ein Vertreter des Weißen Hauses fügte hinzu, Washington sei besorgt über chinesische Einmischung und "
       "Einflussnahme in Demokratien weltweit.")
K08 = "Peking wies den Vorwurf umgehend zurück."
K09 = ("Man lehne es entschieden ab, dass die USA Südkoreas Wahl für „haltlose Anschuldigungen“ gegen China "
       "missbrauchten, sagte Außenamtssprecher Lin Jian.")
K10 = "Japans Regierungschef Shigeru Ishiba erklärte, er wolle möglichst bald mit Lee telefonieren."
K11 = ("Lee folgt auf Yoon Suk Yeol, den das Verfassungsgericht im April wegen der kurzzeitigen Verhängung des "
       "Kriegsrechts abgesetzt hatte.")
K12 = "Ob es zu einem Gipfeltreffen mit Nordkoreas Machthaber Kim Jong Un kommen könnte, ließ Lee offen."
K13 = ("Die konservative Partei Volksmacht sicherte zu, als Opposition konstruktiv mit der neuen Regierung "
       "zusammenzuarbeiten.")

DE01 = {
    "id": "hm181-de-01", "lang": "de", "url": None, "published": "2025-06-04",
    "title": "Lee Jae-myung als Präsident Südkoreas vereidigt – Angebot an Pjöngjang",
    "text": paragraphs([K01, K02, K03, K04, K05], [K06, K07, K08, K09, K10], [K11, K12, K13]),
    "events": [
        event("CONCEDE", KIMMS, LEE, K02),
        event("SUPPORT", KIMMS, LEE, K02),
        event("AGREE", LEE, PRK, K03),
        event("AGREE", LEE, USA, K05),
        event("AGREE", LEE, JPN, K05),
        event("SUPPORT", RUBIO, LEE, K06),
        event("ACCUSE", WHOFF, CHN, K07, mode="allege"),
        event("ACCUSE", LINJIAN, USA, K09, mode="disapprove"),
        event("AGREE", ISHIBA, LEE, K10),
        event("SANCTION", KCC, YOON, K11, mode="convict"),
        event("AGREE", PPP, LEE, K13),
    ],
    "quotes": [
        quote("die Gesprächskanäle zu Nordkorea wieder zu öffnen", "Lee Jae-myung", "indirect"),
        quote("Wie teuer der Frieden auch sein mag, er ist besser als der Krieg", "Lee Jae-myung", "direct"),
        quote("das Bündnis mit den USA zu stärken und die Zusammenarbeit mit Japan auszubauen", "Lee Jae-myung",
              "indirect"),
        quote("Washington sei besorgt über chinesische Einmischung und Einflussnahme in Demokratien weltweit",
              "White House official", "indirect"),
        quote("Man lehne es entschieden ab, dass die USA Südkoreas Wahl für „haltlose Anschuldigungen“ gegen China "
              "missbrauchten", "Lin Jian", "indirect"),
        quote("haltlose Anschuldigungen", "Lin Jian", "direct"),
        quote("er wolle möglichst bald mit Lee telefonieren", "Shigeru Ishiba", "indirect"),
        quote("als Opposition konstruktiv mit der neuen Regierung zusammenzuarbeiten", "People Power Party",
              "indirect"),
    ],
    "entities": [
        entity("Lee Jae-myung", "PER", "KOR", ["der bisherige Oppositionsführer Lee Jae-myung", "Lee",
                                               "der 61-Jährige", "er"]),
        entity("Kim Moon-soo", "PER", "KOR", ["Sein konservativer Rivale Kim Moon-soo"]),
        entity("South Korea", "GPE", "KOR", ["Südkoreas"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Nordkoreas"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["der Nationalversammlung"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington", "die USA"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Japans"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("White House", "ORG", "USA", ["des Weißen Hauses"]),
        entity("White House official", "PER", "USA", ["Ein Vertreter des Weißen Hauses"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Japans Regierungschef Shigeru Ishiba"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Yoon Suk Yeol"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["das Verfassungsgericht"]),
        entity("Kim Jong Un", "PER", "PRK", ["Nordkoreas Machthaber Kim Jong Un"]),
        entity("People Power Party", "ORG", "KOR", ["Die konservative Partei Volksmacht"]),
    ],
}

# ---------------------------------------------------------------- hm181-de-02
MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")
TATMADAW = actor("Myanmar military", "MMR", "MIL")
MPF = actor("Myanmar Police Force", "MMR", "COP")
ZMT = actor("Zaw Min Tun", "MMR", "MIL")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
NUGSP = actor("NUG spokesperson", "MMR", "OPP")
MMRCIV = actor("Myanmar civilians", "MMR", "CVL")

M01 = ("Nach fast neun Monaten unter Kontrolle von Rebellen hat Myanmars Militärjunta die Stadt Lashio im Norden "
       "des Landes zurückerhalten.")
M02 = ("Die Kämpfer der Myanmar National Democratic Alliance Army (MNDAA) zogen am Dienstag aus der Hauptstadt des "
       "nördlichen Shan-Staats ab, wie beide Seiten bestätigten.")
M03 = ("Grundlage ist eine Waffenruhe, auf die sich die Rebellen und das Militär im Januar unter Vermittlung Chinas "
       "in Kunming geeinigt hatten.")
M04 = "Junta-Sprecher Zaw Min Tun dankte Peking für dessen „konstruktive Rolle“."
M05 = "Soldaten und Polizisten seien in die Stadt eingerückt, um die Verwaltung wieder aufzubauen, sagte er."
M06 = ("Die MNDAA erklärte, sie habe dem Druck Pekings nachgegeben, das zuvor die Grenzübergänge zu ihrem Gebiet "
       "geschlossen hatte.")
M07 = ("Das chinesische Außenministerium begrüßte die Übergabe und forderte die Junta auf, mit allen bewaffneten "
       "Gruppen Gespräche zu führen.")
M08 = ("Die oppositionelle Regierung der Nationalen Einheit (NUG) warf Peking vor, den Generälen mit der "
       "Vereinbarung das Überleben zu sichern.")
M09 = "Die Junta gebe keine einzige Stadt freiwillig an das Volk zurück, sagte ein NUG-Sprecher."
M10 = ("Anwohnern zufolge tötete ein Luftangriff der Armee am Montag in der Region Sagaing mindestens sieben "
       "Menschen.")
M11 = "Das Militär bestritt, Zivilisten angegriffen zu haben."
M12 = "In Myanmar herrscht seit dem Putsch im Februar 2021 Bürgerkrieg."

DE02 = {
    "id": "hm181-de-02", "lang": "de", "url": None, "published": "2025-04-22",
    "title": "Rebellen übergeben Lashio an Myanmars Militärjunta",
    "text": paragraphs([M01, M02, M03], [M04, M05, M06, M07], [M08, M09, M10, M11, M12]),
    "events": [
        event("RETREAT", MNDAA, TATMADAW, M01, mode="withdraw", location="Lashio", location_country="MMR"),
        event("RETREAT", MNDAA, TATMADAW, M02, mode="withdraw", date="2025-04-22", location="Lashio",
              location_country="MMR"),
        event("AGREE", MNDAA, TATMADAW, M03, location="Kunming", location_country="CHN"),
        event("SUPPORT", ZMT, CHN, M04),
        event("MOBILIZE", TATMADAW, None, M05, mode="troops", location="Lashio", location_country="MMR"),
        event("MOBILIZE", MPF, None, M05, mode="police", location="Lashio", location_country="MMR"),
        event("SANCTION", CHN, MNDAA, M06, mode="discontinue"),
        event("SUPPORT", CHN_MFA, TATMADAW, M07),
        event("REQUEST", CHN_MFA, TATMADAW, M07, mode="meet"),
        event("ACCUSE", NUG, CHN, M08, mode="disapprove"),
        event("ACCUSE", NUGSP, TATMADAW, M09, mode="disapprove"),
        event("ASSAULT", TATMADAW, MMRCIV, M10, mode="aerial", date="2025-04-21", location="Sagaing Region",
              location_country="MMR"),
    ],
    "quotes": [
        quote("konstruktive Rolle", "Zaw Min Tun", "direct"),
        quote("Soldaten und Polizisten seien in die Stadt eingerückt, um die Verwaltung wieder aufzubauen",
              "Zaw Min Tun", "indirect"),
        quote("sie habe dem Druck Pekings nachgegeben, das zuvor die Grenzübergänge zu ihrem Gebiet geschlossen "
              "hatte", "Myanmar National Democratic Alliance Army", "indirect"),
        quote("mit allen bewaffneten Gruppen Gespräche zu führen", "Ministry of Foreign Affairs of China", "indirect"),
        quote("den Generälen mit der Vereinbarung das Überleben zu sichern", "National Unity Government of Myanmar",
              "indirect"),
        quote("Die Junta gebe keine einzige Stadt freiwillig an das Volk zurück", "NUG spokesperson", "indirect"),
        quote("tötete ein Luftangriff der Armee am Montag in der Region Sagaing mindestens sieben Menschen",
              "residents of Sagaing Region", "indirect"),
        quote("Zivilisten angegriffen zu haben", "Myanmar military", "indirect"),
    ],
    "entities": [
        entity("Myanmar", "GPE", "MMR", ["Myanmars", "des Landes", "Myanmar"]),
        entity("Myanmar military", "ORG", "MMR", ["Myanmars Militärjunta", "das Militär", "die Junta", "Die Junta",
                                                 "der Armee", "Das Militär"]),
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR", [
            "Rebellen", "Die Kämpfer der Myanmar National Democratic Alliance Army (MNDAA)", "die Rebellen",
            "Die MNDAA", "sie"]),
        entity("Lashio", "LOC", "MMR", ["die Stadt Lashio", "der Hauptstadt des nördlichen Shan-Staats",
                                        "die Stadt"]),
        entity("Shan State", "LOC", "MMR", ["des nördlichen Shan-Staats"]),
        entity("China", "GPE", "CHN", ["Chinas", "Peking", "Pekings"]),
        entity("Kunming", "LOC", "CHN", ["Kunming"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun", "er"]),
        entity("Myanmar Police Force", "ORG", "MMR", ["Polizisten"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR", [
            "Die oppositionelle Regierung der Nationalen Einheit (NUG)"]),
        entity("NUG spokesperson", "PER", "MMR", ["ein NUG-Sprecher"]),
        entity("Sagaing Region", "LOC", "MMR", ["der Region Sagaing"]),
        entity("residents of Sagaing Region", "ORG", "MMR", ["Anwohnern"]),
    ],
}

# ---------------------------------------------------------------- hm181-de-03
SUNNI = actor("Sunni tribal leaders of Kurram", "PAK", "CVL")
SHIA = actor("Shia tribal leaders of Kurram", "PAK", "CVL")
GUNMEN = actor("unidentified gunmen", "PAK", "REB")
TRAVELLERS = actor("Shia travellers", "PAK", "CVL")
PARA_PROT = actor("Parachinar protesters", "PAK", "CVL")
PAKGOV = actor("Government of Pakistan", "PAK", "GOV")
ELDER = actor("Shia tribal elder", "PAK", "CVL")
PAKAUTH = actor("Pakistani authorities", "PAK", "GOV")
KURRAMRES = actor("residents of Kurram", "PAK", "CVL")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
ALAM = actor("Aftab Alam", "PAK", "GOV")
PAKARMY = actor("Pakistan Army", "PAK", "MIL")
KPPOL = actor("Khyber Pakhtunkhwa Police", "PAK", "COP")
HRCP = actor("Human Rights Commission of Pakistan", "PAK", "NGO")

P01 = ("Nach dem tödlichen Angriff auf einen Konvoi schiitischer Reisender im Nordwesten Pakistans haben sich "
       "sunnitische und schiitische Stammesführer im Bezirk Kurram auf eine siebentägige Waffenruhe geeinigt.")
P02 = ("Bewaffnete hatten am Donnerstag nahe der Stadt Parachinar das Feuer auf die Fahrzeugkolonne eröffnet und "
       "mindestens 42 Menschen getötet, darunter Frauen und Kinder.")
P03 = "Seither kamen bei Gefechten in der Region Dutzende weitere Menschen ums Leben."
P04 = ("In Parachinar blockierten Tausende Demonstranten die Hauptstraße und verlangten vom Staat Schutz für die "
       "Reisenden.")
P05 = "„Wir begraben unsere Kinder, und der Staat schaut nur zu“, sagte ein Stammesältester."
P06 = "Die Behörden setzten das mobile Internet in Kurram aus."
P07 = "Zudem verhängten sie eine Ausgangssperre über die Gegend um Parachinar."
P08 = "Premierminister Shehbaz Sharif verurteilte den Angriff als „feigen Terrorakt“."
P09 = ("Die Provinzregierung von Khyber Pakhtunkhwa schickte Justizminister Aftab Alam in die Region, der mit "
       "Ältesten beider Seiten verhandelte.")
P10 = "Zusätzliche Soldaten und Polizisten seien nach Kurram verlegt worden, sagte Provinzsprecher Muhammad Ali Saif."
P11 = "Beide Seiten hätten zugesagt, Geiseln und Leichen binnen einer Woche zu übergeben, fügte er hinzu."
P12 = ("Die Menschenrechtskommission HRCP warf den Behörden vor, trotz Warnungen keine Vorkehrungen zum Schutz der "
       "Straße getroffen zu haben.")
P13 = "In Kurram an der Grenze zu Afghanistan kommt es seit Jahren zu Gewalt zwischen Sunniten und Schiiten."

DE03 = {
    "id": "hm181-de-03", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Waffenruhe in Kurram nach Anschlag auf schiitischen Konvoi",
    "text": paragraphs([P01, P02, P03], [P04, P05, P06, P07, P08], [P09, P10, P11, P12, P13]),
    "events": [
        event("AGREE", SUNNI, SHIA, P01, location="Kurram", location_country="PAK"),
        event("ASSAULT", GUNMEN, TRAVELLERS, P02, mode="firearms", date="2024-11-21", location="Parachinar",
              location_country="PAK"),
        event("PROTEST", PARA_PROT, PAKGOV, P04, mode="obstruct", location="Parachinar", location_country="PAK"),
        event("REQUEST", PARA_PROT, PAKGOV, P04, mode="assist"),
        event("ACCUSE", ELDER, PAKGOV, P05, mode="disapprove"),
        event("COERCE", PAKAUTH, KURRAMRES, P06, mode="withhold", location="Kurram", location_country="PAK"),
        event("COERCE", PAKAUTH, KURRAMRES, P07, mode="curfew", location="Parachinar", location_country="PAK"),
        event("ACCUSE", SHARIF, GUNMEN, P08, mode="disapprove"),
        event("CONSULT", ALAM, SUNNI, P09, mode="visit", location="Kurram", location_country="PAK"),
        event("CONSULT", ALAM, SHIA, P09, mode="visit", location="Kurram", location_country="PAK"),
        event("MOBILIZE", PAKARMY, None, P10, mode="troops", location="Kurram", location_country="PAK"),
        event("MOBILIZE", KPPOL, None, P10, mode="police", location="Kurram", location_country="PAK"),
        event("CONCEDE", SUNNI, SHIA, P11),
        event("CONCEDE", SHIA, SUNNI, P11),
        event("ACCUSE", HRCP, PAKAUTH, P12, mode="disapprove"),
    ],
    "quotes": [
        quote("Wir begraben unsere Kinder, und der Staat schaut nur zu", "Shia tribal elder", "direct"),
        quote("feigen Terrorakt", "Shehbaz Sharif", "direct"),
        quote("Zusätzliche Soldaten und Polizisten seien nach Kurram verlegt worden", "Muhammad Ali Saif",
              "indirect"),
        quote("Beide Seiten hätten zugesagt, Geiseln und Leichen binnen einer Woche zu übergeben",
              "Muhammad Ali Saif", "indirect"),
        quote("trotz Warnungen keine Vorkehrungen zum Schutz der Straße getroffen zu haben",
              "Human Rights Commission of Pakistan", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistans"]),
        entity("Kurram", "LOC", "PAK", ["im Bezirk Kurram", "Kurram", "der Region", "die Region"]),
        entity("Sunni tribal leaders of Kurram", "ORG", "PAK", ["sunnitische und schiitische Stammesführer"]),
        entity("Shia tribal leaders of Kurram", "ORG", "PAK", ["sunnitische und schiitische Stammesführer"]),
        entity("unidentified gunmen", "ORG", "PAK", ["Bewaffnete"]),
        entity("Shia travellers", "ORG", "PAK", ["schiitischer Reisender", "die Reisenden"]),
        entity("Parachinar", "LOC", "PAK", ["der Stadt Parachinar", "Parachinar"]),
        entity("Parachinar protesters", "ORG", "PAK", ["Tausende Demonstranten"]),
        entity("Government of Pakistan", "ORG", "PAK", ["vom Staat", "der Staat"]),
        entity("Shia tribal elder", "PER", "PAK", ["ein Stammesältester"]),
        entity("Pakistani authorities", "ORG", "PAK", ["Die Behörden", "sie", "den Behörden"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Government of Khyber Pakhtunkhwa", "ORG", "PAK", ["Die Provinzregierung von Khyber Pakhtunkhwa"]),
        entity("Aftab Alam", "PER", "PAK", ["Justizminister Aftab Alam"]),
        entity("Muhammad Ali Saif", "PER", "PAK", ["Provinzsprecher Muhammad Ali Saif", "er"]),
        entity("Human Rights Commission of Pakistan", "ORG", "PAK", ["Die Menschenrechtskommission HRCP"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
    ],
}

# ---------------------------------------------------------------- hm181-de-04
PIF = actor("Pacific Islands Forum", "IGO", "IGO")
MANELE = actor("Jeremiah Manele", "SLB", "GOV")
TWN = actor("Taiwan", "TWN", "GOV")
SLB = actor("Solomon Islands", "SLB", "GOV")
TWN_MOFA = actor("Ministry of Foreign Affairs of Taiwan", "TWN", "GOV")
USDOS = actor("United States Department of State", "USA", "GOV")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
LUXON = actor("Christopher Luxon", "NZL", "GOV")
AUS = actor("Australia", "AUS", "GOV")
PRF = actor("Pacific Resilience Facility", "IGO", "IGO")

F01 = ("In der Hauptstadt der Salomonen, Honiara, hat am Montag das Gipfeltreffen des Pazifik-Inselforums "
       "begonnen.")
F02 = ("Gastgeber Jeremiah Manele, Regierungschef der Salomonen, hatte alle Dialogpartner des Forums, darunter die "
       "USA, China und Taiwan, von dem Treffen ausgeschlossen.")
F03 = "Man wolle sich ganz auf die Anliegen der Mitgliedstaaten konzentrieren, begründete Manele den Schritt."
F04 = ("Taiwans Außenministerium bedauerte die Entscheidung und warf Honiara vor, dem Druck Pekings "
       "nachzugeben.")
F05 = "Auch das US-Außenministerium zeigte sich enttäuscht."
F06 = "Palaus Präsident Surangel Whipps blieb dem Treffen aus Protest fern."
F07 = "„Wer Taiwan aussperrt, sperrt auch seine Freunde aus“, sagte er dem Sender RNZ Pacific."
F08 = "China lobte dagegen die „souveräne Entscheidung“ der Salomonen."
F09 = ("Australiens Premierminister Anthony Albanese und Neuseelands Regierungschef Christopher Luxon reisten zu "
       "dem Treffen an.")
F10 = ("Canberra zahlte zudem 50 Millionen australische Dollar in den neuen pazifischen Resilienzfonds ein, der "
       "Inselstaaten bei Klimaschäden helfen soll.")
F11 = ("Bis Freitag wollen die Staats- und Regierungschefs eine Erklärung zum Pazifik als „Ozean des Friedens“ "
       "verabschieden.")
F12 = "Die Salomonen hatten 2019 ihre diplomatischen Beziehungen von Taipeh auf Peking umgestellt."

DE04 = {
    "id": "hm181-de-04", "lang": "de", "url": None, "published": "2025-09-08",
    "title": "Pazifik-Gipfel in Honiara ohne Partnerländer – Kritik aus Taipeh und Washington",
    "text": paragraphs([F01, F02, F03], [F04, F05, F06, F07, F08], [F09, F10, F11, F12]),
    "events": [
        event("CONSULT", PIF, None, F01, mode="multilateral", date="2025-09-08", location="Honiara",
              location_country="SLB"),
        event("SANCTION", MANELE, USA, F02, mode="expel"),
        event("SANCTION", MANELE, CHN, F02, mode="expel"),
        event("SANCTION", MANELE, TWN, F02, mode="expel"),
        event("ACCUSE", TWN_MOFA, SLB, F04, mode="disapprove"),
        event("ACCUSE", USDOS, SLB, F05, mode="disapprove"),
        event("PROTEST", WHIPPS, SLB, F06, mode="boycott"),
        event("ACCUSE", WHIPPS, SLB, F07, mode="disapprove"),
        event("SUPPORT", CHN, SLB, F08),
        event("CONSULT", ALBANESE, PIF, F09, mode="multilateral"),
        event("CONSULT", LUXON, PIF, F09, mode="multilateral"),
        event("AID", AUS, PRF, F10),
        event("SANCTION", SLB, TWN, F12, mode="discontinue"),
        event("SUPPORT", SLB, CHN, F12),
    ],
    "quotes": [
        quote("Man wolle sich ganz auf die Anliegen der Mitgliedstaaten konzentrieren", "Jeremiah Manele",
              "indirect"),
        quote("dem Druck Pekings nachzugeben", "Ministry of Foreign Affairs of Taiwan", "indirect"),
        quote("Wer Taiwan aussperrt, sperrt auch seine Freunde aus", "Surangel Whipps Jr.", "direct"),
        quote("souveräne Entscheidung", "China", "direct"),
        quote("Ozean des Friedens", "Pacific Islands Forum", "direct"),
    ],
    "entities": [
        entity("Solomon Islands", "GPE", "SLB", ["der Salomonen", "Die Salomonen"]),
        entity("Honiara", "LOC", "SLB", ["Honiara"]),
        entity("Pacific Islands Forum", "ORG", "IGO", ["des Pazifik-Inselforums", "des Forums"]),
        entity("Jeremiah Manele", "PER", "SLB", ["Gastgeber Jeremiah Manele, Regierungschef der Salomonen",
                                                 "Manele"]),
        entity("United States", "GPE", "USA", ["USA"]),
        entity("China", "GPE", "CHN", ["China", "Pekings", "Peking"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipeh"]),
        entity("Ministry of Foreign Affairs of Taiwan", "ORG", "TWN", ["Taiwans Außenministerium"]),
        entity("United States Department of State", "ORG", "USA", ["das US-Außenministerium"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["Palaus Präsident Surangel Whipps", "er"]),
        entity("Palau", "GPE", "PLW", ["Palaus"]),
        entity("RNZ Pacific", "ORG", "NZL", ["dem Sender RNZ Pacific"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australiens Premierminister Anthony Albanese"]),
        entity("Christopher Luxon", "PER", "NZL", ["Neuseelands Regierungschef Christopher Luxon"]),
        entity("Australia", "GPE", "AUS", ["Australiens", "Canberra"]),
        entity("New Zealand", "GPE", "NZL", ["Neuseelands"]),
        entity("Pacific Resilience Facility", "ORG", "IGO", ["den neuen pazifischen Resilienzfonds"]),
    ],
}

# ---------------------------------------------------------------- hm181-en-01
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
BRICS = actor("BRICS", "IGO", "IGO")
MODI = actor("Narendra Modi", "IND", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
LIQIANG = actor("Li Qiang", "CHN", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")

B01 = ("Brazilian President Luiz Inácio Lula da Silva on Monday hit back at U.S. President Donald Trump over his "
       "threat to punish countries that align themselves with the BRICS group.")
B02 = ("Trump had warned on Sunday that any country siding with the “Anti-American policies of BRICS” would face "
       "an additional 10% tariff.")
B03 = ("“The world has changed,” Lula told reporters as the two-day summit in Rio de Janeiro closed, “and we "
       "do not need an emperor.”")
B04 = ("China's foreign ministry said the bloc was not directed against any country and opposed the use of "
       "tariffs as a tool of coercion.")
B05 = ("In their joint declaration, the leaders criticized the rise of unilateral tariffs, a thinly veiled swipe "
       "at Trump's trade policy.")
B06 = "Indian Prime Minister Narendra Modi, who attended in person, called for joint action against terrorism."
B07 = ("Chinese President Xi Jinping did not travel to Rio and sent Premier Li Qiang instead, while Russia's "
       "Vladimir Putin joined by video link.")
B08 = ("Indonesian President Prabowo Subianto attended for the first time since his country became a full member "
       "in January.")
B09 = ("South African President Cyril Ramaphosa said BRICS did not want to compete with anyone and urged "
       "Washington to keep negotiating.")
B10 = ("Analysts said the threat could complicate trade talks that several members are holding with Washington "
       "ahead of an Aug. 1 deadline.")
B11 = "The bloc, which began with Brazil, Russia, India and China, now has ten full members."

EN01 = {
    "id": "hm181-en-01", "lang": "en", "url": None, "published": "2025-07-07",
    "title": "Lula rebuffs Trump's tariff threat as BRICS summit closes in Rio",
    "text": paragraphs([B01, B02, B03, B04], [B05, B06, B07, B08], [B09, B10, B11]),
    "events": [
        event("ACCUSE", LULA, TRUMP, B01, mode="disapprove", date="2025-07-07"),
        event("THREATEN", TRUMP, BRICS, B01),
        event("THREATEN", TRUMP, BRICS, B02, date="2025-07-06"),
        event("ACCUSE", LULA, TRUMP, B03, mode="disapprove", location="Rio de Janeiro", location_country="BRA"),
        event("ACCUSE", CHN_MFA, USA, B04, mode="disapprove"),
        event("ACCUSE", BRICS, TRUMP, B05, mode="disapprove"),
        event("CONSULT", MODI, BRICS, B06, mode="multilateral"),
        event("REQUEST", MODI, BRICS, B06, mode="assist"),
        event("CONSULT", XI, BRICS, B07, mode="multilateral", location="Rio de Janeiro", location_country="BRA",
              negated=True),
        event("CONSULT", LIQIANG, BRICS, B07, mode="multilateral", location="Rio de Janeiro",
              location_country="BRA"),
        event("CONSULT", PUTIN, BRICS, B07, mode="phone"),
        event("CONSULT", PRABOWO, BRICS, B08, mode="multilateral"),
        event("REQUEST", RAMAPHOSA, USA, B09, mode="meet"),
    ],
    "quotes": [
        quote("Anti-American policies of BRICS", "Donald Trump", "direct"),
        quote("any country siding with the “Anti-American policies of BRICS” would face an additional 10% tariff",
              "Donald Trump", "indirect"),
        quote("The world has changed", "Luiz Inácio Lula da Silva", "direct"),
        quote("and we do not need an emperor", "Luiz Inácio Lula da Silva", "direct"),
        quote("the bloc was not directed against any country and opposed the use of tariffs as a tool of coercion",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("BRICS did not want to compete with anyone", "Cyril Ramaphosa", "indirect"),
        quote("the threat could complicate trade talks that several members are holding with Washington ahead of "
              "an Aug. 1 deadline", "analysts", "indirect"),
    ],
    "entities": [
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brazilian President Luiz Inácio Lula da Silva", "Lula"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "his", "Trump", "Trump's"]),
        entity("BRICS", "ORG", "IGO", ["the BRICS group", "BRICS", "the bloc", "The bloc"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro", "Rio"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("Narendra Modi", "PER", "IND", ["Indian Prime Minister Narendra Modi"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese President Xi Jinping"]),
        entity("Li Qiang", "PER", "CHN", ["Premier Li Qiang"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russia's Vladimir Putin"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Indonesian President Prabowo Subianto"]),
        entity("Indonesia", "GPE", "IDN", ["his country"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Brazil", "GPE", "BRA", ["Brazil"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("India", "GPE", "IND", ["India"]),
        entity("China", "GPE", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm181-en-02
TALIBAN = actor("Taliban", "AFG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
AKHUNDZADA = actor("Hibatullah Akhundzada", "AFG", "GOV")
AFGWOMEN = actor("Afghan women", "AFG", "CVL")
OTUNBAYEVA = actor("Roza Otunbayeva", "UNO", "IGO")
BENNETT = actor("Richard Bennett", "UNO", "IGO")
EU = actor("European Union", "EUR", "IGO")
MORALPOL = actor("Taliban morality police", "AFG", "COP")
AFGMEN = actor("Afghan men", "AFG", "CVL")

A01 = "The Taliban on Monday rejected calls by the United Nations to repeal a sweeping new morality law."
A02 = "Spokesman Zabihullah Mujahid said the law was rooted in Islamic values and would not be changed."
A03 = ("The law, ratified by supreme leader Hibatullah Akhundzada last month, bans women's voices in public and "
       "requires them to cover their faces outside the home.")
A04 = ("The head of the U.N. mission in Afghanistan, Roza Otunbayeva, called it a “distressing vision” for the "
       "country's future.")
A05 = ("The Taliban also confirmed that Richard Bennett, the U.N. special rapporteur on human rights in "
       "Afghanistan, would no longer be allowed into the country.")
A06 = "Mujahid accused Bennett of “spreading propaganda,” saying his reports were not credible."
A07 = ("Bennett said the ban would not stop him from monitoring the situation and urged the Taliban to "
       "reconsider.")
A08 = "The European Union called on the Taliban to revoke the law."
A09 = "In Kabul and other cities, several women posted videos of themselves singing in defiance of the ban."
A10 = ("Morality police detained at least two men in Herat over the length of their beards, according to local "
       "residents.")
A11 = "The ministry for the propagation of virtue and prevention of vice denied that anyone had been held."
A12 = "Women have been barred from most jobs and from secondary schools since 2021."

EN02 = {
    "id": "hm181-en-02", "lang": "en", "url": None, "published": "2024-08-26",
    "title": "Taliban reject UN calls to scrap morality law, bar UN rights expert",
    "text": paragraphs([A01, A02, A03, A04], [A05, A06, A07, A08], [A09, A10, A11, A12]),
    "events": [
        event("REJECT", TALIBAN, UN, A01, mode="change", date="2024-08-26"),
        event("REJECT", MUJAHID, UN, A02, mode="change"),
        event("COERCE", AKHUNDZADA, AFGWOMEN, A03, mode="restrict"),
        event("ACCUSE", OTUNBAYEVA, TALIBAN, A04, mode="disapprove"),
        event("COERCE", TALIBAN, BENNETT, A05, mode="ban"),
        event("ACCUSE", MUJAHID, BENNETT, A06, mode="disapprove"),
        event("REQUEST", BENNETT, TALIBAN, A07, mode="change"),
        event("REQUEST", EU, TALIBAN, A08, mode="change"),
        event("PROTEST", AFGWOMEN, TALIBAN, A09, mode="demo", location="Kabul", location_country="AFG"),
        event("COERCE", MORALPOL, AFGMEN, A10, mode="arrest", location="Herat", location_country="AFG"),
    ],
    "quotes": [
        quote("the law was rooted in Islamic values and would not be changed", "Zabihullah Mujahid", "indirect"),
        quote("distressing vision", "Roza Otunbayeva", "direct"),
        quote("that Richard Bennett, the U.N. special rapporteur on human rights in Afghanistan, would no longer be "
              "allowed into the country", "Taliban", "indirect"),
        quote("spreading propaganda", "Zabihullah Mujahid", "direct"),
        quote("his reports were not credible", "Zabihullah Mujahid", "indirect"),
        quote("the ban would not stop him from monitoring the situation", "Richard Bennett", "indirect"),
        quote("Morality police detained at least two men in Herat over the length of their beards",
              "residents of Herat", "indirect"),
        quote("that anyone had been held", "Ministry for the Propagation of Virtue and Prevention of Vice",
              "indirect"),
    ],
    "entities": [
        entity("Taliban", "ORG", "AFG", ["The Taliban", "the Taliban"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Spokesman Zabihullah Mujahid", "Mujahid"]),
        entity("Hibatullah Akhundzada", "PER", "AFG", ["supreme leader Hibatullah Akhundzada"]),
        entity("United Nations Assistance Mission in Afghanistan", "ORG", "UNO", ["the U.N. mission in Afghanistan"]),
        entity("Roza Otunbayeva", "PER", "UNO", ["The head of the U.N. mission in Afghanistan, Roza Otunbayeva"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan", "the country"]),
        entity("Richard Bennett", "PER", "UNO", [
            "Richard Bennett, the U.N. special rapporteur on human rights in Afghanistan", "Bennett", "his", "him"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Afghan women", "ORG", "AFG", ["several women", "women's", "Women"]),
        entity("Taliban morality police", "ORG", "AFG", ["Morality police"]),
        entity("Herat", "LOC", "AFG", ["Herat"]),
        entity("residents of Herat", "ORG", "AFG", ["local residents"]),
        entity("Ministry for the Propagation of Virtue and Prevention of Vice", "ORG", "AFG", [
            "The ministry for the propagation of virtue and prevention of vice"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
