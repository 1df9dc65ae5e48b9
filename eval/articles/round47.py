"""Round 47: six blind hand-made articles (4 German, 2 English), written without running the
pipeline and without reading the rule code or other rounds' sources.

Stories:
- hm47-de-01: Libya, ceasefire in Tripoli after the killing of SSA leader al-Kikli (May 2025)
- hm47-de-02: SADC decides to withdraw its mission from eastern DR Congo (March 2025)
- hm47-de-03: Venezuela revokes Brazil's custody of the Argentine embassy in Caracas (Sept 2024)
- hm47-de-04: Belarus frees Siarhei Tsikhanouski after Keith Kellogg's visit to Minsk (June 2025)
- hm47-en-01: U.S.-Iran talks in Muscat mediated by Oman (April 2025)
- hm47-en-02: Australia, New Zealand and others send aid after the Vanuatu earthquake (Dec 2024)
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------- hm47-de-01 (Libya)
GNU = actor("Government of National Unity", "LBY", "GOV")
RADAA = actor("Radaa Deterrence Force", "LBY", "REB")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
GROUPS = actor("irregular armed groups in Tripoli", "LBY", "REB")

S1 = ("Die libysche Einheitsregierung und die Radaa-Miliz haben sich nach zwei Tagen heftiger Gefechte in "
      "Tripolis am Mittwoch auf eine Waffenruhe geeinigt, teilte das Verteidigungsministerium mit.")
S2 = ("Die Kämpfe waren am Montagabend ausgebrochen, nachdem der Milizenführer Abdulghani al-Kikli in "
      "einem Militärstützpunkt getötet worden war.")
S3 = "Regierungstreue Verbände stürmten daraufhin das Hauptquartier seiner Miliz SSA im Stadtteil Abu Salim."
S4 = "Ministerpräsident Abdul Hamid Dbeibah ordnete die Auflösung aller »irregulären Gruppen« an."
S5 = "Wer seine Waffen nicht abgebe, werde zur Rechenschaft gezogen, sagte er in einer Fernsehansprache."
S6 = "Die Regierung verlegte zudem Verbände aus der Hafenstadt Misrata in die Hauptstadt."
S7 = ("Die UN-Mission in Libyen (UNSMIL) rief beide Seiten auf, die Waffenruhe einzuhalten und Zivilisten "
      "zu schützen.")
S8 = ("Bereits am Dienstag hatten sich Hunderte Demonstranten auf dem Märtyrerplatz versammelt und den "
      "Rücktritt Dbeibahs gefordert.")
S9 = "Zwei Minister traten aus Protest gegen das Vorgehen der Regierung zurück."
S10 = ("Die Radaa-Miliz warf Dbeibah vor, den Konflikt »gezielt angezettelt« zu haben, um seine Macht zu "
       "sichern.")

ARTICLES.append({
    "id": "hm47-de-01", "lang": "de", "url": None, "published": "2025-05-14",
    "title": "Waffenruhe in Tripolis nach tagelangen Gefechten",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("AGREE", GNU, RADAA, S1, date="2025-05-14", location="Tripoli", location_country="LBY"),
        event("ASSAULT", actor("forces loyal to the Government of National Unity", "LBY", "MIL"),
              actor("Stability Support Apparatus", "LBY", "REB"), S3, location="Abu Salim", location_country="LBY"),
        event("COERCE", DBEIBAH, GROUPS, S4, mode="ban"),
        event("THREATEN", DBEIBAH, GROUPS, S5),
        event("MOBILIZE", actor("forces loyal to the Government of National Unity", "LBY", "MIL"), None, S6,
              mode="troops", location="Tripoli", location_country="LBY"),
        event("REQUEST", actor("United Nations Support Mission in Libya (UNSMIL)", "UNO", "IGO"), GNU, S7),
        event("REQUEST", actor("United Nations Support Mission in Libya (UNSMIL)", "UNO", "IGO"), RADAA, S7),
        event("PROTEST", actor("Libyan protesters", "LBY", "CVL"), DBEIBAH, S8, mode="demo", date="2025-05-13",
              location="Tripoli", location_country="LBY"),
        event("RETREAT", actor("ministers of the Government of National Unity", "LBY", "GOV"), None, S9,
              mode="resign"),
        event("ACCUSE", RADAA, DBEIBAH, S10, mode="allege"),
    ],
    "quotes": [
        quote("Die libysche Einheitsregierung und die Radaa-Miliz haben sich nach zwei Tagen heftiger Gefechte in "
              "Tripolis am Mittwoch auf eine Waffenruhe geeinigt", "Ministry of Defence of Libya", "indirect"),
        quote("irregulären Gruppen", "Abdul Hamid Dbeibah", "direct"),
        quote("Wer seine Waffen nicht abgebe, werde zur Rechenschaft gezogen", "Abdul Hamid Dbeibah", "indirect"),
        quote("gezielt angezettelt", "Radaa Deterrence Force", "direct"),
        quote("den Konflikt »gezielt angezettelt« zu haben, um seine Macht zu sichern", "Radaa Deterrence Force",
              "indirect"),
    ],
    "entities": [
        entity("Government of National Unity", "ORG", "LBY", ["Die libysche Einheitsregierung", "Die Regierung",
                                                               "der Regierung"]),
        entity("Radaa Deterrence Force", "ORG", "LBY", ["die Radaa-Miliz", "Die Radaa-Miliz"]),
        entity("Ministry of Defence of Libya", "ORG", "LBY", ["das Verteidigungsministerium"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis", "die Hauptstadt"]),
        entity("Abdulghani al-Kikli", "PER", "LBY", ["der Milizenführer Abdulghani al-Kikli", "seiner"]),
        entity("forces loyal to the Government of National Unity", "ORG", "LBY", ["Regierungstreue Verbände",
                                                                                  "Verbände"]),
        entity("Stability Support Apparatus", "ORG", "LBY", ["seiner Miliz SSA"]),
        entity("Abu Salim", "LOC", "LBY", ["Stadtteil Abu Salim"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Ministerpräsident Abdul Hamid Dbeibah", "er", "Dbeibahs",
                                                      "Dbeibah"]),
        entity("Misrata", "LOC", "LBY", ["der Hafenstadt Misrata"]),
        entity("United Nations Support Mission in Libya (UNSMIL)", "ORG", "UNO",
               ["Die UN-Mission in Libyen (UNSMIL)"]),
        entity("Libya", "GPE", "LBY", ["Libyen"]),
        entity("Martyrs' Square", "LOC", "LBY", ["dem Märtyrerplatz"]),
        entity("Libyan protesters", "ORG", "LBY", ["Hunderte Demonstranten"]),
        entity("ministers of the Government of National Unity", "PER", "LBY", ["Zwei Minister"]),
    ],
})

# ---------------------------------------------------------------- hm47-de-02 (SADC / DR Congo)
SADC = actor("Southern African Development Community (SADC)", "IGO", "IGO")
M23 = actor("M23", "COD", "REB")
KAGAME = actor("Paul Kagame", "RWA", "GOV")

S1 = ("Die Entwicklungsgemeinschaft des südlichen Afrika (SADC) zieht ihre Truppen aus dem Osten der "
      "Demokratischen Republik Kongo ab, wie die Staats- und Regierungschefs am Donnerstag bei einem "
      "Online-Gipfel beschlossen.")
S2 = "Zugleich riefen die Gipfelteilnehmer Kinshasa und die M23-Rebellen zu direkten Gesprächen auf."
S3 = ("Bei Kämpfen um die Stadt Goma hatten die von Ruanda unterstützten Rebellen im Januar 14 südafrikanische "
      "Soldaten getötet.")
S4 = ("Südafrikas Präsident Cyril Ramaphosa hatte daraufhin erklärt, Ruanda trage eine Mitverantwortung für "
      "die Verluste.")
S5 = ("Ruandas Präsident Paul Kagame wies dies zurück und drohte mit einer »direkten Konfrontation«, sollte "
      "Pretoria die Lage weiter anheizen.")
S6 = "Die kongolesische Regierung erklärte, sie nehme den Beschluss »mit Bedauern« zur Kenntnis."
S7 = "Die M23 begrüßte den Abzug dagegen als »überfälligen Schritt«."
S8 = "Ihr Sprecher Lawrence Kanyuka sicherte den abziehenden Soldaten freies Geleit zu."
S9 = ("Das Welternährungsprogramm (WFP) brachte am Freitag erstmals seit Wochen wieder Lebensmittel für "
      "Vertriebene nach Goma.")

ARTICLES.append({
    "id": "hm47-de-02", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "SADC beendet Militäreinsatz im Osten Kongos",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("CONCEDE", SADC, None, S1, date="2025-03-13"),
        event("REQUEST", SADC, actor("Government of the Democratic Republic of the Congo", "COD", "GOV"), S2,
              mode="meet"),
        event("REQUEST", SADC, M23, S2, mode="meet"),
        event("ASSAULT", M23, actor("South African soldiers", "ZAF", "MIL"), S3, location="Goma",
              location_country="COD"),
        event("ACCUSE", actor("Cyril Ramaphosa", "ZAF", "GOV"), actor("Rwanda", "RWA", "GOV"), S4, mode="allege"),
        event("THREATEN", KAGAME, actor("South Africa", "ZAF", "GOV"), S5),
        event("SUPPORT", M23, SADC, S7),
        event("AGREE", actor("Lawrence Kanyuka", "COD", "REB"), actor("SADC Mission in the DRC (SAMIDRC)", "IGO", "MIL"),
              S8),
        event("AID", actor("World Food Programme (WFP)", "UNO", "IGO"),
              actor("displaced people in Goma", "COD", "CVL"), S9, date="2025-03-14", location="Goma",
              location_country="COD"),
    ],
    "quotes": [
        quote("Ruanda trage eine Mitverantwortung für die Verluste", "Cyril Ramaphosa", "indirect"),
        quote("direkten Konfrontation", "Paul Kagame", "direct"),
        quote("mit Bedauern", "Government of the Democratic Republic of the Congo", "direct"),
        quote("sie nehme den Beschluss »mit Bedauern« zur Kenntnis",
              "Government of the Democratic Republic of the Congo", "indirect"),
        quote("überfälligen Schritt", "M23", "direct"),
    ],
    "entities": [
        entity("Southern African Development Community (SADC)", "ORG", "IGO",
               ["Die Entwicklungsgemeinschaft des südlichen Afrika (SADC)"]),
        entity("SADC heads of state and government", "PER", "IGO",
               ["die Staats- und Regierungschefs", "die Gipfelteilnehmer"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["der Demokratischen Republik Kongo"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["Kinshasa", "Die kongolesische Regierung", "sie"]),
        entity("M23", "ORG", "COD", ["die M23-Rebellen", "die von Ruanda unterstützten Rebellen", "Die M23", "Ihr"]),
        entity("Goma", "LOC", "COD", ["die Stadt Goma", "Goma"]),
        entity("Rwanda", "GPE", "RWA", ["Ruanda", "Ruandas"]),
        entity("South Africa", "GPE", "ZAF", ["Südafrikas", "Pretoria"]),
        entity("South African soldiers", "ORG", "ZAF", ["14 südafrikanische Soldaten"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Südafrikas Präsident Cyril Ramaphosa"]),
        entity("Paul Kagame", "PER", "RWA", ["Ruandas Präsident Paul Kagame"]),
        entity("Lawrence Kanyuka", "PER", "COD", ["Ihr Sprecher Lawrence Kanyuka"]),
        entity("SADC Mission in the DRC (SAMIDRC)", "ORG", "IGO", ["den abziehenden Soldaten"]),
        entity("World Food Programme (WFP)", "ORG", "UNO", ["Das Welternährungsprogramm (WFP)"]),
    ],
})

# ---------------------------------------------------------------- hm47-de-03 (Venezuela / Argentina / Brazil)
VEN = actor("Venezuela", "VEN", "GOV")
ARG = actor("Argentina", "ARG", "GOV")
AIDES = actor("aides of María Corina Machado", "VEN", "OPP")
GIL = actor("Yván Gil", "VEN", "GOV")

S1 = ("Venezuelas Regierung hat Brasilien am Samstag die Verwaltung der argentinischen Botschaft in Caracas "
      "entzogen.")
S2 = ("In dem Gebäude harren seit März sechs Mitarbeiter der Oppositionsführerin María Corina Machado aus, gegen "
      "die Haftbefehle vorliegen.")
S3 = "Sicherheitskräfte umstellten in der Nacht die Residenz und kappten zeitweise den Strom."
S4 = ("Brasília erklärte, es werde die Botschaft so lange schützen, bis Argentinien einen anderen Staat seines "
      "Vertrauens benenne.")
S5 = ("Das argentinische Außenministerium verurteilte den Schritt scharf und warnte: „Jeder Versuch, in die "
      "Botschaft einzudringen, wäre ein Bruch des Völkerrechts.“")
S6 = "Buenos Aires forderte Caracas zudem auf, den Aktivisten freies Geleit zur Ausreise zu gewähren."
S7 = ("Außenminister Yván Gil lehnte dies ab und warf den Oppositionellen vor, von der Botschaft aus "
      "»Terrorakte« geplant zu haben.")
S8 = ("Spanien gewährte unterdessen dem Oppositionskandidaten Edmundo González, gegen den ebenfalls ein "
      "Haftbefehl vorlag, politisches Asyl.")
S9 = "Er landete in der Nacht zum Sonntag in Madrid."
S10 = ("Der EU-Außenbeauftragte Josep Borrell sprach von einem »traurigen Tag für die Demokratie« und forderte "
       "Caracas auf, die Wiener Konvention zu achten.")

ARTICLES.append({
    "id": "hm47-de-03", "lang": "de", "url": None, "published": "2024-09-08",
    "title": "Venezuela entzieht Brasilien die Obhut über Argentiniens Botschaft",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("SANCTION", VEN, actor("Brazil", "BRA", "GOV"), S1, mode="discontinue", date="2024-09-07",
              location="Caracas", location_country="VEN"),
        event("COERCE", actor("Venezuelan security forces", "VEN", "COP"), AIDES, S3, mode="restrict",
              location="Caracas", location_country="VEN"),
        event("AGREE", actor("Brazil", "BRA", "GOV"), ARG, S4),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV"), VEN, S5, mode="disapprove"),
        event("REQUEST", ARG, VEN, S6),
        event("REJECT", GIL, ARG, S7),
        event("ACCUSE", GIL, AIDES, S7, mode="allege"),
        event("AID", actor("Spain", "ESP", "GOV"), actor("Edmundo González", "VEN", "OPP"), S8),
        event("REQUEST", actor("Josep Borrell", "EUR", "IGO"), VEN, S10),
    ],
    "quotes": [
        quote("es werde die Botschaft so lange schützen, bis Argentinien einen anderen Staat seines Vertrauens "
              "benenne", "Government of Brazil", "indirect"),
        quote("Jeder Versuch, in die Botschaft einzudringen, wäre ein Bruch des Völkerrechts",
              "Ministry of Foreign Affairs of Argentina", "direct"),
        quote("Terrorakte", "Yván Gil", "direct"),
        quote("von der Botschaft aus »Terrorakte« geplant zu haben", "Yván Gil", "indirect"),
        quote("traurigen Tag für die Demokratie", "Josep Borrell", "direct"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuelas Regierung", "Caracas"]),
        entity("Brazil", "GPE", "BRA", ["Brasilien", "Brasília", "es"]),
        entity("Embassy of Argentina in Caracas", "ORG", "ARG",
               ["der argentinischen Botschaft in Caracas", "dem Gebäude", "die Residenz", "die Botschaft",
                "der Botschaft"]),
        entity("Argentina", "GPE", "ARG", ["Argentinien", "Buenos Aires"]),
        entity("aides of María Corina Machado", "PER", "VEN",
               ["sechs Mitarbeiter der Oppositionsführerin María Corina Machado", "den Aktivisten",
                "den Oppositionellen"]),
        entity("María Corina Machado", "PER", "VEN", ["der Oppositionsführerin María Corina Machado"]),
        entity("Venezuelan security forces", "ORG", "VEN", ["Sicherheitskräfte"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["Das argentinische Außenministerium"]),
        entity("Yván Gil", "PER", "VEN", ["Außenminister Yván Gil"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Edmundo González", "PER", "VEN", ["dem Oppositionskandidaten Edmundo González", "Er"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Josep Borrell", "PER", "EUR", ["Der EU-Außenbeauftragte Josep Borrell"]),
    ],
})

# ---------------------------------------------------------------- hm47-de-04 (Belarus)
LUKA = actor("Alexander Lukashenko", "BLR", "GOV")
KELLOGG = actor("Keith Kellogg", "USA", "GOV")
TSIKH = actor("Sviatlana Tsikhanouskaya", "BLR", "OPP")

S1 = ("Belarus hat nach einem Besuch des US-Sondergesandten Keith Kellogg 14 politische Gefangene "
      "freigelassen, darunter den Oppositionellen Sergej Tichanowski.")
S2 = "Machthaber Alexander Lukaschenko hatte Kellogg am Samstag in Minsk empfangen."
S3 = ("Die Freigelassenen seien in enger Zusammenarbeit mit den USA nach Litauen gebracht worden, teilte die "
      "Regierung in Vilnius mit.")
S4 = ("Tichanowskis Frau, die Oppositionsführerin Swetlana Tichanowskaja, dankte US-Präsident Donald Trump "
      "und seinem Team.")
S5 = ("„Mein Mann ist frei“, schrieb sie auf der Plattform X, „aber mehr als 1100 Menschen sitzen noch immer "
      "hinter Gittern.“")
S6 = "Sie forderte die EU auf, den Druck auf Minsk aufrechtzuerhalten."
S7 = "Lukaschenko erklärte nach Angaben seines Pressedienstes, Minsk sei zu weiteren Gesprächen mit Washington bereit."
S8 = "Im Gegenzug erwarte er eine Lockerung der Sanktionen gegen die belarussische Kaliindustrie."
S9 = "Die EU hatte ihre Sanktionen gegen Minsk erst im Februar um ein Jahr verlängert."
S10 = "Unabhängigen Medien zufolge wurden am Freitag in Minsk zwei Journalisten festgenommen."

ARTICLES.append({
    "id": "hm47-de-04", "lang": "de", "url": None, "published": "2025-06-21",
    "title": "Belarus lässt Oppositionellen Tichanowski frei",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10]),
    "events": [
        event("RETREAT", actor("Belarus", "BLR", "GOV"), actor("Belarusian political prisoners", "BLR", "CVL"), S1,
              mode="release", date="2025-06-21"),
        event("CONSULT", KELLOGG, LUKA, S2, mode="visit", date="2025-06-21", location="Minsk",
              location_country="BLR"),
        event("COOPERATE", actor("Lithuania", "LTU", "GOV"), actor("United States", "USA", "GOV"), S3,
              date="2025-06-21"),
        event("SUPPORT", TSIKH, actor("Donald Trump", "USA", "GOV"), S4),
        event("REQUEST", TSIKH, actor("European Union", "EUR", "IGO"), S6),
        event("AGREE", LUKA, actor("United States", "USA", "GOV"), S7),
        event("REQUEST", LUKA, actor("United States", "USA", "GOV"), S8, mode="change"),
        event("SANCTION", actor("European Union", "EUR", "IGO"), actor("Belarus", "BLR", "GOV"), S9),
        event("COERCE", actor("Belarusian police", "BLR", "COP"), actor("Belarusian journalists", "BLR", "CVL"), S10,
              mode="arrest", date="2025-06-20", location="Minsk", location_country="BLR"),
    ],
    "quotes": [
        quote("Die Freigelassenen seien in enger Zusammenarbeit mit den USA nach Litauen gebracht worden",
              "Government of Lithuania", "indirect"),
        quote("Mein Mann ist frei", "Sviatlana Tsikhanouskaya", "direct"),
        quote("aber mehr als 1100 Menschen sitzen noch immer hinter Gittern", "Sviatlana Tsikhanouskaya", "direct"),
        quote("Minsk sei zu weiteren Gesprächen mit Washington bereit", "Alexander Lukashenko", "indirect"),
        quote("Im Gegenzug erwarte er eine Lockerung der Sanktionen gegen die belarussische Kaliindustrie",
              "Alexander Lukashenko", "indirect"),
        quote("wurden am Freitag in Minsk zwei Journalisten festgenommen", "independent Belarusian media",
              "indirect"),
    ],
    "entities": [
        entity("Belarus", "GPE", "BLR", ["Belarus", "Minsk"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Keith Kellogg", "PER", "USA", ["des US-Sondergesandten Keith Kellogg", "Kellogg"]),
        entity("Belarusian political prisoners", "PER", "BLR", ["14 politische Gefangene", "Die Freigelassenen"]),
        entity("Siarhei Tsikhanouski", "PER", "BLR", ["den Oppositionellen Sergej Tichanowski", "Tichanowskis",
                                                       "Mein Mann"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko", "Lukaschenko", "er"]),
        entity("United States", "GPE", "USA", ["den USA", "Washington"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen", "die Regierung in Vilnius"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR",
               ["Tichanowskis Frau, die Oppositionsführerin Swetlana Tichanowskaja", "sie", "Sie"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("European Union", "ORG", "EUR", ["die EU", "Die EU"]),
        entity("Press service of the President of Belarus", "ORG", "BLR", ["seines Pressedienstes"]),
        entity("independent Belarusian media", "ORG", "BLR", ["Unabhängigen Medien"]),
        entity("Belarusian journalists", "PER", "BLR", ["zwei Journalisten"]),
    ],
})

# ---------------------------------------------------------------- hm47-en-01 (US-Iran talks in Muscat)
USA = actor("United States", "USA", "GOV")
IRN = actor("Iran", "IRN", "GOV")
OMAN = actor("Oman", "OMN", "GOV")

S1 = "U.S. and Iranian negotiators held talks in Oman’s capital Muscat on Saturday, the first such contact since Donald Trump returned to the White House."
S2 = ("Special envoy Steve Witkoff and Foreign Minister Abbas Araqchi sat in separate rooms while Omani Foreign "
      "Minister Badr Albusaidi carried messages between them, Iranian state media reported.")
S3 = "Both sides agreed to meet again next Saturday, Araqchi told state television."
S4 = "“The talks were held in a calm and respectful atmosphere,” he said."
S5 = "Trump has threatened to bomb Iran if it does not accept a new deal on its nuclear program."
S6 = "Days before the meeting, the U.S. Treasury imposed new sanctions on Iran’s oil network."
S7 = "Tehran has rejected U.S. demands to dismantle its uranium enrichment, calling them a “red line.”"
S8 = ("Israel, which opposes any deal that leaves Iran able to enrich uranium, was not consulted in advance, an "
      "Israeli official told Reuters.")
S9 = "Oman offered to host the next round as well."

ARTICLES.append({
    "id": "hm47-en-01", "lang": "en", "url": None, "published": "2025-04-13",
    "title": "U.S. and Iran hold talks in Oman, agree to meet again",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("CONSULT", USA, IRN, S1, mode="third-party", date="2025-04-12", location="Muscat",
              location_country="OMN"),
        event("CONSULT", actor("Badr Albusaidi", "OMN", "GOV"), actor("Steve Witkoff", "USA", "GOV"), S2,
              date="2025-04-12", location="Muscat", location_country="OMN"),
        event("CONSULT", actor("Badr Albusaidi", "OMN", "GOV"), actor("Abbas Araghchi", "IRN", "GOV"), S2,
              date="2025-04-12", location="Muscat", location_country="OMN"),
        event("AGREE", USA, IRN, S3),
        event("THREATEN", actor("Donald Trump", "USA", "GOV"), IRN, S5, mode="violence"),
        event("SANCTION", actor("U.S. Department of the Treasury", "USA", "GOV"), actor("Iranian oil network", "IRN", "BUS"),
              S6),
        event("REJECT", IRN, USA, S7),
        event("CONSULT", USA, actor("Israel", "ISR", "GOV"), S8, negated=True),
        event("AGREE", OMAN, USA, S9),
        event("AGREE", OMAN, IRN, S9),
    ],
    "quotes": [
        quote("Special envoy Steve Witkoff and Foreign Minister Abbas Araqchi sat in separate rooms while Omani "
              "Foreign Minister Badr Albusaidi carried messages between them", "Iranian state media", "indirect"),
        quote("Both sides agreed to meet again next Saturday", "Abbas Araghchi", "indirect"),
        quote("The talks were held in a calm and respectful atmosphere", "Abbas Araghchi", "direct"),
        quote("red line", "Government of Iran", "direct"),
        quote("Israel, which opposes any deal that leaves Iran able to enrich uranium, was not consulted in "
              "advance", "Israeli official", "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["U.S."]),
        entity("Iran", "GPE", "IRN", ["Iranian", "Iran", "Tehran"]),
        entity("Oman", "GPE", "OMN", ["Oman’s", "Omani", "Oman"]),
        entity("Muscat", "LOC", "OMN", ["Oman’s capital Muscat"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Steve Witkoff", "PER", "USA", ["Special envoy Steve Witkoff"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araqchi", "Araqchi", "he"]),
        entity("Badr Albusaidi", "PER", "OMN", ["Omani Foreign Minister Badr Albusaidi"]),
        entity("Iranian state media", "ORG", "IRN", ["Iranian state media", "state television"]),
        entity("U.S. Department of the Treasury", "ORG", "USA", ["the U.S. Treasury"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israeli"]),
        entity("Israeli official", "PER", "ISR", ["an Israeli official"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
    ],
})

# ---------------------------------------------------------------- hm47-en-02 (Vanuatu earthquake)
VUT = actor("Vanuatu", "VUT", "GOV")
SALWAI = actor("Charlot Salwai", "VUT", "GOV")

S1 = ("Australia and New Zealand flew search-and-rescue teams and relief supplies to Vanuatu on Wednesday, a day "
      "after a magnitude 7.3 earthquake struck near the capital Port Vila, killing at least 14 people.")
S2 = "Prime Minister Charlot Salwai declared a seven-day state of emergency and imposed a night curfew in the capital."
S3 = "Police said they had arrested three people for looting shops in Port Vila."
S4 = "“We have told Vanuatu that Australia stands ready to provide whatever help is needed,” Foreign Minister Penny Wong said."
S5 = ("France sent a military aircraft with relief goods from New Caledonia, and the United States pledged an "
      "initial $1 million in aid.")
S6 = "The building housing the U.S., British and French embassies was badly damaged."
S7 = "Salwai thanked Canberra and Wellington for their “quick and generous response.”"
S8 = "China has also offered to send a medical team, the Chinese embassy said."
S9 = "Aid workers warned that landslides were blocking roads to villages outside the capital."

ARTICLES.append({
    "id": "hm47-en-02", "lang": "en", "url": None, "published": "2024-12-18",
    "title": "Australia, New Zealand fly rescuers to quake-hit Vanuatu",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("AID", actor("Australia", "AUS", "GOV"), VUT, S1, date="2024-12-18", location="Vanuatu",
              location_country="VUT"),
        event("AID", actor("New Zealand", "NZL", "GOV"), VUT, S1, date="2024-12-18", location="Vanuatu",
              location_country="VUT"),
        event("COERCE", SALWAI, None, S2, mode="curfew", location="Port Vila", location_country="VUT"),
        event("COERCE", actor("Vanuatu Police Force", "VUT", "COP"), actor("looters", "VUT", "CVL"), S3,
              mode="arrest", location="Port Vila", location_country="VUT"),
        event("AGREE", actor("Penny Wong", "AUS", "GOV"), VUT, S4),
        event("AID", actor("French military", "FRA", "MIL"), VUT, S5),
        event("AGREE", actor("United States", "USA", "GOV"), VUT, S5),
        event("SUPPORT", SALWAI, actor("Australia", "AUS", "GOV"), S7),
        event("SUPPORT", SALWAI, actor("New Zealand", "NZL", "GOV"), S7),
        event("AGREE", actor("China", "CHN", "GOV"), VUT, S8),
    ],
    "quotes": [
        quote("they had arrested three people for looting shops in Port Vila", "Vanuatu Police Force", "indirect"),
        quote("We have told Vanuatu that Australia stands ready to provide whatever help is needed", "Penny Wong",
              "direct"),
        quote("quick and generous response", "Charlot Salwai", "direct"),
        quote("China has also offered to send a medical team", "Embassy of China in Vanuatu", "indirect"),
        quote("that landslides were blocking roads to villages outside the capital", "aid workers", "indirect"),
    ],
    "entities": [
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("Vanuatu", "GPE", "VUT", ["Vanuatu"]),
        entity("Port Vila", "LOC", "VUT", ["the capital Port Vila", "the capital", "Port Vila"]),
        entity("Charlot Salwai", "PER", "VUT", ["Prime Minister Charlot Salwai", "Salwai"]),
        entity("Vanuatu Police Force", "ORG", "VUT", ["Police", "they"]),
        entity("Penny Wong", "PER", "AUS", ["Foreign Minister Penny Wong"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("New Caledonia", "LOC", "FRA", ["New Caledonia"]),
        entity("United States", "GPE", "USA", ["the United States", "U.S."]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Embassy of China in Vanuatu", "ORG", "CHN", ["the Chinese embassy"]),
        entity("aid workers", "PER", None, ["Aid workers"]),
    ],
})
