"""Round 380: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm380-de-01: Germany: Interior Minister Dobrindt bans the Hamburg Islamist group Muslim Interaktiv; raids in Hamburg, investigations and searches against Generation Islam and Realität Islam in Hesse and Berlin, no arrests, assets seized, Dobrindt accuses the group and warns the scene, the 2024 "caliphate" rally in St. Georg recalled, Grote and the Central Council of Jews welcome the ban, Thering demands deportations (2025-11-05).
- hm380-de-02: Germany: the AfD founds its new youth organisation Generation Deutschland in Gießen amid mass protests; blockades of the access roads, water cannon and pepper spray at a Lahn bridge, detentions, the "widersetzen" alliance, Hohm elected chair, Weidel accuses the protesters, Chrupalla asks the Hessian government to act, Poseck condemns attacks on police, Becher's appeal, thousands of police deployed (2025-11-29).
- hm380-de-03: France: a Paris criminal court gives Gérard Depardieu an 18-month suspended sentence for sexually assaulting two women on the set of "Les Volets verts"; sex-offender register and damages, the prosecution's demand, lawyer Assous appeals and attacks the court, the court rebukes him, Durrieu Diebolt and the Fondation des Femmes welcome the verdict, activists outside the court, the separate rape inquiry after Charlotte Arnould's complaint (2025-05-13).
- hm380-de-04: Netherlands: the Hague Court of Appeal orders the government to stop exporting F-35 parts to Israel within seven days; the court's finding on Gaza, Oxfam Novib, PAX and The Rights Forum had sued and lost in December, van Leeuwen announces a cassation appeal but will comply, Rutte objects, Servaes welcomes the ruling, Wilders attacks it and backs Israel (2024-02-12).
- hm380-en-01: Norway: the sovereign wealth fund divests from Caterpillar and five Israeli banks on the Council on Ethics' recommendation; earlier sale of 11 Israeli companies and Stoltenberg's review request, the State Department objects and urges Oslo to reconsider, Graham mulls visa curbs and tariffs, Stoltenberg refuses to intervene, Saar objects, the Palestinian foreign ministry welcomes it (2025-08-25).
- hm380-en-02: Serbia/United States: U.S. sanctions on Russian-owned oil company NIS take effect after Washington declines another waiver; Vucic says the Russian owners must leave and threatens a takeover, meets Ambassador Botsan-Kharchenko, JANAF warns it will halt crude deliveries, Gazprom Neft and Peskov object, the European Commission urges Serbia to align, NIS applies for a new licence (2025-10-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm380-de-01 (Germany, Muslim Interaktiv banned)
DOBRINDT = actor("Alexander Dobrindt", "DEU", "GOV")
MUSLIM_INTERAKTIV = actor("Muslim Interaktiv", "DEU", "CVL")
GENERATION_ISLAM = actor("Generation Islam", "DEU", "CVL")
REALITAET_ISLAM = actor("Realität Islam", "DEU", "CVL")
DE_POLICE = actor("German police", "DEU", "COP")
BMI = actor("Federal Ministry of the Interior of Germany", "DEU", "GOV")
ISLAMIST_SCENE = actor("Islamist scene in Germany", "DEU", "CVL")
GROTE = actor("Andy Grote", "DEU", "GOV")
ZDJ = actor("Central Council of Jews in Germany", "DEU", "NGO")
THERING = actor("Dennis Thering", "DEU", "OPP")

M1 = "Berlin (dpa) - Bundesinnenminister Alexander Dobrindt hat die islamistische Gruppierung Muslim Interaktiv verboten."
M2 = ("Seit dem frühen Mittwochmorgen durchsuchten Polizisten in Hamburg Wohnungen und Vereinsräume führender "
      "Mitglieder, wie das Bundesinnenministerium mitteilte.")
M3 = ("Zugleich leitete das Ministerium Ermittlungsverfahren gegen die Vereine Generation Islam und Realität Islam "
      "ein, deren Räume in Hessen und Berlin ebenfalls durchsucht wurden.")
M4 = "Festnahmen gab es nach Angaben des Ministeriums nicht."
M5 = "Das Vermögen der Vereinigung wurde beschlagnahmt."
M6 = ("„Wer auf unseren Straßen offen das Kalifat fordert und unsere Verfassung verachtet, der stellt sich gegen "
      "alles, wofür dieses Land steht“, sagte Dobrindt in Berlin.")
M7 = ("Die Gruppe habe über soziale Netzwerke gezielt junge Muslime angesprochen und sie gegen Demokratie und "
      "Gleichberechtigung aufgehetzt, sagte der CSU-Politiker.")
M8 = "Der Minister kündigte an, auch gegen weitere Organisationen der Szene vorzugehen."
M9 = ("Muslim Interaktiv war im April 2024 bundesweit bekanntgeworden, als Teilnehmer einer von der Gruppe "
      "organisierten Kundgebung im Hamburger Stadtteil St. Georg Schilder mit der Aufschrift „Kalifat ist die "
      "Lösung“ zeigten.")
M10 = ("Der Hamburger Verfassungsschutz stuft die Gruppe als gesichert extremistisch ein und rechnet sie dem Umfeld "
       "der in Deutschland seit 2003 verbotenen Hizb ut-Tahrir zu.")
M11 = ("Als Kopf der Gruppe gilt ein Hamburger Lehramtsstudent, der in Videos unter dem Namen Raheem Boateng "
       "auftritt.")
M12 = "Hamburgs Innensenator Andy Grote begrüßte das Verbot."
M13 = "Die Stadt habe seit langem auf ein Vorgehen des Bundes gedrungen, sagte der SPD-Politiker."
M14 = "Der Zentralrat der Juden in Deutschland nannte die Entscheidung „überfällig“."
M15 = ("Der Hamburger CDU-Fraktionschef Dennis Thering forderte, Anhänger der Gruppe ohne deutschen Pass konsequent "
       "abzuschieben.")
M16 = ("Die Gruppe selbst äußerte sich zunächst nicht; ihre Kanäle in sozialen Netzwerken waren am Mittwoch nicht "
       "mehr abrufbar.")

DE01 = {
    "id": "hm380-de-01", "lang": "de", "url": None, "published": "2025-11-05",
    "title": "Dobrindt verbietet islamistische Gruppe Muslim Interaktiv",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11], [M12, M13, M14, M15, M16]),
    "events": [
        event("COERCE", DOBRINDT, MUSLIM_INTERAKTIV, M1, mode="ban"),
        event("COERCE", DE_POLICE, MUSLIM_INTERAKTIV, M2, mode="seize", date="2025-11-05", location="Hamburg",
              location_country="DEU"),
        event("ACCUSE", BMI, GENERATION_ISLAM, M3, mode="investigate"),
        event("ACCUSE", BMI, REALITAET_ISLAM, M3, mode="investigate"),
        event("COERCE", DE_POLICE, GENERATION_ISLAM, M3, mode="seize", location_country="DEU"),
        event("COERCE", DE_POLICE, REALITAET_ISLAM, M3, mode="seize", location_country="DEU"),
        event("COERCE", DE_POLICE, MUSLIM_INTERAKTIV, M4, mode="arrest", negated=True),
        event("COERCE", BMI, MUSLIM_INTERAKTIV, M5, mode="seize"),
        event("ACCUSE", DOBRINDT, MUSLIM_INTERAKTIV, M6, mode="disapprove", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", DOBRINDT, MUSLIM_INTERAKTIV, M7, mode="allege"),
        event("THREATEN", DOBRINDT, ISLAMIST_SCENE, M8),
        event("PROTEST", MUSLIM_INTERAKTIV, None, M9, mode="demo", location="Hamburg", location_country="DEU"),
        event("SUPPORT", GROTE, DOBRINDT, M12),
        event("SUPPORT", ZDJ, DOBRINDT, M14),
        event("REQUEST", THERING, None, M15, mode="change"),
    ],
    "quotes": [
        quote("Seit dem frühen Mittwochmorgen durchsuchten Polizisten in Hamburg Wohnungen und Vereinsräume führender "
              "Mitglieder", "Federal Ministry of the Interior of Germany", "indirect"),
        quote("Festnahmen gab es nach Angaben des Ministeriums nicht", "Federal Ministry of the Interior of Germany",
              "indirect"),
        quote("Wer auf unseren Straßen offen das Kalifat fordert und unsere Verfassung verachtet, der stellt sich gegen "
              "alles, wofür dieses Land steht", "Alexander Dobrindt", "direct"),
        quote("Die Gruppe habe über soziale Netzwerke gezielt junge Muslime angesprochen und sie gegen Demokratie und "
              "Gleichberechtigung aufgehetzt", "Alexander Dobrindt", "indirect"),
        quote("Kalifat ist die Lösung", "Muslim Interaktiv", "direct"),
        quote("Die Stadt habe seit langem auf ein Vorgehen des Bundes gedrungen", "Andy Grote", "indirect"),
        quote("überfällig", "Central Council of Jews in Germany", "direct"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Alexander Dobrindt", "PER", "DEU", ["Bundesinnenminister Alexander Dobrindt", "Dobrindt",
                                                    "der CSU-Politiker", "Der Minister"]),
        entity("Muslim Interaktiv", "ORG", "DEU", ["die islamistische Gruppierung Muslim Interaktiv",
                                                   "Muslim Interaktiv", "der Vereinigung", "Die Gruppe", "der Gruppe",
                                                   "die Gruppe"]),
        entity("German police", "ORG", "DEU", ["Polizisten"]),
        entity("Hamburg", "LOC", "DEU", ["Hamburg", "Hamburgs", "Die Stadt"]),
        entity("members of Muslim Interaktiv", "PER", "DEU", ["führender Mitglieder",
                                                              "Anhänger der Gruppe ohne deutschen Pass"]),
        entity("Federal Ministry of the Interior of Germany", "ORG", "DEU", ["das Bundesinnenministerium",
                                                                             "das Ministerium", "des Ministeriums"]),
        entity("Generation Islam", "ORG", "DEU", ["Generation Islam"]),
        entity("Realität Islam", "ORG", "DEU", ["Realität Islam"]),
        entity("Hesse", "LOC", "DEU", ["Hessen"]),
        entity("Christian Social Union in Bavaria", "ORG", "DEU", ["CSU"]),
        entity("Islamist scene in Germany", "ORG", "DEU", ["der Szene"]),
        entity("St. Georg", "LOC", "DEU", ["im Hamburger Stadtteil St. Georg"]),
        entity("Hamburg Office for the Protection of the Constitution", "ORG", "DEU",
               ["Der Hamburger Verfassungsschutz"]),
        entity("Germany", "LOC", "DEU", ["dieses Land", "in Deutschland"]),
        entity("Hizb ut-Tahrir", "ORG", None, ["Hizb ut-Tahrir"]),
        entity("Raheem Boateng", "PER", "DEU", ["ein Hamburger Lehramtsstudent", "Raheem Boateng"]),
        entity("Andy Grote", "PER", "DEU", ["Hamburgs Innensenator Andy Grote", "der SPD-Politiker"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Federal Government of Germany", "ORG", "DEU", ["des Bundes"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["Der Zentralrat der Juden in Deutschland"]),
        entity("Dennis Thering", "PER", "DEU", ["Der Hamburger CDU-Fraktionschef Dennis Thering"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
    ],
}

# ---------------------------------------------------------------- hm380-de-02 (Germany, AfD youth founded in Gießen)
GIESSEN_PROTESTERS = actor("protesters against the AfD in Gießen", "DEU", "CVL")
AFD = actor("Alternative for Germany", "DEU", "PTY")
HESSE_POLICE = actor("Hessian police", "DEU", "COP")
WIDERSETZEN = actor("widersetzen", "DEU", "NGO")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")
CHRUPALLA = actor("Tino Chrupalla", "DEU", "OPP")
HESSE_GOV = actor("Government of Hesse", "DEU", "GOV")
POSECK = actor("Roman Poseck", "DEU", "GOV")
BECHER = actor("Frank-Tilo Becher", "DEU", "GOV")

G1 = "Gießen (dpa) - Unter massiven Protesten hat die AfD in Gießen ihre neue Jugendorganisation gegründet."
G2 = ("Zehntausende Demonstranten versuchten am Samstag, mit Blockaden auf den Zufahrtsstraßen die Anreise der "
      "Delegierten zu den Hessenhallen zu verhindern.")
G3 = ("Die Polizei setzte nach eigenen Angaben Wasserwerfer, Schlagstöcke und Pfefferspray ein, um eine Blockade auf "
      "einer Brücke über die Lahn aufzulösen.")
G4 = "Mehrere Beamte wurden verletzt, Dutzende Demonstranten wurden in Gewahrsam genommen."
G5 = ("Organisiert hatte die Proteste das Bündnis „widersetzen“, das Teilnehmer mit Bussen aus dem ganzen "
      "Bundesgebiet nach Mittelhessen brachte.")
G6 = ("„Wir haben gezeigt, dass die AfD ihren Nachwuchs nirgendwo ungestört organisieren kann“, sagte eine "
      "Sprecherin des Bündnisses.")
G7 = ("Mit mehrstündiger Verspätung wählten die Delegierten in den Hessenhallen den brandenburgischen "
      "Landtagsabgeordneten Jean-Pascal Hohm zum Vorsitzenden der Generation Deutschland.")
G8 = ("Die neue Organisation ersetzt die Junge Alternative, die der Verfassungsschutz als gesichert "
      "rechtsextremistisch eingestuft hatte und die sich im Frühjahr aufgelöst hatte.")
G9 = ("AfD-Chefin Alice Weidel warf den Demonstranten vor, mit Gewalt eine rechtmäßige Versammlung verhindern zu "
      "wollen.")
G10 = ("„Wer Polizisten angreift, um eine Partei am Tagen zu hindern, ist kein Verteidiger der Demokratie“, sagte "
       "sie in ihrer Rede.")
G11 = ("Co-Parteichef Tino Chrupalla forderte die hessische Landesregierung auf, die Organisatoren der Blockaden zur "
       "Rechenschaft zu ziehen.")
G12 = "Hessens Innenminister Roman Poseck verurteilte die Angriffe auf Einsatzkräfte."
G13 = "Das Versammlungsrecht gelte auch für Parteien, die man politisch ablehne, sagte der CDU-Politiker."
G14 = ("Gießens Oberbürgermeister Frank-Tilo Becher hatte die Demonstranten bereits vor dem Wochenende zu friedlichem "
       "Protest aufgerufen.")
G15 = "Mehrere Tausend Polizisten aus zahlreichen Bundesländern waren im Einsatz."
G16 = "Es war einer der größten Polizeieinsätze in der Geschichte Hessens."

DE02 = {
    "id": "hm380-de-02", "lang": "de", "url": None, "published": "2025-11-29",
    "title": "AfD gründet neue Jugendorganisation unter massiven Protesten",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8], [G9, G10, G11], [G12, G13, G14, G15, G16]),
    "events": [
        event("PROTEST", GIESSEN_PROTESTERS, AFD, G1, mode="demo", location="Gießen", location_country="DEU"),
        event("PROTEST", GIESSEN_PROTESTERS, AFD, G2, mode="obstruct", date="2025-11-29", location="Gießen",
              location_country="DEU"),
        event("COERCE", HESSE_POLICE, GIESSEN_PROTESTERS, G3, mode="crowd-control", location="Gießen",
              location_country="DEU"),
        event("COERCE", HESSE_POLICE, GIESSEN_PROTESTERS, G4, mode="arrest", location="Gießen",
              location_country="DEU"),
        event("PROTEST", WIDERSETZEN, AFD, G5, mode="demo", location="Gießen", location_country="DEU"),
        event("ACCUSE", WEIDEL, GIESSEN_PROTESTERS, G9, mode="allege"),
        event("ACCUSE", WEIDEL, GIESSEN_PROTESTERS, G10, mode="disapprove"),
        event("REQUEST", CHRUPALLA, HESSE_GOV, G11, mode="change"),
        event("ACCUSE", POSECK, GIESSEN_PROTESTERS, G12, mode="disapprove"),
        event("REQUEST", BECHER, GIESSEN_PROTESTERS, G14),
        event("MOBILIZE", DE_POLICE, None, G15, mode="police", location="Gießen", location_country="DEU"),
    ],
    "quotes": [
        quote("Die Polizei setzte nach eigenen Angaben Wasserwerfer, Schlagstöcke und Pfefferspray ein, um eine "
              "Blockade auf einer Brücke über die Lahn aufzulösen", "Hessian police", "indirect"),
        quote("Wir haben gezeigt, dass die AfD ihren Nachwuchs nirgendwo ungestört organisieren kann",
              "spokeswoman of widersetzen", "direct"),
        quote("mit Gewalt eine rechtmäßige Versammlung verhindern zu wollen", "Alice Weidel", "indirect"),
        quote("Wer Polizisten angreift, um eine Partei am Tagen zu hindern, ist kein Verteidiger der Demokratie",
              "Alice Weidel", "direct"),
        quote("Das Versammlungsrecht gelte auch für Parteien, die man politisch ablehne", "Roman Poseck", "indirect"),
    ],
    "entities": [
        entity("Gießen", "LOC", "DEU", ["Gießen", "Gießens"]),
        entity("Alternative for Germany", "ORG", "DEU", ["die AfD", "AfD", "eine Partei"]),
        entity("Generation Deutschland", "ORG", "DEU", ["ihre neue Jugendorganisation", "der Generation Deutschland",
                                                        "Die neue Organisation"]),
        entity("protesters against the AfD in Gießen", "PER", "DEU", ["Zehntausende Demonstranten",
                                                                      "Dutzende Demonstranten", "den Demonstranten",
                                                                      "die Demonstranten", "Teilnehmer"]),
        entity("delegates of the AfD youth founding congress", "PER", "DEU", ["der Delegierten", "die Delegierten"]),
        entity("Hessenhallen", "LOC", "DEU", ["den Hessenhallen"]),
        entity("Hessian police", "ORG", "DEU", ["Die Polizei"]),
        entity("Lahn", "LOC", "DEU", ["die Lahn"]),
        entity("injured police officers in Gießen", "PER", "DEU", ["Mehrere Beamte"]),
        entity("widersetzen", "ORG", "DEU", ["das Bündnis „widersetzen“", "des Bündnisses"]),
        entity("spokeswoman of widersetzen", "PER", "DEU", ["eine Sprecherin des Bündnisses"]),
        entity("Germany", "LOC", "DEU", ["dem ganzen Bundesgebiet"]),
        entity("Central Hesse", "LOC", "DEU", ["Mittelhessen"]),
        entity("Jean-Pascal Hohm", "PER", "DEU", ["den brandenburgischen Landtagsabgeordneten Jean-Pascal Hohm"]),
        entity("Junge Alternative", "ORG", "DEU", ["die Junge Alternative"]),
        entity("Federal Office for the Protection of the Constitution", "ORG", "DEU", ["der Verfassungsschutz"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Chefin Alice Weidel"]),
        entity("Tino Chrupalla", "PER", "DEU", ["Co-Parteichef Tino Chrupalla"]),
        entity("Government of Hesse", "ORG", "DEU", ["die hessische Landesregierung"]),
        entity("organisers of the Gießen blockades", "PER", "DEU", ["die Organisatoren der Blockaden"]),
        entity("Roman Poseck", "PER", "DEU", ["Hessens Innenminister Roman Poseck", "der CDU-Politiker"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("Hesse", "LOC", "DEU", ["Hessens"]),
        entity("Frank-Tilo Becher", "PER", "DEU", ["Gießens Oberbürgermeister Frank-Tilo Becher"]),
        entity("German police", "ORG", "DEU", ["Mehrere Tausend Polizisten aus zahlreichen Bundesländern"]),
    ],
}

# ---------------------------------------------------------------- hm380-de-03 (France, Depardieu convicted)
PARIS_COURT = actor("Paris Criminal Court", "FRA", "JUD")
DEPARDIEU = actor("Gérard Depardieu", "FRA", "CVL")
PARIS_PROSECUTORS = actor("Paris Public Prosecutor's Office", "FRA", "JUD")
ASSOUS = actor("Jérémie Assous", "FRA", "CVL")
DURRIEU = actor("Carine Durrieu Diebolt", "FRA", "CVL")
PARIS_ACTIVISTS = actor("feminist activists outside the Paris court", "FRA", "CVL")
FDF = actor("Fondation des Femmes", "FRA", "NGO")
FILM_INDUSTRY = actor("French film industry", "FRA", "BUS")
ARNOULD = actor("Charlotte Arnould", "FRA", "CVL")

P1 = ("Paris (dpa) - Der französische Schauspieler Gérard Depardieu ist wegen sexueller Übergriffe auf zwei Frauen zu "
      "18 Monaten Haft auf Bewährung verurteilt worden.")
P2 = ("Ein Pariser Strafgericht sah es am Dienstag als erwiesen an, dass der 76-Jährige eine Ausstatterin und eine "
      "Regieassistentin 2021 bei Dreharbeiten zu dem Film „Les Volets verts“ gegen ihren Willen angefasst hatte.")
P3 = ("Zudem ordneten die Richter seine Eintragung in das Register für Sexualstraftäter an und sprachen den beiden "
      "Frauen Schmerzensgeld zu.")
P4 = "Depardieu war bei der Urteilsverkündung nicht anwesend, da er in Portugal einen Film drehte."
P5 = "Die Staatsanwaltschaft hatte 18 Monate auf Bewährung und eine Geldstrafe von 20.000 Euro gefordert."
P6 = "Sein Anwalt Jérémie Assous legte noch am Dienstag Berufung ein."
P7 = "„Dieses Urteil ist der Triumph der öffentlichen Meinung über die Fakten“, sagte er vor Journalisten."
P8 = ("Das Gericht hatte Assous' Auftreten im Prozess ausdrücklich gerügt und den Klägerinnen wegen seiner "
      "aggressiven Befragung zusätzlichen Schadenersatz zugesprochen.")
P9 = "Die Anwältin einer der beiden Frauen, Carine Durrieu Diebolt, sprach von einem „historischen Urteil“."
P10 = "Es zeige, dass auch berühmte Männer nicht über dem Gesetz stünden, sagte sie."
P11 = ("Vor dem Gerichtsgebäude hatten sich am Morgen Dutzende Aktivistinnen versammelt, die Schilder mit der "
       "Aufschrift „Depardieu schuldig“ hochhielten.")
P12 = ("Die Frauenrechtsorganisation Fondation des Femmes begrüßte das Urteil und forderte die Filmbranche auf, "
       "Schauspieler mit ähnlichen Vorwürfen nicht länger zu schützen.")
P13 = "Der Fall gilt als einer der wichtigsten der französischen #MeToo-Bewegung."
P14 = ("Gegen Depardieu läuft zudem ein Ermittlungsverfahren wegen Vergewaltigung, nachdem ihn die Schauspielerin "
       "Charlotte Arnould 2018 angezeigt hatte.")
P15 = "Depardieu hat sämtliche Vorwürfe stets bestritten."

DE03 = {
    "id": "hm380-de-03", "lang": "de", "url": None, "published": "2025-05-13",
    "title": "Depardieu wegen sexueller Übergriffe verurteilt",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7, P8], [P9, P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("SANCTION", PARIS_COURT, DEPARDIEU, P1, mode="convict", location="Paris", location_country="FRA"),
        event("SANCTION", PARIS_COURT, DEPARDIEU, P2, mode="convict", date="2025-05-13", location="Paris",
              location_country="FRA"),
        event("SANCTION", PARIS_COURT, DEPARDIEU, P3, mode="convict"),
        event("REQUEST", PARIS_PROSECUTORS, PARIS_COURT, P5),
        event("REJECT", ASSOUS, PARIS_COURT, P6, date="2025-05-13"),
        event("ACCUSE", ASSOUS, PARIS_COURT, P7, mode="disapprove"),
        event("ACCUSE", PARIS_COURT, ASSOUS, P8, mode="disapprove"),
        event("SUPPORT", DURRIEU, PARIS_COURT, P9),
        event("PROTEST", PARIS_ACTIVISTS, DEPARDIEU, P11, mode="demo", date="2025-05-13", location="Paris",
              location_country="FRA"),
        event("SUPPORT", FDF, PARIS_COURT, P12),
        event("REQUEST", FDF, FILM_INDUSTRY, P12, mode="change"),
        event("ACCUSE", PARIS_PROSECUTORS, DEPARDIEU, P14, mode="investigate"),
        event("ACCUSE", ARNOULD, DEPARDIEU, P14, mode="allege"),
    ],
    "quotes": [
        quote("dass der 76-Jährige eine Ausstatterin und eine Regieassistentin 2021 bei Dreharbeiten zu dem Film „Les "
              "Volets verts“ gegen ihren Willen angefasst hatte", "Paris Criminal Court", "indirect"),
        quote("Dieses Urteil ist der Triumph der öffentlichen Meinung über die Fakten", "Jérémie Assous", "direct"),
        quote("historischen Urteil", "Carine Durrieu Diebolt", "direct"),
        quote("Es zeige, dass auch berühmte Männer nicht über dem Gesetz stünden", "Carine Durrieu Diebolt",
              "indirect"),
        quote("Depardieu schuldig", "feminist activists outside the Paris court", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Gérard Depardieu", "PER", "FRA", ["Der französische Schauspieler Gérard Depardieu", "der 76-Jährige",
                                                  "Depardieu"]),
        entity("two women assaulted by Gérard Depardieu", "PER", "FRA", ["zwei Frauen", "den beiden Frauen",
                                                                          "den Klägerinnen"]),
        entity("set dresser on Les Volets verts", "PER", "FRA", ["eine Ausstatterin"]),
        entity("assistant director on Les Volets verts", "PER", "FRA", ["eine Regieassistentin"]),
        entity("Paris Criminal Court", "ORG", "FRA", ["Ein Pariser Strafgericht", "die Richter", "Das Gericht"]),
        entity("Portugal", "LOC", "PRT", ["Portugal"]),
        entity("Paris Public Prosecutor's Office", "ORG", "FRA", ["Die Staatsanwaltschaft"]),
        entity("Jérémie Assous", "PER", "FRA", ["Sein Anwalt Jérémie Assous", "Assous'"]),
        entity("Carine Durrieu Diebolt", "PER", "FRA", ["Die Anwältin einer der beiden Frauen, Carine Durrieu "
                                                        "Diebolt"]),
        entity("feminist activists outside the Paris court", "PER", "FRA", ["Dutzende Aktivistinnen"]),
        entity("Fondation des Femmes", "ORG", "FRA", ["Die Frauenrechtsorganisation Fondation des Femmes"]),
        entity("French film industry", "ORG", "FRA", ["die Filmbranche"]),
        entity("#MeToo movement", "ORG", "FRA", ["der französischen #MeToo-Bewegung"]),
        entity("Charlotte Arnould", "PER", "FRA", ["die Schauspielerin Charlotte Arnould"]),
    ],
}

# ---------------------------------------------------------------- hm380-de-04 (Netherlands, F-35 parts for Israel)
HAGUE_COURT = actor("Court of Appeal of The Hague", "NLD", "JUD")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
OXFAM_NOVIB = actor("Oxfam Novib", "NLD", "NGO")
PAX = actor("PAX", "NLD", "NGO")
RIGHTS_FORUM = actor("The Rights Forum", "NLD", "NGO")
HAGUE_DISTRICT_COURT = actor("District Court of The Hague", "NLD", "JUD")
VAN_LEEUWEN = actor("Geoffrey van Leeuwen", "NLD", "GOV")
RUTTE = actor("Mark Rutte", "NLD", "GOV")
SERVAES = actor("Michiel Servaes", "NLD", "NGO")
WILDERS = actor("Geert Wilders", "NLD", "PTY")

N1 = ("Den Haag (dpa) - Ein niederländisches Berufungsgericht hat der Regierung in Den Haag die Ausfuhr von Bauteilen "
      "für F-35-Kampfjets nach Israel untersagt.")
N2 = ("Der Staat müsse binnen sieben Tagen alle Lieferungen stoppen, da ein eindeutiges Risiko bestehe, dass die Teile "
      "bei schweren Verstößen gegen das humanitäre Völkerrecht im Gazastreifen eingesetzt würden, urteilte der "
      "Gerichtshof Den Haag am Montag.")
N3 = "Israel nehme bei seinen Angriffen zu wenig Rücksicht auf die Zivilbevölkerung, hieß es in der Begründung."
N4 = ("Geklagt hatten die Hilfsorganisation Oxfam Novib, die Friedensorganisation PAX und die Stiftung The Rights "
      "Forum.")
N5 = "Ein Bezirksgericht hatte ihre Klage im Dezember noch abgewiesen."
N6 = ("Die Teile gehören den USA und lagern in einem Depot im südniederländischen Woensdrecht, von wo aus sie an "
      "Partnerländer wie Israel geliefert werden.")
N7 = ("Der geschäftsführende Minister für Außenhandel, Geoffrey van Leeuwen, kündigte an, vor dem Obersten "
      "Gerichtshof in Kassation zu gehen.")
N8 = "Bis zu einer Entscheidung werde sich die Regierung an das Urteil halten, sagte er."
N9 = ("Israel könne die Bauteile zudem auf anderen Wegen beziehen, fügte der Politiker der rechtsliberalen VVD "
      "hinzu.")
N10 = ("Der geschäftsführende Ministerpräsident Mark Rutte sagte, es sei Aufgabe der Regierung und nicht der "
       "Gerichte, die Außenpolitik des Landes zu bestimmen.")
N11 = "Oxfam-Novib-Direktor Michiel Servaes sprach von einem „wichtigen Signal“."
N12 = "Die Niederlande dürften sich nicht länger an möglichen Kriegsverbrechen mitschuldig machen, sagte er."
N13 = ("Der Rechtspopulist Geert Wilders, dessen Partei für die Freiheit (PVV) die Parlamentswahl im November "
       "gewonnen hatte, kritisierte das Urteil scharf.")
N14 = "Israel kämpfe um sein Überleben und habe jedes Recht, sich zu verteidigen, schrieb er auf der Plattform X."
N15 = ("Nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde wurden im Gazastreifen seit Oktober mehr als "
       "28.000 Menschen getötet.")

DE04 = {
    "id": "hm380-de-04", "lang": "de", "url": None, "published": "2024-02-12",
    "title": "Gericht stoppt Export von F-35-Teilen nach Israel",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13, N14], [N15]),
    "events": [
        event("REQUEST", HAGUE_COURT, NLD_GOV, N1, mode="change", location="Den Haag", location_country="NLD"),
        event("REQUEST", HAGUE_COURT, NLD_GOV, N2, mode="change", date="2024-02-12", location="Den Haag",
              location_country="NLD"),
        event("ACCUSE", HAGUE_COURT, ISR_GOV, N3, mode="allege"),
        event("ACCUSE", OXFAM_NOVIB, NLD_GOV, N4, mode="allege"),
        event("ACCUSE", PAX, NLD_GOV, N4, mode="allege"),
        event("ACCUSE", RIGHTS_FORUM, NLD_GOV, N4, mode="allege"),
        event("REJECT", HAGUE_DISTRICT_COURT, OXFAM_NOVIB, N5),
        event("REJECT", HAGUE_DISTRICT_COURT, PAX, N5),
        event("REJECT", HAGUE_DISTRICT_COURT, RIGHTS_FORUM, N5),
        event("REJECT", VAN_LEEUWEN, HAGUE_COURT, N7),
        event("CONCEDE", VAN_LEEUWEN, HAGUE_COURT, N8),
        event("ACCUSE", RUTTE, HAGUE_COURT, N10, mode="disapprove"),
        event("SUPPORT", SERVAES, HAGUE_COURT, N11),
        event("ACCUSE", SERVAES, NLD_GOV, N12, mode="disapprove"),
        event("ACCUSE", WILDERS, HAGUE_COURT, N13, mode="disapprove"),
        event("SUPPORT", WILDERS, ISR_GOV, N14),
    ],
    "quotes": [
        quote("Der Staat müsse binnen sieben Tagen alle Lieferungen stoppen, da ein eindeutiges Risiko bestehe, dass "
              "die Teile bei schweren Verstößen gegen das humanitäre Völkerrecht im Gazastreifen eingesetzt würden",
              "Court of Appeal of The Hague", "indirect"),
        quote("Israel nehme bei seinen Angriffen zu wenig Rücksicht auf die Zivilbevölkerung",
              "Court of Appeal of The Hague", "indirect"),
        quote("Bis zu einer Entscheidung werde sich die Regierung an das Urteil halten", "Geoffrey van Leeuwen",
              "indirect"),
        quote("Israel könne die Bauteile zudem auf anderen Wegen beziehen", "Geoffrey van Leeuwen", "indirect"),
        quote("es sei Aufgabe der Regierung und nicht der Gerichte, die Außenpolitik des Landes zu bestimmen",
              "Mark Rutte", "indirect"),
        quote("wichtigen Signal", "Michiel Servaes", "direct"),
        quote("Die Niederlande dürften sich nicht länger an möglichen Kriegsverbrechen mitschuldig machen",
              "Michiel Servaes", "indirect"),
        quote("Israel kämpfe um sein Überleben und habe jedes Recht, sich zu verteidigen", "Geert Wilders",
              "indirect"),
        quote("Nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde wurden im Gazastreifen seit Oktober "
              "mehr als 28.000 Menschen getötet", "Gaza Health Ministry", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Court of Appeal of The Hague", "ORG", "NLD", ["Ein niederländisches Berufungsgericht",
                                                              "der Gerichtshof Den Haag"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["der Regierung in Den Haag", "Der Staat",
                                                               "die Regierung"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Oxfam Novib", "ORG", "NLD", ["die Hilfsorganisation Oxfam Novib", "Oxfam-Novib"]),
        entity("PAX", "ORG", "NLD", ["die Friedensorganisation PAX"]),
        entity("The Rights Forum", "ORG", "NLD", ["die Stiftung The Rights Forum"]),
        entity("District Court of The Hague", "ORG", "NLD", ["Ein Bezirksgericht"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Woensdrecht", "LOC", "NLD", ["im südniederländischen Woensdrecht"]),
        entity("Geoffrey van Leeuwen", "PER", "NLD", ["Der geschäftsführende Minister für Außenhandel, Geoffrey van "
                                                      "Leeuwen", "der Politiker der rechtsliberalen VVD"]),
        entity("Supreme Court of the Netherlands", "ORG", "NLD", ["dem Obersten Gerichtshof"]),
        entity("People's Party for Freedom and Democracy", "ORG", "NLD", ["VVD"]),
        entity("Mark Rutte", "PER", "NLD", ["Der geschäftsführende Ministerpräsident Mark Rutte"]),
        entity("Netherlands", "LOC", "NLD", ["Die Niederlande", "des Landes"]),
        entity("Michiel Servaes", "PER", "NLD", ["Oxfam-Novib-Direktor Michiel Servaes"]),
        entity("Geert Wilders", "PER", "NLD", ["Der Rechtspopulist Geert Wilders"]),
        entity("Party for Freedom", "ORG", "NLD", ["Partei für die Freiheit (PVV)"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Gaza Health Ministry", "ORG", "PSE", ["der von der Hamas kontrollierten Gesundheitsbehörde"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
    ],
}

# ---------------------------------------------------------------- hm380-en-01 (Norway, wealth fund drops Caterpillar)
NBIM = actor("Norges Bank Investment Management", "NOR", "GOV")
COUNCIL_ETHICS = actor("Council on Ethics of the Government Pension Fund Global", "NOR", "GOV")
CATERPILLAR = actor("Caterpillar Inc.", "USA", "BUS")
ISR_BANKS = actor("Israeli banks", "ISR", "BUS")
ISR_GOV_N = actor("Government of Israel", "ISR", "GOV")
ISR_COMPANIES = actor("Israeli companies", "ISR", "BUS")
STOLTENBERG = actor("Jens Stoltenberg", "NOR", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
PSE_MFA = actor("Palestinian Ministry of Foreign Affairs", "PSE", "GOV")

W1 = ("OSLO (Reuters) - Norway's $2 trillion sovereign wealth fund has sold its shares in U.S. construction equipment "
      "maker Caterpillar and five Israeli banks, citing the risk that it was contributing to violations of "
      "international law in Gaza and the occupied West Bank, the fund said on Monday.")
W2 = ("The five lenders are Bank Hapoalim, Bank Leumi, Mizrahi Tefahot Bank, First International Bank of Israel and "
      "its parent FIBI Holdings.")
W3 = ("The fund's Council on Ethics had recommended excluding Caterpillar because Israeli authorities use its "
      "bulldozers in the widespread and unlawful destruction of Palestinian property, Norges Bank Investment "
      "Management said in a statement.")
W4 = ("\"There is no doubt that Caterpillar's products are being used to commit extensive and systematic violations "
      "of international humanitarian law,\" the council wrote, adding that the company had taken no steps to prevent "
      "such use.")
W5 = ("The banks were excluded because they provide financing for the construction of Israeli settlements in the West "
      "Bank, which most countries consider illegal under international law, the council said.")
W6 = "Caterpillar did not immediately respond to a request for comment."
W7 = ("The decision follows the fund's sale earlier this month of its holdings in 11 Israeli companies after Norwegian "
      "media reported that it owned a stake in an Israeli jet engine maker that services the country's air force.")
W8 = "Finance Minister Jens Stoltenberg then asked the central bank to review the fund's investments in Israel."
W9 = ("The U.S. State Department said it was \"deeply troubled\" by the move, calling it an illegitimate attempt to "
      "punish Israeli and American companies, and urged Oslo to reconsider.")
W10 = ("Republican Senator Lindsey Graham wrote on X that he was \"seriously considering\" visa restrictions and "
       "tariffs on those who run the fund.")
W11 = ("Stoltenberg told public broadcaster NRK that the fund made its decisions independently and that the "
       "government would not instruct it to reverse them.")
W12 = ("Israeli Foreign Minister Gideon Saar accused the fund of joining \"a campaign of economic pressure\" against "
       "Israel based on what he called false claims.")
W13 = ("The Palestinian foreign ministry welcomed the decision and called on other investors to follow Norway's "
       "example.")
W14 = ("The fund, one of the world's largest investors, owns on average about 1.5% of every listed company globally "
       "and held a 1.2% stake in Caterpillar at the end of June.")
W15 = ("Norway's parliament decided in 2004 that the fund should not invest in companies that contribute to serious "
       "violations of individuals' rights in war or conflict.")

EN01 = {
    "id": "hm380-en-01", "lang": "en", "url": None, "published": "2025-08-25",
    "title": "Norway's wealth fund drops Caterpillar, five Israeli banks",
    "text": paragraphs([W1, W2], [W3, W4, W5, W6], [W7, W8], [W9, W10, W11], [W12, W13], [W14, W15]),
    "events": [
        event("SANCTION", NBIM, CATERPILLAR, W1, mode="discontinue"),
        event("SANCTION", NBIM, ISR_BANKS, W1, mode="discontinue"),
        event("ACCUSE", COUNCIL_ETHICS, ISR_GOV_N, W3, mode="allege"),
        event("ACCUSE", COUNCIL_ETHICS, CATERPILLAR, W4, mode="allege"),
        event("SANCTION", NBIM, ISR_BANKS, W5, mode="discontinue"),
        event("ACCUSE", COUNCIL_ETHICS, ISR_BANKS, W5, mode="allege"),
        event("SANCTION", NBIM, ISR_COMPANIES, W7, mode="discontinue"),
        event("REQUEST", STOLTENBERG, NBIM, W8, mode="change"),
        event("ACCUSE", US_STATE_DEPT, NBIM, W9, mode="disapprove"),
        event("REQUEST", US_STATE_DEPT, NOR_GOV, W9, mode="change"),
        event("REJECT", STOLTENBERG, US_STATE_DEPT, W11, mode="change"),
        event("ACCUSE", SAAR, NBIM, W12, mode="disapprove"),
        event("SUPPORT", PSE_MFA, NBIM, W13),
        event("REQUEST", PSE_MFA, None, W13, mode="change"),
    ],
    "quotes": [
        quote("Norway's $2 trillion sovereign wealth fund has sold its shares in U.S. construction equipment maker "
              "Caterpillar and five Israeli banks, citing the risk that it was contributing to violations of "
              "international law in Gaza and the occupied West Bank", "Norges Bank Investment Management",
              "indirect"),
        quote("The fund's Council on Ethics had recommended excluding Caterpillar because Israeli authorities use its "
              "bulldozers in the widespread and unlawful destruction of Palestinian property",
              "Norges Bank Investment Management", "indirect"),
        quote("There is no doubt that Caterpillar's products are being used to commit extensive and systematic "
              "violations of international humanitarian law",
              "Council on Ethics of the Government Pension Fund Global", "direct"),
        quote("the company had taken no steps to prevent such use",
              "Council on Ethics of the Government Pension Fund Global", "indirect"),
        quote("The banks were excluded because they provide financing for the construction of Israeli settlements in "
              "the West Bank, which most countries consider illegal under international law",
              "Council on Ethics of the Government Pension Fund Global", "indirect"),
        quote("deeply troubled", "United States Department of State", "direct"),
        quote("seriously considering", "Lindsey Graham", "direct"),
        quote("he was \"seriously considering\" visa restrictions and tariffs on those who run the fund",
              "Lindsey Graham", "indirect"),
        quote("the fund made its decisions independently and that the government would not instruct it to reverse "
              "them", "Jens Stoltenberg", "indirect"),
        quote("a campaign of economic pressure", "Gideon Saar", "direct"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["OSLO"]),
        entity("Norges Bank Investment Management", "ORG", "NOR", ["Norway's $2 trillion sovereign wealth fund",
                                                                   "the fund", "Norges Bank Investment Management",
                                                                   "The fund"]),
        entity("Norway", "LOC", "NOR", ["Norway's", "Norway"]),
        entity("Caterpillar Inc.", "ORG", "USA", ["U.S. construction equipment maker Caterpillar", "Caterpillar",
                                                  "the company"]),
        entity("Israeli banks", "ORG", "ISR", ["five Israeli banks", "The five lenders", "The banks"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank", "the West Bank"]),
        entity("Bank Hapoalim", "ORG", "ISR", ["Bank Hapoalim"]),
        entity("Bank Leumi", "ORG", "ISR", ["Bank Leumi"]),
        entity("Mizrahi Tefahot Bank", "ORG", "ISR", ["Mizrahi Tefahot Bank"]),
        entity("First International Bank of Israel", "ORG", "ISR", ["First International Bank of Israel"]),
        entity("FIBI Holdings", "ORG", "ISR", ["its parent FIBI Holdings"]),
        entity("Council on Ethics of the Government Pension Fund Global", "ORG", "NOR",
               ["The fund's Council on Ethics", "the council"]),
        entity("Government of Israel", "ORG", "ISR", ["Israeli authorities"]),
        entity("Israel", "LOC", "ISR", ["Israel", "the country's"]),
        entity("Israeli companies", "ORG", "ISR", ["11 Israeli companies"]),
        entity("Norwegian media", "ORG", "NOR", ["Norwegian media"]),
        entity("Bet Shemesh Engines", "ORG", "ISR", ["an Israeli jet engine maker"]),
        entity("Israeli Air Force", "ORG", "ISR", ["the country's air force"]),
        entity("Jens Stoltenberg", "PER", "NOR", ["Finance Minister Jens Stoltenberg", "Stoltenberg"]),
        entity("Norges Bank", "ORG", "NOR", ["the central bank"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of Norway", "ORG", "NOR", ["Oslo", "the government"]),
        entity("Lindsey Graham", "PER", "USA", ["Republican Senator Lindsey Graham"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("NRK", "ORG", "NOR", ["public broadcaster NRK"]),
        entity("Gideon Saar", "PER", "ISR", ["Israeli Foreign Minister Gideon Saar"]),
        entity("Palestinian Ministry of Foreign Affairs", "ORG", "PSE", ["The Palestinian foreign ministry"]),
        entity("Storting", "ORG", "NOR", ["Norway's parliament"]),
    ],
}

# ---------------------------------------------------------------- hm380-en-02 (Serbia, U.S. sanctions on NIS)
OFAC = actor("Office of Foreign Assets Control", "USA", "GOV")
US_GOV = actor("Government of the United States", "USA", "GOV")
NIS = actor("Naftna Industrija Srbije", "SRB", "BUS")
GAZPROM_NEFT = actor("Gazprom Neft", "RUS", "BUS")
GAZPROM = actor("Gazprom", "RUS", "BUS")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
BOTSAN = actor("Alexander Botsan-Kharchenko", "RUS", "GOV")
JANAF = actor("JANAF", "HRV", "BUS")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")

R1 = ("BELGRADE (Reuters) - U.S. sanctions against Serbia's main oil company NIS, which is majority-owned by Russia's "
      "Gazprom Neft and Gazprom, took effect on Thursday after Washington declined to issue another waiver, Serbian "
      "officials said.")
R2 = ("The U.S. Treasury's Office of Foreign Assets Control blacklisted NIS in January as part of a package of "
      "measures against Russia's energy sector, but had postponed their implementation several times.")
R3 = ("President Aleksandar Vucic said Washington had made clear that the sanctions would only be lifted if Gazprom "
      "Neft and Gazprom gave up their controlling stake.")
R4 = ("\"We were told very clearly: the Russians have to leave. That is not our decision, but we will have to live "
      "with its consequences,\" Vucic told reporters in Belgrade.")
R5 = ("Vucic said Serbia would not let the Pancevo refinery, the country's only one, shut down and was ready to take "
      "control of NIS if the Russian owners did not sell their stake within weeks.")
R6 = ("He met Russian Ambassador Alexander Botsan-Kharchenko later on Thursday to discuss the situation, his office "
      "said.")
R7 = ("Croatian pipeline operator JANAF, which supplies the refinery with crude, said it would halt deliveries unless "
      "the U.S. authorities granted it a special license.")
R8 = ("Energy Minister Dubravka Djedovic Handanovic said the refinery had enough crude to keep running until the end "
      "of November and that there was no reason for panic buying.")
R9 = "Long queues formed at some NIS petrol stations in Belgrade on Thursday."
R10 = ("Gazprom Neft said in a statement that it considered the sanctions unjustified and would defend its interests "
       "by all legal means.")
R11 = ("Kremlin spokesman Dmitry Peskov accused Washington of using \"unfair competition methods\" to push Russian "
       "companies out of European markets.")
R12 = ("Serbia, which formally seeks to join the European Union, has refused to impose sanctions on Russia over its "
       "invasion of Ukraine and relies on NIS for most of its fuel supply.")
R13 = ("A European Commission spokesperson said Serbia should align its foreign policy with the EU, including on "
       "sanctions.")
R14 = "NIS said it had applied to OFAC for a new operating license and would keep its petrol stations open."

EN02 = {
    "id": "hm380-en-02", "lang": "en", "url": None, "published": "2025-10-09",
    "title": "U.S. sanctions on Serbia's Russian-owned NIS take effect",
    "text": paragraphs([R1, R2], [R3, R4, R5, R6], [R7, R8, R9], [R10, R11], [R12, R13, R14]),
    "events": [
        event("SANCTION", OFAC, NIS, R1, date="2025-10-09"),
        event("REJECT", US_GOV, NIS, R1),
        event("SANCTION", OFAC, NIS, R2),
        event("CONCEDE", OFAC, NIS, R2),
        event("REQUEST", US_GOV, GAZPROM_NEFT, R3, mode="yield"),
        event("REQUEST", US_GOV, GAZPROM, R3, mode="yield"),
        event("REQUEST", US_GOV, GAZPROM_NEFT, R4, mode="yield", location="Belgrade", location_country="SRB"),
        event("REQUEST", US_GOV, GAZPROM, R4, mode="yield", location="Belgrade", location_country="SRB"),
        event("THREATEN", VUCIC, GAZPROM_NEFT, R5),
        event("THREATEN", VUCIC, GAZPROM, R5),
        event("CONSULT", BOTSAN, VUCIC, R6, mode="meet", date="2025-10-09", location="Belgrade",
              location_country="SRB"),
        event("THREATEN", JANAF, NIS, R7),
        event("ACCUSE", GAZPROM_NEFT, OFAC, R10, mode="disapprove"),
        event("ACCUSE", PESKOV, US_GOV, R11, mode="disapprove"),
        event("REQUEST", EU_COMMISSION, SRB_GOV, R13, mode="change"),
        event("REQUEST", NIS, OFAC, R14),
    ],
    "quotes": [
        quote("U.S. sanctions against Serbia's main oil company NIS, which is majority-owned by Russia's Gazprom Neft "
              "and Gazprom, took effect on Thursday after Washington declined to issue another waiver",
              "Serbian officials", "indirect"),
        quote("Washington had made clear that the sanctions would only be lifted if Gazprom Neft and Gazprom gave up "
              "their controlling stake", "Aleksandar Vučić", "indirect"),
        quote("We were told very clearly: the Russians have to leave. That is not our decision, but we will have to "
              "live with its consequences", "Aleksandar Vučić", "direct"),
        quote("Serbia would not let the Pancevo refinery, the country's only one, shut down and was ready to take "
              "control of NIS if the Russian owners did not sell their stake within weeks", "Aleksandar Vučić",
              "indirect"),
        quote("He met Russian Ambassador Alexander Botsan-Kharchenko later on Thursday to discuss the situation",
              "Office of the President of Serbia", "indirect"),
        quote("it would halt deliveries unless the U.S. authorities granted it a special license", "JANAF",
              "indirect"),
        quote("the refinery had enough crude to keep running until the end of November and that there was no reason "
              "for panic buying", "Dubravka Đedović Handanović", "indirect"),
        quote("it considered the sanctions unjustified and would defend its interests by all legal means",
              "Gazprom Neft", "indirect"),
        quote("unfair competition methods", "Dmitry Peskov", "direct"),
        quote("Serbia should align its foreign policy with the EU, including on sanctions",
              "spokesperson of the European Commission", "indirect"),
        quote("it had applied to OFAC for a new operating license and would keep its petrol stations open",
              "Naftna Industrija Srbije", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "Belgrade"]),
        entity("Naftna Industrija Srbije", "ORG", "SRB", ["Serbia's main oil company NIS", "NIS"]),
        entity("Serbia", "LOC", "SRB", ["Serbia's", "Serbia", "the country's"]),
        entity("Gazprom Neft", "ORG", "RUS", ["Russia's Gazprom Neft", "Gazprom Neft"]),
        entity("Gazprom", "ORG", "RUS", ["Gazprom"]),
        entity("Russia", "LOC", "RUS", ["Russia's", "Russia"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "the U.S. authorities"]),
        entity("Serbian officials", "PER", "SRB", ["Serbian officials"]),
        entity("Office of Foreign Assets Control", "ORG", "USA",
               ["The U.S. Treasury's Office of Foreign Assets Control", "OFAC"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["President Aleksandar Vucic", "Vucic", "He"]),
        entity("Russian owners of NIS", "ORG", "RUS", ["the Russians", "the Russian owners"]),
        entity("Pančevo Oil Refinery", "LOC", "SRB", ["the Pancevo refinery", "the refinery"]),
        entity("Alexander Botsan-Kharchenko", "PER", "RUS", ["Russian Ambassador Alexander Botsan-Kharchenko"]),
        entity("Office of the President of Serbia", "ORG", "SRB", ["his office"]),
        entity("JANAF", "ORG", "HRV", ["Croatian pipeline operator JANAF"]),
        entity("Dubravka Đedović Handanović", "PER", "SRB", ["Energy Minister Dubravka Djedovic Handanovic"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Russian companies", "ORG", "RUS", ["Russian companies"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "the EU"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["A European Commission spokesperson"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
