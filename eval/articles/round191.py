"""Round 191: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm191-de-01: Gabon's transitional president Oligui Nguema declared winner of the presidential election; Bilie-By-Nze alleges fraud, the AU signals an end to the suspension, Macron congratulates (2025-04-14).
- hm191-de-02: Brazil: deadly police raid on the Comando Vermelho in Rio's Alemão and Penha complexes; Castro blames Brasília, Lewandowski denies, residents protest, the UN rights office objects (2025-10-29).
- hm191-de-03: Hamas leader Ismail Haniyeh killed in Tehran; Hamas and Khamenei blame Israel and vow revenge, Qatar, Turkey and Russia condemn, Blinken denies US involvement (2024-07-31).
- hm191-de-04: Tigray power struggle: a TPLF faction loyal to Debretsion seizes offices in Mekelle, interim leader Getachew Reda goes to Addis Ababa and meets Abiy, the AU offers mediation (2025-03-14).
- hm191-en-01: Ecuadorians reject foreign military bases and a constituent assembly in Noboa's referendum; Noboa accepts, González and CONAIE react (2025-11-17).
- hm191-en-02: Israel moves troops into the Golan buffer zone and Mount Hermon after Assad's fall; strikes on Syrian weapons sites, the UN and Arab states object (2024-12-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm191-de-01 (Gabon)
OLIGUI = actor("Brice Clotaire Oligui Nguema", "GAB", "GOV")
OLIGUI_MIL = actor("Brice Clotaire Oligui Nguema", "GAB", "MIL")
BILIE = actor("Alain-Claude Bilie-By-Nze", "GAB", "OPP")
GAB_ELECT = actor("Gabonese electoral authority", "GAB", "GOV")
BONGO = actor("Ali Bongo Ondimba", "GAB", "GOV")
AU = actor("African Union", "IGO", "IGO")
AU_SPOX = actor("African Union spokesperson", "IGO", "IGO")
GABON = actor("Gabon", "GAB", None)
GAB_LOSERS = actor("losing presidential candidates in Gabon", "GAB", "OPP")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
ECCAS_OBS = actor("ECCAS election observers", "IGO", "IGO")
GAB_OPP_SUPP = actor("Gabonese opposition supporters", "GAB", "OPP")
GAB_POLICE = actor("Gabonese police", "GAB", "COP")

A1 = "Gabuns Übergangspräsident Brice Clotaire Oligui Nguema hat die Präsidentenwahl mit gut 90 Prozent der Stimmen gewonnen."
A2 = "Innenminister Hermann Immongault verkündete das vorläufige Ergebnis am Sonntagabend im Staatsfernsehen."
A3 = ("Der frühere Regierungschef Alain-Claude Bilie-By-Nze, der mit rund drei Prozent auf Platz zwei landete, "
      "warf der Wahlbehörde massive Unregelmäßigkeiten vor.")
A4 = "„Dieses Ergebnis wurde im Präsidentenpalast geschrieben, nicht in den Wahllokalen“, sagte er in Libreville vor Anhängern."
A5 = ("Oligui Nguema hatte im August 2023 mit weiteren Offizieren den langjährigen Präsidenten Ali Bongo Ondimba gestürzt "
      "und ihn unter Hausarrest gestellt.")
A6 = "Die Afrikanische Union suspendierte Gabun daraufhin."
A7 = "Ein AU-Sprecher stellte nun in Aussicht, die Suspendierung „in den kommenden Wochen“ aufzuheben."
A8 = ("Oligui Nguema dankte den Wählern und lud die unterlegenen Kandidaten zu Gesprächen über eine Regierung der "
      "nationalen Einheit ein.")
A9 = "Frankreichs Präsident Emmanuel Macron gratulierte ihm noch in der Nacht in einem Telefonat, wie der Élysée-Palast mitteilte."
A10 = ("Auch die Beobachter der Wirtschaftsgemeinschaft Zentralafrikanischer Staaten (ECCAS) lobten den friedlichen "
       "Ablauf der Abstimmung.")
A11 = "Anhänger der Opposition gingen in der Hauptstadt am Montag zunächst nicht auf die Straße."
A12 = "Die Polizei hatte an den wichtigsten Kreuzungen Librevilles Kontrollpunkte errichtet."
A13 = "Das ölreiche Land mit rund 2,4 Millionen Einwohnern soll im September auch ein neues Parlament wählen."

DE01 = {
    "id": "hm191-de-01", "lang": "de", "url": None, "published": "2025-04-14",
    "title": "Oligui Nguema gewinnt Präsidentenwahl in Gabun deutlich",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12, A13]),
    "events": [
        event("ACCUSE", BILIE, GAB_ELECT, A3, mode="allege"),
        event("ACCUSE", BILIE, OLIGUI, A4, mode="allege", location="Libreville", location_country="GAB"),
        event("COERCE", OLIGUI_MIL, BONGO, A5, mode="arrest"),
        event("SANCTION", AU, GABON, A6, mode="expel"),
        event("CONCEDE", AU_SPOX, GABON, A7),
        event("AGREE", OLIGUI, GAB_LOSERS, A8),
        event("CONSULT", MACRON, OLIGUI, A9, mode="phone"),
        event("SUPPORT", MACRON, OLIGUI, A9),
        event("SUPPORT", ECCAS_OBS, GABON, A10),
        event("PROTEST", GAB_OPP_SUPP, OLIGUI, A11, mode="demo", date="2025-04-14", location="Libreville",
              location_country="GAB", negated=True),
        event("MOBILIZE", GAB_POLICE, None, A12, mode="police", location="Libreville", location_country="GAB"),
    ],
    "quotes": [
        quote("Dieses Ergebnis wurde im Präsidentenpalast geschrieben, nicht in den Wahllokalen", "Alain-Claude Bilie-By-Nze", "direct"),
        quote("in den kommenden Wochen", "African Union spokesperson", "direct"),
        quote("die Suspendierung „in den kommenden Wochen“ aufzuheben", "African Union spokesperson", "indirect"),
        quote("Frankreichs Präsident Emmanuel Macron gratulierte ihm noch in der Nacht in einem Telefonat", "Élysée Palace", "indirect"),
    ],
    "entities": [
        entity("Brice Clotaire Oligui Nguema", "PER", "GAB",
               ["Gabuns Übergangspräsident Brice Clotaire Oligui Nguema", "Oligui Nguema", "ihm"]),
        entity("Gabon", "GPE", "GAB", ["Gabuns", "Gabun", "Das ölreiche Land"]),
        entity("Hermann Immongault", "PER", "GAB", ["Innenminister Hermann Immongault"]),
        entity("Alain-Claude Bilie-By-Nze", "PER", "GAB",
               ["Der frühere Regierungschef Alain-Claude Bilie-By-Nze", "er"]),
        entity("Gabonese electoral authority", "ORG", "GAB", ["der Wahlbehörde"]),
        entity("Presidential Palace (Libreville)", "LOC", "GAB", ["Präsidentenpalast"]),
        entity("Libreville", "LOC", "GAB", ["Libreville", "der Hauptstadt", "Librevilles"]),
        entity("Ali Bongo Ondimba", "PER", "GAB", ["den langjährigen Präsidenten Ali Bongo Ondimba", "ihn"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("African Union spokesperson", "PER", "IGO", ["Ein AU-Sprecher"]),
        entity("losing presidential candidates in Gabon", "PER", "GAB", ["die unterlegenen Kandidaten"]),
        entity("France", "GPE", "FRA", ["Frankreichs"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
        entity("Economic Community of Central African States (ECCAS)", "ORG", "IGO",
               ["der Wirtschaftsgemeinschaft Zentralafrikanischer Staaten (ECCAS)"]),
        entity("ECCAS election observers", "ORG", "IGO", ["die Beobachter der Wirtschaftsgemeinschaft Zentralafrikanischer Staaten (ECCAS)"]),
        entity("Gabonese opposition supporters", "ORG", "GAB", ["Anhänger der Opposition"]),
        entity("Gabonese police", "ORG", "GAB", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm191-de-02 (Rio de Janeiro)
RIO_POLICE = actor("Rio de Janeiro state police", "BRA", "COP")
CV = actor("Comando Vermelho", "BRA", "REB")
RIO_GOV = actor("Government of Rio de Janeiro State", "BRA", "GOV")
CASTRO = actor("Cláudio Castro", "BRA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
LEWANDOWSKI = actor("Ricardo Lewandowski", "BRA", "GOV")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
PENHA_RES = actor("residents of Penha", "BRA", "CVL")
VICTIM_MOTHER = actor("mother of a victim of the Rio police raid", "BRA", "CVL")

B1 = ("Bei einem Großeinsatz gegen die Drogenbande Comando Vermelho sind in Rio de Janeiro mehr als 60 Menschen "
      "getötet worden, darunter vier Polizisten.")
B2 = ("Rund 2500 Beamte hatten am Dienstagmorgen mit Panzerwagen und Hubschraubern die Hochburgen der Bande in den "
      "Favela-Komplexen Alemão und Penha gestürmt.")
B3 = "Bandenmitglieder warfen aus Drohnen Sprengsätze auf die vorrückenden Einsatzkräfte ab."
B4 = "Gouverneur Cláudio Castro sagte, „Narkoterroristen“ hielten ganze Stadtteile als Geiseln."
B5 = ("Castro warf der Regierung von Präsident Luiz Inácio Lula da Silva vor, Rio im Kampf gegen das organisierte "
      "Verbrechen allein zu lassen.")
B6 = "Bitten um gepanzerte Fahrzeuge der Streitkräfte seien dreimal abgelehnt worden, sagte er."
B7 = "Justizminister Ricardo Lewandowski wies dies zurück: Eine solche Anfrage habe Brasília nie erhalten."
B8 = "Lewandowski reiste am Mittwoch nach Rio und traf dort mit Castro zusammen."
B9 = "Beide vereinbarten ein gemeinsames Krisenbüro von Bund und Land gegen das organisierte Verbrechen."
B10 = "Das UN-Menschenrechtsbüro in Genf zeigte sich „entsetzt“ und verlangte eine unabhängige Untersuchung."
B11 = ("Anwohner legten am Mittwochmorgen Dutzende Leichen, die sie in einem angrenzenden Wald geborgen hatten, auf "
       "einem Platz in Penha ab, um gegen die Polizeigewalt zu protestieren.")
B12 = "„Das war kein Einsatz, das war ein Massaker“, sagte eine Mutter, deren Sohn unter den Toten war."
B13 = "Die Polizei nahm 81 Verdächtige fest und stellte 93 Gewehre sicher."

DE02 = {
    "id": "hm191-de-02", "lang": "de", "url": None, "published": "2025-10-29",
    "title": "Mehr als 60 Tote bei Polizeieinsatz gegen Drogenbande in Rio",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("ASSAULT", RIO_POLICE, CV, B1, date="2025-10-28", location="Rio de Janeiro", location_country="BRA"),
        event("ASSAULT", RIO_POLICE, CV, B2, date="2025-10-28", location="Rio de Janeiro", location_country="BRA"),
        event("ASSAULT", CV, RIO_POLICE, B3, mode="drone", date="2025-10-28", location="Rio de Janeiro",
              location_country="BRA"),
        event("ACCUSE", CASTRO, CV, B4, mode="allege"),
        event("ACCUSE", CASTRO, BRA_GOV, B5, mode="disapprove"),
        event("ACCUSE", CASTRO, BRA_GOV, B6, mode="allege"),
        event("CONSULT", LEWANDOWSKI, CASTRO, B8, mode="visit", date="2025-10-29", location="Rio de Janeiro",
              location_country="BRA"),
        event("AGREE", LEWANDOWSKI, CASTRO, B9),
        event("ACCUSE", OHCHR, RIO_POLICE, B10, mode="disapprove"),
        event("REQUEST", OHCHR, BRA_GOV, B10),
        event("PROTEST", PENHA_RES, RIO_POLICE, B11, mode="demo", date="2025-10-29", location="Penha",
              location_country="BRA"),
        event("ACCUSE", VICTIM_MOTHER, RIO_POLICE, B12, mode="disapprove"),
        event("COERCE", RIO_POLICE, CV, B13, mode="arrest", location="Rio de Janeiro", location_country="BRA"),
    ],
    "quotes": [
        quote("„Narkoterroristen“ hielten ganze Stadtteile als Geiseln", "Cláudio Castro", "indirect"),
        quote("Narkoterroristen", "Cláudio Castro", "direct"),
        quote("Rio im Kampf gegen das organisierte Verbrechen allein zu lassen", "Cláudio Castro", "indirect"),
        quote("Bitten um gepanzerte Fahrzeuge der Streitkräfte seien dreimal abgelehnt worden", "Cláudio Castro", "indirect"),
        quote("Eine solche Anfrage habe Brasília nie erhalten", "Ricardo Lewandowski", "indirect"),
        quote("entsetzt", "Office of the UN High Commissioner for Human Rights", "direct"),
        quote("Das war kein Einsatz, das war ein Massaker", "mother of a victim of the Rio police raid", "direct"),
    ],
    "entities": [
        entity("Comando Vermelho", "ORG", "BRA", ["die Drogenbande Comando Vermelho", "der Bande", "Bandenmitglieder"]),
        entity("Rio de Janeiro", "LOC", "BRA", ["Rio de Janeiro", "Rio"]),
        entity("Rio de Janeiro state police", "ORG", "BRA",
               ["Rund 2500 Beamte", "die vorrückenden Einsatzkräfte", "Die Polizei"]),
        entity("Complexo do Alemão", "LOC", "BRA", ["Alemão"]),
        entity("Complexo da Penha", "LOC", "BRA", ["Penha"]),
        entity("Cláudio Castro", "PER", "BRA", ["Gouverneur Cláudio Castro", "Castro", "er"]),
        entity("Government of Brazil", "ORG", "BRA",
               ["der Regierung von Präsident Luiz Inácio Lula da Silva", "Brasília"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva"]),
        entity("Brazilian Armed Forces", "ORG", "BRA", ["der Streitkräfte"]),
        entity("Ricardo Lewandowski", "PER", "BRA", ["Justizminister Ricardo Lewandowski", "Lewandowski"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("residents of Penha", "ORG", "BRA", ["Anwohner"]),
        entity("mother of a victim of the Rio police raid", "PER", "BRA", ["eine Mutter, deren Sohn unter den Toten war"]),
    ],
}

# ---------------------------------------------------------------- hm191-de-03 (Haniyeh)
HANIYEH = actor("Ismail Haniyeh", "PSE", "REB")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SHUKR = actor("Fuad Shukr", "LBN", "REB")
ALTHANI = actor("Mohammed bin Abdulrahman Al Thani", "QAT", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

H1 = ("Der Chef des Politbüros der islamistischen Hamas, Ismail Hanija, ist bei einem Angriff in der iranischen "
      "Hauptstadt Teheran getötet worden.")
H2 = ("Auch einer seiner Leibwächter sei ums Leben gekommen, als das Gebäude, in dem Hanija untergebracht war, in "
      "der Nacht zum Mittwoch getroffen worden sei, teilten die iranischen Revolutionsgarden mit.")
H3 = ("Hanija hatte am Dienstag an der Vereidigung des neuen iranischen Präsidenten Massud Peseschkian teilgenommen "
      "und war anschließend von ihm empfangen worden.")
H4 = ("Die Hamas machte Israel für die Tat verantwortlich und sprach von einem „feigen Verbrechen“, das nicht "
      "ungesühnt bleiben werde.")
H5 = ("Irans oberster Führer Ajatollah Ali Chamenei erklärte, Israel habe sich mit dem Anschlag eine „harte Strafe“ "
      "eingehandelt.")
H6 = "„Wir betrachten es als unsere Pflicht“, so Chamenei, „das Blut dieses teuren Gastes zu rächen.“"
H7 = "Die israelische Armee äußerte sich zunächst nicht zu dem Vorfall."
H8 = ("Wenige Stunden zuvor hatte sie nach eigenen Angaben in Beirut den Hisbollah-Kommandeur Fuad Schukr gezielt "
      "angegriffen.")
H9 = ("„Wie kann eine Vermittlung gelingen, wenn eine Seite den Unterhändler der anderen Seite ermordet?“, schrieb "
      "Katars Regierungschef Mohammed bin Abdulrahman Al Thani auf der Plattform X.")
H10 = "Die Türkei und Russland verurteilten den mutmaßlich israelischen Angriff scharf."
H11 = ("US-Außenminister Antony Blinken sagte, Washington sei über den Angriff weder vorab informiert noch daran "
       "beteiligt gewesen.")
H12 = "Er rief alle Seiten auf, eine weitere Eskalation in der Region zu vermeiden."
H13 = "Seit Beginn des Gaza-Kriegs im Oktober 2023 haben sich die Spannungen in der Region stetig verschärft."

DE03 = {
    "id": "hm191-de-03", "lang": "de", "url": None, "published": "2024-07-31",
    "title": "Hamas-Chef Hanija in Teheran getötet – Iran droht Israel",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("CONSULT", HANIYEH, PEZESHKIAN, H3, mode="visit", date="2024-07-30", location="Tehran",
              location_country="IRN"),
        event("ACCUSE", HAMAS, ISRAEL, H4, mode="allege"),
        event("THREATEN", HAMAS, ISRAEL, H4, mode="violence"),
        event("ACCUSE", KHAMENEI, ISRAEL, H5, mode="allege"),
        event("THREATEN", KHAMENEI, ISRAEL, H5, mode="violence"),
        event("THREATEN", KHAMENEI, ISRAEL, H6, mode="violence"),
        event("ASSAULT", IDF, SHUKR, H8, mode="targeted", location="Beirut", location_country="LBN"),
        event("ACCUSE", ALTHANI, ISRAEL, H9, mode="disapprove"),
        event("ACCUSE", TURKEY, ISRAEL, H10, mode="disapprove"),
        event("ACCUSE", RUSSIA, ISRAEL, H10, mode="disapprove"),
        event("REQUEST", BLINKEN, None, H12, mode="yield"),
    ],
    "quotes": [
        quote("Auch einer seiner Leibwächter sei ums Leben gekommen, als das Gebäude, in dem Hanija untergebracht war, "
              "in der Nacht zum Mittwoch getroffen worden sei", "Islamic Revolutionary Guard Corps", "indirect"),
        quote("feigen Verbrechen", "Hamas", "direct"),
        quote("das nicht ungesühnt bleiben werde", "Hamas", "indirect"),
        quote("Israel habe sich mit dem Anschlag eine „harte Strafe“ eingehandelt", "Ali Khamenei", "indirect"),
        quote("harte Strafe", "Ali Khamenei", "direct"),
        quote("Wir betrachten es als unsere Pflicht", "Ali Khamenei", "direct"),
        quote("das Blut dieses teuren Gastes zu rächen", "Ali Khamenei", "direct"),
        quote("Wie kann eine Vermittlung gelingen, wenn eine Seite den Unterhändler der anderen Seite ermordet?",
              "Mohammed bin Abdulrahman Al Thani", "direct"),
        quote("Washington sei über den Angriff weder vorab informiert noch daran beteiligt gewesen", "Antony Blinken", "indirect"),
        quote("eine weitere Eskalation in der Region zu vermeiden", "Antony Blinken", "indirect"),
    ],
    "entities": [
        entity("Ismail Haniyeh", "PER", "PSE",
               ["Der Chef des Politbüros der islamistischen Hamas, Ismail Hanija", "Hanija"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas", "Die Hamas"]),
        entity("Tehran", "LOC", "IRN", ["der iranischen Hauptstadt Teheran"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die iranischen Revolutionsgarden"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["des neuen iranischen Präsidenten Massud Peseschkian", "ihm"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Ali Khamenei", "PER", "IRN", ["Irans oberster Führer Ajatollah Ali Chamenei", "Chamenei"]),
        entity("Iran", "GPE", "IRN", ["Irans"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "sie"]),
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Fuad Shukr", "PER", "LBN", ["den Hisbollah-Kommandeur Fuad Schukr"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah"]),
        entity("Mohammed bin Abdulrahman Al Thani", "PER", "QAT",
               ["Katars Regierungschef Mohammed bin Abdulrahman Al Thani"]),
        entity("Qatar", "GPE", "QAT", ["Katars"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Turkey", "GPE", "TUR", ["Die Türkei"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Er"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
    ],
}

# ---------------------------------------------------------------- hm191-de-04 (Tigray)
TPLF_DEB = actor("Tigray People's Liberation Front (Debretsion faction)", "ETH", "PTY")
TIG_FIGHTERS = actor("Tigrayan fighters loyal to Debretsion Gebremichael", "ETH", "REB")
TIA = actor("Tigray Interim Administration", "ETH", "GOV")
GETACHEW = actor("Getachew Reda", "ETH", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
DEBRETSION = actor("Debretsion Gebremichael", "ETH", "PTY")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
YOUSSOUF = actor("Mahmoud Ali Youssouf", "IGO", "IGO")
ERITREA = actor("Eritrea", "ERI", "GOV")

T1 = ("Im Norden Äthiopiens hat eine Fraktion der Volksbefreiungsfront von Tigray (TPLF) die Kontrolle über zentrale "
      "Behörden in der Regionalhauptstadt Mekele übernommen.")
T2 = ("Bewaffnete Kämpfer besetzten am Dienstag das Büro des Bürgermeisters und den regionalen Rundfunksender, wie "
      "Augenzeugen berichteten.")
T3 = ("Der Präsident der Übergangsverwaltung, Getachew Reda, reiste daraufhin nach Addis Abeba und traf dort am "
      "Donnerstag Ministerpräsident Abiy Ahmed.")
T4 = "Getachew warf seinen Rivalen um den früheren TPLF-Chef Debretsion Gebremichael einen „Putsch“ vor."
T5 = "Er bat die Bundesregierung um Hilfe, um „die Ordnung in Tigray wiederherzustellen“."
T6 = "Debretsions Lager wies den Vorwurf zurück und erklärte, es handle sich um eine „Korrektur“ innerhalb der Partei."
T7 = "Die Regierung in Addis Abeba erklärte, sie werde keine Soldaten nach Tigray schicken."
T8 = "Abiy rief beide Lager auf, auf Gewalt zu verzichten und das Friedensabkommen von Pretoria zu achten."
T9 = ("Der Vorsitzende der AU-Kommission, Mahmoud Ali Youssouf, zeigte sich „zutiefst besorgt“ und bot an, zwischen "
      "Getachew und Debretsion zu vermitteln.")
T10 = "Beobachter fürchten, dass das benachbarte Eritrea den Machtkampf ausnutzen könnte."
T11 = "Getachew hatte Asmara zuletzt vorgeworfen, Truppen an der Grenze zusammenzuziehen."
T12 = "Eritreas Informationsminister Yemane Gebremeskel nannte das „frei erfunden“."
T13 = "Im Krieg zwischen 2020 und 2022 waren in Tigray Hunderttausende Menschen ums Leben gekommen."

DE04 = {
    "id": "hm191-de-04", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Machtkampf in Tigray: Übergangspräsident Getachew weicht nach Addis Abeba aus",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13]),
    "events": [
        event("COERCE", TPLF_DEB, TIA, T1, mode="seize", location="Mekelle", location_country="ETH"),
        event("COERCE", TIG_FIGHTERS, TIA, T2, mode="seize", date="2025-03-11", location="Mekelle",
              location_country="ETH"),
        event("CONSULT", GETACHEW, ABIY, T3, mode="visit", date="2025-03-13", location="Addis Ababa",
              location_country="ETH"),
        event("ACCUSE", GETACHEW, DEBRETSION, T4, mode="allege"),
        event("REQUEST", GETACHEW, ETH_GOV, T5, mode="assist"),
        event("MOBILIZE", ETH_GOV, None, T7, mode="troops", negated=True),
        event("REQUEST", ABIY, DEBRETSION, T8, mode="yield"),
        event("REQUEST", ABIY, GETACHEW, T8, mode="yield"),
        event("AGREE", YOUSSOUF, GETACHEW, T9),
        event("AGREE", YOUSSOUF, DEBRETSION, T9),
        event("ACCUSE", GETACHEW, ERITREA, T11, mode="allege"),
    ],
    "quotes": [
        quote("Bewaffnete Kämpfer besetzten am Dienstag das Büro des Bürgermeisters und den regionalen Rundfunksender",
              "eyewitnesses in Mekelle", "indirect"),
        quote("Putsch", "Getachew Reda", "direct"),
        quote("die Ordnung in Tigray wiederherzustellen", "Getachew Reda", "direct"),
        quote("es handle sich um eine „Korrektur“ innerhalb der Partei", "Tigray People's Liberation Front (Debretsion faction)", "indirect"),
        quote("Korrektur", "Tigray People's Liberation Front (Debretsion faction)", "direct"),
        quote("sie werde keine Soldaten nach Tigray schicken", "Government of Ethiopia", "indirect"),
        quote("auf Gewalt zu verzichten und das Friedensabkommen von Pretoria zu achten", "Abiy Ahmed", "indirect"),
        quote("zutiefst besorgt", "Mahmoud Ali Youssouf", "direct"),
        quote("zwischen Getachew und Debretsion zu vermitteln", "Mahmoud Ali Youssouf", "indirect"),
        quote("dass das benachbarte Eritrea den Machtkampf ausnutzen könnte", "observers", "indirect"),
        quote("Truppen an der Grenze zusammenzuziehen", "Getachew Reda", "indirect"),
        quote("frei erfunden", "Yemane Gebremeskel", "direct"),
    ],
    "entities": [
        entity("Ethiopia", "GPE", "ETH", ["Äthiopiens"]),
        entity("Tigray People's Liberation Front (Debretsion faction)", "ORG", "ETH",
               ["eine Fraktion der Volksbefreiungsfront von Tigray (TPLF)", "Debretsions Lager"]),
        entity("Tigray People's Liberation Front", "ORG", "ETH", ["Volksbefreiungsfront von Tigray (TPLF)", "der Partei"]),
        entity("Mekelle", "LOC", "ETH", ["der Regionalhauptstadt Mekele", "Mekele"]),
        entity("Tigrayan fighters loyal to Debretsion Gebremichael", "ORG", "ETH", ["Bewaffnete Kämpfer"]),
        entity("Tigray Interim Administration", "ORG", "ETH", ["der Übergangsverwaltung"]),
        entity("Getachew Reda", "PER", "ETH",
               ["Der Präsident der Übergangsverwaltung, Getachew Reda", "Getachew", "Er"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed", "Abiy"]),
        entity("Debretsion Gebremichael", "PER", "ETH", ["den früheren TPLF-Chef Debretsion Gebremichael", "Debretsion"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["die Bundesregierung", "Die Regierung in Addis Abeba", "sie"]),
        entity("Tigray", "LOC", "ETH", ["Tigray"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("African Union Commission", "ORG", "IGO", ["der AU-Kommission"]),
        entity("Mahmoud Ali Youssouf", "PER", "IGO", ["Der Vorsitzende der AU-Kommission, Mahmoud Ali Youssouf"]),
        entity("Eritrea", "GPE", "ERI", ["das benachbarte Eritrea", "Asmara", "Eritreas"]),
        entity("Yemane Gebremeskel", "PER", "ERI", ["Eritreas Informationsminister Yemane Gebremeskel"]),
    ],
}

# ---------------------------------------------------------------- hm191-en-01 (Ecuador)
ECU_VOTERS = actor("Ecuadorian voters", "ECU", "CVL")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
USA = actor("United States", "USA", "GOV")
NOEM = actor("Kristi Noem", "USA", "GOV")
ECU_NAVY = actor("Ecuadorian Navy", "ECU", "MIL")
USCG = actor("United States Coast Guard", "USA", "MIL")
GONZALEZ = actor("Luisa González", "ECU", "OPP")
CONAIE = actor("CONAIE", "ECU", "CVL")

E1 = ("Ecuadorians on Sunday rejected a proposal to allow foreign military bases on their soil, dealing a heavy "
      "blow to President Daniel Noboa, who had campaigned hard for the change.")
E2 = "With most ballots counted, about 60 percent had voted no, the National Electoral Council said."
E3 = "Voters also turned down Noboa's plan to convene an assembly to rewrite the constitution."
E4 = "“We respect the will of the Ecuadorian people,” Noboa wrote on X."
E5 = ("Noboa had argued that a U.S. military presence would help Ecuador fight the gangs that ship cocaine from its "
      "ports, and had invited Washington to return to the former air base at Manta.")
E6 = "U.S. Homeland Security Secretary Kristi Noem toured possible sites in Manta and Salinas with him earlier this month."
E7 = "Ecuador's navy already conducts joint patrols with the U.S. Coast Guard near the Galápagos Islands."
E8 = ("Opposition leader Luisa González called the outcome “a lesson in sovereignty” and demanded that Noboa withdraw "
      "his emergency security decrees.")
E9 = ("The indigenous federation CONAIE accused the president of trying to “sell the country” and said the vote "
      "showed that Ecuadorians wanted a different security policy.")
E10 = "Washington had no immediate comment."
E11 = ("Noboa said security cooperation with the United States would continue, but he did not say whether he would "
       "seek another vote.")
E12 = "Ecuador's 2008 constitution bans foreign military bases on its territory."

EN01 = {
    "id": "hm191-en-01", "lang": "en", "url": None, "published": "2025-11-17",
    "title": "Ecuadorians reject foreign military bases in blow to Noboa",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("REJECT", ECU_VOTERS, NOBOA, E1, mode="change", date="2025-11-16", location="Ecuador",
              location_country="ECU"),
        event("REJECT", ECU_VOTERS, NOBOA, E2, mode="change", location="Ecuador", location_country="ECU"),
        event("REJECT", ECU_VOTERS, NOBOA, E3, mode="change", location="Ecuador", location_country="ECU"),
        event("CONCEDE", NOBOA, ECU_VOTERS, E4),
        event("AGREE", NOBOA, USA, E5),
        event("CONSULT", NOEM, NOBOA, E6, mode="visit", location="Manta", location_country="ECU"),
        event("COOPERATE", ECU_NAVY, USCG, E7, location="Galápagos Islands", location_country="ECU"),
        event("REQUEST", GONZALEZ, NOBOA, E8, mode="change"),
        event("ACCUSE", CONAIE, NOBOA, E9, mode="allege"),
        event("AGREE", NOBOA, USA, E11),
    ],
    "quotes": [
        quote("With most ballots counted, about 60 percent had voted no", "National Electoral Council of Ecuador", "indirect"),
        quote("We respect the will of the Ecuadorian people", "Daniel Noboa", "direct"),
        quote("that a U.S. military presence would help Ecuador fight the gangs that ship cocaine from its ports",
              "Daniel Noboa", "indirect"),
        quote("a lesson in sovereignty", "Luisa González", "direct"),
        quote("that Noboa withdraw his emergency security decrees", "Luisa González", "indirect"),
        quote("sell the country", "CONAIE", "direct"),
        quote("the vote showed that Ecuadorians wanted a different security policy", "CONAIE", "indirect"),
        quote("security cooperation with the United States would continue", "Daniel Noboa", "indirect"),
    ],
    "entities": [
        entity("Ecuadorian voters", "ORG", "ECU", ["Ecuadorians", "Voters"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa", "Noboa", "Noboa's", "him", "the president", "he"]),
        entity("National Electoral Council of Ecuador", "ORG", "ECU", ["the National Electoral Council"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador", "Ecuador's"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States"]),
        entity("Manta", "LOC", "ECU", ["Manta"]),
        entity("Salinas", "LOC", "ECU", ["Salinas"]),
        entity("Kristi Noem", "PER", "USA", ["U.S. Homeland Security Secretary Kristi Noem"]),
        entity("Ecuadorian Navy", "ORG", "ECU", ["Ecuador's navy"]),
        entity("United States Coast Guard", "ORG", "USA", ["the U.S. Coast Guard"]),
        entity("Galápagos Islands", "LOC", "ECU", ["the Galápagos Islands"]),
        entity("Luisa González", "PER", "ECU", ["Opposition leader Luisa González"]),
        entity("CONAIE", "ORG", "ECU", ["The indigenous federation CONAIE"]),
    ],
}

# ---------------------------------------------------------------- hm191-en-02 (Golan)
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
SYRIA = actor("Syria", "SYR", None)
SYR_FORCES = actor("Syrian armed forces", "SYR", "MIL")
IAF = actor("Israeli Air Force", "ISR", "MIL")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
EGYPT = actor("Egypt", "EGY", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
QATAR = actor("Qatar", "QAT", "GOV")
ISR_OFFICIAL = actor("Israeli official", "ISR", "GOV")
SULLIVAN = actor("Jake Sullivan", "USA", "GOV")
HANEGBI = actor("Tzachi Hanegbi", "ISR", "GOV")

F1 = ("Israeli troops moved into the demilitarised buffer zone on the Golan Heights on Sunday, hours after the fall "
      "of Syrian President Bashar al-Assad.")
F2 = ("Prime Minister Benjamin Netanyahu said he had ordered the army to take over the zone and nearby “commanding "
      "positions”.")
F3 = "“We will not allow any hostile force to establish itself on our border,” he said during a visit to the frontier."
F4 = "The military said its forces had also taken control of the Syrian side of Mount Hermon."
F5 = ("Foreign Minister Gideon Saar said Israeli warplanes had struck suspected chemical weapons sites and "
      "long-range rocket depots in Syria to keep them out of “the hands of extremists”.")
F6 = "The army denied reports that its tanks were advancing towards Damascus."
F7 = ("U.N. spokesman Stephane Dujarric said the deployment violated the 1974 disengagement agreement and called on "
      "Israel to withdraw.")
F8 = ("Egypt, Saudi Arabia and Qatar condemned the move, with Cairo calling it an “occupation of Syrian land” that "
      "exploited the chaos in Damascus.")
F9 = ("An Israeli official said the deployment was “limited and temporary” and that troops would pull back once "
      "security on the border was guaranteed.")
F10 = ("White House national security adviser Jake Sullivan said he had discussed the situation by phone with his "
       "Israeli counterpart, Tzachi Hanegbi.")
F11 = "Most of the Golan Heights has been under Israeli control since the 1967 Middle East war."

EN02 = {
    "id": "hm191-en-02", "lang": "en", "url": None, "published": "2024-12-09",
    "title": "Israel sends troops into Golan buffer zone after Assad's fall",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10, F11]),
    "events": [
        event("MOBILIZE", IDF, SYRIA, F1, mode="troops", date="2024-12-08", location="Golan Heights",
              location_country="SYR"),
        event("MOBILIZE", NETANYAHU, SYRIA, F2, mode="troops", location="Golan Heights", location_country="SYR"),
        event("THREATEN", NETANYAHU, None, F3, mode="violence"),
        event("MOBILIZE", IDF, SYRIA, F4, mode="troops", location="Mount Hermon", location_country="SYR"),
        event("ASSAULT", IAF, SYR_FORCES, F5, mode="aerial", location="Syria", location_country="SYR"),
        event("ACCUSE", DUJARRIC, ISRAEL, F7, mode="disapprove"),
        event("REQUEST", DUJARRIC, ISRAEL, F7, mode="yield"),
        event("ACCUSE", EGYPT, ISRAEL, F8, mode="disapprove"),
        event("ACCUSE", SAUDI, ISRAEL, F8, mode="disapprove"),
        event("ACCUSE", QATAR, ISRAEL, F8, mode="disapprove"),
        event("CONCEDE", ISR_OFFICIAL, SYRIA, F9),
        event("CONSULT", SULLIVAN, HANEGBI, F10, mode="phone"),
    ],
    "quotes": [
        quote("he had ordered the army to take over the zone and nearby “commanding positions”", "Benjamin Netanyahu", "indirect"),
        quote("commanding positions", "Benjamin Netanyahu", "direct"),
        quote("We will not allow any hostile force to establish itself on our border", "Benjamin Netanyahu", "direct"),
        quote("its forces had also taken control of the Syrian side of Mount Hermon", "Israel Defense Forces", "indirect"),
        quote("Israeli warplanes had struck suspected chemical weapons sites and long-range rocket depots in Syria to "
              "keep them out of “the hands of extremists”", "Gideon Saar", "indirect"),
        quote("the hands of extremists", "Gideon Saar", "direct"),
        quote("the deployment violated the 1974 disengagement agreement", "Stéphane Dujarric", "indirect"),
        quote("occupation of Syrian land", "Egypt", "direct"),
        quote("the deployment was “limited and temporary” and that troops would pull back once security on the "
              "border was guaranteed", "Israeli official", "indirect"),
        quote("limited and temporary", "Israeli official", "direct"),
        quote("he had discussed the situation by phone with his Israeli counterpart, Tzachi Hanegbi", "Jake Sullivan", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli troops", "the army", "The military", "its forces", "The army"]),
        entity("Golan Heights", "LOC", "SYR", ["the Golan Heights"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Syrian President Bashar al-Assad"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "he"]),
        entity("Mount Hermon", "LOC", "SYR", ["the Syrian side of Mount Hermon"]),
        entity("Gideon Saar", "PER", "ISR", ["Foreign Minister Gideon Saar"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Israeli warplanes"]),
        entity("Syria", "GPE", "SYR", ["Syria"]),
        entity("Damascus", "LOC", "SYR", ["Damascus"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stephane Dujarric"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Egypt", "GPE", "EGY", ["Egypt", "Cairo"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("Israeli official", "PER", "ISR", ["An Israeli official"]),
        entity("Jake Sullivan", "PER", "USA", ["White House national security adviser Jake Sullivan"]),
        entity("Tzachi Hanegbi", "PER", "ISR", ["his Israeli counterpart, Tzachi Hanegbi"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
