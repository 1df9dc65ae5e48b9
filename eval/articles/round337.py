"""Round 337: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm337-de-01: Japan/China: Beijing sanctions upper-house member Seki Hei over his remarks on Taiwan, Tibet and Xinjiang; Hayashi protests and demands a reversal, no summons of Wu Jianghao, Seki and Yoshimura hit back (2025-09-08).
- hm337-de-02: North Korea: state media show Kim Jong Un at a uranium enrichment site; Seoul and Tokyo condemn, Washington urges talks and reaffirms its defence pledges, Grossi demands access for IAEA inspectors (2024-09-13).
- hm337-de-03: Thailand/Vietnam: a Bangkok court approves the extradition of Montagnard activist Y Quynh Bdap to Vietnam; torture fears, HRW and UN experts object, Hanoi welcomes the ruling (2024-09-30).
- hm337-de-04: India/United States: a US military plane deports 104 Indians in shackles to Amritsar; opposition MPs protest in handcuffs, Kharge accuses Modi's government, Jaishankar defends the practice, no arrests on arrival (2025-02-06).
- hm337-en-01: ICAO: the council holds Russia responsible for the downing of MH17; Wong, Veldkamp and Malaysia welcome it, Moscow rejects it and blames Kyiv, the convicted men not handed over (2025-05-12).
- hm337-en-02: International Seabed Authority: Carvalho, China, Greenpeace and Palau condemn Trump's order to fast-track deep-sea mining; The Metals Company welcomes it, no mining code agreed yet (2025-04-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm337-de-01 (Japan/China, sanctions on Seki Hei)
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
SEKI = actor("Seki Hei", "JPN", "LEG")
SEKI_FAMILY = actor("family of Seki Hei", "JPN", "CVL")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
JPN_MOFA = actor("Ministry of Foreign Affairs of Japan", "JPN", "GOV")
YOSHIMURA = actor("Hirofumi Yoshimura", "JPN", "PTY")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")

A1 = "Peking/Tokio (dpa) - China hat Sanktionen gegen den japanischen Oberhausabgeordneten Seki Hei verhängt."
A2 = ("Das Außenministerium in Peking teilte am Montag mit, das Vermögen des 63-Jährigen in China werde eingefroren, "
      "zudem dürften chinesische Organisationen und Bürger keine Geschäfte mehr mit ihm machen.")
A3 = "Ihm und seinen engsten Angehörigen werde außerdem die Einreise nach China, Hongkong und Macau verweigert."
A4 = ("Der in der südwestchinesischen Stadt Chengdu geborene Politiker hat seit 2007 die japanische Staatsbürgerschaft "
      "und war im Juli für die Partei Nippon Ishin no Kai ins Oberhaus gewählt worden.")
A5 = ("Peking wirft ihm vor, mit „falschen Äußerungen“ zu Taiwan, Xinjiang, Tibet und Hongkong die Souveränität Chinas "
      "untergraben und die Gefühle des chinesischen Volkes verletzt zu haben.")
A6 = "„Wer die rote Linie überschreitet, wird dafür bezahlen“, sagte Außenamtssprecher Lin Jian vor Journalisten."
A7 = "Zugleich forderte er Tokio auf, „Provokationen“ in der Taiwan-Frage zu unterlassen."
A8 = "Die Regierung in Tokio reagierte mit scharfer Kritik."
A9 = ("Es sei „äußerst bedauerlich“, dass China einen gewählten Abgeordneten wegen seiner Meinungsäußerungen bestrafe, "
      "sagte Regierungssprecher Yoshimasa Hayashi.")
A10 = "Japan habe über diplomatische Kanäle Protest eingelegt und die Rücknahme der Sanktionen verlangt."
A11 = ("Eine Einbestellung des chinesischen Botschafters Wu Jianghao gab es nach Angaben des Außenministeriums in Tokio "
       "zunächst nicht.")
A12 = "Seki selbst gab sich unbeeindruckt."
A13 = "„Für mich sind diese Sanktionen ein Orden“, schrieb der Abgeordnete auf der Plattform X."
A14 = "„Peking will Kritiker im Ausland mundtot machen, aber das wird ihm nicht gelingen.“"
A15 = ("Der Vorsitzende seiner Partei, Osakas Gouverneur Hirofumi Yoshimura, nannte die Strafmaßnahmen einen „Angriff "
       "auf die Meinungsfreiheit“.")
A16 = ("Die Sanktionen fallen in eine politisch unruhige Zeit in Tokio: Ministerpräsident Shigeru Ishiba hatte am "
       "Sonntag seinen Rücktritt als Vorsitzender der regierenden Liberaldemokratischen Partei angekündigt.")
A17 = ("China hatte in den vergangenen Jahren bereits mehrfach Sanktionen gegen Politiker und Rüstungsfirmen aus den USA "
       "und Taiwan verhängt.")

DE01 = {
    "id": "hm337-de-01", "lang": "de", "url": None, "published": "2025-09-08",
    "title": "China verhängt Sanktionen gegen japanischen Abgeordneten",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14, A15], [A16, A17]),
    "events": [
        event("SANCTION", CHN_GOV, SEKI, A1),
        event("SANCTION", CHN_MFA, SEKI, A2, date="2025-09-08"),
        event("COERCE", CHN_MFA, SEKI, A3, mode="ban"),
        event("COERCE", CHN_MFA, SEKI_FAMILY, A3, mode="ban"),
        event("ACCUSE", CHN_GOV, SEKI, A5, mode="allege"),
        event("THREATEN", LIN_JIAN, None, A6),
        event("REQUEST", LIN_JIAN, JPN_GOV, A7, mode="change"),
        event("ACCUSE", JPN_GOV, CHN_GOV, A8, mode="disapprove"),
        event("ACCUSE", HAYASHI, CHN_GOV, A9, mode="disapprove"),
        event("ACCUSE", JPN_GOV, CHN_GOV, A10, mode="disapprove"),
        event("REQUEST", JPN_GOV, CHN_GOV, A10, mode="change"),
        event("ACCUSE", JPN_MOFA, CHN_GOV, A11, mode="disapprove", negated=True),
        event("ACCUSE", SEKI, CHN_GOV, A14, mode="allege"),
        event("ACCUSE", YOSHIMURA, CHN_GOV, A15, mode="disapprove"),
        event("CONCEDE", ISHIBA, None, A16, date="2025-09-07"),
    ],
    "quotes": [
        quote("das Vermögen des 63-Jährigen in China werde eingefroren, zudem dürften chinesische Organisationen und "
              "Bürger keine Geschäfte mehr mit ihm machen", "Ministry of Foreign Affairs of China", "indirect"),
        quote("Ihm und seinen engsten Angehörigen werde außerdem die Einreise nach China, Hongkong und Macau verweigert",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("falschen Äußerungen", "Government of China", "direct"),
        quote("mit „falschen Äußerungen“ zu Taiwan, Xinjiang, Tibet und Hongkong die Souveränität Chinas untergraben und "
              "die Gefühle des chinesischen Volkes verletzt zu haben", "Government of China", "indirect"),
        quote("Wer die rote Linie überschreitet, wird dafür bezahlen", "Lin Jian", "direct"),
        quote("Provokationen", "Lin Jian", "direct"),
        quote("äußerst bedauerlich", "Yoshimasa Hayashi", "direct"),
        quote("Es sei „äußerst bedauerlich“, dass China einen gewählten Abgeordneten wegen seiner Meinungsäußerungen "
              "bestrafe", "Yoshimasa Hayashi", "indirect"),
        quote("Japan habe über diplomatische Kanäle Protest eingelegt und die Rücknahme der Sanktionen verlangt",
              "Yoshimasa Hayashi", "indirect"),
        quote("Eine Einbestellung des chinesischen Botschafters Wu Jianghao gab es nach Angaben des Außenministeriums in "
              "Tokio zunächst nicht", "Ministry of Foreign Affairs of Japan", "indirect"),
        quote("Für mich sind diese Sanktionen ein Orden", "Seki Hei", "direct"),
        quote("Peking will Kritiker im Ausland mundtot machen, aber das wird ihm nicht gelingen", "Seki Hei", "direct"),
        quote("Angriff auf die Meinungsfreiheit", "Hirofumi Yoshimura", "direct"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("China", "LOC", "CHN", ["China", "Chinas"]),
        entity("Government of China", "ORG", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Seki Hei", "PER", "JPN", ["den japanischen Oberhausabgeordneten Seki Hei", "des 63-Jährigen",
                                          "Der in der südwestchinesischen Stadt Chengdu geborene Politiker", "Seki",
                                          "der Abgeordnete"]),
        entity("family of Seki Hei", "PER", "JPN", ["seinen engsten Angehörigen"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("Macau", "LOC", "CHN", ["Macau"]),
        entity("Chengdu", "LOC", "CHN", ["der südwestchinesischen Stadt Chengdu"]),
        entity("Nippon Ishin no Kai", "ORG", "JPN", ["die Partei Nippon Ishin no Kai", "seiner Partei"]),
        entity("House of Councillors", "ORG", "JPN", ["Oberhaus"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Xinjiang", "LOC", "CHN", ["Xinjiang"]),
        entity("Tibet", "LOC", "CHN", ["Tibet"]),
        entity("Lin Jian", "PER", "CHN", ["Außenamtssprecher Lin Jian"]),
        entity("Government of Japan", "ORG", "JPN", ["Die Regierung in Tokio", "Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Wu Jianghao", "PER", "CHN", ["des chinesischen Botschafters Wu Jianghao"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["des Außenministeriums in Tokio"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Hirofumi Yoshimura", "PER", "JPN", ["Der Vorsitzende seiner Partei, Osakas Gouverneur Hirofumi "
                                                    "Yoshimura"]),
        entity("Osaka", "LOC", "JPN", ["Osakas"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ministerpräsident Shigeru Ishiba"]),
        entity("Liberal Democratic Party (Japan)", "ORG", "JPN", ["der regierenden Liberaldemokratischen Partei"]),
        entity("United States", "LOC", "USA", ["den USA"]),
    ],
}

# ---------------------------------------------------------------- hm337-de-02 (North Korea, uranium enrichment site)
KCNA = actor("Korean Central News Agency", "PRK", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
KOR_MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")
KOR_MND = actor("Ministry of National Defense of South Korea", "KOR", "MIL")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
GROSSI = actor("Rafael Grossi", "UNO", "IGO")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")

B1 = ("Seoul (dpa) - Nordkorea hat erstmals Bilder aus einer Anlage zur Anreicherung von Uran veröffentlicht "
      "und damit international Besorgnis ausgelöst.")
B2 = ("Machthaber Kim Jong Un habe das Atomwaffeninstitut und eine Produktionsstätte für waffenfähiges Nuklearmaterial "
      "besichtigt, meldeten die Staatsmedien am Freitag.")
B3 = "Auf den Fotos ist der 40-Jährige zwischen langen Reihen von Zentrifugen zu sehen."
B4 = ("Kim habe angeordnet, die Zahl der Zentrifugen „exponentiell“ zu erhöhen, um die atomare Abschreckung des Landes "
      "zu stärken, hieß es.")
B5 = ("Die Bedrohung durch die USA und ihre Verbündeten mache einen Ausbau des Atomwaffenarsenals nötig, wurde Kim "
      "zitiert.")
B6 = "Südkoreas Vereinigungsministerium verurteilte die Veröffentlichung."
B7 = ("Pjöngjang versuche, mit der Zurschaustellung seiner Atomanlagen Druck auf Washington auszuüben und sich vor der "
      "US-Präsidentenwahl ins Gespräch zu bringen, sagte ein Sprecher.")
B8 = ("Das Verteidigungsministerium in Seoul erklärte, man beobachte die Aktivitäten in den Atomanlagen von Yongbyon und "
      "Kangson gemeinsam mit den USA genau.")
B9 = "Auch Japan reagierte besorgt."
B10 = "Die Entwicklung sei „absolut inakzeptabel“, sagte Regierungssprecher Yoshimasa Hayashi in Tokio."
B11 = "Tokio habe über seine Botschaft in Peking Protest bei Nordkorea eingelegt."
B12 = ("Das US-Außenministerium rief Pjöngjang auf, seine Provokationen einzustellen und an den Verhandlungstisch "
       "zurückzukehren.")
B13 = "Ein Sprecher bekräftigte zudem die Verpflichtung der Vereinigten Staaten, Südkorea und Japan zu verteidigen."
B14 = ("Der Generaldirektor der Internationalen Atomenergiebehörde (IAEA), Rafael Grossi, nannte die Bilder „zutiefst "
       "bedauerlich“.")
B15 = ("Sie bestätigten, was seine Behörde seit Langem vermute: dass Nordkorea sein Atomprogramm unter Verstoß gegen "
       "Resolutionen des UN-Sicherheitsrats ausbaue, sagte der Argentinier in Wien.")
B16 = "Er forderte Pjöngjang auf, den Inspekteuren seiner Behörde wieder Zugang zu gewähren."
B17 = "Nordkorea hatte die IAEA-Inspekteure im April 2009 des Landes verwiesen."

DE02 = {
    "id": "hm337-de-02", "lang": "de", "url": None, "published": "2024-09-13",
    "title": "Nordkorea zeigt Bilder von Urananreicherung",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("ACCUSE", KIM, USA_GOV, B5, mode="allege"),
        event("ACCUSE", KOR_MOU, PRK_GOV, B6, mode="disapprove"),
        event("ACCUSE", KOR_MOU, PRK_GOV, B7, mode="allege"),
        event("COOPERATE", KOR_MND, USA_GOV, B8),
        event("ACCUSE", HAYASHI, PRK_GOV, B10, mode="disapprove", location="Tokyo", location_country="JPN"),
        event("ACCUSE", JPN_GOV, PRK_GOV, B11, mode="disapprove"),
        event("REQUEST", US_STATE, PRK_GOV, B12, mode="change"),
        event("AGREE", US_STATE, KOR_GOV, B13),
        event("AGREE", US_STATE, JPN_GOV, B13),
        event("ACCUSE", GROSSI, PRK_GOV, B14, mode="disapprove"),
        event("ACCUSE", GROSSI, PRK_GOV, B15, mode="allege", location="Vienna", location_country="AUT"),
        event("REQUEST", GROSSI, PRK_GOV, B16, mode="change"),
        event("SANCTION", PRK_GOV, IAEA, B17, mode="expel"),
    ],
    "quotes": [
        quote("Machthaber Kim Jong Un habe das Atomwaffeninstitut und eine Produktionsstätte für waffenfähiges "
              "Nuklearmaterial besichtigt", "Korean Central News Agency", "indirect"),
        quote("exponentiell", "Kim Jong Un", "direct"),
        quote("Kim habe angeordnet, die Zahl der Zentrifugen „exponentiell“ zu erhöhen, um die atomare Abschreckung des "
              "Landes zu stärken", "Korean Central News Agency", "indirect"),
        quote("Die Bedrohung durch die USA und ihre Verbündeten mache einen Ausbau des Atomwaffenarsenals nötig",
              "Kim Jong Un", "indirect"),
        quote("Pjöngjang versuche, mit der Zurschaustellung seiner Atomanlagen Druck auf Washington auszuüben und sich "
              "vor der US-Präsidentenwahl ins Gespräch zu bringen", "Spokesperson of the Ministry of Unification of "
              "South Korea", "indirect"),
        quote("man beobachte die Aktivitäten in den Atomanlagen von Yongbyon und Kangson gemeinsam mit den USA genau",
              "Ministry of National Defense of South Korea", "indirect"),
        quote("absolut inakzeptabel", "Yoshimasa Hayashi", "direct"),
        quote("Die Entwicklung sei „absolut inakzeptabel“", "Yoshimasa Hayashi", "indirect"),
        quote("Tokio habe über seine Botschaft in Peking Protest bei Nordkorea eingelegt", "Yoshimasa Hayashi",
              "indirect"),
        quote("zutiefst bedauerlich", "Rafael Grossi", "direct"),
        quote("Sie bestätigten, was seine Behörde seit Langem vermute: dass Nordkorea sein Atomprogramm unter Verstoß "
              "gegen Resolutionen des UN-Sicherheitsrats ausbaue", "Rafael Grossi", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea", "des Landes"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un", "der 40-Jährige", "Kim"]),
        entity("Nuclear Weapons Institute (North Korea)", "ORG", "PRK", ["das Atomwaffeninstitut"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["die Staatsmedien"]),
        entity("United States", "LOC", "USA", ["den USA", "der Vereinigten Staaten"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Südkoreas Vereinigungsministerium"]),
        entity("Government of North Korea", "ORG", "PRK", ["Pjöngjang"]),
        entity("Spokesperson of the Ministry of Unification of South Korea", "PER", "KOR", ["ein Sprecher"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["Das Verteidigungsministerium in Seoul"]),
        entity("Yongbyon", "LOC", "PRK", ["Yongbyon"]),
        entity("Kangson", "LOC", "PRK", ["Kangson"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokio"]),
        entity("Embassy of Japan in Beijing", "ORG", "JPN", ["seine Botschaft in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Spokesperson of the United States Department of State", "PER", "USA", ["Ein Sprecher"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea", "Südkoreas"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["der Internationalen Atomenergiebehörde (IAEA)",
                                                                    "seine Behörde", "seiner Behörde", "IAEA"]),
        entity("Rafael Grossi", "PER", "ARG", ["Der Generaldirektor der Internationalen Atomenergiebehörde (IAEA), "
                                               "Rafael Grossi", "der Argentinier"]),
        entity("United Nations Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Vienna", "LOC", "AUT", ["Wien"]),
    ],
}

# ---------------------------------------------------------------- hm337-de-03 (Thailand/Vietnam, Y Quynh Bdap)
BKK_COURT = actor("Bangkok Criminal Court", "THA", "JUD")
BDAP = actor("Y Quynh Bdap", "VNM", "CVL")
VNM_GOV = actor("Government of Vietnam", "VNM", "GOV")
DAKLAK_COURT = actor("People's Court of Dak Lak Province", "VNM", "JUD")
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
RIGHTS_GROUPS = actor("human rights organisations", "NGO", "NGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")
UN_EXPERTS = actor("UN human rights experts", "UNO", "IGO")
VNM_MFA = actor("Ministry of Foreign Affairs of Vietnam", "VNM", "GOV")
PHAM_THU_HANG = actor("Pham Thu Hang", "VNM", "GOV")

C1 = ("Bangkok (AFP) - Ein thailändisches Gericht hat die Auslieferung eines in Vietnam verurteilten Aktivisten der "
      "indigenen Minderheit der Montagnards an Hanoi gebilligt.")
C2 = "Das Strafgericht in Bangkok entschied am Montag, dass der 32-jährige Y Quynh Bdap an Vietnam überstellt werden kann."
C3 = ("Die Behörden in Hanoi werfen dem Mitbegründer der Gruppe Montagnards Stand for Justice vor, an Angriffen auf zwei "
      "Gemeindeverwaltungen in der Provinz Dak Lak im zentralen Hochland im Juni 2023 beteiligt gewesen zu sein, bei "
      "denen neun Menschen getötet wurden.")
C4 = "Ein Gericht in Dak Lak hatte ihn im Januar in Abwesenheit wegen Terrorismus zu zehn Jahren Haft verurteilt."
C5 = ("Bdap, der seit 2018 in Thailand lebt und vom UN-Flüchtlingshilfswerk UNHCR als Flüchtling anerkannt ist, weist "
      "die Vorwürfe zurück.")
C6 = "Er war im Juni in Bangkok festgenommen worden, nachdem Vietnam seine Auslieferung beantragt hatte."
C7 = "„Wenn ich nach Vietnam zurückgeschickt werde, werde ich gefoltert“, sagte Bdap nach der Verhandlung vor Journalisten."
C8 = "„Ich habe mich immer nur friedlich für die Religionsfreiheit meines Volkes eingesetzt.“"
C9 = "Sein Anwalt Nadthasiri Bergman kündigte an, binnen 30 Tagen Berufung einzulegen."
C10 = "Menschenrechtsorganisationen kritisierten die Entscheidung scharf."
C11 = ("Thailand verstoße gegen das völkerrechtliche Verbot, Menschen in Länder abzuschieben, in denen ihnen Verfolgung "
       "droht, erklärte Human Rights Watch.")
C12 = ("Bereits im Sommer hatten UN-Menschenrechtsexperten die Regierung in Bangkok aufgefordert, Bdap freizulassen und "
       "ihn nicht an Vietnam auszuliefern.")
C13 = ("Das Büro von Ministerpräsidentin Paetongtarn Shinawatra erklärte, Thailand halte sich an seine Gesetze und an "
       "seine internationalen Verpflichtungen.")
C14 = "Das Außenministerium in Hanoi begrüßte das Urteil."
C15 = "Vietnam erwarte, dass Thailand den „Terroristen“ rasch überstelle, sagte Sprecherin Pham Thu Hang."
C16 = "Thailand steht seit Langem in der Kritik, Dissidenten aus Nachbarländern an deren Regierungen auszuliefern."
C17 = "Vietnam bestreitet, Angehörige der Montagnards wegen ihres Glaubens zu verfolgen."

DE03 = {
    "id": "hm337-de-03", "lang": "de", "url": None, "published": "2024-09-30",
    "title": "Thailändisches Gericht billigt Auslieferung von Montagnard-Aktivist",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6], [C7, C8, C9], [C10, C11, C12, C13], [C14, C15], [C16, C17]),
    "events": [
        event("AGREE", BKK_COURT, VNM_GOV, C1),
        event("AGREE", BKK_COURT, VNM_GOV, C2, date="2024-09-30", location="Bangkok", location_country="THA"),
        event("ACCUSE", VNM_GOV, BDAP, C3, mode="allege"),
        event("SANCTION", DAKLAK_COURT, BDAP, C4, mode="convict"),
        event("COERCE", THA_POLICE, BDAP, C6, mode="arrest", location="Bangkok", location_country="THA"),
        event("REQUEST", VNM_GOV, THA_GOV, C6, mode="yield"),
        event("ACCUSE", BDAP, VNM_GOV, C7, mode="allege"),
        event("ACCUSE", RIGHTS_GROUPS, BKK_COURT, C10, mode="disapprove"),
        event("ACCUSE", HRW, THA_GOV, C11, mode="allege"),
        event("REQUEST", UN_EXPERTS, THA_GOV, C12, mode="yield"),
        event("SUPPORT", VNM_MFA, BKK_COURT, C14),
        event("REQUEST", PHAM_THU_HANG, THA_GOV, C15, mode="yield"),
        event("ACCUSE", PHAM_THU_HANG, BDAP, C15, mode="allege"),
    ],
    "quotes": [
        quote("an Angriffen auf zwei Gemeindeverwaltungen in der Provinz Dak Lak im zentralen Hochland im Juni 2023 "
              "beteiligt gewesen zu sein, bei denen neun Menschen getötet wurden", "Government of Vietnam", "indirect"),
        quote("Wenn ich nach Vietnam zurückgeschickt werde, werde ich gefoltert", "Y Quynh Bdap", "direct"),
        quote("Ich habe mich immer nur friedlich für die Religionsfreiheit meines Volkes eingesetzt", "Y Quynh Bdap",
              "direct"),
        quote("Thailand verstoße gegen das völkerrechtliche Verbot, Menschen in Länder abzuschieben, in denen ihnen "
              "Verfolgung droht", "Human Rights Watch", "indirect"),
        quote("Thailand halte sich an seine Gesetze und an seine internationalen Verpflichtungen",
              "Office of the Prime Minister of Thailand", "indirect"),
        quote("Terroristen", "Pham Thu Hang", "direct"),
        quote("Vietnam erwarte, dass Thailand den „Terroristen“ rasch überstelle", "Pham Thu Hang", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Bangkok Criminal Court", "ORG", "THA", ["Ein thailändisches Gericht", "Das Strafgericht in Bangkok"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnam"]),
        entity("Y Quynh Bdap", "PER", "VNM", ["eines in Vietnam verurteilten Aktivisten der indigenen Minderheit der "
                                              "Montagnards", "der 32-jährige Y Quynh Bdap",
                                              "dem Mitbegründer der Gruppe Montagnards Stand for Justice", "Bdap"]),
        entity("Montagnards", "ORG", "VNM", ["der indigenen Minderheit der Montagnards", "Angehörige der Montagnards"]),
        entity("Government of Vietnam", "ORG", "VNM", ["Hanoi", "Die Behörden in Hanoi"]),
        entity("Montagnards Stand for Justice", "ORG", "VNM", ["der Gruppe Montagnards Stand for Justice"]),
        entity("Dak Lak Province", "LOC", "VNM", ["der Provinz Dak Lak im zentralen Hochland", "Dak Lak"]),
        entity("Central Highlands", "LOC", "VNM", ["im zentralen Hochland"]),
        entity("People's Court of Dak Lak Province", "ORG", "VNM", ["Ein Gericht in Dak Lak"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("UNHCR", "ORG", "UNO", ["UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Royal Thai Police", "ORG", "THA", []),
        entity("Nadthasiri Bergman", "PER", "THA", ["Sein Anwalt Nadthasiri Bergman"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("UN human rights experts", "PER", "UNO", ["UN-Menschenrechtsexperten"]),
        entity("Government of Thailand", "ORG", "THA", ["die Regierung in Bangkok"]),
        entity("Office of the Prime Minister of Thailand", "ORG", "THA", ["Das Büro von Ministerpräsidentin "
                                                                          "Paetongtarn Shinawatra"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Ministerpräsidentin Paetongtarn Shinawatra"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Das Außenministerium in Hanoi"]),
        entity("Pham Thu Hang", "PER", "VNM", ["Sprecherin Pham Thu Hang"]),
    ],
}

# ---------------------------------------------------------------- hm337-de-04 (India/USA, deportation flight to Amritsar)
DEPORTEES = actor("Indian migrants deported from the United States", "IND", "CVL")
PUNJAB_DEPORTEE = actor("deportee from Punjab", "IND", "CVL")
IND_OPP_MPS = actor("Indian opposition MPs", "IND", "LEG")
IND_GOV = actor("Government of India", "IND", "GOV")
KHARGE = actor("Mallikarjun Kharge", "IND", "OPP")
MODI = actor("Narendra Modi", "IND", "GOV")
JAISHANKAR = actor("Subrahmanyam Jaishankar", "IND", "GOV")
PUNJAB_POLICE = actor("Punjab Police", "IND", "COP")
MANN = actor("Bhagwant Mann", "IND", "GOV")

D1 = ("Neu-Delhi (dpa) - Die Abschiebung von 104 Indern aus den USA in Hand- und Fußfesseln hat in Indien Empörung "
      "ausgelöst.")
D2 = ("Ein Transportflugzeug der US-Luftwaffe vom Typ C-17 war am Mittwoch mit den Migranten an Bord in der "
      "nordindischen Stadt Amritsar gelandet.")
D3 = ("Es war der erste Abschiebeflug nach Indien seit dem Amtsantritt von US-Präsident Donald Trump, der ein hartes "
      "Vorgehen gegen Migranten ohne Aufenthaltsrecht angekündigt hat.")
D4 = ("Mehrere der Abgeschobenen berichteten, sie seien während des rund 40-stündigen Flugs an Händen und Füßen "
      "gefesselt gewesen.")
D5 = "„Wir durften nicht einmal ohne Fesseln auf die Toilette gehen“, sagte ein 36-Jähriger aus dem Bundesstaat Punjab."
D6 = "„Man hat uns behandelt wie Verbrecher.“"
D7 = ("Der Chef der US-Grenzschutzbehörde, Michael Banks, hatte zuvor ein Video veröffentlicht, das gefesselte "
      "Migranten beim Einsteigen in die Maschine zeigt.")
D8 = ("Abgeordnete der Opposition protestierten am Donnerstag vor dem Parlament in Neu-Delhi mit Handschellen an den "
      "Handgelenken.")
D9 = ("Der Oppositionsführer im Oberhaus, Mallikarjun Kharge von der Kongresspartei, warf der Regierung von "
      "Premierminister Narendra Modi vor, die Demütigung indischer Staatsbürger schweigend hinzunehmen.")
D10 = ("Er verlangte, dass Modi bei seinem Besuch in Washington kommende Woche gegen die Behandlung der Migranten "
       "protestiert.")
D11 = "Außenminister Subrahmanyam Jaishankar verteidigte im Parlament das Vorgehen der USA."
D12 = ("Abschiebungen seien nicht neu, und die Fesselung Erwachsener sei bei solchen Flügen seit 2012 gängige Praxis der "
       "US-Behörden, sagte der Minister.")
D13 = "Frauen und Kinder seien nach Angaben Washingtons nicht gefesselt worden."
D14 = ("Neu-Delhi habe die US-Regierung gebeten sicherzustellen, dass die Abgeschobenen auf künftigen Flügen nicht "
       "misshandelt würden.")
D15 = ("In Amritsar wurden die Rückkehrer nach ihrer Ankunft von Beamten überprüft und anschließend zu ihren Familien "
       "gebracht.")
D16 = "Festnahmen gab es nach Angaben der Polizei von Punjab nicht."
D17 = ("Der Regierungschef von Punjab, Bhagwant Mann, warf der Zentralregierung vor, die Betroffenen im Stich gelassen zu "
       "haben, und sagte ihnen die Unterstützung seiner Regierung zu.")
D18 = "Nach Schätzungen des Pew Research Center leben rund 725.000 Inder ohne gültige Papiere in den USA."

DE04 = {
    "id": "hm337-de-04", "lang": "de", "url": None, "published": "2025-02-06",
    "title": "Empörung in Indien über Abschiebung in Fesseln",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10], [D11, D12, D13, D14], [D15, D16, D17, D18]),
    "events": [
        event("COERCE", USA_GOV, DEPORTEES, D1, mode="deport"),
        event("COERCE", USA_GOV, DEPORTEES, D2, mode="deport", date="2025-02-05", location="Amritsar",
              location_country="IND"),
        event("ACCUSE", DEPORTEES, USA_GOV, D4, mode="allege"),
        event("ACCUSE", PUNJAB_DEPORTEE, USA_GOV, D5, mode="allege"),
        event("ACCUSE", PUNJAB_DEPORTEE, USA_GOV, D6, mode="allege"),
        event("PROTEST", IND_OPP_MPS, IND_GOV, D8, mode="demo", date="2025-02-06", location="New Delhi",
              location_country="IND"),
        event("ACCUSE", KHARGE, IND_GOV, D9, mode="disapprove"),
        event("REQUEST", KHARGE, MODI, D10, mode="change"),
        event("SUPPORT", JAISHANKAR, USA_GOV, D11),
        event("REQUEST", IND_GOV, USA_GOV, D14, mode="change"),
        event("COERCE", PUNJAB_POLICE, DEPORTEES, D16, mode="arrest", negated=True),
        event("ACCUSE", MANN, IND_GOV, D17, mode="disapprove"),
        event("AGREE", MANN, DEPORTEES, D17),
    ],
    "quotes": [
        quote("sie seien während des rund 40-stündigen Flugs an Händen und Füßen gefesselt gewesen",
              "Indian migrants deported from the United States", "indirect"),
        quote("Wir durften nicht einmal ohne Fesseln auf die Toilette gehen", "deportee from Punjab", "direct"),
        quote("Man hat uns behandelt wie Verbrecher", "deportee from Punjab", "direct"),
        quote("die Demütigung indischer Staatsbürger schweigend hinzunehmen", "Mallikarjun Kharge", "indirect"),
        quote("Modi bei seinem Besuch in Washington kommende Woche gegen die Behandlung der Migranten protestiert",
              "Mallikarjun Kharge", "indirect"),
        quote("Abschiebungen seien nicht neu, und die Fesselung Erwachsener sei bei solchen Flügen seit 2012 gängige "
              "Praxis der US-Behörden", "Subrahmanyam Jaishankar", "indirect"),
        quote("Frauen und Kinder seien nach Angaben Washingtons nicht gefesselt worden", "Subrahmanyam Jaishankar",
              "indirect"),
        quote("Neu-Delhi habe die US-Regierung gebeten sicherzustellen, dass die Abgeschobenen auf künftigen Flügen "
              "nicht misshandelt würden", "Subrahmanyam Jaishankar", "indirect"),
        quote("Festnahmen gab es nach Angaben der Polizei von Punjab nicht", "Punjab Police", "indirect"),
        quote("die Betroffenen im Stich gelassen zu haben", "Bhagwant Mann", "indirect"),
        quote("Nach Schätzungen des Pew Research Center leben rund 725.000 Inder ohne gültige Papiere in den USA",
              "Pew Research Center", "indirect"),
    ],
    "entities": [
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Indian migrants deported from the United States", "PER", "IND", [
            "104 Indern", "den Migranten", "Mehrere der Abgeschobenen", "die Abgeschobenen", "die Rückkehrer",
            "die Betroffenen"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("United States Air Force", "ORG", "USA", ["der US-Luftwaffe"]),
        entity("Amritsar", "LOC", "IND", ["der nordindischen Stadt Amritsar", "Amritsar"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("deportee from Punjab", "PER", "IND", ["ein 36-Jähriger aus dem Bundesstaat Punjab"]),
        entity("Punjab", "LOC", "IND", ["dem Bundesstaat Punjab", "Punjab"]),
        entity("Michael Banks", "PER", "USA", ["Der Chef der US-Grenzschutzbehörde, Michael Banks"]),
        entity("United States Border Patrol", "ORG", "USA", ["der US-Grenzschutzbehörde"]),
        entity("Indian opposition MPs", "PER", "IND", ["Abgeordnete der Opposition"]),
        entity("Parliament of India", "ORG", "IND", ["dem Parlament in Neu-Delhi", "im Parlament"]),
        entity("Rajya Sabha", "ORG", "IND", ["im Oberhaus"]),
        entity("Mallikarjun Kharge", "PER", "IND", ["Der Oppositionsführer im Oberhaus, Mallikarjun Kharge"]),
        entity("Indian National Congress", "ORG", "IND", ["der Kongresspartei"]),
        entity("Government of India", "ORG", "IND", ["der Regierung von Premierminister Narendra Modi",
                                                     "der Zentralregierung", "Neu-Delhi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons", "die US-Regierung", "US-Behörden"]),
        entity("Subrahmanyam Jaishankar", "PER", "IND", ["Außenminister Subrahmanyam Jaishankar", "der Minister"]),
        entity("Punjab Police", "ORG", "IND", ["der Polizei von Punjab"]),
        entity("Bhagwant Mann", "PER", "IND", ["Der Regierungschef von Punjab, Bhagwant Mann"]),
        entity("Government of Punjab", "ORG", "IND", ["seiner Regierung"]),
        entity("Pew Research Center", "ORG", "USA", ["des Pew Research Center"]),
    ],
}

# ---------------------------------------------------------------- hm337-en-01 (ICAO, MH17 ruling against Russia)
ICAO_COUNCIL = actor("ICAO Council", "UNO", "IGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
WONG = actor("Penny Wong", "AUS", "GOV")
VELDKAMP = actor("Caspar Veldkamp", "NLD", "GOV")
MYS_MFA = actor("Ministry of Foreign Affairs of Malaysia", "MYS", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
HAGUE_COURT = actor("District Court of The Hague", "NLD", "JUD")
GIRKIN = actor("Igor Girkin", "RUS", "REB")
DUBINSKY = actor("Sergei Dubinsky", "RUS", "REB")
KHARCHENKO = actor("Leonid Kharchenko", "UKR", "REB")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")

E1 = ("MONTREAL (AP) — The governing council of the United Nations' aviation agency ruled on Monday that Russia was "
      "responsible for the 2014 downing of Malaysia Airlines Flight MH17 over eastern Ukraine, which killed all 298 "
      "people on board.")
E2 = ("The International Civil Aviation Organization said its 36-member council had found that Moscow failed to uphold "
      "its obligations under the Chicago Convention, the treaty that bars the use of weapons against civil aircraft in "
      "flight.")
E3 = ("Australia and the Netherlands brought the case in March 2022, accusing Moscow of shooting down the Boeing 777, "
      "which was flying from Amsterdam to Kuala Lumpur.")
E4 = ("Australian Foreign Minister Penny Wong and her Dutch counterpart Caspar Veldkamp welcomed the decision in a joint "
      "statement.")
E5 = "\"This is a historic moment for the families who have waited more than a decade for the truth,\" Wong said."
E5B = "\"Russia can no longer hide from its responsibility.\""
E6 = ("The two governments called on Russia to finally face up to its responsibility and to enter negotiations on "
      "reparations.")
E7 = "Veldkamp said the ruling sent \"a clear message\" that states could not violate international law with impunity."
E8 = ("Malaysia, which lost 43 citizens in the crash, also welcomed the ruling, according to a statement from its "
      "foreign ministry.")
E9 = "Moscow rejected the decision."
E10 = ("Russia's Foreign Ministry said in a statement that the council's findings were \"biased\" and based on "
       "\"fabricated evidence,\" and that Moscow did not recognize the council's jurisdiction in the case.")
E11 = "It said Kyiv bore responsibility for failing to close the airspace over the combat zone."
E12 = ("A Dutch court in November 2022 convicted two Russians and a Ukrainian separatist of murder in absentia over the "
       "downing, including former Russian intelligence officer Igor Girkin.")
E13 = "Russia has not handed over any of the three men."
E14 = "The council will now consider what remedies to seek from Moscow, ICAO said."
E15 = ("Australian Prime Minister Anthony Albanese, who won re-election earlier this month, said Russia must be held to "
       "account \"for this atrocity\" and that Canberra would keep up the pressure on Moscow.")
E16 = ("Thirty-eight Australian citizens and residents and 196 Dutch nationals were among those killed when the plane "
       "broke apart over the Donetsk region on July 17, 2014.")

EN01 = {
    "id": "hm337-en-01", "lang": "en", "url": None, "published": "2025-05-12",
    "title": "UN aviation body holds Russia responsible for downing of MH17",
    "text": paragraphs([E1, E2, E3], [E4, E5, E5B, E6, E7, E8], [E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("SANCTION", ICAO_COUNCIL, RUS_GOV, E1, mode="convict", date="2025-05-12", location="Montreal",
              location_country="CAN"),
        event("SANCTION", ICAO_COUNCIL, RUS_GOV, E2, mode="convict"),
        event("ACCUSE", AUS_GOV, RUS_GOV, E3, mode="allege"),
        event("ACCUSE", NLD_GOV, RUS_GOV, E3, mode="allege"),
        event("SUPPORT", WONG, ICAO_COUNCIL, E4),
        event("SUPPORT", VELDKAMP, ICAO_COUNCIL, E4),
        event("ACCUSE", WONG, RUS_GOV, E5B, mode="disapprove"),
        event("REQUEST", AUS_GOV, RUS_GOV, E6, mode="change"),
        event("REQUEST", NLD_GOV, RUS_GOV, E6, mode="change"),
        event("SUPPORT", MYS_MFA, ICAO_COUNCIL, E8),
        event("REJECT", RUS_GOV, ICAO_COUNCIL, E9),
        event("ACCUSE", RUS_MFA, ICAO_COUNCIL, E10, mode="disapprove"),
        event("ACCUSE", RUS_MFA, UKR_GOV, E11, mode="allege"),
        event("SANCTION", HAGUE_COURT, GIRKIN, E12, mode="convict"),
        event("SANCTION", HAGUE_COURT, DUBINSKY, E12, mode="convict"),
        event("SANCTION", HAGUE_COURT, KHARCHENKO, E12, mode="convict"),
        event("COOPERATE", RUS_GOV, NLD_GOV, E13, negated=True),
        event("ACCUSE", ALBANESE, RUS_GOV, E15, mode="disapprove"),
    ],
    "quotes": [
        quote("its 36-member council had found that Moscow failed to uphold its obligations under the Chicago "
              "Convention", "International Civil Aviation Organization", "indirect"),
        quote("This is a historic moment for the families who have waited more than a decade for the truth",
              "Penny Wong", "direct"),
        quote("Russia can no longer hide from its responsibility", "Penny Wong", "direct"),
        quote("a clear message", "Caspar Veldkamp", "direct"),
        quote("the ruling sent \"a clear message\" that states could not violate international law with impunity",
              "Caspar Veldkamp", "indirect"),
        quote("Malaysia, which lost 43 citizens in the crash, also welcomed the ruling",
              "Ministry of Foreign Affairs of Malaysia", "indirect"),
        quote("biased", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("fabricated evidence", "Ministry of Foreign Affairs of Russia", "direct"),
        quote("the council's findings were \"biased\" and based on \"fabricated evidence,\" and that Moscow did not "
              "recognize the council's jurisdiction in the case", "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("Kyiv bore responsibility for failing to close the airspace over the combat zone",
              "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("The council will now consider what remedies to seek from Moscow",
              "International Civil Aviation Organization", "indirect"),
        quote("for this atrocity", "Anthony Albanese", "direct"),
        quote("Russia must be held to account \"for this atrocity\" and that Canberra would keep up the pressure on "
              "Moscow", "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("Montreal", "LOC", "CAN", ["MONTREAL"]),
        entity("ICAO Council", "ORG", "UNO", ["The governing council of the United Nations' aviation agency",
                                               "its 36-member council", "the council", "The council"]),
        entity("International Civil Aviation Organization", "ORG", "UNO", [
            "the United Nations' aviation agency", "The International Civil Aviation Organization", "ICAO"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Malaysia Airlines Flight MH17", "ORG", "MYS", ["Malaysia Airlines Flight MH17", "the Boeing 777",
                                                              "the plane"]),
        entity("Ukraine", "LOC", "UKR", ["eastern Ukraine"]),
        entity("Chicago Convention", "ORG", None, ["the Chicago Convention"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Netherlands", "LOC", "NLD", ["the Netherlands"]),
        entity("Amsterdam", "LOC", "NLD", ["Amsterdam"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Penny Wong", "PER", "AUS", ["Australian Foreign Minister Penny Wong", "Wong"]),
        entity("Caspar Veldkamp", "PER", "NLD", ["her Dutch counterpart Caspar Veldkamp", "Veldkamp"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Ministry of Foreign Affairs of Malaysia", "ORG", "MYS", ["its foreign ministry"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russia's Foreign Ministry"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("District Court of The Hague", "ORG", "NLD", ["A Dutch court"]),
        entity("Igor Girkin", "PER", "RUS", ["former Russian intelligence officer Igor Girkin"]),
        entity("Sergei Dubinsky", "PER", "RUS", []),
        entity("Leonid Kharchenko", "PER", "UKR", []),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["the Donetsk region"]),
    ],
}

# ---------------------------------------------------------------- hm337-en-02 (ISA, US deep-sea mining order)
CARVALHO = actor("Leticia Carvalho", "IGO", "IGO")
ISA = actor("International Seabed Authority", "IGO", "IGO")
GUO = actor("Guo Jiakun", "CHN", "GOV")
TMC = actor("The Metals Company", "CAN", "BUS")
GREENPEACE = actor("Greenpeace", "NGO", "NGO")
WHIPPS = actor("Surangel Whipps Jr.", "PLW", "GOV")
ISA_MEMBERS = actor("member states of the International Seabed Authority", "IGO", "IGO")

F1 = ("KINGSTON, Jamaica (Reuters) — The head of the International Seabed Authority on Friday condemned a U.S. "
      "executive order to fast-track deep-sea mining, including in international waters, saying any unilateral action "
      "would violate international law.")
F2 = ("President Donald Trump signed the order on Thursday, directing the National Oceanic and Atmospheric "
      "Administration to speed up permits for companies seeking to mine the ocean floor for nickel, cobalt and other "
      "metals.")
F3 = ("The move sidesteps the ISA, the body that regulates mining beyond national jurisdiction under the U.N. Convention "
      "on the Law of the Sea, which the United States has never ratified.")
F4 = ("\"Any unilateral action would constitute a violation of international law and undermine the most fundamental "
      "principles of multilateralism,\" ISA Secretary-General Leticia Carvalho said in a statement.")
F5 = "Carvalho said the authority's 36-member council would take up the U.S. move when it meets in Kingston in July."
F6 = "China also criticized the order."
F7 = ("The order violates international law and harms the overall interests of the international community, Chinese "
      "Foreign Ministry spokesperson Guo Jiakun told a regular news briefing in Beijing.")
F8 = ("\"No country should put its own interests above those of the international community,\" Guo said, urging "
      "Washington to respect the ISA's authority.")
F9 = "The Metals Company, a Canadian firm that has long pushed for commercial permits, welcomed the order."
F10 = ("Chief Executive Gerard Barron said the company would apply for a U.S. permit through its American subsidiary "
       "\"within weeks.\"")
F11 = ("The company's exploration contract at the ISA is sponsored by the Pacific island nation of Nauru, which has "
       "itself pressed the authority to adopt mining rules.")
F12 = ("Greenpeace accused the Trump administration of opening the door to a \"free-for-all\" on the high seas that "
       "could cause irreversible damage to marine life.")
F13 = ("Palau's President Surangel Whipps Jr., whose government backs a moratorium on deep-sea mining, urged Washington "
       "to reverse the decision.")
F14 = "\"Our ocean is not a testing ground for an industry nobody understands,\" he said."
F15 = ("ISA member states have spent more than a decade negotiating rules for commercial mining but have not yet agreed "
       "on a mining code.")
F16 = "The White House did not immediately respond to a request for comment."

EN02 = {
    "id": "hm337-en-02", "lang": "en", "url": None, "published": "2025-04-25",
    "title": "Seabed authority chief says U.S. deep-sea mining order violates international law",
    "text": paragraphs([F1, F2, F3], [F4, F5], [F6, F7, F8], [F9, F10, F11], [F12, F13, F14], [F15, F16]),
    "events": [
        event("ACCUSE", CARVALHO, USA_GOV, F1, mode="disapprove", date="2025-04-25", location="Kingston",
              location_country="JAM"),
        event("ACCUSE", CARVALHO, USA_GOV, F4, mode="disapprove"),
        event("ACCUSE", CHN_GOV, USA_GOV, F6, mode="disapprove"),
        event("ACCUSE", GUO, USA_GOV, F7, mode="disapprove", location="Beijing", location_country="CHN"),
        event("REQUEST", GUO, USA_GOV, F8, mode="change"),
        event("SUPPORT", TMC, USA_GOV, F9),
        event("ACCUSE", GREENPEACE, USA_GOV, F12, mode="disapprove"),
        event("REQUEST", WHIPPS, USA_GOV, F13, mode="change"),
        event("AGREE", ISA_MEMBERS, None, F15, negated=True),
    ],
    "quotes": [
        quote("any unilateral action would violate international law", "Leticia Carvalho", "indirect"),
        quote("Any unilateral action would constitute a violation of international law and undermine the most "
              "fundamental principles of multilateralism", "Leticia Carvalho", "direct"),
        quote("the authority's 36-member council would take up the U.S. move when it meets in Kingston in July",
              "Leticia Carvalho", "indirect"),
        quote("The order violates international law and harms the overall interests of the international community",
              "Guo Jiakun", "indirect"),
        quote("No country should put its own interests above those of the international community", "Guo Jiakun",
              "direct"),
        quote("the company would apply for a U.S. permit through its American subsidiary \"within weeks.\"",
              "Gerard Barron", "indirect"),
        quote("within weeks", "Gerard Barron", "direct"),
        quote("free-for-all", "Greenpeace", "direct"),
        quote("Our ocean is not a testing ground for an industry nobody understands", "Surangel Whipps Jr.", "direct"),
    ],
    "entities": [
        entity("Kingston", "LOC", "JAM", ["KINGSTON", "Kingston"]),
        entity("Jamaica", "LOC", "JAM", ["Jamaica"]),
        entity("International Seabed Authority", "ORG", "IGO", ["the International Seabed Authority", "the ISA",
                                                                "the authority", "ISA"]),
        entity("Leticia Carvalho", "PER", "BRA", ["The head of the International Seabed Authority",
                                                  "ISA Secretary-General Leticia Carvalho", "Carvalho"]),
        entity("Council of the International Seabed Authority", "ORG", "IGO", ["the authority's 36-member council"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the Trump administration"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("National Oceanic and Atmospheric Administration", "ORG", "USA", [
            "the National Oceanic and Atmospheric Administration"]),
        entity("United Nations Convention on the Law of the Sea", "ORG", None, [
            "the U.N. Convention on the Law of the Sea"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinese Foreign Ministry"]),
        entity("Guo Jiakun", "PER", "CHN", ["Chinese Foreign Ministry spokesperson Guo Jiakun", "Guo"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("The Metals Company", "ORG", "CAN", ["The Metals Company", "a Canadian firm",
                                                   "the company", "The company"]),
        entity("Gerard Barron", "PER", "AUS", ["Chief Executive Gerard Barron"]),
        entity("Nauru", "LOC", "NRU", ["the Pacific island nation of Nauru"]),
        entity("Greenpeace", "ORG", "NGO", ["Greenpeace"]),
        entity("Palau", "LOC", "PLW", ["Palau's"]),
        entity("Surangel Whipps Jr.", "PER", "PLW", ["Palau's President Surangel Whipps Jr."]),
        entity("member states of the International Seabed Authority", "ORG", "IGO", ["ISA member states"]),
        entity("White House", "ORG", "USA", ["The White House"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
