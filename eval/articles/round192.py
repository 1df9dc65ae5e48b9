"""Round 192: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm192-de-01: Gunmen abduct 25 schoolgirls from a boarding school in Maga, Kebbi State, Nigeria; Tinubu sends troops, the governor blames the army, the AU and Amnesty react (2025-11-18).
- hm192-de-02: José Antonio Kast wins Chile's presidential run-off; Jara concedes, Boric invites him to La Moneda, Kast threatens undocumented migrants, Milei and Rubio congratulate (2025-12-15).
- hm192-de-03: The Houthis sink the bulk carrier Eternity C in the Red Sea days after the Magic Seas; EU Aspides rescues crew, Washington demands the release of seafarers held by the Houthis (2025-07-11).
- hm192-de-04: Viv Ansanm gangs overrun Mirebalais in Haiti and free its prisoners; Fils-Aimé sends police, protest in Port-au-Prince dispersed with tear gas, Guterres appeals for the mission (2025-04-02).
- hm192-en-01: Mali's junta arrests two generals and French embassy employee Yann Vezilier over an alleged plot; Paris calls the charges unfounded and demands his release (2025-08-15).
- hm192-en-02: Hamas frees the last living Israeli hostages and Israel releases Palestinian prisoners; Trump at the Knesset and the Sharm el-Sheikh summit, Netanyahu stays away (2025-10-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm192-de-01 (Kebbi, Nigeria)
GUNMEN = actor("gunmen in Kebbi State", "NGA", "REB")
SCHOOLGIRLS = actor("abducted schoolgirls of Maga", "NGA", "CVL")
MAKUKU = actor("Hassan Yakubu Makuku", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
MATAWALLE = actor("Bello Matawalle", "NGA", "GOV")
IDRIS = actor("Nasir Idris", "NGA", "GOV")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
MAGA_UNIT = actor("army unit stationed at the Maga school", "NGA", "MIL")
AU = actor("African Union", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")

N1 = "Bewaffnete haben im Nordwesten Nigerias 25 Schülerinnen aus einem Internat verschleppt."
N2 = ("Die Angreifer stürmten am frühen Montagmorgen die staatliche Mädchenschule in Maga im Bundesstaat Kebbi und "
      "erschossen den stellvertretenden Schulleiter, teilte die Polizei mit.")
N3 = "Einer Schülerin sei die Flucht gelungen, hieß es weiter."
N4 = "Präsident Bola Tinubu ordnete die Entsendung zusätzlicher Soldaten und Polizisten nach Kebbi an."
N5 = "„Wir werden nicht ruhen“, erklärte Tinubu, „bis jedes Mädchen sicher zu seiner Familie zurückgekehrt ist.“"
N6 = ("Staatsverteidigungsminister Bello Matawalle reiste nach Birnin Kebbi und beriet dort mit Gouverneur Nasir "
      "Idris über die Suche.")
N7 = "Die Armee teilte mit, Einheiten verfolgten die Entführer in den Wäldern der Region."
N8 = ("Gouverneur Idris warf dem Militär vor, eine an der Schule stationierte Einheit wenige Stunden vor dem Überfall "
      "abgezogen zu haben.")
N9 = "Das Heer leitete eine Untersuchung des Vorgangs ein."
N10 = "Die Afrikanische Union verurteilte die Entführung und forderte die sofortige Freilassung der Mädchen."
N11 = "Amnesty International kritisierte, die Behörden hätten aus früheren Massenentführungen nichts gelernt."
N12 = "Im Nordwesten Nigerias verschleppen kriminelle Banden seit Jahren Schüler, um Lösegeld zu erpressen."
N13 = "Zu der Tat bekannte sich zunächst niemand."

DE01 = {
    "id": "hm192-de-01", "lang": "de", "url": None, "published": "2025-11-18",
    "title": "Bewaffnete verschleppen 25 Schülerinnen im Nordwesten Nigerias",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11, N12, N13]),
    "events": [
        event("ASSAULT", GUNMEN, SCHOOLGIRLS, N1, mode="abduct", date="2025-11-17", location="Maga",
              location_country="NGA"),
        event("ASSAULT", GUNMEN, MAKUKU, N2, mode="firearms", date="2025-11-17", location="Maga",
              location_country="NGA"),
        event("MOBILIZE", TINUBU, GUNMEN, N4, mode="troops", location="Kebbi", location_country="NGA"),
        event("AGREE", TINUBU, SCHOOLGIRLS, N5),
        event("CONSULT", MATAWALLE, IDRIS, N6, mode="visit", location="Birnin Kebbi", location_country="NGA"),
        event("MOBILIZE", NGA_ARMY, GUNMEN, N7, mode="troops", location="Kebbi", location_country="NGA"),
        event("ACCUSE", IDRIS, NGA_ARMY, N8, mode="allege"),
        event("ACCUSE", NGA_ARMY, MAGA_UNIT, N9, mode="investigate"),
        event("ACCUSE", AU, GUNMEN, N10, mode="disapprove"),
        event("REQUEST", AU, GUNMEN, N10, mode="yield"),
        event("ACCUSE", AMNESTY, NGA_GOV, N11, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Angreifer stürmten am frühen Montagmorgen die staatliche Mädchenschule in Maga im Bundesstaat Kebbi "
              "und erschossen den stellvertretenden Schulleiter", "Kebbi State Police Command", "indirect"),
        quote("Einer Schülerin sei die Flucht gelungen", "Kebbi State Police Command", "indirect"),
        quote("Wir werden nicht ruhen", "Bola Tinubu", "direct"),
        quote("bis jedes Mädchen sicher zu seiner Familie zurückgekehrt ist", "Bola Tinubu", "direct"),
        quote("Einheiten verfolgten die Entführer in den Wäldern der Region", "Nigerian Army", "indirect"),
        quote("eine an der Schule stationierte Einheit wenige Stunden vor dem Überfall abgezogen zu haben",
              "Nasir Idris", "indirect"),
        quote("die Behörden hätten aus früheren Massenentführungen nichts gelernt", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("gunmen in Kebbi State", "ORG", "NGA", ["Bewaffnete", "Die Angreifer", "die Entführer"]),
        entity("Nigeria", "GPE", "NGA", ["Nigerias"]),
        entity("abducted schoolgirls of Maga", "ORG", "NGA", ["25 Schülerinnen", "der Mädchen"]),
        entity("Government Girls Comprehensive Secondary School Maga", "ORG", "NGA",
               ["einem Internat", "die staatliche Mädchenschule in Maga", "der Schule"]),
        entity("Maga", "LOC", "NGA", ["Maga"]),
        entity("Kebbi State", "LOC", "NGA", ["Bundesstaat Kebbi", "Kebbi"]),
        entity("Hassan Yakubu Makuku", "PER", "NGA", ["den stellvertretenden Schulleiter"]),
        entity("Kebbi State Police Command", "ORG", "NGA", ["die Polizei"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Tinubu"]),
        entity("Bello Matawalle", "PER", "NGA", ["Staatsverteidigungsminister Bello Matawalle"]),
        entity("Birnin Kebbi", "LOC", "NGA", ["Birnin Kebbi"]),
        entity("Nasir Idris", "PER", "NGA", ["Gouverneur Nasir Idris", "Gouverneur Idris"]),
        entity("Nigerian Army", "ORG", "NGA", ["Die Armee", "dem Militär", "Das Heer"]),
        entity("army unit stationed at the Maga school", "ORG", "NGA", ["eine an der Schule stationierte Einheit"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm192-de-02 (Chile)
KAST = actor("José Antonio Kast", "CHL", "PTY")
JARA = actor("Jeannette Jara", "CHL", "PTY")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
MIGRANTS = actor("undocumented migrants in Chile", "CHL", "CVL")
CHL_HR = actor("Chilean human rights organisations", "CHL", "NGO")
MILEI = actor("Javier Milei", "ARG", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")

C1 = "Der Rechtspolitiker José Antonio Kast hat die Stichwahl um das Präsidentenamt in Chile deutlich gewonnen."
C2 = ("Der Chef der Republikanischen Partei kam nach Auszählung fast aller Stimmen auf rund 58 Prozent, wie die "
      "Wahlbehörde Servel mitteilte.")
C3 = ("Die Kandidatin des linken Lagers, Jeannette Jara, räumte ihre Niederlage noch am Sonntagabend ein und "
      "gratulierte Kast in einem Telefonat.")
C4 = ("„Die Demokratie hat gesprochen, und wir werden eine wachsame Opposition sein“, sagte die Kommunistin vor "
      "Anhängern in Santiago.")
C5 = ("Präsident Gabriel Boric lud den Wahlsieger für Montag zu einem ersten Treffen über die Amtsübergabe in den "
      "Regierungspalast La Moneda ein.")
C6 = ("In seiner Siegesrede kündigte Kast an, Migranten ohne gültige Papiere auszuweisen, und forderte sie auf, das "
      "Land vor seinem Amtsantritt im März freiwillig zu verlassen.")
C7 = "„Wer illegal hier ist, muss gehen“, rief er unter dem Jubel seiner Anhänger."
C8 = ("Menschenrechtsorganisationen warfen ihm vor, Migranten zu Sündenböcken für die gestiegene Kriminalität zu "
      "machen.")
C9 = ("Argentiniens Präsident Javier Milei gratulierte Kast als einer der Ersten und sprach von einem „Sieg für die "
      "Freiheit“.")
C10 = ("US-Außenminister Marco Rubio begrüßte das Ergebnis und kündigte eine enge Zusammenarbeit in "
       "Sicherheitsfragen an.")
C11 = "Im ersten Wahlgang im November hatte Jara noch knapp vorn gelegen."
C12 = "Kast tritt sein Amt am 11. März an."

DE02 = {
    "id": "hm192-de-02", "lang": "de", "url": None, "published": "2025-12-15",
    "title": "Rechtspolitiker Kast gewinnt Präsidentenwahl in Chile",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("CONCEDE", JARA, KAST, C3, date="2025-12-14"),
        event("CONSULT", JARA, KAST, C3, mode="phone", date="2025-12-14"),
        event("SUPPORT", JARA, KAST, C3, date="2025-12-14"),
        event("AGREE", BORIC, KAST, C5),
        event("THREATEN", KAST, MIGRANTS, C6),
        event("REQUEST", KAST, MIGRANTS, C6),
        event("THREATEN", KAST, MIGRANTS, C7),
        event("ACCUSE", CHL_HR, KAST, C8, mode="disapprove"),
        event("SUPPORT", MILEI, KAST, C9),
        event("SUPPORT", RUBIO, KAST, C10),
        event("AGREE", RUBIO, KAST, C10),
    ],
    "quotes": [
        quote("Der Chef der Republikanischen Partei kam nach Auszählung fast aller Stimmen auf rund 58 Prozent",
              "Servel", "indirect"),
        quote("Die Demokratie hat gesprochen, und wir werden eine wachsame Opposition sein", "Jeannette Jara", "direct"),
        quote("Migranten ohne gültige Papiere auszuweisen", "José Antonio Kast", "indirect"),
        quote("das Land vor seinem Amtsantritt im März freiwillig zu verlassen", "José Antonio Kast", "indirect"),
        quote("Wer illegal hier ist, muss gehen", "José Antonio Kast", "direct"),
        quote("Migranten zu Sündenböcken für die gestiegene Kriminalität zu machen",
              "Chilean human rights organisations", "indirect"),
        quote("Sieg für die Freiheit", "Javier Milei", "direct"),
    ],
    "entities": [
        entity("José Antonio Kast", "PER", "CHL",
               ["Der Rechtspolitiker José Antonio Kast", "Der Chef der Republikanischen Partei", "Kast",
                "den Wahlsieger", "er", "ihm"]),
        entity("Chile", "GPE", "CHL", ["Chile", "Land"]),
        entity("Republican Party (Chile)", "ORG", "CHL", ["der Republikanischen Partei"]),
        entity("Servel", "ORG", "CHL", ["die Wahlbehörde Servel"]),
        entity("Jeannette Jara", "PER", "CHL",
               ["Die Kandidatin des linken Lagers, Jeannette Jara", "die Kommunistin", "Jara"]),
        entity("Santiago", "LOC", "CHL", ["Santiago"]),
        entity("Gabriel Boric", "PER", "CHL", ["Präsident Gabriel Boric"]),
        entity("La Moneda", "LOC", "CHL", ["den Regierungspalast La Moneda"]),
        entity("undocumented migrants in Chile", "ORG", "CHL", ["Migranten ohne gültige Papiere", "sie"]),
        entity("Chilean human rights organisations", "ORG", "CHL", ["Menschenrechtsorganisationen"]),
        entity("Javier Milei", "PER", "ARG", ["Argentiniens Präsident Javier Milei"]),
        entity("Argentina", "GPE", "ARG", ["Argentiniens"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
    ],
}

# ---------------------------------------------------------------- hm192-de-03 (Red Sea)
HOUTHIS = actor("Houthis", "YEM", "REB")
SAREE = actor("Yahya Saree", "YEM", "REB")
ETERNITY = actor("Eternity C", "LBR", "BUS")
MAGIC_SEAS = actor("Magic Seas", "LBR", "BUS")
ET_CREW = actor("crew of the Eternity C", None, "CVL")
ASPIDES = actor("EUNAVFOR Aspides", "EUR", "MIL")
US_STATE = actor("United States Department of State", "USA", "GOV")
GREECE = actor("Greece", "GRC", "GOV")
PHILIPPINES = actor("Philippines", "PHL", "GOV")
UN = actor("United Nations", "UNO", "IGO")

Y1 = "Die jemenitischen Huthi-Rebellen haben im Roten Meer binnen weniger Tage ein zweites Handelsschiff versenkt."
Y2 = ("Die unter liberianischer Flagge fahrende Eternity C sei nach Angriffen mit Drohnen und von Schnellbooten aus "
      "gesunken, erklärte Huthi-Militärsprecher Jahja Sari am Mittwoch.")
Y3 = "Mindestens vier Seeleute seien ums Leben gekommen, teilte die EU-Marinemission Aspides mit."
Y4 = "Ein von Aspides koordiniertes Rettungsteam zog am Donnerstag zehn Besatzungsmitglieder lebend aus dem Wasser."
Y5 = "Die Huthis bestätigten, mehrere Seeleute in ihrer Gewalt zu haben."
Y6 = ("Das US-Außenministerium warf der Miliz vor, die Männer verschleppt zu haben, und verlangte ihre sofortige "
      "Freilassung.")
Y7 = ("„Diese Angriffe zeigen die anhaltende Bedrohung, die von den Huthis für die Freiheit der Schifffahrt ausgeht“, "
      "hieß es in einer Erklärung.")
Y8 = "Bereits am Sonntag hatten die Rebellen den Massengutfrachter Magic Seas angegriffen, der ebenfalls sank."
Y9 = "Sari drohte, jedes Schiff anzugreifen, dessen Reederei Häfen in Israel anlaufe."
Y10 = "Griechenland verurteilte die Angriffe als „inakzeptabel“."
Y11 = ("Die Philippinen, aus denen die meisten Besatzungsmitglieder stammen, baten die Vereinten Nationen um "
       "Unterstützung bei deren Rückholung.")
Y12 = "Seit Ende 2023 ist der Schiffsverkehr durch das Rote Meer stark eingebrochen."

DE03 = {
    "id": "hm192-de-03", "lang": "de", "url": None, "published": "2025-07-11",
    "title": "Huthis versenken zweites Frachtschiff im Roten Meer",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6, Y7, Y8], [Y9, Y10, Y11, Y12]),
    "events": [
        event("ASSAULT", HOUTHIS, ETERNITY, Y1, mode="destroy", location="Red Sea"),
        event("ASSAULT", HOUTHIS, ETERNITY, Y2, mode="drone", location="Red Sea"),
        event("AID", ASPIDES, ET_CREW, Y4, date="2025-07-10", location="Red Sea"),
        event("ASSAULT", HOUTHIS, ET_CREW, Y5, mode="abduct"),
        event("ACCUSE", US_STATE, HOUTHIS, Y6, mode="allege"),
        event("REQUEST", US_STATE, HOUTHIS, Y6, mode="yield"),
        event("ACCUSE", US_STATE, HOUTHIS, Y7, mode="disapprove"),
        event("ASSAULT", HOUTHIS, MAGIC_SEAS, Y8, date="2025-07-06", location="Red Sea"),
        event("THREATEN", SAREE, None, Y9, mode="violence"),
        event("ACCUSE", GREECE, HOUTHIS, Y10, mode="disapprove"),
        event("REQUEST", PHILIPPINES, UN, Y11, mode="assist"),
    ],
    "quotes": [
        quote("Die unter liberianischer Flagge fahrende Eternity C sei nach Angriffen mit Drohnen und von Schnellbooten "
              "aus gesunken", "Yahya Saree", "indirect"),
        quote("Mindestens vier Seeleute seien ums Leben gekommen", "EUNAVFOR Aspides", "indirect"),
        quote("mehrere Seeleute in ihrer Gewalt zu haben", "Houthis", "indirect"),
        quote("die Männer verschleppt zu haben", "United States Department of State", "indirect"),
        quote("Diese Angriffe zeigen die anhaltende Bedrohung, die von den Huthis für die Freiheit der Schifffahrt "
              "ausgeht", "United States Department of State", "direct"),
        quote("jedes Schiff anzugreifen, dessen Reederei Häfen in Israel anlaufe", "Yahya Saree", "indirect"),
        quote("inakzeptabel", "Greece", "direct"),
    ],
    "entities": [
        entity("Houthis", "ORG", "YEM",
               ["Die jemenitischen Huthi-Rebellen", "Die Huthis", "der Miliz", "den Huthis", "die Rebellen"]),
        entity("Red Sea", "LOC", None, ["im Roten Meer", "das Rote Meer"]),
        entity("Eternity C", "ORG", "LBR",
               ["ein zweites Handelsschiff", "Die unter liberianischer Flagge fahrende Eternity C"]),
        entity("Liberia", "GPE", "LBR", ["liberianischer"]),
        entity("Yahya Saree", "PER", "YEM", ["Huthi-Militärsprecher Jahja Sari", "Sari"]),
        entity("EUNAVFOR Aspides", "ORG", "EUR", ["die EU-Marinemission Aspides", "Aspides"]),
        entity("crew of the Eternity C", "ORG", None,
               ["zehn Besatzungsmitglieder", "mehrere Seeleute", "die Männer", "die meisten Besatzungsmitglieder"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Magic Seas", "ORG", "LBR", ["den Massengutfrachter Magic Seas"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Greece", "GPE", "GRC", ["Griechenland"]),
        entity("Philippines", "GPE", "PHL", ["Die Philippinen"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm192-de-04 (Mirebalais, Haiti)
VIV_ANSANM = actor("Viv Ansanm", "HTI", "REB")
HNP = actor("Haitian National Police", "HTI", "COP")
MIRE_CIV = actor("civilians in Mirebalais", "HTI", "CVL")
MIRE_RES = actor("residents of Mirebalais", "HTI", "CVL")
FILS_AIME = actor("Alix Didier Fils-Aimé", "HTI", "GOV")
MSS_KENYA = actor("Kenyan police of the Multinational Security Support mission", "KEN", "COP")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
PAP_PROTESTERS = actor("protesters in Port-au-Prince", "HTI", "CVL")
GUTERRES = actor("António Guterres", "UNO", "IGO")
UN_MEMBERS = actor("UN member states", "UNO", None)
WFP = actor("World Food Programme", "UNO", "IGO")
HTI_IDP = actor("displaced people from Mirebalais", "HTI", "CVL")

K1 = ("Schwer bewaffnete Banden haben die zentralhaitianische Stadt Mirebalais überrannt und mehr als 500 Häftlinge "
      "aus dem örtlichen Gefängnis befreit.")
K2 = ("Kämpfer des Bandenbündnisses Viv Ansanm stürmten am Montag die Polizeiwache und das Gefängnis, wie die Polizei "
      "mitteilte.")
K3 = "Die Angreifer erschossen mehrere Zivilisten, darunter zwei Ordensschwestern."
K4 = "Tausende Bewohner flohen vor den Banden in umliegende Dörfer."
K5 = ("Regierungschef Alix Didier Fils-Aimé verurteilte den Überfall als „Angriff auf die Nation“ und schickte "
      "Polizeiverstärkung in die Region.")
K6 = ("Haitianische Polizisten und kenianische Kräfte der multinationalen Sicherheitsmission rückten am Dienstag "
      "gemeinsam in Richtung Mirebalais vor.")
K7 = "Die Bandenführer drohten in einem Video, als Nächstes die gesamte Hauptstadt unter ihre Kontrolle zu bringen."
K8 = ("In Port-au-Prince zogen am Mittwoch Hunderte Menschen vor den Amtssitz des Regierungschefs, um mehr Schutz vor "
      "den Banden zu verlangen.")
K9 = "Die Polizei setzte Tränengas gegen die Demonstranten ein."
K10 = "UN-Generalsekretär António Guterres sei „zutiefst alarmiert“, sagte sein Sprecher Stéphane Dujarric in New York."
K11 = ("Guterres rief die Mitgliedstaaten auf, die unterfinanzierte Mission rasch mit mehr Geld und Personal "
       "auszustatten.")
K12 = "Das Welternährungsprogramm verteilte am Mittwoch Lebensmittel an Tausende Vertriebene in der Region."
K13 = "Banden kontrollieren seit Jahren weite Teile der Hauptstadt."

DE04 = {
    "id": "hm192-de-04", "lang": "de", "url": None, "published": "2025-04-02",
    "title": "Banden überrennen Mirebalais in Haiti und befreien Hunderte Häftlinge",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10, K11, K12, K13]),
    "events": [
        event("ASSAULT", VIV_ANSANM, None, K1, location="Mirebalais", location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, HNP, K2, date="2025-03-31", location="Mirebalais", location_country="HTI"),
        event("ASSAULT", VIV_ANSANM, MIRE_CIV, K3, mode="firearms", location="Mirebalais", location_country="HTI"),
        event("SANCTION", VIV_ANSANM, MIRE_RES, K4, mode="expel", location="Mirebalais", location_country="HTI"),
        event("ACCUSE", FILS_AIME, VIV_ANSANM, K5, mode="disapprove"),
        event("MOBILIZE", FILS_AIME, VIV_ANSANM, K5, mode="police", location="Mirebalais", location_country="HTI"),
        event("COOPERATE", HNP, MSS_KENYA, K6, date="2025-04-01", location="Mirebalais", location_country="HTI"),
        event("THREATEN", VIV_ANSANM, HTI_GOV, K7, mode="territory"),
        event("PROTEST", PAP_PROTESTERS, FILS_AIME, K8, mode="demo", date="2025-04-02", location="Port-au-Prince",
              location_country="HTI"),
        event("ASSAULT", HNP, PAP_PROTESTERS, K9, mode="crowd-control", date="2025-04-02", location="Port-au-Prince",
              location_country="HTI"),
        event("REQUEST", GUTERRES, UN_MEMBERS, K11, mode="assist"),
        event("AID", WFP, HTI_IDP, K12, date="2025-04-02", location="Mirebalais", location_country="HTI"),
    ],
    "quotes": [
        quote("Kämpfer des Bandenbündnisses Viv Ansanm stürmten am Montag die Polizeiwache und das Gefängnis",
              "Haitian National Police", "indirect"),
        quote("Angriff auf die Nation", "Alix Didier Fils-Aimé", "direct"),
        quote("als Nächstes die gesamte Hauptstadt unter ihre Kontrolle zu bringen", "Viv Ansanm", "indirect"),
        quote("UN-Generalsekretär António Guterres sei „zutiefst alarmiert“", "Stéphane Dujarric", "indirect"),
        quote("zutiefst alarmiert", "Stéphane Dujarric", "direct"),
        quote("die unterfinanzierte Mission rasch mit mehr Geld und Personal auszustatten", "António Guterres", "indirect"),
    ],
    "entities": [
        entity("Viv Ansanm", "ORG", "HTI",
               ["Schwer bewaffnete Banden", "Kämpfer des Bandenbündnisses Viv Ansanm", "Die Angreifer",
                "den Banden", "Die Bandenführer"]),
        entity("Mirebalais", "LOC", "HTI", ["die zentralhaitianische Stadt Mirebalais", "Mirebalais"]),
        entity("Mirebalais prison", "LOC", "HTI", ["dem örtlichen Gefängnis", "das Gefängnis"]),
        entity("Haitian National Police", "ORG", "HTI", ["die Polizei", "Haitianische Polizisten", "Die Polizei"]),
        entity("residents of Mirebalais", "ORG", "HTI", ["Tausende Bewohner"]),
        entity("Alix Didier Fils-Aimé", "PER", "HTI", ["Regierungschef Alix Didier Fils-Aimé", "des Regierungschefs"]),
        entity("Multinational Security Support mission", "ORG", "IGO",
               ["der multinationalen Sicherheitsmission", "die unterfinanzierte Mission"]),
        entity("Kenyan police of the Multinational Security Support mission", "ORG", "KEN", ["kenianische Kräfte"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Port-au-Prince", "die gesamte Hauptstadt", "der Hauptstadt"]),
        entity("protesters in Port-au-Prince", "ORG", "HTI", ["Hunderte Menschen", "die Demonstranten"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "Guterres"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["sein Sprecher Stéphane Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("UN member states", "ORG", "UNO", ["die Mitgliedstaaten"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("displaced people from Mirebalais", "ORG", "HTI", ["Tausende Vertriebene"]),
    ],
}

# ---------------------------------------------------------------- hm192-en-01 (Mali)
MLI_AUTH = actor("Malian authorities", "MLI", "GOV")
MLI_OFFICERS = actor("Malian army officers", "MLI", "MIL")
DEMBELE = actor("Abass Dembélé", "MLI", "MIL")
SAGARA = actor("Nema Sagara", "MLI", "MIL")
VEZILIER = actor("Yann Vezilier", "FRA", "GOV")
MOHAMMEDINE = actor("Daoud Aly Mohammedine", "MLI", "GOV")
FRA_INTEL = actor("French intelligence services", "FRA", "GOV")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
MLI_POLICE = actor("Malian police", "MLI", "COP")
MARA = actor("Moussa Mara", "MLI", "OPP")
MLI_JUD = actor("Malian judicial authorities", "MLI", "JUD")
MAIGA = actor("Choguel Kokalla Maïga", "MLI", "OPP")

M1 = ("Mali's military authorities have arrested two generals and several other soldiers accused of plotting to "
      "destabilise the country's institutions, the government said on Thursday.")
M2 = ("Among those detained are General Abass Dembélé, a former governor of the central Mopti region, and General "
      "Nema Sagara, one of the few women to hold that rank.")
M3 = ("Security Minister General Daoud Aly Mohammedine said in a televised statement that a French citizen, Yann "
      "Vezilier, had also been arrested.")
M4 = ("He accused Vezilier of working “on behalf of the French intelligence services” to recruit politicians, civil "
      "society leaders and officers.")
M5 = ("France's foreign ministry rejected the accusations as “unfounded” and said Vezilier was a member of its embassy "
      "staff in Bamako.")
M6 = "It said his arrest violated the Vienna Convention on diplomatic relations and demanded his immediate release."
M7 = "“We are in contact with the Malian authorities to clear up this misunderstanding,” a ministry spokesperson said."
M8 = "Bamako did not say whether the Frenchman would be charged or expelled."
M9 = ("The arrests come two weeks after police detained former prime minister Moussa Mara over social media posts in "
      "which he voiced support for jailed activists.")
M10 = ("Another former prime minister, Choguel Kokalla Maïga, was charged with embezzlement on Tuesday and placed in "
       "custody.")
M11 = "Relations between Paris and Bamako have been at a low point for several years."

EN01 = {
    "id": "hm192-en-01", "lang": "en", "url": None, "published": "2025-08-15",
    "title": "Mali arrests generals and a Frenchman over alleged plot",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11]),
    "events": [
        event("COERCE", MLI_AUTH, MLI_OFFICERS, M1, mode="arrest"),
        event("ACCUSE", MLI_AUTH, MLI_OFFICERS, M1, mode="allege"),
        event("COERCE", MLI_AUTH, DEMBELE, M2, mode="arrest"),
        event("COERCE", MLI_AUTH, SAGARA, M2, mode="arrest"),
        event("COERCE", MLI_AUTH, VEZILIER, M3, mode="arrest"),
        event("ACCUSE", MOHAMMEDINE, VEZILIER, M4, mode="allege"),
        event("ACCUSE", MOHAMMEDINE, FRA_INTEL, M4, mode="allege"),
        event("ACCUSE", FRA_MFA, MLI_AUTH, M6, mode="allege"),
        event("REQUEST", FRA_MFA, MLI_AUTH, M6, mode="yield"),
        event("CONSULT", FRA_MFA, MLI_AUTH, M7),
        event("COERCE", MLI_POLICE, MARA, M9, mode="arrest"),
        event("ACCUSE", MLI_JUD, MAIGA, M10, mode="allege", date="2025-08-12"),
        event("COERCE", MLI_JUD, MAIGA, M10, mode="arrest", date="2025-08-12"),
    ],
    "quotes": [
        quote("Mali's military authorities have arrested two generals and several other soldiers accused of plotting "
              "to destabilise the country's institutions", "Government of Mali", "indirect"),
        quote("that a French citizen, Yann Vezilier, had also been arrested", "Daoud Aly Mohammedine", "indirect"),
        quote("on behalf of the French intelligence services", "Daoud Aly Mohammedine", "direct"),
        quote("unfounded", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("Vezilier was a member of its embassy staff in Bamako", "Ministry for Europe and Foreign Affairs of France",
              "indirect"),
        quote("his arrest violated the Vienna Convention on diplomatic relations",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
        quote("We are in contact with the Malian authorities to clear up this misunderstanding",
              "French foreign ministry spokesperson", "direct"),
    ],
    "entities": [
        entity("Malian authorities", "ORG", "MLI",
               ["Mali's military authorities", "the government", "the Malian authorities", "Bamako"]),
        entity("Mali", "GPE", "MLI", ["Mali's", "the country's"]),
        entity("Malian army officers", "ORG", "MLI", ["two generals and several other soldiers"]),
        entity("Abass Dembélé", "PER", "MLI", ["General Abass Dembélé"]),
        entity("Mopti", "LOC", "MLI", ["the central Mopti region"]),
        entity("Nema Sagara", "PER", "MLI", ["General Nema Sagara"]),
        entity("Daoud Aly Mohammedine", "PER", "MLI", ["Security Minister General Daoud Aly Mohammedine", "He"]),
        entity("Yann Vezilier", "PER", "FRA", ["a French citizen, Yann Vezilier", "Vezilier", "his", "the Frenchman"]),
        entity("French intelligence services", "ORG", "FRA", ["the French intelligence services"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["France's foreign ministry", "It"]),
        entity("France", "GPE", "FRA", ["France's", "Paris"]),
        entity("Embassy of France in Bamako", "ORG", "FRA", ["its embassy"]),
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Vienna Convention on Diplomatic Relations", "ORG", None, ["the Vienna Convention on diplomatic relations"]),
        entity("French foreign ministry spokesperson", "PER", "FRA", ["a ministry spokesperson"]),
        entity("Malian police", "ORG", "MLI", ["police"]),
        entity("Moussa Mara", "PER", "MLI", ["former prime minister Moussa Mara"]),
        entity("Choguel Kokalla Maïga", "PER", "MLI", ["Another former prime minister, Choguel Kokalla Maïga"]),
    ],
}

# ---------------------------------------------------------------- hm192-en-02 (hostages, Sharm el-Sheikh)
HAMAS = actor("Hamas", "PSE", "REB")
ISR_HOSTAGES = actor("Israeli hostages in Gaza", "ISR", "CVL")
ISRAEL = actor("Israel", "ISR", "GOV")
PAL_PRISONERS = actor("Palestinian prisoners and detainees", "PSE", "CVL")
TRUMP = actor("Donald Trump", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
ERDOGAN = actor("Recep Tayyip Erdogan", "TUR", "GOV")
ISR_OFFICIAL = actor("Israeli official", "ISR", "GOV")
ERCS = actor("Egyptian Red Crescent", "EGY", "NGO")
GAZANS = actor("residents of Gaza", "PSE", "CVL")
EGYPT = actor("Egypt", "EGY", "GOV")

S1 = ("Hamas freed the last 20 living Israeli hostages on Monday, handing them over to the Red Cross in Gaza under a "
      "U.S.-brokered ceasefire.")
S2 = ("Israel in turn released nearly 2,000 Palestinian prisoners and detainees, many of whom were greeted by "
      "cheering crowds in Ramallah and Khan Younis.")
S3 = ("During a visit to Jerusalem, President Donald Trump praised Prime Minister Benjamin Netanyahu in a speech to "
      "the Knesset and declared that the “long and painful nightmare” was over.")
S4 = ("Trump then flew to Sharm el-Sheikh, where he and Egyptian President Abdel Fattah al-Sisi hosted a summit of "
      "more than 20 world leaders.")
S5 = ("Trump, Sisi, Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdogan signed a "
      "declaration as guarantors of the Gaza agreement.")
S6 = "Netanyahu did not attend, citing the Jewish holiday of Simchat Torah."
S7 = ("Hamas also handed over the remains of four dead hostages, far fewer than the 28 still believed to be held in "
      "Gaza.")
S8 = ("An Israeli official accused Hamas of dragging its feet and said Israel would limit aid deliveries until all "
      "bodies were returned.")
S9 = "Hamas said it needed heavy equipment to search the rubble for the remaining bodies."
S10 = ("The Egyptian Red Crescent said it had sent more than 400 trucks of food, fuel and medicine into Gaza on "
       "Sunday.")
S11 = "Cairo said it would host a conference on Gaza's reconstruction next month."

EN02 = {
    "id": "hm192-en-02", "lang": "en", "url": None, "published": "2025-10-13",
    "title": "Hamas frees last living hostages as Trump hails end of Gaza war",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10, S11]),
    "events": [
        event("RETREAT", HAMAS, ISR_HOSTAGES, S1, mode="release", date="2025-10-13", location="Gaza",
              location_country="PSE"),
        event("RETREAT", ISRAEL, PAL_PRISONERS, S2, mode="release", date="2025-10-13"),
        event("CONSULT", TRUMP, ISRAEL, S3, mode="visit", date="2025-10-13", location="Jerusalem",
              location_country="ISR"),
        event("SUPPORT", TRUMP, NETANYAHU, S3, date="2025-10-13"),
        event("CONSULT", TRUMP, SISI, S4, mode="visit", date="2025-10-13", location="Sharm el-Sheikh",
              location_country="EGY"),
        event("SUPPORT", TRUMP, None, S5, date="2025-10-13", location="Sharm el-Sheikh", location_country="EGY"),
        event("SUPPORT", SISI, None, S5, date="2025-10-13", location="Sharm el-Sheikh", location_country="EGY"),
        event("SUPPORT", TAMIM, None, S5, date="2025-10-13", location="Sharm el-Sheikh", location_country="EGY"),
        event("SUPPORT", ERDOGAN, None, S5, date="2025-10-13", location="Sharm el-Sheikh", location_country="EGY"),
        event("CONSULT", NETANYAHU, None, S6, mode="multilateral", date="2025-10-13", location="Sharm el-Sheikh",
              location_country="EGY", negated=True),
        event("RETREAT", HAMAS, ISRAEL, S7, date="2025-10-13", location="Gaza", location_country="PSE"),
        event("ACCUSE", ISR_OFFICIAL, HAMAS, S8, mode="allege"),
        event("THREATEN", ISR_OFFICIAL, HAMAS, S8, mode="restrict"),
        event("AID", ERCS, GAZANS, S10, date="2025-10-12", location="Gaza", location_country="PSE"),
        event("AGREE", EGYPT, None, S11),
    ],
    "quotes": [
        quote("that the “long and painful nightmare” was over", "Donald Trump", "indirect"),
        quote("long and painful nightmare", "Donald Trump", "direct"),
        quote("Israel would limit aid deliveries until all bodies were returned", "Israeli official", "indirect"),
        quote("it needed heavy equipment to search the rubble for the remaining bodies", "Hamas", "indirect"),
        quote("it had sent more than 400 trucks of food, fuel and medicine into Gaza on Sunday", "Egyptian Red Crescent",
              "indirect"),
        quote("it would host a conference on Gaza's reconstruction next month", "Egypt", "indirect"),
    ],
    "entities": [
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israeli hostages in Gaza", "ORG", "ISR", ["the last 20 living Israeli hostages", "them"]),
        entity("International Committee of the Red Cross", "ORG", "NGO", ["the Red Cross"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "Gaza's"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Palestinian prisoners and detainees", "ORG", "PSE", ["nearly 2,000 Palestinian prisoners and detainees"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Khan Younis", "LOC", "PSE", ["Khan Younis"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "he"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Knesset", "ORG", "ISR", ["the Knesset"]),
        entity("Sharm el-Sheikh", "LOC", "EGY", ["Sharm el-Sheikh"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi", "Sisi"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Qatar's Emir Sheikh Tamim bin Hamad Al Thani"]),
        entity("Qatar", "GPE", "QAT", ["Qatar's"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["Turkish President Recep Tayyip Erdogan"]),
        entity("Israeli official", "PER", "ISR", ["An Israeli official"]),
        entity("Egyptian Red Crescent", "ORG", "EGY", ["The Egyptian Red Crescent"]),
        entity("Egypt", "GPE", "EGY", ["Cairo"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
