"""Round 223: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm223-de-01: Thailand suspends the Kuala Lumpur peace declaration with Cambodia after a landmine wounds Thai soldiers in Sisaket; the release of 18 Cambodian soldiers is off, Phnom Penh denies and demands it, Malaysia appeals, Hun Manet calls Anwar (2025-11-10).
- hm223-de-02: Former chief justice Sushila Karki sworn in as Nepal's interim prime minister after the Gen Z protests; talks with army chief Sigdel, police shootings, arson and Oli's resignation, inquiry commission, curfew lifted, Modi and Guterres react (2025-09-13).
- hm223-de-03: A Chinese bus attendant, Hu Youping, dies after shielding a Japanese mother and child from a knife attack in Suzhou; arrest, Mao Ning's "isolated case", Hayashi's demand and praise, Weibo and Douyin block accounts, Kishida's condolences (2024-06-28).
- hm223-de-04: Pakistan-Afghanistan talks in Istanbul end without agreement; Khawaja Asif rules out more rounds and threatens, Mujahid blames Islamabad but keeps the truce, Turkey appeals, firefight at Chaman, Tarar's warning (2025-11-08).
- hm223-en-01: Kim Jong Un calls South Korea the "primary foe", rejects the Northern Limit Line and scraps the reunification agencies; Yoon threatens retaliation, Seoul's Unification Ministry objects, IRBM test condemned, Washington's offer of talks (2024-01-16).
- hm223-en-02: CCAT leader Christian Tein and six other New Caledonian activists flown to mainland France for pre-trial detention; renewed riots and tear gas, arrests, the FLNKS objects, Backès approves, Lagarde asks Paris for police (2024-06-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm223-de-01 (Thailand/Cambodia, landmine)
THAILAND = actor("Thailand", "THA", "GOV")
CAMBODIA = actor("Cambodia", "KHM", "GOV")
ANUTIN = actor("Anutin Charnvirakul", "THA", "GOV")
THA_MOD = actor("Ministry of Defence of Thailand", "THA", "GOV")
KHM_POWS = actor("Cambodian soldiers held in Thailand", "KHM", "MIL")
SOCHEATA = actor("Maly Socheata", "KHM", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
MOHAMAD = actor("Mohamad Hasan", "MYS", "GOV")
RTA = actor("Royal Thai Army", "THA", "MIL")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")

A1 = ("Bangkok (dpa) - Nach einer Minenexplosion an der Grenze zu Kambodscha hat Thailand die Umsetzung des "
      "Friedensabkommens mit dem Nachbarland ausgesetzt.")
A2 = ("Bei der Detonation in der Provinz Sisaket waren am Montagmorgen zwei thailändische Soldaten einer Patrouille "
      "verletzt worden, einer von ihnen verlor einen Fuß.")
A3 = "Ministerpräsident Anutin Charnvirakul warf Kambodscha vor, trotz der Vereinbarung neue Minen verlegt zu haben."
A4 = ("„Solange die Feindseligkeiten andauern, ist die Erklärung von Kuala Lumpur für uns ausgesetzt“, sagte der "
      "Regierungschef vor Journalisten in Bangkok.")
A5 = ("Auch die zugesagte Freilassung von 18 kambodschanischen Soldaten, die seit den Kämpfen im Juli in "
      "thailändischem Gewahrsam sind, werde vorerst nicht stattfinden, teilte das Verteidigungsministerium mit.")
A6 = "Phnom Penh wies die Vorwürfe zurück."
A7 = ("Bei den Minen handele es sich um Altlasten aus den jahrzehntelangen Bürgerkriegen, erklärte die Sprecherin "
      "des kambodschanischen Verteidigungsministeriums, Maly Socheata.")
A8 = "Sie forderte Bangkok auf, sich an die Vereinbarung zu halten und die Gefangenen wie versprochen freizulassen."
A9 = ("Die Erklärung war Ende Oktober am Rande des Asean-Gipfels in Kuala Lumpur im Beisein von US-Präsident Donald "
      "Trump und des malaysischen Regierungschefs Anwar Ibrahim unterzeichnet worden.")
A10 = "Trump hatte beiden Ländern im Sommer mit dem Abbruch der Handelsgespräche gedroht, sollten die Kämpfe weitergehen."
A11 = "Der malaysische Außenminister Mohamad Hasan rief beide Seiten zur Zurückhaltung auf."
A12 = "Die thailändische Armee verlegte nach eigenen Angaben zusätzliche Einheiten in den Grenzabschnitt."
A13 = ("Im Juli waren bei fünftägigen Gefechten entlang der Grenze mehr als 40 Menschen getötet und rund 300.000 "
       "vertrieben worden.")
A14 = "Der kambodschanische Regierungschef Hun Manet telefonierte am Abend mit Anwar, wie sein Büro mitteilte."
A15 = "Kambodscha bleibe dem Frieden verpflichtet, ließ er danach erklären."

DE01 = {
    "id": "hm223-de-01", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Thailand setzt Friedensabkommen mit Kambodscha aus",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15]),
    "events": [
        event("SANCTION", THAILAND, CAMBODIA, A1, mode="discontinue"),
        event("ACCUSE", ANUTIN, CAMBODIA, A3, mode="allege"),
        event("SANCTION", ANUTIN, CAMBODIA, A4, mode="discontinue"),
        event("RETREAT", THA_MOD, KHM_POWS, A5, mode="release", negated=True),
        event("REQUEST", SOCHEATA, THAILAND, A8, mode="yield"),
        event("SUPPORT", THAILAND, CAMBODIA, A9, location="Kuala Lumpur", location_country="MYS"),
        event("THREATEN", TRUMP, THAILAND, A10, mode="relations"),
        event("THREATEN", TRUMP, CAMBODIA, A10, mode="relations"),
        event("REQUEST", MOHAMAD, THAILAND, A11),
        event("REQUEST", MOHAMAD, CAMBODIA, A11),
        event("MOBILIZE", RTA, None, A12, mode="troops"),
        event("CONSULT", HUN_MANET, ANWAR, A14, mode="phone", date="2025-11-10"),
        event("AGREE", HUN_MANET, THAILAND, A15),
    ],
    "quotes": [
        quote("Solange die Feindseligkeiten andauern, ist die Erklärung von Kuala Lumpur für uns ausgesetzt",
              "Anutin Charnvirakul", "direct"),
        quote("Auch die zugesagte Freilassung von 18 kambodschanischen Soldaten, die seit den Kämpfen im Juli in "
              "thailändischem Gewahrsam sind, werde vorerst nicht stattfinden", "Ministry of Defence of Thailand",
              "indirect"),
        quote("Bei den Minen handele es sich um Altlasten aus den jahrzehntelangen Bürgerkriegen", "Maly Socheata",
              "indirect"),
        quote("Kambodscha bleibe dem Frieden verpflichtet", "Hun Manet", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Thailand", "LOC", "THA", ["Thailand"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodscha"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Sisaket", "LOC", "THA", ["Provinz Sisaket"]),
        entity("Anutin Charnvirakul", "PER", "THA", ["Ministerpräsident Anutin Charnvirakul", "der Regierungschef"]),
        entity("Kuala Lumpur Peace Declaration", "MISC", "MYS", ["Erklärung von Kuala Lumpur", "Die Erklärung"]),
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Ministry of Defence of Thailand", "ORG", "THA", ["das Verteidigungsministerium"]),
        entity("Ministry of National Defence of Cambodia", "ORG", "KHM",
               ["des kambodschanischen Verteidigungsministeriums"]),
        entity("Maly Socheata", "PER", "KHM", ["Maly Socheata"]),
        entity("ASEAN", "ORG", "IGO", ["Asean"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["des malaysischen Regierungschefs Anwar Ibrahim", "Anwar"]),
        entity("Mohamad Hasan", "PER", "MYS", ["Der malaysische Außenminister Mohamad Hasan"]),
        entity("Royal Thai Army", "ORG", "THA", ["Die thailändische Armee"]),
        entity("Hun Manet", "PER", "KHM", ["Der kambodschanische Regierungschef Hun Manet"]),
    ],
}

# ---------------------------------------------------------------- hm223-de-02 (Nepal, Karki sworn in)
PAUDEL = actor("Ram Chandra Paudel", "NPL", "GOV")
KARKI = actor("Sushila Karki", "NPL", "GOV")
SIGDEL = actor("Ashok Raj Sigdel", "NPL", "MIL")
GENZ = actor("Gen Z protesters", "NPL", "CVL")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")
NPL_PARL = actor("Federal Parliament of Nepal", "NPL", "LEG")
NPL_PARTIES = actor("Nepalese political parties", "NPL", "PTY")
OLI = actor("K. P. Sharma Oli", "NPL", "GOV")
NPL_ARMY = actor("Nepali Army", "NPL", "MIL")
MODI = actor("Narendra Modi", "IND", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
UML = actor("CPN-UML", "NPL", "PTY")

B1 = ("Kathmandu (AFP) - Nach den blutigsten Unruhen in Nepal seit Jahrzehnten ist die frühere Oberste Richterin "
      "Sushila Karki als Übergangsregierungschefin vereidigt worden.")
B2 = ("Ihre Vereidigung durch Präsident Ram Chandra Paudel folgte auf tagelange Verhandlungen zwischen Armeechef "
      "Ashok Raj Sigdel und Vertretern der jungen Demonstranten.")
B3 = ("Die Protestbewegung der sogenannten Generation Z hatte Karki zuvor in einer Online-Abstimmung zu ihrer "
      "Wunschkandidatin bestimmt.")
B4 = "Das Parlament wurde noch in der Nacht aufgelöst, Neuwahlen sollen am 5. März stattfinden."
B5 = ("Auslöser der Proteste war die Sperre von 26 Online-Plattformen wie Facebook und YouTube, die die Regierung in "
      "der Vorwoche verhängt hatte.")
B6 = "Als Tausende junge Menschen am Montag vor das Parlament zogen, schoss die Polizei in die Menge."
B7 = ("Am Dienstag steckten Demonstranten das Parlamentsgebäude, Parteizentralen und Häuser von Politikern in Brand, "
      "Ministerpräsident K. P. Sharma Oli trat zurück.")
B8 = "Nach Behördenangaben kamen bei den Unruhen mindestens 51 Menschen ums Leben."
B9 = "Karki setzte am Samstag eine unabhängige Kommission ein, die die Tötung von Demonstranten untersuchen soll."
B10 = ("„Wir sind nicht hier, um an der Macht zu kleben“, sagte sie in ihrer ersten Ansprache, „nach sechs Monaten "
       "übergeben wir an ein gewähltes Parlament.“")
B11 = "Die Armee hob die Ausgangssperre im Kathmandutal am Samstagmorgen auf."
B12 = "Der indische Regierungschef Narendra Modi gratulierte Karki und sprach von einem »neuen Kapitel« für Nepal."
B13 = "UN-Generalsekretär António Guterres forderte eine Aufarbeitung der Gewalt und einen friedlichen Übergang."
B14 = "Olis Partei CPN-UML kritisierte die Auflösung des Parlaments als verfassungswidrig."

DE02 = {
    "id": "hm223-de-02", "lang": "de", "url": None, "published": "2025-09-13",
    "title": "Frühere Richterin Karki führt Nepals Übergangsregierung",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11], [B12, B13, B14]),
    "events": [
        event("CONSULT", SIGDEL, GENZ, B2),
        event("SUPPORT", GENZ, KARKI, B3),
        event("COERCE", NPL_GOV, None, B5, mode="censor"),
        event("PROTEST", GENZ, NPL_GOV, B6, mode="demo", date="2025-09-08", location="Kathmandu",
              location_country="NPL"),
        event("ASSAULT", NPL_POLICE, GENZ, B6, mode="firearms", date="2025-09-08", location="Kathmandu",
              location_country="NPL"),
        event("ASSAULT", GENZ, NPL_PARL, B7, mode="primitive", date="2025-09-09", location="Kathmandu",
              location_country="NPL"),
        event("ASSAULT", GENZ, NPL_PARTIES, B7, mode="primitive", date="2025-09-09"),
        event("RETREAT", OLI, None, B7, mode="resign", date="2025-09-09"),
        event("ACCUSE", KARKI, NPL_POLICE, B9, mode="investigate", date="2025-09-13"),
        event("CONCEDE", KARKI, None, B10),
        event("CONCEDE", NPL_ARMY, None, B11, date="2025-09-13", location="Kathmandu Valley", location_country="NPL"),
        event("SUPPORT", MODI, KARKI, B12),
        event("REQUEST", GUTERRES, NPL_GOV, B13, mode="change"),
        event("ACCUSE", UML, PAUDEL, B14, mode="disapprove"),
    ],
    "quotes": [
        quote("kamen bei den Unruhen mindestens 51 Menschen ums Leben", "Nepalese authorities", "indirect"),
        quote("Wir sind nicht hier, um an der Macht zu kleben", "Sushila Karki", "direct"),
        quote("nach sechs Monaten übergeben wir an ein gewähltes Parlament", "Sushila Karki", "direct"),
        quote("neuen Kapitel", "Narendra Modi", "direct"),
    ],
    "entities": [
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Nepal", "LOC", "NPL", ["Nepal"]),
        entity("Sushila Karki", "PER", "NPL", ["die frühere Oberste Richterin Sushila Karki", "Karki"]),
        entity("Ram Chandra Paudel", "PER", "NPL", ["Präsident Ram Chandra Paudel"]),
        entity("Ashok Raj Sigdel", "PER", "NPL", ["Armeechef Ashok Raj Sigdel"]),
        entity("Gen Z protest movement", "ORG", "NPL",
               ["Die Protestbewegung der sogenannten Generation Z", "der jungen Demonstranten", "Demonstranten"]),
        entity("Federal Parliament of Nepal", "ORG", "NPL", ["Das Parlament", "das Parlament", "das Parlamentsgebäude"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Government of Nepal", "ORG", "NPL", ["die Regierung"]),
        entity("Nepal Police", "ORG", "NPL", ["die Polizei"]),
        entity("K. P. Sharma Oli", "PER", "NPL", ["Ministerpräsident K. P. Sharma Oli", "Olis"]),
        entity("Nepali Army", "ORG", "NPL", ["Die Armee"]),
        entity("Kathmandu Valley", "LOC", "NPL", ["Kathmandutal"]),
        entity("Narendra Modi", "PER", "IND", ["Der indische Regierungschef Narendra Modi"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("CPN-UML", "ORG", "NPL", ["Olis Partei CPN-UML"]),
    ],
}

# ---------------------------------------------------------------- hm223-de-03 (Suzhou knife attack, Hu Youping)
ATTACKER = actor("knife attacker in Suzhou", "CHN", "CVL")
JPN_VICTIMS = actor("Japanese mother and child in Suzhou", "JPN", "CVL")
HU = actor("Hu Youping", "CHN", "CVL")
SZ_POLICE = actor("Suzhou police", "CHN", "COP")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
CHINA = actor("China", "CHN", "GOV")
SZ_GOV = actor("Suzhou city government", "CHN", "GOV")
WEIBO = actor("Weibo", "CHN", "BUS")
DOUYIN = actor("Douyin", "CHN", "BUS")
JPN_OPP = actor("Japanese opposition politicians", "JPN", "OPP")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")
HU_FAMILY = actor("family of Hu Youping", "CHN", "CVL")

C1 = ("Peking (Reuters) - Nach dem Messerangriff auf eine japanische Mutter und ihr Kind im ostchinesischen Suzhou "
      "ist eine chinesische Busbegleiterin ihren Verletzungen erlegen.")
C2 = ("Ein Mann hatte am Montag an einer Haltestelle des Schulbusses der Japanischen Schule in Suzhou mit einem "
      "Messer auf die Wartenden eingestochen.")
C3 = "Die 54-jährige Hu Youping versuchte, ihn aufzuhalten, und wurde dabei schwer verletzt."
C4 = "Die Polizei nahm den 52 Jahre alten Angreifer noch am Tatort fest."
C5 = "Der Mann sei arbeitslos gewesen, teilte die Polizei mit."
C6 = "Es handele sich um einen »Einzelfall«, sagte die Sprecherin des Außenministeriums, Mao Ning."
C7 = ("Regierungssprecher Yoshimasa Hayashi verlangte von Peking eine Aufklärung der Tat und Garantien für die "
      "Sicherheit japanischer Staatsbürger.")
C8 = "Zugleich würdigte er den Mut der Chinesin, die »selbstlos« eingegriffen habe."
C9 = "Die Stadtregierung von Suzhou kündigte an, Hu posthum als »Vorbild an Mut« auszuzeichnen."
C10 = ("Erst zwei Wochen zuvor waren in der nordöstlichen Stadt Jilin vier Dozenten aus den USA bei einem "
       "Messerangriff verletzt worden.")
C11 = ("Die Plattformen Weibo und Douyin sperrten nach eigenen Angaben Dutzende Konten, die zu Hass gegen Japaner "
       "aufgestachelt hätten.")
C12 = ("Japanische Oppositionspolitiker warfen Peking vor, mit antijapanischer Propaganda ein feindseliges Klima zu "
       "schüren.")
C13 = "Das chinesische Außenministerium wies dies zurück."
C14 = "Der japanische Regierungschef Fumio Kishida sprach der Familie der Getöteten sein Beileid aus."

DE03 = {
    "id": "hm223-de-03", "lang": "de", "url": None, "published": "2024-06-28",
    "title": "Chinesin stirbt nach Angriff auf Japaner in Suzhou",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8, C9, C10], [C11, C12, C13, C14]),
    "events": [
        event("ASSAULT", ATTACKER, JPN_VICTIMS, C1, mode="primitive", location="Suzhou", location_country="CHN"),
        event("ASSAULT", ATTACKER, JPN_VICTIMS, C2, mode="primitive", date="2024-06-24", location="Suzhou",
              location_country="CHN"),
        event("ASSAULT", ATTACKER, HU, C3, mode="primitive", date="2024-06-24", location="Suzhou",
              location_country="CHN"),
        event("COERCE", SZ_POLICE, ATTACKER, C4, mode="arrest", date="2024-06-24", location="Suzhou",
              location_country="CHN"),
        event("REQUEST", HAYASHI, CHINA, C7),
        event("SUPPORT", HAYASHI, HU, C8),
        event("AGREE", SZ_GOV, HU, C9),
        event("COERCE", WEIBO, None, C11, mode="censor"),
        event("COERCE", DOUYIN, None, C11, mode="censor"),
        event("ACCUSE", JPN_OPP, CHINA, C12, mode="allege"),
        event("SUPPORT", KISHIDA, HU_FAMILY, C14),
    ],
    "quotes": [
        quote("Der Mann sei arbeitslos gewesen", "Suzhou police", "indirect"),
        quote("Einzelfall", "Mao Ning", "direct"),
        quote("Es handele sich um einen »Einzelfall«", "Mao Ning", "indirect"),
        quote("selbstlos", "Yoshimasa Hayashi", "direct"),
        quote("die »selbstlos« eingegriffen habe", "Yoshimasa Hayashi", "indirect"),
        quote("Vorbild an Mut", "Suzhou city government", "direct"),
        quote("die zu Hass gegen Japaner aufgestachelt hätten", "Weibo and Douyin", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Suzhou", "LOC", "CHN", ["Suzhou"]),
        entity("Hu Youping", "PER", "CHN", ["eine chinesische Busbegleiterin", "Die 54-jährige Hu Youping", "Hu",
                                           "der Chinesin", "der Getöteten"]),
        entity("Japanese School of Suzhou", "ORG", "JPN", ["der Japanischen Schule in Suzhou"]),
        entity("Suzhou police", "ORG", "CHN", ["Die Polizei", "die Polizei"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN",
               ["des Außenministeriums", "Das chinesische Außenministerium"]),
        entity("Mao Ning", "PER", "CHN", ["Mao Ning"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi"]),
        entity("Suzhou city government", "ORG", "CHN", ["Die Stadtregierung von Suzhou"]),
        entity("Jilin", "LOC", "CHN", ["Jilin"]),
        entity("United States", "LOC", "USA", ["USA"]),
        entity("Weibo", "ORG", "CHN", ["Weibo"]),
        entity("Douyin", "ORG", "CHN", ["Douyin"]),
        entity("Fumio Kishida", "PER", "JPN", ["Der japanische Regierungschef Fumio Kishida"]),
    ],
}

# ---------------------------------------------------------------- hm223-de-04 (Pakistan-Afghanistan, Istanbul)
PAKISTAN = actor("Pakistan", "PAK", "GOV")
AFGHANISTAN = actor("Afghanistan", "AFG", "GOV")
ASIF = actor("Khawaja Asif", "PAK", "GOV")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
PAK_BORDER = actor("Pakistani border forces", "PAK", "MIL")
AFG_BORDER = actor("Afghan border forces", "AFG", "MIL")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
TTP = actor("Tehrik-i-Taliban Pakistan", "PAK", "REB")

D1 = ("Islamabad (dpa) - Die Gespräche zwischen Pakistan und Afghanistan über eine dauerhafte Waffenruhe sind in "
      "Istanbul ohne Einigung zu Ende gegangen.")
D2 = ("Es werde »keine weiteren Runden« geben, sagte der pakistanische Verteidigungsminister Khawaja Asif am "
      "Freitagabend im Fernsehen.")
D3 = ("Die afghanische Delegation habe sich geweigert, schriftlich zuzusichern, dass Kabul gegen Kämpfer der "
      "pakistanischen Taliban (TTP) vorgehe.")
D4 = ("Taliban-Sprecher Zabihullah Mujahid machte die »unverantwortliche und unkooperative« Haltung der "
      "pakistanischen Delegation für das Scheitern verantwortlich.")
D5 = "Afghanistan sei nicht für die Sicherheit Pakistans verantwortlich, erklärte er."
D6 = "Die Waffenruhe werde man aber einhalten, solange Pakistan sie nicht verletze."
D7 = "Asif drohte seinerseits mit Vergeltung, sollte es erneut Angriffe von afghanischem Boden aus geben."
D8 = ("Die Türkei, die die Gespräche gemeinsam mit Katar vermittelt hatte, rief beide Seiten auf, den Dialog "
      "fortzusetzen.")
D9 = ("Noch am Donnerstag hatten sich pakistanische und afghanische Grenztruppen nahe dem Übergang Chaman ein "
      "Feuergefecht geliefert.")
D10 = "Beide Seiten warfen sich gegenseitig vor, zuerst geschossen zu haben."
D11 = ("Die Grenzübergänge zwischen den beiden Ländern sind seit Mitte Oktober geschlossen, der Handel ist "
       "weitgehend zum Erliegen gekommen.")
D12 = ("Im Oktober waren bei den schwersten Gefechten seit Jahren Dutzende Soldaten und Kämpfer getötet worden, bevor "
       "sich beide Seiten in Doha auf eine Waffenruhe einigten.")
D13 = ("Informationsminister Attaullah Tarar sagte, Pakistan werde »alle notwendigen Maßnahmen« ergreifen, um seine "
       "Bürger vor Terroristen zu schützen.")

DE04 = {
    "id": "hm223-de-04", "lang": "de", "url": None, "published": "2025-11-08",
    "title": "Pakistan und Afghanistan: Gespräche in Istanbul gescheitert",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D9, D10, D11], [D12, D13]),
    "events": [
        event("CONSULT", PAKISTAN, AFGHANISTAN, D1, mode="third-party", location="Istanbul", location_country="TUR"),
        event("REJECT", ASIF, AFGHANISTAN, D2, mode="meet", date="2025-11-07"),
        event("ACCUSE", ASIF, AFGHANISTAN, D3, mode="allege"),
        event("ACCUSE", MUJAHID, PAKISTAN, D4, mode="disapprove"),
        event("AGREE", MUJAHID, PAKISTAN, D6),
        event("THREATEN", ASIF, AFGHANISTAN, D7, mode="violence"),
        event("REQUEST", TURKEY, PAKISTAN, D8, mode="meet"),
        event("REQUEST", TURKEY, AFGHANISTAN, D8, mode="meet"),
        event("ASSAULT", PAK_BORDER, AFG_BORDER, D9, mode="firearms", date="2025-11-06", location="Chaman",
              location_country="PAK"),
        event("ACCUSE", PAKISTAN, AFGHANISTAN, D10, mode="allege"),
        event("ACCUSE", AFGHANISTAN, PAKISTAN, D10, mode="allege"),
        event("AGREE", PAKISTAN, AFGHANISTAN, D12, location="Doha", location_country="QAT"),
        event("THREATEN", TARAR, TTP, D13, mode="violence"),
    ],
    "quotes": [
        quote("keine weiteren Runden", "Khawaja Asif", "direct"),
        quote("Es werde »keine weiteren Runden« geben", "Khawaja Asif", "indirect"),
        quote("Die afghanische Delegation habe sich geweigert, schriftlich zuzusichern, dass Kabul gegen Kämpfer der "
              "pakistanischen Taliban (TTP) vorgehe", "Khawaja Asif", "indirect"),
        quote("unverantwortliche und unkooperative", "Zabihullah Mujahid", "direct"),
        quote("Afghanistan sei nicht für die Sicherheit Pakistans verantwortlich", "Zabihullah Mujahid", "indirect"),
        quote("Die Waffenruhe werde man aber einhalten, solange Pakistan sie nicht verletze", "Zabihullah Mujahid",
              "indirect"),
        quote("alle notwendigen Maßnahmen", "Attaullah Tarar", "direct"),
        quote("Pakistan werde »alle notwendigen Maßnahmen« ergreifen, um seine Bürger vor Terroristen zu schützen",
              "Attaullah Tarar", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan", "Pakistans"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Kabul", "LOC", "AFG", ["Kabul"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Khawaja Asif", "PER", "PAK", ["der pakistanische Verteidigungsminister Khawaja Asif", "Asif"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["pakistanischen Taliban", "TTP"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Zabihullah Mujahid"]),
        entity("Turkey", "LOC", "TUR", ["Die Türkei"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Chaman", "LOC", "PAK", ["Übergang Chaman"]),
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar"]),
    ],
}

# ---------------------------------------------------------------- hm223-en-01 (North Korea, "primary foe")
KIM = actor("Kim Jong Un", "PRK", "GOV")
SOUTH_KOREA = actor("South Korea", "KOR", "GOV")
SPA = actor("Supreme People's Assembly", "PRK", "LEG")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
NORTH_KOREA = actor("North Korea", "PRK", "GOV")
MOU = actor("Ministry of Unification of South Korea", "KOR", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
USA = actor("United States", "USA", "GOV")

E1 = ("SEOUL, Jan 16 (Reuters) - North Korean leader Kim Jong Un has called for the constitution to be rewritten to "
      "define South Korea as the North's \"primary foe\", state media said on Tuesday, abandoning decades of official "
      "commitment to eventual reunification.")
E2 = ("In a speech to the Supreme People's Assembly, Kim said the North would not recognise the Northern Limit Line, "
      "the de facto maritime border, and warned that any intrusion into its claimed waters would be treated as an act "
      "of war.")
E3 = ("\"We do not want war, but we have no intention of avoiding it,\" Kim said, according to the official KCNA news "
      "agency.")
E4 = ("The assembly voted to abolish the three agencies that handled inter-Korean dialogue and economic cooperation, "
      "including the Committee for the Peaceful Reunification of the Country.")
E5 = ("Kim also ordered the demolition of the Arch of Reunification, a monument on the southern edge of Pyongyang, "
      "calling it an \"eyesore\".")
E6 = ("South Korean President Yoon Suk Yeol told a cabinet meeting that Seoul would retaliate \"multiple times over\" "
      "if the North carried out any provocation.")
E7 = ("He called the regime in Pyongyang \"anti-national\" and said it was trying to sow division in the South ahead "
      "of April's parliamentary elections.")
E8 = ("Seoul's Unification Ministry said the moves were a \"regrettable\" betrayal of the Korean people's shared "
      "history.")
E9 = ("On Sunday, North Korea launched a solid-fuel intermediate-range ballistic missile with a hypersonic warhead, "
      "South Korea's Joint Chiefs of Staff said.")
E10 = "The launch drew condemnation from Seoul and Tokyo."
E11 = ("The United States remained open to talks with Pyongyang without preconditions, State Department spokesman "
       "Matthew Miller said.")
E12 = "North Korea has repeatedly rejected such overtures."
E13 = ("Analysts said the shift could pave the way for clashes along the disputed sea border, but few expected a "
       "full-scale conflict.")
E14 = "Inter-Korean liaison and military hotlines have gone unanswered since April last year."

EN01 = {
    "id": "hm223-en-01", "lang": "en", "url": None, "published": "2024-01-16",
    "title": "North Korea's Kim calls South Korea 'primary foe', scraps reunification agencies",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8], [E9, E10, E11, E12], [E13, E14]),
    "events": [
        event("ACCUSE", KIM, SOUTH_KOREA, E1, mode="disapprove"),
        event("THREATEN", KIM, SOUTH_KOREA, E2, mode="violence"),
        event("THREATEN", KIM, SOUTH_KOREA, E3, mode="violence"),
        event("SANCTION", SPA, SOUTH_KOREA, E4, mode="discontinue"),
        event("THREATEN", YOON, NORTH_KOREA, E6, mode="violence", date="2024-01-16"),
        event("ACCUSE", YOON, NORTH_KOREA, E7, mode="disapprove"),
        event("ACCUSE", MOU, NORTH_KOREA, E8, mode="disapprove"),
        event("MOBILIZE", NORTH_KOREA, None, E9, mode="weapons", date="2024-01-14"),
        event("ACCUSE", SOUTH_KOREA, NORTH_KOREA, E10, mode="disapprove"),
        event("ACCUSE", JAPAN, NORTH_KOREA, E10, mode="disapprove"),
        event("AGREE", MILLER, NORTH_KOREA, E11),
        event("REJECT", NORTH_KOREA, USA, E12, mode="meet"),
    ],
    "quotes": [
        quote("primary foe", "Kim Jong Un", "direct"),
        quote("the North would not recognise the Northern Limit Line, the de facto maritime border", "Kim Jong Un",
              "indirect"),
        quote("any intrusion into its claimed waters would be treated as an act of war", "Kim Jong Un", "indirect"),
        quote("We do not want war, but we have no intention of avoiding it", "Kim Jong Un", "direct"),
        quote("eyesore", "Kim Jong Un", "direct"),
        quote("multiple times over", "Yoon Suk Yeol", "direct"),
        quote("Seoul would retaliate \"multiple times over\" if the North carried out any provocation", "Yoon Suk Yeol",
              "indirect"),
        quote("anti-national", "Yoon Suk Yeol", "direct"),
        quote("it was trying to sow division in the South ahead of April's parliamentary elections", "Yoon Suk Yeol",
              "indirect"),
        quote("regrettable", "Ministry of Unification of South Korea", "direct"),
        quote("the moves were a \"regrettable\" betrayal of the Korean people's shared history",
              "Ministry of Unification of South Korea", "indirect"),
        quote("On Sunday, North Korea launched a solid-fuel intermediate-range ballistic missile with a hypersonic "
              "warhead", "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("The United States remained open to talks with Pyongyang without preconditions", "Matthew Miller",
              "indirect"),
        quote("the shift could pave the way for clashes along the disputed sea border, but few expected a full-scale "
              "conflict", "analysts", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["SEOUL", "Seoul"]),
        entity("Kim Jong Un", "PER", "PRK", ["North Korean leader Kim Jong Un", "Kim"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "the North"]),
        entity("Supreme People's Assembly", "ORG", "PRK", ["the Supreme People's Assembly", "The assembly"]),
        entity("Northern Limit Line", "LOC", "KOR", ["the Northern Limit Line"]),
        entity("Korean Central News Agency", "ORG", "PRK", ["the official KCNA news agency"]),
        entity("Committee for the Peaceful Reunification of the Country", "ORG", "PRK",
               ["the Committee for the Peaceful Reunification of the Country"]),
        entity("Arch of Reunification", "LOC", "PRK", ["the Arch of Reunification"]),
        entity("Pyongyang", "LOC", "PRK", ["Pyongyang"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol", "He"]),
        entity("Ministry of Unification of South Korea", "ORG", "KOR", ["Seoul's Unification Ministry"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["South Korea's Joint Chiefs of Staff"]),
        entity("Tokyo", "LOC", "JPN", ["Tokyo"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("United States Department of State", "ORG", "USA", ["State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
    ],
}

# ---------------------------------------------------------------- hm223-en-02 (New Caledonia, Tein transferred)
FR_JUDICIARY = actor("French judicial authorities in New Caledonia", "FRA", "JUD")
TEIN = actor("Christian Tein", "FRA", "OPP")
GENDARMERIE = actor("French gendarmerie", "FRA", "COP")
DUPAS = actor("Yves Dupas", "FRA", "JUD")
CCAT = actor("Field Action Coordination Cell", "FRA", "OPP")
FRANCE = actor("France", "FRA", "GOV")
RIOTERS = actor("pro-independence rioters in New Caledonia", "FRA", "CVL")
FLNKS = actor("Kanak and Socialist National Liberation Front", "FRA", "PTY")
BACKES = actor("Sonia Backès", "FRA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
LAGARDE = actor("Sonia Lagarde", "FRA", "GOV")

F1 = ("NOUMEA, June 23 (AFP) - Seven pro-independence activists from New Caledonia, including separatist leader "
      "Christian Tein, have been flown to mainland France to be held in pre-trial detention, prosecutors said on "
      "Sunday.")
F2 = ("Tein, who heads the Field Action Coordination Cell (CCAT), was detained by gendarmes in Noumea on Wednesday "
      "along with ten other people.")
F3 = ("Prosecutor Yves Dupas said the group was suspected of having organised the violent unrest that erupted in "
      "mid-May over a planned change to the territory's voting rules.")
F4 = ("The CCAT called the transfers a \"political deportation\" and urged its supporters to keep up the mobilisation "
      "\"peacefully\".")
F5 = ("Overnight, groups of young people set fire to vehicles and a municipal building in Mont-Dore and erected "
      "roadblocks on the main road south of Noumea.")
F6 = "Gendarmes fired tear gas to clear the barricades, the French High Commission said."
F7 = "Several people were arrested."
F8 = ("The FLNKS, the main pro-independence alliance, condemned the transfers and demanded that the detainees be "
      "returned to New Caledonia.")
F9 = ("Loyalist leader Sonia Backès, who heads the Southern Province, welcomed the arrests, saying the rule of law "
      "had to be restored.")
F10 = "President Emmanuel Macron suspended the electoral reform this month after calling snap parliamentary elections."
F11 = ("The reform would have allowed thousands of French residents who arrived after 1998 to vote in provincial "
       "elections, which Kanaks feared would dilute their influence.")
F12 = ("Nine people, most of them Kanaks, have been killed since the unrest began, among them two gendarmes, and "
       "damage is estimated at 1.5 billion euros.")
F13 = "Noumea mayor Sonia Lagarde appealed to Paris to send further police reinforcements."

EN02 = {
    "id": "hm223-en-02", "lang": "en", "url": None, "published": "2024-06-23",
    "title": "New Caledonia separatist leader Tein flown to France for detention",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9], [F10, F11, F12], [F13]),
    "events": [
        event("COERCE", FR_JUDICIARY, TEIN, F1, mode="arrest"),
        event("COERCE", GENDARMERIE, TEIN, F2, mode="arrest", date="2024-06-19", location="Noumea",
              location_country="FRA"),
        event("ACCUSE", DUPAS, CCAT, F3, mode="allege"),
        event("ACCUSE", CCAT, FRANCE, F4, mode="disapprove"),
        event("PROTEST", RIOTERS, FRANCE, F5, mode="riot", location="Mont-Dore", location_country="FRA"),
        event("ASSAULT", GENDARMERIE, RIOTERS, F6, mode="crowd-control", location="Mont-Dore",
              location_country="FRA"),
        event("COERCE", GENDARMERIE, RIOTERS, F7, mode="arrest"),
        event("ACCUSE", FLNKS, FRANCE, F8, mode="disapprove"),
        event("REQUEST", FLNKS, FRANCE, F8, mode="yield"),
        event("SUPPORT", BACKES, GENDARMERIE, F9),
        event("CONCEDE", MACRON, None, F10),
        event("REQUEST", LAGARDE, FRANCE, F13, mode="assist"),
    ],
    "quotes": [
        quote("Seven pro-independence activists from New Caledonia, including separatist leader Christian Tein, have "
              "been flown to mainland France to be held in pre-trial detention", "Noumea public prosecutor's office",
              "indirect"),
        quote("the group was suspected of having organised the violent unrest that erupted in mid-May over a planned "
              "change to the territory's voting rules", "Yves Dupas", "indirect"),
        quote("political deportation", "Field Action Coordination Cell", "direct"),
        quote("peacefully", "Field Action Coordination Cell", "direct"),
        quote("Gendarmes fired tear gas to clear the barricades", "French High Commission in New Caledonia",
              "indirect"),
        quote("the detainees be returned to New Caledonia", "Kanak and Socialist National Liberation Front",
              "indirect"),
        quote("the rule of law had to be restored", "Sonia Backès", "indirect"),
    ],
    "entities": [
        entity("Noumea", "LOC", "FRA", ["NOUMEA", "Noumea"]),
        entity("New Caledonia", "LOC", "FRA", ["New Caledonia"]),
        entity("Christian Tein", "PER", "FRA", ["separatist leader Christian Tein", "Tein"]),
        entity("France", "LOC", "FRA", ["mainland France"]),
        entity("Field Action Coordination Cell", "ORG", "FRA",
               ["the Field Action Coordination Cell", "CCAT", "The CCAT"]),
        entity("French gendarmerie", "ORG", "FRA", ["gendarmes", "Gendarmes"]),
        entity("Yves Dupas", "PER", "FRA", ["Prosecutor Yves Dupas"]),
        entity("Mont-Dore", "LOC", "FRA", ["Mont-Dore"]),
        entity("French High Commission in New Caledonia", "ORG", "FRA", ["the French High Commission"]),
        entity("Kanak and Socialist National Liberation Front", "ORG", "FRA", ["The FLNKS"]),
        entity("Sonia Backès", "PER", "FRA", ["Loyalist leader Sonia Backès"]),
        entity("Southern Province", "LOC", "FRA", ["the Southern Province"]),
        entity("Emmanuel Macron", "PER", "FRA", ["President Emmanuel Macron"]),
        entity("Kanaks", "MISC", "FRA", ["Kanaks"]),
        entity("Sonia Lagarde", "PER", "FRA", ["Noumea mayor Sonia Lagarde"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
