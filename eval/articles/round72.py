"""Round 72: six invented wire-style articles (4 German, 2 English), written blind.

Stories (settings real, details invented but plausible):
- hm72-de-01: Russia and Ukraine agree a 1000-for-1000 prisoner exchange in Istanbul, drone strike in Sumy (May 2025).
- hm72-de-02: Carles Puigdemont appears in Barcelona and escapes the Mossos (August 2024).
- hm72-de-03: Belgrade protest against lithium mining in the Jadar valley (August 2024).
- hm72-de-04: The Verfassungsschutz classifies the AfD as extremist, Rubio and Vance object (May 2025).
- hm72-en-01: Biden and Xi meet at Filoli and restore military communications (November 2023).
- hm72-en-02: Chinese coast guard water cannon against Philippine vessels at Scarborough Shoal (April 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm72-de-01
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
MEDINSKY = actor("Vladimir Medinsky", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

G1 = ("Bei ihren ersten direkten Gesprächen seit mehr als drei Jahren haben Russland und die Ukraine am Freitag in "
      "Istanbul den Austausch von jeweils 1000 Kriegsgefangenen vereinbart.")
G2 = ("Delegationsleiter Wladimir Medinski sagte, Moskau sei mit dem Ergebnis »zufrieden« und bereit, die "
      "Kontakte fortzusetzen.")
G3 = "Kiew forderte erneut eine bedingungslose Waffenruhe von mindestens 30 Tagen, was Moskau ablehnte."
G4 = ("Präsident Wolodymyr Selenskyj warf dem Kreml vor, nur eine »Scheindelegation« an den Bosporus geschickt "
      "zu haben, und rief die Europäer zu härteren Sanktionen auf.")
G5 = ("Bei einem russischen Drohnenangriff auf einen Kleinbus in der Region Sumy wurden am Samstagmorgen neun "
      "Zivilisten getötet.")
G6 = "„Das war ein bewusster Angriff auf Zivilisten“, schrieb Selenskyj auf Telegram."
G7 = "Der Kreml erklärte, die Armee greife nur militärische Ziele an."
G8 = ("Der Krieg hat seit Februar 2022 Zehntausende Menschenleben gekostet, Millionen Ukrainer sind aus ihrer "
      "Heimat geflohen.")
G9 = ("US-Präsident Donald Trump kündigte an, er werde »sehr bald« mit Kremlchef Wladimir Putin telefonieren, "
      "um über ein Ende der Kämpfe zu sprechen.")

DE01 = {
    "id": "hm72-de-01", "lang": "de", "url": None, "published": "2025-05-17",
    "title": "Russland und Ukraine vereinbaren in Istanbul großen Gefangenenaustausch",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9]),
    "events": [
        event("CONSULT", RUSSIA, UKRAINE, G1, mode="third-party", date="2025-05-16", location="Istanbul",
              location_country="TUR"),
        event("AGREE", RUSSIA, UKRAINE, G1, date="2025-05-16", location="Istanbul", location_country="TUR"),
        event("AGREE", MEDINSKY, UKRAINE, G2),
        event("REQUEST", UKRAINE, RUSSIA, G3, mode="yield"),
        event("REJECT", RUSSIA, UKRAINE, G3, mode="yield"),
        event("ACCUSE", ZELENSKY, actor("Kremlin", "RUS", "GOV"), G4, mode="disapprove"),
        event("REQUEST", ZELENSKY, actor("European governments", None, "GOV"), G4, mode="change"),
        event("ASSAULT", actor("Russian armed forces", "RUS", "MIL"), actor("Ukrainian civilians", "UKR", "CVL"),
              G5, mode="drone", date="2025-05-17", location="Sumy Oblast", location_country="UKR"),
        event("ACCUSE", ZELENSKY, RUSSIA, G6, mode="disapprove"),
        event("AGREE", actor("Donald Trump", "USA", "GOV"), actor("Vladimir Putin", "RUS", "GOV"), G9, mode=None),
    ],
    "quotes": [
        quote("Moskau sei mit dem Ergebnis »zufrieden« und bereit, die Kontakte fortzusetzen", "Vladimir Medinsky",
              "indirect"),
        quote("zufrieden", "Vladimir Medinsky", "direct"),
        quote("nur eine »Scheindelegation« an den Bosporus geschickt zu haben", "Volodymyr Zelensky", "indirect"),
        quote("Scheindelegation", "Volodymyr Zelensky", "direct"),
        quote("Das war ein bewusster Angriff auf Zivilisten", "Volodymyr Zelensky", "direct"),
        quote("die Armee greife nur militärische Ziele an", "Kremlin", "indirect"),
        quote("er werde »sehr bald« mit Kremlchef Wladimir Putin telefonieren, um über ein Ende der Kämpfe zu "
              "sprechen", "Donald Trump", "indirect"),
        quote("sehr bald", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew"]),
        entity("Istanbul", "GPE", "TUR", ["Istanbul"]),
        entity("Vladimir Medinsky", "PER", "RUS", ["Delegationsleiter Wladimir Medinski"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Kremlin", "ORG", "RUS", ["dem Kreml", "Der Kreml"]),
        entity("Bosphorus", "LOC", "TUR", ["den Bosporus"]),
        entity("Sumy Oblast", "GPE", "UKR", ["der Region Sumy"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
    ],
}

# ---------------------------------------------------------------- hm72-de-02
PUIGDEMONT = actor("Carles Puigdemont", "ESP", "OPP")
MOSSOS = actor("Mossos d'Esquadra", "ESP", "COP")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MARLASKA = actor("Fernando Grande-Marlaska", "ESP", "GOV")

H1 = ("Der katalanische Separatistenführer Carles Puigdemont ist nach fast sieben Jahren im Exil in Barcelona "
      "aufgetreten und der Polizei anschließend erneut entwischt.")
H2 = ("Vor Tausenden Anhängern sagte er am Donnerstag nahe dem Regionalparlament, er sei gekommen, um daran zu "
      "erinnern, dass »Katalonien das Recht hat, über sich selbst zu entscheiden«.")
H3 = "Die Regionalpolizei Mossos d'Esquadra hatte zuvor Hunderte Beamte rund um das Parlament zusammengezogen."
H4 = "Nach seinem Verschwinden errichtete sie Straßensperren an allen Ausfallstraßen der Stadt."
H5 = "Zwei Polizisten wurden festgenommen, weil sie ihm bei der Flucht geholfen haben sollen."
H6 = ("Oppositionsführer Alberto Núñez Feijóo warf Ministerpräsident Pedro Sánchez vor, die Flucht geduldet zu "
      "haben, und forderte den Rücktritt von Innenminister Fernando Grande-Marlaska.")
H7 = "„Das ist eine Demütigung für den spanischen Staat“, sagte er."
H8 = "Grande-Marlaska wies die Forderung zurück."
H9 = "Zuständig für den Einsatz sei allein die katalanische Polizei gewesen, sagte er."
H10 = ("Mit den Stimmen der linksnationalistischen ERC wählte das Parlament am Donnerstag den Sozialisten "
       "Salvador Illa zum neuen Regionalpräsidenten.")
H11 = "Puigdemonts Anwalt Gonzalo Boye zufolge ist sein Mandant inzwischen wieder in Belgien."

DE02 = {
    "id": "hm72-de-02", "lang": "de", "url": None, "published": "2024-08-09",
    "title": "Puigdemont taucht in Barcelona auf – und entkommt der Polizei",
    "text": paragraphs([H1, H2, H3, H4, H5], [H6, H7, H8, H9], [H10, H11]),
    "events": [
        event("MOBILIZE", MOSSOS, None, H3, mode="police", location="Barcelona", location_country="ESP"),
        event("COERCE", MOSSOS, PUIGDEMONT, H4, mode="restrict", location="Barcelona", location_country="ESP"),
        event("COERCE", MOSSOS, actor("Mossos d'Esquadra officers", "ESP", "COP"), H5, mode="arrest"),
        event("ACCUSE", FEIJOO, SANCHEZ, H6, mode="allege"),
        event("REQUEST", FEIJOO, MARLASKA, H6, mode="change"),
        event("ACCUSE", FEIJOO, SANCHEZ, H7, mode="disapprove"),
        event("REJECT", MARLASKA, FEIJOO, H8, mode="change"),
        event("SUPPORT", actor("Republican Left of Catalonia", "ESP", "PTY"), actor("Salvador Illa", "ESP", "PTY"),
              H10, date="2024-08-08", location="Barcelona", location_country="ESP"),
    ],
    "quotes": [
        quote("er sei gekommen, um daran zu erinnern, dass »Katalonien das Recht hat, über sich selbst zu "
              "entscheiden«", "Carles Puigdemont", "indirect"),
        quote("Katalonien das Recht hat, über sich selbst zu entscheiden", "Carles Puigdemont", "direct"),
        quote("die Flucht geduldet zu haben", "Alberto Núñez Feijóo", "indirect"),
        quote("Das ist eine Demütigung für den spanischen Staat", "Alberto Núñez Feijóo", "direct"),
        quote("Zuständig für den Einsatz sei allein die katalanische Polizei gewesen", "Fernando Grande-Marlaska",
              "indirect"),
        quote("ist sein Mandant inzwischen wieder in Belgien", "Gonzalo Boye", "indirect"),
    ],
    "entities": [
        entity("Carles Puigdemont", "PER", "ESP",
               ["Der katalanische Separatistenführer Carles Puigdemont", "er", "ihm", "Puigdemonts", "sein Mandant"]),
        entity("Barcelona", "GPE", "ESP", ["Barcelona", "der Stadt"]),
        entity("Parliament of Catalonia", "ORG", "ESP", ["dem Regionalparlament", "das Parlament"]),
        entity("Catalonia", "GPE", "ESP", ["Katalonien"]),
        entity("Mossos d'Esquadra", "ORG", "ESP",
               ["Die Regionalpolizei Mossos d'Esquadra", "sie", "die katalanische Polizei"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Innenminister Fernando Grande-Marlaska",
                                                          "Grande-Marlaska"]),
        entity("Republican Left of Catalonia", "ORG", "ESP", ["der linksnationalistischen ERC"]),
        entity("Salvador Illa", "PER", "ESP", ["den Sozialisten Salvador Illa"]),
        entity("Gonzalo Boye", "PER", "ESP", ["Puigdemonts Anwalt Gonzalo Boye"]),
        entity("Belgium", "GPE", "BEL", ["Belgien"]),
    ],
}

# ---------------------------------------------------------------- hm72-de-03
PROTESTERS = actor("Serbian protesters", "SRB", "CVL")
SRBGOV = actor("Government of Serbia", "SRB", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
FOREIGNSERV = actor("foreign intelligence services", None, "GOV")

I1 = ("Zehntausende Menschen haben am Samstag in Belgrad gegen die Pläne der Regierung für einen Lithiumabbau im "
      "Jadar-Tal demonstriert.")
I2 = "Einige Demonstranten besetzten anschließend zwei Bahnhöfe und legten den Zugverkehr stundenlang lahm."
I3 = "Die Polizei nahm nach eigenen Angaben mehrere Personen fest."
I4 = ("Präsident Aleksandar Vučić warf ausländischen Geheimdiensten vor, die Proteste zu steuern, um seine "
      "Regierung zu stürzen.")
I5 = "„Das ist der Versuch einer Farbrevolution“, sagte er im Staatsfernsehen."
I6 = "Zugleich versprach er, ohne eine gründliche Umweltprüfung werde kein Abbau genehmigt."
I7 = ("Im Juli hatten Serbien und die EU im Beisein von Bundeskanzler Olaf Scholz in Belgrad eine "
      "Absichtserklärung über kritische Rohstoffe unterzeichnet.")
I8 = "Der britisch-australische Konzern Rio Tinto will im Jadar-Tal Europas größte Lithiummine errichten."
I9 = ("Die Umweltbewegung Kreni-Promeni kündigte an, man werde das Land »blockieren«, sollte die Regierung das "
      "Projekt nicht stoppen.")
I10 = "Regierungschef Miloš Vučević lehnte ein Moratorium ab."

DE03 = {
    "id": "hm72-de-03", "lang": "de", "url": None, "published": "2024-08-11",
    "title": "Zehntausende protestieren in Belgrad gegen Lithiumabbau",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("PROTEST", PROTESTERS, SRBGOV, I1, mode="demo", date="2024-08-10", location="Belgrade",
              location_country="SRB"),
        event("PROTEST", PROTESTERS, SRBGOV, I2, mode="obstruct", date="2024-08-10", location="Belgrade",
              location_country="SRB"),
        event("COERCE", actor("Serbian police", "SRB", "COP"), PROTESTERS, I3, mode="arrest"),
        event("ACCUSE", VUCIC, FOREIGNSERV, I4, mode="allege"),
        event("ACCUSE", VUCIC, FOREIGNSERV, I5, mode="allege"),
        event("CONCEDE", VUCIC, PROTESTERS, I6),
        event("SUPPORT", actor("Serbia", "SRB", "GOV"), actor("European Union", "EUR", "IGO"), I7,
              location="Belgrade", location_country="SRB"),
        event("CONSULT", actor("Olaf Scholz", "DEU", "GOV"), actor("Serbia", "SRB", "GOV"), I7, mode="visit",
              location="Belgrade", location_country="SRB"),
        event("THREATEN", actor("Kreni-Promeni", "SRB", "NGO"), SRBGOV, I9, mode="restrict"),
        event("REJECT", actor("Miloš Vučević", "SRB", "GOV"), PROTESTERS, I10, mode="change"),
    ],
    "quotes": [
        quote("Die Polizei nahm nach eigenen Angaben mehrere Personen fest", "Serbian police", "indirect"),
        quote("die Proteste zu steuern, um seine Regierung zu stürzen", "Aleksandar Vučić", "indirect"),
        quote("Das ist der Versuch einer Farbrevolution", "Aleksandar Vučić", "direct"),
        quote("ohne eine gründliche Umweltprüfung werde kein Abbau genehmigt", "Aleksandar Vučić", "indirect"),
        quote("man werde das Land »blockieren«, sollte die Regierung das Projekt nicht stoppen", "Kreni-Promeni",
              "indirect"),
        quote("blockieren", "Kreni-Promeni", "direct"),
    ],
    "entities": [
        entity("Belgrade", "GPE", "SRB", ["Belgrad"]),
        entity("Government of Serbia", "ORG", "SRB", ["der Regierung", "seine Regierung", "die Regierung"]),
        entity("Jadar Valley", "LOC", "SRB", ["Jadar-Tal"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "er"]),
        entity("Serbia", "GPE", "SRB", ["Serbien", "das Land"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Rio Tinto", "ORG", "GBR", ["Der britisch-australische Konzern Rio Tinto"]),
        entity("Europe", "LOC", None, ["Europas"]),
        entity("Kreni-Promeni", "ORG", "SRB", ["Die Umweltbewegung Kreni-Promeni"]),
        entity("Miloš Vučević", "PER", "SRB", ["Regierungschef Miloš Vučević"]),
    ],
}

# ---------------------------------------------------------------- hm72-de-04
BFV = actor("Federal Office for the Protection of the Constitution", "DEU", "GOV")
AFD = actor("Alternative for Germany", "DEU", "PTY")
GERMANY = actor("Germany", "DEU", "GOV")

J1 = "Das Bundesamt für Verfassungsschutz hat die AfD als gesichert rechtsextremistische Bestrebung eingestuft."
J2 = ("Das in der Partei vorherrschende Volksverständnis sei mit der freiheitlichen demokratischen Grundordnung "
      "nicht vereinbar, teilte die Behörde am Freitag in Köln mit.")
J3 = ("Die Parteichefs Alice Weidel und Tino Chrupalla sprachen von einem »schweren Schlag gegen die Demokratie« "
      "und kündigten eine Klage an.")
J4 = ("US-Außenminister Marco Rubio warf Berlin auf der Plattform X vor, eine »verkappte Tyrannei« zu errichten, "
      "und forderte die Bundesregierung zur Umkehr auf.")
J5 = "Vizepräsident JD Vance schrieb, die Bürokratie habe die Berliner Mauer »wiederaufgebaut«."
J6 = "Das Auswärtige Amt antwortete: „Das ist Demokratie.“"
J7 = "Die Entscheidung sei nach einer gründlichen und unabhängigen Prüfung gefallen, hieß es weiter."
J8 = ("Innenministerin Nancy Faeser verteidigte die Einstufung, betonte aber, daraus folge kein Automatismus für "
      "ein Verbotsverfahren.")
J9 = "Mehrere SPD-Abgeordnete forderten dagegen, rasch ein Verbot der Partei zu beantragen."
J10 = "Die AfD war bei der Bundestagswahl im Februar mit 20,8 Prozent zweitstärkste Kraft geworden."

DE04 = {
    "id": "hm72-de-04", "lang": "de", "url": None, "published": "2025-05-02",
    "title": "Verfassungsschutz stuft AfD als gesichert rechtsextremistisch ein",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7], [J8, J9, J10]),
    "events": [
        event("ACCUSE", BFV, AFD, J1, mode="allege"),
        event("ACCUSE", BFV, AFD, J2, mode="allege", date="2025-05-02"),
        event("ACCUSE", actor("Alice Weidel", "DEU", "PTY"), BFV, J3, mode="disapprove"),
        event("ACCUSE", actor("Tino Chrupalla", "DEU", "PTY"), BFV, J3, mode="disapprove"),
        event("ACCUSE", actor("Marco Rubio", "USA", "GOV"), GERMANY, J4, mode="disapprove"),
        event("REQUEST", actor("Marco Rubio", "USA", "GOV"), GERMANY, J4, mode="change"),
        event("ACCUSE", actor("JD Vance", "USA", "GOV"), GERMANY, J5, mode="disapprove"),
        event("SUPPORT", actor("Nancy Faeser", "DEU", "GOV"), BFV, J8),
        event("REQUEST", actor("SPD lawmakers", "DEU", "LEG"), None, J9, mode="change"),
    ],
    "quotes": [
        quote("Das in der Partei vorherrschende Volksverständnis sei mit der freiheitlichen demokratischen "
              "Grundordnung nicht vereinbar",
              "Federal Office for the Protection of the Constitution", "indirect"),
        quote("schweren Schlag gegen die Demokratie", "Alice Weidel", "direct"),
        quote("eine »verkappte Tyrannei« zu errichten", "Marco Rubio", "indirect"),
        quote("verkappte Tyrannei", "Marco Rubio", "direct"),
        quote("die Bürokratie habe die Berliner Mauer »wiederaufgebaut«", "JD Vance", "indirect"),
        quote("wiederaufgebaut", "JD Vance", "direct"),
        quote("Das ist Demokratie", "Federal Foreign Office", "direct"),
        quote("Die Entscheidung sei nach einer gründlichen und unabhängigen Prüfung gefallen",
              "Federal Foreign Office", "indirect"),
        quote("daraus folge kein Automatismus für ein Verbotsverfahren", "Nancy Faeser", "indirect"),
    ],
    "entities": [
        entity("Federal Office for the Protection of the Constitution", "ORG", "DEU",
               ["Das Bundesamt für Verfassungsschutz", "die Behörde"]),
        entity("Alternative for Germany", "ORG", "DEU", ["die AfD", "der Partei", "Die AfD"]),
        entity("Cologne", "GPE", "DEU", ["Köln"]),
        entity("Alice Weidel", "PER", "DEU", ["Alice Weidel"]),
        entity("Tino Chrupalla", "PER", "DEU", ["Tino Chrupalla"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Germany", "GPE", "DEU", ["Berlin", "die Bundesregierung"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("JD Vance", "PER", "USA", ["Vizepräsident JD Vance"]),
        entity("Berlin Wall", "LOC", "DEU", ["die Berliner Mauer"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Bundestag", "ORG", "DEU", ["Bundestagswahl"]),
    ],
}

# ---------------------------------------------------------------- hm72-en-01
BIDEN = actor("Joe Biden", "USA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
USA = actor("United States", "USA", "GOV")
CHINA = actor("China", "CHN", "GOV")

K1 = ("U.S. President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to resume high-level military "
      "communications, ending a freeze Beijing imposed in 2022.")
K2 = ("The two leaders met for four hours at the Filoli estate south of San Francisco, on the sidelines of the "
      "Asia-Pacific Economic Cooperation summit.")
K3 = ("China also pledged to crack down on companies that produce chemicals used to make fentanyl, according to "
      "U.S. officials.")
K4 = ("In return, Washington removed a Chinese police forensics institute from a trade blacklist, the officials "
      "said.")
K5 = "“We’re back to direct, open, clear communications,” Biden told reporters afterwards."
K6 = ("Xi urged Washington to stop arming Taiwan and said that China’s reunification with the island was "
      "“unstoppable”, state broadcaster CCTV reported.")
K7 = "Biden said he had raised human rights concerns over Xinjiang, Tibet and Hong Kong."
K8 = "Asked whether he still considered Xi a dictator, Biden replied: “Well, look, he is.”"
K10 = "The two leaders did not agree on a joint statement."
K9 = "China’s Foreign Ministry called the remark “extremely wrong and irresponsible political manipulation.”"

EN01 = {
    "id": "hm72-en-01", "lang": "en", "url": None, "published": "2023-11-15",
    "title": "Biden and Xi agree to restore military communications",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("AGREE", BIDEN, XI, K1, date="2023-11-15"),
        event("SANCTION", CHINA, USA, K1, mode="discontinue"),
        event("CONSULT", XI, BIDEN, K2, mode="multilateral", location="Filoli", location_country="USA"),
        event("AGREE", CHINA, USA, K3),
        event("RETREAT", USA, actor("Institute of Forensic Science of China", "CHN", "COP"), K4),
        event("REQUEST", XI, USA, K6, mode="change"),
        event("ACCUSE", BIDEN, CHINA, K7, mode="disapprove"),
        event("ACCUSE", BIDEN, XI, K8, mode="disapprove"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of China", "CHN", "GOV"), BIDEN, K9, mode="disapprove"),
        event("AGREE", BIDEN, XI, K10, negated=True),
    ],
    "quotes": [
        quote("China also pledged to crack down on companies that produce chemicals used to make fentanyl",
              "US officials", "indirect"),
        quote("In return, Washington removed a Chinese police forensics institute from a trade blacklist",
              "US officials", "indirect"),
        quote("We’re back to direct, open, clear communications", "Joe Biden", "direct"),
        quote("that China’s reunification with the island was “unstoppable”", "Xi Jinping", "indirect"),
        quote("unstoppable", "Xi Jinping", "direct"),
        quote("he had raised human rights concerns over Xinjiang, Tibet and Hong Kong", "Joe Biden", "indirect"),
        quote("Well, look, he is", "Joe Biden", "direct"),
        quote("extremely wrong and irresponsible political manipulation", "Ministry of Foreign Affairs of China",
              "direct"),
    ],
    "entities": [
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping", "Xi"]),
        entity("China", "GPE", "CHN", ["Beijing", "China"]),
        entity("Filoli", "LOC", "USA", ["the Filoli estate"]),
        entity("San Francisco", "GPE", "USA", ["San Francisco"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["Asia-Pacific Economic Cooperation"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Institute of Forensic Science of China", "ORG", "CHN", ["a Chinese police forensics institute"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "the island"]),
        entity("CCTV", "ORG", "CHN", ["state broadcaster CCTV"]),
        entity("Xinjiang", "GPE", "CHN", ["Xinjiang"]),
        entity("Tibet", "GPE", "CHN", ["Tibet"]),
        entity("Hong Kong", "GPE", "CHN", ["Hong Kong"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["China’s Foreign Ministry"]),
    ],
}

# ---------------------------------------------------------------- hm72-en-02
CCG = actor("China Coast Guard", "CHN", "COP")
PHL = actor("Philippines", "PHL", "GOV")
PCG = actor("Philippine Coast Guard", "PHL", "COP")

L1 = ("Chinese coast guard ships fired water cannon at two Philippine government vessels near the disputed "
      "Scarborough Shoal on Tuesday, damaging both.")
L2 = ("The Philippine Coast Guard said its vessels had delivered fuel and food to Filipino fishermen in the area "
      "before being intercepted.")
L3 = "“This is a clear act of harassment,” coast guard spokesman Jay Tarriela told reporters."
L4 = ("China’s coast guard said the Philippine ships had “intruded” into Chinese waters and had been driven "
      "away.")
L5 = "The Philippine foreign ministry summoned a senior Chinese diplomat in Manila to protest."
L6 = "Manila will not be intimidated, Foreign Secretary Enrique Manalo said."
L7 = ("The U.S. State Department condemned the “dangerous” manoeuvres and reaffirmed that its 1951 defense "
      "treaty with Manila covers attacks on Philippine coast guard vessels.")
L8 = ("Beijing and Manila have clashed repeatedly over the shoal, which lies within the Philippines’ exclusive "
      "economic zone.")
L9 = ("A Chinese foreign ministry spokesman on Tuesday told Washington to stop “stirring up trouble” in the "
      "South China Sea.")

EN02 = {
    "id": "hm72-en-02", "lang": "en", "url": None, "published": "2024-04-30",
    "title": "Chinese coast guard fires water cannon at Philippine vessels",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("ASSAULT", CCG, PHL, L1, mode="crowd-control", date="2024-04-30", location="Scarborough Shoal",
              location_country=None),
        event("AID", PCG, actor("Filipino fishermen", "PHL", "CVL"), L2),
        event("ACCUSE", actor("Jay Tarriela", "PHL", "COP"), CCG, L3, mode="disapprove"),
        event("ACCUSE", CCG, PHL, L4, mode="allege"),
        event("ACCUSE", actor("Department of Foreign Affairs of the Philippines", "PHL", "GOV"), CHINA, L5,
              mode="disapprove"),
        event("ACCUSE", actor("United States Department of State", "USA", "GOV"), CHINA, L7, mode="disapprove"),
        event("SUPPORT", actor("United States Department of State", "USA", "GOV"), PHL, L7),
        event("REQUEST", actor("Chinese foreign ministry spokesman", "CHN", "GOV"), USA, L9, mode="change",
              date="2024-04-30"),
    ],
    "quotes": [
        quote("its vessels had delivered fuel and food to Filipino fishermen in the area before being intercepted",
              "Philippine Coast Guard", "indirect"),
        quote("This is a clear act of harassment", "Jay Tarriela", "direct"),
        quote("the Philippine ships had “intruded” into Chinese waters and had been driven away",
              "China Coast Guard", "indirect"),
        quote("intruded", "China Coast Guard", "direct"),
        quote("Manila will not be intimidated", "Enrique Manalo", "indirect"),
        quote("dangerous", "United States Department of State", "direct"),
        quote("that its 1951 defense treaty with Manila covers attacks on Philippine coast guard vessels",
              "United States Department of State", "indirect"),
        quote("stirring up trouble", "Chinese foreign ministry spokesman", "direct"),
    ],
    "entities": [
        entity("China Coast Guard", "ORG", "CHN", ["Chinese coast guard", "China’s coast guard"]),
        entity("Scarborough Shoal", "LOC", None, ["Scarborough Shoal", "the shoal"]),
        entity("Philippine Coast Guard", "ORG", "PHL", ["The Philippine Coast Guard"]),
        entity("Jay Tarriela", "PER", "PHL", ["coast guard spokesman Jay Tarriela"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL",
               ["The Philippine foreign ministry"]),
        entity("Philippines", "GPE", "PHL", ["Manila", "the Philippines’"]),
        entity("Enrique Manalo", "PER", "PHL", ["Foreign Secretary Enrique Manalo"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("China", "GPE", "CHN", ["Beijing"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["A Chinese foreign ministry spokesman"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("South China Sea", "LOC", None, ["the South China Sea"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
