"""Round 302: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm302-de-01: Russia/Ukraine: Ukrainian drones hit the Alabuga special economic zone in Yelabuga and the Taneco refinery in Nizhnekamsk, Tatarstan; Minnikhanov and Peskov accuse Kyiv, terrorism inquiry, HUR claims the drone works, Russian strikes on Ukrainian power plants, Zelensky presses Congress and warns Moscow (2024-04-02).
- hm302-de-02: Finland: Alexander Stubb beats Pekka Haavisto in the presidential run-off; Haavisto concedes and congratulates, Stubb rules out talks with Putin and pledges support to Ukraine, Orpo, Stoltenberg and Zelensky congratulate, Peskov blames Helsinki, the closed border with Russia (2024-02-11).
- hm302-de-03: Bulgaria: the security agency DANS expels Archimandrite Vassian, head of the Russian church mission in Sofia, and two Belarusian priests; Mitrofanova and Zakharova object and threaten, Denkov defends the move, the Holy Synod and Radev criticise, Vazrazhdane protests, the 2022 expulsion of 70 diplomats (2023-09-21).
- hm302-de-04: Azerbaijan: Baku shuts the Russian House and strips Sputnik staff of accreditation; Zakharova threatens, Peskov regrets but offers dialogue, background of the AZAL crash near Aktau, Aliyev's accusations and demands, Putin's apology, Hajiyev's reply (2025-02-11).
- hm302-en-01: Turkey: AKP deputy Alpay Ozalan punches TIP's Ahmet Sik during the emergency session on jailed MP Can Atalay; brawl, Ozalan and Ozel react, TIP files a complaint, Kurtulmus condemns, Atalay's conviction, the Court of Cassation's refusal, loss and restoration of his seat, Guler rejects the opposition, Amnesty's call (2024-08-16).
- hm302-en-02: Ukraine: Ukraine's military withdraws from Vuhledar; Russian shelling and glide bombs, Zelenskiy asks Washington and London for long-range strikes, Russian drone attack, shelling of Kherson, Ukrainian drones hit a depot in Kursk, Peskov accuses Washington, Danish aid, Ramstein meeting with Biden planned (2024-10-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm302-de-01 (Russia, drones on Tatarstan)
UKR_MIL = actor("Ukrainian Armed Forces", "UKR", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
TATARSTAN = actor("Republic of Tatarstan", "RUS", "GOV")
ALABUGA = actor("Alabuga Special Economic Zone", "RUS", "BUS")
TANECO = actor("Taneco", "RUS", "BUS")
MINNIKHANOV = actor("Rustam Minnikhanov", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
RUS_INV_COMMITTEE = actor("Investigative Committee of Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
HUR = actor("Main Directorate of Intelligence of Ukraine", "UKR", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
US_CONGRESS = actor("U.S. Congress", "USA", "LEG")
RUSSIA = actor("Russia", "RUS", "GOV")

A1 = ("Moskau (dpa) - Ukrainische Drohnen haben erstmals Ziele in der mehr als 1000 Kilometer von der Front "
      "entfernten russischen Teilrepublik Tatarstan angegriffen.")
A2 = ("Eine Drohne schlug am Dienstagmorgen in ein Wohnheim der Sonderwirtschaftszone Alabuga in der Stadt Jelabuga "
      "ein, in der nach westlichen Erkenntnissen Kampfdrohnen iranischer Bauart hergestellt werden.")
A3 = ("Dabei seien zwölf Menschen verletzt worden, darunter mehrere Studentinnen einer örtlichen Fachschule, teilte "
      "das Gesundheitsministerium der Republik mit.")
A4 = "Eine zweite Drohne traf eine Anlage der Raffinerie Taneco in Nischnekamsk, einer der größten Russlands."
A5 = ("Der Betrieb sei nicht unterbrochen worden, ein Brand sei rasch gelöscht worden, teilte das Unternehmen "
      "mit.")
A6 = "Die Flughäfen von Kasan und Nischnekamsk blieben mehrere Stunden lang geschlossen."
A7 = "Republikchef Rustam Minnichanow warf Kiew einen „Terrorangriff“ auf friedliche Menschen vor."
A8 = "Die Menschen in Jelabuga sollten Ruhe bewahren, die Lage sei unter Kontrolle, sagte der 67-Jährige."
A9 = "Das Ermittlungskomitee in Moskau leitete ein Strafverfahren wegen eines Terroranschlags ein."
A10 = "Kremlsprecher Dmitri Peskow sagte, Präsident Wladimir Putin sei über die Angriffe unterrichtet worden."
A11 = "„Das Kiewer Regime setzt seine terroristischen Methoden fort“, sagte Peskow."
A12 = ("Ein Vertreter des ukrainischen Militärgeheimdienstes HUR sagte, die Drohnen hätten Produktionsstätten für "
       "Kampfdrohnen vom Typ Shahed getroffen.")
A13 = "Russland setzt die im Iran entwickelten Drohnen seit Monaten in großer Zahl gegen ukrainische Städte ein."
A14 = ("In der Nacht zum Dienstag griff das russische Militär erneut Energieanlagen in der Ukraine an; in der Region "
       "Dnipropetrowsk fiel nach Angaben des Netzbetreibers Ukrenergo in Zehntausenden Haushalten der Strom aus.")
A15 = ("Der ukrainische Präsident Wolodymyr Selenskyj forderte den US-Kongress in seiner abendlichen Videoansprache "
       "erneut auf, das seit Monaten blockierte Hilfspaket für sein Land freizugeben.")
A16 = "Die Ukraine werde auf jeden russischen Angriff auf ihre Energieversorgung antworten, sagte er."

DE01 = {
    "id": "hm302-de-01", "lang": "de", "url": None, "published": "2024-04-02",
    "title": "Ukrainische Drohnen treffen erstmals Ziele in Tatarstan",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10, A11], [A12, A13], [A14, A15, A16]),
    "events": [
        event("ASSAULT", UKR_MIL, TATARSTAN, A1, mode="drone", location="Tatarstan", location_country="RUS"),
        event("ASSAULT", UKR_MIL, ALABUGA, A2, mode="drone", date="2024-04-02", location="Yelabuga",
              location_country="RUS"),
        event("ASSAULT", UKR_MIL, TANECO, A4, mode="drone", location="Nizhnekamsk", location_country="RUS"),
        event("ACCUSE", MINNIKHANOV, UKR_GOV, A7, mode="disapprove"),
        event("ACCUSE", RUS_INV_COMMITTEE, None, A9, mode="investigate"),
        event("ACCUSE", PESKOV, UKR_GOV, A11, mode="disapprove"),
        event("ASSAULT", HUR, ALABUGA, A12, mode="drone", location="Yelabuga", location_country="RUS"),
        event("ASSAULT", RUS_MIL, UKRAINE, A14, date="2024-04-02", location="Dnipropetrovsk Oblast",
              location_country="UKR"),
        event("REQUEST", ZELENSKY, US_CONGRESS, A15, mode="assist"),
        event("THREATEN", ZELENSKY, RUSSIA, A16, mode="violence"),
    ],
    "quotes": [
        quote("Dabei seien zwölf Menschen verletzt worden, darunter mehrere Studentinnen einer örtlichen Fachschule",
              "Ministry of Health of Tatarstan", "indirect"),
        quote("Der Betrieb sei nicht unterbrochen worden, ein Brand sei rasch gelöscht worden", "Taneco", "indirect"),
        quote("Terrorangriff", "Rustam Minnikhanov", "direct"),
        quote("Die Menschen in Jelabuga sollten Ruhe bewahren, die Lage sei unter Kontrolle", "Rustam Minnikhanov",
              "indirect"),
        quote("Präsident Wladimir Putin sei über die Angriffe unterrichtet worden", "Dmitry Peskov", "indirect"),
        quote("Das Kiewer Regime setzt seine terroristischen Methoden fort", "Dmitry Peskov", "direct"),
        quote("die Drohnen hätten Produktionsstätten für Kampfdrohnen vom Typ Shahed getroffen",
              "official of the Main Directorate of Intelligence of Ukraine", "indirect"),
        quote("in der Region Dnipropetrowsk fiel nach Angaben des Netzbetreibers Ukrenergo in Zehntausenden Haushalten "
              "der Strom aus", "Ukrenergo", "indirect"),
        quote("Die Ukraine werde auf jeden russischen Angriff auf ihre Energieversorgung antworten",
              "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Tatarstan", "LOC", "RUS", ["der mehr als 1000 Kilometer von der Front entfernten russischen "
                                           "Teilrepublik Tatarstan", "der Republik"]),
        entity("Alabuga Special Economic Zone", "LOC", "RUS", ["der Sonderwirtschaftszone Alabuga"]),
        entity("Yelabuga", "LOC", "RUS", ["der Stadt Jelabuga", "Jelabuga"]),
        entity("Ministry of Health of Tatarstan", "ORG", "RUS", ["das Gesundheitsministerium der Republik"]),
        entity("Taneco", "ORG", "RUS", ["der Raffinerie Taneco", "das Unternehmen"]),
        entity("Nizhnekamsk", "LOC", "RUS", ["Nischnekamsk"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Kazan", "LOC", "RUS", ["Kasan"]),
        entity("Rustam Minnikhanov", "PER", "RUS", ["Republikchef Rustam Minnichanow", "der 67-Jährige"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew", "Das Kiewer Regime"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee in Moskau"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Peskow"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR",
               ["des ukrainischen Militärgeheimdienstes HUR"]),
        entity("official of the Main Directorate of Intelligence of Ukraine", "PER", "UKR", ["Ein Vertreter"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["das russische Militär"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "sein Land", "Die Ukraine"]),
        entity("Dnipropetrovsk Oblast", "LOC", "UKR", ["der Region Dnipropetrowsk"]),
        entity("Ukrenergo", "ORG", "UKR", ["des Netzbetreibers Ukrenergo"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("U.S. Congress", "ORG", "USA", ["den US-Kongress"]),
    ],
}

# ---------------------------------------------------------------- hm302-de-02 (Finland, Stubb elected president)
STUBB = actor("Alexander Stubb", "FIN", "GOV")
HAAVISTO = actor("Pekka Haavisto", "FIN", "PTY")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ORPO = actor("Petteri Orpo", "FIN", "GOV")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
FIN_GOV = actor("Government of Finland", "FIN", "GOV")

B1 = "Helsinki (dpa) - Der frühere Ministerpräsident Alexander Stubb wird neuer Staatspräsident Finnlands."
B2 = ("Der Kandidat der konservativen Nationalen Sammlungspartei setzte sich in der Stichwahl am Sonntag mit 51,6 "
      "Prozent der Stimmen gegen den früheren Außenminister Pekka Haavisto durch, wie das Justizministerium nach "
      "Auszählung aller Stimmen mitteilte.")
B3 = ("Haavisto, der von den Grünen unterstützt wurde, räumte noch am Abend seine Niederlage ein und gratulierte "
      "seinem Rivalen.")
B4 = "„Finnland hat einen guten Präsidenten gewählt“, sagte der 65-Jährige vor Anhängern in Helsinki."
B5 = ("Stubb dankte seinem Kontrahenten für einen fairen Wahlkampf und versprach, Präsident aller Finnen zu "
      "sein.")
B6 = ("Der 55-Jährige tritt am 1. März die Nachfolge von Sauli Niinistö an, der nach zwei Amtszeiten nicht erneut "
      "kandidieren durfte.")
B7 = ("Der finnische Präsident führt gemeinsam mit der Regierung die Außen- und Sicherheitspolitik und ist "
      "Oberbefehlshaber der Streitkräfte.")
B8 = ("Stubb schloss Gespräche mit Kremlchef Wladimir Putin vorerst aus, solange Russland seinen Angriffskrieg "
      "gegen die Ukraine fortsetze.")
B9 = "„Russland ist eine Bedrohung für Finnland und für ganz Europa“, sagte er."
B10 = "Der Ukraine sicherte Stubb weitere Unterstützung zu, „so lange wie nötig“."
B11 = ("Ministerpräsident Petteri Orpo gratulierte seinem Parteifreund und sprach von einem „klaren Mandat“ für eine "
       "entschlossene Haltung gegenüber Moskau.")
B12 = ("Auch NATO-Generalsekretär Jens Stoltenberg und der ukrainische Präsident Wolodymyr Selenskyj "
       "gratulierten.")
B13 = "Selenskyj lud den Wahlsieger zu einem baldigen Besuch nach Kiew ein."
B14 = ("Kremlsprecher Dmitri Peskow sagte, Moskau erwarte von dem neuen Präsidenten keine Verbesserung der "
       "Beziehungen, und warf Helsinki vor, mit dem NATO-Beitritt die Spannungen im Norden Europas verschärft zu "
       "haben.")
B15 = ("Finnland hatte Ende November alle Grenzübergänge nach Russland geschlossen, nachdem Hunderte Asylsuchende "
       "ohne Visum über die Grenze gekommen waren.")
B16 = ("Die Regierung in Helsinki wirft Moskau vor, die Migranten gezielt an die Grenze gebracht zu haben, was der "
       "Kreml zurückweist.")
B17 = "Die Wahlbeteiligung lag bei 70,7 Prozent."

DE02 = {
    "id": "hm302-de-02", "lang": "de", "url": None, "published": "2024-02-11",
    "title": "Stubb gewinnt Präsidentenwahl in Finnland",
    "text": paragraphs([B1, B2], [B3, B4, B5], [B6, B7], [B8, B9, B10], [B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("CONCEDE", HAAVISTO, STUBB, B3, date="2024-02-11"),
        event("SUPPORT", HAAVISTO, STUBB, B3, date="2024-02-11"),
        event("SUPPORT", HAAVISTO, STUBB, B4, location="Helsinki", location_country="FIN"),
        event("SUPPORT", STUBB, HAAVISTO, B5),
        event("REJECT", STUBB, PUTIN, B8, mode="meet"),
        event("ACCUSE", STUBB, RUSSIA, B9, mode="disapprove"),
        event("AGREE", STUBB, UKRAINE, B10),
        event("SUPPORT", ORPO, STUBB, B11),
        event("SUPPORT", STOLTENBERG, STUBB, B12),
        event("SUPPORT", ZELENSKY, STUBB, B12),
        event("AGREE", ZELENSKY, STUBB, B13),
        event("ACCUSE", PESKOV, FIN_GOV, B14, mode="disapprove"),
        event("SANCTION", FIN_GOV, RUSSIA, B15, mode="discontinue"),
        event("ACCUSE", FIN_GOV, RUSSIA, B16, mode="allege"),
    ],
    "quotes": [
        quote("Finnland hat einen guten Präsidenten gewählt", "Pekka Haavisto", "direct"),
        quote("Präsident aller Finnen zu sein", "Alexander Stubb", "indirect"),
        quote("solange Russland seinen Angriffskrieg gegen die Ukraine fortsetze", "Alexander Stubb", "indirect"),
        quote("Russland ist eine Bedrohung für Finnland und für ganz Europa", "Alexander Stubb", "direct"),
        quote("so lange wie nötig", "Alexander Stubb", "direct"),
        quote("klaren Mandat", "Petteri Orpo", "direct"),
        quote("Moskau erwarte von dem neuen Präsidenten keine Verbesserung der Beziehungen", "Dmitry Peskov",
              "indirect"),
        quote("mit dem NATO-Beitritt die Spannungen im Norden Europas verschärft zu haben", "Dmitry Peskov",
              "indirect"),
        quote("die Migranten gezielt an die Grenze gebracht zu haben", "Government of Finland", "indirect"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Alexander Stubb", "PER", "FIN", ["Der frühere Ministerpräsident Alexander Stubb",
                                                 "Der Kandidat der konservativen Nationalen Sammlungspartei",
                                                 "seinem Rivalen", "Stubb", "Der 55-Jährige", "seinem Parteifreund",
                                                 "den Wahlsieger", "dem neuen Präsidenten"]),
        entity("Finland", "LOC", "FIN", ["Finnlands", "Finnland"]),
        entity("National Coalition Party", "ORG", "FIN", ["der konservativen Nationalen Sammlungspartei"]),
        entity("Pekka Haavisto", "PER", "FIN", ["den früheren Außenminister Pekka Haavisto", "Haavisto",
                                                "der 65-Jährige", "seinem Kontrahenten"]),
        entity("Ministry of Justice of Finland", "ORG", "FIN", ["das Justizministerium"]),
        entity("Green League", "ORG", "FIN", ["den Grünen"]),
        entity("Sauli Niinistö", "PER", "FIN", ["Sauli Niinistö"]),
        entity("Government of Finland", "ORG", "FIN", ["der Regierung", "Die Regierung in Helsinki"]),
        entity("Finnish Defence Forces", "ORG", "FIN", ["der Streitkräfte"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "Der Ukraine"]),
        entity("Europe", "LOC", None, ["ganz Europa", "Europas"]),
        entity("Petteri Orpo", "PER", "FIN", ["Ministerpräsident Petteri Orpo"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau", "der Kreml"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO-Generalsekretär Jens Stoltenberg"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
    ],
}

# ---------------------------------------------------------------- hm302-de-03 (Bulgaria, Russian cleric expelled)
BGR_GOV = actor("Government of Bulgaria", "BGR", "GOV")
DANS = actor("State Agency for National Security", "BGR", "GOV")
VASSIAN = actor("Vassian (Zmeev)", "RUS", "CVL")
BLR_PRIESTS = actor("Belarusian priests of the Russian Orthodox Church in Sofia", "BLR", "CVL")
MITROFANOVA = actor("Eleonora Mitrofanova", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
DENKOV = actor("Nikolai Denkov", "BGR", "GOV")
HOLY_SYNOD = actor("Holy Synod of the Bulgarian Orthodox Church", "BGR", "CVL")
RADEV = actor("Rumen Radev", "BGR", "GOV")
VAZRAZHDANE_SUPP = actor("supporters of Vazrazhdane", "BGR", "CVL")
KOSTADINOV = actor("Kostadin Kostadinov", "BGR", "OPP")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")

C1 = ("Sofia (AFP) - Bulgarien weist den Leiter der russisch-orthodoxen Kirchenvertretung in Sofia, Archimandrit "
      "Wassian, und zwei belarussische Geistliche aus.")
C2 = ("Die drei Männer hätten im Auftrag russischer Geheimdienste versucht, gesellschaftliche und politische "
      "Prozesse in Bulgarien zugunsten Moskaus zu beeinflussen, begründete die Staatliche Agentur für Nationale "
      "Sicherheit (DANS) die Entscheidung am Donnerstag.")
C4 = ("Wassian leitet seit mehreren Jahren die Vertretung des Moskauer Patriarchats an der Russischen Kirche im "
      "Zentrum der Hauptstadt.")
C5 = ("Die russische Botschafterin Eleonora Mitrofanowa sprach von einem „Angriff auf die Orthodoxie“ und einem "
      "„weiteren Schritt zur Zerstörung unserer Beziehungen“.")
C6 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte eine „harte Antwort“ Moskaus an."
C7 = "Bulgariens Regierungschef Nikolaj Denkow verteidigte die Ausweisungen."
C8 = ("Bulgarien sei ein souveräner Staat und werde nicht zulassen, dass Religion für politische Einflussnahme "
      "missbraucht werde, sagte der 61-Jährige in Sofia.")
C9 = ("Der Heilige Synod der Bulgarisch-Orthodoxen Kirche kritisierte das Vorgehen und forderte die Regierung auf, "
      "Beweise für die Vorwürfe vorzulegen.")
C10 = "Staatspräsident Rumen Radew beklagte, er sei vorab nicht über die Entscheidung informiert worden."
C11 = ("Am Abend protestierten einige Dutzend Anhänger der prorussischen Partei Wasraschdane vor der Russischen "
       "Kirche gegen die Ausweisung.")
C12 = "Parteichef Kostadin Kostadinow forderte den Rücktritt der Regierung."
C13 = "Bulgarien hatte im Juni vergangenen Jahres 70 russische Diplomaten wegen Spionageverdachts ausgewiesen."
C14 = "Mitrofanowa hatte damals gedroht, Moskau könne seine Botschaft in Sofia schließen."
C15 = "Die Russisch-Orthodoxe Kirche unter Patriarch Kirill unterstützt den russischen Angriffskrieg gegen die Ukraine."

DE03 = {
    "id": "hm302-de-03", "lang": "de", "url": None, "published": "2023-09-21",
    "title": "Bulgarien weist russischen Kirchenvertreter aus",
    "text": paragraphs([C1, C2, C4], [C5, C6], [C7, C8, C9, C10], [C11, C12], [C13, C14, C15]),
    "events": [
        event("COERCE", BGR_GOV, VASSIAN, C1, mode="deport"),
        event("COERCE", BGR_GOV, BLR_PRIESTS, C1, mode="deport"),
        event("ACCUSE", DANS, VASSIAN, C2, mode="allege", date="2023-09-21"),
        event("ACCUSE", DANS, BLR_PRIESTS, C2, mode="allege", date="2023-09-21"),
        event("ACCUSE", MITROFANOVA, BGR_GOV, C5, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, BGR_GOV, C6),
        event("SUPPORT", DENKOV, DANS, C7),
        event("ACCUSE", HOLY_SYNOD, BGR_GOV, C9, mode="disapprove"),
        event("REQUEST", HOLY_SYNOD, BGR_GOV, C9),
        event("ACCUSE", RADEV, BGR_GOV, C10, mode="disapprove"),
        event("PROTEST", VAZRAZHDANE_SUPP, BGR_GOV, C11, mode="demo", date="2023-09-21", location="Sofia",
              location_country="BGR"),
        event("REQUEST", KOSTADINOV, BGR_GOV, C12, mode="change"),
        event("SANCTION", BGR_GOV, RUS_GOV, C13, mode="expel"),
        event("THREATEN", MITROFANOVA, BGR_GOV, C14, mode="relations"),
    ],
    "quotes": [
        quote("Die drei Männer hätten im Auftrag russischer Geheimdienste versucht, gesellschaftliche und politische "
              "Prozesse in Bulgarien zugunsten Moskaus zu beeinflussen", "State Agency for National Security",
              "indirect"),
        quote("Angriff auf die Orthodoxie", "Eleonora Mitrofanova", "direct"),
        quote("weiteren Schritt zur Zerstörung unserer Beziehungen", "Eleonora Mitrofanova", "direct"),
        quote("harte Antwort", "Maria Zakharova", "direct"),
        quote("Bulgarien sei ein souveräner Staat und werde nicht zulassen, dass Religion für politische "
              "Einflussnahme missbraucht werde", "Nikolai Denkov", "indirect"),
        quote("er sei vorab nicht über die Entscheidung informiert worden", "Rumen Radev", "indirect"),
        quote("Moskau könne seine Botschaft in Sofia schließen", "Eleonora Mitrofanova", "indirect"),
    ],
    "entities": [
        entity("Sofia", "LOC", "BGR", ["Sofia", "der Hauptstadt"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgarien", "Bulgariens"]),
        entity("Vassian (Zmeev)", "PER", "RUS", ["den Leiter der russisch-orthodoxen Kirchenvertretung in Sofia, "
                                                 "Archimandrit Wassian", "Wassian"]),
        entity("Belarusian priests of the Russian Orthodox Church in Sofia", "PER", "BLR",
               ["zwei belarussische Geistliche"]),
        entity("Russian intelligence services", "ORG", "RUS", ["russischer Geheimdienste"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus", "Moskau"]),
        entity("State Agency for National Security", "ORG", "BGR",
               ["die Staatliche Agentur für Nationale Sicherheit (DANS)"]),
        entity("Russian Orthodox Church", "ORG", "RUS", ["des Moskauer Patriarchats", "Die Russisch-Orthodoxe Kirche"]),
        entity("St. Nicholas Russian Church", "LOC", "BGR", ["der Russischen Kirche im Zentrum der Hauptstadt",
                                                             "der Russischen Kirche"]),
        entity("Eleonora Mitrofanova", "PER", "RUS", ["Die russische Botschafterin Eleonora Mitrofanowa",
                                                      "Mitrofanowa"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Nikolai Denkov", "PER", "BGR", ["Bulgariens Regierungschef Nikolaj Denkow", "der 61-Jährige"]),
        entity("Holy Synod of the Bulgarian Orthodox Church", "ORG", "BGR",
               ["Der Heilige Synod der Bulgarisch-Orthodoxen Kirche"]),
        entity("Bulgarian Orthodox Church", "ORG", "BGR", ["der Bulgarisch-Orthodoxen Kirche"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["die Regierung", "der Regierung"]),
        entity("Rumen Radev", "PER", "BGR", ["Staatspräsident Rumen Radew"]),
        entity("Vazrazhdane", "ORG", "BGR", ["der prorussischen Partei Wasraschdane"]),
        entity("Kostadin Kostadinov", "PER", "BGR", ["Parteichef Kostadin Kostadinow"]),
        entity("Russian Embassy in Sofia", "ORG", "RUS", ["seine Botschaft in Sofia"]),
        entity("Patriarch Kirill", "PER", "RUS", ["Patriarch Kirill"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm302-de-04 (Azerbaijan, Russian House closed)
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
RUS_HOUSE = actor("Russian House in Baku", "RUS", "GOV")
SPUTNIK_AZ = actor("Sputnik Azerbaijan", "RUS", "BUS")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")

D1 = ("Baku (dpa) - Aserbaidschan hat das Russische Haus in der Hauptstadt Baku geschlossen und damit den Streit "
      "mit Moskau weiter verschärft.")
D2 = ("Das Kulturzentrum der russischen Regierungsagentur Rossotrudnitschestwo habe keine rechtliche Grundlage für "
      "seine Arbeit, teilte das aserbaidschanische Außenministerium am Dienstag mit.")
D3 = "Zwischen beiden Ländern gebe es kein Abkommen über den Betrieb solcher Einrichtungen, hieß es weiter."
D4 = ("Zugleich entzog Baku den verbliebenen Mitarbeitern der russischen Staatsagentur Sputnik in Aserbaidschan "
      "die Akkreditierung.")
D5 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, nannte die Schritte „unfreundlich“ und "
      "kündigte an, Moskau werde darauf „angemessen reagieren“.")
D6 = ("Das Russische Haus habe mehr als zwei Jahrzehnte lang zur Freundschaft zwischen beiden Völkern beigetragen, "
      "sagte sie.")
D7 = ("Kremlsprecher Dmitri Peskow sagte, Moskau bedauere die Entscheidung, sei aber weiter zum Dialog mit Baku "
      "bereit.")
D8 = ("Die Beziehungen zwischen den früher eng verbündeten Staaten sind seit dem Absturz eines Passagierflugzeugs "
      "der Azerbaijan Airlines im Dezember schwer belastet.")
D9 = ("Die Maschine war nach aserbaidschanischer Darstellung auf dem Weg von Baku nach Grosny von russischer "
      "Flugabwehr getroffen worden und später nahe der kasachischen Stadt Aktau abgestürzt.")
D10 = "38 der 67 Menschen an Bord kamen ums Leben."
D11 = ("Präsident Ilham Alijew warf Moskau vor, den Vorfall vertuschen zu wollen, und verlangte ein "
       "Schuldeingeständnis, die Bestrafung der Verantwortlichen und Entschädigung für die Opfer.")
D12 = ("Kremlchef Wladimir Putin hatte sich bei Alijew lediglich dafür entschuldigt, dass sich der „tragische "
       "Zwischenfall“ im russischen Luftraum ereignet habe.")
D14 = ("Präsidentenberater Hikmet Hadschijew wies Berichte russischer Medien zurück, wonach Baku eine gezielt "
       "antirussische Politik betreibe.")
D15 = "Aserbaidschan sei an guten Beziehungen zu allen Nachbarn interessiert, erklärte er."

DE04 = {
    "id": "hm302-de-04", "lang": "de", "url": None, "published": "2025-02-11",
    "title": "Aserbaidschan schließt Russisches Haus in Baku",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7], [D8, D9, D10], [D11, D12], [D14, D15]),
    "events": [
        event("COERCE", AZE_GOV, RUS_HOUSE, D1, mode="ban", location="Baku", location_country="AZE"),
        event("COERCE", AZE_GOV, SPUTNIK_AZ, D4, mode="censor"),
        event("ACCUSE", ZAKHAROVA, AZE_GOV, D5, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, AZE_GOV, D5),
        event("ACCUSE", PESKOV, AZE_GOV, D7, mode="disapprove"),
        event("AGREE", PESKOV, AZE_GOV, D7),
        event("ACCUSE", AZE_GOV, RUS_MIL, D9, mode="allege"),
        event("ACCUSE", ALIYEV, RUS_GOV, D11, mode="allege"),
        event("REQUEST", ALIYEV, RUS_GOV, D11),
        event("CONCEDE", PUTIN, ALIYEV, D12),
    ],
    "quotes": [
        quote("Das Kulturzentrum der russischen Regierungsagentur Rossotrudnitschestwo habe keine rechtliche "
              "Grundlage für seine Arbeit", "Ministry of Foreign Affairs of Azerbaijan", "indirect"),
        quote("Zwischen beiden Ländern gebe es kein Abkommen über den Betrieb solcher Einrichtungen",
              "Ministry of Foreign Affairs of Azerbaijan", "indirect"),
        quote("unfreundlich", "Maria Zakharova", "direct"),
        quote("angemessen reagieren", "Maria Zakharova", "direct"),
        quote("Moskau werde darauf „angemessen reagieren“", "Maria Zakharova", "indirect"),
        quote("Das Russische Haus habe mehr als zwei Jahrzehnte lang zur Freundschaft zwischen beiden Völkern "
              "beigetragen", "Maria Zakharova", "indirect"),
        quote("Moskau bedauere die Entscheidung, sei aber weiter zum Dialog mit Baku bereit", "Dmitry Peskov",
              "indirect"),
        quote("Die Maschine war nach aserbaidschanischer Darstellung auf dem Weg von Baku nach Grosny von russischer "
              "Flugabwehr getroffen worden", "Government of Azerbaijan", "indirect"),
        quote("den Vorfall vertuschen zu wollen", "Ilham Aliyev", "indirect"),
        quote("tragische Zwischenfall", "Vladimir Putin", "direct"),
        quote("dass sich der „tragische Zwischenfall“ im russischen Luftraum ereignet habe", "Vladimir Putin",
              "indirect"),
        quote("Baku eine gezielt antirussische Politik betreibe", "Russian media", "indirect"),
        quote("Aserbaidschan sei an guten Beziehungen zu allen Nachbarn interessiert", "Hikmet Hajiyev", "indirect"),
    ],
    "entities": [
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Russian House in Baku", "ORG", "RUS", ["das Russische Haus in der Hauptstadt Baku",
                                                      "Das Kulturzentrum", "Das Russische Haus"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Rossotrudnichestvo", "ORG", "RUS", ["der russischen Regierungsagentur Rossotrudnitschestwo"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["das aserbaidschanische Außenministerium"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["der russischen Staatsagentur Sputnik in Aserbaidschan"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["der Azerbaijan Airlines"]),
        entity("Azerbaijan Airlines Flight 8243", "LOC", "AZE", ["eines Passagierflugzeugs der Azerbaijan Airlines",
                                                                 "Die Maschine"]),
        entity("Grozny", "LOC", "RUS", ["Grosny"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["russischer Flugabwehr"]),
        entity("Aktau", "LOC", "KAZ", ["der kasachischen Stadt Aktau"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew", "Alijew"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Präsidentenberater Hikmet Hadschijew"]),
        entity("Russian media", "ORG", "RUS", ["russischer Medien"]),
    ],
}

# ---------------------------------------------------------------- hm302-en-01 (Turkey, brawl over Can Atalay)
OZALAN = actor("Alpay Özalan", "TUR", "LEG")
SIK = actor("Ahmet Şık", "TUR", "OPP")
TUR_LAWMAKERS = actor("Turkish lawmakers", "TUR", "LEG")
AKP = actor("Justice and Development Party", "TUR", "PTY")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TBMM = actor("Grand National Assembly of Turkey", "TUR", "LEG")
TIP = actor("Workers' Party of Turkey", "TUR", "OPP")
KURTULMUS = actor("Numan Kurtulmuş", "TUR", "LEG")
IST_COURT = actor("Istanbul court", "TUR", "JUD")
ATALAY = actor("Can Atalay", "TUR", "OPP")
CASSATION = actor("Court of Cassation of Turkey", "TUR", "JUD")
CONST_COURT = actor("Constitutional Court of Turkey", "TUR", "JUD")
GULER = actor("Abdullah Güler", "TUR", "LEG")
TUR_OPPOSITION = actor("Turkish opposition parties", "TUR", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")

E1 = ("ANKARA, Aug 16 (Reuters) - A lawmaker from Turkey's ruling AK Party punched an opposition deputy in "
      "parliament on Friday, sparking a brawl that left blood on the floor of the chamber during an emergency "
      "session on the case of jailed legislator Can Atalay.")
E2 = ("Video broadcast from the chamber showed AKP deputy Alpay Ozalan rushing to the podium and striking Ahmet Sik "
      "of the Workers' Party of Turkey (TIP), who had just finished a speech.")
E3 = ("Dozens of lawmakers then traded punches and kicks, and at least two deputies, including TIP's Sera Kadigil, "
      "were hurt.")
E4 = ('In his speech, Sik had said it was "not surprising" that AKP lawmakers called Atalay a terrorist, "because '
      'the biggest terrorists are those sitting in these seats."')
E5 = ('Ozalan later said on social media that he had reacted to "insults against our party and our nation" and '
      'accused Sik of provoking the violence.')
E6 = ('Main opposition leader Ozgur Ozel of the Republican People\'s Party (CHP) called the attack "shameful" and '
      'demanded that parliament\'s disciplinary board punish Ozalan.')
E7 = ("TIP leader Erkan Bas told reporters that the party had filed a criminal complaint against Ozalan with the "
      "Ankara chief prosecutor's office.")
E8 = "Parliament Speaker Numan Kurtulmus condemned the violence, saying it had no place in the assembly."
E9 = "The session was suspended and later ended without a vote."
E10 = ("Atalay, a lawyer and rights activist, was sentenced by an Istanbul court in 2022 to 18 years in prison over "
       "the 2013 Gezi Park protests.")
E11 = ("He was elected to parliament for the TIP from the earthquake-hit province of Hatay in May 2023 while in "
       "jail, but the Court of Cassation refused to comply with a Constitutional Court ruling ordering his "
       "release.")
E12 = "Parliament stripped him of his seat in January, a decision the Constitutional Court annulled on Aug. 1."
E13 = ("Abdullah Guler, the AKP's parliamentary group chairman, rejected the opposition's demand to reinstate "
       "Atalay, saying his status could not change as long as his conviction stood.")
E14 = "Amnesty International renewed its call on Turkish authorities to release Atalay immediately."

EN01 = {
    "id": "hm302-en-01", "lang": "en", "url": None, "published": "2024-08-16",
    "title": "Punches thrown in Turkish parliament during session on jailed lawmaker Atalay",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8, E9], [E10, E11, E12], [E13, E14]),
    "events": [
        event("ASSAULT", OZALAN, SIK, E1, mode="beat", date="2024-08-16", location="Ankara", location_country="TUR"),
        event("ASSAULT", OZALAN, SIK, E2, mode="beat", location="Ankara", location_country="TUR"),
        event("ASSAULT", TUR_LAWMAKERS, None, E3, mode="beat", location="Ankara", location_country="TUR"),
        event("ACCUSE", SIK, AKP, E4, mode="disapprove"),
        event("ACCUSE", OZALAN, SIK, E5, mode="allege"),
        event("ACCUSE", OZEL, OZALAN, E6, mode="disapprove"),
        event("REQUEST", OZEL, TBMM, E6, mode="change"),
        event("ACCUSE", TIP, OZALAN, E7, mode="allege"),
        event("ACCUSE", KURTULMUS, None, E8, mode="disapprove"),
        event("SANCTION", IST_COURT, ATALAY, E10, mode="convict"),
        event("COERCE", IST_COURT, ATALAY, E10, mode="arrest"),
        event("REJECT", CASSATION, CONST_COURT, E11, mode="yield"),
        event("SANCTION", TBMM, ATALAY, E12, mode="expel"),
        event("SANCTION", CONST_COURT, TBMM, E12, mode="convict", date="2024-08-01"),
        event("REJECT", GULER, TUR_OPPOSITION, E13, mode="change"),
        event("REQUEST", AMNESTY, TUR_GOV, E14, mode="yield"),
    ],
    "quotes": [
        quote("not surprising", "Ahmet Şık", "direct"),
        quote("because the biggest terrorists are those sitting in these seats", "Ahmet Şık", "direct"),
        quote('it was "not surprising" that AKP lawmakers called Atalay a terrorist', "Ahmet Şık", "indirect"),
        quote("insults against our party and our nation", "Alpay Özalan", "direct"),
        quote('he had reacted to "insults against our party and our nation"', "Alpay Özalan", "indirect"),
        quote("shameful", "Özgür Özel", "direct"),
        quote("parliament's disciplinary board punish Ozalan", "Özgür Özel", "indirect"),
        quote("the party had filed a criminal complaint against Ozalan with the Ankara chief prosecutor's office",
              "Erkan Baş", "indirect"),
        quote("it had no place in the assembly", "Numan Kurtulmuş", "indirect"),
        quote("his status could not change as long as his conviction stood", "Abdullah Güler", "indirect"),
    ],
    "entities": [
        entity("Ankara", "LOC", "TUR", ["ANKARA", "Ankara"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Justice and Development Party", "ORG", "TUR", ["ruling AK Party", "AKP"]),
        entity("Alpay Özalan", "PER", "TUR", ["A lawmaker from Turkey's ruling AK Party", "AKP deputy Alpay Ozalan",
                                              "Ozalan"]),
        entity("Ahmet Şık", "PER", "TUR", ["an opposition deputy", "Ahmet Sik", "Sik"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["parliament", "the chamber", "the assembly",
                                                                   "Parliament"]),
        entity("Can Atalay", "PER", "TUR", ["jailed legislator Can Atalay", "Atalay"]),
        entity("Workers' Party of Turkey", "ORG", "TUR", ["the Workers' Party of Turkey (TIP)", "TIP", "the party"]),
        entity("Sera Kadıgil", "PER", "TUR", ["TIP's Sera Kadigil"]),
        entity("Özgür Özel", "PER", "TUR", ["Main opposition leader Ozgur Ozel"]),
        entity("Republican People's Party", "ORG", "TUR", ["the Republican People's Party (CHP)"]),
        entity("Disciplinary Board of the Grand National Assembly of Turkey", "ORG", "TUR",
               ["parliament's disciplinary board"]),
        entity("Erkan Baş", "PER", "TUR", ["TIP leader Erkan Bas"]),
        entity("Ankara Chief Public Prosecutor's Office", "ORG", "TUR", ["the Ankara chief prosecutor's office"]),
        entity("Numan Kurtulmuş", "PER", "TUR", ["Parliament Speaker Numan Kurtulmus"]),
        entity("Istanbul court", "ORG", "TUR", ["an Istanbul court"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Gezi Park", "LOC", "TUR", ["Gezi Park"]),
        entity("Hatay", "LOC", "TUR", ["the earthquake-hit province of Hatay"]),
        entity("Court of Cassation of Turkey", "ORG", "TUR", ["the Court of Cassation"]),
        entity("Constitutional Court of Turkey", "ORG", "TUR", ["a Constitutional Court ruling",
                                                                "the Constitutional Court"]),
        entity("Abdullah Güler", "PER", "TUR", ["Abdullah Guler, the AKP's parliamentary group chairman"]),
        entity("Turkish opposition parties", "ORG", "TUR", ["the opposition"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Turkey", "ORG", "TUR", ["Turkish authorities"]),
    ],
}

# ---------------------------------------------------------------- hm302-en-02 (Ukraine, withdrawal from Vuhledar)
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
KHERSON_CIVILIANS = actor("civilians in Kherson", "UKR", "CVL")
DENMARK = actor("Denmark", "DNK", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")

F1 = ("KYIV, Oct 2 (Reuters) - Ukraine's military said on Wednesday it had pulled its troops out of the eastern "
      "town of Vuhledar to avoid encirclement, giving up a hilltop stronghold it had defended since the start of "
      "Russia's full-scale invasion.")
F2 = ('The high command had authorised the withdrawal "to preserve personnel and military equipment" as the town '
      'risked being surrounded, the Khortytsia group of forces said on Telegram.')
F3 = ("Russian troops had been attacking Vuhledar from three sides for weeks, shelling it daily with artillery and "
      "dropping powerful glide bombs on its ruins.")
F4 = ("The town, which had about 15,000 residents before the war, sits on high ground near the junction of the "
      "eastern and southern fronts and overlooks a railway used to supply Russian forces.")
F5 = "Russia's defence ministry did not immediately comment."
F6 = ("President Volodymyr Zelenskiy said the army's priority was to save soldiers' lives and urged the United "
      "States and Britain to let Kyiv strike military targets deep inside Russia with Western long-range "
      "missiles.")
F7 = ('"We cannot hold every town at any price, but we will not give up a single metre without a fight," '
      'Zelenskiy told a news conference in Kyiv.')
F8 = ("Russia also attacked Ukraine overnight with dozens of drones and a ballistic missile, damaging energy "
      "facilities in the Sumy and Poltava regions.")
F9 = ("Russian shelling killed two civilians and wounded five in the southern city of Kherson, regional governor "
      "Oleksandr Prokudin said.")
F10 = ("Ukraine's General Staff said its drones had hit a Russian ammunition depot in the Kursk region, where "
       "Ukrainian troops have held a swathe of territory since a cross-border incursion in August.")
F11 = ('Kremlin spokesman Dmitry Peskov said Russia would pursue its "special military operation" until all its '
       'goals were achieved and accused Washington of prolonging the conflict by arming Kyiv.')
F12 = ("Denmark said on Wednesday it had handed over a new batch of artillery shells and armoured vehicles to "
       "Ukraine, funded in part by proceeds from frozen Russian assets.")
F13 = ('Zelenskiy is due to present his "victory plan" to U.S. President Joe Biden and other allied leaders at a '
       'meeting at Ramstein air base in Germany on Oct. 12.')
F14 = ("Vuhledar is the latest in a string of towns in the Donetsk region to fall to Russian forces this year, "
       "after Avdiivka in February.")

EN02 = {
    "id": "hm302-en-02", "lang": "en", "url": None, "published": "2024-10-02",
    "title": "Ukraine pulls troops out of eastern stronghold Vuhledar",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7], [F8, F9, F10], [F11, F12, F13, F14]),
    "events": [
        event("RETREAT", UKR_MIL, None, F1, mode="withdraw", location="Vuhledar", location_country="UKR"),
        event("RETREAT", UKR_MIL, None, F2, mode="withdraw", location="Vuhledar", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_MIL, F3, mode="heavy-weapons", location="Vuhledar", location_country="UKR"),
        event("REQUEST", ZELENSKY, USA, F6, mode="change"),
        event("REQUEST", ZELENSKY, UK, F6, mode="change"),
        event("ASSAULT", RUS_MIL, UKRAINE, F8, mode="drone", location_country="UKR"),
        event("ASSAULT", RUS_MIL, KHERSON_CIVILIANS, F9, mode="heavy-weapons", location="Kherson",
              location_country="UKR"),
        event("ASSAULT", UKR_MIL, RUS_MIL, F10, mode="drone", location="Kursk Oblast", location_country="RUS"),
        event("ACCUSE", PESKOV, USA, F11, mode="allege"),
        event("AID", DENMARK, UKRAINE, F12, date="2024-10-02"),
        event("AGREE", ZELENSKY, BIDEN, F13),
    ],
    "quotes": [
        quote("it had pulled its troops out of the eastern town of Vuhledar to avoid encirclement",
              "Ukrainian Armed Forces", "indirect"),
        quote("to preserve personnel and military equipment", "Khortytsia Operational-Strategic Group", "direct"),
        quote('The high command had authorised the withdrawal "to preserve personnel and military equipment" as the '
              'town risked being surrounded', "Khortytsia Operational-Strategic Group", "indirect"),
        quote("the army's priority was to save soldiers' lives", "Volodymyr Zelensky", "indirect"),
        quote("We cannot hold every town at any price, but we will not give up a single metre without a fight",
              "Volodymyr Zelensky", "direct"),
        quote("Russian shelling killed two civilians and wounded five in the southern city of Kherson",
              "Oleksandr Prokudin", "indirect"),
        quote("its drones had hit a Russian ammunition depot in the Kursk region", "General Staff of the Armed Forces "
              "of Ukraine", "indirect"),
        quote("special military operation", "Dmitry Peskov", "direct"),
        quote('Russia would pursue its "special military operation" until all its goals were achieved',
              "Dmitry Peskov", "indirect"),
        quote("it had handed over a new batch of artillery shells and armoured vehicles to Ukraine", "Denmark",
              "indirect"),
        quote("victory plan", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV", "Kyiv"]),
        entity("Ukrainian Armed Forces", "ORG", "UKR", ["Ukraine's military", "The high command", "the army",
                                                        "Ukrainian troops"]),
        entity("Vuhledar", "LOC", "UKR", ["the eastern town of Vuhledar", "Vuhledar", "the town", "The town"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Khortytsia Operational-Strategic Group", "ORG", "UKR", ["the Khortytsia group of forces"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russian troops", "Russian forces"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Sumy Oblast", "LOC", "UKR", ["Sumy"]),
        entity("Poltava Oblast", "LOC", "UKR", ["Poltava"]),
        entity("Kherson", "LOC", "UKR", ["the southern city of Kherson"]),
        entity("Oleksandr Prokudin", "PER", "UKR", ["regional governor Oleksandr Prokudin"]),
        entity("General Staff of the Armed Forces of Ukraine", "ORG", "UKR", ["Ukraine's General Staff"]),
        entity("Kursk Oblast", "LOC", "RUS", ["the Kursk region"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Denmark", "LOC", "DNK", ["Denmark"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("Ramstein Air Base", "LOC", "DEU", ["Ramstein air base"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Donetsk Oblast", "LOC", "UKR", ["the Donetsk region"]),
        entity("Avdiivka", "LOC", "UKR", ["Avdiivka"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
