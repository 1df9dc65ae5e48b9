"""Round 118: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm118-de-01: Chad ends its defence cooperation with France hours after a visit by Jean-Noel Barrot; Senegal's Faye wants French troops gone (2024-11-29).
- hm118-de-02: Pakistan strikes Baloch militants in Iran two days after Iranian strikes in Balochistan; ambassadors recalled, China urges restraint (2024-01-18).
- hm118-de-03: Tunis court sentences critics of President Kais Saied to up to 66 years in the "conspiracy" trial (2025-04-20).
- hm118-de-04: Algeria shoots down a Malian drone near Tinzaouatene; Algeria and the Sahel juntas recall ambassadors and close airspace (2025-04-08).
- hm118-en-01: The UN suspends operations in Yemen's Saada province after the Houthis detain more staff; a WFP employee dies in custody (2025-02-11).
- hm118-en-02: South Sudan's First Vice President Riek Machar placed under house arrest in Juba after the Nasir garrison attack (2025-03-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm118-de-01
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
KOULAMALLAH = actor("Abderaman Koulamallah", "TCD", "GOV")
BARROT = actor("Jean-Noel Barrot", "FRA", "GOV")
DEBY = actor("Mahamat Idriss Deby", "TCD", "GOV")
SDN_REFUGEES = actor("Sudanese refugees in Chad", "SDN", "CVL")
FRA_MIL = actor("French armed forces", "FRA", "MIL")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

A1 = "Der Tschad hat überraschend das Verteidigungsabkommen mit der früheren Kolonialmacht Frankreich aufgekündigt."
A2 = ("Die Regierung wolle damit „ihre volle Souveränität bekräftigen“, teilte Außenminister Abderaman Koulamallah "
      "am Donnerstagabend in N’Djamena mit.")
A3 = ("Mehr als 60 Jahre nach der Unabhängigkeit sei es an der Zeit, die strategischen Partnerschaften des Landes neu "
      "auszurichten, hieß es in seiner Erklärung.")
A4 = ("Frankreich bleibe dennoch ein „wichtiger Partner“, mit dem der Tschad in anderen Bereichen weiter eng "
      "zusammenarbeiten wolle.")
A5 = ("Die Ankündigung kam nur wenige Stunden, nachdem Frankreichs Außenminister Jean-Noël Barrot in N’Djamena von "
      "Präsident Mahamat Idriss Déby empfangen worden war.")
A6 = ("Barrot hatte bei seinem Besuch auch zusätzliche Hilfe für die Hunderttausenden Flüchtlinge aus dem "
      "benachbarten Sudan zugesagt, die im Osten des Tschad Schutz gesucht haben.")
A7 = "Das Außenministerium in Paris erklärte zunächst lediglich, man nehme die Entscheidung zur Kenntnis."
A8 = ("Im Tschad sind noch rund 1000 französische Soldaten stationiert, nachdem Frankreich seine Truppen nach "
      "Militärputschen bereits aus Mali, Burkina Faso und Niger abziehen musste.")
A9 = ("Am selben Tag sagte Senegals Präsident Bassirou Diomaye Faye der Zeitung „Le Monde“, es werde bald keine "
      "französischen Soldaten mehr in seinem Land geben.")
A10 = ("Eine dauerhafte Präsenz ausländischer Truppen sei mit der Souveränität Senegals „nicht vereinbar“, sagte "
       "Faye.")
A11 = ("Zuvor hatte Präsident Emmanuel Macron in einem Brief an Faye erstmals eingeräumt, dass französische "
       "Kolonialtruppen 1944 im Lager Thiaroye bei Dakar ein „Massaker“ an westafrikanischen Soldaten verübt "
       "hatten.")

DE01 = {
    "id": "hm118-de-01",
    "lang": "de",
    "url": None,
    "published": "2024-11-29",
    "title": "Tschad kündigt Militärabkommen mit Frankreich",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11]),
    "events": [
        event("SANCTION", TCD_GOV, FRA_GOV, A1, mode="discontinue", date="2024-11-28",
              location="N'Djamena", location_country="TCD"),
        event("AGREE", KOULAMALLAH, FRA_GOV, A4, date="2024-11-28", location="N'Djamena",
              location_country="TCD"),
        event("CONSULT", BARROT, DEBY, A5, mode="visit", date="2024-11-28", location="N'Djamena",
              location_country="TCD"),
        event("AGREE", BARROT, SDN_REFUGEES, A6, date="2024-11-28", location_country="TCD"),
        event("RETREAT", FRA_MIL, MLI_GOV, A8, mode="withdraw", location_country="MLI"),
        event("RETREAT", FRA_MIL, BFA_GOV, A8, mode="withdraw", location_country="BFA"),
        event("RETREAT", FRA_MIL, NER_GOV, A8, mode="withdraw", location_country="NER"),
        event("REQUEST", FAYE, FRA_GOV, A9, mode="yield", date="2024-11-28"),
        event("CONCEDE", MACRON, FAYE, A11),
    ],
    "quotes": [
        quote("ihre volle Souveränität bekräftigen", "Abderaman Koulamallah", "direct"),
        quote("Die Regierung wolle damit „ihre volle Souveränität bekräftigen“", "Abderaman Koulamallah",
              "indirect"),
        quote("Mehr als 60 Jahre nach der Unabhängigkeit sei es an der Zeit, die strategischen Partnerschaften des "
              "Landes neu auszurichten", "Abderaman Koulamallah", "indirect"),
        quote("wichtiger Partner", "Abderaman Koulamallah", "direct"),
        quote("Frankreich bleibe dennoch ein „wichtiger Partner“, mit dem der Tschad in anderen Bereichen weiter "
              "eng zusammenarbeiten wolle", "Abderaman Koulamallah", "indirect"),
        quote("man nehme die Entscheidung zur Kenntnis", "French Ministry for Europe and Foreign Affairs",
              "indirect"),
        quote("es werde bald keine französischen Soldaten mehr in seinem Land geben", "Bassirou Diomaye Faye",
              "indirect"),
        quote("Eine dauerhafte Präsenz ausländischer Truppen sei mit der Souveränität Senegals „nicht vereinbar“",
              "Bassirou Diomaye Faye", "indirect"),
        quote("nicht vereinbar", "Bassirou Diomaye Faye", "direct"),
        quote("dass französische Kolonialtruppen 1944 im Lager Thiaroye bei Dakar ein „Massaker“ an "
              "westafrikanischen Soldaten verübt hatten", "Emmanuel Macron", "indirect"),
        quote("Massaker", "Emmanuel Macron", "direct"),
    ],
    "entities": [
        entity("Chad", "GPE", "TCD", ["Der Tschad", "des Landes", "der Tschad", "des Tschad", "Im Tschad"]),
        entity("France", "GPE", "FRA", ["Frankreich", "Frankreich", "Frankreichs", "Frankreich"]),
        entity("Government of Chad", "ORG", "TCD", ["Die Regierung"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Abderaman Koulamallah"]),
        entity("N'Djamena", "LOC", "TCD", ["N’Djamena", "N’Djamena"]),
        entity("Jean-Noel Barrot", "PER", "FRA", ["Jean-Noël Barrot", "Barrot"]),
        entity("Mahamat Idriss Deby", "PER", "TCD", ["Präsident Mahamat Idriss Déby"]),
        entity("Sudanese refugees in Chad", "ORG", "SDN", ["die Hunderttausenden Flüchtlinge"]),
        entity("Sudan", "GPE", "SDN", ["Sudan"]),
        entity("French Ministry for Europe and Foreign Affairs", "ORG", "FRA", ["Das Außenministerium in Paris"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("French troops in Chad", "ORG", "FRA", ["rund 1000 französische Soldaten"]),
        entity("French armed forces", "ORG", "FRA", ["seine Truppen"]),
        entity("Mali", "GPE", "MLI", ["Mali"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso"]),
        entity("Niger", "GPE", "NER", ["Niger"]),
        entity("Senegal", "GPE", "SEN", ["Senegals", "seinem Land", "Senegals"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Bassirou Diomaye Faye", "Faye", "Faye"]),
        entity("Le Monde", "ORG", "FRA", ["Le Monde"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
        entity("French colonial troops", "ORG", "FRA", ["französische Kolonialtruppen"]),
        entity("Thiaroye", "LOC", "SEN", ["Lager Thiaroye"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("West African soldiers killed at Thiaroye", "ORG", None, ["westafrikanischen Soldaten"]),
    ],
}

# ---------------------------------------------------------------- hm118-de-02
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PAK_MIL = actor("Pakistani military", "PAK", "MIL")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
BLA = actor("Baloch Liberation Army", "PAK", "REB")
BLF = actor("Baloch Liberation Front", "PAK", "REB")
IRN_PROV = actor("Sistan and Baluchestan provincial official", "IRN", "GOV")
IRN_MFA = actor("Iranian Ministry of Foreign Affairs", "IRN", "GOV")
JAISH = actor("Jaish al-Adl", "IRN", "REB")
IRN_AMB = actor("Iranian Ambassador to Pakistan", "IRN", "GOV")
MUMTAZ = actor("Mumtaz Zahra Baloch", "PAK", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")

B1 = ("Zwei Tage nach einem iranischen Angriff auf pakistanisches Gebiet hat Pakistan seinerseits Ziele in der "
      "iranischen Provinz Sistan und Belutschistan angegriffen.")
B2 = ("Bei den Luftangriffen am frühen Donnerstagmorgen seien „Verstecke von Terroristen“ der Separatistengruppen "
      "Belutschische Befreiungsarmee und Belutschische Befreiungsfront getroffen worden, teilte das "
      "Außenministerium in Islamabad mit.")
B3 = ("Bei dem Angriff auf ein Dorf nahe der Grenzstadt Saravan seien neun Menschen getötet worden, darunter vier "
      "Kinder, sagte ein Vertreter der Provinzregierung dem Staatsfernsehen.")
B4 = "Das iranische Außenministerium verurteilte den Angriff und bestellte den pakistanischen Geschäftsträger in Teheran ein."
B5 = ("Die iranischen Revolutionsgarden hatten am Dienstagabend mit Raketen und Drohnen Stellungen der sunnitischen "
      "Extremistengruppe Dschaisch al-Adl in der pakistanischen Provinz Belutschistan beschossen.")
B6 = "Islamabad rief daraufhin am Mittwoch seinen Botschafter aus Teheran zurück."
B7 = ("Dem iranischen Botschafter, der sich zu diesem Zeitpunkt in seiner Heimat aufhielt, wurde die Rückkehr nach "
      "Pakistan vorerst verwehrt.")
B8 = "Zudem sagte die Regierung alle geplanten hochrangigen Besuche zwischen beiden Ländern ab."
B9 = ("Die Sprecherin des pakistanischen Außenministeriums, Mumtaz Zahra Baloch, sprach von einer „eklatanten "
      "Verletzung“ der Souveränität ihres Landes.")
B10 = "China, das mit beiden Ländern eng verbunden ist, rief Teheran und Islamabad zur Zurückhaltung auf."
B11 = ("Peking sei bereit, eine „konstruktive Rolle“ bei der Entschärfung der Lage zu spielen, sagte "
       "Außenamtssprecherin Mao Ning.")

DE02 = {
    "id": "hm118-de-02",
    "lang": "de",
    "url": None,
    "published": "2024-01-18",
    "title": "Pakistan greift Ziele im Iran an – Teheran protestiert",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11]),
    "events": [
        event("ASSAULT", IRGC, PAK_GOV, B1, date="2024-01-16", location_country="PAK"),
        event("ASSAULT", PAK_MIL, IRN_GOV, B1, date="2024-01-18", location="Sistan and Baluchestan",
              location_country="IRN"),
        event("ASSAULT", PAK_MIL, BLA, B2, mode="aerial", date="2024-01-18", location="Sistan and Baluchestan",
              location_country="IRN"),
        event("ASSAULT", PAK_MIL, BLF, B2, mode="aerial", date="2024-01-18", location="Sistan and Baluchestan",
              location_country="IRN"),
        event("ACCUSE", IRN_PROV, PAK_MIL, B3, mode="allege", location="Saravan", location_country="IRN"),
        event("ACCUSE", IRN_MFA, PAK_GOV, B4, mode="disapprove", location="Tehran", location_country="IRN"),
        event("ASSAULT", IRGC, JAISH, B5, mode="drone", date="2024-01-16", location="Balochistan",
              location_country="PAK"),
        event("SANCTION", PAK_GOV, IRN_GOV, B6, mode="withdraw", date="2024-01-17"),
        event("SANCTION", PAK_GOV, IRN_AMB, B7, mode="expel", date="2024-01-17"),
        event("REJECT", PAK_GOV, IRN_GOV, B8, mode="meet", date="2024-01-17"),
        event("ACCUSE", MUMTAZ, IRN_GOV, B9, mode="disapprove"),
        event("REQUEST", CHN_GOV, IRN_GOV, B10, mode="yield"),
        event("REQUEST", CHN_GOV, PAK_GOV, B10, mode="yield"),
        event("AGREE", MAO_NING, IRN_GOV, B11, location="Beijing", location_country="CHN"),
        event("AGREE", MAO_NING, PAK_GOV, B11, location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("Bei den Luftangriffen am frühen Donnerstagmorgen seien „Verstecke von Terroristen“ der "
              "Separatistengruppen Belutschische Befreiungsarmee und Belutschische Befreiungsfront getroffen "
              "worden", "Pakistani Ministry of Foreign Affairs", "indirect"),
        quote("Verstecke von Terroristen", "Pakistani Ministry of Foreign Affairs", "direct"),
        quote("Bei dem Angriff auf ein Dorf nahe der Grenzstadt Saravan seien neun Menschen getötet worden, "
              "darunter vier Kinder", "Sistan and Baluchestan provincial official", "indirect"),
        quote("eklatanten Verletzung", "Mumtaz Zahra Baloch", "direct"),
        quote("Peking sei bereit, eine „konstruktive Rolle“ bei der Entschärfung der Lage zu spielen", "Mao Ning",
              "indirect"),
        quote("konstruktive Rolle", "Mao Ning", "direct"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Teheran", "Teheran", "Teheran"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "Pakistan", "die Regierung", "ihres Landes",
                                          "Islamabad"]),
        entity("Sistan and Baluchestan", "LOC", "IRN", ["Provinz Sistan und Belutschistan"]),
        entity("Pakistani Ministry of Foreign Affairs", "ORG", "PAK",
               ["das Außenministerium in Islamabad", "des pakistanischen Außenministeriums"]),
        entity("Baloch Liberation Army", "ORG", "PAK", ["Belutschische Befreiungsarmee"]),
        entity("Baloch Liberation Front", "ORG", "PAK", ["Belutschische Befreiungsfront"]),
        entity("Saravan", "LOC", "IRN", ["Grenzstadt Saravan"]),
        entity("Sistan and Baluchestan provincial official", "PER", "IRN", ["ein Vertreter der Provinzregierung"]),
        entity("Iranian state television", "ORG", "IRN", ["dem Staatsfernsehen"]),
        entity("Iranian Ministry of Foreign Affairs", "ORG", "IRN", ["Das iranische Außenministerium"]),
        entity("Pakistani charge d'affaires in Tehran", "PER", "PAK", ["den pakistanischen Geschäftsträger"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Die iranischen Revolutionsgarden"]),
        entity("Jaish al-Adl", "ORG", "IRN", ["Extremistengruppe Dschaisch al-Adl"]),
        entity("Balochistan", "LOC", "PAK", ["Provinz Belutschistan"]),
        entity("Pakistani Ambassador to Iran", "PER", "PAK", ["seinen Botschafter"]),
        entity("Iranian Ambassador to Pakistan", "PER", "IRN", ["Dem iranischen Botschafter"]),
        entity("Mumtaz Zahra Baloch", "PER", "PAK", ["Mumtaz Zahra Baloch"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning"]),
    ],
}

# ---------------------------------------------------------------- hm118-de-03
TUN_COURT = actor("Tunis Court of First Instance", "TUN", "JUD")
TUN_DEFENDANTS = actor("Defendants in the Tunisian conspiracy case", "TUN", "OPP")
ELTAIEF = actor("Kamel Eltaief", "TUN", "BUS")
TUN_SECURITY = actor("Tunisian security forces", "TUN", "COP")
SAIED = actor("Kais Saied", "TUN", "GOV")
TUN_DETAINED = actor("Detained defendants in the Tunisian conspiracy case", "TUN", "OPP")
SOUAB = actor("Ahmed Souab", "TUN", "CVL")
TUN_RELATIVES = actor("Relatives of the convicted Tunisian defendants", "TUN", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
TUN_OPP = actor("Tunisian opposition parties", "TUN", "OPP")

C1 = ("Ein Gericht in Tunis hat in der Nacht zum Samstag im sogenannten Verschwörungsprozess Dutzende Kritiker von "
      "Präsident Kais Saied zu Haftstrafen von bis zu 66 Jahren verurteilt.")
C2 = "Unter den rund 40 Angeklagten sind Oppositionspolitiker, Anwälte und Geschäftsleute."
C3 = "Die höchste Strafe von 66 Jahren erhielt der Geschäftsmann Kamel Eltaief."
C4 = ("Die meisten Angeklagten waren im Februar 2023 bei einer Verhaftungswelle festgenommen worden, Saied hatte sie "
      "damals als „Terroristen“ bezeichnet.")
C5 = ("Ihnen wurde vorgeworfen, sich gegen die Staatssicherheit verschworen und Kontakte zu ausländischen "
      "Diplomaten gepflegt zu haben.")
C6 = ("Mehrere inhaftierte Angeklagte hatten sich geweigert, per Video an den Verhandlungen teilzunehmen, und "
      "verlangt, persönlich vor Gericht zu erscheinen.")
C7 = "Verteidiger Ahmed Souab sprach von einer „Farce“: Die Urteile seien schon vor Prozessbeginn festgelegt worden."
C8 = "Vor dem Justizpalast protestierten am Samstag Angehörige der Verurteilten gegen die Urteile."
C9 = ("Amnesty International bezeichnete das Verfahren als Teil einer „Hexenjagd“ gegen Kritiker des Präsidenten "
      "und forderte die sofortige Freilassung aller Inhaftierten.")
C10 = ("Oppositionsparteien werfen Saied vor, die nach dem Arabischen Frühling errungenen Freiheiten Schritt für "
       "Schritt abzuschaffen.")

DE03 = {
    "id": "hm118-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-04-20",
    "title": "Lange Haftstrafen für Regierungskritiker in Tunesien",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10]),
    "events": [
        event("SANCTION", TUN_COURT, TUN_DEFENDANTS, C1, mode="convict", date="2025-04-19", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_COURT, TUN_DEFENDANTS, C1, mode="arrest", date="2025-04-19", location="Tunis",
              location_country="TUN"),
        event("SANCTION", TUN_COURT, ELTAIEF, C3, mode="convict", date="2025-04-19", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_COURT, ELTAIEF, C3, mode="arrest", date="2025-04-19", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUN_SECURITY, TUN_DEFENDANTS, C4, mode="arrest", location_country="TUN"),
        event("ACCUSE", SAIED, TUN_DEFENDANTS, C4, mode="allege"),
        event("REJECT", TUN_DETAINED, TUN_COURT, C6, mode="meet", location="Tunis", location_country="TUN"),
        event("REQUEST", TUN_DETAINED, TUN_COURT, C6, mode="change", location="Tunis", location_country="TUN"),
        event("ACCUSE", SOUAB, TUN_COURT, C7, mode="disapprove"),
        event("PROTEST", TUN_RELATIVES, TUN_COURT, C8, mode="demo", date="2025-04-19", location="Tunis",
              location_country="TUN"),
        event("ACCUSE", AMNESTY, TUN_GOV, C9, mode="disapprove"),
        event("REQUEST", AMNESTY, TUN_GOV, C9, mode="yield"),
        event("ACCUSE", TUN_OPP, SAIED, C10, mode="disapprove"),
    ],
    "quotes": [
        quote("Terroristen", "Kais Saied", "direct"),
        quote("sich gegen die Staatssicherheit verschworen und Kontakte zu ausländischen Diplomaten gepflegt zu "
              "haben", "Tunisian prosecutors", "indirect"),
        quote("persönlich vor Gericht zu erscheinen", "Detained defendants in the Tunisian conspiracy case",
              "indirect"),
        quote("Farce", "Ahmed Souab", "direct"),
        quote("Die Urteile seien schon vor Prozessbeginn festgelegt worden", "Ahmed Souab", "indirect"),
        quote("Hexenjagd", "Amnesty International", "direct"),
        quote("die nach dem Arabischen Frühling errungenen Freiheiten Schritt für Schritt abzuschaffen",
              "Tunisian opposition parties", "indirect"),
    ],
    "entities": [
        entity("Tunis Court of First Instance", "ORG", "TUN", ["Ein Gericht in Tunis", "Gericht"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Defendants in the Tunisian conspiracy case", "ORG", "TUN",
               ["Dutzende Kritiker von Präsident Kais Saied", "den rund 40 Angeklagten",
                "Die meisten Angeklagten", "Ihnen", "der Verurteilten", "aller Inhaftierten"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied", "des Präsidenten", "Saied"]),
        entity("Kamel Eltaief", "PER", "TUN", ["Geschäftsmann Kamel Eltaief"]),
        entity("Detained defendants in the Tunisian conspiracy case", "ORG", "TUN",
               ["Mehrere inhaftierte Angeklagte"]),
        entity("Ahmed Souab", "PER", "TUN", ["Verteidiger Ahmed Souab"]),
        entity("Palace of Justice in Tunis", "LOC", "TUN", ["Justizpalast"]),
        entity("Relatives of the convicted Tunisian defendants", "ORG", "TUN", ["Angehörige der Verurteilten"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Tunisian opposition parties", "ORG", "TUN", ["Oppositionsparteien"]),
    ],
}

# ---------------------------------------------------------------- hm118-de-04
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
DZA_MIL = actor("Algerian People's National Army", "DZA", "MIL")
DZA_MOD = actor("Algerian Ministry of National Defence", "DZA", "GOV")
DZA_MFA = actor("Algerian Ministry of Foreign Affairs", "DZA", "GOV")
MLI_MIL = actor("Malian Armed Forces", "MLI", "MIL")
DIOP = actor("Abdoulaye Diop", "MLI", "GOV")
CEMOC = actor("Joint Operational Staff Committee", "IGO", "IGO")

D1 = ("Der Abschuss einer Drohne an der Grenze zwischen Algerien und Mali hat eine schwere diplomatische Krise in der "
      "Sahelregion ausgelöst.")
D2 = ("Algerien rief am Montag seine Botschafter aus Mali und Niger zurück und verschob den Amtsantritt seines "
      "neuen Botschafters in Burkina Faso.")
D3 = "Zudem sperrte Algier seinen Luftraum für alle Flüge von und nach Mali."
D4 = ("Die in der Allianz der Sahelstaaten verbündeten Militärregierungen von Mali, Niger und Burkina Faso hatten "
      "zuvor am Sonntag ihre Botschafter aus Algier abberufen.")
D5 = ("Die algerische Armee hatte in der Nacht zum 1. April nahe der Grenzstadt Tinzaouatene eine Drohne "
      "abgeschossen.")
D6 = ("Sie sei zwei Kilometer weit in den algerischen Luftraum eingedrungen und habe sich auf einem „feindlichen“ "
      "Kurs befunden, erklärte das Verteidigungsministerium in Algier.")
D7 = ("Die Regierung in Bamako bestätigte, dass es sich um eine Drohne der malischen Armee handelte, bestritt aber "
      "eine Verletzung des algerischen Luftraums und sprach von einer „feindseligen Handlung“.")
D8 = ("Malis Außenminister Abdoulaye Diop warf Algerien vor, „den internationalen Terrorismus zu fördern“, und "
      "erklärte den sofortigen Austritt seines Landes aus einem gemeinsamen Generalstabskomitee mit Algerien, "
      "Mauretanien und Niger.")
D9 = ("Das algerische Außenministerium wies die Vorwürfe als „haltlos“ zurück und warf der Junta in Bamako vor, "
      "von ihrem eigenen Scheitern ablenken zu wollen.")
D10 = "Kurz darauf sperrte auch Mali seinen Luftraum für algerische Flugzeuge."

DE04 = {
    "id": "hm118-de-04",
    "lang": "de",
    "url": None,
    "published": "2025-04-08",
    "title": "Drohnenabschuss: Algerien und Sahelstaaten ziehen Botschafter ab",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10]),
    "events": [
        event("SANCTION", DZA_GOV, MLI_GOV, D2, mode="withdraw", date="2025-04-07"),
        event("SANCTION", DZA_GOV, NER_GOV, D2, mode="withdraw", date="2025-04-07"),
        event("SANCTION", DZA_GOV, BFA_GOV, D2, mode="discontinue", date="2025-04-07"),
        event("SANCTION", DZA_GOV, MLI_GOV, D3, mode="discontinue", date="2025-04-07"),
        event("SANCTION", MLI_GOV, DZA_GOV, D4, mode="withdraw", date="2025-04-06"),
        event("SANCTION", NER_GOV, DZA_GOV, D4, mode="withdraw", date="2025-04-06"),
        event("SANCTION", BFA_GOV, DZA_GOV, D4, mode="withdraw", date="2025-04-06"),
        event("ASSAULT", DZA_MIL, MLI_MIL, D5, mode="destroy", date="2025-04-01", location="Tinzaouatene"),
        event("ACCUSE", DZA_MOD, MLI_MIL, D6, mode="allege", location="Algiers", location_country="DZA"),
        event("ACCUSE", MLI_GOV, DZA_GOV, D7, mode="disapprove", location="Bamako", location_country="MLI"),
        event("ACCUSE", DIOP, DZA_GOV, D8, mode="allege"),
        event("SANCTION", DIOP, CEMOC, D8, mode="withdraw"),
        event("ACCUSE", DZA_MFA, MLI_GOV, D9, mode="disapprove"),
        event("SANCTION", MLI_GOV, DZA_GOV, D10, mode="discontinue"),
    ],
    "quotes": [
        quote("Sie sei zwei Kilometer weit in den algerischen Luftraum eingedrungen und habe sich auf einem "
              "„feindlichen“ Kurs befunden", "Algerian Ministry of National Defence", "indirect"),
        quote("feindlichen", "Algerian Ministry of National Defence", "direct"),
        quote("dass es sich um eine Drohne der malischen Armee handelte", "Government of Mali", "indirect"),
        quote("feindseligen Handlung", "Government of Mali", "direct"),
        quote("den internationalen Terrorismus zu fördern", "Abdoulaye Diop", "direct"),
        quote("haltlos", "Algerian Ministry of Foreign Affairs", "direct"),
        quote("von ihrem eigenen Scheitern ablenken zu wollen", "Algerian Ministry of Foreign Affairs",
              "indirect"),
    ],
    "entities": [
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algerien", "Algier", "Algerien", "Algerien"]),
        entity("Mali", "GPE", "MLI", ["Mali", "Mali", "Mali", "Mali", "seines Landes", "Mali"]),
        entity("Sahel", "LOC", None, ["Sahelregion"]),
        entity("Niger", "GPE", "NER", ["Niger", "Niger", "Niger"]),
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "Burkina Faso"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["Allianz der Sahelstaaten"]),
        entity("Sahel military governments", "ORG", None,
               ["Militärregierungen von Mali, Niger und Burkina Faso"]),
        entity("Algiers", "LOC", "DZA", ["Algier", "Algier"]),
        entity("Algerian People's National Army", "ORG", "DZA", ["Die algerische Armee"]),
        entity("Tinzaouatene", "LOC", None, ["Grenzstadt Tinzaouatene"]),
        entity("Algerian Ministry of National Defence", "ORG", "DZA", ["das Verteidigungsministerium in Algier"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Regierung in Bamako", "der Junta in Bamako"]),
        entity("Bamako", "LOC", "MLI", ["Bamako", "Bamako"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["der malischen Armee"]),
        entity("Abdoulaye Diop", "PER", "MLI", ["Malis Außenminister Abdoulaye Diop"]),
        entity("Joint Operational Staff Committee", "ORG", "IGO", ["einem gemeinsamen Generalstabskomitee"]),
        entity("Mauritania", "GPE", "MRT", ["Mauretanien"]),
        entity("Algerian Ministry of Foreign Affairs", "ORG", "DZA", ["Das algerische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm118-en-01
UN = actor("United Nations", "UNO", "IGO")
HOUTHIS = actor("Houthis", "YEM", "REB")
UN_STAFF = actor("Detained UN staff in Yemen", "UNO", "IGO")
GUTERRES = actor("Antonio Guterres", "UNO", "IGO")
MCCAIN = actor("Cindy McCain", "UNO", "IGO")
MA_HOUTHI = actor("Mohammed Ali al-Houthi", "YEM", "REB")
GRUNDBERG = actor("Hans Grundberg", "UNO", "IGO")
OMN_GOV = actor("Government of Oman", "OMN", "GOV")

E1 = ("The United Nations has suspended all its operations in Yemen's northern Saada province after Houthi rebels "
      "detained eight more of its staff there.")
E2 = ('"These extraordinary measures were taken to ensure the safety and security of our personnel," U.N. '
      'spokesman Stephane Dujarric told reporters in New York on Monday.')
E3 = ("The Iran-aligned group, which controls the capital Sanaa and much of northern Yemen, took the staff into "
      "custody in Saada late last month without giving any reason.")
E4 = ("Secretary-General Antonio Guterres demanded the immediate and unconditional release of all detained U.N. "
      "personnel, saying the group was now holding more than 20 of them as well as staff of NGOs and diplomatic "
      "missions.")
E5 = ("The World Food Programme said on Tuesday that one of its staff members held in Saada had died in "
      "detention.")
E6 = ('Executive Director Cindy McCain said she was "heartbroken and outraged" and called for a full investigation '
      'into the circumstances of his death.')
E7 = ('The Houthis have accused some of the detained U.N. staff of working for an "American-Israeli spy network," '
      'a charge the United Nations rejects.')
E8 = ('Mohammed Ali al-Houthi, a senior member of the group\'s Supreme Political Council, called the suspension '
      '"collective punishment" for the people of Saada and urged the U.N. to reverse it.')
E9 = ("U.N. envoy Hans Grundberg met Omani officials in Muscat on Monday to seek their help in securing the "
      "detainees' release, his office said.")
E10 = "Oman has long served as a channel between the Houthis and Western governments."

EN01 = {
    "id": "hm118-en-01",
    "lang": "en",
    "url": None,
    "published": "2025-02-11",
    "title": "U.N. halts work in Yemen's Saada after Houthis detain more staff",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10]),
    "events": [
        event("SANCTION", UN, HOUTHIS, E1, mode="withdraw", date="2025-02-10", location="Saada",
              location_country="YEM"),
        event("COERCE", HOUTHIS, UN_STAFF, E1, mode="arrest", location="Saada", location_country="YEM"),
        event("COERCE", HOUTHIS, UN_STAFF, E3, mode="arrest", location="Saada", location_country="YEM"),
        event("REQUEST", GUTERRES, HOUTHIS, E4, mode="yield"),
        event("ACCUSE", GUTERRES, HOUTHIS, E4, mode="allege"),
        event("ACCUSE", MCCAIN, HOUTHIS, E6, mode="disapprove", date="2025-02-11"),
        event("REQUEST", MCCAIN, None, E6, mode="change", date="2025-02-11"),
        event("ACCUSE", HOUTHIS, UN_STAFF, E7, mode="allege"),
        event("ACCUSE", MA_HOUTHI, UN, E8, mode="disapprove"),
        event("REQUEST", MA_HOUTHI, UN, E8, mode="change"),
        event("CONSULT", GRUNDBERG, OMN_GOV, E9, mode="visit", date="2025-02-10", location="Muscat",
              location_country="OMN"),
        event("REQUEST", GRUNDBERG, OMN_GOV, E9, mode="assist", date="2025-02-10", location="Muscat",
              location_country="OMN"),
    ],
    "quotes": [
        quote("These extraordinary measures were taken to ensure the safety and security of our personnel",
              "Stephane Dujarric", "direct"),
        quote("the group was now holding more than 20 of them as well as staff of NGOs and diplomatic missions",
              "Antonio Guterres", "indirect"),
        quote("one of its staff members held in Saada had died in detention", "World Food Programme", "indirect"),
        quote("heartbroken and outraged", "Cindy McCain", "direct"),
        quote('she was "heartbroken and outraged"', "Cindy McCain", "indirect"),
        quote("American-Israeli spy network", "Houthis", "direct"),
        quote("collective punishment", "Mohammed Ali al-Houthi", "direct"),
        quote("U.N. envoy Hans Grundberg met Omani officials in Muscat on Monday to seek their help in securing the "
              "detainees' release", "Office of the UN Special Envoy for Yemen", "indirect"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["The United Nations", "the United Nations",
                                                "the U.N."]),
        entity("Yemen", "GPE", "YEM", ["Yemen", "Yemen"]),
        entity("Saada", "LOC", "YEM", ["Saada province", "Saada", "Saada", "Saada"]),
        entity("Houthis", "ORG", "YEM", ["Houthi rebels", "The Iran-aligned group", "the group",
                                         "The Houthis", "the group", "the Houthis"]),
        entity("Detained UN staff in Yemen", "ORG", "UNO", ["eight more of its staff", "the staff",
                                                            "all detained U.N. personnel",
                                                            "the detained U.N. staff", "the detainees"]),
        entity("Stephane Dujarric", "PER", "UNO", ["Stephane Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Antonio Guterres", "PER", "UNO", ["Secretary-General Antonio Guterres"]),
        entity("World Food Programme", "ORG", "UNO", ["The World Food Programme"]),
        entity("Deceased WFP staff member", "PER", "UNO", ["one of its staff members held in Saada"]),
        entity("Cindy McCain", "PER", "UNO", ["Executive Director Cindy McCain"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Mohammed Ali al-Houthi", "PER", "YEM", ["Mohammed Ali al-Houthi"]),
        entity("Supreme Political Council", "ORG", "YEM", ["Supreme Political Council"]),
        entity("Hans Grundberg", "PER", "UNO", ["U.N. envoy Hans Grundberg"]),
        entity("Office of the UN Special Envoy for Yemen", "ORG", "UNO", ["his office"]),
        entity("Omani officials", "ORG", "OMN", ["Omani officials"]),
        entity("Muscat", "LOC", "OMN", ["Muscat"]),
        entity("Oman", "GPE", "OMN", ["Oman"]),
        entity("Western governments", "ORG", None, ["Western governments"]),
    ],
}

# ---------------------------------------------------------------- hm118-en-02
SSD_SECURITY = actor("South Sudanese security forces", "SSD", "COP")
MACHAR = actor("Riek Machar", "SSD", "GOV")
SPLM_IO = actor("Sudan People's Liberation Movement-in-Opposition", "SSD", "OPP")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
REATH = actor("Reath Muoch Tang", "SSD", "OPP")
CHOL_THON = actor("Chol Thon Balok", "SSD", "GOV")
MAKUEI = actor("Michael Makuei Lueth", "SSD", "GOV")
WHITE_ARMY = actor("White Army", "SSD", "REB")
SSPDF = actor("South Sudan People's Defence Forces", "SSD", "MIL")
PUOT = actor("Puot Kang Chol", "SSD", "GOV")
DUOP = actor("Gabriel Duop Lam", "SSD", "MIL")
UNMISS = actor("United Nations Mission in South Sudan", "UNO", "IGO")
KIIR = actor("Salva Kiir", "SSD", "GOV")
UGA_MIL = actor("Uganda People's Defence Force", "UGA", "MIL")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")

F1 = ("South Sudanese security forces placed First Vice President Riek Machar under house arrest at his residence "
      "in Juba on Wednesday night, in a move his party said had effectively ended a 2018 peace deal that halted a "
      "five-year civil war.")
F2 = ("A convoy of more than 20 armed vehicles led by Defence Minister Chol Thon Balok entered the compound and "
      "disarmed Machar's bodyguards, said Reath Muoch Tang, a senior official of Machar's Sudan People's "
      "Liberation Movement-in-Opposition (SPLM-IO).")
F3 = '"The arrest of the first vice president abrogates the peace agreement," Tang said in a statement.'
F4 = ("Information Minister Michael Makuei Lueth told reporters on Thursday that Machar was being held over his "
      "alleged role in an attack by the White Army militia on an army garrison in the northeastern town of Nasir "
      "this month.")
F5 = ('He said Machar would face trial "in accordance with the law" and accused other SPLM-IO officials of '
      'inciting the militia.')
F6 = ("The White Army, a mostly ethnic Nuer militia that the government says is loyal to Machar, overran the Nasir "
      "garrison on March 4.")
F7 = ("Several Machar allies, including Petroleum Minister Puot Kang Chol and deputy army chief Gabriel Duop Lam, "
      "were arrested after the attack.")
F8 = ("The U.N. mission in South Sudan urged all sides to show restraint and called on President Salva Kiir and "
      "Machar to resolve their differences through dialogue.")
F9 = "Uganda, a close ally of Kiir, deployed special forces to Juba this month at the request of the government."
F10 = '"We are on the brink of a relapse into war," a Western diplomat in Juba said, asking not to be named.'

EN02 = {
    "id": "hm118-en-02",
    "lang": "en",
    "url": None,
    "published": "2025-03-27",
    "title": "South Sudan's Machar under house arrest, party says peace deal is dead",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10]),
    "events": [
        event("COERCE", SSD_SECURITY, MACHAR, F1, mode="arrest", date="2025-03-26", location="Juba",
              location_country="SSD"),
        event("ACCUSE", SPLM_IO, SSD_GOV, F1, mode="disapprove"),
        event("ACCUSE", REATH, CHOL_THON, F2, mode="allege"),
        event("ACCUSE", REATH, SSD_GOV, F3, mode="disapprove"),
        event("ACCUSE", MAKUEI, MACHAR, F4, mode="allege", date="2025-03-27", location="Juba",
              location_country="SSD"),
        event("ACCUSE", MAKUEI, SPLM_IO, F5, mode="allege", date="2025-03-27", location="Juba",
              location_country="SSD"),
        event("ASSAULT", WHITE_ARMY, SSPDF, F6, date="2025-03-04", location="Nasir", location_country="SSD"),
        event("COERCE", SSD_SECURITY, PUOT, F7, mode="arrest", location_country="SSD"),
        event("COERCE", SSD_SECURITY, DUOP, F7, mode="arrest", location_country="SSD"),
        event("REQUEST", UNMISS, KIIR, F8, mode="meet"),
        event("REQUEST", UNMISS, MACHAR, F8, mode="meet"),
        event("AID", UGA_MIL, SSD_GOV, F9, location="Juba", location_country="SSD"),
        event("REQUEST", SSD_GOV, UGA_GOV, F9, mode="assist"),
    ],
    "quotes": [
        quote("had effectively ended a 2018 peace deal that halted a five-year civil war",
              "Sudan People's Liberation Movement-in-Opposition", "indirect"),
        quote("A convoy of more than 20 armed vehicles led by Defence Minister Chol Thon Balok entered the compound "
              "and disarmed Machar's bodyguards", "Reath Muoch Tang", "indirect"),
        quote("The arrest of the first vice president abrogates the peace agreement", "Reath Muoch Tang", "direct"),
        quote("Machar was being held over his alleged role in an attack by the White Army militia on an army "
              "garrison in the northeastern town of Nasir this month", "Michael Makuei Lueth", "indirect"),
        quote('Machar would face trial "in accordance with the law"', "Michael Makuei Lueth", "indirect"),
        quote("in accordance with the law", "Michael Makuei Lueth", "direct"),
        quote("is loyal to Machar", "Government of South Sudan", "indirect"),
        quote("to resolve their differences through dialogue", "United Nations Mission in South Sudan",
              "indirect"),
        quote("We are on the brink of a relapse into war", "Western diplomat in Juba", "direct"),
    ],
    "entities": [
        entity("South Sudanese security forces", "ORG", "SSD", ["South Sudanese security forces"]),
        entity("Riek Machar", "PER", "SSD", ["First Vice President Riek Machar", "Machar", "the first vice president",
                                             "Machar", "Machar", "Machar", "Machar", "Machar"]),
        entity("Juba", "LOC", "SSD", ["Juba", "Juba", "Juba"]),
        entity("Sudan People's Liberation Movement-in-Opposition", "ORG", "SSD",
               ["his party", "Sudan People's Liberation Movement-in-Opposition", "SPLM-IO", "SPLM-IO"]),
        entity("Chol Thon Balok", "PER", "SSD", ["Defence Minister Chol Thon Balok"]),
        entity("Machar's bodyguards", "ORG", "SSD", ["Machar's bodyguards"]),
        entity("Reath Muoch Tang", "PER", "SSD", ["Reath Muoch Tang", "Tang"]),
        entity("Michael Makuei Lueth", "PER", "SSD", ["Information Minister Michael Makuei Lueth"]),
        entity("White Army", "ORG", "SSD", ["the White Army militia", "the militia", "The White Army"]),
        entity("South Sudan People's Defence Forces", "ORG", "SSD", ["an army garrison", "the Nasir garrison"]),
        entity("Nasir", "LOC", "SSD", ["town of Nasir", "Nasir"]),
        entity("Government of South Sudan", "ORG", "SSD", ["the government", "the government"]),
        entity("Puot Kang Chol", "PER", "SSD", ["Petroleum Minister Puot Kang Chol"]),
        entity("Gabriel Duop Lam", "PER", "SSD", ["deputy army chief Gabriel Duop Lam"]),
        entity("United Nations Mission in South Sudan", "ORG", "UNO", ["The U.N. mission in South Sudan"]),
        entity("South Sudan", "GPE", "SSD", ["South Sudan"]),
        entity("Salva Kiir", "PER", "SSD", ["President Salva Kiir", "Kiir"]),
        entity("Uganda", "GPE", "UGA", ["Uganda"]),
        entity("Uganda People's Defence Force", "ORG", "UGA", ["special forces"]),
        entity("Western diplomat in Juba", "PER", None, ["a Western diplomat in Juba"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
