"""Round 283: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm283-de-01: Myanmar/China: Beijing announces the Haigeng ceasefire between the junta and the Three Brotherhood Alliance after talks in Kunming; Laukkai's fall, Zaw Min Tun's warning, the TNLA's condition, the Arakan Army fights on in Rakhine, the NUG criticises Beijing and presses ASEAN (2024-01-12).
- hm283-de-02: Solomon Islands/China: Xi Jinping receives Manasseh Sogavare in Beijing; strategic partnership, police cooperation and eight other agreements, Xi's pledges, Sogavare's praise, Penny Wong's concern, Matthew Wale's accusation and demand, rally in Auki, the 2019 switch from Taiwan, the US embassy reopening (2023-07-10).
- hm283-de-03: ITLOS: the International Tribunal for the Law of the Sea in Hamburg rules in its advisory opinion that greenhouse gas emissions are marine pollution; Heidar's reading, the COSIS request, Teo, Browne, Regenvanu, Lemke, Greenpeace and ClientEarth welcome it, China's objection to jurisdiction rejected, activists rally (2024-05-21).
- hm283-de-04: Maldives/India: India and the Maldives summon each other's envoys (no formal apology demanded) after three Maldivian deputy ministers insulted Modi over his Lakshadweep visit and were suspended; Zameer and Nasheed react, EaseMyTrip halts bookings, Muizzu arrives in China, the troop-withdrawal demand (2024-01-08).
- hm283-en-01: UN/COP28: nearly 200 countries agree in Dubai to transition away from fossil fuels; al-Jaber gavels the deal through, AOSIS and Samoa's Anne Rasmussen object, Guterres jabs at oil producers, al-Ghais's letter, Kerry and Hoekstra praise, activists protest (2023-12-13).
- hm283-en-02: Pakistan: police start rounding up undocumented Afghans as the deadline expires; Karachi raids, Frontier Corps troops at Torkham, Bugti refuses an extension and blames Afghans for bombings, Mujahid objects, Taliban camps near the border, UNHCR and the U.S. embassy press Islamabad, protest and detentions in Islamabad (2023-11-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm283-de-01 (Myanmar, Haigeng ceasefire)
MMR_JUNTA = actor("Myanmar military junta", "MMR", "GOV")
MMR_MILITARY = actor("Myanmar Armed Forces", "MMR", "MIL")
BROTHERHOOD = actor("Three Brotherhood Alliance", "MMR", "REB")
CHINA_GOV = actor("Government of China", "CHN", "GOV")
MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")
ZAW_MIN_TUN = actor("Zaw Min Tun", "MMR", "GOV")
TNLA = actor("Ta'ang National Liberation Army", "MMR", "REB")
ARAKAN_ARMY = actor("Arakan Army", "MMR", "REB")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
KYAW_ZAW = actor("Kyaw Zaw", "MMR", "OPP")
ASEAN = actor("ASEAN", "IGO", "IGO")

M1 = ("Peking/Yangon (AFP) - Unter chinesischer Vermittlung haben sich Myanmars Militärjunta und ein Bündnis von "
      "drei Rebellengruppen im Norden des Landes auf eine sofortige Waffenruhe geeinigt.")
M2 = ("Vertreter beider Seiten hätten am Mittwoch und Donnerstag in der südwestchinesischen Stadt Kunming "
      "verhandelt, sagte die Sprecherin des chinesischen Außenministeriums, Mao Ning, am Freitag in Peking.")
M3 = "Sie hätten vereinbart, ihre Truppen voneinander zu trennen und Streitigkeiten künftig friedlich beizulegen."
M4 = ("Zu dem Bündnis gehören die Myanmar National Democratic Alliance Army (MNDAA), die Ta'ang National "
      "Liberation Army (TNLA) und die Arakan Army (AA).")
M5 = ("Die Gruppen hatten Ende Oktober eine Großoffensive im nördlichen Shan-Staat begonnen und seitdem Hunderte "
      "Militärposten und mehrere Grenzstädte unter ihre Kontrolle gebracht.")
M6 = ("Vergangene Woche eroberte die MNDAA die Stadt Laukkai an der chinesischen Grenze, wo sich mehr als 2000 "
      "Soldaten samt ihren Kommandeuren ergaben.")
M7 = ("Junta-Sprecher Zaw Min Tun bestätigte die Einigung und sagte, die Armee werde sich an die Vereinbarung "
      "halten.")
M8 = ("„Wenn sie unsere Stellungen angreifen, werden wir mit aller Härte antworten“, sagte der Generalmajor dem "
      "Staatssender MRTV.")
M9 = ("Die TNLA teilte mit, sie werde die Waffenruhe respektieren, solange das Militär keine Luftangriffe auf "
      "ihre Gebiete fliege.")
M10 = "Die Arakan Army erklärte dagegen, die Vereinbarung gelte nicht für den westlichen Bundesstaat Rakhine."
M11 = "Dort griffen ihre Kämpfer am Donnerstag erneut Stützpunkte der Armee an, wie Anwohner berichteten."
M12 = ("Die im Untergrund agierende Regierung der Nationalen Einheit (NUG) kritisierte, Peking gehe es vor allem "
       "um seine eigenen wirtschaftlichen Interessen.")
M13 = ("NUG-Sprecher Kyaw Zaw forderte die Staaten der südostasiatischen Staatengemeinschaft ASEAN auf, die "
       "Generäle weiterhin von ihren Gipfeltreffen auszuschließen.")
M14 = ("Nach Angaben der Vereinten Nationen wurden seit Beginn der Offensive mehr als 300 000 Menschen im Norden "
       "des Shan-Staats vertrieben.")

DE01 = {
    "id": "hm283-de-01", "lang": "de", "url": None, "published": "2024-01-12",
    "title": "China vermittelt Waffenruhe zwischen Myanmars Junta und Rebellen",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11], [M12, M13, M14]),
    "events": [
        event("AGREE", MMR_JUNTA, BROTHERHOOD, M1),
        event("CONSULT", MMR_JUNTA, BROTHERHOOD, M2, mode="third-party", location="Kunming",
              location_country="CHN"),
        event("AGREE", MMR_JUNTA, BROTHERHOOD, M3),
        event("ASSAULT", BROTHERHOOD, MMR_MILITARY, M5),
        event("ASSAULT", MNDAA, MMR_MILITARY, M6, location="Laukkai", location_country="MMR"),
        event("RETREAT", MMR_MILITARY, MNDAA, M6, location="Laukkai", location_country="MMR"),
        event("AGREE", ZAW_MIN_TUN, BROTHERHOOD, M7),
        event("THREATEN", ZAW_MIN_TUN, BROTHERHOOD, M8, mode="violence"),
        event("AGREE", TNLA, MMR_MILITARY, M9),
        event("ASSAULT", ARAKAN_ARMY, MMR_MILITARY, M11, date="2024-01-11", location="Rakhine",
              location_country="MMR"),
        event("ACCUSE", NUG, CHINA_GOV, M12, mode="disapprove"),
        event("REQUEST", KYAW_ZAW, ASEAN, M13, mode="change"),
    ],
    "quotes": [
        quote("Vertreter beider Seiten hätten am Mittwoch und Donnerstag in der südwestchinesischen Stadt Kunming "
              "verhandelt", "Mao Ning", "indirect"),
        quote("Sie hätten vereinbart, ihre Truppen voneinander zu trennen und Streitigkeiten künftig friedlich "
              "beizulegen", "Mao Ning", "indirect"),
        quote("die Armee werde sich an die Vereinbarung halten", "Zaw Min Tun", "indirect"),
        quote("Wenn sie unsere Stellungen angreifen, werden wir mit aller Härte antworten", "Zaw Min Tun", "direct"),
        quote("sie werde die Waffenruhe respektieren, solange das Militär keine Luftangriffe auf ihre Gebiete "
              "fliege", "Ta'ang National Liberation Army", "indirect"),
        quote("die Vereinbarung gelte nicht für den westlichen Bundesstaat Rakhine", "Arakan Army", "indirect"),
        quote("Peking gehe es vor allem um seine eigenen wirtschaftlichen Interessen",
              "National Unity Government of Myanmar", "indirect"),
        quote("wurden seit Beginn der Offensive mehr als 300 000 Menschen im Norden des Shan-Staats vertrieben",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Yangon", "LOC", "MMR", ["Yangon"]),
        entity("Myanmar military junta", "ORG", "MMR", ["Myanmars Militärjunta", "Junta-Sprecher",
                                                         "Generäle"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["ein Bündnis von drei Rebellengruppen",
                                                            "Zu dem Bündnis", "Die Gruppen"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmars", "des Landes"]),
        entity("Kunming", "LOC", "CHN", ["der südwestchinesischen Stadt Kunming"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Mao Ning", "PER", "CHN", ["die Sprecherin des chinesischen Außenministeriums, Mao Ning"]),
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR",
               ["Myanmar National Democratic Alliance Army", "MNDAA"]),
        entity("Ta'ang National Liberation Army", "ORG", "MMR", ["Ta'ang National Liberation Army", "TNLA"]),
        entity("Arakan Army", "ORG", "MMR", ["Arakan Army", "AA", "ihre Kämpfer"]),
        entity("Shan State", "LOC", "MMR", ["nördlichen Shan-Staat", "Shan-Staats"]),
        entity("Laukkai", "LOC", "MMR", ["die Stadt Laukkai"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["Soldaten", "die Armee", "das Militär", "der Armee"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun", "der Generalmajor"]),
        entity("MRTV", "ORG", "MMR", ["dem Staatssender MRTV"]),
        entity("Rakhine State", "LOC", "MMR", ["den westlichen Bundesstaat Rakhine", "Dort"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR",
               ["Die im Untergrund agierende Regierung der Nationalen Einheit (NUG)", "NUG"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Kyaw Zaw", "PER", "MMR", ["NUG-Sprecher Kyaw Zaw"]),
        entity("ASEAN", "ORG", "IGO", ["die Staaten der südostasiatischen Staatengemeinschaft ASEAN"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm283-de-02 (Solomon Islands/China, Sogavare in Beijing)
XI = actor("Xi Jinping", "CHN", "GOV")
SOGAVARE = actor("Manasseh Sogavare", "SLB", "GOV")
SLB_GOV = actor("Government of the Solomon Islands", "SLB", "GOV")
RSIPF = actor("Royal Solomon Islands Police Force", "SLB", "COP")
WONG = actor("Penny Wong", "AUS", "GOV")
WALE = actor("Matthew Wale", "SLB", "OPP")
AUKI_PROTESTERS = actor("protesters in Auki", "SLB", "CVL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TAIWAN = actor("Taiwan", "TWN", "GOV")

S1 = ("Peking (dpa) - Chinas Staats- und Parteichef Xi Jinping hat den Premierminister der Salomonen, Manasseh "
      "Sogavare, am Montag in der Großen Halle des Volkes in Peking empfangen.")
S2 = "Sogavare und Xi verkündeten eine umfassende strategische Partnerschaft zwischen ihren Ländern."
S3 = ("Zudem unterzeichneten beide Regierungen ein Abkommen über die Zusammenarbeit ihrer Polizeikräfte sowie acht "
      "weitere Vereinbarungen, unter anderem zu Handel, Entwicklung und Luftfahrt.")
S4 = ("Xi sagte nach Angaben des Staatssenders CCTV, China unterstütze die Salomonen dabei, ihre Souveränität zu "
      "wahren, und lehne jede Einmischung von außen ab.")
S5 = "Peking werde dem Inselstaat weiter bei der Ausbildung seiner Polizei helfen, fügte er hinzu."
S6 = ("Sogavare lobte Chinas Entwicklungsmodell und sagte, sein Land sei „stolz“, Teil der Neuen Seidenstraße zu "
      "sein.")
S7 = "„Wir haben uns für unsere Entwicklung entschieden, nicht gegen irgendjemanden“, sagte der 68-Jährige."
S8 = ("Australiens Außenministerin Penny Wong äußerte Bedenken gegenüber Honiara und sagte, für die Sicherheit "
      "im Pazifik sei die „pazifische Familie“ zuständig.")
S9 = ("Oppositionsführer Matthew Wale warf Sogavare vor, das Land „an Peking zu verkaufen“, und forderte ihn auf, "
      "die Abkommen dem Parlament vorzulegen.")
S10 = ("In Auki, der Hauptstadt der Provinz Malaita, versammelten sich am Montag rund hundert Menschen zu einer "
       "Kundgebung gegen die Regierung.")
S11 = ("Die Salomonen hatten 2019 ihre diplomatischen Beziehungen zu Taiwan abgebrochen und die Volksrepublik "
       "anerkannt.")
S12 = ("Die USA hatten im Februar ihre Botschaft in Honiara nach 30 Jahren wiedereröffnet, um dem wachsenden "
       "Einfluss Chinas in der Region entgegenzuwirken.")
S13 = "Der Südpazifik gilt seit Jahren als Schauplatz der Rivalität zwischen China und den USA."
S14 = "Der Inselstaat mit rund 700 000 Einwohnern liegt knapp 2000 Kilometer nordöstlich von Australien."

DE02 = {
    "id": "hm283-de-02", "lang": "de", "url": None, "published": "2023-07-10",
    "title": "Xi empfängt Salomonen-Premier Sogavare – Abkommen über Polizeizusammenarbeit",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10], [S11, S12, S13, S14]),
    "events": [
        event("CONSULT", SOGAVARE, XI, S1, mode="visit", date="2023-07-10", location="Beijing",
              location_country="CHN"),
        event("SUPPORT", SOGAVARE, XI, S2),
        event("SUPPORT", SLB_GOV, CHINA_GOV, S3),
        event("SUPPORT", XI, SLB_GOV, S4),
        event("AGREE", XI, RSIPF, S5),
        event("SUPPORT", SOGAVARE, CHINA_GOV, S6),
        event("ACCUSE", WONG, SLB_GOV, S8, mode="disapprove"),
        event("ACCUSE", WALE, SOGAVARE, S9, mode="allege"),
        event("REQUEST", WALE, SOGAVARE, S9, mode="change"),
        event("PROTEST", AUKI_PROTESTERS, SLB_GOV, S10, mode="demo", date="2023-07-10", location="Auki",
              location_country="SLB"),
        event("SANCTION", SLB_GOV, TAIWAN, S11, mode="discontinue"),
        event("SUPPORT", SLB_GOV, CHINA_GOV, S11),
        event("SUPPORT", USA_GOV, SLB_GOV, S12),
    ],
    "quotes": [
        quote("China unterstütze die Salomonen dabei, ihre Souveränität zu wahren, und lehne jede Einmischung von "
              "außen ab", "Xi Jinping", "indirect"),
        quote("Peking werde dem Inselstaat weiter bei der Ausbildung seiner Polizei helfen", "Xi Jinping",
              "indirect"),
        quote("stolz", "Manasseh Sogavare", "direct"),
        quote("sein Land sei „stolz“, Teil der Neuen Seidenstraße zu sein", "Manasseh Sogavare", "indirect"),
        quote("Wir haben uns für unsere Entwicklung entschieden, nicht gegen irgendjemanden", "Manasseh Sogavare",
              "direct"),
        quote("für die Sicherheit im Pazifik sei die „pazifische Familie“ zuständig", "Penny Wong", "indirect"),
        quote("pazifische Familie", "Penny Wong", "direct"),
        quote("an Peking zu verkaufen", "Matthew Wale", "direct"),
        quote("das Land „an Peking zu verkaufen“", "Matthew Wale", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinas Staats- und Parteichef Xi Jinping", "Xi"]),
        entity("Manasseh Sogavare", "PER", "SLB", ["den Premierminister der Salomonen, Manasseh Sogavare",
                                                   "Sogavare", "der 68-Jährige"]),
        entity("Solomon Islands", "LOC", "SLB", ["Salomonen", "dem Inselstaat", "sein Land", "das Land",
                                                "Der Inselstaat"]),
        entity("Government of the Solomon Islands", "ORG", "SLB", ["Honiara", "die Regierung"]),
        entity("Great Hall of the People", "LOC", "CHN", ["der Großen Halle des Volkes"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("CCTV", "ORG", "CHN", ["des Staatssenders CCTV"]),
        entity("China", "LOC", "CHN", ["China", "Chinas", "die Volksrepublik"]),
        entity("Royal Solomon Islands Police Force", "ORG", "SLB", ["seiner Polizei"]),
        entity("Belt and Road Initiative", "ORG", "CHN", ["Neuen Seidenstraße"]),
        entity("Australia", "LOC", "AUS", ["Australiens", "Australien"]),
        entity("Penny Wong", "PER", "AUS", ["Australiens Außenministerin Penny Wong"]),
        entity("Honiara", "LOC", "SLB", ["Honiara"]),
        entity("Pacific", "LOC", None, ["Pazifik"]),
        entity("Matthew Wale", "PER", "SLB", ["Oppositionsführer Matthew Wale"]),
        entity("National Parliament of the Solomon Islands", "ORG", "SLB", ["dem Parlament"]),
        entity("Auki", "LOC", "SLB", ["Auki"]),
        entity("Malaita", "LOC", "SLB", ["der Provinz Malaita"]),
        entity("protesters in Auki", "PER", "SLB", ["rund hundert Menschen"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("United States", "LOC", "USA", ["Die USA", "den USA"]),
        entity("Embassy of the United States in Honiara", "ORG", "USA", ["ihre Botschaft in Honiara"]),
        entity("South Pacific", "LOC", None, ["Der Südpazifik"]),
    ],
}

# ---------------------------------------------------------------- hm283-de-03 (ITLOS, climate advisory opinion)
ITLOS = actor("International Tribunal for the Law of the Sea", "IGO", "JUD")
UNCLOS_STATES = actor("states parties to UNCLOS", None, "GOV")
HEIDAR = actor("Tomas Heidar", "IGO", "JUD")
COSIS = actor("Commission of Small Island States on Climate Change and International Law", "IGO", "IGO")
TEO = actor("Feleti Teo", "TUV", "GOV")
BROWNE = actor("Gaston Browne", "ATG", "GOV")
G20 = actor("G20", "IGO", "IGO")
REGENVANU = actor("Ralph Regenvanu", "VUT", "GOV")
CHINA = actor("China", "CHN", "GOV")
LEMKE = actor("Steffi Lemke", "DEU", "GOV")
GREENPEACE = actor("Greenpeace", "NGO", "NGO")
CLIENTEARTH = actor("ClientEarth", "NGO", "NGO")
HAMBURG_ACTIVISTS = actor("climate activists in Hamburg", None, "CVL")

T1 = ("Hamburg (dpa) - Der Internationale Seegerichtshof hat Treibhausgasemissionen als Verschmutzung der Meere "
      "eingestuft und die Vertragsstaaten des UN-Seerechtsübereinkommens zu wirksameren Klimaschutzmaßnahmen "
      "verpflichtet.")
T2 = ("Die Staaten müssten alle notwendigen Maßnahmen ergreifen, um ihre Emissionen zu verringern und die "
      "Meeresumwelt zu schützen, sagte Gerichtspräsident Tomas Heidar am Dienstag bei der Verlesung des "
      "einstimmig beschlossenen Gutachtens.")
T3 = ("Das Rechtsgutachten ist nicht bindend, gilt aber als erste Entscheidung eines internationalen Gerichts zu "
      "den Klimaschutzpflichten von Staaten.")
T4 = ("Beantragt hatten es im Dezember 2022 kleine Inselstaaten, die sich in der Kommission kleiner Inselstaaten "
      "zu Klimawandel und Völkerrecht (COSIS) zusammengeschlossen haben.")
T5 = ("Tuvalus Regierungschef Feleti Teo sprach von einem „historischen Sieg“ für die Länder, die vom steigenden "
      "Meeresspiegel am stärksten bedroht seien.")
T6 = "„Das ist ein Tag, den unsere Kinder nicht vergessen werden“, sagte Teo."
T7 = ("Der Premierminister von Antigua und Barbuda, Gaston Browne, der die Kommission gemeinsam mit Tuvalu "
      "leitet, forderte die Staaten der G20 auf, das Gutachten ohne Verzögerung umzusetzen.")
T8 = ("Vanuatus Klimaminister Ralph Regenvanu sagte, die Entscheidung stärke die Position seines Landes vor dem "
      "Internationalen Gerichtshof in Den Haag, wo ein ähnliches Verfahren anhängig ist.")
T9 = ("China hatte in den Anhörungen im September die Zuständigkeit des Seegerichtshofs bestritten und ihn "
      "aufgefordert, kein Gutachten zu erstellen.")
T10 = "Die 21 Richter wiesen diesen Einwand einstimmig zurück."
T11 = ("Bundesumweltministerin Steffi Lemke begrüßte das Gutachten als „wichtiges Signal“ für den internationalen "
       "Klimaschutz.")
T12 = "Die Umweltorganisationen Greenpeace und ClientEarth werteten die Entscheidung als Durchbruch."
T13 = ("Der Völkerrechtler Payam Akhavan, der die Inselstaaten vor Gericht vertrat, sagte, Staaten könnten künftig "
       "wegen unzureichenden Klimaschutzes verklagt werden.")
T14 = ("Vor dem Gerichtsgebäude im Stadtteil Nienstedten hatten am Morgen Dutzende Aktivisten, darunter Studenten "
       "aus dem Pazifik, für mehr Klimaschutz demonstriert.")
T15 = ("Die USA, die das Seerechtsübereinkommen nie ratifiziert haben, äußerten sich zunächst nicht zu dem "
       "Gutachten.")

DE03 = {
    "id": "hm283-de-03", "lang": "de", "url": None, "published": "2024-05-21",
    "title": "Seegerichtshof: Staaten müssen Meere vor Treibhausgasen schützen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15]),
    "events": [
        event("REQUEST", ITLOS, UNCLOS_STATES, T1, mode="change"),
        event("REQUEST", HEIDAR, UNCLOS_STATES, T2, mode="change", date="2024-05-21", location="Hamburg",
              location_country="DEU"),
        event("REQUEST", COSIS, ITLOS, T4),
        event("SUPPORT", TEO, ITLOS, T5),
        event("REQUEST", BROWNE, G20, T7, mode="change"),
        event("SUPPORT", REGENVANU, ITLOS, T8),
        event("REQUEST", CHINA, ITLOS, T9),
        event("REJECT", ITLOS, CHINA, T10),
        event("SUPPORT", LEMKE, ITLOS, T11),
        event("SUPPORT", GREENPEACE, ITLOS, T12),
        event("SUPPORT", CLIENTEARTH, ITLOS, T12),
        event("PROTEST", HAMBURG_ACTIVISTS, None, T14, mode="demo", location="Hamburg", location_country="DEU"),
    ],
    "quotes": [
        quote("Die Staaten müssten alle notwendigen Maßnahmen ergreifen, um ihre Emissionen zu verringern und die "
              "Meeresumwelt zu schützen", "Tomas Heidar", "indirect"),
        quote("historischen Sieg", "Feleti Teo", "direct"),
        quote("die vom steigenden Meeresspiegel am stärksten bedroht seien", "Feleti Teo", "indirect"),
        quote("Das ist ein Tag, den unsere Kinder nicht vergessen werden", "Feleti Teo", "direct"),
        quote("die Entscheidung stärke die Position seines Landes vor dem Internationalen Gerichtshof in Den Haag",
              "Ralph Regenvanu", "indirect"),
        quote("wichtiges Signal", "Steffi Lemke", "direct"),
        quote("Staaten könnten künftig wegen unzureichenden Klimaschutzes verklagt werden", "Payam Akhavan",
              "indirect"),
    ],
    "entities": [
        entity("Hamburg", "LOC", "DEU", ["Hamburg"]),
        entity("International Tribunal for the Law of the Sea", "ORG", "IGO",
               ["Der Internationale Seegerichtshof", "des Seegerichtshofs", "ihn", "Die 21 Richter",
                "dem Gerichtsgebäude"]),
        entity("states parties to UNCLOS", "ORG", None, ["die Vertragsstaaten des UN-Seerechtsübereinkommens",
                                                          "Die Staaten"]),
        entity("United Nations Convention on the Law of the Sea", "ORG", "UNO",
               ["UN-Seerechtsübereinkommens", "das Seerechtsübereinkommen"]),
        entity("Tomas Heidar", "PER", "IGO", ["Gerichtspräsident Tomas Heidar"]),
        entity("Commission of Small Island States on Climate Change and International Law", "ORG", "IGO",
               ["der Kommission kleiner Inselstaaten zu Klimawandel und Völkerrecht (COSIS)", "die Kommission"]),
        entity("small island states", "ORG", None, ["kleine Inselstaaten", "die Inselstaaten"]),
        entity("Tuvalu", "LOC", "TUV", ["Tuvalus", "Tuvalu"]),
        entity("Feleti Teo", "PER", "TUV", ["Tuvalus Regierungschef Feleti Teo", "Teo"]),
        entity("Antigua and Barbuda", "LOC", "ATG", ["Antigua und Barbuda"]),
        entity("Gaston Browne", "PER", "ATG", ["Der Premierminister von Antigua und Barbuda, Gaston Browne"]),
        entity("G20", "ORG", "IGO", ["die Staaten der G20"]),
        entity("Vanuatu", "LOC", "VUT", ["Vanuatus", "seines Landes"]),
        entity("Ralph Regenvanu", "PER", "VUT", ["Vanuatus Klimaminister Ralph Regenvanu"]),
        entity("International Court of Justice", "ORG", "UNO", ["dem Internationalen Gerichtshof"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Steffi Lemke", "PER", "DEU", ["Bundesumweltministerin Steffi Lemke"]),
        entity("Greenpeace", "ORG", "NGO", ["Greenpeace"]),
        entity("ClientEarth", "ORG", "NGO", ["ClientEarth"]),
        entity("Payam Akhavan", "PER", "CAN", ["Der Völkerrechtler Payam Akhavan"]),
        entity("Nienstedten", "LOC", "DEU", ["im Stadtteil Nienstedten"]),
        entity("climate activists in Hamburg", "PER", None, ["Dutzende Aktivisten, darunter Studenten aus dem "
                                                             "Pazifik"]),
        entity("Pacific", "LOC", None, ["Pazifik"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
    ],
}

# ---------------------------------------------------------------- hm283-de-04 (Maldives/India, envoys summoned over insults)
IND_GOV = actor("Government of India", "IND", "GOV")
MDV_GOV = actor("Government of the Maldives", "MDV", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
MDV_MFA = actor("Ministry of Foreign Affairs of the Maldives", "MDV", "GOV")
SHIUNA = actor("Mariyam Shiuna", "MDV", "GOV")
SHAREEF = actor("Malsha Shareef", "MDV", "GOV")
MAJID = actor("Mahzoom Majid", "MDV", "GOV")
MDV_DEPUTIES = actor("Maldivian deputy ministers", "MDV", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
ZAMEER = actor("Moosa Zameer", "MDV", "GOV")
NASHEED = actor("Mohamed Nasheed", "MDV", "PTY")
EASEMYTRIP = actor("EaseMyTrip", "IND", "BUS")
MUIZZU = actor("Mohamed Muizzu", "MDV", "GOV")

N1 = ("Neu-Delhi/Malé (dpa) - Im Streit um abfällige Äußerungen über Indiens Premierminister Narendra Modi haben "
      "Indien und die Malediven gegenseitig ihre Gesandten einbestellt.")
N2 = ("Das indische Außenministerium bestellte am Montag den maledivischen Hochkommissar Ibrahim Shaheeb in "
      "Neu-Delhi ein.")
N3 = "Eine formelle Entschuldigung verlangte Neu-Delhi nach Angaben aus Regierungskreisen jedoch nicht."
N4 = ("Wenige Stunden zuvor hatte das Außenministerium in Malé den indischen Hochkommissar Munu Mahawar zu sich "
      "zitiert.")
N5 = ("Am Sonntag hatte die Regierung in Malé die stellvertretenden Minister Mariyam Shiuna, Malsha Shareef und "
      "Mahzoom Majid suspendiert.")
N6 = ("Shiuna hatte Modi nach dessen Besuch auf der indischen Inselgruppe Lakshadweep in Online-Netzwerken als "
      "„Clown“ und „Marionette Israels“ bezeichnet.")
N7 = ("Die Äußerungen seien persönliche Meinungen und gäben nicht die Haltung der Regierung wieder, erklärte das "
      "maledivische Außenministerium.")
N8 = ("Außenminister Moosa Zameer nannte die Beiträge der drei „inakzeptabel“ und versicherte, die Malediven "
      "wollten ein verlässlicher Partner Indiens bleiben.")
N9 = ("Der frühere Präsident Mohamed Nasheed verurteilte die „abscheuliche Sprache“ gegenüber dem "
      "Regierungschef eines wichtigen Verbündeten.")
N10 = "Das indische Reiseportal EaseMyTrip setzte wegen des Streits alle Flugbuchungen auf die Malediven aus."
N11 = "Indische Touristen stellen seit Jahren die größte Gruppe unter den Urlaubern in dem Inselstaat."
N12 = ("Präsident Mohamed Muizzu traf unterdessen am Montag zu einem fünftägigen Staatsbesuch in China ein, "
       "zunächst in der Provinz Fujian.")
N13 = "Der als chinafreundlich geltende 45-Jährige hatte im Wahlkampf mit dem Slogan „India Out“ geworben."
N14 = ("Kurz nach seinem Amtsantritt im November forderte er Neu-Delhi auf, die rund 80 auf den Malediven "
       "stationierten indischen Soldaten abzuziehen.")
N15 = "Indien hat einen Abzug bislang nicht zugesagt."
N16 = "Modi selbst äußerte sich zunächst nicht zu dem Streit."

DE04 = {
    "id": "hm283-de-04", "lang": "de", "url": None, "published": "2024-01-08",
    "title": "Streit um Beleidigung Modis: Indien und Malediven bestellen Gesandte ein",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("ACCUSE", IND_GOV, MDV_GOV, N1, mode="disapprove"),
        event("ACCUSE", MDV_GOV, IND_GOV, N1, mode="disapprove"),
        event("ACCUSE", IND_MEA, MDV_GOV, N2, mode="disapprove", date="2024-01-08", location="New Delhi",
              location_country="IND"),
        event("REQUEST", IND_GOV, MDV_GOV, N3, mode="change", negated=True),
        event("ACCUSE", MDV_MFA, IND_GOV, N4, mode="disapprove", location="Malé", location_country="MDV"),
        event("SANCTION", MDV_GOV, SHIUNA, N5, mode="expel", date="2024-01-07"),
        event("SANCTION", MDV_GOV, SHAREEF, N5, mode="expel", date="2024-01-07"),
        event("SANCTION", MDV_GOV, MAJID, N5, mode="expel", date="2024-01-07"),
        event("ACCUSE", SHIUNA, MODI, N6, mode="disapprove"),
        event("ACCUSE", ZAMEER, MDV_DEPUTIES, N8, mode="disapprove"),
        event("AGREE", ZAMEER, IND_GOV, N8),
        event("ACCUSE", NASHEED, MDV_DEPUTIES, N9, mode="disapprove"),
        event("PROTEST", EASEMYTRIP, MDV_GOV, N10, mode="boycott"),
        event("CONSULT", MUIZZU, CHINA_GOV, N12, mode="visit", date="2024-01-08", location="Fujian",
              location_country="CHN"),
        event("REQUEST", MUIZZU, IND_GOV, N14, mode="change"),
        event("CONCEDE", IND_GOV, MDV_GOV, N15, negated=True),
    ],
    "quotes": [
        quote("Clown", "Mariyam Shiuna", "direct"),
        quote("Marionette Israels", "Mariyam Shiuna", "direct"),
        quote("Modi nach dessen Besuch auf der indischen Inselgruppe Lakshadweep in Online-Netzwerken als „Clown“ "
              "und „Marionette Israels“ bezeichnet", "Mariyam Shiuna", "indirect"),
        quote("Die Äußerungen seien persönliche Meinungen und gäben nicht die Haltung der Regierung wieder",
              "Ministry of Foreign Affairs of the Maldives", "indirect"),
        quote("inakzeptabel", "Moosa Zameer", "direct"),
        quote("die Malediven wollten ein verlässlicher Partner Indiens bleiben", "Moosa Zameer", "indirect"),
        quote("abscheuliche Sprache", "Mohamed Nasheed", "direct"),
        quote("India Out", "Mohamed Muizzu", "direct"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Malé", "LOC", "MDV", ["Malé"]),
        entity("Narendra Modi", "PER", "IND", ["Indiens Premierminister Narendra Modi", "Modi",
                                               "dem Regierungschef eines wichtigen Verbündeten"]),
        entity("India", "LOC", "IND", ["Indiens", "Indien"]),
        entity("Maldives", "LOC", "MDV", ["die Malediven", "Malediven", "dem Inselstaat"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Ibrahim Shaheeb", "PER", "MDV", ["den maledivischen Hochkommissar Ibrahim Shaheeb"]),
        entity("Ministry of Foreign Affairs of the Maldives", "ORG", "MDV",
               ["das Außenministerium in Malé", "das maledivische Außenministerium"]),
        entity("Munu Mahawar", "PER", "IND", ["den indischen Hochkommissar Munu Mahawar"]),
        entity("Government of the Maldives", "ORG", "MDV", ["die Regierung in Malé", "der Regierung"]),
        entity("Mariyam Shiuna", "PER", "MDV", ["Mariyam Shiuna", "Shiuna"]),
        entity("Malsha Shareef", "PER", "MDV", ["Malsha Shareef"]),
        entity("Mahzoom Majid", "PER", "MDV", ["Mahzoom Majid"]),
        entity("Maldivian deputy ministers", "PER", "MDV", ["die stellvertretenden Minister", "der drei"]),
        entity("Lakshadweep", "LOC", "IND", ["der indischen Inselgruppe Lakshadweep"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Moosa Zameer", "PER", "MDV", ["Außenminister Moosa Zameer"]),
        entity("Mohamed Nasheed", "PER", "MDV", ["Der frühere Präsident Mohamed Nasheed"]),
        entity("EaseMyTrip", "ORG", "IND", ["Das indische Reiseportal EaseMyTrip"]),
        entity("Mohamed Muizzu", "PER", "MDV", ["Präsident Mohamed Muizzu",
                                                "Der als chinafreundlich geltende 45-Jährige"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Fujian", "LOC", "CHN", ["der Provinz Fujian"]),
        entity("Government of India", "ORG", "IND", ["Neu-Delhi"]),
        entity("Indian Armed Forces", "ORG", "IND", ["die rund 80 auf den Malediven stationierten indischen "
                                                     "Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm283-en-01 (UN/COP28, fossil fuel transition deal)
COP28_COUNTRIES = actor("COP28 participating countries", None, "GOV")
AL_JABER = actor("Sultan al-Jaber", "ARE", "GOV")
COP28_PRESIDENCY = actor("COP28 Presidency", "ARE", "GOV")
AOSIS = actor("Alliance of Small Island States", "IGO", "IGO")
RASMUSSEN = actor("Anne Rasmussen", "WSM", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
AL_GHAIS = actor("Haitham al-Ghais", "IGO", "IGO")
OPEC = actor("OPEC", "IGO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
KERRY = actor("John Kerry", "USA", "GOV")
HOEKSTRA = actor("Wopke Hoekstra", "EUR", "IGO")
COP28_ACTIVISTS = actor("climate activists at COP28", None, "CVL")

C1 = ("DUBAI, Dec 13 (Reuters) - Nearly 200 countries at the COP28 climate summit in Dubai agreed on Wednesday to "
      "begin transitioning away from fossil fuels, the first time a U.N. climate deal has explicitly targeted oil, "
      "gas and coal.")
C2 = ("COP28 President Sultan al-Jaber gavelled the agreement through minutes after opening the final plenary "
      "session, prompting a standing ovation from delegates.")
C3 = '"We have delivered a robust plan that the world can build on," al-Jaber told the plenary.'
C4 = ("But the Alliance of Small Island States (AOSIS) complained to the COP28 presidency that the text had been "
      "adopted while its negotiators were still outside the hall coordinating their response.")
C5 = ('"We cannot reopen this now, but we cannot pretend it is enough," said Anne Rasmussen of Samoa, the bloc\'s '
      'lead negotiator.')
C6 = ('She accused the presidency of leaving "a litany of loopholes" in the text that would allow big emitters to '
      'keep burning coal, oil and gas.')
C7 = "Al-Jaber said the small islands' objections would be fully reflected in the record of the conference."
C8 = ("Saudi Arabia, the world's largest oil exporter, had resisted any reference to phasing out fossil fuels "
      "during two weeks of talks.")
C9 = ("OPEC Secretary General Haitham al-Ghais last week urged the group's members in a letter to reject any text "
      "that targeted fossil fuels rather than emissions.")
C10 = ('U.N. Secretary-General Antonio Guterres, in a swipe at Riyadh and other producers, said a fossil fuel '
       'phase-out was "inevitable whether they like it or not" and that the deal must be followed by action.')
C11 = ('U.S. climate envoy John Kerry welcomed the agreement as a strong signal to investors, and EU Climate '
       'Commissioner Wopke Hoekstra said it marked "the beginning of the end" of the fossil fuel era.')
C12 = ("Outside the plenary hall, dozens of activists staged a silent sit-in to demand a full and fast phase-out.")
C13 = ("The text also sets goals of tripling renewable energy capacity and doubling the rate of energy efficiency "
       "gains by 2030.")
C14 = "Next year's summit, COP29, will be held in Baku, the capital of Azerbaijan."

EN01 = {
    "id": "hm283-en-01", "lang": "en", "url": None, "published": "2023-12-13",
    "title": "COP28 strikes deal to transition away from fossil fuels; small islands cry foul",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11, C12], [C13, C14]),
    "events": [
        event("AGREE", COP28_COUNTRIES, None, C1, date="2023-12-13", location="Dubai", location_country="ARE"),
        event("SUPPORT", AL_JABER, None, C2, location="Dubai", location_country="ARE"),
        event("ACCUSE", AOSIS, COP28_PRESIDENCY, C4, mode="disapprove"),
        event("ACCUSE", RASMUSSEN, COP28_PRESIDENCY, C6, mode="allege"),
        event("AGREE", AL_JABER, AOSIS, C7),
        event("REJECT", SAUDI, None, C8, mode="change"),
        event("REQUEST", AL_GHAIS, OPEC, C9),
        event("ACCUSE", GUTERRES, SAUDI, C10, mode="disapprove"),
        event("SUPPORT", KERRY, None, C11),
        event("SUPPORT", HOEKSTRA, None, C11),
        event("PROTEST", COP28_ACTIVISTS, None, C12, mode="demo", location="Dubai", location_country="ARE"),
    ],
    "quotes": [
        quote("We have delivered a robust plan that the world can build on", "Sultan al-Jaber", "direct"),
        quote("the text had been adopted while its negotiators were still outside the hall coordinating their "
              "response", "Alliance of Small Island States", "indirect"),
        quote("We cannot reopen this now, but we cannot pretend it is enough", "Anne Rasmussen", "direct"),
        quote("a litany of loopholes", "Anne Rasmussen", "direct"),
        quote('of leaving "a litany of loopholes" in the text that would allow big emitters to keep burning coal, '
              'oil and gas', "Anne Rasmussen", "indirect"),
        quote("the small islands' objections would be fully reflected in the record of the conference",
              "Sultan al-Jaber", "indirect"),
        quote("inevitable whether they like it or not", "António Guterres", "direct"),
        quote('a fossil fuel phase-out was "inevitable whether they like it or not" and that the deal must be '
              'followed by action', "António Guterres", "indirect"),
        quote("the beginning of the end", "Wopke Hoekstra", "direct"),
        quote('it marked "the beginning of the end" of the fossil fuel era', "Wopke Hoekstra", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI", "Dubai"]),
        entity("COP28", "ORG", "UNO", ["the COP28 climate summit", "the plenary", "the conference"]),
        entity("COP28 participating countries", "ORG", None, ["Nearly 200 countries"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Sultan al-Jaber", "PER", "ARE", ["COP28 President Sultan al-Jaber", "al-Jaber", "Al-Jaber"]),
        entity("COP28 Presidency", "ORG", "ARE", ["the COP28 presidency", "the presidency"]),
        entity("Alliance of Small Island States", "ORG", "IGO", ["the Alliance of Small Island States (AOSIS)",
                                                                 "the bloc's", "the small islands'"]),
        entity("Anne Rasmussen", "PER", "WSM", ["Anne Rasmussen of Samoa", "She"]),
        entity("Samoa", "LOC", "WSM", ["Samoa"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "Riyadh"]),
        entity("OPEC", "ORG", "IGO", ["OPEC", "the group's members"]),
        entity("Haitham al-Ghais", "PER", "IGO", ["OPEC Secretary General Haitham al-Ghais"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("John Kerry", "PER", "USA", ["U.S. climate envoy John Kerry"]),
        entity("Wopke Hoekstra", "PER", "EUR", ["EU Climate Commissioner Wopke Hoekstra"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("climate activists at COP28", "PER", None, ["dozens of activists"]),
        entity("COP29", "ORG", "UNO", ["Next year's summit, COP29"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan"]),
    ],
}

# ---------------------------------------------------------------- hm283-en-02 (Pakistan, deportation of undocumented Afghans)
PAK_POLICE = actor("Pakistani police", "PAK", "COP")
AFG_MIGRANTS = actor("undocumented Afghan migrants in Pakistan", "AFG", "CVL")
KARACHI_POLICE = actor("Karachi police", "PAK", "COP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
BUGTI = actor("Sarfraz Bugti", "PAK", "GOV")
UNHCR = actor("UNHCR", "UNO", "IGO")
AFG_NATIONALS = actor("Afghan nationals", "AFG", "CVL")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
TALIBAN_GOV = actor("Taliban government", "AFG", "GOV")
AFG_RETURNEES = actor("Afghan returnees", "AFG", "CVL")
US_EMBASSY_PAK = actor("U.S. Embassy in Islamabad", "USA", "GOV")
ISB_POLICE = actor("Islamabad police", "PAK", "COP")
ISB_ACTIVISTS = actor("rights activists in Islamabad", "PAK", "NGO")
FRONTIER_CORPS = actor("Frontier Corps", "PAK", "MIL")

A1 = ("TORKHAM, Pakistan, Nov 1 (Reuters) - Pakistani police began rounding up Afghans without valid documents on "
      "Wednesday as a government deadline for hundreds of thousands of undocumented migrants to leave the country "
      "expired.")
A2 = ("Officers in the southern port city of Karachi raided several Afghan neighbourhoods overnight and took dozens "
      "of men to holding centres, a senior police official said.")
A3 = ("At the Torkham crossing in the northwest, where the paramilitary Frontier Corps deployed extra troops, "
      "thousands of Afghan families waited in trucks piled high with mattresses and furniture to cross into "
      "Afghanistan.")
A4 = ("Pakistan's caretaker government ordered all foreigners living in the country illegally, most of them "
      "Afghans, in early October to leave by the end of the month or face arrest and deportation.")
A5 = ("Caretaker Interior Minister Sarfraz Bugti on Tuesday rejected calls from the U.N. refugee agency to extend "
      "the deadline.")
A6 = '"We have given them more than enough time," he told reporters in Islamabad.'
A7 = ("Bugti has said Afghan nationals carried out 14 of the 24 suicide bombings in Pakistan this year, a charge "
      "the Taliban government in Kabul rejects.")
A8 = ('Taliban chief spokesman Zabihullah Mujahid called the expulsions "unacceptable" and urged Islamabad to give '
      'Afghans more time to leave with dignity.')
A9 = "The Taliban have set up camps with food, water and medical care for returnees near the border."
A10 = ("The U.N. refugee agency UNHCR said it was alarmed by the forced returns and urged Pakistan to suspend them, "
       "warning that women and girls faced grave risks under Taliban rule.")
A11 = ("The U.S. embassy in Islamabad said it had asked Pakistani authorities to protect thousands of Afghans "
       "awaiting resettlement in the United States, many of whom worked with American forces.")
A12 = ("In Islamabad, police on Wednesday detained about a dozen rights activists who had gathered outside the "
       "National Press Club to protest against the deportations.")
A13 = ("Caretaker Prime Minister Anwaar-ul-Haq Kakar has said the policy is not directed at Afghans and applies "
       "to all foreigners without papers.")
A14 = ("Pakistan hosts about 4 million Afghans, including some 1.7 million without valid papers, according to "
       "government figures.")

EN02 = {
    "id": "hm283-en-02", "lang": "en", "url": None, "published": "2023-11-01",
    "title": "Pakistan starts rounding up Afghans as deportation deadline expires",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("COERCE", PAK_POLICE, AFG_MIGRANTS, A1, mode="arrest", date="2023-11-01", location_country="PAK"),
        event("COERCE", KARACHI_POLICE, AFG_MIGRANTS, A2, mode="arrest", location="Karachi",
              location_country="PAK"),
        event("MOBILIZE", FRONTIER_CORPS, None, A3, mode="troops", location="Torkham", location_country="PAK"),
        event("REQUEST", PAK_GOV, AFG_MIGRANTS, A4, mode="change"),
        event("THREATEN", PAK_GOV, AFG_MIGRANTS, A4, mode="arrest"),
        event("REJECT", BUGTI, UNHCR, A5, mode="yield", date="2023-10-31"),
        event("ACCUSE", BUGTI, AFG_NATIONALS, A7, mode="allege"),
        event("ACCUSE", MUJAHID, PAK_GOV, A8, mode="disapprove"),
        event("REQUEST", MUJAHID, PAK_GOV, A8, mode="yield"),
        event("AID", TALIBAN_GOV, AFG_RETURNEES, A9),
        event("ACCUSE", UNHCR, PAK_GOV, A10, mode="disapprove"),
        event("REQUEST", UNHCR, PAK_GOV, A10, mode="change"),
        event("REQUEST", US_EMBASSY_PAK, PAK_GOV, A11),
        event("COERCE", ISB_POLICE, ISB_ACTIVISTS, A12, mode="arrest", date="2023-11-01", location="Islamabad",
              location_country="PAK"),
        event("PROTEST", ISB_ACTIVISTS, PAK_GOV, A12, mode="demo", location="Islamabad", location_country="PAK"),
    ],
    "quotes": [
        quote("Officers in the southern port city of Karachi raided several Afghan neighbourhoods overnight and took "
              "dozens of men to holding centres", "senior Karachi police official", "indirect"),
        quote("We have given them more than enough time", "Sarfraz Bugti", "direct"),
        quote("Afghan nationals carried out 14 of the 24 suicide bombings in Pakistan this year", "Sarfraz Bugti",
              "indirect"),
        quote("unacceptable", "Zabihullah Mujahid", "direct"),
        quote("it was alarmed by the forced returns", "UNHCR", "indirect"),
        quote("women and girls faced grave risks under Taliban rule", "UNHCR", "indirect"),
        quote("it had asked Pakistani authorities to protect thousands of Afghans awaiting resettlement in the "
              "United States, many of whom worked with American forces", "U.S. Embassy in Islamabad", "indirect"),
        quote("the policy is not directed at Afghans and applies to all foreigners without papers",
              "Anwaar-ul-Haq Kakar", "indirect"),
    ],
    "entities": [
        entity("Torkham", "LOC", "PAK", ["TORKHAM", "the Torkham crossing"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "the country"]),
        entity("Pakistani police", "ORG", "PAK", ["Pakistani police"]),
        entity("undocumented Afghan migrants in Pakistan", "PER", "AFG",
               ["Afghans without valid documents", "hundreds of thousands of undocumented migrants",
                "all foreigners living in the country illegally",
                "thousands of Afghan families"]),
        entity("Karachi police", "ORG", "PAK", ["Officers in the southern port city of Karachi",
                                                "a senior police official"]),
        entity("Karachi", "LOC", "PAK", ["the southern port city of Karachi"]),
        entity("Frontier Corps", "ORG", "PAK", ["the paramilitary Frontier Corps"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan's caretaker government", "Islamabad",
                                                        "Pakistani authorities"]),
        entity("Sarfraz Bugti", "PER", "PAK", ["Caretaker Interior Minister Sarfraz Bugti", "Bugti"]),
        entity("UNHCR", "ORG", "UNO", ["the U.N. refugee agency", "The U.N. refugee agency UNHCR"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Afghan nationals", "PER", "AFG", ["Afghan nationals"]),
        entity("Taliban government", "ORG", "AFG", ["the Taliban government in Kabul", "The Taliban", "Taliban rule"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban chief spokesman Zabihullah Mujahid"]),
        entity("Afghan returnees", "PER", "AFG", ["returnees"]),
        entity("U.S. Embassy in Islamabad", "ORG", "USA", ["The U.S. embassy in Islamabad"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("U.S. Armed Forces", "ORG", "USA", ["American forces"]),
        entity("Islamabad police", "ORG", "PAK", ["police"]),
        entity("rights activists in Islamabad", "PER", "PAK", ["about a dozen rights activists"]),
        entity("National Press Club", "LOC", "PAK", ["the National Press Club"]),
        entity("Anwaar-ul-Haq Kakar", "PER", "PAK", ["Caretaker Prime Minister Anwaar-ul-Haq Kakar"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
