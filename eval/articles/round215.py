"""Round 215: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm215-de-01: Opposition leader Abdirahman "Irro" wins Somaliland's presidential election; Muse Bihi concedes, Abiy congratulates and invites him, Mogadishu threatens Ethiopia (2024-11-19).
- hm215-de-02: Nigeria's oil union PENGASSAN suspends its strike against the Dangote refinery after a deal on dismissed workers; NLC threat, court injunction (2025-10-01).
- hm215-de-03: A Turkish drone strike hits a Kurdish protest convoy at Syria's Tishreen dam; the SDF accuse Ankara, Guler threatens an offensive, Damascus urges restraint (2025-01-17).
- hm215-de-04: Libya's Internal Security Agency shuts ten international aid organisations and accuses them of settling migrants; Turk and the EU object (2025-04-03).
- hm215-en-01: Lima transport workers strike against extortion and march on Congress; tear gas, arrests, Santivanez refuses to resign (2024-10-10).
- hm215-en-02: Colombia's Senate rejects Petro's labour-reform referendum; Petro alleges fraud, CUT calls a strike, protest at the Capitol (2025-05-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm215-de-01 (Somaliland)
IRRO = actor("Abdirahman Mohamed Abdullahi", "SOM", "OPP")
BIHI = actor("Muse Bihi Abdi", "SOM", "GOV")
ETH = actor("Ethiopia", "ETH", "GOV")
INTL = actor("international community", None, None)
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
USA = actor("United States", "USA", "GOV")
SOMALILAND = actor("Somaliland", "SOM", None)
TWN = actor("Taiwan", "TWN", None)

A1 = ("Der Oppositionspolitiker Abdirahman Mohamed Abdullahi, genannt Irro, hat die Präsidentenwahl in der "
      "abtrünnigen Region Somaliland deutlich gewonnen.")
A2 = "Die Wahlkommission in Hargeisa erklärte ihn am Dienstag mit knapp 64 Prozent der Stimmen zum Sieger."
A3 = ("Amtsinhaber Muse Bihi Abdi räumte seine Niederlage noch am selben Abend ein und gratulierte seinem "
      "Nachfolger.")
A4 = "Somaliland hatte sich 1991 von Somalia losgesagt, wird aber bis heute von keinem Staat anerkannt."
A5 = ("Irro kündigte an, er werde die umstrittene Hafenvereinbarung seines Vorgängers mit Äthiopien "
      "„sorgfältig prüfen“ und die Gespräche mit Addis Abeba fortsetzen.")
A6 = "Zugleich rief er die internationale Gemeinschaft auf, die Unabhängigkeit Somalilands endlich anzuerkennen."
A7 = "Der äthiopische Ministerpräsident Abiy Ahmed gratulierte Irro und lud ihn zu einem Besuch nach Addis Abeba ein."
A8 = ("Die Regierung in Mogadischu erklärte dagegen, Somaliland sei „untrennbarer Teil“ Somalias, und drohte "
      "Äthiopien erneut mit dem Abbruch der Beziehungen, sollte es an der Küste einen Marinestützpunkt errichten.")
A9 = "Die Botschaften Großbritanniens und der USA lobten den friedlichen Verlauf der Abstimmung."
A10 = "Die Regierungspartei Kulmiye wies Vorwürfe der Einflussnahme auf die Wahlkommission zurück."
A11 = "Irro soll am 12. Dezember vereidigt werden."
A12 = "Er versprach, die Korruption zu bekämpfen und die Beziehungen zu Taiwan auszubauen."

DE01 = {
    "id": "hm215-de-01", "lang": "de", "url": None, "published": "2024-11-19",
    "title": "Oppositionsführer Irro gewinnt Präsidentenwahl in Somaliland",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("CONCEDE", BIHI, IRRO, A3, date="2024-11-19"),
        event("SUPPORT", BIHI, IRRO, A3, date="2024-11-19"),
        event("AGREE", IRRO, ETH, A5),
        event("REQUEST", IRRO, INTL, A6, mode="assist"),
        event("SUPPORT", ABIY, IRRO, A7),
        event("AGREE", ABIY, IRRO, A7),
        event("THREATEN", SOM_GOV, ETH, A8, mode="relations"),
        event("SUPPORT", GBR, SOMALILAND, A9),
        event("SUPPORT", USA, SOMALILAND, A9),
        event("AGREE", IRRO, TWN, A12),
    ],
    "quotes": [
        quote("sorgfältig prüfen", "Abdirahman Mohamed Abdullahi", "direct"),
        quote("er werde die umstrittene Hafenvereinbarung seines Vorgängers mit Äthiopien „sorgfältig prüfen“ und "
              "die Gespräche mit Addis Abeba fortsetzen", "Abdirahman Mohamed Abdullahi", "indirect"),
        quote("die Unabhängigkeit Somalilands endlich anzuerkennen", "Abdirahman Mohamed Abdullahi", "indirect"),
        quote("untrennbarer Teil", "Government of Somalia", "direct"),
        quote("Somaliland sei „untrennbarer Teil“ Somalias", "Government of Somalia", "indirect"),
        quote("die Korruption zu bekämpfen und die Beziehungen zu Taiwan auszubauen", "Abdirahman Mohamed Abdullahi",
              "indirect"),
    ],
    "entities": [
        entity("Abdirahman Mohamed Abdullahi", "PER", "SOM",
               ["Der Oppositionspolitiker Abdirahman Mohamed Abdullahi", "Irro", "ihn", "seinem Nachfolger", "er",
                "Er"]),
        entity("Somaliland", "GPE", "SOM", ["der abtrünnigen Region Somaliland", "Somaliland", "Somalilands"]),
        entity("Somaliland National Electoral Commission", "ORG", "SOM",
               ["Die Wahlkommission in Hargeisa", "die Wahlkommission"]),
        entity("Hargeisa", "LOC", "SOM", ["Hargeisa"]),
        entity("Muse Bihi Abdi", "PER", "SOM", ["Amtsinhaber Muse Bihi Abdi", "seines Vorgängers"]),
        entity("Somalia", "GPE", "SOM", ["Somalia", "Somalias"]),
        entity("Government of Somalia", "ORG", "SOM", ["Die Regierung in Mogadischu"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("international community", "ORG", None, ["die internationale Gemeinschaft"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Der äthiopische Ministerpräsident Abiy Ahmed"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritanniens"]),
        entity("United States", "GPE", "USA", ["der USA"]),
        entity("Kulmiye", "ORG", "SOM", ["Die Regierungspartei Kulmiye"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
    ],
}

# ---------------------------------------------------------------- hm215-de-02 (Nigeria, PENGASSAN)
PENG = actor("Petroleum and Natural Gas Senior Staff Association of Nigeria", "NGA", "LAB")
DANGOTE = actor("Dangote Group", "NGA", "BUS")
WORKERS = actor("Dangote refinery workers", "NGA", "LAB")
NLC = actor("Nigeria Labour Congress", "NGA", "LAB")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
NIC = actor("National Industrial Court of Nigeria", "NGA", "JUD")
NGA_LABMIN = actor("Federal Ministry of Labour and Employment", "NGA", "GOV")

B1 = ("Nigerias Gewerkschaft der Öl- und Gasangestellten PENGASSAN hat ihren landesweiten Streik gegen die "
      "Dangote-Raffinerie nach drei Tagen ausgesetzt.")
B2 = ("Nach stundenlangen Verhandlungen im Arbeitsministerium in Abuja einigten sich die Gewerkschaft und der "
      "Dangote-Konzern in der Nacht zum Mittwoch auf einen Kompromiss.")
B3 = ("Demnach sollen die rund 800 entlassenen Beschäftigten der Raffinerie in andere Unternehmen des Konzerns "
      "wechseln, ohne Lohn einzubüßen.")
B4 = ("Der Konzern des Milliardärs Aliko Dangote hatte die Mitarbeiter vergangene Woche entlassen, kurz nachdem "
      "sie der Gewerkschaft beigetreten waren.")
B5 = "PENGASSAN wies daraufhin ihre Mitglieder an, die Lieferung von Rohöl und Gas an die Anlage bei Lagos einzustellen."
B6 = "Seit Sonntag legten zudem Tausende Gewerkschafter auf Förderanlagen und in Büros im ganzen Land die Arbeit nieder."
B7 = ("Der Konzern warf der Gewerkschaft vor, sie habe „Sabotage“ betrieben und wolle die größte Raffinerie "
      "Afrikas lahmlegen.")
B8 = "Die Entlassungen seien Teil einer „notwendigen Umstrukturierung“, hieß es."
B9 = "Die Raffinerie soll Nigerias Abhängigkeit von teuren Treibstoffimporten beenden."
B10 = ("Der Dachverband Nigeria Labour Congress (NLC) stellte sich hinter PENGASSAN und drohte mit einem "
       "Generalstreik, falls die Regierung nicht eingreife.")
B11 = ("Ein Arbeitsgericht in Abuja hatte der Gewerkschaft am Montag untersagt, die Versorgung der Raffinerie "
       "weiter zu behindern.")
B12 = ("„Wir haben nicht kapituliert“, sagte PENGASSAN-Präsident Festus Osifo, „wir haben die Arbeitsplätze "
       "unserer Kollegen gerettet.“")
B13 = "Das Arbeitsministerium versprach, die Umsetzung der Vereinbarung zu überwachen."

DE02 = {
    "id": "hm215-de-02", "lang": "de", "url": None, "published": "2025-10-01",
    "title": "Ölgewerkschaft in Nigeria beendet Streik gegen Dangote-Raffinerie",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("CONCEDE", PENG, DANGOTE, B1),
        event("AGREE", PENG, DANGOTE, B2, location="Abuja", location_country="NGA"),
        event("CONSULT", PENG, DANGOTE, B2, mode="third-party", location="Abuja", location_country="NGA"),
        event("CONCEDE", DANGOTE, WORKERS, B3),
        event("SANCTION", DANGOTE, WORKERS, B4, mode="expel"),
        event("PROTEST", PENG, DANGOTE, B5, mode="boycott"),
        event("PROTEST", PENG, DANGOTE, B6, mode="strike", date="2025-09-28"),
        event("ACCUSE", DANGOTE, PENG, B7, mode="allege"),
        event("SUPPORT", NLC, PENG, B10),
        event("THREATEN", NLC, NGA_GOV, B10, mode="restrict"),
        event("COERCE", NIC, PENG, B11, mode="restrict", date="2025-09-29", location="Abuja",
              location_country="NGA"),
        event("AGREE", NGA_LABMIN, None, B13),
    ],
    "quotes": [
        quote("die Lieferung von Rohöl und Gas an die Anlage bei Lagos einzustellen",
              "Petroleum and Natural Gas Senior Staff Association of Nigeria", "indirect"),
        quote("sie habe „Sabotage“ betrieben und wolle die größte Raffinerie Afrikas lahmlegen", "Dangote Group",
              "indirect"),
        quote("Sabotage", "Dangote Group", "direct"),
        quote("Die Entlassungen seien Teil einer „notwendigen Umstrukturierung“", "Dangote Group", "indirect"),
        quote("notwendigen Umstrukturierung", "Dangote Group", "direct"),
        quote("falls die Regierung nicht eingreife", "Nigeria Labour Congress", "indirect"),
        quote("die Versorgung der Raffinerie weiter zu behindern", "National Industrial Court of Nigeria", "indirect"),
        quote("Wir haben nicht kapituliert", "Festus Osifo", "direct"),
        quote("wir haben die Arbeitsplätze unserer Kollegen gerettet", "Festus Osifo", "direct"),
        quote("die Umsetzung der Vereinbarung zu überwachen", "Federal Ministry of Labour and Employment", "indirect"),
    ],
    "entities": [
        entity("Petroleum and Natural Gas Senior Staff Association of Nigeria", "ORG", "NGA",
               ["Nigerias Gewerkschaft der Öl- und Gasangestellten PENGASSAN", "die Gewerkschaft", "PENGASSAN",
                "der Gewerkschaft"]),
        entity("Nigeria", "GPE", "NGA", ["Nigerias"]),
        entity("Dangote Petroleum Refinery", "ORG", "NGA",
               ["die Dangote-Raffinerie", "der Raffinerie", "die Anlage bei Lagos", "die größte Raffinerie Afrikas",
                "Die Raffinerie"]),
        entity("Dangote Group", "ORG", "NGA",
               ["der Dangote-Konzern", "des Konzerns", "Der Konzern des Milliardärs Aliko Dangote", "Der Konzern"]),
        entity("Aliko Dangote", "PER", "NGA", ["Aliko Dangote"]),
        entity("Federal Ministry of Labour and Employment", "ORG", "NGA",
               ["Arbeitsministerium in Abuja", "Das Arbeitsministerium"]),
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Lagos", "LOC", "NGA", ["Lagos"]),
        entity("Dangote refinery workers", "ORG", "NGA",
               ["die rund 800 entlassenen Beschäftigten der Raffinerie", "die Mitarbeiter"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
        entity("Nigeria Labour Congress", "ORG", "NGA", ["Der Dachverband Nigeria Labour Congress (NLC)"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die Regierung"]),
        entity("National Industrial Court of Nigeria", "ORG", "NGA", ["Ein Arbeitsgericht in Abuja"]),
        entity("Festus Osifo", "PER", "NGA", ["PENGASSAN-Präsident Festus Osifo"]),
    ],
}

# ---------------------------------------------------------------- hm215-de-03 (Syria, Tishreen dam)
TUR_MIL = actor("Turkey", "TUR", "MIL")
TUR = actor("Turkey", "TUR", "GOV")
KURD_PROT = actor("Kurdish protesters", "SYR", "CVL")
AANES = actor("Autonomous Administration of North and East Syria", "SYR", "GOV")
SNA = actor("Syrian National Army", "SYR", "REB")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
COALITION = actor("Global Coalition to Defeat ISIS", "IGO", "IGO")
GULER = actor("Yasar Guler", "TUR", "GOV")
SYR_GOV = actor("Syrian transitional government", "SYR", "GOV")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
KRC = actor("Kurdish Red Crescent", "SYR", "NGO")
ABDI = actor("Mazloum Abdi", "SYR", "REB")

C1 = ("Ein türkischer Drohnenangriff hat am Donnerstag einen Protestzug nahe dem Tischrin-Staudamm im Norden "
      "Syriens getroffen.")
C2 = ("Mindestens sieben Zivilisten seien getötet worden, teilte die kurdisch geführte Selbstverwaltung in "
      "Nordostsyrien mit, die zu dem Marsch aufgerufen hatte.")
C3 = ("Seit Wochen ziehen Tausende Bewohner der Region in Konvois zu dem Damm am Euphrat, um dort gegen die "
      "Türkei zu demonstrieren.")
C4 = ("Die von Ankara unterstützte Syrische Nationale Armee versucht seit Dezember, die Anlage von den kurdisch "
      "geführten Demokratischen Kräften Syriens (SDF) zu erobern.")
C5 = ("Die SDF warfen der Türkei ein „Kriegsverbrechen“ vor und forderten die von den USA geführte Koalition "
      "gegen den IS auf, die Angriffe zu stoppen.")
C6 = "Das Verteidigungsministerium in Ankara erklärte dagegen, man habe lediglich „Terroristen“ ins Visier genommen."
C7 = ("Verteidigungsminister Yaşar Güler drohte, die Türkei werde eine neue Offensive beginnen, sollten die "
      "kurdischen Milizen ihre Waffen nicht abgeben.")
C8 = ("Die Syrische Beobachtungsstelle für Menschenrechte berichtete, die türkische Armee habe weitere Panzer an "
      "die Grenze bei Kobane verlegt.")
C9 = "Die Übergangsregierung in Damaskus rief beide Seiten zur Zurückhaltung auf."
C10 = ("Außenminister Asaad al-Schaibani sagte, Syrien werde „keine Spaltung seines Territoriums“ hinnehmen, die "
       "SDF müssten sich der neuen Armee anschließen.")
C11 = "Der Kurdische Rote Halbmond brachte die Verletzten in Krankenhäuser in Kobane und Rakka."
C12 = ("Kurdische Vertreter kündigten an, SDF-Kommandeur Maslum Abdi werde in der kommenden Woche erneut mit der "
       "neuen Führung in Damaskus zusammenkommen.")

DE03 = {
    "id": "hm215-de-03", "lang": "de", "url": None, "published": "2025-01-17",
    "title": "Türkische Drohne trifft kurdischen Protestzug am Tischrin-Staudamm",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("ASSAULT", TUR_MIL, KURD_PROT, C1, mode="drone", date="2025-01-16", location="Tishreen Dam",
              location_country="SYR"),
        event("PROTEST", AANES, TUR, C2, mode="demo", date="2025-01-16", location="Tishreen Dam",
              location_country="SYR"),
        event("PROTEST", KURD_PROT, TUR, C3, mode="demo", location="Tishreen Dam", location_country="SYR"),
        event("ASSAULT", SNA, SDF, C4, location="Tishreen Dam", location_country="SYR"),
        event("ACCUSE", SDF, TUR, C5, mode="allege"),
        event("REQUEST", SDF, COALITION, C5, mode="assist"),
        event("ASSAULT", TUR_MIL, SDF, C6),
        event("THREATEN", GULER, SDF, C7, mode="violence"),
        event("MOBILIZE", TUR_MIL, SDF, C8, mode="weapons"),
        event("REQUEST", SYR_GOV, TUR, C9, mode="yield"),
        event("REQUEST", SYR_GOV, SDF, C9, mode="yield"),
        event("REQUEST", SHAIBANI, SDF, C10, mode="change"),
        event("AID", KRC, KURD_PROT, C11),
        event("AGREE", ABDI, SYR_GOV, C12),
    ],
    "quotes": [
        quote("Mindestens sieben Zivilisten seien getötet worden",
              "Autonomous Administration of North and East Syria", "indirect"),
        quote("Kriegsverbrechen", "Syrian Democratic Forces", "direct"),
        quote("die Angriffe zu stoppen", "Syrian Democratic Forces", "indirect"),
        quote("man habe lediglich „Terroristen“ ins Visier genommen", "Turkish Ministry of National Defence",
              "indirect"),
        quote("Terroristen", "Turkish Ministry of National Defence", "direct"),
        quote("die Türkei werde eine neue Offensive beginnen, sollten die kurdischen Milizen ihre Waffen nicht abgeben",
              "Yasar Guler", "indirect"),
        quote("die türkische Armee habe weitere Panzer an die Grenze bei Kobane verlegt",
              "Syrian Observatory for Human Rights", "indirect"),
        quote("keine Spaltung seines Territoriums", "Asaad al-Shaibani", "direct"),
        quote("Syrien werde „keine Spaltung seines Territoriums“ hinnehmen, die SDF müssten sich der neuen Armee "
              "anschließen", "Asaad al-Shaibani", "indirect"),
        quote("SDF-Kommandeur Maslum Abdi werde in der kommenden Woche erneut mit der neuen Führung in Damaskus "
              "zusammenkommen", "Kurdish officials", "indirect"),
    ],
    "entities": [
        entity("Turkey", "GPE", "TUR", ["der Türkei", "die Türkei", "Ankara"]),
        entity("Tishreen Dam", "LOC", "SYR", ["dem Tischrin-Staudamm", "dem Damm am Euphrat", "die Anlage"]),
        entity("Syria", "GPE", "SYR", ["Syriens", "Syrien"]),
        entity("Autonomous Administration of North and East Syria", "ORG", "SYR",
               ["die kurdisch geführte Selbstverwaltung in Nordostsyrien"]),
        entity("Kurdish protesters", "ORG", "SYR", ["einen Protestzug", "Tausende Bewohner der Region"]),
        entity("Euphrates", "LOC", None, ["Euphrat"]),
        entity("Syrian National Army", "ORG", "SYR", ["Die von Ankara unterstützte Syrische Nationale Armee"]),
        entity("Syrian Democratic Forces", "ORG", "SYR",
               ["den kurdisch geführten Demokratischen Kräften Syriens (SDF)", "Die SDF", "die kurdischen Milizen",
                "die SDF"]),
        entity("Global Coalition to Defeat ISIS", "ORG", "IGO", ["die von den USA geführte Koalition gegen den IS"]),
        entity("United States", "GPE", "USA", ["USA"]),
        entity("Islamic State", "ORG", None, ["IS"]),
        entity("Turkish Ministry of National Defence", "ORG", "TUR", ["Das Verteidigungsministerium in Ankara"]),
        entity("Yasar Guler", "PER", "TUR", ["Verteidigungsminister Yaşar Güler"]),
        entity("Syrian Observatory for Human Rights", "ORG", "GBR",
               ["Die Syrische Beobachtungsstelle für Menschenrechte"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["die türkische Armee"]),
        entity("Kobani", "LOC", "SYR", ["Kobane"]),
        entity("Syrian transitional government", "ORG", "SYR",
               ["Die Übergangsregierung in Damaskus", "der neuen Führung in Damaskus"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Außenminister Asaad al-Schaibani"]),
        entity("Kurdish Red Crescent", "ORG", "SYR", ["Der Kurdische Rote Halbmond"]),
        entity("Raqqa", "LOC", "SYR", ["Rakka"]),
        entity("Kurdish officials", "ORG", "SYR", ["Kurdische Vertreter"]),
        entity("Mazloum Abdi", "PER", "SYR", ["SDF-Kommandeur Maslum Abdi"]),
    ],
}

# ---------------------------------------------------------------- hm215-de-04 (Libya, NGOs)
ISA = actor("Internal Security Agency", "LBY", "GOV")
NGOS = actor("international aid organisations in Libya", "NGO", "NGO")
LBY_STAFF = actor("Libyan aid workers", "LBY", "NGO")
TURK = actor("Volker Türk", "UNO", "IGO")
LBY_AUTH = actor("Libyan authorities", "LBY", "GOV")
EU = actor("European Union", "EUR", "IGO")
NATIONALISTS = actor("Libyan nationalist groups", "LBY", "CVL")
MIGRANTS = actor("migrants in Libya", None, "CVL")
ITA = actor("Italy", "ITA", "GOV")
MLT = actor("Malta", "MLT", "GOV")
LCG = actor("Libyan Coast Guard", "LBY", "MIL")

D1 = ("Der libysche Inlandsgeheimdienst hat die Büros von zehn internationalen Hilfsorganisationen im Westen des "
      "Landes geschlossen.")
D2 = ("Die Organisationen hätten unter dem Deckmantel humanitärer Hilfe einen Plan verfolgt, Migranten aus "
      "afrikanischen Ländern dauerhaft in Libyen anzusiedeln, sagte ein Sprecher der Behörde am Mittwoch in Tripolis.")
D3 = "Dies sei eine Gefahr für die „demografische Zusammensetzung“ des Landes."
D4 = "Mehrere libysche Mitarbeiter der Organisationen wurden festgenommen."
D5 = "Unter den betroffenen Gruppen sind Ärzte ohne Grenzen und der Norwegische Flüchtlingsrat."
D6 = ("Ärzte ohne Grenzen wies die Vorwürfe zurück und erklärte, man behandle Patienten „unabhängig von ihrer "
      "Herkunft“.")
D7 = ("Der UN-Hochkommissar für Menschenrechte, Volker Türk, verurteilte die Schließungen und forderte die "
      "Behörden auf, die festgenommenen Helfer umgehend freizulassen.")
D8 = "Auch die Vertretung der Europäischen Union in Tripolis zeigte sich „tief besorgt“."
D9 = "Die Regierung der Nationalen Einheit unter Abdul Hamid Dbeibah äußerte sich zunächst nicht."
D10 = "Libyen ist eines der wichtigsten Transitländer für Migranten auf dem Weg nach Europa."
D11 = ("In den vergangenen Wochen hatten nationalistische Gruppen in Tripolis und Misrata gegen die Anwesenheit "
       "von Migranten demonstriert.")
D12 = ("Italien und Malta unterstützen die libysche Küstenwache seit Jahren mit Booten und Ausbildung, um "
       "Überfahrten nach Europa zu verhindern.")

DE04 = {
    "id": "hm215-de-04", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Libyen schließt zehn internationale Hilfsorganisationen",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("COERCE", ISA, NGOS, D1, mode="restrict"),
        event("ACCUSE", ISA, NGOS, D2, mode="allege", date="2025-04-02", location="Tripoli",
              location_country="LBY"),
        event("ACCUSE", ISA, NGOS, D3, mode="allege", date="2025-04-02", location="Tripoli",
              location_country="LBY"),
        event("COERCE", ISA, LBY_STAFF, D4, mode="arrest"),
        event("ACCUSE", TURK, ISA, D7, mode="disapprove"),
        event("REQUEST", TURK, LBY_AUTH, D7, mode="yield"),
        event("ACCUSE", EU, ISA, D8, mode="disapprove"),
        event("PROTEST", NATIONALISTS, MIGRANTS, D11, mode="demo"),
        event("AID", ITA, LCG, D12),
        event("AID", MLT, LCG, D12),
    ],
    "quotes": [
        quote("Die Organisationen hätten unter dem Deckmantel humanitärer Hilfe einen Plan verfolgt, Migranten aus "
              "afrikanischen Ländern dauerhaft in Libyen anzusiedeln", "Internal Security Agency spokesman",
              "indirect"),
        quote("Dies sei eine Gefahr für die „demografische Zusammensetzung“ des Landes",
              "Internal Security Agency spokesman", "indirect"),
        quote("demografische Zusammensetzung", "Internal Security Agency spokesman", "direct"),
        quote("man behandle Patienten „unabhängig von ihrer Herkunft“", "Doctors Without Borders", "indirect"),
        quote("unabhängig von ihrer Herkunft", "Doctors Without Borders", "direct"),
        quote("die festgenommenen Helfer umgehend freizulassen", "Volker Türk", "indirect"),
        quote("tief besorgt", "European Union", "direct"),
    ],
    "entities": [
        entity("Internal Security Agency", "ORG", "LBY", ["Der libysche Inlandsgeheimdienst", "der Behörde"]),
        entity("international aid organisations in Libya", "ORG", "NGO",
               ["zehn internationalen Hilfsorganisationen", "Die Organisationen", "der Organisationen",
                "den betroffenen Gruppen"]),
        entity("Libya", "GPE", "LBY", ["Libyen", "des Landes"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Libyan aid workers", "ORG", "LBY",
               ["Mehrere libysche Mitarbeiter der Organisationen", "die festgenommenen Helfer"]),
        entity("Doctors Without Borders", "ORG", "NGO", ["Ärzte ohne Grenzen"]),
        entity("Norwegian Refugee Council", "ORG", "NGO", ["der Norwegische Flüchtlingsrat"]),
        entity("Volker Türk", "PER", "UNO", ["Der UN-Hochkommissar für Menschenrechte, Volker Türk"]),
        entity("Libyan authorities", "ORG", "LBY", ["die Behörden"]),
        entity("European Union", "ORG", "EUR", ["die Vertretung der Europäischen Union in Tripolis"]),
        entity("Government of National Unity", "ORG", "LBY", ["Die Regierung der Nationalen Einheit"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Abdul Hamid Dbeibah"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Libyan nationalist groups", "ORG", "LBY", ["nationalistische Gruppen"]),
        entity("Misrata", "LOC", "LBY", ["Misrata"]),
        entity("Italy", "GPE", "ITA", ["Italien"]),
        entity("Malta", "GPE", "MLT", ["Malta"]),
        entity("Libyan Coast Guard", "ORG", "LBY", ["die libysche Küstenwache"]),
    ],
}

# ---------------------------------------------------------------- hm215-en-01 (Peru, transport strike)
DRIVERS = actor("Lima transport workers", "PER", "LAB")
TRADERS = actor("Lima market traders", "PER", "CVL")
PER_GOV = actor("Government of Peru", "PER", "GOV")
PER_PROT = actor("Peruvian protesters", "PER", "CVL")
PER_CONG = actor("Congress of Peru", "PER", "LEG")
PNP = actor("Peruvian National Police", "PER", "COP")
CAMPOS = actor("Julio Campos", "PER", "LAB")
SANTIVANEZ = actor("Juan José Santiváñez", "PER", "GOV")
ADRIANZEN = actor("Gustavo Adrianzén", "PER", "GOV")

E1 = ("Thousands of bus and taxi drivers in Lima stayed off the roads on Thursday in a strike to demand government "
      "protection from extortion gangs.")
E2 = "Hundreds of market traders in the Peruvian capital also shut their stalls in solidarity."
E3 = "Extortion has surged in the city this year, and more than a dozen drivers have been shot dead since January."
E4 = ("In the afternoon, several thousand protesters marched toward Congress, where police fired tear gas to keep "
      "them from reaching the building.")
E5 = "Police said 12 people were detained."
E6 = "“We will not go back to work,” said transport union leader Julio Campos, “until the government stops looking away.”"
E7 = "He also demanded the resignation of Interior Minister Juan José Santiváñez."
E8 = ("President Dina Boluarte's government declared a state of emergency in 14 districts of Lima and neighboring "
      "Callao last month.")
E9 = "Santiváñez rejected calls to step down and accused “political interests” of exploiting the drivers' anger."
E10 = "Prime Minister Gustavo Adrianzén invited transport unions to talks at the cabinet office on Friday."
E11 = ("The government has not ruled out extending the emergency, but no decision has been made to send the army "
       "into the capital's streets, Adrianzén said.")
E12 = "Congress is due to debate a bill next week that would toughen penalties for extortion."

EN01 = {
    "id": "hm215-en-01", "lang": "en", "url": None, "published": "2024-10-10",
    "title": "Lima transport workers strike over extortion, clash with police near Congress",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("PROTEST", DRIVERS, PER_GOV, E1, mode="strike", date="2024-10-10", location="Lima",
              location_country="PER"),
        event("PROTEST", TRADERS, PER_GOV, E2, mode="strike", date="2024-10-10", location="Lima",
              location_country="PER"),
        event("PROTEST", PER_PROT, PER_CONG, E4, mode="demo", date="2024-10-10", location="Lima",
              location_country="PER"),
        event("ASSAULT", PNP, PER_PROT, E4, mode="crowd-control", date="2024-10-10", location="Lima",
              location_country="PER"),
        event("COERCE", PNP, PER_PROT, E5, mode="arrest", date="2024-10-10", location="Lima",
              location_country="PER"),
        event("THREATEN", CAMPOS, PER_GOV, E6, mode="restrict"),
        event("REQUEST", CAMPOS, SANTIVANEZ, E7, mode="change"),
        event("COERCE", PER_GOV, None, E8, mode="martial-law", location="Lima", location_country="PER"),
        event("REJECT", SANTIVANEZ, CAMPOS, E9, mode="change"),
        event("ACCUSE", SANTIVANEZ, None, E9, mode="allege"),
        event("AGREE", ADRIANZEN, DRIVERS, E10),
        event("MOBILIZE", PER_GOV, None, E11, mode="troops", negated=True),
    ],
    "quotes": [
        quote("12 people were detained", "Peruvian National Police", "indirect"),
        quote("We will not go back to work", "Julio Campos", "direct"),
        quote("until the government stops looking away", "Julio Campos", "direct"),
        quote("political interests", "Juan José Santiváñez", "direct"),
        quote("The government has not ruled out extending the emergency, but no decision has been made to send the "
              "army into the capital's streets", "Gustavo Adrianzén", "indirect"),
    ],
    "entities": [
        entity("Lima transport workers", "ORG", "PER", ["Thousands of bus and taxi drivers", "transport unions"]),
        entity("Lima", "LOC", "PER", ["Lima", "the Peruvian capital", "the city", "the capital"]),
        entity("Lima market traders", "ORG", "PER", ["Hundreds of market traders"]),
        entity("Peruvian protesters", "ORG", "PER", ["several thousand protesters", "them", "12 people"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress", "the building"]),
        entity("Peruvian National Police", "ORG", "PER", ["police", "Police"]),
        entity("Julio Campos", "PER", "PER", ["transport union leader Julio Campos", "He"]),
        entity("Juan José Santiváñez", "PER", "PER", ["Interior Minister Juan José Santiváñez", "Santiváñez"]),
        entity("Dina Boluarte", "PER", "PER", ["President Dina Boluarte's"]),
        entity("Government of Peru", "ORG", "PER",
               ["President Dina Boluarte's government", "the government", "The government"]),
        entity("Callao", "LOC", "PER", ["Callao"]),
        entity("Gustavo Adrianzén", "PER", "PER", ["Prime Minister Gustavo Adrianzén", "Adrianzén"]),
        entity("Peruvian Army", "ORG", "PER", ["the army"]),
    ],
}

# ---------------------------------------------------------------- hm215-en-02 (Colombia, referendum)
COL_SENATE = actor("Senate of Colombia", "COL", "LEG")
PETRO = actor("Gustavo Petro", "COL", "GOV")
CEPEDA = actor("Efraín Cepeda", "COL", "LEG")
BENEDETTI = actor("Armando Benedetti", "COL", "GOV")
OPP_SEN = actor("Colombian opposition senators", "COL", "OPP")
CD = actor("Democratic Center", "COL", "OPP")
CUT = actor("Central Unitaria de Trabajadores", "COL", "LAB")
PETRO_SUP = actor("Petro supporters", "COL", "CVL")
COL_POL = actor("Colombian National Police", "COL", "COP")
SANGUINO = actor("Antonio Sanguino", "COL", "GOV")

F1 = ("Colombia's Senate on Wednesday rejected President Gustavo Petro's proposal to hold a referendum on his "
      "stalled labor reform, by 49 votes to 47.")
F2 = ("Petro accused Senate President Efraín Cepeda of rigging the vote, writing on X that the result was a "
      "“fraud” against the Colombian people.")
F3 = ("He said the government would study “every legal path” to let citizens decide, including calling the "
      "referendum by decree.")
F4 = "Cepeda rejected the accusation."
F5 = "“The Senate voted in full accordance with the law,” he told reporters in Bogotá."
F6 = ("Interior Minister Armando Benedetti claimed that opposition senators had changed their votes after the "
      "session was declared closed.")
F7 = "The opposition Democratic Center party welcomed the result as a defeat for “populism.”"
F8 = "The CUT, Colombia's largest union federation, called a national strike for May 28 in support of the reform."
F9 = ("Hundreds of Petro supporters rallied outside the Capitol in Bogotá on Wednesday night, some throwing paint "
      "at the building's facade.")
F10 = "Riot police pushed them back from the entrance."
F11 = "Labor Minister Antonio Sanguino urged senators to approve a revised version of the bill “without tricks.”"
F12 = "Petro has struggled to pass his social reforms since his governing coalition fell apart in 2023."

EN02 = {
    "id": "hm215-en-02", "lang": "en", "url": None, "published": "2025-05-15",
    "title": "Colombian Senate sinks Petro's labor referendum; president cries fraud",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("REJECT", COL_SENATE, PETRO, F1, mode="change", date="2025-05-14"),
        event("ACCUSE", PETRO, CEPEDA, F2, mode="allege"),
        event("ACCUSE", BENEDETTI, OPP_SEN, F6, mode="allege"),
        event("SUPPORT", CD, COL_SENATE, F7),
        event("THREATEN", CUT, COL_SENATE, F8, mode="restrict"),
        event("SUPPORT", CUT, PETRO, F8),
        event("PROTEST", PETRO_SUP, COL_SENATE, F9, mode="demo", date="2025-05-14", location="Bogotá",
              location_country="COL"),
        event("COERCE", COL_POL, PETRO_SUP, F10, mode="restrict", date="2025-05-14", location="Bogotá",
              location_country="COL"),
        event("REQUEST", SANGUINO, COL_SENATE, F11, mode="change"),
    ],
    "quotes": [
        quote("that the result was a “fraud” against the Colombian people", "Gustavo Petro", "indirect"),
        quote("fraud", "Gustavo Petro", "direct"),
        quote("the government would study “every legal path” to let citizens decide, including calling the "
              "referendum by decree", "Gustavo Petro", "indirect"),
        quote("every legal path", "Gustavo Petro", "direct"),
        quote("The Senate voted in full accordance with the law", "Efraín Cepeda", "direct"),
        quote("that opposition senators had changed their votes after the session was declared closed",
              "Armando Benedetti", "indirect"),
        quote("populism", "Democratic Center", "direct"),
        quote("without tricks", "Antonio Sanguino", "direct"),
    ],
    "entities": [
        entity("Senate of Colombia", "ORG", "COL", ["Colombia's Senate", "The Senate", "senators"]),
        entity("Gustavo Petro", "PER", "COL", ["President Gustavo Petro's", "Petro", "He", "his"]),
        entity("Efraín Cepeda", "PER", "COL", ["Senate President Efraín Cepeda", "Cepeda", "he"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Government of Colombia", "ORG", "COL", ["the government"]),
        entity("Bogotá", "LOC", "COL", ["Bogotá"]),
        entity("Armando Benedetti", "PER", "COL", ["Interior Minister Armando Benedetti"]),
        entity("Colombian opposition senators", "ORG", "COL", ["opposition senators"]),
        entity("Democratic Center", "ORG", "COL", ["The opposition Democratic Center party"]),
        entity("Central Unitaria de Trabajadores", "ORG", "COL", ["The CUT, Colombia's largest union federation"]),
        entity("Petro supporters", "ORG", "COL", ["Hundreds of Petro supporters", "them"]),
        entity("Capitolio Nacional", "LOC", "COL", ["the Capitol", "the building's"]),
        entity("Colombian National Police", "ORG", "COL", ["Riot police"]),
        entity("Antonio Sanguino", "PER", "COL", ["Labor Minister Antonio Sanguino"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
