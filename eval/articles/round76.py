"""Round 76 of the hand-made blind articles (written blind; see README.md).

Six invented but plausible wire-style reports, 2023-2025, annotated by
../../shared/data/articles/CONVENTIONS.md:

- hm76-de-01  India and Bangladesh summon each other's envoys over the border fence (2025-01-13)
- hm76-de-02  North Korea stops its noise broadcasts after Seoul switches off its loudspeakers (2025-06-12)
- hm76-de-03  Indonesia: protests against the revised military (TNI) law (2025-03-21)
- hm76-de-04  China frees and deports Australian journalist Cheng Lei (2023-10-11)
- hm76-en-01  Exiled Cambodian opposition figure Lim Kimya shot dead in Bangkok (2025-01-08)
- hm76-en-02  Papua New Guinea blocks Facebook in a "test" (2025-03-25)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm76-de-01
D1_1 = ("Neu-Delhi/Dhaka (dpa) - Im Streit um einen Grenzzaun haben Indien und Bangladesch gegenseitig ihre "
        "Diplomaten einbestellt.")
D1_2 = "Das indische Außenministerium bestellte am Montag den amtierenden Hochkommissar Bangladeschs, Nurul Islam, ein."
D1_3 = "Einen Tag zuvor hatte Dhaka den indischen Hochkommissar Pranay Verma ins Außenministerium zitiert."
D1_4 = ("Bangladesch wirft der indischen Grenzschutztruppe BSF vor, an mehreren Stellen ohne Absprache Zäune in "
        "einem Streifen errichten zu wollen, der laut einem Abkommen von 1975 unbebaut bleiben muss.")
D1_5 = ("Neu-Delhi müsse die Arbeiten sofort einstellen, sagte der Innenberater der Übergangsregierung, Jahangir "
        "Alam Chowdhury.")
D1_6 = "„Wir werden keinen Zentimeter unseres Landes preisgeben“, fügte er hinzu."
D1_7 = "Indien erklärte dagegen, alle Zäune würden im Einklang mit bestehenden Vereinbarungen errichtet."
D1_8 = "Man erwarte, dass Dhaka sich an frühere Absprachen halte."
D1_9 = ("Beide Seiten vereinbarten, den Streit im Februar bei Gesprächen der Grenzschutzchefs in Neu-Delhi "
        "beizulegen.")
D1_10 = ("Indien hatte nach dem Sturz von Regierungschefin Sheikh Hasina im August die Vergabe von Visa an "
         "Bangladescher weitgehend eingestellt.")
D1_11 = "Hasina lebt seither im indischen Exil."

IND = actor("India", "IND", "GOV")
BGD = actor("Bangladesh", "BGD", "GOV")

DE01 = {
    "id": "hm76-de-01", "lang": "de", "url": None, "published": "2025-01-13",
    "title": "Streit um Grenzzaun: Indien und Bangladesch bestellen Diplomaten ein",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9, D1_10, D1_11]),
    "events": [
        event("ACCUSE", IND, BGD, D1_1, mode="disapprove"),
        event("ACCUSE", BGD, IND, D1_1, mode="disapprove"),
        event("ACCUSE", actor("Ministry of External Affairs of India", "IND", "GOV"), BGD, D1_2,
              mode="disapprove", date="2025-01-13"),
        event("ACCUSE", BGD, IND, D1_3, mode="disapprove", date="2025-01-12"),
        event("ACCUSE", BGD, actor("Border Security Force", "IND", "MIL"), D1_4, mode="allege"),
        event("REQUEST", actor("Jahangir Alam Chowdhury", "BGD", "GOV"), IND, D1_5),
        event("REQUEST", IND, BGD, D1_8),
        event("AGREE", IND, BGD, D1_9),
        event("SANCTION", IND, BGD, D1_10, mode="discontinue"),
    ],
    "quotes": [
        quote("an mehreren Stellen ohne Absprache Zäune in einem Streifen errichten zu wollen, der laut einem "
              "Abkommen von 1975 unbebaut bleiben muss", "Bangladesh", "indirect"),
        quote("Neu-Delhi müsse die Arbeiten sofort einstellen", "Jahangir Alam Chowdhury", "indirect"),
        quote("Wir werden keinen Zentimeter unseres Landes preisgeben", "Jahangir Alam Chowdhury", "direct"),
        quote("alle Zäune würden im Einklang mit bestehenden Vereinbarungen errichtet", "India", "indirect"),
        quote("Man erwarte, dass Dhaka sich an frühere Absprachen halte", "India", "indirect"),
    ],
    "entities": [
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Bangladesh", "GPE", "BGD", ["Bangladesch", "Bangladeschs", "Dhaka"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das indische Außenministerium"]),
        entity("Nurul Islam", "PER", "BGD", ["den amtierenden Hochkommissar Bangladeschs, Nurul Islam"]),
        entity("Pranay Verma", "PER", "IND", ["den indischen Hochkommissar Pranay Verma"]),
        entity("Border Security Force", "ORG", "IND", ["der indischen Grenzschutztruppe BSF"]),
        entity("Jahangir Alam Chowdhury", "PER", "BGD",
               ["der Innenberater der Übergangsregierung, Jahangir Alam Chowdhury", "er"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Regierungschefin Sheikh Hasina", "Hasina"]),
    ],
}

# ---------------------------------------------------------------- hm76-de-02
D2_1 = "Seoul (AFP) - Nordkorea hat seine Lärmbeschallung an der Grenze zu Südkorea eingestellt."
D2_2 = ("Seit Donnerstag seien entlang der Demarkationslinie keine Geräusche mehr zu hören, teilte der Generalstab "
        "in Seoul mit.")
D2_3 = ("Am Mittwoch hatte Südkoreas Armee auf Anweisung des neuen Präsidenten Lee Jae-myung ihre "
        "Propaganda-Lautsprecher abgeschaltet.")
D2_4 = "Die Beschallung war im vergangenen Jahr als Reaktion auf nordkoreanische Müllballons wieder aufgenommen worden."
D2_5 = "Präsidentensprecherin Kang Yu-jung sprach von einem Schritt, um »Vertrauen wiederherzustellen«."
D2_6 = "Lee hatte im Wahlkampf angekündigt, den Dialog mit dem Norden wieder aufnehmen zu wollen."
D2_7 = ("Das Vereinigungsministerium forderte Aktivisten zugleich auf, keine Flugblätter mehr in den Norden zu "
        "schicken.")
D2_8 = "Die Gruppe Kämpfer für ein freies Nordkorea erklärte, sie werde weiter Ballons über die Grenze schicken."
D2_9 = "Die US-Regierung begrüßte die Entscheidung Seouls."
D2_10 = ("Machthaber Kim Jong Un hatte Südkorea Ende 2023 zum »Hauptfeind« erklärt und Gespräche mit Seoul "
         "abgelehnt.")
D2_11 = ("»Ein Abschalten der Lautsprecher allein wird Kim nicht an den Verhandlungstisch bringen«, sagte der "
         "Analyst Yang Moo-jin.")

PRK = actor("North Korea", "PRK", "GOV")
KOR = actor("South Korea", "KOR", "GOV")
KIM = actor("Kim Jong Un", "PRK", "GOV")
MOU = actor("Ministry of Unification", "KOR", "GOV")

DE02 = {
    "id": "hm76-de-02", "lang": "de", "url": None, "published": "2025-06-12",
    "title": "Nach Seouls Schritt: Nordkorea stellt Lärmbeschallung an der Grenze ein",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6, D2_7, D2_8], [D2_9, D2_10, D2_11]),
    "events": [
        event("RETREAT", PRK, KOR, D2_1),
        event("RETREAT", actor("South Korean military", "KOR", "MIL"), PRK, D2_3, date="2025-06-11"),
        event("AGREE", actor("Lee Jae-myung", "KOR", "GOV"), PRK, D2_6),
        event("REQUEST", MOU, actor("South Korean activists", "KOR", "CVL"), D2_7),
        event("REJECT", actor("Fighters for a Free North Korea", "KOR", "NGO"), MOU, D2_8),
        event("SUPPORT", actor("United States", "USA", "GOV"), KOR, D2_9),
        event("ACCUSE", KIM, KOR, D2_10, mode="disapprove"),
        event("REJECT", KIM, KOR, D2_10),
    ],
    "quotes": [
        quote("Seit Donnerstag seien entlang der Demarkationslinie keine Geräusche mehr zu hören",
              "Joint Chiefs of Staff of South Korea", "indirect"),
        quote("Vertrauen wiederherzustellen", "Kang Yu-jung", "direct"),
        quote("sie werde weiter Ballons über die Grenze schicken", "Fighters for a Free North Korea", "indirect"),
        quote("Hauptfeind", "Kim Jong Un", "direct"),
        quote("Ein Abschalten der Lautsprecher allein wird Kim nicht an den Verhandlungstisch bringen",
              "Yang Moo-jin", "direct"),
    ],
    "entities": [
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "dem Norden", "den Norden"]),
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Südkoreas", "Seoul", "Seouls"]),
        entity("Joint Chiefs of Staff of South Korea", "ORG", "KOR", ["der Generalstab in Seoul"]),
        entity("South Korean military", "ORG", "KOR", ["Südkoreas Armee"]),
        entity("Lee Jae-myung", "PER", "KOR", ["des neuen Präsidenten Lee Jae-myung", "Lee"]),
        entity("Kang Yu-jung", "PER", "KOR", ["Präsidentensprecherin Kang Yu-jung"]),
        entity("Ministry of Unification", "ORG", "KOR", ["Das Vereinigungsministerium"]),
        entity("South Korean activists", "ORG", "KOR", ["Aktivisten"]),
        entity("Fighters for a Free North Korea", "ORG", "KOR", ["Die Gruppe Kämpfer für ein freies Nordkorea", "sie"]),
        entity("United States", "GPE", "USA", ["Die US-Regierung"]),
        entity("Kim Jong Un", "PER", "PRK", ["Machthaber Kim Jong Un", "Kim"]),
        entity("Yang Moo-jin", "PER", "KOR", ["der Analyst Yang Moo-jin"]),
    ],
}

# ---------------------------------------------------------------- hm76-de-03
D3_1 = ("Jakarta (dpa) - Nach der Verabschiedung eines umstrittenen Militärgesetzes sind in Indonesien den "
        "zweiten Tag in Folge Tausende Menschen aus Protest gegen das Parlament auf die Straße gegangen.")
D3_2 = "Auch in Surabaya und Yogyakarta demonstrierten am Freitag Studierende."
D3_3 = ("Das Parlament hatte am Donnerstag einstimmig beschlossen, dass aktive Soldaten künftig in deutlich mehr "
        "Behörden Posten übernehmen dürfen.")
D3_4 = ("Vor dem Parlamentsgebäude in Jakarta setzte die Polizei am Donnerstagabend Wasserwerfer und Tränengas "
        "gegen Demonstranten ein.")
D3_4B = "Rund 5000 Polizisten wurden in der Hauptstadt zusammengezogen."
D3_5 = "Mehrere Menschen wurden nach Angaben der Menschenrechtsorganisation Kontras festgenommen."
D3_6 = ("Amnesty International warf der Regierung von Präsident Prabowo Subianto vor, die Rückkehr des Militärs "
        "in die Politik vorzubereiten.")
D3_7 = "Die Organisation forderte Prabowo auf, das Gesetz nicht zu unterzeichnen."
D3_8 = "Parlamentspräsidentin Puan Maharani wies die Forderung zurück."
D3_9 = "„Die zivile Vorherrschaft bleibt gewahrt“, sagte sie."
D3_10 = ("Verteidigungsminister Sjafrie Sjamsoeddin sagte, er sei bereit, sich kommende Woche mit Vertretern der "
         "Studierenden zu treffen.")
D3_11 = "Versuche, das Land zu destabilisieren, werde die Regierung aber nicht dulden, fügte er hinzu."

PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
STUDENTS = actor("Indonesian students", "IDN", "CVL")
DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
POLRI = actor("Indonesian National Police", "IDN", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SJAFRIE = actor("Sjafrie Sjamsoeddin", "IDN", "GOV")

DE03 = {
    "id": "hm76-de-03", "lang": "de", "url": None, "published": "2025-03-21",
    "title": "Indonesien: Proteste gegen neues Militärgesetz halten an",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_4B, D3_5, D3_6, D3_7], [D3_8, D3_9, D3_10, D3_11]),
    "events": [
        event("PROTEST", PROTESTERS, DPR, D3_1, mode="demo"),
        event("PROTEST", STUDENTS, DPR, D3_2, mode="demo", date="2025-03-21"),
        event("ASSAULT", POLRI, PROTESTERS, D3_4, mode="crowd-control", date="2025-03-20", location="Jakarta",
              location_country="IDN"),
        event("MOBILIZE", POLRI, None, D3_4B, location="Jakarta", location_country="IDN"),
        event("COERCE", POLRI, PROTESTERS, D3_5, mode="arrest"),
        event("ACCUSE", AMNESTY, actor("Government of Indonesia", "IDN", "GOV"), D3_6, mode="disapprove"),
        event("REQUEST", AMNESTY, actor("Prabowo Subianto", "IDN", "GOV"), D3_7),
        event("REJECT", actor("Puan Maharani", "IDN", "LEG"), AMNESTY, D3_8),
        event("AGREE", SJAFRIE, STUDENTS, D3_10),
        event("THREATEN", SJAFRIE, None, D3_11),
    ],
    "quotes": [
        quote("Mehrere Menschen wurden nach Angaben der Menschenrechtsorganisation Kontras festgenommen", "KontraS",
              "indirect"),
        quote("die Rückkehr des Militärs in die Politik vorzubereiten", "Amnesty International", "indirect"),
        quote("Die zivile Vorherrschaft bleibt gewahrt", "Puan Maharani", "direct"),
        quote("er sei bereit, sich kommende Woche mit Vertretern der Studierenden zu treffen", "Sjafrie Sjamsoeddin",
              "indirect"),
        quote("Versuche, das Land zu destabilisieren, werde die Regierung aber nicht dulden", "Sjafrie Sjamsoeddin",
              "indirect"),
    ],
    "entities": [
        entity("Indonesia", "GPE", "IDN", ["Indonesien", "das Land"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["das Parlament", "Das Parlament"]),
        entity("Indonesian protesters", "ORG", "IDN", ["Tausende Menschen", "Demonstranten", "Mehrere Menschen"]),
        entity("Indonesian students", "ORG", "IDN", ["Studierende", "Studierenden"]),
        entity("Indonesian National Police", "ORG", "IDN", ["die Polizei", "Rund 5000 Polizisten"]),
        entity("KontraS", "ORG", "IDN", ["der Menschenrechtsorganisation Kontras"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Die Organisation"]),
        entity("Government of Indonesia", "ORG", "IDN", ["der Regierung von Präsident Prabowo Subianto",
                                                          "die Regierung"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Prabowo"]),
        entity("Puan Maharani", "PER", "IDN", ["Parlamentspräsidentin Puan Maharani", "sie"]),
        entity("Sjafrie Sjamsoeddin", "PER", "IDN", ["Verteidigungsminister Sjafrie Sjamsoeddin", "er"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta", "der Hauptstadt"]),
        entity("Surabaya", "LOC", "IDN", ["Surabaya"]),
        entity("Yogyakarta", "LOC", "IDN", ["Yogyakarta"]),
    ],
}

# ---------------------------------------------------------------- hm76-de-04
D4_1 = ("Canberra (dpa) - Nach mehr als drei Jahren Haft in China ist die australische Journalistin Cheng Lei "
        "freigelassen worden.")
D4_2 = ("Sie sei am Mittwoch in Melbourne gelandet und habe ihre beiden Kinder wiedergesehen, teilte "
        "Premierminister Anthony Albanese mit.")
D4_3 = ("Ein Gericht in Peking hatte die frühere Moderatorin des Staatssenders CGTN wegen Weitergabe von "
        "Staatsgeheimnissen zu zwei Jahren und elf Monaten Haft verurteilt.")
D4_4 = "Da sie ihre Strafe verbüßt habe, sei sie abgeschoben worden, sagte Außenamtssprecher Wang Wenbin."
D4_5 = "Der Fall sei »nach dem Gesetz« behandelt worden."
D4_6 = "Australien hatte ihre Festnahme stets als willkürlich kritisiert."
D4_7 = ("Außenministerin Penny Wong hatte den Fall bei ihrem Besuch in Peking im Dezember mit ihrem Amtskollegen "
        "Wang Yi besprochen.")
D4_8 = "Albanese dankte Peking nicht ausdrücklich, sprach aber von einem »Ergebnis geduldiger Diplomatie«."
D4_9 = "Er werde wie geplant noch in diesem Jahr nach China reisen, kündigte er an."
D4_10 = "Zugleich forderte Canberra erneut die Freilassung des seit 2019 inhaftierten Schriftstellers Yang Hengjun."
D4_11 = "Peking hatte im August bereits Strafzölle auf australische Gerste aufgehoben."

CHN = actor("China", "CHN", "GOV")
AUS = actor("Australia", "AUS", "GOV")
CHENG = actor("Cheng Lei", "AUS", "CVL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")

DE04 = {
    "id": "hm76-de-04", "lang": "de", "url": None, "published": "2023-10-11",
    "title": "China lässt australische Journalistin Cheng Lei frei",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10, D4_11]),
    "events": [
        event("RETREAT", CHN, CHENG, D4_1, mode="release"),
        event("SANCTION", actor("Beijing court", "CHN", "JUD"), CHENG, D4_3, mode="convict", location="Beijing",
              location_country="CHN"),
        event("COERCE", CHN, CHENG, D4_4, mode="deport"),
        event("ACCUSE", AUS, CHN, D4_6, mode="disapprove"),
        event("CONSULT", actor("Penny Wong", "AUS", "GOV"), actor("Wang Yi", "CHN", "GOV"), D4_7, mode="visit",
              location="Beijing", location_country="CHN"),
        event("SUPPORT", ALBANESE, CHN, D4_8, negated=True),
        event("AGREE", ALBANESE, CHN, D4_9),
        event("REQUEST", AUS, CHN, D4_10),
        event("RETREAT", CHN, AUS, D4_11),
    ],
    "quotes": [
        quote("Sie sei am Mittwoch in Melbourne gelandet und habe ihre beiden Kinder wiedergesehen",
              "Anthony Albanese", "indirect"),
        quote("Da sie ihre Strafe verbüßt habe, sei sie abgeschoben worden", "Wang Wenbin", "indirect"),
        quote("nach dem Gesetz", "Wang Wenbin", "direct"),
        quote("Der Fall sei »nach dem Gesetz« behandelt worden", "Wang Wenbin", "indirect"),
        quote("Ergebnis geduldiger Diplomatie", "Anthony Albanese", "direct"),
        quote("Er werde wie geplant noch in diesem Jahr nach China reisen", "Anthony Albanese", "indirect"),
    ],
    "entities": [
        entity("Cheng Lei", "PER", "AUS", ["die australische Journalistin Cheng Lei", "Sie",
                                           "die frühere Moderatorin des Staatssenders CGTN"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Australia", "GPE", "AUS", ["Australien", "Canberra"]),
        entity("Anthony Albanese", "PER", "AUS", ["Premierminister Anthony Albanese", "Albanese", "Er"]),
        entity("Beijing court", "ORG", "CHN", ["Ein Gericht in Peking"]),
        entity("CGTN", "ORG", "CHN", ["des Staatssenders CGTN"]),
        entity("Wang Wenbin", "PER", "CHN", ["Außenamtssprecher Wang Wenbin"]),
        entity("Penny Wong", "PER", "AUS", ["Außenministerin Penny Wong"]),
        entity("Wang Yi", "PER", "CHN", ["ihrem Amtskollegen Wang Yi"]),
        entity("Yang Hengjun", "PER", "AUS", ["des seit 2019 inhaftierten Schriftstellers Yang Hengjun"]),
        entity("Melbourne", "LOC", "AUS", ["Melbourne"]),
    ],
}

# ---------------------------------------------------------------- hm76-en-01
E1_1 = ("BANGKOK (Reuters) - A former Cambodian opposition lawmaker, Lim Kimya, was shot dead on a busy Bangkok "
        "street on Tuesday evening.")
E1_2 = ("Cambodian police arrested a Thai suspect in the border province of Battambang on Wednesday and handed "
        "him over to Thai authorities, Thai police said.")
E1_3 = "Lim Kimya, who also held French citizenship, had arrived from Cambodia by bus hours earlier."
E1_4 = "Exiled opposition leader Sam Rainsy blamed Prime Minister Hun Manet's government for the killing."
E1_5 = "\u201cThis is what happens to anyone who speaks out against the Hun family,\u201d he wrote on Facebook."
E1_6 = ("Government spokesman Pen Bona rejected the accusation, saying Phnom Penh had no reason to harm a man who "
        "was no longer politically active.")
E1_7 = ("Hun Manet spoke with Thai Prime Minister Paetongtarn Shinawatra by phone on Wednesday and pledged full "
        "cooperation with the investigation, according to Thai government spokesman Jirayu Houngsub.")
E1_8 = "France and Human Rights Watch urged Thailand to conduct a thorough and independent investigation."
E1_9 = "The rights group said the killing sent \u201ca chilling message\u201d to exiles across the region."

KHM_POLICE = actor("Cambodian National Police", "KHM", "COP")
THA = actor("Thailand", "THA", "GOV")
RAINSY = actor("Sam Rainsy", "KHM", "OPP")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
HUN_MANET = actor("Hun Manet", "KHM", "GOV")
PAETONGTARN = actor("Paetongtarn Shinawatra", "THA", "GOV")

EN01 = {
    "id": "hm76-en-01", "lang": "en", "url": None, "published": "2025-01-08",
    "title": "Former Cambodian opposition lawmaker shot dead in Bangkok",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8, E1_9]),
    "events": [
        event("COERCE", KHM_POLICE, actor("Thai suspect", "THA", "CVL"), E1_2, mode="arrest", date="2025-01-08",
              location="Battambang", location_country="KHM"),
        event("COOPERATE", KHM_POLICE, THA, E1_2, date="2025-01-08"),
        event("ACCUSE", RAINSY, KHM_GOV, E1_4, mode="allege"),
        event("ACCUSE", RAINSY, KHM_GOV, E1_5, mode="allege"),
        event("CONSULT", HUN_MANET, PAETONGTARN, E1_7, mode="phone", date="2025-01-08"),
        event("AGREE", HUN_MANET, PAETONGTARN, E1_7, date="2025-01-08"),
        event("REQUEST", actor("France", "FRA", "GOV"), THA, E1_8),
        event("REQUEST", actor("Human Rights Watch", "NGO", "NGO"), THA, E1_8),
    ],
    "quotes": [
        quote("Cambodian police arrested a Thai suspect in the border province of Battambang on Wednesday and "
              "handed him over to Thai authorities", "Royal Thai Police", "indirect"),
        quote("This is what happens to anyone who speaks out against the Hun family", "Sam Rainsy", "direct"),
        quote("Phnom Penh had no reason to harm a man who was no longer politically active", "Pen Bona",
              "indirect"),
        quote("Hun Manet spoke with Thai Prime Minister Paetongtarn Shinawatra by phone on Wednesday and pledged "
              "full cooperation with the investigation", "Jirayu Houngsub", "indirect"),
        quote("a chilling message", "Human Rights Watch", "direct"),
        quote("the killing sent \u201ca chilling message\u201d to exiles across the region", "Human Rights Watch",
              "indirect"),
    ],
    "entities": [
        entity("Lim Kimya", "PER", "KHM", ["A former Cambodian opposition lawmaker, Lim Kimya", "Lim Kimya",
                                           "a man who was no longer politically active"]),
        entity("Bangkok", "LOC", "THA", ["BANGKOK", "Bangkok"]),
        entity("Cambodian National Police", "ORG", "KHM", ["Cambodian police"]),
        entity("Royal Thai Police", "ORG", "THA", ["Thai police"]),
        entity("Thailand", "GPE", "THA", ["Thai authorities", "Thailand"]),
        entity("Cambodia", "GPE", "KHM", ["Cambodia", "Phnom Penh"]),
        entity("Battambang", "LOC", "KHM", ["the border province of Battambang"]),
        entity("Sam Rainsy", "PER", "KHM", ["Exiled opposition leader Sam Rainsy", "he"]),
        entity("Government of Cambodia", "ORG", "KHM", ["Prime Minister Hun Manet's government"]),
        entity("Hun Manet", "PER", "KHM", ["Prime Minister Hun Manet", "Hun Manet"]),
        entity("Pen Bona", "PER", "KHM", ["Government spokesman Pen Bona"]),
        entity("Paetongtarn Shinawatra", "PER", "THA", ["Thai Prime Minister Paetongtarn Shinawatra"]),
        entity("Jirayu Houngsub", "PER", "THA", ["Thai government spokesman Jirayu Houngsub"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch", "The rights group"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
    ],
}

# ---------------------------------------------------------------- hm76-en-02
E2_1 = ("PORT MORESBY, Papua New Guinea (AP) \u2014 Papua New Guinea's government blocked access to Facebook on "
        "Monday, the most widely used social media platform in the country.")
E2_2 = ("Police Minister Peter Tsiamalili Jr. said the block was a test of measures against hate speech and "
        "misinformation and was not meant to silence critics.")
E2_3 = "Police have made no arrests under the new rules, he added."
E2_4 = ("Opposition lawmakers accused Prime Minister James Marape's government of censorship and demanded that "
        "access be restored immediately.")
E2_5 = ("\u201cThis is a dangerous step toward dictatorship,\u201d said Allan Bird, a provincial governor who sits "
        "with the opposition.")
E2_6 = ("The Media Council of Papua New Guinea said the shutdown violated the constitution's guarantee of free "
        "expression.")
E2_7 = ("Marape's office said on Tuesday that access would be restored once the test was completed, but gave no "
        "date.")
E2_8 = ("The government had threatened last year to ban the platform after deadly riots in Port Moresby that "
        "were partly organized online.")
E2_9 = "Meta, which owns Facebook, did not respond to a request for comment."

PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
FACEBOOK = actor("Facebook", "MNC", "BUS")
PNG_OPP = actor("Papua New Guinea opposition lawmakers", "PNG", "OPP")

EN02 = {
    "id": "hm76-en-02", "lang": "en", "url": None, "published": "2025-03-25",
    "title": "Papua New Guinea blocks Facebook in what it calls a test",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("COERCE", PNG_GOV, FACEBOOK, E2_1, mode="censor", date="2025-03-24"),
        event("COERCE", actor("Royal Papua New Guinea Constabulary", "PNG", "COP"), None, E2_3, mode="arrest",
              negated=True),
        event("ACCUSE", PNG_OPP, PNG_GOV, E2_4, mode="disapprove"),
        event("REQUEST", PNG_OPP, PNG_GOV, E2_4),
        event("ACCUSE", actor("Allan Bird", "PNG", "OPP"), PNG_GOV, E2_5, mode="disapprove"),
        event("ACCUSE", actor("Media Council of Papua New Guinea", "PNG", "NGO"), PNG_GOV, E2_6,
              mode="disapprove"),
        event("CONCEDE", actor("Office of the Prime Minister of Papua New Guinea", "PNG", "GOV"), FACEBOOK, E2_7,
              date="2025-03-25"),
        event("THREATEN", PNG_GOV, FACEBOOK, E2_8),
    ],
    "quotes": [
        quote("the block was a test of measures against hate speech and misinformation and was not meant to "
              "silence critics", "Peter Tsiamalili Jr.", "indirect"),
        quote("Police have made no arrests under the new rules", "Peter Tsiamalili Jr.", "indirect"),
        quote("that access be restored immediately", "Papua New Guinea opposition lawmakers", "indirect"),
        quote("This is a dangerous step toward dictatorship", "Allan Bird", "direct"),
        quote("the shutdown violated the constitution's guarantee of free expression",
              "Media Council of Papua New Guinea", "indirect"),
        quote("that access would be restored once the test was completed",
              "Office of the Prime Minister of Papua New Guinea", "indirect"),
    ],
    "entities": [
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea", "the country"]),
        entity("Government of Papua New Guinea", "ORG", "PNG",
               ["Papua New Guinea's government", "Prime Minister James Marape's government", "The government"]),
        entity("Facebook", "ORG", "MNC", ["Facebook", "the platform"]),
        entity("Meta", "ORG", "MNC", ["Meta"]),
        entity("Peter Tsiamalili Jr.", "PER", "PNG", ["Police Minister Peter Tsiamalili Jr.", "he"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["Police"]),
        entity("Papua New Guinea opposition lawmakers", "ORG", "PNG", ["Opposition lawmakers", "the opposition"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape"]),
        entity("Allan Bird", "PER", "PNG", ["Allan Bird, a provincial governor who sits with the opposition"]),
        entity("Media Council of Papua New Guinea", "ORG", "PNG", ["The Media Council of Papua New Guinea"]),
        entity("Office of the Prime Minister of Papua New Guinea", "ORG", "PNG", ["Marape's office"]),
        entity("Port Moresby", "LOC", "PNG", ["PORT MORESBY", "Port Moresby"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
