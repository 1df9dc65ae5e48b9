"""Round 368: six invented wire-style articles (4 German, 2 English), written blind. Region: Europe.

Stories (real settings 2024-2025, invented wording and details):
- hm368-de-01: Spain: pro-Palestinian protesters force the abandonment of the Vuelta's final stage in Madrid; barriers torn down, police batons and smoke bombs, two arrests, 100,000 marchers against Israel-Premier Tech, Sánchez's "admiration", Almeida and Feijóo blame the government, Saar accuses Sánchez, Sánchez wants Israel banned from sport, Guillén's earlier appeal to the team rejected, the UCI condemns (2025-09-15).
- hm368-de-02: Hungary/Germany: the Budapest trial of the non-binary German antifascist Maja T. opens; prosecutors' charges and plea offer of 14 years, Maja T. refuses and complains of isolation, the 2023 arrest and 2024 extradition despite Karlsruhe's interim order, the Constitutional Court's ruling, the father's and the Foreign Office's appeals, supporters protest outside the court (2025-02-21).
- hm368-de-03: Germany: a Verdi warning strike of Lufthansa ground staff paralyses Frankfurt and Munich; Verdi's 12.5 percent demand, no offer in two rounds, Reschinsky threatens longer strikes, Lufthansa and Niggemann object and promise an offer, ADV complains, the airport security strike a week earlier, CDU and FDP call for strike rules and Heil refuses (2024-02-07).
- hm368-de-04: Belgium/Israel: Belgian police hold and question two Israelis at the Tomorrowland festival in Boom after a Hind Rajab Foundation and GLAN complaint over alleged Gaza war crimes; released, federal prosecutor's investigation, Abou Jahjah welcomes it, Israel's foreign ministry, the EJA and Margolin object, the earlier Brazilian case and Israel's advice to soldiers (2025-07-21).
- hm368-en-01: United Kingdom: a High Court judge grants Epping Forest District Council an interim injunction barring asylum seekers from the Bell Hotel; Home Office not allowed to intervene, Whitbread welcomes, the Kebatu charge behind the protests, clashes and arrests by Essex Police, counter-demonstrations, Farage and Badenoch react, the Refugee Council objects (2025-08-19).
- hm368-en-02: Norway: prosecutors charge Marius Borg Høiby, son of Crown Princess Mette-Marit, with 32 offenses including four rapes; Henriksbø on the charges, lawyer Sekulic says he denies the rapes but admits some counts, the August and November 2024 arrests and releases, his NRK admission, the police inquiry, the palace's statement, a victim's lawyer welcomes the indictment (2025-08-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm368-de-01 (Spain, Vuelta final stage abandoned)
VUELTA_PROTESTERS = actor("pro-Palestinian protesters in Madrid", "ESP", "CVL")
IPT = actor("Israel-Premier Tech", "ISR", "BUS")
ESP_POLICE = actor("Spanish National Police", "ESP", "COP")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ALMEIDA = actor("José Luis Martínez-Almeida", "ESP", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
GUILLEN = actor("Javier Guillén", "ESP", "BUS")
UCI = actor("Union Cycliste Internationale", "NGO", "NGO")

V1 = ("Madrid (dpa) - Propalästinensische Demonstranten haben in Madrid den Abbruch der Schlussetappe der "
      "Spanien-Rundfahrt erzwungen.")
V2 = ("Hunderte Menschen rissen am Sonntagnachmittag auf dem Rundkurs im Stadtzentrum die Absperrgitter nieder und "
      "blockierten die Strecke, wie die Polizei mitteilte.")
V3 = ("Die Veranstalter stoppten das Rennen daraufhin gut 50 Kilometer vor dem Ziel und sagten auch die Siegerehrung "
      "auf der Plaza de Cibeles ab.")
V4 = "Der Däne Jonas Vingegaard gewann die Vuelta damit ohne Zieleinlauf."
V5 = ("Die Polizei ging mit Schlagstöcken und Rauchbomben gegen Demonstranten vor, die Flaschen und Gitter auf die "
      "Beamten warfen.")
V6 = "Nach Angaben der Regierungsdelegation in Madrid wurden 22 Polizisten verletzt und zwei Menschen festgenommen."
V7 = ("Insgesamt beteiligten sich den Angaben zufolge rund 100.000 Menschen an den Protesten gegen die Teilnahme des "
      "Teams Israel-Premier Tech, die meisten von ihnen friedlich.")
V8 = ("Ministerpräsident Pedro Sánchez hatte am Vormittag bei einem Parteitreffen in Málaga den Demonstranten seine "
      "„Bewunderung“ ausgesprochen.")
V9 = "Spanien sei ein Land, das sich für gerechte Anliegen wie Palästina mobilisiere, sagte der Sozialist."
V10 = ("Madrids Bürgermeister José Luis Martínez-Almeida von der konservativen Volkspartei PP machte Sánchez für die "
       "Gewalt verantwortlich.")
V11 = "„Die Gewalt hat heute über den Sport gesiegt“, sagte er."
V12 = "Israels Außenminister Gideon Saar warf Sánchez vor, die Menge aufgestachelt zu haben."
V13 = "„Sánchez und seine Regierung sind eine Schande für Spanien“, schrieb Saar auf der Plattform X."
V14 = ("Auch der PP-Vorsitzende Alberto Núñez Feijóo sprach von einer „internationalen Blamage“, die die Regierung "
       "zu verantworten habe.")
V15 = "Sánchez verteidigte am Montag seine Äußerungen."
V16 = ("Israel müsse von internationalen Sportwettbewerben ausgeschlossen werden, so wie es nach dem Einmarsch in die "
       "Ukraine mit Russland geschehen sei, sagte er in Madrid.")
V17 = ("Das Team Israel-Premier Tech, das dem israelisch-kanadischen Milliardär Sylvan Adams gehört, war während der "
       "gesamten dreiwöchigen Rundfahrt Ziel von Protesten.")
V18 = "Vuelta-Direktor Javier Guillén hatte die Mannschaft Anfang September aufgefordert, über einen Rückzug nachzudenken."
V19 = "Das Team lehnte ab und erklärte, ein Rückzug wäre ein gefährlicher Präzedenzfall für den Sport."
V20 = ("Der Radsport-Weltverband UCI verurteilte die Störungen und forderte, den Sport aus politischen Konflikten "
       "herauszuhalten.")

DE01 = {
    "id": "hm368-de-01", "lang": "de", "url": None, "published": "2025-09-15",
    "title": "Propalästinensische Proteste erzwingen Abbruch der Vuelta in Madrid",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7], [V8, V9, V10, V11, V12, V13, V14], [V15, V16],
                       [V17, V18, V19, V20]),
    "events": [
        event("PROTEST", VUELTA_PROTESTERS, IPT, V1, mode="obstruct", location="Madrid", location_country="ESP"),
        event("PROTEST", VUELTA_PROTESTERS, IPT, V2, mode="obstruct", date="2025-09-14", location="Madrid",
              location_country="ESP"),
        event("ASSAULT", ESP_POLICE, VUELTA_PROTESTERS, V5, mode="crowd-control", date="2025-09-14",
              location="Madrid", location_country="ESP"),
        event("PROTEST", VUELTA_PROTESTERS, ESP_POLICE, V5, mode="riot", date="2025-09-14", location="Madrid",
              location_country="ESP"),
        event("COERCE", ESP_POLICE, VUELTA_PROTESTERS, V6, mode="arrest", date="2025-09-14", location="Madrid",
              location_country="ESP"),
        event("PROTEST", VUELTA_PROTESTERS, IPT, V7, mode="demo", date="2025-09-14", location="Madrid",
              location_country="ESP"),
        event("SUPPORT", SANCHEZ, VUELTA_PROTESTERS, V8, date="2025-09-14", location="Málaga",
              location_country="ESP"),
        event("ACCUSE", ALMEIDA, SANCHEZ, V10, mode="allege"),
        event("ACCUSE", SAAR, SANCHEZ, V12, mode="allege"),
        event("ACCUSE", SAAR, SANCHEZ, V13, mode="disapprove"),
        event("ACCUSE", SAAR, ESP_GOV, V13, mode="disapprove"),
        event("ACCUSE", FEIJOO, ESP_GOV, V14, mode="disapprove"),
        event("REQUEST", SANCHEZ, None, V16, mode="change", date="2025-09-15", location="Madrid",
              location_country="ESP"),
        event("REQUEST", GUILLEN, IPT, V18),
        event("REJECT", IPT, GUILLEN, V19),
        event("ACCUSE", UCI, VUELTA_PROTESTERS, V20, mode="disapprove"),
        event("REQUEST", UCI, None, V20),
    ],
    "quotes": [
        quote("Hunderte Menschen rissen am Sonntagnachmittag auf dem Rundkurs im Stadtzentrum die Absperrgitter nieder "
              "und blockierten die Strecke", "Spanish National Police", "indirect"),
        quote("Nach Angaben der Regierungsdelegation in Madrid wurden 22 Polizisten verletzt und zwei Menschen "
              "festgenommen", "Government Delegation in Madrid", "indirect"),
        quote("Insgesamt beteiligten sich den Angaben zufolge rund 100.000 Menschen an den Protesten gegen die "
              "Teilnahme des Teams Israel-Premier Tech, die meisten von ihnen friedlich",
              "Government Delegation in Madrid", "indirect"),
        quote("Bewunderung", "Pedro Sánchez", "direct"),
        quote("Spanien sei ein Land, das sich für gerechte Anliegen wie Palästina mobilisiere", "Pedro Sánchez",
              "indirect"),
        quote("Die Gewalt hat heute über den Sport gesiegt", "José Luis Martínez-Almeida", "direct"),
        quote("die Menge aufgestachelt zu haben", "Gideon Saar", "indirect"),
        quote("Sánchez und seine Regierung sind eine Schande für Spanien", "Gideon Saar", "direct"),
        quote("internationalen Blamage", "Alberto Núñez Feijóo", "direct"),
        quote("Israel müsse von internationalen Sportwettbewerben ausgeschlossen werden, so wie es nach dem Einmarsch "
              "in die Ukraine mit Russland geschehen sei", "Pedro Sánchez", "indirect"),
        quote("ein Rückzug wäre ein gefährlicher Präzedenzfall für den Sport", "Israel-Premier Tech", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid", "im Stadtzentrum"]),
        entity("pro-Palestinian protesters in Madrid", "PER", "ESP", ["Propalästinensische Demonstranten",
                                                                     "Hunderte Menschen", "Demonstranten",
                                                                     "den Demonstranten", "rund 100.000 Menschen",
                                                                     "die Menge"]),
        entity("La Vuelta organisers", "ORG", "ESP", ["Die Veranstalter"]),
        entity("Plaza de Cibeles", "LOC", "ESP", ["der Plaza de Cibeles"]),
        entity("Jonas Vingegaard", "PER", "DNK", ["Der Däne Jonas Vingegaard"]),
        entity("Spanish National Police", "ORG", "ESP", ["die Polizei", "Die Polizei", "die Beamten"]),
        entity("Government Delegation in Madrid", "ORG", "ESP", ["der Regierungsdelegation in Madrid"]),
        entity("Israel-Premier Tech", "ORG", "ISR", ["des Teams Israel-Premier Tech", "Das Team Israel-Premier Tech",
                                                     "die Mannschaft", "Das Team"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "der Sozialist", "Sánchez"]),
        entity("Málaga", "LOC", "ESP", ["Málaga"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Palestine", "LOC", "PSE", ["Palästina"]),
        entity("José Luis Martínez-Almeida", "PER", "ESP", ["Madrids Bürgermeister José Luis Martínez-Almeida"]),
        entity("Partido Popular", "ORG", "ESP", ["der konservativen Volkspartei PP"]),
        entity("Gideon Saar", "PER", "ISR", ["Israels Außenminister Gideon Saar", "Saar"]),
        entity("Israel", "LOC", "ISR", ["Israels", "Israel"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Spain", "ORG", "ESP", ["seine Regierung", "die Regierung"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["der PP-Vorsitzende Alberto Núñez Feijóo"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Sylvan Adams", "PER", "ISR", ["dem israelisch-kanadischen Milliardär Sylvan Adams"]),
        entity("Javier Guillén", "PER", "ESP", ["Vuelta-Direktor Javier Guillén"]),
        entity("Union Cycliste Internationale", "ORG", "NGO", ["Der Radsport-Weltverband UCI"]),
    ],
}

# ---------------------------------------------------------------- hm368-de-02 (Hungary/Germany, Maja T. trial)
MAJA = actor("Maja T.", "DEU", "CVL")
HUN_PROS = actor("Prosecution Service of Hungary", "HUN", "JUD")
HUN_AUTH = actor("Hungarian authorities", "HUN", "GOV")
DEU_POLICE = actor("German police", "DEU", "COP")
BERLIN_KG = actor("Berlin Court of Appeal", "DEU", "JUD")
BVERFG = actor("Federal Constitutional Court of Germany", "DEU", "JUD")
BERLIN_GSTA = actor("Berlin Public Prosecutor General's Office", "DEU", "JUD")
JAROSCH = actor("Wolfram Jarosch", "DEU", "CVL")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
DEU_FO = actor("Federal Foreign Office of Germany", "DEU", "GOV")
MAJA_SUPPORTERS = actor("supporters of Maja T.", "DEU", "CVL")
BUDAPEST_COURT = actor("Budapest-Capital Regional Court", "HUN", "JUD")
DEU_PROS = actor("German prosecutors", "DEU", "JUD")
OTHER_SUSPECTS = actor("other German suspects in the Budapest case", "DEU", "CVL")
DEU_AUTH = actor("German authorities", "DEU", "GOV")

M1 = "Budapest (dpa) - In Budapest hat der Prozess gegen die nichtbinäre deutsche Person Maja T. aus Jena begonnen."
M2 = ("Die ungarische Staatsanwaltschaft wirft der 24-jährigen Person vor, im Februar 2023 gemeinsam mit anderen "
      "Linksextremisten mehrere mutmaßliche Rechtsextremisten in der ungarischen Hauptstadt überfallen und schwer "
      "verletzt zu haben.")
M3 = "Zudem wird Maja T. die Mitgliedschaft in einer kriminellen Vereinigung zur Last gelegt."
M4 = ("Die Angriffe ereigneten sich rund um den sogenannten Tag der Ehre, an dem Rechtsextreme aus ganz Europa jedes "
      "Jahr in Budapest aufmarschieren.")
M5 = ("Die Anklagebehörde hatte vor Prozessbeginn angeboten, das Verfahren bei einem Geständnis mit einer Strafe von "
      "14 Jahren Haft abzuschließen.")
M6 = "Maja T. wies das Angebot zurück, nun drohen bis zu 24 Jahre Gefängnis."
M7 = ("„Ich stehe in einem Land vor Gericht, in dem ich als nichtbinäre Person nicht existieren darf“, sagte Maja T. "
      "zum Auftakt.")
M8 = ("Die angeklagte Person beklagte zudem, in Einzelhaft unter unwürdigen Bedingungen festgehalten zu werden, unter "
      "anderem mit nächtlichen Kontrollen im Stundentakt.")
M9 = ("Der Vorsitzende Richter József Sós erklärte, die Umstände der Auslieferung spielten für das Verfahren in Ungarn "
      "keine Rolle.")
M10 = ("Maja T. war im Dezember 2023 in Berlin festgenommen und im Juni 2024 auf Beschluss des Berliner "
       "Kammergerichts nach Ungarn ausgeliefert worden.")
M11 = ("Eine Eilentscheidung des Bundesverfassungsgerichts, die die Überstellung untersagte, kam damals wenige Minuten "
       "zu spät.")
M12 = ("Vor wenigen Wochen stellten die Karlsruher Richter dann fest, dass die Auslieferung das Grundgesetz verletzt "
       "habe, weil das Kammergericht die Haftbedingungen für nichtbinäre Menschen in Ungarn nicht ausreichend geprüft "
       "habe.")
M13 = "Der Vater, Wolfram Jarosch, verfolgte den Auftakt im Gerichtssaal."
M14 = "Er forderte die Bundesregierung auf, sich mit Nachdruck für eine Rückholung seines Kindes nach Deutschland einzusetzen."
M15 = ("Das Auswärtige Amt erklärte in Berlin, die Botschaft in Budapest begleite das Verfahren und setze sich bei den "
       "ungarischen Behörden für angemessene Haftbedingungen ein.")
M16 = "Vor dem Gerichtsgebäude forderten Unterstützer mit Transparenten die Freilassung von Maja T."
M17 = ("Gegen mehrere weitere Beschuldigte aus Deutschland wird wegen derselben Vorwürfe in Deutschland ermittelt; sie "
       "wurden nicht an Ungarn ausgeliefert.")
M18 = "Der Prozess soll am 6. März fortgesetzt werden."

DE02 = {
    "id": "hm368-de-02", "lang": "de", "url": None, "published": "2025-02-21",
    "title": "Prozess gegen Maja T. in Budapest begonnen",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12], [M13, M14, M15, M16],
                       [M17, M18]),
    "events": [
        event("ACCUSE", HUN_PROS, MAJA, M1, mode="allege", location="Budapest", location_country="HUN"),
        event("ACCUSE", HUN_PROS, MAJA, M2, mode="allege"),
        event("ACCUSE", HUN_PROS, MAJA, M3, mode="allege"),
        event("AGREE", HUN_PROS, MAJA, M5),
        event("REJECT", MAJA, HUN_PROS, M6),
        event("ACCUSE", MAJA, HUN_AUTH, M7, mode="disapprove", location="Budapest", location_country="HUN"),
        event("ACCUSE", MAJA, HUN_AUTH, M8, mode="allege"),
        event("COERCE", DEU_POLICE, MAJA, M10, mode="arrest", location="Berlin", location_country="DEU"),
        event("COOPERATE", BERLIN_KG, HUN_AUTH, M10),
        event("REQUEST", BVERFG, BERLIN_GSTA, M11, mode="change"),
        event("SANCTION", BVERFG, BERLIN_KG, M12, mode="convict"),
        event("REQUEST", JAROSCH, DEU_GOV, M14),
        event("REQUEST", DEU_FO, HUN_AUTH, M15),
        event("PROTEST", MAJA_SUPPORTERS, BUDAPEST_COURT, M16, mode="demo", location="Budapest",
              location_country="HUN"),
        event("ACCUSE", DEU_PROS, OTHER_SUSPECTS, M17, mode="investigate"),
        event("COOPERATE", DEU_AUTH, HUN_AUTH, M17, negated=True),
    ],
    "quotes": [
        quote("im Februar 2023 gemeinsam mit anderen Linksextremisten mehrere mutmaßliche Rechtsextremisten in der "
              "ungarischen Hauptstadt überfallen und schwer verletzt zu haben", "Prosecution Service of Hungary",
              "indirect"),
        quote("Ich stehe in einem Land vor Gericht, in dem ich als nichtbinäre Person nicht existieren darf", "Maja T.",
              "direct"),
        quote("in Einzelhaft unter unwürdigen Bedingungen festgehalten zu werden, unter anderem mit nächtlichen "
              "Kontrollen im Stundentakt", "Maja T.", "indirect"),
        quote("die Umstände der Auslieferung spielten für das Verfahren in Ungarn keine Rolle", "József Sós",
              "indirect"),
        quote("dass die Auslieferung das Grundgesetz verletzt habe, weil das Kammergericht die Haftbedingungen für "
              "nichtbinäre Menschen in Ungarn nicht ausreichend geprüft habe",
              "Federal Constitutional Court of Germany", "indirect"),
        quote("die Botschaft in Budapest begleite das Verfahren und setze sich bei den ungarischen Behörden für "
              "angemessene Haftbedingungen ein", "Federal Foreign Office of Germany", "indirect"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest", "der ungarischen Hauptstadt"]),
        entity("Maja T.", "PER", "DEU", ["die nichtbinäre deutsche Person Maja T. aus Jena", "der 24-jährigen Person",
                                         "Maja T.", "Die angeklagte Person", "seines Kindes"]),
        entity("Jena", "LOC", "DEU", ["Jena"]),
        entity("Prosecution Service of Hungary", "ORG", "HUN", ["Die ungarische Staatsanwaltschaft",
                                                                "Die Anklagebehörde"]),
        entity("right-wing extremists attacked in Budapest", "PER", "HUN", ["mehrere mutmaßliche Rechtsextremisten"]),
        entity("Europe", "LOC", None, ["ganz Europa"]),
        entity("Hungary", "LOC", "HUN", ["Ungarn"]),
        entity("Hungarian authorities", "ORG", "HUN", ["den ungarischen Behörden"]),
        entity("József Sós", "PER", "HUN", ["Der Vorsitzende Richter József Sós"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Berlin Court of Appeal", "ORG", "DEU", ["des Berliner Kammergerichts", "das Kammergericht"]),
        entity("Federal Constitutional Court of Germany", "ORG", "DEU", ["des Bundesverfassungsgerichts",
                                                                         "die Karlsruher Richter"]),
        entity("German police", "ORG", "DEU", []),
        entity("Berlin Public Prosecutor General's Office", "ORG", "DEU", []),
        entity("Wolfram Jarosch", "PER", "DEU", ["Der Vater, Wolfram Jarosch", "Er"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity("Embassy of Germany in Budapest", "ORG", "DEU", ["die Botschaft in Budapest"]),
        entity("Budapest-Capital Regional Court", "ORG", "HUN", ["dem Gerichtsgebäude"]),
        entity("supporters of Maja T.", "PER", "DEU", ["Unterstützer"]),
        entity("other German suspects in the Budapest case", "PER", "DEU", ["mehrere weitere Beschuldigte aus "
                                                                            "Deutschland"]),
    ],
}

# ---------------------------------------------------------------- hm368-de-03 (Germany, Lufthansa ground staff strike)
LH_GROUND = actor("Lufthansa ground staff", "DEU", "LAB")
LUFTHANSA = actor("Lufthansa", "DEU", "BUS")
VERDI = actor("Verdi", "DEU", "LAB")
RESCHINSKY = actor("Marvin Reschinsky", "DEU", "LAB")
NIGGEMANN = actor("Michael Niggemann", "DEU", "BUS")
ADV = actor("German Airports Association", "DEU", "BUS")
CDU_POL = actor("CDU politicians", "DEU", "PTY")
FDP_POL = actor("FDP politicians", "DEU", "PTY")
HEIL = actor("Hubertus Heil", "DEU", "GOV")

L1 = ("Frankfurt/Main (dpa) - Ein Warnstreik des Bodenpersonals hat den Flugbetrieb der Lufthansa an ihren beiden "
      "Drehkreuzen Frankfurt und München weitgehend zum Erliegen gebracht.")
L2 = ("Die Gewerkschaft Verdi hatte die Beschäftigten an sieben Flughäfen zu dem Ausstand aufgerufen, der am "
      "Mittwochmorgen um 4.00 Uhr begann und bis Donnerstagfrüh dauern soll.")
L3 = "Neben Frankfurt und München sind auch Hamburg, Berlin, Düsseldorf, Köln/Bonn und Stuttgart betroffen."
L4 = ("Nach Unternehmensangaben mussten rund 90 Prozent der Flüge gestrichen werden, mehr als 100.000 Fluggäste "
      "waren betroffen.")
L5 = "An den Terminals blieb es ruhig, weil die meisten Reisenden vorab informiert worden waren."
L6 = ("Verdi verlangt für die rund 25.000 Beschäftigten am Boden 12,5 Prozent mehr Geld, mindestens aber 500 Euro im "
      "Monat, bei einer Laufzeit von zwölf Monaten.")
L7 = ("Die ersten beiden Verhandlungsrunden seien ohne ein Angebot des Konzerns zu Ende gegangen, teilte die "
      "Gewerkschaft mit.")
L8 = "Verdi-Verhandlungsführer Marvin Reschinsky sprach von einer enormen Streikbereitschaft."
L9 = ("„Wenn Lufthansa auch in der nächsten Runde nichts Vernünftiges auf den Tisch legt, können wir auch länger“, "
      "sagte er vor mehreren Hundert Streikenden am Frankfurter Flughafen.")
L10 = "Lufthansa kritisierte den Streik als unverhältnismäßig."
L11 = ("„Die Gewerkschaft eskaliert, bevor überhaupt ernsthaft verhandelt wurde“, sagte Personalvorstand Michael "
       "Niggemann.")
L12 = "Er kündigte an, in der dritten Verhandlungsrunde ein Angebot vorzulegen."
L13 = "Verdi und Lufthansa wollen in der kommenden Woche wieder verhandeln."
L14 = ("Der Flughafenverband ADV warf der Gewerkschaft vor, den Luftverkehr in Deutschland zum wiederholten Mal "
       "lahmzulegen.")
L15 = ("Erst vergangene Woche hatte Verdi mit einem Streik des Sicherheitspersonals an elf Flughäfen mehr als "
       "tausend Flüge ausfallen lassen.")
L16 = ("Politiker von CDU und FDP forderten erneut, das Streikrecht in der kritischen Infrastruktur gesetzlich zu "
       "regeln.")
L17 = "Bundesarbeitsminister Hubertus Heil (SPD) wies die Forderung zurück."

DE03 = {
    "id": "hm368-de-03", "lang": "de", "url": None, "published": "2024-02-07",
    "title": "Verdi-Warnstreik legt Lufthansa weitgehend lahm",
    "text": paragraphs([L1, L2, L3], [L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("PROTEST", LH_GROUND, LUFTHANSA, L1, mode="strike", location_country="DEU"),
        event("PROTEST", VERDI, LUFTHANSA, L2, mode="strike", date="2024-02-07", location_country="DEU"),
        event("REQUEST", VERDI, LUFTHANSA, L6),
        event("AGREE", LUFTHANSA, VERDI, L7, negated=True),
        event("THREATEN", RESCHINSKY, LUFTHANSA, L9, mode="restrict", location="Frankfurt am Main",
              location_country="DEU"),
        event("ACCUSE", LUFTHANSA, VERDI, L10, mode="disapprove"),
        event("ACCUSE", NIGGEMANN, VERDI, L11, mode="disapprove"),
        event("AGREE", NIGGEMANN, VERDI, L12),
        event("AGREE", VERDI, LUFTHANSA, L13),
        event("ACCUSE", ADV, VERDI, L14, mode="disapprove"),
        event("PROTEST", VERDI, None, L15, mode="strike", location_country="DEU"),
        event("REQUEST", CDU_POL, None, L16, mode="change"),
        event("REQUEST", FDP_POL, None, L16, mode="change"),
        event("REJECT", HEIL, CDU_POL, L17, mode="change"),
        event("REJECT", HEIL, FDP_POL, L17, mode="change"),
    ],
    "quotes": [
        quote("Nach Unternehmensangaben mussten rund 90 Prozent der Flüge gestrichen werden, mehr als 100.000 "
              "Fluggäste waren betroffen", "Lufthansa", "indirect"),
        quote("Die ersten beiden Verhandlungsrunden seien ohne ein Angebot des Konzerns zu Ende gegangen", "Verdi",
              "indirect"),
        quote("Wenn Lufthansa auch in der nächsten Runde nichts Vernünftiges auf den Tisch legt, können wir auch länger",
              "Marvin Reschinsky", "direct"),
        quote("Die Gewerkschaft eskaliert, bevor überhaupt ernsthaft verhandelt wurde", "Michael Niggemann", "direct"),
        quote("den Luftverkehr in Deutschland zum wiederholten Mal lahmzulegen", "German Airports Association",
              "indirect"),
    ],
    "entities": [
        entity("Frankfurt am Main", "LOC", "DEU", ["Frankfurt/Main", "Frankfurt"]),
        entity("Frankfurt Airport", "LOC", "DEU", ["am Frankfurter Flughafen"]),
        entity("Lufthansa ground staff", "PER", "DEU", ["des Bodenpersonals", "die Beschäftigten an sieben Flughäfen",
                                                        "die rund 25.000 Beschäftigten am Boden",
                                                        "mehreren Hundert Streikenden"]),
        entity("Lufthansa", "ORG", "DEU", ["der Lufthansa", "Lufthansa", "des Konzerns"]),
        entity("Munich", "LOC", "DEU", ["München"]),
        entity("Verdi", "ORG", "DEU", ["Die Gewerkschaft Verdi", "Verdi", "die Gewerkschaft", "Die Gewerkschaft",
                                       "der Gewerkschaft"]),
        entity("Hamburg", "LOC", "DEU", ["Hamburg"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Düsseldorf", "LOC", "DEU", ["Düsseldorf"]),
        entity("Cologne/Bonn", "LOC", "DEU", ["Köln/Bonn"]),
        entity("Stuttgart", "LOC", "DEU", ["Stuttgart"]),
        entity("Marvin Reschinsky", "PER", "DEU", ["Verdi-Verhandlungsführer Marvin Reschinsky", "er"]),
        entity("Michael Niggemann", "PER", "DEU", ["Personalvorstand Michael Niggemann", "Er"]),
        entity("German Airports Association", "ORG", "DEU", ["Der Flughafenverband ADV"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("CDU", "ORG", "DEU", ["CDU"]),
        entity("FDP", "ORG", "DEU", ["FDP"]),
        entity("CDU and FDP politicians", "PER", "DEU", ["Politiker von CDU und FDP"]),
        entity("Hubertus Heil", "PER", "DEU", ["Bundesarbeitsminister Hubertus Heil (SPD)"]),
        entity("SPD", "ORG", "DEU", ["SPD"]),
    ],
}

# ---------------------------------------------------------------- hm368-de-04 (Belgium/Israel, Tomorrowland)
BEL_POLICE = actor("Belgian Federal Police", "BEL", "COP")
TWO_ISRAELIS = actor("two Israelis questioned at Tomorrowland", "ISR", "MIL")
HRF = actor("Hind Rajab Foundation", "BEL", "NGO")
GLAN = actor("Global Legal Action Network", "NGO", "NGO")
BEL_FED_PROS = actor("Belgian Federal Prosecutor's Office", "BEL", "JUD")
ABOU_JAHJAH = actor("Dyab Abou Jahjah", "BEL", "NGO")
EJA = actor("European Jewish Association", "NGO", "NGO")
MARGOLIN = actor("Menachem Margolin", "NGO", "NGO")
BEL_AUTH = actor("Belgian authorities", "BEL", "GOV")
ISR_SOLDIERS = actor("Israeli soldiers", "ISR", "MIL")
BRA_JUDGE = actor("Brazilian federal judge", "BRA", "JUD")
ISR_RESERVIST = actor("Israeli reservist investigated in Brazil", "ISR", "MIL")
ISR_NSC = actor("National Security Council of Israel", "ISR", "GOV")

T1 = ("Brüssel (dpa) - Die belgische Polizei hat zwei Israelis auf dem Musikfestival Tomorrowland festgehalten und "
      "verhört, nachdem eine propalästinensische Organisation sie wegen mutmaßlicher Kriegsverbrechen im Gazastreifen "
      "angezeigt hatte.")
T2 = ("Die beiden Männer seien am Sonntag in Boom bei Antwerpen von der Polizei befragt und anschließend wieder auf "
      "freien Fuß gesetzt worden, teilte die Bundesstaatsanwaltschaft am Montag mit.")
T3 = "Weitere Angaben zu den laufenden Ermittlungen werde man derzeit nicht machen."
T4 = ("Die Behörde beruft sich auf ein im vergangenen Jahr erweitertes Gesetz, nach dem belgische Gerichte auch im "
      "Ausland begangene Kriegsverbrechen verfolgen können.")
T5 = ("Die in Brüssel ansässige Hind Rajab Foundation und das Global Legal Action Network (GLAN) hatten am Samstag "
      "bei der Bundesstaatsanwaltschaft Anzeige erstattet und die sofortige Festnahme der beiden gefordert.")
T6 = ("Die Stiftung wirft den Männern vor, als Angehörige der Givati-Brigade an Angriffen auf zivile Wohngebiete, "
      "Folter und Vertreibungen im Gazastreifen beteiligt gewesen zu sein.")
T7 = ("Die beiden sollen bei einem Auftritt des israelischen DJ-Duos Vini Vici eine Fahne der Brigade geschwenkt "
      "haben.")
T8 = ("Stiftungschef Dyab Abou Jahjah begrüßte das Vorgehen der belgischen Justiz als „Wendepunkt“ im Kampf gegen "
      "Straflosigkeit.")
T9 = "Das israelische Außenministerium erklärte, es handle sich um einen Soldaten und einen Zivilisten."
T10 = "Ministerium und Armee stünden mit den beiden in Kontakt, hieß es weiter."
T11 = "Die Europäische Jüdische Vereinigung (EJA) kritisierte das Vorgehen der belgischen Behörden scharf."
T12 = ("Soldaten einer demokratischen Armee dürften nicht wie Verbrecher behandelt werden, erklärte deren "
       "Vorsitzender, Rabbi Menachem Margolin.")
T13 = ("Die Veranstalter des Festivals erklärten, Fahnen militärischer Einheiten seien auf dem Gelände nicht erlaubt "
       "und würden vom Sicherheitsdienst entfernt.")
T14 = ("Die Hind Rajab Foundation hat seit ihrer Gründung im vergangenen Jahr in mehreren Ländern Anzeigen gegen "
       "israelische Soldaten erstattet.")
T15 = ("In Brasilien hatte ein Bundesrichter im Januar Ermittlungen gegen einen israelischen Reservisten angeordnet, "
       "der das Land daraufhin verließ.")
T16 = ("Israels Nationaler Sicherheitsrat rief Soldaten daraufhin auf, keine Fotos oder Videos aus dem Gazastreifen "
       "in sozialen Netzwerken zu veröffentlichen.")

DE04 = {
    "id": "hm368-de-04", "lang": "de", "url": None, "published": "2025-07-21",
    "title": "Belgische Polizei verhört zwei Israelis auf Tomorrowland-Festival",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("COERCE", BEL_POLICE, TWO_ISRAELIS, T1, mode="arrest", location="Boom", location_country="BEL"),
        event("ACCUSE", BEL_POLICE, TWO_ISRAELIS, T1, mode="investigate", location="Boom", location_country="BEL"),
        event("ACCUSE", HRF, TWO_ISRAELIS, T1, mode="allege"),
        event("ACCUSE", BEL_POLICE, TWO_ISRAELIS, T2, mode="investigate", date="2025-07-20", location="Boom",
              location_country="BEL"),
        event("RETREAT", BEL_POLICE, TWO_ISRAELIS, T2, mode="release", date="2025-07-20", location="Boom",
              location_country="BEL"),
        event("ACCUSE", HRF, TWO_ISRAELIS, T5, mode="allege", date="2025-07-19"),
        event("ACCUSE", GLAN, TWO_ISRAELIS, T5, mode="allege", date="2025-07-19"),
        event("REQUEST", HRF, BEL_FED_PROS, T5, date="2025-07-19"),
        event("REQUEST", GLAN, BEL_FED_PROS, T5, date="2025-07-19"),
        event("ACCUSE", HRF, TWO_ISRAELIS, T6, mode="allege"),
        event("SUPPORT", ABOU_JAHJAH, BEL_FED_PROS, T8),
        event("ACCUSE", EJA, BEL_AUTH, T11, mode="disapprove"),
        event("ACCUSE", MARGOLIN, BEL_AUTH, T12, mode="disapprove"),
        event("ACCUSE", HRF, ISR_SOLDIERS, T14, mode="allege"),
        event("ACCUSE", BRA_JUDGE, ISR_RESERVIST, T15, mode="investigate", location_country="BRA"),
        event("REQUEST", ISR_NSC, ISR_SOLDIERS, T16),
    ],
    "quotes": [
        quote("Die beiden Männer seien am Sonntag in Boom bei Antwerpen von der Polizei befragt und anschließend "
              "wieder auf freien Fuß gesetzt worden", "Belgian Federal Prosecutor's Office", "indirect"),
        quote("Weitere Angaben zu den laufenden Ermittlungen werde man derzeit nicht machen",
              "Belgian Federal Prosecutor's Office", "indirect"),
        quote("als Angehörige der Givati-Brigade an Angriffen auf zivile Wohngebiete, Folter und Vertreibungen im "
              "Gazastreifen beteiligt gewesen zu sein", "Hind Rajab Foundation", "indirect"),
        quote("Wendepunkt", "Dyab Abou Jahjah", "direct"),
        quote("es handle sich um einen Soldaten und einen Zivilisten", "Ministry of Foreign Affairs of Israel",
              "indirect"),
        quote("Ministerium und Armee stünden mit den beiden in Kontakt", "Ministry of Foreign Affairs of Israel",
              "indirect"),
        quote("Soldaten einer demokratischen Armee dürften nicht wie Verbrecher behandelt werden", "Menachem Margolin",
              "indirect"),
        quote("Fahnen militärischer Einheiten seien auf dem Gelände nicht erlaubt und würden vom Sicherheitsdienst "
              "entfernt", "Tomorrowland organisers", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Belgian Federal Police", "ORG", "BEL", ["Die belgische Polizei", "der Polizei"]),
        entity("two Israelis questioned at Tomorrowland", "PER", "ISR", ["zwei Israelis", "sie",
                                                                         "Die beiden Männer", "der beiden",
                                                                         "den Männern", "Die beiden",
                                                                         "einen Soldaten und einen Zivilisten",
                                                                         "den beiden"]),
        entity("Tomorrowland", "ORG", "BEL", ["dem Musikfestival Tomorrowland", "des Festivals"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Boom", "LOC", "BEL", ["Boom"]),
        entity("Antwerp", "LOC", "BEL", ["Antwerpen"]),
        entity("Belgian Federal Prosecutor's Office", "ORG", "BEL", ["die Bundesstaatsanwaltschaft",
                                                                     "Die Behörde", "der Bundesstaatsanwaltschaft",
                                                                     "der belgischen Justiz"]),
        entity("Hind Rajab Foundation", "ORG", "BEL", ["eine propalästinensische Organisation",
                                                       "Die in Brüssel ansässige Hind Rajab Foundation",
                                                       "Die Stiftung", "Die Hind Rajab Foundation"]),
        entity("Global Legal Action Network", "ORG", "NGO", ["das Global Legal Action Network (GLAN)"]),
        entity("Givati Brigade", "ORG", "ISR", ["der Givati-Brigade", "der Brigade"]),
        entity("Vini Vici", "ORG", "ISR", ["des israelischen DJ-Duos Vini Vici"]),
        entity("Dyab Abou Jahjah", "PER", "BEL", ["Stiftungschef Dyab Abou Jahjah"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Das israelische Außenministerium",
                                                                       "Ministerium"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Armee"]),
        entity("European Jewish Association", "ORG", "NGO", ["Die Europäische Jüdische Vereinigung (EJA)"]),
        entity("Belgian authorities", "ORG", "BEL", ["der belgischen Behörden"]),
        entity("Menachem Margolin", "PER", "NGO", ["deren Vorsitzender, Rabbi Menachem Margolin"]),
        entity("Tomorrowland organisers", "ORG", "BEL", ["Die Veranstalter des Festivals"]),
        entity("Israeli soldiers", "PER", "ISR", ["israelische Soldaten", "Soldaten"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien", "das Land"]),
        entity("Brazilian federal judge", "PER", "BRA", ["ein Bundesrichter"]),
        entity("Israeli reservist investigated in Brazil", "PER", "ISR", ["einen israelischen Reservisten"]),
        entity("National Security Council of Israel", "ORG", "ISR", ["Israels Nationaler Sicherheitsrat"]),
    ],
}

# ---------------------------------------------------------------- hm368-en-01 (United Kingdom, Epping hotel injunction)
EYRE = actor("Stephen Eyre", "GBR", "JUD")
SOMANI = actor("Somani Hotels", "GBR", "BUS")
EFDC = actor("Epping Forest District Council", "GBR", "GOV")
HOME_OFFICE = actor("Home Office", "GBR", "GOV")
WHITBREAD = actor("Chris Whitbread", "GBR", "GOV")
ESSEX_POLICE = actor("Essex Police", "GBR", "COP")
KEBATU = actor("Hadush Gerberslasie Kebatu", "ETH", "CVL")
EPPING_PROTESTERS = actor("anti-asylum protesters in Epping", "GBR", "CVL")
ANTIRACISTS = actor("anti-racism campaigners in Epping", "GBR", "CVL")
FARAGE = actor("Nigel Farage", "GBR", "OPP")
BADENOCH = actor("Kemi Badenoch", "GBR", "OPP")
TORY_COUNCILS = actor("Conservative-run councils", "GBR", "GOV")
REFUGEE_COUNCIL = actor("Refugee Council", "GBR", "NGO")

E1 = ("LONDON (Reuters) - A British judge on Tuesday temporarily barred a hotel in the English town of Epping from "
      "housing asylum seekers, after weeks of sometimes violent protests outside the building.")
E2 = ("High Court judge Stephen Eyre granted Epping Forest District Council an interim injunction requiring the "
      "owner of the Bell Hotel, Somani Hotels, to stop accommodating asylum seekers there by Sept. 12.")
E3 = ("The council had argued that using the hotel to house asylum seekers breached planning rules and that the "
      "protests had placed an intolerable strain on the community.")
E4 = "Lawyers for Somani Hotels had told the court there were no planning grounds for such an exceptional step."
E5 = ("The judge also refused a request by the Home Office, which pays for the accommodation, to intervene in the "
      "case.")
E6 = "Council leader Chris Whitbread welcomed the ruling as \"a huge relief\" for residents."
E7 = ("The Bell Hotel has been the scene of protests since July, when an Ethiopian asylum seeker who had been staying "
      "there was charged with sexually assaulting a 14-year-old girl.")
E8 = "The man, Hadush Gerberslasie Kebatu, has denied the charges and is due to stand trial later this month."
E9 = ("Demonstrators clashed with police on several nights, and officers were injured and police vehicles "
      "damaged.")
E10 = ("Essex Police said it had arrested more than 20 people in connection with the disorder, several of whom had "
       "been charged.")
E11 = "Anti-racism campaigners have staged counter-demonstrations in the town."
E12 = ("Nigel Farage, leader of the Reform UK party, hailed the ruling and said councils controlled by his party "
       "would look at whether they could take similar action.")
E13 = "Conservative leader Kemi Badenoch urged Conservative-run councils to follow Epping's lead."
E14 = ("A Home Office spokesperson said the government would study the judgment and remained committed to ending "
       "the use of asylum hotels.")
E15 = ("The Refugee Council charity said the ruling risked rewarding those who had attacked police and hotel "
       "staff.")
E16 = ("Britain is housing about 32,000 asylum seekers in hotels, down from more than 56,000 in 2023, according to "
       "government figures.")

EN01 = {
    "id": "hm368-en-01", "lang": "en", "url": None, "published": "2025-08-19",
    "title": "UK judge temporarily blocks Epping hotel from housing asylum seekers",
    "text": paragraphs([E1, E2, E3, E4, E5, E6], [E7, E8, E9, E10, E11], [E12, E13, E14, E15], [E16]),
    "events": [
        event("REQUEST", EYRE, SOMANI, E1, mode="change", date="2025-08-19"),
        event("REQUEST", EYRE, SOMANI, E2, mode="change", date="2025-08-19", location="London",
              location_country="GBR"),
        event("ACCUSE", EFDC, SOMANI, E3, mode="allege"),
        event("REJECT", EYRE, HOME_OFFICE, E5),
        event("SUPPORT", WHITBREAD, EYRE, E6),
        event("ACCUSE", ESSEX_POLICE, KEBATU, E7, mode="allege"),
        event("PROTEST", EPPING_PROTESTERS, ESSEX_POLICE, E9, mode="riot", location="Epping",
              location_country="GBR"),
        event("COERCE", ESSEX_POLICE, EPPING_PROTESTERS, E10, mode="arrest", location="Epping",
              location_country="GBR"),
        event("ACCUSE", ESSEX_POLICE, EPPING_PROTESTERS, E10, mode="allege"),
        event("PROTEST", ANTIRACISTS, EPPING_PROTESTERS, E11, mode="demo", location="Epping",
              location_country="GBR"),
        event("SUPPORT", FARAGE, EYRE, E12),
        event("REQUEST", BADENOCH, TORY_COUNCILS, E13),
        event("ACCUSE", REFUGEE_COUNCIL, EYRE, E15, mode="disapprove"),
    ],
    "quotes": [
        quote("using the hotel to house asylum seekers breached planning rules and that the protests had placed "
              "an intolerable strain on the community", "Epping Forest District Council", "indirect"),
        quote("there were no planning grounds for such an exceptional step", "lawyers for Somani Hotels",
              "indirect"),
        quote("a huge relief", "Chris Whitbread", "direct"),
        quote("it had arrested more than 20 people in connection with the disorder, several of whom had been charged",
              "Essex Police", "indirect"),
        quote("councils controlled by his party would look at whether they could take similar action", "Nigel Farage",
              "indirect"),
        quote("the government would study the judgment and remained committed to ending the use of asylum hotels",
              "Home Office spokesperson", "indirect"),
        quote("the ruling risked rewarding those who had attacked police and hotel staff", "Refugee Council",
              "indirect"),
        quote("Britain is housing about 32,000 asylum seekers in hotels, down from more than 56,000 in 2023",
              "Government of the United Kingdom", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON"]),
        entity("Stephen Eyre", "PER", "GBR", ["A British judge", "High Court judge Stephen Eyre", "The judge"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["High Court", "the court"]),
        entity("Bell Hotel", "LOC", "GBR", ["a hotel in the English town of Epping", "the building", "the Bell Hotel",
                                            "the hotel", "The Bell Hotel"]),
        entity("Epping", "LOC", "GBR", ["Epping", "the town"]),
        entity("asylum seekers", "PER", None, ["asylum seekers"]),
        entity("Epping Forest District Council", "ORG", "GBR", ["Epping Forest District Council", "The council"]),
        entity("Somani Hotels", "ORG", "GBR", ["Somani Hotels"]),
        entity("lawyers for Somani Hotels", "PER", "GBR", ["Lawyers for Somani Hotels"]),
        entity("Home Office", "ORG", "GBR", ["the Home Office", "A Home Office spokesperson"]),
        entity("Chris Whitbread", "PER", "GBR", ["Council leader Chris Whitbread"]),
        entity("Hadush Gerberslasie Kebatu", "PER", "ETH", ["an Ethiopian asylum seeker who had been staying there",
                                                           "The man, Hadush Gerberslasie Kebatu"]),
        entity("14-year-old girl", "PER", "GBR", ["a 14-year-old girl"]),
        entity("anti-asylum protesters in Epping", "PER", "GBR", ["Demonstrators", "more than 20 people",
                                                                  "those who had attacked police and hotel staff"]),
        entity("Essex Police", "ORG", "GBR", ["police", "Essex Police"]),
        entity("anti-racism campaigners in Epping", "PER", "GBR", ["Anti-racism campaigners"]),
        entity("Nigel Farage", "PER", "GBR", ["Nigel Farage, leader of the Reform UK party", "his"]),
        entity("Reform UK", "ORG", "GBR", ["the Reform UK party"]),
        entity("Kemi Badenoch", "PER", "GBR", ["Conservative leader Kemi Badenoch"]),
        entity("Conservative-run councils", "ORG", "GBR", ["Conservative-run councils"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the government", "government figures"]),
        entity("Refugee Council", "ORG", "GBR", ["The Refugee Council charity"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
    ],
}

# ---------------------------------------------------------------- hm368-en-02 (Norway, Marius Borg Høiby charged)
OSLO_PROS = actor("Oslo State Prosecutor's Office", "NOR", "JUD")
HENRIKSBO = actor("Sturla Henriksbø", "NOR", "JUD")
HOIBY = actor("Marius Borg Høiby", "NOR", "CVL")
SEKULIC = actor("Petar Sekulic", "NOR", "CVL")
OSLO_POLICE = actor("Oslo Police District", "NOR", "COP")
VICTIM_LAWYER = actor("lawyer for an alleged victim of Marius Borg Høiby", "NOR", "CVL")

H1 = ("OSLO, Norway (AP) — Norwegian prosecutors on Monday charged Marius Borg Høiby, the eldest son of Crown "
      "Princess Mette-Marit, with 32 offenses including four counts of rape, in a case that has cast a shadow over "
      "the royal family.")
H2 = ("State prosecutor Sturla Henriksbø told a news conference in Oslo that the charges also include abuse in a "
      "close relationship against a former girlfriend, assault, threats and violating a restraining order.")
H3 = "\"These are very serious offenses with major consequences for those affected,\" Henriksbø said."
H4 = ("The prosecutor added that Høiby had been treated neither more leniently nor more harshly than anyone else "
      "because of his ties to the royal family.")
H5 = "Høiby, 28, faces up to 10 years in prison if convicted of the most serious charges."
H6 = "The trial is expected to begin in Oslo District Court early next year and to last about six weeks."
H7 = ("Høiby's lawyer, Petar Sekulic, said his client denied the rape charges and most of the violence counts but had "
      "admitted to some of the other offenses.")
H8 = ("\"He takes the indictment very seriously and will continue to cooperate with the police,\" Sekulic told "
      "public broadcaster NRK.")
H9 = ("Police first arrested Høiby in August 2024 after an incident at a woman's apartment in Oslo's Frogner "
      "district.")
H10 = "He was released shortly afterward."
H11 = ("Days later, he admitted in a statement to NRK that he had committed bodily harm and damaged property while "
       "under the influence of alcohol and cocaine, and apologized to the woman.")
H12 = "Police arrested him again in November on suspicion of rape and released him after questioning."
H13 = ("Investigators said they had interviewed a large number of witnesses and reviewed extensive digital material "
       "during the inquiry.")
H14 = ("The royal palace said in a brief statement that it was up to the courts to deal with the case and that it "
       "had nothing further to add.")
H15 = ("Høiby was born in 1997 from a relationship before his mother married Crown Prince Haakon, the heir to the "
       "throne, in 2001, and has no royal title or official duties.")
H16 = ("A lawyer for one of the women welcomed the indictment, saying her client was relieved that the case would "
       "finally be heard in court.")

EN02 = {
    "id": "hm368-en-02", "lang": "en", "url": None, "published": "2025-08-18",
    "title": "Norwegian crown princess's son charged with 32 offenses including rape",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6], [H7, H8], [H9, H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("ACCUSE", OSLO_PROS, HOIBY, H1, mode="allege", date="2025-08-18", location="Oslo",
              location_country="NOR"),
        event("ACCUSE", HENRIKSBO, HOIBY, H2, mode="allege", location="Oslo", location_country="NOR"),
        event("CONCEDE", HOIBY, None, H7),
        event("AGREE", SEKULIC, OSLO_POLICE, H8),
        event("COERCE", OSLO_POLICE, HOIBY, H9, mode="arrest", location="Oslo", location_country="NOR"),
        event("RETREAT", OSLO_POLICE, HOIBY, H10, mode="release"),
        event("CONCEDE", HOIBY, None, H11),
        event("COERCE", OSLO_POLICE, HOIBY, H12, mode="arrest"),
        event("RETREAT", OSLO_POLICE, HOIBY, H12, mode="release"),
        event("ACCUSE", OSLO_POLICE, HOIBY, H13, mode="investigate"),
        event("SUPPORT", VICTIM_LAWYER, OSLO_PROS, H16),
    ],
    "quotes": [
        quote("the charges also include abuse in a close relationship against a former girlfriend, assault, threats "
              "and violating a restraining order", "Sturla Henriksbø", "indirect"),
        quote("These are very serious offenses with major consequences for those affected", "Sturla Henriksbø",
              "direct"),
        quote("Høiby had been treated neither more leniently nor more harshly than anyone else because of his ties to "
              "the royal family", "Sturla Henriksbø", "indirect"),
        quote("his client denied the rape charges and most of the violence counts but had admitted to some of the "
              "other offenses", "Petar Sekulic", "indirect"),
        quote("He takes the indictment very seriously and will continue to cooperate with the police", "Petar Sekulic",
              "direct"),
        quote("he had committed bodily harm and damaged property while under the influence of alcohol and cocaine",
              "Marius Borg Høiby", "indirect"),
        quote("they had interviewed a large number of witnesses and reviewed extensive digital material during the "
              "inquiry", "Oslo Police District", "indirect"),
        quote("it was up to the courts to deal with the case and that it had nothing further to add",
              "Royal House of Norway", "indirect"),
        quote("her client was relieved that the case would finally be heard in court",
              "lawyer for an alleged victim of Marius Borg Høiby", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["OSLO", "Oslo"]),
        entity("Norway", "LOC", "NOR", ["Norway"]),
        entity("Oslo State Prosecutor's Office", "ORG", "NOR", ["Norwegian prosecutors"]),
        entity("Marius Borg Høiby", "PER", "NOR", ["Marius Borg Høiby, the eldest son of Crown Princess Mette-Marit",
                                                   "Høiby", "Høiby's", "his client", "He", "he", "him"]),
        entity("Mette-Marit", "PER", "NOR", ["Crown Princess Mette-Marit", "his mother"]),
        entity("Royal House of Norway", "ORG", "NOR", ["the royal family", "The royal palace"]),
        entity("Sturla Henriksbø", "PER", "NOR", ["State prosecutor Sturla Henriksbø", "Henriksbø", "The prosecutor"]),
        entity("former girlfriend of Marius Borg Høiby", "PER", "NOR", ["a former girlfriend"]),
        entity("Oslo District Court", "ORG", "NOR", ["Oslo District Court"]),
        entity("Petar Sekulic", "PER", "NOR", ["Høiby's lawyer, Petar Sekulic", "Sekulic"]),
        entity("Oslo Police District", "ORG", "NOR", ["the police", "Police", "Investigators"]),
        entity("NRK", "ORG", "NOR", ["public broadcaster NRK", "NRK"]),
        entity("woman in the Frogner incident", "PER", "NOR", ["a woman's", "the woman"]),
        entity("Frogner", "LOC", "NOR", ["Oslo's Frogner district"]),
        entity("Haakon", "PER", "NOR", ["Crown Prince Haakon, the heir to the throne"]),
        entity("lawyer for an alleged victim of Marius Borg Høiby", "PER", "NOR", ["A lawyer for one of the women"]),
        entity("alleged victim of Marius Borg Høiby", "PER", "NOR", ["one of the women", "her client"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
