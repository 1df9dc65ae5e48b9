"""Round 388: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm388-de-01: Senegal/France: Macron recognises the 1944 Thiaroye killings as a massacre in a letter to Faye; Faye welcomes it and demands the archives, Sonko criticises Paris, the French embassy denies, Barrot to attend the commemoration, Barrow and Ghazouani invited, no apology (2024-11-29).
- hm388-de-02: Niger: the junta expels the heads of three Chinese oil companies (CNPC-Niger Petroleum, WAPCO, Soraz) and withdraws the Soluxe hotel's licence over alleged discrimination; the Chinese embassy asks for consultations without announcing countermeasures, oil unions back Niamey, CNPC's 400-million-dollar advance and the Orano permit withdrawal recalled (2025-03-14).
- hm388-de-03: Botswana: President Duma Boko declares a public health emergency over medicine shortages and sends the army to distribute drugs; he blames the BDP, which denies and hits back, the doctors' union had demanded it, Modise asks South Africa and the WHO for help, the WHO pledges support, the IMF's earlier push for spending cuts (2025-08-26).
- hm388-de-04: Nigeria: female suicide bombers kill at least 18 people at a wedding, a hospital and a funeral in Gwoza, Borno State; authorities blame Boko Haram, police investigate, the town is sealed off, Tinubu condemns and vows punishment, Zulum pledges help, the UN's Fall condemns, the army's earlier claimed raid and hostage rescue (2024-06-30).
- hm388-en-01: Kenya/Morocco: Kenya endorses Morocco's Western Sahara autonomy plan after Mudavadi's talks with Bourita in Rabat; joint commission and flights agreed, Rabat offers expertise, the Polisario condemns and demands a reversal, South Africa backs the Polisario, Kenya's 2014 recognition of the SADR recalled (2025-05-27).
- hm388-en-02: Zambia: the Constitutional Court bars former President Edgar Lungu from the 2026 election on a law student's petition; Lungu attacks the court and Hichilema, the government denies involvement and urges respect, police deploy and block a march without arrests, the DEC's seizure of Esther Lungu's properties recalled (2024-12-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm388-de-01 (Senegal/France, Thiaroye)
FRA_GOV = actor("Government of France", "FRA", "GOV")
SEN_GOV = actor("Government of Senegal", "SEN", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
FRA_COLONIAL = actor("French colonial army", "FRA", "MIL")
TIRAILLEURS = actor("Tirailleurs sénégalais", "SEN", "MIL")
SONKO = actor("Ousmane Sonko", "SEN", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
BARROW = actor("Adama Barrow", "GMB", "GOV")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")

T1 = ("Dakar (dpa) - Frankreich hat die Tötung westafrikanischer Kolonialsoldaten durch französische Truppen im "
      "senegalesischen Thiaroye vor 80 Jahren erstmals offiziell als Massaker anerkannt.")
T2 = ("Präsident Emmanuel Macron habe dies in einem Brief an seinen senegalesischen Amtskollegen Bassirou Diomaye Faye "
      "bestätigt, teilte das Präsidialamt in Dakar am Donnerstag mit.")
T3 = ("„Frankreich muss anerkennen, dass die Konfrontation an jenem Tag eine Kette von Ereignissen auslöste, die zu "
      "einem Massaker führte“, zitierte Faye aus dem Schreiben.")
T4 = "Faye sprach von einem „großen Schritt“."
T5 = ("Der Brief müsse nun die Tür zur ganzen Wahrheit über das Geschehen öffnen, sagte der Staatschef vor "
      "Journalisten.")
T6 = "Zugleich forderte er Paris auf, sämtliche Archive zu den Ereignissen offenzulegen."
T7 = ("Am 1. Dezember 1944 hatten französische Kolonialtruppen im Militärlager Thiaroye nahe Dakar das Feuer auf "
      "sogenannte Tirailleurs sénégalais eröffnet.")
T8 = ("Die afrikanischen Soldaten waren kurz zuvor aus deutscher Kriegsgefangenschaft zurückgekehrt und hatten die "
      "Auszahlung ihres ausstehenden Solds verlangt.")
T9 = ("Nach offiziellen französischen Angaben kamen damals 35 Menschen ums Leben, Historiker gehen von mehreren "
      "Hundert Toten aus.")
T10 = "Wo die Opfer begraben wurden, ist bis heute ungeklärt."
T11 = "Premierminister Ousmane Sonko reagierte deutlich kühler auf den Brief aus Paris."
T12 = ("Es sei nicht Sache Frankreichs, einseitig über die Zahl der Opfer und das Ausmaß dieser Tragödie zu befinden, "
       "schrieb er auf Facebook.")
T13 = ("Sonko warf der früheren Kolonialmacht zudem vor, die Aufarbeitung jahrzehntelang verschleppt zu haben.")
T14 = ("Die französische Botschaft in Dakar wies dies zurück und verwies auf bereits übergebene Dokumente.")
T15 = "Die zentrale Gedenkfeier zum 80. Jahrestag ist für Sonntag in Thiaroye geplant."
T16 = "Nach Angaben des Außenministeriums in Paris wird Außenminister Jean-Noël Barrot daran teilnehmen."
T17 = ("Faye hat zudem die Präsidenten Gambias und Mauretaniens, Adama Barrow und Mohamed Ould Ghazouani, "
       "eingeladen.")
T18 = "Eine förmliche Entschuldigung enthält Macrons Brief nicht."

DE01 = {
    "id": "hm388-de-01", "lang": "de", "url": None, "published": "2024-11-29",
    "title": "Frankreich erkennt Massaker von Thiaroye an",
    "text": paragraphs([T1, T2, T3, T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17, T18]),
    "events": [
        event("CONCEDE", FRA_GOV, SEN_GOV, T1),
        event("CONCEDE", MACRON, FAYE, T2),
        event("CONCEDE", MACRON, FAYE, T3),
        event("SUPPORT", FAYE, MACRON, T4),
        event("REQUEST", FAYE, FRA_GOV, T6),
        event("ASSAULT", FRA_COLONIAL, TIRAILLEURS, T7, mode="firearms", date="1944-12-01", location="Thiaroye",
              location_country="SEN"),
        event("REQUEST", TIRAILLEURS, FRA_COLONIAL, T8),
        event("ACCUSE", SONKO, FRA_GOV, T12, mode="disapprove"),
        event("ACCUSE", SONKO, FRA_GOV, T13, mode="allege"),
        event("AGREE", BARROT, SEN_GOV, T16, date="2024-12-01", location="Thiaroye", location_country="SEN"),
        event("AGREE", FAYE, BARROW, T17),
        event("AGREE", FAYE, GHAZOUANI, T17),
        event("CONCEDE", MACRON, FAYE, T18, negated=True),
    ],
    "quotes": [
        quote("Präsident Emmanuel Macron habe dies in einem Brief an seinen senegalesischen Amtskollegen Bassirou "
              "Diomaye Faye bestätigt", "Presidency of Senegal", "indirect"),
        quote("Frankreich muss anerkennen, dass die Konfrontation an jenem Tag eine Kette von Ereignissen auslöste, "
              "die zu einem Massaker führte", "Emmanuel Macron", "direct"),
        quote("großen Schritt", "Bassirou Diomaye Faye", "direct"),
        quote("Der Brief müsse nun die Tür zur ganzen Wahrheit über das Geschehen öffnen", "Bassirou Diomaye Faye",
              "indirect"),
        quote("Nach offiziellen französischen Angaben kamen damals 35 Menschen ums Leben", "Government of France",
              "indirect"),
        quote("Es sei nicht Sache Frankreichs, einseitig über die Zahl der Opfer und das Ausmaß dieser Tragödie zu "
              "befinden", "Ousmane Sonko", "indirect"),
        quote("die Aufarbeitung jahrzehntelang verschleppt zu haben", "Ousmane Sonko", "indirect"),
        quote("Nach Angaben des Außenministeriums in Paris wird Außenminister Jean-Noël Barrot daran teilnehmen",
              "Ministry of Foreign Affairs of France", "indirect"),
    ],
    "entities": [
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich", "Paris", "Frankreichs",
                                                      "der früheren Kolonialmacht"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Tirailleurs sénégalais", "PER", "SEN", ["westafrikanischer Kolonialsoldaten",
                                                        "sogenannte Tirailleurs sénégalais",
                                                        "Die afrikanischen Soldaten"]),
        entity("French colonial army", "ORG", "FRA", ["französische Truppen", "französische Kolonialtruppen"]),
        entity("Thiaroye", "LOC", "SEN", ["im senegalesischen Thiaroye", "Militärlager Thiaroye nahe Dakar",
                                          "Thiaroye"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macrons"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["seinen senegalesischen Amtskollegen Bassirou Diomaye Faye",
                                                       "Faye", "der Staatschef", "er"]),
        entity("Presidency of Senegal", "ORG", "SEN", ["das Präsidialamt in Dakar"]),
        entity("Ousmane Sonko", "PER", "SEN", ["Premierminister Ousmane Sonko", "er", "Sonko"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Embassy of France in Senegal", "ORG", "FRA", ["Die französische Botschaft in Dakar"]),
        entity("Ministry of Foreign Affairs of France", "ORG", "FRA", ["des Außenministeriums in Paris"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot"]),
        entity("Gambia", "LOC", "GMB", ["Gambias"]),
        entity("Mauritania", "LOC", "MRT", ["Mauretaniens"]),
        entity("Adama Barrow", "PER", "GMB", ["Adama Barrow"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["Mohamed Ould Ghazouani"]),
    ],
}

# ---------------------------------------------------------------- hm388-de-02 (Niger, Chinese oil executives expelled)
NER_GOV = actor("Government of Niger", "NER", "GOV")
NER_OIL_MIN = actor("Ministry of Petroleum of Niger", "NER", "GOV")
CHN_EXECS = actor("executives of Chinese oil companies in Niger", "CHN", "BUS")
HEAD_CNPC_NP = actor("head of CNPC-Niger Petroleum", "CHN", "BUS")
HEAD_WAPCO = actor("head of West African Oil Pipeline Company", "CHN", "BUS")
HEAD_SORAZ = actor("head of Soraz", "CHN", "BUS")
CNPC = actor("China National Petroleum Corporation", "CHN", "BUS")
SOLUXE = actor("Soluxe Hotel Niamey", "CHN", "BUS")
CHN_EMBASSY = actor("Embassy of China in Niger", "CHN", "GOV")
NER_OIL_UNIONS = actor("Nigerien oil workers' unions", "NER", "LAB")
ORANO = actor("Orano", "FRA", "BUS")

N1 = ("Niamey (dpa) - Die Militärregierung im Niger hat die Chefs von drei chinesischen Ölunternehmen des Landes "
      "verwiesen.")
N2 = ("Die Leiter der Förderfirma CNPC-Niger Petroleum, der Pipelinegesellschaft WAPCO und der Raffinerie Soraz "
      "müssten das Land binnen 48 Stunden verlassen, heißt es in Anordnungen des Erdölministeriums, die am "
      "Donnerstag bekannt wurden.")
N3 = ("Das Ministerium wirft der China National Petroleum Corporation (CNPC) und ihren Töchtern vor, nigrische "
      "Beschäftigte bei Löhnen und Beförderungen systematisch zu benachteiligen.")
N4 = ("Zudem würden Posten mit ausländischen Kräften besetzt, obwohl qualifizierte Nigrer zur Verfügung stünden, "
      "hieß es.")
N5 = "Bereits am Mittwoch hatten die Behörden dem chinesischen Hotel Soluxe in der Hauptstadt die Lizenz entzogen."
N6 = "Dem Betreiber wird ebenfalls die Diskriminierung einheimischer Angestellter vorgeworfen."
N7 = "Die chinesische Botschaft in Niamey rief zu „freundschaftlichen Konsultationen“ auf."
N8 = ("Peking hoffe, dass die legitimen Rechte chinesischer Unternehmen und Bürger gewahrt würden, erklärte ein "
      "Sprecher.")
N9 = "Gegenmaßnahmen kündigte die Botschaft nicht an."
N10 = "Die nigrischen Ölarbeitergewerkschaften begrüßten dagegen das Vorgehen der Regierung."
N11 = "Sie hatten im vergangenen Jahr mit Streiks gedroht, falls die Lohnunterschiede nicht beseitigt würden."
N12 = "China ist der mit Abstand wichtigste Partner des Niger im Ölsektor."
N13 = ("Die CNPC hatte eine fast 2000 Kilometer lange Pipeline gebaut, über die Rohöl aus dem Agadem-Feld zum Hafen "
       "Sèmè im Nachbarland Benin gepumpt wird.")
N14 = ("Im April 2024 gewährte der Konzern der Junta zudem einen Vorschuss von 400 Millionen Dollar auf künftige "
       "Öllieferungen.")
N15 = ("Die seit Juli 2023 regierenden Generäle um Abdourahamane Tiani gehen verstärkt gegen ausländische "
       "Rohstoffkonzerne vor.")
N16 = ("Im vergangenen Juni entzogen sie dem französischen Atomkonzern Orano die Genehmigung für die Uranmine "
       "Imouraren.")

DE02 = {
    "id": "hm388-de-02", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Niger weist chinesische Ölmanager aus",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6], [N7, N8, N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("COERCE", NER_GOV, CHN_EXECS, N1, mode="deport", location_country="NER"),
        event("COERCE", NER_OIL_MIN, HEAD_CNPC_NP, N2, mode="deport", location_country="NER"),
        event("COERCE", NER_OIL_MIN, HEAD_WAPCO, N2, mode="deport", location_country="NER"),
        event("COERCE", NER_OIL_MIN, HEAD_SORAZ, N2, mode="deport", location_country="NER"),
        event("ACCUSE", NER_OIL_MIN, CNPC, N3, mode="allege"),
        event("SANCTION", NER_GOV, SOLUXE, N5, mode="discontinue", date="2025-03-12", location="Niamey",
              location_country="NER"),
        event("ACCUSE", NER_GOV, SOLUXE, N6, mode="allege"),
        event("REQUEST", CHN_EMBASSY, NER_GOV, N7, mode="meet"),
        event("THREATEN", CHN_EMBASSY, NER_GOV, N9, negated=True),
        event("SUPPORT", NER_OIL_UNIONS, NER_GOV, N10),
        event("THREATEN", NER_OIL_UNIONS, CNPC, N11),
        event("AID", CNPC, NER_GOV, N14),
        event("SANCTION", NER_GOV, ORANO, N16, mode="discontinue"),
    ],
    "quotes": [
        quote("Die Leiter der Förderfirma CNPC-Niger Petroleum, der Pipelinegesellschaft WAPCO und der Raffinerie "
              "Soraz müssten das Land binnen 48 Stunden verlassen", "Ministry of Petroleum of Niger", "indirect"),
        quote("nigrische Beschäftigte bei Löhnen und Beförderungen systematisch zu benachteiligen",
              "Ministry of Petroleum of Niger", "indirect"),
        quote("Zudem würden Posten mit ausländischen Kräften besetzt, obwohl qualifizierte Nigrer zur Verfügung "
              "stünden", "Ministry of Petroleum of Niger", "indirect"),
        quote("freundschaftlichen Konsultationen", "Embassy of China in Niger", "direct"),
        quote("Peking hoffe, dass die legitimen Rechte chinesischer Unternehmen und Bürger gewahrt würden",
              "spokesperson of the Embassy of China in Niger", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["Niamey", "der Hauptstadt"]),
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierung im Niger", "die Behörden", "der Regierung",
                                                     "der Junta",
                                                     "Die seit Juli 2023 regierenden Generäle um Abdourahamane "
                                                     "Tiani", "sie"]),
        entity("Niger", "LOC", "NER", ["im Niger", "des Landes", "das Land", "des Niger"]),
        entity("executives of Chinese oil companies in Niger", "PER", "CHN",
               ["die Chefs von drei chinesischen Ölunternehmen",
                "Die Leiter der Förderfirma CNPC-Niger Petroleum, der Pipelinegesellschaft WAPCO und der Raffinerie "
                "Soraz"]),
        entity("CNPC-Niger Petroleum", "ORG", "CHN", ["Förderfirma CNPC-Niger Petroleum"]),
        entity("West African Oil Pipeline Company", "ORG", "CHN", ["Pipelinegesellschaft WAPCO"]),
        entity("Soraz", "ORG", "NER", ["Raffinerie Soraz"]),
        entity("Ministry of Petroleum of Niger", "ORG", "NER", ["des Erdölministeriums", "Das Ministerium"]),
        entity("China National Petroleum Corporation", "ORG", "CHN",
               ["der China National Petroleum Corporation (CNPC)", "Die CNPC", "der Konzern"]),
        entity("subsidiaries of CNPC", "ORG", "CHN", ["ihren Töchtern"]),
        entity("Nigerien employees", "PER", "NER", ["nigrische Beschäftigte", "qualifizierte Nigrer",
                                                     "einheimischer Angestellter"]),
        entity("Soluxe Hotel Niamey", "ORG", "CHN", ["dem chinesischen Hotel Soluxe", "Dem Betreiber"]),
        entity("Embassy of China in Niger", "ORG", "CHN", ["Die chinesische Botschaft in Niamey", "die Botschaft"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China"]),
        entity("spokesperson of the Embassy of China in Niger", "PER", "CHN", ["ein Sprecher"]),
        entity("Nigerien oil workers' unions", "ORG", "NER", ["Die nigrischen Ölarbeitergewerkschaften", "Sie"]),
        entity("Agadem oil field", "LOC", "NER", ["dem Agadem-Feld"]),
        entity("Sèmè", "LOC", "BEN", ["Hafen Sèmè"]),
        entity("Benin", "LOC", "BEN", ["im Nachbarland Benin"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Abdourahamane Tiani"]),
        entity("Orano", "ORG", "FRA", ["dem französischen Atomkonzern Orano"]),
        entity("Imouraren", "LOC", "NER", ["die Uranmine Imouraren"]),
    ],
}

# ---------------------------------------------------------------- hm388-de-03 (Botswana, health emergency)
BOKO = actor("Duma Boko", "BWA", "GOV")
BDF = actor("Botswana Defence Force", "BWA", "MIL")
BDP = actor("Botswana Democratic Party", "BWA", "PTY")
BDP_SPOKES = actor("spokesperson of the Botswana Democratic Party", "BWA", "PTY")
BWA_GOV = actor("Government of Botswana", "BWA", "GOV")
BDU = actor("Botswana Doctors' Union", "BWA", "LAB")
MODISE = actor("Stephen Modise", "BWA", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
WHO = actor("World Health Organization", "UNO", "IGO")
IMF = actor("International Monetary Fund", "IGO", "IGO")

B1 = ("Gaborone (dpa) - Wegen eines dramatischen Mangels an Medikamenten hat Botsuanas Präsident Duma Boko einen "
      "landesweiten Gesundheitsnotstand ausgerufen.")
B2 = ("Die Streitkräfte würden ab sofort die Verteilung von Arzneimitteln an Krankenhäuser und Kliniken im ganzen "
      "Land übernehmen, kündigte der Staatschef am Montagabend in einer Fernsehansprache an.")
B3 = "„Die Lage in unseren Krankenhäusern ist nicht länger hinnehmbar“, sagte Boko."
B4 = ("Patienten würden ohne lebenswichtige Medikamente nach Hause geschickt, geplante Operationen müssten verschoben "
      "werden.")
B5 = ("Das Finanzministerium stellte nach Angaben der Regierung 250 Millionen Pula (rund 16 Millionen Euro) für "
      "Notkäufe bereit.")
B6 = ("Boko machte die Vorgängerregierung der Demokratischen Partei Botsuanas (BDP) für die Krise verantwortlich.")
B7 = "Sie habe das staatliche Beschaffungssystem über Jahre verkommen lassen und Lieferanten nicht bezahlt."
B8 = ("Die BDP, die das Land fast 60 Jahre lang regiert hatte, bevor sie im vergangenen Oktober abgewählt wurde, "
      "wies die Vorwürfe zurück.")
B9 = ("Ein Parteisprecher warf der Regierung vor, seit ihrem Amtsantritt keine einzige große Ausschreibung für "
      "Medikamente abgeschlossen zu haben.")
B10 = "Die Ärztegewerkschaft BDU hatte die Regierung bereits vor Wochen aufgefordert, den Notstand auszurufen."
B11 = ("Gesundheitsminister Stephen Modise bat am Dienstag Südafrika und die Weltgesundheitsorganisation (WHO) um "
       "Hilfe bei der Beschaffung.")
B12 = "Die WHO sagte Unterstützung zu, wie ihr Länderbüro in Gaborone mitteilte."
B13 = "Der Internationale Währungsfonds hatte Gaborone erst im Juli zu deutlichen Ausgabenkürzungen gedrängt."
B14 = "Botsuana galt lange als eines der stabilsten und wohlhabendsten Länder des Kontinents."
B15 = ("Der Einbruch der weltweiten Nachfrage nach Diamanten hat die Staatseinnahmen jedoch massiv schrumpfen "
       "lassen.")
B16 = "Rund ein Drittel des Haushalts stammt aus dem Diamantengeschäft."

DE03 = {
    "id": "hm388-de-03", "lang": "de", "url": None, "published": "2025-08-26",
    "title": "Botsuana ruft wegen Medikamentenmangels Gesundheitsnotstand aus",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8, B9], [B10, B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("MOBILIZE", BDF, None, B2, mode="troops", location_country="BWA"),
        event("ACCUSE", BOKO, BDP, B6, mode="allege"),
        event("ACCUSE", BDP_SPOKES, BWA_GOV, B9, mode="allege"),
        event("REQUEST", BDU, BWA_GOV, B10, mode="change"),
        event("REQUEST", MODISE, ZAF_GOV, B11, mode="assist", date="2025-08-26"),
        event("REQUEST", MODISE, WHO, B11, mode="assist", date="2025-08-26"),
        event("AGREE", WHO, BWA_GOV, B12),
        event("REQUEST", IMF, BWA_GOV, B13, mode="change"),
    ],
    "quotes": [
        quote("Die Streitkräfte würden ab sofort die Verteilung von Arzneimitteln an Krankenhäuser und Kliniken im "
              "ganzen Land übernehmen", "Duma Boko", "indirect"),
        quote("Die Lage in unseren Krankenhäusern ist nicht länger hinnehmbar", "Duma Boko", "direct"),
        quote("Patienten würden ohne lebenswichtige Medikamente nach Hause geschickt, geplante Operationen müssten "
              "verschoben werden", "Duma Boko", "indirect"),
        quote("Das Finanzministerium stellte nach Angaben der Regierung 250 Millionen Pula (rund 16 Millionen Euro) "
              "für Notkäufe bereit", "Government of Botswana", "indirect"),
        quote("Sie habe das staatliche Beschaffungssystem über Jahre verkommen lassen und Lieferanten nicht bezahlt",
              "Duma Boko", "indirect"),
        quote("seit ihrem Amtsantritt keine einzige große Ausschreibung für Medikamente abgeschlossen zu haben",
              "spokesperson of the Botswana Democratic Party", "indirect"),
        quote("Die WHO sagte Unterstützung zu", "WHO Country Office in Botswana", "indirect"),
    ],
    "entities": [
        entity("Gaborone", "LOC", "BWA", ["Gaborone"]),
        entity("Botswana", "LOC", "BWA", ["Botsuanas", "im ganzen Land", "das Land", "Botsuana"]),
        entity("Duma Boko", "PER", "BWA", ["Botsuanas Präsident Duma Boko", "der Staatschef", "Boko"]),
        entity("Botswana Defence Force", "ORG", "BWA", ["Die Streitkräfte"]),
        entity("patients in Botswana", "PER", "BWA", ["Patienten"]),
        entity("Ministry of Finance of Botswana", "ORG", "BWA", ["Das Finanzministerium"]),
        entity("Government of Botswana", "ORG", "BWA", ["der Regierung", "die Regierung", "Gaborone"]),
        entity("Botswana Democratic Party", "ORG", "BWA", ["der Demokratischen Partei Botsuanas (BDP)",
                                                          "die Vorgängerregierung", "Sie", "Die BDP", "sie"]),
        entity("spokesperson of the Botswana Democratic Party", "PER", "BWA", ["Ein Parteisprecher"]),
        entity("Botswana Doctors' Union", "ORG", "BWA", ["Die Ärztegewerkschaft BDU"]),
        entity("Stephen Modise", "PER", "BWA", ["Gesundheitsminister Stephen Modise"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Südafrika"]),
        entity("World Health Organization", "ORG", "UNO", ["die Weltgesundheitsorganisation (WHO)", "Die WHO"]),
        entity("WHO Country Office in Botswana", "ORG", "UNO", ["ihr Länderbüro in Gaborone"]),
        entity("International Monetary Fund", "ORG", "IGO", ["Der Internationale Währungsfonds"]),
    ],
}

# ---------------------------------------------------------------- hm388-de-04 (Nigeria, Gwoza suicide bombings)
BOMBERS = actor("suicide bombers in Gwoza", "NGA", "REB")
GWOZA_CIVILIANS = actor("civilians in Gwoza", "NGA", "CVL")
NGA_AUTH = actor("Nigerian authorities", "NGA", "GOV")
BOKO_HARAM = actor("Boko Haram", "NGA", "REB")
BORNO_POLICE = actor("Borno State Police Command", "NGA", "COP")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
MASTERMINDS = actor("masterminds of the Gwoza bombings", "NGA", "REB")
ZULUM = actor("Babagana Zulum", "NGA", "GOV")
VICTIM_FAMILIES = actor("families of the Gwoza victims", "NGA", "CVL")
FALL = actor("Mohamed Malick Fall", "UNO", "IGO")
HOSTAGES = actor("hostages of Boko Haram", "NGA", "CVL")

G1 = ("Maiduguri (dpa) - Bei einer Serie von Selbstmordanschlägen im Nordosten Nigerias sind mindestens 18 Menschen "
      "getötet worden.")
G2 = ("Mehrere Attentäterinnen sprengten sich am Samstag in der Stadt Gwoza im Bundesstaat Borno in die Luft, wie "
      "die örtliche Katastrophenschutzbehörde mitteilte.")
G3 = ("Eine Frau habe ihren Sprengsatz inmitten einer Hochzeitsgesellschaft gezündet, kurz darauf hätten weitere "
      "Explosionen ein Krankenhaus und eine Trauerfeier erschüttert, sagte Behördenchef Barkindo Saidu.")
G4 = "Unter den Toten seien Kinder und Schwangere, mehr als 40 Menschen seien verletzt worden."
G5 = "Zu den Anschlägen bekannte sich zunächst niemand."
G6 = ("Die Behörden machten die islamistische Terrormiliz Boko Haram verantwortlich, die seit Jahren Frauen und "
      "Mädchen als Selbstmordattentäterinnen einsetzt.")
G7 = "Der Polizeisprecher des Bundesstaats, Nahum Daso, kündigte Ermittlungen an."
G8 = "Soldaten und Polizisten riegelten die Stadt ab."
G9 = "Präsident Bola Tinubu verurteilte die Anschläge als „vereinzelte Episoden der Verzweiflung“."
G10 = ("Die Sicherheitskräfte würden nicht ruhen, bis die Hintermänner zur Rechenschaft gezogen seien, erklärte er.")
G11 = "Gouverneur Babagana Zulum sagte den Familien der Opfer Hilfe zu."
G12 = ("Der humanitäre Koordinator der Vereinten Nationen in Nigeria, Mohamed Malick Fall, sprach von einem "
       "„abscheulichen“ Angriff auf Zivilisten.")
G13 = ("Gwoza war 2014 monatelang in der Hand von Boko Haram, die den Ort zum Sitz ihres selbst ernannten Kalifats "
       "machte.")
G14 = ("Der seit 2009 andauernde Konflikt im Nordosten hat nach UN-Angaben mehr als 40.000 Menschen das Leben "
       "gekostet und rund zwei Millionen in die Flucht getrieben.")
G15 = ("Erst vor zwei Wochen hatte die Armee erklärt, bei Einsätzen in Borno Dutzende Boko-Haram-Kämpfer getötet und "
       "mehr als 30 Geiseln befreit zu haben.")

DE04 = {
    "id": "hm388-de-04", "lang": "de", "url": None, "published": "2024-06-30",
    "title": "Selbstmordanschläge im Nordosten Nigerias",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("ASSAULT", BOMBERS, GWOZA_CIVILIANS, G1, mode="suicide-attack", location_country="NGA"),
        event("ASSAULT", BOMBERS, GWOZA_CIVILIANS, G2, mode="suicide-attack", date="2024-06-29", location="Gwoza",
              location_country="NGA"),
        event("ASSAULT", BOMBERS, GWOZA_CIVILIANS, G3, mode="suicide-attack"),
        event("ACCUSE", NGA_AUTH, BOKO_HARAM, G6, mode="allege"),
        event("ACCUSE", BORNO_POLICE, BOMBERS, G7, mode="investigate"),
        event("COERCE", NGA_ARMY, None, G8, mode="restrict", location="Gwoza", location_country="NGA"),
        event("COERCE", NGA_POLICE, None, G8, mode="restrict", location="Gwoza", location_country="NGA"),
        event("ACCUSE", TINUBU, BOMBERS, G9, mode="disapprove"),
        event("THREATEN", TINUBU, MASTERMINDS, G10),
        event("AGREE", ZULUM, VICTIM_FAMILIES, G11),
        event("ACCUSE", FALL, BOMBERS, G12, mode="disapprove"),
        event("ASSAULT", NGA_ARMY, BOKO_HARAM, G15, location="Borno", location_country="NGA"),
        event("AID", NGA_ARMY, HOSTAGES, G15, location="Borno", location_country="NGA"),
    ],
    "quotes": [
        quote("Mehrere Attentäterinnen sprengten sich am Samstag in der Stadt Gwoza im Bundesstaat Borno in die Luft",
              "Borno State Emergency Management Agency", "indirect"),
        quote("Eine Frau habe ihren Sprengsatz inmitten einer Hochzeitsgesellschaft gezündet, kurz darauf hätten "
              "weitere Explosionen ein Krankenhaus und eine Trauerfeier erschüttert", "Barkindo Saidu", "indirect"),
        quote("Unter den Toten seien Kinder und Schwangere, mehr als 40 Menschen seien verletzt worden",
              "Barkindo Saidu", "indirect"),
        quote("vereinzelte Episoden der Verzweiflung", "Bola Tinubu", "direct"),
        quote("Die Sicherheitskräfte würden nicht ruhen, bis die Hintermänner zur Rechenschaft gezogen seien",
              "Bola Tinubu", "indirect"),
        quote("abscheulichen", "Mohamed Malick Fall", "direct"),
        quote("Der seit 2009 andauernde Konflikt im Nordosten hat nach UN-Angaben mehr als 40.000 Menschen das Leben "
              "gekostet und rund zwei Millionen in die Flucht getrieben", "United Nations", "indirect"),
        quote("bei Einsätzen in Borno Dutzende Boko-Haram-Kämpfer getötet und mehr als 30 Geiseln befreit zu haben",
              "Nigerian Army", "indirect"),
    ],
    "entities": [
        entity("Maiduguri", "LOC", "NGA", ["Maiduguri"]),
        entity("Northeast Nigeria", "LOC", "NGA", ["im Nordosten Nigerias", "im Nordosten"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "Nigeria"]),
        entity("suicide bombers in Gwoza", "PER", "NGA", ["Mehrere Attentäterinnen", "Eine Frau"]),
        entity("Gwoza", "LOC", "NGA", ["der Stadt Gwoza", "die Stadt", "Gwoza", "den Ort"]),
        entity("Borno", "LOC", "NGA", ["im Bundesstaat Borno", "des Bundesstaats", "Borno"]),
        entity("Borno State Emergency Management Agency", "ORG", "NGA", ["die örtliche Katastrophenschutzbehörde"]),
        entity("Barkindo Saidu", "PER", "NGA", ["Behördenchef Barkindo Saidu"]),
        entity("wedding guests in Gwoza", "PER", "NGA", ["einer Hochzeitsgesellschaft"]),
        entity("Nigerian authorities", "ORG", "NGA", ["Die Behörden"]),
        entity("Boko Haram", "ORG", "NGA", ["die islamistische Terrormiliz Boko Haram", "Boko Haram",
                                            "Dutzende Boko-Haram-Kämpfer"]),
        entity("Nahum Daso", "PER", "NGA", ["Der Polizeisprecher des Bundesstaats, Nahum Daso"]),
        entity("Nigerian Army", "ORG", "NGA", ["Soldaten", "die Armee"]),
        entity("Nigeria Police Force", "ORG", "NGA", ["Polizisten"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "er"]),
        entity("Nigerian security forces", "ORG", "NGA", ["Die Sicherheitskräfte"]),
        entity("masterminds of the Gwoza bombings", "PER", "NGA", ["die Hintermänner"]),
        entity("Babagana Zulum", "PER", "NGA", ["Gouverneur Babagana Zulum"]),
        entity("families of the Gwoza victims", "PER", "NGA", ["den Familien der Opfer"]),
        entity("Mohamed Malick Fall", "PER", "UNO", ["Der humanitäre Koordinator der Vereinten Nationen in Nigeria, "
                                                     "Mohamed Malick Fall"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen", "UN"]),
        entity("hostages of Boko Haram", "PER", "NGA", ["mehr als 30 Geiseln"]),
    ],
}

# ---------------------------------------------------------------- hm388-en-01 (Kenya/Morocco, Western Sahara)
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MUDAVADI = actor("Musalia Mudavadi", "KEN", "GOV")
BOURITA = actor("Nasser Bourita", "MAR", "GOV")
AKHANNOUCH = actor("Aziz Akhannouch", "MAR", "GOV")
POLISARIO = actor("Polisario Front", "ESH", "REB")
POLISARIO_REP = actor("Polisario Front representative in Kenya", "ESH", "REB")
ZAF_GOV_E = actor("Government of South Africa", "ZAF", "GOV")
SADR = actor("Sahrawi Arab Democratic Republic", "ESH", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
FRA_GOV_E = actor("Government of France", "FRA", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")

R1 = ("RABAT, Morocco (AP) — Kenya on Monday endorsed Morocco's plan for autonomy in Western Sahara, moving closer to "
      "Rabat in one of the continent's longest-running territorial disputes.")
R2 = ("The shift was announced in a joint communique issued after talks between Kenya's Prime Cabinet Secretary "
      "Musalia Mudavadi and Moroccan Foreign Minister Nasser Bourita in the Moroccan capital.")
R3 = ("Kenya considers the autonomy plan “the only sustainable approach” to resolving the conflict, Mudavadi told "
      "reporters after the meeting.")
R4 = "Bourita hailed the decision as “a historic turning point” in relations between the two countries."
R5 = ("The two ministers also agreed to set up a joint commission and to work toward direct flights between Nairobi "
      "and Casablanca.")
R6 = ("According to the Moroccan foreign ministry, Rabat offered to share its expertise in fertilizer production and "
      "irrigation with Kenya.")
R7 = "Mudavadi is due to meet Prime Minister Aziz Akhannouch on Tuesday."
R8 = "The Polisario Front, which seeks independence for the territory, condemned Nairobi's move."
R9 = ("Its representative in Nairobi said Kenya had “betrayed” the Sahrawi people and its own long-standing support "
      "for self-determination.")
R10 = "He called on the government of President William Ruto to reverse the decision."
R11 = "South Africa, a key backer of the Polisario, reaffirmed its support for the Sahrawi cause on Monday."
R12 = "Algeria's foreign ministry did not immediately comment."
R13 = "Morocco has controlled most of the former Spanish colony since 1975."
R14 = ("A United Nations mission has monitored a ceasefire there since 1991, but a promised referendum on "
       "self-determination has never taken place.")
R15 = "Kenya recognized the Sahrawi Arab Democratic Republic, proclaimed by the Polisario, in 2014."
R16 = "The United States, France and Spain have all backed Morocco's autonomy plan in recent years."

EN01 = {
    "id": "hm388-en-01", "lang": "en", "url": None, "published": "2025-05-27",
    "title": "Kenya backs Morocco's autonomy plan for Western Sahara",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11, R12], [R13, R14, R15, R16]),
    "events": [
        event("SUPPORT", KEN_GOV, MAR_GOV, R1, date="2025-05-26", location="Rabat", location_country="MAR"),
        event("CONSULT", MUDAVADI, BOURITA, R2, mode="visit", location="Rabat", location_country="MAR"),
        event("SUPPORT", MUDAVADI, MAR_GOV, R3),
        event("SUPPORT", BOURITA, KEN_GOV, R4),
        event("AGREE", MUDAVADI, BOURITA, R5),
        event("AGREE", MAR_GOV, KEN_GOV, R6),
        event("AGREE", MUDAVADI, AKHANNOUCH, R7, mode="meet", date="2025-05-27"),
        event("ACCUSE", POLISARIO, KEN_GOV, R8, mode="disapprove"),
        event("ACCUSE", POLISARIO_REP, KEN_GOV, R9, mode="disapprove"),
        event("REQUEST", POLISARIO_REP, KEN_GOV, R10, mode="change"),
        event("SUPPORT", ZAF_GOV_E, POLISARIO, R11, date="2025-05-26"),
        event("SUPPORT", KEN_GOV, SADR, R15),
        event("SUPPORT", USA_GOV, MAR_GOV, R16),
        event("SUPPORT", FRA_GOV_E, MAR_GOV, R16),
        event("SUPPORT", ESP_GOV, MAR_GOV, R16),
    ],
    "quotes": [
        quote("the only sustainable approach", "Musalia Mudavadi", "direct"),
        quote("Kenya considers the autonomy plan “the only sustainable approach” to resolving the conflict",
              "Musalia Mudavadi", "indirect"),
        quote("a historic turning point", "Nasser Bourita", "direct"),
        quote("Rabat offered to share its expertise in fertilizer production and irrigation with Kenya",
              "Ministry of Foreign Affairs of Morocco", "indirect"),
        quote("betrayed", "Polisario Front representative in Kenya", "direct"),
        quote("Kenya had “betrayed” the Sahrawi people and its own long-standing support for self-determination",
              "Polisario Front representative in Kenya", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["RABAT", "the Moroccan capital"]),
        entity("Morocco", "LOC", "MAR", ["Morocco"]),
        entity("Government of Morocco", "ORG", "MAR", ["Morocco's", "Rabat", "Morocco"]),
        entity("Government of Kenya", "ORG", "KEN", ["Kenya", "Nairobi's", "the government of President William Ruto"]),
        entity("Kenya", "LOC", "KEN", ["Kenya's", "Kenya"]),
        entity("Western Sahara", "LOC", "ESH", ["Western Sahara", "the territory", "the former Spanish colony",
                                                "there"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Kenya's Prime Cabinet Secretary Musalia Mudavadi", "Mudavadi"]),
        entity("Nasser Bourita", "PER", "MAR", ["Moroccan Foreign Minister Nasser Bourita", "Bourita"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Casablanca", "LOC", "MAR", ["Casablanca"]),
        entity("Ministry of Foreign Affairs of Morocco", "ORG", "MAR", ["the Moroccan foreign ministry"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Prime Minister Aziz Akhannouch"]),
        entity("Polisario Front", "ORG", "ESH", ["The Polisario Front", "the Polisario"]),
        entity("Polisario Front representative in Kenya", "PER", "ESH", ["Its representative in Nairobi", "He"]),
        entity("Sahrawi people", "PER", "ESH", ["the Sahrawi people"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Algeria's foreign ministry"]),
        entity("MINURSO", "ORG", "UNO", ["A United Nations mission"]),
        entity("Sahrawi Arab Democratic Republic", "ORG", "ESH", ["the Sahrawi Arab Democratic Republic"]),
        entity("Government of the United States", "ORG", "USA", ["The United States"]),
        entity("Government of France", "ORG", "FRA", ["France"]),
        entity("Government of Spain", "ORG", "ESP", ["Spain"]),
    ],
}

# ---------------------------------------------------------------- hm388-en-02 (Zambia, Lungu barred)
ZMB_CONCOURT = actor("Constitutional Court of Zambia", "ZMB", "JUD")
LUNGU = actor("Edgar Lungu", "ZMB", "OPP")
CHIZOMBE = actor("Michelo Chizombe", "ZMB", "CVL")
HICHILEMA = actor("Hakainde Hichilema", "ZMB", "GOV")
ZMB_GOV = actor("Government of Zambia", "ZMB", "GOV")
MWEETWA = actor("Cornelius Mweetwa", "ZMB", "GOV")
LUNGU_SUPPORTERS = actor("supporters of Edgar Lungu", "ZMB", "CVL")
ZMB_POLICE = actor("Zambia Police Service", "ZMB", "COP")
OPP_SUPPORTERS = actor("opposition supporters in Lusaka", "ZMB", "CVL")
DEC = actor("Drug Enforcement Commission", "ZMB", "COP")
ESTHER_LUNGU = actor("Esther Lungu", "ZMB", "CVL")

Z1 = ("LUSAKA, Zambia (AP) — Zambia's Constitutional Court on Tuesday barred former President Edgar Lungu from "
      "running in the 2026 election, ruling that he had already served the maximum of two terms.")
Z2 = ("The judges found that the time Lungu spent in office after the death of President Michael Sata in 2014 "
      "counted as a full term.")
Z3 = ("The case was brought by Michelo Chizombe, a law student, who argued that a third candidacy would violate the "
      "constitution.")
Z4 = "Lungu, 68, led Zambia from 2015 until 2021, when he lost the election to Hakainde Hichilema."
Z5 = "Lungu called the judgment “a political ruling” aimed at removing Hichilema's strongest challenger."
Z6 = ("“This government is afraid of facing me at the ballot box,” he told supporters outside his home in "
      "Lusaka.")
Z7 = "His lawyer, Makebi Zulu, said the defense would ask the court to review the decision."
Z8 = "Government spokesman Cornelius Mweetwa said the executive had no hand in the judgment."
Z9 = "He urged Lungu and his supporters to respect the independence of the judiciary."
Z10 = "Police deployed additional officers around the court building in Lusaka on Tuesday."
Z11 = "Officers blocked a group of opposition supporters from marching to the court, but no arrests were made."
Z12 = ("Lungu has accused Hichilema's government of using corruption investigations to persecute him and his "
       "family.")
Z13 = ("Last year, the Drug Enforcement Commission seized several properties linked to his wife, Esther Lungu, in a "
       "money-laundering investigation.")
Z14 = "Hichilema has denied targeting his predecessor."
Z15 = "Zambia is due to hold general elections in August 2026."

EN02 = {
    "id": "hm388-en-02", "lang": "en", "url": None, "published": "2024-12-11",
    "title": "Zambia's top court bars former President Lungu from 2026 election",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7], [Z8, Z9, Z10, Z11], [Z12, Z13, Z14, Z15]),
    "events": [
        event("COERCE", ZMB_CONCOURT, LUNGU, Z1, mode="ban", date="2024-12-10", location="Lusaka",
              location_country="ZMB"),
        event("ACCUSE", CHIZOMBE, LUNGU, Z3, mode="allege"),
        event("ACCUSE", LUNGU, ZMB_CONCOURT, Z5, mode="disapprove"),
        event("ACCUSE", LUNGU, HICHILEMA, Z5, mode="allege"),
        event("ACCUSE", LUNGU, ZMB_GOV, Z6, mode="disapprove", location="Lusaka", location_country="ZMB"),
        event("REQUEST", MWEETWA, LUNGU, Z9, mode="yield"),
        event("REQUEST", MWEETWA, LUNGU_SUPPORTERS, Z9, mode="yield"),
        event("MOBILIZE", ZMB_POLICE, None, Z10, mode="police", date="2024-12-10", location="Lusaka",
              location_country="ZMB"),
        event("COERCE", ZMB_POLICE, OPP_SUPPORTERS, Z11, mode="restrict", location="Lusaka",
              location_country="ZMB"),
        event("COERCE", ZMB_POLICE, OPP_SUPPORTERS, Z11, mode="arrest", negated=True),
        event("ACCUSE", LUNGU, ZMB_GOV, Z12, mode="allege"),
        event("COERCE", DEC, ESTHER_LUNGU, Z13, mode="seize"),
        event("ACCUSE", DEC, ESTHER_LUNGU, Z13, mode="investigate"),
    ],
    "quotes": [
        quote("he had already served the maximum of two terms", "Constitutional Court of Zambia", "indirect"),
        quote("the time Lungu spent in office after the death of President Michael Sata in 2014 counted as a full "
              "term", "Constitutional Court of Zambia", "indirect"),
        quote("a third candidacy would violate the constitution", "Michelo Chizombe", "indirect"),
        quote("a political ruling", "Edgar Lungu", "direct"),
        quote("This government is afraid of facing me at the ballot box", "Edgar Lungu", "direct"),
        quote("the defense would ask the court to review the decision", "Makebi Zulu", "indirect"),
        quote("the executive had no hand in the judgment", "Cornelius Mweetwa", "indirect"),
    ],
    "entities": [
        entity("Lusaka", "LOC", "ZMB", ["LUSAKA", "Lusaka"]),
        entity("Zambia", "LOC", "ZMB", ["Zambia", "Zambia's"]),
        entity("Constitutional Court of Zambia", "ORG", "ZMB", ["Zambia's Constitutional Court", "The judges",
                                                                "the court"]),
        entity("Edgar Lungu", "PER", "ZMB", ["former President Edgar Lungu", "he", "Lungu", "me", "his", "His",
                                             "him", "his predecessor"]),
        entity("Michael Sata", "PER", "ZMB", ["President Michael Sata"]),
        entity("Michelo Chizombe", "PER", "ZMB", ["Michelo Chizombe, a law student"]),
        entity("Hakainde Hichilema", "PER", "ZMB", ["Hakainde Hichilema", "Hichilema's", "Hichilema"]),
        entity("Government of Zambia", "ORG", "ZMB", ["This government", "the executive", "Hichilema's government"]),
        entity("supporters of Edgar Lungu", "PER", "ZMB", ["supporters", "his supporters"]),
        entity("Makebi Zulu", "PER", "ZMB", ["His lawyer, Makebi Zulu"]),
        entity("Cornelius Mweetwa", "PER", "ZMB", ["Government spokesman Cornelius Mweetwa", "He"]),
        entity("Judiciary of Zambia", "ORG", "ZMB", ["the judiciary"]),
        entity("Zambia Police Service", "ORG", "ZMB", ["Police", "Officers"]),
        entity("opposition supporters in Lusaka", "PER", "ZMB", ["a group of opposition supporters"]),
        entity("Drug Enforcement Commission", "ORG", "ZMB", ["the Drug Enforcement Commission"]),
        entity("Esther Lungu", "PER", "ZMB", ["his wife, Esther Lungu"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
