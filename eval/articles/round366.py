"""Round 366: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm366-de-01: Chile: nationwide blackout hits 14 of 16 regions; the government declares a state of emergency and a night curfew, troops and Carabineros patrol, more than 100 curfew arrests, Boric blames the power companies and vows accountability, Pardow accuses ISA InterChile, the SEC opens proceedings, the Republicans demand Pardow's resignation, curfew lifted next morning (2025-02-26).
- hm366-de-02: Colombia/China: Petro meets Xi in Beijing and signs Colombia's entry into the Belt and Road Initiative after the China-CELAC forum; the US State Department threatens to oppose IDB loans for Chinese projects, Beijing's foreign ministry hits back, Paloma Valencia attacks Petro and asks Sarabia for the text, the January deportation-flight row recalled (2025-05-15).
- hm366-de-03: Venezuela: ex-oil minister Tareck El Aissami arrested in the PDVSA-crypto corruption case together with Simón Zerpa and Samark López; Saab accuses them of treason and collusion with Washington, Maduro backs the inquiry, US sanctions and indictment recalled, Guanipa accuses the government (2024-04-10).
- hm366-de-04: Argentina: Judge Julián Ercolini bars ex-president Alberto Fernández from leaving the country and imposes a restraining order after Fabiola Yáñez's domestic-violence complaint; Fernández denies and pledges cooperation, Adorni and Milei attack, Peronists demand he quit as party chief, Ni Una Menos calls a rally (2024-08-07).
- hm366-en-01: Brazil: a man blows himself up outside the Supreme Court in Brasília after his car explodes; Federal Police treat it as terrorism, house searched, Moraes links it to far-right hate speech and rejects an amnesty, Bolsonaro and the Liberal Party condemn it, Lula receives Barroso, the square sealed off (2024-11-14).
- hm366-en-02: Ecuador: gunmen kill 11 soldiers in an ambush in Alto Punino (Orellana) after seizures of illegal mining equipment; the army blames the Comandos de la Frontera, Noboa declares mourning and vows punishment, Loffredo sends special forces, Colombia condemns and offers cooperation, prosecutors investigate (2025-05-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm366-de-01 (Chile, nationwide blackout)
CHL_GOV = actor("Government of Chile", "CHL", "GOV")
TOHA = actor("Carolina Tohá", "CHL", "GOV")
CHL_MIL = actor("Chilean Armed Forces", "CHL", "MIL")
CARABINEROS = actor("Carabineros de Chile", "CHL", "COP")
CURFEW_DETAINEES = actor("people detained for breaking the curfew", "CHL", "CVL")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
POWER_COS = actor("Chilean power companies", "CHL", "BUS")
PARDOW = actor("Diego Pardow", "CHL", "GOV")
ISA_INTERCHILE = actor("ISA InterChile", "CHL", "BUS")
SEC = actor("Superintendency of Electricity and Fuels", "CHL", "GOV")
CEN = actor("Coordinador Eléctrico Nacional", "CHL", "GOV")
CHL_AUTHORITIES = actor("Chilean authorities", "CHL", "GOV")
REPUBLICANS = actor("Republican Party (Chile)", "CHL", "PTY")
SQUELLA = actor("Arturo Squella", "CHL", "PTY")

B1 = ("Santiago de Chile (dpa) - Nach einem der schwersten Stromausfälle seiner Geschichte hat Chile den "
      "Ausnahmezustand ausgerufen und für weite Teile des Landes eine nächtliche Ausgangssperre verhängt.")
B2 = ("Am Dienstagnachmittag war in 14 der 16 Regionen zwischen Arica im Norden und Los Lagos im Süden der Strom "
      "ausgefallen.")
B3 = "Betroffen waren nach Schätzungen mehr als 90 Prozent der Bevölkerung."
B4 = ("In der Hauptstadt Santiago blieben U-Bahn-Züge in den Tunneln stehen, Ampeln fielen aus, Zehntausende Pendler "
      "machten sich zu Fuß auf den Heimweg.")
B5 = ("Die Ausgangssperre gelte von 22.00 Uhr bis 6.00 Uhr in allen betroffenen Regionen, sagte Innenministerin "
      "Carolina Tohá am Abend im Präsidentenpalast La Moneda.")
B6 = "Soldaten und Polizisten patrouillierten in der Nacht durch die dunklen Straßen, um Plünderungen zu verhindern."
B7 = ("Nach Angaben der Carabineros wurden landesweit mehr als 100 Menschen festgenommen, die gegen die Ausgangssperre "
      "verstoßen hatten.")
B8 = "Präsident Gabriel Boric machte die Stromunternehmen für den Ausfall verantwortlich."
B9 = ("„Es ist inakzeptabel, dass die Nachlässigkeit einiger Unternehmen das Leben von Millionen Chilenen lahmlegt“, "
      "sagte er in einer Fernsehansprache.")
B10 = "Die Verantwortlichen würden zur Rechenschaft gezogen, kündigte der Staatschef an."
B11 = ("Nach ersten Erkenntnissen hatte eine Störung an einer 500-Kilovolt-Leitung des Übertragungsnetzbetreibers ISA "
       "InterChile im Norden des Landes das gesamte System lahmgelegt.")
B12 = ("Energieminister Diego Pardow warf dem Unternehmen, einer Tochter des kolumbianischen Konzerns ISA, vor, seine "
       "Schutzsysteme nicht ordnungsgemäß gewartet zu haben.")
B13 = ("Die Aufsichtsbehörde für Elektrizität und Brennstoffe (SEC) leitete ein Verfahren gegen ISA InterChile und den "
       "unabhängigen Netzkoordinator Coordinador Eléctrico Nacional ein.")
B14 = "ISA InterChile sicherte den Behörden in einer Mitteilung volle Zusammenarbeit zu."
B15 = "Die Ursache der Störung sei noch nicht abschließend geklärt, hieß es darin."
B16 = "Die oppositionelle Republikanische Partei forderte den Rücktritt von Energieminister Pardow."
B17 = "Die Regierung habe das Land im Dunkeln stehen lassen, sagte der Parteivorsitzende Arturo Squella."
B18 = ("Bis zum Mittwochmorgen war die Versorgung nach Angaben des Netzkoordinators in fast allen Regionen "
       "wiederhergestellt.")
B19 = "Die Ausgangssperre wurde am Morgen aufgehoben, der Ausnahmezustand gilt jedoch vorerst weiter."

DE01 = {
    "id": "hm366-de-01", "lang": "de", "url": None, "published": "2025-02-26",
    "title": "Chile verhängt nach massivem Stromausfall Ausgangssperre",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10], [B11, B12, B13, B14, B15],
                       [B16, B17, B18, B19]),
    "events": [
        event("COERCE", CHL_GOV, None, B1, mode="curfew", date="2025-02-25", location_country="CHL"),
        event("COERCE", TOHA, None, B5, mode="curfew", date="2025-02-25", location_country="CHL"),
        event("MOBILIZE", CHL_MIL, None, B6, mode="troops"),
        event("MOBILIZE", CARABINEROS, None, B6, mode="police"),
        event("COERCE", CARABINEROS, CURFEW_DETAINEES, B7, mode="arrest", location_country="CHL"),
        event("ACCUSE", BORIC, POWER_COS, B8, mode="allege"),
        event("ACCUSE", BORIC, POWER_COS, B9, mode="disapprove"),
        event("THREATEN", BORIC, POWER_COS, B10),
        event("ACCUSE", PARDOW, ISA_INTERCHILE, B12, mode="allege"),
        event("ACCUSE", SEC, ISA_INTERCHILE, B13, mode="investigate"),
        event("ACCUSE", SEC, CEN, B13, mode="investigate"),
        event("AGREE", ISA_INTERCHILE, CHL_AUTHORITIES, B14),
        event("REQUEST", REPUBLICANS, PARDOW, B16, mode="change"),
        event("ACCUSE", SQUELLA, CHL_GOV, B17, mode="disapprove"),
        event("RETREAT", CHL_GOV, None, B19, date="2025-02-26"),
    ],
    "quotes": [
        quote("Die Ausgangssperre gelte von 22.00 Uhr bis 6.00 Uhr in allen betroffenen Regionen", "Carolina Tohá",
              "indirect"),
        quote("Nach Angaben der Carabineros wurden landesweit mehr als 100 Menschen festgenommen, die gegen die "
              "Ausgangssperre verstoßen hatten", "Carabineros de Chile", "indirect"),
        quote("Es ist inakzeptabel, dass die Nachlässigkeit einiger Unternehmen das Leben von Millionen Chilenen "
              "lahmlegt", "Gabriel Boric", "direct"),
        quote("Die Verantwortlichen würden zur Rechenschaft gezogen", "Gabriel Boric", "indirect"),
        quote("seine Schutzsysteme nicht ordnungsgemäß gewartet zu haben", "Diego Pardow", "indirect"),
        quote("Die Ursache der Störung sei noch nicht abschließend geklärt", "ISA InterChile", "indirect"),
        quote("Die Regierung habe das Land im Dunkeln stehen lassen", "Arturo Squella", "indirect"),
        quote("Bis zum Mittwochmorgen war die Versorgung nach Angaben des Netzkoordinators in fast allen Regionen "
              "wiederhergestellt", "Coordinador Eléctrico Nacional", "indirect"),
    ],
    "entities": [
        entity("Santiago de Chile", "LOC", "CHL", ["Santiago de Chile", "der Hauptstadt Santiago"]),
        entity("Chile", "LOC", "CHL", ["Chile", "des Landes", "das Land"]),
        entity("Government of Chile", "ORG", "CHL", ["Die Regierung"]),
        entity("Arica", "LOC", "CHL", ["Arica"]),
        entity("Los Lagos Region", "LOC", "CHL", ["Los Lagos"]),
        entity("Carolina Tohá", "PER", "CHL", ["Innenministerin Carolina Tohá"]),
        entity("La Moneda Palace", "LOC", "CHL", ["Präsidentenpalast La Moneda"]),
        entity("Chilean Armed Forces", "ORG", "CHL", ["Soldaten"]),
        entity("Carabineros de Chile", "ORG", "CHL", ["Polizisten", "der Carabineros"]),
        entity("people detained for breaking the curfew", "PER", "CHL", ["mehr als 100 Menschen"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric", "er", "der Staatschef"]),
        entity("Chilean power companies", "ORG", "CHL", ["die Stromunternehmen", "einiger Unternehmen"]),
        entity("ISA InterChile", "ORG", "CHL", ["des Übertragungsnetzbetreibers ISA InterChile", "dem Unternehmen",
                                                "ISA InterChile"]),
        entity("Interconexión Eléctrica S.A.", "ORG", "COL", ["des kolumbianischen Konzerns ISA"]),
        entity("Diego Pardow", "PER", "CHL", ["Energieminister Diego Pardow", "Energieminister Pardow"]),
        entity("Superintendency of Electricity and Fuels", "ORG", "CHL",
               ["Die Aufsichtsbehörde für Elektrizität und Brennstoffe (SEC)"]),
        entity("Coordinador Eléctrico Nacional", "ORG", "CHL",
               ["den unabhängigen Netzkoordinator Coordinador Eléctrico Nacional", "des Netzkoordinators"]),
        entity("Chilean authorities", "ORG", "CHL", ["den Behörden"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["Die oppositionelle Republikanische Partei"]),
        entity("Arturo Squella", "PER", "CHL", ["der Parteivorsitzende Arturo Squella"]),
    ],
}

# ---------------------------------------------------------------- hm366-de-02 (Colombia/China, Belt and Road)
COL_GOV = actor("Government of Colombia", "COL", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
CELAC = actor("Community of Latin American and Caribbean States", "IGO", "IGO")
US_WHA = actor("Bureau of Western Hemisphere Affairs", "USA", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
LIN_JIAN = actor("Lin Jian", "CHN", "GOV")
COL_OPP = actor("Colombian opposition", "COL", "OPP")
VALENCIA = actor("Paloma Valencia", "COL", "OPP")
SARABIA = actor("Laura Sarabia", "COL", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")

K1 = ("Peking (dpa) - Kolumbien hat sich der chinesischen Infrastruktur-Initiative „Neue Seidenstraße“ angeschlossen "
      "und damit scharfe Kritik der US-Regierung auf sich gezogen.")
K2 = ("Präsident Gustavo Petro unterzeichnete am Mittwoch in Peking nach einem Treffen mit Staats- und Parteichef Xi "
      "Jinping eine entsprechende Absichtserklärung.")
K3 = ("Xi sagte nach Angaben der Staatsagentur Xinhua zu, die Zusammenarbeit mit dem südamerikanischen Land bei "
      "Infrastruktur, Energie und Landwirtschaft auszubauen.")
K4 = ("Petro war zum Ministertreffen des Forums China-Celac nach Peking gereist, bei dem Xi den Staaten Lateinamerikas "
      "und der Karibik am Dienstag Kredite über 66 Milliarden Yuan (rund 8,2 Milliarden Euro) in Aussicht gestellt "
      "hatte.")
K5 = "„Wir sind ein souveränes Land und treiben Handel mit der ganzen Welt“, sagte Petro vor Journalisten."
K6 = ("Das für Lateinamerika zuständige Büro des US-Außenministeriums kündigte an, Washington werde sich gegen Kredite "
      "der Interamerikanischen Entwicklungsbank und anderer internationaler Finanzinstitute für Projekte chinesischer "
      "Staatsunternehmen in Kolumbien stellen.")
K7 = "Solche Vorhaben gefährdeten die Sicherheit der Region, hieß es in der Mitteilung."
K8 = ("Kolumbien werde seine Beziehungen zu den USA nicht aufgeben, wolle aber „nicht länger nur in eine Richtung "
      "schauen“, schrieb Petro auf der Plattform X.")
K9 = "Die USA sind mit Abstand der wichtigste Handelspartner Kolumbiens, China liegt an zweiter Stelle."
K10 = ("Das chinesische Außenministerium warf Washington vor, sich in die inneren Angelegenheiten souveräner Staaten "
       "einzumischen.")
K11 = "Die Vereinigten Staaten sollten die Entscheidungen Kolumbiens respektieren, sagte Sprecher Lin Jian in Peking."
K12 = "In Bogotá reagierte die Opposition empört."
K13 = ("Die Senatorin Paloma Valencia von der rechten Partei Centro Democrático warf Petro vor, das Land aus "
       "ideologischen Gründen in einen Konflikt mit seinem wichtigsten Verbündeten zu treiben.")
K14 = "Sie forderte Außenministerin Laura Sarabia auf, dem Kongress den Wortlaut der Vereinbarung vorzulegen."
K15 = ("Zwischen Bogotá und Washington hatte es bereits im Januar Streit gegeben, als Petro zwei US-Militärflugzeugen "
       "mit abgeschobenen Migranten die Landung verweigerte.")
K16 = "US-Präsident Donald Trump drohte daraufhin mit Strafzöllen, worauf Petro einlenkte."

DE02 = {
    "id": "hm366-de-02", "lang": "de", "url": None, "published": "2025-05-15",
    "title": "Kolumbien schließt sich Chinas Seidenstraße an - Kritik aus Washington",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("SUPPORT", COL_GOV, CHN_GOV, K1),
        event("ACCUSE", USA_GOV, COL_GOV, K1, mode="disapprove"),
        event("CONSULT", PETRO, XI, K2, mode="visit", date="2025-05-14", location="Beijing", location_country="CHN"),
        event("SUPPORT", PETRO, XI, K2, date="2025-05-14", location="Beijing", location_country="CHN"),
        event("AGREE", XI, COL_GOV, K3),
        event("CONSULT", PETRO, CHN_GOV, K4, mode="multilateral", location="Beijing", location_country="CHN"),
        event("AGREE", XI, CELAC, K4, date="2025-05-13", location="Beijing", location_country="CHN"),
        event("THREATEN", US_WHA, COL_GOV, K6),
        event("ACCUSE", US_WHA, CHN_GOV, K7, mode="disapprove"),
        event("ACCUSE", CHN_MFA, USA_GOV, K10, mode="disapprove"),
        event("REQUEST", LIN_JIAN, USA_GOV, K11, mode="change", location="Beijing", location_country="CHN"),
        event("ACCUSE", COL_OPP, PETRO, K12, mode="disapprove"),
        event("ACCUSE", VALENCIA, PETRO, K13, mode="disapprove"),
        event("REQUEST", VALENCIA, SARABIA, K14),
        event("REJECT", PETRO, USA_GOV, K15),
        event("THREATEN", TRUMP, COL_GOV, K16),
        event("CONCEDE", PETRO, TRUMP, K16),
    ],
    "quotes": [
        quote("Xi sagte nach Angaben der Staatsagentur Xinhua zu, die Zusammenarbeit mit dem südamerikanischen Land bei "
              "Infrastruktur, Energie und Landwirtschaft auszubauen", "Xinhua", "indirect"),
        quote("Wir sind ein souveränes Land und treiben Handel mit der ganzen Welt", "Gustavo Petro", "direct"),
        quote("Washington werde sich gegen Kredite der Interamerikanischen Entwicklungsbank und anderer internationaler "
              "Finanzinstitute für Projekte chinesischer Staatsunternehmen in Kolumbien stellen",
              "Bureau of Western Hemisphere Affairs", "indirect"),
        quote("Solche Vorhaben gefährdeten die Sicherheit der Region", "Bureau of Western Hemisphere Affairs",
              "indirect"),
        quote("nicht länger nur in eine Richtung schauen", "Gustavo Petro", "direct"),
        quote("Kolumbien werde seine Beziehungen zu den USA nicht aufgeben, wolle aber „nicht länger nur in eine "
              "Richtung schauen“", "Gustavo Petro", "indirect"),
        quote("sich in die inneren Angelegenheiten souveräner Staaten einzumischen",
              "Ministry of Foreign Affairs of China", "indirect"),
        quote("Die Vereinigten Staaten sollten die Entscheidungen Kolumbiens respektieren", "Lin Jian", "indirect"),
        quote("das Land aus ideologischen Gründen in einen Konflikt mit seinem wichtigsten Verbündeten zu treiben",
              "Paloma Valencia", "indirect"),
    ],
    "entities": [
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Colombia", "LOC", "COL", ["Kolumbien", "dem südamerikanischen Land", "Kolumbiens", "das Land"]),
        entity("Belt and Road Initiative", "ORG", "CHN", ["Infrastruktur-Initiative „Neue Seidenstraße“"]),
        entity("Government of the United States", "ORG", "USA", ["der US-Regierung", "Washington"]),
        entity("Gustavo Petro", "PER", "COL", ["Präsident Gustavo Petro", "Petro"]),
        entity("Xi Jinping", "PER", "CHN", ["Staats- und Parteichef Xi Jinping", "Xi"]),
        entity("Xinhua", "ORG", "CHN", ["der Staatsagentur Xinhua"]),
        entity("China-CELAC Forum", "ORG", "IGO", ["des Forums China-Celac"]),
        entity("Latin American and Caribbean states", "LOC", "IGO", ["den Staaten Lateinamerikas und der Karibik"]),
        entity("Bureau of Western Hemisphere Affairs", "ORG", "USA",
               ["Das für Lateinamerika zuständige Büro des US-Außenministeriums"]),
        entity("Inter-American Development Bank", "ORG", "IGO", ["der Interamerikanischen Entwicklungsbank"]),
        entity("United States", "LOC", "USA", ["den USA", "Die USA", "Die Vereinigten Staaten"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das chinesische Außenministerium"]),
        entity("Lin Jian", "PER", "CHN", ["Sprecher Lin Jian"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Colombian opposition", "ORG", "COL", ["die Opposition"]),
        entity("Paloma Valencia", "PER", "COL", ["Die Senatorin Paloma Valencia", "Sie"]),
        entity("Centro Democrático", "ORG", "COL", ["der rechten Partei Centro Democrático"]),
        entity("Laura Sarabia", "PER", "COL", ["Außenministerin Laura Sarabia"]),
        entity("Congress of Colombia", "ORG", "COL", ["dem Kongress"]),
        entity("deported Colombian migrants", "PER", "COL", ["abgeschobenen Migranten"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
    ],
}

# ---------------------------------------------------------------- hm366-de-03 (Venezuela, El Aissami arrested)
VEN_POLICE = actor("Venezuelan police", "VEN", "COP")
EL_AISSAMI = actor("Tareck El Aissami", "VEN", "CVL")
ZERPA = actor("Simón Zerpa", "VEN", "CVL")
SAMARK = actor("Samark López", "VEN", "BUS")
VEN_AG = actor("Attorney General's Office of Venezuela", "VEN", "JUD")
SAAB = actor("Tarek William Saab", "VEN", "JUD")
USA_GOV_V = actor("Government of the United States", "USA", "GOV")
PDVSA_OFFICIALS = actor("PDVSA officials", "VEN", "BUS")
SUNACRIP_OFFICIALS = actor("Sunacrip officials", "VEN", "GOV")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "GOV")
GUANIPA = actor("Juan Pablo Guanipa", "VEN", "OPP")
VEN_GOV = actor("Government of Venezuela", "VEN", "GOV")
CRYPTO_DETAINEES = actor("people detained in the PDVSA-crypto case", "VEN", "CVL")

E1 = ("Caracas (dpa) - In Venezuela ist der frühere Ölminister Tareck El Aissami gut ein Jahr nach seinem Rücktritt im "
      "Zuge eines milliardenschweren Korruptionsskandals festgenommen worden.")
E2 = "Das teilte Generalstaatsanwalt Tarek William Saab am Dienstag in Caracas mit."
E3 = ("Zusammen mit dem einstigen Vertrauten von Präsident Nicolás Maduro seien auch der frühere Finanzminister Simón "
      "Zerpa und der Unternehmer Samark López in Gewahrsam genommen worden, sagte Saab.")
E4 = "Ihnen werden unter anderem Hochverrat, Veruntreuung öffentlicher Gelder und Geldwäsche vorgeworfen."
E5 = ("Nach Darstellung der Staatsanwaltschaft sollen Einnahmen aus Ölverkäufen des Staatskonzerns PDVSA in "
      "Milliardenhöhe über Geschäfte mit Kryptowährungen an der Staatskasse vorbei abgezweigt worden sein.")
E6 = ("El Aissami habe zudem im Zusammenspiel mit der US-Regierung versucht, die venezolanische Wirtschaft zu "
      "zerstören, sagte der Generalstaatsanwalt.")
E7 = "Das Staatsfernsehen zeigte Aufnahmen des 49-Jährigen in Handschellen."
E8 = ("El Aissami galt jahrelang als einer der mächtigsten Männer des Chavismus und war unter anderem Vizepräsident "
      "und Industrieminister.")
E9 = ("Im März 2023 war er als Ölminister zurückgetreten, nachdem die Polizei mehrere Funktionäre von PDVSA und der "
      "Kryptowährungsaufsicht Sunacrip festgenommen hatte.")
E10 = "Seither war er nicht mehr öffentlich aufgetreten."
E11 = "Maduro stellte sich hinter die Ermittlungen."
E12 = ("„Niemand steht über dem Gesetz, ganz gleich, welches Amt er einmal bekleidet hat“, sagte der Präsident in "
       "seiner wöchentlichen Fernsehsendung.")
E13 = ("Die USA hatten El Aissami und López bereits 2017 mit Sanktionen belegt, zwei Jahre später erhob die US-Justiz "
       "Anklage gegen den damaligen Minister wegen Verstößen gegen diese Sanktionen.")
E14 = ("Der Oppositionspolitiker Juan Pablo Guanipa warf der Regierung vor, mit dem Fall vor der Präsidentenwahl im "
       "Juli von ihrer eigenen Verantwortung für die Korruption ablenken zu wollen.")
E15 = "Ein Anwalt von López wies die Vorwürfe gegen seinen Mandanten zurück."
E16 = ("Nach Angaben Saabs sind im Zusammenhang mit dem Skandal inzwischen mehr als 50 Menschen festgenommen "
       "worden.")

DE03 = {
    "id": "hm366-de-03", "lang": "de", "url": None, "published": "2024-04-10",
    "title": "Venezuelas Ex-Ölminister El Aissami festgenommen",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("COERCE", VEN_POLICE, EL_AISSAMI, E1, mode="arrest", location_country="VEN"),
        event("COERCE", VEN_POLICE, ZERPA, E3, mode="arrest"),
        event("COERCE", VEN_POLICE, SAMARK, E3, mode="arrest"),
        event("ACCUSE", VEN_AG, EL_AISSAMI, E4, mode="allege"),
        event("ACCUSE", VEN_AG, ZERPA, E4, mode="allege"),
        event("ACCUSE", VEN_AG, SAMARK, E4, mode="allege"),
        event("ACCUSE", SAAB, EL_AISSAMI, E6, mode="allege"),
        event("ACCUSE", SAAB, USA_GOV_V, E6, mode="allege"),
        event("RETREAT", EL_AISSAMI, None, E9, mode="resign"),
        event("COERCE", VEN_POLICE, PDVSA_OFFICIALS, E9, mode="arrest"),
        event("COERCE", VEN_POLICE, SUNACRIP_OFFICIALS, E9, mode="arrest"),
        event("SUPPORT", MADURO, VEN_AG, E11),
        event("SANCTION", USA_GOV_V, EL_AISSAMI, E13),
        event("SANCTION", USA_GOV_V, SAMARK, E13),
        event("ACCUSE", US_DOJ, EL_AISSAMI, E13, mode="allege"),
        event("ACCUSE", GUANIPA, VEN_GOV, E14, mode="disapprove"),
        event("COERCE", VEN_POLICE, CRYPTO_DETAINEES, E16, mode="arrest"),
    ],
    "quotes": [
        quote("Zusammen mit dem einstigen Vertrauten von Präsident Nicolás Maduro seien auch der frühere Finanzminister "
              "Simón Zerpa und der Unternehmer Samark López in Gewahrsam genommen worden", "Tarek William Saab",
              "indirect"),
        quote("Nach Darstellung der Staatsanwaltschaft sollen Einnahmen aus Ölverkäufen des Staatskonzerns PDVSA in "
              "Milliardenhöhe über Geschäfte mit Kryptowährungen an der Staatskasse vorbei abgezweigt worden sein",
              "Attorney General's Office of Venezuela", "indirect"),
        quote("El Aissami habe zudem im Zusammenspiel mit der US-Regierung versucht, die venezolanische Wirtschaft zu "
              "zerstören", "Tarek William Saab", "indirect"),
        quote("Niemand steht über dem Gesetz, ganz gleich, welches Amt er einmal bekleidet hat", "Nicolás Maduro",
              "direct"),
        quote("mit dem Fall vor der Präsidentenwahl im Juli von ihrer eigenen Verantwortung für die Korruption "
              "ablenken zu wollen", "Juan Pablo Guanipa", "indirect"),
        quote("Nach Angaben Saabs sind im Zusammenhang mit dem Skandal inzwischen mehr als 50 Menschen festgenommen "
              "worden", "Tarek William Saab", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Tareck El Aissami", "PER", "VEN", ["der frühere Ölminister Tareck El Aissami",
                                                   "dem einstigen Vertrauten von Präsident Nicolás Maduro",
                                                   "El Aissami", "des 49-Jährigen", "er", "den damaligen Minister"]),
        entity("Tarek William Saab", "PER", "VEN", ["Generalstaatsanwalt Tarek William Saab", "Saab",
                                                    "der Generalstaatsanwalt", "Saabs"]),
        entity("Nicolás Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro", "der Präsident"]),
        entity("Simón Zerpa", "PER", "VEN", ["der frühere Finanzminister Simón Zerpa"]),
        entity("Samark López", "PER", "VEN", ["der Unternehmer Samark López", "López", "seinen Mandanten"]),
        entity("Attorney General's Office of Venezuela", "ORG", "VEN", ["der Staatsanwaltschaft"]),
        entity("PDVSA", "ORG", "VEN", ["des Staatskonzerns PDVSA", "PDVSA"]),
        entity("Government of the United States", "ORG", "USA", ["der US-Regierung", "Die USA"]),
        entity("Venezuelan state television", "ORG", "VEN", ["Das Staatsfernsehen"]),
        entity("Chavismo", "ORG", "VEN", ["des Chavismus"]),
        entity("Venezuelan police", "ORG", "VEN", ["die Polizei"]),
        entity("PDVSA and Sunacrip officials", "PER", "VEN", ["mehrere Funktionäre von PDVSA und der "
                                                              "Kryptowährungsaufsicht Sunacrip"]),
        entity("Sunacrip", "ORG", "VEN", ["der Kryptowährungsaufsicht Sunacrip"]),
        entity("United States Department of Justice", "ORG", "USA", ["die US-Justiz"]),
        entity("Juan Pablo Guanipa", "PER", "VEN", ["Der Oppositionspolitiker Juan Pablo Guanipa"]),
        entity("Government of Venezuela", "ORG", "VEN", ["der Regierung"]),
        entity("lawyer of Samark López", "PER", "VEN", ["Ein Anwalt von López"]),
        entity("people detained in the PDVSA-crypto case", "PER", "VEN", ["mehr als 50 Menschen"]),
    ],
}

# ---------------------------------------------------------------- hm366-de-04 (Argentina, Alberto Fernández)
ERCOLINI = actor("Julián Ercolini", "ARG", "JUD")
FERNANDEZ = actor("Alberto Fernández", "ARG", "OPP")
YANEZ = actor("Fabiola Yáñez", "ARG", "CVL")
CANTERO = actor("María Cantero", "ARG", "CVL")
ARG_JUDICIARY = actor("Judiciary of Argentina", "ARG", "JUD")
ARG_GOV = actor("Government of Argentina", "ARG", "GOV")
ARG_OPP = actor("Argentine opposition", "ARG", "OPP")
ADORNI = actor("Manuel Adorni", "ARG", "GOV")
PJ = actor("Justicialist Party", "ARG", "PTY")
MILEI = actor("Javier Milei", "ARG", "GOV")
PJ_LAWMAKERS = actor("Justicialist Party lawmakers", "ARG", "LEG")
PJ_GOVERNORS = actor("Justicialist Party governors", "ARG", "GOV")
NI_UNA_MENOS = actor("Ni Una Menos", "ARG", "NGO")

W1 = ("Buenos Aires (dpa) - Argentiniens früherer Präsident Alberto Fernández darf wegen Vorwürfen häuslicher Gewalt "
      "das Land vorerst nicht verlassen.")
W2 = ("Bundesrichter Julián Ercolini verhängte zudem ein Kontakt- und Annäherungsverbot gegenüber Fernández' früherer "
      "Lebensgefährtin Fabiola Yáñez, wie argentinische Medien am Mittwoch unter Berufung auf Justizkreise "
      "berichteten.")
W3 = "Yáñez hatte am Dienstag von Madrid aus per Videoschalte Anzeige gegen den 65-Jährigen erstattet."
W4 = ("Sie wirft ihm vor, sie während seiner Amtszeit von 2019 bis 2023 geschlagen und psychisch unter Druck gesetzt "
      "zu haben.")
W5 = ("Ans Licht gekommen waren die Vorwürfe durch Chatnachrichten auf dem Handy von Fernández' früherer Sekretärin "
      "María Cantero.")
W6 = ("Ercolini ermittelt bereits seit Monaten gegen den Ex-Präsidenten wegen mutmaßlicher Unregelmäßigkeiten bei "
      "Versicherungsverträgen staatlicher Stellen, in diesem Zusammenhang war das Telefon beschlagnahmt worden.")
W7 = "In den Chats soll Yáñez der Sekretärin Fotos von Verletzungen geschickt haben."
W8 = "Fernández wies die Vorwürfe zurück."
W9 = "„Ich habe Fabiola niemals geschlagen“, schrieb er in einer Erklärung."
W10 = "Er werde mit der Justiz zusammenarbeiten, damit die Wahrheit ans Licht komme, fügte der Peronist hinzu."
W11 = "Die Regierung des ultraliberalen Präsidenten Javier Milei nutzte den Fall für Angriffe auf die Opposition."
W12 = ("Präsidentensprecher Manuel Adorni warf den Peronisten vor, jahrelang mit dem Feminismus Politik gemacht und "
       "dabei weggeschaut zu haben.")
W13 = "Milei teilte auf der Plattform X mehrere Beiträge, in denen Fernández verspottet wurde."
W14 = ("Auch in der eigenen Partei wuchs der Druck auf den Ex-Präsidenten, der formell noch immer Vorsitzender der "
       "Peronistischen Partei (PJ) ist.")
W15 = "Mehrere Abgeordnete und Gouverneure der Partei forderten, er müsse den Parteivorsitz sofort abgeben."
W16 = ("Das feministische Kollektiv Ni Una Menos rief für Mittwochabend zu einer Kundgebung vor dem Kongress in Buenos "
       "Aires auf.")
W17 = ("Fernández hatte sich im Wahlkampf 2019 als Verfechter von Frauenrechten präsentiert und in seiner Amtszeit das "
       "Frauenministerium geschaffen.")

DE04 = {
    "id": "hm366-de-04", "lang": "de", "url": None, "published": "2024-08-07",
    "title": "Argentiniens Ex-Präsident Fernández darf Land nicht verlassen",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7], [W8, W9, W10], [W11, W12, W13], [W14, W15, W16, W17]),
    "events": [
        event("COERCE", ERCOLINI, FERNANDEZ, W1, mode="restrict", location_country="ARG"),
        event("COERCE", ERCOLINI, FERNANDEZ, W2, mode="restrict"),
        event("ACCUSE", YANEZ, FERNANDEZ, W3, mode="allege", date="2024-08-06"),
        event("ACCUSE", YANEZ, FERNANDEZ, W4, mode="allege"),
        event("ACCUSE", ERCOLINI, FERNANDEZ, W6, mode="investigate"),
        event("COERCE", ERCOLINI, CANTERO, W6, mode="seize"),
        event("AGREE", FERNANDEZ, ARG_JUDICIARY, W10),
        event("ACCUSE", ARG_GOV, ARG_OPP, W11, mode="disapprove"),
        event("ACCUSE", ADORNI, PJ, W12, mode="disapprove"),
        event("ACCUSE", MILEI, FERNANDEZ, W13, mode="disapprove"),
        event("REQUEST", PJ_LAWMAKERS, FERNANDEZ, W15, mode="change"),
        event("REQUEST", PJ_GOVERNORS, FERNANDEZ, W15, mode="change"),
        event("PROTEST", NI_UNA_MENOS, None, W16, mode="demo", location="Buenos Aires", location_country="ARG"),
    ],
    "quotes": [
        quote("Bundesrichter Julián Ercolini verhängte zudem ein Kontakt- und Annäherungsverbot gegenüber Fernández' "
              "früherer Lebensgefährtin Fabiola Yáñez", "Argentine media", "indirect"),
        quote("sie während seiner Amtszeit von 2019 bis 2023 geschlagen und psychisch unter Druck gesetzt zu haben",
              "Fabiola Yáñez", "indirect"),
        quote("Ich habe Fabiola niemals geschlagen", "Alberto Fernández", "direct"),
        quote("Er werde mit der Justiz zusammenarbeiten, damit die Wahrheit ans Licht komme", "Alberto Fernández",
              "indirect"),
        quote("jahrelang mit dem Feminismus Politik gemacht und dabei weggeschaut zu haben", "Manuel Adorni",
              "indirect"),
        quote("er müsse den Parteivorsitz sofort abgeben", "Justicialist Party lawmakers and governors", "indirect"),
    ],
    "entities": [
        entity("Buenos Aires", "LOC", "ARG", ["Buenos Aires"]),
        entity("Argentina", "LOC", "ARG", ["Argentiniens", "das Land"]),
        entity("Alberto Fernández", "PER", "ARG", ["Argentiniens früherer Präsident Alberto Fernández", "Fernández",
                                                   "den 65-Jährigen", "ihm", "den Ex-Präsidenten", "er", "Er",
                                                   "der Peronist"]),
        entity("Julián Ercolini", "PER", "ARG", ["Bundesrichter Julián Ercolini", "Ercolini"]),
        entity("Fabiola Yáñez", "PER", "ARG", ["Fernández' früherer Lebensgefährtin Fabiola Yáñez", "Yáñez", "Sie",
                                               "Fabiola"]),
        entity("Argentine media", "ORG", "ARG", ["argentinische Medien"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("María Cantero", "PER", "ARG", ["Fernández' früherer Sekretärin María Cantero", "der Sekretärin"]),
        entity("Judiciary of Argentina", "ORG", "ARG", ["der Justiz"]),
        entity("Government of Argentina", "ORG", "ARG", ["Die Regierung des ultraliberalen Präsidenten Javier Milei"]),
        entity("Javier Milei", "PER", "ARG", ["Präsidenten Javier Milei", "Milei"]),
        entity("Argentine opposition", "ORG", "ARG", ["die Opposition"]),
        entity("Manuel Adorni", "PER", "ARG", ["Präsidentensprecher Manuel Adorni"]),
        entity("Justicialist Party", "ORG", "ARG", ["den Peronisten", "der eigenen Partei",
                                                    "der Peronistischen Partei (PJ)", "der Partei"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Justicialist Party lawmakers and governors", "PER", "ARG",
               ["Mehrere Abgeordnete und Gouverneure der Partei"]),
        entity("Ni Una Menos", "ORG", "ARG", ["Das feministische Kollektiv Ni Una Menos"]),
        entity("Congress of Argentina", "ORG", "ARG", ["dem Kongress"]),
        entity("Ministry of Women, Genders and Diversity", "ORG", "ARG", ["das Frauenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm366-en-01 (Brazil, explosions at the Supreme Court)
WANDERLEY = actor("Francisco Wanderley Luiz", "BRA", "CVL")
STF = actor("Supreme Federal Court", "BRA", "JUD")
STF_GUARD = actor("Supreme Court security guard", "BRA", "COP")
DF_POLICE = actor("Federal District police", "BRA", "COP")
FED_POLICE = actor("Federal Police of Brazil", "BRA", "COP")
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
FAR_RIGHT = actor("Brazilian far right", "BRA", "OPP")
BOLSONARO_ALLIES = actor("Bolsonaro's allies in Congress", "BRA", "LEG")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
BRA_INSTITUTIONS = actor("Brazilian state institutions", "BRA", "GOV")
PL = actor("Liberal Party (Brazil)", "BRA", "PTY")
BARROSO = actor("Luís Roberto Barroso", "BRA", "JUD")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")

F1 = ("BRASILIA, Brazil (AP) — A man blew himself up outside Brazil's Supreme Court on Wednesday evening after trying "
      "to enter the building, minutes after his car exploded in a nearby parking lot, authorities said.")
F2 = ("No one else was hurt in the blasts, which came shortly after the court's justices had left a session and sent "
      "security guards running across the Three Powers Square, the seat of Brazil's government.")
F3 = ("Police identified the man as Francisco Wanderley Luiz, 59, from the southern state of Santa Catarina, who ran "
      "unsuccessfully for a city council seat in 2020 for former President Jair Bolsonaro's Liberal Party.")
F4 = ("Security camera footage showed him throwing an explosive device toward a guard who approached him, before he "
      "lay down on the ground and set off another one.")
F5 = ("Federal District police later searched a house he had rented in Ceilandia, on the outskirts of the capital, "
      "where bomb squad officers found more explosives.")
F6 = ("Federal Police Director Andrei Rodrigues said investigators were treating the blasts as a terrorist attack and "
      "as an attempt to violently abolish the democratic rule of law.")
F7 = ("\"It is not an isolated event,\" Supreme Court Justice Alexandre de Moraes said Thursday, linking the attack to "
      "years of hate speech by the far right against the court and other institutions.")
F8 = ("He said there could be no \"pacification\" through an amnesty for those who stormed government buildings on "
      "Jan. 8, 2023, a proposal backed by Bolsonaro's allies in Congress.")
F9 = ("Bolsonaro, who is barred from running for office until 2030, condemned what he called an \"isolated incident\" "
      "by a \"disturbed\" man and urged the country's institutions to let Brazil \"pacify\" itself.")
F10 = "The Liberal Party also condemned the attack and said Luiz had not been active in the party for years."
F11 = ("President Luiz Inácio Lula da Silva, who had left the presidential palace across the square shortly before the "
       "explosions, received Supreme Court Chief Justice Luís Roberto Barroso on Thursday.")
F12 = "Barroso said afterward that the court would not be intimidated."
F13 = ("Federal District police sealed off the square and the nearby esplanade of ministries on Thursday while bomb "
       "squads swept the area.")
F14 = "Luiz's former wife told investigators he had spoken of wanting to kill Moraes, Brazilian media reported."
F15 = ("Moraes is overseeing a police investigation into an alleged plot by Bolsonaro and his allies to overturn his "
       "2022 election defeat, which the former president denies.")
F16 = "The blasts came days before Brazil hosts leaders of the Group of 20 major economies in Rio de Janeiro."

EN01 = {
    "id": "hm366-en-01", "lang": "en", "url": None, "published": "2024-11-14",
    "title": "Man dies after setting off explosives outside Brazil's Supreme Court",
    "text": paragraphs([F1, F2], [F3, F4, F5, F6], [F7, F8, F9, F10], [F11, F12, F13], [F14, F15, F16]),
    "events": [
        event("ASSAULT", WANDERLEY, STF, F1, mode="suicide-attack", date="2024-11-13", location="Brasília",
              location_country="BRA"),
        event("ASSAULT", WANDERLEY, STF_GUARD, F4, mode="explosives", location="Brasília", location_country="BRA"),
        event("COERCE", DF_POLICE, WANDERLEY, F5, mode="seize", location="Ceilândia", location_country="BRA"),
        event("ACCUSE", FED_POLICE, WANDERLEY, F6, mode="investigate"),
        event("ACCUSE", MORAES, FAR_RIGHT, F7, mode="disapprove", date="2024-11-14"),
        event("REJECT", MORAES, BOLSONARO_ALLIES, F8, mode="change"),
        event("ACCUSE", BOLSONARO, WANDERLEY, F9, mode="disapprove"),
        event("REQUEST", BOLSONARO, BRA_INSTITUTIONS, F9, mode="change"),
        event("ACCUSE", PL, WANDERLEY, F10, mode="disapprove"),
        event("CONSULT", BARROSO, LULA, F11, mode="visit", date="2024-11-14", location="Brasília",
              location_country="BRA"),
        event("COERCE", DF_POLICE, None, F13, mode="restrict", date="2024-11-14", location="Brasília",
              location_country="BRA"),
        event("ACCUSE", MORAES, BOLSONARO, F15, mode="investigate"),
    ],
    "quotes": [
        quote("A man blew himself up outside Brazil's Supreme Court on Wednesday evening after trying to enter the "
              "building, minutes after his car exploded in a nearby parking lot", "Brazilian authorities",
              "indirect"),
        quote("investigators were treating the blasts as a terrorist attack and as an attempt to violently abolish "
              "the democratic rule of law", "Andrei Rodrigues", "indirect"),
        quote("It is not an isolated event", "Alexandre de Moraes", "direct"),
        quote("pacification", "Alexandre de Moraes", "direct"),
        quote("there could be no \"pacification\" through an amnesty for those who stormed government buildings on "
              "Jan. 8, 2023", "Alexandre de Moraes", "indirect"),
        quote("isolated incident", "Jair Bolsonaro", "direct"),
        quote("disturbed", "Jair Bolsonaro", "direct"),
        quote("pacify", "Jair Bolsonaro", "direct"),
        quote("Luiz had not been active in the party for years", "Liberal Party (Brazil)", "indirect"),
        quote("the court would not be intimidated", "Luís Roberto Barroso", "indirect"),
        quote("he had spoken of wanting to kill Moraes", "former wife of Francisco Wanderley Luiz", "indirect"),
    ],
    "entities": [
        entity("Brasília", "LOC", "BRA", ["BRASILIA", "the capital"]),
        entity("Brazil", "LOC", "BRA", ["Brazil", "Brazil's"]),
        entity("Supreme Federal Court", "ORG", "BRA", ["Brazil's Supreme Court", "the building", "the court"]),
        entity("Francisco Wanderley Luiz", "PER", "BRA", ["A man", "the man", "Francisco Wanderley Luiz, 59", "him",
                                                          "he", "Luiz", "a \"disturbed\" man"]),
        entity("Brazilian authorities", "ORG", "BRA", ["authorities"]),
        entity("Three Powers Square", "LOC", "BRA", ["the Three Powers Square", "the square"]),
        entity("Santa Catarina", "LOC", "BRA", ["the southern state of Santa Catarina"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "Bolsonaro",
                                                "the former president"]),
        entity("Liberal Party (Brazil)", "ORG", "BRA", ["Liberal Party", "The Liberal Party", "the party"]),
        entity("Supreme Court security guard", "PER", "BRA", ["a guard who approached him"]),
        entity("Federal District police", "ORG", "BRA", ["Federal District police", "Police"]),
        entity("Ceilândia", "LOC", "BRA", ["Ceilandia"]),
        entity("Federal Police of Brazil", "ORG", "BRA", ["Federal Police", "investigators"]),
        entity("Andrei Rodrigues", "PER", "BRA", ["Federal Police Director Andrei Rodrigues"]),
        entity("Alexandre de Moraes", "PER", "BRA", ["Supreme Court Justice Alexandre de Moraes", "He", "Moraes"]),
        entity("Brazilian far right", "ORG", "BRA", ["the far right"]),
        entity("Bolsonaro's allies in Congress", "ORG", "BRA", ["Bolsonaro's allies in Congress"]),
        entity("National Congress of Brazil", "ORG", "BRA", ["Congress"]),
        entity("Brazilian state institutions", "ORG", "BRA", ["the country's institutions"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["President Luiz Inácio Lula da Silva"]),
        entity("Planalto Palace", "LOC", "BRA", ["the presidential palace"]),
        entity("Luís Roberto Barroso", "PER", "BRA", ["Supreme Court Chief Justice Luís Roberto Barroso",
                                                      "Barroso"]),
        entity("Esplanada dos Ministérios", "LOC", "BRA", ["the nearby esplanade of ministries"]),
        entity("former wife of Francisco Wanderley Luiz", "PER", "BRA", ["Luiz's former wife"]),
        entity("Brazilian media", "ORG", "BRA", ["Brazilian media"]),
        entity("Group of 20", "ORG", "IGO", ["the Group of 20 major economies"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro"]),
    ],
}

# ---------------------------------------------------------------- hm366-en-02 (Ecuador, Alto Punino ambush)
GUNMEN = actor("gunmen who ambushed soldiers in Alto Punino", "ECU", "REB")
ECU_SOLDIERS = actor("Ecuadorean soldiers ambushed in Alto Punino", "ECU", "MIL")
ECU_MIL = actor("Armed Forces of Ecuador", "ECU", "MIL")
COMANDOS = actor("Comandos de la Frontera", "COL", "REB")
ILLEGAL_MINERS = actor("illegal gold miners in Alto Punino", "ECU", "CVL")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
LOFFREDO = actor("Gian Carlo Loffredo", "ECU", "GOV")
ECU_GANGS = actor("Ecuadorean drug gangs", "ECU", "REB")
COL_MFA = actor("Ministry of Foreign Affairs of Colombia", "COL", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_AG = actor("Attorney General's Office of Ecuador", "ECU", "JUD")

G1 = ("QUITO, May 10 (Reuters) - Gunmen killed 11 Ecuadorean soldiers and wounded another in an ambush in the Amazon "
      "province of Orellana, the armed forces said on Saturday, blaming a Colombian armed group that profits from "
      "illegal gold mining.")
G2 = ("The soldiers were attacked with explosives, grenades and rifles on Friday in the Alto Punino area, where they "
      "had been deployed after seizing mining machinery and gold earlier in the week, the military's joint command "
      "said in a statement.")
G3 = ("It named dissidents of Colombia's former FARC guerrilla group known as Comandos de la Frontera as responsible "
      "and said the ambush was retaliation for the seizures.")
G4 = "The soldiers returned fire and the attackers fled into the jungle, the statement said."
G5 = "President Daniel Noboa declared three days of national mourning."
G6 = "\"Those who attacked our soldiers will not go unpunished,\" Noboa wrote on X."
G7 = ("Defense Minister Gian Carlo Loffredo said special forces had been flown into the area by helicopter to track "
      "down the attackers.")
G8 = ("He called them \"narco-terrorists\" and said the government would respond \"with the full force of the state\" "
      "to the attack.")
G9 = ("Illegal gold mining has spread rapidly in Ecuador's Amazon region in recent years, polluting rivers and "
      "becoming a major source of income for armed groups that also traffic cocaine.")
G10 = ("Noboa, who won re-election last month, has deployed thousands of troops against drug gangs since he declared "
       "an \"internal armed conflict\" in January 2024.")
G11 = "The attack was one of the deadliest on Ecuador's armed forces in recent decades."
G12 = ("Colombia's foreign ministry condemned the attack and said it was ready to cooperate with Ecuadorean "
       "authorities to bring those responsible to justice.")
G13 = "Ecuador's attorney general's office said it had opened an investigation into the killings."

EN02 = {
    "id": "hm366-en-02", "lang": "en", "url": None, "published": "2025-05-10",
    "title": "Gunmen kill 11 Ecuadorean soldiers in Amazon ambush near illegal mines",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11], [G12, G13]),
    "events": [
        event("ASSAULT", GUNMEN, ECU_SOLDIERS, G1, date="2025-05-09", location="Orellana", location_country="ECU"),
        event("ACCUSE", ECU_MIL, COMANDOS, G1, mode="allege", date="2025-05-10"),
        event("ASSAULT", GUNMEN, ECU_SOLDIERS, G2, mode="explosives", date="2025-05-09", location="Alto Punino",
              location_country="ECU"),
        event("COERCE", ECU_SOLDIERS, ILLEGAL_MINERS, G2, mode="seize", location="Alto Punino",
              location_country="ECU"),
        event("ACCUSE", ECU_MIL, COMANDOS, G3, mode="allege"),
        event("ASSAULT", ECU_SOLDIERS, GUNMEN, G4, mode="firearms", location="Alto Punino", location_country="ECU"),
        event("THREATEN", NOBOA, GUNMEN, G6),
        event("MOBILIZE", ECU_MIL, None, G7, mode="troops", location="Alto Punino", location_country="ECU"),
        event("ACCUSE", LOFFREDO, GUNMEN, G8, mode="disapprove"),
        event("THREATEN", LOFFREDO, GUNMEN, G8),
        event("MOBILIZE", NOBOA, ECU_GANGS, G10, mode="troops"),
        event("COERCE", NOBOA, None, G10, mode="curfew"),
        event("ACCUSE", COL_MFA, GUNMEN, G12, mode="disapprove"),
        event("AGREE", COL_MFA, ECU_GOV, G12),
        event("ACCUSE", ECU_AG, GUNMEN, G13, mode="investigate"),
    ],
    "quotes": [
        quote("Gunmen killed 11 Ecuadorean soldiers and wounded another in an ambush in the Amazon province of "
              "Orellana", "Armed Forces of Ecuador", "indirect"),
        quote("The soldiers were attacked with explosives, grenades and rifles on Friday in the Alto Punino area, "
              "where they had been deployed after seizing mining machinery and gold earlier in the week",
              "Joint Command of the Armed Forces of Ecuador", "indirect"),
        quote("the ambush was retaliation for the seizures", "Joint Command of the Armed Forces of Ecuador",
              "indirect"),
        quote("The soldiers returned fire and the attackers fled into the jungle",
              "Joint Command of the Armed Forces of Ecuador", "indirect"),
        quote("Those who attacked our soldiers will not go unpunished", "Daniel Noboa", "direct"),
        quote("special forces had been flown into the area by helicopter to track down the attackers",
              "Gian Carlo Loffredo", "indirect"),
        quote("narco-terrorists", "Gian Carlo Loffredo", "direct"),
        quote("with the full force of the state", "Gian Carlo Loffredo", "direct"),
        quote("the government would respond \"with the full force of the state\" to the attack", "Gian Carlo Loffredo",
              "indirect"),
        quote("internal armed conflict", "Daniel Noboa", "direct"),
        quote("it was ready to cooperate with Ecuadorean authorities to bring those responsible to justice",
              "Ministry of Foreign Affairs of Colombia", "indirect"),
        quote("it had opened an investigation into the killings", "Attorney General's Office of Ecuador", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["QUITO"]),
        entity("gunmen who ambushed soldiers in Alto Punino", "PER", "ECU", ["Gunmen", "the attackers", "them",
                                                                            "those responsible"]),
        entity("Ecuadorean soldiers ambushed in Alto Punino", "PER", "ECU", ["11 Ecuadorean soldiers",
                                                                            "The soldiers", "our soldiers"]),
        entity("Orellana Province", "LOC", "ECU", ["the Amazon province of Orellana"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["the armed forces", "Ecuador's armed forces",
                                                         "special forces"]),
        entity("Joint Command of the Armed Forces of Ecuador", "ORG", "ECU", ["the military's joint command"]),
        entity("Alto Punino", "LOC", "ECU", ["the Alto Punino area", "the area"]),
        entity("Comandos de la Frontera", "ORG", "COL",
               ["a Colombian armed group that profits from illegal gold mining",
                "dissidents of Colombia's former FARC guerrilla group known as Comandos de la Frontera"]),
        entity("FARC", "ORG", "COL", ["Colombia's former FARC guerrilla group"]),
        entity("illegal gold miners in Alto Punino", "PER", "ECU", []),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa", "Noboa", "he"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Gian Carlo Loffredo", "PER", "ECU", ["Defense Minister Gian Carlo Loffredo", "He"]),
        entity("Government of Ecuador", "ORG", "ECU", ["the government", "Ecuadorean authorities"]),
        entity("Ecuadorean Amazon", "LOC", "ECU", ["Ecuador's Amazon region"]),
        entity("Ecuadorean drug gangs", "ORG", "ECU", ["drug gangs"]),
        entity("Ministry of Foreign Affairs of Colombia", "ORG", "COL", ["Colombia's foreign ministry", "it"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Ecuador's attorney general's office"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
