"""Round 65: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories:
- hm65-de-01: Germany recalls its ambassador from Moscow over the APT28 attack on the SPD (May 2024).
- hm65-de-02: Russia lets the Black Sea grain deal expire after the Crimean bridge attack (July 2023).
- hm65-de-03: Tajikistan summons Russia's ambassador over the treatment of Tajiks after Crocus City Hall (April 2024).
- hm65-de-04: Israel declares Lula persona non grata over his Holocaust comparison (February 2024).
- hm65-en-01: China expels a Canadian consul after Canada expels Zhao Wei (May 2023).
- hm65-en-02: Starmer condemns the riots at a Rotherham asylum hotel (August 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm65-de-01
D1_1 = ("Berlin (dpa) - Die Bundesregierung hat ihren Botschafter in Moskau, Alexander Graf Lambsdorff, am Montag "
        "für eine Woche zu Konsultationen nach Berlin zurückgerufen.")
D1_2 = ("Hintergrund sind Cyberangriffe auf die SPD-Parteizentrale und auf Rüstungsfirmen, die die Regierung dem "
        "russischen Militärgeheimdienst GRU zuschreibt.")
D1_3 = "Bereits am Freitag war der Geschäftsträger der russischen Botschaft ins Auswärtige Amt einbestellt worden."
D1_4 = "Außenministerin Annalena Baerbock sprach bei einem Besuch in Australien von einem „völlig inakzeptablen“ Vorgang."
D1_5 = "»Staatlich gesteuerte russische Hacker haben unser Land angegriffen, und das wird Konsequenzen haben«, sagte sie."
D1_6 = "Auch die Nato und die EU verurteilten die Angriffe der Hackergruppe APT28."
D1_7 = "Kremlsprecher Dmitri Peskow wies die Vorwürfe als „unbegründet“ zurück."
D1_8 = "Moskau werde auf jeden unfreundlichen Schritt Berlins reagieren, sagte Außenamtssprecherin Maria Sacharowa."
D1_9 = "Eine Ausweisung russischer Diplomaten plant die Bundesregierung nach Angaben eines Sprechers vorerst nicht."

DEU = actor("Germany", "DEU", "GOV")
RUS = actor("Russia", "RUS", "GOV")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
APT28 = actor("APT28", "RUS", "MIL")

DE01 = {
    "id": "hm65-de-01", "lang": "de", "url": None, "published": "2024-05-06",
    "title": "Nach Hackerangriff: Berlin ruft Botschafter aus Moskau zurück",
    "text": paragraphs([D1_1, D1_2, D1_3], [D1_4, D1_5, D1_6], [D1_7, D1_8, D1_9]),
    "events": [
        event("SANCTION", DEU, RUS, D1_1, mode="withdraw", date="2024-05-06"),
        event("ACCUSE", DEU, actor("GRU", "RUS", "MIL"), D1_2, mode="allege"),
        event("ACCUSE", actor("Federal Foreign Office", "DEU", "GOV"), RUS, D1_3, mode="disapprove",
              date="2024-05-03", location="Berlin", location_country="DEU"),
        event("CONSULT", BAERBOCK, actor("Australia", "AUS", "GOV"), D1_4, mode="visit",
              location="Australia", location_country="AUS"),
        event("ACCUSE", BAERBOCK, RUS, D1_4, mode="disapprove"),
        event("ACCUSE", BAERBOCK, RUS, D1_5, mode="allege"),
        event("THREATEN", BAERBOCK, RUS, D1_5),
        event("ACCUSE", actor("NATO", "IGO", "IGO"), APT28, D1_6, mode="disapprove"),
        event("ACCUSE", actor("European Union", "EUR", "IGO"), APT28, D1_6, mode="disapprove"),
        event("THREATEN", actor("Maria Zakharova", "RUS", "GOV"), DEU, D1_8),
        event("SANCTION", DEU, RUS, D1_9, mode="expel", negated=True),
    ],
    "quotes": [
        quote("völlig inakzeptablen", "Annalena Baerbock", "direct"),
        quote("Staatlich gesteuerte russische Hacker haben unser Land angegriffen, und das wird Konsequenzen haben",
              "Annalena Baerbock", "direct"),
        quote("unbegründet", "Dmitry Peskov", "direct"),
        quote("Moskau werde auf jeden unfreundlichen Schritt Berlins reagieren", "Maria Zakharova", "indirect"),
        quote("Eine Ausweisung russischer Diplomaten plant die Bundesregierung nach Angaben eines Sprechers vorerst nicht",
              "Spokesperson of the German government", "indirect"),
    ],
    "entities": [
        entity("Germany", "GPE", "DEU", ["Die Bundesregierung", "die Regierung", "unser Land", "Berlins",
                                          "die Bundesregierung"]),
        entity("Berlin", "GPE", "DEU", ["Berlin"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Alexander Graf Lambsdorff", "PER", "DEU", ["ihren Botschafter in Moskau", "Alexander Graf Lambsdorff"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD-Parteizentrale"]),
        entity("GRU", "ORG", "RUS", ["dem russischen Militärgeheimdienst GRU"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Auswärtige Amt"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "sie"]),
        entity("Australia", "GPE", "AUS", ["Australien"]),
        entity("NATO", "ORG", "IGO", ["die Nato"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("APT28", "ORG", "RUS", ["der Hackergruppe APT28"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
    ],
}

# ---------------------------------------------------------------- hm65-de-02
D2_1 = ("Moskau (AFP) - Russland hat am Montag das Abkommen über die Ausfuhr ukrainischen Getreides über das "
        "Schwarze Meer auslaufen lassen.")
D2_2 = "Kremlsprecher Dmitri Peskow sagte, die Vereinbarungen seien »faktisch beendet«."
D2_3 = ("Sobald Russlands Forderungen nach einer Lockerung der Sanktionen für seine Agrarexporte erfüllt seien, werde "
        "Moskau »sofort« zurückkehren, fügte er hinzu.")
D2_4 = ("Wenige Stunden zuvor war die Krim-Brücke bei einem Angriff mit Seedrohnen beschädigt worden, zwei Zivilisten "
        "kamen ums Leben.")
D2_5 = "Russland machte die Ukraine für die Attacke verantwortlich und kündigte Vergeltung an."
D2_6 = "Der Kreml betonte jedoch, der Ausstieg aus dem Abkommen habe mit dem Angriff nichts zu tun."
D2_7 = ("UN-Generalsekretär António Guterres bedauerte die Entscheidung zutiefst: „Hunderte Millionen Menschen, die "
        "Hunger leiden, werden den Preis zahlen.“")
D2_8 = ("Der türkische Präsident Recep Tayyip Erdoğan, der das Abkommen im Juli 2022 gemeinsam mit den UN vermittelt "
        "hatte, will in den kommenden Tagen mit Kremlchef Wladimir Putin telefonieren.")
D2_9 = ("Der ukrainische Präsident Wolodymyr Selenskyj forderte die Türkei und die UN auf, die Getreidelieferungen "
        "auch ohne Russland fortzusetzen.")

UKR = actor("Ukraine", "UKR", "GOV")
RUS2 = actor("Russia", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

DE02 = {
    "id": "hm65-de-02", "lang": "de", "url": None, "published": "2023-07-17",
    "title": "Russland steigt aus dem Getreideabkommen aus",
    "text": paragraphs([D2_1, D2_2, D2_3], [D2_4, D2_5, D2_6], [D2_7, D2_8, D2_9]),
    "events": [
        event("SANCTION", RUS2, UKR, D2_1, mode="discontinue", date="2023-07-17"),
        event("SANCTION", actor("Dmitry Peskov", "RUS", "GOV"), UKR, D2_2, mode="discontinue"),
        event("ACCUSE", RUS2, UKR, D2_5, mode="allege"),
        event("THREATEN", RUS2, UKR, D2_5),
        event("ACCUSE", actor("António Guterres", "UNO", "IGO"), RUS2, D2_7, mode="disapprove"),
        event("AGREE", actor("Recep Tayyip Erdoğan", "TUR", "GOV"), actor("Vladimir Putin", "RUS", "GOV"), D2_8),
        event("REQUEST", ZELENSKY, actor("Turkey", "TUR", "GOV"), D2_9),
        event("REQUEST", ZELENSKY, actor("United Nations", "UNO", "IGO"), D2_9),
    ],
    "quotes": [
        quote("die Vereinbarungen seien »faktisch beendet«", "Dmitry Peskov", "indirect"),
        quote("faktisch beendet", "Dmitry Peskov", "direct"),
        quote("Sobald Russlands Forderungen nach einer Lockerung der Sanktionen für seine Agrarexporte erfüllt seien, "
              "werde Moskau »sofort« zurückkehren", "Dmitry Peskov", "indirect"),
        quote("sofort", "Dmitry Peskov", "direct"),
        quote("der Ausstieg aus dem Abkommen habe mit dem Angriff nichts zu tun", "Kremlin", "indirect"),
        quote("Hunderte Millionen Menschen, die Hunger leiden, werden den Preis zahlen", "António Guterres", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Russlands", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
        entity("Black Sea", "LOC", None, ["Schwarze Meer"]),
        entity("Crimean Bridge", "LOC", "RUS", ["die Krim-Brücke"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan"]),
        entity("United Nations", "ORG", "UNO", ["den UN", "die UN"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Turkey", "GPE", "TUR", ["die Türkei"]),
    ],
}

# ---------------------------------------------------------------- hm65-de-03
D3_1 = ("Duschanbe (dpa) - Tadschikistan hat am Dienstag den russischen Botschafter Semjon Grigorjew ins "
        "Außenministerium einbestellt.")
D3_2 = ("Anlass sei die »unwürdige Behandlung« tadschikischer Staatsbürger an russischen Flughäfen, teilte das "
        "Ministerium mit.")
D3_3 = ("Seit dem Anschlag auf die Konzerthalle Crocus City Hall bei Moskau im März halten russische Grenzbeamte "
        "Reisende aus dem zentralasiatischen Land oft tagelang fest.")
D3_4 = ("Präsident Emomali Rachmon sprach nach Angaben seines Büros mit Kremlchef Wladimir Putin telefonisch über die "
        "Lage der Migranten.")
D3_5 = ("Kremlsprecher Dmitri Peskow kündigte an, die Abfertigung an den Flughäfen zu beschleunigen: »Wir verstehen "
        "die Sorgen unserer tadschikischen Freunde.«")
D3_6 = ("Am Mittwoch seien 40 in Moskau-Wnukowo festgehaltene Tadschiken freigelassen worden, teilte die Botschaft "
        "in Moskau mit.")
D3_7 = "Die Polizei hatte zuletzt bei Razzien in Moskau und Sankt Petersburg Dutzende tadschikische Migranten festgenommen."
D3_8 = ("Die Regierung in Duschanbe forderte Moskau auf, die Rechte der Arbeitsmigranten zu achten, und sagte "
        "Unterstützung bei den Ermittlungen zum Anschlag zu.")
D3_9 = "„Tadschikistan ist ein verlässlicher Partner im Kampf gegen den Terrorismus“, sagte Außenminister Sirodschiddin Muhriddin."

TJK = actor("Tajikistan", "TJK", "GOV")
RUS3 = actor("Russia", "RUS", "GOV")
TJ_TRAVEL = actor("Tajik travellers", "TJK", "CVL")

DE03 = {
    "id": "hm65-de-03", "lang": "de", "url": None, "published": "2024-04-24",
    "title": "Tadschikistan bestellt russischen Botschafter ein",
    "text": paragraphs([D3_1, D3_2, D3_3], [D3_4, D3_5, D3_6], [D3_7, D3_8, D3_9]),
    "events": [
        event("ACCUSE", TJK, RUS3, D3_1, mode="disapprove", date="2024-04-23", location="Dushanbe",
              location_country="TJK"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Tajikistan", "TJK", "GOV"), RUS3, D3_2,
              mode="disapprove"),
        event("COERCE", actor("Russian border guards", "RUS", "COP"), TJ_TRAVEL, D3_3, mode="arrest"),
        event("CONSULT", actor("Emomali Rahmon", "TJK", "GOV"), actor("Vladimir Putin", "RUS", "GOV"), D3_4,
              mode="phone"),
        event("CONCEDE", actor("Dmitry Peskov", "RUS", "GOV"), TJK, D3_5),
        event("RETREAT", actor("Russian border guards", "RUS", "COP"), TJ_TRAVEL, D3_6, mode="release",
              date="2024-04-24", location="Moscow", location_country="RUS"),
        event("COERCE", actor("Russian police", "RUS", "COP"), actor("Tajik migrants", "TJK", "CVL"), D3_7,
              mode="arrest", location="Moscow", location_country="RUS"),
        event("REQUEST", TJK, RUS3, D3_8),
        event("AGREE", TJK, RUS3, D3_8),
    ],
    "quotes": [
        quote("Anlass sei die »unwürdige Behandlung« tadschikischer Staatsbürger an russischen Flughäfen",
              "Ministry of Foreign Affairs of Tajikistan", "indirect"),
        quote("unwürdige Behandlung", "Ministry of Foreign Affairs of Tajikistan", "direct"),
        quote("Präsident Emomali Rachmon sprach nach Angaben seines Büros mit Kremlchef Wladimir Putin telefonisch über "
              "die Lage der Migranten", "Office of the President of Tajikistan", "indirect"),
        quote("Wir verstehen die Sorgen unserer tadschikischen Freunde", "Dmitry Peskov", "direct"),
        quote("Am Mittwoch seien 40 in Moskau-Wnukowo festgehaltene Tadschiken freigelassen worden",
              "Embassy of Tajikistan in Russia", "indirect"),
        quote("Tadschikistan ist ein verlässlicher Partner im Kampf gegen den Terrorismus", "Sirojiddin Muhriddin",
              "direct"),
    ],
    "entities": [
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan", "dem zentralasiatischen Land",
                                            "Die Regierung in Duschanbe"]),
        entity("Dushanbe", "GPE", "TJK", ["Duschanbe"]),
        entity("Semyon Grigoryev", "PER", "RUS", ["den russischen Botschafter Semjon Grigorjew"]),
        entity("Ministry of Foreign Affairs of Tajikistan", "ORG", "TJK", ["Außenministerium", "das Ministerium"]),
        entity("Crocus City Hall", "LOC", "RUS", ["die Konzerthalle Crocus City Hall"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Moscow", "GPE", "RUS", ["Moskau", "Moskau-Wnukowo"]),
        entity("Saint Petersburg", "GPE", "RUS", ["Sankt Petersburg"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Präsident Emomali Rachmon"]),
        entity("Office of the President of Tajikistan", "ORG", "TJK", ["seines Büros"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Embassy of Tajikistan in Russia", "ORG", "TJK", ["die Botschaft in Moskau"]),
        entity("Russian police", "ORG", "RUS", ["Die Polizei"]),
        entity("Sirojiddin Muhriddin", "PER", "TJK", ["Außenminister Sirodschiddin Muhriddin"]),
    ],
}

# ---------------------------------------------------------------- hm65-de-04
D4_1 = ("Jerusalem/Brasília (dpa) - Israel hat Brasiliens Präsidenten Luiz Inácio Lula da Silva zur unerwünschten "
        "Person erklärt.")
D4_2 = ("Lula hatte am Sonntag am Rande des Gipfels der Afrikanischen Union in Addis Abeba das israelische Vorgehen im "
        "Gazastreifen mit dem Holocaust verglichen.")
D4_3 = ("Außenminister Israel Katz bestellte am Montag den brasilianischen Botschafter Frederico Meyer in die "
        "Holocaust-Gedenkstätte Yad Vashem ein.")
D4_4 = "„Der Vergleich ist ein schwerer antisemitischer Angriff“, sagte Katz dort."
D4_5 = "Er verlangte, Lula müsse sich entschuldigen."
D4_6 = "Brasília rief daraufhin seinen Botschafter aus Tel Aviv zu Konsultationen zurück."
D4_7 = "Zudem wurde der israelische Botschafter Daniel Zonshine in Rio de Janeiro einbestellt."
D4_8 = "Lulas außenpolitischer Berater Celso Amorim nannte die israelische Reaktion »absurd«."
D4_9 = "Die islamistische Hamas begrüßte die Äußerungen als »Beschreibung der Realität«."
D4_10 = "Eine Entschuldigung lehnte Lula am Montagabend ab."

ISR = actor("Israel", "ISR", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")

DE04 = {
    "id": "hm65-de-04", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Israel erklärt Lula zur unerwünschten Person",
    "text": paragraphs([D4_1, D4_2, D4_3], [D4_4, D4_5, D4_6, D4_7], [D4_8, D4_9, D4_10]),
    "events": [
        event("SANCTION", ISR, LULA, D4_1, mode="expel"),
        event("ACCUSE", LULA, ISR, D4_2, mode="disapprove", date="2024-02-18", location="Addis Ababa",
              location_country="ETH"),
        event("ACCUSE", KATZ, BRA, D4_3, mode="disapprove", date="2024-02-19", location="Yad Vashem",
              location_country="ISR"),
        event("ACCUSE", KATZ, LULA, D4_4, mode="disapprove"),
        event("REQUEST", KATZ, LULA, D4_5),
        event("SANCTION", BRA, ISR, D4_6, mode="withdraw"),
        event("ACCUSE", BRA, ISR, D4_7, mode="disapprove", location="Rio de Janeiro", location_country="BRA"),
        event("ACCUSE", actor("Celso Amorim", "BRA", "GOV"), ISR, D4_8, mode="disapprove"),
        event("SUPPORT", actor("Hamas", "PSE", "REB"), LULA, D4_9),
        event("REJECT", LULA, KATZ, D4_10, date="2024-02-19"),
    ],
    "quotes": [
        quote("Der Vergleich ist ein schwerer antisemitischer Angriff", "Israel Katz", "direct"),
        quote("Lula müsse sich entschuldigen", "Israel Katz", "indirect"),
        quote("absurd", "Celso Amorim", "direct"),
        quote("Beschreibung der Realität", "Hamas", "direct"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens", "Brasília"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Brasiliens Präsidenten Luiz Inácio Lula da Silva", "Lula",
                                                           "Lulas"]),
        entity("African Union", "ORG", "IGO", ["der Afrikanischen Union"]),
        entity("Addis Ababa", "GPE", "ETH", ["Addis Abeba"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Israel Katz", "PER", "ISR", ["Außenminister Israel Katz", "Katz", "Er"]),
        entity("Frederico Meyer", "PER", "BRA", ["den brasilianischen Botschafter Frederico Meyer",
                                                  "seinen Botschafter aus Tel Aviv"]),
        entity("Yad Vashem", "LOC", "ISR", ["Holocaust-Gedenkstätte Yad Vashem"]),
        entity("Daniel Zonshine", "PER", "ISR", ["der israelische Botschafter Daniel Zonshine"]),
        entity("Rio de Janeiro", "GPE", "BRA", ["Rio de Janeiro"]),
        entity("Celso Amorim", "PER", "BRA", ["Lulas außenpolitischer Berater Celso Amorim"]),
        entity("Hamas", "ORG", "PSE", ["Die islamistische Hamas"]),
    ],
}

# ---------------------------------------------------------------- hm65-en-01
E1_1 = ("OTTAWA (Reuters) - China on Tuesday ordered a Canadian diplomat in Shanghai to leave the country, retaliating "
        "for Ottawa's expulsion of a Chinese envoy accused of targeting a Canadian lawmaker.")
E1_2 = ("The Chinese foreign ministry said Jennifer Lynn Lalonde, a consul at Canada's consulate general in Shanghai, "
        "must leave by May 13.")
E1_3 = ("On Monday, Foreign Minister Melanie Joly declared Zhao Wei persona non grata, saying Canada would not "
        "tolerate any form of foreign interference.")
E1_4 = ("Canadian intelligence had reportedly found that Zhao was involved in a plan to intimidate Conservative "
        "legislator Michael Chong and his relatives in Hong Kong.")
E1_5 = ("“We will not be intimidated,” Joly told reporters in Ottawa, “and any diplomat who engages in this type of "
        "behavior will be sent home.”")
E1_6 = "Beijing's embassy in Ottawa lodged “strong protests” and accused Canada of sabotaging relations."
E1_7 = ("Chinese foreign ministry spokesperson Wang Wenbin said Beijing reserved the right to take further "
        "countermeasures.")
E1_8 = "Chong welcomed the expulsion but criticized the government for acting far too late."

CHN = actor("China", "CHN", "GOV")
CAN = actor("Canada", "CAN", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")

EN01 = {
    "id": "hm65-en-01", "lang": "en", "url": None, "published": "2023-05-09",
    "title": "China expels Canadian diplomat in tit-for-tat move",
    "text": paragraphs([E1_1, E1_2, E1_3], [E1_4, E1_5, E1_6], [E1_7, E1_8]),
    "events": [
        event("SANCTION", CHN, CAN, E1_1, mode="expel", date="2023-05-09"),
        event("SANCTION", CAN, CHN, E1_1, mode="expel"),
        event("SANCTION", actor("Ministry of Foreign Affairs of China", "CHN", "GOV"),
              actor("Jennifer Lynn Lalonde", "CAN", "GOV"), E1_2, mode="expel"),
        event("SANCTION", JOLY, actor("Zhao Wei", "CHN", "GOV"), E1_3, mode="expel", date="2023-05-08"),
        event("THREATEN", JOLY, CHN, E1_5),
        event("ACCUSE", actor("Embassy of China in Canada", "CHN", "GOV"), CAN, E1_6, mode="disapprove"),
        event("THREATEN", actor("Wang Wenbin", "CHN", "GOV"), CAN, E1_7),
        event("SUPPORT", actor("Michael Chong", "CAN", "LEG"), CAN, E1_8),
        event("ACCUSE", actor("Michael Chong", "CAN", "LEG"), CAN, E1_8, mode="disapprove"),
    ],
    "quotes": [
        quote("Jennifer Lynn Lalonde, a consul at Canada's consulate general in Shanghai, must leave by May 13",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("Canada would not tolerate any form of foreign interference", "Mélanie Joly", "indirect"),
        quote("We will not be intimidated", "Mélanie Joly", "direct"),
        quote("and any diplomat who engages in this type of behavior will be sent home", "Mélanie Joly", "direct"),
        quote("strong protests", "Embassy of China in Canada", "direct"),
        quote("Beijing reserved the right to take further countermeasures", "Wang Wenbin", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("Canada", "GPE", "CAN", ["Ottawa's", "Canada", "the government"]),
        entity("Ottawa", "GPE", "CAN", ["OTTAWA", "Ottawa"]),
        entity("Shanghai", "GPE", "CHN", ["Shanghai"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["The Chinese foreign ministry"]),
        entity("Jennifer Lynn Lalonde", "PER", "CAN", ["a Canadian diplomat in Shanghai", "Jennifer Lynn Lalonde"]),
        entity("Mélanie Joly", "PER", "CAN", ["Foreign Minister Melanie Joly", "Joly"]),
        entity("Zhao Wei", "PER", "CHN", ["a Chinese envoy", "Zhao Wei", "Zhao"]),
        entity("Michael Chong", "PER", "CAN", ["a Canadian lawmaker", "Conservative legislator Michael Chong", "Chong"]),
        entity("Hong Kong", "GPE", "CHN", ["Hong Kong"]),
        entity("Embassy of China in Canada", "ORG", "CHN", ["Beijing's embassy in Ottawa"]),
        entity("Wang Wenbin", "PER", "CHN", ["Chinese foreign ministry spokesperson Wang Wenbin"]),
    ],
}

# ---------------------------------------------------------------- hm65-en-02
E2_1 = ("LONDON (AP) — Prime Minister Keir Starmer on Sunday condemned “far-right thuggery” after rioters attacked a "
        "hotel housing asylum-seekers in Rotherham, northern England.")
E2_2 = ("Masked men smashed windows and set fire to bins at the Holiday Inn Express while about 240 people were "
        "inside, police said.")
E2_3 = "Officers were pelted with bricks and at least 10 were injured."
E2_4 = ("The unrest began after three girls were killed in a knife attack in Southport last Monday and false claims "
        "about the suspect spread online.")
E2_5 = ("“You will regret taking part in this disorder, either directly or those whipping up this action online,” "
        "Starmer said in a televised statement.")
E2_6 = "Police have arrested more than 150 people across England since Tuesday, the National Police Chiefs' Council said."
E2_7 = "Home Secretary Yvette Cooper said 2,100 additional officers would be deployed to potential hotspots this week."
E2_8 = "Counter-protesters gathered in several cities on Sunday to oppose the riots."
E2_9 = "Elon Musk, the owner of X, drew criticism from ministers after posting that “civil war is inevitable” in Britain."

RIOTERS = actor("rioters", "GBR", "CVL")
STARMER = actor("Keir Starmer", "GBR", "GOV")
ASYLUM = actor("asylum-seekers", None, "CVL")

EN02 = {
    "id": "hm65-en-02", "lang": "en", "url": None, "published": "2024-08-05",
    "title": "UK leader condemns 'far-right thuggery' after rioters attack asylum hotel",
    "text": paragraphs([E2_1, E2_2, E2_3], [E2_4, E2_5, E2_6], [E2_7, E2_8, E2_9]),
    "events": [
        event("ACCUSE", STARMER, RIOTERS, E2_1, mode="disapprove", date="2024-08-04"),
        event("ASSAULT", RIOTERS, ASYLUM, E2_1, date="2024-08-04", location="Rotherham", location_country="GBR"),
        event("ASSAULT", RIOTERS, ASYLUM, E2_2, location="Rotherham", location_country="GBR"),
        event("ASSAULT", RIOTERS, actor("South Yorkshire Police", "GBR", "COP"), E2_3, location="Rotherham",
              location_country="GBR"),
        event("THREATEN", STARMER, RIOTERS, E2_5),
        event("COERCE", actor("British police", "GBR", "COP"), RIOTERS, E2_6, mode="arrest", location="England",
              location_country="GBR"),
        event("MOBILIZE", actor("Yvette Cooper", "GBR", "GOV"), None, E2_7, mode="police"),
        event("PROTEST", actor("counter-protesters", "GBR", "CVL"), RIOTERS, E2_8, mode="demo", date="2024-08-04"),
        event("ACCUSE", actor("British ministers", "GBR", "GOV"), actor("Elon Musk", "USA", "BUS"), E2_9,
              mode="disapprove"),
    ],
    "quotes": [
        quote("far-right thuggery", "Keir Starmer", "direct"),
        quote("Masked men smashed windows and set fire to bins at the Holiday Inn Express while about 240 people were "
              "inside", "South Yorkshire Police", "indirect"),
        quote("You will regret taking part in this disorder, either directly or those whipping up this action online",
              "Keir Starmer", "direct"),
        quote("Police have arrested more than 150 people across England since Tuesday", "National Police Chiefs' Council",
              "indirect"),
        quote("2,100 additional officers would be deployed to potential hotspots this week", "Yvette Cooper", "indirect"),
        quote("civil war is inevitable", "Elon Musk", "direct"),
    ],
    "entities": [
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer", "Starmer"]),
        entity("Rotherham", "GPE", "GBR", ["Rotherham"]),
        entity("Holiday Inn Express", "LOC", "GBR", ["a hotel housing asylum-seekers", "the Holiday Inn Express"]),
        entity("South Yorkshire Police", "ORG", "GBR", ["police", "Officers"]),
        entity("Southport", "GPE", "GBR", ["Southport"]),
        entity("England", "GPE", "GBR", ["northern England", "England"]),
        entity("National Police Chiefs' Council", "ORG", "GBR", ["the National Police Chiefs' Council"]),
        entity("Yvette Cooper", "PER", "GBR", ["Home Secretary Yvette Cooper"]),
        entity("Elon Musk", "PER", "USA", ["Elon Musk", "the owner of X"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
