"""Round 75 of the hand-made blind articles (written blind; see README.md).

Six invented but plausible wire-style reports, 2023-2025, annotated by
../../shared/data/articles/CONVENTIONS.md:

- hm75-de-01  Pakistan: suicide attack on Chinese engineers near Besham, Beijing demands punishment (2024-03-27)
- hm75-de-02  India: farmers' march halted at Khanauri, a young farmer dies, talks on crop prices (2024-02-21)
- hm75-de-03  South Korea stays away from Japan's Sado mine memorial (2024-11-24)
- hm75-de-04  Myanmar: the MNDAA hands Lashio back to the junta after China-brokered talks (2025-04-22)
- hm75-en-01  Indonesia hands dismissed Philippine mayor Alice Guo to Manila (2024-09-05)
- hm75-en-02  Chinese coast guard boards a Taiwanese tourist boat off Kinmen (2024-02-19)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm75-de-01
D1_1 = ("Islamabad (dpa) - Nach dem Selbstmordanschlag auf chinesische Ingenieure im Nordwesten Pakistans hat "
        "Peking eine lückenlose Aufklärung verlangt.")
D1_2 = ("Ein Attentäter hatte am Dienstag ein mit Sprengstoff beladenes Auto in den Bus der Ingenieure gesteuert, "
        "die auf dem Weg zur Baustelle des Dasu-Staudamms waren.")
D1_3 = "Fünf Chinesen und ihr pakistanischer Fahrer kamen ums Leben."
D1_4 = ("Chinas Außenministerium forderte Islamabad auf, die Täter »hart zu bestrafen« und chinesische Bürger "
        "besser zu schützen.")
D1_5 = ("Premierminister Shehbaz Sharif besuchte noch am Dienstagabend die chinesische Botschaft und versprach, "
        "die Drahtzieher würden zur Rechenschaft gezogen.")
D1_6 = "»Die Feinde unserer Freundschaft werden keinen Erfolg haben«, sagte er."
D1_7 = ("Innenminister Mohsin Naqvi sagte, hinter dem Anschlag stünden die pakistanischen Taliban (TTP), die von "
        "afghanischem Boden aus operierten.")
D1_8 = "Kabul müsse endlich gegen die Extremisten vorgehen, so Naqvi."
D1_9 = "Die TTP wies jede Beteiligung zurück."
D1_10 = ("Bei einem Einsatz im Bezirk Shangla töteten Soldaten am Mittwoch nach Armeeangaben zwei mutmaßliche "
         "Helfer der Attentäter.")
D1_11 = "Die Polizei nahm zudem mehrere Verdächtige fest."
D1_12 = ("Peking kündigte an, Ermittler nach Islamabad zu schicken, die gemeinsam mit den pakistanischen Behörden "
         "ermitteln sollen.")

CHN = actor("China", "CHN", "GOV")
PAK = actor("Pakistan", "PAK", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
TTP = actor("Tehrik-i-Taliban Pakistan", "PAK", "REB")
AFG = actor("Afghanistan", "AFG", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")

DE01 = {
    "id": "hm75-de-01", "lang": "de", "url": None, "published": "2024-03-27",
    "title": "Anschlag auf chinesische Ingenieure: Peking verlangt Aufklärung von Pakistan",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6, D1_7, D1_8, D1_9], [D1_10, D1_11, D1_12]),
    "events": [
        event("REQUEST", CHN, PAK, D1_1),
        event("REQUEST", CHN_MFA, PAK, D1_4),
        event("CONSULT", SHARIF, CHN, D1_5, mode="visit", date="2024-03-26"),
        event("AGREE", SHARIF, CHN, D1_5, date="2024-03-26"),
        event("ACCUSE", NAQVI, TTP, D1_7, mode="allege"),
        event("REQUEST", NAQVI, AFG, D1_8),
        event("ASSAULT", PAK_ARMY, actor("suspected accomplices of the attackers", "PAK", "REB"), D1_10,
              date="2024-03-27", location="Shangla", location_country="PAK"),
        event("COERCE", PAK_POLICE, actor("suspects", "PAK", "REB"), D1_11, mode="arrest"),
        event("AGREE", CHN, PAK, D1_12),
    ],
    "quotes": [
        quote("hart zu bestrafen", "Ministry of Foreign Affairs of China", "direct"),
        quote("die Drahtzieher würden zur Rechenschaft gezogen", "Shehbaz Sharif", "indirect"),
        quote("Die Feinde unserer Freundschaft werden keinen Erfolg haben", "Shehbaz Sharif", "direct"),
        quote("hinter dem Anschlag stünden die pakistanischen Taliban (TTP), die von afghanischem Boden aus "
              "operierten", "Mohsin Naqvi", "indirect"),
        quote("Kabul müsse endlich gegen die Extremisten vorgehen", "Mohsin Naqvi", "indirect"),
        quote("Bei einem Einsatz im Bezirk Shangla töteten Soldaten am Mittwoch nach Armeeangaben zwei "
              "mutmaßliche Helfer der Attentäter", "Pakistan Army", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistans", "Islamabad"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Chinas Außenministerium"]),
        entity("Embassy of China in Islamabad", "ORG", "CHN", ["die chinesische Botschaft"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "er"]),
        entity("Mohsin Naqvi", "PER", "PAK", ["Innenminister Mohsin Naqvi", "Naqvi"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["die pakistanischen Taliban (TTP)", "Die TTP"]),
        entity("Afghanistan", "GPE", "AFG", ["Kabul"]),
        entity("Pakistan Army", "ORG", "PAK", ["Soldaten"]),
        entity("Pakistani police", "ORG", "PAK", ["Die Polizei"]),
        entity("Dasu Dam", "LOC", "PAK", ["Dasu-Staudamms"]),
        entity("Shangla", "LOC", "PAK", ["Bezirk Shangla"]),
    ],
}

# ---------------------------------------------------------------- hm75-de-02
D2_1 = ("Neu-Delhi (AFP) - An der Grenze der indischen Bundesstaaten Punjab und Haryana ist am Mittwoch ein "
        "junger Landwirt bei Protesten ums Leben gekommen.")
D2_2 = ("Die Polizei setzte am Grenzübergang Khanauri Tränengas gegen Tausende Bauern ein, die ihren Marsch auf "
        "die Hauptstadt fortsetzen wollten.")
D2_3 = "Seit vergangener Woche protestieren die Bauern mit Traktoren für gesetzlich garantierte Mindestpreise."
D2_4 = ("Bauernführer Sarwan Singh Pandher warf der Polizei vor, mit Gummigeschossen auf die Demonstranten "
        "geschossen zu haben.")
D2_5 = "Die Behörden in Haryana wiesen das zurück."
D2_6 = "Die Bauern setzten ihren Marsch daraufhin für zwei Tage aus."
D2_7 = "»Wir werden beraten und dann über den nächsten Schritt entscheiden«, sagte Pandher."
D2_8 = ("Bei Gesprächen in Chandigarh hatten drei Bundesminister den Bauern am Sonntag angeboten, Hülsenfrüchte, "
        "Mais und Baumwolle fünf Jahre lang zu festen Preisen aufzukaufen.")
D2_9 = "Die Bauern lehnten das Angebot am Montag als unzureichend ab."
D2_10 = ("Landwirtschaftsminister Arjun Munda rief sie am Mittwoch zur Ruhe auf und sagte, die Regierung sei zu "
         "einer fünften Gesprächsrunde bereit.")
D2_11 = ("Punjabs Regierungschef Bhagwant Mann nannte den Tod des Landwirts »unverzeihlich« und verlangte eine "
         "Untersuchung.")

FARMERS = actor("Indian farmers", "IND", "CVL")
IND = actor("Government of India", "IND", "GOV")
HAR_POLICE = actor("Haryana Police", "IND", "COP")
PANDHER = actor("Sarwan Singh Pandher", "IND", "LAB")
MUNDA = actor("Arjun Munda", "IND", "GOV")
MANN = actor("Bhagwant Mann", "IND", "GOV")

DE02 = {
    "id": "hm75-de-02", "lang": "de", "url": None, "published": "2024-02-21",
    "title": "Indien: Junger Bauer bei Protesten an der Grenze zu Haryana getötet",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7], [D2_8, D2_9, D2_10, D2_11]),
    "events": [
        event("ASSAULT", HAR_POLICE, FARMERS, D2_2, mode="crowd-control", date="2024-02-21",
              location="Khanauri", location_country="IND"),
        event("PROTEST", FARMERS, IND, D2_3, mode="demo"),
        event("ACCUSE", PANDHER, HAR_POLICE, D2_4, mode="allege"),
        event("RETREAT", FARMERS, IND, D2_6),
        event("CONSULT", IND, FARMERS, D2_8, date="2024-02-18", location="Chandigarh", location_country="IND"),
        event("AGREE", IND, FARMERS, D2_8, date="2024-02-18", location="Chandigarh", location_country="IND"),
        event("REJECT", FARMERS, IND, D2_9, date="2024-02-19"),
        event("REQUEST", MUNDA, FARMERS, D2_10, date="2024-02-21"),
        event("AGREE", MUNDA, FARMERS, D2_10, date="2024-02-21"),
        event("ACCUSE", MANN, actor("Government of Haryana", "IND", "GOV"), D2_11, mode="disapprove"),
        event("REQUEST", MANN, None, D2_11),
    ],
    "quotes": [
        quote("mit Gummigeschossen auf die Demonstranten geschossen zu haben", "Sarwan Singh Pandher", "indirect"),
        quote("Wir werden beraten und dann über den nächsten Schritt entscheiden", "Sarwan Singh Pandher", "direct"),
        quote("die Regierung sei zu einer fünften Gesprächsrunde bereit", "Arjun Munda", "indirect"),
        quote("unverzeihlich", "Bhagwant Mann", "direct"),
    ],
    "entities": [
        entity("Indian farmers", "ORG", "IND", ["Tausende Bauern", "die Bauern", "Die Bauern", "den Bauern"]),
        entity("Haryana Police", "ORG", "IND", ["Die Polizei", "der Polizei", "Die Behörden in Haryana"]),
        entity("Sarwan Singh Pandher", "PER", "IND", ["Bauernführer Sarwan Singh Pandher", "Pandher"]),
        entity("Government of India", "ORG", "IND", ["drei Bundesminister", "die Regierung"]),
        entity("Arjun Munda", "PER", "IND", ["Landwirtschaftsminister Arjun Munda"]),
        entity("Bhagwant Mann", "PER", "IND", ["Punjabs Regierungschef Bhagwant Mann"]),
        entity("Punjab", "LOC", "IND", ["Punjab"]),
        entity("Haryana", "LOC", "IND", ["Haryana"]),
        entity("Khanauri", "LOC", "IND", ["Grenzübergang Khanauri"]),
        entity("Chandigarh", "LOC", "IND", ["Chandigarh"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi", "die Hauptstadt"]),
    ],
}

# ---------------------------------------------------------------- hm75-de-03
D3_1 = "Tokio/Seoul (dpa) - Südkorea ist einer Gedenkfeier für die Arbeiter der Sado-Goldminen in Japan ferngeblieben."
D3_2 = ("Die Regierung in Seoul hatte am Samstag mitgeteilt, weder Diplomaten noch Angehörige würden an der "
        "Zeremonie auf der Insel Sado teilnehmen.")
D3_3 = ("Grund ist die Entsendung der Staatssekretärin im Außenministerium Akiko Ikuina, die 2022 den "
        "umstrittenen Yasukuni-Schrein besucht hatte.")
D3_4 = ("Das Außenministerium in Seoul warf Tokio vor, das Leid der koreanischen Zwangsarbeiter nicht "
        "ausreichend anzuerkennen.")
D3_5 = "Die Angehörigen würden am Montag eine eigene Feier abhalten, hieß es."
D3_6 = "Regierungssprecher Yoshimasa Hayashi nannte die Absage „bedauerlich“."
D3_7 = "„Wir werden den Dialog mit Südkorea fortsetzen“, sagte er."
D3_8 = ("Seoul hatte im Juli der Aufnahme der Minen in das Unesco-Welterbe zugestimmt, nachdem Japan eine "
        "jährliche Gedenkfeier zugesagt hatte.")
D3_9 = ("Präsident Yoon Suk Yeol und Premier Shigeru Ishiba waren erst vor gut einer Woche am Rande des "
        "Apec-Gipfels in Lima zusammengekommen.")
D3_10 = "Oppositionsführer Lee Jae-myung forderte die Regierung auf, gegenüber Tokio härter aufzutreten."

KOR = actor("South Korea", "KOR", "GOV")
JPN = actor("Japan", "JPN", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")

DE03 = {
    "id": "hm75-de-03", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Streit um Zwangsarbeit: Südkorea boykottiert Gedenkfeier auf Sado",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10]),
    "events": [
        event("PROTEST", KOR, JPN, D3_1, mode="boycott"),
        event("PROTEST", KOR, JPN, D3_2, mode="boycott", date="2024-11-23"),
        event("ACCUSE", KOR_MOFA, JPN, D3_4, mode="disapprove"),
        event("ACCUSE", HAYASHI, KOR, D3_6, mode="disapprove"),
        event("AGREE", HAYASHI, KOR, D3_7),
        event("AGREE", KOR, JPN, D3_8),
        event("AGREE", JPN, KOR, D3_8),
        event("CONSULT", actor("Yoon Suk Yeol", "KOR", "GOV"), actor("Shigeru Ishiba", "JPN", "GOV"), D3_9,
              location="Lima", location_country="PER"),
        event("REQUEST", actor("Lee Jae-myung", "KOR", "OPP"), actor("Government of South Korea", "KOR", "GOV"),
              D3_10),
    ],
    "quotes": [
        quote("weder Diplomaten noch Angehörige würden an der Zeremonie auf der Insel Sado teilnehmen",
              "Government of South Korea", "indirect"),
        quote("das Leid der koreanischen Zwangsarbeiter nicht ausreichend anzuerkennen",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("Die Angehörigen würden am Montag eine eigene Feier abhalten",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("bedauerlich", "Yoshimasa Hayashi", "direct"),
        quote("Wir werden den Dialog mit Südkorea fortsetzen", "Yoshimasa Hayashi", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Seoul"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokio"]),
        entity("Government of South Korea", "ORG", "KOR", ["Die Regierung in Seoul", "die Regierung"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Das Außenministerium in Seoul"]),
        entity("Akiko Ikuina", "PER", "JPN", ["der Staatssekretärin im Außenministerium Akiko Ikuina"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "er"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Premier Shigeru Ishiba"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Oppositionsführer Lee Jae-myung"]),
        entity("UNESCO", "ORG", "UNO", ["Unesco"]),
        entity("Sado mines", "LOC", "JPN", ["Sado-Goldminen", "der Minen"]),
        entity("Sado Island", "LOC", "JPN", ["Insel Sado"]),
        entity("Yasukuni Shrine", "LOC", "JPN", ["Yasukuni-Schrein"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["Apec"]),
    ],
}

# ---------------------------------------------------------------- hm75-de-04
D4_1 = ("Lashio (AFP) - Die Rebellen der Myanmar National Democratic Alliance Army (MNDAA) haben die Stadt "
        "Lashio im Norden Myanmars an die Militärjunta zurückgegeben.")
D4_2 = "Die letzten Kämpfer hätten die Stadt am Dienstagmorgen verlassen, teilte die Gruppe mit."
D4_3 = ("Die Übergabe war im Januar bei Gesprächen zwischen beiden Seiten im chinesischen Kunming vereinbart "
        "worden.")
D4_4 = ("Peking hatte die Rebellen zuvor unter Druck gesetzt, Grenzübergänge geschlossen und die Stromlieferungen "
        "in ihre Gebiete gekappt.")
D4_5 = "„Peking stellt sich auf die Seite der Generäle“, erklärte die Ta'ang National Liberation Army (TNLA)."
D4_6 = "Ein Sprecher der Junta, Zaw Min Tun, dankte China dagegen für seine »konstruktive Rolle«."
D4_7 = ("Sollten die Rebellen die Vereinbarung brechen, werde die Armee mit aller Härte reagieren, sagte er.")
D4_8 = "Trotz der Waffenruhe bombardierte die Luftwaffe am Sonntag ein Dorf in der Region Sagaing."
D4_9 = "Mindestens zwölf Menschen wurden dabei getötet, wie Anwohner berichteten."
D4_10 = "China hatte nach dem schweren Erdbeben Ende März Hilfsgüter in die Region geschickt."
D4_11 = "Die TNLA hat die von ihr eroberte Stadt Mogok bislang nicht geräumt."

MNDAA = actor("Myanmar National Democratic Alliance Army", "MMR", "REB")
JUNTA = actor("Myanmar junta", "MMR", "GOV")
TNLA = actor("Ta'ang National Liberation Army", "MMR", "REB")
ZAW = actor("Zaw Min Tun", "MMR", "GOV")

DE04 = {
    "id": "hm75-de-04", "lang": "de", "url": None, "published": "2025-04-22",
    "title": "Myanmar: Rebellen übergeben Lashio an die Junta",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10, D4_11]),
    "events": [
        event("RETREAT", MNDAA, JUNTA, D4_1, mode="withdraw", location="Lashio", location_country="MMR"),
        event("RETREAT", MNDAA, JUNTA, D4_2, mode="withdraw", date="2025-04-22", location="Lashio",
              location_country="MMR"),
        event("CONSULT", MNDAA, JUNTA, D4_3, mode="third-party", location="Kunming", location_country="CHN"),
        event("AGREE", MNDAA, JUNTA, D4_3, location="Kunming", location_country="CHN"),
        event("COERCE", CHN, MNDAA, D4_4, mode="restrict"),
        event("SANCTION", CHN, MNDAA, D4_4, mode="discontinue"),
        event("ACCUSE", TNLA, CHN, D4_5, mode="disapprove"),
        event("SUPPORT", ZAW, CHN, D4_6),
        event("THREATEN", ZAW, MNDAA, D4_7),
        event("ASSAULT", actor("Myanmar Air Force", "MMR", "MIL"), actor("villagers in Sagaing", "MMR", "CVL"),
              D4_8, mode="aerial", date="2025-04-20", location="Sagaing", location_country="MMR"),
        event("AID", CHN, actor("Myanmar", "MMR", None), D4_10),
        event("RETREAT", TNLA, JUNTA, D4_11, mode="withdraw", location="Mogok", location_country="MMR",
              negated=True),
    ],
    "quotes": [
        quote("Die letzten Kämpfer hätten die Stadt am Dienstagmorgen verlassen",
              "Myanmar National Democratic Alliance Army", "indirect"),
        quote("Peking stellt sich auf die Seite der Generäle", "Ta'ang National Liberation Army", "direct"),
        quote("konstruktive Rolle", "Zaw Min Tun", "direct"),
        quote("Sollten die Rebellen die Vereinbarung brechen, werde die Armee mit aller Härte reagieren",
              "Zaw Min Tun", "indirect"),
        quote("Mindestens zwölf Menschen wurden dabei getötet", "residents of Sagaing", "indirect"),
    ],
    "entities": [
        entity("Myanmar National Democratic Alliance Army", "ORG", "MMR",
               ["Die Rebellen der Myanmar National Democratic Alliance Army (MNDAA)", "die Gruppe", "die Rebellen"]),
        entity("Myanmar junta", "ORG", "MMR", ["die Militärjunta", "der Junta"]),
        entity("Myanmar", "GPE", "MMR", ["Myanmars"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Ta'ang National Liberation Army", "ORG", "MMR", ["die Ta'ang National Liberation Army (TNLA)",
                                                                  "Die TNLA"]),
        entity("Zaw Min Tun", "PER", "MMR", ["Ein Sprecher der Junta, Zaw Min Tun", "er"]),
        entity("Myanmar Air Force", "ORG", "MMR", ["die Luftwaffe"]),
        entity("Tatmadaw", "ORG", "MMR", ["die Armee"]),
        entity("Lashio", "LOC", "MMR", ["Lashio", "die Stadt"]),
        entity("Kunming", "LOC", "CHN", ["Kunming"]),
        entity("Sagaing", "LOC", "MMR", ["Region Sagaing", "die Region"]),
        entity("Mogok", "LOC", "MMR", ["Stadt Mogok"]),
    ],
}

# ---------------------------------------------------------------- hm75-en-01
E1_1 = ("MANILA (Reuters) - Indonesia handed dismissed Philippine mayor Alice Guo over to Manila on Thursday, a "
        "day after police arrested her in a suburb of Jakarta, Philippine officials said.")
E1_2 = "Guo, accused of links to a Chinese-run online scam hub, had fled the Philippines in July."
E1_3 = ("Interior Secretary Benhur Abalos and the national police chief, Rommel Marbil, flew to Jakarta to "
        "collect her and met Indonesian police officials there.")
E1_4 = ("In return, Manila agreed to hand over Gregor Haas, an Australian wanted in Indonesia on drug charges, "
        "Abalos told reporters.")
E1_5 = "\u201cThis is not a swap, this is cooperation between two friendly nations,\u201d he said."
E1_6 = ("President Ferdinand Marcos Jr. thanked Jakarta for its help, saying the arrest should serve as a "
        "warning to those who try to evade justice.")
E1_7 = ("Prosecutors have filed human trafficking and money laundering charges against Guo, who denies any "
        "wrongdoing.")
E1_8 = "Senators called for her to be brought before the chamber's inquiry without delay."
E1_9 = "Her lawyer, Stephen David, said she would cooperate with the Senate."

IDN = actor("Indonesia", "IDN", "GOV")
PHL = actor("Philippines", "PHL", "GOV")
GUO = actor("Alice Guo", "PHL", "CVL")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")

EN01 = {
    "id": "hm75-en-01", "lang": "en", "url": None, "published": "2024-09-05",
    "title": "Indonesia hands fugitive ex-mayor Alice Guo to the Philippines",
    "text": paragraphs([E1_1, E1_2], [E1_3, E1_4, E1_5], [E1_6, E1_7, E1_8, E1_9]),
    "events": [
        event("COOPERATE", IDN, PHL, E1_1, date="2024-09-05"),
        event("COERCE", IDN_POLICE, GUO, E1_1, mode="arrest", date="2024-09-04", location="Jakarta",
              location_country="IDN"),
        event("CONSULT", actor("Benhur Abalos", "PHL", "GOV"), IDN_POLICE, E1_3, mode="visit",
              location="Jakarta", location_country="IDN"),
        event("CONSULT", actor("Rommel Marbil", "PHL", "COP"), IDN_POLICE, E1_3, mode="visit",
              location="Jakarta", location_country="IDN"),
        event("AGREE", PHL, IDN, E1_4),
        event("SUPPORT", actor("Ferdinand Marcos Jr.", "PHL", "GOV"), IDN, E1_6),
        event("THREATEN", actor("Ferdinand Marcos Jr.", "PHL", "GOV"), None, E1_6),
        event("ACCUSE", actor("Philippine prosecutors", "PHL", "JUD"), GUO, E1_7, mode="allege"),
        event("REQUEST", actor("Philippine senators", "PHL", "LEG"), None, E1_8),
        event("AGREE", actor("Stephen David", "PHL", "CVL"), actor("Philippine Senate", "PHL", "LEG"), E1_9),
    ],
    "quotes": [
        quote("Indonesia handed dismissed Philippine mayor Alice Guo over to Manila on Thursday, a day after police "
              "arrested her in a suburb of Jakarta", "Philippine officials", "indirect"),
        quote("In return, Manila agreed to hand over Gregor Haas, an Australian wanted in Indonesia on drug "
              "charges", "Benhur Abalos", "indirect"),
        quote("This is not a swap, this is cooperation between two friendly nations", "Benhur Abalos", "direct"),
        quote("the arrest should serve as a warning to those who try to evade justice", "Ferdinand Marcos Jr.",
              "indirect"),
        quote("she would cooperate with the Senate", "Stephen David", "indirect"),
    ],
    "entities": [
        entity("Alice Guo", "PER", "PHL", ["dismissed Philippine mayor Alice Guo", "Guo", "her", "she"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesia", "Jakarta"]),
        entity("Philippines", "GPE", "PHL", ["Manila", "the Philippines"]),
        entity("Indonesian National Police", "ORG", "IDN", ["police", "Indonesian police officials"]),
        entity("Benhur Abalos", "PER", "PHL", ["Interior Secretary Benhur Abalos", "Abalos", "he"]),
        entity("Rommel Marbil", "PER", "PHL", ["the national police chief, Rommel Marbil"]),
        entity("Gregor Haas", "PER", "AUS", ["Gregor Haas", "an Australian wanted in Indonesia on drug charges"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["President Ferdinand Marcos Jr."]),
        entity("Philippine Senate", "ORG", "PHL", ["Senate", "the chamber"]),
        entity("Philippine prosecutors", "ORG", "PHL", ["Prosecutors"]),
        entity("Philippine senators", "ORG", "PHL", ["Senators"]),
        entity("Stephen David", "PER", "PHL", ["Her lawyer, Stephen David"]),
    ],
}

# ---------------------------------------------------------------- hm75-en-02
E2_1 = ("TAIPEI, Taiwan (AP) \u2014 Chinese coast guard officers boarded a Taiwanese tourist boat near the island of "
        "Kinmen on Monday, days after two Chinese fishermen drowned in the area.")
E2_2 = ("Taiwan's Coast Guard Administration said six officers inspected the vessel's papers for about half an "
        "hour before leaving.")
E2_3 = "The fishermen's speedboat capsized on Feb. 14 during a pursuit in restricted waters."
E2_4 = "China's coast guard has since stepped up patrols around Kinmen, which lies just off the city of Xiamen."
E2_5 = ("Zhu Fenglian, a spokesperson for Beijing's Taiwan Affairs Office, accused Taipei of treating the "
        "fishermen \u201cin a brutal way\u201d and demanded that the truth be made public.")
E2_6 = ("Taiwan's Mainland Affairs Council urged Beijing not to escalate tensions and said the case was being "
        "handled according to the law.")
E2_7 = ("Kuan Bi-ling, who heads Taiwan's Ocean Affairs Council, apologized to the victims' families "
        "and said Taipei was willing to return the two survivors.")
E2_8 = "\u201cWe are doing our utmost to keep the situation calm,\u201d Kuan said."
E2_9 = "Washington called on both sides to show restraint."

CCG = actor("China Coast Guard", "CHN", "COP")
TWN = actor("Taiwan", "TWN", "GOV")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
MAC = actor("Mainland Affairs Council", "TWN", "GOV")
KUAN = actor("Kuan Bi-ling", "TWN", "GOV")
USA = actor("United States", "USA", "GOV")

EN02 = {
    "id": "hm75-en-02", "lang": "en", "url": None, "published": "2024-02-19",
    "title": "Chinese coast guard boards Taiwanese tourist boat off Kinmen",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("COERCE", CCG, actor("Taiwanese tourist boat", "TWN", "BUS"), E2_1, date="2024-02-19",
              location="Kinmen", location_country="TWN"),
        event("COERCE", CCG, actor("Taiwanese tourist boat", "TWN", "BUS"), E2_2),
        event("MOBILIZE", CCG, None, E2_4, location="Kinmen", location_country="TWN"),
        event("ACCUSE", ZHU, TWN, E2_5, mode="disapprove"),
        event("REQUEST", ZHU, TWN, E2_5),
        event("REQUEST", MAC, CHN, E2_6),
        event("CONCEDE", KUAN, actor("families of the Chinese fishermen", "CHN", "CVL"), E2_7),
        event("CONCEDE", KUAN, CHN, E2_7),
        event("REQUEST", USA, CHN, E2_9),
        event("REQUEST", USA, TWN, E2_9),
    ],
    "quotes": [
        quote("six officers inspected the vessel's papers for about half an hour before leaving", "Coast Guard Administration", "indirect"),
        quote("in a brutal way", "Zhu Fenglian", "direct"),
        quote("that the truth be made public", "Zhu Fenglian", "indirect"),
        quote("the case was being handled according to the law", "Mainland Affairs Council", "indirect"),
        quote("Taipei was willing to return the two survivors", "Kuan Bi-ling", "indirect"),
        quote("We are doing our utmost to keep the situation calm", "Kuan Bi-ling", "direct"),
    ],
    "entities": [
        entity("China Coast Guard", "ORG", "CHN", ["Chinese coast guard officers", "China's coast guard"]),
        entity("Coast Guard Administration", "ORG", "TWN", ["Taiwan's Coast Guard Administration"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "Taipei"]),
        entity("China", "GPE", "CHN", ["Beijing"]),
        entity("Kinmen", "LOC", "TWN", ["the island of Kinmen", "Kinmen"]),
        entity("Xiamen", "LOC", "CHN", ["the city of Xiamen"]),
        entity("Zhu Fenglian", "PER", "CHN", ["Zhu Fenglian"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Beijing's Taiwan Affairs Office"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwan's Mainland Affairs Council"]),
        entity("Kuan Bi-ling", "PER", "TWN", ["Kuan Bi-ling", "Kuan"]),
        entity("Ocean Affairs Council", "ORG", "TWN", ["Taiwan's Ocean Affairs Council"]),
        entity("United States", "GPE", "USA", ["Washington"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
