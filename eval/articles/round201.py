"""Round 201: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm201-de-01: Germany's Constitutional Court rejects urgent motions by the AfD and the Left against the old Bundestag's vote on the debt package; CDU/CSU and SPD strike a deal with the Greens (2025-03-14).
- hm201-de-02: Ukraine's SBU says it hit the Crimean Bridge with underwater explosives; Moscow accuses Kyiv of terrorism, a Duma deputy threatens, Russian drones over Ukraine (2025-06-03).
- hm201-de-03: Spain's Attorney General Álvaro García Ortiz resigns after his Supreme Court conviction; Sánchez backs him, Feijóo demands elections, Vox supporters protest (2025-11-24).
- hm201-de-04: Georgian Dream asks the Constitutional Court to ban the main opposition parties; Kallas objects, Papuashvili hits back, rally in Tbilisi (2025-10-28).
- hm201-en-01: A federal judge in Seattle blocks Trump's birthright citizenship order; Trump attacks the judge, more states and the ACLU sue (2025-01-23).
- hm201-en-02: Lithuanian prosecutors say Russian military intelligence ordered the arson at the IKEA store in Vilnius; Nausėda threatens a response, Moscow denies (2024-10-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm201-de-01
BVERFG = actor("Federal Constitutional Court of Germany", "DEU", "JUD")
AFD = actor("Alternative for Germany (AfD)", "DEU", "PTY")
LINKE = actor("The Left (Die Linke)", "DEU", "PTY")
WEIDEL = actor("Alice Weidel", "DEU", "PTY")
MERZ = actor("Friedrich Merz", "DEU", "PTY")
UNION = actor("CDU/CSU", "DEU", "PTY")
SPD = actor("Social Democratic Party of Germany (SPD)", "DEU", "PTY")
GRUENE = actor("Alliance 90/The Greens", "DEU", "PTY")
LINDNER = actor("Christian Lindner", "DEU", "PTY")
BUNDESTAG = actor("German Bundestag", "DEU", "LEG")
DE_PROTESTERS = actor("German protesters", "DEU", "CVL")

A1 = ("Das Bundesverfassungsgericht hat am Donnerstag Eilanträge der AfD und der Linken gegen die Abstimmung "
      "des alten Bundestags über das milliardenschwere Finanzpaket abgelehnt.")
A2 = ("Die Rechte der Abgeordneten seien durch die kurzfristig angesetzten Sondersitzungen nicht verletzt, "
      "teilten die Karlsruher Richter mit.")
A3 = "Der neu gewählte Bundestag kommt erst am 25. März zusammen."
A4 = ("AfD-Fraktionschefin Alice Weidel sprach von einem „Wortbruch“ und warf CDU-Chef Friedrich Merz vor, "
      "die Wähler zu täuschen.")
A5 = "Merz wies den Vorwurf zurück."
A6 = ("Am Freitag einigten sich Union und SPD mit den Grünen auf die Grundgesetzänderung für höhere "
      "Verteidigungsausgaben und ein Sondervermögen von 500 Milliarden Euro.")
A7 = "Im Gegenzug sagten Union und SPD den Grünen 100 Milliarden Euro aus dem Sondervermögen für den Klimaschutz zu."
A8 = "Merz dankte den Grünen ausdrücklich für ihre Kompromissbereitschaft."
A9 = "„Wir haben hart verhandelt“, sagte er, „aber das Ergebnis ist gut für unser Land.“"
A10 = "Grünen-Fraktionschefin Katharina Dröge sprach von einem „Erfolg für den Klimaschutz“."
A11 = ("FDP-Chef Christian Lindner warf Union und Grünen eine „Schuldenorgie auf Kosten der jungen Generation“ "
       "vor.")
A12 = "Die AfD hat zudem eine Organklage gegen den Bundestag eingereicht, über die noch nicht entschieden ist."
A13 = ("Die Linke kündigte an, eine weitere Klage zu prüfen, falls das Paket am Dienstag die nötige "
       "Zweidrittelmehrheit erhält.")
A14 = "Vor dem Reichstagsgebäude protestierten am Freitag mehrere Hundert Menschen gegen die neuen Schulden."

DE01 = {
    "id": "hm201-de-01", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Karlsruhe macht Weg für Schuldenpaket frei – Union und SPD einigen sich mit Grünen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9, A10], [A11, A12, A13, A14]),
    "events": [
        event("REJECT", BVERFG, AFD, A1, mode="change", date="2025-03-13"),
        event("REJECT", BVERFG, LINKE, A1, mode="change", date="2025-03-13"),
        event("ACCUSE", WEIDEL, MERZ, A4, mode="allege"),
        event("AGREE", UNION, GRUENE, A6, date="2025-03-14"),
        event("AGREE", SPD, GRUENE, A6, date="2025-03-14"),
        event("CONCEDE", UNION, GRUENE, A7),
        event("CONCEDE", SPD, GRUENE, A7),
        event("SUPPORT", MERZ, GRUENE, A8),
        event("ACCUSE", LINDNER, UNION, A11, mode="disapprove"),
        event("ACCUSE", LINDNER, GRUENE, A11, mode="disapprove"),
        event("ACCUSE", AFD, BUNDESTAG, A12, mode="allege"),
        event("PROTEST", DE_PROTESTERS, BUNDESTAG, A14, mode="demo", date="2025-03-14",
              location="Berlin", location_country="DEU"),
    ],
    "quotes": [
        quote("Die Rechte der Abgeordneten seien durch die kurzfristig angesetzten Sondersitzungen nicht verletzt",
              "Federal Constitutional Court of Germany", "indirect"),
        quote("Wortbruch", "Alice Weidel", "direct"),
        quote("die Wähler zu täuschen", "Alice Weidel", "indirect"),
        quote("Wir haben hart verhandelt", "Friedrich Merz", "direct"),
        quote("aber das Ergebnis ist gut für unser Land", "Friedrich Merz", "direct"),
        quote("Erfolg für den Klimaschutz", "Katharina Dröge", "direct"),
        quote("Schuldenorgie auf Kosten der jungen Generation", "Christian Lindner", "direct"),
        quote("eine weitere Klage zu prüfen, falls das Paket am Dienstag die nötige Zweidrittelmehrheit erhält",
              "The Left (Die Linke)", "indirect"),
    ],
    "entities": [
        entity("Federal Constitutional Court of Germany", "ORG", "DEU",
               ["Das Bundesverfassungsgericht", "die Karlsruher Richter"]),
        entity("Alternative for Germany (AfD)", "ORG", "DEU", ["der AfD", "AfD", "Die AfD"]),
        entity("The Left (Die Linke)", "ORG", "DEU", ["der Linken", "Die Linke"]),
        entity("German Bundestag", "ORG", "DEU",
               ["des alten Bundestags", "Der neu gewählte Bundestag", "den Bundestag"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Fraktionschefin Alice Weidel"]),
        entity("Friedrich Merz", "PER", "DEU", ["CDU-Chef Friedrich Merz", "Merz", "er"]),
        entity("CDU/CSU", "ORG", "DEU", ["Union"]),
        entity("Christian Democratic Union of Germany (CDU)", "ORG", "DEU", ["CDU"]),
        entity("Social Democratic Party of Germany (SPD)", "ORG", "DEU", ["SPD"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["den Grünen", "Grünen"]),
        entity("Katharina Dröge", "PER", "DEU", ["Grünen-Fraktionschefin Katharina Dröge"]),
        entity("Christian Lindner", "PER", "DEU", ["FDP-Chef Christian Lindner"]),
        entity("Free Democratic Party (FDP)", "ORG", "DEU", ["FDP"]),
        entity("Reichstag building", "LOC", "DEU", ["Reichstagsgebäude"]),
        entity("German protesters", "ORG", "DEU", ["mehrere Hundert Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm201-de-02
SBU = actor("Security Service of Ukraine (SBU)", "UKR", "GOV")
RUSSIA_MIL = actor("Russia", "RUS", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
KARTAPOLOV = actor("Andrey Kartapolov", "RUS", "LEG")
MALIUK = actor("Vasyl Maliuk", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

B1 = "Der ukrainische Geheimdienst SBU hat nach eigenen Angaben die Krim-Brücke mit Unterwassersprengsätzen angegriffen."
B2 = ("Die Ladungen mit insgesamt 1100 Kilogramm Sprengstoff seien am frühen Morgen an den Pfeilern gezündet "
      "worden, teilte der SBU am Dienstag mit.")
B3 = "Die Vorbereitung habe mehrere Monate gedauert."
B4 = "Der Verkehr über die Brücke ruhte am Morgen für mehrere Stunden."
B5 = "Schäden seien nicht entstanden, hieß es aus der von Russland eingesetzten Verwaltung der Krim."
B6 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Kiew „Terrorismus“ vor."
B7 = "„Das Kiewer Regime wird für jeden Angriff auf die Krim bezahlen“, sagte der Duma-Abgeordnete Andrej Kartapolow."
B8 = "Moskau warf Kiew zudem vor, mit solchen Angriffen eine Verhandlungslösung zu sabotieren."
B9 = "In der Nacht griff Russland erneut mehrere ukrainische Regionen mit Drohnen an."
B10 = "Die ukrainische Luftwaffe meldete, sie habe 40 von 52 russischen Drohnen abgefangen."
B11 = ("SBU-Chef Wassyl Maljuk kündigte weitere Angriffe auf die Brücke an, die er ein „legitimes militärisches "
       "Ziel“ nannte.")
B12 = "Präsident Wolodymyr Selenskyj lobte die Operation als „mutig und präzise“."
B13 = "Die Brücke war bereits 2022 und 2023 schwer beschädigt worden."

DE02 = {
    "id": "hm201-de-02", "lang": "de", "url": None, "published": "2025-06-03",
    "title": "Ukraine meldet Unterwasserangriff auf Krim-Brücke – Moskau spricht von Terrorismus",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13]),
    "events": [
        event("ASSAULT", SBU, RUSSIA_MIL, B1, mode="explosives", location="Crimean Bridge"),
        event("ASSAULT", SBU, RUSSIA_MIL, B2, mode="explosives", date="2025-06-03", location="Crimean Bridge"),
        event("ACCUSE", ZAKHAROVA, UKRAINE, B6, mode="allege"),
        event("THREATEN", KARTAPOLOV, UKRAINE, B7, mode="violence"),
        event("ACCUSE", RUSSIA, UKRAINE, B8, mode="allege"),
        event("ASSAULT", RUSSIA_MIL, UKRAINE, B9, mode="drone", location="Ukraine", location_country="UKR"),
        event("ASSAULT", RUSSIA_MIL, UKRAINE, B10, mode="drone", location="Ukraine", location_country="UKR"),
        event("THREATEN", MALIUK, RUSSIA_MIL, B11, mode="violence"),
        event("SUPPORT", ZELENSKY, SBU, B12),
    ],
    "quotes": [
        quote("Die Ladungen mit insgesamt 1100 Kilogramm Sprengstoff seien am frühen Morgen an den Pfeilern "
              "gezündet worden", "Security Service of Ukraine (SBU)", "indirect"),
        quote("Die Vorbereitung habe mehrere Monate gedauert", "Security Service of Ukraine (SBU)", "indirect"),
        quote("Schäden seien nicht entstanden", "Russian-installed administration of Crimea", "indirect"),
        quote("Terrorismus", "Maria Zakharova", "direct"),
        quote("Das Kiewer Regime wird für jeden Angriff auf die Krim bezahlen", "Andrey Kartapolov", "direct"),
        quote("mit solchen Angriffen eine Verhandlungslösung zu sabotieren", "Russia", "indirect"),
        quote("sie habe 40 von 52 russischen Drohnen abgefangen", "Ukrainian Air Force", "indirect"),
        quote("legitimes militärisches Ziel", "Vasyl Maliuk", "direct"),
        quote("mutig und präzise", "Volodymyr Zelensky", "direct"),
    ],
    "entities": [
        entity("Security Service of Ukraine (SBU)", "ORG", "UKR",
               ["Der ukrainische Geheimdienst SBU", "der SBU", "SBU"]),
        entity("Crimean Bridge", "LOC", "UKR", ["die Krim-Brücke", "die Brücke"]),
        entity("Crimea", "LOC", "UKR", ["der Krim", "die Krim"]),
        entity("Russian-installed administration of Crimea", "ORG", "RUS",
               ["der von Russland eingesetzten Verwaltung der Krim"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS",
               ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew", "Das Kiewer Regime"]),
        entity("Andrey Kartapolov", "PER", "RUS", ["der Duma-Abgeordnete Andrej Kartapolow"]),
        entity("State Duma", "ORG", "RUS", ["Duma"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["Die ukrainische Luftwaffe", "sie"]),
        entity("Vasyl Maliuk", "PER", "UKR", ["SBU-Chef Wassyl Maljuk", "er"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
    ],
}

# ---------------------------------------------------------------- hm201-de-03
GARCIA_ORTIZ = actor("Álvaro García Ortiz", "ESP", "JUD")
TS_ESP = actor("Supreme Court of Spain", "ESP", "JUD")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
ALEGRIA = actor("Pilar Alegría", "ESP", "GOV")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
GOV_ESP = actor("Government of Spain", "ESP", "GOV")
APM = actor("Professional Association of the Magistracy (APM)", "ESP", "JUD")
VOX_SUPP = actor("Vox supporters", "ESP", "CVL")

C1 = "Spaniens Generalstaatsanwalt Álvaro García Ortiz hat am Montag seinen Rücktritt eingereicht."
C2 = ("Der Oberste Gerichtshof hatte ihn am Donnerstag wegen der Weitergabe vertraulicher Daten verurteilt und "
      "für zwei Jahre vom Amt ausgeschlossen.")
C3 = "Es ist das erste Mal, dass ein amtierender Generalstaatsanwalt in Spanien verurteilt wird."
C4 = ("In dem Verfahren ging es um eine E-Mail zum Steuerfall des Lebensgefährten der Madrider "
      "Regionalpräsidentin Isabel Díaz Ayuso.")
C5 = "García Ortiz bestreitet, die E-Mail an Journalisten weitergegeben zu haben."
C6 = "Ministerpräsident Pedro Sánchez stellte sich hinter ihn und erklärte, er glaube weiterhin an seine Unschuld."
C7 = "„Wir respektieren das Urteil“, sagte Regierungssprecherin Pilar Alegría, „aber wir teilen es nicht.“"
C8 = "Die Regierung werde rasch einen Nachfolger vorschlagen, so Alegría."
C9 = ("Oppositionsführer Alberto Núñez Feijóo von der konservativen Volkspartei (PP) forderte Sánchez auf, "
      "Neuwahlen auszurufen.")
C10 = "Die Regierung habe „jede Glaubwürdigkeit verloren“, sagte Feijóo in Madrid."
C11 = "Sánchez lehnte vorgezogene Wahlen erneut ab."
C12 = ("Die konservative Richtervereinigung APM warf der Regierung vor, den Obersten Gerichtshof unter Druck zu "
       "setzen.")
C13 = "Vor dem Gericht in Madrid demonstrierten am Sonntag Anhänger der rechtspopulistischen Vox gegen die Regierung."

DE03 = {
    "id": "hm201-de-03", "lang": "de", "url": None, "published": "2025-11-24",
    "title": "Spaniens Generalstaatsanwalt tritt nach Verurteilung zurück",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12, C13]),
    "events": [
        event("RETREAT", GARCIA_ORTIZ, None, C1, mode="resign", date="2025-11-24"),
        event("SANCTION", TS_ESP, GARCIA_ORTIZ, C2, mode="convict", date="2025-11-20"),
        event("SUPPORT", SANCHEZ, GARCIA_ORTIZ, C6),
        event("ACCUSE", ALEGRIA, TS_ESP, C7, mode="disapprove"),
        event("REQUEST", FEIJOO, SANCHEZ, C9, mode="change"),
        event("ACCUSE", FEIJOO, GOV_ESP, C10, mode="disapprove", location="Madrid", location_country="ESP"),
        event("REJECT", SANCHEZ, FEIJOO, C11, mode="change"),
        event("ACCUSE", APM, GOV_ESP, C12, mode="allege"),
        event("PROTEST", VOX_SUPP, GOV_ESP, C13, mode="demo", date="2025-11-23",
              location="Madrid", location_country="ESP"),
    ],
    "quotes": [
        quote("die E-Mail an Journalisten weitergegeben zu haben", "Álvaro García Ortiz", "indirect"),
        quote("er glaube weiterhin an seine Unschuld", "Pedro Sánchez", "indirect"),
        quote("Wir respektieren das Urteil", "Pilar Alegría", "direct"),
        quote("aber wir teilen es nicht", "Pilar Alegría", "direct"),
        quote("Die Regierung werde rasch einen Nachfolger vorschlagen", "Pilar Alegría", "indirect"),
        quote("Neuwahlen auszurufen", "Alberto Núñez Feijóo", "indirect"),
        quote("jede Glaubwürdigkeit verloren", "Alberto Núñez Feijóo", "direct"),
        quote("Die Regierung habe „jede Glaubwürdigkeit verloren“", "Alberto Núñez Feijóo", "indirect"),
        quote("den Obersten Gerichtshof unter Druck zu setzen", "Professional Association of the Magistracy (APM)",
              "indirect"),
    ],
    "entities": [
        entity("Álvaro García Ortiz", "PER", "ESP",
               ["Spaniens Generalstaatsanwalt Álvaro García Ortiz", "ihn", "García Ortiz"]),
        entity("Supreme Court of Spain", "ORG", "ESP",
               ["Der Oberste Gerichtshof", "den Obersten Gerichtshof", "dem Gericht"]),
        entity("Spain", "GPE", "ESP", ["Spaniens", "Spanien"]),
        entity("Isabel Díaz Ayuso", "PER", "ESP", ["der Madrider Regionalpräsidentin Isabel Díaz Ayuso"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Ministerpräsident Pedro Sánchez", "Sánchez"]),
        entity("Government of Spain", "ORG", "ESP", ["Die Regierung", "der Regierung", "die Regierung"]),
        entity("Pilar Alegría", "PER", "ESP", ["Regierungssprecherin Pilar Alegría", "Alegría"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo", "Feijóo"]),
        entity("People's Party (PP)", "ORG", "ESP", ["der konservativen Volkspartei (PP)"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Professional Association of the Magistracy (APM)", "ORG", "ESP",
               ["Die konservative Richtervereinigung APM"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Vox"]),
        entity("Vox supporters", "ORG", "ESP", ["Anhänger der rechtspopulistischen Vox"]),
    ],
}

# ---------------------------------------------------------------- hm201-de-04
GD = actor("Georgian Dream", "GEO", "PTY")
GEO_OPP = actor("Georgian opposition parties", "GEO", "OPP")
GEO_PROTESTERS = actor("Georgian protesters", "GEO", "CVL")
GOV_GEO = actor("Government of Georgia", "GEO", "GOV")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
GEO_OPP_POL = actor("Georgian opposition politicians", "GEO", "OPP")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
PAPUASHVILI = actor("Shalva Papuashvili", "GEO", "LEG")
EU = actor("European Union", "EUR", "IGO")
UNM = actor("United National Movement", "GEO", "OPP")
CC_GEO = actor("Constitutional Court of Georgia", "GEO", "JUD")

D1 = ("Die georgische Regierungspartei Georgischer Traum hat beim Verfassungsgericht in Tiflis das Verbot der "
      "wichtigsten Oppositionsparteien beantragt.")
D2 = "Betroffen sind die Vereinte Nationale Bewegung, die Koalition für den Wandel und die Partei Starkes Georgien."
D3 = "Die Parteien hätten „einen gewaltsamen Umsturz“ unterstützt, heißt es in der Klageschrift."
D4 = ("Ministerpräsident Irakli Kobachidse begründete den Schritt mit den Ausschreitungen vom 4. Oktober, als "
      "Demonstranten in Tiflis versucht hatten, den Präsidentenpalast zu stürmen.")
D5 = "Die Polizei hatte damals Dutzende Menschen festgenommen, darunter fünf Oppositionspolitiker."
D5B = "Kobachidse hatte schon im Sommer gedroht, die Opposition verbieten zu lassen."
D6 = "Die EU-Außenbeauftragte Kaja Kallas nannte den Antrag „einen weiteren Schritt weg von Europa“."
D7 = "Sollte das Gericht dem Antrag folgen, werde Brüssel über weitere Schritte beraten, sagte sie."
D8 = "Parlamentspräsident Schalwa Papuaschwili warf Brüssel „Einmischung in innere Angelegenheiten“ vor."
D9 = "Die Vereinte Nationale Bewegung kündigte an, das Verfahren nicht anzuerkennen."
D10 = "Am Abend versammelten sich rund 3000 Menschen vor dem Parlament in Tiflis."
D11 = "Die Polizei nahm zunächst niemanden fest."
D12 = "Eine Entscheidung des Gerichts wird innerhalb von neun Monaten erwartet."

DE04 = {
    "id": "hm201-de-04", "lang": "de", "url": None, "published": "2025-10-28",
    "title": "Georgiens Regierungspartei will Opposition verbieten lassen",
    "text": paragraphs([D1, D2, D3, D4, D5], [D5B, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ACCUSE", GD, GEO_OPP, D1, mode="allege", location="Tbilisi", location_country="GEO"),
        event("ACCUSE", GD, GEO_OPP, D3, mode="allege"),
        event("PROTEST", GEO_PROTESTERS, GOV_GEO, D4, mode="riot", date="2025-10-04",
              location="Tbilisi", location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, D5, mode="arrest"),
        event("COERCE", GEO_POLICE, GEO_OPP_POL, D5, mode="arrest"),
        event("THREATEN", KOBAKHIDZE, GEO_OPP, D5B, mode="ban"),
        event("ACCUSE", KALLAS, GD, D6, mode="disapprove"),
        event("ACCUSE", PAPUASHVILI, EU, D8, mode="allege"),
        event("REJECT", UNM, CC_GEO, D9, mode="change"),
        event("PROTEST", GEO_PROTESTERS, GOV_GEO, D10, mode="demo", date="2025-10-28",
              location="Tbilisi", location_country="GEO"),
        event("COERCE", GEO_POLICE, GEO_PROTESTERS, D11, mode="arrest", date="2025-10-28",
              location="Tbilisi", location_country="GEO", negated=True),
    ],
    "quotes": [
        quote("einen gewaltsamen Umsturz", "Georgian Dream", "direct"),
        quote("Die Parteien hätten „einen gewaltsamen Umsturz“ unterstützt", "Georgian Dream", "indirect"),
        quote("die Opposition verbieten zu lassen", "Irakli Kobakhidze", "indirect"),
        quote("einen weiteren Schritt weg von Europa", "Kaja Kallas", "direct"),
        quote("Sollte das Gericht dem Antrag folgen, werde Brüssel über weitere Schritte beraten", "Kaja Kallas",
              "indirect"),
        quote("Einmischung in innere Angelegenheiten", "Shalva Papuashvili", "direct"),
        quote("das Verfahren nicht anzuerkennen", "United National Movement", "indirect"),
    ],
    "entities": [
        entity("Georgian Dream", "ORG", "GEO", ["Die georgische Regierungspartei Georgischer Traum"]),
        entity("Constitutional Court of Georgia", "ORG", "GEO", ["Verfassungsgericht", "das Gericht",
                                                                "des Gerichts"]),
        entity("Tbilisi", "LOC", "GEO", ["Tiflis"]),
        entity("Georgian opposition parties", "ORG", "GEO", ["der wichtigsten Oppositionsparteien", "Die Parteien", "die Opposition"]),
        entity("United National Movement", "ORG", "GEO",
               ["die Vereinte Nationale Bewegung", "Die Vereinte Nationale Bewegung"]),
        entity("Coalition for Change", "ORG", "GEO", ["die Koalition für den Wandel"]),
        entity("Strong Georgia", "ORG", "GEO", ["die Partei Starkes Georgien"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Ministerpräsident Irakli Kobachidse", "Kobachidse"]),
        entity("Georgian protesters", "ORG", "GEO", ["Demonstranten", "Dutzende Menschen", "rund 3000 Menschen"]),
        entity("Presidential Palace of Georgia", "LOC", "GEO", ["den Präsidentenpalast"]),
        entity("Georgian police", "ORG", "GEO", ["Die Polizei"]),
        entity("Georgian opposition politicians", "ORG", "GEO", ["fünf Oppositionspolitiker"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "sie"]),
        entity("European Union", "ORG", "EUR", ["EU", "Brüssel"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Shalva Papuashvili", "PER", "GEO", ["Parlamentspräsident Schalwa Papuaschwili"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["dem Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm201-en-01
COUGHENOUR = actor("John Coughenour", "USA", "JUD")
TRUMP = actor("Donald Trump", "USA", "GOV")
US_ADMIN = actor("Trump administration", "USA", "GOV")
DEM_STATES = actor("Democratic-led states", "USA", "GOV")
NICK_BROWN = actor("Nick Brown", "USA", "GOV")
NEW_JERSEY = actor("New Jersey", "USA", "GOV")
ACLU = actor("American Civil Liberties Union", "USA", "NGO")
US_PROTESTERS = actor("US protesters", "USA", "CVL")

E1 = ("A federal judge in Seattle on Thursday temporarily blocked President Donald Trump's executive order "
      "restricting birthright citizenship.")
E2 = "“This is a blatantly unconstitutional order,” U.S. District Judge John Coughenour said at the hearing."
E3 = ("Coughenour granted a 14-day restraining order sought by four Democratic-led states, which sued the "
      "administration on Tuesday.")
E4 = ("The order, signed on Trump's first day in office, would deny citizenship to children born in the United "
      "States to parents without legal status or on temporary visas.")
E5 = "The Justice Department said it would “vigorously defend” the order."
E6 = "“Obviously we'll appeal it,” Trump told reporters at the White House."
E7 = "He accused the judge of ruling against him for political reasons."
E8 = ("Washington Attorney General Nick Brown welcomed the decision and urged the administration to drop the "
      "order altogether.")
E9 = "In a separate case in Boston, New Jersey is leading 18 states in suing the administration."
E10 = "The American Civil Liberties Union has filed its own lawsuit in Maryland."
E11 = "Outside the Seattle courthouse, protesters rallied with signs reading “Born here, belong here.”"
E12 = "The case is widely expected to reach the Supreme Court."

EN01 = {
    "id": "hm201-en-01", "lang": "en", "url": None, "published": "2025-01-23",
    "title": "Judge blocks Trump's birthright citizenship order as 'blatantly unconstitutional'",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("SANCTION", COUGHENOUR, TRUMP, E1, mode="convict", date="2025-01-23",
              location="Seattle", location_country="USA"),
        event("ACCUSE", COUGHENOUR, TRUMP, E2, mode="disapprove", date="2025-01-23"),
        event("SANCTION", COUGHENOUR, TRUMP, E3, mode="convict", date="2025-01-23"),
        event("ACCUSE", DEM_STATES, US_ADMIN, E3, mode="allege", date="2025-01-21"),
        event("ACCUSE", TRUMP, COUGHENOUR, E7, mode="allege"),
        event("SUPPORT", NICK_BROWN, COUGHENOUR, E8),
        event("REQUEST", NICK_BROWN, US_ADMIN, E8, mode="change"),
        event("ACCUSE", NEW_JERSEY, US_ADMIN, E9, mode="allege", location="Boston", location_country="USA"),
        event("ACCUSE", ACLU, US_ADMIN, E10, mode="allege", location="Maryland", location_country="USA"),
        event("PROTEST", US_PROTESTERS, US_ADMIN, E11, mode="demo", location="Seattle", location_country="USA"),
    ],
    "quotes": [
        quote("This is a blatantly unconstitutional order", "John Coughenour", "direct"),
        quote("vigorously defend", "United States Department of Justice", "direct"),
        quote("it would “vigorously defend” the order", "United States Department of Justice", "indirect"),
        quote("Obviously we'll appeal it", "Donald Trump", "direct"),
        quote("Born here, belong here", "US protesters", "direct"),
    ],
    "entities": [
        entity("Seattle", "LOC", "USA", ["Seattle"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "He", "him"]),
        entity("John Coughenour", "PER", "USA",
               ["A federal judge in Seattle", "U.S. District Judge John Coughenour", "Coughenour", "the judge"]),
        entity("Democratic-led states", "ORG", "USA", ["four Democratic-led states"]),
        entity("Trump administration", "ORG", "USA", ["the administration"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("United States Department of Justice", "ORG", "USA", ["The Justice Department", "it"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Nick Brown", "PER", "USA", ["Washington Attorney General Nick Brown"]),
        entity("Washington (state)", "GPE", "USA", ["Washington"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
        entity("New Jersey", "GPE", "USA", ["New Jersey"]),
        entity("American Civil Liberties Union", "ORG", "USA", ["The American Civil Liberties Union"]),
        entity("Maryland", "LOC", "USA", ["Maryland"]),
        entity("US protesters", "ORG", "USA", ["protesters"]),
        entity("Supreme Court of the United States", "ORG", "USA", ["the Supreme Court"]),
    ],
}

# ---------------------------------------------------------------- hm201-en-02
LTU_PROS = actor("Prosecutor General's Office of Lithuania", "LTU", "JUD")
GRUNSKIENE = actor("Nida Grunskienė", "LTU", "JUD")
GRU = actor("Russian military intelligence (GRU)", "RUS", "MIL")
UKR_SUSPECTS = actor("Ukrainian suspects", "UKR", "CVL")
POL_POLICE = actor("Polish police", "POL", "COP")
POLAND = actor("Poland", "POL", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
RUSSIA_GOV = actor("Russia", "RUS", "GOV")
LTU_MFA = actor("Ministry of Foreign Affairs of Lithuania", "LTU", "GOV")
LANDSBERGIS = actor("Gabrielius Landsbergis", "LTU", "GOV")
NATO = actor("NATO", "IGO", "IGO")
LVA_INV = actor("Latvian investigators", "LVA", "COP")
POL_INV = actor("Polish investigators", "POL", "COP")
LTU_INV = actor("Lithuanian investigators", "LTU", "COP")

F1 = ("Lithuanian prosecutors said on Thursday that Russian military intelligence had ordered the arson attack "
      "on an IKEA store in Vilnius in May.")
F2 = "Two Ukrainian citizens have been charged with setting fire to the store, Prosecutor General Nida Grunskienė told reporters."
F3 = "One of them was detained in Poland and handed over to Lithuania, she said."
F4 = "Nobody was hurt in the fire, which broke out at night and was quickly contained."
F5 = ("According to Grunskienė, the suspects were recruited via Telegram and paid several thousand euros by an "
      "officer of the GRU.")
F6 = "“This was an act of terrorism planned in Moscow,” President Gitanas Nausėda said, “and it will not go unanswered.”"
F7 = "Lithuania has not expelled any Russian diplomats over the case so far."
F8 = "Kremlin spokesman Dmitry Peskov dismissed the accusations as “unfounded.”"
F9 = "Lithuania's foreign ministry summoned Russia's chargé d'affaires on Friday and handed him a protest note."
F10 = "Foreign Minister Gabrielius Landsbergis called on NATO allies to step up intelligence sharing on Russian sabotage."
F11 = "Investigators in Latvia and Poland have been working with their Lithuanian counterparts since the summer."
F12 = "Fires and parcel bombs have hit several European countries this year."

EN02 = {
    "id": "hm201-en-02", "lang": "en", "url": None, "published": "2024-10-25",
    "title": "Lithuania says Russian military intelligence ordered Vilnius IKEA arson",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ACCUSE", LTU_PROS, GRU, F1, mode="allege", date="2024-10-24"),
        event("ACCUSE", LTU_PROS, UKR_SUSPECTS, F2, mode="allege"),
        event("COERCE", POL_POLICE, UKR_SUSPECTS, F3, mode="arrest", location="Poland", location_country="POL"),
        event("COOPERATE", POLAND, LITHUANIA, F3),
        event("ACCUSE", GRUNSKIENE, GRU, F5, mode="allege"),
        event("ACCUSE", NAUSEDA, RUSSIA_GOV, F6, mode="allege"),
        event("THREATEN", NAUSEDA, RUSSIA_GOV, F6),
        event("SANCTION", LITHUANIA, RUSSIA_GOV, F7, mode="expel", negated=True),
        event("ACCUSE", LTU_MFA, RUSSIA_GOV, F9, mode="disapprove", date="2024-10-25"),
        event("REQUEST", LANDSBERGIS, NATO, F10, mode="assist"),
        event("COOPERATE", LVA_INV, LTU_INV, F11),
        event("COOPERATE", POL_INV, LTU_INV, F11),
    ],
    "quotes": [
        quote("Russian military intelligence had ordered the arson attack on an IKEA store in Vilnius in May",
              "Prosecutor General's Office of Lithuania", "indirect"),
        quote("Two Ukrainian citizens have been charged with setting fire to the store", "Nida Grunskienė",
              "indirect"),
        quote("One of them was detained in Poland and handed over to Lithuania", "Nida Grunskienė", "indirect"),
        quote("the suspects were recruited via Telegram and paid several thousand euros by an officer of the GRU",
              "Nida Grunskienė", "indirect"),
        quote("This was an act of terrorism planned in Moscow", "Gitanas Nausėda", "direct"),
        quote("and it will not go unanswered", "Gitanas Nausėda", "direct"),
        quote("unfounded", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Prosecutor General's Office of Lithuania", "ORG", "LTU", ["Lithuanian prosecutors"]),
        entity("Russian military intelligence (GRU)", "ORG", "RUS", ["Russian military intelligence", "the GRU"]),
        entity("IKEA", "ORG", "MNC", ["IKEA"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Ukrainian suspects", "ORG", "UKR", ["Two Ukrainian citizens", "One of them", "the suspects"]),
        entity("Nida Grunskienė", "PER", "LTU", ["Prosecutor General Nida Grunskienė", "she", "Grunskienė"]),
        entity("Poland", "GPE", "POL", ["Poland"]),
        entity("Lithuania", "GPE", "LTU", ["Lithuania", "Lithuania's"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["President Gitanas Nausėda"]),
        entity("Russia", "GPE", "RUS", ["Russia's", "Russian"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Ministry of Foreign Affairs of Lithuania", "ORG", "LTU", ["Lithuania's foreign ministry"]),
        entity("Russian chargé d'affaires in Lithuania", "PER", "RUS", ["Russia's chargé d'affaires", "him"]),
        entity("Gabrielius Landsbergis", "PER", "LTU", ["Foreign Minister Gabrielius Landsbergis"]),
        entity("NATO", "ORG", "IGO", ["NATO allies"]),
        entity("Latvia", "GPE", "LVA", ["Latvia"]),
        entity("Lithuanian investigators", "ORG", "LTU", ["their Lithuanian counterparts"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
