"""Round 83: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style texts on real 2023-2025 settings):
- hm83-de-01: Kyiv accuses Moscow of breaking Putin's Easter truce; prisoner exchange via the UAE (April 2025).
- hm83-de-02: Germany arrests an aide of AfD MEP Krah on suspicion of spying for China (April 2024).
- hm83-de-03: China cuts contacts with Czech President Pavel after he met the Dalai Lama (July 2025).
- hm83-de-04: South Korean opposition leader Lee Jae-myung stabbed in Busan (January 2024).
- hm83-en-01: UK Supreme Court rules the Rwanda asylum plan unlawful (November 2023).
- hm83-en-02: Hong Kong police put bounties on eight overseas activists; London and Washington condemn (July 2023).
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm83-de-01
ZEL = actor("Volodymyr Zelensky", "UKR", "GOV")
RUS = actor("Russia", "RUS", "GOV")
UKR = actor("Ukraine", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RUS_MIL = actor("Russian armed forces", "RUS", "MIL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")

S1 = ("Der ukrainische Präsident Wolodymyr Selenskyj hat Russland vorgeworfen, die von Kremlchef Wladimir Putin "
      "verkündete Oster-Waffenruhe mehrfach gebrochen zu haben.")
S2 = ("Bis Sonntagmittag hätten russische Truppen ukrainische Stellungen an der Front fast 60 Mal beschossen, "
      "schrieb er auf der Plattform X.")
S3 = ("Putin hatte am Samstag überraschend angeordnet, alle Kampfhandlungen von 18.00 Uhr Moskauer Zeit bis "
      "Mitternacht zum Montag einzustellen.")
S4 = ("Kremlsprecher Dmitri Peskow sagte, die russischen Einheiten hielten sich strikt an die Feuerpause und "
      "reagierten nur auf Provokationen.")
S5 = ("Das Verteidigungsministerium in Moskau warf Kiew seinerseits mehr als 1000 Verstöße vor, darunter "
      "Drohnenangriffe auf die Region Brjansk.")
S6 = ("Selenskyj hatte vorgeschlagen, die Waffenruhe für Angriffe auf zivile Infrastruktur um 30 Tage zu "
      "verlängern.")
S7 = "Moskau ließ den Vorschlag zunächst unbeantwortet."
S8 = ("Unterdessen tauschten beide Seiten unter Vermittlung der Vereinigten Arabischen Emirate insgesamt 492 "
      "Gefangene aus.")
S9 = ("„Ostern sollte ein Tag der Stille sein, doch Russland setzt seine Angriffe fort“, sagte der ukrainische "
      "Außenminister Andrij Sybiha.")
S10 = "Die EU forderte Moskau auf, einer vollständigen und bedingungslosen Waffenruhe zuzustimmen."

ARTICLES.append({
    "id": "hm83-de-01", "lang": "de", "url": None, "published": "2025-04-20",
    "title": "Kiew wirft Moskau Bruch der Oster-Waffenruhe vor",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("ACCUSE", ZEL, RUS, S1, mode="allege"),
        event("ACCUSE", ZEL, RUS, S2, mode="allege"),
        event("CONCEDE", PUTIN, None, S3, date="2025-04-19"),
        event("RETREAT", RUS_MIL, UKR, S4, mode="ceasefire"),
        event("ACCUSE", RUS_MOD, UKR, S5, mode="allege"),
        event("AGREE", ZEL, RUS, S6),
        event("RETREAT", RUS, UKR, S8, mode="release"),
        event("RETREAT", UKR, RUS, S8, mode="release"),
        event("ACCUSE", SYBIHA, RUS, S9, mode="disapprove"),
        event("REQUEST", EU, RUS, S10, mode="yield"),
    ],
    "quotes": [
        quote("die von Kremlchef Wladimir Putin verkündete Oster-Waffenruhe mehrfach gebrochen zu haben",
              "Volodymyr Zelensky", "indirect"),
        quote("Bis Sonntagmittag hätten russische Truppen ukrainische Stellungen an der Front fast 60 Mal beschossen",
              "Volodymyr Zelensky", "indirect"),
        quote("die russischen Einheiten hielten sich strikt an die Feuerpause und reagierten nur auf Provokationen",
              "Dmitry Peskov", "indirect"),
        quote("Ostern sollte ein Tag der Stille sein, doch Russland setzt seine Angriffe fort", "Andrii Sybiha",
              "direct"),
    ],
    "entities": [
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Der ukrainische Präsident Wolodymyr Selenskyj", "er", "Selenskyj"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew"]),
        entity("Bryansk Oblast", "LOC", "RUS", ["die Region Brjansk"]),
        entity("United Arab Emirates", "GPE", "ARE", ["der Vereinigten Arabischen Emirate"]),
        entity("Andrii Sybiha", "PER", "UKR", ["der ukrainische Außenminister Andrij Sybiha"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
    ],
})

# ---------------------------------------------------------------- hm83-de-02
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
JIAN = actor("Jian G.", "DEU", "CVL")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
CHN = actor("China", "CHN", "GOV")
AA = actor("Federal Foreign Office", "DEU", "GOV")
CHN_EMB = actor("Embassy of China in Germany", "CHN", "GOV")
DEU = actor("Germany", "DEU", "GOV")
DEU_COP = actor("German police", "DEU", "COP")
THREE = actor("three German suspects", "DEU", "CVL")

S1 = ("Die Bundesanwaltschaft hat den deutschen Staatsangehörigen Jian G., einen Mitarbeiter des "
      "AfD-Europaabgeordneten Maximilian Krah, am Montag in Dresden festnehmen lassen.")
S2 = ("Ihm wird vorgeworfen, für einen chinesischen Geheimdienst Informationen über Verhandlungen im "
      "Europaparlament weitergegeben und chinesische Dissidenten in Deutschland ausgespäht zu haben.")
S3 = ("Bundesinnenministerin Nancy Faeser sprach am Dienstag von einer „äußerst ernsten Bedrohung“ durch "
      "chinesische Spionage.")
S4 = ("Sollte sich der Verdacht bestätigen, werde das Konsequenzen für die Beziehungen zu Peking haben, sagte "
      "sie.")
S5 = "Das Auswärtige Amt bestellte zudem den chinesischen Botschafter ein."
S6 = "Die chinesische Botschaft in Berlin wies die Vorwürfe als „Verleumdung“ zurück."
S7 = "Sie forderte Berlin auf, die bilateralen Beziehungen nicht weiter zu belasten."
S8 = ("Krah erklärte, er habe von den mutmaßlichen Aktivitäten seines Mitarbeiters nichts gewusst.")
S9 = "Bereits am Montag waren in Nordrhein-Westfalen drei weitere Deutsche festgenommen worden."
S10 = "Laut Anklagebehörde sollen sie Technologie für militärische Zwecke an China weitergegeben haben."

ARTICLES.append({
    "id": "hm83-de-02", "lang": "de", "url": None, "published": "2024-04-23",
    "title": "Mitarbeiter von AfD-Politiker Krah unter Spionageverdacht festgenommen",
    "text": paragraphs([S1, S2], [S3, S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("COERCE", GBA, JIAN, S1, mode="arrest", date="2024-04-22", location="Dresden",
              location_country="DEU"),
        event("ACCUSE", GBA, JIAN, S2, mode="allege"),
        event("ACCUSE", FAESER, CHN, S3, mode="disapprove", date="2024-04-23"),
        event("THREATEN", FAESER, CHN, S4, mode="relations"),
        event("ACCUSE", AA, CHN, S5, mode="disapprove"),
        event("REQUEST", CHN_EMB, DEU, S7, mode="change"),
        event("COERCE", DEU_COP, THREE, S9, mode="arrest", date="2024-04-22",
              location="North Rhine-Westphalia", location_country="DEU"),
        event("ACCUSE", GBA, THREE, S10, mode="allege"),
    ],
    "quotes": [
        quote("für einen chinesischen Geheimdienst Informationen über Verhandlungen im Europaparlament weitergegeben "
              "und chinesische Dissidenten in Deutschland ausgespäht zu haben",
              "Federal Prosecutor General of Germany", "indirect"),
        quote("äußerst ernsten Bedrohung", "Nancy Faeser", "direct"),
        quote("Sollte sich der Verdacht bestätigen, werde das Konsequenzen für die Beziehungen zu Peking haben",
              "Nancy Faeser", "indirect"),
        quote("Verleumdung", "Embassy of China in Germany", "direct"),
        quote("er habe von den mutmaßlichen Aktivitäten seines Mitarbeiters nichts gewusst", "Maximilian Krah",
              "indirect"),
        quote("sollen sie Technologie für militärische Zwecke an China weitergegeben haben",
              "Federal Prosecutor General of Germany", "indirect"),
    ],
    "entities": [
        entity("Federal Prosecutor General of Germany", "ORG", "DEU", ["Die Bundesanwaltschaft", "Anklagebehörde"]),
        entity("Jian G.", "PER", "DEU", ["den deutschen Staatsangehörigen Jian G.", "Ihm",
                                         "einen Mitarbeiter des AfD-Europaabgeordneten Maximilian Krah",
                                         "seines Mitarbeiters"]),
        entity("Maximilian Krah", "PER", "DEU", ["des AfD-Europaabgeordneten Maximilian Krah", "Krah"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD"]),
        entity("Dresden", "LOC", "DEU", ["Dresden"]),
        entity("European Parliament", "ORG", "EUR", ["Europaparlament"]),
        entity("Germany", "GPE", "DEU", ["Deutschland", "Berlin"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "sie"]),
        entity("China", "GPE", "CHN", ["Peking", "China"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity("Ambassador of China to Germany", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("Embassy of China in Germany", "ORG", "CHN", ["Die chinesische Botschaft in Berlin", "Sie"]),
        entity("North Rhine-Westphalia", "LOC", "DEU", ["Nordrhein-Westfalen"]),
        entity("three German suspects", "PER", "DEU", ["drei weitere Deutsche", "sie"]),
    ],
})

# ---------------------------------------------------------------- hm83-de-03
PAVEL = actor("Petr Pavel", "CZE", "GOV")
CHN_MFA_SP = actor("Spokesperson of the Foreign Ministry of China", "CHN", "GOV")
DALAI = actor("Dalai Lama", "CHN", "CVL")
LIPAVSKY = actor("Jan Lipavský", "CZE", "GOV")
CZE = actor("Czech Republic", "CZE", "GOV")
COM = actor("European Commission", "EUR", "IGO")

S1 = "China hat alle Kontakte zum tschechischen Präsidenten Petr Pavel abgebrochen."
S2 = ("Pavel habe die „rote Linie“ in der Tibet-Frage überschritten und die Souveränität Chinas verletzt, sagte "
      "ein Sprecher des Außenministeriums in Peking am Mittwoch.")
S3 = ("Der Staatschef war am Sonntag während einer Reise nach Indien im Himalaya-Gebiet Ladakh mit dem "
      "geistlichen Oberhaupt der Tibeter zusammengetroffen.")
S4 = ("„Ich treffe mich mit wem ich will, das ist mein Recht als Präsident eines freien Landes“, sagte Pavel dem "
      "Sender ČT.")
S5 = ("Außenminister Jan Lipavský bestellte den chinesischen Botschafter ein und nannte die Reaktion Pekings "
      "»unverhältnismäßig«.")
S6 = "Peking versuche, demokratische Staaten einzuschüchtern, sagte er."
S7 = ("Die chinesische Regierung forderte Prag auf, sich von separatistischen Kräften zu distanzieren und die "
      "Ein-China-Politik zu respektieren.")
S8 = "Andernfalls werde man weitere Maßnahmen ergreifen, hieß es."
S9 = "Die Beziehungen zwischen beiden Ländern gelten seit Jahren als angespannt."
S10 = "Die EU-Kommission erklärte sich mit Prag solidarisch."

ARTICLES.append({
    "id": "hm83-de-03", "lang": "de", "url": None, "published": "2025-07-30",
    "title": "Peking bricht Kontakte zu Tschechiens Präsident Pavel ab",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10]),
    "events": [
        event("SANCTION", CHN, PAVEL, S1, mode="discontinue"),
        event("ACCUSE", CHN_MFA_SP, PAVEL, S2, mode="disapprove", date="2025-07-30", location="Beijing",
              location_country="CHN"),
        event("CONSULT", PAVEL, DALAI, S3, mode="visit", date="2025-07-27", location="Ladakh",
              location_country="IND"),
        event("ACCUSE", LIPAVSKY, CHN, S5, mode="disapprove"),
        event("ACCUSE", LIPAVSKY, CHN, S6, mode="allege"),
        event("REQUEST", CHN, CZE, S7, mode="change"),
        event("THREATEN", CHN, CZE, S8),
        event("SUPPORT", COM, CZE, S10),
    ],
    "quotes": [
        quote("rote Linie", "Spokesperson of the Foreign Ministry of China", "direct"),
        quote("Pavel habe die „rote Linie“ in der Tibet-Frage überschritten und die Souveränität Chinas verletzt",
              "Spokesperson of the Foreign Ministry of China", "indirect"),
        quote("Ich treffe mich mit wem ich will, das ist mein Recht als Präsident eines freien Landes", "Petr Pavel",
              "direct"),
        quote("unverhältnismäßig", "Jan Lipavský", "direct"),
        quote("Peking versuche, demokratische Staaten einzuschüchtern", "Jan Lipavský", "indirect"),
        quote("Andernfalls werde man weitere Maßnahmen ergreifen", "Government of China", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Chinas", "Pekings", "Peking", "Die chinesische Regierung", "man"]),
        entity("Petr Pavel", "PER", "CZE", ["tschechischen Präsidenten Petr Pavel", "Pavel", "Der Staatschef"]),
        entity("Spokesperson of the Foreign Ministry of China", "PER", "CHN",
               ["ein Sprecher des Außenministeriums in Peking"]),
        entity("Tibet", "LOC", "CHN", ["Tibet"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Ladakh", "LOC", "IND", ["Himalaya-Gebiet Ladakh"]),
        entity("Dalai Lama", "PER", "CHN", ["dem geistlichen Oberhaupt der Tibeter"]),
        entity("Česká televize", "ORG", "CZE", ["Sender ČT"]),
        entity("Jan Lipavský", "PER", "CZE", ["Außenminister Jan Lipavský", "er"]),
        entity("Ambassador of China to the Czech Republic", "PER", "CHN", ["den chinesischen Botschafter"]),
        entity("Czech Republic", "GPE", "CZE", ["Prag"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
})

# ---------------------------------------------------------------- hm83-de-04
LEE = actor("Lee Jae-myung", "KOR", "OPP")
ATT = actor("Attacker of Lee Jae-myung", "KOR", "CVL")
KOR_COP = actor("South Korean police", "KOR", "COP")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
HAN = actor("Han Dong-hoon", "KOR", "PTY")

S1 = ("Der südkoreanische Oppositionsführer Lee Jae Myung ist am Dienstag bei einem Besuch in der Hafenstadt "
      "Busan von einem Mann mit einem Messer in den Hals gestochen worden.")
S2 = "Der 66-jährige Angreifer hatte sich als Anhänger ausgegeben und um ein Autogramm gebeten."
S3 = "Polizisten überwältigten den Mann noch am Tatort und nahmen ihn fest."
S4 = "Lee wurde per Hubschrauber in ein Krankenhaus in Seoul gebracht und dort operiert."
S5 = ("Präsident Yoon Suk Yeol verurteilte die Tat scharf: „Diese Art von Gewalt darf in keiner Form toleriert "
      "werden.“")
S6 = "Er wies die Polizei an, den Vorfall umfassend aufzuklären."
S7 = "Die Polizei leitete Ermittlungen wegen versuchten Mordes gegen den Angreifer ein."
S8 = ("Lees Demokratische Partei sprach von einem „Terrorakt“ gegen die Demokratie und forderte, die Hintergründe "
      "lückenlos offenzulegen.")
S9 = ("Auch der Chef der regierenden Partei der Volksmacht, Han Dong Hoon, verurteilte den Angriff: Gewalt habe "
      "in der Politik keinen Platz.")
S10 = ("Der Festgenommene sagte nach Angaben der Ermittler, er habe Lee töten wollen, um dessen Wahl zum "
       "Präsidenten zu verhindern.")

ARTICLES.append({
    "id": "hm83-de-04", "lang": "de", "url": None, "published": "2024-01-02",
    "title": "Südkoreas Oppositionsführer Lee bei Messerangriff verletzt",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("ASSAULT", ATT, LEE, S1, mode="primitive", date="2024-01-02", location="Busan",
              location_country="KOR"),
        event("COERCE", KOR_COP, ATT, S3, mode="arrest", location="Busan", location_country="KOR"),
        event("ACCUSE", YOON, ATT, S5, mode="disapprove"),
        event("REQUEST", YOON, KOR_COP, S6),
        event("ACCUSE", KOR_COP, ATT, S7, mode="investigate"),
        event("ACCUSE", DPK, ATT, S8, mode="disapprove"),
        event("REQUEST", DPK, None, S8),
        event("ACCUSE", HAN, ATT, S9, mode="disapprove"),
    ],
    "quotes": [
        quote("Diese Art von Gewalt darf in keiner Form toleriert werden", "Yoon Suk Yeol", "direct"),
        quote("Terrorakt", "Democratic Party of Korea", "direct"),
        quote("Gewalt habe in der Politik keinen Platz", "Han Dong-hoon", "indirect"),
        quote("er habe Lee töten wollen, um dessen Wahl zum Präsidenten zu verhindern", "Attacker of Lee Jae-myung",
              "indirect"),
    ],
    "entities": [
        entity("Lee Jae-myung", "PER", "KOR", ["Der südkoreanische Oppositionsführer Lee Jae Myung", "Lee", "Lees"]),
        entity("Busan", "LOC", "KOR", ["der Hafenstadt Busan"]),
        entity("Attacker of Lee Jae-myung", "PER", "KOR",
               ["einem Mann", "Der 66-jährige Angreifer", "den Mann", "ihn", "den Angreifer", "Der Festgenommene",
                "er"]),
        entity("South Korean police", "ORG", "KOR", ["Polizisten", "die Polizei", "Die Polizei", "der Ermittler"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol", "Er"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Lees Demokratische Partei"]),
        entity("People Power Party", "ORG", "KOR", ["der regierenden Partei der Volksmacht"]),
        entity("Han Dong-hoon", "PER", "KOR", ["der Chef der regierenden Partei der Volksmacht, Han Dong Hoon"]),
    ],
})

# ---------------------------------------------------------------- hm83-en-01
UKSC = actor("Supreme Court of the United Kingdom", "GBR", "JUD")
GBR = actor("United Kingdom", "GBR", "GOV")
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
RWA = actor("Rwanda", "RWA", "GOV")
MAKOLO = actor("Yolande Makolo", "RWA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "OPP")
UNHCR = actor("UNHCR", "UNO", "IGO")
ASYLUM = actor("asylum seekers in the United Kingdom", "GBR", "CVL")

S1 = ("Britain's Supreme Court on Wednesday ruled that the government's plan to send asylum seekers to Rwanda was "
      "unlawful, dealing a major blow to Prime Minister Rishi Sunak.")
S2 = ("The five judges dismissed the government's appeal, saying there was a real risk that "
      "refugees could be sent back to their home countries by Kigali.")
S3 = ("Sunak said he would introduce emergency legislation and finalise a new treaty with Rwanda.")
S4 = "“We will not allow a foreign court to block these flights,” he told lawmakers."
S5 = ("Rwandan government spokeswoman Yolande Makolo took issue with the ruling, insisting that Rwanda was a safe "
      "third country.")
S6 = ("Kigali remained committed to the partnership and was ready to work with London on a revised agreement, "
      "she said.")
S7 = ("Labour leader Keir Starmer accused Sunak of wasting 140 million pounds on a “gimmick” and called on him to "
      "scrap the scheme.")
S8 = ("UNHCR welcomed the judgment and urged London to work with European partners "
      "instead.")
S9 = "No deportation flight has left for Rwanda since the scheme was unveiled in 2022."

ARTICLES.append({
    "id": "hm83-en-01", "lang": "en", "url": None, "published": "2023-11-15",
    "title": "UK Supreme Court rules Rwanda asylum plan unlawful",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6], [S7, S8, S9]),
    "events": [
        event("SANCTION", UKSC, GBR, S1, mode="convict", date="2023-11-15"),
        event("REJECT", UKSC, GBR, S2),
        event("AGREE", SUNAK, RWA, S3),
        event("ACCUSE", MAKOLO, UKSC, S5, mode="disapprove"),
        event("AGREE", RWA, GBR, S6),
        event("ACCUSE", STARMER, SUNAK, S7, mode="disapprove"),
        event("REQUEST", STARMER, SUNAK, S7, mode="change"),
        event("SUPPORT", UNHCR, UKSC, S8),
        event("REQUEST", UNHCR, GBR, S8, mode="change"),
        event("COERCE", GBR, ASYLUM, S9, mode="deport", negated=True),
    ],
    "quotes": [
        quote("there was a real risk that refugees could be sent back to their home countries by Kigali",
              "Supreme Court of the United Kingdom", "indirect"),
        quote("he would introduce emergency legislation and finalise a new treaty with Rwanda",
              "Rishi Sunak", "indirect"),
        quote("We will not allow a foreign court to block these flights", "Rishi Sunak", "direct"),
        quote("that Rwanda was a safe third country", "Yolande Makolo", "indirect"),
        quote("Kigali remained committed to the partnership and was ready to work with London on a revised agreement",
              "Yolande Makolo", "indirect"),
        quote("gimmick", "Keir Starmer", "direct"),
    ],
    "entities": [
        entity("Supreme Court of the United Kingdom", "ORG", "GBR", ["Britain's Supreme Court", "The five judges"]),
        entity("United Kingdom", "GPE", "GBR", ["the government's", "London", "Britain's"]),
        entity("Rwanda", "GPE", "RWA", ["Rwanda", "Kigali"]),
        entity("Rishi Sunak", "PER", "GBR", ["Prime Minister Rishi Sunak", "Sunak", "he"]),
        entity("Yolande Makolo", "PER", "RWA", ["Rwandan government spokeswoman Yolande Makolo", "she"]),
        entity("Keir Starmer", "PER", "GBR", ["Labour leader Keir Starmer"]),
        entity("Labour Party", "ORG", "GBR", ["Labour"]),
        entity("UNHCR", "ORG", "UNO", ["UNHCR"]),
        entity("asylum seekers in the United Kingdom", "PER", "GBR", ["asylum seekers", "refugees"]),
    ],
})

# ---------------------------------------------------------------- hm83-en-02
HK_COP = actor("Hong Kong Police Force", "CHN", "COP")
ACT8 = actor("eight overseas Hong Kong activists", "CHN", "OPP")
JLEE = actor("John Lee", "CHN", "GOV")
CLEVERLY = actor("James Cleverly", "GBR", "GOV")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
USDOS = actor("United States Department of State", "USA", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
WEST = actor("Western governments", None, "GOV")
GBR_FCDO = actor("Foreign Office", "GBR", "GOV")

S1 = ("Hong Kong police on Monday issued arrest warrants for eight pro-democracy activists living abroad and "
      "offered rewards of 1 million Hong Kong dollars each.")
S2 = ("The activists, among them former lawmakers Dennis Kwok and Ted Hui, are accused of collusion with foreign "
      "forces under the national security law.")
S3 = ("\"They will be pursued for life,\" Hong Kong leader John Lee told reporters on Tuesday, urging the "
      "activists to turn themselves in.")
S4 = ("British Foreign Secretary James Cleverly said the bounties were \"a threat to our democracy and "
      "fundamental human rights\" and would not be tolerated.")
S5 = ("The U.S. State Department said Washington strongly condemned the move and called on Hong Kong to drop "
      "the warrants.")
S6 = ("Beijing's foreign ministry accused Western governments of harbouring fugitives and meddling in "
      "China's internal affairs.")
S7 = "The eight left Hong Kong after the security law took effect in 2020."
S8 = "Nathan Law, who lives in London, wrote on Twitter that he would not be silenced."
S9 = "Britain also summoned a senior Chinese diplomat over the bounties, the Foreign Office said."

ARTICLES.append({
    "id": "hm83-en-02", "lang": "en", "url": None, "published": "2023-07-04",
    "title": "Britain, U.S. condemn Hong Kong bounties on exiled activists",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("THREATEN", HK_COP, ACT8, S1, mode="arrest", date="2023-07-03"),
        event("ACCUSE", HK_COP, ACT8, S2, mode="allege"),
        event("THREATEN", JLEE, ACT8, S3, mode="arrest", date="2023-07-04"),
        event("REQUEST", JLEE, ACT8, S3, date="2023-07-04"),
        event("ACCUSE", CLEVERLY, HK_GOV, S4, mode="disapprove"),
        event("ACCUSE", USDOS, HK_GOV, S5, mode="disapprove"),
        event("REQUEST", USDOS, HK_GOV, S5, mode="yield"),
        event("ACCUSE", CHN_MFA, WEST, S6, mode="allege"),
        event("ACCUSE", GBR_FCDO, CHN, S9, mode="disapprove"),
    ],
    "quotes": [
        quote("They will be pursued for life", "John Lee", "direct"),
        quote("a threat to our democracy and fundamental human rights", "James Cleverly", "direct"),
        quote("the bounties were \"a threat to our democracy and fundamental human rights\" and would not be tolerated",
              "James Cleverly",
              "indirect"),
        quote("Washington strongly condemned the move and called on Hong Kong to drop the warrants",
              "United States Department of State", "indirect"),
        quote("that he would not be silenced", "Nathan Law", "indirect"),
        quote("Britain also summoned a senior Chinese diplomat over the bounties", "Foreign Office", "indirect"),
    ],
    "entities": [
        entity("Hong Kong Police Force", "ORG", "CHN", ["Hong Kong police"]),
        entity("eight overseas Hong Kong activists", "PER", "CHN",
               ["eight pro-democracy activists living abroad", "The activists", "the activists", "The eight"]),
        entity("Dennis Kwok", "PER", "CHN", ["Dennis Kwok"]),
        entity("Ted Hui", "PER", "CHN", ["Ted Hui"]),
        entity("John Lee", "PER", "CHN", ["Hong Kong leader John Lee"]),
        entity("James Cleverly", "PER", "GBR", ["British Foreign Secretary James Cleverly"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Hong Kong", "GPE", "CHN", ["Hong Kong"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Beijing's foreign ministry"]),
        entity("Western governments", "ORG", None, ["Western governments"]),
        entity("China", "GPE", "CHN", ["China's", "Chinese"]),
        entity("Nathan Law", "PER", "CHN", ["Nathan Law", "he"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Foreign Office", "ORG", "GBR", ["the Foreign Office"]),
    ],
})
