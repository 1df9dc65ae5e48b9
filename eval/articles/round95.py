"""Round 95: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible reports on real settings of 2023-2025, annotated by CONVENTIONS.md:

- hm95-de-01: Denmark's prime minister Mette Frederiksen attacked in Copenhagen (June 2024).
- hm95-de-02: Zelensky gives in over the law on the anti-corruption agencies NABU and SAP after
  protests in Kyiv (July 2025).
- hm95-de-03: China's tariffs on Canadian canola oil, peas and pork in return for Canada's EV tariffs
  (March 2025).
- hm95-de-04: Russia's Oreshnik missile on Dnipro, Putin's threats, Kyiv's requests (November 2024).
- hm95-en-01: South Korean workers freed after the ICE raid at the Hyundai plant in Georgia
  (September 2025).
- hm95-en-02: Britain sanctions the Israeli ministers Ben-Gvir and Smotrich (June 2025).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm95-de-01 (Copenhagen)
A1_S1 = ("Die dänische Ministerpräsidentin Mette Frederiksen ist am Freitagabend in der Kopenhagener "
         "Innenstadt von einem Mann angegriffen worden.")
A1_S2 = "Die Polizei nahm den 39 Jahre alten Polen noch am Tatort fest."
A1_S3 = "Frederiksen sei „schockiert“ über den Vorfall, teilte ihr Büro mit."
A1_S4 = "Ein Haftrichter ordnete am Samstag vier Wochen Untersuchungshaft an."
A1_S5 = "Die Staatsanwaltschaft leitete Ermittlungen gegen den Mann wegen Gewalt gegen eine Amtsperson ein."
A1_S6 = ("Der Verdächtige habe bei der Vorführung keine Angaben zu seinem Motiv gemacht, "
         "teilte die Kopenhagener Polizei mit.")
A1_S7 = "Die polnische Polizei übermittelte den dänischen Ermittlern Informationen über den Mann."
A1_S8 = "EU-Ratspräsident Charles Michel verurteilte den Angriff als „feige Tat“."
A1_S9 = ("Auch Kommissionspräsidentin Ursula von der Leyen und Bundeskanzler Olaf Scholz sprachen "
         "Frederiksen ihre Solidarität aus.")
A1_S10 = ("»Ein Angriff auf eine gewählte Regierungschefin ist ein Angriff auf unsere Demokratie«, "
          "erklärte Schwedens Ministerpräsident Ulf Kristersson.")
A1_S11 = ("Die Polizei verstärkte am Samstag den Schutz von Politikern vor der Europawahl, "
          "die in Dänemark am Sonntag stattfindet.")

FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
ATTACKER = actor("Polish attacker", "POL", "CVL")
DK_POLICE = actor("Danish police", "DNK", "COP")

A1 = {
    "id": "hm95-de-01", "lang": "de", "url": None, "published": "2024-06-08", "title": None,
    "text": paragraphs([A1_S1, A1_S2, A1_S3], [A1_S4, A1_S5, A1_S6, A1_S7],
                       [A1_S8, A1_S9, A1_S10, A1_S11]),
    "events": [
        event("ASSAULT", ATTACKER, FREDERIKSEN, A1_S1, mode="beat", date="2024-06-07",
              location="Copenhagen", location_country="DNK"),
        event("COERCE", DK_POLICE, ATTACKER, A1_S2, mode="arrest"),
        event("COERCE", actor("Copenhagen City Court", "DNK", "JUD"), ATTACKER, A1_S4, mode="arrest",
              date="2024-06-08"),
        event("ACCUSE", actor("Danish prosecutors", "DNK", "JUD"), ATTACKER, A1_S5, mode="investigate"),
        event("COOPERATE", actor("Polish police", "POL", "COP"), DK_POLICE, A1_S7),
        event("ACCUSE", actor("Charles Michel", "EUR", "IGO"), ATTACKER, A1_S8, mode="disapprove"),
        event("SUPPORT", actor("Ursula von der Leyen", "EUR", "IGO"), FREDERIKSEN, A1_S9),
        event("SUPPORT", actor("Olaf Scholz", "DEU", "GOV"), FREDERIKSEN, A1_S9),
        event("ACCUSE", actor("Ulf Kristersson", "SWE", "GOV"), ATTACKER, A1_S10, mode="disapprove"),
        event("MOBILIZE", DK_POLICE, None, A1_S11, mode="police", date="2024-06-08"),
    ],
    "quotes": [
        quote("schockiert", "Office of the Prime Minister of Denmark", "direct"),
        quote("Frederiksen sei „schockiert“ über den Vorfall", "Office of the Prime Minister of Denmark",
              "indirect"),
        quote("Der Verdächtige habe bei der Vorführung keine Angaben zu seinem Motiv gemacht",
              "Copenhagen Police", "indirect"),
        quote("feige Tat", "Charles Michel", "direct"),
        quote("Ein Angriff auf eine gewählte Regierungschefin ist ein Angriff auf unsere Demokratie",
              "Ulf Kristersson", "direct"),
    ],
    "entities": [
        entity("Mette Frederiksen", "PER", "DNK",
               ["Die dänische Ministerpräsidentin Mette Frederiksen", "Frederiksen"]),
        entity("Polish attacker", "PER", "POL",
               ["einem Mann", "den 39 Jahre alten Polen", "den Mann", "Der Verdächtige"]),
        entity("Danish police", "ORG", "DNK", ["Die Polizei", "die Kopenhagener Polizei"]),
        entity("Office of the Prime Minister of Denmark", "ORG", "DNK", ["ihr Büro"]),
        entity("Copenhagen City Court", "ORG", "DNK", ["Ein Haftrichter"]),
        entity("Danish prosecutors", "ORG", "DNK", ["Die Staatsanwaltschaft"]),
        entity("Polish police", "ORG", "POL", ["Die polnische Polizei"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Schwedens Ministerpräsident Ulf Kristersson"]),
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagener"]),
        entity("Denmark", "GPE", "DNK", ["Dänemark"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
    ],
}

# ---------------------------------------------------------------- hm95-de-02 (Kyiv, NABU)
A2_S1 = ("Der ukrainische Präsident Wolodymyr Selenskyj hat im Streit um die Antikorruptionsbehörden "
         "NABU und SAP eingelenkt und am Donnerstag einen Gesetzentwurf zur Wiederherstellung ihrer "
         "Unabhängigkeit vorgelegt.")
A2_S2 = ("Das Parlament hatte am Dienstag mit großer Mehrheit ein Gesetz beschlossen, das beide Behörden "
         "dem Generalstaatsanwalt unterstellt.")
A2_S3 = "In Kiew versammelten sich seitdem jeden Abend Tausende Demonstranten vor dem Präsidialamt."
A2_S4 = "Sie forderten Selenskyj auf, das Gesetz zurückzunehmen."
A2_S5 = "EU-Erweiterungskommissarin Marta Kos nannte es einen „ernsthaften Rückschritt“."
A2_S6 = ("Eine Kommissionssprecherin sagte, weitere Finanzhilfen hingen von der Unabhängigkeit der "
         "Behörden ab.")
A2_S7 = ("„Ich habe die Botschaft gehört“, sagte Selenskyj in seiner abendlichen Videoansprache, "
         "„die Menschen wollen, dass die Institutionen unabhängig bleiben.“")
A2_S8 = "Der Entwurf soll bereits in der kommenden Woche im Parlament beraten werden."
A2_S9 = ("NABU-Direktor Semen Krywonos dankte den Demonstranten und sagte, die Behörde werde ihre "
         "Ermittlungen gegen hochrangige Beamte fortsetzen.")

ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UA_PROTESTERS = actor("Ukrainian protesters", "UKR", "CVL")
UKRAINE = actor("Ukraine", "UKR", "GOV")

A2 = {
    "id": "hm95-de-02", "lang": "de", "url": None, "published": "2025-07-24", "title": None,
    "text": paragraphs([A2_S1, A2_S2], [A2_S3, A2_S4, A2_S5, A2_S6], [A2_S7, A2_S8, A2_S9]),
    "events": [
        event("CONCEDE", ZELENSKY, None, A2_S1, date="2025-07-24"),
        event("COERCE", actor("Verkhovna Rada", "UKR", "LEG"),
              actor("National Anti-Corruption Bureau of Ukraine", "UKR", "GOV"), A2_S2, mode="restrict",
              date="2025-07-22"),
        event("COERCE", actor("Verkhovna Rada", "UKR", "LEG"),
              actor("Specialized Anti-Corruption Prosecutor's Office", "UKR", "GOV"), A2_S2,
              mode="restrict", date="2025-07-22"),
        event("PROTEST", UA_PROTESTERS, ZELENSKY, A2_S3, mode="demo", location="Kyiv",
              location_country="UKR"),
        event("REQUEST", UA_PROTESTERS, ZELENSKY, A2_S4, mode="change"),
        event("ACCUSE", actor("Marta Kos", "EUR", "IGO"), UKRAINE, A2_S5, mode="disapprove"),
        event("THREATEN", actor("European Commission spokeswoman", "EUR", "IGO"), UKRAINE, A2_S6),
        event("SUPPORT", actor("Semen Kryvonos", "UKR", "GOV"), UA_PROTESTERS, A2_S9),
    ],
    "quotes": [
        quote("ernsthaften Rückschritt", "Marta Kos", "direct"),
        quote("weitere Finanzhilfen hingen von der Unabhängigkeit der Behörden ab",
              "European Commission spokeswoman", "indirect"),
        quote("Ich habe die Botschaft gehört", "Volodymyr Zelensky", "direct"),
        quote("die Menschen wollen, dass die Institutionen unabhängig bleiben", "Volodymyr Zelensky",
              "direct"),
        quote("die Behörde werde ihre Ermittlungen gegen hochrangige Beamte fortsetzen", "Semen Kryvonos",
              "indirect"),
    ],
    "entities": [
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("National Anti-Corruption Bureau of Ukraine", "ORG", "UKR", ["NABU", "die Behörde"]),
        entity("Specialized Anti-Corruption Prosecutor's Office", "ORG", "UKR", ["SAP"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["Das Parlament", "im Parlament"]),
        entity("Ukrainian protesters", "ORG", "UKR", ["Tausende Demonstranten", "Sie", "den Demonstranten"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["dem Präsidialamt"]),
        entity("Marta Kos", "PER", "EUR", ["EU-Erweiterungskommissarin Marta Kos"]),
        entity("European Commission spokeswoman", "PER", "EUR", ["Eine Kommissionssprecherin"]),
        entity("Semen Kryvonos", "PER", "UKR", ["NABU-Direktor Semen Krywonos"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
    ],
}

# ---------------------------------------------------------------- hm95-de-03 (China, Canada)
A3_S1 = ("China verhängt als Reaktion auf kanadische Sonderzölle auf Elektroautos Strafzölle von "
         "100 Prozent auf Rapsöl und Erbsen aus Kanada.")
A3_S2 = ("Auf Schweinefleisch und Meeresfrüchte sollen ab dem 20. März Zölle von 25 Prozent fällig werden, "
         "wie das Handelsministerium in Peking am Samstag mitteilte.")
A3_S3 = "Ottawa hatte im Oktober Zölle von 100 Prozent auf chinesische E-Autos eingeführt."
A3_S4 = ("Das Ministerium warf Kanada vor, mit seinen Zöllen gegen die Regeln der Welthandelsorganisation "
         "zu verstoßen.")
A3_S5 = "Kanadas Landwirtschaftsminister Lawrence MacAulay sprach von einer „ungerechtfertigten“ Entscheidung."
A3_S6 = "Man werde die Bauern unterstützen und mit Peking im Gespräch bleiben, sagte er."
A3_S6B = "Ein Treffen mit der chinesischen Regierung ist bislang nicht vereinbart."
A3_S7 = ("Saskatchewans Premier Scott Moe, dessen Provinz der wichtigste Rapsproduzent des Landes ist, "
         "forderte die Bundesregierung auf, die E-Auto-Zölle aufzuheben.")
A3_S8 = "Außenministerin Mélanie Joly lehnte das ab."
A3_S9 = "»Wir lassen uns nicht erpressen«, sagte sie."
A3_S10 = "Die chinesischen Zölle treffen kanadische Exporte im Wert von rund 2,6 Milliarden US-Dollar."

CHINA = actor("China", "CHN", "GOV")
CANADA = actor("Canada", "CAN", "GOV")
MOFCOM = actor("Ministry of Commerce of China", "CHN", "GOV")

A3 = {
    "id": "hm95-de-03", "lang": "de", "url": None, "published": "2025-03-08", "title": None,
    "text": paragraphs([A3_S1, A3_S2, A3_S3], [A3_S4, A3_S5, A3_S6, A3_S6B], [A3_S7, A3_S8, A3_S9, A3_S10]),
    "events": [
        event("SANCTION", CHINA, CANADA, A3_S1, mode="discontinue"),
        event("SANCTION", MOFCOM, CANADA, A3_S2, mode="discontinue", date="2025-03-08"),
        event("SANCTION", CANADA, CHINA, A3_S3, mode="discontinue"),
        event("ACCUSE", MOFCOM, CANADA, A3_S4, mode="allege"),
        event("ACCUSE", actor("Lawrence MacAulay", "CAN", "GOV"), CHINA, A3_S5, mode="disapprove"),
        event("AGREE", actor("Lawrence MacAulay", "CAN", "GOV"), CHINA, A3_S6),
        event("AGREE", CANADA, CHINA, A3_S6B, negated=True),
        event("REQUEST", actor("Scott Moe", "CAN", "GOV"), CANADA, A3_S7, mode="change"),
        event("REJECT", actor("Mélanie Joly", "CAN", "GOV"), actor("Scott Moe", "CAN", "GOV"), A3_S8,
              mode="change"),
    ],
    "quotes": [
        quote("Auf Schweinefleisch und Meeresfrüchte sollen ab dem 20. März Zölle von 25 Prozent fällig werden",
              "Ministry of Commerce of China", "indirect"),
        quote("mit seinen Zöllen gegen die Regeln der Welthandelsorganisation zu verstoßen",
              "Ministry of Commerce of China", "indirect"),
        quote("ungerechtfertigten", "Lawrence MacAulay", "direct"),
        quote("Man werde die Bauern unterstützen und mit Peking im Gespräch bleiben", "Lawrence MacAulay",
              "indirect"),
        quote("Wir lassen uns nicht erpressen", "Mélanie Joly", "direct"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Peking", "der chinesischen Regierung"]),
        entity("Canada", "GPE", "CAN", ["Kanada", "Ottawa", "Kanadas", "die Bundesregierung"]),
        entity("Ministry of Commerce of China", "ORG", "CHN",
               ["das Handelsministerium in Peking", "Das Ministerium"]),
        entity("World Trade Organization", "ORG", "IGO", ["Welthandelsorganisation"]),
        entity("Lawrence MacAulay", "PER", "CAN",
               ["Kanadas Landwirtschaftsminister Lawrence MacAulay", "er"]),
        entity("Scott Moe", "PER", "CAN", ["Saskatchewans Premier Scott Moe"]),
        entity("Saskatchewan", "LOC", "CAN", ["Saskatchewans", "dessen Provinz"]),
        entity("Mélanie Joly", "PER", "CAN", ["Außenministerin Mélanie Joly", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm95-de-04 (Oreshnik, Dnipro)
A4_S1 = ("Russland hat die ukrainische Stadt Dnipro am Donnerstag nach eigenen Angaben mit einer "
         "neuartigen Mittelstreckenrakete angegriffen.")
A4_S2 = ("Kremlchef Wladimir Putin erklärte am Donnerstagabend in einer Fernsehansprache, die Rakete vom "
         "Typ Oreschnik habe einen Rüstungsbetrieb getroffen.")
A4_S3 = ("Zugleich drohte er, auch militärische Einrichtungen der USA und Großbritanniens anzugreifen, "
         "falls deren Waffen weiter gegen Ziele in Russland eingesetzt würden.")
A4_S4 = ("Der ukrainische Präsident Wolodymyr Selenskyj warf Moskau vor, die Ukraine als »Testgelände« "
         "zu missbrauchen.")
A4_S5 = "Er forderte die Verbündeten auf, Kiew zusätzliche Luftabwehrsysteme zu liefern."
A4_S6 = ("Auf Antrag Kiews beruft die Nato für Dienstag eine Sondersitzung des Nato-Ukraine-Rats auf "
         "Botschafterebene ein.")
A4_S7 = ("Kremlsprecher Dmitri Peskow sagte, Washington sei eine halbe Stunde vor dem Start über ein "
         "automatisches System informiert worden.")
A4_S8 = "Das US-Verteidigungsministerium verurteilte den Einsatz der Waffe als »Eskalation«."
A4_S9 = ("Bundeskanzler Olaf Scholz telefonierte am Freitag mit Selenskyj und sicherte der Ukraine "
         "weitere Unterstützung zu.")

RUSSIA_MIL = actor("Russia", "RUS", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE_T = actor("Ukraine", "UKR", None)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ZELENSKY4 = actor("Volodymyr Zelensky", "UKR", "GOV")

A4 = {
    "id": "hm95-de-04", "lang": "de", "url": None, "published": "2024-11-22", "title": None,
    "text": paragraphs([A4_S1, A4_S2, A4_S3], [A4_S4, A4_S5, A4_S6], [A4_S7, A4_S8, A4_S9]),
    "events": [
        event("ASSAULT", RUSSIA_MIL, UKRAINE_T, A4_S1, mode="heavy-weapons", date="2024-11-21",
              location="Dnipro", location_country="UKR"),
        event("ASSAULT", RUSSIA_MIL, UKRAINE_T, A4_S2, mode="heavy-weapons", date="2024-11-21"),
        event("THREATEN", PUTIN, actor("United States", "USA", "GOV"), A4_S3, mode="violence"),
        event("THREATEN", PUTIN, actor("United Kingdom", "GBR", "GOV"), A4_S3, mode="violence"),
        event("ACCUSE", ZELENSKY4, RUSSIA, A4_S4, mode="allege"),
        event("REQUEST", ZELENSKY4, actor("Ukraine's allies", None, None), A4_S5, mode="assist"),
        event("REQUEST", actor("Ukraine", "UKR", "GOV"), actor("NATO", "IGO", "IGO"), A4_S6, mode="meet"),
        event("AGREE", actor("NATO", "IGO", "IGO"), actor("Ukraine", "UKR", "GOV"), A4_S6),
        event("ACCUSE", actor("United States Department of Defense", "USA", "MIL"), RUSSIA, A4_S8,
              mode="disapprove"),
        event("CONSULT", actor("Olaf Scholz", "DEU", "GOV"), ZELENSKY4, A4_S9, mode="phone",
              date="2024-11-22"),
        event("AGREE", actor("Olaf Scholz", "DEU", "GOV"), actor("Ukraine", "UKR", "GOV"), A4_S9,
              date="2024-11-22"),
    ],
    "quotes": [
        quote("die Rakete vom Typ Oreschnik habe einen Rüstungsbetrieb getroffen", "Vladimir Putin",
              "indirect"),
        quote("Testgelände", "Volodymyr Zelensky", "direct"),
        quote("die Ukraine als »Testgelände« zu missbrauchen", "Volodymyr Zelensky", "indirect"),
        quote("Washington sei eine halbe Stunde vor dem Start über ein automatisches System informiert worden",
              "Dmitry Peskov", "indirect"),
        quote("Eskalation", "United States Department of Defense", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Dnipro", "LOC", "UKR", ["die ukrainische Stadt Dnipro"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "er"]),
        entity("United States", "GPE", "USA", ["der USA", "Washington"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritanniens"]),
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Der ukrainische Präsident Wolodymyr Selenskyj", "Er", "Selenskyj"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew", "Kiews", "der Ukraine"]),
        entity("Ukraine's allies", "ORG", None, ["die Verbündeten"]),
        entity("NATO", "ORG", "IGO", ["die Nato"]),
        entity("NATO-Ukraine Council", "ORG", "IGO", ["des Nato-Ukraine-Rats"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("United States Department of Defense", "ORG", "USA", ["Das US-Verteidigungsministerium"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
    ],
}

# ---------------------------------------------------------------- hm95-en-01 (Hyundai raid)
B1_S1 = ("U.S. immigration authorities on Thursday released more than 300 South Korean workers who had "
         "been detained in a raid at a Hyundai battery plant in Georgia, South Korea's Foreign Ministry said.")
B1_S2 = ("Agents had detained 475 people at the construction site in Ellabell on Sept. 4, most of them "
         "Korean nationals.")
B1_S3 = "A chartered Korean Air jet was due to fly the workers from Atlanta to Seoul."
B1_S4 = ("“We cannot accept that our citizens were handcuffed and chained like criminals,” Foreign "
         "Minister Cho Hyun told lawmakers in Seoul.")
B1_S5 = "Seoul had lodged a protest with the U.S. embassy last week."
B1_S6 = "Cho met Secretary of State Marco Rubio in Washington on Wednesday."
B1_S7 = "He said Washington had agreed to set up a working group on visas for Korean companies' staff."
B1_S8 = "President Donald Trump defended the raid, saying the workers had been “illegal aliens”."
B1_S9 = ("South Korea's main opposition People Power Party called on President Lee Jae-myung to demand "
         "an apology from Washington.")

ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
KR_WORKERS = actor("South Korean workers", "KOR", "CVL")
CHO = actor("Cho Hyun", "KOR", "GOV")
USA = actor("United States", "USA", "GOV")

B1 = {
    "id": "hm95-en-01", "lang": "en", "url": None, "published": "2025-09-11", "title": None,
    "text": paragraphs([B1_S1, B1_S2, B1_S3], [B1_S4, B1_S5, B1_S6, B1_S7], [B1_S8, B1_S9]),
    "events": [
        event("RETREAT", ICE, KR_WORKERS, B1_S1, mode="release", date="2025-09-11"),
        event("COERCE", ICE, KR_WORKERS, B1_S2, mode="arrest", date="2025-09-04", location="Ellabell",
              location_country="USA"),
        event("ACCUSE", CHO, USA, B1_S4, mode="disapprove"),
        event("ACCUSE", actor("South Korea", "KOR", "GOV"), USA, B1_S5, mode="disapprove"),
        event("CONSULT", CHO, actor("Marco Rubio", "USA", "GOV"), B1_S6, mode="visit", date="2025-09-10",
              location="Washington", location_country="USA"),
        event("AGREE", USA, actor("South Korea", "KOR", "GOV"), B1_S7),
        event("ACCUSE", actor("Donald Trump", "USA", "GOV"), KR_WORKERS, B1_S8, mode="allege"),
        event("REQUEST", actor("People Power Party", "KOR", "OPP"), actor("Lee Jae-myung", "KOR", "GOV"),
              B1_S9, mode="change"),
    ],
    "quotes": [
        quote("U.S. immigration authorities on Thursday released more than 300 South Korean workers who had "
              "been detained in a raid at a Hyundai battery plant in Georgia",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("We cannot accept that our citizens were handcuffed and chained like criminals", "Cho Hyun",
              "direct"),
        quote("Washington had agreed to set up a working group on visas for Korean companies' staff",
              "Cho Hyun", "indirect"),
        quote("illegal aliens", "Donald Trump", "direct"),
        quote("the workers had been “illegal aliens”", "Donald Trump", "indirect"),
    ],
    "entities": [
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["U.S. immigration authorities", "Agents"]),
        entity("South Korean workers", "ORG", "KOR",
               ["more than 300 South Korean workers", "the workers", "our citizens"]),
        entity("Hyundai", "ORG", "KOR", ["Hyundai"]),
        entity("Georgia", "LOC", "USA", ["Georgia"]),
        entity("Ellabell", "LOC", "USA", ["Ellabell"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["South Korea's Foreign Ministry"]),
        entity("Korean Air", "ORG", "KOR", ["Korean Air"]),
        entity("Cho Hyun", "PER", "KOR", ["Foreign Minister Cho Hyun", "Cho", "He"]),
        entity("South Korea", "GPE", "KOR", ["South Korea's", "Seoul"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S."]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("People Power Party", "ORG", "KOR", ["South Korea's main opposition People Power Party"]),
        entity("Lee Jae-myung", "PER", "KOR", ["President Lee Jae-myung"]),
    ],
}

# ---------------------------------------------------------------- hm95-en-02 (Ben-Gvir, Smotrich)
B2_S1 = ("Britain imposed sanctions on Tuesday on two far-right Israeli ministers, Itamar Ben-Gvir and "
         "Bezalel Smotrich, freezing their assets and banning them from entering the country.")
B2_S2 = ("Foreign Secretary David Lammy said the two men had incited “extremist violence” against "
         "Palestinians in the occupied West Bank.")
B2_S3 = "“This is not about the government of Israel as a whole,” he told parliament."
B2_S4 = ("Israeli Foreign Minister Gideon Saar called the decision “outrageous” and said the cabinet would "
         "meet next week to decide on its response.")
B2_S5 = "Smotrich accused Britain of having “capitulated to terror”."
B2_S6 = "U.S. Secretary of State Marco Rubio condemned the sanctions and urged London to reverse them."
B2_S7 = ("“These sanctions do not advance U.S.-led efforts to achieve a ceasefire,” he said in a "
         "statement.")
B2_S8 = "The Palestinian Authority welcomed the move and urged the European Union to follow suit."

UK = actor("United Kingdom", "GBR", "GOV")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
LAMMY = actor("David Lammy", "GBR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")

B2 = {
    "id": "hm95-en-02", "lang": "en", "url": None, "published": "2025-06-10", "title": None,
    "text": paragraphs([B2_S1, B2_S2, B2_S3], [B2_S4, B2_S5], [B2_S6, B2_S7, B2_S8]),
    "events": [
        event("SANCTION", UK, BEN_GVIR, B2_S1, mode="discontinue", date="2025-06-10"),
        event("SANCTION", UK, SMOTRICH, B2_S1, mode="discontinue", date="2025-06-10"),
        event("ACCUSE", LAMMY, BEN_GVIR, B2_S2, mode="allege"),
        event("ACCUSE", LAMMY, SMOTRICH, B2_S2, mode="allege"),
        event("ACCUSE", actor("Gideon Saar", "ISR", "GOV"), UK, B2_S4, mode="disapprove"),
        event("ACCUSE", SMOTRICH, UK, B2_S5, mode="disapprove"),
        event("ACCUSE", RUBIO, UK, B2_S6, mode="disapprove"),
        event("REQUEST", RUBIO, UK, B2_S6, mode="change"),
        event("ACCUSE", RUBIO, UK, B2_S7, mode="disapprove"),
        event("SUPPORT", PA, UK, B2_S8),
        event("REQUEST", PA, actor("European Union", "EUR", "IGO"), B2_S8, mode="change"),
    ],
    "quotes": [
        quote("extremist violence", "David Lammy", "direct"),
        quote("the two men had incited “extremist violence” against Palestinians in the occupied West Bank",
              "David Lammy", "indirect"),
        quote("This is not about the government of Israel as a whole", "David Lammy", "direct"),
        quote("outrageous", "Gideon Saar", "direct"),
        quote("the cabinet would meet next week to decide on its response", "Gideon Saar", "indirect"),
        quote("capitulated to terror", "Bezalel Smotrich", "direct"),
        quote("These sanctions do not advance U.S.-led efforts to achieve a ceasefire", "Marco Rubio",
              "direct"),
    ],
    "entities": [
        entity("United Kingdom", "GPE", "GBR", ["Britain", "the country", "London"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Itamar Ben-Gvir"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Bezalel Smotrich", "Smotrich"]),
        entity("David Lammy", "PER", "GBR", ["Foreign Secretary David Lammy", "he"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Gideon Saar", "PER", "ISR", ["Israeli Foreign Minister Gideon Saar"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio", "he"]),
        entity("Palestinian Authority", "ORG", "PSE", ["The Palestinian Authority"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
    ],
}

ARTICLES = [A1, A2, A3, A4, B1, B2]
