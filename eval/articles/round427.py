"""Round 427: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, Asia-Pacific and international bodies; invented wording and details):
- hm427-de-01: China/Taiwan: Beijing's courts and security ministries issue guidelines threatening "diehard" Taiwan independence separatists with the death penalty and trials in absentia; the Mainland Affairs Council condemns them and advises caution on travel, Chen Binhua denies intimidation, earlier sanctions on Hsiao Bi-khim, Lai's inauguration demand and the PLA drills recalled, the KMT urges restraint (2024-06-21).
- hm427-de-02: South Korea/Japan: the Seoul High Court orders Japan to compensate 16 former "comfort women" including Lee Yong-soo; Tokyo protests, Okano summons ambassador Yun Duk-min, Kamikawa calls it unacceptable and refuses to pay, victims' groups and the Democratic Party press Seoul, the 2021 ruling and the forced-labour fund recalled (2023-11-23).
- hm427-de-03: Malaysia: the Kuala Lumpur High Court discharges Deputy Prime Minister Ahmad Zahid Hamidi on 47 Yayasan Akalbudi corruption charges at the prosecution's request; Hamzah Zainudin accuses Anwar, Anwar denies interference, the Malaysian Bar demands reasons, a protest outside the court without arrests, Muhyiddin's charges recalled (2023-09-04).
- hm427-de-04: Melanesian Spearhead Group: the Port Vila summit again refuses the ULMWP full membership; Kalsakau urges dialogue with Jakarta, Wenda accuses the leaders, a solidarity march, Rabuka offers mediation and a talk with Widodo, the call for a UN human rights visit, Jakarta welcomes the decision, Amnesty's torture allegations (2023-08-24).
- hm427-en-01: Japan/China: NHK apologises after a Chinese contract announcer calls the Senkaku Islands Chinese territory on air; Inagaki's apology, contract ended and legal action weighed, Hayashi and Matsumoto press NHK, Lin Jian restates Beijing's claim, Chinese coast guard ships enter Japanese waters and Tokyo protests, LDP demands, no police probe (2024-08-21).
- hm427-en-02: ASEAN/Myanmar: the Jakarta foreign ministers' meeting condemns the violence in Myanmar as Thailand's Don Pramudwinai reveals his meeting with Aung San Suu Kyi; Marsudi's criticism, the junta's exclusion, North Korea's Hwasong-18 launch condemned, Blinken to meet Wang Yi (2023-07-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm427-de-01 (China/Taiwan, death penalty guidelines)
CHN_GOV = actor("Government of China", "CHN", "GOV")
TWN_SEPARATISTS = actor("Taiwan independence advocates", "TWN", "CVL")
SPC = actor("Supreme People's Court of China", "CHN", "JUD")
MSS = actor("Ministry of State Security of China", "CHN", "GOV")
SUN_PING = actor("Sun Ping", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
TWN_CITIZENS = actor("Taiwanese citizens", "TWN", "CVL")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
HSIAO = actor("Hsiao Bi-khim", "TWN", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
KMT = actor("Kuomintang", "TWN", "PTY")

T1 = "Peking (dpa) - China droht Befürwortern einer Unabhängigkeit Taiwans künftig mit der Todesstrafe."
T2 = ("Entsprechende Richtlinien veröffentlichten das Oberste Volksgericht und das Ministerium für Staatssicherheit am "
      "Freitag gemeinsam mit drei weiteren Behörden.")
T3 = ("Sie sehen harte Strafen für sogenannte hartnäckige Separatisten vor, die eine Abspaltung der Insel betreiben "
      "oder dazu anstiften.")
T4 = ("Bei besonders schweren Verbrechen von „Rädelsführern“ sei auch die Todesstrafe möglich, sagte Sun Ping vom "
      "Ministerium für öffentliche Sicherheit vor Journalisten in Peking.")
T5 = "Verfahren könnten zudem in Abwesenheit der Beschuldigten geführt werden, fügte er hinzu."
T6 = "Der in Taipeh für die Beziehungen zu Peking zuständige Festlandrat verurteilte die Richtlinien scharf."
T7 = "Peking habe „keinerlei Rechtsprechung“ über Taiwan, erklärte die Behörde."
T8 = ("Die chinesische Führung versuche, die Menschen in Taiwan einzuschüchtern und die Gesellschaft der Insel zu "
      "spalten.")
T9 = "Der Rat rief die Bürger Taiwans auf, Reisen in die Volksrepublik genau abzuwägen."
T10 = "Ein Sprecher des Taiwan-Büros in Peking, Chen Binhua, wies den Vorwurf der Einschüchterung zurück."
T11 = ("Die Maßnahmen richteten sich „nicht gegen die Landsleute in Taiwan“, sondern nur gegen eine kleine Zahl von "
       "Separatisten, sagte er.")
T12 = ("Das Büro hatte bereits in den vergangenen Jahren Sanktionen gegen mehrere Politiker verhängt, darunter die "
       "heutige Vizepräsidentin Hsiao Bi-khim.")
T13 = "Die Spannungen hatten sich nach der Amtseinführung von Präsident Lai Ching-te am 20. Mai deutlich verschärft."
T14 = "Lai hatte Peking in seiner Antrittsrede aufgefordert, die militärische Einschüchterung Taiwans einzustellen."
T15 = ("Wenige Tage später hielt die chinesische Volksbefreiungsarmee zwei Tage lang großangelegte Manöver rund um die "
       "Insel ab.")
T16 = ("Die oppositionelle Kuomintang, die engere Beziehungen zu Peking befürwortet, rief die Regierung in Peking nun "
       "zur Zurückhaltung auf.")
T17 = ("China betrachtet das seit 1949 eigenständig regierte Taiwan als abtrünnige Provinz und schließt eine "
       "gewaltsame Eingliederung nicht aus.")

DE01 = {
    "id": "hm427-de-01", "lang": "de", "url": None, "published": "2024-06-21",
    "title": "China droht Taiwans Unabhängigkeitsbefürwortern mit der Todesstrafe",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12], [T13, T14, T15, T16, T17]),
    "events": [
        event("THREATEN", CHN_GOV, TWN_SEPARATISTS, T1),
        event("THREATEN", SPC, TWN_SEPARATISTS, T2, date="2024-06-21"),
        event("THREATEN", MSS, TWN_SEPARATISTS, T2, date="2024-06-21"),
        event("THREATEN", SUN_PING, TWN_SEPARATISTS, T4, location="Peking", location_country="CHN"),
        event("THREATEN", SUN_PING, TWN_SEPARATISTS, T5, mode="arrest"),
        event("ACCUSE", MAC, CHN_GOV, T6, mode="disapprove"),
        event("ACCUSE", MAC, CHN_GOV, T8, mode="allege"),
        event("REQUEST", MAC, TWN_CITIZENS, T9),
        event("SANCTION", TAO, HSIAO, T12),
        event("REQUEST", LAI, CHN_GOV, T14, mode="change", date="2024-05-20"),
        event("MOBILIZE", PLA, TWN_GOV, T15, mode="troops"),
        event("REQUEST", KMT, CHN_GOV, T16),
    ],
    "quotes": [
        quote("Rädelsführern", "Sun Ping", "direct"),
        quote("Bei besonders schweren Verbrechen von „Rädelsführern“ sei auch die Todesstrafe möglich", "Sun Ping",
              "indirect"),
        quote("Verfahren könnten zudem in Abwesenheit der Beschuldigten geführt werden", "Sun Ping", "indirect"),
        quote("keinerlei Rechtsprechung", "Mainland Affairs Council", "direct"),
        quote("Peking habe „keinerlei Rechtsprechung“ über Taiwan", "Mainland Affairs Council", "indirect"),
        quote("Die chinesische Führung versuche, die Menschen in Taiwan einzuschüchtern und die Gesellschaft der Insel "
              "zu spalten", "Mainland Affairs Council", "indirect"),
        quote("nicht gegen die Landsleute in Taiwan", "Chen Binhua", "direct"),
        quote("Die Maßnahmen richteten sich „nicht gegen die Landsleute in Taiwan“, sondern nur gegen eine kleine Zahl "
              "von Separatisten", "Chen Binhua", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of China", "ORG", "CHN", ["China", "Peking", "Die chinesische Führung",
                                                     "die Regierung in Peking"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans", "der Insel", "Taiwan", "die Insel"]),
        entity("Taiwan independence advocates", "PER", "TWN", ["Befürwortern einer Unabhängigkeit Taiwans",
                                                               "sogenannte hartnäckige Separatisten",
                                                               "der Beschuldigten"]),
        entity("Supreme People's Court of China", "ORG", "CHN", ["das Oberste Volksgericht"]),
        entity("Ministry of State Security of China", "ORG", "CHN", ["das Ministerium für Staatssicherheit"]),
        entity("Sun Ping", "PER", "CHN", ["Sun Ping", "er"]),
        entity("Ministry of Public Security of China", "ORG", "CHN", ["Ministerium für öffentliche Sicherheit"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Der in Taipeh für die Beziehungen zu Peking zuständige "
                                                          "Festlandrat", "die Behörde", "Der Rat"]),
        entity("Taiwanese citizens", "PER", "TWN", ["die Bürger Taiwans", "die Menschen in Taiwan"]),
        entity("China", "LOC", "CHN", ["die Volksrepublik"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des Taiwan-Büros in Peking", "Das Büro"]),
        entity("Chen Binhua", "PER", "CHN", ["Ein Sprecher des Taiwan-Büros in Peking, Chen Binhua", "er"]),
        entity("Hsiao Bi-khim", "PER", "TWN", ["die heutige Vizepräsidentin Hsiao Bi-khim"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai", "seiner"]),
        entity("People's Liberation Army", "ORG", "CHN", ["die chinesische Volksbefreiungsarmee"]),
        entity("Kuomintang", "ORG", "TWN", ["Die oppositionelle Kuomintang"]),
    ],
}

# ---------------------------------------------------------------- hm427-de-02 (South Korea/Japan, comfort women ruling)
SEOUL_HIGH_COURT = actor("Seoul High Court", "KOR", "JUD")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
OKANO = actor("Masataka Okano", "JPN", "GOV")
KAMIKAWA = actor("Yoko Kamikawa", "JPN", "GOV")
FORCED_LABOUR_VICTIMS = actor("Korean victims of forced labour", "KOR", "CVL")
VICTIM_GROUPS = actor("Korean victims' associations", "KOR", "NGO")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
SEOUL_DISTRICT_COURT = actor("Seoul Central District Court", "KOR", "JUD")

K1 = ("Seoul (dpa) - Ein Berufungsgericht in Südkorea hat Japan zu Entschädigungszahlungen an Frauen verurteilt, die "
      "im Zweiten Weltkrieg in Bordelle der japanischen Armee gezwungen worden waren.")
K2 = ("Das Obere Gericht in Seoul sprach am Donnerstag 16 Klägerinnen jeweils 200 Millionen Won (rund 140.000 Euro) "
      "zu.")
K3 = "Nach Auffassung der Richter kann sich Japan in diesem Fall nicht auf seine Staatenimmunität berufen."
K4 = "Unter den Klägerinnen ist die 95 Jahre alte Lee Yong-soo, eine der bekanntesten Überlebenden."
K5 = "„Danke, ich danke Ihnen allen“, rief sie nach der Urteilsverkündung vor dem Gerichtsgebäude unter Tränen."
K6 = "Die Regierung in Tokio reagierte mit scharfem Protest."
K7 = "Vizeaußenminister Masataka Okano bestellte den südkoreanischen Botschafter Yun Duk-min ein."
K8 = "Außenministerin Yoko Kamikawa nannte das Urteil „äußerst bedauerlich und absolut inakzeptabel“."
K9 = "Tokio werde der Zahlungsanordnung nicht nachkommen, sagte sie."
K10 = ("Die Frage sei mit dem Abkommen von 1965 über die Normalisierung der Beziehungen sowie einer Vereinbarung von "
       "2015 „endgültig und unumkehrbar“ beigelegt worden.")
K11 = ("Das Außenministerium in Seoul erklärte, es werde das Urteil prüfen und sich weiter darum bemühen, die Würde "
       "und Ehre der Opfer wiederherzustellen.")
K12 = "Der konservative Präsident Yoon Suk Yeol bemüht sich seit seinem Amtsantritt um bessere Beziehungen zu Japan."
K13 = ("Im März hatte seine Regierung angekündigt, koreanische Opfer von Zwangsarbeit über eine staatliche Stiftung zu "
       "entschädigen, ohne japanische Firmen zur Kasse zu bitten.")
K14 = ("Opferverbände und die oppositionelle Demokratische Partei forderten die Regierung nun auf, gegenüber Tokio "
       "eine härtere Linie zu verfolgen.")
K15 = "Bereits im Januar 2021 hatte ein Gericht in Seoul Japan zur Entschädigung von zwölf Frauen verurteilt."
K16 = ("Nach Schätzungen von Historikern wurden bis zu 200.000 Frauen, vor allem aus Korea, in die Bordelle der "
       "japanischen Armee gezwungen.")

DE02 = {
    "id": "hm427-de-02", "lang": "de", "url": None, "published": "2023-11-23",
    "title": "Südkoreanisches Gericht verurteilt Japan zu Entschädigung von Zwangsprostituierten",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9, K10], [K11, K12, K13, K14], [K15, K16]),
    "events": [
        event("SANCTION", SEOUL_HIGH_COURT, JPN_GOV, K1, mode="convict"),
        event("SANCTION", SEOUL_HIGH_COURT, JPN_GOV, K2, mode="convict", date="2023-11-23", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", JPN_GOV, KOR_GOV, K6, mode="disapprove"),
        event("ACCUSE", OKANO, KOR_GOV, K7, mode="disapprove"),
        event("ACCUSE", KAMIKAWA, SEOUL_HIGH_COURT, K8, mode="disapprove"),
        event("REJECT", KAMIKAWA, SEOUL_HIGH_COURT, K9),
        event("AGREE", KOR_GOV, FORCED_LABOUR_VICTIMS, K13),
        event("REQUEST", VICTIM_GROUPS, KOR_GOV, K14, mode="change"),
        event("REQUEST", DPK, KOR_GOV, K14, mode="change"),
        event("SANCTION", SEOUL_DISTRICT_COURT, JPN_GOV, K15, mode="convict"),
    ],
    "quotes": [
        quote("Nach Auffassung der Richter kann sich Japan in diesem Fall nicht auf seine Staatenimmunität berufen",
              "Seoul High Court", "indirect"),
        quote("Danke, ich danke Ihnen allen", "Lee Yong-soo", "direct"),
        quote("äußerst bedauerlich und absolut inakzeptabel", "Yoko Kamikawa", "direct"),
        quote("Tokio werde der Zahlungsanordnung nicht nachkommen", "Yoko Kamikawa", "indirect"),
        quote("endgültig und unumkehrbar", "Yoko Kamikawa", "direct"),
        quote("Die Frage sei mit dem Abkommen von 1965 über die Normalisierung der Beziehungen sowie einer Vereinbarung "
              "von 2015 „endgültig und unumkehrbar“ beigelegt worden", "Yoko Kamikawa", "indirect"),
        quote("es werde das Urteil prüfen und sich weiter darum bemühen, die Würde und Ehre der Opfer "
              "wiederherzustellen", "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("Nach Schätzungen von Historikern wurden bis zu 200.000 Frauen, vor allem aus Korea, in die Bordelle der "
              "japanischen Armee gezwungen", "historians", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Seoul High Court", "ORG", "KOR", ["Ein Berufungsgericht in Südkorea", "Das Obere Gericht in Seoul",
                                                  "der Richter"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Government of Japan", "ORG", "JPN", ["Japan", "Die Regierung in Tokio", "Tokio"]),
        entity("Japanese Imperial Army", "ORG", "JPN", ["der japanischen Armee"]),
        entity("former comfort women", "PER", "KOR", ["Frauen", "16 Klägerinnen", "den Klägerinnen", "der Opfer"]),
        entity("Lee Yong-soo", "PER", "KOR", ["die 95 Jahre alte Lee Yong-soo", "sie"]),
        entity("Masataka Okano", "PER", "JPN", ["Vizeaußenminister Masataka Okano"]),
        entity("Yun Duk-min", "PER", "KOR", ["den südkoreanischen Botschafter Yun Duk-min"]),
        entity("Yoko Kamikawa", "PER", "JPN", ["Außenministerin Yoko Kamikawa", "sie"]),
        entity("Treaty on Basic Relations between Japan and the Republic of Korea", "MISC", None,
               ["dem Abkommen von 1965 über die Normalisierung der Beziehungen"]),
        entity("2015 Japan-South Korea comfort women agreement", "MISC", None, ["einer Vereinbarung von 2015"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Das Außenministerium in Seoul", "es"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Der konservative Präsident Yoon Suk Yeol", "seinem", "seine"]),
        entity("Government of South Korea", "ORG", "KOR", ["seine Regierung", "die Regierung"]),
        entity("Korean victims of forced labour", "PER", "KOR", ["koreanische Opfer von Zwangsarbeit"]),
        entity("Korean victims' associations", "ORG", "KOR", ["Opferverbände"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["die oppositionelle Demokratische Partei"]),
        entity("Seoul Central District Court", "ORG", "KOR", ["ein Gericht in Seoul"]),
        entity("Korea", "LOC", "KOR", ["Korea"]),
    ],
}

# ---------------------------------------------------------------- hm427-de-03 (Malaysia, Zahid discharged)
KL_HIGH_COURT = actor("Kuala Lumpur High Court", "MYS", "JUD")
ZAHID = actor("Ahmad Zahid Hamidi", "MYS", "GOV")
SEQUERAH = actor("Collin Lawrence Sequerah", "MYS", "JUD")
MYS_AGC = actor("Attorney General's Chambers of Malaysia", "MYS", "JUD")
HAMZAH = actor("Hamzah Zainudin", "MYS", "OPP")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")
MALAYSIAN_BAR = actor("Malaysian Bar", "MYS", "NGO")
KL_PROTESTERS = actor("protesters in Kuala Lumpur", "MYS", "CVL")
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
MUHYIDDIN = actor("Muhyiddin Yassin", "MYS", "OPP")
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")

Z1 = ("Kuala Lumpur (dpa) - Ein Gericht in Malaysia hat das Korruptionsverfahren gegen Vize-Regierungschef Ahmad Zahid "
      "Hamidi überraschend eingestellt.")
Z2 = ("Richter Collin Lawrence Sequerah gab am Montag einem Antrag der Staatsanwaltschaft statt, alle 47 "
      "Anklagepunkte wegen Untreue, Bestechung und Geldwäsche fallen zu lassen.")
Z3 = "Ein Freispruch ist die Entscheidung nicht, die Anklage kann später erneut erhoben werden."
Z4 = ("Die Staatsanwaltschaft hatte dem 70-Jährigen vorgeworfen, Millionen aus der von ihm gegründeten Stiftung "
      "Yayasan Akalbudi veruntreut zu haben.")
Z5 = ("Staatsanwalt Mohd Dusuki Mokhtar begründete den Schritt vor Gericht damit, dass weitere Ermittlungen nötig "
      "seien.")
Z6 = "Zahid, Vorsitzender der Partei UMNO, dankte vor Journalisten „allen, die für mich gebetet haben“."
Z7 = ("Oppositionsführer Hamzah Zainudin warf Premierminister Anwar Ibrahim vor, die Justiz für den Machterhalt seiner "
      "Koalition zu missbrauchen.")
Z8 = "Zahids UMNO sichere Anwar die Mehrheit im Parlament, sagte Hamzah."
Z9 = "Anwar wies jede Einflussnahme zurück."
Z10 = ("„Ich habe mich nicht eingemischt, die Entscheidung liegt allein bei der Generalstaatsanwaltschaft“, sagte der "
       "Regierungschef.")
Z11 = "Die Anwaltskammer Malaysian Bar forderte die Generalstaatsanwaltschaft auf, ihre Gründe offenzulegen."
Z12 = ("Vor dem Gerichtsgebäude protestierten am Nachmittag Dutzende junge Menschen mit Plakaten gegen die "
       "Entscheidung.")
Z13 = "Die Polizei nahm niemanden fest."
Z14 = "Anwar war bei der Wahl im November 2022 mit dem Versprechen angetreten, die Korruption zu bekämpfen."
Z15 = ("Die Staatsanwaltschaft hatte im März Anklage wegen Amtsmissbrauchs und Geldwäsche gegen seinen Vorgänger "
       "Muhyiddin Yassin erhoben.")
Z16 = "Muhyiddin spricht von politischer Verfolgung durch die Regierung."
Z17 = ("Bei Regionalwahlen in sechs Bundesstaaten hatte das oppositionelle Bündnis Perikatan Nasional im August "
       "deutlich zugelegt.")

DE03 = {
    "id": "hm427-de-03", "lang": "de", "url": None, "published": "2023-09-04",
    "title": "Malaysia: Korruptionsverfahren gegen Vize-Regierungschef Zahid eingestellt",
    "text": paragraphs([Z1, Z2, Z3, Z4, Z5, Z6], [Z7, Z8, Z9, Z10], [Z11, Z12, Z13], [Z14, Z15, Z16, Z17]),
    "events": [
        event("CONCEDE", KL_HIGH_COURT, ZAHID, Z1),
        event("CONCEDE", SEQUERAH, ZAHID, Z2, date="2023-09-04"),
        event("CONCEDE", MYS_AGC, ZAHID, Z2),
        event("ACCUSE", MYS_AGC, ZAHID, Z4, mode="allege"),
        event("ACCUSE", HAMZAH, ANWAR, Z7, mode="allege"),
        event("REQUEST", MALAYSIAN_BAR, MYS_AGC, Z11),
        event("PROTEST", KL_PROTESTERS, KL_HIGH_COURT, Z12, mode="demo", date="2023-09-04",
              location="Kuala Lumpur", location_country="MYS"),
        event("COERCE", MYS_POLICE, KL_PROTESTERS, Z13, mode="arrest", negated=True),
        event("ACCUSE", MYS_AGC, MUHYIDDIN, Z15, mode="allege"),
        event("ACCUSE", MUHYIDDIN, MYS_GOV, Z16, mode="allege"),
    ],
    "quotes": [
        quote("dass weitere Ermittlungen nötig seien", "Mohd Dusuki Mokhtar", "indirect"),
        quote("allen, die für mich gebetet haben", "Ahmad Zahid Hamidi", "direct"),
        quote("die Justiz für den Machterhalt seiner Koalition zu missbrauchen", "Hamzah Zainudin", "indirect"),
        quote("Zahids UMNO sichere Anwar die Mehrheit im Parlament", "Hamzah Zainudin", "indirect"),
        quote("Ich habe mich nicht eingemischt, die Entscheidung liegt allein bei der Generalstaatsanwaltschaft",
              "Anwar Ibrahim", "direct"),
        quote("politischer Verfolgung durch die Regierung", "Muhyiddin Yassin", "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Kuala Lumpur High Court", "ORG", "MYS", ["Ein Gericht in Malaysia", "Gericht"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Ahmad Zahid Hamidi", "PER", "MYS", ["Vize-Regierungschef Ahmad Zahid Hamidi", "dem 70-Jährigen",
                                                    "ihm", "Zahid", "Zahids", "mich"]),
        entity("Collin Lawrence Sequerah", "PER", "MYS", ["Richter Collin Lawrence Sequerah"]),
        entity("Attorney General's Chambers of Malaysia", "ORG", "MYS", ["der Staatsanwaltschaft",
                                                                         "Die Staatsanwaltschaft",
                                                                         "der Generalstaatsanwaltschaft",
                                                                         "die Generalstaatsanwaltschaft"]),
        entity("Yayasan Akalbudi", "ORG", "MYS", ["Stiftung Yayasan Akalbudi"]),
        entity("Mohd Dusuki Mokhtar", "PER", "MYS", ["Staatsanwalt Mohd Dusuki Mokhtar"]),
        entity("United Malays National Organisation", "ORG", "MYS", ["der Partei UMNO", "UMNO"]),
        entity("Hamzah Zainudin", "PER", "MYS", ["Oppositionsführer Hamzah Zainudin", "Hamzah"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim", "Anwar", "der Regierungschef",
                                               "seinen"]),
        entity("Pakatan Harapan-led coalition", "ORG", "MYS", ["seiner Koalition"]),
        entity("Parliament of Malaysia", "ORG", "MYS", ["Parlament"]),
        entity("Malaysian Bar", "ORG", "MYS", ["Die Anwaltskammer Malaysian Bar"]),
        entity("protesters in Kuala Lumpur", "PER", "MYS", ["Dutzende junge Menschen"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Die Polizei"]),
        entity("Muhyiddin Yassin", "PER", "MYS", ["seinen Vorgänger Muhyiddin Yassin", "Muhyiddin"]),
        entity("Government of Malaysia", "ORG", "MYS", ["der Regierung", "die Regierung"]),
        entity("Perikatan Nasional", "ORG", "MYS", ["das oppositionelle Bündnis Perikatan Nasional"]),
    ],
}

# ---------------------------------------------------------------- hm427-de-04 (MSG, ULMWP membership refused)
MSG = actor("Melanesian Spearhead Group", "IGO", "IGO")
ULMWP = actor("United Liberation Movement for West Papua", "IDN", "OPP")
KALSAKAU = actor("Ishmael Kalsakau", "VUT", "GOV")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
WENDA = actor("Benny Wenda", "IDN", "OPP")
VUT_MARCHERS = actor("ni-Vanuatu supporters of West Papua", "VUT", "CVL")
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
IDN_MFA = actor("Ministry of Foreign Affairs of Indonesia", "IDN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IDN_SECURITY = actor("Indonesian security forces", "IDN", "MIL")

W1 = ("Port Vila (dpa) - Die Melanesische Speerspitzengruppe (MSG) hat der Unabhängigkeitsbewegung West-Papuas erneut "
      "die Vollmitgliedschaft verweigert.")
W2 = ("Der Antrag der United Liberation Movement for West Papua (ULMWP) sei nicht angenommen worden, teilte "
      "Gastgeber Ishmael Kalsakau, der Regierungschef Vanuatus, am Donnerstag nach dem Gipfel der Organisation mit.")
W3 = "Die Bewegung solle ihr Anliegen stattdessen im Dialog mit Jakarta verfolgen, sagte Kalsakau."
W4 = ("Indonesien, das der Gruppe als assoziiertes Mitglied angehört, hatte die Mitglieder vor dem Treffen "
      "aufgefordert, den Antrag abzulehnen.")
W5 = "ULMWP-Chef Benny Wenda zeigte sich enttäuscht."
W6 = ("„Unsere melanesischen Brüder und Schwestern haben uns heute im Stich gelassen“, sagte er vor Anhängern in "
      "Port Vila.")
W7 = "Der Kampf für die Selbstbestimmung West-Papuas werde weitergehen, fügte Wenda hinzu."
W8 = ("Hunderte Einwohner Vanuatus waren am Donnerstag aus Solidarität mit der Bewegung mit Morgenstern-Flaggen zum "
      "Tagungsort gezogen.")
W9 = ("Fidschis Regierungschef Sitiveni Rabuka bot an, zwischen der Bewegung und der indonesischen Regierung zu "
      "vermitteln.")
W10 = "Er werde das Thema bei seinem nächsten Treffen mit Präsident Joko Widodo ansprechen, sagte Rabuka."
W11 = ("Die Gipfelteilnehmer forderten Jakarta zudem auf, dem UN-Menschenrechtsbüro einen Besuch in den Provinzen "
       "Papuas zu erlauben.")
W12 = "Das indonesische Außenministerium begrüßte die Entscheidung."
W13 = "Papua sei ein untrennbarer Teil Indonesiens, erklärte ein Sprecher in Jakarta."
W14 = ("Amnesty International hatte den indonesischen Sicherheitskräften erst im Juli die Folter von Gefangenen in der "
       "Region vorgeworfen.")
W15 = ("In den Provinzen kämpfen bewaffnete Separatisten seit Jahrzehnten für eine Abspaltung von Indonesien.")
W16 = ("Die ULMWP ist seit 2015 Beobachter in der MSG, der neben Vanuatu, Fidschi, Papua-Neuguinea und den Salomonen "
       "auch die Kanak-Bewegung FLNKS aus Neukaledonien angehört.")

DE04 = {
    "id": "hm427-de-04", "lang": "de", "url": None, "published": "2023-08-24",
    "title": "Melanesische Staaten verweigern West-Papuas Unabhängigkeitsbewegung die Aufnahme",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10, W11], [W12, W13, W14, W15, W16]),
    "events": [
        event("REJECT", MSG, ULMWP, W1),
        event("REJECT", MSG, ULMWP, W2, date="2023-08-24", location="Port Vila", location_country="VUT"),
        event("REQUEST", KALSAKAU, ULMWP, W3),
        event("REQUEST", IDN_GOV, MSG, W4),
        event("ACCUSE", WENDA, MSG, W6, mode="disapprove", location="Port Vila", location_country="VUT"),
        event("PROTEST", VUT_MARCHERS, MSG, W8, mode="demo", date="2023-08-24", location="Port Vila",
              location_country="VUT"),
        event("AGREE", RABUKA, ULMWP, W9),
        event("AGREE", RABUKA, IDN_GOV, W9),
        event("AGREE", RABUKA, JOKOWI, W10, mode="meet"),
        event("REQUEST", MSG, IDN_GOV, W11, mode="change"),
        event("SUPPORT", IDN_MFA, MSG, W12),
        event("ACCUSE", AMNESTY, IDN_SECURITY, W14, mode="allege"),
    ],
    "quotes": [
        quote("Der Antrag der United Liberation Movement for West Papua (ULMWP) sei nicht angenommen worden",
              "Ishmael Kalsakau", "indirect"),
        quote("Die Bewegung solle ihr Anliegen stattdessen im Dialog mit Jakarta verfolgen", "Ishmael Kalsakau",
              "indirect"),
        quote("Unsere melanesischen Brüder und Schwestern haben uns heute im Stich gelassen", "Benny Wenda", "direct"),
        quote("Der Kampf für die Selbstbestimmung West-Papuas werde weitergehen", "Benny Wenda", "indirect"),
        quote("Er werde das Thema bei seinem nächsten Treffen mit Präsident Joko Widodo ansprechen", "Sitiveni Rabuka",
              "indirect"),
        quote("Papua sei ein untrennbarer Teil Indonesiens", "Ministry of Foreign Affairs of Indonesia", "indirect"),
    ],
    "entities": [
        entity("Port Vila", "LOC", "VUT", ["Port Vila"]),
        entity("Melanesian Spearhead Group", "ORG", "IGO", ["Die Melanesische Speerspitzengruppe (MSG)",
                                                            "der Organisation", "der Gruppe", "der MSG",
                                                            "Die Gipfelteilnehmer"]),
        entity("United Liberation Movement for West Papua", "ORG", "IDN",
               ["der Unabhängigkeitsbewegung West-Papuas", "United Liberation Movement for West Papua (ULMWP)",
                "Die Bewegung", "der Bewegung", "uns", "Die ULMWP"]),
        entity("West Papua", "LOC", "IDN", ["West-Papuas", "den Provinzen Papuas", "Papua", "der Region",
                                            "den Provinzen"]),
        entity("Ishmael Kalsakau", "PER", "VUT", ["Gastgeber Ishmael Kalsakau, der Regierungschef Vanuatus",
                                                  "Kalsakau"]),
        entity("Vanuatu", "LOC", "VUT", ["Vanuatus", "Vanuatu"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Jakarta", "Indonesien", "der indonesischen Regierung"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "Indonesien"]),
        entity("Benny Wenda", "PER", "IDN", ["ULMWP-Chef Benny Wenda", "er", "Wenda"]),
        entity("ni-Vanuatu supporters of West Papua", "PER", "VUT", ["Hunderte Einwohner Vanuatus"]),
        entity("Morning Star flag", "MISC", None, ["Morgenstern-Flaggen"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Fidschis Regierungschef Sitiveni Rabuka", "Er", "Rabuka",
                                                 "seinem"]),
        entity("Fiji", "LOC", "FJI", ["Fidschis", "Fidschi"]),
        entity("Joko Widodo", "PER", "IDN", ["Präsident Joko Widodo"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["dem UN-Menschenrechtsbüro"]),
        entity("Ministry of Foreign Affairs of Indonesia", "ORG", "IDN", ["Das indonesische Außenministerium",
                                                                          "ein Sprecher in Jakarta"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Indonesian security forces", "ORG", "IDN", ["den indonesischen Sicherheitskräften"]),
        entity("West Papuan separatists", "ORG", "IDN", ["bewaffnete Separatisten"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua-Neuguinea"]),
        entity("Solomon Islands", "LOC", "SLB", ["den Salomonen"]),
        entity("FLNKS", "ORG", "FRA", ["die Kanak-Bewegung FLNKS"]),
        entity("New Caledonia", "LOC", "FRA", ["Neukaledonien"]),
    ],
}

# ---------------------------------------------------------------- hm427-en-01 (Japan/China, NHK Senkaku broadcast)
NHK = actor("NHK", "JPN", "MED")
INAGAKI = actor("Masahiko Inagaki", "JPN", "MED")
NHK_STAFFER = actor("Chinese NHK staff member", "CHN", "MED")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
MATSUMOTO = actor("Takeaki Matsumoto", "JPN", "GOV")
CCG = actor("China Coast Guard", "CHN", "MIL")
JPN_GOV_E = actor("Government of Japan", "JPN", "GOV")
CHN_GOV_E = actor("Government of China", "CHN", "GOV")
LDP_LAWMAKERS = actor("Liberal Democratic Party lawmakers", "JPN", "LEG")
TOKYO_POLICE = actor("Tokyo Metropolitan Police Department", "JPN", "COP")

N1 = ("TOKYO (AP) — Japan's public broadcaster NHK apologized Wednesday after a Chinese staff member used a live radio "
      "news segment to declare that disputed islands in the East China Sea belong to China.")
N2 = ("The man, a contract worker reading Chinese-language news for NHK World's radio service, departed from his "
      "script during a broadcast on Monday, NHK said.")
N3 = ("He referred to the Senkaku Islands, which China calls Diaoyu, as \"China's territory\" in both Chinese and "
      "English before returning to the prepared text.")
N4 = ("\"It was an extremely inappropriate broadcast, and we deeply apologize,\" NHK President Masahiko Inagaki told "
      "a meeting of governing party lawmakers.")
N5 = "The broadcaster said it would end the man's contract and was considering legal action against him."
N6 = ("Chief Cabinet Secretary Yoshimasa Hayashi called the incident \"extremely regrettable\" and demanded that NHK "
      "take thorough steps to prevent a recurrence.")
N7 = ("The Senkaku Islands are clearly an inherent part of Japan's territory in light of historical facts and "
      "international law, he said.")
N8 = ("Internal Affairs Minister Takeaki Matsumoto, whose ministry oversees broadcasting, said he had asked NHK for a "
      "detailed report.")
N9 = ("In Beijing, Foreign Ministry spokesman Lin Jian said he was not aware of the details but reiterated that the "
      "Diaoyu Islands have \"always been China's inherent territory\" since ancient times.")
N10 = ("Japan's coast guard said four Chinese coast guard ships entered Japanese territorial waters near the islands "
       "on Tuesday and stayed for about three hours.")
N11 = "Tokyo lodged a protest with Beijing through diplomatic channels, the Foreign Ministry said."
N12 = "The uninhabited islands are controlled by Japan and claimed by both China and Taiwan."
N13 = ("Lawmakers from the governing Liberal Democratic Party demanded that NHK stop letting foreign nationals read "
       "news live without supervision.")
N14 = ("A spokesperson for the Tokyo Metropolitan Police Department said police had not opened an investigation into "
       "the man.")
N15 = "NHK did not release his name, saying only that he had worked for the broadcaster for about 20 years."

EN01 = {
    "id": "hm427-en-01", "lang": "en", "url": None, "published": "2024-08-21",
    "title": "Japan's NHK apologizes after Chinese staffer calls disputed islands China's territory on air",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("CONCEDE", NHK, None, N1, date="2024-08-21"),
        event("CONCEDE", INAGAKI, None, N4),
        event("THREATEN", NHK, NHK_STAFFER, N5),
        event("ACCUSE", HAYASHI, NHK, N6, mode="disapprove"),
        event("REQUEST", HAYASHI, NHK, N6, mode="change"),
        event("REQUEST", MATSUMOTO, NHK, N8),
        event("MOBILIZE", CCG, JPN_GOV_E, N10, mode="weapons", date="2024-08-20"),
        event("ACCUSE", JPN_GOV_E, CHN_GOV_E, N11, mode="disapprove"),
        event("REQUEST", LDP_LAWMAKERS, NHK, N13, mode="change"),
        event("ACCUSE", TOKYO_POLICE, NHK_STAFFER, N14, mode="investigate", negated=True),
    ],
    "quotes": [
        quote("The man, a contract worker reading Chinese-language news for NHK World's radio service, departed from "
              "his script during a broadcast on Monday", "NHK", "indirect"),
        quote("China's territory", "Chinese NHK staff member", "direct"),
        quote("It was an extremely inappropriate broadcast, and we deeply apologize", "Masahiko Inagaki", "direct"),
        quote("it would end the man's contract and was considering legal action against him", "NHK", "indirect"),
        quote("extremely regrettable", "Yoshimasa Hayashi", "direct"),
        quote("The Senkaku Islands are clearly an inherent part of Japan's territory in light of historical facts and "
              "international law", "Yoshimasa Hayashi", "indirect"),
        quote("he had asked NHK for a detailed report", "Takeaki Matsumoto", "indirect"),
        quote("he was not aware of the details", "Lin Jian", "indirect"),
        quote("the Diaoyu Islands have \"always been China's inherent territory\" since ancient times", "Lin Jian",
              "indirect"),
        quote("always been China's inherent territory", "Lin Jian", "direct"),
        quote("four Chinese coast guard ships entered Japanese territorial waters near the islands on Tuesday and "
              "stayed for about three hours", "Japan Coast Guard", "indirect"),
        quote("Tokyo lodged a protest with Beijing through diplomatic channels", "Ministry of Foreign Affairs of Japan",
              "indirect"),
        quote("police had not opened an investigation into the man", "Tokyo Metropolitan Police Department",
              "indirect"),
        quote("he had worked for the broadcaster for about 20 years", "NHK", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["TOKYO"]),
        entity("NHK", "ORG", "JPN", ["Japan's public broadcaster NHK", "NHK", "The broadcaster", "the broadcaster"]),
        entity("Chinese NHK staff member", "PER", "CHN", ["a Chinese staff member", "The man", "his", "He",
                                                          "the man's", "him", "the man"]),
        entity("East China Sea", "LOC", None, ["the East China Sea"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("NHK World", "ORG", "JPN", ["NHK World's radio service"]),
        entity("Senkaku Islands", "LOC", "JPN", ["disputed islands in the East China Sea", "the Senkaku Islands",
                                                 "Diaoyu", "The Senkaku Islands", "the Diaoyu Islands",
                                                 "the islands", "The uninhabited islands"]),
        entity("Masahiko Inagaki", "PER", "JPN", ["NHK President Masahiko Inagaki"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["governing party", "the governing Liberal Democratic "
                                                                             "Party"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Chief Cabinet Secretary Yoshimasa Hayashi", "he"]),
        entity("Japan", "LOC", "JPN", ["Japan's", "Japan"]),
        entity("Takeaki Matsumoto", "PER", "JPN", ["Internal Affairs Minister Takeaki Matsumoto", "he"]),
        entity("Ministry of Internal Affairs and Communications", "ORG", "JPN", ["whose ministry"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("Lin Jian", "PER", "CHN", ["Foreign Ministry spokesman Lin Jian", "he"]),
        entity("Japan Coast Guard", "ORG", "JPN", ["Japan's coast guard"]),
        entity("China Coast Guard", "ORG", "CHN", ["four Chinese coast guard ships"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("Ministry of Foreign Affairs of Japan", "ORG", "JPN", ["the Foreign Ministry"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan"]),
        entity("Liberal Democratic Party lawmakers", "PER", "JPN", ["Lawmakers from the governing Liberal Democratic "
                                                                    "Party", "governing party lawmakers"]),
        entity("Tokyo Metropolitan Police Department", "ORG", "JPN", ["the Tokyo Metropolitan Police Department",
                                                                      "police"]),
    ],
}

# ---------------------------------------------------------------- hm427-en-02 (ASEAN/Myanmar, Jakarta ministers)
ASEAN = actor("Association of Southeast Asian Nations", "IGO", "IGO")
MMR_MILITARY = actor("Myanmar military government", "MMR", "MIL")
DON = actor("Don Pramudwinai", "THA", "GOV")
SUU_KYI = actor("Aung San Suu Kyi", "MMR", "OPP")
MARSUDI = actor("Retno Marsudi", "IDN", "GOV")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
PRK_MIL = actor("North Korean military", "PRK", "MIL")
PRK_GOV = actor("Government of North Korea", "PRK", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")

J1 = ("JAKARTA, Indonesia (AP) — Southeast Asian foreign ministers on Wednesday condemned the continuing violence in "
      "Myanmar, as Thailand's top diplomat disclosed that he had met detained leader Aung San Suu Kyi in a bid to "
      "revive peace efforts.")
J2 = ("In a joint communique issued at the end of their annual meeting, the ministers said they were \"deeply "
      "concerned\" about airstrikes and shelling and urged all parties to stop targeting civilians.")
J3 = ("Thai Foreign Minister Don Pramudwinai told reporters that he had flown to the capital, Naypyitaw, on Sunday "
      "and spoke with Suu Kyi for more than an hour.")
J4 = "She was in good health, he said, without giving details of their conversation."
J5 = ("It was the first known meeting between a foreign official and the Nobel laureate since her elected government "
      "was ousted in February 2021.")
J6 = ("Indonesian Foreign Minister Retno Marsudi, whose country chairs ASEAN this year, said Thailand's outreach had "
      "not been coordinated with the bloc.")
J7 = "\"The five-point consensus remains our main reference,\" she said."
J8 = ("ASEAN has barred Myanmar's military leaders from its high-level meetings since late 2021 for failing to "
      "implement the plan, which calls for an end to violence and a dialogue among all parties.")
J9 = ("North Korea test-fired a solid-fuel intercontinental ballistic missile on Wednesday morning that flew for about "
      "74 minutes before landing in the sea west of Japan, according to Tokyo.")
J10 = ("The ministers expressed grave concern over the launch and called on Pyongyang to comply with U.N. Security "
       "Council resolutions.")
J11 = ("The State Department said Secretary of State Antony Blinken, who arrives in Jakarta on Thursday, would meet "
       "China's top diplomat Wang Yi on the sidelines of the talks.")
J12 = ("Wang is standing in for Foreign Minister Qin Gang, who Beijing said was unable to travel for health "
       "reasons.")
J13 = ("Fighting between the military and its opponents has displaced more than 1.5 million people across Myanmar, "
       "according to U.N. figures.")
J14 = "The ASEAN Regional Forum, a wider security dialogue that includes the United States, China and Russia, meets on Friday."

EN02 = {
    "id": "hm427-en-02", "lang": "en", "url": None, "published": "2023-07-12",
    "title": "ASEAN ministers condemn Myanmar violence as Thai envoy reveals meeting with Suu Kyi",
    "text": paragraphs([J1, J2], [J3, J4, J5], [J6, J7, J8], [J9, J10], [J11, J12, J13, J14]),
    "events": [
        event("ACCUSE", ASEAN, MMR_MILITARY, J1, mode="disapprove", date="2023-07-12", location="Jakarta",
              location_country="IDN"),
        event("CONSULT", DON, SUU_KYI, J1, mode="meet"),
        event("ACCUSE", ASEAN, MMR_MILITARY, J2, mode="disapprove"),
        event("REQUEST", ASEAN, None, J2),
        event("CONSULT", DON, SUU_KYI, J3, mode="meet", date="2023-07-09", location="Naypyitaw",
              location_country="MMR"),
        event("ACCUSE", MARSUDI, THA_GOV, J6, mode="disapprove"),
        event("SANCTION", ASEAN, MMR_MILITARY, J8, mode="expel"),
        event("MOBILIZE", PRK_MIL, None, J9, mode="weapons", date="2023-07-12"),
        event("ACCUSE", ASEAN, PRK_GOV, J10, mode="disapprove"),
        event("REQUEST", ASEAN, PRK_GOV, J10, mode="change"),
        event("AGREE", BLINKEN, WANG_YI, J11, mode="meet"),
    ],
    "quotes": [
        quote("deeply concerned", "Association of Southeast Asian Nations", "direct"),
        quote("they were \"deeply concerned\" about airstrikes and shelling and urged all parties to stop targeting "
              "civilians", "Association of Southeast Asian Nations", "indirect"),
        quote("he had flown to the capital, Naypyitaw, on Sunday and spoke with Suu Kyi for more than an hour",
              "Don Pramudwinai", "indirect"),
        quote("She was in good health", "Don Pramudwinai", "indirect"),
        quote("Thailand's outreach had not been coordinated with the bloc", "Retno Marsudi", "indirect"),
        quote("The five-point consensus remains our main reference", "Retno Marsudi", "direct"),
        quote("North Korea test-fired a solid-fuel intercontinental ballistic missile on Wednesday morning that flew "
              "for about 74 minutes before landing in the sea west of Japan", "Government of Japan", "indirect"),
        quote("Secretary of State Antony Blinken, who arrives in Jakarta on Thursday, would meet China's top diplomat "
              "Wang Yi on the sidelines of the talks", "United States Department of State", "indirect"),
        quote("was unable to travel for health reasons", "Government of China", "indirect"),
        quote("Fighting between the military and its opponents has displaced more than 1.5 million people across "
              "Myanmar", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["JAKARTA", "Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesia", "whose country"]),
        entity("Association of Southeast Asian Nations", "ORG", "IGO",
               ["Southeast Asian foreign ministers", "the ministers", "ASEAN", "the bloc", "The ministers", "its"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar", "Myanmar's"]),
        entity("Don Pramudwinai", "PER", "THA", ["Thailand's top diplomat", "he", "Thai Foreign Minister Don "
                                                                                "Pramudwinai"]),
        entity("Aung San Suu Kyi", "PER", "MMR", ["detained leader Aung San Suu Kyi", "Suu Kyi", "She",
                                                  "the Nobel laureate", "her"]),
        entity("Naypyitaw", "LOC", "MMR", ["the capital, Naypyitaw"]),
        entity("Retno Marsudi", "PER", "IDN", ["Indonesian Foreign Minister Retno Marsudi", "she"]),
        entity("Government of Thailand", "ORG", "THA", ["Thailand's"]),
        entity("Five-Point Consensus", "MISC", "IGO", ["The five-point consensus", "the plan"]),
        entity("Myanmar military government", "ORG", "MMR", ["Myanmar's military leaders", "the military"]),
        entity("Government of North Korea", "ORG", "PRK", ["North Korea", "Pyongyang"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo"]),
        entity("United Nations Security Council", "ORG", "UNO", ["U.N. Security Council"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Antony Blinken", "PER", "USA", ["Secretary of State Antony Blinken"]),
        entity("Wang Yi", "PER", "CHN", ["China's top diplomat Wang Yi", "Wang"]),
        entity("Qin Gang", "PER", "CHN", ["Foreign Minister Qin Gang"]),
        entity("Government of China", "ORG", "CHN", ["Beijing"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("ASEAN Regional Forum", "ORG", "IGO", ["The ASEAN Regional Forum", "a wider security dialogue"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
