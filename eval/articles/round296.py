"""Round 296: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm296-de-01: France: third night of riots after police shoot 17-year-old Nahel M. in Nanterre; 875 arrests, tear gas, the officer charged and remanded, Macron blames social networks and asks parents to keep children home, no state of emergency, 45,000 police deployed, curfews, the mourning march, Mélenchon refuses to call for calm, the UN rights office's demand and Paris's rebuttal (2023-06-30).
- hm296-de-02: Ukraine: a Kyiv court puts Metropolitan Pavel, abbot of the Kyiv Pechersk Lavra, under house arrest; the SBU's charges, his denial, believers' prayer protest, the lease termination and the monks' refusal, Tkachenko rules out a forced eviction, Zakharova and Podolyak trade accusations, Zelensky's earlier review of the church's Moscow ties, Pavel's earlier curse threat (2023-04-01).
- hm296-de-03: Turkey: an Istanbul court remands journalist Fatih Altaylı for allegedly threatening Erdoğan; police detention at his home, the prosecutors' charge, Özel condemns and demands his release, journalists' rally without arrests, RSF and Sánchez Amor object, Tunç defends the judiciary, İmamoğlu's arrest as background (2025-06-23).
- hm296-de-04: Russia: the defence ministry says it crushed the armed incursion into the Belgorod region; the Freedom of Russia Legion and the Russian Volunteer Corps claim the raid near Graivoron, Gladkov's counter-terrorism regime imposed and lifted, Peskov blames Kyiv, Kyiv denies, U.S.-made vehicles and Washington's disavowal, reinforcements (2023-05-23).
- hm296-en-01: Russia/Ukraine: Putin congratulates Wagner and the army on taking Bakhmut; Prigozhin's claim and planned handover, the defence ministry's statement, Maliar says fighting goes on, Zelenskiy's Hiroshima remarks, his meeting with Biden and the $375 million package, F-16 training, Grushko's warning, Prigozhin's feud with Shoigu and Gerasimov (2023-05-21).
- hm296-en-02: Georgia: Georgian Dream withdraws the foreign agents bill after two nights of protests in Tbilisi; tear gas and water cannon, 133 detained, renewed rally, Zourabichvili welcomes it, Garibashvili's earlier defence, the opposition demands releases, Borrell welcomes it and urges reforms, the U.S. embassy's earlier criticism, Peskov's remark (2023-03-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm296-de-01 (France, riots after Nahel's death)
RIOTERS = actor("rioters in France", "FRA", "CVL")
FR_POLICE = actor("French police", "FRA", "COP")
DARMANIN = actor("Gérald Darmanin", "FRA", "GOV")
NAHEL = actor("Nahel M.", "FRA", "CVL")
NAHEL_OFFICER = actor("police officer who shot Nahel M.", "FRA", "COP")
NANTERRE_JUDGES = actor("investigating judges in Nanterre", "FRA", "JUD")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
FR_PARENTS = actor("parents in France", "FRA", "CVL")
SNAPCHAT = actor("Snapchat", "MNC", "BUS")
FR_GOV = actor("Government of France", "FRA", "GOV")
FR_MAYORS = actor("French mayors", "FRA", "GOV")
NANTERRE_MARCHERS = actor("mourners in Nanterre", "FRA", "CVL")
MELENCHON = actor("Jean-Luc Mélenchon", "FRA", "PTY")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")

N1 = ("Paris (AFP) - Nach einer dritten Krawallnacht in zahlreichen französischen Städten hat die Polizei landesweit "
      "875 Menschen festgenommen.")
N2 = ("Randalierer hätten in der Nacht zum Freitag Rathäuser, Polizeiwachen und Schulen angegriffen und Hunderte Autos "
      "in Brand gesetzt, teilte Innenminister Gérald Darmanin mit.")
N3 = ("In Nanterre, Lyon und Marseille setzten die Beamten Tränengas gegen Gruppen junger Männer ein.")
N4 = "Nach Angaben des Ministeriums wurden 249 Polizisten verletzt."
N5 = ("Auslöser der Unruhen ist der Tod des 17-jährigen Nahel M., den ein Polizist am Dienstag bei einer "
      "Verkehrskontrolle in Nanterre westlich von Paris aus nächster Nähe erschossen hatte.")
N6 = ("Gegen den 38-jährigen Beamten wurde am Donnerstag ein Ermittlungsverfahren wegen Totschlags eingeleitet, er "
      "sitzt in Untersuchungshaft.")
N7 = ("Präsident Emmanuel Macron verließ vorzeitig den EU-Gipfel in Brüssel und berief in Paris erneut einen "
      "Krisenstab ein.")
N8 = ("Der 45-Jährige rief Eltern dazu auf, ihre Kinder zu Hause zu behalten, und warf sozialen Netzwerken wie "
      "Snapchat vor, die Gewalt anzuheizen.")
N9 = "Der Onlinedienst müsse Inhalte löschen, die zu Ausschreitungen aufriefen, sagte er."
N10 = "Einen Ausnahmezustand verhängte die Regierung vorerst nicht."
N11 = ("Darmanin kündigte an, in der Nacht zum Samstag 45.000 Polizisten und Gendarmen einzusetzen, darunter "
       "Spezialeinheiten wie die RAID.")
N12 = "Mehrere Bürgermeister im Großraum Paris verhängten nächtliche Ausgangssperren, etwa in Clamart."
N13 = ("Die Mutter des Jungen hatte am Donnerstag Tausende Menschen zu einem Trauermarsch in Nanterre versammelt, "
       "der in Zusammenstößen mit der Polizei endete.")
N14 = ("Der Gründer der Linkspartei La France insoumise, Jean-Luc Mélenchon, weigerte sich, zur Ruhe aufzurufen, "
       "obwohl Nahels Familie um Besonnenheit gebeten hatte.")
N15 = ("Das UN-Menschenrechtsbüro in Genf forderte Frankreich auf, sich „ernsthaft mit den tief verwurzelten "
       "Problemen von Rassismus und Diskriminierung“ bei der Polizei zu befassen.")
N16 = "Das Außenministerium in Paris wies den Vorwurf als „völlig unbegründet“ zurück."
N17 = ("Premierministerin Élisabeth Borne sagte am Freitag, die Regierung prüfe „alle Optionen“, um die Ordnung "
       "wiederherzustellen.")

DE01 = {
    "id": "hm296-de-01", "lang": "de", "url": None, "published": "2023-06-30",
    "title": "Dritte Krawallnacht in Frankreich: 875 Festnahmen nach Tod von Nahel",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6], [N7, N8, N9, N10, N11, N12], [N13, N14, N15, N16, N17]),
    "events": [
        event("COERCE", FR_POLICE, RIOTERS, N1, mode="arrest", location_country="FRA"),
        event("PROTEST", RIOTERS, FR_GOV, N2, mode="riot", date="2023-06-30", location_country="FRA"),
        event("ASSAULT", FR_POLICE, RIOTERS, N3, mode="crowd-control", location="Nanterre", location_country="FRA"),
        event("ASSAULT", NAHEL_OFFICER, NAHEL, N5, mode="firearms", date="2023-06-27", location="Nanterre",
              location_country="FRA"),
        event("ACCUSE", NANTERRE_JUDGES, NAHEL_OFFICER, N6, mode="allege", date="2023-06-29"),
        event("COERCE", NANTERRE_JUDGES, NAHEL_OFFICER, N6, mode="arrest", date="2023-06-29"),
        event("REQUEST", MACRON, FR_PARENTS, N8),
        event("ACCUSE", MACRON, SNAPCHAT, N8, mode="disapprove"),
        event("REQUEST", MACRON, SNAPCHAT, N9, mode="change"),
        event("COERCE", FR_GOV, None, N10, mode="curfew", negated=True),
        event("MOBILIZE", DARMANIN, RIOTERS, N11, mode="police", location_country="FRA"),
        event("COERCE", FR_MAYORS, None, N12, mode="curfew", location_country="FRA"),
        event("PROTEST", NANTERRE_MARCHERS, FR_POLICE, N13, mode="demo", date="2023-06-29", location="Nanterre",
              location_country="FRA"),
        event("REJECT", MELENCHON, FR_GOV, N14),
        event("REQUEST", OHCHR, FR_GOV, N15, mode="change"),
    ],
    "quotes": [
        quote("Randalierer hätten in der Nacht zum Freitag Rathäuser, Polizeiwachen und Schulen angegriffen und Hunderte "
              "Autos in Brand gesetzt", "Gérald Darmanin", "indirect"),
        quote("Der Onlinedienst müsse Inhalte löschen, die zu Ausschreitungen aufriefen", "Emmanuel Macron", "indirect"),
        quote("in der Nacht zum Samstag 45.000 Polizisten und Gendarmen einzusetzen", "Gérald Darmanin", "indirect"),
        quote("ernsthaft mit den tief verwurzelten Problemen von Rassismus und Diskriminierung",
              "Office of the UN High Commissioner for Human Rights", "direct"),
        quote("sich „ernsthaft mit den tief verwurzelten Problemen von Rassismus und Diskriminierung“ bei der Polizei "
              "zu befassen", "Office of the UN High Commissioner for Human Rights", "indirect"),
        quote("völlig unbegründet", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("alle Optionen", "Élisabeth Borne", "direct"),
        quote("die Regierung prüfe „alle Optionen“, um die Ordnung wiederherzustellen", "Élisabeth Borne", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("French police", "ORG", "FRA", ["die Polizei", "die Beamten", "Polizisten", "der Polizei"]),
        entity("rioters in France", "PER", "FRA", ["Randalierer", "Gruppen junger Männer"]),
        entity("Gérald Darmanin", "PER", "FRA", ["Innenminister Gérald Darmanin", "Darmanin"]),
        entity("Ministry of the Interior of France", "ORG", "FRA", ["des Ministeriums"]),
        entity("Nanterre", "LOC", "FRA", ["Nanterre"]),
        entity("Lyon", "LOC", "FRA", ["Lyon"]),
        entity("Marseille", "LOC", "FRA", ["Marseille"]),
        entity("Nahel M.", "PER", "FRA", ["des 17-jährigen Nahel M.", "des Jungen", "Nahel"]),
        entity("police officer who shot Nahel M.", "PER", "FRA", ["ein Polizist", "den 38-jährigen Beamten"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Der 45-Jährige"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Snapchat", "ORG", "MNC", ["Snapchat", "Der Onlinedienst"]),
        entity("Government of France", "ORG", "FRA", ["die Regierung"]),
        entity("RAID", "ORG", "FRA", ["RAID"]),
        entity("French mayors", "PER", "FRA", ["Mehrere Bürgermeister"]),
        entity("Clamart", "LOC", "FRA", ["Clamart"]),
        entity("Mounia M.", "PER", "FRA", ["Die Mutter des Jungen"]),
        entity("family of Nahel M.", "PER", "FRA", ["Nahels Familie"]),
        entity("Jean-Luc Mélenchon", "PER", "FRA", ["Jean-Luc Mélenchon"]),
        entity("La France insoumise", "ORG", "FRA", ["Linkspartei La France insoumise"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das Außenministerium in Paris"]),
        entity("Élisabeth Borne", "PER", "FRA", ["Premierministerin Élisabeth Borne"]),
    ],
}

# ---------------------------------------------------------------- hm296-de-02 (Ukraine, Metropolitan Pavel under house arrest)
KYIV_COURT = actor("Solomianskyi District Court of Kyiv", "UKR", "JUD")
PAVEL = actor("Metropolitan Pavel", "UKR", "CVL")
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
UOC_BELIEVERS = actor("believers of the Ukrainian Orthodox Church", "UKR", "CVL")
UKR_MINCULT = actor("Ministry of Culture of Ukraine", "UKR", "GOV")
UOC = actor("Ukrainian Orthodox Church", "UKR", "CVL")
LAVRA_MONKS = actor("monks of the Kyiv Pechersk Lavra", "UKR", "CVL")
TKACHENKO = actor("Oleksandr Tkachenko", "UKR", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
PODOLYAK = actor("Mykhailo Podolyak", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

K1 = ("Kiew (dpa) - Ein Gericht in Kiew hat den Vorsteher des berühmten Höhlenklosters, Metropolit Pawlo, unter "
      "Hausarrest gestellt.")
K2 = ("Der Geistliche der Ukrainischen Orthodoxen Kirche dürfe sein Haus im Kiewer Umland 60 Tage lang nicht "
      "verlassen und müsse eine elektronische Fußfessel tragen, entschied das Solomjanskyj-Bezirksgericht am Samstag.")
K3 = ("Der Inlandsgeheimdienst SBU wirft dem 61-Jährigen vor, religiösen Hass geschürt und die russische Aggression "
      "gerechtfertigt zu haben.")
K4 = ("Das Höhlenkloster gehört zum Unesco-Welterbe und ist eines der wichtigsten Heiligtümer der orthodoxen "
      "Christen in der Ukraine.")
K5 = "Pawlo leitet das Kloster seit fast drei Jahrzehnten."
K6 = "Pawlo bestritt die Vorwürfe vor Gericht und sprach von einem „politischen Verfahren“."
K7 = "„Ich bin kein Verräter, ich habe mein Land nie verlassen“, sagte er vor Journalisten."
K8 = "Vor dem Gerichtsgebäude beteten Dutzende Gläubige und forderten seine Freilassung."
K9 = "Der Streit um das Kloster schwelt seit Wochen."
K10 = ("Das Kulturministerium hatte den Pachtvertrag mit der Kirche für die untere Lawra gekündigt und die Mönche "
       "aufgefordert, die Gebäude bis zum 29. März zu räumen.")
K11 = "Die Mönche weigerten sich jedoch, auszuziehen."
K12 = ("Kulturminister Olexandr Tkatschenko sagte, der Staat werde das Kloster nicht gewaltsam räumen lassen, sondern "
       "setze auf die Gerichte.")
K13 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf Kiew eine „Verfolgung der Orthodoxie“ "
       "vor.")
K14 = "Moskau missbrauche den Fall für seine Propaganda, entgegnete Präsidentenberater Mychajlo Podoljak."
K15 = ("Präsident Wolodymyr Selenskyj hatte im Dezember eine Überprüfung der Verbindungen der Kirche nach Moskau "
       "angeordnet.")
K16 = "Pawlo hatte Selenskyj Mitte März in einer Videobotschaft mit einem Fluch gedroht, sollte das Kloster geräumt werden."

DE02 = {
    "id": "hm296-de-02", "lang": "de", "url": None, "published": "2023-04-01",
    "title": "Hausarrest für Vorsteher des Kiewer Höhlenklosters",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15, K16]),
    "events": [
        event("COERCE", KYIV_COURT, PAVEL, K1, mode="arrest", location="Kyiv", location_country="UKR"),
        event("COERCE", KYIV_COURT, PAVEL, K2, mode="arrest", date="2023-04-01", location="Kyiv",
              location_country="UKR"),
        event("ACCUSE", SBU, PAVEL, K3, mode="allege"),
        event("ACCUSE", PAVEL, SBU, K6, mode="disapprove"),
        event("PROTEST", UOC_BELIEVERS, KYIV_COURT, K8, mode="demo", location="Kyiv", location_country="UKR"),
        event("SANCTION", UKR_MINCULT, UOC, K10, mode="discontinue"),
        event("REQUEST", UKR_MINCULT, LAVRA_MONKS, K10),
        event("REJECT", LAVRA_MONKS, UKR_MINCULT, K11),
        event("COERCE", TKACHENKO, LAVRA_MONKS, K12, negated=True),
        event("ACCUSE", ZAKHAROVA, UKR_GOV, K13, mode="disapprove"),
        event("ACCUSE", PODOLYAK, RUS_GOV, K14, mode="disapprove"),
        event("ACCUSE", ZELENSKY, UOC, K15, mode="investigate"),
        event("THREATEN", PAVEL, ZELENSKY, K16),
    ],
    "quotes": [
        quote("Der Geistliche der Ukrainischen Orthodoxen Kirche dürfe sein Haus im Kiewer Umland 60 Tage lang nicht "
              "verlassen und müsse eine elektronische Fußfessel tragen", "Solomianskyi District Court of Kyiv",
              "indirect"),
        quote("religiösen Hass geschürt und die russische Aggression gerechtfertigt zu haben",
              "Security Service of Ukraine", "indirect"),
        quote("politischen Verfahren", "Metropolitan Pavel", "direct"),
        quote("Ich bin kein Verräter, ich habe mein Land nie verlassen", "Metropolitan Pavel", "direct"),
        quote("der Staat werde das Kloster nicht gewaltsam räumen lassen, sondern setze auf die Gerichte",
              "Oleksandr Tkachenko", "indirect"),
        quote("Verfolgung der Orthodoxie", "Maria Zakharova", "direct"),
        quote("Moskau missbrauche den Fall für seine Propaganda", "Mykhailo Podolyak", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Solomianskyi District Court of Kyiv", "ORG", "UKR", ["Ein Gericht in Kiew",
                                                                     "das Solomjanskyj-Bezirksgericht"]),
        entity("Kyiv Pechersk Lavra", "LOC", "UKR", ["des berühmten Höhlenklosters", "Das Höhlenkloster", "das Kloster",
                                                     "die untere Lawra"]),
        entity("Metropolitan Pavel", "PER", "UKR", ["Metropolit Pawlo", "Der Geistliche der Ukrainischen Orthodoxen Kirche",
                                                    "dem 61-Jährigen", "Pawlo"]),
        entity("Ukrainian Orthodox Church", "ORG", "UKR", ["Ukrainischen Orthodoxen Kirche", "der Kirche"]),
        entity("Kyiv Oblast", "LOC", "UKR", ["Kiewer Umland"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Der Inlandsgeheimdienst SBU"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("UNESCO", "ORG", "UNO", ["Unesco"]),
        entity("believers of the Ukrainian Orthodox Church", "PER", "UKR", ["Dutzende Gläubige"]),
        entity("Ministry of Culture of Ukraine", "ORG", "UKR", ["Das Kulturministerium"]),
        entity("monks of the Kyiv Pechersk Lavra", "PER", "UKR", ["die Mönche", "Die Mönche"]),
        entity("Oleksandr Tkachenko", "PER", "UKR", ["Kulturminister Olexandr Tkatschenko"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Staat"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Mykhailo Podolyak", "PER", "UKR", ["Präsidentenberater Mychajlo Podoljak"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyj"]),
    ],
}

# ---------------------------------------------------------------- hm296-de-03 (Turkey, journalist Fatih Altaylı remanded)
IST_COURT = actor("Istanbul criminal court of peace", "TUR", "JUD")
ALTAYLI = actor("Fatih Altaylı", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
IST_PROSECUTOR = actor("Istanbul Chief Public Prosecutor's Office", "TUR", "JUD")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
IST_JOURNALISTS = actor("journalists in Istanbul", "TUR", "CVL")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
SANCHEZ_AMOR = actor("Nacho Sánchez Amor", "EUR", "LEG")
TUR_AUTH = actor("Turkish authorities", "TUR", "GOV")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "GOV")

T1 = ("Istanbul (AFP) - Ein Gericht in Istanbul hat den bekannten türkischen Journalisten Fatih Altaylı wegen "
      "angeblicher Drohungen gegen Präsident Recep Tayyip Erdoğan in Untersuchungshaft geschickt.")
T2 = "Der 62-Jährige war am Sonntag in seinem Haus in Istanbul von der Polizei festgenommen worden."
T3 = ("Die Istanbuler Oberstaatsanwaltschaft wirft ihm vor, in seiner YouTube-Sendung „den Präsidenten bedroht“ zu "
      "haben.")
T4 = ("Altaylı hatte in der Sendung über eine Umfrage zu Erdoğans Amtszeit gesprochen und dabei an die Geschichte "
      "des Osmanischen Reiches erinnert.")
T5 = "„Dieses Volk hat Sultane, die es nicht mochte, erdrosselt“, sagte er nach Angaben der Anklage."
T6 = ("Altaylı habe lediglich eine historische Tatsache beschrieben und niemanden bedroht, sagte sein Anwalt nach "
      "der Anhörung in der Nacht zum Montag.")
T7 = ("Der Vorsitzende der oppositionellen Republikanischen Volkspartei (CHP), Özgür Özel, verurteilte die Festnahme "
      "und forderte die sofortige Freilassung des Journalisten.")
T8 = "„Wer Journalisten einsperrt, hat Angst vor der Wahrheit“, schrieb Özel auf der Plattform X."
T9 = ("Vor dem Justizpalast in Çağlayan versammelten sich am Montag mehrere Dutzend Journalisten zu einer "
      "Solidaritätskundgebung.")
T10 = "Die Polizei ließ die Kundgebung gewähren und nahm niemanden fest."
T11 = ("Reporter ohne Grenzen (RSF) sprach von einem „weiteren Schlag gegen die Pressefreiheit“ und verlangte von "
       "der Staatsanwaltschaft, die Anklage fallen zu lassen.")
T12 = ("Der Türkei-Berichterstatter des Europaparlaments, Nacho Sánchez Amor, warf Ankara vor, kritische Stimmen "
       "systematisch zum Schweigen zu bringen.")
T13 = ("Justizminister Yılmaz Tunç wies die Kritik zurück: Die türkische Justiz sei unabhängig, niemand werde wegen "
       "seiner Meinung verfolgt.")
T14 = ("Altaylı, früher Chefredakteur der Zeitung „Habertürk“, erreicht mit seinem YouTube-Kanal mehr als eine "
       "Million Abonnenten.")
T15 = ("Seit die Behörden im März den Istanbuler Bürgermeister Ekrem İmamoğlu festnehmen ließen, sind in der Türkei "
       "Dutzende Journalisten in Gewahrsam genommen worden.")
T16 = "Ankara bestreitet, gezielt gegen kritische Medien vorzugehen."

DE03 = {
    "id": "hm296-de-03", "lang": "de", "url": None, "published": "2025-06-23",
    "title": "Türkischer Journalist Altaylı wegen angeblicher Drohung gegen Erdoğan in U-Haft",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("COERCE", IST_COURT, ALTAYLI, T1, mode="arrest", location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, ALTAYLI, T2, mode="arrest", date="2025-06-22", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", IST_PROSECUTOR, ALTAYLI, T3, mode="allege"),
        event("ACCUSE", OZEL, TUR_GOV, T7, mode="disapprove"),
        event("REQUEST", OZEL, TUR_GOV, T7, mode="yield"),
        event("ACCUSE", OZEL, TUR_GOV, T8, mode="disapprove"),
        event("PROTEST", IST_JOURNALISTS, TUR_GOV, T9, mode="demo", date="2025-06-23", location="Istanbul",
              location_country="TUR"),
        event("COERCE", TUR_POLICE, IST_JOURNALISTS, T10, mode="arrest", negated=True),
        event("ACCUSE", RSF, TUR_GOV, T11, mode="disapprove"),
        event("REQUEST", RSF, IST_PROSECUTOR, T11, mode="yield"),
        event("ACCUSE", SANCHEZ_AMOR, TUR_GOV, T12, mode="disapprove"),
        event("COERCE", TUR_AUTH, IMAMOGLU, T15, mode="arrest"),
    ],
    "quotes": [
        quote("in seiner YouTube-Sendung „den Präsidenten bedroht“ zu haben", "Istanbul Chief Public Prosecutor's Office",
              "indirect"),
        quote("den Präsidenten bedroht", "Istanbul Chief Public Prosecutor's Office", "direct"),
        quote("Dieses Volk hat Sultane, die es nicht mochte, erdrosselt", "Fatih Altaylı", "direct"),
        quote("Altaylı habe lediglich eine historische Tatsache beschrieben und niemanden bedroht",
              "lawyer of Fatih Altaylı", "indirect"),
        quote("Wer Journalisten einsperrt, hat Angst vor der Wahrheit", "Özgür Özel", "direct"),
        quote("weiteren Schlag gegen die Pressefreiheit", "Reporters Without Borders", "direct"),
        quote("kritische Stimmen systematisch zum Schweigen zu bringen", "Nacho Sánchez Amor", "indirect"),
        quote("Die türkische Justiz sei unabhängig, niemand werde wegen seiner Meinung verfolgt", "Yılmaz Tunç",
              "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Istanbul criminal court of peace", "ORG", "TUR", ["Ein Gericht in Istanbul"]),
        entity("Fatih Altaylı", "PER", "TUR", ["den bekannten türkischen Journalisten Fatih Altaylı", "Der 62-Jährige",
                                               "Altaylı", "des Journalisten"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğans",
                                                      "den Präsidenten"]),
        entity("Turkish police", "ORG", "TUR", ["der Polizei", "Die Polizei"]),
        entity("Istanbul Chief Public Prosecutor's Office", "ORG", "TUR", ["Die Istanbuler Oberstaatsanwaltschaft",
                                                                           "der Anklage", "der Staatsanwaltschaft"]),
        entity("YouTube", "ORG", "MNC", ["YouTube"]),
        entity("Ottoman Empire", "LOC", None, ["des Osmanischen Reiches"]),
        entity("lawyer of Fatih Altaylı", "PER", "TUR", ["sein Anwalt"]),
        entity("Özgür Özel", "PER", "TUR", ["Özgür Özel", "Özel"]),
        entity("Republican People's Party", "ORG", "TUR", ["Republikanischen Volkspartei (CHP)"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Çağlayan Courthouse", "LOC", "TUR", ["dem Justizpalast in Çağlayan"]),
        entity("journalists in Istanbul", "PER", "TUR", ["mehrere Dutzend Journalisten"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen (RSF)"]),
        entity("Nacho Sánchez Amor", "PER", "EUR", ["Der Türkei-Berichterstatter des Europaparlaments, Nacho Sánchez Amor"]),
        entity("European Parliament", "ORG", "EUR", ["des Europaparlaments"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara"]),
        entity("Yılmaz Tunç", "PER", "TUR", ["Justizminister Yılmaz Tunç"]),
        entity("Habertürk", "ORG", "TUR", ["Habertürk"]),
        entity("Turkish authorities", "ORG", "TUR", ["die Behörden"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["den Istanbuler Bürgermeister Ekrem İmamoğlu"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei"]),
    ],
}

# ---------------------------------------------------------------- hm296-de-04 (Russia, incursion into the Belgorod region)
RUS_ARMY = actor("Russian armed forces", "RUS", "MIL")
LEGION = actor("Freedom of Russia Legion", "RUS", "REB")
RDK = actor("Russian Volunteer Corps", "RUS", "REB")
RUSSIA = actor("Russia", "RUS", "GOV")
GLADKOV = actor("Vyacheslav Gladkov", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
UKR_ARMY = actor("Ukrainian armed forces", "UKR", "MIL")

B1 = ("Moskau (dpa) - Nach dem Eindringen bewaffneter Kämpfer in die russische Grenzregion Belgorod hat das "
      "Verteidigungsministerium in Moskau die Niederschlagung des Angriffs gemeldet.")
B2 = ("Mehr als 70 „ukrainische Nationalisten“ seien durch Luftangriffe, Artilleriefeuer und Einheiten des "
      "Grenzschutzes getötet, die übrigen auf ukrainisches Gebiet zurückgedrängt worden, teilte das Ministerium am "
      "Dienstag mit.")
B3 = ("Die Kämpfer hatten am Montag mit Panzerfahrzeugen die Grenze beim Kreis Graiworon überquert und mehrere "
      "Dörfer unter Beschuss genommen.")
B4 = ("Gouverneur Wjatscheslaw Gladkow verhängte daraufhin für das gesamte Gebiet das Regime einer "
      "„Anti-Terror-Operation“, das Fahrzeugkontrollen und Einschränkungen der Bewegungsfreiheit erlaubt.")
B5 = "Am Dienstagabend hob er es wieder auf."
B6 = "Nach Angaben Gladkows wurden mindestens zwölf Zivilisten verletzt, eine ältere Frau starb während der Evakuierung."
B7 = ("Zu dem Vorstoß bekannten sich die „Legion Freiheit Russlands“ und das „Russische Freiwilligenkorps“, zwei "
      "Verbände russischer Staatsbürger, die auf ukrainischer Seite kämpfen.")
B8 = "Sie wollten Russland vom „Regime Putins“ befreien, hieß es in einer Videobotschaft."
B9 = ("Kremlsprecher Dmitri Peskow sagte, der Angriff solle von der Lage um Bachmut ablenken, und machte Kiew dafür "
      "verantwortlich.")
B10 = "Präsident Wladimir Putin werde fortlaufend unterrichtet."
B11 = "Kiew bestritt jede Beteiligung."
B12 = ("Bei den Kämpfern handle es sich um russische Bürger, die gegen das Putin-Regime kämpften, sagte der Sprecher "
       "des ukrainischen Militärgeheimdienstes, Andrij Jussow.")
B13 = ("Auf Videos aus dem Grenzgebiet waren auch gepanzerte Fahrzeuge amerikanischer Bauart zu sehen, mit denen "
       "die Angreifer unterwegs gewesen sein sollen.")
B14 = ("Washington ermutige keine Angriffe auf russisches Gebiet, sagte der Sprecher des US-Außenministeriums, "
       "Matthew Miller.")
B15 = "Gladkow meldete am Dienstag zudem Schäden an Dutzenden Häusern im Gebiet Belgorod."
B16 = ("Das Verteidigungsministerium verlegte nach Angaben russischer Militärblogger zusätzliche Einheiten in das "
       "Grenzgebiet.")

DE04 = {
    "id": "hm296-de-04", "lang": "de", "url": None, "published": "2023-05-23",
    "title": "Moskau meldet Abwehr des Vorstoßes in Region Belgorod",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8], [B9, B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("ASSAULT", RUS_ARMY, LEGION, B2, mode="aerial", location="Belgorod region", location_country="RUS"),
        event("ASSAULT", RUS_ARMY, RDK, B2, mode="aerial", location="Belgorod region", location_country="RUS"),
        event("ASSAULT", LEGION, RUSSIA, B3, mode="heavy-weapons", date="2023-05-22", location="Graivoron",
              location_country="RUS"),
        event("ASSAULT", RDK, RUSSIA, B3, mode="heavy-weapons", date="2023-05-22", location="Graivoron",
              location_country="RUS"),
        event("COERCE", GLADKOV, None, B4, mode="curfew", location="Belgorod region", location_country="RUS"),
        event("CONCEDE", GLADKOV, None, B5, date="2023-05-23", location="Belgorod region", location_country="RUS"),
        event("ASSAULT", LEGION, RUSSIA, B7, location="Belgorod region", location_country="RUS"),
        event("ASSAULT", RDK, RUSSIA, B7, location="Belgorod region", location_country="RUS"),
        event("ACCUSE", PESKOV, UKR_GOV, B9, mode="allege"),
        event("MOBILIZE", RUS_ARMY, None, B16, mode="troops", location="Belgorod region", location_country="RUS"),
    ],
    "quotes": [
        quote("Mehr als 70 „ukrainische Nationalisten“ seien durch Luftangriffe, Artilleriefeuer und Einheiten des "
              "Grenzschutzes getötet, die übrigen auf ukrainisches Gebiet zurückgedrängt worden",
              "Ministry of Defence of Russia", "indirect"),
        quote("ukrainische Nationalisten", "Ministry of Defence of Russia", "direct"),
        quote("Anti-Terror-Operation", "Vyacheslav Gladkov", "direct"),
        quote("mindestens zwölf Zivilisten verletzt, eine ältere Frau starb während der Evakuierung",
              "Vyacheslav Gladkov", "indirect"),
        quote("Sie wollten Russland vom „Regime Putins“ befreien", "Freedom of Russia Legion", "indirect"),
        quote("Regime Putins", "Freedom of Russia Legion", "direct"),
        quote("der Angriff solle von der Lage um Bachmut ablenken", "Dmitry Peskov", "indirect"),
        quote("Präsident Wladimir Putin werde fortlaufend unterrichtet", "Dmitry Peskov", "indirect"),
        quote("Bei den Kämpfern handle es sich um russische Bürger, die gegen das Putin-Regime kämpften",
              "Andriy Yusov", "indirect"),
        quote("Washington ermutige keine Angriffe auf russisches Gebiet", "Matthew Miller", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("fighters who entered the Belgorod region", "ORG", "RUS", ["bewaffneter Kämpfer", "Die Kämpfer",
                                                                         "den Kämpfern", "die Angreifer"]),
        entity("Belgorod region", "LOC", "RUS", ["die russische Grenzregion Belgorod", "das gesamte Gebiet",
                                                 "Gebiet Belgorod"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Verteidigungsministerium in Moskau", "das Ministerium",
                                                               "Das Verteidigungsministerium"]),
        entity("Ukraine", "LOC", "UKR", ["ukrainisches Gebiet"]),
        entity("Graivoron", "LOC", "RUS", ["beim Kreis Graiworon"]),
        entity("Vyacheslav Gladkov", "PER", "RUS", ["Gouverneur Wjatscheslaw Gladkow", "Gladkows", "Gladkow"]),
        entity("Freedom of Russia Legion", "ORG", "RUS", ["Legion Freiheit Russlands"]),
        entity("Russian Volunteer Corps", "ORG", "RUS", ["Russische Freiwilligenkorps"]),
        entity("Russia", "LOC", "RUS", ["Russland", "russisches Gebiet"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putins", "Präsident Wladimir Putin", "Putin-Regime"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Bakhmut", "LOC", "UKR", ["Bachmut"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Andriy Yusov", "PER", "UKR", ["der Sprecher des ukrainischen Militärgeheimdienstes, Andrij Jussow"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR", ["des ukrainischen Militärgeheimdienstes"]),
        entity("U.S. Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Matthew Miller", "PER", "USA", ["der Sprecher des US-Außenministeriums, Matthew Miller"]),
        entity("Russian military bloggers", "PER", "RUS", ["russischer Militärblogger"]),
    ],
}

# ---------------------------------------------------------------- hm296-en-01 (Russia/Ukraine, Bakhmut)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
WAGNER = actor("Wagner Group", "RUS", "MIL")
PRIGOZHIN = actor("Yevgeny Prigozhin", "RUS", "MIL")
MALIAR = actor("Hanna Maliar", "UKR", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
GRUSHKO = actor("Alexander Grushko", "RUS", "GOV")
SHOIGU = actor("Sergei Shoigu", "RUS", "GOV")
GERASIMOV = actor("Valery Gerasimov", "RUS", "MIL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")
KYRYLENKO = actor("Pavlo Kyrylenko", "UKR", "GOV")

E1 = ("KYIV/MOSCOW, May 21 (Reuters) - Russian President Vladimir Putin on Sunday congratulated the Wagner mercenary "
      "group and the Russian army on capturing the eastern Ukrainian city of Bakhmut, while Kyiv insisted its troops "
      "were still fighting in and around the ruined city.")
E2 = ('Wagner chief Yevgeny Prigozhin, standing in front of fighters holding Russian flags, said in a video on '
      'Saturday that his men had taken "the whole of Bakhmut" after a battle lasting 224 days.')
E3 = ("He said Wagner would hand over its positions to the regular army on May 25 and pull its fighters back to "
      "field camps to rest and regroup.")
E4 = ('The Russian defence ministry said that "Artyomovsk", the Soviet-era name of Bakhmut, had been "liberated" by '
      'Wagner assault units.')
E5 = ("Ukraine's Deputy Defence Minister Hanna Maliar said fierce fighting was continuing and that Ukrainian forces "
      "still held a small area in the southwest of the city.")
E7 = ("At the Group of Seven summit in Hiroshima, President Volodymyr Zelenskiy caused confusion when reporters asked "
      "him whether Bakhmut was still in Ukrainian hands.")
E8 = '"I think no," he said, adding: "For today, Bakhmut is only in our hearts."'
E9 = "His spokesman Serhiy Nykyforov later said the president had denied that the city had been captured."
E10 = ("Zelenskiy met U.S. President Joe Biden on the sidelines of the summit, and Biden announced a new $375 million "
       "military aid package including ammunition, artillery and armoured vehicles.")
E11 = ("Biden also told Zelenskiy that Washington would support training Ukrainian pilots on F-16 fighter jets, "
       "reversing months of resistance.")
E12 = ('Russian Deputy Foreign Minister Alexander Grushko warned that Western countries would run "enormous risks" '
       'if they supplied the jets to Kyiv.')
E13 = ("Prigozhin has repeatedly accused Defence Minister Sergei Shoigu and Chief of the General Staff Valery "
       "Gerasimov of starving his forces of ammunition, and earlier this month threatened to pull Wagner out of "
       "Bakhmut.")
E14 = ("In Kostiantynivka, west of Bakhmut, Russian shelling overnight killed one civilian and damaged a school, "
       "regional governor Pavlo Kyrylenko said.")
E15 = ("Bakhmut, which had a pre-war population of about 70,000, has been largely destroyed in the longest battle "
       "since Russia's full-scale invasion in February 2022.")

EN01 = {
    "id": "hm296-en-01", "lang": "en", "url": None, "published": "2023-05-21",
    "title": "Putin congratulates Wagner on Bakhmut, Kyiv says fighting goes on",
    "text": paragraphs([E1], [E2, E3, E4], [E5], [E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("SUPPORT", PUTIN, WAGNER, E1, date="2023-05-21"),
        event("SUPPORT", PUTIN, RUS_ARMY, E1, date="2023-05-21"),
        event("ASSAULT", WAGNER, UKR_ARMY, E2, location="Bakhmut", location_country="UKR"),
        event("CONCEDE", WAGNER, None, E3, location="Bakhmut", location_country="UKR"),
        event("ASSAULT", WAGNER, UKR_ARMY, E4, location="Bakhmut", location_country="UKR"),
        event("ASSAULT", UKR_ARMY, RUS_ARMY, E5, location="Bakhmut", location_country="UKR"),
        event("CONSULT", ZELENSKY, BIDEN, E10, mode="multilateral", date="2023-05-21", location="Hiroshima",
              location_country="JPN"),
        event("AID", BIDEN, UKR_GOV, E10, date="2023-05-21"),
        event("AGREE", BIDEN, ZELENSKY, E11),
        event("THREATEN", GRUSHKO, None, E12),
        event("ACCUSE", PRIGOZHIN, SHOIGU, E13, mode="disapprove"),
        event("ACCUSE", PRIGOZHIN, GERASIMOV, E13, mode="disapprove"),
        event("THREATEN", PRIGOZHIN, RUS_MOD, E13),
        event("ACCUSE", KYRYLENKO, RUS_ARMY, E14, mode="allege"),
    ],
    "quotes": [
        quote("its troops were still fighting in and around the ruined city", "Government of Ukraine", "indirect"),
        quote('his men had taken "the whole of Bakhmut" after a battle lasting 224 days', "Yevgeny Prigozhin",
              "indirect"),
        quote("the whole of Bakhmut", "Yevgeny Prigozhin", "direct"),
        quote("Wagner would hand over its positions to the regular army on May 25 and pull its fighters back to field "
              "camps to rest and regroup", "Yevgeny Prigozhin", "indirect"),
        quote('"Artyomovsk", the Soviet-era name of Bakhmut, had been "liberated" by Wagner assault units', "Ministry of Defence of Russia", "indirect"),
        quote("Artyomovsk", "Ministry of Defence of Russia", "direct"),
        quote("liberated", "Ministry of Defence of Russia", "direct"),
        quote("fierce fighting was continuing and that Ukrainian forces still held a small area in the southwest of the "
              "city", "Hanna Maliar", "indirect"),
        quote("I think no", "Volodymyr Zelensky", "direct"),
        quote("For today, Bakhmut is only in our hearts", "Volodymyr Zelensky", "direct"),
        quote("the president had denied that the city had been captured", "Serhiy Nykyforov", "indirect"),
        quote("Washington would support training Ukrainian pilots on F-16 fighter jets", "Joe Biden", "indirect"),
        quote('Western countries would run "enormous risks" if they supplied the jets to Kyiv', "Alexander Grushko",
              "indirect"),
        quote("enormous risks", "Alexander Grushko", "direct"),
        quote("Russian shelling overnight killed one civilian and damaged a school", "Pavlo Kyrylenko", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["KYIV"]),
        entity("Moscow", "LOC", "RUS", ["MOSCOW"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("Wagner Group", "ORG", "RUS", ["the Wagner mercenary group", "Wagner", "his men",
                                              "Wagner assault units", "his forces"]),
        entity("Russian armed forces", "ORG", "RUS", ["the Russian army", "the regular army"]),
        entity("Bakhmut", "LOC", "UKR", ["the eastern Ukrainian city of Bakhmut", "the ruined city", "Bakhmut",
                                         "Artyomovsk", "the city"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kyiv"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["its troops", "Ukrainian forces"]),
        entity("Yevgeny Prigozhin", "PER", "RUS", ["Wagner chief Yevgeny Prigozhin", "Prigozhin"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["The Russian defence ministry"]),
        entity("Hanna Maliar", "PER", "UKR", ["Ukraine's Deputy Defence Minister Hanna Maliar"]),
        entity("Group of Seven", "ORG", "IGO", ["the Group of Seven summit", "the summit"]),
        entity("Hiroshima", "LOC", "JPN", ["Hiroshima"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "Zelenskiy", "the president"]),
        entity("Serhiy Nykyforov", "PER", "UKR", ["His spokesman Serhiy Nykyforov"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Alexander Grushko", "PER", "RUS", ["Russian Deputy Foreign Minister Alexander Grushko"]),
        entity("Western countries", "ORG", None, ["Western countries"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Defence Minister Sergei Shoigu"]),
        entity("Valery Gerasimov", "PER", "RUS", ["Chief of the General Staff Valery Gerasimov"]),
        entity("Kostiantynivka", "LOC", "UKR", ["Kostiantynivka"]),
        entity("Pavlo Kyrylenko", "PER", "UKR", ["regional governor Pavlo Kyrylenko"]),
        entity("Russia", "LOC", "RUS", ["Russia's"]),
    ],
}

# ---------------------------------------------------------------- hm296-en-02 (Georgia, foreign agents bill withdrawn)
GEORGIAN_DREAM = actor("Georgian Dream", "GEO", "PTY")
PEOPLES_POWER = actor("People's Power", "GEO", "PTY")
GEO_POLICE = actor("Georgian police", "GEO", "COP")
TBILISI_PROTESTERS = actor("protesters in Tbilisi", "GEO", "CVL")
GEO_OPPOSITION = actor("Georgian opposition", "GEO", "OPP")
GEO_PARLIAMENT = actor("Parliament of Georgia", "GEO", "LEG")
GEO_GOV = actor("Government of Georgia", "GEO", "GOV")
ZOURABICHVILI = actor("Salome Zourabichvili", "GEO", "GOV")
GARIBASHVILI = actor("Irakli Garibashvili", "GEO", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
US_EMBASSY_GEO = actor("U.S. Embassy in Tbilisi", "USA", "GOV")

G1 = ("TBILISI, March 9 (Reuters) - Georgia's ruling Georgian Dream party said on Thursday it would withdraw a draft "
      "law on foreign agents after two nights of protests in Tbilisi, in which police fired tear gas and water cannon "
      "at thousands of demonstrators.")
G2 = "Critics say the bill mirrors a Russian law that has been used to crush dissent and silence independent media."
G3 = ('In a joint statement with its junior ally People\'s Power, the party said it wanted to reduce "confrontation" '
      'in society, but it accused the "radical opposition" of spreading lies about the bill.')
G4 = ("The draft, which would have required organisations receiving more than 20% of their funding from abroad to "
      "register as foreign agents, passed its first reading in parliament on Tuesday.")
G5 = ("Protesters hurled petrol bombs and stones at police outside the parliament building on Rustaveli Avenue, and "
      "some tried to break into the building.")
G6 = ("The interior ministry said 133 people had been detained over the two nights and about 50 police officers "
      "had been injured.")
G7 = ("Thousands of people, many waving EU and Georgian flags, gathered again outside parliament on Thursday evening, "
      "saying they would not leave until the bill was formally voted down and all detainees were freed.")
G8 = ("President Salome Zourabichvili, who had vowed to veto the law, welcomed the "
      "party's decision.")
G9 = ('Prime Minister Irakli Garibashvili had defended the bill earlier in the week, saying it met "European and '
      'American standards", and accused the opposition of stirring up unrest.')
G10 = "Opposition parties said the withdrawal was not enough and demanded the release of everyone arrested."
G11 = ("The European Union's foreign policy chief Josep Borrell welcomed the announcement and urged Georgia's "
       "leaders to resume reforms needed for the country's EU membership bid.")
G12 = "Georgia applied for EU membership together with Ukraine and Moldova after Russia's invasion of Ukraine."
G13 = ('The U.S. embassy in Tbilisi had called the bill\'s passage in the first reading "a dark day for Georgia\'s '
       'democracy".')
G14 = ('Kremlin spokesman Dmitry Peskov denied any Russian link to the bill and said "someone\'s hand" was trying to '
       'provoke anti-Russian sentiment in Georgia.')
G15 = ("Georgia, which fought a brief war with Russia in 2008, was granted a European perspective by EU leaders last "
       "June but not the candidate status it had sought.")

EN02 = {
    "id": "hm296-en-02", "lang": "en", "url": None, "published": "2023-03-09",
    "title": "Georgia's ruling party drops 'foreign agents' bill after protests",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10], [G11, G12, G13], [G14, G15]),
    "events": [
        event("CONCEDE", GEORGIAN_DREAM, TBILISI_PROTESTERS, G1, date="2023-03-09"),
        event("ASSAULT", GEO_POLICE, TBILISI_PROTESTERS, G1, mode="crowd-control", location="Tbilisi",
              location_country="GEO"),
        event("ACCUSE", GEORGIAN_DREAM, GEO_OPPOSITION, G3, mode="allege"),
        event("PROTEST", TBILISI_PROTESTERS, GEO_PARLIAMENT, G5, mode="riot", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GEO_POLICE, TBILISI_PROTESTERS, G6, mode="arrest", location="Tbilisi", location_country="GEO"),
        event("PROTEST", TBILISI_PROTESTERS, GEO_PARLIAMENT, G7, mode="demo", date="2023-03-09", location="Tbilisi",
              location_country="GEO"),
        event("SUPPORT", ZOURABICHVILI, GEORGIAN_DREAM, G8),
        event("ACCUSE", GARIBASHVILI, GEO_OPPOSITION, G9, mode="allege"),
        event("REQUEST", GEO_OPPOSITION, GEO_GOV, G10, mode="yield"),
        event("SUPPORT", BORRELL, GEORGIAN_DREAM, G11),
        event("REQUEST", BORRELL, GEO_GOV, G11, mode="change"),
        event("ACCUSE", US_EMBASSY_GEO, GEO_PARLIAMENT, G13, mode="disapprove"),
        event("ACCUSE", PESKOV, None, G14, mode="allege"),
    ],
    "quotes": [
        quote("it would withdraw a draft law on foreign agents", "Georgian Dream", "indirect"),
        quote('it wanted to reduce "confrontation" in society', "Georgian Dream", "indirect"),
        quote("confrontation", "Georgian Dream", "direct"),
        quote("radical opposition", "Georgian Dream", "direct"),
        quote("133 people had been detained over the two nights and about 50 police officers had been injured",
              "Ministry of Internal Affairs of Georgia", "indirect"),
        quote("they would not leave until the bill was formally voted down and all detainees were freed",
              "protesters in Tbilisi", "indirect"),
        quote('it met "European and American standards"', "Irakli Garibashvili", "indirect"),
        quote("European and American standards", "Irakli Garibashvili", "direct"),
        quote("the withdrawal was not enough", "Georgian opposition", "indirect"),
        quote("a dark day for Georgia's democracy", "U.S. Embassy in Tbilisi", "direct"),
        quote('"someone\'s hand" was trying to provoke anti-Russian sentiment in Georgia', "Dmitry Peskov",
              "indirect"),
        quote("someone's hand", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Tbilisi", "LOC", "GEO", ["TBILISI", "Tbilisi"]),
        entity("Georgia", "LOC", "GEO", ["Georgia's ruling", "Georgia, which", "Georgia's democracy",
                                         "sentiment in Georgia", "the country"]),
        entity("Georgian Dream", "ORG", "GEO", ["Georgian Dream party", "the party", "the party's"]),
        entity("Georgian police", "ORG", "GEO", ["police"]),
        entity("protesters in Tbilisi", "PER", "GEO", ["thousands of demonstrators", "Protesters",
                                                       "Thousands of people"]),
        entity("People's Power", "ORG", "GEO", ["its junior ally People's Power"]),
        entity("Russia", "LOC", "RUS", ["Russia in 2008", "Russia's invasion"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine and Moldova", "invasion of Ukraine"]),
        entity("Moldova", "LOC", "MDA", ["Moldova"]),
        entity("Georgian opposition", "ORG", "GEO", ["radical opposition", "the opposition", "Opposition parties"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["parliament", "the parliament building"]),
        entity("Rustaveli Avenue", "LOC", "GEO", ["Rustaveli Avenue"]),
        entity("Ministry of Internal Affairs of Georgia", "ORG", "GEO", ["The interior ministry"]),
        entity("European Union", "ORG", "EUR", ["EU", "The European Union's"]),
        entity("Salome Zourabichvili", "PER", "GEO", ["President Salome Zourabichvili"]),
        entity("Irakli Garibashvili", "PER", "GEO", ["Prime Minister Irakli Garibashvili"]),
        entity("Josep Borrell", "PER", "EUR", ["foreign policy chief Josep Borrell"]),
        entity("Government of Georgia", "ORG", "GEO", ["Georgia's leaders"]),
        entity("U.S. Embassy in Tbilisi", "ORG", "USA", ["The U.S. embassy in Tbilisi"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
