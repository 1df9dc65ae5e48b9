"""Round 463: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2025, invented wording and details):
- hm463-de-01: Estonia: the navy detains the EU-sanctioned shadow-fleet tanker Kiwala in the Gulf of Finland and brings it to Muuga; crew questioned without arrests, Tsahkna accuses Moscow, the Russian embassy demands access, Peskov threatens countermeasures, Tallinn denies wrongdoing, patrols stepped up, Baltic Sentry recalled (2025-04-12).
- hm463-de-02: Lithuania: Culture Minister Ignotas Adomavičius resigns after protests by cultural workers over his Crimea interview; Ruginienė accepts and will talk to Žemaitaitis, Žemaitaitis blames the media and opposition and insists on the ministry, Nausėda's criticism, charges against Žemaitaitis recalled (2025-10-21).
- hm463-de-03: Georgia: a Tbilisi court jails opposition leaders Nika Gvaramia and Nika Melia for eight months and bans them from office for defying a parliamentary commission; protest and arrests outside the court, Kobakhidze defends the rulings, Kallas and Kos condemn and demand releases, Kobakhidze accuses Brussels (2025-06-26).
- hm463-de-04: Moldova: the first EU-Moldova summit in Chișinău; Costa and von der Leyen meet Sandu and pledge a 270-million-euro package, Sandu accuses Russia of election meddling, Zakharova denies and accuses Brussels, opposition protest kept back by police, Hungary's blockade and Recean's demand (2025-07-04).
- hm463-en-01: United Kingdom: Starmer fires Peter Mandelson as ambassador to the United States over his Epstein emails; Foreign Office statement, Badenoch and Davey demands, Mandelson's regret and denial, Roscoe takes over, Trump's state visit and Rayner's resignation recalled (2025-09-11).
- hm463-en-02: Ukraine: a Russian missile hits a Kyiv apartment block in the Sviatoshynskyi district during a mass drone and missile attack; Zelenskyy accuses Moscow and asks the US and Europe for pressure, the Russian Defense Ministry claims military targets, Trump's deadline rejected by Peskov, Kallas condemns, London promises air defense (2025-07-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm463-de-01 (Estonia, tanker Kiwala detained)
EST_NAVY = actor("Estonian Navy", "EST", "MIL")
KIWALA = actor("Kiwala", "RUS", "BUS")
EU_1 = actor("European Union", "EUR", "IGO")
EST_PPA = actor("Police and Border Guard Board of Estonia", "EST", "COP")
KIWALA_CREW = actor("crew of the Kiwala", "CHN", "CVL")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
RUS_GOV_1 = actor("Government of Russia", "RUS", "GOV")
RUS_EMB_EST = actor("Embassy of Russia in Estonia", "RUS", "GOV")
EST_GOV = actor("Government of Estonia", "EST", "GOV")
PESKOV_1 = actor("Dmitry Peskov", "RUS", "GOV")
FIN_GOV = actor("Government of Finland", "FIN", "GOV")
NATO = actor("NATO", "IGO", "MIL")

E1 = ("Tallinn (dpa) - Die estnische Marine hat im Finnischen Meerbusen einen mit Sanktionen belegten Öltanker der "
      "sogenannten russischen Schattenflotte festgesetzt.")
E2 = ("Die unter der Flagge Dschibutis fahrende „Kiwala“ sei am Freitag in estnischen Gewässern gestoppt und in den "
      "Hafen Muuga östlich der Hauptstadt gebracht worden, teilte die Polizei- und Grenzschutzbehörde mit.")
E3 = "Das Schiff steht seit Dezember auf der Sanktionsliste der Europäischen Union."
E4 = ("Nach Angaben der Behörden war der Tanker ohne gültige Registrierung unterwegs und sollte im russischen Hafen "
      "Ust-Luga Öl laden.")
E5 = ("Die 24 Besatzungsmitglieder, überwiegend chinesische Staatsbürger, würden an Bord befragt, sagte ein Sprecher "
      "der Behörde.")
E6 = ("Außenminister Margus Tsahkna warf Moskau vor, mit maroden Tankern die Sicherheit und die Umwelt in der Ostsee "
      "zu gefährden.")
E7 = "„Die Schattenflotte ist eine Bedrohung für uns alle, und wir werden nicht tatenlos zusehen“, sagte er."
E8 = ("Die russische Botschaft in Tallinn verlangte Zugang zu der Besatzung und eine Erklärung für das "
      "Vorgehen.")
E9 = "Kremlsprecher Dmitri Peskow sprach von einem „feindseligen Akt“ und drohte mit Gegenmaßnahmen."
E10 = "Die estnische Regierung wies den Vorwurf zurück."
E11 = ("Man handle im Einklang mit dem Völkerrecht und dem Seerecht, erklärte Ministerpräsident Kristen Michal.")
E12 = ("Die Marine verstärkte zudem ihre Patrouillen im Finnischen Meerbusen, wie Verteidigungsminister Hanno Pevkur "
       "mitteilte.")
E13 = ("Finnland und Estland hatten im Januar nach der Beschädigung des Unterseekabels Estlink 2 eine engere "
       "Zusammenarbeit bei der Überwachung der Ostsee vereinbart.")
E14 = ("Die Nato hat seither im Rahmen der Mission „Baltic Sentry“ zusätzliche Schiffe und Flugzeuge in die Region "
       "verlegt.")
E15 = "Festnahmen gab es nach Angaben der Staatsanwaltschaft bislang nicht."
E16 = ("Russland exportiert einen großen Teil seines Öls über ältere Tanker mit undurchsichtigen "
       "Eigentumsverhältnissen, um westliche Sanktionen und den Preisdeckel zu umgehen.")

DE01 = {
    "id": "hm463-de-01", "lang": "de", "url": None, "published": "2025-04-12",
    "title": "Estland setzt Tanker der russischen Schattenflotte fest",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7], [E8, E9, E10, E11], [E12, E13, E14], [E15, E16]),
    "events": [
        event("COERCE", EST_NAVY, KIWALA, E1, mode="seize", location="Gulf of Finland", location_country="EST"),
        event("COERCE", EST_NAVY, KIWALA, E2, mode="seize", date="2025-04-11", location="Muuga",
              location_country="EST"),
        event("SANCTION", EU_1, KIWALA, E3),
        event("ACCUSE", EST_PPA, KIWALA_CREW, E5, mode="investigate"),
        event("ACCUSE", TSAHKNA, RUS_GOV_1, E6, mode="disapprove"),
        event("ACCUSE", TSAHKNA, RUS_GOV_1, E7, mode="disapprove"),
        event("REQUEST", RUS_EMB_EST, EST_GOV, E8, location="Tallinn", location_country="EST"),
        event("ACCUSE", PESKOV_1, EST_GOV, E9, mode="disapprove"),
        event("THREATEN", PESKOV_1, EST_GOV, E9),
        event("MOBILIZE", EST_NAVY, None, E12, mode="troops", location="Gulf of Finland", location_country="EST"),
        event("AGREE", FIN_GOV, EST_GOV, E13),
        event("MOBILIZE", NATO, None, E14, mode="troops", location="Baltic Sea"),
        event("COERCE", EST_PPA, KIWALA_CREW, E15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Die unter der Flagge Dschibutis fahrende „Kiwala“ sei am Freitag in estnischen Gewässern gestoppt und in "
              "den Hafen Muuga östlich der Hauptstadt gebracht worden", "Police and Border Guard Board of Estonia",
              "indirect"),
        quote("Nach Angaben der Behörden war der Tanker ohne gültige Registrierung unterwegs und sollte im russischen "
              "Hafen Ust-Luga Öl laden", "Estonian authorities", "indirect"),
        quote("Die 24 Besatzungsmitglieder, überwiegend chinesische Staatsbürger, würden an Bord befragt",
              "spokesperson of the Police and Border Guard Board of Estonia", "indirect"),
        quote("mit maroden Tankern die Sicherheit und die Umwelt in der Ostsee zu gefährden", "Margus Tsahkna",
              "indirect"),
        quote("Die Schattenflotte ist eine Bedrohung für uns alle, und wir werden nicht tatenlos zusehen",
              "Margus Tsahkna", "direct"),
        quote("feindseligen Akt", "Dmitry Peskov", "direct"),
        quote("Man handle im Einklang mit dem Völkerrecht und dem Seerecht", "Kristen Michal", "indirect"),
        quote("Die Marine verstärkte zudem ihre Patrouillen im Finnischen Meerbusen", "Hanno Pevkur", "indirect"),
        quote("Festnahmen gab es nach Angaben der Staatsanwaltschaft bislang nicht", "Prosecutor's Office of Estonia",
              "indirect"),
    ],
    "entities": [
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Estonian Navy", "ORG", "EST", ["Die estnische Marine", "Die Marine"]),
        entity("Gulf of Finland", "LOC", "EST", ["Finnischen Meerbusen"]),
        entity("Kiwala", "MISC", "RUS", ["einen mit Sanktionen belegten Öltanker der sogenannten russischen "
                                         "Schattenflotte", "Kiwala", "Das Schiff", "der Tanker"]),
        entity("Russian shadow fleet", "ORG", "RUS", ["russischen Schattenflotte", "Die Schattenflotte"]),
        entity("Djibouti", "LOC", "DJI", ["Dschibutis"]),
        entity("Muuga", "LOC", "EST", ["den Hafen Muuga östlich der Hauptstadt"]),
        entity("Police and Border Guard Board of Estonia", "ORG", "EST",
               ["die Polizei- und Grenzschutzbehörde", "der Behörde"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Estonian authorities", "ORG", "EST", ["der Behörden"]),
        entity("Ust-Luga", "LOC", "RUS", ["im russischen Hafen Ust-Luga"]),
        entity("crew of the Kiwala", "PER", "CHN", ["Die 24 Besatzungsmitglieder, überwiegend chinesische "
                                                    "Staatsbürger", "der Besatzung"]),
        entity("spokesperson of the Police and Border Guard Board of Estonia", "PER", "EST",
               ["ein Sprecher der Behörde"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna", "er"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Baltic Sea", "LOC", None, ["der Ostsee", "die Region"]),
        entity("Embassy of Russia in Estonia", "ORG", "RUS", ["Die russische Botschaft in Tallinn"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Government of Estonia", "ORG", "EST", ["Die estnische Regierung", "Estland"]),
        entity("Kristen Michal", "PER", "EST", ["Ministerpräsident Kristen Michal"]),
        entity("Hanno Pevkur", "PER", "EST", ["Verteidigungsminister Hanno Pevkur"]),
        entity("Government of Finland", "ORG", "FIN", ["Finnland"]),
        entity("Estlink 2", "MISC", "EST", ["des Unterseekabels Estlink 2"]),
        entity("NATO", "ORG", "IGO", ["Die Nato"]),
        entity("Baltic Sentry", "MISC", "IGO", ["Baltic Sentry"]),
        entity("Prosecutor's Office of Estonia", "ORG", "EST", ["der Staatsanwaltschaft"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm463-de-02 (Lithuania, culture minister resigns)
ADOMAVICIUS = actor("Ignotas Adomavičius", "LTU", "GOV")
LTU_ARTISTS = actor("Lithuanian cultural workers", "LTU", "CVL")
LTU_PROTESTERS = actor("protesters in Vilnius", "LTU", "CVL")
LTU_INSTITUTIONS = actor("Lithuanian cultural institutions", "LTU", "CVL")
LTU_CULT_ASSOC = actor("Lithuanian cultural associations", "LTU", "CVL")
LTU_GOV = actor("Government of Lithuania", "LTU", "GOV")
LRT = actor("LRT", "LTU", "MED")
RUGINIENE = actor("Inga Ruginienė", "LTU", "GOV")
ZEMAITAITIS = actor("Remigijus Žemaitaitis", "LTU", "PTY")
LTU_MEDIA = actor("Lithuanian media", "LTU", "MED")
LTU_OPP = actor("Lithuanian opposition", "LTU", "OPP")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
LTU_PROSECUTORS = actor("Prosecutor General's Office of Lithuania", "LTU", "JUD")

L1 = ("Vilnius (dpa) - Nach tagelangen Protesten von Künstlern und Kulturschaffenden ist der litauische "
      "Kulturminister Ignotas Adomavičius zurückgetreten.")
L2 = ("Er habe Ministerpräsidentin Inga Ruginienė sein Rücktrittsgesuch übergeben, teilte das Kulturministerium am "
      "Dienstag mit.")
L3 = ("Der parteilose Adomavičius war erst knapp zwei Wochen zuvor auf Vorschlag der populistischen Partei "
      "Nemunas-Morgenröte ins Amt gekommen.")
L4 = ("Die Partei des umstrittenen Abgeordneten Remigijus Žemaitaitis regiert seit September gemeinsam mit den "
      "Sozialdemokraten und dem Bauernbund.")
L5 = "Tausende Menschen hatten am Wochenende vor dem Kulturministerium in Vilnius gegen den Minister demonstriert."
L6 = "Zahlreiche Theater, Museen und Bibliotheken verkürzten aus Protest ihre Vorstellungen und Öffnungszeiten."
L7 = ("Die Organisatoren der Proteste, ein Bündnis von Kulturverbänden, forderten den Rücktritt des Ministers und "
      "warfen der Regierung vor, die Kultur einer prorussischen Partei auszuliefern.")
L8 = ("Auslöser war ein Interview mit dem öffentlich-rechtlichen Sender LRT, in dem Adomavičius sich weigerte, die "
      "Frage zu beantworten, wem die Krim gehöre.")
L9 = "Ruginienė nahm den Rücktritt an und sprach von einer „verantwortungsvollen Entscheidung“."
L10 = "Über die Nachfolge werde sie in den kommenden Tagen mit Žemaitaitis sprechen, sagte die Regierungschefin."
L11 = ("Žemaitaitis warf den Medien und der Opposition vor, eine „Hetzkampagne“ gegen den Minister geführt zu "
       "haben.")
L12 = "Seine Partei werde auf dem Kulturressort bestehen, kündigte er an."
L13 = ("Präsident Gitanas Nausėda hatte zuvor erklärt, ein Minister, der nicht klar sagen könne, dass die Krim zur "
       "Ukraine gehöre, sei im Kabinett fehl am Platz.")
L14 = "Gegen Žemaitaitis selbst hat die Staatsanwaltschaft wegen antisemitischer Äußerungen Anklage erhoben."
L15 = "Er bestreitet die Vorwürfe."
L16 = "Litauen zählt zu den entschiedensten Unterstützern der Ukraine in der EU."

DE02 = {
    "id": "hm463-de-02", "lang": "de", "url": None, "published": "2025-10-21",
    "title": "Litauens Kulturminister tritt nach Protesten zurück",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("RETREAT", ADOMAVICIUS, None, L1, mode="resign"),
        event("PROTEST", LTU_ARTISTS, ADOMAVICIUS, L1, mode="demo"),
        event("RETREAT", ADOMAVICIUS, None, L2, mode="resign", date="2025-10-21"),
        event("PROTEST", LTU_PROTESTERS, ADOMAVICIUS, L5, mode="demo", location="Vilnius", location_country="LTU"),
        event("PROTEST", LTU_INSTITUTIONS, ADOMAVICIUS, L6, mode="strike"),
        event("REQUEST", LTU_CULT_ASSOC, ADOMAVICIUS, L7, mode="change"),
        event("ACCUSE", LTU_CULT_ASSOC, LTU_GOV, L7, mode="disapprove"),
        event("REJECT", ADOMAVICIUS, LRT, L8),
        event("SUPPORT", RUGINIENE, ADOMAVICIUS, L9),
        event("AGREE", RUGINIENE, ZEMAITAITIS, L10, mode="meet"),
        event("ACCUSE", ZEMAITAITIS, LTU_MEDIA, L11, mode="disapprove"),
        event("ACCUSE", ZEMAITAITIS, LTU_OPP, L11, mode="disapprove"),
        event("REQUEST", ZEMAITAITIS, RUGINIENE, L12),
        event("ACCUSE", NAUSEDA, ADOMAVICIUS, L13, mode="disapprove"),
        event("ACCUSE", LTU_PROSECUTORS, ZEMAITAITIS, L14, mode="allege"),
    ],
    "quotes": [
        quote("Er habe Ministerpräsidentin Inga Ruginienė sein Rücktrittsgesuch übergeben",
              "Ministry of Culture of Lithuania", "indirect"),
        quote("die Kultur einer prorussischen Partei auszuliefern", "Lithuanian cultural associations", "indirect"),
        quote("verantwortungsvollen Entscheidung", "Inga Ruginienė", "direct"),
        quote("Über die Nachfolge werde sie in den kommenden Tagen mit Žemaitaitis sprechen", "Inga Ruginienė",
              "indirect"),
        quote("Hetzkampagne", "Remigijus Žemaitaitis", "direct"),
        quote("eine „Hetzkampagne“ gegen den Minister geführt zu haben", "Remigijus Žemaitaitis", "indirect"),
        quote("Seine Partei werde auf dem Kulturressort bestehen", "Remigijus Žemaitaitis", "indirect"),
        quote("ein Minister, der nicht klar sagen könne, dass die Krim zur Ukraine gehöre, sei im Kabinett fehl am "
              "Platz", "Gitanas Nausėda", "indirect"),
    ],
    "entities": [
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Lithuanian cultural workers", "PER", "LTU", ["Künstlern und Kulturschaffenden"]),
        entity("Ignotas Adomavičius", "PER", "LTU",
               ["der litauische Kulturminister Ignotas Adomavičius", "Er", "Der parteilose Adomavičius",
                "den Minister", "des Ministers", "Adomavičius"]),
        entity("Inga Ruginienė", "PER", "LTU", ["Ministerpräsidentin Inga Ruginienė", "Ruginienė", "sie",
                                                "die Regierungschefin"]),
        entity("Ministry of Culture of Lithuania", "ORG", "LTU", ["das Kulturministerium", "dem Kulturministerium",
                                                                  "dem Kulturressort"]),
        entity("Dawn of Nemunas", "ORG", "LTU", ["der populistischen Partei Nemunas-Morgenröte",
                                                 "Die Partei des umstrittenen Abgeordneten Remigijus Žemaitaitis",
                                                 "Seine Partei", "einer prorussischen Partei"]),
        entity("Remigijus Žemaitaitis", "PER", "LTU", ["Abgeordneten Remigijus Žemaitaitis", "Žemaitaitis", "er",
                                                       "Er"]),
        entity("Social Democratic Party of Lithuania", "ORG", "LTU", ["den Sozialdemokraten"]),
        entity("Lithuanian Farmers and Greens Union", "ORG", "LTU", ["dem Bauernbund"]),
        entity("protesters in Vilnius", "PER", "LTU", ["Tausende Menschen"]),
        entity("Lithuanian cultural institutions", "ORG", "LTU", ["Zahlreiche Theater, Museen und Bibliotheken"]),
        entity("Lithuanian cultural associations", "ORG", "LTU",
               ["Die Organisatoren der Proteste, ein Bündnis von Kulturverbänden"]),
        entity("Government of Lithuania", "ORG", "LTU", ["der Regierung", "im Kabinett"]),
        entity("LRT", "ORG", "LTU", ["dem öffentlich-rechtlichen Sender LRT"]),
        entity("Crimea", "LOC", "UKR", ["die Krim"]),
        entity("Lithuanian media", "ORG", "LTU", ["den Medien"]),
        entity("Lithuanian opposition", "ORG", "LTU", ["der Opposition"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Präsident Gitanas Nausėda"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Prosecutor General's Office of Lithuania", "ORG", "LTU", ["die Staatsanwaltschaft"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
    ],
}

# ---------------------------------------------------------------- hm463-de-03 (Georgia, opposition leaders jailed)
TBILISI_COURT = actor("Tbilisi City Court", "GEO", "JUD")
GVARAMIA = actor("Nika Gvaramia", "GEO", "OPP")
MELIA = actor("Nika Melia", "GEO", "OPP")
GEO_COMMISSION = actor("Parliamentary Investigative Commission of Georgia", "GEO", "LEG")
SAAKASHVILI = actor("Mikheil Saakashvili", "GEO", "OPP")
GEO_DREAM = actor("Georgian Dream", "GEO", "PTY")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
TBILISI_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
KALLAS_3 = actor("Kaja Kallas", "EUR", "IGO")
KOS = actor("Marta Kos", "EUR", "IGO")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
EU_3 = actor("European Union", "EUR", "IGO")

G1 = ("Tiflis (dpa) - Ein Gericht in Georgiens Hauptstadt Tiflis hat die Oppositionspolitiker Nika Gvaramia und Nika "
      "Melia zu jeweils acht Monaten Haft verurteilt.")
G2 = ("Die beiden Führer des Oppositionsbündnisses Koalition für den Wandel hatten sich geweigert, vor einer "
      "Untersuchungskommission des Parlaments auszusagen.")
G3 = "Das Gremium untersucht angebliche Verbrechen der Regierung des früheren Präsidenten Michail Saakaschwili."
G4 = "Das Gericht verbot den beiden Politikern zudem für zwei Jahre, öffentliche Ämter zu bekleiden."
G5 = "Gvaramia bezeichnete das Urteil im Gerichtssaal als „politische Rache“ der Regierungspartei Georgischer Traum."
G6 = ("„Sie können uns einsperren, aber sie können Georgien nicht zum Schweigen bringen“, rief Melia seinen Anhängern "
      "zu, bevor Polizisten ihn aus dem Saal führten.")
G7 = ("Vor dem Gebäude protestierten mehrere Hundert Menschen mit georgischen und europäischen Fahnen gegen das "
      "Urteil.")
G8 = ("Die Polizei nahm nach Angaben des Innenministeriums drei Demonstranten wegen Störung der öffentlichen Ordnung "
      "fest.")
G9 = ("Seit der umstrittenen Parlamentswahl im vergangenen Oktober kommt es in Tiflis fast täglich zu Kundgebungen "
      "gegen die Regierung.")
G10 = "Ministerpräsident Irakli Kobachidse verteidigte die Urteile."
G11 = "Niemand stehe über dem Gesetz, auch nicht die Opposition, sagte er vor Journalisten."
G12 = ("Die EU-Außenbeauftragte Kaja Kallas und Erweiterungskommissarin Marta Kos verurteilten die Urteile dagegen als "
       "Teil einer „systematischen Unterdrückung“ Andersdenkender.")
G13 = "Sie forderten die Freilassung aller politischen Gefangenen in Georgien."
G14 = "Kobachidse warf Brüssel daraufhin vor, sich in die inneren Angelegenheiten des Landes einzumischen."
G15 = ("Die EU hatte den Beitrittsprozess Georgiens im vergangenen Jahr nach der Verabschiedung eines umstrittenen "
       "Gesetzes über ausländische Einflussnahme faktisch eingefroren.")
G16 = "Georgien hat seit Dezember 2023 den Status eines Beitrittskandidaten."

DE03 = {
    "id": "hm463-de-03", "lang": "de", "url": None, "published": "2025-06-26",
    "title": "Georgische Oppositionsführer zu Haftstrafen verurteilt",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8, G9], [G10, G11, G12, G13, G14], [G15, G16]),
    "events": [
        event("SANCTION", TBILISI_COURT, GVARAMIA, G1, mode="convict", location="Tbilisi", location_country="GEO"),
        event("SANCTION", TBILISI_COURT, MELIA, G1, mode="convict", location="Tbilisi", location_country="GEO"),
        event("REJECT", GVARAMIA, GEO_COMMISSION, G2),
        event("REJECT", MELIA, GEO_COMMISSION, G2),
        event("ACCUSE", GEO_COMMISSION, SAAKASHVILI, G3, mode="investigate"),
        event("COERCE", TBILISI_COURT, GVARAMIA, G4, mode="ban"),
        event("COERCE", TBILISI_COURT, MELIA, G4, mode="ban"),
        event("ACCUSE", GVARAMIA, GEO_DREAM, G5, mode="disapprove"),
        event("COERCE", GEO_POLICE, MELIA, G6, mode="arrest"),
        event("PROTEST", TBILISI_PROTESTERS, TBILISI_COURT, G7, mode="demo", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, TBILISI_PROTESTERS, G8, mode="arrest", location="Tbilisi",
              location_country="GEO"),
        event("SUPPORT", KOBAKHIDZE, TBILISI_COURT, G10),
        event("ACCUSE", KALLAS_3, GEO_GOV, G12, mode="disapprove"),
        event("ACCUSE", KOS, GEO_GOV, G12, mode="disapprove"),
        event("REQUEST", KALLAS_3, GEO_GOV, G13, mode="yield"),
        event("REQUEST", KOS, GEO_GOV, G13, mode="yield"),
        event("ACCUSE", KOBAKHIDZE, EU_3, G14, mode="disapprove"),
        event("SANCTION", EU_3, GEO_GOV, G15),
    ],
    "quotes": [
        quote("politische Rache", "Nika Gvaramia", "direct"),
        quote("Sie können uns einsperren, aber sie können Georgien nicht zum Schweigen bringen", "Nika Melia",
              "direct"),
        quote("Die Polizei nahm nach Angaben des Innenministeriums drei Demonstranten wegen Störung der öffentlichen "
              "Ordnung fest", "Ministry of Internal Affairs of Georgia", "indirect"),
        quote("Niemand stehe über dem Gesetz, auch nicht die Opposition", "Irakli Kobakhidze", "indirect"),
        quote("systematischen Unterdrückung", "Kaja Kallas", "direct"),
        quote("systematischen Unterdrückung", "Marta Kos", "direct"),
        quote("sich in die inneren Angelegenheiten des Landes einzumischen", "Irakli Kobakhidze", "indirect"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Tbilisi City Court", "ORG", "GEO", ["Ein Gericht in Georgiens Hauptstadt Tiflis", "Das Gericht"]),
        entity("Georgia", "LOC", "GEO", ["Georgiens", "Georgien", "des Landes"]),
        entity("Nika Gvaramia", "PER", "GEO", ["Nika Gvaramia", "Gvaramia"]),
        entity("Nika Melia", "PER", "GEO", ["Nika Melia", "Melia", "ihn"]),
        entity("Coalition for Change", "ORG", "GEO", ["des Oppositionsbündnisses Koalition für den Wandel"]),
        entity("Parliamentary Investigative Commission of Georgia", "ORG", "GEO",
               ["einer Untersuchungskommission des Parlaments", "Das Gremium"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["des Parlaments"]),
        entity("Mikheil Saakashvili", "PER", "GEO", ["des früheren Präsidenten Michail Saakaschwili"]),
        entity("Georgian Dream", "ORG", "GEO", ["der Regierungspartei Georgischer Traum"]),
        entity("supporters of Nika Melia", "PER", "GEO", ["seinen Anhängern"]),
        entity("Georgian police", "ORG", "GEO", ["Polizisten", "Die Polizei"]),
        entity("protesters in Tbilisi", "PER", "GEO", ["mehrere Hundert Menschen", "drei Demonstranten"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["des Innenministeriums"]),
        entity("Government of Georgia", "ORG", "GEO", ["die Regierung"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "er", "Kobachidse"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Marta Kos", "PER", "EUR", ["Erweiterungskommissarin Marta Kos"]),
        entity("political prisoners in Georgia", "PER", "GEO", ["aller politischen Gefangenen in Georgien"]),
        entity("European Union", "ORG", "EUR", ["Brüssel", "Die EU"]),
    ],
}

# ---------------------------------------------------------------- hm463-de-04 (Moldova, first EU summit)
EU_4 = actor("European Union", "EUR", "IGO")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
COSTA = actor("António Costa", "EUR", "IGO")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
SANDU = actor("Maia Sandu", "MDA", "GOV")
RUS_GOV_4 = actor("Government of Russia", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
MDA_OPP_SUPPORTERS = actor("supporters of the Moldovan opposition", "MDA", "OPP")
MDA_POLICE = actor("Moldovan police", "MDA", "COP")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
UKR_GOV_4 = actor("Government of Ukraine", "UKR", "GOV")
RECEAN = actor("Dorin Recean", "MDA", "GOV")

D1 = ("Chișinău (dpa) - Die Europäische Union hat der Republik Moldau beim ersten gemeinsamen Gipfeltreffen weitere "
      "Unterstützung auf dem Weg in die EU zugesagt.")
D2 = ("EU-Ratspräsident António Costa und Kommissionspräsidentin Ursula von der Leyen trafen am Freitag in der "
      "moldauischen Hauptstadt Präsidentin Maia Sandu.")
D3 = ("Von der Leyen kündigte ein Hilfspaket von 270 Millionen Euro an, mit dem unter anderem die Energieversorgung "
      "gesichert und Straßen gebaut werden sollen.")
D4 = "Das Geld ist Teil eines Wachstumsplans über insgesamt 1,9 Milliarden Euro."
D5 = "„Die Zukunft Moldaus liegt in der Europäischen Union“, sagte Costa."
D6 = "Sandu dankte den Europäern und sprach von einem „historischen Tag“ für ihr Land."
D7 = ("Zugleich warf sie Russland vor, die Parlamentswahl im September mit Desinformation und Stimmenkauf "
      "beeinflussen zu wollen.")
D8 = "Moskau gebe dafür in diesem Jahr Hunderte Millionen Euro aus, sagte die Präsidentin."
D9 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, wies die Vorwürfe als „absurd“ "
      "zurück.")
D10 = "Sie warf Brüssel vor, die Republik Moldau in ein „antirussisches Projekt“ zu verwandeln."
D11 = ("Einige Hundert Anhänger der prorussischen Opposition protestierten vor dem Tagungsort gegen den Kurs der "
       "Regierung.")
D12 = "Die Polizei hielt die Demonstranten mit Absperrgittern auf Abstand."
D13 = "Die Beitrittsverhandlungen mit Moldau waren im Juni 2024 offiziell eröffnet worden."
D14 = ("Ungarn blockiert jedoch die Öffnung der ersten Verhandlungskapitel für die Ukraine, an die das Verfahren für "
       "Moldau bislang gekoppelt ist.")
D15 = "Regierungschef Dorin Recean forderte die EU-Staaten auf, beide Länder notfalls getrennt zu behandeln."
D16 = "Die frühere Sowjetrepublik mit rund 2,4 Millionen Einwohnern liegt zwischen Rumänien und der Ukraine."

DE04 = {
    "id": "hm463-de-04", "lang": "de", "url": None, "published": "2025-07-04",
    "title": "EU sagt Moldau beim ersten Gipfel weitere Hilfe zu",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8], [D9, D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("AGREE", EU_4, MDA_GOV, D1, date="2025-07-04", location="Chișinău", location_country="MDA"),
        event("CONSULT", EU_4, MDA_GOV, D1, mode="meet", date="2025-07-04", location="Chișinău",
              location_country="MDA"),
        event("CONSULT", COSTA, SANDU, D2, mode="visit", date="2025-07-04", location="Chișinău",
              location_country="MDA"),
        event("CONSULT", VDL, SANDU, D2, mode="visit", date="2025-07-04", location="Chișinău",
              location_country="MDA"),
        event("AGREE", VDL, MDA_GOV, D3),
        event("SUPPORT", COSTA, MDA_GOV, D5),
        event("SUPPORT", SANDU, EU_4, D6),
        event("ACCUSE", SANDU, RUS_GOV_4, D7, mode="allege"),
        event("ACCUSE", SANDU, RUS_GOV_4, D8, mode="allege"),
        event("ACCUSE", ZAKHAROVA, EU_4, D10, mode="disapprove"),
        event("PROTEST", MDA_OPP_SUPPORTERS, MDA_GOV, D11, mode="demo", date="2025-07-04", location="Chișinău",
              location_country="MDA"),
        event("COERCE", MDA_POLICE, MDA_OPP_SUPPORTERS, D12, mode="restrict", location="Chișinău",
              location_country="MDA"),
        event("REJECT", HUN_GOV, UKR_GOV_4, D14),
        event("REQUEST", RECEAN, EU_4, D15, mode="change"),
    ],
    "quotes": [
        quote("Die Zukunft Moldaus liegt in der Europäischen Union", "António Costa", "direct"),
        quote("historischen Tag", "Maia Sandu", "direct"),
        quote("die Parlamentswahl im September mit Desinformation und Stimmenkauf beeinflussen zu wollen", "Maia Sandu",
              "indirect"),
        quote("Moskau gebe dafür in diesem Jahr Hunderte Millionen Euro aus", "Maia Sandu", "indirect"),
        quote("absurd", "Maria Zakharova", "direct"),
        quote("antirussisches Projekt", "Maria Zakharova", "direct"),
        quote("die Republik Moldau in ein „antirussisches Projekt“ zu verwandeln", "Maria Zakharova", "indirect"),
        quote("beide Länder notfalls getrennt zu behandeln", "Dorin Recean", "indirect"),
    ],
    "entities": [
        entity("Chișinău", "LOC", "MDA", ["Chișinău", "der moldauischen Hauptstadt"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "die EU", "der Europäischen Union",
                                                "den Europäern", "Brüssel"]),
        entity("Moldova", "LOC", "MDA", ["der Republik Moldau", "Moldaus", "ihr Land", "die Republik Moldau",
                                         "Moldau", "Die frühere Sowjetrepublik"]),
        entity("António Costa", "PER", "EUR", ["EU-Ratspräsident António Costa", "Costa"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["Kommissionspräsidentin Ursula von der Leyen",
                                                      "Von der Leyen"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "Sandu", "sie", "die Präsidentin"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland", "Moskau"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa",
                                                 "Sie"]),
        entity("supporters of the Moldovan opposition", "PER", "MDA",
               ["Einige Hundert Anhänger der prorussischen Opposition", "die Demonstranten"]),
        entity("Moldovan opposition", "ORG", "MDA", ["der prorussischen Opposition"]),
        entity("Government of Moldova", "ORG", "MDA", ["der Regierung"]),
        entity("Moldovan police", "ORG", "MDA", ["Die Polizei"]),
        entity("Government of Hungary", "ORG", "HUN", ["Ungarn"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Dorin Recean", "PER", "MDA", ["Regierungschef Dorin Recean"]),
        entity("EU member states", "ORG", "EUR", ["die EU-Staaten"]),
        entity("Romania", "LOC", "ROU", ["Rumänien"]),
    ],
}

# ---------------------------------------------------------------- hm463-en-01 (UK, Mandelson fired)
STARMER = actor("Keir Starmer", "GBR", "GOV")
MANDELSON = actor("Peter Mandelson", "GBR", "GOV")
FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
DAVEY = actor("Ed Davey", "GBR", "OPP")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TRUMP_1 = actor("Donald Trump", "USA", "GOV")
CHARLES = actor("Charles III", "GBR", "GOV")
RAYNER = actor("Angela Rayner", "GBR", "GOV")

M1 = ("LONDON (AP) — British Prime Minister Keir Starmer fired Peter Mandelson as ambassador to the United States on "
      "Thursday after newly published emails revealed the depth of his friendship with the late sex offender Jeffrey "
      "Epstein.")
M2 = ("In a statement, the Foreign Office said the emails showed that Mandelson's relationship with Epstein was "
      "\"materially different from that known at the time of his appointment\" and that his position had become "
      "untenable.")
M3 = ("The messages, published by Bloomberg News, show Mandelson urging Epstein to \"fight for early release\" in "
      "2008, shortly before the financier pleaded guilty to soliciting a minor for prostitution.")
M4 = ("Only a day earlier, Starmer had defended Mandelson in the House of Commons and said he had full confidence in "
      "him.")
M5 = ("Conservative leader Kemi Badenoch accused the prime minister of \"cowardice and poor judgment\" and demanded "
      "that he explain what he knew when he made the appointment.")
M6 = "Liberal Democrat leader Ed Davey called for an independent inquiry into how Mandelson was vetted."
M7 = ("Mandelson, 71, said in a letter to embassy staff that he deeply regretted his association with Epstein and had "
      "been wrong to believe his lies.")
M8 = "He denied having known anything about Epstein's crimes at the time."
M9 = ("A former Labour Cabinet minister and European Union trade commissioner, Mandelson took up the post in "
      "Washington in February.")
M10 = ("He helped negotiate a trade agreement with President Donald Trump's administration in May that cut U.S. "
       "tariffs on British cars.")
M11 = "Deputy ambassador James Roscoe will lead the embassy on an interim basis, the Foreign Office said."
M12 = ("The dismissal comes days before Trump's state visit to Britain, where he is to be hosted by King Charles III "
       "at Windsor Castle.")
M13 = "The White House has not commented on the decision."
M14 = ("The affair is another blow to Starmer, whose deputy, Angela Rayner, resigned last week over unpaid tax on an "
       "apartment.")
M15 = "Opinion polls show Starmer's Labour Party trailing Nigel Farage's populist Reform UK."

EN01 = {
    "id": "hm463-en-01", "lang": "en", "url": None, "published": "2025-09-11",
    "title": "Starmer fires UK ambassador to US Peter Mandelson over Epstein emails",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9, M10, M11], [M12, M13, M14, M15]),
    "events": [
        event("COERCE", STARMER, MANDELSON, M1, mode="restrict", date="2025-09-11", location="London",
              location_country="GBR"),
        event("ACCUSE", FCDO, MANDELSON, M2, mode="disapprove"),
        event("SUPPORT", STARMER, MANDELSON, M4, date="2025-09-10", location="London", location_country="GBR"),
        event("ACCUSE", BADENOCH, STARMER, M5, mode="disapprove"),
        event("REQUEST", BADENOCH, STARMER, M5),
        event("REQUEST", DAVEY, UK_GOV, M6),
        event("CONCEDE", MANDELSON, None, M7),
        event("AGREE", MANDELSON, USA_GOV, M10),
        event("AGREE", TRUMP_1, CHARLES, M12, location="Windsor Castle", location_country="GBR"),
        event("RETREAT", RAYNER, None, M14, mode="resign"),
    ],
    "quotes": [
        quote("materially different from that known at the time of his appointment",
              "Foreign, Commonwealth and Development Office", "direct"),
        quote("the emails showed that Mandelson's relationship with Epstein was \"materially different from that known "
              "at the time of his appointment\" and that his position had become untenable",
              "Foreign, Commonwealth and Development Office", "indirect"),
        quote("fight for early release", "Peter Mandelson", "direct"),
        quote("he had full confidence in him", "Keir Starmer", "indirect"),
        quote("cowardice and poor judgment", "Kemi Badenoch", "direct"),
        quote("he explain what he knew when he made the appointment", "Kemi Badenoch", "indirect"),
        quote("he deeply regretted his association with Epstein and had been wrong to believe his lies",
              "Peter Mandelson", "indirect"),
        quote("Deputy ambassador James Roscoe will lead the embassy on an interim basis",
              "Foreign, Commonwealth and Development Office", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer", "Starmer", "the prime minister",
                                              "he", "Starmer's"]),
        entity("Peter Mandelson", "PER", "GBR", ["Peter Mandelson", "his", "Mandelson's", "Mandelson", "him",
                                                 "Mandelson, 71", "He"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("Jeffrey Epstein", "PER", "USA", ["the late sex offender Jeffrey Epstein", "Epstein", "the financier",
                                                 "Epstein's"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["the Foreign Office"]),
        entity("Bloomberg News", "ORG", "USA", ["Bloomberg News"]),
        entity("House of Commons", "ORG", "GBR", ["the House of Commons"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Conservative leader Kemi Badenoch"]),
        entity("Ed Davey", "PER", "GBR", ["Liberal Democrat leader Ed Davey"]),
        entity("staff of the British Embassy in Washington", "PER", "GBR", ["embassy staff"]),
        entity("European Union", "ORG", "EUR", ["European Union"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump's", "Trump's", "he"]),
        entity("Government of the United States", "ORG", "USA", ["President Donald Trump's administration",
                                                                  "The White House"]),
        entity("James Roscoe", "PER", "GBR", ["Deputy ambassador James Roscoe"]),
        entity("British Embassy in Washington", "ORG", "GBR", ["the embassy"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Charles III", "PER", "GBR", ["King Charles III"]),
        entity("Windsor Castle", "LOC", "GBR", ["Windsor Castle"]),
        entity("Angela Rayner", "PER", "GBR", ["Angela Rayner"]),
        entity("Labour Party", "ORG", "GBR", ["Labour", "Starmer's Labour Party"]),
        entity("Nigel Farage", "PER", "GBR", ["Nigel Farage's"]),
        entity("Reform UK", "ORG", "GBR", ["populist Reform UK"]),
    ],
}

# ---------------------------------------------------------------- hm463-en-02 (Ukraine, Russian strike on Kyiv)
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
KYIV_RESIDENTS = actor("residents of Kyiv", "UKR", "CVL")
ZELENSKYY = actor("Volodymyr Zelenskyy", "UKR", "GOV")
RUS_GOV_E = actor("Government of Russia", "RUS", "GOV")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
EU_E = actor("European Union", "EUR", "IGO")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_MIL = actor("Ukrainian Armed Forces", "UKR", "MIL")
TRUMP_2 = actor("Donald Trump", "USA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PESKOV_2 = actor("Dmitry Peskov", "RUS", "GOV")
KALLAS_E = actor("Kaja Kallas", "EUR", "IGO")
HARRIS = actor("Martin Harris", "GBR", "GOV")
UKR_GOV_E = actor("Government of Ukraine", "UKR", "GOV")

K1 = ("KYIV, Ukraine (AP) — A Russian missile tore through a nine-story apartment building in Kyiv overnight, killing "
      "at least 11 people, including a 6-year-old boy, Ukrainian officials said Thursday.")
K2 = ("The strike in the western Sviatoshynskyi district was part of one of the largest Russian aerial attacks on the "
      "capital this year, involving more than 300 drones and eight cruise missiles, according to Ukraine's air force.")
K3 = "Mayor Vitali Klitschko said more than 100 people were wounded, among them nine children."
K4 = "By evening, part of the building's central section was still buried under rubble."
K5 = ("President Volodymyr Zelenskyy accused Moscow of deliberately targeting civilians and urged the United States "
      "and Europe to increase pressure on the Kremlin.")
K6 = "\"Today's strike is Russia's answer to the world's desire for peace,\" he wrote on Telegram."
K7 = ("Russia's Defense Ministry said its forces had hit military-industrial sites and airfields with precision "
      "weapons and that all targets had been struck.")
K8 = "It made no mention of residential buildings."
K9 = ("The attack came days after U.S. President Donald Trump gave Russian President Vladimir Putin 10 days to agree "
      "to a ceasefire or face new sanctions.")
K10 = ("Kremlin spokesman Dmitry Peskov said Moscow had taken note of the deadline but would not bow to "
       "ultimatums.")
K11 = "Putin has so far not accepted Zelenskyy's offer of a face-to-face meeting."
K12 = ("EU foreign policy chief Kaja Kallas condemned the strike, saying Russia was \"mocking peace efforts\" with "
       "every new attack.")
K13 = ("Britain's ambassador to Ukraine, Martin Harris, said London would send additional air defense missiles in the "
       "coming weeks.")
K14 = "Kyiv has been hit by repeated mass drone attacks since the spring."
K15 = "Military analysts say Russia has sharply increased its production of Shahed-type attack drones."

EN02 = {
    "id": "hm463-en-02", "lang": "en", "url": None, "published": "2025-07-31",
    "title": "Russian missile hits Kyiv apartment block, killing at least 11",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11], [K12, K13, K14, K15]),
    "events": [
        event("ASSAULT", RUS_MIL, KYIV_RESIDENTS, K1, mode="heavy-weapons", date="2025-07-31", location="Kyiv",
              location_country="UKR"),
        event("ASSAULT", RUS_MIL, KYIV_RESIDENTS, K2, mode="drone", date="2025-07-31", location="Kyiv",
              location_country="UKR"),
        event("ACCUSE", ZELENSKYY, RUS_GOV_E, K5, mode="allege"),
        event("REQUEST", ZELENSKYY, USA_GOV_E, K5),
        event("REQUEST", ZELENSKYY, EU_E, K5),
        event("ACCUSE", ZELENSKYY, RUS_GOV_E, K6, mode="disapprove"),
        event("ASSAULT", RUS_MOD, UKR_MIL, K7),
        event("REQUEST", TRUMP_2, PUTIN, K9, mode="yield"),
        event("THREATEN", TRUMP_2, PUTIN, K9),
        event("REJECT", PESKOV_2, TRUMP_2, K10, mode="yield"),
        event("AGREE", PUTIN, ZELENSKYY, K11, mode="meet", negated=True),
        event("ACCUSE", KALLAS_E, RUS_GOV_E, K12, mode="disapprove"),
        event("AGREE", HARRIS, UKR_GOV_E, K13),
    ],
    "quotes": [
        quote("A Russian missile tore through a nine-story apartment building in Kyiv overnight, killing at least 11 "
              "people, including a 6-year-old boy", "Ukrainian officials", "indirect"),
        quote("The strike in the western Sviatoshynskyi district was part of one of the largest Russian aerial attacks "
              "on the capital this year, involving more than 300 drones and eight cruise missiles",
              "Ukrainian Air Force", "indirect"),
        quote("more than 100 people were wounded, among them nine children", "Vitali Klitschko", "indirect"),
        quote("Today's strike is Russia's answer to the world's desire for peace", "Volodymyr Zelenskyy", "direct"),
        quote("its forces had hit military-industrial sites and airfields with precision weapons and that all targets "
              "had been struck", "Ministry of Defence of Russia", "indirect"),
        quote("Moscow had taken note of the deadline but would not bow to ultimatums", "Dmitry Peskov", "indirect"),
        quote("mocking peace efforts", "Kaja Kallas", "direct"),
        quote("Russia was \"mocking peace efforts\" with every new attack", "Kaja Kallas", "indirect"),
        quote("London would send additional air defense missiles in the coming weeks", "Martin Harris", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV", "Kyiv", "the capital"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("victims of the strike on Kyiv", "PER", "UKR", ["at least 11 people", "a 6-year-old boy"]),
        entity("Ukrainian officials", "PER", "UKR", ["Ukrainian officials"]),
        entity("Sviatoshynskyi district", "LOC", "UKR", ["the western Sviatoshynskyi district"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Ukraine's air force"]),
        entity("Vitali Klitschko", "PER", "UKR", ["Mayor Vitali Klitschko"]),
        entity("Volodymyr Zelenskyy", "PER", "UKR", ["President Volodymyr Zelenskyy", "he", "Zelenskyy's"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow", "the Kremlin", "Russia"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("European Union", "ORG", "EUR", ["Europe"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's Defense Ministry", "It"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["its forces"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "Putin"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU foreign policy chief Kaja Kallas"]),
        entity("Martin Harris", "PER", "GBR", ["Britain's ambassador to Ukraine, Martin Harris"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
