"""Round 230: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm230-de-01: Bangladesh launches "Operation Devil Hunt" after protesters bulldoze Sheikh Mujib's Dhanmondi 32 house during Hasina's online speech; no arrests that night, Yunus's government and New Delhi react, protest note to India's envoy (2025-02-09).
- hm230-de-02: The Arakan Army says it has taken the Myanmar army's Western Command headquarters in Ann; the junta denies, air strikes, Min Aung Hlaing's call rejected, HRW and Beijing react (2024-12-21).
- hm230-de-03: South Korea's National Assembly impeaches President Yoon Suk Yeol over martial law; Yoon refuses to resign, rival rallies, Lee Jae-myung presses the court, Han Duck-soo raises readiness, Biden calls Han (2024-12-15).
- hm230-de-04: Japan protests after the Chinese carrier Liaoning sails between Yonaguni and Iriomote into its contiguous zone; Hayashi, Lin Jian's demand, Kihara orders more surveillance, Taiwan sends ships, Emanuel criticises Beijing (2024-09-19).
- hm230-en-01: The IMF board approves a $7 billion Extended Fund Facility for Pakistan; Georgieva's praise and demand, Sharif's thanks, Chinese, Saudi and Emirati rollovers, PTI criticism and traders' strike (2024-09-26).
- hm230-en-02: Hong Kong police arrest six including Chow Hang-tung for sedition over June 4 posts under the Article 23 law; John Lee and Chris Tang warn, London and Washington object, Beijing hits back, Amnesty criticises (2024-05-29).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm230-de-01 (Dhanmondi 32, Operation Devil Hunt)
BGD_GOV = actor("Interim Government of Bangladesh", "BGD", "GOV")
AL_SUPPORTERS = actor("Awami League supporters", "BGD", "PTY")
BGD_JOINT = actor("Bangladeshi joint forces", "BGD", "MIL")
BGD_PROTESTERS = actor("Bangladeshi student protesters", "BGD", "CVL")
AWAMI = actor("Awami League", "BGD", "PTY")
HASINA = actor("Sheikh Hasina", "BGD", "PTY")
BGD_POLICE = actor("Bangladesh Police", "BGD", "COP")
AL_POLITICIANS = actor("Awami League politicians", "BGD", "PTY")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")
IND_ACTING_HC = actor("Acting High Commissioner of India to Bangladesh", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")

B1 = ("Dhaka (dpa) - Nach der Zerstörung des früheren Wohnhauses von Staatsgründer Scheich Mujibur Rahman hat "
      "Bangladeschs Übergangsregierung eine landesweite Razzia gegen Anhänger der gestürzten Regierungschefin "
      "Sheikh Hasina begonnen.")
B2 = ("Bei der »Operation Devil Hunt« seien seit Samstag mehr als 1300 Menschen festgenommen worden, teilte das "
      "Innenministerium mit.")
B3 = ("Auslöser war ein Angriff auf Studenten im Bezirk Gazipur am Freitagabend, für den die Regierung Anhänger der "
      "Awami League verantwortlich macht.")
B4 = ("Bereits in der Nacht zum Donnerstag hatten Tausende Demonstranten in Dhaka das als Museum genutzte Haus an der "
      "Straße 32 im Viertel Dhanmondi mit Baggern weitgehend abgerissen.")
B5 = ("Sie hatten sich versammelt, nachdem Hasina aus ihrem indischen Exil eine Online-Ansprache an ihre Anhänger "
      "angekündigt hatte.")
B6 = ("»Sie können ein Gebäude zerstören, aber nicht die Geschichte«, sagte Hasina in der Rede, in der sie der "
      "Übergangsregierung vorwarf, das Land mit Gewalt zu regieren.")
B7 = "Die Polizei nahm in jener Nacht niemanden fest."
B8 = "Anhänger der Studentenbewegung zündeten in mehreren Städten auch Häuser von Politikern der Awami League an."
B9 = ("Die Übergangsregierung unter Friedensnobelpreisträger Muhammad Yunus nannte die Angriffe »unerwünscht und "
      "bedauerlich«.")
B10 = "Zugleich machte sie Hasinas „provokative Äußerungen“ aus dem Ausland für die Wut der Menschen verantwortlich."
B11 = "Das indische Außenministerium verurteilte den Abriss als »Akt des Vandalismus«."
B12 = "Das Haus sei ein Symbol des Unabhängigkeitskampfes gewesen, sagte Sprecher Randhir Jaiswal in Neu-Delhi."
B13 = ("Dhaka übergab daraufhin dem amtierenden indischen Hochkommissar eine Protestnote und verlangte, dass "
       "Neu-Delhi Hasina an »falschen und erfundenen« Äußerungen hindere.")
B14 = "Die Awami League warf der Regierung vor, die Zerstörung gezielt geduldet zu haben."
B15 = "Die Übergangsregierung bestreitet das."
B16 = "Hasina war im August nach wochenlangen Massenprotesten nach Indien geflohen; Dhaka hat ihre Auslieferung beantragt."

DE01 = {
    "id": "hm230-de-01", "lang": "de", "url": None, "published": "2025-02-09",
    "title": "Bangladesch geht nach Abriss von Mujib-Haus gegen Hasina-Anhänger vor",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("COERCE", BGD_GOV, AL_SUPPORTERS, B1, mode="arrest"),
        event("COERCE", BGD_JOINT, AL_SUPPORTERS, B2, mode="arrest"),
        event("ACCUSE", BGD_GOV, AL_SUPPORTERS, B3, mode="allege"),
        event("ASSAULT", BGD_PROTESTERS, AWAMI, B4, mode="destroy", location="Dhaka", location_country="BGD"),
        event("PROTEST", BGD_PROTESTERS, HASINA, B5, mode="demo", location="Dhaka", location_country="BGD"),
        event("ACCUSE", HASINA, BGD_GOV, B6, mode="allege"),
        event("COERCE", BGD_POLICE, BGD_PROTESTERS, B7, mode="arrest", negated=True),
        event("ASSAULT", BGD_PROTESTERS, AL_POLITICIANS, B8, mode="primitive"),
        event("ACCUSE", BGD_GOV, BGD_PROTESTERS, B9, mode="disapprove"),
        event("ACCUSE", BGD_GOV, HASINA, B10, mode="allege"),
        event("ACCUSE", IND_MEA, BGD_PROTESTERS, B11, mode="disapprove"),
        event("ACCUSE", BGD_GOV, IND_ACTING_HC, B13, mode="disapprove"),
        event("REQUEST", BGD_GOV, IND_GOV, B13, mode="change"),
        event("ACCUSE", AWAMI, BGD_GOV, B14, mode="allege"),
        event("REQUEST", BGD_GOV, IND_GOV, B16, mode="yield"),
    ],
    "quotes": [
        quote("Operation Devil Hunt", "Interim Government of Bangladesh", "direct"),
        quote("Bei der »Operation Devil Hunt« seien seit Samstag mehr als 1300 Menschen festgenommen worden",
              "Ministry of Home Affairs of Bangladesh", "indirect"),
        quote("Sie können ein Gebäude zerstören, aber nicht die Geschichte", "Sheikh Hasina", "direct"),
        quote("unerwünscht und bedauerlich", "Interim Government of Bangladesh", "direct"),
        quote("provokative Äußerungen", "Interim Government of Bangladesh", "direct"),
        quote("Akt des Vandalismus", "Ministry of External Affairs of India", "direct"),
        quote("Das Haus sei ein Symbol des Unabhängigkeitskampfes gewesen", "Randhir Jaiswal", "indirect"),
        quote("falschen und erfundenen", "Interim Government of Bangladesh", "direct"),
        quote("dass Neu-Delhi Hasina an »falschen und erfundenen« Äußerungen hindere",
              "Interim Government of Bangladesh", "indirect"),
    ],
    "entities": [
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Sheikh Mujibur Rahman", "PER", "BGD", ["Staatsgründer Scheich Mujibur Rahman"]),
        entity("Interim Government of Bangladesh", "ORG", "BGD",
               ["Bangladeschs Übergangsregierung", "die Regierung", "Die Übergangsregierung",
                "Übergangsregierung", "der Regierung"]),
        entity("Sheikh Hasina", "PER", "BGD", ["der gestürzten Regierungschefin Sheikh Hasina", "Hasina"]),
        entity("Operation Devil Hunt", "MISC", "BGD", ["Operation Devil Hunt"]),
        entity("Ministry of Home Affairs of Bangladesh", "ORG", "BGD", ["das Innenministerium"]),
        entity("Gazipur", "LOC", "BGD", ["im Bezirk Gazipur"]),
        entity("Awami League", "ORG", "BGD", ["Awami League", "Die Awami League"]),
        entity("Dhanmondi 32", "LOC", "BGD", ["das als Museum genutzte Haus an der Straße 32 im Viertel Dhanmondi",
                                              "Das Haus"]),
        entity("Bangladeshi student protesters", "ORG", "BGD", ["Tausende Demonstranten",
                                                               "Anhänger der Studentenbewegung"]),
        entity("Bangladesh Police", "ORG", "BGD", ["Die Polizei"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Friedensnobelpreisträger Muhammad Yunus"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Randhir Jaiswal", "PER", "IND", ["Sprecher Randhir Jaiswal"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Acting High Commissioner of India to Bangladesh", "PER", "IND",
               ["dem amtierenden indischen Hochkommissar"]),
        entity("India", "LOC", "IND", ["Indien"]),
    ],
}

# ---------------------------------------------------------------- hm230-de-02 (Arakan Army takes Ann)
AA = actor("Arakan Army", "MMR", "REB")
MMR_MIL = actor("Myanmar Armed Forces", "MMR", "MIL")
MMR_AF = actor("Myanmar Air Force", "MMR", "MIL")
RAKHINE_VILLAGERS = actor("villagers around Ann", "MMR", "CVL")
MAH = actor("Min Aung Hlaing", "MMR", "MIL")
EAOS = actor("ethnic armed groups of Myanmar", "MMR", "REB")
HRW = actor("Human Rights Watch", "NGO", "NGO")
CHINA = actor("China", "CHN", "GOV")

R1 = ("Rangun (AFP) - Die Rebellengruppe Arakan Army (AA) hat nach eigenen Angaben das Hauptquartier des westlichen "
      "Regionalkommandos der Armee Myanmars eingenommen.")
R2 = ("Nach wochenlangen Kämpfen hätten ihre Einheiten die Stützpunkte in der Stadt Ann im Bundesstaat Rakhine "
      "vollständig unter Kontrolle gebracht, teilte die Gruppe am Freitagabend mit.")
R3 = ("Es ist nach dem Fall von Lashio im August bereits das zweite von landesweit 14 Regionalkommandos, das die "
      "Junta verliert.")
R4 = "Junta-Sprecher Zaw Min Tun bestritt, dass das Kommando gefallen sei, und sprach von „andauernden Kämpfen“."
R5 = "Nach Angaben von Anwohnern flog die Luftwaffe in der Nacht Angriffe auf Dörfer rund um Ann."
R6 = "Die Arakan Army kontrolliert inzwischen den Großteil von Rakhine sowie die gesamte Grenze zu Bangladesch."
R7 = ("Juntachef Min Aung Hlaing hatte die bewaffneten Gruppen im September aufgerufen, die Waffen niederzulegen und "
      "sich an der geplanten Wahl zu beteiligen.")
R8 = "Die Arakan Army lehnte das ab."
R9 = ("Sie wirft dem Militär vor, die Bevölkerung in Rakhine durch eine Blockade von Reis und Medikamenten "
      "auszuhungern.")
R10 = "Die Vereinten Nationen warnen vor einer Hungersnot in dem Bundesstaat."
R11 = "Human Rights Watch wirft auch der Arakan Army schwere Übergriffe auf die muslimische Minderheit der Rohingya vor."
R12 = "Peking, das gute Beziehungen zu beiden Seiten unterhält, forderte eine sofortige Waffenruhe."
R13 = "China baut in Kyaukphyu an der Küste Rakhines einen Tiefseehafen."
R14 = "Seit dem Militärputsch im Februar 2021 versinkt Myanmar in einem Bürgerkrieg."

DE02 = {
    "id": "hm230-de-02", "lang": "de", "url": None, "published": "2024-12-21",
    "title": "Arakan Army nimmt Hauptquartier von Myanmars Armee ein",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9, R10, R11], [R12, R13, R14]),
    "events": [
        event("ASSAULT", AA, MMR_MIL, R1, location="Ann", location_country="MMR"),
        event("ASSAULT", AA, MMR_MIL, R2, location="Ann", location_country="MMR"),
        event("ASSAULT", MMR_AF, RAKHINE_VILLAGERS, R5, mode="aerial", location="Ann", location_country="MMR"),
        event("REQUEST", MAH, EAOS, R7, mode="change"),
        event("REJECT", AA, MAH, R8, mode="change"),
        event("ACCUSE", AA, MMR_MIL, R9, mode="allege"),
        event("ACCUSE", HRW, AA, R11, mode="allege"),
        event("REQUEST", CHINA, MMR_MIL, R12, mode="change"),
        event("REQUEST", CHINA, AA, R12, mode="change"),
    ],
    "quotes": [
        quote("Nach wochenlangen Kämpfen hätten ihre Einheiten die Stützpunkte in der Stadt Ann im Bundesstaat Rakhine "
              "vollständig unter Kontrolle gebracht", "Arakan Army", "indirect"),
        quote("dass das Kommando gefallen sei", "Zaw Min Tun", "indirect"),
        quote("andauernden Kämpfen", "Zaw Min Tun", "direct"),
    ],
    "entities": [
        entity("Yangon", "LOC", "MMR", ["Rangun"]),
        entity("Arakan Army", "ORG", "MMR", ["Die Rebellengruppe Arakan Army (AA)", "die Gruppe",
                                             "Die Arakan Army", "der Arakan Army"]),
        entity("Western Regional Military Command", "ORG", "MMR",
               ["das Hauptquartier des westlichen Regionalkommandos der Armee Myanmars", "das Kommando"]),
        entity("Myanmar Armed Forces", "ORG", "MMR", ["der Armee Myanmars", "die Junta", "dem Militär"]),
        entity("Ann", "LOC", "MMR", ["der Stadt Ann", "Ann"]),
        entity("Rakhine State", "LOC", "MMR", ["im Bundesstaat Rakhine", "Rakhine", "dem Bundesstaat"]),
        entity("Lashio", "LOC", "MMR", ["Lashio"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Junta-Sprecher Zaw Min Tun"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["die Luftwaffe"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesch"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Juntachef Min Aung Hlaing"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Rohingya", "MISC", "MMR", ["Rohingya"]),
        entity("China", "LOC", "CHN", ["Peking", "China"]),
        entity("Kyaukphyu", "LOC", "MMR", ["Kyaukphyu"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
    ],
}

# ---------------------------------------------------------------- hm230-de-03 (Yoon impeached)
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
DPK = actor("Democratic Party of Korea", "KOR", "OPP")
ANTI_YOON = actor("anti-Yoon protesters in Seoul", "KOR", "CVL")
PRO_YOON = actor("Yoon supporters in Seoul", "KOR", "CVL")
LEE_JM = actor("Lee Jae-myung", "KOR", "OPP")
KOR_CC = actor("Constitutional Court of Korea", "KOR", "JUD")
PPP_MPS = actor("People Power Party lawmakers", "KOR", "LEG")
HAN_DH = actor("Han Dong-hoon", "KOR", "PTY")
HAN_DS = actor("Han Duck-soo", "KOR", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
KOR_PROS = actor("Supreme Prosecutors' Office of South Korea", "KOR", "JUD")

Y1 = "Seoul (dpa) - Das südkoreanische Parlament hat für die Amtsenthebung von Präsident Yoon Suk Yeol gestimmt."
Y2 = ("Für den Antrag der Opposition stimmten am Samstag 204 der 300 Abgeordneten, darunter mindestens zwölf "
      "Mitglieder von Yoons konservativer Partei PPP.")
Y3 = "Yoon ist damit vorerst suspendiert, Ministerpräsident Han Duck-soo führt kommissarisch die Amtsgeschäfte."
Y4 = "Das Verfassungsgericht hat bis zu 180 Tage Zeit, über eine endgültige Absetzung zu entscheiden."
Y5 = ("Yoon hatte am 3. Dezember überraschend das Kriegsrecht ausgerufen und Soldaten zum Parlament geschickt, es nach "
      "wenigen Stunden aber wieder aufgehoben.")
Y6 = "»Ich werde niemals aufgeben«, sagte Yoon in einer Fernsehansprache nach der Abstimmung."
Y7 = "Einen Rücktritt lehnte er erneut ab."
Y8 = ("Vor dem Parlamentsgebäude feierten Hunderttausende Menschen das Ergebnis, die Polizei sprach von rund 200.000 "
      "Teilnehmern.")
Y9 = "Anhänger des Präsidenten demonstrierten zeitgleich im Stadtzentrum gegen die Amtsenthebung."
Y10 = ("Oppositionsführer Lee Jae-myung sprach von einem „Sieg des Volkes“ und forderte das Verfassungsgericht auf, "
       "rasch zu entscheiden.")
Y11 = ("PPP-Chef Han Dong-hoon, der sich für die Amtsenthebung ausgesprochen hatte, geriet in der eigenen Partei unter "
       "Druck; mehrere Abgeordnete forderten seinen Rücktritt.")
Y12 = "Der kommissarische Präsident wies das Militär an, die Wachsamkeit gegenüber Nordkorea zu erhöhen."
Y13 = "US-Präsident Joe Biden telefonierte am Sonntag mit Han und bekräftigte das Bündnis beider Länder."
Y14 = "Die Staatsanwaltschaft hatte Yoon für Sonntag zur Vernehmung wegen des Verdachts des Aufruhrs vorgeladen."
Y15 = "Yoon bestreitet, mit dem Kriegsrecht gegen die Verfassung verstoßen zu haben."

DE03 = {
    "id": "hm230-de-03", "lang": "de", "url": None, "published": "2024-12-15",
    "title": "Südkoreas Parlament stimmt für Amtsenthebung Yoons",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7, Y8, Y9], [Y10, Y11, Y12, Y13], [Y14, Y15]),
    "events": [
        event("ACCUSE", KOR_ASSEMBLY, YOON, Y1, mode="allege"),
        event("ACCUSE", KOR_ASSEMBLY, YOON, Y2, mode="allege", date="2024-12-14"),
        event("COERCE", YOON, KOR_ASSEMBLY, Y5, mode="curfew", date="2024-12-03"),
        event("MOBILIZE", YOON, KOR_ASSEMBLY, Y5, mode="troops", date="2024-12-03"),
        event("RETREAT", YOON, KOR_ASSEMBLY, Y5, date="2024-12-03"),
        event("REJECT", YOON, DPK, Y7, mode="change"),
        event("PROTEST", ANTI_YOON, YOON, Y8, mode="demo", location="Seoul", location_country="KOR"),
        event("PROTEST", PRO_YOON, KOR_ASSEMBLY, Y9, mode="demo", location="Seoul", location_country="KOR"),
        event("REQUEST", LEE_JM, KOR_CC, Y10, mode="change"),
        event("REQUEST", PPP_MPS, HAN_DH, Y11, mode="change"),
        event("MOBILIZE", HAN_DS, PRK, Y12, mode="troops"),
        event("CONSULT", BIDEN, HAN_DS, Y13, mode="phone"),
        event("SUPPORT", BIDEN, HAN_DS, Y13),
        event("ACCUSE", KOR_PROS, YOON, Y14, mode="investigate"),
    ],
    "quotes": [
        quote("Ich werde niemals aufgeben", "Yoon Suk Yeol", "direct"),
        quote("Sieg des Volkes", "Lee Jae-myung", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["Das südkoreanische Parlament", "zum Parlament",
                                                                  "dem Parlamentsgebäude"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Yoon", "des Präsidenten"]),
        entity("People Power Party", "ORG", "KOR", ["Yoons konservativer Partei PPP", "der eigenen Partei"]),
        entity("Han Duck-soo", "PER", "KOR", ["Ministerpräsident Han Duck-soo", "Der kommissarische Präsident",
                                              "Han"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["Das Verfassungsgericht", "das Verfassungsgericht"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Oppositionsführer Lee Jae-myung"]),
        entity("Han Dong-hoon", "PER", "KOR", ["PPP-Chef Han Dong-hoon"]),
        entity("Republic of Korea Armed Forces", "ORG", "KOR", ["Soldaten", "das Militär"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
        entity("Korean National Police Agency", "ORG", "KOR", ["die Polizei"]),
        entity("Supreme Prosecutors' Office of South Korea", "ORG", "KOR", ["Die Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm230-de-04 (Liaoning in Japan's contiguous zone)
JAPAN = actor("Japan", "JPN", "GOV")
CHINA2 = actor("China", "CHN", "GOV")
PLAN = actor("People's Liberation Army Navy", "CHN", "MIL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
JMSDF = actor("Japan Maritime Self-Defense Force", "JPN", "MIL")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
CHN_ACTING_AMB = actor("Acting Ambassador of China to Japan", "CHN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
TWN_MND = actor("Ministry of National Defense of Taiwan", "TWN", "MIL")
EMANUEL = actor("Rahm Emanuel", "USA", "GOV")

L1 = ("Tokio (dpa) - Japan hat scharf gegen die Fahrt des chinesischen Flugzeugträgers »Liaoning« nahe seinen "
      "südwestlichen Inseln protestiert.")
L2 = ("Der Träger und zwei Zerstörer seien zwischen den Inseln Yonaguni und Iriomote hindurchgefahren und dabei in "
      "die japanische Anschlusszone eingedrungen, teilte das Verteidigungsministerium in Tokio mit.")
L3 = "Es sei das erste Mal, dass ein chinesischer Flugzeugträger in diese Zone eingefahren sei."
L4 = "Die Anschlusszone reicht bis 24 Seemeilen vor die Küste und darf von ausländischen Schiffen durchfahren werden."
L5 = "Regierungssprecher Yoshimasa Hayashi nannte die Fahrt „äußerst inakzeptabel“."
L6 = "Tokio habe Peking über diplomatische Kanäle seine »ernste Besorgnis« übermittelt, sagte er."
L7 = "Schiffe der Marine-Selbstverteidigungsstreitkräfte begleiteten den Verband."
L8 = "Das Außenministerium in Peking wies die Kritik zurück."
L9 = "Chinas Aktivitäten stünden im Einklang mit dem Völkerrecht, sagte Sprecher Lin Jian."
L10 = "Japan solle die Lage »objektiv und rational« bewerten, forderte er."
L11 = ("Wegen eines Aufklärungsfluges über den Danjo-Inseln hatte Tokio erst Ende August den amtierenden chinesischen "
       "Botschafter einbestellt.")
L12 = "Verteidigungsminister Minoru Kihara ordnete eine verstärkte Überwachung der Gewässer im Südwesten an."
L13 = ("Taiwan meldete am selben Tag, der Verband habe die Gewässer südöstlich der Insel erreicht, und schickte eigene "
       "Kriegsschiffe los.")
L14 = ("Der US-Botschafter in Tokio, Rahm Emanuel, sprach von einem weiteren Beispiel für Pekings "
       "„Einschüchterungstaktik“.")
L15 = "Japan und China streiten seit Jahren über die von Japan kontrollierten Senkaku-Inseln im Ostchinesischen Meer."

DE04 = {
    "id": "hm230-de-04", "lang": "de", "url": None, "published": "2024-09-19",
    "title": "Japan protestiert gegen Fahrt chinesischen Flugzeugträgers",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10, L11], [L12, L13, L14, L15]),
    "events": [
        event("ACCUSE", JAPAN, CHINA2, L1, mode="disapprove"),
        event("MOBILIZE", PLAN, JAPAN, L2, mode="troops", location="Yonaguni", location_country="JPN"),
        event("ACCUSE", HAYASHI, CHINA2, L5, mode="disapprove"),
        event("ACCUSE", JAPAN, CHINA2, L6, mode="disapprove"),
        event("MOBILIZE", JMSDF, PLAN, L7, mode="troops"),
        event("REQUEST", LIN_JIAN, JAPAN, L10, mode="change"),
        event("ACCUSE", JAPAN, CHN_ACTING_AMB, L11, mode="disapprove"),
        event("MOBILIZE", KIHARA, CHINA2, L12, mode="troops"),
        event("MOBILIZE", TWN_MND, CHINA2, L13, mode="troops"),
        event("ACCUSE", EMANUEL, CHINA2, L14, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Träger und zwei Zerstörer seien zwischen den Inseln Yonaguni und Iriomote hindurchgefahren und "
              "dabei in die japanische Anschlusszone eingedrungen", "Ministry of Defense of Japan", "indirect"),
        quote("Es sei das erste Mal, dass ein chinesischer Flugzeugträger in diese Zone eingefahren sei",
              "Ministry of Defense of Japan", "indirect"),
        quote("äußerst inakzeptabel", "Yoshimasa Hayashi", "direct"),
        quote("ernste Besorgnis", "Yoshimasa Hayashi", "direct"),
        quote("Tokio habe Peking über diplomatische Kanäle seine »ernste Besorgnis« übermittelt", "Yoshimasa Hayashi",
              "indirect"),
        quote("Chinas Aktivitäten stünden im Einklang mit dem Völkerrecht", "Lin Jian", "indirect"),
        quote("objektiv und rational", "Lin Jian", "direct"),
        quote("Japan solle die Lage »objektiv und rational« bewerten", "Lin Jian", "indirect"),
        quote("der Verband habe die Gewässer südöstlich der Insel erreicht", "Ministry of National Defense of Taiwan",
              "indirect"),
        quote("Einschüchterungstaktik", "Rahm Emanuel", "direct"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Liaoning", "MISC", "CHN", ["des chinesischen Flugzeugträgers »Liaoning«", "Der Träger"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["den Verband", "der Verband"]),
        entity("Yonaguni", "LOC", "JPN", ["Yonaguni"]),
        entity("Iriomote", "LOC", "JPN", ["Iriomote"]),
        entity("Ministry of Defense of Japan", "ORG", "JPN", ["das Verteidigungsministerium in Tokio"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("China", "LOC", "CHN", ["Peking", "China"]),
        entity("Japan Maritime Self-Defense Force", "ORG", "JPN", ["Marine-Selbstverteidigungsstreitkräfte"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian"]),
        entity("Danjo Islands", "LOC", "JPN", ["Danjo-Inseln"]),
        entity("Acting Ambassador of China to Japan", "PER", "CHN", ["den amtierenden chinesischen Botschafter"]),
        entity("Minoru Kihara", "PER", "JPN", ["Verteidigungsminister Minoru Kihara"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwan", "der Insel"]),
        entity("Rahm Emanuel", "PER", "USA", ["Der US-Botschafter in Tokio, Rahm Emanuel"]),
        entity("Senkaku Islands", "LOC", "JPN", ["Senkaku-Inseln"]),
    ],
}

# ---------------------------------------------------------------- hm230-en-01 (IMF approves Pakistan loan)
IMF = actor("International Monetary Fund", "IGO", "IGO")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
GEORGIEVA = actor("Kristalina Georgieva", "IGO", "IGO")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
CHINA3 = actor("China", "CHN", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PAK_TRADERS = actor("Pakistani traders", "PAK", "BUS")

I1 = ("ISLAMABAD, Sept 26 (Reuters) - The International Monetary Fund's executive board has approved a $7 billion "
      "loan programme for Pakistan, giving the cash-strapped country immediate access to about $1 billion, the "
      "lender said late on Wednesday.")
I2 = ("The 37-month Extended Fund Facility was agreed at staff level in July after Islamabad pledged to widen its "
      "narrow tax base and cut energy subsidies.")
I3 = ("\"Pakistan has made good progress, but it needs to stay the course,\" IMF Managing Director Kristalina "
      "Georgieva said in a statement, urging the government to carry out reforms \"fully and on time\".")
I4 = "Prime Minister Shehbaz Sharif thanked Georgieva and said the programme should be the country's last."
I5 = ("China, Saudi Arabia and the United Arab Emirates rolled over deposits and loans worth about $12 billion, a key "
      "condition for the deal.")
I6 = ("Under the agreement, Pakistan's four provinces will raise taxes on agricultural income, and the federal "
      "government has promised not to grant any new tax amnesties.")
I7 = ("Finance Minister Muhammad Aurangzeb told reporters the government would bring retailers and farmers into the "
      "tax net, adding that \"there is no plan B\".")
I8 = "Pakistan narrowly avoided a sovereign default last year."
I9 = ("The opposition Pakistan Tehreek-e-Insaf (PTI) party of jailed former prime minister Imran Khan accused the "
      "government of burdening ordinary people with new taxes.")
I10 = ("In February, the PTI had written to the IMF asking it to tie any new deal to an audit of the disputed "
       "general election.")
I11 = ("Traders in Karachi, Lahore and other cities shut their shops last month in protest against higher taxes and "
       "electricity bills.")
I12 = ("The IMF said Pakistan's economy had stabilised, with inflation falling to 9.6 percent in August from a peak "
       "of almost 40 percent last year.")
I13 = "Each tranche of the programme depends on Islamabad meeting quarterly targets."

EN01 = {
    "id": "hm230-en-01", "lang": "en", "url": None, "published": "2024-09-26",
    "title": "IMF approves $7 billion loan programme for Pakistan",
    "text": paragraphs([I1, I2], [I3, I4, I5], [I6, I7, I8], [I9, I10, I11], [I12, I13]),
    "events": [
        event("AID", IMF, PAK_GOV, I1),
        event("AGREE", PAK_GOV, IMF, I2),
        event("SUPPORT", GEORGIEVA, PAK_GOV, I3),
        event("REQUEST", GEORGIEVA, PAK_GOV, I3, mode="change"),
        event("SUPPORT", SHARIF, GEORGIEVA, I4),
        event("AID", CHINA3, PAK_GOV, I5),
        event("AID", SAUDI, PAK_GOV, I5),
        event("AID", UAE, PAK_GOV, I5),
        event("AGREE", PAK_GOV, IMF, I6),
        event("ACCUSE", PTI, PAK_GOV, I9, mode="disapprove"),
        event("REQUEST", PTI, IMF, I10, mode="change"),
        event("PROTEST", PAK_TRADERS, PAK_GOV, I11, mode="strike"),
    ],
    "quotes": [
        quote("The International Monetary Fund's executive board has approved a $7 billion loan programme for "
              "Pakistan, giving the cash-strapped country immediate access to about $1 billion",
              "International Monetary Fund", "indirect"),
        quote("Pakistan has made good progress, but it needs to stay the course", "Kristalina Georgieva", "direct"),
        quote("fully and on time", "Kristalina Georgieva", "direct"),
        quote("the programme should be the country's last", "Shehbaz Sharif", "indirect"),
        quote("the government would bring retailers and farmers into the tax net", "Muhammad Aurangzeb", "indirect"),
        quote("there is no plan B", "Muhammad Aurangzeb", "direct"),
        quote("Pakistan's economy had stabilised, with inflation falling to 9.6 percent in August from a peak of "
              "almost 40 percent last year", "International Monetary Fund", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["ISLAMABAD", "Islamabad"]),
        entity("International Monetary Fund", "ORG", "IGO", ["The International Monetary Fund's executive board",
                                                            "the lender", "the IMF", "The IMF"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "the cash-strapped country", "Pakistan's"]),
        entity("Extended Fund Facility", "MISC", "IGO", ["The 37-month Extended Fund Facility"]),
        entity("Kristalina Georgieva", "PER", "IGO", ["IMF Managing Director Kristalina Georgieva", "Georgieva"]),
        entity("Government of Pakistan", "ORG", "PAK", ["the government", "the federal government"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Prime Minister Shehbaz Sharif"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates"]),
        entity("Muhammad Aurangzeb", "PER", "PAK", ["Finance Minister Muhammad Aurangzeb"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["The opposition Pakistan Tehreek-e-Insaf (PTI) party",
                                                         "the PTI"]),
        entity("Imran Khan", "PER", "PAK", ["jailed former prime minister Imran Khan"]),
        entity("Karachi", "LOC", "PAK", ["Karachi"]),
        entity("Lahore", "LOC", "PAK", ["Lahore"]),
        entity("Pakistani traders", "ORG", "PAK", ["Traders"]),
    ],
}

# ---------------------------------------------------------------- hm230-en-02 (Hong Kong sedition arrests, June 4 posts)
HK_POLICE = actor("Hong Kong Police Force", "CHN", "COP")
HK_ACTIVISTS = actor("pro-democracy activists in Hong Kong", "CHN", "CVL")
CHOW = actor("Chow Hang-tung", "CHN", "CVL")
STEVE_LI = actor("Steve Li", "CHN", "COP")
JOHN_LEE = actor("John Lee", "CHN", "GOV")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
CHRIS_TANG = actor("Chris Tang", "CHN", "GOV")
OSNS = actor("Office for Safeguarding National Security in Hong Kong", "CHN", "GOV")

H1 = ("HONG KONG, May 29 (Reuters) - Hong Kong national security police have arrested six people on suspicion of "
      "sedition over social media posts marking the anniversary of the 1989 Tiananmen Square crackdown, the first "
      "arrests under the city's new Article 23 security law.")
H2 = ("Among those detained is jailed activist Chow Hang-tung, a former organiser of the city's annual June 4 "
      "candlelight vigil, police said.")
H3 = ("Chief Superintendent Steve Li of the police's national security department said a Facebook page had published "
      "posts \"with seditious intention\" ahead of a \"sensitive date\", aiming to incite hatred against the central "
      "government and the city's judiciary.")
H4 = ("Chief Executive John Lee told reporters the authorities would \"not tolerate\" anyone using the anniversary to "
      "endanger national security.")
H5 = ("Britain's Foreign Office said it was concerned that the law was being used to restrict freedom of expression, "
      "and urged the Hong Kong authorities to release those detained.")
H6 = "The U.S. State Department also criticised the arrests."
H7 = "China's foreign ministry rejected the criticism as \"gross interference\" in China's internal affairs."
H8 = ("Amnesty International called the arrests \"a chilling sign\" of how the law would be used to silence peaceful "
      "commemoration.")
H9 = ("Chow, a barrister, has been in prison since 2021 and is awaiting trial on a separate subversion charge under "
      "the 2020 national security law.")
H10 = "The vigil in Victoria Park has not been held since 2020."
H11 = ("Hong Kong's security chief Chris Tang said police would \"spare no effort\" to counter any attempt to \"stir "
       "up trouble\" around the anniversary.")
H12 = ("The Office for Safeguarding National Security, Beijing's security agency in the city, said it firmly "
       "supported the police action.")
H13 = "Under the new law, sedition carries a penalty of up to seven years in prison."

EN02 = {
    "id": "hm230-en-02", "lang": "en", "url": None, "published": "2024-05-29",
    "title": "Hong Kong police make first Article 23 arrests over Tiananmen anniversary posts",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10], [H11, H12, H13]),
    "events": [
        event("COERCE", HK_POLICE, HK_ACTIVISTS, H1, mode="arrest", location="Hong Kong", location_country="HKG"),
        event("COERCE", HK_POLICE, CHOW, H2, mode="arrest"),
        event("ACCUSE", STEVE_LI, CHOW, H3, mode="allege"),
        event("THREATEN", JOHN_LEE, HK_ACTIVISTS, H4, mode="arrest"),
        event("ACCUSE", UK_FCDO, HK_GOV, H5, mode="disapprove"),
        event("REQUEST", UK_FCDO, HK_GOV, H5, mode="yield"),
        event("ACCUSE", US_STATE, HK_GOV, H6, mode="disapprove"),
        event("ACCUSE", CHN_MFA, UK_FCDO, H7, mode="disapprove"),
        event("ACCUSE", CHN_MFA, US_STATE, H7, mode="disapprove"),
        event("ACCUSE", AMNESTY, HK_POLICE, H8, mode="disapprove"),
        event("THREATEN", CHRIS_TANG, HK_ACTIVISTS, H11, mode="arrest"),
        event("SUPPORT", OSNS, HK_POLICE, H12),
    ],
    "quotes": [
        quote("Among those detained is jailed activist Chow Hang-tung, a former organiser of the city's annual June 4 "
              "candlelight vigil", "Hong Kong Police Force", "indirect"),
        quote("with seditious intention", "Steve Li", "direct"),
        quote("sensitive date", "Steve Li", "direct"),
        quote("a Facebook page had published posts \"with seditious intention\" ahead of a \"sensitive date\", aiming "
              "to incite hatred against the central government and the city's judiciary", "Steve Li", "indirect"),
        quote("not tolerate", "John Lee", "direct"),
        quote("the authorities would \"not tolerate\" anyone using the anniversary to endanger national security",
              "John Lee", "indirect"),
        quote("it was concerned that the law was being used to restrict freedom of expression",
              "Foreign, Commonwealth and Development Office", "indirect"),
        quote("gross interference", "Ministry of Foreign Affairs of China", "direct"),
        quote("a chilling sign", "Amnesty International", "direct"),
        quote("spare no effort", "Chris Tang", "direct"),
        quote("stir up trouble", "Chris Tang", "direct"),
        quote("police would \"spare no effort\" to counter any attempt to \"stir up trouble\" around the anniversary",
              "Chris Tang", "indirect"),
        quote("it firmly supported the police action", "Office for Safeguarding National Security in Hong Kong",
              "indirect"),
    ],
    "entities": [
        entity("Hong Kong", "LOC", "CHN", ["HONG KONG", "Hong Kong", "the city's", "the city"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["Hong Kong national security police", "police",
                                                       "the police's national security department"]),
        entity("Tiananmen Square", "LOC", "CHN", ["Tiananmen Square"]),
        entity("Article 23 security law", "MISC", "CHN", ["the city's new Article 23 security law", "the law",
                                                         "the new law"]),
        entity("Chow Hang-tung", "PER", "CHN", ["jailed activist Chow Hang-tung", "Chow"]),
        entity("Steve Li", "PER", "CHN", ["Chief Superintendent Steve Li"]),
        entity("Facebook", "ORG", "MNC", ["a Facebook page"]),
        entity("John Lee", "PER", "CHN", ["Chief Executive John Lee"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["the Hong Kong authorities", "the authorities"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China's foreign ministry"]),
        entity("China", "LOC", "CHN", ["China's", "Beijing's"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Victoria Park", "LOC", "CHN", ["Victoria Park"]),
        entity("Chris Tang", "PER", "CHN", ["Hong Kong's security chief Chris Tang"]),
        entity("Office for Safeguarding National Security in Hong Kong", "ORG", "CHN",
               ["The Office for Safeguarding National Security", "Beijing's security agency in the city"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
